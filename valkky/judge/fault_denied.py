"""A report that calls fine what the step tells is faulty (issue 12, safety; review215,
217): "lavat oli ihan hyvä", "lavat oli kunnossa", "lavoissa ei ollut vikaa" where the
answers tell "yksi lava oli vaurioitunut", or "kone on ok" where the situation says
"Astianpesukone vuotaa.". It hides the fault as the foreseen "kaikki oli kunnossa" does,
and is wrong.

Not another one of the thing ("muut lavat oli kunnossa"), nor beside a fault told
("lavat oli kunnossa, paitsi yksi oli rikki", "nosturi on ok mutta lukitus ei toimi") or
mended ("kuivaan sen, sitten lattia on kuiva"), nor a fine state under a no ("lavat ei
ollut kunnossa" tells the fault), nor a state waited for or checked ("odota kunnes lattia
on kuiva", "katso ettei laikassa ole halkeamaa"), nor a person ("asiakas on kunnossa"
after a fall is good news), nor one thing of many a step's answers name ("vatsa on
kunnossa" beside a fever), nor where an accepted answer calls the thing fine itself."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from valkky.judge import finnish, sizes
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.deed_words import steps_bases
from valkky.judge.gear_useless import STRESS
from valkky.judge.normalise import normalise
from valkky.judge.polarity import main_clauses
from valkky.judge.receiver import a_person
from valkky.judge.shelving import HOW_NOT, shelving_told, the_nos_deed, the_nos_verb
from valkky.judge.wordsets import (
    BE_NOT,
    FAULT_WORDS,
    GOOD_STATE,
    NEGATIONS,
    OTHERWISE,
    REASON_GIVEN,
    SET_ASIDE,
    STAND_INS,
    THE_OTHERS,
)

# a state called fine ("kunnossa", "ihan hyvä", "ok")
_FINE = GOOD_STATE | frozenset({"hyvä", "ok", "okei", "kunnollinen", "normaali", "priima",
                                "kuiva", "puhdas", "hieno"})
_FINE_WORDS = frozenset({"ok", "okei", "kunnossa"})
# a time or condition the state is waited for ("odota kunnes lattia on kuiva")
_UNTIL = frozenset({"kunnes", "kun", "jos", "ennen", "kuin", "jotta", "asti"})
# verbs a state is told by ("lavat näyttää hyvältä")
_BEING = frozenset({"olla", "näyttää", "vaikuttaa"})
# deeds that mend a fault, after which a fine state is no denial ("kuivaan sen"), some in
# kinds (not replacing among repairs: worn pads are replaced, not fixed; nor disinfecting
# among cleaning: review222)
_FIXING_KINDS = (frozenset({"kuivata", "pyyhkiä", "siivota", "puhdistaa", "pestä"}),
                 frozenset({"korjata", "kiristää", "paikata"}))
_FIXING = frozenset({"vaihtaa", "desinfioida"}).union(*_FIXING_KINDS)
# another one than the faulty one ("muut lavat oli kunnossa")
# "otherwise", where the answer sets a faulty thing aside elsewhere (_one_set_apart)
# …and, where the step's answers or topics replace the thing or tell its old ones apart, a
# new or whole one ("uudet laikat on hyvät" beside "vaihda laikka" or "vanhat laikat pois";
# not "uudet lavat oli kunnossa" of a damaged delivery)
_NEW = frozenset({"uusi", "ehjä", "toimiva"})
_REPLACING = frozenset({"vaihtaa", "uusi", "uusia", "vanha"})


def fault_called_fine(c: Case, j: Judgement) -> Judgement:
    """``j``, or wrong where it is right or nearly and the answer calls fine what the
    step's answers tell is faulty."""
    if j.verdict == "wrong" or (fine := _fault_said_fine(c)) is None:
        return j
    c.note(f"'{fine}': calls fine what the step's answers tell is faulty")
    return c.judgement("wrong", "negation")


