"""A Qt widget that hosts one matplotlib Figure (FigureCanvasQTAgg).

matplotlib and its Qt backend are imported when the first chart is drawn, never at start-up
(they cost ~0.3 s); ``figure()`` builds the canvas on first use and returns the Figure to draw into.
"""

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget


class ChartCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = None
        self._figure = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def built(self) -> bool:
        return self.canvas is not None

    def figure(self):
        if self.canvas is None:
            import internapp.ui.charts.mpl  # noqa: F401  # isort: skip  # first: loads matplotlib safely
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            self._figure = Figure(dpi=100)
            self.canvas = FigureCanvasQTAgg(self._figure)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self._layout.addWidget(self.canvas)
        return self._figure

    def draw(self) -> None:
        """Renders now (a redraw after a data change is measured by benchmarks/charts.py)."""
        if self.canvas is not None:
            self.canvas.draw()

    def draw_idle(self) -> None:
        if self.canvas is not None:
            self.canvas.draw_idle()

    def connect(self, event: str, handler) -> int:
        """Connects a matplotlib event ("pick_event", "scroll_event", ...)."""
        self.figure()
        return self.canvas.mpl_connect(event, handler)
