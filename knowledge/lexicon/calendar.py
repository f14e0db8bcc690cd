"""Calendar words: month names and their short forms, weekdays, number words, and the
arithmetic of month ends. The only table of each; the extractor, the question parser, the
dateline reader and the charts all read these."""

from __future__ import annotations

import calendar
import datetime as dt
import re

# Every spelling of a month, lower case: full names, three-letter forms, and "sept".
MONTHS: dict[str, int] = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9

# The full month names only, in calendar order (what typos are matched against).
MONTH_NAMES: tuple[str, ...] = tuple(calendar.month_name[i].lower() for i in range(1, 13))
# The months in the genitive, as a day names them ("24 лютого", "24 февраля"): regex
# alternations, January first.
UK_MONTH_GENITIVES = (
    "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"
)
RU_MONTH_GENITIVES = (
    "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
)

WEEKDAYS: dict[str, int] = {name.lower(): i for i, name in enumerate(calendar.day_name)}

# Numbers written as words in news text ("twelve tanks", "a dozen", "a hundred").
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100, "a thousand": 1000,
    "a million": 1_000_000, "one million": 1_000_000, "a dozen": 12,
}  # fmt: skip
SCALES: dict[str, int] = {
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "k": 1_000,
    "m": 1_000_000,  # "1.3m", written right after the digits
    "bn": 1_000_000_000,
}
# Fractions of a scale written in words, as one number ("three quarters of a million").
FRACTION_WORDS: dict[str, int] = {
    "half a million": 500_000, "half a thousand": 500, "a quarter of a million": 250_000,
    "three quarters of a million": 750_000,
}  # fmt: skip

# The days of a month written as ordinal words ("the first of September", "the twenty-third").
_UNIT_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth")  # fmt: skip
_TEEN_ORDINALS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                  "sixteenth", "seventeenth", "eighteenth", "nineteenth")  # fmt: skip
DAY_ORDINAL_WORDS: dict[str, int] = {
    **{word: n for n, word in enumerate(_UNIT_ORDINALS, start=1)},
    **{word: n for n, word in enumerate(_TEEN_ORDINALS, start=10)},
    "twentieth": 20, "thirtieth": 30,
    **{f"twenty{sep}{word}": 20 + n for sep in ("-", " ", "")
       for n, word in enumerate(_UNIT_ORDINALS, start=1)},
    **{f"thirty{sep}first": 31 for sep in ("-", " ", "")},
}  # fmt: skip

# A number written out in words with a scale ("eight hundred and fifty", "nine hundred
# thousand", "twelve thousand", "one thousand two hundred"): a figure, never a count of units.
# "a million" alone is a milestone's round name, not a figure quoted to check.
_NUMBER_WORD = "|".join(
    sorted((w for w, n in NUMBER_WORDS.items() if " " not in w and n < 100), key=len, reverse=True)
)
_SCALE_WORD = r"hundred|thousand|million"
# "half a million", "a quarter of a million", "one and a half million": a fraction of a scale
_FRACTION_OF_SCALE = (
    rf"\b(?:(?:{_NUMBER_WORD})\s+and\s+)?an?\s+half\s+(?:{_SCALE_WORD})\b|"
    rf"\b(?:half|(?:a\s+)?quarter(?:\s+of)?|three\s+quarters(?:\s+of)?)\s+an?\s+"
    rf"(?:{_SCALE_WORD})\b|"
)
SPELLED_NUMBER_RE = (
    rf"{_FRACTION_OF_SCALE}"
    rf"\b(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?\s+(?:{_SCALE_WORD})\b"
    rf"(?:(?:\s+and)?\s+(?:(?:{_NUMBER_WORD})(?:[- ](?:{_NUMBER_WORD}))?(?:\s+(?:{_SCALE_WORD}))?"
    rf"|(?:{_SCALE_WORD}))\b)*"
)


def spelled_number(text: str) -> int | None:
    """The value of a number written out in words ("eight hundred and fifty" = 850, "forty-six",
    "a dozen"), or None when `text` holds no number word."""
    known = NUMBER_WORDS.get(text.strip().lower())
    if known is not None:
        return known
    total = current = 0.0
    seen = False
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in ("hundred", "thousand", "million"):
            scale = {"hundred": 100, "thousand": 1000, "million": 1_000_000}[word]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total, current = total + (current or 1) * scale, 0
            seen = True
        elif word in ("half", "quarter"):  # "half a million", "two and a half thousand"
            current += 0.5 if word == "half" else 0.25  # a number only with a scale after it
        elif word == "quarters":  # "three quarters of a million"
            current = (current or 1) * 0.25
        elif word != "a" and word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
            seen = True
    return round(total + current) if seen else None


# How many units a question means by a small count ("the last two weeks", "a few days"):
# the number words up to ten, and the vague ones.
# Kinds of event a question may date a period by ("during the mutiny", "after the Kharkiv
# counteroffensive"): there is no calendar of events, so such a period is reported as unread.
EVENT_NOUNS: frozenset[str] = frozenset({
    "mutiny", "rebellion", "uprising", "revolt", "incursion", "counteroffensive",
    "counter-offensive", "offensive", "siege", "battle", "assault", "storming", "withdrawal",
    "retreat", "pullout", "fall", "capture", "liberation", "occupation", "mobilisation",
    "mobilization", "ceasefire", "truce", "talks", "summit", "election", "elections",
    "blackout", "holidays", "push", "breakthrough", "encirclement", "evacuation",
})  # fmt: skip
SMALL_COUNTS: dict[str, int] = {
    **{word: n for word, n in NUMBER_WORDS.items() if n <= 10 and " " not in word},
    "a": 1, "a couple of": 2, "couple of": 2, "few": 3, "a few": 3,
}  # fmt: skip


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of a month."""
    return dt.date(year, month, 1), month_end(year, month)
