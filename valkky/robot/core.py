"""The robot side of the link, written once for the simulator and the hardware bridge.

``RobotCore`` takes MQTT messages and clock ticks and returns what to publish; it moves a
``Body`` (servos or a virtual body) and never touches a socket or reads a clock itself.
An MQTT runner (``valkky.robot.runner``) feeds it, holding a lock: so the core does no
I/O at all, not even logging, and ``on_entry`` must not block (``valkky.robot.outlet``).
What it does is docs/protocol.md's "What the robot side must do"; every reject reason
starts with a code (docs/robot.md lists them):

``malformed``, ``unknown_gesture``, ``over_limit``, ``over_speed``, ``stale``,
``clock_skew``, ``estop``, ``controller_lost``, ``queue_full``; a gesture stopped in motion
is acked ``done`` with the reason ``interrupted: ...``.
"""

from __future__ import annotations

import difflib
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from valkky.protocol import messages as p
from valkky.robot.definitions import GestureDef, RobotDef
from valkky.robot.motion import Motion, Pose, check, plan_gesture, plan_rest


class Body(Protocol):
    """What moves: servos through a driver, or the simulator's virtual body."""

    def set_targets(self, targets: Mapping[str, float], speed_deg_s: float | None = None
                    ) -> None:
        """Move joints to these angles (degrees), no joint faster than ``speed_deg_s``
        (None: each joint's own max_speed). Must not block for long."""

    def positions(self) -> dict[str, float]:
        """Where the joints are now, in degrees."""


@dataclass(frozen=True)
class Outgoing:
    """One MQTT publish the runner should make."""

    topic: str
    payload: bytes
    qos: int = 1
    retain: bool = False


@dataclass(frozen=True)
class CoreSettings:
    stale_after_s: float = 5.0  # a gesture older than this when it would start is rejected
    future_tolerance_s: float = 5.0  # sent_at this far ahead of our clock: clocks disagree
    heartbeat_timeout_s: float = 3.0  # no heartbeat this long: controller lost, go to rest
    queue_max: int = 16  # gestures waiting to start
    state_interval_s: float = 0.1  # state publishes while moving (about 10 Hz)
    max_step_s: float = 0.25  # the most motion advances in one tick (clock jumps, stalls)


@dataclass(frozen=True)
class LogEntry:
    seq: int
    at: float
    direction: str  # "in" (a command), "out" (an ack or error), "note" (a change of state)
    text: str


@dataclass
class _Active:
    motion: Motion
    cmd: p.GestureCmd | None  # None: the slow move to rest
    speed_cap: float | None


