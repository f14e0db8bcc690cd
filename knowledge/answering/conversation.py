"""A conversation: answers that read follow-ups ("and tanks?") against the previous question.

One `Conversation` per console chat, per Telegram private chat, and per (user, group) pair.
The context is the last question's Query and Answer; it expires after `CONTEXT_TTL` of silence
and on `reset` (`/new`). `answer()` itself stays context-free.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from knowledge.answering.answer import answer
from knowledge.answering.average import (
    average_answer,
    averaged_unit,
    gave_median,
    median_answer,
    to_yesterday,
)
from knowledge.answering.compare import answer_comparison
from knowledge.answering.events import milestone
from knowledge.answering.languages import followup_label, followup_language
from knowledge.answering.record import record_check_answer, threshold_answer
from knowledge.answering.sources import coverage_end, sources_of_answer
from knowledge.dates import with_year
from knowledge.models import Answer, Claim, Figure, Intent, Metric, PeriodKind, Query
from knowledge.questions.averages import (
    Comparison,
    Order,
    average_unit,
    days_past_threshold,
    median_asked,
    read_comparison,
)
from knowledge.questions.followup import (
    FollowKind,
    Reading,
    asks_index,
    asks_share_of_the_whole,
    asks_the_data_start,
    asks_the_first_time,
    fragment_kind,
    read_followup,
    reading_label,
    reads_the_data,
    record_unit,
    then_day,
    total_to,
    unquoted,
)
from knowledge.questions.parse import parse_question
from knowledge.questions.several import split_questions
from knowledge.store import ClaimStore
from knowledge.wording import day_text, in_language, number, percent, say

# Fifteen minutes of silence and a fragment is no longer read against the old question.
CONTEXT_TTL = dt.timedelta(minutes=15)


@dataclass
class Conversation:
    """The context of one conversation: the last question's reading and answer."""

    previous: Query | None = None
    # The question before `previous`, for "which was higher?" and "compare them".
    earlier: Query | None = None
    # The question the last shift moved ("the day after?" moved the holiday's): a later
    # shift by a longer unit ("and the week after") moves it again.
    anchor: Query | None = None
    last: Answer | None = None
    last_at: dt.datetime | None = None
    ttl: dt.timedelta = field(default=CONTEXT_TTL)

    def reset(self) -> None:
        """Forget the context (`/new`)."""
        self.previous, self.earlier, self.last, self.last_at = None, None, None, None
        self.anchor = None

    def dump(self) -> str:
        """The context as JSON, so a bot can keep it across restarts (`load` reads it)."""
        return json.dumps(
            {
                "previous": _dumped(self.previous),
                "earlier": _dumped(self.earlier),
                "anchor": _dumped(self.anchor),
                "last": _dumped(self.last),
                "last_at": self.last_at.isoformat() if self.last_at else None,
            },
            ensure_ascii=False,
        )

    @classmethod
    def load(cls, text: str) -> Conversation:
        """The context `dump` wrote. Raises ValueError for text it cannot read (say, one
        written by another version of the bot): the caller then starts afresh."""
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError(f"{type(data).__name__}, not a context object")
        when = data.get("last_at")
        return cls(
            previous=Query.model_validate(data["previous"]) if data.get("previous") else None,
            earlier=Query.model_validate(data["earlier"]) if data.get("earlier") else None,
            anchor=Query.model_validate(data["anchor"]) if data.get("anchor") else None,
            last=Answer.model_validate(data["last"]) if data.get("last") else None,
            last_at=dt.datetime.fromisoformat(when) if when else None,
        )

    def ask(
        self,
        text: str,
        store: ClaimStore,
        *,
        today: dt.date | None = None,
        now: dt.datetime | None = None,
        language: str | None = None,
    ) -> Answer:
        """The answer to `text`, read against the context when it is a follow-up; `language`
        is the chat's answer language (else the message's own; a follow-up's reading is said
        in it too). A message with several questions ("tanks in 2024? and in 2023?") gets
        the first one's answer with the others' in `more_answers`, each read in order."""
        today = today or dt.date.today()
        now = now or dt.datetime.now(dt.UTC)
        if self.last_at is not None and now - self.last_at > self.ttl:
            self.reset()
        self.last_at = now
        first, *rest = split_questions(text, today)
        result = self._ask_one(first, store, today, language)
        if not rest:
            return result
        more = [self._ask_one(part, store, today, language) for part in rest]
        return result.model_copy(update={"more_answers": more})

    def _ask_one(
        self, text: str, store: ClaimStore, today: dt.date, language: str | None
    ) -> Answer:
        """The answer to one question, read against the context, which it then updates."""
        quoted = unquoted(text, _shown(self.last))
        if quoted is not None:  # "you said 1,430 - is that killed only?": about that answer
            return self._about_the_last(quoted, store, today, language)
        if (first := _first_time(text, self.previous, store, today, language)) is not None:
            return first  # "when was the first time?": the day the mark asked was reached
        if self.previous is not None and asks_the_data_start(text, self.previous):
            found = answer(self.previous.text, store, today=today, language=language)
            return found.model_copy(update={"question": text})  # the same coverage answer
        if (share := _share_of_whole(text, self.previous, store, today, language)) is not None:
            return share  # "as a share of the whole war?": the period beside the total
        reading = None
        previous = self.previous
        if previous is None and reads_the_data(text):  # its own reading, the data's end
            previous = _own_reading(text, today)
        if previous is not None:
            reading = read_followup(
                text,
                _as_found(previous, self.last, text),
                today,
                self.earlier,
                then=_when_said(self.last),
                coverage=coverage_end(store),
                checked=_figure_period(self.last),
                anchor=self.anchor,
            )
        reading = _averaged_both(text, reading, self.last, self.earlier)
        reading = _named_pair(text, reading, self.last, today, previous)
        result = _answer_reading(text, reading, self.last, store, today, language)
        if result.query is not None and result.query.intent == Intent.losses:
            if reading is None or reading.kind == FollowKind.refine:
                self.earlier = self.previous
                self.previous = result.query if reading is None else reading.query
                self.anchor = None if reading is None else reading.anchor
            self.last = result
        return result

    def _about_the_last(
        self, text: str, store: ClaimStore, today: dt.date, language: str | None
    ) -> Answer:
        """The answer to a question about a figure the last answer gave, read as a follow-up
        without the figure; the context stays the quoted answer's ("and the day before?"
        next moves its period, not the question about it)."""
        kept = (self.previous, self.earlier, self.anchor, self.last)
        result = self._ask_one(text, store, today, language)
        self.previous, self.earlier, self.anchor, self.last = kept
        return result


