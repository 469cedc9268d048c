"""docs/protocol.md cannot drift from the code: every ```json example decodes with the codec,
the topic table names the topics ``Topics`` has, the e-stop table says what the robot does
with each payload, and the reason codes are the ones the robot sends."""

from __future__ import annotations

import json
import re
from pathlib import Path

from valkky.protocol import messages as p
from valkky.protocol import session as s
from valkky.testing.table import check_rows

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "protocol.md").read_text(encoding="utf-8")

# ```json KIND … ```: KIND is a message kind of messages.MESSAGES or session.MESSAGES, or
# "status"
EXAMPLE = re.compile(r"^```json(?P<info>[^\n]*)\n(?P<body>.*?)^```", re.M | re.S)
EXAMPLES = [(m["info"].strip(), m["body"].strip()) for m in EXAMPLE.finditer(DOC)]


def section(title: str) -> str:
    """The text of the ``## title`` section (up to the next ``## ``)."""
    start = DOC.index(f"\n## {title}\n")
    end = DOC.find("\n## ", start + 1)
    return DOC[start: end if end >= 0 else len(DOC)]


def table_rows(text: str) -> list[list[str]]:
    """The cells of every Markdown table row in ``text``, header and rule left out."""
    rows = [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in text.splitlines() if line.startswith("|")]
    return [r for r in rows if not set(r[0]) <= {"-", " "}][1:] if rows else []


def test_the_doc_has_examples_of_every_message() -> None:
    kinds = {kind for kind, _ in EXAMPLES}
    assert kinds == {*p.MESSAGES, *s.MESSAGES, "status"}, "every ```json block names its kind"


def test_every_example_decodes() -> None:
    check_rows(EXAMPLES, lambda row: _decodes(*row), lambda row: row[0])


def _decodes(kind: str, body: str) -> None:
    payload = body.encode("utf-8")
    if kind == "status":
        assert p.decode_status(payload) in (p.ONLINE, p.OFFLINE)
        return
    msg = s.MESSAGES[kind].from_payload(payload) if kind in s.MESSAGES else p.decode(kind,
                                                                                   payload)
    encoded = json.loads(msg.to_payload())
    # Unknown keys are ignored on the wire, so a misspelt key would pass decoding: every key
    # the doc shows must be one the code sends, with the value it means.
    doc = json.loads(body)
    assert set(doc) <= set(encoded), f"keys the code does not send: {set(doc) - set(encoded)}"
    for key, value in doc.items():
        assert value is None or encoded[key] == value, key


def test_the_topic_table_has_every_topic() -> None:
    topics = p.Topics("r")
    code = {getattr(topics, name).replace("valkky/r/", "valkky/{robot}/")
            for name in ("gesture", "show", "speech", "heartbeat", "estop", "ack", "error",
                         "state", "status", "controller_status")}
    doc = {row[0].strip("`") for row in table_rows(section("Topics"))}
    assert doc == code


def test_the_session_topic_table_has_every_session_topic() -> None:
    topics = s.SessionTopics("r")
    code = {t.replace("valkky/r/", "valkky/{robot}/")
            for t in (topics.events, topics.control, topics.error)}
    rows = table_rows(section("Session topics (the trainer's console)").split("###")[0])
    assert {row[0].strip("`") for row in rows} == code


def _estop_outcome(payload: bytes) -> str:
    try:
        msg = p.EStop.from_payload(payload)
    except p.ProtocolError:
        fail_safe = p.estop_fail_safe(payload)
        return "nothing changes" if fail_safe is None else "engages"
    return "engages" if msg.engaged else "releases"


def test_the_estop_table_says_what_the_robot_does() -> None:
    rows = table_rows(section("The e-stop fails closed"))
    assert len(rows) >= 10
    valid_engaging = 0
    for cell, said in rows:
        payload = b"" if cell == "(empty)" else cell.strip("`").encode("utf-8")
        assert _estop_outcome(payload) == said, cell
        if said == "engages" and _valid(payload):
            valid_engaging += 1
    assert valid_engaging == 1, "the other engaging rows show payloads that break the rules"


def _valid(payload: bytes) -> bool:
    try:
        p.EStop.from_payload(payload)
    except p.ProtocolError:
        return False
    return True


def test_the_reason_codes_are_the_ones_the_robot_sends() -> None:
    sources = "".join((REPO / "valkky" / "robot" / name).read_text(encoding="utf-8")
                      for name in ("core.py", "motion.py"))
    sent = set(re.findall(r'f?"([a-z_]+): ', sources))
    table = section("Acks: statuses and reason codes").split("A `rejected`", 1)[1]
    documented = {row[0].strip("`") for row in table_rows(table)}
    assert documented == sent
