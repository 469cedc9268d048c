"""The shared Finnish lexicon: lessons/lexicon/*.yaml, read once, used by every lesson.

Synonyms and colloquial words (imuri ~ pölynimuri, pomo ~ esimies), phrases said for one
another (autatko ~ voitko auttaa), spoken forms (oon = olen), abbreviations and units
("30 min"), hesitations, frame words and polite extras. A trainer extends the files; `valkky
lint` checks them (``problems``) and tests/judge tries every entry as an answer.

Applied to the learner's answer and the accepted answers alike: spoken forms inside
``normalise.normalise``; units, short words and phrases in ``normalise.canonical``; a word
of a synonym group in the form of an accepted answer's word becomes that word (``toward``),
so the rest of the judge compares answers as if the trainer had written every synonym out.
What needs normalised text (``canonical``) lives in ``normalise``, which reads the lexicon
from here: this module never imports ``normalise``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from valkky.errors import Problem
from valkky.judge import finnish, sizes

FILES = ("synonyms.yaml", "spoken.yaml", "abbreviations.yaml", "fillers.yaml", "distinct.yaml",
         "people.yaml")
_WORD = re.compile(r"^[a-zåäö]+$")
_PHRASE = re.compile(r"^[a-zåäö]+( [a-zåäö]+)*$")


@dataclass(frozen=True)
class Lexicon:
    spoken: dict[str, str]  # spoken form → standard, one word → one or more
    hesitations: frozenset[str]
    frame: frozenset[str]  # words around an answer that change nothing: se, on, no…
    polite: frozenset[str]  # polite extras: kiitos, ihan, vaan…
    order: frozenset[str]  # words whose place carries the meaning: ennen, jälkeen…
    greetings: frozenset[str]  # greetings and thanks, which may name whom they greet
    courtesies: tuple[str, ...]  # fixed phrases with ei/älä/voi that say no no: ei hätää…
    pleasantries: tuple[str, ...]  # said on meeting beside any answer: hauska tavata…
    acknowledgements: frozenset[str]  # "selvä" before an answer, where the step says none
    reason_unknown: tuple[str, ...]  # "en tiedä miksi" after a report that gives no reason
    reason_words: frozenset[str]  # words that give a reason: koska, takia…
    words: tuple[tuple[str, ...], ...]  # groups of base forms, the standard first
    phrases: tuple[tuple[str, ...], ...]  # groups of word sequences, the standard first
    kinds: frozenset[str]  # compounds whose head alone is another thing: pyörätuoli
    reasons: dict[str, frozenset[str]]  # one reason said of oneself: ill → sairas, flunssa…
    opposites: tuple[frozenset[str], ...]  # pairs of base forms, one another meaning: ehjä, rikki
    units: dict[str, tuple[str, str]]  # after yksi, after other numbers
    short: dict[str, str]  # abbreviations said in full anywhere
    symbols: dict[str, str]  # a sign typed for a unit: € → e (then said as the unit)
    distinct: frozenset[str] = frozenset()  # things not to confuse with a near word: veri, vety
    # social acts, each its fixed phrases: thanks → kiitos…, welcome → ole hyvä, ei kestä…
    acts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # people at work, by base form: whose trade is mending, the departments that mend,
    # workmates (people.yaml)
    repairers: frozenset[str] = frozenset()
    services: frozenset[str] = frozenset()
    workmates: frozenset[str] = frozenset()


def lexicon_dir() -> Path:
    """The lessons folder's lexicon/, or the bundled one where the lessons have none."""
    from valkky.paths import lessons_dir, shipped_dir

    own = lessons_dir() / "lexicon"
    return own if own.is_dir() else shipped_dir("lessons") / "lexicon"


