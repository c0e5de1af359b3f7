import subprocess
import sys
from datetime import UTC, datetime, timedelta

from internapp.core.reminders.delivered import DeliveredLog


def test_marked_keys_stay_and_old_ones_are_pruned(tmp_path):
    log = DeliveredLog.beside(tmp_path / "internapp.sqlite3")
    now = datetime(2026, 3, 1, tzinfo=UTC)
    log.mark(["a", "b"], now - timedelta(days=100))
    log.mark(["c"], now)
    assert log.keys() == {"c"}
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == [
        "reminders-delivered.json"]


def test_a_damaged_log_reads_as_empty_and_is_replaced_whole(tmp_path):
    log = DeliveredLog(tmp_path / "log.json")
    log.path.write_text("{not json")
    assert log.keys() == set()
    log.mark(["x"])
    assert log.keys() == {"x"}


def test_two_processes_marking_at_once_lose_nothing(tmp_path):
    code = ("import sys\nfrom internapp.core.reminders.delivered import DeliveredLog\n"
            "log = DeliveredLog(sys.argv[1])\n"
            "for n in range(60): log.mark([f'{sys.argv[2]}-{n}'])\n")
    workers = [subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "log.json"), name])
               for name in ("window", "agent")]
    assert [w.wait(timeout=120) for w in workers] == [0, 0]
    assert len(DeliveredLog(tmp_path / "log.json").keys()) == 120
