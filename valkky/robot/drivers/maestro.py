"""Pololu Maestro servo controllers over their compact serial protocol, and a ``log``
driver that prints the same bytes instead of sending them.

Compact protocol (Maestro user's guide, "Serial Servo Commands"):

- set target ``0x84, channel, low 7 bits, high 7 bits``, in quarter-microseconds;
- set speed  ``0x87, channel, low 7 bits, high 7 bits``, in (0.25 µs)/(10 ms), 0 = no limit;
- get position ``0x90, channel`` → two bytes, low then high, in quarter-microseconds
  (0 while the channel is off);
- get errors ``0xA1`` → two bytes of error flags (used to check the Maestro answers).

Angles map linearly to pulses with each joint's calibration from robot.yaml, and every
target is clamped to the joint's limits before it is encoded, whatever the caller asks.
The Maestro must be in "USB Dual Port" serial mode; use its Command Port (usually the
first of its two /dev/ttyACM devices).
"""

from __future__ import annotations

import logging
import math
import os
import select
import termios
import time
import tty
from collections.abc import Mapping
from typing import TextIO

from valkky.errors import AdapterError, ConfigError
from valkky.robot.definitions import Joint, RobotDef

log = logging.getLogger(__name__)

SET_TARGET = 0x84
SET_SPEED = 0x87
GET_POSITION = 0x90
GET_ERRORS = 0xA1
# A Maestro answers a query within a millisecond or so; none by then: the wrong port, or
# the wrong serial mode (the kernel keeps a reply that came while this process waited
# for a core, so a loaded robot does not need longer)
REPLY_TIMEOUT_S = 0.2
SPEED_MARGIN = 1.1  # the controller's own ramp limit sits this far above the planned speed


def _seven_bit_pair(command: int, channel: int, value: int) -> bytes:
    return bytes((command, channel, value & 0x7F, (value >> 7) & 0x7F))


class Encoder:
    """Angles to Maestro commands and back, for the joints that have a channel."""

    def __init__(self, robot: RobotDef):
        self.joints = {n: j for n, j in robot.joints.items() if j.calibration is not None}
        if not self.joints:
            raise ConfigError("robot.yaml gives no joint a channel:, pulse_min_us: and "
                              "pulse_max_us:, so a servo driver has nothing to move")

    def quarter_us(self, joint: Joint, deg: float) -> int:
        cal = joint.calibration
        assert cal is not None
        frac = (joint.clamp(deg) - joint.min_deg) / (joint.max_deg - joint.min_deg)
        if cal.invert:
            frac = 1.0 - frac
        return round(4 * (cal.pulse_min_us + frac * (cal.pulse_max_us - cal.pulse_min_us)))

    def degrees(self, joint: Joint, quarter_us: int) -> float:
        cal = joint.calibration
        assert cal is not None
        frac = (quarter_us / 4 - cal.pulse_min_us) / (cal.pulse_max_us - cal.pulse_min_us)
        if cal.invert:
            frac = 1.0 - frac
        return joint.clamp(joint.min_deg + frac * (joint.max_deg - joint.min_deg))

    def speed_units(self, joint: Joint, deg_s: float) -> int:
        """deg/s → (0.25 µs)/(10 ms), rounded up (never 0, which would mean unlimited)."""
        cal = joint.calibration
        assert cal is not None
        us_per_deg = (cal.pulse_max_us - cal.pulse_min_us) / (joint.max_deg - joint.min_deg)
        return max(1, min(0x3FFF, math.ceil(deg_s * SPEED_MARGIN * us_per_deg * 0.04)))

    def set_target(self, joint: Joint, deg: float) -> bytes:
        assert joint.calibration is not None
        return _seven_bit_pair(SET_TARGET, joint.calibration.channel,
                               self.quarter_us(joint, deg))

    def set_speed(self, joint: Joint, deg_s: float) -> bytes:
        assert joint.calibration is not None
        return _seven_bit_pair(SET_SPEED, joint.calibration.channel,
                               self.speed_units(joint, deg_s))


