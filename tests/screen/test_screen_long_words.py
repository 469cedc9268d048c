"""Long Finnish words on the robot's screen and on a phone: a word too long for its line
is broken between syllables, with a hyphen (työturval-lisuuskort-tikoulutus), never
inside one (työturvallisuu|skorttikoulutu|s); a long option stays on the screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("playwright")
from playwright.sync_api import expect

from tests.screen.conftest import ROBOT, Run
from valkky.testing.shots import Shots

LONG = "työturvallisuuskorttikoulutus"
LESSON = f"""\
id: pitkat-sanat
version: 1
title: Pitkät sanat
profession: siivous
level: A1
support: [en, so]
vocabulary:
  - {{fi: {LONG}, en: occupational safety card training,
     so: tababarka kaarka badbaadada shaqada}}
  - {{fi: ämpäri, en: bucket, so: baaldi}}
steps:
  - ask: Mikä tämä on?
    show: {LONG}
    accept: [{LONG}]
  - ask: Mikä tämä on?
    show: {{text: ämpäri, image: "openmoji:ämpäri"}}
    accept: [ämpäri]
  - ask: Mitä luet?
    show: Turvallisuusohjeet
    accept: [ohjeet]
  - choose: Kumpi on ämpäri?
    show: ämpäri
    options: [ämpäri, {LONG}]
    answer: ämpäri
"""

PHONE = {"width": 390, "height": 844}

# Where the word's lines break: the characters just before each new line.
BREAKS = """() => {
  const node = document.getElementById('word').firstChild;
  const range = document.createRange();
  const out = [];
  let top = null;
  for (let i = 0; i < node.length; i++) {
    range.setStart(node, i); range.setEnd(node, i + 1);
    // (a letter after a soft hyphen also has an empty box at the end of the line before)
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    if (!rects.length) continue;  // a soft hyphen not used
    const t = Math.round(rects[rects.length - 1].top);
    if (top !== null && t > top + 2) out.push(node.data.slice(Math.max(0, i - 3), i) + '|'
                                              + node.data.slice(i, i + 3));
    top = t;
  }
  return out;
}"""


@pytest.fixture
def long_run(tmp_path: Path, run: Any) -> Run:
    path = tmp_path / "pitkat-sanat.yaml"
    path.write_text(LESSON, encoding="utf-8")
    return run("--lang", "so", lesson=path)  # type: ignore[no-any-return]


def test_a_long_word_breaks_between_syllables(page: Any, long_run: Run,
                                              shots: Shots) -> None:
    for name, size in (("robot", ROBOT), ("phone", PHONE)):
        page.set_viewport_size(size)  # and the page loaded afresh at that size
        page.goto(long_run.url)
        word = page.locator("#word")
        expect(word).to_be_visible()
        # what it says is the word itself (the hyphens are soft: shown only at a break)
        assert word.inner_text().replace("\u00ad", "") == LONG
        shots(page, f"{name}-long-word.png")
        breaks = page.evaluate(BREAKS)
        if name == "phone":
            assert breaks, "the word is wider than a phone: it must break somewhere"
        for where in breaks:  # each break is at a syllable, where a soft hyphen stands
            assert where.split("|")[0].endswith("\u00ad"), (name, breaks)
        assert page.evaluate("(() => { const w = document.getElementById('word');"
                             " return w.scrollWidth <= w.clientWidth + 1; })()")


def test_a_word_that_fits_its_line_is_kept_whole(page: Any, long_run: Run) -> None:
    page.goto(long_run.url)
    box = page.get_by_role("textbox", name="Vastaus")
    for text in (LONG, "ämpäri"):
        expect(page.get_by_role("button", name="Lähetä")).to_be_enabled()
        box.fill(text)
        box.press("Enter")
    # the picture before it is gone: the word has the whole line, and fits it
    expect(page.locator("#word")).to_contain_text("Turvallisuus")
    expect(page.locator("#picture")).to_be_hidden()
    assert page.locator("#word").evaluate("el => el.textContent") == "Turvallisuusohjeet"


def test_a_long_option_stays_on_the_phone(page: Any, long_run: Run, shots: Shots) -> None:
    page.set_viewport_size(PHONE)
    page.goto(long_run.url)
    box = page.get_by_role("textbox", name="Vastaus")
    for text in (LONG, "ämpäri", "ohjeet"):
        expect(page.get_by_role("button", name="Lähetä")).to_be_enabled()
        box.fill(text)
        box.press("Enter")
    option = page.get_by_role("button", name=LONG, exact=True)  # named by its word
    expect(option).to_be_enabled()
    shots(page, "phone-long-option.png", full_page=True)
    problems = page.evaluate("""() => {
      const out = [];
      for (const b of document.querySelectorAll('#choices button')) {
        const r = b.getBoundingClientRect();
        if (r.right > innerWidth + 1 || r.left < -1) out.push('off screen: ' + b.textContent);
        if (b.scrollWidth > b.clientWidth + 1) out.push('cut: ' + b.textContent);
      }
      return out;
    }""")
    assert problems == []
    option.click()
    expect(page.get_by_role("status")).to_contain_text("Ei aivan")
