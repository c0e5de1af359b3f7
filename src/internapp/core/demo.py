"""A realistic history for trying the app, for screenshots and for benchmarks' small cases.

A student who, over the last three months, applied to a dozen micro-internships, took five of them
(overlapping), logged a few hundred time entries, met thirty people and practised a mix of skills.
Dates are relative to ``today`` so that the Today screen always has something to say. The same
seed gives the same history.
"""

import random
import zlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from fractions import Fraction
from zoneinfo import ZoneInfo

from sqlalchemy import delete as sql_delete
from sqlalchemy import update as sql_update
from sqlmodel import Session, col, func, select

from internapp.core.changes import ALL_KINDS
from internapp.core.clock import local_zone_name, today_local
from internapp.core.models import (
    Application,
    ApplicationEvent,
    ApplicationSkill,
    Contact,
    ContactLink,
    Document,
    Engagement,
    EngagementSkill,
    Interaction,
    Interview,
    InterviewContact,
    Invoice,
    Milestone,
    Organization,
    Payment,
    Skill,
    Stage,
    TagCadence,
    TargetRole,
    TimeEntry,
)
from internapp.core.services.fields import name_key
from internapp.core.services.money import round_minor
from internapp.core.store import Store

# Tables holding the user's records, children first (the order to clear them in). A target
# role's skills go with their role or their skill (ON DELETE CASCADE), so built-in roles keep theirs.
USER_TABLES = (Payment, Invoice, TimeEntry, Milestone, EngagementSkill, ApplicationSkill,
               ContactLink, Interaction, InterviewContact, Interview, Document, ApplicationEvent,
               Engagement, Application, Contact, TagCadence, Organization)


@dataclass(frozen=True)
class DemoSummary:
    organizations: int
    applications: int
    engagements: int
    time_entries: int
    contacts: int
    interactions: int

    def __str__(self) -> str:
        return (f"{self.applications} applications, {self.engagements} engagements, "
                f"{self.time_entries} time entries, {self.contacts} contacts with "
                f"{self.interactions} interactions, at {self.organizations} organizations")


def has_records(store: Store) -> bool:
    """True when the store holds anything the user made (seeded stages and skills do not count)."""
    with store.read() as session:
        for model in (Organization, Application, Engagement, TimeEntry, Contact):
            if session.exec(select(func.count()).select_from(model)).one():
                return True
        return bool(session.exec(select(func.count()).select_from(Skill)
                                 .where(Skill.builtin == False)).one())  # noqa: E712


def clear(store: Store) -> None:
    """Removes every user record, keeping the built-in stages, skills and target roles."""
    with store.write(ALL_KINDS) as session:
        for model in USER_TABLES:
            session.exec(sql_delete(model))
        session.exec(sql_delete(TargetRole).where(col(TargetRole.builtin) == False))  # noqa: E712
        session.exec(sql_delete(Skill).where(col(Skill.builtin) == False))  # noqa: E712
        session.exec(sql_update(Skill).values(self_rating=None))
        session.exec(sql_delete(Stage).where(col(Stage.role).is_(None)))


