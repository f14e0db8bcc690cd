"""Figures in Ukrainian and Russian prose (issue 15): a number (digits with space-separated
thousands, or number words, with тисяч/тысяч/млн) followed within a few words by a metric
noun from the lexicon's inflection table ("знищили вісім танків", "понад 383 тисяч
військовослужбовців"). The side is the adjective after the number, else the nearest side
word before it in the sentence; the claimant the nearest attribution row, else the outlet.
"""

from __future__ import annotations

import re

from knowledge.lexicon.cyrillic import forms, plain
from knowledge.lexicon.terms import METRIC_TERMS
from knowledge.models import Claim, Metric, PeriodKind, Qualifier, Source, Subject

# English rows (as the inflection table gives them) that name a metric, beyond terms.py.
_EXTRA_METRIC: dict[str, Metric] = {
    "occupiers": Metric.personnel, "invaders": Metric.personnel, "people": Metric.personnel,
    "soldiers": Metric.personnel, "russians": Metric.personnel, "armored vehicles":
    Metric.armored_vehicles, "artillery systems": Metric.artillery, "drones": Metric.drones,
}  # fmt: skip
_ENGLISH_METRIC: dict[str, Metric] = {
    **{t: m for m, terms in METRIC_TERMS.items() for t in terms if t != "losses"},
    **_EXTRA_METRIC,
}
NUMBER_WORDS: dict[str, float] = {
    "один": 1, "одна": 1, "два": 2, "дві": 2, "две": 2, "три": 3, "чотири": 4, "четыре": 4,
    "п'ять": 5, "пять": 5, "шість": 6, "шесть": 6, "сім": 7, "семь": 7, "вісім": 8,
    "восемь": 8, "дев'ять": 9, "девять": 9, "десять": 10, "півтори": 1.5, "полторы": 1.5,
}  # fmt: skip
SCALES: dict[str, int] = {"тис": 1_000, "тыс": 1_000, "млн": 1_000_000, "мільйон": 1_000_000,
                          "миллион": 1_000_000}  # fmt: skip
QUALIFIERS: dict[str, Qualifier] = {
    "близько": Qualifier.approximate, "около": Qualifier.approximate,
    "приблизно": Qualifier.approximate, "понад": Qualifier.more_than,
    "більше": Qualifier.more_than, "более": Qualifier.more_than, "свыше": Qualifier.more_than,
    "майже": Qualifier.nearly, "почти": Qualifier.nearly,
}  # fmt: skip
# Side words: the last one before a figure decides its side.
SIDE_STEMS: tuple[tuple[str, Subject], ...] = (
    ("українськ", Subject.ukraine), ("украинск", Subject.ukraine), ("зсу", Subject.ukraine),
    ("всу", Subject.ukraine), ("україни", Subject.ukraine), ("украины", Subject.ukraine),
    ("російськ", Subject.russia), ("российск", Subject.russia), ("ворог", Subject.russia),
    ("врага", Subject.russia), ("противник", Subject.russia), ("окупант", Subject.russia),
    ("оккупант", Subject.russia), ("загарбник", Subject.russia), ("росі", Subject.russia),
    ("росси", Subject.russia), ("рф", Subject.russia), ("русск", Subject.russia),
)  # fmt: skip
# Attribution stems -> stored claimant name.
CLAIMANT_STEMS: tuple[tuple[str, str], ...] = (
    ("генштаб", "Ukraine's General Staff"), ("генеральн", "Ukraine's General Staff"),
    ("зеленськ", "Volodymyr Zelensky"), ("зеленск", "Volodymyr Zelensky"),
    ("шойгу", "Sergei Shoigu"), ("медіазон", "Mediazona"), ("медиазон", "Mediazona"),
    ("гур", "Ukraine's military intelligence (HUR)"), ("кремл", "the Kremlin"),
    ("пєсков", "the Kremlin"), ("песков", "the Kremlin"),
)  # fmt: skip
# A sentence states a loss only with one of these stems; figures of civilians are not
# military losses (evacuees, recruits, exchanged prisoners, people in a building are not).
LOSS_STEMS = re.compile(
    r"(?<![\w])(?:загин|загибл|вбит|убит|погиб|поранен|ранен|втрат|втрач|потер|ліквід|"
    r"знищ|уничтож|збит|сбит|лишил|вибул|выбыл|безповорот|безвозврат)",
    re.IGNORECASE,
)
CIVILIAN_STEMS = re.compile(r"(?<![\w])(?:цивільн|мирн|гражданск|дітей|детей)", re.IGNORECASE)
_NUM = r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?(?![\d.%])"
_FIGURE = re.compile(
    rf"(?P<num>{_NUM}|(?<![\w'])(?:{'|'.join(map(re.escape, NUMBER_WORDS))})(?![\w']))"
    r"(?:\s+(?P<scale>тис|тыс|млн|мільйон|миллион)[\w.]*)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\u0400-\u04ff'][\u0400-\u04ff'-]*")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]|$)")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _value(match: re.Match[str]) -> int:
    """The figure's whole value: digits or a number word, times its scale."""
    raw = plain(match["num"]).replace("\u00a0", " ").replace("\u202f", " ")
    number = NUMBER_WORDS.get(raw)
    if number is None:
        number = float(raw.replace(" ", "").replace(",", "."))
    scale = next(
        (n for stem, n in SCALES.items() if (match["scale"] or "").lower().startswith(stem)), 1
    )
    return round(number * scale)


