"""What the deed reading (``open_deeds``: a step's wrong deed said in an open answer) and the
needless reading (``needless``: a protection or measure said needless) both read: the words
of gear, aids and help, of the conditions, excuses and lacks an answer names, and small
readers of a verb's forms, a thing, an object and a "niin että" clause (issue 12, safety)."""


from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import takewhile

from valkky.judge import finnish, sizes
from valkky.judge.case import Case, normalised
from valkky.judge.courtesy import courtesy_apart
from valkky.judge.polarity import (
    MAIN_JOINS,
    SUB_JOINS,
    only_finite,
)
from valkky.judge.wordsets import (
    FRAME_WORDS,
    NEGATIONS,
    SUBJECT_PRONOUNS,
)

# modals a permission or a must is said with ("voit mennä", "saa olla", "pitää tehdä")
MODALS = frozenset({"voida", "saada", "pitää", "täytyä", "kannattaa", "tarvita"})

Form = tuple[str | None, str | None, str | None]  # a verb's person, mood and tense


def denies(word: str) -> bool:
    """A word Voikko reads as a no ("äläkä", "ettet", "eikä"): its clause says no."""
    return any(a.get("CLASS") == "kieltosana" for a in finnish.analyses(word))


# where a thing is kept, with a verb of keeping ("pidä hanskat taskussa"), or put away
# with any ("hanskat pois käytä suojalaseja"); with other verbs a place is only where the
# deed goes ("nosta hänet yksin sänkyyn", "mene telineelle ilman kypärää")
LOCAL_CASES = finnish.LOCAL_CASES


def verb_forms(word: str) -> frozenset[Form]:
    return frozenset((a.get("PERSON"), a.get("MOOD"), a.get("TENSE"))
                     for a in finnish.analyses(word) if a.get("CLASS") == "teonsana")


def a_deed_of_its_own(words: Sequence[str], k: int) -> bool:
    """The word at ``k`` is an infinitive that says a need's own deed, not one of using,
    wearing or changing a thing (``USING_IT``): "pelätä", "kysyä", "ostaa", and taking it
    off ("kypärää ei tarvitse ottaa pois tauolla"; review84)."""
    word = words[k]
    off = next((j for j in range(k + 1, min(k + 4, len(words))) if words[j] == "pois"), None)
    # (…not out of a place, ``fetched_from``: "ottaa pois varastosta"; review85-88)
    taken_off = off is not None and not any(
        fetched_from(words, j) for j in range(off + 1, min(off + 3, len(words))) if any(
            case in ("sisaeronto", "ulkoeronto") for case, _ in finnish.case_numbers(words[j])))
    in_use = ((word == "olla" and not IN_USE.isdisjoint(words[k + 1:k + 3])) or (
        "nostaa" in finnish.base_forms(word) and any(  # (put in place: "tukipukkeja ei
            x in PUT_TO or any(case == "sisatulento" for case, _ in finnish.case_numbers(x))
            for x in words[k + 1:k + 3])) or  # tarvitse nostaa auton alle"; review89)
        bool(finnish.base_forms(word) & HANDLING)) and of_gear(words, k)
    far = bool(finnish.base_forms(word) & _FETCHING) and \
        not _FROM_FAR.isdisjoint(words[k + 2:k + 4])  # (fetched far, after its object: "sun
    # ei tarvii hakea sitä kaukaa, se on kopissa", review89; not "käyttää … kaukaa",
    # review248, nor "… ottaa, kauempaa ei tipu mitään", a clause of its own, review250-251)
    return finnish.is_verb(word) and (
        not (finnish.base_forms(word) & USING_IT or in_use) or taken_off or far) and any(
        mood == "A-infinitive" for _, mood, _ in verb_forms(word))


_FROM_FAR = frozenset({"kaukaa", "kauempaa"})
_FETCHING = frozenset({"hakea", "tuoda", "noutaa", "ottaa"})


