import csv
from datetime import UTC, date, datetime

import pytest

from internapp.core.interchange import applications_csv
from internapp.core.interchange.applications_plan import apply
from internapp.core.services import applications, organizations, stages
from internapp.core.services.errors import ValidationError


def _write(tmp_path, text, name="in.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _snapshot(store):
    rows = applications.list_rows(store)
    histories = applications.histories(store)
    return sorted(
        (r.organization, r.role, r.stage, r.source, r.url, r.applied_on, r.deadline, r.pay,
         tuple(r.tags), tuple((h.stage, h.at, h.note) for h in histories[r.id]))
        for r in rows)


def test_header_aliases_and_other_trackers_stage_names(store, tmp_path):
    path = _write(tmp_path, (
        "Company,Job Title,Status,Date Applied,Salary,Platform,Link,Location,Tags,Notes,Extra\n"
        "Acme,Data intern,Wishlist,,$20/h,Upwork,acme.org/j/1,Remote,\"data, sql\",hi,x\n"
        "Beta,Writer,Interview,2026-03-01,,LinkedIn,,Berlin,,,\n"
        "Gamma,Analyst,No Response,Mar 3 2026,,,,,,,\n"))
    plan = applications_csv.preview_file(store, path)
    assert plan.report.rejected == []
    assert plan.report.created["applications"] == 3
    assert "column 'Extra' is not imported" in plan.report.notes
    assert applications.list_rows(store) == []  # a preview writes nothing
    apply(store, plan)
    rows = {r.organization: r for r in applications.list_rows(store)}
    assert (rows["Acme"].stage, rows["Acme"].pay, rows["Acme"].tags, rows["Acme"].url) == (
        "Saved", "$20/h", ["data", "sql"], "https://acme.org/j/1")
    assert (rows["Beta"].stage, rows["Beta"].applied_on) == ("Interviewing", date(2026, 3, 1))
    assert (rows["Gamma"].stage, rows["Gamma"].applied_on) == ("Ghosted", date(2026, 3, 3))


@pytest.mark.parametrize("header", [
    "Employer,Position,Stage,Applied Date,Pay,Source,URL",
    "Organization,Role,Stage,Applied,Pay,Source,URL",
    "organisation;title;status;applied on;compensation;platform;link",
])
def test_other_alias_spellings_and_semicolons(store, tmp_path, header):
    separator = ";" if ";" in header else ","
    row = separator.join(["Acme", "Intern", "Applied", "2026-03-01", "$1", "X", "a.org/1"])
    path = _write(tmp_path, f"{header}\n{row}\n")
    report = applications_csv.import_file(store, path, dry_run=False)
    assert report.created["applications"] == 1, report.summary()
    [r] = applications.list_rows(store)
    assert (r.organization, r.role, r.stage, r.applied_on, r.source, r.url) == (
        "Acme", "Intern", "Applied", date(2026, 3, 1), "X", "https://a.org/1")


def test_rejected_rows_are_reported_and_the_rest_previewed(store, tmp_path):
    applications.create(store, organization="Acme", role="Intern", url="https://a.org/1")
    path = _write(tmp_path, (
        "Organization,Role,Stage,Applied,URL,Deadline\n"
        "Acme,Intern,Applied,,a.org/1,\n"          # 2: already in the store
        ",Writer,Applied,,,\n"                      # 3: no organization
        "Beta,,Applied,,,\n"                        # 4: no role
        "Beta,Writer,Dreaming,,,\n"                 # 5: unknown stage
        "Beta,Analyst,Applied,03/04/2026,,\n"       # 6: ambiguous date: left out
        "Beta,Designer,Applied,,,someday\n"         # 7: deadline not a date: left out
        "Beta,Editor,Applied,,not a url,\n"         # 8: bad URL: left out
        "Beta,Writer,Applied,2026-03-02,,\n"        # 9: fine
        "beta,writer,Applied,,,\n"))                # 10: repeats row 9
    report = applications_csv.import_file(store, path, dry_run=True)
    assert [(r.row, r.field) for r in report.rejected] == [
        (3, "organization"), (4, "role"), (5, "stage"), (10, "role")]
    assert "row 9" in report.rejected[-1].reason
    # an application is never lost over an optional field: imported without it, reported
    assert [(r.row, r.field) for r in report.left_out] == [
        (6, "applied_on"), (7, "deadline"), (8, "url")]
    assert "could be day/month or month/day" in report.left_out[0].reason
    assert (report.duplicates, report.created["applications"]) == (1, 4)
    assert len(applications.list_rows(store)) == 1  # the dry run wrote nothing
    report = applications_csv.import_file(store, path, dry_run=False)
    assert len(applications.list_rows(store)) == 5


def test_all_or_nothing_when_the_store_changed_after_the_preview(store, tmp_path):
    path = _write(tmp_path, "Company,Role\nAcme,Intern\nBeta,Writer\n")
    plan = applications_csv.preview_file(store, path)
    applications.create(store, organization="Beta", role="Writer")  # added meanwhile
    with pytest.raises(ValidationError, match="added meanwhile"):
        apply(store, plan)
    assert [r.organization for r in applications.list_rows(store)] == ["Beta"]
    assert [o.name for o in organizations.list_all(store)] == ["Beta"]


@pytest.mark.parametrize(("text", "reason"), [
    ("", "header row"),
    ("Title,Stage\nIntern,Applied\n", "no column for organization"),
    ("Company,Stage\nAcme,Applied\n", "no column for role"),
])
def test_files_that_cannot_be_imported(store, tmp_path, text, reason):
    with pytest.raises(ValidationError, match=reason):
        applications_csv.import_file(store, _write(tmp_path, text), dry_run=False)


def test_windows_1252_file(store, tmp_path):
    path = _write(tmp_path, "Company,Role\nCafé Nómada,Barista analytics\n", encoding="cp1252")
    report = applications_csv.import_file(store, path, dry_run=False)
    assert "Windows-1252" in report.notes[0]
    assert applications.list_rows(store)[0].organization == "Café Nómada"


def test_round_trip_into_an_empty_store_keeps_applications_stages_and_history(
        demo_store, tmp_path, paths):
    from internapp.core.store import open_store

    applications.move(demo_store, applications.list_rows(demo_store)[0].id, "Withdrawn",
                      reason="=HYPERLINK(\"http://evil\")")
    exported = tmp_path / "apps.csv"
    count = applications_csv.export_file(demo_store, exported)
    assert count == 14
    other = open_store(tmp_path / "other" / "s.sqlite3", backups_dir=tmp_path / "b")
    try:
        report = applications_csv.import_file(other, exported, dry_run=False)
        assert report.rejected == [] and report.created["applications"] == 14
        assert _snapshot(other) == _snapshot(demo_store)
        again = applications_csv.import_file(other, exported, dry_run=False)
        assert (again.duplicates, again.created["applications"]) == (14, 0)
    finally:
        other.close()


def test_export_is_rfc4180_and_spreadsheet_safe(store, tmp_path):
    app = applications.create(store, organization="=cmd|' /C calc'!A0", role="+Intern",
                              notes="line one\nline \"two\", with comma", tags="@risky, -minus",
                              source="@SUM(1)", location="=1+2")
    applications.move(store, app.id, "Rejected", reason="-1+1",
                      at=datetime(2030, 1, 1, tzinfo=UTC))
    path = tmp_path / "out.csv"
    applications_csv.export_file(store, path)
    raw = path.read_bytes()
    assert raw.count(b"\r\n") >= 2  # CRLF record ends
    with path.open(newline="", encoding="utf-8") as stream:
        header, row = list(csv.reader(stream))
    cells = dict(zip(header, row, strict=True))
    assert cells["Organization"] == "'=cmd|' /C calc'!A0"
    assert cells["Role"] == "'+Intern"
    assert cells["Tags"] == "'@risky, -minus"
    assert (cells["Source"], cells["Location"]) == ("'@SUM(1)", "'=1+2")
    assert cells["Close reason"] == "'-1+1"
    assert cells["Notes"] == "line one\nline \"two\", with comma"
    for value in row:
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))
    # and it reads back as it was
    other = tmp_path / "o"
    from internapp.core.store import open_store

    target = open_store(other / "s.sqlite3", backups_dir=other / "b")
    try:
        applications_csv.import_file(target, path, dry_run=False)
        [r] = applications.list_rows(target)
        assert (r.organization, r.role, r.tags) == ("=cmd|' /C calc'!A0", "+Intern",
                                                    ["@risky", "-minus"])
        assert applications.get(target, r.id).close_reason == "-1+1"
    finally:
        target.close()


def test_stage_names_of_a_renamed_builtin_stage_still_import(store, tmp_path):
    saved = next(s for s in stages.list_stages(store) if s.role == "saved")
    stages.rename(store, saved.id, "Ideas")
    applications_csv.import_file(store, _write(tmp_path, "Company,Role,Stage\nA,B,Saved\n"),
                                 dry_run=False)
    assert applications.list_rows(store)[0].stage == "Ideas"
