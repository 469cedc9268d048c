"""Build a session from command-line choices: the lesson, the learner, the adapters.

Adapters are chosen by short names or URIs (``--asr text``, ``--tts text``,
``--robot none``); an unknown one is refused with the list of known ones.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from valkky.config import Config
from valkky.engine.session import EngineSettings, Session
from valkky.errors import ConfigError, LessonError
from valkky.lesson.files import resolve_lesson
from valkky.lesson.loader import load_lesson
from valkky.lesson.model import Lesson, VocabItem
from valkky.lesson.references import load_library
from valkky.progress.recorder import ProgressRecorder, open_progress
from valkky.progress.store import Store
from valkky.runtime import EventLog, Listener, Runtime
from valkky.speech.text import TextListener
from valkky.terminal import TerminalView

ASR_CHOICES = ("auto", "text", "whisper", "vosk")
TTS_CHOICES = ("auto", "text", "espeak", "pyttsx3", "wav:…")
ROBOT_CHOICES = ("none", "mqtt://…")
ROBOT_CONNECT_WAIT_S = 3.0


def open_lesson(name: str) -> Lesson:
    """Load a lesson by file or id; a lesson with any error is never started."""
    path = resolve_lesson(name)
    library, _ = load_library()
    try:
        return load_lesson(path, library)
    except LessonError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise LessonError(exc.problems) from None


def pick_lang(lesson: Lesson, wanted: str | None) -> str:
    if wanted:
        if wanted not in lesson.support and wanted != "fi":
            raise ConfigError(f"the lesson has no '{wanted}' support; it has: "
                              f"{', '.join(lesson.support)}")
        return wanted
    return "en" if "en" in lesson.support else (lesson.support[0] if lesson.support else "fi")


def _choose(kind: str, value: str, known: tuple[str, ...]) -> str:
    # "name…" in the list stands for every value that starts with "name"
    if value not in known and not any(k.endswith("…") and value.startswith(k[:-1])
                                      for k in known):
        raise ConfigError(f"unknown {kind} '{value}'; known: {', '.join(known)}")
    return value


def run_lesson(args: argparse.Namespace) -> int:
    from valkky.config import load_config

    config = load_config(getattr(args, "config", None))
    args.asr = args.asr or config.speech.asr
    args.tts = args.tts or config.speech.tts
    _choose("--asr", args.asr, ASR_CHOICES)
    _choose("--tts", args.tts, TTS_CHOICES)
    args.asr, args.tts = _resolve_auto(args, config)
    _apply(config, args)
    _choose("--robot", args.robot, ROBOT_CHOICES)
    lesson = open_lesson(args.lesson)
    store, recorder, start, drill = _progress(args, lesson)
    lang = pick_lang(lesson, args.lang or (store.learner(args.learner).lang if store else None))
    if args.start_at:
        try:
            start = lesson.step_index(args.start_at)
        except KeyError:
            raise ConfigError(f"--start-at: the lesson has no step '{args.start_at}'") from None
    from valkky.speech.tts import MicGate

    args.gate = MicGate()  # shared: the microphone is muted while the robot speaks
    listener = _listener(args)
    from valkky.judge import feedback_fi, judge

    session = Session(lesson, judge=judge, feedback=feedback_fi, lang=lang, start_at=start,
                      drill_items=drill, settings=EngineSettings(
                          echo_heard=args.echo, min_confidence=config.speech.min_confidence))
    log = _open_log(args.events)
    sinks: list = [TerminalView()]
    if args.tts != "text":
        from valkky.speech.tts import make_speaker

        sp = config.speech
        level = (store.learner(args.learner).level if store else None) or lesson.level
        sinks.append(make_speaker(args.tts, level=level, voice=sp.voice, gate=args.gate,
                                  device=sp.output_device or None,
                                  rates={"A1": sp.rate_wpm_a1, "A2": sp.rate_wpm_a2,
                                         "B1": sp.rate_wpm_b1}))
    robot = None
    if args.robot != "none":
        from valkky.controller.link import RobotLink
        from valkky.controller.sink import RobotSink, SpeechMarks

        link = RobotLink.from_url(args.robot)
        link.start()  # returns at once; reconnects in the background with backoff
        if not link.wait_connected(ROBOT_CONNECT_WAIT_S):  # a short, bounded grace
            print(f"(robot link: {args.robot} is not reachable; the lesson goes on by voice "
                  "alone, and the link keeps trying)", file=sys.stderr)
        robot = RobotSink(link, log.write if log else None, gate=args.gate)
        sinks = [robot, *sinks[:-1], SpeechMarks(sinks[-1], link)]
    if recorder is not None:
        sinks.insert(0, recorder)  # first: an answer is on disk before anything else
    resumed = f" · jatketaan kohdasta {lesson.steps[start].id}" if start else ""
    print(f"── {lesson.id} · {lesson.title} ({lesson.level}) · oppija {args.learner}{resumed} ──")
    runtime = Runtime(session, listener, sinks, log)
    try:
        runtime.run(learner=args.learner)
    finally:
        if robot:
            robot.close()
        if log:
            log.close()
        if store:
            store.close()
    return 0


def _progress(args: argparse.Namespace, lesson: Lesson
              ) -> tuple[Store | None, ProgressRecorder | None, int, list[VocabItem] | None]:
    """The store, its recorder sink, the step to start at and the drill's words; or no
    store at all with --no-store (rehearsal)."""
    if getattr(args, "no_store", False):
        return None, None, 0, None
    store = Store(args.db)
    _, created = store.ensure_learner(args.learner, lang=args.lang)
    if created:
        print(f"(new learner '{args.learner}' in {store.path})")
    recorder, start, drill = open_progress(store, args.learner, lesson, restart=args.restart)
    return store, recorder, start, drill


def _apply(config: Config, args: argparse.Namespace) -> None:
    """The settings file fills in what the command line left out."""
    if getattr(args, "model", None) is None and config.speech.model_path:
        args.model = config.speech.model_path if args.asr == "vosk" else None
    if getattr(args, "db", None) is None and config.data.dir:
        args.db = str(Path(config.data.dir) / "progress.db")
    if config.robot.username:  # the robot link reads its credentials from the environment
        os.environ.setdefault("VALKKY_MQTT_USERNAME", config.robot.username)
        os.environ.setdefault("VALKKY_MQTT_PASSWORD", config.robot.password)
    args.listen_settings = config.speech


def _stdin_is_piped() -> bool:
    """Answers piped or redirected from a file (a terminal or /dev/null is not)."""
    import stat

    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def _has_device(kind: str) -> bool:
    try:
        import sounddevice as sd

        return any(d.get(f"max_{kind}_channels", 0) > 0 for d in sd.query_devices())
    except Exception:  # no PortAudio, no sound card
        return False


def whisper_ready(config: Config) -> bool:
    """The Whisper model is installed (sizes checked) and faster-whisper can be imported."""
    import importlib.util

    from valkky.speech import models

    path = models.whisper_model_path(config.speech.whisper_model)
    return (path.is_dir() and models.whisper_problem(path) is None
            and importlib.util.find_spec("faster_whisper") is not None)


def _resolve_auto(args: argparse.Namespace, config: Config) -> tuple[str, str]:
    """``auto``: where the Whisper model is installed and a microphone exists, a session is
    spoken (and the robot speaks with espeak-ng where a speaker exists); answers given as
    text (--answers, a pipe) keep it typed."""
    asr, tts = args.asr, args.tts
    if asr == "auto":
        if args.answers or (not args.audio_in and _stdin_is_piped()):
            asr = "text"
        elif getattr(args, "model", None):
            asr = "vosk"
        elif not (args.audio_in or _has_device("input")):
            asr = "text"
        elif whisper_ready(config):
            asr = "whisper"
        else:
            asr = "vosk" if config.speech.model_path else "text"
    if tts == "auto":
        spoken = asr != "text" and not args.audio_in
        tts = "espeak" if spoken and shutil.which("espeak-ng") and _has_device(
            "output") else "text"
    return asr, tts


def _listener(args: argparse.Namespace) -> Listener:
    if args.answers and args.asr != "text":
        raise ConfigError(f"--answers gives typed answers: it goes with --asr text, not "
                          f"{args.asr}")
    if args.asr == "whisper":
        from valkky.speech import models
        from valkky.speech.asr import ListenSettings, Microphone, WavAnswers
        from valkky.speech.whisper import WhisperListener, WhisperScorer

        sp = args.listen_settings
        path = Path(args.model) if args.model else models.whisper_model_path(sp.whisper_model)
        source = (WavAnswers(args.audio_in) if args.audio_in
                  else Microphone(sp.input_device or None, gate=args.gate))
        try:
            scorer = WhisperScorer(path)
        except BaseException:
            if isinstance(source, Microphone):
                source.close()
            raise
        return WhisperListener(scorer, source, ListenSettings(
            endpoint_silence_s=sp.endpoint_silence_s, silence_timeout_s=sp.silence_timeout_s),
            reject_margin=sp.reject_margin, reject_unlike=sp.reject_unlike)
    if args.asr == "vosk":
        from valkky.speech.asr import ListenSettings, Microphone, VoskListener, WavAnswers

        if not args.model:
            raise ConfigError("--asr vosk needs --model PATH (a Vosk model folder; no "
                              "Finnish model is published: see docs/speech.md)")
        sp = args.listen_settings
        source = (WavAnswers(args.audio_in) if args.audio_in
                  else Microphone(sp.input_device or None, gate=args.gate))
        return VoskListener(args.model, source, ListenSettings(
            endpoint_silence_s=sp.endpoint_silence_s, silence_timeout_s=sp.silence_timeout_s))
    if args.audio_in or args.model:
        raise ConfigError("--audio-in and --model go with --asr whisper or --asr vosk")
    return TextListener.from_file(args.answers) if args.answers else TextListener.from_stdin()


def _open_log(path: str | None) -> EventLog | None:
    if not path:
        return None
    try:
        return EventLog(path)
    except OSError as exc:
        raise ConfigError(f"cannot write events to {path}: {exc.strerror}") from None


def run_demo(args: argparse.Namespace) -> int:
    """A lesson answered by typing, driving the simulated robot over an embedded broker:
    nothing else needs to be installed or started."""
    print("Välkky demo: a short lesson with the simulated robot. Type your answers; "
          "Ctrl-D stops.\n")
    ns = argparse.Namespace(lesson=args.lesson, learner="demo", lang=args.lang, answers=None,
                            asr="text", tts="text", robot="none", events=args.events,
                            echo=False, start_at=None, no_store=True, model=None,
                            audio_in=None)
    if args.no_robot:
        return run_lesson(ns)
    from valkky.protocol.broker import start_embedded_broker
    from valkky.robot.sim import start_sim

    with start_embedded_broker() as broker:
        sim = start_sim(broker.url, "demo", web_port=args.web, say=_robot_says,
                        echo_log=True)
        try:
            if sim.web_url:
                print(f"Watch the robot move: open {sim.web_url} in a browser.\n")
            ns.robot = f"{broker.url}/demo"
            return run_lesson(ns)
        finally:
            sim.stop()


def _robot_says(line: str) -> None:
    """The simulator's account of what the robot does, set apart from the lesson's lines
    (speech marks left out: the lesson's own lines already show what is said)."""
    if "→ speech" not in line:
        print(f"      🤖 {line.removeprefix('valkky sim: ')}")
