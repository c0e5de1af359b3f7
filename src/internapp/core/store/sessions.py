"""Helpers for ORM sessions that hand part of their work to plain-SQL code."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlmodel import Session


def plain(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under ``session``, inside its transaction (begun if need be), for
    plain-SQL code shared with the hot paths (``time_rules``)."""
    session.flush()  # what the session holds must be in the transaction the SQL sees
    conn = session.connection().connection.driver_connection
    if not isinstance(conn, sqlite3.Connection):
        raise TypeError("the store's sessions run over sqlite3 connections")
    return conn