def _fault_said_fine(c: Case) -> str | None:
    """The answer's clause that calls fine a thing the step's answers tell is faulty, else
    None."""
    # (the words as said, part by part between commas: not as read toward the step's own,
    # "maljakko on" joined "maljakkoon")
    parts = [normalise(part).split() for part in c.written.split(",")]  # (no phrase
    # read as the lexicon's: "ei mitään" is no "ei kestä")
    words = [w for part in parts for w in part]
    if not may_call_fine(words):
        return None  # (the commonest: the step's faulty things not worked out)
    faulty = faulty_things(tuple(n for _, n in c.accepted), c.situation)
    if not faulty:
        return None
    steps = steps_bases(tuple(n for _, n in c.accepted), c.topics)  # (once a step)
    mending = _mending_deeds(tuple(n for _, n in c.accepted), c.situation)
    if any(_a_fault_told(part, faulty) for part in parts) or any(
            _told_harmed(clause, faulty) for part in parts for clause in main_clauses(part)):
        return None  # (a fault told beside it)
    said: list[str] = []
    replacing = bool(steps & _REPLACING) or any("vanha" in finnish.base_forms(w) for w in words)
    # (…by its answers or topics, or the step's or the answer's old ones told apart:
    # "uudet laikat on hyvät" beside "vanhat laikat pitää heittää pois", review220;
    # "uudet laikat on hyvät, vanhat heitetään roskiin")
    others = THE_OTHERS | _NEW if replacing else THE_OTHERS
    # (everything "otherwise" holds the faulty thing where the answer names it: "olen
    # pahoillani, maljakko oli jääny pöydän alle, muuten kaikki on kunnossa", review229;
    # not "asiakas liukastui, mutta ei loukkaantunut, kaikki on ok" of a wet floor,
    # review74, nor "kuvasin lavan ja kuski kuittasi merkinnän, kaikki on nyt kunnossa",
    # review230)
    held = faulty | _EVERYTHING if any(finnish.base_forms(w) & faulty for w in words) and \
        any(a in OTHERWISE and b in _EVERYTHING for a, b in pairwise(words)) else faulty
    for clause in (clause for part in parts for clause in main_clauses(part)):
        apart = others | OTHERWISE if _one_set_apart(parts, clause, faulty) else others
        if (_called_fine(clause, held, apart) or _denied(clause, held, apart)) and \
                not _mended(words, clause, faulty, mending) and \
                not _checked([*said, *clause]):
            return " ".join(clause)
        said.extend(clause)  # (a check said before it: "tarkistetaan aina, että laikka
        # on kunnossa")
    return None


def _mended(words: Sequence[str], clause: Sequence[str], faulty: frozenset[str],
            mending: frozenset[str] = frozenset()) -> bool:
    """A deed of mending said before ``clause``, of the thing or of no other thing, one the
    step's answers give (``mending``: "kuivaan sen heti, sitten lattia on kuiva", "…,
    sitten kuivaan ja lattia on kuiva"; not "korjasin vähän muovia, lavat oli kunnossa",
    review218, nor "tuli, korjasin ja lavat oli kunnossa" of a damaged delivery, review219)."""
    start = next((i for i in range(len(words)) if list(words[i:i + len(clause)]) ==
                  list(clause)), len(words))
    for i, w in enumerate(words[:start]):
        if finnish.base_forms(w) & mending:
            objects = [x for x in words[i + 1:i + 3] if finnish.word_classes(x) == {"nimisana"}
                       and any(case in ("omanto", "osanto", "nimento")
                               for case, _ in finnish.case_numbers(x))]  # (its object:
            # not "mopilla" of "kuivaan lattian mopilla")
            if all(_one_of(x, faulty) for x in objects):
                return True
    return False


def _a_fault_told(words: Sequence[str], faulty: frozenset[str] = frozenset()) -> bool:
    """A fault told: a word of one with no no before it in its clause ("vaurioitunut"; not
    "ei ollut vikaa"), the no of a verb of working ("ei käynnisty", "ei toimi") or of a
    fine state ("ei ole kunnossa")."""
    for clause in main_clauses(words):
        nos = [k for k, w in enumerate(clause) if w in NEGATIONS]
        if any(_a_fault(w) and not any(n < k for n in nos) for k, w in enumerate(clause)):
            return True
        if any(clause[k] in _ITS_NO and _working(the_nos_verb(clause[k + 1:])) and
               not _not_worth(clause[:k], clause[k + 1:], faulty) for k in nos) \
                or (nos and _faulted(clause)):
            return True  # (…or a fine state under a no: "renkaat ovat kunnossa, renkaat
            # eivät ole kunnossa", said again right)
    return False


