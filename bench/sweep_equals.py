"""Forms a trainer treats alike, swept over every bundled step (issue 12, judge41): where the
judge takes one and turns down its equal. Each answer is an accepted answer with one part
said another way:

- number: a number, time, decimal, temperature, amount, ordinal or phone number the answer
  says, written as learners type it (``14.30``, ``14:30``, ``1430``, ``klo 14``, ``2,5``,
  ``2.5``, ``-2``, ``10 %``, ``5 kg``, ``2.``, the groups of a phone number moved); the
  ``number other`` kind says another value the same ways, which must stay wrong;
- reply: a short reply of a group a trainer treats as one (agreeing, greeting, thanks,
  farewell) swapped for another of its group; ``reply other`` swaps a yes for ``ei`` and a
  greeting for a farewell (never right where the other was asked);
- join: the two parts of a sequence answer ("ensin X, sitten Y") joined otherwise (``ja``,
  ``ja sitten``, ``sitten``, ``sen jälkeen``, ``,``); ``join other`` says them the other way
  round.

A "same" kind should be correct where the accepted answer is (a step that leaves a member
out on purpose keeps it out: read the list); an "other" kind must not be correct. Prints the
counts by kind and verdict and each "same" answer not correct and each "other" answer
correct; ``--out FILE`` keeps the verdicts, ``--before FILE`` (main's, say) prints what moved.

    .venv/bin/python -m bench.sweep_equals --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from functools import lru_cache

from valkky.judge import finnish, lexicon
from valkky.judge.number_words import cardinal, ordinal
from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the steps as the tests read them
from bench.sweep_mistakes import judged, keep_and_compare, sweep_flags
from tests.judge.agreement import tasks

_CLOCK = ("kello", "klo")
_PUNCT = ".,!?;:"


@lru_cache(maxsize=1)
def _values() -> dict[str, int]:
    """A number's words → its value, 0 … 1000 (with its spoken forms' standard spelling)."""
    return {cardinal(n): n for n in range(1001)}


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    return {ordinal(n): n for n in range(1, 32)}


@lru_cache(maxsize=1)
def _unit_shorts() -> dict[str, tuple[str, ...]]:
    """A unit's word after a number → how learners type it ("kiloa" → "kg", "5kg")."""
    out: dict[str, tuple[str, ...]] = {}
    for short, forms in lexicon.get().units.items():
        for f in forms:
            out.setdefault(f, (short,))
    out["prosenttia"] = ("%", "pros")
    out["astetta"] = ("astetta", "°C", "c")
    return out


def _words(text: str) -> list[str]:
    return text.casefold().replace(",", " , ").split()


def _join(words: list[str]) -> str:
    return " ".join(words).replace(" , ", ", ")


def _time_forms(h: int, m: int) -> Iterator[str]:
    mm = f"{m:02d}"
    yield from (f"{h}.{mm}", f"{h}:{mm}", f"klo {h}.{mm}", f"kello {h}:{mm}", f"{h} {mm}",
                f"{h}{mm}", f"kello {h}{mm}", f"klo {h}{mm}")
    if m == 0:
        yield from (f"klo {h}", f"kello {h}")


