"""``internapp pay``, ``income``, ``money`` and the invoice and income exports, through the real
entry point on a real store; amounts in JSON are decimal strings; bad input named, nothing
written.

The exports that print PDFs take the ``qapp`` fixture: in one pytest process the CLI then reuses
pytest-qt's QApplication instead of making its own QGuiApplication (a real run makes its own)."""

import csv
import io
import json
import re
from decimal import Decimal

import pytest

from internapp.cli import run


@pytest.fixture
def cli(tmp_path, capsys):
    data = str(tmp_path / "data")

    def call(*argv):
        code = run([*argv, "--data-dir", data])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def _engagement(cli, title, *options):
    code, out, err = cli("apps", "add", "--org", "Acme", "--role", title)
    assert code == 0, err
    code, out, err = cli("apps", "accept", out.strip())
    assert code == 0, err
    return out.strip()


def _set(tmp_path, title, **values):
    from internapp.core.services import engagements
    from internapp.core.store import open_store

    data = tmp_path / "data"
    store = open_store(data / "internapp.sqlite3", backups_dir=data / "backups",
                       documents_dir=data / "documents")
    try:
        found = engagements.resolve(store, title)
        engagements.update(store, found.id, **values)
    finally:
        store.close()


def test_pay_add_list_and_owed(cli, tmp_path):
    _engagement(cli, "Dashboard")
    _set(tmp_path, "Dashboard", fee="600", start_on="2026-09-01")
    code, out, err = cli("pay", "add", "Dashboard", "--amount", "250", "--received",
                         "2026-10-01", "--method", "Wise", "--reference", "TX-1")
    assert code == 0 and err == "" and re.fullmatch(r"[0-9a-f-]{36}\n", out)
    cli("pay", "add", "dashboard", "--amount", "350.00", "--expected", "2026-01-15")
    code, out, _ = cli("pay", "list", "--json")
    listed = json.loads(out)
    assert [(p["amount"], p["currency"], p["received_on"], p["expected_on"]) for p in listed] == [
        ("350.00", "USD", None, "2026-01-15"), ("250.00", "USD", "2026-10-01", None)]
    assert listed[0]["overdue_days"] > 0
    owed = json.loads(cli("pay", "list", "--owed", "--json")[1])
    assert [p["amount"] for p in owed] == ["350.00"]


@pytest.mark.parametrize(("argv", "message"), [
    (["--amount", "-5"], "amount: must not be negative (got -5)"),
    (["--amount", "lots"], "amount: 'lots' is not an amount (e.g. 600 or 1,250.50)"),
    (["--amount", "5", "--currency", "QQQ"], "currency: QQQ is not an ISO 4217 currency code"),
    (["--amount", "5", "--received", "2026-08-01"],
     "received_on: 2026-08-01 is before the engagement started (2026-09-01)"),
])
def test_bad_payments_are_named_and_nothing_written(cli, tmp_path, argv, message):
    _engagement(cli, "Dashboard")
    _set(tmp_path, "Dashboard", fee="600", start_on="2026-09-01")
    code, _out, err = cli("pay", "add", "Dashboard", *argv)
    assert code == 1 and err.strip() == f"internapp: error: {message}"
    assert json.loads(cli("pay", "list", "--json")[1]) == []


def test_more_than_owed_is_a_warning_not_an_error(cli, tmp_path):
    _engagement(cli, "Dashboard")
    _set(tmp_path, "Dashboard", fee="100", start_on="2026-09-01")
    code, _out, err = cli("pay", "add", "Dashboard", "--amount", "120", "--received", "2026-10-01")
    assert code == 0
    assert err.startswith("internapp: warning: amount: 120.00 USD is more than the 100.00 USD")


