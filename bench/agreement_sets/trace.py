"""`trace.py STEP ANSWER`: the judgement of ANSWER on a real step and each rule's note."""

import sys

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments
from valkky.judge import judge

task, options = tasks()[sys.argv[1]]
j = judge(sys.argv[2], task.accept, explain=True, **step_arguments(task, options))
print(j.verdict, j.rule, j.reason, j.closest, j.matched)
for note in j.trace:
    print("  ", note)
