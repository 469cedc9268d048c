"""`show_task.py STEP`: a real step's task (accepted answers, mistakes, options…)."""

import sys

from tests.judge.agreement import tasks
from tests.judge.golden import step_arguments

task, options = tasks()[sys.argv[1]]
print(task)
print(step_arguments(task, options))
