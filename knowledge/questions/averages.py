"""Questions for an average ("daily average", "per day", "monthly average") or a comparison
("A vs B", "higher than last month?", "did losses rise?"), as table rows (issue 12,
requirement 6). Periods and metrics are read by `parse_question` as for any question; this
says that an average or a comparison was asked for, and which periods it compares."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from knowledge.dates import with_year
from knowledge.lexicon.calendar import month_end
from knowledge.models import Figure, Metric, PeriodKind, Query
from knowledge.questions.cyrillic import as_english, has_cyrillic
from knowledge.questions.parse import (
    _SUBJECT_RUSSIA,
    _SUBJECT_UKRAINE,
    BREAKDOWN,
    PER_HOUR,
    ZERO_DAY,
    parse_question,
    spelled_times,
)

# "average" as people type it.
_AVG = r"(?:av(?:e|a)?r?a?ge?d?|avrage|avarage|averge|avg|mean)"


def _per(unit: str, adjective: str) -> re.Pattern[str]:
    """ "daily average", "average daily", "average ... per day", "a day on average"."""
    return re.compile(
        rf"\b{adjective}\s+{_AVG}\b|\b{_AVG}\s+(?:{adjective}|an?\s+{unit}|per\s+{unit})\b"
        rf"|\b{_AVG}\b.*\b(?:per|an?|each)\s+{unit}\b|\b(?:per|an?|each)\s+{unit}\b.*\b{_AVG}\b"
        # "week-by-week average", "the average, month by month" (wave 7, qconv)
        rf"|\b{unit}[\s-]+(?:by|on)[\s-]+{unit}\b.*\b{_AVG}\b|\b{_AVG}\b.*\b{unit}[\s-]+by[\s-]+{unit}\b"
        # "how much is that a day", "what's that per week" (a follow-up)
        rf"|(?:'s|\bis|\bwas)\s+(?:that|it)\s+(?:per|a)\s+{unit}\W*$"
        # "whats that a day", "what does it come to a week on avg" (a follow-up, wave 14)
        rf"|\b(?:that|it|this)(?:\s+(?:make|come\s+to|work\s+out\s+(?:to|at|as)|amount\s+to))?\s+"
        rf"(?:per|an?|each|every)\s+{unit}(?:\s+(?:on\s+)?{_AVG})?\W*$",
        re.IGNORECASE,
    )


# The period of the question before, pointed back at after "per day" (a follow-up).
_BACK = (
    r"(?:\s+(?:in|for|over|across|during|of)\s+(?:that|this|it|those|these|the\s+same|the\s+rest)"
    r"(?:\s+(?:part|period|stretch|span|time|window|days|weeks|range|bit))?)?(?:\s+then)?"
)


# A follow-up's closing word ("per month then", "a week instead").
_THEN = r"(?:,?\s+(?:then|instead|too|please|now|each|both|respectively))?"
# (pattern, the unit the average is per), first match wins.
# Words asking whether a quoted rate is right: "true?", "does that hold up?", "fair summary?"
_VERDICT = (
    r"normal|typical|usual|realistic|plausible|believable|right|true|correct|accurate|fair|"
    r"legit|hold\s+up|holds\s+up|check\s+out|checks\s+out|add\s+up|adds\s+up|consistent|"
    r"exaggerat\w*|inflated|overstat\w*|understat\w*|match(?:es)?"
)
AVERAGE_ROWS: list[tuple[re.Pattern[str], PeriodKind]] = [
    # "per day?" alone, after a question about a period (a follow-up), or with the period
    # pointed back at ("per day in that part", "a week over that stretch")
    *(
        (
            re.compile(rf"^\W*(?:and\s+|so\s+)?(?:per|an?)\s+{unit.value}{_BACK}{_THEN}\W*$", re.I),
            unit,
        )
        for unit in (PeriodKind.hour, PeriodKind.day, PeriodKind.week, PeriodKind.month)
    ),
    # "daily?", "and weekly", "daily figure?" alone: the same, averaged (a follow-up, qconv)
    *(
        (
            re.compile(
                rf"^\W*(?:and\s+|so\s+)?(?:the\s+)?{adjective}(?:\s+(?:figures?|numbers?|count|"
                r"losses))?\W*$",
                re.I,
            ),
            unit,
        )
        for adjective, unit in (
            ("daily", PeriodKind.day),
            ("weekly", PeriodKind.week),
            ("monthly", PeriodKind.month),
        )
    ),
    # "losing more per day in Jan 2026 than in Jan 2025?": a comparison of daily averages
    *(
        (
            re.compile(
                rf"\b(?:more|fewer|less|higher|lower|faster|slower)\s+(?:\w+\s+)?(?:per|each)"
                rf"\s+{unit.value}\b.*\bthan\b",
                re.I,
            ),
            unit,
        )
        for unit in (PeriodKind.day, PeriodKind.week, PeriodKind.month)
    ),
    (_per("day", r"(?:daily|day)"), PeriodKind.day),
    (_per("week", "weekly"), PeriodKind.week),
    (_per("month", "monthly"), PeriodKind.month),
    # "a typical day", "the daily rate", "the rate per week": an average by another name
    (
        re.compile(
            r"\btypical\s+day\b|\bdaily\s+(?:rate|pace)\b|\b(?:rate|pace)\s+(?:per|a)\s+day\b", re.I
        ),
        PeriodKind.day,
    ),
    (
        re.compile(
            r"\btypical\s+week\b|\bweekly\s+(?:rate|pace)\b|\b(?:rate|pace)\s+(?:per|a)\s+week\b",
            re.I,
        ),
        PeriodKind.week,
    ),
    (
        re.compile(
            r"\btypical\s+month\b|\bmonthly\s+(?:rate|pace)\b|"
            r"\b(?:rate|pace)\s+(?:per|a)\s+month\b",
            re.I,
        ),
        PeriodKind.month,
    ),
    # "is 1,500 a day normal?", "2,000 artillery systems a month - typical for 2024?",
    # "'nearly 1,600 a day in December' - fair summary?": a quoted rate held against the
    # period's average
    *(
        (
            re.compile(
                rf"\d[\d,. ]*\s*(?:k\s+)?(?:[\w-]+\s+){{0,3}}?(?<!\bin\s)(?:a|per|each|every)\s+"
                rf"{unit.value}\b.*\b(?:{_VERDICT})\b|"
                r"\b(?:normal|typical|usual|realistic|plausible|believable)\b.*\d[\d,.]*\s*(?:k\s+)?"
                rf"(?:[\w-]+\s+){{0,3}}?(?:a|per|each|every)\s+{unit.value}\b",
                re.I,
            ),
            unit,
        )
        for unit in (PeriodKind.day, PeriodKind.week, PeriodKind.month)
    ),
    # "artillery per week during summer 2024", "vehicles per day in H1 2025": a count per unit
    # of time is its average ("a day" alone is not: "1,500 a day" may quote one day's figure)
    *(
        (re.compile(rf"\b(?:per|each|every)\s+{unit.value}\b", re.I), unit)
        for unit in (PeriodKind.day, PeriodKind.week, PeriodKind.month)
    ),
    # "how many an hour", "hourly losses", "per hour": no figure is counted per hour, so the
    # words ask for the period's average per hour whatever else is around them (a day's / 24)
    (PER_HOUR, PeriodKind.hour),
    # "mean" alone is too common a word ("what does KIA mean?") to ask for an average.
    (re.compile(r"\b(?:av(?:e|a)?r?a?ge?|avrage|avarage|averge)\b", re.IGNORECASE), PeriodKind.day),
]


def breakdown_unit(text: str) -> PeriodKind | None:
    """The unit a period is asked unit by unit ("month by month in 2024"), or None."""
    words = as_english(text)
    hit = BREAKDOWN.search(words)
    if hit is None or re.search(rf"\b{_AVG}\b", words, re.I):  # "the average, month by month"
        return None
    return PeriodKind(next(g for g in hit.groups() if g).lower())


# "the median day", "median daily losses": the middle daily figure of a
# period (sorted), not the mean; its words, once read, are no longer unread.
MEDIAN = re.compile(r"\bmedian\b", re.IGNORECASE)
MEDIAN_WORDS = re.compile(r"\b(?:median|mean)\b", re.IGNORECASE)


def median_asked(text: str) -> bool:
    """Whether the question asks for the median of the daily figures."""
    return MEDIAN.search(text) is not None


# Days past a threshold (issue 12, requirement 6): "the longest run of days above 1,000",
# "how many days in a row ... double-digit tanks", "how many days over 2,000 in 2024". The
# comparison words, each a row: (pattern, at least (True) or strictly past (False), below).
_THRESHOLD_NUMBER = r"(\d{1,3}(?:[,\s]\d{3})+(?!\d)|\d+(?:\.\d+)?)\s*(k\b|thousand\b)?"
THRESHOLD_ROWS: list[tuple[re.Pattern[str], bool, bool]] = [
    (re.compile(rf"\b(?:above|over|more\s+than|greater\s+than|higher\s+than|exceeding|"
                rf"topping|beyond|in\s+excess\s+of)\s+{_THRESHOLD_NUMBER}", re.I), False, False),
    (re.compile(rf"\b(?:at\s+least|no\s+(?:fewer|less)\s+than|or\s+more\s+than)\s+"
                rf"{_THRESHOLD_NUMBER}|{_THRESHOLD_NUMBER}\s*(?:\+|or\s+more)", re.I), True, False),
    (re.compile(rf"\b(?:below|under|fewer\s+than|less\s+than|lower\s+than)\s+"
                rf"{_THRESHOLD_NUMBER}", re.I), False, True),
]  # fmt: skip
# "double-digit tanks": at least the smallest number of that many digits
_DIGITS = {"double": 10, "two": 10, "triple": 100, "three": 100, "four": 1000, "five": 10000}
_DIGIT_WORDS = re.compile(r"\b(double|two|triple|three|four|five)[\s-]+(?:digit|figure)s?\b", re.I)
# a run of days one after another, not every day past the threshold
_IN_A_ROW = re.compile(
    r"\b(?:in\s+a\s+row|consecutive|straight\s+days|streaks?|runs?\s+of\s+days|"
    r"(?:longest|unbroken)\s+(?:run|stretch|spell))\b",
    re.I,
)
# "any day below 1,000?", "every single day above 1,000": whether days past it were any
_ANY_DAY = re.compile(r"\b(?:any|every|each)\s+(?:single\s+)?days?\b", re.I)
_HOW_MANY_DAYS = re.compile(
    r"\b(?:how\s+many|number\s+of|count\s+of)\s+(?:\w+\s+){0,2}?days\b", re.I
)


@dataclass(frozen=True)
class Threshold:
    """Days past a threshold asked about: the longest run of them or how many there were."""

    value: int
    at_least: bool  # "at least 1,000", "double-digit": the threshold itself counts
    below: bool  # "under 500": days below it
    in_a_row: bool  # the longest run of consecutive days, not the number of days
    words: str  # the threshold as written, read


# The words a threshold question is made of, read once it is answered ("longest run of days",
# "in a row", "at most", "in total"); anything else left unread still is.
_THRESHOLD_FILLER = re.compile(
    r"\b(?:the|a|an|of|with|did|at\s+most|in\s+total|altogether|days?|longest|run|row|"
    r"stretch|spell|streak|consecutive|straight|unbroken|how|many|number|count|in|was|were|"
    r"any|every|each|single)\b",
    re.I,
)


def threshold_words_only(span: str, threshold: Threshold) -> bool:
    """Whether an unread span is only the threshold question's own words."""
    if span.lower().strip() in threshold.words.lower():  # "fewer" of "fewer than 5"
        return True
    rest = span.lower().replace(threshold.words.lower(), " ")
    rest = _THRESHOLD_FILLER.sub(" ", _DIGIT_WORDS.sub(" ", rest))
    return not re.search(r"[^\W\d_]{2,}", rest)


