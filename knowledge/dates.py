"""The one date and period grammar: tables of rules that turn date expressions into spans of
days, for questions ("7-9 December 2023", "Q1 2025", "early November", "last week": rows of
(name, pattern, builder)) and for articles (period finders resolved against the publication
date), plus the calendar arithmetic they share.

Patterns are matched on normalised (lower-case) text; the first rule to claim a stretch of
text wins. Month and number words come from `knowledge.lexicon.calendar`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from knowledge.lexicon.calendar import (
    DAY_ORDINAL_WORDS,
    MONTH_NAMES,
    MONTHS,
    NUMBER_WORDS,
    SMALL_COUNTS,
    WEEKDAYS,
    month_end,
    month_span,
)
from knowledge.lexicon.patterns import alternation, with_first_chars
from knowledge.lexicon.prefilter import Scan, can_match, folded, may_match, wide_needs
from knowledge.models import WAR_START, PeriodKind

_MONTH = rf"(?P<{{}}>{alternation(MONTHS)})(?![a-z])\.?"
_DAY = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
# A year: 2024, or '24 (an apostrophe and two digits, as in "Q1 '26", "9th of Feb '24").
_YEAR = r"(?P<{}>201[4-9]|20[2-3]\d|'(?:1[4-9]|[23]\d))(?!\d|,\d)"
# Where no day could be meant (after a quarter, a half, a season), two bare digits are a year
# too: "H1 25", "winter 24/25".
_SHORT_YEAR = r"(?P<{}>201[4-9]|20[2-3]\d|'?(?:1[4-9]|[23]\d))(?![\d%]|,\d)"


def _m(name: str) -> str:
    return _MONTH.format(name)


def _d(name: str) -> str:
    return _DAY.format(name)


def _y(name: str) -> str:
    return _YEAR.format(name)


def _yy(name: str) -> str:
    return _SHORT_YEAR.format(name)


def full_year(raw: str) -> int:
    """ "2024", "'24" or "24" as a year (two digits are this century's)."""
    digits = raw.lstrip("'")
    return int(digits) + (2000 if len(digits) == 2 else 0)


_DASH = r"\s*(?:-|to|until|till|through|and|thru)\s*"
# The month a part is taken of, named from today: "the first half of last month".
_REL_MONTH = (
    r"(?P<relmo>(?:(?:the\s+)?(?:current|last|previous|prior)|this|the)\s+month)\b(?!\s+\d)"
)
# Weekdays as written before a date, long or short ("Tues 7 Feb", "mon 22 - sun 28 dec").
_WEEKDAY_FORMS: dict[str, int] = {
    **WEEKDAYS, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3,
    "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip
_WEEKDAY = alternation(_WEEKDAY_FORMS) + r"(?![a-z])\.?"
# A weekday before a day of a range, checked against the date ("mon 22 - sun 28 dec").
_RANGE_WEEKDAY = r"(?:(?P<{}>" + alternation(_WEEKDAY_FORMS) + r")(?![a-z])\.?,?\s+(?:the\s+)?)?"
# A numeric date's order as the question states it: "(US date)", "(dd/mm/yyyy)", "day first".
_MONTH_FIRST = (
    r"us|u\.s\.|american|month[- ]first|mm[/.-]dd(?:[/.-]yy(?:yy)?)?|m[/.-]d(?:[/.-]y{1,4})?"
)
_DAY_FIRST = (
    r"uk|u\.k\.|british|european|international|day[- ]first|dd[/.-]mm(?:[/.-]yy(?:yy)?)?|"
    r"d[/.-]m(?:[/.-]y{1,4})?"
)
_ORDER_STATED = (
    rf"(?:\s*[(\[,]?\s*(?:in\s+)?(?:(?P<us>{_MONTH_FIRST})|(?P<uk>{_DAY_FIRST}))(?:\s+(?:date|"
    r"style|order|format|notation|convention)s?)*\s*[)\]]?)?"
)
# Which part of a period: the first, the n-th, or the last N units of it.
_PART_WHICH: dict[str, int] = {
    "first": 1, "opening": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
    "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
    "last": -1, "final": -1, "closing": -1,
}  # fmt: skip
_ORDINAL_WORDS = {k: v for k, v in _PART_WHICH.items() if v > 0}
# Quarters and halves by their number words ("the third quarter", "the 2nd half"); a follow-up
# numbering a part of the period before reads them too ("and the second?").
PART_ORDINALS = {k: v for k, v in _ORDINAL_WORDS.items() if v <= 4 and k != "opening"}
_COUNT_WORDS = {w: n for w, n in SMALL_COUNTS.items() if w in NUMBER_WORDS}
# Which weekday of a month or year ("the second Tuesday", "the last Friday"): a month has five
# of a weekday at most.
_WEEKDAY_NTH = {k: v for k, v in _PART_WHICH.items() if v <= 5 and k != "opening"}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
# "fall" after its doer is the verb ("most of them fall in the Kupiansk sector", "did losses
# fall"), not the season (wave 13, qrecord)
_FALL = (
    "".join(
        rf"(?<!\b{w}\s)"
        for w in (
            "them",
            "they",
            "losses",
            "numbers",
            "figures",
            "casualties",
            "it",
            "did",
            "does",
            "do",
            "will",
            "would",
            "to",
            "not",
            "deaths",
            "totals",
            "men",
            "soldiers",
        )
    )
    + "fall"
)
# A stretch of whole months before a date ("the year to 31 March 2025", "the 12 months to June").
_UNIT_MONTHS = {"month": 1, "year": 12, "twelve months": 12}
# "the 3rd anniversary", "the one-year anniversary", "year three of the war": which one.
_NTH = rf"(?:{alternation(_ORDINAL_WORDS)}|\d{{1,2}}(?:st|nd|rd|th)|{alternation(_COUNT_WORDS)})"
_THE_WAR = r"(?:the\s+)?(?:russian\s+)?(?:full[- ]scale\s+)?(?:war|invasion)"
# "the week before 14 February", "the 30 days to 31 July", "the week up to Feb 9": N days
# that end the day before (before) or on (to, up to) the date.
_SPAN_BEFORE = (
    r"(?:(?:(?:last|past|previous|final|first|next)\s+)?(?:(?P<bn>\d{1,3}|"
    + alternation(SMALL_COUNTS)
    + r")\s+(?P<bunit>days|weeks|fortnights|months|hours|hrs)|"
    r"(?P<bw>day|week|fortnight|month|year|twelve\s+months))\s+(?P<rel>before|prior\s+to|leading\s+up\s+to|"
    r"(?:up\s+)?to\s+and\s+including|up\s+to|to|"
    r"ending(?:\s+on|\s+with)?|until|till|through|after|following|"
    # counted forward from the day, that day included ("the three weeks starting 3 march")
    # or said as a clause ("the 90 days that began on 1 april", "the weeks which started 3 may")
    r"(?:(?:that|which)\s+)?(?:starting|beginning|commencing|began|begins|begin|started|starts|"
    r"start|commenced)(?:\s+(?:from|on|with))?|from)|(?P<we>w/e|w\.e\.))"
    # an event between the stretch and its date ("the 48 hours before the summit on 15 aug")
    r"(?:\s+the\s+(?!(?:end|start|beginning|middle|turn|close)\b)(?:[a-z'-]+\s+){1,3}?"
    r"(?:on|of|held\s+on))?"
    # a weekday before the date is checked against it ("the week ending sunday 11 feb")
    r"(?:\s+(?P<bwd>" + alternation(_WEEKDAY_FORMS) + r")(?![a-z])\.?,?)?"
)


# The date expressions, by rule name; `DATE_RULES` below gives their order and builders.
_PATTERNS: dict[str, re.Pattern[str]] = dict([
    ("iso_range", re.compile(
        r"\b(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})\s*(?:-|to|until|till|and|\.\.|–)\s*"
        r"(?P<y2>\d{4})-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})\b")),
    ("iso_day", re.compile(r"\b(?P<y1>\d{4})-(?P<m1>\d{1,2})-(?P<d1>\d{1,2})\b")),
    # 20241203: the ISO day without its dashes
    ("iso_compact", re.compile(
        r"\b(?P<y1>20[1-3]\d)(?P<m1>0[1-9]|1[0-2])(?P<d1>0[1-9]|[12]\d|3[01])\b")),
    # 2024-11, 2024/11; 11/2024, 11.2024: a month
    ("iso_month", re.compile(r"\b(?P<y1>\d{4})[-/](?P<m1>0[1-9]|1[0-2])\b(?![-/.]?\d)")),
    ("numeric_month", re.compile(
        r"(?<![\w./-])(?P<m1>0?[1-9]|1[0-2])[./](?P<y1>20[1-3]\d)\b(?![./-]?\d)")),
    # 2024/11/29, 2024.11.29: year first, then month and day
    ("ymd", re.compile(r"\b(?P<y1>\d{4})[/.](?P<m1>\d{1,2})[/.](?P<d1>\d{1,2})\b")),
    # 1-15.08.2024, 1-15/08/24: days of one month, day first (the only way it is written)
    ("numeric_range", re.compile(
        r"\b(?P<d1>\d{1,2})\.?\s*(?:-|to|until|till|thru|through)\s*(?P<d2>\d{1,2})"
        r"(?P<sep>[./])(?P<m1>0?[1-9]|1[0-2])(?P=sep)(?P<y1>\d{4}|\d{2})\b(?![./]\d)")),
    # 9-15.12, 1–7.07 (uk/ru): days of a month with the year left out, the latest such days
    # (or the year the question names); never a decimal before a scale ("1-2.5 thousand")
    ("numeric_range_noyear", re.compile(
        r"\b(?P<d1>\d{1,2})\s*-\s*(?P<d2>\d{1,2})\.(?P<m1>0[1-9]|1[0-2])\b(?![./,]?\d)"
        r"(?!\s*(?:k|thousand|million|тис|тыс|млн))(?:\s+(?P<y1>20[1-3]\d)\b)?")),
    # 28.12-3.01.2025, 28/12 - 03/01/2025: day and month to day, month and year
    ("numeric_dm_range", re.compile(
        r"\b(?P<d1>\d{1,2})(?P<sep>[./])(?P<m0>0?[1-9]|1[0-2])\s*(?:-|to|until|till|thru)\s*"
        r"(?P<d2>\d{1,2})(?P=sep)(?P<m1>0?[1-9]|1[0-2])(?P=sep)(?P<y1>\d{4}|\d{2})\b")),
    # 05/20-05/31/25, 3/15 - 3/22/2025: the US order, month first, with slashes; tried after
    # the day-first row, so it reads only what cannot be day first (a "day" over 12)
    ("numeric_md_range", re.compile(
        r"\b(?P<m0>0?[1-9]|1[0-2])/(?P<d1>[0-3]?\d)\s*(?:-|–|to|until|till|thru|through)\s*"
        r"(?P<m1>0?[1-9]|1[0-2])/(?P<d2>[0-3]?\d)/(?P<y1>\d{4}|\d{2})\b(?![./]\d)")),
    # 29.11.2024, 29/11/24, 29-11-2024 (two-digit years only with dots or slashes)
    ("numeric_day", re.compile(
        r"\b(?P<date>(?P<a>\d{1,2})(?:(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y1>\d{4}|\d{2})"
        r"|-(?P<b2>\d{1,2})-(?P<y2>\d{4})))\b(?![./]\d|-\d{1,2}-)" + _ORDER_STATED)),
    # w/c 14/10, week commencing 14.10.2024, w/e 20/10: a week by its first or last day,
    # written day first as the British abbreviations are
    ("week_numeric", re.compile(
        r"(?:\b(?P<wc>w/c|w\.c\.|week\s+(?:commencing|beginning|starting))|\b(?P<we>w/e|w\.e\.|"
        r"week\s+ending))\s+(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?:(?P=sep)(?P<y1>\d{4}|\d{2}))?"
        r"\b(?![./]\d)")),
    # 12/3 (US date): a day and month without a year, only when the order is stated
    ("numeric_dm_stated", re.compile(
        r"\b(?P<date>(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2}))\b(?![./]\d)"
        + _ORDER_STATED.removesuffix(")?") + ")")),
    # Friday 7 June 2024, Monday, January 1st 2024: the date, with its weekday checked
    ("weekday_dm", re.compile(
        rf"\b(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?{_d('d1')}\s+(?:of\s+)?{_m('m1')}"
        rf"(?:,?\s+{_y('y1')})?")),
    ("weekday_md", re.compile(
        rf"\b(?P<wd>{_WEEKDAY}),?\s+{_m('m1')}\s+(?:the\s+)?{_d('d1')}\b(?!,\d)"
        rf"(?:,?\s+{_y('y1')})?")),
    # week 48 of 2024: an ISO week, Monday to Sunday
    # week 48 of 2024, wk 48 2024, week #48/2024, 2024-W48, week 48 (the latest one)
    # weeks 10 through 13 of 2024, weeks 20-22 2024: ISO weeks, the first's Monday to the
    # last's Sunday
    ("iso_weeks", re.compile(
        r"\b(?:the\s+)?(?:iso\s+|calendar\s+)?weeks?\s+(?P<wk>\d{1,2})\s*(?:-|–|to|through|thru|"
        r"until|till)\s*(?:weeks?\s+)?(?P<wk2>\d{1,2})\b(?!\s*(?:days?|weeks?|months?|[.:]\d))"
        rf"(?:(?:(?:\s+of|\s+in|,)?\s+|\s*/\s*){_y('y1')})?")),
    # ten days either side of 1 january 2025: N days before the day and N from it ("the week
    # on both sides of 9 may", "a fortnight each side of 1 june": one unit each way)
    ("either_side", re.compile(
        r"\b(?:the\s+|a\s+)?(?:(?P<en>\d{1,2}|" + alternation(SMALL_COUNTS) + r")\s+)?"
        r"(?P<eu>(?(en)days?|day)|(?(en)weeks?|week)|fortnight)"  # "the days": no count
        rf"\s+(?:on\s+)?(?:either\s+side|both\s+sides|each\s+side)\s+of\s+(?:{_d('d1')}\s+(?:of\s+)?{_m('m1')}|{_m('m2')}\s+"
        rf"(?:the\s+)?{_d('d2')}\b)(?:,?\s+{_y('y1')})?")),
    ("iso_week", re.compile(
        rf"\b(?:the\s+)?(?:iso\s+|calendar\s+)?(?:week|wk|cw)\.?\s*(?:no\.?\s*|number\s+|#\s*)?"
        rf"(?P<wk>\d{{1,2}})\b(?!\s*(?:days?|weeks?|months?|[.:]\d))"
        rf"(?:(?:(?:\s+of|\s+in|,)?\s+|\s*/\s*){_y('y1')})?"
        rf"|\b(?P<y2>20[1-3]\d)-?w(?P<wk2>\d{{2}})\b")),
    # the last 10 posts before the 1 June 2025 one, the 30 reports up to 1 january 2026, the
    # first 10 updates of 2026, the last 5 bulletins of march 2025: the days those reports cover
    ("n_reports", re.compile(
        rf"\b(?:the\s+)?(?:(?P<rw>first|opening|last|final|past|previous)\s+)?(?P<rn>\d{{1,3}}|"
        rf"{alternation(_COUNT_WORDS)})\s+(?:(?:general\s+staff|gs|daily|morning|official)\s+)*"
        r"(?:posts|reports|updates|bulletins|summaries|sitreps)\s+(?:(?P<rrel>before|preceding|"
        rf"after|following|up\s+to(?:\s+and\s+including)?)\s+(?:the\s+)?(?:{_d('d1')}\s+(?:of\s+)?"
        rf"{_m('m1')}|{_m('m2')}\s+(?:the\s+)?{_d('d2')}\b)(?:,?\s+{_y('y1')})?(?:\s+(?:one|post|"
        rf"report|update|bulletin)\b)?|(?:of|in)\s+(?:{_m('m3')}\s+(?:of\s+)?)?{_y('y3')}\b)")),
    # US FY2024, the UK financial year 2025/26, fiscal year 2027 (a country said somewhere in
    # the question): a state's budget year; a bracket that restates it is read with it
    ("fiscal_year", re.compile(
        r"\b(?:(?:the\s+)?(?P<fc>(?:us|u\.s\.|american|uk|u\.k\.|british)(?:\s+(?:federal|"
        r"government))?|federal)\s+)?(?:(?:fiscal|financial|budget)\s+year|fy)\s*-?\s*"
        r"(?P<fy>20[1-3]\d|'?[1-3]\d)(?:\s*[/-]\s*(?P<fy2>(?:20)?[1-3]\d))?\b"
        # whose it is, said after it: "fy2024 - the us federal fiscal year"
        r"(?:\s*[-–—,:]\s*(?:the\s+)?(?:us|u\.s\.|american|uk|u\.k\.|british)?\s*(?:federal|"
        r"government)?\s*(?:fiscal|financial|budget)\s+year\b)?"
        r"(?:\s*\(\s*(?:[a-z]{3,9}\.?\s+'?\d{2,4}\s*(?:-|–|to|through|thru)\s*[a-z]{3,9}\.?\s+"
        r"'?\d{2,4}|(?:from|starting|beginning)\s+[^()]{1,30})\s*\))?")),
    # the week before 14 February 2024, the 30 days to 31 July 2025, the week up to Feb 9
    ("before_dm", re.compile(
        rf"\b(?:the\s+)?{_SPAN_BEFORE}\s+{_d('d1')}\s+(?:of\s+)?{_m('m1')}"
        rf"(?:,?\s+{_y('y1')})?")),
    ("before_md", re.compile(
        rf"\b(?:the\s+)?{_SPAN_BEFORE}\s+{_m('m1')}\s+(?:the\s+)?{_d('d1')}\b(?!,\d)"
        rf"(?:,?\s+{_y('y1')})?")),
    # the week of 3 February 2024: seven days from that day
    # the 12 months to June 2025, the year to March 2025, the 3 months before May 2024
    ("before_month", re.compile(
        rf"\b(?:the\s+)?{_SPAN_BEFORE}\s+(?:the\s+end\s+of\s+|end-)?{_m('m1')}"
        rf"(?:,?\s+(?:of\s+)?{_y('y1')})?")),
    # the week containing 9 May 2024, the calendar week of 14 Feb: Monday to Sunday
    ("week_containing", re.compile(
        rf"\b(?:the\s+)?(?:calendar\s+week\s+(?:of|containing|including|with)|week\s+"
        rf"(?:containing|including|that\s+(?:contains|includes|has)|with))\s+(?:the\s+)?"
        rf"{_d('d1')}\s+(?:of\s+)?{_m('m1')}(?:,?\s+{_y('y1')})?")),
    ("week_of", re.compile(
        rf"(?:\b(?:the\s+)?week\s+(?:of|starting|beginning|commencing|from)|\bw/c)\s+(?:on\s+)?"
        rf"{_RANGE_WEEKDAY.format('wd1')}(?:{_d('d1')}\s+(?:of\s+)?{_m('m1')}|{_m('m2')}\s+"
        rf"(?:the\s+)?{_d('d2')}\b)(?:,?\s+{_y('y1')})?")),
    # 7, 8 and 9 December 2023: consecutive days listed one by one
    ("dm_list", re.compile(
        rf"\b{_d('d1')}(?:\s*,\s*\d{{1,2}}(?:st|nd|rd|th)?)*\s*,?\s*(?:and|&)\s+{_d('d2')}\s+"
        rf"(?:of\s+)?{_m('m1')}(?:,?\s+{_y('y1')})?")),
    # 7-9 December 2023, between 7 and 9 Dec, mon 22 - sun 28 dec
    ("dm_range", re.compile(
        rf"\b(?:(?:the\s+)?weekend\s+of\s+)?{_RANGE_WEEKDAY.format('wd1')}{_d('d1')}{_DASH}"
        rf"(?:the\s+)?{_RANGE_WEEKDAY.format('wd2')}{_d('d2')}\s+(?:of\s+)?{_m('m1')}(?:,?\s+{_y('y1')})?")),
    # December 7-9, 2023
    ("md_range", re.compile(
        rf"\b{_m('m1')}\s+{_d('d1')}{_DASH}{_d('d2')}\b(?!\s*(?:of\s+)?(?:{alternation(MONTHS)}))"
        rf"(?:,?\s+{_y('y1')})?")),
    # 24-Feb-2022, 24-feb-22, 24.feb.2022: as spreadsheets write it
    ("dmy_dashed", re.compile(
        rf"\b{_d('d1')}(?P<sep>[-./]){_m('m1')}(?P=sep)(?P<y1>20[1-3]\d|[1-3]\d)\b")),
    # 8 December 2023, 8th of December
    ("dm", re.compile(rf"\b{_d('d1')}\s+(?:of\s+)?{_m('m1')}(?:,?\s+{_y('y1')})?")),
    # the first of September 2025, the twenty-third day of May, September the fifth
    ("dm_words", re.compile(
        rf"\b(?:the\s+)?(?P<dw>{alternation(DAY_ORDINAL_WORDS)})\s+(?:day\s+)?of\s+{_m('m1')}"
        rf"(?:,?\s+{_y('y1')})?")),
    ("md_words", re.compile(
        # "the" may be left out, as said aloud ("january first", "december thirty first")
        rf"\b{_m('m1')}\s+(?:the\s+)?(?P<dw>{alternation(DAY_ORDINAL_WORDS)})\b"
        r"(?!\s+(?:half|quarter|week|fortnight|ten|decade|month|part|third))"
        rf"(?:,?\s+{_y('y1')})?")),
    # oct 23: October 2023 after "in", "during", "for" ...; else 23 October (a note says which)
    ("month_number", re.compile(
        rf"\b{_m('m1')}(?P<hy>\s+|-)(?P<num>[1-3]\d)\b(?!,\d|\s*[./:]\d|\s*(?:-|to|and|until|till|"
        r"through|thru)\s*\d|,?\s+(?:of\s+)?(?:20[1-3]\d|'\d\d)\b)")),
    # December 8, 2023; Dec 8
    ("md", re.compile(rf"\b{_m('m1')}\s+(?:the\s+)?{_d('d1')}\b(?!,\d)(?:,?\s+{_y('y1')})?")),
    # Q1 2025, the first quarter of 2025, the first half of 2025
    # 2024 Q1, 2024-Q3, 2025 H1, 2025/H2: the year first
    ("year_part", re.compile(
        r"\b(?P<y1>20[1-3]\d)\s*[-/ ]?\s*(?:q(?P<q>[1-4])|h(?P<h>[12]))\b")),
    # Q1 2025, Q1 '26, 1Q25, the first quarter of 2025, the last quarter of 2024
    ("quarter", re.compile(
        rf"\b(?:q(?P<q>[1-4])(?!\d)|(?P<qn>[1-4])q|(?:the\s+)?(?P<qw>{alternation(PART_ORDINALS)}|"
        rf"last|final)\s+quarter)(?:\s+of)?(?:(?:,?\s+|\s*[-/]\s*)?{_yy('y1')}|\s+(?:(?P<this>(?:the\s+current|the|this)\s+year)|(?P<lastyr>(?:the\s+)?(?:last|previous|prior)\s+year))\b(?!\s+\d)|"
        r"(?<=of))?")),
    # the second half of October 2024 (1-15, 16 to the end), H1 2025, 1H25, the first half
    # of 2024
    ("half", re.compile(
        rf"\b(?:h(?P<h>[12])(?!\d)|(?P<hn>[12])h|(?:the\s+)?(?P<hw>{alternation(PART_ORDINALS)}|"
        rf"latter|last|back)\s+half)(?:\s+of)?(?:\s+{_REL_MONTH}|\s+(?:the\s+)?{_m('m1')}(?:,?\s+(?:of\s+)?"
        rf"{_y('ym')})?|(?:,?\s+|\s*[-/]\s*)?{_yy('y1')}|\s+(?:(?P<this>(?:the\s+current|the|this)\s+year)|(?P<lastyr>(?:the\s+)?(?:last|previous|prior)\s+year))\b(?!\s+\d)|(?<=of))?")),
    # the first weekend of December 2024, the last weekend in March: Saturday and Sunday
    ("weekend_of_month", re.compile(
        rf"\b(?:the\s+)?(?P<ww>first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+weekend\s+"
        rf"(?:of|in)\s+{_m('m1')}(?:,?\s+(?:of\s+)?{_y('y1')})?")),
    # the first Monday of 2025, the last Sunday of November 2025, the 2nd Friday in March:
    # that weekday's n-th (last) one in the month or year named
    ("weekday_of", re.compile(
        rf"\b(?:the\s+)?(?P<ow>{alternation(_WEEKDAY_NTH)})\s+(?P<owd>{_WEEKDAY})\s+"
        rf"(?:of|in)\s+(?:(?:the\s+)?(?:month\s+of\s+)?{_m('m1')}(?:,?\s+(?:of\s+)?{_y('y1')})?|"
        rf"(?:the\s+year\s+)?{_y('yy')}\b(?!-\d)|(?P<this>(?:the\s+current|the|this)\s+year)\b"
        r"(?!\s+\d))")),
    # the middle ten days of October 2024, the second dekad of May: days 11-20
    ("ten_days", re.compile(
        rf"\b(?:the\s+)?(?P<tw>first|1st|second|2nd|middle|mid|third|3rd|last|final)\s+"
        rf"(?:(?P<tu>(?:ten|10)\s+days)|(?:ten|10)[- ]day\s+(?:period|stretch|spell|block)|dekad|"
        rf"decade)\s+(?:of|in)\s+{_m('m1')}(?:,?\s+(?:of\s+)?{_y('y1')})?")),
    # the first 9 days of February 2024, the last 3 months of 2023, the opening week of 2025,
    # the second fortnight of May 2025
    ("part_of_period", re.compile(
        rf"\b(?:the\s+)?(?P<fl>{alternation(_PART_WHICH)})\s+(?:(?P<fn>\d{{1,3}}|"
        + alternation(SMALL_COUNTS)
        + rf")\s+)?(?P<unit>days?|weeks?|fortnights?|months?)\s+(?:of|in)\s+"
        rf"(?:{_REL_MONTH}|{_m('m1')}(?:,?\s+(?:of\s+)?{_y('y1')})?|{_y('yy')}|(?:(?P<this>(?:the\s+current|the|this)\s+year)|(?P<lastyr>(?:the\s+)?(?:last|previous|prior)\s+year))\b(?!\s+\d))")),
    # end-2024, year-end 2024, end-March 2024: a running total to that day
    ("end_of", re.compile(
        rf"\b(?:(?:the\s+)?(?:year[- ]?end|end[- ]of[- ]year)\s+(?:of\s+)?{_y('y1')}|end-"
        rf"(?:{_m('m1')}[- ]?|q(?P<eq>[1-4])[- ]?)?{_yy('yy')})")),
    # the start of 2025, the beginning of March 2024: its first day ("since ..." runs on)
    ("start_of", re.compile(
        rf"\b(?:the\s+)?(?:start|beginning|outset)\s+of\s+(?:the\s+year\s+)?"
        rf"(?:{_REL_MONTH}|{_m('m1')}(?:,?\s+(?:of\s+)?{_y('y1')})?|{_y('yy')}|"
        r"(?P<this>(?:the|this|the\s+current)\s+year)\b(?!\s+\d))")),
    # the start of summer (2026), the beginning of autumn: the season's first day ("since
    # the start of summer" runs on from it to the latest report, never the season's end)
    ("start_of_season", re.compile(
        r"\b(?:the\s+)?(?:start|beginning|outset|onset)\s+of\s+(?:the\s+)?(?:this\s+)?"
        rf"(?P<season>spring|summer|autumn|fall|winter)(?:\s+of)?(?:,?\s+{_yy('y1')})?")),
    # winter 2023/24: one season across the year end
    # winter 2023/24, winter 24/25, the 2024-25 winter
    ("season_years", re.compile(
        r"(?:\b(?P<season>winter)\s+(?:months\s+)?(?:of\s+)?'?(?P<y1>(?:20)?[1-3]\d)\s*[/-]\s*'?(?P<y2>(?:20)?"
        r"[1-3]\d)|\b(?:the\s+)?'?(?P<y3>(?:20)?[1-3]\d)\s*[/-]\s*'?(?P<y4>(?:20)?[1-3]\d)\s+"
        r"winter)\b")),
    # 2024 december, 2024, march, 2024 jan-mar: the year written first
    ("year_month", re.compile(
        rf"\b(?P<y1>20[1-3]\d),?\s+{_m('m1')}(?:\s+(?:the\s+)?{_d('d1')}\b(?!,\d)|\s*(?:-|to|"
        rf"through|thru)\s*{_m('m2')})?(?!\s*[,.]?\s*\d)")),
    # between March and May 2023, from March to May 2023: whole months, one period
    ("month_range", re.compile(
        rf"\b(?:between|from)\s+{_m('m0')}\s*(?:and|to|until|till|through|thru|-)\s*"
        rf"{_m('m1')}(?:,?\s+(?:of\s+)?{_y('y1')})?")),
    # late summer 2023, early spring: the season's first, middle or last month
    ("part_of_season", re.compile(
        r"\b(?P<sp>early|mid|late)(?:[- ]+|\s+in\s+(?:the\s+)?)"
        rf"(?P<season>spring|summer|autumn|fall|winter)(?:\s+of)?(?:,?\s+{_yy('y1')})?")),
    # early 2026, mid-2024, late in 2025: the year's first, middle or last four months
    ("part_of_year", re.compile(
        rf"\b(?P<yp>early|mid|late)(?:[- ]+|\s+in\s+)(?:the\s+year\s+)?{_y('y1')}\b(?!-\d)")),
    # spring 2023
    ("season", re.compile(
        rf"\b(?:(?P<srel>last|this|past|previous)\s+)?(?P<season>spring|summer|autumn|{_FALL}|winter)"
        r"(?!\s+before\s+last)"  # "the summer before last": a row of its own
        rf"(?:\s+months)?(?:\s+of)?(?:,?\s+{_yy('y1')})?")),
    # early/mid/late November 2024
    ("part", re.compile(
        rf"\b(?:(?P<part>early|mid|late)(?:[- ]+(?:to|and|or)[- ]+(?P<part2>mid|late))?(?:[- ]+|"
        rf"\s+in\s+)|(?:the\s+)?(?P<mid>middle)\s+of\s+)"
        rf"{_m('m1')}(?:,?\s+(?:of\s+)?{_y('y1')})?")),
    # between the 2nd and 3rd anniversaries: the war's years from one anniversary to the day
    # before the next; the year up to (or before) the 3rd anniversary: the war's third year;
    # the year after (or since, from) it: the fourth
    ("anniversaries", re.compile(
        rf"\bbetween\s+(?:the\s+)?(?:(?:war|invasion)'?s\s+)?(?P<aa>{_NTH})(?:[- ](?:year|yr))?\s+"
        rf"(?:anniversary\s+)?and\s+(?:the\s+)?(?P<ab>{_NTH})(?:[- ](?:year|yr))?\s+"
        rf"anniversar(?:ies|y)(?:\s+of\s+{_THE_WAR})?"
        rf"|\b(?:the\s+)?(?:year|twelve\s+months|12\s+months)\s+(?:(?P<up>up\s+to|leading\s+up\s+to|"
        rf"before|prior\s+to|ending\s+(?:on|with)|until|till|to)|(?P<after>after|following|since|"
        rf"from|starting\s+(?:on|with|from)|beginning\s+(?:on|with))|(?P<around>around|of))\s+"
        rf"(?:the\s+)?(?:(?:war|invasion)'?s\s+)?(?P<an1>{_NTH})(?:[- ](?:year|yr))?[\s-]+"
        rf"anniversary(?:\s+of\s+{_THE_WAR})?")),
    # the 30 days ending with day 1500 of the war, the 100 days before it, the week after the
    # first anniversary: a stretch counted from a day the war names
    ("before_war_day", re.compile(
        rf"\b(?:the\s+)?{_SPAN_BEFORE}\s+(?:the\s+)?(?:(?:war|invasion)'?s\s+)?(?:(?P<an>{_NTH})"
        rf"(?:[- ](?:year|yr))?[\s-]+anniversary(?:\s+of\s+{_THE_WAR})?|(?:day\s+(?P<dn>\d,\d{{3}}|"
        rf"\d{{1,4}})|(?P<dth>\d,\d{{3}}|\d{{1,4}})(?:st|nd|rd|th)\s+day)\s+of\s+{_THE_WAR})")),
    # the 3rd anniversary of the invasion, the war's second anniversary: 24 February 2022+N
    ("anniversary", re.compile(
        rf"\b(?:the\s+)?(?:(?:war|invasion)'?s\s+)?(?P<an>{_NTH})(?:[- ](?:year|yr))?[\s-]+"
        rf"anniversary(?:\s+of\s+{_THE_WAR})?")),
    # between day 500 and day 600 of the invasion, days 100-200 of the war
    ("war_days", re.compile(
        r"\b(?:between\s+|from\s+)?days?\s+(?P<wa>\d,\d{3}|\d{1,4})\s*(?:-|–|to|and|through|thru|"
        rf"until|till)\s*(?:day\s+)?(?P<wb>\d,\d{{3}}|\d{{1,4}})(?:\s+(?:of|into)\s+{_THE_WAR}|"
        # days counted in hundreds are the war's own, said alone ("between day 500 and 600")
        r"(?<=\d{3})(?<!\b\d\d)\b(?![.,]?\d|\s*(?:%|of\b)))")),
    # day 1000 of the war, the 1,000th day of the invasion
    ("war_day", re.compile(
        r"\b(?:day\s+(?:no\.?\s*|#\s*)?(?P<dn>\d,\d{3}|\d{1,4}|one)|(?:the\s+)?(?P<dth>\d,\d{3}|"
        rf"\d{{1,4}})(?:st|nd|rd|th)\s+day)\s+of\s+{_THE_WAR}"
        # "day one" alone is the war's first day ("on day one, 24 feb 2022"); "day one of the
        # counteroffensive" is not
        r"|\bday[- ](?P<d1>one|1)\b(?!\s+of\b|[-/.,]\d)"
        # "around day 600", "on day 1,000": a day counted in hundreds is the war's own, said
        # alone; never "per day 1000" or a day of something else ("day 600 of the siege")
        r"|(?<!\bper\s)(?<!\ba\s)(?<!\beach\s)(?<!\bevery\s)\bday\s+(?:no\.?\s*|#\s*)?"
        r"(?!(?:19|20)\d\d\b)(?P<dh>\d,\d{3}|[1-9]\d{2,3})\b(?![.,]?\d|\s*(?:%|of\b|-|–|to\b|and\b))")),
    # year 3 of the war, the war's fourth year: 24 February to 23 February
    ("war_year", re.compile(
        rf"\b(?:year\s+(?P<yn>\d|{alternation(_COUNT_WORDS)})\s+of\s+{_THE_WAR}|"
        rf"(?:the\s+)?(?:war|invasion)'?s\s+(?P<yw>{_NTH})\s+year)")),
    # the first week of the war
    ("war", re.compile(
        rf"\b(?:the\s+)?(?P<word>{alternation(_ORDINAL_WORDS)})\s+(?:(?P<wn>\d{{1,4}}|\d,\d{{3}}|"
        + alternation(SMALL_COUNTS) + r")\s+)?"
        r"(?P<wunit>days?|weeks?|fortnights?|months?|years?|hours)\s+of\s+(?:the\s+)?"
        r"(?:full[- ]scale\s+)?"
        r"(?:war|invasion|conflict)"
        # the war's first 100 days
        r"|\b(?:the\s+)?(?:war|invasion)'?s\s+(?P<word2>first|opening|1st)\s+(?:(?P<wn2>\d{1,3}|"
        + alternation(SMALL_COUNTS) + r")\s+)?(?P<wunit2>days|weeks|fortnights?|months|hours)\b")),
    # 100 days into the war, a year into the invasion: the day that many end on
    ("into_war", re.compile(
        r"\b(?P<in>\d{1,4}|" + alternation(SMALL_COUNTS) + r")\s+(?P<iu>days?|weeks?|months?|"
        r"years?)\s+into\s+(?:the\s+)?(?:russian\s+)?(?:full[- ]scale\s+)?(?:war|invasion)\b")),
    # November 2024, nov2024, Nov '24, November, the month of November 2024
    ("month", re.compile(
        rf"\b(?:(?:the\s+)?month\s+of\s+)?{_m('m1')}"
        rf"(?:(?:,?\s+(?:of\s+)?|-?(?=20\d\d)){_y('y1')}|,?\s+(?:of\s+)?(?P<lastyr>(?:last|previous)"
        r"\s+year)\b)?")),
    # 2022-2023, 2022–2024: the years from the first to the last, one period
    ("year_range", re.compile(
        r"(?<![\d,.-])\b(?P<y1>201[4-9]|20[2-3]\d)\s*[-/]\s*(?P<y2>201[4-9]|20[2-3]\d|[1-3]\d)\b"
        r"(?![-/.]\d)")),
    # 2024, '24, the year 2024
    ("year", re.compile(
        rf"(?:\b(?:the\s+)?(?:calendar\s+)?year\s+|(?<![\w,.'-]))(?=['\d]){_y('y1')}\b(?!-\d)")),
])  # fmt: skip


_MAY_AS_MONTH = re.compile(
    r"(?:\b(?:in|during|for|of|since|until|till|by|from|to|through|early|late|mid|last|this|"
    r"next|on|between|and)\s+$)"
)
_RELATIVE_RE = re.compile(
    r"\b(?:(?P<day_before_yesterday>the\s+day\s+before\s+yesterday)|"
    r"(?P<yesterday>yesterday|the\s+day\s+before|last\s+night|overnight)|"
    r"(?P<tomorrow>tomorrow)|(?P<next>next)\s+(?P<next_unit>week|month|year)|"
    r"(?P<today>today|tonight|this\s+morning)|"
    r"(?P<day24>(?:the\s+)?(?:last|past|previous)\s+(?:24\s*(?:hours|hrs|hr|h)|day))|"
    r"(?P<hours>(?:the\s+)?(?:last|past|previous)\s+(?P<hn>48|72|96)\s*(?:hours|hrs|hr|h))|"
    r"(?P<todate>ytd|year[- ]to[- ]date|mtd|month[- ]to[- ]date|(?:the\s+)?(?:year|month)\s+so\s+"
    r"far)|"
    r"(?P<before_last>(?:the\s+)?(?P<bl_unit>week|weekend|month|year|spring|summer|autumn|fall|"
    r"winter)\s+before\s+last)|"
    r"(?P<weekday_before_last>(?:the\s+|on\s+the\s+)?(?P<wbl>"
    + alternation(WEEKDAYS)
    + r")\s+before\s+last)|"
    r"(?P<units_ago>(?P<ua>\d{1,2}|"
    + alternation(SMALL_COUNTS)
    + r")\s+(?P<ua_unit>weeks?|months?|"
    r"years?)\s+ago)|"
    r"(?P<year_ago>(?:(?:on|at|around)\s+)?this\s+(?:day|date|time|point)\s+(?:last\s+year|a\s+"
    r"year\s+ago))|"
    r"(?P<weekend>(?:(?:over|on|at)\s+)?(?:the\s+|this\s+|last\s+|past\s+)?weekend(?!\s+of\b))|"
    r"(?:earlier\s+)?(?P<unit_rel>last|past|previous|this|current)\s+(?P<unit>week|month|year|fortnight|"
    r"quarter)|"
    r"(?:the\s+)?(?:last|past|previous)\s+(?P<n>\d{1,3}|"
    + alternation(SMALL_COUNTS)
    + r")\s*(?P<n_unit>days|d|weeks|wks|months|mos)|"
    r"(?P<ago>\d{1,3}|" + alternation(SMALL_COUNTS) + r")\s+days?\s+ago|"
    r"(?:in|over|within)\s+(?:just\s+|only\s+|a\s+mere\s+|the\s+space\s+of\s+)?(?P<inn>\d{1,3}|"
    + alternation(SMALL_COUNTS)
    + r")\s+(?P<inn_unit>days?|weeks?)|"
    r"(?:(?:last|on|this|past)\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday))\b"
)


# Named days, rewritten as the date words the rules read ("the week before christmas" is
# "the week before 25 december"): (pattern, date words), tried in order.
HOLIDAYS: tuple[tuple[str, str], ...] = (
    # the week of a named day is the Monday-to-Sunday week that holds it
    (
        r"(?:the\s+)?week\s+of\s+(?:christmas|xmas|x-mas)|(?:christmas|xmas|x-mas)\s+week",
        "the week containing 25 december",
    ),
    (
        r"(?:the\s+)?week\s+of\s+(?:the\s+)?new\s+year|new\s+year'?s'?\s+week",
        "the week containing 1 january",
    ),
    # the days between the two holidays, 26 to 31 December
    (
        r"(?:the\s+)?(?:week|days?|period|stretch)\s+between\s+(?:christmas|xmas)\s+and\s+"
        r"(?:the\s+)?new\s+year(?:'?s'?)?(?:\s+(?:day|eve))?",
        "26 december to 31 december",
    ),
    (r"(?:orthodox|old[- ]style|ukrainian\s+old)\s+(?:christmas|xmas)(?:\s+day)?", "7 january"),
    (r"(?:christmas|xmas|x-mas)\s+eve", "24 december"),
    (r"(?:christmas|xmas|x-mas)(?:\s+day)?", "25 december"),
    (r"boxing\s+day", "26 december"),
    (r"new\s+year'?s'?\s+eve", "31 december"),
    (r"(?:the\s+)?new\s+year(?:'?s'?)?(?:\s+day)?", "1 january"),
    (r"(?:ukraine'?s\s+|ukrainian\s+)?independence\s+day(?:\s+in\s+ukraine)?", "24 august"),
    (r"victory\s+day(?:\s+in\s+russia)?", "9 may"),
    (r"russia\s+day|(?:russia'?s\s+)?national\s+day\s+of\s+russia", "12 june"),
    (r"defender\s+of\s+the\s+fatherland\s+day", "23 february"),
    # Ukraine's Day of Defenders, 1 October since 2023 (14 October before)
    (
        r"(?:ukraine'?s\s+|ukrainian\s+)?defenders?'?\s+day|(?:the\s+)?day\s+of\s+(?:the\s+)?"
        r"defenders?\s+(?:and\s+defendresses\s+)?of\s+ukraine",
        "1 october",
    ),
    (r"(?:russia'?s\s+)?(?:national\s+)?unity\s+day", "4 november"),
    (r"(?:ukraine'?s\s+|ukrainian\s+)?constitution\s+day(?:\s+in\s+ukraine)?", "28 june"),
    (r"(?:international\s+)?women'?s\s+day", "8 march"),
    (r"(?:st\.?\s+|saint\s+)?valentine'?s'?\s+day", "14 february"),
    (r"halloween", "31 october"),
)
# The date a named day falls on, glossed in brackets after it ("victory day (9 may) 2025"): read
# with the name, so that a year after the bracket still belongs to the day.
_HOLIDAY_GLOSS = (
    r"(?:\s*\(\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?)\s*\))?"
)
# The date a named day falls on, said after it with its year ("independence day, 24 august
# 2025"): the year is the day's.
_HOLIDAY_DATED = (
    r"(?:,?\s+(?:on\s+)?(?P<gd>\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?),?\s+(?P<gy>20[1-3]\d)\b)?"
)
HOLIDAY_RE = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<h{i}>{p})" for i, (p, _) in enumerate(HOLIDAYS))
    + r")\b"
    + _HOLIDAY_GLOSS
    + _HOLIDAY_DATED
    # the gloss after the year too ("defenders day 2025 (1 oct)"): read with the name
    + r"(?:(?P<hy>,?\s+20[1-3]\d)(?=\s*\()"
    + _HOLIDAY_GLOSS
    + r")?"
)


