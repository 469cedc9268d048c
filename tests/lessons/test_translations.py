"""Glosses and hints are in the right script for their language: a Russian hint filed
under uk, Persian letters in Arabic, or Cyrillic under so would reach the wrong learner."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from valkky.lesson.files import lesson_files
from valkky.paths import lessons_dir
from valkky.testing.table import check_rows

FILES = [*lesson_files([lessons_dir()])[0], lessons_dir() / "professions.yaml"]
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")
UKRAINIAN_ONLY = re.compile(r"[ІіЇїЄєҐґ]")
RUSSIAN_ONLY = re.compile(r"[ЫыЭэЁёЪъ]")
PERSIAN_ONLY = re.compile(r"[پچژگیک]")  # also Persian yeh and keheh
ARABIC_ONLY = re.compile(r"[يك]")  # Arabic yeh and kaf, which Persian writes ی and ک
SCRIPTS = ("ru", "uk", "ar", "fa", "so")  # the languages whose script _problem checks
# Finnish quoted inside a hint ("«kä»", "(tuli)") is not the hint's language.
QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|'[^']*'|\([^)]*\)|[A-Za-zÄÖÅäöå]+")


def _texts(node: object, lang: str | None = None) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _texts(value, key if isinstance(key, str) and len(key) == 2 else lang)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value, lang)
    elif isinstance(node, str) and lang:
        yield lang, node


def _problem(lang: str, text: str) -> str | None:
    own = QUOTED.sub("", text)
    checks = {
        "ru": (not CYRILLIC.search(text), "no Cyrillic"),
        "uk": (not CYRILLIC.search(text) or bool(RUSSIAN_ONLY.search(own)),
               "not Ukrainian (ы, э, ё, ъ are Russian)"),
        "ar": (not ARABIC_SCRIPT.search(text) or bool(PERSIAN_ONLY.search(own)),
               "not Arabic (پ چ ژ گ ی ک are Persian)"),
        "fa": (not ARABIC_SCRIPT.search(text) or bool(ARABIC_ONLY.search(own)),
               "not Persian (ي ك are Arabic; Persian writes ی ک)"),
        "so": (bool(CYRILLIC.search(text) or ARABIC_SCRIPT.search(text)),
               "Somali is written in Latin script"),
    }
    if lang == "ru" and UKRAINIAN_ONLY.search(own):
        return "Ukrainian letters in Russian"
    failed, message = checks.get(lang, (False, ""))
    return message if failed else None


def test_translations_are_in_their_languages_script() -> None:
    """Every file, as one test that names each file with a problem (valkky.testing.table)."""
    def check(path: Path) -> None:
        # libyaml where there is one: the pure-Python parser takes ten times as long, and
        # test_library.py holds every lesson to it already
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
        texts = list(_texts(data))
        # each language whose script is checked, where the file offers it (a lesson's
        # support; the professions offer all), has texts: else nothing of it was checked
        offered = set(data.get("support", SCRIPTS)) if isinstance(data, dict) else set(SCRIPTS)
        unchecked = sorted(offered.intersection(SCRIPTS) - {lang for lang, _ in texts})
        assert not unchecked, f"no gloss or hint in {unchecked}: nothing of it checked"
        wrong = [(lang, text, problem) for lang, text in texts
                 if (problem := _problem(lang, text))]
        assert not wrong, wrong

    check_rows(FILES, check, lambda path: path.stem)


def test_the_check_catches_swapped_languages() -> None:
    assert _problem("uk", "Это ведро.") is not None
    assert _problem("ar", "این سطل است.") is not None
    assert _problem("fa", "هذا كبير") is not None  # Arabic kaf and yeh
    assert _problem("so", "ведро") is not None
    assert _problem("ru", "Це відро.") is not None
    assert _problem("uk", "Це відро.") is None


# Languages whose glosses nobody on the project can check: every lesson in one of them
# says so with `review:`, and docs/lessons.md lists those lessons for a native speaker.
UNREVIEWED = ("so",)


def test_every_unreviewed_language_is_marked_for_review() -> None:
    from tests.lessons.library import library_report

    lessons = library_report().lessons
    assert lessons
    unmarked = [(x.id, lang) for x in lessons for lang in UNREVIEWED
                if lang in x.support and lang not in x.review]
    assert not unmarked, "add review: {so: native speaker review wanted} to these"
    listed = (lessons_dir().parent / "docs" / "lessons.md").read_text(encoding="utf-8")
    section = listed.split("## Translations awaiting a native speaker's review", 1)[-1]
    assert all(f"`{x.id}`" in section for x in lessons if "so" in x.review)


def _gloss(lesson_id: str, fi: str, lang: str) -> str:
    from tests.lessons.library import library_report

    lesson = next(x for x in library_report().lessons if x.id == lesson_id)
    return lesson.gloss(fi, lang) or ""


def test_the_gloss_errors_a_trainer_found_stay_fixed() -> None:
    """harja is a floor brush (not the hand brush فرشاة / برس), hygieniapassi is not the
    Russian health book, pultti is a bolt (not برغي, a screw), Ukrainian дриль is masculine."""
    assert "فرشاة" not in _gloss("siivous-valineet", "harja", "ar")
    assert "برس" not in _gloss("siivous-valineet", "harja", "fa")
    assert "санитарн" not in _gloss("ravintola-hygienia", "hygieniapassi", "ru")
    assert "برغي" not in _gloss("metalli-tyokalut", "pultti", "ar")
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"дриль\s+\w+ла\b|дриль\s+(зламана|нова|сама)", text), path
