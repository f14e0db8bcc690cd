"""Answering questions about the sources (issue 12, requirements 7 and 8) from the knowledge
base alone: which sources there are (outlet, title, date, link), what one outlet reports, where
a figure comes from, which side each claimant is on (the claimant lexicon), the caveats the
articles themselves give (their own sentences, quoted), and where the daily figures end.

Nothing here is the bot's own judgement of a source: a claimant's side comes from the lexicon,
every caveat is a stored sentence of a source, every figure a stored claim.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from knowledge.answering import derive
from knowledge.answering.candidate import from_claim
from knowledge.answering.compose import (
    caveat_text,
    is_plural,
    one_line,
    shortened,
    source_text,
    with_the,
)
from knowledge.answering.derive import claimant_fits
from knowledge.answering.rank import relation
from knowledge.dates import WAR_START
from knowledge.lexicon.claimants import (
    CLAIMANTS,
    SIDE_WORDS,
    claimant_side,
    publisher_side,
    relayed_parts,
)
from knowledge.models import (
    Answer,
    Claim,
    Intent,
    Metric,
    PeriodKind,
    Query,
    Relation,
    SeriesRef,
    SourceKind,
    SourceRef,
)
from knowledge.questions.sources import Asked, SourceQuestion, read_source_question
from knowledge.store import ClaimStore
from knowledge.wording import (
    capital,
    claimant_name,
    claimant_text,
    counted,
    coverage_line,
    day_text,
    join,
    losses,
    number,
    outlet_text,
    period_words,
    say,
    signed,
)

# What a claimant's side means for its figures: one row per side of the claimant lexicon
# (src.side.<side>, and src.sides.<side> for a claimant named in the plural).
SIDES = ("ukraine", "russia", "uk", "us", "independent")
_PARTIES = ("ukraine", "russia")
# Relations best first: what answers the asked period leads, a figure outside it comes last.
_RELATION_ORDER = [
    Relation.exact, Relation.day_off, Relation.inside, Relation.stated_within,
    Relation.contains, Relation.outside,
]  # fmt: skip
_MAX_LINES = 8  # figures in one answer about a source
_MAX_QUOTES = 8  # caveat sentences quoted in one answer
_MAX_SOURCES = 12  # sources listed before "and N more"


def coverage_end(store: ClaimStore) -> dt.date | None:
    """The date of the last daily report in the knowledge base (None without a series)."""
    return max((s.last for s in store.series_catalogue()), default=None)


_PERIOD_SPANS = frozenset({"period", "duration"})


def source_answer(question: str, query: Query, store: ClaimStore) -> Answer | None:
    """The answer to a question about the sources, or None when `question` is about losses."""
    if query.intent in (Intent.greeting, Intent.help, Intent.empty):
        return None
    asked = read_source_question(question, query, store.publishers())
    if asked is None:
        return None
    if asked.guessing:  # "who compiles them - kyiv or some volunteers?": the guesses ask who
        query = query.model_copy(
            update={"claimant": None, "claimants": [], "claimant_side": None,
                    "intent": Intent.losses}
        )  # fmt: skip
    if asked.asked == Asked.method:  # "the previous day or the day published?" names no period
        query = query.model_copy(
            update={"period_start": None, "period_end": None, "date_notes": []}
        )
    if query.intent == Intent.unsupported and asked.asked in (Asked.outlet, Asked.provenance):
        return None  # "what does the BBC say about civilian deaths?": the refusal says why
    # a quoted figure's span of time ("3,000 in three days: which days?") is the found claim's
    # own period, which every line of the answer names
    unread = [
        span
        for span in query.unread
        if not asked.reads(span.text)
        and not (asked.value is not None and span.kind in _PERIOD_SPANS)
    ]
    query = query.model_copy(update={"unread": unread})
    lines, claims = _HANDLERS[asked.asked](asked, query, store)
    return _answer(question, query, lines, claims, store)


def sources_of_answer(question: str, last: Answer | None, store: ClaimStore) -> Answer:
    """ "Where is this from?", "how reliable is that?": the previous answer's sources, the
    sides of its claimants and what its sources say about their figures."""
    if last is None or not last.claims:
        reply = say("src.no_last")
        return Answer(question=question, answered=False, text=reply, body=reply)
    lines = [say("src.last_from")]
    lines += [f"- {source_text(ref)}" for ref in _refs(last.claims).values()]
    lines += _sides(dict.fromkeys(c.claimant for c in last.claims))
    lines += _quotes(store, _refs(last.claims).values(), None)
    body = "\n".join(lines)
    caveat = last.caveat or caveat_text(store, last.claims)
    return last.model_copy(
        update={
            "question": question,
            "text": f"{body}\n\n{caveat}",
            "body": body,
            "caveat": caveat,
            "suggestions": [],
        }
    )


# -- the kinds of question ----------------------------------------------------------------------

Lines = tuple[list[str], list[Claim]]


def _coverage(asked: SourceQuestion, query: Query, store: ClaimStore) -> Lines:
    """Where the daily figures end, the last report's figures, and the articles' dates."""
    last = coverage_end(store)
    lines: list[str] = []
    claims: list[Claim] = []
    if last is not None:
        lines.append(coverage_line(last))
        lines += _first_report(store)
        metrics = query.metrics if asked.metric_named else [Metric.personnel]
        claims = [c for c in _last_reported(store, metrics, last) if c.subject == query.subject]
        # the last report's figures are what "how far does your data go?" asks for
        claims = [c.model_copy(update={"relation": Relation.exact}) for c in claims]
        if claims:
            lines.append(say("src.last_report"))
            lines += [_line(store, c) for c in claims]
    dated = [(r.published, r) for r in store.sources() if r.kind == SourceKind.article]
    articles = sorted(((day, r) for day, r in dated if day), key=lambda dr: dr[0])
    if articles:
        (first, oldest), (last_day, newest) = articles[0], articles[-1]
        lines.append(
            say("src.newest", newest=day_text(last_day), newest_name=_name(newest),
                oldest=day_text(first), oldest_name=_name(oldest))
        )  # fmt: skip
    if not lines:
        lines.append(say("src.empty"))
    return lines, claims


def _first_report(store: ClaimStore) -> list[str]:
    """Where the daily figures start ("how far back does your data go?"), as one line."""
    firsts = [s.first for s in store.series_catalogue() if s.label is None]
    if not firsts:
        return []
    first = min(firsts)
    fought = first - dt.timedelta(days=1)
    return [say("src.first_report", day=day_text(first), fighting=day_text(fought))]


def _last_reported(store: ClaimStore, metrics: list[Metric], last: dt.date) -> list[Claim]:
    """The running totals of the last daily report, one per asked metric."""
    out: list[Claim] = []
    for series in store.series_catalogue():
        if series.metric in metrics and series.label is None and series.last == last:
            claim = store.series_claim_at_or_before(series, last)
            if claim is not None and claim.personnel_kind != "captured":
                out.append(claim)
    return out[: len(metrics)]


def _listing(asked: SourceQuestion, query: Query, store: ClaimStore) -> Lines:
    """Every source (or those with figures of the asked kind): outlet, date, title, link;
    asked which speak for a side, that side's claimants and their figures."""
    if asked.side is not None and not asked.metric_named:
        lines, found = _claimant(asked, query, store, quotes=False)  # "which speak for Russia?"
        if found:
            return lines, found
        # "is ISW one of your sources?": no figures of theirs, so what the sources are
        every = replace(asked, side=None, claimants=(), outlet=None)
        return [*lines, "", *_listing(every, query, store)[0]], []
    holdings = _holdings(store, query, asked)
    refs = [r for r in store.sources() if r.id in holdings]
    articles = [r for r in refs if r.kind == SourceKind.article]
    outlets = sorted({_name(r) for r in articles})
    series = [r for r in refs if r.kind == SourceKind.series]
    what = say("src.with_such") if asked.metric_named or asked.subject_named else ""
    if not refs:
        return [say("src.no_source", what=what)], []
    lines = [
        say("src.holdings", articles=_count(len(articles), "noun.articles"),
            outlets=_count(len(outlets), "noun.outlets"),
            series=_count(len(series), "noun.series"), what=what)
    ]  # fmt: skip
    for ref in refs[:_MAX_SOURCES]:
        who = join([claimant_name(w) for w in holdings[ref.id][:3]])
        if ref.kind == SourceKind.series:
            lines.append(say("src.listed", source=_series_text(store, ref), title="", who=who))
            continue
        title = f": “{shortened(ref.title, 90)}”" if ref.title and ref.title != _name(ref) else ""
        lines.append(say("src.listed", source=source_text(ref), title=title, who=who))
    if len(refs) > _MAX_SOURCES:
        lines.append(say("src.more", count=number(len(refs) - _MAX_SOURCES)))
    lines.append(say("src.note", role=say("src.outlet_role"), not_verified=say("src.not_verified")))
    return lines, []


