"""Where gear goes (issue 12, safety; reviews 159–169): put where it is worn, or put away.

"laitan kypärän" with a place more is right where the place is where that gear is worn
("päähän", "pääkoppaan", "pipon päälle", "korvien päälle") and a putting away where it is
not ("kaappiin", "kaulaan", "trukin nokalle", "takin päälle", "korvien taakse"). Read by
``rules._put_away`` (an accepted answer with a place more) and
``foreseen._away_to_a_place`` (a mistake's "pois" said as a place). The word lists are the
reviews' probes' (bench/review_probes/review159–169): parts of the body and everyday words
for them, the regions compounds name, what is worn and where, which gear is worn where.
"""

from __future__ import annotations

from collections.abc import Sequence

from valkky.judge import finnish
from valkky.judge.deed_words import AT_WORK, BODY

# where gear is worn, in any word for it (BODY and everyday words: "laitan hiusverkon
# tukkaan", "hanskat kouriin", "kypärän nuppiin"; review160)
WORN_AT = BODY | {"tukka", "koura", "nuppi", "päälaki", "takaraivo", "kallo", "kämmen",
                  "olka", "selkä", "suu", "kupoli", "kaali", "tassu", "kuontalo", "hartia"}
# a region of a part of the body, the last part of a compound that names it, and the parts
# it is a region of ("korvakäytävä", "nenänvarsi", "pääkoppa", "sormenpää"; review164;
# not "käsivarsi", an arm, nor "nenänpää": review165)
_BODY_REGIONS = {"käytävä": {"korva"}, "lehti": {"korva"}, "lohko": {"korva"},
                 "varsi": {"nenä"}, "koppa": {"pää"}, "laki": {"pää"}, "pehko": {"hius"},
                 "juuri": {"hius", "nenä"}, "pää": {"sormi", "varvas"}, "kärki": {"sormi"},
                 "pohja": {"jalka"}, "selkä": {"käsi"}, "kulma": {"silmä"}}
# where a thing goes that is no place: into use, its place, on
_NO_PLACE = frozenset({"käyttö", "paikka", "kunto", "päälle", "valmius"})
# …nor the work's own place, where gear is taken to be worn ("otan kuulonsuojaimet halliin")
_WORK_PLACES = frozenset({"halli", "työmaa", "tehdas", "työpiste", "työpaikka", "verstas",
                          "paja", "teline", "sisä", "työ", "homma",
                          "duuni"})  # ("… ja sitten pajaan", "…
# sisään", "… telineelle": where one goes to work, review179); a scaffold is a rack too:
# into it, gear is put away ("… telineeseen", review180)
_RACKS = frozenset({"teline"})


def taken_along(words: Sequence[str]) -> bool:
    """``words`` take a thing along ("otan", "vien"), not put it down ("laitan", "panen"):
    the work's own place is where it goes to be worn (``put_away_to``)."""
    return any(finnish.base_forms(w) & {"ottaa", "viedä"} for w in words)


# where each kind of gear is worn (a kind by its base form's end, the longest first), of
# WORN_AT's words: gear put on another part of the body is not worn ("laitan
# kuulosuojaimet kaulaan", "suojalasit otsalle"); gear of no kind here (a vest, "suojain")
# is worn wherever WORN_AT says
_HEAD = frozenset({"pää", "päälaki", "nuppi", "kupoli", "kaali", "kallo", "takaraivo"})
_HAIR = frozenset({"hius", "hiukset", "tukka", "kuontalo"})
_FACE = frozenset({"kasvot", "kasvo", "naama", "nenä", "nokka"})
_HANDS = frozenset({"käsi", "koura", "kämmen", "sormi", "tassu"})
_EARS = _HEAD | {"korva"}
_WORN_ON = (("kuulosuojain", _EARS), ("kuulosuoja", _EARS), ("kuulonsuojain", _EARS),
            ("kuulonsuoja", _EARS), ("korvasuojain", _EARS), ("korvasuoja", _EARS),
            ("tulppa", frozenset({"korva"})), ("suojalasi", _FACE | {"silmä", "pää"}),
            ("hiusverkko", _HEAD | _HAIR), ("hiussuoja", _HEAD | _HAIR),
            ("kypärä", _HEAD),
            ("visiiri", _FACE | _HEAD | {"silmä"}), ("maski", _FACE | {"suu", "pää"}),
            ("käsine", _HANDS), ("hanska", _HANDS), ("hansikas", _HANDS),
            ("turvakenkä", frozenset({"jalka"})), ("turvasaapas", frozenset({"jalka"})))


