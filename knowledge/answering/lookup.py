"""Look-ups for answering: the candidate claims read from the store (a few indexed walks,
each with a LIMIT), and per-build profiles of rarely quoted claimants."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from knowledge.answering.candidate import NEAR, Candidate, from_row
from knowledge.lexicon.claimants import claimant_side
from knowledge.models import (
    Metric,
    PeriodKind,
    Query,
    SourceKind,
    Subject,
)
from knowledge.store import ClaimStore, IndexRange, Row, Where

MAX_CLAIMS = 5
MAX_BREAKDOWN = 12  # "monthly losses in 2024" lists each month

_DAY = dt.timedelta(days=1)
_KINDS = (SourceKind.article, SourceKind.series)

# -- matching ----------------------------------------------------------------------------------


@dataclass
class _Match:
    """What the knowledge base has for one metric of the question."""

    metric: Metric
    fits: list[Candidate] = field(default_factory=list)
    siblings: list[tuple[Candidate, Candidate]] = field(default_factory=list)  # (fit, same figure)
    pointers: list[Candidate] = field(default_factory=list)
    kind_fallback: bool = False  # asked for deaths, showing killed-and-wounded figures
    no_claimant: bool = False  # the asked claimant has nothing on this metric
    other_claimants: list[str] = field(default_factory=list)
    no_metric: bool = False  # nothing at all on this metric (for this subject)
    absence_partial: bool = False  # no_claimant judged from the newest claims only
    record_capped: bool = False  # the worst-day search saw only the newest daily figures
    breakdown: bool = False  # one figure per month (or week...) inside the asked period
    partial: bool = False  # no figure for exactly the asked period: these answer it in part
    # The named claimant has nothing: what others claim for the same question, shown apart.
    others: list[Candidate] = field(default_factory=list)
    # Only the fits are wanted (what others claim is shown without pointers or siblings):
    # the look-ups for anything else are skipped.
    fits_only: bool = False


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
            whole_only=True,  # answers are about the whole front: no average, place or part
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


def _latest_any(store: ClaimStore, flt: _Filter, *, limit: int) -> list[Candidate]:
    end = _profiled_latest(store, flt, None)
    if end is False:
        return []
    rng = _on(end) if isinstance(end, dt.date) else _ALL
    cands = _fetch(store, flt, rng, flt.where(end_known=True), limit=limit)
    cands.sort(key=lambda c: c.end or dt.date.min, reverse=True)
    for c in cands:
        c.category = NEAR
    return cands[:limit]


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
    keep: Callable[[Row], bool] | None = None,
) -> list[Candidate]:
    """Claims of one metric and subject in an index range that meet `where` (which holds
    the asked claimants and personnel kind): at most `limit`, reading at most `cap` rows of
    the index per source kind (see `ClaimStore.walk`). With `keep`, only the claims whose
    index columns it keeps are read in full and returned."""
    if cap is None:
        cap = _CAP_FILTERED if flt.filtered else _CAP
    kinds = _kinds_worth_walking(store, flt, kinds)
    rows = store.walk(
        flt.metric, flt.subject, rng, where, source_kinds=kinds, limit=limit, cap=cap,
        order=order, whole=keep is None,
    )  # fmt: skip
    if keep is not None:
        rows = store.claim_rows([row["id"] for row in rows if keep(row)])
    return [from_row(store, row) for row in rows]


def _kinds_worth_walking(
    store: ClaimStore, flt: _Filter, kinds: Sequence[SourceKind]
) -> Sequence[SourceKind]:
    """`kinds`, without the daily series when none of the asked claimants gives one for
    this metric and subject (its walk could only find claims the claimant filter drops)."""
    if flt.claimants is None or SourceKind.series not in kinds:
        return kinds
    if store.series_claimants(flt.metric, flt.subject).intersection(flt.claimants):
        return kinds
    return tuple(k for k in kinds if k != SourceKind.series)


def _claimants_found(
    store: ClaimStore, flt: _Filter, rng: _Range, where: Where, *, limit: int
) -> list[str]:
    """Who gives each claim `_fetch` would find (read from the index alone: no claim is
    read or made)."""
    cap = _CAP_FILTERED if flt.filtered else _CAP
    rows = store.walk(
        flt.metric, flt.subject, rng, where, source_kinds=_KINDS, limit=limit, cap=cap, whole=False
    )
    return [row["claimant"] for row in rows]


def _more_than(store: ClaimStore, flt: _Filter, rng: _Range, cap: int, kind: SourceKind) -> bool:
    """Whether the index range holds more than `cap` claims (counted in the index only)."""
    return store.more_than(flt.metric, flt.subject, rng, kind, cap)


def _accepted_claimants(query: Query) -> list[str] | None:
    return list(query.claimants) if query.claimants else None


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


def sides_named(flt: _Filter) -> int:
    """How many sides the claimants a question names belong to (0 when it names none)."""
    return len({claimant_side(c) for c in flt.claimants or ()})


def _profiled_pointers(
    store: ClaimStore, flt: _Filter, start: dt.date, end: dt.date
) -> list[Candidate] | None:
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
    recent = 1 if sides_named(flt) < 2 else 3  # "Kremlin vs Kyiv": a total of each side
    total = [d for d in totals[max(0, t_hi - recent) : t_hi] if d >= (start - week).isoformat()]
    out: list[Candidate] = []
    for day in dict.fromkeys([*inside, *total, *before, *after]):
        out += _fetch(store, flt, _on(dt.date.fromisoformat(day)), flt.where(), limit=3)
    return out


# -- what there is -----------------------------------------------------------------------------


def _metrics_with_claims(store: ClaimStore) -> dict[Subject, list[Metric]]:
    """Which metrics have any claim, per subject (one indexed probe each, cached per build)."""
    return store.memo(
        "metrics_with_claims",
        None,
        lambda: {s: [m for m in Metric if store.has_claims(m, s)] for s in Subject},
    )
