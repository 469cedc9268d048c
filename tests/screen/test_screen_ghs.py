"""A GHS hazard pictogram on the robot's screen, in a real browser: given by a step, and
taken from the vocabulary when a step shows the word."""

from __future__ import annotations

import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.screen.conftest import ROBOT, picture_width
from valkky import pictures

pytest.importorskip("playwright")

from valkky.testing.browser import expect
from valkky.testing.shots import Shots

if TYPE_CHECKING:  # the browser tests' types; Playwright itself is imported when used
    from playwright.sync_api import Page

LESSON = """\
id: vaara-testi
version: 1
title: Varoitusmerkit
profession: siivous
level: A1
support: [en]
vocabulary:
  - {fi: syövyttävä, en: corrosive, image: "ghs:syövyttävä"}
  - {fi: syttyvä, en: flammable, image: "ghs:syttyvä"}
steps:
  - ask: Pullossa on tämä teksti. Millainen aine on?
    show: {text: 'VAARA! Syövyttävä.', image: "ghs:GHS05"}
    accept: [syövyttävä, se on syövyttävä]
  - choose: Mikä merkki tämä on?
    show: syttyvä
    options: [syövyttävä, syttyvä]
    answer: syttyvä
  - choose: Mikä auto?
    show: "TYÖMÄÄRÄYS\\nRekisterinumero: KLM-482\\nTyö: renkaanvaihto, kesärenkaat pois"
    options: [KLM-482, ABC-123]
    answer: KLM-482
"""

# where each word of the shown text is: one box per word (none broken across lines)
WORD_BOXES = """(el) => {
  const out = [], text = el.firstChild;
  for (const m of text.data.matchAll(/\\S+/g)) {
    const r = document.createRange();
    r.setStart(text, m.index); r.setEnd(text, m.index + m[0].length);
    const boxes = [...r.getClientRects()].filter(b => b.width > 0);
    out.push([m[0], boxes.length, boxes.length ? boxes[0].top : -1]);
  }
  return out;
}"""

# the red of the diamond, somewhere along the top of the picture's middle column
RED_AT_TOP = """(img) => {
  const c = document.createElement('canvas'); c.width = 100; c.height = 100;
  const g = c.getContext('2d'); g.drawImage(img, 0, 0, 100, 100);
  for (let y = 0; y < 20; y++) {
    const [r, gr, b] = g.getImageData(50, y, 1, 1).data;
    if (r > 200 && gr < 80 && b < 80) return true;
  }
  return false;
}"""


def served(page: Page) -> bytes:
    src = page.evaluate("document.getElementById('picture').src")
    with urllib.request.urlopen(src, timeout=5) as response:  # the page's own server
        return bytes(response.read())


def test_a_ghs_pictogram_shows_on_the_screen(page: Page, run: Any, tmp_path: Path,
                                             shots: Shots) -> None:
    path = tmp_path / "vaara-testi.yaml"
    path.write_text(LESSON, encoding="utf-8")
    corrosive, flammable = pictures.find("ghs:GHS05"), pictures.find("ghs:GHS02")
    assert corrosive is not None and flammable is not None
    r = run(lesson=path)
    try:
        page.goto(r.url)
        picture = page.get_by_role("img", name="VAARA! Syövyttävä.")
        expect(picture).to_be_visible()
        assert picture_width(page) > 0
        assert served(page) == corrosive.read_bytes()
        assert picture.evaluate(RED_AT_TOP)
        # a sign's text is smaller than a word's, and no word of it is broken in two
        boxes = page.locator("#word").evaluate(WORD_BOXES)
        assert [w for w, n, _ in boxes] == ["VAARA!", "Syövyttävä."]
        assert all(n == 1 for _, n, _ in boxes), boxes
        shots(page, "robot-ghs.png")
        box = page.get_by_role("textbox", name="Vastaus")
        expect(page.get_by_role("button", name="Lähetä")).to_be_enabled()
        box.fill("syövyttävä")
        box.press("Enter")

        # a step that shows the word: the vocabulary's pictogram comes with it
        picture = page.get_by_role("img", name="syttyvä")
        expect(picture).to_be_visible()
        expect(page.get_by_role("button", name="syttyvä", exact=True)).to_be_enabled()
        assert picture_width(page) > 0
        assert served(page) == flammable.read_bytes()
        assert picture.evaluate(RED_AT_TOP)

        page.get_by_role("button", name="Tietoja").click()
        about = page.get_by_role("dialog", name="Tietoja")
        expect(about).to_contain_text("GHS")
        expect(about).to_contain_text("Wikimedia Commons")
        shots(page, "robot-ghs-about.png")
        about.get_by_role("button", name="Sulje").click()
        page.get_by_role("button", name="syttyvä", exact=True).click()

        # a work order keeps its lines
        expect(page.locator("#word")).to_contain_text("TYÖMÄÄRÄYS")
        expect(page.get_by_role("button", name="KLM-482")).to_be_enabled()
        boxes = page.locator("#word").evaluate(WORD_BOXES)
        tops = {w: top for w, _, top in boxes}
        assert all(n == 1 for _, n, _ in boxes), boxes
        assert tops["TYÖMÄÄRÄYS"] < tops["Rekisterinumero:"] < tops["Työ:"], boxes
        assert page.evaluate("document.documentElement.scrollHeight") <= ROBOT["height"]
        shots(page, "robot-work-order.png")
        page.get_by_role("button", name="KLM-482").click()
        expect(page.get_by_role("heading", name="Tunti valmis!")).to_be_visible()
        code, out = r.wait()
        assert code == 0, out
        assert "/" not in "".join(line for line in out.splitlines() if "[näyttö:" in line)
    finally:
        r.stop()
