"""A Maestro on the far end of a pty: decodes the compact protocol and checks every
target against the joint limits of robot.yaml (through its calibration)."""

from __future__ import annotations

import os
import select
import threading

from valkky.robot.definitions import RobotDef


class FakeMaestro:
    # How long the driver waits for this fake's replies (REPLY_TIMEOUT_S, patched): a
    # thread of a test process answers, not a device, and a loaded machine may not run
    # it for longer than a Maestro's 0.2 s. Only a safety net: it answers when it runs.
    REPLY_S = 10.0

    def __init__(self, robot: RobotDef, *, answer: bool = True):
        self.master, self.slave = os.openpty()
        self.path = os.ttyname(self.slave)
        self.answer = answer
        self.by_channel = {j.calibration.channel: j for j in robot.joints.values()
                           if j.calibration is not None}
        self.targets: dict[int, int] = {}  # channel → quarter-µs
        self.speeds: dict[int, int] = {}
        self.history: list[tuple[int, int]] = []
        self.violations: list[str] = []
        self.commands = 0
        self._buf = b""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _allowed(self, channel: int) -> tuple[int, int]:
        cal = self.by_channel[channel].calibration
        assert cal is not None
        lo, hi = sorted((cal.pulse_min_us, cal.pulse_max_us))
        return round(lo * 4), round(hi * 4)

    def _serve(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                continue
            try:
                self._buf += os.read(self.master, 4096)
            except OSError:
                return
            self._decode()

    def _decode(self) -> None:
        while self._buf:
            cmd = self._buf[0]
            size = {0x84: 4, 0x87: 4, 0x90: 2, 0xA1: 1}.get(cmd)
            if size is None:
                self.violations.append(f"unknown command byte 0x{cmd:02x}")
                self._buf = self._buf[1:]
                continue
            if len(self._buf) < size:
                return
            frame, self._buf = self._buf[:size], self._buf[size:]
            if any(b & 0x80 for b in frame[1:]):
                self.violations.append(f"data byte with bit 7 set in {frame.hex()}")
                continue
            self.commands += 1
            if cmd == 0xA1:
                self._reply(0)
                continue
            channel = frame[1]
            if channel not in self.by_channel:
                self.violations.append(f"command for unmapped channel {channel}")
                continue
            if cmd == 0x90:
                self._reply(self.targets.get(channel, 0))
                continue
            value = frame[2] | frame[3] << 7
            if cmd == 0x87:
                if value == 0:
                    self.violations.append(f"unlimited speed on channel {channel}")
                self.speeds[channel] = value
                continue
            lo, hi = self._allowed(channel)
            if not lo <= value <= hi:
                self.violations.append(f"channel {channel} ({self.by_channel[channel].name}) "
                                       f"target {value} outside {lo}..{hi}")
            self.targets[channel] = value
            self.history.append((channel, value))

    def _reply(self, value: int) -> None:
        if self.answer:
            os.write(self.master, bytes((value & 0xFF, value >> 8 & 0xFF)))

    def close(self) -> None:
        self._stop.set()
        # its select() wakes within 0.05 s, but a loaded machine may not run it for
        # seconds; closed before it ends, its pty's descriptors could be reused and read
        self._thread.join(30)
        assert not self._thread.is_alive(), "the fake Maestro's reader did not stop"
        os.close(self.master)
        os.close(self.slave)
