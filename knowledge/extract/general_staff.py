"""A reader for Ukraine's General Staff daily post format, in Ukrainian or Russian (issue 15):

    особового складу ‒ близько 738 660 (+2 030) осіб
    танків ‒ 9 458 (+8) од.

Each line gives the running total since the invasion and, in brackets, the day's addition.
Labels are matched by stem rows, numbers have space-separated thousands.
"""

from __future__ import annotations

import datetime as dt
import re

from knowledge.dates import cyrillic_periods
from knowledge.extract.cyrillic_prose import read_prose
from knowledge.models import (
    WAR_START,
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Source,
    Subject,
)

CLAIMANT = "Ukraine's General Staff"
# Stems of each line's label (Ukrainian and Russian), tried in order. stem -> metric.
LABEL_STEMS: tuple[tuple[str, Metric], ...] = (
    ("особов", Metric.personnel), ("личн", Metric.personnel), ("особист", Metric.personnel),
    # a bot's or a channel's abbreviations ("о/с: 1 421 810 (+1 120)", "арт. системи: ...")
    ("о/с", Metric.personnel), ("л/с", Metric.personnel), ("арт.", Metric.artillery),
    ("арт ", Metric.artillery), ("дрон", Metric.drones),
    ("танк", Metric.tanks), ("бойов", Metric.armored_vehicles),
    ("боев", Metric.armored_vehicles), ("ббм", Metric.armored_vehicles),
    ("артилер", Metric.artillery), ("артиллер", Metric.artillery), ("артсист", Metric.artillery),
    ("рсзв", Metric.mlrs), ("рсзо", Metric.mlrs), ("засоб", Metric.air_defense),
    ("средств", Metric.air_defense), ("пво", Metric.air_defense), ("ппо", Metric.air_defense),
    ("літак", Metric.aircraft), ("самол", Metric.aircraft), ("гелікоптер", Metric.helicopters),
    ("вертол", Metric.helicopters), ("бпла", Metric.drones), ("крилат", Metric.cruise_missiles),
    ("крылат", Metric.cruise_missiles), ("корабл", Metric.ships),
    ("підводн", Metric.submarines), ("подводн", Metric.submarines),
    ("автомоб", Metric.vehicles), ("цистерн", Metric.vehicles), ("автотехн", Metric.vehicles),
    ("спеціальн", Metric.special_equipment), ("специальн", Metric.special_equipment),
    # Ground robots have no metric of their own: `other`, told apart by the line's label.
    ("наземн", Metric.other), ("нрк", Metric.other),
)  # fmt: skip
# A line may be led by a dash or a number as outlets reprint the post ("— танков — 12 141 (+10)
# ед.;", "2. танків — 10 960 (+5);"), and its label end with a colon ("танки: 10 960 (+5)").
# "738 660" as the posts print it, "738660" as reposts do, or "1.320.310" (a dot between the
# thousands, as Russian and Ukrainian print them: their decimal mark is a comma).
_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+(?![.,]?\d)|\d+"
_FIGURES = (
    rf"[ \t]*\n?[ \t]*(?P<approx>близько|около|приблизно|понад|более)?[ \t]*\n?[ \t]*"
    rf"(?!\d{{1,2}}[.)][ \t])(?P<total>{_NUMBER})"
    rf"(?:[ \t]*\([ \t]*\+[ \t]*(?P<delta>{_NUMBER})[ \t]*\))?"
)
_LINE = re.compile(
    rf"^[ \t]*(?:[‒—–-][ \t]+)?(?P<label>(?:[^\d\n‒—–-]|(?<=\w)-(?=\w)){{2,60}}?)[ \t]*[‒—–-]"
    rf"{_FIGURES}",
    re.MULTILINE | re.IGNORECASE,
)
# Reprints that number the lines or end the label with a colon: read only with a day's
# addition in brackets somewhere, so a unit's own tally ("танки: 3") is no General Staff post.
_REPRINTED_LINE = re.compile(
    rf"^[ \t]*(?:[‒—–-][ \t]+|\d{{1,2}}[.)][ \t]+)?"
    rf"(?P<label>(?:[^\d\n‒—–:-]|(?<=\w)-(?=\w)){{2,60}}?)[ \t]*[‒—–:-]{_FIGURES}",
    re.MULTILINE | re.IGNORECASE,
)
# The whole list in one sentence (also read only with a day's addition): items after a colon,
# comma or semicolon ("склали: особового складу – близько 1 015 300 (+1 120) осіб, танків –
# 10 960 (+5) од, ...").
_INLINE = re.compile(
    rf"(?:[:,;]|^)[ \t]*(?P<label>(?:[^\d\n‒—–:;,-]|(?<=\w)-(?=\w)){{2,60}}?)[ \t]*[‒—–-]"
    rf"{_FIGURES}",
    re.MULTILINE | re.IGNORECASE,
)
# Items reprinted inside running prose (read only with their addition in brackets): led by a
# sentence's end or a dash ("... по 22.04.26 — личного состава около 1 321 450 (+1 140)",
# "Окремим рядком — наземні робототехнічні комплекси: 1 432 (+6)"), the label ending with a
# dash, a colon, or no mark before "близько" / "около".
_IN_PROSE = re.compile(
    rf"(?:[:,;.!‒—–]|^)[ \t]*(?P<label>(?:[^\d\n‒—–:;,.!-]|(?<=\w)-(?=\w)){{2,60}}?)"
    rf"(?:[ \t]*[‒—–:-]|(?=\s+(?:близько|около|приблизно)\s))"
    rf"{_FIGURES}(?(delta)|(?!))",
    re.MULTILINE | re.IGNORECASE,
)
# A line broken inside a list item's label ("... (+7), артиллерийских\nсистем — 40 516 (+38)"):
# after an item's figures the line goes on with a separator and words, and no figure of its own.
_LABEL_TAIL = re.compile(r"[\d)]([^\d)\n]*)$")
_BROKEN = re.compile(r"(?<=[^\W\d_])\n(?=[ \t]*\w)")
# A post has several such lines; a lone "X ‒ 5" in an article is not a post.
MIN_LINES = 3


