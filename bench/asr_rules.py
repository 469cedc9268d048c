"""Whisper's rule, and ideas for a better one, judged on the scores bench/asr_trials.py
saved: every split's right answers kept, mistakes and answers to other questions judged
correct, controls heard — for the rule in use and for each idea, side by side. The rules
are fitted on tuning + dev + wide + halting only (``FIT_ON``); the held-out splits are
printed, never fitted on.

    python bench/asr_rules.py /tmp/trials.json

The fits (at most 2 % of the answers to other questions let through, the bias set by
``fit_rule``) are printed and judged beside the rule in use and main's before it.

Each row is re-decided with ``scoring.decide`` on the runtime's own scores (the trials
score as the runtime does), so the rule in use gives the figures the runtime would.
"""

from __future__ import annotations

import argparse
import json
import statistics
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from bench_asr import MAIN_RULE

from valkky import events as ev
from valkky.engine.session import control_action, listener_prompt
from valkky.judge import judge
from valkky.speech.asr import voiced_frames_seconds, voiced_spans
from valkky.speech.scoring import (
    Decision,
    Features,
    Rule,
    Scores,
    best_phrase,
    candidates,
    decide,
    fit_rule,
    is_control,
    too_close,
)
from valkky.speech.whisper import EDGE_S, END_LOGPROB

# the fitting splits; since round 12 the ``halting`` split's answers said with pauses too
FIT_ON = ("tuning", "dev", "wide", "halting-pauses", "halting-slow-pauses", "halting-slow")


def prompt_for(accept: Sequence[str], keywords: Sequence[str], mistakes: Sequence[str]
               ) -> ev.Prompt:
    """The prompt a session gives the listener for a step: its own phrases, then the
    learner's controls (engine/session.py)."""
    return listener_prompt("s", "ask", (*accept, *keywords, *mistakes), mistakes=mistakes,
                           tries=2)


def load(path: str) -> list[dict[str, Any]]:
    """Saved trials, each row's phrases as ``scoring.candidates`` gives them now (JSON
    keeps no ``OwnControl``: a control that is the step's answer is known again)."""
    rows: list[dict[str, Any]] = json.loads(Path(path).read_text(encoding="utf-8"))
    for r in rows:
        r["phrases"] = candidates(prompt_for(r["accept"], r["keywords"], r["mistakes"]))
    return rows


def scores_of(row: dict) -> Scores:
    """The row's scores as the runtime's rule gets them (whisper.score_answer): the
    speech's length measured as the runtime measures it now, from the frames' loudness
    where the trials kept it (round 9 on); trials saved before the length left its pauses
    out measured it with them."""
    seconds = voiced_frames_seconds(row["frames"]) if "frames" in row else row.get(
        "seconds", max(0.0, row["speech_s"] - 2 * EDGE_S))
    return Scores(tuple(row["scores"].items()), row["free"], row["free_score"],
                  tuple(row.get("rivals", {}).items()), seconds=seconds,
                  priors=tuple(row.get("priors", {}).items()),
                  aligned=tuple((p, tuple(b)) for p, b in row.get("aligned", {}).items()),
                  voiced=voiced_spans(row["frames"]) if "frames" in row else ())


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
            offs = got.get("off-list", [])
            taken = f"{100 * sum(v != 'unclear' for v in offs) / max(1, len(offs)):.1f}"
            cells.append(f"{share('accepted')}/{share('mistake')}/{share('off-list')}"
                         f"({taken})/{share('control')}")
        print(f"{name:<28}" + "".join(f"{c:>30}" for c in cells))
    counts = {s: {k: sum(1 for r in rows if r["set"] == s and r["kind"] == k)
                  for k in ("accepted", "mistake", "off-list", "control")} for s in sets}
    print("(right kept / mistakes judged correct / others judged correct (others not asked "
          "again, as any phrase) / controls heard, %; clips: "
          + "; ".join(f"{s} {c}" for s, c in counts.items()) + ")")


# --- ideas: each turns a row into the (scores, features) the rule would weigh ---

def _mean(tokens: Sequence[float], end: float = END_LOGPROB, skip: int = 0) -> float:
    kept = list(tokens[skip:]) if len(tokens) > skip else list(tokens)
    return (sum(kept) + end) / (len(kept) + 1)