def of_gear(words: Sequence[str], k: int) -> bool:
    """The verb at ``k`` after a need is said of a thing worn or set for safety: its object
    right after it, or the word fronted before the need's no ("jarrujen ei tarvitse olla",
    "kypärästä ei tarvitse välittää")."""
    at = k - 2  # (the need at k - 1; a clause's words may come without their no)
    while at > 0 and (words[at] in NEGATIONS or words[at] in WHOSE_NEED):
        at -= 1  # (past the no and whose the need is: "kypärästä sun ei tarvitse välittää",
        # "turvakengistä mun mielestä ei tarvitse…"; review91)
    after = words[k + 1:k + 2]
    # (not a word fronted where the verb has an object of its own after it, "ei tarvitse
    # siirtää häntä", nor one that is an object of a verb before it, "muista jarrut, ei
    # tarvitse…"; review90)
    own_object = bool(after) and (after[0] in OBJECT_PRONOUNS or an_object(words, k + 1))
    fronted = [] if own_object or at < 0 or (at and finnish.is_verb(words[at - 1])) \
        else words[at:at + 1]
    return any(b.endswith(SET_FOR_SAFETY) or b == VEST for x in [*after, *fronted]
               for b in finnish.base_forms(x))


def an_object(words: Sequence[str], j: int) -> bool:
    """words[j] is a thing in an object's case (partitive, nominative or genitive), not a
    genitive before a postposition ("auton alle") nor a place ("päähän")."""
    cases = finnish.cases(words[j])
    return words[j] not in PUT_TO and a_thing(words[j]) and \
        bool(cases & {"osanto", "nimento", "omanto"}) and not (
        "omanto" in cases and words[j + 1:j + 2] and words[j + 1] in POSTPOSITIONS)


WHOSE_NEED = frozenset({"sun", "sinun", "mun", "minun", "teidän", "meidän", "hänen",
                         "mielestä", "mielestäni"})
POSTPOSITIONS = frozenset({"alle", "alla", "alta", "päälle", "päällä", "päältä", "viereen",
                            "vieressä", "luo", "luona", "taakse", "takana", "eteen", "edessä"})


# what a thing worn is taken off ("ottaa pois päästä", "pois silmiltä")
def fetched_from(words: Sequence[str], at: int) -> bool:
    """The elative or ablative at ``at`` after "pois" is a place a thing is fetched from
    ("pois autosta", "omasta kaapista"): a noun, not the body ("pois päästä"), not from under
    a car ("pois auton alta"), not a time or a manner ("aamusta iltaan", "sateesta
    huolimatta", "tästä eteenpäin"; review88)."""
    word, bases = words[at], finnish.base_forms(words[at])
    if bases & {"ala", "alla"}:  # (an adposition: "pois hyllyn alta" is fetching, "pois
        # auton alta", "pois sen alta" is not)
        held = words[at - 1] if at else ""
        return "nimisana" in finnish.word_classes(held) and \
            "asemosana" not in finnish.word_classes(held) and \
            not finnish.base_forms(held) & HELD_UP and held != "pois"
    if bases & BODY or "nimisana" not in finnish.word_classes(word) or \
            "asemosana" in finnish.word_classes(word) or bases & TIMES_FROM:
        return False
    return not (at + 1 < len(words) and words[at + 1] in AFTER_A_TIME)


# what a thing worn is taken off ("ottaa pois päästä", "pois silmiltä")
BODY = frozenset({"pää", "silmä", "korva", "jalka", "käsi", "sormi", "niska", "kasvot",
                   "kasvo", "naama", "hius", "hiukset", "kaula", "nenä", "otsa", "ranne"})
HELD_UP = frozenset({"auto", "ajoneuvo", "pakettiauto", "kuorma-auto", "rekka"})
TIMES_FROM = frozenset({"aamu", "alku", "ilta", "päivä", "syy"})
AFTER_A_TIME = frozenset({"huolimatta", "iltaan", "loppuun", "eteenpäin", "tullessa",
                           "lähtiessä", "alkaen"})
# verbs that use, wear or fetch a thing: a need of one is the need of the thing
USING_IT = frozenset({"käyttää", "laittaa", "panna", "asettaa", "pitää", "muistaa", "pukea",
                       "kiinnittää", "kiristää", "ottaa", "hakea", "tuoda", "vaihtaa"})
