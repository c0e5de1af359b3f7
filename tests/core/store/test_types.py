"""The one timestamp codec and the ORM column type over it."""

import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from internapp.core.changes import Kind
from internapp.core.models import Organization
from internapp.core.store import codec


def test_aware_values_are_stored_as_naive_utc_text_with_microseconds():
    berlin_summer = timezone(timedelta(hours=2))
    assert codec.encode(datetime(2026, 7, 1, 14, 0, tzinfo=berlin_summer)) \
        == "2026-07-01 12:00:00.000000"
    assert codec.encode(datetime(2026, 7, 1, 12, 0, 0, 5, tzinfo=UTC)) \
        == "2026-07-01 12:00:00.000005"


def test_a_repeated_hour_is_told_apart_by_its_fold():
    berlin = ZoneInfo("Europe/Berlin")  # 2026-10-25 02:30 happens twice
    first = datetime(2026, 10, 25, 2, 30, tzinfo=berlin)
    second = first.replace(fold=1)
    assert codec.encode(first) == "2026-10-25 00:30:00.000000"
    assert codec.encode(second) == "2026-10-25 01:30:00.000000"


def test_naive_and_non_datetime_values_are_refused():
    with pytest.raises(ValueError, match="naive"):
        codec.encode(datetime(2026, 7, 1, 14, 0))
    with pytest.raises(TypeError, match="datetime"):
        codec.encode("2026-07-01")


def test_values_come_back_aware_utc():
    loaded = codec.decode("2026-07-01 12:00:00.000000")
    assert loaded == datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert loaded.tzinfo is UTC
    assert codec.decode_optional(None) is None


def test_the_stored_text_sorts_as_the_instants_do():
    instants = [datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
                datetime(2000, 1, 1, tzinfo=UTC), datetime(2000, 1, 1, 0, 0, 0, 1, tzinfo=UTC)]
    assert sorted(map(codec.encode, instants)) == [codec.encode(i) for i in instants]
    assert codec.LOWEST < codec.encode(instants[0]) < codec.HIGHEST


def test_the_orm_writes_and_reads_through_the_codec(store):
    moment = datetime(2026, 3, 29, 3, 30, 0, 250, tzinfo=ZoneInfo("Europe/Berlin"))
    with store.write([Kind.ORGANIZATIONS]) as session:
        org = Organization(name="Acme", name_key="acme", created_at=moment)
        session.add(org)
    raw = sqlite3.connect(store.path)
    try:
        text = raw.execute("SELECT created_at FROM organization").fetchone()[0]
    finally:
        raw.close()
    assert text == codec.encode(moment) == "2026-03-29 01:30:00.000250"
    with store.read() as session:
        back = session.get(Organization, org.id)
    assert back.created_at == moment and back.created_at.tzinfo is UTC
