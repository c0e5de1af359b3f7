import argparse

from internapp.cli.interchange import EXIT_REJECTED_ROWS, add_import_command
from internapp.core.interchange.report import ImportReport


def _parser(runner):
    parser = argparse.ArgumentParser()
    formats = parser.add_subparsers(dest="format")
    add_import_command(formats, "sample", "a test format", runner)
    return parser


def test_import_command_passes_dry_run_and_reports(tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_text("x\n")
    calls = []

    def runner(store, path, dry_run):
        calls.append((path, dry_run))
        report = ImportReport("sample", str(path), dry_run)
        report.count("things", 2)
        report.reject(3, "bad date", "when")
        return report

    args = _parser(runner).parse_args(["sample", str(source), "--dry-run", "--data-dir",
                                       str(tmp_path / "d")])
    assert args.handler(args) == EXIT_REJECTED_ROWS
    assert calls == [(source, True)]
    out = capsys.readouterr().out
    assert "would create 2 things" in out
    assert "row 3: when: bad date" in out


def test_a_missing_file_is_an_error(tmp_path, capsys):
    args = _parser(lambda *a: None).parse_args(["sample", str(tmp_path / "nope.csv")])
    assert args.handler(args) == 1
    assert "does not exist" in capsys.readouterr().err
