"""A set's rows shuffled, grades dropped, for the blind second trainer (issue 12).

    python -m bench.agreement_sets.to_grade N SET_DIR

Reads SET_DIR/trainer_answers_N.yaml (300 rows), writes SET_DIR/to_grade_N.yaml in the
order random.Random(N) shuffles them to."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import yaml


def main(argv: list[str]) -> int:
    n, where = int(argv[0]), Path(argv[1])
    rows = yaml.safe_load((where / f"trainer_answers_{n}.yaml").read_text(encoding="utf-8"))
    random.Random(n).shuffle(rows)

    def quoted(text: object) -> str:
        return "'" + str(text).replace("'", "''") + "'"

    (where / f"to_grade_{n}.yaml").write_text("".join(
        f"- {{set: {n}, step: {r['step']}, answer: {quoted(r['answer'])}}}\n" for r in rows),
        encoding="utf-8")
    print(f"{len(rows)} rows: {where / f'to_grade_{n}.yaml'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
