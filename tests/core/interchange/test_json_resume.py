"""The JSON Resume export against the official schema (draft-04), and its contents."""

import errno
import json
import os
import re
from pathlib import Path

import jsonschema
import pytest

from internapp.core.interchange import json_resume
from internapp.core.services import portfolio
from internapp.core.services.errors import ValidationError
from internapp.core.store.errors import DiskFullError

SCHEMA = Path(__file__).parent / "fixtures" / "json-resume" / "schema.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text("utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert schema["additionalProperties"] is False
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def test_the_export_validates_against_the_official_schema(career_store, validator, tmp_path):
    store, _ids = career_store
    for target in (None, "Data analyst"):
        path = json_resume.export(portfolio.build(store, target=target), tmp_path / "resume.json")
        document = json.loads(path.read_text("utf-8"))
        assert [e.message for e in validator.iter_errors(document)] == []


def test_the_schema_catches_what_it_should(validator):
    """The validator is live: a date in another shape and an unknown top-level key fail."""
    assert list(validator.iter_errors({"work": [{"startDate": "03/02/2026"}]}))
    assert list(validator.iter_errors({"hobbies": []}))
    assert list(validator.iter_errors({"basics": {"email": "not an address"}}))


def test_work_skills_references_and_basics(career_store):
    store, _ids = career_store
    document = json_resume.resume(portfolio.build(store))
    assert document["basics"] == {
        "name": "Chloé Haddad (كلوي حداد)", "email": "chloe@example.org",
        "location": {"city": "Porto", "countryCode": "PT"},
        "profiles": [{"network": "LinkedIn", "url": "https://www.linkedin.com/in/chloe"},
                     {"network": "GitHub", "url": "https://github.com/chloe"}]}
    survey = next(w for w in document["work"] if w["position"] == "Survey dashboard")
    assert survey["name"] == "Acme Analytics"
    assert (survey["startDate"], survey["endDate"]) == ("2026-03-02", "2026-04-10")
    assert survey["summary"] == "Project-based engagement through Riipen: 10 h logged"
    assert "Practised Mathematics (10 h) and Programming (6 h)" in survey["highlights"]
    empty = next(w for w in document["work"] if w["position"] == "Empty engagement")
    assert empty["name"] == "Empty engagement" and "[no hours logged]" in empty["highlights"][0]
    assert document["references"] == [{"name": "Zoë Ångström",
                                       "reference": "Precise, reliable work."}]
    assert document["projects"] == [{
        "name": "Dashboard in Power BI", "description": "Delivered for Survey dashboard",
        "url": "https://example.org/acme/dashboard", "entity": "Acme Analytics",
        "startDate": "2026-03-02", "endDate": "2026-04-10"}]
    assert document["skills"][0]["name"] == "Mathematics"
    assert document["skills"][0]["level"] == "Elementary (1.4 of 5 from 10 h practised)"
    assert "phone" not in document["basics"]


def test_re_exporting_gives_identical_bytes(career_store, tmp_path):
    store, _ids = career_store
    first = json_resume.export(portfolio.build(store), tmp_path / "a.json").read_bytes()
    second = json_resume.export(portfolio.build(store), tmp_path / "b.json").read_bytes()
    assert first == second


def test_bad_paths_leave_nothing_behind(career_store, tmp_path):
    store, _ids = career_store
    built = portfolio.build(store)
    with pytest.raises(ValidationError, match=r"must end in \.json"):
        json_resume.export(built, tmp_path / "resume.txt")
    with pytest.raises(ValidationError, match="does not exist"):
        json_resume.export(built, tmp_path / "missing" / "resume.json")
    out = tmp_path / "out"
    (out / "folder.json").mkdir(parents=True)
    with pytest.raises(ValidationError, match="is a folder"):
        json_resume.export(built, out / "folder.json")
    assert [p.name for p in out.iterdir()] == ["folder.json"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root may write into a read-only folder")
def test_a_read_only_folder_is_refused(career_store, tmp_path):
    store, _ids = career_store
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ValidationError, match="not writable"):
            json_resume.export(portfolio.build(store), locked / "resume.json")
    finally:
        locked.chmod(0o700)
    assert list(locked.iterdir()) == []


def test_a_failed_write_keeps_the_earlier_file_and_leaves_no_temporary(career_store, tmp_path,
                                                                       monkeypatch):
    store, _ids = career_store
    built = portfolio.build(store)
    out = tmp_path / "out"
    out.mkdir()
    path = json_resume.export(built, out / "resume.json")
    before = path.read_bytes()

    def disk_full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("internapp.core.safe_files.os.replace", disk_full)
    with pytest.raises(DiskFullError, match=f"the disk holding {re.escape(str(out))} is full"):
        json_resume.export(built, path)
    assert path.read_bytes() == before
    assert [p.name for p in out.iterdir()] == ["resume.json"]
