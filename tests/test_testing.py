"""valkky.testing's own tools: a test helper that passed when nothing happened would make
every test that uses it do the same."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from types import SimpleNamespace
from unittest.mock import patch

import pytest

from valkky.testing.fakes import FakeClock, FakeLink
from valkky.testing.hardware import fast_hardware
from valkky.testing.shots import Shots
from valkky.testing.table import as_table, check_rows, refused
from valkky.testing.wait import POLL_S, wait_until


def test_wait_until_returns_the_first_truthy_value() -> None:
    seen: list[int] = []
    threading.Timer(0.05, seen.append, args=(7,)).start()
    assert wait_until(lambda: seen, 5, "the timer") == [7]


def test_wait_until_raises_naming_what_never_happened() -> None:
    # on a clock of the test's own: it gives up once its time is out, not later, however
    # slowly a loaded machine runs the loop
    clock = FakeClock(0.0)
    looks: list[float] = []

    def never() -> bool:
        looks.append(clock())
        return False

    with patch("valkky.testing.wait.time", SimpleNamespace(monotonic=clock, sleep=clock.sleep)), \
            pytest.raises(AssertionError, match=r"0\.05 s waiting for the robot to answer"):
        wait_until(never, 0.05, "the robot to answer")
    assert looks[0] == 0.0 and 0.05 <= looks[-1] < 0.05 + POLL_S * 1.5  # one look past it


def test_wait_until_lets_a_predicate_s_own_failure_through() -> None:
    def dead() -> bool:
        raise AssertionError("the process exited")

    with pytest.raises(AssertionError, match="the process exited"):
        wait_until(dead, 5)


def test_fake_clock_moves_only_when_told_or_by_its_step() -> None:
    clock = FakeClock(10.0)
    assert clock() == clock() == 10.0
    assert clock.advance(1.5) == 11.5 and clock() == 11.5
    clock.sleep(0.5)
    assert clock() == 12.0
    with pytest.raises(ValueError):
        clock.advance(-1)
    stepping = FakeClock(0.0, step=0.25)
    assert [stepping(), stepping()] == [0.25, 0.5]


def test_fake_link_drops_while_disconnected_and_tracks_final_acks() -> None:
    link = FakeLink()
    assert link.gesture("nod") == "id-1"
    link.connected = False
    assert link.gesture("wave") is None and not link.show("moppi")
    assert not link.speech("start", "Hei")
    assert link.dropped == ["gesture wave", "show", "speech"] and link.sent == ["nod"]
    assert link.outstanding() == ["id-1"] and not link.wait_outstanding(2.0)
    link.ack("id-1", "started")
    assert link.outstanding() == ["id-1"]  # not a final ack
    link.ack("id-1", "done")
    assert link.wait_outstanding(2.0) and link.waits == [2.0, 2.0]
    assert [(a.id, a.status) for a in link.take_acks()] == [("id-1", "started"),
                                                            ("id-1", "done")]
    assert link.take_acks() == []


def test_fast_hardware_is_the_real_robot_n_times_as_fast(tmp_path: Path) -> None:
    from valkky.robot.hardware import load_hardware

    robot, gestures = load_hardware()
    fast_robot, fast_gestures = load_hardware(fast_hardware(tmp_path / "hw", 10))
    assert fast_gestures.keys() == gestures.keys() and len(gestures) > 10
    for name, gesture in gestures.items():
        assert fast_gestures[name].duration_s == pytest.approx(gesture.duration_s / 10), name
    for name, joint in robot.joints.items():
        fast = fast_robot.joints[name]
        assert fast.max_speed_deg_s == pytest.approx(joint.max_speed_deg_s * 10), name
        assert (fast.min_deg, fast.max_deg, fast.rest_deg) == (joint.min_deg, joint.max_deg,
                                                              joint.rest_deg)


def test_the_library_report_is_kept_between_runs(tmp_path: Path, good_lesson: Path,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  request: pytest.FixtureRequest) -> None:
    """tests/conftest.py keeps the library's lint results in pytest's cache, when there is
    one (not under -p no:cacheprovider): the report read back is the one a fresh lint
    makes, and it seeds each process's cache folder (tried on the small library of
    ``good_lesson``: VALKKY_LESSONS)."""
    from valkky.lesson import lintcache
    from valkky.testing import library

    kept = library.kept_lint_results()
    if getattr(request.config, "cache", None) is None:
        assert kept is None, "without pytest's cache nothing is kept between runs"
    else:
        assert kept is not None and kept.parent.parent.parent.name == ".pytest_cache"
        assert (Path(os.environ["VALKKY_CACHE_DIR"]) / kept.name).is_file()
    monkeypatch.setattr(library, "_kept_in", None)  # restored after the test
    library.library_report.cache_clear()
    try:
        assert library.kept_lint_results() is None
        library.keep_lint_results(tmp_path / "kept")
        fresh = library.library_report()  # linted: nothing kept in tmp_path yet
        assert library.kept_lint_results() == tmp_path / "kept" / lintcache.FILE_NAME
        library.library_report.cache_clear()
        with patch.object(lintcache, "check_file", side_effect=AssertionError("linted")):
            again = library.library_report()
        assert (again.files, again.problems, again.lessons) == \
            (fresh.files, fresh.problems, fresh.lessons)
        assert again.files == 1 and [x.id for x in again.lessons] == ["testi"]
    finally:
        library.library_report.cache_clear()
        library._by_key.cache_clear()


def test_the_bundled_library_is_loaded_once_and_found_by_id_or_path() -> None:
    from valkky.lesson.files import resolve_lesson
    from valkky.testing.library import bundled_lesson, library_report

    assert library_report() is library_report()  # made once per process
    by_id = bundled_lesson("siivous-valineet")
    assert by_id.id == "siivous-valineet"
    assert bundled_lesson(resolve_lesson("siivous-valineet")) is by_id
    with pytest.raises(KeyError, match="no lesson no-such-lesson"):
        bundled_lesson("no-such-lesson")


def test_screenshots_are_taken_only_where_a_folder_is_named(tmp_path: Path) -> None:
    taken: list[tuple[str, bool]] = []

    class Page:
        def screenshot(self, *, path: str, full_page: bool) -> None:
            taken.append((path, full_page))

    Shots(None)(Page(), "a.png")
    assert taken == []
    Shots(str(tmp_path / "shots"))(Page(), "a.png", full_page=True)
    assert taken == [(str(tmp_path / "shots" / "a.png"), True)]


def test_a_table_tries_every_row_and_names_each_that_fails() -> None:
    tried: list[int] = []

    def check(row: int) -> None:
        tried.append(row)
        assert row % 2, f"{row} is even"
        if row == 5:
            raise KeyError("five")

    with pytest.raises(AssertionError) as info:
        check_rows(range(1, 7), check, name=lambda row: f"row {row}")
    assert tried == [1, 2, 3, 4, 5, 6]  # a failing row stops none of the others
    message = str(info.value)
    assert message.startswith("4 of 6 rows failed:")
    assert "row 2: 2 is even" in message and "row 6: 6 is even" in message
    assert "row 5: " in message and "KeyError: 'five'" in message  # a crash, with its kind
    assert "row 1" not in message and "row 3" not in message


def test_a_table_passes_when_every_row_does_and_never_when_it_is_empty() -> None:
    assert check_rows(["a", "b"], lambda row: None) == 2
    with pytest.raises(AssertionError, match="no rows"):
        check_rows([], lambda row: None)


def test_a_parametrised_test_as_a_table_is_one_test_that_names_each_failing_row() -> None:
    import inspect

    tried: list[tuple[str, int]] = []

    @as_table("word, length", [("moppi", 5), ("tuli", 3), ("ämpäri", 6), ("", 1)])
    def test_length(word: str, length: int) -> None:
        tried.append((word, length))
        assert len(word) == length

    assert not inspect.signature(test_length).parameters  # pytest gives it no rows
    with pytest.raises(AssertionError) as info:
        test_length()
    assert len(tried) == 4
    message = str(info.value)
    assert message.startswith("2 of 4 rows failed:")
    assert "('tuli', 3): assert 4 == 3" in message and "('', 1)" in message
    assert "moppi" not in message

    @as_table("word", ["moppi", "tuli"], ids=str.upper)
    def test_short(word: str) -> None:
        assert len(word) < 5, word

    with pytest.raises(AssertionError, match="1 of 2 rows failed:\nMOPPI: moppi"):
        test_short()

    def test_equal(a: int, b: int) -> None:
        assert a == b

    with pytest.raises(AssertionError, match="1 of 2 rows failed:\none and two: assert 1 == 2"):
        as_table(("a", "b"), [(1, 1), (1, 2)], ids=["one and one", "one and two"])(
            test_equal)()


def test_a_table_refuses_a_test_with_fixtures_of_its_own() -> None:
    def test_with_a_folder(word: str, tmp_path: Path) -> None:
        pass

    with pytest.raises(TypeError, match="takes tmp_path"):
        as_table("word", ["moppi"])(test_with_a_folder)


def test_a_row_that_must_be_refused_fails_where_it_is_not_or_says_another_thing() -> None:
    def bad(message: str) -> None:
        raise ValueError(message)

    assert refused(lambda: bad("'id' must not be empty"), ValueError, "'id' must") \
        == "'id' must not be empty"
    with pytest.raises(AssertionError, match="no ValueError"):
        refused(lambda: None, ValueError)
    with pytest.raises(AssertionError, match="does not say"):
        refused(lambda: bad("not JSON"), ValueError, "not UTF-8")
    with pytest.raises(KeyError):  # another error is the row's crash, not a refusal
        refused(lambda: {}["x"], ValueError)
    with pytest.raises(AssertionError, match="1 of 2 rows failed"):  # the table goes on
        check_rows(["", "x"], lambda row: refused(lambda: bad(row) if row else None,
                                                  ValueError))

