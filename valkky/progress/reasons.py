"""The judge's reasons as trainers read them, in Finnish and English: the one owner of
that wording, used by every report and console page that counts answers by reason.

A reason code (``missing_words``) is the judge's and the progress store's; a trainer is
never shown one (docs/judging.md lists what each means)."""

from __future__ import annotations

from collections import Counter

# By code: the judge's reasons (valkky.judge.REASONS and its rules' own), then what a
# step's tally counts where there is no reason: a trainer's correction, the bare verdict.
WORDS: dict[str, dict[str, str]] = {
    "vowel_length": {"fi": "vokaalin pituus (tuli – tuuli)",
                     "en": "vowel length (tuli – tuuli)"},
    "double_consonant": {"fi": "kaksoiskonsonantti (kuka – kukka)",
                         "en": "double consonant (kuka – kukka)"},
    "umlaut": {"fi": "ä ja ö (ampari – ämpäri)", "en": "ä and ö (ampari – ämpäri)"},
    "word_form": {"fi": "sanan muoto", "en": "word form"},
    "word_part": {"fi": "sanan alku (pöytä – pöytäsaha)",
                  "en": "the start of a compound (pöytä – pöytäsaha)"},
    "missing_words": {"fi": "sanoja puuttui", "en": "words missing"},
    "letter_names": {"fi": "kirjainten nimet (el – äl)",
                     "en": "letters named as another language names them (el – äl)"},
    "no_left_out": {"fi": "kieltosana puuttui", "en": "the no left out"},
    "typo": {"fi": "lyöntivirhe", "en": "a typing slip"},
    "synonym": {"fi": "toinen sana samasta asiasta", "en": "another word for the same thing"},
    "another_word": {"fi": "toinen sana", "en": "another word"},
    "negation": {"fi": "sanoi päinvastoin", "en": "said the opposite"},
    "dont_know": {"fi": "sanoi, ettei tiedä", "en": "said they did not know"},
    "word_order": {"fi": "sanajärjestys", "en": "word order"},
    "too_long": {"fi": "liian pitkä", "en": "too long"},
    "too_short": {"fi": "liian lyhyt", "en": "too short for the step"},
    "mistake": {"fi": "ennakoitu virhe", "en": "a foreseen mistake"},
    "other_option": {"fi": "toinen vaihtoehto", "en": "another option"},
    "going_on": {"fi": "jatkoi työtä, vaikka piti lopettaa",
                 "en": "went on with the work where it was to stop"},
    "trainer": {"fi": "kouluttaja korjasi", "en": "corrected by a trainer"},
    "almost": {"fi": "melkein", "en": "almost"},
    "wrong": {"fi": "väärin", "en": "wrong"},
}
OTHER = {"fi": "muu syy", "en": "another reason"}  # a code this table does not know yet


def reason_words(code: str, lang: str = "en") -> str:
    """``code`` in a trainer's words, in ``lang`` (fi or en; English otherwise)."""
    by_lang = WORDS.get(code, OTHER)
    return by_lang.get(lang) or by_lang["en"]


def tally(counts: Counter[str], lang: str = "en", most: int | None = None) -> str:
    """"words missing 3, word order 1": ``counts`` by reason code, most first, at most
    ``most`` of them."""
    return ", ".join(f"{reason_words(code, lang)} {n}" for code, n in counts.most_common(most))
