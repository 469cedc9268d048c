"""Does the forced decoding cover the speech? (issue #10, round 15) On trials saved with
each phrase's alignment (bench/asr_trials.py, or asr_rescore.py ``--all`` on older ones:
``aligned``, when the alignment reaches each token and end-of-text) and the frames'
loudness (the VAD's voiced time, ``asr.voiced_spans``):

1. the separation table: how well each way of measuring the coverage tells the phrase
   said from the phrase that wrongly won (right answers lost to another phrase, or to a
   foreseen mistake close behind), and right answers from answers to other questions and
   from mistakes (AUC, in doubt, on the phrase the rule weighed); and, added to the rule's
   evidence at the weight that keeps the most, the right answers in doubt kept with at
   most 2 % of the others taken (``scoring.fit_bias``), the picks as they were;
2. with ``--fit``: the rule's ``covered`` and ``landed`` weights (``scoring.Features``)
   fitted with the others kept (``fit_bias`` for each pair of ``scoring.WEIGHTS``, the
   picks made again), on the fitting splits only, and each fitting split left out.

    python bench/asr_coverage.py TRIALS.json [more.json ...] [--fit]

Only the fitting splits are read (``--sets``): the held-out ones are judged with
``asr_rules.py`` once the rule is chosen.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from asr_rules import FIT_ON, load, runtime, scores_of, verdict

from valkky.judge import judge
from valkky.judge.normalise import normalise
from valkky.speech import scoring
from valkky.speech.scoring import (
    Decision,
    Features,
    Rule,
    coverage,
    decide,
    fit_bias,
    is_control,
)

Measure = Callable[[Sequence[float], Sequence[tuple[float, float]]], float]
# each way of measuring, from a phrase's bounds and the voiced spans; the last bound is
# where end-of-text begins, the one before it where the full stop does (every phrase
# Whisper writes ends on one, a token of its own, which takes the silence after the words)
MEASURES: dict[str, Measure] = {
    "covered, to end-of-text": lambda b, v: coverage(b, v)[0],
    "covered, the words": lambda b, v: coverage(b[:-1], v)[0],
    "landed, every token": lambda b, v: coverage(b, v)[1],
    "landed, the words": lambda b, v: coverage(b[:-1], v)[1],
    "both, the words (product)": lambda b, v: math.prod(coverage(b[:-1], v)),
}
# the rule's two features (``scoring.weigh`` through ``scoring.coverage``) measured other
# ways, for ``--fit``: as built, on the words (the full stop and end-of-text left out), or
# the two shares' product as one feature (``covered``; ``landed`` then 1)
WAYS: dict[str, Callable[[Sequence[float], Sequence[tuple[float, float]]],
                         tuple[float, float]]] = {
    "as built": coverage,
    "words": lambda b, v: coverage(b[:-1], v),
    "all tokens": lambda b, v: coverage(b, v),
    "product of the words": lambda b, v: (math.prod(coverage(b[:-1], v)), 1.0),
}
SPLITS = {"tuning": ("tuning",), "dev": ("dev",), "wide": ("wide",),
          "halting": ("halting-pauses", "halting-slow-pauses", "halting-slow")}


def said_phrase(row: dict) -> str | None:
    """The written phrase of the step that is what was said (or framed: "se on X")."""
    said = normalise(row["said"])
    mine = [p for p, v in row["scores"].items() if p in row["phrases"]
            and normalise(row["phrases"][p]) in (said, "se on " + said)]
    return max(mine, key=lambda p: row["scores"][p]) if mine else None


def rival_of(row: dict) -> str | None:
    """The best-scoring phrase (a control too) that is not what was said."""
    said = normalise(row["said"])
    others = [p for p in row["scores"] if p in row["phrases"]
              and normalise(row["phrases"][p]) not in (said, "se on " + said)]
    return max(others, key=lambda p: row["scores"][p]) if others else None


def measured(row: dict, phrase: str, measure: Measure) -> float | None:
    bounds = row.get("aligned", {}).get(phrase)
    voiced = scores_of(row).voiced
    return measure(bounds, voiced) if bounds and voiced else None


def auc(good: Sequence[float], bad: Sequence[float]) -> float:
    if not good or not bad:
        return math.nan
    wins = sum((g > b) + 0.5 * (g == b) for g in good for b in bad)
    return wins / (len(good) * len(bad))


def separation(rows: Sequence[dict], rule: Rule) -> None:
    lost: dict[str, list[tuple[dict, str, str]]] = {"won": [], "apart": []}
    doubt: dict[str, list[tuple[dict, str]]] = {"right": [], "mistake": [], "off-list": []}
    for r in rows:
        d = r["decided"]
        if r["kind"] == "accepted" and verdict(r, d) != "correct":
            said, rival = said_phrase(r), rival_of(r)
            if said and rival:
                weighed_said = d.best is not None and (
                    normalise(d.best) == normalise(r["phrases"][said])
                    or normalise(d.best).removeprefix("se on ") == normalise(r["said"]))
                if not weighed_said:
                    lost["won"].append((r, said, rival))
                elif d.weighed is not None and rule.accepts(d.weighed):
                    lost["apart"].append((r, said, rival))
        if d.weighed is None or d.weighed.best >= rule.clear or d.best is None \
                or is_control(d.best):
            continue
        won = next((p for p, v in r["scores"].items()
                    if r["phrases"].get(p) == d.best and v == d.weighed.best), None)
        if won is None:
            continue
        if r["kind"] == "accepted":
            if judge(d.best, [r["said"]]).verdict == "correct":
                doubt["right"].append((r, won))
        elif r["kind"] in ("mistake", "off-list"):
            doubt[r["kind"]].append((r, won))
    print(f"right answers lost to another phrase that won: {len(lost['won'])}, to a "
          f"mistake close behind (apart): {len(lost['apart'])}; in doubt: "
          + ", ".join(f"{k} {len(v)}" for k, v in doubt.items()))
    base_on = [(r["decided"].weighed, True) for r, _ in doubt["right"]]
    base_off = [r["decided"].weighed for r, _ in doubt["off-list"]]
    kept0 = fit_bias(rule, base_on, base_off).cut.accepted
    n = len(doubt["right"])
    print(f"\n| measure | lost, won: said > = < | lost, apart: > = < | AUC right / others "
          f"| AUC right / mistakes | kept in doubt (of {n}) |\n| --- | --- | --- | --- | --- "
          "| --- |")
    for name, m in MEASURES.items():
        counts = {}
        for k, cases in lost.items():
            c: Counter[str] = Counter()
            for r, said, rival in cases:
                a, b = measured(r, said, m), measured(r, rival, m)
                if a is not None and b is not None:
                    c["above" if a > b + 1e-9 else "below" if a < b - 1e-9 else "tie"] += 1
            counts[k] = f"{c['above']} / {c['tie']} / {c['below']}"

        def values(kind: str, m: Measure = m) -> list[float]:
            return [v for r, p in doubt[kind] if (v := measured(r, p, m)) is not None]
        right = values("right")
        best_w, best_kept = 0.0, kept0
        for w in TRIED[1:]:
            def with_it(r: dict, p: str, m: Measure = m) -> Features:
                return replace(r["decided"].weighed, cohort=(measured(r, p, m) or 1.0) - 1)
            on = [(with_it(r, p), True) for r, p in doubt["right"]]
            off = [with_it(r, p) for r, p in doubt["off-list"]]
            kept = fit_bias(replace(rule, cohort=w), on, off).cut.accepted
            if kept > best_kept + 1e-12:
                best_w, best_kept = w, kept
        print(f"| {name} | {counts['won']} | {counts['apart']} | "
              f"{auc(right, values('off-list')):.3f} | {auc(right, values('mistake')):.3f} | "
              f"{round(kept0 * n)} → {round(best_kept * n)} (weight {best_w:g}) |")


def decider(rule: Rule) -> Callable[[dict], Decision]:
    """``asr_rules.runtime``, each row's scores made once (the fits decide every row a
    few hundred times)."""
    def decided(row: dict) -> Decision:
        if "_scores" not in row:
            row["_scores"] = scores_of(row)
            d = decide(row["_scores"], row["phrases"], rule, row["mistakes"])
            # taken outright (or nothing to weigh): the same whatever the weights
            row["_fixed"] = d if d.weighed is None or d.weighed.best >= rule.clear else None
        if row["_fixed"] is not None:
            return row["_fixed"]  # type: ignore[no-any-return]
        return decide(row["_scores"], row["phrases"], rule, row["mistakes"])
    return decided


@cache
def said_it(best: str, said: str) -> bool:
    return judge(best, [said]).verdict == "correct"


def trials(rows: Sequence[dict], rule: Rule) -> tuple[list[tuple[Features, bool]],
                                                      list[Features]]:
    """``asr_rules.trials_for`` with ``decider`` and the judge's verdicts kept."""
    on, off = [], []
    for r in rows:
        d = decider(rule)(r)
        if d.weighed is None:
            continue
        if r["kind"] == "off-list":
            off.append(d.weighed)
        else:
            on.append((d.weighed, said_it(d.best or "", r["said"])))
    return on, off


