"""The HTML portfolio: a page and its folder (radar SVG, evidence copied), self-contained."""

import re
from html.parser import HTMLParser
from urllib.parse import unquote

import pytest

from internapp.core.interchange import portfolio_html
from internapp.core.services import documents, outcomes, portfolio
from internapp.core.store.errors import DiskFullError


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.links += [value for name, value in attrs if name in ("href", "src")]


def test_a_page_and_its_folder_that_open_offline(career_store, tmp_path):
    store, ids = career_store
    source = tmp_path / "Final report.pdf"
    source.write_bytes(b"%PDF-1.4 the report")
    document = documents.attach(store, source, engagement_id=ids["Survey dashboard"])
    outcomes.add_deliverable(store, ids["Survey dashboard"], document_id=document.id)
    out = tmp_path / "out"
    out.mkdir()
    page = portfolio_html.export(portfolio.build(store, target="Data analyst"), out / "me.html")
    html = page.read_text("utf-8")
    parser = _Links()
    parser.feed(html)
    local = [link for link in parser.links if not re.match(r"(https?|mailto):", link)]
    assert sorted(local) == ["me_files/evidence/01-Final%20report.pdf", "me_files/radar.svg"]
    for link in local:  # every local link resolves inside the export
        assert (out / unquote(link)).is_file()
    assert (out / "me_files/evidence/01-Final report.pdf").read_bytes() == b"%PDF-1.4 the report"
    remote = [link for link in parser.links if link.startswith("http")]
    assert all(link.startswith(("https://example.org", "https://www.linkedin.com",
                                "https://github.com")) for link in remote)  # only the data's own
    assert "<script" not in html and "@import" not in html
    svg = (out / "me_files/radar.svg").read_text("utf-8")
    assert svg.startswith("<svg") and "Mathematics" in svg
    assert '<h1 dir="auto">Portfolio — Chloé Haddad (كلوي حداد)</h1>' in html
    assert "Survey dashboard — Acme Analytics" in html and "10 h logged" in html


def test_re_exporting_replaces_the_folder_whole(career_store, tmp_path):
    store, _ids = career_store
    out = tmp_path / "out"
    out.mkdir()
    portfolio_html.export(portfolio.build(store, target="Data analyst"), out / "me.html")
    (out / "me_files" / "stale.txt").write_text("from before")
    portfolio_html.export(portfolio.build(store), out / "me.html")  # no target: no radar
    assert sorted(p.name for p in out.iterdir()) == ["me.html", "me_files"]
    assert list((out / "me_files").iterdir()) == []


def test_a_failure_leaves_the_earlier_export_and_no_temporary(career_store, tmp_path,
                                                                monkeypatch):
    store, _ids = career_store
    out = tmp_path / "out"
    out.mkdir()
    portfolio_html.export(portfolio.build(store, target="Data analyst"), out / "me.html")
    before = (out / "me.html").read_bytes()

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("internapp.core.safe_files.os.replace", broken)
    with pytest.raises(DiskFullError, match="is full"):
        portfolio_html.export(portfolio.build(store), out / "me.html")
    assert sorted(p.name for p in out.iterdir()) == ["me.html", "me_files"]
    assert (out / "me.html").read_bytes() == before
    assert (out / "me_files" / "radar.svg").is_file()