def days_past_threshold(text: str) -> Threshold | None:
    """The threshold a question counts days past, or None when it asks no such thing."""
    in_a_row = _IN_A_ROW.search(text) is not None
    if not in_a_row and _HOW_MANY_DAYS.search(text) is None and _ANY_DAY.search(text) is None:
        return None
    digits = _DIGIT_WORDS.search(text)
    if digits is not None:
        value = _DIGITS[digits.group(1).lower()]
        return Threshold(value, True, False, in_a_row, digits.group(0))
    # the last threshold written is the one asked ("my draft says more than 1,000 a day ...
    # any day below 1,000?": the draft's words come first, the question after them)
    found = [
        (m, at_least, below) for p, at_least, below in THRESHOLD_ROWS for m in p.finditer(text)
    ]
    if not found:
        return None
    hit, at_least, below = max(found, key=lambda f: f[0].start())
    groups = hit.groups()  # (number, scale) for each alternative of the row
    number, scale = next((n, k) for n, k in zip(groups[::2], groups[1::2], strict=True) if n)
    amount = float(re.sub(r"[,\s]", "", number)) * (1000 if scale else 1)
    return Threshold(round(amount), at_least, below, in_a_row, hit.group(0).strip())


def average_unit(text: str) -> PeriodKind | None:
    """The unit an average is asked per, or None when the question asks for no average."""
    words = spelled_times(as_english(text))  # "середні добові": the same rows as English
    return next((unit for pattern, unit in AVERAGE_ROWS if pattern.search(words)), None)