def read(folder: Path) -> tuple[Lexicon, list[Problem]]:
    """The lexicon in ``folder`` and every problem found in it (lint's view)."""
    import yaml

    # libyaml where PyYAML has it: the same values (the resolvers are PyYAML's own) in a
    # sixth of the time, and every process that judges reads these files first
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    problems: list[Problem] = []
    data: dict[str, dict[str, Any]] = {}
    for name in FILES:
        path = folder / name
        try:
            loaded = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or {}
        except OSError as exc:
            problems.append(Problem(str(path), 1, 1,
                                    f"cannot read the lexicon file: {exc.strerror or exc}"))
            loaded = {}
        except yaml.YAMLError as exc:  # where it is, as lint shows a lesson's (one line)
            mark = getattr(exc, "problem_mark", None)
            problem = getattr(exc, "problem", None) or "invalid YAML"
            problems.append(Problem(str(path), mark.line + 1 if mark else 1,
                                    mark.column + 1 if mark else 1,
                                    f"YAML syntax error in the lexicon file: {problem}"))
            loaded = {}
        if not isinstance(loaded, dict):
            problems.append(Problem(str(path), 1, 1, "a lexicon file is a mapping of sections"))
            loaded = {}
        data[name] = loaded

    def where(name: str, text: object) -> Problem:
        return Problem(str(folder / name), _line_of(folder / name, text), 1, "")

    def bad(name: str, text: object, message: str) -> None:
        p = where(name, text)
        problems.append(Problem(p.path, p.line, 1, message))

    def texts(name: str, key: str, value: object) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            bad(name, key, f"'{key}' must be a list of words")
            return []
        if any(isinstance(x, bool) for x in value):
            bad(name, key, f"a word in '{key}' is read as true or false (on, no, yes, off): "
                           "quote it ('on')")
        value = [x for x in value if isinstance(x, str)]
        out = []
        for x in value:
            x = x.strip().casefold()
            if not _PHRASE.match(x):
                bad(name, x, f"'{x}' in '{key}': lowercase Finnish words only")
            else:
                out.append(x)
        return out

    def known(name: str, allowed: set[str]) -> None:
        for key in data[name]:
            if key not in allowed:
                bad(name, key, f"unknown section '{key}' (known: {', '.join(sorted(allowed))})")

    known("synonyms.yaml", {"words", "phrases", "kinds", "reasons", "opposites"})
    known("spoken.yaml", {"forms"})
    known("abbreviations.yaml", {"units", "words", "symbols"})
    known("fillers.yaml", {"hesitations", "frame", "polite", "order", "greetings",
                           "courtesies", "pleasantries", "acknowledgements", "reason_unknown",
                           "reason_words", "acts"})
    known("distinct.yaml", {"words"})
    known("people.yaml", {"repairers", "services", "workmates"})

    groups: dict[str, list[tuple[str, ...]]] = {}
    seen: dict[str, str] = {}
    for section in ("words", "phrases"):
        raw = data["synonyms.yaml"].get(section) or []
        if not isinstance(raw, list):
            bad("synonyms.yaml", section, f"'{section}' must be a list of groups")
            raw = []
        groups[section] = []
        for group in raw:
            members = texts("synonyms.yaml", section, group)
            if len(members) < 2:
                bad("synonyms.yaml", members[0] if members else section,
                    f"a group in '{section}' needs two members or more")
                continue
            for x in members:
                if section == "words" and " " in x:
                    bad("synonyms.yaml", x, f"'{x}' is a phrase: put it under 'phrases'")
                if x in seen:
                    bad("synonyms.yaml", x, f"'{x}' is in two groups (also with '{seen[x]}')")
                seen[x] = members[0]
            if section == "phrases":
                for a in members:
                    for b in members:
                        if a != b and f" {a} " in f" {b} ":
                            bad("synonyms.yaml", a, f"'{a}' is part of '{b}' in its group: "
                                f"'{b}' would be said twice")
            groups[section].append(tuple(members))

    reasons: dict[str, frozenset[str]] = {}
    raw_reasons = data["synonyms.yaml"].get("reasons") or {}
    if not isinstance(raw_reasons, dict):
        bad("synonyms.yaml", "reasons", "'reasons' maps a reason's name to its words")
        raw_reasons = {}
    for key, value in raw_reasons.items():
        members = texts("synonyms.yaml", str(key), value)
        for x in members:
            if " " in x:
                bad("synonyms.yaml", x, f"'{x}' in reason '{key}': one word (its base form)")
            elif any(x in r for r in reasons.values()):
                bad("synonyms.yaml", x, f"'{x}' is in two reasons")
        reasons[str(key)] = frozenset(x for x in members if " " not in x)

    opposites: list[frozenset[str]] = []
    raw_opposites = data["synonyms.yaml"].get("opposites") or []
    if not isinstance(raw_opposites, list):
        bad("synonyms.yaml", "opposites", "'opposites' must be a list of pairs")
        raw_opposites = []
    for value in raw_opposites:
        pair = texts("synonyms.yaml", "opposites", value)
        if len(pair) != 2 or len(set(pair)) != 2 or any(" " in x for x in pair):
            bad("synonyms.yaml", pair[0] if pair else "opposites",
                f"opposites {pair}: a pair of two words (their base forms)")
        elif frozenset(pair) in opposites:
            bad("synonyms.yaml", pair[0], f"opposites {pair} twice")
        else:
            opposites.append(frozenset(pair))

    spoken: dict[str, str] = {}
    forms = data["spoken.yaml"].get("forms") or {}
    if not isinstance(forms, dict):
        bad("spoken.yaml", "forms", "'forms' maps a spoken form to its standard form")
        forms = {}
    for key, value in forms.items():
        k, v = str(key).strip().casefold(), str(value or "").strip().casefold()
        if isinstance(key, bool) or isinstance(value, bool):
            bad("spoken.yaml", key, f"'{key}: {value}' is read as true or false: quote it")
        elif not _WORD.match(k) or not _PHRASE.match(v):
            bad("spoken.yaml", key, f"'{key}: {value}': one spoken word, standard words")
        elif k == v:
            bad("spoken.yaml", key, f"'{key}' is its own standard form")
        else:
            spoken[k] = v

    units: dict[str, tuple[str, str]] = {}
    for key, value in (data["abbreviations.yaml"].get("units") or {}).items():
        pair = texts("abbreviations.yaml", str(key), value)
        if len(pair) != 2:
            bad("abbreviations.yaml", key, f"unit '{key}': [form after yksi, form after others]")
        else:
            units[str(key).casefold()] = (pair[0], pair[1])
    short: dict[str, str] = {}
    for key, value in (data["abbreviations.yaml"].get("words") or {}).items():
        v = str(value or "").strip().casefold()
        if not _PHRASE.match(v):
            bad("abbreviations.yaml", key, f"'{key}' must be said in lowercase words")
        else:
            short[str(key).casefold()] = v
    symbols: dict[str, str] = {}
    for key, value in (data["abbreviations.yaml"].get("symbols") or {}).items():
        sign, unit = str(key), str(value or "").strip().casefold()
        if len(sign) != 1 or sign.isalnum() or sign.isspace():
            bad("abbreviations.yaml", key, f"symbol '{key}': one sign that is no letter")
        elif unit not in units:
            bad("abbreviations.yaml", key, f"symbol '{key}' stands for '{unit}', which is no "
                                           "unit of 'units'")
        else:
            symbols[sign] = unit

    distinct: set[str] = set()
    for x in texts("distinct.yaml", "words", data["distinct.yaml"].get("words")):
        if " " in x:
            bad("distinct.yaml", x, f"'{x}' in 'words': one word (its base form)")
        elif x in distinct:
            bad("distinct.yaml", x, f"'{x}' twice")
        distinct.add(x)

    people: dict[str, frozenset[str]] = {}
    for section in ("repairers", "services", "workmates"):
        members = texts("people.yaml", section, data["people.yaml"].get(section) or [])
        for x in members:
            if not _WORD.match(x):
                bad("people.yaml", x, f"'{x}' in '{section}': one word (its base form)")
            elif members.count(x) > 1:
                bad("people.yaml", x, f"'{x}' twice in '{section}'")
        people[section] = frozenset(x for x in members if _WORD.match(x))

    fillers = data["fillers.yaml"]
    acts: dict[str, tuple[str, ...]] = {}
    raw_acts = fillers.get("acts") or {}
    if not isinstance(raw_acts, dict):
        bad("fillers.yaml", "acts", "'acts' maps a social act to its fixed phrases")
        raw_acts = {}
    for key, value in raw_acts.items():
        acts[str(key)] = tuple(texts("fillers.yaml", str(key), value))
    lexicon = Lexicon(
        spoken=spoken,
        hesitations=frozenset(texts("fillers.yaml", "hesitations", fillers.get("hesitations"))),
        frame=frozenset(texts("fillers.yaml", "frame", fillers.get("frame"))),
        polite=frozenset(texts("fillers.yaml", "polite", fillers.get("polite"))),
        order=frozenset(texts("fillers.yaml", "order", fillers.get("order"))),
        greetings=frozenset(texts("fillers.yaml", "greetings", fillers.get("greetings"))),
        courtesies=tuple(texts("fillers.yaml", "courtesies", fillers.get("courtesies"))),
        pleasantries=tuple(texts("fillers.yaml", "pleasantries",
                                 fillers.get("pleasantries") or [])),
        acknowledgements=frozenset(texts("fillers.yaml", "acknowledgements",
                                         fillers.get("acknowledgements") or [])),
        reason_unknown=tuple(texts("fillers.yaml", "reason_unknown",
                                   fillers.get("reason_unknown") or [])),
        reason_words=frozenset(texts("fillers.yaml", "reason_words",
                                     fillers.get("reason_words") or [])),
        words=tuple(groups["words"]), phrases=tuple(groups["phrases"]),
        kinds=frozenset(texts("synonyms.yaml", "kinds",
                              data["synonyms.yaml"].get("kinds") or [])), reasons=reasons,
        opposites=tuple(opposites),
        units=units,
        short=short, symbols=symbols, distinct=frozenset(x for x in distinct if " " not in x),
        acts=acts, repairers=people["repairers"], services=people["services"],
        workmates=people["workmates"])
    return lexicon, problems


