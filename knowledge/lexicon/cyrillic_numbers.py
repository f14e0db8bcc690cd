"""Ukrainian and Russian numbers written in words, read as digits once, before any question row
(wave 8): "тридцять одна тисяча" -> 31,000, "від тисячі до півтори тисячі" -> from 1,000 to
1,500, "1,2 млн" -> 1,200,000, "двадцять п'ятого року" -> 2025, "двадцять четвертого лютого"
-> 24 лютого.

One engine for every way of writing a number (voice messages and chats spell them out), so the
question rows see digits only; the article reader (extract/cyrillic_prose.py) takes its values
from the same functions (`figure_value`: "понад 700 тис.", "1,2 млн", "1 230", "1.230").
A lone small number word ("два тижні", "за одну добу") is left as typed: the date rows read
those themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from knowledge.lexicon.calendar import RU_MONTH_GENITIVES, UK_MONTH_GENITIVES
from knowledge.lexicon.cyrillic_sources import NUMBER_WORDS, SCALES

# The scale words ("тисяча", "тис.", "мільйонів", "млн"): regex -> multiplier; one table for
# questions and articles.
_SCALES = SCALES
# Digits as written in the news: "1 230" (a space, thin or not), "1.230" (a dot between
# thousands), "1,2" (a decimal comma before a scale word), "1230".
_DIGIT_GROUPS = re.compile(r"\d{1,3}(?:[ .]\d{3})+|\d+")
# Before a bare scale word ("понад тисячу", "от тысячи"), the scale is one of it.
_BARE_BEFORE = (
    "від", "до", "понад", "більше", "менше", "близько", "майже", "за", "під", "з", "із",
    "от", "больше", "меньше", "около", "почти", "свыше", "более", "менее", "со", "с",
)  # fmt: skip
# Ordinal stems of the units and teens, then tens (every case: "п'ятого", "пятом", "шостому").
_ORDINAL_STEMS: dict[str, int] = {
    "перш": 1, "перв": 1, "друг": 2, "втор": 2, "трет": 3, "четверт": 4, "четвёрт": 4,
    "п'ят": 5, "пят": 5, "шост": 6, "шест": 6, "сьом": 7, "седьм": 7, "восьм": 8,
    "дев'ят": 9, "девят": 9, "десят": 10, "одинадцят": 11, "одиннадцат": 11,
    "дванадцят": 12, "двенадцат": 12, "тринадцят": 13, "тринадцат": 13,
    "чотирнадцят": 14, "четырнадцат": 14, "п'ятнадцят": 15, "пятнадцат": 15,
    "шістнадцят": 16, "шестнадцат": 16, "сімнадцят": 17, "семнадцат": 17,
    "вісімнадцят": 18, "восемнадцат": 18, "дев'ятнадцят": 19, "девятнадцат": 19,
    "двадцят": 20, "двадцат": 20, "тридцят": 30, "тридцат": 30,
}  # fmt: skip
_ORDINAL_ENDINGS = r"(?:ього|ого|ому|ий|ій|ый|ой|ом|ем|ьего|ьем|ьему|ьий|ья|ая|а|е|є)"
_YEAR_WORDS = r"(?:рік|року|році|роки|год|года|году)"
_MONTH_GENITIVES = f"(?:{UK_MONTH_GENITIVES}|{RU_MONTH_GENITIVES})"


def _alternation(words: list[str]) -> str:
    """`words` as one regex alternation, longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _run_re() -> re.Pattern[str]:
    """A run of number and scale words (and digits before a scale), as whole words."""
    number = _alternation(list(NUMBER_WORDS))
    scale = "|".join(p for p, _n in _SCALES)
    token = rf"(?:\d+(?:[.,]\d+)?(?=\s+(?:{scale}))|{number}|{scale})"
    return re.compile(rf"(?<![\w'\d.,])(?:{token})(?:\s+(?:{token}))*(?![\w'])", re.IGNORECASE)


@cache
def _ordinal_re() -> re.Pattern[str]:
    """An ordinal of 1..31 in words ("двадцять п'ятого", "тридцять першого", "шостого")."""
    stems = _alternation(list(_ORDINAL_STEMS))
    tens = "двадцять|двадцать|тридцять|тридцать"
    return re.compile(
        rf"(?<![\w'])(?P<k>(?:дві|две)\s+(?:тисячі|тысячи)\s+)?(?:(?P<tens>{tens})\s+)?"
        rf"(?P<stem>{stems}){_ORDINAL_ENDINGS}(?=\s+(?P<after>{_YEAR_WORDS}|{_MONTH_GENITIVES})"
        rf"(?![\w']))",
        re.IGNORECASE,
    )