def _series_text(store: ClaimStore, ref: SourceRef) -> str:
    """A daily series: its title, the reports it holds (first to last) and its link."""
    days = [(s.first, s.last) for s in store.series_catalogue() if s.source_id == ref.id]
    text = outlet_text(_name(ref))
    if days:
        first, last = min(d[0] for d in days), max(d[1] for d in days)
        text += say("src.reports_from_to", first=day_text(first), last=day_text(last))
    return text + (f", {ref.url}" if ref.url else "")


def _outlet(asked: SourceQuestion, query: Query, store: ClaimStore) -> Lines:
    """What one outlet reports: its figures, who claims them, and its own caveats."""
    assert asked.outlet is not None
    if not asked.outlet_held:
        return _outlet_not_held(asked, query, store)
    found = _narrow(store.claims_of_publisher(asked.outlet), asked, query)
    if not found:
        return [say("src.no_such_from", outlet=asked.outlet)], []
    theirs = [c for c in found if claimant_fits(query, c.claimant)]
    if not theirs:  # "the Kremlin's figure per LADbible": never another claimant's as theirs
        who = claimant_text(query.claimant or join(query.claimants))
        lines = [say("src.no_claimant_in", who=who, outlet=asked.outlet)]
        lines += [_line(store, c) for c in found]
        return [*lines, "", *_sides(dict.fromkeys(c.claimant for c in found))], found
    found = theirs
    articles = _count(len(_refs(found)), "noun.articles")
    lines = [say("src.what_reports", outlet=asked.outlet, articles=articles)]
    if all(c.relation == Relation.outside for c in found):
        asked_words = period_words(query.period_kind, query.period_start, query.period_end)
        lines = [say("src.no_such_from_in", outlet=asked.outlet, period=asked_words)]
    lines += [_line(store, c) for c in found]
    lines += ["", *_sides(dict.fromkeys(c.claimant for c in found))]
    lines += _quotes(store, _refs(found).values(), None)
    return lines, found


