"""What `valkky plan` says of each lesson it offers: a lesson started and not finished is
offered as `valkky run` resumes it, and a score reads as a percentage."""

from __future__ import annotations

from pathlib import Path

import pytest

from valkky.progress.plan import plan
from valkky.progress.store import Store
from valkky.testing.library import bundled_lesson, library_report

TOOLS = "siivous-valineet"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "p.db")
    s.add_learner("AB12", profession="siivous", level="A1")
    return s


def _offered(store: Store) -> dict[str, str]:
    return {x.lesson_id: x.why for x in plan(store, "AB12", library_report().lessons,
                                                limit=50)}


def test_a_lesson_stopped_part_way_resumes_where_valkky_run_does(store: Store) -> None:
    steps = len(bundled_lesson(TOOLS).steps)
    assert _offered(store)[TOOLS].startswith("new")
    session, _ = store.open_session("AB12", TOOLS)
    store.set_position(session, 4)
    store.end_session(session, "stopped", None)
    first = plan(store, "AB12", library_report().lessons)[0]
    assert (first.lesson_id, first.why) == (TOOLS, f"in progress: resumes at step 5/{steps}")
    assert (first.kind, first.value, first.total) == ("resume", 5, steps)
    # what `valkky run` says when it resumes that session: "jatketaan kohdasta 5/N"
    assert store.open_session("AB12", TOOLS)[1] + 1 == 5
    store.close()


def test_a_lesson_stopped_before_its_first_step_is_offered_as_new(store: Store) -> None:
    session, _ = store.open_session("AB12", TOOLS)
    store.end_session(session, "stopped", None)
    assert _offered(store)[TOOLS].startswith("new")  # run starts it from the top, silently
    store.close()


def test_a_low_score_reads_as_a_percentage_and_a_restarted_lesson_resumes(
        store: Store) -> None:
    session, _ = store.open_session("AB12", TOOLS)
    store.end_session(session, "completed", 0.5)
    assert _offered(store)[TOOLS] == "again: last score 50 %"
    again, _ = store.open_session("AB12", TOOLS)
    store.set_position(again, 2)
    why = _offered(store)[TOOLS]
    assert why.startswith("in progress: resumes at step 3/"), why
    store.close()


def test_the_console_says_it_in_the_trainers_language() -> None:
    from valkky.console import learner
    from valkky.console.i18n import Text
    from valkky.progress.plan import Suggestion

    text = Text()
    text.add(learner.text, "learner")
    resume = Suggestion(TOOLS, "in progress: resumes at step 5/20", "resume", 5, 20)
    again = Suggestion(TOOLS, "again: last score 50 %", "again", 0.5)
    lib = None  # neither kind looks the lesson up
    fi, en = text.translator("fi"), text.translator("en")
    assert learner._why(fi, resume, lib) == "kesken: jatketaan kohdasta 5/20"  # type: ignore[arg-type]
    assert learner._why(en, resume, lib) == "in progress: resumes at step 5/20"  # type: ignore[arg-type]
    assert learner._why(fi, again, lib) == "uudelleen: viimeksi 50 %"  # type: ignore[arg-type]
