"""How much the judge's bounded caches keep, in one place (issue 15: the golden test's
passes re-did what an overflowing cache had forgotten).

Every cache is keyed by the words or the accepted answers themselves, so a lesson
reloaded with other answers finds nothing stale: its steps are other keys.
"""

# A step's work (its accepted answers compiled, their pairs, verbs, fronts): every step of
# the bundled library (947 different lists of accepted answers) and of the judge's tests
# (2,057 in the golden pass) with room to grow. About 3 kB a step over its seven caches
# (7.2 MB for the golden pass's 2,316), 12 MB at most.
STEPS = 4096

# An answer or accepted answer normalised, and the names in it: the golden pass's 5,899
# answers and their steps' accepted answers, 35,716 entries over the four caches in
# 5.5 MB (about 150 bytes each), 10 MB at most.
ANSWERS = 16384
