"""Read a lesson file into the typed model, or into the list of everything wrong with it."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from valkky.errors import LessonError, Problem
from valkky.judge import finnish
from valkky.judge.carry_on import TOOL_ENDS
from valkky.judge.later_deed import later_deed_of
from valkky.judge.normalise import rough_words
from valkky.judge.reply_forbids import deeds_forbidden
from valkky.judge.verdict import MAX_ANSWER_CHARS, MAX_ANSWER_WORDS, sentences_said
from valkky.judge.wordsets import BARE_REPLY, WHEN_WORDS
from valkky.lesson import model as m
from valkky.lesson import spec
from valkky.lesson.checker import Checker, Library, describe
from valkky.lesson.praise import PRAISE_GESTURES, praise_in
from valkky.lesson.yamlsource import Pos, SourceError, Text, YList, YMap, parse, read_source

_LANG = re.compile(spec.LANG_PATTERN)
_START = Pos(1, 1)
# A template's blank: '<TÄYTÄ: koneen nimi, esim. pakkauskone>' (lessons/templates)
PLACEHOLDER = re.compile(r"<TÄYTÄ:\s*([^>]*)>")
MIN_PLACEMENT_OPTIONS = 4  # fewer, and a placement question is passed by a guess too often

# Placement bands whose questions measure a whole sentence: the judge's short_answer (what
# the question leaves to say, without its subject and verb) is off there.
SENTENCE_LEVELS = frozenset({"B1", "B2"})
# Judge rules a repeat step switches off: it practises the model's own words.
REPEAT_STRICT = ("synonyms", "ellipsis", "compound_modifier", "politer", "head_alone", "number",
                 "modal", "object_pronoun", "short_answer", "greeting", "place_case", "essive",
                 "another_word", "object_case", "phrase_case", "step_slot",
                 "partitive", "verbless", "predicative", "either_number")


def _reads_a_text(show: object, sentence: str) -> bool:
    """The step shows the sentence itself written (a sign, VARO TRUKKEJA) for the learner
    to read aloud, not a word of it to learn."""
    shown = getattr(show, "text", None) or (show.get("text") if isinstance(show, Mapping)
                                            else show)
    return isinstance(shown, str) and rough_words(shown) == rough_words(sentence)


def check_file(path: str | Path, library: Library | None = None) -> tuple[m.Lesson | None,
                                                                          list[Problem]]:
    """Parse and check one lesson file: the lesson (None if it has errors) and all problems."""
    name = str(path)
    try:
        text = read_source(path)
    except SourceError as exc:
        return None, [Problem(name, exc.pos.line, exc.pos.col, exc.message)]
    except FileNotFoundError:
        return None, [Problem(name, 1, 1, "no such file")]
    except UnicodeDecodeError as exc:
        before = exc.object[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        return None, [Problem(name, line, col, "not UTF-8 text: save the file as UTF-8 "
                              "(an editor's 'Save with encoding'; Latin-1 and Windows-1252 "
                              f"write ä and ö differently) ({exc.reason})")]
    except OSError as exc:
        return None, [Problem(name, 1, 1, f"cannot read: {exc.strerror}")]
    return check_text(text, name, library)


def check_text(text: str, path: str = "<lesson>", library: Library | None = None
               ) -> tuple[m.Lesson | None, list[Problem]]:
    checker = Checker(path, library or Library())
    try:
        data, source_problems = parse(text)
    except SourceError as exc:
        return None, [Problem(path, exc.pos.line, exc.pos.col, exc.message)]
    for problem in source_problems:
        checker.error(problem.pos, problem.message)
    _placeholders(checker, data)
    lesson = _build_lesson(checker, data, path)
    errors = [p for p in checker.problems if p.severity == "error"]
    checker.problems.sort(key=lambda p: (p.line, p.col))
    return (None if errors else lesson), checker.problems


def load_lesson(path: str | Path, library: Library | None = None) -> m.Lesson:
    """The lesson at ``path``; raises LessonError listing every problem if it has errors."""
    lesson, problems = check_file(path, library)
    if lesson is None:
        raise LessonError([p for p in problems if p.severity == "error"])
    return lesson


# -- building ------------------------------------------------------------------------------


def _placeholders(c: Checker, node: object) -> None:
    """A template's '<TÄYTÄ: …>' left in the file: the trainer has a word to write there."""
    if isinstance(node, YMap):
        for value in node.values():
            _placeholders(c, value)
    elif isinstance(node, YList):
        for value in node:
            _placeholders(c, value)
    elif isinstance(node, Text):
        for found in PLACEHOLDER.finditer(node):
            what, _, example = found.group(1).partition(", esim. ")
            tip = f"; for example '{example.strip()}'" if example else ""
            c.error(node.pos, f"'{found.group(0)}' is a placeholder of the template: write "
                              f"your workplace's own word here ({what.strip()}{tip}), the "
                              "same wherever this placeholder stands "
                              "(docs/workplace-lesson.md)")


