"""The word sets the judge's rules go by: frame words, polite extras, greetings, subject
pronouns, negative verbs, "I don't know" and bare acknowledgements (most from the shared
lexicon, lessons/lexicon/).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from valkky.judge import lexicon

# Words a learner adds around an answer that change nothing ("se on moppi", "moppi,
# kiitos"): the shared lexicon's frame words and polite extras (lessons/lexicon/fillers.yaml).
FRAME = lexicon.get().frame  # without the polite extras
FRAME_WORDS = FRAME | lexicon.get().polite


# Words whose place carries the meaning: "desinfioi ennen kuin peset" is not "pese ennen
# kuin desinfioit" (lessons/lexicon/fillers.yaml, order).
ORDER_WORDS = lexicon.get().order


# Titles a learner addresses someone by, said after a comma ("Ymmärrän, opettaja."): no
# object of the verb before it.
ADDRESSED = frozenset({"esimies", "pomo", "opettaja", "ope", "työnjohtaja", "hoitaja",
                       "kokki", "kaveri", "herra", "rouva", "neiti", "lääkäri", "asentaja",
                       "työkaveri", "esihenkilö"})


# Greetings and thanks, which take a name or title after them ("huomenta pomo").
GREETINGS = lexicon.get().greetings


# A polite word that is a greeting, thanks or apology is an extra only where the answer is
# something else: "anteeksi" is what one says on bumping into someone, and "pyydän
# anteeksi" is not "pyydän" with an extra.
SPEECH_ACTS = lexicon.get().polite & GREETINGS


# Words around an answer that say no answer of their own, which a foreseen mistake said
# with them is still that mistake ("okei lääkärille", "lääkärille, selvä"; judge/foreseen.py)
EXTRAS = FRAME_WORDS | GREETINGS | lexicon.get().acknowledgements


# Droppable subjects: Finnish drops "minä"/"sinä" as a rule, and an answer to a question
# about someone drops "hän" ("Mitä hän painaa?" – "Painaa nappia.").
SUBJECT_PRONOUNS = {"minä", "sinä", "me", "te", "hän", "he"}
# a subject pronoun's person and number, as Voikko names a verb's (spoken mä/sä too)
PRONOUN_PERSONS = {"minä": ("1", "singular"), "mä": ("1", "singular"),
                   "sinä": ("2", "singular"), "sä": ("2", "singular"),
                   "me": ("1", "plural"), "te": ("2", "plural"),
                   "hän": ("3", "singular"), "he": ("3", "plural")}
# The people a third-person verb may speak of ("hän kertoo esimiehelle"), beside "I" and "you"
THIRD_PERSONS = frozenset({"hän", "he"})

# The words (base forms) of stopping a machine: where a step's answers say one, the
# green button starts what they stop (compare, unsafe_more; review194-196). Not "seis",
# which a report says of a line stopped by itself ("linja on seis, painoin vihreää
# nappia": review198)
MACHINE_STOPPED = frozenset({"hätäseis", "hätäpysäytin", "pysäyttää", "sammuttaa",
                             "irrottaa", "irti", "päältä"})
# The words for the person a question names, by that person's role: a coworker, a resident
# in care ("asiakas" there too), a shop's customer (deed_time, rules; review198-199)
_COWORKER = frozenset({"työkaveri", "kollega", "työtoveri", "kaveri", "työntekijä"})
_RESIDENT = frozenset({"asukas", "potilas", "asiakas", "vanhus", "mummo", "mummi", "pappa",
                       "vaari", "ukki"})
_ELDERLY = frozenset({"vanhus", "mummo", "mummi", "pappa", "vaari", "ukki"})
SAME_ROLE = {**dict.fromkeys(_COWORKER, _COWORKER), "asukas": _RESIDENT, "potilas": _RESIDENT,
             "asiakas": _ELDERLY | {"asiakas", "ostaja", "lapsi", "tyttö", "poika"}}
# The words a question asks where with ("Missä se tapahtui?")
WHERE_ASKED = frozenset({"missä", "mihin", "mistä", "minne", "mistäpäin", "kuinne"})
# Question words (as said, and base forms: "mistä" is "mikä"): a clause with one asks
QUESTION_WORDS = frozenset({"mikä", "mitä", "missä", "mihin", "mistä", "kuka", "kuinka", "miten",
                            "millainen", "paljonko", "montako", "monesko", "kumpi", "milloin"})


# "se" and "ne" said for the thing a sentence speaks of, in their case and number
THING_PRONOUNS: Mapping[str, tuple[str, str]] = {"se": ("nimento", "singular"),
                                                 "ne": ("nimento", "plural")}
# Speech calls a person "se" as it calls a thing (A1-A2 learners hear it at work every day):
# "sillä on kova kuume" for "hänellä on kova kuume" (sets 27, 51, 52, both trainers). Each
# form of "hän"/"he" beside the same case and number of "se"/"ne"; not the other way round.
SPOKEN_PERSON = {"hän": "se", "hänen": "sen", "häntä": "sitä", "hänet": "sen",
                 "hänelle": "sille", "hänellä": "sillä", "häneltä": "siltä", "hänessä": "siinä",
                 "häneen": "siihen", "hänestä": "siitä", "he": "ne", "heidän": "niiden",
                 "heitä": "niitä", "heidät": "ne", "heille": "niille", "heillä": "niillä",
                 "heiltä": "niiltä"}
# pronouns that stand in for a thing or a person named before ("en käytä konetta, käytän
# sitä", "pysäytin varkaan" … "pysäytän hänet")
STAND_INS = frozenset({"se", "sen", "sitä", "ne", "niitä", "niiden", "siihen", "niihin",
                       "siinä", "niissä", "hänet", "häntä", "heidät", "heitä"})
# …which a short answer leaves out as well: "ei käynnisty" for "se ei käynnisty", "ovat
# valmiita" for "ne ovat valmiita"
UNSAID_SUBJECTS = SUBJECT_PRONOUNS | set(THING_PRONOUNS)

# se, tämä and tuo beside their plurals, case by case; the object's accusative too ("otan
# sen" is "otan ne" said of one thing): judge/pronoun_number.py
NUMBER_PAIRS: tuple[tuple[str, str], ...] = (
    ("se", "ne"), ("sen", "ne"), ("sen", "niiden"), ("sitä", "niitä"), ("siihen", "niihin"),
    ("siinä", "niissä"), ("siitä", "niistä"), ("sillä", "niillä"), ("sille", "niille"),
    ("siltä", "niiltä"),
    ("tämä", "nämä"), ("tämän", "nämä"), ("tätä", "näitä"), ("tähän", "näihin"),
    ("tässä", "näissä"), ("tästä", "näistä"),
    ("tuo", "nuo"), ("tuon", "nuo"), ("tuota", "noita"))


# Words a no says beside its deed that are no deed of their own (issue 12): a pronoun for
# the thing ("en koske sitä") and a modal or auxiliary verb ("en voi tulla"), by base
# form. Said with a yes ("kerron siitä esimiehelle", "voin huonosti") they reverse nothing;
# the deed's own verb or thing does (rules.denied_said_yes).
NOT_THE_DEED = frozenset({"se", "ne", "tämä", "nämä", "tuo", "nuo", "hän", "he",
                          "voida", "pitää", "saada", "olla", "täytyä", "joutua"})


# se, tämä and tuo point at one thing, case by case (each row one case and number, in that
# order; issue 12): "hän ei voi syödä tätä" says "… sitä" (judge/pointers.py). Not the
# essive and translative ("sinä", "siksi" are other words), nor here and there (CONTRASTS).
# (not "siinä", "tässä", "tuossa": where the learner is, "hei tässä ali" on the phone, not
# "hei siinä ali")
POINTERS: tuple[tuple[str, str, str], ...] = (
    ("se", "tämä", "tuo"), ("sen", "tämän", "tuon"), ("sitä", "tätä", "tuota"),
    ("siitä", "tästä", "tuosta"), ("siihen", "tähän", "tuohon"),
    ("sillä", "tällä", "tuolla"), ("siltä", "tältä", "tuolta"), ("sille", "tälle", "tuolle"),
    ("ne", "nämä", "nuo"), ("niiden", "näiden", "noiden"), ("niitä", "näitä", "noita"),
    ("niissä", "näissä", "noissa"), ("niistä", "näistä", "noista"),
    ("niihin", "näihin", "noihin"), ("niillä", "näillä", "noilla"),
    ("niiltä", "näiltä", "noilta"), ("niille", "näille", "noille"))
POINTER_FORMS = frozenset(w for row in POINTERS for w in row)  # (any of them, any case)
# "otherwise": what follows is said of the rest ("…, muuten kuorma oli ok")
OTHERWISE = frozenset({"muuten", "muutoin"})


# The negative verb turns an answer into its opposite: "en ilmoita" is not a slip of
# "ilmoitan", whatever its letters say.
NEGATIONS = frozenset({"ei", "en", "et", "emme", "ette", "eivät", "älä", "älkää", "eikä",
                       "enkä", "etkä", "emmekä", "ettekä", "eivätkä"})
# nobody, nothing, none of two, never, at all: each case of the pronouns as said (the
# clitic -kaan/-kään is -an/-än after a vowel: ketään, mitään), and speech's dropped n
NEEDS_A_NO = frozenset({
    "kukaan", "ketään", "kenenkään", "kenellekään", "kenelläkään", "keneltäkään",
    "keneenkään", "kenestäkään", "kehenkään",
    "mikään", "mitään", "minkään", "missään", "mistään", "mihinkään", "millään",
    "millekään", "miltään",
    "kumpikaan", "kumpaakaan", "kummankaan", "kummallekaan",
    "koskaan", "ikinä", "yhtään", "lainkaan", "ollenkaan",
    "kukaa", "ketää", "mikää", "mitää", "missää", "mistää", "koskaa"})
# A command's no ("älä nosta yksin"), and with -kä ("… äläkä jatka työtä"), which NEGATIONS
# leaves out: open_deeds reads it by its base form, and a no of it in NEGATIONS turned right
# answers wrong ("pyydä apua äläkä laita jarrut pois"); the rules that need it add it
PROHIBITIVE = frozenset({"älä", "älkää"})
PROHIBITIVE_AND = frozenset({"äläkä", "älkääkä"})
EVERY_NO = NEGATIONS | PROHIBITIVE_AND


# The prohibitive verb without its dots: "ala laita kättä koneeseen" is a learner's "älä"
# (a trainer hears the umlaut slip, not the opposite), where an accepted answer has the
# word meant. A spoken word → the negative verbs it may stand for, the likelier first.
NEGATION_SLIPS: Mapping[str, tuple[str, ...]] = {"ala": ("älä", "älkää"),
                                                 "alkaa": ("älkää",)}


# "I don't know" shares a verb with no answer; it is never a near miss.
DONT_KNOW = frozenset({"en tiedä", "en minä tiedä", "en osaa", "en muista", "en ymmärrä",
                       "en ymmärtänyt", "ei aavistustakaan", "en tiedä sitä", "en tiedä mikä"})
# Unsure, said before a right answer: the learner hedges, then answers ("en tiedä, kysyn
# kokilta"; set 10).
# Of those, the ones of an answer not known, whose nominative after it starts the answer
# ("en tiedä numero seitsemän"; "en muista nimi" stays an object's slip)
UNSURE_LEADS = frozenset({"en tiedä", "en minä tiedä", "ei aavistustakaan"})
# Someone else with the learner: "we" is then not the learner alone (rules.mistake_beside)
WITH_OTHERS = frozenset({"yhdessä", "kanssa", "kanssani", "kanssamme", "avulla", "apua"})
# Verbs of calling or telling someone: the one called is in the "we" said after them; their
# -matta ("kysymättä", "ilmoittamatta") is doing it on one's own
CALLING_VERBS = frozenset({"soittaa", "kertoa", "ilmoittaa", "pyytää", "kutsua", "kysyä",
                           "hälyttää", "odottaa"})
# ...the ones that call or tell someone now (a report, an alarm): a foreseen mistake that
# only calls or tells the one in charge is no wrong deed after the right one (rules), and a
# break room puts them off (deed_time)
CALLING_OR_TELLING = frozenset({"soittaa", "kertoa", "ilmoittaa", "kutsua", "hälyttää"})
# The one in charge at work, by any of its names (a report to one is to the other)
IN_CHARGE = frozenset({"esimies", "esihenkilö", "pomo", "työnjohtaja", "vuoropäällikkö",
                       "työnjohto", "lähimies", "lähiesimies"})
# Verbs of telling or noticing: what a clause at "että", "kun"… after them says of a thing or
# a third person is reported, no deed of the learner's (reported.py)
REPORTING_VERBS = frozenset({"kertoa", "ilmoittaa", "sanoa", "huomata", "nähdä", "soittaa",
                             "huomauttaa", "mainita", "varoittaa", "raportoida", "kirjoittaa",
                             "selittää", "todeta", "kuulla", "hälyttää"})
# What a report must say for its no to be no no of the learner's (reported.py, after review):
# a fault of a thing or a person, by base forms, said yes ("kone on rikki", "hana vuotaa",
# "asukas kaatui"); the everyday words of a broken, dangerous or missing thing and of harm,
# not of a state that is fine or a deed
FAULTS = frozenset({"rikki", "rikkoutua", "hajota", "vuotaa", "vääntyä", "vääntynyt", "märkä",
                    "liukas", "kuuma", "haista", "puuttua", "loppua", "loppu", "tyhjä",
                    "kipeä", "sattua", "kaatua", "loukkaantua", "loukkaantunut", "irti",
                    "poikki", "halki", "savuta"})
# …and with them the words of a thing damaged or worn ("vika", "vaurioitunut", "kulunut"):
# a fault said for another word, or a thing called fine that the answers tell is faulty
FAULT_WORDS = FAULTS | frozenset({"vaurioitunut", "vaurioitua", "vaurio", "viallinen", "vika",
                                  "rikkinäinen", "huono", "kulunut", "epäkunto", "haljeta",
                                  "halkeama", "lommo", "naarmu", "likainen", "jumi",
                                  "jumittua", "juuttua", "tukkeutua", "tukos", "ongelma"})
# ... or the no of a verb of working or holding ("kone ei toimi", "ovi ei sulkeudu"), or of
# "olla" with a word of good state ("tikkaat ei ole kunnossa", "johto ei ole ehjä")
FAULT_WHEN_NO = frozenset({"toimia", "käydä", "kestää", "pysyä", "sulkeutua", "käynnistyä",
                           "palaa", "aueta"})
GOOD_STATE = frozenset({"kunto", "kunnossa", "ehjä", "suora", "paikallaan"})
# States that call for a deed beside the faults: a fault named, a mess, a thing too strong,
# dirty or dangerous, an allergy (review159)
WHY_DONE = frozenset({"sotkuinen", "likainen", "vahva", "voimakas", "väkevä", "painava",
                      "raskas", "pölyinen", "vika", "epäkunto", "jumi", "jumissa",
                      "vaarallinen", "allergia", "allerginen", "viallinen"})
# The learner's message that they cannot come, said no after "että" ("soitan esimiehelle,
# etten pääse tänään"; judge43): the message of the call, no no of the answer
NOT_COMING = frozenset({"päästä", "tulla", "ehtiä"})
CAN = frozenset({"voida", "pystyä", "jaksaa"})  # … with "tulla" or alone: "en voi tulla"
# Verbs of going on or using: a report with one is no fault told ("kone jatkaa", "sitä voi
# käyttää"), whoever says it
CARRY_ON = frozenset({"jatkaa", "jatkua", "käyttää"})
# Words that make a thing another one ("jatkan toisella imurilla", "muita töitä"): going on
# with it is no going on with the step's (judge/carry_on.py), by base form
ANOTHER_THING = frozenset({"toinen", "muu", "uusi", "eri", "ehjä", "oikea", "toimiva"})
# Verbs of stopping the work: where a step's answers say the learner does one, going on
# beside them undoes them ("pysäytän koneen ja jatkan työtä"; judge/carry_on.py; "hätäseis"
# by its spelling)
STOPPING = frozenset({"pysäyttää", "lopettaa", "sammuttaa", "keskeyttää"})
# Verbs of telling someone something (the one told stands in the allative by them), what
# may follow a fault said as a no of its good state (judge/receiver.py, judge/polarity.py)
TELLING = REPORTING_VERBS | CALLING_VERBS
# …and stopping: no going on, said anyway or not ("ilmoitan silti"; judge/carry_on.py)
TELLING_OR_STOPPING = TELLING | STOPPING
# A mistake's words for doing it on one's own
ON_ONES_OWN = frozenset({"itse", "yksin"})
UNSURE = frozenset({"en tiedä", "en ole varma", "en tiedä varmasti"})
# "I don't know" and its kin said first, before a clause of the learner's own (hedges.py)
UNSURE_SAID = (("en", "tiedä"), ("en", "minä", "tiedä"), ("en", "ole", "varma"),
               ("en", "oo", "varma"), ("en", "muista"), ("en", "ehtinyt"), ("en", "osaa"),
               ("ei", "aavistustakaan"))
# Words that say when or how long (by base form): an answer of them alone, with numbers and
# the words that frame them, is an estimate's (hedges.asks_an_estimate)
WHEN_WORDS = frozenset({"sekunti", "minuutti", "tunti", "vartti", "päivä", "viikko",
                        "kuukausi", "vuosi", "huomenna", "ylihuomenna", "tänään", "heti", "pian",
                        "kohta", "myöhemmin", "aamu", "aamupäivä", "iltapäivä", "ilta", "yö",
                        "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai",
                        "lauantai", "sunnuntai", "kilo", "gramma", "litra", "metri", "euro",
                        "sentti", "senttimetri", "millimetri", "prosentti", "aste"})


def after_dont_know(words: Sequence[str]) -> list[str]:
    """What follows "I don't know" said first ("en tiedä selkä kumarassa on ok"): an answer
    of its own, which a foreseen mistake or a forbidden deed makes wrong all the same."""
    for n in (3, 2):
        if len(words) > n and " ".join(words[:n]) in DONT_KNOW:
            return list(words[n:])
    return []


def before_dont_know(words: Sequence[str]) -> list[str]:
    """What precedes "I don't know why/who…" said last ("sekoita pesuaineet, en tiedä
    miksi"): an answer of its own, as after_dont_know's."""
    if len(words) > 3 and words[-3:-1] == ["en", "tiedä"] and (
            words[-1] in QUESTION_WORDS or words[-1] == "miksi"):
        return list(words[:-3])
    return []


# "The others" beside a thing a report tells of ("muut lavat oli kunnossa"): no word of it
# (fault_denied, shelving)
THE_OTHERS = frozenset({"muu", "toinen", "muut", "toiset", "loput", "muita"})
# A thing set aside ("laitoin lavan sivuun"; not "erikseen": "lavat tuli erikseen", "nostin
# lavat erikseen hyllyyn": review225, 227)
SET_ASIDE = frozenset({"sivuun", "syrjään", "erilleen", "sivummalle", "sivummas", "syrjemmäs",
                       "syrjemmälle"})
# A reason given for a deed, which then tells no fault ("… koska se oli toisen asiakkaan")
REASON_GIVEN = frozenset({"koska", "kun", "vaikka"})
# Writing a thing down ("kirjotan vauriot rahtikirjaan", "merkitsen sen"): the damage
# recorded before a delivery is signed for (shelving, open_answers)
WRITING_DOWN = frozenset({"kirjoittaa", "merkitä", "kirjata"})
# Times of day, days and spans a deed may be put off to (base forms; no measure, "kilo"; not
# the time asked of, "nyt", "heti", "tänään"): "vien sen sinne iltapäivällä", "tulen puolen
# tunnin päästä" (fault_denied, later_offer)
LATER_TIMES = frozenset({"huomenna", "ylihuomenna", "myöhemmin", "kohta", "pian", "aamu",
                         "aamupäivä", "iltapäivä", "ilta", "yö", "päivä", "viikko", "tunti",
                         "minuutti", "vartti", "maanantai", "tiistai", "keskiviikko", "torstai",
                         "perjantai", "lauantai", "sunnuntai", "vuoro", "tauko"})
# A later time said of a deed (judge48fix: the one list carry_on's "jatkan huomenna" and
# rules' "en tule tänään, tulen huomenna" read); by form as said
LATER = frozenset({"huomenna", "ylihuomenna", "myöhemmin"})
# postpositions of a time after a genitive, no verb ("tauon aikana", "iltaan mennessä",
# "tauon jälkeen", "tunnin päästä"; deed_time, answer_clause, rules: review171-175)
TIME_POSTPOSITIONS = frozenset({"aikana", "mennessä", "jälkeen", "päästä", "perästä",
                                "kuluttua", "päätteeksi"})
# rooms of a break, off the work, by a compound's last part: no place of the work's dangers
# (``needless``), and a report said to be made there is put off (``deed_time.put_off``)
BREAK_ROOMS = ("ruokala", "ravintola", "kahvila", "kahvio", "taukotila", "taukohuone",
                "kahvihuone", "pukuhuone", "sosiaalitila", "lepohuone", "taukotupa",
                "kanttiini", "ruokasali", "taukokontti", "kahvipöytä")
# the words of a lesson learned, a plan for the next time ("ensi kerralla", "jatkossa",
# "en enää"): no thing nor place of a deed (judge57: fault_again, open_deeds). As said: not
# a day ("huomenna" tells when, the content of "Milloin auto on valmis?")
LESSON_LEARNED = frozenset({"ensi", "ens", "seuraavalla", "kerralla", "jatkossa", "jatkos",
                            "tulevaisuudessa", "vastedes", "enää"})
# the days and times of day that put a deed off from the one a no is of
DAYS_OFF = frozenset({"tänään", "maanantaina", "tiistaina", "keskiviikkona", "torstaina",
                      "perjantaina", "lauantaina", "sunnuntaina", "aamulla", "illalla",
                      "iltapäivällä", "aamupäivällä", "ensi"})
# the words that make a clause a condition ("kun se on korjattu", "jos esimies sanoo"; "ku"
# the spoken "kun")
CONDITION_WORDS = frozenset({"kun", "ku", "jos"})
# a repairer's go-ahead (unsaid.safe_condition) and among carry_on's permits to go on
GO_AHEAD = frozenset({"sanoa", "valmis", "lupa", "sallia"})

# Words of how much, said before the thing in the partitive ("lisää ruuveja", "paljon
# laatikoita"): the nominative plural after one is a slip ("lisää mutterit"; issue 12, judge38)
QUANTITIES = frozenset({"lisää", "paljon", "vähän", "enemmän", "vähemmän"})


# …nor said another way: the negative verb and one of these verbs, with none but these
# words around them ("en tiedä mitään", "en mä oikein tiedä", "no en tiedä").
DONT_KNOW_VERBS = frozenset({"tietää", "osata", "muistaa", "ymmärtää"})


DONT_KNOW_EXTRAS = frozenset({"mitään", "yhtään", "oikein", "vielä", "sitä", "tätä", "mikä",
                              "mitä", "asiaa", "vastausta", "valitettavasti", "kyllä"})


# A bare yes or acknowledgement answers no open question ("Mitä tapahtui?" – "joo"), unless
# an example answer is one.
ACKNOWLEDGEMENTS = frozenset({"kyllä", "joo", "juu", "ok", "okei", "hyvä", "selvä", "niin",
                              "no", "aivan", "totta", "just", "jep", "nii", "ei", "en"})


# Words of degree, which a trainer does not miss where the thing and its state are said
DEGREES = frozenset({"liian", "tosi", "todella", "erittäin", "kovin", "vähän"})


# particles that open an answer and add nothing to it: "so", "well", "and what about"
# ("vien laatikot varastoon" for "eli vien laatikot varastoon", "juotavaa" for "entä
# juotavaa"; sets 9 and 11), left out where an accepted answer starts with one
OPENERS = frozenset({"eli", "no", "niin", "entä"})


# conjunctions speech leaves out between the two things it joins, both said ("suojalasit ei
# hanskoja" for "suojalasit, mutta ei käsineitä"; set 15)
JOINING_WORDS = frozenset({"ja", "mutta", "sekä"})


# adverbs Voikko files as nouns or adjectives ("korkeintaan kuusi": at most six)
ADVERBS = {"paljon", "tosi", "korkeintaan", "vähintään", "enintään"}


PRONUNCIATION = ("vowel_length", "double_consonant", "umlaut")


def has_negation(words: Sequence[str]) -> bool:
    return not NEGATIONS.isdisjoint(words)

# A yes: "joo" and "juu" are read "kyllä" before any rule (lessons/lexicon/spoken.yaml).
YES = frozenset({"kyllä"})
# "Understood" said first, before what the learner will do or a thanks ("selvä, tuon ne
# pian"): a yes there agrees as well ("joo, tuon ne pian"; issue 12, judge41). Not the other
# way round: to a yes-or-no question ("ootsä kattonu?") "okei" is no yes.
UNDERSTOOD = frozenset({"selvä", "okei", "okay"})
# "olla", the verb that says of no thing in particular (a base form), and its third-person
# forms, which say a state of the thing named ("lattia on liukas")
COPULA = frozenset({"olla"})
# "but", as written and as said ("mut")
BUT = frozenset({"mutta", "mut"})
BE = frozenset({"on", "ovat", "oli", "olivat"})
# Words that take back what an answer says beside them ("käytän suojalaseja harvoin",
# "kiinnitän valjaat väärin"; issue 12): the answer then says another thing, wrong; and
# words that leave it in doubt ("ilmoitan esimiehelle ehkä", "joskus"): almost. Beside an
# accepted answer, where no accepted answer says them.
# Word for word, not by base form: "harvemmin" is "harva" as "väärästä" is "väärä" and
# "huonosta" "huono" ("ilmoitan väärästä etiketistä" takes nothing back); "vähemmän" is
# "vähä" as "vähän" is, which asks for a moment ("odota vähän").
TAKEN_BACK = frozenset({"harvoin", "harvemmin", "tuskin", "väärin", "huonosti", "huonommin",
                        "turhaan", "huolimattomasti"})
# Doubts (issue 12, judge39): beside a deed, a hedge; beside an estimate, honest (hedges.py).
# "kai" not after "totta" or "no" ("totta kai", "no kai": of course; see sure_kai).
DOUBTS = frozenset({"ehkä", "kenties", "varmaan", "varmaankin", "luultavasti",
                    "todennäköisesti", "kai"})
DOUBT_PHRASES = (("luulen", "että"), ("luulisin", "että"), ("luulisin",))
HEDGES = DOUBTS | {"melkein", "vähemmän"}


def sure_kai(words: Sequence[str], i: int) -> bool:
    """``words[i]`` is the "kai" of "totta kai" or "no kai": of course, no doubt."""
    return words[i] == "kai" and i > 0 and words[i - 1] in ("totta", "no")

# How often, said of a thing to do: a hedge ("joskus", "silloin tällöin"). With TAKEN_BACK,
# also beside a verbless answer the step says with a verb ("suojalaseja joskus"), where a
# doubt is not ("ehkä huomenna": trainers take a time so).
SOMETIMES = frozenset({"joskus", "välillä", "satunnaisesti"})
SOMETIMES_PHRASES = (("silloin", "tällöin"),)
# A condition of convenience ("käytän suojalaseja jos muistan", "kun ehdin", "jos on
# aikaa"): beside an instruction, a hedge. By base form, said by the learner of themself
# and not denied ("jos ehdit" asks the listener politely; "kun en muista" is a reason);
# and "aikaa".
CONVENIENCE = frozenset({"muistaa", "ehtiä", "jaksaa", "viitsiä", "huvittaa", "haluta",
                         "kerjetä"})

# Words whose other says the opposite instruction or state (by base form): one said for the
# other is no try at a model sentence ("laita jarrut pois" for "… päälle"), but another one.
OPPOSITES = tuple(frozenset(pair) for pair in (
    ("pois", "pää"), ("avata", "sulkea"), ("auki", "kiinni"), ("ylös", "alas"),
    ("sisään", "ulos"), ("oikea", "vasen"), ("kylmä", "kuuma"), ("kylmä", "lämmin"),
    ("ennen", "jälkeen"), ("nostaa", "laskea"), ("aloittaa", "lopettaa"),
    ("käynnistää", "sammuttaa"), ("tyhjä", "täysi"), ("märkä", "kuiva"), ("yli", "vailla"),
    ("iso", "pieni"), ("pitkä", "lyhyt"), ("nopea", "hidas"), ("vetää", "työntää"),
    # set 12: the lowest and highest, a start and an end, a time of day, now and later,
    # putting in and taking out
    ("alin", "ylin"), ("ala", "ylä"), ("alkaa", "loppua"), ("alku", "loppu"),
    ("aamu", "ilta"), ("aamu", "yö"), ("päivä", "yö"), ("heti", "myöhemmin"),
    ("laittaa", "ottaa"),
    # issue 12: later or afterwards, where the step says before or at once
    ("ennen", "myöhemmin"), ("ennen", "jälkeenpäin"), ("heti", "jälkeenpäin"),
    # set 48: alone and together, both of "yksi" to Voikko ("nostan sen yksin" for
    # "nostetaan yhdessä" says the opposite, no slip of form)
    ("yksin", "yhdessä")))

# Function words a learner says for one another, one letter apart and both words, which a
# trainer hears as a slip of the one meant, not another answer: "kun" for the "kuin" of
# "ennen kuin" (sets 10, 11), as spoken Finnish says it too; and a decimal's "piste" for
# "pilkku", as English and other languages say it ("kaksi piste kolme": set 59, both
# trainers almost).
CONFUSED_WORDS = {"kuin": "kun", "kun": "kuin", "pilkku": "piste"}

# Closed sets of words, each in groups that say different things (set 14): one said for a
# word of another group of its set says another thing however near its letters or its base
# form ("missä on ämpäri" asks where, "mikä on ämpäri" what; "voin auttaa sinua" is not
# "voitko auttaa minua"; "täällä" is not "tuolla"). Personal pronouns go by base form
# (PERSONS: "te" addresses one politely as "sinä" does), the rest by the word itself;
# "koska", also "because", and the s-pronoun's "siinä", "siitä", often abstract, are left
# out.
PERSONS = (frozenset({"minä"}), frozenset({"me"}), frozenset({"sinä", "te"}),
           frozenset({"hän"}), frozenset({"he"}))
PERSONAL_PRONOUNS = frozenset().union(*PERSONS)
# their genitives: whose, before a thing ("minun nimeni"), or who must ("minun pitää")
GENITIVE_PRONOUNS = frozenset({"minun", "sinun", "hänen", "meidän", "teidän", "heidän"})
# Need (base forms): under a no ("sinun ei tarvitse", "ei oo pakko", "ei kannata") it says
# no to a deed as "älä" does; its genitive subject ("sinun", "minun") and the words of
# need themselves name no thing the deed is done to (polarity.contradicts).
# Verbs of a must (base forms): their subject is a genitive ("minun pitää"), their object
# a nominative ("pitää korjata teline")
NECESSIVE = frozenset({"pitää", "täytyä", "kannattaa", "tarvita"})
NEED = NECESSIVE | {"pakko", "tarpeellinen", "välttämätön"}
# Words of NEED that take a thing ("et tarvitse hiusverkkoa"): denied with no deed, they say
# no to an example that uses it (polarity.contradicts); "älä pidä käsineet" keeps, no need.
NEED_A_THING = frozenset({"tarvita"})
# Words that say no to a deed without a no (base forms): "turha käyttää kypärää", "on
# kiellettyä painaa" say what "ei tarvitse", "ei saa" say (polarity.contradicts).
NEEDLESS = frozenset({"turha", "tarpeeton", "kielletty"})
# A need, or no need, said of a measure in a clause of purpose or reason: no reason, the
# measure said needless ("…, ettei käsineet ole tarpeen", "…, ettei tarvitse olla
# varovainen"; review149, SAFETY); not "pitää", which also makes ("kone pitää kovaa ääntä")
NEED_SAID = NEEDLESS | {"tarve", "tarvita", "pakko", "pakollinen", "tarpeellinen",
                        "välttämätön"}
# Said of a thing named right before it, these turn it down (base forms): "yli tuhat kiloa
# on kielletty / on vaarallista / on liikaa", "hissi on vaarallinen" (rules._turned_down,
# forbidden._refused). Only adjectives of
# refusal: "riski", "vaara", "huono", "kaatua" say as much of a thing's risk as of its
# refusal ("riski on pieni", "vaara on ohi", "se on huono idea"), so they are not here.
TURNED_DOWN = NEEDLESS | {"vaarallinen", "hengenvaarallinen", "epäturvallinen", "haitallinen",
                          "liika", "liian", "väärä", "väärin"}
# Verbs a no says doubt with, not a no of what follows (base forms): "en tiedä / en usko /
# en ole varma yli kuuden asteen" says the thing, unsure (rules._no_reaching).
UNSURE_VERBS = frozenset({"tietää", "uskoa", "luulla", "olla", "muistaa", "osata", "ehtiä"})
# Words said inside a foreseen mistake that change nothing of it: "älä nyt paina
# hätäseis", "älä sä paina", "älä koskaan paina" say 'älä paina hätäseis'.
INSIDE_A_MISTAKE = lexicon.get().polite | frozenset(PRONOUN_PERSONS) | {"koskaan", "ikinä",
                                                                       "enää"}
# "olla" as a no says it ("ei ole", "ei oo", "ei ollut")
BE_NOT = frozenset({"ole", "oo", "ollut", "ollu"})
# today, tomorrow, yesterday…: a day said for another is another day (another_meaning)
DAY_WORDS = frozenset({"tänään", "huomenna", "eilen", "ylihuomenna", "toissapäivänä"})
# The days of the week, base forms: one said for another is another day (another_meaning)
WEEKDAYS = frozenset({"maanantai", "tiistai", "keskiviikko", "torstai", "perjantai",
                      "lauantai", "sunnuntai"})
CONTRASTS: tuple[tuple[frozenset[str], ...], ...] = tuple(
    tuple(frozenset(group.split()) for group in groups) for groups in (
        ("täällä tänne täältä tässä tähän tästä",  # here, and there
         "tuolla tuonne tuolta tuossa tuohon tuosta siellä sinne sieltä"),
        ("mikä mitä minkä mitkä", "missä mihin minne mistä", "milloin", "kuka kenen kenelle ketä "
         "keneltä kenet", "miksi", "miten", "montako paljonko")))

# Verbs of putting a thing on or taking it off: their object is the whole thing, a plural
# one in the nominative ("laitan suojalasit", "riisun hanskat"), and the partitive a slip
# where the step never says it ("laitan suojalaseja"; one_form). Not "viedä" or "ottaa",
# whose partitive says some of them ("vien levyjä"). Base forms. Those of PUT_ON_VERBS put
# anything anywhere ("laitan roskia roskalavalle"): only with a worn thing (WORN) or a body
# place (BODY_PLACES).
WHOLE_OBJECT_VERBS = frozenset({"laittaa", "panna", "pukea", "riisua"})
PUT_ON_VERBS = frozenset({"laittaa", "panna"})
# Things worn, by base form or a compound's last part ("turvakenkä"). Base forms.
WORN = frozenset({"käsine", "hanska", "hansikas", "lapanen", "suojalasi", "silmälasi",
                  "kuulosuojain", "kenkä", "saapas", "kypärä", "housu", "takki", "liivi",
                  "haalari", "esiliina", "essu", "hiussuoja", "hiusverkko", "myssy", "pipo",
                  "lakki", "maski", "sukka"})
# Where a worn thing is put, as said after laittaa or panna ("laitan käsineet käteen")
BODY_PLACES = frozenset({"käteen", "käsiin", "jalkaan", "jalkoihin", "päähän", "päälle",
                         "silmille", "korville", "kaulaan", "ylle"})
# Pairs and plural-only things, by base form or a compound's last part: their singular
# for the step's plural is a slip ("laitan kuulosuojain"; one_form), any other noun's may
# say one or any ("ruuvi puuttuu"). Base forms; not those whose singular Voikko reads as
# a verb too ("saksi", "saapas") or not at all ("housu").
PAIR_NOUNS = frozenset({"kuulosuojain", "suojalasi", "silmälasi", "käsine", "hanska",
                        "hansikas", "lapanen", "kenkä", "sukka"})

# Places whose side, in (sisä-) or on (ulko-), Finnish fixes by convention: the other side
# is a slip, not the same place (one_form; "lattiassa" is inside the floor, "putosi
# lattiaan" as well: sets 30, 44, both trainers almost; "kakkoslaiturissa", "sahassa",
# "soitan hätänumerolle": both trainers almost). Base forms, by the
# case names of Voikko (sisa-, ulko-); a compound by its head ("lastauslaituri").
PLACE_SIDES: Mapping[str, str] = {"lattia": "ulko", "laituri": "ulko", "saha": "ulko",
                                  "hätänumero": "sisa"}  # (not hyllyväli: the lessons' own
# "hyllyväliltä", review232)

# A dialogue turn's mistake made of these words alone (or with times, ``WHEN_WORDS``) is a
# bare reply, wrong only as the answer to its own question: a yes or a no, an
# acknowledgement or courtesy, "I don't know", "nothing", a bare "well" ("joo", "ei mitään",
# "en tiedä", "hyvin", "huomenna" may answer a later question; lesson.loader, judge49)
BARE_REPLY = (EVERY_NO | ACKNOWLEDGEMENTS | EXTRAS | BE | DONT_KNOW_EXTRAS |
              {"ole", "ollut", "olla", "tiedä", "osaa", "muista", "ymmärrä", "minä", "mä",
               "hyvin", "kiva", "hienoa", "kukaan", "eilen", "totta", "kai", "käy", "sopii"})
# Words around a reply that say nothing of it, left out where a later turn's clause is
# compared with an earlier turn's mistake (said_before): an acknowledgement or thanks, the
# subject "I", "then" — never a no
AROUND_A_REPLY = (ACKNOWLEDGEMENTS | EXTRAS | {"minä", "mä", "sit", "sitten", "sittenkin"}) \
    - EVERY_NO

# Verbs of going somewhere: a deed of the way, not one of its own ("menen auton alle" after
# the stands are in place is the next step; judge50fix)
GOING_VERBS = frozenset({"mennä", "tulla", "käydä", "kävellä", "lähteä"})


# Words that say a deed is the first one (the spoken "ekana", "ekaks" too, before the
# lexicon reads them "ensin"): normalise's "mut ensin", first_deed's order
FIRST_WORDS = frozenset({"ensin", "ensimmäiseksi", "aluksi", "ensiksi", "ekana", "ekaks"})

# Words that join clauses. Only main clauses assert: what follows "kun", "jos", "kuin"…
# is a condition ("kysy jos et tiedä" says no only of knowing; "laita tukipukit ennen kuin
# menet auton alle" does not say "go under the car"); "eikä" starts a clause that says no.
MAIN_JOINS = frozenset({"ja", "mutta", "tai", "sekä"})