def first_token_off(row: dict, d: Decision) -> float:
    """(best − free without their first tokens) − (best − free): the correction to the
    margin when the first token is not counted."""
    if d.weighed is None:
        return 0.0
    best = next(p for p, v in row["scores"].items()
                if row["phrases"].get(p, p) == d.best and v == d.weighed.best)
    skipped = _mean(row["tokens"][best], skip=1) - _mean(row["free_tokens"], skip=1)
    return skipped - d.weighed.margin


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
        best, value = best_phrase(scored, row["phrases"], rule.control)
        ok = rule.accepts(f) and not too_close(scored, row["phrases"], best, value,
                                                row["mistakes"], rule, row["free"])
        return replace(d, rejected=not ok, heard=d.best if ok and d.best else row["free"],
                       weighed=f)
    return decider


def fitted(rows: Sequence[dict], base: Decider, rule: Rule,
           extra: Callable[[dict, Decision], float] | None = None,
           weighed: Sequence[str] = ("cohort", "alike")) -> Rule:
    """The rule ``fit_rule`` finds on the fitting splits, weighing ``weighed`` (an
    ``extra`` feature is weighed in the cohort's place)."""
    on, off = trials_for([r for r in rows if r["set"] in FIT_ON], base, extra)
    found = fit_rule(on, off, clear=rule.clear, weighed=weighed)
    return replace(found.rule, control=rule.control, apart=rule.apart,
                   alike_apart=rule.alike_apart)


def _own(row: dict) -> list[float]:
    return [v for p, v in row["scores"].items() if not is_control(row["phrases"].get(p, p))]


# The third feature each idea gives the rule (weighed in the cohort's place): how far the
# best phrase stands out of ...
EXTRAS: dict[str, Callable[[dict, Decision], float]] = {
    # ... the step's other phrases (their median): an answer off the list fits none
    "standout": lambda row, d: d.weighed.best - statistics.median(_own(row))
    if d.weighed else 0.0,
    # ... the free transcription, both without their first token (weight 1: the margin
    # so measured; the first token carries most of a short answer's surprise)
    "first token off": lambda row, d: first_token_off(row, d),
}
# The features the runtime's rule can weigh (scoring.Features), in the combinations tried.
WEIGHINGS: dict[str, tuple[str, ...]] = {
    "refit: alike": ("alike",),
    "+ length": ("alike", "length"),
    "+ over controls": ("alike", "over_controls"),
    "+ length + over controls": ("alike", "length", "over_controls"),
    # the silent scores are saved for the answers in doubt (asr_trials, round 8 on)
    "+ length + over controls + lift": ("alike", "length", "over_controls", "lift"),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trials", nargs="+", help="saved trials; more than one: each "
                        "judged with the rule in use only, side by side")
    args = parser.parse_args()
    in_use = Rule()
    if len(args.trials) > 1:
        for path in args.trials:
            print(path)
            table(load(path), {"in use": runtime(in_use)})
        return
    rows = load(args.trials[0])
    deciders: dict[str, Decider] = {"main before (bench_asr)": runtime(MAIN_RULE),
                                    "in use": runtime(in_use)}
    for name, weighed in WEIGHINGS.items():
        r = fitted(rows, runtime(in_use), in_use, weighed=weighed)
        print(f"{name}: {r}")
        deciders[name] = runtime(r)

    for name, extra in EXTRAS.items():
        r = fitted(rows, runtime(in_use), in_use, extra, weighed=("cohort", "alike"))
        print(f"{name} (weighed as 'cohort'): {r}")
        deciders[name] = with_extra(r, extra)
    table(rows, deciders)
    picks(rows)


def picks(rows: Sequence[dict]) -> None:
    """How often the best phrase is the one said (right answers), by how a phrase's
    tokens are summed up: the mean (in use), the sum, the mean without the first token."""
    ways: dict[str, Callable[[Sequence[float]], float]] = {
        "mean": _mean, "sum": lambda t: sum(t) + END_LOGPROB, "mean, first token off":
        lambda t: _mean(t, skip=1)}
    for name, way in ways.items():
        ok = total = 0
        for r in rows:
            if r["kind"] != "accepted" or r["set"] not in FIT_ON:
                continue
            scored = {p: way(r["tokens"][p]) for p in r["scores"] if p in r["tokens"]}
            own = {p: v for p, v in scored.items() if not is_control(r["phrases"][p])}
            best = max(own, key=lambda p: own[p])
            total += 1
            ok += judge(r["phrases"][best], r["accept"], keywords=r["keywords"],
                        wrong_answers=tuple(r["mistakes"])).verdict == "correct"
        print(f"picks by {name}: {100 * ok / max(1, total):.1f} % of {total} right answers "
              f"({'+'.join(FIT_ON)})")


if __name__ == "__main__":
    main()
