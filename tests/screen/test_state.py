"""What the screen shows, from the session's events (no browser)."""

from __future__ import annotations

from pathlib import Path

from valkky import events as ev
from valkky.launch import stop_line
from valkky.lesson.loader import load_lesson
from valkky.screen.state import ScreenState
from valkky.screen.words import FI, WORDS, answer_prompt, direction


def test_the_terminal_prompt_has_the_hint_languages_word() -> None:
    assert answer_prompt("en") == "vastaus (answer)> "
    assert answer_prompt("ar") == "vastaus (الإجابة)> "
    assert answer_prompt("fi") == answer_prompt(None) == "vastaus> "
    assert answer_prompt("xx") == "vastaus> "
    assert stop_line("ru").startswith("(Ctrl-D: lopeta · стоп")


def test_every_language_has_every_word() -> None:
    for lang, words in WORDS.items():
        missing = {k for k in FI if k not in ("you", "about", "close", "step")} - set(words)
        assert not missing, (lang, missing)
    assert direction("ar") == direction("fa") == "rtl"
    assert direction("so") == direction(None) == "ltr"


def test_a_drill_shows_the_gloss_not_the_finnish_word(lesson_file: Path) -> None:
    state = ScreenState(load_lesson(lesson_file), "en")
    state.apply(ev.StepStarted(step="step-5", kind="drill", index=4))
    state.apply(ev.Show(text="mop", image="/x/moppi.png"))
    shown = state.snapshot()["show"]
    assert shown["text"] is None and shown["gloss"] == "mop"
    assert shown["image"].endswith(".png") and shown["image"] in state.images


def test_the_verdict_in_words_and_the_end(lesson_file: Path) -> None:
    state = ScreenState(load_lesson(lesson_file), "ar")
    state.apply(ev.Verdict(step="s", verdict="wrong", reason="mistake", score=0.1, try_=1,
                           heard="harja"))
    v = state.snapshot()["verdict"]
    assert (v["icon"], v["words"], v["beside"], v["heard"]) == ("✗", "Ei aivan",
                                                                 "ليس تمامًا", "harja")
    assert "mistake" not in str(state.snapshot())  # no reason codes on the screen
    state.apply(ev.End(reason="stopped", score=0.5, step="s"))
    end = state.snapshot()["end"]
    assert end == {"completed": False, "words": FI["paused"], "beside": WORDS["ar"]["paused"],
                   "score": 50}
