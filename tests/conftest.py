"""Shared fixtures: a small lesson library in a temporary folder, independent of lessons/."""

from __future__ import annotations

import atexit
import gc
import itertools
import os
import re
import shutil
import sys
import tempfile
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests import longest_first
from valkky.testing.broker import MosquittoBroker
from valkky.testing.shots import Shots

# Every xdist worker collects every test module, and pytest rewrites each one's asserts:
# ≈ 6 s of CPU a worker, twice the rest of collection, unless the rewritten bytecode is
# kept in __pycache__ (ignored by git) for the next run. PYTHONDONTWRITEBYTECODE, which
# some shells set, would have every run pay it again: the suite keeps its bytecode anyway.
sys.dont_write_bytecode = False

# Threads that wait by spinning: numpy's OpenBLAS (faster-whisper's mel filter product) and
# CTranslate2's OpenMP (Whisper's encoder) keep their threads busy-waiting between calls,
# on cores that the run's other workers need. Set here, before either library is loaded
# (they read it once), and inherited by the `valkky` processes tests start. The Whisper
# and scoring tests alone, side by side at load 5–8: ≈ 5.8 s of CPU, was ≈ 7.1 s. The
# product keeps the libraries' defaults: a robot's runtime has its cores to itself.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

# Property tests: `make test` tries EXAMPLES cases of each (enough to find the bugs they were
# written for: the huge-number OverflowError in the codec is found at a few dozen), `make
# fuzz` (--hypothesis-profile=fuzz) many more. Failing cases are kept in .hypothesis/ and
# tried first on the next run.
EXAMPLES = 60


def _property_test_profiles(config: pytest.Config) -> None:
    """Registered where tests are collected or a profile is asked for: an xdist
    controller runs no test, and importing hypothesis costs it ≈ 0.5 s of CPU."""
    controller = (config.getoption("numprocesses", None)
                  and not hasattr(config, "workerinput"))
    if controller and not config.getoption("hypothesis_profile", None):
        return
    from hypothesis import HealthCheck
    from hypothesis import settings as hypothesis_settings

    # no clock in a property test's verdict: neither a deadline nor the health check that
    # fails when making inputs is slow (34.9 s for one, at load ≈ 20 beside other sessions)
    timeless = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
    hypothesis_settings.register_profile("default", max_examples=EXAMPLES, **timeless)
    hypothesis_settings.register_profile("fuzz", max_examples=3000, **timeless)
    # A conftest's pytest_configure runs before an installed plugin's (hypothesis's, which
    # loads --hypothesis-profile's), after the cache's (tryfirst: config.cache, below).
    if not config.getoption("hypothesis_profile", None):
        hypothesis_settings.load_profile("default")

GOOD_LESSON = """\
id: testi
version: 1
title: Siivousvälineet
profession: siivous
level: A1
support: [en, ar]
vocabulary:
  - {fi: moppi, en: mop, ar: ممسحة}
  - {fi: ämpäri, en: bucket, ar: دلو}
steps:
  - say: Hei! Tänään opimme siivousvälineitä.
    gesture: wave
  - say: Tämä on moppi.
    show: moppi
  - id: mika
    ask: Mikä tämä on?
    accept: [moppi, se on moppi]
    hint: {fi: Se alkaa mo., en: It starts with mo., ar: تبدأ بـ mo.}
    mistakes:
      ämpäri: Ei. Ämpäri on toinen.
  - choose: Kumpi on ämpäri?
    options: [moppi, ämpäri]
    answer: ämpäri
  - repeat: Pese kädet.
  - dialogue:
      - robot: Hei! Mitä sinä teet?
        show: ämpäri
      - accept: [siivoan, minä siivoan]
  - drill: vocabulary
  - goto: mika
    if: {score_below: 0.6}
  - say: Kiitos!
"""


# Two learners' first pass through the test lesson (GOOD_LESSON), as typed answers
# (CD34's "moppi": said once for practice after the answer is revealed)
TWO_LEARNERS = {"AB12": "mopi\nmoppi\nyksi\nkaksi\n",
                "CD34": "ämpäri\nharja\nmoppi\nkaksi\npese kädet\n"}