# (organization, role, source, stage role, applied days ago or None, deadline in days, pay, skills)
APPLICATIONS = [
    ("Northwind Analytics", "Sales dashboard in Power BI", "Parker Dewey", "accepted", 74, None,
     "$600 fixed", ["Power BI", "Mathematics", "Writing"]),
    ("Lumen Labs", "User interview synthesis", "Riipen", "accepted", 52, None, "€450 fixed",
     ["Active Listening", "Writing", "Critical Thinking"]),
    ("Cedar & Pine Marketing", "Social media content audit", "Parker Dewey", "accepted", 88, None,
     "$300 fixed", ["Writing", "Persuasion"]),
    ("Harbor City Council", "Open data portal accessibility review", "Riipen", "accepted", 95,
     None, "$25/h", ["Quality Control Analysis", "Writing"]),
    ("Tidewater Energy", "Market sizing for EV chargers", "Parker Dewey", "accepted", 20, None,
     "$800 fixed", ["SQL", "Mathematics", "Critical Thinking"]),
    ("Kestrel Fintech", "Python data cleaning sprint", "Upwork", "interviewing", 12, 9,
     "$30/h", ["Python", "SQL", "Programming"]),
    ("Orbital Robotics", "Technical documentation refresh", "LinkedIn", "applied", 18, None,
     "$500 fixed", ["Writing", "Technology Design"]),
    ("Brightpath Health", "Patient survey analysis", "Handshake", "offer", 25, 3, "$28/h",
     ["Mathematics", "Python", "Speaking"]),
    ("Harbor City Council", "Open data portal QA", "Riipen", "applied", 5, 21, "$22/h",
     ["Quality Control Analysis", "Troubleshooting"]),
    ("Vireo Studio", "Figma prototype usability test", "Parker Dewey", "saved", None, 4,
     "$350 fixed", ["Figma", "Active Listening", "Social Perceptiveness"]),
    ("Atlas Logistics", "Route cost spreadsheet model", "Upwork", "rejected", 40, None,
     "$400 fixed", ["Mathematics", "Operations Analysis"]),
    ("Quill Publishing", "Newsletter growth experiment", "Handshake", "ghosted", 60, None,
     "$20/h", ["Persuasion", "Writing"]),
    ("Solace Mental Health Co-op", "Volunteer scheduling app prototype", "Referral",
     "withdrawn", 33, None, "$500 fixed", ["Programming", "Coordination"]),
    ("Tidewater Energy", "ESG report research", "Parker Dewey", "saved", None, 12, "$350 fixed",
     ["Reading Comprehension", "Writing"]),
]

CLOSE_REASONS = {
    "rejected": "Went with a candidate who had logistics experience",
    "ghosted": "No reply after two follow-ups",
    "withdrawn": "Clashed with the Northwind deadline",
}

# (application index, status, start days ago, length in days, hours estimate, weekly cap,
#  fee kind, fee or hourly rate in major units, currency)
ENGAGEMENTS = [
    (3, "paid", 84, 21, 16, 6, "hourly", 25, "USD"),
    (2, "paid", 70, 24, 12, 5, "fixed", 300, "USD"),
    (0, "active", 60, 70, 40, 8, "milestones", None, "USD"),
    (1, "active", 38, 42, 30, 6, "fixed", 450, "EUR"),
    (4, "active", 12, 35, 30, 10, "fixed", 800, "USD"),
]
# Northwind pays per milestone (the four add up to its advertised $600).
MILESTONE_FEES = {0: [100, 150, 150, 200]}
# (application index, amount, expected days after start or None, received days after start or
#  None, withheld, method, payer): one overdue (Northwind's second milestone), one partial
# (Lumen's deposit, the rest expected at the end), and the two finished ones paid in full.
PAYMENTS = [
    (3, None, None, 27, "0", "Riipen payout", "Riipen"),  # None: the hours logged × the rate
    (2, "300.00", 24, 30, "0", "Bank transfer", None),
    (0, "100.00", 20, 22, "0", "Bank transfer", None),
    (0, "150.00", 40, None, "0", "Bank transfer", None),
    (1, "200.00", 3, 5, "0", "Wise", None),
    (1, "250.00", 45, None, "0", "Wise", None),
    (4, "800.00", 40, None, "0", "Bank transfer", None),
]
# Share of each engagement's estimate logged so far (by application index): one finished a
# little over budget, one is past the 80 % warning.
USED_SHARE = {3: 0.95, 2: 1.05, 0: 0.7, 1: 0.84, 4: 0.3}

MILESTONES = {
    0: ["Data model agreed", "First dashboard draft", "Stakeholder review", "Handover"],
    1: ["Interview plan", "Six interviews", "Synthesis deck"],
    2: ["Audit spreadsheet", "Recommendations"],
    3: ["WCAG checklist", "Findings report"],
    4: ["Data sources list", "Sizing model", "Final memo"],
}