def _outlet_not_held(asked: SourceQuestion, query: Query, store: ClaimStore) -> Lines:
    """An outlet with no article here: say so first, then where my articles cite it."""
    name = asked.outlet or ""
    lines = [say("src.no_article_from", outlet=name)]
    cited = _narrow(store.claims_quoting(re.sub(r"^the\s+", "", name, flags=re.I)), asked, query)
    if cited:
        citing = sorted({_name(c.source) for c in cited})
        key = "src.cite_one" if len(citing) == 1 else "src.cite_many"
        lines.append(say(key, outlets=join(citing), outlet=name))
        lines += [_line(store, c) for c in cited]
        lines += ["", *_sides(dict.fromkeys(c.claimant for c in cited))]
    held = store.publishers()
    if held:
        lines.append(say("src.outlets_held", outlets=join(held)))
    return lines, cited


def _provenance(asked: SourceQuestion, query: Query, store: ClaimStore) -> Lines:
    """Where a figure comes from; who publishes figures; what a claimant gives."""
    if asked.value is not None:
        return _figure_sources(asked, query, store)
    if asked.outlet is not None:
        return _outlet(asked, query, store)
    if asked.claimants or asked.side:
        return _claimant(asked, query, store, quotes=True)
    lines, claims = _publishers_of_figures(asked, query, store)
    if asked.pointing:  # "where is this from?" with no answer before it to point at
        lines.insert(0, say("src.which_figure"))
    return lines, claims


