"""The Live and Lessons pages through Starlette's test client: what a trainer sees (never
an internal id, a reason code or unescaped text from the wire), and the controls' checks
(CSRF, a robot id, a session that is running, a broker to send to)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.console.conftest import cheap_hash, csrf_of, sign_in
from valkky import events as ev
from valkky.console import live
from valkky.console.app import create_app
from valkky.console.db import Database
from valkky.console.livefeed import LiveFeed
from valkky.protocol.session import SessionEvt
from valkky.settings import for_database
from valkky.testing.broker import free_port
from valkky.testing.library import console_library

if TYPE_CHECKING:
    from starlette.testclient import TestClient

HTML = {"accept": "text/html"}


@pytest.fixture
def app(tmp_path: Path) -> Iterator[object]:
    db = Database(for_database(tmp_path / "progress.db"))
    try:
        app = create_app(db, cheap_hash())
        app.state.console.library = console_library()  # not linted again for each test
        yield app
    finally:
        db.close()


def signed_in(app: object) -> tuple[TestClient, str]:
    """A signed-in client (tests/console/conftest.py's sign-in) and its form token."""
    from starlette.testclient import TestClient  # here: every worker collects this module

    client = TestClient(app, base_url="http://127.0.0.1")  # type: ignore[arg-type]
    assert sign_in(client).status_code in (200, 303)
    return client, csrf_of(client.get("/live", headers=HTML).text)


def unconnected_feed() -> LiveFeed:
    """A real feed whose broker is not there: the board is filled by the test."""
    return LiveFeed.from_url(f"mqtt://127.0.0.1:{free_port()}")


def record(seq: int, rec: ev.Event, session: str = "0123abcd4567ef89") -> SessionEvt:
    return SessionEvt(session=session, seq=seq, at=1.0, lesson="siivous-valineet",
                      title="Siivous <b>välineet</b>", learner="AB12", steps=9, record=rec)


def test_the_page_shows_the_turns_and_nothing_internal(app: object) -> None:
    feed = unconnected_feed()
    app.state.live = feed  # type: ignore[attr-defined]
    for seq, rec in enumerate([
            ev.StepStarted(step="step-29.nimi", kind="ask", index=3),
            ev.Ask(step="step-29.nimi", kind="ask", text="Mikä sinun nimesi on?", tries=2),
            ev.Heard(step="step-29.nimi", text="<script>alert(1)</script>", source="speech"),
            ev.Verdict(step="step-29.nimi", verdict="almost", reason="double_consonant",
                       score=0.8, try_=1, heard="<script>alert(1)</script>")]):
        feed.board.record("valkky-1", record(seq, rec), now=1e12)
    client, _ = signed_in(app)
    page = client.get("/live", headers=HTML).text
    assert "Mikä sinun nimesi on?" in page and "melkein" in page and "puhuttu" in page
    assert "Vaihe 4/9" in page and "AB12" in page
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<b>välineet" not in page
    shown = re.sub(r'<input type="hidden"[^>]*>', "", page)  # form fields are not shown
    for internal in ("step-29", "nimi\"", "double_consonant", "0123abcd4567ef89",
                     "siivous-valineet"):
        assert internal not in shown, internal
    assert client.get("/live", headers=HTML, params={"note": "nonsense"}).status_code == 200


def test_controls_are_checked_before_anything_is_sent(app: object) -> None:
    feed = unconnected_feed()
    app.state.live = feed  # type: ignore[attr-defined]
    feed.board.record("valkky-1", record(0, ev.SessionOpened(lesson="l")), now=1e12)
    client, csrf = signed_in(app)

    def post(path: str, **data: str) -> str:
        reply = client.post(path, data=data, follow_redirects=False)
        assert reply.status_code == 303, reply.text
        return reply.headers["location"]

    # without the form's token: refused by the gate, nothing happens
    assert client.post("/live/estop", data={"robot": "valkky-1"}).status_code == 403
    assert post("/live/control", csrf=csrf, robot="../x", action="stop",
                session="0123abcd4567ef89") == "/live?note=unsent"
    assert post("/live/control", csrf=csrf, robot="valkky-1", action="explode",
                session="0123abcd4567ef89") == "/live?note=unsent"
    assert post("/live/control", csrf=csrf, robot="valkky-1", action="stop",
                session="another") == "/live?note=ended"
    # a session running, but no broker connection: said so, not pretended
    assert post("/live/control", csrf=csrf, robot="valkky-1", action="stop",
                session="0123abcd4567ef89") == "/live?note=unsent"
    assert post("/live/estop", csrf=csrf, robot="valkky-1") == "/live?note=estop-unsent"
    page = client.get("/live?note=estop-unsent", headers=HTML).text
    assert "EI voitu lähettää" in page and "hätäseispainiketta" in page


def test_without_a_broker_the_page_says_so(app: object) -> None:
    client, csrf = signed_in(app)
    assert "--broker" in client.get("/live", headers=HTML).text
    reply = client.post("/live/estop", data={"csrf": csrf, "robot": "valkky-1"},
                        follow_redirects=False)
    assert reply.headers["location"] == "/live?note=nobroker"


def test_the_stream_sends_the_panel(app: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live, "STREAM_S", 0.5)
    feed = unconnected_feed()
    app.state.live = feed  # type: ignore[attr-defined]
    feed.board.record("valkky-1", record(0, ev.Ask(step="a", kind="ask", text="Kuka?")),
                      now=1e12)
    client, _ = signed_in(app)
    reply = client.get("/live/stream")
    assert reply.headers["content-type"].startswith("text/event-stream")
    assert reply.text.startswith("event: panel\ndata: ") and "Kuka?" in reply.text
    assert type(client)(app).get("/live/stream").status_code == 401  # not signed in


def test_lessons_list_and_a_preview_writes_nothing(app: object, good_lesson: Path,
                                                   tmp_path: Path) -> None:
    (good_lesson.parent / "rikki.yaml").write_text("id: rikki\nsteps: [\n", encoding="utf-8")
    client, csrf = signed_in(app)
    page = client.get("/lessons", headers=HTML).text
    assert "Siivousvälineet" in page and "9 vaihetta, noin" in page and "kunnossa" in page
    assert "virheitä: 1 – ei käynnisty" in page  # the broken file is listed, not previewable
    before = sorted(p.name for p in tmp_path.rglob("*"))
    reply = client.post("/lessons/preview", data={"csrf": csrf, "lesson": "testi",
                                                  "lang": "ar"}, follow_redirects=False)
    preview = reply.headers["location"]
    page = client.post(preview, data={"csrf": csrf, "answer": "moppi"}).text
    assert page.count("verdict-correct") == 1
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing written
    other, _ = signed_in(app)  # another browser cannot see or answer it
    assert other.get(preview, headers=HTML).status_code == 404
    assert client.post("/lessons/preview", data={"csrf": csrf, "lesson": "rikki"}
                       ).status_code == 404


def test_a_lesson_with_skills_shows_them(app: object, good_lesson: Path) -> None:
    """A lesson's ``skills:`` list, in the trainer's words; a lesson without one shows –."""
    text = good_lesson.read_text(encoding="utf-8")
    (good_lesson.parent / "taidot.yaml").write_text(
        text.replace("id: testi", "id: taidot").replace("title: Siivousvälineet",
                                                         "title: Taitojen testi")
        .replace("level: A1\n", "level: A1\nskills: [vocabulary, speaking]\n"),
        encoding="utf-8")
    client, _ = signed_in(app)
    page = client.get("/lessons", headers=HTML).text
    row = page[page.index("Taitojen testi"):]
    assert "sanasto, puhuminen" in row[:row.index("</tr>")], row[:1500]
    row = page[page.index("Siivousvälineet"):]
    assert "<td>–</td>" in row[:row.index("</tr>")]


def test_a_score_reads_as_a_percentage(app: object) -> None:
    feed = unconnected_feed()
    app.state.live = feed  # type: ignore[attr-defined]
    feed.board.record("valkky-1", record(0, ev.End(reason="completed", score=0.87)), now=1e12)
    client, _ = signed_in(app)
    page = client.get("/live", headers=HTML).text
    assert "Pisteet 87 %" in page and "0.87" not in page
    # every template shows a score as the one score's percentage, never as 0.87
    from valkky.console.app import HERE

    values = [(template.name, shown) for template in (HERE / "templates").glob("*.html")
              for shown in re.findall(r"\{\{[^}]*score[^}]*\}\}", template.read_text("utf-8"))
              if re.search(r'(?<![\w".])[a-z_]+\.score\b(?!")', shown)]  # a value, not a label
    assert values, "no template shows a score: nothing checked"
    for name, shown in values:
        assert "percent" in shown, (name, shown)
