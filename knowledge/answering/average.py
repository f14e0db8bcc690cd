"""Averages over a period (issue 12, requirement 6): the period's figure from the daily
series divided by its days, weeks or months, with the arithmetic shown. Nothing is averaged
from articles: the only figures divided are the series' own differences."""

from __future__ import annotations

import datetime as dt
import statistics

from knowledge.answering import derive
from knowledge.lexicon.calendar import month_end
from knowledge.lexicon.terms import METRIC_LABELS
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
from knowledge.wording import (
    LANGUAGES,
    capital,
    claimant_text,
    counted,
    coverage_line,
    decimal,
    in_language,
    losses,
    metric_label,
    number,
    outlet_text,
    say,
    span_text,
)

_UNIT_NAMES = {PeriodKind.hour: ("unit.hour", "unit.hours"),
               PeriodKind.day: ("unit.day", "unit.days"),
               PeriodKind.week: ("unit.week", "unit.weeks"),
               PeriodKind.month: ("unit.month", "unit.months")}  # fmt: skip


def _units(unit: PeriodKind, start: dt.date, end: dt.date) -> float:
    """How many hours, days, weeks or (calendar) months `start`..`end` spans; a month it
    covers in part counts as that part (16-31 March is 16/31 of a month, never a whole one)."""
    days = (end - start).days + 1
    if unit == PeriodKind.hour:  # a day's figure spread over its 24 hours, as readers divide it
        return days * 24
    if unit == PeriodKind.week:
        return days / 7
    if unit == PeriodKind.month:
        return _months(start, end)
    return days


def _months(start: dt.date, end: dt.date) -> float:
    """Calendar months from `start` to `end`, each month in part by the share of its days."""
    total = 0.0
    first = start.replace(day=1)
    while first <= end:
        last = month_end(first.year, first.month)
        covered = (min(last, end) - max(first, start)).days + 1
        total += covered / last.day
        first = last + dt.timedelta(days=1)
    return round(total, 2)


def _hour_or_day(
    unit: PeriodKind, total: int, start: dt.date, end: dt.date
) -> tuple[PeriodKind, float, str]:
    """The unit, how many of it `start`..`end` spans, and a note: fewer than one an hour is
    averaged per day instead ("0 an hour" would say none were lost), and says so."""
    units = _units(unit, start, end)
    if unit != PeriodKind.hour or total >= units:
        return unit, units, ""
    note = say("average.under_one_an_hour", total=number(total), hours=number(round(units)))
    return PeriodKind.day, _units(PeriodKind.day, start, end), note + " "


def _covered(asked: tuple[dt.date, dt.date], used: tuple[dt.date, dt.date]) -> str:
    """How the days averaged differ from the days asked."""
    days = (asked[1] - asked[0]).days + 1
    have = (used[1] - used[0]).days + 1
    return say(
        "average.covered",
        asked=span_text(*asked),
        days=number(days),
        days_noun=counted(days, "noun.days"),
        used=span_text(*used),
        have=number(have),
        have_noun=counted(have, "noun.days"),
    )


def to_yesterday(query: Query, today: dt.date) -> Query:
    """ "Per day since 6 August" runs to the day before `today` (an average asked in a
    conversation set in the past ends there, not at the newest report); other queries as
    they are."""
    if not query.open_end or query.period_start is None or query.period_end is not None:
        return query
    end = max(today - dt.timedelta(days=1), query.period_start)
    return query.model_copy(update={"period_end": end})


def _asked_days(query: Query, last_report: dt.date) -> tuple[dt.date, dt.date] | None:
    """The days an average is asked over: "since 1 January 2025" and "since the start of the
    war" run to the last day of fighting the series covers; None when no period is read."""
    through = last_report - dt.timedelta(days=1)
    if query.period_start is None:
        whole_war = query.figure in (Figure.total, Figure.latest)
        return (WAR_START, query.period_end or through) if whole_war else None
    start = max(query.period_start, WAR_START)
    if query.open_end:  # to the end read with the period (today, in a past conversation)
        return start, max(start, min(through, query.period_end or through))
    return start, query.period_end or query.period_start


def average_claim(store: ClaimStore, query: Query, unit: PeriodKind) -> Claim | None:
    """The average per `unit` of the first asked metric over the asked period, or None."""
    if query.subject != Subject.russia or not query.metrics:
        return None
    # (the usual answer then says whose figures there are instead)
    series = derive.asked_series(store, query)
    if series is None:
        return None
    asked = _asked_days(query, series.last)
    if asked is None:
        return None
    figure = derive.period_figure(store, series, *asked)
    if figure is None:
        return None
    unit, units, below = _hour_or_day(unit, figure.value, figure.start, figure.end)
    value = round(figure.value / units)
    one, many = (say(key) for key in _UNIT_NAMES[unit])
    derivation = below + say(
        "average.derivation",
        value=number(value),
        unit=one,
        how=figure.derivation,
        total=number(figure.value),
        count=decimal(units),
        units=many,
        span=span_text(figure.start, figure.end),
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
        label=say("average.label", unit=one),
        derivation=derivation,
        source=source,
        relation=Relation.inside if cut else Relation.exact,
    )


def averaged_unit(previous: Answer | None) -> PeriodKind | None:
    """The unit an earlier answer averaged per ("and 2025?" after a daily average asks the
    daily average of 2025), or None when it gave no average."""
    labels: dict[str, PeriodKind] = {}
    for lang in LANGUAGES:  # the earlier answer labelled it in its own language
        with in_language(lang):
            labels |= {
                say("average.label", unit=say(one)): u for u, (one, _) in _UNIT_NAMES.items()
            }
    first = previous.claims[0] if previous is not None and previous.claims else None
    return labels.get(first.label or "") if first is not None else None


