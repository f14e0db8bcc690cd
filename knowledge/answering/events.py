"""Events in a daily tally (issue 12, requirement 6): why one report jumped or went down ("why
did russian personnel jump by 2710 on 28 feb 2025?"), when a running total first passed a round
number ("when did russian losses pass 1 million?", "first time over 1,000 a day"), and which
day's report added a quoted figure ("the +41 planes in one day in june 2025 - real?").

Every figure is a stored cumulative report, a listed correction of the series, or the difference
of two reports with the arithmetic shown. Nothing here reads articles."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from knowledge.answering import derive
from knowledge.answering.checking import quoted_figures
from knowledge.answering.compose import source_text
from knowledge.dates import find_dates, with_year
from knowledge.lexicon.calendar import NUMBER_WORDS
from knowledge.lexicon.patterns import alternation
from knowledge.lexicon.thresholds import ABOVE_WORDS
from knowledge.models import (
    WAR_START,
    Answer,
    Claim,
    Figure,
    Intent,
    Metric,
    PeriodKind,
    Point,
    Query,
    Relation,
    SeriesRef,
    SourceRef,
    Subject,
)
from knowledge.questions.averages import average_unit
from knowledge.questions.cyrillic import as_english, has_cyrillic, question_spans
from knowledge.store import ClaimStore
from knowledge.wording import (
    capital,
    claimant_text,
    day_text,
    losses,
    number,
    say,
    signed,
    span_text,
)

_DAY = dt.timedelta(days=1)
_MAX_METRICS = 3  # "equipment" reads ten kinds: the answer explains at most three reports

# -- the words that make each question -------------------------------------------------------

# Asking for a reason or an explanation of one report's change.
_WHY = re.compile(
    r"\b(?:why|how\s+come|explain\w*|what\s+happened|what\s+caused|reason|what'?s\s+behind|"
    r"what'?s\s+with|what\s+is\s+with|what\s+about|"
    r"wtf|real|really|legit|genuine|correct|error|typo|mistake)\b",
    re.I,
)
# A change of the running total in one report.
_CHANGE = re.compile(
    r"\b(?:jump\w*|spik\w*|surg\w*|leap\w*|soar\w*|shot\s+up|shoot\w*\s+up|spik\w+|"
    r"(?:go|goes|gone|going|went)\s+(?:up|down|negative|backwards?)|drop\w*|fell|fall\w*|"
    r"decreas\w*|dip\w*|declin\w*|shr[ai]nk\w*|negative|minus|change\w*|increas\w*|"
    r"ris(?:e|es|ing)|rose|revis\w*|correct(?:ion|ed)s?|lower\w*|reduc\w*|"
    r"(?:so|that|this|such\s+a)\s+(?:high|big|large|low|huge|much|small))",
    re.I,
)
_DOWN = re.compile(
    r"\b(?:down|drop\w*|fell|fall\w*|decreas\w*|dip\w*|declin\w*|shr[ai]nk\w*|negative|"
    r"minus|backwards?|lower\w*|reduc\w*)\b",
    re.I,
)
_FIGURE = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+|[+-]?\d+")
_CHANGE_VERB = re.compile(r"\b(?:go|goes|went|gone|going|did|was|is)\b", re.I)
# A jump named as such ("huge spike on 28 Feb?") asks about that one report.
_JUMP = re.compile(r"\b(?:jump|spike|surge|leap)s?\b", re.I)
_VERSUS = re.compile(r"\b(?:than|compared|vs\.?|versus|against)\b", re.I)

# "when did X pass 1 million", "first time over 1,000 a day".
_WHEN = re.compile(
    r"\b(?:when|what\s+date|which\s+(?:day|date|report)|what\s+day|first\s+time|first\s+day|"
    r"since\s+when|yet|already)\b",
    re.I,
)
# The number words a mark is said in, each one word ("two", "fifteen", "ninety").
_NUMBER_WORDS = {w: n for w, n in NUMBER_WORDS.items() if " " not in w and n < 100}
# The words of passing a mark are the threshold table's (one vocabulary), with "past 1 million"
_PASS = re.compile(
    rf"\b(?:{ABOVE_WORDS}|past)\s+(?:the\s+)?(?:mark\s+of\s+|milestone\s+of\s+|"
    r"threshold\s+of\s+)?"
    r"(?P<n>\d{1,3}(?:[,\s]\d{3})+|\d+(?:\.\d+)?|half\s+a|a|"
    # "two thousand", "nine hundred thousand": a number word before its unit
    + alternation(_NUMBER_WORDS)
    + r")\s*(?P<unit>million|mln|mil|m|hundred\s+thousand|thousand|k|000)?\b"
    r"(?:\s*(?:mark|milestone|threshold))?",
    re.I,
)
_UNITS = {"million": 1_000_000, "mln": 1_000_000, "mil": 1_000_000, "m": 1_000_000,
          "hundred thousand": 100_000, "thousand": 1_000, "k": 1_000, "000": 1_000}  # fmt: skip
_WORD_NUMBERS = {"a": 1.0, "half a": 0.5, **{w: float(n) for w, n in _NUMBER_WORDS.items()}}
_PER_DAY = re.compile(
    r"\b(?:a|per|in\s+(?:a|one|a\s+single)|each|single|one)\s+day\b|\bday\s+ever\b|"
    r"\bin\s+24\s*h|\bovernight\b|\bone[-\s]day\b",
    re.I,
)
# "daily losses first passed 1,000" (but "the daily data" is the series, not one day's figure).
_DAILY = re.compile(r"\bdaily\s+(?:russian\s+|ru\s+)?(?:loss|losses|casualt|toll|figure)", re.I)


def _threshold(match: re.Match[str]) -> int | None:
    """The round number a "pass N" phrase names (1 million, 10k, 1,000)."""
    raw = match.group("n").lower()
    unit = re.sub(r"\s+", " ", (match.group("unit") or "").lower())
    if raw in _WORD_NUMBERS:
        if not unit or unit == "000":
            return None
        value = _WORD_NUMBERS[raw]
    else:
        value = float(re.sub(r"[,\s]", "", raw))
    value *= _UNITS.get(unit, 1)
    if value < 1 or (not unit and 2014 <= value <= 2030):  # a year is no threshold
        return None
    return int(value)


@dataclass(frozen=True)
class _Ask:
    """One series question: its metrics' series and the figures it names."""

    query: Query
    series: list[SeriesRef]


