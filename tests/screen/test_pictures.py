"""The picture set (OpenMoji, and the GHS hazard pictograms): lessons name pictures, lint
checks that each exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from valkky import pictures
from valkky.lesson.checker import Library
from valkky.lesson.loader import check_text

HEAD = """\
id: t
version: 1
title: T
profession: siivous
level: A1
support: [en]
"""
LESSON = HEAD + """\
vocabulary:
  - {fi: ämpäri, en: bucket, image: "openmoji:ämpäri"}
steps:
  - say: Tämä on ämpäri.
    show: {text: ämpäri, image: "openmoji:ämpäri"}
  - say: Varo!
    show: {text: varoitus, image: "openmoji:26A0"}
"""


def test_every_picture_of_the_set_exists() -> None:
    missing = [name for name in pictures.SET if pictures.resolve(name) is None]
    assert missing == []


def test_a_lesson_names_pictures_and_gets_their_files() -> None:
    lesson, problems = check_text(LESSON, "t.yaml", Library())
    assert lesson is not None, [str(p) for p in problems]
    image = lesson.vocabulary[0].image
    assert image and image.endswith("1FAA3.svg")
    assert lesson.steps[1].show and lesson.steps[1].show.image.endswith("26A0.svg")


def test_lint_names_a_picture_that_is_not_there() -> None:
    _, problems = check_text(LESSON.replace("openmoji:ämpäri\"}\nsteps",
                                            "openmoji:ampari\"}\nsteps"), "t.yaml", Library())
    text = [str(p) for p in problems]
    assert any("no such picture" in t and "did you mean 'openmoji:ämpäri'" in t
               for t in text), text


# -- the GHS hazard pictograms ------------------------------------------------------------

# Each drawing looked at and found to be its pictogram (red diamond, black symbol on white);
# a changed file (a new release of the package, say) must be looked at again.
GHS_SHA256 = {
    "GHS01": "98faa6d33f1e265eb79aa81c539d16c6677b85450c68a446e2b5379011e1543c",  # bomb
    "GHS02": "67fccf9196bfd8f65b73ef21593f6eaf4588b0b5d3109f8b028b342663d03e93",  # flame
    "GHS03": "3902b383c9e84f5f447c7f6b6391b18013029f5fa7425fab55ed06aa94333d0b",  # over circle
    "GHS04": "af036320e7bc87c2ab4d61b0cb3235be202950f134444fe92efbe63de8dcddc2",  # cylinder
    "GHS05": "e70b57e57cb7a53ef97b8b0f9d7d143674293b6bb1338991dfebdfd5848097c0",  # corrosion
    "GHS06": "65c9f5837611a9d2b104e26be2350988e47df70bebf156f4e998b338a721636a",  # skull
    "GHS07": "65209d639d837a89e9f42a6c15edee983c8190951e88389b6c460de5d3f8963b",  # exclamation
    "GHS08": "0a91e1d5c8dbe0be3c7c5f3def5fad98f1ee87f8db64dc03d20f9943b0091316",  # health
    "GHS09": "62821bbe12212e127c2660572a9b41b383db0b9f5550551db8ce015846b2242c",  # environment
}

GHS_LESSON = HEAD + """\
vocabulary:
  - {fi: syövyttävä, en: corrosive, image: "ghs:syövyttävä"}
steps:
  - say: Lue pullon teksti.
    show: {text: 'VAARA! Syövyttävä.', image: "ghs:GHS05"}
  - say: Tämä merkki tarkoittaa syövyttävää.
    show: syövyttävä
