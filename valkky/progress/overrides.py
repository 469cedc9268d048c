"""A trainer's correction of a verdict: "that was right" or "that was wrong".

Kept beside the judge's verdict, never over it (the table ``overrides``; the latest one
for an answer counts). It counts in the score and the reports (``valkky.progress.score``),
shows in ``valkky review`` (so the lesson's accept list or the lexicon gets fixed), and
reviews the learner's card for the word the answer was about: a word the learner knew
after all is scheduled as known, one judged right by mistake comes back soon.
"""

from __future__ import annotations

import json
from typing import Any

from valkky.judge.normalise import normalise
from valkky.lesson.model import VocabItem
from valkky.progress import srs
from valkky.progress.store import Store, StoreError, where

VERDICTS = ("correct", "wrong")


def latest(store: Store, *, learner_id: str | None = None,
           lesson_id: str | None = None) -> dict[int, str]:
    """The trainer's verdict by attempt id (the latest where there are several)."""
    clause, args = where("a.", learner_id=learner_id, lesson_id=lesson_id)
    return {row[0]: row[1] for row in store.db.execute(
        "SELECT o.attempt_id, o.verdict FROM overrides o JOIN attempts a ON a.id=o.attempt_id "
        f"{clause} ORDER BY o.id", args)}


def override(store: Store, attempt_id: int, verdict: str) -> None:
    """Record the trainer's ``verdict`` for the attempt, and review the learner's card for
    its word when this changes how the answer counts."""
    if verdict not in VERDICTS:
        raise StoreError(f"a trainer's verdict is one of {', '.join(VERDICTS)}, not "
                         f"{verdict[:20]!r}")
    with store.transaction() as db:
        attempt = db.execute("SELECT * FROM attempts WHERE id=?", (attempt_id,)).fetchone()
        if attempt is None:
            raise StoreError(f"no answer {attempt_id} (erased meanwhile?)")
        before = db.execute("SELECT verdict FROM overrides WHERE attempt_id=? ORDER BY id "
                            "DESC LIMIT 1", (attempt_id,)).fetchone()
        counted = before[0] if before else attempt["verdict"]
        now = store.clock()
        db.execute("INSERT INTO overrides (attempt_id, learner_id, verdict, at) "
                   "VALUES (?,?,?,?)", (attempt_id, attempt["learner_id"], verdict, now))
        if counted == verdict:
            return
        card = _card_of(db, attempt, verdict)
        if card is not None:
            srs.review(db, now, attempt["learner_id"], card["lesson_id"],
                       VocabItem(fi=card["word"], glosses=json.loads(card["glosses"])),
                       verdict, attempt["try"])


def _card_of(db: Any, attempt: Any, verdict: str) -> Any:
    """The learner's card the answer was about: a drill item (``<step>.<word>``), or a
    word the closest accepted answer (or, when it was right after all, what was heard)
    is or contains."""
    cards = db.execute("SELECT word, lesson_id, glosses FROM cards WHERE learner_id=?",
                       (attempt["learner_id"],)).fetchall()
    by_word = {normalise(c["word"]): c for c in cards}
    item = attempt["step"].rsplit(".", 1)[-1] if "." in attempt["step"] else ""
    if normalise(item) in by_word:
        return by_word[normalise(item)]
    said = [attempt["closest"] or ""] + ([attempt["heard"]] if verdict == "correct" else [])
    for text in said:
        padded = f" {normalise(text)} "
        for key, card in by_word.items():
            if key and f" {key} " in padded:
                return card
    return None