# …and carrying, moving, setting or caring about it, said of a protection itself: its object
# right after the verb or fronted before the need's no (review89: "tukipukeista ei tarvitse
# huolehtia"; not "ei tarvitse siirtää häntä yksin", "tuolia ei tarvitse siirtää"; review90)
HANDLING = frozenset({"kantaa", "siirtää", "säätää", "välittää", "huolehtia", "vetää"})
PUT_TO = frozenset({"alle", "päälle", "paikalleen", "paikoilleen", "päähän"})
# where a thing is when worn or in use: "olla" before one is using it ("jarrujen ei tarvitse
# olla päällä"; not "ei tarvitse olla huolissaan"; review89)
IN_USE = frozenset({"päällä", "päässä", "jalassa", "jaloissa", "kädessä", "käsissä", "alla",
                     "paikallaan", "paikalla", "mukana", "käytössä", "silmillä", "korvilla"})


# words that make what follows a condition of the deed before them
CONDITIONS = frozenset({"kun", "jos", "kunhan", "kunnes"})
# a condition that says one of these (by base form) is an excuse, no case of the work: the
# deed is said as a plan ("nostan hänet yksin jos on kiire", "korjaa se itse jos esimies ei
# ehdi", "käytä samaa lautaa kun olet väsynyt"); each with the polarity it is one in (True:
# said positively; False: only under a no, "kun esimies ehtii katsoa sen" is a case of the work;
# "jos ei ole aikaa" is haste)
EXCUSES = {"kiire": True, "kiireinen": True, "väsyä": True, "ehtiä": False, "jaksaa": False,
           "aika": False,
           # comfort, a wish, a quick job (review74: "jos on kuuma niin mene ilman kypärää",
           # "jos haluat niin pidä sormus", "jos käyt vaan nopeesti niin ota kypärä pois")
           "kylmä": True, "kuuma": True, "haluta": True, "nopeasti": True, "nopea": True,
           "hetki": True,
           # a load heavy or big, which asks for the help it is said to need none under
           # (review89: "et tarvitse apua ku laatikko on painava")
           "painava": True, "raskas": True, "iso": True, "suuri": True}
LOAD_SIZE = frozenset({"painava", "raskas", "iso", "suuri"})


def excuse(condition: Sequence[str]) -> bool:
    """``condition`` says an excuse (``EXCUSES``) in the polarity it is one in; read up to a
    "muuten", after which the deed is said for its opposite: a load's size turned is a case
    of the work ("jos laatikko on painava, pyydä apua, muuten et tarvitse apua"; review90),
    haste, comfort or a wish turned is none ("jos on kiire, pyydä apua, muuten nosta yksin"
    is lifting alone; review91)."""
    no = not NEGATIONS.isdisjoint(condition)
    otherwise = "muuten" in condition
    if otherwise:
        condition = condition[:condition.index("muuten")]
    # (an essive is the manner of another deed: "kun lähdet kotiin väsyneenä")
    said = finnish.base_forms_of(w for w in condition if not any(
        case == "olento" for case, _ in finnish.case_numbers(w)))
    # (…haste, tiredness or a wish turned is still one: "jos ei ole kiire, pyydä apua,
    # muuten nosta yksin" lifts alone in haste; review92)
    return any((otherwise and w not in LOAD_SIZE) or
               positive != (no != (otherwise and w in LOAD_SIZE))
               for w, positive in EXCUSES.items() if w in said)


def courtesy_off(words: list[str]) -> list[str]:
    """``words`` without a courtesy said at their start or end (frame words passed over:
    "ei se haittaa" is "ei haittaa"), where words of the answer's own are left."""
    own = [i for i, w in enumerate(words) if w not in FRAME_WORDS]
    bare = [words[i] for i in own]
    rest = courtesy_apart(bare, (), (), any_rest=True)
    if rest is bare or not rest:
        return words
    if bare[len(bare) - len(rest):] == rest:  # said at the start
        return words[own[len(bare) - len(rest)]:]
    return words[:own[len(rest) - 1] + 1]


AWAY = frozenset({"koti", "kotona", "kotiin", "vapaa", "pukuhuone", "ulkona", "loma"})

# a work's time, and its end (review89: "kun työpäivä on ohi", "kun työvuoro päättyy")
WORKDAY = frozenset({"vuoro", "työvuoro", "työ", "työpäivä", "työaika"})
ENDED = frozenset({"loppu", "loppua", "loppunut", "ohi", "päättyä", "päättynyt"})
AT_WORK = frozenset({"linja", "tuotanto", "tuotantotila", "työ", "työvuoro", "vuoro", "keittiö",
                      "halli", "tehdas", "työpaikka", "työskennellä"})


