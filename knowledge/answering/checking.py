"""A figure the asker quotes to check ("check the 900 for dec 9 2023", "is 393,290 the right
total for 9 Feb 2024?", "does 32 tanks on 7-9 Dec check out?"): which question it asks, and
what the figures shown say about it, under the one notion of agreement `check` uses
(`candidate.agrees`, both day conventions; issue 12, requirement 5)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.answering import derive
from knowledge.answering.candidate import agrees, from_claim
from knowledge.answering.compose import source_text
from knowledge.answering.rank import relation
from knowledge.lexicon.calendar import spelled_number
from knowledge.lexicon.cyrillic_numbers import spelled_value
from knowledge.lexicon.thresholds import WHEN_ASKED, threshold_before
from knowledge.models import (
    WAR_START,
    Claim,
    Figure,
    Intent,
    Metric,
    PeriodKind,
    Qualifier,
    Query,
    Relation,
    SourceKind,
)
from knowledge.questions.cyrillic import as_english
from knowledge.store import ClaimStore
from knowledge.wording import claimant_text, join, losses, number, period_words, say

# "45,720", and "45 720" as Ukrainian and Russian write it (thousands split by a space), with
# its scale in words ("45 тисяч", "1 млн", "430 thousand").
_NUMBER = re.compile(
    r"(\d{1,3}(?:[,\s\u00a0\u202f]\d{3})+(?!\d)|\d+(?:\.\d+)?)"
    r"(?:\s*(thousand|тис\w*|тыс\w*|million|млн|мільйон\w*|миллион\w*|"
    r"(?:k|mn|m)(?![^\W\d_])))?"
)
# A scale word or the chat shorthand for one ("80k", "1.2m", "1 mn").
_SCALES = {"thousand": 1000, "тис": 1000, "тыс": 1000, "million": 10**6, "млн": 10**6,
           "мільйон": 10**6, "миллион": 10**6, "k": 1000, "mn": 10**6, "m": 10**6}  # fmt: skip
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Thousands split by dots, as much of Europe writes them ("1.230 Russian soldiers").
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
# A bare four-digit number that could be a year; "2,030" with its separator is a figure.
_YEARISH = re.compile(r"20[12]\d")


def _quoted(query: Query) -> dict[int, str]:
    """Each figure the question quotes to check (unread spans of kind "figure"), in order,
    with the way the asker wrote it (said back as written, never reformatted)."""
    out: dict[int, str] = {}
    for span in query.unread:
        if span.kind == "figure" and _CYRILLIC.search(span.text):
            # "1,2 млн", "сорока пяти тысяч": the one engine of Ukrainian and Russian numbers
            cyrillic = spelled_value(span.text)
            if cyrillic is not None:
                out.setdefault(cyrillic, span.text)
                continue
        if span.kind == "figure":
            for hit in _NUMBER.finditer(span.text):
                written, scale = hit.group(0), (hit.group(2) or "").lower()
                if _DOTTED_THOUSANDS.fullmatch(span.text.strip()):  # "1.230": 1,230 in Europe
                    out.setdefault(int(span.text.strip().replace(".", "")), written)
                    break
                times = next((n for word, n in _SCALES.items() if scale.startswith(word)), 1)
                value = round(float(re.sub(r"[^\d.]", "", hit.group(1))) * times)
                if "." in hit.group(1) and times == 1:
                    continue  # "1.5" alone is no count
                if not (_YEARISH.fullmatch(hit.group(1)) and times == 1):  # never a year
                    out.setdefault(value, written)
            spelled = None
            if not _NUMBER.search(span.text):  # "eight hundred and fifty", "сорок тисяч"
                spelled = spelled_number(span.text) or spelled_value(span.text)
            if spelled is not None:
                out.setdefault(spelled, span.text)
    return out


def quoted_figures(query: Query) -> list[int]:
    """The figures the question quotes to check, in order."""
    return list(_quoted(query))


# Words that ask for a figure without naming what it counts ("the latest daily figure for
# November", "what was the tally on 3 May"): with a period, a question about losses.
_ASKS_FOR_A_FIGURE = re.compile(
    r"\b(?:figures?|numbers?|tally|tallies|stats|statistics|count|toll|data)\b", re.I
)


def as_figure_question(query: Query) -> Query:
    """A question quoting a figure, or asking for "the figure", for a period with no kind of
    loss named is about losses, and about personnel, the figure every report leads with
    ("verify 38130 september 2024", "the latest daily figure for november 2026")."""
    if query.intent != Intent.off_topic or query.metrics or query.period_start is None:
        return query
    # the words as read, so "Чи є дані за жовтень 2026?" asks for data as the English does
    if not quoted_figures(query) and not _ASKS_FOR_A_FIGURE.search(as_english(query.text)):
        return query
    return query.model_copy(update={"intent": Intent.losses, "metrics": [Metric.personnel]})


# "What total did Ukraine give for 3 December?": a total on a day is the running total then.
_ASKS_FOR_THE_TOTAL = re.compile(r"\b(?:total|totals|cumulative)\b", re.I)


def total_on_a_day(query: Query) -> Query:
    """A question asking for the total on one day asks for the running total as of it (the
    words as read: "общие потери", "загальні втрати" ask for the total as "total" does)."""
    if not _ASKS_FOR_THE_TOTAL.search(as_english(query.text)):
        return query
    return as_total_question(query) or query


def as_total_question(query: Query) -> Query | None:
    """The same question about the running total as of the period's last day: a quoted
    figure that no figure for a day agrees with may be the total ("reach 133,190 on 7 Feb")."""
    if query.figure != Figure.period or query.period_end is None or query.open_end:
        return None
    if query.period_start != query.period_end:
        return None
    return query.model_copy(
        update={
            "figure": Figure.total,
            "period_kind": PeriodKind.cumulative,
            "period_start": WAR_START,
        }
    )


def agreeing(claims: Sequence[Claim], figure: int) -> list[Claim]:
    """The shown claims that allow the quoted figure (an exact figure equals it; "about"
    and ranges allow what their rounding does)."""
    return [c for c in claims if agrees(c.value, c.value_max, c.qualifier, figure)]


def check_lines(
    query: Query,
    claims: Sequence[Claim],
    tally: Sequence[Claim] = (),
    stored: Sequence[Claim] = (),
) -> list[str]:
    """What the shown figures say about each quoted figure, for the answer's first lines;
    `tally` holds the daily tally's readings of the asked days (by fighting day and by report
    date), said when the quoted figure is neither."""
    lines: list[str] = []
    for figure, written in list(_quoted(query).items())[:2]:
        same = agreeing(claims, figure)
        passed = None if same else _threshold_line(query, figure, written, tally or claims)
        if passed is not None:  # "did losses pass 30,000 in May?": yes or no, not a match
            lines.append(passed)
            continue
        neither = [_tally_neither(written, tally)] if tally and not agreeing(tally, figure) else []
        if not same:
            # "the UK MoD counted 3,010?" when the 3,010 is Kyiv's: whose it is, said first
            lines += _someone_elses(query, figure, stored)
            lines += [say("check.none", written=written), *neither]
            lines += _stored_elsewhere(written, figure, stored)
            continue
        # A published figure equal to it first, then one computed from the tally.
        first = min(same, key=lambda c: (c.value != figure, bool(c.derivation)))
        how_key = _HOW.get(first.relation or Relation.exact)
        how = say(how_key) if how_key else ""
        who = say("check.the_tally") if first.derivation else claimant_text(first.claimant)
        exact = first.value == figure and first.qualifier == Qualifier.exact
        key = "check.is" if exact else "check.agrees"
        lines += [say(key, written=written, who=who, how=how), *neither]
        if (query.claimant or query.claimant_side) and not derive.claimant_fits(
            query, first.claimant
        ):  # "the Kremlin says 35,370?": the figure is someone else's, said at once
            owner = claimant_text(first.claimant)
            lines.append(say("check.not_theirs", owner=owner, asked=_asked_claimant(query)))
    return lines


def _threshold_line(query: Query, figure: int, written: str, shown: Sequence[Claim]) -> str | None:
    """Whether the asked period's figures passed (or stayed under) a figure the question sets
    as a threshold, one line naming every reading; None when the figure is no threshold."""
    if WHEN_ASKED.search(query.text):
        return None  # "when did the tally pass 1.4 million?": a milestone's date is asked
    at = query.text.lower().find(written.lower())
    way = threshold_before(query.text[:at]) if at > 0 else None
    readings = [c for c in shown if c.relation in (None, Relation.exact, Relation.day_off)]
    if way is None or not readings:
        return None
    meets = {(c.value >= figure) == (way == "above") for c in readings[:4]}
    verdict = "split" if len(meets) > 1 else ("yes" if meets == {True} else "no")
    words = join([_reading(c) for c in readings[:4]])
    who = claimant_text(readings[0].claimant)
    return say(f"check.{way}.{verdict}", written=written, who=who, readings=words)


def _reading(claim: Claim) -> str:
    """One figure of the asked period in words: by day of fighting, by report date, or as
    published."""
    days = period_words(claim.period_kind, claim.period_start, claim.period_end, short=True)
    key = "check.reading.published" if not claim.derivation else _reading_key(claim)
    return say(key, value=number(claim.value), days=days)


def _reading_key(claim: Claim) -> str:
    """The phrase of a tally's reading: by day of fighting, or by the report (reports, for
    more than one day) dated within the period."""
    if claim.relation != Relation.day_off:
        return "check.reading.fought"
    one_day = claim.period_start == claim.period_end
    return "check.reading.report" if one_day else "check.reading.reports"


def _someone_elses(query: Query, figure: int, stored: Sequence[Claim]) -> list[str]:
    """That the quoted figure is another claimant's when the question names who gave it and
    every published claim of it is someone else's, one line."""
    if not (query.claimant or query.claimant_side):
        return []
    published = [c for c in stored if c.source.kind != SourceKind.series and c.value == figure]
    if not published or any(derive.claimant_fits(query, c.claimant) for c in published):
        return []
    owner = claimant_text(published[0].claimant)
    return [say("check.not_theirs", owner=owner, asked=_asked_claimant(query))]


