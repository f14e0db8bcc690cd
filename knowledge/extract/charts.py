"""Figures in a chart's description (issue 13): an image's alt text, a chart's caption or a
graphic's text version ("Column chart ... showing Russian personnel losses claimed by Ukraine's
General Staff. The columns rise from 31,710 in January to 26,090 in February ... June is the
tallest column at 39,290.").

The description's opening sentence names what is charted: the metric, whose losses (a side
named before the loss noun, or the claimant's enemy as prose reads it), who claims them and the
year ("from January to June 2026"). Each value the description pairs with a month ("31,710 in
January", "June ... at 39,290", "March: 31,960") is that month's figure. Numbers with no month
beside them (axis ticks, steps, file sizes) are no figures; a description that does not name
a metric and a side gives nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator

from knowledge.dates import find_periods
from knowledge.extract.tables import Lent, clause_losers, enemy_of
from knowledge.lexicon.calendar import MONTH_NAMES, month_end
from knowledge.models import Claim, Metric, PeriodKind, PersonnelKind, Qualifier, Source

# One cheap scan: articles that never say chart, graph or alt text skip everything below.
_MAY_HOLD = re.compile(r"\b(?:chart|graph|alt[\s-]text|infographic)\b", re.IGNORECASE)
# The opening of a description and what it shows: "Column chart ... showing Russian personnel
# losses claimed by Ukraine's General Staff", "Bar graph of Ukrainian tank losses".
_OPENING = re.compile(
    r"\b(?:chart|graph|alt[\s-]text|infographic)\b[^.\n]{0,160}?"
    r"(?:\b(?:showing|shows|of|plotting|plots|depicting|depicts|tracking|tracks)\s+|:\s*)"
    r"(?P<what>[^.]{5,200})",
    re.IGNORECASE,
)
_NUM = r"\d{1,3}(?:[,\u2009\u202f\u00a0]\d{3})+|\d+"
_MONTH = "|".join(MONTH_NAMES)
# A value and its month, as descriptions pair them.
_PAIRS = (
    # "31,710 in January", "33,760 for May"
    re.compile(rf"(?P<num>{_NUM})\s+(?:in|for|during)\s+(?P<month>{_MONTH})\b", re.I),
    # "June is the tallest column at 39,290", "May peaked at 40,120", "April reached 30,000"
    re.compile(
        rf"\b(?P<month>{_MONTH})\b[^.;:\d]{{0,50}}?\b(?:at|of|reached|reaching|hit|to)\s+"
        rf"(?P<num>{_NUM})\b(?!\s+(?:in|for|during)\s+(?:{_MONTH})\b)",
        re.I,
    ),
    # "March: 31,960", "April 2026 – 32,980"
    re.compile(rf"\b(?P<month>{_MONTH})(?:\s+(?:19|20)\d\d)?\s*[:–—=]\s*(?P<num>{_NUM})\b", re.I),
)
# Words that name a side: without one (or a claimant), a description names nobody's losses.
_SIDE_WORD = re.compile(
    r"\b(?:Russia|Russian|Moscow|Ukrain\w*|Kyiv|enemy|occupiers?|invaders?)", re.IGNORECASE
)
_END = re.compile(r"\n\s*\n|\]")
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")
_MAX_DESCRIPTION = 1500


def chart_claims(source: Source, lend: Callable[[], Lent]) -> list[tuple[Claim, int]]:
    """The claims of the article's chart descriptions, each with its line number."""
    text = source.text
    if not _MAY_HOLD.search(text):
        return []
    found: list[tuple[Claim, int]] = []
    lent: Lent | None = None
    for opening in _OPENING.finditer(text):
        lent = lent or lend()
        end = _END.search(text, opening.end())
        stop = min(end.start() if end else len(text), opening.start() + _MAX_DESCRIPTION)
        found.extend(_description_claims(source, opening, stop, lent))
    return found


def _description_claims(
    source: Source, opening: re.Match[str], stop: int, lent: Lent
) -> Iterator[tuple[Claim, int]]:
    """The month-paired values of one description, when it names a metric and a side."""
    text = source.text
    what = opening["what"]
    metric = lent.metric(what)
    names = lent.claimants(what)
    claimant = names[0] if names else lent.claimant_at(opening.start())
    losers = clause_losers(what, claimant, lent) if _SIDE_WORD.search(what) else set()
    if not losers and names:  # "tank losses claimed by Ukraine's General Staff": prose's rule
        enemy = enemy_of(claimant)
        losers = {enemy} if enemy is not None else set()
    if metric is None or len(losers) != 1:
        return
    side = losers.pop()
    year = _year(text[opening.start() : stop], source.published)
    if year is None:
        return
    note = text[stop : stop + _MAX_DESCRIPTION // 2]  # a data note below may define the count
    kind = _personnel_kind(metric[0], (what, text[opening.start() : stop], note), lent)
    for sentence in _SENTENCE.finditer(text, opening.start(), stop):
        for month, value in _pairs(sentence[0]):
            yield Claim(
                metric=metric[0], value=value, qualifier=Qualifier.exact, subject=side,
                claimant=claimant, personnel_kind=kind, label=metric[1],
                period_kind=PeriodKind.month, period_start=dt.date(year, month, 1),
                period_end=month_end(year, month), quote=sentence[0].strip(),
                source=source.ref(),
            ), text.count("\n", 0, sentence.start())  # fmt: skip


def _pairs(sentence: str) -> Iterator[tuple[int, int]]:
    """(month, value) of each value the sentence pairs with a month, each value once."""
    taken: set[int] = set()
    for pattern in _PAIRS:
        for match in pattern.finditer(sentence):
            if match.start("num") in taken:
                continue
            taken.add(match.start("num"))
            yield (
                MONTH_NAMES.index(match["month"].lower()) + 1,
                int(re.sub(r"\D", "", match["num"])),
            )


def _year(description: str, published: dt.date | None) -> int | None:
    """The year the description names ("from January to June 2026"), else the article's."""
    years = [p.start.year for p in find_periods(description, published) if p.start and p.strong]
    if years:
        return years[0]
    return published.year if published else None


def _personnel_kind(metric: Metric, texts: tuple[str, ...], lent: Lent) -> PersonnelKind | None:
    """Killed, wounded or both, as the description or the note below it says."""
    if metric != Metric.personnel:
        return None
    kinds = (lent.kind(t) for t in texts)
    return next((k for k in kinds if k != PersonnelKind.unspecified), PersonnelKind.unspecified)
