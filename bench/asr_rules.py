"""Whisper's rule, and ideas for a better one, judged on the scores bench/asr_trials.py
saved: every split's right answers kept, mistakes and answers to other questions judged
correct, controls heard — for the rule in use and for each idea, side by side. The rules
are fitted on tuning + dev + wide only; the held-out split is printed, never fitted on.

    python bench/asr_rules.py /tmp/trials.json

Each row is re-decided with ``scoring.decide`` on the runtime's own scores (the trials
score as the runtime does), so the rule in use gives the figures the runtime would.
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from valkky.engine.session import control_action
from valkky.judge import judge
from valkky.speech.scoring import (
    CLEAR,
    Decision,
    Features,
    Rule,
    Scores,
    _best,
    _too_close,
    decide,
    fit_rule,
)

FIT_ON = ("tuning", "dev", "wide")


def scores_of(row: dict) -> Scores:
    return Scores(tuple(row["scores"].items()), row["free"], row["free_score"],
                  tuple(row.get("rivals", {}).items()))


def verdict(row: dict, d: Decision) -> str:
    if d.rejected:
        return "unclear"
    if row["kind"] == "control":
        ok = control_action(d.heard) == control_action(row["said"])
        return "correct" if ok else "wrong"
    return judge(d.heard, row["accept"], keywords=row["keywords"],
                 wrong_answers=tuple(row["mistakes"])).verdict


Decider = Callable[[dict], Decision]


def runtime(rule: Rule) -> Decider:
    return lambda row: decide(scores_of(row), row["phrases"], rule, row["mistakes"])


def table(rows: Sequence[dict], deciders: dict[str, Decider]) -> None:
    sets = list(dict.fromkeys(r["set"] for r in rows))
    print(f"{'rule':<28}" + "".join(f"{s:>30}" for s in sets))
    for name, decider in deciders.items():
        cells = []
        for s in sets:
            got: dict[str, list[str]] = {}
            for r in rows:
                if r["set"] == s:
                    got.setdefault(r["kind"], []).append(verdict(r, decider(r)))

            def share(kind: str, got: dict[str, list[str]] = got) -> str:
                v = got.get(kind, [])
                return f"{100 * v.count('correct') / max(1, len(v)):.1f}"
            cells.append(f"{share('accepted')}/{share('mistake')}/{share('off-list')}/"
                         f"{share('control')}")
        print(f"{name:<28}" + "".join(f"{c:>30}" for c in cells))
    counts = {s: {k: sum(1 for r in rows if r["set"] == s and r["kind"] == k)
                  for k in ("accepted", "mistake", "off-list", "control")} for s in sets}
    print("(right kept / mistakes taken / others taken / controls heard, %; clips: "
          + "; ".join(f"{s} {c}" for s, c in counts.items()) + ")")


# --- ideas: each turns a row into the (scores, features) the rule would weigh ---

def _mean(tokens: Sequence[float], end: float = -0.6, skip: int = 0) -> float:
    kept = list(tokens[skip:]) if len(tokens) > skip else list(tokens)
    return (sum(kept) + end) / (len(kept) + 1)


def syllables(text: str) -> int:
    """Finnish syllables, near enough: one a vowel group (diphthongs counted once)."""
    vowels = set("aeiouyäöå")
    count, previous = 0, False
    for ch in text.lower():
        v = ch in vowels
        count += v and not previous
        previous = v
    return max(1, count)


def rescored(row: dict, skip: int) -> dict:
    """The row with every phrase and the free transcription scored without their first
    ``skip`` tokens (the first token carries most of the surprise of a short answer)."""
    out = dict(row)
    out["scores"] = {p: _mean(row["tokens"][p], skip=skip) if p in row["tokens"] else v
                     for p, v in row["scores"].items()}
    if row["free"] or row["free_tokens"]:
        out["free_score"] = _mean(row["free_tokens"], skip=skip)
    return out


def length_off(row: dict, phrase: str) -> float:
    """How far the speech's length is from the phrase's (its syllables at 5 a second),
    as |log ratio|: an answer to another question is often much longer or shorter."""
    said_s = max(0.1, row["speech_s"] - 0.5)  # the 0.25 s kept at each edge
    return abs(math.log(said_s / (syllables(phrase) / 5.0)))


def trials_for(rows: Sequence[dict], decider: Decider,
               extra: Callable[[dict, Decision], float] | None = None
               ) -> tuple[list[tuple[Features, bool]], list[Features]]:
    """The rule's training trials (as bench_asr.accuracy makes them): every answer but
    those to other questions on the list (was the best phrase the one said?), those off
    it. ``extra`` replaces the cohort feature (weighed by ``fit_rule`` in its place)."""
    on, off = [], []
    for r in rows:
        d = decider(r)
        if d.weighed is None:
            continue
        f = d.weighed if extra is None else replace(d.weighed, cohort=extra(r, d))
        if r["kind"] == "off-list":
            off.append(f)
        else:
            on.append((f, judge(d.best or "", [r["said"]]).verdict == "correct"))
    return on, off


def with_extra(rule: Rule, extra: Callable[[dict, Decision], float]) -> Decider:
    """The runtime's pick, accepted by ``rule`` with ``extra`` as its third feature (in
    the cohort's place), the answer-and-mistake gap (``apart``) as in ``decide``."""
    def decider(row: dict) -> Decision:
        d = decide(scores_of(row), row["phrases"], replace(rule, cohort=0.0), row["mistakes"])
        if d.weighed is None or d.weighed.best >= rule.clear:
            return d
        f = replace(d.weighed, cohort=extra(row, d))
        scored = tuple(row["scores"].items())
        best, value = _best(scored, row["phrases"], rule.control)
        ok = rule.accepts(f) and not _too_close(scored, row["phrases"], best, value,
                                                row["mistakes"], rule.apart)
        return replace(d, rejected=not ok, heard=d.best if ok and d.best else row["free"],
                       weighed=f)
    return decider


def fitted(rows: Sequence[dict], base: Decider, rule: Rule,
           extra: Callable[[dict, Decision], float] | None = None) -> Rule:
    on, off = trials_for([r for r in rows if r["set"] in FIT_ON], base, extra)
    found = fit_rule(on, off, clear=rule.clear)
    return replace(found.rule, control=rule.control, apart=rule.apart)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trials")
    args = parser.parse_args()
    rows: list[dict[str, Any]] = json.loads(Path(args.trials).read_text(encoding="utf-8"))
    in_use = Rule()
    deciders: dict[str, Decider] = {"in use": runtime(in_use)}
    refit = fitted(rows, runtime(in_use), in_use)
    print(f"refitted on {'+'.join(FIT_ON)}: {refit}")
    deciders["refit (margin, alike)"] = runtime(refit)
    for skip in (1,):
        def skipping(row: dict, skip: int = skip) -> Decision:
            return decide(scores_of(rescored(row, skip)), row["phrases"], in_use,
                          row["mistakes"])
        r = fitted(rows, skipping, in_use)
        print(f"first token discounted: {r}")
        deciders["first token discounted"] = lambda row, r=r, skip=skip: decide(
            scores_of(rescored(row, skip)), row["phrases"], r, row["mistakes"])

    def length(row: dict, d: Decision) -> float:
        return -length_off(row, d.best or "")
    r = fitted(rows, runtime(in_use), in_use, length)
    print(f"with the length (as 'cohort'): {r}")
    deciders["length"] = with_extra(r, length)
    print(f"clear = {CLEAR}")
    table(rows, deciders)


if __name__ == "__main__":
    main()