def scale_of(word: str) -> int | None:
    """The multiplier of a scale word ("тис.", "мільйонів", "млн"), or None."""
    return next((n for p, n in _SCALES if re.fullmatch(p, word, re.IGNORECASE)), None)


def digits_value(raw: str) -> float:
    """The value of digits as written: "1 230" and "1.230" (thousands), "1,2" (a decimal)."""
    raw = raw.strip()
    if _DIGIT_GROUPS.fullmatch(raw):
        return float(re.sub(r"[ .]", "", raw))
    return float(raw.replace(" ", "").replace(",", "."))


def _value(words: list[str]) -> float:
    """The value of a run of number and scale words."""
    total = current = 0.0
    for word in words:
        scale = scale_of(word)
        if scale is not None:
            total, current = total + (current or 1) * scale, 0.0
        elif re.fullmatch(r"\d+(?:[.,]\d+)?", word):
            current += float(word.replace(",", "."))
        else:
            current += NUMBER_WORDS[word.lower()]
    return total + current


def words_value(raw: str) -> float:
    """The value of a run of number words, with or without scale words ("двадцять сім" = 27,
    "тридцять одна тисяча" = 31,000)."""
    return _value(raw.split())


def figure_value(number: str, scale: str | None = None, half: bool = False) -> int:
    """A figure's value from its number (digits or words), "з половиною" and its scale word:
    ("700", "тис.") = 700,000; ("1,2", "млн") = 1,200,000; ("1.230",) = 1,230."""
    value = digits_value(number) if number.strip()[:1].isdigit() else words_value(number)
    value += 0.5 if half else 0
    return round(value * ((scale_of(scale) or 1) if scale else 1))


def _figure(m: re.Match[str]) -> str:
    """A run of number words as digits when it is a figure: it has a scale word, or several
    number words; a bare scale word only after a preposition ("понад тисячу")."""
    words = m[0].split()
    scales = sum(scale_of(w) is not None for w in words)
    if scales == 0 and len(words) < 2:
        return m[0]
    if scales == len(words):  # a million alone is a milestone's round name, read by its rows
        before = m.string[: m.start()].split()[-1:]
        if not before or before[0].lower() not in _BARE_BEFORE or scale_of(words[0]) != 1000:
            return m[0]
    if words[0].lower() == "пів":  # "пів мільйона": the threshold rows read "half a million"
        return m[0]
    value = _value(words)
    return f"{round(value):,}" if value >= 1000 else str(round(value))


def _ordinal(m: re.Match[str]) -> str:
    """An ordinal before a year word as its year ("двадцять п'ятого року" -> 2025), before a
    month as its day ("двадцять четвертого лютого" -> 24)."""
    n = _ORDINAL_STEMS[m["stem"].lower()] + (20 if m["tens"] and m["tens"][1] == "в" else 0)
    n += 30 if m["tens"] and m["tens"][0] == "т" else 0
    if re.fullmatch(_YEAR_WORDS, m["after"], re.IGNORECASE):
        # "двадцять п'ятого року" is 2025; "перший рік війни" is no year of the calendar
        return str(2000 + n) if (m["tens"] or m["k"]) and n <= 40 else m[0]
    return str(n) if 1 <= n <= 31 else m[0]


def spelled_rows() -> tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]:
    """The rows that read spelled-out numbers, in order: ordinals first (a year's "дві
    тисячі" is not a figure), then runs of number words."""
    return ((_ordinal_re(), _ordinal), (_run_re(), _figure))


def digits_for_words(text: str) -> str:
    """`text` with its spelled-out figures, years and days as digits (the rest as typed)."""
    for pattern, replace in spelled_rows():
        text = pattern.sub(replace, text)
    return text


def spelled_value(text: str) -> int | None:
    """The value of `text` when it is one run of Ukrainian or Russian number words ("тридцять
    одна тисяча" = 31,000, "полутора тысяч" = 1,500), else None."""
    m = _run_re().fullmatch(text.strip())
    return None if m is None else round(_value(m[0].split()))
