"""The console's app through HTTP (Starlette's TestClient): the gate before login, the
login and its slowdown, expiry, CSRF, the pages' forms, erasure and corrections."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.console.conftest import PASSWORD, cheap_hash, csrf_of, sign_in
from valkky.cli import main
from valkky.progress.reports import learner_report
from valkky.progress.store import Store

# every kind of path a console serves: pages, their data, a file, and ones not there
PATHS = ["/", "/learners", "/learners/AB12", "/learners/AB12/export.json",
         "/learners/AB12/delete", "/review", "/review?learner=AB12", "/groups",
         "/groups?workplace=Kemin%20varikko", "/pending", "/api/learners", "/static/x.css",
         "/static/../templates/base.html", "/nothing-here"]


def test_nothing_about_learners_before_login(console: Any) -> None:
    client, _, _ = console
    for path in PATHS:
        for accept in ("text/html", "application/json", "*/*"):
            r = client.get(path, headers={"Accept": accept})
            assert r.status_code in (303, 401), (path, accept, r.status_code)
            assert "AB12" not in r.text and "Kemin" not in r.text and "ämpäri" not in r.text
            if r.status_code == 303:
                assert r.headers["location"].startswith("/login?next=")
        for method in ("POST", "PUT", "DELETE"):
            r = client.request(method, path, data={"id": "ZZ99"})
            assert r.status_code in (401, 405), (method, path, r.status_code)
    assert client.get("/static/console.css").status_code == 200  # the login page's style
    page = client.get("/login")
    assert page.status_code == 200 and "AB12" not in page.text


def test_a_wrong_password_is_refused_and_the_right_one_lets_in(console: Any,
                                                                 seeded: Path) -> None:
    client, _, _ = console
    r = sign_in(client, "väärä")
    assert r.status_code == 401 and "Väärä salasana" in r.text
    assert client.get("/learners", headers={"Accept": "text/html"}).status_code == 303
    r = sign_in(client)
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = r.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    page = client.get("/learners")
    assert page.status_code == 200 and "AB12" in page.text and "CD34" in page.text
    for header in ("content-security-policy", "x-content-type-options", "x-frame-options"):
        assert header in page.headers
    assert page.headers["cache-control"] == "no-store"


def test_login_needs_the_forms_token(console: Any) -> None:
    client, _, _ = console
    client.get("/login")
    r = client.post("/login", data={"password": PASSWORD})
    assert r.status_code == 303 and "expired=1" in r.headers["location"]
    assert client.get("/learners", headers={"Accept": "text/html"}).status_code == 303


def test_sessions_expire_when_idle(signed_in: Any) -> None:
    client, _, clock = signed_in
    assert client.get("/learners").status_code == 200
    clock.now += 29 * 60
    assert client.get("/learners").status_code == 200
    clock.now += 31 * 60
    r = client.get("/learners", headers={"Accept": "text/html"})
    assert r.status_code == 303 and "expired=1" in r.headers["location"]
    assert "Istunto vanheni" in client.get(r.headers["location"]).text


def test_repeated_failures_make_the_client_wait(console: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import asyncio

    import valkky.console.app as app_module

    waited: list[float] = []

    class AppAsyncio:
        """asyncio as the console app sees it, its sleeps recorded and cut short. Not
        asyncio.sleep itself: every event loop of this test process would go through it
        (an embedded broker's from an earlier test, sleeping a second at a time)."""

        def __getattr__(self, name: str) -> Any:
            return getattr(asyncio, name)

        @staticmethod
        async def sleep(seconds: float) -> None:
            waited.append(seconds)
            await asyncio.sleep(0)

    monkeypatch.setattr(app_module, "asyncio", AppAsyncio())
    client, _, _ = console
    for _ in range(4):
        assert sign_in(client, "väärä").status_code == 401
    assert waited == [pytest.approx(0.05, abs=0.01)]  # free=2: the fourth try waited
    assert sign_in(client).status_code == 303  # still let in after waiting
    assert len(waited) == 2


def test_every_post_needs_the_sessions_csrf_token(signed_in: Any, seeded: Path) -> None:
    client, _, _ = signed_in
    for data in ({"id": "ZZ99", "profession": "siivous"},
                 {"id": "ZZ99", "profession": "siivous", "csrf": "arvattu"}):
        r = client.post("/learners", data=data)
        assert r.status_code == 403 and "Lomake oli vanhentunut" in r.text
    r = client.post("/learners/AB12/delete", data={})
    assert r.status_code == 403
    store = Store(seeded)
    assert [x.id for x in store.learners()] == ["AB12", "CD34"]  # nothing changed
    store.close()


def test_adding_a_learner_and_a_refusal_that_keeps_what_was_typed(signed_in: Any,
                                                                   seeded: Path) -> None:
    client, _, _ = signed_in
    csrf = csrf_of(client.get("/learners").text)
    bad = {"csrf": csrf, "id": "Ähtäri 1", "name": "Aino", "lang": "ar",
           "profession": "siivous", "level": "A2", "workplace": "Kemin varikko"}
    r = client.post("/learners", data=bad)
    assert r.status_code == 400 and "Tunnisteessa voi olla" in r.text
    assert 'value="Aino"' in r.text and 'value="Ähtäri 1"' in r.text
    r = client.post("/learners", data=bad | {"id": "EF56"})
    assert r.status_code == 303
    assert client.post("/learners", data=bad | {"id": "EF56"}).status_code == 409
    store = Store(seeded)
    x = store.learner("EF56")
    assert (x.display_name, x.lang, x.level, x.profession, x.workplace) == (
        "Aino", "ar", "A2", "siivous", "Kemin varikko")
    store.close()


def test_a_learners_page_has_the_chart_and_no_step_ids(signed_in: Any) -> None:
    client, _, _ = signed_in
    page = client.get("/learners/AB12").text
    assert page.count("<svg") == 3 and 'role="img"' in page and "<desc" in page
    assert "kaksoiskonsonantti (kuka – kukka)" in page  # a reason in words, not its code
    assert "Mikä tämä on?" in page  # the most missed, as the robot asked it
    assert "mika" not in page and "step-" not in page and "double_consonant" not in page
    assert "Pisteet" in page and "Miten pisteet lasketaan?" in page
    english = client.get("/lang/en?next=/learners/AB12")
    assert english.status_code == 303
    page = client.get("/learners/AB12").text
    assert "How is the score counted?" in page and 'lang="en"' in page
    assert client.get("/learners/ZZ99", headers={"Accept": "text/html"}).status_code == 404


def test_export_is_the_learners_data(signed_in: Any) -> None:
    client, _, _ = signed_in
    r = client.get("/learners/AB12/export.json")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    data = json.loads(r.text)
    assert data["learner"]["id"] == "AB12" and data["attempts"] and "overrides" in data


def test_delete_asks_first_then_erases_like_the_cli(signed_in: Any, seeded: Path) -> None:
    client, _, _ = signed_in
    confirm = client.get("/learners/AB12/delete")
    assert confirm.status_code == 200 and "Tätä ei voi perua" in confirm.text
    store = Store(seeded)
    assert store.learner("AB12")  # asking erased nothing
    store.close()
    r = client.post("/learners/AB12/delete", data={"csrf": csrf_of(confirm.text)})
    assert r.status_code == 303
    assert "AB12" not in client.get("/learners").text.split("<h2")[0].replace(
        "(AB12)", "")
    files = list(seeded.parent.glob(seeded.name + "*"))
    assert seeded in files
    store = Store(seeded)
    assert [x.id for x in store.learners()] == ["CD34"]  # the other learner is kept
    store.close()
    for file in files:
        assert b"AB12" not in file.read_bytes(), file


def test_a_correction_changes_the_report_and_shows_in_review(
        signed_in: Any, seeded: Path, capsys: pytest.CaptureFixture[str]) -> None:
    client, db, _ = signed_in
    before = db.call(lambda store: learner_report(store, "CD34"))
    page = client.get("/review?learner=CD34").text
    # "harja" for "Mikä tämä on?" (the mop), judged wrong at the last try: the trainer
    # says it was right (say a lesson's picture showed a brush)
    row = re.search(r'<tr id="a(\d+)"[^>]*>(?:(?!</tr>).)*“harja”', page, re.S)
    assert row, page
    attempt_id = int(row.group(1))
    r = client.post(f"/review/{attempt_id}", data={
        "csrf": csrf_of(page), "verdict": "correct", "back": "/review?learner=CD34"})
    assert r.status_code == 303
    after = db.call(lambda store: learner_report(store, "CD34"))
    assert after.score is not None and before.score is not None
    assert after.score > before.score and after.right == before.right + 1
    assert after.corrected == 1 and after.tasks == before.tasks
    assert "kouluttaja: oikein (robotti: väärin)" in client.get(r.headers["location"]).text
    assert client.get("/learners/CD34").text.count(f"{round(after.score * 100)} %") >= 1
    original = db.call(lambda store: store.db.execute(
        "SELECT verdict FROM attempts WHERE id=?", (attempt_id,)).fetchone()[0])
    assert original == "wrong"  # kept beside, never overwritten
    capsys.readouterr()
    assert main(["review", "--db", str(seeded)]) == 0
    assert 'trainer: "harja" was right (judged wrong)' in capsys.readouterr().out
    assert main(["report", "CD34", "--db", str(seeded)]) == 0
    assert f"score {round(after.score * 100)} %" in capsys.readouterr().out
    bad = client.post(f"/review/{attempt_id}", data={"csrf": csrf_of(page),
                                                     "verdict": "maybe"})
    assert bad.status_code == 400 and "Traceback" not in bad.text


def test_groups_and_pending(signed_in: Any) -> None:
    client, _, _ = signed_in
    groups = client.get("/groups").text
    assert "Kemin varikko" in groups
    group = client.get("/groups?workplace=Kemin%20varikko").text
    assert "AB12" in group and "CD34" in group and "Vaikeat sanat" in group
    assert "ämpäri" in group or "moppi" in group
    assert "SQLite" in client.get("/pending").text


def test_the_host_must_be_the_consoles_own(seeded: Path) -> None:
    from starlette.testclient import TestClient

    from valkky.console.app import create_app
    from valkky.console.db import Database
    from valkky.settings import for_database

    db = Database(for_database(seeded))
    try:
        app = create_app(db, cheap_hash(), allowed_hosts=["127.0.0.1"])
        assert TestClient(app, base_url="http://127.0.0.1").get("/login").status_code == 200
        evil = TestClient(app, base_url="http://attacker.example")
        assert evil.get("/login").status_code == 400
    finally:
        db.close()


def test_after_login_the_trainer_is_back_where_they_were_going(console: Any) -> None:
    client, _, _ = console
    client.get("/login")  # an anonymous session: not an expired one
    r = client.get("/groups?workplace=Kemin%20varikko", headers={"Accept": "text/html"})
    assert r.status_code == 303 and "expired" not in r.headers["location"]
    form = client.get(r.headers["location"]).text
    assert "Istunto vanheni" not in form
    r = client.post("/login", data={"csrf": csrf_of(form), "password": PASSWORD,
                                    "next": re.search(r'name="next" value="([^"]*)"',
                                                      form).group(1)})  # type: ignore[union-attr]
    assert r.headers["location"] == "/groups?workplace=Kemin%20varikko"


def test_the_console_makes_the_data_dir_the_users_own(seeded: Path, tmp_path: Path) -> None:
    """A data dir others can read is tightened to 0700 when the console opens its
    database there, as `valkky run` and the progress commands do (the console once opened
    its store without that check); a folder given with --db is left as it is."""
    from valkky.console.db import Database
    from valkky.settings import for_database

    data, shared = tmp_path / "data", tmp_path / "shared"
    for folder in (data, shared):
        folder.mkdir(mode=0o755)
        folder.chmod(0o755)
        (folder / "progress.db").write_bytes(seeded.read_bytes())
    for settings in (for_database(data / "progress.db"),
                     for_database(shared / "progress.db", data=data)):
        Database(settings).close()
    assert (data.stat().st_mode & 0o777, shared.stat().st_mode & 0o777) == (0o700, 0o755)
