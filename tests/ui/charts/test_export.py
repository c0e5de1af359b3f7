import pytest

from internapp.core.services.errors import ValidationError
from internapp.ui.charts.export import chart_format, save_figure


@pytest.mark.parametrize(("name", "kind"), [("a.png", "png"), ("B.SVG", "svg")])
def test_formats_by_extension(name, kind):
    assert chart_format(name) == kind


@pytest.mark.parametrize("name", ["a.jpg", "a", "a.pdf"])
def test_other_extensions_are_refused(name):
    with pytest.raises(ValidationError, match=r"file: .* must end in \.png or \.svg"):
        chart_format(name)


def test_save_refuses_a_missing_folder(tmp_path):
    from matplotlib.figure import Figure

    with pytest.raises(ValidationError, match="does not exist"):
        save_figure(Figure(), tmp_path / "nope" / "x.png")
    assert save_figure(Figure(), tmp_path / "x.svg").read_text().lstrip().startswith("<?xml")
