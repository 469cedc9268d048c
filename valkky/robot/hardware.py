"""The robot's body as data: joints from ``hardware/robot.yaml``, gestures from
``hardware/gestures.yaml`` (format: docs/robot.md). The bridge and the simulator read the
same two files; every problem is reported as ``file:line: what is wrong``.
"""

from __future__ import annotations

import difflib
import math
import re
from pathlib import Path
from typing import Any

from valkky.errors import ConfigError
from valkky.paths import hardware_dir
from valkky.robot.definitions import Calibration, GestureDef, Joint, Keyframe, RobotDef
from valkky.robot.motion import check, resolve

NAME_RE = re.compile(r"[a-z][a-z0-9_]*")
REST_TOLERANCE_DEG = 1.0  # a gesture must end this close to the rest pose


class HardwareError(ConfigError):
    """robot.yaml or gestures.yaml cannot be used; ``problems`` lists every finding."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(problems[0] + more if problems else "invalid hardware description")


# --- YAML with line numbers -------------------------------------------------------------

class _Map(dict[Any, Any]):
    line = 0
    key_lines: dict[Any, int]


def _read(path: Path) -> Any:
    import yaml

    # libyaml's parser where PyYAML has it (≈ 10 times as fast: the gestures file is read
    # by every robot process at start), the same safe constructors and line marks
    class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    def construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Map:
        loader.flatten_mapping(node)
        result = _Map()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise yaml.constructor.ConstructorError(
                    None, None, "a key must be a plain word", key_node.start_mark)
            if key in result:
                raise yaml.constructor.ConstructorError(
                    None, None, f"'{key}' appears twice", key_node.start_mark)
            result[key] = loader.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_map)
    # the same limits as lessons: a size cap, no alias bombs, no absurd nesting
    from valkky.lesson.yamlsource import SourceError, check_expansion, read_source

    try:
        text = read_source(path)
        check_expansion(text)
    except FileNotFoundError:
        raise HardwareError([f"{path}: not found"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise HardwareError([f"{path}: cannot read: {exc}"]) from None
    except SourceError as exc:
        raise HardwareError([f"{path}:{exc.pos.line}: {exc.message}"]) from None
    except yaml.YAMLError:
        pass  # a syntax error: reported with its line by the load below
    try:
        return yaml.load(text, Loader=Loader)  # a (C)SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        raise HardwareError([f"{path}:{line}: not valid YAML: {problem}"]) from None


class _Checker:
    def __init__(self, path: Path):
        self.path = path
        self.problems: list[str] = []

    def add(self, line: int, message: str) -> None:
        self.problems.append(f"{self.path}:{line}: {message}")

    def line_of(self, mapping: Any, key: Any = None) -> int:
        if isinstance(mapping, _Map):
            return mapping.key_lines.get(key, mapping.line) if key is not None else mapping.line
        return 1

    def mapping(self, parent: Any, key: str, what: str) -> _Map | None:
        value = parent.get(key) if isinstance(parent, dict) else None
        if not isinstance(value, dict):
            self.add(self.line_of(parent, key), f"expected '{key}:' with {what}")
            return None
        return value  # type: ignore[return-value]

    def number(self, parent: dict[Any, Any], key: str, where: str, *, default: float | None = None,
               positive: bool = False) -> float | None:
        value = parent.get(key, default)
        line = self.line_of(parent, key)
        if value is None:
            self.add(line, f"{where}: missing '{key}'")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value):
            self.add(line, f"{where}: '{key}' must be a number, not {value!r}")
            return None
        if positive and value <= 0:
            self.add(line, f"{where}: '{key}' must be above 0")
            return None
        return float(value)

    def unknown_keys(self, mapping: dict[Any, Any], known: tuple[str, ...], where: str
                     ) -> None:
        for key in mapping:
            if key not in known:
                near = difflib.get_close_matches(str(key), known, 1)
                hint = f"; did you mean '{near[0]}'?" if near else f"; known: {', '.join(known)}"
                self.add(self.line_of(mapping, key), f"{where}: unknown key '{key}'{hint}")

    def done(self) -> None:
        if self.problems:
            raise HardwareError(self.problems)


# --- robot.yaml -------------------------------------------------------------------------

_JOINT_KEYS = ("min", "max", "max_speed", "rest", "channel", "pulse_min_us", "pulse_max_us",
               "invert")


def load_robot(path: str | Path | None = None) -> RobotDef:
    """Read and check robot.yaml (default: the hardware folder's)."""
    path = Path(path) if path else hardware_dir() / "robot.yaml"
    data = _read(path)
    c = _Checker(path)
    if not isinstance(data, dict):
        raise HardwareError([f"{path}:1: expected a mapping with robot:, joints:, rest_speed:"])
    c.unknown_keys(data, ("robot", "joints", "rest_speed"), "top level")
    info = c.mapping(data, "robot", "name: and model:") or _Map()
    name, model = str(info.get("name", "robot")), str(info.get("model", ""))
    rest_speed = c.number(data, "rest_speed", "top level", positive=True)
    raw = c.mapping(data, "joints", "one entry per joint") or _Map()
    joints: dict[str, Joint] = {}
    channels: dict[int, str] = {}
    for jname, spec in raw.items():
        where = f"joint '{jname}'"
        if not isinstance(jname, str) or not NAME_RE.fullmatch(jname):
            c.add(c.line_of(raw, jname), f"{where}: use lower-case letters, digits and _")
            continue
        if not isinstance(spec, _Map):
            c.add(c.line_of(raw, jname), f"{where}: expected min:, max:, max_speed:, rest:")
            continue
        joint = _joint(c, jname, spec, where)
        if joint is None:
            continue
        cal = joint.calibration
        if cal is not None:
            if cal.channel in channels:
                c.add(c.line_of(spec, "channel"), f"{where}: channel {cal.channel} is "
                      f"already used by joint '{channels[cal.channel]}'")
            channels[cal.channel] = jname
        joints[jname] = joint
    if not raw:
        c.add(c.line_of(data, "joints"), "no joints")
    c.done()
    assert rest_speed is not None
    return RobotDef(name=name, model=model, joints=joints, rest_speed_deg_s=rest_speed)


def _joint(c: _Checker, name: str, spec: _Map, where: str) -> Joint | None:
    c.unknown_keys(spec, _JOINT_KEYS, where)
    lo, hi = c.number(spec, "min", where), c.number(spec, "max", where)
    speed = c.number(spec, "max_speed", where, positive=True)
    rest = c.number(spec, "rest", where)
    if lo is None or hi is None or speed is None or rest is None:
        return None
    if lo >= hi:
        c.add(spec.line, f"{where}: min ({lo:g}) must be below max ({hi:g})")
        return None
    if not lo <= rest <= hi:
        c.add(c.line_of(spec, "rest"), f"{where}: rest {rest:g} is outside {lo:g}..{hi:g}")
        return None
    cal = None
    if "channel" in spec or "pulse_min_us" in spec or "pulse_max_us" in spec:
        channel = spec.get("channel")
        if type(channel) is not int or not 0 <= channel <= 23:
            c.add(c.line_of(spec, "channel"), f"{where}: 'channel' must be a whole number "
                  "0..23 (the servo controller's channel)")
            return None
        pmin = c.number(spec, "pulse_min_us", where)
        pmax = c.number(spec, "pulse_max_us", where)
        if pmin is None or pmax is None:
            return None
        if not 400 <= pmin < pmax <= 2600:
            c.add(c.line_of(spec, "pulse_min_us"), f"{where}: pulses must satisfy 400 <= "
                  "pulse_min_us < pulse_max_us <= 2600 (use invert: true to reverse)")
            return None
        invert = spec.get("invert", False)
        if not isinstance(invert, bool):
            c.add(c.line_of(spec, "invert"), f"{where}: 'invert' must be true or false")
            return None
        cal = Calibration(channel, pmin, pmax, invert)
    return Joint(name, lo, hi, speed, rest, cal)


# --- gestures.yaml ----------------------------------------------------------------------

def load_gestures(robot: RobotDef, path: str | Path | None = None) -> dict[str, GestureDef]:
    """Read gestures.yaml and check every gesture against the robot: known joints, every
    keyframe within limits, every segment within maximum speed, ending at rest."""
    path = Path(path) if path else hardware_dir() / "gestures.yaml"
    data = _read(path)
    c = _Checker(path)
    raw = c.mapping(data, "gestures", "one entry per gesture")
    c.done()
    assert raw is not None
    gestures: dict[str, GestureDef] = {}
    for name, spec in raw.items():
        line = c.line_of(raw, name)
        where = f"gesture '{name}'"
        if not isinstance(name, str) or not NAME_RE.fullmatch(name):
            c.add(line, f"{where}: use lower-case letters, digits and _")
            continue
        if not isinstance(spec, _Map):
            c.add(line, f"{where}: expected description: and keyframes:")
            continue
        # description_fi: the learner's words for it, read and linted by the runtime
        # (valkky.lesson.references); the robot moves without them
        c.unknown_keys(spec, ("description", "description_fi", "keyframes"), where)
        description = spec.get("description")
        if not isinstance(description, str) or not description.strip():
            c.add(line, f"{where}: give it a description:")
        frames = _keyframes(c, robot, spec, where)
        if frames is None:
            continue
        gesture = GestureDef(name, str(description or ""), frames, line)
        problem = check(gesture, robot)
        if problem:
            c.add(line, f"{where}: {problem.split(': ', 1)[1]}")
            continue
        end = resolve(gesture, robot)[-1][1]
        off = [j for j, deg in end.items()
               if abs(deg - robot.joints[j].rest_deg) > REST_TOLERANCE_DEG]
        if off:
            c.add(line, f"{where}: does not end at rest ({', '.join(off)}); end with "
                  "a keyframe that has rest: true")
            continue
        gestures[name] = gesture
    c.done()
    return gestures


def _keyframes(c: _Checker, robot: RobotDef, spec: _Map, where: str
               ) -> tuple[Keyframe, ...] | None:
    raw = spec.get("keyframes")
    if not isinstance(raw, list) or not raw:
        c.add(c.line_of(spec, "keyframes"), f"{where}: expected a list of keyframes:")
        return None
    frames = []
    last_t = 0.0
    ok = True
    for i, item in enumerate(raw, 1):
        at = f"{where} keyframe {i}"
        if not isinstance(item, _Map):
            c.add(c.line_of(spec, "keyframes"), f"{at}: expected {{t:, joints:}}")
            ok = False
            continue
        c.unknown_keys(item, ("t", "joints", "rest"), at)
        t = c.number(item, "t", at)
        if t is not None and t <= last_t:
            c.add(item.line, f"{at}: t must be later than {last_t:g} s")
            t = None
        rest = item.get("rest", False)
        if not isinstance(rest, bool):
            c.add(c.line_of(item, "rest"), f"{at}: 'rest' must be true or false")
        joints = item.get("joints", {} if rest else None)
        if not isinstance(joints, dict):
            c.add(item.line, f"{at}: expected joints: {{name: degrees}} or rest: true")
            ok = False
            continue
        angles = {}
        for jname in joints:
            joint = robot.joints.get(jname) if isinstance(jname, str) else None
            if joint is None:
                near = difflib.get_close_matches(str(jname), list(robot.joints), 1)
                hint = f"; did you mean '{near[0]}'?" if near else ""
                c.add(c.line_of(joints, jname), f"{at}: unknown joint '{jname}'{hint}")
                ok = False
                continue
            deg = c.number(joints, jname, at)
            if deg is not None and not joint.min_deg <= deg <= joint.max_deg:
                c.add(c.line_of(joints, jname), f"{at}: {jname} {deg:g}° is outside its "
                      f"limits {joint.min_deg:g}..{joint.max_deg:g}°")
                deg = None
            if deg is None:
                ok = False
            else:
                angles[jname] = deg
        if t is None or not isinstance(rest, bool):
            ok = False
            continue
        frames.append(Keyframe(t, angles, rest))
        last_t = t
    return tuple(frames) if ok else None


def load_hardware(folder: str | Path | None = None) -> tuple[RobotDef, dict[str, GestureDef]]:
    """robot.yaml and gestures.yaml from ``folder`` (default: the hardware folder)."""
    base = Path(folder) if folder else hardware_dir()
    robot = load_robot(base / "robot.yaml")
    return robot, load_gestures(robot, base / "gestures.yaml")


def gesture_names(path: str | Path | None = None) -> set[str]:
    """The gesture names in gestures.yaml, without checking them (cheap, for lint)."""
    import yaml

    path = Path(path) if path else hardware_dir() / "gestures.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise HardwareError([f"{path}: cannot read: {exc}"]) from None
    entries = data.get("gestures") if isinstance(data, dict) else None
    if not isinstance(entries, dict):
        raise HardwareError([f"{path}:1: expected a top-level 'gestures:' mapping"])
    return {str(name) for name in entries}
