"""Finnish speech out: espeak-ng renders each utterance to audio, which we play ourselves.

Why not pyttsx3's own playback: on Linux (pyttsx3 2.99) its first ``runAndWait()`` can
return at once and play nothing, queued ``say()`` calls drop utterances, and ``stop()``
cannot interrupt its ``aplay``. So speech is always *rendered* to samples first (espeak-ng
directly, the default; or pyttsx3's ``save_to_file``), then played through sounddevice or
written as WAV files. See docs/speech.md.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from valkky import events as ev
from valkky.errors import AdapterError, ConfigError
from valkky.speech.audio import read_wav, write_wav

# Words per minute by learner level: slower than native speech (about 175 wpm).
RATE_WPM = {"A1": 130, "A2": 145, "B1": 160, "B2": 170}
SLOW_FACTOR = 0.8  # model sentences to repeat are slower still
VOICE = "fi"
# Rendered utterances kept (≈ 100 kB each): a step's question and the replies rendered
# ahead for it (engine/feedback.REPLIES_AHEAD) stay; the robot's own phrases, rendered at
# the start, are never evicted.
CACHE_SIZE = 256


@dataclass(frozen=True)
class Audio:
    samples: Any  # int16 mono
    rate: int

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate if self.rate else 0.0


class Synth(Protocol):
    # whether render may run in a thread beside another (ahead of need)
    thread_safe: bool

    def render(self, text: str, wpm: int) -> Audio: ...


class EspeakSynth:
    """espeak-ng as a subprocess: one process per utterance, so none can be dropped."""

    thread_safe = True

    def __init__(self, voice: str = VOICE, executable: str | None = None):
        self.voice = voice
        found = executable or shutil.which("espeak-ng")
        if found is None:
            raise AdapterError("espeak-ng is not installed (Debian: apt-get install espeak-ng)")
        self.executable: str = found

    def render(self, text: str, wpm: int) -> Audio:
        try:
            out = subprocess.run([self.executable, "-v", self.voice, "-s", str(wpm), "--stdout",
                                  text], capture_output=True, timeout=30, check=True).stdout
        except subprocess.CalledProcessError as exc:
            raise AdapterError(f"espeak-ng failed: {exc.stderr.decode(errors='replace')}"
                               ) from None
        except subprocess.TimeoutExpired:
            raise AdapterError("espeak-ng did not finish within 30 s") from None
        samples, rate = read_wav(out)
        return Audio(samples, rate)


class Pyttsx3Synth:
    """pyttsx3 (over espeak-ng on Linux), rendering each utterance to a file of its own."""

    thread_safe = False  # one engine, not to be shared across threads

    def __init__(self, voice: str = VOICE):
        import pyttsx3

        try:
            self.engine = pyttsx3.init()
        except Exception as exc:
            raise AdapterError(f"pyttsx3 cannot start: {exc}") from None
        chosen = next((v.id for v in self.engine.getProperty("voices")
                       if voice in (v.id or "").lower().split("/")[-1:]
                       or any(voice in str(lang).lower() for lang in (v.languages or []))),
                      None)
        if chosen is None:
            raise AdapterError(f"pyttsx3 has no '{voice}' voice")
        self.engine.setProperty("voice", chosen)

    def render(self, text: str, wpm: int) -> Audio:
        # Now and then runAndWait() returns having written nothing (seen once in some
        # sixty utterances on a fresh machine): try again before giving up.
        for _ in range(3):
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "u.wav"
                self.engine.setProperty("rate", wpm)
                self.engine.save_to_file(text, str(path))
                with contextlib.redirect_stdout(io.StringIO()):  # it prints "Audio saved…"
                    self.engine.runAndWait()
                if path.exists() and path.stat().st_size > 44:
                    samples, rate = read_wav(path)
                    return Audio(samples, rate)
        raise AdapterError(f"pyttsx3 rendered nothing for {text!r}")


class MicGate:
    """Why the microphone is muted now: a set of reasons (speaking, estop, paused).

    While the robot speaks the microphone is muted for the audio's length plus a margin,
    so the robot never hears itself; a prompt that allows barge-in keeps it open.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, margin_s: float = 0.25):
        self.reasons: set[str] = set()
        self.clock = clock
        self.margin_s = margin_s
        self._speaking_until = 0.0

    def speaking_for(self, seconds: float) -> None:
        self._speaking_until = self.clock() + seconds + self.margin_s

    def muted(self, *, barge_in: bool = False) -> bool:
        speaking = self.clock() < self._speaking_until and not barge_in
        return speaking or bool(self.reasons)

    def mute(self, reason: str) -> None:
        self.reasons.add(reason)

    def unmute(self, reason: str) -> None:
        self.reasons.discard(reason)


