"""Answering questions from the knowledge base: match, rank, and say it with its caveat.

For each metric asked about, a few indexed look-ups (each with a LIMIT) find the claims whose
period fits the asked one: the same period first, then nearly the same ("last week" against
a report's Tuesday-to-Monday week). Claims that only contain, sit inside or lie near the
asked period are never given as the answer; they become the pointer in an honest "I have no
figure for that". Nothing here adds, subtracts or rounds a stored figure, except saying by
how much two figures shown side by side differ.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from knowledge.answering import derive
from knowledge.lexicon.calendar import month_end
from knowledge.lexicon.claimants import CLAIMANT_BY_NAME
from knowledge.lexicon.terms import METRIC_LABELS
from knowledge.models import (
    WAR_START,
    Answer,
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Query,
    SourceKind,
    SourceRef,
    Subject,
)
from knowledge.questions import parse_question
from knowledge.store import ClaimStore, IndexRange, Row, Where
from knowledge.wording import day_text, period_words

__all__ = ["answer", "parse_question", "period_words", "warm_up"]

MAX_CLAIMS = 5
MAX_BREAKDOWN = 12  # "monthly losses in 2024" lists each month
_DAY = dt.timedelta(days=1)
_KINDS = (SourceKind.article, SourceKind.series)

# Ranking categories: how the claim's period relates to the asked one.
_EXACT, _CLOSE, _CONTAINS, _INSIDE, _OVERLAPS, _NEAR, _UNRELATED = range(7)

_KIND_NOUNS: dict[PersonnelKind, str] = {
    PersonnelKind.captured: "personnel (captured, prisoners of war)",
    PersonnelKind.killed: "personnel (killed)",
    PersonnelKind.wounded: "personnel (wounded)",
}
_NOUNS: dict[Metric, tuple[str, str]] = {
    # (adjective form for "Russian tank losses", plural for "tank figures")
    Metric.personnel: ("personnel", "personnel"),
    Metric.tanks: ("tank", "tank"),
    Metric.armored_vehicles: ("armoured vehicle", "armoured vehicle"),
    Metric.artillery: ("artillery", "artillery"),
    Metric.mlrs: ("multiple rocket launcher", "multiple rocket launcher"),
    Metric.air_defense: ("air defence", "air defence"),
    Metric.aircraft: ("aircraft", "aircraft"),
    Metric.helicopters: ("helicopter", "helicopter"),
    Metric.drones: ("drone", "drone"),
    Metric.ships: ("ship and boat", "ship and boat"),
    Metric.submarines: ("submarine", "submarine"),
    Metric.vehicles: ("vehicle and fuel tank", "vehicle and fuel tank"),
    Metric.cruise_missiles: ("cruise missile", "cruise missile"),
    Metric.special_equipment: ("special equipment", "special equipment"),
    Metric.other: ("other equipment", "other equipment"),
}

_QUALIFIER_WORDS: dict[Qualifier, str] = {
    Qualifier.approximate: "about ",
    Qualifier.more_than: "more than ",
    Qualifier.less_than: "fewer than ",
    Qualifier.nearly: "nearly ",
    Qualifier.at_least: "at least ",
}

_RECORD_WORDS = re.compile(
    r"\b(?:record|highest|deadliest|worst|largest|biggest|heaviest|most)\b", re.IGNORECASE
)


# -- public ------------------------------------------------------------------------------------


def answer(question: str, store: ClaimStore, *, today: dt.date | None = None) -> Answer:
    """The best stored figures for `question`, with source and caveat, or an honest no."""
    today = today or dt.date.today()
    query = parse_question(question, today)
    if query.intent != "losses":
        return _not_a_question(question, query, store)
    notes: list[str] = []
    if query.year_missing and query.period_start is not None:
        query, note = _resolve_year(store, query, today)
        notes.append(note)
    matches = [_match(store, query, metric, today) for metric in query.metrics]
    return _compose(question, query, matches, notes, store)


# -- matching ----------------------------------------------------------------------------------


@dataclass
class _Cand:
    """A stored (or derived) claim being ranked, before it becomes a `Claim` for the answer."""

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
    category: int = _UNRELATED
    claim: Claim | None = None  # set for derived claims, and lazily for stored ones

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.value, self.value_max, self.claimant, self.source_id, self.start, self.end)


@dataclass
class _Match:
    """What the knowledge base has for one metric of the question."""

    metric: Metric
    fits: list[_Cand] = field(default_factory=list)
    siblings: list[tuple[_Cand, _Cand]] = field(default_factory=list)  # (fit, same figure)
    pointers: list[_Cand] = field(default_factory=list)
    kind_fallback: bool = False  # asked for deaths, showing killed-and-wounded figures
    no_claimant: bool = False  # the asked claimant has nothing on this metric
    other_claimants: list[str] = field(default_factory=list)
    no_metric: bool = False  # nothing at all on this metric (for this subject)
    absence_partial: bool = False  # no_claimant judged from the newest claims only
    record_capped: bool = False  # the worst-day search saw only the newest daily figures
    breakdown: bool = False  # one figure per month (or week...) inside the asked period


@dataclass
class _Filter:
    metric: Metric
    subject: Subject
    claimants: list[str] | None
    personnel_kinds: list[str] | None  # None: any; includes "" for NULL

    @property
    def filtered(self) -> bool:
        """Whether a condition no index covers narrows the walk (a claimant, a count)."""
        return self.claimants is not None or self.personnel_kinds is not None

    def where(self, **conditions: Any) -> Where:
        """`conditions` (see `Where`) and the ones this filter adds: who claims it, and which
        personnel count."""
        return Where(
            claimants=tuple(self.claimants) if self.claimants is not None else None,
            personnel_kinds=tuple(self.personnel_kinds)
            if self.personnel_kinds is not None
            else None,
            **conditions,
        )


_Range = IndexRange


def _on(day: dt.date) -> _Range:
    return _Range(op="=", values=(day,))


def _between(first: dt.date, last: dt.date, col: str = "period_end") -> _Range:
    return _Range(column=col, op="between", values=(first, last))


_ALL = _Range()


def _match(store: ClaimStore, query: Query, metric: Metric, today: dt.date) -> _Match:
    claimants = _accepted_claimants(query)
    result = _Match(metric)
    kinds = _kind_preference(query) if metric == Metric.personnel else [None]
    for i, personnel_kinds in enumerate(kinds):
        flt = _Filter(metric, query.subject, claimants, personnel_kinds)
        found = _match_with(store, query, flt, today)
        if found.fits:
            found.kind_fallback = i > 0 and query.personnel_kind == PersonnelKind.killed
            result = found
            break
        if i == 0:
            result = found  # pointers from the preferred kind first
        else:
            result.pointers = result.pointers or found.pointers
    if not result.fits and not result.pointers and kinds[-1] is not None:
        # Wounded or captured only: point to the personnel figures there are.
        found = _match_with(store, query, _Filter(metric, query.subject, claimants, None), today)
        result.pointers = found.fits + found.pointers
    if not result.fits:
        _explain_absence(store, query, metric, claimants, result)
    return result


def _kind_preference(query: Query) -> list[list[str] | None]:
    """Personnel kinds to try in turn: deaths first when deaths were asked for."""
    asked = query.personnel_kind
    if asked == PersonnelKind.killed:
        return [[PersonnelKind.killed.value], None]
    if asked == PersonnelKind.casualties:
        return [
            [PersonnelKind.casualties.value, PersonnelKind.unspecified.value, ""],
            None,
        ]
    if asked in (PersonnelKind.wounded, PersonnelKind.captured):
        return [[asked.value]]
    # Unasked, prisoners are not "losses": they would compete with the casualty figures.
    return [
        [
            PersonnelKind.casualties.value,
            PersonnelKind.killed.value,
            PersonnelKind.unspecified.value,
            PersonnelKind.wounded.value,
            "",
        ]
    ]


def _match_with(store: ClaimStore, query: Query, flt: _Filter, today: dt.date) -> _Match:
    result = _Match(flt.metric)
    if _profiled_absent(store, flt) is True:
        return result  # the named claimants never give this figure: nothing to look up
    derived = _derived(store, query, flt, today)
    if query.figure == "record":
        _match_record(store, query, flt, derived, result)
    elif query.figure in ("total", "latest") or query.period_start is None:
        _match_total(store, query, flt, derived, result)
    elif query.open_end:
        _match_since(store, query, flt, derived, result, today)
    elif query.prefer_kind is not None:
        _match_breakdown(
            store, query, flt, derived + _derived_units(store, query, flt, today), result
        )
    else:
        _match_period(store, query, flt, derived, result)
    if result.fits:
        result.siblings = _same_figure_other_dates(store, result.fits)
    return result


def _match_record(
    store: ClaimStore, query: Query, flt: _Filter, derived: list[_Cand], result: _Match
) -> None:
    kind = query.prefer_kind or PeriodKind.day
    rng = _ALL
    if query.period_start is not None:
        rng = _between(query.period_start, query.period_end or query.period_start)
    cands = _fetch(
        store,
        flt,
        rng,
        flt.where(period_kind=kind),
        limit=10,
        kinds=(SourceKind.article,),
        order="value DESC",
        cap=_RECORD_CAP,
    )
    result.record_capped = _more_than(store, flt, rng, _RECORD_CAP, SourceKind.article)
    cands += [d for d in derived if d.kind == kind]
    if cands:
        top = max(c.value for c in cands)
        result.fits = _rank([c for c in cands if c.value == top], query)
        for c in result.fits:
            c.category = _EXACT
    else:
        result.pointers = _latest_any(store, flt, limit=3)


def _match_total(
    store: ClaimStore, query: Query, flt: _Filter, derived: list[_Cand], result: _Match
) -> None:
    asked_end = query.period_end if query.figure == "total" else None
    if query.figure == "latest" and query.prefer_kind is not None:
        cands = _latest_of_kind(store, flt, query.prefer_kind.value)
        _take_latest(cands, derived, query, result)
        if not result.fits:
            result.pointers = _latest_any(store, flt, limit=3)
        return
    if asked_end is None:
        cands = _latest_of_kind(store, flt, PeriodKind.cumulative.value)
        _take_latest(cands, [d for d in derived if d.kind == PeriodKind.cumulative], query, result)
        if result.fits or query.figure == "total":
            if not result.fits:
                result.pointers = _latest_any(store, flt, limit=3)
            return
        # "How many tanks according to the Kremlin?" with no total: the latest figure at all.
        cands = _latest_any(store, flt, limit=10)
        if not cands:
            cands = _fetch(store, flt, _ALL, flt.where(end_known=False), limit=5)
        _take_latest(cands, derived, query, result)
        return
    window = dt.timedelta(days=7)
    cands = _fetch(
        store,
        flt,
        _between(asked_end - window, asked_end),
        flt.where(period_kind=PeriodKind.cumulative),
        limit=20,
    )
    cands += [
        d
        for d in derived
        if d.kind == PeriodKind.cumulative and d.end and asked_end - window <= d.end <= asked_end
    ]
    if cands:
        latest = max(c.end for c in cands if c.end)
        result.fits = _rank([c for c in cands if c.end == latest], query)
        for c in result.fits:
            c.category = _EXACT if latest == asked_end else _CLOSE
        return
    before = _fetch(
        store,
        flt,
        _Range(op="<", values=(asked_end,)),
        flt.where(period_kind=PeriodKind.cumulative),
        limit=2,
    )
    after = _fetch(
        store,
        flt,
        _Range(op=">", values=(asked_end,), descending=False),
        flt.where(period_kind=PeriodKind.cumulative),
        limit=2,
    )
    result.pointers = _nearest(before + after, asked_end, asked_end)
    if not result.pointers:
        result.pointers = _latest_any(store, flt, limit=3)


def _latest_of_kind(store: ClaimStore, flt: _Filter, kind: str) -> list[_Cand]:
    """The newest claims of one kind of period (walks the index from its newest end)."""
    end = _profiled_latest(store, flt, kind)
    if end is False:
        return []
    rng = _on(end) if isinstance(end, dt.date) else _ALL
    return _fetch(store, flt, rng, flt.where(period_kind=PeriodKind(kind)), limit=10)


def _take_latest(cands: list[_Cand], derived: list[_Cand], query: Query, result: _Match) -> None:
    cands = cands + derived
    if not cands:
        return
    dated = [c for c in cands if c.end is not None]
    if dated:
        latest = max(c.end for c in dated if c.end)
        group = [c for c in dated if c.end == latest]
    else:
        group = cands[:1]
    result.fits = _rank(group, query)
    for c in result.fits:
        c.category = _EXACT


def _match_breakdown(
    store: ClaimStore, query: Query, flt: _Filter, derived: list[_Cand], result: _Match
) -> None:
    """ "Monthly losses in 2025", "September, October and November": each stored figure of
    that kind of period inside the asked one, in date order (never added up)."""
    assert query.period_start is not None and query.period_end is not None
    assert query.prefer_kind is not None
    start, end = max(query.period_start, WAR_START), query.period_end
    kind = query.prefer_kind.value
    cands = _fetch(
        store,
        flt,
        _between(start, end),
        flt.where(period_kind=PeriodKind(kind), start_from=start),
        limit=40,
        kinds=(SourceKind.article,),
    )
    cands += [d for d in derived if d.kind == query.prefer_kind and d.start and d.start >= start]
    if not cands:
        _match_period(store, query, flt, derived, result)
        return
    for c in cands:
        c.category = _EXACT
    ranked = _rank(cands, query)
    order = {id(c): i for i, c in enumerate(ranked)}
    result.fits = sorted(ranked, key=lambda c: (c.start or dt.date.min, order[id(c)]))
    result.breakdown = True


def _match_since(
    store: ClaimStore,
    query: Query,
    flt: _Filter,
    derived: list[_Cand],
    result: _Match,
    today: dt.date,
) -> None:
    assert query.period_start is not None
    start = query.period_start
    cands = _fetch(
        store,
        flt,
        _between(start - _DAY, start + _DAY, col="period_start"),
        flt.where(not_period_kind=PeriodKind.cumulative),
        limit=20,
        kinds=(SourceKind.article,),
    )
    cands += [d for d in derived if d.start is not None and abs((d.start - start).days) <= 1]
    # "Since D" asks up to now: a figure that stops well short of the furthest one is a
    # different period, not an answer beside it.
    furthest = max((c.end for c in cands if c.end is not None), default=None)
    for c in cands:
        c.category = _EXACT if c.start == start else _CLOSE
        if furthest is not None and c.end is not None and (furthest - c.end).days > 7:
            c.category = _OVERLAPS
    if cands:
        best = min(c.category for c in cands)
        result.fits = _rank([c for c in cands if c.category == best], query)
        return
    _pointers_for(store, flt, start, today, result)


def _match_period(
    store: ClaimStore, query: Query, flt: _Filter, derived: list[_Cand], result: _Match
) -> None:
    assert query.period_start is not None and query.period_end is not None
    # "in 2022" means from the first day of the invasion to the end of 2022.
    start, end = max(query.period_start, WAR_START), query.period_end
    if end < start:
        start = query.period_start
    # Claims for exactly the asked period end on its last day: one seek in the index.
    cands = _fetch(store, flt, _on(end), flt.where(), limit=100) + derived
    for c in cands:
        c.category = _fit(c, start, end)
    if not any(c.category == _EXACT for c in cands) and start != end:
        # Nearly the same period ("last week" against a report's Tuesday-to-Monday week).
        slack = dt.timedelta(days=2 if (end - start).days < 8 else 3)
        close = _fetch(
            store,
            flt,
            _between(end - slack, end + slack),
            flt.where(start_within=(start - slack, start + slack), start_open=True),
            limit=100,
            kinds=(SourceKind.article,),
        )
        for c in close:
            c.category = _fit(c, start, end)
        cands += close
    fits = [c for c in cands if c.category <= _CLOSE]
    if fits:
        best = min(c.category for c in fits)
        result.fits = _rank([c for c in fits if c.category == best], query)
        return
    _pointers_for(store, flt, start, end, result)


def _pointers_for(
    store: ClaimStore, flt: _Filter, start: dt.date, end: dt.date, result: _Match
) -> None:
    """The nearest periods that do have figures: inside the asked one, then around it."""
    profiled = _profiled_pointers(store, flt, start, end)
    if profiled is not None:
        near = _nearest([c for c in profiled if not start <= (c.end or start) <= end], start, end)
        inside = [c for c in profiled if c not in near]
        for c in inside:
            c.category = _fit(c, start, end)
        result.pointers = _rank(inside, None)[:3] + near[:2]
        return
    article = (SourceKind.article,)
    not_total = flt.where(not_period_kind=PeriodKind.cumulative)
    inside = _fetch(
        store, flt, _between(start, end), not_total, limit=10, kinds=article, cap=_POINTER_CAP
    )
    week = dt.timedelta(days=7)
    total = _fetch(
        store,
        flt,
        _between(start - week, end + week),
        flt.where(period_kind=PeriodKind.cumulative),
        limit=1,
        cap=_POINTER_CAP,
    )
    before = _fetch(
        store,
        flt,
        _Range(op="<", values=(start,)),
        not_total,
        limit=3,
        kinds=article,
        cap=_POINTER_CAP,
    )
    after = _fetch(
        store,
        flt,
        _Range(op=">", values=(end,), descending=False),
        not_total,
        limit=3,
        kinds=article,
        cap=_POINTER_CAP,
    )
    for c in inside:
        c.category = _fit(c, start, end)
    near = _nearest(before + after, start, end)
    result.pointers = _rank(inside, None)[:2] + total + near[:2]


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


def _latest_any(store: ClaimStore, flt: _Filter, *, limit: int) -> list[_Cand]:
    end = _profiled_latest(store, flt, None)
    if end is False:
        return []
    rng = _on(end) if isinstance(end, dt.date) else _ALL
    cands = _fetch(store, flt, rng, flt.where(end_known=True), limit=limit)
    cands.sort(key=lambda c: c.end or dt.date.min, reverse=True)
    for c in cands:
        c.category = _NEAR
    return cands[:limit]


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


def _bounds(c: _Cand) -> tuple[float, float]:
    """The values a figure allows: "more than 4,500" allows 4,540; "about 7,000" 6,300-7,700."""
    low, high = float(c.value), float(c.value_max if c.value_max is not None else c.value)
    qualifier = _qualifier(c)
    if qualifier == Qualifier.approximate:
        return low * 0.9, high * 1.1
    if qualifier in (Qualifier.more_than, Qualifier.at_least):
        return low, float("inf")
    if qualifier == Qualifier.less_than:
        return 0.0, high
    if qualifier == Qualifier.nearly:
        return low * 0.9, high
    return low, high


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


# -- look-ups ----------------------------------------------------------------------------------

# Every look-up walks one index range in order and reads at most this many rows (each row
# read is a random access into a file of up to a million claims), stopping at its LIMIT.
_CAP = 1500
# With a rarer filter (a named claimant, a kind of personnel figure) a walk is cut shorter: a
# claimant that gives this figure at all shows up well within it, and what is cut is only
# pointers to nearby periods.
_CAP_FILTERED = 500
_RECORD_CAP = 1000
_PROBE_CAP = 300  # existence probes (which years have figures for "November")
_POINTER_CAP = 300  # pointers to nearby periods are best effort
_MONTH = dt.timedelta(days=31)


def _fetch(
    store: ClaimStore,
    flt: _Filter,
    rng: _Range,
    where: Where,
    *,
    limit: int,
    kinds: Sequence[SourceKind] = _KINDS,
    order: str | None = None,
    cap: int | None = None,
) -> list[_Cand]:
    """Claims of one metric and subject in an index range that meet `where` (which holds
    the asked claimants and personnel kind): at most `limit`, reading at most `cap` rows of
    the index per source kind (see `ClaimStore.walk`)."""
    if cap is None:
        cap = _CAP_FILTERED if flt.filtered else _CAP
    rows = store.walk(
        flt.metric, flt.subject, rng, where, source_kinds=kinds, limit=limit, cap=cap, order=order
    )
    return [_cand(store, row) for row in rows]


def _more_than(store: ClaimStore, flt: _Filter, rng: _Range, cap: int, kind: SourceKind) -> bool:
    """Whether the index range holds more than `cap` claims (counted in the index only)."""
    return store.more_than(flt.metric, flt.subject, rng, kind, cap)


def _cand(store: ClaimStore, row: Row) -> _Cand:
    source = store.source(row["source_id"])
    start = dt.date.fromisoformat(row["period_start"]) if row["period_start"] else None
    end = dt.date.fromisoformat(row["period_end"]) if row["period_end"] else None
    kind = PeriodKind(row["period_kind"])
    if kind == PeriodKind.cumulative and start is None:
        start = WAR_START
    return _Cand(
        row=row,
        value=row["value"],
        value_max=row["value_max"],
        kind=kind,
        start=start,
        end=end,
        claimant=row["claimant"],
        source_id=row["source_id"],
        personnel_kind=row["personnel_kind"],
        published=source.published if source else None,
    )


def _from_claim(claim: Claim) -> _Cand:
    start = claim.period_start
    if claim.period_kind == PeriodKind.cumulative and start is None:
        start = WAR_START
    return _Cand(
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


def _claim(store: ClaimStore, c: _Cand) -> Claim:
    if c.claim is None:
        assert c.row is not None
        c.claim = store.claim_from_row(c.row)
    return c.claim


def _derived(store: ClaimStore, query: Query, flt: _Filter, today: dt.date) -> list[_Cand]:
    """Figures the daily series module computes for the asked period, for this metric."""
    if query.figure == "record" and query.prefer_kind not in (
        None,
        PeriodKind.day,
        PeriodKind.month,
    ):
        return []  # the series gives worst days and months only
    update: dict[str, Any] = {"metrics": [flt.metric]}
    if query.figure == "latest":
        update["figure"] = "total"
    if query.open_end:
        update["period_end"] = today
    if query.claimant is not None and query.claimant_side in ("ukraine", "russia"):
        update["claimant"] = None  # "per the Kremlin" takes any official body of that side
    asked = query.model_copy(update=update)
    try:
        claims = derive.derived_claims(store, asked)
    except Exception:  # a broken series must not take the whole answer down with it
        return []
    out = []
    for claim in claims:
        if claim.metric != flt.metric or claim.subject != flt.subject:
            continue
        if flt.claimants is not None and claim.claimant not in flt.claimants:
            continue
        if flt.personnel_kinds is not None:
            kind = claim.personnel_kind.value if claim.personnel_kind else ""
            if kind not in flt.personnel_kinds:
                continue
        out.append(_from_claim(claim))
    return out


_MAX_UNITS = 36


def _derived_units(store: ClaimStore, query: Query, flt: _Filter, today: dt.date) -> list[_Cand]:
    """For "monthly losses in 2024" or "2023 and 2024": the series' figure for each month or
    year, computed one by one (each is two indexed look-ups), listed and never summed."""
    if query.prefer_kind not in (PeriodKind.month, PeriodKind.year) or query.figure != "period":
        return []
    if query.period_start is None or query.period_end is None:
        return []
    out: list[_Cand] = []
    unit = max(query.period_start, WAR_START)
    while unit <= min(query.period_end, today) and len(out) < _MAX_UNITS:
        if query.prefer_kind == PeriodKind.month:
            first = unit.replace(day=1)
            last = month_end(first.year, first.month)
        else:
            first, last = unit.replace(month=1, day=1), unit.replace(month=12, day=31)
        asked = query.model_copy(
            update={
                "period_start": max(first, WAR_START),
                "period_end": last,
                "period_kind": query.prefer_kind,
                "prefer_kind": None,
            }
        )
        for cand in _derived(store, asked, flt, today):
            if cand.end is not None and cand.end >= min(last, query.period_end) - dt.timedelta(
                days=1
            ):
                cand.kind = query.prefer_kind  # a whole unit of the series, however it began
                out.append(cand)
        unit = last + _DAY
    return out


def _accepted_claimants(query: Query) -> list[str] | None:
    return list(query.claimants) if query.claimants else None


# -- the year of "November" --------------------------------------------------------------------


def _resolve_year(store: ClaimStore, query: Query, today: dt.date) -> tuple[Query, str]:
    """Move a month or day given without a year to the most recent year with figures."""
    assert query.period_start is not None
    start = query.period_start
    end = query.period_end or start
    years: list[int] = []
    for year in range(today.year, WAR_START.year - 1, -1):
        shift = year - start.year
        first, last = _shift(start, shift), _shift(end, shift)
        if first > today or last < WAR_START:
            continue
        if _has_figures(store, query, first, last):
            years.append(year)
    asked_words = _undated_words(query)
    if not years:
        year = query.assumed_year or start.year
        return query, f"You did not give a year, so I assumed {year}."
    year = years[0]
    shift = year - start.year
    update: dict[str, Any] = {"assumed_year": year, "period_start": _shift(start, shift)}
    if query.period_end is not None:
        update["period_end"] = _shift(query.period_end, shift)
    query = query.model_copy(update=update)
    note = (
        f"You did not give a year, so I assumed {year}: the most recent {asked_words} "
        "I have figures for."
    )
    if len(years) > 1:
        others = _join([str(y) for y in years[1:]])
        note += f" I also have figures for {asked_words} {others}."
    return query, note


def _undated_words(query: Query) -> str:
    start = query.period_start
    assert start is not None
    end = query.period_end or start
    if query.period_kind == PeriodKind.month:
        return f"{start:%B}"
    if start == end or query.open_end:
        return f"{start.day} {start:%B}"
    if start.month == end.month:
        return f"{start.day}–{end.day} {end:%B}"
    return f"{start.day} {start:%B} – {end.day} {end:%B}"


def _shift(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _has_figures(store: ClaimStore, query: Query, first: dt.date, last: dt.date) -> bool:
    """Whether anyone gives figures for this metric and subject in `first`..`last` (the year
    of "November" is the latest with figures at all, whoever the question names)."""
    article = (SourceKind.article,)
    for metric in query.metrics:
        flt = _Filter(metric, query.subject, None, None)
        if query.figure == "total":
            if _fetch(
                store,
                flt,
                _between(first, last),
                flt.where(period_kind=PeriodKind.cumulative),
                limit=1,
            ):
                return True
            continue
        # Claims that overlap the period and start in or just before it: walked from its
        # first day forwards, so a hit (the usual case) is found within a few rows.
        ending = _Range(op="between", values=(first, last + _MONTH), descending=False)
        extra = flt.where(
            start_within=(first - dt.timedelta(days=7), last), not_period_kind=PeriodKind.cumulative
        )
        if _fetch(store, flt, ending, extra, limit=1, kinds=article, cap=_PROBE_CAP):
            return True
        # A daily series covering the period can give a figure for it.
        series = (SourceKind.series,)
        if _fetch(store, flt, _between(first, last), flt.where(), limit=1, kinds=series):
            return True
    return False


# -- who reports what --------------------------------------------------------------------------

# A claimant with at most this many claims is profiled once per build (one pass over its rows
# through the claimant index): for each metric and subject, the periods it gives figures for.
# Questions naming it then need no walk along the metric index: absence is known at once, and
# fits and pointers are fetched by exact seeks on the dates the profile lists.
_RARE = 60_000
# (period_end, period_start, period_kind, personnel_kind or "") per (metric, subject)
_Period = tuple[str | None, str | None, str, str]
_Profile = dict[tuple[str, str], list[_Period]]


def _profile(store: ClaimStore, claimant: str) -> _Profile | None:
    return store.memo("claimant_profile", claimant, lambda: _read_profile(store, claimant), 256)


def _read_profile(store: ClaimStore, claimant: str) -> _Profile | None:
    if store.claimant_has_more_than(claimant, _RARE):
        return None
    found: dict[tuple[str, str], set[_Period]] = {}
    for metric, subject, end, start, kind, personnel in store.claimant_periods(claimant):
        found.setdefault((metric, subject), set()).add((end, start, kind, personnel or ""))
    return {k: sorted(v, key=lambda p: p[0] or "") for k, v in found.items()}


@dataclass
class _Periods:
    """The dates the asked claimants give one figure for, sorted for bisecting."""

    totals: list[str] = field(default_factory=list)  # ends of running totals
    others: list[str] = field(default_factory=list)  # ends of every other kind of period
    latest: dict[str, str | None] = field(default_factory=dict)  # newest end per period kind

    @property
    def empty(self) -> bool:
        return not self.latest


def _profiled(store: ClaimStore, flt: _Filter) -> _Periods | None:
    """What the asked claimants give for this metric and subject, when all are profiled."""
    if flt.claimants is None:
        return None
    key = (
        tuple(flt.claimants),
        flt.metric,
        flt.subject,
        tuple(flt.personnel_kinds) if flt.personnel_kinds is not None else None,
    )
    return store.memo("claimant_periods", key, lambda: _read_profiled(store, flt), 1024)


def _read_profiled(store: ClaimStore, flt: _Filter) -> _Periods | None:
    assert flt.claimants is not None
    result: _Periods | None = _Periods()
    for claimant in flt.claimants:
        profile = _profile(store, claimant)
        if profile is None:
            result = None
            break
        assert result is not None
        for end, _start, kind, personnel in profile.get((flt.metric.value, flt.subject.value), []):
            if flt.personnel_kinds is not None and personnel not in flt.personnel_kinds:
                continue
            if end is not None:
                (result.totals if kind == PeriodKind.cumulative.value else result.others).append(
                    end
                )
            old = result.latest.get(kind)
            if kind not in result.latest or (end is not None and (old is None or end > old)):
                result.latest[kind] = end
    if result is not None:
        result.totals.sort()
        result.others.sort()
    return result


def _profiled_absent(store: ClaimStore, flt: _Filter) -> bool | None:
    found = _profiled(store, flt)
    return None if found is None else found.empty


def _profiled_latest(store: ClaimStore, flt: _Filter, kind: str | None) -> dt.date | bool | None:
    """The newest date the asked claimants give a figure of `kind` for (False: they give
    none; None: not known, walk the index)."""
    found = _profiled(store, flt)
    if found is None:
        return None
    ends = [end for k, end in found.latest.items() if kind is None or k == kind]
    if not ends:
        return False
    dated = [end for end in ends if end]
    return dt.date.fromisoformat(max(dated)) if dated else None


def _profiled_pointers(
    store: ClaimStore, flt: _Filter, start: dt.date, end: dt.date
) -> list[_Cand] | None:
    """Pointers for profiled claimants: the dates come from the profile, the claims from
    exact seeks on those dates."""
    found = _profiled(store, flt)
    if found is None:
        return None
    first, last = start.isoformat(), end.isoformat()
    week = dt.timedelta(days=7)
    others, totals = found.others, found.totals
    lo, hi = bisect.bisect_left(others, first), bisect.bisect_right(others, last)
    inside = others[max(lo, hi - 2) : hi]
    before = others[max(0, lo - 2) : lo]
    after = others[hi : hi + 2]
    t_hi = bisect.bisect_right(totals, (end + week).isoformat())
    total = [d for d in totals[max(0, t_hi - 1) : t_hi] if d >= (start - week).isoformat()]
    out: list[_Cand] = []
    for day in dict.fromkeys([*inside, *total, *before, *after]):
        out += _fetch(store, flt, _on(dt.date.fromisoformat(day)), flt.where(), limit=3)
    return out


def warm_up(store: ClaimStore) -> None:
    """Do once per build what the first questions would otherwise pay for: which metrics
    have figures, and the profile of every known claimant with few claims. Call it after
    opening (and after each reload) to keep the first answers as fast as the rest."""
    _metrics_with_claims(store)
    for claimant in CLAIMANT_BY_NAME:
        _profile(store, claimant)


# -- what there is -----------------------------------------------------------------------------


def _metrics_with_claims(store: ClaimStore) -> dict[Subject, list[Metric]]:
    """Which metrics have any claim, per subject (one indexed probe each, cached per build)."""
    return store.memo(
        "metrics_with_claims",
        None,
        lambda: {s: [m for m in Metric if store.has_claims(m, s)] for s in Subject},
    )


def _explain_absence(
    store: ClaimStore,
    query: Query,
    metric: Metric,
    claimants: list[str] | None,
    result: _Match,
) -> None:
    if metric not in _metrics_with_claims(store).get(query.subject, []):
        result.no_metric = True
        return
    if claimants is None:
        return
    flt = _Filter(metric, query.subject, claimants, None)
    absent = _profiled_absent(store, flt)
    if absent is None:
        # Claimants with many claims: look among the newest claims for this metric only.
        absent = not _fetch(store, flt, _ALL, flt.where(), limit=1)
        result.absence_partial = absent
    if not absent:
        return
    result.no_claimant = True
    anyone = _Filter(metric, query.subject, None, None)
    recent = _fetch(store, anyone, _ALL, anyone.where(), limit=50)
    result.other_claimants = list(dict.fromkeys(c.claimant for c in recent))[:3]
    if not result.pointers:
        result.pointers = _latest_any(store, anyone, limit=2)


def _verification(store: ClaimStore, source_id: str) -> str | None:
    """The source's own sentence saying the figures are not verified, if it has one."""
    return store.source_verification(source_id)


