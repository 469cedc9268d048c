"""Judgements remembered (verdict._Remembered): an answer said before to the same step is
judged once, and nothing else is mistaken for it."""

from __future__ import annotations

import functools
import importlib
import pkgutil

import pytest

import valkky.judge as package
from valkky.judge import Settings, caches, clear_caches, judge, verdict


def test_the_same_answer_to_the_same_step_is_judged_once() -> None:
    clear_caches()
    first = judge("pese kadet", ["pese kädet"])
    assert judge("pese kadet", ("pese kädet",)) is first  # a list or a tuple: one step
    assert judge("pese kadet", ["pese kädet", "pese kätesi"]) is not first


def test_a_step_that_differs_in_any_argument_is_another_step() -> None:
    clear_caches()
    as_list = judge("kokki", ["tarjoilija"], wrong_answers=["kokki"])
    as_mapping = judge("kokki", ["tarjoilija"], wrong_answers={"kokki": "almost"})
    assert (as_list.verdict, as_mapping.verdict) == ("wrong", "almost")
    assert judge("kädet pese", ["pese kädet"]).verdict == "correct"
    assert judge("kädet pese", ["pese kädet"], strict=["word_order"]).verdict == "almost"
    low = Settings(almost_score=(0.5, 0.6))
    assert judge("tuli", ["tuuli"]).score > 0.6 >= judge("tuli", ["tuuli"], settings=low).score


def test_explain_is_never_remembered_and_odd_arguments_are_still_judged() -> None:
    clear_caches()
    plain = judge("tuli", ["tuuli"])
    explained = judge("tuli", ["tuuli"], explain=True)
    assert explained.trace and not plain.trace
    assert judge("tuli", ["tuuli"]) is plain
    odd = judge("tuli", ["tuuli"], topics=iter(()))  # an iterator is no key
    assert odd is not plain and odd == plain  # judged, not remembered


def test_clear_caches_forgets_and_the_memory_is_bounded(
        monkeypatch: pytest.MonkeyPatch) -> None:
    clear_caches()
    first = judge("moppi", ["moppi"])
    clear_caches()
    assert judge("moppi", ["moppi"]) is not first
    monkeypatch.setattr(verdict, "REMEMBERED", 5)
    for n in range(10):
        judge(" " * n, ["moppi"])  # silence, said ten ways
    assert len(judge._seen) == 5  # type: ignore[attr-defined]
    assert judge("", ["moppi"]) is not first and judge("moppi", ["moppi"]) is not first
    clear_caches()


# Data read once a process (the lexicon's files, the library's words, tables built from
# constants), the same whatever a learner says or Voikko reads: clear_caches keeps them.
_LOADED_ONCE = {
    "accepted._time_said", "case.fuzz_module", "clock_time._hours", "courtesy._acts",
    "finnish._c_api", "forms_allowed._units", "lexicon._read_once", "lexicon._groups",
    "lexicon._heads", "lexicon._colloquial", "lexicon._caseless", "lexicon._counts",
    "library_words._library_words",
    "normalise._spoken_heads", "normalise._phrase_index", "number_words._spoken_parts",
    "number_words._parts_pattern", "number_words.cardinals", "number_words._ordinal_table",
    "number_words.month_ordinal", "number_words.day_ordinals",
    "number_words._ordinals_counted", "number_words._ordinal_starts", "same_meaning._kinds",
    "unsafe_more._deeds"}


def test_every_cache_keyed_by_words_or_steps_is_cleared_with_the_rest() -> None:
    """A cache clear_caches does not know outlives a test that takes Voikko away and makes
    bench_judge's cold rounds warm (a step's check cached for speed, stop 43)."""
    cleared = set(map(id, caches()))
    unknown = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"valkky.judge.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, functools._lru_cache_wrapper) and \
                    value.__module__ == module.__name__ and id(value) not in cleared:
                unknown.append(f"{info.name}.{name}")
    assert sorted(set(unknown) - _LOADED_ONCE) == []
    assert set(unknown) >= _LOADED_ONCE  # (a name gone from the list's module: kept tidy)
