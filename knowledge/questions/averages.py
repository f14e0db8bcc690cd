"""Questions for an average ("daily average", "per day", "monthly average"): which unit the
average is per, as table rows (issue 12, requirement 6). The period and metric are read by
`parse_question` as for any question; this only says that an average was asked for."""

from __future__ import annotations

import re

from knowledge.models import PeriodKind
from knowledge.questions.cyrillic import as_english

# (pattern, the unit the average is per), first match wins.
AVERAGE_ROWS: list[tuple[re.Pattern[str], PeriodKind]] = [
    (re.compile(r"\b(?:daily|day)\s+av(?:era)?ge?\b|\bav(?:era)?ge?\s+(?:daily|a day|per day)\b"
                r"|\bav(?:era)?ge?\b.*\b(?:per|a|each)\s+day\b", re.IGNORECASE), PeriodKind.day),
    (re.compile(r"\bweekly\s+av(?:era)?ge?\b|\bav(?:era)?ge?\b.*\b(?:per|a|each)\s+week\b",
                re.IGNORECASE), PeriodKind.week),
    (re.compile(r"\bmonthly\s+av(?:era)?ge?\b|\bav(?:era)?ge?\b.*\b(?:per|a|each)\s+month\b",
                re.IGNORECASE), PeriodKind.month),
    (re.compile(r"\bav(?:era)?ge?\b|\bavg\b", re.IGNORECASE), PeriodKind.day),
]  # fmt: skip


def average_unit(text: str) -> PeriodKind | None:
    """The unit an average is asked per, or None when the question asks for no average."""
    words = as_english(text)  # "середні добові втрати": the same rows as English
    return next((unit for pattern, unit in AVERAGE_ROWS if pattern.search(words)), None)