# -- saying it ---------------------------------------------------------------------------------


def _compose(
    question: str, query: Query, matches: list[_Match], notes: list[str], store: ClaimStore
) -> Answer:
    answered = [m for m in matches if m.fits]
    asked = _asked_words(query)
    if not answered:
        return _no_figure(question, query, matches, notes, asked, store)

    paragraphs: list[str] = []
    shown: list[_Cand] = []
    disagreement = False
    for m in answered:
        budget = (MAX_BREAKDOWN if m.breakdown else MAX_CLAIMS) - len(shown)
        if budget <= 0:
            break
        lines, used, disagrees = _figure_paragraph(store, query, m, asked, budget)
        paragraphs.append("\n".join(lines))
        shown += used
        disagreement = disagreement or disagrees
    missing = [m for m in matches if not m.fits]
    if missing:
        names = _join([METRIC_LABELS[m.metric] for m in missing], last=", or ")
        where = f" {asked}" if asked else ""
        paragraphs.append(f"I have no figures{where} for {names}.")
    notes = notes + [n for n in _definition_notes(query, answered, shown, store)]
    body_parts = paragraphs + notes
    body = "\n\n".join(p for p in body_parts if p)
    claims = [_claim(store, c) for c in shown]
    caveat = _caveat(store, claims)
    return Answer(
        question=question,
        answered=True,
        text=f"{body}\n\n{caveat}",
        body=body,
        caveat=caveat,
        claims=claims,
        query=query,
        period=asked or None,
        disagreement=disagreement,
        notes=notes,
        suggestions=[],
    )


