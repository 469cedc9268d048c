"""An unsafe deed said beside a right answer (issue 12): "pesen kädet ja laitan käden
koneeseen", "painan hätäseis ja korjaan sen itse", "laitan kypärän ja otan sen pois".
answer_inside and extra_clause take a right answer with a deed more, as trainers do where
the deed fits ("soitan hätänumeroon ja autan", "odota hetki, kysyn keittiöstä": sets 1–18
grade such answers correct); a deed no trainer praises anywhere is almost, with the right
answer to say alone. Which deeds those are is data (``UNSAFE_DEEDS``), read by base form,
each within one clause of what is said beside the answer (split at "ja", "tai", "mutta"):
not in a clause that says no ("enkä mene kuorman alle"), nor after kun, jos, koska, kuin…
in it (a condition, an order of the lesson's own: "ja kun kosken raakaa lihaa"). A pronoun
stands for any thing (a noun) the step names ("otan sen pois" after "laitan kypärän"). A step whose
own answers or keywords say the deed asks about it and is judged as before, and a step's
foreseen mistake keeps its own verdict (judged first). Washing hands, then touching raw
meat is the hygiene lessons' own teaching, told from the unsafe order only by time words:
no such deed here."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from valkky.judge import finnish
from valkky.judge.case import Case, Detail, Judgement, fuzz_module, normalised
from valkky.judge.polarity import main_clauses
from valkky.judge.wordsets import GOING_VERBS, MACHINE_STOPPED, NEGATIONS

# Each deed: its words in base form, "|" between words that say the same; every word said
# (in any form; with ">" into it, the illative: "koneeseen", not "koneen viereen") in one
# clause beside the right answer says the deed. The verb comes first; each word is a base
# form Voikko gives (tests: seisoa, not seistä). Gloves are no hand: "laitan käsineet".
UNSAFE_DEEDS = (
    "korjata itse|yksin|teippi",          # korjaan sen itse, korjaan sen teipillä
    "vaihtaa terä|sulake|osa itse|yksin",   # vaihdan terän itse
    "nostaa yksin|selkä",                 # nostan asukkaan yksin, nostan selällä (the back
    # not with a straight word: "nostetaan yhdessä ja selkä suorana", review200, 202)
    "laittaa|panna|työntää käsi|sormi kone>|terä>|laite>|kuljetin>|hihna>",  # koneeseen
    # under a load: going, standing, waiting or working there (review205: "odotan
    # nosturin alla", "kuljen kuorman ali", "menen trukin piikkien alle")
    # (or reaching there: "haen työkalut pois nosturin alta", review206)
    "mennä|kävellä|seisoa|kulkea|odottaa|tehdä|työskennellä|käydä|hakea|noutaa|ottaa "
    "alla|ali kuorma|nostokuorma|lavakuorma|taakka|piikki|haarukka",
    "mennä|kävellä|seisoa|kulkea|odottaa|tehdä|työskennellä|käydä|hakea|noutaa|ottaa "
    "alla|ali nosturi|nostin|henkilönostin",
    # (review204; not a car's lift: _NOT_WHERE)
    "ottaa kypärä|suojalasi|suojalasit|kuulosuojain|kuulonsuojain|hengityssuojain|"
    "turvakenkä|valjaat pois",            # otan kypärän pois
    "riisua kypärä|suojalasi|suojalasit|kuulosuojain|kuulonsuojain|hengityssuojain|"
    "turvakenkä|valjaat",                 # riisun kypärän
    # going without it, whatever the deed ("siivoan työmaan ilman kypärää", review54: was
    # right); "ilman" by its own base form, not "ilma" (air)
    "ilman kypärä|suojalasi|suojalasit|kuulosuojain|kuulonsuojain|hengityssuojain|"
    "turvakenkä|valjaat|hiusverkko|varoituskyltti",
    "jättää kone|laite|liesi|uuni päälle|käyntiin",
    "sekoittaa aine|kemikaali|pesuaine|puhdistusaine",   # sekoitan aineita
    "hieroa|hangata|raapia silmä",        # hieron silmää (review187)
    "käynnistää kone|laite",              # (only after a stop: _ONLY_WHERE)
    "painaa vihreä",                      # painan vihreää nappia (only after a stop; review194)
    # broken glass by hand, or left lying (the shop lessons' review: "laitoin kyltin ja
    # keräsin sirpaleet käsillä"); a glass is a shard only where the step says one broke
    "kerätä|poimia|siivota|putsata|nostaa sirpale|lasinsirpale käsi",  # (not ottaa: "otin
    # harjan käteen, lakaisin sirpaleet" takes the brush in hand; review116)
    "kerätä|poimia|siivota|putsata|nostaa lasi käsi",  # (_ONLY_WHERE: broken)
    "jättää sirpale|lasinsirpale",                              # jätin sirpaleet lattialle
    "jättää lasi lattia",                                       # (_ONLY_WHERE: broken)
    # anything put in front of an emergency exit (a door alone may be any door; "eteen" as
    # said: its base form is also "edestä"'s, moving things away)
    "siirtää|laittaa|panna|viedä|jättää|työntää|pinota|kasata "
    "hätäuloskäynti|hätäovi|uloskäynti|varauloskäynti|poistumistie eteen",
)
# the five above (unsafe_beside), and the green button after the answer's own "painan"
# ("painan hätäseis ja sitten vihreää nappia")
_WITH_ITS_VERB = frozenset({*UNSAFE_DEEDS[-5:], "painaa vihreä"})
_BROKEN = frozenset({"sirpale", "lasinsirpale", "rikki", "rikkinäinen", "hajota", "rikkoa",
                     "särkyä", "rikkoutua", "pudota", "pudottaa"})
# deeds unsafe only where the step's answers say one of these: a machine started again
# after the emergency stop ("painan hätäseis ja käynnistän koneen"), not after ear muffs;
# a glass picked up by hand or left on the floor where one broke, not a glass served
_ONLY_WHERE = {"käynnistää kone|laite": frozenset({"hätäseis", "pysäyttää", "sammuttaa"}),
               "painaa vihreä": MACHINE_STOPPED,
               "kerätä|poimia|siivota|putsata|nostaa lasi käsi": _BROKEN,
               "jättää lasi lattia": _BROKEN}
# …and not where they say one of these: an oven left on where switching it on is asked
_NOT_WHERE = {"jättää kone|laite|liesi|uuni päälle|käyntiin": frozenset({"päälle", "käyntiin"}),
              "mennä|kävellä|seisoa|kulkea|odottaa|tehdä|työskennellä|käydä|hakea|"
              "noutaa|ottaa alla|ali nosturi|nostin|henkilönostin": frozenset({
                  "auto", "tukipukki", "rengas", "autonosturi"})}
# out from under ("menen pois nosturin alta"): no going under (review205)
_OUT_FROM = frozenset({"pois", "ulos"})
# a subordinate clause: what follows is a condition or a time, not a deed done
_SUBORDINATE = frozenset({"kun", "jos", "koska", "kunnes", "kuin", "jotta", "että", "ettei",
                          "jottei", "vaikka", "jälkeen"})
_PRONOUNS = frozenset({"se", "ne", "tämä", "nämä", "tuo", "nuo"})
_PRESSING = frozenset({"painaa", "painella", "työntää"})  # (carried to a clause without one)
# how a deed is done, no thing a pronoun stands for ("korjaan sen" is no "korjaan teipillä";
# Voikko reads itse and yksin as nouns too)
_HOW = frozenset({"itse", "yksin", "yksi", "teippi", "selkä"})


@cache
def _deeds() -> tuple[tuple[str, tuple[frozenset[str], ...]], ...]:
    """Each deed's text (the key of its conditions) and its words' alternatives."""
    return tuple((deed, tuple(frozenset(alt.split("|")) for alt in deed.split()))
                 for deed in UNSAFE_DEEDS)


def _clauses(beside: list[str]) -> list[list[str]]:
    """The clauses of ``beside`` that say a deed done: split at "ja", "tai", "mutta"; a
    clause with a no left out, a subordinate part cut off; a clause with no verb of its own
    (and no time or condition) with the verb of the clause before, a verb of pressing from
    any clause before ("painan hätäseis ja ilmoitan … ja sitten vihreää nappia")."""
    kept = []
    verb: str | None = None
    for clause in main_clauses(beside):
        cut = next((i for i, w in enumerate(clause) if w in _SUBORDINATE), len(clause))
        own = next((w for w in clause[:cut] if finnish.only_a_verb(w)), None)
        if own is None and verb is not None and clause[:cut] and cut == len(clause):
            # (not where a time or a condition follows: "otan ne ja kypärän pois työn
            # jälkeen", review127)
            clause = [verb, *clause]
            cut += 1
        # (the last verb before, and a verb of pressing from any clause before: "painan
        # hätäseis ja ilmoitan … ja sitten vihreää nappia", review201)
        verb = own if own is not None and (
            _PRESSING & finnish.base_forms(own) or verb is None or
            not _PRESSING & finnish.base_forms(verb)) else verb
        if clause[:cut] and NEGATIONS.isdisjoint(clause):
            kept.append(clause[:cut])
    return kept


def _forms(word: str) -> frozenset[str]:
    """``word`` as said and in its base forms, each also with ">" where it is illative."""
    forms = finnish.base_forms(word) | {word}
    if any(case == "sisatulento" for case, _ in finnish.case_numbers(word)):
        forms |= {f"{f}>" for f in forms}
    return forms


def _said(alternatives: frozenset[str], forms: list[frozenset[str]]) -> set[str]:
    """Which of ``alternatives`` the words (their ``forms``) say."""
    return {a.rstrip(">") for f in forms for a in alternatives & f}


def unsafe_deed(c: Case, beside: list[str],
                among: frozenset[str] | None = None) -> tuple[frozenset[str], ...] | None:
    """The unsafe deed one clause of ``beside`` says, in words the step's answers and
    keywords do not all say (its verb alone may be theirs: "laitan käsidesiä" is no "laitan
    käden koneeseen"; "sekoitan aineita" beside "sekoitan pesuaineen veteen" is), or None;
    with ``among``, only those deeds (by their text)."""
    # (the step's words and things are read only where needed: most answers say no deed
    # of the list, and no pronoun for a thing)
    step: set[str] | None = None
    things: frozenset[str] | None = None
    for clause in _clauses(beside):
        forms = []
        stand_ins = set()
        for k, w in enumerate(clause):
            if finnish.base_forms(w) & _PRONOUNS and "asemosana" in finnish.word_classes(w):
                # (a thing named before it in the clause is what it stands for: "keräsimme
                # lasit niillä" names no hands; else any thing of the step's)
                before = _nouns(clause[:k])
                things = _things(c) if things is None else things
                forms.append(before or things)
                stand_ins.add(k)
            else:
                forms.append(_forms(w))
        for text, deed in _deeds():
            if among is not None and text not in among:
                continue
            said = _said_each(deed, forms, stand_ins)
            if said is None:
                continue
            if step is None:
                step = finnish.base_forms_of((*(n for _, n in c.accepted), *c.keywords))
            if said[1:2] == [{"selkä"}] and _kept_upright(clause):
                continue  # the back kept straight: no lifting with it
            if said[1] & {"alla", "ali"} and _out_from_under(clause):
                continue  # out from under it
            if not all(not s.isdisjoint(step) for s in said) and \
                    ((only := _ONLY_WHERE.get(text)) is None or not only.isdisjoint(step)) and \
                    _NOT_WHERE.get(text, frozenset()).isdisjoint(step):
                return deed
    return None


def _out_from_under(clause: Sequence[str]) -> bool:
    """The clause goes out from under a thing, and nowhere under it: "menen pois nosturin
    alta" (not "haen laudan pois kuorman alta", "seison kuorman alla ja menen pois alta":
    review206)."""
    verbs = [w for w in clause if finnish.is_verb(w)]
    return "alta" in clause and _UNDER.isdisjoint(clause) and \
        not _OUT_FROM.isdisjoint(clause) and bool(verbs) and \
        bool(finnish.base_forms(verbs[-1]) & _GOING_OUT) and \
        all(finnish.base_forms(v) & _BEFORE_GOING_OUT for v in verbs[:-1]) and \
        not any(finnish.base_forms(w) & _FETCHING for w in clause)  # (also "menen
    # nopeasti pois kuorman alta", "menen kuorman alta pois": review207; the going its
    # last verb, not "menen siivoamaan roskat pois kuorman alta": review208; "täytyy mennä
    # pois kuorman alta", review209)


_UNDER = frozenset({"alla", "alle", "ali"})
# a verb before the going out that does nothing there: a must, or asking others (not
# "odotan vähän sitten menen pois kuorman alta": review210)
_BEFORE_GOING_OUT = frozenset({"täytyä", "pitää", "pyytää", "käskeä", "sanoa", "voida"})
_GOING_OUT = (GOING_VERBS - {"käydä"}) | {"siirtyä", "astua"}  # (a visit goes in and out)
_FETCHING = frozenset({"hakea", "noutaa", "ottaa"})


def _kept_upright(clause: Sequence[str]) -> bool:
    """"selkä" said upright: as a state beside it, the back in no adessive ("selkä suorana",
    "selkä suora", "selkä pystyyn"), or an upright adjective in the back's own case
    ("suoralla selällä", "suorin selin"). Never the adessive "selällä" by an adverb beside
    it ("selällä suoraan", "… pystyyn", "… oikein": the lift with the back; review203-205)."""
    for k, w in enumerate(clause):
        if "selkä" not in finnish.base_forms(w):
            continue
        mine = finnish.cases(w)
        for x in (*clause[max(0, k - 1):k], *clause[k + 1:k + 2]):
            if "ulkoolento" not in mine and (x in _UPRIGHT or x in _ADVERBS_OF_UPRIGHT):
                return True
        if any(x not in _ADVERBS_OF_UPRIGHT and "suora" in finnish.base_forms(x) and
               any("laatusana" in kind for kind in finnish.word_classes(x)) and
               finnish.case_numbers(w) & finnish.case_numbers(x)
               for x in (*clause[max(0, k - 1):k], *clause[k + 1:k + 2])):
            return True  # an adjective beside it, in its case and number ("suoralla
            # selällä", "selällä suoralla"; not "selällä suorilla jaloilla": review206-207)
    return False


# the back's state (essive, translative, inessive of "pysty")
_UPRIGHT = frozenset({"suorana", "suorassa", "suoraksi", "suoraks", "pystyssä",
                      "pystysuorassa", "pystysuorana"})
# …and what says it of the back itself, not of the lift ("selkä suora", "selkä oikein")
_ADVERBS_OF_UPRIGHT = frozenset({"suora", "suoraan", "suoraa", "suoran", "pystyyn", "oikein"})


def _said_each(deed: tuple[frozenset[str], ...], forms: list[frozenset[str]],
               stand_ins: Collection[int] = ()) -> list[set[str]] | None:
    """What the words (their ``forms``) say of each word of ``deed`` (its alternatives), or
    None where one is not said (read no further: most deeds miss their first word). A
    pronoun (at ``stand_ins``) stands for one thing only: "keräsin ne harjalla" names no
    hands as well as the glass (review147)."""
    said = []
    used: set[int] = set()
    for alternatives in deed:
        if not (found := _said(alternatives, forms)):
            return None
        if stand_ins:
            at = [k for k, f in enumerate(forms) if alternatives & f and k not in used]
            if not at:
                return None
            if all(k in stand_ins for k in at):
                used.add(at[0])
        said.append(found)
    return said


def _nouns(words: Sequence[str]) -> frozenset[str]:
    """The base forms of the nouns ``words`` say, of words that are no verb too: the
    clause's verb names no thing ("hankaan niitä" is rubbing the eyes, not "hanka")."""
    return frozenset(a["BASEFORM"].casefold() for w in words
                     if "teonsana" not in finnish.word_classes(w)
                     for a in finnish.analyses(w)
                     if a.get("CLASS") == "nimisana" and "BASEFORM" in a) - _HOW


