"""Token sequences force-decoded in batches of like length: pure, so the grouping is tested
without a model.

CTranslate2's Whisper ``align`` pads every sequence of a batch to the batch's longest, and
a padded position costs about what a real token does (the decoder layers and the
51,865-word output layer run on it all the same). With a step's accepted paraphrases one
long phrase made every short one pay for its length: 15 phrases of 2–7 tokens and one of
30 cost 645 ms of CPU in one batch, 319 ms as two (issue #10; ``docs/speech.md``). A
sequence's probabilities do not depend on what shares its batch, so the grouping changes
no score, only the cost.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

# What one more ``align`` call costs, in padded positions of one sequence: ≈ 8 ms a call
# against ≈ 1.1 ms a position (Whisper base, int8, 2 threads, a 4 s input; measured with 8
# sequences of 2–30 tokens in one to four calls). The sequence's own fixed cost (the
# start sequence, the projection of the encoder output) is the same however grouped.
CALL_POSITIONS = 8.0


def length_groups(lengths: Sequence[int],
                  call_positions: float = CALL_POSITIONS) -> list[list[int]]:
    """The indices of ``lengths`` in groups of like length (shortest first), chosen to cost
    the least: each group its call (``call_positions``) and, for each member, as many
    positions as its longest."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    # cheapest[j]: the least cost of the j shortest, the last group starting at start[j]
    cheapest = [0.0] + [math.inf] * len(order)
    start = [0] * (len(order) + 1)
    for j in range(1, len(order) + 1):
        longest = lengths[order[j - 1]]
        for i in range(j):
            cost = cheapest[i] + call_positions + (j - i) * longest
            if cost < cheapest[j]:
                cheapest[j], start[j] = cost, i
    groups: list[list[int]] = []
    j = len(order)
    while j:
        groups.append(order[start[j]:j])
        j = start[j]
    return groups[::-1]


def aligned_in_groups(batch: Sequence[Sequence[int]],
                      align: Callable[[list[list[int]]], list[list[float]]],
                      call_positions: float = CALL_POSITIONS) -> list[list[float]]:
    """Each token sequence of ``batch`` through ``align`` (a batch of sequences → each one's
    values, one a token), in groups of like length (``length_groups``); in ``batch``'s
    order. Empty sequences are not aligned: their values are empty."""
    todo = [i for i, tokens in enumerate(batch) if tokens]
    values: list[list[float]] = [[] for _ in batch]
    for group in length_groups([len(batch[i]) for i in todo], call_positions):
        members = [todo[g] for g in group]
        for i, got in zip(members, align([list(batch[i]) for i in members]), strict=True):
            values[i] = got
    return values