def _figure_paragraph(
    store: ClaimStore, query: Query, m: _Match, asked: str, budget: int
) -> tuple[list[str], list[_Cand], bool]:
    subject = "Russian" if query.subject == Subject.russia else "Ukrainian"
    noun = _NOUNS[m.metric][0]
    if m.metric == Metric.personnel and query.personnel_kind is not None and not m.kind_fallback:
        # "Russian personnel losses" would hide that these are prisoners, or deaths only.
        noun = _KIND_NOUNS.get(query.personnel_kind, noun)
    if query.figure == "record":
        where = f" {asked}" if asked else ""
        span, among = (
            ("monthly", "monthly figures")
            if query.prefer_kind == PeriodKind.month
            else ("single-day", "daily figures")
        )
        heading = f"Highest {span} {subject} {noun} losses{where} among the {among} I have:"
    elif m.breakdown and query.prefer_kind is not None:
        unit = _UNIT_WORDS.get(query.prefer_kind, query.prefer_kind.value)
        heading = (
            f"{subject} {noun} losses {asked}, {unit} by {unit}, as published "
            "(I do not add them up):"
        )
    elif query.figure == "latest":
        heading = f"{subject} {noun} losses, the latest figure I have:"
    else:
        heading = f"{subject} {noun} losses {asked}:"
    lines = [heading]
    used: list[_Cand] = []
    # The same figure for the same period from the same claimant, reported by several
    # outlets, is one line that names them all.
    groups: dict[tuple[Any, ...], list[_Cand]] = {}
    computed = [c for c in m.fits if c.claim is not None and c.claim.derivation][:2]
    published = [c for c in m.fits if c not in computed]
    # A figure computed from the daily series always gets its place beside the articles'.
    chosen = published[: max(1, budget - len(computed))] + computed
    if m.breakdown:
        chosen, published = m.fits[:budget], m.fits  # one line per unit, in date order
    for c in chosen[:budget] if published else computed:
        derived = c.claim is not None and bool(c.claim.derivation)
        key: tuple[Any, ...] = (c.value, c.value_max, _qualifier(c), c.claimant, c.start, c.end)
        groups.setdefault((*key, id(c)) if derived else key, []).append(c)
    for group in groups.values():
        lines.append(_line(store, group[0], also=group[1:]))
        used += group
    pairs = [(a, b) for a, b in m.siblings if a in used][: max(0, budget - len(used))]
    for _fit, other in pairs:
        lines.append(_line(store, other))
        used.append(other)
    if m.breakdown and query.prefer_kind == PeriodKind.month and query.period_start:
        assert query.period_end is not None
        first = max(query.period_start, WAR_START)
        months = (
            (query.period_end.year - first.year) * 12 + query.period_end.month - first.month + 1
        )
        have = len({(c.start, c.end) for c in m.fits})
        if have < months:
            lines.append(f"I have figures for {have} of those {months} months.")
    disagrees = False
    if len(used) > 1 and query.figure != "record" and not m.breakdown:
        disagrees = _disagreement_lines(used, lines)
    for fit, other in pairs:
        source = _source_name(store.source(fit.source_id))
        lines.append(
            f"These disagree: {source} gives the same figure, {_figure(fit)}, for "
            f"{period_words(fit.kind, fit.start, fit.end, short=True)} and for "
            f"{period_words(other.kind, other.start, other.end, short=True)}, "
            "so which day it belongs to is uncertain."
        )
        disagrees = True
    if query.figure == "record" and m.fits:
        top = _claim(store, m.fits[0])
        if not top.derivation:
            if _RECORD_WORDS.search(top.quote):
                lines.append("The article itself describes this figure as a high or a record.")
            unit = "monthly" if query.prefer_kind == PeriodKind.month else "daily"
            seen = f"the newest {unit} figures" if m.record_capped else f"the {unit} figures I have"
            lines.append(f"This is the highest of {seen}, not necessarily the record.")
    if query.claimant and used and all(c.claimant != query.claimant for c in used):
        names = _join(list(dict.fromkeys(c.claimant for c in used)))
        lines.append(
            f"I have no such figure from {query.claimant} itself; {names} "
            f"{'is' if ' and ' not in names else 'are'} another official source on the same side."
        )
    if m.fits and m.fits[0].category == _CLOSE:
        if query.figure == "total" and query.period_end is not None:
            lines.append(
                f"I have no total for {day_text(query.period_end)} itself; this is the nearest "
                "earlier one."
            )
        else:
            lines.append("This period is close to, not exactly, the one you asked about.")
    if m.kind_fallback:
        lines.append(
            "You asked about deaths: I have no death toll that fits, and the figure above "
            "counts killed and wounded together, so it is not a count of the dead."
        )
    return lines, used, disagrees


