"""A self-repair at a lone "ei," (issue 12, judge45, safety): "ilmoitan työnjohtajalle, ei,
korjaan sen itse", "seitsemältä, ei, kuudelta". A "ei" written apart between commas inside
an answer takes back what came before it (normalise and ``rules.contrast`` read it so
already), so the learner's answer is what comes after it: ``answer_inside`` found the right
deed said first and passed the unsafe one after it, and a right time said after a wrong one
was judged by the wrong one.

The repaired reading (``repaired``): the words after the last lone "ei," judged as the
learner's answer, with the step's every argument; where they are a verbless part of a few
words and no foreseen mistake ("…, ei, esimiehelle"), the words before with that part put
in the slot it repairs (the last word in its case) where that makes an accepted answer
("ilmoitan esimiehelle"). A repair only nearly right (almost) where the whole answer is wrong by the
rules after this one keeps it wrong: a slip in the repair is no way past a wrong answer. Not
where the words after it begin with a no of another verb than the one before ("ilmoitan
työnjohtajalle, ei, en korjaa sitä itse" says no to the question, it takes nothing back),
nor where a step's answer or mistake is written so itself, nor with nothing after it.

A repair that ends on a foreseen mistake is that mistake, as the mistake alone is judged
(judge49): its verdict, reason and matched key, which give the learner the trainer's own
reply — a foreseen slip too, after a wrong start; a foreseen wrong one also after nothing to
take back ("ei voi ei kun voi") and after a no of another verb ("kysyn, ei, en tiedä").

A repair of the last clause only leaves the clauses before it said (``_with_clause_repaired``,
judge49) — not where the repair says that clause again, in fewer of its words or with an
order word more ("…ja pakkaan juustot, ei, pakkaan ensin juustot"), or is a whole of
clauses: then the whole is taken back, unless the clauses before say an unsafe deed (a
mistake the step's reply calls unsafe, "Ei!", passed as ``unsafe_mistakes``; a deed
``unsafe_more`` knows). The clauses before with the repair, an accepted answer as written,
are right ("laitan suojakäsineet ja suojatakin, ei, suojalasit").
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from valkky.judge import finnish
from valkky.judge.case import Case, Judgement, fuzz_module, told_bases
from valkky.judge.normalise import canonical, normalise
from valkky.judge.number_words import is_number
from valkky.judge.unsafe_more import unsafe_deed
from valkky.judge.wordsets import EVERY_NO, YES

# "…, ei, kuudelta": a "ei" written apart, before a mark, after a mark or a space ("yhdeksältä
# ei, kuudelta", "…. ei, …", "– ei –"), said once or again ("…, ei, ei, jatkan työtä"); not
# the interjection "voi ei", "oi ei", "ai ei" (oh no)
_MARK = r"[,.;:!?–—…-]"
LONE_NO = re.compile(rf"(?:(?<=\s)|(?<={_MARK}))(?<!oi )(?<!ai )ei(?:[\s,.;:!?–—…-]+ei)*"
                     rf"\s*{_MARK}+", re.IGNORECASE)
# …and the spoken self-repairs said between two parts (judge47): "eiku" ("ei kun", "I
# mean"; also "ei ku", "eikun"), "tai siis", "siis", an apology written apart ("…,
# anteeksi, …"); each takes back what came before it as a lone "ei," does. Only between
# two parts (``repaired`` needs words before it): "ei kun kone on rikki" (a no and "kun")
# and "anteeksi, en ymmärrä" (a courtesy at the start) stay as they are.
_MARKS = r"[,.;:!?–—…]*"
REPAIR = re.compile(
    rf"{LONE_NO.pattern}|\bei\s*kun?\b{_MARKS}|\btai\s+siis\b{_MARKS}"
    rf"|(?<=[,;.…])\s*siis\b{_MARKS}"  # a bare "siis" (so) only after a mark
    rf"|[,;.…]\s*anteeksi\s*[,.;:!?–—…]+"
    rf"|(?:(?<=\s)|(?<={_MARK}))ei,?\s+anteeksi\b{_MARKS}", re.IGNORECASE)  # "vasara... ei
# anteeksi, tikkaat" (set 67, both trainers right)
# The words one of REPAIR's ways must say, matched as REPAIR matches them (IGNORECASE): a
# text with none has no repair, found without REPAIR's lookbehinds at every letter (most
# answers and accepted answers)
_REPAIR_WORDS = re.compile(r"ei|siis|anteeksi", re.IGNORECASE)
_AS_ACCEPTED = frozenset({"exact", "word_order"})  # a repaired whole: an accepted answer
# all that stands before a lone no with nothing to take back: a no, an interjection, an adverb
_BEFORE_NOTHING = frozenset({"onneksi", "valitettavasti", "no", "voi", "oi", "ai", "niin",
                             "eiku"})
# where a clause ends before the one a repair takes back: "käytän sitä ja | kerron hoitajalle"
_CLAUSE_END = re.compile(r",|\b(?:ja|sitten|sekä)\b", re.IGNORECASE)
# why the clauses before a repaired one, said alone, are a wrong deed and not too little
_A_WRONG_DEED = frozenset({"mistake", "negation", "going_on"})
# an order or a time said with a clause again: no other content ("pakkaan ensin juustot")
_ORDER_WORDS = frozenset({"ensin", "lopuksi", "aluksi", "heti"})
_PART = 2  # a verbless repair of up to this many words repairs a slot of the words before


_FOCUS = frozenset({"vasta", "vain", "vaan", "ihan", "juuri", "just", "kyllä"})


def _accepted_but_adverbs(c: Case, tail: list[str]) -> bool:
    """``tail`` is an accepted answer as written with an adverb more ("…, ei, vasta
    kymmeneltä"; set 97, both trainers right)."""
    told = told_bases(c.situation)
    bare = [w for w in tail if w not in _FOCUS and w not in ("heti", "nyt") and not (
        finnish.base_forms(w) & told and "seikkasana" in finnish.word_classes(w))]
    # (a focus adverb, now, or a time the question says: "…, ei, esimiehelle heti", "…,
    # ei, kymmeneltä huomenna" to "Mihin aikaan tulet huomenna?", review189; no other
    # time, "…, ei, tukipukit myöhemmin")
    return len(bare) < len(tail) and any(bare == n.split() for _, n in c.accepted)


def words_kept(c: Case) -> list[str]:
    """The answer's words after its last lone "ei," or spoken self-repair (module doc), the
    part ``repaired`` judges; all of them where there is none."""
    found = list(REPAIR.finditer(c.written)) if _REPAIR_WORDS.search(c.written) else []
    tail = canonical(normalise(c.written[found[-1].end():])).split() if found else []
    return tail or c.words


def repaired(c: Case) -> Judgement | None:
    """The answer after its last lone "ei," or spoken self-repair (module doc), judged as
    the learner's; or after a restart (``_restarted``)."""
    if ("..." in c.written or "…" in c.written) and (again := _restarted(c)) is not None:
        return again
    if _REPAIR_WORDS.search(c.written) is None:
        return None
    found = list(REPAIR.finditer(c.written))
    if not found or any(_REPAIR_WORDS.search(t) and REPAIR.search(t)
                        for t in (*(o for o, _ in c.accepted), *c.mistakes)):
        return None
    cut = found[-1]
    head = canonical(normalise(c.written[:cut.start()])).split()
    tail = canonical(normalise(c.written[cut.end():])).split()
    if not tail or not head:
        return None
    if _an_apology_accepted(c, cut.group(0)) and tail[0] not in head:
        return None  # "hei täällä Ali, anteeksi, olen myöhässä" (set 129); not a restart,
        # "hei täällä Ahmed, anteeksi, täällä Ali" (review206; "…, anteeksi, Ali tässä" is
        # one too, almost: the whole read as one let "…, anteeksi, täällä Ahmed" through,
        # review208)
    if cut.group(0).strip(" ,;:.!?…–—-").casefold() == "siis" and _so(head, tail):
        return None  # "käytän sitä, siis ilmoitan": so, therefore — both said (review47)
    best = _judged(c, " ".join(tail))
    foreseen = _foreseen(c, best)
    if tail[0] in EVERY_NO and not _takes_back(head, tail):
        if foreseen is not None and foreseen.verdict == "wrong":
            # the no is a foreseen wrong mistake: "minä kysyn eiku en tiedä", "kysyn, ei, en
            # tiedä" end on what the learner must not say. A foreseen slip beside a right
            # deed is no repair ("ilmoitan esimiehelle eiku en käytä sitä": both said)
            return _as_foreseen(c, cut, foreseen)
        if _a_lone_no(c.written, cut):
            return None  # "…, ei, en korjaa sitä itse": a no said apart, nothing taken back
        # "… eiku en korjaa sitä itse": nothing taken back either; the answer without its
        # marker, which is no word of it
        whole = _judged(c, " ".join((*head, *tail)))
        c.note(f"'{cut.group(0).strip()}' takes nothing back: '{whole.heard}', {whole.verdict}")
        return replace(whole, heard=c.said, rule=c.rule, trace=())
    if not all(w in YES for w in head) and not _a_no_of_a_verb(head) and \
            all(w in EVERY_NO or w in _BEFORE_NOTHING for w in head):
        # "ei ei, huomasin ajoissa", "onneksi ei, …": nothing said to take back — but what
        # the learner ends on is said: a foreseen wrong mistake stays it ("ei voi eiku voi")
        return _as_foreseen(c, cut, foreseen) if foreseen is not None and \
            foreseen.verdict == "wrong" else None
    if foreseen is not None:
        if foreseen.verdict != "wrong" and (kept := _with_clause_repaired(c, cut)) is not None:
            # the repair takes back only the last clause: a wrong deed before it stands
            # ("käytän sitä ja kerron hoitajalle, ei, kerron työkaverille", review49)
            return _kept(c, kept)
        # a foreseen mistake, said as the trainer foresaw it, is that mistake with its own
        # reply, also a foreseen slip after a wrong whole ("jatkan työtä, ei, pysäytän koneen")
        return _as_foreseen(c, cut, foreseen)
    slot = None
    if (len(tail) <= _PART or tail[0] in head[1:]) and best.matched is None and \
            _a_part(tail, head):  # (or a part of any length that begins with a word said
        # before it: its slot is read below, "… varttia vaille.. ei, varttia yli …")
        # a part without a verb repairs its slot of the words before, and is judged there:
        # "ilmoitan työnjohtajalle, ei, esimiehelle" is ilmoitan esimiehelle, "nosta jaloilla,
        # ei, selällä" nosta selällä, "tuhat kiloa, ei, kaksituhatta kiloa" kaksituhatta kiloa
        slot = _in_its_slot(head, tail) if len(head) >= len(tail) else None
        if slot is not None:
            best = _judged(c, " ".join(slot))
        elif len(tail) > 1 and finnish.case_numbers(tail[0]) & finnish.case_numbers(head[-1]):
            # a noun for the last noun, a word more after it, where that makes an accepted
            # answer as written or said whole with a word more ("ilmoitan työkaverille,
            # eiku esimiehelle, heti"; not one right only by an open step's leniency,
            # "kerro esimiehelle, ei, työkaverille ensin": review276-277)
            whole = _judged(c, " ".join((*head[:-1], *tail)))
            if whole.verdict == "correct" and (whole.rule in _AS_ACCEPTED or
                                               whole.rule == "answer_inside"):
                slot, best = [*head[:-1], *tail], whole
    elif best.verdict != "correct" and (mid := _repaired_inside(c, cut, head)) is not None:
        best, slot = mid  # "Hallissa kaksi, eiku kolme, oli öljyä lattialla.": the part
        # between the repair and the next comma repairs its slot, the sentence goes on
        # (set 201, both trainers right)
    if best.verdict == "correct" and best.rule not in _AS_ACCEPTED and (
            len(tail) <= _PART or slot is not None) and not _accepted_but_adverbs(c, tail):
        # right only as an accepted answer, never by a rule's leniency ("ilmoitan heti
        # esimiehelle, ei, työkaverille"; "ota käsineet pois, ei, käteen" on an open step):
        # the whole as said (the reviews of stop 38)
        return None
    if best.verdict == "almost" and (as_said := _as_said_whole(c)) is not None and \
            as_said.verdict == "wrong":
        return None  # a repair only nearly right keeps a wrong whole wrong (the rules after)
    if best.verdict != "wrong" and slot is None and \
            (kept := _with_clause_repaired(c, cut)) is not None:
        # the last clause only repaired, a wrong deed before it still said ("käytän sitä ja
        # kerron hoitajalle, ei, kerron esimiehelle"; after review49): wrong
        return _kept(c, kept)
    c.note(f"a lone 'ei' takes back '{' '.join(head)}': '{best.heard}' is the answer, "
           f"{best.verdict}" + (f" ({best.reason})" if best.reason else "")
           + (f" by {best.rule}" if best.rule else ""))
    return replace(best, heard=c.said, rule=c.rule, trace=())


def _restarted(c: Case) -> Judgement | None:
    """An answer broken off and said again from its start after "..." (a restart: "Varo
    trukeja... varo trukkeja!", "käytä turvakengät... käytä turvakenkiä"; sets 233 and
    218, the trainers right): the words after the last "..." where they are right alone and
    the words before are a try at their start, word for word the same word or a slip or
    another form of it (not another deed: "kahdesti mitataan, kerran... kahdesti
    sahataan"); else None."""
    at = max(c.written.rfind("..."), c.written.rfind("…"))
    head = canonical(normalise(c.written[:at])).split()
    tail = canonical(normalise(c.written[at:].lstrip(".…"))).split()
    if not head or len(head) > len(tail) or head == tail[:len(head)] or not all(
            h == t or finnish.same_lemma(h, t) or fuzz_module().ratio(h, t) >= 80
            for h, t in zip(head, tail[:len(head)], strict=True)):
        return None
    best = _judged(c, " ".join(tail))
    if best.verdict != "correct":
        return None
    c.note(f"'{' '.join(head)}' broken off and said again: '{best.heard}', correct")
    return replace(best, heard=c.said, rule=c.rule, trace=())


def _a_part(tail: list[str], head: list[str]) -> bool:
    """``tail`` has no verb: a part of a sentence (a noun that is a verb's person too is a
    part, "tikkaat" of "tikata", set 176; not where the words before say that verb, "en
    voi eiku voin", nor the learner's own, "… eiku tulen kolmelta": review239)."""
    return not any(finnish.only_a_verb(w) or (finnish.persons(w) and (
        not finnish.case_numbers(w) or _its_verb_before(w, head) or
        any(p == "1" for p, _ in finnish.persons(w)))) for w in tail)


def _repaired_inside(c: Case, cut: re.Match[str], head: list[str]
                     ) -> tuple[Judgement, list[str]] | None:
    """The answer with the verbless part between ``cut`` and the next comma put in its
    slot of ``head``, the rest after that comma going on: its judgement and the words so
    repaired, where that is an accepted answer as written; else None."""
    m = re.match(r"\s*([^,;]+)[,;](.+)", c.written[cut.end():])
    if m is None:
        return None
    part = canonical(normalise(m.group(1))).split()
    if not part or len(part) > _PART or not _a_part(part, head) or len(head) < len(part) or \
            (slot := _in_its_slot(head, part)) is None:
        return None
    j = _judged(c, " ".join((*slot, *canonical(normalise(m.group(2))).split())))
    return (j, slot) if j.verdict == "correct" and j.rule in _AS_ACCEPTED else None


def _an_apology_accepted(c: Case, cut: str) -> bool:
    """``cut`` is an apology ("…, anteeksi, …", not "ei anteeksi") that an accepted answer
    says after its first word too: the step's own "sorry" between two parts, nothing taken
    back ("hei täällä Ali anteeksi olen myöhässä")."""
    words = cut.casefold().replace(",", " ").split()
    return "anteeksi" in words and "ei" not in words and \
        any("anteeksi" in n.split()[1:] for _, n in c.accepted)


def _a_no_of_a_verb(head: list[str]) -> bool:
    """``head`` says a no of a verb: a no, then a word no no ("en voi": "voi" is no "oh"
    there; set 82, "en voi... eiku joo, kyllä voin", both trainers right)."""
    return any(w in EVERY_NO and nxt not in EVERY_NO for w, nxt in pairwise(head))


def _kept(c: Case, kept: Judgement) -> Judgement | None:
    """The judgement with the last clause repaired (``_with_clause_repaired``) as the
    answer's: an accepted answer so is right; a wrong one stays the whole as said where
    that is wrong too (its own reason and reply)."""
    if kept.verdict != "correct" and (as_said := _as_said_whole(c)) is not None and \
            as_said.verdict == "wrong":
        return None
    return replace(kept, heard=c.said, rule=c.rule, trace=())


def _with_clause_repaired(c: Case, cut: re.Match[str]) -> Judgement | None:
    """The answer with only its last clause before ``cut`` (after the last "ja", "sitten"
    or comma) replaced by the repair, where that is wrong: the clauses before it are still
    said; or, where that is no accepted answer nor foreseen mistake as written ("pysäytän
    koneen ja kerron työkaverille" is its slip), the clauses before it alone where they
    say a wrong deed (a mistake, the other polarity of an accepted one, going on). None
    where there is no clause before it or neither is wrong."""
    head = c.written[:cut.start()].rstrip(" ,;:.!?…–—-")  # the marks of the repair itself
    before = list(_CLAUSE_END.finditer(head))
    if not before:
        return None
    kept = head[:before[-1].start()].strip()
    repair = c.written[cut.end():].strip()
    if not any(ch.isalnum() for ch in kept) or \
            normalise(repair).split()[:len(said := normalise(kept).split())] == said:
        return None  # the repair begins with the clauses before again: the whole repaired
    if _restates(head[before[-1].end():], repair) and not _unsafe_before(c, kept):
        # the repair says the last clause again, or in its order ("…ja pakkaan juustot, ei,
        # pakkaan ensin juustot"), or is a whole of clauses: nothing before it kept — but
        # an unsafe deed said stays said ("käytän sitä ja …": the step's "Ei!" mistake)
        return None
    # joined by "ja", whatever joined them: a comma alone may read as one clause
    j = _judged(c, f"{kept} ja {repair}")
    c.note(f"the last clause repaired: '{j.heard}', {j.verdict}")
    if j.verdict == "wrong":
        return j
    if _as_written(j, c):
        # an accepted answer said as written is right ("laitan suojakäsineet ja suojatakin,
        # ei, suojalasit"); a foreseen mistake so said is that one
        return j if j.verdict == "correct" else None
    if (alone := _judged(c, kept)).verdict == "wrong" and alone.reason in _A_WRONG_DEED:
        c.note(f"'{alone.heard}' before the repaired clause: wrong ({alone.reason})")
        return alone  # "tulen töihin ja soitan esihenkilölle, ei, kerron työkaverille"
    return None


def _restates(last: str, repair: str) -> bool:
    """``repair`` says the clause ``last`` again, in its words or fewer of them, with an
    order or time word more ("pakkaan ensin juustot" for "pakkaan juustot", "lopuksi viilaan
    reunat" for "viilaan terävät reunat"), or is itself several clauses ("pakkaan juustot
    ja sitten vien laatikot", "hetkinen, kysyn kokilta")."""
    if _CLAUSE_END.search(repair):
        return True
    words = set(canonical(normalise(repair)).split()) - _ORDER_WORDS
    return bool(words) and words <= set(canonical(normalise(last)).split())


def _unsafe_before(c: Case, kept: str) -> bool:
    """The clauses ``kept`` before the repaired one say an unsafe deed: one of the step's
    mistakes its reply calls unsafe ("Ei!"), or a deed ``unsafe_more`` knows."""
    if unsafe_deed(c, canonical(normalise(kept)).split()) is not None:
        return True
    return bool(c.unsafe) and _judged(c, kept).matched in c.unsafe


def _as_written(j: Judgement, c: Case) -> bool:
    """``j`` is an accepted answer or a foreseen mistake as written, not a rule's reading
    of more words (a foreseen slip said beside a wrong deed: "tulen töihin ja kerron
    työkaverille")."""
    if j.verdict == "correct":
        return j.rule in _AS_ACCEPTED
    return j.matched is not None and j.matched in c.mistakes and \
        canonical(normalise(j.matched)) == j.heard


def _foreseen(c: Case, repair: Judgement) -> Judgement | None:
    """``repair`` where it is one of the step's foreseen mistakes, as that mistake alone is
    judged (its verdict, and ``matched`` that gives the trainer's reply)."""
    return repair if repair.reason == "mistake" and repair.matched in c.mistakes else None


def _as_foreseen(c: Case, cut: re.Match[str], mistake: Judgement) -> Judgement:
    c.note(f"'{cut.group(0).strip()}' ends on the foreseen mistake '{mistake.matched}', "
           f"{mistake.verdict}")
    return replace(mistake, heard=c.said, rule=c.rule, trace=())


def _as_said_whole(c: Case) -> Judgement | None:
    """The whole answer as the rules after this one judge it, the case left as it was."""
    from valkky.judge.verdict import RULES

    kept = (c.rule, c.closest, c.closeness, None if c.notes is None else list(c.notes))
    try:
        after = next(i for i, r in enumerate(RULES) if r.name == c.rule) + 1
        for rule in RULES[after:]:
            if rule.switchable and rule.name in c.strict:
                continue
            c.rule = rule.name
            if (j := rule.check(c)) is not None:
                return j
        return None
    finally:
        c.rule, c.closest, c.closeness, notes = kept
        if c.notes is not None and notes is not None:
            c.notes[:] = notes


def _so(head: list[str], tail: list[str]) -> bool:
    """After "siis", a verb the words before it do not say: a consequence, no repair. Not
    after a bare no, nor where a yes follows a no: "en... siis joo, nostin" turns the no
    round (set 34, both trainers wrong: the unsafe deed said last)."""
    if all(w in EVERY_NO for w in head) or (tail[0] in YES and not EVERY_NO.isdisjoint(head)):
        return False
    before = {b for w in head for b in finnish.base_forms(w)}
    return any(finnish.is_verb(w) and not finnish.base_forms(w) & before for w in tail)


def _a_lone_no(text: str, cut: re.Match[str]) -> bool:
    """The self-repair ``cut`` of ``text`` is a lone "ei" (``LONE_NO``), no spoken marker."""
    return (lone := LONE_NO.match(text, cut.start())) is not None and lone.end() == cut.end()


def _takes_back(head: list[str], tail: list[str]) -> bool:
    """The no after the lone "ei" is of a verb said before it ("käytän hissiä, ei, en
    käytä", "oli, ei, ei ollut"), or all before it is a yes ("joo, ei, en loukkaantunut"):
    what was said is taken back."""
    if all(w in YES for w in head):
        return True  # "joo, ei, en loukkaantunut": the yes taken back
    said = {b for w in head if finnish.is_verb(w) for b in finnish.base_forms(w)}
    return any(finnish.base_forms(w) & said for w in tail[1:3])  # ("ollut": a participle)


_NEAR = 75.0  # letters alike (0..100): a try at the same word


def _from_a_word(head: list[str], tail: list[str]) -> list[str] | None:
    """``head`` said again from a word of it with ``tail``, another word after that one,
    no verb taken back with the rest ("kello on varttia vaille" + "varttia yli seitsemän"
    is "kello on varttia yli seitsemän"), else None."""
    if len(tail) < 2 or tail[0] not in head[1:]:
        return None
    at = len(head) - 1 - head[::-1].index(tail[0])
    if tail[:len(head) - at] == head[at:] or any(map(finnish.is_verb, head[at:])):
        return None
    return [*head[:at], *tail]


def _in_its_slot(head: list[str], tail: list[str]) -> list[str] | None:
    """``head`` with ``tail`` in the slot it repairs: from the last word in the case and
    number of its first word ("ilmoitan työnjohtajalle" + "esimiehelle"; "mutterit on loppu"
    + "ruuvit" is "ruuvit on loppu", set 31), else in its case ("nosta jaloilla" +
    "selällä"), another word; None where there is none."""
    if is_number(tail[0]) and (numbers := [i for i, w in enumerate(head) if is_number(w)]):
        start, end = numbers[-1], numbers[-1] + 1
        while start and is_number(head[start - 1]):
            start -= 1  # (a number repairs the last number said, whatever follows it: "se
            # maksaa viisitoista, anteeksi, viisikymmentä euroa", set 190)
        return [*head[:start], *tail, *(w for w in head[end:] if w not in tail)]
    forms = finnish.case_numbers(tail[0])
    cases = {case for case, _ in forms}
    by = next((i for i in range(len(head) - 1, 0, -1) if head[i] in _PLACE_POSTPOSITIONS
               and any(case == "omanto" for case, _ in finnish.case_numbers(head[i - 1]))),
              None)
    if len(tail) == 1 and by is not None and cases & finnish.LOCAL_CASES:
        return [*head[:by - 1], *tail, *head[by + 1:]]  # (a place said by a noun and its
        # postposition: "siirrän ne oven eteen… eiku varastoon", set 227, the trainer right)
    if len(tail) == 2 and tail[1] in _PLACE_POSTPOSITIONS and "omanto" in cases and (
            at := next((i for i in range(len(head) - 1, -1, -1) if {
                case for case, _ in finnish.case_numbers(head[i])} & finnish.LOCAL_CASES),
                       None)) is not None:
        return [*head[:at], *tail, *head[at + 1:]]  # (…and the other way round: "siirrän ne
        # varastoon… eiku oven eteen")
    if (again := _from_a_word(head, tail)) is not None:
        return again  # (said again from a word of it, and another after it:
        # "kello on varttia vaille.. ei, varttia yli seittemän"; set 236, the trainer
        # right; not "hei täällä Ali, anteeksi, Ali täällä", the same words again, nor
        # past a verb, "paina hätäseis ja vedä laatikko pois, eiku hätäseis ihan heti":
        # review276)
    if len(tail) > 1 and head[-1] != tail[0] and forms & finnish.case_numbers(head[-1]) and \
            not is_number(head[-1]) and set(tail[1:]).isdisjoint(head) and \
            "nimisana" not in finnish.word_classes(head[-1]) and \
            "nimisana" in finnish.word_classes(tail[-1]):
        return [*head[:-1], *tail]  # (a phrase broken off after its first word: "kanna
        # kipsilevyt kolmanteen.. ei, toiseen kerrokseen"; set 236, the trainer right: a
        # word before its noun; not one said whole, "neljännessätoista kerroksessa, eiku
        # kolmannessa kerroksessa", nor a noun for a noun and a word more, "kerro
        # esimiehelle, ei, työkaverille ensin": review276)
    last = len(head) - len(tail)  # (the slot within the words before: "puoli seitsemän, eiku
    # puoli kahdeksan" repairs the whole time, not its minutes; set 57)
    at = next((i for i in range(last, -1, -1)
               if forms & finnish.case_numbers(head[i])), None)
    if at is None:
        at = next((i for i in range(last, -1, -1)
                   if cases & {case for case, _ in finnish.case_numbers(head[i])}), None)
    if at is None:  # (its own word in another form, or a letter off it: "auto on
        # nosturissa, eiku nosturilla", "kattila on lieteellä, eiku liedellä"; set 113)
        ratio = fuzz_module().ratio
        at = next((i for i in range(last, -1, -1) if finnish.same_lemma(head[i], tail[0])
                   or ratio(head[i], tail[0]) >= _NEAR), None)
    if at is None or head[at:at + len(tail)] == tail:
        return None
    return [*head[:at], *tail, *head[at + len(tail):]]


# postpositions of a place after a genitive ("oven eteen", "hyllyn päällä")
_PLACE_POSTPOSITIONS = frozenset({"eteen", "taakse", "viereen", "alle", "päälle", "luo",
                                  "luokse", "lähelle", "edessä", "takana", "vieressä", "alla",
                                  "päällä", "luona", "lähellä"})


def _its_verb_before(word: str, head: list[str]) -> bool:
    """A verb ``word`` may be a form of is said in ``head`` ("voi" of "voin")."""
    return any(finnish.is_verb(w) and finnish.base_forms(w) & finnish.base_forms(word)
               for w in head)


def _judged(c: Case, answer: str) -> Judgement:
    from valkky.judge.clock_time import AS_BUILT
    from valkky.judge.verdict import judge  # (the rules are judge's: imported when used)

    # (normalised words: "kymmeneltä" is "kymmenen" here, no hour said bare: clock_time)
    return judge(answer, tuple(dict.fromkeys(o for o, _ in c.accepted)),
                 keywords=tuple(c.keywords), wrong_answers=dict(c.mistakes),
                 other_options=tuple(c.options), strict=tuple(sorted(c.strict | {AS_BUILT})),
                 open_question=c.open_question, topics=c.topics,
                 min_sentences=c.min_sentences, unsafe_mistakes=tuple(sorted(c.unsafe)),
                 later_mistakes=tuple(sorted(c.later)), settings=c.settings)