def run_lessons(db: Path, folder: Path, answers: dict[str, str]) -> Path:
    """A real `valkky run` of the test lesson per learner with their answers, into ``db``."""
    from valkky.cli import main

    for learner, lines in answers.items():
        path = folder / f"{learner}.txt"
        path.write_text(lines, encoding="utf-8")
        assert main(["run", "testi", "--learner", learner, "--db", str(db), "--answers",
                     str(path)]) == 0
    return db


class Templates:
    """Progress databases built once per test process and copied for each test that asks.

    Building one takes real `valkky` commands (``learners add``, a run of the test lesson per
    learner: ≈ 0.3 s of CPU); a copy is a file copy. Each is built by the first test that
    asks for it, with that test's library (``good_lesson``) and data dir, and keyed by a name
    that says what went in: the same name must always be built the same way. Progress holds
    lessons by id, not path, so a copy reads the same under another test's library."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.built: dict[str, Path] = {}

    def copy(self, name: str, build: Callable[[Path, Path], object], to: Path) -> Path:
        """``to``: a copy of the database ``build(path, folder)`` made at ``path``."""
        if name not in self.built:
            folder = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=self.folder))  # a new
            build(folder / "p.db", folder)  # one if a failed build left one behind
            leftovers = sorted(p.name for p in folder.glob("p.db-*"))
            assert not leftovers, f"{name}: the database was not closed cleanly: {leftovers}"
            self.built[name] = folder / "p.db"
        shutil.copyfile(self.built[name], to)
        return to


@pytest.fixture(scope="session")
def db_templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return Templates(tmp_path_factory.mktemp("db-templates"))


@pytest.fixture
def shots() -> Shots:
    """Screenshots for review (valkky.testing.shots)."""
    return Shots(os.environ.get("VALKKY_SCREENSHOTS"))


def pytest_configure(config: pytest.Config) -> None:
    """The property tests' profiles (above). The bundled library's lint results kept in
    pytest's cache (.pytest_cache) between runs: each test process (each xdist worker)
    would lint it again, ≈ 0.7 s of CPU, though it rarely changes (the lint cache's key
    holds the files and the code)."""
    _property_test_profiles(config)
    if getattr(config, "cache", None) is not None:
        from valkky.testing.library import keep_lint_results

        keep_lint_results(config.cache.mkdir("valkky-library-lint"))
    if hasattr(config, "workerinput") and not config.getoption("cov_source", None):
        atexit.register(_leave_at_once)  # before the others: so it runs after them


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Iterator[object]:
    """What collection builds (modules, tests, their parameters: ≈ 170 k objects) lives
    until the process ends, yet each full garbage collection walked it again: ≈ 0.15 s
    of CPU each, a dozen or more a worker. So no collection while collecting (six full
    ones a worker, ≈ 0.25 s of CPU), then one that frees collection's own garbage, and
    what is left is frozen (gc.freeze): each later one walks only what tests made.
    What tests make is mostly kept, not garbage: the judge's caches (tens of thousands of
    words, steps and judgements), which each collection walked again as they grew. So a
    collection every 10,000 new objects, not 700, and a full one ten times rarer: the golden
    and agreement tests' collections took 2.1 s of their 20 s of CPU, 0.8 s so."""
    gc.disable()
    try:
        return (yield)
    finally:
        gc.collect()
        gc.freeze()
        gc.set_threshold(10_000, 20, 20)
        gc.enable()


_timer = longest_first.Timer()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Long blocks first, one at the head of each worker's share (tests/longest_first.py)."""
    longest_first.tag(items)
    longest_first.order(items, longest_first.read(config), longest_first.shares(config))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """Every xdist worker orders by what the controller read, once."""
    longest_first.hand_over(node.config, node.workerinput)


def pytest_collectreport(report: pytest.CollectReport) -> None:
    _timer.collected(report)