def _line_of(path: Path, text: object) -> int:
    """The first line of ``path`` that mentions ``text`` (for lint's messages)."""
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if str(text) in line:
                return number
    except OSError:
        pass
    return 1


def get() -> Lexicon:
    """The lexicon, read once (problems are lint's business: what can be read is used)."""
    return _read_once()


# Not get() itself: a module reading get() at import inside the import cycle through
# number_words must see its declared type, which mypyc's type check cannot infer there.
@lru_cache(maxsize=1)
def _read_once() -> Lexicon:
    return read(lexicon_dir())[0]


def problems(folder: Path | None = None) -> list[Problem]:
    """What `valkky lint` reports about the lexicon files."""
    return read(folder or lexicon_dir())[1]


# -- word groups: one word for another in the same form ---------------------------------------

_MORPH_KEYS = ("SIJAMUOTO", "NUMBER", "PERSON", "MOOD", "TENSE", "NEGATIVE", "PARTICIPLE")
# Case endings for colloquial words no dictionary knows (jakari, rälläkkä, pumppari).
_ENDINGS = {"n": "omanto", "a": "osanto", "ta": "osanto", "lla": "ulkoolento",
            "lle": "ulkotulento", "lta": "ulkoeronto", "ssa": "sisaolento",
            "sta": "sisaeronto", "ksi": "tulento", "na": "olento"}
