"""Sync: the local SQLite file stays the working copy on each device; devices converge through a
PostgreSQL database when the network is there.

- ``tables``: which tables sync (one line each) and which stay local.
- ``capture``: SQLite triggers that log every change of a synced table, whatever wrote it.
- ``clock``: the hybrid logical clock. ``merge``: field-level merge, pure.
- ``settings``/``local``: the server settings and state kept in the store; the local reads and
  writes of a sync. ``server``/``server_schema``: the PostgreSQL side.
- ``run``: one sync (push, then pull). ``service``: setup, status, conflicts, forget.
"""