def _figure_sources(asked: SourceQuestion, query: Query, store: ClaimStore) -> Lines:
    """Every stored claim of the quoted figure, with its source and that source's caveats."""
    assert asked.value is not None
    found = _narrow(store.claims_with_value(asked.value), asked, query)
    if not found and (asked.rounded or asked.value % 100 == 0):
        # "nearly 750,000", a headline's "3,000 in three days": a published figure it rounds
        near = store.article_claims_between(round(asked.value * 0.98), round(asked.value * 1.02))
        found = _narrow(near, asked, query)
    published = {c.metric for c in found if c.source.kind == SourceKind.article}
    if published:  # the tally's same number for another kind of loss is a coincidence
        found = [c for c in found if c.metric in published]
    if asked.outlet is not None:
        found = [c for c in found if _name(c.source).lower() == asked.outlet.lower()] or found
    if not found:
        return [say("src.none_gives", value=number(asked.value))], []
    sources = _count(len(_refs(found)), "noun.sources")
    lines = [say("src.is_in", value=number(asked.value), sources=sources)]
    lines += [_line(store, c) for c in found]
    tally = _tally_agrees(store, query, found, asked.value)
    if tally:
        lines.append(say("src.tally_same"))
        lines += [_line(store, c) for c in tally]
        found = found + tally
    lines += _second_hand(found)
    lines += _sides(dict.fromkeys(c.claimant for c in found))
    lines += _quotes(store, _refs(found).values(), None)
    return lines, found


def _tally_agrees(store: ClaimStore, query: Query, found: list[Claim], value: int) -> list[Claim]:
    """The daily series' own figure for the quoted figure's period, when it is the same under
    either day convention: a fact-checker's first check, shown with its arithmetic."""
    for claim in found[:2]:
        if claim.source.kind != SourceKind.article or claim.period_start is None:
            continue
        asked = query.model_copy(
            update={
                "metrics": [claim.metric],
                "period_kind": claim.period_kind,
                "period_start": claim.period_start,
                "period_end": claim.period_end,
                "claimant": None,
                "claimants": [],
                "open_end": False,
            }
        )
        for convention in derive.Convention:
            computed = derive.derived_claims(store, asked, convention=convention)
            same = [c for c in computed if value in (c.value, c.value_max)]
            if same:
                return [
                    same[0].model_copy(update={"relation": relation(from_claim(same[0]), asked)})
                ]
    return []


def _reliability(asked: SourceQuestion, query: Query, store: ClaimStore) -> Lines:
    """How far figures can be trusted: who claims them and what the sources say about them."""
    if asked.value is not None:
        return _figure_sources(asked, query, store)
    if asked.claimants or asked.side:
        return _claimant(asked, query, store, quotes=True)
    if asked.outlet is not None:
        return _outlet_role(asked, query, store)
    refs = [r for r in store.sources() if store.source_caveats(r.id)]
    not_verified = say("src.not_verified")
    lines = [say("src.what_they_say", not_verified=not_verified)]
    lines += _quotes(store, refs, None, limit=_MAX_QUOTES + 2)
    if len(lines) == 1:
        lines[0] = say("src.none_qualifies", not_verified=not_verified)
    return lines, []


def _side(asked: SourceQuestion, query: Query, store: ClaimStore) -> Lines:
    """Whose side a claimant or an outlet is on, and what the knowledge base holds of it."""
    if asked.claimants or asked.side:
        return _claimant(asked, query, store, quotes=False)
    return _outlet_role(asked, query, store)