def _series_for(store: ClaimStore, query: Query) -> list[SeriesRef]:
    """The daily series the question can be answered from (Russian losses, the asked claimant's
    side), at most `_MAX_METRICS` of them."""
    if query.subject != Subject.russia:
        return []
    metrics = query.metrics or [Metric.personnel]
    found = [
        s
        for metric in metrics
        for s in derive.series_for(store, query, metric)
        if derive._claimant_matches(query, s.claimant)
    ]
    return found


# Unread words these questions never read, even next to a word they do (a place, a unit, a
# model, a name, a source, a part of the forces, another script, money, a measure or a rate).
_NEVER_READ = frozenset(
    {"place", "unit", "model", "name", "source", "subset", "script", "money", "measure", "rate"}
)


def _without_read(query: Query, *patterns: re.Pattern[str]) -> Query:
    """The query without the unread spans that lie in what `patterns` read of the question
    (the change word, the quoted figure, "pass 1 million")."""
    if has_cyrillic(query.text):  # the rules read the English reading of the words
        spans = [span for p in patterns for span in question_spans(query.text, p)]
    else:
        spans = [(m.start(), m.end()) for p in patterns for m in p.finditer(query.text)]
    kept = [
        u
        for u in query.unread
        if u.kind in _NEVER_READ or not any(lo < u.end and u.start < hi for lo, hi in spans)
    ]
    return query.model_copy(update={"unread": kept})


# -- why one report jumped -------------------------------------------------------------------


def _one_day(query: Query) -> dt.date | None:
    """The day of the report asked about: the report named ("the 30/11/2024 report"), else
    the one day asked ("the jump on 28 Feb 2025" is in the report of that date)."""
    start, end = query.period_start, query.period_end
    if query.report_date is not None:
        return query.report_date
    return start if start is not None and start == end else None


def asks_why_changed(question: str, query: Query) -> bool:
    """ "Why did X jump on D", "explain the change on D", "tanks went down on D - a typo?"."""
    if _one_day(query) is None or _VERSUS.search(question):
        return False
    if not _CHANGE.search(question):
        return False
    asked = _WHY.search(question) or _DOWN.search(question) or _JUMP.search(question)
    return bool(asked or quoted_figures(query))


@dataclass(frozen=True)
class _Jump:
    """What one report changed in one series."""

    series: SeriesRef
    current: Point
    previous: Point

    @property
    def raw(self) -> int:
        return self.current.value - self.previous.value

    @property
    def correction(self) -> int:
        return sum(amount for amount, _ in self.current.corrections())


def _jump(store: ClaimStore, series: SeriesRef, report: dt.date) -> _Jump | None:
    """The change of the report dated `report` against the report before it."""
    current = store.point_at_or_before(series, report)
    if current is None or current.date != report:
        return None
    previous = store.point_at_or_before(series, report - _DAY)
    if previous is None:
        if report - _DAY != WAR_START:
            return None
        previous = Point(WAR_START, 0, current.qualifier, "")
    return _Jump(series, current, previous)


# Asking whether the jump was that many losses ("did russia really lose that many in one day?",
# "real losses?"), not why the running total changed.
_LOSSES_ASKED = re.compile(
    r"\b(?:really|actually|truly)\s+(?:lose|lost)\b|\breal\s+(?:losses|casualties)\b|"
    r"\bthat\s+many\b|\bin\s+(?:one|a\s+single|a|1)\s+day\b|\b(?:lose|lost)\s+that\b|"
    # "did russia get kit back?", "negative losses?": a fall read as losses undone
    r"\b(?:get|got|gets|getting)\s+(?:\w+\s+){0,2}back\b|\bnegative\s+losses\b",
    re.I,
)
_CORRECTION = re.compile(r"\bcorrect(?:ion|ions|ed)\b", re.I)
_ABSORBED_WITHIN = 3  # days after its date a listed correction may be absorbed


def _absorbing(store: ClaimStore, series: SeriesRef, listed: dt.date) -> _Jump | None:
    """The change of the report that absorbed a correction listed for `listed`, or None."""
    for point in store.correction_points(series, listed - _DAY, listed + _DAY * _ABSORBED_WITHIN):
        if any(day == listed for _, day in point.corrections()):
            return _jump(store, series, point.date)
    return None


