"""Where right answers are lost, counted on the scores bench/asr_trials.py saved: each right
answer the rule in use does not judge correct, by what stopped it (asked again: a control
won, another phrase scored best, a foreseen mistake close, or the evidence short — and on
which feature; or taken as another phrase: which), split by split; then the share lost by
condition (noise, room, pitch, speed, the answer's length, what Whisper's own transcription
heard). The conditions are not saved with the rows: they are drawn again as the splits drew
them (``asr_trials.say``'s draws, without espeak-ng), and checked against each row. The
draws follow the shuffled question pool, which changes with the lessons: give the lessons
the clips were made from (``--lessons``; the trials of rounds 11–15 were made on those of
8feec79: ``git archive 8feec79 lessons | tar -x -C DIR``, then ``--lessons DIR/lessons``).
Where the draws do not match the rows, one line says so and only the causes are counted.

    python bench/asr_losses.py /tmp/trials.json [more.json ...] --sets tuning dev wide ...
    python bench/asr_losses.py TRIALS.json ... --sets held2 --dist DIST.json --misses

The rounds' table (docs/speech.md, round 13) is this script's first table. ``--dist``: the
control guard's distances (``asr_synthesis.py measure``), so the rows are decided as the
runtime decides them with the guard on (round 18). ``--misses``: every clip of the splits
that misses a goal (a right answer not judged correct; a mistake or an answer to another
question judged correct; a control not heard), one line each with what it might share with
the others: the words said, the voice and rate, why, the rule's evidence, how far the best
control scored over the step's best phrase, how close the next phrase of the step scored,
and whether the robot's rendering of the phrase said was the nearest (round 19).
"""

from __future__ import annotations

import argparse
import random
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import asr_trials
import festival
from asr_coverage import decider
from asr_rules import FIT_ON, load, runtime, verdict

from valkky.engine.session import control_action
from valkky.judge import judge
from valkky.judge.normalise import normalise
from valkky.speech.scoring import Decision, Rule, is_control, likeness

FEATURES = ("margin", "alike", "length", "over_controls", "lift")


def conditions(names: Sequence[str], root: Path | None = None) -> dict[str, dict]:
    """Each clip's drawn pitch, room (its RT60, 0: none) and SNR, by file name, for the
    splits ``names`` (``asr_trials.say`` stood in for by the same draws), their questions
    from the lessons under ``root`` (the library's by default)."""
    drawn: dict[str, dict] = {}

    def say(path: Path, text: str, voice: str, wpm: int, rng: random.Random,
            how: asr_trials.Conditions = asr_trials.CLEAN, breaks: tuple[int, int] | None = None,
            gaps: float = 1.0) -> Path:
        pitch = rng.randint(*how.pitch) if how.pitch else 50
        for _ in range(len(text.split()) - 1 if breaks else 0):
            if not (gaps < 1 and rng.random() >= gaps):
                rng.randint(*breaks)  # type: ignore[misc]
        rng.randrange(1 << 30)  # the noise's seed
        room = rng.uniform(*how.rt60) if how.room and rng.random() < how.room else 0.0
        drawn[path.name] = {"pitch": pitch, "rt60": room, "snr": rng.uniform(*how.snr_db),
                            "said": text, "voice": voice, "wpm": wpm}
        rng.uniform(0.2, 0.6)  # the lead
        return path

    real, asr_trials.say = asr_trials.say, say  # type: ignore[assignment]
    try:
        for name in names:
            if name in asr_trials.SLOW:
                asr_trials.slow_clips(Path("."), name, root)
            else:
                asr_trials.clips(Path("."), name, root=root)
    finally:
        asr_trials.say = real
    return drawn


def _kind(phrase: str, row: dict) -> str:
    """What a phrase taken (or best) is to the answer said."""
    text, said = normalise(phrase), normalise(row["said"]).split()
    mistakes = {normalise(m) for m in row["mistakes"]}
    if text in mistakes or (text.startswith("se on ") and text[6:] in mistakes):
        return "a foreseen mistake"
    if is_control(row["phrases"].get(phrase, phrase)) or control_action(phrase):
        return "a control"
    words = text.split()
    if len(words) < len(said) and all(w in said for w in words):
        return "a shorter phrase inside the answer"
    return "another phrase of the step"


