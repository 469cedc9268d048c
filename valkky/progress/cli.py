"""The trainer's commands on progress: learners, plan, review, report, export."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from valkky.dbtarget import DB_HELP, parse_target
from valkky.errors import UsageError, ValkkyError
from valkky.private import private_fd
from valkky.progress.errors import UnknownLearner

if TYPE_CHECKING:
    from valkky.progress.store import Store


LEARNER_HELP = "the learner's pseudonymous id (badge, QR code or PIN; `valkky learners list`)"


def add_commands(sub: argparse._SubParsersAction, command) -> None:
    """Register the commands; ``command(name, func, help, description)`` makes a parser."""
    p = command("learners", _learners, "add, list, show, export or delete learners",
                "Learners are pseudonymous: an id from a badge, QR code or PIN typed by the "
                "trainer, never a voice or a face.")
    ls = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = ls.add_parser("add", help="register a learner")
    a.add_argument("id", metavar="ID", help="the new learner's pseudonymous id: 1 to 64 "
                   "letters, digits, '.', '_' or '-' (a badge, QR code or PIN)")
    a.add_argument("--name", help="optional display name")
    a.add_argument("--lang", help="support language (ISO 639-1), e.g. ar")
    a.add_argument("--level", help="A1, A2, B1 or B2 (else set by a placement lesson)")
    a.add_argument("--profession", help="profession id from lessons/professions.yaml")
    a.add_argument("--workplace", help="the group (workplace) the learner belongs to, for "
                   "the console's group reports")
    ls.add_parser("list", help="all learners").add_argument("--json", action="store_true")
    ls.add_parser("show", help="one learner's summary").add_argument(
        "id", metavar="ID", help=LEARNER_HELP)
    e = ls.add_parser("export", help="all of a learner's data as JSON")
    e.add_argument("id", metavar="ID", help=LEARNER_HELP)
    e.add_argument("-o", "--output", help="file (default: standard output)")
    d = ls.add_parser("delete", help="erase every row about a learner")
    d.add_argument("id", metavar="ID", help=LEARNER_HELP)
    d.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    for action in ls.choices.values():
        _db(action)

    _progress_commands(command)

    p = command("plan", _plan, "propose a learner's next lessons",
                "Propose the next lessons from the learner's profession, level, the words due "
                "and what was missed.")
    _db(p)
    p.add_argument("learner", metavar="ID", help=LEARNER_HELP)

    p = command("review", _review, "answers most often judged wrong or almost, per step",
                "The trainer's review queue: the answers judged wrong or almost most often per "
                "step, to add to a step's accept list or mistakes.")
    _db(p)
    p.add_argument("--lesson", help="only this lesson id")

    p = command("report", _report, "a learner's or a lesson's report",
                "A learner's progress (terminal, --html FILE with charts, --csv FILE), or with "
                "--lesson ID the lesson across learners.")
    _db(p)
    p.add_argument("learner", metavar="ID", nargs="?", help=LEARNER_HELP)
    p.add_argument("--lesson", help="report on a lesson across learners")
    p.add_argument("--html", metavar="FILE", help="write a self-contained HTML page")
    p.add_argument("--csv", metavar="FILE", help="write the attempts as CSV")

    p = command("export", _export, "export attempts for other systems",
                "Export attempts; 'xapi' writes xAPI 1.0.3 statements as a JSON array.")
    _db(p)
    p.add_argument("format", choices=["xapi"])
    p.add_argument("--since", help="only from this date (YYYY-MM-DD) on")
    p.add_argument("-o", "--output", help="file (default: standard output)")



def _progress_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    p = command("progress", _progress, "the progress database: migrate a robot's history, "
                "see what waits", "migrate: copy a robot's SQLite history into the fleet's "
                "database (PostgreSQL), idempotently. pending: the answers kept on this "
                "robot while the database was unreachable.")
    ps = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    m = ps.add_parser("migrate", help="copy a SQLite progress.db into another database")
    m.add_argument("--from", dest="source", metavar="FILE", required=True,
                   help="the robot's SQLite progress database")
    m.add_argument("--to", dest="to", metavar="URL", required=True,
                   help="the fleet's database, postgresql://user@host:5432/dbname")
    _db(ps.add_parser("pending", help="writes waiting on this robot for the database"))


def _progress(args: argparse.Namespace) -> int:
    if args.action == "migrate":
        from valkky.progress.migrate import migrate

        target = parse_target(args.to, "--to")
        copied = migrate(Path(args.source) if "://" not in args.source else args.source,
                         target, args.settings)
        from valkky.progress.store import Store

        shown = str(Store.shown(target))
        print(f"copied {copied} from {args.source} to {shown} (nothing already there was "
              "copied again)")
        return 0
    from valkky.progress.outbox import waiting

    w = waiting(args.settings.db, args.settings.outbox)
    if w.sqlite:
        print(f"nothing waits: {w.database} is a SQLite file on this machine, written at once")
        return 0
    if not w.pending:
        print(f"nothing waits for {w.database} on this robot")
    for kind, count in w.pending:
        print(f"{count:6} {kind} writes wait in {w.outbox} for {w.database}")
    for kind, count in w.rejected:
        print(f"{count:6} {kind} writes were refused by {w.database} (their learner or "
              f"session erased meanwhile) and are set aside in {w.outbox}")
    return 0


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH|URL", help=DB_HELP)


def open_store(args: argparse.Namespace) -> Store:
    """The store the command's settings name (``--db``, ``[data] db``, the data dir)."""
    # here, not at the top: every valkky command builds its parser from this module, and
    # the store (with the lesson model) is a tenth of a second to import that the robot's
    # bridge, the simulator and the demo never need
    from valkky.progress.store import Store

    return Store.from_settings(args.settings)