def _build_lesson(c: Checker, data: object, path: str) -> m.Lesson | None:
    if data is None:
        c.error(_START, "the file is empty; a lesson needs id, version, title, profession, "
                        "level, support and steps")
        return None
    if isinstance(data, YMap) and isinstance(data.get("support"), YList | Text):
        c.support = c.value(data["support"], spec.LESSON["support"], "'support'",
                            data.where("support")) or ()
    top = c.fields(data, spec.LESSON, "the lesson", _START)
    if top is None:
        return None
    assert isinstance(data, YMap)
    profession = top.get("profession")
    if isinstance(profession, str) and c.library.professions is not None \
            and profession not in c.library.professions:
        c.error(data.where("profession"), f"unknown profession '{profession}' "
                f"(known: {', '.join(sorted(c.library.professions))})")
    vocabulary = _vocabulary(c, data.get("vocabulary"), data.where("vocabulary"))
    if "vocabulary" not in data:
        c.warning(_START, "the lesson has no vocabulary; drill steps will have nothing to review")
    minutes = top.get("minutes", 5)
    if isinstance(minutes, int) and minutes > 15:
        c.warning(data.where("minutes"), "sessions at work are short: keep a lesson under 15 "
                                         "minutes, or split it")
    steps = _steps(c, data.get("steps"), data.where("steps"))
    if not m.is_placement(str(top.get("id", ""))):  # placement must not show answers
        _warn_unshown(c, vocabulary, data.get("vocabulary"), steps)
    _check_bands(c, m.is_placement(str(top.get("id", ""))), data.get("steps"), steps)
    if any(key not in top for key in ("id", "version", "title", "profession", "level", "support")):
        return None
    return m.Lesson(
        id=top["id"], version=top["version"], title=top["title"],
        profession=top["profession"], level=top["level"],
        support=top["support"], steps=tuple(steps),
        minutes=minutes, description=top.get("description"),
        vocabulary=tuple(vocabulary), path=str(Path(path).resolve()),
        skills=top.get("skills", ()), review=top.get("review") or {},
    )


def _check_bands(c: Checker, placement: bool, raw: object, steps: list[m.Step]) -> None:
    """A placement lesson's questions each measure a band, rising from A1, and cannot be
    guessed; elsewhere a question's level means nothing."""
    if not isinstance(raw, YList):
        return
    where = {s.line: s for s in steps}
    rank = -1
    for i, entry in enumerate(raw):
        step = where.get(raw.where(i).line)
        if step is None or not isinstance(entry, YMap):
            continue
        answerable = isinstance(step, (*m.ANSWERABLE, m.DialogueStep))
        if not placement:
            if step.level:
                c.warning(entry.where("level"), "a question's level counts only in a "
                          f"placement lesson (an id ending '{m.PLACEMENT_SUFFIX}'): leave it out")
            continue
        if answerable and not step.level:
            c.error(raw.where(i), "in a placement lesson every question needs 'level:' "
                                  "(A1, A2 or B1): the band it measures")
            continue
        if step.level and step.level in m.LEVELS:
            if m.LEVELS.index(step.level) < rank:
                c.warning(entry.where("level"), f"level {step.level} after a higher band: "
                          "a placement lesson's questions rise from A1 to B1, band by band")
            rank = max(rank, m.LEVELS.index(step.level))
        if isinstance(step, m.ChooseStep) and 0 < len(step.task.options) < MIN_PLACEMENT_OPTIONS:
            c.warning(entry.where("options"), f"a guess passes this question one time in "
                      f"{len(step.task.options)}: a placement question needs at least "
                      f"{MIN_PLACEMENT_OPTIONS} options, or ask it without options")


