"""The session feed: a running lesson told to the trainer's console over MQTT, and the
console's pause, resume and stop taken back (docs/protocol.md, "Session topics").

A sink of the runtime, right after the robot link: each record a console needs goes out
as one ``SessionEvt`` on ``valkky/{robot}/session/events`` through the link's own
connection (the controller's user; only the console's user may read it). It never waits:
while the broker is away a record is dropped, as commands are. Control requests come in
on ``session/control``; a bad one is answered on ``session/error`` and changes nothing.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any

from valkky import events as ev
from valkky.controller.holds import TrainerHolds
from valkky.controller.link import RobotLink
from valkky.protocol.messages import MAX_PAYLOAD_BYTES, MAX_TEXT, ErrorEvt, ProtocolError
from valkky.protocol.session import LIVE_RECORDS, SessionCtl, SessionEvt, SessionTopics

log = logging.getLogger(__name__)


class SessionFeed:
    def __init__(self, link: RobotLink, opened: ev.SessionOpened, *, title: str,
                 learner: str, steps: int, clock: Callable[[], float] = time.time,
                 session_id: str | None = None):
        self.link = link
        self.topics = SessionTopics(link.topics.robot_id)
        self.session_id = session_id or secrets.token_hex(8)
        self.holds = TrainerHolds(self.session_id)
        self._frame: dict[str, Any] = {"lesson": opened.lesson, "title": title,
                                       "learner": learner, "steps": steps}
        self._opened: ev.SessionOpened | None = opened
        self._clock = clock
        self._seq = 0
        link.route(self.topics.control, self._control)

    def handle(self, event: ev.Event) -> ev.Event | None:
        if self._opened is not None:  # the first record a console sees of this run
            opened, self._opened = self._opened, None
            self._send(opened)
        if event.type in LIVE_RECORDS:
            self._send(event)
        if isinstance(event, ev.End):
            self.holds.end()
        return None

    def _send(self, record: ev.Event) -> None:
        msg = SessionEvt(session=self.session_id, seq=self._seq, at=self._clock(),
                         record=_clipped(record), **self._frame)
        self._seq += 1
        try:
            payload = msg.to_payload()
        except ValueError as exc:  # a record JSON cannot carry: the lesson goes on
            log.warning("session feed: %s record not sent: %s", record.type, exc)
            return
        if len(payload) > MAX_PAYLOAD_BYTES:  # the console would refuse it
            log.warning("session feed: %s record of %d bytes not sent (limit %d)",
                        record.type, len(payload), MAX_PAYLOAD_BYTES)
            return
        self.link.publish(self.topics.events, payload, 1, f"session {record.type}")

    def _control(self, payload: bytes) -> None:
        """On the network thread: decode, hand to the holds, or say why not."""
        try:
            why = self.holds.offer(SessionCtl.from_payload(payload))
        except ProtocolError as exc:
            why = str(exc)
        if why is not None:
            log.warning("session control refused: %s", why)
            error = ErrorEvt.about(self.topics.control, why, payload)
            self.link.publish(self.topics.error, error.to_payload(), 1, "session error")


def _clipped(record: ev.Event) -> ev.Event:
    """``record`` with every text cut to the session topic's limit (a typed answer may be
    long; the console refuses a longer one)."""
    long = {f.name: getattr(record, f.name)[: MAX_TEXT - 1] + "…" for f in fields(record)
            if isinstance(getattr(record, f.name), str)
            and len(getattr(record, f.name)) > MAX_TEXT}
    return replace(record, **long) if long else record
