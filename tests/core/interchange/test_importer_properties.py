"""Every importer, fed 500 generated files each (fixed seed, derandomized): files shaped like the
real format with every cell, key and line mutated — dates in a dozen shapes, values far too long,
wrong types, stray quotes and brackets, truncated files, other encodings, bytes that are not text.

Properties: the importer returns a report or refuses the whole file with a ValidationError — never
another exception; every rejected row has a reason; and (for one case in eight) a real import
followed by the same import again adds nothing the second time.
"""

import csv
import io
import json
import string
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from internapp.core.interchange import (
    applications_csv,
    applications_json,
    clockify,
    linkedin,
    timewarrior,
    toggl,
    vcard,
    watson,
)
from internapp.core.interchange.report import ImportReport
from internapp.core.services.errors import ValidationError
from internapp.core.store import open_store

CASES = settings(max_examples=500, derandomize=True, database=None, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                        HealthCheck.function_scoped_fixture])
SEED = 20261130

# --- building blocks ---------------------------------------------------------------------------

AWKWARD = ["", " ", "Acme", "Ünïcödé GmbH", "名前", "O'Brien", 'Say "hi"', "a,b;c", "line\nbreak",
           "=SUM(A1)", "+1 555", "-", "@x", "x" * 199, "y" * 200, "z" * 201, "w" * 5001,
           "http://[oops", "https://example.com/job", "linkedin.com/in/ada", "null", "None",
           "\t", "🚀 launch", "\u200b", "Ren\u00e9e", "a@b.c", "not an email@", "0", "-1", "1e400"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DATE_SHAPES = ["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y", "%d %b %Y", "%d-%b-%y",
               "%d %B %Y", "%b %d, %Y", "%Y/%m/%d", "%d-%m-%y", "%Y%m%dT%H%M%SZ", "%d %b %y"]

dates = st.dates(min_value=date(1899, 1, 1), max_value=date(3001, 1, 1))
date_texts = st.one_of(
    st.builds(lambda d, shape: d.strftime(shape), dates, st.sampled_from(DATE_SHAPES)),
    st.sampled_from(["31/02/2024", "9999-12-31", "0000-00-00", "12 Foo 2024", "2024-13-01",
                     "1 Jan", "Mar 2024", "10000000000", "-5"]))
times = st.one_of(st.times().map(lambda t: t.strftime("%H:%M:%S")),
                  st.sampled_from(["25:00", "12:61", "9:5", "12:00 PM", "", "24:00:00"]))
durations = st.one_of(st.integers(-5, 10**7).map(lambda s: f"{s // 3600}:{s % 3600 // 60:02d}"
                                                      f":{s % 60:02d}"),
                      st.sampled_from(["1:30", "90m", "-1:00", "99999999:00", "abc", "0:00:00"]))
words = st.one_of(st.sampled_from(AWKWARD), st.text(max_size=30),
                  st.text(alphabet=string.printable, max_size=300))
cells = st.one_of(words, date_texts, times, durations, st.integers().map(str),
                  st.floats(allow_nan=True).map(str))
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), words),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(words, children,
                                                                       max_size=4),
    max_leaves=12)


@st.composite
def encoded(draw, text_strategy):
    """The text in one of the encodings real files come in — or damaged on the way."""
    text = draw(text_strategy)
    how = draw(st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "latin-1", "utf-16", "cut",
                                "junk"]))
    if how == "cut":
        data = text.encode("utf-8")
        return data[:draw(st.integers(0, max(len(data), 0)))]
    if how == "junk":
        return text.encode("utf-8") + draw(st.binary(min_size=1, max_size=40))
    return text.encode(how, errors="replace")


