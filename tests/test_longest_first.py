"""The suite's order (tests/longest_first.py): blocks kept whole, the long ones at the
heads of the shares worksteal cuts, and the same order whatever the process."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from tests import longest_first

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Item:
    nodeid: str
    fixturenames: tuple[str, ...] = field(default=())
    user_properties: list[tuple[str, object]] = field(default_factory=list)


def items(*modules: tuple[str, int, tuple[str, ...]]) -> list[Any]:
    return [Item(f"{name}::t{i}", names) for name, count, names in modules
            for i in range(count)]


def ids(order: list[Any]) -> list[str]:
    return [cast(Item, item).nodeid for item in order]


SUITE = items(("a.py", 4, ()), ("page1.py", 2, ("browser",)), ("b.py", 3, ()),
              ("db.py", 2, ("pg_server",)), ("page2.py", 1, ("x", "browser")), ("c.py", 6, ()))
SECONDS = {"a.py": 1.0, "page1.py": 5.0, "b.py": 2.0, "db.py": 6.0, "page2.py": 4.0,
           "c.py": 0.5}


def test_where_the_run_keeps_its_order_the_files_order_stays() -> None:
    order = list(SUITE)
    longest_first.order(order, None, 3)
    assert order == SUITE


def test_without_times_the_shared_blocks_still_head_the_shares() -> None:
    """A first run (a fresh checkout): every module counts alike, so a shared block of
    two modules or more heads a share and its fixture starts in one worker."""
    order = list(SUITE)
    longest_first.order(order, {}, 3)
    assert sorted(ids(order)) == sorted(ids(SUITE))
    assert ids(order)[:3] == ["page1.py::t0", "page1.py::t1", "page2.py::t0"]
    database = [i for i, nodeid in enumerate(ids(order)) if nodeid.startswith("db.py")]
    assert database == list(range(database[0], database[0] + 2))  # one block, one share
    assert database[0] // 6 == database[1] // 6


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


def test_only_the_tests_that_use_a_shared_fixture_join_its_block() -> None:
    """A module of twenty with one browser test (or a test that waits on a real clock
    beside browser tests) does not lengthen the browser block with the other tests."""
    mixed = [Item("m.py::t0"), Item("m.py::page", ("browser",)), Item("m.py::t1"),
             *items(("page1.py", 2, ("browser",)), ("b.py", 2, ()))]
    longest_first.tag(mixed)
    assert [item.user_properties for item in mixed] == \
        [[], [(longest_first.BLOCK, "browser")], [], *[[(longest_first.BLOCK, "browser")]] * 2,
         [], []]
    order = list(mixed)
    # the module's browser test timed apart; the rest of the module is its own block
    longest_first.order(order, {"m.py": 2.0, "m.py::[browser]": 1.0, "page1.py": 4.0,
                                "b.py": 3.0}, 1)
    assert ids(order) == ["m.py::page", "page1.py::t0", "page1.py::t1", "b.py::t0",
                          "b.py::t1", "m.py::t0", "m.py::t1"]
    order = list(mixed)  # a cache from before parts: the module's time for each part
    longest_first.order(order, {"m.py": 2.0, "page1.py": 4.0, "b.py": 3.0}, 1)
    assert ids(order)[:3] == ["m.py::page", "page1.py::t0", "page1.py::t1"]


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



def test_the_parts_of_a_long_module_run_apart() -> None:
    """A test taking a parameter of ``APART`` is a block by itself: a long module's parts
    (the golden judgements') head several shares, not one after another in one."""
    parts = [Item(f"golden.py::t[{i}]", ("golden_part", "monkeypatch")) for i in range(3)]
    suite = [*parts, Item("golden.py::file"), *items(("a.py", 4, ()), ("b.py", 2, ()))]
    assert [longest_first.block_of(item) for item in suite[:4]] == \
        [*(item.nodeid for item in parts), "golden.py"]
    order = list(suite)
    seconds = {**{f"golden.py::[golden.py::t[{i}]]": 20.0 for i in range(3)},
               "golden.py": 0.5, "a.py": 2.0, "b.py": 1.0}
    longest_first.order(order, seconds, 3)
    heads = {ids(order)[0], ids(order)[3], ids(order)[6]}  # shares of 3 tests each
    assert heads == {item.nodeid for item in parts}
    # a fresh checkout, no times at all: the parts, met last, still head the shares (each
    # other block counts a second a module, the browser's two)
    parts = [Item(f"z.py::t[{i}]", ("golden_part",)) for i in range(3)]
    fresh = [*items(("a.py", 2, ()), ("b.py", 2, ()), ("page1.py", 1, ("browser",)),
                    ("page2.py", 1, ("browser",))), *parts]
    longest_first.order(fresh, {}, 3)
    assert [ids(fresh)[i] for i in (0, 3, 6)] == [item.nodeid for item in parts]