def a_finite_verb(word: str) -> bool:
    """``word`` read only as a finite verb, no noun ("taukoa" is also tauota's command)."""
    return only_finite(word) and "nimisana" not in finnish.word_classes(word)


LIFTING_AIDS = frozenset({"nostolaite", "nostin"})
# vehicles that move about the work, by a base form's end ("haarukkatrukki", "kuorma-auto")
VEHICLES = ("trukki", "auto", "nosturi", "kuljetin", "vaunu", "traktori")


# a machine said as another's or one of many: "naapurin kone", "toinen kone"
ANOTHERS = frozenset({"toinen", "yksi", "joku", "jokin", "viereinen", "naapuri", "muu"})
MACHINES = frozenset({"kone", "pora", "porakone", "sorvi", "hiomakone", "laite", "terä",
                      "poraus", "hionta", "sahaus", "sorvaus", "hitsaus", "jyrsintä"})


def of_a_person(c: Case) -> bool:
    """The step's answers speak of a person ("nosta hänet nostolaitteella")."""
    return bool({"hän", "hänet", "häntä", "hänen", "hänelle"} & {
        w for _, n in c.accepted for w in n.split()})


def steps_words(c: Case) -> frozenset[str]:
    """The base forms of the step's answers' and topics' words (made once a step)."""
    return steps_bases(tuple(n for _, n in c.accepted), tuple(c.topics))


@lru_cache(maxsize=sizes.STEPS)
def steps_bases(examples: tuple[str, ...], topics: tuple[str, ...]) -> frozenset[str]:
    return frozenset(b for n in (*examples, *topics)
                     for w in normalised(n).split() for b in finnish.base_forms(w))


def an_aid(words: Sequence[str]) -> bool:
    """``words`` say to use an aid that does a helper's work ("käytä pumppukärryä, niin et
    tarvitse työkaveria": review80): a verb of using or taking right before it, with no no
    nor "ilman" there and no fault of it told ("nosta ilman kärryä", "älä ota kärryä",
    "kärry on rikki": review81)."""
    if any(finnish.base_forms(w) & {"rikki", "rikkinäinen"} for w in words):
        return False
    return any(any(b.endswith(AIDS) for b in finnish.base_forms(w)) and i and
               finnish.base_forms(words[i - 1]) & TAKING_AN_AID and
               NEGATIONS.isdisjoint(words[max(0, i - 3):i]) and "ilman" not in words[i - 3:i]
               for i, w in enumerate(words))


TAKING_AN_AID = frozenset({"käyttää", "ottaa", "hakea", "tuoda", "pyytää"})


# help an aid does the work of (not a nurse's, who sees to a fallen resident: review82)
LIFTING_HELP = ("apu", "työkaveri")


def help_asked(words: Sequence[str]) -> bool:
    """``words`` say to ask for help: a verb of asking right before help, no no there."""
    return any(any(b.endswith(LIFTING_HELP) for b in finnish.base_forms(w)) and i and
               finnish.base_forms(words[i - 1]) & {"pyytää", "kysyä", "hakea"} and
               NEGATIONS.isdisjoint(words[max(0, i - 3):i])
               for i, w in enumerate(words))


def help_named(c: Case) -> bool:
    """The step's answers or topics name lifting and lifting help ("nosta jaloilla",
    "pyydä apua jos laatikko on painava")."""
    said = steps_words(c)
    return "nostaa" in said and any(b.endswith(LIFTING_HELP) for b in said)


