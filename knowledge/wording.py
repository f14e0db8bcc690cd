"""Every English phrase for dates, periods and figures, in one place, so that another
language is a second table here rather than a rewrite of the answering code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from knowledge.lexicon.calendar import month_end
from knowledge.models import (
    WAR_START,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    UnreadSpan,
)

INVASION = "the start of the full-scale invasion"

KIND_NOUNS: dict[PersonnelKind, str] = {
    PersonnelKind.captured: "personnel (captured, prisoners of war)",
    PersonnelKind.killed: "personnel (killed)",
    PersonnelKind.wounded: "personnel (wounded)",
}
METRIC_NOUNS: dict[Metric, tuple[str, str]] = {
    # (adjective form for "Russian tank losses", plural for "tank figures")
    Metric.personnel: ("personnel", "personnel"),
    Metric.tanks: ("tank", "tank"),
    Metric.armored_vehicles: ("armoured vehicle", "armoured vehicle"),
    Metric.artillery: ("artillery", "artillery"),
    Metric.mlrs: ("multiple rocket launcher", "multiple rocket launcher"),
    Metric.air_defense: ("air defence", "air defence"),
    Metric.aircraft: ("aircraft", "aircraft"),
    Metric.helicopters: ("helicopter", "helicopter"),
    Metric.drones: ("drone", "drone"),
    Metric.ships: ("ship and boat", "ship and boat"),
    Metric.submarines: ("submarine", "submarine"),
    Metric.vehicles: ("vehicle and fuel tank", "vehicle and fuel tank"),
    Metric.cruise_missiles: ("cruise missile", "cruise missile"),
    Metric.special_equipment: ("special equipment", "special equipment"),
    Metric.other: ("other equipment", "other equipment"),
}

QUALIFIER_WORDS: dict[Qualifier, str] = {
    Qualifier.approximate: "about ",
    Qualifier.more_than: "more than ",
    # An upper bound: "up to N" (the Russian MoD's daily "up to") and "fewer than N" alike;
    # "up to" is true of both, "fewer than" misstates the first.
    Qualifier.less_than: "up to ",
    Qualifier.nearly: "nearly ",
    Qualifier.at_least: "at least ",
}


def day_text(date: dt.date) -> str:
    """`3 December 2024`."""
    return f"{date.day} {date:%B} {date.year}"


def day_short(date: dt.date | None) -> str:
    """`9 Feb 2024`, or an empty string (the compact form of claim cards)."""
    return f"{date.day} {date:%b %Y}" if date else ""


def claim_period(kind: PeriodKind, start: dt.date | None, end: dt.date | None) -> str:
    """The period a claim covers, compactly: `9 Feb 2024`, `3 Feb 2024 – 9 Feb 2024`,
    `since the start of the war, as of 9 Feb 2024`."""
    if kind == PeriodKind.cumulative:
        return f"since the start of the war, as of {day_short(end)}" if end else "war total"
    if start and end and start != end:
        return f"{day_short(start)} – {day_short(end)}"
    if end:
        return day_short(end)
    return "period not stated"


def month_text(date: dt.date) -> str:
    """`November 2024`."""
    return f"{date:%B} {date.year}"


def number(value: int) -> str:
    """`12,345`."""
    return f"{value:,}"


def signed(value: int) -> str:
    """`+1,650` or `-20`."""
    return f"{value:+,}"


def _whole_month(first: dt.date, last: dt.date) -> bool:
    return first.day == 1 and last == month_end(first.year, first.month)


def _whole_year(first: dt.date, last: dt.date) -> bool:
    return first == dt.date(first.year, 1, 1) and last == dt.date(first.year, 12, 31)


def span_text(start: dt.date, end: dt.date) -> str:
    """A period in words: a day, a month, a year, or `1 September – 30 November 2024`."""
    if start == end:
        return day_text(start)
    if _whole_month(start, end):
        return month_text(start)
    if _whole_year(start, end):
        return str(start.year)
    if start.year == end.year:
        if start.month == end.month:
            return f"{start.day}–{end.day} {end:%B} {end.year}"
        return f"{start.day} {start:%B} – {day_text(end)}"
    return f"{day_text(start)} – {day_text(end)}"


def _span_long(first: dt.date, last: dt.date) -> str:
    """`span_text` as a phrase in a sentence: "on 3 May 2024", "from 3 to 9 February 2024"."""
    if first == last:
        return f"on {day_text(first)}"
    if _whole_month(first, last) or _whole_year(first, last):
        return f"in {span_text(first, last)}"
    if first.year == last.year and first.month == last.month:
        return f"from {first.day} to {last.day} {last:%B} {last.year}"
    if first.year == last.year:
        return f"from {first.day} {first:%B} to {day_text(last)}"
    return f"from {day_text(first)} to {day_text(last)}"


def period_words(
    kind: PeriodKind, start: dt.date | None, end: dt.date | None, *, short: bool = False
) -> str:
    """A period in words: "on 8 December 2023", "in November 2024", "from 3 to 9 February
    2024", "since the start of the full-scale invasion (24 February 2022) to 9 February 2024".
    `short` gives the forms used in lists ("3–9 February 2024", "in total as of ...")."""
    if kind == PeriodKind.cumulative or (start == WAR_START and end and end > start):
        if end is None:
            return "in total" if short else f"since {INVASION}"
        if start is None or start <= WAR_START:
            if short:
                return f"in total as of {day_text(end)}"
            return f"since {INVASION} (24 February 2022) to {day_text(end)}"
    if start is None and end is None:
        return "for an unstated period"
    if kind == PeriodKind.unspecified and (start is None or start == end):
        when = day_text(end or start)  # type: ignore[arg-type]
        return f"up to {when}" if short else f"(period not stated; reported up to {when})"
    first = start or end
    last = end or start
    assert first is not None and last is not None
    return span_text(first, last) if short else _span_long(first, last)


# Why words of a question could not be used, by the kind of words they are (issue 12,
# requirement 1): "I could not use 'Avdiivka': my figures are not broken down by place."
UNREAD_REASONS: dict[str, str] = {
    "place": "my figures are not broken down by place",
    "unit": "my figures are not broken down by military unit",
    "model": "my figures are not broken down by equipment model",
    "rate": "my figures are counts, not rates",
    "money": "my figures count what was lost, not what it cost",
    "subset": "my figures count all troops together, not one part of them",
    "period": "I could not read it as a period, so no figure here is for it",
    "number": "I could not tell what that number stands for",
    "name": "I do not know that name, and no figure here is broken down by it",
    "script": "I could not read words in that script",
}


def _quoted(texts: list[str]) -> str:
    """'a', 'b' or 'c'."""
    quoted = [f"'{t}'" for t in texts]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def unread_lead(spans: Sequence[UnreadSpan]) -> str:
    """The first line of an answer whose question had words that could change the answer and
    were not used; empty when there were none."""
    by_reason: dict[str, list[str]] = {}
    for span in spans:
        if span.constrains and span.text not in by_reason.get(span.kind, []):
            by_reason.setdefault(span.kind, []).append(span.text)
    sentences = [
        f"I could not use {_quoted(texts)}: {UNREAD_REASONS.get(kind, 'I could not read it')}."
        for kind, texts in by_reason.items()
    ]
    sentences += [
        f"I could not tell which {span.text} you mean, so no figure here is for them."
        for span in spans
        if span.kind == "duration"
    ]
    sources = [span.text for span in spans if span.kind == "source"]
    if sources:
        sentences.append(
            f"I did not choose figures by {_quoted(sources)}: each figure below names who "
            "claims it and where it was published."
        )
    return " ".join(sentences)


def instead(question: str) -> str:
    """What to ask instead of a question with words that could not be used."""
    if not question:
        return "So I have no figure that answers the question as asked."
    return (
        "So I have no figure that answers the question as asked. Without those words, "
        f"ask: \u201c{question}\u201d"
    )


def coverage_line(last_report: dt.date) -> str:
    """Where the daily figures end (issue 12, requirement 8), for answers and /help."""
    return (
        f"My daily figures end on {day_text(last_report)} (the report of that date, covering "
        f"the fighting of {day_text(last_report - dt.timedelta(days=1))}); "
        "I have nothing after it."
    )
