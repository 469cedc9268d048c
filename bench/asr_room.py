"""Speech said in a room (issue #10, round 23): the clips of saved trials scored again with
a front end before Whisper (``speech.dereverb``), as the runtime would score them, into
trials of the same form (bench/asr_trials.py), to be decided and counted by
asr_losses.py, asr_goes_on.py and asr_synthesis.py as any trials.

    python bench/asr_room.py rescore TRIALS.json --clips DIR --out NEW.json [--sets …]
    python bench/asr_room.py cost --clips DIR [--n 20]   # the front end's CPU on answers

The clips are those ``asr_trials.py --keep DIR`` kept; each is captured and scored as
``asr_trials.score_clip`` scores it (the listener's early scoring and listening on), the
audio going through ``--front`` first (``wpe``: ``dereverb.dereverberate``, bench/dereverb.py;
``late``: its spectral late-reverberation suppression; ``none``: as the trials were).
``measure-wet``: the control guard's distances with the robot's renderings put through a
room first (round 23's idea b), for the answers said in a room.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
from asr_trials import score_clip

from valkky.settings import defaults
from valkky.speech import models
from valkky.speech.audio import ASR_RATE, read_wav, resample
from valkky.speech.scoring import Rule


def front_of(name: str) -> Any:
    """The front end named ``name``."""
    if name == "none":
        return None
    import dereverb
    return {"wpe": dereverb.dereverberate, "late": dereverb.late_suppression}[name]


def rescore(args: argparse.Namespace) -> None:
    from valkky.speech.whisper import WhisperScorer

    scorer = WhisperScorer(models.whisper_model_path(None, defaults().data)).wait()
    front = front_of(args.front)
    rows = [r for p in args.trials for r in json.loads(Path(p).read_text())
            if not args.sets or r["set"] in args.sets]
    out, started = [], time.time()
    for n, r in enumerate(rows):
        task = SimpleNamespace(accept=r["accept"], keywords=r["keywords"],
                               mistakes=r["mistakes"])
        c = {"wav": Path(args.clips) / r["wav"], "kind": r["kind"], "said": r["said"],
             "task": task, "voice": r["voice"], "wpm": r["wpm"], "lesson_others": [],
             "set": r["set"]}
        out.append(score_clip(scorer, c, Rule(), True, front=front))
        if n % 50 == 0:
            print(f"{n}/{len(rows)} {time.time() - started:.0f} s", flush=True)
            Path(args.out).write_text(json.dumps(out, ensure_ascii=False))
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False))


def cost(args: argparse.Namespace) -> None:
    """The front end's CPU (one thread) on ``--n`` clips, and per 3 s of audio."""
    front = front_of(args.front)
    clips = sorted(Path(args.clips).glob("*.wav"))[:args.n]
    per = []
    for wav in clips:
        samples, rate = read_wav(wav)
        audio = resample(samples, rate).astype(np.int16)
        front(audio)  # warm
        t = time.process_time()
        front(audio)
        per.append((time.process_time() - t) / (len(audio) / ASR_RATE) * 3)
    print(f"{len(per)} clips: CPU per 3 s of audio median {np.median(per) * 1000:.1f} ms, "
          f"max {max(per) * 1000:.1f} ms")


def room_of(rt60: float, seed: int = 5) -> Any:
    """A room as the trials draw one (``asr_trials.degrade``: a decaying noise tail, the
    direct sound ``1 / 0.3`` of it), as a function on 16 kHz int16 audio."""
    gen = np.random.default_rng(seed)
    n = int(ASR_RATE * rt60)
    ir = gen.normal(0, 1, n) * np.exp(-6.9 * np.arange(n) / n)
    ir[0] = 1.0 / 0.3

    def put(audio: Any) -> Any:
        x = np.asarray(audio, np.float64)
        y = np.convolve(x, ir * 0.3)[:len(x) + n]
        y *= np.sqrt(np.mean(x ** 2) / max(1e-9, np.mean(y ** 2)))
        return np.clip(y, -32768, 32767).astype(np.int16)
    return put


def measure_wet(args: argparse.Namespace) -> None:
    """The control guard's distances (``asr_synthesis.py measure``) with the renderings put
    through a room of ``--rt60`` first, for the rows said in a room (``--rt60-of``: the
    drawn conditions, file name → RT60) or all rows."""
    from asr_rules import load, runtime

    from valkky.config import SpeechSettings
    from valkky.speech.synthesis import Renderings, espeak_renderer
    from valkky.speech.whisper import WhisperScorer

    scorer = WhisperScorer(models.whisper_model_path(None, defaults().data)).wait()
    speech = SpeechSettings()
    render = espeak_renderer(speech.voice, speech.rate_wpm_a1)
    assert render is not None
    put = room_of(args.rt60)

    def wet(text: str) -> tuple[Any, int]:
        samples, rate = render(text)
        return put(resample(np.asarray(samples, np.int16), rate)), ASR_RATE
    rendered = Renderings(wet, scorer.encode)
    rooms = json.loads(Path(args.rt60_of).read_text()) if args.rt60_of else None
    saved: dict[str, Any] = {}
    rows = [r for p in args.trials for r in load(p) if not args.sets or r["set"] in args.sets]
    for r in rows:
        wav = Path(args.clips) / r["wav"]
        d = runtime(Rule())(r)
        if (rooms is not None and not rooms.get(r["wav"])) or d.weighed is None \
                or d.weighed.best >= Rule().clear:
            continue
        samples, rate = read_wav(wav)
        audio = resample(samples, rate).astype(np.int16)
        saved[f"{r['set']}/{r['wav']}"] = dict(
            rendered.distances(scorer.encode(audio), audio, list(r["scores"])))
    Path(args.out).write_text(json.dumps(saved))
    print(f"{len(saved)} answers")


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("rescore")
    r.add_argument("trials", nargs="+")
    r.add_argument("--clips", required=True)
    r.add_argument("--out", required=True)
    r.add_argument("--sets", nargs="*")
    r.add_argument("--front", default="wpe")
    c = sub.add_parser("cost")
    c.add_argument("--clips", required=True)
    c.add_argument("--n", type=int, default=20)
    c.add_argument("--front", default="wpe")
    w = sub.add_parser("measure-wet")
    w.add_argument("trials", nargs="+")
    w.add_argument("--clips", required=True)
    w.add_argument("--out", required=True)
    w.add_argument("--sets", nargs="*")
    w.add_argument("--rt60", type=float, default=0.35)
    w.add_argument("--rt60-of", help="JSON: clip file name → its room's RT60 (0: none)")
    args = parser.parse_args()
    {"rescore": rescore, "cost": cost, "measure-wet": measure_wet}[args.command](args)


if __name__ == "__main__":
    main()
