"""Build a session from command-line choices: the lesson, the learner, the adapters.

Adapters are chosen by short names or URIs (``--asr text``, ``--tts text``,
``--robot none``); an unknown one is refused with the list of known ones.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import re
import signal
import sys
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from valkky import plural
from valkky.engine.session import EngineSettings, Session
from valkky.errors import AdapterError, ConfigError, LessonError, Terminated, UsageError
from valkky.lesson.checker import Library
from valkky.lesson.files import resolve_lesson
from valkky.lesson.loader import load_lesson
from valkky.lesson.model import Lesson, VocabItem
from valkky.lesson.references import gesture_descriptions, load_library
from valkky.progress.recorder import ProgressRecorder, open_progress
from valkky.progress.store import Store
from valkky.runtime import EventLog, Listener, Runtime, SinkSlots
from valkky.settings import Settings
from valkky.settings import build as build_settings
from valkky.speech.text import TextListener, bounded_lines
from valkky.speech.tts import MicGate
from valkky.terminal import TerminalView

if TYPE_CHECKING:
    from valkky.screen.server import Screen

ASR_CHOICES = ("auto", "text", "whisper", "vosk")
TTS_CHOICES = ("auto", "text", "espeak", "pyttsx3", "wav:…")
ROBOT_CHOICES = ("none", "mqtt://…", "mqtts://…")
ROBOT_CONNECT_WAIT_S = 3.0


def open_lesson(name: str) -> tuple[Lesson, Library]:
    """Load a lesson by file or id, with the library it was checked against; a lesson
    with any error is never started."""
    path = resolve_lesson(name)
    library, _ = load_library()
    try:
        return load_lesson(path, library), library
    except LessonError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise LessonError(exc.problems, f"{path} has {plural.of(len(exc.problems), 'error')} "
                                        "(above): the lesson is not started") from None


def pick_lang(lesson: Lesson, wanted: str | None, own: str | None = None) -> str:
    """The language of hints and glosses: ``wanted`` (--lang; one the lesson lacks is
    wrong usage), else the learner's ``own`` where the lesson has it, else its first."""
    if wanted:
        if wanted not in lesson.support and wanted != "fi":
            raise UsageError(f"--lang: the lesson has no '{wanted}' support; it has: "
                             f"{', '.join(lesson.support)}")
        return wanted
    if own and (own in lesson.support or own == "fi"):
        return own
    # a workplace's own lesson may have fewer languages than its learners read
    return "en" if "en" in lesson.support else (lesson.support[0] if lesson.support else "fi")


def _choose(kind: str, value: str, known: tuple[str, ...], source: str | None = None) -> str:
    """``value`` if it is one of ``known`` ("name…" there stands for every value that starts
    with "name"): a flag's value (wrong usage), or a settings file's (``source``: its key)."""
    if value not in known and not any(k.endswith("…") and value.startswith(k[:-1])
                                      for k in known):
        if source:
            raise ConfigError(f"{source}: unknown value '{value}'; known: {', '.join(known)}")
        raise UsageError(f"unknown {kind} '{value}'; known: {', '.join(known)}")
    return value


def pick_tts(choice: str, notes: list[str]) -> str:
    """``auto``: espeak-ng where it and an audio output exist, else the text stand-in
    (and a note for the learner's screen saying so, once)."""
    if choice != "auto":
        return choice
    from valkky.speech import devices

    if devices.has_espeak() and devices.has_output():
        return "espeak"
    why = "no audio output" if devices.has_espeak() else "espeak-ng is not installed"
    notes.append(f"({why}: the robot's lines are printed only)")
    return "text"