def _one_set_apart(parts: Sequence[Sequence[str]], clause: Sequence[str],
                   faulty: frozenset[str]) -> bool:
    """Another part of the answer (between commas) sets a faulty thing (or its pronoun)
    aside or photographs it ("laitoin lavan sivuun", "yks lava, otin siitä kuvan"), and no
    other part says a no, a fine state or a reason ("…, siinä ei ollu mitään", "…, se oli
    ihan ehjä", "… koska se oli toisen asiakkaan"; a reason that tells a fault keeps it:
    "… koska sen muovit oli revenny"): "muuten" then sets the rest apart
    ("…, muuten kuorma oli ok"; not "lavat tuli erikseen, …", "en ottanut kuvaa lavoista,
    …", "kirjasin lavat, …", "lavat purettiin, laitoin muovit sivuun": review223–228).
    Safety first (review229): a no beside it may deny the fault, unless it declines the
    thing (``_declined``: "…, en oo vielä kuitannu, …")."""
    apart = [part for part in parts if not set(clause) <= set(part)]
    others = [w for part in apart for w in part]
    named = any(finnish.base_forms(w) & faulty for w in others)
    nos = [k for k, w in enumerate(others) if w in NEGATIONS]
    if not all(_declined(others[k + 1:]) for k in nos):
        return False
    under = {j for k in nos if _of_a_fine_state(others[k + 1:]) for j in range(k, k + 4)}
    # (a fine word under a no of it: "ei se ollu hyvä"; not after "en tiiä miks, ihan
    # hieno lava": review231)
    if shelving_told(apart, faulty):
        return False  # (then put on the shelf after all)
    reasons = [k for k, w in enumerate(others) if w in REASON_GIVEN]  # (not a purpose: "…
    # että voidaan reklamoida", review230)
    return all(any(_a_fault(w) or (finnish.is_participle(w) and
                                   finnish.base_forms(w).isdisjoint(_UNHARMED))
                   for w in others[k + 1:k + 6]) for k in reasons) and \
        not any(w in _FINE_WORDS or finnish.base_forms(w) & _FINE
                for j, w in enumerate(others) if j not in under) and \
        any(any(w in SET_ASIDE or finnish.base_forms(w) & _DOCUMENTING for w in part) and
            any(finnish.base_forms(w) & faulty or (w in STAND_INS and named) for w in part)
            for part in apart)


def _declined(after: Sequence[str]) -> bool:
    """A no said after "laitoin lavan sivuun" that keeps the fault: of taking the thing in
    or using it ("en kuitannu sitä", "en oo vielä kuitannu", "älä käytä sitä", "enkä vieny
    sitä hyllyyn"), of its fine state ("ei se ollu hyvä"), or of knowing ("en tiiä mitä
    sille tehdään"); any other no may deny the fault ("siinä ei ollu mitään", "ei mitään
    hätää", "kuski ei ollu enää paikalla")."""
    verb = the_nos_deed(after)
    if finnish.base_forms(verb) & _DECLINING or (
            "laittaa" in finnish.base_forms(verb) and SET_ASIDE.isdisjoint(after)):
        return True  # ("en laittanu sitä hyllyyn"; not "en laittanu yhtään lavaa sivuun")
    return _of_a_fine_state(after)


def _of_a_fine_state(after: Sequence[str]) -> bool:
    """The words after a no say a fine state under it ("ei se ollu hyvä")."""
    return finnish.same_lemma(the_nos_verb(after), "olla") and any(
        w in _FINE_WORDS or finnish.base_forms(w) & _FINE for w in after[:3])


# deeds a damaged thing is kept from: signed for, used, sold, shelved
_DECLINING = frozenset({"kuitata", "käyttää", "myydä", "hyväksyä", "allekirjoittaa", "viedä",
                        "hyllyttää", "tietää"})  # (and not knowing what is done with it,
# which denies nothing: "en tiiä mitä sille tehdään", review230)


