from dataclasses import dataclass
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt

from internapp.ui.models.rows_table_model import Column, RowsTableModel, format_value


@dataclass
class Row:
    name: str
    org: str | None
    when: date | None


COLUMNS = [Column("Name", lambda r: r.name), Column("Org", lambda r: r.org),
           Column("When", lambda r: r.when)]
ROWS = [Row("Zoë", "Beta", date(2026, 3, 1)), Row("adam", None, None),
        Row("Maya", "Acme", date(2026, 1, 5))]


def _names(model):
    return [model.row_at(i).name for i in range(model.rowCount())]


def test_sorts_its_own_list_case_insensitively_with_blanks_last(qtmodeltester):
    model = RowsTableModel(COLUMNS)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert _names(model) == ["adam", "Maya", "Zoë"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert _names(model) == ["Zoë", "Maya", "adam"]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert _names(model) == ["Maya", "Zoë", "adam"]
    model.sort(-1)
    assert _names(model) == ["Zoë", "adam", "Maya"]


def test_filter_matches_every_word_in_any_column():
    model = RowsTableModel(COLUMNS)
    model.set_rows(ROWS)
    model.set_filter("acme 2026-01")  # a date as shown, or as typed in ISO
    assert _names(model) == ["Maya"]
    model.set_filter("5 jan")
    assert _names(model) == ["Maya"]
    model.set_filter("ZOË")
    assert _names(model) == ["Zoë"]
    model.set_filter("")
    assert model.rowCount() == 3
    assert model.total_count() == 3


def test_sort_survives_new_rows_and_filtering():
    model = RowsTableModel(COLUMNS)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_rows(ROWS)
    assert _names(model) == ["Zoë", "Maya", "adam"]
    model.set_filter("a")
    assert _names(model) == ["Zoë", "Maya", "adam"]
    assert model.data(model.index(0, 2)) == "1 Mar 2026"  # the locale's (C in the tests)


def test_extra_search_text_is_searched_but_not_shown():
    from types import SimpleNamespace

    from internapp.ui.models.rows_table_model import Column, RowsTableModel

    rows = [SimpleNamespace(name="Ana", notes="likes dashboards"),
            SimpleNamespace(name="Jonas", notes="")]
    model = RowsTableModel([Column("Name", lambda r: r.name)], search_text=lambda r: r.notes)
    model.set_rows(rows)
    model.set_filter("DASH")
    assert [r.name for r in model.rows()] == ["Ana"]
    assert model.columnCount() == 1


def test_dates_show_as_the_locale_writes_them_and_sort_by_the_date(german):
    model = RowsTableModel(COLUMNS)
    model.set_rows([*ROWS, Row("Ina", "Gamma", date(2025, 12, 31))])
    model.sort(2, Qt.SortOrder.AscendingOrder)
    shown = [model.index(row, 2).data() for row in range(model.rowCount())]
    # "31. Dez. 2025" sorts after "1. März 2026" as text; by the date it comes first
    assert shown == ["31. Dez. 2025", "5. Jan. 2026", "1. März 2026", ""]
    moment = datetime(2026, 3, 1, 14, 5, tzinfo=UTC).astimezone()
    assert format_value(moment) == f"1. März 2026, {moment:%H:%M}"
