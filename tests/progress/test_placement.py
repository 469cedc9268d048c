"""A placement lesson sets the learner's starting level, and the plan proposes it first."""

from __future__ import annotations

from pathlib import Path

import pytest

from valkky.cli import main
from valkky.progress.store import Store

# siivous-kartoitus: fifteen questions, A1 to B1
GOOD = ["ämpäri", "harja", "kahdeksan", "kello kuusi", "Pyyhi pöytä liinalla.",
        "siivouskärryssä", "laitan käsineet käteen", "voitko toistaa", "iltavuoro",
        "Laita varoituskyltti märälle lattialle.", "pölynimuri ei ime",
        "asiakas kaatoi kahvia matolle", "kokoushuoneeseen", "ettei kukaan liukastu",
        "Jos pesuainetta roiskuu silmiin, huuhtele silmiä heti runsaalla vedellä."]
# right up to A2, then the B1 band missed: "en tiedä", a word alone, silence; each miss is
# followed by the practice after the answer is revealed ("" here: left silent)
MIDDLE = [*GOOD[:10], "rikki", "", "en tiedä", "", "", "", "liukas", "", "Jos pesuainetta", ""]
WEAK = ["ampari", "", "en tiedä", "", "", "", "hello", "", "", "", "", ""]


@pytest.mark.parametrize(("answers", "level"), [(GOOD, "B1"), (MIDDLE, "A2"), (WEAK, "A1")])
def test_placement_sets_the_level(tmp_path: Path, answers: list[str], level: str) -> None:
    db = tmp_path / "p.db"
    assert main(["learners", "add", "P1", "--db", str(db), "--profession", "siivous"]) == 0
    path = tmp_path / "a.txt"
    path.write_text("\n".join(answers) + "\n", encoding="utf-8")
    assert main(["run", "siivous-kartoitus", "--learner", "P1", "--db", str(db),
                 "--answers", str(path)]) == 0
    assert Store(db).learner("P1").level == level


def test_the_plan_starts_with_placement(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.db"
    main(["learners", "add", "P2", "--db", str(db), "--profession", "varasto"])
    capsys.readouterr()
    assert main(["plan", "P2", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("varasto-kartoitus") and "placement" in lines[0]


def test_after_placement_a_newcomer_starts_with_greetings_and_the_trades_tools(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "p.db"
    main(["learners", "add", "P3", "--db", str(db), "--profession", "siivous"])
    path = tmp_path / "a.txt"
    path.write_text("\n".join(WEAK) + "\n", encoding="utf-8")
    main(["run", "siivous-kartoitus", "--learner", "P3", "--db", str(db),
          "--answers", str(path)])
    capsys.readouterr()
    assert main(["plan", "P3", "--db", str(db)]) == 0
    ids = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert ids[:3] == ["yleinen-tervehdys", "siivous-valineet", "yleinen-apua"], ids
    assert "siivous-asiakas" not in ids  # A2-B1 is not for an A1 newcomer yet
