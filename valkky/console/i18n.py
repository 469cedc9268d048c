"""The console's words in Finnish (the default) and English. Page modules add their own
(``text`` in a page module); a key missing in English falls back to the Finnish."""

from __future__ import annotations

from collections.abc import Callable, Mapping

Strings = Mapping[str, Mapping[str, str]]

BASE: dict[str, dict[str, str]] = {
    "app.name": {"fi": "Välkky – kouluttajan konsoli", "en": "Välkky – trainer's console"},
    "app.skip": {"fi": "Siirry sisältöön", "en": "Skip to content"},
    "app.nav": {"fi": "Päävalikko", "en": "Main menu"},
    "app.language": {"fi": "Kieli", "en": "Language"},
    "app.logout": {"fi": "Kirjaudu ulos", "en": "Sign out"},
    "login.title": {"fi": "Kirjaudu sisään", "en": "Sign in"},
    "login.password": {"fi": "Salasana", "en": "Password"},
    "login.submit": {"fi": "Kirjaudu", "en": "Sign in"},
    "login.wrong": {"fi": "Väärä salasana.", "en": "Wrong password."},
    "login.expired": {"fi": "Istunto vanheni. Kirjaudu uudelleen.",
                      "en": "Your session expired. Please sign in again."},
    "login.out": {"fi": "Olet kirjautunut ulos.", "en": "You have signed out."},
    "error.csrf": {"fi": "Lomake oli vanhentunut, eikä mitään muutettu. Lataa sivu uudelleen "
                         "ja yritä sitten uudestaan.",
                   "en": "The form had expired and nothing was changed. Reload the page and "
                         "try again."},
    "error.title": {"fi": "Jokin meni vikaan", "en": "Something went wrong"},
    "error.notfound": {"fi": "Sivua ei löydy.", "en": "Page not found."},
    "error.toolarge": {"fi": "Lomake on liian suuri.", "en": "The form is too large."},
    "lang.fi": {"fi": "suomi", "en": "Finnish"},
    "lang.en": {"fi": "englanti", "en": "English"},
    "lang.ar": {"fi": "arabia", "en": "Arabic"},
    "lang.ru": {"fi": "venäjä", "en": "Russian"},
    "lang.so": {"fi": "somali", "en": "Somali"},
    "lang.uk": {"fi": "ukraina", "en": "Ukrainian"},
    "lang.fa": {"fi": "persia (farsi)", "en": "Persian (Farsi)"},
}


class Text:
    """All the console's strings: the base ones and every page module's."""

    def __init__(self) -> None:
        self.strings: dict[str, dict[str, str]] = {k: dict(v) for k, v in BASE.items()}

    def add(self, strings: Strings, owner: str) -> None:
        for key, by_lang in strings.items():
            if key in self.strings:
                raise ValueError(f"{owner}: the UI string '{key}' is defined twice")
            if "fi" not in by_lang:
                raise ValueError(f"{owner}: the UI string '{key}' has no Finnish")
            self.strings[key] = dict(by_lang)

    def translator(self, lang: str) -> Callable[..., str]:
        def t(key: str, **values: object) -> str:
            by_lang = self.strings.get(key)
            if by_lang is None:
                raise KeyError(f"no UI string '{key}'")
            text = by_lang.get(lang) or by_lang["fi"]
            return text.format(**values) if values else text

        return t