"""


def test_the_nine_ghs_pictograms_are_the_drawings_looked_at() -> None:
    import hashlib

    assert set(pictures.GHS.values()) == set(pictures.GHS_CODES) == set(GHS_SHA256)
    for code, digest in GHS_SHA256.items():
        path = pictures.find(f"ghs:{code}")
        assert path is not None, code
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, code
    # by Finnish name, in any case, and the code in any case
    assert pictures.find("ghs:Syövyttävä") == pictures.find("ghs:ghs05")
    assert pictures.find("ghs:kaasu paineen alaisena") == pictures.find("ghs:GHS04")
    assert pictures.find("ghs:GHS10") is None and pictures.find("ghs:ämpäri") is None
    assert pictures.find("openmoji:syövyttävä") is None  # each source has its own names


def test_a_lesson_names_ghs_pictograms_and_a_shown_word_takes_its_picture() -> None:
    lesson, problems = check_text(GHS_LESSON, "t.yaml", Library())
    assert lesson is not None, [str(p) for p in problems]
    assert problems == []
    corrosive = str(pictures.find("ghs:GHS05"))
    assert lesson.vocabulary[0].image == corrosive
    assert lesson.steps[0].show and lesson.steps[0].show.image == corrosive
    assert lesson.steps[1].show and lesson.steps[1].show.image is None
    assert lesson.picture("Syövyttävä") == corrosive  # what the session shows with the word


def test_lint_refuses_a_ghs_pictogram_that_is_not_there() -> None:
    _, problems = check_text(GHS_LESSON.replace('"ghs:GHS05"', '"ghs:syövytävä"'),
                             "t.yaml", Library())
    text = [str(p) for p in problems if p.severity == "error"]
    assert any("ghs:syövytävä" in t and "no such picture" in t
               and "did you mean 'ghs:syövyttävä'" in t for t in text), text


def test_lint_notices_a_word_that_has_a_picture_but_no_image() -> None:
    lesson, problems = check_text(GHS_LESSON.replace(', image: "ghs:syövyttävä"}', "}")
                                  .replace("  - say: Lue", "  - say: Suojalasit.\n"
                                           "    show: suojalasit\n  - say: Lue")
                                  .replace("vocabulary:\n", "vocabulary:\n"
                                           "  - {fi: Suojalasit, en: goggles}\n"
                                           "  - {fi: kylmiö, en: cold room}\n"),
                                  "t.yaml", Library())
    assert lesson is not None
    notices = [str(p) for p in problems if p.severity == "notice"]
    assert notices == [
        "t.yaml:8:5: notice: 'Suojalasit' has a picture in the picture set: "
        'image: "openmoji:suojalasit"',
        "t.yaml:10:5: notice: 'syövyttävä' has a picture in the picture set: "
        'image: "ghs:syövyttävä"'], notices
    assert [p for p in problems if p.severity == "error"] == []


def test_the_docs_list_every_name_of_the_set() -> None:
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "screen.md").read_text(encoding="utf-8")
    missing = [n for n in [*pictures.SET, *pictures.GHS] if f"`{n}`" not in doc]
    assert missing == []


def test_lint_counts_notices_and_still_passes(tmp_path: Path) -> None:
    from valkky.lesson.lint import lint_paths

    path = tmp_path / "t.yaml"
    path.write_text(GHS_LESSON.replace(', image: "ghs:syövyttävä"}', "}"), encoding="utf-8")
    report = lint_paths([path])
    assert (report.errors, report.warnings, report.notices) == (0, 0, 1)
    assert report.summary() == "1 file checked: 0 errors, 0 warnings, 1 notice"


def test_a_run_shows_the_words_picture_and_never_its_path(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from valkky.cli import main

    path = tmp_path / "t.yaml"
    path.write_text(GHS_LESSON, encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no answers, as from /dev/null
    code = main(["run", str(path), "--learner", "T1", "--no-store", "--tts", "text", "--asr",
                 "text"])
    out = capsys.readouterr()
    assert code == 0, out.err
    screen = [line.strip() for line in out.out.splitlines() if "[näyttö:" in line]
    # the step's own pictogram, and the word's from the vocabulary
    assert screen == ["[näyttö: VAARA! Syövyttävä. [kuva]]",
                      "[näyttö: syövyttävä — corrosive [kuva]]"], out.out
