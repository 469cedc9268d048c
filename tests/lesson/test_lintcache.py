"""The lint cache gives the same report as a fresh lint, and never a stale one: whatever a
file's result depends on (its bytes, the library, the images beside it, the cache's own
version) makes that file linted again."""

from __future__ import annotations

import functools
import os
import pickle
from pathlib import Path

import pytest

from valkky.lesson import lintcache
from valkky.lesson.lint import LintReport, lint_paths


@pytest.fixture
def linted(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The files lint really checked (not taken from the cache), in a cache of this test's."""
    monkeypatch.setenv("VALKKY_CACHE_DIR", str(tmp_path / "cache"))
    checked: list[str] = []
    real = lintcache.check_file

    def counted(path: str | Path, library: lintcache.Library | None = None
                ) -> lintcache.Checked:
        checked.append(Path(path).name)
        return real(path, library)

    monkeypatch.setattr(lintcache, "check_file", counted)
    return checked


def _same(a: LintReport, b: LintReport) -> None:
    assert (a.files, a.problems, a.lessons) == (b.files, b.problems, b.lessons)


def _messages(report: LintReport) -> list[str]:
    return [p.message for p in report.problems]


def test_a_second_lint_takes_every_result_from_the_cache(good_lesson: Path,
                                                          linted: list[str]) -> None:
    broken = good_lesson.with_name("rikki.yaml")
    broken.write_text(good_lesson.read_text(encoding="utf-8").replace("level: A1", "level: C3"),
                      encoding="utf-8")
    folder = good_lesson.parent.parent
    fresh = lint_paths([folder])
    first = lint_paths([folder], cached=True)
    assert sorted(linted) == ["rikki.yaml", "testi.yaml"]
    second = lint_paths([folder], cached=True)
    assert sorted(linted) == ["rikki.yaml", "testi.yaml"]  # nothing linted again
    _same(first, fresh)
    _same(second, fresh)
    assert any("'level' must be" in m for m in _messages(second))
    assert [x.id for x in second.lessons] == ["testi"]


def test_a_cache_in_a_folder_of_its_own(good_lesson: Path, linted: list[str],
                                        tmp_path: Path) -> None:
    """``cache_dir``: the results kept there, not in $VALKKY_CACHE_DIR (a test session
    keeps the bundled library's so)."""
    own = tmp_path / "own"
    first = lint_paths([good_lesson], cached=True, cache_dir=own)
    second = lint_paths([good_lesson], cached=True, cache_dir=own)
    assert linted == ["testi.yaml"]  # the second read back
    assert (own / lintcache.FILE_NAME).is_file()
    assert not (tmp_path / "cache").exists()
    _same(first, lint_paths([good_lesson]))
    _same(second, first)


def test_a_changed_file_is_linted_again_even_with_its_size_and_time(
        good_lesson: Path, linted: list[str]) -> None:
    lint_paths([good_lesson], cached=True)
    before = good_lesson.stat()
    text = good_lesson.read_text(encoding="utf-8")
    good_lesson.write_text(text.replace("level: A1", "level: C3"), encoding="utf-8")
    os.utime(good_lesson, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert good_lesson.stat().st_size == before.st_size
    report = lint_paths([good_lesson], cached=True)
    assert linted == ["testi.yaml", "testi.yaml"]
    assert report.lessons == [] and any("'level' must be" in m for m in _messages(report))


def test_a_changed_library_lints_every_lesson_again(library_root: Path, good_lesson: Path,
                                                     linted: list[str]) -> None:
    assert lint_paths([good_lesson], cached=True).errors == 0
    professions = library_root / "lessons" / "professions.yaml"
    professions.write_text("professions:\n  - {id: hoiva, fi: Hoiva, en: Care, ar: رعاية}\n",
                           encoding="utf-8")
    report = lint_paths([good_lesson], cached=True)
    assert linted == ["testi.yaml", "testi.yaml"]
    assert any("unknown profession 'siivous'" in m for m in _messages(report))


def test_an_image_added_beside_the_lesson_is_seen(good_lesson: Path,
                                                 linted: list[str]) -> None:
    text = good_lesson.read_text(encoding="utf-8")
    good_lesson.write_text(text.replace("    show: moppi", "    show: {image: kuvat/moppi.png}"),
                           encoding="utf-8")
    assert any("does not exist" in m for m in _messages(lint_paths([good_lesson], cached=True)))
    (good_lesson.parent / "kuvat").mkdir()
    (good_lesson.parent / "kuvat" / "moppi.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    report = lint_paths([good_lesson], cached=True)
    assert linted == ["testi.yaml", "testi.yaml"]
    assert not any("does not exist" in m for m in _messages(report))
    _same(report, lint_paths([good_lesson]))


def test_a_cache_of_another_version_is_not_used(good_lesson: Path, tmp_path: Path,
                                                linted: list[str]) -> None:
    lint_paths([good_lesson], cached=True)
    cache = tmp_path / "cache" / lintcache.FILE_NAME
    data = pickle.loads(cache.read_bytes())
    data["version"] = "an older valkky"
    cache.write_bytes(pickle.dumps(data))
    lint_paths([good_lesson], cached=True)
    assert linted == ["testi.yaml", "testi.yaml"]
    assert pickle.loads(cache.read_bytes())["version"] == lintcache.code_version()


@pytest.mark.parametrize("damage", ["corrupt", "not a folder", "read-only"])
def test_a_broken_cache_is_no_error(good_lesson: Path, tmp_path: Path, linted: list[str],
                                    damage: str) -> None:
    folder = tmp_path / "cache"
    if damage == "corrupt":
        folder.mkdir()
        (folder / lintcache.FILE_NAME).write_bytes(b"\x80\x05not a pickle at all")
    elif damage == "not a folder":
        folder.write_text("a file where the cache folder would be", encoding="utf-8")
    else:
        folder.mkdir()
        folder.chmod(0o500)
    try:
        for _ in range(2):
            _same(lint_paths([good_lesson], cached=True), lint_paths([good_lesson]))
    finally:
        if folder.is_dir():
            folder.chmod(0o700)
    unwritable = damage == "not a folder" or (damage == "read-only" and os.geteuid() != 0)
    assert len(linted) == (2 if unwritable else 1)  # root writes in a read-only folder
    assert not (folder.is_dir() and list(folder.glob(".lint-*")))  # no half-written file


class _RunsCode:
    """A pickle that, loaded, runs code of its writer's choosing (here: makes a file)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (Path.touch, (self.marker,))


@pytest.mark.parametrize("how", ["another user's file", "a file others can write",
                                 "a folder others can write", "a link to it"])
def test_a_cache_someone_else_could_have_written_is_not_loaded(
        good_lesson: Path, tmp_path: Path, linted: list[str], how: str) -> None:
    """Loading a pickle runs code: a cache file another user could have put there is
    ignored (linted afresh, no error), never loaded."""
    if how == "another user's file" and os.geteuid() != 0:
        pytest.skip("only root can give a file to another user")
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    marker = tmp_path / "ran"
    cache = folder / lintcache.FILE_NAME
    bait = pickle.dumps({"version": lintcache.code_version(), "entries": _RunsCode(marker)})
    if how == "a link to it":
        (tmp_path / "elsewhere.pickle").write_bytes(bait)
        cache.symlink_to(tmp_path / "elsewhere.pickle")
    else:
        cache.write_bytes(bait)
        cache.chmod(0o600)
    if how == "another user's file":
        os.chown(cache, 65534, 65534)
    elif how == "a file others can write":
        cache.chmod(0o666)
    elif how == "a folder others can write":
        folder.chmod(0o777)
    _same(lint_paths([good_lesson], cached=True), lint_paths([good_lesson]))
    assert linted == ["testi.yaml"] and not marker.exists()


def test_the_cache_is_written_for_its_owner_alone(good_lesson: Path, tmp_path: Path,
                                                  linted: list[str]) -> None:
    lint_paths([good_lesson], cached=True)
    cache = tmp_path / "cache" / lintcache.FILE_NAME
    assert cache.stat().st_mode & 0o777 == 0o600
    assert cache.parent.stat().st_mode & 0o077 == 0
    linted.clear()
    lint_paths([good_lesson], cached=True)
    assert linted == []  # read back: it is this user's own


def test_the_version_changes_with_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    before = lintcache.code_version()
    stamp = lintcache._stamp
    monkeypatch.setattr(lintcache, "_stamp", lambda path: f"{path}:edited"
                        if path.suffix == ".py" else stamp(path))  # a module edited
    # the modules are looked through once a process: as in a new one
    monkeypatch.setattr(lintcache, "_package_version",
                        functools.cache(lintcache._package_version.__wrapped__))
    assert lintcache.code_version() != before


def test_the_cache_keeps_the_most_recently_linted_files(
        good_lesson: Path, tmp_path: Path, linted: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lintcache, "MAX_ENTRIES", 2)
    text = good_lesson.read_text(encoding="utf-8")
    others = []
    for n in range(2):
        other = good_lesson.with_name(f"muu{n}.yaml")
        other.write_text(text.replace("id: testi", f"id: muu{n}"), encoding="utf-8")
        others.append(other)
    lint_paths([good_lesson], cached=True)
    lint_paths([others[0]], cached=True)
    good_lesson.write_text(text.replace("Siivousvälineet", "Välineet"), encoding="utf-8")
    lint_paths([good_lesson], cached=True)  # linted again: newer than muu0
    lint_paths([others[1]], cached=True)  # muu0 goes
    linted.clear()
    lint_paths([good_lesson], cached=True)
    lint_paths([others[1]], cached=True)
    lint_paths([others[0]], cached=True)
    assert linted == ["muu0.yaml"]
    kept = pickle.loads((tmp_path / "cache" / lintcache.FILE_NAME).read_bytes())["entries"]
    assert len(kept) == 2


def test_a_cache_rewritten_by_another_command_is_read_again(
        good_lesson: Path, linted: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that opened the cache keeps what it read (valkky.lesson.lintcache._seen)
    only while the file stays the same: another command's write is read."""
    reads: list[Path] = []
    read_own = lintcache.read_own
    monkeypatch.setattr(lintcache, "read_own", lambda path: reads.append(path) or read_own(path))
    lint_paths([good_lesson], cached=True)
    lint_paths([good_lesson], cached=True)
    lint_paths([good_lesson], cached=True)
    assert linted == ["testi.yaml"]
    assert len(reads) <= 1, reads  # kept in the process, not read and unpickled again
    cache = Path(os.environ["VALKKY_CACHE_DIR"]) / lintcache.FILE_NAME
    other = cache.with_name("other")  # another command's: written whole, then renamed
    other.write_bytes(pickle.dumps({"version": lintcache.code_version(), "entries": {}}))
    other.chmod(0o600)
    os.replace(other, cache)
    before = len(reads)
    lint_paths([good_lesson], cached=True)
    assert len(reads) == before + 1  # read again: it is another file now
    assert linted == ["testi.yaml", "testi.yaml"]
    cache.parent.chmod(0o777)  # now anyone could have written it: not trusted, nor kept
    lint_paths([good_lesson], cached=True)
    assert linted == ["testi.yaml"] * 3


def test_a_save_writes_the_other_results_as_they_were_read(
        good_lesson: Path, tmp_path: Path, linted: list[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each result is pickled on its own: a save after one file was linted writes the
    others' bytes as read, and opening the cache unpickles none until one is asked for."""
    other = good_lesson.with_name("muu.yaml")
    other.write_text(good_lesson.read_text(encoding="utf-8").replace("id: testi", "id: muu"),
                     encoding="utf-8")
    lint_paths([good_lesson], cached=True)
    cache = tmp_path / "cache" / lintcache.FILE_NAME
    before = pickle.loads(cache.read_bytes())["entries"]
    lintcache._seen.clear()  # as a new process: read from the file
    loads: list[bytes] = []
    real_loads = pickle.loads
    monkeypatch.setattr(lintcache.pickle, "loads",
                        lambda data: loads.append(data) or real_loads(data))
    report = lint_paths([other], cached=True)
    assert [x.id for x in report.lessons] == ["muu"] and linted == ["testi.yaml", "muu.yaml"]
    assert len(loads) == 1  # the file; testi's result is not unpickled
    after = pickle.loads(cache.read_bytes())["entries"]
    assert after[str(good_lesson)] == before[str(good_lesson)]
    assert isinstance(after[str(good_lesson)][1], bytes)


def test_a_damaged_result_is_linted_again(good_lesson: Path, tmp_path: Path,
                                          linted: list[str]) -> None:
    first = lint_paths([good_lesson], cached=True)
    cache = tmp_path / "cache" / lintcache.FILE_NAME
    data = pickle.loads(cache.read_bytes())
    key, _ = data["entries"][str(good_lesson)]
    data["entries"][str(good_lesson)] = (key, b"\x80\x05not a pickle")
    cache.write_bytes(pickle.dumps(data))  # this user's own, mode 0600 as it was
    _same(lint_paths([good_lesson], cached=True), first)
    assert linted == ["testi.yaml", "testi.yaml"]