# a deed that tells a faulty thing apart as a setting aside does: a photo or a claim of it
# ("otin kuvan yhestä lavasta"; not the routine "kirjasin")
_DOCUMENTING = frozenset({"kuva", "kuvata", "valokuvata", "reklamoida"})


def may_call_fine(words: Sequence[str]) -> bool:
    """A fine state or a no among ``words``, which ``_called_fine`` and ``_denied`` each
    need: a cheap gate before the step's faulty things are worked out (a first-time
    judgement ×1.09; tests/judge/test_speed_gates.py holds it to them)."""
    return not NEGATIONS.isdisjoint(words) or any(
        w in _FINE_WORDS or finnish.base_forms(w) & _FINE for w in words)


@lru_cache(maxsize=sizes.STEPS)
def _mending_deeds(accepted: tuple[str, ...], situation: str) -> frozenset[str]:
    """The deeds that mend at a step: those its answers say, and all of a kind where an
    answer's clause mends a faulty thing by one ("pyyhin sen, sitten lattia on kuiva"
    beside "Lattia pitää kuivata", review221; not "siivosin sen, maljakko on kunnossa"
    beside "pyyhin pöytää ja maljakko kaatui")."""
    faulty = faulty_things(accepted, situation)
    said = [clause for answer in accepted for clause in main_clauses(answer.split())]
    kinds = (kind for kind in _FIXING_KINDS if any(
        any(finnish.base_forms(w) & kind for w in clause) and
        any(finnish.base_forms(w) & faulty for w in clause) for clause in said))
    return frozenset().union(_FIXING & steps_bases(accepted, ()), *kinds)


def _told_harmed(clause: Sequence[str], faulty: frozenset[str]) -> bool:
    """``clause`` tells one of the faulty things harmed in its own word: "olla" and an
    active past participle, a change it went through, or a passive one of a verb of harm,
    no no, no fine word ("yks lava oli kolhiintunut", "… oli kolhittu"; review221, 223; not
    a handling, "lavat oli pakattu", review222)."""
    words = [w for w in clause if w not in STRESS]
    at = next((k for k, w in enumerate(words) if finnish.base_forms(w) & faulty), None)
    if at is None or not NEGATIONS.isdisjoint(words):
        return False
    rest = words[at + 1:]
    if rest[:1] and finnish.word_classes(rest[0]) == {"nimisana"}:
        rest = rest[1:]  # (a part of it: "yhen lavan muovit oli revitty", review224)
    return len(rest) >= 2 and bool(finnish.base_forms(rest[0]) & _BEING) and \
        (_harmed(rest[1]) or (finnish.is_participle(rest[1]) and
                              (finnish.base_forms(rest[1]).isdisjoint(_UNHARMED) or
                               not _RUINED.isdisjoint(rest[2:_ruin_reach(rest[1])])))) and \
        not any(w in _FINE_WORDS or finnish.base_forms(w) & _FINE for w in clause)  # (not
    # "lavat oli pakattu hyvin": "hyvin" is a degree word too)


def _ruin_reach(participle: str) -> int:
    """How far after "oli" a ruin word makes ``participle`` harm: "mennyt … kasaan" is
    collapsing however much is said between ("oli menny kuljetuksen aikana kasaan"), "jäänyt
    … kasaan" near it only (not "oli jääneet lastauslaiturin viereen kasaan": review228, 230)."""
    return 5 if "mennä" in finnish.base_forms(participle) else 4


def _harmed(word: str) -> bool:
    """A passive participle of a verb of harm ("kolhittu", "rikottu")."""
    return bool(finnish.base_forms(word) & _HARMING) and finnish.is_passive_participle(word)


# verbs whose active participle tells no change for the worse ("lavat oli tullut ajoissa",
# "muovit oli säilyneet": review225)
_UNHARMED = frozenset({"tulla", "saapua", "säilyä", "pysyä", "mennä", "lähteä", "jäädä",
                       "kestää", "onnistua", "ehtiä", "mahtua", "riittää", "olla", "pärjätä"})
