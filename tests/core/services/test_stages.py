import pytest

from internapp.core.services import applications, stages
from internapp.core.services.errors import ValidationError


def test_add_rename_and_reorder(store):
    added = stages.create(store, "Take-home task")
    assert stages.list_stages(store)[-1].name == "Take-home task"
    stages.rename(store, added.id, "Assignment")
    order = [s.id for s in stages.list_stages(store)]
    order.insert(2, order.pop())
    stages.reorder(store, order)
    assert [s.name for s in stages.list_stages(store)][:3] == ["Saved", "Applied", "Assignment"]


def test_renamed_stage_keeps_its_applications(store):
    app = applications.create(store, organization="Acme", role="A", stage="Applied")
    applied = next(s for s in stages.list_stages(store) if s.role == "applied")
    stages.rename(store, applied.id, "Sent")
    assert applications.list_rows(store)[0].stage == "Sent"
    assert applications.history(store, app.id)[0].stage == "Sent"


def test_bad_stage_changes(store):
    with pytest.raises(ValidationError, match="exists"):
        stages.create(store, "applied")
    with pytest.raises(ValidationError, match="every stage"):
        stages.reorder(store, [stages.list_stages(store)[0].id])
    builtin = stages.list_stages(store)[0]
    with pytest.raises(ValidationError, match="built-in"):
        stages.delete(store, builtin.id)