_PLURAL = {"t": "nimento", "illa": "ulkoolento", "ille": "ulkotulento", "ilta": "ulkoeronto",
           "issa": "sisaolento", "ista": "sisaeronto", "ita": "osanto", "ja": "osanto",
           "ihin": "sisatulento", "iin": "sisatulento", "en": "omanto", "iden": "omanto"}
_BASE = "base"  # the base form itself: okei ~ okay, whatever their word class
Morph = tuple[str | None, ...] | str


@lru_cache(maxsize=1)
def _groups() -> dict[str, int]:
    return {m: i for i, group in enumerate(get().words) for m in group}


def group_of(word: str) -> tuple[str, ...]:
    """The word group ``word`` is in (one at most: `read` reports a word in two), or ()."""
    i = _groups().get(word)
    return () if i is None else get().words[i]


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """How each group member's inflected forms begin: all but its last three letters, two
    to four of them (consonant gradation changes only the end of the stem: peti, pedissä;
    kipsilevy, kipsilevyjä), so that few words need Voikko to be found in no group."""
    return frozenset(m[:_head_length(m)] for m in _groups())


def _head_length(member: str) -> int:
    return max(2, min(4, len(member) - 3))


def _may_be_in_group(word: str) -> bool:
    heads = _heads()
    return word[:2] in heads or word[:3] in heads or word[:4] in heads


