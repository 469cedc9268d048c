"""Build a session from command-line choices: the lesson, the learner, the adapters.

Adapters are chosen by short names or URIs (``--asr text``, ``--tts text``,
``--robot none``); an unknown one is refused with the list of known ones.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from pathlib import Path

from valkky.config import Config
from valkky.engine.session import EngineSettings, Session
from valkky.errors import ConfigError, LessonError, Terminated
from valkky.lesson.files import resolve_lesson
from valkky.lesson.loader import load_lesson
from valkky.lesson.model import Lesson, VocabItem
from valkky.lesson.references import load_library
from valkky.progress.recorder import ProgressRecorder, open_progress
from valkky.progress.store import Store
from valkky.runtime import EventLog, Listener, Runtime
from valkky.speech.text import TextListener
from valkky.terminal import TerminalView

ASR_CHOICES = ("text", "vosk")
TTS_CHOICES = ("text", "espeak", "pyttsx3", "wav:…")
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
    with contextlib.ExitStack() as cleanup:  # the store (and its session lock), however it ends
        _stop_on_sigterm(cleanup)
        return _run_lesson(args, cleanup)


def _stop_on_sigterm(cleanup: contextlib.ExitStack) -> None:
    """SIGTERM (systemd's stop, `kill`) stops the session as Ctrl-C does: ended
    ``stopped``, resumable; the CLI says so and exits 143. Once: the stop runs to its end."""
    if threading.current_thread() is not threading.main_thread():
        return

    def stop(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, stop)
    cleanup.callback(signal.signal, signal.SIGTERM, previous)


def _run_lesson(args: argparse.Namespace, cleanup: contextlib.ExitStack) -> int:
    from valkky.config import load_config

    config = load_config(getattr(args, "config", None))
    _apply(config, args)
    _choose("--asr", args.asr, ASR_CHOICES)
    _choose("--tts", args.tts, TTS_CHOICES)
    _choose("--robot", args.robot, ROBOT_CHOICES)
    lesson = open_lesson(args.lesson)
    store, recorder, start, drill = _progress(args, lesson, cleanup)
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
        runtime.run()
    finally:
        if robot:
            robot.close()
        if log:
            log.close()
    return 0


def _progress(args: argparse.Namespace, lesson: Lesson, cleanup: contextlib.ExitStack
              ) -> tuple[Store | None, ProgressRecorder | None, int, list[VocabItem] | None]:
    """The store, its recorder sink, the step to start at and the drill's words; or no
    store at all with --no-store (rehearsal). ``cleanup`` closes the store."""
    if getattr(args, "no_store", False):
        return None, None, 0, None
    store = Store(args.db)
    cleanup.callback(store.close)
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


def _listener(args: argparse.Namespace) -> Listener:
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
        raise ConfigError("--audio-in and --model go with --asr vosk")
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
