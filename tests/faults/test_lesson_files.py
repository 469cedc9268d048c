"""Hostile and careless lesson files: alias bombs, deep nesting, huge files, and lessons
that passed lint but could not run. Each is refused with file:line:col, in one clear line,
before anything large is built.

Memory is bounded by the refusal itself: tracemalloc's peak while a bomb is read stays
under a few megabytes, where the expansion would need hundreds of megabytes to gigabytes.
"""

from __future__ import annotations

import re
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import GOOD_LESSON
from valkky.cli import main
from valkky.lesson import yamlsource
from valkky.lesson.lint import lint_paths
from valkky.lesson.loader import check_text
from valkky.lesson.spec import MAX_LIST, MAX_STEPS, MAX_TURNS, MAX_VOCABULARY
from valkky.lesson.yamlsource import SourceError, parse
from valkky.testing.library import library_report

PEAK_LIMIT = 4_000_000  # bytes; an expanded bomb needs 100 times this or more

HEADER = "id: pommi\nversion: 1\ntitle: Pommi\nprofession: siivous\nlevel: A1\nsupport: [en]\n"


def _lol_lists(levels: int = 9, width: int = 9) -> str:
    """The billion laughs as YAML flow lists: each level lists the previous one 9 times."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


def _lol_maps(levels: int = 8, width: int = 8) -> str:
    """The same with block mappings of aliases."""
    out = ["m0: &m0", *[f"  k{j}: lol" for j in range(width)]]
    for i in range(1, levels):
        out.append(f"m{i}: &m{i}")
        out += [f"  k{j}: *m{i - 1}" for j in range(width)]
    return "\n".join(out) + "\n"


def _lol_in_steps() -> str:
    """A bomb where a lesson reads it: in a step's accept list (7 lines)."""
    return HEADER + (
        'x: &x ["moppi moppi moppi moppi moppi moppi moppi moppi moppi moppi"]\n'
        "y: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x]\n"
        "z: &z [*y, *y, *y, *y, *y, *y, *y, *y, *y, *y]\n"
        "w: &w [*z, *z, *z, *z, *z, *z, *z, *z, *z, *z]\n"
        "v: &v [*w, *w, *w, *w, *w, *w, *w, *w, *w, *w]\n"
        "steps: [{ask: Mikä?, accept: [*v, *v, *v, *v, *v, *v, *v, *v, *v, *v]}]\n")


def _long_scalar() -> str:
    """Few aliases, each repeating a long text: the values, not their count, explode."""
    long = "moppi " * 20_000
    return (HEADER + f'x: &x "{long}"\n'
            "y: &y [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x]\n"
            "z: &z [*y, *y, *y, *y, *y, *y, *y, *y, *y, *y]\n"
            "steps: [{say: *z}]\n")


def _deep_lists() -> str:
    return HEADER + "steps: " + "[" * 900 + "]" * 900 + "\n"


def _deep_block_maps() -> str:
    return HEADER + "steps:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 300))


def _deep_by_aliases() -> str:
    """Each level 30 deep, stacked through aliases: deep only once expanded."""
    a = "a: &a " + "[" * 30 + "x" + "]" * 30 + "\n"
    b = "b: &b " + "[" * 30 + "*a" + "]" * 30 + "\n"
    c = "c: &c " + "[" * 30 + "*b" + "]" * 30 + "\n"
    return HEADER + a + b + c + "steps: [{say: Hei}]\n"


BOMBS: dict[str, Callable[[], str]] = {
    "lists": lambda: HEADER + _lol_lists() + "steps: [{say: Hei}]\n",
    "maps": lambda: HEADER + _lol_maps() + "steps: [{say: Hei}]\n",
    "in-steps": _lol_in_steps,
    "long-scalar": _long_scalar,
    "deep-lists": _deep_lists,
    "deep-block-maps": _deep_block_maps,
}


def _peak(fn: Callable[[], object]) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = fn()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("shape", list(BOMBS))
def test_a_bomb_is_refused_at_its_position_before_it_is_built(shape: str) -> None:
    text = BOMBS[shape]()
    (lesson, problems), peak = _peak(lambda: check_text(text, "pommi.yaml"))
    assert lesson is None
    errors = [p for p in problems if p.severity == "error"]
    assert errors and errors[0].line > 1 and errors[0].col >= 1, problems
    assert any(w in errors[0].message for w in ("alias", "nesting")), errors[0].message
    assert peak < PEAK_LIMIT, f"{peak / 1e6:.1f} MB built for a refused file"


