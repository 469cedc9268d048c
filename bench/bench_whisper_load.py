"""Loading Whisper base: the int8 copy made at install against the float16 file quantised
at every load (as before issue #10's install step), side by side in one run.

1. Load: ``WhisperScorer`` built in a fresh interpreter each time (as `valkky run` starts;
   the files in the page cache), the two ways alternating: wall and CPU time, median, and
   their ratio (goal ≤ 1.5 s). The machine is shared: compare the ratio and the CPU times;
   the load average is printed.
2. Resident memory: after the load, its peak, and after scoring an answer (goal ≤ 400 MB).
3. Same results: both models, loaded in this process, hear the same answers — bench_asr's
   synthetic set and the real-model tests' clips — and every encoder output and every
   score must be identical, bit for bit.

    python bench/bench_whisper_load.py [--loads 5] [--tasks 20] [--model PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from bench_asr import synthetic_set

from valkky.settings import defaults
from valkky.speech import models
from valkky.speech.audio import ASR_RATE, read_wav, resample
from valkky.speech.scoring import candidates
from valkky.speech.whisper import WhisperScorer

# In a fresh interpreter: load, score one answer, report times and memory as JSON.
ONE_LOAD = """
import json, resource, sys, time
import numpy as np
def rss():
    status = open("/proc/self/status").read()
    return {k: int(status.split(k + ":")[1].split()[0]) // 1024 for k in ("VmRSS", "VmHWM")}
wall, cpu = time.perf_counter(), time.process_time()
import ctranslate2, tokenizers
from valkky.speech.whisper import WhisperScorer
out = {"import": time.perf_counter() - wall}
wall, cpu = time.perf_counter(), time.process_time()
scorer = WhisperScorer(sys.argv[1])
out |= {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu, **rss()}
scorer.score(np.zeros(3 * 16000, np.int16), ["Se on moppi.", "Ämpäri."])
out["scored"] = rss()["VmRSS"]
from pathlib import Path
from valkky.speech.models import folder_to_load
cpu = time.process_time()  # CTranslate2's own load alone, once its threads are up
ctranslate2.models.Whisper(str(folder_to_load(Path(sys.argv[1]))), device="cpu",
                           compute_type="int8", intra_threads=2, inter_threads=1)
out["ct2 again"] = time.process_time() - cpu
print(json.dumps(out))
"""

# The real-model tests' clips (tests/speech/test_whisper_real.py): said, the step's phrases.
TEST_CLIPS = [
    ("Se on moppi.", ("moppi", "se on moppi", "ämpäri")),
    ("ämpäri", ("moppi", "se on moppi", "ämpäri")),
    ("Hyvää huomenta.", ("moppi", "se on moppi", "ämpäri")),
    ("kaksi", ("ämpäri", "kaksi", "numero kaksi", "moppi", "yksi", "numero yksi")),
    ("Laita käsineet käteen.", ("laita käsineet käteen", "ota harja")),
    ("Ota harja.", ("laita käsineet käteen", "ota harja")),
    ("Missä on vessa?", ("laita käsineet käteen", "ota harja")),
    ("Pese kädet.", ("Pese kädet.",)),
    ("Kiitos paljon.", ("Pese kädet.",)),
    ("numero kaksi", ("numero kaksitoista",)),
]


def float16_only(model: Path, tmp: Path) -> Path:
    """The model as installed before the int8 copy: its files (linked), no int8/."""
    folder = tmp / "float16-only"
    folder.mkdir()
    for f in (*models.WHISPER_FILES, models.WhisperFile(models.WHISPER_MANIFEST, 0, "", ())):
        (folder / f.name).symlink_to(model / f.name)
    return folder


def loads(folders: dict[str, Path], n: int) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {name: [] for name in folders}
    for _ in range(n):
        for name, folder in folders.items():
            done = subprocess.run([sys.executable, "-c", ONE_LOAD, str(folder)], check=True,
                                  capture_output=True, text=True)
            out[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    return out


def _clip(path: Path, text: str) -> np.ndarray:
    subprocess.run(["espeak-ng", "-v", "fi", "-s", "140", "-w", str(path), text], check=True,
                   timeout=30)
    samples, rate = read_wav(path)
    return resample(samples, rate).astype(np.int16)


def same_results(folders: dict[str, Path], tmp: Path, n_tasks: int) -> None:
    """Every answer heard by both models: encoder outputs and scores compared exactly."""
    from valkky import events as ev

    scorers = {name: WhisperScorer(folder) for name, folder in folders.items()}
    answers: list[tuple[np.ndarray, list[str]]] = []
    for i, (said, step) in enumerate(TEST_CLIPS):
        answers.append((_clip(tmp / f"t{i}.wav", said), list(step)))
    for case in synthetic_set(tmp, n_tasks):
        task = case["task"]
        prompt = ev.Prompt(step="s", kind="ask", text="", try_number=1, tries=2,
                           expected=(*task.accept, *task.keywords, *task.mistakes))
        samples, rate = read_wav(case["wav"])
        answers.append((resample(samples, rate).astype(np.int16), list(candidates(prompt))))
    worst_encoded, worst_score, differ = 0.0, 0.0, 0
    for audio, phrases in answers:
        encoded = {n: np.asarray(s.encode(audio)) for n, s in scorers.items()}
        scores = {n: s.score(audio, phrases, free_if_best_below=0.0)  # always transcribe
                  for n, s in scorers.items()}
        a, b = encoded.values()
        worst_encoded = max(worst_encoded, float(np.abs(a - b).max()))
        x, y = scores.values()
        worst_score = max([worst_score, abs(x.free_score - y.free_score)] + [
            abs(p[1] - q[1]) for p, q in zip(x.phrases, y.phrases, strict=True)])
        differ += x != y
    seconds = sum(len(a) for a, _ in answers) / ASR_RATE
    print(f"same results: {len(answers)} answers ({seconds:.0f} s of speech; "
          f"{len(TEST_CLIPS)} test clips, {len(answers) - len(TEST_CLIPS)} of bench_asr's "
          f"set), every phrase and the free transcription scored by both: {differ} differ; "
          f"largest difference, encoder output {worst_encoded:g}, score {worst_score:g} nats "
          "(0: bit for bit)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--tasks", type=int, default=20)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    path = Path(args.model) if args.model else models.whisper_model_path(None, defaults().data)
    if models.whisper_problem(path) or models.int8_problem(path):
        sys.exit(f"no Whisper model with its int8 copy in {path}: run `valkky models install "
                 "whisper-base`")
    print(f"load average at the start {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores "
          "(a shared machine stretches wall times: compare the ratios and CPU times)",
          flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="bench-whisper-load-"))
    try:
        folders = {"float16": float16_only(path, tmp), "int8": path}
        runs = loads(folders, args.loads)
        med = {name: {k: statistics.median(r[k] for r in rs) for k in rs[0]}
               for name, rs in runs.items()}
        old, new = med["float16"], med["int8"]
        print(f"model load (WhisperScorer: the model, the tokenizer beside it), each in a "
              f"fresh interpreter, page cache warm, median of {args.loads} alternating: "
              f"float16 quantised at load {old['wall']:.2f} s wall, {old['cpu']:.2f} s CPU; "
              f"int8 copy {new['wall']:.2f} s wall, {new['cpu']:.2f} s CPU; int8 / float16: "
              f"wall {new['wall'] / old['wall']:.2f}, CPU {new['cpu'] / old['cpu']:.2f}  "
              f"(goal ≤ 1.5 s); the imports before it {new['import']:.2f} s", flush=True)
        print(f"CTranslate2's own load alone, a second time in the process, CPU: float16 "
              f"{old['ct2 again']:.2f} s, int8 copy {new['ct2 again']:.2f} s, ratio "
              f"{new['ct2 again'] / old['ct2 again']:.2f}", flush=True)
        print(f"resident memory (whole process, MB): after the load {old['VmRSS']:.0f} → "
              f"{new['VmRSS']:.0f}, peak while loading {old['VmHWM']:.0f} → "
              f"{new['VmHWM']:.0f}, after scoring an answer {old['scored']:.0f} → "
              f"{new['scored']:.0f}  (goal ≤ 400 MB)", flush=True)
        print(f"model.bin on disk: float16 {models.WHISPER_FILES[0].size / 1e6:.0f} MB, int8 "
              f"copy {models.WHISPER_INT8.size / 1e6:.0f} MB", flush=True)
        same_results(folders, tmp, args.tasks)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
