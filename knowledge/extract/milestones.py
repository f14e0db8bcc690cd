"""A timeline of a running count's milestones (issue 13): a lede names the count ("Ukraine's
General Staff has published a running count of Russian losses"), and dated entries give its
value on their day ("**20 September 2025** — 1,100,600."), often with no loss word at all.
Each such figure is the count's cumulative total on the entry's date, claimed by whoever the
lede names, on the side it names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from knowledge.dates import find_periods
from knowledge.models import WAR_START, Metric, PeriodKind, PersonnelKind, Source, Subject

# The lede naming the count: "a running count of Russian losses", "Kyiv's daily tally of
# Russian personnel losses", "cumulative count of Russian casualties", "running tally of
# Russian troops lost".
_SERIES = re.compile(
    r"\b(?:running|cumulative|daily)\s+(?:count|tally|total)\s+of\s+(?P<side>Russian|Ukrainian)"
    r"\s+(?:military\s+)?(?:personnel\s+)?(?:losses|casualties|(?:troops|soldiers)\s+lost)\b",
    re.I,
)
# An entry: a date, in bold or not, then a dash and the entry's text.
_ENTRY = re.compile(
    r"^[^\S\n]*(?:[-*•][^\S\n]+)?(?:\*\*|__)?(?P<stamp>[^*_\n—–]{4,40}?)(?:\*\*|__)?"
    r"[^\S\n]*[—–][^\S\n]+(?P<rest>\S[^\n]*)$",
    re.M,
)
# The count's value: a number in digits with thousands separators, followed by nothing that
# makes it another count (a personnel word, a stop, a comma, or a preposition).
_VALUE = re.compile(
    r"(?<![\d,.])(?P<num>\d{1,3}(?:,\d{3})+)(?![\d,]*\d)(?=(?:\s+(?:personnel|troops|soldiers|"
    r"servicemen|casualties|losses))?\s*(?:[.,;)]|$|\s+(?:in|on|by|as|at|according|after)\b))"
)
_SIDES = {"russian": Subject.russia, "ukrainian": Subject.ukraine}
_MIN_ENTRIES = 2  # one dated line is no timeline


@dataclass
class Milestone:
    """One entry's figure: the count's value on a day."""

    value: int
    day: dt.date
    side: Subject
    claimant_text: str  # the lede, to read the claimant from
    quote: str
    line_start: int  # offset of the entry's line in the source text


def milestones(source: Source) -> list[Milestone]:
    """The milestones of a timeline in `source`, or [] when there is no running count named
    before at least two dated entries."""
    text = source.text
    if "—" not in text and "–" not in text:
        return []
    series = _SERIES.search(text)
    if series is None:
        return []
    lede_start = text.rfind("\n", 0, series.start()) + 1
    lede_end = text.find("\n", series.end())
    lede = text[lede_start : lede_end if lede_end >= 0 else len(text)]
    found = list(_entries(source, series.end(), _SIDES[series["side"].lower()], lede))
    return found if len(found) >= _MIN_ENTRIES else []


def _entries(source: Source, after: int, side: Subject, lede: str) -> Iterator[Milestone]:
    """The dated entries after the lede whose text gives the count's value."""
    for entry in _ENTRY.finditer(source.text, after):
        day = _day(entry["stamp"], source)
        value = _VALUE.search(entry["rest"]) if day is not None else None
        if day is None or value is None:
            continue
        yield Milestone(
            value=int(value["num"].replace(",", "")),
            day=day,
            side=side,
            claimant_text=lede,
            quote=entry[0].strip(),
            line_start=entry.start(),
        )


def _day(stamp: str, source: Source) -> dt.date | None:
    """The day a stamp is, when it is only a date ("12 June 2025"), else None."""
    periods = find_periods(stamp, source.published)
    if len(periods) != 1 or periods[0].kind != PeriodKind.day or periods[0].end is None:
        return None
    period = periods[0]
    if stamp[: period.start_char].strip(" ,") or stamp[period.end_char :].strip(" ,"):
        return None  # "February 2025, for comparison": words besides the date
    return period.end


def milestone_fields(found: Milestone, claimant_of: Callable[[str], str]) -> dict[str, object]:
    """A milestone's claim fields (the extractor adds the source reference)."""
    return {
        "metric": Metric.personnel,
        "value": found.value,
        "subject": found.side,
        "claimant": claimant_of(found.claimant_text),
        "period_kind": PeriodKind.cumulative,
        "period_start": WAR_START,
        "period_end": found.day,
        "personnel_kind": PersonnelKind.unspecified,
        "quote": found.quote,
    }