def _jump_lines(jump: _Jump, quoted: dict[int, str]) -> list[str]:
    """The report's change, what a listed correction accounts for, and what is left."""
    series = jump.series
    what = losses(series.subject, series.metric, series.personnel_kind)
    key = "event.jump_down" if jump.raw < 0 else "event.jump_up"
    lines = [
        say(key, day=day_text(jump.current.date), who=claimant_text(series.claimant),
            what=what, raw=number(abs(jump.raw)), current=number(jump.current.value),
            previous=number(jump.previous.value), before=day_text(jump.previous.date))
    ]  # fmt: skip
    for amount, listed in jump.current.corrections():
        lines.append(say("event.correction", amount=signed(amount), listed=day_text(listed)))
    if jump.correction:
        net = jump.raw - jump.correction
        lines.append(say("event.net", net=number(net), fought=day_text(jump.previous.date)))
    elif jump.raw < 0:
        lines.append(say("event.down_unlisted"))
    else:
        lines.append(say("event.no_correction", fought=day_text(jump.previous.date)))
    if jump.current.date < derive.ROUNDED_UNTIL:
        lines.append(say("event.rounded", day=day_text(derive.ROUNDED_UNTIL)))
    for value, written in quoted.items():
        if value in (abs(jump.raw), jump.raw):
            lines.append(say("event.quoted_is_raw", written=written))
        elif value in (jump.correction, abs(jump.correction)) and jump.correction:
            lines.append(say("event.quoted_is_correction", written=written))
        elif value == jump.raw - jump.correction:
            lines.append(say("event.quoted_is_net", written=written))
        else:
            lines.append(say("event.quoted_not", written=written))
    return lines


def _jump_claims(jump: _Jump, source: SourceRef, losses_asked: bool = False) -> list[Claim]:
    """The report's change (derived, with its arithmetic) and each listed correction; asked
    whether that many were lost in a day, a change that absorbs a correction is no answer."""
    series, day = jump.series, jump.current.date
    arithmetic = say(
        "event.arithmetic", current=number(jump.current.value), day=day_text(day),
        previous=number(jump.previous.value), before=day_text(jump.previous.date),
        raw=signed(jump.raw),
    )  # fmt: skip
    base = {
        "metric": series.metric, "subject": series.subject, "claimant": series.claimant,
        "period_kind": PeriodKind.day, "period_start": day, "period_end": day,
        "personnel_kind": series.personnel_kind, "source": source, "relation": Relation.exact,
    }  # fmt: skip
    claims = [
        Claim(value=jump.raw, quote=arithmetic, derivation=arithmetic,
              label=say("event.jump_label"), **base)
    ]  # fmt: skip
    if jump.correction and losses_asked:
        # A jump that absorbs a correction is not a day's losses: the day's own figure is,
        # and the jump is shown apart from the answer.
        own = jump.raw - jump.correction
        net = f"{arithmetic} " + say(
            "event.net", net=number(own), fought=day_text(jump.previous.date)
        )
        claims = [
            Claim(value=own, quote=net, derivation=net, label=say("event.jump_label"), **base),
            claims[0].model_copy(update={"relation": Relation.outside}),
        ]  # fmt: skip
    for amount, listed in jump.current.corrections():
        quote = jump.current.quote
        claims.append(
            Claim(value=amount, quote=quote, label=say("event.correction_label",
                  listed=day_text(listed)), **base)
        )  # fmt: skip
    return claims


def change_answer(question: str, query: Query, store: ClaimStore) -> Answer | None:
    """Why the report of one day changed the running total as it did, or None."""
    day = _one_day(query)
    words = _english(question)  # "чому ... мінус?"
    if day is None or not asks_why_changed(words, query):
        return None
    jumps = [j for s in _series_for(store, query) if (j := _jump(store, s, day)) is not None]
    if _CORRECTION.search(words) and not any(j.correction for j in jumps):
        # "the correction dated 27 May 2023": a report after that date absorbed it
        jumps = [j for s in _series_for(store, query) if (j := _absorbing(store, s, day))] or jumps
    if _DOWN.search(words) and any(j.raw < 0 for j in jumps):
        jumps = [j for j in jumps if j.raw < 0]
    jumps = jumps[:_MAX_METRICS]
    if not jumps:
        return None
    quoted = {v: w for v, w in _quoted(query).items()}
    blocks: list[str] = []
    claims: list[Claim] = []
    for jump in jumps:
        source = store.source(jump.series.source_id)
        if source is None:
            continue
        cited = _cited(jump.series, source)
        blocks.append("\n".join([*_jump_lines(jump, quoted), cited]))
        claims += _jump_claims(jump, source, bool(_LOSSES_ASKED.search(words)))
    if not claims:
        return None
    read = _without_read(query, _CHANGE, _WHY, _DOWN, _FIGURE, _CHANGE_VERB)
    read = read.model_copy(
        update={"intent": Intent.losses, "metrics": [j.series.metric for j in jumps]}
    )
    return _answer(question, read, blocks, claims, jumps[0].series.claimant,
                   span_text(day, day))  # fmt: skip


def _quoted(query: Query) -> dict[int, str]:
    """The quoted figures, each as written (signs dropped: "+41" is 41)."""
    return {value: number(value) for value in quoted_figures(query)}


def _answer(
    question: str,
    query: Query,
    blocks: list[str],
    claims: list[Claim],
    claimant: str,
    period: str,
) -> Answer:
    """An answer from a series: the blocks, then the caveat."""
    body = "\n\n".join(blocks)
    caveat = say("event.caveat", who=claimant_text(claimant))
    return Answer(
        question=question, answered=True, text=f"{body}\n\n{caveat}", body=body, caveat=caveat,
        claims=claims, query=query, period=period,
    )  # fmt: skip