def _warn_unshown(c: Checker, vocabulary: list[m.VocabItem], entries: object,
                  steps: list[m.Step]) -> None:
    """A word taught but never on the screen: the learner never sees it written, nor its
    gloss, which the runtime adds to a shown word."""
    if not vocabulary or not steps or not isinstance(entries, YList):
        return
    shown = set()
    for step in steps:
        shows = [step.show]
        if isinstance(step, m.DialogueStep):
            shows += [turn.show for turn in step.turns]
        shown |= {s.text.strip().casefold() for s in shows if s is not None and s.text}
    for i, entry in enumerate(entries):
        fi = entry.get("fi") if isinstance(entry, YMap) else None
        if isinstance(fi, str) and fi.strip().casefold() not in shown:
            c.warning(entries.where(i), f"'{fi}' is never shown: add 'show: {fi}' to the "
                      "step that teaches it, so the learner sees it written, with its gloss")


def _vocabulary(c: Checker, value: object, pos: Pos) -> list[m.VocabItem]:
    if value is None:
        return []
    if not isinstance(value, YList):
        c.error(pos, "'vocabulary' must be a list of words")
        return []
    if not c.few(value, spec.MAX_VOCABULARY, "'vocabulary'", pos):
        return []
    items = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(value):
        where = value.where(i)
        extra = frozenset(k for k in entry if _LANG.match(k)) if isinstance(entry, YMap) \
            else frozenset()
        got = c.fields(entry, spec.VOCAB, "a vocabulary entry", where, extra)
        if got is None or "fi" not in got:
            continue
        assert isinstance(entry, YMap)
        _sayable(c, entry.get("fi"), entry.where("fi"))  # a drill asks for it
        _sayable(c, entry.get("accept"), entry.where("accept"))
        glosses = c.translations(entry, f"the vocabulary entry '{got['fi']}'", where,
                                 fixed=frozenset(spec.VOCAB)) or {}
        key = str(got["fi"]).casefold()
        if key in seen:
            c.warning(where, f"'{got['fi']}' is already in the vocabulary (line {seen[key]})")
        seen[key] = where.line
        items.append(m.VocabItem(fi=got["fi"], glosses=glosses,
                                 gesture=got.get("gesture"), image=got.get("image"),
                                 accept=tuple(got.get("accept") or ())))
        _suggest_picture(c, items[-1], where)
    return items


def _suggest_picture(c: Checker, item: m.VocabItem, where: Pos) -> None:
    """A word the picture set has a picture for, given none: a notice (lint's report of
    the concrete words still without their picture)."""
    if item.image is None:
        from valkky.pictures import suggestion

        picture = suggestion(item.fi)
        if picture is not None:
            c.notice(where, f"'{item.fi}' has a picture in the picture set: "
                            f"image: \"{picture}\"")


def _steps(c: Checker, value: object, pos: Pos) -> list[m.Step]:
    if value is None:
        return []
    if not isinstance(value, YList) or not value:
        c.error(pos, "'steps' must be a non-empty list of steps")
        return []
    if not c.few(value, spec.MAX_STEPS, "'steps'", pos):
        return []
    steps: list[m.Step] = []
    ids: dict[str, int] = {}
    own_id: dict[int, str] = {}  # id(raw step) -> its step id, given or step-N
    for i, raw in enumerate(value):
        step = _step(c, raw, value.where(i), i)
        if step is None:
            continue
        own_id[id(raw)] = step.id
        if step.id in ids:
            c.error(raw["id"].pos if isinstance(raw, YMap) and isinstance(raw.get("id"), Text)
                    else value.where(i),
                    f"duplicate step id '{step.id}' (first on line {ids[step.id]})")
            continue
        ids[step.id] = step.line
        steps.append(step)
    for raw in value:
        if isinstance(raw, YMap) and isinstance(raw.get("goto"), Text):
            target = raw["goto"].strip()
            if target not in ids:
                c.error(raw.where("goto"), f"goto '{target}': no step has that id")
            elif own_id.get(id(raw)) == target:
                c.error(raw.where("goto"), f"goto '{target}' jumps to itself: point it at "
                                           "the step to go back to")
    return steps