_UNIT_WORDS = {PeriodKind.day: "day", PeriodKind.week: "week", PeriodKind.month: "month",
               PeriodKind.year: "year"}  # fmt: skip


def _disagreement_lines(fits: list[_Cand], lines: list[str]) -> bool:
    """Figures for the same period that differ: say so, and by how much when there are two."""
    by_period: dict[tuple[dt.date | None, dt.date | None], list[_Cand]] = {}
    for c in fits:
        by_period.setdefault((c.start, c.end), []).append(c)
    found = False
    for both in by_period.values():
        # Published figures against each other here; against the daily tally below.
        group = [c for c in both if c.claim is None or not c.claim.derivation]
        values = list(dict.fromkeys((c.value, c.value_max) for c in group))
        if len(values) < 2 or all(_consistent(a, b) for a in group for b in group):
            continue
        found = True
        parts = [f"{_figure(c)} ({c.claimant})" for c in group]
        sentence = "These figures for the same period disagree: " + " vs ".join(parts) + "."
        exact = [c for c in group if c.value_max is None]
        if len(values) == 2 and len(exact) == len(group):
            first, second = values[0][0], values[1][0]
            sentence += f" They differ by {abs(first - second):,}."
        lines.append(sentence)
    for group in by_period.values():
        computed = [c for c in group if c.claim is not None and c.claim.derivation]
        published = [c for c in group if c not in computed]
        if not computed or not published:
            continue
        article, tally = published[0], computed[0]
        if (article.value, article.value_max) == (tally.value, tally.value_max):
            lines.append("The figure computed from the daily tally matches the published one.")
        else:
            found = True
            lines.append(
                f"The figure computed from the daily tally ({_figure(tally)}) and the published "
                f"one ({_figure(article)}) differ by {abs(article.value - tally.value):,}."
            )
    return found


