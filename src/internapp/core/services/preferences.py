"""Preferences kept in the store (the ``setting`` table: a key and a JSON value), so they travel
with the data. Helpers run inside the caller's session; each area owns its keys and validates its
own values (``profile``, ``money``…)."""

from typing import Any

from sqlmodel import Session, select

from internapp.core.models import Setting


def read(session: Session, key: str, default: Any = None) -> Any:
    found = session.exec(select(Setting.value).where(Setting.key == key)).first()
    return default if found is None else found


def write(session: Session, key: str, value: Any) -> None:
    setting = session.exec(select(Setting).where(Setting.key == key)).first()
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value
        session.add(setting)