def holiday_date(match: re.Match[str]) -> str:
    """The date words for a named day matched by `HOLIDAY_RE` (with its year, when a gloss
    followed the year, or when its own date followed with one)."""
    words = HOLIDAYS[_row_matched(match, "h")][1]
    if match.group("gd"):
        said = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|\.", "", match.group("gd")).split()
        if sorted(said) == sorted(words.split()):  # its own date: read once, with the year
            return f"{words} {match.group('gy')}"
        return f"{words}, {match.group('gd')} {match.group('gy')}"
    return words + (match.group("hy") or "")


def _row_matched(match: re.Match[str], prefix: str) -> int:
    """Which row of a table matched, its patterns joined as groups `<prefix>0`, `<prefix>1` ..."""
    return next(
        int(k[len(prefix) :])
        for k, v in match.groupdict().items()
        if v and k.startswith(prefix) and k[len(prefix) :].isdigit()
    )


# Years said in words ("twenty twenty-four", "two thousand and twenty three"), as digits.
_UNIT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if 1 <= n <= 9 and " " not in w}
YEAR_WORDS_RE = re.compile(
    rf"\b(?:twenty[- ]?twenty|two\s+thousand\s+(?:and\s+)?twenty)[- ]?"
    rf"(?P<unit>{alternation(_UNIT_WORDS)})\b"
)


def year_digits(match: re.Match[str]) -> str:
    """ "twenty twenty-four" as "2024"."""
    return str(2020 + _UNIT_WORDS[match.group("unit")])


def _western_easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _orthodox_easter(year: int) -> dt.date:
    """Easter Sunday of the Julian reckoning (Meeus), as a Gregorian date (+13 days, 1900-2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(year, month, day + 1) + dt.timedelta(days=13)


# Movable feasts: (words, name, first and last day counted from that Easter Sunday).
MOVABLE_FEASTS: tuple[tuple[str, str, int, int], ...] = (
    (r"palm\s+sunday", "Palm Sunday", -7, -7),
    (r"good\s+friday|holy\s+friday", "Good Friday", -2, -2),
    (r"easter\s+monday", "Easter Monday", 1, 1),
    # the long weekend, Good Friday to Easter Monday (as the bank holidays run)
    (r"easter\s+weekend", "Easter weekend", -2, 1),
    (r"easter(?:\s+sunday|\s+day)?", "Easter", 0, 0),
    (r"pentecost|whitsun(?:day)?|trinity(?:\s+sunday)?", "Pentecost (Trinity Sunday)", 49, 49),
)
_ORTHODOX_WORDS = r"orthodox|eastern|ukrainian|russian|julian"
_WESTERN_WORDS = r"western|catholic|gregorian|protestant"
# A feast with its year, or without one after a word that makes it a date ("over easter":
# the latest one); "(easter sunday was 5 may)" names a day and is left to the brackets rule.
_FEAST_LEAD = r"over|on|at|during|before|after|since|until|till|to|through|for|by|from"
FEAST_RE = re.compile(
    rf"\b(?:(?P<lead>{_FEAST_LEAD})\s+(?:the\s+)?)?(?:(?P<cal>{_ORTHODOX_WORDS}|{_WESTERN_WORDS})\s+)?"
    r"(?P<feast>"
    + "|".join(f"(?:{words})" for words, _, _, _ in MOVABLE_FEASTS)
    + r")\b(?:(?:\s+(?:of|in))?,?\s+(?P<y>20[1-3]\d)\b)?"
)


_FEAST_JOIN = re.compile(r"\s*(?:-|–|to|and|until|till|through|thru)\s+")


def feast_days(name: str, year: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a movable feast ("easter weekend") in `year`."""
    orthodox = re.match(rf"(?:{_ORTHODOX_WORDS})\s+", name)
    words = name[orthodox.end() :] if orthodox else re.sub(rf"^(?:{_WESTERN_WORDS})\s+", "", name)
    lo, hi = next((a, b) for p, _, a, b in MOVABLE_FEASTS if re.fullmatch(p, words))
    easter = _orthodox_easter(year) if orthodox else _western_easter(year)
    return easter + dt.timedelta(days=lo), easter + dt.timedelta(days=hi)


def movable_feast(name: str, year: int) -> dt.date:
    """The day of a movable feast ("easter", "orthodox good friday") in `year`."""
    return feast_days(name, year)[0]


def _feast_name(match: re.Match[str]) -> str:
    return f"{match.group('cal') or ''} {match.group('feast')}".strip()


def _feast_year(match: re.Match[str], today: dt.date) -> int | None:
    """The year written, or the latest one whose feast has begun by `today` (when a lead word
    makes the feast a date); None when it is no date."""
    if match.group("y"):
        return int(match.group("y"))
    # "from catholic easter to orthodox easter 2024": the year written last dates both
    joined = _FEAST_JOIN.match(match.string, match.end())
    later = FEAST_RE.match(match.string, joined.end()) if joined else None
    if later is not None and later.group("y"):
        return int(later.group("y"))
    if not match.group("lead"):
        return None
    name = _feast_name(match)
    return today.year if feast_days(name, today.year)[0] <= today else today.year - 1


def feast_words(today: dt.date) -> Callable[[re.Match[str]], str]:
    """The rewriter of movable feasts matched by `FEAST_RE` into date words ("5 may 2024",
    "29 march 2024 to 1 april 2024"), a feast without a year being the latest by `today`."""

    def rewrite(match: re.Match[str]) -> str:
        y = _feast_year(match, today)
        if y is None:
            return match.group(0)
        first, last = feast_days(_feast_name(match), y)
        days = [f"{day.day} {day:%B} {day.year}".lower() for day in dict.fromkeys((first, last))]
        lead = match.group(0)[
            : match.start("cal" if match.group("cal") else "feast") - match.start()
        ]
        return lead + " to ".join(days)

    return rewrite


def feast_notes(text: str, today: dt.date) -> list[str]:
    """How each movable feast in `text` was dated (which Easter, when both fall apart)."""
    notes: list[str] = []
    if not may_match(wide_needs(FEAST_RE), folded(text)):
        return notes  # a word test: most questions name no feast
    for m in FEAST_RE.finditer(text):
        y, cal, words = _feast_year(m, today), m.group("cal") or "", m.group("feast")
        if y is None:
            continue
        name = next(label for p, label, _, _ in MOVABLE_FEASTS if re.fullmatch(p, words))
        days = _span_words(*feast_days(f"{cal} {words}".strip(), y))
        other = _span_words(*feast_days(f"orthodox {words}", y))
        if re.fullmatch(_ORTHODOX_WORDS, cal):
            notes.append(f"I read Orthodox {name} {y} as {days}.")
        elif cal or other == days:
            notes.append(f"I read {name} {y} as Western {name}, {days}.")
        else:
            notes.append(f"I read {name} {y} as Western {name}, {days} (Orthodox {name} was "
                         f"{other}: for it, write 'orthodox {words}').")  # fmt: skip
    return notes


# Named days that fall on the n-th weekday of a month: (words, month, weekday (Monday 0), n).
NTH_WEEKDAY_DAYS: tuple[tuple[str, int, int, int], ...] = (
    # US Thanksgiving, the fourth Thursday of November
    (r"(?:(?:the\s+)?us\s+|american\s+)?thanksgiving(?:\s+day)?", 11, 3, 4),
)
NTH_WEEKDAY_RE = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<n{i}>{p})" for i, (p, _, _, _) in enumerate(NTH_WEEKDAY_DAYS))
    + r")\b(?:(?:\s+(?:of|in))?,?\s+(?P<y>20[1-3]\d)\b)?"
)


