"""The SVG charts: an image a screen reader can name, every text escaped, any size."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from valkky.progress.charts import bar_chart, line_chart


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_a_line_chart_is_a_named_image_with_its_points() -> None:
    svg = line_chart([("1.11.", 0.5), ("2.11.", 0.75), ("3.11.", 1.0)],
                     title="Pisteet <päivittäin>", desc="Kolme päivää & lisää")
    root = parse(svg)  # well-formed: every text escaped
    assert root.get("role") == "img"
    labelled = root.get("aria-labelledby", "").split()
    ids = {el.get("id"): el.text for el in root.iter() if el.get("id")}
    assert [ids[i] for i in labelled] == ["Pisteet <päivittäin>", "Kolme päivää & lisää"]
    points = root.find("polyline").get("points").split()  # type: ignore[union-attr]
    ys = [float(p.split(",")[1]) for p in points]
    assert len(ys) == 3 and ys[0] > ys[1] > ys[2]  # higher scores are drawn higher
    assert len(root.findall("circle")) == 3


def test_many_points_keep_the_chart_small_and_readable() -> None:
    svg = line_chart([(f"d{i}", (i % 10) / 10) for i in range(1000)], title="t", desc="d")
    root = parse(svg)
    assert not root.findall("circle")  # no dots beyond 60 points
    labels = [t.text for t in root.findall("text") if t.text and t.text.startswith("d")]
    assert 1 < len(labels) <= 8
    assert len(svg) < 40_000


def test_empty_data_is_said_in_words() -> None:
    assert line_chart([], title="t", desc="d", empty="Ei vielä vastauksia.") == \
        "<p>Ei vielä vastauksia.</p>"
    assert bar_chart({}, title="t", desc="d", empty="<tyhjä>") == "<p>&lt;tyhjä&gt;</p>"


def test_bars_are_largest_first_with_the_readers_names() -> None:
    svg = bar_chart({"wrong": 3, "correct": 9, "almost": 1}, title="t", desc="d",
                    names={"correct": "oikein", "wrong": "väärin", "almost": "melkein"})
    root = parse(svg)
    names = [t.text for t in root.findall("text") if t.text and not t.text.isdigit()]
    assert names == ["oikein", "väärin", "melkein"]
    widths = [float(r.get("width", 0)) for r in root.findall("rect")]
    assert widths == sorted(widths, reverse=True) and widths[0] > 0
    assert not re.search(r"correct|wrong", "".join(names))