def pick_asr(args: argparse.Namespace, settings: Settings, notes: list[str],
             stdin: TextIO | None = None) -> str:
    """``auto``: spoken answers through the installed recogniser (Whisper where its model
    is installed, else a configured Vosk model) where the machine has a microphone or
    recordings are given; typed answers when they come as text (--answers, a pipe on
    ``stdin``, default the process's), or where the machine has no recogniser or
    microphone (said once)."""
    if settings.asr != "auto":
        return settings.asr
    if args.answers or (not args.audio_in and _stdin_is_piped(stdin or sys.stdin)):
        return "text"
    if getattr(args, "model", None):
        return "vosk"
    from valkky.speech import devices

    if not (args.audio_in or devices.has_input()):
        notes.append("(no microphone: answers are typed)")
        return "text"
    if whisper_ready(whisper_model(settings)):
        return "whisper"
    if settings.config.speech.model_path:
        return "vosk"
    notes.append("(no speech recogniser installed (see `valkky doctor`): answers are typed)")
    return "text"


def _stdin_is_piped(stdin: TextIO) -> bool:
    """Answers piped or redirected from a file (a terminal or /dev/null is not)."""
    import stat

    try:
        mode = os.fstat(stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode)


def whisper_model(settings: Settings) -> Path:
    """The Whisper model folder: ``[speech] whisper_model``, else the one installed in the
    settings' data dir."""
    from valkky.speech import models

    return models.whisper_model_path(settings.config.speech.whisper_model, settings.data)


def whisper_ready(path: Path) -> bool:
    """The Whisper model in ``path`` is installed (sizes checked) and faster-whisper can
    be imported."""
    import importlib.util

    from valkky.speech import models

    return (path.is_dir() and models.whisper_problem(path) is None
            and importlib.util.find_spec("faster_whisper") is not None)


def run_lesson(args: argparse.Namespace) -> int:
    """`valkky run`: the session at this process's terminal; SIGTERM stops it as Ctrl-C
    does."""
    with contextlib.ExitStack() as cleanup:  # the store (and its session lock), however it ends
        _stop_on_sigterm(cleanup)
        settings: Settings = getattr(args, "settings", None) or build_settings(args)
        return open_run(args, settings, sys.stdin, sys.stdout, cleanup).run()