class Speaker:
    """A session sink that speaks every ``Say``: rendered, then played or written."""

    def __init__(self, synth: Synth, out: Callable[[Audio, str], None],
                 *, level: str = "A1", gate: MicGate | None = None,
                 rates: dict[str, int] | None = None):
        self.synth = synth
        self.out = out
        rates = {**RATE_WPM, **(rates or {})}
        self.wpm = rates.get(level.split("-")[0], rates["A1"])
        self.gate = gate or MicGate()
        self.first_sample_at: float | None = None  # when the last utterance began playing
        self._cache: dict[tuple[str, int], Audio] = {}
        self._lock = threading.Lock()  # the cache, shared with the rendering threads
        self._kept: set[tuple[str, int]] = set()  # never evicted: the robot's own phrases
        self._ahead: list[str] = []  # the next try's possible replies, not yet started
        self._prompts = 0  # prompts prepared: a newer one's replies replace older ones
        # one thread renders them, started once: handing it a batch costs a reply nothing
        self._batches: list[tuple[list[str], int]] = []
        self._wake = threading.Condition(self._lock)
        self._worker: threading.Thread | None = None
        self._ahead_busy = False  # the thread is rendering a batch

    def handle(self, event: ev.Event) -> None:
        if not isinstance(event, ev.Say):
            return
        wpm = int(self.wpm * SLOW_FACTOR) if event.slow else self.wpm
        audio = self.render(event.text, wpm)
        if self._ahead:  # after this line's rendering, never before it: it plays meanwhile
            self._hand_over()
        self.gate.speaking_for(audio.seconds)
        self.first_sample_at = time.monotonic()
        self.out(audio, event.text)


    def prepare(self, prompt: ev.Prompt) -> None:
        """The replies the robot may open with after this try (``prompt.replies``, known
        ahead: engine/feedback.possible_replies), rendered in a thread from the robot's
        next line on — it is rendered first, and plays meanwhile — so the reply's first
        sample waits for no synthesis. Replies of an older prompt not rendered yet are
        dropped. Not with a synthesiser that cannot render beside another (pyttsx3)."""
        with self._lock:
            self._prompts += 1
            self._ahead = list(prompt.replies) if self.synth.thread_safe else []

    def render(self, text: str, wpm: int, *, keep: bool = False) -> Audio:
        """Rendered audio, cached: a lesson's prompts and the robot's own phrases ("Hienoa!
        Oikein.") recur, and a cached reply starts at once. ``keep``: never evicted."""
        key = (text, wpm)
        with self._lock:
            audio = self._cache.pop(key, None)
        if audio is None:
            audio = self.synth.render(text, wpm)
        with self._lock:
            self._cache[key] = audio  # most recently used last
            if keep:
                self._kept.add(key)
            while len(self._cache) > CACHE_SIZE:
                self._cache.pop(next(k for k in self._cache if k not in self._kept))
        return audio

    def prerender(self, texts: list[str], slow: bool = False) -> None:
        """Render a lesson's static prompts ahead of time."""
        wpm = int(self.wpm * SLOW_FACTOR) if slow else self.wpm
        for text in texts:
            self.render(text, wpm)

    def prerender_soon(self, texts: list[str]) -> threading.Thread | None:
        """Render ``texts`` in a thread while the session starts, kept all session (espeak-ng
        only: one process an utterance; pyttsx3's engine is not shared across threads), so
        that the reply to an answer — praise, "say it again" — is in the cache when it is
        needed and its first sample is played at once, not after espeak-ng has run."""
        if not self.synth.thread_safe:
            return None
        thread = threading.Thread(target=self._prerender_quietly, args=(list(texts),),
                                  name="prerender", daemon=True)
        thread.start()
        return thread

    def _prerender_quietly(self, texts: list[str]) -> None:
        with contextlib.suppress(Exception):  # a failure shows when the text is spoken
            for text in texts:
                self.render(text, self.wpm, keep=True)

    def rendered_ahead(self, timeout: float) -> bool:
        """Wait until the replies handed over so far are rendered (or dropped); False if
        they are not within ``timeout`` seconds. For tests and benches."""
        with self._wake:
            return self._wake.wait_for(lambda: not self._batches and not self._ahead_busy,
                                       timeout)

    def _hand_over(self) -> None:
        with self._wake:
            self._batches.append((self._ahead, self._prompts))
            self._ahead = []
            if self._worker is None:
                self._worker = threading.Thread(target=self._render_ahead,
                                                name="replies-ahead", daemon=True)
                self._worker.start()
            self._wake.notify_all()

    def _render_ahead(self) -> None:
        while True:
            with self._wake:
                self._ahead_busy = False
                self._wake.notify_all()
                self._wake.wait_for(lambda: bool(self._batches))
                texts, prompt = self._batches.pop(0)
                self._ahead_busy = True
            for text in texts:
                if prompt != self._prompts:
                    break  # a newer prompt's replies are wanted now
                with contextlib.suppress(Exception):  # a failure shows when it is spoken
                    self.render(text, self.wpm)