def _asked_claimant(query: Query) -> str:
    """Who the question says gave a figure, in words: the body named, else the side named
    ("if it was Ukraine's count": the reader sees the side said back), else "the side you
    name"."""
    if query.claimant:
        return claimant_text(query.claimant)
    side = query.claimant_side if query.claimant_side in ("ukraine", "russia") else None
    return say(f"check.their_side.{side}" if side else "check.their_side")


def _stored_elsewhere(written: str, figure: int, stored: Sequence[Claim]) -> list[str]:
    """Where the quoted figure is in the sources when it answers another question ("Moscow's
    1,351: Ukrainian dead?": it is Russia's ministry's count of Russian dead), one line."""
    published = (c for c in stored if c.source.kind != SourceKind.series)
    found = next((c for c in published if c.value == figure), None)
    if found is None:
        return []
    what = losses(found.subject, found.metric, found.personnel_kind)
    return [say("check.elsewhere", written=written, owner=claimant_text(found.claimant),
                what=what, source=source_text(found.source))]  # fmt: skip


def published_quoted(query: Query, stored: Sequence[Claim]) -> list[Claim]:
    """The published claims stating a quoted figure for the asked kind and side whose period
    meets the asked one ("Newsweek said 42 tanks in early February 2024": its 42 for 3-9
    February): shown beside the tally, so the asker sees the figure they quote and its source."""
    out: list[Claim] = []
    for claim in stored:
        if claim.source.kind == SourceKind.series or claim.metric not in query.metrics:
            continue
        if claim.subject != query.subject:
            continue
        if query.personnel_kind is not None and claim.personnel_kind != query.personnel_kind:
            continue  # a count of killed and wounded is never shown for the dead asked about
        related = relation(from_claim(claim), query)
        if related != Relation.outside:
            out.append(claim.model_copy(update={"relation": related}))
    return [c for c in out if c.quote not in {o.quote for o in out[: out.index(c)]}][:2]


