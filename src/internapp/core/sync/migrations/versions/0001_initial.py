"""the sync server's tables, each row owned by the PostgreSQL role that wrote it.

- owner_state: per student, the last change number given out (pushes take turns on this row).
- device: the student's devices, with the local schema each runs.
- row_state: every synced row: its values and per-column clocks (jsonb), a tombstone flag, the
  change number of its last write and the one device that wrote all of it, if one did.
- blob: documents' files by SHA-256 (content-addressed: each file crosses once).

Row-level security on every table, forced even for the tables' owner: a role sees and changes
only the rows whose owner is that role (current_user). Students' roles get the table privileges
through the group role internapp_sync_user (created here when the role running this may create
roles); the administrator adds a student with
``CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE internapp_sync_user``.

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

S = "internapp_sync"
TABLES = ("owner_state", "device", "row_state", "blob")


def upgrade() -> None:
    op.execute(f"""
    CREATE TABLE {S}.owner_state (
        owner name PRIMARY KEY DEFAULT current_user,
        seq bigint NOT NULL DEFAULT 0
    );
    CREATE TABLE {S}.device (
        owner name NOT NULL DEFAULT current_user,
        device_id text NOT NULL,
        name text NOT NULL DEFAULT '',
        local_schema integer NOT NULL,
        app_version text NOT NULL DEFAULT '',
        last_sync timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (owner, device_id)
    );
    CREATE TABLE {S}.row_state (
        owner name NOT NULL DEFAULT current_user,
        tbl text NOT NULL,
        row_id text NOT NULL,
        seq bigint NOT NULL,
        data jsonb NOT NULL,
        clocks jsonb NOT NULL,
        deleted boolean NOT NULL DEFAULT false,
        sole_writer text,
        PRIMARY KEY (owner, tbl, row_id)
    );
    CREATE INDEX ix_row_state_owner_seq ON {S}.row_state (owner, seq);
    CREATE TABLE {S}.blob (
        owner name NOT NULL DEFAULT current_user,
        sha256 text NOT NULL,
        size bigint NOT NULL,
        content bytea NOT NULL,
        PRIMARY KEY (owner, sha256)
    );
    """)
    for table in TABLES:
        op.execute(f"ALTER TABLE {S}.{table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"ALTER TABLE {S}.{table} FORCE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY own_rows ON {S}.{table} USING (owner = current_user) "
                   "WITH CHECK (owner = current_user)")
    op.execute(f"""
    DO $$
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'internapp_sync_user') THEN
            BEGIN
                CREATE ROLE internapp_sync_user NOLOGIN;
            EXCEPTION WHEN insufficient_privilege THEN
                RAISE NOTICE 'internapp_sync_user not created: no CREATEROLE';
            END;
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'internapp_sync_user') THEN
            GRANT USAGE ON SCHEMA {S} TO internapp_sync_user;
            GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(f'{S}.{t}' for t in TABLES)}
                TO internapp_sync_user;
            GRANT SELECT ON {S}.internapp_sync_version TO internapp_sync_user;
        END IF;
    END $$;
    """)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.execute(f"DROP TABLE {S}.{table}")
