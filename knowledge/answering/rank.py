"""Ranking candidate claims: how a claim's period fits the asked one, which figures agree,
and which come first."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from knowledge.answering.lookup import (
    _CLOSE,
    _CONTAINS,
    _EXACT,
    _INSIDE,
    _NEAR,
    _OVERLAPS,
    _UNRELATED,
    MAX_CLAIMS,
    _Cand,
    _cand,
)
from knowledge.lexicon.calendar import month_end
from knowledge.models import (
    WAR_START,
    Figure,
    PeriodKind,
    Qualifier,
    Query,
    Relation,
)
from knowledge.store import ClaimStore


def _nearest(cands: list[_Cand], start: dt.date, end: dt.date) -> list[_Cand]:
    def gap(c: _Cand) -> int:
        if c.end is None:
            return 10**6
        if c.end < start:
            return (start - c.end).days
        first = c.end if c.kind == PeriodKind.cumulative else (c.start or c.end)
        return max(0, (first - end).days)

    for c in cands:
        c.category = _NEAR
    return sorted(cands, key=gap)


def _fit(c: _Cand, start: dt.date, end: dt.date) -> int:
    """How the candidate's period relates to the asked `start`..`end`."""
    if c.kind == PeriodKind.cumulative:
        # A running total answers only "from the start of the war to <its date>".
        if start > WAR_START + dt.timedelta(days=5) or c.end is None:
            return _UNRELATED
        if c.end == end:
            return _EXACT
        return _CLOSE if abs((c.end - end).days) <= 1 else _UNRELATED
    if c.kind == PeriodKind.unspecified:
        return _NEAR  # no stated period: a pointer at most, never the answer for a period
    first = c.start or c.end
    last = c.end or c.start
    if first is None or last is None:
        return _UNRELATED
    if (first, last) == (start, end):
        return _EXACT
    overlap = (min(last, end) - max(first, start)).days + 1
    union = (max(last, end) - min(first, start)).days + 1
    if overlap > 0:
        own, asked = (last - first).days + 1, (end - start).days + 1
        if overlap / union >= 0.7:
            return _CLOSE
        # The same length shifted by a day: reports are dated by the morning after.
        if own == asked and abs((first - start).days) <= 1 and abs((last - end).days) <= 1:
            return _CLOSE
        # Weeks reported a day or two off ("last week" on a Tuesday) still answer a week.
        if 5 <= own <= 8 and 5 <= asked <= 8 and overlap >= 4:
            return _CLOSE
        if first <= start and last >= end:
            return _CONTAINS
        if first >= start and last <= end:
            return _INSIDE
        return _OVERLAPS
    return _NEAR


_TOTAL_START = WAR_START + dt.timedelta(days=5)
_WEEK = dt.timedelta(days=7)  # an asked period from about here is a total


def relation(c: _Cand, query: Query) -> Relation:
    """How the candidate's period relates to the asked one (issue 12, requirement 3)."""
    if query.period_start is None and query.period_end is None:
        # The whole war: a running total answers it; a shorter period only when the latest
        # figure of any kind was asked for.
        total = query.figure == Figure.total and c.kind != PeriodKind.cumulative
        if not total and stated_span(c) is not None:
            return Relation.stated_within  # a total dated "last week": stated some time then
        return Relation.inside if total else Relation.exact
    start = query.period_start or WAR_START
    end = query.period_end or (dt.date.max if query.open_end else start)
    if start < WAR_START <= end:
        start = WAR_START  # "in 2022": the war's part of it is all there is to count
    if c.kind == PeriodKind.cumulative or c.kind == PeriodKind.unspecified:
        return _stated_relation(c, query, start, end)
    first, last = c.start or c.end, c.end or c.start
    if first is None or last is None:
        return Relation.outside
    if (first, last) == (start, end):
        return Relation.exact
    same_length = (last - first) == (end - start)
    if same_length and abs((first - start).days) == 1:
        return Relation.day_off
    if start <= first and last <= end:
        return Relation.inside
    if first <= start and end <= last:
        return Relation.contains
    return Relation.stated_within if start <= last <= end else Relation.outside


# A running total an article dates only by a relative span ("last week, their official
# estimates put the death toll at 1,351") was stated some time in that span, which the
# stored date closes: pattern in the claim's sentence -> days the span reaches back.
_STATED_SPANS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\b(?:last|past|previous|this)\s+week\b", re.I), 6),
    (re.compile(r"\b(?:last|past|previous)\s+(?:fortnight|two\s+weeks)\b", re.I), 13),
    (re.compile(r"\b(?:last|previous|this)\s+month\b", re.I), 30),
)


def stated_span(c: _Cand) -> tuple[dt.date, dt.date, str] | None:
    """When a total dated by a relative span ("last week") was stated: the span's first and
    last days and the article's words for it, or None."""
    if c.end is None or c.kind not in (PeriodKind.cumulative, PeriodKind.unspecified):
        return None
    quote = c.claim.quote if c.claim is not None else (c.row["quote"] if c.row else "")
    for pattern, back in _STATED_SPANS:
        found = pattern.search(quote or "")
        if found:
            first = c.end.replace(day=1) if back == 30 else c.end - dt.timedelta(days=back)
            return first, c.end, found.group(0).lower()
    return None


