"""The credit report PDF: the weeks, the notes, the supervisor, signature lines, and 120+ hours
across pages with the header repeated."""

import subprocess
from datetime import date

from internapp.core.clock import local_zone
from internapp.core.services import credit_report, engagements, profile, time_entries
from internapp.ui.printing import credit_report_pdf


def test_one_engagement_with_weeks_notes_supervisor_and_signatures(qapp, career_store, tmp_path,
                                                                    pdf_text, squashed):
    store, ids = career_store
    report = credit_report.for_engagement(store, ids["Survey dashboard"], local_zone())
    path = credit_report_pdf.export(report, profile.get(store), tmp_path / "credit.pdf",
                                    today=date(2026, 5, 1))
    text = squashed(pdf_text(path))
    for phrase in ("2026-W10", "2026-W11", "2026-W12", "2026-W13", "Session 0; Session 1; Session 2",
                   "Zoë Ångström, Analytics lead", "10 h (10.00 h)", "Signature", "Date",
                   "1 May 2026", "Chloé Haddad"):  # no leading zero
        assert squashed(phrase) in text, phrase
    rows = pdf_text(path, layout=True).splitlines()
    assert next(r for r in rows if r.strip().startswith("Total")).split() == [
        "Total", "10.00", "20", "10", "h"]
    assert next(r for r in rows if "2026-W10" in r).split()[:6] == [
        "2026-W10", "2", "Mar–8", "Mar", "2.50", "5"]


def test_more_than_120_hours_split_across_pages_with_the_header_repeated(qapp, store, tmp_path,
                                                                          pdf_text, squashed):
    long = engagements.create(store, title="Semester placement", organization="City Library",
                              start_on="2026-01-05").id
    day = date(2026, 1, 5)
    for n in range(130):  # two hours a weekday for 26 weeks
        when = date.fromordinal(day.toordinal() + n + 2 * (n // 5))
        time_entries.add(store, long, start=f"{when.isoformat()}T09:00", duration="1h",
                         note=f"Catalogued shelf {n}")
        time_entries.add(store, long, start=f"{when.isoformat()}T11:00", duration="1h",
                         note="Helped at the front desk")
    report = credit_report.for_engagement(store, long, local_zone())
    assert report.seconds == 260 * 3600
    path = credit_report_pdf.export(report, profile.get(store), tmp_path / "long.pdf",
                                    today=date(2026, 5, 1))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout
    pages = int(info.split("Pages:")[1].split()[0])
    assert pages >= 2
    weeks_seen = 0
    for page in range(1, pages + 1):
        text = pdf_text(path, page, layout=True)
        assert f"Page {page} of {pages}" in text
        weeks_seen += squashed(text).count("2026-W")
        if "2026-W" in squashed(text):
            header = next(line for line in text.splitlines() if "Notes logged" in line)
            assert header.split()[:4] == ["Week", "Days", "Hours", "Entries"]
    assert weeks_seen >= 26
    total = next(r for r in pdf_text(path, pages, layout=True).splitlines()
                 if r.strip().startswith("Total"))
    assert total.split() == ["Total", "260.00", "260", "260", "h"]