def _outlet_role(asked: SourceQuestion, query: Query, store: ClaimStore) -> Lines:
    """ "Is Newsweek reliable?", "is TASS neutral?": what an outlet is here (one side's state
    press, by the lexicon, or an outlet reporting others' claims), then what it reports."""
    name = asked.outlet or ""
    side = publisher_side(name)
    if side in SIDES:
        lead = say(f"src.press.{side}", name=name)
    else:
        lead = say("src.news_outlet", name=name, role=say("src.outlet_role"))
    lines, claims = _outlet(asked, query, store)
    return [lead, *lines], claims


def _corrections(asked: SourceQuestion, query: Query, store: ClaimStore) -> Lines:
    """The corrections the daily tally lists, biggest first: what they changed and when."""
    found: list[tuple[int, dt.date, dt.date, SeriesRef]] = []
    for series in store.series_catalogue():
        if asked.metric_named and series.metric not in query.metrics:
            continue
        for point in store.correction_points(series, WAR_START, series.last):
            found += [
                (amount, listed, point.date, series) for amount, listed in point.corrections()
            ]
    if not found:
        return [say("src.no_corrections")], []
    found.sort(key=lambda f: (-abs(f[0]), f[1]))
    who = claimant_text(found[0][3].claimant)
    lines = [say("src.corrections", who=who, count=number(len(found)))]
    claims = []
    for amount, listed, report, series in found[:_MAX_LINES]:
        what = losses(series.subject, series.metric, series.personnel_kind, label=series.label)
        lines.append(say("src.correction_line", amount=signed(amount), what=what,
                         listed=day_text(listed), report=day_text(report)))  # fmt: skip
        claims.append(_correction_claim(store, series, amount, listed, report))
    lines.append(say("src.corrections_note"))
    # where the corrections are read: the daily series that lists them
    listing = dict.fromkeys(f[3].source_id for f in found)
    for ref in (r for r in store.sources() if r.id in listing):
        lines.append(say("src.listed", source=_series_text(store, ref), title="", who=who))
    return lines, claims


def _correction_claim(
    store: ClaimStore, series: SeriesRef, amount: int, listed: dt.date, report: dt.date
) -> Claim:
    """One listed correction as a figure of the answer (its report's own words as the quote)."""
    text = say("event.correction", amount=signed(amount), listed=day_text(listed))
    return Claim(
        value=amount, metric=series.metric, subject=series.subject, claimant=series.claimant,
        period_kind=PeriodKind.day, period_start=listed, period_end=listed,
        personnel_kind=series.personnel_kind, source=store.source(series.source_id),
        quote=text, label=say("event.correction_label", listed=day_text(listed)),
    )  # fmt: skip


def _method(asked: SourceQuestion, query: Query, store: ClaimStore) -> Lines:
    """How the daily figures are dated (a report covers the previous day's fighting, so a
    period's losses read two ways) or that every figure is a count; whose series it is."""
    catalogue = store.series_catalogue()
    claimants = dict.fromkeys(s.claimant for s in catalogue)
    refs = [r for r in store.sources() if r.kind == SourceKind.series]
    lines = [say("src.method.units")] if asked.units else []
    if asked.about:
        lines.append(say("src.method.about"))
    if not claimants:
        return [*lines, say("src.method.no_series")], []
    who = join([claimant_text(c) for c in claimants])
    lines.append(say("src.method.days", who=who))
    lines += [say("src.listed", source=_series_text(store, ref), title="", who=who)
              for ref in refs]  # fmt: skip
    return lines, []


_HANDLERS: dict[Asked, Callable[[SourceQuestion, Query, ClaimStore], Lines]] = {
    Asked.corrections: _corrections,
    Asked.method: _method,
    Asked.coverage: _coverage,
    Asked.listing: _listing,
    Asked.outlet: _outlet,
    Asked.provenance: _provenance,
    Asked.reliability: _reliability,
    Asked.side: _side,
}


# -- claimants ----------------------------------------------------------------------------------