@lru_cache(maxsize=1)
def _colloquial() -> dict[str, tuple[str, Morph]]:
    """Inflected forms of the group members Voikko does not know: jakarilla, rälläkällä."""
    forms: dict[str, tuple[str, Morph]] = {}
    for group in get().words:
        for m in group:
            if finnish.is_word(m):
                continue
            back = any(c in m for c in "aou")
            stems = {m, _weak(m)}
            for stem in stems:
                for ending, case in _ENDINGS.items():
                    forms.setdefault(stem + _harmony(ending, back),
                                     (m, (case, "singular", None, None, None, None, None)))
                if m[-1] in "aeiouyäö":  # illative: jakariin, rälläkkään
                    forms.setdefault(m + m[-1] + "n",
                                     (m, ("sisatulento", "singular", None, None, None, None,
                                          None)))
                plural_stem = stem[:-1] + "e" if stem.endswith("i") else stem
                for ending, case in _PLURAL.items():
                    base = stem if ending == "t" else plural_stem
                    forms.setdefault(base + _harmony(ending, back),
                                     (m, (case, "plural", None, None, None, None, None)))
    return forms


def _harmony(ending: str, back: bool) -> str:
    return ending if back else ending.translate(str.maketrans("aou", "äöy"))


def _weak(word: str) -> str:
    """The weak grade of a final double stop: rälläkkä → rälläkä (rälläkällä)."""
    for strong in ("kk", "pp", "tt"):
        i = word.rfind(strong)
        if i > 0 and i >= len(word) - 3:
            return word[:i] + word[i + 1:]
    return word


@lru_cache(maxsize=8192)
def forms(word: str) -> frozenset[tuple[str, Morph]]:
    """(base form, inflection) of ``word`` for each reading in a synonym group."""
    groups = _groups()
    if not groups or not _may_be_in_group(word):  # an inflected form begins as its base does
        return frozenset()
    out: set[tuple[str, Morph]] = set()
    if word in groups:
        out.add((word, _BASE))
    if finnish.voikko() is not None:
        for a in finnish.analyses(word):
            base = a.get("BASEFORM", "").casefold()
            if base in groups:
                out.add((base, _BASE if base == word else
                         tuple(a.get(k) for k in _MORPH_KEYS)))
    colloquial = _colloquial().get(word)
    if colloquial is not None:
        out.add(colloquial)
    return frozenset(out)


def equivalent(expected: str, heard: str) -> str | None:
    """"same" for a synonym in the same form (pomolle for esimiehelle), "form" for a
    synonym in another form (pomo for esimiehelle), None otherwise."""
    if expected == heard or not _may_be_in_group(expected):
        return None  # (forms() would find none for expected: heard is not analysed)
    heard_forms = forms(heard)  # first: a heard word is most often in none (and known)
    if not heard_forms:
        return None
    groups = _groups()
    found = None
    for le, me in forms(expected):
        for lh, mh in heard_forms:
            if le != lh and groups[le] == groups[lh]:
                if me == mh:
                    return "same"
                found = "form"
    return found


@lru_cache(maxsize=1)
def _caseless() -> frozenset[str]:
    """Words the judge writes for what was typed without a case: units after a number and
    ordinals written as digits ("3. kerroksessa": kolmas)."""
    from valkky.judge.number_words import day_ordinals  # (it reads this module)

    return frozenset({form for pair in get().units.values() for form in pair} | day_ordinals())


@lru_cache(maxsize=1)
def _counts() -> frozenset[str]:
    """Counts written in digits: they have no case either ("15 minuutin kuluttua" may be
    "viidentoista minuutin kuluttua"), though only where that makes an accepted answer."""
    from valkky.judge.number_words import cardinals  # (it reads this module)

    return frozenset(cardinals()[2:])


def caseless_variants(words: Sequence[str], vocabulary: Iterable[str], counts: bool = False,
                      also: frozenset[str] = frozenset()) -> list[list[str]]:
    """A unit or an ordinal written short has no case: the heard words with each such word
    in the form of an accepted answer's word of the same lemma ("viisitoista minuuttia
    päästä", from "15 min päästä", may be "viisitoista minuutin päästä"; "kolmas
    kerroksessa", from "3. kerroksessa", "kolmannessa kerroksessa"; "yksi tunti", from
    "1 h", "tunnin"), and the words in ``also`` (weekdays written short: "su 14.12."). The
    first variant is the words as they are; at most 16."""
    caseless = (_caseless() | _counts() if counts else _caseless()) | also
    if not caseless.intersection(words):
        return [list(words)]
    vocab = sorted(set(vocabulary))
    variants: list[list[str]] = [[]]
    for i, w in enumerate(words):
        options = [[w]]
        if w in caseless:  # (a form of it starts as it does: kaksi, kahden; tunti, tunnin)
            forms = [v for v in vocab if v[:2] == w[:2] and v != w and finnish.same_lemma(v, w)]
            options += [[v] for v in forms]
        grown = []
        for head in variants:
            for option in options:
                grown.append(head + option)
                if option != [w] and head and head[-1] == "yksi" and i and \
                        words[i - 1] == "yksi":
                    grown.append(head[:-1] + option)  # "1 h" = "tunnin"
        variants = grown[:16]
    return variants