# -- when a running total (or a day) first passed a round number ------------------------------


def _english(question: str) -> str:
    """The question as the English rows read it: a Ukrainian or Russian one in its English
    reading (the one place events convert it), an English one as it is."""
    return as_english(question) if has_cyrillic(question) else question


def milestone(question: str) -> tuple[int, bool] | None:
    """The round number a "when did it pass N" question names, and whether it is a day's
    figure ("first time over 1,000 a day") rather than the running total."""
    question = _english(question)  # "коли втрати перевалили за мільйон?"
    if not _WHEN.search(question):
        return None
    found = _PASS.search(question)
    if found is None:
        return None
    value = _threshold(found)
    if value is None:
        return None
    return value, bool(_PER_DAY.search(question) or _DAILY.search(question))


def _all_points(store: ClaimStore, series: SeriesRef) -> list[Point]:
    """Every report of the series, oldest first (once per build)."""
    return store.memo(
        "event_points", series, lambda: store.points_between(series, WAR_START, series.last), 64
    )


def _first_total(store: ClaimStore, series: SeriesRef, value: int) -> tuple[Point, Point | None]:
    """The first report whose running total is at least `value`, and the report before it."""
    points = _all_points(store, series)
    for before, point in zip([None, *points], points, strict=False):
        if point.value >= value:
            return point, before
    raise LookupError(value)


def _first_day(
    store: ClaimStore, series: SeriesRef, value: int
) -> tuple[derive.DailyFigure, int] | None:
    """The first day of fighting whose figure (net of corrections, jumps between rounded early
    reports skipped) is at least `value`, and how many higher jumps were skipped before it."""
    every = derive.daily_figures(store, series, WAR_START, series.last)
    skipped = 0
    for day in every:
        if day.value < value and day.raw < value:
            continue
        if derive._artefact(day):
            skipped += 1
            continue
        if day.value >= value:
            return day, skipped
    return None


# "'9,000 tanks destroyed' - when did the count pass that?": the mark is the quoted figure.
_PASS_POINTED = re.compile(
    r"\b(?:pass(?:ed|es)?|cross(?:ed|es)?|top(?:ped|s)?|hit|reach(?:ed|es)?|exceed(?:ed|s)?|"
    r"surpass(?:ed|es)?|(?:go|goes|went|got|get)\s+(?:over|above|past|beyond))\s+"
    r"(?:that|it|this|the\s+(?:mark|number|figure|milestone))\b",
    re.I,
)


def _pointed_milestone(question: str, query: Query) -> tuple[int, bool] | None:
    """The quoted figure as the mark of a "when did it pass that?" question, or None."""
    figures = quoted_figures(query)
    if not figures or not _WHEN.search(question) or not _PASS_POINTED.search(question):
        return None
    return max(figures), bool(_PER_DAY.search(question) or _DAILY.search(question))


def milestone_answer(question: str, query: Query, store: ClaimStore) -> Answer | None:
    """When the running total (or a day's figure) first reached a round number, or how long
    it took from one mark to the next, or None."""
    between = _interval_answer(question, query, store)
    if between is not None:
        return between
    asked = milestone(question) or _pointed_milestone(question, query)
    if query.period_start is not None:
        # "we said it passed a million in June 2025: when did it cross 1,000,000?": the period
        # is where the asker placed the mark; the answer is the report that first reached it
        return _passed_within(question, query, store, when_asked=asked is not None)
    if asked is None:
        return None
    found = _series_for(store, query)[:1]
    if not found:
        return None
    series, (value, daily) = found[0], asked
    source = store.source(series.source_id)
    if source is None:
        return None
    built = (_day_milestone if daily else _total_milestone)(store, series, value, source)
    if built is None:
        return None
    lines, claim = built
    lines.append(_cited(series, source))
    day = claim.period_end or series.last
    read = _without_read(query, _PASS, _WHEN)
    read = read.model_copy(
        update={"metrics": [series.metric], "period_start": day, "period_end": day,
                "period_kind": PeriodKind.day, "claimant": read.claimant or series.claimant,
                "figure": Figure.period if daily else Figure.total}
    )  # fmt: skip
    return _answer(question, read, ["\n".join(lines)], [claim], series.claimant, day_text(day))


