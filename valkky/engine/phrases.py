"""What the robot says on its own, in plain Finnish (selkokieli, A1).

Kept in one place so a trainer can review every sentence the runtime adds to a lesson.
"""

CORRECT = "Hienoa! Oikein."
# Praise for a correct answer where the lesson gives none, varied as a trainer varies it
# (one "Hienoa! Oikein." twenty times a session is no praise).
PRAISE = (CORRECT, "Oikein!", "Hyvä!", "Juuri niin!", "Hienoa!", "Erinomaista!",
          "Hyvin sanottu!", "Aivan oikein!")
NOT_QUITE = "Ei aivan."
OPPOSITE = "Ei aivan. Sanoit päinvastoin."  # the answer negates the right one, or vice versa
ORDER = "Ei aivan. Järjestys on väärä."  # the words right, but the order changes the meaning
# a right answer, then going on with the work the step stops (judge/carry_on.py)
GOING_ON = "Ei! Älä jatka. Se ei ole turvallista."
TRY_AGAIN = "Yritä uudelleen."
RIGHT_ANSWER = "Oikea vastaus on: {answer}."
SILENCE = "En kuullut vastausta."
SAY_AGAIN = "En kuullut hyvin. Sano uudelleen, kiitos."
HEARD = "Kuulin: {text}."
# Near misses heard by a recogniser that picks among the step's phrases: it cannot tell
# what exactly was off, so the robot only asks again, with the right form.
ALMOST_SPOKEN = "Melkein! Kuuntele ja sano uudelleen: {answer}."
# A start of the answer before the hint: the whole answer is not given away before it.
ALMOST_START = "Hyvä alku! Sano koko lause."
# A right answer shorter than the step asks for (sentences: N): say more, in own words.
ALMOST_MORE = "Hyvä alku! Kerro vähän enemmän."
# Pronunciation practice judged from speech: the robot can tell the sentence was said, not
# how well each sound was (vowel length, double consonants).
REPEAT_HEARD = "Hienoa! Kuulin koko lauseen."
REPEAT_AGAIN = "Kuuntele ja sano uudelleen."
# After the answer is revealed, the learner says it once for practice (it does not count).
PRACTICE = "Sano se nyt itse."
PRACTICE_AFTER = "Sano perässäni: {answer}."
PRACTICE_LISTEN = "Hyvä yritys. Kuuntele vielä: {answer}."
DRILL_INTRO = "Kerrataan sanoja."
DRILL_ASK = "Mikä tämä on suomeksi?"
# What may begin the reply to an answer, word for word: the speaker renders these while
# the session starts, so a reply's first sample needs no speech synthesis.
REPLIES = (*PRAISE, NOT_QUITE, OPPOSITE, ORDER, TRY_AGAIN, SILENCE, SAY_AGAIN, REPEAT_HEARD,
           REPEAT_AGAIN, ALMOST_START, ALMOST_MORE)
OPTION = "{number}: {option}."

# Number words for reading and recognising options ("Yksi: moppi. Kaksi: ämpäri.").
NUMBERS = ("yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan",
           "yhdeksän", "kymmenen")
# Other ways a learner names an option: the ordinal, its spoken short form, and the
# number's name ("ykkönen", as in "linja ykkönen").
ORDINALS = (("ensimmäinen", "eka", "ykkönen"), ("toinen", "toka", "kakkonen"),
            ("kolmas", "kolmonen"), ("neljäs", "nelonen"), ("viides", "vitonen"),
            ("kuudes", "kutonen"), ("seitsemäs", "seiska"), ("kahdeksas", "kasi"),
            ("yhdeksäs", "ysi"), ("kymmenes", "kymppi"))

# The learner's own controls, at any question (spoken or typed; the screen has buttons for
# them): the line again, the line again slowly, the hint in the learner's language. None of
# them spends a try; a phrase that is itself an accepted answer of the step is judged.
AGAIN = ("toista", "toista uudelleen", "toistatko", "anteeksi mitä", "mitä sanoit",
         "voitko toistaa", "voisitko toistaa", "sano uudelleen")
SLOWER = ("hitaammin", "puhu hitaammin", "voitko puhua hitaammin", "sano hitaammin")
HELP = ("en ymmärrä", "en ymmärtänyt")