def _first_time(
    text: str, previous: Query | None, store: ClaimStore, today: dt.date, language: str | None
) -> Answer | None:
    """After a question naming a mark ("did losses ever go above 2,000 in a day?"), "when was
    the first time?" is when that mark was first reached; None for any other message."""
    if previous is None or not asks_the_first_time(text):
        return None
    asked = f"{text.strip(' ?!.')}: {previous.text}"  # the mark's words, read with "when"
    if milestone(asked) is None:
        return None
    query = previous.model_copy(deep=True, update={"text": text})
    query.period_start = query.period_end = None
    query.period_kind, query.figure, query.open_end = PeriodKind.unspecified, Figure.latest, False
    query.unread = [u for u in query.unread if u.kind != "number"]  # the mark, read here
    found = answer(asked, store, today=today, query=query, language=language)
    return found.model_copy(update={"question": text})


def _share_of_whole(
    text: str, previous: Query | None, store: ClaimStore, today: dt.date, language: str | None
) -> Answer | None:
    """After a period's figure, "as a share of the total since the start of the war?" is that
    figure beside the running total at the period's end, with the share of the two (both
    claimed figures of the same claimant's series); None for any other message."""
    if previous is None or previous.period_end is None or previous.figure != Figure.period:
        return None
    if not asks_share_of_the_whole(text):
        return None
    lang = followup_language(text, language, previous.language)
    part = answer(text, store, today=today, query=previous, language=lang)
    # the period's fighting is reported the morning after its last day: the total of that report
    reported = previous.period_end + dt.timedelta(days=1)
    last = coverage_end(store)
    end = reported if last is not None and reported <= last else previous.period_end
    whole = answer(text, store, today=today, query=total_to(previous, end), language=lang)
    both = _together(part, whole)
    if not (part.answered and whole.answered and part.claims and whole.claims):
        return both
    a, b = part.claims[0], whole.claims[0]
    if a.claimant != b.claimant or not b.value:
        return both
    with in_language(lang):
        line = say(
            "share.of_total", part=number(a.value), whole=number(b.value),
            share=percent(a.value / b.value).lstrip("+"), day=day_text(previous.period_end),
        )  # fmt: skip
    return _labelled(both, line)


