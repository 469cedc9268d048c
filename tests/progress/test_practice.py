"""After the answer is revealed, the learner says it once for practice (issue 12): it is no
attempt and earns no card credit, whatever was said."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from valkky.cli import main


def _run(tmp_path: Path, learner: str, answers: list[str]) -> tuple[list, dict]:
    db = tmp_path / "p.db"
    script = tmp_path / f"{learner}.txt"
    script.write_text("".join(f"{a}\n" for a in answers), encoding="utf-8")
    main(["run", "testi", "--learner", learner, "--db", str(db), "--answers", str(script)])
    with sqlite3.connect(db) as conn:
        attempts = list(conn.execute("SELECT step, verdict, score, try, final FROM attempts "
                                     "WHERE learner_id=? ORDER BY id", (learner,)))
        cards = dict(conn.execute("SELECT word, reviews FROM cards WHERE learner_id=?",
                                  (learner,)))
    return attempts, cards


@pytest.mark.parametrize("practice", ["moppi", "kuppi", ""])
def test_the_practice_is_no_attempt_and_no_card_credit(good_lesson: Path, tmp_path: Path,
                                                       practice: str) -> None:
    attempts, cards = _run(tmp_path, "P1", ["harja", "kuppi", practice, "ämpäri"])
    assert [(s, v, t, f) for s, v, _, t, f in attempts] == [
        ("mika", "wrong", 1, 0), ("mika", "wrong", 2, 1), ("step-4", "correct", 1, 1)]
    assert cards["moppi"] == 1  # reviewed once, by the last try: the practice adds nothing