def _line(store: ClaimStore, c: _Cand, also: Sequence[_Cand] = ()) -> str:
    line = _one_line(store, c)
    if also:
        others = "; ".join(_source_text(_claim(store, o).source) for o in also)
        line += f" Also reported by: {others}."
    return line


def _one_line(store: ClaimStore, c: _Cand) -> str:
    claim = _claim(store, c)
    words = period_words(claim.period_kind, c.start, claim.period_end)
    if claim.date_uncertain:
        words += " (date uncertain: the article has no publication date)"
    if claim.derivation:
        line = (
            f"- {_figure(c)} {words}, computed from {claim.claimant}'s daily figures "
            f"({_source_text(claim.source)}). {claim.derivation}"
        )
        return line
    if _unattributed(claim.claimant):
        return (
            f"- {_figure(c)} {words}, according to {_source_name(claim.source)}, which does not "
            f"say whose figure it is ({_source_text(claim.source)})."
        )
    who = _the(claim.claimant)
    return f"- {_figure(c)} {words}, according to {who} ({_source_text(claim.source)})."


def _unattributed(claimant: str) -> bool:
    return claimant.lower().startswith("unattributed")


def _the(name: str) -> str:
    """ "the UK Ministry of Defence" in running text (stored names are bare)."""
    return f"the {name}" if name.startswith(("UK ", "US ", "U.S. ")) else name