class WavWriter:
    """``--tts wav:DIR``: one WAV per utterance, named in order (0001-tama-on-moppi.wav)."""

    def __init__(self, directory: str | Path):
        self.dir = Path(directory)
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot write speech to {self.dir}: {exc.strerror}") from None
        self.count = len(list(self.dir.glob("[0-9][0-9][0-9][0-9]-*.wav")))
        self.paths: list[Path] = []

    def __call__(self, audio: Audio, text: str) -> None:
        self.count += 1
        path = self.dir / f"{self.count:04d}-{_slug(text)}.wav"
        write_wav(path, audio.samples, audio.rate)
        self.paths.append(path)


class DevicePlayer:
    """Plays through sounddevice on the configured output device, blocking until done."""

    def __init__(self, device: int | str | None = None, sd: Any = None):
        if sd is None:
            try:
                import sounddevice as sd  # type: ignore[no-redef]
            except OSError as exc:  # PortAudio missing
                raise AdapterError(f"cannot play audio: {exc} "
                                   "(Debian: apt-get install libportaudio2)") from None
        self.sd = sd
        self.device = device

    def __call__(self, audio: Audio, text: str) -> None:
        try:
            self.sd.play(audio.samples, audio.rate, device=self.device, blocking=True)
        except Exception as exc:
            raise AdapterError(f"cannot play audio on device {self.device!r}: {exc}; "
                               "use --tts wav:DIR on a machine without a sound card") from None


def _slug(text: str) -> str:
    table = str.maketrans("äöåÄÖÅ", "aoaAOA")
    slug = re.sub(r"[^a-z0-9]+", "-", text.translate(table).lower()).strip("-")
    return slug[:40] or "puhe"


def make_speaker(spec: str, *, level: str = "A1", device: int | str | None = None,
                 gate: MicGate | None = None, rates: dict[str, int] | None = None,
                 voice: str = VOICE) -> Speaker:
    """``espeak`` (default for sound), ``pyttsx3``, or ``wav:DIR`` (espeak-ng to files)."""
    kw: dict[str, Any] = {"level": level, "gate": gate, "rates": rates}
    if spec.startswith("wav:"):
        if not spec[4:]:
            raise ConfigError("--tts wav:DIR needs a folder, e.g. wav:out")
        return Speaker(EspeakSynth(voice), WavWriter(spec[4:]), **kw)
    if spec == "espeak":
        return Speaker(EspeakSynth(voice), DevicePlayer(device), **kw)
    if spec == "pyttsx3":
        return Speaker(Pyttsx3Synth(voice), DevicePlayer(device), **kw)
    raise ConfigError(f"unknown --tts '{spec}'; known: text, espeak, pyttsx3, wav:DIR")
