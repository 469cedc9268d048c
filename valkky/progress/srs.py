"""Spaced repetition of vocabulary with FSRS (the ``fsrs`` package).

Every vocabulary word a learner meets becomes a card. A final verdict is a review:
right at the first try → Good; right after a miss → Hard; not right by the last try
(almost, wrong, silence) → Again. ``due_items`` picks what a ``drill`` step reviews.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING

from valkky.lesson.model import VocabItem
from valkky.progress.backend import Connection

if TYPE_CHECKING:
    from fsrs import Scheduler


def rating_for(verdict: str, try_number: int) -> int:
    from fsrs import Rating

    if verdict == "correct":
        return int(Rating.Good if try_number == 1 else Rating.Hard)
    return int(Rating.Again)


def review(db: Connection, now_s: float, learner_id: str, lesson_id: str,
           item: VocabItem, verdict: str, try_number: int) -> None:
    """Review the learner's card for ``item`` inside the caller's transaction (a
    connection of either backend)."""
    from fsrs import Card, Rating

    row = db.execute("SELECT card FROM cards WHERE learner_id=? AND word=?",
                     (learner_id, item.fi)).fetchone()
    card = Card.from_dict(json.loads(row[0])) if row else Card()
    card, _ = _scheduler().review_card(card, Rating(rating_for(verdict, try_number)),
                                       review_datetime=datetime.fromtimestamp(now_s, UTC))
    db.execute(
        "INSERT INTO cards (learner_id, word, lesson_id, glosses, card, due, reviews) "
        "VALUES (?,?,?,?,?,?,1) ON CONFLICT(learner_id, word) DO UPDATE SET "
        "card=excluded.card, due=excluded.due, glosses=excluded.glosses, "
        "reviews=cards.reviews+1",
        (learner_id, item.fi, lesson_id, json.dumps(dict(item.glosses), ensure_ascii=False),
         json.dumps(card.to_dict()), card.due.timestamp()))


def new_card(now_s: float) -> tuple[str, float]:
    """A new card for a word the learner has been shown, due at once (no review yet): its
    JSON and its due time, for ``Store.meet``."""
    from fsrs import Card

    card = Card(due=datetime.fromtimestamp(now_s, UTC))
    return json.dumps(card.to_dict()), card.due.timestamp()


@cache
def _scheduler() -> Scheduler:
    from fsrs import Scheduler

    return Scheduler(enable_fuzzing=False)


def due_items(db: Connection, now: float, learner_id: str,
              lesson_vocabulary: list[VocabItem], limit: int = 50) -> list[VocabItem]:
    """Words due for this learner at ``now``, most overdue first, across all lessons; then
    this lesson's words the learner has not met yet."""
    own = {v.fi: v for v in lesson_vocabulary}
    items: list[VocabItem] = []
    for row in db.execute("SELECT word, glosses FROM cards WHERE learner_id=? AND due<=? "
                                "ORDER BY due LIMIT ?", (learner_id, now, limit)):
        items.append(own.get(row["word"]) or VocabItem(fi=row["word"],
                                                       glosses=json.loads(row["glosses"])))
    met = {r["word"] for r in db.execute(
        "SELECT word FROM cards WHERE learner_id=? AND reviews>0", (learner_id,))}
    listed = {v.fi for v in items}
    items += [v for v in lesson_vocabulary if v.fi not in met and v.fi not in listed]
    return items[:limit]


def due_count(db: Connection, now: float, learner_id: str) -> int:
    """How many of the learner's cards are due at ``now``."""
    return int(db.execute("SELECT count(*) FROM cards WHERE learner_id=? AND due<=?",
                          (learner_id, now)).fetchone()[0])