def test_the_alias_that_crosses_the_budget_is_named() -> None:
    text = HEADER + _lol_lists() + "steps: [{say: Hei}]\n"
    with pytest.raises(SourceError) as info:
        parse(text)
    line = text.splitlines()[info.value.pos.line - 1]
    assert line[info.value.pos.col - 1] == "*"  # the position is that of an alias
    assert "alias" in info.value.message


def test_deep_nesting_through_aliases_is_bounded() -> None:
    lesson, problems = check_text(_deep_by_aliases(), "syva.yaml")
    assert lesson is None
    assert any("nesting" in p.message or "deep" in p.message for p in problems)


def test_a_refused_bomb_is_never_composed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refused from the event stream: no node graph is composed, let alone converted."""
    def no(*args: object, **kwargs: object) -> None:
        raise AssertionError("composed a file that should have been refused")

    monkeypatch.setattr(yamlsource.yaml, "compose", no)
    with pytest.raises(SourceError):
        parse(HEADER + _lol_lists() + "steps: [{say: Hei}]\n")


def test_a_recursive_alias_is_refused() -> None:
    with pytest.raises(SourceError) as info:
        parse("a: &x [1, *x]\n")
    assert info.value.pos == (1, 11) and "alias" in info.value.message


def test_an_undefined_alias_is_a_clear_error() -> None:
    with pytest.raises(SourceError) as info:
        parse("a: *nowhere\n")
    assert info.value.pos == (1, 4)


def test_a_small_alias_for_a_repeated_hint_still_works(library_root: Path) -> None:
    """Trainers reuse a hint with &name/*name (two bundled lessons do): within the budget."""
    text = GOOD_LESSON.replace("    hint: {fi: Se alkaa mo.", "    hint: &h {fi: Se alkaa mo.")
    text = text.replace("      - accept: [siivoan, minä siivoan]",
                        "      - accept: [siivoan, minä siivoan]\n        hint: *h")
    lesson, problems = check_text(text, str(library_root / "lessons" / "siivous" / "t.yaml"))
    assert lesson is not None, [str(p) for p in problems]


def test_the_bundled_lessons_stay_within_the_budget() -> None:
    report = library_report()  # `valkky lint lessons`, made once per test process
    assert report.files > 50 and report.errors == 0, [str(p) for p in report.problems
                                                      if p.severity == "error"][:5]


def test_an_oversized_file_is_refused_without_reading_it(library_root: Path) -> None:
    path = library_root / "lessons" / "siivous" / "iso.yaml"
    with path.open("w", encoding="utf-8") as f:
        f.write(HEADER + "steps:\n")
        f.write("  - say: Hei\n" * 200_000)  # 2.4 MB of valid YAML
    report, peak = _peak(lambda: lint_paths([path]))
    assert report.errors == 1
    assert "too large" in report.problems[0].message
    assert peak < PEAK_LIMIT


@pytest.mark.parametrize("command", ["lint", "run", "lessons", "plan"])
def test_every_command_that_reads_lessons_refuses_a_bomb(
        library_root: Path, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    bomb = library_root / "lessons" / "siivous" / "pommi.yaml"
    bomb.write_text(_lol_in_steps(), encoding="utf-8")
    argv = {"lint": ["lint", str(bomb)],
            "run": ["run", str(bomb), "--learner", "X1", "--no-store"],
            "lessons": ["lessons", str(bomb.parent)],
            "plan": ["plan", "X1"]}[command]
    if command == "plan":
        assert main(["learners", "add", "X1"]) == 0
    code, peak = _peak(lambda: main(argv))
    err = capsys.readouterr()
    assert peak < PEAK_LIMIT * 4  # the command's own imports included
    assert "Traceback" not in err.err
    if command in ("lint", "run"):
        assert code == 1
        assert re.search(rf"{re.escape(str(bomb))}:\d+:\d+: error: .*alias", err.out + err.err)


def test_a_bomb_in_professions_yaml_is_refused(library_root: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    professions = library_root / "lessons" / "professions.yaml"
    professions.write_text(
        "professions:\n  - {id: siivous, fi: Siivous, en: Cleaning}\n" + _lol_lists(),
        encoding="utf-8")
    good = library_root / "lessons" / "siivous" / "testi.yaml"
    good.write_text(GOOD_LESSON, encoding="utf-8")
    report, peak = _peak(lambda: lint_paths([good]))
    assert peak < PEAK_LIMIT
    bad = [p for p in report.problems if p.path == str(professions)]
    assert bad and "alias" in bad[0].message and bad[0].line > 1

    from valkky.lesson.catalogue_md import markdown

    text, peak = _peak(lambda: markdown([]))
    assert peak < PEAK_LIMIT and isinstance(text, str)


def test_a_bomb_in_gestures_yaml_is_refused(library_root: Path) -> None:
    gestures = library_root / "hardware" / "gestures.yaml"
    gestures.write_text("gestures:\n  wave: {keyframes: []}\n" + _lol_lists(),
                        encoding="utf-8")
    good = library_root / "lessons" / "siivous" / "testi.yaml"
    good.write_text(GOOD_LESSON, encoding="utf-8")
    report, peak = _peak(lambda: lint_paths([good]))
    assert peak < PEAK_LIMIT
    assert any(p.path == str(gestures) and "alias" in p.message for p in report.problems)


# -- lessons that passed lint and could not run ------------------------------------------

ELEVEN = "[" + ", ".join(f"vaihtoehto {i}" for i in range(1, 12)) + "]"
# (what to replace, its replacement, the text after which the error stands, message)
UNRUNNABLE = [
    ("    options: [moppi, ämpäri]\n    answer: ämpäri", "    options: []\n    answer: ämpäri",
     "options: ", "at least two options"),
    ("    accept: [moppi, se on moppi]", "    accept: []", "accept: ", "'accept' is empty"),
    ("    accept: [moppi, se on moppi]", "    accept: [moppi, '!!!']", "moppi, ",
     "'!!!' has nothing a learner can say"),
    ("    accept: [moppi, se on moppi]", "    accept: '...'", "accept: ",
     "'...' has nothing a learner can say"),
    ("      - accept: [siivoan, minä siivoan]", "      - accept: [siivoan, '?']",
     "siivoan, ", "'?' has nothing a learner can say"),
    ("    options: [moppi, ämpäri]", "    options: [moppi, ämpäri, '---']", "ämpäri, ",
     "'---' has nothing a learner can say"),
    ("  - repeat: Pese kädet.", "  - repeat: '!!!'", "repeat: ",
     "'!!!' has nothing a learner can say"),
    ("    options: [moppi, ämpäri]\n    answer: ämpäri",
     f"    options: {ELEVEN}\n    answer: vaihtoehto 2", "options: ", "at most 10 options"),
    ("  - goto: mika\n", "  - id: takaisin\n    goto: takaisin\n", "goto: ",
     "goto 'takaisin' jumps to itself"),
]


@pytest.mark.parametrize(("old", "new", "before", "message"), UNRUNNABLE,
                         ids=[u[3][:24] + str(i) for i, u in enumerate(UNRUNNABLE)])
def test_a_lesson_that_cannot_run_fails_lint_at_its_position(
        library_root: Path, old: str, new: str, before: str, message: str) -> None:
    assert old in GOOD_LESSON
    text = GOOD_LESSON.replace(old, new, 1)
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(text, encoding="utf-8")
    errors = [p for p in lint_paths([path]).problems if p.severity == "error"]
    matching = [p for p in errors if message in p.message]
    assert matching, [str(p) for p in errors]
    lines = text.splitlines()
    last = new.splitlines()[-1] if "goto" in new else next(
        x for x in new.splitlines() if before in x)
    line = lines.index(last) + 1
    col = last.index(before) + len(before) + 1
    assert (matching[0].line, matching[0].col) == (line, col), str(matching[0])


def test_run_refuses_an_empty_choose_in_one_line(library_root: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(GOOD_LESSON.replace("    options: [moppi, ämpäri]", "    options: []"),
                    encoding="utf-8")
    answers = library_root / "answers.txt"
    answers.write_text("moppi\n", encoding="utf-8")
    code = main(["run", str(path), "--learner", "X1", "--no-store", "--answers", str(answers)])
    err = capsys.readouterr().err
    assert code == 1
    assert "at least two options" in err and "Traceback" not in err


def test_the_option_limit_is_the_numbers_the_robot_reads() -> None:
    from valkky.engine.phrases import NUMBERS
    from valkky.lesson.spec import MAX_OPTIONS

    assert len(NUMBERS) == MAX_OPTIONS


# One entry over each limit, every entry one the checker would refuse: the list is refused
# whole, as one error, or else each entry checked would add one of its own. (Lists of
# thousands of entries once stood in for "longer than any lesson": ≈ 2 s of CPU in YAML
# parsing, and a limit above the list's length would have passed unseen.)
@pytest.mark.parametrize(("where", "text"), [
    ("steps", HEADER + "steps:\n" + "  - {}\n" * (MAX_STEPS + 1)),
    ("vocabulary", HEADER + "vocabulary:\n" + "  - 7\n" * (MAX_VOCABULARY + 1)
     + "steps: [{say: Hei}]\n"),
    ("accept", HEADER + "steps:\n  - ask: Mikä?\n    accept: ["
     + ", ".join("''" for _ in range(MAX_LIST + 1)) + "]\n"),
    ("mistakes", HEADER + "steps:\n  - ask: Mikä?\n    accept: [moppi]\n    mistakes:\n"
     + "".join(f"      v{i}: []\n" for i in range(MAX_LIST + 1))),
    ("hint", HEADER + "steps:\n  - ask: Mikä?\n    accept: [moppi]\n    hint:\n"
     + "".join(f"      x{i}: 7\n" for i in range(MAX_LIST + 1))),
    ("dialogue", HEADER + "steps:\n  - dialogue:\n" + "      - {}\n" * (MAX_TURNS + 1)),
])
def test_a_list_longer_than_any_lesson_is_refused_whole(where: str, text: str) -> None:
    """One error at the list, not one per entry, and no entry is checked."""
    lesson, problems = check_text(text, "pitka.yaml")
    assert lesson is None
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 1 and "entries" in errors[0].message, [str(p) for p in errors][:3]


@pytest.mark.parametrize(("old", "new"), [
    ("version: 1", "version: " + "9" * 5000),  # int() refuses it: still one short line
    ("    if: {score_below: 0.6}", "    if: {score_below: nan}"),
    ("    if: {score_below: 0.6}", "    if: {score_below: 1e999}"),
])
def test_numbers_that_are_not_are_refused_in_a_short_line(library_root: Path, old: str,
                                                          new: str) -> None:
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    path.write_text(GOOD_LESSON.replace(old, new), encoding="utf-8")
    errors = [p for p in lint_paths([path]).problems if p.severity == "error"]
    assert len(errors) == 1 and len(str(errors[0])) < 300, [str(p)[:300] for p in errors]


@pytest.mark.parametrize("image", ["/etc/passwd", "../../../../etc/passwd", "../testi.yaml",
                                   "kuvat/../../professions.yaml", "testi.yaml"])
def test_an_image_is_an_image_inside_the_lesson_folder(good_lesson: Path, image: str) -> None:
    text = GOOD_LESSON.replace("    show: moppi", f"    show: {{image: '{image}'}}")
    good_lesson.write_text(text, encoding="utf-8")
    errors = [p for p in lint_paths([good_lesson]).problems if p.severity == "error"]
    assert any("in the lesson's folder" in p.message for p in errors), [str(p) for p in errors]


def test_an_image_beside_the_lesson_is_taken(good_lesson: Path) -> None:
    (good_lesson.parent / "kuvat").mkdir()
    (good_lesson.parent / "kuvat" / "moppi.png").write_bytes(b"\x89PNG\r\n")
    text = GOOD_LESSON.replace("    show: moppi", "    show: {text: moppi, image: kuvat/moppi.png}")
    good_lesson.write_text(text, encoding="utf-8")
    report = lint_paths([good_lesson])
    assert report.errors == 0, [str(p) for p in report.problems]


def test_what_a_file_says_is_printed_escaped_and_short(library_root: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    path = library_root / "lessons" / "siivous" / "testi.yaml"
    text = GOOD_LESSON.replace("title: Siivousvälineet",
                               'title: Siivousvälineet\n"\\e]0;owned\\a\\e[2J": x')
    path.write_text(text.replace("profession: siivous", "profession: " + "k" * 100_000),
                    encoding="utf-8")
    assert main(["lint", str(path)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    lines = out.splitlines()
    assert all(len(line) < 1000 for line in lines)
    assert any("\\x1b]0;owned" in line for line in lines)