class RobotCore:
    def __init__(self, robot: RobotDef, gestures: Mapping[str, GestureDef], body: Body,
                 topics: p.Topics, *, now: float, settings: CoreSettings | None = None,
                 on_entry: Callable[[LogEntry], None] | None = None):
        self.robot = robot
        self.on_entry = on_entry
        self.gestures = dict(gestures)
        self.body = body
        self.topics = topics
        self.settings = settings or CoreSettings()
        self.estop = False
        self.estop_by = ""
        self.controller = "lost"  # until the first heartbeat
        self.screen: p.ShowCmd | None = None
        self.speech: p.SpeechCmd | None = None
        self.log: deque[LogEntry] = deque(maxlen=200)
        self._seq = 0
        self._queue: deque[p.GestureCmd] = deque()
        self._checked: dict[tuple[str, float, float], str | None] = {}
        self._last_heartbeat: float | None = None
        self._last_tick = now
        self._pose: Pose = self._read_pose()
        self._active: _Active | None = None
        self._last_state_at = float("-inf")
        self._last_summary: tuple[Any, ...] | None = None
        self._rest(now)

    # --- what the runner calls -----------------------------------------------------------

    def on_connect(self, now: float) -> list[Outgoing]:
        """Connected (again) to the broker: announce the robot and its state."""
        self._note(now, "connected to the broker")
        return [Outgoing(self.topics.status, p.encode_status(p.ONLINE), 1, True),
                self._state(now)]

    def state_now(self, now: float) -> Outgoing:
        """The retained state as it is now (announced again on every reconnect)."""
        return self._state(now)

    def offline(self) -> Outgoing:
        """The retained status to publish on a clean stop (and as the last will)."""
        return Outgoing(self.topics.status, p.encode_status(p.OFFLINE), 1, True)

    def on_message(self, topic: str, payload: bytes, retained: bool, now: float
                   ) -> list[Outgoing]:
        out: list[Outgoing] = []
        kind = self.topics.kind(topic)
        if self.topics.is_command_topic(topic) and retained:
            return self._error(out, topic, "retained command ignored: commands must be "
                               "published with retain=false (clear it with an empty "
                               "retained message)", payload, now)
        if kind not in ("gesture", "show", "speech", "heartbeat", "estop"):
            return self._error(out, topic, "not a topic this robot takes commands on",
                               payload, now)
        try:
            msg = p.decode(kind, payload)
        except p.ProtocolError as exc:
            self._error(out, topic, str(exc), payload, now)
            if kind == "gesture" and (gid := p.gesture_id_of(payload)) is not None:
                self._ack(out, gid, "rejected", now, f"malformed: {exc}")
            if kind == "estop" and (fail_safe := p.estop_fail_safe(payload)) is not None:
                self._on_estop(fail_safe, out, now)  # fail safe: it engages
                self._maybe_state(out, now)
            return out
        if isinstance(msg, p.GestureCmd):
            self._on_gesture(msg, out, now)
        elif isinstance(msg, p.EStop):
            self._on_estop(msg, out, now)
        elif isinstance(msg, p.Heartbeat):
            self._last_heartbeat = now
            if self.controller != "ok":
                self.controller = "ok"
                self._note(now, "controller ok: heartbeat received")
        elif isinstance(msg, p.ShowCmd):
            self.screen = None if msg.clears else msg
            self._entry(now, "in", f"show {msg.text or msg.image or '(clear)'}")
        elif isinstance(msg, p.SpeechCmd):
            self.speech = msg if msg.state == "start" else None
            self._entry(now, "in", f"speech {msg.state}: {msg.text or ''}".rstrip(": "))
        self._maybe_state(out, now)
        return out

    def tick(self, now: float) -> list[Outgoing]:
        """Advance time: the watchdog, motion, and state publishing."""
        out: list[Outgoing] = []
        dt = min(max(now - self._last_tick, 0.0), self.settings.max_step_s)
        self._last_tick = now
        if self.controller == "ok" and self._last_heartbeat is not None \
                and now - self._last_heartbeat > self.settings.heartbeat_timeout_s:
            self.controller = "lost"
            self._note(now, "controller lost: no heartbeat for "
                       f"{self.settings.heartbeat_timeout_s:g} s; going to rest")
            self._stop_all(out, now, "controller lost", "controller_lost: the controller's "
                           "heartbeat stopped")
            self._rest(now)
        active = self._active
        if active is not None and not self.estop:
            self._pose = active.motion.advance(dt)
            self.body.set_targets(self._pose, active.speed_cap)
            if active.motion.done:
                self._active = None
                if active.cmd is not None:
                    self._ack(out, active.cmd.id, "done", now)
                self._start_next(out, now)
        self._maybe_state(out, now)
        return out

    # --- commands ------------------------------------------------------------------------

    def _on_gesture(self, cmd: p.GestureCmd, out: list[Outgoing], now: float) -> None:
        self._entry(now, "in", f"gesture {cmd.name} ({cmd.id})")
        reason = self._refuse(cmd, now)
        if reason:
            self._ack(out, cmd.id, "rejected", now, reason)
            return
        self._queue.append(cmd)
        self._ack(out, cmd.id, "accepted", now)
        if self._active is None or self._active.cmd is None:
            self._start_next(out, now)

    def _refuse(self, cmd: p.GestureCmd, now: float) -> str | None:
        s = self.settings
        if self.estop:
            return f"estop: the e-stop is engaged{self._by()}"
        if self.controller != "ok":
            return "controller_lost: no heartbeat from the controller"
        gesture = self.gestures.get(cmd.name)
        if gesture is None:
            near = difflib.get_close_matches(cmd.name, sorted(self.gestures), 1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            return f"unknown_gesture: no gesture '{cmd.name}' in gestures.yaml{hint}"
        key = (cmd.name, cmd.amplitude, cmd.speed)
        if key not in self._checked:  # the same few commands come again and again
            if len(self._checked) > 512:
                self._checked.clear()
            self._checked[key] = check(gesture, self.robot, cmd.amplitude, cmd.speed)
        problem = self._checked[key]
        if problem:
            return problem
        if cmd.sent_at - now > s.future_tolerance_s:
            return (f"clock_skew: sent_at is {cmd.sent_at - now:.1f} s ahead of the robot's "
                    "clock; keep both in sync with NTP")
        if now - cmd.sent_at > s.stale_after_s:
            return f"stale: sent {now - cmd.sent_at:.1f} s ago (limit {s.stale_after_s:g} s)"
        if len(self._queue) >= s.queue_max:
            return f"queue_full: {len(self._queue)} gestures are already waiting"
        return None

    def _start_next(self, out: list[Outgoing], now: float) -> None:
        while self._queue:
            cmd = self._queue.popleft()
            age = now - cmd.sent_at
            if age > self.settings.stale_after_s:
                self._ack(out, cmd.id, "rejected", now,
                          f"stale: {age:.1f} s old when it would start (limit "
                          f"{self.settings.stale_after_s:g} s)")
                continue
            motion = plan_gesture(self.gestures[cmd.name], self.robot, self._pose,
                                  cmd.amplitude, cmd.speed)
            self._active = _Active(motion, cmd, None)
            self._ack(out, cmd.id, "started", now)
            return

    def _on_estop(self, msg: p.EStop, out: list[Outgoing], now: float) -> None:
        self._entry(now, "in", f"estop {'engaged' if msg.engaged else 'released'}"
                    + (f" by {msg.by}" if msg.by else ""))
        if msg.engaged == self.estop:
            self.estop_by = msg.by or self.estop_by
            return
        self.estop, self.estop_by = msg.engaged, msg.by
        if msg.engaged:
            self._pose = self._read_pose()
            self.body.set_targets(self._pose, None)  # hold where the joints are now
            self._stop_all(out, now, f"e-stop engaged{self._by()}",
                           f"estop: the e-stop was engaged{self._by()}")
        self._note(now, f"e-stop {'engaged' if msg.engaged else 'released'}{self._by()}")

    def _stop_all(self, out: list[Outgoing], now: float, why: str, reject: str) -> None:
        """Stop the gesture in motion (acked done, interrupted) and reject the queue."""
        active, self._active = self._active, None
        if active is not None and active.cmd is not None:
            self._ack(out, active.cmd.id, "done", now, f"interrupted: {why}")
        while self._queue:
            self._ack(out, self._queue.popleft().id, "rejected", now, reject)

    def _rest(self, now: float) -> None:
        if self.estop:
            return
        motion = plan_rest(self.robot, self._pose)
        if motion is not None:
            self._active = _Active(motion, None, self.robot.rest_speed_deg_s)

    # --- output --------------------------------------------------------------------------

    def _ack(self, out: list[Outgoing], gid: str, status: str, now: float,
             reason: str | None = None) -> None:
        if reason and len(reason) > p.MAX_REASON:
            reason = reason[: p.MAX_REASON - 3] + "..."
        out.append(Outgoing(self.topics.ack, p.Ack(gid, status, now, reason).to_payload()))
        self._entry(now, "out", f"ack {gid} {status}" + (f": {reason}" if reason else ""))

    def _error(self, out: list[Outgoing], topic: str, error: str, payload: bytes,
               now: float) -> list[Outgoing]:
        evt = p.ErrorEvt.about(topic, error, payload)
        out.append(Outgoing(self.topics.error, evt.to_payload()))
        self._entry(now, "out", f"error on {evt.topic}: {evt.error}")
        return out

    def _state(self, now: float) -> Outgoing:
        self._last_state_at = now
        self._last_summary = self._summary()
        state = p.State(joints={j: round(d, 1) for j, d in self._pose.items()},
                        gesture=self.gesture, estop=self.estop, controller=self.controller,
                        at=now)
        return Outgoing(self.topics.state, state.to_payload(), 1, True)

    def _maybe_state(self, out: list[Outgoing], now: float) -> None:
        moving = self._active is not None and not self.estop
        due = moving and now - self._last_state_at >= self.settings.state_interval_s
        if due or self._summary() != self._last_summary:
            out.append(self._state(now))

    def _summary(self) -> tuple[Any, ...]:
        return (self.gesture, self.estop, self.controller,
                self._active is not None and not self.estop)

    def _by(self) -> str:
        return f" by {self.estop_by}" if self.estop_by else ""

    def _read_pose(self) -> Pose:
        got = self.body.positions()
        return {name: joint.clamp(got.get(name, joint.rest_deg))
                for name, joint in self.robot.joints.items()}

    def _entry(self, now: float, direction: str, text: str) -> None:
        self._seq += 1
        entry = LogEntry(self._seq, now, direction, text)
        self.log.append(entry)
        if self.on_entry is not None:
            self.on_entry(entry)

    def _note(self, now: float, text: str) -> None:
        self._entry(now, "note", text)

    # --- what observers read -------------------------------------------------------------

    @property
    def gesture(self) -> str | None:
        """The gesture in motion, if any."""
        active = self._active
        return active.cmd.name if active is not None and active.cmd is not None else None

    @property
    def pose(self) -> Pose:
        return dict(self._pose)

    @property
    def moving(self) -> bool:
        return self._active is not None and not self.estop

    @property
    def queued(self) -> list[str]:
        return [cmd.name for cmd in self._queue]

    def snapshot(self, since_seq: int = 0) -> dict[str, Any]:
        """Everything a view shows, as JSON-ready data; log entries after ``since_seq``."""
        return {
            "robot": self.topics.robot_id,
            "joints": {j: round(d, 2) for j, d in self._pose.items()},
            "gesture": self.gesture, "queued": self.queued, "estop": self.estop,
            "estop_by": self.estop_by,
            # the view's words: "lost" before any controller was ever heard is alarming
            "controller": self.controller if self._last_heartbeat is not None
            else "waiting",
            "screen": None if self.screen is None else {
                "text": self.screen.text, "image": self.screen.image,
                "gloss": self.screen.gloss},
            "speech": None if self.speech is None else {"text": self.speech.text},
            "log": [{"seq": e.seq, "at": e.at, "dir": e.direction, "text": e.text}
                    for e in self.log if e.seq > since_seq],
        }