def _stated_relation(c: _Cand, query: Query, start: dt.date, end: dt.date) -> Relation:
    """A running total or a figure without a period: exact for the total as of the asked
    day (or the next morning's report), stated within when its date lies inside the period."""
    stamp = c.end or c.published
    if stamp is None:
        return Relation.outside
    as_of = query.figure in (Figure.total, Figure.latest) or start <= _TOTAL_START
    if c.kind == PeriodKind.cumulative and as_of and stamp in (end, end + dt.timedelta(days=1)):
        return Relation.exact
    if c.kind == PeriodKind.cumulative and as_of and stamp == end - dt.timedelta(days=1):
        return Relation.day_off  # the morning report before the asked day's
    if query.figure in (Figure.total, Figure.latest):
        # A total "as of 20 February" is not answered by one of the 9th; "by April 2022" is,
        # in part, by one stated during April.
        start = max(start, end.replace(day=1) if end == month_end(end.year, end.month) else end)
        if c.kind == PeriodKind.cumulative and end - _WEEK <= stamp < start:
            return Relation.stated_within  # a total stated a few days before the asked day
    first, last, _ = stated_span(c) or (stamp, stamp, "")
    return Relation.stated_within if first <= end and start <= last else Relation.outside


def _rank(cands: list[_Cand], query: Query | None) -> list[_Cand]:
    """Best first: period fit, the asked kind of period, the named claimant, the asked
    kind of personnel figure, newest publication; duplicates dropped."""

    def key(c: _Cand) -> tuple[Any, ...]:
        kind_match = 0
        claimant_match = 0
        personnel_match = 0
        if query is not None:
            if query.period_kind not in (PeriodKind.unspecified, c.kind):
                kind_match = 0 if {query.period_kind, c.kind} <= _RANGE_KINDS else 1
            claimant_match = 0 if query.claimant in (None, c.claimant) else 1
            if query.personnel_kind is not None:
                personnel_match = 0 if c.personnel_kind == query.personnel_kind.value else 1
        published = -(c.published.toordinal() if c.published else 0)
        derived_last = 1 if c.claim is not None and c.claim.derivation else 0
        return (
            c.category,
            kind_match,
            claimant_match,
            personnel_match,
            derived_last,
            published,
            -(c.end.toordinal() if c.end else 0),
            c.source_id,
        )

    seen: set[tuple[Any, ...]] = set()
    ranked: list[_Cand] = []
    for c in sorted(cands, key=key):
        if c.key in seen:
            continue
        seen.add(c.key)
        ranked.append(c)
    # An article that says "more than 4,500" and "4,540" for the same days says one thing:
    # keep the precise figure, drop the loose one it is consistent with.
    return [
        c
        for c in ranked
        if _qualifier(c) == Qualifier.exact
        or not any(
            o is not c
            and o.source_id == c.source_id
            and (o.start, o.end) == (c.start, c.end)
            and _qualifier(o) == Qualifier.exact
            and _consistent(o, c)
            for o in ranked
        )
    ]


def _qualifier(c: _Cand) -> Qualifier:
    if c.claim is not None:
        return c.claim.qualifier
    assert c.row is not None
    return Qualifier(c.row["qualifier"])


def allowed(value: int, value_max: int | None, qualifier: Qualifier) -> tuple[float, float]:
    """The values a stated figure allows, as (lowest, highest): "more than 4,500" allows
    4,501 and up; "about 7,000" 6,500-7,500 (half the unit it was rounded to either way);
    "nearly 300,000" 200,000-300,000."""
    if qualifier == Qualifier.range or value_max is not None:
        return float(value), float(value_max if value_max is not None else value)
    rules: dict[Qualifier, tuple[float, float]] = {
        Qualifier.more_than: (value + 1, float("inf")),
        Qualifier.at_least: (value, float("inf")),
        Qualifier.less_than: (0.0, value),  # an upper bound: "up to N" allows N
        Qualifier.nearly: (value - rounding(value), value),
        Qualifier.approximate: (value - rounding(value) // 2, value + rounding(value) // 2),
    }
    return rules.get(qualifier, (float(value), float(value)))


def agrees(value: int, value_max: int | None, qualifier: Qualifier, other: int) -> bool:
    """Whether `other` is a figure the stated one allows (see `allowed`)."""
    low, high = allowed(value, value_max, qualifier)
    return low <= other <= high


def rounding(value: int) -> int:
    """The unit a round figure was rounded to: 750,000 → 10,000; 4,540 → 10; 7 → 1."""
    unit = 1
    while value and value % (unit * 10) == 0:
        unit *= 10
    return unit if unit > 1 else 1


def _bounds(c: _Cand) -> tuple[float, float]:
    return allowed(c.value, c.value_max, _qualifier(c))


def _consistent(a: _Cand, b: _Cand) -> bool:
    (a_low, a_high), (b_low, b_high) = _bounds(a), _bounds(b)
    return a_low <= b_high and b_low <= a_high


_RANGE_KINDS = frozenset({PeriodKind.range, PeriodKind.week})


def _same_figure_other_dates(store: ClaimStore, fits: list[_Cand]) -> list[tuple[_Cand, _Cand]]:
    """The same figure given for another date in the same article (seed 001 gives 2,030 for
    both 28 and 29 November): the date of the figure is then in doubt."""
    pairs: list[tuple[_Cand, _Cand]] = []
    shown = {c.key for c in fits}
    for fit in fits[:MAX_CLAIMS]:
        if fit.row is None or fit.kind == PeriodKind.cumulative:
            continue
        for row in store.same_figure_elsewhere(fit.row, limit=3):
            other = _cand(store, row)
            if other.key in shown or (other.start, other.end) == (fit.start, fit.end):
                continue
            shown.add(other.key)
            pairs.append((fit, other))
    return pairs