def _metric(label: str) -> Metric | None:
    """The metric a line's label names."""
    plain = re.sub(r"^\W+", "", label.lower())  # "▪️танків", "• танки"
    return next((metric for stem, metric in LABEL_STEMS if plain.startswith(stem)), None)


def _line_of(text: str, at: int, to: int | None = None) -> str:
    """The whole lines from offset `at` to `to` (the claim's quote: label, total, unit)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", max(at, to or at))
    return text[start : end if end >= 0 else len(text)].strip()


def _kind(metric: Metric) -> PersonnelKind | None:
    """The General Staff counts killed and wounded together: its personnel are casualties."""
    return PersonnelKind.casualties if metric == Metric.personnel else None


def _int(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _items(pattern: re.Pattern[str], text: str) -> list[tuple[re.Match[str], Metric]]:
    """The items of a post `pattern` finds whose label names a metric."""
    return [(m, metric) for m in pattern.finditer(text) if (metric := _metric(m["label"]))]


def _unbroken(text: str) -> str:
    """`text` with a list item's label broken over two lines joined (a space for the line
    break, so every offset stays as written)."""

    def join(m: re.Match[str]) -> str:
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        tail = _LABEL_TAIL.search(line)
        return " " if tail and re.match(r"\s*[,;:‒—–-]", tail.group(1)) else "\n"

    return _BROKEN.sub(join, text)


def _merged(*found: list[tuple[re.Match[str], Metric]]) -> list[tuple[re.Match[str], Metric]]:
    """Items of several patterns, each total once (the first pattern's reading wins)."""
    seen: set[int] = set()
    out: list[tuple[re.Match[str], Metric]] = []
    for match, metric in (item for items in found for item in items):
        if match.start("total") not in seen:
            seen.add(match.start("total"))
            out.append((match, metric))
    return sorted(out, key=lambda item: item[0].start("total"))


def bracketed_items(text: str) -> list[tuple[re.Match[str], Metric]]:
    """Items with the day's addition in brackets, wherever they stand (a reprint's lines,
    one sentence's list, a digest's prose)."""
    text = _unbroken(text)
    items = _merged(_items(_REPRINTED_LINE, text), _items(_INLINE, text), _items(_IN_PROSE, text))
    return [(m, metric) for m, metric in items if m["delta"]]


def read_daily_post(source: Source) -> list[Claim]:
    """The running totals and daily additions of a General Staff post (none when `source`
    is not one, or has no publication date to date them)."""
    day = source.published
    lines = _items(_LINE, _unbroken(source.text))
    if len(lines) >= MIN_LINES:
        lines = _merged(lines, bracketed_items(source.text))
    else:
        lines = bracketed_items(source.text)
    if day is None or len(lines) < MIN_LINES or _heading_names_a_span(source, lines, day):
        return []
    return _claims_of(source, lines, day)


# A span of the losses' own (not the war so far, not the report's day).
_OWN_SPANS = frozenset({PeriodKind.week, PeriodKind.month, PeriodKind.year, PeriodKind.range})


def _heading_names_a_span(source: Source, lines: list[tuple[re.Match[str], Metric]],
                          day: dt.date) -> bool:  # fmt: skip
    """Whether the text above the list names a week, month or year as its figures' own
    ("Потери армии РФ за декабрь 2025 года:"): then the list is that span's, no post of
    running totals, and the prose reader dates it."""
    first = min(m.start() for m, _ in lines)
    heading = source.text[max(0, first - 300) : first].lower().replace("ё", "е")
    named = [p for p in cyrillic_periods(heading, day) if p.strong]
    if any(p.kind in _OWN_SPANS for p in named):
        return True
    # "ВТРАТИ ВОРОГА ЗА ДОБУ" over lines with no day's addition in brackets: the day's list
    days = any(p.kind == PeriodKind.day for p in named)
    return (
        days
        and not any(p.kind == PeriodKind.cumulative for p in named)
        and not any(m["delta"] for m, _ in lines)
    )


def _claims_of(source: Source, lines: list[tuple[re.Match[str], Metric]],
               day: dt.date) -> list[Claim]:  # fmt: skip
    """The claims of each item."""
    claims: list[Claim] = []
    for match, metric in lines:
        claims += _line_claims(source, match, metric, day)
    return claims


def _line_claims(source: Source, match: re.Match[str], metric: Metric, day: dt.date) -> list[Claim]:
    """The total and (when given) the day's addition of one line."""
    qualifier = Qualifier.approximate if match["approx"] else Qualifier.exact
    quote = _line_of(source.text, match.start("label"), match.end())
    common = {"metric": metric, "qualifier": qualifier, "subject": Subject.russia,
              "claimant": CLAIMANT, "quote": quote, "source": source.ref(),
              "label": match["label"].strip(), "personnel_kind": _kind(metric)}  # fmt: skip
    claims = [
        Claim(value=_int(match["total"]), period_kind=PeriodKind.cumulative,
              period_start=WAR_START, period_end=day, **common)
    ]  # fmt: skip
    if match["delta"]:
        claims.append(
            Claim(value=_int(match["delta"]), period_kind=PeriodKind.day,
                  period_start=day - dt.timedelta(days=1), period_end=day - dt.timedelta(days=1),
                  **common)
        )  # fmt: skip
    return claims


# Every label stem starts with a Cyrillic letter, and no other character lower-cases into one:
# a text without a Cyrillic letter has no post line and no Cyrillic prose. One scan instead of
# three scans of every English article for post lines (speed, issue 13 req 7).
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def read_ukrainian_russian(source: Source) -> list[Claim]:
    """A General Staff post's lines, or else the figures of Cyrillic prose (issue 15) with
    any of the post's items reprinted in it ("БпЛА — 101 300 (+812)"), whose numbers the
    prose reader then leaves alone."""
    if not _CYRILLIC.search(source.text):
        return []
    post = read_daily_post(source)
    if post:
        return post
    items = bracketed_items(source.text) if source.published else []
    taken = frozenset(n for m, _ in items for n in (m.start("total"), m.start("delta")))
    claims = _claims_of(source, items, source.published) if source.published else []
    return claims + read_prose(source, taken=taken)
