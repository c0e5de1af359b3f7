"""Column types. SQLite keeps datetimes as naive text, so UTC is re-attached here, through the one
codec (``codec.py``) that the plain-SQL paths use too."""

from datetime import datetime

from sqlalchemy.types import DateTime, TypeDecorator

from internapp.core.store import codec


class UTCDateTime(TypeDecorator):
    """Stores an aware datetime as naive UTC text and gives it back aware (UTC).

    A naive datetime is refused on the way in: its zone is unknown and guessing loses data.
    """

    impl = DateTime  # the column's declared type (DATETIME); the text is the codec's
    cache_ok = True

    def bind_processor(self, dialect):
        def process(value: datetime | None) -> str | None:
            return None if value is None else codec.encode(value)

        return process

    def result_processor(self, dialect, coltype):
        return codec.decode_optional
