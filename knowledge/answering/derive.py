"""Figures derived from a stored daily series: a period's losses as the difference of two
cumulative reports, a day's figure net of listed corrections, the worst day or month.

The series themselves are loaded by `knowledge.ingest.series`; their stored points are read
through the store's named queries. Nothing here adds up figures from articles.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, replace
from enum import StrEnum

from knowledge.lexicon.calendar import month_end
from knowledge.lexicon.claimants import claimant_side
from knowledge.models import (
    WAR_START,
    Claim,
    Figure,
    Metric,
    PeriodKind,
    PersonnelKind,
    Point,
    Qualifier,
    Query,
    SeriesRef,
    SourceKind,
    SourceRef,
    Subject,
)
from knowledge.questions.averages import record_lowest
from knowledge.store import ClaimStore
from knowledge.wording import capital, counted, day_text, language, number, say, signed, span_text

_DAY = dt.timedelta(days=1)


class Convention(StrEnum):
    """How a day's losses are dated. The General Staff reports each morning the day before."""

    fighting = "fighting"  # the losses of day D are what the report of D+1 added
    reported = "reported"  # the losses "on D" are what the report dated D added


DEFAULT_CONVENTION = Convention.fighting


@dataclass(frozen=True)
class DailyFigure:
    """What one report added to the tally, dated both ways, with corrections taken out."""

    fought: dt.date  # the day of fighting it covers (report date − 1)
    reported: dt.date
    raw: int  # the difference of the two cumulative figures
    correction: int  # the part of `raw` that listed corrections account for
    previous: Point
    current: Point

    @property
    def value(self) -> int:
        return self.raw - self.correction


def find_series(
    store: ClaimStore,
    metric: Metric,
    *,
    subject: Subject = Subject.russia,
    personnel_kind: PersonnelKind | None = None,
    label: str | None = None,
) -> list[SeriesRef]:
    """The stored series for a metric. Personnel means casualties unless captured is asked;
    a `label` keeps only the `other` series of that category ("ground robotic systems")."""
    if metric == Metric.personnel:
        if personnel_kind in (PersonnelKind.killed, PersonnelKind.wounded):
            return []  # the tallies count killed and wounded together
        wanted = (
            PersonnelKind.captured
            if personnel_kind == PersonnelKind.captured
            else PersonnelKind.casualties
        )
    else:
        wanted = None
    return [
        s
        for s in store.series_catalogue()
        if s.metric == metric
        and s.subject == subject
        and s.personnel_kind == wanted
        and (label is None or metric != Metric.other or s.label == label)
    ]


def series_for(store: ClaimStore, query: Query, metric: Metric) -> list[SeriesRef]:
    """The stored series a question can be answered from for one of its metrics."""
    return find_series(store, metric, personnel_kind=query.personnel_kind, label=query.category)


def asked_series(store: ClaimStore, query: Query) -> SeriesRef | None:
    """The first stored series of the first asked metric whose claimant the question allows
    (a claimant it names must stand behind the series: the tally's figure is never "the UK's")."""
    found = [
        s
        for s in (series_for(store, query, query.metrics[0]) if query.metrics else [])
        if claimant_fits(query, s.claimant)
    ]
    return found[0] if found else None


def series_end(store: ClaimStore) -> dt.date | None:
    """The date of the last daily report of any series (None without a series)."""
    return max((s.last for s in store.series_catalogue()), default=None)


def _corrections_between(
    store: ClaimStore, series: SeriesRef, after: dt.date, upto: dt.date
) -> list[tuple[dt.date, int, dt.date]]:
    """Corrections absorbed by reports after `after` up to `upto`: (report, amount, listed)."""
    found: list[tuple[dt.date, int, dt.date]] = []
    for point in store.correction_points(series, after, upto):
        found.extend((point.date, amount, listed) for amount, listed in point.corrections())
    return found