# -- comparisons ------------------------------------------------------------------------------
#
# "A vs B", "were losses in November higher than in October?", "did losses rise in 2024?",
# "by how much did they rise from September to November?": the question is split into the
# words for each period, each read by `parse_question` like any question (issue 12,
# requirement 6). Which words trigger a comparison and where it splits are rows below.


class Order(StrEnum):
    """Which of the two parts is the period the other is measured against."""

    asked = "asked"  # "A higher than B": A against B
    from_to = "from_to"  # "rise from A to B": B against A
    either = "either"  # "A vs B", "compare A and B": the later against the earlier


# The verbs of a change, one table each way: comparisons are found with both, and a yes-or-no
# question's direction with one of them.
_UP_VERBS = (
    r"rise|rises|rose|risen|rising|increase[sd]?|increasing|grow|grew|grown|growing|go\s+up"
    r"|went\s+up|gone\s+up|jump(?:ed|s)?|climb(?:ed|s)?|spike[sd]?"
)
_DOWN_VERBS = (
    r"fall|falls|fell|fallen|falling|drop(?:ped|s)?|decline[sd]?|decreas(?:e|ed|es)|go\s+down"
    r"|went\s+down|gone\s+down"
)
# A bare "up" or "down" is about losses ("were losses up in May?"), never "shot down",
# "brought down" or "does that hold up?".
_NOT_A_CHANGE = (
    r"(?<!shot\s)(?<!brought\s)(?<!gunned\s)(?<!knocked\s)(?<!taken\s)(?<!shoot\s)"
    r"(?<!hold\s)(?<!holds\s)(?<!add\s)(?<!adds\s)(?<!stack\s)(?<!back\s)(?<!sum\s)"
    r"(?<!match\s)(?<!measure\s)(?<!line\s)(?<!show\s)(?<!look\s)"
)
# A change by a multiple ("did drone losses double from January 2024 to January 2025?"): a
# comparison of the two periods, but no way up or down to answer yes to (a rise of 20% is no
# doubling), so it is in neither verb table; "double-check" is no change.
_MULTIPLE_VERBS = r"(?:doubl|tripl|halv)(?:e|ed|es|ing)(?![\s-]*check)"
_CHANGE = (
    rf"(?:{_UP_VERBS}|{_DOWN_VERBS}|{_MULTIPLE_VERBS}|change[sd]?|percent(?:age)?|%|trend(?:ing)?"
    # ("up to 1,000 a day" is a figure's ceiling, no change)
    rf"|{_NOT_A_CHANGE}(?:up(?!\s+to\b)|down))"
)
_MORE = (
    r"(?:higher|lower|more|less|fewer|worse|better|bigger|smaller|greater|heavier|deadlier"
    r"|bloodier|costlier|larger|hi[gh]+er|hgiher|higer|hihger|mroe|moar|worst|lighter)"
)

