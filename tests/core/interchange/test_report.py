from internapp.core.interchange.report import ImportReport
from internapp.core.interchange.spreadsheet_safe import neutralise


def test_report_counts_and_serialises():
    report = ImportReport(format="toggl", source="t.csv", dry_run=True)
    report.count("time entries", 3)
    report.reject(7, "end is before start", "End time")
    assert report.to_dict()["created"] == {"time entries": 3}
    assert report.to_dict()["rejected"] == [{"row": 7, "field": "End time",
                                             "reason": "end is before start"}]
    assert "would create 3 time entries" in report.summary()
    assert "row 7: End time: end is before start" in report.summary()


def test_formula_cells_are_neutralised():
    for cell in ["=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"]:
        assert neutralise(cell) == "'" + cell
    assert neutralise("Acme") == "Acme"
    assert neutralise(-5) == -5
