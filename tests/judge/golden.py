"""Every judgement the judge tests know, recorded: a change made for speed must not change one.

The answers are tests/judge/test_verdicts.py's CASES, every rule's examples, the lexicon
tests' answers, every hand-graded learner answer of tests/judge/data/*.yaml (with its
step's keywords, mistakes, options and strict rules), and for every step of the bundled
lessons its foreseen mistakes, its other options and its first accepted answer said with
its dots dropped and with its last word missing (the commonest slips). For each, the whole
judgement is kept: verdict, reason, score, the closest answer, the answer as heard, the
detail, the matched mistake, the rule that decided, and what the robot says about an
almost (``almost_fi``).

`python -m tests.judge.golden` writes tests/judge/data/golden_verdicts.jsonl again: do it
only for a change meant to change judgements (a rule, a lexicon entry, a lesson, a new
case), and read the diff. tests/judge/test_golden.py holds the judge to the file; its
failure names only counts and steps (graded answers may be held out from whoever reads a
test log), and `python -m tests.judge.golden --diff` prints the judgements that changed.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields, is_dataclass
from functools import cache
from typing import Any, NamedTuple

from tests.judge.agreement import DATA, read_rows, tasks
from tests.judge.test_lexicon import ISSUE, PHRASE_PAIRS, WORD_PAIRS
from tests.judge.test_verdicts import CASES
from valkky.engine.feedback import almost_fi
from valkky.engine.session import judge_arguments
from valkky.judge import RULES, Judgement, clear_caches, judge, verdict
from valkky.lesson import model as m

GOLDEN = DATA / "golden_verdicts.jsonl"
_NO_DOTS = str.maketrans("äöåÄÖÅ", "aoaAOA")


class Call(NamedTuple):
    """One judge() call: ``where`` names the step ("<lesson> <task>") or, for a test's
    own accepted answers, lists them; with the answer it is the call's key in the file."""

    where: str
    answer: str
    accept: tuple[str, ...]
    step: Mapping[str, Any]

    @property
    def key(self) -> tuple[str, str]:
        return self.where, self.answer


def calls() -> Iterator[Call]:
    """Every judge() call the judge tests make with a known answer, each once."""
    seen: set[tuple[str, str]] = set()

    def once(call: Call) -> Iterator[Call]:
        if call.key not in seen:
            seen.add(call.key)
            yield call

    for answer, accept, *_ in CASES:
        yield from once(_own(answer, accept, {}))
    for rule in RULES:
        for example in rule.examples:
            yield from once(_own(example[0], example[1],
                                 example[4] if len(example) > 4 else {}))
    for said, accept in ISSUE:
        yield from once(_own(said, accept, {}))
    for said, accepted in [*WORD_PAIRS, *PHRASE_PAIRS]:
        yield from once(_own(said, [accepted], {}))
        yield from once(_own(f"se on {said} kiitos", [f"se on {accepted}"], {}))
    for path in sorted(DATA.glob("*.yaml")):
        for row in read_rows(path):
            task, options = tasks()[row["step"]]
            yield from once(Call(f"{path.name}: {row['step']}", str(row["answer"]),
                                 task.accept, step_arguments(task, options)))
    for where, (task, options) in sorted(tasks().items()):
        if not task.accept:
            continue
        step = step_arguments(task, options)
        first = task.accept[0]
        said = [first.translate(_NO_DOTS), " ".join(first.split()[:-1]), *task.mistakes,
                *step["other_options"]]
        for answer in said:
            if answer and answer != first:
                yield from once(Call(where, answer, task.accept, step))


def _own(answer: str, accept: Any, step: Mapping[str, Any]) -> Call:
    """A test's own call: its accepted answers (and switches) name it."""
    where = "accept: " + " | ".join(accept)
    if step:
        where += " " + json.dumps(step, ensure_ascii=False, sort_keys=True)
    return Call(where, answer, tuple(accept), step)


def step_arguments(task: m.Task, options: tuple[str, ...]) -> dict[str, Any]:
    """A step's judge() arguments besides the answer, as a session passes them
    (engine.session.judge_arguments), with its other options (agreement.tasks)."""
    return {"other_options": list(options), **judge_arguments(task)}


def judged_on(step: str, answer: str) -> Judgement:
    """``answer`` judged on a real step ("lesson step-id", agreement.tasks), as a session
    judges it."""
    task, options = tasks()[step]
    return judge(answer, task.accept, **step_arguments(task, options))


def judged_as_expected(step: str, answer: str, verdict: str) -> None:
    """Assert the judge gives ``verdict`` on a real step, or anything but X where it reads
    "not X" (the kinds tests' tables)."""
    got = judged_on(step, answer).verdict
    assert got != verdict[4:] if verdict.startswith("not ") else got == verdict, (answer, got)