def _who(claimant: str) -> str:
    return (
        "an unnamed source (the outlet does not say whose figure it is)"
        if _unattributed(claimant)
        else _the(claimant)
    )


def _figure(c: _Cand) -> str:
    words = _QUALIFIER_WORDS.get(_qualifier(c), "")
    if c.value_max is not None and c.value_max != c.value:
        return f"{words}{c.value:,} to {c.value_max:,}"
    return f"{words}{c.value:,}"


def _source_name(source: SourceRef | None) -> str:
    if source is None:
        return "the source"
    return source.publisher or source.title or source.id


def _source_text(source: SourceRef) -> str:
    parts = [_source_name(source)]
    if source.kind == SourceKind.series:
        parts[0] = source.title or source.publisher or "daily tally"
    if source.published:
        parts.append(day_text(source.published))
    if source.url:
        parts.append(source.url)
    return ", ".join(parts)


def _definition_notes(
    query: Query, matches: list[_Match], shown: list[_Cand], store: ClaimStore
) -> list[str]:
    notes: list[str] = []
    personnel = [c for c in shown if _claim(store, c).metric == Metric.personnel]
    if not personnel:
        return notes
    kinds = {c.personnel_kind for c in personnel}
    ukrainian_counts = any(
        _side(c.claimant) == "ukraine" and c.personnel_kind in (None, "unspecified", "casualties")
        for c in personnel
    )
    if ukrainian_counts:
        notes.append(
            'Ukraine\'s "personnel" losses figure counts killed and wounded together; '
            "it is not a death toll."
        )
    elif "casualties" in kinds:
        notes.append("A casualties figure counts killed and wounded together.")
    if "killed" in kinds:
        notes.append("A death toll counts only the dead, not the wounded.")
    return notes


