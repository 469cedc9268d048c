"""The session engine: a pure state machine that runs a lesson.

It is driven by answers and emits events; it never touches a device, a file or the clock.
Internally the lesson runs as a generator that yields a ``Prompt`` whenever it needs an
answer, so the flow of a step reads top to bottom like a trainer's script.

    session = Session(lesson, judge=judge, feedback=almost_fi, lang="en")
    events = session.start()
    while session.prompt:
        events = session.answer(Answer("moppi"))
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from valkky import events as ev
from valkky.engine import phrases
from valkky.engine.feedback import Reply, after_verdict, possible_replies, praise, right_answer
from valkky.engine.placement import Placement, PlacementRule
from valkky.engine.ports import Feedback, Judge
from valkky.lesson import model as m

Script = Generator[ev.Prompt, ev.Answer, None]


@dataclass(frozen=True)
class EngineSettings:
    echo_heard: bool = False  # say back what was heard ("Kuulin: hyly.") before judging
    min_confidence: float = 0.5  # below this the recogniser's result is not judged
    max_say_again: int = 2  # how often per try to ask for a doubtful answer again
    # spoken or typed controls ("toista") taken per try; past it such a phrase is judged,
    # so a recogniser that keeps hearing one cannot hold the robot in a loop (buttons
    # always work)
    max_controls: int = 5
    # a placement lesson: its bands, when one is failed, what an answer is worth there
    placement: PlacementRule = field(default_factory=PlacementRule)
    # after the answer is revealed (the last try missed), the learner may say it once, for
    # practice: never scored, never an attempt, no card credit
    practice_after_reveal: bool = True


@dataclass
class _Tally:
    """Final scores of answered tasks by step index, for goto conditions and the end score."""

    scores: dict[int, list[float]] = field(default_factory=dict)

    def add(self, index: int, score: float) -> None:
        self.scores.setdefault(index, []).append(score)

    def mean(self, first: int | None = None, last: int | None = None) -> float | None:
        picked = [s for i, ss in self.scores.items() for s in ss
                  if (first is None or i >= first) and (last is None or i <= last)]
        return sum(picked) / len(picked) if picked else None

    def forget(self, first: int, last: int) -> None:
        for i in range(first, last + 1):
            self.scores.pop(i, None)


class Session:
    def __init__(self, lesson: m.Lesson, *, judge: Judge, feedback: Feedback, lang: str,
                 settings: EngineSettings | None = None,
                 drill_items: Sequence[m.VocabItem] | None = None, start_at: int = 0):
        self.lesson = lesson
        self.lang = lang
        self.settings = settings or EngineSettings()
        self._judge = judge
        self._feedback = feedback
        self._drill_items = drill_items
        self._start_at = start_at
        self._tally = _Tally()
        self._out: list[ev.Event] = []
        self._script: Script | None = None
        self.prompt: ev.Prompt | None = None
        self.step_index = start_at  # the step being run; where a resumed session starts
        self.finished = False
        # a placement lesson with banded questions: the level it places the learner at
        self._placement = Placement(self.settings.placement) if m.is_placement(lesson.id) \
            and any(step.level for step in lesson.steps) else None

    # -- driving ---------------------------------------------------------------------------

    def start(self) -> list[ev.Event]:
        if self._script is not None:
            raise RuntimeError("session already started")
        self._script = self._run()
        return self._advance(None)

    def answer(self, answer: ev.Answer) -> list[ev.Event]:
        if self.prompt is None or self._script is None:
            raise RuntimeError("the session is not waiting for an answer")
        return self._advance(answer)

    def stop(self) -> list[ev.Event]:
        """End early (answers ran out): resumable at the current step."""
        if self.finished:
            return []
        self.finished = True
        self.prompt = None
        step = self.lesson.steps[self.step_index].id if self.step_index < len(
            self.lesson.steps) else None
        return [ev.End(reason="stopped", score=self._score(), step=step)]

    def _advance(self, answer: ev.Answer | None) -> list[ev.Event]:
        assert self._script is not None
        try:
            self.prompt = next(self._script) if answer is None else self._script.send(answer)
        except StopIteration:
            self.prompt = None
            self.finished = True
            level = self._placement.level() if self._placement is not None else None
            self._emit(ev.End(reason="completed", score=self._score(), level=level))
        out, self._out = self._out, []
        return out

    def _emit(self, *events: ev.Event) -> None:
        self._out.extend(events)

    def _score(self) -> float | None:
        mean = self._tally.mean()
        return None if mean is None else round(mean, 3)

    # -- the lesson script -----------------------------------------------------------------

    def _run(self) -> Script:
        goto_counts: dict[int, int] = {}
        index = self._start_at
        steps = self.lesson.steps
        while index < len(steps):
            self.step_index = index
            step = steps[index]
            self._emit(ev.StepStarted(step=step.id, kind=step.kind, index=index))
            self._stage(step.show, step.gesture)
            if isinstance(step, m.GotoStep):
                target = self.lesson.step_index(step.target)
                if self._should_jump(step, index, target, goto_counts):
                    goto_counts[index] = goto_counts.get(index, 0) + 1
                    lo, hi = min(target, index), max(target, index)
                    self._tally.forget(lo, hi)
                    self._emit(ev.StepEnded(step=step.id, index=index, next_index=target))
                    index = target
                    continue
            elif isinstance(step, m.SayStep):
                self._emit(ev.Say(text=step.text, step=step.id, barge_in=step.barge_in))
            elif isinstance(step, m.AskStep):
                yield from self._task(index, step.id, "ask", step.task, [step.text],
                                      barge_in=step.barge_in)
            elif isinstance(step, m.RepeatStep):
                yield from self._task(index, step.id, "repeat", step.task, [step.text],
                                      slow=True, barge_in=step.barge_in)
            elif isinstance(step, m.ChooseStep):
                yield from self._choose(index, step)
            elif isinstance(step, m.DialogueStep):
                yield from self._dialogue(index, step)
            elif isinstance(step, m.DrillStep):
                yield from self._drill(index, step)
            following = self._placement_stop(index)
            self._emit(ev.StepEnded(step=step.id, index=index, next_index=following))
            index = following
        self.step_index = len(steps)

    def _placement_stop(self, index: int) -> int:
        """The step after ``index``: the next one, or in a placement lesson whose band the
        learner has just failed, the closing steps after the last question."""
        steps = self.lesson.steps
        band = steps[index].level
        if self._placement is None or band is None:
            return index + 1
        later = [i for i in range(index + 1, len(steps)) if steps[i].level]
        next_band = steps[later[0]].level if later else None
        if not later or not self._placement.should_stop(band, next_band):
            return index + 1
        return later[-1] + 1

    def _should_jump(self, step: m.GotoStep, index: int, target: int,
                     counts: dict[int, int]) -> bool:
        if counts.get(index, 0) >= step.times:
            return False
        if step.score_below is None:
            return True
        mean = self._tally.mean(min(target, index), max(target, index))
        return mean is not None and mean < step.score_below

    def _choose(self, index: int, step: m.ChooseStep) -> Script:
        options = step.task.options
        read = " ".join(phrases.OPTION.format(number=phrases.NUMBERS[i].capitalize(), option=o)
                        for i, o in enumerate(options[: len(phrases.NUMBERS)]))
        task, others = choose_task(step)
        yield from self._task(index, step.id, "choose", task, [step.text, read],
                              others=others, barge_in=step.barge_in, shown_answer=task.accept[0])

    def _dialogue(self, index: int, step: m.DialogueStep) -> Script:
        cue: list[str] = []
        for turn in step.turns:
            if isinstance(turn, m.RobotTurn):
                self._stage(turn.show, turn.gesture)
                cue.append(turn.text)
                self._emit(ev.Say(text=turn.text, step=step.id))
                continue
            self._stage(turn.show, turn.gesture)
            yield from self._task(index, turn.id, "dialogue", turn.task, [],
                                  cue=tuple(cue), barge_in=step.barge_in)
            cue = []

    def _drill(self, index: int, step: m.DrillStep) -> Script:
        items = list(self._drill_items if self._drill_items is not None
                     else self.lesson.vocabulary)[: step.limit]
        if not items:
            return
        self._emit(ev.Say(text=phrases.DRILL_INTRO, step=step.id))
        for item in items:
            gloss = item.glosses.get(self.lang) or item.glosses.get("en")
            self._emit(ev.Show(text=gloss or item.fi, image=item.image))
            if item.gesture:
                self._emit(ev.Gesture(name=item.gesture))
            task = m.Task(accept=(item.fi, *item.accept), tries=step.tries)
            yield from self._task(index, f"{step.id}.{item.fi}", "drill", task,
                                  [phrases.DRILL_ASK], word=item.fi)

    # -- one answerable task ---------------------------------------------------------------

    def _task(self, index: int, step_id: str, kind: str, task: m.Task, speech: list[str], *,
              slow: bool = False, others: Sequence[str] = (), cue: tuple[str, ...] = (),
              barge_in: bool = False, shown_answer: str | None = None,
              word: str | None = None) -> Script:
        for text in speech:
            self._emit(ev.Say(text=text, step=step_id, slow=slow, barge_in=barge_in))
        prompt_text = " ".join(speech) or " ".join(cue)
        own = (*task.accept, *task.keywords, *task.mistakes, *task.forbidden, *others)
        tries = task.tries
        attempt = 1
        while True:
            self._emit(ev.Ask(step=step_id, kind=kind, text=prompt_text, try_=attempt,
                              tries=tries))
            last = attempt >= tries
            prompt = listener_prompt(step_id, kind, own, mistakes=task.mistakes,
                                     text=prompt_text, try_number=attempt, tries=tries,
                                     open_vocabulary=kind == "repeat", barge_in=barge_in,
                                     options=task.options, replies=possible_replies(
                                         task, last=last, almost=self._feedback,
                                         repeat=kind == "repeat", shown=shown_answer))
            answer = yield prompt
            said = 0  # control phrases taken in this try
            while True:
                answer = yield from self._confident(prompt, answer)
                action = self._control_of(answer, task, own, others)
                if action is None or (answer.control is None
                                      and said >= self.settings.max_controls):
                    break
                said += answer.control is None
                # the line again, slower, or the hint: no try spent, the same question
                self._control(step_id, action, answer, list(speech) or list(cue), task,
                              slow=slow, barge_in=barge_in)
                answer = yield prompt
            self._emit(ev.Heard(step=step_id, text=answer.text, confidence=answer.confidence,
                                source=answer.source))
            if self.settings.echo_heard and answer.text.strip() and answer.exact:
                self._emit(ev.Say(text=phrases.HEARD.format(text=answer.text.strip()),
                                  step=step_id))
            j = self._judge(answer.text, task.accept, other_options=others,
                            **judge_arguments(task))
            self._emit(ev.Verdict(step=step_id, verdict=j.verdict, reason=j.reason,
                                  score=round(j.score, 3), try_=attempt, heard=j.heard,
                                  closest=j.closest, final=last or j.verdict == "correct",
                                  word=word))
            right = right_answer(j, task, shown_answer)
            replies = after_verdict(j, task, last=last, right=right, almost=self._feedback,
                                    exact=answer.exact, repeat=kind == "repeat")
            for reply in replies:
                self._reply(step_id, reply)
            if j.verdict == "correct" or last:
                band = self.lesson.steps[index].level
                if self._placement is not None and band is not None:
                    self._placement.add(band, j.verdict, j.reason)
                self._tally.add(index, j.score)  # final: what follows does not count
                # A placement lesson measures; it does not stop to teach (practice).
                if j.verdict != "correct" and self.settings.practice_after_reveal and \
                        self._placement is None and right.strip():
                    spoken = " ".join(r.said for r in replies).casefold()
                    yield from self._practice(step_id, kind, task, right, prompt, others,
                                              revealed=right.rstrip(".!?").casefold() in spoken)
                return
            if attempt == 1:
                self._hint(step_id, task)
            if kind == "repeat":
                self._emit(ev.Say(text=phrases.REPEAT_AGAIN, step=step_id))
                for text in speech:
                    self._emit(ev.Say(text=text, step=step_id, slow=True, barge_in=barge_in))
            else:
                self._emit(ev.Say(text=phrases.TRY_AGAIN, step=step_id))
            attempt += 1

    def _practice(self, step_id: str, kind: str, task: m.Task, right: str, asked: ev.Prompt,
                  others: Sequence[str], *, revealed: bool) -> Script:
        """After the answer was revealed, the learner says it once, for practice (issue 12:
        a repeat that does not count against them). Judged only to say a word about it:
        no verdict, no score, no attempt recorded, no card credit, and never a second try.
        Silence is fine (it is the learner's choice); a control says the answer again."""
        answer_text = right.rstrip(".!?")
        listen = phrases.PRACTICE_LISTEN.format(answer=answer_text)  # its reply to a miss
        invite = phrases.PRACTICE if revealed else phrases.PRACTICE_AFTER.format(
            answer=answer_text)
        self._emit(ev.Say(text=invite, step=step_id))
        accept = tuple(dict.fromkeys((right, *task.accept)))
        practice = m.Task(accept=accept, keywords=task.keywords, mistakes=task.mistakes,
                          strict=task.strict, earlier_mistakes=task.earlier_mistakes,
                          earlier_said=task.earlier_said,
                          earlier_replies=task.earlier_replies, situation=task.situation)
        prompt = listener_prompt(step_id, kind, accept, text=asked.text,
                                 try_number=asked.try_number, tries=asked.tries,
                                 open_vocabulary=asked.open_vocabulary,
                                 barge_in=asked.barge_in, options=asked.options,
                                 practice=True, replies=(listen,))
        answer = yield prompt
        controls = 0
        while True:  # a doubtful recognition is asked again, as at any question
            answer = yield from self._confident(prompt, answer)
            action = self._control_of(answer, practice, accept, others)
            if action is None or controls >= self.settings.max_controls:
                break
            controls += 1  # the answer again, slowly: the practice is to say it
            self._emit(ev.Control(step=step_id, action=action,
                                  button=answer.control is not None),
                       ev.Say(text=answer_text, step=step_id, slow=True))
            answer = yield prompt
        self._emit(ev.Heard(step=step_id, text=answer.text, confidence=answer.confidence,
                            source=answer.source))
        if answer.control is not None or not answer.text.strip():
            self._emit(ev.Practice(step=step_id, verdict="silence"))
            return
        j = self._judge(answer.text, accept, other_options=others, **judge_arguments(task))
        self._emit(ev.Practice(step=step_id, verdict=j.verdict))
        if j.verdict == "correct":
            said = phrases.REPEAT_HEARD if kind == "repeat" and not answer.exact \
                else praise(j.heard)
        elif j.verdict == "almost" and answer.exact and j.closest:
            said = self._feedback(j) or listen
        else:
            said = listen
        self._emit(ev.Say(text=said, step=step_id))

    def _confident(self, prompt: ev.Prompt, answer: ev.Answer
                   ) -> Generator[ev.Prompt, ev.Answer, ev.Answer]:
        """Ask ``prompt`` again (without using a try) while the recogniser doubts what it
        heard: the same prompt, options and foreseen mistakes and all."""
        asked = 0
        while (answer.confidence is not None and answer.text.strip()
               and answer.confidence < self.settings.min_confidence
               and asked < self.settings.max_say_again):
            asked += 1
            self._emit(ev.SayAgain(step=prompt.step, heard=answer.text,
                                   confidence=answer.confidence),
                       ev.Say(text=phrases.SAY_AGAIN, step=prompt.step))
            answer = yield prompt
        return answer

    def _control_of(self, answer: ev.Answer, task: m.Task, own: Sequence[str],
                    others: Sequence[str]) -> str | None:
        """The control the learner asked for, if the answer is one: a button, or a control
        phrase that is not itself an answer of this task: accepted, or a slip of one (a
        drill of "toistaa" hears "toista"), foreseen, or an option."""
        if answer.control in ev.CONTROLS:
            return answer.control
        arguments = control_arguments({**judge_arguments(task), "other_options": others})
        return asked_control(answer.text, own, lambda: self._judge(
            answer.text, task.accept, **arguments).verdict)

    def _control(self, step_id: str, action: str, answer: ev.Answer, lines: list[str],
                 task: m.Task, *, slow: bool, barge_in: bool) -> None:
        self._emit(ev.Control(step=step_id, action=action, button=answer.control is not None))
        if action == "help" and self._hint(step_id, task):
            return
        # "again" as it was said; "slower", and help where the task has no hint: slowly
        slowly = slow or action != "again"
        for text in lines:
            self._emit(ev.Say(text=text, step=step_id, slow=slowly, barge_in=barge_in))

    def _hint(self, step_id: str, task: m.Task) -> bool:
        """The task's hint, shown in the learner's language and spoken in Finnish; False
        when it has none."""
        if not task.hint:
            return False
        shown = task.hint.get(self.lang)
        spoken = task.hint.get("fi")
        if shown or spoken:
            self._emit(ev.Hint(step=step_id, lang=self.lang if shown else "fi",
                               text=shown or spoken or "", fi=spoken))
        if spoken:
            self._emit(ev.Say(text=spoken, step=step_id))
        return bool(shown or spoken)

    def _reply(self, step_id: str, reply: Reply) -> None:
        """Carry out a reply, under the id of the task it answers (a dialogue turn's, a
        drill item's), as the robot's other phrases for that task are."""
        if reply.reaction is not None:
            self._stage(reply.reaction.show, reply.reaction.gesture)
        if reply.said:
            self._emit(ev.Say(text=reply.said, step=step_id))

    def _stage(self, show: m.ShowSpec | None, gesture: str | None) -> None:
        """Screen first, then the gesture: the robot points at what it has just shown."""
        if show is not None:
            gloss = self.lesson.gloss(show.text, self.lang) if show.text else None
            image = show.image or (self.lesson.picture(show.text) if show.text else None)
            self._emit(ev.Show(text=show.text, image=image, gloss=gloss))
        if gesture:
            self._emit(ev.Gesture(name=gesture))


def _plain(text: str) -> str:
    """Text as a control phrase is compared: lower case, no punctuation, single spaces."""
    return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


_CONTROL_OF = {_plain(p): action for action, group in (
    ("again", phrases.AGAIN), ("slower", phrases.SLOWER), ("help", phrases.HELP))
    for p in group}
CONTROL_PHRASES = tuple(_CONTROL_OF)


def control_action(text: str) -> str | None:
    """What a learner's control asks for ("again", "slower", "help"), or None."""
    return _CONTROL_OF.get(_plain(text))


def asked_control(text: str, own: Sequence[str], verdict: Callable[[], str]) -> str | None:
    """The control an answer asks for, if it is a control phrase that is not itself an
    answer of the task: one of ``own`` (accepted, foreseen, an option), or judged correct
    or almost (``verdict``, asked only then: a drill of "toistaa" hears "toista")."""
    said = _plain(text)
    action = _CONTROL_OF.get(said)
    if action is None or said in {_plain(p) for p in own}:
        return None
    return None if verdict() in ("correct", "almost") else action


def listener_prompt(step: str, kind: str, own: Sequence[str], *,
                    mistakes: Iterable[str] = (), text: str = "", try_number: int = 1,
                    tries: int = 1, open_vocabulary: bool = False, barge_in: bool = False,
                    options: Sequence[str] = (), practice: bool = False,
                    replies: tuple[str, ...] = ()) -> ev.Prompt:
    """The prompt a listener gets for a task: its ``own`` phrases (answers, keywords,
    foreseen ``mistakes``, options), then every learner's control, which the recogniser
    must hear too — a control also among ``own`` is then listed twice, which is how
    ``speech.scoring.candidates`` knows it for the task's own answer. The session, `valkky
    check --audio` and the benches all ask through this, so they hear alike."""
    return ev.Prompt(step=step, kind=kind, text=text, try_number=try_number, tries=tries,
                     expected=(*own, *CONTROL_PHRASES), open_vocabulary=open_vocabulary,
                     barge_in=barge_in, options=tuple(options), mistakes=tuple(mistakes),
                     practice=practice, replies=replies)


def control_arguments(arguments: dict[str, Any]) -> dict[str, Any]:
    """Of a task's judge() arguments, those that ask whether a control phrase ("toista") is
    itself an answer: keywords, the foreseen mistakes (each as wrong), the other options.
    Not the switches: on an open step nearly any sentence is an answer, and a learner's
    "toista" must still be obeyed; nor a mistake's own verdict ("anteeksi mitä" is asked
    again, not a near miss of "anteeksi, rikoin maljakon"). A session and `valkky check
    --audio` both ask through this."""
    return {"keywords": arguments.get("keywords", ()),
            "wrong_answers": tuple(arguments.get("wrong_answers", ())),
            "other_options": arguments.get("other_options", ())}


def choose_task(step: m.ChooseStep) -> tuple[m.Task, tuple[str, ...]]:
    """A choose step's task as a session asks it: the right option and its number words
    ("kaksi", "numero kaksi", "toinen") accepted, the first of them the option itself; and the
    other options with their number words, which judge() weighs against the answer."""
    options = step.task.options
    right = next(i for i, o in enumerate(options) if o.casefold() == step.answer.casefold())
    others = tuple(form for i, o in enumerate(options) if i != right
                   for form in (o, *_number_forms(i)))
    accept = (options[right], *_number_forms(right))
    return m.Task(**{**step.task.__dict__, "accept": accept}), others


def asked_tasks(lesson: m.Lesson) -> dict[str, tuple[m.Task, tuple[str, ...]]]:
    """Every task a learner answers, by its id (Lesson.tasks), as a session asks it, with the
    other options judge() weighs against an answer: a choose step's (choose_task). `valkky
    check --lesson` and the judge's tests over the bundled lessons judge through this."""
    out: dict[str, tuple[m.Task, tuple[str, ...]]] = {
        key: (task, ()) for key, task in lesson.tasks().items()}
    out |= {step.id: choose_task(step) for step in lesson.steps
            if isinstance(step, m.ChooseStep)}
    return out


def _number_forms(index: int) -> tuple[str, ...]:
    """How a learner may name option ``index``: "kaksi", "numero kaksi" ("2" normalises)."""
    if index >= len(phrases.NUMBERS):
        return ()
    word = phrases.NUMBERS[index]
    return (word, f"numero {word}", f"vaihtoehto {word}", *phrases.ORDINALS[index])


def judge_arguments(task: m.Task) -> dict[str, Any]:
    """judge()'s arguments a task gives besides the accepted answers and a choose step's
    other options: its keywords, its foreseen mistakes (a mistake may carry its own verdict,
    almost) and the options it sets (`valkky check --lesson` judges as a session does)."""
    return {"keywords": task.keywords,
            "wrong_answers": {**dict.fromkeys(task.forbidden, "wrong"),
                              **{k: r.verdict or "wrong" for k, r in task.mistakes.items()}},
            **_judge_options(task)}


# A reply that wants the mistake's deed done too: "Kerro myös raportissa", "Ensin paina
# hätäseis. Sitten soita esimiehelle.", "Se tehdään sitten."
_TOO = re.compile(r"\b(myös|sitten)\b", re.IGNORECASE)


def _wants_too(reaction: m.Reaction) -> bool:
    """A mistake whose deed the lesson wants done too, also or after the answer: its reply
    says "myös" or "sitten" (a no to it beside a right answer is no right answer)."""
    return bool(_TOO.search(reaction.say or ""))


def _judge_options(task: m.Task) -> dict[str, Any]:
    """The judge's options a task sets (only those set: a stand-in judge takes none)."""
    options: dict[str, Any] = {}
    if task.strict:
        options["strict"] = task.strict
    if unsafe := tuple(k for k, r in (*task.mistakes.items(), *task.forbidden.items())
                       if r.calls_unsafe):  # (a deed the praise forbids: its "Ei!" says so)
        options["unsafe_mistakes"] = unsafe
    if later := tuple(k for k, r in task.mistakes.items() if _wants_too(r)):
        options["later_mistakes"] = later
    if task.open:
        options["open_question"] = True
        options["topics"] = task.topics
    if task.sentences:
        options["min_sentences"] = task.sentences
    if task.then_deed:  # the deed that comes after the one asked for (judge.later_deed)
        options["then_deed"] = task.then_deed
    if task.situation:  # what the question tells: a fault it names (judge.carry_on)
        options["situation"] = task.situation
    if task.earlier_mistakes:  # a dialogue turn's earlier turns' wrong mistakes
        options["earlier_mistakes"] = task.earlier_mistakes
    if task.earlier_said:  # what those turns said (the times they name, their answers)
        options["earlier_said"] = task.earlier_said
    return options