# …unless a ruin follows ("oli mennyt kasaan", "oli jäänyt puristuksiin": review226)
_RUINED = frozenset({"kasaan", "vinoon", "rikki", "lyttyyn", "puristuksiin", "pilalle",
                     "kumoon", "nurin", "sijoiltaan", "palasiksi", "palasiks", "pirstaleiksi",
                     "palasiko"})  # (spoken "palasiks" as normalised: the "-ks" of a question)
# (not "alle", a place or an amount: "oli jääny muovin alle", "alle tunnissa", review229)
# verbs whose passive participle tells harm done ("kolhittu", "rikottu")
_HARMING = frozenset({"kolhia", "kolhaista", "rikkoa", "vaurioittaa", "repiä", "murskata",
                      "naarmuttaa", "liata", "halkaista"})


@lru_cache(maxsize=sizes.STEPS)
def faulty_things(accepted: tuple[str, ...], situation: str = "") -> frozenset[str]:
    """The base forms of the things the step tells are faulty, a clause with no no: the
    situation's ("Astianpesukone vuotaa.") and those the accepted answers tell so ("yksi
    lava oli vaurioitunut"; of three things or more, those a quarter of them tell: not one
    of many a step takes, "vatsa on kipeä" among a sick call's answers, review217, 218);
    none where an answer calls a thing fine."""
    told: Counter[str] = Counter()
    for answer in accepted:
        found: set[str] = set()
        for clause in main_clauses(answer.split()):
            if _called_fine(clause, _things(clause)):
                return frozenset()  # (the step's own answer calls a thing fine)
            found |= _faulted(clause)
        told.update(found)
    said = {b for sentence in re.split(r"[.!?]", situation)
            for clause in main_clauses(normalised(sentence).split()) for b in _faulted(clause)}
    # (any answer's fault, but where they tell three things or more, as a sick call's
    # symptoms, those a quarter of them tell: not "vatsa" of "vatsa on kipeä")
    cut = 4 if len(told) >= 3 else len(accepted)
    return frozenset(said | {b for b, n in told.items() if cut * n >= len(accepted)})


def _faulted(clause: Sequence[str]) -> frozenset[str]:
    """The things ``clause`` tells are faulty: a fault with no no ("lava on rikki"), or a
    fine state under one ("renkaat ei ole kunnossa")."""
    if not NEGATIONS.isdisjoint(clause):
        no = next(k for k, w in enumerate(clause) if w in NEGATIONS)
        rest = [w for w in clause[no + 1:] if w not in STRESS]
        fine = len(rest) >= 2 and finnish.same_lemma(rest[0], "olla") and all(
            w in _FINE_WORDS or finnish.base_forms(w) & _FINE for w in rest[1:])
        return _things(clause[:no]) if fine else frozenset()
    at = next((k for k, w in enumerate(clause) if _a_fault(w) and _told_of(clause, k)), None)
    return frozenset() if at is None else _things(clause[:at])


def _told_of(clause: Sequence[str], k: int) -> bool:
    """The fault at ``k`` is what its clause tells: its verb ("hana vuotaa", "lava hajosi")
    or after "olla" ("lava oli rikki"); not a word of another thing's ("asukas liukastui
    märällä lattialla")."""
    return bool(finnish.persons(clause[k])) or (
        k > 0 and finnish.same_lemma(clause[k - 1], "olla"))


def _things(clause: Sequence[str]) -> frozenset[str]:
    """The base forms of the nouns of ``clause`` that may be its subject: only nouns, in
    the nominative or the partitive ("lava", "pakkausta"), no fault's own word."""
    return frozenset(b for w in clause if finnish.word_classes(w) == {"nimisana"} and
                     not _a_fault(w) and not a_person(w) and any(case in ("nimento", "osanto")
                                             for case, _ in finnish.case_numbers(w))
                     for b in finnish.base_forms(w))


def _one_of(word: str, things: frozenset[str], before: Sequence[str] = ()) -> bool:
    """``word`` names one of ``things`` (base forms), a compound of them by its head
    ("kone" for "astianpesukone"), no pointing word before it that makes it another
    ("tämä leipä" is no "ruisleipä": review218), or a delivery that holds them ("kuorma"
    of damaged pallets: review217's hole)."""
    return any(b in things or (len(b) >= _HEAD and any(t.endswith(b) for t in things) and
                               not set(before) & _POINTING) or
               (b in _DELIVERIES and things & _GOODS)
               for b in finnish.base_forms(word))