def _claimant(asked: SourceQuestion, query: Query, store: ClaimStore, *, quotes: bool) -> Lines:
    """A claimant (or a whole side): its side, its figures here, and the caveats about them."""
    side = [c.name for c in CLAIMANTS if c.side == asked.side and asked.side in _PARTIES]
    names = list(asked.claimants) or side
    lines = _sides(names[:1] if asked.claimants else [], side=asked.side)
    found = _claimant_figures(store, names, asked, query)
    others = False  # the line before the figures already says whose they are
    if not found and side and names != side:
        lines.append(say(f"src.itself.{asked.side}", who=with_the(names[0])))
        others = True
        found = _claimant_figures(store, side, asked, query)
    if found:
        if not others:
            outlets = sorted({_name(c.source) for c in found})
            lines.append(say("src.theirs", outlets=join(outlets)))
        lines += [_line(store, c) for c in found]
    else:
        who = join([with_the(n) for n in names[:3]], word="join.or")
        lines.append(say("src.no_figures_from", who=who))
    if quotes and asked.side:
        # Figures of one body are often quoted as another's of the same side ("Kyiv's military").
        carriers = _carriers(store, names + side)
        lines += _quotes(store, store.sources(), _side_words(asked.side), carriers)
    return lines, found


def _claimant_figures(
    store: ClaimStore, names: list[str], asked: SourceQuestion, query: Query
) -> list[Claim]:
    """A few of the claimants' figures from articles, and the newest of their daily series."""
    # "what did the American press say": its figures as others cite them are its figures too
    cited = [n for n in store.claimant_names() if relayed_parts(n)[0] in names]
    names = list(dict.fromkeys([*names, *cited]))
    found = store.find_claims(claimants=names, source_kind=SourceKind.article, limit=100)
    return _narrow(found, asked, query)[:3] + _last_series(store, names, query)


def _last_series(store: ClaimStore, names: list[str], query: Query) -> list[Claim]:
    """The newest running total of a daily series these claimants publish (the asked metric)."""
    last = coverage_end(store)
    if last is None:
        return []
    metric = query.metrics[0] if query.metrics else Metric.personnel
    series = [
        s
        for s in store.series_catalogue()
        if s.claimant in names and s.metric == metric and s.label is None and s.last == last
    ]
    claims = [store.series_claim_at_or_before(s, last) for s in series[:1]]
    return [c for c in claims if c is not None]


def _publishers_of_figures(asked: SourceQuestion, query: Query, store: ClaimStore) -> Lines:
    """ "Who publishes the daily figures?": the claimants behind the series, then the rest."""
    holdings = _holdings(store, query, asked)
    series = [r for r in store.sources() if r.kind == SourceKind.series and r.id in holdings]
    lines: list[str] = []
    for ref in series:
        who = holdings[ref.id][0]
        lines.append(say("src.daily_are", who=claimant_name(who), source=source_text(ref)))
    counted: dict[str, set[str]] = {}
    for ref in store.sources():
        if ref.kind == SourceKind.article and ref.id in holdings:
            for who in holdings[ref.id]:
                counted.setdefault(who, set()).add(_name(ref))
    if counted:
        lines.append(say("src.articles_quote"))
        lines += [
            say("src.quoted_in", who=with_the(w), outlets=join(sorted(o)))
            for w, o in counted.items()
        ]
    names = [holdings[r.id][0] for r in series] + list(counted)
    lines += _sides(dict.fromkeys(names))
    return lines or [say("src.no_such_source")], []


def _sides(names: Iterable[str], side: str | None = None) -> list[str]:
    """One line per claimant (or for a side named) saying which side it is on."""
    lines = []
    for name in names:
        known = claimant_side(name)
        if known in SIDES:
            key = f"src.sides.{known}" if is_plural(name) else f"src.side.{known}"
            lines.append(say(key, name=capital(with_the(name))))
    if not lines and side in _PARTIES:
        lines.append(say(f"src.official.{side}"))
    return lines