def _tally_neither(written: str, tally: Sequence[Claim]) -> str:
    """The quoted figure matches none of the tally's readings of the asked days, named."""
    readings = [
        say(
            _reading_key(c),
            value=number(c.value),
            days=period_words(c.period_kind, c.period_start, c.period_end, short=True),
        )
        for c in tally[:4]
    ]
    key = "check.tally_neither" if len(readings) > 1 else "check.tally_not"
    return say(key, written=written, who=claimant_text(tally[0].claimant), readings=join(readings))


# How a claim that agrees with the quoted figure relates to the asked period, in words.
_HOW: dict[Relation, str] = {
    Relation.day_off: "check.how.day_off",
    Relation.inside: "check.how.inside",
    Relation.stated_within: "check.how.stated_within",
    Relation.contains: "check.how.contains",
}


def by_report_date(store: ClaimStore, query: Query, *, any_figure: bool = False) -> list[Claim]:
    """The tally's figures for the asked days counted by report date (the other convention),
    that allow a quoted figure (or all of them, `any_figure`): "4,540 in the reports of 5-9
    February" is what those reports added, the fighting of the day before each (day_off)."""
    quoted = quoted_figures(query)
    if query.figure != Figure.period or query.period_start is None or query.period_end is None:
        return []
    if not quoted or query.open_end:
        return []
    found = derive.derived_claims(store, query, convention=derive.Convention.reported)
    return [
        c.model_copy(update={"relation": Relation.day_off})
        for c in found
        if (c.period_start, c.period_end) == (query.period_start, query.period_end)
        and (any_figure or any(agreeing([c], q) for q in quoted))
    ]


def report_date_line(claim: Claim) -> str:
    """One line for a figure of the tally counted by report date."""
    days = period_words(claim.period_kind, claim.period_start, claim.period_end, short=True)
    return say(
        "check.report_dated",
        value=number(claim.value),
        days=days,
        who=claimant_text(claim.claimant),
        derivation=claim.derivation,
    )
