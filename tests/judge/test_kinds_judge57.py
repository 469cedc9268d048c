"""Kinds where trainers and the judge disagreed (issue 12, judge57), each mended where its
rule lives and probed with fresh answers across the lessons: a clock word said last with
its hour left out, a part of the day said without its hour (clock_time), "se" as an object
where the sentence asks "sen" (form_slips, order), a one-word mistake's thing with a
describing word, a greeting foreseen as a start said before another thing (foreseen), a
repeat step's near synonym the lexicon now knows (tupakoida ~ polttaa)."""

from __future__ import annotations

from tests.judge.golden import judged_on
from valkky.judge import judge
from valkky.testing.table import check_rows

# (step, answer, verdict, reason)
ROWS = [
    # a clock word said last, the hour left out: a start where the words before it are one
    ("autoala-asiakas ajanvaraus.4", "sopiiko torstaina kello", "almost", "missing_words"),
    ("autoala-asiakas ajanvaraus.4", "sopiiko torstaina klo", "almost", "missing_words"),
    ("yleinen-aanteet kysy-tyo", "työ alkaa kello", "almost", "missing_words"),
    ("autoala-asiakas ajanvaraus.4", "sopiiko torstaina kello kymmenen", "correct", None),
    ("autoala-asiakas ajanvaraus.4", "kello", "wrong", None),
    ("autoala-asiakas ajanvaraus.4", "sopiiko perjantaina kello", "wrong", None),
    # (the asked part left out stays wrong, its clock word or not: asked_part)
    ("autoala-asiakas milloin-valmis", "auto on valmis kello", "wrong", None),
    # a part of the day without the hour the step says beside it
    ("yleinen-puhelin kysy-valmis", "kaapeli on valmis iltapäivällä", "almost", "missing_words"),
    ("yleinen-puhelin kysy-valmis", "se on valmis iltapäivällä", "almost", "missing_words"),
    ("yleinen-puhelin kysy-valmis", "kaapeli on valmis aamulla", "wrong", None),
    ("yleinen-puhelin kysy-valmis", "kaapeli on valmis iltapäivällä kello kolme", "wrong", None),
    ("autoala-raportti asiakas.6", "auto on valmis huomenna iltapäivällä", "correct", None),
    # "se" as an object where the sentence asks "sen"
    ("valmistus-tyonjohtaja aamu.4", "voitko sanoa se uudelleen", "almost", "word_form"),
    ("valmistus-tyonjohtaja aamu.4", "voitko toistaa se", "almost", "word_form"),
    ("valmistus-tyonjohtaja aamu.4", "voitko näyttää se uudelleen", "almost", "word_form"),
    ("valmistus-tyonjohtaja aamu.4", "voitko sanoa sen uudelleen", "correct", None),
    ("valmistus-tyonjohtaja aamu.4", "voitko sanoa uudelleen", "correct", None),
    ("varasto-raportti kari.6", "laitoin se sivuun", "almost", "word_form"),
    # a one-word mistake's thing described
    ("kauppa-valineet kysy-maito", "kylmä hyllyssä", "almost", "mistake"),
    ("kauppa-valineet kysy-maito", "kylmässä hyllyssä", "almost", "mistake"),
    ("kauppa-valineet kysy-maito", "maito on kylmä hyllyssä", "almost", "mistake"),
    ("kauppa-valineet kysy-maito", "maitokaapissa", "correct", None),
    ("ravintola-raportti antti.4", "vähän sai", "wrong", "negation"),  # (a verb: no thing)
    # a greeting the step foresees as a start, then a sentence that answers nothing of it
    ("yleinen-sairastuminen puhelu.2", "Hei Laine, minä olen sairas.", "almost", "mistake"),
    ("yleinen-sairastuminen puhelu.2", "hei, olen kipeä", "almost", "mistake"),
    ("yleinen-sairastuminen puhelu.2", "hei täällä amina olen sairas", "correct", None),
    ("yleinen-sairastuminen puhelu.2", "hei minä olen laine", "wrong", None),  # another name
    ("autoala-raportti asiakas.2", "hei auto on valmis", "wrong", "mistake"),
    # a typo the normaliser read as a dropped -n ("näytää" → "näytään"): one slip as said
    ("yleinen-apua step-20", "voitko näytää", "almost", "double_consonant"),
    ("yleinen-apua step-20", "voitko näytään", "wrong", None),  # (written with its n)
    ("rakennus-turvallisuus kysy-vaaratilanne", "vaaratilannee", "almost", "vowel_length"),
    # a repeat step's near synonym: a try, almost; elsewhere the same deed
    ("rakennus-ohjeet step-23", "älä polta kaasupullon lähellä", "almost", "synonym"),
    ("rakennus-ohjeet step-23", "älä juo kaasupullon lähellä", "wrong", None),
    ("rakennus-ohjeet step-23", "polta kaasupullon lähellä", "wrong", "negation"),
    ("yleinen-perehdytys samir.8", "älä polta hallissa", "correct", None),
]


def test_kinds_judge57() -> None:
    def check(row: tuple[str, str, str, str | None]) -> None:
        step, answer, verdict, reason = row
        j = judged_on(step, answer)
        assert (j.verdict, j.reason) == (verdict, reason)

    check_rows(ROWS, check, name=lambda row: f"{row[0]}: {row[1]}")


def test_se_for_sen_named() -> None:
    j = judge("otan se pois", ["otan sen pois", "otan pois"])
    assert (j.verdict, j.reason) == ("almost", "word_form")
    assert j.detail is not None and (j.detail.expected, j.detail.heard) == ("sen", "se")
    # a command's object, a must's, a clause's subject: Finnish says "se" there
    for said, accepted in [("ota se pois", ["ota kypärä pois"]),
                           ("minun pitää korjata se", ["korjaan sen"]),
                           ("sano se uudelleen", ["sano sen uudelleen", "sano uudelleen"]),
                           ("tiedän se on tuolla", ["se on tuolla"])]:
        assert judge(said, accepted).verdict == "correct", said
