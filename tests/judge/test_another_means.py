"""A deed done with another thing than the step's (rules._another_means): where the accepted
answers say what the deed is done with in the adessive ("vedellä") and a foreseen mistake a
wrong one ("jarrunesteellä"), an accepted answer said whole with another such thing
("huuhtelen silmät öljyllä") is wrong; the step's own thing, a slip of it, or none, stays
right (review51 of stop 40 found the first correct on main)."""

from __future__ import annotations

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import judge
from valkky.testing.table import as_table


@as_table(("answer", "verdict"), [
    ("huuhtelen silmät öljyllä", "wrong"),
    ("huuhtelen silmät bensalla", "wrong"),
    ("huuhtelen silmät pesuaineella", "wrong"),
    ("huuhtelen silmät kylmällä vedellä", "correct"),
    ("huuhtelen silmät vesillä", "correct"),
    ("huuhtelen silmät silmähuuhteella", "correct"),
    ("huuhtelen silmät heti", "correct"),
])
def test_a_deed_done_with_another_thing(answer: str, verdict: str) -> None:
    task, options = tasks()["autoala-turvallisuus huuhtele"]
    assert judge(answer, task.accept, **step_arguments(task, options)).verdict == verdict
