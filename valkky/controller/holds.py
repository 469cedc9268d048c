"""A trainer's pause, resume and stop (from the console), taken between two turns.

Requests arrive on the MQTT network thread (``offer``); the runtime asks before each turn
(``between_turns``), and while the session is paused it waits there. A stop also breaks
off the wait for an answer (``stop_waiting``, which the runtime's listener asks while it
waits): a learner who never answers does not keep the session running. Nothing here
touches the robot: the e-stop has its own topic and connection and never waits on a
session.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from valkky import events as ev
from valkky.protocol.session import SessionCtl

WAIT_SLICE_S = 0.5  # while paused: wake this often, so Ctrl-C and SIGTERM are taken at once
MAX_WAITING = 16  # requests not yet taken; more are refused (a flood from a broken client)

# Why a request is refused (the error of session/error; the console words each of them).
OTHER_SESSION = "that session is not the one running on this robot"
ENDED = "the session has ended"
TOO_MANY = f"{MAX_WAITING} requests are already waiting for the next turn"


class TrainerHolds:
    def __init__(self, session_id: str):
        self.session_id = session_id
        self._cond = threading.Condition()
        self._waiting: list[SessionCtl] = []
        self._paused = False
        self._over = False  # the session has ended: nothing more to hold

    def offer(self, ctl: SessionCtl) -> str | None:
        """Take a request for the next turn; why it is refused, or None. Never blocks."""
        if ctl.session is not None and ctl.session != self.session_id:
            return OTHER_SESSION  # a page older than the session running now
        with self._cond:
            if self._over:
                return ENDED
            if len(self._waiting) >= MAX_WAITING:
                return TOO_MANY
            self._waiting.append(ctl)
            self._cond.notify_all()
        return None

    def end(self) -> None:
        """The session is over: later requests are refused."""
        with self._cond:
            self._over = True
            self._waiting.clear()
            self._cond.notify_all()

    def stop_waiting(self) -> bool:
        """A stop is among the requests not yet taken: the wait for an answer may end."""
        with self._cond:
            return any(ctl.action == "stop" for ctl in self._waiting)

    @property
    def waiting(self) -> int:
        """Requests not yet taken (they are taken before the next turn)."""
        with self._cond:
            return len(self._waiting)

    def between_turns(self, emit: Callable[[ev.Held], None]) -> bool:
        """Apply the waiting requests in order, ``emit`` a record for each that changes
        something, wait while paused; True when the session is to stop now."""
        while True:
            with self._cond:
                if self._paused and not self._waiting:
                    self._cond.wait(WAIT_SLICE_S)
                taken, self._waiting = self._waiting, []
            for ctl in taken:
                if ctl.action == "stop":
                    emit(ev.Held(action="stop", by=ctl.by))
                    return True
                if (ctl.action == "pause") != self._paused:  # a repeat changes nothing
                    self._paused = ctl.action == "pause"
                    emit(ev.Held(action=ctl.action, by=ctl.by))
            if not self._paused:
                return False
