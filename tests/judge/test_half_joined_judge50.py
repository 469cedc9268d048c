"""The half hour written as one word (issue 12, judge50; valkky/judge/half_joined.py):
"puolikolme" for "puoli kolme" is a spacing slip, almost (it was wrong); numbers Finnish
writes together stay right, another hour or no hour stays wrong."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.testing.table import as_table


@as_table(("step", "answer", "verdict"), [
    ("varasto-ohjeet auto", "puolikolme", "almost"),  # was wrong
    ("varasto-ohjeet auto", "kello puolikolme", "almost"),  # was wrong
    ("varasto-ohjeet auto", "auto tulee puolikolme", "almost"),  # was wrong
    ("varasto-ohjeet auto", "puolkolme", "almost"),  # was wrong (spoken puol)
    ("varasto-ohjeet auto", "puoli kolme", "correct"),
    ("varasto-ohjeet auto", "kaksikolmekymmentä", "correct"),
    ("varasto-ohjeet auto", "neljätoistakolmekymmentä", "correct"),
    # "kello" joined to its time: a spacing slip too (kellokymmenen was right, kellokaksitoista
    # wrong: Voikko reads only the first as a compound)
    ("varasto-ohjeet auto", "kellopuolikolme", "almost"),  # was wrong
    ("elintarvike-kartoitus a1-aika", "kellokymmenen", "almost"),  # was correct
    ("siivous-kartoitus a1-aika", "kellokuusi", "almost"),  # was correct
    # in any case the same slip (review of judge50: "kellokuudelta" was correct)
    ("siivous-kartoitus a1-aika", "kellokuudelta", "almost"),  # was correct
    ("siivous-kartoitus a1-aika", "kello kuudelta", "correct"),
    ("siivous-kartoitus a1-aika", "kellokahdeksalta", "wrong"),  # another hour
    ("siivous-kartoitus a1-aika", "kellotaulu", "wrong"),  # no time
    ("metalli-kartoitus a1-aika", "kellokaksitoista", "almost"),  # was wrong
    ("elintarvike-kartoitus a1-aika", "kello kymmenen", "correct"),
    ("metalli-kartoitus a1-aika", "kellokolme", "wrong"),  # another hour
    # another half hour, or no hour, stays wrong
    ("varasto-ohjeet auto", "puolineljä", "wrong"),
    ("varasto-ohjeet auto", "puolikaksi", "wrong"),
    ("varasto-ohjeet auto", "puoliso", "wrong"),
    ("varasto-ohjeet auto", "puolitoista", "wrong"),
    # numbers written together are Finnish spelling: right, as they were
    ("metalli-esimies montako", "kaksikymmentä kappaletta", "correct"),
    ("metalli-esimies montako", "kaksi kymmentä", "correct"),
    ("metalli-esimies montako", "kaksi kymmentä kappaletta", "correct"),
    ("varasto-kartoitus a1-numero", "kolme kymmentä laatikkoa", "correct"),
    ("elintarvike-kartoitus a1-numero", "kaksi toista", "correct"),
    ("metalli-kartoitus a1-aika", "kaksi toista", "correct"),
])
def test_half_hour_written_together(step: str, answer: str, verdict: str) -> None:
    assert judged_on(step, answer).verdict == verdict
