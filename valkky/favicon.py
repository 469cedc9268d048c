"""The robot's small picture for a browser's tab and bookmarks, drawn for the project
(``favicon.svg``, the project's licence). The learner's screen and the trainer's console
serve it at ``/favicon.svg`` (their pages link it) and at ``/favicon.ico``, where browsers
look without a link."""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

FAVICON = Path(__file__).resolve().parent / "favicon.svg"
PATHS = ("/favicon.svg", "/favicon.ico")


async def _favicon(request: Request) -> Response:
    # opened on its own, the picture runs nothing and reaches nothing (the app adds the
    # rest of its own headers)
    return FileResponse(FAVICON, media_type="image/svg+xml", headers={
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox"})


def routes() -> list[Route]:
    """The favicon's routes, for a Starlette app."""
    return [Route(path, _favicon) for path in PATHS]
