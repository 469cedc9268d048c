"""The order the suite runs in: long blocks of tests first, one at the head of each
worker's share, by the time each module took when last run.

`make test` runs pytest-xdist's worksteal: the collected tests are cut into one contiguous
share per worker, equal in count; each worker runs its share from the head, and one that
runs out takes the second half of the longest queue. In the files' order a module of
seconds met late in a share (the golden judgements, a browser module) ran on after the
other workers had finished, one core idle, and the dear fixtures were started by whichever
workers their tests fell to: chromium in two or three, PostgreSQL in one to three.

So the tests come in blocks: every test that uses one of ``SHARED`` (a session fixture
dear to start) together, and the rest by module. A module's tests that do not use it run
in their module's block, not in the shared one: one chromium test in a module of twenty
(or a test that waits seconds on a real clock beside a module's browser tests) would
lengthen the shared block, which runs on one worker, by all of them. A test taking a
parameter of ``APART`` (a long module's part that shares nothing dear) is a block by itself,
so that the parts run on several workers. Blocks are dealt,
longest first, to the share with the least time so far that has room (a block is cut only
where none has room for all of it), and each share runs its longest blocks first. A
share's head is never taken by another worker, so the long blocks start early, each dear
fixture starts once, and what is left to take at the end is short. (xdist's own `--dist
loadgroup` would pin a group to one worker, but with pytest 9.2 it groups nothing:
pytest-dev/pytest-xdist#1386.)

A module's time is the sum of its tests' setup, call and teardown (its tests in a shared
block timed apart, as ``module::[fixture]``: ``time_key``), kept in pytest's cache
(.pytest_cache) after a run that ran every one of its tests: not after `-k`, a test named
on the command line, a run stopped early or a crashed worker, nor at all under a
hypothesis profile other than the default (`make fuzz`), whose times would misorder the
next whole run. A module not timed yet counts a second longer than the longest module (it
may be long); with no times at all (a first run, a fresh checkout, `-p no:cacheprovider`)
every module counts a second, so the shared blocks, of two modules or more, head the
shares and each dear fixture still starts once (in a fresh checkout the golden judgements
were made in all three workers, the Vosk model loaded in two). Under `--ff`, `--nf` and
`--sw` the order is the files' own (it must not change between the runs stepwise spans).
A block keeps its tests in their order. The xdist controller reads the times
once and hands the same to every worker, a replacement for a crashed one too: workers
must collect the same order, even if another run rewrites the cache meanwhile.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # and no pytest to import where a test orders its own items
    import pytest

KEY = "valkky/module-seconds"
SHARES = "valkky/shares"
WHOLE = "valkky/whole-modules"
# chromium, PostgreSQL, the Vosk model: each started once a run
SHARED = ("browser", "pg_server", "vosk_model")
# a parameter of a long module's tests that share nothing dear: each such test is a block
# of its own, so the module runs on several workers at once (the golden judgements' parts,
# tests/judge/test_golden.py: ≈ 70 s of CPU in one block ran on after every other worker)
APART = ("golden_part",)
BLOCK = "valkky-block"  # a test's shared block, in its user_properties (and so its reports)


def module_of(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


@cache
def _read_key() -> pytest.StashKey[dict[str, float]]:
    import pytest  # here, not above: see TYPE_CHECKING

    return pytest.StashKey[dict[str, float]]()


def read(config: pytest.Config) -> dict[str, float] | None:
    """The times this process orders by, read once: the controller's (xdist) or the
    cache's; None where the run keeps the files' order."""
    if _read_key() not in config.stash:
        config.stash[_read_key()] = _read(config)
    return config.stash[_read_key()]


def _read(config: pytest.Config) -> dict[str, float] | None:
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None:
        kept = workerinput.get(KEY, {})
        return None if kept is None else dict(kept)
    if any(config.getoption(name, False) for name in ("failedfirst", "newfirst", "stepwise")):
        return None
    cache = getattr(config, "cache", None)
    return {} if cache is None else dict(cache.get(KEY, {}))


def shares(config: pytest.Config) -> int:
    """How many contiguous shares the tests are first cut into: one per worker under
    worksteal (a worker's own `--dist` is always "no": the controller hands its count
    over, ``hand_over``), else one."""
    workerinput = getattr(config, "workerinput", None)
    return int(workerinput.get(SHARES, 1)) if workerinput is not None else 1


def hand_over(config: pytest.Config, workerinput: dict[str, object]) -> None:
    """What a worker orders by, from the xdist controller: the times, read once for all
    workers, and the number of shares."""
    workerinput[KEY] = read(config)
    if config.getoption("dist", "no") == "worksteal":
        workerinput[SHARES] = workerinput.get("workercount", 1)


def block_of(item: pytest.Item) -> str:
    """The block a test runs in: the first of ``SHARED`` it uses, itself where it takes a
    parameter of ``APART``, or its module."""
    names = getattr(item, "fixturenames", ())
    shared = next((f for f in SHARED if f in names), None)
    if shared is not None:
        return shared
    if any(f in names for f in APART):
        return item.nodeid
    return module_of(item.nodeid)


def time_key(module: str, block: str) -> str:
    """What a module's tests in ``block`` are timed as: the module, or in a shared block
    ``module::[fixture]``."""
    return module if block == module else f"{module}::[{block}]"


def tag(items: Iterable[pytest.Item]) -> None:
    """Each test in a shared block says so in its reports (which the xdist controller
    times by, collecting none itself)."""
    for item in items:
        block = block_of(item)
        if block != module_of(item.nodeid):
            item.user_properties.append((BLOCK, block))


def _blocks(items: list[pytest.Item]) -> dict[str, list[pytest.Item]]:
    """Each block's tests in their order, blocks in the order first met."""
    blocks: dict[str, list[pytest.Item]] = defaultdict(list)
    for item in items:
        blocks[block_of(item)].append(item)
    return blocks


