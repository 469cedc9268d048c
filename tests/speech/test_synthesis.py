"""The answer against the robot's own renderings of the phrases (issue #10, round 17): the
rule weighs how much nearer the answer sounds to the phrase weighed than to any other, and
a control outscoring the step's phrases is not heard where the answer sounds less like it
than like the step's best phrase — with scores made up, no model."""

from __future__ import annotations

from dataclasses import replace

import pytest

from valkky.speech.scoring import Features, Rule, Scores, decide, fit_rule

PHRASES = {"Minun nimeni on Amina.": "Minun nimeni on Amina.",
           "Minun nimeni on Anna.": "Minun nimeni on Anna.",
           "En ymmärtänyt.": "en ymmärtänyt"}
# Whisper hears the answer badly: "En ymmärtänyt." outscores the phrase said by more than
# the controls' margin (0.45)
SCORED = (("Minun nimeni on Amina.", -3.1), ("Minun nimeni on Anna.", -3.4),
          ("En ymmärtänyt.", -2.5))
SAID = (("Minun nimeni on Amina.", 0.29), ("Minun nimeni on Anna.", 0.33),
        ("En ymmärtänyt.", 0.52))  # the answer's distance from each rendering


def _scores(synth: tuple[tuple[str, float], ...] = SAID) -> Scores:
    return Scores(SCORED, "Minu nime nomina.", -2.0, synth=synth)


RULE = Rule(bias=0.0, margin=1.0, cohort=0.0, alike=0.0, length=0.0, over_controls=0.0,
            lift=0.0, synth=20.0)


def test_the_phrase_nearest_its_rendering_is_weighed_by_how_much_nearer() -> None:
    d = decide(_scores(), PHRASES, RULE)
    # the control is not heard: the answer sounds more like the robot saying the step's
    # best phrase; that phrase is weighed, 0.04 nearer than the next (-1.1 + 20 × 0.04)
    assert d.best == "Minun nimeni on Amina." and d.weighed is not None
    assert d.weighed.synth == pytest.approx(0.33 - 0.29)
    assert d.rejected  # −1.1 + 0.8 < 0: still asked again at this bias
    taken = decide(_scores(), PHRASES, replace(RULE, bias=0.5))
    assert not taken.rejected and taken.heard == "Minun nimeni on Amina."


def test_unweighed_or_not_measured_nothing_changes() -> None:
    off = replace(RULE, synth=0.0)
    assert decide(_scores(), PHRASES, off).best == "en ymmärtänyt"  # the control, as before
    unknown = decide(_scores(synth=()), PHRASES, RULE)
    assert unknown.best == "en ymmärtänyt" and unknown.weighed is not None
    assert unknown.weighed.synth == 0.0


def test_a_control_said_is_heard_as_before() -> None:
    # the answer sounds most like the robot saying the control: heard as the control
    control = (("Minun nimeni on Amina.", 0.45), ("Minun nimeni on Anna.", 0.47),
               ("En ymmärtänyt.", 0.24))
    d = decide(_scores(control), PHRASES, replace(RULE, bias=1.0))
    assert d.best == "en ymmärtänyt" and d.weighed is not None
    assert d.weighed.synth == pytest.approx(0.45 - 0.24)
    assert not d.rejected


def test_fit_rule_weighs_the_likeness_to_the_renderings_when_it_tells() -> None:
    right = [(Features(-2.5, -1.5, 0.0, 0.5, synth=0.05 + i / 100), True) for i in range(12)]
    off = [Features(-2.5, -1.5, 0.0, 0.5, synth=-i / 50) for i in range(12)]
    found = fit_rule(right, off, weighed=("alike", "synth"))
    assert found.rule.synth > 0
    assert found.cut.accepted == 1.0 and found.cut.false_accepts == 0.0
