"""Saying it: the answer's text, pointers and caveat, in English, from ranked claims."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from knowledge.answering import derive
from knowledge.answering.agreement import convention_words, judge
from knowledge.answering.derive import Convention
from knowledge.answering.lookup import (
    _CLOSE,
    MAX_BREAKDOWN,
    MAX_CLAIMS,
    _Cand,
    _claim,
    _Match,
    _metrics_with_claims,
)
from knowledge.answering.rank import _consistent, _qualifier, agrees, relation, stated_span
from knowledge.lexicon.claimants import CLAIMANT_BY_NAME
from knowledge.lexicon.terms import METRIC_LABELS
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
    SourceRef,
    Subject,
)
from knowledge.questions.averages import record_lowest
from knowledge.store import ClaimStore
from knowledge.wording import KIND_NOUNS, METRIC_NOUNS, QUALIFIER_WORDS, day_text, period_words

# How a record per unit is named in the heading (cmp, issue 12 req 6).
_RECORD_SPANS = {
    PeriodKind.month: ("monthly", "monthly figures"),
    PeriodKind.week: ("weekly", "weekly figures"),
}
_RECORD_WORDS = re.compile(
    r"\b(?:record|highest|deadliest|worst|largest|biggest|heaviest|most)\b", re.IGNORECASE
)


def _verification(store: ClaimStore, source_id: str) -> str | None:
    """The source's own sentence saying the figures are not verified, if it has one."""
    return store.source_verification(source_id)


# -- saying it ---------------------------------------------------------------------------------


def _compose(
    question: str, query: Query, matches: list[_Match], notes: list[str], store: ClaimStore
) -> Answer:
    for m in matches:
        _promote_evidence(query, m)
    answered = [m for m in matches if m.fits]
    asked = _asked_words(query)
    if not answered:
        return _no_figure(question, query, matches, notes, asked, store)

    paragraphs: list[str] = []
    shown: list[_Cand] = []
    disagreement = False
    for m in answered:
        budget = (MAX_BREAKDOWN if m.breakdown else MAX_CLAIMS) - len(shown)
        if budget <= 0:
            break
        lines, used, disagrees = _figure_paragraph(store, query, m, asked, budget)
        paragraphs.append("\n".join(lines))
        shown += used
        disagreement = disagreement or disagrees
    missing = [m for m in matches if not m.fits]
    if missing:
        names = _join([METRIC_LABELS[m.metric] for m in missing], last=", or ")
        where = f" {asked}" if asked else ""
        paragraphs.append(f"I have no figures{where} for {names}.")
    notes = notes + [n for n in _definition_notes(query, answered, shown, store)]
    body_parts = paragraphs + notes
    body = "\n\n".join(p for p in body_parts if p)
    claims = _related_claims(store, query, shown)
    caveat = _caveat(store, claims)
    return Answer(
        question=question,
        # Killed and wounded together is no answer to "how many died" (requirement 4).
        answered=any(not m.kind_fallback for m in answered),
        text=f"{body}\n\n{caveat}",
        body=body,
        caveat=caveat,
        claims=claims,
        query=query,
        period=asked or None,
        disagreement=disagreement,
        notes=notes,
        suggestions=[],
    )


# Relations that answer the asked period at least in part (issue 12, requirement 3).
_EVIDENCE_ORDER = [Relation.exact, Relation.day_off, Relation.inside, Relation.stated_within]
_EVIDENCE = frozenset(_EVIDENCE_ORDER)


def _promote_evidence(query: Query, m: _Match) -> None:
    """No figure for exactly the asked period: the pointers stated within it, inside it or a
    day off answer it in part, and are shown first as such. Never another claimant's figure
    when one was named, nor a killed-and-wounded figure for deaths."""
    if m.fits or m.no_claimant or m.no_metric:
        return
    asked_kind = query.personnel_kind
    evidence = [
        c
        for c in m.pointers
        if relation(c, query) in _EVIDENCE
        and (asked_kind in (None, PersonnelKind.casualties) or c.personnel_kind == asked_kind)
        and _answers_in_part(c, query)
    ]
    if evidence:
        evidence.sort(key=lambda c: _EVIDENCE_ORDER.index(relation(c, query)))
        m.fits, m.partial = evidence, True
        m.pointers = [c for c in m.pointers if c not in evidence]


