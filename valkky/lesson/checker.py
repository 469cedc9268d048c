"""Validate a parsed lesson against the spec and build the typed model, collecting every problem.

The checker never stops at the first problem: a trainer fixing a file wants them all,
each on its own line. Whatever it cannot build it leaves out and carries on.
"""

from __future__ import annotations

import difflib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from valkky.errors import Problem
from valkky.lesson import model as m
from valkky.lesson import praise, spec
from valkky.lesson.spec import F
from valkky.lesson.yamlsource import Pos, Text, YList, YMap
from valkky.pictures import PREFIXES as PICTURES  # an image from the picture set

_ID = re.compile(spec.ID_PATTERN)
_LANG = re.compile(spec.LANG_PATTERN)
_LEVEL = re.compile(spec.LEVEL_PATTERN)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg")
_TRUE = {"true", "True", "TRUE", "yes", "Yes", "on", "On"}
_FALSE = {"false", "False", "FALSE", "no", "No", "off", "Off"}


@dataclass
class Library:
    """What a lesson refers to outside itself. ``None`` means "could not be checked"."""

    gestures: frozenset[str] | None = None
    professions: frozenset[str] | None = None
    # each gesture's Finnish words for the learner, read with the names (not checked by lint
    # of a lesson: only the gestures file's own check looks at them)
    gesture_words: dict[str, str] = field(default_factory=dict)


