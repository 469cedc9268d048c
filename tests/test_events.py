"""The event log's records: each one round-trips through its payload, and a real run's log
reads back into typed records (tools and the console read logs only this way)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from valkky import events as ev
from valkky.cli import main
from valkky.testing.table import check_rows, refused

EXAMPLES: list[ev.Event] = [
    ev.StepStarted(step="s1", kind="ask", index=0),
    ev.StepEnded(step="s1", index=0, next_index=1),
    ev.Say(text="Tämä on moppi.", step="s1", slow=True, barge_in=True),
    ev.Show(text="moppi", image="mop.png", gloss="mop"),
    ev.Gesture(name="point", id="a-1"),
    ev.Gesture(name="nod", dropped=True),
    ev.RobotAck(id="a-1", status="done", reason="interrupted: e-stop"),
    ev.RobotAck(id="a-2", status="lost", reason="no final ack"),
    ev.Ask(step="s1", kind="ask", text="Mikä tämä on?", try_=2, tries=3),
    ev.Heard(step="s1", text="moppi", confidence=0.8, source="speech"),
    ev.Verdict(step="d.moppi", verdict="almost", reason="double_consonant", score=0.9,
               try_=1, heard="mopi", closest="moppi", final=False, word="moppi"),
    ev.Verdict(step="s1", verdict="correct", reason=None, score=1.0, try_=1, heard="moppi",
               final=True),
    ev.Hint(step="s1", lang="en", text="a mop", fi="Se alkaa m."),
    ev.SayAgain(step="s1", heard="moppi", confidence=0.2),
    ev.Control(step="s1", action="again", button=True),
    ev.Practice(step="s1", verdict="almost"),
    ev.Held(action="pause", by="Maija"),
    ev.End(reason="stopped", score=0.75, step="s3"),
    ev.SessionOpened(lesson="siivous-valineet", lang="ar", start_step=4),
    ev.Timing(step="s1", try_=1, marks={"answered": 1.2, "verdict": 1.21, "replied": 1.3}),
]


def test_every_record_type_has_an_example() -> None:
    assert {type(e) for e in EXAMPLES} == set(ev.RECORDS.values())


def _round_trips(event: ev.Event) -> None:
    payload = json.loads(json.dumps(event.to_payload()))  # as it is written and read
    assert ev.decode(payload) == event
    assert ev.decode_line(json.dumps({**payload, "t": 1.5})) == (1.5, event)


def test_round_trip() -> None:
    check_rows(EXAMPLES, _round_trips, lambda e: e.type)


BAD_LINES = [
    ('{"type":"warp","x":1}', "unknown record type"),
    ('{"type":"say"}', "without 'text'"),
    ('{"type":"verdict","step":"s","verdict":"correct","reason":null,"score":"1",'
     '"try":1,"heard":"x"}', "'verdict.score' must be float"),
    ('{"type":"ask","step":"s","kind":"ask","text":"x","try":true}', "'ask.try' must be int"),
    ('[1,2]', "must be a JSON object"),
    ("not json", "not JSON"),
    ('{"type":"timing","step":"s","try":1,"answered":"soon"}', "timing.answered"),
]


def test_a_bad_line_is_an_event_log_error() -> None:
    check_rows(BAD_LINES, lambda row: refused(lambda: ev.decode_line(row[0]), ev.EventLogError,
                                              row[1]))


def test_a_real_runs_log_reads_back(tmp_path: Path, good_lesson: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "events.jsonl"
    answers = tmp_path / "answers.txt"
    answers.write_text("moppi\n\nämpäri\nsanko\n", encoding="utf-8")
    code = main(["run", str(good_lesson), "--learner", "EV1", "--no-store", "--answers",
                 str(answers), "--events", str(log)])
    assert code == 0, capsys.readouterr().err
    records = [ev.decode_line(line) for line in log.read_text(encoding="utf-8").splitlines()]
    kinds = [r.type for _, r in records]
    assert kinds[0] == "session" and kinds[-1] == "end"
    assert {"say", "ask", "heard", "verdict", "timing"} <= set(kinds)
    # the log holds no learner and nothing they said (docs/progress.md)
    assert "EV1" not in log.read_text(encoding="utf-8")
    assert all(r.heard == "" for _, r in records if isinstance(r, ev.Verdict))
    assert all(r.text == "" for _, r in records if isinstance(r, ev.Heard))
    times = [t for t, _ in records]
    assert all(t is not None for t in times) and times == sorted(times)
