"""A foreseen mistake said beside a right answer, swept over every bundled step: how many
verdicts a change to the judge moves (``rules.mistake_beside`` and what it leans on; every
loosening of it once broke real steps).

For every step with foreseen mistakes: its first accepted answers (``ANSWERS``) × each
mistake × a few forms of saying it beside the answer — joined with ``ja`` or ``mutta``,
before the answer, its thing as a pronoun, said as "we", in the spoken passive, its "itse"
as "kysymättä", turned down with ``enkä`` —, and the mistake with one of its words said as the
answer says it; each judged as the engine judges it. ``--out
FILE`` keeps the verdicts; ``--before FILE`` (a file another tree wrote, main's say) prints
how many moved, by form and by move, and each moved answer. The answers are made from the
lessons, no graded set.

    .venv/bin/python -m bench.sweep_mistakes --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from valkky.judge import finnish
from valkky.judge.normalise import normalise
from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the steps as the tests read them
from tests.judge.agreement import tasks
from tests.judge.golden import judged_on

ANSWERS = 2  # accepted answers a step is tried with (its first ones: the model answers)

# a thing's pronoun by its case and number (Voikko's names), as said for it
_PRONOUN = {("nimento", "singular"): "sen", ("omanto", "singular"): "sen",
            ("osanto", "singular"): "sitä", ("nimento", "plural"): "ne",
            ("osanto", "plural"): "niitä", ("sisatulento", "singular"): "siihen",
            ("sisatulento", "plural"): "niihin"}
_GRADE = (("tt", "t"), ("kk", "k"), ("pp", "p"), ("nt", "nn"), ("lt", "ll"), ("rt", "rr"),
          ("mp", "mm"), ("nk", "ng"))


def _first_singular(word: str) -> bool:
    return ("1", "singular") in finnish.persons(word) and word.endswith("n")


def _we(words: list[str]) -> list[str] | None:
    """The learner's verb said as "we" ("laitan" → "laitamme")."""
    out = [w[:-1] + "mme" if _first_singular(w) else w for w in words]
    return out if out != words else None


def _passive(verb: str) -> str | None:
    """The present passive of a verb (its base form), roughly: enough for a sweep."""
    a = "ä" if any(v in verb for v in "äöy") else "a"
    if verb.endswith(("da", "dä", "la", "lä", "na", "nä", "ra", "rä", "sta", "stä")) or \
            (verb[-2:] in ("ta", "tä") and verb[-3] in "aeiouyäö"):
        return verb + a + "n"
    if verb[-2:] in (a + a,) and verb[-3] not in "aeiouyäö":
        stem = verb[:-2]
        for strong, weak in _GRADE:
            if stem.endswith(strong):
                stem = stem[: -len(strong)] + weak
                break
        return stem + "et" + a + a + "n"
    if verb[-1] == a and verb[-2] in "oueiy":
        return verb[:-1] + "t" + a + a + "n"
    return None


def _spoken_passive(words: list[str]) -> list[str] | None:
    """"me" and the passive for the learner's verb ("me laitetaan"), as speech says "we"."""
    for i, w in enumerate(words):
        if _first_singular(w):
            forms = sorted(b for b in finnish.base_forms(w) if _passive(b))
            if forms:
                return ["me", *words[:i], str(_passive(forms[0])), *words[i + 1:]]
    return None


def _pronoun(words: list[str]) -> list[str] | None:
    """The mistake's thing said as a pronoun ("laitan käsineet käteen" → "laitan ne
    käteen"): its first noun after the verb with a pronoun of its case and number."""
    for i, w in enumerate(words[1:], 1):
        if "nimisana" not in finnish.word_classes(w):
            continue
        for case_number in sorted(finnish.case_numbers(w)):
            if case_number in _PRONOUN:
                return [*words[:i], _PRONOUN[case_number], *words[i + 1:]]
    return None


def _no(words: list[str]) -> list[str] | None:
    """The mistake turned down: "enkä" and the verb's connegative ("laitan" → "enkä
    laita"), roughly (the first person's -n dropped)."""
    for i, w in enumerate(words):
        if _first_singular(w):
            return [*words[:i], "enkä", w[:-1], *words[i + 1:]]
    return None


def _unasked(words: list[str]) -> list[str] | None:
    """"Itse", "yksin" said as a -matta of asking ("korjaan sen kysymättä")."""
    out = ["kysymättä" if w in ("itse", "yksin") else w for w in words]
    return out if out != words else None


def _mended(answer: str, words: list[str]) -> list[str] | None:
    """The mistake with one of its words said as the answer says it, where the two differ
    word for word in two or more places ("laikka oli halkeama" from the mistake "laikka oli
    rikki" beside "laikassa oli halkeama"): nearer the answer, still partly the mistake. A
    rule that takes a word's form from the step's answers once made such ones right."""
    said = answer.split()
    differ = [i for i, (a, m) in enumerate(zip(said, words, strict=False)) if a != m]
    if len(said) != len(words) or len(differ) < 2:
        return None
    return [*words[:differ[-1]], said[differ[-1]], *words[differ[-1] + 1:]]


