"""Half of an open step's two-part example (issue 12, judge57; judge/half_said.py and the
lesson elintarvike-raportti's step anna): "ota sormus pois" where Anna's hair shows and she
wears a ring — both trainers almost, a start. Both deeds said stay right; a step that
accepts either deed alone ("nosta jaloilla"), a report of two events, and "mutta" are left
as they were."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge import judge
from valkky.testing.table import check_rows

ROWS = [
    # half of the advice: almost (the lesson's own reply, or the rule's start)
    ("elintarvike-raportti anna", "ota sormus pois", "almost"),
    ("elintarvike-raportti anna", "sormus pois", "almost"),
    ("elintarvike-raportti anna", "ota korut pois", "almost"),
    ("elintarvike-raportti anna", "riisu sormus", "almost"),
    ("elintarvike-raportti anna", "ota sormus ja korut pois", "almost"),
    ("elintarvike-raportti anna", "laita hiukset hiusverkkoon", "almost"),
    ("elintarvike-raportti anna", "laita hiukset hiusverkon alle", "almost"),
    ("elintarvike-raportti anna", "pese kädet ja ota sormus pois", "almost"),
    # both halves, in any words or order
    ("elintarvike-raportti anna", "laita hiukset verkkoon ja ota sormus pois", "correct"),
    ("elintarvike-raportti anna", "ota sormus pois ja laita hiukset hiusverkkoon", "correct"),
    ("elintarvike-raportti anna", "ota sormus pois ja peitä hiukset", "correct"),
    ("elintarvike-raportti anna", "hiukset verkkoon ja korut pois", "correct"),
    ("elintarvike-raportti anna", "sormus pois ja hiukset verkkoon", "correct"),
    # a permission of a wrong mistake beside a half stays that mistake (SAFETY)
    ("elintarvike-raportti anna", "ota sormus pois mutta hiukset saa näkyä", "wrong"),
    ("elintarvike-raportti anna", "laita hiukset verkkoon mutta sormus saa olla", "wrong"),
    ("elintarvike-raportti anna", "sormus saa olla", "wrong"),
    # steps that take either deed alone, or tell two events
    ("varasto-raportti neuvo", "nosta jaloilla", "correct"),
    ("varasto-raportti neuvo", "pidä selkä suorana", "correct"),
    ("valmistus-raportti neuvo", "paina hätäseis", "correct"),
    ("rakennus-raportti timo.8", "kulkuväylä pitää sulkea", "correct"),
    ("elintarvike-raportti pirjo.6", "pysäytin linjan", "correct"),
    ("autoala-raportti pasi.2", "auto putosi", "correct"),
    ("varasto-raportti kari.2", "tuli, mut yks lava oli rikki", "correct"),
]


def test_half_of_a_two_part_example() -> None:
    def check(row: tuple[str, str, str]) -> None:
        step, answer, verdict = row
        assert judged_on(step, answer).verdict == verdict

    check_rows(ROWS, check, name=lambda row: f"{row[0]}: {row[1]}")


def test_the_rule_alone() -> None:
    both = ["pese kädet ja laita kypärä"]
    j = judge("pese kädet", both, open_question=True)
    assert (j.verdict, j.reason, j.closest) == ("almost", "missing_words", both[0])
    assert judge("laita kypärä ja pese kädet", both, open_question=True).verdict == "correct"
    # a thing of neither part: another answer, the open question's own
    assert judge("siivoa lattia", both, open_question=True).verdict == "correct"
    # an example of one deed beside it: the lesson takes a half
    assert judge("pese kädet", [*both, "pese kädet"], open_question=True).verdict == "correct"