def another_deed_asked(c: Case, more: Sequence[str]) -> str | None:
    """A deed someone is asked to do, said more beside an answer that asks for help ("pyydän
    työkaveria katsomaan" beside "pyydän työkaveria"), in its -maan form, whose verb no
    accepted answer says in any form (not "nostamaan" where "nostamme yhdessä" is
    accepted): the help asked is for another deed (review156, SAFETY). Its word, else None."""
    deeds = [w for w in more if _asked_deed(w)]
    if not deeds or not any("pyytää" in finnish.base_forms(w) for w in c.words):
        return None
    # (only where an accepted answer asks for a deed so: "pyydän työkaveria auttamaan";
    # not "…, pyydä tiskaria pesemään se", nor "pyydän hoitajaa tulemaan katsomaan" where
    # the step names no deed asked)
    asked = [w for _, n in c.accepted for w in n.split() if _asked_deed(w)]
    said = {b for _, n in c.accepted for w in n.split() for b in finnish.base_forms(w)}
    if not asked or "pyytää" not in said:
        return None
    # each deed asked on its own: the step's, helping or coming (a deed after "tulemaan"
    # is why one comes, seeing too: "pyydän hoitajaa tulemaan katsomaan"); not
    # "pyydän työkaveria auttamaan korjaamaan rullakon" (review158, SAFETY)
    words = list(c.words)
    for w in deeds:
        at = words.index(w) if w in words else -1
        fine = said | _HELPING | {"tulla"}
        if at > 0 and "tulla" in finnish.base_forms(words[at - 1]) and not said & _HELPING:
            fine |= _SEEING  # "pyydän hoitajaa tulemaan tarkistamaan" (review159; not where
            # the step asks for help with a load: "… tulemaan tarkistamaan", review160)
        if not finnish.base_forms(w) & fine:
            return w
    return None


def _asked_deed(word: str) -> bool:
    """``word`` is a verb's -maan form, the deed someone is asked to do."""
    return any(a.get("MOOD") == "MA-infinitive" and a.get("SIJAMUOTO") == "sisatulento"
               for a in finnish.analyses(word))


# deeds of seeing to a thing, which one asked to come comes to do
_SEEING = frozenset({"katsoa", "tarkistaa", "tarkastaa", "auttaa"})
# deeds of helping with a load, whichever the step's answer names (review157)
_HELPING = frozenset({"auttaa", "kantaa", "nostaa", "siirtää"})


IT_OR_THEM = frozenset({"sitä", "niitä", "sen", "ne"})
# …and a person as a verb's object ("ei tarvitse siirtää häntä"; ``of_gear``)
OBJECT_PRONOUNS = IT_OR_THEM | {"häntä", "hänet", "heitä", "heidät", "minua", "sinua",
                                  "meitä", "teitä"}

AIDS = ("kärry", "trukki", "nostolaite", "nostin", "rullakko", "vaunu", "nosturi")
# the things at work a fault may be in, by a compound's last part (with MACHINES, AIDS)
WORK_THINGS = (*MACHINES, *AIDS, "pumppu", "moottori", "kuljetin", "hihna", "linja",
               "johto", "pistoke", "kytkin", "jarru", "lava", "hylly", "tikkaat", "teline",
               "imuri", "rengas", "letku", "venttiili", "nappi", "kompressori", "kuorma",
               "annostelija", "sekoitin", "suutin", "säiliö", "pullo", "kanisteri",
               "sähkö", "näyttö", "laakeri", "ketju", "vaihteisto", "akku", "kaapeli",
               "anturi", "sulake", "suodatin", "ruuvi", "mutteri", "pultti", "paneeli",
               "ohjain", "vaihde", "öljy", "tiiviste", "kiinnike", "rulla", "kela")

NEEDED = frozenset({"tarvita", "pakollinen", "tarpeen", "tarpeellinen", "välttämätön",
                     "tarvitsee"})
# what protects a worker, by base form or a compound's last part (not any worn thing: "en
# tarvitse pipoa, käytän kypärää"), and help
# worn protection, by base form or a compound's last part (not any worn thing: "en tarvitse
# pipoa, käytän kypärää"; a vest by its name, or "liivi" itself, ``_gear``: not one for
# warmth, "lämpöliiviä ei tarvita"; review90-92)
GEAR = ("käsine", "hanska", "hansikas", "suojalasi", "kuulosuojain", "kuulosuoja",
        "turvakenkä", "turvasaapas", "kypärä", "maski", "suojavaate", "suojatakki",
        "huomioliivi", "turvaliivi", "heijastinliivi", "pelastusliivi", "valjas", "valjaat",
        "suojain", "tulppa", "visiiri", "hiusverkko", "hiussuoja")
VEST = "liivi"


# …and what else is put in place for safety
SET_FOR_SAFETY = (*GEAR, "hiusverkko", "hiussuoja", "tukipukki", "jarru", "kaide",
                   "jalkalista")