def fit(rows: Sequence[dict], base: Rule, names: Sequence[str] = ("covered", "landed")
        ) -> Rule:
    """``base`` with the weights ``names`` (each of ``WEIGHTS``) and the bias that keep
    the most right answers with at most 2 % of the others taken, the picks made again."""
    best: tuple[float, Rule] | None = None
    for ws in _pairs(len(names)):
        rule = replace(base, **dict(zip(names, ws, strict=True)))
        found = fit_bias(rule, *trials(rows, rule))
        if best is None or found.cut.accepted > best[0] + 1e-12:
            best = (found.cut.accepted, found.rule)
    assert best is not None
    return best[1]


# the weights tried for each of the two (``scoring.WEIGHTS`` less some: 36 pairs, each a
# pass of the picks over every answer)
TRIED = (0.0, 1.0, 2.0, 4.0, 6.0, 8.0)


def _pairs(n: int) -> list[tuple[float, ...]]:
    from itertools import product

    return list(product(TRIED, repeat=n))


def counts(rows: Sequence[dict], rule: Rule) -> str:
    c = Counter((r["kind"], verdict(r, decider(rule)(r))) for r in rows)
    taken = sum(n for (k, v), n in c.items() if k == "off-list" and v != "unclear")
    return (f"{c[('accepted', 'correct')]} / {c[('mistake', 'correct')]} / "
            f"{c[('off-list', 'correct')]} ({taken}) / {c[('control', 'correct')]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trials", nargs="+")
    parser.add_argument("--sets", nargs="+",
                        default=[*FIT_ON, "slow-slow", "slow-pauses", "pauses-pauses"])
    parser.add_argument("--fit", action="store_true",
                        help="fit the rule's covered and landed weights, each split left out")
    parser.add_argument("--measure", choices=list(WAYS), default="as built",
                        help="how the rule's features are measured for --fit")
    args = parser.parse_args()
    scoring.coverage = WAYS[args.measure]  # type: ignore[assignment]  # weigh() reads it
    rule = Rule()
    rows = [r for p in args.trials for r in load(p) if r["set"] in args.sets]
    missing = sum("aligned" not in r for r in rows)
    if missing:
        print(f"{missing} of {len(rows)} rows have no alignments: score them again "
              "(asr_rescore.py --all)")
    for r in rows:
        r["decided"] = runtime(rule)(r)
    print(f"{len(rows)} answers of {', '.join(sorted({r['set'] for r in rows}))}")
    separation(rows, rule)
    if not args.fit:
        return
    fitting = [r for r in rows if r["set"] in FIT_ON]
    found = fit(fitting, rule)
    print(f"\nfitted on {', '.join(SPLITS)}: covered {found.covered:g}, landed "
          f"{found.landed:g}, bias {found.bias:g}\n\n| split | in use | fitted |\n| --- | --- "
          "| --- |")
    for s in sorted({r["set"] for r in rows}):
        mine = [r for r in rows if r["set"] == s]
        print(f"| {s} | {counts(mine, rule)} | {counts(mine, found)} |")
    print("\neach fitting split left out (the weights and bias fitted on the other three, "
          "judged on it; right / mistakes / others (taken) / controls):")
    each_left_out(rows, fitting, rule, fit,
                  lambda r: f"covered {r.covered:g}, landed {r.landed:g}")


def each_left_out(rows: Sequence[dict], fitting: Sequence[dict], rule: Rule,
                  fitted: Callable[[Sequence[dict], Rule], Rule],
                  weights: Callable[[Rule], str]) -> None:
    """Each fitting split (``SPLITS``) judged with the bias, and with ``fitted``'s rule,
    fitted on the other three; ``weights`` says what was fitted."""
    for out, sets in SPLITS.items():
        rest = [r for r in fitting if r["set"] not in sets]
        left = [r for r in rows if r["set"] in sets]
        without = fit_bias(rule, *trials(rest, rule)).rule
        with_it = fitted(rest, rule)
        print(f"| {out} | {counts(left, without)} (bias {without.bias:g}) | "
              f"{counts(left, with_it)} ({weights(with_it)}, bias {with_it.bias:g}) |")


if __name__ == "__main__":
    main()
