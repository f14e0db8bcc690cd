"""Article figures checked against the stored daily series (issue 5).

`check_claims(store)` lists every article claim about Russian losses for a metric that a
series tracks, with a verdict:

- *consistent*: a series figure for the same thing and period agrees with it (an exact figure
  equals it; "about 750,000" is within rounding; "more than 4,500" is exceeded; a range holds it);
- *differs*: comparable, but no reading agrees; `difference` is article minus the closest
  series figure;
- *not comparable*: said why. Only figures attributed to the Ukrainian side (the General Staff,
  the Ministry of Defence, the armed forces, Ukrainian officials:
  `lexicon.claimants.claimant_side`) are compared, since the series is the General Staff's
  own tally; figures by other claimants are listed as not comparable rather than left out,
  so that a reader sees them beside it. Killed-only or wounded-only figures are not
  comparable with a tally of killed and wounded together;
  so are figures without a stated period, with an uncertain date, or whose bounds are missing.

Dates are read both ways (see `knowledge.answering.derive.Convention`): a day's figure is
compared with what the report of that date added and with the losses of that day of fighting
(the next morning's report); a range with both ways of dating its bounds and, since articles write
"since 3 February" for the fighting after the 3rd up to the latest report, with that reading
too (seed 002's 4,540 troops, 42 tanks, 103 armoured vehicles, 104 artillery systems and 36
drones "since February 3" are all the reports of 5–9 February 2024); a cumulative figure with
the report of its date and of the day before (an article often quotes the previous morning's
figure). Day figures are compared net of a listed correction and, when one applies, with it.
`reason` names the reading that agreed, or the closest one and the others.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from knowledge.answering.agreement import Reading, judge, readings
from knowledge.answering.derive import Convention, find_series
from knowledge.lexicon.claimants import claimant_side
from knowledge.lexicon.terms import METRIC_LABELS
from knowledge.models import (
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    SeriesRef,
    SourceKind,
    Stat,
    Subject,
)
from knowledge.store import ClaimStore


class Verdict(StrEnum):
    consistent = "consistent"
    differs = "differs"
    not_comparable = "not_comparable"


class CheckItem(BaseModel):
    """One article claim and what the series says about it."""

    verdict: Verdict
    claim: Claim
    series_value: int | None = None
    # Article figure minus the series figure it was compared with (closest when it differs).
    difference: int | None = None
    # Which reading of the dates gave `series_value`: "fighting", "reported", "cumulative".
    convention: str | None = None
    derivation: str | None = None
    reason: str


class CheckReport(BaseModel):
    """The cross-check of all article figures against the series in one knowledge base."""

    series: list[str] = Field(default_factory=list)
    items: list[CheckItem] = Field(default_factory=list)
    consistent: int = 0
    differs: int = 0
    not_comparable: int = 0


def check_claims(store: ClaimStore) -> CheckReport:
    """Every article claim with a comparable series figure, as consistent/differs/not comparable."""
    catalogue = store.series_catalogue()
    report = CheckReport(series=sorted({s.source_id for s in catalogue}))
    tracked = {s.metric for s in catalogue if s.subject == Subject.russia} - {Metric.other}
    if not tracked:
        return report
    articles = store.find_claims(
        metrics=sorted(tracked),
        subject=Subject.russia,
        source_kind=SourceKind.article,
        order="period_end ASC, id",
        limit=1_000_000,
    )
    for claim in articles:
        item = check_claim(store, claim)
        if item is not None:
            report.items.append(item)
    report.consistent = sum(i.verdict == Verdict.consistent for i in report.items)
    report.differs = sum(i.verdict == Verdict.differs for i in report.items)
    report.not_comparable = sum(i.verdict == Verdict.not_comparable for i in report.items)
    return report


def check_claim(store: ClaimStore, claim: Claim) -> CheckItem | None:
    """One claim against the series; None when no series tracks its metric at all."""
    if claim.subject != Subject.russia or claim.metric == Metric.other:
        return None
    if claim.stat != Stat.total or claim.scope or claim.part_of:
        return None  # an average, a place's or a part's figure: the series has no like
    kind = claim.personnel_kind
    all_series = find_series(store, claim.metric, personnel_kind=kind)
    if claim.metric == Metric.personnel and kind in (PersonnelKind.killed, PersonnelKind.wounded):
        casualties = find_series(store, claim.metric)
        if not casualties:
            return None
        return _not_comparable(claim, _killed_reason(store, casualties[0], claim))
    if not all_series:
        return None
    series = all_series[0]
    side = claimant_side(claim.claimant)
    if side != "ukraine":
        who = claim.claimant if side else f"{claim.claimant} (not known to be Ukrainian)"
        return _not_comparable(
            claim, f"claimed by {who}; the series is the tally of {series.claimant}"
        )
    if claim.date_uncertain:
        return _not_comparable(claim, "the article's dates could not be pinned down")
    # The one notion of agreement the answers use too (knowledge.answering.agreement).
    judged = judge(store, series, claim)
    if isinstance(judged, str):
        return _not_comparable(claim, judged)
    if judged.agreeing is not None:
        reading = judged.agreeing
        return CheckItem(
            verdict=Verdict.consistent,
            claim=claim,
            series_value=reading.value,
            difference=claim.value - reading.value,
            convention=reading.convention,
            derivation=reading.derivation,
            reason=f"agrees with {_what(reading)}",
        )
    closest = judged.closest
    assert closest is not None
    others = [r for r in judged.readings if r is not closest]
    reason = f"differs by {claim.value - closest.value:+,} from {_what(closest)}"
    if others:
        reason += "; other readings: " + ", ".join(f"{r.value:,} ({r.convention})" for r in others)
    return CheckItem(
        verdict=Verdict.differs,
        claim=claim,
        series_value=closest.value,
        difference=claim.value - closest.value,
        convention=closest.convention,
        derivation=closest.derivation,
        reason=reason,
    )


def _not_comparable(claim: Claim, reason: str) -> CheckItem:
    return CheckItem(verdict=Verdict.not_comparable, claim=claim, reason=reason)


def _what(reading: Reading) -> str:
    if reading.convention == "cumulative":
        return reading.derivation.split(" (")[0]  # "745,700 reported on 3 December 2024"
    if reading.convention == Convention.reported:
        return f"{reading.value:,}, the figure by report date"
    if reading.convention == Convention.fighting:
        return f"{reading.value:,}, the figure by day of fighting"
    return f"{reading.value:,} ({reading.convention})"


def _killed_reason(store: ClaimStore, series: SeriesRef, claim: Claim) -> str:
    kind = claim.personnel_kind.value if claim.personnel_kind else "?"
    reason = f"a {kind}-only figure; the series counts killed and wounded together"
    # Articles sometimes call the General Staff's casualty figure "dead": say so when it is.
    found = readings(store, series, claim)
    if not isinstance(found, str):
        same = next((r for r in found if r.value == claim.value), None)
        if same is not None:
            reason += (
                f" (it equals the casualty figure {_what(same)}:"
                " the article may call killed and wounded 'dead')"
            )
    return reason


# -- text -------------------------------------------------------------------------------------

_VERDICT_WORDS = {
    Verdict.consistent: "OK",
    Verdict.differs: "DIFFERS",
    Verdict.not_comparable: "n/c",
}


def format_check(report: CheckReport, *, limit: int | None = None) -> str:
    """The report as plain text: a summary line, then one short block per claim.

    Plain text with no markup, so it suits a terminal and a Telegram message alike; `limit`
    keeps the first claims (differences first) and says how many were left out.
    """
    if not report.series:
        return "No data series is loaded, so there is nothing to check article figures against."
    lines = [
        f"Article figures checked against {', '.join(report.series)}:",
        f"{report.consistent} consistent, {report.differs} differ, "
        f"{report.not_comparable} not comparable.",
    ]
    if not report.items:
        lines.append("No article figure about Russian losses for a metric the series tracks.")
        return "\n".join(lines)
    order = {Verdict.differs: 0, Verdict.consistent: 1, Verdict.not_comparable: 2}
    items = sorted(report.items, key=lambda i: order[i.verdict])
    shown = items if limit is None else items[:limit]
    for item in shown:
        claim = item.claim
        source = claim.source
        where = source.publisher or source.id
        if source.published:
            where += f", {source.published.isoformat()}"
        lines.append("")
        lines.append(
            f"{_VERDICT_WORDS[item.verdict]:<7} {_claim_text(claim)} "
            f"per {claim.claimant} ({where}; {source.id})"
        )
        lines.append(f"        {item.reason}")
        if item.derivation and item.verdict != Verdict.not_comparable:
            lines.append(f"        series: {item.derivation}")
    if len(shown) < len(items):
        lines.append("")
        lines.append(f"… and {len(items) - len(shown)} more (python -m bot check).")
    return "\n".join(lines)


def _claim_text(claim: Claim) -> str:
    label = METRIC_LABELS.get(claim.metric, claim.metric.value)
    if claim.metric == Metric.personnel and claim.personnel_kind not in (
        None,
        PersonnelKind.unspecified,
        PersonnelKind.casualties,
    ):
        assert claim.personnel_kind is not None
        label = f"personnel ({claim.personnel_kind.value})"
    value = f"{claim.value:,}" + (f"–{claim.value_max:,}" if claim.value_max else "")
    if claim.qualifier not in (Qualifier.exact, Qualifier.range):
        value = f"{claim.qualifier.value.replace('_', ' ')} {value}"
    start, end = claim.period_start, claim.period_end
    if claim.period_kind == PeriodKind.cumulative:
        period = f"in total as of {end.isoformat()}" if end else "in total"
    elif start and end and start != end:
        period = f"{claim.period_kind.value} {start.isoformat()}..{end.isoformat()}"
    elif end or start:
        day = end or start
        assert day is not None
        period = f"on {day.isoformat()}"
    else:
        period = f"({claim.period_kind.value} period)"
    return f"{label} {value} {period}"
