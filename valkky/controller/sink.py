"""The robot link as a session sink: events out as MQTT commands, acks back into the log.

It sits before the speaker and the event log: a gesture it sent is passed on with its
command id (or marked dropped when the link is down), and every ack that has come back
is written to the log beside it. It never waits on the robot, except once, briefly, at
the end of a run so the log holds the final acks.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from valkky import events as ev
from valkky.controller.link import RobotLink
from valkky.runtime import prepare
from valkky.speech.tts import MicGate

FINAL_ACK_WAIT_S = 5.0  # a gesture lasts 1–4 s; the robot may still be finishing one
PACE_WAIT_S = 4.0  # with pace: the most a gesture waits for the one before to end


class RobotSink:
    def __init__(self, link: RobotLink, log: Callable[[dict], None] | None = None,
                 gate: MicGate | None = None, pace: bool = False, *,
                 final_ack_wait_s: float | None = None):
        self.link = link
        self._log = log
        self._gate = gate  # muted while the robot reports its e-stop engaged
        # Rehearsal with typed answers and text speech takes no time, so gestures would
        # queue on the robot and go stale: with pace, a gesture first waits (bounded) for
        # the one before it to end, as speech would have given it time to.
        self._pace = pace
        self.final_ack_wait_s = FINAL_ACK_WAIT_S if final_ack_wait_s is None \
            else final_ack_wait_s

    def handle(self, event: ev.Event) -> ev.Event | None:
        self._drain_acks()
        state = self.link.robot_state
        if self._gate is not None and state is not None:
            (self._gate.mute if state.estop else self._gate.unmute)("estop")
        if isinstance(event, ev.Gesture):
            if self._pace:
                self.link.wait_outstanding(PACE_WAIT_S)
            gid = self.link.gesture(event.name)
            return dataclasses.replace(event, id=gid, dropped=gid is None)
        if isinstance(event, ev.Show):
            self.link.show(event.text, image=event.image, gloss=event.gloss)
        return None

    def _drain_acks(self) -> None:
        for ack in self.link.take_acks():
            if self._log is not None:
                self._log(ev.RobotAck(id=ack.id, status=ack.status,
                                      reason=ack.reason).to_payload())

    def close(self) -> None:
        """Wait briefly for outstanding gestures to end, so the last one is seen and the
        log is complete, then disconnect."""
        self.link.wait_outstanding(self.final_ack_wait_s)  # the last gesture (a bow) is seen
        self._drain_acks()
        if self._log is not None:  # no final answer: the gesture counts as not made
            for gid in self.link.outstanding():
                self._log(ev.RobotAck(id=gid, status="lost", reason="no final ack from the "
                                      "robot before the run ended").to_payload())
        self.link.stop()


class SpeechMarks:
    """Wraps the sink that speaks: ``cmd/speech`` start before an utterance, end after it,
    so the robot can animate its mouth or lights while it speaks."""

    def __init__(self, speaker: object, link: RobotLink):
        self.speaker = speaker
        self.link = link

    def prepare(self, prompt: ev.Prompt) -> None:
        """Passed on to the speaker (it renders the try's replies ahead: runtime.prepare)."""
        prepare(self.speaker, prompt)

    def handle(self, event: ev.Event) -> ev.Event | None:
        if not isinstance(event, ev.Say):
            return self.speaker.handle(event)  # type: ignore[attr-defined]
        self.link.speech("start", event.text)
        try:
            return self.speaker.handle(event)  # type: ignore[attr-defined]
        finally:
            self.link.speech("end", event.text)
