"""The Live page's model: sessions folded from records that may come twice, late, out of
order, from a console that joined mid-session, or from a hostile client."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from valkky import events as ev
from valkky.console import livestate as ls
from valkky.console.livestate import LiveBoard
from valkky.protocol.session import SessionEvt


def evt(seq: int, record: ev.Event, session: str = "s1", **frame: object) -> SessionEvt:
    base: dict[str, object] = {"lesson": "siivous", "title": "Siivous", "learner": "AB12",
                               "steps": 5}
    base.update(frame)
    return SessionEvt(session=session, seq=seq, at=1.0, record=record, **base)  # type: ignore[arg-type]


LESSON = [
    ev.SessionOpened(lesson="siivous", lang="en"),
    ev.StepStarted(step="step-1", kind="say", index=0),
    ev.StepStarted(step="mika", kind="ask", index=1),
    ev.Ask(step="mika", kind="ask", text="Mikä tämä on?", try_=1, tries=2),
    ev.Heard(step="mika", text="ämpäri", source="speech"),
    ev.Verdict(step="mika", verdict="wrong", reason="other_word", score=0.0, try_=1,
               heard="ämpäri"),
    ev.Hint(step="mika", lang="en", text="It starts with mo."),
    ev.Ask(step="mika", kind="ask", text="Mikä tämä on?", try_=2, tries=2),
    ev.Heard(step="mika", text="moppi", source="typed"),
    ev.Verdict(step="mika", verdict="correct", reason=None, score=1.0, try_=2, heard="moppi",
               final=True),
    ev.End(reason="completed", score=1.0),
]


def board_of(records: list[tuple[int, ev.Event]], robot: str = "valkky-1") -> LiveBoard:
    board = LiveBoard()
    for seq, record in records:
        board.record(robot, evt(seq, record), now=100.0)
    return board


def test_a_lesson_in_order() -> None:
    board = board_of(list(enumerate(LESSON[:-1])))
    (robot,) = board.robots()
    (view,) = robot.sessions
    assert (view.status, view.step_number, view.steps, view.learner) == ("running", 2, 5,
                                                                        "AB12")
    last, first = view.recent
    assert (last.question, last.try_, last.heard, last.source, last.verdict) == (
        "Mikä tämä on?", 2, "moppi", "typed", "correct")
    assert (first.heard, first.verdict, first.hinted) == ("ämpäri", "wrong", True)


def test_order_and_repeats_do_not_matter() -> None:
    records = list(enumerate(LESSON))
    expected = board_of(records).robots()[0].sessions[0]
    for seed in range(20):
        shuffled = records * 2
        random.Random(seed).shuffle(shuffled)
        got = board_of(shuffled).robots()[0].sessions[0]
        assert (got.turns, got.status, got.score) == (expected.turns, "ended", 1.0)


def test_a_repeat_changes_nothing() -> None:
    board = board_of([(0, LESSON[0])])
    version = board.version
    assert not board.record("valkky-1", evt(0, LESSON[0]), now=101.0)
    assert board.version == version


def test_joining_mid_session_shows_what_comes_next() -> None:
    board = board_of([(8, LESSON[8]), (9, LESSON[9])])
    turn = board.robots()[0].sessions[0].turns[0]
    assert (turn.question, turn.heard, turn.verdict) == ("", "moppi", "correct")


def test_pause_resume_stop() -> None:
    board = board_of([(0, LESSON[0]), (1, ev.Held(action="pause", by="Maija"))])
    view = board.robots()[0].sessions[0]
    assert (view.status, view.held_by) == ("paused", "Maija")
    board.record("valkky-1", evt(2, ev.Held(action="resume")), now=101.0)
    assert board.robots()[0].sessions[0].status == "running"
    board.record("valkky-1", evt(3, ev.Held(action="stop")), now=101.0)
    board.record("valkky-1", evt(4, ev.End(reason="stopped")), now=101.0)
    view = board.robots()[0].sessions[0]
    assert (view.status, view.end_reason) == ("ended", "stopped")


def test_a_runtime_that_goes_offline_leaves_its_session_gone() -> None:
    board = board_of(list(enumerate(LESSON[:4])))
    assert board.running("valkky-1", "s1")
    board.runtime_status("valkky-1", "offline", now=101.0)
    assert board.robots()[0].sessions[0].status == "gone"
    assert not board.running("valkky-1", "s1")
    board.runtime_status("valkky-1", "online", now=102.0)  # a restarted runtime: a new session
    assert board.robots()[0].sessions[0].status == "gone"


def test_a_new_session_on_the_robot_replaces_the_old() -> None:
    board = board_of(list(enumerate(LESSON[:4])))
    board.record("valkky-1", evt(0, LESSON[0], session="s2"), now=200.0)
    new, old = board.robots()[0].sessions
    assert (new.session, new.status, old.status) == ("s2", "running", "gone")


def test_ended_and_quiet_sessions_are_pruned() -> None:
    board = board_of(list(enumerate(LESSON)))
    board.record("valkky-2", evt(0, LESSON[0], session="q"), now=100.0)
    assert not board.prune(100.0 + ls.KEEP_ENDED_S - 1)
    assert board.prune(100.0 + ls.KEEP_ENDED_S + 1)
    assert [r.sessions[0].session for r in board.robots() if r.sessions] == ["q"]
    assert board.prune(100.0 + ls.QUIET_S + 1)
    assert all(not r.sessions for r in board.robots())


def test_estop_and_refusals_are_shown_per_robot() -> None:
    board = LiveBoard()
    board.estop("valkky-1", True, now=1.0)
    board.refused("valkky-1", "the session has ended", now=1.0)
    (robot,) = board.robots()
    assert (robot.estop, robot.refused, robot.sessions) == (True, "the session has ended", [])


def test_a_flood_is_bounded() -> None:
    board = LiveBoard()
    for i in range(ls.MAX_ROBOTS * 2):
        board.record(f"r{i}", evt(0, LESSON[0], session=f"s{i}"), now=float(i))
    # robots with a session running are never pushed out: the board is full, not bigger
    assert len(board.robots()) == ls.MAX_ROBOTS
    board = LiveBoard()
    for i in range(50):
        board.record("valkky-1", evt(0, LESSON[0], session=f"s{i}"), now=float(i))
    assert len(board.robots()[0].sessions) == ls.MAX_SESSIONS
    board = LiveBoard()
    for seq in range(ls.MAX_RECORDS * 3):
        board.record("valkky-1", evt(seq, LESSON[3]), now=1.0)
    assert len(board.robots()[0].sessions[0].turns) <= ls.MAX_RECORDS


records = st.sampled_from([*LESSON, ev.Held(action="pause"), ev.Held(action="resume"),
                           ev.Held(action="stop"), ev.Held(action="anything"),
                           ev.Heard(step="other"), ev.Control(step="x", action="help"),
                           ev.SayAgain(step="mika")])


@given(st.lists(st.tuples(st.integers(0, 30), records, st.sampled_from(["a", "b"]),
                          st.sampled_from(["valkky-1", "valkky-2"])), max_size=60))
def test_any_sequence_of_records_folds_without_error(
        items: list[tuple[int, ev.Event, str, str]]) -> None:
    board = LiveBoard()
    for seq, record, session, robot in items:
        board.record(robot, evt(seq, record, session=session), now=float(seq))
    for robot in board.robots():
        for view in robot.sessions:
            assert view.status in ("running", "paused", "stopping", "ended", "gone")
            assert len(view.recent) <= ls.SHOWN_TURNS