def _worn_on(gear: str) -> frozenset[str] | None:
    """Where the gear ``gear`` names is worn (``_WORN_ON``), None for a kind not there."""
    bases = finnish.base_forms(gear) | {gear}
    return next((at for kind, at in _WORN_ON if any(b.endswith(kind) for b in bases)), None)


def put_away_to(word: str, along: bool = True, gear: Sequence[str] = ()) -> bool:
    """``word`` is a place a thing is put to, no place gear is worn at, nor "into use",
    nor the work's own place: "kaappiin", "naulaan", "maahan", "nurkkaan" (review159-161;
    not "päähän", "kouriin", "käyttöön", "halliin"). Places are many: where gear is worn
    is listed, any other place is one it is put away to; where ``gear`` names what is put,
    also a part of the body it is not worn on ("kuulosuojaimet kaulaan"). The work's own
    place only where the gear is taken ``along`` ("otan …", "vien …"), not where it is put
    ("laitan kypärän linjalle": review162)."""
    cases = finnish.cases(word)
    bases = finnish.base_forms(word)  # (the whole word: "kaalilaatikkoon" is no "kaali";
    # review163)
    if not bases & WORN_AT:  # (…but a region of a part is that part: "sormenpää" the
        bases = bases | _region_of(word)  # finger; "päälaki" is its own)
    if not (cases & finnish.PLACE_CASES[0] and "nimisana" in finnish.word_classes(word)) or \
            (bases | {word}) & _NO_PLACE or (along and bases & (AT_WORK | _WORK_PLACES) and
                                             not (bases & _RACKS and "sisatulento" in cases)):
        return False  # not "työkalukaappi")
    return _not_worn_at(bases, gear)


def _region_of(word: str) -> frozenset[str]:
    """The part of the body ``word``, a compound, names a region of (``_BODY_REGIONS``)."""
    parts = finnish.compound_parts(word)
    return frozenset(p for b in finnish.base_forms(word) for r, of in _BODY_REGIONS.items()
                     if b.endswith(r) and r in parts for p in parts & of)


def _not_worn_at(bases: frozenset[str], gear: Sequence[str]) -> bool:
    """A place of these ``bases`` is none where ``gear`` is worn: one the gear named last
    of a kind ``_WORN_ON`` knows is not worn at ("suojalasit ja hanskat käteen": the
    gloves'; "suojakäsineet ja suojatakin nokalle", "hiusverkon ja suojatakin käteen":
    review165-166); with none of those, no part of the body."""
    at = next((w for w in map(_worn_on, reversed(gear)) if w is not None), None)
    return not bases & (WORN_AT if at is None else at)


# what is worn on the body, by a compound's last part, and where: gear put over or under
# it is worn where that is where the gear is worn ("kypärän pipon päälle", "turvakengät
# sukkien päälle"; not "kypärän takin päälle": review165-166)
_CROWN, _TRUNK = frozenset({"päälaki"}), frozenset({"olka", "selkä"})
_FEET, _EYES = frozenset({"jalka"}), frozenset({"silmä"})
_WORN_THINGS = {"pipo": _CROWN, "lakki": _CROWN, "myssy": _CROWN, "huppu": _CROWN,
                "hattu": _CROWN, "huivi": _HEAD | {"kaula"}, "silmälasi": _EYES,
                "hiha": _HANDS, "hanska": _HANDS, "käsine": _HANDS, "sukka": _FEET,
                "kenkä": _FEET, "housut": _FEET, "housu": _FEET, "tukka": _HEAD,
                "hius": _HEAD, "vaate": _TRUNK, "takki": _TRUNK, "paita": _TRUNK,
                "haalari": _TRUNK | _FEET | _HANDS}