def _answers_in_part(c: _Cand, query: Query) -> bool:
    """A running total (or a figure without a period) says nothing of one period's losses: it
    is evidence for a total, or for what a named claimant said during the period; a shorter
    period is none for a total."""
    if query.figure == Figure.total:
        return c.kind == PeriodKind.cumulative
    stated = c.kind in (PeriodKind.cumulative, PeriodKind.unspecified)
    return not stated or query.claimant is not None or query.claimant_side is not None


def _relation(c: _Cand, query: Query) -> Relation:
    """The candidate's relation to the question: decided while matching or comparing (a
    reading by report date is a day off), else from its period."""
    return c.relation or relation(c, query)


def _related_claims(store: ClaimStore, query: Query, shown: Sequence[_Cand]) -> list[Claim]:
    """The shown candidates as claims, each carrying its relation to the asked period."""
    return [_claim(store, c).model_copy(update={"relation": _relation(c, query)}) for c in shown]


def _figure_paragraph(
    store: ClaimStore, query: Query, m: _Match, asked: str, budget: int
) -> tuple[list[str], list[_Cand], bool]:
    lines = [_heading(query, m, asked)]
    used: list[_Cand] = []
    # The same figure for the same period from the same claimant, reported by several
    # outlets, is one line that names them all.
    groups: dict[tuple[Any, ...], list[_Cand]] = {}
    computed = [c for c in m.fits if c.claim is not None and c.claim.derivation][:2]
    published = [c for c in m.fits if c not in computed]
    # A figure computed from the daily series always gets its place beside the articles'.
    chosen = published[: max(1, budget - len(computed))] + computed
    if m.breakdown:
        chosen, published = m.fits[:budget], m.fits  # one line per unit, in date order
    for c in chosen[:budget] if published else computed:
        derived = c.claim is not None and bool(c.claim.derivation)
        key: tuple[Any, ...] = (c.value, c.value_max, _qualifier(c), c.claimant, c.start, c.end)
        groups.setdefault((*key, id(c)) if derived else key, []).append(c)
    for group in groups.values():
        lines.append(_line(store, group[0], also=group[1:]))
        used += group
    pairs = [(a, b) for a, b in m.siblings if a in used][: max(0, budget - len(used))]
    for _fit, other in pairs:
        lines.append(_line(store, other))
        used.append(other)
    if m.breakdown and query.prefer_kind == PeriodKind.month and query.period_start:
        assert query.period_end is not None
        first = max(query.period_start, WAR_START)
        months = (
            (query.period_end.year - first.year) * 12 + query.period_end.month - first.month + 1
        )
        have = len({(c.start, c.end) for c in m.fits})
        if have < months:
            lines.append(f"I have figures for {have} of those {months} months.")
    disagrees = False
    if len(used) > 1 and query.figure != Figure.record and not m.breakdown:
        disagrees = _disagreement_lines(store, m.metric, used, lines)
    for fit, other in pairs:
        source = _source_name(store.source(fit.source_id))
        lines.append(
            f"These disagree: {source} gives the same figure, {_figure(fit)}, for "
            f"{period_words(fit.kind, fit.start, fit.end, short=True)} and for "
            f"{period_words(other.kind, other.start, other.end, short=True)}, "
            "so which day it belongs to is uncertain."
        )
        disagrees = True
    lines += _closing_notes(store, query, m, used)
    return lines, used, disagrees


