"""A period's figure unit by unit ("month by month in 2024", "week by week in March"): one
line per calendar month or week inside the asked period, each the series' own difference, as
a list under the usual answer for the whole period (wave 11, qrecord)."""

from __future__ import annotations

import datetime as dt

from knowledge.answering import derive
from knowledge.models import Answer, Claim, PeriodKind, Query, Relation, SourceKind, SourceRef
from knowledge.store import ClaimStore
from knowledge.wording import number, say, span_text

_CUTS = {PeriodKind.month: derive._months, PeriodKind.week: derive._weeks}
_MOST = 16  # a list longer than this is no answer on a phone: the total stands alone


def _parts(unit: PeriodKind, start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The units inside `start`..`end`, the edge ones cut to it."""
    return [(max(s, start), min(e, end)) for s, e in _CUTS[unit](start, end)]


def breakdown_claims(store: ClaimStore, query: Query, unit: PeriodKind) -> list[Claim]:
    """One derived claim per unit of the asked period, or none when it holds fewer than two."""
    if query.period_start is None or query.period_end is None or not query.metrics:
        return []
    parts = _parts(unit, query.period_start, query.period_end)
    found = [
        s
        for s in derive.series_for(store, query, query.metrics[0])
        if derive.claimant_fits(query, s.claimant)
    ]
    if not found or not 2 <= len(parts) <= _MOST:
        return []
    series = found[0]
    source = store.source(series.source_id) or SourceRef(
        id=series.source_id, kind=SourceKind.series
    )
    claims: list[Claim] = []
    for start, end in parts:
        figure = derive.period_figure(store, series, start, end)
        if figure is None or (figure.start, figure.end) != (start, end):
            continue  # past the series' ends: the whole period's answer says where it stops
        claims.append(
            Claim(
                metric=series.metric, value=figure.value, qualifier=figure.qualifier,
                subject=series.subject, claimant=series.claimant, period_kind=PeriodKind.range,
                period_start=start, period_end=end, personnel_kind=series.personnel_kind,
                quote=figure.derivation, derivation=figure.derivation, source=source,
                relation=Relation.inside,
            )
        )  # fmt: skip
    return claims


def with_breakdown(ans: Answer, store: ClaimStore, query: Query, unit: PeriodKind) -> Answer:
    """The answer with the period's figure listed unit by unit after its body."""
    listed = {(c.period_start, c.period_end) for c in ans.claims}
    if len(listed) > 1:  # "monthly figures": the answer already lists the months, as published
        return ans
    claims = breakdown_claims(store, query, unit) if ans.answered else []
    if not claims:
        return ans
    lines = [say(f"breakdown.{unit.value}")]
    lines += [
        f"- {span_text(c.period_start, c.period_end)}: {number(c.value)}"
        for c in claims
        if c.period_start is not None and c.period_end is not None
    ]
    body = f"{ans.body}\n\n" + "\n".join(lines)
    text = f"{body}\n\n{ans.caveat}" if ans.caveat else body
    return ans.model_copy(update={"body": body, "text": text, "claims": [*ans.claims, *claims]})