def _shown(last: Answer | None) -> set[int]:
    """The figures the last answer gave, which a reply may quote back."""
    return set() if last is None else {c.value for c in last.claims if c.value is not None}


def _averaged_both(
    text: str, reading: Reading | None, last: Answer | None, earlier: Query | None
) -> Reading | None:
    """ "Per day?" after the last two periods were set side by side ("difference?"): both
    periods averaged, beside each other again (the reading itself otherwise)."""
    if reading is None or reading.kind != FollowKind.refine or earlier is None or last is None:
        return reading
    asked, spans = last.query, [reading.query, earlier]
    if asked is None or average_unit(text) is None or any(q.period_start is None for q in spans):
        return reading
    starts = [q.period_start for q in spans if q.period_start is not None]
    ends = [q.period_end for q in spans if q.period_end is not None]
    both = len(ends) == 2 and (asked.period_start, asked.period_end) == (min(starts), max(ends))
    # two periods side by side never overlap: June inside Q2 is one of Q2's parts, asked alone
    both = both and (ends[0] < starts[1] or ends[1] < starts[0])
    each = _EACH.search(text) is not None and (starts[0], ends[0]) != (starts[1], ends[1])
    if not each and (not both or (asked.period_start, asked.period_end) == (starts[0], ends[0])):
        return reading
    return Reading(FollowKind.compare, reading.query, earlier, True)


def _named_pair(
    text: str, reading: Reading | None, last: Answer | None, today: dt.date, previous: Query | None
) -> Reading | None:
    """ "Compare 2024 and 2025", "is it slowing down from 2024 to 2025?" after a question
    about losses: the two periods it names set side by side in the conversation's losses
    (never one stretch from the first to the second); the reading itself otherwise."""
    own = parse_question(text, today)
    if reading is None and previous is not None and not own.metrics:
        base = previous if own.intent != Intent.losses else None  # names no losses of its own
    else:
        base = reading.query if reading is not None and reading.kind == FollowKind.refine else None
    found = None if base is None else read_comparison(text, own, today)
    if base is None or found is None or not found.parts:
        return reading
    asked = None if last is None else last.query
    first, other = (_in_context(q, base, asked) for q in (found.first, found.second))
    return Reading(FollowKind.compare, first, other, found.order == Order.either)


def _in_context(side: Query, merged: Query, asked: Query | None) -> Query:
    """`side`'s period in the conversation's losses; a whole year named after a part of one
    ("from 2024 to 2025" after June 2025) is that part in that year."""
    out = merged.model_copy(deep=True)
    start, end = side.period_start, side.period_end
    lo, hi = (None, None) if asked is None else (asked.period_start, asked.period_end)
    if start is not None and _whole_year(start, end) and lo is not None and hi is not None:
        if lo.year == hi.year and not _whole_year(lo, hi):
            start, end = with_year(lo, start.year), with_year(hi, start.year)
    out.period_kind, out.period_start, out.period_end = side.period_kind, start, end
    out.figure, out.open_end, out.report_date = Figure.period, False, None
    return out


def _whole_year(start: dt.date, end: dt.date | None) -> bool:
    """Whether `start`..`end` is one calendar year."""
    return end is not None and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)


# "per day each?", "daily for both", "the monthly average of the two": an average of each of
# the last two periods, beside each other, even when they were asked one after the other.
_EACH = re.compile(
    r"\b(?:each|both|respectively|for\s+(?:the\s+)?(?:two|them|those|these)|of\s+(?:the\s+two|"
    r"them|those|these))\b",
    re.IGNORECASE,
)


