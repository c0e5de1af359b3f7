"""Keeps internapp's translations in step with the code (run by scripts/update_translations).

    python scripts/translations.py update  # lupdate → .ts (translations kept), English plurals, .qm
    python scripts/translations.py check     # exit 1 if the .ts or .qm files are behind the code

Every user-visible string of src/internapp/ui goes through tr()/translate() (docs/DEVELOPING.md);
pyside6-lupdate collects them into resources/translations/internapp_LANG.ts. The English file holds
only plural forms ("%n applications" → "%n application" for one), filled here from the English
source; every other language is translated by hand in its .ts (Qt Linguist or a text editor).
pyside6-lrelease builds the .qm files the app loads. Both tools ship with PySide6-Essentials.
"""

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "internapp" / "ui"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en", "de")  # en: plural forms only


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the project's virtualenv)."""
    found = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(found) if found.exists() else f"pyside6-{name}"


def source_files() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def lupdate(ts: Path, language: str) -> None:
    command = [tool("lupdate"), *source_files(), "-no-obsolete", "-locations", "none",
               "-target-language", language, "-ts", str(ts)]
    if language == "en":
        command.insert(-2, "-pluralonly")
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-nounfinished", str(ts),
                    "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True)


# --- English plural forms -------------------------------------------------------------------------

IRREGULAR = {"entries": "entry", "these": "this", "were": "was", "ask": "asks", "are": "is",
             "have": "has", "match": "matches", "people": "person", "weeks": "week",
             "days": "day", "boxes": "box", "matches": "match"}


def singular_word(word: str) -> str:
    lower = word.lower()
    if lower in IRREGULAR:
        return IRREGULAR[lower]
    if lower.endswith("ies"):
        return word[:-3] + "y"
    if lower.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return word[:-1]
    return word


def english_singular(source: str) -> str:
    """The form for one: the first plural noun after the count (or the first word) singular,
    and a verb like "ask" that agrees with it."""
    words = re.split(r"(\s+)", source)
    start = next((i for i, w in enumerate(words) if "%n" in w or "%Ln" in w), -1)
    for index in range(start + 1, len(words)):
        word = words[index]
        if not word.strip() or word.startswith(("{", "%")):
            continue
        match = re.fullmatch(r"([A-Za-z]+)([.,;:!?)]*)", word)  # "levels." → "level."
        if match and singular_word(match[1]) != match[1]:  # "open" goes on
            words[index] = singular_word(match[1]) + match[2]
            for later in range(index + 1, len(words)):  # "2 weeks ask" → "1 week asks"
                if words[later] in ("ask", "are", "have", "were", "match"):
                    words[later] = IRREGULAR[words[later]]
                    break
            break
    return "".join(words)


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes":
            continue  # every plural is filled again from its source: the English file is generated
        source = message.findtext("source")
        forms = translation.findall("numerusform")
        while len(forms) < 2:
            forms.append(ET.SubElement(translation, "numerusform"))
        forms[0].text, forms[1].text = english_singular(source), source
        translation.attrib.pop("type", None)
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


# --- commands -------------------------------------------------------------------------------------


def update(folder: Path = FOLDER) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = folder / f"internapp_{language}.ts"
        lupdate(ts, language)
        if language == "en":
            fill_english(ts)
        lrelease(ts, folder / f"internapp_{language}.qm")


def messages(ts: Path) -> set[tuple[str, str, str]]:
    """(context, source, comment) of every message in a .ts file."""
    tree = ET.parse(ts)
    return {(context.findtext("name"), message.findtext("source"), message.findtext("comment") or "")
            for context in tree.iter("context") for message in context.iter("message")}


def behind() -> list[str]:
    """What is out of date: the .ts files against the code, the .qm files against the .ts."""
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for language in LANGUAGES:
            shutil.copy2(FOLDER / f"internapp_{language}.ts", copy / f"internapp_{language}.ts")
        update(copy)
        for language in LANGUAGES:
            name = f"internapp_{language}"
            fresh, committed = messages(copy / f"{name}.ts"), messages(FOLDER / f"{name}.ts")
            for context, source, _ in sorted(fresh - committed)[:20]:
                problems.append(f"{name}.ts lacks {context}: {source!r} (run scripts/update_translations)")
            for context, source, _ in sorted(committed - fresh)[:20]:
                problems.append(f"{name}.ts still has {context}: {source!r}, gone from the code")
            if (copy / f"{name}.qm").read_bytes() != (FOLDER / f"{name}.qm").read_bytes():
                problems.append(f"{name}.qm is older than {name}.ts (run scripts/update_translations)")
    return problems


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
        return 0
    found = behind()
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
