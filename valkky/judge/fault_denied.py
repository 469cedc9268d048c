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

import itertools
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
from valkky.judge.wordsets import (
    BE_NOT,
    FAULT_WORDS,
    GOOD_STATE,
    LATER_TIMES,
    NEGATIONS,
    STAND_INS,
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
_OTHERS = frozenset({"muu", "toinen", "muut", "toiset", "loput", "muita"})
# "otherwise", where the answer sets a faulty thing aside elsewhere (_one_set_apart)
_OTHERWISE = frozenset({"muuten", "muutoin"})
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
    others = _OTHERS | _NEW if replacing else _OTHERS
    # (everything "otherwise" holds the faulty thing where the answer names it: "olen
    # pahoillani, maljakko oli jääny pöydän alle, muuten kaikki on kunnossa", review229;
    # not "asiakas liukastui, mutta ei loukkaantunut, kaikki on ok" of a wet floor,
    # review74, nor "kuvasin lavan ja kuski kuittasi merkinnän, kaikki on nyt kunnossa",
    # review230)
    held = faulty | _EVERYTHING if any(finnish.base_forms(w) & faulty for w in words) and \
        any(a in _OTHERWISE and b in _EVERYTHING for a, b in pairwise(words)) else faulty
    for clause in (clause for part in parts for clause in main_clauses(part)):
        apart = others | _OTHERWISE if _one_set_apart(parts, clause, faulty) else others
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
        if any(clause[k] in _ITS_NO and _working(_the_nos_verb(clause[k + 1:])) and
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
    if _shelving_told(apart, faulty):
        return False  # (then put on the shelf after all)
    reasons = [k for k, w in enumerate(others) if w in _REASONS]
    return all(any(_a_fault(w) or (finnish.is_participle(w) and
                                   finnish.base_forms(w).isdisjoint(_UNHARMED))
                   for w in others[k + 1:k + 6]) for k in reasons) and \
        not any(w in _FINE_WORDS or finnish.base_forms(w) & _FINE
                for j, w in enumerate(others) if j not in under) and \
        any(any(w in _ASIDE or finnish.base_forms(w) & _DOCUMENTING for w in part) and
            any(finnish.base_forms(w) & faulty or (w in STAND_INS and named) for w in part)
            for part in apart)


def _declined(after: Sequence[str]) -> bool:
    """A no said after "laitoin lavan sivuun" that keeps the fault: of taking the thing in
    or using it ("en kuitannu sitä", "en oo vielä kuitannu", "älä käytä sitä", "enkä vieny
    sitä hyllyyn"), of its fine state ("ei se ollu hyvä"), or of knowing ("en tiiä mitä
    sille tehdään"); any other no may deny the fault ("siinä ei ollu mitään", "ei mitään
    hätää", "kuski ei ollu enää paikalla")."""
    verb = _the_nos_deed(after)
    if finnish.base_forms(verb) & _DECLINING or (
            "laittaa" in finnish.base_forms(verb) and _ASIDE.isdisjoint(after)):
        return True  # ("en laittanu sitä hyllyyn"; not "en laittanu yhtään lavaa sivuun")
    return _of_a_fine_state(after)


def _the_nos_deed(after: Sequence[str]) -> str:
    """The deed a no is said of (``_the_nos_verb``), its perfect's participle where that
    verb is "olla" ("en oo vielä kuitannu", "en oo vieny sitä vielä")."""
    verb = _the_nos_verb(after)
    if finnish.same_lemma(verb, "olla"):
        done = next((w for w in after[after.index(verb) + 1:] if w not in _HOW_NOT), "")
        if finnish.is_participle(done):
            return done
    return verb


def _of_a_fine_state(after: Sequence[str]) -> bool:
    """The words after a no say a fine state under it ("ei se ollu hyvä")."""
    return finnish.same_lemma(_the_nos_verb(after), "olla") and any(
        w in _FINE_WORDS or finnish.base_forms(w) & _FINE for w in after[:3])


# deeds a damaged thing is kept from: signed for, used, sold, shelved
_DECLINING = frozenset({"kuitata", "käyttää", "myydä", "hyväksyä", "allekirjoittaa", "viedä",
                        "hyllyttää", "tietää"})  # (and not knowing what is done with it,
# which denies nothing: "en tiiä mitä sille tehdään", review230)


def _shelving_said_no(part: Sequence[str], at: int) -> str | None:
    """The no's deed where the shelving ``part[at]`` is said no to in its comma part, else
    None: a no of putting or shelving whose reach holds it, no deed of its own between
    ("en vieny sitä yhtä lavaa vielä sinne hyllyyn", "en hyllyttäny sitä", "en vieny sitä
    lavaa ja sen laatikoita hyllyyn", "en vieny sitä sit hyllyyn"; not "en vieny sitä
    roskiin vaan vein sen hyllyyn", "… sit vein sen hyllyyn", review235-238), or of knowing
    whether it may ("en tiiä ihan varmasti saako sen viedä hyllyyn"; not "en tiiä miks vein
    sen hyllyyn", "en tienny saako niin vein sen hyllyyn", "en tienny koko jutusta mitään
    sit hyllytin sen"); not a no of its time only (``_only_its_time``)."""
    for k, w in enumerate(part[:at]):
        if w not in NEGATIONS:
            continue
        verb = _the_nos_deed(part[k + 1:])
        if not verb:
            continue
        d = part.index(verb, k + 1)
        if "tietää" in finnish.base_forms(verb):
            asked = next((i for i in range(d + 1, at) if _asks_whether(part[i])), None)
            if asked is None:
                continue
            d = asked
            verb = next((x for x in part[d + 1:at + 1] if finnish.base_forms(x) & (
                _PUTTING | _SHELVING)), "")  # (the deed asked of: "… saako sen viedä")
        elif not finnish.base_forms(verb) & (_PUTTING | _SHELVING):
            continue
        between = part[d + 1:at + (at != d)]
        if not any(_finite(x) or x in _BUT or x in _SUBJECTS for x in between) and \
                not _only_its_time(part, k, at):
            return verb  # (…nor the shelving a deed of its own, "en tienny saako sit
            # hyllytin sen", nor the place turned to, "en vieny sitä roskiin mut hyllyyn")
    return None


def _asks_whether(word: str) -> bool:
    """A verb asked with "-ko" ("saako", "voiko", "onko"; not "koko", "rullakko")."""
    return word.endswith(("ko", "kö")) and _finite(word)


def _finite(word: str) -> bool:
    """A verb in a person ("vein", "saako", "nostin"), a deed of its own; not a participle
    nor what may be an infinitive ("vienyt"; "laittaa" of "saako sen laittaa"), nor a
    noun's or number's form that is a verb only as a command or a third person present
    ("toista" of "käytin toista lavaa", "kuvaa", "osaa"; "nostin", "tuli" are told deeds,
    "tuo" a deed: review241-242)."""
    readings = finnish.analyses(word)
    if not finnish.persons(word) or any(a.get("MOOD") == "A-infinitive" for a in readings):
        return False
    if not any(a.get("CLASS") in _NOUNISH for a in readings):
        return True  # (a verb, or a pronoun's form too: "tuo")
    return any(a.get("CLASS") == "teonsana" and a.get("MOOD") != "imperative" and (
        a.get("PERSON") in ("1", "2") or a.get("TENSE") == "past_imperfective")
        for a in readings)  # (a noun's form too: a deed only told, "nostin", "tuli")


def _only_its_time(part: Sequence[str], k: int, at: int) -> bool:
    """The no at ``k`` is of the shelving's time, not of the shelving: "heti" or "vasta"
    in its clause up to the shelving and after it before a turn, a "kun" or another deed
    ("en vieny sitä heti hyllyyn", "… hyllyyn vasta iltapäivällä"; not "… vaan heti
    sivuun", "… kun heti huomasin vaurion", review239), or a time after a turn with no
    deed nor place of its own ("en hyllyttäny sitä vaan illalla"; not "… vaan sivuun")."""
    end = next((i for i in range(at + 1, len(part))
                if part[i] in _TURNS or part[i] in _REASONS or _finite(part[i])), len(part))
    if not _ONLY_LATER.isdisjoint(part[k + 1:end]):
        return True
    if end == len(part) or part[end] not in _TURNS:
        return False
    # (the turn right after it, verbless to the part's end or the next turn: not "… mut
    # kuvasin sen ja aamulla ilmotin esimiehelle", review240)
    turned = list(itertools.takewhile(lambda x: x not in _TURNS, part[end + 1:]))
    return not any(map(_finite, turned)) and \
        any((finnish.base_forms(x) | finnish.compound_heads(x)) & LATER_TIMES
            for x in turned) and \
        not any(_a_place_to(x) for x in turned)


_NOUNISH = frozenset({"nimisana", "lukusana", "nimisana_laatusana"})
_ONLY_LATER = frozenset({"heti", "vasta"})
# a subject of a clause of its own ("… sit mä laitto sen hyllyyn": a verb Voikko may not know)
_SUBJECTS = frozenset({"minä", "sinä", "hän", "me", "te", "he", "kaveri", "työkaveri"})
_BUT = frozenset({"vaan", "mutta", "mut"})
# words after which another deed or time is said ("… roskiin vaan vein sen hyllyyn")
_TURNS = frozenset({"vaan", "mutta", "mut", "ja", "sitten", "niin"})


def _shelving_told(parts: Sequence[Sequence[str]], faulty: frozenset[str]) -> bool:
    """The faulty thing put on the shelf or sent on after all: a shelving said with no no
    of its own (of the thing, not only of the others: "… sivuun odottamaan hyllytystä",
    "vein sen ja muut lavat hyllyyn"; not "muut lavat vietiin hyllyyn", review232-234);
    after a no of one, a putting of it by anyone to no other place ("en oo vieny sitä vielä
    hyllyyn, vien sen sinne iltapäivällä", "…, kaveri nosti sen sinne", "… mut laitoin sen
    sinne"; not "…, vein sen sivuun", "… sinne missä reklamaatiot on", "…, laitoin siihen
    lapun", "…, laitoin sen odottamaan reklamaatiota": review238-240), or a deed that
    hands it on ("… vaan lähetin sen eteenpäin", "… mut kuittaan rahtikirjan", "… vaan
    keräilyyn"; not "lähetin kuvat esimiehelle": review239-240)."""
    denied = False
    documented = False  # (the damage written in first: then signing is the procedure)
    for part in parts:
        for k, w in enumerate(part):
            if _finite(w) and finnish.base_forms(w) & _WRITING_IN and \
                    _the_damage_written(part, k):
                documented = True
            if not _under_a_no(part, k) and (_handed_on(part, k, denied, documented, faulty) or (
                    denied and _finite(w) and not _of_a_place_clause(part, k) and
                    finnish.base_forms(w) & _PUTTING and
                    _of_the_thing(part, k, faulty) and not _elsewhere(part, k))):
                return True
            if not _shelved(w):
                continue
            if _shelving_said_no(part, k) is not None:
                denied = True
            elif _OTHERS.isdisjoint(part) or not STAND_INS.isdisjoint(part):
                return True
    return False


def _of_a_place_clause(part: Sequence[str], k: int) -> bool:
    """The verb ``part[k]`` is a passive in a clause that says a place ("… sinne mihin
    reklamaatiot laitetaan"; not "mut se nostettiin sinne illalla": review241)."""
    return all(p == "4" for p, _ in finnish.persons(part[k])) and \
        not _WHICH_PLACE.isdisjoint(part[max(0, k - 4):k])


def _of_the_thing(part: Sequence[str], k: int, faulty: frozenset[str]) -> bool:
    """The deed ``part[k]`` is done to the faulty thing: up to the next deed, no label or
    photo as its object ("laitoin siihen lapun", "pistin sen muovit kiinni", "lähetin
    kuvat"), no waiting ("laitoin sen odottamaan reklamaatiota"), nor the others or the
    whole ones ("käytin toista lavaa"; but "vein sen muiden kanssa sinne" is it); its goods
    ("lähetin tavarat asiakkaalle"), a pronoun of it, it, or nothing said is it
    (review240-241)."""
    end = next((i for i in range(k + 1, len(part)) if _finite(part[i])), len(part))
    clause = part[k + 1:end]
    if any("odottaa" in finnish.base_forms(w) or w.startswith("odotta") for w in clause):
        return False  # (a waiting: "laitoin sen odottamaan reklamaatiota")
    if any(w in _IT and not (clause[i + 1:i + 2] and
                             finnish.base_forms(clause[i + 1]) & _DOCUMENTS)
           for i, w in enumerate(clause)):
        return True  # (a pronoun of it its object, whatever goes along: "vein sen sinne
        # lapun kanssa", review242; not "sen muovit", its wrapping)
    for i, w in enumerate(clause):
        if w in _WHICH_PLACE:
            break  # (a clause of the place: "… sinne missä muutkin lavat on")
        bases = finnish.base_forms(w)
        if bases & faulty or w == "itse":
            continue
        with_them = bool(set(clause[i + 1:i + 3]) & _BESIDE)  # ("muiden kanssa")
        if ((bases & _OTHERS or w in _OTHERS or "ehjä" in bases) and not with_them) or \
                "odottaa" in bases or w.startswith("odotta") or bases & _DOCUMENTS:
            return False  # (the others or whole ones, a waiting, a label or photos)
    return True


# what is put or sent beside a damaged thing that is no putting of it: a label, photos
_DOCUMENTS = frozenset({"kuva", "valokuva", "lappu", "tarra", "viesti", "muovi", "teippi",
                        "merkintä", "kuitti", "ilmoitus", "nimi"})
# words after "the others" that put the thing with them ("muiden kanssa", "… viereen")
_BESIDE = frozenset({"kanssa", "kaa", "joukkoon", "viereen", "sekaan", "mukana"})


_IT = frozenset({"se", "sen", "sitä", "ne", "niitä", "niiden"})


def _the_damage_written(part: Sequence[str], k: int) -> bool:
    """What the writing at ``k`` writes is the damage or into the waybill ("kirjotan vauriot
    rahtikirjaan", "kirjotin merkinnän rahtikirjaan", "kirjotan ensin rahtikirjaan"), now:
    not a name or a note to someone ("kirjotin nimen ja kuittasin", "kirjotan siitä
    esimiehelle"), nor later ("kirjotan vauriot myöhemmin / kun kuski on lähteny, kuittaan
    nyt": review241-242)."""
    clause = list(itertools.takewhile(lambda x: x not in _TURNS, part[k + 1:]))
    now = not any(a.get("TENSE") == "past_imperfective" for a in finnish.analyses(part[k]))
    if now and any(finnish.base_forms(w) & LATER_TIMES or w in _NOT_NOW for w in clause):
        return False
    bases = [finnish.base_forms(w) for w in clause]
    if any(b & _DAMAGE for b in bases) or (
            "merkitä" in finnish.base_forms(part[k]) and not _IT.isdisjoint(clause)):
        return True  # (the damage, or it marked: "merkitsen sen")
    # (into the waybill, nothing else written: "kirjotan ensin rahtikirjaan"; not "kirjotin
    # nimen rahtikirjaan")
    return any("rahtikirja" in b for b in bases) and not any(
        b and "rahtikirja" not in b and finnish.word_classes(w) == {"nimisana"}
        for w, b in zip(clause, bases, strict=True))


_DAMAGE = frozenset({"vaurio", "vika", "vahinko", "rikki", "vaurioitua", "vaurioitunut",
                     "reikä", "kolhu", "lommo", "merkintä"})
_NOT_NOW = frozenset({"kun", "jälkeen", "jälkeenpäin", "sitten"})
# writing the damage in ("kirjotan vauriot rahtikirjaan"), after which signing is right
_WRITING_IN = frozenset({"kirjoittaa", "merkitä", "kirjata"})


def _handed_on(part: Sequence[str], k: int, denied: bool, documented: bool,
               faulty: frozenset[str]) -> bool:
    """``part[k]`` hands the thing on: the learner's own deed of signing, sending, selling
    or using it ("kuittaan", "lähetin sen", "myyn"; not "kuski kuittas merkinnän", nor
    signing once the damage is written in, "kirjotan siitä rahtikirjaan ja sit kuittaan",
    nor of another thing, "lähetin kuvat esimiehelle"), or, after a no of its shelving, a
    place it goes on to after "vaan"/"mutta" with no verb ("… vaan keräilyyn")."""
    w = part[k]
    if _finite(w):
        bases = finnish.base_forms(w)
        signed = "kuitata" in bases  # (signing accepts the delivery, whatever the paper:
        # "… mut kuittaan rahtikirjan")
        return bool(bases & _HANDING_ON) and any(p == "1" for p, _ in finnish.persons(w)) \
            and not (documented and signed) and (signed or _of_the_thing(part, k, faulty))
    return denied and k > 0 and part[k - 1] in _BUT and bool(finnish.base_forms(w) & _ONWARD)


_HANDING_ON = frozenset({"kuitata", "lähettää", "myydä", "hyväksyä", "allekirjoittaa",
                         "toimittaa", "käyttää", "keräillä", "hyllyttää"})
# where things go on to stock, sale or dispatch
_ONWARD = frozenset({"keräily", "myynti", "lähetys", "käyttö", "tuotanto", "myymälä",
                     "lähettämö"})  # (not "varasto": a shop's back store takes the broken)


def _under_a_no(part: Sequence[str], k: int) -> bool:
    """A no stands before the verb ``part[k]`` in its own clause: back to a turn or another
    verb ("en sitä vie"; not "en vieny sitä roskiin vaan vein")."""
    for w in reversed(part[:k]):
        if w in NEGATIONS:
            return True
        if w in _TURNS or "teonsana" in finnish.word_classes(w):
            return False
    return False


def _elsewhere(part: Sequence[str], k: int) -> bool:
    """The deed ``part[k]`` goes to another place than a shelf, or is of the others: up to
    the next deed, an aside ("sivuun", "syrjemmäs", "erikseen"), back ("takas"), a place's
    case of a noun no shelf ("kuskille", "roskiin"), "sinne" of a place a clause names
    ("sinne missä reklamaatiot on", "sinne minne sanoit"; not where the others are, "sinne
    missä muutkin lavat on"), "muut", the whole ones ("vein kaikki ehjät sinne")."""
    end = next((i for i in range(k + 1, len(part)) if _finite(part[i])), len(part))
    after = part[k + 1:end]
    for i, w in enumerate(after):
        if w in _THERE and after[i + 1:i + 2] and after[i + 1] in _WHICH_PLACE:
            return not _the_others_there(part[k + 1 + i + 2:])
        if w in _WHICH_PLACE:
            break
        if w in _OTHERS or finnish.base_forms(w) & (_OTHERS | {"ehjä"}):
            if not set(after[i + 1:i + 3]) & _BESIDE:
                return True  # (the others' deed, or the whole ones')
            # with the others ("… toisten lavojen viereen", "muiden kanssa"): elsewhere only
            # where they are the claims ("muiden reklamaatioiden sekaan", review242)
            return any(finnish.compound_parts(x) & _NOT_STOCK or
                       finnish.base_forms(x) & _NOT_STOCK for x in after[i + 1:i + 3])
        if w in _ASIDE or w in _BACK or w == "erikseen" or _a_place_to(w) or _to_someone(w):
            return True
    return False


def _to_someone(word: str) -> bool:
    """A person's pronoun in a case of whither: the thing brought to someone ("toin sen
    sulle", review242)."""
    return "asemosana" in finnish.word_classes(word) and \
        not finnish.cases(word).isdisjoint(_WHITHER)


def _the_others_there(clause: Sequence[str]) -> bool:
    """The clause after "sinne missä" names the others ("muutkin lavat on")."""
    return any(w in _OTHERS or finnish.base_forms(w) & _OTHERS for w in clause[:4])


def _a_place_to(word: str) -> bool:
    """A noun, no shelf nor a place things go on from, in a case of whither ("kuskille",
    "roskiin", "reklamaatiohyllylle"; not "keräilyyn", "myyntiin", "hyllypaikalle")."""
    bases = finnish.base_forms(word)
    return finnish.word_classes(word) == {"nimisana"} and bases.isdisjoint(_ONWARD) and \
        bases.isdisjoint(_WRAPPING) and not _a_shelf(word) and \
        not finnish.cases(word).isdisjoint(_WHITHER)


_WRAPPING = frozenset({"muovi", "kääre", "kelmu"})  # ("muoviin käärittynä": no place)


def _a_shelf(word: str) -> bool:
    """A shelf of the stock: "hylly", "varastohylly", "hyllypaikka", "hyllyväli"; not one
    for claims or damaged goods ("reklamaatiohylly", review240)."""
    return any(b == "hylly" or b.endswith("hylly") or b.startswith("hylly")
               for b in finnish.base_forms(word)) and \
        finnish.compound_parts(word).isdisjoint(_NOT_STOCK)


_NOT_STOCK = frozenset({"reklamaatio", "hylky", "palautus", "karanteeni", "vaurio", "vahinko",
                        "hävikki"})
_BACK = frozenset({"takaisin", "takas", "pois"})
_WHITHER = frozenset({"sisatulento", "ulkotulento"})
_THERE = frozenset({"sinne", "tonne", "tänne"})
_WHICH_PLACE = frozenset({"missä", "minne", "mihin", "jonne", "jossa", "johon"})


_PUTTING = frozenset({"viedä", "laittaa", "panna", "hyllyttää", "siirtää", "nostaa", "pistää",
                      "kantaa", "tuoda"})


def _shelved(word: str) -> bool:
    """A shelving: "hyllytys", "hyllyttää", or into or onto a shelf ("hyllyyn")."""
    return bool(finnish.base_forms(word) & _SHELVING) or (
        _a_shelf(word) and not finnish.cases(word).isdisjoint(_WHITHER))  # (a compound too,
    # "varastohyllyyn"; onto it, "hyllylle": review239)


_SHELVING = frozenset({"hyllytys", "hyllyttää"})


# a reason given for the setting aside, which then is no fault told
_REASONS = frozenset({"koska", "kun", "vaikka"})  # (not a purpose: "… että voidaan
# reklamoida", review230)


# (not "erikseen": "lavat tuli erikseen", "nostin lavat erikseen hyllyyn": review225, 227)
_ASIDE = frozenset({"sivuun", "syrjään", "erilleen", "sivummalle", "sivummas", "syrjemmäs",
                    "syrjemmälle"})
# …or photographs or claims it ("otin kuvan yhestä lavasta"; not the routine "kirjasin")
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


def _the_nos_verb(after: Sequence[str]) -> str:
    """The verb a no is said of: the next word, past a pronoun or a word of degree or
    time ("ei se mene", "ei enää käynnisty", "ei oikein liiku"; review221)."""
    words = [w for w in after if w not in STAND_INS and w not in STRESS and w not in _HOW_NOT]
    return words[0] if words else ""


_HOW_NOT = frozenset({"enää", "ollenkaan", "oikein", "yhtään", "vieläkään", "vielä", "kunnolla",
                      "sitten"})  # ("en sitten hyllyttäny sitä", review238)


def _not_worth(before: Sequence[str], after: Sequence[str],
               faulty: frozenset[str] = frozenset()) -> bool:
    """The no is of "kannattaa" and says a thing is not worth doing, no fault ("ei enää
    kannata soittaa", "ei kannata pitää kiirettä", "lavoja ei kannata reklamoida"): not
    where a faulty thing is said before it and the deed after is a use of it or none ("lava
    ei kannata painoa", "yhtä lavaa ei kannata käyttää"; review223–227)."""
    words = [w for w in after if w not in STAND_INS and w not in STRESS and w not in _HOW_NOT]
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
                 others: frozenset[str] = _OTHERS) -> bool:
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
            others: frozenset[str] = _OTHERS) -> bool:
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