# a delivery, and the goods that come in one: a delivery called fine hides its goods' fault
_DELIVERIES = frozenset({"kuorma", "toimitus", "lähetys", "lasti", "tavara"})
_GOODS = frozenset({"lava", "laatikko", "pakkaus", "purkki", "pullo", "tuote", "paketti"})


# the whole, which holds the faulty things too (_fault_said_fine)
_EVERYTHING = frozenset({"kaikki"})
_POINTING = frozenset({"tämä", "tää", "tuo", "toi", "nämä", "nää", "nuo", "noi", "tämän"})


def _checked(before: Sequence[str]) -> bool:
    """A verb of checking before "että" or "onko" in ``before``, not told in the past: the
    state is what is checked, not told ("pitää tarkistaa että laikka on ehjä"; review218;
    not "tarkistin että lavat oli kunnossa")."""
    return not _CHECK_JOINS.isdisjoint(before) and any(
        finnish.base_forms(w) & _CHECKING and not _told_past(w) for w in before)


def _told_past(verb: str) -> bool:
    """``verb`` read only as told in the past ("tarkistin", "katsoin": a claim of what was
    found, not a check to do; review219)."""
    readings = [a for a in finnish.analyses(verb) if a.get("CLASS") == "teonsana"]
    return bool(readings) and all(a.get("TENSE") == "past_imperfective" for a in readings)


_CHECK_JOINS = frozenset({"että", "onko", "jos", "ettei"})
# the no of a thing's verb (not "en löydä", "älä huoli": the learner's or advice)
_ITS_NO = frozenset({"ei", "eivät", "eikä"})


def _not_worth(before: Sequence[str], after: Sequence[str],
               faulty: frozenset[str] = frozenset()) -> bool:
    """The no is of "kannattaa" and says a thing is not worth doing, no fault ("ei enää
    kannata soittaa", "ei kannata pitää kiirettä", "lavoja ei kannata reklamoida"): not
    where a faulty thing is said before it and the deed after is a use of it or none ("lava
    ei kannata painoa", "yhtä lavaa ei kannata käyttää"; review223–227)."""
    words = [w for w in after if w not in STAND_INS and w not in STRESS and w not in HOW_NOT]
    if not words or "kannattaa" not in finnish.base_forms(words[0]):
        return False
    deed = next((w for w in words[1:] if finnish.is_verb(w)), None)
    rest = [w for w in words[1:] if w not in _ONE]
    named = any(finnish.base_forms(w) & faulty and any(
        case in ("nimento", "osanto") for case, _ in finnish.case_numbers(w)) for w in before) \
        or (len(rest) == 2 and any("käyttää" in finnish.base_forms(w) for w in rest) and any(
            finnish.base_forms(w) & faulty and ("osanto", "singular") in finnish.case_numbers(w)
            for w in rest))
    # (the thing itself, not "lavoista ei kannata ottaa kuvia": review228; one of them only
    # with its use and nothing more, "ei kannata käyttää yhtä lavaa", not "ei kannata
    # lastata yhtä lavaa liian korkeeks", "… nostaa lavaa käsin": review229)
    return not named or (deed is not None and finnish.has_mood(deed, "A-infinitive") and
                         finnish.base_forms(deed).isdisjoint(_USING))


# words that point to one of the things ("ei kannata käyttää sitä yhtä lavaa")
_ONE = frozenset({"yhtä", "yksi", "sitä", "tätä"})
# deeds whose "not worth doing" tells the thing is faulty ("ei kannata käyttää")
_USING = frozenset({"käyttää", "ajaa", "lastata", "nostaa", "pitää", "myydä", "laittaa",
                    "ottaa"})  # (not "viedä": "lavoja ei kannata viedä vielä hyllyyn", review229)


def _working(word: str) -> bool:
    """A verb whose no tells a fault ("ei käynnisty", "ei mene päälle", "pyörä ei pyöri"):
    any but olla and one of knowing, noticing or mattering ("en huomannut mitään",
    "ei haittaa": review218, 219)."""
    return finnish.is_verb(word) and word not in STAND_INS and \
        finnish.base_forms(word).isdisjoint(_NOTICING) and not finnish.same_lemma(word, "olla")


