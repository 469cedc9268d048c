"""The words the lesson library uses (issue 12, judge51): every word of every lesson's
prompts, accepted answers, answers, options and foreseen mistakes (the mistake said and the
reply to it), and its vocabulary, each in its base forms.

A word the lessons use is a thing, a deed or a state of the workplace a learner may mean: a
real word one letter off the expected word is a slip only where it is none of these
(``stray_slip``: "kuoma on valmis" for "kuorma on valmis" is a slip, "kone on rikka" a slip of
"rikki" unless the library speaks of "rikka"). Read once a process, from the same lessons
folder the lexicon comes from (another VALKKY_LESSONS is read on its own); a lesson session
warms it (``warm_in_background``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from valkky.judge import finnish

# The keys of a lesson whose text is Finnish said or heard at work: a step's prompt (say,
# ask, repeat, choose), its answers and options, a mistake and its reply, a vocabulary
# word; not a hint's or a gloss's other languages.
_FINNISH_KEYS = frozenset({"say", "ask", "repeat", "choose", "accept", "answer", "options",
                           "mistakes", "fi", "keywords", "topics", "prompt", "wrong",
                           "correct", "almost"})
_WORD = re.compile(r"[a-zåäö]+(?:-[a-zåäö]+)*")


def _texts(node: Any, finnish_text: bool = False) -> Iterator[str]:
    """Every Finnish text in a lesson's parsed YAML: the strings under ``_FINNISH_KEYS``, and
    of a ``mistakes`` mapping the mistakes said (its keys) and the replies; not the other
    keys of a mapping, nor a value under a key of its own ("gesture: thumbs_up",
    "verdict: almost")."""
    if isinstance(node, str):
        if finnish_text:
            yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "mistakes" and isinstance(value, dict):
                for said, reply in value.items():
                    if isinstance(said, str):
                        yield said  # a mistake said: "kello kymmenen: Ei. …"
                    yield from _texts(reply, True)
            elif isinstance(value, dict):
                # a reply's or a hint's mapping: only its Finnish keys (say, fi) are Finnish
                yield from _texts(value, False)
            else:
                yield from _texts(value, key in _FINNISH_KEYS)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value, finnish_text)


def _lesson_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.yaml")
                  if "lexicon" not in p.relative_to(folder).parts)


def words_of(folder: Path) -> frozenset[str]:
    """Every word the lessons in ``folder`` use, as said, lower-case."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    words: set[str] = set()
    for path in _lesson_files(folder):
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        except (OSError, yaml.YAMLError):
            continue  # lint names a broken lesson; the judge reads what it can
        for text in _texts(data):
            words.update(_WORD.findall(text.lower()))
    return frozenset(words)


# One build at a time: an answer judged while the session's warm-up builds waits for it
# rather than building the words twice
_BUILDING = threading.Lock()


def library_words() -> frozenset[str]:
    """Every word the bundled (or configured) lessons use, as said and in each base form."""
    from valkky.paths import lessons_dir

    folder = lessons_dir()
    with _BUILDING:
        return _library_words(folder)


# Read once a process for each lessons folder, as the lexicon's files are: data of the
# library, not of the answers judged (clear_caches leaves it, so a benchmark's cold round
# pays for answers, not for reading some 5,000 words again)
@lru_cache(maxsize=4)
def _library_words(folder: Path) -> frozenset[str]:
    return frozenset(finnish.base_forms_uncached(words_of(folder)))


def warm_in_background() -> threading.Thread:
    """Build the library's words on a daemon thread, as a lesson session starts: reading
    some 5,000 words (about a second) is then off the first answer's path."""
    thread = threading.Thread(target=library_words, name="valkky-library-words", daemon=True)
    thread.start()
    return thread


def in_library(word: str) -> bool:
    """Whether ``word``, in any of its base forms, is a word the lessons use."""
    lib = library_words()
    return word in lib or not finnish.base_forms(word).isdisjoint(lib)
