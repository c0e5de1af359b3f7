import hashlib

import pytest

from internapp.core.services import applications, documents, engagements
from internapp.core.services.errors import NotFoundError, ValidationError


@pytest.fixture
def resume(tmp_path):
    path = tmp_path / "Résumé 2026.pdf"
    path.write_bytes(b"%PDF-1.4 version sent to Acme\n")
    return path


def test_attached_file_is_a_copy_that_later_edits_do_not_change(store, resume):
    app = applications.create(store, organization="Acme", role="Intern")
    document = documents.attach(store, resume, application_id=app.id, kind="resume")
    sent = resume.read_bytes()
    resume.write_bytes(b"%PDF-1.4 edited afterwards\n")
    [row] = documents.list_for(store, application_id=app.id)
    assert row.path.parent.parent == store.documents_dir
    assert row.path.read_bytes() == sent
    assert row.sha256 == hashlib.sha256(sent).hexdigest() == document.sha256
    assert (row.original_name, row.kind_label, row.size_bytes) == ("Résumé 2026.pdf", "Résumé",
                                                                    len(sent))
    assert documents.verify(store, row.id)


def test_remove_deletes_the_copy_but_never_the_original(store, resume):
    app = applications.create(store, organization="Acme", role="Intern")
    document = documents.attach(store, resume, application_id=app.id)
    stored = documents.get(store, document.id).path
    documents.remove(store, document.id)
    assert not stored.exists() and not stored.parent.exists()
    assert resume.exists()
    assert documents.list_for(store, application_id=app.id) == []


def test_engagement_documents_and_the_same_file_twice(store, resume):
    e = engagements.create(store, title="X")
    documents.attach(store, resume, engagement_id=e.id, kind="portfolio")
    with pytest.raises(ValidationError, match="already attached"):
        documents.attach(store, resume, engagement_id=e.id)
    assert len(documents.list_for(store, engagement_id=e.id)) == 1
    assert len(list(store.documents_dir.iterdir())) == 1  # the refused copy was cleaned up


@pytest.mark.parametrize("case", ["missing file", "no owner", "two owners", "bad kind",
                                  "unknown application"])
def test_bad_attachments_write_nothing(store, resume, tmp_path, case):
    app = applications.create(store, organization="Acme", role="Intern")
    e = engagements.create(store, title="X")
    arguments = {
        "missing file": (tmp_path / "nope.pdf", {"application_id": app.id}),
        "no owner": (resume, {}),
        "two owners": (resume, {"application_id": app.id, "engagement_id": e.id}),
        "bad kind": (resume, {"application_id": app.id, "kind": "love letter"}),
        "unknown application": (resume, {"application_id": e.id}),
    }[case]
    with pytest.raises((ValidationError, NotFoundError)):
        documents.attach(store, arguments[0], **arguments[1])
    assert documents.list_for(store, application_id=app.id) == []
    assert not store.documents_dir.exists() or not any(store.documents_dir.iterdir())


@pytest.mark.parametrize("stored_name", ["../../outside.txt", "ABSOLUTE", "..", "a/../../x"])
def test_removing_a_document_never_follows_a_stored_name_outside_documents(store, resume,
                                                                           tmp_path, stored_name):
    from sqlalchemy import text

    app = applications.create(store, organization="Acme", role="Intern")
    document = documents.attach(store, resume, application_id=app.id)
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours")
    name = str(outside) if stored_name == "ABSOLUTE" else stored_name
    with store.write([]) as session:  # a tampered or badly synced record
        session.exec(text("UPDATE document SET stored_name = :n WHERE id = :i"),
                     params={"n": name, "i": document.id.hex})
    documents.remove(store, document.id)
    assert outside.read_text() == "not ours"
    assert documents.list_for(store, application_id=app.id) == []
