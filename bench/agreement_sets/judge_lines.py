"""Judge lines `STEP|ANSWER[|EXPECTED]` from stdin with the judge of the tree on PYTHONPATH;
a line marked !! where the verdict is not EXPECTED (a review's probes, issue 12)."""

import sys

from tests.judge.golden import judged_on

for line in sys.stdin:
    parts = [p.strip() for p in line.rstrip("\n").split("|")]
    if len(parts) < 2 or line.startswith("#"):
        continue
    j = judged_on(parts[0], parts[1])
    expected = parts[2] if len(parts) > 2 else ""
    mark = "" if not expected else ("  " if j.verdict == expected else "!!")
    print(f"{mark}{j.verdict:8} {j.rule or '-':28} {parts[0]} | {parts[1]}"
          + (f"  [expected {expected}]" if expected else ""))
