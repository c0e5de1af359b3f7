from internapp.core.enums import Channel
from internapp.core.services.contacts import CHANNEL_LABELS
from internapp.ui import labels


def test_every_channel_has_the_words_the_command_line_uses(qapp):
    assert {c: labels.channel(c.value) for c in Channel} == CHANNEL_LABELS
    assert labels.channel("carrier pigeon") == "carrier pigeon"


def test_every_engagement_status_is_named(qapp):
    from internapp.core.enums import EngagementStatus

    assert [labels.engagement_status(s) for s in EngagementStatus] == [
        s.value.capitalize() for s in EngagementStatus]


def test_every_document_kind_is_named_as_the_command_line_names_it(qapp):
    from internapp.core.enums import DocumentKind
    from internapp.core.services.documents import KIND_LABELS

    assert {k: labels.document_kind(k.value) for k in DocumentKind} == KIND_LABELS


def test_every_contact_role_is_named(qapp):
    from internapp.core.enums import ContactRole

    assert [labels.role(r) for r in ContactRole] == [r.value.capitalize() for r in ContactRole]
