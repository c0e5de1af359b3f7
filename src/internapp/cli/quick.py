"""The hot commands read from the command line without argparse: ``timer start|stop|status``,
``log add`` and ``report``, each a whole process of a few tens of milliseconds (argparse, with
gettext, locale and shutil, costs a good part of that).

``parse`` knows only the plain forms of these commands — ``--option value`` or
``--option=value``, ``--data-dir DIR`` before or after the command — and gives back the same
Namespace argparse would (a test compares the two). Anything else (help, an abbreviated option, a
value that starts with a dash, a missing or unknown argument, a top-level ``--theme`` or
``--open``) returns None: then argparse reads the line, and says what is wrong in its own words.
"""

from types import SimpleNamespace as Namespace  # argparse's Namespace, as far as handlers look

# words -> (the handler, positional dests, options with a value, repeatable options, switches,
#           defaults); the option tables map the option to its dest
Spec = tuple[str, tuple[str, ...], dict[str, str], dict[str, str], dict[str, str], dict]
COMMANDS: dict[tuple[str, ...], Spec] = {
    ("timer", "start"): ("timer_start", ("engagement",), {"--at": "at", "--note": "note"},
                         {"--tag": "tag"}, {}, {"at": None, "note": None, "tag": []}),
    ("timer", "stop"): ("timer_stop", (), {"--at": "at"}, {}, {}, {"at": None}),
    ("timer", "status"): ("timer_status", (), {}, {}, {"--json": "json"}, {"json": False}),
    ("log", "add"): ("log_add", ("engagement",),
                     {"--start": "start", "--end": "end", "--duration": "duration",
                      "--note": "note"}, {"--tag": "tag"}, {"--trim": "trim"},
                     {"end": None, "duration": None, "note": None, "tag": [], "trim": False}),
    ("report",): ("show_report", (), {"--by": "by", "--from": "first", "--to": "last"}, {},
                  {"--json": "json"}, {"by": "engagement", "first": None, "last": None,
                                       "json": False}),
}
GROUP_DEST = {"timer": "timer_command", "log": "log_command"}


def parse(argv: list[str]) -> Namespace | None:
    """The Namespace of a hot command's plain form, or None (argparse then reads it)."""
    data_dir, at = None, 0
    while at < len(argv) and argv[at].split("=", 1)[0] == "--data-dir":  # before the command
        data_dir, at = _value(argv, at)
        if data_dir is None:
            return None
    words = tuple(argv[at:at + 2]) if argv[at:at + 1] != ["report"] else ("report",)
    spec = COMMANDS.get(words)
    if spec is None:
        return None
    handler, positionals, options, lists, switches, defaults = spec
    values: dict = {key: list(value) if isinstance(value, list) else value
                    for key, value in defaults.items()}
    given: list[str] = []
    at += len(words)
    while at < len(argv):
        arg = argv[at]
        name = arg.split("=", 1)[0]
        if name in options or name in lists or name == "--data-dir":
            value, at = _value(argv, at)
            if value is None:
                return None
            if name == "--data-dir":
                data_dir = value
            elif name in lists:
                values[lists[name]].append(value)
            else:
                values[options[name]] = value
        elif arg in switches:
            values[switches[arg]] = True
            at += 1
        elif arg.startswith("-") or len(given) == len(positionals):
            return None  # help, an abbreviation, an unknown option, one word too many
        else:
            given.append(arg)
            at += 1
    if len(given) != len(positionals) or not _complete(words, values):
        return None
    values.update(zip(positionals, given, strict=True))
    namespace = Namespace(data_dir=data_dir, theme=None, lang=None, open_record=None,
                          command=words[0], handler=_handler(handler), **values)
    if words[0] in GROUP_DEST:
        setattr(namespace, GROUP_DEST[words[0]], words[1])
    return namespace


def _value(argv: list[str], at: int) -> tuple[str | None, int]:
    """The value of the option at ``at`` (``--x=v`` or ``--x v``) and where the next argument
    is; None for a value argparse would not take (missing, or starting with a dash)."""
    arg = argv[at]
    if "=" in arg:
        return arg.split("=", 1)[1], at + 1
    if at + 1 >= len(argv) or argv[at + 1].startswith("-"):
        return None, at + 1
    return argv[at + 1], at + 2


def _complete(words: tuple[str, ...], values: dict) -> bool:
    """What argparse requires beyond the positionals."""
    if words == ("log", "add"):
        return "start" in values and (values["end"] is None) != (values["duration"] is None)
    if words == ("report",):
        from internapp.cli.time import REPORT_BY

        return values["by"] in REPORT_BY
    return True


def _handler(name: str):
    from internapp.cli import time

    return getattr(time, name)