# (trigger, where it splits, which part is measured against which, whether the first part
# starts after the trigger: words before "from" or "compare" are no period), tried in order;
# a row applies only when each part reads as a period.
_FROM = re.compile(rf"\b{_CHANGE}\b.*?\bfrom\b", re.I)
_TO = re.compile(r"\b(?:to|till|until|through)\b|→|->", re.I)
_BETWEEN = re.compile(rf"\b{_CHANGE}\b.*?\bbetween\b", re.I)
_AND = re.compile(r"\b(?:and|&)\b", re.I)
_MORE_WORD = re.compile(rf"\b{_MORE}\b", re.I)
# "then" for "than" is a common slip; both parts must still read as periods
_THAN = re.compile(r"\bth[ae]n\b|\bcompared\s+(?:to|with)\b", re.I)
_SIGN = re.compile(r"\s[<>]\s")
_ARROW = re.compile(r"\s*(?:->|=>|→|-->)\s*")
_ANYWHERE = re.compile(r".")
_VERSUS = re.compile(
    r"\s(?:vs\.?|v\.?|versus|against|compar(?:e|ed|es|ing)\s+(?:to|with)|as\s+against"
    r"|relative\s+to)\s",
    re.I,
)
# "september 2025 up or down on september 2024?", "2024 down from 2023": the British "up on".
_UP_ON = re.compile(
    r"\s(?:up|down|higher|lower|rising|falling)(?:\s+or\s+(?:up|down|higher|lower))?\s+"
    # the change quoted between ("up about 9% on october", "down 1,200 from"): wave 13, qcheck
    r"(?:(?:by\s+)?(?:about|around|roughly|some|nearly|almost|over|~)?\s*\d[\d,.]*\s*"
    r"(?:%|per\s*cent|percent)?\s+)?"
    r"(?:on|from|over|vs\.?|versus|against)\s",
    re.I,
)
_COMPARE = re.compile(
    r"\b(?:comp[ae]i?r\w*|contrast\w*|diff(?:erence)?s?\s+(?:between|in)|diff\b"
    r"|side\s+by\s+side)",
    re.I,
)
_WITH = re.compile(r"\b(?:and|with|to|&|against)\b", re.I)
_OR = re.compile(r"\bor\b", re.I)
COMPARE_ROWS: list[tuple[re.Pattern[str], re.Pattern[str], Order, bool]] = [
    (_FROM, _TO, Order.from_to, True),  # "rise from A to B"
    (_BETWEEN, _AND, Order.from_to, True),  # "grow between A and B"
    (_MORE_WORD, _THAN, Order.asked, False),  # "A higher than B"
    (_ANYWHERE, _VERSUS, Order.either, False),  # "A vs B", "A compared with B"
    (_ANYWHERE, _UP_ON, Order.asked, False),  # "A up or down on B"
    (_ANYWHERE, _ARROW, Order.from_to, False),  # "2023 -> 2024": from A to B
    (_ANYWHERE, _SIGN, Order.asked, False),  # "is A > B?"
    (_COMPARE, _WITH, Order.either, True),  # "compare A and B", "difference between A and B"
    (_MORE_WORD, _OR, Order.either, False),  # "more in A or B?"
]