# Skills the student rated themselves (from coursework), which the hours logged here do not show.
SELF_RATINGS = {"Reading Comprehension": 3.5, "Speaking": 2.5, "Coordination": 2.0,
                "Active Learning": 3.0}

NOTES = ["Cleaned the source data", "Call with supervisor", "Drafted the report section",
         "Reviewed feedback", "Built the first chart", "Wrote up findings", "Fixed data issues",
         "Prepared slides", "Research and reading", "Refactored the model", "Email follow-ups"]
TAGS = ["analysis", "meeting", "writing", "research", "design", "admin"]

FIRST = ["Maya", "Jonas", "Priya", "Kwame", "Sofia", "Liam", "Aiko", "Mateo", "Fatima", "Noah",
         "Chloé", "Arjun", "Zainab", "Ethan", "Mei", "Lucas", "Amara", "Oliver", "Yara", "Diego",
         "Hana", "Samuel", "Leila", "Tomasz", "Ingrid", "Kofi", "Nadia", "Rafael", "Sven", "Aisha"]
LAST = ["Okafor", "Schmidt", "Raman", "Mensah", "García", "Walsh", "Tanaka", "López", "Haddad",
        "Kim", "Dubois", "Mehta", "Bello", "Clarke", "Chen", "Moreau", "Nwosu", "Hughes", "Saleh",
        "Fernández", "Sato", "Adeyemi", "Karimi", "Nowak", "Lund", "Boateng", "Petrova", "Costa",
        "Berg", "Rahman"]
TITLES = {"supervisor": "Project lead", "mentor": "Senior analyst", "recruiter": "Talent partner",
          "interviewer": "Hiring manager", "referrer": "Former classmate"}
HOW_MET = ["Parker Dewey project kickoff", "University career fair", "LinkedIn outreach",
           "Riipen info session", "Introduced by a mentor", "Hackathon", "Alumni mixer"]
SUMMARIES = ["Weekly check-in about progress", "Asked for feedback on the draft",
             "Coffee chat about analytics careers", "Thank-you note after the project",
             "Discussed a reference", "Shared an article on dashboards",
             "Talked about next openings", "Mock interview practice"]


def fill(store: Store, *, today: date | None = None, seed: int = 7,
         zone: str | None = None) -> DemoSummary:
    """Adds the demo history in one transaction."""
    today = today or today_local()
    zone_name = zone or local_zone_name()
    tz = ZoneInfo(zone_name)
    with store.write(ALL_KINDS) as session:
        builder = _Builder(session, seed, today, tz, zone_name)
        summary = builder.build()
    return summary


