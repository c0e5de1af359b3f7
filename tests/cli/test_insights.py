import json
import sys
import xml.etree.ElementTree as ET

import pytest
from icalendar import Calendar

from internapp.cli import run


@pytest.fixture
def demo_dir(tmp_path, capsys):
    data = str(tmp_path / "d")
    assert run(["demo", "--data-dir", data]) == 0
    capsys.readouterr()
    return data


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_skills_roles_json(demo_dir, capsys):
    assert run(["skills", "roles", "--json", "--data-dir", demo_dir]) == 0
    roles = _json(capsys)
    assert [r["name"] for r in roles][:2] == ["Data analyst", "Marketing associate"]
    assert all(set(r) >= {"name", "skills"} for r in roles)
    assert roles[0]["skills"]["Mathematics"] == 4


def test_skills_radar_json(demo_dir, capsys):
    assert run(["skills", "radar", "--target", "data analyst", "--json", "--data-dir",
                demo_dir]) == 0
    radar = _json(capsys)
    assert radar["target"] == "Data analyst"
    assert len(radar["axes"]) == 8
    assert all(set(a) == {"skill", "current", "target", "gap"} for a in radar["axes"])
    writing = next(a for a in radar["axes"] if a["skill"] == "Writing")
    assert writing["current"] > writing["target"] and writing["gap"] == 0
    assert any(o["role"] == "Python data cleaning sprint"
               for found in radar["openings"].values() for o in found)


def test_an_unknown_role_is_a_clear_error(demo_dir, capsys):
    assert run(["skills", "radar", "--target", "Astronaut", "--data-dir", demo_dir]) == 1
    assert "target: no target role is called 'Astronaut'" in capsys.readouterr().err


def test_timeline_json(demo_dir, capsys):
    from datetime import date, timedelta

    start, end = date.today() - timedelta(days=200), date.today() + timedelta(days=200)
    assert run(["timeline", "--from", start.isoformat(), "--to", end.isoformat(), "--json",
                "--data-dir", demo_dir]) == 0
    data = _json(capsys)
    monday = start - timedelta(days=start.weekday())
    assert data["from"] == monday.isoformat()  # whole weeks, Monday to Sunday
    assert date.fromisoformat(data["to"]).weekday() == 6
    assert len(data["engagements"]) == 5
    assert {"engagement_id", "title", "status", "start", "end"} <= set(data["engagements"][0])
    assert {m["kind"] for m in data["markers"]} == {"deadline", "interview", "milestone",
                                                    "follow-up"}
    assert set(data["weeks"][0]) == {"week", "logged_hours", "planned_hours", "cap_hours", "over"}


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "yesterday"], "from: 'yesterday' is not a date"),
    (["--from", "2026-02-01", "--to", "2026-01-01"], "to: 2026-01-01 is before the start"),
])
def test_timeline_bad_dates(demo_dir, capsys, args, message):
    assert run(["timeline", *args, "--data-dir", demo_dir]) == 1
    assert message in capsys.readouterr().err


def test_today_json(demo_dir, capsys):
    assert run(["today", "--json", "--data-dir", demo_dir]) == 0
    data = _json(capsys)
    assert set(data) >= {"date", "timer", "due", "budgets", "contacts", "no_reply"}
    assert {"kind", "day", "title", "screen", "record_id"} <= set(data["due"][0])
    assert data["no_reply"][0]["role"] == "Technical documentation refresh"
    payment = next(item for item in data["due"] if item["kind"] == "payment")
    # English as the command line writes money, whatever the window does with the amount
    assert payment["detail"] == "150.00 USD from Northwind Analytics"
    assert payment["detail_values"][0] == ["amount", "150.00 USD"]
    assert (payment["amount_cents"], payment["currency"]) == (15000, "USD")


def test_export_ics_twice_keeps_the_uids(demo_dir, tmp_path, capsys):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert run(["export", "ics", str(first), "--data-dir", demo_dir]) == 0
    assert run(["export", "ics", str(second), "--data-dir", demo_dir]) == 0

    def uids(path):
        return sorted(str(e["UID"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT"))

    assert uids(first) == uids(second) and len(uids(first)) > 10
    assert "exported" in capsys.readouterr().out
    assert run(["export", "ics", str(tmp_path / "no" / "x.ics"), "--data-dir", demo_dir]) == 1


@pytest.mark.parametrize("chart", ["radar", "timeline"])
def test_export_chart_png_and_svg(demo_dir, tmp_path, chart):
    png, svg = tmp_path / f"{chart}.png", tmp_path / f"{chart}.svg"
    assert run(["export", "chart", chart, str(png), "--target", "UX researcher",
                "--data-dir", demo_dir]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert run(["export", "chart", chart, str(svg), "--dark", "--data-dir", demo_dir]) == 0
    assert ET.parse(svg).getroot().tag.endswith("svg")


def test_export_chart_refuses_other_formats_and_unknown_roles(demo_dir, tmp_path, capsys):
    assert run(["export", "chart", "radar", str(tmp_path / "x.jpg"), "--data-dir", demo_dir]) == 1
    assert "file: 'x.jpg' must end in .png or .svg" in capsys.readouterr().err
    assert run(["export", "chart", "radar", str(tmp_path / "x.png"), "--target", "Nope",
                "--data-dir", demo_dir]) == 1
    assert not (tmp_path / "x.png").exists()


def test_chart_export_needs_no_qt(demo_dir, tmp_path):
    import subprocess

    code = ("import sys\nfrom internapp.cli import run\n"
            f"assert run(['export', 'chart', 'timeline', {str(tmp_path / 't.svg')!r}, "
            f"'--data-dir', {demo_dir!r}]) == 0\n"
            "print('PySide6' in sys.modules)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=120)
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_skills_merge_and_duplicates(demo_dir, capsys):
    from internapp.context import open_context
    from internapp.core.services import skills
    from internapp.paths import resolve_paths

    context = open_context(resolve_paths(demo_dir))
    skills.create(context.store, "power-bi 2")
    context.close()
    assert run(["skills", "duplicates", "--json", "--data-dir", demo_dir]) == 0
    assert _json(capsys) == [{"keep": "Power BI", "merge": "power-bi 2"}]
    assert run(["skills", "merge", "power-bi 2", "Power BI", "--data-dir", demo_dir]) == 0
    assert "merged 'power-bi 2' into 'Power BI'" in capsys.readouterr().out
    assert run(["skills", "merge", "Writing", "Power BI", "--data-dir", demo_dir]) == 1
    assert "built-in catalogue" in capsys.readouterr().err