def gave_median(previous: Answer | None) -> bool:
    """Whether an earlier answer gave a median day ("and 2024?" after it asks 2024's median)."""
    labels = set()
    for lang in LANGUAGES:  # the earlier answer labelled it in its own language
        with in_language(lang):
            labels.add(say("median.label"))
    first = previous.claims[0] if previous is not None and previous.claims else None
    return first is not None and first.label in labels


def average_answer(
    question: str, query: Query, store: ClaimStore, unit: PeriodKind
) -> Answer | None:
    """An answer giving the average per `unit`, or None to answer the question as usual."""
    claim = average_claim(store, query, unit)
    if claim is None:
        return None
    # the unit the claim was averaged per (per day when fewer than one an hour)
    labels = {say("average.label", unit=say(one)): u for u, (one, _) in _UNIT_NAMES.items()}
    unit = labels.get(claim.label or "", unit)
    one = say(_UNIT_NAMES[unit][0])
    assert claim.period_start is not None and claim.period_end is not None
    what = losses(
        Subject.russia, claim.metric, label=metric_label(claim.metric, METRIC_LABELS[claim.metric])
    )
    heading = say(
        "average.heading",
        losses=what,
        unit=one,
        span=span_text(claim.period_start, claim.period_end),
        who=claimant_text(claim.claimant),
    )
    series_name = outlet_text(claim.source.title or claim.source.id)
    lines = [capital(heading), f"- {claim.derivation} ({series_name})"]
    last = derive.find_series(store, claim.metric)[0].last
    asked_end = query.period_end or (last if query.open_end else query.period_start)
    if (asked_end or last) >= last:  # asked up to now: where the figures end
        lines.insert(0, coverage_line(last))
    body = "\n".join(lines)
    caveat = say("average.caveat", who=claimant_text(claim.claimant))
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


def median_claim(store: ClaimStore, query: Query) -> Claim | None:
    """The median of the daily figures (by day of fighting, listed corrections taken out) of
    the first asked metric over the asked period, or None: like an average, only the series'
    own differences are used, never articles."""
    if query.subject != Subject.russia or not query.metrics:
        return None
    series = derive.asked_series(store, query)
    if series is None:
        return None
    asked = _asked_days(query, series.last)
    if asked is None:
        return None
    days = derive.daily_figures(store, series, *asked)
    if not days:
        return None
    values = sorted(d.value for d in days)
    value = round(statistics.median(values))
    used = (days[0].fought, days[-1].fought)
    derivation = say(
        "median.derivation",
        value=number(value),
        count=number(len(values)),
        span=span_text(*used),
        low=number(values[0]),
        high=number(values[-1]),
    )
    cut = used != asked
    if cut:
        derivation += " " + _covered(asked, used)
    source = store.source(series.source_id) or SourceRef(
        id=series.source_id, kind=SourceKind.series
    )
    return Claim(
        metric=series.metric,
        value=value,
        subject=series.subject,
        claimant=series.claimant,
        period_kind=query.period_kind,
        period_start=used[0],
        period_end=used[1],
        personnel_kind=series.personnel_kind,
        quote=derivation,
        label=say("median.label"),
        derivation=derivation,
        source=source,
        relation=Relation.inside if cut else Relation.exact,
    )


def median_answer(question: str, query: Query, store: ClaimStore) -> Answer | None:
    """The median day of the asked period, with the mean day beside it (how far the few big
    days pull the mean up is what a median is asked for), or None to answer as usual."""
    claim = median_claim(store, query)
    if claim is None:
        return None
    assert claim.period_start is not None and claim.period_end is not None
    span = (claim.period_start, claim.period_end)
    days = {"period_start": span[0], "period_end": span[1], "open_end": False}
    mean = average_claim(store, query.model_copy(update=days), PeriodKind.day)
    what = losses(
        Subject.russia, claim.metric, label=metric_label(claim.metric, METRIC_LABELS[claim.metric])
    )
    heading = say(
        "median.heading", losses=what, span=span_text(*span), who=claimant_text(claim.claimant)
    )
    series_name = outlet_text(claim.source.title or claim.source.id)
    lines = [capital(heading), f"- {claim.derivation} ({series_name})"]
    claims = [claim]
    if mean is not None:
        # the mean's arithmetic stays in its claim's derivation (the JSON): on a phone the
        # line says what it is
        lines.append(f"- {say('median.mean', mean=number(mean.value))}")
        gap = mean.value - claim.value
        way = say("median.above" if gap >= 0 else "median.below")
        lines.append(
            say(
                "median.gap",
                mean=number(mean.value),
                gap=number(abs(gap)),
                way=way,
                median=number(claim.value),
            )
        )
        claims.append(mean)
    last = derive.find_series(store, claim.metric)[0].last
    if (query.period_end or last) >= last:  # asked up to now: where the figures end
        lines.insert(0, coverage_line(last))
    body = "\n".join(lines)
    caveat = say("average.caveat", who=claimant_text(claim.claimant))
    return Answer(
        question=question,
        answered=True,
        text=f"{body}\n\n{caveat}",
        body=body,
        caveat=caveat,
        claims=claims,
        query=query,
        period=span_text(*span),
    )
