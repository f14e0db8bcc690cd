"""Comparisons of two periods (issue 12, requirement 6): "A vs B", "higher than last month?",
"did losses rise in 2024?". Each period gets its own stored figure (the daily series' figure
for it, else a published figure for exactly that period), named with its claimant, source and
how it differs from what was asked; the difference, the percentage change and, when the two
periods differ in length, the figure per day are computed in the open. A side without a
figure is said to have none and nothing is compared."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from knowledge.answering import derive
from knowledge.answering.compose import _source_text
from knowledge.models import WAR_START, Answer, Claim, Intent, Metric, Query, Relation, Subject
from knowledge.questions.averages import (
    Comparison,
    Order,
    asked_direction,
    is_comparison_word,
    read_comparison,
)
from knowledge.store import ClaimStore
from knowledge.wording import METRIC_NOUNS, coverage_line, number, signed, span_text

# Asks one period's question the usual way (for a published figure when no series has one).
Ask = Callable[[Query], Answer]

_SUBJECT_WORDS = {Subject.russia: "Russian", Subject.ukraine: "Ukrainian"}


@dataclass(frozen=True)
class Side:
    """One period of a comparison and the stored figure found for it (None: no figure)."""

    query: Query
    claim: Claim | None

    @property
    def asked(self) -> tuple[dt.date, dt.date]:
        """The asked days (a period before the invasion counts from its first day)."""
        assert self.query.period_start is not None and self.query.period_end is not None
        return max(self.query.period_start, WAR_START), self.query.period_end

    @property
    def words(self) -> str:
        """The asked period in words."""
        return span_text(*self.asked)

    @property
    def days(self) -> int:
        """How many days the figure covers."""
        assert self.claim is not None and self.claim.period_start and self.claim.period_end
        return (self.claim.period_end - self.claim.period_start).days + 1


def compare_answer(
    question: str, whole: Query, store: ClaimStore, today: dt.date, ask: Ask
) -> Answer | None:
    """The answer to a question comparing two periods, or None when it compares nothing."""
    comparison = read_comparison(question, whole, today)
    if comparison is None:
        return None
    return answer_comparison(question, comparison.whole or whole, comparison, store, today, ask)


def answer_comparison(
    question: str,
    whole: Query,
    comparison: Comparison,
    store: ClaimStore,
    today: dt.date,
    ask: Ask,
) -> Answer:
    """Both periods' figures, the difference and the verdict, for a comparison already read
    (from the question, or from a conversation: "more than last month?")."""
    first, second = comparison.first, comparison.second
    if comparison.order == Order.either and (first.period_start or today) < (
        second.period_start or today
    ):
        first, second = second, first  # the later period against the earlier
    blocks: list[str] = []
    claims: list[Claim] = []
    complete = True
    for metric in first.metrics[:3]:
        a, b = _side(store, first, metric, ask), _side(store, second, metric, ask)
        block = _block(metric, whole.subject, a, b, comparison.how)
        # "A or B?" and "A vs B" ask which, not yes or no.
        asks_which = comparison.order == Order.either
        blocks.append(block if asks_which else _yes_or_no(block, question, a, b))
        claims += [s.claim for s in (a, b) if s.claim is not None]
        complete = complete and a.claim is not None and b.claim is not None
    last = derive.series_end(store)
    if last is not None and max(first.period_end or today, second.period_end or today) >= last:
        blocks.insert(0, coverage_line(last))
    body = "\n\n".join(blocks)
    caveat = _caveat(claims)
    return Answer(
        question=question,
        answered=complete,
        text=f"{body}\n\n{caveat}",
        body=body,
        caveat=caveat,
        claims=claims,
        query=_reading(whole, first, second, comparison),
        period=f"{Side(first, None).words} against {Side(second, None).words}",
    )


def _side(store: ClaimStore, query: Query, metric: Metric, ask: Ask) -> Side:
    """The figure for one period: the series' own, else a published one for exactly it."""
    asked = query.model_copy(update={"metrics": [metric]})
    side = Side(asked, None)
    try:
        found = [c for c in derive.derived_claims(store, asked) if c.metric == metric]
    except Exception:  # a broken series must not take the whole answer down with it
        found = []
    if not found:
        found = [
            c
            for c in ask(asked).claims
            if c.metric == metric and c.relation == Relation.exact and c.period_start
        ]
    if not found:
        return side
    claim = found[0]
    exact = (claim.period_start, claim.period_end) == side.asked
    relation = Relation.exact if exact else Relation.inside
    return Side(asked, claim.model_copy(update={"relation": relation}))


def _figure_line(side: Side) -> str:
    """One period's figure with who claims it, where (cited as every answer cites), and how
    it differs from the asked period; the arithmetic after the citation."""
    if side.claim is None:
        return f"- {side.words}: no figure in my sources."
    claim = side.claim
    assert claim.period_start is not None and claim.period_end is not None
    line = (
        f"- {side.words}: {number(round(claim.value))}, according to {claim.claimant} "
        f"({_source_text(claim.source)})."
    )
    if claim.relation == Relation.inside:
        line += (
            f" It covers only {span_text(claim.period_start, claim.period_end)} of the "
            f"asked {side.words}."
        )
    return f"{line} {claim.derivation or ''}".rstrip()