def daily_figures(
    store: ClaimStore, series: SeriesRef, first_fought: dt.date, last_fought: dt.date
) -> list[DailyFigure]:
    """What each report added, for the fighting of `first_fought`..`last_fought`.

    Only consecutive reports make a day; a gap in the series leaves its days out.
    """
    points = store.points_between(series, first_fought, last_fought + _DAY)
    days = []
    for previous, current in itertools.pairwise(points):
        if current.date - previous.date != _DAY:
            continue
        days.append(
            DailyFigure(
                fought=previous.date,
                reported=current.date,
                raw=current.value - previous.value,
                correction=sum(amount for amount, _ in current.corrections()),
                previous=previous,
                current=current,
            )
        )
    if points and first_fought <= WAR_START and points[0].date == WAR_START + _DAY:
        # The first report covers the first day of the invasion, counted from zero.
        start = Point(WAR_START, 0, Qualifier.exact, "")
        first = points[0]
        days.insert(0, DailyFigure(WAR_START, first.date, first.value, 0, start, first))
    return days


# -- wording ----------------------------------------------------------------------------------


def _month_end(date: dt.date) -> dt.date:
    return month_end(date.year, date.month)


def _reported(point: Point) -> str:
    if point.date == WAR_START and point.value == 0 and not point.quote:
        return say("derive.war_start", day=day_text(WAR_START))
    return say("derive.reported", value=number(point.value), day=day_text(point.date))


# -- period arithmetic ------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodFigure:
    """A figure computed from two cumulative figures, with everything said about it."""

    series: SeriesRef
    start: dt.date  # first day counted (a fighting day, or a report date)
    end: dt.date  # last day counted
    convention: Convention
    value: int
    raw: int  # end.value − begin.value
    begin: Point
    finish: Point
    corrections: list[tuple[dt.date, int, dt.date]]
    notes: list[str]
    derivation: str
    qualifier: Qualifier


def period_figure(
    store: ClaimStore,
    series: SeriesRef,
    start: dt.date,
    end: dt.date,
    *,
    convention: Convention = DEFAULT_CONVENTION,
) -> PeriodFigure | None:
    """The losses of days `start`..`end` as a difference of two stored cumulative figures.

    Reports missing from the series are replaced by the nearest earlier one, and a period
    running past either end of the series is cut to it; the figure's `start`/`end` are then
    the days the two reports actually bracket, and the derivation says why.
    """
    start = max(start, WAR_START)
    if end < start:
        return None
    shift = _DAY if convention == Convention.fighting else dt.timedelta(0)
    notes: list[str] = []
    found = _bracket(store, series, start - _DAY + shift, end + shift, notes)
    if found is None:
        return None
    begin, finish = found
    # The days the two reports actually bracket (the same as asked unless a note says why).
    start = begin.date + _DAY - shift
    end = finish.date - shift
    raw = finish.value - begin.value
    corrections = _corrections_between(store, series, begin.date, finish.date)
    single_day = finish.date - begin.date == _DAY
    value = raw - sum(amount for _, amount, _ in corrections) if single_day else raw
    figure = PeriodFigure(
        series=series,
        start=start,
        end=end,
        convention=convention,
        value=value,
        raw=raw,
        begin=begin,
        finish=finish,
        corrections=corrections,
        notes=notes,
        derivation="",
        qualifier=_qualifier(begin, finish),
    )
    return replace(figure, derivation=_period_derivation(store, figure))


def _bracket(
    store: ClaimStore,
    series: SeriesRef,
    begin_report: dt.date,
    end_report: dt.date,
    notes: list[str],
) -> tuple[Point, Point] | None:
    """The two reports a period is the difference of: the one before its first day and its
    last one (or the nearest earlier ones, cut to the series), saying why in `notes`."""
    if end_report < series.first or begin_report >= series.last:
        return None
    if end_report > series.last:
        end_report = series.last
        notes.append(say("derive.series_ends", day=day_text(series.last)))
    finish = store.point_at_or_before(series, end_report)
    if finish is None:
        return None
    if finish.date != end_report:
        notes.append(_nearest_note(end_report, finish.date))
    if begin_report <= WAR_START:
        begin: Point | None = Point(WAR_START, 0, Qualifier.exact, "")
    elif begin_report < series.first:
        begin = store.point_at_or_before(series, series.first)
        if begin is not None:
            notes.append(
                say("derive.tallied_from", day=day_text(begin.date), value=number(begin.value))
            )
    else:
        begin = store.point_at_or_before(series, begin_report)
        if begin is not None and begin.date != begin_report:
            notes.append(_nearest_note(begin_report, begin.date))
    if begin is None or finish.date <= begin.date:
        return None
    return begin, finish


