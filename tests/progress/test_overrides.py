"""A trainer's correction: kept beside the judge's verdict, the latest counting, and the
word's card reviewed when it changes how the answer counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from valkky.cli import main
from valkky.progress import overrides
from valkky.progress.store import Store, StoreError


@pytest.fixture
def store(good_lesson: Path, tmp_path: Path) -> Store:
    path = tmp_path / "p.db"
    answers = tmp_path / "a.txt"
    # the drill is reached: "moppi" right there, "ämpäri" wrong there
    answers.write_text("moppi\nkaksi\npese kädet\nsiivoan\nmoppi\nharja\nharja\nharja\n",
                       encoding="utf-8")
    assert main(["run", "testi", "--learner", "AB12", "--db", str(path), "--answers",
                 str(answers)]) == 0
    return Store(path)


def _card(store: Store, word: str) -> tuple[float, int]:
    row = store.db.execute("SELECT due, reviews FROM cards WHERE learner_id='AB12' AND "
                           "word=?", (word,)).fetchone()
    return row["due"], row["reviews"]


def _attempt(store: Store, step: str, verdict: str) -> int:
    return int(store.db.execute("SELECT id FROM attempts WHERE step=? AND verdict=? AND "
                                "final=1", (step, verdict)).fetchone()[0])


def test_a_correction_is_kept_beside_and_the_latest_counts(store: Store) -> None:
    wrong = _attempt(store, "step-7.ämpäri", "wrong")
    overrides.override(store, wrong, "correct")
    overrides.override(store, wrong, "wrong")
    overrides.override(store, wrong, "correct")
    assert overrides.latest(store, learner_id="AB12") == {wrong: "correct"}
    assert store.db.execute("SELECT count(*) FROM overrides").fetchone()[0] == 3
    assert store.db.execute("SELECT verdict FROM attempts WHERE id=?",
                            (wrong,)).fetchone()[0] == "wrong"
    with pytest.raises(StoreError, match="one of correct, wrong"):
        overrides.override(store, wrong, "almost")
    with pytest.raises(StoreError, match="no answer"):
        overrides.override(store, 99999, "correct")
    store.close()


def test_the_words_card_follows_the_correction(store: Store) -> None:
    wrong = _attempt(store, "step-7.ämpäri", "wrong")
    due, reviews = _card(store, "ämpäri")
    store.clock = lambda: due + 60  # a minute after it was due again
    overrides.override(store, wrong, "correct")
    due_after, reviews_after = _card(store, "ämpäri")
    assert reviews_after == reviews + 1 and due_after > due + 60  # known: due later
    overrides.override(store, wrong, "correct")  # no change in how it counts: no review
    assert _card(store, "ämpäri")[1] == reviews_after
    right = _attempt(store, "step-7.moppi", "correct")
    due, reviews = _card(store, "moppi")
    overrides.override(store, right, "wrong")
    assert _card(store, "moppi")[1] == reviews + 1
    assert json.loads(store.db.execute("SELECT card FROM cards WHERE word='moppi'"
                                       ).fetchone()[0])["state"] is not None
    store.close()


def test_erasure_takes_the_corrections_too(store: Store) -> None:
    overrides.override(store, _attempt(store, "step-7.ämpäri", "wrong"), "correct")
    store.delete_learner("AB12")
    assert store.db.execute("SELECT count(*) FROM overrides").fetchone()[0] == 0
    store.close()
