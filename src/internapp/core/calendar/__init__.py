"""The student's own calendar: internapp's dates published to a CalDAV collection (``publish``,
over the small client in ``caldav_client``), a subscribable .ics file kept current in a folder
(``feed``), the settings for both (``settings``), and interview invitations imported from .ics
files (``invitations``)."""
