"""The translations shipped in resources/translations are complete and match the code: every
tr() string is in the .ts files, every German message is translated (plurals included) with its
{placeholders} and %n kept, and the .qm files the app loads are built from the .ts as they are."""

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FOLDER = REPO / "resources" / "translations"


def _script():
    spec = importlib.util.spec_from_file_location("translations", REPO / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(language: str):
    tree = ET.parse(FOLDER / f"internapp_{language}.ts")
    for context in tree.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_the_ts_and_qm_files_are_up_to_date_with_the_code():
    assert _script().behind() == []


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_message_is_translated(language):
    unfinished = [f"{context}: {m.findtext('source')!r}" for context, m in _messages(language)
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_german_keeps_every_placeholder_and_count():
    wrong = []
    for context, message in _messages("de"):
        source = message.findtext("source")
        translation = message.find("translation")
        texts = ([f.text or "" for f in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        wanted = set(re.findall(r"\{\w+\}", source))
        for text in texts:
            if set(re.findall(r"\{\w+\}", text)) != wanted or not text:
                wrong.append(f"{context}: {source!r} → {text!r}")
            if message.get("numerus") == "yes" and "%" in source and "%" not in text:
                wrong.append(f"{context}: {source!r} → {text!r} lost the count")
    assert wrong == []


def test_english_plurals_read_naturally():
    forms = {m.findtext("source"): [f.text for f in m.find("translation").findall("numerusform")]
             for _, m in _messages("en") if m.get("numerus") == "yes"}
    assert forms["%Ln applications"] == ["%Ln application", "%Ln applications"]
    assert forms["%Ln entries"] == ["%Ln entry", "%Ln entries"]
    assert forms["things to act on"] == ["thing to act on", "things to act on"]


@pytest.mark.parametrize(("source", "one"), [
    ("%Ln applications", "%Ln application"),
    ("You reach {reached} of its %Ln target levels.", "You reach {reached} of its %Ln target level."),
    ("%Ln are already in your contacts", "%Ln is already in your contacts"),
    ("in %Ln days", "in %Ln day"),
    ("{shown} of %Ln shown", "{shown} of %Ln shown"),
])
def test_the_english_form_for_one(source, one):
    """English plural forms are generated from the source: the noun after the count, even
    before a full stop, and the verb that agrees with it."""
    assert _script().english_singular(source) == one
