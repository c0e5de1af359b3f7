"""initial schema: every table of core/models.py, the default pipeline stages and the
O*NET skills catalogue.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('organization',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('website', sa.String(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name_key')
    )
    op.create_table('setting',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    op.create_table('skill',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('name_key', sa.String(), nullable=False),
    sa.Column('category', sa.String(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('self_rating', sa.Float(), nullable=True),
    sa.Column('description', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name_key')
    )
    op.create_table('stage',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('is_closed', sa.Boolean(), nullable=False),
    sa.Column('role', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name'),
    sa.UniqueConstraint('role')
    )
    op.create_table('tag_cadence',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('tag', sa.String(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('tag')
    )
    op.create_table('target_role',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('description', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    op.create_table('application',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('organization_id', sa.Uuid(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=True),
    sa.Column('url', sa.String(), nullable=True),
    sa.Column('location', sa.String(), nullable=True),
    sa.Column('remote', sa.Boolean(), nullable=True),
    sa.Column('stage_id', sa.Uuid(), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('pay', sa.String(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('close_reason', sa.String(), nullable=True),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['stage_id'], ['stage.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.create_index('ix_application_deadline', ['deadline'], unique=False)
        batch_op.create_index('ix_application_follow_up', ['follow_up_on'], unique=False)
        batch_op.create_index('ix_application_organization', ['organization_id'], unique=False)
        batch_op.create_index('ix_application_stage', ['stage_id'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('display_name', sa.String(), nullable=False),
    sa.Column('given_name', sa.String(), nullable=True),
    sa.Column('family_name', sa.String(), nullable=True),
    sa.Column('middle_name', sa.String(), nullable=True),
    sa.Column('prefix', sa.String(), nullable=True),
    sa.Column('suffix', sa.String(), nullable=True),
    sa.Column('nickname', sa.String(), nullable=True),
    sa.Column('emails', sa.JSON(), nullable=False),
    sa.Column('phones', sa.JSON(), nullable=False),
    sa.Column('organization_id', sa.Uuid(), nullable=True),
    sa.Column('title', sa.String(), nullable=True),
    sa.Column('linkedin_url', sa.String(), nullable=True),
    sa.Column('how_met', sa.String(), nullable=True),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('notes', sa.String(), nullable=False),
    sa.Column('keep_in_touch_days', sa.Integer(), nullable=True),
    sa.Column('birthday', sa.String(), nullable=True),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('photo_mime', sa.String(), nullable=True),
    sa.Column('connected_on', sa.Date(), nullable=True),
    sa.Column('external_uid', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index('ix_contact_display_name', ['display_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_external_uid'), ['external_uid'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_organization_id'), ['organization_id'], unique=False)

    op.create_table('target_role_skill',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('role_id', sa.Uuid(), nullable=False),
    sa.Column('skill_id', sa.Uuid(), nullable=False),
    sa.Column('level', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['role_id'], ['target_role.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['skill_id'], ['skill.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('role_id', 'skill_id')
    )
    op.create_table('application_event',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('from_stage_id', sa.Uuid(), nullable=True),
    sa.Column('stage_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('note', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['from_stage_id'], ['stage.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['stage_id'], ['stage.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('application_event', schema=None) as batch_op:
        batch_op.create_index('ix_application_event_application_at', ['application_id', 'at'], unique=False)

    op.create_table('application_skill',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('skill_id', sa.Uuid(), nullable=False),
    sa.Column('level', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['skill_id'], ['skill.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('application_id', 'skill_id')
    )
    with op.batch_alter_table('application_skill', schema=None) as batch_op:
        batch_op.create_index('ix_application_skill_skill', ['skill_id'], unique=False)

    op.create_table('engagement',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=True),
    sa.Column('organization_id', sa.Uuid(), nullable=True),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('platform', sa.String(), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('hours_estimate', sa.Float(), nullable=True),
    sa.Column('weekly_cap_hours', sa.Float(), nullable=True),
    sa.Column('fee_cents', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('deliverables', sa.String(), nullable=False),
    sa.Column('outcome', sa.String(), nullable=False),
    sa.Column('feedback', sa.String(), nullable=False),
    sa.Column('reference_ok', sa.Boolean(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organization_id'], ['organization.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('application_id')
    )
    with op.batch_alter_table('engagement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_engagement_organization_id'), ['organization_id'], unique=False)
        batch_op.create_index('ix_engagement_status', ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_engagement_title'), ['title'], unique=False)

    op.create_table('interaction',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('channel', sa.String(), nullable=False),
    sa.Column('summary', sa.String(), nullable=False),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('follow_up_done', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.create_index('ix_interaction_contact_at', ['contact_id', 'at'], unique=False)

    op.create_table('interview',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(), nullable=True),
    sa.Column('location', sa.String(), nullable=True),
    sa.Column('contact_id', sa.Uuid(), nullable=True),
    sa.Column('notes', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interview_application_id'), ['application_id'], unique=False)
        batch_op.create_index('ix_interview_at', ['at'], unique=False)

    op.create_table('contact_link',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('contact_id', sa.Uuid(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=True),
    sa.Column('engagement_id', sa.Uuid(), nullable=True),
    sa.Column('role', sa.String(), nullable=False),
    sa.CheckConstraint('(application_id IS NOT NULL) + (engagement_id IS NOT NULL) = 1', name='ck_contact_link_one_target'),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contact_link', schema=None) as batch_op:
        batch_op.create_index('ix_contact_link_application', ['application_id'], unique=False)
        batch_op.create_index('ix_contact_link_contact', ['contact_id'], unique=False)
        batch_op.create_index('ix_contact_link_engagement', ['engagement_id'], unique=False)

    op.create_table('document',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('application_id', sa.Uuid(), nullable=True),
    sa.Column('engagement_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('original_name', sa.String(), nullable=False),
    sa.Column('stored_name', sa.String(), nullable=False),
    sa.Column('sha256', sa.String(), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.CheckConstraint('(application_id IS NOT NULL) + (engagement_id IS NOT NULL) = 1', name='ck_document_one_owner'),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_engagement_id'), ['engagement_id'], unique=False)

    op.create_table('engagement_skill',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('engagement_id', sa.Uuid(), nullable=False),
    sa.Column('skill_id', sa.Uuid(), nullable=False),
    sa.Column('weight', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['skill_id'], ['skill.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('engagement_id', 'skill_id')
    )
    with op.batch_alter_table('engagement_skill', schema=None) as batch_op:
        batch_op.create_index('ix_engagement_skill_skill', ['skill_id'], unique=False)

    op.create_table('milestone',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('engagement_id', sa.Uuid(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_engagement_id'), ['engagement_id'], unique=False)

    op.create_table('time_entry',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('engagement_id', sa.Uuid(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('seconds', sa.Integer(), nullable=True),
    sa.Column('tz', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('source', sa.String(), nullable=True),
    sa.Column('external_id', sa.String(), nullable=True),
    sa.CheckConstraint('ended_at IS NULL OR ended_at > started_at', name='ck_time_entry_order'),
    sa.CheckConstraint('seconds IS NULL OR seconds > 0', name='ck_time_entry_seconds'),
    sa.ForeignKeyConstraint(['engagement_id'], ['engagement.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('time_entry', schema=None) as batch_op:
        batch_op.create_index('ix_time_entry_engagement_totals', ['engagement_id', 'started_at', 'seconds'], unique=False)
        batch_op.create_index('ix_time_entry_started', ['started_at'], unique=False)
        batch_op.create_index('ux_time_entry_external', ['source', 'external_id'], unique=True, sqlite_where=sa.text('external_id IS NOT NULL'))
        batch_op.create_index('ux_time_entry_running', [sa.text('(ended_at IS NULL)')], unique=True, sqlite_where=sa.text('ended_at IS NULL'))

    _seed()



def downgrade() -> None:
    with op.batch_alter_table('time_entry', schema=None) as batch_op:
        batch_op.drop_index('ux_time_entry_running', sqlite_where=sa.text('ended_at IS NULL'))
        batch_op.drop_index('ux_time_entry_external', sqlite_where=sa.text('external_id IS NOT NULL'))
        batch_op.drop_index('ix_time_entry_started')
        batch_op.drop_index('ix_time_entry_engagement_totals')

    op.drop_table('time_entry')
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_engagement_id'))

    op.drop_table('milestone')
    with op.batch_alter_table('engagement_skill', schema=None) as batch_op:
        batch_op.drop_index('ix_engagement_skill_skill')

    op.drop_table('engagement_skill')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_engagement_id'))
        batch_op.drop_index(batch_op.f('ix_document_application_id'))

    op.drop_table('document')
    with op.batch_alter_table('contact_link', schema=None) as batch_op:
        batch_op.drop_index('ix_contact_link_engagement')
        batch_op.drop_index('ix_contact_link_contact')
        batch_op.drop_index('ix_contact_link_application')

    op.drop_table('contact_link')
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_index('ix_interview_at')
        batch_op.drop_index(batch_op.f('ix_interview_application_id'))

    op.drop_table('interview')
    with op.batch_alter_table('interaction', schema=None) as batch_op:
        batch_op.drop_index('ix_interaction_contact_at')

    op.drop_table('interaction')
    with op.batch_alter_table('engagement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_engagement_title'))
        batch_op.drop_index('ix_engagement_status')
        batch_op.drop_index(batch_op.f('ix_engagement_organization_id'))

    op.drop_table('engagement')
    with op.batch_alter_table('application_skill', schema=None) as batch_op:
        batch_op.drop_index('ix_application_skill_skill')

    op.drop_table('application_skill')
    with op.batch_alter_table('application_event', schema=None) as batch_op:
        batch_op.drop_index('ix_application_event_application_at')

    op.drop_table('application_event')
    op.drop_table('target_role_skill')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_organization_id'))
        batch_op.drop_index(batch_op.f('ix_contact_external_uid'))
        batch_op.drop_index('ix_contact_display_name')

    op.drop_table('contact')
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_index('ix_application_stage')
        batch_op.drop_index('ix_application_organization')
        batch_op.drop_index('ix_application_follow_up')
        batch_op.drop_index('ix_application_deadline')

    op.drop_table('application')
    op.drop_table('target_role')
    op.drop_table('tag_cadence')
    op.drop_table('stage')
    op.drop_table('skill')
    op.drop_table('setting')
    op.drop_table('organization')


# --- seed data: frozen here, so every store gets the same rows with the same ids ------------------

_NAMESPACE = uuid.UUID("5b0f1f0e-7d4e-4b8a-9f3a-3c6f0e1d2a10")

# (name, role, closed)
_STAGES = [
    ("Saved", "saved", False),
    ("Applied", "applied", False),
    ("Interviewing", "interviewing", False),
    ("Offer", "offer", False),
    ("Accepted", "accepted", False),
    ("Rejected", "rejected", True),
    ("Withdrawn", "withdrawn", True),
    ("Ghosted", "ghosted", True),
]

# The 35 skills of the O*NET content model, by category.
_ONET_SKILLS = {
    "Basic: Content": ["Reading Comprehension", "Active Listening", "Writing", "Speaking",
                       "Mathematics", "Science"],
    "Basic: Process": ["Critical Thinking", "Active Learning", "Learning Strategies", "Monitoring"],
    "Social": ["Social Perceptiveness", "Coordination", "Persuasion", "Negotiation", "Instructing",
               "Service Orientation"],
    "Complex Problem Solving": ["Complex Problem Solving"],
    "Technical": ["Operations Analysis", "Technology Design", "Equipment Selection", "Installation",
                  "Programming", "Operations Monitoring", "Operation and Control",
                  "Equipment Maintenance", "Troubleshooting", "Quality Control Analysis",
                  "Repairing"],
    "Systems": ["Judgment and Decision Making", "Systems Analysis", "Systems Evaluation"],
    "Resource Management": ["Time Management", "Management of Financial Resources",
                            "Management of Material Resources",
                            "Management of Personnel Resources"],
}


def _seed() -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    stage = sa.table("stage", sa.column("id", sa.Uuid()), sa.column("created_at", sa.DateTime()),
                     sa.column("updated_at", sa.DateTime()), sa.column("name", sa.String()),
                     sa.column("position", sa.Integer()), sa.column("is_closed", sa.Boolean()),
                     sa.column("role", sa.String()))
    op.bulk_insert(stage, [
        {"id": uuid.uuid5(_NAMESPACE, f"stage:{role}"), "created_at": now, "updated_at": now,
         "name": name, "position": position, "is_closed": closed, "role": role}
        for position, (name, role, closed) in enumerate(_STAGES)
    ])
    skill = sa.table("skill", sa.column("id", sa.Uuid()), sa.column("created_at", sa.DateTime()),
                     sa.column("updated_at", sa.DateTime()), sa.column("name", sa.String()),
                     sa.column("name_key", sa.String()), sa.column("category", sa.String()),
                     sa.column("builtin", sa.Boolean()))
    op.bulk_insert(skill, [
        {"id": uuid.uuid5(_NAMESPACE, f"skill:{name}"), "created_at": now, "updated_at": now,
         "name": name, "name_key": " ".join(name.casefold().split()), "category": category,
         "builtin": True}
        for category, names in _ONET_SKILLS.items() for name in names
    ])