def _step(c: Checker, raw: object, pos: Pos, index: int) -> m.Step | None:
    if not isinstance(raw, YMap):
        c.error(pos, f"a step must be a mapping with one of "
                     f"{', '.join(spec.STEP_KINDS)}, not {describe(raw)}")
        return None
    kinds = [k for k in spec.STEP_KINDS if k in raw]
    if not kinds:
        keys = ", ".join(raw) or "nothing"
        c.error(pos, f"the step has no kind: give one of {', '.join(spec.STEP_KINDS)} "
                     f"(it has {keys})")
        return None
    if len(kinds) > 1:
        c.error(pos, f"the step has {len(kinds)} kinds ({', '.join(kinds)}); "
                     "split it into one step each")
        return None
    kind = kinds[0]
    table = {**spec.STEP_COMMON, **spec.STEP_KINDS[kind]}
    article = "an" if kind[0] in "aeiou" else "a"  # an ask step, a say step
    got = c.fields(raw, table, f"{article} {kind} step", pos)
    if got is None or kind not in got:
        return None
    base = {
        "id": got.get("id") or f"step-{index + 1}",
        "line": pos.line,
        "gesture": got.get("gesture"),
        "show": got.get("show"),
        "barge_in": got.get("barge_in", False),
        "level": got.get("level"),
    }
    if "-" in (base["level"] or ""):
        c.error(raw.where("level"), f"a question's level is one band (A1, A2, B1 or B2), "
                                    f"not the range '{base['level']}'")
    text = got[kind]
    if kind == "say":
        return m.SayStep(**base, text=text)
    if kind in ("ask", "repeat"):
        if kind == "repeat" and "accept" not in raw:  # the sentence is the answer
            _sayable(c, raw[kind], raw.where(kind))
        task = _task(c, got, raw, pos, default_accept=(text,) if kind == "repeat" else ())
        if kind == "ask":
            if base["level"] in SENTENCE_LEVELS and "short_answer" not in task.strict:
                # a placement question of B1 or above measures the sentence: "liian
                # lämmin" for "kylmiö on liian lämmin" is near, not B1
                task = replace(task, strict=(*task.strict, "short_answer"))
            if then := later_deed_of(text):  # "Laita ensin X ja tee sitten Y": Y
                task = replace(task, then_deed=then)
            task = replace(_with_forbidden(task), situation=text)
            return m.AskStep(**base, text=text, task=task)
        # Repeating is practising the model's own words: the sentence itself always
        # counts, `accept` lists variants that count too, and another word of the same
        # lexicon group (kävelyteline for rollaattori) is no repetition of it, nor is the
        # sentence with a word speech may leave out left out (ellipsis: "en käytä" for "en
        # käytä sitä"), nor a word with a kind put in front (compound_modifier), nor the
        # present said for the model's conditional (politer: "saanko" for "saisinko"); the
        # polite plural "you" for the model's singular is (address, judge54).
        accept = (text, *(a for a in task.accept if a != text))
        strict = (*task.strict, *(r for r in REPEAT_STRICT if r not in task.strict))
        if _reads_a_text(got.get("show"), text) and "address" not in strict:
            # a sign read aloud says the sign's words: "varokaa trukkeja" is no reading of
            # VARO TRUKKEJA (sets 10, 24), though "varokaa" to customers is polite; a repeat
            # step takes the polite plural for its singular (address, judge54)
            strict = (*strict, "address")
        return m.RepeatStep(**base, text=text, task=replace(task, accept=accept, strict=strict))
    if kind == "choose":
        options = got.get("options") or ()
        answer = got.get("answer")
        if answer is not None and options and answer.casefold() not in \
                [o.casefold() for o in options]:
            c.error(raw.where("answer"), f"answer '{answer}' is not one of the options")
        if "options" in got and len(options) < 2:
            c.error(raw.where("options"), "a choose step needs at least two options")
        elif len(options) > spec.MAX_OPTIONS:
            c.error(raw.where("options"), f"a choose step has at most {spec.MAX_OPTIONS} "
                    f"options, the numbers the robot reads aloud; this one has "
                    f"{len(options)}: split it into two steps")
        _sayable(c, raw.get("options"), raw.where("options"))
        task = _task(c, got, raw, pos, default_accept=(answer,) if answer else ())
        task = m.Task(**{**task.__dict__, "options": tuple(options)})
        return m.ChooseStep(**base, text=text, answer=answer or "", task=task)
    if kind == "dialogue":
        turns = _turns(c, raw["dialogue"], raw.where("dialogue"), str(base["id"]))
        return m.DialogueStep(**base, turns=tuple(turns))
    if kind == "drill":
        return m.DrillStep(**base, source=text, limit=got.get("limit", m.DEFAULT_DRILL_LIMIT),
                           tries=got.get("tries", m.DEFAULT_TRIES))
    return m.GotoStep(**base, target=text, score_below=got.get("if"),
                      times=got.get("times", 1))


