"""built-in target roles: five entry-level roles, each a set of O*NET skills with target levels.

Data only (no schema change). Ids are uuid5 of the same namespace as 0001, so every store gets the
same rows with the same ids, and the skills are referenced by the ids 0001 gave them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# frozen here: the namespace of 0001's seed ids
_NAMESPACE = uuid.UUID("5b0f1f0e-7d4e-4b8a-9f3a-3c6f0e1d2a10")

# (name, description, {O*NET skill: target level 0–5})
_ROLES = [
    ("Data analyst", "Turns data into answers: cleaning, querying, modelling and explaining it.",
     {"Mathematics": 4, "Critical Thinking": 4, "Programming": 3, "Systems Analysis": 3,
      "Reading Comprehension": 3, "Writing": 3, "Judgment and Decision Making": 3,
      "Active Learning": 3}),
    ("Software developer", "Designs, builds and fixes software, alone and in a team.",
     {"Programming": 4.5, "Complex Problem Solving": 4, "Troubleshooting": 4,
      "Technology Design": 3.5, "Systems Analysis": 3.5, "Quality Control Analysis": 3,
      "Critical Thinking": 3.5, "Active Learning": 3.5}),
    ("UX researcher", "Finds out what people need and turns it into design decisions.",
     {"Active Listening": 4, "Social Perceptiveness": 4, "Writing": 3.5, "Speaking": 3.5,
      "Critical Thinking": 3.5, "Technology Design": 3, "Judgment and Decision Making": 3,
      "Reading Comprehension": 3}),
    ("Marketing associate", "Plans and writes campaigns, and reads what the audience does.",
     {"Persuasion": 4, "Writing": 4, "Speaking": 3.5, "Social Perceptiveness": 3.5,
      "Service Orientation": 3, "Critical Thinking": 3, "Time Management": 3,
      "Coordination": 3}),
    ("Project coordinator", "Keeps a project's people, time and money on track.",
     {"Coordination": 4, "Time Management": 4, "Monitoring": 3.5, "Speaking": 3.5, "Writing": 3,
      "Management of Personnel Resources": 3, "Management of Financial Resources": 2.5,
      "Judgment and Decision Making": 3}),
]


def _role_id(name: str) -> uuid.UUID:
    return uuid.uuid5(_NAMESPACE, f"target_role:{name}")


def upgrade() -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    role = sa.table("target_role", sa.column("id", sa.Uuid()),
                    sa.column("created_at", sa.DateTime()), sa.column("updated_at", sa.DateTime()),
                    sa.column("name", sa.String()), sa.column("builtin", sa.Boolean()),
                    sa.column("description", sa.String()))
    role_skill = sa.table("target_role_skill", sa.column("id", sa.Uuid()),
                          sa.column("created_at", sa.DateTime()),
                          sa.column("updated_at", sa.DateTime()), sa.column("role_id", sa.Uuid()),
                          sa.column("skill_id", sa.Uuid()), sa.column("level", sa.Float()))
    op.bulk_insert(role, [
        {"id": _role_id(name), "created_at": now, "updated_at": now, "name": name,
         "builtin": True, "description": description}
        for name, description, _ in _ROLES
    ])
    op.bulk_insert(role_skill, [
        {"id": uuid.uuid5(_NAMESPACE, f"target_role_skill:{name}:{skill}"), "created_at": now,
         "updated_at": now, "role_id": _role_id(name),
         "skill_id": uuid.uuid5(_NAMESPACE, f"skill:{skill}"), "level": float(level)}
        for name, _, skills in _ROLES for skill, level in skills.items()
    ])


def downgrade() -> None:
    ids = [_role_id(name) for name, _, _ in _ROLES]
    role_skill = sa.table("target_role_skill", sa.column("role_id", sa.Uuid()))
    role = sa.table("target_role", sa.column("id", sa.Uuid()))
    op.execute(role_skill.delete().where(role_skill.c.role_id.in_(ids)))
    op.execute(role.delete().where(role.c.id.in_(ids)))
