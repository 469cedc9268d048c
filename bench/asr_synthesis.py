"""Analysis by synthesis (issue #10, round 17): does the learner's audio look more like
the product's own rendering of the phrase the rule weighed than like its renderings of the
step's other phrases? Evidence Whisper's decoder does not give: its language model pulls
towards fluent text, a frame-by-frame likeness of the encoder's output does not.

Each phrase scored for an answer is rendered by espeak-ng as the robot speaks (voice
``fi``, A1's 130 words a minute, ``tts.EspeakSynth``) and put through Whisper's encoder
(``WhisperScorer.encode``, as the answer is); the answer's voiced frames
(``asr.voiced_spans``) are laid against each rendering's by dynamic time warping (DTW) over
the encoder's output, each frame less its utterance's mean and of unit length (cosine
distance), the cost a step of the path, over the path's steps.

    python bench/asr_synthesis.py measure TRIALS.json --clips DIR --out DIST.json [--sets …]
    python bench/asr_synthesis.py clips SPLIT --lessons DIR --out DIR   # an espeak split again
    python bench/asr_synthesis.py judge DIST.json[,MORE.json] TRIALS.json [more …] [--leave-out]
    python bench/asr_synthesis.py cost TRIALS.json --clips DIR [--n 20]
    python bench/asr_synthesis.py session TRIALS.json --clips DIR [--sets …]  # the runtime's path

``measure`` saves each answer's distance to every phrase it was scored against (by set and
clip; answers in doubt only: one taken outright weighs nothing more); ``judge`` shows how
well ``scoring.Features.synth`` tells right answers from others (AUC, on the phrase the rule
weighed), then judges every split through ``scoring.decide`` (the picks made again) with the
rule in use, with ``Rule.synth`` and the bias fitted on the fitting splits only (at most 2 %
of their others taken; ``--leave-out``: each fitting split left out), and with the control
guard alone (``scoring.best_phrase``), the bias in use and refitted.

CAUTION: the fitting and held splits are espeak-ng voices, the renderings too; the
``festival`` split (voices made from human recordings) is the honest measure.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from asr_coverage import auc, counts, decider, each_left_out, said_it, said_phrase, trials
from asr_rules import FIT_ON, load, prompt_for, runtime, scores_of, verdict

from valkky.speech.audio import ASR_RATE, read_wav, resample
from valkky.speech.scoring import Decision, Rule, Scores, candidates, decide, fit_bias, split
from valkky.speech.synthesis import LEAD_S, Renderings, distance, voiced_frames
from valkky.speech.tts import RATE_WPM, VOICE


def renderings(scorer: Any) -> Renderings:
    """Each phrase rendered as the runtime's guard renders it (the ``[speech]`` defaults:
    the robot's voice at A1's rate) and encoded once."""
    from valkky.config import SpeechSettings
    from valkky.speech.whisper import guard_renderings

    rendered = guard_renderings(SpeechSettings(), scorer.encode)
    assert rendered is not None, "espeak-ng is not installed"
    return rendered


def measure(args: argparse.Namespace) -> None:
    from valkky.settings import defaults
    from valkky.speech import models
    from valkky.speech.whisper import WhisperScorer

    scorer = WhisperScorer(models.whisper_model_path(None, defaults().data))
    rendered = renderings(scorer)
    out_path = Path(args.out)
    saved: dict[str, dict[str, float]] = (json.loads(out_path.read_text())
                                          if out_path.exists() else {})
    rows = [r for p in args.trials for r in load(p) if not args.sets or r["set"] in args.sets]
    started, cpu = time.time(), time.process_time()
    for n, r in enumerate(rows):
        key = f"{r['set']}/{r['wav']}"
        wav = Path(args.clips) / r["wav"]
        d = runtime(Rule())(r)
        if key in saved or not wav.exists() or d.weighed is None \
                or d.weighed.best >= Rule().clear:
            continue  # taken outright: the rule weighs nothing more
        samples, rate = read_wav(wav)
        audio = resample(samples, rate).astype(np.int16)
        saved[key] = dict(rendered.distances(scorer.encode(audio), audio, list(r["scores"])))
        if n % 25 == 0:
            print(f"{n}/{len(rows)} {time.time() - started:.0f} s wall, "
                  f"{time.process_time() - cpu:.0f} s CPU", flush=True)
            out_path.write_text(json.dumps(saved))
    out_path.write_text(json.dumps(saved))
    print(f"{len(saved)} answers")


def cost(args: argparse.Namespace) -> None:
    """What the distances would cost the runtime, on ``--n`` answers in doubt of a split:
    the CPU of rendering a phrase (espeak-ng, a child process), of encoding the rendering
    (made ahead, while the robot asks), and of the answer's distances once its encoder
    output is there (after the learner stops: the voiced frames and a DTW a phrase)."""
    import resource

    from valkky.settings import defaults
    from valkky.speech import models
    from valkky.speech.tts import EspeakSynth
    from valkky.speech.whisper import WhisperScorer

    def child_cpu() -> float:
        u = resource.getrusage(resource.RUSAGE_CHILDREN)
        return u.ru_utime + u.ru_stime

    scorer = WhisperScorer(models.whisper_model_path(None, defaults().data)).wait()
    synth = EspeakSynth(VOICE)
    rows = [r for p in args.trials for r in load(p) if (Path(args.clips) / r["wav"]).exists()]
    rows = [r for r in rows if (d := runtime(Rule())(r)).weighed is not None
            and d.weighed.best < Rule().clear][:args.n]
    said, encoded, after, phrases = [], [], [], 0
    for r in rows:
        samples, rate = read_wav(Path(args.clips) / r["wav"])
        audio = resample(samples, rate).astype(np.int16)
        answer = voiced_frames(scorer.encode(audio), audio)  # the scorer encodes it anyway
        renders = []
        for p in r["scores"]:
            c0, t0 = child_cpu(), time.process_time()
            got = synth.render(p, RATE_WPM["A1"])
            said.append(child_cpu() - c0 + time.process_time() - t0)
            t0 = time.process_time()
            pcm = resample(np.asarray(got.samples, np.int16), got.rate).astype(np.int16)
            pcm = np.concatenate([np.zeros(int(LEAD_S * ASR_RATE), np.int16), pcm])
            renders.append(voiced_frames(scorer.encode(pcm), pcm))
            encoded.append(time.process_time() - t0)
        t0 = time.process_time()
        _ = [distance(answer, x) for x in renders]
        after.append(time.process_time() - t0)
        phrases += len(renders)
    print(f"{len(rows)} answers in doubt, {phrases} phrases: a phrase rendered (espeak-ng) "
          f"median {np.median(said) * 1000:.0f} ms CPU, encoded {np.median(encoded) * 1000:.0f}"
          f" ms CPU (both ahead); an answer's distances median {np.median(after) * 1000:.1f} "
          f"ms CPU ({phrases / len(rows):.1f} phrases)")


def session(args: argparse.Namespace) -> None:
    """Every clip of a split through the runtime's own path (round 18): a
    ``WhisperListener`` with the guard's renderings (``whisper.guard_renderings``, the
    ``[speech]`` defaults), capture and early scoring as a session's, the renderings made
    as asked (``valkky check``'s way: no warm-up); each answer judged with the guard and,
    on the same scores, without it (main). Right kept / mistakes judged correct / others
    judged correct (taken as any phrase) / controls heard, by split."""
    from valkky.settings import defaults
    from valkky.speech import models
    from valkky.speech.asr import ListenSettings, WavAnswers
    from valkky.speech.whisper import WhisperListener, WhisperScorer

    class Both(WhisperListener):
        def decide(self, scores: Scores, phrases: dict[str, str],
                   mistakes: Sequence[str] = ()) -> Decision:
            self.plain = decide(replace(scores, synth=()), phrases, self.rule, mistakes)
            self.guarded = bool(scores.synth)
            return super().decide(scores, phrases, mistakes)

    rows = [r for p in args.trials for r in load(p) if (not args.sets or r["set"] in args.sets)
            and (Path(args.clips) / r["wav"]).exists()]
    scorer = WhisperScorer(models.whisper_model_path(None, defaults().data)).wait()
    rendered = renderings(scorer)
    listener = Both(scorer, WavAnswers([Path(args.clips) / r["wav"] for r in rows]),
                    ListenSettings(), renderings=rendered)
    tally: dict[str, Counter[tuple[str, str, str]]] = {}
    measured, cpu, started = Counter[str](), time.process_time(), time.time()
    for n, r in enumerate(rows):
        prompt = prompt_for(r["accept"], r["keywords"], r["mistakes"])
        rendered.keep(split(candidates(prompt), cohort=False).controls)
        listener.plain = None
        assert listener.listen(prompt) is not None and listener.last is not None
        plain = listener.plain or listener.last  # nothing heard: decided without scores
        c = tally.setdefault(r["set"], Counter())
        for way, d in (("main", plain), ("guard", listener.last)):
            c[(way, r["kind"], verdict(r, d))] += 1
        measured[r["set"]] += listener.guarded
        if n % 50 == 0:
            print(f"{n}/{len(rows)} {time.time() - started:.0f} s wall, "
                  f"{time.process_time() - cpu:.0f} s CPU", flush=True)
    listener.close()

    def counts_of(c: Counter[tuple[str, str, str]], way: str) -> str:
        taken = sum(k for (w, kind, v), k in c.items()
                    if w == way and kind == "off-list" and v != "unclear")
        return (f"{c[(way, 'accepted', 'correct')]} / {c[(way, 'mistake', 'correct')]} / "
                f"{c[(way, 'off-list', 'correct')]} ({taken}) / "
                f"{c[(way, 'control', 'correct')]}")

    print("| split | clips | guard measured | without the guard (main) | with it |\n"
          "| --- | --- | --- | --- | --- |")
    for name, c in sorted(tally.items()):
        print(f"| {name} | {sum(c.values()) // 2} | {measured[name]} | "
              f"{counts_of(c, 'main')} | {counts_of(c, 'guard')} |")
    print(f"{time.process_time() - cpu:.0f} s CPU for {len(rows)} clips")


def make_clips(args: argparse.Namespace) -> None:
    """An espeak-ng split said again, as asr_trials.py said it (the same draws, the
    questions from the lessons of the day it was scored)."""
    import asr_trials

    where = Path(args.out)
    where.mkdir(parents=True, exist_ok=True)
    root = Path(args.lessons)
    if args.split in asr_trials.SLOW:
        asr_trials.slow_clips(where, args.split, root)
    else:
        asr_trials.clips(where, args.split, root=root)


def with_synth(rows: Sequence[dict], dist: dict[str, dict[str, float]]) -> None:
    """Each row's scores as the runtime's rule gets them, with the distances measured, where
    ``asr_coverage.decider`` reads them (an answer taken outright decided once)."""
    for r in rows:
        got = dist.get(f"{r['set']}/{r['wav']}", {})
        r["_scores"] = replace(scores_of(r), synth=tuple(got.items()))
        d = decide(r["_scores"], r["phrases"], Rule(), r["mistakes"])
        r["_fixed"] = d if d.weighed is None or d.weighed.best >= Rule().clear else None


TRIED = (0.0, 1.0, 2.0, 4.0, 8.0, 16.0, 32.0)


def fit(rows: Sequence[dict], base: Rule) -> Rule:
    """``base`` with the ``synth`` weight of ``TRIED`` and the bias that keep the most
    right answers with at most 2 % of the others taken, the picks made again."""
    best: tuple[float, Rule] | None = None
    for w in TRIED:
        found = fit_bias(replace(base, synth=w), *trials(rows, replace(base, synth=w)))
        if best is None or found.cut.accepted > best[0] + 1e-12:
            best = (found.cut.accepted, found.rule)
    assert best is not None
    return best[1]


def separation(rows: Sequence[dict], rule: Rule) -> None:
    """AUC in doubt of the weighed phrase's ``Features.synth`` (right answers against
    others and mistakes), beside the rule's own evidence; and the right answers lost,
    with where the phrase said ranks among the renderings (0: the nearest)."""
    for s in sorted({r["set"] for r in rows}):
        vals: dict[str, list[float]] = {"right": [], "off-list": [], "mistake": []}
        ev: dict[str, list[float]] = {"right": [], "off-list": [], "mistake": []}
        ranks: Counter[str] = Counter()
        for r in rows:
            if r["set"] != s:
                continue
            d = decider(rule)(r)
            if r["kind"] == "accepted" and verdict(r, d) != "correct":
                said = said_phrase(r)
                near = sorted(r["_scores"].synth, key=lambda x: x[1])
                ranks["not measured" if not near or said is None else
                      "nearest" if near[0][0] == said else "not nearest"] += 1
            if d.weighed is None or d.weighed.best >= rule.clear:
                continue
            kind = "right" if r["kind"] == "accepted" and d.best \
                and said_it(d.best, r["said"]) else r["kind"]
            if kind in vals:
                vals[kind].append(d.weighed.synth)
                ev[kind].append(rule.evidence(d.weighed))
        print(f"| {s} | {auc(vals['right'], vals['off-list']):.3f} "
              f"({len(vals['right'])} / {len(vals['off-list'])}) | "
              f"{auc(vals['right'], vals['mistake']):.3f} ({len(vals['mistake'])}) | "
              f"{auc(ev['right'], ev['off-list']):.3f} | "
              f"{ranks['nearest']} / {ranks['not nearest']} / {ranks['not measured']} |")


def judge_rows(args: argparse.Namespace) -> None:
    dist: dict[str, dict[str, float]] = {}
    for path in args.dist.split(","):
        dist |= json.loads(Path(path).read_text())
    rows = [r for p in args.trials for r in load(p)]
    with_synth(rows, dist)
    measured = {r["set"] for r in rows if f"{r['set']}/{r['wav']}" in dist}
    rows = [r for r in rows if r["set"] in measured]
    plain = [r for p in args.trials for r in load(p) if r["set"] in measured]
    with_synth(plain, {})  # as main judges them: nothing measured, no guard
    in_use = Rule()
    probe = replace(in_use, synth=1.0)  # the distances weighed (AUC of ``Features.synth``)
    print("| split | synth: AUC right / others in doubt | right / mistakes | the rule's "
          "evidence: right / others | right lost: said nearest / not / not measured |\n"
          "| --- | --- | --- | --- | --- |")
    separation(rows, probe)
    fitting = [r for r in rows if r["set"] in FIT_ON]
    if not fitting:
        return
    found = fit(fitting, in_use)  # the guard in (the distances measured), the weight fitted
    guard = fit_bias(in_use, *trials(fitting, in_use))
    print(f"\nfitted on {', '.join(sorted({r['set'] for r in fitting}))}: synth "
          f"{found.synth:g}, bias {found.bias:g}; the control's guard alone: bias "
          f"{guard.rule.bias:g}\n\n| split | without the guard (main) | synth {found.synth:g} "
          f"(bias {found.bias:g}) | the guard, bias in use | the guard, bias refitted |\n"
          "| --- | --- | --- | --- | --- |")
    for s in sorted(measured):
        mine = [r for r in rows if r["set"] == s]
        print(f"| {s} | {counts([r for r in plain if r['set'] == s], in_use)} | "
              f"{counts(mine, found)} | {counts(mine, in_use)} | {counts(mine, guard.rule)} |")
    if not args.leave_out:
        return
    print("\neach fitting split left out (fitted on the other three):")
    each_left_out(rows, fitting, in_use, fit, lambda r: f"synth {r.synth:g}")


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("measure")
    m.add_argument("trials", nargs="+")
    m.add_argument("--clips", required=True)
    m.add_argument("--out", required=True)
    m.add_argument("--sets", nargs="*")
    r = sub.add_parser("session")
    r.add_argument("trials", nargs="+")
    r.add_argument("--clips", required=True)
    r.add_argument("--sets", nargs="*")
    k = sub.add_parser("cost")
    k.add_argument("trials", nargs="+")
    k.add_argument("--clips", required=True)
    k.add_argument("--n", type=int, default=20)
    c = sub.add_parser("clips")
    c.add_argument("split")
    c.add_argument("--lessons", required=True, help="the lessons the split was drawn from")
    c.add_argument("--out", required=True)
    j = sub.add_parser("judge")
    j.add_argument("dist", help="the distances measured (several: comma-separated)")
    j.add_argument("--leave-out", action="store_true", help="each fitting split left out")
    j.add_argument("trials", nargs="+")
    args = parser.parse_args()
    {"measure": measure, "cost": cost, "clips": make_clips, "judge": judge_rows,
     "session": session}[args.command](args)


if __name__ == "__main__":
    main()