def cause(row: dict, d: Decision, rule: Rule, typical: dict[str, float]) -> str:
    """Why a right answer was not judged correct."""
    if not d.rejected:
        return f"taken as {_kind(d.heard, row)}"
    best_ok = judge(d.best or "", row["accept"], keywords=row["keywords"],
                    wrong_answers=tuple(row["mistakes"])).verdict == "correct"
    said = normalise(row["said"])
    if d.best and is_control(d.best):
        return "asked again: a control won (its margin)"
    if not best_ok:
        return f"asked again: best was {_kind(d.best or '', row)}"
    if d.weighed is not None and rule.accepts(d.weighed):
        return "asked again: a foreseen mistake close (apart)"
    if normalise(d.best or "") not in (said, "se on " + said):
        return "asked again: another right phrase best, its lift low"
    assert d.weighed is not None
    short = {n: getattr(rule, n) * (typical[n] - getattr(d.weighed, n))
             for n in FEATURES if getattr(rule, n)}
    return f"asked again: the phrase said, short on {max(short, key=lambda n: short[n])}"


def missed(row: dict, d: Decision) -> bool:
    """Whether the clip misses a goal: a right answer or a control not taken as said, a
    mistake or an answer to another question judged correct."""
    ok = verdict(row, d) == "correct"
    return ok != (row["kind"] in ("accepted", "control"))


def misses(rows: Sequence[dict], decided_by: Callable[[dict], Decision], rule: Rule) -> None:
    """Each clip that misses a goal, by split, with what it has (``--misses``)."""
    decided = [(r, decided_by(r)) for r in rows]
    right = [d for r, d in decided if r["kind"] == "accepted" and not missed(r, d)
             and d.weighed is not None and d.weighed.best < rule.clear]
    typical = {n: statistics.median(getattr(d.weighed, n) for d in right) for n in FEATURES}
    for name in dict.fromkeys(r["set"] for r in rows):
        mine = [(r, d) for r, d in decided if r["set"] == name]
        lost = [(r, d) for r, d in mine if missed(r, d)]
        print(f"\n{name}: {len(lost)} of {len(mine)} clips miss a goal "
              f"({dict(Counter(r['kind'] for r, _ in lost))})")
        for r, d in lost:
            print("  " + "; ".join(_what(r, d, rule, typical)))


def _what(row: dict, d: Decision, rule: Rule, typical: dict[str, float]) -> list[str]:
    """What a clip that misses a goal has: the cells of its ``--misses`` line."""
    scores = dict(row["scores"])
    own = sorted((v, p) for p, v in scores.items() if not is_control(row["phrases"].get(p, p)))
    controls = [v for p, v in scores.items() if is_control(row["phrases"].get(p, p))]
    said = normalise(row["said"])
    why = cause(row, d, rule, typical) if row["kind"] == "accepted" else (
        f"{verdict(row, d)}, heard {d.heard!r}")
    near = sorted(row["_scores"].synth, key=lambda x: x[1]) if "_scores" in row else []
    nearest = ("not measured" if not near else "said nearest" if normalise(
        row["phrases"].get(near[0][0], near[0][0])) in (said, "se on " + said)
        else f"nearest {near[0][0]!r}")
    return [f"{row['wav']} {row['kind']} {row['said']!r}", f"{len(said.split())} words",
            f"{row['voice']} {row['wpm']}", why,
            f"evidence {rule.evidence(d.weighed):+.1f}" if d.weighed else "no evidence",
            f"control {max(controls) - own[-1][0]:+.2f}" if controls and own else "no control",
            f"next {own[-1][0] - own[-2][0]:.2f}" if len(own) > 1 else "one phrase",
            f"free {row['free']!r}", nearest]


