"""finnish.is_word answers a word in lower case from Voikko's readings of it (one look-up a
word, not two): the same answer as Voikko's speller, whatever the word."""

from __future__ import annotations

import re

import pytest

from valkky.judge import clear_caches, finnish
from valkky.paths import ROOT

# right and wrong words, names and acronyms said in lower case (the speller wants their
# capital), a compound missing its hyphen, foreign letters; and words the lowercase path
# leaves to the speller: capitals, hyphens, digits, a dot
ODD = ("kissa", "kisssa", "helsinki", "Helsinki", "matti", "suomi", "esim", "esim.", "eu",
       "EU", "tv", "wc", "ok", "kuormaauto", "kuorma-auto", "äiti", "aiti", "façade", "straße",
       "кішка", "abc123", "3", "", "Pomo", "pomo", "nato", "xyz", "mennään", "menään")


def _lesson_words() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8")
                    for p in sorted((ROOT / "lessons").rglob("*.yaml"))[:40])
    words = sorted(set(re.findall(r"\w+", text.casefold())))
    return words + [w[:-1] + w[-1] * 2 for w in words[::5]]  # and typos of them


@pytest.mark.skipif(finnish.voikko() is None, reason="Voikko is not installed")
def test_a_word_is_spelled_as_voikkos_speller_spells_it() -> None:
    clear_caches()
    speller = finnish.voikko()
    words = (*ODD, *_lesson_words())
    wrong = [w for w in words if finnish.is_word(w) is not bool(speller.spell(w))]
    assert len(words) > 1000 and not wrong
