"""robot.yaml and gestures.yaml: the shipped files are valid, and mistakes are reported
with file, line and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from valkky.paths import ROOT
from valkky.robot.hardware import HardwareError, RobotDef, gesture_names, load_gestures, load_robot
from valkky.robot.motion import PEAK_SPEED_FACTOR, resolve

REQUIRED = {"wave", "nod", "shake_head", "point", "point_self", "thumbs_up", "bow", "think",
            "listen", "shrug", "come_here", "stop_hand", "wash_hands", "sweep", "mop", "wipe",
            "lift_with_legs", "stir", "hammer", "carry_box", "put_on_gloves", "put_on_helmet",
            "write", "phone_call", "look_at_watch", "eat", "drink", "sleep", "push_cart",
            "count_fingers"}
JOINTS = {"head_yaw", "head_pitch", "torso_yaw", "torso_pitch"} | {
    f"{s}_{j}" for s in "lr" for j in ("shoulder_pitch", "shoulder_roll", "elbow", "wrist",
                                       "hand")}


def test_robot_yaml(robot: RobotDef) -> None:
    assert set(robot.joints) == JOINTS
    assert robot.rest_speed_deg_s > 0
    channels = [j.calibration.channel for j in robot.joints.values() if j.calibration]
    assert len(channels) == len(JOINTS) == len(set(channels))
    for joint in robot.joints.values():
        assert joint.min_deg <= joint.rest_deg <= joint.max_deg


def test_every_required_gesture_exists(gestures: dict) -> None:
    assert set(gestures) >= REQUIRED
    assert gesture_names(ROOT / "hardware" / "gestures.yaml") == set(gestures)


def test_every_gesture_within_limits_and_speeds_and_ends_at_rest(robot: RobotDef,
                                                                 gestures: dict) -> None:
    """Independent of the loader's own check: recompute from the resolved keyframes."""
    rest = robot.rest_pose()
    for name, gesture in gestures.items():
        assert gesture.description, name
        prev_t, prev = 0.0, rest
        for t, pose in resolve(gesture, robot):
            for j, deg in pose.items():
                joint = robot.joints[j]
                assert joint.min_deg <= deg <= joint.max_deg, (name, t, j)
                peak = PEAK_SPEED_FACTOR * abs(deg - prev[j]) / (t - prev_t)
                assert peak <= joint.max_speed_deg_s + 1e-9, (name, t, j, peak)
            prev_t, prev = t, pose
        assert all(abs(prev[j] - rest[j]) <= 1.0 for j in rest), name
        assert 0.5 <= gesture.duration_s <= 8.0, name


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_gesture_mistakes_are_reported_by_line(tmp_path: Path, robot: RobotDef) -> None:
    path = _write(tmp_path, "gestures.yaml", """\
gestures:
  ok:
    description: fine
    keyframes:
      - {t: 0.5, joints: {head_pitch: 10}}
      - {t: 1.0, rest: true}
  typo:
    description: a joint name misspelled
    keyframes:
      - {t: 0.5, joints: {head_pich: 10}}
  too_far:
    description: beyond the limit
    keyframes:
      - {t: 1.0, joints: {head_pitch: 80}}
      - {t: 2.0, rest: true}
  too_fast:
    description: much too fast
    keyframes:
      - {t: 0.05, joints: {head_yaw: 60}}
      - {t: 2.0, rest: true}
  no_rest:
    description: stays turned
    keyframes:
      - {t: 1.0, joints: {head_yaw: 30}}
  backwards:
    description: time runs backwards
    keyframes:
      - {t: 1.0, joints: {head_yaw: 10}}
      - {t: 0.5, rest: true}
""")
    with pytest.raises(HardwareError) as info:
        load_gestures(robot, path)
    problems = "\n".join(info.value.problems)
    assert f"{path}:10: gesture 'typo' keyframe 1: unknown joint 'head_pich'; did you mean " \
           "'head_pitch'?" in problems
    assert f"{path}:14: gesture 'too_far' keyframe 1: head_pitch 80° is outside its limits " \
           "-25..30°" in problems
    assert f"{path}:16: gesture 'too_fast': joint head_yaw would turn at" in problems
    assert f"{path}:21: gesture 'no_rest': does not end at rest (head_yaw)" in problems
    assert "gesture 'backwards' keyframe 2: t must be later than 1 s" in problems
    assert "'ok'" not in problems
    assert len(info.value.problems) == 5


def test_robot_mistakes(tmp_path: Path) -> None:
    path = _write(tmp_path, "robot.yaml", """\
robot: {name: R, model: m}
rest_speed: 20
joints:
  a: {min: 10, max: 0, max_speed: 10, rest: 5}
  b: {min: 0, max: 10, max_sped: 10, rest: 5}
  c: {min: 0, max: 10, max_speed: 10, rest: 5, channel: 1, pulse_min_us: 1000, pulse_max_us: 2000}
  d: {min: 0, max: 10, max_speed: 10, rest: 5, channel: 1, pulse_min_us: 1000, pulse_max_us: 2000}
  e: {min: 0, max: 10, max_speed: 10, rest: 50}
""")
    with pytest.raises(HardwareError) as info:
        load_robot(path)
    problems = "\n".join(info.value.problems)
    assert f"{path}:4: joint 'a': min (10) must be below max (0)" in problems
    assert "joint 'b': unknown key 'max_sped'; did you mean 'max_speed'?" in problems
    assert "joint 'd': channel 1 is already used by joint 'c'" in problems
    assert "joint 'e': rest 50 is outside 0..10" in problems


def test_unreadable_files(tmp_path: Path, robot: RobotDef) -> None:
    with pytest.raises(HardwareError, match="not found"):
        load_robot(tmp_path / "nope.yaml")
    bad = _write(tmp_path, "g.yaml", "gestures:\n  a: [\n")
    with pytest.raises(HardwareError, match=r"g.yaml:\d+: not valid YAML"):
        load_gestures(robot, bad)
    dup = _write(tmp_path, "d.yaml", "gestures:\n  a: {}\n  a: {}\n")
    with pytest.raises(HardwareError, match="'a' appears twice"):
        load_gestures(robot, dup)
    with pytest.raises(HardwareError, match="top-level 'gestures:'"):
        gesture_names(_write(tmp_path, "e.yaml", "- wave\n"))


def test_an_alias_bomb_in_gestures_yaml_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from valkky.paths import ROOT
    from valkky.robot.hardware import HardwareError, load_gestures, load_robot

    robot = load_robot(ROOT / "hardware" / "robot.yaml")
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 8):
        lines.append(f"{chr(97 + i)}: &{chr(97 + i)} [{', '.join(['*' + chr(96 + i)] * 10)}]")
    lines.append("gestures: *h")
    bomb = tmp_path / "gestures.yaml"
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(HardwareError, match="alias bomb"):
        load_gestures(robot, bomb)