def _nearest_note(wanted: dt.date, used: dt.date) -> str:
    return say("derive.nearest", wanted=day_text(wanted), used=day_text(used))


def _period_derivation(store: ClaimStore, figure: PeriodFigure) -> str:
    """How a period figure was computed, in words, with the reports and corrections."""
    start, end, value, raw = figure.start, figure.end, figure.value, figure.raw
    convention, series, corrections = figure.convention, figure.series, figure.corrections
    single_day = figure.finish.date - figure.begin.date == _DAY
    what = (
        say("derive.for_fighting", span=span_text(start, end))
        if convention == Convention.fighting
        else say("derive.in_reports", span=span_text(start, end))
        if start != end
        else say("derive.reported_on", day=day_text(start))
    )
    named = f" ({series.label})" if series.label and language() == "en" else ""
    later, earlier = _reported(figure.finish), _reported(figure.begin)
    sentence = say("derive.difference", value=f"{number(value)}{named}", what=what,
                   later=later, earlier=earlier)  # fmt: skip
    if single_day and corrections:
        parts = ", ".join(_listed(amount, listed) for _, amount, listed in corrections)
        sentence += " " + say("derive.less_correction", raw=number(raw), parts=parts)
    sentence += "."
    if convention == Convention.reported and single_day and start == end:
        sentence += " " + say("derive.report_covers", day=day_text(start - _DAY))
    if convention == Convention.fighting:
        sentence += " " + say("derive.each_morning")
        if single_day and start == end:
            own = _report_increment(store, series, start)
            if own is not None:
                added = say("derive.report_added", day=day_text(start), value=number(own))
                sentence += " " + added
    if corrections and not single_day:
        listed = "; ".join(
            _listed(amount, when)
            + (" " + say("derive.in_report", day=day_text(report)) if report != when else "")
            for report, amount, when in corrections
        )
        sentence += " " + say("derive.spans_corrections", listed=listed)
    if value < 0:
        sentence += " " + say("derive.went_down")
    if figure.notes:
        sentence += " " + say("derive.note", notes="; ".join(figure.notes))
    return sentence


def _listed(amount: int, day: dt.date) -> str:
    """`+25 listed for 3 May 2024`: a correction of the tally."""
    return say("derive.listed", amount=signed(amount), day=day_text(day))


def _qualifier(*points: Point) -> Qualifier:
    """A difference of figures that are "about" something is itself approximate."""
    exact = all(p.qualifier == Qualifier.exact for p in points)
    return Qualifier.exact if exact else Qualifier.approximate


def _report_increment(store: ClaimStore, series: SeriesRef, report: dt.date) -> int | None:
    """What the report dated `report` added, net of corrections, if both reports exist."""
    current = store.point_at_or_before(series, report)
    previous = store.point_at_or_before(series, report - _DAY)
    if report - _DAY == WAR_START and current is not None and current.date == report:
        return current.value
    if current is None or previous is None or current.date != report:
        return None
    if previous.date != report - _DAY:
        return None
    return current.value - previous.value - sum(a for a, _ in current.corrections())


# Reports before this date were rounded early-war estimates (5,840 -> 9,000 -> 12,000 held
# for a week): their jumps are not a day's losses, so records skip them.
ROUNDED_UNTIL = dt.date(2022, 3, 16)


def _artefact(day: DailyFigure) -> bool:
    """A jump that is not a day's losses: between rounded early reports, or one absorbing a
    listed correction of the tally (issue 12, requirement 6)."""
    return day.reported < ROUNDED_UNTIL or day.correction != 0


def record_day(
    store: ClaimStore, series: SeriesRef, start: dt.date, end: dt.date, *, lowest: bool = False
) -> tuple[DailyFigure, str] | None:
    """The day of fighting in `start`..`end` with the highest (or lowest) figure, net of
    corrections.

    Cached per knowledge-base generation: a worst-day question over the whole war reads
    every row of the series, and the answer cannot change until the next reload."""
    return store.memo(
        "record_day",
        (series, start, end, lowest, language()),
        lambda: _record_day(store, series, start, end, lowest),
        1024,
    )