def _band(width: float) -> Callable[[float], str]:
    return lambda v: f"{int(v // width * width)}–{int(v // width * width + width)}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("trials", nargs="+")
    parser.add_argument("--sets", nargs="+", default=list(FIT_ON),
                        help="the splits to count (the held-out ones stay out)")
    parser.add_argument("--lessons", type=Path,
                        help="the lessons the clips were made from (the draws follow them)")
    parser.add_argument("--dist", help="the control guard's distances (asr_synthesis.py "
                        "measure; several: comma-separated): decided with the guard")
    parser.add_argument("--misses", action="store_true",
                        help="every clip that misses a goal, and what it has (no tables)")
    args = parser.parse_args()
    rule = Rule()
    every = [r for p in args.trials for r in load(p) if r["set"] in args.sets]
    decided_by = runtime(rule)
    if args.dist:
        import json

        from asr_synthesis import with_synth
        with_synth(every, {k: v for path in args.dist.split(",")
                           for k, v in json.loads(Path(path).read_text()).items()})
        decided_by = decider(rule)  # the rows' scores with the distances measured
    if args.misses:
        return misses(every, decided_by, rule)
    rows = [r for r in every if r["kind"] == "accepted"]
    sets = list(dict.fromkeys(r["set"] for r in rows))
    drawn = conditions(list(dict.fromkeys(s.split("-")[0] for s in sets)), args.lessons)
    # the draws must be the clips' own: the same answer, voice and speed
    differ = [r["wav"] for r in rows if (lambda got: got is None or (
        got["said"], got["voice"], got["wpm"]) != (r["said"], r["voice"], r["wpm"]))(
        drawn.get(r["wav"]))]
    if differ:
        print(f"the conditions drawn again differ from {len(differ)} of {len(rows)} rows "
              f"(first {differ[0]}): the question pool changed with the lessons; give "
              "--lessons with those the clips were made from. Causes only.\n")
    decided = [(r, decided_by(r)) for r in rows]
    judged = [(r, d, verdict(r, d) == "correct") for r, d in decided]
    typical = {n: statistics.median(getattr(d.weighed, n) for _, d, ok in judged
                                    if ok and d.weighed and d.weighed.best < rule.clear)
               for n in FEATURES}
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for r, d, ok in judged:
        table["kept" if ok else cause(r, d, rule, typical)][r["set"]] += 1
    print(f"{'right answers':<56}" + "".join(f"{s[:12]:>13}" for s in sets) + "    all")
    for c in sorted(table, key=lambda c: (c != "kept", -sum(table[c].values()))):
        print(f"{c:<56}" + "".join(f"{table[c][s]:>13}" for s in sets)
              + f"{sum(table[c].values()):>7}")
    said = Counter(r["set"] for r in rows)
    print(f"{'of':<56}" + "".join(f"{said[s]:>13}" for s in sets) + f"{len(rows):>7}")

    def heard(r: dict) -> str:
        if not r["free"]:
            return "taken outright (no transcription)"
        alike = likeness(r["free"], r["said"])
        return "likeness ≥ 70" if alike >= 70 else "40–70" if alike >= 40 else "< 40"
    by: dict[str, Callable[[dict], str]] = {
        "SNR, dB": lambda r: _band(5)(drawn[r["wav"]]["snr"]),
        "room": lambda r: "a room" if drawn[r["wav"]]["rt60"] else "none",
        "pitch": lambda r: (lambda p: "50" if p == 50 else "< 40" if p < 40 else "40–60"
                            if p <= 60 else "> 60")(drawn[r["wav"]]["pitch"]),
        "words a minute (festival's voices: % of their own pace)": lambda r: str(r["wpm"])
        if festival.is_festival(r["voice"]) else _band(25)(r["wpm"]),
        "voice": lambda r: r["voice"],
        "words said": lambda r: str(min(4, len(normalise(r["said"]).split()))),
        "Whisper's own transcription, like what was said": heard,
    }
    for name, key in by.items() if not differ else ():
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for r, _, ok in judged:
            counts[key(r)]["said"] += 1
            counts[key(r)]["lost"] += not ok
        print(f"\n{name}: " + "; ".join(
            f"{k} {c['lost']} of {c['said']} lost ({100 * c['lost'] / c['said']:.1f} %)"
            for k, c in sorted(counts.items())))


if __name__ == "__main__":
    main()
