"""Speech tests load the real Vosk model (≈ 3.5 s each time): once per session here."""

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
