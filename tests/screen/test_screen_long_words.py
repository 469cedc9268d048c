"""Long Finnish words on the robot's screen and on a phone: a word too long for its line
is broken between syllables, with a hyphen (työturval-lisuuskort-tikoulutus), never
inside one (työturvallisuu|skorttikoulutu|s); a long option stays on the screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("playwright")

from tests.screen.conftest import ROBOT
from valkky.testing.browser import expect
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


def test_long_words_on_the_robots_screen_and_on_a_phone(page: Any, run: Any, tmp_path: Path,
                                                        shots: Shots) -> None:
    """One session, page state by page state: the long word at the first question, loaded
    afresh at each size; then at the robot's size a word that fits its line; then on a
    phone a long option."""
    path = tmp_path / "pitkat-sanat.yaml"
    path.write_text(LESSON, encoding="utf-8")
    r = run("--lang", "so", lesson=path)

    # a long word breaks between syllables
    for name, size in (("robot", ROBOT), ("phone", PHONE)):
        page.set_viewport_size(size)  # and the page loaded afresh at that size
        page.goto(r.url)
        word = page.locator("#word")
        expect(word, f"{name}: the long word").to_be_visible()
        # what it says is the word itself (the hyphens are soft: shown only at a break)
        assert word.inner_text().replace("\u00ad", "") == LONG, (name, word.inner_text())
        shots(page, f"{name}-long-word.png")
        breaks = page.evaluate(BREAKS)
        if name == "phone":
            assert breaks, "the word is wider than a phone: it must break somewhere"
        for where in breaks:  # each break is at a syllable, where a soft hyphen stands
            assert where.split("|")[0].endswith("\u00ad"), (name, breaks)
        assert page.evaluate("(() => { const w = document.getElementById('word');"
                             " return w.scrollWidth <= w.clientWidth + 1; })()"), \
            f"{name}: the long word stays within its line"

    # a word that fits its line is kept whole (at the robot's size)
    page.set_viewport_size(ROBOT)
    box = page.get_by_role("textbox", name="Vastaus")
    for text in (LONG, "ämpäri"):
        expect(page.get_by_role("button", name="Lähetä"), f"send, before {text}").to_be_enabled()
        box.fill(text)
        box.press("Enter")
    # the picture before it is gone: the word has the whole line, and fits it
    expect(page.locator("#word"), "the next word").to_contain_text("Turvallisuus")
    expect(page.locator("#picture"), "the last step's picture is gone").to_be_hidden()
    assert page.locator("#word").evaluate("el => el.textContent") == "Turvallisuusohjeet", \
        "a word that fits its line has no soft hyphens"

    # a long option stays on the phone's screen
    page.set_viewport_size(PHONE)
    expect(page.get_by_role("button", name="Lähetä"), "send, before ohjeet").to_be_enabled()
    box.fill("ohjeet")
    box.press("Enter")
    option = page.get_by_role("button", name=LONG, exact=True)  # named by its word
    expect(option, "the long option, named by its word").to_be_enabled()
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
    assert problems == [], problems
    option.click()
    expect(page.get_by_role("status"), "the long option answers").to_contain_text("Ei aivan")
