"""The desktop around the app, without Qt: notifications, the machine's idle time, the login
item and the small background process that delivers reminders while the window is closed.

Nothing here imports Qt or SQLAlchemy: the background process (``agent``) must stay small.
"""
