"""How a shown claim's period relates to the asked one (issue 12, requirement 3): one table
row per relation, over hand-made candidates and parsed questions."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.answering.candidate import Candidate
from knowledge.answering.rank import relation
from knowledge.models import PeriodKind, Relation
from knowledge.questions import parse_question

D = dt.date
TODAY = D(2026, 11, 30)


def _cand(
    kind: PeriodKind, start: dt.date | None, end: dt.date | None, published: dt.date | None = None
) -> Candidate:
    """A candidate with only what `relation` reads."""
    return Candidate(
        row=None,
        value=100,
        value_max=None,
        kind=kind,
        start=start,
        end=end,
        claimant="Ukraine's General Staff",
        source_id="s",
        personnel_kind=None,
        published=published or end,
    )


CASES = [
    # question, claim kind, claim start, claim end, relation
    ("losses in November 2024", PeriodKind.month, D(2024, 11, 1), D(2024, 11, 30), "exact"),
    ("losses on 7 December 2023", PeriodKind.day, D(2023, 12, 8), D(2023, 12, 8), "day_off"),
    ("losses on 7 December 2023", PeriodKind.day, D(2023, 12, 6), D(2023, 12, 6), "day_off"),
    ("losses in 2024", PeriodKind.month, D(2024, 3, 1), D(2024, 3, 31), "inside"),
    ("losses on 3 March 2024", PeriodKind.month, D(2024, 3, 1), D(2024, 3, 31), "contains"),
    ("losses in 2023", PeriodKind.cumulative, D(2022, 2, 24), D(2023, 2, 7), "stated_within"),
    ("losses in 2021", PeriodKind.cumulative, D(2022, 2, 24), D(2023, 2, 7), "outside"),
    ("losses in March 2024", PeriodKind.day, D(2024, 4, 2), D(2024, 4, 2), "outside"),
    ("total losses by 9 February 2024", PeriodKind.cumulative, None, D(2024, 2, 9), "exact"),
    ("total losses by 9 February 2024", PeriodKind.cumulative, None, D(2024, 2, 10), "exact"),
    ("losses in February 2024", PeriodKind.unspecified, None, D(2024, 2, 9), "stated_within"),
    ("losses in January 2024", PeriodKind.unspecified, None, D(2024, 2, 9), "outside"),
    ("total russian losses", PeriodKind.cumulative, None, D(2024, 2, 9), "exact"),
]


@pytest.mark.parametrize(("question", "kind", "start", "end", "want"), CASES)
def test_relation_to_the_asked_period(
    question: str, kind: PeriodKind, start: dt.date | None, end: dt.date | None, want: str
) -> None:
    query = parse_question(question, TODAY)
    assert relation(_cand(kind, start, end), query) == Relation(want)
