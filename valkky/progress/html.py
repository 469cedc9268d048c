"""A learner's report as one self-contained HTML page with inline SVG charts: the score
over time, answers by verdict and reason, the words due and the questions to practise.
No scripts, no downloads."""

from __future__ import annotations

import html
import json
from collections.abc import Mapping

from valkky.lesson.model import Lesson
from valkky.lesson.questions import question
from valkky.progress import score
from valkky.progress.charts import VERDICT_COLOURS, bar_chart, line_chart
from valkky.progress.reasons import reason_words, tally
from valkky.progress.reports import GONE, LearnerReport
from valkky.progress.store import Store

VERDICT_WORDS = {"correct": "right", "almost": "almost", "wrong": "wrong",
                 "silence": "no answer"}

_CSS = """body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}table{border-collapse:collapse}
td,th{padding:.3rem .8rem;border-bottom:1px solid #ddd;text-align:left}
.stats span{display:inline-block;margin-right:2rem;font-size:1.1rem}svg text{font-size:12px}
.chart{max-width:100%;height:auto}"""


def learner_html(store: Store, r: LearnerReport,
                 lessons: Mapping[str, Lesson] | None = None) -> str:
    """The page; ``lessons`` (the library by id) names the questions to practise."""
    due = [dict(row) for row in store.db.execute(
        "SELECT word, glosses, due FROM cards WHERE learner_id=? AND due<=? ORDER BY due",
        (r.learner_id, store.clock()))]
    learner = store.learner(r.learner_id)
    lang = learner.lang or "en"
    words = "".join(f"<tr><td>{html.escape(d['word'])}</td><td>"
                    f"{html.escape(json.loads(d['glosses']).get(lang, ''))}</td></tr>"
                    for d in due) or "<tr><td colspan=2>No words due.</td></tr>"
    weak = []
    for s in r.weak_steps:
        lesson = (lessons or {}).get(s.lesson_id)
        asked = question(lesson, s.step)
        title = lesson.title if lesson else s.lesson_id
        text = asked.text if asked else GONE
        weak.append(f"<tr><td>{html.escape(title)}</td><td>{html.escape(text)}</td>"
                    f"<td>{s.missed}/{s.answers}</td></tr>")
    name = html.escape(learner.display_name or r.learner_id)
    title = f"Välkky — {name}"
    first, last = (r.daily[0][0], r.daily[-1][0]) if r.daily else ("", "")
    chart = line_chart([(d[5:], v) for d, v, _ in r.daily], title="Score per day",
                       desc=f"The score per day from {first} to {last}, last "
                            f"{score.percent(r.daily[-1][1]) if r.daily else '–'}",
                       empty="No answers yet.")
    said = {k: reason_words(k) for k in r.by_reason}
    verdicts = bar_chart(dict(r.by_verdict), title="Answers by verdict",
                         desc=", ".join(f"{VERDICT_WORDS.get(k, k)} {v}"
                                        for k, v in r.by_verdict.most_common()),
                         colours=VERDICT_COLOURS, names=VERDICT_WORDS,
                         empty="Nothing to show yet.")
    reasons = bar_chart(dict(r.by_reason), title="Almost and wrong, by reason",
                        desc=tally(r.by_reason), names=said, empty="Nothing to show yet.")
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title><style>{_CSS}</style></head><body>
<h1>{title}</h1>
<p class="stats"><span>score {score.percent(r.score)}</span><span>{r.sessions} sessions</span>
<span>{r.completed} completed</span><span>{r.tasks} tasks ({r.right} right)</span>
<span>{r.answers} answers</span><span>{r.due} words due</span></p>
<p>{html.escape(score.EXPLANATION["en"])}</p>
<h2>Score over time</h2>{chart}
<h2>Answers by verdict</h2>{verdicts}
<h2>Almost and wrong, by reason</h2>{reasons}
<h2>Words due for review</h2><table><tr><th>Finnish</th><th>{html.escape(lang)}</th></tr>
{words}</table>
<h2>Questions to practise</h2><table><tr><th>lesson</th><th>the robot asked</th>
<th>missed</th></tr>{"".join(weak)}
</table></body></html>
"""