def _heading(query: Query, m: _Match, asked: str) -> str:
    """The line that says which figures follow."""
    subject = "Russian" if query.subject == Subject.russia else "Ukrainian"
    noun = METRIC_NOUNS[m.metric][0]
    if m.metric == Metric.personnel and query.personnel_kind is not None and not m.kind_fallback:
        # "Russian personnel losses" would hide that these are prisoners, or deaths only.
        noun = KIND_NOUNS.get(query.personnel_kind, noun)
    if query.figure == Figure.record:
        where = f" {asked}" if asked else ""
        kind = query.prefer_kind or PeriodKind.day
        span, among = _RECORD_SPANS.get(kind, ("single-day", "daily figures"))
        high = "Lowest" if record_lowest(query.text) else "Highest"
        heading = f"{high} {span} {subject} {noun} losses{where} among the {among} I have:"
    elif m.kind_fallback:
        # Deaths asked, killed-and-wounded found: not the answer, and said so first.
        heading = (
            f"I have no figure counting only the dead among {subject} personnel losses"
            f"{' ' + asked if asked else ''}. What I have counts killed and wounded together, "
            "so it is not a count of the dead:"
        )
    elif m.breakdown and query.prefer_kind is not None:
        unit = _UNIT_WORDS.get(query.prefer_kind, query.prefer_kind.value)
        heading = (
            f"{subject} {noun} losses {asked}, {unit} by {unit}, as published "
            "(I do not add them up):"
        )
    elif m.partial:
        heading = _PARTIAL_HEADINGS[_relation(m.fits[0], query)].format(
            what=f"{subject} {noun} losses {asked}"
        )
    elif query.figure == Figure.latest:
        heading = f"{subject} {noun} losses, the latest figure I have:"
    else:
        heading = f"{subject} {noun} losses {asked}:"
    return heading


def _stated_span_notes(query: Query, used: list[_Cand]) -> list[str]:
    """A total an article dates only by "last week" was stated some time in that week: when
    the week reaches past the asked period, say so (requirement 3: how it answers in part)."""
    if query.period_start is None or query.period_end is None:
        return []
    notes = []
    for c in used:
        span = stated_span(c)
        if span is None or relation(c, query) != Relation.stated_within:
            continue
        first, last, words = span
        if query.period_start <= first and last <= query.period_end:
            continue
        asked = period_words(query.period_kind, query.period_start, query.period_end, short=True)
        published = f" of {day_text(c.published)}" if c.published else ""
        notes.append(
            f'The article{published} dates {_figure(c)} only as "{words}": it was stated '
            f"some time between {day_text(first)} and {day_text(last)}, which overlaps "
            f"{asked}. It is a running total since the start of the invasion, not the "
            f"losses of {asked} alone."
        )
    return notes


# The first line when no figure has exactly the asked period, by how the best one relates.
_PARTIAL_HEADINGS: dict[Relation, str] = {
    Relation.exact: "{what}:",
    Relation.day_off: (
        "I have no figure dated exactly as asked for {what}; this one is a day off, as a "
        "morning report covers the previous day's fighting:"
    ),
    Relation.inside: "I have no figure for {what} as a whole; these answer it in part:",
    Relation.stated_within: (
        "I have no figure for {what} as a whole; these were stated during that period:"
    ),
}


def _closing_notes(store: ClaimStore, query: Query, m: _Match, used: list[_Cand]) -> list[str]:
    """What the reader must know about the figures shown: a high is not a record, another
    body of the same side, a nearby period, killed-and-wounded for deaths."""
    notes: list[str] = []
    if query.figure == Figure.record and m.fits:
        top = _claim(store, m.fits[0])
        if not top.derivation:
            if _RECORD_WORDS.search(top.quote):
                notes.append("The article itself describes this figure as a high or a record.")
            unit = "monthly" if query.prefer_kind == PeriodKind.month else "daily"
            seen = f"the newest {unit} figures" if m.record_capped else f"the {unit} figures I have"
            notes.append(f"This is the highest of {seen}, not necessarily the record.")
    if query.claimant and used and all(c.claimant != query.claimant for c in used):
        names = _join(list(dict.fromkeys(c.claimant for c in used)))
        notes.append(
            f"I have no such figure from {query.claimant} itself; {names} "
            f"{'is' if ' and ' not in names else 'are'} another official source on the same side."
        )
    notes += _stated_span_notes(query, used)
    if m.fits and m.fits[0].category == _CLOSE and not m.partial:
        if query.figure == Figure.total and query.period_end is not None:
            notes.append(
                f"I have no total for {day_text(query.period_end)} itself; this is the nearest "
                "earlier one."
            )
        else:
            notes.append("This period is close to, not exactly, the one you asked about.")
    return notes