def record(call: Call) -> dict[str, Any]:
    """The judgement on one call, as the golden file keeps it (fields that are empty left
    out: the file stays readable)."""
    j = judge(call.answer, call.accept, **call.step)
    out = {k: v for k, v in _plain(j).items() if k != "trace" and v is not None}
    if out.get("detail") and not out["detail"]["in_sentence"]:
        del out["detail"]["in_sentence"]  # recorded where set: the file's rows stay as made
    out["feedback"] = almost_fi(j)
    return {k: v for k, v in out.items() if v != ""}


def _plain(value: Any) -> Any:
    """``value`` as the file reads back (a dataclass a dict, a tuple a list): what
    json.loads(json.dumps(asdict(value))) gives for a judgement, at a fraction of its
    cost (the golden passes record every call three times)."""
    if type(value) in _SCALARS:  # most fields: nothing to convert
        return value
    if is_dataclass(value):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


_SCALARS = frozenset({str, float, int, bool, type(None)})


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def recorded() -> dict[tuple[str, str], dict[str, Any]]:
    """The golden file: each call's key → its judgement. Read once a process while the
    file is unchanged (each golden part and each graded set's agreement test read it)."""
    stat = GOLDEN.stat()
    return _recorded(stat.st_size, stat.st_mtime_ns)


@cache
def _recorded(size: int, mtime_ns: int) -> dict[tuple[str, str], dict[str, Any]]:
    """The file as it is now; its size and time in the key, so a file written again is
    read again."""
    rows = (json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines())
    return {(row["where"], row["answer"]): row["judgement"] for row in rows}


def changed(order: Iterable[Call], golden: Mapping[tuple[str, str], Any]) -> list[Call]:
    """The calls whose judgement is not the one recorded (or not recorded at all)."""
    return [call for call in order if record(call) != golden.get(call.key)]


def remembered_for(count: int) -> int:
    """verdict.REMEMBERED while the golden passes run over ``count`` calls: room for every
    call and the judgements it asks for on the way (≈ 1.14 a call), so that the cold pass
    keeps them all and the remembered pass brings every call back remembered. (The judge
    forgets its oldest first: with too little room a pass in the same order forgets each
    call just before it is asked again, and judges every one afresh.)"""
    return max(1, 2 * count)


PARTS = 3  # the golden calls in three parts, each its own test, run on several workers
# (three: `make test` runs a worker per core and one more, three on the 2-core machines)


def part(index: int, parts: int = PARTS, every: list[Call] | None = None) -> list[Call]:
    """The ``index``-th of ``parts`` runs of the golden calls (``every``, made where not
    given), in the file's order (a step's calls one after another, as a lesson judges
    them), equal in count."""
    every = list(calls()) if every is None else every
    size = -(-len(every) // parts)
    return every[index * size:(index + 1) * size]


def cold_pass(every: list[Call] | None = None) -> dict[tuple[str, str], dict[str, Any]]:
    """Each call judged once in its order (every golden call by default), every cache of
    the judge cleared first: each call's key → record(call)."""
    every = list(calls()) if every is None else every
    kept = verdict.REMEMBERED
    verdict.REMEMBERED = remembered_for(len(every))  # as the remembered pass will have it
    try:
        clear_caches()
        return {call.key: record(call) for call in every}
    finally:
        verdict.REMEMBERED = kept


def summary(calls_: Iterable[Call]) -> str:
    """Calls as counts per place: a graded file's step by its id, a test's own calls as
    one count. Never an answer nor a judgement: a held-out set's rows stay unread."""
    places = Counter(c.where if not c.where.startswith("accept: ") else "tests' own cases"
                     for c in calls_)
    return "\n".join(f"  {n} × {where}" for where, n in sorted(places.items()))


def diff() -> int:
    """Every call whose judgement changed, recorded beside now (for the one who may read
    every set's rows): the number that changed."""
    golden = recorded()
    found = changed(calls(), golden)
    for call in found:
        print(f"{call.where}: {call.answer!r}: recorded {golden.get(call.key)}, "
              f"now {record(call)}")
    return len(found)


def write() -> int:
    lines = [json.dumps({"where": c.where, "answer": c.answer, "judgement": record(c)},
                        ensure_ascii=False) for c in calls()]
    GOLDEN.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


if __name__ == "__main__":
    if sys.argv[1:] == ["--diff"]:
        print(f"{diff()} judgements changed")
    else:
        print(f"{write()} judgements written to {GOLDEN}")