# English rows that end the search for a figure's noun ("4 июня ВСУ потеряли": a date).
_STOP = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "losses", "in", "from", "to", "since", "by"}
)  # fmt: skip
# Words passed over between a figure and its noun: sides and unread adjectives.
_PASS = frozenset({"russian", "ukrainian", "enemy", "cruise", ""})
_ADJECTIVE = ("их", "ых", "ого", "ої", "ий", "ый", "ій", "ие", "ні", "ная", "на")
_YEAR_AFTER = re.compile(r"\s*(?:рок|рік|р\.|год|г\.)", re.IGNORECASE)


def _metric_after(text: str) -> Metric | None:
    """The metric named within three words after a figure (two-word rows first), passing
    over side words and adjectives only."""
    words = [plain(w) for w in _WORD.findall(text)[:4]]
    english = [forms("uk").get(w, forms("ru").get(w)) for w in words]
    for i, word in enumerate(english[:3]):
        nxt = english[i + 1] if i + 1 < len(english) else None
        if word is not None and nxt and f"{word} {nxt}" in _ENGLISH_METRIC:
            return _ENGLISH_METRIC[f"{word} {nxt}"]
        if word is not None and word in _ENGLISH_METRIC:
            return _ENGLISH_METRIC[word]
        if word in _STOP or (word is None and not words[i].endswith(_ADJECTIVE)):
            return None
        if word is not None and word not in _PASS:
            return None
    return None


_SIDE_RE = re.compile("|".join(f"({re.escape(stem)})" for stem, _ in SIDE_STEMS))
_CLAIMANT_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(f"({re.escape(stem)})" for stem, _ in CLAIMANT_STEMS) + ")"
)


def _side(before: str, after: str) -> Subject:
    """The adjective right after the figure, else the last side word before it."""
    first = plain(next(iter(_WORD.findall(after)), ""))
    for stem, side in SIDE_STEMS:
        if first.startswith(stem):
            return side
    found = list(_SIDE_RE.finditer(plain(before)))
    return (
        SIDE_STEMS[found[-1].lastindex - 1][1] if found and found[-1].lastindex else Subject.russia
    )


def _claimant_in(text: str) -> str | None:
    """The first attribution row named in `text`, in the rows' order."""
    hits = {m.lastindex for m in _CLAIMANT_RE.finditer(plain(text)) if m.lastindex}
    return CLAIMANT_STEMS[min(hits) - 1][1] if hits else None


def read_prose(source: Source) -> list[Claim]:
    """Every figure-and-metric pair in a Cyrillic article's sentences."""
    if not _CYRILLIC.search(source.text):
        return []
    claims: list[Claim] = []
    article_claimant = _claimant_in(source.text) or source.publisher or "unknown"
    for sentence in _SENTENCE.finditer(source.text):
        text = sentence.group(0)
        if not LOSS_STEMS.search(text) or CIVILIAN_STEMS.search(text):
            continue
        for match in _FIGURE.finditer(text):
            if _YEAR_AFTER.match(text, match.end()):
                continue  # "2024 року": a year
            metric = _metric_after(text[match.end() :])
            if metric is None:
                continue
            before = text[: match.start()]
            last = plain(next(iter(_WORD.findall(before)[-1:]), ""))
            qualifier = QUALIFIERS.get(last, Qualifier.exact)
            claims.append(
                Claim(metric=metric, value=_value(match), qualifier=qualifier,
                      subject=_side(before, text[match.end() :]),
                      claimant=_claimant_in(text) or article_claimant,
                      period_kind=PeriodKind.unspecified, period_end=source.published,
                      quote=text.strip(), source=source.ref())
            )  # fmt: skip
    return claims
