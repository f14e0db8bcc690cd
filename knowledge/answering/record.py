"""Was day D the record? (issue 12, requirement 6): "28 Feb 2025: 2,710 losses, the worst day
of 2025?", "was 7 Feb 2023 the deadliest day so far?". The day's own figures from the daily
series (what its report added, net of a listed correction, and the fighting of that day) beside
the highest day of the period it is measured against, which skips the jumps that are not a
day's losses and says so. Nothing here comes from articles: both figures are the series'."""

from __future__ import annotations

import datetime as dt
import re

from knowledge.answering import derive
from knowledge.answering.compose import source_text
from knowledge.models import (
    WAR_START,
    Answer,
    Claim,
    Figure,
    PeriodKind,
    Query,
    Relation,
    SourceRef,
)
from knowledge.questions.averages import Threshold, threshold_words_only
from knowledge.questions.cyrillic import as_english, has_cyrillic
from knowledge.store import ClaimStore
from knowledge.wording import claimant_text, day_text, losses, number, say, span_text

# What a day is measured against: "of 2025" that year; "so far", "until then" the war up to
# the day; otherwise the whole war as far as the series goes.
_OF_YEAR = re.compile(
    r"\b(?:of|in|for|during)\s+((?:19|20)\d\d)\b|\b(?:(?:of|in|for|during)\s+)?(?:the|that|this)"
    r"\s+(year)\b"
    # "2023's deadliest day": the year's possessive
    r"|\b((?:19|20)\d\d)['’]s\s+(?:[a-z-]+\s+){0,2}?(?:day|days)\b",
    re.I,
)
_ONE_DAY = dt.timedelta(days=1)
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|until\s+then|up\s+to\s+then|by\s+then|yet)\b", re.I)


def _against(text: str, day: dt.date, last: dt.date) -> tuple[dt.date, dt.date, str]:
    """The period a day is measured against, and its words."""
    year = _OF_YEAR.search(text)
    named = year and (year.group(1) or year.group(3))
    if year is not None and (year.group(2) or (named and int(named) == day.year)):
        first = max(dt.date(day.year, 1, 1), WAR_START)
        return first, min(dt.date(day.year, 12, 31), last), say("record.of_year", year=day.year)
    if _SO_FAR.search(text):
        return WAR_START, day, say("record.of_war_to", day=day_text(day))
    return WAR_START, last, say("record.of_war")


# Each reading of the day: its claim's label and its line (by the series' convention).
_DAY_KEYS = {
    derive.Convention.reported: ("record.reported_that_day", "record.day_reported"),
    derive.Convention.fighting: ("record.fighting_that_day", "record.day_fought"),
}


