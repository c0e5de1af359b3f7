"""Two processes writing at once: every check and its write in one BEGIN IMMEDIATE transaction,
so 50 simultaneous pairs of `log add` on the same new engagement and overlapping spans end with
one engagement each, no overlapping entries, one clear refusal per pair and no traceback. And
one user action is one transaction: a refused entry leaves no new engagement behind."""

import json
import sqlite3
import subprocess
import sys
import textwrap

from internapp.cli import run

PAIRS = 50
BATCH = 5  # pairs started at the same instant (10 processes)


def _worker(data_dir: str) -> subprocess.Popen:
    code = textwrap.dedent(f"""
        import os, sys
        os.environ["INTERNAPP_DATA_DIR"] = {data_dir!r}
        from internapp.app import main
        import internapp.cli.time, internapp.core.services.time_entries  # ready before the gate
        import sqlmodel, sqlalchemy  # noqa
        print("ready", flush=True)
        args = sys.stdin.readline().split("\\t")
        sys.exit(main([a.strip() for a in args]))
        """)
    return subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_fifty_simultaneous_pairs_make_no_overlap_no_duplicate_and_no_traceback(paths):
    assert run(["check"]) == 0  # the store exists before the race
    outcomes = []
    for first in range(0, PAIRS, BATCH):
        batch = []
        for pair in range(first, first + BATCH):
            start = f"2026-01-{1 + pair % 28:02d}T{8 + pair // 28 * 2:02d}:00"
            for offset in ("00", "30"):  # overlapping spans on the same new engagement
                args = ["log", "add", f"Race {pair}", "--start", start.replace(":00", f":{offset}"),
                        "--duration", "1h"]
                batch.append((pair, _worker(str(paths.data_dir)), args))
        for _, process, _ in batch:
            assert process.stdout.readline().strip() == "ready"
        for _, process, args in batch:  # the gate: all of them go at once
            process.stdin.write("\t".join(args) + "\n")
            process.stdin.flush()
        for pair, process, _ in batch:
            out, err = process.communicate(timeout=300)
            outcomes.append((pair, process.returncode, out, err))

    assert [o for o in outcomes if "Traceback" in o[3]] == []
    for pair in range(PAIRS):
        codes = sorted(code for p, code, _, _ in outcomes if p == pair)
        assert codes == [0, 1], (pair, [o for o in outcomes if o[0] == pair])
    refusals = [err for _, code, _, err in outcomes if code == 1]
    odd = [err for err in refusals if err.count("\n") != 1 or "overlaps" not in err]
    assert odd == [], odd[:3]
    created = [out for _, code, out, _ in outcomes if "created engagement" in out]
    assert len(created) == PAIRS  # one of each pair created it, the other found it

    conn = sqlite3.connect(paths.database)
    try:
        titles = [t for (t,) in conn.execute("SELECT title FROM engagement")]
        overlaps = conn.execute(
            "SELECT count(*) FROM time_entry a JOIN time_entry b ON a.id < b.id "
            "AND a.started_at < b.ended_at AND b.started_at < a.ended_at").fetchone()[0]
        entries = conn.execute("SELECT count(*) FROM time_entry").fetchone()[0]
    finally:
        conn.close()
    assert sorted(titles) == sorted(f"Race {n}" for n in range(PAIRS))  # no duplicates
    assert overlaps == 0 and entries == PAIRS


def test_a_refused_entry_leaves_no_new_engagement_behind(paths, capsys):
    assert run(["log", "add", "Existing", "--start", "2026-01-05T09:00", "--duration", "1h"]) == 0
    assert run(["log", "add", "Brand new", "--start", "2026-01-05T09:30",
                "--duration", "1h"]) == 1
    assert run(["timer", "start", "Also new", "--at", "2026-01-05T09:15"]) == 1
    assert "overlaps" in capsys.readouterr().err
    assert run(["report", "--json"]) == 0
    assert [row["engagement"] for row in json.loads(capsys.readouterr().out)] == ["Existing"]
    conn = sqlite3.connect(paths.database)
    try:
        titles = [t for (t,) in conn.execute("SELECT title FROM engagement")]
    finally:
        conn.close()
    assert titles == ["Existing"]


def test_a_busy_store_waits_then_names_the_program_holding_it(paths, capsys):
    import time

    assert run(["check"]) == 0
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys
        conn = sqlite3.connect({str(paths.database)!r}, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("holding", flush=True)
        sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        capsys.readouterr()
        began = time.monotonic()
        code = run(["contacts", "add", "--name", "Waited for"])
        waited = time.monotonic() - began
        err = capsys.readouterr().err
    finally:
        holder.communicate("\n", timeout=10)
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert "is busy" in err and f"(process {holder.pid})" in err
    assert waited >= 4  # it waited for the busy timeout before giving up
    assert run(["contacts", "add", "--name", "Now it works"]) == 0

