"""Spoken "puol" for "puolen" before a genitive (issue 12, judge50): speech drops the
ending of "puolen" as it drops "puoli"'s ("puol tunnin päästä"); a number or a partitive
after it keeps "puoli" ("puol kolme", "puol tuntii")."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge.normalise import normalise
from valkky.testing.table import as_table


@as_table(("said", "read"), [
    ("se on valmis puol tunnin päästä", "se on valmis puolen tunnin päästä"),
    ("puol vuoden kuluttua", "puolen vuoden kuluttua"),
    ("puol kilon paketti", "puolen kilon paketti"),
    ("puol tuntii", "puoli tuntii"),  # a partitive: puoli
    ("puol päivää", "puoli päivää"),
    ("puol litraa", "puoli litraa"),
    ("puol", "puoli"),
    ("puol kolme", "kaksi kolmekymmentä"),  # a number: the half hour
    ("puol kahdeksan", "seitsemän kolmekymmentä"),  # (kahdeksan is a genitive too)
])
def test_puol_read_by_the_word_after(said: str, read: str) -> None:
    assert normalise(said) == read


@as_table(("step", "answer", "verdict"), [
    ("siivous-asiakas valmis", "se on valmis puol tunnin päästä", "correct"),  # was almost
    ("siivous-asiakas valmis", "puol tunnin päästä", "correct"),  # was almost
    ("siivous-asiakas valmis", "huone on valmis puol tunnin kuluttua", "correct"),  # was almost
    ("siivous-asiakas valmis", "puoli tunnin päästä", "almost"),  # written, the wrong form
    ("siivous-asiakas valmis", "se on valmis puol tuntii päästä", "almost"),
])
def test_puol_tunnin_on_a_real_step(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
