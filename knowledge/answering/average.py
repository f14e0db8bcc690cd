"""Averages over a period (issue 12, requirement 6): the period's figure from the daily
series divided by its days, weeks or months, with the arithmetic shown. Nothing is averaged
from articles: the only figures divided are the series' own differences."""

from __future__ import annotations

import datetime as dt

from knowledge.answering import derive
from knowledge.models import (
    WAR_START,
    Answer,
    Claim,
    Figure,
    PeriodKind,
    Query,
    Relation,
    SourceKind,
    SourceRef,
    Subject,
)
from knowledge.store import ClaimStore
from knowledge.wording import METRIC_NOUNS, coverage_line, number, span_text

_UNIT_NAMES = {PeriodKind.day: ("day", "days"), PeriodKind.week: ("week", "weeks"),
               PeriodKind.month: ("month", "months")}  # fmt: skip


def _units(unit: PeriodKind, start: dt.date, end: dt.date) -> float:
    """How many days, weeks or (calendar) months `start`..`end` spans."""
    days = (end - start).days + 1
    if unit == PeriodKind.week:
        return days / 7
    if unit == PeriodKind.month:
        return (end.year - start.year) * 12 + end.month - start.month + 1
    return days


def _covered(asked: tuple[dt.date, dt.date], used: tuple[dt.date, dt.date]) -> str:
    """How the days averaged differ from the days asked."""
    days = (asked[1] - asked[0]).days + 1
    plural = {True: "s", False: ""}
    have = (used[1] - used[0]).days + 1
    return (
        f"You asked about {span_text(*asked)} ({days} day{plural[days != 1]}); "
        f"my figures cover {span_text(*used)} ({have} day{plural[have != 1]}), "
        "so the average is over those days only."
    )


def _asked_days(query: Query, last_report: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days an average is asked over: "since 1 January 2025" and "since the start of the
    war" run to the last day of fighting the series covers; None when no period is read."""
    through = last_report - dt.timedelta(days=1)
    if query.period_start is None:
        whole_war = query.figure in (Figure.total, Figure.latest)
        return (WAR_START, query.period_end or through) if whole_war else None
    start = max(query.period_start, WAR_START)
    if query.open_end:
        return start, max(start, through)
    return start, query.period_end or query.period_start


def average_claim(store: ClaimStore, query: Query, unit: PeriodKind) -> Claim | None:
    """The average per `unit` of the first asked metric over the asked period, or None."""
    if query.subject != Subject.russia or not query.metrics:
        return None
    found = derive.find_series(store, query.metrics[0], personnel_kind=query.personnel_kind)
    if not found:
        return None
    series = found[0]
    asked = _asked_days(query, series.last)
    if asked is None:
        return None
    figure = derive.period_figure(store, series, *asked)
    if figure is None:
        return None
    units = _units(unit, figure.start, figure.end)
    value = round(figure.value / units)
    one, many = _UNIT_NAMES[unit]
    count = number(int(units)) if units == int(units) else f"{units:.2f}".rstrip("0")
    derivation = (
        f"{number(value)} a {one} on average: {figure.derivation} "
        f"{number(figure.value)} ÷ {count} {one if units == 1 else many} "
        f"({span_text(figure.start, figure.end)}) "
        f"= {number(value)}, rounded to a whole number."
    )
    source = store.source(series.source_id) or SourceRef(
        id=series.source_id, kind=SourceKind.series
    )
    cut = (figure.start, figure.end) != asked
    if cut:
        derivation += " " + _covered(asked, (figure.start, figure.end))
    return Claim(
        metric=series.metric,
        value=value,
        qualifier=figure.qualifier,
        subject=series.subject,
        claimant=series.claimant,
        period_kind=query.period_kind,
        period_start=figure.start,
        period_end=figure.end,
        personnel_kind=series.personnel_kind,
        quote=derivation,
        label=f"average per {one}",
        derivation=derivation,
        source=source,
        relation=Relation.inside if cut else Relation.exact,
    )


def averaged_unit(previous: Answer | None) -> PeriodKind | None:
    """The unit an earlier answer averaged per ("and 2025?" after a daily average asks the
    daily average of 2025), or None when it gave no average."""
    labels = {f"average per {one}": unit for unit, (one, _) in _UNIT_NAMES.items()}
    first = previous.claims[0] if previous is not None and previous.claims else None
    return labels.get(first.label or "") if first is not None else None


def average_answer(
    question: str, query: Query, store: ClaimStore, unit: PeriodKind
) -> Answer | None:
    """An answer giving the average per `unit`, or None to answer the question as usual."""
    claim = average_claim(store, query, unit)
    if claim is None:
        return None
    one = _UNIT_NAMES[unit][0]
    assert claim.period_start is not None and claim.period_end is not None
    heading = (
        f"Average Russian {METRIC_NOUNS[claim.metric][0]} losses per {one}, "
        f"{span_text(claim.period_start, claim.period_end)}, computed from "
        f"{claim.claimant}'s daily figures:"
    )
    lines = [heading, f"- {claim.derivation} ({claim.source.title or claim.source.id})"]
    last = derive.find_series(store, claim.metric)[0].last
    if query.open_end or (query.period_end or query.period_start or last) >= last:
        lines.insert(0, coverage_line(last))
    body = "\n".join(lines)
    caveat = (
        f"An average of figures claimed by {claim.claimant}; none has been independently "
        "verified. Each morning report covers the previous day's fighting."
    )
    return Answer(
        question=question,
        answered=True,
        text=f"{body}\n\n{caveat}",
        body=body,
        caveat=caveat,
        claims=[claim],
        query=query,
        period=span_text(claim.period_start, claim.period_end),
    )
