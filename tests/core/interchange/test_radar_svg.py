"""The portfolio's radar SVG: well-formed, one spoke and label per skill, both outlines."""

import xml.etree.ElementTree as ET

from internapp.core.interchange.radar_svg import radar_svg
from internapp.core.services.target_roles import Axis, Radar

NS = "{http://www.w3.org/2000/svg}"


def test_one_spoke_and_label_per_skill_with_current_and_target():
    axes = [Axis("Mathematics", 1.4, 4, 2.6), Axis("Writing & Editing", 3.0, 3, 0),
            Axis("Critical Thinking", 0.0, 4, 4), Axis("Active Listening", 2.0, 3.5, 1.5)]
    root = ET.fromstring(radar_svg(Radar("Data <analyst>", None, axes, [])))
    texts = [t.text for t in root.iter(f"{NS}text")]
    joined = " ".join(texts)  # a long label takes two lines
    assert all(name in joined for name in ("Mathematics", "Writing & Editing", "Critical Thinking"))
    assert "Target: Data <analyst>" in texts  # escaped in the file, read back as typed
    assert len(list(root.iter(f"{NS}line"))) == 4 + 1  # spokes and the legend's dash
    current, target = list(root.iter(f"{NS}polygon"))
    assert len(current.get("points").split()) == len(target.get("points").split()) == 4
    assert target.get("stroke-dasharray")
    assert "Mathematics 1.4 of 4" in root.get("aria-label")