def _side(claimant: str) -> str | None:
    known = CLAIMANT_BY_NAME.get(claimant)
    if known:
        return known.side
    lowered = claimant.lower()
    if "ukrain" in lowered or "kyiv" in lowered:
        return "ukraine"
    if "russia" in lowered or "kremlin" in lowered or "moscow" in lowered:
        return "russia"
    return None


def _caveat(store: ClaimStore, claims: list[Claim]) -> str:
    claimants = list(dict.fromkeys(_who(c.claimant) for c in claims))
    who = _join(claimants)
    if len(claims) == 1:
        sentence = f"This figure is claimed by {who} and has not been independently verified."
    else:
        sentence = f"These figures are claimed by {who}; none has been independently verified."
    parts = [sentence]
    quoted = 0
    for source_id in dict.fromkeys(c.source.id for c in claims if not c.derivation):
        if quoted >= 2:
            break
        wording = _verification(store, source_id)
        if wording:
            ref = next(c.source for c in claims if c.source.id == source_id)
            parts.append(f'{_source_name(ref)} wrote: "{_shorten(wording, 260)}"')
            quoted += 1
    if any(c.derivation for c in claims):
        parts.append(
            "Figures computed from the daily tally are differences of cumulative figures "
            "that Ukraine's General Staff publishes; they are its claims too."
        )
    return " ".join(parts)


