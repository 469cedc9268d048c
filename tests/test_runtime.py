"""The runtime: sinks in order, the event log, timings, and stopping cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from valkky import events as ev
from valkky.engine.session import Session
from valkky.lesson.loader import load_lesson
from valkky.runtime import EventLog, Runtime
from valkky.testing.fakes import FakeClock, exact_judge, plain_feedback


class Script:
    def __init__(self, answers: list[ev.Answer | None]):
        self.answers = iter(answers)
        self.prompts: list[ev.Prompt] = []
        self.closed = False

    def listen(self, prompt: ev.Prompt) -> ev.Answer | None:
        self.prompts.append(prompt)
        answer = next(self.answers, None)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def close(self) -> None:
        self.closed = True


class Recorder:
    def __init__(self) -> None:
        self.events: list[ev.Event] = []

    def handle(self, event: ev.Event) -> None:
        self.events.append(event)


def _session(path: Path) -> Session:
    return Session(load_lesson(path), judge=exact_judge, feedback=plain_feedback, lang="en")


def test_sinks_see_every_event_in_order_and_the_log_matches(good_lesson: Path,
                                                            tmp_path: Path) -> None:
    first, second = Recorder(), Recorder()
    clock = FakeClock(100.0, step=0.25)  # a quarter second between any two readings
    log = EventLog(tmp_path / "e.jsonl", clock=clock)
    answer = ev.Answer("moppi", timings=(("speech_end", 100.5),))
    runtime = Runtime(_session(good_lesson), Script([answer]), [first, second], log,
                      clock=clock)
    end = runtime.run()
    log.close()
    assert end.reason == "stopped"
    assert first.events == second.events
    lines = [json.loads(x) for x in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert lines[0]["type"] == "session" and "learner" not in lines[0]
    logged = [x["type"] for x in lines if x["type"] not in ("session", "timing")]
    assert logged == [e.type for e in first.events]
    timing = next(x for x in lines if x["type"] == "timing")
    assert timing["step"] == "mika" and timing["answered"] > 0 and "speech_end" in timing
    assert all(isinstance(x["t"], float) for x in lines)


def test_listener_is_closed_and_the_session_stopped_on_ctrl_c(good_lesson: Path,
                                                              tmp_path: Path) -> None:
    rec = Recorder()
    listener = Script([KeyboardInterrupt()])  # type: ignore[list-item]
    runtime = Runtime(_session(good_lesson), listener, [rec])
    with pytest.raises(KeyboardInterrupt):
        runtime.run()
    assert listener.closed
    assert isinstance(rec.events[-1], ev.End) and rec.events[-1].reason == "stopped"


def test_prompts_carry_what_a_recogniser_needs(good_lesson: Path) -> None:
    listener = Script([ev.Answer("moppi"), ev.Answer("kaksi")])
    Runtime(_session(good_lesson), listener, []).run()
    ask, choose = listener.prompts[0], listener.prompts[1]
    assert {"moppi", "se on moppi", "ämpäri"} <= set(ask.expected)  # ämpäri: a mistake
    assert {"ämpäri", "kaksi", "moppi", "yksi"} <= set(choose.expected)
    assert not ask.open_vocabulary


def test_the_listener_is_told_each_prompt_before_the_robot_says_it(good_lesson: Path) -> None:
    """A listener that gets ready ahead (Whisper's silent scores) is told the prompt it
    will be asked before its question is spoken: the speaker plays each line to its end."""
    order: list[tuple[str, str]] = []

    class Ready(Script):
        def prepare(self, prompt: ev.Prompt) -> None:
            order.append(("prepare", prompt.step))

        def listen(self, prompt: ev.Prompt) -> ev.Answer | None:
            order.append(("listen", prompt.step))
            return super().listen(prompt)

    class Voice:
        def handle(self, event: ev.Event) -> None:
            if isinstance(event, ev.Say):
                order.append(("say", event.text))

    listener = Ready([ev.Answer("moppi"), ev.Answer("kaksi")])
    Runtime(_session(good_lesson), listener, [Voice()]).run()
    asked = [step for what, step in order if what == "listen"]
    assert [step for what, step in order if what == "prepare"] == asked  # each, once
    for i, (what, _) in enumerate(order):
        if what == "prepare":  # at the start or straight after the answer, then the robot
            assert (i == 0 or order[i - 1][0] == "listen") and order[i + 1][0] == "say"


def test_event_log_appends_across_runs(good_lesson: Path, tmp_path: Path) -> None:
    path = tmp_path / "e.jsonl"
    for _ in range(2):
        log = EventLog(path)
        Runtime(_session(good_lesson), Script([]), [], log).run()
        log.close()
    sessions = [x for x in path.read_text().splitlines() if '"session"' in x]
    assert len(sessions) == 2