def nth_weekday_words(today: dt.date) -> Callable[[re.Match[str]], str]:
    """The rewriter of days such as Thanksgiving into date words ("28 november 2024"), the
    latest one by `today` when no year is written."""

    def rewrite(match: re.Match[str]) -> str:
        _, month, weekday, n = NTH_WEEKDAY_DAYS[_row_matched(match, "n")]
        y = int(match.group("y")) if match.group("y") else today.year
        day = _nth_weekday(y, month, weekday, n)
        if not match.group("y") and day > today:
            day = _nth_weekday(y - 1, month, weekday, n)
        return f"{day.day} {day:%B} {day.year}".lower()

    return rewrite


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th given weekday of a month (the 4th Thursday of November 2024: 28 November)."""
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# A time of day, with its zone ("at 8am kyiv time on", "by 09:00 (utc)", "10.30 p.m. msk"):
# the tally is daily, so the time says nothing about the period and is dropped before the
# rules read the date (a place named as a zone is no claimant).
_ZONE = r"(?:kyiv|kiev|moscow|utc|gmt|cet|eet|eest|msk|local|ukrainian|ukraine)"
_TIME = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}:\d{2}\b(?:\s*(?:hrs|h)\b)?)"
    rf"(?:\s+{_ZONE}(?:\s+time)?\b|\s*\(\s*{_ZONE}(?:\s+time)?\s*\))?"
)
TIME_OF_DAY_RE = re.compile(
    rf"\b(?:(?:at|by|before|around|about)\s+)?{_TIME}(?:,?\s+(?:on|of)\b|,)?"
)
# "the 24 hours to 8am on 6 january": the window the morning report of that day covers, so
# read as that report ("the report of 6 january").
REPORT_WINDOW_RE = re.compile(
    r"\b(?:the\s+)?(?:24\s*(?:hours|hrs|h)|day)\s+(?:up\s+)?(?:to|until|till|ending(?:\s+at)?)\s+"
    rf"{_TIME}(?:,?\s+(?:on|of)\b|,)?"
)


# "what did the General Staff report on 14 March": the tally's keeper reporting "on" a day
# dates its report, not the fighting; read as "report of" (an outlet's "did Reuters report on"
# is its article's day, read by the source rows).
REPORT_VERB_ON_RE = re.compile(
    r"\b(?P<keeper>(?:did|does|has|have|had)\s+(?:the\s+)?(?:ukrainian\s+|ukraine's\s+|kyiv's\s+)?"
    r"(?:general\s+staff|gs|military|armed\s+forces|army|zsu))\s+"
    r"(?:report|post|publish|announce)(?:ed|d)?\s+on\b"
)


def date_word_rewrites(
    today: dt.date,
) -> tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]:
    """Named days rewritten as date words before the rules read them, in this order."""
    return (
        (FEAST_RE, feast_words(today)),
        (NTH_WEEKDAY_RE, nth_weekday_words(today)),
        (HOLIDAY_RE, holiday_date),
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
    # How the expression was read, when the reader should know (a convention, a choice).
    note: str = ""
    # The end is part of the reading ("since 3 Feb" counted to a report's date): "since" does
    # not run it on to the latest report.
    end_fixed: bool = False
    # The day a report was dated, when this span is the day of fighting it covers.
    report_date: dt.date | None = None
    # A running total to `last` ("end-2024"), as "by" or "as of" before a date make one.
    as_of: bool = False
    # Only a period beside a dated statement ("in just three days"): dropped when alone.
    anchor_only: bool = False
    # One day's fighting counted back from a report's day ("overnight on 7 February"): that
    # day's figure, never the running total of the report.
    day_figure: bool = False


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
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}  # late: to the month's end


def _month_of(g: _Groups, key: str = "m1") -> int:
    value = g[key]
    return int(value) if value.isdigit() else MONTHS[value.rstrip(".")]


def _year_of(g: _Groups, month: int, day: int | None, today: dt.date) -> tuple[int, bool]:
    """The year written, or the latest such month (or day) up to today; and whether it was
    missing."""
    if g.get("y1"):
        return full_year(g["y1"]), False
    if g.get("this"):
        return today.year, False  # "the first quarter of the year"
    if g.get("lastyr"):
        return today.year - 1, False  # "the fourth quarter of last year", "march last year"
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
    """ "29/11/2024": day first (as written outside the US) unless that cannot be a date, or
    in the order the question states ("12/3/2024 (US date)")."""
    a, b = int(g["a"]), int(g["b"] or g["b2"])
    y = full_year(g["y1"] or g["y2"])
    if not 2014 <= y <= 2035:
        return None
    if g["us"] or g["uk"]:
        day_, month = (b, a) if g["us"] else (a, b)
        if month > 12:
            return None  # the stated order cannot be obeyed: the date is reported unread
        said = "month first" if g["us"] else "day first"
        day = dt.date(y, month, day_)
        note = f"I read {g['date']} as {_day_words(day)} ({said}, as you said)."
        return Span(m.start(), m.end(), PeriodKind.day, day, day, note=note)
    day_, month = (a, b) if b <= 12 else (b, a)
    note = ""
    if a <= 12 and b <= 12 and a != b:
        other = _order_shown(m.string, g["sep"] or "-", m.start())
        if other is not None and other[1]:  # "05/01/2025 to 05/15/2025": month first
            day_, month = b, a
        read = f"I read {g['date']} as {_day_words(dt.date(y, month, day_))}"
        if other is None:
            note = f"{read} (day first, then month)."
        else:
            said = "month first" if other[1] else "day first"
            note = f"{read} ({said}, as {other[0]} is written)."
    day = dt.date(y, month, day_)
    return Span(m.start(), m.end(), PeriodKind.day, day, day, note=note)


# Another numeric date of the same text whose order is certain (a part above 12).
_ORDERED_NUMERIC = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d./-])")


def _order_shown(text: str, sep: str, start: int) -> tuple[str, bool] | None:
    """The first other date in `text` written with `sep` that can be read only one way, and
    whether it is month first ("05/15/2025"): the writer's order for the ambiguous ones."""
    for other in _ORDERED_NUMERIC.finditer(text):
        a, b = int(other.group(1)), int(other.group(3))
        if other.start() == start or other.group(2) != sep or (a > 12) == (b > 12):
            continue
        return other.group(0), b > 12
    return None