FORMS: dict[str, Callable[[str, list[str]], str | None]] = {
    "ja": lambda a, m: f"{a} ja {' '.join(m)}",
    "mutta": lambda a, m: f"{a} mutta {' '.join(m)}",
    "before": lambda a, m: f"{' '.join(m)} ja {a}",
    "pronoun": lambda a, m: f"{a} ja {' '.join(p)}" if (p := _pronoun(m)) else None,
    "we": lambda a, m: f"{a} ja {' '.join(p)}" if (p := _we(m)) else None,
    "passive": lambda a, m: f"{a} ja {' '.join(p)}" if (p := _spoken_passive(m)) else None,
    "unasked": lambda a, m: f"{a} ja {' '.join(p)}" if (p := _unasked(m)) else None,
    "no": lambda a, m: f"{a} {' '.join(p)}" if (p := _no(m)) else None,
    "mended": lambda a, m: " ".join(p) if (p := _mended(a, m)) else None,
}


def answers() -> Iterator[tuple[str, str, str, str]]:
    """(step, form, answer, mistake) for every step with foreseen mistakes."""
    for step, (task, _) in sorted(tasks().items()):
        if not task.mistakes or task.open:
            continue
        for accepted in task.accept[:ANSWERS]:
            said = normalise(accepted)
            for mistake in task.mistakes:
                words = normalise(mistake).split()
                if not words or said == " ".join(words):
                    continue
                for form, make in FORMS.items():
                    if (answer := make(said, words)) is not None:
                        yield step, form, answer, mistake


def sweep() -> dict[str, str]:
    """Each answer's verdict ("verdict reason"), keyed "step | form | answer"."""
    out = {}
    for step, form, answer, _ in answers():
        j = judged_on(step, answer)
        out[f"{step} | {form} | {answer}"] = f"{j.verdict} {j.reason or ''}".strip()
    return out


def judged(calls: Iterable[tuple[str, str, str]]
           ) -> tuple[dict[str, str], Counter[tuple[str, str]]]:
    """Each of ``calls`` (kind, step, answer) judged on its step: the verdicts, keyed
    "step | answer", and how many of each kind got each verdict."""
    verdicts: dict[str, str] = {}
    count: Counter[tuple[str, str]] = Counter()
    for kind, key, answer in calls:
        v = judged_on(key, answer).verdict
        verdicts[f"{key} | {answer}"] = v
        count[kind, v] += 1
    return verdicts, count


def print_counts(count: Counter[tuple[str, str]], kinds: Iterable[str]) -> None:
    """How many answers of each kind got each verdict (``judged``'s count)."""
    for kind in kinds:
        n = sum(v for (k, _), v in count.items() if k == kind)
        print(f"{kind}: {n} answers, " + ", ".join(
            f"{v} {count[kind, v]}" for v in ("correct", "almost", "wrong")))


def sweep_flags(doc: str) -> argparse.ArgumentParser:
    """A sweep's flags, ``--out FILE`` and ``--before FILE`` (a sweep may add its own)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="keep the verdicts in this file")
    parser.add_argument("--before", type=_a_kept_sweep,
                        help="compare with the verdicts of this file (an earlier --out)")
    return parser


def _a_kept_sweep(name: str) -> Path:
    """``--before``'s file, there before the sweep's long run starts."""
    if not Path(name).is_file():
        raise argparse.ArgumentTypeError(f"no such file: {name} (make one first with --out)")
    return Path(name)


def keep(now: dict[str, str], out: Path | None) -> None:
    """Keep a sweep's verdicts in ``out``, for a later run's ``--before``."""
    if out:
        out.write_text(json.dumps(now, ensure_ascii=False, indent=0), encoding="utf-8")


def keep_and_compare(now: dict[str, str], out: Path | None, before: Path | None) -> None:
    """Keep the verdicts in ``out``; print those that moved since ``before``."""
    keep(now, out)
    if before:
        moved = moved_since(now, before)
        print(f"moved: {dict(Counter(f'{old} -> {new}' for old, new in moved.values()))}")
        for k, (old, new) in sorted(moved.items()):
            print(f"  {old} -> {new}: {k}")


def moved_since(now: dict[str, str], before_file: Path) -> dict[str, tuple[str, str]]:
    """The answers whose verdict moved since the verdicts kept in ``before_file`` (before,
    now); prints how many."""
    before = json.loads(before_file.read_text(encoding="utf-8"))
    moved = {k: (before[k], v) for k, v in now.items() if k in before and before[k] != v}
    print(f"{len(moved)} moved of {len(set(now) & set(before))} in both")
    return moved


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    now = sweep()
    print(f"{len(now)} answers: " + ", ".join(f"{n} {v}" for v, n in
                                              Counter(now.values()).most_common()))
    keep(now, args.out)
    if args.before:
        moved = moved_since(now, args.before)
        print("by form: " + ", ".join(f"{f} {n}" for f, n in Counter(
            k.split(" | ")[1] for k in moved).most_common()))
        for (old, new), n in Counter(moved.values()).most_common():
            print(f"  {n:4} {old} → {new}")
        for k, (old, new) in sorted(moved.items()):
            print(f"  {k}: {old} → {new}")


if __name__ == "__main__":
    main()