def pytest_deselected(items: list[pytest.Item]) -> None:
    _timer.deselected(items)


def pytest_collection_finish(session: pytest.Session) -> None:
    _timer.to_run(session.config, session.items)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    _timer.worker_done(node)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    _timer.add(report)


def pytest_sessionfinish(session: pytest.Session) -> None:
    _timer.save(session.config)


def _leave_at_once() -> None:
    """An xdist worker's last act: its results are with the controller and every other
    exit handler has run (pytest's temporary folders', execnet's), so the interpreter's
    own teardown — freeing each module and object one by one, ≈ 0.8 s of CPU a worker
    after the suite — is skipped. Not under coverage, whose exit handler runs after
    this one."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


@pytest.fixture(scope="session")
def shared_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder per test process: a lint result is linted once, not per test (the
    cache's key holds all it depends on, so a test's own lessons are linted afresh). It
    starts with the bundled library's results kept between runs, so a command that lints
    the library (`valkky lessons`, the console) reads them back."""
    from valkky.testing.library import seed_lint_cache

    path = tmp_path_factory.mktemp("cache")
    seed_lint_cache(path)
    return path


# A folder of its own for each test, made with mkdtemp: pytest's numbered folders
# (tmp_path_factory.mktemp, and so its tmp_path) list the whole base folder to pick the next
# number, so each costs more than the last: ≈ 2–3 ms a folder once a worker has made a
# thousand, seconds of CPU a run.


def _fresh_folder(parent: Path, name: str) -> Path:
    """A new empty folder (mode 0700) in ``parent``, named after ``name``."""
    return Path(tempfile.mkdtemp(prefix=f"{re.sub(r'[^A-Za-z0-9_]', '_', name)[:30]}-",
                                 dir=parent))


@pytest.fixture
def tmp_path(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
             ) -> Path:
    """pytest's tmp_path (a new folder per test, named after it, in the run's base
    folder, kept after the run as pytest keeps them), without the numbering."""
    return _fresh_folder(tmp_path_factory.getbasetemp(), request.node.name)


@pytest.fixture(scope="session")
def _data_dirs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


_data_dir_numbers = itertools.count()