def _things(c: Case) -> frozenset[str]:
    """The things the step's answers, keywords and mistakes name (their nouns' base forms),
    which a pronoun may stand for: a noun's reading only, not a verb's a word also has
    ("käynnistä": käynti's elative, or the command; the pronoun is no "käynnistää")."""
    return frozenset(a["BASEFORM"].casefold()
                     for text in (*(n for _, n in c.accepted), *c.keywords,
                                  *map(normalised, c.mistakes)) for w in text.split()
                     for a in finnish.analyses(w)
                     if a.get("CLASS") == "nimisana" and "BASEFORM" in a) - _HOW


def unsafe_beside(c: Case, beside: list[str], closest: str | None) -> Judgement | None:
    """Almost where ``beside`` (what is said beside the right answer ``closest``, outside
    it) says an unsafe deed (``unsafe_deed``)."""
    if not beside or c.options:
        return None  # a choose step's option: judged as before
    # (a repeat step's model with an unsafe deed more is no model said: "koneessa on vika,
    # korjaan sen itse" after "Älä korjaa sitä itse", set 38's step; was correct)
    # the deed in what is said beside, or (glass by hand, an exit blocked) the answer's own
    # verb with a how or a where said beside it ("laitoin kyltin ja siivosin lasit käsillä"):
    # an accepted answer alone says no deed (its words are all the step's). Not the older
    # deeds: "nostan työkaverin kanssa selkä kumarassa" is the step's own mistake, found later
    if unsafe_deed(c, beside) is None and \
            unsafe_deed(c, c.heard.split(), _WITH_ITS_VERB) is None:
        return None
    c.note(f"'{' '.join(beside)}': an unsafe deed beside the right answer")
    if closest is None:
        return c.judgement("almost")
    c.closeness = fuzz_module().ratio(c.heard, normalised(closest))
    # (the detail words the robot's reply: "Melkein! Sano: pesen kädet.")
    return c.judgement("almost", closest=closest,
                       detail=Detail(expected=normalised(closest), heard=c.heard))


def outside(words: list[str], answer: str) -> list[str]:
    """``words`` without the first place ``answer`` (normalised) is said whole, "ja" where
    it was: what is said beside it, its second mention kept ("laitan kypärän ja otan
    kypärän pois")."""
    parts = answer.split()
    n = len(parts)
    at = next((i for i in range(len(words) - n + 1) if words[i:i + n] == parts), None)
    return words if at is None else [*words[:at], "ja", *words[at + n:]]