def number_forms(accepted: str, taken: frozenset[int] = frozenset()
                 ) -> Iterator[tuple[str, str]]:
    """(same or other, answer): ``accepted`` with a number it says in digits; no other
    time at an hour in ``taken`` (the hours the step's answers name, ``_hours_named``)."""
    words = _words(accepted)
    values, ordinals, units = _values(), _ordinals(), _unit_shorts()
    bare = [w.strip(_PUNCT) for w in words]
    i = 0
    while i < len(bare):
        w = bare[i]
        before, after = words[:i], words[i + 1:]
        if w in _CLOCK and i + 1 < len(bare) and bare[i + 1] in values \
                and values[bare[i + 1]] < 24:
            h = values[bare[i + 1]]
            m, end = 0, i + 2
            if end < len(bare) and bare[end] in values and 0 < values[bare[end]] < 60:
                m, end = values[bare[end]], end + 1
            elif bare[end:end + 2] == ["nolla", "nolla"]:  # "kello yksitoista nolla nolla"
                end += 2
            rest = words[end:]
            for kind, (hh, mm) in (("same", (h, m)), ("other", ((h + 1) % 24, m)),
                                   ("other", (h, (m + 15) % 60))):
                if kind == "other" and hh in taken:
                    continue  # another answer's hour ("kello yksi" is 13.00; "kolmelta")
                for form in _time_forms(hh, mm):
                    yield kind, _join([*before, form, *rest])
            i = end
            continue
        if w == "miinus" and i + 1 < len(bare) and bare[i + 1] in values:
            n, rest = values[bare[i + 1]], words[i + 2:]
            for form in (f"-{n}", f"−{n}", f"- {n}"):
                yield "same", _join([*before, form, *rest])
            if rest and rest[0].strip(_PUNCT) == "astetta":
                yield "same", _join([*before, bare[i + 1], "astetta pakkasta", *rest[1:]])
                yield "same", _join([*before, str(n), "astetta pakkasta", *rest[1:]])
                yield "other", _join([*before, bare[i + 1], "astetta lämmintä", *rest[1:]])
            for form in (f"{n}", f"+{n}", f"-{n + 1}", f"plus {n}"):
                yield "other", _join([*before, form, *rest])
            i += 2
            continue
        if w in values and i + 2 < len(bare) and bare[i + 1] == "pilkku" and bare[i + 2] in values:
            a, b, rest = values[w], values[bare[i + 2]], words[i + 3:]
            for form in (f"{a},{b}", f"{a}.{b}"):
                yield "same", _join([*before, form, *rest])
            for form in (f"{a},{b + 1}", f"{a + 1}.{b}", f"{a}"):
                yield "other", _join([*before, form, *rest])
            i += 3
            continue
        if w in values and w != "yksi":  # "yksi" is also "one (of them)": "yksi kerrallaan"
            n = values[w]
            unit = bare[i + 1] if i + 1 < len(bare) else ""
            for kind, v in (("same", n), ("other", n + 1)):
                yield kind, _join([*before, str(v), *after])
                for short in units.get(unit, ()):
                    yield kind, _join([*before, f"{v} {short}", *words[i + 2:]])
                    if short in ("%", "kg"):
                        yield kind, _join([*before, f"{v}{short}", *words[i + 2:]])
            if unit == "prosenttia":
                yield "same", _join([*before, w, "%", *words[i + 2:]])
        if w in ordinals and i + 1 < len(bare) and bare[i + 1].isalpha():
            n = ordinals[w]
            yield "same", _join([*before, f"{n}.", *after])
            yield "other", _join([*before, f"{n + 1}.", *after])
        i += 1
    digits = re.sub(r"\D", "", accepted)
    if re.search(r"\b0\d{2}[\s-]?\d", accepted) and len(digits) >= 7:
        span = re.search(r"0\d[\d\s-]*\d", accepted)
        assert span is not None
        head, tail = accepted[:span.start()], accepted[span.end():]
        for form in (digits, f"{digits[:3]} {digits[3:]}", f"{digits[:3]}-{digits[3:]}",
                     " ".join(digits[k:k + 2] for k in range(0, len(digits), 2)),
                     f"{digits[:3]} {digits[3:6]} {digits[6:]}",
                     f"{digits[:3]} {digits[3:7]} {digits[7:]}".strip()):
            yield "same", f"{head}{form}{tail}"
        other = digits[:-1] + str((int(digits[-1]) + 1) % 10)
        yield "other", f"{head}{other}{tail}"
        yield "other", f"{head}{other[:3]} {other[3:]}{tail}"


AGREE = ("okei", "ok", "okay", "selvä", "joo", "juu", "kyllä", "jep")
GREET = ("hei", "moi", "moikka", "terve", "moro", "päivää")
FAREWELL = ("hei hei", "moi moi", "näkemiin", "nähdään")
THANKS = ("kiitos", "kiitti", "kiitos paljon")
_GROUPS = (AGREE, GREET, FAREWELL, THANKS)
# the swaps that say another thing: a no for a yes, a farewell for a greeting
_OTHERS = {AGREE: ("ei",), GREET: ("hei hei", "näkemiin")}


