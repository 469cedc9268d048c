"""A table of cases checked in one test, every row tried and every failing row named.

    check_rows(PAIRS, lambda row: check_pair(*row), name=lambda row: f"{row[0]}~{row[1]}")

    @as_table(("answer", "accept"), [("mopi", ["moppi"]), ("tuli", ["tuuli"])])
    def test_almost(answer: str, accept: list[str]) -> None:  # one test, two rows
        assert judge(answer, accept).verdict == "almost"

pytest pays ≈ 3 ms of CPU for each test it runs (setup, fixtures, reports), far more than
a judge call or a lookup costs: a table of hundreds of small cases as one test costs a
tenth of what it costs as hundreds of parametrised tests. A failure stays as clear: it
lists every row that failed with its own message (an assert in a test module keeps
pytest's explanation of what differed), not just the first.
"""

from __future__ import annotations

import inspect
import re
import traceback
from collections.abc import Callable, Iterable, Sequence
from functools import wraps
from typing import Any, TypeVar

R = TypeVar("R")


def check_rows(rows: Iterable[R], check: Callable[[R], object],
               name: Callable[[R], str] = repr) -> int:
    """Runs ``check`` on every row; how many were checked. AssertionError naming each row
    whose check raised (and what it raised) once all are tried; also for an empty table,
    which would check nothing."""
    __tracebackhide__ = True  # pytest shows the test and the rows, not this loop
    failures: list[str] = []
    count = 0
    for row in rows:
        count += 1
        try:
            check(row)
        except AssertionError as exc:
            failures.append(f"{name(row)}: {exc}")
        except Exception as exc:  # a crash in one row is that row's failure, not the table's
            failures.append(f"{name(row)}: {''.join(traceback.format_exception(exc))}")
    if not count:
        raise AssertionError("the table has no rows: it would check nothing")
    if failures:
        raise AssertionError(f"{len(failures)} of {count} rows failed:\n"
                             + "\n".join(failures))
    return count


def refused(call: Callable[[], object], error: type[Exception], says: str = "") -> str:
    """A row's ``pytest.raises``: the message of the ``error`` that ``call`` raised, which
    holds ``says``; AssertionError where it raised none or said something else (pytest's
    own raises ends the whole table at its first failing row). Another exception is the
    row's crash."""
    __tracebackhide__ = True
    try:
        call()
    except error as exc:
        message = str(exc)
        assert re.search(re.escape(says), message), f"{message!r} does not say {says!r}"
        return message
    raise AssertionError(f"no {error.__name__}")


def as_table(argnames: str | Sequence[str], rows: Iterable[Any],
             ids: Sequence[str] | Callable[[Any], object] | None = None
             ) -> Callable[[Callable[..., object]], Callable[[], None]]:
    """``pytest.mark.parametrize``'s arguments, making one test that runs the function on
    every row with ``check_rows``: a failing row is named by its ``ids`` (a list, or a
    function of each value, as parametrize takes them) or its values. For a test with
    nothing of its own but the row (no fixtures: one test's fixtures would be shared by
    every row)."""
    names = [n.strip() for n in argnames.split(",")] if isinstance(argnames, str) \
        else list(argnames)
    table = list(rows)

    def values(row: Any) -> tuple[Any, ...]:
        return tuple(row) if len(names) > 1 else (row,)

    def name(index: int) -> str:
        if ids is None:
            return repr(table[index])
        if callable(ids):
            return "-".join(str(ids(v)) for v in values(table[index]))
        return ids[index]

    def make(test: Callable[..., object]) -> Callable[[], None]:
        own = [p for p in inspect.signature(test).parameters if p not in names]
        if own:
            raise TypeError(f"{test.__name__} takes {', '.join(own)}: as_table is for a "
                            f"test with nothing but its rows (keep it parametrised)")

        @wraps(test)
        def every_row() -> None:
            __tracebackhide__ = True  # pytest shows the test and the rows, not this wrapper
            check_rows(range(len(table)),
                       lambda i: test(**dict(zip(names, values(table[i]), strict=True))),
                       name)

        del every_row.__wrapped__  # else pytest would read the test's own arguments as fixtures
        return every_row

    return make