def _side_words(side: str) -> re.Pattern[str]:
    """Words by which a sentence speaks of one side's figures: its bodies' names, and the
    country as the one saying, denying or publishing ("Russia does not publicize"), never a
    bare place ("the war in Ukraine")."""
    words = [a for c in CLAIMANTS if c.side == side for a in c.aliases if a not in _COUNTRIES]
    names = [w for w, s in SIDE_WORDS.items() if s == side and w in _COUNTRIES]
    country = "|".join(re.escape(w) for w in names)
    return re.compile(
        rf"\b(?:{'|'.join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))})\b|"
        rf"\b(?:{country})(?:['’]s\b|\s+(?:does|do|did|has|have|had|rarely|never|says|said|"
        r"claims|claimed|denied|denies|admits|admitted|reported|reports)\b)",
        re.I,
    )


_COUNTRIES = frozenset({"ukraine", "kyiv", "kiev", "russia", "moscow", "uk", "britain", "london",
                        "washington", "us", "u.s.", "america"})  # fmt: skip
_SIDE_SPEECH = {side: _side_words(side) for side in ("ukraine", "russia")}


def _carriers(store: ClaimStore, names: list[str]) -> set[str]:
    """The sources holding figures of these claimants."""
    return {row["source_id"] for row in store.source_holdings() if row["claimant"] in names}


# -- pieces -------------------------------------------------------------------------------------


def _narrow(claims: list[Claim], asked: SourceQuestion, query: Query) -> list[Claim]:
    """The claims of the asked kind, side, figure and period, best fitting first."""
    if query.metrics and (asked.metric_named or query.metrics != [Metric.personnel]):
        claims = [c for c in claims if c.metric in query.metrics]
    if asked.subject_named:
        claims = [c for c in claims if c.subject == query.subject]
    if asked.value is not None:
        claims = _with_value(claims, asked.value, asked.rounded)
    related = [c.model_copy(update={"relation": relation(from_claim(c), query)}) for c in claims]
    if query.period_start is not None:
        fitting = [c for c in related if c.relation != Relation.outside]
        related = fitting or related[:3]
    related.sort(key=lambda c: _RELATION_ORDER.index(c.relation or Relation.outside))
    return _each_source(related)[:_MAX_LINES]


def _with_value(claims: list[Claim], value: int, rounded: bool = False) -> list[Claim]:
    """The claims stating `value`; for a round figure as headlines print them ("3,000 in three
    days" for 3,010), or one said to be rounded ("almost 1,350"), those within 2% of it when
    none states it exactly."""
    exact = [c for c in claims if value in (c.value, c.value_max)]
    if exact or (value % 100 and not rounded) or value == 0:
        return exact
    return [c for c in claims if abs(c.value - value) <= value * _ROUNDING]


# How far a round figure quoted from a headline may be from the one the article gives.
_ROUNDING = 0.02


def _each_source(claims: list[Claim]) -> list[Claim]:
    """The claims taken in turns from each source, so one long article does not hide the rest
    (within a relation, in order)."""
    order = {r: i for i, r in enumerate(_RELATION_ORDER)}
    turns: dict[str, int] = {}
    keyed = []
    for n, claim in enumerate(claims):
        turn = turns.get(claim.source.id, 0)
        turns[claim.source.id] = turn + 1
        keyed.append(((order[claim.relation or Relation.outside], turn, n), claim))
    return [claim for _key, claim in sorted(keyed, key=lambda kc: kc[0])]


def _holdings(store: ClaimStore, query: Query, asked: SourceQuestion) -> dict[str, list[str]]:
    """source id -> its claimants, most figures first (of the asked kind and side)."""
    out: dict[str, list[str]] = {}
    for row in store.source_holdings():
        if asked.metric_named and row["metric"] not in [m.value for m in query.metrics]:
            continue
        if asked.subject_named and row["subject"] != query.subject.value:
            continue
        names = out.setdefault(row["source_id"], [])
        if row["claimant"] not in names:
            names.append(row["claimant"])
    return out