def _passed_within(
    question: str, query: Query, store: ClaimStore, *, when_asked: bool = False
) -> Answer | None:
    """ "Tank losses passed 10,000 in February 2025, correct?": when the running total had not
    reached the mark by the period's start, the mark is the running total's, and the answer is
    the report that first reached it, inside the period or not. None when the mark is below the
    running total at the start (unless `when_asked`: "when did it pass 10,000?" asks the date
    even when it was passed before the period) or the period's own figure comes near it (then
    it is that figure's, for the other rules)."""
    found = _PASS.search(_english(question))
    value = _threshold(found) if found is not None else None
    start, end = query.period_start, query.period_end
    if value is None or start is None or end is None or _PER_DAY.search(question):
        return None
    refs = _series_for(store, query)[:1]
    source = store.source(refs[0].source_id) if refs else None
    if not refs or source is None:
        return None
    points = _all_points(store, refs[0])
    opening = [p for p in points if p.date <= start]  # the report dated on the first day
    closing = [p for p in points if p.date <= end + _DAY]
    since_the_start = start <= WAR_START  # "pass 1.4 million before July 2026": a total
    if since_the_start and closing and closing[-1].value >= value:
        pass  # the running total is the figure: the report that first reached the mark
    elif not opening or (opening[-1].value >= value and not when_asked):
        return None
    elif closing[-1].value - opening[-1].value >= value / 2:  # "more than 400,000 in 2024":
        return None  # a mark the period's own figure could reach is that figure's
    built = _total_milestone(store, refs[0], value, source)
    if built is None:
        return None
    lines, claim = built
    reached = claim.period_end if claim.value >= value else None
    inside = reached is not None and start < reached <= end + _DAY  # reports cover the day before
    period = span_text(start, end)
    lines.append(say("event.within" if inside else "event.not_within", value=number(value),
                     period=period))  # fmt: skip
    claims = [claim]
    if since_the_start:  # and the running total as of the day asked, which the asker quotes
        total = (
            next(p for p in reversed(closing) if p.date <= end)
            if closing[0].date <= end
            else closing[-1]
        )
        lines.append(say("event.total_by", day=day_text(total.date), total=number(total.value)))
        claims.append(_total_claim(refs[0], total, source))
    lines.append(_cited(refs[0], source))
    read = _without_read(query, _PASS).model_copy(
        update={"metrics": [refs[0].metric], "claimant": query.claimant or refs[0].claimant}
    )
    return _answer(question, read, ["\n".join(lines)], claims, refs[0].claimant, period)


def _total_milestone(
    store: ClaimStore, series: SeriesRef, value: int, source: SourceRef
) -> tuple[list[str], Claim] | None:
    """The first report at or over `value`, as a line and its stored cumulative claim."""
    what = losses(series.subject, series.metric, series.personnel_kind)
    who = claimant_text(series.claimant)
    try:
        point, before = _first_total(store, series, value)
    except LookupError:
        points = _all_points(store, series)
        if not points:
            return None
        last = points[-1]
        line = say("event.not_yet", value=number(value), what=what, who=who,
                   day=day_text(last.date), total=number(last.value))  # fmt: skip
        return [line], _total_claim(series, last, source)
    line = say("event.passed", value=number(value), what=what, who=who,
               day=day_text(point.date), total=number(point.value))  # fmt: skip
    lines = [capital(line)]
    if before is not None:
        lines.append(say("event.before", day=day_text(before.date), total=number(before.value)))
    if point.corrections():
        lines.append(say("event.passed_with_correction", amount=signed(
            sum(a for a, _ in point.corrections()))))  # fmt: skip
    return lines, _total_claim(series, point, source)


def _total_claim(series: SeriesRef, point: Point, source: SourceRef) -> Claim:
    """A stored report's running total as a claim."""
    return Claim(
        metric=series.metric, value=point.value, qualifier=point.qualifier,
        subject=series.subject, claimant=series.claimant, period_kind=PeriodKind.cumulative,
        period_start=WAR_START, period_end=point.date, personnel_kind=series.personnel_kind,
        quote=point.quote, source=source, relation=Relation.exact,
    )  # fmt: skip


def _day_milestone(
    store: ClaimStore, series: SeriesRef, value: int, source: SourceRef
) -> tuple[list[str], Claim] | None:
    """The first day of fighting at or over `value`, as lines and its derived claim."""
    found = _first_day(store, series, value)
    what = losses(series.subject, series.metric, series.personnel_kind)
    if found is None:
        return None
    day, skipped = found
    arithmetic = say(
        "event.arithmetic", current=number(day.current.value), day=day_text(day.reported),
        previous=number(day.previous.value), before=day_text(day.previous.date),
        raw=signed(day.raw),
    )  # fmt: skip
    lines = [
        say("event.first_day", value=number(value), what=what,
            who=claimant_text(series.claimant), fought=day_text(day.fought),
            figure=number(day.value), report=day_text(day.reported)),
        arithmetic,
    ]  # fmt: skip
    if skipped:
        lines.append(say("event.skipped", count=skipped, day=day_text(derive.ROUNDED_UNTIL)))
    claim = Claim(
        metric=series.metric, value=day.value, subject=series.subject,
        claimant=series.claimant, period_kind=PeriodKind.day, period_start=day.fought,
        period_end=day.fought, personnel_kind=series.personnel_kind, quote=arithmetic,
        derivation=arithmetic, source=source, relation=Relation.exact,
        label=say("event.first_day_label", value=number(value)),
    )  # fmt: skip
    return lines, claim


# -- how long the running total took from one mark to another -------------------------------

