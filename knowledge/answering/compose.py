"""Saying it: the answer's text, pointers and caveat, from ranked claims, in the language set
by `wording.in_language` (every phrase through `wording.say`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from knowledge.answering import derive
from knowledge.answering.agreement import convention_words, judge
from knowledge.answering.candidate import (
    CLOSE,
    Candidate,
    agrees,
    claim_of,
    consistent,
    qualifier,
)
from knowledge.answering.derive import Convention
from knowledge.answering.lookup import (
    MAX_BREAKDOWN,
    MAX_CLAIMS,
    _Match,
    _metrics_with_claims,
)
from knowledge.answering.rank import relation, stated_span
from knowledge.lexicon.claimants import CLAIMANT_BY_NAME, claimant_side, relayed_parts
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
from knowledge.questions.cyrillic import as_english
from knowledge.store import ClaimStore
from knowledge.wording import (
    capital,
    claimant_text,
    day_text,
    join,
    language,
    losses,
    metric_label,
    metric_noun,
    number,
    outlet_text,
    period_words,
    qualified,
    say,
    side_word,
)

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


def compose_answer(
    question: str, query: Query, matches: list[_Match], notes: list[str], store: ClaimStore
) -> Answer:
    for m in matches:
        promote_evidence(query, m)
    answered = [m for m in matches if m.fits]
    asked = _asked_words(query)
    if not answered:
        return _no_figure(question, query, matches, notes, asked, store)

    paragraphs: list[str] = []
    shown: list[Candidate] = []
    disagreement = False
    for m in answered:
        listed = m.breakdown or bool(query.figure == Figure.record and query.ranked)
        budget = (MAX_BREAKDOWN if listed else MAX_CLAIMS) - len(shown)
        if budget <= 0:
            break
        lines, used, disagrees = _figure_paragraph(store, query, m, asked, budget)
        paragraphs.append("\n".join(lines))
        shown += used
        disagreement = disagreement or disagrees
    absent = _named_bodies_absent(query, shown)
    if absent:  # "Oryx vs the General Staff"
        paragraphs.insert(0, say("nofig.from_none", who=join(absent)))
    missing = [m for m in matches if not m.fits]
    if missing:
        names = join(
            [metric_label(m.metric, METRIC_LABELS[m.metric]) for m in missing], word="join.or"
        )
        paragraphs.append(_tidy(say("nofig.metrics", asked=asked, names=names)))
    notes = notes + [n for n in _definition_notes(query, answered, shown, store)]
    body_parts = paragraphs + notes
    body = "\n\n".join(p for p in body_parts if p)
    claims = _related_claims(store, query, shown)
    caveat = caveat_text(store, claims)
    return Answer(
        question=question,
        # Killed and wounded together is no answer to "how many died" (requirement 4).
        # Bodies set against each other with one of them absent ("is Oryx's count higher than
        # the General Staff's?"): the other's figure is shown, but what was asked is not known.
        answered=any(not m.kind_fallback for m in answered)
        and not (absent and _SET_AGAINST.search(as_english(question))),
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


# Words that set two claimants' figures against each other.
_SET_AGAINST = re.compile(
    r"\b(?:higher|lower|more|fewer|less|bigger|smaller|greater|larger|than|vs\.?|versus|"
    r"compar\w*|differ\w*|match\w*|agree\w*|against)\b"
)


# Sides whose bodies are in a question's claimants only when named (a side named expands to
# all its bodies): an independent counter or a foreign government.
_NAMED_ONLY_SIDES = frozenset({"independent", "uk", "us", "western"})


def _named_bodies_absent(query: Query, shown: list[Candidate]) -> list[str]:
    """The bodies a question named beside others ("is the Oryx count higher than the General
    Staff's?") none of whose figures is shown: said first, never dropped silently. Empty when
    one claimant was asked (its own refusal says so) or a whole group was ("independent
    counts")."""
    if query.claimant is not None or len(query.claimants) < 2:
        return []
    named = [name for name in query.claimants if claimant_side(name) in _NAMED_ONLY_SIDES]
    if not named or len(named) > 2:
        return []
    showing = {c.claimant for c in shown}
    return [name for name in named if name not in showing]


# Relations that answer the asked period at least in part (issue 12, requirement 3).
_EVIDENCE_ORDER = [Relation.exact, Relation.day_off, Relation.inside, Relation.stated_within]
_EVIDENCE = frozenset(_EVIDENCE_ORDER)


def promote_evidence(query: Query, m: _Match) -> None:
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


def _answers_in_part(c: Candidate, query: Query) -> bool:
    """A running total (or a figure without a period) says nothing of one period's losses: it
    is evidence for a total, or for what a named claimant said during the period; a shorter
    period is none for a total."""
    if query.figure == Figure.total:
        return c.kind == PeriodKind.cumulative
    stated = c.kind in (PeriodKind.cumulative, PeriodKind.unspecified)
    if not stated and _too_small_a_part(c, query):
        return False
    return not stated or query.claimant is not None or bool(query.claimant_side or query.claimants)


# A published figure for one day, or for less than this share of the asked period, says
# nothing of a period longer than a week as a whole ("how many died in 2023": one day's 1,030
# is no part answer for the year; a week of a quarter still is): it stays a pointer. The
# tally's own figure for the part it covers is all there is: it stays.
_LEAST_PART = 30


def _too_small_a_part(c: Candidate, query: Query) -> bool:
    """Whether published `c` is too small a part of the asked period to answer it in part."""
    computed = c.claim is not None and bool(c.claim.derivation)
    if query.period_start is None or query.period_end is None or c.start is None or computed:
        return False
    asked = (query.period_end - query.period_start).days + 1
    covered = ((c.end or c.start) - c.start).days + 1
    return asked > 7 and (covered == 1 or covered * _LEAST_PART < asked)


def _relation(c: Candidate, query: Query) -> Relation:
    """The candidate's relation to the question: decided while matching or comparing (a
    reading by report date is a day off), else from its period."""
    return c.relation or relation(c, query)


def _related_claims(store: ClaimStore, query: Query, shown: Sequence[Candidate]) -> list[Claim]:
    """The shown candidates as claims, each carrying its relation to the asked period."""
    return [claim_of(store, c).model_copy(update={"relation": _relation(c, query)}) for c in shown]


def _figure_paragraph(
    store: ClaimStore, query: Query, m: _Match, asked: str, budget: int
) -> tuple[list[str], list[Candidate], bool]:
    lines = [_heading(query, m, asked)]
    used: list[Candidate] = []
    # The same figure for the same period from the same claimant, reported by several
    # outlets, is one line that names them all.
    groups: dict[tuple[Any, ...], list[Candidate]] = {}
    computed = [c for c in m.fits if c.claim is not None and c.claim.derivation][:2]
    published = [c for c in m.fits if c not in computed]
    # A figure computed from the daily series always gets its place beside the articles'.
    chosen = published[: max(1, budget - len(computed))] + computed
    if m.breakdown or (query.figure == Figure.record and query.ranked):
        # one line per unit, in date order; a ranking's days in their rank
        chosen, published = m.fits[:budget], m.fits
    for c in chosen[:budget] if published else computed:
        derived = c.claim is not None and bool(c.claim.derivation)
        key: tuple[Any, ...] = (c.value, c.value_max, qualifier(c), c.claimant, c.start, c.end)
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
        have = len({(c.start, c.end) for c in m.fits if c.kind == PeriodKind.month})
        if have < months:
            lines.append(say("months_have", have=have, months=months))
    disagrees = False
    if len(used) > 1 and query.figure != Figure.record and not m.breakdown:
        disagrees = _disagreement_lines(store, m.metric, used, lines)
    for fit, other in pairs:
        source = _source_name(store.source(fit.source_id))
        lines.append(
            say(
                "disagree.same_figure",
                source=source,
                figure=_figure(fit),
                first=period_words(fit.kind, fit.start, fit.end, short=True),
                second=period_words(other.kind, other.start, other.end, short=True),
            )
        )
        disagrees = True
    lines += _closing_notes(store, query, m, used)
    return lines, used, disagrees


def _heading(query: Query, m: _Match, asked: str) -> str:
    """The line that says which figures follow."""
    kind = query.personnel_kind
    # "Russian personnel losses" would hide that these are prisoners, or deaths only.
    shown_kind = kind if m.metric == Metric.personnel and not m.kind_fallback else None
    what = losses(query.subject, m.metric, shown_kind, label=_category(query, m.metric))
    if query.figure == Figure.record:
        span_kind = query.prefer_kind or PeriodKind.day
        unit = span_kind.value if span_kind in (PeriodKind.week, PeriodKind.month) else "day"
        high = say("record.lowest" if record_lowest(query.text) else "record.highest")
        if query.ranked:  # "the five worst days": how many, as asked
            low = record_lowest(query.text)
            high = say("record.lowest_n" if low else "record.highest_n", count=query.ranked)
        heading = say(
            "heading.record",
            high=high,
            span=say(f"record.span_{unit}"),
            losses=what,
            asked=asked,
            among=say(f"record.among_{unit}"),
        )
    elif m.kind_fallback:
        # Deaths asked, killed-and-wounded found: not the answer, and said so first.
        heading = say("heading.kind_fallback", side=side_word(query.subject), asked=asked)
    elif m.breakdown and query.prefer_kind is not None:
        by = say(_BY_UNIT.get(query.prefer_kind, "by.day"))
        heading = say("heading.breakdown", losses=what, asked=asked, by=by)
    elif m.partial:
        relation_key = _PARTIAL_HEADINGS[_relation(m.fits[0], query)]
        heading = say(relation_key, what=_tidy(f"{what} {asked}"))
    elif query.figure == Figure.latest:
        heading = say("heading.latest", losses=what)
    else:
        heading = say("heading.plain", losses=what, asked=asked)
    return capital(_tidy(heading))


def _tidy(text: str) -> str:
    """A phrase with an empty blank: no doubled space, none before punctuation."""
    return re.sub(r" +([:;,.])", r"\1", re.sub(r"  +", " ", text))


def _stated_span_notes(query: Query, used: list[Candidate]) -> list[str]:
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
        published = say("compose.article_of", day=day_text(c.published)) if c.published else ""
        notes.append(
            say("compose.stated_within", published=published, figure=_figure(c), words=words,
                first=day_text(first), last=day_text(last), asked=asked)
        )  # fmt: skip
    return notes


# The first line when no figure has exactly the asked period, by how the best one relates.
_PARTIAL_HEADINGS: dict[Relation, str] = {
    Relation.exact: "partial.exact",
    Relation.day_off: "partial.day_off",
    Relation.inside: "partial.inside",
    Relation.stated_within: "partial.stated_within",
}


def _closing_notes(store: ClaimStore, query: Query, m: _Match, used: list[Candidate]) -> list[str]:
    """What the reader must know about the figures shown: a high is not a record, another
    body of the same side, a nearby period, killed-and-wounded for deaths."""
    notes: list[str] = []
    if query.figure == Figure.record and m.fits:
        top = claim_of(store, m.fits[0])
        if not top.derivation:
            if _RECORD_WORDS.search(top.quote):
                notes.append(say("note.record_itself"))
            unit = "monthly" if query.prefer_kind == PeriodKind.month else "daily"
            newest = "newest_" if m.record_capped else ""
            notes.append(say(f"note.highest_{newest}{unit}"))
    if query.claimant and used and all(c.claimant != query.claimant for c in used):
        notes.append(_not_their_own(query.claimant, [c.claimant for c in used]))
    notes += _stated_span_notes(query, used)
    if m.fits and m.fits[0].category == CLOSE and not m.partial:
        if query.figure == Figure.total and query.period_end is not None:
            notes.append(say("note.nearest_total", day=day_text(query.period_end)))
        else:
            notes.append(say("note.close_period"))
    return notes


def _not_their_own(asked: str, shown: list[str]) -> str:
    """Why the figures shown are not the asked claimant's own: another official body of its
    side, or the press it cites ("media reports, as Ukraine's President cites them")."""
    cited = [relayed_parts(c)[0] for c in shown if relayed_parts(c)[1] == asked]
    if cited and len(cited) == len(shown):
        names = join([claimant_text(c) for c in dict.fromkeys(cited)])
        return say("note.cited_not_own", claimant=claimant_text(asked), names=names)
    bodies = list(dict.fromkeys(claimant_text(c) for c in shown))
    key = "note.other_body_one" if len(bodies) == 1 else "note.other_body_many"
    return say(key, claimant=claimant_text(asked), names=join(bodies))


_BY_UNIT = {PeriodKind.day: "by.day", PeriodKind.week: "by.week", PeriodKind.month: "by.month",
            PeriodKind.year: "by.year"}  # fmt: skip


def _against_tally(
    store: ClaimStore, metric: Metric, article: Candidate, tally: Candidate, lines: list[str]
) -> bool:
    """A published figure against the daily tally, by the one notion of agreement `bot check`
    uses (`answering.agreement`): agreeing under either day convention is agreeing, and the
    convention is named. True when no reading agrees."""
    found = derive.find_series(store, metric)
    judged = judge(store, found[0], claim_of(store, article)) if found else "no series"
    if isinstance(judged, str):
        judged_agrees = agrees(article.value, article.value_max, qualifier(article), tally.value)
        if not judged_agrees:
            lines.append(_differ_line(article, tally))
        return not judged_agrees
    reading = judged.agreeing
    if reading is None:
        lines.append(_differ_line(article, tally))
        return True
    if reading.convention.startswith(Convention.fighting.value):
        same = (article.value, article.value_max) == (reading.value, None)
        why = say("compose.agree_same" if same else "compose.agree_within")
        lines.append(
            say("compose.agrees_fighting", figure=_figure(article),
                how_read=convention_words(reading), why=why)
        )  # fmt: skip
        return False
    if reading.convention.startswith(Convention.reported.value):
        article.relation = Relation.day_off
    lines.append(
        say("compose.agrees_reported", figure=_figure(article), how_read=convention_words(reading),
            derivation=reading.derivation, tally=_figure(tally))
    )  # fmt: skip
    return False


def _differ_line(article: Candidate, tally: Candidate) -> str:
    """A published figure no reading of the tally allows: by how much, said plainly."""
    return say(
        "tally.differ",
        tally=_figure(tally),
        published=_figure(article),
        difference=number(abs(article.value - tally.value)),
    )


def _disagreement_lines(
    store: ClaimStore, metric: Metric, fits: list[Candidate], lines: list[str]
) -> bool:
    """Figures for the same period that differ: say so, and by how much when there are two."""
    by_period: dict[tuple[dt.date | None, dt.date | None], list[Candidate]] = {}
    for c in fits:
        by_period.setdefault((c.start, c.end), []).append(c)
    found = False
    for both in by_period.values():
        # Published figures against each other here; against the daily tally below.
        group = [c for c in both if c.claim is None or not c.claim.derivation]
        values = list(dict.fromkeys((c.value, c.value_max) for c in group))
        if len(values) < 2 or all(consistent(a, b) for a in group for b in group):
            continue
        found = True
        parts = [f"{_figure(c)} ({claimant_text(c.claimant)})" for c in group]
        versus = parts[0]
        for part in parts[1:]:
            versus = say("join.versus", first=versus, second=part)
        sentence = say("disagree.period", parts=versus)
        exact = [c for c in group if c.value_max is None]
        if len(values) == 2 and len(exact) == len(group):
            first, second = values[0][0], values[1][0]
            sentence += " " + say("disagree.by", difference=number(abs(first - second)))
        lines.append(sentence)
    for group in by_period.values():
        computed = [c for c in group if c.claim is not None and c.claim.derivation]
        published = [c for c in group if c not in computed]
        if computed and published:
            found = _against_tally(store, metric, published[0], computed[0], lines) or found
    return found


def _line(store: ClaimStore, c: Candidate, also: Sequence[Candidate] = ()) -> str:
    line = one_line(store, c)
    if also:
        others = "; ".join(source_text(claim_of(store, o).source) for o in also)
        line += " " + say("line.also", others=others)
    return line


def one_line(store: ClaimStore, c: Candidate) -> str:
    claim = claim_of(store, c)
    words = period_words(claim.period_kind, c.start, claim.period_end)
    if claim.date_uncertain:
        words += " " + say("line.date_uncertain")
    source = source_text(claim.source)
    if claim.derivation:
        who = claimant_text(claim.claimant)
        return say("line.computed", figure=_figure(c), period=words, who=who, source=source,
                   how=claim.derivation)  # fmt: skip
    if _unattributed(claim.claimant):
        outlet = _source_name(claim.source)
        return say("line.unattributed", figure=_figure(c), period=words, outlet=outlet,
                   source=source)  # fmt: skip
    who = claimant_text(claim.claimant)
    return say("line.claim", figure=_figure(c), period=words, who=who, source=source)


def _unattributed(claimant: str) -> bool:
    return claimant.lower().startswith("unattributed")


def with_the(name: str) -> str:
    """ "the UK Ministry of Defence" in running text (stored names are bare)."""
    return claimant_text(name)


def _who(claimant: str) -> str:
    return say("who.unnamed") if _unattributed(claimant) else claimant_text(claimant)


def _figure(c: Candidate) -> str:
    return qualified(c.value, qualifier(c), c.value_max)


def _source_name(source: SourceRef | None) -> str:
    if source is None:
        return say("source.unknown")
    return outlet_text(source.publisher or source.title or source.id)


def source_text(source: SourceRef) -> str:
    parts = [_source_name(source)]
    if source.kind == SourceKind.series:
        parts[0] = outlet_text(source.title or source.publisher or "daily tally")
    if source.published:
        parts.append(day_text(source.published))
    if source.url:
        parts.append(source.url)
    return ", ".join(parts)


def _definition_notes(
    query: Query, matches: list[_Match], shown: list[Candidate], store: ClaimStore
) -> list[str]:
    notes: list[str] = []
    personnel = [c for c in shown if claim_of(store, c).metric == Metric.personnel]
    if not personnel:
        return notes
    kinds = {c.personnel_kind for c in personnel}
    ukrainian_counts = any(
        _side(c.claimant) == "ukraine" and c.personnel_kind in (None, "unspecified", "casualties")
        for c in personnel
    )
    if ukrainian_counts:
        notes.append(say("note.ukraine_personnel"))
    elif "casualties" in kinds:
        notes.append(say("note.casualties"))
    if "killed" in kinds:
        notes.append(say("note.killed"))
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


def caveat_text(store: ClaimStore, claims: list[Claim]) -> str:
    claimants = list(dict.fromkeys(_who(c.claimant) for c in claims))
    who = join(claimants)
    parts = [say("caveat.one" if len(claims) == 1 else "caveat.many", who=who)]
    quoted = 0
    for source_id in dict.fromkeys(c.source.id for c in claims if not c.derivation):
        if quoted >= 2:
            break
        wording = _verification(store, source_id)
        if wording:
            ref = next(c.source for c in claims if c.source.id == source_id)
            parts.append(
                say("caveat.wrote", source=_source_name(ref), quote=shortened(wording, 260))
            )
            quoted += 1
    if any(c.derivation for c in claims):
        parts.append(say("caveat.tally"))
    return " ".join(parts)


def _no_figure(
    question: str,
    query: Query,
    matches: list[_Match],
    notes: list[str],
    asked: str,
    store: ClaimStore,
) -> Answer:
    paragraphs: list[str] = []
    suggestions: list[str] = []
    who = _claimant_words(query)
    apart: list[Candidate] = []  # what others claim, when the named claimant has nothing
    for m in matches[:4]:
        paragraphs.append(_absence_lead(query, m, asked, store, suggestions))
        if m.no_metric:
            continue
        if m.no_claimant:
            paragraphs[-1] = _no_claimant_lead(query, m, who)
            if m.others:
                paragraphs.append(_others_apart(store, m.others, _short_who(query, who)))
                apart += m.others
                continue
        pointer_words = _pointer_words(m.pointers)
        if pointer_words:
            # With a claimant named, the pointers are that claimant's other figures.
            noun = metric_noun(m.metric)
            periods = join(pointer_words)
            if who and not m.no_claimant:
                paragraphs.append(say("nofig.pointers_from", who=who, noun=noun, periods=periods))
            else:
                paragraphs.append(say("nofig.pointers", noun=noun, periods=periods))
            for c in m.pointers[:2]:
                suggestions.append(_suggestion(query, m.metric, c))
        if m.others:
            paragraphs.append(_others_apart(store, m.others, _short_who(query, who)))
            apart += m.others
    if not paragraphs:
        paragraphs.append(say("nofig.that"))
    body = "\n".join(paragraphs)
    if notes:
        body += "\n\n" + "\n".join(notes)
    claims = _related_claims(store, query, apart)
    caveat = caveat_text(store, claims) if claims else None
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


def _absence_lead(
    query: Query, m: _Match, asked: str, store: ClaimStore, suggestions: list[str]
) -> str:
    """The sentence saying what is missing: the metric, the claimant's figures, or the period."""
    side, who = side_word(query.subject), _claimant_words(query)
    what = losses(query.subject, m.metric, label=_category(query, m.metric))
    if m.no_metric:
        named = _named_none(query, m, who)
        return f"{named}{_no_metric_lead(query, m, store, suggestions)}"
    if m.no_claimant:
        return _no_claimant_lead(query, m, who)
    suffix = "_from" if who else ""
    if m.metric == Metric.personnel and query.personnel_kind in _ONLY_KINDS:
        kind = say(_ONLY_KINDS[query.personnel_kind])
        lead = say(f"nofig.only_kind{suffix}", kind=kind, side=side, asked=asked, who=who)
    else:
        lead = say(f"nofig.period{suffix}", losses=what, asked=asked, who=who)
    return capital(_tidy(lead))


def _named_none(query: Query, m: _Match, who: str) -> str:
    """ "No Ukrainian tank figure from Russia's Ministry of Defence in my sources. ": the asked
    claimant named first (issue 12, requirement 4), when the question named one."""
    if not who:
        return ""
    side, noun = side_word(query.subject), metric_noun(m.metric)
    return capital(say("nofig.no_claimant", side=side, noun=noun, who=_short_who(query, who))) + " "


def _no_metric_lead(query: Query, m: _Match, store: ClaimStore, suggestions: list[str]) -> str:
    """ "I have no figures on Ukrainian tank losses": the kind of loss is not in my sources."""
    side = side_word(query.subject)
    what = losses(query.subject, m.metric, label=_category(query, m.metric))
    available = _metrics_with_claims(store).get(query.subject, [])
    if available:
        names = join([metric_label(x, METRIC_LABELS[x]) for x in available])
        suggestions.append(
            capital(say("suggest.total", losses=losses(query.subject, available[0])))
        )
        return capital(say("nofig.no_metric", losses=what, side=side, names=names))
    if query.subject == Subject.ukraine:
        suggestions.append(capital(say("suggest.total", losses=losses(Subject.russia, m.metric))))
    return capital(say("nofig.no_side", side=side))


_ONLY_KINDS = {PersonnelKind.wounded: "only.wounded", PersonnelKind.captured: "only.captured"}


def _no_claimant_lead(query: Query, m: _Match, who: str) -> str:
    """ "No figure from X in my sources" (issue 12, requirement 4): the first line."""
    side, noun = side_word(query.subject), metric_noun(m.metric)
    key = "nofig.no_claimant_newest" if m.absence_partial else "nofig.no_claimant"
    lead = capital(say(key, side=side, noun=noun, who=who))
    if m.others:
        return lead
    others = join([claimant_text(c) for c in m.other_claimants]) or say("nofig.other_sources")
    # The stored (English) names tell a plural claimant ("media reports").
    many = len(m.other_claimants) != 1 or is_plural(m.other_claimants[0])
    again = say("nofig.others_many" if many else "nofig.others_one", others=others)
    return f"{lead} {capital(again)}"


def _short_who(query: Query, who: str) -> str:
    """The named claimant alone ("the Kremlin"), without "(or any other ... source)"."""
    return with_the(query.claimant) if query.claimant else who


def _others_apart(store: ClaimStore, others: list[Candidate], who: str) -> str:
    """What others claim, under its own heading so that no figure reads as the named one's."""
    names = join(list(dict.fromkeys(_who(c.claimant) for c in others)))
    lines = ["\n" + say("nofig.others_apart", who=who, names=names)]
    lines += [_line(store, c) for c in others]
    return "\n".join(lines)


def _pointer_words(pointers: list[Candidate]) -> list[str]:
    words: list[str] = []
    for c in pointers:
        if c.kind == PeriodKind.cumulative or (c.start == WAR_START and c.end):
            if c.end is None:
                continue
            text = say("pointer.total_as_of", day=day_text(c.end))
        else:
            text = period_words(c.kind, c.start, c.end, short=True)
        if text not in words:
            words.append(text)
        if len(words) == 3:
            break
    return words


def _category(query: Query, metric: Metric) -> str | None:
    """The asked category's own name ("ground robotic systems") for `other`, in English."""
    return query.category if metric == Metric.other and language() == "en" else None


def _suggestion(query: Query, metric: Metric, c: Candidate) -> str:
    what = losses(query.subject, metric, label=_category(query, metric))
    if c.kind == PeriodKind.cumulative and c.end:
        return capital(say("suggest.total_as_of", losses=what, day=day_text(c.end)))
    return capital(say("suggest.period", losses=what, period=period_words(c.kind, c.start, c.end)))


def _asked_words(query: Query) -> str:
    if query.figure == Figure.total:
        if query.period_end is not None:
            return say("period.total_as_of", day=day_text(query.period_end))
        return say("period.total")
    if query.figure == Figure.latest:
        return ""
    if query.open_end and query.period_start is not None:
        return say("period.since", day=day_text(query.period_start))
    if query.period_start is None:
        return ""
    return period_words(query.period_kind, query.period_start, query.period_end)


def _claimant_words(query: Query) -> str:
    if query.claimant:
        if query.claimant_side in ("ukraine", "russia"):
            key = f"claimant.or_other_{query.claimant_side}"
            return say(key, claimant=claimant_text(query.claimant))
        return claimant_text(query.claimant)
    if query.claimant_side in ("ukraine", "russia"):
        return say(f"official.{query.claimant_side}")
    if query.claimants:
        return join([claimant_text(c) for c in query.claimants])
    return ""


_EXAMPLES = ("example.month", "example.tanks", "example.kremlin")


def not_a_question(question: str, query: Query, store: ClaimStore) -> Answer:
    available = _metrics_with_claims(store).get(Subject.russia, [])
    if available:
        have = join([metric_label(m, METRIC_LABELS[m]) for m in available])
    else:
        have = say("chat.nothing_yet")
    examples = [say(key) for key in _EXAMPLES]
    if query.intent == Intent.greeting:
        lead = say("chat.hello")
    elif query.intent == Intent.empty:
        lead = say("chat.empty")
    elif query.intent == Intent.help:
        lead = ""
    elif query.intent == Intent.unsupported and query.notes:
        lead = say("chat.cannot", reason=f"{query.notes[-1][0].lower()}{query.notes[-1][1:]}")
        if query.claimant:  # the asked claimant first (issue 12, requirement 4)
            lead = f"{say('nofig.from_none', who=claimant_text(query.claimant))} {lead}"
    elif re.match(r"\s*(?:thanks|thank\s+you|thx|cheers|дякую|спасибо)\b", question, re.I):
        lead = say("chat.thanks")
    elif _mostly_non_latin(question):
        lead = say("chat.languages")
    else:
        lead = say("chat.off_topic")
    intro = say("chat.intro", have=have)
    quoted = "; ".join(f"\u201c{e}\u201d" if language() == "en" else f"«{e}»" for e in examples)
    text = f"{lead} {intro}".strip() + " " + say("chat.examples", examples=quoted)
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


def shortened(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def is_plural(name: str) -> bool:
    """ "media reports", "Ukrainian officials": a claimant named in the plural."""
    return name.rstrip().endswith(("reports", "officials", "forces", "authorities"))


def _mostly_non_latin(text: str) -> bool:
    """Questions written mostly in another script (Cyrillic, Arabic...)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) < len(letters) / 2
