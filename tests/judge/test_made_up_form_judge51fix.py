"""judge51's review (issue 12): what ``made_up_form`` and ``stray_slip``'s whole-answer case
must not take for the expected word, probed on real steps. Each `_WRONG` row was almost
before the mend (the robot said "Oikea sana!" to another number, another thing), each
`_ALMOST` row a made-up form the mend keeps.

- a number made on the expected number's stem is another value (``kuusitosta`` is 16);
- letters one slip from another word the lesson library uses (or a compound ending in one)
  are that word said wrong (``hätänumro`` for ``hätäseis``);
- an ending that says "without" (-ton, -tön, -mat-) denies the word (``jaloiton``);
- an item of a "ja"/"tai" list is the answer's point: one letter off names another item.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.judge.golden import judged_on
from valkky.judge import cache_groups
from valkky.judge.library_words import _library_words, _texts, library_words, words_of
from valkky.judge.word_rules import _one_edit, _says_without, decided_by
from valkky.testing.table import as_table

_WRONG = [
    # another number on the number's stem (F1)
    ("elintarvike-hygienia lampotila", "kuusitosta astetta"),
    ("elintarvike-hygienia lampotila", "enintään kuusitosta astetta"),
    ("ravintola-hygienia step-9", "kuusitosta astetta"),
    ("yleinen-tyovuoro alkaa", "kello kuusitosta"),
    ("yleinen-aika kysy-vartti", "varttia yli kaksitosta"),
    ("yleinen-aika kysy-tunnit", "kahdeksantosta tuntia"),
    ("yleinen-numerot kysy-numero", "seitsemäntosta"),
    ("autoala-turvallisuus step-23", "kaksitosta"),
    ("yleinen-tyoturvallisuuskortti hatanumero", "hätänumero on satakaksikym"),
    # another thing the library names, said wrong (F2)
    ("metalli-turvallisuus hatatilanne", "painan hätänumro"),
    ("valmistus-turvallisuus kysy-hataseis", "se on hätänumro"),
    ("valmistus-turvallisuus kysy-hataseis", "hätänumro"),
    ("valmistus-turvallisuus step-9", "laitan turvakypärn"),
    # "without" (F4)
    ("hoiva-turvallisuus nosta", "nostan jaloiton"),
    # an item of a two-item list (F3)
    ("elintarvike-ohjeet allergeenit", "kalanmuna ja sinappi"),
    ("ravintola-ohjeet allergeenit", "malto ja vehnä"),
    ("ravintola-ohjeet allergeenit", "vehnää ja maltoa"),
]

_ALMOST = [
    # the right word badly formed stays almost
    ("elintarvike-tyokaveri kysy-linja", "kone on rikkinen"),
    ("hoiva-kartoitus a2-kipu", "jalka on kipeinen"),
    ("kauppa-turvallisuus rullakko-rikki", "rullakko on rikkinen"),
    ("varasto-keraily kuorma-valmis.2", "kuorma on valmiinen"),
    # a stray slip said whole, no list
    ("varasto-keraily kuorma-valmis.2", "kuoma on valmis"),
]


@pytest.mark.parametrize(("step", "answer"), _WRONG)
def test_another_value_or_thing_is_wrong(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "wrong", answer


@pytest.mark.parametrize(("step", "answer"), _ALMOST)
def test_the_right_word_badly_formed_stays_almost(step: str, answer: str) -> None:
    assert judged_on(step, answer).verdict == "almost", answer


def test_the_rule_itself() -> None:
    rules = {(e, h): [r for r, _, _ in decided_by(e, h, frozenset())] for e, h in [
        ("kuusi", "kuusitosta"), ("hätäseis", "hätänumro"), ("rikki", "rikkinen"),
        ("kipeä", "kipeinen")]}
    assert "made_up_form" not in rules[("kuusi", "kuusitosta")]
    assert "made_up_form" not in rules[("hätäseis", "hätänumro")]
    assert "made_up_form" in rules[("rikki", "rikkinen")]
    assert "made_up_form" in rules[("kipeä", "kipeinen")]


def test_says_without() -> None:
    table = [("jaloilla", "jaloiton", 4, True), ("kädet", "kädetön", 5, True),
             ("ilmoitan", "ilmoitamatta", 7, True), ("rikki", "rikkinen", 5, False),
             ("kipeä", "kipeinen", 4, False)]
    got = [(e, h, k, _says_without(e, h, k)) for e, h, k, _ in table]
    assert got == table, as_table(got)


def test_one_edit() -> None:
    edits = _one_edit("hätänumro")
    assert {"hätänumero", "hätänumro"[:-1], "hätänurmo", "hätänumra"} <= edits
    assert "hätänumro" not in edits and "hätäseis" not in edits


def test_library_words_read_no_keys_or_gestures_or_verdicts(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "steps:\n"
        "  - ask: Mitä teet?\n"
        "    gesture: nod\n"
        "    accept: [pesen kädet]\n"
        "    mistakes:\n"
        "      pesen jalat: {say: 'Melkein! Sano kädet.', verdict: almost}\n"
        "      juon kahvia: Ei. Pese kädet.\n"
        "    correct: {say: Hienoa!, gesture: thumbs_up}\n")
    words = words_of(tmp_path)
    assert {"mitä", "pesen", "jalat", "melkein", "sano", "juon", "hienoa"} <= words
    assert not words & {"say", "verdict", "almost", "gesture", "nod", "thumbs_up", "thumbs",
                        "correct", "mistakes", "accept", "ask"}
    texts = list(_texts({"correct": {"say": "Hyvä", "gesture": "wave"}}))
    assert texts == ["Hyvä"]


def test_library_words_are_read_for_each_lessons_folder_and_kept_like_the_lexicon(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # data of the library, loaded once: clear_caches (a benchmark's cold round) keeps it
    assert not any(_library_words in group for group in cache_groups().values())
    (tmp_path / "a.yaml").write_text("steps:\n  - say: Kuorma on valmis.\n")
    monkeypatch.setenv("VALKKY_LESSONS", str(tmp_path))
    assert "kuorma" in library_words() and "hätänumero" not in library_words()
    monkeypatch.delenv("VALKKY_LESSONS")
    assert "hätänumero" in library_words()