# A mark of the running total as a question writes it: "700,000", "1.4 million", "a million",
# "10k" (the units and number words of the "pass N" phrases); never a count of days or a year.
_MARK = re.compile(
    r"(?<![\w,.])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|half\s+a|a|"
    + alternation(_NUMBER_WORDS)
    + r")\s*(?P<unit>million|mln|mil|m|hundred\s+thousand|thousand|k|000)?\b"
    r"(?!\s*(?:days?|weeks?|months?|years?|a\s+day|per\s+day)\b)",
    re.I,
)
# Asking how long the tally took between two marks ("how many days did it take to go from
# 700,000 to 800,000?", "how many days after the 10,000 mark?", "took under 90 days?").
_INTERVAL = re.compile(
    r"\bhow\s+(?:many\s+(?:days|weeks|months)|long|quickly|fast)\b|"
    r"\b(?:took|take|taken|takes|taking)\b(?=.*\b(?:days|weeks|months)\b)|"
    r"\bdays?\s+(?:after|later|between|from)\b|"
    r"\bafter\s+the\s+(?=[\d,.]+\s*(?:million|k|thousand)?\s*(?:mark|milestone|threshold))",
    re.I,
)
# "the last 100,000 before a million": the step before the mark, counted back from it.
_LAST_STEP = re.compile(r"\b(?:last|final)\s+(?P<step>[\d,]+)\s+before\b", re.I)
# A number of days the asker puts the interval under or over ("took under 90 days?").
_DAYS_BOUND = re.compile(
    r"\b(?P<way>under|less\s+than|fewer\s+than|within|inside|over|more\s+than|longer\s+than)"
    r"\s+(?P<n>\d+)\s+days\b",
    re.I,
)


def _marks(question: str) -> tuple[int, int] | None:
    """The two marks of the running total an interval question names, lower first, or None
    when it names fewer than two (a day's figure, "1,000 a day", is no mark of the total)."""
    found = [v for m in _MARK.finditer(question) if (v := _threshold(m)) is not None]
    found = [v for v in found if v >= 1000 or v % 100 == 0]
    step = _LAST_STEP.search(question)
    if step is not None and found:
        top = max(found)
        return top - int(step.group("step").replace(",", "")), top
    distinct = sorted(set(found))
    return (distinct[0], distinct[-1]) if len(distinct) >= 2 else None


def _interval_answer(question: str, query: Query, store: ClaimStore) -> Answer | None:
    """How many days the running total took from one mark to the next: the first report at or
    over each, and the days between them (reports are daily, so the dates say it), or None."""
    english = _english(question)
    marks = _marks(english) if _INTERVAL.search(english) else None
    if marks is None or _PER_DAY.search(english) or _DAILY.search(english):
        return None
    refs = _series_for(store, query)[:1]
    source = store.source(refs[0].source_id) if refs else None
    if not refs or source is None:
        return None
    series, (low, high) = refs[0], marks
    try:
        first, _ = _first_total(store, series, low)
        second, _ = _first_total(store, series, high)
    except LookupError:
        return None  # a mark not reached: the other rules say how far the tally got
    lines: list[str] = []
    for point, value in ((first, low), (second, high)):
        lines.append(capital(say(
            "event.passed", value=number(value), who=claimant_text(series.claimant),
            what=losses(series.subject, series.metric, series.personnel_kind),
            day=day_text(point.date), total=number(point.value),
        )))  # fmt: skip
    days = (second.date - first.date).days
    lines.append(say("event.interval", days=days, low=number(low), high=number(high)))
    bound = _DAYS_BOUND.search(english)
    if bound is not None:
        limit, under = int(bound.group("n")), not re.match(r"(?:over|more|longer)", bound["way"])
        holds = days < limit if under else days > limit
        key = "event.interval_yes" if holds else "event.interval_no"
        lines.append(say(key, days=limit, way=bound.group("way").lower()))
    lines.append(_cited(series, source))
    claims = [_total_claim(series, first, source), _total_claim(series, second, source)]
    read = _without_read(query, _MARK, _INTERVAL, _LAST_STEP, _DAYS_BOUND, _PASS, _WHEN)
    read = read.model_copy(
        update={"metrics": [series.metric], "figure": Figure.total,
                "claimant": read.claimant or series.claimant}
    )  # fmt: skip
    period = f"{day_text(first.date)} – {day_text(second.date)}"
    return _answer(question, read, ["\n".join(lines)], claims, series.claimant, period)


# -- which day added a quoted figure ---------------------------------------------------------


# How many days a quoted figure covers: "in one day", "in two days", "over 3 days", "in 48h".
_SPAN_WORDS = {**NUMBER_WORDS, "a": 1, "a single": 1, "single": 1, "a couple of": 2,
               "couple of": 2}  # fmt: skip
_SPAN_DAYS = re.compile(
    r"\b(?:in|over|within|across)\s+(?:just\s+|only\s+)?(?P<n>\d|a\s+single|a\s+couple\s+of|"
    r"couple\s+of|a|one|single|two|three|four|five|six|seven)\s+(?:consecutive\s+)?days?\b|"
    r"\b(?P<one>per\s+day|a\s+day|one[-\s]day|single[-\s]day|overnight|in\s+24\s*h\w*)\b|"
    r"\bin\s+(?P<hours>48|72)\s*h",
    re.I,
)


_WHICH_DAYS = re.compile(r"\b(?:which|what)\s+(?:days?|dates?|reports?)\b", re.I)


def _span_days(question: str) -> int | None:
    """The number of days a quoted figure is said to cover, if the question says."""
    found = _SPAN_DAYS.search(question)
    if found is None:
        return None
    if found.group("one"):
        return 1
    if found.group("hours"):
        return int(found.group("hours")) // 24
    n = re.sub(r"\s+", " ", found.group("n").lower())
    return int(n) if n.isdigit() else _SPAN_WORDS.get(n)


@dataclass(frozen=True)
class _Window:
    """Consecutive days of fighting: their first and last report's difference."""

    days: list[derive.DailyFigure]

    @property
    def raw(self) -> int:
        return sum(d.raw for d in self.days)

    @property
    def value(self) -> int:
        return sum(d.value for d in self.days)

    @property
    def first(self) -> derive.DailyFigure:
        return self.days[0]

    @property
    def last(self) -> derive.DailyFigure:
        return self.days[-1]


