"""The one date and period grammar: a table of rules (name, pattern, builder) that turn a
date expression in a question ("7-9 December 2023", "Q1 2025", "early November", "last
week") into a span of days, plus the calendar arithmetic they share.

Patterns are matched on normalised (lower-case) text; the first rule to claim a stretch of
text wins. Month and number words come from `knowledge.lexicon.calendar`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from knowledge.lexicon.calendar import MONTHS, SMALL_COUNTS, WEEKDAYS, month_end
from knowledge.lexicon.patterns import alternation
from knowledge.models import WAR_START, PeriodKind

_MONTH = rf"(?P<{{}}>{alternation(MONTHS)})\.?"
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{}>201[4-9]|20[2-3]\d)(?![\d,])"


def _m(name: str) -> str:
    return _MONTH.format(name)


def _d(name: str) -> str:
    return _DAY.format(name)


def _y(name: str) -> str:
    return _YEAR.format(name)


_DASH = r"\s*(?:-|to|until|till|through|and|thru)\s*"


# The date expressions, by rule name; `DATE_RULES` below gives their order and builders.
_PATTERNS: dict[str, re.Pattern[str]] = dict([
    ("iso_range", re.compile(
        r"\b(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})\s*(?:-|to|until|till|and|\.\.|–)\s*"
        r"(?P<y2>\d{4})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})\b")),
    ("iso_day", re.compile(r"\b(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})\b")),
    ("iso_month", re.compile(r"\b(?P<y1>\d{4})-(?P<m1>0[1-9]|1[0-2])\b(?![-\d])")),
    ("numeric_day", re.compile(
        r"\b(?P<a>\d{1,2})[./](?P<b>\d{1,2})[./](?P<y1>\d{4})\b")),
    # the week of 3 February 2024: seven days from that day
    ("week_of", re.compile(
        rf"\b(?:the\s+)?week\s+(?:of|starting|beginning|from)\s+(?:on\s+)?{_d('d1')}\s+(?:of\s+)?"
        rf"{_m('m1')}(?:,?\s+{_y('y1')})?")),
    # 7, 8 and 9 December 2023: consecutive days listed one by one
    ("dm_list", re.compile(
        rf"\b{_d('d1')}(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?)*\s*,?\s*(?:and|&)\s+{_d('d2')}\s+"
        rf"(?:of\s+)?{_m('m1')}(?:,?\s+{_y('y1')})?")),
    # 7-9 December 2023, between 7 and 9 Dec
    ("dm_range", re.compile(
        rf"\b{_d('d1')}{_DASH}{_d('d2')}\s+(?:of\s+)?{_m('m1')}(?:,?\s+{_y('y1')})?")),
    # December 7-9, 2023
    ("md_range", re.compile(
        rf"\b{_m('m1')}\s+{_d('d1')}{_DASH}{_d('d2')}\b(?!\s*(?:of\s+)?(?:{alternation(MONTHS)}))"
        rf"(?:,?\s+{_y('y1')})?")),
    # 8 December 2023, 8th of December
    ("dm", re.compile(rf"\b{_d('d1')}\s+(?:of\s+)?{_m('m1')}(?:,?\s+{_y('y1')})?")),
    # December 8, 2023; Dec 8
    ("md", re.compile(rf"\b{_m('m1')}\s+(?:the\s+)?{_d('d1')}\b(?!,\d)(?:,?\s+{_y('y1')})?")),
    # Q1 2025, the first quarter of 2025, the first half of 2025
    ("quarter", re.compile(
        rf"\b(?:q(?P<q>[1-4])|(?:the\s+)?(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)"
        rf"\s+quarter)(?:\s+of)?(?:,?\s+{_y('y1')})?")),
    ("half", re.compile(
        rf"\b(?:h(?P<h>[12])|(?:the\s+)?(?P<hw>first|second|1st|2nd)\s+half)(?:\s+of)?"
        rf"(?:,?\s+{_y('y1')})?")),
    # the first 9 days of February 2024, the last ten days of March
    ("days_of", re.compile(
        r"\b(?:the\s+)?(?P<fl>first|last)\s+(?P<fn>\d{1,2}|" + alternation(SMALL_COUNTS)
        + rf")\s+days\s+of\s+{_m('m1')}(?:,?\s+{_y('y1')})?")),
    # spring 2023
    ("season", re.compile(
        rf"\b(?P<season>spring|summer|autumn|fall|winter)(?:\s+of)?(?:,?\s+{_y('y1')})?")),
    # early/mid/late November 2024
    ("part", re.compile(
        rf"\b(?P<part>early|mid|late)[- ]+{_m('m1')}(?:,?\s+(?:of\s+)?{_y('y1')})?")),
    # the first week of the war
    ("war", re.compile(
        r"\b(?:the\s+)?first\s+(?:(?P<wn>\d{1,3}|" + alternation(SMALL_COUNTS) + r")\s+)?"
        r"(?P<wunit>days?|weeks?|months?|year)\s+of\s+(?:the\s+)?(?:full[- ]scale\s+)?"
        r"(?:war|invasion|conflict)")),
    # November 2024, November
    ("month", re.compile(rf"\b{_m('m1')}(?:,?\s+(?:of\s+)?{_y('y1')})?")),
    ("year", re.compile(rf"(?<![\d,.-])\b{_y('y1')}\b(?!-\d)")),
])  # fmt: skip


_MAY_AS_MONTH = re.compile(
    r"(?:\b(?:in|during|for|of|since|until|till|by|from|to|through|early|late|mid|last|this|"
    r"next|on|between|and)\s+$)"
)
_RELATIVE_RE = re.compile(
    r"\b(?:(?P<yesterday>yesterday|the\s+day\s+before|last\s+night|overnight)|"
    r"(?P<tomorrow>tomorrow)|(?P<next>next)\s+(?P<next_unit>week|month|year)|"
    r"(?P<today>today|tonight|this\s+morning|"
    r"(?:the\s+)?(?:last|past)\s+24\s+hours|(?:the\s+)?(?:last|past)\s+day)|"
    r"(?P<unit_rel>last|past|previous|this|current)\s+(?P<unit>week|month|year|fortnight)|"
    r"(?:the\s+)?(?:last|past|previous)\s+(?P<n>\d{1,3}|"
    + alternation(SMALL_COUNTS)
    + r")\s+(?P<n_unit>days|weeks|months)|"
    r"(?:(?:last|on|this|past)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday))\b"
)


@dataclass
class Span:
    """A date expression found in the question."""

    start: int
    end: int
    kind: PeriodKind
    first: dt.date
    last: dt.date
    year_missing: bool = False


# -- calendar arithmetic ------------------------------------------------------------------------


def with_year(day: dt.date, year: int) -> dt.date:
    """The same day in another year (28 February for 29 February)."""
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def latest_year(month: int, day: int | None, today: dt.date) -> int:
    """The year of the most recent such month (or day) that is not after `today`."""
    if (month, day or 1) > (today.month, today.day if day else 31):
        return today.year - 1
    return today.year


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months (kept within the shorter month)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, month_end(year, month).day))


# -- builders: one per kind of date expression ----------------------------------------------------

_Groups = dict[str, str]
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4}  # fmt: skip
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}  # late: to the month's end


def _month_of(g: _Groups, key: str = "m1") -> int:
    value = g[key]
    return int(value) if value.isdigit() else MONTHS[value.rstrip(".")]


def _year_of(g: _Groups, month: int, day: int | None, today: dt.date) -> tuple[int, bool]:
    """The year written, or the latest such month (or day) up to today; and whether it was
    missing."""
    if g.get("y1"):
        return int(g["y1"]), False
    return latest_year(month, day, today), True


def _days(m: re.Match[str], first: dt.date, last: dt.date, missing: bool = False) -> Span:
    kind = PeriodKind.day if first == last else PeriodKind.range
    return Span(m.start(), m.end(), kind, first, last, missing)


def _iso_range(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    first = dt.date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
    last = dt.date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
    return _days(m, min(first, last), max(first, last))


def _iso_day(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    day = dt.date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
    return Span(m.start(), m.end(), PeriodKind.day, day, day)


def _iso_month(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    y, month = int(g["y1"]), int(g["m1"])
    return Span(m.start(), m.end(), PeriodKind.month, dt.date(y, month, 1), month_end(y, month))


def _numeric_day(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    a, b, y = int(g["a"]), int(g["b"]), int(g["y1"])
    # Day first (as written outside the US) unless that cannot be a date.
    day_, month = (a, b) if b <= 12 else (b, a)
    day = dt.date(y, month, day_)
    return Span(m.start(), m.end(), PeriodKind.day, day, day)


def _day_range(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    month, d1, d2 = _month_of(g), int(g["d1"]), int(g["d2"])
    if d2 < d1:
        return None
    y, missing = _year_of(g, month, d1, today)
    return _days(m, dt.date(y, month, d1), dt.date(y, month, d2), missing)


def _day_list(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    listed = [int(n) for n in re.findall(r"\d{1,2}", m.group(0).split(g["m1"])[0])]
    if listed != list(range(int(g["d1"]), int(g["d2"]) + 1)):
        return None  # not consecutive: not one period
    return _day_range(m, g, today)


def _week_of(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    month, d = _month_of(g), int(g["d1"])
    y, missing = _year_of(g, month, d, today)
    first = dt.date(y, month, d)
    return Span(m.start(), m.end(), PeriodKind.week, first, first + dt.timedelta(days=6), missing)


def _one_day(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    month, d = _month_of(g), int(g["d1"])
    y, missing = _year_of(g, month, d, today)
    day = dt.date(y, month, d)
    return Span(m.start(), m.end(), PeriodKind.day, day, day, missing)


def _month(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    month = _month_of(g)
    y, missing = _year_of(g, month, None, today)
    first, last = dt.date(y, month, 1), month_end(y, month)
    return Span(m.start(), m.end(), PeriodKind.month, first, last, missing)


def _days_of(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """The first (or last) N days of a month."""
    month = _month_of(g)
    y, missing = _year_of(g, month, None, today)
    raw = g["fn"]
    n = int(raw) if raw.isdigit() else SMALL_COUNTS.get(raw, 1)
    last_day = month_end(y, month)
    n = max(1, min(n, last_day.day))
    if g["fl"] == "first":
        first, last = dt.date(y, month, 1), dt.date(y, month, n)
    else:
        first, last = last_day - dt.timedelta(days=n - 1), last_day
    return Span(m.start(), m.end(), PeriodKind.range, first, last, missing)


def _part_of_month(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """Early, mid or late in a month."""
    month = _month_of(g)
    y, missing = _year_of(g, month, None, today)
    d1, d2 = _MONTH_PARTS[g["part"]]
    first, last = dt.date(y, month, d1), dt.date(y, month, min(d2, month_end(y, month).day))
    return Span(m.start(), m.end(), PeriodKind.range, first, last, missing)


def _months_from(
    m: re.Match[str], g: _Groups, today: dt.date, start_month: int, months: int
) -> Span:
    """`months` months from `start_month` of the written (or latest) year."""
    y, missing = _year_of(g, start_month, None, today)
    if start_month == 12 and months == 3 and not missing:
        y -= 1  # "winter 2023" is December 2022 to February 2023
    first = dt.date(y, start_month, 1)
    last = add_months(first, months) - dt.timedelta(days=1)
    return Span(m.start(), m.end(), PeriodKind.range, first, last, missing)


def _quarter(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    q = int(g["q"]) if g.get("q") else _ORDINALS[g["qw"]]
    return _months_from(m, g, today, 3 * q - 2, 3)


def _half(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    which = int(g["h"]) if g.get("h") else _ORDINALS[g["hw"]]
    return _months_from(m, g, today, 1 if which == 1 else 7, 6)


def _season(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    return _months_from(m, g, today, _SEASONS[g["season"]], 3)


def _war(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """The first N days, weeks, months or years of the full-scale invasion."""
    raw = g["wn"]
    n = 1 if not raw else int(raw) if raw.isdigit() else SMALL_COUNTS[raw]
    unit = g["wunit"].rstrip("s")
    ends: dict[str, Callable[[], dt.date]] = {
        "day": lambda: WAR_START + dt.timedelta(days=n - 1),
        "week": lambda: WAR_START + dt.timedelta(days=7 * n - 1),
        "month": lambda: add_months(WAR_START, n) - dt.timedelta(days=1),
        "year": lambda: WAR_START.replace(year=WAR_START.year + n) - dt.timedelta(days=1),
    }
    return _days(m, WAR_START, ends[unit]())


def _year(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    y = int(g["y1"])
    return Span(m.start(), m.end(), PeriodKind.year, dt.date(y, 1, 1), dt.date(y, 12, 31))


@dataclass(frozen=True)
class DateRule:
    """One kind of date expression: its pattern, and how a match becomes a span."""

    name: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], _Groups, dt.date], Span | None]


# Tried in this order; earlier rules win where two would claim the same text.
DATE_RULES: tuple[DateRule, ...] = tuple(
    DateRule(name, _PATTERNS[name], build)
    for name, build in (
        ("iso_range", _iso_range),
        ("iso_day", _iso_day),
        ("iso_month", _iso_month),
        ("numeric_day", _numeric_day),
        ("week_of", _week_of),
        ("dm_list", _day_list),
        ("dm_range", _day_range),
        ("md_range", _day_range),
        ("dm", _one_day),
        ("md", _one_day),
        ("quarter", _quarter),
        ("half", _half),
        ("days_of", _days_of),
        ("season", _season),
        ("part", _part_of_month),
        ("war", _war),
        ("month", _month),
        ("year", _year),
    )
)


def _may_is_a_verb(match: re.Match[str], work: str) -> bool:
    """ "May" alone is the month only after a word that introduces a date ("in May")."""
    g = match.groupdict()
    if g.get("m1") not in ("may", "may."):
        return False
    before = work[max(0, match.start() - 20) : match.start()]
    return not (g.get("d1") or g.get("y1")) and not _MAY_AS_MONTH.search(before)


def find_dates(work: str, today: dt.date) -> list[Span]:
    """Every date expression in `work` (normalised text), by the rules in order."""
    spans: list[Span] = []
    for rule in DATE_RULES:
        for match in rule.pattern.finditer(work):
            if any(not (match.end() <= s.start or match.start() >= s.end) for s in spans):
                continue
            if _may_is_a_verb(match, work):
                continue
            try:
                span = rule.build(match, match.groupdict(), today)
            except ValueError:  # 31 February and the like
                span = None
            if span is not None:
                spans.append(span)
    return spans


def find_relative(work: str, today: dt.date, taken: list[Span]) -> list[Span]:
    """Dates relative to today ("yesterday", "last week", "the past 3 months", "on Monday")
    outside the spans already `taken`."""
    spans: list[Span] = []
    for match in _RELATIVE_RE.finditer(work):
        if any(not (match.end() <= s.start or match.start() >= s.end) for s in taken):
            continue
        g = match.groupdict()
        if g["yesterday"]:
            day = today - dt.timedelta(days=1)
            spans.append(Span(match.start(), match.end(), PeriodKind.day, day, day))
        elif g["today"]:
            spans.append(Span(match.start(), match.end(), PeriodKind.day, today, today))
        elif g["tomorrow"]:
            day = today + dt.timedelta(days=1)
            spans.append(Span(match.start(), match.end(), PeriodKind.day, day, day))
        elif g["next"]:
            # The future has no figures; parsed so that it is not read as "the latest".
            unit = g["next_unit"]
            if unit == "week":
                first = today + dt.timedelta(days=7 - today.weekday())
                last, kind = first + dt.timedelta(days=6), PeriodKind.week
            elif unit == "month":
                first = add_months(today.replace(day=1), 1)
                last, kind = month_end(first.year, first.month), PeriodKind.month
            else:
                first, kind = dt.date(today.year + 1, 1, 1), PeriodKind.year
                last = dt.date(today.year + 1, 12, 31)
            spans.append(Span(match.start(), match.end(), kind, first, last))
        elif g["unit"]:
            spans.append(_relative_unit(match, g["unit_rel"], g["unit"], today))
        elif g["n"]:
            raw = g["n"]
            n = int(raw) if raw.isdigit() else SMALL_COUNTS[raw]
            unit = g["n_unit"]
            days = n * {"days": 1, "weeks": 7, "months": 30}[unit]
            if not 0 < days <= 3660:
                continue
            first = (
                today - dt.timedelta(days=days - 1)
                if unit == "days"
                else today - dt.timedelta(days=days)
            )
            kind = PeriodKind.day if days == 1 else PeriodKind.range
            spans.append(Span(match.start(), match.end(), kind, first, today))
        elif g["weekday"]:
            back = (today.weekday() - WEEKDAYS[g["weekday"]]) % 7
            day = today - dt.timedelta(days=back)
            spans.append(Span(match.start(), match.end(), PeriodKind.day, day, day))
    return spans


def _relative_unit(match: re.Match[str], rel: str, unit: str, today: dt.date) -> Span:
    current = rel in ("this", "current")
    if unit in ("week", "fortnight"):
        if current:
            first = today - dt.timedelta(days=today.weekday())
            return Span(match.start(), match.end(), PeriodKind.week, first, today)
        if rel == "past" or unit == "fortnight":
            days = 14 if unit == "fortnight" else 7
            first = today - dt.timedelta(days=days)
            return Span(
                match.start(), match.end(), PeriodKind.week, first, today - dt.timedelta(days=1)
            )
        monday = today - dt.timedelta(days=today.weekday() + 7)
        return Span(
            match.start(), match.end(), PeriodKind.week, monday, monday + dt.timedelta(days=6)
        )
    if unit == "month":
        if current:
            first = today.replace(day=1)
            return Span(match.start(), match.end(), PeriodKind.month, first, today)
        last = today.replace(day=1) - dt.timedelta(days=1)
        return Span(match.start(), match.end(), PeriodKind.month, last.replace(day=1), last)
    if current:
        return Span(match.start(), match.end(), PeriodKind.year, dt.date(today.year, 1, 1), today)
    y = today.year - 1
    return Span(match.start(), match.end(), PeriodKind.year, dt.date(y, 1, 1), dt.date(y, 12, 31))
