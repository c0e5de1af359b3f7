"""The one error type for rejected input: it names the field and says why, readably."""


class ValidationError(ValueError):
    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}")


class NotFoundError(ValidationError):
    """A reference (an id or a name) that matches no record."""

    def __init__(self, kind: str, reference: object, field: str | None = None) -> None:
        self.kind = kind
        self.reference = reference
        super().__init__(field or kind, f"no {kind} matches {str(reference)!r}")
