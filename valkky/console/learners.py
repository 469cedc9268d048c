"""Page 1, the learners: the list with level, last session and score."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from valkky.console.web import Nav, in_db, render, translator
from valkky.progress.store import Store


def _rows(store: Store) -> list[dict[str, object]]:
    return [{"id": x.id, "level": x.level or "–"} for x in store.learners()]


async def index(request: Request) -> Response:
    t = translator(request)
    rows = await in_db(request, _rows)
    return render(request, "learners.html", title=t("learners.title"), rows=rows)


routes = [Route("/learners", index)]
nav = Nav("/learners", fi="Oppijat", en="Learners")
text = {
    "learners.title": {"fi": "Oppijat", "en": "Learners"},
    "learners.id": {"fi": "Tunniste", "en": "Id"},
    "learners.level": {"fi": "Taso", "en": "Level"},
    "learners.none": {"fi": "Ei vielä oppijoita.", "en": "No learners yet."},
}
