"""Answers raced between sources: the first wins, the others are cancelled or ignored."""

from __future__ import annotations

import threading
import time

import pytest

from valkky import events as ev
from valkky.race import Cancelled, RaceListener, Source

PROMPT = ev.Prompt(step="s", kind="ask", text="Mikä tämä on?", try_number=1, tries=2)


class Lines:
    """Answers from a list, at once (an answers file); None when they run out."""

    def __init__(self, *answers: str):
        self.answers = list(answers)
        self.closed = False

    def listen(self, prompt: ev.Prompt) -> ev.Answer | None:
        return ev.Answer(self.answers.pop(0)) if self.answers else None

    def close(self) -> None:
        self.closed = True


class Manual:
    """A source answered by the test (a page, a terminal), cancellable."""

    def __init__(self, cancellable: bool = True):
        self.asked: list[ev.Prompt] = []
        self._answer: ev.Answer | str | None = "none"
        self._cond = threading.Condition()
        self.cancellable = cancellable
        self.cancels = 0
        self.listening = False

    def give(self, text: str | None) -> None:
        with self._cond:
            self._answer = ev.Answer(text) if text is not None else None
            self._cond.notify_all()

    def listen(self, prompt: ev.Prompt) -> ev.Answer | None:
        with self._cond:
            self.asked.append(prompt)
            self.listening = True
            self._cond.wait_for(lambda: self._answer != "none")
            answer, self._answer = self._answer, "none"
            self.listening = False
        if answer == "cancel":
            raise Cancelled
        return answer  # type: ignore[return-value]

    def cancel(self) -> None:
        if not self.cancellable:
            return
        with self._cond:
            self.cancels += 1
            if self.listening and self._answer == "none":
                self._answer = "cancel"
                self._cond.notify_all()

    def close(self) -> None:
        pass


def _later(delay: float, action: object) -> None:
    threading.Timer(delay, action).start()  # type: ignore[arg-type]


def test_the_first_answer_wins_and_the_other_source_is_cancelled() -> None:
    screen, speech = Manual(), Manual()
    race = RaceListener([Source("screen", screen), Source("speech", speech)])
    _later(0.05, lambda: screen.give("moppi"))
    assert race.listen(PROMPT) == ev.Answer("moppi")
    assert speech.cancels >= 1
    _later(0.05, lambda: speech.give("ämpäri"))
    assert race.listen(PROMPT) == ev.Answer("ämpäri")
    race.close()


def test_a_late_answer_to_an_old_question_is_dropped() -> None:
    screen, speech = Manual(), Manual(cancellable=False)
    race = RaceListener([Source("screen", screen), Source("speech", speech)])
    _later(0.05, lambda: screen.give("moppi"))
    assert race.listen(PROMPT).text == "moppi"
    # the recogniser finishes the old question's utterance while the next one is asked
    _later(0.05, lambda: speech.give("vanha"))
    _later(0.3, lambda: screen.give("uusi"))
    assert race.listen(PROMPT).text == "uusi"
    race.close()


def test_a_typed_line_answers_the_current_question() -> None:
    screen, terminal = Manual(), Manual(cancellable=False)
    race = RaceListener([Source("screen", screen),
                         Source("terminal", terminal, late_ok=True, stops_session=True)])
    _later(0.05, lambda: screen.give("moppi"))
    assert race.listen(PROMPT).text == "moppi"
    _later(0.05, lambda: terminal.give("ämpäri"))  # typed at the old prompt
    assert race.listen(PROMPT).text == "ämpäri"
    race.close()


def test_a_source_that_runs_out_leaves_the_race() -> None:
    screen, lines = Manual(), Lines("moppi")
    race = RaceListener([Source("screen", screen), Source("answers", lines)])
    assert race.listen(PROMPT).text == "moppi"
    _later(0.1, lambda: screen.give("ämpäri"))
    assert race.listen(PROMPT).text == "ämpäri"  # the file ran out; the screen goes on
    race.close()
    assert lines.closed


def test_ctrl_d_at_the_terminal_stops_the_session() -> None:
    screen, terminal = Manual(), Manual()
    race = RaceListener([Source("screen", screen),
                         Source("terminal", terminal, late_ok=True, stops_session=True)])
    _later(0.05, lambda: terminal.give(None))
    assert race.listen(PROMPT) is None
    race.close()


def test_when_every_source_has_run_out_the_session_stops() -> None:
    race = RaceListener([Source("a", Lines()), Source("b", Lines("x"))])
    assert race.listen(PROMPT).text == "x"
    assert race.listen(PROMPT) is None
    race.close()


def test_a_failing_source_fails_the_session() -> None:
    class Broken(Lines):
        def listen(self, prompt: ev.Prompt) -> ev.Answer | None:
            raise OSError("microphone unplugged")

    race = RaceListener([Source("screen", Manual()), Source("speech", Broken())])
    with pytest.raises(OSError, match="unplugged"):
        race.listen(PROMPT)
    race.close()


def test_each_source_hears_each_question_once() -> None:
    screen, speech = Manual(), Manual()
    race = RaceListener([Source("screen", screen), Source("speech", speech)])
    for word in ("yksi", "kaksi", "kolme"):
        _later(0.05, lambda w=word: screen.give(w))
        assert race.listen(PROMPT).text == word
    time.sleep(0.1)
    assert len(screen.asked) == 3 and len(speech.asked) == 3
    race.close()


def test_silence_beside_the_screen_is_not_an_answer() -> None:
    screen = Manual()
    speech = Lines("", "", "moppi")
    race = RaceListener([Source("screen", screen), Source("speech", speech, silence_ok=False)])
    assert race.listen(PROMPT).text == "moppi"  # the recogniser's timeouts were skipped
    race.close()