# "...than the previous month", "...with the month before", "the same quarter of 2025": the
# other period is the first one moved (unit, steps back), or to another year.
_UNIT = r"(?P<unit>day|week|month|quarter|year|season|half|period|time)s?"
_HOW_MANY = r"\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty"
_COUNTED = r"(?:day|week|month|quarter|year)"
RELATIVE_ROWS: list[re.Pattern[str]] = [
    re.compile(rf"\b(?:the\s+)?(?:previous|prior|preceding|last|past)\s+{_UNIT}\b", re.I),
    re.compile(rf"\b(?:the|a|one)\s+{_UNIT}\s+(?:before|earlier|prior|ago)\b", re.I),
    # "the fortnight before", "the 14 days before", "the three before", "the same number of
    # days before", "the preceding ten days": the first period moved back by its own length
    # (no unit group: the period's own length)
    re.compile(
        rf"\b(?:the|a)\s+(?:(?:same\s+number|same\s+count|like\s+number)\s+of\s+{_COUNTED}s?|"
        rf"(?:{_HOW_MANY})(?:\s+{_COUNTED}s?)?|fortnight)\s+(?:before|earlier|prior|preceding)\b"
        rf"|\b(?:the\s+)?(?:previous|prior|preceding)\s+(?:(?:{_HOW_MANY})\s+{_COUNTED}s?|"
        r"fortnight)\b",
        re.I,
    ),
]
SAME_IN_YEAR = re.compile(
    r"\bsame\s+(?:\w+\s+){0,2}?(?:of|in)?\s*(?P<year>(?:19|20)\d\d)\b"
    r"|\bsame\s+(?:\w+\s+){0,2}?(?P<back>(?:a|one)\s+year\s+(?:before|earlier|ago)|last\s+year"
    r"|the\s+year\s+before|(?:the\s+)?(?:previous|prior)\s+year)",
    re.I,
)
# "did losses rise in November 2024?": one period, measured against the one before it.
CHANGE_ALONE = re.compile(
    rf"\b(?:did|have|has|were|was|are|is|do|does)\b.*\b{_CHANGE}\b|\b{_CHANGE}\b.*\?\s*$"
    rf"|\b(?:rise|increase|fall|drop|decline|change|growth)\s+(?:in|of)\b",
    re.I,
)


