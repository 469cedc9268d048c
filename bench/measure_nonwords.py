"""Figures only (issue 12, judge51, kind 2): on every graded set, the answers the judge calls
correct that hold a word no dictionary knows one letter (or an umlaut) off a real word, after
the normaliser and the lexicon — how many a rule calling such a word a slip (almost) would
move, and how the trainer graded them. Never prints an answer.

Variants: ``any`` (any one-letter fix), ``inner`` (a fix before the last two letters, or
an umlaut: a dropped or lengthened spoken ending left aside), ``umlaut`` (an umlaut alone).

    PYTHONPATH=. .venv/bin/python -m bench.measure_nonwords
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from tests.judge.agreement import DATA, grade
from valkky.judge import finnish, lexicon
from valkky.judge.normalise import normalise

_LETTERS = "abcdefghijklmnopqrstuvwxyzäö"
_UMLAUTS = ({"a", "ä"}, {"o", "ö"}, {"u", "y"})
VARIANTS = ("any", "inner", "umlaut")


def _fixes(w: str) -> Iterator[tuple[str, str]]:
    """Every word one letter added, dropped, changed or two swapped from ``w``, with its
    kind: "umlaut" for a/ä, o/ö, u/y, else "any"."""
    for i in range(len(w) + 1):
        for c in _LETTERS:
            yield "any", w[:i] + c + w[i:]
    for i in range(len(w)):
        yield "any", w[:i] + w[i + 1:]
        for c in _LETTERS:
            if c != w[i]:
                yield ("umlaut" if {c, w[i]} in _UMLAUTS else "any"), w[:i] + c + w[i + 1:]
    for i in range(len(w) - 1):
        yield "any", w[:i] + w[i + 1] + w[i] + w[i + 2:]


def _inner(w: str, v: str) -> bool:
    n = next((i for i, (a, b) in enumerate(zip(w, v, strict=False)) if a != b),
             min(len(w), len(v)))
    return n < min(len(w), len(v)) - 2


def holds_a_nonword(answer: str, variant: str) -> bool:
    """Whether ``answer`` holds a word Voikko says is none, the lexicon holds none of, one
    fix of ``variant`` off a real word."""
    for w in normalise(answer).split():
        if len(w) < 4 or not w.isalpha() or finnish.is_word(w) is not False or \
                lexicon.forms(w):
            continue
        for kind, v in _fixes(w):
            if variant == "umlaut" and kind != "umlaut":
                continue
            if variant == "inner" and kind != "umlaut" and not _inner(w, v):
                continue
            if finnish.is_word(v):
                return True
    return False


def main() -> None:
    total: dict[str, Counter[str]] = {v: Counter() for v in VARIANTS}
    for name in sorted(p.name for p in DATA.glob("*.yaml")):
        right = [g for g in grade(name) if g.verdict == "correct"]
        parts = []
        for variant in VARIANTS:
            hit = Counter(g.trainer for g in right if holds_a_nonword(g.answer, variant))
            total[variant] += hit
            parts.append(f"{variant} {sum(hit.values())} (trainer correct {hit['correct']}, "
                         f"almost {hit['almost']}, wrong {hit['wrong']})")
        print(f"{name}: judge correct {len(right)}; " + "; ".join(parts), flush=True)
    for variant, hit in total.items():
        print(f"all sets, {variant}: {sum(hit.values())} (trainer correct {hit['correct']}, "
              f"almost {hit['almost']}, wrong {hit['wrong']})")


if __name__ == "__main__":
    main()
