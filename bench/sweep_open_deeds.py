"""A foreseen mistake said inside an open answer, swept over every open step with foreseen
mistakes (issue 12, judge26): how each way of saying it is judged.

For each open step with foreseen mistakes, each mistake (not one that says no itself) is said

- denied: under a no ("älä mene vaan alle", "en korjaa sen itse", "ei saa nostaa
  hänet yksin"), also after a courtesy ("ei se mitään, älä …");
- reported: as something someone else said or thought ("joku sanoi että …", "jere luuli
  että …"), or asked ("saako …", "voinko …");
- positive: after a courtesy said apart ("ei se mitään …", "ei se haittaa …", "voi voi …",
  "ei hätää …"), and as a permission ("voit …" for an instruction);

and the safe answers the review of judge26 found called the mistake, each kind made from
every mistake it fits:

- yhdessä: its "yksin" said as "yhdessä" ("nosta yhdessä");
- ilman: its thing left out ("käytä ilman käsineitä");
- contracted no: after "äläkä" or "ettet" ("pyydä apua äläkä nosta yksin", "muista ettet …");
- bare infinitive: with no modal ("kielletty mennä auton alle", "turha …");
- extra place: a thing kept elsewhere ("pidä sormus kaapissa");
- topic before: the step's topic said first ("tukipukki ensin ja sitten mene vaan alle"),
  or the deed for later ("… vasta kun työ on valmis");

and the second review's: a no on another verb before the right instruction, "älä X, <the
right instruction>" ("älä hätäile, käytä suojalaseja"), the instruction a mistake that says
no denies ("älä käytä suojalaseja": these mistakes are skipped above) or an example that
says none.

Denied, reported and the reviews' kinds must not move; positive should be off correct. The
forms are made from the lessons with Voikko's readings (a verb's base form for the
infinitive, the first person's -n and the second's -t dropped for the form a no takes):
rough, but every form made is real Finnish for the mistakes of the bundled open steps.
``--out FILE`` keeps the
verdicts, ``--before FILE`` (main's, say) prints the counts before and after and each moved
answer.

    .venv/bin/python -m bench.sweep_open_deeds --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from valkky.judge import finnish, judge
from valkky.judge.normalise import normalise
from valkky.judge.wordsets import has_negation
from valkky.lesson.model import Task
from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the steps as the tests read them
from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments

COURTESIES = ("ei se mitään", "ei se haittaa", "voi voi", "ei hätää")
_LEADS = frozenset({"joo", "ok", "okei", "kyllä"})  # "joo nosta": the yes left out


def _verb(words: list[str]) -> tuple[int, dict[str, str]] | None:
    """The first verb of ``words`` and its reading (a finite one first)."""
    for i, w in enumerate(words):
        readings = [a for a in finnish.analyses(w) if a.get("CLASS") == "teonsana"]
        if readings:
            return i, next((a for a in readings if a.get("PERSON") not in (None, "4")),
                           readings[0])
    return None


def _forms(mistake: str) -> Iterator[tuple[str, str]]:
    """(kind, answer) for one mistake."""
    words = normalise(mistake).split()
    while words and words[0] in _LEADS:
        words = words[1:]
    found = _verb(words)
    if not words or found is None or has_negation(words):
        return
    i, reading = found
    verb, base = words[i], reading.get("BASEFORM", "").casefold()
    before, after = words[:i], words[i + 1:]
    person, mood = reading.get("PERSON"), reading.get("MOOD")
    said = " ".join(words)
    infinitive = " ".join([*before, base, *after])
    denied: list[str] = []
    if "yksin" in words:
        yield "yhdessä", " ".join("yhdessä" if w == "yksin" else w for w in words)
    if mood == "imperative" and person == "2":
        denied = [" ".join([*before, "älä", verb, *after]), f"ei saa {infinitive}"]
        yield "contracted no", " ".join(["pyydä apua äläkä", *before, verb, *after])
        yield "contracted no", " ".join(["muista ettet", *before, verb, *after])
        yield "bare infinitive", f"kielletty {infinitive}"
        yield "bare infinitive", f"turha {infinitive}"
        if len(after) == 1 and "ilman" not in words and \
                any(case == "osanto" for case, _ in finnish.case_numbers(after[0])):
            yield "ilman", " ".join([*before, verb, "ilman", *after])
        if base == "pitää" and after:
            yield "extra place", f"{said} kaapissa"
        yield "positive", f"ei se mitään voit {infinitive}"
        yield "reported", f"saako {infinitive}"
        yield "reported", f"voinko {infinitive}"
    elif mood == "indicative" and reading.get("TENSE") == "present_simple" and \
            person in ("1", "2") and verb[-1] in "nt":
        denied = [" ".join([*before, "en" if person == "1" else "et", verb[:-1], *after])]
        if base in ("voida", "saada"):
            yield "reported", " ".join([*before, "voinko" if base == "voida" else "saanko",
                                        *after])
    for no in denied:
        yield "denied", no
        yield "denied", f"ei se mitään {no}"
    yield "reported", f"joku sanoi että {said}"
    yield "reported", f"jere luuli että {said}"
    for courtesy in COURTESIES:
        yield "positive", f"{courtesy} {said}"


_NOS_BEFORE = ("älä hätäile", "älä odota", "älä ole huolissasi")


def _no_before(task: Task) -> Iterator[str]:
    """A step's right instructions with a no on another verb before them."""
    right = [" ".join(w[1:]) for w in (normalise(m).split() for m in task.mistakes)
             if len(w) > 1 and w[0] == "älä" and not has_negation(w[1:])]
    right += [n for n in task.accept if not has_negation(normalise(n).split())]
    for instruction in right:
        for no in _NOS_BEFORE:
            yield f"{no}, {instruction}"


