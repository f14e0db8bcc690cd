"""Answering questions from the knowledge base: match, rank, and say it with its caveat.

For each metric asked about, a few indexed look-ups (each with a LIMIT) find the claims whose
period fits the asked one: the same period first, then nearly the same ("last week" against
a report's Tuesday-to-Monday week). Claims that only contain, sit inside or lie near the
asked period are never given as the answer; they become the pointer in an honest "I have no
figure for that". Nothing here adds, subtracts or rounds a stored figure, except saying by
how much two figures shown side by side differ.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from knowledge.answering import derive
from knowledge.answering.apart import answered_apart
from knowledge.answering.average import average_answer, median_answer, to_yesterday
from knowledge.answering.breakdown import with_breakdown
from knowledge.answering.candidate import (
    CLOSE,
    EXACT,
    INSIDE,
    OVERLAPS,
    Candidate,
    from_claim,
    period_of,
)
from knowledge.answering.checking import (
    agreeing,
    as_figure_question,
    as_total_question,
    by_report_date,
    check_lines,
    published_quoted,
    quoted_figures,
    report_date_line,
    total_on_a_day,
)
from knowledge.answering.compare import compare_answer
from knowledge.answering.compose import (
    caveat_text,
    compose_answer,
    not_a_question,
    promote_evidence,
)
from knowledge.answering.derive import Convention
from knowledge.answering.events import (
    change_answer,
    milestone_answer,
    quoted_day_answer,
    quoted_days_answer,
    quoted_total_answer,
)
from knowledge.answering.languages import (
    answer_any_language,
    answer_language,
    said_date_notes,
)
from knowledge.answering.lookup import (
    _ALL,
    _DAY,
    _MONTH,
    _POINTER_CAP,
    _PROBE_CAP,
    _RECORD_CAP,
    _accepted_claimants,
    _between,
    _claimants_found,
    _fetch,
    _Filter,
    _latest_any,
    _Match,
    _metrics_with_claims,
    _more_than,
    _on,
    _profile,
    _profiled_absent,
    _profiled_latest,
    _profiled_pointers,
    _Range,
    sides_named,
)
from knowledge.answering.rank import (
    _fit,
    _nearest,
    _rank,
    _same_figure_other_dates,
    fit,
    relation,
)
from knowledge.answering.record import record_check_answer, threshold_answer
from knowledge.answering.sources import coverage_end, source_answer
from knowledge.dates import find_dates, report_day_note, with_year
from knowledge.lexicon.calendar import month_end
from knowledge.lexicon.claimants import CLAIMANT_BY_NAME, claimant_side
from knowledge.models import (
    WAR_START,
    Answer,
    Claim,
    Figure,
    Intent,
    Metric,
    PeriodKind,
    PersonnelKind,
    Query,
    Relation,
    SourceKind,
    Subject,
)
from knowledge.questions import parse_question, report_unread
from knowledge.questions.averages import (
    MEDIAN_WORDS,
    about_a_side,
    average_unit,
    breakdown_unit,
    days_past_threshold,
    median_asked,
    record_lowest,
)
from knowledge.questions.followup import supposes
from knowledge.questions.parse import normalise
from knowledge.questions.sources import outlet_named
from knowledge.questions.tidy import at_the_data_end
from knowledge.store import ClaimStore, Row
from knowledge.wording import (
    coverage_line,
    day_month,
    day_text,
    in_language,
    join,
    month_name,
    period_words,
    say,
)

__all__ = ["answer", "coverage_end", "parse_question", "period_words", "warm_up"]


# -- public ------------------------------------------------------------------------------------


def answer(
    question: str,
    store: ClaimStore,
    *,
    today: dt.date | None = None,
    language: str | None = None,
    query: Query | None = None,
) -> Answer:
    """The best stored figures for `question`, with source and caveat, or an honest no,
    in the asker's language or in `language` when the chat chose one (issue 15; a refusal
    naming the languages read for a question in any other). `query`, when given, is what the
    question asks already read (a follow-up merged with its conversation's context) and is
    used instead of parsing `question`."""
    when = today or dt.date.today()
    if query is not None:
        lang = answer_language(question, language)
        with in_language(lang):
            found = report_unread(_answer(question, store, when, query.model_copy(deep=True)))
            text, body = (said_date_notes(t, found.query) for t in (found.text, found.body))
        return found.model_copy(update={"language": lang, "text": text, "body": body})
    return answer_any_language(question, store, when, _answer_english, language)


def _at_the_data_end(question: str, store: ClaimStore, today: dt.date) -> tuple[str, dt.date]:
    """ "your latest week", "until the latest report": the question with its span counted back
    from the last daily report, read as if asked that day (tidy.DATA_END_ROWS)."""
    rewritten = at_the_data_end(question)
    last = coverage_end(store) if rewritten is not None else None
    if rewritten is None or last is None:
        return question, today
    return rewritten, min(today, last)


def _answer_english(question: str, store: ClaimStore, today: dt.date) -> Answer:
    """`answer` for a question in the parser's English words; words of the question that could
    change the answer and were not read come first (issue 12)."""
    return report_unread(_answer(question, store, today))


def _answer(question: str, store: ClaimStore, today: dt.date, query: Query | None = None) -> Answer:
    if query is None:
        question, today = _at_the_data_end(question, store, today)
    asked = as_figure_question(query if query is not None else parse_question(question, today))
    asked = total_on_a_day(_without_repeated_period(asked))
    asked = _quoting_outlet_read(asked, store)
    apart = answered_apart(question, asked, lambda one: _answer(question, store, today, one))
    if apart is not None:  # "killed and wounded separately": each kind's own figure, shown each
        return apart
    checked = record_check_answer(question, asked, store) if query is None else None
    if checked is not None:  # "was 28 February 2025 the worst day of 2025?", "the 2,710 on ..."
        return checked
    counted = _days_past_threshold_answer(question, asked, store)
    if counted is not None:  # "the longest run of days above 1,200 in 2025"
        return counted
    # "11,390 last week per Newsweek early Dec 2024: which days?" names an outlet too
    found = quoted_days_answer(question, asked, store)
    sourced = found or source_answer(question, asked, store)  # "what does Newsweek say?"
    if sourced is not None:
        return sourced
    for event in (change_answer, milestone_answer, quoted_day_answer, quoted_total_answer):
        found = event(question, asked, store)  # a report's jump, a milestone, a quoted day
        if found is not None:
            return found
    compares = asked.intent == Intent.losses or (
        asked.intent == Intent.off_topic and about_a_side(question)
    )
    if query is None and asked.figure in (Figure.period, Figure.latest) and compares:
        # "A vs B", "higher than last month?" (a follow-up's comparison is the conversation's)
        compared = compare_answer(question, asked, store, today, _asker(question, store, today))
        if compared is not None:
            return compared
    if asked.intent != Intent.losses:
        return not_a_question(question, asked, store)
    query = asked
    if breakdown_unit(question) is not None and query.figure != Figure.record:
        # "month by month in 2024": the whole period's figure, then each unit after it, not
        # the units alone as "monthly" would list them
        query = query.model_copy(update={"prefer_kind": None})
    if median_asked(question) and query.figure != Figure.record:
        median = median_answer(question, _median_words_read(to_yesterday(query, today)), store)
        if median is not None:  # "the median day of 2025": the middle day, the mean beside it
            return median
    unit = average_unit(question) if breakdown_unit(question) is None else None
    if unit == PeriodKind.day and query.period_kind == PeriodKind.day:
        unit = None  # "1,030 a day on 7 Feb - right?": that day's figure, no average of one day
    if unit is not None and query.figure != Figure.record:
        averaged = average_answer(question, to_yesterday(query, today), store, unit)
        if averaged is not None:
            return averaged
    notes: list[str] = []
    whole = _whole_series(store, query, notes)
    whole_series = whole is not query
    if query.year_missing and query.period_start is not None:
        query, note = _resolve_year(store, query, today)
        notes.append(note)
    query = _since_as_the_outlet_wrote(question, query, store)
    if query.open_end and query.period_start is not None and query.period_end is None:
        # "Since 1 July" runs to yesterday, the last day fought a report can cover: the JSON
        # says the period that was read. A record "since 2023" is sought among the days there
        # are figures for, which end earlier.
        end = (
            _last_day_fought(store, today)
            if query.figure == Figure.record
            else today - dt.timedelta(days=1)
        )
        query = query.model_copy(update={"period_end": max(end, query.period_start)})
    if whole_series:  # the series' own span: its heading says where it ends
        return compose_answer(
            question, whole, [_match(store, whole, m, today) for m in whole.metrics], notes, store
        )
    matches = [_match(store, query, metric, today) for metric in query.metrics]
    ans = compose_answer(question, query, matches, notes, store)
    if quoted_figures(query):
        ans = _checked(question, query, ans, notes, store, today)
    by_unit = breakdown_unit(question) if query.figure != Figure.record else None
    if by_unit is not None:  # "month by month in 2024": the whole, then unit by unit
        ans = with_breakdown(ans, store, query, by_unit)
    return _with_coverage(ans, query, store, today)


def _days_past_threshold_answer(question: str, asked: Query, store: ClaimStore) -> Answer | None:
    """The days past a threshold ("the longest run of days above 1,200 in 2025", "how many
    days over 2,000?"), when the question asks for them about losses."""
    threshold = days_past_threshold(question)
    if threshold is None or asked.intent != Intent.losses:
        return None
    if asked.figure not in (Figure.period, Figure.record, Figure.latest):
        return None
    return threshold_answer(question, asked, threshold, store)


def _checked(
    question: str, query: Query, ans: Answer, notes: list[str], store: ClaimStore, today: dt.date
) -> Answer:
    """A question quoting a figure to check: the answer whose figures agree with it (the day's
    figures, else the running total as of that day), with what they say about it first."""
    quoted = quoted_figures(query)
    if not any(agreeing(ans.claims, q) for q in quoted):
        total = as_total_question(query)
        if total is not None:
            matches = [_match(store, total, metric, today) for metric in total.metrics]
            other = compose_answer(question, total, matches, notes, store)
            if any(agreeing(other.claims, q) for q in quoted):
                ans = other
    tally = [c for c in ans.claims if c.derivation and c.relation == Relation.exact]
    if ans.answered and tally and not any(c.value == q for c in tally for q in quoted):
        # The tally's figure is not the quoted one (an "about 800" that only allows 850 is
        # not it): both of its readings are shown.
        extra = by_report_date(store, ans.query or query, any_figure=True)
        shown = {c.value for c in ans.claims}  # a published figure equal to it says it already
        ans = _with_report_date_reading(ans, [c for c in extra if c.value not in shown], store)
        tally += extra
    if not ans.claims:
        return ans
    unmatched = [q for q in quoted[:2] if not agreeing(ans.claims, q)]  # the only ones placed
    stored = [c for q in unmatched for c in store.claims_with_value(q, limit=5)]
    head = "\n".join(check_lines(ans.query or query, ans.claims, tally, stored))
    update: dict[str, object] = {"text": f"{head}\n\n{ans.text}", "body": f"{head}\n\n{ans.body}"}
    published = published_quoted(ans.query or query, stored)
    if published:  # the quoted figure's own source, beside the tally's reading (qcheck)
        update["claims"] = ans.claims + published
    if stored and query.period_start is None and len(unmatched) == len(quoted[:2]):
        # "Moscow's 1,351 - Ukrainian dead?": the figure is another side's, kind's or
        # claimant's; what is shown for the question's words only suggests, it is no answer
        update["answered"] = False
        if supposes(question):  # "if the 1,351 was Ukraine's count, ...": whose it is,
            return _whose_only(ans, query, stored)  # and no figure for a supposition
    return ans.model_copy(update=update)


def _whose_only(ans: Answer, query: Query, stored: list[Claim]) -> Answer:
    """A supposition about a figure stored as another's: where the figure is in the sources,
    and that no figure answers a supposition (the latest figure is never added)."""
    none = set(check_lines(query, (), (), ()))  # the "no such figure, see below" lines
    placed = [line for line in check_lines(query, (), (), stored) if line not in none]
    body = "\n".join([*placed, say("check.what_if")])
    return ans.model_copy(
        update={"text": body, "body": body, "caveat": None, "answered": False, "claims": []}
    )


def _with_report_date_reading(ans: Answer, extra: list[Claim], store: ClaimStore) -> Answer:
    """The answer with the tally's figures by report date added after its own figures."""
    if not extra:
        return ans
    lines = "\n".join(report_date_line(c) for c in extra)
    head, _, rest = ans.body.partition("\n\n")
    body = f"{head}\n{lines}\n\n{rest}".rstrip()
    claims = ans.claims + extra
    caveat = caveat_text(store, claims)
    update = {"claims": claims, "body": body, "text": f"{body}\n\n{caveat}", "caveat": caveat}
    return ans.model_copy(update=update)


def _without_repeated_period(query: Query) -> Query:
    """A date said twice ("1,030 on 7 feb 2023 ... a different number for 7 feb") was read the
    first time: the repetition, read as a date of the same year, is the same period and no
    unread constraint."""
    if query.period_start is None or query.period_end is None:
        return query
    year = query.period_end.year
    kept = []
    for span in query.unread:
        found = find_dates(span.text.lower(), query.period_end) if span.kind == "period" else []
        if len(found) == 1 and (
            with_year(found[0].first, year),
            with_year(found[0].last, year),
        ) == (query.period_start, query.period_end):
            continue
        kept.append(span)
    if len(kept) == len(query.unread):
        return query
    return query.model_copy(update={"unread": kept})


def _quoting_outlet_read(query: Query, store: ClaimStore) -> Query:
    """An outlet named beside a quoted figure ("does GB News's 990 for 8 December match?") is
    where the asker read the figure: it is read, not a constraint left unread, and every
    figure shown names its outlet anyway."""
    if not quoted_figures(query):
        return query
    publishers = store.publishers()
    kept = [
        u
        for u in query.unread
        if u.kind not in ("name", "word", "source") or not _names_outlet(u.text, publishers)
    ]
    return query if len(kept) == len(query.unread) else query.model_copy(update={"unread": kept})


def _names_outlet(words: str, publishers: list[str]) -> bool:
    """Whether `words` are an outlet's name and nothing else ("GB News's", "the Reuters")."""
    _, _, found = outlet_named(normalise(words), publishers)
    rest = normalise(words).replace(found or "", " ").replace("'s", " ").strip()
    return found is not None and rest in ("", "the")


def _median_words_read(query: Query) -> Query:
    """The query with "median" and "mean" no longer unread: a median answer reads them."""
    kept = [u for u in query.unread if not MEDIAN_WORDS.search(u.text)]
    return query if len(kept) == len(query.unread) else query.model_copy(update={"unread": kept})


def _since_as_the_outlet_wrote(question: str, query: Query, store: ClaimStore) -> Query:
    """ "Newsweek said 4,540 troops since 3 Feb 2024": an outlet's "since D" was written when it
    was published, so the period ends with the last day fought before that article's report,
    not today. Read only when the outlet holds a figure of the metric counted from D; the
    asker's own "since D" without an outlet still runs to yesterday."""
    if not (query.open_end and query.period_start is not None and query.period_end is None):
        return query
    outlet, held, _ = outlet_named(normalise(question), store.publishers())
    if outlet is None or not held:
        return query
    start = query.period_start
    ends = {
        c.source.published
        for c in store.claims_of_publisher(outlet)
        if c.metric in query.metrics
        and c.subject == query.subject
        and c.period_start == start
        and c.period_end is not None
        and c.period_end > start
        and c.source.published is not None
    }
    if len(ends) != 1:  # no such figure, or two articles that disagree on when "since" ended
        return query
    last = max(ends.pop() - dt.timedelta(days=1), start)
    return query.model_copy(update={"period_end": last, "open_end": False})


def _asker(question: str, store: ClaimStore, today: dt.date) -> Callable[[Query], Answer]:
    """Asks one already-read period of a comparison the usual way."""
    return lambda query: _answer(question, store, today, query)


def _last_day_fought(store: ClaimStore, today: dt.date) -> dt.date:
    """The last day of fighting the daily figures cover, or today when they run to it."""
    last = coverage_end(store)
    return today if last is None else min(today, last - dt.timedelta(days=1))


def _with_coverage(ans: Answer, query: Query, store: ClaimStore, today: dt.date) -> Answer:
    """An answer about a period running past the daily figures says first where they end."""
    last = coverage_end(store)
    asked_end = today if query.open_end else query.period_end or query.period_start
    if last is None or asked_end is None or asked_end < last:
        return ans
    line = coverage_line(last)
    if not ans.answered and query.claimant:
        # "what did the General Staff say on 1 October 2026?": the refusal naming whose figure
        # was asked comes first, where the data end is why
        return ans.model_copy(
            update={"text": _second_line(ans.text, line), "body": _second_line(ans.body, line)}
        )
    return ans.model_copy(update={"text": f"{line}\n{ans.text}", "body": f"{line}\n{ans.body}"})


def _second_line(text: str, line: str) -> str:
    """`text` with `line` after its first line."""
    first, _, rest = text.partition("\n")
    return f"{first}\n{line}\n{rest}" if rest else f"{first}\n{line}"


def _match(
    store: ClaimStore, query: Query, metric: Metric, today: dt.date, *, fits_only: bool = False
) -> _Match:
    """What the knowledge base has for one metric of the question (only the fits, without
    pointers, siblings or why there is none, when `fits_only`)."""
    claimants = _accepted_claimants(query)
    result = _Match(metric, fits_only=fits_only)
    kinds = _kind_preference(query) if metric == Metric.personnel else [None]
    for i, personnel_kinds in enumerate(kinds):
        flt = _Filter(metric, query.subject, claimants, personnel_kinds)
        found = _match_with(store, query, flt, today, fits_only=fits_only)
        if i == 0 and not found.fits and len(kinds) > 1 and not fits_only:
            # "how many died in spring 2022, Kremlin vs Kyiv?": death tolls stated during the
            # period answer in part, before killed and wounded together answer another kind
            promote_evidence(query, found)
        if found.fits:
            found.kind_fallback = i > 0 and query.personnel_kind == PersonnelKind.killed
            result = found
            break
        if i == 0:
            result = found  # pointers from the preferred kind first
        else:
            result.pointers = result.pointers or found.pointers
    if fits_only:
        return result
    if not result.fits and not result.pointers and kinds[-1] is not None:
        # Wounded or captured only: point to the personnel figures there are.
        found = _match_with(store, query, _Filter(metric, query.subject, claimants, None), today)
        result.pointers = found.fits + found.pointers
    if not result.fits:
        _explain_absence(store, query, metric, claimants, result)
    if not result.fits and claimants is not None:
        result.others = _what_others_claim(store, query, metric, today)
    return result


def _what_others_claim(
    store: ClaimStore, query: Query, metric: Metric, today: dt.date
) -> list[Candidate]:
    """The figures that answer the question from anyone else, for a claimant who has none:
    shown after "No figure from X", apart, never as X's (issue 12, requirement 4). Only the
    fits are looked up: the two best are all that is shown."""
    anyone = query.model_copy(update={"claimant": None, "claimants": [], "claimant_side": None})
    return _match(store, anyone, metric, today, fits_only=True).fits[:2]


def _kind_preference(query: Query) -> list[list[str] | None]:
    """Personnel kinds to try in turn: deaths first when deaths were asked for."""
    asked = query.personnel_kind
    if asked == PersonnelKind.killed:
        # No death toll: the killed-and-wounded figures, shown apart (never the prisoners).
        casualties = [PersonnelKind.casualties.value, PersonnelKind.unspecified.value, ""]
        return [[PersonnelKind.killed.value], casualties]
    if asked == PersonnelKind.casualties:
        return [
            [PersonnelKind.casualties.value, PersonnelKind.unspecified.value, ""],
            None,
        ]
    if asked in (PersonnelKind.wounded, PersonnelKind.captured):
        return [[asked.value]]
    # Unasked, prisoners are not "losses": they would compete with the casualty figures.
    return [
        [
            PersonnelKind.casualties.value,
            PersonnelKind.killed.value,
            PersonnelKind.unspecified.value,
            PersonnelKind.wounded.value,
            "",
        ]
    ]


def _match_with(
    store: ClaimStore, query: Query, flt: _Filter, today: dt.date, *, fits_only: bool = False
) -> _Match:
    result = _Match(flt.metric, fits_only=fits_only)
    if _profiled_absent(store, flt) is True:
        return result  # the named claimants never give this figure: nothing to look up
    derived = _derived(store, query, flt, today)
    if query.figure == Figure.record:
        _match_record(store, query, flt, derived, result)
    elif query.figure in (Figure.total, Figure.latest) or query.period_start is None:
        _match_total(store, query, flt, derived, result)
    elif query.open_end:
        _match_since(store, query, flt, derived, result, today)
    elif query.prefer_kind is not None:
        _match_breakdown(
            store, query, flt, derived + _derived_units(store, query, flt, today), result
        )
    else:
        _match_period(store, query, flt, derived, result)
    if not result.fits:
        _report_of_the_day(store, query, flt, today, result)
    if result.fits and not fits_only:
        result.siblings = _same_figure_other_dates(store, result.fits)
    return result


def _report_of_the_day(
    store: ClaimStore, query: Query, flt: _Filter, today: dt.date, result: _Match
) -> None:
    """No figure for the fighting of a day (the next morning's report is not in): what the
    report dated that day added, a day off by the report/fighting-day convention (issue 12,
    requirement 3), shown as such."""
    if query.figure != Figure.period or query.open_end or query.period_start is None:
        return
    if query.period_start != query.period_end:
        return
    found = _derived(store, query, flt, today, convention=Convention.reported)
    for c in found:
        c.category, c.relation = CLOSE, Relation.day_off
    if found:
        result.fits, result.partial = found, True


def _match_record(
    store: ClaimStore, query: Query, flt: _Filter, derived: list[Candidate], result: _Match
) -> None:
    kind = query.prefer_kind or PeriodKind.day
    rng = _ALL
    if query.period_start is not None:
        rng = _between(query.period_start, query.period_end or query.period_start)
    cands = _fetch(
        store,
        flt,
        rng,
        flt.where(period_kind=kind),
        limit=10,
        kinds=(SourceKind.article,),
        order="value DESC",
        cap=_RECORD_CAP,
    )
    result.record_capped = _more_than(store, flt, rng, _RECORD_CAP, SourceKind.article)
    lowest = record_lowest(query.text)
    if lowest:  # the articles were fetched highest first: only the series knows the lowest
        cands = []
    cands += [d for d in derived if d.kind == kind]
    if cands and query.ranked:  # "the five worst days": the series' days, in their order
        result.fits = [d for d in derived if d.kind == kind][: query.ranked]
        for c in result.fits:
            c.category = EXACT
    elif cands:
        top = (min if lowest else max)(c.value for c in cands)
        result.fits = _rank([c for c in cands if c.value == top], query)
        for c in result.fits:
            c.category = EXACT
    else:
        _point_to_latest(store, flt, result)


def _match_total(
    store: ClaimStore, query: Query, flt: _Filter, derived: list[Candidate], result: _Match
) -> None:
    asked_end = query.period_end if query.figure == Figure.total else None
    if query.figure == Figure.latest and query.prefer_kind is not None:
        cands = _latest_of_kind(store, flt, query.prefer_kind.value)
        _take_latest(cands, derived, query, result)
        if not result.fits:
            _point_to_latest(store, flt, result)
        return
    if asked_end is None:
        cands = _latest_of_kind(store, flt, PeriodKind.cumulative.value)
        _take_latest(cands, [d for d in derived if d.kind == PeriodKind.cumulative], query, result)
        if result.fits or query.figure == Figure.total:
            if not result.fits:
                _point_to_latest(store, flt, result)
            return
        # "How many tanks according to the Kremlin?" with no total: the latest figure at all.
        cands = _latest_any(store, flt, limit=10)
        if not cands:
            cands = _fetch(store, flt, _ALL, flt.where(end_known=False), limit=5)
        _take_latest(cands, derived, query, result)
        return
    window = dt.timedelta(days=7)
    cands = _fetch(
        store,
        flt,
        _between(asked_end - window, asked_end),
        flt.where(period_kind=PeriodKind.cumulative),
        limit=20,
    )
    cands += [
        d
        for d in derived
        if d.kind == PeriodKind.cumulative and d.end and asked_end - window <= d.end <= asked_end
    ]
    if cands:
        latest = max(c.end for c in cands if c.end)
        result.fits = _rank([c for c in cands if c.end == latest], query)
        for c in result.fits:
            c.category = EXACT if latest == asked_end else CLOSE
        return
    if result.fits_only:
        return
    before = _fetch(
        store,
        flt,
        _Range(op="<", values=(asked_end,)),
        flt.where(period_kind=PeriodKind.cumulative),
        limit=2,
    )
    after = _fetch(
        store,
        flt,
        _Range(op=">", values=(asked_end,), descending=False),
        flt.where(period_kind=PeriodKind.cumulative),
        limit=2,
    )
    result.pointers = _nearest(before + after, asked_end, asked_end)
    if not result.pointers:
        _point_to_latest(store, flt, result)


def _point_to_latest(store: ClaimStore, flt: _Filter, result: _Match) -> None:
    """Point to the newest figures there are (unless only the fits are wanted)."""
    if not result.fits_only:
        result.pointers = _latest_any(store, flt, limit=3)


def _latest_of_kind(store: ClaimStore, flt: _Filter, kind: str) -> list[Candidate]:
    """The newest claims of one kind of period (walks the index from its newest end)."""
    end = _profiled_latest(store, flt, kind)
    if end is False:
        return []
    rng = _on(end) if isinstance(end, dt.date) else _ALL
    return _fetch(store, flt, rng, flt.where(period_kind=PeriodKind(kind)), limit=10)


def _take_latest(
    cands: list[Candidate], derived: list[Candidate], query: Query, result: _Match
) -> None:
    cands = cands + derived
    if not cands:
        return
    dated = [c for c in cands if c.end is not None]
    if dated:
        latest = max(c.end for c in dated if c.end)
        group = [c for c in dated if c.end == latest]
    else:
        group = cands[:1]
    result.fits = _rank(group, query)
    for c in result.fits:
        c.category = EXACT


def _match_breakdown(
    store: ClaimStore, query: Query, flt: _Filter, derived: list[Candidate], result: _Match
) -> None:
    """ "Monthly losses in 2025", "September, October and November": each stored figure of
    that kind of period inside the asked one, in date order (never added up)."""
    assert query.period_start is not None and query.period_end is not None
    assert query.prefer_kind is not None
    start, end = max(query.period_start, WAR_START), query.period_end
    kind = query.prefer_kind.value
    cands = _fetch(
        store,
        flt,
        _between(start, end),
        flt.where(period_kind=PeriodKind(kind), start_from=start),
        limit=40,
        kinds=(SourceKind.article,),
    )
    cands += [d for d in derived if d.kind == query.prefer_kind and d.start and d.start >= start]
    if not cands:
        _match_period(store, query, flt, derived, result)
        return
    for c in cands:
        c.category = EXACT
    ranked = _rank(cands, query)
    order = {id(c): i for i, c in enumerate(ranked)}
    result.fits = sorted(ranked, key=lambda c: (c.start or dt.date.min, order[id(c)]))
    result.breakdown = True
    if max((c.end for c in cands if c.end), default=end) < end:
        # "july and august 2026" past the end of the data: the span it has, cut there, too
        cut = [d for d in derived if d.start == start and d.kind == PeriodKind.range]
        result.fits += cut[:1]


def _match_since(
    store: ClaimStore,
    query: Query,
    flt: _Filter,
    derived: list[Candidate],
    result: _Match,
    today: dt.date,
) -> None:
    assert query.period_start is not None
    start = query.period_start
    cands = _fetch(
        store,
        flt,
        _between(start - _DAY, start + _DAY, col="period_start"),
        flt.where(not_period_kind=PeriodKind.cumulative),
        limit=20,
        kinds=(SourceKind.article,),
    )
    cands += [d for d in derived if d.start is not None and abs((d.start - start).days) <= 1]
    # "Since D" asks up to now: a figure that stops well short of the furthest one is a
    # different period, not an answer beside it.
    furthest = max((c.end for c in cands if c.end is not None), default=None)
    for c in cands:
        c.category = EXACT if c.start == start else CLOSE
        if furthest is not None and c.end is not None and (furthest - c.end).days > 7:
            c.category = OVERLAPS
    if cands:
        best = min(c.category for c in cands)
        result.fits = _rank([c for c in cands if c.category == best], query)
        return
    _pointers_for(store, flt, start, today, result)


def _match_period(
    store: ClaimStore, query: Query, flt: _Filter, derived: list[Candidate], result: _Match
) -> None:
    assert query.period_start is not None and query.period_end is not None
    # "in 2022" means from the first day of the invasion to the end of 2022.
    start, end = max(query.period_start, WAR_START), query.period_end
    if end < start:
        start = query.period_start

    # Claims for exactly the asked period end on its last day: one seek in the index (only
    # the ones whose period fits are read in full: the others are not used).
    def fitting(row: Row) -> bool:
        return fit(*period_of(row), start, end) <= CLOSE

    cands = _fetch(store, flt, _on(end), flt.where(), limit=100, keep=fitting) + derived
    for c in cands:
        c.category = _fit(c, start, end)
    if not any(c.category == EXACT and not _computed(c) for c in cands):
        # Nearly the same period ("last week" against a report's Tuesday-to-Monday week; a
        # day's figure dated by the report of the next morning).
        slack = dt.timedelta(days=1 if start == end else 2 if (end - start).days < 8 else 3)
        close = _fetch(
            store,
            flt,
            _between(end - slack, end + slack),
            flt.where(start_within=(start - slack, start + slack), start_open=True),
            limit=100,
            kinds=(SourceKind.article,),
        )
        for c in close:
            c.category = _fit(c, start, end)
        cands += close
    fits = [c for c in cands if c.category <= CLOSE]
    if fits:
        best = min(c.category for c in fits)
        chosen = [c for c in fits if c.category == best]
        if best == EXACT and all(_computed(c) for c in chosen):
            # Only the tally has the exact days: a published figure for the same days a day
            # off is the same reports counted by the other convention; it goes beside it.
            chosen += [
                c
                for c in fits
                if c.category == CLOSE
                and not _computed(c)
                and relation(c, query) == Relation.day_off
            ]
        result.fits = _rank(chosen, query)
        return
    _pointers_for(store, flt, start, end, result)
    # The tally's figure for the part of the period it covers (it ends before the period
    # does) answers the question in part: it comes first.
    partial = [c for c in derived if c.category == INSIDE]
    result.pointers = partial[:1] + result.pointers


def _computed(c: Candidate) -> bool:
    """Whether the candidate is computed from the daily series rather than published."""
    return c.claim is not None and bool(c.claim.derivation)


def _pointers_for(
    store: ClaimStore, flt: _Filter, start: dt.date, end: dt.date, result: _Match
) -> None:
    """The nearest periods that do have figures: inside the asked one, then around it."""
    if result.fits_only:
        return
    profiled = _profiled_pointers(store, flt, start, end)
    if profiled is not None:
        near = _nearest([c for c in profiled if not start <= (c.end or start) <= end], start, end)
        inside = [c for c in profiled if c not in near]
        for c in inside:
            c.category = _fit(c, start, end)
        result.pointers = _rank(inside, None)[:3] + near[:2]
        return
    article = (SourceKind.article,)
    not_total = flt.where(not_period_kind=PeriodKind.cumulative)
    inside = _fetch(
        store, flt, _between(start, end), not_total, limit=10, kinds=article, cap=_POINTER_CAP
    )
    week = dt.timedelta(days=7)
    sides = sides_named(flt)
    total = _fetch(
        store,
        flt,
        _between(start - week, end + week),
        flt.where(period_kind=PeriodKind.cumulative),
        limit=1 if sides < 2 else 5,
        cap=_POINTER_CAP,
    )
    if sides > 1:  # "Kremlin vs Kyiv": the newest total of each side named
        total = list({claimant_side(c.claimant): c for c in reversed(total)}.values())
    before = _fetch(
        store,
        flt,
        _Range(op="<", values=(start,)),
        not_total,
        limit=3,
        kinds=article,
        cap=_POINTER_CAP,
    )
    after = _fetch(
        store,
        flt,
        _Range(op=">", values=(end,), descending=False),
        not_total,
        limit=3,
        kinds=article,
        cap=_POINTER_CAP,
    )
    for c in inside:
        c.category = _fit(c, start, end)
    near = _nearest(before + after, start, end)
    result.pointers = _rank(inside, None)[:2] + total + near[:2]


def _derived(
    store: ClaimStore,
    query: Query,
    flt: _Filter,
    today: dt.date,
    *,
    convention: Convention = derive.DEFAULT_CONVENTION,
) -> list[Candidate]:
    """Figures the daily series module computes for the asked period, for this metric."""
    if query.figure == Figure.record and query.prefer_kind not in (
        None,
        PeriodKind.day,
        PeriodKind.week,
        PeriodKind.month,
        PeriodKind.quarter,
        PeriodKind.year,
    ):
        return []  # the series gives worst days, weeks, months, quarters and years only
    update: dict[str, Any] = {"metrics": [flt.metric]}
    if query.figure == Figure.latest:
        update["figure"] = Figure.total
    if query.open_end:
        update["period_end"] = today
    if query.claimant is not None and query.claimant_side in ("ukraine", "russia"):
        update["claimant"] = None  # "per the Kremlin" takes any official body of that side
    if (
        query.personnel_kind == PersonnelKind.killed
        and flt.personnel_kinds is not None
        and PersonnelKind.killed.value not in flt.personnel_kinds
        and average_unit(query.text) is None
    ):  # the killed-and-wounded pass after no death toll: the tally's own figures, shown apart
        # (an average of the dead is no average of killed and wounded: none is shown)
        update["personnel_kind"] = None
    asked = query.model_copy(update=update)
    try:
        claims = derive.derived_claims(store, asked, convention=convention)
    except Exception:  # a broken series must not take the whole answer down with it
        return []
    out = []
    for claim in claims:
        if claim.metric != flt.metric or claim.subject != flt.subject:
            continue
        if flt.claimants is not None and claim.claimant not in flt.claimants:
            continue
        if flt.personnel_kinds is not None:
            kind = claim.personnel_kind.value if claim.personnel_kind else ""
            if kind not in flt.personnel_kinds:
                continue
        out.append(from_claim(claim))
    return out


_MAX_UNITS = 36


def _derived_units(
    store: ClaimStore, query: Query, flt: _Filter, today: dt.date
) -> list[Candidate]:
    """For "monthly losses in 2024" or "2023 and 2024": the series' figure for each month or
    year, computed one by one (each is two indexed look-ups), listed and never summed."""
    if (
        query.prefer_kind not in (PeriodKind.month, PeriodKind.year)
        or query.figure != Figure.period
    ):
        return []
    if query.period_start is None or query.period_end is None:
        return []
    out: list[Candidate] = []
    unit = max(query.period_start, WAR_START)
    while unit <= min(query.period_end, today) and len(out) < _MAX_UNITS:
        if query.prefer_kind == PeriodKind.month:
            first = unit.replace(day=1)
            last = month_end(first.year, first.month)
        else:
            first, last = unit.replace(month=1, day=1), unit.replace(month=12, day=31)
        asked = query.model_copy(
            update={
                "period_start": max(first, WAR_START),
                "period_end": last,
                "period_kind": query.prefer_kind,
                "prefer_kind": None,
            }
        )
        for cand in _derived(store, asked, flt, today):
            if cand.end is not None and cand.end >= min(last, query.period_end) - dt.timedelta(
                days=1
            ):
                cand.kind = query.prefer_kind  # a whole unit of the series, however it began
                out.append(cand)
        unit = last + _DAY
    return out


# -- the year of "November" --------------------------------------------------------------------


def _resolve_year(store: ClaimStore, query: Query, today: dt.date) -> tuple[Query, str]:
    """Move a month or day given without a year to the most recent year with figures."""
    assert query.period_start is not None
    start = query.period_start
    end = query.period_end or start
    # A running total as of an undated day ("as of the report of 15 September") starts with
    # the war whatever the year: only its end is undated, so only its end moves.
    total = query.period_kind == PeriodKind.cumulative and start == WAR_START
    undated = end if total else start
    years: list[int] = []
    for year in range(today.year, WAR_START.year - 1, -1):
        shift = year - undated.year
        first, last = (start if total else _shift(start, shift)), _shift(end, shift)
        if first > today or last < WAR_START:
            continue
        # a total needs a figure as of its end, not any figure since the war began
        probe = max(first, last - dt.timedelta(days=7)) if total else first
        if _has_figures(store, query, probe, last):
            years.append(year)
    asked_words = _undated_words(query)
    if not years:
        year = query.assumed_year or start.year
        return query, say("note.no_year", year=year)
    year = years[0]
    shift = year - undated.year
    update: dict[str, Any] = {"assumed_year": year}
    if not total:
        update["period_start"] = _shift(start, shift)
    if query.period_end is not None:
        update["period_end"] = _shift(query.period_end, shift)
    report = query.report_date
    if report is not None and report.year == undated.year and shift:
        # the report named moves too, and so does the note that reads it
        update["report_date"] = _shift(report, shift)
        notes = [report_day_note(update["report_date"]) if n == report_day_note(report) else n
                 for n in query.date_notes]  # fmt: skip
        update["date_notes"] = notes
    query = query.model_copy(update=update)
    note = say("note.assumed_year", year=year, asked=asked_words)
    if len(years) > 1:
        others = join([str(y) for y in years[1:]])
        note += " " + say("note.other_years", asked=asked_words, years=others)
    return query, note


def _whole_series(store: ClaimStore, query: Query, notes: list[str]) -> Query:
    """A record asked with no period ("worst day ever", "biggest month so far") is over the
    whole daily series: that period is read, and said (issue 12, requirement 6)."""
    if query.figure != Figure.record or query.period_start is not None or query.open_end:
        return query
    found = [s for m in query.metrics for s in derive.find_series(store, m, label=query.category)]
    if not found or query.subject != Subject.russia:
        return query
    last = max(s.last for s in found)
    notes.append(say("note.whole_series", first=day_text(WAR_START), last=day_text(last)))
    update = {"period_start": WAR_START, "period_end": last, "period_kind": PeriodKind.range}
    return query.model_copy(update=update)


def _undated_words(query: Query) -> str:
    start = query.period_start
    assert start is not None
    end = query.period_end or start
    if query.period_kind == PeriodKind.month:
        return month_name(start)
    if start == end or query.open_end:
        return day_month(start)
    if start.month == end.month:
        return f"{start.day}–{day_month(end)}"
    return f"{day_month(start)} – {day_month(end)}"


def _shift(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _has_figures(store: ClaimStore, query: Query, first: dt.date, last: dt.date) -> bool:
    """Whether anyone gives figures for this metric and subject in `first`..`last` (the year
    of "November" is the latest with figures at all, whoever the question names)."""
    article = (SourceKind.article,)
    for metric in query.metrics:
        flt = _Filter(metric, query.subject, None, None)
        if query.figure == Figure.total:
            if _fetch(
                store,
                flt,
                _between(first, last),
                flt.where(period_kind=PeriodKind.cumulative),
                limit=1,
            ):
                return True
            continue
        # Claims that overlap the period and start in or just before it: walked from its
        # first day forwards, so a hit (the usual case) is found within a few rows.
        ending = _Range(op="between", values=(first, last + _MONTH), descending=False)
        extra = flt.where(
            start_within=(first - dt.timedelta(days=7), last), not_period_kind=PeriodKind.cumulative
        )
        if _fetch(store, flt, ending, extra, limit=1, kinds=article, cap=_PROBE_CAP):
            return True
        # A daily series covering the period can give a figure for it.
        series = (SourceKind.series,)
        if _fetch(store, flt, _between(first, last), flt.where(), limit=1, kinds=series):
            return True
    return False


def warm_up(store: ClaimStore) -> None:
    """Do once per build what the first questions would otherwise pay for: which metrics
    have figures and who gives them in a daily series, the profile of every known claimant
    with few claims, and the reports of each daily series that absorbed a correction. Call
    it after opening (and after each reload) to keep the first answers as fast as the rest."""
    for subject, metrics in _metrics_with_claims(store).items():
        for metric in metrics:
            store.series_claimants(metric, subject)
    for claimant in CLAIMANT_BY_NAME:
        _profile(store, claimant)
    for series in store.series_catalogue():
        store.correction_points(series, WAR_START, WAR_START)


def _explain_absence(
    store: ClaimStore,
    query: Query,
    metric: Metric,
    claimants: list[str] | None,
    result: _Match,
) -> None:
    if metric not in _metrics_with_claims(store).get(query.subject, []):
        result.no_metric = True
        return
    if claimants is None:
        return
    flt = _Filter(metric, query.subject, claimants, None)
    absent = _profiled_absent(store, flt)
    if absent is None:
        # Claimants with many claims: look among the newest claims for this metric only.
        absent = not _claimants_found(store, flt, _ALL, flt.where(), limit=1)
        result.absence_partial = absent
    if not absent:
        return
    result.no_claimant = True
    anyone = _Filter(metric, query.subject, None, None)
    recent = _claimants_found(store, anyone, _ALL, anyone.where(), limit=50)
    result.other_claimants = list(dict.fromkeys(recent))[:3]
    if not result.pointers:
        result.pointers = _latest_any(store, anyone, limit=2)
