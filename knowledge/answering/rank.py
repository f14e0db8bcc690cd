"""Ranking candidate claims: how a claim's period fits the asked one, which figures agree,
and which come first."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from knowledge.answering.candidate import (
    CLOSE,
    CONTAINS,
    EXACT,
    INSIDE,
    NEAR,
    OVERLAPS,
    UNRELATED,
    Candidate,
    consistent,
    from_row,
    qualifier,
)
from knowledge.answering.lookup import MAX_CLAIMS
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


def _nearest(cands: list[Candidate], start: dt.date, end: dt.date) -> list[Candidate]:
    def gap(c: Candidate) -> int:
        if c.end is None:
            return 10**6
        if c.end < start:
            return (start - c.end).days
        first = c.end if c.kind == PeriodKind.cumulative else (c.start or c.end)
        return max(0, (first - end).days)

    for c in cands:
        c.category = NEAR
    return sorted(cands, key=gap)


def _fit(c: Candidate, start: dt.date, end: dt.date) -> int:
    """How the candidate's period relates to the asked `start`..`end`."""
    return fit(c.kind, c.start, c.end, start, end)


def fit(
    kind: PeriodKind,
    own_start: dt.date | None,
    own_end: dt.date | None,
    start: dt.date,
    end: dt.date,
) -> int:
    """How a period (`kind`, `own_start`..`own_end`) relates to the asked `start`..`end`: a
    ranking category (see `candidate.EXACT`)."""
    if kind == PeriodKind.cumulative:
        # A running total answers only "from the start of the war to <its date>".
        if start > WAR_START + dt.timedelta(days=5) or own_end is None:
            return UNRELATED
        if own_end == end:
            return EXACT
        return CLOSE if abs((own_end - end).days) <= 1 else UNRELATED
    if kind == PeriodKind.unspecified:
        return NEAR  # no stated period: a pointer at most, never the answer for a period
    first = own_start or own_end
    last = own_end or own_start
    if first is None or last is None:
        return UNRELATED
    if (first, last) == (start, end):
        return EXACT
    overlap = (min(last, end) - max(first, start)).days + 1
    union = (max(last, end) - min(first, start)).days + 1
    if overlap > 0:
        own, asked = (last - first).days + 1, (end - start).days + 1
        if overlap / union >= 0.7:
            return CLOSE
        # The same length shifted by a day: reports are dated by the morning after.
        if own == asked and abs((first - start).days) <= 1 and abs((last - end).days) <= 1:
            return CLOSE
        # Weeks reported a day or two off ("last week" on a Tuesday) still answer a week.
        if 5 <= own <= 8 and 5 <= asked <= 8 and overlap >= 4:
            return CLOSE
        if first <= start and last >= end:
            return CONTAINS
        if first >= start and last <= end:
            return INSIDE
        return OVERLAPS
    return NEAR


_TOTAL_START = WAR_START + dt.timedelta(days=5)
_WEEK = dt.timedelta(days=7)  # an asked period from about here is a total


def relation(c: Candidate, query: Query) -> Relation:
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


def stated_span(c: Candidate) -> tuple[dt.date, dt.date, str] | None:
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


def _stated_relation(c: Candidate, query: Query, start: dt.date, end: dt.date) -> Relation:
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


def _rank(cands: list[Candidate], query: Query | None) -> list[Candidate]:
    """Best first: period fit, the asked kind of period, the named claimant, the asked
    kind of personnel figure, newest publication; duplicates dropped."""

    def key(c: Candidate) -> tuple[Any, ...]:
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
    ranked: list[Candidate] = []
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
        if qualifier(c) == Qualifier.exact
        or not any(
            o is not c
            and o.source_id == c.source_id
            and (o.start, o.end) == (c.start, c.end)
            and qualifier(o) == Qualifier.exact
            and consistent(o, c)
            for o in ranked
        )
    ]


_RANGE_KINDS = frozenset({PeriodKind.range, PeriodKind.week})


def _same_figure_other_dates(
    store: ClaimStore, fits: list[Candidate]
) -> list[tuple[Candidate, Candidate]]:
    """The same figure given for another date in the same article (seed 001 gives 2,030 for
    both 28 and 29 November): the date of the figure is then in doubt."""
    pairs: list[tuple[Candidate, Candidate]] = []
    shown = {c.key for c in fits}
    for fit in fits[:MAX_CLAIMS]:
        if fit.row is None or fit.kind == PeriodKind.cumulative:
            continue
        for row in store.same_figure_elsewhere(fit.row, limit=3):
            other = from_row(store, row)
            if other.key in shown or (other.start, other.end) == (fit.start, fit.end):
                continue
            shown.add(other.key)
            pairs.append((fit, other))
    return pairs