def test_income_json_has_decimal_strings_per_currency(cli, tmp_path):
    _engagement(cli, "Dashboard")
    _set(tmp_path, "Dashboard", fee="600", start_on="2026-09-01", ended_on="2026-10-10")
    _engagement(cli, "Survey")
    _set(tmp_path, "Survey", fee="450", currency="EUR", start_on="2026-09-01")
    cli("pay", "add", "Dashboard", "--amount", "600", "--received", "2026-10-20")
    cli("pay", "add", "Survey", "--amount", "200", "--received", "2026-10-05")
    cli("money", "set", "--set-aside", "25")
    rows = json.loads(cli("income", "--by", "month", "--year", "2026", "--json")[1])
    assert [(r["period"], r["currency"], r["earned"], r["received"], r["set_aside"])
            for r in rows] == [("2026-10", "EUR", "0.00", "200.00", "50.00"),
                               ("2026-10", "USD", "600.00", "600.00", "150.00")]
    by_org = json.loads(cli("income", "--by", "organization", "--json")[1])
    assert {(r["organization"], r["currency"]) for r in by_org} == {("Acme", "EUR"),
                                                                    ("Acme", "USD")}
    _code, out, _ = cli("income")
    assert "200.00 EUR + 600.00 USD" in out  # two currencies, never one sum


def test_export_invoice_then_the_kept_copy_then_a_correction(qapp, cli, tmp_path, pdf_text):
    cli("profile", "set", "--name", "Zoë Núñez", "--tax-id", "PT123")
    _engagement(cli, "Dashboard")
    _set(tmp_path, "Dashboard", fee="600", start_on="2026-09-01")
    cli("money", "set", "--invoice-prefix", "INV-{year}-", "--invoice-next", "5")
    first = tmp_path / "first.pdf"
    code, out, err = cli("export", "invoice", "Dashboard", str(first))
    assert code == 0, err
    number = re.search(r"invoice (INV-\d{4}-005) \(issued\)", out)[1]
    text = re.sub(r"\s+", " ", pdf_text(first))
    assert f"Invoice {number}" in text and "Zoë Núñez" in text and "600.00 USD" in text
    again = tmp_path / "again.pdf"
    code, out, _ = cli("export", "invoice", "Dashboard", str(again))
    assert "the copy kept then" in out and again.read_bytes() == first.read_bytes()
    _set(tmp_path, "Dashboard", fee="650")
    code, out, _ = cli("export", "invoice", "Dashboard", str(tmp_path / "fixed.pdf"), "--correct")
    assert code == 0 and f"corrects {number}" in out
    assert "650.00 USD" in re.sub(r"\s+", " ", pdf_text(tmp_path / "fixed.pdf"))
    assert "Corrected invoice" in pdf_text(tmp_path / "fixed.pdf")


def test_export_invoice_refuses_a_duplicate_number_and_writes_nothing(qapp, cli, tmp_path):
    cli("profile", "set", "--name", "Zoë")
    for title in ("Dashboard", "Survey"):
        _engagement(cli, title)
        _set(tmp_path, title, fee="100", start_on="2026-09-01")
    assert cli("export", "invoice", "Dashboard", str(tmp_path / "a.pdf"), "--number", "A-1")[0] == 0
    code, _, err = cli("export", "invoice", "Survey", str(tmp_path / "b.pdf"), "--number", "a-1")
    assert code == 1 and "number: A-1 is already used by the invoice issued on" in err
    assert not (tmp_path / "b.pdf").exists()


def test_export_income_csv_is_spreadsheet_safe_and_adds_up(qapp, cli, tmp_path):
    _engagement(cli, "=HYPERLINK(\"x\")")
    _set(tmp_path, "HYPERLINK", fee="600", start_on="2026-09-01")
    cli("pay", "add", "HYPERLINK", "--amount", "100.10", "--received", "2026-10-01")
    cli("pay", "add", "HYPERLINK", "--amount", "200.20", "--received", "2026-11-01")
    out = tmp_path / "income.csv"
    code, _printed, err = cli("export", "income", str(out), "--year", "2026")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    payments = [r for r in rows if r["Row"] == "payment"]
    assert all(r["Engagement"].startswith("'=") for r in payments)
    total = next(r for r in rows if r["Row"] == "currency total")
    assert total["Gross"] == "300.30" == str(sum(Decimal(p["Gross"]) for p in payments))
    pdf = tmp_path / "income.pdf"
    assert cli("export", "income", str(pdf), "--year", "2026")[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    code, _, err = cli("export", "income", str(tmp_path / "x.txt"), "--year", "2026")
    assert code == 1 and "must end in .csv or .pdf" in err
