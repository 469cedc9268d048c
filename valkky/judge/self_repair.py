"""A stuck or stopped machine freed, mended or started again by the learner or a workmate:
where a step's story is a jam or a stop, the lessons teach that the repairer opens it ("Ei!
Et korjaa konetta itse. Kunnossapito avaa jumin."), so an answer that tells the learner did
it is wrong however right the rest of it is ("laatikko jäi jumiin, mä otin sen pois ja
käynnistin hihnan"; sets 113, 162 and 167, both trainers wrong; SAFETY; reviews 230–233
narrowed whose deed, of what and which stop). So is a piece of equipment the answers
report broken, mended by the learner or a workmate ("porakone oli rikki mut mä korjasin
sen ite"; set 220, both trainers wrong; the lessons: "Älä korjaa konetta itse."; reviews
268–270 narrowed the story and its deeds).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from valkky.judge import finnish, lexicon, sizes
from valkky.judge.case import Case, Judgement, normalised
from valkky.judge.repaired import words_kept
from valkky.judge.unsaid import a_repairer
from valkky.judge.wordsets import NEGATIONS, TIME_POSTPOSITIONS


def self_repair_told(c: Case, j: Judgement) -> Judgement:
    """``j``, or wrong where it is right or nearly and the answer tells the learner's own
    freeing, mending or restarting of a jammed machine (``own_repair``) at a step whose
    story is a jam and whose answers do no such deed."""
    if j.verdict == "wrong" or c.repeat or c.options:
        return j
    story = _a_jam_told(tuple(n for _, n in c.accepted), c.situation)
    stuck = story is not None and (story.stuck or any(
        finnish.base_forms(w) & _JAMS and NEGATIONS.isdisjoint(c.words[max(0, k - 3):k])
        for k, w in enumerate(c.words)))  # (the learner's own "jumi", not "enkä koske
    # jumiin": review234)
    said = words_kept(c) if j.rule == "repaired" else c.words  # (a deed taken back is
    # none: "korjaan sen itse ei anteeksi ilmoitan työnjohtajalle", review150)
    if story is None or (deed := own_repair(said, story.things, stuck,
                                            story.deeds or None)) is None:
        return j
    c.note(f"'{deed}': the learner's own repair of a {'broken' if story.broken else 'jammed'}"
           " machine")
    return c.judgement("wrong", closest=j.closest)


class _Story(NamedTuple):
    """A step's story of a jam, a stop or a broken piece of equipment: what a repair is
    done to, whether a thing is stuck (a taking out by hand frees it; at a stop it takes
    out what has nothing to do with the stop: "kaksi pakkausta on rikki, otan ne pois
    linjalta", review76), and for a broken thing the deeds that mend it."""

    things: frozenset[str]
    stuck: bool
    broken: bool = False
    deeds: frozenset[str] = frozenset()  # (of a broken thing: the mendings read)


@lru_cache(maxsize=sizes.STEPS)
def _a_jam_told(accepted: tuple[str, ...], situation: str) -> _Story | None:
    """Where the step's story is a jam or a stop (its answers or its question say one:
    "laatikko jäi jumiin", "liukuhihna jumittui", "kuljetin pysähtyi"), or a thing broken
    that the answers report ("porakone on rikki", "nosturin lukitus ei toimi": the lessons
    teach "Älä korjaa konetta itse."), and none of its answers is the learner's own repair:
    the base forms of the story's things (the machine, the stuck thing: what a repair is
    done to), else None."""
    texts = [w for text in (*accepted, normalised(situation)) for w in text.split()]
    said = {b for w in texts for b in finnish.base_forms(w) | {w}}
    told = normalised(situation).split()
    mended = any(w in _MENDED and told[k - 1:k] != ["ei"] for k, w in enumerate(told))
    # (the robot tells it mended: "Kunnossapito korjasi sen. Nyt kaikki toimii."; not
    # asked, "Saanko mä korjata sen itse?": review234)
    stop = (any(map(_stopped, texts)) or ("jos" in texts and said & _STOPS)) and not mended
    # (a stop as done, or as asked of: "Entä jos kone pysähtyy …?")
    broken = said.isdisjoint(_JAMS) and not stop and not mended and \
        any(map(_reports_broken, accepted)) and any(b.endswith(_EQUIPMENT) for b in said) and \
        not any(_owned(w) for n in accepted for w in n.split())
    # (a piece of equipment in the story, not a bottle, a vase or one's hearing: review270;
    # not one's own or a customer's thing: "autoni ei käynnisty", "maljakkonne on rikki";
    # review268)
    if said.isdisjoint(_JAMS) and not stop and not broken:
        return None
    things = frozenset(b for text in (*accepted, normalised(situation)) for w in text.split()
                       if "nimisana" in finnish.word_classes(w) and not finnish.is_verb(w)
                       for b in finnish.base_forms(w)) | _JAMMED
    stuck = not said.isdisjoint(_JAMS)
    if any(own_repair(n.split(), things, stuck) for n in accepted):
        return None
    if not broken:
        return _Story(things, stuck)
    machine = any(b.endswith(_MACHINES) for n in accepted for w in n.split()
                  for b in finnish.base_forms(w))  # (a machine taken apart is mended; a
    # load taken apart is unloaded: "puran sen", review74)
    return _Story(things | _PARTS, stuck, True, _MENDING | _OPENING if machine else _MENDING)


def _reports_broken(answer: str) -> bool:
    """``answer`` reports a thing broken, with no no in it ("porakone on rikki",
    "porakoneessa on vika", "hana vuotaa"), or the no of a verb of working ("kone ei
    toimi"; not "ei kestä", which "ei mitään" reads as: review269)."""
    words = answer.split()
    if NEGATIONS.isdisjoint(words):
        return any(finnish.base_forms(w) & _BROKEN and (
            w != "rikki" or (k and finnish.same_lemma(words[k - 1], "olla")))
            for k, w in enumerate(words))  # (not "kuulo voi mennä rikki", review270)
    return any(a in NEGATIONS and finnish.base_forms(b) & _WORKING for a, b in pairwise(words))


def _owned(word: str) -> bool:
    """``word`` says whose it is, the speaker's or the listener's: a noun's possessive
    suffix ("autoni", "maljakkonne"; not the adverb "kallellaan") or a genitive pronoun
    ("minun", "teidän")."""
    found = finnish.analyses(word)
    return word in _OWNERS or (bool(found) and all(
        a.get("POSSESSIVE") in _OF_YOU_AND_ME and a.get("CLASS") == "nimisana" for a in found))
    # (every reading: not "kuusi", six, nor "tilanne"; review269)


_OWNERS = frozenset({"minun", "sinun", "teidän", "meidän", "mun", "sun"})
_OF_YOU_AND_ME = frozenset({"1s", "2s", "1p", "2p"})


def own_repair(words: Sequence[str], things: frozenset[str], stuck: bool = True,
               deeds: frozenset[str] | None = None) -> str | None:
    """A deed of freeing, mending or restarting one of ``things`` (or it by a pronoun) in
    ``words``, done by the learner ("korjasin sen ite", "otin sen pois kädellä", "kiskoin
    laatikon hihnalta", "käynnistin hihnan", "yritin avata jumin"), with no no on it: its
    verb, else None ("me otettiin se pois": the spoken "we"); or a workmate's named before
    it ("jussi avaa jumin": no repairer either). Not a deed of another the learner asked
    or waited for ("pyysin huoltomiestä korjaamaan sen"), nor a passive without "we" ("kone
    käynnistetään"), nor another thing ("avasin oven", "käynnistin hälytyksen", "nostin
    laatikot pois lattialta", "vedin hänet pois"); not where the machine is stopped or
    locked first in a condition ("… kun kone on pysäytetty"; not "… kun kone oli
    pysähtynyt", which it did of itself). A taking out by hand only where a thing is
    ``stuck``; only ``deeds`` where given (of a broken thing, a mending: "korjasin sen ite"; not
    "käynnistin sen uudestaan", which tries it)."""
    for k, w in enumerate(words):
        bases = finnish.base_forms(w)
        if not bases & (deeds or _ANY_REPAIR):
            continue
        if deeds and any(finnish.base_forms(x) & _ANOTHER and finnish.base_forms(y) & things
                         for x, y in pairwise(words[:k])):
            continue  # (another one of the story's things: "otan toisen porakoneen ja
            # kiristän sen terän", review270; not a new part for it, "haen uuden ruuvin ja
            # korjaan sen ite", review271)
        after = words[k + 1:k + 4]
        if bases & _TAKING and (not stuck or not _taken_out(words[k + 1:k + 5], things,
                                                            "poistaa" in bases)):
            continue
        if bases & _SWITCHING and "päälle" not in after:
            continue  # ("laitoin linjan päälle")
        if "kuitata" in bases and not any(x.startswith("hätä") or x in _IT for x in after):
            continue  # (the emergency stop reset, "kuittasin hätäseisin", "… hätäpysäytyksen",
            # "kuittasin sen"; not "selvä, kuittaan", an acknowledgement: review232-233)
        if not any(a.get("CLASS") == "teonsana" or a.get("PARTICIPLE") == "past_active"
                   for a in finnish.analyses(w)):
            continue  # (a state or a purpose, no deed: "se on korjattu", "lähetän sen
            # korjattavaksi", review76; "olen korjannut sen" is one)
        if after[:1] and after[0] in _IT and after[1:2] and after[1] in TIME_POSTPOSITIONS:
            continue  # ("korjaan sen jälkeen reiät": a time, review268)
        done = next((x for x in after if x in _IT or finnish.base_forms(x) & things or (
            "kuitata" in bases and x.startswith("hätä"))), None)
        if any(x in _PERSONS or _a_thing_of_another(x, things)
               for x in after[:after.index(done) if done in after else None]):
            continue  # (another thing or a person, named first: "avasin oven", "vedin hänet
            # pois", "teippaan varoitusnauhan sen ympärille", review77, "nostan pakkaukset
            # pois linjalta", review78)
        if (_by_us(words, k) or _a_colleagues(words, k)) and not _said_no(words, k) and \
                not _made_safe_first(words):
            return w
    return None


def _by_us(words: Sequence[str], k: int) -> bool:
    """The verb at ``k`` is the learner's: of "I" or "we", the spoken "we" (a passive with
    "me" or "mä" before it: "jussi ja mä otettiin se pois"), or an infinitive after a verb
    of "I" that is no asking of another ("yritin avata", "päätin korjata", "onnistuin
    avaamaan"; not "pyysin huoltomiestä korjaamaan sen")."""
    if _i_did(words[k]) or _we_did(words, k):
        return True
    for j in range(max(0, k - 2), k):
        if not (_i_did(words[j]) or _we_did(words, j)) or words[j].endswith(("ko", "kö")) or \
                finnish.base_forms(words[j]) & _ASKING:
            continue  # (a question is no deed: "saanko korjata sen itse, et saa, …")
        # (not the repairer let or fetched to do it: "me annetaan huoltomiehen avata
        # jumi", "mä hain huoltomiehen avaamaan jumin", review235; a workmate let do it
        # is: "mä annoin jussin avata sen")
        return not any(map(_a_repairers_word, words[j + 1:k]))
    return False


def _owns(word: str) -> bool:
    """``word`` may say what the one after it is: a repairer's word in the nominative or
    the genitive ("asentaja", "kunnossapidon"; not "huoltoa", "huoltomiestä")."""
    return bool(finnish.cases(word) & _OWNING)


_OWNING = frozenset({"nimento", "omanto"})
# person nouns a repairer's genitive may say of ("kunnossapidon mies")
_PERSONS_OF = frozenset({"mies", "asentaja", "työntekijä", "henkilö", "tyyppi", "kaveri"})


def _a_repairers_word(word: str) -> bool:
    """``word`` names a repairer (in any case), or a repairers' department in the genitive
    ("kunnossapidon"), not the place phoned or gone to ("soitin huoltoon")."""
    return (a_repairer(word) and not finnish.cases(word) & _TO_OR_FROM) or (
        bool(finnish.base_forms(word) & _SERVICE) and "omanto" in finnish.cases(word))


def _we_did(words: Sequence[str], k: int) -> bool:
    """The passive at ``k`` is the spoken "we": with "me" before it, or "mä" or a workmate
    beside it ("me otettiin", "jussi ja mä otettiin", "otettiin se jussin kaa pois"; not
    "mä odotin kunnes se korjattiin")."""
    if not _a_passive(words[k]):
        return False
    start = max([0, *(j + 1 if words[j - 1:j] not in (["me"], ["minä"]) else j - 1
                      for j in range(max(0, k - 4), k) if words[j] in _CLAUSE_JOINS)])
    # (a subject said before its join stays: "ja me kun avattiin se ite", review236)
    end = min([k + 4, *(j for j in range(k + 1, min(len(words), k + 4))
                        if words[j] in _CLAUSE_JOINS)])
    around = [w for j, w in enumerate(words[start:end], start)
              if not (w in ("yhdessä", "yhessä") and words[j + 1:j + 2] and
                      words[j + 1].endswith(("ssa", "ssä")))]  # ("yhdessä kohdassa")
    before = words[start:k]
    return "me" in before or not _TOGETHER.isdisjoint(around) or (
        "minä" in before and "ja" in before)


def _a_colleagues(words: Sequence[str], k: int) -> bool:
    """The verb at ``k`` is a workmate's, named before it, in the third person ("jussi avaa
    jumin", "jussi avas jumin ite"): no repairer's ("kunnossapito avaa jumin")."""
    if not any(a.get("PERSON") == "3" for a in finnish.analyses(words[k])):
        return False
    at = next((j for j in range(k - 1, max(-1, k - 4), -1) if words[j] not in _BETWEEN), None)
    if at is None:
        return False
    doer = words[at]
    owners = [doer]
    while at and finnish.NAME_CLASSES & finnish.word_classes(words[at - 1]):
        at -= 1  # (a whole name: "jussi virtanen")
    if at and _owns(words[at - 1]) and _a_repairers_word(words[at - 1]):
        owners.append(words[at - 1])  # ("asentaja jussi", "kunnossapidon jussi")
    elif at > 1 and finnish.base_forms(words[at - 1]) & _PERSONS_OF and _owns(words[at - 2]):
        owners.append(words[at - 2])  # ("kunnossapidon mies jussi"; not "ennen huollon
        # tuloa jussi", "huoltomiehen kanssa jussi": review236)
    return not any(map(_a_repairers_word, owners)) and (
        bool(finnish.base_forms(doer) & _WORKMATES) or
                           bool(finnish.NAME_CLASSES & finnish.word_classes(doer)))
    # (not "kunnossapidon mikko avas jumin", "asentaja jussi korjas sen", "kunnossapidon
    # mies jussi …": review233, 235; but "soitin huoltoon mut jussi avas sen", "ilman
    # huoltoa jussi avas jumin", "työkaverini avas jumin": review234-235)


def _taken_out(after: Sequence[str], things: frozenset[str], out: bool = False) -> bool:
    """A taking out of the machine in the words after its verb: "pois", "irti", "ulos"
    (or ``out``, a verb that says it: "poistin sen"), or from one of the story's ``things``
    ("hihnalta"); not out of use ("pois käytöstä"), nor from another place ("pois
    lattialta")."""
    froms = [x for x in after if finnish.cases(x) & _FROM]
    if not _OF_USE.isdisjoint(after) or any(not finnish.base_forms(x) & things for x in froms):
        return False
    return out or not _OUT.isdisjoint(after[:3]) or bool(froms)


def _i_did(word: str) -> bool:
    """A verb of "I" or "we" (not the passive: "kone käynnistetään" is no one's)."""
    return any(a.get("CLASS") == "teonsana" and a.get("PERSON") == "1"
               for a in finnish.analyses(word))


def _said_no(words: Sequence[str], k: int) -> bool:
    """A no on the verb at ``k``: right before it, or before its subject or a word of how
    ("en korjannu", "en mä korjannu", "en ite korjannu", "mä en avasin sitä"; not "ei
    hätää, mä korjasin", "ei, mä korjasin sen")."""
    if not k:
        return False
    if words[k - 1] in NEGATIONS:
        return not (words[k - 1] == "ei" and _i_did(words[k]) and
                    words[k - 2:k - 1] not in (["minä"], ["me"]))  # (also with the verb in
        # a person, as learners say it, "en avasin", "mä ei korjasin"; not "ei, korjasin
        # sen ite": a no answered, then the deed told)
    return k > 1 and words[k - 2] in NEGATIONS and words[k - 1] in _BETWEEN and not (
        words[k - 2] == "ei" and _i_did(words[k]))  # (not "ei, mä korjasin sen": a no
    # answered, then the deed told)


def _made_safe_first(words: Sequence[str]) -> bool:
    """The machine stopped or locked in a condition first: "kun kone on pysäytetty"."""
    return any(finnish.base_forms(w) & _MADE_SAFE and finnish.is_passive_participle(w) and
               not _CONDITIONS.isdisjoint(words[max(0, k - 4):k]) for k, w in enumerate(words))


def _a_thing_of_another(word: str, things: frozenset[str]) -> bool:
    """``word`` names a thing that is none of ``things`` ("oven", "hälytyksen")."""
    return finnish.a_noun(word) and not finnish.base_forms(word) & things


def _a_passive(word: str) -> bool:
    """A passive said yes to ("otettiin", "avataan"; the spoken "we"), not an infinitive
    that reads as the passive after a no ("avata", "korjata": review233)."""
    found = finnish.analyses(word)
    return any(a.get("PERSON") == "4" and a.get("NEGATIVE") == "false" for a in found) and \
        not finnish.has_mood(word, "A-infinitive")


# a machine stopped, shut down or locked first ("pysäytetty", "lukittu"), in a condition
_MADE_SAFE = frozenset({"pysäyttää", "sammuttaa", "lukita"})
_CONDITIONS = frozenset({"kun", "jos", "kunhan"})
# the words of a jam or a stop in a step's story
_JAMS = frozenset({"jumi", "jumiin", "jumissa", "jumittua", "juuttua", "juuttunut",
                   "tukkeutua"})
# a stop that happened, which a restart or a repair answers (nothing is stuck: a taking out
# is no repair there); not one to come ("linja pysähtyy kello kymmenen"), nor where the
# story has it mended ("Kunnossapito korjasi sen. Nyt kaikki toimii.": review232)
_STOPS = frozenset({"pysähtyä"})
_MENDED = frozenset({"korjasi", "korjattu", "korjattiin", "korjannut", "toimii"})


def _stopped(word: str) -> bool:
    """A stop said as done: "pysähtyi", "on pysähtynyt"."""
    return bool(finnish.base_forms(word) & _STOPS) and (
        finnish.is_participle(word) or any(a.get("TENSE") == "past_imperfective"
                                           for a in finnish.analyses(word)))
# …and what a repair may be done to beside the story's things
_JAMMED = frozenset({"jumi", "kone", "linja", "hihna", "liukuhihna", "kuljetin", "laite"})
# deeds of mending, freeing or restarting a machine
_REPAIRS = frozenset({"korjata", "käynnistää", "irrottaa", "avata", "kuitata"})
# …taking the stuck thing out by hand ("otin sen pois", "vedin laatikon irti", "kiskoin
# laatikon hihnalta")
_TAKING = frozenset({"ottaa", "vetää", "kaivaa", "nostaa", "repiä", "kiskoa", "poistaa"})
_OUT = frozenset({"pois", "irti", "ulos"})
# …and switching it on ("laitoin linjan päälle")
_SWITCHING = frozenset({"laittaa", "panna", "kytkeä"})
_ANY_REPAIR = _REPAIRS | _TAKING | _SWITCHING
# the mending of a broken thing ("korjasin sen ite", "teippasin johdon")
_MENDING = frozenset({"korjata", "teipata", "suoristaa", "oikaista", "hitsata", "naulata",
                      "liimata", "kiristää"})  # (not "paikata": "paikkaan" is a place too,
# "laitoin sen samaan paikkaan", review241; nor "vaihtaa", the tool swapped for another:
# "vaihdan porakoneen"; nor "purkaa", also unloading: "puran sen", review74; nor "avata",
# a load opened to check it: "avasin kuorman", review269)
_OPENING = frozenset({"purkaa"})  # (a machine taken apart: "purin sen ja katoin"; not
# "avata", a door or a lid opened to check or to change a bag: "avasin sen ja katoin
# lämpömittaria", review270)
_MACHINES = ("kone", "laite", "kuljetin", "nosturi", "trukki", "imuri", "sorvi", "pora",
             "pakastin", "uuni", "hissi", "kylmähuone")
# what a worker reports broken and leaves to a repairer: machines, and things whose fault
# hurts (a shelf, a pallet, a cord, a lift's lock, a trolley)
_EQUIPMENT = (*_MACHINES, "hylly", "lava", "teline", "tikkaat", "tikas", "johto",
              "rullakko", "lukitus", "nostin", "nostoliina", "pyörätuoli", "sänky", "hana",
              "liesi", "kaappi", "pistorasia", "kärry", "kärryt", "kannatin", "keitin",
              "pesuri", "vaaka")  # (not "liina": "pöytäliina"; nor "ovi": review271)
_ANOTHER = frozenset({"toinen", "uusi", "vara"})
_WORKING = frozenset({"toimia", "käynnistyä", "liikkua", "sulkeutua", "aueta"})
# …and a broken machine's parts, mended as it is ("teippasin johdon", review268)
_PARTS = frozenset({"johto", "terä", "akku", "pistoke", "töpseli", "kaapeli", "letku",
                    "kytkin", "lukitus"})  # (not "jalka", "pyörä": a leg, a bicycle too)
# the words of a thing broken in the answers' report (a jam is the story above)
_BROKEN = frozenset({"rikki", "rikkinäinen", "vika", "viallinen", "vaurioitunut",
                     "epäkunto", "vuotaa"})
_FROM = frozenset({"ulkoeronto", "sisaeronto"})
# …not out of use, which is what the lessons ask ("otan sen pois käytöstä": review75)
_OF_USE = frozenset({"käytöstä", "käytössä"})
# the pronouns of the thing repaired, and persons a deed may be done to instead
_IT = frozenset({"se", "sen", "sitä", "ne", "niitä"})
_PERSONS = frozenset({"hänet", "häntä", "hänen", "minut", "sinut", "heidät"})
# verbs of "I" whose infinitive after them is another's deed ("pyysin huoltomiestä
# korjaamaan", "odotan kunnossapitoa korjaamaan sen")
_ASKING = frozenset({"pyytää", "kutsua", "odottaa", "käskeä", "soittaa", "sanoa", "neuvoa",
                     "ilmoittaa", "hälyttää", "kieltää", "estää", "varoittaa"})
# the cases of a place phoned or gone to, not a doer ("soitin huoltoon")
_TO_OR_FROM = frozenset({"sisatulento", "ulkotulento", "sisaeronto", "ulkoeronto"})
# "we" beside a passive, and the workmates a deed may be said of
_CLAUSE_JOINS = frozenset({"kunnes", "kun", "että", "jotta", "koska"})  # (a clause of its
# own: "mä odotin jussin kanssa kunnes jumi avattiin", review235)
_TOGETHER = frozenset({"kanssa", "kaa", "yhdessä", "yhessä"})  # ("mä jussin kanssa",
# "jussin kaa"; with "ja" only beside "mä": _we_did)
_WORKMATES = lexicon.get().workmates  # (lessons/lexicon/people.yaml)
# the departments whose people mend ("kunnossapidon mikko")
_SERVICE = lexicon.get().services
# words between a no and its verb ("en mä korjannu", "en ite korjannu")
_BETWEEN = frozenset({"minä", "me", "itse", "vielä", "enää", "sitä", "sen"})