# Which way a yes-or-no comparison asks ("were losses higher...?", "did losses fall?"):
# +1 up, -1 down; a question that asks neither way gets no yes or no.
_UP = re.compile(
    r"\b(?:higher|more|worse|bigger|greater|heavier|deadlier|bloodier|costlier|larger"
    rf"|{_UP_VERBS}|{_NOT_A_CHANGE}up)\b",
    re.I,
)
_DOWN = re.compile(
    rf"\b(?:lower|less|fewer|smaller|lighter|{_DOWN_VERBS}|{_NOT_A_CHANGE}down)\b",
    re.I,
)
# "were losses higher...?", and a follow-up's "more than last month?"
_YES_NO = re.compile(
    r"^\W*(?:and\s+)?(?:did|do|does|were|was|are|is|has|have|had|will|more|less|fewer|higher"
    r"|lower|worse|up|down)\b",
    re.I,
)


def asked_direction(text: str) -> int:
    """+1 when a yes-or-no question asks whether losses went up, -1 down, else 0."""
    text = as_english(text) if has_cyrillic(text) else text  # "чи зросли", "выросли ли"
    if not _YES_NO.search(text):
        return 0
    up, down = _UP.search(text), _DOWN.search(text)
    if up and down:
        return 1 if up.start() < down.start() else -1
    return 1 if up else -1 if down else 0


@dataclass(frozen=True)
class Split:
    """A comparison's two parts as words: `first` is measured against `second`."""

    first: str
    second: str
    order: Order


def comparison_splits(text: str) -> list[Split]:
    """Every way the rows split `text` into two parts, most likely first (the caller keeps
    the first whose parts both read as periods)."""
    found: list[Split] = []
    for trigger, joint, order, after in COMPARE_ROWS:
        hit = trigger.search(text)
        if hit is None:
            continue
        begin = hit.end() if after else 0
        for cut in joint.finditer(text, begin):
            if order == Order.asked and cut.start() < hit.start():
                continue
            left, right = text[begin : cut.start()].strip(), text[cut.end() :].strip()
            if left and right:
                # "from A to B" measures B against A.
                pair = (right, left) if order == Order.from_to else (left, right)
                found.append(Split(*pair, order))
    return found


def change_asked(text: str) -> bool:
    """Whether the question asks whether one period's losses rose or fell (against the one
    before it, when no other period is named)."""
    return CHANGE_ALONE.search(text) is not None


def relative_unit(text: str) -> str | None:
    """The unit of "the previous month", "the week before"; None when there is none."""
    for row in RELATIVE_ROWS:
        hit = row.search(text)
        if hit is not None:
            unit = hit.groupdict().get("unit")
            return unit.lower() if unit else "period"
    return None


def same_in_year(text: str) -> int | None:
    """ "the same quarter of 2025" -> 2025; "the same month a year earlier" -> -1 (years back)."""
    hit = SAME_IN_YEAR.search(text)
    if hit is None:
        return None
    return int(hit.group("year")) if hit.group("year") else -1


def is_comparison_word(word: str) -> bool:
    """Whether an unread word is one a comparison reads (higher, vs, compare, rise ...)."""
    word = as_english(word) if has_cyrillic(word) else word  # "порівняй", "сравни"
    return any(
        re.fullmatch(pattern, word.strip(), re.I) is not None
        for pattern in (_CHANGE, _MORE, r"vs\.?|versus|against|compar\w*|diff\w*|than|or|and")
    )


@dataclass(frozen=True)
class Comparison:
    """Two readings of one question's periods: `first` is measured against `second`."""

    first: Query
    second: Query
    order: Order
    how: str = ""  # how the second period was found, when the question did not name it
    parts: tuple[str, ...] = ()  # the words read for each period
    left_out: tuple[str, ...] = ()  # words the parts' readings could not use
    whole: Query | None = None  # the question's own reading, when it was read again


_KIND_UNITS = {PeriodKind.month: "month", PeriodKind.year: "year", PeriodKind.week: "week",
               PeriodKind.day: "day"}  # fmt: skip
_MONTHS_IN = {"month": 1, "quarter": 3, "year": 12}
_DAYS_IN = {"day": 1, "week": 7}


def shifted(start: dt.date, end: dt.date, unit: str | None, steps: int) -> tuple[dt.date, dt.date]:
    """The period moved by `steps` units (its own length when `unit` is None): whole months
    stay whole months, so November moved back a month is all of October."""
    whole_months = start.day == 1 and end == month_end(end.year, end.month)
    if unit in _DAYS_IN or (unit is None and not whole_months):
        days = _DAYS_IN[unit] if unit in _DAYS_IN else (end - start).days + 1
        return start + dt.timedelta(days=days * steps), end + dt.timedelta(days=days * steps)
    span = (end.year - start.year) * 12 + end.month - start.month + 1
    months = _MONTHS_IN.get(unit or "", span)
    first = _add_months(start.replace(day=1), months * steps)
    last = _add_months(end.replace(day=1), months * steps)
    if whole_months:
        return first, month_end(last.year, last.month)
    return first.replace(day=min(start.day, 28)), last.replace(day=min(end.day, 28))