# …said by the whole word only, in the plural: "lasien päälle" (glasses), not
# "ikkunalasin päälle", "lasin päälle" (review168)
_WORN_WHOLE = {"lasi": _EYES}
# what is worn that gear goes only under, not over ("turvakengät housujen alle", not
# "haalarin päälle", "kenkien päälle": review168)
_UNDER_ONLY = frozenset({"housut", "housu", "haalari", "kenkä"})
# where a thing is taken along to the work's own place ("hallin luokse", "hallin sisälle";
# not "tehtaan taakse": review168)
_TO_ITS_PLACE = frozenset({"luo", "luokse"})
# where a thing goes over or under another
_OVER = frozenset({"pää", "alla"})
# where a thing goes beside another, in words of no case ("oven eteen"; review165)
_TO_BESIDE = frozenset({"eteen", "taakse", "luo", "luokse", "väliin", "ympärille"})
# what gear may cover besides where it is worn ("hiusverkon korvien päälle": review165)
_COVERS = {"hiusverkko": frozenset({"korva"}), "hiussuoja": frozenset({"korva"})}


def _worn_there(owner: str, under: bool) -> frozenset[str]:
    """The parts of the body ``owner`` names a thing worn on (``_WORN_THINGS``), narrowed
    to a compound's first part where that is one of them ("kaulahuivi": the neck,
    review168); only ``under`` a thing worn under only; none for anything else."""
    bases, parts = finnish.base_forms(owner), finnish.compound_parts(owner)
    kinds = {t for b in bases for t in _WORN_THINGS if b == t or (t in parts and b.endswith(t))}
    if kinds & _UNDER_ONLY and not under:
        return frozenset()
    plural = ("omanto", "plural") in finnish.case_numbers(owner)
    worn = frozenset(p for t in kinds for p in _WORN_THINGS[t]) | frozenset(
        p for b in bases if plural for p in _WORN_WHOLE.get(b, ()))
    # (a first part of the body outside the head moves it there, "olkahuivi" the
    # shoulders, review170; on the head it only narrows, "kaulahuivi" the neck, not
    # "korvalappulakki" the ears, a cap on the crown: review169)
    outside = {p for p in parts & WORN_AT - _HEAD - _HAIR - _FACE - {"korva", "otsa"} - worn
               if any(b.endswith(p + t) for b in bases for t in kinds)}
    return frozenset(outside) if outside else (worn & parts) or worn  # (the part right
    # before the worn thing: "villaolkahuivi", not "jalkapallopaita"; the hair and the face
    # are the head's, "hiushuivi", "kasvohuivi": review171-172)


def put_away_by(owner: str, place: str, gear: Sequence[str], along: bool = True) -> bool:
    """``place`` (a word of "to", or "päälle", "alle"…) of a thing named by ``owner``, a
    noun's genitive: gear put on or into something is put away ("laitan kypärän trukin
    nokalle", "hanskat kaapin päälle"; review164), not onto the part of the body it is
    worn on ("kuulosuojaimet korvien päälle"), over or under what is worn there ("pipon
    päälle"), nor taken ``along`` to the work's own place ("otan kuulonsuojaimet tehtaan
    halliin"; not "hallin kaappiin": review166)."""
    owners, places = finnish.base_forms(owner), finnish.base_forms(place)
    if "nimisana" not in finnish.word_classes(owner) or \
            "omanto" not in finnish.cases(owner) or \
            not (finnish.cases(place) & finnish.PLACE_CASES[0]
                 or place in _TO_BESIDE) or places & {"alku", "loppu", "aika", "jälki"}:
        return False  # (a time is no place: "vuoron alkuun", "ruokatauon jälkeen")
    work = AT_WORK | _WORK_PLACES
    if along and (places & work or ((places & {"sisä"} or place in _TO_ITS_PLACE)
                                    and owners & work)):
        return False  # (taken to the work's own place: "hallin sisälle", "hallin luokse")
    if place in _TO_BESIDE:  # (beside a thing or a part of the body is no wearing:
        # "korvien taakse", "jalkojen eteen"; but "suojalasit silmien eteen", "kuulosuojaimet
        # pään ympärille": review167)
        return not ((place == "eteen" and owners & {"silmä", "kasvot", "kasvo", "naama"}) or
                    place == "ympärille") or _not_worn_at(owners, gear)
    body = owners | _region_of(owner)
    if places & _OVER:  # (over or under what is worn where a piece of the gear is worn:
        # "suojatakin ja suojakäsineet vaatteiden päälle")
        worn = _worn_there(owner, under="alla" in places)
        if worn and any(not _not_worn_at(worn, [g]) for g in gear):
            return False
        covers = {c for g in gear[-1:] for kind, c in _COVERS.items()
                  if any(b.endswith(kind) for b in finnish.base_forms(g) | {g})}
        if body & set().union(*covers, frozenset()):
            return False
    return _not_worn_at(frozenset(body), gear)
