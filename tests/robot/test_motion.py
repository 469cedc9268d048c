"""Keyframe interpolation: smooth, within limits and speeds, from wherever the robot is."""

from __future__ import annotations

import itertools

from valkky.robot.definitions import RobotDef
from valkky.robot.motion import check, min_jerk, plan_gesture, plan_rest


def test_min_jerk_profile() -> None:
    assert min_jerk(0) == 0 and min_jerk(1) == 1 and min_jerk(-1) == 0 and min_jerk(2) == 1
    assert abs(min_jerk(0.5) - 0.5) < 1e-12
    steps = [min_jerk(i / 1000) for i in range(1001)]
    peak = max(b - a for a, b in itertools.pairwise(steps)) * 1000
    assert abs(peak - 1.875) < 1e-3


def _sampled_speeds_ok(robot: RobotDef, motion, dt: float = 0.005) -> None:
    prev = motion.sample(0.0)
    t = dt
    while t <= motion.duration + dt:
        pose = motion.sample(t)
        for j, deg in pose.items():
            joint = robot.joints[j]
            assert joint.min_deg - 1e-6 <= deg <= joint.max_deg + 1e-6
            assert abs(deg - prev[j]) / dt <= joint.max_speed_deg_s * 1.001, (j, t)
        prev, t = pose, t + dt


def test_every_gesture_sampled_within_speed(robot: RobotDef, gestures: dict) -> None:
    for gesture in gestures.values():
        motion = plan_gesture(gesture, robot, robot.rest_pose())
        assert abs(motion.duration - gesture.duration_s) < 1e-9
        _sampled_speeds_ok(robot, motion, dt=0.01)
        end = motion.sample(motion.duration)
        assert all(abs(end[j] - robot.joints[j].rest_deg) <= 1 for j in end)


def test_first_leg_is_stretched_from_an_odd_pose(robot: RobotDef, gestures: dict) -> None:
    odd = {**robot.rest_pose(), "head_pitch": -25, "r_shoulder_pitch": 180,
           "torso_yaw": 40, "bogus": 3.0}
    motion = plan_gesture(gestures["nod"], robot, odd)
    assert motion.duration > gestures["nod"].duration_s
    _sampled_speeds_ok(robot, motion)
    assert "bogus" not in motion.sample(0)


def test_amplitude_and_speed_checks(robot: RobotDef, gestures: dict) -> None:
    assert check(gestures["wave"], robot) is None
    assert check(gestures["wave"], robot, amplitude=0.5, speed=0.5) is None
    over = check(gestures["wave"], robot, amplitude=3.0)
    assert over is not None and over.startswith("over_limit: joint ")
    fast = check(gestures["nod"], robot, speed=4.0)
    assert fast is not None and fast.startswith("over_speed: joint head_pitch would turn at")


def test_rest_is_slow(robot: RobotDef) -> None:
    assert plan_rest(robot, robot.rest_pose()) is None
    motion = plan_rest(robot, {**robot.rest_pose(), "l_shoulder_pitch": 90})
    assert motion is not None
    assert abs(motion.duration - 1.875 * 90 / robot.rest_speed_deg_s) < 1e-9
    assert motion.end_pose == robot.rest_pose()
