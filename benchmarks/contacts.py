"""Contacts at scale: 5,000 contacts with 50,000 interactions (fixed seed, Core inserts).

Prints how long the Contacts list takes to open (the service query plus filling the table model
and view, on the real screen; target ≤ 150 ms) and how long each keystroke of a search takes
(filtering the model and repainting the view; target ≤ 50 ms).

    .venv-test/bin/python benchmarks/contacts.py [--contacts 5000] [--interactions 50000]
"""

import argparse
import os
import random
import statistics
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import insert

from internapp.core.clock import utcnow
from internapp.core.models import Contact, Interaction, Organization, TagCadence
from internapp.core.services import contacts
from internapp.core.services.fields import name_key
from internapp.core.store import open_store

FIRST = ["Maya", "Jonas", "Priya", "Kwame", "Sofia", "Liam", "Aiko", "Mateo", "Fatima", "Noah",
         "Chloé", "Arjun", "Zainab", "Ethan", "Mei", "Lucas", "Amara", "مريم", "Zoë", "Diego"]
LAST = ["Okafor", "Schmidt", "Raman", "Mensah", "García", "Walsh", "Tanaka", "López", "Haddad",
        "Kim", "Dubois", "Mehta", "Bello", "Clarke", "Chen", "Moreau", "الحسيني", "Nowak"]
TAGS = ["mentor", "recruiter", "supervisor", "alumni", "friend", "interviewer"]
CHANNELS = ["email", "call", "video", "coffee", "linkedin", "event"]


def fill(store, n_contacts: int, n_interactions: int, seed: int = 42) -> None:
    rng = random.Random(seed)
    now = utcnow()
    orgs = [{"id": uuid.UUID(int=rng.getrandbits(128)), "name": f"Company {i}",
             "name_key": f"company {i}", "notes": "", "created_at": now, "updated_at": now}
            for i in range(400)]
    people = []
    for i in range(n_contacts):
        given, family = rng.choice(FIRST), rng.choice(LAST)
        people.append({
            "id": uuid.UUID(int=rng.getrandbits(128)), "display_name": f"{given} {family} {i}",
            "given_name": given, "family_name": family,
            "emails": [f"{name_key(given)}.{i}@example.org"], "phones": [f"+1 555 {i:04d}"],
            "organization_id": rng.choice(orgs)["id"], "title": rng.choice(
                ["Analyst", "Recruiter", "Engineer", "Designer", "Manager"]),
            "linkedin_url": f"https://www.linkedin.com/in/person-{i}", "how_met": "Career fair",
            "tags": rng.sample(TAGS, rng.randint(0, 2)), "notes": f"Met during project {i % 97}",
            "keep_in_touch_days": rng.choice([None, None, 30, 60, 90]),
            "created_at": now - timedelta(days=400), "updated_at": now})
    talks = [{"id": uuid.UUID(int=rng.getrandbits(128)),
              "contact_id": rng.choice(people)["id"],
              "at": now - timedelta(minutes=rng.randint(0, 365 * 24 * 60)),
              "channel": rng.choice(CHANNELS), "summary": "Caught up about projects",
              "follow_up_done": False, "created_at": now, "updated_at": now}
             for _ in range(n_interactions)]
    with store.write([]) as session:
        session.execute(insert(Organization.__table__), orgs)
        session.execute(insert(Contact.__table__), people)
        session.execute(insert(Interaction.__table__), talks)
        session.add(TagCadence(tag="mentor", days=30))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--interactions", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from internapp.ui.theme import ThemeMode, apply_theme
    from internapp.ui.views.contacts.screen import ContactsView

    app = QApplication.instance() or QApplication([])
    apply_theme(app, ThemeMode.LIGHT)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.sqlite3", backups_dir=Path(tmp) / "backups")
        start = time.perf_counter()
        fill(store, args.contacts, args.interactions)
        print(f"filled {args.contacts} contacts, {args.interactions} interactions "
              f"in {time.perf_counter() - start:.2f} s (Core insert)")

        queries = []
        for _ in range(args.runs):
            start = time.perf_counter()
            contacts.list_rows(store)
            queries.append(time.perf_counter() - start)

        from internapp.core.clock import Clock

        view = ContactsView(store, clock=Clock())
        view.resize(1070, 740)
        view.show()
        app.processEvents()
        opens, models, duplicates, open_cpu = [], [], [], []
        rows = contacts.list_rows(store)
        for _ in range(args.runs):
            start, cpu = time.perf_counter(), time.process_time()
            view.refresh()
            view.list.table.viewport().repaint()  # the table painted, synchronously
            opens.append(time.perf_counter() - start)
            open_cpu.append(time.process_time() - cpu)
            start = time.perf_counter()
            app.processEvents()  # the Duplicates count, done just after the list is shown
            duplicates.append(time.perf_counter() - start)
            start = time.perf_counter()
            view.list.set_rows(rows)
            models.append(time.perf_counter() - start)

        keystrokes, keystroke_cpu = [], []
        for query in ("maya okafor 12", "company 3", "mentor", "zzz"):
            view.list.search_edit.clear()
            app.processEvents()
            for length in range(1, len(query) + 1):
                start, cpu = time.perf_counter(), time.process_time()
                view.list.search_edit.setText(query[:length])
                app.processEvents()
                keystrokes.append(time.perf_counter() - start)
                keystroke_cpu.append(time.process_time() - cpu)
        view.close()
        store.close()

    def ms(values: list[float]) -> str:
        return (f"median {statistics.median(values) * 1000:.1f} ms, "
                f"max {max(values) * 1000:.1f} ms")

    print(f"contacts.list_rows (SQL + cadence)   {ms(queries)}")
    print(f"table models filled (no query)       {ms(models)}")
    print(f"list opens (query + model + paint)   {ms(opens)}   target <= 150 ms")
    print(f"  the same, CPU time of this process {ms(open_cpu)}   (less noisy on a busy machine)")
    print(f"then the Duplicates count            {ms(duplicates)}")
    print(f"search, per keystroke ({len(keystrokes)} keys)   {ms(keystrokes)}   target <= 50 ms")
    print(f"  the same, CPU time of this process {ms(keystroke_cpu)}")


if __name__ == "__main__":
    main()
