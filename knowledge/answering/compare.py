"""Comparisons of two periods (issue 12, requirement 6): "A vs B", "higher than last month?",
"did losses rise in 2024?". Each period gets its own stored figure (the daily series' figure
for it, else a published figure for exactly that period), named with its claimant, source and
how it differs from what was asked; the difference, the percentage change and, when the two
periods differ in length, the figure per day are computed in the open. A side without a
figure is said to have none and nothing is compared."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from knowledge.answering import derive
from knowledge.answering.average import average_claim
from knowledge.answering.compose import source_text
from knowledge.models import (
    WAR_START,
    Answer,
    Claim,
    Intent,
    Metric,
    PeriodKind,
    Query,
    Relation,
    Subject,
    UnreadSpan,
)
from knowledge.questions.averages import (
    Comparison,
    Order,
    asked_direction,
    average_unit,
    is_comparison_word,
    read_comparison,
)
from knowledge.questions.cyrillic import as_english, has_cyrillic
from knowledge.store import ClaimStore
from knowledge.wording import (
    PHRASES,
    capital,
    claimant_text,
    coverage_line,
    join,
    losses,
    metric_noun,
    number,
    percent,
    say,
    signed,
    span_text,
)

# Asks one period's question the usual way (for a published figure when no series has one).
Ask = Callable[[Query], Answer]

_SIDES = (Subject.russia, Subject.ukraine)
# How the second period was found when the question did not name it: knowledge/questions/
# averages.py writes it in English, as the English rows say it; said in the answer's language.
_HOW_KEYS = {PHRASES[k]: k for k in PHRASES if k.startswith("compare.how.")}


@dataclass(frozen=True)
class Side:
    """One period of a comparison and the stored figure found for it (None: no figure)."""

    query: Query
    claim: Claim | None
    averaged: bool = False  # an average per day, week or month: no per-day sum of it

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
    per = average_unit(question)  # "losing more per day in Jan 2026 than in Jan 2025?"
    for metric in first.metrics[:3]:
        a, b = (_side(store, q, metric, ask, per) for q in (first, second))
        block = _block(metric, whole.subject, a, b, comparison.how)
        # "A or B?" and "A vs B" ask which, not yes or no.
        asks_which = comparison.order == Order.either
        blocks.append(block if asks_which else _yes_or_no(block, question, a, b))
        claims += [s.claim for s in (a, b) if s.claim is not None]
        complete = complete and a.claim is not None and b.claim is not None
    quoted = _quoted_change(question, whole)
    if quoted is not None and len(claims) == 2 and len(first.metrics) == 1:
        blocks.append(_quoted_line(quoted, question, *_measures(a, b)))
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
        period=say(
            "compare.against", first=Side(first, None).words, second=Side(second, None).words
        ),
    )


def _side(
    store: ClaimStore, query: Query, metric: Metric, ask: Ask, per: PeriodKind | None = None
) -> Side:
    """The figure for one period: the series' own (its average `per` day, week or month when
    asked so), else a published one for exactly it."""
    asked = query.model_copy(update={"metrics": [metric]})
    side = Side(asked, None)
    if per is not None:
        average = average_claim(store, asked, per)
        return side if average is None else Side(asked, average, averaged=True)
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
        return say("compare.no_figure_line", period=side.words)
    claim = side.claim
    assert claim.period_start is not None and claim.period_end is not None
    line = say(
        "compare.figure_line", period=side.words, value=number(round(claim.value)),
        who=claimant_text(claim.claimant), source=source_text(claim.source),
    )  # fmt: skip
    if claim.relation == Relation.inside:
        span = span_text(claim.period_start, claim.period_end)
        line += say("compare.covers_only", span=span, period=side.words)
    return f"{line} {claim.derivation or ''}".rstrip()


def _block(metric: Metric, subject: Subject, a: Side, b: Side, how: str) -> str:
    """The comparison of one metric: the verdict first, then each figure and its arithmetic."""
    label = capital(  # it opens the verdict: "Втрати росії (танки): ..."
        losses(subject, metric)
        if subject in _SIDES
        else say("compare.losses_of", noun=metric_noun(metric))
    )
    against = f" ({say(_HOW_KEYS[how]) if how in _HOW_KEYS else how})" if how else ""
    if a.claim is None or b.claim is None:
        missing = join([s.words for s in (a, b) if s.claim is None], word="join.or")
        who = say("compare.from", who=claimant_text(a.query.claimant)) if a.query.claimant else ""
        head = say(
            "compare.missing", label=label, first=a.words, second=b.words, against=against,
            who=who, missing=missing,
        )  # fmt: skip
        shown = [_figure_line(s) for s in (a, b) if s.claim is not None]
        return "\n".join([head + (say("compare.what_i_have") if shown else ""), *shown])
    lines = [_verdict(label, a, b, against), _figure_line(a), _figure_line(b)]
    va, vb = round(a.claim.value), round(b.claim.value)
    if a.days != b.days and not _cut(a, b) and not (a.averaged or b.averaged):
        lines.append(
            say("compare.per_day", a=number(va), a_days=a.days, a_rate=number(round(va / a.days)),
                b=number(vb), b_days=b.days, b_rate=number(round(vb / b.days)))
        )  # fmt: skip
    if a.claim.claimant != b.claim.claimant:
        lines.append(
            say("compare.other_claimants", first=claimant_text(a.claim.claimant),
                second=claimant_text(b.claim.claimant))
        )  # fmt: skip
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
    pct = f" ({percent(diff / vb)})" if vb else ""
    words = {"label": label, "first": a.words, "second": b.words, "against": against}
    if _cut(a, b):
        va_total, vb_total = round(a.claim.value), round(b.claim.value)
        key = "compare.word.higher" if diff > 0 else "compare.word.lower"
        verdict = say(key if diff else "compare.word.same")
        return say(
            "compare.cut", verdict=verdict, a_total=number(va_total), a_days=a.days,
            a=number(va), b_total=number(vb_total), b_days=b.days, b=number(vb),
            diff=signed(diff), pct=pct, **words,
        )  # fmt: skip
    if not diff:
        return say("compare.same", a=number(va), **words)
    key = "compare.higher" if diff > 0 else "compare.lower"
    return say(key, a=number(va), b=number(vb), diff=signed(diff), pct=pct, **words)


def _yes_or_no(block: str, question: str, a: Side, b: Side) -> str:
    """ "Did losses rise?" answered yes or no first, when both figures are there."""
    way = asked_direction(question)
    if not way or a.claim is None or b.claim is None or len(set(_measures(a, b))) == 1:
        return block
    va, vb = _measures(a, b)
    went = 1 if va > vb else -1
    return say("compare.yes" if went == way else "compare.no", block=block)


def _caveat(claims: list[Claim]) -> str:
    """Who claims the compared figures, and that nobody verified them."""
    who = list(dict.fromkeys(claimant_text(c.claimant) for c in claims))
    if not who:
        return say("compare.nothing")
    text = say("compare.caveat", who="; ".join(who))
    if any(c.derivation for c in claims):
        text += say("compare.each_morning")
    return text


def _within(words: str, part: str) -> bool:
    """Whether the asker's `words` are in a compared part, read in English when Cyrillic
    ("лето" of "лето 2025" is the part's "summer")."""
    english = as_english(words) if has_cyrillic(words) else words
    return bool(english) and english in part


def _compared_words(words: str, parts: tuple[str, ...]) -> bool:
    """Whether the comparison read `words`: a comparison word, words of a compared part, or
    both ("against 2022": the word that splits the parts, then the second part's year)."""
    if is_comparison_word(words) or any(_within(words, p) for p in parts):
        return True
    each = words.split()
    return len(each) > 1 and all(_compared_words(w, parts) for w in each)


def _reading(whole: Query, first: Query, second: Query, comparison: Comparison) -> Query:
    """The question's reading: both periods together, and the words it could not use (the
    comparison's own words and a period read by a row are used)."""
    starts = [q.period_start for q in (first, second) if q.period_start is not None]
    ends = [q.period_end for q in (first, second) if q.period_end is not None]
    quoted = _quoted_change(comparison.whole.text if comparison.whole else whole.text, whole)
    unread = [
        s
        for s in whole.unread
        if s != (quoted.span if quoted else None)
        and (s.text in comparison.left_out or not _compared_words(s.text, comparison.parts))
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


# A change the asker quotes for a comparison ("november was up about 9% on october", "20% more
# than 2024", "how many more than in 2023 - like 700?"): the claim the comparison checks.
_YEAR = re.compile(r"(?<![\d,.])(?:19|20)\d\d(?![\d,.])")  # a year left unread by the whole reading
_QUOTED_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|pct\b)")
_MORE = re.compile(
    r"\b(?:more|higher|up|rise|rose|risen|increase[sd]?|grew|grown|bigger|greater)\b"
)
_FEWER = re.compile(
    r"\b(?:fewer|less|lower|down|drop(?:ped)?|fell|fallen|decline[sd]?|decrease[sd]?|smaller)\b"
)


@dataclass(frozen=True)
class Quoted:
    """A change quoted in a comparison: its value, whether a percentage, and its words."""

    value: float
    percent: bool
    span: UnreadSpan


def _quoted_change(question: str, whole: Query) -> Quoted | None:
    """The one number of a comparison question that no rule read and that states the change
    (a percentage, or an amount quoted to check), or None."""
    numbers = [
        s for s in whole.unread if s.kind in ("figure", "number") and not _YEAR.search(s.text)
    ]
    if len(numbers) != 1:
        return None
    span = numbers[0]
    found = _QUOTED_NUMBER.search(span.text)
    if found is None or _YEAR.fullmatch(found.group(0)):
        return None  # "stack up against 2022": a year, not a change
    is_percent = bool(
        _PERCENT_AFTER.match(span.text, found.end())
        or (found.end() == len(span.text) and _PERCENT_AFTER.match(question, span.end))
    )
    if not (is_percent or _amount_of_change(question, span)):
        return None  # "november's 45,720 higher than october?": a period's figure, not its change
    digits = found.group(0).replace(",", "")
    return Quoted(float(digits), is_percent, span)


# Words that make a quoted amount the change itself: "by 3,700", "like 700?", "3,700 more",
# "how many more ... about 700".
_CHANGE_BEFORE = re.compile(r"\b(?:by|up|down|like|about|around|roughly|some|nearly)\s*~?\s*$")
_CHANGE_AFTER = re.compile(r"\s*(?:more|fewer|less|extra|additional|higher|lower)\b")
_HOW_MANY_MORE = re.compile(r"\bhow\s+(?:many|much)\s+(?:more|fewer|less|higher|lower)\b")


def _amount_of_change(question: str, span: UnreadSpan) -> bool:
    """Whether an amount quoted in a comparison is the change between the periods."""
    low = question.lower()
    words = f"{low[: span.start]} {span.text.lower()}"
    before = _CHANGE_BEFORE.search(words[: len(words) - len(span.text.lstrip("~ "))].rstrip())
    return bool(before or _CHANGE_AFTER.match(low, span.end) or _HOW_MANY_MORE.search(low))


def _quoted_line(quoted: Quoted, question: str, va: int, vb: int) -> str:
    """Whether the quoted change is what the two figures give (a tenth off, or a point and a
    half for a percentage, is rounding), in the direction the question says."""
    diff = va - vb
    words = as_english(question) if has_cyrillic(question) else question.lower()
    way = (1 if _MORE.search(words) else 0) - (1 if _FEWER.search(words) else 0)
    if quoted.percent:
        got, size = (
            (percent(diff / vb) if vb else signed(diff)),
            abs(diff / vb * 100) if vb else 0.0,
        )
        said = f"{quoted.value:g}%"
        near = abs(size - quoted.value) <= max(1.5, quoted.value / 10)
    else:
        got, size, said = signed(diff), float(abs(diff)), number(round(quoted.value))
        near = abs(size - quoted.value) <= max(1.0, quoted.value / 10)
    agrees = near and (way == 0 or (diff > 0) == (way > 0))
    return say(
        "compare.quoted_agrees" if agrees else "compare.quoted_differs", quoted=said, got=got
    )