_UNIT_WORDS = {PeriodKind.day: "day", PeriodKind.week: "week", PeriodKind.month: "month",
               PeriodKind.year: "year"}  # fmt: skip


def _against_tally(
    store: ClaimStore, metric: Metric, article: _Cand, tally: _Cand, lines: list[str]
) -> bool:
    """A published figure against the daily tally, by the one notion of agreement `bot check`
    uses (`answering.agreement`): agreeing under either day convention is agreeing, and the
    convention is named. True when no reading agrees."""
    found = derive.find_series(store, metric)
    judged = judge(store, found[0], _claim(store, article)) if found else "no series"
    if isinstance(judged, str):
        judged_agrees = agrees(article.value, article.value_max, _qualifier(article), tally.value)
        if not judged_agrees:
            lines.append(_differ_line(article, tally))
        return not judged_agrees
    reading = judged.agreeing
    if reading is None:
        lines.append(_differ_line(article, tally))
        return True
    if reading.convention.startswith(Convention.fighting.value):
        same = (article.value, article.value_max) == (reading.value, None)
        how = "they are the same" if same else "it lies within what the published one allows"
        lines.append(
            f"The published figure ({_figure(article)}) agrees with the daily tally "
            f"{convention_words(reading)}: {how}."
        )
        return False
    if reading.convention.startswith(Convention.reported.value):
        article.relation = Relation.day_off
    lines.append(
        f"The published figure ({_figure(article)}) agrees with the daily tally "
        f"{convention_words(reading)}: {reading.derivation} By day of fighting the tally gives "
        f"{_figure(tally)}; the two differ only in how the reports are dated, not in substance."
    )
    return False


def _differ_line(article: _Cand, tally: _Cand) -> str:
    """A published figure no reading of the tally allows: by how much, said plainly."""
    return (
        f"The figure computed from the daily tally ({_figure(tally)}) and the published "
        f"one ({_figure(article)}) differ by {abs(article.value - tally.value):,}, under "
        "either day convention."
    )


def _disagreement_lines(
    store: ClaimStore, metric: Metric, fits: list[_Cand], lines: list[str]
) -> bool:
    """Figures for the same period that differ: say so, and by how much when there are two."""
    by_period: dict[tuple[dt.date | None, dt.date | None], list[_Cand]] = {}
    for c in fits:
        by_period.setdefault((c.start, c.end), []).append(c)
    found = False
    for both in by_period.values():
        # Published figures against each other here; against the daily tally below.
        group = [c for c in both if c.claim is None or not c.claim.derivation]
        values = list(dict.fromkeys((c.value, c.value_max) for c in group))
        if len(values) < 2 or all(_consistent(a, b) for a in group for b in group):
            continue
        found = True
        parts = [f"{_figure(c)} ({c.claimant})" for c in group]
        sentence = "These figures for the same period disagree: " + " vs ".join(parts) + "."
        exact = [c for c in group if c.value_max is None]
        if len(values) == 2 and len(exact) == len(group):
            first, second = values[0][0], values[1][0]
            sentence += f" They differ by {abs(first - second):,}."
        lines.append(sentence)
    for group in by_period.values():
        computed = [c for c in group if c.claim is not None and c.claim.derivation]
        published = [c for c in group if c not in computed]
        if computed and published:
            found = _against_tally(store, metric, published[0], computed[0], lines) or found
    return found


def _line(store: ClaimStore, c: _Cand, also: Sequence[_Cand] = ()) -> str:
    line = _one_line(store, c)
    if also:
        others = "; ".join(_source_text(_claim(store, o).source) for o in also)
        line += f" Also reported by: {others}."
    return line