def _task(c: Checker, got: dict[str, Any], raw: YMap, pos: Pos,
          default_accept: tuple[str, ...] = ()) -> m.Task:
    accept = got.get("accept") or default_accept
    keywords = got.get("keywords") or ()
    if not accept and not keywords and "accept" not in raw and not got.get("open"):
        c.error(pos, "nothing to accept: give 'accept' (the answers that are right)")
    for key in ("accept", "keywords"):
        if key in raw and (raw[key] is None or (isinstance(raw[key], YList) and not raw[key])):
            c.error(raw.where(key), f"'{key}' is empty: list the answers that are right, "
                                    "or leave the key out")
        _sayable(c, raw.get(key), raw.where(key))
    if got.get("topics") and not got.get("open"):
        c.error(raw.where("topics"), "'topics' belong to an open question: add 'open: true'")
    if "hint" in raw and raw["hint"] is None:
        c.error(raw.where("hint"), "'hint' must not be empty")
    if (need := got.get("sentences")) and accept and \
            (short := next((a for a in accept if sentences_said(a) < need), None)):
        c.warning(raw.where("accept"),
                  f"'sentences: {need}' asks for {need} sentences, but the accepted answer "
                  f"'{short}' says fewer: the judge takes an accepted answer as long enough, "
                  "so any answer as short is right too")
    return m.Task(
        accept=tuple(accept),
        keywords=tuple(keywords),
        hint=got.get("hint") or {},
        tries=got.get("tries", m.DEFAULT_TRIES),
        correct=got.get("correct"),
        wrong=got.get("wrong"),
        mistakes=got.get("mistakes") or {},
        strict=tuple(got.get("strict") or ()),
        open=bool(got.get("open")),
        topics=tuple(got.get("topics") or ()),
        sentences=got.get("sentences") or 0,
    )


def _with_forbidden(task: m.Task) -> m.Task:
    """``task`` with the deeds its reply to a right answer forbids ("Älä käytä sitä
    lavaa."), each with a sharp no and that sentence as its reply (judge.reply_forbids)."""
    if task.correct is None or not task.correct.say:
        return task
    deeds = deeds_forbidden(task.correct.say, (*task.accept, *task.keywords, *task.mistakes))
    return replace(task, forbidden={deed: m.Reaction(say=f"Ei! {said}")
                                    for deed, said in deeds}) if deeds else task