IT_OR_ONE = SUBJECT_PRONOUNS | {"se", "ne"}


def a_subject(words: Sequence[str]) -> bool:
    """``words`` begin with a noun, then a no: "käsi ei jää kiinni" after a "niin"."""
    return len(words) == 2 and words[1] in NEGATIONS and \
        "nimisana" in finnish.word_classes(words[0])


def a_claim(words: Sequence[str]) -> bool:
    """``words`` begin with a noun, then a verb in a person: "sormus saa olla" after a
    "niin" (review76)."""
    return len(words) == 2 and "nimisana" in finnish.word_classes(words[0]) and \
        not finnish.is_verb(words[0]) and bool(finnish.persons(words[1]))


def no_harm(words: Sequence[str]) -> bool:
    """``words`` (after a "niin", up to a join) say no harm comes: a no and a verb of harm
    ("ei satu", "käsi ei jää kiinni"); not another claim, "et tarvitse valjaita", which is
    weighed as said (review76)."""
    clause = list(takewhile(lambda w: w not in MAIN_JOINS and w not in SUB_JOINS, words))
    return not NEGATIONS.isdisjoint(clause) and any(
        finnish.base_forms(w) & HARM for w in clause)


HARM = frozenset({"sattua", "satuttaa", "loukata", "loukkaantua", "jäädä", "kaatua",
                   "pudota", "liukastua", "kompastua", "vahingoittua", "palaa", "polttaa",
                   "tapahtua", "haljeta", "rikkoutua", "osua", "vetää", "tulla", "olla"})


def a_command(word: str) -> bool:
    """``word`` commands: "älä", or a verb with an imperative reading ("ota") or read as he
    or she does it ("korjaa", which Voikko gives once for both: no subject follows
    "niin"): a "niin" before it says "so do this" (review74: "on kuuma niin ota kypärä
    pois" is the command)."""
    return word in ("älä", "älkää") or any(
        a.get("MOOD") == "imperative" or (a.get("MOOD") == "indicative" and
                                          a.get("PERSON") == "3")
        for a in finnish.analyses(word) if a.get("CLASS") == "teonsana")


def so_that(words: list[str]) -> list[str]:
    """``words`` with a "niin" that says why, after a deed, read as "jotta" where it says no
    harm comes ("käytä hanskoja niin ei satu", set 46: a command, then why; not another
    claim, "… niin et tarvitse valjaita", review76); a "niin" after a verb
    of the clause, before a no, a subject pronoun, a noun and its no ("ota hanskat pois niin
    käsi ei jää kiinni") or a word read only as a verb; not before a command ("laatikko on
    kevyt niin nosta selällä")."""
    out = list(words)
    verb = False
    for i, w in enumerate(words):
        if w in MAIN_JOINS or w in SUB_JOINS:
            verb = False
        elif w == "niin" and verb and i + 1 < len(words) and (
                words[i + 1] in NEGATIONS or words[i + 1] in IT_OR_ONE or
                finnish.only_a_verb(words[i + 1]) or a_subject(words[i + 1:i + 3]) or
                a_claim(words[i + 1:i + 3])) and not a_command(words[i + 1]):
            # (…, else a claim of its own, weighed as said: "ota sormus pois niin et
            # tarvitse hiusverkkoa", "laita hiukset verkkoon niin sormus saa olla"; review76)
            out[i], verb = "jotta" if no_harm(words[i + 1:]) else "ja", False
        else:
            verb = verb or finnish.is_verb(w)
    return out


# verbs of using or wearing a thing (its object): "käytä aina suojalaseja", "laita
# tukipukit", "muista turvakengät", "pidä kypärä päässä"; not with "pois"
USE_VERBS = frozenset({"käyttää", "laittaa", "pitää", "muistaa", "pukea"})


def a_thing(word: str) -> bool:
    """A noun in an object's case, not a pronoun nor a verb's form ("suojalaseja",
    "tukipukit"; not "päässä", where it is worn)."""
    classes = finnish.word_classes(word)
    return "nimisana" in classes and "asemosana" not in classes and \
        not finnish.persons(word) and \
        any(case in finnish.OBJECT_CASES for case, _ in finnish.case_numbers(word))