def _one_line(store: ClaimStore, c: _Cand) -> str:
    claim = _claim(store, c)
    words = period_words(claim.period_kind, c.start, claim.period_end)
    if claim.date_uncertain:
        words += " (date uncertain: the article has no publication date)"
    if claim.derivation:
        line = (
            f"- {_figure(c)} {words}, computed from {claim.claimant}'s daily figures "
            f"({_source_text(claim.source)}). {claim.derivation}"
        )
        return line
    if _unattributed(claim.claimant):
        return (
            f"- {_figure(c)} {words}, according to {_source_name(claim.source)}, which does not "
            f"say whose figure it is ({_source_text(claim.source)})."
        )
    who = _the(claim.claimant)
    return f"- {_figure(c)} {words}, according to {who} ({_source_text(claim.source)})."


def _unattributed(claimant: str) -> bool:
    return claimant.lower().startswith("unattributed")


def _the(name: str) -> str:
    """ "the UK Ministry of Defence" in running text (stored names are bare)."""
    return f"the {name}" if name.startswith(("UK ", "US ", "U.S. ")) else name


def _who(claimant: str) -> str:
    return (
        "an unnamed source (the outlet does not say whose figure it is)"
        if _unattributed(claimant)
        else _the(claimant)
    )


def _figure(c: _Cand) -> str:
    words = QUALIFIER_WORDS.get(_qualifier(c), "")
    if c.value_max is not None and c.value_max != c.value:
        return f"{words}{c.value:,} to {c.value_max:,}"
    return f"{words}{c.value:,}"


def _source_name(source: SourceRef | None) -> str:
    if source is None:
        return "the source"
    return source.publisher or source.title or source.id


def _source_text(source: SourceRef) -> str:
    parts = [_source_name(source)]
    if source.kind == SourceKind.series:
        parts[0] = source.title or source.publisher or "daily tally"
    if source.published:
        parts.append(day_text(source.published))
    if source.url:
        parts.append(source.url)
    return ", ".join(parts)


def _definition_notes(
    query: Query, matches: list[_Match], shown: list[_Cand], store: ClaimStore
) -> list[str]:
    notes: list[str] = []
    personnel = [c for c in shown if _claim(store, c).metric == Metric.personnel]
    if not personnel:
        return notes
    kinds = {c.personnel_kind for c in personnel}
    ukrainian_counts = any(
        _side(c.claimant) == "ukraine" and c.personnel_kind in (None, "unspecified", "casualties")
        for c in personnel
    )
    if ukrainian_counts:
        notes.append(
            'Ukraine\'s "personnel" losses figure counts killed and wounded together; '
            "it is not a death toll."
        )
    elif "casualties" in kinds:
        notes.append("A casualties figure counts killed and wounded together.")
    if "killed" in kinds:
        notes.append("A death toll counts only the dead, not the wounded.")
    return notes


def _side(claimant: str) -> str | None:
    known = CLAIMANT_BY_NAME.get(claimant)
    if known:
        return known.side
    lowered = claimant.lower()
    if "ukrain" in lowered or "kyiv" in lowered:
        return "ukraine"
    if "russia" in lowered or "kremlin" in lowered or "moscow" in lowered:
        return "russia"
    return None


def _caveat(store: ClaimStore, claims: list[Claim]) -> str:
    claimants = list(dict.fromkeys(_who(c.claimant) for c in claims))
    who = _join(claimants)
    if len(claims) == 1:
        sentence = f"This figure is claimed by {who} and has not been independently verified."
    else:
        sentence = f"These figures are claimed by {who}; none has been independently verified."
    parts = [sentence]
    quoted = 0
    for source_id in dict.fromkeys(c.source.id for c in claims if not c.derivation):
        if quoted >= 2:
            break
        wording = _verification(store, source_id)
        if wording:
            ref = next(c.source for c in claims if c.source.id == source_id)
            parts.append(f'{_source_name(ref)} wrote: "{_shorten(wording, 260)}"')
            quoted += 1
    if any(c.derivation for c in claims):
        parts.append(
            "Figures computed from the daily tally are differences of cumulative figures "
            "that Ukraine's General Staff publishes; they are its claims too."
        )
    return " ".join(parts)


