"""Charts as inline SVG, drawn on the server: no scripts, nothing downloaded. Used by the
console's pages and by ``valkky report --html``.

Pure: data in, markup out, every text escaped. Each chart is an image with a title and a
description (``role="img"``, ``aria-labelledby``) that a screen reader reads; the pages
also give the numbers as a table.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Mapping, Sequence

VERDICT_COLOURS = {"correct": "#1e6b2e", "almost": "#8a5a00", "wrong": "#b3261e",
                   "silence": "#616161"}
MAX_LABELS = 8  # x-axis labels, however many points
MAX_DOTS = 60  # dots on the line up to this many points; a bare line beyond


def _frame(width: int, height: int, title: str, desc: str, body: str) -> str:
    n = hashlib.sha1(f"{title}\n{desc}".encode()).hexdigest()[:10]  # unique in a page
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" role="img" aria-labelledby="chart{n}t chart{n}d">'
            f'<title id="chart{n}t">{html.escape(title)}'
            f'</title><desc id="chart{n}d">{html.escape(desc)}</desc>{body}</svg>')


def line_chart(points: Sequence[tuple[str, float]], *, title: str, desc: str,
               empty: str = "–", width: int = 640, height: int = 220) -> str:
    """Values 0–1 (shown as 0–100 %) over labelled points in order (dates, sessions)."""
    if not points:
        return f"<p>{html.escape(empty)}</p>"
    pad_l, pad_r, pad_t, pad_b = 48, 16, 12, 36
    w, h = width - pad_l - pad_r, height - pad_t - pad_b
    step = w / max(1, len(points) - 1)

    def y(v: float) -> float:
        return pad_t + h - max(0.0, min(1.0, v)) * h

    xy = [(pad_l + i * step if len(points) > 1 else pad_l + w / 2, y(v))
          for i, (_, v) in enumerate(points)]
    grid = "".join(
        f'<line x1="{pad_l}" x2="{pad_l + w}" y1="{y(f):.1f}" y2="{y(f):.1f}" '
        f'stroke="#ddd"/><text x="{pad_l - 6}" y="{y(f) + 4:.1f}" text-anchor="end">'
        f'{round(f * 100)} %</text>' for f in (0, 0.5, 1))
    line = " ".join(f"{px:.1f},{py:.1f}" for px, py in xy)
    dots = "" if len(xy) > MAX_DOTS else "".join(
        f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="#0b57a4"/>' for px, py in xy)
    every = max(1, -(-len(points) // MAX_LABELS))
    labels = "".join(
        f'<text x="{xy[i][0]:.1f}" y="{pad_t + h + 20}" text-anchor="middle">'
        f'{html.escape(points[i][0])}</text>' for i in range(0, len(points), every))
    body = (f'{grid}<polyline points="{line}" fill="none" stroke="#0b57a4" '
            f'stroke-width="2"/>{dots}{labels}')
    return _frame(width, height, title, desc, body)


def bar_chart(counts: Mapping[str, int], *, title: str, desc: str, empty: str = "–",
              colours: Mapping[str, str] | None = None,
              names: Mapping[str, str] | None = None, width: int = 640) -> str:
    """Horizontal bars, largest first; ``names`` shows a key as the reader's words."""
    if not counts:
        return f"<p>{html.escape(empty)}</p>"
    bar, gap, left = 22, 8, 170
    top = max(counts.values()) or 1
    rows = []
    for i, (key, n) in enumerate(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))):
        y = i * (bar + gap)
        length = (width - left - 60) * n / top
        colour = (colours or {}).get(key, "#3f51b5")
        name = (names or {}).get(key, key)
        rows.append(f'<text x="{left - 10}" y="{y + 16}" text-anchor="end">'
                    f'{html.escape(name)}</text><rect x="{left}" y="{y}" '
                    f'width="{length:.1f}" height="{bar}" fill="{colour}"/>'
                    f'<text x="{left + length + 6:.1f}" y="{y + 16}">{n}</text>')
    height = len(counts) * (bar + gap) + 4
    return _frame(width, height, title, desc, "".join(rows))