_NOTICING = frozenset({"huomata", "tietää", "nähdä", "muistaa", "ymmärtää", "uskoa",
                       "luulla", "osata", "kuulla", "haitata", "tarvita"})  # (…or of
# mattering: "kaksi milliä ei haittaa" plays the fault down)
_CHECKING = frozenset({"tarkistaa", "tarkastaa", "katsoa", "varmistaa", "kokeilla", "testata"})


_HEAD = 4  # letters of a compound's last part at least: "kone", not "ta"


def _a_fault(word: str) -> bool:
    """``word`` tells a fault ("rikki", "vaurioitunut", "vuoti")."""
    return bool(finnish.base_forms(word) & FAULT_WORDS)


def _called_fine(clause: Sequence[str], things: frozenset[str],
                 others: frozenset[str] = THE_OTHERS) -> bool:
    """``clause`` is one of ``things`` (not another of them), a form of "olla", and nothing
    after but words of a fine state and degree ("lavat oli ihan hyvässä kunnossa")."""
    if (named := _one_named(clause, things, others)) is None:
        return False
    words, at = named
    if not NEGATIONS.isdisjoint(words) or not _UNTIL.isdisjoint(words[:at]):
        return False
    rest = [w for w in words[at + 1:] if w not in _THIS_TIME]
    return len(rest) >= 2 and bool(finnish.base_forms(rest[0]) & _BEING) and all(
        w in _FINE_WORDS or finnish.base_forms(w) & _FINE for w in rest[1:])


def _one_named(clause: Sequence[str], things: frozenset[str],
               others: frozenset[str]) -> tuple[list[str], int] | None:
    """``clause``'s words (degree words left out) and where one of ``things`` is named in
    them, not as checked for nor as another of them ("muut lavat"); else None."""
    words = [w for w in clause if w not in STRESS]
    at = next((k for k, w in enumerate(words) if _one_of(w, things, words[k - 1:k]) and not (
        w in _EVERYTHING and finnish.word_classes(words[k + 1] if k + 1 < len(words) else "")
        == {"nimisana"})), None)  # ("kaikki lavat": the thing is "lavat")
    if at is None or _checked(words[:at]) or \
            any(w in others or finnish.base_forms(w) & others for w in words[:at]):
        return None
    return words, at


# words of when, or of all of them, between a thing and its state ("lavat oli tällä kertaa
# kunnossa", "maljakko on nyt kunnossa", "lavat oli kaikki kunnossa")
_THIS_TIME = frozenset({"nyt", "tällä", "kertaa", "taas", "jo", "vielä", "kaikki"})


def _denied(clause: Sequence[str], things: frozenset[str],
            others: frozenset[str] = THE_OTHERS) -> bool:
    """``clause`` names one of ``things`` in any case and says no fault: a no, "olla" and a
    word of a fault, nothing else ("lavoissa ei ollut vikaa", "mikään lava ei ollut
    rikki"; review217)."""
    if (named := _one_named(clause, things, others)) is None:
        return False
    words, at = named
    before = [w for w in words[:at] if w not in _NONE]
    if not (_UNTIL | _PURPOSE).isdisjoint(before):
        return False  # (a check or a purpose: "pitää katsoa ettei laikassa ole halkeamaa")
    rest = [w for w in words[at + 1:] if w not in _NONE]
    if before[-1:] and before[-1] in NEGATIONS and len(before) < at:
        rest = [before[-1], *rest]  # ("tuli eikä mikään lava ollut rikki"; not a reply's
        # no, "ei, ruisleipä on loppu")
    return len(rest) >= 3 and rest[0] in NEGATIONS and rest[1] in _NOT_BEING and \
        all(_a_fault(w) or _harmed(w) for w in rest[2:])  # (…"ollut kolhittu": review224)


_NONE = frozenset({"mikään", "yhtään", "mitään"})
_PURPOSE = frozenset({"että", "ettei", "jotta", "jottei"})
# "olla" as a no says it ("ei ollut vikaa")
_NOT_BEING = BE_NOT | {"olleet"}
