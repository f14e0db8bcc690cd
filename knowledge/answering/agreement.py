"""One notion of agreement between a published figure and the daily tally (issue 12,
requirement 5), used alike by the answers and by `bot check` (`knowledge.check`).

A figure agrees when the tally gives, under one reading of its dates, a figure it allows
(`rank.agrees`: an exact figure equals it, "about 7,000" is within rounding, "more than 4,500"
is exceeded, a range holds it). The readings: a day's or a period's losses counted by day of
fighting and by report date (each net of a listed correction and, when one applies, with it);
"since 3 February" in an article of 9 February also as the fighting after the 3rd up to the
latest report; a running total as the report of its date and of the day before. Agreeing
under either day convention is agreeing: the two differ in how they date the same reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from knowledge.answering.derive import Convention, period_figure
from knowledge.answering.rank import agrees
from knowledge.models import Claim, PeriodKind, SeriesRef
from knowledge.store import ClaimStore
from knowledge.wording import day_text

_DAY = dt.timedelta(days=1)
_RANGE_KINDS = (PeriodKind.week, PeriodKind.month, PeriodKind.year, PeriodKind.range)

# The reading "since D" takes in an article: the fighting after D up to the latest report.
SINCE_READING = "fighting after the start date, to the report of the end date"


@dataclass(frozen=True)
class Reading:
    """One figure the tally gives for a claim's period, and how its dates were read."""

    value: int
    convention: str  # "fighting", "reported", "cumulative", or SINCE_READING (with variants)
    derivation: str


@dataclass(frozen=True)
class Judgement:
    """What the tally says about one published figure: the reading it agrees with, if any,
    else the closest one; `readings` holds them all."""

    agreeing: Reading | None
    closest: Reading | None
    readings: tuple[Reading, ...]


def judge(store: ClaimStore, series: SeriesRef, claim: Claim) -> Judgement | str:
    """The claim against the series, or why there is nothing to compare it with."""
    found = readings(store, series, claim)
    if isinstance(found, str):
        return found
    for reading in found:
        if agrees(claim.value, claim.value_max, claim.qualifier, reading.value):
            return Judgement(agreeing=reading, closest=reading, readings=tuple(found))
    closest = min(found, key=lambda r: abs(claim.value - r.value))
    return Judgement(agreeing=None, closest=closest, readings=tuple(found))


def readings(store: ClaimStore, series: SeriesRef, claim: Claim) -> list[Reading] | str:
    """The series figures the claim could mean, or why there is none to compare with."""
    start, end = claim.period_start, claim.period_end
    if claim.period_kind == PeriodKind.cumulative:
        return _total_readings(store, series, end)
    if claim.period_kind == PeriodKind.day:
        day = end or start
        if day is None:
            return "a day's figure without a date"
        start = end = day
    elif claim.period_kind in _RANGE_KINDS:
        if start is None or end is None:
            return f"a {claim.period_kind.value} without both of its bounds"
    else:
        return "no period stated"
    found = _day_readings(store, series, start, end)
    if claim.period_kind == PeriodKind.range and end - start >= _DAY:
        # "since 3 February" in an article of 9 February: the fighting after the 3rd, up to the
        # latest report on the 9th (seed 002's five figures all read this way).
        figure = period_figure(store, series, start + _DAY, end - _DAY)
        if figure is not None and not figure.notes and figure.end == end - _DAY:
            found.append(Reading(figure.value, SINCE_READING, figure.derivation))
    return found or "the series does not cover that period"


def _total_readings(
    store: ClaimStore, series: SeriesRef, end: dt.date | None
) -> list[Reading] | str:
    """A running total: the report of its date and of the day before (an article often
    quotes the previous morning's figure)."""
    if end is None:
        return "a running total without a date"
    found = []
    for date in (end, end - _DAY):
        point = store.point_at_or_before(series, date)
        if point is not None and point.date == date:
            derivation = f"{point.value:,} reported on {day_text(date)} ({point.quote})"
            found.append(Reading(point.value, "cumulative", derivation))
    return found or f"no report in the series for {day_text(end)}"


def _day_readings(
    store: ClaimStore, series: SeriesRef, start: dt.date, end: dt.date
) -> list[Reading]:
    """The days' losses by report date and by day of fighting, with a correction's variant."""
    found = []
    for convention in (Convention.reported, Convention.fighting):
        figure = period_figure(store, series, start, end, convention=convention)
        if figure is None or figure.start != start or figure.end != end or figure.notes:
            continue  # cut short or gap-filled: not the same period
        found.append(Reading(figure.value, convention.value, figure.derivation))
        if figure.raw != figure.value:
            label = f"{convention.value}, with the correction"
            found.append(Reading(figure.raw, label, figure.derivation))
    return found


def convention_words(reading: Reading) -> str:
    """How a reading dated the reports, in running text."""
    return _CONVENTION_WORDS.get(reading.convention, f"read as {reading.convention}")


_CONVENTION_WORDS = {
    Convention.fighting.value: "counted by day of fighting",
    Convention.reported.value: "counted by report date",
    f"{Convention.fighting.value}, with the correction": (
        "counted by day of fighting, with the listed correction"
    ),
    f"{Convention.reported.value}, with the correction": (
        "counted by report date, with the listed correction"
    ),
    "cumulative": "as a running total reported that morning",
    SINCE_READING: "read as the fighting after the start date up to the report of the end date",
}
