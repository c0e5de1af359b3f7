from datetime import UTC, datetime
from pathlib import Path

import pytest

FIXTURES = Path(__file__).with_name("fixtures")
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def fixture_path():
    return lambda name: FIXTURES / name