def _add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month `months` after (or before) the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _read_part(text: str, today: dt.date, near: dt.date | None = None) -> Query | None:
    """A part's period as `parse_question` reads it, or None without a full date. The period
    may be followed by words that are not one ("2023, % change"): then its words alone. With
    `near` (the other part's start), a period without a year is the one nearest it
    ("january 2026 compared with december": December 2025)."""
    for words in dict.fromkeys((text, re.split(r"[,;:?!(]", text)[0])):
        query = parse_question(words, today)
        if query.period_start is None or query.open_end:
            continue
        if query.year_missing and near is not None and query.period_end is not None:
            return _nearest(query, near)
        if not query.year_missing:
            return query
    return None


def _nearest(query: Query, near: dt.date) -> Query:
    """`query` with its yearless period moved by whole years to the one nearest `near`."""
    assert query.period_start is not None and query.period_end is not None
    start, end = query.period_start, query.period_end
    steps = min((-1, 0, 1), key=lambda k: abs((with_year(start, near.year + k) - near).days))
    shift = near.year + steps - start.year
    moved = {"period_start": with_year(start, start.year + shift),
             "period_end": with_year(end, end.year + shift), "year_missing": False}  # fmt: skip
    if end.day == month_end(end.year, end.month).day:  # keep a month's end (28/29 February)
        moved["period_end"] = month_end(end.year + shift, end.month)
    return query.model_copy(update=moved)


def _left_out(*parts: Query | None) -> tuple[str, ...]:
    """The words the parts' own readings could not use and that could change the answer."""
    return tuple(s.text for q in parts if q is not None for s in q.unread if s.constrains)


def _first_part(first: str, second: str, today: dt.date) -> Query | None:
    """The first part's reading, completed from the second when it leaves out what they share
    ("the first and second half of 2024", "jan or feb 2024")."""
    found = _read_part(first, today)
    words = second.split()
    for drop in (1, 2):
        if found is not None or len(words) <= drop:
            break
        found = _read_part(f"{first} {' '.join(words[drop:])}", today)
    return found


def _with_period(whole: Query, start: dt.date, end: dt.date, kind: PeriodKind) -> Query:
    """The whole question's reading (metrics, side, claimant) for one of its periods."""
    update = {"period_start": start, "period_end": end, "period_kind": kind}
    reset = {"figure": Figure.period, "open_end": False, "prefer_kind": None}
    return whole.model_copy(update={**update, **reset, "year_missing": False, "unread": []})


_ONE_UNIT_AGO = re.compile(r"\b(?:a|an|one|1)\s+(?:day|week|month|year)\s+ago\b", re.I)


def _second_part(text: str, first: Query, today: dt.date) -> tuple[Query, str, Query | None] | None:
    """The period the first is measured against: named, relative to the first ("the month
    before"), or the first moved to another year ("the same quarter of 2025")."""
    assert first.period_start is not None and first.period_end is not None
    start, end = first.period_start, first.period_end
    year = same_in_year(text)
    if year is not None:
        steps = -1 if year == -1 else year - start.year
        moved = shifted(start, end, "year", steps)
        return _with_period(first, *moved, first.period_kind), "the same period a year on", None
    unit = relative_unit(text)
    # "last week" beside this week is read as written; "a year ago" beside now is moved
    # "now vs a year ago": the same stretch a unit back, not the whole calendar unit
    one_back = _ONE_UNIT_AGO.search(text) is not None
    found = None
    if unit is None or (start <= today <= end and not one_back):
        found = _read_part(text, today, start)
    if unit is not None and found is None:
        moved = shifted(start, end, unit if unit in _MONTHS_IN or unit in _DAYS_IN else None, -1)
        return _with_period(first, *moved, first.period_kind), f"the {unit} before", None
    if found is None or found.period_end is None:
        return None
    second = _with_period(first, found.period_start or start, found.period_end, found.period_kind)
    return second, "", found


_KINDS = {"day": PeriodKind.day, "week": PeriodKind.week, "month": PeriodKind.month,
          "quarter": PeriodKind.range, "year": PeriodKind.year}  # fmt: skip