def _record_day(
    store: ClaimStore, series: SeriesRef, start: dt.date, end: dt.date, lowest: bool
) -> tuple[DailyFigure, str] | None:
    """`record_day` uncached: the highest (lowest) day that is not an artefact, in words."""
    every = daily_figures(store, series, max(start, WAR_START), end)
    days = [d for d in every if not _artefact(d)]
    if not days:
        return None
    sign = -1 if lowest else 1
    best = max(days, key=lambda d: (sign * d.value, -d.fought.toordinal()))
    named = f" ({series.label})" if series.label and language() == "en" else ""
    sentence = say(
        "derive.record_day_lowest" if lowest else "derive.record_day",
        span=span_text(start, end),
        value=f"{number(best.value)}{named}",
        day=day_text(best.fought),
        later=_reported(best.current),
        earlier=_reported(best.previous),
    )
    skipped = len(every) - len(days)
    if skipped:
        skipped_word = counted(skipped, "noun.days_skipped")
        sentence += " " + say(
            "derive.skipped", count=skipped, days=skipped_word, day=day_text(ROUNDED_UNTIL)
        )
    sentence += " " + say("derive.each_morning")
    if end + _DAY > series.last:
        sentence += " " + capital(say("derive.series_ends", day=day_text(series.last))) + "."
    return best, sentence


def ranked_days(
    store: ClaimStore, series: SeriesRef, start: dt.date, end: dt.date, count: int, lowest: bool
) -> list[DailyFigure]:
    """The `count` days of fighting in `start`..`end` with the highest (lowest) figures, in
    that order, skipping the jumps that are not a day's losses (as `record_day` does)."""
    every = daily_figures(store, series, max(start, WAR_START), end)
    sign = 1 if lowest else -1
    days = sorted((d for d in every if not _artefact(d)), key=lambda d: (sign * d.value, d.fought))
    return days[:count]


def _ranking(query: Query) -> bool:
    """Whether the question asks for the top days ("the five worst days of 2024")."""
    daily = query.prefer_kind in (None, PeriodKind.day)
    return query.figure == Figure.record and bool(query.ranked) and daily


def _ranked_claims(store: ClaimStore, series: SeriesRef, query: Query, count: int) -> list[Claim]:
    """The top `count` days of the asked period as claims, each with its arithmetic."""
    source = store.source(series.source_id) or SourceRef(
        id=series.source_id, kind=SourceKind.series
    )
    start, end = query.period_start or WAR_START, query.period_end or series.last
    lowest = record_lowest(query.text)
    order = say("derive.ranked_lowest" if lowest else "derive.ranked_highest")
    claims = []
    for rank, day in enumerate(ranked_days(store, series, start, end, count, lowest), start=1):
        sentence = say(
            "derive.ranked_day", rank=rank, span=span_text(start, end), order=order,
            value=number(day.value), day=day_text(day.fought), later=_reported(day.current),
            earlier=_reported(day.previous),
        )  # fmt: skip
        claims.append(
            _claim(
                series,
                source,
                value=day.value,
                qualifier=_qualifier(day.previous, day.current),
                kind=PeriodKind.day,
                start=day.fought,
                end=day.fought,
                derivation=f"{sentence} {say('derive.each_morning')}",
            )
        )
    return claims


# -- claims for a question --------------------------------------------------------------------


def derived_claims(
    store: ClaimStore, query: Query, *, convention: Convention = DEFAULT_CONVENTION
) -> list[Claim]:
    """Figures for the asked period computed from a stored cumulative series, if any.

    figure "total": the stored cumulative claim of the report dated `period_end` (or the
    latest); "period": the difference of two cumulative figures for `period_start`..
    `period_end` (by default dated by the day of fighting; see `Convention`); "record": the
    day with the highest figure in the period. Every computed claim carries its `derivation`.
    A question naming a claimant gets the series only if it is that claimant or one on the
    same side (Ukraine's Ministry of Defence publishes the General Staff's tally).
    """
    if query.subject != Subject.russia or not query.metrics:
        return []
    claims: list[Claim] = []
    for metric in query.metrics:
        for series in series_for(store, query, metric):
            if not _claimant_matches(query, series.claimant):
                continue
            if _ranking(query):
                claims += _ranked_claims(store, series, query, query.ranked or 0)
                continue
            claim = _claim_for(store, series, query, convention)
            if claim is not None:
                claims.append(claim)
    return claims