@st.composite
def csv_text(draw, columns: list[str]):
    header = draw(st.permutations(columns))
    header = header[:draw(st.integers(max(1, len(header) - 2), len(header)))]
    header += draw(st.lists(words, max_size=2))
    rows = draw(st.lists(st.lists(cells, min_size=0, max_size=len(header) + 2), max_size=8))
    out = io.StringIO()
    delimiter = draw(st.sampled_from([",", ",", ";", "\t"]))
    writer = csv.writer(out, delimiter=delimiter,
                        lineterminator=draw(st.sampled_from(["\r\n", "\n"])))
    preamble = draw(st.lists(words, max_size=2))
    for line in preamble:
        out.write(line + "\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


# --- the harness -------------------------------------------------------------------------------


class Harness:
    """One store for all of a test's examples (they accumulate, as real imports do)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.store = open_store(folder / "internapp.sqlite3", backups_dir=folder / "backups")
        self.n = 0

    def check(self, runner, data: bytes, suffix: str, commit: bool) -> None:
        self.n += 1
        path = self.folder / f"input-{self.n}{suffix}"
        path.write_bytes(data)
        try:
            report = runner(self.store, path, True)
        except ValidationError as error:  # the whole file refused, saying why
            refusal = error
        else:
            refusal = None
        if refusal is not None:
            assert refusal.field and refusal.reason
            return
        self._valid(report)
        if not commit:
            return
        first = runner(self.store, path, False)
        self._valid(first)
        again = runner(self.store, path, False)  # the same file again adds nothing
        assert sum(again.created.values()) == 0, (again.to_dict(), first.to_dict())

    @staticmethod
    def _valid(report: ImportReport) -> None:
        assert isinstance(report, ImportReport)
        json.dumps(report.to_dict())
        assert isinstance(report.summary(), str)
        assert all(row.reason for row in report.rejected)


@pytest.fixture(scope="module")
def harness():
    with tempfile.TemporaryDirectory() as folder:
        made = Harness(Path(folder))
        yield made
        made.store.close()


commits = st.integers(0, 7).map(lambda n: n == 0)

# --- one property per importer -----------------------------------------------------------------

TOGGL_COLUMNS = ["User", "Email", "Client", "Project", "Task", "Description", "Billable",
                 "Start date", "Start time", "End date", "End time", "Duration", "Tags"]
CLOCKIFY_COLUMNS = ["Project", "Client", "Description", "Task", "User", "Email", "Tags",
                    "Billable", "Start Date", "Start Time", "End Date", "End Time",
                    "Duration (h)", "Duration (decimal)"]
LINKEDIN_COLUMNS = list(linkedin.HEADER)
APPLICATION_COLUMNS = [title for title, _ in applications_csv.EXPORT_COLUMNS] + ["Company",
                                                                                "Status"]


@seed(SEED)
@CASES
@given(data=encoded(csv_text(TOGGL_COLUMNS)), commit=commits)
def test_toggl(harness, data, commit):
    harness.check(toggl.run, data, ".csv", commit)


@seed(SEED)
@CASES
@given(data=encoded(csv_text(CLOCKIFY_COLUMNS)), commit=commits)
def test_clockify(harness, data, commit):
    harness.check(clockify.run, data, ".csv", commit)


@seed(SEED)
@CASES
@given(data=encoded(csv_text(LINKEDIN_COLUMNS)), commit=commits)
def test_linkedin(harness, data, commit):
    harness.check(linkedin.run_import, data, ".csv", commit)


@seed(SEED)
@CASES
@given(data=encoded(csv_text(APPLICATION_COLUMNS)), commit=commits)
def test_applications_csv(harness, data, commit):
    harness.check(applications_csv.import_file, data, ".csv", commit)


unix = st.one_of(st.integers(-10**12, 10**12), st.floats(), st.sampled_from([1.7e9, 1.7e9 + 3600]),
                 json_values)
frames = st.lists(st.one_of(
    st.tuples(unix, unix, words, words, st.lists(words, max_size=3), unix).map(list),
    st.builds(lambda s, d, p, i, t: [s, s + d, p, i, t, s],
              st.integers(1_600_000_000, 1_800_000_000), st.integers(-100, 90_000), words,
              st.text(string.hexdigits, min_size=1, max_size=8), st.lists(words, max_size=3)),
    json_values), max_size=8)


@seed(SEED)
@CASES
@given(data=encoded(frames.map(json.dumps)), commit=commits)
def test_watson(harness, data, commit):
    harness.check(watson.run, data, ".json", commit)


stamps = st.one_of(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2999, 1, 1))
                   .map(lambda d: d.strftime("%Y%m%dT%H%M%SZ")), date_texts, json_values)
intervals = st.lists(st.one_of(
    st.fixed_dictionaries({"start": stamps}, optional={
        "id": st.integers(), "end": st.one_of(stamps, st.none()),
        "tags": st.one_of(st.lists(words, max_size=4), json_values),
        "annotation": st.one_of(words, json_values)}),
    st.builds(lambda start, minutes, tags: {
        "start": start.strftime("%Y%m%dT%H%M%SZ"),
        "end": (start + timedelta(minutes=minutes)).strftime("%Y%m%dT%H%M%SZ"), "tags": tags},
        st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
        st.integers(1, 2000), st.lists(words, max_size=3)),
    json_values), max_size=8)


@seed(SEED)
@CASES
@given(data=encoded(intervals.map(json.dumps)), commit=commits)
def test_timewarrior(harness, data, commit):
    harness.check(timewarrior.run, data, ".json", commit)


application = st.fixed_dictionaries({}, optional={
    key: st.one_of(words, date_texts, json_values) for key in
    ["organization", "role", "stage", "source", "url", "location", "remote", "applied_on",
     "deadline", "follow_up_on", "pay", "tags", "notes", "close_reason", "history"]})
stage = st.fixed_dictionaries({"name": words}, optional={
    "position": json_values, "closed": json_values, "role": words})
documents = st.one_of(
    st.fixed_dictionaries({"format": st.sampled_from([applications_json.MARKER, "other"]),
                           "version": st.one_of(st.just(1), json_values),
                           "stages": st.one_of(st.lists(stage, max_size=3), json_values),
                           "applications": st.one_of(st.lists(application, max_size=5),
                                                     json_values)}),
    st.lists(application, max_size=5), json_values)


@seed(SEED)
@CASES
@given(data=encoded(documents.map(json.dumps)), commit=commits)
def test_applications_json(harness, data, commit):
    harness.check(applications_json.import_file, data, ".json", commit)


PROPERTIES = ["FN", "N", "NICKNAME", "EMAIL", "EMAIL;TYPE=work", "TEL", "ORG", "TITLE", "NOTE",
              "CATEGORIES", "URL", "BDAY", "UID", "ADR", "PHOTO;ENCODING=b;TYPE=JPEG",
              "PHOTO;VALUE=uri", "X-SOCIALPROFILE;TYPE=linkedin", "X-INTERNAPP-HOW-MET",
              "X-INTERNAPP-KEEP-IN-TOUCH", "X-INTERNAPP-CONNECTED-ON", "NOTE;ENCODING=QUOTED-"
              "PRINTABLE", "item1.EMAIL", "REV", "KIND", "X-Junk", ""]
card_line = st.builds(lambda p, v: f"{p}:{v}", st.sampled_from(PROPERTIES),
                      st.one_of(words, date_texts, st.text(max_size=60)))
card = st.builds(lambda version, lines, end: "\r\n".join(
    ["BEGIN:VCARD", f"VERSION:{version}", *lines] + (["END:VCARD"] if end else [])),
    st.sampled_from(["2.1", "3.0", "4.0", "9"]), st.lists(card_line, max_size=10),
    st.integers(0, 9).map(lambda n: n != 0))
cards = st.lists(card, max_size=5).map(lambda c: "\r\n".join(c) + "\r\n")


@seed(SEED)
@CASES
@given(data=encoded(cards), commit=commits)
def test_vcard(harness, data, commit):
    harness.check(vcard.run_import, data, ".vcf", commit)
