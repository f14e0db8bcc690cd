"""One notion of agreement between a published figure and the daily tally (issue 12,
requirement 5), used alike by the answers and by `bot check` (`knowledge.check`).

A figure agrees when the tally gives, under one reading of its dates, a figure it allows
(`candidate.agrees`: an exact figure equals it, "about 7,000" is within rounding, "more than 4,500"
is exceeded, a range holds it). The readings: a day's or a period's losses counted by day of
fighting and by report date (each net of a listed correction and, when one applies, with it);
"since 3 February" in an article of 9 February also as the fighting after the 3rd up to the
latest report; a running total as the report of its date and of the day before. Agreeing
under either day convention is agreeing: the two differ in how they date the same reports.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from knowledge.answering.candidate import agrees
from knowledge.answering.derive import Convention, period_figure
from knowledge.models import Claim, PeriodKind, SeriesRef
from knowledge.store import ClaimStore
from knowledge.wording import PHRASES, day_text, number, say

_DAY = dt.timedelta(days=1)
_RANGE_KINDS = (PeriodKind.week, PeriodKind.month, PeriodKind.year, PeriodKind.range)

# The reading "since D" takes in an article: the fighting after D up to the latest report.
# Readings are named in English in `bot check`'s output (a public contract): their names are
# the English rows, whatever the answer's language.
SINCE_READING = PHRASES["agree.reading.since"]


def _corrected(convention: str) -> str:
    """The name of a reading with its listed correction ("fighting, with the correction")."""
    return PHRASES["agree.reading.corrected"].format(convention=convention)


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
            return say("agree.none.undated_day")
        start = end = day
    elif claim.period_kind in _RANGE_KINDS:
        if start is None or end is None:
            return say("agree.none.open_range", kind=claim.period_kind.value)
    else:
        return say("agree.none.no_period")
    found = _day_readings(store, series, start, end)
    if claim.period_kind == PeriodKind.range and end - start >= _DAY:
        # "since 3 February" in an article of 9 February: the fighting after the 3rd, up to the
        # latest report on the 9th (seed 002's five figures all read this way).
        figure = period_figure(store, series, start + _DAY, end - _DAY)
        if figure is not None and not figure.notes and figure.end == end - _DAY:
            found.append(Reading(figure.value, SINCE_READING, figure.derivation))
    return found or say("agree.none.not_covered")


def _total_readings(
    store: ClaimStore, series: SeriesRef, end: dt.date | None
) -> list[Reading] | str:
    """A running total: the report of its date and of the day before (an article often
    quotes the previous morning's figure)."""
    if end is None:
        return say("agree.none.undated_total")
    found = []
    for date in (end, end - _DAY):
        point = store.point_at_or_before(series, date)
        if point is not None and point.date == date:
            derivation = say(
                "agree.reported_on",
                value=number(point.value),
                day=day_text(date),
                quote=point.quote,
            )
            found.append(Reading(point.value, "cumulative", derivation))
    return found or say("agree.none.no_report", day=day_text(end))


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
            label = _corrected(convention.value)
            found.append(Reading(figure.raw, label, figure.derivation))
    return found


def convention_words(reading: Reading) -> str:
    """How a reading dated the reports, in running text."""
    key = _CONVENTION_WORDS.get(reading.convention)
    return say(key) if key else say("agree.words.other", convention=reading.convention)


_CONVENTION_WORDS = {
    Convention.fighting.value: "agree.words.fighting",
    Convention.reported.value: "agree.words.reported",
    _corrected(Convention.fighting.value): "agree.words.fighting_corrected",
    _corrected(Convention.reported.value): "agree.words.reported_corrected",
    "cumulative": "agree.words.cumulative",
    SINCE_READING: "agree.words.since",
}
