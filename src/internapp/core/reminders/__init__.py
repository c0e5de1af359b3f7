"""Reminders: what is due and should reach the user now, computed from the data the app has.

Plain Python over a DB-API sqlite3 connection — no SQLAlchemy, no Qt — so that the small
background process (desktop/agent.py) computes exactly what the window and ``internapp remind``
compute, with a read-only connection and little memory.

- ``registry``: the kinds of reminder (one entry each: its label, default lead time and collector);
  a new kind is one ``register`` call.
- ``kinds``: the built-in kinds' collectors, one SQL query each.
- ``schedule``: the timing — lead times across daylight-saving changes, quiet hours.
- ``settings``: each kind switched on or off with its lead time, quiet hours, the time of day
  all-day reminders are given, read from the store's ``setting`` table.
- ``due``: everything computed for a moment, and which of it is due now.
- ``delivered``: the keys already notified (a small file beside the store, locked while updated,
  so the window and the background process never notify the same thing twice).
- ``connection``: the store file opened read-only.
"""