def _windows(days: list[derive.DailyFigure], n: int) -> list[_Window]:
    """Every run of `n` consecutive days of fighting."""
    runs = [_Window(days[i : i + n]) for i in range(len(days) - n + 1)]
    return [w for w in runs if (w.last.fought - w.first.fought).days == n - 1]


def quoted_day_answer(question: str, query: Query, store: ClaimStore) -> Answer | None:
    """Answers "the +41 planes in one day in June 2025 - real?", "25 tanks in two days in
    February 2023": the runs of days of the asked period whose reports added the quoted figure
    (dated by report and by day of fighting), or that none did, with the period's highest."""
    start, end = query.period_start, query.period_end
    quoted = quoted_figures(query)
    n = _span_days(question)
    if start is None or end is None or not quoted or query.open_end or n is None:
        return None
    if average_unit(question) is not None:
        return None  # "'up to 1,000 a day' in 2023 - the actual average?": a rate, no day
    if (end - start).days + 1 <= n:
        return None
    found = _series_for(store, query)[:1]
    source = store.source(found[0].source_id) if found else None
    if not found or source is None:
        return None
    series, value = found[0], quoted[0]
    days = derive.daily_figures(store, series, start - _DAY, end)
    runs = [w for w in _windows(days, n) if start <= w.last.reported and w.first.fought <= end]
    hits = [w for w in runs if value in (w.raw, w.value)][:3]
    what = losses(series.subject, series.metric, series.personnel_kind)
    span = span_text(start, end)
    read = _without_read(query, _FIGURE, _SPAN_DAYS, _WHICH_DAYS)
    if not hits:
        inside = [w for w in runs if start <= w.first.fought and w.last.fought <= end]
        plain = [w for w in inside if not any(derive._artefact(d) for d in w.days)]
        top = max(plain, key=lambda w: w.raw, default=None)
        lines = [say("event.no_day", value=number(value), what=what, span=span, days=n)]
        claims: list[Claim] = []
        if top is not None:
            lines.append(say("event.highest_day", figure=number(top.raw),
                             fought=_run_text(top, fought=True),
                             report=_run_text(top, fought=False)))  # fmt: skip
            claims = [_day_claim(series, top, source, Relation.inside)]
        return _answer(question, read, ["\n".join(lines)], claims, series.claimant, span)
    lines = [say("event.day_found", value=number(value), what=what,
                 report=_run_text(w, fought=False), fought=_run_text(w, fought=True),
                 arithmetic=_day_arithmetic(w)) for w in hits]  # fmt: skip
    if any(derive._artefact(d) for w in hits for d in w.days):
        lines.append(say("event.hit_artefact", day=day_text(derive.ROUNDED_UNTIL)))
    lines.append(_cited(series, source))
    claims = [_day_claim(series, w, source, Relation.inside) for w in hits]
    return _answer(question, read, ["\n".join(lines)], claims, series.claimant, span)


def _run_text(run: _Window, *, fought: bool) -> str:
    """The run's days of fighting, or its report dates, in words."""
    if fought:
        return span_text(run.first.fought, run.last.fought)
    return span_text(run.first.reported, run.last.reported)


def _day_arithmetic(run: _Window) -> str:
    """The arithmetic: "413 reported on 3 June 2025 minus 372 reported on 2 June 2025 = +41"."""
    return say(
        "event.arithmetic", current=number(run.last.current.value),
        day=day_text(run.last.reported), previous=number(run.first.previous.value),
        before=day_text(run.first.previous.date), raw=signed(run.raw),
    )  # fmt: skip


def _day_claim(series: SeriesRef, run: _Window, source: SourceRef, relation: Relation) -> Claim:
    """What a run of reports added, as a claim with its arithmetic (dated by the fighting)."""
    return Claim(
        metric=series.metric, value=run.raw, subject=series.subject, claimant=series.claimant,
        period_kind=PeriodKind.day if len(run.days) == 1 else PeriodKind.range,
        period_start=run.first.fought, period_end=run.last.fought,
        personnel_kind=series.personnel_kind, quote=_day_arithmetic(run),
        derivation=_day_arithmetic(run), source=source, relation=relation,
        label=say("event.jump_label"),
    )  # fmt: skip


# -- a quoted running total, with no date ----------------------------------------------------


def quoted_total_answer(question: str, query: Query, store: ClaimStore) -> Answer | None:
    """Answers "reuters said +1,030 overnight to 133,190 - does the daily data agree?": a
    quoted figure that is one of the tally's running totals, found with no date said (a
    relative word such as "overnight" dates nothing here), with the report that first gave it
    and what that report added, each other quoted figure checked against that change."""
    quoted = quoted_figures(query)
    if not quoted or find_dates(question.lower(), dt.date.max) or query.open_end:
        return None
    for series in _series_for(store, query)[:3]:
        points = _all_points(store, series)
        if not points:
            continue
        found = _first_with(points, [q for q in quoted if q >= points[0].value])
        if found is None:
            continue
        value, point = found
        jump = _jump(store, series, point.date)
        source = store.source(series.source_id)
        if jump is None or source is None:
            continue
        others = {q: number(q) for q in quoted if q != value}
        lines = [
            say("event.total_found", value=number(value), who=claimant_text(series.claimant),
                what=losses(series.subject, series.metric, series.personnel_kind),
                day=day_text(point.date)),
            *_jump_lines(jump, others),
            _cited(series, source),
        ]  # fmt: skip
        claims = [_total_claim(series, point, source), *_jump_claims(jump, source)]
        read = _without_read(query, _FIGURE, _CHANGE_VERB).model_copy(
            update={"intent": Intent.losses, "metrics": [series.metric], "figure": Figure.total,
                    "period_start": WAR_START, "period_end": point.date,
                    "period_kind": PeriodKind.cumulative}
        )  # fmt: skip
        return _answer(question, read, ["\n".join(lines)], claims, series.claimant,
                       day_text(point.date))  # fmt: skip
    return None


