from internapp.core.services import engagements, time_entries
from internapp.core.sync import service
from internapp.core.sync.run import sync_now


def test_smoke(device_a, device_b, student):
    service.setup(device_a, student.url, student.password)
    e = engagements.create(device_a, title="Dashboard")
    r = sync_now(device_a)
    print(r)
    service.setup(device_b, student.url, student.password)
    r = sync_now(device_b)
    print(r)
    with device_b.read() as s:
        from internapp.core.models import Engagement
        assert s.get(Engagement, e.id).title == "Dashboard"
