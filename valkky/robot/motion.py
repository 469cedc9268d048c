"""Motion planning: gesture keyframes to smooth, limit-checked joint trajectories.

Every segment between two poses follows a minimum-jerk profile (zero speed and
acceleration at both ends), whose peak speed is ``PEAK_SPEED_FACTOR`` times the mean. A
segment is within a joint's maximum speed when that peak is. Amplitude scales each
joint's excursion from its rest angle; speed divides every segment's duration.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from valkky.robot.definitions import GestureDef, RobotDef

Pose = dict[str, float]

PEAK_SPEED_FACTOR = 1.875  # minimum jerk: max of d/du (10u³ − 15u⁴ + 6u⁵)
_EPS = 1e-6


def min_jerk(u: float) -> float:
    """Progress 0..1 along a segment at fraction ``u`` of its time."""
    if u <= 0.0:
        return 0.0
    if u >= 1.0:
        return 1.0
    return u * u * u * (10.0 + u * (-15.0 + 6.0 * u))


def resolve(gesture: GestureDef, robot: RobotDef, amplitude: float = 1.0
            ) -> list[tuple[float, Pose]]:
    """The gesture's keyframes as (time from start in s, full pose), starting from rest.

    A joint a keyframe leaves out keeps its angle from the keyframe before; ``rest: true``
    resets every joint to rest first.
    """
    rest = robot.rest_pose()
    pose = dict(rest)
    frames = []
    for kf in gesture.keyframes:
        if kf.rest:
            pose = dict(rest)
        pose.update(kf.joints)
        frames.append((kf.t_s, {j: rest[j] + amplitude * (deg - rest[j])
                                for j, deg in pose.items()}))
    return frames


def check(gesture: GestureDef, robot: RobotDef, amplitude: float = 1.0, speed: float = 1.0
          ) -> str | None:
    """Why the gesture cannot be made at this amplitude and speed, or None if it can.

    The reason starts with its code (``over_limit`` or ``over_speed``) and a colon.
    """
    frames = resolve(gesture, robot, amplitude)
    for _, pose in frames:
        for name, deg in pose.items():
            joint = robot.joints[name]
            if deg < joint.min_deg - _EPS or deg > joint.max_deg + _EPS:
                limit = joint.min_deg if deg < joint.min_deg else joint.max_deg
                return (f"over_limit: joint {name} would reach {deg:.1f}° at amplitude "
                        f"{amplitude:g} (its limit is {limit:g}°)")
    prev_t, prev = 0.0, robot.rest_pose()
    for t, pose in frames:
        dt = (t - prev_t) / speed
        for name, deg in pose.items():
            joint = robot.joints[name]
            peak = PEAK_SPEED_FACTOR * abs(deg - prev[name]) / dt if dt > 0 else float("inf")
            if peak > joint.max_speed_deg_s + _EPS:
                return (f"over_speed: joint {name} would turn at {peak:.0f}°/s at speed "
                        f"{speed:g} (its maximum is {joint.max_speed_deg_s:g}°/s)")
        prev_t, prev = t, pose
    return None


def travel_time(robot: RobotDef, a: Mapping[str, float], b: Mapping[str, float],
                cap_deg_s: float | None = None) -> float:
    """The shortest minimum-jerk duration from pose ``a`` to ``b`` within every joint's
    maximum speed (and ``cap_deg_s``, if given)."""
    longest = 0.0
    for name, joint in robot.joints.items():
        limit = joint.max_speed_deg_s if cap_deg_s is None else min(cap_deg_s,
                                                                     joint.max_speed_deg_s)
        delta = abs(b.get(name, a.get(name, 0.0)) - a.get(name, 0.0))
        longest = max(longest, PEAK_SPEED_FACTOR * delta / limit)
    return longest


class Motion:
    """A timed path from a start pose through poses, each leg a minimum-jerk segment."""

    def __init__(self, start: Pose, legs: Sequence[tuple[float, Pose]]):
        self.start = dict(start)
        self.legs = [(max(d, 0.0), {**self.start, **p}) for d, p in legs]
        self.duration = sum(d for d, _ in self.legs)
        self.elapsed = 0.0

    @property
    def done(self) -> bool:
        return self.elapsed >= self.duration

    def advance(self, dt: float) -> Pose:
        """Move on by ``dt`` seconds and return the pose there."""
        self.elapsed = min(self.elapsed + max(dt, 0.0), self.duration)
        return self.sample(self.elapsed)

    def sample(self, t: float) -> Pose:
        a, begin = self.start, 0.0
        for duration, b in self.legs:
            if t < begin + duration:
                s = min_jerk((t - begin) / duration)
                return {j: a[j] + (b[j] - a[j]) * s for j in b}
            a, begin = b, begin + duration
        return dict(a)

    @property
    def end_pose(self) -> Pose:
        return dict(self.legs[-1][1]) if self.legs else dict(self.start)


def _clamped(robot: RobotDef, pose: Mapping[str, float]) -> Pose:
    return {name: joint.clamp(pose.get(name, joint.rest_deg))
            for name, joint in robot.joints.items()}


def plan_gesture(gesture: GestureDef, robot: RobotDef, start: Mapping[str, float],
                 amplitude: float = 1.0, speed: float = 1.0) -> Motion:
    """The motion for a checked gesture from wherever the robot is now.

    The gesture's keyframes assume it starts at rest; when the robot is elsewhere (after
    an e-stop, say) the first leg is stretched to stay within every joint's speed.
    """
    begin = _clamped(robot, start)
    frames = resolve(gesture, robot, amplitude)
    legs = []
    prev_t, prev = 0.0, begin
    for i, (t, pose) in enumerate(frames):
        duration = (t - prev_t) / speed
        if i == 0:
            duration = max(duration, travel_time(robot, prev, pose))
        legs.append((duration, pose))
        prev_t, prev = t, pose
    return Motion(begin, legs)


def plan_rest(robot: RobotDef, start: Mapping[str, float]) -> Motion | None:
    """A slow move to the rest pose at the robot's ``rest_speed``, or None if at rest."""
    begin = _clamped(robot, start)
    rest = robot.rest_pose()
    duration = travel_time(robot, begin, rest, robot.rest_speed_deg_s)
    if duration < 1e-3:
        return None
    return Motion(begin, [(duration, rest)])