def _stop_on_sigterm(cleanup: contextlib.ExitStack) -> None:
    """SIGTERM (systemd's stop, `kill`) stops the session as Ctrl-C does: ended
    ``stopped``, resumable; the CLI says so and exits 143. Once: the stop runs to its end.
    Python takes signals in its main thread only: ``main()`` called from another thread
    (a program that runs several) leaves them to that program."""
    if threading.current_thread() is not threading.main_thread():
        return

    def stop(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated()

    previous = signal.signal(signal.SIGTERM, stop)
    cleanup.callback(signal.signal, signal.SIGTERM, previous)


class LessonRun:
    """A session built from the settings, its adapters open, not yet started. ``run()``
    runs it to its end in the calling thread; what it opened is closed by the ExitStack
    it was opened with (the screen last to open, first to close; the store last)."""

    def __init__(self, runtime: Runtime, banner: list[str], out: TextIO,
                 screen: Screen | None) -> None:
        self.runtime = runtime
        self.banner = banner  # said as the lesson starts, not before an error
        self.out = out
        self.screen = screen  # the learner's screen (``--screen``): its ``url``

    def run(self) -> int:
        for line in self.banner:  # on the session's own screen, where the learner looks
            print(line, file=self.out, flush=True)
        try:
            self.runtime.run()
        except KeyboardInterrupt:  # Ctrl-C, SIGTERM: the page need not see the last state
            if self.screen is not None:
                self.screen.stop(linger=0.3)
            raise
        return 0


def open_run(args: argparse.Namespace, settings: Settings, stdin: TextIO, out: TextIO,
             cleanup: contextlib.ExitStack) -> LessonRun:
    """The session ``args`` and ``settings`` ask for at a terminal of ``stdin`` (typed
    answers, with --asr text and no --answers) and ``out`` (the lesson as text, what the
    session says to whoever runs it; its errors go to stderr); what it opens is closed by
    ``cleanup``. Signals are the caller's (``run_lesson`` takes SIGTERM), so a session runs
    in any thread."""
    config = settings.config
    file = settings.config.source
    _choose("--asr", settings.asr, ASR_CHOICES,
            None if getattr(args, "asr", None) else f"{file}: [speech] asr")
    _choose("--tts", settings.tts, TTS_CHOICES,
            None if getattr(args, "tts", None) else f"{file}: [speech] tts")
    _choose("--robot", args.robot, ROBOT_CHOICES)
    notes: list[str] = []  # said once the lesson starts, not before an error
    asr, tts = pick_asr(args, settings, notes, stdin), pick_tts(settings.tts, notes)
    lesson, library = open_lesson(args.lesson)
    store, recorder, start, drill = _progress(args, lesson, settings, cleanup, out)
    lang = pick_lang(lesson, args.lang, store.learner(args.learner).lang if store else None)
    if args.start_at:
        try:
            start = lesson.step_index(args.start_at)
        except KeyError:
            raise UsageError(f"--start-at: the lesson has no step '{args.start_at}'") from None
    gate = MicGate()  # shared: the microphone is muted while the robot speaks
    listener = _listener(args, settings, asr, gate, stdin, out, lang)
    from valkky.engine.feedback import almost_fi
    from valkky.judge import judge
    from valkky.judge.library_words import warm_in_background

    warm_in_background()  # the words the judge reads of the whole library: not on answer one
    session = Session(lesson, judge=judge, feedback=almost_fi, lang=lang, start_at=start,
                      drill_items=drill, settings=EngineSettings(
                          echo_heard=args.echo, min_confidence=config.speech.min_confidence))
    log = _open_log(args.events)
    if log:
        cleanup.callback(log.close)
    slots = SinkSlots(store=recorder, view=TerminalView(out, total=len(lesson.steps),
                                                        gestures=library.gesture_words))
    if tts != "text":
        from valkky.speech.tts import make_speaker

        sp = config.speech
        level = (store.learner(args.learner).level if store else None) or lesson.level
        slots.voice = make_speaker(tts, level=level, voice=sp.voice, gate=gate,
                                   device=sp.output_device or None,
                                   rates={"A1": sp.rate_wpm_a1, "A2": sp.rate_wpm_a2,
                                          "B1": sp.rate_wpm_b1})
        from valkky.engine import phrases

        slots.voice.prerender_soon(list(phrases.REPLIES))  # while the robot greets
    holds = None
    if args.robot != "none":
        # typed answers and text speech take no time: keep pace with the robot's gestures
        robot = _attach_robot(args, settings, slots, log, gate, pace=tts == "text")
        cleanup.callback(robot.close)
        holds = _attach_feed(robot.link, session, args.learner, slots)
    screen = None
    if getattr(args, "screen", None):
        from valkky.screen.launch import open_screen

        screen, listener = open_screen(args.screen, lesson, lang, listener,
                                       reconnect_s=settings.screen_reconnect_s,
                                       at_terminal=stdin.isatty(), out=out)
        cleanup.callback(screen.stop)  # once the page has the last state (or Ctrl-C's stop)
        slots.screen = screen
    if holds is not None and screen is None:
        listener = _stoppable(listener)  # (with the screen, a race already)
    resumed = f" · jatketaan kohdasta {start + 1}/{len(lesson.steps)}" if start else ""
    banner = [*notes, f"── {lesson.id} · {lesson.title} ({lesson.level}) · oppija "
                      f"{args.learner}{resumed} ──"]
    if screen is not None:
        banner.append(f"Näyttö (screen): {screen.url}")
        if screen.lan_url:
            banner.append(f"  (from other devices: {screen.lan_url})")
    if stdin.isatty() and not args.answers and (asr == "text" or screen):
        banner.append(stop_line(lang))
    return LessonRun(Runtime(session, listener, slots.ordered(), log, holds=holds), banner,
                     out, screen)


def _stoppable(listener: Any) -> Any:
    """``listener`` in a race of its own, whose wait a trainer's stop breaks off (a learner
    who never answers must not keep the session running): answers as before, a typed
    terminal's Ctrl-D still stopping the session."""
    from valkky.race import RaceListener, Source
    from valkky.speech.text import TextListener

    typed = isinstance(listener, TextListener)
    interactive = typed and bool(getattr(listener, "_interactive", False))
    name = "terminal" if interactive else "answers" if typed else "speech"
    return RaceListener([Source(name, listener, late_ok=interactive,
                                stops_session=interactive or typed)])


def _attach_feed(link: Any, session: Session, learner: str, slots: SinkSlots) -> Any:
    """The session told to the trainer's console over the robot's broker, and its pause
    and stop taken back: the feed goes in its slot; its holds go to the runtime."""
    from valkky import events as ev
    from valkky.controller.feed import SessionFeed

    lesson = session.lesson
    feed = SessionFeed(link, ev.SessionOpened(lesson=lesson.id, lang=session.lang,
                                              start_step=session.step_index),
                       title=lesson.title, learner=learner, steps=len(lesson.steps))
    slots.feed = feed
    return feed.holds


def _attach_robot(args: argparse.Namespace, settings: Settings, slots: SinkSlots,
                  log: EventLog | None, gate: MicGate, *, pace: bool) -> Any:
    """Connect the robot link and put it in its slot; the RobotSink (closed by the caller).
    Another controller already driving the robot is an AdapterError."""
    from valkky.controller.link import RobotLink
    from valkky.controller.sink import RobotSink, SpeechMarks

    link = RobotLink.from_url(args.robot, username=settings.mqtt_username,
                              password=settings.mqtt_password, mqtt5=settings.broker_mqtt5)
    link.start()  # returns at once; reconnects in the background with backoff
    if not link.wait_connected(ROBOT_CONNECT_WAIT_S) and link.conflict:
        link.stop()
        raise AdapterError(link.conflict)
    if not link.connected:  # a short, bounded grace, then the lesson goes on
        print(f"(robot link: {args.robot} is not reachable; the lesson goes on by voice "
              "alone, and the link keeps trying)", file=sys.stderr)
    slots.robot = RobotSink(link, log.write if log else None, gate=gate, pace=pace)
    # the robot animates while it speaks: marks around whatever speaks the lines
    if slots.voice is not None:
        slots.voice = SpeechMarks(slots.voice, link)
    else:
        slots.view = SpeechMarks(slots.view, link)
    return slots.robot


def _progress(args: argparse.Namespace, lesson: Lesson, settings: Settings,
              cleanup: contextlib.ExitStack, out: TextIO
              ) -> tuple[Store | None, ProgressRecorder | None, int, list[VocabItem] | None]:
    """The store, its recorder sink, the step to start at and the drill's words; or no
    store at all with --no-store (rehearsal). ``cleanup`` closes the store."""
    if getattr(args, "no_store", False):
        return None, None, 0, None
    store = Store.from_settings(settings)
    cleanup.push(lambda kind, *_: _close_store(store, say=kind is None))
    twin = None if store.has_learner(args.learner) else store.twin(args.learner)
    if twin:  # ab12 for AB12: a typo, not a new learner
        raise ConfigError(f"no learner '{args.learner}'; did you mean '{twin}'? (ids are "
                          "case-sensitive; `valkky learners add` makes a new one)")
    _, created = store.ensure_learner(args.learner, lang=args.lang)
    if created:
        print(f"(new learner '{args.learner}' in {store.path})", file=out)
    recorder, start, drill = open_progress(store, args.learner, lesson, restart=args.restart)
    return store, recorder, start, drill


def _close_store(store: Store, *, say: bool) -> None:
    store.close()
    if store.left and say:  # PostgreSQL unreachable at the end: say the answers are safe
        print(f"(the progress database {store.path} is unreachable: {store.left} writes "
              "wait on this robot and are sent by the next valkky command that uses it)",
              file=sys.stderr)


def stop_line(lang: str | None) -> str:
    """How to stop, at a terminal: in Finnish, with the hint language's word beside."""
    from valkky.screen.words import word

    beside = word("stop", lang)
    return (f"(Ctrl-D: lopeta{f' · {beside}' if beside else ''} — ensi kerralla jatketaan "
            "tästä)")


def _listener(args: argparse.Namespace, settings: Settings, asr: str, gate: MicGate,
              stdin: TextIO, out: TextIO, lang: str | None = None) -> Listener:
    if args.answers and asr != "text":
        raise UsageError(f"--answers gives typed answers: it goes with --asr text, not "
                          f"{asr}")
    sp = settings.config.speech
    if asr == "whisper":
        from valkky.speech.asr import Microphone, WavAnswers
        from valkky.speech.whisper import open_whisper

        source = (WavAnswers(args.audio_in) if args.audio_in
                  else Microphone(sp.input_device or None, gate=gate))
        return open_whisper(sp, source, args.model or whisper_model(settings))
    if asr == "vosk":
        from valkky.speech.asr import Microphone, VoskListener, WavAnswers, listen_settings

        if not settings.model:
            raise UsageError("--asr vosk needs --model PATH (a Vosk model folder; no "
                              "Finnish model is published: see docs/speech.md)")
        source = (WavAnswers(args.audio_in) if args.audio_in
                  else Microphone(sp.input_device or None, gate=gate))
        return VoskListener(settings.model, source, listen_settings(sp))
    if args.audio_in or args.model:
        raise UsageError("--audio-in and --model go with --asr whisper or --asr vosk")
    if args.answers:
        return TextListener.from_file(args.answers, out=out)
    if stdin.isatty():  # "vastaus (answer)> ": the prompt in the hint language too
        from valkky.screen.words import answer_prompt

        return TextListener(interactive=True, prompt=answer_prompt(lang), out=out)
    return TextListener(bounded_lines(stdin), out=out)


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
    where = ("Answer on the screen (its address is below) or type here"
             if getattr(args, "screen", None) else "Type your answers")
    print(f"Välkky demo: a short lesson with the simulated robot. {where}; Ctrl-D stops.\n")
    ns = argparse.Namespace(lesson=args.lesson, learner="demo", lang=args.lang, answers=None,
                            asr="text", tts="auto", robot="none", events=args.events,
                            echo=False, start_at=None, no_store=True, model=None,
                            audio_in=None, screen=getattr(args, "screen", None))
    given = getattr(args, "settings", None)  # the demo's own choices over the file's
    ns.settings = dataclasses.replace(given, asr="text", tts="auto") if given else None
    if args.no_robot:
        return run_lesson(ns)
    from valkky.protocol.broker import start_embedded_broker
    from valkky.robot.sim import start_sim

    with start_embedded_broker() as broker:
        gestures = gesture_descriptions()
        sim = start_sim(broker.url, "demo", web_port=args.web, echo_log=True,
                        say=lambda line: _robot_says(line, gestures))
        try:
            if sim.web_url:
                print(f"Watch the robot move: open {sim.web_url} in a browser.\n")
            ns.robot = f"{broker.url}/demo"
            ns.settings = dataclasses.replace(ns.settings or build_settings(ns),
                                              broker_mqtt5=False)  # amqtt speaks 3.1.1
            return run_lesson(ns)
        finally:
            sim.stop()


def _robot_says(line: str, gestures: Mapping[str, str]) -> None:
    """The simulator's account of what the robot does, set apart from the lesson's lines:
    the gestures it makes (in the learner's words, ``gestures``) and what goes wrong.
    Routine acks, speech and screen marks stay out of the learner's terminal (they are in
    the event log with --events)."""
    text = line.removeprefix("valkky sim: ")
    # "→ gesture wave (363d-b74949-1)": neither the gesture's name nor the command's id is
    # for the learner (both are in the event log)
    made = re.fullmatch(r"→ gesture (\S+)(?: \([^)]*\))?", text)
    if made:
        text = f"→ {gestures.get(made[1], 'ele')}"
    routine = ("← ack " in text and " rejected" not in text) or text.startswith(
        ("→ speech", "→ show", "← error"))
    if not routine:
        # one write, line and newline together: the simulator's thread and the lesson's
        # share the terminal, and print() writes the two apart
        sys.stdout.write(f"      🤖 {text}\n")
        sys.stdout.flush()
