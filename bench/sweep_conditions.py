"""A condition or reason beside a foreseen wrong deed in an open answer, swept over every open
step with foreseen mistakes (issue 12, judge36): both sides.

- dangerous: each wrong mistake that does something (no no of its own) beside an excuse
  about one of the step's topic nouns, before and after it, with no comma ("jos T ei ehdi
  M", "M koska T on kiireinen"), and as a main clause or sentence before it: should be off
  correct. The noun is any topic, so many answers are clumsy;
- safe: the step's first two accepted answers beside the same excuses ("jos T ei ehdi A",
  "jos et tiedä A"): should stay as they were; and each wrong deed with the topic named
  positively as its condition ("kun T on paikallaan M", "M kun T on paikallaan"), counted
  only (safe only where the topic is the step's measure); and each wrong deed beside a
  condition whose no says the danger is absent ("kun radio ei soi M", "kun T ei enää liiku
  M": a no of the step's own thing with a verb of no presence, as "kun laikka ei pyöri voit
  irrottaa suojuksen"): should keep the verdict it had on main before judge36
  (``--before``);
- neither: each wrong deed beside a lack denied ("jos T ei ole kiireinen M"), counted only:
  dangerous where the deed needs T, not T's haste (a known gap, docs/judging.md).

``--out FILE`` keeps the verdicts, ``--before FILE`` (main's, say) prints what moved.

    .venv/bin/python -m bench.sweep_conditions --out /tmp/after.json --before /tmp/main.json
"""

from __future__ import annotations

import sys
from collections import Counter

from valkky.judge import finnish
from valkky.judge.polarity import clauses
from valkky.judge.wordsets import has_negation
from valkky.paths import ROOT

sys.path.insert(0, str(ROOT))  # the steps as the tests read them
from bench.sweep_mistakes import judged, keep, moved_since, sweep_flags
from tests.judge.agreement import tasks

EXCUSES = {"main state before": "{T} on kiireinen {a}",
           "main no before": "{T} ei ehdi {a}",
           "kun state before": "kun {T} on kiireinen {a}",
           "jos no before": "jos {T} ei ehdi {a}",
           "koska before": "koska {T} on kiireinen {a}",
           "koska after": "{a} koska {T} on kiireinen",
           "koska no after": "{a} koska {T} ei ehdi",
           "jos no after": "{a} jos {T} ei ehdi",
           "jos unlisted after": "{a} jos {T} ei tule",
           "kun unlisted before": "kun {T} ei tule {a}",
           "second sentence": "{T} on kiireinen. {a}."}
SAFE = ("jos no before", "kun state before", "koska before", "koska after", "jos no after",
        "kun unlisted before", "jos unlisted after")
MEASURE = {"measure before": "kun {T} on paikallaan {a}",
           "measure after": "{a} kun {T} on paikallaan"}
# a condition whose no says the danger is absent (judge36 review): a case of the work, no
# excuse; each wrong deed should keep the verdict it has on main (where a condition of the
# work keeps it)
ABSENT = {"no of another before": "kun radio ei soi {a}",
          "no of another after": "{a} kun radio ei soi",
          "no of a doing before": "kun et enää työskentele {a}",
          "no of own before": "kun {T} ei enää liiku {a}",
          "no of own after": "{a} kun {T} ei liiku"}
# a lack denied: the deed is still done without T's help ("jos hoitaja ei ole kiireinen nosta
# hänet yksin"), or T is there ("… nostatte hänet yhdessä"): neither side, counted only
DENIED = {"denied lack before": "jos {T} ei ole kiireinen {a}"}


def calls() -> list[tuple[str, str, str]]:
    """(side and kind, step, answer), in a fixed order."""
    out = []
    for key, (task, _) in sorted(tasks().items()):
        if not task.open or not task.mistakes:
            continue
        deeds = [m for m, r in task.mistakes.items() if (r.verdict or "wrong") == "wrong"
                 and not has_negation(m.split()) and any(v for _, v, _ in clauses(m.split()))]
        nouns = [t for t in task.topics
                 if "nimisana" in finnish.word_classes(t) and not finnish.is_verb(t)][:2]
        for t in nouns:
            out += [(f"dangerous {k}", key, f.format(T=t, a=m))
                    for m in deeds for k, f in EXCUSES.items()]
            out += [(f"safe {k}", key, EXCUSES[k].format(T=t, a=a))
                    for a in task.accept[:2] for k in SAFE]
            out += [(f"safe {k}", key, f.format(T=t, a=m))
                    for m in deeds for k, f in (MEASURE | ABSENT).items()]
            out += [(f"neither {k}", key, f.format(T=t, a=m))
                    for m in deeds for k, f in DENIED.items()]
        out += [("safe jos et tiedä", key, f"jos et tiedä {a}") for a in task.accept[:2]]
    return list(dict.fromkeys(out))  # (a form without the topic is made once per topic)


def main() -> None:
    args = sweep_flags(__doc__).parse_args()
    made = calls()
    verdicts, count = judged(made)
    for kind in sorted({k for k, _ in count}):
        print(f"{kind:30} " + ", ".join(f"{v} {count[kind, v]}"
                                        for v in ("correct", "almost", "wrong")))
    keep(verdicts, args.out)
    if args.before:
        moved = moved_since(verdicts, args.before)
        kinds = {f"{key} | {answer}": kind for kind, key, answer in made}
        print("moved:", dict(Counter(f"{kinds[k]}: {o} -> {n}"
                                     for k, (o, n) in moved.items())) or "none")
        for k, (old, new) in sorted(moved.items()):
            if kinds[k].startswith("safe") or new == "correct":
                print(f"  {kinds[k]} | {k}: {old} -> {new}")


if __name__ == "__main__":
    main()
