from datetime import UTC, datetime, timedelta, timezone

import pytest

from internapp.core.store.types import UTCDateTime


def test_aware_values_are_stored_as_utc():
    berlin_summer = timezone(timedelta(hours=2))
    stored = UTCDateTime().process_bind_param(datetime(2026, 7, 1, 14, 0, tzinfo=berlin_summer),
                                              None)
    assert stored == datetime(2026, 7, 1, 12, 0)


def test_naive_values_are_refused():
    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(datetime(2026, 7, 1, 14, 0), None)


def test_values_come_back_aware():
    loaded = UTCDateTime().process_result_value(datetime(2026, 7, 1, 12, 0), None)
    assert loaded == datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert loaded.tzinfo is UTC


def test_none_passes_through():
    assert UTCDateTime().process_bind_param(None, None) is None
    assert UTCDateTime().process_result_value(None, None) is None