def record_check_answer(question: str, query: Query, store: ClaimStore) -> Answer | None:
    """The answer to "was day D the record?", or None when the question is not one."""
    one_day = query.period_start is not None and query.period_start == query.period_end
    if query.figure != Figure.record or not one_day or not query.metrics:
        return None
    if query.prefer_kind not in (None, PeriodKind.day):
        return None
    found = derive.series_for(store, query, query.metrics[0])
    if not found or query.period_start is None:
        return None
    series, day = found[0], query.period_start
    reported = derive.period_figure(store, series, day, day, convention=derive.Convention.reported)
    fought = derive.period_figure(store, series, day, day)
    text = as_english(query.text) if has_cyrillic(query.text) else query.text  # "2024 року"
    start, end, words = _against(text, day, series.last - _ONE_DAY)
    best = derive.record_day(store, series, start, end)
    if best is None or (reported is None and fought is None):
        return None
    top, sentence = best
    source = store.source(series.source_id)
    if source is None:
        return None
    figures = [f for f in (reported, fought) if f is not None and (f.start, f.end) == (day, day)]
    # a jump between rounded early reports is no day's losses: never shown as the asked day's
    # figure (issue 12, class 5); a report absorbing a correction is shown net of it
    early = day < derive.ROUNDED_UNTIL  # no store read for the days after them
    jumps = {
        d.reported: d
        for d in (derive.daily_figures(store, series, day - _ONE_DAY, day) if early else [])
        if d.reported < derive.ROUNDED_UNTIL
    }
    artefacts = [jumps[_report_of(f, day)] for f in figures if _report_of(f, day) in jumps]
    figures = [f for f in figures if _report_of(f, day) not in jumps]
    claims = [_claim(f, source, series.claimant, Relation.exact) for f in figures]
    record = Claim(
        metric=series.metric, value=top.value, subject=series.subject,
        claimant=series.claimant, period_kind=PeriodKind.day, period_start=top.fought,
        period_end=top.fought, personnel_kind=series.personnel_kind, quote=sentence,
        label=say("record.highest_label", words=words), derivation=sentence, source=source,
        relation=Relation.exact if top.fought == day else Relation.outside,
    )  # fmt: skip
    who = claimant_text(series.claimant)
    where = say("record.where", who=who, label=losses(series.subject, series.metric))
    verdict = _verdict(top, day, words, where)
    cited = say("record.according", who=who, source=source_text(source))
    lines = [verdict]
    lines += [
        say(_DAY_KEYS[f.convention][1], day=day_text(day), value=number(c.value), cited=cited,
            derivation=c.derivation)
        for f, c in zip(figures, claims, strict=True)
    ]  # fmt: skip
    lines += [_artefact_line(jump) for jump in artefacts]
    lines.append(
        say("record.highest_line", words=words, value=number(top.value),
            fought=day_text(top.fought), cited=cited, sentence=sentence)
    )  # fmt: skip
    body = "\n".join(lines)
    caveat = say("record.caveat", who=who)
    read = _OF_YEAR.search(query.text)
    unread = [
        u for u in query.unread if read is None or u.text.lower() not in read.group(0).lower()
    ]
    query = query.model_copy(update={"unread": unread})
    return Answer(
        question=question, answered=bool(claims), text=f"{body}\n\n{caveat}", body=body,
        caveat=caveat, claims=[*claims, record], query=query,
        period=span_text(day, day),
    )  # fmt: skip


def _artefact_line(jump: derive.DailyFigure) -> str:
    """Why a report's jump is not a day's losses: the reports were rounded estimates."""
    return say("record.day_rounded", report=day_text(jump.reported), raw=number(jump.raw),
               rounded=day_text(derive.ROUNDED_UNTIL))  # fmt: skip


def _report_of(figure: derive.PeriodFigure, day: dt.date) -> dt.date:
    """The date of the report a day's figure comes from (the next morning's, by fighting day)."""
    if figure.convention == derive.Convention.reported:
        return day
    return day + _ONE_DAY


def _verdict(top: derive.DailyFigure, day: dt.date, words: str, where: str) -> str:
    """Yes (by the day of fighting or by report date) or no, with the highest day."""
    if top.fought == day:
        key = "record.yes_fought"
    elif top.reported == day:
        key = "record.yes_reported"
    else:
        key = "record.no"
    return say(
        key, day=day_text(day), value=number(top.value), fought=day_text(top.fought),
        words=words, where=where,
    )  # fmt: skip


def _claim(figure: derive.PeriodFigure, source: SourceRef, claimant: str, rel: Relation) -> Claim:
    """A day's series figure as a claim, with its arithmetic."""
    series = figure.series
    return Claim(
        metric=series.metric, value=figure.value, qualifier=figure.qualifier,
        subject=series.subject, claimant=claimant, period_kind=PeriodKind.day,
        period_start=figure.start, period_end=figure.end,
        personnel_kind=series.personnel_kind, quote=figure.derivation,
        derivation=figure.derivation, source=source, relation=rel,
        label=say(_DAY_KEYS[figure.convention][0]),
    )  # fmt: skip


_LISTED_DAYS = 6  # days past a threshold listed by date; more are given as their span


def _past(value: int, threshold: Threshold) -> bool:
    """Whether a day's figure is past the threshold, as the question words it."""
    if threshold.below:
        return value < threshold.value
    return value >= threshold.value if threshold.at_least else value > threshold.value


def _days_past(
    days: list[derive.DailyFigure], threshold: Threshold, convention: derive.Convention
) -> tuple[int, list[derive.DailyFigure]]:
    """How many days are past the threshold, or the longest run of consecutive ones (with its
    days). A jump between rounded early reports is no day's losses and breaks a run."""
    past = [d for d in days if d.reported >= derive.ROUNDED_UNTIL and _past(d.value, threshold)]
    if not threshold.in_a_row:
        return len(past), past
    best: list[derive.DailyFigure] = []
    run: list[derive.DailyFigure] = []
    for day in past:
        if run and _dated(day, convention) - _dated(run[-1], convention) != _ONE_DAY:
            run = []
        run.append(day)
        if len(run) > len(best):
            best = list(run)
    return len(best), best


