"""Today: one plain object with what needs the user now, built from the other areas' queries.

- the running timer (timer.running);
- what falls due in the next 7 days: application deadlines, engagements' due dates, interviews,
  milestones and follow-ups (markers.dated_markers), plus overdue follow-ups and milestones not
  yet done, and payments expected (overdue ones stay until received: payments_due.read_due);
- engagements still running past 80 % of their hours budget or over this week's cap
  (budgets.budgets);
- contacts losing touch (keep_in_touch.due_contacts);
- applications with no reply for N days (waiting.no_reply);
- the overview counts (overview.overview).

All read on the store's plain path: the window's first paint and ``internapp today`` import no ORM.
"""

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from internapp.core.clock import local_zone, today_local
from internapp.core.services import budgets, keep_in_touch, overview, timer, waiting
from internapp.core.services.budgets import Budget, BudgetLevel
from internapp.core.services.keep_in_touch import ContactCadence
from internapp.core.services.markers import PLANNABLE, dated_markers, titled
from internapp.core.services.overview import Overview
from internapp.core.services.payments_due import read_due
from internapp.core.services.timer import RunningTimer
from internapp.core.services.waiting import NoReply
from internapp.core.store import Store

HORIZON_DAYS = 7
NO_REPLY_DAYS = 14
# kinds that stay on the list after their day until they are done
CARRIED_OVER = {"follow-up", "milestone", "payment"}


@dataclass(frozen=True)
class DueItem:
    kind: str  # "deadline", "interview", "milestone", "follow-up", "payment"
    day: date
    title: str
    detail: str
    screen: str  # "applications", "engagements" or "contacts"
    record_id: uuid.UUID
    days_away: int  # negative when overdue
    # for the window to translate: the title's English template and values (markers.titled),
    # and the detail's when it is words rather than data
    template: str = "{subject}"
    values: tuple[tuple[str, str], ...] = ()
    detail_template: str = ""
    detail_values: tuple[tuple[str, str], ...] = ()
    # a payment's amount as data, for the window to write in its locale (the detail and
    # ``detail_values`` carry it as the command line writes it, "150.00 USD")
    amount_cents: int | None = None
    currency: str | None = None

    @property
    def overdue(self) -> bool:
        return self.days_away < 0


@dataclass(frozen=True)
class Today:
    day: date
    timer: RunningTimer | None
    due: list[DueItem]  # overdue first, then by day
    budgets: list[Budget]  # running engagements needing attention, most used first
    contacts: list[ContactCadence]  # losing touch, most overdue first
    no_reply: list[NoReply]  # longest wait first
    no_reply_days: int
    counts: Overview

    @property
    def is_empty(self) -> bool:
        return (self.timer is None and not self.due and not self.budgets and not self.contacts
                and not self.no_reply and self.counts.is_empty)

    @property
    def attention(self) -> int:
        """How many things ask for the user today (for a badge or a headline)."""
        return len(self.due) + len(self.budgets) + len(self.contacts) + len(self.no_reply)


def today(store: Store, day: date | None = None, *, zone=None,
          no_reply_days: int = NO_REPLY_DAYS) -> Today:
    day = day or today_local()
    zone = zone or local_zone()
    horizon = day + timedelta(days=HORIZON_DAYS)
    with store.reading() as conn:
        markers = dated_markers(conn, zone)
        ending = [(uuid.UUID(hex=i), title, date.fromisoformat(due_on)) for i, title, due_on in
                  conn.execute("SELECT id, title, due_on FROM engagement WHERE status IN (?, ?) "
                               "AND due_on >= ? AND due_on <= ?",
                               (*PLANNABLE, day.isoformat(), horizon.isoformat()))]
        payments = read_due(conn, day, HORIZON_DAYS)
    due = [DueItem(m.kind, m.day, m.title, m.detail, m.screen, m.record_id, (m.day - day).days,
                   m.template, m.values)
           for m in markers
           if not m.done and m.day <= horizon and (m.day >= day or m.kind in CARRIED_OVER)]
    due += [DueItem("deadline", due_on, detail="Engagement due", screen="engagements",
                    record_id=engagement_id, days_away=(due_on - day).days,
                    detail_template="Engagement due", **titled("Hand in: {title}", {"title": title}))
            for engagement_id, title, due_on in ending]
    due += [DueItem("payment", p.expected_on, detail=f"{p.amount_text} from {p.payer}",
                    screen="engagements", record_id=p.engagement_id,
                    days_away=(p.expected_on - day).days, detail_template="{amount} from {payer}",
                    detail_values=(("amount", p.amount_text), ("payer", p.payer)),
                    amount_cents=p.amount_cents, currency=p.currency,
                    **titled("Payment: {engagement}", {"engagement": p.engagement}))
            for p in payments]
    due.sort(key=lambda item: (item.day, item.kind, item.title))
    attention = [b for b in budgets.budgets(store, day, zone)
                 if b.status in PLANNABLE and (b.level != BudgetLevel.OK or b.over_cap)]
    attention.sort(key=lambda b: (-(b.used_share or 0), b.title))
    return Today(
        day=day, timer=timer.running(store), due=due, budgets=attention,
        contacts=keep_in_touch.due_contacts(store, day),
        no_reply=waiting.no_reply(store, no_reply_days, day), no_reply_days=no_reply_days,
        counts=overview.overview(store, day),
    )
