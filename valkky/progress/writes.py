"""The writes the runtime makes while a lesson runs (``backend.Write``), applied in the
caller's transaction: the same SQL on SQLite and PostgreSQL, at once, or replayed from the
outbox after a cut connection (an attempt already recorded under its key is skipped, with
its card review). The Store and both backends use it; it uses neither."""

from __future__ import annotations

import json

from valkky.lesson.model import VocabItem
from valkky.progress import srs
from valkky.progress.backend import Connection, Write
from valkky.progress.errors import StoreError


def apply_write(db: Connection, write: Write) -> None:
    """Apply ``write`` through ``db``, inside the caller's transaction."""
    a = write.args
    if write.kind == "attempt":
        row = db.execute(
            "INSERT INTO attempts (session_id, learner_id, lesson_id, step, heard, verdict, "
            "reason, score, try, final, closest, at, uid) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT (uid) DO NOTHING RETURNING id",
            (a["session_id"], a["learner_id"], a["lesson_id"], a["step"], a["heard"],
             a["verdict"], a["reason"], a["score"], a["try"], a["final"], a["closest"],
             a["at"], a["uid"])).fetchone()
        if row is None:
            return  # recorded before: sent again after a cut connection
        if a["position"] is not None:
            db.execute("UPDATE sessions SET position=? WHERE id=?",
                       (a["position"], a["session_id"]))
        if a["review"]:
            word, glosses = a["review"]
            srs.review(db, a["at"], a["learner_id"], a["lesson_id"],
                       VocabItem(fi=word, glosses=glosses), a["verdict"], a["try"])
    elif write.kind == "position":
        db.execute("UPDATE sessions SET position=? WHERE id=?",
                   (a["position"], a["session_id"]))
    elif write.kind == "end":
        db.execute("UPDATE sessions SET ended_at=?, end_reason=?, score=? WHERE id=?",
                   (a["at"], a["reason"], a["score"], a["session_id"]))
    elif write.kind == "meet":
        db.execute("INSERT INTO cards (learner_id, word, lesson_id, glosses, card, due, "
                   "reviews) VALUES (?,?,?,?,?,?,0) ON CONFLICT (learner_id, word) DO NOTHING",
                   (a["learner_id"], a["word"], a["lesson_id"],
                    json.dumps(a["glosses"], ensure_ascii=False), a["card"], a["due"]))
    elif write.kind == "level":
        db.execute("UPDATE learners SET level=? WHERE id=?", (a["level"], a["learner_id"]))
    else:  # pragma: no cover - a newer valkky's outbox
        raise StoreError(f"unknown kind of write '{write.kind}'")