def _praise_after_answer(c: Checker, raw: YMap, got: dict[str, Any]) -> None:
    """A robot line after a learner turn plays whatever the verdict was: praise there
    praises a wrong or unsafe answer too (the turn's ``correct:`` is where it belongs)."""
    said = praise_in(got["robot"])
    if said:
        c.warning(raw.where("robot"),
                  f"the robot says '{said}' after the learner answers, but this line is "
                  "played whether the answer was right or wrong, so it would praise a "
                  "wrong answer too: move the praise to the learner turn's 'correct:' "
                  "reaction, or make the line neutral ('Selvä.', 'Okei.', 'Kiitos.')")
    gesture = got.get("gesture")
    if gesture in PRAISE_GESTURES:
        c.warning(raw.where("gesture"),
                  f"the robot makes '{gesture}' (well done) after the learner answers, but "
                  "this gesture is made whether the answer was right or wrong: move it to "
                  "the learner turn's 'correct:' reaction, or leave the gesture out")


def _sayable(c: Checker, value: object, pos: Pos) -> None:
    """An answer that normalises to nothing ('!!!', '...', 'öö') can never be matched:
    the judge ignores punctuation and hesitations in what it hears. Nor can one longer
    than the judge takes."""
    items = value if isinstance(value, YList) else [value]
    if len(items) > spec.MAX_LIST:  # reported whole already (Checker.few)
        return
    for i, item in enumerate(items):
        if not isinstance(item, Text) or not item.strip():
            continue
        where = value.where(i) if isinstance(value, YList) else pos
        words = rough_words(item) if len(item) <= MAX_ANSWER_CHARS else None
        if words is None or len(words) > MAX_ANSWER_WORDS:
            c.error(where, f"'{item.strip()[:40]}…' is longer than an answer may be "
                           f"({MAX_ANSWER_CHARS} characters, {MAX_ANSWER_WORDS} words): a "
                           "learner's longer answer is not judged, so it could never match")
        elif not words:
            c.error(where, f"'{item.strip()}' has nothing a learner can say: no letters or "
                           "digits (punctuation and hesitations like 'öö' are not heard)")


def _with_earlier_mistakes(task: m.Task, turns: list[m.RobotTurn | m.LearnerTurn]
                           ) -> m.Task:
    """``task`` with the wrong mistakes of the dialogue's learner turns before it: what the
    learner was told not to say stays wrong in a later turn ("kyllä voin" to thank for
    "Kysyn joltakin toiselta" takes the Saturday back; judge.said_before). Not one this
    turn accepts or foresees itself (its own reply says more), nor one said inside an
    accepted answer of this turn ("auto on valmis" in "auto on valmis huomenna"), nor a
    bare reply. And what every earlier turn said, the robot's line and its accepted answers
    (``earlier_said``): an answer that only says one again answers that turn, not this
    one."""
    own = [tuple(rough_words(a)) for a in task.accept]
    foreseen = {tuple(rough_words(k)) for k in task.mistakes}
    earlier: dict[str, m.Reaction] = {}
    said: dict[str, None] = {}
    for i, t in enumerate(turns):
        if not isinstance(t, m.LearnerTurn):
            continue
        keys = [key for key, reaction in t.task.mistakes.items()
                if (reaction.verdict or "wrong") == "wrong"
                and (words := tuple(rough_words(key))) not in foreseen
                and not any(_inside(words, a) for a in own) and not _a_bare_reply(words)]
        earlier.update((k, _why_only(t.task.mistakes[k])) for k in keys if k not in earlier)
        before = turns[i - 1] if i else None  # the robot's line this turn answered
        said.update(dict.fromkeys((*([before.text] if isinstance(before, m.RobotTurn)
                                      else []), *t.task.accept)))
    # (every earlier turn's words: an answer that only says an earlier turn's answer
    # again answers that turn, not this one; judge.said_before)
    return replace(task, earlier_mistakes=tuple(earlier), earlier_said=tuple(said),
                   earlier_replies=earlier) if earlier or said else task


