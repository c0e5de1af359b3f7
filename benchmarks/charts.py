"""Chart redraw after a data change (target: under 100 ms), in the real screens, offscreen.

For the demo store and for a heavier one (the demo plus many more engagements, time entries and
applications), times what the Skills and Timeline screens do when their data changes: the
queries (levels, radar / timeline and weekly load), drawing the figure and rendering the canvas.
Prints the median and the slowest run of each.
"""

import argparse
import os
import random
import statistics
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def heavier(store, engagements: int, entries_each: int) -> None:
    """Adds engagements with time entries and skills (Core inserts: fast bulk loads)."""
    from sqlalchemy import insert
    from sqlmodel import select

    from internapp.core.models import Engagement, EngagementSkill, Skill, TimeEntry

    rng = random.Random(11)
    zone = ZoneInfo("UTC")
    today = date.today()
    with store.write([]) as session:
        skill_ids = list(session.exec(select(Skill.id)))
        rows, entries, links = [], [], []
        for n in range(engagements):
            start = today - timedelta(days=rng.randint(0, 300))
            e = Engagement(title=f"Engagement {n}", start_on=start,
                           due_on=start + timedelta(days=rng.randint(14, 80)),
                           hours_estimate=rng.choice([10, 20, 30, 40]),
                           weekly_cap_hours=rng.choice([5, 8, 10]),
                           status=rng.choice(["active", "planned", "paid"]))
            rows.append(e.model_dump())
            for k in range(entries_each):
                begin = datetime.combine(start + timedelta(days=k % 40), datetime.min.time(),
                                         tzinfo=zone) + timedelta(hours=8, minutes=k)
                entries.append({**TimeEntry(engagement_id=e.id, started_at=begin,
                                            ended_at=begin + timedelta(minutes=30),
                                            seconds=1800).model_dump()})
            for skill_id in rng.sample(skill_ids, 3):
                links.append(EngagementSkill(engagement_id=e.id, skill_id=skill_id,
                                             weight=0.5).model_dump())
        session.execute(insert(Engagement.__table__), rows)
        session.execute(insert(TimeEntry.__table__), entries)
        session.execute(insert(EngagementSkill.__table__), links)


def measure(label: str, action, runs: int) -> None:
    action()  # the first draw imports matplotlib and builds the canvas: not a redraw
    values = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        values.append((time.perf_counter() - start) * 1000)
    print(f"{label:<62} median {statistics.median(values):6.1f} ms   slowest {max(values):6.1f} ms")


def run(folder: Path, label: str, extra: tuple[int, int] | None, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from internapp.core import demo
    from internapp.core.clock import Clock
    from internapp.core.store import open_store
    from internapp.ui.launch import qt_application
    from internapp.ui.views.skills.screen import SkillsView
    from internapp.ui.views.timeline import TimelineView

    qt_application()
    store = open_store(folder / "db.sqlite3", backups_dir=folder / "backups")
    demo.fill(store)
    if extra:
        heavier(store, *extra)
    skills_view, timeline_view = SkillsView(store), TimelineView(store, clock=Clock())
    for view in (skills_view, timeline_view):
        view.resize(1200, 760)
        view.show()
    QApplication.processEvents()
    skills_view.refresh()
    measure(f"{label}: radar (levels, gaps, draw)", skills_view._load_radar, runs)
    measure(f"{label}: whole Skills screen refresh", skills_view.refresh, runs)
    measure(f"{label}: timeline (query, load, draw)", timeline_view.refresh, runs)
    from internapp.core.services import timeline

    measure(f"{label}:   of which the timeline query", lambda: timeline.timeline(store), runs)
    measure(f"{label}:   of which rendering the canvas", timeline_view.canvas.draw, runs)
    measure(f"{label}:   of which rendering the radar", skills_view.canvas.draw, runs)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        run(Path(tmp, "demo"), "demo", None, args.runs)
        run(Path(tmp, "heavy"), "demo + 60 engagements, 12k entries", (60, 200), args.runs)


if __name__ == "__main__":
    main()
