"""The robot's hardware files made faster for tests: every gesture and every joint
``factor`` times as fast, so that a simulator finishes a lesson's gestures in a fraction
of a second instead of the seconds a real body takes (the gestures' shapes, limits and
names are the real ones).

    start_sim(url, "r1", headless=True, hardware_dir=fast_hardware(tmp_path / "hw"))
"""

from __future__ import annotations

from pathlib import Path

import yaml

from valkky.paths import hardware_dir


def fast_hardware(dest: str | Path, factor: float = 10.0, source: str | Path | None = None
                  ) -> Path:
    """Write robot.yaml and gestures.yaml from ``source`` (default: the real hardware
    folder) into ``dest``, ``factor`` times as fast; return ``dest``. (Whoever loads them,
    a simulator say, checks them as it checks the real ones.)"""
    src = Path(source) if source else hardware_dir()
    out = Path(dest)
    out.mkdir(parents=True, exist_ok=True)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml where there is one
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    robot = yaml.load((src / "robot.yaml").read_text(encoding="utf-8"), Loader=loader)
    robot["rest_speed"] = robot["rest_speed"] * factor
    for joint in robot["joints"].values():
        joint["max_speed"] = joint["max_speed"] * factor
    gestures = yaml.load((src / "gestures.yaml").read_text(encoding="utf-8"), Loader=loader)
    for gesture in gestures["gestures"].values():
        for frame in gesture["keyframes"]:
            frame["t"] = frame["t"] / factor
    for name, data in (("robot.yaml", robot), ("gestures.yaml", gestures)):
        (out / name).write_text(yaml.dump(data, Dumper=dumper, allow_unicode=True,
                                          sort_keys=False), encoding="utf-8")
    return out