def claimant_fits(query: Query, claimant: str) -> bool:
    """Whether `claimant` is one the question names (or of the side it names; any, when none)."""
    return _claimant_matches(query, claimant)


def _claimant_matches(query: Query, claimant: str) -> bool:
    side = claimant_side(claimant)
    # `claimants` and `claimant_side` are newer Query fields; read them defensively.
    names: list[str] = list(getattr(query, "claimants", None) or [])
    asked_side: str | None = getattr(query, "claimant_side", None)
    if query.claimant:
        names.append(query.claimant)
    if not names and not asked_side:
        return True
    if claimant in names:
        return True
    sides = {claimant_side(name) for name in names} | ({asked_side} if asked_side else set())
    return side is not None and side in sides


def _claim_for(
    store: ClaimStore, series: SeriesRef, query: Query, convention: Convention
) -> Claim | None:
    source = store.source(series.source_id) or SourceRef(
        id=series.source_id, kind=SourceKind.series
    )
    if query.figure == Figure.total:
        return _total_claim(store, series, query.period_end or query.period_start)
    lowest = record_lowest(query.text)
    if query.figure == Figure.record and query.prefer_kind in _RECORD_UNITS:
        start, end = query.period_start or WAR_START, query.period_end or series.last
        return _record_unit(store, series, source, (start, end), query.prefer_kind, lowest)
    if query.figure == Figure.record:
        start = query.period_start or WAR_START
        end = query.period_end or series.last
        found = record_day(store, series, start, end, lowest=lowest)
        if found is None:
            return None
        best, sentence = found
        return _claim(
            series,
            source,
            value=best.value,
            qualifier=_qualifier(best.previous, best.current),
            kind=PeriodKind.day,
            start=best.fought,
            end=best.fought,
            derivation=sentence,
        )
    first = query.period_start or query.period_end
    last = query.period_end or query.period_start
    if getattr(query, "open_end", False) and query.period_start is not None:
        # "since February 3": up to the latest report (by the day asked, when that is earlier).
        latest = min(series.last, query.period_end or series.last)
        last = latest - (_DAY if convention == Convention.fighting else dt.timedelta(0))
    if first is None or last is None:
        return None
    figure = period_figure(store, series, first, last, convention=convention)
    if figure is None:
        return None
    return _claim(
        series,
        source,
        value=figure.value,
        qualifier=figure.qualifier,
        kind=_period_kind(query.period_kind, figure.start, figure.end),
        start=figure.start,
        end=figure.end,
        derivation=figure.derivation,
    )


