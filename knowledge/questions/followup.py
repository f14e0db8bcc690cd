"""Follow-up questions: a fragment ("and tanks?", "what about december?") read against the
previous question of the same conversation.

`read_followup` says whether a message is a fragment and, if so, what it asks once merged with
the previous `Query`: the fragment's own readings (metric, period, claimant, side) win, the rest
is carried over. Nothing here keeps state; the conversation (knowledge.answering.conversation)
keeps the previous Query and its expiry.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from knowledge.dates import add_months, with_year
from knowledge.lexicon.calendar import month_end
from knowledge.lexicon.terms import METRIC_LABELS
from knowledge.models import Figure, Intent, Metric, PeriodKind, Query, Subject
from knowledge.questions.parse import normalise, parse_question
from knowledge.wording import period_words


class FollowKind(StrEnum):
    """How a fragment relates to the previous question."""

    refine = "refine"  # "and tanks?", "what about december?": one new question
    compare = "compare"  # "more than last month?": the previous period beside another
    sources = "sources"  # "where is this from?": the previous answer's sources


# Rows: (pattern on the normalised message, kind). The first that matches decides.
_MARKERS: tuple[tuple[re.Pattern[str], FollowKind], ...] = (
    (
        re.compile(
            r"^(?:and\s+)?(?:where(?:'s|\s+(?:is|does|did))\s+(?:this|that|it)\s+(?:come\s+)?from|"
            r"who\s+(?:says|said)\s+(?:so|that|this)|what(?:'s|\s+is)\s+the\s+source|"
            r"sources?|says\s+who)\b|"
            # "how reliable is that?", "is it verified?", "can I trust this?": its sources too
            r"^(?:and\s+|but\s+|so\s+)?(?:how\s+(?:reliable|trustworthy|accurate|solid|sure)\s+"
            r"(?:is|are)\s+(?:that|this|it|these|those|they)|(?:is|are)\s+(?:that|this|it|these|"
            r"those|they)\s+(?:figures?\s+|numbers?\s+)?(?:verified|confirmed|reliable|legit|"
            r"trustworthy)|can\s+(?:i|we)\s+(?:trust|believe|rely\s+on)\s+(?:that|this|it|these|"
            r"those|them)|(?:any\s+)?caveats)\b"
        ),
        FollowKind.sources,
    ),
    (
        re.compile(
            r"^(?:is\s+(?:that|it|this)\s+|was\s+(?:that|it|this)\s+|and\s+)?"
            r"(?:more|less|fewer|higher|lower|worse|better)\s+than\b|^(?:vs\.?|versus|compared\s+"
            r"(?:to|with))\s"
        ),
        FollowKind.compare,
    ),
    (
        re.compile(
            r"^(?:which|what)\s+(?:one\s+)?(?:was|is)\s+(?:higher|lower|more|less|worse|bigger|"
            r"smaller)\b|^compare\s+(?:them|the\s+two|both|those)\b"
        ),
        FollowKind.compare,
    ),
    (
        re.compile(r"^(?:and\s+)?what\s+(?:does|did|do)\s+[\w' ]{2,40}?\s+says?$"),
        FollowKind.refine,
    ),
    # "avg per day?", "and the average a week?": the previous question's average (cmp row)
    (
        re.compile(
            r"^(?:and\s+|so\s+|what(?:'s|\s+is|\s+was)\s+the\s+)?(?:avg|average|avrage|mean)\b"
            r"|^(?:and\s+)?(?:per|a)\s+(?:day|week|month)\s*(?:on\s+average)?$"
        ),
        FollowKind.refine,
    ),
    (
        re.compile(
            r"^(?:and|also|plus|ok(?:ay)?|then|so)\b|^(?:what|how)\s+about\b|^same\s+"
            r"(?:for|but|with|in|according)\b|\b(?:that|the\s+same)\s+(?:month|year|day|week|"
            r"period)\b|\bthen\s*\??$|^(?:the\s+)?(?:next|previous)\s+(?:day|month|year)\b"
        ),
        FollowKind.refine,
    ),
)

# A personnel word makes "personnel" the fragment's own reading (parse_question's default
# metric is personnel, so without one the previous metric is kept).
_PERSONNEL = re.compile(
    r"\b(?:personnel|casualt\w*|troops|soldiers|men|killed|wounded|dead|deaths?|died|kia|"
    r"manpower|people|losses|lost)\b"
)
_RUSSIA = re.compile(r"\brussia(?:n|ns|'s)?\b")
# "the next day", "the month before": a shift of the previous period, as rows.
_SHIFTS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\b(?:the\s+)?(?:next|following)\s+(?:day|month|year)\b|\bday\s+after\b"), 1),
    (re.compile(r"\b(?:the\s+)?(?:previous|prior)\s+(?:day|month|year)\b|\bday\s+before\b"), -1),
)
# "which was higher?", "compare them": the last two questions side by side.
_BOTH = re.compile(r"^(?:which|what)\s+(?:one\s+)?(?:was|is)\s|^compare\s")
_LAST_MONTH = re.compile(r"\b(?:last|previous|the\s+month\s+before|prior)\s+month\b")
_LATEST = re.compile(r"\b(?:latest|newest|most\s+recent|last\s+(?:figures?|report|update))\b")
_EXPLICIT_METRIC_MARK = re.compile(r"\b(?:losses|lost)\b")


@dataclass(frozen=True)
class Reading:
    """A fragment read against the previous question."""

    kind: FollowKind
    query: Query
    # For `compare`: the other period's query (the previous question's is `query`).
    other: Query | None = None


def fragment_kind(text: str) -> FollowKind | None:
    """The kind of follow-up `text` is, or None when it is a question of its own."""
    norm = normalise(text).strip(" ?!.")
    for pattern, kind in _MARKERS:
        if pattern.search(norm):
            return kind
    return None


def read_followup(
    text: str, previous: Query, today: dt.date, earlier: Query | None = None
) -> Reading | None:
    """`text` read against `previous` (and for "which was higher?" the question before it,
    `earlier`), or None when it is not a fragment (or cannot be one)."""
    if previous.intent != Intent.losses:
        return None
    kind = fragment_kind(text)
    if kind is None:
        return None
    fragment = parse_question(text, today)
    if kind == FollowKind.sources:
        return Reading(kind, previous)
    if kind == FollowKind.compare:
        if _BOTH.search(normalise(text)):
            return None if earlier is None else Reading(kind, previous, earlier)
        other = _compare_period(text, fragment, previous, today)
        return None if other is None else Reading(kind, previous, other)
    if fragment.intent not in (Intent.losses, Intent.off_topic):
        return None
    return Reading(kind, merge_query(fragment, previous, today))


def merge_query(fragment: Query, previous: Query, today: dt.date) -> Query:
    """A new Query: the fragment's own readings, the previous question's for the rest."""
    norm = normalise(fragment.text)
    merged = previous.model_copy(deep=True)
    merged.text = fragment.text
    merged.intent = Intent.losses
    merged.notes = list(fragment.notes)
    if _own_metrics(fragment, norm):
        merged.metrics = list(fragment.metrics)
        merged.personnel_kind = fragment.personnel_kind
    if fragment.subject != Subject.russia or _RUSSIA.search(norm):
        if fragment.subject != previous.subject:  # the other side: its own claimants
            merged.claimant, merged.claimants, merged.claimant_side = None, [], None
        merged.subject = fragment.subject
    if fragment.claimants or fragment.claimant:
        merged.claimant = fragment.claimant
        merged.claimants = list(fragment.claimants)
        merged.claimant_side = fragment.claimant_side
    if fragment.period_start is not None:
        _take_period(merged, fragment, previous, today)
        # "and in 2024?" after "deadliest day for tanks": still the record (cmp row)
        keeps_record = previous.figure == Figure.record and fragment.figure == Figure.period
        merged.figure = previous.figure if keeps_record else fragment.figure
    elif _LATEST.search(norm):  # "ok what's the latest you have": the newest, whenever it is
        merged.period_kind, merged.period_start, merged.period_end = (
            PeriodKind.unspecified,
            None,
            None,
        )
        merged.open_end, merged.figure = False, Figure.latest
    elif (shift := _shift_of(norm)) is not None:
        _shift_period(merged, shift)
    if fragment.figure == Figure.record:  # "which month was worst that year?"
        merged.figure = Figure.record
        merged.prefer_kind = fragment.prefer_kind or merged.prefer_kind
    return merged


def _own_metrics(fragment: Query, norm: str) -> bool:
    """Whether the fragment named its metrics (the parser's default otherwise)."""
    if fragment.metrics and fragment.metrics != [Metric.personnel]:
        return True
    return bool(_PERSONNEL.search(norm)) and not _only_loss_word(norm)


def _only_loss_word(norm: str) -> bool:
    """ "and ukraine's losses?": "losses" alone names no metric, only the subject."""
    rest = _PERSONNEL.sub(" ", _EXPLICIT_METRIC_MARK.sub(" ", norm))
    return _PERSONNEL.search(rest) is None and bool(_EXPLICIT_METRIC_MARK.search(norm))


def _take_period(merged: Query, fragment: Query, previous: Query, today: dt.date) -> None:
    """The fragment's period; a month or day without a year is the next such one after the
    previous period (never one in the future: then the one before)."""
    start, end = fragment.period_start, fragment.period_end
    if fragment.year_missing and start is not None and previous.period_start is not None:
        start, end = _after(start, end or start, previous.period_start, today)
    merged.period_kind = fragment.period_kind
    merged.period_start, merged.period_end = start, end
    merged.open_end = fragment.open_end
    merged.year_missing = False
    merged.assumed_year = None


def _after(
    start: dt.date, end: dt.date, anchor: dt.date, today: dt.date
) -> tuple[dt.date, dt.date]:
    """`start`..`end` moved to the first year placing it after `anchor`, unless that is in
    the future, then to the year before."""
    span = end.year - start.year
    year = anchor.year if (start.month, start.day) > (anchor.month, anchor.day) else anchor.year + 1
    first = with_year(start, year)
    if first > today:
        year -= 1
        first = with_year(start, year)
    last = with_year(end, year + span)
    if end == month_end(end.year, end.month):
        last = month_end(last.year, last.month)
    return first, last


def _shift_of(norm: str) -> int | None:
    """+1 for "the next day/month", -1 for "the previous ...", None otherwise."""
    for pattern, step in _SHIFTS:
        if pattern.search(norm):
            return step
    return None


def _shift_period(merged: Query, step: int) -> None:
    """The previous period moved by one of its own length (a day, a month or a year)."""
    start, end = merged.period_start, merged.period_end
    if start is None or end is None:
        return
    if merged.period_kind == PeriodKind.month:
        first = add_months(start, step)
        merged.period_start, merged.period_end = first, month_end(first.year, first.month)
    elif merged.period_kind == PeriodKind.year:
        merged.period_start = with_year(start, start.year + step)
        merged.period_end = with_year(end, end.year + step)
    else:
        days = dt.timedelta(days=((end - start).days + 1) * step)
        merged.period_start, merged.period_end = start + days, end + days


def _compare_period(text: str, fragment: Query, previous: Query, today: dt.date) -> Query | None:
    """The other side of "more than last month?" / "more than september?": a copy of the
    previous question for the month before, or for the month named (before the previous)."""
    if previous.period_start is None or previous.period_end is None:
        return None
    other = previous.model_copy(deep=True)
    other.text = fragment.text
    norm = normalise(text)
    if fragment.period_start is not None and not _LAST_MONTH.search(norm):
        start, end = fragment.period_start, fragment.period_end or fragment.period_start
        if fragment.year_missing:
            start, end = _before(start, end, previous.period_start)
        other.period_kind = fragment.period_kind
        other.period_start, other.period_end = start, end
        return other
    _shift_period(other, -1)
    return other


def _before(start: dt.date, end: dt.date, anchor: dt.date) -> tuple[dt.date, dt.date]:
    """`start`..`end` in the last year placing it before `anchor`."""
    year = anchor.year if (start.month, start.day) < (anchor.month, anchor.day) else anchor.year - 1
    last = with_year(end, year + end.year - start.year)
    if end == month_end(end.year, end.month):
        last = month_end(last.year, last.month)
    return with_year(start, year), last


def reading_label(query: Query) -> str:
    """How a follow-up was read, for the answer's first line: "Tanks, November 2024"."""
    metrics = ", ".join(METRIC_LABELS.get(m, m.value) for m in query.metrics) or "personnel"
    if query.subject != Subject.russia:
        metrics = f"{query.subject.value.capitalize()}'s {metrics}"
    parts = [metrics[:1].upper() + metrics[1:]]
    if query.period_start is not None:
        parts.append(
            period_words(query.period_kind, query.period_start, query.period_end, short=True)
        )
    if query.claimant:
        parts.append(f"according to {query.claimant}")
    elif query.claimant_side:
        parts.append(f"according to {query.claimant_side}")
    return ", ".join(parts)
