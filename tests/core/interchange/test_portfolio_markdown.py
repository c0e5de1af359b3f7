"""The Markdown portfolio: every engagement with its hours and lines, the same bytes again."""

from internapp.core.interchange import portfolio_markdown
from internapp.core.services import portfolio


def test_it_holds_each_engagement_its_hours_and_lines(career_store, tmp_path):
    store, _ids = career_store
    built = portfolio.build(store, target="Data analyst")
    text = portfolio_markdown.export(built, tmp_path / "folio.md").read_text("utf-8")
    assert text.startswith("# Portfolio — Chloé Haddad (كلوي حداد)\n")
    for item in built.engagements:
        assert f"## {portfolio_markdown.escape(item.facts.title)}" in text
        for line in item.lines:
            assert f"- {portfolio_markdown.escape(line.text)}\n" in text
    assert "*Riipen · Mar–Apr 2026 · 10 h logged · Delivered and paid*" in text
    assert "## Skills against Data analyst" in text and "| Mathematics | 1.4 | 4 | 2.6 |" in text
    assert "> “Precise, reliable work.”" in text
    assert "Omar Haddad" not in text and "Do not quote me" not in text  # no reference given
    assert text.index("## Survey dashboard") < text.index("## Interview synthesis")
    # the student's hours of a skill, and those the engagements shown here evidence: Writing was
    # also practised on the unfinished "Ongoing work", which the portfolio leaves out
    skills = text[text.index("## Skills\n"):]  # the last section (the radar table names it too)
    writing = next(row for row in skills.splitlines() if row.startswith("| Writing |"))
    assert writing.endswith("| 6 h | 3 h |")


def test_re_exporting_gives_identical_bytes(career_store, tmp_path):
    store, _ids = career_store
    first = portfolio_markdown.export(portfolio.build(store), tmp_path / "a.md").read_bytes()
    second = portfolio_markdown.export(portfolio.build(store), tmp_path / "b.md").read_bytes()
    assert first == second


def test_markdown_characters_in_text_are_escaped():
    assert portfolio_markdown.escape("C# *and* [links] | pipes <b>") == \
        r"C\# \*and\* \[links\] \| pipes \<b\>"


def test_a_result_a_line_already_states_is_not_listed_again(career_store, tmp_path):
    from internapp.core.services import resume_lines

    store, ids = career_store
    said = "Cut the weekly report from 3 hours to 20 minutes (−89 %)"
    text = portfolio_markdown.export(portfolio.build(store), tmp_path / "a.md").read_text("utf-8")
    assert text.count(said) == 1 and "**Results**" not in text.split("## Survey dashboard")[1]
    # kept lines that leave the result out: the Results list says it
    survey = resume_lines.lines(store, ids["Survey dashboard"])
    other = next(line for line in survey.suggested
                 if line.key and not line.key.startswith("result:") and not line.missing)
    resume_lines.keep(store, ids["Survey dashboard"], other.key)
    text = portfolio_markdown.export(portfolio.build(store), tmp_path / "b.md").read_text("utf-8")
    survey_part = text.split("## Survey dashboard")[1].split("\n## ")[0]
    assert "**Results**" in survey_part and f"- {portfolio_markdown.escape(said)}" in survey_part