@pytest.fixture(autouse=True)
def private_data_dir(_data_dirs: Path, shared_cache_dir: Path,
                     monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test writes progress to the real data dir or reads the machine's settings. The
    folder is named, not made: the product makes its data dir where it first writes one
    (as on a robot's first run), and most tests write none: the fixture, run for each of
    ≈ 2,700 tests, was ≈ 0.6 s of CPU a run, its mkdir about half of it (cProfile)."""
    path = _data_dirs / f"data-{next(_data_dir_numbers)}"
    monkeypatch.setenv("VALKKY_DATA_DIR", str(path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(path / "config"))
    monkeypatch.setenv("VALKKY_CACHE_DIR", str(shared_cache_dir))
    return path


@pytest.fixture(scope="session")
def mosquitto() -> Iterator[MosquittoBroker]:
    """One real mosquitto on a free loopback port for the whole session: each test uses
    robot ids of its own (and clears what it retains), so tests never meet."""
    if not MosquittoBroker.find_executable():
        pytest.skip("mosquitto is not installed (make test installs it)")
    with MosquittoBroker() as broker:
        yield broker


@pytest.fixture(scope="session")
def embedded_broker() -> Iterator[object]:
    """One embedded broker (amqtt, MQTT 3.1.1 only) for the session: it takes a second to
    shut down. Tests use robot ids of their own."""
    from valkky.protocol.broker import start_embedded_broker

    with start_embedded_broker() as broker:
        yield broker


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's chromium driven by Playwright (valkky.testing.browser: the headless shell
    where installed), one per test process: starting one costs seconds. Each test opens
    a context of its own (``valkky.testing.browser.fresh_page``) or, in tests/screen,
    borrows its module's page, left blank with no routes or cookies after each test
    (``page_for_a_test``); ``expect`` waits up to its WAIT_MS for a page's state."""
    from valkky.testing.browser import ARGS, WAIT_MS, find_chromium

    executable = find_chromium()
    if executable is None:
        pytest.skip("Debian's chromium is not installed "
                    "(apt-get install chromium-headless-shell)")
    sync_api = pytest.importorskip("playwright.sync_api")
    sync_api.expect.set_options(timeout=WAIT_MS)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=executable, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session", autouse=True)
def robot_hardware_read_once() -> Iterator[None]:
    """Every robot a test starts in-process (``start_robot``: a simulator, a bridge) on the
    same unchanged hardware files shares one reading of them: reading and checking them
    costs ≈ 23 ms of CPU, ≈ 20 robots a run. What is read is frozen (RobotDef,
    GestureDef); each robot gets a dict of its own. A file written again (another inode,
    size or time) is read again; a failure is never kept. Tests of the reading itself
    call valkky.robot.hardware, which stays as it is."""
    from valkky.paths import hardware_dir
    from valkky.robot import hardware, service

    read: dict[tuple[object, ...], tuple[Any, dict[str, Any]]] = {}

    def load_hardware(folder: str | Path | None = None) -> tuple[Any, dict[str, Any]]:
        base = Path(folder) if folder else hardware_dir()
        try:
            key = tuple((s.st_dev, s.st_ino, s.st_size, s.st_mtime_ns)
                        for s in (os.stat(base / n) for n in ("robot.yaml", "gestures.yaml")))
        except OSError:
            return hardware.load_hardware(folder)  # its error, as the runtime gives it
        key = (str(base.resolve()), *key)
        if key not in read:
            read[key] = hardware.load_hardware(folder)
        robot, gestures = read[key]
        return robot, dict(gestures)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(service, "load_hardware", load_hardware)
        yield


@pytest.fixture(scope="session")
def fast_hw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real hardware files with every gesture 10 times as fast, for simulators in
    tests about the link rather than the gestures (``start_sim(hardware_dir=fast_hw)``)."""
    from valkky.testing.hardware import fast_hardware

    return fast_hardware(tmp_path_factory.mktemp("fast-hardware"), 10)


def write_library(root: Path) -> dict[str, str]:
    """A lessons/ and hardware/ pair in ``root`` with a few gestures and professions, used
    by lint; the environment that points the runtime at them."""
    (root / "hardware").mkdir()
    (root / "hardware" / "gestures.yaml").write_text(textwrap.dedent("""\
        gestures:
          wave: {description_fi: vilkuttaa kättä, keyframes: []}
          nod: {description_fi: nyökkää, keyframes: []}
          point: {description_fi: osoittaa kädellä, keyframes: []}
          thumbs_up: {description_fi: nostaa peukalon pystyyn, keyframes: []}
        """), encoding="utf-8")
    lessons = root / "lessons"
    (lessons / "siivous").mkdir(parents=True)
    (lessons / "professions.yaml").write_text(
        "professions:\n  - {id: siivous, fi: Siivous, en: Cleaning, ar: التنظيف}\n",
        encoding="utf-8")
    return {"VALKKY_HARDWARE": str(root / "hardware"), "VALKKY_LESSONS": str(lessons)}


def write_good_lesson(root: Path) -> Path:
    """GOOD_LESSON in the library at ``root`` (write_library)."""
    path = root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(GOOD_LESSON, encoding="utf-8")
    return path


@pytest.fixture
def library_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name, value in write_library(tmp_path).items():
        monkeypatch.setenv(name, value)
    return tmp_path


@pytest.fixture
def good_lesson(library_root: Path) -> Path:
    return write_good_lesson(library_root)


@pytest.fixture(scope="module")
def module_good_lesson(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """``good_lesson`` for a module's tests that share a console or a database built from
    it: one library for the module, its environment set while the module runs."""
    root = tmp_path_factory.mktemp("library")
    with pytest.MonkeyPatch.context() as env:
        for name, value in write_library(root).items():
            env.setenv(name, value)
        yield write_good_lesson(root)