def _months(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The calendar months from the one of `first` to the one of `last`."""
    out, month = [], first.replace(day=1)
    while month <= last:
        out.append((month, _month_end(month)))
        month = _month_end(month) + _DAY
    return out


def _weeks(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The Monday-to-Sunday weeks from the one of `first` to the one of `last`."""
    out, monday = [], first - dt.timedelta(days=first.weekday())
    while monday <= last:
        out.append((monday, monday + dt.timedelta(days=6)))
        monday += dt.timedelta(days=7)
    return out


def _quarters(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The calendar quarters from the one of `first` to the one of `last`."""
    out, quarter = [], first.replace(month=(first.month - 1) // 3 * 3 + 1, day=1)
    while quarter <= last:
        out.append((quarter, _quarter_end(quarter)))
        quarter = _quarter_end(quarter) + _DAY
    return out


def _quarter_end(first: dt.date) -> dt.date:
    """The last day of the quarter starting on `first`."""
    return _month_end(first.replace(month=first.month + 2))


def _years(first: dt.date, last: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The calendar years from the one of `first` to the one of `last`."""
    return [(dt.date(y, 1, 1), dt.date(y, 12, 31)) for y in range(first.year, last.year + 1)]


# The units a record can be asked per beyond days: how to cut a period into them, in words.
_RECORD_UNITS = {
    PeriodKind.month: (_months, "units.full_months"),
    PeriodKind.week: (_weeks, "units.full_weeks"),
    PeriodKind.quarter: (_quarters, "units.full_quarters"),
    PeriodKind.year: (_years, "units.full_years"),
}


def _record_unit(
    store: ClaimStore,
    series: SeriesRef,
    source: SourceRef,
    asked: tuple[dt.date, dt.date],
    unit: PeriodKind,
    lowest: bool,
) -> Claim | None:
    """The full month or week in the asked period with the highest (or lowest) figure.

    Cached per knowledge-base generation, as `record_day` is: a worst-month question over the
    whole war reads three rows a month of the series (11 ms), and the answer cannot change
    until the next reload."""
    return store.memo(
        "record_unit",
        (series, asked, unit, lowest, language()),
        lambda: _find_record_unit(store, series, source, asked, unit, lowest),
        1024,
    )


def _find_record_unit(
    store: ClaimStore,
    series: SeriesRef,
    source: SourceRef,
    asked: tuple[dt.date, dt.date],
    unit: PeriodKind,
    lowest: bool,
) -> Claim | None:
    """The full month or week in the asked period with the highest (or lowest) figure, each
    a stated difference of two reports (two indexed look-ups a unit). Units the series does
    not cover whole are left out: a part of a month is not its figure."""
    cut, words = _RECORD_UNITS[unit]
    start, end = max(asked[0], series.first, WAR_START), min(asked[1], series.last)
    best: PeriodFigure | None = None
    count = 0
    for first, last in cut(start, end):
        if first < asked[0] or last > max(asked[1], _month_end(asked[1])):
            continue
        if last + _DAY > series.last:
            continue
        figure = period_figure(store, series, first, last)
        if figure is None or (figure.start, figure.end) != (first, last):
            continue
        count += 1
        if best is None or (figure.value < best.value if lowest else figure.value > best.value):
            best = figure
    if best is None:
        return None
    highest = say(
        "derive.record_unit_lowest" if lowest else "derive.record_unit",
        count=count,
        units=say(words),
        first=day_text(start),
        last=day_text(end),
    )
    derivation = f"{best.derivation} {highest}"
    return _claim(
        series,
        source,
        value=best.value,
        qualifier=best.qualifier,
        kind=unit,
        start=best.start,
        end=best.end,
        derivation=derivation,
    )


def _total_claim(store: ClaimStore, series: SeriesRef, date: dt.date | None) -> Claim | None:
    wanted = min(date or series.last, series.last)
    # The stored claim itself, not a copy of its figures.
    claim = store.series_claim_at_or_before(series, wanted)
    if claim is None:
        return None
    notes = []
    if date is not None and date > series.last:
        notes.append(say("derive.series_ends", day=day_text(series.last)))
    elif claim.period_end != wanted:
        assert claim.period_end is not None
        notes.append(_nearest_note(wanted, claim.period_end))
    if notes:
        note = say("derive.note", notes="; ".join(notes))
        claim = claim.model_copy(update={"derivation": f"{claim.quote}. {note}"})
    return claim


def _period_kind(asked: PeriodKind, start: dt.date, end: dt.date) -> PeriodKind:
    if start == end:
        return PeriodKind.day
    if asked in (PeriodKind.week, PeriodKind.month, PeriodKind.year, PeriodKind.range):
        return asked
    if start.day == 1 and end == _month_end(start):
        return PeriodKind.month
    if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
        return PeriodKind.year
    return PeriodKind.range


def _claim(
    series: SeriesRef,
    source: SourceRef,
    *,
    value: int,
    qualifier: Qualifier,
    kind: PeriodKind,
    start: dt.date,
    end: dt.date,
    derivation: str,
) -> Claim:
    return Claim(
        metric=series.metric,
        value=value,
        qualifier=qualifier,
        subject=series.subject,
        claimant=series.claimant,
        period_kind=kind,
        period_start=start,
        period_end=end,
        personnel_kind=series.personnel_kind,
        quote=derivation,
        label=series.label,
        derivation=derivation,
        source=source,
    )


def reading_by_report_date(
    store: ClaimStore, metric: Metric, start: dt.date, end: dt.date
) -> PeriodFigure | None:
    """The series figure for `start`..`end` counted by report date (the other convention to
    the day of fighting), when the series covers exactly those reports."""
    found = find_series(store, metric)
    if not found:
        return None
    figure = period_figure(store, found[0], start, end, convention=Convention.reported)
    if figure is None or (figure.start, figure.end) != (start, end) or figure.notes:
        return None
    return figure