def calls() -> list[tuple[str, str, str]]:
    """(kind, step, answer), each once, in a fixed order."""
    out: dict[tuple[str, str], str] = {}
    for key, (task, options) in sorted(tasks().items()):
        if not task.open or not task.mistakes:
            continue
        topic = next((t for t in step_arguments(task, options).get("topics") or ()
                      if not has_negation([t])), None)
        for answer in _no_before(task):
            out.setdefault((key, answer), "no before")
        for mistake in task.mistakes:
            for kind, answer in _forms(mistake):
                out.setdefault((key, answer), kind)
                if kind == "positive" and answer.startswith("ei se mitään ") and topic:
                    said = answer.removeprefix("ei se mitään ")
                    out.setdefault((key, f"{topic} ensin ja sitten {said}"), "topic before")
                    out.setdefault((key, f"{said} vasta kun työ on valmis"), "topic before")
    return [(kind, key, answer) for (key, answer), kind in out.items()]


def sweep() -> tuple[dict[str, str], Counter[tuple[str, str]]]:
    """Each answer's verdict ("verdict reason"), keyed "kind | step | answer"."""
    verdicts: dict[str, str] = {}
    for kind, key, answer in calls():
        task, options = tasks()[key]
        j = judge(answer, task.accept, **step_arguments(task, options))
        verdicts[f"{kind} | {key} | {answer}"] = f"{j.verdict} {j.reason or ''}".strip()
    return verdicts, Counter((k.split(" | ")[0], v.split()[0]) for k, v in verdicts.items())


def _table(count: Counter[tuple[str, str]]) -> str:
    rows = []
    for kind in ("denied", "reported", "positive", "yhdessä", "ilman", "contracted no",
                 "bare infinitive", "extra place", "topic before", "no before"):
        n = sum(v for (k, _), v in count.items() if k == kind)
        rows.append(f"  {kind:15} {n:5}: " + ", ".join(
            f"{v} {count[kind, v]}" for v in ("correct", "almost", "wrong")))
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path)
    ap.add_argument("--before", type=Path)
    args = ap.parse_args()
    verdicts, count = sweep()
    if args.before:
        before = json.loads(args.before.read_text(encoding="utf-8"))
        print("before:\n" + _table(Counter(
            (k.split(" | ")[0], v.split()[0]) for k, v in before.items())))
    print(("after:\n" if args.before else "") + _table(count))
    if args.out:
        args.out.write_text(json.dumps(verdicts, ensure_ascii=False, indent=0), encoding="utf-8")
    if args.before:
        moved = {k: (before[k], v) for k, v in verdicts.items() if before.get(k, v) != v}
        print("moved: " + (", ".join(f"{k} {n}" for k, n in Counter(
            k.split(" | ")[0] for k in moved).most_common()) or "none"))
        for k, (old, new) in sorted(moved.items()):
            print(f"  {k}: {old} → {new}")


if __name__ == "__main__":
    main()
