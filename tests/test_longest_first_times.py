"""The times the suite's order is by (tests/longest_first.py): kept only for modules a
run ran whole, none under another hypothesis profile, read once for every xdist worker,
none read where the run chooses its own order. Apart from test_longest_first.py, whose
processes order tests without importing pytest."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

import pytest

from tests import longest_first
from tests.test_longest_first import Item


class FakeCache:
    def __init__(self, kept: dict[str, float] | None = None) -> None:
        self.values: dict[str, object] = {longest_first.KEY: kept} if kept else {}

    def get(self, key: str, default: object) -> object:
        return self.values.get(key, default)

    def set(self, key: str, value: object) -> None:
        self.values[key] = value


class FakeConfig:
    """What longest_first reads of a pytest.Config: the cache, options, the stash, and
    a worker's workerinput and workeroutput."""

    def __init__(self, cache: FakeCache | None = None, worker: bool = False,
                 **options: object) -> None:
        self.cache = cache
        self.options = options
        self.stash = pytest.Stash()
        if worker:
            self.workerinput: dict[str, object] = {}
            self.workeroutput: dict[str, object] = {}

    def getoption(self, name: str, default: object = None) -> object:
        return self.options.get(name, default)


@dataclass
class FakeReport:
    nodeid: str
    duration: float = 0.0
    when: str = "teardown"
    passed: bool = True
    user_properties: list[tuple[str, object]] = field(default_factory=list)


@dataclass
class FakeNode:
    """An xdist controller's handle on a worker: what it hands over and gets back."""
    workerinput: dict[str, object] = field(default_factory=dict)
    workeroutput: dict[str, object] = field(default_factory=dict)


KEPT = {"a.py": 1.0, "b.py": 2.0, "c.py": 3.0}


def run(config: Any, modules: str = "ab", reported: str = "ab", deselected: str = "",
        ran: int | None = None) -> None:
    """A run of ``modules``' tests (two each: a.py::t0 …) whose collection reports came
    for ``reported`` (pytest reports a module's when it collects all of it), but
    ``deselected``, stopped after ``ran`` tests, each phase taking 10 s, then saved."""
    timer = longest_first.Timer()
    for m in reported:
        timer.collected(cast(Any, FakeReport(f"{m}.py")))
    left_out = [Item(nodeid) for nodeid in deselected.split()]
    tests = [Item(f"{m}.py::t{i}") for m in modules for i in range(2)]
    tests = [test for test in tests if test not in left_out]
    timer.deselected(cast(Any, left_out))
    timer.to_run(config, cast(Any, tests))
    for test in tests[:ran]:
        for when in ("setup", "call", "teardown"):
            timer.add(cast(Any, FakeReport(test.nodeid, 10.0, when)))
    timer.save(config)


def saved(config: FakeConfig) -> object:
    assert config.cache is not None
    return config.cache.values.get(longest_first.KEY)


def test_a_whole_run_saves_its_modules_beside_those_not_run() -> None:
    config = FakeConfig(FakeCache(KEPT))
    run(config)
    assert saved(config) == {"a.py": 60.0, "b.py": 60.0, "c.py": 3.0}


@pytest.mark.parametrize("how, kept", [
    # -k, -m, --deselect, --lf, --sw: a test of a.py left out
    (dict(deselected="a.py::t1"), {"a.py": 1.0, "b.py": 60.0, "c.py": 3.0}),
    # `pytest a.py::t0 a.py::t1 b.py`: a.py's tests, but not collected as a whole
    (dict(reported="b"), {"a.py": 1.0, "b.py": 60.0, "c.py": 3.0}),
    # -x: stopped after b.py's first test
    (dict(ran=3), {"a.py": 60.0, "b.py": 2.0, "c.py": 3.0}),
])
def test_a_partial_run_saves_only_the_modules_it_ran_whole(how: dict[str, Any],
                                                           kept: dict[str, float]) -> None:
    config = FakeConfig(FakeCache(KEPT))
    run(config, **how)
    assert saved(config) == kept


def test_no_times_are_saved_under_another_hypothesis_profile() -> None:
    config = FakeConfig(FakeCache(KEPT), hypothesis_profile="fuzz")
    run(config)
    assert saved(config) == KEPT
    config = FakeConfig(FakeCache(KEPT), hypothesis_profile="default")
    run(config)
    assert saved(config) == {"a.py": 60.0, "b.py": 60.0, "c.py": 3.0}


def test_the_xdist_controller_saves_what_the_workers_collected_whole() -> None:
    """The controller collects nothing: each worker hands over what it collected whole."""
    worker = FakeConfig(FakeCache(KEPT), worker=True)
    run(worker, reported="b", ran=0)
    assert worker.workeroutput[longest_first.WHOLE] == {"b.py": 2}
    assert saved(worker) == KEPT  # a worker saves nothing: the controller does
    controller = FakeConfig(FakeCache(KEPT))
    timer = longest_first.Timer()
    timer.worker_done(FakeNode(workeroutput=worker.workeroutput))
    timer.worker_done(object())  # a crashed worker: no workeroutput
    for test in ("a.py::t0", "a.py::t1", "b.py::t0", "b.py::t1"):
        timer.add(cast(Any, FakeReport(test, 5.0)))
    timer.save(cast(Any, controller))
    assert saved(controller) == {"a.py": 1.0, "b.py": 10.0, "c.py": 3.0}


def test_a_modules_tests_in_a_shared_block_are_timed_apart() -> None:
    config = FakeConfig(FakeCache(KEPT))
    timer = longest_first.Timer()
    timer.collected(cast(Any, FakeReport("a.py")))
    timer.to_run(cast(Any, config), cast(Any, [Item("a.py::t0"), Item("a.py::t1")]))
    timer.add(cast(Any, FakeReport("a.py::t0", 5.0)))
    timer.add(cast(Any, FakeReport("a.py::t1", 7.0,
                                   user_properties=[(longest_first.BLOCK, "browser")])))
    timer.save(cast(Any, config))
    assert saved(config) == {"a.py": 5.0, "a.py::[browser]": 7.0, "b.py": 2.0, "c.py": 3.0}


def test_every_worker_gets_the_times_the_controller_read_first() -> None:
    """Even one started after the cache was rewritten (a crashed worker's replacement)."""
    controller = FakeConfig(FakeCache(KEPT), dist="worksteal")
    first, second = FakeNode({"workercount": 2}), FakeNode({"workercount": 2})
    longest_first.hand_over(cast(Any, controller), first.workerinput)
    assert controller.cache is not None
    controller.cache.set(longest_first.KEY, {"a.py": 9.0})
    longest_first.hand_over(cast(Any, controller), second.workerinput)
    assert first.workerinput == second.workerinput == \
        {"workercount": 2, longest_first.KEY: KEPT, longest_first.SHARES: 2}
    worker = FakeConfig(worker=True)
    worker.workerinput = second.workerinput
    assert longest_first.read(cast(Any, worker)) == KEPT


@pytest.mark.parametrize("option", ["failedfirst", "newfirst", "stepwise"])
def test_no_times_where_the_run_chooses_its_own_order(option: str) -> None:
    """--ff and --nf put tests first; --sw's "tests before the last failure" must be the
    same from run to run."""
    assert longest_first.read(cast(Any, FakeConfig(FakeCache(KEPT)))) == KEPT
    assert longest_first.read(cast(Any, FakeConfig(FakeCache(KEPT), **{option: True}))) is None
