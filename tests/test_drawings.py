"""The pictures drawn for the project (``valkky:NAME``): plain SVG that runs nothing and
reaches nothing, each named in the picture set, and given to every lesson word they show."""

from __future__ import annotations

import tomllib
import xml.etree.ElementTree as ET

from valkky import pictures
from valkky.lesson.checker import Library
from valkky.lesson.loader import check_text
from valkky.paths import ROOT
from valkky.testing.library import library_report

SVG = "{http://www.w3.org/2000/svg}"
ALLOWED = {f"{SVG}{tag}" for tag in ("svg", "title", "g", "path", "rect", "circle",
                                     "ellipse")}


def test_every_drawing_is_named_and_every_name_drawn() -> None:
    files = {p.stem for p in pictures.DRAWINGS.glob("*.svg")}
    assert files == set(pictures.DRAWN.values())
    for name in pictures.DRAWN:
        found = pictures.find(f"valkky:{name}")
        assert found is not None and found.parent == pictures.DRAWINGS, name
    assert pictures.find("valkky:forklift") is None
    assert pictures.find("valkky:ämpäri") is None  # each source has its own names
    assert pictures.suggestion("Moppi") == "valkky:moppi"


def test_each_drawing_is_plain_svg() -> None:
    """Shapes only: no script, no link, no picture or font from elsewhere."""
    drawings = sorted(pictures.DRAWINGS.glob("*.svg"))
    assert drawings, f"no drawings in {pictures.DRAWINGS}: nothing checked"
    for path in drawings:
        text = path.read_text(encoding="utf-8")
        root = ET.fromstring(text)
        assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 72 72", path.name
        assert {e.tag for e in root.iter()} <= ALLOWED, path.name
        assert all(not k.endswith("href") and k != "style" for e in root.iter() for k in e.attrib)
        title = root.find(f"{SVG}title")
        assert title is not None and pictures.DRAWN[str(title.text)] == path.stem, path.name
        assert "url(" not in text and "http" not in text.replace(
            "http://www.w3.org/2000/svg", ""), path.name


def test_a_lesson_names_a_drawing_and_lint_names_a_missing_one() -> None:
    head = ("id: t\nversion: 1\ntitle: T\nprofession: siivous\nlevel: A1\nsupport: [en]\n"
            "vocabulary:\n  - {fi: moppi, en: mop, image: \"valkky:moppi\"}\n"
            "  - {fi: pölynimuri, en: vacuum cleaner}\nsteps:\n  - say: Tämä on moppi.\n")
    lesson, problems = check_text(head, "t.yaml", Library())
    assert lesson is not None and lesson.vocabulary[0].image == str(
        pictures.DRAWINGS / "moppi.svg")
    assert "'pölynimuri' has a picture in the picture set: image: \"valkky:pölynimuri\"" \
        in [p.message for p in problems if p.severity == "notice"]
    _, problems = check_text(head.replace("valkky:moppi", "valkky:mopi"), "t.yaml", Library())
    assert any("no such picture" in p.message and "did you mean 'valkky:moppi'" in p.message
               for p in problems), problems


def test_the_library_uses_them_and_the_wheel_ships_them() -> None:
    """Every word of the library that has a drawing shows it (lint's notices are the
    report of words still without their picture)."""
    report = library_report()
    assert not [str(p) for p in report.problems if "valkky:" in p.message]
    shown = {v.image for x in report.lessons for v in x.vocabulary if v.image}
    assert {str(pictures.DRAWINGS / f"{stem}.svg") for stem in pictures.DRAWN.values()} \
        <= shown
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "drawings/*.svg" in data["tool"]["setuptools"]["package-data"]["valkky"]
