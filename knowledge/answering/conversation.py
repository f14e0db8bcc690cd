"""A conversation: answers that read follow-ups ("and tanks?") against the previous question.

One `Conversation` per console chat, per Telegram private chat, and per (user, group) pair.
The context is the last question's Query and Answer; it expires after `CONTEXT_TTL` of silence
and on `reset` (`/new`). `answer()` itself stays context-free.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from knowledge.answering.answer import answer
from knowledge.answering.average import average_answer, averaged_unit
from knowledge.answering.compare import answer_comparison
from knowledge.answering.languages import answer_language, followup_label
from knowledge.answering.sources import coverage_end, sources_of_answer
from knowledge.models import Answer, Claim, Figure, Intent, Query
from knowledge.questions.averages import Comparison, Order
from knowledge.questions.followup import (
    FollowKind,
    Reading,
    read_followup,
    reading_label,
    then_day,
)
from knowledge.store import ClaimStore
from knowledge.wording import in_language, say

# Fifteen minutes of silence and a fragment is no longer read against the old question.
CONTEXT_TTL = dt.timedelta(minutes=15)


@dataclass
class Conversation:
    """The context of one conversation: the last question's reading and answer."""

    previous: Query | None = None
    # The question before `previous`, for "which was higher?" and "compare them".
    earlier: Query | None = None
    last: Answer | None = None
    last_at: dt.datetime | None = None
    ttl: dt.timedelta = field(default=CONTEXT_TTL)

    def reset(self) -> None:
        """Forget the context (`/new`)."""
        self.previous, self.earlier, self.last, self.last_at = None, None, None, None

    def dump(self) -> str:
        """The context as JSON, so a bot can keep it across restarts (`load` reads it)."""
        return json.dumps(
            {
                "previous": _dumped(self.previous),
                "earlier": _dumped(self.earlier),
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
        in it too)."""
        today = today or dt.date.today()
        now = now or dt.datetime.now(dt.UTC)
        if self.last_at is not None and now - self.last_at > self.ttl:
            self.reset()
        self.last_at = now
        reading = None
        if self.previous is not None:
            reading = read_followup(
                text,
                self.previous,
                today,
                self.earlier,
                then=_when_said(self.last),
                coverage=coverage_end(store),
            )
        result = _answer_reading(text, reading, self.last, store, today, language)
        if result.query is not None and result.query.intent == Intent.losses:
            if reading is None or reading.kind == FollowKind.refine:
                self.earlier = self.previous
                self.previous = result.query if reading is None else reading.query
            self.last = result
        return result


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
    lang = answer_language(text, language)
    if reading.kind == FollowKind.sources:
        with in_language(lang):
            found = sources_of_answer(text, last, store)
        return found.model_copy(update={"language": lang})
    unit = averaged_unit(last) if reading.kind == FollowKind.refine else None
    if unit is not None and reading.query.figure == Figure.period:
        # "and 2025?" after a daily average: the same average for the new reading (cmp row)
        with in_language(lang):
            averaged = average_answer(text, reading.query, store, unit)
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
            return _labelled(compared.model_copy(update={"language": lang}), label)
        other = answer(text, store, today=today, query=reading.other, language=lang)
    with in_language(lang):
        label = _reading_label(reading, lang, other)
    return _labelled(_together(first, other) if other else first, label)


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
    comparison = Comparison(first, other, Order.asked)
    with in_language(lang):
        return answer_comparison(
            text,
            first,
            comparison,
            store,
            today,
            lambda q: answer(text, store, today=today, query=q, language=lang),
        )


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