class _Commander:
    """What the Maestro and the log driver share: which bytes a move needs."""

    def __init__(self, robot: RobotDef):
        self.robot = robot
        self.encoder = Encoder(robot)
        self._targets: dict[str, int] = {}
        self._speeds: dict[str, int] = {}

    def commands(self, targets: Mapping[str, float], speed_deg_s: float | None
                 ) -> list[tuple[Joint, float, bytes]]:
        out = []
        for name, deg in targets.items():
            joint = self.encoder.joints.get(name)
            if joint is None:
                continue
            cap = joint.max_speed_deg_s if speed_deg_s is None else min(
                speed_deg_s, joint.max_speed_deg_s)
            units = self.encoder.speed_units(joint, cap)
            if self._speeds.get(name) != units:
                self._speeds[name] = units
                out.append((joint, cap, self.encoder.set_speed(joint, cap)))
            qus = self.encoder.quarter_us(joint, deg)
            if self._targets.get(name) != qus:
                self._targets[name] = qus
                out.append((joint, joint.clamp(deg), self.encoder.set_target(joint, deg)))
        return out


class MaestroBody(_Commander):
    """A Maestro on a serial device (``/dev/ttyACM0``, or a pty in tests)."""

    def __init__(self, fd: int, path: str, robot: RobotDef,
                 reply_timeout_s: float | None = None):
        super().__init__(robot)
        self.fd = fd
        self.path = path
        self.reply_timeout_s = REPLY_TIMEOUT_S if reply_timeout_s is None else reply_timeout_s

    @classmethod
    def open(cls, path: str, robot: RobotDef) -> MaestroBody:
        try:
            fd = os.open(path, os.O_RDWR | os.O_NOCTTY)
        except OSError as exc:
            raise AdapterError(f"cannot open the Maestro at {path}: {exc.strerror}"
                               + (" (add this user to the dialout group)"
                                  if exc.errno == 13 else "")) from None
        try:
            if os.isatty(fd):
                tty.setraw(fd)
                termios.tcflush(fd, termios.TCIOFLUSH)
            body = cls(fd, path, robot)
            errors = body.get_errors()
        except BaseException:
            os.close(fd)
            raise
        if errors:
            log.warning("the Maestro at %s reports error flags 0x%04x (cleared now)", path,
                        errors)
        return body

    def _write(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            try:
                sent = os.write(self.fd, view)
            except OSError as exc:
                raise AdapterError(f"cannot write to the Maestro at {self.path}: "
                                   f"{exc.strerror}") from None
            view = view[sent:]

    def _read(self, count: int) -> bytes:
        data = b""
        deadline = time.monotonic() + self.reply_timeout_s
        while len(data) < count:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.fd], [], [], max(left, 0.0))
            if not ready:
                raise AdapterError(f"no answer from a Maestro at {self.path}: is it the "
                                   "Command Port (usually the first /dev/ttyACM), with the "
                                   "serial mode set to USB Dual Port?")
            chunk = os.read(self.fd, count - len(data))
            if not chunk:
                raise AdapterError(f"the Maestro at {self.path} went away")
            data += chunk
        return data

    def get_errors(self) -> int:
        self._write(bytes((GET_ERRORS,)))
        reply = self._read(2)
        return reply[0] | reply[1] << 8

    def set_targets(self, targets: Mapping[str, float], speed_deg_s: float | None = None
                    ) -> None:
        commands = self.commands(targets, speed_deg_s)
        if commands:
            self._write(b"".join(c for _, _, c in commands))

    def positions(self) -> dict[str, float]:
        out = {}
        for name, joint in self.encoder.joints.items():
            assert joint.calibration is not None
            self._write(bytes((GET_POSITION, joint.calibration.channel)))
            reply = self._read(2)
            qus = reply[0] | reply[1] << 8
            if qus:  # 0: the channel is off and its position unknown
                out[name] = self.encoder.degrees(joint, qus)
        return out

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


class LogBody(_Commander):
    """Prints each command a Maestro would get (changed joints only), and moves nothing."""

    def __init__(self, robot: RobotDef, stream: TextIO):
        super().__init__(robot)
        self.stream = stream
        self._pos = robot.rest_pose()

    def set_targets(self, targets: Mapping[str, float], speed_deg_s: float | None = None
                    ) -> None:
        for joint, value, data in self.commands(targets, speed_deg_s):
            assert joint.calibration is not None
            what = "speed" if data[0] == SET_SPEED else "target"
            unit = "°/s" if what == "speed" else "°"
            raw = data[2] | data[3] << 7
            print(f"maestro ch {joint.calibration.channel:2d} {joint.name:<16} {what} "
                  f"{value:7.1f}{unit} = {raw:5d}  [{data.hex(' ')}]", file=self.stream)
        for name, deg in targets.items():
            if name in self._pos:
                self._pos[name] = self.robot.joints[name].clamp(deg)

    def positions(self) -> dict[str, float]:
        return dict(self._pos)

    def close(self) -> None:
        self.stream.flush()
