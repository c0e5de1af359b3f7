"""Reading the JSON files Watson and Timewarrior keep: the whole file must be JSON (otherwise
nothing is imported and the message says where it broke); each item is then read on its own."""

import json
from pathlib import Path
from typing import Any

from internapp.core.interchange.time_formats import read_text
from internapp.core.services.errors import ValidationError


def read_array(path: Path, what: str) -> tuple[list[Any], list[str]]:
    text, notes = read_text(path)
    if not text.strip():
        raise ValidationError("file", f"is empty; expected {what}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ValidationError("file", f"is not JSON (line {error.lineno}, column {error.colno}: "
                                      f"{error.msg}); expected {what}") from None
    except RecursionError:
        raise ValidationError("file", f"is JSON nested too deeply; expected {what}") from None
    if not isinstance(data, list):
        raise ValidationError("file", f"holds a JSON {type(data).__name__}, not {what}")
    return data, notes
