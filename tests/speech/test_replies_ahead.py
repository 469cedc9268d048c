"""The replies a try may get, rendered while the robot asks (issue 10): a fake synthesiser
counts what is rendered, when and on which thread."""

from __future__ import annotations

import threading

import pytest

from valkky import events as ev
from valkky.engine.feedback import almost_fi
from valkky.engine.session import Session
from valkky.judge import judge
from valkky.lesson.checker import Library
from valkky.lesson.loader import check_text
from valkky.runtime import Runtime
from valkky.speech.tts import Audio, Speaker

LESSON = """id: t\nversion: 1\ntitle: T\nprofession: yleinen\nlevel: A1\nsupport: [en]
steps:
  - say: Tämä on moppi.
  - id: mika
    ask: Mikä tämä on?
    accept: [moppi]
    tries: 2
    mistakes:
      ämpäri: Ei. Ämpäri on toinen.
    wrong: Se on moppi.
"""
REACTION = "Ei. Ämpäri on toinen."


class CountingSynth:
    """Renders silence, noting each text and whether it was rendered on the session's
    thread (at reply time) or in the background."""

    def __init__(self, thread_safe: bool = True) -> None:
        self.thread_safe = thread_safe
        self.renders: list[tuple[str, bool]] = []  # (text, on the session's thread)

    def render(self, text: str, wpm: int) -> Audio:
        self.renders.append((text, threading.current_thread() is threading.main_thread()))
        return Audio([0] * 10, 10)


class Learner:
    """Answers once the robot has asked: the speaker's renders ahead are done by then."""

    def __init__(self, speaker: Speaker, answers: list[str], synth: CountingSynth) -> None:
        self.speaker, self.answers, self.synth = speaker, iter(answers), synth
        self.rendered_before: list[list[str]] = []

    def listen(self, prompt: ev.Prompt) -> ev.Answer | None:
        assert self.speaker.rendered_ahead(timeout=10)
        self.rendered_before.append([text for text, _ in self.synth.renders])
        answer = next(self.answers, None)
        return None if answer is None else ev.Answer(answer)

    def close(self) -> None:
        pass


def _run(synth: CountingSynth, answers: list[str]) -> tuple[Learner, list[str]]:
    lesson, problems = check_text(LESSON, "t.yaml", Library())
    assert lesson is not None, problems
    said: list[str] = []
    speaker = Speaker(synth, lambda audio, text: said.append(text))
    learner = Learner(speaker, answers, synth)
    session = Session(lesson, judge=judge, feedback=almost_fi, lang="en")
    Runtime(session, learner, [speaker]).run()
    return learner, said


def test_a_foreseen_mistakes_reaction_is_rendered_before_the_answer_and_played_from_cache(
        ) -> None:
    synth = CountingSynth()
    learner, said = _run(synth, ["ämpäri"])
    assert REACTION in learner.rendered_before[0]  # rendered while the robot asked
    assert REACTION in said  # and said as the reply
    assert [on_session for text, on_session in synth.renders if text == REACTION] == [False]
    # the robot's next line is rendered first, on the session's thread: nothing ahead
    # delays it (the rest render while it plays)
    assert synth.renders[0] == ("Tämä on moppi.", True)


def test_the_last_trys_replies_are_ready_for_it() -> None:
    synth = CountingSynth()
    _, said = _run(synth, ["harja", "harja"])
    assert "Se on moppi." in said[said.index("Yritä uudelleen."):]
    ahead = {text for text, on_session in synth.renders if not on_session}
    assert "Se on moppi." in ahead  # the step's `wrong:`, for the last try
    replies = [text for text, on_session in synth.renders if on_session
               and text in ahead]
    assert replies == []  # no reply rendered at reply time


def test_nothing_is_rendered_ahead_by_a_synthesiser_not_shared_across_threads() -> None:
    synth = CountingSynth(thread_safe=False)  # pyttsx3
    learner, said = _run(synth, ["ämpäri"])
    assert all(on_session for _, on_session in synth.renders)
    assert [text for text, _ in synth.renders] == said  # only what was said
    assert learner.rendered_before[0] == ["Tämä on moppi.", "Mikä tämä on?"]


def test_an_older_prompts_replies_not_started_give_way_to_the_newer_ones() -> None:
    synth = CountingSynth()
    speaker = Speaker(synth, lambda audio, text: None)
    speaker.prepare(ev.Prompt(step="a", kind="ask", text="", try_number=1, tries=1,
                              replies=("Vanha.",)))
    speaker.prepare(ev.Prompt(step="b", kind="ask", text="", try_number=1, tries=1,
                              replies=("Uusi.",)))
    speaker.handle(ev.Say(text="Kysymys?"))
    assert speaker.rendered_ahead(timeout=10)
    assert [text for text, _ in synth.renders] == ["Kysymys?", "Uusi."]


@pytest.mark.parametrize("answer", ["ämpäri", "harja", "", "moppia", "moppi"])
def test_the_first_reply_to_an_answer_is_foreseen_or_one_of_the_robots_own(
        answer: str) -> None:
    """Every reply but those worded from a letter heard ("Kaksi p-kirjainta: moppi.")."""
    from valkky.engine import phrases

    lesson, _ = check_text(LESSON, "t.yaml", Library())
    assert lesson is not None
    session = Session(lesson, judge=judge, feedback=almost_fi, lang="en")
    session.start()
    for _ in range(2):  # both tries, typed
        prompt = session.prompt
        assert prompt is not None and prompt.replies
        events = session.answer(ev.Answer(answer))
        first = next(e.text for e in events if isinstance(e, ev.Say))
        assert first in prompt.replies or first in phrases.REPLIES, first
        if session.prompt is None or session.prompt.practice:
            break


def test_the_robots_own_phrases_outlast_the_replies_rendered_ahead() -> None:
    """Step after step of replies rendered ahead evict older ones, never the phrases
    rendered for the whole session at the start."""
    from valkky.speech import tts

    synth = CountingSynth()
    speaker = Speaker(synth, lambda audio, text: None)
    thread = speaker.prerender_soon(["Hienoa! Oikein."])
    assert thread is not None
    thread.join(timeout=10)
    for i in range(tts.CACHE_SIZE + 10):
        speaker.render(f"Vastaus {i}.", speaker.wpm)
    speaker.render("Hienoa! Oikein.", speaker.wpm)
    speaker.render("Vastaus 0.", speaker.wpm)
    rendered = [text for text, _ in synth.renders]
    assert rendered.count("Hienoa! Oikein.") == 1 and rendered.count("Vastaus 0.") == 2


def test_the_robots_speech_marks_pass_the_prompt_on_to_the_speaker() -> None:
    from valkky.controller.sink import SpeechMarks
    from valkky.runtime import prepare
    from valkky.testing.fakes import FakeLink

    synth = CountingSynth()
    speaker = Speaker(synth, lambda audio, text: None)
    marks = SpeechMarks(speaker, FakeLink())  # type: ignore[arg-type]
    prepare(marks, ev.Prompt(step="a", kind="ask", text="", try_number=1, tries=1,
                             replies=("Ei. Se on harja.",)))
    marks.handle(ev.Say(text="Mikä tämä on?"))
    assert speaker.rendered_ahead(timeout=10)
    assert [text for text, _ in synth.renders] == ["Mikä tämä on?", "Ei. Se on harja."]