def order(items: list[pytest.Item], seconds: Mapping[str, float] | None,
          count: int = 1) -> None:
    """``items`` reordered in place: blocks dealt longest first to ``count`` shares of the
    sizes worksteal cuts, each to the least loaded share that has room for it (with no
    times, a module counts a second). ``seconds`` None: the files' order."""
    if seconds is None or not items:
        return
    untimed = max(seconds.values(), default=0.0) + 1
    blocks = _blocks(items)
    # summed in the files' order, never a set's: every worker must come to the same floats
    # a part not timed yet falls back on its module's time (a cache from before parts)
    time = {name: sum(seconds.get(time_key(m, name), seconds.get(m, untimed))
                      for m in dict.fromkeys(module_of(i.nodeid) for i in tests))
            for name, tests in blocks.items()}
    # a part of a long module (APART) not timed yet counts as the longest block and one more
    # second: long by declaration, the parts head the shares (after the run's first times,
    # in a fresh checkout each came after a dozen modules of a second, late in its share)
    longest = max(time.values()) + 1
    for name, tests in blocks.items():
        if name == tests[0].nodeid and any(f in getattr(tests[0], "fixturenames", ())
                                           for f in APART) \
                and time_key(module_of(name), name) not in seconds:
            time[name] = longest
    sizes, left = [], len(items)
    for i in range(count):  # as worksteal cuts them: the rest shared evenly, in turn
        sizes.append(left // (count - i))
        left -= sizes[-1]
    dealt: list[list[pytest.Item]] = [[] for _ in sizes]
    load = [0.0] * count
    for name in sorted(blocks, key=lambda b: -time[b]):  # stable: equal times, files' order
        rest = blocks[name]
        while rest:
            room = [i for i in range(count) if len(dealt[i]) < sizes[i]]
            whole = [i for i in room if sizes[i] - len(dealt[i]) >= len(rest)]
            i = min(whole or room, key=lambda i: load[i])
            taken = rest[:sizes[i] - len(dealt[i])]
            dealt[i] += taken
            load[i] += time[name] * len(taken) / len(blocks[name])
            rest = rest[len(taken):]
    items[:] = [item for share in dealt for item in share]


class Timer:
    """Each module's seconds in this run, from its tests' reports, and which modules ran
    whole: only theirs are kept."""

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.ran: Counter[str] = Counter()  # tests whose teardown was reported
        self.whole: dict[str, int] = {}  # each module collected whole: its tests' count
        self._collected: set[str] = set()
        self._deselected: set[str] = set()

    def collected(self, report: pytest.CollectReport) -> None:
        """pytest reports a module's collection only where it collected all of it: not
        where a test or class of it is named on the command line."""
        if report.passed:
            self._collected.add(report.nodeid)

    def deselected(self, items: Iterable[pytest.Item]) -> None:
        """Tests left out (`-k`, `-m`, `--deselect`, `--lf`, `--sw`): their modules are
        not run whole."""
        self._deselected.update(module_of(item.nodeid) for item in items)

    def to_run(self, config: pytest.Config, items: Iterable[pytest.Item]) -> None:
        """The tests this process collected: the modules collected whole and their
        counts, handed to the xdist controller (which collects none) by a worker."""
        counts = Counter(module_of(item.nodeid) for item in items)
        self.whole = {module: count for module, count in counts.items()
                      if module in self._collected and module not in self._deselected}
        workeroutput = getattr(config, "workeroutput", None)
        if workeroutput is not None:
            workeroutput[WHOLE] = self.whole

    def worker_done(self, node: Any) -> None:
        """The xdist controller's: what a worker collected whole (all collect the same;
        a crashed one hands nothing)."""
        self.whole.update(getattr(node, "workeroutput", {}).get(WHOLE, {}))

    def add(self, report: pytest.TestReport) -> None:
        module = module_of(report.nodeid)
        block = dict(getattr(report, "user_properties", ())).get(BLOCK, module)
        self.seconds[time_key(module, block)] += report.duration
        if report.when == "teardown":
            self.ran[module] += 1

    def save(self, config: pytest.Config) -> None:
        """Kept in the cache for the next run, beside the times of modules not run whole
        now."""
        cache = getattr(config, "cache", None)
        if cache is None or hasattr(config, "workerinput") \
                or config.getoption("hypothesis_profile", None) not in (None, "default"):
            return
        done = {key: round(s, 3) for key, s in self.seconds.items()
                if self.ran[module_of(key)] == self.whole.get(module_of(key))}
        if done:
            cache.set(KEY, {**cache.get(KEY, {}), **done})
