"""Wave 6 rows for English single questions (issue 12): each rule with its own phrasings,
written for this file (never the blind rounds' questions), over the seed articles and series."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import Answer, ClaimStore, answer, open_or_build

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


def ask(store: ClaimStore, question: str, today: dt.date = TODAY) -> Answer:
    return answer(question, store, today=today)


def head(ans: Answer, lines: int = 3) -> str:
    return "\n".join(ans.text.splitlines()[:lines]).lower()


# -- a claimant named with an outlet: only that claimant's figures answer -----------------------

KREMLIN_IN_LADBIBLE = [
    "russian MoD's death toll as reported by LADbible",
    "per ladbible, how many dead did russia's defence ministry admit",
    "the kremlin's own figure for russian deaths, ladbible",
    "what did moscow admit it lost according to LADbible?",
    "LADbible: the Russian defence ministry's number for its dead",
]


@pytest.mark.parametrize("question", KREMLIN_IN_LADBIBLE)
def test_a_claimant_in_an_outlet_gets_only_that_claimants_figure(
    store: ClaimStore, question: str
) -> None:
    ans = ask(store, question)
    assert ans.answered, ans.text
    values = {c.value for c in ans.claims}
    assert 1351 in values and 19000 not in values, ans.text


CLAIMANT_NOT_IN_OUTLET = [
    ("what number did zelensky put on ukrainian deaths in newsweek?", "ukraine's president"),
    ("the kremlin's count of russian losses per newsweek", "the kremlin"),
    ("how many russian dead did moscow admit, according to gb news", "the kremlin"),
    ("zelensky's own figure for ukraine's dead, newsweek dec 2024", "ukraine's president"),
    ("russia's MoD figure for its own losses in reuters", "russia's ministry of defence"),
]


@pytest.mark.parametrize(("question", "who"), CLAIMANT_NOT_IN_OUTLET)
def test_a_claimant_an_outlet_does_not_quote_is_refused_first(
    store: ClaimStore, question: str, who: str
) -> None:
    ans = ask(store, question)
    assert not ans.answered, ans.text
    assert "no figure from" in head(ans, 1) and who in head(ans, 1), ans.text
