"""The suite's order (tests/longest_first.py): blocks kept whole, the long ones at the
heads of the shares worksteal cuts, and the same order whatever the process."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import pytest

from tests import longest_first

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Item:
    nodeid: str
    fixturenames: tuple[str, ...] = field(default=())


def items(*modules: tuple[str, int, tuple[str, ...]]) -> list[Any]:
    return [Item(f"{name}::t{i}", names) for name, count, names in modules
            for i in range(count)]


def ids(order: list[Any]) -> list[str]:
    return [cast(Item, item).nodeid for item in order]


SUITE = items(("a.py", 4, ()), ("page1.py", 2, ("browser",)), ("b.py", 3, ()),
              ("db.py", 2, ("pg_server",)), ("page2.py", 1, ("x", "browser")), ("c.py", 6, ()))
SECONDS = {"a.py": 1.0, "page1.py": 5.0, "b.py": 2.0, "db.py": 6.0, "page2.py": 4.0,
           "c.py": 0.5}


def test_without_times_the_files_order_stays() -> None:
    order = list(SUITE)
    longest_first.order(order, {}, 3)
    assert order == SUITE


def test_long_blocks_head_the_shares_and_each_block_stays_whole() -> None:
    order = list(SUITE)
    longest_first.order(order, SECONDS, 3)
    assert sorted(ids(order)) == sorted(ids(SUITE))
    # worksteal's cut of 18 tests into 3: 6, 6, 6
    shares = [ids(order[0:6]), ids(order[6:12]), ids(order[12:18])]
    # the browser block (page1 then page2: 9 s) heads one share, the database (6 s) another
    browser = ["page1.py::t0", "page1.py::t1", "page2.py::t0"]
    assert shares[0][:3] == browser
    assert shares[1][:2] == ["db.py::t0", "db.py::t1"]
    for module in ("a.py", "b.py"):  # whole, in their order
        where = [i for i, nodeid in enumerate(ids(order)) if nodeid.startswith(module)]
        assert where == list(range(where[0], where[0] + len(where)))
        assert ids(order)[where[0]:where[-1] + 1] == sorted(ids(order)[where[0]:where[-1] + 1])


def test_a_module_not_timed_yet_counts_a_second_longer_than_the_longest() -> None:
    order = list(SUITE)
    longest_first.order(order, {k: v for k, v in SECONDS.items() if k != "c.py"}, 1)
    # the browser block (9 s), then c.py (6 + 1 s), then the database (6 s)
    assert ids(order)[3:10] == [f"c.py::t{i}" for i in range(6)] + ["db.py::t0"]


# Three modules of one block whose times add up differently in another order (0.1 + 0.2
# + 0.3 is 0.6000000000000001 one way and 0.6 another), and a block of 0.6 to tie with
TIE = items(("db.py", 1, ("pg_server",)), ("p1.py", 1, ("browser",)),
            ("p2.py", 1, ("browser",)), ("p3.py", 1, ("browser",)))
TIE_SECONDS = {"db.py": 0.6, "p1.py": 0.1, "p2.py": 0.2, "p3.py": 0.3}


def test_every_process_comes_to_the_same_order() -> None:
    """xdist stops a run whose workers collected different orders: the hash seed (which
    orders a set) must not change it."""
    script = ("from tests.test_longest_first import TIE, TIE_SECONDS, ids\n"
              "from tests import longest_first\n"
              "order = list(TIE)\n"
              "longest_first.order(order, TIE_SECONDS, 2)\n"
              "print(ids(order))")
    seen = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, cwd=ROOT,
                           env={"PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
                           ).stdout for seed in range(4)}
    assert len(seen) == 1, seen


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


@dataclass
class FakeNode:
    """An xdist controller's handle on a worker: what it hands over and gets back."""
    workerinput: dict[str, object] = field(default_factory=dict)
    workeroutput: dict[str, object] = field(default_factory=dict)


KEPT = {"a.py": 1.0, "b.py": 2.0, "c.py": 3.0}


def run(config: Any, modules: str = "ab", reported: str = "ab", deselected: str = "",
        ran: int | None = None, timer: longest_first.Timer | None = None) -> None:
    """A run of ``modules``' tests (two each: a.py::t0 …) whose collection reports came
    for ``reported`` (pytest reports a module's when it collects all of it), but
    ``deselected``, stopped after ``ran`` tests, each phase taking 10 s, then saved."""
    timer = timer or longest_first.Timer()
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
    assert longest_first.read(cast(Any, FakeConfig(FakeCache(KEPT), **{option: True}))) == {}