def _quotes(
    store: ClaimStore,
    refs: Iterable[SourceRef],
    about: re.Pattern[str] | None,
    carriers: set[str] | None = None,
    limit: int = _MAX_QUOTES,
) -> list[str]:
    """What the sources say about their figures: their own sentences, quoted. With `about`
    (the words for one side), a source holding none of that side's figures (not in
    `carriers`) is quoted only where it speaks of that side, and any source's sentence about
    the other side only where it says the figures are unverified."""
    keyed: list[tuple[tuple[int, int], str]] = []
    for n, ref in enumerate(refs):
        kept = [
            sentence
            for sentence in store.source_caveats(ref.id)
            if about is None
            or about.search(sentence)
            or (
                (carriers is None or ref.id in carriers)
                and (not _other_side(sentence) or _UNVERIFIED.search(sentence))
            )
        ]
        # Each source's first sentence before any source's second: no source crowds out the rest.
        keyed += [
            ((turn, n), f"- {_name(ref)}{_dated(ref)}: “{shortened(sentence, 300)}”")
            for turn, sentence in enumerate(kept)
        ]
    lines = [line for _key, line in sorted(keyed, key=lambda kl: kl[0])[:limit]]
    if not lines:
        return []
    # A paragraph of its own: a chat shows it folded under the figures.
    return ["", say("src.sources_say"), *lines]


def _other_side(sentence: str) -> bool:
    """Whether a sentence speaks of either side's figures (then it is about that side)."""
    return any(p.search(sentence) for p in _SIDE_SPEECH.values())


_UNVERIFIED = re.compile(r"verif|confirm", re.I)


def _second_hand(claims: list[Claim]) -> list[str]:
    """ "Newsweek reports it second-hand": who reports a figure is not who claims it."""
    lines = []
    for ref_id, ref in _refs(claims).items():
        own = [c for c in claims if c.source.id == ref_id]
        who = join([with_the(w) for w in dict.fromkeys(c.claimant for c in own)])
        if ref.kind == SourceKind.article:
            key = "src.second_hand_one" if len(own) == 1 else "src.second_hand_many"
            lines.append(say(key, outlet=_name(ref), who=who))
    return lines[:2]


def _line(store: ClaimStore, claim: Claim) -> str:
    """One figure with who claims it, for when, and where it was published."""
    return one_line(store, from_claim(claim))


def _refs(claims: Iterable[Claim]) -> dict[str, SourceRef]:
    """The claims' sources, each once, in order."""
    return {c.source.id: c.source for c in claims}


def _name(ref: SourceRef) -> str:
    """An outlet's name, or a series' title."""
    if ref.kind == SourceKind.series:
        return ref.title or ref.publisher or ref.id
    return ref.publisher or ref.title or ref.id


def _dated(ref: SourceRef) -> str:
    return f" ({day_text(ref.published)})" if ref.published else ""


def _count(n: int, noun: str) -> str:
    """`3 articles` ("3 статті"): a count and its noun row in the current language."""
    return f"{number(n)} {counted(n, noun)}"


def _answer(
    question: str, query: Query, lines: list[str], claims: list[Claim], store: ClaimStore
) -> Answer:
    """The answer: the lines, then the caveat when figures are shown."""
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    caveat = caveat_text(store, claims) if claims else None
    # A figure answers only when it fits the period and is the named claimant's own.
    answered = any(
        c.relation != Relation.outside and claimant_fits(query, c.claimant) for c in claims
    )
    if claims:  # figures were shown: a follow-up ("how reliable is that?") reads against them
        query = query.model_copy(update={"intent": Intent.losses})
    if not query.metrics:  # "these figures", "anything for May?": the figure every report leads
        query = query.model_copy(update={"metrics": [Metric.personnel]})  # with, as elsewhere
    return Answer(
        question=question,
        answered=answered,
        text=f"{body}\n\n{caveat}" if caveat else body,
        body=body,
        caveat=caveat,
        claims=claims,
        query=query,
    )


__all__ = ["SIDES", "coverage_end", "source_answer", "sources_of_answer"]
