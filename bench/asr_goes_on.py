"""Does the answer go on past the phrase taken? (issue #10, round 20). held2 judged 2 of 50
answers to other questions correct, each a longer answer taken as a shorter phrase of the
step. The measure: the forced decoding's end-of-text log-probability right after the phrase
the rule took (Whisper's decoder, the phrase as its prefix): near 0 where the speech may end
there, far under where it goes on. The runtime's scores do not have it (CTranslate2's
``align`` gives no end-of-text probability: ``whisper.END_LOGPROB`` stands in for it).

    python bench/asr_goes_on.py measure TRIALS.json … --dist DIST.json,… --clips DIR \
        --out EOT.json [--sets …]
    python bench/asr_goes_on.py judge EOT.json TRIALS.json … --dist DIST.json,… --sets … --below T
    python bench/asr_goes_on.py judge covered TRIALS.json … --dist DIST.json,… --below -0.3

``measure`` saves, by set and clip, the measure of each answer the rule takes as a step's own
phrase (decided as the runtime decides with the control guard: ``--dist``, round 17's
distances). ``judge`` asks again every answer taken in doubt whose measure is under ``T``, and
counts each split's verdicts as ``asr_losses`` does; answers not measured keep theirs. With
``covered`` for EOT.json the measure is the forced decoding's coverage of the voiced speech
(``Features.covered``, round 15: in the saved scores; round 21 measured its cut on a fresh
split).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from asr_coverage import decider
from asr_rules import load, verdict
from asr_synthesis import with_synth

from valkky.speech.audio import read_wav, resample
from valkky.speech.scoring import Rule, is_control


def rows_of(trials: Sequence[str], dist: str, sets: Sequence[str]) -> list[dict]:
    """The splits' rows with the control guard's distances, as the runtime decides them."""
    rows = [r for p in trials for r in load(p) if not sets or r["set"] in sets]
    with_synth(rows, {k: v for path in dist.split(",")
                      for k, v in json.loads(Path(path).read_text()).items()})
    return rows


def end_after(scorer: Any, encoded: Any, phrase: str) -> float | None:
    """The log-probability of end-of-text right after ``phrase``, force-decoded as the
    prefix (None where CTranslate2 gave no step after it)."""
    tokens = scorer.encode_text(" " + phrase)
    # max_length is the decoder's own limit: a shorter one cut some prefixes short
    got = scorer.ct2.generate(encoded, [[*scorer.start, *tokens]], beam_size=1,
                              max_length=448, return_logits_vocab=True,
                              suppress_blank=False)[0]  # suppress_blank hides end-of-text
    if len(got.logits[0]) <= len(tokens):
        return None
    step = np.asarray(got.logits[0][len(tokens)], np.float64).reshape(-1)
    seen = step[np.isfinite(step) & (step > -1e30)]  # suppressed tokens: −FLT_MAX
    return float(step[scorer.eot] - np.logaddexp.reduce(seen))


def measure(args: argparse.Namespace) -> None:
    from valkky.settings import defaults
    from valkky.speech import models
    from valkky.speech.whisper import WhisperScorer

    scorer = WhisperScorer(models.whisper_model_path(None, defaults().data)).wait()
    decided = decider(Rule())
    out = Path(args.out)
    saved: dict[str, float] = json.loads(out.read_text()) if out.exists() else {}
    for r in rows_of(args.trials, args.dist, args.sets):
        key, wav = f"{r['set']}/{r['wav']}", Path(args.clips) / r["wav"]
        d = decided(r)
        if key in saved or d.rejected or d.best is None or is_control(d.best) \
                or not wav.exists():
            continue
        written = max((v, p) for p, v in r["scores"].items()
                      if r["phrases"].get(p, p) == d.best)[1]  # its best-scoring form
        samples, rate = read_wav(wav)
        value = end_after(scorer, scorer.encode(resample(samples, rate).astype(np.int16)),
                          written)
        if value is not None:
            saved[key] = value
    out.write_text(json.dumps(saved))
    print(f"{len(saved)} answers")


def judge(args: argparse.Namespace) -> None:
    covered = args.eot == "covered"
    measured: dict[str, float] = {} if covered else json.loads(Path(args.eot).read_text())
    decided, clear = decider(Rule()), Rule().clear
    by: dict[str, Counter[str]] = {}
    for r in rows_of(args.trials, args.dist, args.sets):
        d, key = decided(r), f"{r['set']}/{r['wav']}"
        c = by.setdefault(r["set"], Counter())
        if not d.rejected and d.weighed is not None and d.weighed.best < clear \
                and d.best is not None and not is_control(d.best):
            value = d.weighed.covered if covered else measured.get(key)
        else:
            value = None
        if value is not None and value < args.below:
            print(f"  asked again: {key} {r['kind']} {r['said']!r} taken as {d.best!r} "
                  f"({verdict(r, d)}), {value:.2f}")
            d = replace(d, rejected=True, heard=r["free"])
            c["asked"] += 1
        c[r["kind"], verdict(r, d)] += 1
        c[r["kind"]] += 1
    for name, c in by.items():
        said = {k: f"{c[k, 'correct']} of {c[k]}" for k in KINDS}
        print(f"{name}: " + ", ".join(f"{KINDS[k]} {v}" for k, v in said.items())
              + f"; asked again {c['asked']}")


KINDS = {"accepted": "right", "mistake": "mistakes", "off-list": "others",
         "control": "controls"}  # a row's kind: what its verdict counts as


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    for command, wants in (("measure", {"--clips": str, "--out": str}),
                           ("judge", {"--below": float})):
        p = sub.add_parser(command)
        if command == "judge":
            p.add_argument("eot", help="the measures (measure's --out), or covered: the "
                           "forced decoding's coverage of the speech (Features.covered)")
        p.add_argument("trials", nargs="+")
        for flag, kind in wants.items():
            p.add_argument(flag, type=kind, required=True)
        p.add_argument("--dist", required=True, help="the control guard's distances "
                       "(asr_synthesis.py measure; several: comma-separated)")
        p.add_argument("--sets", nargs="*", default=())
    args = parser.parse_args()
    if args.command == "measure":
        measure(args)
    else:
        judge(args)


if __name__ == "__main__":
    main()
