"""Documents attached to an application or an engagement (résumé, cover letter, deliverable).

The file is copied into the store's documents folder when it is attached, with its SHA-256, so
the record keeps exactly what was sent even if the original is edited or deleted later. Each copy
lives in its own folder named after the document id and keeps its original file name, so opening
it shows a familiar name.
"""

import hashlib
import re
import shutil
import stat
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, select

from internapp.core.changes import Kind
from internapp.core.models import Application, Document, DocumentKind, Engagement
from internapp.core.safe_files import private_dir
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import choice
from internapp.core.store import Store

MAX_BYTES = 200 * 1024 * 1024
KIND_LABELS = {DocumentKind.RESUME: "Résumé", DocumentKind.COVER_LETTER: "Cover letter",
               DocumentKind.PORTFOLIO: "Portfolio", DocumentKind.OTHER: "Other"}
kind_choice = choice(DocumentKind, required=True)
READ_ONLY = stat.S_IRUSR  # the user's alone, and not to be edited
UNSAFE = re.compile(r"[^\w.\- ()\[\]+,&']", re.UNICODE)


@dataclass(frozen=True)
class DocumentRow:
    id: uuid.UUID
    kind: str
    original_name: str
    size_bytes: int
    sha256: str
    added_at: datetime
    path: Path  # the stored copy

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(DocumentKind(self.kind), self.kind) \
            if self.kind in DocumentKind._value2member_map_ else self.kind


def attach(store: Store, source: str | Path, *, application_id: uuid.UUID | None = None,
           engagement_id: uuid.UUID | None = None,
           kind: str = DocumentKind.OTHER) -> Document:
    """Copies ``source`` into the documents folder and records it on exactly one owner."""
    kind = kind_choice("kind", kind)
    if (application_id is None) == (engagement_id is None):
        raise ValidationError("record", "attach a document to one application or one engagement")
    source = Path(source)
    if not source.is_file():
        raise ValidationError("file", f"{source} does not exist or is not a file")
    size = source.stat().st_size
    if size > MAX_BYTES:
        raise ValidationError("file", f"{source.name} is larger than {MAX_BYTES // 2**20} MB")
    with store.read() as session:
        _check_owner(session, application_id, engagement_id)

    document_id = uuid.uuid4()
    safe_name = UNSAFE.sub("_", source.name).strip() or "document"
    stored_name = f"{document_id.hex}/{safe_name}"
    target = store.documents_dir / stored_name
    private_dir(store.documents_dir)
    private_dir(target.parent)
    try:
        digest = _copy_with_digest(source, target)
        with store.write([Kind.DOCUMENTS, Kind.APPLICATIONS, Kind.ENGAGEMENTS]) as session:
            _check_owner(session, application_id, engagement_id)
            same = session.exec(select(Document.original_name).where(
                Document.sha256 == digest,
                Document.application_id == application_id if application_id
                else Document.engagement_id == engagement_id)).first()
            if same is not None:
                raise ValidationError("file", f"this file is already attached as {same!r}")
            document = Document(id=document_id, application_id=application_id,
                                engagement_id=engagement_id, kind=kind,
                                original_name=source.name, stored_name=stored_name,
                                sha256=digest, size_bytes=target.stat().st_size)
            session.add(document)
    except BaseException:
        _delete_copy(store.documents_dir, target)  # nothing half-written
        raise
    return document


def list_for(store: Store, *, application_id: uuid.UUID | None = None,
             engagement_id: uuid.UUID | None = None) -> list[DocumentRow]:
    with store.read() as session:
        query = select(Document)
        query = (query.where(Document.application_id == application_id) if application_id
                 else query.where(Document.engagement_id == engagement_id))
        return [_row(store, d) for d in session.exec(query.order_by(col(Document.created_at)))]


def get(store: Store, document_id: uuid.UUID) -> DocumentRow:
    with store.read() as session:
        return _row(store, _get(session, document_id))


def verify(store: Store, document_id: uuid.UUID) -> bool:
    """True when the stored copy is still byte-for-byte what was attached."""
    row = get(store, document_id)
    return row.path.is_file() and sha256_of(row.path) == row.sha256


def remove(store: Store, document_id: uuid.UUID) -> None:
    """Forgets the document and deletes its stored copy (the original is never touched)."""
    with store.write([Kind.DOCUMENTS, Kind.APPLICATIONS, Kind.ENGAGEMENTS]) as session:
        document = _get(session, document_id)
        stored = stored_path(store.documents_dir, document.stored_name)
        session.delete(document)
    if stored is not None:  # a stored name pointing elsewhere is never followed
        _delete_copy(store.documents_dir, stored)


def _row(store: Store, document: Document) -> DocumentRow:
    return DocumentRow(id=document.id, kind=document.kind, original_name=document.original_name,
                       size_bytes=document.size_bytes, sha256=document.sha256,
                       added_at=document.created_at,
                       path=stored_path(store.documents_dir, document.stored_name)
                       or store.documents_dir / "(outside the documents folder)")


def _get(session: Session, document_id: uuid.UUID) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise NotFoundError("document", document_id)
    return document


def _check_owner(session: Session, application_id: uuid.UUID | None,
                 engagement_id: uuid.UUID | None) -> None:
    if application_id is not None and session.get(Application, application_id) is None:
        raise NotFoundError("application", application_id)
    if engagement_id is not None and session.get(Engagement, engagement_id) is None:
        raise NotFoundError("engagement", engagement_id)


def stored_path(documents_dir: Path, stored_name: str) -> Path | None:
    """Where a stored copy lives: inside ``documents_dir``, or None when the stored name (from an
    import, a sync or a hand-edited file) would lead outside it."""
    candidate = Path(stored_name)
    if candidate.is_absolute() or ".." in candidate.parts or not candidate.parts:
        return None
    path = documents_dir / candidate
    base = documents_dir.resolve()
    resolved = path.resolve()
    if resolved == base or not resolved.is_relative_to(base):
        return None
    return path


def _delete_copy(documents_dir: Path, stored: Path) -> None:
    if stored.exists():
        stored.chmod(stat.S_IRUSR | stat.S_IWUSR)  # Windows will not delete a read-only file
        stored.unlink()
    if stored.parent != documents_dir and stored.parent.is_dir() and not any(
            stored.parent.iterdir()):
        stored.parent.rmdir()


def _copy_with_digest(source: Path, target: Path) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as reader, target.open("wb") as writer:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
            writer.write(chunk)
    shutil.copystat(source, target)
    target.chmod(READ_ONLY)  # opening the copy must not let an editor change what was sent
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    """The file's SHA-256 in hex, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as reader:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()
