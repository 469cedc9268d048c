"""A learner's page in the trainer's console with 1,000 sessions, as a ratio to the same
page of a learner with none, rendered side by side by the same server.

The progress database (SQLite, in a temporary folder) holds a learner with 1,000 sessions
of the cleaning lessons (about 8 answers each, some corrected by a trainer, with word
cards) and a learner with nothing. The console's app (the gate, the session, the
database thread, the real lesson library, the templates, the SVG charts) answers
``GET /learners/<id>`` through Starlette's in-process client, round by round,
interleaved: the full learner, then the empty one. Ratio = median(full) / median(empty);
the goal is the full page within 200 ms (issue 14). The CPU time the process spent per
page is printed too: on a machine shared with other work it says what a quiet one would
take.
"""

from __future__ import annotations

import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from starlette.testclient import TestClient

from valkky.console.app import create_app
from valkky.console.auth import hash_password
from valkky.console.db import Database
from valkky.lesson import model as m
from valkky.lesson.questions import library, questions
from valkky.progress.store import Store
from valkky.settings import for_database

SESSIONS = 1000
ROUNDS = 30
GOAL_MS = 200.0
PASSWORD = "bench-password"
LESSONS = ("siivous-valineet", "siivous-turvallisuus", "yleinen-tervehdys")


def fill(path: Path) -> None:
    """One learner with SESSIONS sessions over about two years, one with none."""
    rnd = random.Random(14)
    lib = library()
    keys = {lid: list(questions(lib[lid])) for lid in LESSONS if lid in lib}
    words = {lid: [v.fi for v in lib[lid].vocabulary] for lid in keys}
    store = Store(path)
    store.add_learner("FULL1", lang="ar", profession="siivous", workplace="Kemin varikko")
    store.add_learner("EMPTY1", lang="ar", profession="siivous", workplace="Kemin varikko")
    start = time.time() - SESSIONS * 17 * 3600
    with store.transaction() as db:
        for n in range(SESSIONS):
            lesson_id = rnd.choice(sorted(keys))
            at = start + n * 17 * 3600
            session_id = db.execute(
                "INSERT INTO sessions (learner_id, lesson_id, started_at, ended_at, "
                "end_reason, position, score) VALUES (?,?,?,?,?,?,?) RETURNING id",
                ("FULL1", lesson_id, at, at + 600, "completed", 0, None)).fetchone()[0]
            for i, step in enumerate(rnd.sample(keys[lesson_id], min(8, len(keys[lesson_id])))):
                verdict = rnd.choices(["correct", "almost", "wrong"], [6, 2, 2])[0]
                score = {"correct": 1.0, "almost": 0.9, "wrong": 0.2}[verdict]
                attempt_id = db.execute(
                    "INSERT INTO attempts (session_id, learner_id, lesson_id, step, heard, "
                    "verdict, reason, score, try, final, closest, at, uid) VALUES "
                    "(?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
                    (session_id, "FULL1", lesson_id, step, "vastaus", verdict, None, score, 1,
                     1, None, at + 10 * i, f"{n}-{i}")).fetchone()[0]
                if rnd.random() < 0.02:
                    db.execute("INSERT INTO overrides (attempt_id, learner_id, verdict, at) "
                               "VALUES (?,?,?,?)", (attempt_id, "FULL1", "correct", at + 900))
        for lesson_id, vocabulary in words.items():
            for word in vocabulary:
                db.execute("INSERT INTO cards (learner_id, word, lesson_id, glosses, card, "
                           "due, reviews) VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                           ("FULL1", word, lesson_id, '{"ar": "-"}', "{}",
                            start + rnd.random() * SESSIONS * 17 * 3600, 3))
    store.close()


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="valkky-bench-console-"))
    os.environ["VALKKY_DATA_DIR"] = str(folder)
    path = folder / "progress.db"
    fill(path)
    assert all(isinstance(x, m.Lesson) for x in library().values())
    db = Database(for_database(path))
    try:
        client = TestClient(create_app(db, hash_password(PASSWORD)),
                            base_url="http://127.0.0.1")
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
        assert csrf
        client.post("/login", data={"csrf": csrf.group(1), "password": PASSWORD})
        sessions = db.call(lambda s: len(s.sessions("FULL1")))
        full, empty, full_cpu, empty_cpu = [], [], [], []
        for n in range(ROUNDS + 2):  # the first two warm the library and the templates
            for who, times, cpu in (("FULL1", full, full_cpu), ("EMPTY1", empty, empty_cpu)):
                t0, c0 = time.perf_counter(), time.process_time()
                r = client.get(f"/learners/{who}")
                elapsed = (time.perf_counter() - t0) * 1000
                used = (time.process_time() - c0) * 1000
                assert r.status_code == 200, r.text[:300]
                assert who == "EMPTY1" or "<svg" in r.text
                if n >= 2:
                    times.append(elapsed)
                    cpu.append(used)
        client.close()
    finally:
        db.close()
    f, e = statistics.median(full), statistics.median(empty)
    print(f"learner page, {sessions} sessions: median {f:.1f} ms (worst {max(full):.1f}); "
          f"empty learner: median {e:.1f} ms")
    # CPU time of this process (the app runs in it): what a quiet machine would take
    print(f"CPU time per page: {statistics.median(full_cpu):.1f} ms full, "
          f"{statistics.median(empty_cpu):.1f} ms empty")
    print(f"ratio full / empty: {f / e:.1f}  (goal: full page ≤ {GOAL_MS:.0f} ms: "
          f"{'met' if f <= GOAL_MS else 'NOT met'}; load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    return 0 if f <= GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
