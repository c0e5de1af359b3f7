"""Pipeline stages: the columns of the applications board, which the user can rename and extend."""

import uuid

from sqlmodel import Session, col, func, select

from internapp.core.changes import Kind
from internapp.core.models import Application, ApplicationEvent, Stage
from internapp.core.services.errors import NotFoundError, ValidationError
from internapp.core.services.fields import name_key, text
from internapp.core.store import Store

stage_name = text(required=True, max_length=40)


def list_stages(store: Store) -> list[Stage]:
    with store.read() as session:
        return list(session.exec(select(Stage).order_by(col(Stage.position))))


def find(session: Session, name: str, field: str = "stage") -> Stage:
    """The stage called ``name`` (case and spacing ignored)."""
    wanted = name_key(stage_name(field, name))
    for stage in session.exec(select(Stage).order_by(col(Stage.position))):
        if name_key(stage.name) == wanted:
            return stage
    names = ", ".join(s.name for s in session.exec(select(Stage).order_by(col(Stage.position))))
    raise ValidationError(field, f"{name!r} is not a stage (stages: {names})")


def by_role(session: Session, role: str) -> Stage | None:
    return session.exec(select(Stage).where(Stage.role == role)).first()


def create(store: Store, name: str, *, closed: bool = False) -> Stage:
    name = stage_name("name", name)
    with store.write([Kind.STAGES]) as session:
        _refuse_taken_name(session, name)
        last = session.exec(select(func.max(Stage.position))).one()
        stage = Stage(name=name, position=(last if last is not None else -1) + 1,
                      is_closed=closed)
        session.add(stage)
    return stage


def rename(store: Store, stage_id: uuid.UUID, name: str) -> Stage:
    name = stage_name("name", name)
    with store.write([Kind.STAGES, Kind.APPLICATIONS]) as session:
        stage = session.get(Stage, stage_id)
        if stage is None:
            raise NotFoundError("stage", stage_id)
        _refuse_taken_name(session, name, besides=stage_id)
        stage.name = name
        session.add(stage)
    return stage


def reorder(store: Store, ordered_ids: list[uuid.UUID]) -> None:
    """Puts the stages in the given order; every stage must be listed once."""
    with store.write([Kind.STAGES, Kind.APPLICATIONS]) as session:
        stages = {stage.id: stage for stage in session.exec(select(Stage))}
        if sorted(map(str, ordered_ids)) != sorted(map(str, stages)):
            raise ValidationError("stages", "the new order must list every stage exactly once")
        for position, stage_id in enumerate(ordered_ids):
            stages[stage_id].position = position
            session.add(stages[stage_id])


def delete(store: Store, stage_id: uuid.UUID) -> None:
    """Deletes a user-added stage that no application is in, or ever was."""
    with store.write([Kind.STAGES]) as session:
        stage = session.get(Stage, stage_id)
        if stage is None:
            raise NotFoundError("stage", stage_id)
        if stage.role is not None:
            raise ValidationError("stage", f"{stage.name!r} is a built-in stage; rename it instead")
        for model in (Application, ApplicationEvent):
            if session.exec(select(model.id).where(model.stage_id == stage_id)).first():
                raise ValidationError("stage", f"applications have been in {stage.name!r}")
        session.delete(stage)


def _refuse_taken_name(session: Session, name: str, besides: uuid.UUID | None = None) -> None:
    for stage in session.exec(select(Stage)):
        if stage.id != besides and name_key(stage.name) == name_key(name):
            raise ValidationError("name", f"a stage called {stage.name!r} exists")