class _Builder:
    def __init__(self, session: Session, seed: int, today: date, tz: ZoneInfo,
                 zone_name: str) -> None:
        self.session = session
        self.rng = random.Random(seed)
        self.seed = seed
        self.today = today
        self.tz = tz
        self.zone_name = zone_name
        self.organizations: dict[str, Organization] = {}
        self.stages = {s.role: s for s in session.exec(select(Stage)) if s.role}
        self.skills = {s.name_key: s for s in session.exec(select(Skill))}
        self.counts = {"time": 0, "interactions": 0}

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=self.tz)

    def build(self) -> DemoSummary:
        applications = [self.application(*spec) for spec in APPLICATIONS]
        engagements = [self.engagement(i, applications[i], *rest) for i, *rest in ENGAGEMENTS]
        self.time_entries(engagements)
        contacts = self.contacts(applications, engagements)
        self.money(engagements)
        self.session.add(TagCadence(tag="mentor", days=30))
        self.session.add(TagCadence(tag="recruiter", days=60))
        self.interviews(applications, contacts)
        for name, rating in SELF_RATINGS.items():  # what the student judges from before the app
            self.skill(name).self_rating = rating
        return DemoSummary(organizations=len(self.organizations), applications=len(applications),
                           engagements=len(engagements), time_entries=self.counts["time"],
                           contacts=len(contacts), interactions=self.counts["interactions"])

    def organization(self, name: str) -> Organization:
        if name not in self.organizations:
            org = Organization(name=name, name_key=name_key(name))
            self.session.add(org)
            self.session.flush()  # no ORM relationships: parents are flushed before children
            self.organizations[name] = org
        return self.organizations[name]

    def skill(self, name: str) -> Skill:
        key = name_key(name)
        if key not in self.skills:
            skill = Skill(name=name, name_key=key, category="Tools")
            self.session.add(skill)
            self.session.flush()
            self.skills[key] = skill
        return self.skills[key]

    def application(self, org_name, role, source, stage_role, applied_ago, deadline_in, pay,
                    skill_names) -> Application:
        org = self.organization(org_name)
        applied_on = self.today - timedelta(days=applied_ago) if applied_ago is not None else None
        created = applied_on - timedelta(days=3) if applied_on else self.today - timedelta(days=6)
        app = Application(
            organization_id=org.id, role=role, source=source, stage_id=self.stages[stage_role].id,
            url=f"https://jobs.example.org/{name_key(org_name).replace(' ', '-')}/"
                f"{zlib.crc32(role.encode()) % 100000}",
            location="Remote", remote=True, applied_on=applied_on,
            deadline=self.today + timedelta(days=deadline_in) if deadline_in else None,
            follow_up_on=(applied_on + timedelta(days=14)
                          if applied_on and stage_role == "applied" else None),
            pay=pay, close_reason=CLOSE_REASONS.get(stage_role),
            tags=["data"] if "data" in role.casefold() or "analysis" in role.casefold() else [],
            created_at=self.at(created, 20),
        )
        self.session.add(app)
        self.session.flush()
        self.history(app, created, applied_on, stage_role)
        for name in skill_names:
            self.session.add(ApplicationSkill(application_id=app.id,
                                              skill_id=self.skill(name).id))
        return app

    def history(self, app: Application, created: date, applied_on: date | None,
                stage_role: str) -> None:
        path = ["saved"]
        if applied_on:
            path.append("applied")
        order = ["interviewing", "offer", "accepted"]
        if stage_role in order:
            path += order[: order.index(stage_role) + 1]
        elif stage_role not in path:
            if stage_role == "rejected":
                path.append("interviewing")
            path.append(stage_role)
        day = created
        previous = None
        for step, role in enumerate(path):
            if role == "applied" and applied_on is not None:
                day = applied_on
            elif step:
                day = min(self.today, day + timedelta(days=self.rng.randint(3, 9)))
            stage = self.stages[role]
            self.session.add(ApplicationEvent(
                application_id=app.id, stage_id=stage.id, from_stage_id=previous,
                at=self.at(day, 10 + step), note=CLOSE_REASONS.get(role)))
            previous = stage.id

    def engagement(self, index: int, app: Application, status, start_ago, length, estimate, cap,
                   kind, amount, currency) -> Engagement:
        start = self.today - timedelta(days=start_ago)
        due = start + timedelta(days=length)
        done = status in ("delivered", "paid")
        eng = Engagement(
            application_id=app.id, organization_id=app.organization_id, title=app.role,
            platform=app.source, start_on=start, due_on=due, ended_on=due if done else None,
            hours_estimate=estimate, weekly_cap_hours=cap, fee_kind=kind,
            fee_cents=amount * 100 if kind == "fixed" else None,
            rate_cents=amount * 100 if kind == "hourly" else None, currency=currency,
            status=status,
            deliverables="Final report (PDF) and the working files",
            outcome="Delivered on time; client adopted two recommendations" if done else "",
            feedback="“Clear, well-organised work — would hire again.”" if done else "",
            reference_ok=True if done else None,
        )
        self.session.add(eng)
        self.session.flush()
        titles = MILESTONES[index]
        for position, title in enumerate(titles):
            milestone_due = start + timedelta(days=length * (position + 1) // len(titles))
            fees = MILESTONE_FEES.get(index)
            self.session.add(Milestone(
                engagement_id=eng.id, title=title, position=position, due_on=milestone_due,
                done_on=milestone_due if milestone_due < self.today else None,
                fee_cents=fees[position] * 100 if fees else None))
        weights = [1.0, 0.6, 0.4]
        for name, weight in zip(APPLICATIONS[index][7], weights, strict=False):
            self.session.add(EngagementSkill(engagement_id=eng.id,
                                             skill_id=self.skill(name).id, weight=weight))
        self.session.add(EngagementSkill(engagement_id=eng.id,
                                         skill_id=self.skill("Time Management").id, weight=0.3))
        return eng

    def time_entries(self, engagements: list[Engagement]) -> None:
        """Short work sessions on weekdays up to yesterday, laid one after another each day so
        none overlap. Nothing is logged today: the history must not depend on the time of day
        (nor collide with a timer the user starts)."""
        by_day: dict[date, list[tuple[Engagement, int]]] = {}
        yesterday = self.today - timedelta(days=1)
        for (index, *_), eng in zip(ENGAGEMENTS, engagements, strict=True):
            if eng.start_on is None or eng.hours_estimate is None:
                continue  # every demo engagement has both; nothing to log without them
            last = min(eng.ended_on or yesterday, yesterday)
            days = [eng.start_on + timedelta(days=n) for n in range((last - eng.start_on).days + 1)]
            days = [d for d in days if d.weekday() < 5] or [eng.start_on]
            remaining = eng.hours_estimate * 60 * USED_SHARE[index]
            while remaining > 0:
                minutes = self.rng.choice([10, 15, 15, 20, 20, 25, 30, 30])
                by_day.setdefault(self.rng.choice(days), []).append((eng, minutes))
                remaining -= minutes
        for day in sorted(by_day):
            sessions = by_day[day]
            self.rng.shuffle(sessions)
            clock = self.at(day, 9, self.rng.choice([0, 15, 30]))
            for eng, minutes in sessions:
                end = clock + timedelta(minutes=minutes)
                self.session.add(TimeEntry(
                    engagement_id=eng.id, started_at=clock, ended_at=end, seconds=minutes * 60,
                    tz=self.zone_name, note=self.rng.choice(NOTES), tags=[self.rng.choice(TAGS)]))
                self.counts["time"] += 1
                clock = end + timedelta(minutes=self.rng.choice([5, 10, 20, 45]))

    def contacts(self, applications: list[Application],
                 engagements: list[Engagement]) -> list[Contact]:
        contacts = []
        rng = random.Random(f"contacts-{self.seed}")  # independent of how much time was logged
        roles = ["supervisor", "mentor", "recruiter", "interviewer", "referrer"]
        org_names = list(self.organizations)
        for i in range(30):
            role = roles[i % len(roles)]
            given, family = FIRST[i], LAST[(i * 7) % len(LAST)]
            org = self.organizations[org_names[i % len(org_names)]]
            contact = Contact(
                display_name=f"{given} {family}", given_name=given, family_name=family,
                emails=[f"{name_key(given)}.{name_key(family)}@example.org".replace(" ", "")],
                organization_id=org.id, title=TITLES[role],
                linkedin_url=f"https://www.linkedin.com/in/{given.lower()}-{i:02d}",
                how_met=rng.choice(HOW_MET), tags=[role] if role != "referrer" else [],
                keep_in_touch_days=45 if role == "supervisor" else None,
            )
            self.session.add(contact)
            self.session.flush()
            contacts.append(contact)
            for _ in range(rng.randint(0 if i % 6 == 5 else 1, 5)):
                at = self.at(self.today - timedelta(days=rng.randint(2, 100)),
                             rng.randint(9, 17))
                self.session.add(Interaction(
                    contact_id=contact.id, at=at,
                    channel=rng.choice(["email", "video", "coffee", "linkedin", "call"]),
                    summary=rng.choice(SUMMARIES)))
                self.counts["interactions"] += 1
            if role == "supervisor" and i // 5 < len(engagements):
                self.session.add(ContactLink(contact_id=contact.id,
                                             engagement_id=engagements[i // 5].id, role=role))
            elif role in ("recruiter", "interviewer", "referrer"):
                self.session.add(ContactLink(contact_id=contact.id,
                                             application_id=applications[i % 12].id, role=role))
            elif role == "mentor":
                self.session.add(ContactLink(contact_id=contact.id,
                                             engagement_id=engagements[i % 5].id, role=role))
        return contacts

    def money(self, engagements: list[Engagement]) -> None:
        """Payments (dated from each engagement's start, so none depends on the time of day), the
        student's profile, a 25 % set-aside, and a draft invoice for the running EUR project."""
        from internapp.core.services import invoices, preferences

        by_index = {index: eng for (index, *_), eng in zip(ENGAGEMENTS, engagements, strict=True)}
        self.session.flush()
        for index, amount, expected, received, withheld, method, payer in PAYMENTS:
            eng = by_index[index]
            start = eng.start_on
            assert start is not None  # every demo engagement has a start
            if amount is None:
                seconds = self.session.exec(select(func.sum(TimeEntry.seconds)).where(
                    TimeEntry.engagement_id == eng.id)).one()
                cents = round_minor(Fraction((eng.rate_cents or 0) * (seconds or 0), 3600))
            else:
                cents = int(amount.replace(".", ""))
            self.session.add(Payment(
                engagement_id=eng.id, amount_cents=cents,
                withheld_cents=int(withheld) * 100,
                expected_on=start + timedelta(days=expected) if expected is not None else None,
                received_on=start + timedelta(days=received) if received is not None else None,
                method=method, payer=payer,
                reference=f"TX-{zlib.crc32(f'{index}-{cents}'.encode()) % 100000:05d}"))
        preferences.write(self.session, "profile", {
            "name": "Alex Rivera", "label": "Data analytics student", "email":
            "alex.rivera@example.org", "phone": "+1 555 0142", "website": None, "links":
            ["https://www.linkedin.com/in/alex-rivera-demo"], "address": "1200 Harbor Street\nApt 4B",
            "postal_code": "98101", "city": "Seattle", "region": "WA", "country": "United States",
            "country_code": "US", "tax_id": "XXX-XX-1234"})
        preferences.write(self.session, "money", {"set_aside_bp": 2500, "home_currency": "USD",
                                                  "rates": {"EUR": "1.08"},
                                                  "invoice_prefix": "{year}-",
                                                  "invoice_digits": 3, "invoice_next": 1,
                                                  "payment_terms_days": 14})
        self.session.flush()
        invoices.draft_in(self.session, by_index[1], None, None, self.today,
                          notes="Bank: IBAN DE00 0000 0000 0000 0000 00 (demo)")

    def interviews(self, applications: list[Application], contacts: list[Contact]) -> None:
        kestrel, brightpath = applications[5], applications[7]
        upcoming = Interview(application_id=kestrel.id,
                             at=self.at(self.today + timedelta(days=2), 15), tz=self.zone_name,
                             duration_minutes=45, kind="video",
                             location="https://meet.example.org/kestrel",
                             notes="Technical round: pandas clean-up exercise, 20 min live. "
                                   "Revise groupby/merge; prepare two questions about the data.")
        past = Interview(application_id=brightpath.id,
                         at=self.at(self.today - timedelta(days=9), 11), tz=self.zone_name,
                         duration_minutes=30, kind="phone", notes="Phone screen with the recruiter",
                         outcome="Went well — they asked for a portfolio link")
        self.session.add_all([upcoming, past])
        self.session.flush()
        self.session.add_all([InterviewContact(interview_id=upcoming.id, contact_id=contacts[3].id),
                              InterviewContact(interview_id=upcoming.id, contact_id=contacts[8].id),
                              InterviewContact(interview_id=past.id, contact_id=contacts[8].id)])