def _write(text: str, path: str | None) -> None:
    """Write an export or report: learners' data, so the file is created mode 0600 (an
    existing one of ours is made so too), whatever the umask."""
    if path:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
            with open(fd, "w", encoding="utf-8") as f:
                private_fd(fd)
                f.write(text)
        except OSError as exc:
            raise ValkkyError(f"cannot write {path}: {exc.strerror}") from None
        print(f"wrote {path}", file=sys.stderr)
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _learners(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        if args.action == "add":
            x = store.add_learner(args.id, display_name=args.name, lang=args.lang,
                                  level=args.level, profession=args.profession,
                                  workplace=args.workplace)
            print(f"added learner {x.id}")
        elif args.action == "list":
            rows = store.learners()
            if args.json:
                print(json.dumps([x.__dict__ for x in rows], ensure_ascii=False, indent=2))
            elif not rows:  # a silent nothing reads as a broken command
                print(f"no learners in {store.path} yet: `valkky learners add ID` adds one, "
                      "or `valkky run` with a new --learner")
            else:
                print(f"{'id':16} {'name':16} {'lang':4} {'level':5} profession")
                for x in rows:
                    print(f"{x.id:16} {x.display_name or '':16} {x.lang or '-':4} "
                          f"{x.level or '-':5} {x.profession or '-'}")
        elif args.action == "show":
            from valkky.lesson.questions import library
            from valkky.progress.reports import learner_report, learner_text

            print(learner_text(learner_report(store, args.id), library()))
        elif args.action == "export":
            _write(json.dumps(store.export_learner(args.id), ensure_ascii=False, indent=2),
                   args.output)
        elif args.action == "delete":
            try:
                store.learner(args.id)
            except UnknownLearner:
                # Perhaps erased before while a reader held old copies: finish that.
                store.purge(f"no learner '{args.id}' in {store.path}; deleted rows are gone, "
                            "but", f"`valkky learners delete {args.id} --yes` again")
                raise UnknownLearner(f"no learner '{args.id}' in {store.path} (see `valkky "
                                     "learners list`); nothing of them is kept there") from None
            if not args.yes and not _confirm(f"Erase everything about learner {args.id}?"):
                print("nothing erased")
                return 1
            store.delete_learner(args.id)
            print(f"erased learner {args.id}")
    finally:
        store.close()
    return 0


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise ValkkyError("refusing to erase without confirmation: add --yes")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes", "k", "kyllä")


def _plan(args: argparse.Namespace) -> int:
    from valkky.lesson.lint import lint_paths
    from valkky.paths import lessons_dir
    from valkky.progress.plan import plan

    if not lessons_dir().is_dir():
        raise ValkkyError(f"no lessons folder {lessons_dir()} (VALKKY_LESSONS): nothing to plan")
    store = open_store(args)
    try:
        lessons = lint_paths([lessons_dir()], cached=True).lessons
        for s in plan(store, args.learner, lessons):
            print(f"{s.lesson_id:32} {s.why}")
    finally:
        store.close()
    return 0


def _review(args: argparse.Namespace) -> int:
    from valkky.lesson.questions import library, library_lesson
    from valkky.progress.reports import review_queue

    store = open_store(args)
    try:
        lessons = {args.lesson: library_lesson(args.lesson)} if args.lesson else library()
        print(review_queue(store, args.lesson, lessons))
    finally:
        store.close()
    return 0


def _report(args: argparse.Namespace) -> int:
    from valkky.lesson.questions import library, library_lesson
    from valkky.progress import reports

    if not args.learner and not args.lesson:
        raise UsageError("name a learner, or --lesson ID")
    if args.html and not args.learner:  # it once wrote nothing, without a word
        raise UsageError("--html makes a learner's page: name a learner; a lesson's report "
                          "is text (or --csv FILE)")
    store = open_store(args)
    try:
        if args.csv:
            _write(reports.attempts_csv(store, learner_id=args.learner, lesson_id=args.lesson),
                   args.csv)
        if args.lesson and not args.learner:
            print(reports.lesson_text(store, args.lesson, library_lesson(args.lesson)))
            return 0
        report = reports.learner_report(store, args.learner)
        if args.html:
            from valkky.progress.html import learner_html

            _write(learner_html(store, report, library()), args.html)
        else:
            print(reports.learner_text(report, library()))
    finally:
        store.close()
    return 0


def _export(args: argparse.Namespace) -> int:
    from valkky.progress.xapi import statements

    since = None
    if args.since:
        try:
            since = datetime.fromisoformat(args.since).replace(tzinfo=UTC).timestamp()
        except ValueError:
            raise UsageError(f"--since: '{args.since}' is not a date like 2026-11-23") from None
    store = open_store(args)
    try:
        _write(json.dumps(statements(store, since), ensure_ascii=False, indent=2), args.output)
    finally:
        store.close()
    return 0
