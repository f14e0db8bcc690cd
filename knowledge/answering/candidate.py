"""A candidate: a stored (or derived) claim while it is matched and ranked for an answer,
before it becomes the `Claim` shown; the figures it allows, and whether two candidates can
say the same thing.

Look-ups make candidates from stored rows (`from_row`) or from claims computed from a daily
series (`from_claim`); ranking sets their `category`; composing turns the shown ones into
claims (`claim_of`). Nothing here reads more than the one claim it is asked about.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from knowledge.models import WAR_START, Claim, PeriodKind, Qualifier, Relation
from knowledge.store import ClaimStore, Row

# Ranking categories: how a candidate's period relates to the asked one, best first.
EXACT, CLOSE, CONTAINS, INSIDE, OVERLAPS, NEAR, UNRELATED = range(7)


@dataclass(slots=True)
class Candidate:
    """A stored (or derived) claim being ranked, before it becomes a `Claim` for the answer.

    `row` is the stored claim's row (None for a figure computed from a daily series, which
    comes with its `claim`); a running total with no stated start starts with the war."""

    row: Row | None
    value: int
    value_max: int | None
    kind: PeriodKind
    start: dt.date | None
    end: dt.date | None
    claimant: str
    source_id: str
    personnel_kind: str | None
    published: dt.date | None
    category: int = UNRELATED
    claim: Claim | None = None  # set for derived claims, and lazily for stored ones
    relation: Relation | None = None  # set when agreement decides it (a day-off reading)

    @property
    def key(self) -> tuple[Any, ...]:
        """What makes two candidates the same figure (one of them is dropped)."""
        return (self.value, self.value_max, self.claimant, self.source_id, self.start, self.end)


def from_row(store: ClaimStore, row: Row) -> Candidate:
    """The candidate for a stored claim's row (its source's publication date read once per
    source and build)."""
    source_id = row["source_id"]
    source = store.source(source_id)
    kind, start, end = period_of(row)
    return Candidate(
        row,
        row["value"],
        row["value_max"],
        kind,
        start,
        end,
        row["claimant"],
        source_id,
        row["personnel_kind"],
        source.published if source else None,
    )


def period_of(row: Row) -> tuple[PeriodKind, dt.date | None, dt.date | None]:
    """A stored row's kind of period, first and last day (a running total with no stated
    start starts with the war)."""
    kind = _KINDS.get(row["period_kind"]) or PeriodKind(row["period_kind"])
    start = _day(row["period_start"])
    if kind == PeriodKind.cumulative and start is None:
        start = WAR_START
    return kind, start, _day(row["period_end"])


# Look-ups make thousands of candidates per question: a kind of period and a day are each
# read once per process, not once per row.
_KINDS = {kind.value: kind for kind in PeriodKind}
_DAYS: dict[str, dt.date] = {}


def _day(text: str | None) -> dt.date | None:
    """A stored ISO date (None for none)."""
    if not text:
        return None
    day = _DAYS.get(text)
    if day is None:
        if len(_DAYS) >= 100_000:
            _DAYS.clear()
        day = _DAYS[text] = dt.date.fromisoformat(text)
    return day


def from_claim(claim: Claim) -> Candidate:
    """The candidate for a claim already made (a figure computed from a daily series, or a
    stored claim read some other way)."""
    start = claim.period_start
    if claim.period_kind == PeriodKind.cumulative and start is None:
        start = WAR_START
    return Candidate(
        row=None,
        value=claim.value,
        value_max=claim.value_max,
        kind=claim.period_kind,
        start=start,
        end=claim.period_end,
        claimant=claim.claimant,
        source_id=claim.source.id,
        personnel_kind=claim.personnel_kind.value if claim.personnel_kind else None,
        published=claim.source.published,
        claim=claim,
    )


def claim_of(store: ClaimStore, c: Candidate) -> Claim:
    """The candidate as the claim shown (made from its row once, then kept)."""
    if c.claim is None:
        assert c.row is not None
        c.claim = store.claim_from_row(c.row)
    return c.claim


def qualifier(c: Candidate) -> Qualifier:
    """How the candidate's figure was stated: exact, "about", "more than", ..."""
    if c.claim is not None:
        return c.claim.qualifier
    assert c.row is not None
    return Qualifier(c.row["qualifier"])


def allowed(value: int, value_max: int | None, stated: Qualifier) -> tuple[float, float]:
    """The values a stated figure allows, as (lowest, highest): "more than 4,500" allows
    4,501 and up; "about 7,000" 6,500-7,500 (half the unit it was rounded to either way);
    "nearly 300,000" 200,000-300,000."""
    if stated == Qualifier.range or value_max is not None:
        return float(value), float(value_max if value_max is not None else value)
    rules: dict[Qualifier, tuple[float, float]] = {
        Qualifier.more_than: (value + 1, float("inf")),
        Qualifier.at_least: (value, float("inf")),
        Qualifier.less_than: (0.0, value),  # an upper bound: "up to N" allows N
        Qualifier.nearly: (value - rounding(value), value),
        Qualifier.approximate: (value - rounding(value) // 2, value + rounding(value) // 2),
    }
    return rules.get(stated, (float(value), float(value)))


def agrees(value: int, value_max: int | None, stated: Qualifier, other: int) -> bool:
    """Whether `other` is a figure the stated one allows (see `allowed`)."""
    low, high = allowed(value, value_max, stated)
    return low <= other <= high


def rounding(value: int) -> int:
    """The unit a round figure was rounded to: 750,000 → 10,000; 4,540 → 10; 7 → 1."""
    unit = 1
    while value and value % (unit * 10) == 0:
        unit *= 10
    return unit if unit > 1 else 1


def bounds(c: Candidate) -> tuple[float, float]:
    """The values the candidate's figure allows (see `allowed`)."""
    return allowed(c.value, c.value_max, qualifier(c))


def consistent(a: Candidate, b: Candidate) -> bool:
    """Whether two figures can both be true ("more than 4,500" and "4,540"): the values
    they allow overlap."""
    (a_low, a_high), (b_low, b_high) = bounds(a), bounds(b)
    return a_low <= b_high and b_low <= a_high
