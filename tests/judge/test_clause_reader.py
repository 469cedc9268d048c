"""The clause reader: where an answer's clauses begin and end, spoken with no commas."""

from __future__ import annotations

from valkky.judge.case import normalised
from valkky.judge.clause_reader import attached, clause_at, read_clauses
from valkky.testing.table import as_table


def _read(answer: str) -> list[tuple[str | None, str]]:
    words = normalised(answer).split()
    return [(cl.opener, " ".join(words[cl.start:cl.end])) for cl in read_clauses(words)]


@as_table(("answer", "clauses"), [
    # a second verb in a person begins a clause, its subject pronoun with it (a time before
    # the pronoun stays with the clause before: "kerron esimiehelle myöhemmin | mä oon nyt
    # kiireinen" is a report put off, review272)
    ("huomenna kun mä tuun töihin kerron esimiehelle",
     [(None, "huomenna"), ("kun", "minä tulen töihin"), (None, "kerron esimiehelle")]),
    ("kerron heti esimiehelle ensi kerralla mä oon varovaisempi",
     [(None, "kerron heti esimiehelle ensi kerralla"), (None, "minä olen varovaisempi")]),
    # an infinitive after its verb is no verb of its own; a question inside opens one
    ("kerron esimiehelle jos se haluaa tietää miks se kaatui",
     [(None, "kerron esimiehelle"), ("jos", "se haluaa tietää"), ("miksi", "se kaatui")]),
    # "ennen kuin" opens once, "sen jälkeen" stays with its clause, "but" keeps its no
    ("en käytä sitä ennen kuin saan luvan",
     [(None, "en käytä sitä"), ("ennen", "kuin saan luvan")]),
    ("kerron esimiehelle sen jälkeen kun mun vuoro loppuu",
     [(None, "kerron esimiehelle sen jälkeen"), ("kun", "minun vuoro loppuu")]),
    ("kerron esimiehelle mutta miks se kaatui",
     [(None, "kerron esimiehelle"), ("mutta", ""), ("miksi", "se kaatui")]),
])
def test_clauses_read(answer: str, clauses: list[tuple[str | None, str]]) -> None:
    assert _read(answer) == clauses


def test_a_condition_before_a_clause_of_its_own_is_that_ones() -> None:
    words = normalised("kerron heti esimiehelle jos haluatte hän voi soittaa teille").split()
    clauses = read_clauses(words)
    assert attached(clauses, clause_at(clauses, 0)) == ([], [])
    words = normalised("kerron esimiehelle jos te haluatte").split()
    clauses = read_clauses(words)
    assert attached(clauses, clause_at(clauses, 0)) == ([], [1])