def _first_with(points: list[Point], values: list[int]) -> tuple[int, Point] | None:
    """The first report whose running total is one of `values` (the largest value first)."""
    for value in sorted(values, reverse=True):
        for point in points:
            if point.value == value:
                return value, point
    return None


# -- which days give a quoted figure ---------------------------------------------------------

# How long a quoted figure's span is said to be ("last week", "in two weeks", "over 5 days").
_LENGTH_ROWS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\b(?:fortnight|two\s+weeks|2\s+weeks)\b", re.I), 14),
    (re.compile(r"\bweek\b", re.I), 7),
)
_SINCE = re.compile(r"\bsince\b", re.I)
_LONGEST_RUN = 14  # days: a quoted figure is looked for in runs up to two weeks long


def _length_hint(question: str) -> int | None:
    """The length in days the question gives the quoted figure's span, if any."""
    n = _span_days(question)
    if n is not None:
        return n
    return next((days for pattern, days in _LENGTH_ROWS if pattern.search(question)), None)


def _anchored_runs(question: str) -> tuple[dt.date, dt.date, int | None, dt.date | None] | None:
    """Where to look for a quoted figure: the days before the article's date the question
    names ("per newsweek early dec 2024", "newsweek feb 9 2024"), the run's length if said,
    and the first day when a "since" date is given without a year (the article's year)."""
    spans = find_dates(question.lower(), dt.date(2100, 1, 1))
    dated = [s for s in spans if not s.year_missing]
    if not dated:
        return None
    last = max(s.last for s in dated)
    since = None
    for s in spans:
        if s.year_missing:
            day = with_year(s.first, last.year)
            since = day if day <= last else with_year(s.first, last.year - 1)
    first = min(s.first for s in dated) - dt.timedelta(days=_LONGEST_RUN)
    return first, last, _length_hint(question), since if _SINCE.search(question) else None


def quoted_days_answer(question: str, query: Query, store: ClaimStore) -> Answer | None:
    """Answers "11,390 'last week' per Newsweek early Dec 2024 - which days?", "Newsweek
    9 Feb 2024: 42 tanks 'since Feb 3' - does the tally agree?": the runs of days before the
    article's date whose reports add up to the quoted figure, by both day conventions."""
    quoted = quoted_figures(query)
    unread_date = any(u.kind == "period" for u in query.unread)
    if not quoted or not (unread_date or _WHICH_DAYS.search(question)):
        return None
    anchored = _anchored_runs(question)
    found = _series_for(store, query)[:1]
    source = store.source(found[0].source_id) if found else None
    if anchored is None or source is None:
        return None
    first, last, length, since = anchored
    series, value = found[0], quoted[0]
    days = derive.daily_figures(store, series, first - _DAY, last)
    lengths = [length] if length else list(range(1, _LONGEST_RUN + 1))
    runs = [w for n in lengths for w in _windows(days, n) if value in (w.raw, w.value)]
    if since is not None:
        runs = [w for w in runs if w.first.fought in (since, since + _DAY)]
    runs = [w for w in runs if w.last.reported <= last][:3]
    if not runs:
        return None
    what = losses(series.subject, series.metric, series.personnel_kind)
    lines = [say("event.day_found", value=number(value), what=what,
                 report=_run_text(w, fought=False), fought=_run_text(w, fought=True),
                 arithmetic=_day_arithmetic(w)) for w in runs]  # fmt: skip
    lines.append(_cited(series, source))
    claims = [
        claim
        for w in runs
        for claim in (
            _day_claim(series, w, source, Relation.exact),
            _report_dated(series, w, source),
        )
    ]
    best = runs[0]
    read = _without_read(query, _FIGURE, _WHICH_DAYS).model_copy(
        update={"intent": Intent.losses, "metrics": [series.metric], "unread": [],
                "period_start": best.first.fought, "period_end": best.last.fought,
                "period_kind": PeriodKind.range, "figure": Figure.period}
    )  # fmt: skip
    return _answer(question, read, ["\n".join(lines)], claims, series.claimant,
                   _run_text(best, fought=True))  # fmt: skip


def _report_dated(series: SeriesRef, run: _Window, source: SourceRef) -> Claim:
    """The same run dated by its reports (each covers the day before): the other convention,
    a day off the days of fighting."""
    claim = _day_claim(series, run, source, Relation.day_off)
    return claim.model_copy(
        update={"period_start": run.first.reported, "period_end": run.last.reported}
    )


def _cited(series: SeriesRef, source: SourceRef) -> str:
    """Who claims the series' figures and where, cited as every answer cites (in brackets)."""
    return say("event.cited", who=claimant_text(series.claimant), source=source_text(source))
