"""A fleet's progress: PostgreSQL against SQLite, and 20 robots at once on one database.

1. Answers recorded per second, one robot: ``Store.record_attempt`` (one durable commit
   per answer, with a card review every other answer) in a loop, on a SQLite file
   (WAL, synchronous=FULL) and on PostgreSQL over loopback (fsync on, synchronous
   commit); then the bundled cleaning lesson through the runtime with a scripted
   struggling learner. The ratio is PostgreSQL's rate over SQLite's.
2. 20 simulated robots (20 processes, each its own Store, pool and outbox, its own
   learner) run the lesson at once against one PostgreSQL: every answer each robot judged
   must be in the database once (none lost, none doubled, nothing left in an outbox);
   commit latency per answer as each robot saw it (p50, p99, max). The same 20 robots on
   one shared SQLite file for comparison.

The server is a throwaway one (valkky.testing.postgres: initdb in a temporary folder, a
free loopback port); Debian's postgresql must be installed (`make test` installs it).
"""

from __future__ import annotations

import multiprocessing as mp
import statistics
import sys
import tempfile
import time
from pathlib import Path

from valkky.testing import postgres

LESSON = "siivous-valineet"
ROBOTS = 20
ROUNDS = 2  # lessons per robot


def _lesson():  # type: ignore[no-untyped-def]
    from valkky.lesson.files import resolve_lesson
    from valkky.lesson.loader import load_lesson
    from valkky.lesson.references import load_library

    library, _ = load_library()
    return load_lesson(resolve_lesson(LESSON), library)


def _run_lesson(lesson, store, learner: str) -> int:  # type: ignore[no-untyped-def]
    from valkky.engine.feedback import almost_fi
    from valkky.engine.session import Session
    from valkky.judge import judge
    from valkky.progress.recorder import open_progress
    from valkky.runtime import Runtime
    from valkky.testing.learners import ScriptedLearner

    store.ensure_learner(learner)
    recorder, start, drill = open_progress(store, learner, lesson, restart=True)
    session = Session(lesson, judge=judge, feedback=almost_fi, lang="en", start_at=start,
                      drill_items=drill)
    listener = ScriptedLearner(struggling=True)
    Runtime(session, listener, [recorder]).run()
    return len(listener.expectations)


def _record_rate(target: str | Path, outbox: Path, n: int) -> float:
    from valkky.progress.store import Store

    store = Store(target, outbox=outbox)
    store.ensure_learner("B1")
    sid, _ = store.open_session("B1", "bench", restart=True)
    t = time.perf_counter()
    for i in range(n):
        store.record_attempt(sid, "B1", "bench", step=f"s{i % 20}", heard="moppi",
                             verdict="correct" if i % 3 else "wrong", reason=None,
                             score=1.0, try_=1, final=True, closest="moppi", position=i,
                             review=("moppi", {"en": "mop"}) if i % 2 else None)
    rate = n / (time.perf_counter() - t)
    store.end_session(sid, "completed", 1.0)
    store.close()
    return rate


def _lesson_rate(target: str | Path, outbox: Path, rounds: int) -> float:
    from valkky.progress.store import Store

    lesson = _lesson()
    store = Store(target, outbox=outbox)
    answers, t = 0, time.perf_counter()
    for i in range(rounds):
        answers += _run_lesson(lesson, store, f"L{i}")
    rate = answers / (time.perf_counter() - t)
    store.close()
    return rate


def _robot(target: str, outbox: str, learner: str, start: mp.Event,  # type: ignore[valid-type]
           out: mp.Queue) -> None:  # type: ignore[type-arg]
    from valkky.progress.store import Store

    lesson = _lesson()
    store = Store(target if "://" in target else Path(target), outbox=Path(outbox))
    latencies: list[float] = []
    record = store.record_attempt

    def timed(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        record(*args, **kwargs)
        latencies.append(time.perf_counter() - t)

    store.record_attempt = timed  # type: ignore[method-assign]
    start.wait()  # type: ignore[attr-defined]
    answers = sum(_run_lesson(lesson, store, learner) for _ in range(ROUNDS))
    pending = store.pending()
    store.close()
    out.put((learner, answers, len(latencies), pending + store.left, latencies))


def _fleet(target: str, tmp: Path, count_rows) -> None:  # type: ignore[no-untyped-def]
    ctx = mp.get_context("fork")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_robot, args=(target, str(tmp / f"outbox{i}.db"), f"F{i}",
                                              start, out)) for i in range(ROBOTS)]
    for p in procs:
        p.start()
    time.sleep(0.5)  # let them import; the clock starts at the signal
    t = time.perf_counter()
    start.set()
    results = [out.get(timeout=600) for _ in procs]
    wall = time.perf_counter() - t
    for p in procs:
        p.join(timeout=60)
    judged = sum(r[2] for r in results)
    pending = sum(r[3] for r in results)
    stored = count_rows()
    lat = sorted(x for r in results for x in r[4])
    p50 = statistics.median(lat) * 1000
    p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))] * 1000
    lost = judged - stored
    print(f"  {ROBOTS} robots × {ROUNDS} lessons: {judged} answers judged, {stored} in the "
          f"database, {pending} left in outboxes: {'none lost' if lost == 0 else f'{lost} LOST'}"
          f"; {judged / wall:,.0f} answers/s together in {wall:.1f} s")
    print(f"  commit latency per answer: p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
          f"max {lat[-1] * 1000:.1f} ms")
    if lost or pending:
        sys.exit(1)


def main() -> None:
    if postgres.find_bin() is None:
        print("bench_fleet: skipped (PostgreSQL is not installed; make test installs it)")
        return
    import psycopg

    with postgres.server(fsync=True) as srv, tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        srv.sql("CREATE DATABASE one")
        srv.sql("CREATE DATABASE lessons")
        srv.sql("CREATE DATABASE fleet")
        n = 300
        sqlite_rate = _record_rate(tmp / "one.db", tmp / "ob.db", n)
        pg_rate = _record_rate(srv.url("one"), tmp / "ob.db", n)
        print(f"one robot, {n} answers recorded (durable commit each): SQLite "
              f"{sqlite_rate:,.0f}/s, PostgreSQL {pg_rate:,.0f}/s, ratio PostgreSQL/SQLite "
              f"{pg_rate / sqlite_rate:.2f}")
        sqlite_rate = _lesson_rate(tmp / "lessons.db", tmp / "ob.db", 3)
        pg_rate = _lesson_rate(srv.url("lessons"), tmp / "ob.db", 3)
        print(f"one robot, whole lessons through the runtime: SQLite {sqlite_rate:,.0f} "
              f"answers/s, PostgreSQL {pg_rate:,.0f} answers/s, ratio {pg_rate / sqlite_rate:.2f}")

        def pg_rows() -> int:
            with psycopg.connect(srv.url("fleet")) as conn:
                return int(conn.execute("SELECT count(*) FROM attempts").fetchone()[0])

        def sqlite_rows() -> int:
            import sqlite3

            with sqlite3.connect(tmp / "fleet.db") as conn:
                return int(conn.execute("SELECT count(*) FROM attempts").fetchone()[0])

        from valkky.progress.store import Store

        Store(srv.url("fleet")).close()  # the schema, before 20 robots race for it
        print("PostgreSQL (loopback, fsync on):")
        _fleet(srv.url("fleet"), tmp, pg_rows)
        Store(tmp / "fleet.db").close()
        print("one SQLite file shared by the same 20 processes (for comparison):")
        _fleet(str(tmp / "fleet.db"), tmp, sqlite_rows)


if __name__ == "__main__":
    main()
