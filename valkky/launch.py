"""Build a session from command-line choices: the lesson, the learner, the adapters.

Adapters are chosen by short names or URIs (``--asr text``, ``--tts text``,
``--robot none``); an unknown one is refused with the list of known ones.
"""

from __future__ import annotations

import argparse
import sys

from valkky.engine.session import EngineSettings, Session
from valkky.errors import ConfigError, LessonError
from valkky.lesson.catalog import resolve_lesson
from valkky.lesson.library import load_library
from valkky.lesson.loader import load_lesson
from valkky.lesson.model import Lesson
from valkky.runtime import EventLog, Runtime
from valkky.speech.text import TextListener
from valkky.terminal import TerminalView

ASR_CHOICES = ("text",)
TTS_CHOICES = ("text",)
ROBOT_CHOICES = ("none", "mqtt://…")
ROBOT_CONNECT_WAIT_S = 1.5


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
    if value not in known and not any(k.endswith("://…") and value.startswith(k[:-1])
                                      for k in known):
        raise ConfigError(f"unknown {kind} '{value}'; known: {', '.join(known)}")
    return value


def run_lesson(args: argparse.Namespace) -> int:
    _choose("--asr", args.asr, ASR_CHOICES)
    _choose("--tts", args.tts, TTS_CHOICES)
    _choose("--robot", args.robot, ROBOT_CHOICES)
    lesson = open_lesson(args.lesson)
    lang = pick_lang(lesson, args.lang)
    start = 0
    if args.start_at:
        try:
            start = lesson.step_index(args.start_at)
        except KeyError:
            raise ConfigError(f"--start-at: the lesson has no step '{args.start_at}'") from None
    listener = TextListener.from_file(args.answers) if args.answers else TextListener.from_stdin()
    from valkky.judge import feedback_fi, judge

    session = Session(lesson, judge=judge, feedback=feedback_fi, lang=lang, start_at=start,
                      settings=EngineSettings(echo_heard=args.echo))
    log = _open_log(args.events)
    sinks: list = [TerminalView()]
    robot = None
    if args.robot != "none":
        from valkky.robot.link import RobotLink
        from valkky.robot.sink import RobotSink, SpeechMarks

        link = RobotLink.from_url(args.robot)
        link.start()  # returns at once; reconnects in the background with backoff
        if not link.wait_connected(ROBOT_CONNECT_WAIT_S):  # a short, bounded grace
            print(f"(robot link: {args.robot} is not reachable; the lesson goes on by voice "
                  "alone, and the link keeps trying)", file=sys.stderr)
        robot = RobotSink(link, log.write if log else None)
        sinks = [robot, SpeechMarks(sinks[0], link)]
    print(f"── {lesson.id} · {lesson.title} ({lesson.level}) · oppija {args.learner} ──")
    runtime = Runtime(session, listener, sinks, log)
    try:
        runtime.run(learner=args.learner)
    finally:
        if robot:
            robot.close()
        if log:
            log.close()
    return 0


def _open_log(path: str | None) -> EventLog | None:
    if not path:
        return None
    try:
        return EventLog(path)
    except OSError as exc:
        raise ConfigError(f"cannot write events to {path}: {exc.strerror}") from None


def run_demo(args: argparse.Namespace) -> int:
    print("Välkky demo: a short lesson in the terminal. Type your answers; Ctrl-D stops.\n")
    ns = argparse.Namespace(lesson=args.lesson, learner="demo", lang=args.lang, answers=None,
                            asr="text", tts="text", robot="none", events=None, echo=False,
                            start_at=None)
    return run_lesson(ns)