@lru_cache(maxsize=sizes.STEPS)
def step_candidates(vocabulary: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A step's accepted words as a set, and those that may be in a group, in order: the
    same for every answer to the step, so worked out once."""
    return frozenset(vocabulary), tuple(e for e in vocabulary if _may_be_in_group(e))


_MIN_PART = 3  # letters of a compound's part: "hätäseis|nappi", not "h|ätäseisnappi"


@lru_cache(maxsize=sizes.STEPS)
def step_fronts(vocabulary: tuple[str, ...]) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """A step's accepted words as a set, and by their first ``_MIN_PART`` letters, in order:
    the only ones a compound said may share its front with (``compound_toward`` asks for
    each word heard), worked out once per step."""
    fronts: dict[str, list[str]] = {}
    for e in vocabulary:
        fronts.setdefault(e[:_MIN_PART], []).append(e)
    return frozenset(vocabulary), {k: tuple(v) for k, v in fronts.items()}


def head_equivalent(expected: str, heard: str) -> str | None:
    """``equivalent`` for the heads of two compounds with the same part in front: "same"
    for "hätäseisnappia" and "hätäseispainiketta" (nappi = painike), "form" for
    "hätäseisnappi" and "hätäseispainiketta"; None otherwise."""
    for k in range(_MIN_PART, min(len(heard), len(expected)) - _MIN_PART + 1):
        if heard[k - 1] != expected[k - 1]:
            return None
        if (found := equivalent(expected[k:], heard[k:])) is not None:
            return found
    return None


def compound_toward(words: Sequence[str], vocabulary: Iterable[str]) -> list[str]:
    """The heard words, a compound whose head is a synonym of an accepted compound's head,
    the part in front the same, replaced by that compound, also where the recogniser
    split it in two: "hätäseis nappia" → "hätäseispainiketta" (sets 10, 11)."""
    vocab, fronts = step_fronts(vocabulary if isinstance(vocabulary, tuple)
                                else tuple(vocabulary))
    # the commonest: no word but the accepted ones, nor two run together, begins as an
    # accepted word does
    begun = {w[:_MIN_PART] for w in words if w not in vocab}
    begun.update((a + b)[:_MIN_PART] for a, b in pairwise(words)
                 if len(a) < _MIN_PART and a not in vocab)
    if fronts.keys().isdisjoint(begun):
        return list(words)
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        pair = w + words[i + 1] if i + 1 < len(words) else None
        found = None
        if w not in vocab:
            for said, n in ((pair, 2), (w, 1)):
                # (the commonest: no accepted word with its front, nothing to ask)
                if said is None or (alike := fronts.get(said[:_MIN_PART])) is None:
                    continue
                found = next((e for e in alike
                              if e != said and head_equivalent(e, said) == "same"), None)
                if found is not None:
                    out.append(found)
                    i += n
                    break
        if found is None:
            out.append(w)
            i += 1
    return out


def toward(words: Sequence[str], vocabulary: Iterable[str]) -> list[str]:
    """The heard words, each synonym in an accepted answer's form replaced by that word:
    "otan imurin" with "otan pölynimurin" accepted → "otan pölynimurin"."""
    # in order (a set's would vary by process); judge() gives each word once, in order
    vocab, candidates = step_candidates(
        vocabulary if isinstance(vocabulary, tuple) else tuple(vocabulary))
    if not candidates:  # no accepted word can be in a group
        return list(words)
    out = list(words)
    grouped: list[str] | None = None  # the accepted words in a group, found when needed
    for i, w in enumerate(words):
        if w in vocab or not forms(w):
            continue
        if grouped is None:
            grouped = [e for e in candidates if forms(e)]
        for e in grouped:
            if equivalent(e, w) == "same":
                out[i] = e
                break
    return out
