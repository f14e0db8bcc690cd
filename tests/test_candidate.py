"""The candidate a look-up ranks (knowledge.answering.candidate): made from a stored row or from
a claim, turned back into the claim shown, and what its stated figure allows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, Metric, Subject
from knowledge.answering.candidate import (
    EXACT,
    UNRELATED,
    Candidate,
    agrees,
    allowed,
    claim_of,
    consistent,
    from_claim,
    from_row,
    qualifier,
    rounding,
)
from knowledge.models import WAR_START, Claim, PeriodKind, Qualifier, SourceKind, SourceRef
from knowledge.store import IndexRange, Where

D = dt.date


def _claim(value: int, stated: Qualifier = Qualifier.exact, **fields: object) -> Claim:
    """A claim with only what a candidate reads."""
    base: dict[str, object] = {
        "metric": Metric.tanks,
        "value": value,
        "qualifier": stated,
        "claimant": "Ukraine's General Staff",
        "period_kind": PeriodKind.day,
        "period_start": D(2024, 3, 3),
        "period_end": D(2024, 3, 3),
        "quote": "words",
        "source": SourceRef(id="a", published=D(2024, 3, 4)),
    }
    return Claim.model_validate(base | fields)


@pytest.mark.parametrize(
    ("value", "value_max", "stated", "low", "high"),
    [
        (4540, None, Qualifier.exact, 4540, 4540),
        (4500, None, Qualifier.more_than, 4501, float("inf")),
        (4500, None, Qualifier.at_least, 4500, float("inf")),
        (300, None, Qualifier.less_than, 0, 300),
        (7000, None, Qualifier.approximate, 6500, 7500),
        (300_000, None, Qualifier.nearly, 200_000, 300_000),
        (1200, 1500, Qualifier.range, 1200, 1500),
        (1200, 1500, Qualifier.exact, 1200, 1500),  # a maximum makes it a range
    ],
)
def test_allowed_values_of_a_stated_figure(
    value: int, value_max: int | None, stated: Qualifier, low: float, high: float
) -> None:
    assert allowed(value, value_max, stated) == (low, high)


@pytest.mark.parametrize(
    ("value", "unit"), [(750_000, 10_000), (4540, 10), (7, 1), (0, 1), (1_000_000, 1_000_000)]
)
def test_rounding_is_the_unit_a_figure_was_rounded_to(value: int, unit: int) -> None:
    assert rounding(value) == unit


def test_agrees_with_what_the_figure_allows_and_nothing_else() -> None:
    assert agrees(7000, None, Qualifier.approximate, 7420)
    assert not agrees(7000, None, Qualifier.approximate, 7600)
    assert not agrees(4500, None, Qualifier.more_than, 4500)
    assert agrees(4500, None, Qualifier.more_than, 4501)


def test_consistent_when_the_values_allowed_overlap() -> None:
    loose, precise = from_claim(_claim(4500, Qualifier.more_than)), from_claim(_claim(4540))
    assert consistent(loose, precise) and consistent(precise, loose)
    assert not consistent(from_claim(_claim(4400, Qualifier.less_than)), precise)
    assert qualifier(loose) == Qualifier.more_than and qualifier(precise) == Qualifier.exact


def test_from_claim_keeps_the_claim_and_starts_a_running_total_with_the_war() -> None:
    total = _claim(
        420_000, period_kind=PeriodKind.cumulative, period_start=None, period_end=D(2024, 3, 6)
    )
    c = from_claim(total)
    assert (c.start, c.end, c.kind, c.published) == (
        WAR_START,
        D(2024, 3, 6),
        total.period_kind,
        D(2024, 3, 4),
    )
    assert c.row is None and c.category == UNRELATED
    assert c.claim is total
    assert c.key == (420_000, None, "Ukraine's General Staff", "a", WAR_START, D(2024, 3, 6))


def test_from_row_reads_the_row_and_claim_of_makes_the_same_claim_as_the_store(
    seed_kb: tuple[Path, Path],
) -> None:
    store = ClaimStore(seed_kb[1])
    rows = store.walk(
        Metric.tanks,
        Subject.russia,
        IndexRange(),
        Where(),
        source_kinds=(SourceKind.article,),
        limit=5,
        cap=100,
    )
    assert rows, "the seeds give tank figures"
    for row in rows:
        c = from_row(store, row)
        assert (c.value, c.claimant, c.source_id) == (
            row["value"],
            row["claimant"],
            row["source_id"],
        )
        assert c.category == UNRELATED and c.claim is None
        claim = claim_of(store, c)
        assert claim == store.claim_from_row(row)
        assert claim_of(store, c) is claim  # made once, then kept
        assert qualifier(c) == claim.qualifier
    c.category = EXACT
    assert isinstance(c, Candidate) and c.category == EXACT
    store.close()
