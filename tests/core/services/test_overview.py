from datetime import date

from internapp.core import demo
from internapp.core.services import overview

TODAY = date(2026, 11, 26)


def test_an_empty_store_has_an_empty_overview(store):
    assert overview.overview(store, TODAY).is_empty


def test_overview_of_the_demo(store):
    demo.fill(store, today=TODAY, zone="UTC")
    data = overview.overview(store, TODAY)
    assert data.active_engagements == 3
    assert data.contacts == 30
    assert data.open_applications == 11
    kinds = {item.kind for item in data.due}
    assert {"deadline", "follow-up"} <= kinds
    assert all(item.day <= date(2026, 12, 3) for item in data.due)