@dataclass
class Checker:
    path: str
    library: Library = field(default_factory=Library)
    problems: list[Problem] = field(default_factory=list)
    support: tuple[str, ...] = ()

    # -- reporting -------------------------------------------------------------------------

    def error(self, pos: Pos, message: str) -> None:
        self.problems.append(Problem(self.path, pos.line, pos.col, message))

    def warning(self, pos: Pos, message: str) -> None:
        self.problems.append(Problem(self.path, pos.line, pos.col, message, "warning"))

    def notice(self, pos: Pos, message: str) -> None:
        """Advice that needs no change to pass lint (a picture the word could have)."""
        self.problems.append(Problem(self.path, pos.line, pos.col, message, "notice"))

    def few(self, items: object, limit: int, name: str, pos: Pos) -> bool:
        """False (and an error) when a list or mapping has more than ``limit`` entries:
        checked before any entry is, so a huge list costs nothing more."""
        if isinstance(items, list | dict) and len(items) > limit:
            self.error(pos, f"{name} has {len(items)} entries; a lesson takes at most {limit} "
                            "(split it)")
            return False
        return True

    # -- objects ---------------------------------------------------------------------------

    def fields(self, obj: object, table: dict[str, F], what: str, pos: Pos,
               extra_keys: frozenset[str] = frozenset()) -> dict[str, Any] | None:
        """Check a mapping against a field table; return the converted values present."""
        if not isinstance(obj, YMap):
            self.error(pos, f"{what} must be a mapping of keys, not {describe(obj)}")
            return None
        out: dict[str, Any] = {}
        for key, value in obj.items():
            if key in table:
                converted = self.value(value, table[key], f"'{key}'", obj.where(key))
                if converted is not None:
                    out[key] = converted
            elif key not in extra_keys:
                self.error(obj.key_pos[key], _unknown_key(key, what, [*table, *extra_keys],
                                                          text_like=value is None))
        for key, f in table.items():
            if f.required and key not in obj:
                self.error(obj.pos, f"{what} lacks required key '{key}'")
        return out

    def value(self, value: object, f: F, name: str, pos: Pos) -> Any:
        """Convert one field's value by its kind; report and return None when it is wrong."""
        if value is None:
            if f.required:
                self.error(pos, f"{name} must not be empty")
            return None
        kind = f.kind
        if kind in ("text", "id", "level", "gesture", "image"):
            if not isinstance(value, Text):
                self.error(pos, f"{name} must be text, not {describe(value)}")
                return None
            return self._scalar_text(value, f, name, pos)
        if kind in ("int", "float"):
            return self._number(value, f, name, pos)
        if kind == "bool":
            if isinstance(value, Text) and value in _TRUE | _FALSE:
                return value in _TRUE
            self.error(pos, f"{name} must be true or false, not {describe(value)}")
            return None
        if kind == "texts":
            return self._texts(value, name, pos)
        if kind == "langs":
            return self._langs(value, name, pos)
        if kind == "hint":
            return self.translations(value, name, pos)
        if kind == "reaction":
            return self.reaction(value, name, pos)
        if kind == "show":
            return self.show(value, name, pos)
        if kind == "mistakes":
            return self._mistakes(value, name, pos)
        if kind == "rules":
            return self._rules(value, name, pos)
        if kind == "skills":
            return self._skills(value, name, pos)
        if kind == "review":
            return self._review(value, name, pos)
        if kind == "goto_if":
            got = self.fields(value, spec.GOTO_IF, "'if'", pos)
            return got.get("score_below") if got else None
        # vocab, steps and turns are containers the lesson builder walks itself.
        return value

    def _scalar_text(self, value: Text, f: F, name: str, pos: Pos) -> str | None:
        text = str(value).strip()
        if not text:
            self.error(pos, f"{name} must not be empty")
            return None
        if f.choices and text not in f.choices:
            self.error(pos, f"{name} must be one of: {', '.join(f.choices)} (not '{text}')")
            return None
        if f.kind == "id" and not _ID.match(text):
            self.error(pos, f"{name} '{text}' must be lowercase letters, digits and hyphens")
            return None
        if f.kind == "level" and not _LEVEL.match(text.replace("–", "-")):
            self.error(pos, f"{name} must be A1, A2, B1 or B2 (or a range like A1-A2), "
                            f"not '{text}'")
            return None
        if f.kind == "gesture" and self.library.gestures is not None \
                and text not in self.library.gestures:
            near = difflib.get_close_matches(text, sorted(self.library.gestures), 1)
            tip = f"; did you mean '{near[0]}'?" if near else ""
            self.error(pos, f"unknown gesture '{text}' (not in hardware/gestures.yaml){tip}")
            return None
        if f.kind == "image" and text.startswith(PICTURES):
            from valkky import pictures

            prefix = next(p for p in PICTURES if text.startswith(p))
            picture = pictures.find(text)
            if picture is None:
                if not pictures.available(prefix):
                    self.error(pos, f"image '{text}': the picture set is not installed "
                                    f"(pip install {pictures.PACKAGES[prefix]})")
                    return None
                name = text[len(prefix):]
                near = difflib.get_close_matches(name, pictures.names(prefix), 1)
                tip = f"; did you mean '{prefix}{near[0]}'?" if near else ""
                self.error(pos, f"image '{text}': no such picture in the picture set "
                                f"(docs/screen.md lists them){tip}")
                return None
            return str(picture)
        if f.kind == "image":
            folder = Path(self.path).parent.resolve()
            found = (folder / text).resolve()
            if not found.is_relative_to(folder) or found.suffix.lower() not in IMAGE_SUFFIXES:
                self.error(pos, f"image '{text}' must be an image file "
                                f"({', '.join(IMAGE_SUFFIXES)}) in the lesson's folder or "
                                "below it")
                return None
            if not found.is_file():
                self.error(pos, f"image '{text}' does not exist (looked for {found})")
                return None
            return str(found)
        return text.replace("–", "-") if f.kind == "level" else text

    def _number(self, value: object, f: F, name: str, pos: Pos) -> float | int | None:
        what = "a whole number" if f.kind == "int" else "a number"
        if not isinstance(value, Text) or not value.plain:
            self.error(pos, f"{name} must be {what}, not {describe(value)}")
            return None
        try:  # int() refuses over 4300 digits, and float() takes nan and inf: not numbers
            number: float | int = int(value) if f.kind == "int" else float(value)
            if not math.isfinite(number):
                raise ValueError(value)
        except ValueError:
            self.error(pos, f"{name} must be {what}, not {describe(value)}")
            return None
        if (f.min is not None and number < f.min) or (f.max is not None and number > f.max):
            self.error(pos, f"{name} must be between {_num(f.min)} and {_num(f.max)}, "
                            f"not {describe(value)}")
            return None
        return number

    def _texts(self, value: object, name: str, pos: Pos) -> tuple[str, ...] | None:
        items = [value] if isinstance(value, Text) else value
        if not isinstance(items, YList) and not isinstance(value, Text):
            self.error(pos, f"{name} must be a list of texts, not {describe(value)}")
            return None
        if not self.few(items, spec.MAX_LIST, name, pos):
            return None
        out = []
        seen: set[str] = set()
        for i, item in enumerate(cast(list[Any], items)):
            where = items.where(i) if isinstance(items, YList) else pos
            if not isinstance(item, Text) or not item.strip():
                self.error(where, f"{name} entries must be text, not {describe(item)}")
                continue
            key = item.strip().casefold()
            if key in seen:
                self.warning(where, f"'{item.strip()}' is listed twice in {name}")
                continue
            seen.add(key)
            out.append(item.strip())
        return tuple(out)

    def _rules(self, value: object, name: str, pos: Pos) -> tuple[str, ...] | None:
        names = self._texts(value, name, pos)
        if names is None:
            return None
        known = _known_rules()
        for rule in names:
            if rule not in known:
                near = difflib.get_close_matches(rule, known, 1)
                tip = f"; did you mean '{near[0]}'?" if near else \
                    f" (known: {', '.join(known)})"
                self.error(pos, f"{name}: '{rule}' is no judge rule a step can switch off{tip}")
        return tuple(r for r in names if r in known)

    def _skills(self, value: object, name: str, pos: Pos) -> tuple[str, ...] | None:
        names = self._texts(value, name, pos)
        if names is None:
            return None
        where = {str(item).strip(): value.where(i) for i, item in enumerate(value)
                 if isinstance(item, Text)} if isinstance(value, YList) else {}
        for skill in names:
            if skill not in spec.SKILLS:
                near = difflib.get_close_matches(skill.casefold(), spec.SKILLS, 1)
                tip = f"; did you mean '{near[0]}'?" if near else ""
                self.error(where.get(skill, pos), f"{name}: '{skill}' is not a skill "
                           f"(known: {', '.join(spec.SKILLS)}){tip}")
        return tuple(s for s in spec.SKILLS if s in names)  # in the known order

    def _review(self, value: object, name: str, pos: Pos) -> dict[str, str] | None:
        """Languages whose glosses and hints await a native speaker's review: a note each."""
        if not isinstance(value, YMap):
            self.error(pos, f"{name} must map a language code to a note "
                            f"({{so: native speaker review wanted}}), not {describe(value)}")
            return None
        out: dict[str, str] = {}
        for key, note in value.items():
            if not _LANG.match(key):
                self.error(value.key_pos[key], f"{name}: '{key}' is not a two-letter "
                                               "language code")
                continue
            if not isinstance(note, Text) or not note.strip():
                self.error(value.where(key), f"{name}: the note for '{key}' must not be "
                                             "empty (say what wants a review)")
                continue
            if self.support and key not in self.support:
                self.warning(value.key_pos[key], f"{name}: '{key}' is not in the lesson's "
                                                 "support languages")
            out[key] = note.strip()
        return out

    def _langs(self, value: object, name: str, pos: Pos) -> tuple[str, ...] | None:
        langs = self._texts(value, name, pos)
        if langs is None:
            return None
        good = []
        for lang in langs:
            if _LANG.match(lang):
                good.append(lang)
            else:
                self.error(pos, f"{name}: '{lang}' is not a two-letter language code (ISO 639-1)")
        return tuple(good)

    def translations(self, value: object, name: str, pos: Pos,
                     fixed: frozenset[str] = frozenset()) -> dict[str, str] | None:
        """A map language → text that must cover every support language."""
        if not isinstance(value, YMap):
            self.error(pos, f"{name} must map languages to texts (fi:, en:, …), "
                            f"not {describe(value)}")
            return None
        if not self.few(value, spec.MAX_LIST, name, pos):
            return None
        out: dict[str, str] = {}
        for key, text in value.items():
            if key in fixed:
                continue
            if not _LANG.match(key):
                if fixed:
                    continue  # the caller's field table reports it as an unknown key
                self.error(value.key_pos[key], f"{name}: '{key}' is not a two-letter language code")
                continue
            if not isinstance(text, Text) or not text.strip():
                self.error(value.where(key), f"{name}: the '{key}' text must not be empty")
                continue
            if key != "fi" and self.support and key not in self.support:
                self.warning(value.key_pos[key],
                             f"{name}: '{key}' is not in the lesson's support languages")
            out[key] = text.strip()
        missing = [lang for lang in self.support if lang not in out]
        if missing:
            self.error(value.pos, f"{name} lacks the support language(s): {', '.join(missing)}")
        return out

    def reaction(self, value: object, name: str, pos: Pos) -> m.Reaction | None:
        if isinstance(value, Text):
            text = value.strip()
            return m.Reaction(say=text) if text else None
        got = self.fields(value, spec.REACTION, name, pos)
        return m.Reaction(**got) if got is not None else None

    def show(self, value: object, name: str, pos: Pos) -> m.ShowSpec | None:
        if isinstance(value, Text):
            text = value.strip()
            return m.ShowSpec(text=text) if text else None
        got = self.fields(value, spec.SHOW, name, pos)
        if got is None:
            return None
        if not value:
            self.error(pos, f"{name} needs text or an image")
            return None
        return m.ShowSpec(**got)

    def _mistakes(self, value: object, name: str, pos: Pos) -> dict[str, m.Reaction] | None:
        if not isinstance(value, YMap):
            self.error(pos, f"{name} must map a wrong answer to its feedback, "
                            f"not {describe(value)}")
            return None
        if not self.few(value, spec.MAX_LIST, name, pos):
            return None
        out = {}
        for key, feedback in value.items():
            if isinstance(feedback, YMap):  # a reaction, with the mistake's own verdict
                got = self.fields(feedback, spec.MISTAKE, f"the feedback for '{key}'",
                                  value.where(key))
                if got is not None:
                    out[key.strip()] = m.Reaction(**got)
                    self._nearly_but_wrong(key, out[key.strip()], value.where(key))
                    if got.get("unsafe") and got.get("verdict") == "almost":
                        self.warning(value.where(key),
                                     f"the mistake '{key}' is called unsafe but judged almost: "
                                     "an unsafe answer is wrong (drop 'verdict: almost')")
                continue
            reaction = self.reaction(feedback, f"the feedback for '{key}'", value.where(key))
            if reaction is None and feedback is None:
                self.error(value.where(key), f"the feedback for '{key}' must not be empty")
            elif reaction is not None:
                out[key.strip()] = reaction
                self._nearly_but_wrong(key, reaction, value.where(key))
        return out

    def _nearly_but_wrong(self, key: str, reaction: m.Reaction, pos: Pos) -> None:
        """Feedback that says "nearly" on a mistake judged wrong: the learner hears one
        verdict and their progress records another."""
        said = praise.nearly_in(reaction.say or "")
        if said and reaction.verdict != "almost":
            self.warning(pos, f"the feedback for '{key}' says '{said}' (nearly right), but "
                              "the mistake is judged wrong: give it 'verdict: almost' "
                              "({say: '...', verdict: almost}), or open the feedback with "
                              "'Ei aivan.'")
        elif (praised := praise.praise_opens(reaction.say or "")) and \
                reaction.verdict != "almost":
            self.warning(pos, f"the feedback for '{key}' opens with '{praised}' (praise), but "
                              "the mistake is judged wrong: the learner hears praise while "
                              "their progress records wrong. Give it 'verdict: almost' "
                              "where it is half right, or open the feedback with 'Ei.' or "
                              "'Ei vielä.'")


def _known_rules() -> tuple[str, ...]:
    from valkky.judge.verdict import SWITCHABLE

    return SWITCHABLE


def _unknown_key(key: str, what: str, known: list[str], *, text_like: bool = False) -> str:
    near = difflib.get_close_matches(key, known, 1, 0.6)
    tip = f"; did you mean '{near[0]}'?" if near else f" (known: {', '.join(sorted(known))})"
    if text_like or " " in key.strip():  # {say: Hyvä, kiitos} splits at the comma
        tip += ("; a comma inside {...} ends the text: quote it ({say: 'Hyvä, kiitos'}) or "
                "write one key per line")
    return f"unknown key '{key}' in {what}{tip}"


def describe(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, YMap):
        return "a mapping"
    if isinstance(value, YList):
        return "a list"
    text = str(value)
    return f"'{text[:60]}…'" if len(text) > 60 else f"'{text}'"


def _num(x: float | None) -> str:
    return "" if x is None else (str(int(x)) if float(x).is_integer() else str(x))
