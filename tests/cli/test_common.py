import json
import uuid
from datetime import UTC, date, datetime

from internapp.cli.common import print_json


def test_json_output_handles_ids_dates_and_unicode(capsys):
    ident = uuid.UUID("12345678-1234-5678-1234-567812345678")
    print_json({"id": ident, "on": date(2026, 1, 2), "at": datetime(2026, 1, 2, 3, tzinfo=UTC),
                "name": "Zoë 🚀"})
    out = capsys.readouterr().out
    assert "Zoë 🚀" in out
    assert json.loads(out) == {"id": str(ident), "on": "2026-01-02",
                               "at": "2026-01-02T03:00:00+00:00", "name": "Zoë 🚀"}


