"""Attempts as xAPI 1.0.3 statements, for a Learning Record Store.

The actor is a pseudonymous account (never a name or e-mail); each judged answer is
"answered" with a result, each completed session "completed".
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from valkky.progress.store import Store

HOMEPAGE = "https://valkky.invalid/learners"  # the account's system; ids are pseudonymous
ACTIVITY = "https://valkky.invalid/lessons"
VERBS = {
    "answered": "http://adlnet.gov/expapi/verbs/answered",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
}
_NS = uuid.UUID("5b0f7e3e-2b1f-4f0e-9a53-6f3c8f1a9d42")  # stable statement ids per row


def _iso(t: float) -> str:
    return datetime.fromtimestamp(t, UTC).isoformat(timespec="milliseconds").replace(
        "+00:00", "Z")


def _statement(kind: str, key: str, learner: str, activity: str, name: str,
               at: float, result: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid5(_NS, f"{kind}:{key}")),
        "actor": {"objectType": "Agent", "account": {"homePage": HOMEPAGE, "name": learner}},
        "verb": {"id": VERBS[kind], "display": {"en-US": kind}},
        "object": {"objectType": "Activity", "id": activity,
                   "definition": {"name": {"fi-FI": name}}},
        "result": result,
        "timestamp": _iso(at),
    }


def statements(store: Store, since: float | None = None) -> list[dict[str, Any]]:
    out = []
    for a in store.attempts(since=since):
        out.append(_statement(
            "answered", f"attempt:{a['id']}", a["learner_id"],
            f"{ACTIVITY}/{a['lesson_id']}/steps/{a['step']}", f"{a['lesson_id']} {a['step']}",
            a["at"], {"score": {"scaled": round(a["score"], 3)},
                      "success": a["verdict"] == "correct", "response": a["heard"],
                      "extensions": {f"{ACTIVITY}/verdict": a["verdict"],
                                     f"{ACTIVITY}/reason": a["reason"],
                                     f"{ACTIVITY}/try": a["try"]}}))
    query = "SELECT * FROM sessions WHERE end_reason='completed'"
    args: tuple = ()
    if since is not None:
        query += " AND ended_at>=?"
        args = (since,)
    for s in store.db.execute(query, args):
        result: dict[str, Any] = {"completion": True}
        if s["score"] is not None:
            result["score"] = {"scaled": round(s["score"], 3)}
        out.append(_statement("completed", f"session:{s['id']}", s["learner_id"],
                              f"{ACTIVITY}/{s['lesson_id']}", s["lesson_id"], s["ended_at"],
                              result))
    return sorted(out, key=lambda st: st["timestamp"])


def problems(statement: dict[str, Any]) -> list[str]:
    """What makes a statement invalid under xAPI 1.0.3's required fields (empty if none)."""
    found = []
    try:
        uuid.UUID(statement["id"])
    except (KeyError, ValueError):
        found.append("id must be a UUID")
    account = statement.get("actor", {}).get("account", {})
    if not (account.get("homePage", "").startswith("http") and account.get("name")):
        found.append("actor.account needs homePage (IRL) and name")
    if not str(statement.get("verb", {}).get("id", "")).startswith("http"):
        found.append("verb.id must be an IRI")
    if not str(statement.get("object", {}).get("id", "")).startswith("http"):
        found.append("object.id must be an IRI")
    scaled = statement.get("result", {}).get("score", {}).get("scaled")
    if scaled is not None and not -1 <= scaled <= 1:
        found.append("result.score.scaled must be within -1..1")
    try:
        datetime.fromisoformat(statement["timestamp"].replace("Z", "+00:00"))
    except (KeyError, ValueError):
        found.append("timestamp must be ISO 8601")
    return found
