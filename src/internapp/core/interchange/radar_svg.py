"""The skill radar as a small standalone SVG for printed and offline portfolios.

The window and ``internapp export chart radar`` draw the radar with matplotlib
(ui/charts/radar_figure.py). A portfolio needs it in a file next to its HTML and on a PDF page,
fast: importing matplotlib alone takes 0.3–0.9 s, more than the whole HTML export may. So this
draws the same picture — rings 1 to 5, one spoke per skill clockwise from the top, the target
dashed, the current levels filled — as plain SVG text from the same ``Radar`` data in about a
millisecond; its labels stay text (searchable, a few kilobytes) and it opens in any browser.
Print colours (it is printed on white whatever the app's theme).
"""

import math
import textwrap
from xml.sax.saxutils import escape

from internapp.core.services.skill_levels import MAX_LEVEL
from internapp.core.services.target_roles import Radar

WIDTH, HEIGHT = 600, 520
CENTRE = (300.0, 245.0)
RADIUS = 165.0
LABEL_WIDTH = 16  # characters per line of an axis label
ACCENT, TARGET, GRID, TEXT, MUTED = "#2563eb", "#d97706", "#cbd5e1", "#1f2937", "#64748b"
FONT = "DejaVu Sans, Verdana, Arial, sans-serif"


def _point(angle: float, level: float) -> tuple[float, float]:
    r = RADIUS * max(0.0, min(level, MAX_LEVEL)) / MAX_LEVEL
    return CENTRE[0] + r * math.sin(angle), CENTRE[1] - r * math.cos(angle)


def _polygon(points: list[tuple[float, float]]) -> str:
    return " ".join(f"{x:.1f},{y:.1f}" for x, y in points)


def radar_svg(radar: Radar) -> str:
    axes = radar.axes
    count = max(len(axes), 1)
    angles = [2 * math.pi * i / count for i in range(len(axes))]
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
           f'width="{WIDTH}" height="{HEIGHT}" font-family="{FONT}" role="img" '
           f'aria-label="{escape(_caption(radar), {chr(34): "&quot;"})}">',
           f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>']
    for ring in range(1, int(MAX_LEVEL) + 1):
        out.append(f'<circle cx="{CENTRE[0]}" cy="{CENTRE[1]}" r="{RADIUS * ring / MAX_LEVEL:.1f}" '
                   f'fill="none" stroke="{GRID}" stroke-width="1"/>')
        out.append(f'<text x="{CENTRE[0] + 3:.1f}" y="{CENTRE[1] - RADIUS * ring / MAX_LEVEL - 2:.1f}" '
                   f'font-size="9" fill="{MUTED}">{ring}</text>')
    for angle in angles:
        x, y = _point(angle, MAX_LEVEL)
        out.append(f'<line x1="{CENTRE[0]}" y1="{CENTRE[1]}" x2="{x:.1f}" y2="{y:.1f}" '
                   f'stroke="{GRID}" stroke-width="1"/>')
    if axes:
        current = [_point(a, axis.current) for a, axis in zip(angles, axes, strict=True)]
        target = [_point(a, axis.target) for a, axis in zip(angles, axes, strict=True)]
        out.append(f'<polygon points="{_polygon(current)}" fill="{ACCENT}" fill-opacity="0.28" '
                   f'stroke="{ACCENT}" stroke-width="2.2"/>')
        out.append(f'<polygon points="{_polygon(target)}" fill="none" stroke="{TARGET}" '
                   f'stroke-width="1.8" stroke-dasharray="6 4"/>')
        for x, y in current:
            out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{ACCENT}"/>')
    for angle, axis in zip(angles, axes, strict=True):
        out.append(_label(angle, axis.skill))
    # the legend in two lines, so a long role name never runs into the other entry
    role = radar.target if len(radar.target) <= 60 else radar.target[:59] + "…"
    you, goal = HEIGHT - 36, HEIGHT - 14
    out += [f'<rect x="20" y="{you - 6}" width="26" height="12" fill="{ACCENT}" '
            f'fill-opacity="0.28" stroke="{ACCENT}" stroke-width="2"/>',
            f'<text x="54" y="{you + 4}" font-size="12.5" fill="{TEXT}">You now</text>',
            f'<line x1="20" y1="{goal}" x2="46" y2="{goal}" stroke="{TARGET}" '
            f'stroke-width="1.8" stroke-dasharray="6 4"/>',
            f'<text x="54" y="{goal + 4}" font-size="12.5" fill="{TEXT}">'
            f'Target: {escape(role)}</text>',
            "</svg>"]
    return "\n".join(out) + "\n"


def _label(angle: float, skill: str) -> str:
    x, y = _point(angle, MAX_LEVEL)
    x += 14 * math.sin(angle)
    y -= 14 * math.cos(angle)
    sine = math.sin(angle)
    anchor = "middle" if abs(sine) < 0.2 else ("start" if sine > 0 else "end")
    lines = textwrap.wrap(skill, LABEL_WIDTH) or [skill]
    top = y - (len(lines) - 1) * 14 / 2 + 4 if abs(math.cos(angle)) < 0.8 else (
        y - (len(lines) - 1) * 14 if math.cos(angle) > 0 else y + 10)
    # one <text> a line: Qt's SVG renderer (the PDF) does not place <tspan>s
    return "".join(f'<text x="{x:.1f}" y="{top + n * 14:.1f}" font-size="12.5" fill="{TEXT}" '
                   f'text-anchor="{anchor}">{escape(line)}</text>' for n, line in enumerate(lines))


def _caption(radar: Radar) -> str:
    parts = ", ".join(f"{a.skill} {a.current:.1f} of {a.target:g}" for a in radar.axes)
    return f"Skills against {radar.target}: {parts}"
