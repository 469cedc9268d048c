"""Every lesson in lessons/: lint-clean, and run end to end by a good learner and by a
struggling one with typical errors, with the verdicts a good trainer would give."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lessons.library import bundled_lesson, library_report
from valkky import events as ev
from valkky.engine.feedback import almost_fi
from valkky.engine.session import Session
from valkky.judge import judge
from valkky.lesson.files import lesson_files
from valkky.paths import lessons_dir
from valkky.runtime import Runtime
from valkky.testing.learners import ScriptedLearner
from valkky.testing.table import check_rows

FILES = lesson_files([lessons_dir()])[0]
# The runs below, one test per profession's folder that runs each of its lessons and names
# every lesson that fails (valkky.testing.table): a test per lesson would cost pytest more
# than many of the runs, and a folder's lessons still spread over the workers.
FOLDERS: dict[str, list[Path]] = {}
for _path in FILES:
    FOLDERS.setdefault(_path.parent.name, []).append(_path)


class Verdicts:
    def __init__(self) -> None:
        self.items: list[ev.Verdict] = []
        self.end: ev.End | None = None

    def handle(self, event: ev.Event) -> None:
        if isinstance(event, ev.Verdict):
            self.items.append(event)
        elif isinstance(event, ev.End):
            self.end = event


def _run(path: Path, struggling: bool) -> tuple[ScriptedLearner, Verdicts]:
    lesson = bundled_lesson(path)  # loaded once per process, by lint
    learner = ScriptedLearner(struggling=struggling)
    seen = Verdicts()
    session = Session(lesson, judge=judge, feedback=almost_fi, lang="en")
    Runtime(session, learner, [seen]).run()
    return learner, seen


def test_the_library_lints_clean() -> None:
    report = library_report()
    assert report.errors == 0 and report.warnings == 0, [str(p) for p in report.problems]


def _stem(path: Path) -> str:
    return path.stem


@pytest.mark.parametrize("folder", FOLDERS)
def test_a_good_learner_gets_everything_right(folder: str) -> None:
    def check(path: Path) -> None:
        _, seen = _run(path, struggling=False)
        wrong = [(v.step, v.heard, v.verdict, v.reason) for v in seen.items
                 if v.verdict != "correct"]
        assert not wrong, f"the lesson's own accepted answers are not judged correct: {wrong}"
        assert seen.end is not None and seen.end.reason == "completed"

    check_rows(FOLDERS[folder], check, _stem)


@pytest.mark.parametrize("folder", FOLDERS)
def test_a_struggling_learner_gets_specific_feedback(folder: str) -> None:
    def check(path: Path) -> None:
        learner, seen = _run(path, struggling=True)
        assert len(learner.expectations) == len(seen.items)
        for expect, verdict in zip(learner.expectations, seen.items, strict=True):
            assert verdict.step == expect.step and verdict.try_ == expect.try_number
            assert verdict.verdict in expect.verdicts, (expect, verdict)
            if expect.reasons and verdict.verdict == expect.verdicts[0]:
                assert verdict.reason in expect.reasons, (expect, verdict)
        assert seen.end is not None and seen.end.reason == "completed"
        firsts = [v for v in seen.items if v.try_ == 1]
        assert any(v.verdict == "almost" for v in firsts), "no typical error was recognised"

    check_rows(FOLDERS[folder], check, _stem)


def test_every_lesson_is_portable_yaml(request: pytest.FixtureRequest) -> None:
    """libyaml (which lint uses when present) accepts some text the YAML spec and the
    pure-Python parser do not, such as `[Mitä?, …]`; editors and other tools use the latter.

    The pure parser takes ≈ 3 s for the library, so a text it has accepted (the same bytes,
    the same PyYAML) is remembered in pytest's cache (.pytest_cache) and not parsed again;
    a changed file, another PyYAML or a run without that cache parses it."""
    import hashlib

    import yaml

    cache = getattr(request.config, "cache", None)  # none under -p no:cacheprovider

    def check(path: Path) -> None:
        text = path.read_text(encoding="utf-8")
        key = ("valkky/portable-yaml/"
               f"{hashlib.sha256(text.encode()).hexdigest()}-{yaml.__version__}")
        if cache is not None and cache.get(key, False):
            return
        yaml.load(text, Loader=yaml.SafeLoader)
        if cache is not None:
            cache.set(key, True)

    check_rows(FILES, check, _stem)


def test_the_catalogue_is_current() -> None:
    from valkky.lesson.catalogue_md import markdown
    from valkky.paths import ROOT

    committed = (ROOT / "docs" / "lessons.md").read_text(encoding="utf-8")
    current = markdown(library_report().lessons)
    assert committed == current, "run: valkky lessons --markdown > docs/lessons.md"