def _unit_of(day: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The calendar day, Monday-to-Sunday week, month, quarter or year that `day` is in."""
    if unit == "day":
        return day, day
    if unit == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    first = dt.date(day.year, (day.month - 1) // months * months + 1, 1)
    last = _add_months(first, months - 1)
    return first, month_end(last.year, last.month)


def _current(split: Split, today: dt.date) -> Query | None:
    """ "Higher than last month?", "more now than a year ago?" with no first period: the
    current month (week, year...) so far."""
    unit = relative_unit(split.second)
    if split.order != Order.asked or unit not in _KINDS:
        return None
    start, end = _unit_of(today, unit)
    return _with_period(parse_question(split.first, today), start, min(end, today), _KINDS[unit])


# "did losses fall in November?": the verb, not the season (read as "drop" before parsing).
FALL_VERB = re.compile(
    r"\b((?:did|do|does|will|would|could|can|has|have|had|to|not|losses|figures|numbers"
    r"|casualties|they|it)\s+(?:\w+\s+)?)fall\b",
    re.I,
)


# "how many helicopters went down": shot down, a loss, not losses going down.
COUNTED_DOWN = re.compile(
    r"(\bhow\s+many\b[^?]*?\b)(?:went|go|gone|going|came|come|were\s+brought|got\s+shot"
    # "how many drones did they down": "down" as a verb, with its doer
    r"|(?:did|do|does|have|has|had|can|could)\s+(?:the\s+)?\w+(?:'s)?(?:\s+\w+)?)"
    r"\s+down\b",
    re.I,
)


def read_comparison(text: str, whole: Query, today: dt.date) -> Comparison | None:
    """The two periods a question compares, or None when it compares nothing."""
    text = as_english(text) if has_cyrillic(text) else text  # "порівняй", "сравни": one table
    if COUNTED_DOWN.search(text):
        text = COUNTED_DOWN.sub(r"\1were downed", text)
        whole = parse_question(text, today)
    if FALL_VERB.search(text):
        text = FALL_VERB.sub(r"\1drop", text)
        whole = parse_question(text, today)
    if not whole.metrics:
        whole = whole.model_copy(update={"metrics": [Metric.personnel]})
    for split in comparison_splits(text):
        read = _first_part(split.first, split.second, today) or _current(split, today)
        if read is None or read.period_start is None:
            continue
        end = read.period_end or read.period_start
        first = _with_period(whole, read.period_start, end, read.period_kind)
        second = _second_part(split.second, first, today)
        if second is None or second[0].period_start == first.period_start:
            continue
        parts = (split.first, split.second)
        left_out = _left_out(read, second[2])
        return Comparison(first, second[0], split.order, second[1], parts, left_out, whole)
    if whole.period_start is None or whole.period_end is None or not change_asked(text):
        return None
    if whole.open_end or whole.figure != Figure.period:
        return None
    first = _with_period(whole, whole.period_start, whole.period_end, whole.period_kind)
    kind = _KIND_UNITS.get(whole.period_kind)
    moved = shifted(whole.period_start, whole.period_end, kind, -1)
    how = f"the {kind} before" if kind else "the period of the same length before"
    other = _with_period(whole, *moved, whole.period_kind)
    return Comparison(first, other, Order.asked, how, (), _left_out(whole), whole)


def about_a_side(text: str) -> bool:
    """Whether a question names whose losses it is about ("was July worse than June for
    Russia?" compares losses although it names none)."""
    low = as_english(text)
    return bool(_SUBJECT_RUSSIA.search(low) or any(p.search(low) for p in _SUBJECT_UKRAINE))


# -- records ----------------------------------------------------------------------------------

# "the quietest month", "the day with the fewest losses": a record asked from the bottom.
LOWEST = re.compile(
    r"\b(?:quietest|calmest|lowest|fewest|least\s+(?:deadly|bloody|costly|losses)|(?<!at\s)least"
    r"|smallest|lightest|slowest|mildest"
    # "the best month for the Russians" is the one they lost least in
    r"|best\s+(?:single\s+)?(?:day|week|month)\s+(?:\w+\s+){0,3}?for\s+(?:the\s+)?russ(?:ia|ians?)"
    r"|best\s+(?:single\s+)?(?:day|week|month)\s+(?:\w+\s+){0,3}?for\s+(?:moscow|the\s+kremlin)"
    r")\b",
    re.I,
)


def record_lowest(text: str) -> bool:
    """Whether a record question asks for the lowest figure rather than the highest."""
    english = as_english(text)
    return LOWEST.search(english) is not None or ZERO_DAY.search(english) is not None
