"""What the console's Live page shows: the sessions running now on each robot, folded
from the runtime's session records (docs/protocol.md, "Session topics"). Pure: the MQTT
adapter (``livefeed``) hands records in with the time they arrived.

Records may come twice, late or out of order (QoS 1 redelivers; a console may start in
the middle of a session): each session keeps its records by ``seq``, drops repeats, and
its view is folded from them in order. Everything is bounded, so a flood of records or
of invented sessions and robots costs a fixed amount of memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from valkky import events as ev
from valkky.protocol.session import SessionEvt

MAX_RECORDS = 400  # per session: the newest are kept (a lesson has a few hundred)
MAX_SESSIONS = 4  # per robot: the newest by arrival
MAX_ROBOTS = 128
KEEP_ENDED_S = 15 * 60  # an ended session stays on the page this long
QUIET_S = 2 * 3600  # a session with no record for this long (a long pause) is dropped
SHOWN_TURNS = 6

Status = Literal["running", "paused", "stopping", "ended", "gone"]
_HELD_STATUS: dict[str, Status] = {"pause": "paused", "resume": "running"}


@dataclass
class Turn:
    """One question and what came of it. ``step`` is internal: never shown."""

    step: str
    question: str = ""  # empty when the console joined after the question was asked
    try_: int = 1
    tries: int = 1
    heard: str | None = None
    source: str | None = None  # one of events.SOURCES
    verdict: str | None = None  # correct, almost, wrong
    final: bool = False
    hinted: bool = False
    asked_again: bool = False  # the recogniser doubted and the robot asked again
    controls: list[str] = field(default_factory=list)  # the learner's own: again, slower


@dataclass
class SessionView:
    robot: str
    session: str
    lesson: str
    title: str
    learner: str
    steps: int
    status: Status = "running"
    step_index: int | None = None
    end_reason: str | None = None  # completed, stopped
    score: float | None = None
    held_by: str = ""
    turns: list[Turn] = field(default_factory=list)
    last_seen: float = 0.0

    @property
    def step_number(self) -> int | None:
        """The step being run, counted from 1."""
        return None if self.step_index is None else self.step_index + 1

    @property
    def live(self) -> bool:
        return self.status in ("running", "paused", "stopping")

    @property
    def recent(self) -> list[Turn]:
        """The newest turns first."""
        return self.turns[::-1][:SHOWN_TURNS]


@dataclass
class RobotView:
    robot: str
    sessions: list[SessionView]
    runtime: str | None = None  # the controller's status: online, offline, None unknown
    estop: bool | None = None  # from the robot's state; None unknown
    refused: str | None = None  # the last control the runtime refused, and why


class _Session:
    def __init__(self, first: SessionEvt, robot: str, now: float):
        self.robot = robot
        self.frame = first
        self.records: dict[int, ev.Event] = {}
        self.last_seen = now
        self.first_seen = now
        self.gone = False  # its runtime went offline, or a newer session replaced it
        self.view = self._fold()
        self.add(first, now)

    def shown(self) -> SessionView:
        return _gone(self.view) if self.gone and self.view.live else self.view

    def add(self, evt: SessionEvt, now: float) -> bool:
        if evt.seq in self.records or (len(self.records) >= MAX_RECORDS
                                       and evt.seq < min(self.records)):
            return False  # a repeat, or older than everything kept
        newest = not self.records or evt.seq > max(self.records)
        self.records[evt.seq] = evt.record
        self.last_seen = now
        if len(self.records) > MAX_RECORDS:
            del self.records[min(self.records)]
        if newest:
            # In order, the usual case: one more step of the fold, also once the records
            # are full (folding them all again would cost MAX_RECORDS steps per record).
            # The oldest record leaves the window but what it did stays in the view.
            self.frame = evt
            view = self.view
            view.title, view.learner, view.steps, view.last_seen = (evt.title, evt.learner,
                                                                    evt.steps, now)
            _apply(view, evt.record)
            del view.turns[:-MAX_RECORDS]  # bounded like the records
            return True
        self.view = self._fold()  # late or out of order: fold again from the records
        return True

    def _fold(self) -> SessionView:
        f = self.frame
        view = SessionView(robot=self.robot, session=f.session, lesson=f.lesson,
                           title=f.title, learner=f.learner, steps=f.steps,
                           last_seen=self.last_seen)
        for seq in sorted(self.records):
            _apply(view, self.records[seq])
        return view


def _turn_for(view: SessionView, step: str, *, judged_is_over: bool = False) -> Turn:
    """The current turn of ``step``; a new one without its question when the console
    joined after it was asked (or, with ``judged_is_over``, missed the next ask)."""
    last = view.turns[-1] if view.turns else None
    if last is None or last.step != step or (judged_is_over and last.verdict is not None):
        view.turns.append(Turn(step=step))
    return view.turns[-1]


def _apply(view: SessionView, record: ev.Event) -> None:
    if view.status == "ended":
        return  # nothing after the end counts
    if isinstance(record, ev.SessionOpened):
        view.step_index = record.start_step
    elif isinstance(record, ev.StepStarted):
        view.step_index = record.index
    elif isinstance(record, ev.Ask):
        view.turns.append(Turn(step=record.step, question=record.text, try_=record.try_,
                               tries=record.tries))
    elif isinstance(record, ev.Heard):
        turn = _turn_for(view, record.step, judged_is_over=True)
        turn.heard, turn.source = record.text, record.source
    elif isinstance(record, ev.Verdict):
        turn = _turn_for(view, record.step, judged_is_over=True)
        turn.verdict, turn.final = record.verdict, record.final
        if record.heard:
            turn.heard = record.heard
    elif isinstance(record, ev.SayAgain):
        _turn_for(view, record.step).asked_again = True
    elif isinstance(record, ev.Hint):
        _turn_for(view, record.step).hinted = True
    elif isinstance(record, ev.Control):
        _turn_for(view, record.step).controls.append(record.action)
    elif isinstance(record, ev.Held):
        view.held_by = record.by
        view.status = _HELD_STATUS.get(record.action, "stopping")
    elif isinstance(record, ev.End):
        view.status, view.end_reason, view.score = "ended", record.reason, record.score


class LiveBoard:
    """Every robot's sessions; ``version`` grows with every change (for the page's
    updates)."""

    def __init__(self) -> None:
        self._robots: dict[str, dict[str, _Session]] = {}
        self._runtime: dict[str, str | None] = {}
        self._estop: dict[str, bool] = {}
        self._refused: dict[str, str] = {}
        self._seen: dict[str, float] = {}
        self.version = 0

    def _touch(self, robot: str, now: float) -> bool:
        """Make room for ``robot``; False when the board is full of other robots."""
        if robot not in self._seen and len(self._seen) >= MAX_ROBOTS:
            oldest = min(self._seen, key=self._seen.__getitem__)
            if self._robots.get(oldest) and any(
                    s.shown().live for s in self._robots[oldest].values()):
                return False  # never push out a robot with a session running
            self._forget(oldest)
        self._seen[robot] = now
        return True

    def _forget(self, robot: str) -> None:
        self._robots.pop(robot, None)
        self._runtime.pop(robot, None)
        self._estop.pop(robot, None)
        self._refused.pop(robot, None)
        self._seen.pop(robot, None)

    def record(self, robot: str, evt: SessionEvt, now: float) -> bool:
        """A session record from ``robot``'s runtime; True when the board changed."""
        if not self._touch(robot, now):
            return False
        sessions = self._robots.setdefault(robot, {})
        found = sessions.get(evt.session)
        if found is None:
            if len(sessions) >= MAX_SESSIONS:
                del sessions[min(sessions, key=lambda k: sessions[k].first_seen)]
            for other in sessions.values():  # one runtime per robot: the newer one wins
                other.gone = True
            sessions[evt.session] = _Session(evt, robot, now)
            self._runtime[robot] = "online"
            self._refused.pop(robot, None)  # about an earlier session
            changed = True
        else:
            changed = found.add(evt, now)
        if changed:
            self.version += 1
        return changed

    def runtime_status(self, robot: str, status: str | None, now: float) -> bool:
        """The controller's retained status: ``offline`` means its sessions are gone."""
        if self._runtime.get(robot) == status or not self._touch(robot, now):
            return False
        self._runtime[robot] = status
        if status == "offline":  # killed mid-session: its sessions will say no more
            for s in self._robots.get(robot, {}).values():
                s.gone = True
        self.version += 1
        return True

    def estop(self, robot: str, engaged: bool, now: float) -> bool:
        if self._estop.get(robot) == engaged or not self._touch(robot, now):
            return False
        self._estop[robot] = engaged
        self.version += 1
        return True

    def refused(self, robot: str, why: str, now: float) -> bool:
        if not self._touch(robot, now):
            return False
        self._refused[robot] = why
        self.version += 1
        return True

    def prune(self, now: float) -> bool:
        """Drop ended sessions after KEEP_ENDED_S, silent ones after QUIET_S."""
        changed = False
        for sessions in self._robots.values():
            for key, s in list(sessions.items()):
                quiet = now - s.last_seen
                if quiet > QUIET_S or (not s.shown().live and quiet > KEEP_ENDED_S):
                    del sessions[key]
                    changed = True
        if changed:
            self.version += 1
        return changed

    def robots(self) -> list[RobotView]:
        """Every robot seen, by id; its sessions running first, newest first."""
        out = []
        for robot in sorted(self._seen):
            runtime = self._runtime.get(robot)
            views = [s.shown() for s in sorted(self._robots.get(robot, {}).values(),
                                               key=lambda s: -s.first_seen)]
            views.sort(key=lambda v: not v.live)
            out.append(RobotView(robot=robot, sessions=views, runtime=runtime,
                                 estop=self._estop.get(robot), refused=self._refused.get(robot)))
        return out

    def running(self, robot: str, session: str) -> bool:
        s = self._robots.get(robot, {}).get(session)
        return s is not None and s.shown().live


def _gone(view: SessionView) -> SessionView:
    from dataclasses import replace

    return replace(view, status="gone")
