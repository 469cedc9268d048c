"""Token sequences force-decoded in batches of like length (``speech.batches``), with a fake
``align`` that pads a batch to its longest as CTranslate2's does."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence

from valkky.speech.batches import aligned_in_groups, length_groups


class PaddingAlign:
    """A fake ``align``: each token's value from the token alone (as a sequence's scores do
    not depend on its batch), and the cost the real one pays: a call, and for each member
    as many positions as the batch's longest."""

    def __init__(self, call_positions: float = 8.0):
        self.call_positions = call_positions
        self.batches: list[list[list[int]]] = []

    def __call__(self, batch: list[list[int]]) -> list[list[float]]:
        self.batches.append(batch)
        return [[-t / 10 for t in tokens] for tokens in batch]

    @property
    def cost(self) -> float:
        return sum(self.call_positions + len(b) * max(map(len, b)) for b in self.batches)


def _cost(lengths: Sequence[int], groups: Sequence[Sequence[int]], call: float = 8.0) -> float:
    return sum(call + len(g) * max(lengths[i] for i in g) for g in groups)


def _partitions(items: list[int]) -> Iterator[list[list[int]]]:
    if not items:
        yield []
        return
    first, rest = items[0], items[1:]
    for smaller in _partitions(rest):
        yield [[first], *smaller]
        for k in range(len(smaller)):
            yield [*smaller[:k], [first, *smaller[k]], *smaller[k + 1:]]


def test_a_long_phrase_is_aligned_apart_from_the_short_ones() -> None:
    lengths = [3, 4, 30, 2, 4, 3, 5, 4, 3, 2, 4, 6]
    groups = length_groups(lengths)
    assert [2] in groups  # the 30 tokens alone: the others do not pay for them
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    assert _cost(lengths, groups) < _cost(lengths, [list(range(len(lengths)))]) / 2


def test_like_lengths_share_one_call() -> None:
    assert length_groups([4, 5, 4, 5, 4]) == [[0, 2, 4, 1, 3]]  # a call costs more than a pad
    assert length_groups([]) == []
    assert length_groups([7]) == [[0]]
    # where a call costs nothing, every length its own; where it costs all, one batch
    assert len(length_groups([1, 2, 3, 4], call_positions=0.0)) == 4
    assert len(length_groups([1, 2, 30], call_positions=1e9)) == 1


def test_the_grouping_costs_the_least_of_every_way_to_split_the_batch() -> None:
    rng = random.Random(3)
    for _ in range(60):
        lengths = [rng.choice((1, 2, 3, 4, 6, 9, 14, 25)) for _ in range(rng.randint(1, 7))]
        call = rng.choice((0.5, 4.0, 8.0, 20.0))
        cheapest = min(_cost(lengths, p, call) for p in _partitions(list(range(len(lengths)))))
        assert _cost(lengths, length_groups(lengths, call), call) == cheapest


def test_every_sequence_gets_its_own_values_in_the_batch_order() -> None:
    rng = random.Random(5)
    batch = [[rng.randrange(1, 99) for _ in range(rng.choice((0, 2, 3, 5, 20)))]
             for _ in range(15)]
    align = PaddingAlign()
    got = aligned_in_groups(batch, align)
    assert got == [[-t / 10 for t in tokens] for tokens in batch]  # as if each alone
    assert all(b for group in align.batches for b in group)  # empty ones never aligned
    one = PaddingAlign()
    assert aligned_in_groups(batch, one, call_positions=float("inf")) == got
    assert len(one.batches) == 1 and align.cost < one.cost
    assert aligned_in_groups([[], []], align) == [[], []]


def test_a_scoring_given_up_stops_before_its_next_batch() -> None:
    import threading
    from types import SimpleNamespace

    import numpy as np
    import pytest

    from valkky.speech import whisper
    from valkky.speech.scoring import Stopped

    stop = threading.Event()
    aligned: list[int] = []

    class Model:  # CTranslate2's Whisper, as far as ``align`` goes
        def align(self, features: object, start: object, group: list[list[int]],
                  frames: int, median_filter_width: int) -> list[SimpleNamespace]:
            aligned.append(len(group))
            stop.set()  # the learner speaks again while this batch is aligned
            return [SimpleNamespace(text_token_probs=[0.5] * len(t), alignments=[])
                    for t in group]

    real = getattr(whisper.WhisperScorer, "__wrapped__", whisper.WhisperScorer)  # conftest
    scorer = object.__new__(real)
    scorer.ct2, scorer.sot_sequence = Model(), [1, 2, 3]
    scorer._ct2 = SimpleNamespace(StorageView=SimpleNamespace(from_array=lambda a: a))
    batch = [[7], list(range(30))]  # two batches of their own (lengths 1 and 30)
    assert len(length_groups([1, 30])) == 2
    with pytest.raises(Stopped):
        scorer._token_logprobs(np.zeros((1, 10, 4), np.float32), batch, stop=stop)
    assert aligned == [1]  # the second batch never aligned
    assert len(scorer._token_logprobs(np.zeros((1, 10, 4), np.float32), batch)) == 2