def _no_figure(
    question: str,
    query: Query,
    matches: list[_Match],
    notes: list[str],
    asked: str,
    store: ClaimStore,
) -> Answer:
    subject = "Russian" if query.subject == Subject.russia else "Ukrainian"
    paragraphs: list[str] = []
    suggestions: list[str] = []
    who = _claimant_words(query)
    for m in matches[:4]:
        noun = _NOUNS[m.metric][0]
        plural = _NOUNS[m.metric][1]
        if m.no_metric:
            available = _metrics_with_claims(store).get(query.subject, [])
            if available:
                names = _join([METRIC_LABELS[x] for x in available])
                paragraphs.append(
                    f"I have no figures on {subject} {noun} losses. "
                    f"I have {subject} figures for: {names}."
                )
                suggestions.append(f"{subject} {_NOUNS[available[0]][0]} losses in total")
            else:
                paragraphs.append(f"I have no figures on {subject} losses at all.")
                if query.subject == Subject.ukraine:
                    suggestions.append(f"Russian {noun} losses in total")
            continue
        if m.no_claimant:
            others = _join(m.other_claimants) if m.other_claimants else "other sources"
            lead = f"I have no {subject} {noun} figures from {who}."
            if m.absence_partial:
                lead = f"I found no {subject} {noun} figures from {who} among the newest ones."
            verb = "do" if len(m.other_claimants) > 1 or _plural(others) else "does"
            paragraphs.append(f"{lead} {others[:1].upper()}{others[1:]} {verb} report them.")
        else:
            if m.metric == Metric.personnel and query.personnel_kind in _ONLY_KINDS:
                lead = (
                    f"I have no figure counting only the {_ONLY_KINDS[query.personnel_kind]} "
                    f"among {subject} personnel losses {asked}"
                ).rstrip()
            else:
                lead = f"I have no figure for {subject} {noun} losses {asked}".rstrip()
            if who:
                lead += f" from {who}"
            paragraphs.append(lead + ".")
        pointer_words = _pointer_words(m.pointers)
        if pointer_words:
            paragraphs.append(f"I have {plural} figures for {_join(pointer_words)}.")
            for c in m.pointers[:2]:
                suggestions.append(_suggestion(query, m.metric, c))
    if not paragraphs:
        paragraphs.append("I have no figure for that.")
    body = "\n".join(paragraphs)
    if notes:
        body += "\n\n" + "\n".join(notes)
    return Answer(
        question=question,
        answered=False,
        text=body,
        body=body,
        caveat=None,
        claims=[],
        query=query,
        period=asked or None,
        notes=notes,
        suggestions=list(dict.fromkeys(suggestions))[:4],
    )


_ONLY_KINDS = {PersonnelKind.wounded: "wounded", PersonnelKind.captured: "captured"}


def _pointer_words(pointers: list[_Cand]) -> list[str]:
    words: list[str] = []
    for c in pointers:
        if c.kind == PeriodKind.cumulative or (c.start == WAR_START and c.end):
            if c.end is None:
                continue
            text = f"the total as of {day_text(c.end)}"
        else:
            text = period_words(c.kind, c.start, c.end, short=True)
        if text not in words:
            words.append(text)
        if len(words) == 3:
            break
    return words


def _suggestion(query: Query, metric: Metric, c: _Cand) -> str:
    subject = "Russian" if query.subject == Subject.russia else "Ukrainian"
    noun = _NOUNS[metric][0]
    if c.kind == PeriodKind.cumulative and c.end:
        return f"{subject} {noun} losses in total as of {day_text(c.end)}"
    return f"{subject} {noun} losses {period_words(c.kind, c.start, c.end)}"


def _asked_words(query: Query) -> str:
    if query.figure == "total":
        if query.period_end is not None:
            return f"in total as of {day_text(query.period_end)}"
        return "in total"
    if query.figure == "latest":
        return ""
    if query.open_end and query.period_start is not None:
        return f"since {day_text(query.period_start)}"
    if query.period_start is None:
        return ""
    return period_words(query.period_kind, query.period_start, query.period_end)


def _claimant_words(query: Query) -> str:
    if query.claimant:
        if query.claimant_side in ("ukraine", "russia"):
            other = "Ukrainian" if query.claimant_side == "ukraine" else "Russian"
            return f"{query.claimant} (or any other {other} official source)"
        return _the(query.claimant)
    if query.claimant_side == "ukraine":
        return "Ukrainian official sources"
    if query.claimant_side == "russia":
        return "Russian official sources"
    if query.claimants:
        return _join([_the(c) for c in query.claimants])
    return ""


def _not_a_question(question: str, query: Query, store: ClaimStore) -> Answer:
    available = _metrics_with_claims(store).get(Subject.russia, [])
    have = _join([METRIC_LABELS[m] for m in available]) if available else "nothing yet"
    examples = [
        "Russian losses in November 2024",
        "How many tanks has Russia lost in total?",
        "What does the Kremlin say about its losses?",
    ]
    if query.intent == "greeting":
        lead = "Hello!"
    elif query.intent == "empty":
        lead = "Please ask a question."
    elif query.intent == "help":
        lead = ""
    elif query.intent == "unsupported" and query.notes:
        lead = f"Sorry, I cannot answer that: {query.notes[-1][0].lower()}{query.notes[-1][1:]}"
    elif re.match(r"\s*(?:thanks|thank\s+you|thx|cheers)\b", question, re.IGNORECASE):
        lead = "You're welcome!"
    elif _mostly_non_latin(question):
        lead = "Sorry, I only understand questions in English."
    else:
        lead = "Sorry, I can only answer questions about military losses."
    intro = (
        "I answer questions about military losses in the Russia–Ukraine war from claims "
        "published in the news, always saying who claims a figure and where it was reported. "
        f"I have figures on Russian {have}."
    )
    text = f"{lead} {intro}".strip() + " For example: " + "; ".join(f'"{e}"' for e in examples)
    text += "."
    return Answer(
        question=question,
        answered=False,
        text=text,
        body=text,
        query=query,
        suggestions=examples,
    )


# -- words -------------------------------------------------------------------------------------


def _join(items: Iterable[str], *, last: str = " and ") -> str:
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return items[0] + last.lstrip(",") + items[1]
    return ", ".join(items[:-1]) + last + items[-1]


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _plural(name: str) -> bool:
    """ "media reports", "Ukrainian officials": a claimant named in the plural."""
    return name.rstrip().endswith(("reports", "officials", "forces", "authorities"))


def _mostly_non_latin(text: str) -> bool:
    """Questions written mostly in another script (Cyrillic, Arabic...)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) < len(letters) / 2
