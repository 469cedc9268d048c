"""``--screen``: the screen started beside a session, and answers raced between it, the
terminal and speech."""

from __future__ import annotations

from typing import TextIO

from valkky import events as ev
from valkky.lesson.model import Lesson
from valkky.race import RaceListener, Source
from valkky.runtime import Listener
from valkky.screen.server import Screen
from valkky.screen.words import answer_prompt
from valkky.speech.text import TextListener


def open_screen(address: str, lesson: Lesson, lang: str, base: Listener, *,
                reconnect_s: float = 1.0, at_terminal: bool = False,
                out: TextIO | None = None) -> tuple[Screen, RaceListener]:
    """Serve the screen at ``address``; the listener that races it with ``base`` (and with
    the terminal, where answers are spoken and the session runs ``at_terminal``, a
    terminal to type at). ``reconnect_s``: the page's wait before it opens a broken link
    again. ``out``: the terminal's output (default stdout)."""
    screen = Screen(lesson, lang, address, reconnect_s=reconnect_s)
    typed = isinstance(base, TextListener)
    # typed at a terminal: Ctrl-D there stops the session, and a line typed while the
    # screen answered the question before answers the current one
    interactive = typed and bool(getattr(base, "_interactive", False))
    name = "terminal" if interactive else "answers" if typed else "speech"
    sources = [Source("screen", screen),
               Source(name, base, late_ok=interactive, stops_session=interactive,
                      silence_ok=typed)]
    if not typed and at_terminal:
        sources.append(Source("terminal", TextListener(interactive=True,
                                                       prompt=answer_prompt(lang)),
                              late_ok=True, stops_session=True))

    def said_elsewhere(source: Source, answer: ev.Answer) -> None:
        if source.name == "screen" and any(s.name == "terminal" for s in sources):
            what = answer.text or {"again": "Toista", "slower": "Hitaammin",
                                   "help": "En ymmärrä"}.get(answer.control or "", "")
            print(f"\n  [näytöltä: {what}]", file=out, flush=True)

    return screen, RaceListener(sources, on_answer=said_elsewhere)