def _own_reading(text: str, today: dt.date) -> Query:
    """`text` read alone as the question a data-relative span ("last 7 days in your data")
    refines: the parser's reading, about losses (personnel when it names none)."""
    own = parse_question(text, today)
    metrics = own.metrics or [Metric.personnel]
    return own.model_copy(update={"intent": Intent.losses, "metrics": metrics})


# After a record ("which month was the biggest?"), "that month", "the same day", "in it" name
# the record's own period: "per day in that month?", "and tanks that day?".
_ITS_OWN = re.compile(
    r"\b(?:that|this|the\s+same)\s+(?P<unit>day|date|week|month|quarter|year|period|one)\b|"
    r"\b(?:in|during|on|for)\s+it\b"
)
_OWN_UNIT = {
    "day": PeriodKind.day, "date": PeriodKind.day, "week": PeriodKind.week,
    "month": PeriodKind.month, "quarter": PeriodKind.quarter, "year": PeriodKind.year,
}  # fmt: skip


def _as_found(previous: Query, last: Answer | None, text: str) -> Query:
    """The previous question as a follow-up naming its figure reads it: after a record ("the
    worst month of 2023"), "compare it with ..." and "that month" mean the record's own period
    (December 2023)."""
    if previous.figure != Figure.record:
        return previous
    spans = [] if last is None else [c for c in last.claims if c.period_kind not in _NOT_A_SPAN]
    if not spans or spans[0].period_start is None or spans[0].period_end is None:
        return previous
    named = _ITS_OWN.search(text.lower())
    # "that month" after the worst month is that month; "that year" after the worst day of a
    # year is still the year asked
    kinds = (spans[0].period_kind, previous.prefer_kind)
    its_own = named is not None and _OWN_UNIT.get(named["unit"] or "", kinds[0]) in kinds
    if fragment_kind(text) != FollowKind.compare and not its_own:
        return previous
    found = previous.model_copy(deep=True)
    found.period_kind = spans[0].period_kind
    found.period_start, found.period_end = spans[0].period_start, spans[0].period_end
    found.figure, found.prefer_kind = Figure.period, None
    return found


# Figures that are no span to check against the daily data: running totals, unknown periods.
_NOT_A_SPAN = (PeriodKind.cumulative, PeriodKind.unspecified)


def _figure_period(last: Answer | None) -> tuple[dt.date, dt.date] | None:
    """The period of the last answer's first figure for a span (not a running total) when it
    is not the asked period (an article's "since February 3"), for "does it check out?"."""
    if last is None or last.query is None:
        return None
    spans = [c for c in last.claims if c.period_kind not in _NOT_A_SPAN]
    start, end = (spans[0].period_start, spans[0].period_end) if spans else (None, None)
    if start is None or end is None:
        return None
    asked = (last.query.period_start, last.query.period_end)
    return (start, end) if (start, end) != asked else None


def _when_said(last: Answer | None) -> dt.date | None:
    """What "around then" means in the next question: the day the last answer's first
    figure speaks of, or was said on (see `then_day`)."""
    if last is None or not last.claims:
        return None
    claim = last.claims[0]
    return then_day(last.question, claim.period_end, claim.source.published)


def _dumped(model: Query | Answer | None) -> dict[str, object] | None:
    """One part of a context, as JSON data."""
    return model.model_dump(mode="json") if model is not None else None


