"""A learner's report as one self-contained HTML page with inline SVG charts: progress
over time, answers by verdict and reason, and the words due. No scripts, no downloads."""

from __future__ import annotations

import html
import json

from valkky.progress.reports import LearnerReport
from valkky.progress.store import Store

_COLOURS = {"correct": "#2e7d32", "almost": "#f9a825", "wrong": "#c62828", "silence": "#757575"}
_CSS = """body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}table{border-collapse:collapse}
td,th{padding:.3rem .8rem;border-bottom:1px solid #ddd;text-align:left}
.stats span{display:inline-block;margin-right:2rem;font-size:1.1rem}svg text{font-size:12px}"""


def _line_chart(points: list[tuple[str, float, int]]) -> str:
    if not points:
        return "<p>No answers yet.</p>"
    w, h, pad = 640, 220, 40
    step = (w - 2 * pad) / max(1, len(points) - 1)
    xy = [(pad + i * step, h - pad - score * (h - 2 * pad)) for i, (_, score, _) in
          enumerate(points)]
    path = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
    dots = "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="#1565c0"/>' for x, y in xy)
    labels = "".join(f'<text x="{x:.1f}" y="{h - pad + 18}" text-anchor="middle">{d[5:]}</text>'
                     for (x, _), (d, _, _) in zip(xy, points, strict=True))
    grid = "".join(f'<line x1="{pad}" x2="{w - pad}" y1="{h - pad - f * (h - 2 * pad):.1f}" '
                   f'y2="{h - pad - f * (h - 2 * pad):.1f}" stroke="#eee"/>'
                   f'<text x="{pad - 6}" y="{h - pad - f * (h - 2 * pad) + 4:.1f}" '
                   f'text-anchor="end">{f:.1f}</text>' for f in (0, 0.5, 1))
    return (f'<svg width="{w}" height="{h}" role="img" aria-label="mean score per day">{grid}'
            f'<polyline points="{path}" fill="none" stroke="#1565c0" stroke-width="2"/>'
            f'{dots}{labels}</svg>')


def _bar_chart(counts: dict[str, int], colours: dict[str, str] | None = None) -> str:
    if not counts:
        return "<p>Nothing to show yet.</p>"
    w, bar, gap = 640, 22, 8
    top = max(counts.values())
    h = len(counts) * (bar + gap) + 10
    rows = []
    for i, (name, n) in enumerate(sorted(counts.items(), key=lambda kv: -kv[1])):
        y = i * (bar + gap)
        length = 420 * n / top
        colour = (colours or {}).get(name, "#5c6bc0")
        rows.append(f'<text x="150" y="{y + 16}" text-anchor="end">{html.escape(name)}</text>'
                    f'<rect x="160" y="{y}" width="{length:.1f}" height="{bar}" '
                    f'fill="{colour}"/><text x="{166 + length:.1f}" y="{y + 16}">{n}</text>')
    return f'<svg width="{w}" height="{h}" role="img">{"".join(rows)}</svg>'


def learner_html(store: Store, r: LearnerReport) -> str:
    due = [dict(row) for row in store.db.execute(
        "SELECT word, glosses, due FROM cards WHERE learner_id=? AND due<=? ORDER BY due",
        (r.learner_id, store.clock()))]
    learner = store.learner(r.learner_id)
    lang = learner.lang or "en"
    words = "".join(f"<tr><td>{html.escape(d['word'])}</td><td>"
                    f"{html.escape(json.loads(d['glosses']).get(lang, ''))}</td></tr>"
                    for d in due) or "<tr><td colspan=2>No words due.</td></tr>"
    weak = "".join(f"<tr><td>{html.escape(s.lesson_id)}</td><td>{html.escape(s.step)}</td>"
                   f"<td>{s.missed}/{s.answers}</td></tr>" for s in r.weak_steps)
    rate = f"{r.correct / r.answers:.0%}" if r.answers else "–"
    title = f"Välkky — {html.escape(learner.display_name or r.learner_id)}"
    return f"""<!doctype html><html lang="fi"><head><meta charset="utf-8">
<title>{title}</title><style>{_CSS}</style></head><body>
<h1>{title}</h1>
<p class="stats"><span>{r.sessions} sessions</span><span>{r.completed} completed</span>
<span>{r.answers} answers</span><span>{rate} correct</span><span>{r.due} words due</span></p>
<h2>Progress over time (mean score per day)</h2>{_line_chart(r.daily)}
<h2>Answers by verdict</h2>{_bar_chart(dict(r.by_verdict), _COLOURS)}
<h2>Almost and wrong, by reason</h2>{_bar_chart(dict(r.by_reason))}
<h2>Words due for review</h2><table><tr><th>Finnish</th><th>{html.escape(lang)}</th></tr>
{words}</table>
<h2>Steps to practise</h2><table><tr><th>lesson</th><th>step</th><th>missed</th></tr>{weak}
</table></body></html>
"""
