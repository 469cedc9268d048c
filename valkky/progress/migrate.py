"""``valkky progress migrate``: a robot's SQLite history into the fleet's database.

Idempotent: run it again (after more lessons on the robot, or after it was cut off) and
nothing is copied twice. Learners are matched by id, sessions by learner, lesson and start
time, attempts by their key (one is written into the robot's file for attempts made before
keys existed), cards by learner and word (the one with more reviews wins). One
transaction: all of it or nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from valkky.dbtarget import is_url
from valkky.progress.errors import SessionBusy, StoreError
from valkky.progress.store import Store

if TYPE_CHECKING:
    from valkky.settings import Settings


@dataclass
class Copied:
    learners: int = 0
    sessions: int = 0
    attempts: int = 0
    cards: int = 0
    overrides: int = 0

    def __str__(self) -> str:
        return (f"{self.learners} learners, {self.sessions} sessions, {self.attempts} "
                f"answers, {self.cards} cards, {self.overrides} verdicts corrected by a "
                "trainer")


def migrate(source: Path, target: str | Path, settings: Settings) -> Copied:
    """Copy what ``source`` holds that ``target`` lacks; what was copied, by table.
    ``target`` is opened as every command opens its store (``settings``' outbox and its
    retry wait)."""
    if is_url(str(source)):
        raise StoreError("--from is the robot's SQLite file (progress.db), not a URL")
    if not Path(source).is_file():
        raise StoreError(f"no progress database {source}")
    if not is_url(str(target)) and Path(target).resolve() == Path(source).resolve():
        raise StoreError("--from and --to are the same database")
    src = Store(source)
    try:
        for row in src.db.execute("SELECT id, learner_id, lesson_id FROM sessions "
                                  "WHERE end_reason IS NULL").fetchall():
            if src.session_live(row["id"]):
                raise SessionBusy(f"learner {row['learner_id']} is in lesson "
                                  f"{row['lesson_id']} on this robot right now: migrate "
                                  "when the lesson is over; nothing was copied")
        with src.transaction() as db:  # a key for answers recorded before keys existed
            db.execute("UPDATE attempts SET uid = lower(hex(randomblob(16))) "
                       "WHERE uid IS NULL")
        dst = Store.from_settings(settings, target)
        try:
            return _copy(src, dst)
        finally:
            dst.close()
    finally:
        src.close()


def _copy(src: Store, dst: Store) -> Copied:
    copied = Copied()
    with dst.transaction() as db:
        for r in src.db.execute("SELECT * FROM learners ORDER BY id").fetchall():
            if db.execute("INSERT INTO learners (id, display_name, lang, level, profession, "
                          "created_at, workplace) VALUES (?,?,?,?,?,?,?) ON CONFLICT (id) DO "
                          "NOTHING RETURNING id",
                          (r["id"], r["display_name"], r["lang"], r["level"], r["profession"],
                           r["created_at"], r["workplace"])).fetchone():
                copied.learners += 1
        sessions: dict[int, int] = {}
        for s in src.db.execute("SELECT * FROM sessions ORDER BY id").fetchall():
            found = db.execute("SELECT id FROM sessions WHERE learner_id=? AND lesson_id=? "
                               "AND started_at=?",
                               (s["learner_id"], s["lesson_id"], s["started_at"])).fetchone()
            values = (s["ended_at"], s["end_reason"], s["position"], s["score"])
            if found:  # copied before: as the robot has it now
                sessions[s["id"]] = found[0]
                db.execute("UPDATE sessions SET ended_at=?, end_reason=?, position=?, score=? "
                           "WHERE id=?", (*values, found[0]))
                continue
            sessions[s["id"]] = db.execute(
                "INSERT INTO sessions (learner_id, lesson_id, started_at, ended_at, "
                "end_reason, position, score) VALUES (?,?,?,?,?,?,?) RETURNING id",
                (s["learner_id"], s["lesson_id"], s["started_at"], *values)).fetchone()[0]
            copied.sessions += 1
        for a in src.db.execute("SELECT * FROM attempts ORDER BY id").fetchall():
            if db.execute(
                    "INSERT INTO attempts (session_id, learner_id, lesson_id, step, heard, "
                    "verdict, reason, score, try, final, closest, at, uid) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (uid) DO NOTHING "
                    "RETURNING id",
                    (sessions[a["session_id"]], a["learner_id"], a["lesson_id"], a["step"],
                     a["heard"], a["verdict"], a["reason"], a["score"], a["try"], a["final"],
                     a["closest"], a["at"], a["uid"])).fetchone():
                copied.attempts += 1
        for o in src.db.execute("SELECT o.verdict, o.at, o.learner_id, a.uid FROM overrides o "
                                "JOIN attempts a ON a.id=o.attempt_id ORDER BY o.id").fetchall():
            # a trainer's correction, matched by its answer's key and its time
            if db.execute("INSERT INTO overrides (attempt_id, learner_id, verdict, at) "
                          "SELECT id, ?, ?, ? FROM attempts WHERE uid=? AND NOT EXISTS "
                          "(SELECT 1 FROM overrides x WHERE x.attempt_id=attempts.id AND "
                          "x.at=?) RETURNING id",
                          (o["learner_id"], o["verdict"], o["at"], o["uid"], o["at"])
                          ).fetchone():
                copied.overrides += 1
        for c in src.db.execute("SELECT * FROM cards ORDER BY learner_id, word").fetchall():
            if db.execute(
                    "INSERT INTO cards (learner_id, word, lesson_id, glosses, card, due, "
                    "reviews) VALUES (?,?,?,?,?,?,?) ON CONFLICT (learner_id, word) DO "
                    "UPDATE SET lesson_id=excluded.lesson_id, glosses=excluded.glosses, "
                    "card=excluded.card, due=excluded.due, reviews=excluded.reviews "
                    "WHERE excluded.reviews > cards.reviews RETURNING word",
                    (c["learner_id"], c["word"], c["lesson_id"], c["glosses"], c["card"],
                     c["due"], c["reviews"])).fetchone():
                copied.cards += 1
    return copied
