"""Preferences that travel with the data."""

from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field

from internapp.core.models.base import Record


class Setting(Record, table=True):
    """Preferences that travel with the data (UI-only state such as window geometry does not)."""

    __tablename__ = "setting"

    key: str = Field(unique=True)
    value: Any = Field(default=None, sa_type=JSON)
