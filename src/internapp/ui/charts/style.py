"""Chart colours and type, derived from the app's light or dark palette (no Qt needed)."""

from dataclasses import dataclass

from internapp.ui.palette import DARK, LIGHT, Colors


@dataclass(frozen=True)
class ChartStyle:
    background: str
    panel: str  # the plot area
    text: str
    muted: str
    grid: str
    accent: str
    target: str
    danger: str
    warning: str
    success: str
    status: dict[str, str]  # engagement status -> bar colour
    markers: dict[str, tuple[str, str]]  # marker kind -> (matplotlib marker, colour)
    font: str = "DejaVu Sans"

    @property
    def dark(self) -> bool:
        return self.background == DARK.base


def chart_style(colors: Colors) -> ChartStyle:
    dark = colors is DARK
    return ChartStyle(
        background=colors.base, panel=colors.base, text=colors.text, muted=colors.muted,
        grid=colors.border, accent=colors.accent,
        target="#f59e0b" if dark else "#d97706",
        danger=colors.danger, warning=colors.warning, success=colors.success,
        status={
            "planned": "#94a3b8" if dark else "#a5b4c8",
            "active": colors.accent,
            "delivered": "#2dd4bf" if dark else "#0d9488",
            "paid": colors.success,
            "cancelled": "#6b7280" if dark else "#cbd5e1",
        },
        markers={
            "deadline": ("v", colors.danger),
            "interview": ("o", "#c084fc" if dark else "#9333ea"),
            "milestone": ("D", "#fbbf24" if dark else "#b45309"),  # also tag text on Today: AA
            "follow-up": ("s", "#38bdf8" if dark else "#0369a1"),
            "payment": ("P", colors.success),
        },
    )


def style_for(dark: bool) -> ChartStyle:
    return chart_style(DARK if dark else LIGHT)
