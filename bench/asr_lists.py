"""Do the wider accept lists cost Whisper accuracy on the same clips? (issue 10)

A split's clips are made from the lessons before the lists were widened (a checkout of
them, ``--before``), as bench/asr_trials.py makes them; each clip is then scored twice by
this checkout's runtime: with its step's phrases then (``old``) and with the same step's
phrases now (``new``, matched by lesson id and task index), the two in turn (which goes
first alternates: the silent scores are cached per scorer). Each is decided by the rule in
use and judged against its own step's lists, as bench/asr_rules.py judges the trials.

    python bench/asr_lists.py tuning dev held2 --before /tmp/wa-base --out /tmp/lists.json
    python bench/asr_lists.py --report /tmp/lists.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
from collections.abc import Sequence
from pathlib import Path

from asr_rules import load, runtime, table, verdict
from asr_trials import SETS, clips, score_clip, steps

from valkky.judge import judge
from valkky.settings import defaults
from valkky.speech import models
from valkky.speech.scoring import Rule, is_control
from valkky.speech.whisper import WhisperScorer


def score(names: Sequence[str], before: Path, out: Path) -> None:
    """Every clip of the splits ``names`` scored with the old and with the new lists; the
    rows saved to ``out`` after each split (``lists``: old or new, ``pair``: the clip)."""
    now = steps()
    scorer = WhisperScorer(models.whisper_model_path(None, defaults().data))
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            for n, c in enumerate(clips(Path(tmp), name, root=before / "lessons")):
                if c["step"] not in now:
                    print(f"{name}: {c['step']} is not in the lessons now; left out")
                    continue
                lists = {"old": c["task"], "new": now[c["step"]]}
                for which in ("old", "new") if n % 2 else ("new", "old"):
                    row = score_clip(scorer, c | {"set": name, "task": lists[which]},
                                     Rule(), light=True)
                    rows.append(row | {"lists": which, "pair": f"{name}{n}",
                                       "step": list(c["step"])})
                if n % 50 == 0:
                    print(f"{name} {n}", flush=True)
            out.write_text(json.dumps(rows, ensure_ascii=False))


def report(path: Path) -> None:
    rows = load(str(path))
    decide = runtime(Rule())
    for r in rows:
        r["split"], r["set"] = r["set"], f"{r['set']} {r['lists']}"
    table(rows, {"in use": decide})
    pairs: dict[str, dict[str, dict]] = {}
    for r in rows:
        pairs.setdefault(r["pair"], {})[r["lists"]] = r
    print("\nchanged decisions (kind, said: verdict and best phrase, old → new):")
    for pair in pairs.values():
        old, new = pair["old"], pair["new"]
        d_old, d_new = decide(old), decide(new)
        v_old, v_new = verdict(old, d_old), verdict(new, d_new)
        if (v_old, d_old.heard) != (v_new, d_new.heard):
            added = d_new.best is not None and d_new.best not in old["phrases"].values()
            print(f"  {old['split']} {old['kind']}, {old['said']!r}: {v_old} {d_old.best!r}"
                  f" → {v_new} {d_new.best!r}" + (" (a phrase added)" if added else ""))
    print("\nclips whose kind the new lists change (judged as typed):")
    for pair in pairs.values():
        old, new = pair["old"], pair["new"]
        if old["kind"] in ("mistake", "off-list"):
            typed = judge(new["said"], new["accept"], keywords=new["keywords"],
                          wrong_answers=tuple(new["mistakes"])).verdict
            if typed == "correct":
                print(f"  {old['split']} {old['kind']} {old['said']!r} is correct now")
    print("\nper split: own phrases a step (mean), CPU of scoring an answer, old → new:")
    for split in dict.fromkeys(r["split"] for r in rows):
        got = {w: [r for r in rows if r["split"] == split and r["lists"] == w]
               for w in ("old", "new")}
        own = {w: statistics.mean(sum(not is_control(p) for p in r["phrases"].values())
                                  for r in rs) for w, rs in got.items()}
        cpu = {w: [r["cpu_s"] for r in rs] for w, rs in got.items()}
        med = {w: statistics.median(v) for w, v in cpu.items()}
        print(f"  {split}: {own['old']:.1f} → {own['new']:.1f} phrases; CPU median "
              f"{med['old']:.3f} → {med['new']:.3f} s (ratio {med['new'] / med['old']:.2f}), "
              f"sum {sum(cpu['old']):.0f} → {sum(cpu['new']):.0f} s "
              f"(ratio {sum(cpu['new']) / sum(cpu['old']):.2f})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", help=f"of {', '.join(SETS)}")
    parser.add_argument("--before", type=Path, help="a checkout of the lessons before")
    parser.add_argument("--out", type=Path, help="where the scores are saved")
    parser.add_argument("--report", type=Path, help="only report saved scores")
    args = parser.parse_args()
    if args.report:
        if not args.report.is_file():
            parser.error(f"no saved scores at {args.report}")
        report(args.report)
        return
    if not (args.sets and args.before and args.out):
        parser.error("give the splits, --before and --out (or --report FILE)")
    if not (args.before / "lessons").is_dir():
        parser.error(f"no lessons in {args.before}")
    if unknown := [s for s in args.sets if s not in SETS]:
        parser.error(f"no split {', '.join(unknown)}: the splits are {', '.join(SETS)}")
    score(args.sets, args.before, args.out)
    report(args.out)


if __name__ == "__main__":
    main()