def _answer_reading(
    text: str,
    reading: Reading | None,
    last: Answer | None,
    store: ClaimStore,
    today: dt.date,
    language: str | None = None,
) -> Answer:
    """The answer for one message: a question of its own, or a follow-up's reading."""
    if reading is None:
        return answer(text, store, today=today, language=language)
    lang = followup_language(text, language, last.language if last is not None else None)
    if reading.kind == FollowKind.sources:
        with in_language(lang):
            found = sources_of_answer(text, _with_base(last, store, today, lang), store)
        return found.model_copy(update={"language": lang})
    if reading.kind == FollowKind.record:
        with in_language(lang):  # after one day: "was day D the record?", yes or no first
            checked = record_check_answer(text, reading.query, store)
        record = checked or answer(text, store, today=today, query=reading.query, language=lang)
        with in_language(lang):
            label = _reading_label(reading, lang, None)
            verdict = _record_verdict(last, record, reading.query, reading.other)
        return _labelled(record, f"{label}\n{verdict}" if verdict else label)
    # "per month then" after a weekly average: the fragment's own unit wins over the last one
    # a unit it could not read ("and per hour?") is refused below, never the last average
    refine = reading.kind == FollowKind.refine and not any(
        u.constrains for u in reading.query.unread
    )
    # "and the longest run of days above 1,000?": the same period's days past a threshold
    threshold = days_past_threshold(text) if reading.kind == FollowKind.refine else None
    if threshold is not None:
        with in_language(lang):
            counted = threshold_answer(text, reading.query, threshold, store)
            label = _reading_label(reading, lang, None)
        if counted is not None:
            return _labelled(counted.model_copy(update={"language": lang}), label)
    if (
        refine
        and reading.query.figure == Figure.period
        and (median_asked(text) or gave_median(last))
    ):
        # "and the median day?" after an average, "and 2024?" after a median: the median
        with in_language(lang):
            median = median_answer(text, to_yesterday(reading.query, today), store)
            label = _reading_label(reading, lang, None)
        if median is not None:
            return _labelled(median.model_copy(update={"language": lang}), label)
    # "and the median day?" after an average asks the median, not the average again
    unit = (
        (average_unit(text) or averaged_unit(last)) if refine and not median_asked(text) else None
    )
    if unit is not None and reading.query.figure == Figure.period:
        # "and 2025?" after a daily average: the same average for the new reading (cmp row)
        with in_language(lang):
            averaged = average_answer(text, to_yesterday(reading.query, today), store, unit)
            label = _reading_label(reading, lang, None)
        if averaged is not None:
            return _labelled(averaged.model_copy(update={"language": lang}), label)
    first = answer(text, store, today=today, query=reading.query, language=lang)
    other = None
    if reading.kind == FollowKind.compare and reading.other is not None:
        compared = _compared(text, reading, store, today, lang)
        if compared is not None:  # both periods' figures with the arithmetic (cmp)
            with in_language(lang):
                label = _reading_label(reading, lang, compared)
                index = _index_line(text, reading, compared)
            label = f"{label}\n{index}" if index else label
            return _labelled(compared.model_copy(update={"language": lang}), label)
        other = answer(text, store, today=today, query=reading.other, language=lang)
    with in_language(lang):
        label = _reading_label(reading, lang, other)
    return _labelled(_together(first, other) if other else first, label)


def _index_line(text: str, reading: Reading, compared: Answer) -> str | None:
    """ "And 2024 as an index, with 2023 = 100?": the later figure against the base period's
    (the last question's) as 100, from the same claimant's figures for the two periods."""
    base, later = reading.query, reading.other
    if later is None or not asks_index(text, base):
        return None

    def first(query: Query) -> Claim | None:
        span = (query.period_start, query.period_end)
        return next(
            (c for c in compared.claims if (c.period_start, c.period_end) == span and c.value),
            None,
        )

    was, now = first(base), first(later)
    if was is None or now is None or was.claimant != now.claimant or not was.value:
        return None
    named = reading_label(base).split(", ", 1)[-1]
    return say("compare.index", base=named, index=number(round(now.value / was.value * 100)))


def _with_base(last: Answer | None, store: ClaimStore, today: dt.date, lang: str) -> Answer | None:
    """The last answer, and when it gave an average ("per day?"), with the figures it was
    computed from first: "source?" then cites the total the average divides."""
    if last is None or last.query is None or averaged_unit(last) is None:
        return last
    asked = reading_label(last.query)  # the question without its "per day"
    base = answer(asked, store, today=today, query=last.query, language=lang)
    if not base.answered or not base.claims:
        return last
    return last.model_copy(update={"claims": _unique(base.claims + last.claims)})