def _no_figure(
    question: str,
    query: Query,
    matches: list[_Match],
    notes: list[str],
    asked: str,
    store: ClaimStore,
) -> Answer:
    subject = "Russian" if query.subject == Subject.russia else "Ukrainian"
    paragraphs: list[str] = []
    suggestions: list[str] = []
    who = _claimant_words(query)
    apart: list[_Cand] = []  # what others claim, when the named claimant has nothing
    for m in matches[:4]:
        noun = METRIC_NOUNS[m.metric][0]
        plural = METRIC_NOUNS[m.metric][1]
        if m.no_metric:
            available = _metrics_with_claims(store).get(query.subject, [])
            if available:
                names = _join([METRIC_LABELS[x] for x in available])
                paragraphs.append(
                    f"I have no figures on {subject} {noun} losses. "
                    f"I have {subject} figures for: {names}."
                )
                suggestions.append(f"{subject} {METRIC_NOUNS[available[0]][0]} losses in total")
            else:
                paragraphs.append(f"I have no figures on {subject} losses at all.")
                if query.subject == Subject.ukraine:
                    suggestions.append(f"Russian {noun} losses in total")
            continue
        if m.no_claimant:
            paragraphs.append(_no_claimant_lead(m, subject, noun, who))
            if m.others:
                paragraphs.append(_others_apart(store, m.others, who))
                apart += m.others
                continue
        else:
            if m.metric == Metric.personnel and query.personnel_kind in _ONLY_KINDS:
                lead = (
                    f"I have no figure counting only the {_ONLY_KINDS[query.personnel_kind]} "
                    f"among {subject} personnel losses {asked}"
                ).rstrip()
            else:
                lead = f"I have no figure for {subject} {noun} losses {asked}".rstrip()
            if who:
                lead += f" from {who}"
            paragraphs.append(lead + ".")
        pointer_words = _pointer_words(m.pointers)
        if pointer_words:
            paragraphs.append(f"I have {plural} figures for {_join(pointer_words)}.")
            for c in m.pointers[:2]:
                suggestions.append(_suggestion(query, m.metric, c))
    if not paragraphs:
        paragraphs.append("I have no figure for that.")
    body = "\n".join(paragraphs)
    if notes:
        body += "\n\n" + "\n".join(notes)
    claims = _related_claims(store, query, apart)
    caveat = _caveat(store, claims) if claims else None
    return Answer(
        question=question,
        answered=False,
        text=f"{body}\n\n{caveat}" if caveat else body,
        body=body,
        caveat=caveat,
        claims=claims,
        query=query,
        period=asked or None,
        notes=notes,
        suggestions=list(dict.fromkeys(suggestions))[:4],
    )


_ONLY_KINDS = {PersonnelKind.wounded: "wounded", PersonnelKind.captured: "captured"}


def _no_claimant_lead(m: _Match, subject: str, noun: str, who: str) -> str:
    """ "No figure from X in my sources" (issue 12, requirement 4): the first line."""
    lead = f"No {subject} {noun} figure from {who} in my sources."
    if m.absence_partial:
        lead = f"I found no {subject} {noun} figure from {who} among the newest ones."
    if m.others:
        return lead
    others = _join(m.other_claimants) if m.other_claimants else "other sources"
    verb = "do" if len(m.other_claimants) > 1 or _plural(others) else "does"
    return f"{lead} {others[:1].upper()}{others[1:]} {verb} report them."


def _others_apart(store: ClaimStore, others: list[_Cand], who: str) -> str:
    """What others claim, under its own heading so that no figure reads as the named one's."""
    names = _join(list(dict.fromkeys(_who(c.claimant) for c in others)))
    lines = [f"\nWhat others claim instead (not {who}; {names}):"]
    lines += [_line(store, c) for c in others]
    return "\n".join(lines)


