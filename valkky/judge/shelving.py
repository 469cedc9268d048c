"""What becomes of a damaged thing set aside in a report (issue 12, reviews 232–243; the
reading fault_denied asks of its parts): put on the stock shelf or handed on after all, or
kept off. A no keeps the thing off the shelf only where its reach holds the shelving, no
deed of its own nor a turned place between, and not only its time ("en vieny sitä sit
hyllyyn"; not "en vieny sitä roskiin sit vein sen hyllyyn", "en vieny sitä heti hyllyyn");
after such a no, a putting of the thing itself by anyone to no other place, or the
learner's own signing, sending, selling or using it, is the shelving after all ("…, kaveri
nosti sen sinne", "… mut kuittaan rahtikirjan"; not "…, laitoin siihen lapun", "…, vein sen
sivuun", nor signing once the damage is written in). Also the verb a no is said of, which
fault_denied reads too (``the_nos_verb``, ``the_nos_deed``).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from valkky.judge import finnish
from valkky.judge.gear_useless import STRESS
from valkky.judge.wordsets import (
    LATER_TIMES,
    NEGATIONS,
    REASON_GIVEN,
    SET_ASIDE,
    STAND_INS,
    THE_OTHERS,
    TIME_POSTPOSITIONS,
    WRITING_DOWN,
)


def the_nos_verb(after: Sequence[str]) -> str:
    """The verb a no is said of: the next word, past a pronoun or a word of degree or
    time ("ei se mene", "ei enää käynnisty", "ei oikein liiku"; review221)."""
    words = [w for w in after if w not in STAND_INS and w not in STRESS and w not in HOW_NOT]
    return words[0] if words else ""


HOW_NOT = frozenset({"enää", "ollenkaan", "oikein", "yhtään", "vieläkään", "vielä", "kunnolla",
                     "sitten"})  # ("en sitten hyllyttäny sitä", review238)


def the_nos_deed(after: Sequence[str]) -> str:
    """The deed a no is said of (``the_nos_verb``), its perfect's participle where that
    verb is "olla" ("en oo vielä kuitannu", "en oo vieny sitä vielä")."""
    verb = the_nos_verb(after)
    if finnish.same_lemma(verb, "olla"):
        done = next((w for w in after[after.index(verb) + 1:] if w not in HOW_NOT), "")
        if finnish.is_participle(done):
            return done
    return verb


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
        verb = the_nos_deed(part[k + 1:])
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
    if not any(a.get("CLASS") in _NOUNISH or a.get("CLASS") == "seikkasana"
               for a in readings):
        return True  # (a verb, or a pronoun's form too: "tuo")
    return any(a.get("CLASS") == "teonsana" and a.get("MOOD") != "imperative" and (
        a.get("PERSON") in ("1", "2") or a.get("TENSE") == "past_imperfective")
        for a in readings)  # (a noun's form too: a deed only told, "nostin", "tuli"; a
    # third person present with a noun or adverb twin, "jää", "voi", "kuvaa", "luo", is
    # none: review242-245)


def _only_its_time(part: Sequence[str], k: int, at: int) -> bool:
    """The no at ``k`` is of the shelving's time, not of the shelving: "heti" or "vasta"
    in its clause up to the shelving and after it before a turn, a "kun" or another deed
    ("en vieny sitä heti hyllyyn", "… hyllyyn vasta iltapäivällä"; not "… vaan heti
    sivuun", "… kun heti huomasin vaurion", review239), or a time after a turn with no
    deed nor place of its own ("en hyllyttäny sitä vaan illalla"; not "… vaan sivuun")."""
    end = next((i for i in range(at + 1, len(part))
                if part[i] in _TURNS or part[i] in REASON_GIVEN or _finite(part[i])), len(part))
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


def shelving_told(parts: Sequence[Sequence[str]], faulty: frozenset[str]) -> bool:
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
            if _finite(w) and finnish.base_forms(w) & WRITING_DOWN:
                if _signed_before(part, k):
                    return True  # (signed first: "kirjotan rahtikirjaan kuittauksen jälkeen")
                documented = documented or _the_damage_written(part, k)
            if not _under_a_no(part, k) and (_handed_on(part, k, denied, documented, faulty) or (
                    denied and _finite(w) and not _of_a_place_clause(part, k) and
                    finnish.base_forms(w) & _PUTTING and
                    _of_the_thing(part, k, faulty) and not _elsewhere(part, k))):
                return True
            if not _shelved(w):
                continue
            if _shelving_said_no(part, k) is not None:
                denied = True
            elif THE_OTHERS.isdisjoint(part) or not STAND_INS.isdisjoint(part):
                return True
    return False


def _to_the_next_deed(part: Sequence[str], k: int) -> Sequence[str]:
    """The words after the verb ``part[k]`` up to the next verb in a person, or "ja" and a
    word that may be one ("… ja jää sivuun", review245): its clause."""
    end = next((i for i in range(k + 1, len(part)) if _finite(part[i]) or (
        part[i] == "ja" and part[i + 1:i + 2] and finnish.persons(part[i + 1]))), len(part))
    return part[k + 1:end]


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
    clause = _to_the_next_deed(part, k)
    if any(("odottaa" in finnish.base_forms(w) or w.startswith("odotta")) and not any(
            finnish.base_forms(x) & (_ONWARD | _SHELVING | _DISPATCH) for x in clause[i + 1:])
           for i, w in enumerate(clause)):
        return False  # (a waiting: "laitoin sen odottamaan reklamaatiota"; not for picking
        # or loading, "… odottamaan keräilyä / lastausta", review243, review245)
    if any(w in _IT and not (w in _GENITIVES and clause[i + 1:i + 2] and (
            (finnish.word_classes(clause[i + 1]) & _NOUN_OR_POSTPOSITION and
             finnish.cases(clause[i + 1]) & finnish.OBJECT_CASES and
             not set(clause[i + 2:i + 3]) & TIME_POSTPOSITIONS) or
            clause[i + 1] in _POSTPOSITIONS)) for i, w in enumerate(clause)):
        return True  # (a pronoun of it its object, whatever goes along: "vein sen sinne
        # lapun kanssa", review242; not a genitive before a noun, "sen muovit", "muovin sen
        # ympärille", "toista lavaa sen tilalle": review243; but before a time's, "vein sen
        # lounaan jälkeen sinne", review245)
    for i, w in enumerate(clause):
        if w in _WHICH_PLACE:
            break  # (a clause of the place: "… sinne missä muutkin lavat on")
        bases = finnish.base_forms(w)
        if bases & faulty or w == "itse":
            continue
        with_them = bool(set(clause[i + 1:i + 3]) & _BESIDE)  # ("muiden kanssa")
        if ((bases & THE_OTHERS or w in THE_OTHERS or "ehjä" in bases) and not with_them) or \
                bases & _DOCUMENTS:
            return False  # (the others or whole ones, a label or photos)
    return True


# what is put or sent beside a damaged thing that is no putting of it: a label, photos
_DOCUMENTS = frozenset({"kuva", "valokuva", "lappu", "tarra", "viesti", "muovi", "teippi",
                        "merkintä", "kuitti", "ilmoitus", "nimi"})
# words after "the others" that put the thing with them ("muiden kanssa", "… viereen")
_BESIDE = frozenset({"kanssa", "kaa", "joukkoon", "viereen", "sekaan", "mukana", "päälle"})


_IT = frozenset({"se", "sen", "sitä", "ne", "niitä", "niiden"})
_NOUN_OR_POSTPOSITION = frozenset({"nimisana", "suhdesana"})
# postpositions Voikko reads as adverbs ("muovin sen ympärille")
_POSTPOSITIONS = frozenset({"ympärille", "ympärillä", "taakse", "päälle", "viereen", "tilalle",
                            "alle", "eteen"})
# postpositions of whither after a genitive place ("lähtevien lavojen viereen", "nouto-oven
# luo")
_BY = _POSTPOSITIONS | {"luo", "luokse"}
_GENITIVES = frozenset({"sen", "niiden"})  # (the pronouns of it that may be genitives)


def _signed_before(part: Sequence[str], k: int) -> bool:
    """The writing at ``k`` is said to come after the signing, in its own clause: "…
    kuittauksen jälkeen", "… kun olen kuitannu" (review245; not "ennen kuittausta", "… kun
    kuittaan", at the signing)."""
    clause = _its_clause(part, k)
    return any(finnish.base_forms(w) & _SIGNING and "ennen" not in clause[:j] and (
        clause[j + 1:j + 2] == ["jälkeen"] or finnish.is_participle(w) or
        any(a.get("TENSE") == "past_imperfective" for a in finnish.analyses(w)))
        for j, w in enumerate(clause))


_SIGNING = frozenset({"kuitata", "kuittaus", "kuittaaminen"})


def written_later(part: Sequence[str], k: int) -> bool:
    """The writing at ``k``, said now, is put off in its own clause: "kirjotan vauriot
    myöhemmin / lounaan jälkeen / kun kuski on lähteny" (review241-242, review247)."""
    now = not any(a.get("TENSE") == "past_imperfective" for a in finnish.analyses(part[k]))
    return now and any(finnish.base_forms(w) & LATER_TIMES or w in _NOT_NOW
                       for w in _its_clause(part, k))


def _its_clause(part: Sequence[str], k: int) -> list[str]:
    """The words after ``part[k]`` up to a turn; "sitten" before a later time or "kun" is
    that time, no turn ("kirjotan vauriot sit myöhemmin / sit kun oon kuitannu",
    review248)."""
    out: list[str] = []
    for i in range(k + 1, len(part)):
        w = part[i]
        if w in _TURNS and not (w == "sitten" and part[i + 1:i + 2] and (
                part[i + 1] in _NOT_NOW or finnish.base_forms(part[i + 1]) & LATER_TIMES)):
            break
        out.append(w)
    return out


def _the_damage_written(part: Sequence[str], k: int) -> bool:
    """What the writing at ``k`` writes is the damage or into the waybill ("kirjotan vauriot
    rahtikirjaan", "kirjotin merkinnän rahtikirjaan", "kirjotan ensin rahtikirjaan"), now:
    not a name or a note to someone ("kirjotin nimen ja kuittasin", "kirjotan siitä
    esimiehelle"), nor later ("kirjotan vauriot myöhemmin / kun kuski on lähteny, kuittaan
    nyt": review241-242)."""
    clause = list(itertools.takewhile(lambda x: x not in _TURNS, part[k + 1:]))
    if written_later(part, k) or \
            any(finnish.base_forms(w) & _SIGNING and "ennen" not in clause[:j]
                for j, w in enumerate(clause)):
        return False  # (…nor signed first in its own clause: "… kun olin kuitannu",
        # "… kuittauksen jälkeen", review243-244; "… ennen kuin kuittaan" is writing first)
    bases = [finnish.base_forms(w) for w in clause]
    if any(b & _DAMAGE for b in bases) or (
            "merkitä" in finnish.base_forms(part[k]) and not _IT.isdisjoint(clause)):
        return True  # (the damage, or it marked: "merkitsen sen")
    # (into the waybill, nothing else written but of it: "kirjotan ensin rahtikirjaan",
    # "kirjotan siitä rahtikirjaan"; not "kirjotin nimen rahtikirjaan", "… jotain …")
    return any("rahtikirja" in b for b in bases) and not any(
        w in _SOMETHING or ("rahtikirja" not in b and "nimisana" in finnish.word_classes(w)
                            and finnish.cases(w) & finnish.OBJECT_CASES)
        for w, b in zip(clause, bases, strict=True))  # (of it, about it: "tästä lavasta")


_DAMAGE = frozenset({"vaurio", "vika", "vahinko", "rikki", "vaurioitua", "vaurioitunut",
                     "reikä", "kolhu", "lommo", "merkintä"})
_NOT_NOW = frozenset({"kun", "jälkeen", "jälkeenpäin", "sitten"})
_SOMETHING = frozenset({"jotain", "jotakin", "jonkin", "mitä", "jtn"})


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
# (not "varasto": a shop's back store takes the broken)
_ONWARD = frozenset({"keräily", "myynti", "lähetys", "käyttö", "tuotanto", "myymälä",
                     "lähettämö", "nouto", "keräys", "keräilijä", "pakkaamo", "lähtevä"})


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
    after = _to_the_next_deed(part, k)
    here = False  # ("tähän", "tänne": elsewhere unless a place things go on to is said)
    for i, w in enumerate(after):
        if w in _THERE and after[i + 1:i + 2] and after[i + 1] in _WHICH_PLACE:
            named = part[k + 1 + i + 2:]
            return not _the_others_there(named) and not any(map(_onward, named[:5]))
            # (before "here": "tänne missä muut lavat on", review246; "… mistä lavat lähtee
            # asiakkaille", "… missä keräilijät ottaa lavat": review247)
        if w in _HERE:
            here = True
            continue
        if w in _WHICH_PLACE:
            break
        if w in THE_OTHERS or finnish.base_forms(w) & (THE_OTHERS | {"ehjä"}):
            if not set(after[i + 1:i + 3]) & _BESIDE:
                return True  # (the others' deed, or the whole ones')
            # with the others ("… toisten lavojen viereen", "muiden kanssa"): elsewhere only
            # where they are the claims ("muiden reklamaatioiden sekaan", review242) or an
            # aside follows ("… muiden päälle sivuun", review244)
            if any(finnish.compound_parts(x) & _NOT_STOCK or
                   finnish.base_forms(x) & _NOT_STOCK for x in after[i + 1:i + 3]):
                return True
            return any(x in SET_ASIDE or x in _BACK for x in after[i + 1:])
        if _gone_on_to(after, i):  # ("… tänne lähettämöön", "… tähän keräilyyn": review245)
            return any(x in SET_ASIDE or (
                (finnish.base_forms(x) | finnish.compound_parts(x)) & _CLAIMS and (
                    finnish.cases(x) & _WHITHER or set(after[j + 1:j + 2]) & _AMONG))
                for j, x in enumerate(after) if j > i)  # (unless a claims' place follows,
            # "lähetyksen puolelle reklamaatiohyllyyn", review249, "… reklamaatioiden
            # sekaan", review251; not a note, "… reklamaatiolapun kanssa", review250)
        if w in SET_ASIDE or w in _BACK or w == "erikseen" or _a_place_to(w) or \
                w in _TO_A_PERSON:
            return True
    return here and not any(_gone_on_to(after, i) for i in range(len(after)))
    # (nor before it, "keräilyyn tänne"; not whence, "toi sen keräilystä tänne": review247)


def _gone_on_to(after: Sequence[str], i: int) -> bool:
    """``after[i]`` is a shelf or a place things go on from, gone to: in a case of whither
    ("keräilyyn"; not "keräilystä"), or a genitive before a postposition ("lähtevien lavojen
    viereen") or a place of its own ("keräilyn puolelle", "asiakkaan autoon"; not
    "keräilyn esimiehelle": review247-248)."""
    w = after[i]
    if not (_onward(w) or _a_shelf(w)):
        return False
    if finnish.cases(w) & _WHITHER or set(after[i + 1:i + 3]) & _BY:
        return True
    return "omanto" in finnish.cases(w) and i + 1 < len(after) and \
        bool(finnish.cases(after[i + 1]) & _WHITHER) and \
        bool((finnish.base_forms(after[i + 1]) | finnish.compound_heads(after[i + 1])) &
             _ITS_PLACES)  # (a compound by its head: "pakettiautoon")


# places of an onward place or of the customer ("keräilyn puolelle", "asiakkaan autoon")
_ITS_PLACES = frozenset({"puoli", "alue", "lava", "häkki", "laatikko", "kuorma", "auto",
                         "tilaus", "paikka", "piste", "kärry", "rullakko", "ovi", "linja",
                         "pöytä", "laituri", "rekka", "pakettiauto"})


def _onward(word: str) -> bool:
    """A place things go on to from, a compound place of one, or the customer ("keräilyyn",
    "keräilyalueelle", "nouto-ovelle", "asiakkaalle"; not "myyntipäällikölle",
    "myyntikieltoon": review247). Voikko gives a derived first part's root, "kerätä"."""
    bases = finnish.base_forms(word)
    return bool(bases & _ONWARD) or "asiakas" in bases or (
        bool(finnish.compound_parts(word) & _ONWARD_ROOTS) and
        bool(finnish.compound_heads(word) & _ONWARD_HEADS))


# a compound's first part of a place things go on from, as Voikko gives it, and its last
# part a place (not a person nor a ban: "myyntipäällikkö", "myyntikielto")
_ONWARD_ROOTS = _ONWARD | {"kerätä", "lähettää", "noutaa", "myydä", "lastata", "lastaus",
                           "lähtö"}
_ONWARD_HEADS = frozenset({"alue", "piste", "ovi", "paikka", "laituri", "tila", "linja", "jono",
                           "rullakko", "kärry", "lava", "pöytä", "häkki", "laatikko", "auto"})


# a person's pronoun said to: the thing brought to someone ("toin sen sulle", review242; not
# "siihen", "tohon", "niihin": the shelf pointed at, review243)
_TO_A_PERSON = frozenset({"minulle", "mulle", "sinulle", "sulle", "hänelle", "hälle", "meille",
                          "teille", "heille"})
_HERE = frozenset({"tähän", "tänne"})  # (here, by me: "laitoin sen tähän", review244)


def _the_others_there(clause: Sequence[str]) -> bool:
    """The clause after "sinne missä" names the others ("muutkin lavat on")."""
    return any(w in THE_OTHERS or finnish.base_forms(w) & THE_OTHERS for w in clause[:4]) and \
        not any(finnish.base_forms(w) & _NOT_STOCK or finnish.compound_parts(w) & _NOT_STOCK
                for w in clause[:4])  # (not "missä muut reklamaatiot on": review247)


def _a_place_to(word: str) -> bool:
    """A noun, no shelf nor a place things go on from, in a case of whither ("kuskille",
    "roskiin", "reklamaatiohyllylle"; not "keräilyyn", "myyntiin", "hyllypaikalle")."""
    bases = finnish.base_forms(word)
    return finnish.word_classes(word) == {"nimisana"} and not _onward(word) and \
        bases.isdisjoint(_WRAPPING) and not _a_shelf(word) and \
        not finnish.cases(word).isdisjoint(_WHITHER)


_WRAPPING = frozenset({"muovi", "kääre", "kelmu"})  # ("muoviin käärittynä": no place)


def _a_shelf(word: str) -> bool:
    """A shelf of the stock: "hylly", "varastohylly", "hyllypaikka", "hyllyväli"; not one
    for claims or damaged goods ("reklamaatiohylly", review240)."""
    return any(b == "hylly" or b.endswith("hylly") or b.startswith("hylly")
               for b in finnish.base_forms(word)) and \
        finnish.compound_parts(word).isdisjoint(_NOT_STOCK)


# postpositions of being put with the claims ("reklamaatioiden sekaan")
_AMONG = frozenset({"sekaan", "joukkoon", "viereen", "päälle", "luo", "luokse"})
_NOT_STOCK = frozenset({"reklamaatio", "hylky", "palautus", "karanteeni", "vaurio", "vahinko",
                        "hävikki"})
_CLAIMS = _NOT_STOCK - {"vaurio", "vahinko"}  # (where the claims are kept: no damage itself,
# "vaurioihin katsomatta", review251)
_BACK = frozenset({"takaisin", "takas", "pois"})
_WHITHER = finnish.PLACE_CASES[0]
_THERE = frozenset({"sinne", "tonne", "tänne"})
_WHICH_PLACE = frozenset({"missä", "minne", "mihin", "jonne", "jossa", "johon", "mistä",
                          "josta"})


_PUTTING = frozenset({"viedä", "laittaa", "panna", "hyllyttää", "siirtää", "nostaa", "pistää",
                      "kantaa", "tuoda"})


def _shelved(word: str) -> bool:
    """A shelving: "hyllytys", "hyllyttää", or into or onto a shelf ("hyllyyn")."""
    return bool(finnish.base_forms(word) & _SHELVING) or (
        _a_shelf(word) and not finnish.cases(word).isdisjoint(_WHITHER))  # (a compound too,
    # "varastohyllyyn"; onto it, "hyllylle": review239)


_SHELVING = frozenset({"hyllytys", "hyllyttää"})
# what a thing set waiting may wait for that sends it on all the same ("odottamaan lastausta")
_DISPATCH = frozenset({"lastaus", "kuljetus", "toimitus", "lähtö"})