def _reading_label(reading: Reading, lang: str, other: Answer | None) -> str:
    """How a follow-up was read (and what it is set beside), in `lang`."""
    if lang != "en":
        return followup_label(reading.query, reading.other if other else None)
    label = reading_label(reading.query)
    if other is not None and reading.other is not None:
        label = say("read.beside", first=label, second=reading_label(reading.other))
    return label + ":"


def _compared(
    text: str, reading: Reading, store: ClaimStore, today: dt.date, lang: str
) -> Answer | None:
    """A follow-up comparison of two periods answered with its arithmetic in `lang`, or None
    when the readings are not two periods of losses (totals are shown side by side instead)."""
    first, other = reading.query, reading.other
    periods = [q for q in (first, other) if q is not None and q.figure == Figure.period]
    if len(periods) != 2 or any(q.period_start is None or q.period_end is None for q in periods):
        return None
    assert other is not None
    if (first.metrics, first.subject) != (other.metrics, other.subject):
        return None  # "tanks, then drones: which was higher?": two answers side by side
    # the last two answers side by side: the later period against the earlier
    comparison = Comparison(first, other, Order.either if reading.in_time_order else Order.asked)
    with in_language(lang):
        return answer_comparison(
            text,
            first,
            comparison,
            store,
            today,
            lambda q: answer(text, store, today=today, query=q, language=lang),
        )


def _record_verdict(
    last: Answer | None, record: Answer, query: Query, asked: Query | None
) -> str | None:
    """ "Is that a record?" answered yes or no first: the last answer's figure for the asked
    question's period against the record of its unit (None when either has no figure)."""
    if last is None or not last.claims or not record.answered or not record.claims:
        return None
    if query.period_start is not None:  # one day: the record check says yes or no itself
        return None
    unit_kind = query.prefer_kind
    if unit_kind is None or asked is None or asked.period_start is None:
        return None  # no unit to measure the last figure against (a quarter, a range)
    span = (asked.period_start, asked.period_end)
    metrics = set(query.metrics)
    values = [
        round(c.value)
        for c in last.claims
        if c.metric in metrics and (c.period_start, c.period_end) == span
    ]
    top = record.claims[0]
    if not values or top.period_start is None or top.period_end is None:
        return None
    found = query.model_copy(
        update={"period_start": top.period_start, "period_end": top.period_end}
    )
    if record_unit(found) != unit_kind:
        return None  # the record found is of another unit: no yes or no
    value, best = max(values), round(top.value)
    unit = say(f"record.is_unit.{unit_kind.value}")
    if value >= best:
        return say("record.is_yes", value=number(value), unit=unit)
    return say("record.is_no", value=number(value), record=number(best), unit=unit)


def _labelled(result: Answer, label: str) -> Answer:
    """The answer with a first line saying how the follow-up was read."""
    head = label
    return result.model_copy(
        update={
            "text": f"{head}\n{result.text}",
            "body": f"{head}\n{result.body}" if result.body else result.body,
        }
    )


def _together(first: Answer, other: Answer) -> Answer:
    """Two answers side by side (a comparison): both texts, both sets of claims, the period
    spanning both."""
    query = first.query.model_copy(deep=True) if first.query is not None else None
    if query is not None and other.query is not None:
        starts = [d for d in (query.period_start, other.query.period_start) if d is not None]
        ends = [d for d in (query.period_end, other.query.period_end) if d is not None]
        query.period_start = min(starts) if starts else None
        query.period_end = max(ends) if ends else None
    claims = _unique(first.claims + other.claims)
    body = "\n\n".join(b for b in (first.body, other.body) if b)
    text = body + (f"\n\n{first.caveat}" if first.caveat else "")
    return first.model_copy(
        update={
            "answered": first.answered or other.answered,
            "claims": claims,
            "query": query,
            "text": text,
            "body": body,
            "suggestions": [],
            "disagreement": first.disagreement or other.disagreement,
        }
    )


def _unique(claims: list[Claim]) -> list[Claim]:
    """Claims in order, each once."""
    seen: dict[str, Claim] = {}
    for claim in claims:
        seen.setdefault(claim.model_dump_json(), claim)
    return list(seen.values())
