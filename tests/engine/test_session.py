"""The engine's flow, driven by a fake judge so these tests hold whatever the judge's rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from valkky import events as ev
from valkky.engine import phrases
from valkky.engine.session import EngineSettings, Session
from valkky.lesson.checker import Library
from valkky.lesson.loader import check_text, load_lesson
from valkky.lesson.model import Lesson
from valkky.testing.fakes import exact_judge, plain_feedback
from valkky.testing.harness import run_scripted


def _lesson(text: str) -> Lesson:
    lesson, problems = check_text(text, "t.yaml", Library())
    assert lesson is not None, [str(p) for p in problems]
    return lesson


HEAD = "id: t\nversion: 1\ntitle: T\nprofession: siivous\nlevel: A1\nsupport: [en]\n"


def run(lesson: Lesson, answers: list, **kw) -> object:
    return run_scripted(lesson, answers, judge=exact_judge, feedback=plain_feedback, **kw)


@pytest.fixture
def lesson(good_lesson: Path) -> Lesson:
    return load_lesson(good_lesson)


def test_good_learner_runs_to_the_end(lesson: Lesson) -> None:
    t = run(lesson, ["moppi", "ämpäri", "pese kädet", "siivoan", "moppi", "ämpäri"])
    assert [v.verdict for v in t.verdicts] == ["correct"] * 6
    assert t.end.reason == "completed" and t.end.score == 1.0
    assert t.said[-1] == "Kiitos!"
    assert "wave" in t.gestures and "thumbs_up" in t.gestures


def test_steps_without_ids_get_automatic_ones(lesson: Lesson) -> None:
    t = run(lesson, ["moppi", "ämpäri"])
    steps = [v.step for v in t.verdicts]
    assert steps == ["mika", "step-4"]


def test_hint_after_first_miss_in_learners_language(lesson: Lesson) -> None:
    t = run(lesson, ["harja", "moppi"], lang="en")
    hints = t.of(ev.Hint)
    assert len(hints) == 1 and hints[0].text == "It starts with mo." and hints[0].lang == "en"
    assert "Se alkaa mo." in t.said  # the Finnish hint is spoken
    assert [v.try_ for v in t.verdicts] == [1, 2]


def test_almost_gives_feedback_and_asks_again(lesson: Lesson) -> None:
    t = run(lesson, ["~moppi", "moppi"])
    assert [v.verdict for v in t.verdicts] == ["almost", "correct"]
    assert "Melkein! Sano: moppi." in t.said
    assert "Yritä uudelleen." in t.said


def test_last_try_says_the_right_answer_and_moves_on(lesson: Lesson) -> None:
    t = run(lesson, ["harja", "kuppi", "", "ämpäri"])  # the practice left silent
    assert [v.verdict for v in t.verdicts] == ["wrong", "wrong", "correct"]
    assert "Oikea vastaus on: moppi." in t.said
    assert t.verdicts[2].step == "step-4"


def test_foreseen_mistake_gets_its_feedback(lesson: Lesson) -> None:
    t = run(lesson, ["ämpäri"])
    assert t.verdicts[0].reason == "mistake"
    assert "Ei. Ämpäri on toinen." in t.said


def test_choose_reads_numbered_options_and_takes_a_number(lesson: Lesson) -> None:
    t = run(lesson, ["moppi", "kaksi"])
    assert "Yksi: moppi. Kaksi: ämpäri." in t.said
    assert t.verdicts[1].verdict == "correct"


@pytest.mark.parametrize("said", ["toinen", "toka", "kakkonen", "numero kaksi", "2"])
def test_choose_takes_the_ordinal_and_the_numbers_name(lesson: Lesson, said: str) -> None:
    from valkky.engine.feedback import almost_fi
    from valkky.judge import judge

    t = run_scripted(lesson, ["moppi", said], judge=judge, feedback=almost_fi)
    assert t.verdicts[1].verdict == "correct"
    t = run_scripted(lesson, ["moppi", "eka"], judge=judge, feedback=almost_fi)
    assert (t.verdicts[1].verdict, t.verdicts[1].reason) == ("wrong", "other_option")


def test_choose_naming_the_other_option_is_wrong(lesson: Lesson) -> None:
    t = run(lesson, ["moppi", "yksi"])
    assert t.verdicts[1].verdict == "wrong" and t.verdicts[1].reason == "other_option"


def test_silence_is_a_verdict_and_uses_a_try(lesson: Lesson) -> None:
    t = run(lesson, ["", ""])
    assert [v.verdict for v in t.verdicts] == ["silence", "silence"]
    assert "En kuullut vastausta." in t.said


def test_doubtful_recognition_is_asked_again_without_using_a_try(lesson: Lesson) -> None:
    t = run(lesson, [ev.Answer("moppi", confidence=0.2), ev.Answer("moppi", confidence=0.9)])
    assert len(t.of(ev.SayAgain)) == 1
    assert [(v.verdict, v.try_) for v in t.verdicts] == [("correct", 1)]


def test_doubt_is_bounded(lesson: Lesson) -> None:
    doubtful = [ev.Answer("moppi", confidence=0.1)] * 3
    t = run(lesson, doubtful, settings=EngineSettings(max_say_again=2))
    assert len(t.of(ev.SayAgain)) == 2 and t.verdicts[0].verdict == "correct"


def test_echo_says_what_was_heard_before_the_verdict(lesson: Lesson) -> None:
    t = run(lesson, ["hyly"], settings=EngineSettings(echo_heard=True))
    kinds = [type(e).__name__ for e in t.events]
    say_heard = next(i for i, e in enumerate(t.events)
                     if isinstance(e, ev.Say) and e.text == "Kuulin: hyly.")
    assert say_heard < kinds.index("Verdict")


def test_answers_running_out_stops_resumably(lesson: Lesson) -> None:
    t = run(lesson, ["moppi"])
    assert t.end.reason == "stopped" and t.end.step == "step-4"
    resumed = run(lesson, ["ämpäri"], start_at=lesson.step_index("step-4"))
    assert resumed.verdicts[0].step == "step-4" and resumed.verdicts[0].verdict == "correct"


def test_goto_repeats_a_weak_section_once(lesson: Lesson) -> None:
    wrong = ["x", "x", "x"]  # two tries and the practice after the answer is revealed
    t = run(lesson, wrong * 6 + ["moppi", "ämpäri", "pese kädet", "siivoan", "moppi", "ämpäri"])
    steps = [v.step for v in t.verdicts if v.try_ == 1]
    assert steps.count("mika") == 2  # the section was run again after a weak first pass
    assert t.end.reason == "completed"


def test_unconditional_goto_is_bounded_by_times() -> None:
    lesson = _lesson(HEAD + "steps:\n  - id: a\n    say: Hei\n  - goto: a\n    times: 2\n")
    t = run(lesson, [])
    assert t.said == ["Hei", "Hei", "Hei"] and t.end.reason == "completed"


def test_dialogue_turns_are_recorded_with_turn_ids() -> None:
    lesson = _lesson(HEAD + "steps:\n  - id: kahvila\n    dialogue:\n"
                            "      - robot: Mitä saisi olla?\n"
                            "      - accept: [kahvi]\n"
                            "      - robot: Maitoa?\n"
                            "      - accept: [kyllä, ei]\n")
    t = run(lesson, ["kahvi", "ei"])
    assert [v.step for v in t.verdicts] == ["kahvila.2", "kahvila.4"]
    assert t.said[0] == "Mitä saisi olla?"


def test_drill_shows_the_gloss_and_asks_for_the_finnish_word(lesson: Lesson) -> None:
    start = next(i for i, s in enumerate(lesson.steps) if s.kind == "drill")
    t = run(lesson, ["moppi", "ämpäri"], start_at=start, lang="ar")
    shown = [e.text for e in t.of(ev.Show)]
    assert "ممسحة" in shown and "دلو" in shown
    assert [v.step for v in t.verdicts] == ["step-7.moppi", "step-7.ämpäri"]


def test_show_adds_the_gloss_of_a_vocabulary_word(lesson: Lesson) -> None:
    t = run(lesson, [])
    show = t.of(ev.Show)[0]
    assert (show.text, show.gloss) == ("moppi", "mop")


def test_repeat_says_the_model_sentence_slowly_and_again_after_a_miss(lesson: Lesson) -> None:
    start = lesson.step_index("step-5")
    t = run(lesson, ["pese", "pese kädet"], start_at=start)
    slow = [e.text for e in t.of(ev.Say) if e.slow]
    assert slow == ["Pese kädet.", "Pese kädet."]


def test_event_payloads_are_json_objects_with_a_type(lesson: Lesson) -> None:
    t = run(lesson, ["moppi"])
    for event in t.events:
        payload = event.to_payload()
        assert payload["type"]
    verdict = t.verdicts[0].to_payload()
    assert {"step", "verdict", "reason", "score", "try"} <= verdict.keys()


def test_session_cannot_be_answered_when_not_waiting(lesson: Lesson) -> None:
    session = Session(lesson, judge=exact_judge, feedback=plain_feedback, lang="en")
    with pytest.raises(RuntimeError):
        session.answer(ev.Answer("x"))


def test_after_a_wrong_last_try_the_model_answer_is_revealed() -> None:
    from valkky.engine.feedback import almost_fi
    from valkky.judge import judge

    lesson = _lesson(HEAD + "steps:\n  - ask: Mikä tämä on?\n"
                     "    accept: [moppi, se on moppi, minä luulen että se on moppi]\n")
    t = run_scripted(lesson, ["en tiedä", "en minä tiedä mikä se on"], judge=judge,
                     feedback=almost_fi)
    assert [v.verdict for v in t.verdicts] == ["wrong", "wrong"]
    assert "Oikea vastaus on: moppi." in t.said


def test_saying_the_opposite_is_named() -> None:
    from valkky.engine.feedback import almost_fi
    from valkky.judge import judge

    lesson = _lesson(HEAD + "steps:\n  - ask: Kenelle ilmoitat vaarasta?\n"
                     "    accept: [ilmoitan esimiehelle]\n")
    t = run_scripted(lesson, ["en ilmoita esimiehelle", "ilmoitan esimiehelle"], judge=judge,
                     feedback=almost_fi)
    assert [(v.verdict, v.reason) for v in t.verdicts] == [("wrong", "negation"),
                                                           ("correct", None)]
    assert "Ei aivan. Sanoit päinvastoin." in t.said


# -- after the answer is revealed, the learner says it once (issue 12) ---------------------


def _practice_prompt(lesson: Lesson, answers: list[str]) -> tuple[Session, list[ev.Event]]:
    """A session of ``lesson`` driven by ``answers``, stopped where they end."""
    session = Session(lesson, judge=exact_judge, feedback=plain_feedback, lang="en")
    events = session.start()
    for a in answers:
        assert session.prompt is not None
        events += session.answer(ev.Answer(a))
    return session, events


def test_after_the_answer_is_revealed_the_learner_says_it_once(lesson: Lesson) -> None:
    session, events = _practice_prompt(lesson, ["harja", "kuppi"])
    said = [e.text for e in events if isinstance(e, ev.Say)]
    assert said[-2:] == ["Oikea vastaus on: moppi.", "Sano se nyt itse."]
    prompt = session.prompt
    assert prompt is not None and prompt.practice and prompt.step == "mika"
    assert "moppi" in prompt.expected
    events = session.answer(ev.Answer("moppi"))
    assert [e.verdict for e in events if isinstance(e, ev.Practice)] == ["correct"]
    # no try and no verdict for it: nothing is scored or recorded
    assert not [e for e in events if isinstance(e, ev.Verdict | ev.Ask) and e.step == "mika"]
    praise = next(e.text for e in events if isinstance(e, ev.Say))
    assert praise in phrases.PRAISE
    assert session.prompt is not None and session.prompt.step == "step-4"  # moved on


def test_the_practice_does_not_count_for_or_against_the_learner(lesson: Lesson) -> None:
    right = run(lesson, ["harja", "kuppi", "moppi", "ämpäri"])
    wrong = run(lesson, ["harja", "kuppi", "kuppi", "ämpäri"])
    silent = run(lesson, ["harja", "kuppi", "", "ämpäri"])
    for t in (right, wrong, silent):
        assert [(v.step, v.verdict, v.final) for v in t.verdicts] == [
            ("mika", "wrong", False), ("mika", "wrong", True), ("step-4", "correct", True)]
    assert right.end.score == wrong.end.score == silent.end.score
    assert [p.verdict for p in wrong.of(ev.Practice)] == ["wrong"]
    assert [p.verdict for p in silent.of(ev.Practice)] == ["silence"]


def test_the_practice_is_said_once_never_a_second_try(lesson: Lesson) -> None:
    t = run(lesson, ["harja", "kuppi", "kuppi", "ämpäri"])
    assert "Hyvä yritys. Kuuntele vielä: moppi." in t.said
    assert "Yritä uudelleen." not in t.said[t.said.index("Sano se nyt itse."):]
    assert t.verdicts[-1].step == "step-4"  # the next answer went to the next step


def test_silence_at_the_practice_is_the_learners_choice(lesson: Lesson) -> None:
    t = run(lesson, ["harja", "kuppi", "", "ämpäri"])
    after = t.said[t.said.index("Sano se nyt itse.") + 1:]
    assert phrases.SILENCE not in after  # no "En kuullut vastausta" for a practice skipped


def test_the_practice_names_the_answer_where_the_trainers_reaction_did_not() -> None:
    lesson = _lesson(HEAD + "steps:\n  - id: a\n    ask: Mikä tämä on?\n    accept: [moppi]\n"
                            "    tries: 1\n    wrong: Ei.\n")
    t = run(lesson, ["kuppi", "moppi"])
    assert t.said[-3:] == ["Ei.", "Sano perässäni: moppi.", t.said[-1]]
    assert t.said[-1] in phrases.PRAISE and t.end.reason == "completed"


def test_an_almost_at_the_practice_gets_the_slip_named_but_no_try(lesson: Lesson) -> None:
    t = run(lesson, ["harja", "kuppi", "~moppi", "ämpäri"])
    assert [p.verdict for p in t.of(ev.Practice)] == ["almost"]
    assert t.said[t.said.index("Sano se nyt itse.") + 1] == "Melkein! Sano: moppi."
    assert t.verdicts[-1].step == "step-4"


def test_a_control_at_the_practice_says_the_answer_again_slowly(lesson: Lesson) -> None:
    session, _ = _practice_prompt(lesson, ["harja", "kuppi"])
    events = session.answer(ev.Answer("toista"))
    assert [e.action for e in events if isinstance(e, ev.Control)] == ["again"]
    assert [(e.text, e.slow) for e in events if isinstance(e, ev.Say)] == [("moppi", True)]
    assert session.prompt is not None and session.prompt.practice
    events = session.answer(ev.Answer("moppi"))
    assert [e.verdict for e in events if isinstance(e, ev.Practice)] == ["correct"]


def test_no_practice_after_a_correct_answer_or_when_switched_off(lesson: Lesson) -> None:
    assert not run(lesson, ["harja", "moppi", "ämpäri"]).of(ev.Practice)
    t = run(lesson, ["harja", "kuppi", "ämpäri"],
            settings=EngineSettings(practice_after_reveal=False))
    assert "Sano se nyt itse." not in t.said and t.verdicts[-1].step == "step-4"


def test_a_doubtful_practice_is_asked_again_not_praised(lesson: Lesson) -> None:
    session, _ = _practice_prompt(lesson, ["harja", "kuppi"])
    events = session.answer(ev.Answer("moppi", confidence=0.1))
    assert [e.type for e in events if isinstance(e, ev.SayAgain | ev.Practice)] == \
        ["say_again"]
    assert session.prompt is not None and session.prompt.practice
    events = session.answer(ev.Answer("moppi", confidence=0.9))
    assert [e.verdict for e in events if isinstance(e, ev.Practice)] == ["correct"]


def test_a_prompt_names_its_foreseen_mistakes_and_a_doubt_asks_the_same_prompt_again(
        lesson: Lesson) -> None:
    """A recogniser must know which phrases are mistakes (Whisper asks again when an answer
    and a mistake sound alike); the say-again prompt is the try's own, options and all."""
    session = Session(lesson, judge=exact_judge, feedback=plain_feedback, lang="en")
    session.start()
    first = session.prompt
    assert first is not None and first.mistakes == ("ämpäri",)
    assert set(first.mistakes) <= set(first.expected)
    session.answer(ev.Answer("moppi", confidence=0.2))  # in doubt: asked again
    assert session.prompt == first