def _dated(day: derive.DailyFigure, convention: derive.Convention) -> dt.date:
    return day.reported if convention == derive.Convention.reported else day.fought


def _asked_series(store: ClaimStore, query: Query) -> tuple[derive.SeriesRef, SourceRef] | None:
    """The first daily series of the asked kind and claimant, with its source."""
    series = derive.asked_series(store, query)
    source = store.source(series.source_id) if series is not None else None
    return None if series is None or source is None else (series, source)


def threshold_answer(
    question: str, query: Query, threshold: Threshold, store: ClaimStore
) -> Answer | None:
    """Days past a threshold in the asked period ("the longest run of days above 1,200 in
    2025", "how many days over 2,000?"), counted by report date and by day of fighting (the
    two differ at the period's edges), from the series' daily jumps only; None when no
    series answers it."""
    found = _asked_series(store, query)
    if found is None:
        return None
    series, source = found
    first = max(query.period_start or WAR_START, WAR_START)
    last = min(query.period_end or series.last, series.last - _ONE_DAY)
    if last < first:
        return None
    by_report = derive.daily_figures(store, series, first - _ONE_DAY, last - _ONE_DAY)
    readings = {
        derive.Convention.reported: _days_past(by_report, threshold, derive.Convention.reported),
        derive.Convention.fighting: _days_past(
            derive.daily_figures(store, series, first, last), threshold, derive.Convention.fighting
        ),
    }
    counts = {count for count, _ in readings.values()}
    who = claimant_text(series.claimant)
    key = "threshold.run" if threshold.in_a_row else "threshold.count"
    claims: list[Claim] = []
    lines = [say("threshold.heading", losses=losses(series.subject, series.metric),
                 span=span_text(first, last), who=who)]  # fmt: skip
    for convention, (count, which) in readings.items():
        dates = [_dated(d, convention) for d in which]
        span = span_text(dates[0], dates[-1]) if dates else "-"
        if not threshold.in_a_row and 0 < len(dates) <= _LISTED_DAYS:  # the days themselves
            span = ", ".join(day_text(d) for d in dates)
        reading = "threshold.by_both" if len(counts) == 1 else f"threshold.by_{convention.value}"
        sentence = say(
            key if dates else "threshold.none", count=number(count), words=threshold.words,
            span=span, reading=say(reading), days=number((last - first).days + 1),
        )  # fmt: skip
        lines.append(f"- {sentence} ({source_text(source)})")
        claims.append(
            Claim(
                metric=series.metric, value=count, subject=series.subject,
                claimant=series.claimant, period_kind=query.period_kind,
                period_start=first, period_end=last, personnel_kind=series.personnel_kind,
                quote=sentence, label=say(f"{key}_label", words=threshold.words),
                derivation=sentence, source=source, relation=Relation.exact,
            )
        )  # fmt: skip
        if len(counts) == 1:
            break  # the two readings agree: said once
    extreme = derive.record_day(store, series, first, last, lowest=threshold.below)
    if extreme is not None:  # the day nearest the threshold's far side: how close it came
        top, sentence = extreme
        key = "threshold.lowest" if threshold.below else "threshold.highest"
        line = say(key, value=number(top.value), day=day_text(top.fought), sentence=sentence)
        lines.append(f"- {line}")
        claims.append(
            Claim(
                metric=series.metric, value=top.value, subject=series.subject,
                claimant=series.claimant, period_kind=PeriodKind.day, period_start=top.fought,
                period_end=top.fought, personnel_kind=series.personnel_kind, quote=sentence,
                label=say(f"{key}_label"), derivation=sentence, source=source,
                relation=Relation.inside,
            )
        )  # fmt: skip
    body = "\n".join(lines)
    caveat = say("threshold.caveat", who=who)
    unread = [u for u in query.unread if not threshold_words_only(u.text, threshold)]
    return Answer(
        question=question, answered=True, text=f"{body}\n\n{caveat}", body=body,
        caveat=caveat, claims=claims, query=query.model_copy(update={"unread": unread}),
        period=span_text(first, last),
    )  # fmt: skip