def _numeric_dm_stated(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "12/3 (US date)": the latest such day, in the order the question states."""
    a, b = int(g["a"]), int(g["b"])
    day_, month = (b, a) if g["us"] else (a, b)
    if month > 12:
        return None
    y, missing = _year_of({}, month, day_, today)
    day = dt.date(y, month, day_)
    said = "month first" if g["us"] else "day first"
    note = f"I read {g['date']} as {_day_words(day)} ({said}, as you said)."
    return Span(m.start(), m.end(), PeriodKind.day, day, day, missing, note)


def _week_numeric(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "w/c 14/10": the seven days from (or, "w/e", to) a day written day first."""
    a, b = int(g["a"]), int(g["b"])
    day_, month = (b, a) if b > 12 >= a else (a, b)  # "w/c 10/14" can only be month first
    if month > 12:
        return None
    if g["y1"]:
        y, missing = full_year(g["y1"]), False
    else:
        y, missing = _year_of({}, month, day_, today)
    day = dt.date(y, month, day_)
    first = day if g["wc"] else day - dt.timedelta(days=6)
    return Span(m.start(), m.end(), PeriodKind.week, first, first + dt.timedelta(days=6), missing)


def _numeric_range(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "1-15.08.2024": days of one month; "28.12-3.01.2025": from one day to another; "9-15.12":
    the latest such days (the year missing)."""
    month = int(g["m1"])
    if not g.get("y1"):
        if not 1 <= int(g["d1"]) < int(g["d2"]) <= 31:
            return None
        y, _missing = _year_of(g, month, int(g["d2"]), today)
        return _days(m, dt.date(y, month, int(g["d1"])), dt.date(y, month, int(g["d2"])), True)
    y = full_year(g["y1"])
    if not 2014 <= y <= 2035:
        return None
    last = dt.date(y, month, int(g["d2"]))
    if g.get("m0"):
        m0 = int(g["m0"])
        first = dt.date(y if m0 <= month else y - 1, m0, int(g["d1"]))
    else:
        first = dt.date(y, month, int(g["d1"]))
    return _days(m, first, last) if first < last else None


def _day_words(day: dt.date) -> str:
    """`3 April 2023` (the date module sits below wording, so it spells its own notes)."""
    return f"{day.day} {day:%B} {day.year}"


def _count(raw: str | None) -> int:
    """A count written in digits or words ("50", "three"); 1 when none was written."""
    if not raw:
        return 1
    digits = raw.replace(",", "")  # "1,000 days"
    return int(digits) if digits.isdigit() else SMALL_COUNTS.get(raw, 1)


def _weekday_day(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "Friday 7 June 2024": the date; a weekday that does not match it is reported. Without
    a year, the latest year in which that day fell on that weekday ("mon 30 dec": 2024)."""
    span = _one_day(m, g, today)
    if span is None:
        return None
    index = _WEEKDAY_FORMS[g["wd"].rstrip(".")]
    if span.year_missing and span.first.weekday() != index:
        years = (with_year(span.first, span.first.year - back) for back in range(1, 7))
        day = next((d for d in years if d.weekday() == index and d.day == span.first.day), None)
        if day is not None:
            span.first = span.last = day
            span.year_missing = False
            span.note = (f"I read '{m.group(0)}' as {_day_words(day)}, the latest year in which "
                         f"it fell on a {day:%A}.")  # fmt: skip
            return span
    span.note = _weekday_check(g["wd"], span.first)
    return span


def _weekday_check(said: str, day: dt.date) -> str:
    """A note when the weekday written is not the date's ("Friday 8 June 2024"), else ""."""
    index = _WEEKDAY_FORMS[said.rstrip(".")]
    if index == day.weekday():
        return ""
    named = (dt.date(2024, 1, 1) + dt.timedelta(days=index)).strftime("%A")  # 1 Jan 2024: Monday
    return (f"{_day_words(day)} was a {day:%A}, not a {named}; I read the date, "
            f"{_day_words(day)}.")  # fmt: skip


def _iso_weeks(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "weeks 10 through 13 of 2024": ISO weeks, the first's Monday to the last's Sunday."""
    lo, hi = int(g["wk"]), int(g["wk2"])
    y = full_year(g["y1"]) if g["y1"] else today.isocalendar().year
    if not 1 <= lo < hi <= 53:
        return None
    if not g["y1"] and dt.date.fromisocalendar(y, lo, 1) > today:
        y -= 1  # the latest such weeks: last year's
    try:
        first, last = dt.date.fromisocalendar(y, lo, 1), dt.date.fromisocalendar(y, hi, 7)
    except ValueError:
        return None  # week 53 of a year that has 52
    note = (
        f"I read weeks {lo} to {hi} of {y} as ISO weeks (Monday to Sunday; week 1 holds the "
        f"year's first Thursday): {_day_words(first)} to {_day_words(last)}."
    )
    return Span(m.start(), m.end(), PeriodKind.range, first, last, not g["y1"], note=note)


def _either_side(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "ten days either side of 1 january 2025": N days before the day, then N from it."""
    if g.get("m2"):
        g = {**g, "m1": g["m2"], "d1": g["d2"]}
    anchor = _one_day(m, g, today)
    if anchor is None:
        return None
    days = _count(g.get("en")) * _UNIT_DAYS[g["eu"].rstrip("s")]
    first = anchor.first - dt.timedelta(days=days)
    last = anchor.first + dt.timedelta(days=days - 1)
    note = f"I read '{m.group(0)}' as {_span_words(first, last)}."
    return Span(m.start(), m.end(), PeriodKind.range, first, last, anchor.year_missing, note)


def _iso_week(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "week 48 of 2024": ISO week 48, Monday to Sunday (without a year, the latest one that
    has begun)."""
    week = int(g["wk"] or g["wk2"])
    raw = g["y1"] or g["y2"]
    y = full_year(raw) if raw else today.isocalendar().year
    if not raw and dt.date.fromisocalendar(y, min(week, 52), 1) > today:
        y -= 1
    first = dt.date.fromisocalendar(y, week, 1)
    last = first + dt.timedelta(days=6)
    note = (
        f"I read week {week} of {y} as ISO week {week} (weeks run Monday to Sunday; week 1 "
        f"holds the year's first Thursday): {_day_words(first)} to {_day_words(last)}."
    )
    return Span(m.start(), m.end(), PeriodKind.week, first, last, not raw, note=note)


# The words that count a stretch forward from its day, that day included.
_FORWARD_RELS = ("starting", "beginning", "commencing", "from")
# After "the 10 days from 1 june": the end of a range follows, so the count is not the period.
_RANGE_AFTER = re.compile(r"\s*(?:-|–|to|until|till|through|thru)\s")


# Words before "N days before X" that make it a stretch ("in the three days before christmas");
# without one ("three days before new year 2025, what ...") it is the one day N days off.
_STRETCH_LEAD = re.compile(r"\b(?:the|in|over|during|within|for|across|throughout|those|these)\s+$")
_ONE_DAY_COUNT = re.compile(r"(?:\d{1,2}|[a-z]+)\s+days?\s+(?:before|after)\b")


def _one_day_off(m: re.Match[str]) -> bool:
    """ "two days after christmas" (no article, no preposition of extent): one day."""
    return bool(_ONE_DAY_COUNT.match(m.group(0))) and not _STRETCH_LEAD.search(
        m.string, max(0, m.start() - 24), m.start()
    )


def _anchor_day(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """The day or month a stretch is counted from: a date, a month, an anniversary of the
    invasion or a day of the war numbered from its first."""
    if g.get("an"):
        return _anniversary(m, g, today)
    if g.get("dn") or g.get("dth"):
        return _war_day(m, {**g, "d1": ""}, today)
    return _one_day(m, g, today) if g.get("d1") else _month(m, g, today)


def _before_day(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """N days, weeks or months ending the day before a date ("before") or on it ("to", "up
    to"); before a month, its first day ("before") or its last ("to June 2025")."""
    anchor = _anchor_day(m, g, today)
    if anchor is None:
        return None
    words = (g.get("rel") or "ending").split()
    rel = words[1] if words[0] in ("that", "which") else words[0]
    rel = "starting" if rel.startswith(("began", "begin", "start", "commenc")) else rel
    unit = "week" if g.get("we") else g.get("bw") or g["bunit"].rstrip("s")
    n = 1 if g.get("bw") or g.get("we") else _count(g["bn"])
    if rel in _FORWARD_RELS and (
        (unit == "week" and g.get("bw")) or _RANGE_AFTER.match(m.string, m.end())
    ):
        return None  # "the week of/starting 3 feb" is `week_of`'s; "from X to Y" is a range
    if unit in ("hour", "hr"):
        if n % 24:
            return None  # "36 hours after": not whole days of fighting
        unit, n = "day", n // 24
    months = _UNIT_MONTHS.get(unit, 0) * n
    if unit == "day" and g.get("bn") and rel in ("before", "after") and _one_day_off(m):
        day = anchor.first + dt.timedelta(days=n if rel == "after" else -n)
        note = f"I read '{m.group(0)}' as one day: {_day_words(day)}."
        return Span(m.start(), m.end(), PeriodKind.day, day, day, anchor.year_missing, note)
    if rel in ("after", "following", *_FORWARD_RELS):
        first = anchor.first if rel in _FORWARD_RELS else anchor.last + dt.timedelta(days=1)
        last = (add_months(first, months) if months else
                first + dt.timedelta(days=n * _UNIT_DAYS[unit])) - dt.timedelta(days=1)  # fmt: skip
    else:
        exclusive = rel in ("before", "prior", "leading")
        last = anchor.first - dt.timedelta(days=1) if exclusive else anchor.last
        if months:
            first = add_months(last + dt.timedelta(days=1), -months)
        else:
            first = last - dt.timedelta(days=n * _UNIT_DAYS[unit] - 1)
    if not 0 <= (last - first).days <= 3660:
        return None
    span = _days(m, first, last, anchor.year_missing)
    if g.get("bwd"):
        span.note = _weekday_check(g["bwd"], anchor.first)
    return span


def _relative_month(g: _Groups, today: dt.date) -> tuple[dt.date, dt.date]:
    """This month ("the month", "this month": to its end) or the one before ("last month")."""
    first = today.replace(day=1)
    if {"last", "previous", "prior"} & set(g["relmo"].split()):
        first = add_months(first, -1)
    return first, month_end(first.year, first.month)


def _bounds(g: _Groups, today: dt.date) -> tuple[dt.date, dt.date, bool]:
    """The month (with its year, written or latest) or the year a part is taken of."""
    if g.get("relmo"):
        return (*_relative_month(g, today), False)
    if g.get("m1"):
        month = _month_of(g)
        y, missing = _year_of(g, month, None, today)
        return dt.date(y, month, 1), month_end(y, month), missing
    y = today.year if g.get("this") else today.year - 1 if g.get("lastyr") else full_year(g["yy"])
    return dt.date(y, 1, 1), dt.date(y, 12, 31), False


def _part(lo: dt.date, hi: dt.date, which: int, n: int, unit: str) -> tuple[dt.date, dt.date]:
    """The `which`-th (or, for -1, the last) stretch of `n` units of lo..hi."""
    if unit == "month":
        if which < 0:
            return add_months(hi + dt.timedelta(days=1), -n), hi
        first = add_months(lo, (which - 1) * n)
        return first, add_months(first, n) - dt.timedelta(days=1)
    days = n * _UNIT_DAYS[unit]
    if which < 0:
        return hi - dt.timedelta(days=days - 1), hi
    first = lo + dt.timedelta(days=(which - 1) * days)
    return first, first + dt.timedelta(days=days - 1)


def _vague(count: str | None, unit: str) -> bool:
    """ "the first days", "the final weeks": no count, so no period (the words are reported
    as unread rather than read as one day or one week)."""
    return count is None and unit.endswith("s")


def _part_of_period(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """The first, n-th or last N days, weeks, fortnights or months of a month or a year."""
    if _vague(g["fn"], g["unit"]):
        return None
    lo, hi, missing = _bounds(g, today)
    first, last = _part(lo, hi, _PART_WHICH[g["fl"]], _count(g["fn"]), g["unit"].rstrip("s"))
    if first < lo or first > hi:
        return None
    return _days(m, first, min(last, hi), missing)


def _year_part(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "2024 Q1", "2025-H1": a quarter or half of the year written first."""
    if g["q"]:
        return _months_from(m, g, today, 3 * int(g["q"]) - 2, 3)
    return _months_from(m, g, today, 1 if g["h"] == "1" else 7, 6)


def _end_of(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "end-2024", "year-end 2024": the last day, as a running total to it."""
    y = full_year(g["y1"] or g["yy"])
    month = _month_of(g) if g["m1"] else 3 * int(g["eq"]) if g["eq"] else 12
    day = month_end(y, month)
    return Span(m.start(), m.end(), PeriodKind.day, day, day, as_of=True)


def _start_of(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "the start of 2025": 1 January 2025, one day that "since" or "from" runs on from."""
    lo, _hi, missing = _bounds(g, today)
    return Span(m.start(), m.end(), PeriodKind.day, lo, lo, missing)


def _start_of_season(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "the start of summer 2026": 1 June 2026; with no year, the latest season begun
    ("winter 2025" starts in December 2024, as the season row reads it)."""
    month = _SEASONS[g["season"]]
    if g["y1"]:
        year = full_year(g["y1"]) - (1 if month == 12 else 0)
    else:
        year = today.year if dt.date(today.year, month, 1) <= today else today.year - 1
    day = dt.date(year, month, 1)
    return Span(m.start(), m.end(), PeriodKind.day, day, day, note=_season_note(g["season"]))


def _year_month(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "2024 december", "2024 jan-mar", "2024 december 3": a month (months, a day) of the
    year written first ("2024 may have been" is the verb)."""
    if g["m1"] == "may" and re.match(r"\s+[a-z]", m.string[m.end() :]) and not g["d1"]:
        return None
    if g["d1"]:
        return _one_day(m, g, today)
    y, m1 = int(g["y1"]), _month_of(g)
    m2 = _month_of(g, "m2") if g["m2"] else m1
    if m2 < m1:
        return None
    first, last = dt.date(y, m1, 1), month_end(y, m2)
    kind = PeriodKind.month if m1 == m2 else PeriodKind.range
    return Span(m.start(), m.end(), kind, first, last)


def _months_between(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "between March and May 2023": from the first month's first day to the last's end."""
    m0, m1 = _month_of(g, "m0"), _month_of(g)
    y, missing = _year_of(g, m1, None, today)
    first = dt.date(y if m0 <= m1 else y - 1, m0, 1)
    return Span(m.start(), m.end(), PeriodKind.range, first, month_end(y, m1), missing)


def _season_years(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "winter 2023/24", "winter 24/25": December of the first year to February of the next."""
    y1, y2 = full_year(g["y1"] or g["y3"]), full_year(g["y2"] or g["y4"])
    if y2 != y1 + 1:
        return None
    first, last = dt.date(y1, 12, 1), month_end(y2, 2)
    return Span(m.start(), m.end(), PeriodKind.range, first, last, note=_season_note("winter"))


def _season_note(season: str) -> str:
    """The convention a season is read with, said once in the answer."""
    start = _SEASONS[season]
    end = (start + 1) % 12 + 1
    return (
        f"Seasons are meteorological: {season} is {dt.date(2000, start, 1):%B} to "
        f"{dt.date(2000, end, 1):%B}."
    )


def _day_range(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    month, d1, d2 = _month_of(g), int(g["d1"]), int(g["d2"])
    if d2 < d1:
        return None
    y, missing = _year_of(g, month, d1, today)
    span = _days(m, dt.date(y, month, d1), dt.date(y, month, d2), missing)
    checks = [(g.get(k), day) for k, day in (("wd1", span.first), ("wd2", span.last))]
    span.note = " ".join(n for said, day in checks if said and (n := _weekday_check(said, day)))
    return span


def _day_list(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    listed = [int(n) for n in re.findall(r"\d{1,2}", m.group(0).split(g["m1"])[0])]
    if listed != list(range(int(g["d1"]), int(g["d2"]) + 1)):
        return None  # not consecutive: not one period
    return _day_range(m, g, today)


def _week_containing(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "the week containing 9 May 2024", "christmas week": the Monday-to-Sunday week."""
    day = _one_day(m, g, today)
    if day is None:
        return None
    first = day.first - dt.timedelta(days=day.first.weekday())
    last = first + dt.timedelta(days=6)
    note = (f"I read the week of {_day_words(day.first)} as the Monday to Sunday week that "
            f"holds it: {_span_words(first, last)}.")  # fmt: skip
    return Span(m.start(), m.end(), PeriodKind.week, first, last, day.year_missing, note)


def _weekend_of_month(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """The first (n-th, last) weekend of a month: its first (n-th, last) Saturday and the
    Sunday after it."""
    month = _month_of(g)
    y, missing = _year_of(g, month, None, today)
    lo, hi = dt.date(y, month, 1), month_end(y, month)
    saturdays = [d for d in (lo + dt.timedelta(days=k) for k in range(hi.day)) if d.weekday() == 5]
    which = _PART_WHICH[g["ww"]]
    if which > len(saturdays):
        return None
    saturday = saturdays[which - 1 if which > 0 else -1]
    sunday = saturday + dt.timedelta(days=1)
    note = f"I read the weekend as its Saturday and Sunday: {_span_words(saturday, sunday)}."
    return Span(m.start(), m.end(), PeriodKind.range, saturday, sunday, missing, note)


# Whose budget year: the country words anywhere in the question ("FY2024 - the US federal
# fiscal year"), with the month it starts in and whether it is named by its last year (the
# US federal FY2024 ends in September 2024) or its first (the UK's 2025/26 starts in April 2025).
_FISCAL_COUNTRY = re.compile(
    r"\b(?P<us>us|u\.s\.|american|federal)\b|\b(?P<uk>uk|u\.k\.|british)\b"
)


def _fiscal_year(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """A state's budget year: the US federal one from 1 October of the year before, the UK's
    from 1 April; no country said, no reading (budget years differ)."""
    country = _FISCAL_COUNTRY.search(g["fc"] or "") or _FISCAL_COUNTRY.search(m.string)
    if country is None:
        return None
    y = full_year(g["fy"])
    if country["us"]:
        first, last = dt.date(y - 1, 10, 1), dt.date(y, 9, 30)
        whose = "the US federal fiscal year"
    else:
        first, last = dt.date(y, 4, 1), dt.date(y + 1, 3, 31)
        whose = "the UK financial year"
    note = f"I read '{m.group(0).strip()}' as {whose}: {_span_words(first, last)}."
    return Span(m.start(), m.end(), PeriodKind.range, first, last, False, note)


def _n_reports(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """N daily reports counted from a report's date or within a month or year, read as the
    days of fighting they cover (each morning report covers the day before): "the last 10
    posts before the 1 June 2025 one" are the reports of 22 to 31 May, 21 to 30 May fought."""
    n = _count(g["rn"])
    if not 1 <= n <= 400:
        return None
    one = dt.timedelta(days=1)
    missing = False
    if g["rrel"]:
        month, d = (_month_of(g), int(g["d1"])) if g["d1"] else (_month_of(g, "m2"), int(g["d2"]))
        y, missing = _year_of(g, month, d, today)
        day = dt.date(y, month, d)
        if g["rrel"] in ("before", "preceding"):
            first_report, last_report = day - n * one, day - one
        elif g["rrel"] in ("after", "following"):
            first_report, last_report = day + one, day + n * one
        else:  # up to (and including) that report
            first_report, last_report = day - (n - 1) * one, day
    else:
        if g["rw"] is None:
            return None  # "10 posts of 2026": which ten is not said
        y = full_year(g["y3"])
        lo, hi = (
            (dt.date(y, _month_of(g, "m3"), 1), month_end(y, _month_of(g, "m3")))
            if g["m3"]
            else (dt.date(y, 1, 1), dt.date(y, 12, 31))
        )
        if g["rw"] in ("last", "final"):
            first_report, last_report = hi - (n - 1) * one, hi
        else:
            first_report, last_report = lo, lo + (n - 1) * one
    first, last = first_report - one, last_report - one
    note = (f"I read the {n} reports dated {_span_words(first_report, last_report)} as the "
            f"fighting they cover (each morning report covers the day before): "
            f"{_span_words(first, last)}.")  # fmt: skip
    return Span(m.start(), m.end(), PeriodKind.range, first, last, missing, note, end_fixed=True)


def _weekday_of(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """The n-th (last) given weekday of a month or a year ("the first Monday of 2025": 6
    January 2025); without a year, the latest one by `today`."""
    weekday, which = _WEEKDAY_FORMS[g["owd"].rstrip(".")], _PART_WHICH[g["ow"]]
    if g["m1"]:
        month = _month_of(g)
        y, missing = _year_of(g, month, None, today)
        lo, hi = dt.date(y, month, 1), month_end(y, month)
    else:
        y, missing = (full_year(g["yy"]), False) if g["yy"] else (today.year, False)
        lo, hi = dt.date(y, 1, 1), dt.date(y, 12, 31)
    days = [d for d in (lo + dt.timedelta(days=k) for k in range((hi - lo).days + 1))
            if d.weekday() == weekday]  # fmt: skip
    if which > len(days):
        return None  # "the fifth Monday of February 2025": there is none
    day = days[which - 1 if which > 0 else -1]
    if missing and day > today:  # the latest such day: a year back
        return _weekday_of(m, {**g, "y1": str(y - 1)}, today)
    note = f"I read '{m.group(0).strip()}' as {day:%A} {_day_words(day)}."
    return Span(m.start(), m.end(), PeriodKind.day, day, day, missing, note)


_TEN_DAYS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "middle": 2, "mid": 2, "third": 3,
             "3rd": 3, "last": 3, "final": 3}  # fmt: skip


def _ten_days(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """The first, middle (second) or last (third) ten days of a month: days 1-10, 11-20, 21
    to the month's end, as dekads count them ("the last ten days" is the last ten, elsewhere)."""
    if g["tu"] and g["tw"] in ("last", "final"):
        return None
    month = _month_of(g)
    y, missing = _year_of(g, month, None, today)
    k = _TEN_DAYS[g["tw"]]
    first = dt.date(y, month, 10 * k - 9)
    last = month_end(y, month) if k == 3 else dt.date(y, month, 10 * k)
    note = ("Ten-day parts of a month are read as days 1-10, 11-20 and 21 to the month's end: "
            f"{_span_words(first, last)}.")  # fmt: skip
    return Span(m.start(), m.end(), PeriodKind.range, first, last, missing, note)


def _week_of(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "the week of 5 February 2024", "w/c 5 feb": seven days from that day."""
    if not g["d1"]:
        g = {**g, "d1": g["d2"], "m1": g["m2"]}
    month, d = _month_of(g), int(g["d1"])
    y, missing = _year_of(g, month, d, today)
    first = dt.date(y, month, d)
    note = _weekday_check(g["wd1"], first) if g.get("wd1") else ""
    return Span(m.start(), m.end(), PeriodKind.week, first, first + dt.timedelta(days=6), missing,
                note)  # fmt: skip


def _dmy_dashed(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "24-Feb-22": the day, with a two- or four-digit year."""
    return _one_day(m, {**g, "y1": str(full_year(g["y1"]))}, today)


def _one_day(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    month, d = _month_of(g), int(g["d1"])
    y, missing = _year_of(g, month, d, today)
    day = dt.date(y, month, d)
    return Span(m.start(), m.end(), PeriodKind.day, day, day, missing)


def _word_day(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "the first of September 2025": a day written as an ordinal word."""
    return _one_day(m, {**g, "d1": str(DAY_ORDINAL_WORDS[g["dw"]])}, today)


def _month(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    month = _month_of(g)
    y, missing = _year_of(g, month, None, today)
    first, last = dt.date(y, month, 1), month_end(y, month)
    return Span(m.start(), m.end(), PeriodKind.month, first, last, missing)


def _part_of_month(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """Early, mid or late in a month."""
    month = _month_of(g)
    y, missing = _year_of(g, month, None, today)
    d1, d2 = _MONTH_PARTS[g["part"] or "mid"]
    d2 = _MONTH_PARTS[g["part2"]][1] if g.get("part2") else d2
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


def _which(digit: str | None, word: str | None, last: int) -> int:
    """A quarter's or half's number: written as a digit, an ordinal, or "last"."""
    return int(digit) if digit else PART_ORDINALS.get(word or "", last)


def _quarter(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    if (g["qn"] or g["qw"] in ("last", "final")) and not (g["y1"] or g["this"] or g["lastyr"]):
        return None  # "1q" alone is no quarter, and "last quarter" the one before this one
    q = _which(g["q"] or g["qn"], g["qw"], 4)
    return _months_from(m, g, today, 3 * q - 2, 3)


def _half(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """A half of a year (H1, the first half of 2024), or of a month: days 1-15, 16 to the end."""
    which = _which(g["h"] or g["hn"], g["hw"], 2)
    if g["m1"] or g["relmo"]:
        month = _month_of(g) if g["m1"] else _relative_month(g, today)[0].month
        y, missing = _year_of({"y1": g["ym"]}, month, None, today)
        if g["relmo"]:
            y, missing = _relative_month(g, today)[0].year, False
        first = dt.date(y, month, 1 if which == 1 else 16)
        last = dt.date(y, month, 15) if which == 1 else month_end(y, month)
        note = "Halves of a month are read as days 1-15 and 16 to the month's end."
        return Span(m.start(), m.end(), PeriodKind.range, first, last, missing, note)
    if g["hn"] and not g["y1"]:
        return None
    return _months_from(m, g, today, 1 if which == 1 else 7, 6)


def _season(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "summer 2024"; "this summer" (the latest begun); "last summer" (the latest over)."""
    span = _months_from(m, g, today, _SEASONS[g["season"]], 3)
    if g["srel"] and g["srel"] != "this" and not g["y1"] and span.last >= today:
        span.first, span.last = (
            with_year(span.first, span.first.year - 1),
            month_end(span.last.year - 1, span.last.month),
        )
    if g["srel"]:
        span.year_missing = False
    if span.first < today < span.last:
        # a season not over runs to yesterday, the last day fought that a report covers
        # (never to its end: reports dated after today are no answer to "this autumn")
        span.last = today - dt.timedelta(days=1)
    span.note = _season_note(g["season"])
    return span


# Early, mid and late in a season (its first, middle, last month) or in a year (its thirds).
_PART_INDEX = {"early": 0, "mid": 1, "late": 2}


def _part_of_season(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "late summer 2023": August 2023, the season's last month (a note says so)."""
    season = _months_from(m, g, today, _SEASONS[g["season"]], 3)
    first = add_months(season.first, _PART_INDEX[g["sp"]])
    if first > today:
        return None
    last = min(month_end(first.year, first.month), today)
    which = ("first", "middle", "last")[_PART_INDEX[g["sp"]]]
    said = m.group(0).strip()
    note = f"I read '{said}' as {first:%B} {first.year}, the {which} month of the season."
    kind = PeriodKind.month if last == month_end(first.year, first.month) else PeriodKind.range
    return Span(m.start(), m.end(), kind, first, last, season.year_missing, note)


def _part_of_year(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "mid-2024": May to August 2024, the middle third of the year (a note says so)."""
    y, k = full_year(g["y1"]), _PART_INDEX[g["yp"]]
    first, last = dt.date(y, 4 * k + 1, 1), month_end(y, 4 * k + 4)
    note = (f"I read '{m.group(0).strip()}' as {first:%B} to {last:%B} {y} (early, mid and late "
            f"as the year's thirds); name the months for another reading.")  # fmt: skip
    return Span(m.start(), m.end(), PeriodKind.range, first, last, False, note)


def _war(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """The first N days, weeks, months or years (or 24 hours) of the full-scale invasion."""
    if g.get("word2"):
        g = {**g, "word": g["word2"], "wn": g["wn2"], "wunit": g["wunit2"]}
    if _vague(g["wn"], g["wunit"]):
        return None
    n, unit = _count(g["wn"]), g["wunit"].rstrip("s")
    if unit == "hour":
        if n % 24:
            return None
        unit, n = "day", n // 24
    k = _ORDINAL_WORDS[g["word"]]
    if unit == "year":
        unit, n = "month", 12 * n
    first, last = _part(WAR_START, dt.date.max, k, n, unit)
    return _days(m, first, last)


def _into_war(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "100 days into the war": the running total to the day the first 100 days end on (3
    June 2022), said."""
    n, unit = _count(g["in"]), g["iu"].rstrip("s")
    if unit == "year":
        unit, n = "month", 12 * n
    _first, day = _part(WAR_START, dt.date.max, 1, n, unit)
    if not WAR_START <= day <= WAR_START + dt.timedelta(days=10000):
        return None
    note = f"I read '{m.group(0)}' as the running total to {_day_words(day)}, that stretch's end."
    return Span(m.start(), m.end(), PeriodKind.day, day, day, note=note, as_of=True)


# Before these words "oct 23" is a month and its year ("in oct 23"); elsewhere a day ("on oct 23").
_MONTH_YEAR_LEAD = re.compile(
    r"\b(?:in|during|for|throughout|over|across|of|whole|all|entire|month)\s+$"
)


def _month_number(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "oct 23": October 2023 where a month is asked about ("in oct 23"), else 23 October;
    the answer says which reading was taken when the number could be a year of the war."""
    month, num = _month_of(g), int(g["num"])
    could_be_year = WAR_START.year <= 2000 + num <= today.year
    # "mar-24" as spreadsheets write a month and its year
    lead = bool(_MONTH_YEAR_LEAD.search(m.string[: m.start()])) or g["hy"] == "-"
    as_year = could_be_year and (num > 31 or lead)
    if not could_be_year and num > 31:
        return None
    said = m.group(0)
    if as_year:
        y = 2000 + num
        whole = Span(m.start(), m.end(), PeriodKind.month, dt.date(y, month, 1),
                     month_end(y, month))  # fmt: skip
        other = f"{num} {whole.first:%B}"
        whole.note = f"I read '{said}' as {whole.first:%B} {y} (for {other}, write '{other}')."
        return whole
    span = _one_day(m, {"m1": g["m1"], "d1": g["num"]}, today)
    if span is not None and could_be_year:
        day = _day_words(span.first)
        span.note = (
            f"I read '{said}' as {day} (for the month of {span.first:%B} 20{num}, "
            f"write '{span.first:%B} 20{num}')."
        )
    return span


def _anniversary(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "the 3rd anniversary": 24 February 2025, the day the war's third year ended."""
    n = _nth(g["an"])
    if not 0 < n <= 20:
        return None
    day = with_year(WAR_START, WAR_START.year + n)
    note = f"I read the {_ordinal(n)} anniversary of the invasion as {_day_words(day)}."
    return Span(m.start(), m.end(), PeriodKind.day, day, day, note=note)


def _anniversaries(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "between the 2nd and 3rd anniversaries": 24 February 2024 to 23 February 2025; "the year
    up to the 3rd anniversary": the same year; "the year after it": the next one."""
    if g["an1"] is None:
        a, b = _nth(g["aa"]), _nth(g["ab"])
        said = f"the period between the {_ordinal(a)} and {_ordinal(b)} anniversaries"
    elif g["around"]:
        return None  # "the year of the 3rd anniversary" is no span the grammar can name
    else:
        n = _nth(g["an1"])
        a, b = (n - 1, n) if g["up"] else (n, n + 1)
        said = f"the year {'up to' if g['up'] else 'after'} the {_ordinal(n)} anniversary"
    if not 0 <= a < b <= 20:
        return None
    first, last = _between_anniversaries(a, b)
    note = f"I read {said} of the invasion as {_span_words(first, last)}."
    return Span(m.start(), m.end(), PeriodKind.range, first, last, note=note)


def _war_day(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "day 1000 of the war": counted from 24 February 2022 as day 1."""
    raw = g["dn"] or g["dth"] or g["d1"] or g.get("dh") or ""
    n = 1 if raw == "one" else int(raw.replace(",", ""))
    if not 0 < n <= 10000:
        return None
    day = WAR_START + dt.timedelta(days=n - 1)
    if g.get("dh") and day > today:
        return None  # "day 2024" alone is a year said after "day", not a day yet to come
    note = f"I read day {n} of the war as {_day_words(day)} (24 February 2022 is day 1)."
    return Span(m.start(), m.end(), PeriodKind.day, day, day, note=note)


def _war_days(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "between day 500 and day 600 of the invasion": 24 February 2022 is day 1."""
    a, b = (int(g[k].replace(",", "")) for k in ("wa", "wb"))
    if not 0 < a < b <= 10000:
        return None
    first, last = (WAR_START + dt.timedelta(days=n - 1) for n in (a, b))
    note = (f"I read days {a} to {b} of the war as {_span_words(first, last)} (24 February 2022 "
            "is day 1).")  # fmt: skip
    return Span(m.start(), m.end(), PeriodKind.range, first, last, note=note)


def _war_year(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "year 3 of the war": 24 February 2024 to 23 February 2025."""
    n = _nth(g["yn"] or g["yw"])
    if not 0 < n <= 20:
        return None
    return _days(m, *_between_anniversaries(n - 1, n))


def _between_anniversaries(a: int, b: int) -> tuple[dt.date, dt.date]:
    """From the a-th anniversary of the invasion (0: its first day) to the day before the
    b-th: the war's years a+1 to b."""
    first = with_year(WAR_START, WAR_START.year + a)
    return first, with_year(WAR_START, WAR_START.year + b) - dt.timedelta(days=1)


def _nth(raw: str) -> int:
    """ "third", "3rd", "3" or "three" as a number."""
    digits = raw.rstrip("stndrh")
    if digits.isdigit():
        return int(digits)
    return _ORDINAL_WORDS.get(raw) or _COUNT_WORDS.get(raw, 0)


def _ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th ... 11th, 12th, 13th, 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _year_range(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "2022-2023", "2022-23": 1 January of the first year to 31 December of the last."""
    first, last = int(g["y1"]), full_year(g["y2"])
    if last <= first or (len(g["y2"]) == 2 and last != first + 1):
        return None
    if len(g["y2"]) == 2:
        note = (f"I read '{m.group(0)}' as {first} and {last} together, 1 January {first} to "
                f"31 December {last}.")  # fmt: skip
        return Span(m.start(), m.end(), PeriodKind.range, dt.date(first, 1, 1),
                    dt.date(last, 12, 31), note=note)  # fmt: skip
    return Span(m.start(), m.end(), PeriodKind.range, dt.date(first, 1, 1), dt.date(last, 12, 31))


def _year(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    y = full_year(g["y1"])
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
        ("iso_compact", _iso_day),
        ("iso_month", _iso_month),
        ("ymd", _iso_day),
        ("week_numeric", _week_numeric),
        ("numeric_dm_range", _numeric_range),
        ("numeric_md_range", _numeric_range),
        ("numeric_range", _numeric_range),
        ("numeric_range_noyear", _numeric_range),
        ("numeric_day", _numeric_day),
        ("numeric_month", _iso_month),
        ("numeric_dm_stated", _numeric_dm_stated),
        ("iso_weeks", _iso_weeks),
        ("either_side", _either_side),
        ("iso_week", _iso_week),
        ("year_month", _year_month),
        ("month_range", _months_between),
        ("fiscal_year", _fiscal_year),
        ("n_reports", _n_reports),
        ("before_dm", _before_day),
        ("before_md", _before_day),
        ("week_containing", _week_containing),
        ("week_of", _week_of),
        ("dm_list", _day_list),
        ("dm_range", _day_range),
        ("weekday_dm", _weekday_day),
        ("weekday_md", _weekday_day),
        ("before_month", _before_day),
        ("md_range", _day_range),
        ("dmy_dashed", _dmy_dashed),
        ("dm", _one_day),
        ("dm_words", _word_day),
        ("md_words", _word_day),
        ("month_number", _month_number),
        ("md", _one_day),
        ("end_of", _end_of),
        ("year_part", _year_part),
        ("quarter", _quarter),
        ("half", _half),
        ("weekday_of", _weekday_of),
        ("weekend_of_month", _weekend_of_month),
        ("ten_days", _ten_days),
        ("part_of_period", _part_of_period),
        ("start_of", _start_of),
        ("start_of_season", _start_of_season),
        ("season_years", _season_years),
        ("part_of_season", _part_of_season),
        ("part_of_year", _part_of_year),
        ("season", _season),
        ("part", _part_of_month),
        ("anniversaries", _anniversaries),
        ("before_war_day", _before_day),
        ("anniversary", _anniversary),
        ("war_days", _war_days),
        ("war_day", _war_day),
        ("war_year", _war_year),
        ("war", _war),
        ("into_war", _into_war),
        ("month", _month),
        ("year_range", _year_range),
        ("year", _year),
    )
)


def _may_is_a_verb(match: re.Match[str], work: str) -> bool:
    """ "May" alone is the month only after a word that introduces a date ("in May")."""
    if match.group(0).rstrip(". ") != "may":
        return False  # "7 May", "May 2024", "the first week of May": the month
    before = work[max(0, match.start() - 20) : match.start()]
    return not _MAY_AS_MONTH.search(before)


@functools.cache
def _rule_families() -> tuple[tuple[tuple[str, ...], ...], tuple[int, ...]]:
    """The distinct word sets the date rules need (`prefilter.wide_needs`: a month name, a
    weekday, "week"...), and each rule's one, worked out once; a set shared by many rules is
    tested once a text."""
    needs = [wide_needs(rule.pattern) for rule in DATE_RULES]
    families = tuple(dict.fromkeys(needs))
    return families, tuple(families.index(n) for n in needs)


def find_dates(work: str, today: dt.date) -> list[Span]:
    """Every date expression in `work` (normalised text), by the rules in order."""
    spans: list[Span] = []
    text = folded(work)
    families, family_of = _rule_families()
    possible = [may_match(needs, text) for needs in families]
    for rule, family in zip(DATE_RULES, family_of, strict=True):
        if not possible[family]:  # a word test skips most rules (issue 13 req 7)
            continue
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


# Words that state a convention the grammar already follows, read as such: ranges count
# both ends ("inclusive"), and weeks run Monday to Sunday ("(mon-sun weeks)", "iso weeks").
# A convention it does not follow ("sunday to saturday weeks") is left unread.
# "mon-sun", "monday to sunday", "monday-to-sunday"
_MON_SUN = r"mon(?:day)?\s*(?:-?\s*(?:to|through|thru)\s*-?|-|–)\s*sun(?:day)?"
CONVENTION_RE = re.compile(
    # "(counting 24 Feb 2022 as day 1)": the war's days as the grammar counts them
    r"(?:,\s*)?(?:\(\s*)?\b(?:counting|taking|with|where|if)\s+(?:24(?:th)?\s+feb(?:ruary|\.)?"
    r"(?:\s+2022)?|the\s+(?:first|1st)\s+day(?:\s+of\s+the\s+(?:war|invasion))?|the\s+invasion"
    r"(?:\s+day)?)\s+(?:as|is|=)\s+day\s+(?:1|one)\b(?:\s*\))?|"
    r"\(\s*24(?:th)?\s+feb(?:ruary|\.)?(?:\s+2022)?\s*(?:=|is|as)\s*day\s+(?:1|one)\s*\)|"
    r"(?:,\s*)?(?:\(\s*)?(?:\b(?:both\s+)?(?:(?:dates?|days?|ends?)\s+)?inclusive\b(?!\s+of\b)|"
    r"\b(?:(?:iso|calendar)\s+weeks?(?![\s#.]*(?:of|in|containing|including|with|no\b|number|"
    rf"\d))(?:\s*,?\s*{_MON_SUN})?|(?:weeks?\s+)?{_MON_SUN}\s+weeks?|"
    rf"weeks?\s+{_MON_SUN}|weeks?\s+(?:starting|beginning|running\s+from)\s+(?:on\s+)?mondays?(?!,?\s*\d)|"
    rf"(?<=\()\s*{_MON_SUN}(?=\s*\))))(?:\s*\))?"
)


# Asking which days a period is ("which days, and does it check out?"): the answer says them.
PERIOD_ASKED_RE = re.compile(r"\b(?:which|what)\s+(?:days?|dates?|period|stretch)\b")


# -- how date expressions in one question qualify each other ---------------------------------

# a quote may close before the bracket: "... on dec. 3" (2024)
_OPEN_BRACKET = re.compile(r"\s*[\"'”’»]?\s*[(\[]\s*")
# A bracket that names what its date is ("(easter sunday was 5 may)", "(i.e. 24-26 dec)").
_LABELLED_BRACKET = re.compile(
    r"\s*[(\[]\s*(?:i\.?e\.?,?|that\s+is,?|[a-z' ]{2,30}?\s+(?:was|is|fell\s+on|falls\s+on|"
    r"being)|[a-z' ]{2,30}?\s*[:=])\s*"
)
# Days of the month named after a part of it: "(16th onwards)", ", from the 20th through the
# 28th", "(days 1-15)"; without brackets, an ordinal and a second day or "onwards".
_DAYS_AFTER = re.compile(
    r"\s*(?:(?P<open>[(\[])|,|:|-)?\s*(?:(?:i\.?e\.?|that\s+is|so|namely|meaning|specifically|"
    r"precisely|exactly|just|only)\s*,?\s+)?(?:days?\s+)?"
    r"(?P<from>from\s+)?(?:the\s+)?(?P<d1>[0-3]?\d)(?P<o1>st|nd|rd|th)?(?:\s*(?P<on>onwards?|"
    r"on|and\s+after|to\s+(?:the\s+)?(?:month[- ]?)?end)|\s*(?:-|to|until|till|through|thru)\s*"
    r"(?:the\s+)?(?P<d2>[0-3]?\d)(?P<o2>st|nd|rd|th)?)?(?(open)\s*[)\]])(?![\w,.]\d)"
)
# A period run on to the end of its year or month: "to year end", "until the end of that
# year", "to end of august".
_TO_THE_END = re.compile(
    rf"\s*[)\]]?\s*,?\s*(?:-|to|until|till|through|thru|up\s+to)\s+(?:the\s+)?(?:(?P<unit>year|month)"
    rf"(?:'?s)?[- ]?end|end[- ]of[- ](?:the\s+|that\s+|this\s+)?(?:(?P<unit2>year|month)|"
    rf"{_m('m1')}(?:,?\s+{_y('y1')})?))\b"
)
_CLOSE_BRACKET = re.compile(r"\s*[)\]]")
_RANGE_GAP = re.compile(r"\s*(?:-|to|until|till|through|thru)\s*")
# "the report of 20 December", "the update dated 20.12.2024": a report, which covers the day
# before its date; "20 december's report", "the 20 dec update". Not "for" or "on": "what did
# they report for 8 December" is the verb, and asks about that day.
_REPORT_KIND = r"(?:(?:morning|evening|daily|nightly|latest|regular|official)\s+)?"
_REPORT_NOUN = r"(?:report|update|summary|bulletin|sitrep|briefing|post)"
_REPORT_OF = re.compile(
    rf"(?:'s\s+)?\b{_REPORT_KIND}{_REPORT_NOUN}\s+(?:dated|of|from|(?:published|issued|released)"
    r"\s+on)\s*$"
    # "the figures released on 1 dec", "the numbers the general staff published on 1 dec"
    r"|\b(?:figures?|numbers?|data|tally|count|stats|statistics|losses|report|update|post)\s+"
    r"(?:[a-z']+\s+){0,3}?(?:(?:that\s+)?(?:was|were)\s+)?(?:released|published|posted|issued|"
    r"put\s+out|came\s+out|out)\s+(?:on\s+)?$"
    # "the official update on dec 1": the noun after a determiner ("report on" is a verb too)
    rf"|\b(?:the|this|that|its|their)\s+{_REPORT_KIND}{_REPORT_NOUN}\s+on\s*$"
    # "what did the daily report say for artillery on 20 oct": the report as the one saying
    rf"|\b(?:the|this|that|its|their)\s+{_REPORT_KIND}{_REPORT_NOUN}\s+(?:say|said|says|show|"
    r"showed|shows|give|gave|gives|list|listed|lists)\s+(?:[\w',-]+\s+){0,5}?on\s*$"
    # "what did the General Staff say on 3 March", "what did the GS announce on 1 dec": a body
    # that speaks once a day, in its report, speaking on a day is that day's report (the date
    # right after the verb: in "say about losses on 11 nov" it is the losses' day)
    # (the claimant is blanked out of the words read here: "what did ___ say on", and the
    # Ukrainian and Russian order "що повідомив Генштаб 3 березня" as "what reported ___")
    r"|\b(?:general\s+staff|gs|genshtab|zsu|afu|did)\s+(?:say|announce|publish|post|put\s+out|"
    r"claim|tell\s+us|state|report)\s+on\s*$"
    r"|\b(?:said|announced|reported|stated|published|posted)\s{3,}$"
    # "in the General Staff report last Tuesday", "what did the GS report yesterday": the
    # day right after the word, with no "for" or "on" between, is the report's date
    rf"|(?<!\bto\s)\b{_REPORT_KIND}(?:report|update|summary|bulletin|sitrep|post)\s+$"
    # "the total on the morning of 24 Feb 2023": what that morning's report published
    r"|\b(?:(?:on|in|by)\s+)?the\s+morning\s+of\s*$"
)
# A weekday's report in Ukrainian and Russian word order: "у зведенні Генштабу минулого
# вівторка", "в сводке в прошлый четверг" ("in" before the day); not a date ("у звіті за
# 30.11": the report for that day, which the rows above read as its day).
_REPORT_IN = re.compile(r"\b(?:report|update|summary|bulletin|sitrep)\s+in\s+$")
_WEEKDAY_NAMED = re.compile(rf"\b(?:{alternation(WEEKDAYS)}|yesterday)\b")
_REPORT_AFTER = re.compile(
    rf"(?:'s)?\s+{_REPORT_KIND}(?:report|update|summary|bulletin|sitrep|briefing|post)\b"
)
_SINCE_BEFORE = re.compile(r"\bsince\s*$")
# "over the past day" beside a report's day ("the report of 20 December ... over the past
# day") is the day that report covers, not the day before today.
_PAST_DAY = re.compile(r"(?:the\s+)?(?:last|past|previous)\s+(?:24\s*(?:hours|hrs|hr|h)|day)")


def qualify(work: str, spans: list[Span]) -> tuple[list[Span], list[Span]]:
    """The spans (in text order) after the rows below read them together, and the spans they
    folded into others (their words are read too):
    - dates in brackets restate or narrow the one before them ("xmas 2024 (24-26 dec)", "the
      4th year of the war (24 feb 2025 - 23 feb 2026)"): the bracketed dates are the period;
    - a single report's date is the day of fighting before it ("the report of 20 December"),
      and "over the past day" beside it is that day;
    - a relative phrase beside a named day counts from that day ("newsweek 3 dec 2024: 11,390
      last week"), and "the past day" in a statement of D is the day before D;
    - "since D0" after a report's or article's date D ("newsweek feb 9 2024: 42 tanks since
      feb 3") is the fighting after D0 up to the day before D, as such reports count."""
    out: list[Span] = []
    folded: list[Span] = []
    spans = _year_then_days(work, spans)
    spans, folded = _weekday_beside(work, spans)
    i = 0
    while i < len(spans):
        span, used = _bracketed(work, spans, i)
        span = _to_the_end(work, _days_after(work, _whole(work, _event_dated(work, span))))
        if used:
            folded += spans[i + 1 : i + 1 + used]
        # A day restated in brackets is still a report's date when a report names it ("the
        # figure published on victory day (9 may) 2024").
        if span.kind == PeriodKind.day and (words := _report_words(work, span)) is not None:
            span = _report_day(span, words)
        out.append(span)
        i += 1 + used
    out, folded = _asked_in_the_last_clause(work, out, folded)
    out, folded = _that_unit(work, out, folded)
    past_day = [s for s in out if _PAST_DAY.fullmatch(work, s.start, s.end)]
    if past_day and any(s.report_date for s in out):
        out = [s for s in out if s not in past_day]
        folded += past_day
    out, folded = _relative_to_date(work, out, folded)
    out, folded = _without_edge_month(work, out, folded)
    # "november 2024 minus the first week, so the 8th to the 30th": the days restate the cut
    out = [_days_after(work, s, inside=True) for s in _without_edge_days(work, out)]
    out = [s for s in out if not s.anchor_only]  # "in just three days" of no date: unread
    out, folded = _between_reports(work, out, folded)
    return _since_report(work, out, folded)


# "between the 1 and 8 March reports", "between the reports of 3 and 10 June", "from the 1
# March report to the 8 March one": the change from one report to the other, which is the
# fighting from the first report's date to the day before the second's.
_REPORTS = r"(?:reports|updates|bulletins|summaries)"
_REPORTS_OF = rf"{_REPORTS}\s+(?:of|dated|from|for)\s+"
_BETWEEN_BEFORE = re.compile(rf"\b(?:between|from)\s+(?:the\s+)?(?:{_REPORT_KIND}{_REPORTS_OF})?$")
_REPORTS_AFTER = re.compile(rf"^(?:'s)?\s+(?:{_REPORT_KIND})?(?:{_REPORTS}|sitreps|tallies)\b")
_REPORTS_OF_BEFORE = re.compile(rf"\b{_REPORTS_OF}$")
_THE_SAME_ONE = re.compile(r"\s+one\b")
_TWO_REPORTS_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*(?:the\s+)?")


# Where one sentence (or a clause set off by a dash or a semicolon) ends and the next begins:
# "... every monday. last week's issue ...", "about the autumn fighting - what were ...".
_CLAUSE_END = re.compile(
    r"(?<!\bno)(?<!\bvs)(?<!\bst)(?<!\bca)(?<!\bapprox)(?<!\betc)(?<!e\.g)(?<!i\.e)"
    r"(?<=[a-z0-9)\"'’])[.?!;]+[\"'’)]*\s+(?=\S)"
    r"|\s+(?:-|–|—)\s+"
)


def _asked_in_the_last_clause(
    work: str, spans: list[Span], folded: list[Span]
) -> tuple[list[Span], list[Span]]:
    """The dates of the question's own clause when earlier clauses only set the scene with
    loose dates ("we send a newsletter every monday. ... what did the post of sunday 9
    november 2025 add?", "the figures we ran last spring ... what were losses in april
    2024?"): a loose date (relative to today, or without its year) before them is context,
    read as such and named in a note, never the period asked; a written date in the last
    clause is the period."""
    if len(spans) < 2:
        return spans, folded
    ends = [m.end() for m in _CLAUSE_END.finditer(work)]
    last_start = max((e for e in ends if e <= spans[-1].start), default=0)
    asked = [s for s in spans if s.start >= last_start]
    context = [s for s in spans if s.start < last_start]
    if not context or not all(_loose(work, s) for s in context):
        return spans, folded
    if not work[last_start : asked[0].start].strip() or not work[
        context[-1].end : last_start
    ].strip(" -–—"):
        return spans, folded  # "3 feb - 9 feb 2025": a range's two ends, not two clauses
    if any(_loose(work, s) for s in asked):
        return spans, folded
    said = ", ".join(f"'{work[s.start : s.end].strip()}'" for s in context)
    first = asked[0]
    note = (f"I read the period from the question itself ({_span_words(first.first, first.last)});"
            f" {said} before it only set the scene.")  # fmt: skip
    first.note = f"{first.note} {note}".strip()
    return asked, [*folded, *context]


_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b|'\d\d\b")
_LOOSE_WORD = re.compile(r"\b(?:last|this|past|previous|current|next|recent|every)\b")


def _loose(work: str, span: Span) -> bool:
    """Whether a date is said only loosely: without its year, or relative to today ("last
    spring", "the sunday post", "every monday") with no year written."""
    if span.year_missing:
        return True
    if _WRITTEN_YEAR.search(work, span.start, span.end):
        return False
    return bool(
        _RELATIVE_RE.search(work, span.start, span.end)
        or _LOOSE_WORD.search(work, span.start, span.end)
    )


# A week, month or year named by the date said before it: "later that month", "earlier in
# the same year", "the rest of that week", "that month", "the worst day of the year" (after
# "28 feb 2025": 2025).
_THAT_UNIT = re.compile(
    # never a unit turned down ("one day only, not the month")
    r"(?<!\bnot\s)(?<!\bno\s)(?<!\bnever\s)(?<!\bthan\s)"
    r"\b(?:(?P<dir>later|earlier)\s+(?:on\s+)?(?:in\s+)?|(?:the\s+)?(?P<rest>rest|remainder)\s+of\s+)?"
    r"(?:that|the\s+same|the)\s+(?:calendar\s+)?(?P<unit>week|month|year)\b(?!\s+(?:before|after|"
    r"to|of|since|ago|so\s+far)\b)"
)


def _unit_around(day: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The Monday-to-Sunday week, the month or the year that holds `day`."""
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        return day.replace(day=1), month_end(day.year, day.month)
    return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)


def _that_unit(work: str, spans: list[Span], folded: list[Span]) -> tuple[list[Span], list[Span]]:
    """A unit named by the day said before it (see `_THAT_UNIT`), read from that day: "was
    7 February 2023 beaten later that month?" is 8 to 28 February 2023; the day itself is
    folded into it as what it is counted from."""
    for m in _THAT_UNIT.finditer(work):
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        before = [k for k, s in enumerate(spans) if s.end <= m.start()]
        if not before:
            continue
        anchor = spans[before[-1]]
        if anchor.kind != PeriodKind.day or _RELATIVE_RE.fullmatch(work, anchor.start, anchor.end):
            continue  # only a written day names "that month"; today's units are rows of their own
        lo, hi = _unit_around(anchor.first, m["unit"])
        if m["dir"] == "earlier":
            hi = anchor.first - dt.timedelta(days=1)
        elif m["dir"] or m["rest"]:
            lo = anchor.last + dt.timedelta(days=1)
        if lo > hi:
            continue
        said = m.group(0).strip()
        note = f"I read '{said}' from {_day_words(anchor.first)}: {_span_words(lo, hi)}."
        kind = PeriodKind.day if lo == hi else PeriodKind.range
        unit = Span(m.start(), m.end(), kind, lo, hi, anchor.year_missing, note)
        rest = [s for k, s in enumerate(spans) if k != before[-1]]
        return sorted([*rest, unit], key=lambda s: s.start), [*folded, anchor]
    return spans, folded


# "the Monday after 9 May 2025", "the weekend before Christmas 2024", "to the Sunday after it":
# a weekday (weekend) counted from the day beside it, or from the date before it that "it" or
# "that" stands for, never from today.
_BESIDE_DIRECTION = re.compile(
    r"\s+(?:right\s+|just\s+|immediately\s+|directly\s+)?(?:(?P<after>after|following)|"
    r"(?P<before>before|preceding|prior\s+to))\s+"
)
_DAY_REFERRED = re.compile(r"(?:it|that|this|then|that\s+(?:day|date)|the\s+latter)\b")
_THE_BEFORE = re.compile(r"\bthe\s+$")


def _weekday_from(anchor: dt.date, weekday: int, after: bool) -> dt.date:
    """The first such weekday after (or the last before) `anchor`, never `anchor` itself."""
    if after:
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7 or 7)


def _weekday_beside(work: str, spans: list[Span]) -> tuple[list[Span], list[Span]]:
    """Weekdays and weekends said after or before a day (see `_BESIDE_DIRECTION`), read from
    that day; the day's own words are folded into them (a day "it" stands for stays read)."""
    out: list[Span] = []
    folded: list[Span] = []
    i = 0
    while i < len(spans):
        rel = spans[i]
        m = _RELATIVE_RE.fullmatch(work, rel.start, rel.end)
        way = _BESIDE_DIRECTION.match(work, rel.end) if m else None
        if m is None or way is None or not (m["weekday"] or m["weekend"]):
            out.append(rel)
            i += 1
            continue
        after = way["after"] is not None
        referred = _DAY_REFERRED.match(work, way.end())
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if referred is not None and out:
            anchor_span, end, used = out[-1], referred.end(), 0
        elif nxt is not None and nxt.start == way.end():
            anchor_span, end, used = nxt, nxt.end, 1
        else:
            out.append(rel)
            i += 1
            continue
        anchor = anchor_span.last if after else anchor_span.first
        if m["weekend"]:
            first = _weekday_from(anchor, 5, after) if after else (
                _weekday_from(anchor, 6, after) - dt.timedelta(days=1))  # fmt: skip
            last = first + dt.timedelta(days=1)
        else:
            first = last = _weekday_from(anchor, WEEKDAYS[m["weekday"]], after)
        the = _THE_BEFORE.search(work, max(0, rel.start - 4), rel.start)
        start = the.start() if the is not None and not m["weekend"] else rel.start
        said = work[start:end].strip()
        note = f"I read '{said}' as {_span_words(first, last)}."
        kind = PeriodKind.day if first == last else PeriodKind.range
        out.append(Span(start, end, kind, first, last, anchor_span.year_missing, note))
        folded += spans[i + 1 : i + 1 + used]
        i += 1 + used
    return out, folded


def _between_reports(
    work: str, spans: list[Span], folded: list[Span]
) -> tuple[list[Span], list[Span]]:
    """The change between two reports named by their dates: the fighting from the first
    report's date to the day before the second's (as one report minus the other counts it)."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        span, nxt = spans[i], spans[i + 1] if i + 1 < len(spans) else None
        before = work[max(0, span.start - 40) : span.start]
        if (
            span.kind == PeriodKind.range
            and _BETWEEN_BEFORE.search(before)
            and (_REPORTS_AFTER.match(work[span.end :]) or _REPORTS_OF_BEFORE.search(before))
        ):
            out.append(_report_change(span.start, span.end, span.first, span.last, span))
            i += 1
            continue
        if (
            nxt is not None
            and (ends := _two_report_dates(work, span, nxt)) is not None
            and ends[0] < ends[1]
            and _BETWEEN_BEFORE.search(before)
            and _TWO_REPORTS_JOIN.fullmatch(work, span.end, nxt.start)
        ):
            out.append(_report_change(span.start, nxt.end, *ends, nxt))
            folded.append(nxt)
            i += 2
            continue
        out.append(span)
        i += 1
    return out, folded


def _two_report_dates(work: str, first: Span, second: Span) -> tuple[dt.date, dt.date] | None:
    """The dates of two reports named one after the other: each read as a report's date, or
    two days with "reports" after the second ("the 1 March and 8 March reports")."""
    if first.report_date is not None and second.report_date is not None:
        return first.report_date, second.report_date
    if first.report_date is not None and _THE_SAME_ONE.match(work, second.end):
        # "from the 1 April 2026 report to the 15 April one": the year written once
        day = (
            with_year(second.first, first.report_date.year) if second.year_missing else second.first
        )
        return first.report_date, day
    if first.kind == second.kind == PeriodKind.day and _REPORTS_AFTER.match(work[second.end :]):
        day = with_year(first.first, second.first.year) if first.year_missing else first.first
        return day, second.first
    return None


def _report_change(start: int, end: int, first: dt.date, second: dt.date, span: Span) -> Span:
    """The fighting between the report dated `first` and the one dated `second`."""
    last = second - dt.timedelta(days=1)
    note = (f"I read the change between the reports of {_day_words(first)} and "
            f"{_day_words(second)} as the fighting from {_span_words(first, last)}: each report "
            "covers the day before it.")  # fmt: skip
    kind = PeriodKind.day if first == last else PeriodKind.range
    return Span(start, end, kind, first, last, span.year_missing, note, end_fixed=True)


# "2025 except December", "2024, excluding january", "the year without its last month".
_EXCEPT = re.compile(
    # "the whole 2024 calendar year minus December": the period's own noun before the word
    r"(?:\s+(?:calendar\s+|whole\s+|full\s+)?year)?"
    r"\s*,?\s*(?:but\s+)?(?:except(?:\s+for)?|excluding|without|not\s+counting|minus|bar"
    r"|apart\s+from|other\s+than|less|save\s+for|leaving\s+out)\s+(?:the\s+month\s+of\s+|the\s+)?"
)


def _without_edge_month(
    work: str, spans: list[Span], folded: list[Span]
) -> tuple[list[Span], list[Span]]:
    """A period less its first or last months, said right after it ("2025 except December":
    January to November 2025; "2025 without January and February": March to December); a
    month inside the period is no edge and stays unread."""
    ordered = sorted(spans, key=lambda s: s.start)
    for i, outer in enumerate(ordered[:-1]):
        month = ordered[i + 1]
        # "apart from november and december": "from" read with the months as their range
        gap = work[outer.end : month.start] + (
            "from " if work.startswith("from ", month.start) else ""
        )
        if not _EXCEPT.fullmatch(gap) or not _whole_months(month) or outer.kind == PeriodKind.day:
            continue
        months = _months_listed(work, ordered, i + 1)
        cut = _edge_cut(outer, months)
        if cut is None:
            continue
        first, last = cut
        note = f"I read the period as {_span_words(first, last)}."
        joined = Span(outer.start, months[-1].end, PeriodKind.range, first, last,
                      outer.year_missing, note, end_fixed=True)  # fmt: skip
        kept = [joined if s is outer else s for s in spans if not any(s is m for m in months)]
        return kept, [*folded, *months]
    return spans, folded


# Months listed one after another: "january, february and march", "jan & feb".
_MONTH_AND = re.compile(r"\s*(?:,\s*(?:and\s+|&\s*)?|and\s+|&\s*)")


def _months_listed(work: str, ordered: list[Span], i: int) -> list[Span]:
    """The month at `ordered[i]` and the months listed right after it."""
    run = [ordered[i]]
    for later in ordered[i + 1 :]:
        if not _whole_months(later) or not _MONTH_AND.fullmatch(work, run[-1].end, later.start):
            break
        run.append(later)
    return run


def _whole_months(span: Span) -> list[int]:
    """The months `span` is, when it is whole months of one year ("march", "from november and
    december"), else none."""
    if span.kind not in (PeriodKind.month, PeriodKind.range) or span.first.day != 1:
        return []
    last = span.last
    if span.first.year != last.year or last != month_end(last.year, last.month):
        return []
    return list(range(span.first.month, last.month + 1))


def _edge_cut(outer: Span, months: list[Span]) -> tuple[dt.date, dt.date] | None:
    """`outer` less `months` when they are a run of whole months at its start or its end (in
    its year), else None."""
    numbers = sorted(n for m in months for n in _whole_months(m))
    if not numbers or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    lo, hi = numbers[0], numbers[-1]

    def in_year(year: int) -> bool:
        return all(m.year_missing or m.first.year == year for m in months)

    year = outer.last.year
    if (outer.last.month, outer.last.day) == (hi, month_end(year, hi).day) and in_year(year):
        first, last = outer.first, dt.date(year, lo, 1) - dt.timedelta(days=1)
    elif (outer.first.month, outer.first.day) == (lo, 1) and in_year(outer.first.year):
        first, last = month_end(outer.first.year, hi) + dt.timedelta(days=1), outer.last
    else:
        return None
    return (first, last) if first <= last else None


# "November 2024 excluding the first week", "2025 minus the last 10 days", "the month bar its
# final fortnight": a period less some days at one of its edges, said right after it.
_EDGE_DAYS = re.compile(
    _EXCEPT.pattern + r"(?:very\s+)?(?P<edge>first|opening|last|final|closing)\s+"
    r"(?:(?P<n>\d{1,3}|" + alternation(SMALL_COUNTS) + r")\s+)?(?P<unit>days?|weeks?|fortnight)\b"
)
_EDGE_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14}


def _without_edge_days(work: str, spans: list[Span]) -> list[Span]:
    """A period less its first or last days ("November 2024 excluding the first week": 8 to
    30 November), the words read with it; a cut as long as the period leaves it alone."""
    out: list[Span] = []
    for span in spans:
        hit = _EDGE_DAYS.match(work, span.end)
        if hit is None or span.kind == PeriodKind.day:
            out.append(span)
            continue
        n = hit.group("n")
        count = (int(n) if n.isdigit() else SMALL_COUNTS[n]) if n else 1
        cut = dt.timedelta(days=count * _EDGE_UNIT_DAYS[hit.group("unit")] - 1)
        if hit.group("edge") in ("first", "opening"):
            first, last = span.first + cut + dt.timedelta(days=1), span.last
        else:
            first, last = span.first, span.last - cut - dt.timedelta(days=1)
        if last < first:
            out.append(span)
            continue
        note = f"I read the period as {_span_words(first, last)}."
        out.append(Span(span.start, hit.end(), PeriodKind.range, first, last,
                        span.year_missing, note, end_fixed=True))  # fmt: skip
    return out


# A year, then the days of it asked: "the first working week of 2025, mon 6 to fri 10 january".
_YEAR_THEN = re.compile(
    r"\s*[,:;]\s*(?:(?:i\.?e\.?|that\s+is|namely)\s*,?\s*)?(?:from\s+|between\s+)?"
    # said aloud, with no comma: "for 2023 all of it from january first to december 31st"
    r"|\s*[,:;-]?\s*(?:(?:all\s+of\s+it|the\s+whole\s+(?:year|thing)|in\s+full|so)\s*,?\s*)?"
    r"(?:from|between)\s+"
)


_DAYS_JOIN = re.compile(r"\s*(?:-|–|to|until|till|through|thru|and)\s*")


def _days_joined(work: str, first: Span, last: Span) -> bool:
    """Two days without a year, joined as a range's ends ("january 1 to december 31")."""
    return (
        first.kind == last.kind == PeriodKind.day
        and first.year_missing
        and last.year_missing
        and bool(_DAYS_JOIN.fullmatch(work, first.end, last.start))
        and (first.first.month, first.first.day) <= (last.first.month, last.first.day)
    )


def _year_then_days(work: str, spans: list[Span]) -> list[Span]:
    """A year followed by days written without one (after a comma or a colon) is read as those
    days of that year, the year's words read with them."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        year, days = spans[i], spans[i + 1] if i + 1 < len(spans) else None
        if (
            days is not None
            and year.kind == PeriodKind.year
            and days.year_missing
            and days.kind in (PeriodKind.day, PeriodKind.range, PeriodKind.week)
            and _YEAR_THEN.fullmatch(work, year.end, days.start)
            and days.first.year == days.last.year
        ):
            y = year.first.year
            to = spans[i + 2] if i + 2 < len(spans) else None
            if to is not None and _days_joined(work, days, to):
                # "2023 from january 1 to december 31": both days in that year, one range
                out.append(Span(year.start, to.end, PeriodKind.range, with_year(days.first, y),
                                with_year(to.last, y), False))  # fmt: skip
                i += 3
                continue
            # read again with its year, so that the weekdays named are checked in that year
            again = find_dates(f"{work[days.start : days.end]} {y}", with_year(days.first, y))
            note = again[0].note if len(again) == 1 else days.note
            out.append(Span(year.start, days.end, days.kind, with_year(days.first, y),
                            with_year(days.last, y), False, note))  # fmt: skip
            i += 2
            continue
        out.append(year)
        i += 1
    return out


# A looser period said more exactly right after it, without brackets: "early 2026 - say
# January and February", "late summer 2023, by that I mean the second half of August",
# "December 2024 weeks 49-52". Read only when the days said lie inside the looser period.
_GLOSS_OPENING = re.compile(
    r"\s*(?:[-–,:;]\s*)?(?:(?:say|i\.?\s?e\.?|that\s+is|namely|meaning|specifically|precisely|"
    r"to\s+be\s+(?:precise|exact|specific)|(?:by\s+(?:that|which|this)\s+)?i\s+mean|so|or\s+rather"
    r")\s*[,:]?\s*)?(?:the\s+)?"
)
_GLOSS_JOIN = re.compile(r"\s*(?:-|–|to|until|till|through|thru|and)\s*")


def _glossed(work: str, spans: list[Span], i: int) -> tuple[Span, int] | None:
    """spans[i] narrowed by the days said right after it without brackets (see
    `_GLOSS_OPENING`), and how many spans that took; None when nothing glosses it."""
    outer = spans[i]
    if i + 1 >= len(spans) or outer.kind == PeriodKind.day or outer.year_missing:
        return None
    inner = spans[i + 1]
    if not _GLOSS_OPENING.fullmatch(work, outer.end, inner.start):
        return None
    if not inner.year_missing:
        return _restated(work, spans, i)
    y = outer.last.year
    first, last, how = _said_in_year(work, inner, y)
    end, used = inner.end, 1
    if i + 2 < len(spans) and _GLOSS_JOIN.fullmatch(work, inner.end, spans[i + 2].start):
        to = spans[i + 2]  # "january and february", "october to december"
        to_first, to_last, _ = _said_in_year(work, to, y)
        joined = "and" not in work[inner.end : to.start] or to_first == last + dt.timedelta(days=1)
        if not joined:  # "january and march": two months listed, not one gloss
            return None
        if to.year_missing:
            last, end, used = to_last, to.end, 2
    if first > last:
        first = _in_year(first, y - 1)
    if not outer.first <= first <= last <= outer.last or (first, last) == (outer.first, outer.last):
        return None
    kind = PeriodKind.day if first == last else PeriodKind.range
    note = f"I read the period as the days you named in it: {_span_words(first, last)}."
    return Span(outer.start, end, kind, first, last, False, f"{note} {how}".strip()), used


def _restated(work: str, spans: list[Span], i: int) -> tuple[Span, int] | None:
    """spans[i] said again with its years right after it ("FY2024, Oct 2023 through Sep
    2024"): one period, read once; None when the days said are not the same."""
    outer, inner = spans[i], spans[i + 1]
    if not work[outer.end : inner.start].strip():
        return None  # two periods side by side, no gloss said
    last, end, used = inner.last, inner.end, 1
    if i + 2 < len(spans) and _RANGE_GAP.fullmatch(work, inner.end, spans[i + 2].start):
        last, end, used = spans[i + 2].last, spans[i + 2].end, 2
    if (inner.first, last) != (outer.first, outer.last):
        return None
    return Span(outer.start, end, outer.kind, outer.first, outer.last, False, outer.note), used


def _said_in_year(work: str, span: Span, year: int) -> tuple[dt.date, dt.date, str]:
    """The days of `span` (written without a year) in `year`, and how they were read: read
    again with the year, so that weeks and weekdays fall where they do in it."""
    again = find_dates(f"{work[span.start : span.end]} {year}", dt.date(year, 12, 31))
    if len(again) == 1 and not again[0].year_missing:
        return again[0].first, again[0].last, again[0].note
    return _in_year(span.first, year), _in_year(span.last, year), ""


def _in_year(day: dt.date, year: int) -> dt.date:
    """The same day in `year`, a month's last day staying its last (28 to 29 February)."""
    if day == month_end(day.year, day.month):
        return month_end(year, day.month)
    return with_year(day, year)


def _bracketed(work: str, spans: list[Span], i: int) -> tuple[Span, int]:
    """spans[i] restated by the dates in brackets right after it; how many spans that took."""
    outer = spans[i]
    opening = _bracket_opening(work, spans, i)
    if opening is None:
        return _glossed(work, spans, i) or (outer, 0)
    j, labelled = opening
    inner, used = spans[j], j - i
    if j + 1 < len(spans) and _RANGE_GAP.fullmatch(work, inner.end, spans[j + 1].start):
        to = spans[j + 1]
        inner = Span(inner.start, to.end, PeriodKind.range, inner.first, to.last,
                     inner.year_missing and to.year_missing)  # fmt: skip
        used += 1
    close = _CLOSE_BRACKET.match(work, inner.end)
    if close is None:
        return outer, 0
    if inner.kind == PeriodKind.year and outer.year_missing and outer.kind != PeriodKind.year:
        # "on dec. 3 (2024)", "since february 3 (2024)": the bracket gives the year only
        year = inner.first.year
        return Span(outer.start, close.end(), outer.kind, with_year(outer.first, year),
                    with_year(outer.last, year), False, outer.note, outer.end_fixed,
                    outer.report_date, outer.as_of), used  # fmt: skip
    if labelled and inner.kind == PeriodKind.day and outer.kind != PeriodKind.day:
        # "the 7 days before orthodox easter 2024 (easter sunday was 5 may)": the bracket
        # names the day the period is counted from, not the period; one that does not touch
        # the period is said, never dropped
        day = with_year(inner.first, outer.last.year) if inner.year_missing else inner.first
        one = dt.timedelta(days=1)
        note = outer.note
        if not outer.first - one <= day <= outer.last + one:
            note = (f"The day in brackets, {_day_words(day)}, is not next to the period I read "
                    f"({_span_words(outer.first, outer.last)}); I kept that period.")  # fmt: skip
        return Span(outer.start, close.end(), outer.kind, outer.first, outer.last,
                    outer.year_missing, note), used  # fmt: skip
    first, last = inner.first, inner.last
    if first > last:  # "(25 nov - 1 dec)": the latest of each, so the first a year back
        first = with_year(first, last.year if (first.month, first.day) <= (last.month, last.day)
                          else last.year - 1)  # fmt: skip
    if inner.year_missing and not outer.year_missing:
        shift = outer.last.year - last.year
        first, last = _in_year(first, first.year + shift), _in_year(last, last.year + shift)
    kind = PeriodKind.day if first == last else PeriodKind.range
    note = outer.note
    if (first, last) != (outer.first, outer.last):
        note = f"I read the period as the dates in brackets: {_span_words(first, last)}."
    span = Span(outer.start, close.end(), kind, first, last, inner.year_missing and
                outer.year_missing, note)  # fmt: skip
    return span, used


def _bracket_opening(work: str, spans: list[Span], i: int) -> tuple[int, bool] | None:
    """Where the dates in brackets after spans[i] begin, and whether a label names them
    ("(easter sunday was 5 may)": a weekday in the label is part of it, not a date)."""
    outer = spans[i]
    if i + 1 < len(spans) and _OPEN_BRACKET.fullmatch(work, outer.end, spans[i + 1].start):
        return i + 1, False
    for j in range(i + 1, min(i + 3, len(spans))):
        if _LABELLED_BRACKET.fullmatch(work, outer.end, spans[j].start):
            return j, True
    return None


# An event dated in brackets: "from the start of the incursion (6 aug 2024)".
_EVENT_DATED = re.compile(
    r"\b(?:the\s+)?(?:start|beginning|launch|outset|onset|day)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[a-z'-]+\s+){0,3}?[a-z'-]+\s*[(\[]\s*$"
)
# The whole of a year or month, said around it: "the whole of 2025", "2025, the full year".
_WHOLE_BEFORE = re.compile(r"\b(?:the\s+)?(?:whole|entire|full|all)\s+(?:of\s+)?(?:the\s+)?$")
_WHOLE_AFTER = re.compile(
    r"\s*[,(]?\s*(?:like|i\.?e\.?|so|that\s+is)?\s*,?\s*(?:the\s+)?(?:full|whole|entire)\s+"
    r"(?:calendar\s+)?(?P<unit>year|month)\b\s*\)?"
)


def _event_dated(work: str, span: Span) -> Span:
    """A day in brackets after the event it dates: the event's words are read with it."""
    before = _EVENT_DATED.search(work, max(0, span.start - 80), span.start)
    close = _CLOSE_BRACKET.match(work, span.end)
    if span.kind != PeriodKind.day or before is None or close is None:
        return span
    return Span(before.start(), close.end(), span.kind, span.first, span.last,
                span.year_missing, span.note)  # fmt: skip


def _whole(work: str, span: Span) -> Span:
    """A year or month with words saying all of it ("the whole of 2025, like the full year")."""
    if span.kind not in (PeriodKind.year, PeriodKind.month):
        return span
    before = _WHOLE_BEFORE.search(work, max(0, span.start - 30), span.start)
    after = _WHOLE_AFTER.match(work, span.end)
    if after is not None and after["unit"] != span.kind.value:
        after = None
    if before is None and after is None:
        return span
    start = before.start() if before is not None else span.start
    end = after.end() if after is not None else span.end
    return Span(start, end, span.kind, span.first, span.last, span.year_missing, span.note)


def _days_after(work: str, span: Span, inside: bool = False) -> Span:
    """`span` narrowed (or restated) by the days of its month named right after it: "the 2nd
    half of january 2025 (16th onwards)", "late feb 2026, from the 20th through the 28th";
    `inside`: only days within the span (the days after a period already cut)."""
    if (span.first.year, span.first.month) != (span.last.year, span.last.month):
        return span
    m = _DAYS_AFTER.match(work, span.end)
    if m is None or not (m["open"] or (m["o1"] and (m["d2"] or m["on"]))):
        return span
    end = month_end(span.first.year, span.first.month)
    d1 = int(m["d1"])
    d2 = end.day if m["on"] or (m["from"] and not m["d2"]) else int(m["d2"] or d1)
    if not 1 <= d1 <= d2 <= end.day:
        return span
    first, last = span.first.replace(day=d1), span.first.replace(day=d2)
    if inside and (first < span.first or last > span.last):
        return span
    kind = PeriodKind.day if first == last else PeriodKind.range
    note = f"I read the period as the days given: {_span_words(first, last)}."
    return Span(span.start, m.end(), kind, first, last, span.year_missing, note)


def _to_the_end(work: str, span: Span) -> Span:
    """`span` run on to the end of its year or month ("from 16 march 2022 to year end")."""
    m = _TO_THE_END.match(work, span.end)
    if m is None or span.as_of:
        return span
    unit = m["unit"] or m["unit2"]
    if unit == "year":
        last = dt.date(span.last.year, 12, 31)
    elif unit == "month":
        last = month_end(span.last.year, span.last.month)
    else:
        y = full_year(m["y1"]) if m["y1"] else span.last.year
        last = month_end(y, _month_of(m.groupdict()))
    if last < span.last:
        return span
    note = f"I read the period as {_span_words(span.first, last)}."
    return Span(span.start, m.end(), PeriodKind.range, span.first, last, span.year_missing,
                note, end_fixed=True)  # fmt: skip


def _span_words(first: dt.date, last: dt.date) -> str:
    """ "24 December 2024" or "24 December 2024 to 26 December 2024"."""
    if first == last:
        return _day_words(first)
    return f"{_day_words(first)} to {_day_words(last)}"


def _report_words(work: str, span: Span) -> tuple[int, int] | None:
    """Where a day and the words naming it a report's date ("the report of 20 December",
    "20 December's report") start and end; None when it is not one."""
    low = max(0, span.start - 64)  # "the daily report say for artillery on"
    before = _REPORT_OF.search(work, low, span.start)
    if before is None and _WEEKDAY_NAMED.search(work, span.start, span.end):
        before = _REPORT_IN.search(work, low, span.start)
    if before is not None:
        return before.start(), span.end
    after = _REPORT_AFTER.match(work, span.end)
    return (span.start, after.end()) if after is not None else None


def _report_day(span: Span, words: tuple[int, int]) -> Span:
    """A report dated D covers the fighting of the day before."""
    day = span.first - dt.timedelta(days=1)
    note = report_day_note(span.first)
    return Span(*words, PeriodKind.day, day, day, span.year_missing, note, report_date=span.first)


def report_day_note(report: dt.date) -> str:
    """The note of a report's date read as the fighting of the day before it."""
    day = report - dt.timedelta(days=1)
    return (f"A report dated {_day_words(report)} covers the fighting of the day before: "
            f"I read it as {_day_words(day)}.")  # fmt: skip


# Words between a date and a relative phrase that make them two periods, not one anchored to
# the other ("3 dec 2024 vs last week", "from 3 dec 2024 to yesterday").
_NOT_ANCHORED = re.compile(
    r"\b(?:vs\.?|versus|than|compared|and|or|to|until|till|through|thru|from|since|between|"
    r"against)\b|[-–]"
)


# A night's or a day's losses named beside a longer period ("overnight in February 2023", "in
# the past 24 hours in March 2024"): a day of that period, not a day counted from today.
_ONE_NIGHT = re.compile(
    r"overnight|last\s+night|(?:the\s+)?(?:last|past|previous)\s+(?:24\s*(?:hours|hrs|hr|h)|day)"
)


def _within_longer(work: str, span: Span, lo: int, hi: int) -> bool:
    """Whether `span` is a period longer than a day, named right beside a relative phrase."""
    if span.kind == PeriodKind.day or _RELATIVE_RE.fullmatch(work, span.start, span.end):
        return False
    return _BESIDE.fullmatch(work, lo, hi) is not None


_BESIDE = re.compile(r"\s*,?\s*(?:(?:in|during|of|for)\s+)?(?:the\s+month\s+of\s+)?")


def _relative_to_date(
    work: str, spans: list[Span], folded: list[Span]
) -> tuple[list[Span], list[Span]]:
    """ "newsweek 3 dec 2024: 11,390 last week": a relative phrase beside a named day counts
    from that day (a report's own date), not from today; the day itself is folded into it."""
    for k, rel in enumerate(spans):
        m = _RELATIVE_RE.fullmatch(work, rel.start, rel.end)
        if m is None:
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(spans):
                continue
            day = spans[j]
            lo, hi = sorted((day.end, rel.end))[0], max(day.start, rel.start)
            if _ONE_NIGHT.fullmatch(m.group(0)) and _within_longer(work, day, lo, hi):
                # "1,030 overnight in February 2023": one day's figure somewhere in the month
                return [s for i, s in enumerate(spans) if i != k], [*folded, rel]
            if (
                day.kind != PeriodKind.day
                or _RELATIVE_RE.fullmatch(work, day.start, day.end)
                or _NOT_ANCHORED.search(work, lo, hi)
            ):
                continue
            anchor = day.report_date or day.first
            g = m.groupdict()
            if g.get("inn") and _count(g["inn"]) == 1 and g["inn_unit"].startswith("day"):
                # "2,500 in one day, 20 Dec 2024": the day named is that one day
                rest = [s for i, s in enumerate(spans) if i != k]
                return rest, [*folded, rel]
            build = next(b for name, b in RELATIVE_RULES if g.get(name))
            # "said on 9 Feb ... over the past day": the day of fighting before the statement
            span = _days_back(1)(m, g, anchor) if g["day24"] else build(m, g, anchor)
            if span is None:
                continue
            span.anchor_only = False
            if (g["yesterday"] or g["day24"]) and span.first == anchor - dt.timedelta(days=1):
                # "overnight on 7 February", "the past 24 hours on 2 March": what the report
                # of that day (the fighting of the day before) published
                span.report_date, span.day_figure = anchor, True
            span.note = (f"I read '{m.group(0)}' from {_day_words(anchor)}, the date given, "
                         f"not from today: {_span_words(span.first, span.last)}.")  # fmt: skip
            rest = [s for i, s in enumerate(spans) if i not in (j, k)]
            return sorted([*rest, span], key=lambda s: s.start), [*folded, day]
    return spans, folded


def _since_report(
    work: str, spans: list[Span], folded: list[Span]
) -> tuple[list[Span], list[Span]]:
    """ "newsweek feb 9 2024: 42 tanks since feb 3": the 4th to the 8th (see `qualify`)."""
    for k, since in enumerate(spans):
        if k == 0 or not _SINCE_BEFORE.search(work, 0, since.start):
            continue
        report = spans[k - 1]
        if report.kind != PeriodKind.day or _RANGE_GAP.fullmatch(work, report.end, since.start):
            continue
        start = with_year(since.first, report.first.year) if since.year_missing else since.first
        if start >= report.first:
            start = with_year(start, start.year - 1)
        first, last = start + dt.timedelta(days=1), report.first - dt.timedelta(days=1)
        if not first <= last <= first + dt.timedelta(days=62):
            continue
        note = (f"I read 'since {_day_words(start)}' in a report of {_day_words(report.first)} "
                f"as the fighting after that day up to the day before the report: "
                f"{_span_words(first, last)}.")  # fmt: skip
        anchored = Span(since.start, since.end, PeriodKind.range, first, last, note=note,
                        end_fixed=True)  # fmt: skip
        return [*spans[: k - 1], anchored, *spans[k + 1 :]], [*folded, report]
    return spans, folded


def find_relative(work: str, today: dt.date, taken: list[Span]) -> list[Span]:
    """Dates relative to today ("yesterday", "last week", "the past 3 months", "on Monday")
    outside the spans already `taken`, by the rows of `RELATIVE_RULES`."""
    spans: list[Span] = []
    for match in _RELATIVE_RE.finditer(work):
        if any(not (match.end() <= s.start or match.start() >= s.end) for s in taken):
            continue
        g = match.groupdict()
        build = next(b for name, b in RELATIVE_RULES if g.get(name))
        span = build(match, g, today)
        if span is not None:
            spans.append(span)
    return spans


def _days_back(days: int) -> Callable[[re.Match[str], _Groups, dt.date], Span | None]:
    """One day, `days` before today ("yesterday": 1, "today": 0, "tomorrow": -1)."""

    def build(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
        day = today - dt.timedelta(days=days)
        return Span(m.start(), m.end(), PeriodKind.day, day, day)

    return build


def _past_24_hours(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "the past 24 hours": 24 hours back from now reach into yesterday, so both days (the
    blind README's convention), and the answer says so."""
    day = today - dt.timedelta(days=1)
    note = f"I read '{m.group(0)}' as yesterday and today, {_span_words(day, today)}."
    return Span(m.start(), m.end(), PeriodKind.range, day, today, note=note)


def _next_unit(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "next week": the future has no figures; read so that it is not taken as the latest."""
    unit = g["next_unit"]
    if unit == "week":
        first = today + dt.timedelta(days=7 - today.weekday())
        return Span(m.start(), m.end(), PeriodKind.week, first, first + dt.timedelta(days=6))
    if unit == "month":
        first = add_months(today.replace(day=1), 1)
        return Span(m.start(), m.end(), PeriodKind.month, first, month_end(first.year, first.month))
    y = today.year + 1
    return Span(m.start(), m.end(), PeriodKind.year, dt.date(y, 1, 1), dt.date(y, 12, 31))


def _days_ago(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "3 days ago": that one day."""
    n = _count(g["ago"])
    if not 0 < n <= 3660:
        return None
    day = today - dt.timedelta(days=n)
    return Span(m.start(), m.end(), PeriodKind.day, day, day)


def _past_hours(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "the past 48 hours": as "the past 24 hours", the days they reach back into and today."""
    first = today - dt.timedelta(days=int(g["hn"]) // 24)
    note = f"I read '{m.group(0)}' as {_span_words(first, today)}."
    return Span(m.start(), m.end(), PeriodKind.range, first, today, note=note)


def _season_before_last(month: int, today: dt.date) -> tuple[dt.date, dt.date]:
    """The season starting in `month` a year before the latest one over ("last summer")."""
    first = dt.date(today.year, month, 1)
    while add_months(first, 3) > today:  # not over yet: last summer's is a year earlier
        first = with_year(first, first.year - 1)
    first = with_year(first, first.year - 1)
    last = add_months(first, 3) - dt.timedelta(days=1)
    return first, last


def _before_last(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "the week (weekend, month, year) before last": the calendar one before last's."""
    unit = g["bl_unit"]
    if unit == "weekend":
        saturday = today - dt.timedelta(days=(today.weekday() - 5) % 7 or 7) - dt.timedelta(days=7)
        first, last = saturday, saturday + dt.timedelta(days=1)
    elif unit == "week":
        first = today - dt.timedelta(days=today.weekday() + 14)
        last = first + dt.timedelta(days=6)
    elif unit == "month":
        first = add_months(today.replace(day=1), -2)
        last = month_end(first.year, first.month)
    elif unit in _SEASONS:
        first, last = _season_before_last(_SEASONS[unit], today)
    else:
        first, last = dt.date(today.year - 2, 1, 1), dt.date(today.year - 2, 12, 31)
    note = f"I read '{m.group(0)}' as {_span_words(first, last)}."
    return Span(m.start(), m.end(), PeriodKind.range, first, last, note=note)


def _units_ago(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "two weeks ago", "3 months ago": the calendar week (Monday to Sunday), month or year
    that many back, and the answer says which."""
    n, unit = _count(g["ua"]), g["ua_unit"].rstrip("s")
    if not 0 < n <= 120:
        return None
    if unit == "week":
        first = today - dt.timedelta(days=today.weekday() + 7 * n)
        last = first + dt.timedelta(days=6)
    elif unit == "month":
        first = add_months(today.replace(day=1), -n)
        last = month_end(first.year, first.month)
    else:
        first, last = dt.date(today.year - n, 1, 1), dt.date(today.year - n, 12, 31)
    note = f"I read '{m.group(0)}' as the calendar {unit} {_span_words(first, last)}."
    return Span(m.start(), m.end(), PeriodKind.range, first, last, note=note)


def _year_ago(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "this time last year", "on this day a year ago": today's date a year back."""
    day = with_year(today, today.year - 1)
    note = f"I read '{m.group(0)}' as {_day_words(day)}."
    return Span(m.start(), m.end(), PeriodKind.day, day, day, note=note)


def _to_date(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "year to date", "ytd", "month to date", "the year so far": from the first of the year
    or month to today."""
    if g["todate"].removeprefix("the").strip().startswith("m"):
        return Span(m.start(), m.end(), PeriodKind.month, today.replace(day=1), today)
    return Span(m.start(), m.end(), PeriodKind.year, dt.date(today.year, 1, 1), today)


def _weekend(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "over the weekend": the latest Saturday and Sunday (Sunday may be today)."""
    saturday = today - dt.timedelta(days=(today.weekday() - 5) % 7 or 7)
    note = f"I read '{m.group(0)}' as {_span_words(saturday, saturday + dt.timedelta(days=1))}."
    return Span(m.start(), m.end(), PeriodKind.range, saturday, saturday + dt.timedelta(days=1),
                note=note)  # fmt: skip


def _weekday(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "on Monday": the latest Monday, today included."""
    day = today - dt.timedelta(days=(today.weekday() - WEEKDAYS[g["weekday"]]) % 7)
    return Span(m.start(), m.end(), PeriodKind.day, day, day)


def _weekday_before_last(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "the Wednesday before last": the one a week before the latest past Wednesday."""
    back = (today.weekday() - WEEKDAYS[g["wbl"]]) % 7 or 7
    day = today - dt.timedelta(days=back + 7)
    return Span(m.start(), m.end(), PeriodKind.day, day, day)


def _within_n(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    """ "in just three days": the N days before a dated statement it stands beside (see
    `qualify`); alone it says not which days, so it is kept only when anchored."""
    span = _last_n(m, _count(g["inn"]), g["inn_unit"].rstrip("s") + "s", today)
    if span is not None:
        span.anchor_only = True
    return span


def _relative_n(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    return _last_n(m, _count(g["n"]), g["n_unit"], today)


def _relative_named(m: re.Match[str], g: _Groups, today: dt.date) -> Span | None:
    return _relative_unit(m, g["unit_rel"], g["unit"], today)


def _last_n(match: re.Match[str], n: int, unit: str, today: dt.date) -> Span | None:
    """ "the last 30 days", "the past 3 months": whole days ending yesterday (today's fighting
    is not reported yet), as "the past week" and the README's examples read them."""
    last = today - dt.timedelta(days=1)
    if unit[0] == "m":
        first = add_months(today, -n)
    else:
        first = today - dt.timedelta(days=n * (7 if unit[0] == "w" else 1))
    if not 0 < (today - first).days <= 3660:
        return None
    kind = PeriodKind.day if first == last else PeriodKind.range
    return Span(match.start(), match.end(), kind, first, last)


def _relative_quarter(match: re.Match[str], rel: str, today: dt.date) -> Span:
    """ "this quarter" (to today), "last quarter" (the calendar one before), "the past quarter"
    (three months to yesterday)."""
    start = dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    if rel in ("this", "current"):
        first, last = start, today
    elif rel == "past":
        first, last = add_months(today, -3), today - dt.timedelta(days=1)
    else:
        first, last = add_months(start, -3), start - dt.timedelta(days=1)
    return Span(match.start(), match.end(), PeriodKind.range, first, last)


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
    if unit == "quarter":
        return _relative_quarter(match, rel, today)
    if rel == "past" and unit in ("month", "year"):
        # "the past month", "the past year": rolling, ending yesterday (as "the past week")
        first = add_months(today, -12 if unit == "year" else -1)
        last = today - dt.timedelta(days=1)
        return Span(match.start(), match.end(), PeriodKind.range, first, last)
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


# The relative rows: the `_RELATIVE_RE` group that names each, and how it becomes a span.
RELATIVE_RULES: tuple[tuple[str, Callable[[re.Match[str], _Groups, dt.date], Span | None]], ...] = (
    ("day_before_yesterday", _days_back(2)),
    ("yesterday", _days_back(1)),
    ("tomorrow", _days_back(-1)),
    ("next", _next_unit),
    ("today", _days_back(0)),
    ("day24", _past_24_hours),
    ("hours", _past_hours),
    ("todate", _to_date),
    ("before_last", _before_last),
    ("units_ago", _units_ago),
    ("year_ago", _year_ago),
    ("weekend", _weekend),
    ("unit", _relative_named),
    ("n", _relative_n),
    ("ago", _days_ago),
    ("inn", _within_n),
    ("weekday_before_last", _weekday_before_last),
    ("weekday", _weekday),
)


# Month names as written in articles ("Jan.", "Sept", "December"), from the calendar table.
MONTH_RE = "(?:" + alternation(MONTHS) + r")\b\.?"
NUMERIC_DATE = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})\b")


# -- periods in articles ------------------------------------------------------------------------
#
# The extractor's grammar: period expressions in news text, resolved against the publication
# date ("in the last 24 hours" is the day before publication). A table of finders, tried in
# order; an earlier finder claims its text first.


@dataclass
class Period:
    start_char: int
    end_char: int
    kind: PeriodKind
    start: dt.date | None
    end: dt.date | None
    strong: bool = True  # weak: "in total", "so far" — yield to any other period
    needs_date: bool = False  # relative to the publication date
    same_as_previous: bool = False
    adjacent_only: bool = False  # "on Sunday": only for the figure right before it


def _month_day(month: str, day: str, year: str | None, published: dt.date | None) -> dt.date | None:
    m = MONTHS.get(month.lower().rstrip("."))
    if m is None:
        return None
    try:
        d = int(day)
        if year:
            return dt.date(int(year), m, d)
        ref = published or dt.date.today()
        date = dt.date(ref.year, m, d)
        return date.replace(year=ref.year - 1) if date > ref + dt.timedelta(days=1) else date
    except ValueError:
        return None


def _month_range(
    month: str, year: str | None, published: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    m = MONTHS.get(month.lower().rstrip("."))
    if m is None:
        return None
    ref = published or dt.date.today()
    y = int(year) if year else (ref.year if m <= ref.month else ref.year - 1)
    if not 1990 < y < 2200:
        return None
    return month_span(y, m)


_MONTH_WORD = re.compile(rf"\b{MONTH_RE}", re.IGNORECASE)
_D = r"(?P<d{n}>\d{{1,2}})(?!\d)(?:st|nd|rd|th)?"
_Y = r"(?:,?\s+(?P<y{n}>(?:19|20)\d\d))?"
_DATE_MD = rf"(?P<m{{n}}>{MONTH_RE})\s+{_D}{_Y}"
_DATE_DM = rf"{_D}\s+(?:of\s+)?(?P<m{{n}}>{MONTH_RE}){_Y}"

_CUMULATIVE = re.compile(
    r"\b(?:since|from)\s+the\s+(?:very\s+)?(?:start|beginning|outset|outbreak|onset)\s+of\s+"
    r"(?:the\s+|Russia's\s+|Moscow's\s+|its\s+)?(?:full[- ]scale\s+)?(?:war|invasion|conflict|"
    r"hostilities|special military operation|fighting|operation)(?:\s+in\s+(?:February\s+)?2022)?"
    r"|\bsince\s+(?:[\w'’]+\s+){0,6}?(?:launched|began|started|invaded)\b[^.,;]{0,40}?"
    r"(?:invasion|war|special\s+military\s+operation|Ukraine)(?:\s+(?:on|in)\s+(?:February\s+"
    r"24,?\s+|24\s+February\s+)?2022)?"
    r"|\bsince\s+the\s+(?:full[- ]scale\s+)?(?:war|invasion|conflict)\s+(?:began|started)"
    r"|\b(?:during|throughout|over|in)\s+the\s+(?:whole\s+|entire\s+)?(?:course\s+of\s+the\s+)?"
    # not "in the war with ...", but "killed in the war against Ukraine" is the whole war too
    r"(?:full[- ]scale\s+)?(?:war|invasion|conflict)\b(?!\s+(?:with|in|on|against)\b"
    r"(?!\s+(?:Ukraine|Russia)\b(?!\s+(?:in|since|from|during|this|last)\b)))"
    r"|\bsince\s+(?:February\s+24|24\s+February),?\s+2022"
    r"|\bso far in the (?:war|invasion|conflict)\b",
    re.IGNORECASE,
)
_WEAK_CUMULATIVE = re.compile(
    r"\b(?:in total|a total of|total of|in all|so far|to date|overall|running tally|"
    r"running total|total losses|cumulative(?:ly)?|altogether)\b",
    re.IGNORECASE,
)
_SAME_PERIOD = re.compile(
    r"\b(?:during|in|over)\s+the\s+same\s+(?:time\s+)?(?:period|time|timeframe|days)\b", re.I
)


_Add = Callable[[re.Match[str], "Period"], None]


def _days_before(ref: dt.date | None, days: int) -> dt.date | None:
    """`days` days before publication, when the article has a date."""
    return ref - dt.timedelta(days=days) if ref else None


# Each finder's pattern is compiled, and its screening words found, once (speed).
_CUMULATIVE_SCAN = Scan(_CUMULATIVE)


def _running_totals(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "since the start of the invasion" and the like: a running total to publication."""
    for m in _CUMULATIVE_SCAN.finditer(sentence):
        add(m, Period(m.start(), m.end(), PeriodKind.cumulative, WAR_START, ref, needs_date=True))


_AS_OF_DAY = tuple(
    Scan(rf"\b(?:as\s+(?:of|at|on)|by|up\s+to|until|through|dated)\s+(?:{pattern.format(n='')})",
         re.I)
    for pattern in (_DATE_MD, _DATE_DM)
)  # fmt: skip


def _as_of_day(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "as of December 7", "by 3 February 2024": a running total to that day."""
    for scan in _AS_OF_DAY:
        for m in scan.finditer(msent):
            date = _month_day(m["m"], m["d"], m["y"], ref)
            if date is not None:
                add(m, Period(m.start(), m.end(), PeriodKind.cumulative, WAR_START, date, True,
                               not m["y"]))  # fmt: skip


_AS_OF_MONTH_OR_YEAR = Scan(
    rf"\b(?:as\s+(?:of|at)|by)\s+(?:the\s+end\s+of\s+)?(?:(?P<m>{MONTH_RE})\s+)?"
    r"(?P<y>(?:19|20)\d\d)\b",
    re.I,
)


def _as_of_month_or_year(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "by the end of 2023", "as of November 2024": a running total to then."""
    # Not only `msent`: "by the end of 2025" names no month, but a year ("20" is a plain test).
    text = msent or (sentence if "20" in sentence or "19" in sentence else "")
    for m in _AS_OF_MONTH_OR_YEAR.finditer(text):
        if m["m"]:
            span = _month_range(m["m"], m["y"], ref)
            end = span[1] if span else None
        else:
            end = dt.date(int(m["y"]), 12, 31)
        if end is not None:
            add(m, Period(m.start(), m.end(), PeriodKind.cumulative, WAR_START, end))


_LAST_NAMED_MONTH = Scan(rf"\blast\s+(?P<m>{MONTH_RE})", re.I)


def _last_named_month(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "last November": the latest such month before publication."""
    for m in _LAST_NAMED_MONTH.finditer(msent):
        month = MONTHS.get(m["m"].lower().rstrip("."))
        if ref and month:
            year = ref.year if month < ref.month else ref.year - 1
            last_day = month_end(year, month).day
            add(m, Period(m.start(), m.end(), PeriodKind.month, dt.date(year, month, 1),
                           dt.date(year, month, last_day), True, True))  # fmt: skip


_HALF_YEAR = Scan(
    r"\b(?:in|during|over)\s+the\s+(?P<h>first|second)\s+half\s+of\s+(?P<y>(?:19|20)\d\d)", re.I
)


def _half_year(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "in the first half of 2024"."""
    for m in _HALF_YEAR.finditer(sentence):
        y = int(m["y"])
        first = m["h"].lower() == "first"
        half_start, half_end = (dt.date(y, 1, 1), dt.date(y, 6, 30)) if first else (
            dt.date(y, 7, 1), dt.date(y, 12, 31))  # fmt: skip
        add(m, Period(m.start(), m.end(), PeriodKind.range, half_start, half_end))


# Not a week that runs to a date ("in the week to 24 April", "over the week ending Friday"):
# the date rules read that one.
_PAST_WEEK_OR_WEEKEND = Scan(
    r"\b(?:during|over|in)\s+the\s+(?:past\s+)?week(?:end)?\b"
    r"(?!\s+(?:to|ending|up\s+to|until|till|through|before|prior\s+to|leading\s+up\s+to)\b)",
    re.I,
)


def _past_week_or_weekend(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "over the past week", "during the weekend"."""
    for m in _PAST_WEEK_OR_WEEKEND.finditer(sentence):
        if ref is None:
            continue
        if m[0].lower().endswith("weekend"):
            sunday = ref - dt.timedelta(days=(ref.weekday() + 1) % 7)
            add(m, Period(m.start(), m.end(), PeriodKind.range, sunday - dt.timedelta(days=1),
                           sunday, True, True))  # fmt: skip
        else:
            add(m, Period(m.start(), m.end(), PeriodKind.week, ref - dt.timedelta(days=6), ref,
                           True, True))  # fmt: skip


_SINCE_MONTH = Scan(rf"\bsince\s+(?P<m>{MONTH_RE})\s+(?P<y>(?:19|20)\d\d)\b", re.I)


def _since_month(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "since June 2023": from that month to publication."""
    for m in _SINCE_MONTH.finditer(msent):
        span = _month_range(m["m"], m["y"], ref)
        if span is None:
            continue
        if span[0] <= WAR_START <= span[1]:
            add(m, Period(m.start(), m.end(), PeriodKind.cumulative, WAR_START, ref, True, True))
        else:
            add(m, Period(m.start(), m.end(), PeriodKind.range, span[0], ref, True, True))


_ONE_WORD_NUMBERS = "|".join(k for k in NUMBER_WORDS if " " not in k)  # joined once (speed)


_FIRST_DAYS_OF_MONTH = Scan(
    rf"\b(?:in|over|during)\s+the\s+first\s+(?P<n>\d{{1,2}}|{_ONE_WORD_NUMBERS})\s+days\s+of\s+"
    rf"(?P<m>{MONTH_RE})(?:\s+(?P<y>(?:19|20)\d\d))?",
    re.I,
)


def _first_days_of_month(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "in the first ten days of March"."""
    for m in _FIRST_DAYS_OF_MONTH.finditer(msent):
        span = _month_range(m["m"], m["y"], ref)
        raw = m["n"].lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 0)
        if span and 0 < n <= 31:
            last = min(span[1], span[0] + dt.timedelta(days=n - 1))
            add(m, Period(m.start(), m.end(), PeriodKind.range, span[0], last, True, not m["y"]))


_SAME_PERIOD_SCAN = Scan(_SAME_PERIOD)


def _same_period(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "in the same period": the period of the figure before."""
    for m in _SAME_PERIOD_SCAN.finditer(sentence):
        add(
            m,
            Period(m.start(), m.end(), PeriodKind.unspecified, None, None, same_as_previous=True),
        )


# Ranges of days: "7-9 December", "December 7-9", "between 7 and 9 December".
_DAY_MONTH_RANGE = Scan(
    rf"(?:between\s+|from\s+)?(?P<a>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*"
    rf"(?P<b>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_RE})"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?",
    re.I,
)


def _day_month_range(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """Ranges of days: "7-9 December", "between 7 and 9 December"."""
    for m in _DAY_MONTH_RANGE.finditer(msent):
        a = _month_day(m["m"], m["a"], m["y"], ref)
        b = _month_day(m["m"], m["b"], m["y"], ref)
        if a and b and a <= b:
            add(m, Period(m.start(), m.end(), PeriodKind.range, a, b, needs_date=not m["y"]))


_MONTH_DAY_RANGE = Scan(
    rf"(?:between\s+|from\s+)?(?P<m>{MONTH_RE})\s+(?P<a>\d{{1,2}})(?:st|nd|rd|th)?\s*"
    rf"(?:-|–|to|and|through)\s*(?:(?P<m2>{MONTH_RE})\s+)?(?P<b>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?(?!\s*(?:,\s*)?\d)",
    re.I,
)


def _month_day_range(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """Ranges of days: "December 7-9", "from December 30 to January 2"."""
    for m in _MONTH_DAY_RANGE.finditer(msent):
        a = _month_day(m["m"], m["a"], m["y"], ref)
        b = _month_day(m["m2"] or m["m"], m["b"], m["y"], ref)
        if a and b and a <= b:
            add(m, Period(m.start(), m.end(), PeriodKind.range, a, b, needs_date=not m["y"]))


# "since 3 February 2024"; "between (the report of) 24 February 2025 and this morning's",
# "from 3 February to today": a span from that day to the publication, as "since" is.
_UP_TO_NOW = r"\s+(?:and|to|until|till|through)\s+(?:today|now|this\s+morning|the\s+present)\b"
_SINCE_DAY = tuple(
    Scan(rf"\bsince\s+(?:{pattern.format(n='')})", re.I) for pattern in (_DATE_MD, _DATE_DM)
) + tuple(
    Scan(
        rf"\b(?:between|from)\s+(?:the\s+(?:report|bulletin|summary|update)\s+of\s+)?"
        rf"(?:{pattern.format(n='')}){_UP_TO_NOW}",
        re.I,
    )
    for pattern in (_DATE_MD, _DATE_DM)
)


def _since_day(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "since February 3", "since 3 February 2024"."""
    for scan in _SINCE_DAY:
        for m in scan.finditer(msent):
            date = _month_day(m["m"], m["d"], m["y"], ref)
            if date is None:
                continue
            if date == WAR_START:
                add(
                    m,
                    Period(m.start(), m.end(), PeriodKind.cumulative, WAR_START, ref, True, True),
                )
            else:
                add(m, Period(m.start(), m.end(), PeriodKind.range, date, ref, needs_date=True))


_ISO_DAY = Scan(r"\b(?P<y>20\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)\b")


def _iso_day_in_text(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "2024-11-11"."""
    for m in _ISO_DAY.finditer(sentence):
        try:
            date = dt.date(int(m["y"]), int(m["mo"]), int(m["d"]))
        except ValueError:
            continue
        add(m, Period(m.start(), m.end(), PeriodKind.day, date, date))


def _numeric_day_in_text(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "10.11.2024", day first as in European usage."""
    for m in NUMERIC_DATE.finditer(sentence):  # 10.11.2024, day first as in European usage
        year = int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
        with contextlib.suppress(ValueError):
            date = dt.date(year, int(m["m"]), int(m["d"]))
            if re.search(r"\b(?:as\s+(?:of|at|on)|by|up\s+to|to)\s+$", sentence[: m.start()], re.I):
                add(m, Period(m.start(), m.end(), PeriodKind.cumulative, WAR_START, date))
            else:
                add(m, Period(m.start(), m.end(), PeriodKind.day, date, date))


_NAMED_DAY = tuple(
    Scan(rf"(?:\b(?:on|of|for)\s+)?{pattern.format(n='')}\b", re.I)
    for pattern in (_DATE_MD, _DATE_DM)
)


def _named_day(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """Single days: "on December 7", "7 December 2023"."""
    for scan in _NAMED_DAY:
        for m in scan.finditer(msent):
            date = _month_day(m["m"], m["d"], m["y"], ref)
            if date == WAR_START and m["y"]:
                # "on February 24, 2022" names the start of the war: a running total's start.
                add(m, Period(m.start(), m.end(), PeriodKind.cumulative, WAR_START, ref))
            elif date is not None:
                add(
                    m,
                    Period(m.start(), m.end(), PeriodKind.day, date, date, needs_date=not m["y"]),
                )


# Months and years: "in November", "in November 2024", "in 2023", "November 2024".
_NAMED_MONTH = Scan(
    rf"(?:\b(?:in|during|for|over|throughout)\s+(?:the\s+month\s+of\s+)?)?"
    rf"\b(?P<m>{MONTH_RE})(?:\s+(?P<y>(?:19|20)\d\d))?\b",
    re.I,
)


def _named_month(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """Months: "in November", "in November 2024", "November 2024"."""
    for m in _NAMED_MONTH.finditer(msent):
        if not m["y"] and not re.match(r"(?:in|during|for|over|throughout)\b", m[0], re.I):
            continue  # a bare month name without "in" is too often something else ("May")
        span = _month_range(m["m"], m["y"], ref)
        if span:
            add(m, Period(m.start(), m.end(), PeriodKind.month, *span, needs_date=not m["y"]))


_NAMED_YEAR = Scan(r"\b(?:in|during|throughout|for)\s+(?P<y>(?:19|20)\d\d)\b", re.I)


def _named_year(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """Years: "in 2023"."""
    for m in _NAMED_YEAR.finditer(sentence):
        y = int(m["y"])
        add(m, Period(m.start(), m.end(), PeriodKind.year, dt.date(y, 1, 1), dt.date(y, 12, 31)))


# Relative to publication: (pattern, kind, days back to the start, days back to the end).
_RELATIVE_ROWS: tuple[tuple[str, PeriodKind, int, int], ...] = (
    (r"\b(?:in|over|during|within|for)\s+the\s+(?:last|past|previous|preceding)\s+"
     r"(?:24|twenty[- ]four)\s+hours\b", PeriodKind.day, 0, 0),
    (r"\b(?:in|over|during|for)\s+the\s+(?:last|past|previous|preceding)\s+day\b",
     PeriodKind.day, 0, 0),
    # a daily bulletin's "for the day" (the Russian "за сутки" put into English word for word);
    # not "for the day of the parade", "for the day before"
    (r"\bfor\s+the\s+day\b(?!\s+(?:of|before|after|when|that|on|in)\b)", PeriodKind.day, 0, 0),
    (r"\bovernight\b", PeriodKind.day, 0, 0),
    (r"\b(?:the\s+)?(?:last|past)\s+24\s+hours\b", PeriodKind.day, 0, 0),
    (r"\btoday\b", PeriodKind.day, 0, 0),
    (r"\byesterday\b", PeriodKind.day, 1, 1),
    (r"\b(?:this|the\s+past|the\s+last)\s+week\b", PeriodKind.week, 6, 0),
)  # fmt: skip
_RELATIVE = tuple((re.compile(p, re.I), kind, s, e) for p, kind, s, e in _RELATIVE_ROWS)
_RELATIVE_ANY = re.compile("|".join(p for p, _, _, _ in _RELATIVE_ROWS), re.I)


def _relative_to_publication(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "in the last 24 hours", "overnight", "yesterday", "this week"."""
    if not can_match(_RELATIVE_ANY, sentence) or not _RELATIVE_ANY.search(sentence):
        return  # one search for the whole table: most sentences have none of these (speed)
    for pattern, kind, back_start, back_end in _RELATIVE:
        for m in pattern.finditer(sentence):
            start, end = _days_before(ref, back_start), _days_before(ref, back_end)
            add(m, Period(m.start(), m.end(), kind, start, end, needs_date=True))


_LAST_WEEK = Scan(r"\blast\s+week\b", re.I)


def _last_week(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "last week": Monday to Sunday of the week before publication."""
    for m in _LAST_WEEK.finditer(sentence):
        if ref:
            monday = ref - dt.timedelta(days=ref.weekday() + 7)
            add(m, Period(m.start(), m.end(), PeriodKind.week, monday,
                           monday + dt.timedelta(days=6), needs_date=True))  # fmt: skip
        else:
            add(m, Period(m.start(), m.end(), PeriodKind.week, None, None, needs_date=True))


_LAST_MONTH = Scan(r"\blast\s+month\b", re.I)


def _last_month(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "last month": the calendar month before publication."""
    for m in _LAST_MONTH.finditer(sentence):
        if ref:
            last = ref.replace(day=1) - dt.timedelta(days=1)
            add(
                m,
                Period(m.start(), m.end(), PeriodKind.month, last.replace(day=1), last, True, True),
            )


_WITHIN_DAYS = Scan(
    rf"\b(?:in|over|during|within|for)\s+(?:just\s+|only\s+|the\s+(?:last|past|previous)\s+|"
    rf"less\s+than\s+)?(?:a|one|(?P<n>\d{{1,3}}|{_ONE_WORD_NUMBERS}))\s+(?:single\s+)?"
    r"(?P<unit>days?|weeks?)\b",
    re.I,
)


def _within_days(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "in just three days", "over the past two weeks", "in a single day"."""
    for m in _WITHIN_DAYS.finditer(sentence):
        raw = (m["n"] or "1").lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw, 1)
        days = n * (7 if m["unit"].lower().startswith("week") else 1)
        if days == 7 and "less than" in m[0].lower():
            days = 7
        kind = PeriodKind.day if days == 1 else PeriodKind.range
        add(
            m,
            Period(
                m.start(),
                m.end(),
                kind,
                _days_before(ref, days - 1),
                _days_before(ref, 0),
                needs_date=True,
            ),
        )


_THIS_YEAR = Scan(r"\bso far this year\b|\bthis year\b", re.I)


def _this_year(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "this year", "so far this year"."""
    for m in _THIS_YEAR.finditer(sentence):
        if ref:
            add(
                m,
                Period(
                    m.start(),
                    m.end(),
                    PeriodKind.range,
                    ref.replace(month=1, day=1),
                    ref,
                    True,
                    True,
                ),
            )


_ON_WEEKDAY = Scan(r"\bon\s+(?P<w>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b", re.I)


def _on_weekday(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "on Monday": the latest such day up to publication."""
    for m in _ON_WEEKDAY.finditer(sentence):
        if ref:
            back = (ref.weekday() - WEEKDAYS[m["w"].lower()]) % 7
            day = ref - dt.timedelta(days=back)
            add(
                m,
                Period(
                    m.start(),
                    m.end(),
                    PeriodKind.day,
                    day,
                    day,
                    needs_date=True,
                    adjacent_only=True,
                ),
            )


_WEAK_CUMULATIVE_SCAN = Scan(_WEAK_CUMULATIVE)


def _weak_running_totals(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """Weaker signs of a running total ("in total", "so far")."""
    for m in _WEAK_CUMULATIVE_SCAN.finditer(sentence):
        add(m, Period(m.start(), m.end(), PeriodKind.cumulative, WAR_START, ref, False, True))


_SINCE_WORD = Scan(r"\bsince\b(?=[^.;]{3,70})", re.I)


def _since_event(sentence: str, found: list[Period], ref: dt.date | None) -> None:
    """A date after "since" ("since the incursion began on August 6", "since its
    counteroffensive in June") starts a range that runs to publication (or the war, for
    February 2022)."""
    for m in _SINCE_WORD.finditer(sentence):
        for period in found:
            gap = sentence[m.end() : period.start_char]
            if (
                0 <= len(gap) <= 70
                and period.kind in (PeriodKind.day, PeriodKind.month)
                and period.start is not None
                and not re.search(r"[.;,]", gap)
                and period.start_char > m.start()
            ):
                if period.start <= WAR_START <= (period.end or period.start):
                    period.kind, period.start = PeriodKind.cumulative, WAR_START
                else:
                    period.kind = PeriodKind.range
                period.end = ref
                period.needs_date = True
                period.start_char = m.start()
                break


# The period expressions of articles, tried in this order: an earlier finder claims its text
# first, so a later one cannot read part of it again.
def _span_to_day(sentence: str, msent: str, ref: dt.date | None, add: _Add) -> None:
    """ "in the week to Friday 24 April", "the 30 days to 31 July 2025", "the fortnight ending
    9 March": days that end on (or before) a day, read by the date grammar's own rules (a
    week of seven days is a week)."""
    if ref is None or not msent:
        return
    work = msent.lower()
    for name in _SPAN_TO_DAY_RULES:
        for m in _PATTERNS[name].finditer(work):
            span = _before_day(m, m.groupdict(), ref)
            if span is None or span.first == span.last:
                continue
            kind = PeriodKind.week if (span.last - span.first).days == 6 else span.kind
            add(m, Period(m.start(), m.end(), kind, span.first, span.last))


_SPAN_TO_DAY_RULES = ("before_dm", "before_md")


_PERIOD_FINDERS: tuple[Callable[[str, str, dt.date | None, _Add], None], ...] = (
    _span_to_day,
    _running_totals,
    _as_of_day,
    _as_of_month_or_year,
    _last_named_month,
    _half_year,
    _past_week_or_weekend,
    _since_month,
    _first_days_of_month,
    _same_period,
    _day_month_range,
    _month_day_range,
    _since_day,
    _iso_day_in_text,
    _numeric_day_in_text,
    _named_day,
    _named_month,
    _named_year,
    _relative_to_publication,
    _last_week,
    _last_month,
    _within_days,
    _this_year,
    _on_weekday,
    _weak_running_totals,
)


@functools.lru_cache(maxsize=512)
def find_periods(sentence: str, published: dt.date | None) -> list[Period]:
    """Every period expression in a sentence, with its character span."""
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    ref = published

    def add(match: re.Match[str], period: Period) -> None:
        if any(s < match.end() and match.start() < e for s, e in taken):
            return
        taken.append((match.start(), match.end()))
        found.append(period)

    # Most sentences name no month: skip the month patterns for them (the costly part).
    msent = sentence if _MONTH_WORD.search(sentence) else ""

    for finder in _PERIOD_FINDERS:
        finder(sentence, msent, ref, add)
    _since_event(sentence, found, ref)
    found.sort(key=lambda p: p.start_char)
    return found


# -- Ukrainian and Russian periods in articles (issue 15, source side) ------------------------
#
# Rows of (pattern, builder) over a lower-case sentence (ё as е), resolved against the
# publication date like the English finders: "за минулу добу" / "за минувшие сутки" is the day
# before publication, "за тиждень" the seven days before it, "з початку повномасштабного
# вторгнення" / "с 24.02.22" a running total. "станом на 1 грудня 2024" and a bare DD.MM.YYYY
# are markers: the date a running total runs to, or a "за добу" is counted back from.


@functools.cache
def _cyrillic_month_forms() -> dict[str, int]:
    """Every Ukrainian and Russian form of a month name -> its number (from the inflections)."""
    from knowledge.lexicon.cyrillic import forms  # the generated table, read once

    full = {name: n for n, name in enumerate(MONTH_NAMES, start=1)}
    return {w: full[e] for lang in ("uk", "ru") for w, e in forms(lang).items() if e in full}


def _common_start(words: list[str]) -> str:
    """The longest start all `words` share."""
    first, last = min(words), max(words)
    n = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), len(first))
    return first[:n]


@functools.cache
def _cy_mon() -> str:
    """A month word: the stems shared by each month's forms in each language (read from the
    inflection table), then any ending; `_cy_date` rejects a word the table does not have."""
    by_month: dict[tuple[str, int], list[str]] = {}
    for word, month in _cyrillic_month_forms().items():
        by_month.setdefault((word[:2], month), []).append(word)
    stems = {_common_start(words) for words in by_month.values()}
    return "(?:" + "|".join(sorted(map(re.escape, stems), key=len, reverse=True)) + r")[\w']*"


_CY_FROM = r"(?<![\w])(?:з|із|від|с|со|от)\s+"
_CY_ABOUT = r"(?:близько|около|понад|более|свыше|до|майже|почти)"
_CY_YEAR_WORD = r"(?:\s*(?:-?(?:й|м|му|го))?\s*(?:року|рік|році|р\.|года|году|год|г\.))?"
_CY_NUMERIC = r"(?P<{0}d>\d{{1,2}})\.(?P<{0}m>\d{{1,2}})\.(?P<{0}y>\d{{4}}|\d{{2}})(?!\d)"
_CY_WAR = (
    r"(?:початку\s+(?:повномасштабн\w+\s+)?(?:вторгнення|війни)"
    r"|початку\s+(?:спеціальн\w+\s+військов\w+\s+операції|спецоперації|сво\b)|начала\s+(?:проведения\s+)?(?:специальной\s+"
    r"военной\s+операции|спецоперации|сво|войны|(?:полномасштабного\s+)?вторжения))"
)


# The war's length named in a lead ("Четыре года спустя", "Три роки повномасштабної війни",
# "спустя три года после начала вторжения"): a running total to publication.
_CY_YEARS = r"(?:два|дві|две|три|чотири|четыре|п'ять|пять)\s+(?:роки|років|года|лет)"
_CY_WAR_LENGTH = (
    rf"(?<![\w])(?:{_CY_YEARS}\s+(?:спустя|по\s+тому|(?:повномасштабн\w+\s+)?(?:війни|войны"
    rf"|вторгнення|вторжения))|(?:спустя|через)\s+{_CY_YEARS}\s+(?:после|після)\s+"
    r"(?:начала|початку))(?![\w])"
)


def _cy_date(m: re.Match[str], p: str, ref: dt.date | None, month_from: str = "") -> dt.date | None:
    """The day of groups `p`d/`p`m/`p`y (a month word, or numeric with "n" groups)."""
    g = m.groupdict()
    try:
        if g.get(f"{p}m") and g[f"{p}m"].isdigit():
            y = int(g[f"{p}y"])
            return dt.date(y + 2000 if y < 100 else y, int(g[f"{p}m"]), int(g[f"{p}d"]))
        word = g.get(f"{p}m") or g.get(month_from)
        month = _cyrillic_month_forms().get(word or "")
        if month is None:
            return None
        day = int(g.get(f"{p}d") or 1)
        year = g.get(f"{p}y") or g.get(month_from[:1] + "y")
        if year:
            return dt.date(int(year), month, day)
        base = ref or dt.date.today()
        return dt.date(latest_year(month, day, base), month, day)
    except (ValueError, TypeError):
        return None


def _cy_period(m: re.Match[str], kind: PeriodKind, start: dt.date | None, end: dt.date | None,
               **flags: bool) -> Period:  # fmt: skip
    return Period(m.start(), m.end(), kind, start, end, **flags)


def _cy_range(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "з 3 по 9 березня 2025 року", "с 27 сентября по 3 октября", "від 1 до 23 грудня"."""
    start, end = _cy_date(m, "a", ref, month_from="bm"), _cy_date(m, "b", ref)
    if start is None or end is None:
        return None
    if start > end:
        start = start.replace(year=start.year - 1)
    days = (end - start).days + 1
    kind = PeriodKind.day if days == 1 else PeriodKind.week if days == 7 else PeriodKind.range
    return _cy_period(m, kind, start, end)


def _cy_war_to(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "з 24.02.22 по 29.11.24", "с 24.02 по 30.11": a running total to the second date."""
    end = _cy_date(m, "b", ref) if m["bd"] else ref
    dated = bool(m["bd"])
    if m["wd"] and ref is not None:  # "по 30.11": the latest such day by publication
        with contextlib.suppress(ValueError):
            day, month = int(m["wd"]), int(m["wm"])
            end, dated = dt.date(latest_year(month, day, ref), month, day), True
    return _cy_period(m, PeriodKind.cumulative, WAR_START, end, needs_date=not dated)


# "від" after a report's name dates the report ("у зведенні від 29 листопада"): a marker.
_REPORT_BEFORE = re.compile(
    r"(?:зведенн|звіт|сводк|повідомленн|сообщени|доповід|допис|редакці|редакци|оновленн"
    r"|обновлени)\w*\s+$"
)


def _cy_since(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "з 6 серпня", "с начала боевых действий ... 6 августа 2024 года": to publication."""
    start = _cy_date(m, "a", ref)
    if start is None or ref is None or start > ref:
        return None
    if _REPORT_BEFORE.search(m.string, 0, m.start()):  # "у зведенні від 29 листопада"
        return _cy_report(start)(m, ref)
    kind = PeriodKind.cumulative if start <= WAR_START else PeriodKind.range
    return _cy_period(m, kind, max(start, WAR_START), ref, needs_date=True)


def _cy_year_start(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "з початку року (до 14 лютого)": from 1 January."""
    end = _cy_date(m, "b", ref) if m["bd"] else ref
    return (
        None if end is None else _cy_period(m, PeriodKind.range, end.replace(month=1, day=1), end)
    )


def _cy_relative(
    days: int, kind: PeriodKind
) -> Callable[[re.Match[str], dt.date | None], Period | None]:
    """The `days` days before publication ("за минулу добу", "за тиждень")."""

    def build(m: re.Match[str], ref: dt.date | None) -> Period | None:
        if ref is None:
            return None
        end = ref - dt.timedelta(days=1)
        return _cy_period(m, kind, end - dt.timedelta(days=days - 1), end, needs_date=True)

    return build


def _cy_last_week(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "минулого тижня", "на прошлой неделе": Monday to Sunday of the week before publication
    (as the English "last week")."""
    if ref is None:
        return None
    monday = ref - dt.timedelta(days=ref.weekday() + 7)
    return _cy_period(m, PeriodKind.week, monday, monday + dt.timedelta(days=6), needs_date=True)


# A few days in words ("за трое суток", "за три доби"): how many.
_CY_FEW: dict[str, int] = {
    "двое": 2, "два": 2, "две": 2, "дві": 2, "трое": 3, "три": 3, "четверо": 4, "чотири": 4,
    "четыре": 4, "пятеро": 5, "п'ять": 5, "пять": 5, "шестеро": 6, "шість": 6, "шесть": 6,
    "сім": 7, "семь": 7, "семеро": 7, "десять": 10,
}  # fmt: skip
_CY_FEW_WORDS = "|".join(sorted(_CY_FEW, key=len, reverse=True))


def _cy_few_days(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "за трое суток", "за три доби", "за останні сім днів": that many days before
    publication (seven of them a week, as "за тиждень")."""
    days = _CY_FEW.get(m["n"]) or int(m["n"])
    return _cy_relative(days, PeriodKind.week if days == 7 else PeriodKind.range)(m, ref)


def _cy_month(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "за листопад", "у липні 2026 року", "в ноябре": the month (the latest one by default)."""
    day = _cy_date(m, "a", ref)
    return (
        None if day is None else _cy_period(m, PeriodKind.month, *month_span(day.year, day.month))
    )


def _cy_year(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "за 2025 рік", "в 2024 году", "за 2024-й"."""
    y = int(m["y"])
    end = dt.date(y, 12, 31) if ref is None else min(dt.date(y, 12, 31), max(ref, dt.date(y, 1, 1)))
    return _cy_period(m, PeriodKind.year, dt.date(y, 1, 1), end)  # a year not over: to the article


def _cy_years(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "за 2024–2025 роки", "в 2023-2024 годах": from the first year's start to the second's
    end (or to the article, a year not over)."""
    first, last = int(m["y"]), int(m["z"])
    if not first < last <= first + 5:
        return None
    end = (
        dt.date(last, 12, 31)
        if ref is None
        else min(dt.date(last, 12, 31), max(ref, dt.date(last, 1, 1)))
    )
    return _cy_period(m, PeriodKind.range, dt.date(first, 1, 1), end)


# A quarter's or half's number as written in Ukrainian and Russian (lower-cased, so Roman
# numerals are "i".."iv"): the stem of each ordinal, its digits, its Roman numeral.
_CY_PART_NUMBER: tuple[tuple[str, int], ...] = (
    ("iv", 4), ("iii", 3), ("ii", 2), ("i", 1), ("перш", 1), ("перв", 1), ("друг", 2),
    ("втор", 2), ("трет", 3), ("четверт", 4), ("4", 4), ("3", 3), ("2", 2), ("1", 1),
)  # fmt: skip
_CY_PART = (
    r"(?<![\w])(?:за|у|в|во|протягом|упродовж|в\s+течение)\s+(?:(?:той\s+самий|той\s+же|тот\s+же|"
    r"тот\s+самый|цей|этот|весь|увесь)\s+)?(?P<qn>iv|iii|ii|i|[1-4](?:-?(?:й|ий|м|му|ом|го))?"
    r"|(?:перш|перв|друг|втор|трет|четверт)\w*)\s+(?P<qu>квартал\w*|кв\.|півріч\w*|полугоди\w*)"
    r"(?:\s+(?P<qy>(?:19|20)\d\d)" + _CY_YEAR_WORD + r"|\s+(?P<qt>цього\s+року|этого\s+года|"
    r"поточного\s+року|текущего\s+года)|\s+(?P<ql>минулого\s+року|прошлого\s+года))?(?![\w])"
)


def _cy_part(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "за I квартал 2026 року", "во втором полугодии 2025 года", "у третьому кварталі": the
    quarter's or half's months (of the latest such part begun by publication when no year is
    named), to publication when not over."""
    n = next(v for stem, v in _CY_PART_NUMBER if m["qn"].startswith(stem))
    months = 3 if m["qu"].startswith("кв") else 6
    if n * months > 12:
        return None
    first_month = (n - 1) * months + 1
    if m["qy"]:
        year = int(m["qy"])
    elif ref is None:
        return None
    else:
        year = ref.year - 1 if m["ql"] else ref.year
        if not (m["qt"] or m["ql"]) and dt.date(year, first_month, 1) > ref:
            year -= 1
    start, end = dt.date(year, first_month, 1), month_end(year, first_month + months - 1)
    if ref is not None and start <= ref < end:
        end = ref
    return _cy_period(m, PeriodKind.range, start, end)


# "з 01.11 по 30.11 включно", "с 01.04.2026 по 30.06.2026": days written as digits.
_CY_NUMERIC_RANGE = (
    r"(?<![\w])(?:з|із|від|с|со|от)\s+(?P<ad>\d{1,2})\.(?P<am>\d{1,2})(?:\.(?P<ay>\d{4}|\d{2}))?"
    r"\s+(?:по|до)\s+(?P<bd>\d{1,2})\.(?P<bm>\d{1,2})(?:\.(?P<by>\d{4}|\d{2}))?(?![\d.]\d)"
    r"(?:\s+включно|\s+включительно)?"
)


def _cy_numeric_range(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "з 01.11 по 30.11": the days between (the latest such span ended by publication when no
    year is written); a whole calendar month is that month."""
    try:
        if m["by"]:
            by = int(m["by"])
            year = by + 2000 if by < 100 else by
        elif ref is None:
            return None
        else:
            year = latest_year(int(m["bm"]), int(m["bd"]), ref)
        end = dt.date(year, int(m["bm"]), int(m["bd"]))
        ay = int(m["ay"]) if m["ay"] else None
        start_year = (ay + 2000 if ay < 100 else ay) if ay is not None else year
        start = dt.date(start_year, int(m["am"]), int(m["ad"]))
    except ValueError:
        return None
    if start > end and ay is None:
        start = start.replace(year=start.year - 1)
    if start > end or start < WAR_START:
        return None
    return _cy_period(m, _days_kind(start, end), start, end)


def _days_kind(start: dt.date, end: dt.date) -> PeriodKind:
    """A span of days by its length: one day, a week, a whole calendar month, else a range."""
    days = (end - start).days + 1
    if days == 1:
        return PeriodKind.day
    if days == 7:
        return PeriodKind.week
    whole_month = start.day == 1 and (start.year, start.month) == (end.year, end.month)
    return (
        PeriodKind.month
        if whole_month and end == month_end(end.year, end.month)
        else PeriodKind.range
    )


def _cy_last_month(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "минулого місяця", "за прошлый месяц": the calendar month before publication (as the
    English "last month")."""
    if ref is None:
        return None
    last = ref.replace(day=1) - dt.timedelta(days=1)
    return _cy_period(m, PeriodKind.month, last.replace(day=1), last, needs_date=True)


def _cy_last_year(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "минулого року", "в прошлом году": the calendar year before publication."""
    if ref is None:
        return None
    y = ref.year - 1
    return _cy_period(m, PeriodKind.year, dt.date(y, 1, 1), dt.date(y, 12, 31), needs_date=True)


def _cy_as_of(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "станом на 01.08.2026", "на 17.01.2026", "к 16 сентября", "к концу 2024 года" (its
    middle: 30 June), "на кінець березня 2026 року": the day
    a running total runs to (a marker, resolved by `cyrillic_periods`)."""
    if m["ey"] or m["en"]:
        forms = _cyrillic_month_forms()
        month = forms.get(m["em"] or m["en"] or "", 6 if m["mid"] else 12)
        year = int(m["ey"]) if m["ey"] else latest_year(month, None, ref or dt.date.today())
        end: dt.date | None = month_end(year, month)
        if m["mid"] and (m["em"] or m["en"]) and end:  # "к середине марта 2026 года"
            end = end.replace(day=15)
    else:
        which = next((p for p in "nopksq" if m.groupdict().get(f"{p}d")), "a")
        end = _cy_date(m, which, ref)
    return (
        None if end is None else _cy_period(m, PeriodKind.cumulative, WAR_START, end, strong=False)
    )


def _cy_unstated(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "за время боевых действий на курском направлении": a stretch whose start the sentence
    does not give; a figure after it has no period, not the war's running total."""
    return _cy_period(m, PeriodKind.unspecified, None, ref)


def _cy_one_day(m: re.Match[str], ref: dt.date | None, group: str = "k") -> Period | None:
    """ "за 22 жовтня", "14 травня — 1 510 осіб": that one day."""
    day = _cy_date(m, group, ref)
    return None if day is None else _cy_period(m, PeriodKind.day, day, day)


def _cy_report(day: dt.date | None) -> Callable[[re.Match[str], dt.date | None], Period | None]:
    """A report's own date ("13 мая заявило", "у зведенні 22.01.2025"): a marker that a
    "за добу" in the sentence counts back from, and no period of any figure itself."""

    def build(m: re.Match[str], ref: dt.date | None) -> Period | None:
        found = day or _cy_date(m, "p" if m.groupdict().get("pd") else "k", ref)
        return None if found is None else _cy_period(m, PeriodKind.day, found, found, strong=False)

    return build


def _cy_tonight(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "від початку доби": the publication day itself (the day so far); "за ночь", "минулої
    ночі": the day before it, as "за минулу добу" (the night into the morning of publication
    is the tally of the day before, the convention of every uk/ru night post)."""
    if ref is None:
        return None
    night = re.search(r"ніч|ноч", m[0]) is not None
    day = ref - dt.timedelta(days=1) if night else ref
    return _cy_period(m, PeriodKind.day, day, day, needs_date=True)


def _cy_weak_total(m: re.Match[str], ref: dt.date | None) -> Period | None:
    """ "загальні втрати", "всего", "загалом": a running total to publication."""
    return _cy_period(m, PeriodKind.cumulative, WAR_START, ref, strong=False, needs_date=True)


# Substrings one of which each row below needs, in the rows' order: most sentences skip most
# rows on a substring test (issue 15: Cyrillic extraction at 500 articles/s).
_CY_CUES: tuple[tuple[str, ...], ...] = (
    ("24",), ("квартал", "кв.", "півріч", "полугоди"), (" по ", " до "), (" по ", " до "),
    ("—", "–", "‒", "-"), ("за ",), ("початку", "начала"),
    ("початку", "начала"), ("початку", "начала"),
    ("початку", "начала", "роки", "років", "года", "лет", "війну", "войну", "время", "час "),
    ("з ", "с ", "від ", "со ", "от ", "із "), ("время", "час "),
    ("на ", "к ", "до "), ("за ",), ("—", "–", "‒", "-", "день", "днем", "дня"), ("ніч", "ночь"),
    (".", " "),
    ("ноч", "ніч", "доби", "суток"),
    ("доб", "сут", "напередодні", "вчора", "вчера", "день"),
    ("тиж", "недел"), ("тиж", "недел"),
    ("за ", "у ", "в ", "во ", "протягом ", "підсумк", "итог"), ("19", "20"), ("19", "20"),
    ("місяц", "месяц"),
    ("минул", "прошл"),
    ("втрат", "потер", "всього", "усього", "всего", "загалом", "сложност"),
)  # fmt: skip


# Before a day and month: "7 березня — 1 120" is that day itself, and so is a day named as one
# ("найважчим став день 7 листопада: ..."), never a report's day a "за добу" counts back from.
_CY_NAMED_DAY = r"(?P<rday>(?<=день\s)|(?<=днем\s)|(?<=дня\s))?"
# "за 2024–2025 роки", "в 2023-2024 годах": two years and the span between.
_CY_YEARS = (
    r"(?<![\w])(?:за|у|в|во|протягом)\s+(?P<y>(?:19|20)\d\d)\s?[—–‒-]\s?(?P<z>(?:19|20)\d\d)"
    r"(?:\s*(?:роки|років|роках|рр\.|годы|годах|гг\.))?(?![\w.])"
)


# "загальні втрати", "всего", "загалом": a running total; "всего" of "больше всего", "прежде
# всего", "всего лишь" (most, first, only) is none. A month's summary names it in the genitive
# ("підсумки лютого", "итоги февраля"): the month row reads it as that month.
_CY_WEAK_TOTAL = (
    r"(?<![\w])(?:загальн\w+\s+(?:бойов\w+\s+)?втрат\w*|общие\s+(?:боевые\s+)?потер\w*|всього|"
    r"усього|(?<!больше\s)(?<!прежде\s)(?<!чаще\s)(?<!лучше\s)(?<!более\s)всего(?!\s+лишь)"
    r"|загалом|в\s+общей\s+сложности)(?![\w])"
)


# "за трое суток", "за останні сім днів", "за последние 10 дней" (not "за 10 днів до виборів":
# that many days before something).
_CY_LAST_DAYS = (
    rf"(?<![\w])за\s+(?:(?:ці|эти|ті|те)\s+(?:же\s+|ж\s+)?|(?:останні|последние|минулі"
    rf"|прошедшие|прошлые|минувшие)\s+)?(?P<n>{_CY_FEW_WORDS}|[2-9]|[1-3]\d)\s+"
    r"(?:суток|сутки|доби|діб|дні|днів|дня|дней)(?![\w])(?!\s+(?:до|перед)\s)"
)
# The words between "з початку" and a day in "з початку наступу 5 березня": not "станом на"
# ("від початку вторгнення станом на 1 серпня" is the war's start, as of that day).
_CY_NOT_AS_OF = r"(?:(?!станом|состояни)[^,.;:])"


# One compiled Cyrillic period row: its pattern, its builder and the substrings it needs.
_CyRow = tuple[
    re.Pattern[str], Callable[[re.Match[str], dt.date | None], Period | None], tuple[str, ...]
]


@functools.cache
def _cyrillic_rows() -> tuple[_CyRow, ...]:
    """The Ukrainian and Russian period rows, compiled once (they need the month forms)."""
    mon = _cy_mon()
    date_a, date_b, date_k, date_r, date_t, date_s, date_p = (
        rf"(?P<{p}d>\d{{1,2}})\s+(?P<{p}m>{mon})(?:\s+(?P<{p}y>(?:19|20)\d\d){_CY_YEAR_WORD})?"
        for p in "abkrtsp"
    )
    numeric_b = _CY_NUMERIC.format("b")
    rows: tuple[tuple[str, Callable[[re.Match[str], dt.date | None], Period | None]], ...] = (
        (rf"{_CY_FROM}24\.02(?:\.(?:20)?22)?(?:\s+(?:по|до)\s+(?:{numeric_b}|(?P<wd>\d\d)\.(?P<wm>\d\d)))?"
         r"|(?:з|із|від|с|со)\s+24\s+(?:лютого|февраля)\s+2022" + _CY_YEAR_WORD, _cy_war_to),
        (_CY_PART, _cy_part),
        (_CY_NUMERIC_RANGE, _cy_numeric_range),
        (rf"{_CY_FROM}(?P<ad>\d{{1,2}})(?:\s+(?P<am>{mon}))?\s+(?:по|до)\s+{date_b}"
         r"(?:\s+включно|\s+включительно)?", _cy_range),
        # "8–10 марта", "15-17 березня": the days from the first to the second.
        (rf"(?<![\w.\d,])(?P<ad>\d{{1,2}})\s?[—–‒-]\s?{date_b}", _cy_range),
        (_CY_LAST_DAYS, _cy_few_days),
        (rf"{_CY_FROM}(?:початку|начала)\s+(?:року|года)(?:\s+(?:до|по)\s+{date_b})?",
         _cy_year_start),
        (rf"{_CY_FROM}(?:початку|начала)\s+{_CY_NOT_AS_OF}{{0,60}}?\s{date_a}", _cy_since),
        # "з початку квітня", "с начала марта 2026 года": from that month's first day.
        (rf"{_CY_FROM}(?:початку|начала)\s+(?P<am>{mon})(?:\s+(?P<ay>(?:19|20)\d\d){_CY_YEAR_WORD})?"
         r"(?![\w])", _cy_since),
        (rf"{_CY_FROM}{_CY_WAR}|{_CY_WAR_LENGTH}|за\s+(?:два|три|чотири|четыре)\s+(?:роки|года)\s+"
         r"(?:повномасштабн\w+\s+)?(?:війни|войны)|(?:за|протягом)\s+(?:усю|всю)\s+(?:війну|войну)"
         r"|за\s+время\s+(?:сво|спецоперации|специальной\s+военной\s+операции)(?![\w])"
         r"|за\s+час\s+(?:повномасштабн\w+\s+)?(?:вторгнення|війни)",
         lambda m, ref: _cy_period(m, PeriodKind.cumulative, WAR_START, ref, needs_date=True)),
        (rf"{_CY_FROM}{date_a}(?!\s+(?:по|до)\s)", _cy_since),
        (r"(?<![\w])за\s+(?:время|час)\s+(?:боев\w*|бойов\w*|боїв|операц\w*|наступ\w*|"
         r"контрнаступ\w*)", _cy_unstated),
        (rf"(?:станом|по\s+состоянию)\s+на\s+(?:ранок\s+|утро\s+)?(?:{_CY_NUMERIC.format('n')}|{date_a})"
         rf"|(?<![\w])на\s+{_CY_NUMERIC.format('o')}|(?<![\w])(?:к|на|до)\s+(?:концу|кінця|кінець|конец|(?P<mid>середин[еиуі]))\s+"
         rf"(?:(?:(?P<em>{mon})\s+)?(?P<ey>(?:19|20)\d\d)|(?P<en>{mon})(?![\w']))|(?<![\w])к\s+{date_k}"
         # "На 26 февраля им известны имена ...", "По его данным, на 30 июня ...": a clause
         # led by "на" and a date is as of that day.
         rf"|(?:^|(?<=[,;:] )|(?<=актуален )|(?<=актуальні )|(?<=актуальна )|(?<=актуальны )"
         rf"|(?<=дані )|(?<=данные ))[\s«\"]*на\s+{date_s}"
         # "(на 30 червня 2026)", "1 261 420 человек на 24 февраля 2026 года": a bracket's
         # or a full date's "на" is as of that day too.
         rf"|(?<=\()\s*на\s+{date_p}|(?<![\w])(?<!ночь\s)(?<!ніч\s)на\s+(?P<qd>\d{{1,2}})\s+(?P<qm>{mon})\s+"
         rf"(?P<qy>(?:19|20)\d\d){_CY_YEAR_WORD}", _cy_as_of),
        (rf"(?<![\w])за\s+{date_k}", _cy_one_day),
        (rf"(?<![\w.\d]){_CY_NAMED_DAY}{date_r}(?(rday)|(?=\s*[—–‒-]\s*(?:{_CY_ABOUT}\s+)?\d))",
         lambda m, ref: _cy_one_day(m, ref, "r")),
        (rf"(?<![\w])(?:у|в)\s+(?:ніч|ночь)\s+на\s+{date_t}",
         lambda m, ref: _cy_one_day(m, ref, "t")),
        (rf"(?<![\w.]){_CY_NUMERIC.format('p')}|(?<![\w.\d]){date_k}", _cy_report(None)),
        (r"(?<![\w])(?:за\s+(?:эту\s+|цю\s+|минувшую\s+|прошедшую\s+)?(?:ночь|ніч)|(?:минулої|цієї|цієї"
         r"|прошлой|этой|минувшей)\s+(?:ночі|ночью)|(?:протягом|упродовж|в\s+течение)\s+(?:минулої\s+|"
         r"прошедшей\s+|этой\s+|цієї\s+)?(?:ночі|ночи)|вночі|ночью|(?:від|з)\s+початку\s+(?:цієї\s+|"
         r"поточної\s+)?доби|с\s+начала\s+(?:этих\s+|текущих\s+)?суток)(?![\w])", _cy_tonight),
        (r"(?<![\w])(?:(?:за|упродовж|протягом|в\s+течение)\s+(?:минул\w+|останн\w+|минувш\w+|"
         r"одну|одни|прошедш\w+|последн\w+)\s+(?:доб\w+|сут\w+)|за\s+(?:добу|сутки)|напередодні|вчора|вчера|минулої\s+"
         r"доби|протягом\s+доби|минувшие\s+сутки|суточн\w+\s+потер\w*|добов\w+\s+втрат\w*|за\s+(?:минувший\s+"
         r"|прошедший\s+|минулий\s+)?день)(?![\w])", _cy_relative(1, PeriodKind.day)),
        (r"(?<![\w])(?:(?:за|протягом|упродовж|в\s+течение|на)\s+)?(?:минул\w+|прошл\w+)\s+"
         r"(?:тиждень|тижня|тижні|неделю|недели|неделе)(?![\w])", _cy_last_week),
        (r"(?<![\w])(?:за\s+(?:минул\w+\s+|останн\w+\s+|прошл\w+\s+|последн\w+\s+|минувш\w+\s+|"
         r"прошедш\w+\s+)?(?:тиждень|"
         r"неделю)|минулого\s+тижня|на\s+прошлой\s+неделе|(?:протягом|упродовж|в\s+течение)\s+"
         r"(?:минулого\s+|останнього\s+|прошедшей\s+|последней\s+)?(?:тижня|недели))(?![\w])",
         _cy_relative(7, PeriodKind.week)),
        (rf"(?<![\w])(?:за|у|в|во|протягом|підсумк\w*|итог\w*)\s+(?P<am>{mon})(?:\s+(?P<ay>(?:19|20)\d\d)"
         rf"{_CY_YEAR_WORD})?", _cy_month),
        (_CY_YEARS, _cy_years),
        (r"(?<![\w])(?:за|у|в|во|протягом)\s+(?P<y>(?:19|20)\d\d)(?:-?(?:й|м|му|ом))?(?:\s*"
         r"(?:рік|році|року|р\.|год|году|г\.))?(?![\w.])", _cy_year),
        (r"(?<![\w])(?:минулого\s+місяця|за\s+минулий\s+місяць|в\s+прошлом\s+месяце|за\s+"
         r"(?:прошлый|прошедший)\s+месяц)(?![\w])", _cy_last_month),
        (r"(?<![\w])(?:минулого\s+року|за\s+минулий\s+рік|у\s+минулому\s+році|в\s+прошлом\s+году|"
         r"за\s+прошлый\s+год)(?![\w])", _cy_last_year),
        (_CY_WEAK_TOTAL, _cy_weak_total),
    )  # fmt: skip
    return tuple(
        (re.compile(p), build, cue) for (p, build), cue in zip(rows, _CY_CUES, strict=True)
    )


def _count_back_from(day: dt.date, found: list[Period]) -> None:
    """ "станом на 24.12.2025 ... за минулу добу": relative periods end the day before `day`."""
    for p in found:
        if p.needs_date and p.kind in (PeriodKind.day, PeriodKind.week) and p.end:
            shift = day - dt.timedelta(days=1) - p.end
            p.start, p.end = (p.start or p.end) + shift, p.end + shift


def _per_day_of_named_day(found: list[Period]) -> None:
    """ "найважчим став день 7 листопада: 1 190 осіб за одну добу": with one day named as the
    figures' own, a "за добу" in the sentence is that day, not the day before publication."""
    named = [p for p in found if p.kind == PeriodKind.day and p.strong and not p.needs_date]
    if len(named) != 1:
        return
    for p in found:
        if p.needs_date and p.kind == PeriodKind.day and p.start == p.end:
            p.start = p.end = named[0].end
            p.needs_date = False


_THE_DAY_BEFORE = frozenset({"напередодні", "вчора", "вчера"})


def _day_before_as_report(sentence: str, found: list[Period]) -> None:
    """ "напередодні Генштаб повідомляв про 1 120 ... за добу": with another "за добу" in the
    sentence, "напередодні" / "вчора" dates the report, which that day counts back from."""
    days = [p for p in found if p.needs_date and p.kind == PeriodKind.day]
    for p in days:
        if sentence[p.start_char : p.end_char] in _THE_DAY_BEFORE and len(days) > 1:
            p.strong, p.needs_date = False, False


# A weekday after a diary's or a blog's date ("14 квітня, вівторок."), every case form.
_CY_WEEKDAY = (
    r"(?:понеділ|вівтор|серед|четвер|п'ятниц|субот|неділ|понедельник|вторник|сред|четверг"
    r"|пятниц|суббот|воскресен)\w*"
)


@functools.cache
def _cy_stamp_re() -> re.Pattern[str]:
    """A line that is only a date and maybe a weekday and a time ("13 травня, 09:40",
    "14.05.2026 09:30", "14 квітня, вівторок.")."""
    return re.compile(
        rf"^\W*(?:(?P<kd>\d{{1,2}})\s+(?P<km>{_cy_mon()})(?:\s+(?P<ky>\d{{4}}))?{_CY_YEAR_WORD}"
        rf"|{_CY_NUMERIC.format('n')})[\s,.]*(?:{_CY_WEEKDAY}[\s,.]*)?(?:\d{{1,2}}:\d{{2}})?\W*$"
    )


def cyrillic_stamp(line: str, published: dt.date | None) -> dt.date | None:
    """The day a live blog's entry line names when the line is only a date and maybe a time
    (its entry's "за добу" counts back from it), else None."""
    m = _cy_stamp_re().match(line.lower())
    return None if m is None else _cy_date(m, "n" if m["nd"] else "k", published)


def cyrillic_periods(sentence: str, published: dt.date | None) -> list[Period]:
    """Every period of a Ukrainian or Russian sentence (lower case, ё as е), by character span;
    a stated "as of" day becomes the end of the sentence's running totals (or one itself)."""
    found: list[Period] = []
    for pattern, build, cues in _cyrillic_rows():
        if not any(cue in sentence for cue in cues):
            continue
        for m in pattern.finditer(sentence):
            if any(p.start_char < m.end() and m.start() < p.end_char for p in found):
                continue
            period = build(m, published)
            if period is not None and not (period.needs_date and published is None):
                found.append(period)
    _day_before_as_report(sentence, found)
    _per_day_of_named_day(found)
    reports = [p for p in found if p.kind == PeriodKind.day and not p.strong]
    markers = [
        p for p in found if p.kind == PeriodKind.cumulative and not p.strong and not p.needs_date
    ]
    anchor = (markers or reports)[0].end if markers or reports else None
    if anchor is not None:
        _count_back_from(anchor, found)
    found = [p for p in found if p not in reports]
    if markers:
        as_of = markers[0].end
        totals = [p for p in found if p.kind == PeriodKind.cumulative and p not in markers]
        for p in totals:
            p.end, p.strong = as_of, True
        if totals:
            found = [p for p in found if p not in markers]
        else:
            markers[0].strong = True
    return sorted(found, key=lambda p: p.start_char)


# Searched in every loss sentence: opened by a lookahead for their first characters (speed,
# issue 13 req 7; `with_first_chars`: the same matches). Here, after the rows read as written.
_MONTH_WORD = with_first_chars(_MONTH_WORD)
_RELATIVE_ANY = with_first_chars(_RELATIVE_ANY)
