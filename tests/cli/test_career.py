"""``cv lines`` and the career exports on the command line: what they write, and clear messages
with a non-zero exit and no file for bad input."""

import json

import pytest

from internapp.cli import run
from internapp.core.interchange.credit_csv import decimal_hours


@pytest.fixture
def cli(qapp, career_store, capsys):  # qapp: the PDF exports need a QApplication first
    store, ids = career_store
    data = str(store.path.parent)

    def call(*argv):
        code = run([*argv, "--data-dir", data])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return call, ids


def test_cv_lines_lists_finished_engagements_as_json(cli):
    call, _ids = cli
    code, out, _ = call("cv", "lines", "--json")
    assert code == 0
    found = json.loads(out)
    assert [e["engagement"] for e in found] == ["Empty engagement", "Interview synthesis",
                                                "Survey dashboard"]
    survey = found[2]["lines"]
    assert survey[1] == {"text": "Practised Mathematics (10 h) and Programming (6 h)",
                         "kept": False, "suggestion": "skills", "missing": False,
                         "skills": ["Mathematics", "Programming"]}
    code, out, _ = call("cv", "lines", "--engagement", "ongoing work")
    assert code == 0 and out.splitlines()[0] == "Ongoing work — Acme Analytics"
    assert "Worked on a 3-hour project" in out


def test_exports_write_each_format(cli, tmp_path):
    call, _ids = cli
    for name in ("folio.pdf", "folio.html", "folio.md"):
        code, out, err = call("export", "portfolio", str(tmp_path / name), "--target",
                              "Data analyst")
        assert (code, err) == (0, ""), err
        assert out.startswith("wrote a portfolio of 3 engagements to ")
    assert (tmp_path / "folio_files" / "radar.svg").is_file()
    assert (tmp_path / "folio.pdf").read_bytes().startswith(b"%PDF-")
    code, out, _ = call("export", "jsonresume", str(tmp_path / "me.json"), "--engagement",
                        "Survey dashboard")
    assert code == 0 and json.loads((tmp_path / "me.json").read_text())["work"][0][
        "position"] == "Survey dashboard"
    code, out, _ = call("export", "credit-report", str(tmp_path / "credit.csv"), "--from",
                        "2026-03-01", "--to", "2026-05-31")
    assert code == 0 and out.startswith("wrote a credit report of 19 h over 3 engagements")
    code, out, _ = call("export", "credit-report", str(tmp_path / "credit.pdf"), "--engagement",
                        "Survey dashboard", "--page-size", "letter")
    assert code == 0 and (tmp_path / "credit.pdf").read_bytes().startswith(b"%PDF-")


def test_the_credit_total_equals_internapp_report(cli, tmp_path):
    call, _ids = cli
    _code, out, _ = call("report", "--from", "2026-03-10", "--to", "2026-04-20", "--json")
    seconds = sum(row["seconds"] for row in json.loads(out))
    call("export", "credit-report", str(tmp_path / "c.csv"), "--from", "2026-03-10", "--to",
         "2026-04-20")
    total = (tmp_path / "c.csv").read_text("utf-8-sig").splitlines()[-1].split(",")
    assert total[0] == "Total" and total[6] == decimal_hours(seconds) and seconds > 0
    assert total[8] == str(sum(row["entries"] for row in json.loads(out)))


@pytest.mark.parametrize(("argv", "message"), [
    (("export", "portfolio", "{out}/x.pdf", "--target", "Astronaut"),
     "target: no target role is called 'Astronaut'"),
    (("export", "portfolio", "{out}/x.docx"), "file: 'x.docx' must end in .pdf or .html"),
    (("export", "portfolio", "{out}/missing/x.md"), "does not exist"),
    (("export", "jsonresume", "{out}/x.json", "--engagement", "Nope"),
     "engagement: no engagement matches 'Nope'"),
    (("export", "credit-report", "{out}/x.csv", "--from", "2026-03-01"),
     "give --engagement, or both --from and --to"),
    (("export", "credit-report", "{out}/x.pdf", "--from", "2026-05-01", "--to", "2026-03-01"),
     "to: 2026-03-01 is before 2026-05-01"),
    (("export", "credit-report", "{out}/x.csv", "--from", "yesterday", "--to", "2026-03-01"),
     "from: 'yesterday' is not a date"),
])
def test_bad_input_says_why_exits_non_zero_and_writes_nothing(cli, tmp_path, argv, message):
    call, _ids = cli
    out = tmp_path / "out"
    out.mkdir()
    code, _, err = call(*(a.format(out=out) for a in argv))
    assert code == 1 and message in err and err.startswith("internapp: error: ")
    assert list(out.iterdir()) == []


def test_unprintable_characters_are_refused_for_pdf_only(cli, tmp_path):
    call, _ids = cli
    code, _, err = call("profile", "set", "--name", "Nefer 𓀀")
    assert code == 0
    code, _, err = call("export", "portfolio", str(tmp_path / "x.pdf"))
    assert code == 1 and "name: has characters no installed font can print" in err
    assert not (tmp_path / "x.pdf").exists()
    code, _, _ = call("export", "portfolio", str(tmp_path / "x.md"))
    assert code == 0 and "Nefer 𓀀" in (tmp_path / "x.md").read_text("utf-8")