def _pointer_words(pointers: list[_Cand]) -> list[str]:
    words: list[str] = []
    for c in pointers:
        if c.kind == PeriodKind.cumulative or (c.start == WAR_START and c.end):
            if c.end is None:
                continue
            text = f"the total as of {day_text(c.end)}"
        else:
            text = period_words(c.kind, c.start, c.end, short=True)
        if text not in words:
            words.append(text)
        if len(words) == 3:
            break
    return words


def _suggestion(query: Query, metric: Metric, c: _Cand) -> str:
    subject = "Russian" if query.subject == Subject.russia else "Ukrainian"
    noun = METRIC_NOUNS[metric][0]
    if c.kind == PeriodKind.cumulative and c.end:
        return f"{subject} {noun} losses in total as of {day_text(c.end)}"
    return f"{subject} {noun} losses {period_words(c.kind, c.start, c.end)}"


def _asked_words(query: Query) -> str:
    if query.figure == Figure.total:
        if query.period_end is not None:
            return f"in total as of {day_text(query.period_end)}"
        return "in total"
    if query.figure == Figure.latest:
        return ""
    if query.open_end and query.period_start is not None:
        return f"since {day_text(query.period_start)}"
    if query.period_start is None:
        return ""
    return period_words(query.period_kind, query.period_start, query.period_end)


def _claimant_words(query: Query) -> str:
    if query.claimant:
        if query.claimant_side in ("ukraine", "russia"):
            other = "Ukrainian" if query.claimant_side == "ukraine" else "Russian"
            return f"{query.claimant} (or any other {other} official source)"
        return _the(query.claimant)
    if query.claimant_side == "ukraine":
        return "Ukrainian official sources"
    if query.claimant_side == "russia":
        return "Russian official sources"
    if query.claimants:
        return _join([_the(c) for c in query.claimants])
    return ""


def _not_a_question(question: str, query: Query, store: ClaimStore) -> Answer:
    available = _metrics_with_claims(store).get(Subject.russia, [])
    have = _join([METRIC_LABELS[m] for m in available]) if available else "nothing yet"
    examples = [
        "Russian losses in November 2024",
        "How many tanks has Russia lost in total?",
        "What does the Kremlin say about its losses?",
    ]
    if query.intent == Intent.greeting:
        lead = "Hello!"
    elif query.intent == Intent.empty:
        lead = "Please ask a question."
    elif query.intent == Intent.help:
        lead = ""
    elif query.intent == Intent.unsupported and query.notes:
        lead = f"Sorry, I cannot answer that: {query.notes[-1][0].lower()}{query.notes[-1][1:]}"
    elif re.match(r"\s*(?:thanks|thank\s+you|thx|cheers)\b", question, re.IGNORECASE):
        lead = "You're welcome!"
    elif _mostly_non_latin(question):
        lead = "Sorry, I only understand questions in English."
    else:
        lead = "Sorry, I can only answer questions about military losses."
    intro = (
        "I answer questions about military losses in the Russia–Ukraine war from claims "
        "published in the news, always saying who claims a figure and where it was reported. "
        f"I have figures on Russian {have}."
    )
    text = f"{lead} {intro}".strip() + " For example: " + "; ".join(f'"{e}"' for e in examples)
    text += "."
    return Answer(
        question=question,
        answered=False,
        text=text,
        body=text,
        query=query,
        suggestions=examples,
    )


# -- words -------------------------------------------------------------------------------------


def _join(items: Iterable[str], *, last: str = " and ") -> str:
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return items[0] + last.lstrip(",") + items[1]
    return ", ".join(items[:-1]) + last + items[-1]


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _plural(name: str) -> bool:
    """ "media reports", "Ukrainian officials": a claimant named in the plural."""
    return name.rstrip().endswith(("reports", "officials", "forces", "authorities"))


def _mostly_non_latin(text: str) -> bool:
    """Questions written mostly in another script (Cyrillic, Arabic...)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) < len(letters) / 2