# a reply's sentence that tells what to say to the earlier question ("Sano: Valitettavasti en
# voi.", "Oikea vastaus on: …"): said in a later turn, it would answer the wrong question
_TELLS_WHAT_TO_SAY = re.compile(r"^(sano|oikea vastaus)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _why_only(reaction: m.Reaction) -> m.Reaction:
    """An earlier turn's reply to its mistake, as a later turn gives it: the sentences that
    say why it is wrong ("Lauantaina sinulla on perhejuhla."), not those that tell what to
    say to that turn's question; none left but an interjection ("Ei!"): no words of its own
    (the later turn says its general reply)."""
    if not reaction.say:
        return reaction
    kept: list[str] = []
    for sentence in _SENTENCE_END.split(reaction.say.strip()):
        if _TELLS_WHAT_TO_SAY.match(sentence):
            break
        kept.append(sentence)
    why = " ".join(kept) if len(rough_words(" ".join(kept))) > 1 else None
    return replace(reaction, say=why)


def _advice_words(turn: m.LearnerTurn) -> frozenset[str]:
    """Where this turn gives advice too (an answer opens with a command), the base forms
    of the words its line and answers say: a later turn's advice naming one of their
    things is this turn's own next step ("laita jarrut päälle ja auta hänet tuoliin"),
    where a report's is not ("laatikko jumittui, vedetään laatikko pois"). None else."""
    if not any(any(a.get("MOOD") == "imperative" for a in finnish.analyses(answer[0]))
               for answer in map(rough_words, turn.task.accept) if answer):
        return frozenset()
    return frozenset(b for text in (turn.task.situation, *turn.task.accept)
                     for w in rough_words(text) for b in finnish.base_forms(w))


def _names_one_of(words: tuple[str, ...], bases: frozenset[str]) -> bool:
    """A noun of ``words`` is one of ``bases``."""
    return any(a.get("CLASS") == "nimisana" and a.get("BASEFORM", "").casefold() in bases
               for w in words for a in finnish.analyses(w))


# leave given, which a later turn's question makes unsafe ("voit mennä", "saat jatkaa")
_LEAVE = frozenset({"voit", "voitte", "saat", "saatte"})


def _inside(words: tuple[str, ...], answer: tuple[str, ...]) -> bool:
    """``words`` said one after another in ``answer`` (or are it)."""
    n = len(words)
    return any(answer[i:i + n] == words for i in range(len(answer) - n + 1))


def _a_bare_reply(words: tuple[str, ...]) -> bool:
    """A mistake that is wrong as a reply to its own question only: all bare words
    (``BARE_REPLY``, or a time), or one word that is no verb in a person (a name, a place,
    a count: "jussi", "kassalla" answer "who?", "where?"; "voin", "loukkaannuin" say a
    thing of their own)."""
    return all(w in BARE_REPLY or finnish.base_forms(w) & WHEN_WORDS for w in words) or \
        (len(words) == 1 and not finnish.persons(words[0]))


def _story(turns: list[m.RobotTurn | m.LearnerTurn], line: m.RobotTurn) -> str:
    """What a dialogue's turns so far tell before the next learner turn: each earlier
    learner turn's first accepted answer (what the learner told, "porakone on rikki"), then
    the robot's line this turn answers ("Selvä. Laita koneeseen lappu…"): the judge reads
    a fault told there (a later "mut poraan tällä loppuun" goes on with it; review77)."""
    # (only a workplace tool or machine told of: a box of goods set aside, the good pieces,
    # one's own car stay out of the story, review78; nor one a later robot line has mended
    # or replaced, "Selvä. Vaihtakaa ne.", review80)
    told = [t.task.accept[0] for i, t in enumerate(turns)
            if isinstance(t, m.LearnerTurn) and t.task.accept and
            _names_a_tool(t.task.accept[0]) and not any(
                isinstance(r, m.RobotTurn) and _mends(r.text) for r in turns[i + 1:])]
    return " ".join([*(f"{a[0].upper()}{a[1:]}." for a in told), line.text])


def _mends(text: str) -> bool:
    """``text`` (a robot's line) says to mend or replace a thing ("Vaihtakaa ne.")."""
    return any(finnish.base_forms(w) & {"vaihtaa", "korjata", "huoltaa"}
               for w in rough_words(text))


def _names_a_tool(text: str) -> bool:
    """``text`` names a workplace tool or machine (a base form or a compound's last part of
    the judge's tools: "porakone")."""
    return any(b.endswith(TOOL_ENDS) for w in rough_words(text) for b in finnish.base_forms(w))


def _turns(c: Checker, value: object, pos: Pos, step_id: str
           ) -> list[m.RobotTurn | m.LearnerTurn]:
    if not isinstance(value, YList) or not value:
        c.error(pos, "'dialogue' must be a list of turns (robot: lines and learner turns "
                     "with accept:)")
        return []
    if not c.few(value, spec.MAX_TURNS, "'dialogue'", pos):
        return []
    turns: list[m.RobotTurn | m.LearnerTurn] = []
    for i, raw in enumerate(value):
        where = value.where(i)
        if isinstance(raw, YMap) and "robot" in raw:
            got = c.fields(raw, spec.ROBOT_TURN, "a robot turn", where)
            if got and "robot" in got:
                turns.append(m.RobotTurn(text=got["robot"], gesture=got.get("gesture"),
                                         show=got.get("show")))
                if any(isinstance(t, m.LearnerTurn) for t in turns):
                    _praise_after_answer(c, raw, got)
            continue
        if isinstance(raw, YMap) and not ("accept" in raw or "keywords" in raw):
            c.error(where, "a dialogue turn needs 'robot:' (a robot line) or 'accept:' "
                           "(a learner turn)")
            continue
        got = c.fields(raw, spec.LEARNER_TURN, "a learner turn", where)
        if got is None:
            continue
        assert isinstance(raw, YMap)
        task = _with_earlier_mistakes(_with_forbidden(_task(c, got, raw, where)), turns)
        if turns and isinstance(turns[-1], m.RobotTurn):  # the line this turn answers
            task = replace(task, situation=_story(turns, turns[-1]))
        turns.append(m.LearnerTurn(id=got.get("id") or f"{step_id}.{i + 1}",
                                   task=task, gesture=got.get("gesture"),
                                   show=got.get("show")))
    if turns and not any(isinstance(t, m.LearnerTurn) for t in turns):
        c.warning(pos, "this dialogue has no learner turn")
    return _with_later_unsafe(turns)


def _with_later_unsafe(turns: list[m.RobotTurn | m.LearnerTurn]
                       ) -> list[m.RobotTurn | m.LearnerTurn]:
    """Each learner turn with the unsafe wrong mistakes of the turns after it among its
    ``earlier_mistakes`` (their replies among ``earlier_replies``): an unsafe deed told
    before its turn asks is as wrong ("otin muovin pois ja laitoin paketin takaisin" to
    "Mitä nyt?", before "Mitä sinä teit?" foresees it). Not one this turn accepts or
    foresees, nor one said inside its accepted answers, nor a bare reply; of two words or
    more, no leave given ("voit mennä"), and none that names a thing of this turn's own
    line or answers ("auta hänet tuoliin" where the turn speaks of the wheelchair:
    review208-209)."""
    out = list(turns)
    for i, t in enumerate(turns):
        if not isinstance(t, m.LearnerTurn):
            continue
        own = [tuple(rough_words(a)) for a in t.task.accept]
        foreseen = {tuple(rough_words(k)) for k in t.task.mistakes}
        advice = _advice_words(t)  # (once a turn, not once a later mistake)
        later: dict[str, m.Reaction] = {}
        for after in turns[i + 1:]:
            if not isinstance(after, m.LearnerTurn):
                continue
            for key, reaction in after.task.mistakes.items():
                words = tuple(rough_words(key))
                if (reaction.verdict or "wrong") == "wrong" and reaction.calls_unsafe and \
                        len(words) >= 2 and words[0] not in _LEAVE and \
                        key not in later and key not in t.task.earlier_replies and \
                        words not in foreseen and not _a_bare_reply(words) and \
                        not any(_inside(words, a) for a in own) and \
                        not (advice and _names_one_of(words, advice)):
                    later[key] = _why_only(reaction)
        if later:
            out[i] = replace(t, task=replace(
                t.task, earlier_mistakes=(*t.task.earlier_mistakes, *later),
                earlier_replies={**t.task.earlier_replies, **later}))
    return out