def reply_swaps(accepted: str) -> Iterator[tuple[str, str]]:
    """(same or other, answer): ``accepted`` with a short reply it holds swapped."""
    words = _words(accepted)
    bare = [w.strip(_PUNCT) for w in words]
    for group in _GROUPS:
        for member in sorted(group, key=lambda g: -len(g.split())):
            n = len(member.split())
            for i in range(len(bare) - n + 1):
                if " ".join(bare[i:i + n]) != member:
                    continue
                if n == 1 and member in ("hei", "moi", "kiitos") and (
                        (i + 1 < len(bare) and bare[i + 1] in (member, "paljon")) or
                        (i and bare[i - 1] == member)):
                    continue  # part of "hei hei", "kiitos paljon": swapped whole
                tail = words[i + n - 1][len(bare[i + n - 1]):]  # its punctuation
                before, after = words[:i], words[i + n:]
                for other in group:
                    if other != member:
                        yield "same", _join([*before, other + tail, *after])
                for other in _OTHERS.get(group, ()):
                    yield "other", _join([*before, other + tail, *after])
            if any(" ".join(bare[i:i + n]) == member for i in range(len(bare) - n + 1)):
                break  # the longest member found: no shorter one inside it


JOINERS = (" ja ", " ja sitten ", " sitten ", " sen jälkeen ", ", ", ", sitten ",
           ", ja sitten ")
_SPLIT = re.compile(r"(,\s*ja sitten|,\s*sitten|\s+ja sitten|,\s*sen jälkeen|\s+sen jälkeen|"
                    r"\s+sitten)\s+")


def joins(accepted: str) -> Iterator[tuple[str, str]]:
    """(same or other, answer): a sequence answer's two parts joined otherwise."""
    text = accepted.casefold().strip().rstrip(".!")
    parts = _SPLIT.split(text)
    if len(parts) != 3:
        return
    first, _, second = parts
    lead = "ensin " if first.startswith("ensin ") else ""
    first = first.removeprefix("ensin ").strip()
    for joiner in JOINERS:
        yield "same", f"{lead}{first}{joiner}{second}"
        if lead:
            yield "same", f"{first}{joiner}{second}"
    yield "other", f"{lead}{second}, sitten {first}"


_MAKERS = (("number", number_forms), ("reply", reply_swaps), ("join", joins))


def _hours_named(accept: Sequence[str]) -> frozenset[int]:
    """The hours the step's answers name, after a clock word or as "kolmelta", on either
    half of the day ("kello yksi" is also 13.00)."""
    values = _values()
    hours: set[int] = set()
    for a in accept:
        bare = [w.strip(_PUNCT) for w in _words(a)]
        for i, w in enumerate(bare):
            if i and bare[i - 1] in _CLOCK and w in values:
                hours.add(values[w])
            elif w.endswith(("lta", "ltä")):
                hours.update(values[b] for b in finnish.base_forms(w) if b in values)
    return frozenset(h % 24 for hour in hours if hour <= 12 for h in (hour, hour + 12))


def calls() -> list[tuple[str, str, str]]:
    """(kind, step, answer), each answer once per step, not an accepted answer itself."""
    out: dict[tuple[str, str], str] = {}
    for step, (task, _) in sorted(tasks().items()):
        if task.open:
            continue
        own = {a.casefold().strip().rstrip(".!") for a in task.accept}
        taken = _hours_named(task.accept)
        made = [(f"{name} {kind}", answer) for name, make in _MAKERS for accepted in task.accept
                for kind, answer in (number_forms(accepted, taken) if make is number_forms
                                     else make(accepted))]
        # an "other" that another accepted answer says (the same time, said otherwise) is none
        said = own | {a.strip().rstrip(".!") for k, a in made if not k.endswith("other")}
        for kind, answer in made:
            if answer.strip().rstrip(".!") in (said if kind.endswith("other") else own):
                continue
            out.setdefault((step, answer), kind)
    return [(kind, step, answer) for (step, answer), kind in out.items()]


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    made = calls()
    now, count = judged(made)
    kinds = sorted({k for k, _ in count})
    for kind in kinds:
        print(f"{kind}: " + ", ".join(f"{v} {count[kind, v]}" for v in
                                       ("correct", "almost", "wrong") if count[kind, v]))
    for kind, step, answer in made:
        v = now[f"{step} | {answer}"]
        if (kind.endswith("same") and v != "correct") or (kind.endswith("other")
                                                           and v == "correct"):
            print(f"  {kind} {v}: {step} | {answer}")
    keep_and_compare(now, args.out, args.before)


if __name__ == "__main__":
    main()