def _block(metric: Metric, subject: Subject, a: Side, b: Side, how: str) -> str:
    """The comparison of one metric: the verdict first, then each figure and its arithmetic."""
    label = f"{_SUBJECT_WORDS.get(subject, '')} {METRIC_NOUNS[metric][0]} losses".strip()
    against = f" ({how})" if how else ""
    if a.claim is None or b.claim is None:
        missing = " or ".join(s.words for s in (a, b) if s.claim is None)
        who = f" from {a.query.claimant}" if a.query.claimant else ""
        head = (
            f"{label}, {a.words} against {b.words}{against}: I have no figure{who} for "
            f"{missing} in my sources, so I cannot compare them."
        )
        shown = [_figure_line(s) for s in (a, b) if s.claim is not None]
        return "\n".join([head + (" What I have:" if shown else ""), *shown])
    lines = [_verdict(label, a, b, against), _figure_line(a), _figure_line(b)]
    va, vb = round(a.claim.value), round(b.claim.value)
    if a.days != b.days and not _cut(a, b):
        lines.append(
            f"The periods differ in length; per day: {number(va)} ÷ {a.days} = "
            f"{number(round(va / a.days))} against {number(vb)} ÷ {b.days} = "
            f"{number(round(vb / b.days))}."
        )
    if a.claim.claimant != b.claim.claimant:
        lines.append(
            f"The two figures come from different claimants ({a.claim.claimant}; "
            f"{b.claim.claimant}): not like for like."
        )
    return "\n".join(lines)


def _cut(a: Side, b: Side) -> bool:
    """Whether either figure covers less than its asked period (the series ends inside it):
    then only the rates per day are compared, never the totals."""
    return Relation.inside in (a.claim and a.claim.relation, b.claim and b.claim.relation)


def _measures(a: Side, b: Side) -> tuple[int, int]:
    """What is compared: the two figures, or their rates per day when one is cut short."""
    assert a.claim is not None and b.claim is not None
    va, vb = round(a.claim.value), round(b.claim.value)
    return (round(va / a.days), round(vb / b.days)) if _cut(a, b) else (va, vb)


def _verdict(label: str, a: Side, b: Side, against: str) -> str:
    """The first line: higher, lower or the same, with the difference and the % change."""
    assert a.claim is not None and b.claim is not None
    va, vb = _measures(a, b)
    diff = va - vb
    pct = f" ({diff / vb:+.1%})" if vb else ""
    if _cut(a, b):
        va_total, vb_total = round(a.claim.value), round(b.claim.value)
        verdict = "higher" if diff > 0 else "lower" if diff < 0 else "the same"
        return (
            f"{label}: {verdict} per day in {a.words} than in {b.words}{against}: "
            f"{number(va_total)} ÷ {a.days} days = {number(va)} a day against "
            f"{number(vb_total)} ÷ {b.days} days = {number(vb)} a day, {signed(diff)} a day{pct}. "
            "My figures do not cover all of one period, so the totals are not compared."
        )
    if not diff:
        return f"{label}: the same in {a.words} as in {b.words}{against}: {number(va)} each."
    verdict = "higher" if diff > 0 else "lower"
    return (
        f"{label}: {verdict} in {a.words} than in {b.words}{against}: {number(va)} − "
        f"{number(vb)} = {signed(diff)}{pct}."
    )


def _yes_or_no(block: str, question: str, a: Side, b: Side) -> str:
    """ "Did losses rise?" answered yes or no first, when both figures are there."""
    way = asked_direction(question)
    if not way or a.claim is None or b.claim is None or len(set(_measures(a, b))) == 1:
        return block
    va, vb = _measures(a, b)
    went = 1 if va > vb else -1
    return f"{'Yes' if went == way else 'No'}. {block}"


def _caveat(claims: list[Claim]) -> str:
    """Who claims the compared figures, and that nobody verified them."""
    who = list(dict.fromkeys(c.claimant for c in claims))
    if not who:
        return "Nothing was compared: one figure or both are missing from my sources."
    text = (
        f"Figures claimed by {'; '.join(who)}; none has been independently verified, and the "
        "difference is computed here, not claimed by anyone."
    )
    if any(c.derivation for c in claims):
        text += " Each morning report covers the previous day's fighting."
    return text


def _reading(whole: Query, first: Query, second: Query, comparison: Comparison) -> Query:
    """The question's reading: both periods together, and the words it could not use (the
    comparison's own words and a period read by a row are used)."""
    starts = [q.period_start for q in (first, second) if q.period_start is not None]
    ends = [q.period_end for q in (first, second) if q.period_end is not None]
    unread = [
        s
        for s in whole.unread
        if s.text in comparison.left_out
        or not (is_comparison_word(s.text) or any(s.text in p for p in comparison.parts))
    ]
    return whole.model_copy(
        update={
            "period_start": min(starts),
            "period_end": max(ends),
            "metrics": first.metrics,
            "intent": Intent.losses,
            "unread": unread,
        }
    )
