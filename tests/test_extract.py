# ruff: noqa: E501 - table rows stay one line each, however long the sentence.
"""Rule tables for `extract_claims`, written from the extraction spec with our own sentences.

Each positive row is (text, published, expected claims); an expected claim gives metric, value,
qualifier, subject, period_kind, period_end and claimant, where None means "not checked".
The claims found must match the expected ones one to one: no more, no fewer. Each negative
row is (text, published, numbers) and no claim may carry any of those numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pytest

from knowledge import extract_claims
from knowledge.lexicon.claimants import CLAIMANT_BY_NAME, claimant_side
from knowledge.models import WAR_START, Claim, Source

GS = "Ukraine's General Staff"
UMOD = "Ukraine's Ministry of Defence"
UAF = "Ukraine's armed forces"
UOFF = "Ukrainian officials"
RUOFF = "Russian officials"  # "Moscow said": generic, no longer the Kremlin (issue 13 req 2)
PRESIDENT = "Ukraine's President"  # issue 13 req 2: his own claimant, no longer "officials"
KREMLIN = "the Kremlin"
RMOD = "Russia's Ministry of Defence"
UKMOD = "UK Ministry of Defence"
PENTAGON = "the Pentagon"
ISW = "the Institute for the Study of War"
ORYX = "Oryx"
MEDIAZONA = "Mediazona"
ANY_UA = frozenset(c.name for c in CLAIMANT_BY_NAME.values() if c.side == "ukraine")

RU, UA = "russia", "ukraine"
NO_KIND = "none"  # personnel_kind must be None (non-personnel metrics)


def D(iso: str) -> dt.date:  # a short name keeps the rows on one line
    return dt.date.fromisoformat(iso)


@dataclass(frozen=True)
class Near:
    """period_end within `before` days before and `after` days after `iso`."""

    iso: str
    before: int = 1
    after: int = 1

    def ok(self, value: dt.date | None) -> bool:
        if value is None:
            return False
        d = D(self.iso)
        return d - dt.timedelta(days=self.before) <= value <= d + dt.timedelta(days=self.after)

    def __str__(self) -> str:
        return f"~{self.iso}(-{self.before}/+{self.after})"


def near(iso: str) -> Near:
    """A relative day ("overnight", "in the last 24 hours"): within a day of `iso`."""
    return Near(iso)


def upto(iso: str, days: int = 1) -> Near:
    """Ends on `iso` or up to `days` days before it ("in three days", "last week")."""
    return Near(iso, before=days, after=0)


@dataclass(frozen=True)
class E:
    """One expected claim. None means the field is not checked."""

    metric: str
    value: int
    qualifier: str | None = None
    subject: str | None = None
    kind: str | None = None
    end: str | Near | None = None
    who: str | frozenset[str] | None = None
    start: str | None = None
    vmax: int | None = None
    pk: str | None = None

    def problems(self, claim: Claim) -> list[str]:
        bad: list[str] = []
        if v(claim.metric) != self.metric or claim.value != self.value:
            return ["metric/value"]
        checks = [
            ("qualifier", self.qualifier, v(claim.qualifier)),
            ("subject", self.subject, v(claim.subject)),
            ("period_kind", self.kind, v(claim.period_kind)),
            ("value_max", self.vmax, claim.value_max),
        ]
        for name, want, got in checks:
            if want is not None and want != got:
                bad.append(name)
        if isinstance(self.end, Near):
            if not self.end.ok(claim.period_end):
                bad.append("period_end")
        elif self.end is not None and claim.period_end != D(self.end):
            bad.append("period_end")
        if self.start is not None and claim.period_start != D(self.start):
            bad.append("period_start")
        if isinstance(self.who, frozenset):
            if claim.claimant not in self.who:
                bad.append("claimant")
        elif self.who is not None and claim.claimant != self.who:
            bad.append("claimant")
        if self.pk == NO_KIND:
            if claim.personnel_kind is not None:
                bad.append("personnel_kind")
        elif self.pk is not None and v(claim.personnel_kind) != self.pk:
            bad.append("personnel_kind")
        return bad


def v(x: object) -> object:
    return getattr(x, "value", x)


def source(text: str, published: str | None) -> Source:
    return Source(
        id="t",
        title="T",
        publisher="P",
        url=None,
        published=D(published) if published else None,
        text=text,
    )


def bug(reason: str, *row: Any) -> Any:
    """A row the extractor is known to get wrong (reported to the extractor's author).

    strict: once the extractor is fixed the row XPASSes, which fails, so the mark is removed.
    """
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


def plain(row: Any) -> tuple[Any, ...]:
    """The values of a table row, whether a tuple or a `bug(...)` param."""
    return tuple(row.values) if hasattr(row, "marks") else tuple(row)


def ids(rows: Sequence[Any]) -> list[str]:
    """Readable test ids: the start of each row's sentence."""
    return [" ".join(plain(row)[0].split())[:70] for row in rows]


def show(claim: Claim) -> str:
    return (
        f"{v(claim.metric)}={claim.value}"
        + (f"..{claim.value_max}" if claim.value_max is not None else "")
        + f" {v(claim.qualifier)} subj={v(claim.subject)} by={claim.claimant!r}"
        + f" {v(claim.period_kind)} {claim.period_start}..{claim.period_end}"
        + f" pk={v(claim.personnel_kind)} uncertain={claim.date_uncertain}"
    )


def _assign(expected: list[E], claims: list[Claim]) -> bool:
    """True when each expected claim matches a different claim (small backtracking search)."""
    if not expected:
        return True
    first, rest = expected[0], expected[1:]
    for i, claim in enumerate(claims):
        if not first.problems(claim) and _assign(rest, claims[:i] + claims[i + 1 :]):
            return True
    return False


def check(text: str, published: str | None, expected: list[E]) -> list[Claim]:
    """Extract from `text` and assert the claims are exactly `expected`; returns the claims."""
    claims = extract_claims(source(text, published))
    listing = "\n".join(show(c) for c in claims) or "(no claims)"
    for exp in expected:
        if not any(not exp.problems(c) for c in claims):
            why = [f"  {show(c)} <- {exp.problems(c)}" for c in claims if c.value == exp.value]
            pytest.fail(f"expected {exp} not found in:\n{listing}\n" + "\n".join(why))
    assert sorted(c.value for c in claims) == sorted(e.value for e in expected), listing
    assert _assign(expected, list(claims)), f"claims do not pair one to one:\n{listing}"
    for claim in claims:
        assert claim.quote and claim.quote in text, show(claim)
        assert claim.claimant in CLAIMANT_BY_NAME, show(claim)
        assert claim.source.id == "t", show(claim)
        if published:
            assert claim.date_uncertain is False, show(claim)
        if v(claim.metric) != "personnel":
            assert claim.personnel_kind is None, show(claim)
    return claims


# -- number formats ---------------------------------------------------------------------------

# fmt: off
NUMBERS = [
    ("Russia lost 1,120 soldiers on December 7, Ukraine's General Staff said.", "2023-12-10", [E("personnel", 1120, "exact", RU, "day", "2023-12-07", GS)]),
    ("Russia lost 1 120 soldiers on December 7, Ukraine's General Staff said.", "2023-12-10", [E("personnel", 1120, "exact", RU, "day", "2023-12-07", GS)]),
    ("Russia lost 1\u202f120 soldiers on December 7, Ukraine's General Staff said.", "2023-12-10", [E("personnel", 1120, "exact", RU, "day", "2023-12-07", GS)]),
    ("Russia lost 1\u2009120 soldiers on December 7, Ukraine's General Staff said.", "2023-12-10", [E("personnel", 1120, "exact", RU, "day", "2023-12-07", GS)]),
    ("Ukraine's General Staff said Russian forces lost three tanks near Avdiivka on December 7.", "2023-12-10", [E("tanks", 3, "exact", RU, "day", "2023-12-07", GS)]),
    ("Kyiv said twelve Russian armoured vehicles were destroyed in the attack on December 7.", "2023-12-10", [E("armored_vehicles", 12, "exact", RU, "day", "2023-12-07", UOFF)]),
    ("The Pentagon estimates that Russia has suffered about 1.2 million casualties since the start of the war.", "2025-06-24", [E("personnel", 1_200_000, "approximate", RU, "cumulative", "2025-06-24", PENTAGON, pk="casualties")]),
    ("Russia has now lost a million soldiers since February 24, 2022, according to Ukraine's General Staff.", "2025-06-12", [E("personnel", 1_000_000, "exact", RU, "cumulative", "2025-06-12", GS, start="2022-02-24")]),
    ("Ukraine's General Staff said 745,700 Russian troops had been lost since the start of the war.", "2024-12-03", [E("personnel", 745_700, "exact", RU, "cumulative", "2024-12-03", GS)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "expected"), NUMBERS, ids=ids(NUMBERS))
def test_number_formats(text: str, published: str, expected: list[E]) -> None:
    check(text, published, expected)


# -- lists ------------------------------------------------------------------------------------

# fmt: off
LISTS = [
    ("Ukraine's General Staff said Russia had lost 42 tanks, 103 armored fighting vehicles, 104 artillery systems and 36 drones since February 3.", "2024-02-09", [E("tanks", 42, "exact", RU, "range", "2024-02-09", GS, start="2024-02-03", pk=NO_KIND), E("armored_vehicles", 103, "exact", RU, "range", "2024-02-09", GS, start="2024-02-03"), E("artillery", 104, "exact", RU, "range", "2024-02-09", GS, start="2024-02-03"), E("drones", 36, "exact", RU, "range", "2024-02-09", GS, start="2024-02-03")]),
    ("Kyiv said Russia suffered 1,120 casualties on December 7, 990 on December 8 and 900 on December 9.", "2023-12-10", [E("personnel", 1120, "exact", RU, "day", "2023-12-07", UOFF, pk="casualties"), E("personnel", 990, "exact", RU, "day", "2023-12-08", UOFF), E("personnel", 900, "exact", RU, "day", "2023-12-09", UOFF)]),
    ("According to Ukraine's Ministry of Defence, Russia lost 27,100 troops in June, 28,800 in July and 31,400 in August.", "2024-09-05", [E("personnel", 27100, "exact", RU, "month", "2024-06-30", UMOD, start="2024-06-01"), E("personnel", 28800, "exact", RU, "month", "2024-07-31", UMOD, start="2024-07-01"), E("personnel", 31400, "exact", RU, "month", "2024-08-31", UMOD, start="2024-08-01")]),
    ("Over the past day Russian forces lost 1,090 personnel, 9 tanks, 17 armoured personnel carriers, 31 artillery systems, 2 multiple rocket launchers, 1 air defence system, 40 drones, 58 vehicles and fuel tanks and 5 units of special equipment, Ukraine's General Staff said.", "2024-03-01", [E("personnel", 1090, "exact", RU, "day", near("2024-03-01"), GS), E("tanks", 9, "exact", RU, "day", near("2024-03-01"), GS), E("armored_vehicles", 17, "exact", RU, "day", near("2024-03-01"), GS), E("artillery", 31, "exact", RU, "day", near("2024-03-01"), GS), E("mlrs", 2, "exact", RU, "day", near("2024-03-01"), GS), E("air_defense", 1, "exact", RU, "day", near("2024-03-01"), GS), E("drones", 40, "exact", RU, "day", near("2024-03-01"), GS), E("vehicles", 58, "exact", RU, "day", near("2024-03-01"), GS), E("special_equipment", 5, "exact", RU, "day", near("2024-03-01"), GS)]),
    ("Since the start of the war, Ukraine's General Staff says, Russia has lost 369 aircraft, 331 helicopters, 28 warships and boats, one submarine and 2,133 cruise missiles.", "2024-12-03", [E("aircraft", 369, "exact", RU, "cumulative", "2024-12-03", GS), E("helicopters", 331, "exact", RU, "cumulative", "2024-12-03", GS), E("ships", 28, "exact", RU, "cumulative", "2024-12-03", GS), E("submarines", 1, "exact", RU, "cumulative", "2024-12-03", GS), E("cruise_missiles", 2133, "exact", RU, "cumulative", "2024-12-03", GS)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "expected"), LISTS, ids=ids(LISTS))
def test_lists(text: str, published: str, expected: list[E]) -> None:
    check(text, published, expected)


# -- qualifiers and ranges --------------------------------------------------------------------

# fmt: off
QUALIFIERS = [
    ("Russia lost 1,210 troops on December 7, Ukraine's General Staff said.", "2023-12-10", [E("personnel", 1210, "exact", RU, "day", "2023-12-07", GS)]),
    ("Russia lost about 1,200 troops on December 7, Ukraine's General Staff said.", "2023-12-10", [E("personnel", 1200, "approximate", RU, "day", "2023-12-07", GS)]),
    ("Russian forces lost around 900 soldiers near Avdiivka on December 7, Kyiv said.", "2023-12-10", [E("personnel", 900, "approximate", RU, "day", "2023-12-07", UOFF)]),
    ("Ukraine's military said roughly 450 Russian troops were killed on December 7.", "2023-12-10", [E("personnel", 450, "approximate", RU, "day", "2023-12-07", UAF, pk="killed")]),
    ("Approximately 60 Russian tanks were lost in the failed assault in November, Ukraine's General Staff said.", "2023-12-10", [E("tanks", 60, "approximate", RU, "month", "2023-11-30", GS)]),
    ("Ukraine's General Staff said some 7,000 Russian troops were killed in November.", "2023-12-10", [E("personnel", 7000, "approximate", RU, "month", "2023-11-30", GS, pk="killed")]),
    ("An estimated 13,000 Russian soldiers were killed in November, according to Ukrainian officials.", "2023-12-10", [E("personnel", 13000, "approximate", RU, "month", "2023-11-30", UOFF, pk="killed")]),
    ("Russia lost more than 1,500 troops on December 7, Ukraine's General Staff said.", "2023-12-10", [E("personnel", 1500, "more_than", RU, "day", "2023-12-07", GS)]),
    ("Kyiv said Russia lost over 40 tanks in November.", "2023-12-10", [E("tanks", 40, "more_than", RU, "month", "2023-11-30", UOFF)]),
    ("Russian losses in November were in excess of 30,000 troops, Ukraine's Ministry of Defence said.", "2023-12-10", [E("personnel", 30000, "more_than", RU, "month", "2023-11-30", UMOD)]),
    ("Russia lost less than 700 soldiers on December 7, Ukraine's General Staff said.", "2023-12-10", [E("personnel", 700, "less_than", RU, "day", "2023-12-07", GS)]),
    ("Fewer than 600 Russian troops were killed on December 7, the lowest this month, Kyiv said.", "2023-12-10", [E("personnel", 600, "less_than", RU, "day", "2023-12-07", UOFF, pk="killed")]),
    ("Ukraine's General Staff said Russia lost under 800 soldiers on December 7.", "2023-12-10", [E("personnel", 800, "less_than", RU, "day", "2023-12-07", GS)]),
    ("Ukraine's General Staff said Russia lost nearly 2,000 troops on December 7.", "2023-12-10", [E("personnel", 2000, "nearly", RU, "day", "2023-12-07", GS)]),
    ("Russia lost almost 50 tanks in November, Ukraine's General Staff said.", "2023-12-10", [E("tanks", 50, "nearly", RU, "month", "2023-11-30", GS)]),
    ("Kyiv said Russian losses came close to 1,300 troops on December 7.", "2023-12-10", [E("personnel", 1300, "nearly", RU, "day", "2023-12-07", UOFF)]),
    ("At least 400 Russian soldiers were killed on December 7, Ukraine's military said.", "2023-12-10", [E("personnel", 400, "at_least", RU, "day", "2023-12-07", UAF, pk="killed")]),
    ("The UK Ministry of Defence estimates that between 7,000 and 15,000 Russian soldiers were killed in 2023.", "2024-02-01", [E("personnel", 7000, "range", RU, "year", "2023-12-31", UKMOD, start="2023-01-01", vmax=15000, pk="killed")]),
    ("The UK Ministry of Defence estimates that 7,000 to 15,000 Russian soldiers were killed in 2023.", "2024-02-01", [E("personnel", 7000, "range", RU, "year", "2023-12-31", UKMOD, vmax=15000, pk="killed")]),
    ("The UK Ministry of Defence estimates that 7,000-15,000 Russian soldiers were killed in 2023.", "2024-02-01", [E("personnel", 7000, "range", RU, "year", "2023-12-31", UKMOD, vmax=15000, pk="killed")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "expected"), QUALIFIERS, ids=ids(QUALIFIERS))
def test_qualifiers(text: str, published: str, expected: list[E]) -> None:
    check(text, published, expected)


# -- periods ----------------------------------------------------------------------------------

# fmt: off
PERIODS = [
    ("Ukraine's General Staff said Russia lost 1,050 soldiers on December 7.", "2023-12-10", [E("personnel", 1050, "exact", RU, "day", "2023-12-07", GS, start="2023-12-07")]),
    ("Ukraine's General Staff said Russia lost 1,050 soldiers on December 28.", "2024-01-03", [E("personnel", 1050, "exact", RU, "day", "2023-12-28", GS, start="2023-12-28")]),
    ("Ukraine's Ministry of Defence said Russia lost 45,720 troops in November.", "2024-12-03", [E("personnel", 45720, "exact", RU, "month", "2024-11-30", UMOD, start="2024-11-01")]),
    ("Ukraine's Ministry of Defence said Russia lost 31,800 troops in November.", "2024-02-09", [E("personnel", 31800, "exact", RU, "month", "2023-11-30", UMOD, start="2023-11-01")]),
    ("Russia has lost 4,540 soldiers since February 3, Ukraine's General Staff said.", "2024-02-09", [E("personnel", 4540, "exact", RU, "range", "2024-02-09", GS, start="2024-02-03")]),
    ("Russia lost 1,030 soldiers in the last 24 hours, Ukraine's General Staff said.", "2023-02-07", [E("personnel", 1030, "exact", RU, "day", near("2023-02-07"), GS)]),
    ("Ukraine's General Staff said Russian forces lost 640 troops over the past day.", "2023-02-07", [E("personnel", 640, "exact", RU, "day", near("2023-02-07"), GS)]),
    ("Russia lost 1,030 soldiers overnight, Ukraine's military said on Tuesday.", "2023-02-07", [E("personnel", 1030, "exact", RU, "day", near("2023-02-07"), UAF)]),
    ("Russia lost 11,390 soldiers last week, according to Ukraine's Ministry of Defence.", "2024-12-03", [E("personnel", 11390, "exact", RU, "week", upto("2024-12-03", 14), UMOD)]),
    ("Russia has lost 6,385 tanks since the start of the war, Ukraine's General Staff said.", "2024-02-09", [E("tanks", 6385, "exact", RU, "cumulative", "2024-02-09", GS, start="2022-02-24")]),
    ("Russia has lost 393,290 troops since the beginning of the full-scale invasion, Ukraine's General Staff said.", "2024-02-09", [E("personnel", 393290, "exact", RU, "cumulative", "2024-02-09", GS, start="2022-02-24")]),
    ("Ukraine's General Staff said Russia had lost 11,921 armored fighting vehicles since February 24, 2022.", "2024-02-09", [E("armored_vehicles", 11921, "exact", RU, "cumulative", "2024-02-09", GS, start="2022-02-24")]),
    ("Ukraine's General Staff said Russia had lost 7,209 drones in total.", "2024-02-09", [E("drones", 7209, "exact", RU, "cumulative", "2024-02-09", GS, start="2022-02-24")]),
    ("Going by Ukraine's tally, Russia has lost a total of 393,290 troops.", "2024-02-09", [E("personnel", 393290, "exact", RU, "cumulative", "2024-02-09", ANY_UA, start="2022-02-24")]),
    ("Ukraine's General Staff said Russia lost 3,010 soldiers in three days.", "2023-12-10", [E("personnel", 3010, "exact", RU, "range", upto("2023-12-10"), GS)]),
    ("Ukraine's military said its troops destroyed 25 Russian tanks in two days.", "2023-02-07", [E("tanks", 25, "exact", RU, "range", upto("2023-02-07"), UAF)]),
    ("Russia lost 253,290 soldiers in 2023, Ukraine's General Staff said.", "2024-01-05", [E("personnel", 253290, "exact", RU, "year", "2023-12-31", GS, start="2023-01-01")]),
    ("Russia lost 3,010 soldiers between 7 and 9 December, Ukraine's General Staff said.", "2023-12-10", [E("personnel", 3010, "exact", RU, "range", "2023-12-09", GS, start="2023-12-07")]),
    ("Russia lost 3,010 soldiers on 7-9 December, Ukraine's General Staff said.", "2023-12-10", [E("personnel", 3010, "exact", RU, "range", "2023-12-09", GS, start="2023-12-07")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "expected"), PERIODS, ids=ids(PERIODS))
def test_periods(text: str, published: str, expected: list[E]) -> None:
    check(text, published, expected)


# -- claimants and subjects -------------------------------------------------------------------

# fmt: off
CLAIMANTS = [
    ("Ukraine's Ministry of Defence said Russia lost 1,050 troops on December 3.", "2024-12-05", [E("personnel", 1050, "exact", RU, "day", "2024-12-03", UMOD)]),
    ("Russia lost 1,050 troops on December 3, according to Ukraine's Ministry of Defence.", "2024-12-05", [E("personnel", 1050, "exact", RU, "day", "2024-12-03", UMOD)]),
    ("Russian losses, Kyiv's military said on Tuesday, reached 1,030 soldiers overnight.", "2023-02-07", [E("personnel", 1030, "exact", RU, "day", near("2023-02-07"), UAF)]),
    ("Ukraine's General Staff published its morning update on Facebook. It said Russia lost 1,180 soldiers on December 3.", "2024-12-05", [E("personnel", 1180, "exact", RU, "day", "2024-12-03", GS)]),
    ("Ukraine's Ministry of Defence posted its daily update on X. Fighting was heaviest near Pokrovsk. Russia lost 1,520 troops on December 3.", "2024-12-05", [E("personnel", 1520, "exact", RU, "day", "2024-12-03", UMOD)]),
    ("Russia lost 1,100 soldiers on December 5, Ukraine's General Staff said, Reuters reported.", "2024-12-06", [E("personnel", 1100, "exact", RU, "day", "2024-12-05", GS)]),
    ("Russia lost 1,100 soldiers on December 5, the General Staff of the Armed Forces of Ukraine said.", "2024-12-06", [E("personnel", 1100, "exact", RU, "day", "2024-12-05", GS)]),
    ("The Pentagon estimates that Russia has suffered about 315,000 casualties.", "2023-12-12", [E("personnel", 315000, "approximate", RU, None, None, PENTAGON, pk="casualties")]),
    ("Britain's defence ministry said Russia had likely lost about 2,000 tanks since the start of the war.", "2023-06-01", [E("tanks", 2000, "approximate", RU, "cumulative", "2023-06-01", UKMOD)]),
    ("The UK Ministry of Defence estimates that about 450,000 Russian soldiers have been killed and wounded since the start of the war.", "2024-06-10", [E("personnel", 450000, "approximate", RU, "cumulative", "2024-06-10", UKMOD, pk="casualties")]),
    ("The Institute for the Study of War said Russian forces lost roughly 45,000 troops in November.", "2024-12-05", [E("personnel", 45000, "approximate", RU, "month", "2024-11-30", ISW)]),
    ("Russia has lost more than 2,900 tanks since the start of the war, according to Oryx, which counts only losses confirmed by photos or video.", "2024-01-15", [E("tanks", 2900, "more_than", RU, "cumulative", "2024-01-15", ORYX)]),
    ("Mediazona said it had confirmed the names of at least 45,287 Russian soldiers killed since the start of the full-scale invasion.", "2024-02-23", [E("personnel", 45287, "at_least", RU, "cumulative", "2024-02-23", MEDIAZONA, pk="killed")]),
    ("Kremlin spokesman Dmitry Peskov said 1,351 Russian servicemen had been killed.", "2022-03-26", [E("personnel", 1351, "exact", RU, None, None, KREMLIN, pk="killed")]),
    ("Russia's Ministry of Defence said 5,937 Russian soldiers had been killed since the start of the war.", "2022-09-22", [E("personnel", 5937, "exact", RU, "cumulative", "2022-09-22", RMOD, pk="killed")]),
    ("Vladimir Putin's forces lost 1,200 soldiers on December 7, Ukraine's General Staff said.", "2023-12-10", [E("personnel", 1200, "exact", RU, "day", "2023-12-07", GS)]),
    ("Putin's military has lost 6,385 tanks since the start of the war, Ukraine's General Staff said.", "2024-02-09", [E("tanks", 6385, "exact", RU, "cumulative", "2024-02-09", GS)]),
    ("Russian forces in Ukraine have lost 1,160 soldiers over the past day, Kyiv said.", "2024-02-09", [E("personnel", 1160, "exact", RU, "day", near("2024-02-09"), UOFF)]),
    # Ukraine's losses as claimed by Russia (or by Kyiv) are Ukraine's, never Russia's.
    ("Russia's defence ministry said Ukraine lost 1,500 troops over the past day.", "2024-06-10", [E("personnel", 1500, "exact", UA, "day", near("2024-06-10"), RMOD)]),
    ("Russia's Ministry of Defence said Ukrainian forces lost 420 servicemen and two tanks in the Kupiansk direction on December 7.", "2023-12-10", [E("personnel", 420, "exact", UA, "day", "2023-12-07", RMOD), E("tanks", 2, "exact", UA, "day", "2023-12-07", RMOD)]),
    ("The Russian defence ministry claimed the enemy had lost 300 troops near Bakhmut on December 7.", "2023-12-10", [E("personnel", 300, "exact", UA, "day", "2023-12-07", RMOD)]),
    ("Moscow claimed that Kyiv had lost more than 16,000 soldiers in June.", "2023-07-05", [E("personnel", 16000, "more_than", UA, "month", "2023-06-30", RUOFF)]),
    ("Zelensky said 31,000 Ukrainian soldiers had been killed since the start of the full-scale invasion.", "2024-02-26", [E("personnel", 31000, "exact", UA, "cumulative", "2024-02-26", PRESIDENT, pk="killed")]),
    ("Ukraine's General Staff said 1,030 enemy soldiers were killed overnight.", "2023-02-07", [E("personnel", 1030, "exact", RU, "day", near("2023-02-07"), GS, pk="killed")]),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "expected"), CLAIMANTS, ids=ids(CLAIMANTS))
def test_claimants_and_subjects(text: str, published: str, expected: list[E]) -> None:
    check(text, published, expected)


# -- personnel kinds --------------------------------------------------------------------------

# fmt: off
KINDS = [
    ("Ukraine's General Staff said 850 Russian soldiers were killed on December 7.", "2023-12-10", [E("personnel", 850, "exact", RU, "day", "2023-12-07", GS, pk="killed")]),
    ("Ukraine's military said 640 Russian troops were left dead after a failed assault near Vuhledar on February 6.", "2023-02-08", [E("personnel", 640, "exact", RU, "day", "2023-02-06", UAF, pk="killed")]),
    ("Ukrainian officials put the Russian death toll at 19,000 since the start of the war.", "2022-04-08", [E("personnel", 19000, "exact", RU, "cumulative", "2022-04-08", UOFF, pk="killed")]),
    ("About 19,000 Russian troops have died since the start of the war, Ukrainian authorities said.", "2022-04-08", [E("personnel", 19000, "approximate", RU, "cumulative", "2022-04-08", UOFF, pk="killed")]),
    ("Ukraine's General Staff said 1,400 Russian soldiers were wounded near Avdiivka on December 7.", "2023-12-10", [E("personnel", 1400, "exact", RU, "day", "2023-12-07", GS, pk="wounded")]),
    ("Kyiv said Russia suffered 1,120 casualties on December 7.", "2023-12-10", [E("personnel", 1120, "exact", RU, "day", "2023-12-07", UOFF, pk="casualties")]),
    ("Russian troop losses reached 1,250 on December 7, Ukraine's General Staff said.", "2023-12-10", [E("personnel", 1250, "exact", RU, "day", "2023-12-07", GS, pk="unspecified")]),
    ("Ukraine's General Staff said 1,090 Russian soldiers were killed and wounded on December 7.", "2023-12-10", [E("personnel", 1090, "exact", RU, "day", "2023-12-07", GS, pk="casualties")]),
    ("Ukraine's Ministry of Defence said Russia lost 1,760 soldiers on December 3.", "2024-12-05", [E("personnel", 1760, "exact", RU, "day", "2024-12-03", UMOD, pk="unspecified")]),
    ("Ukraine's armed forces said they had captured 38 Russian soldiers near Kupiansk on December 7.", "2023-12-10", [E("personnel", 38, "exact", RU, "day", "2023-12-07", UAF, pk="captured")]),
    ("Ukraine's General Staff said 27 Russian soldiers were taken prisoner on December 7.", "2023-12-10", [E("personnel", 27, "exact", RU, "day", "2023-12-07", GS, pk="captured")]),
    ("Kyiv said its forces had taken 562 Russian POWs since the start of the war.", "2022-04-27", [E("personnel", 562, "exact", RU, "cumulative", "2022-04-27", UOFF, pk="captured")]),
    ("Ukraine's General Staff said Russia lost 14 tanks on December 7.", "2023-12-10", [E("tanks", 14, "exact", RU, "day", "2023-12-07", GS, pk=NO_KIND)]),
    ("Ukraine's General Staff said Russia lost 33 drones on December 7.", "2023-12-10", [E("drones", 33, "exact", RU, "day", "2023-12-07", GS, pk=NO_KIND)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "expected"), KINDS, ids=ids(KINDS))
def test_personnel_kinds(text: str, published: str, expected: list[E]) -> None:
    check(text, published, expected)


# -- numbers that are not loss figures --------------------------------------------------------

# fmt: off
NOT_LOSSES = [
    ("Russian and Ukrainian officials say Russia's covert mobilisation produces roughly 20,000 to 40,000 personnel a month.", "2023-12-10", (20000, 40000)),
    ("Ukraine's General Staff said its forces were involved in 91 combat clashes over the past day.", "2024-02-09", (91,)),
    ("Russia launched 49 airstrikes and carried out 52 attacks with multiple-launch rocket systems, the General Staff said.", "2024-02-09", (49, 52)),
    ("Regional officials recorded 112 shelling incidents in the Kherson region on Sunday.", "2024-02-12", (112,)),
    ("The Pentagon said North Korea has deployed about 10,000 soldiers to Russia's Kursk region.", "2024-11-05", (10000,)),
    ("Russia mobilised 300,000 reservists in the autumn of 2022, the Kremlin said.", "2023-01-10", (300000, 2022)),
    ("Some 40,000 Russian troops are stationed near the border, according to Ukraine's military.", "2024-05-01", (40000,)),
    ("The Kremlin says it recruited 190,000 contract soldiers in the first half of the year.", "2024-08-01", (190000,)),
    ("Bakhmut had a pre-war population of around 70,000 people.", "2023-02-07", (70000,)),
    ("Russian troops advanced to a water treatment plant 5 km northwest of Avdiivka.", "2023-12-10", (5,)),
    ("The front line now runs for roughly 600 miles from Kharkiv to Kherson.", "2023-12-10", (600,)),
    ("More than 90 percent of the clashes of the past day took place around Avdiivka and Marinka.", "2023-12-10", (90,)),
    ("Russian losses fell by 12% in October compared with September, Ukraine's General Staff said.", "2023-11-02", (12,)),
    ("Soldiers of the 3rd Assault Brigade pushed Russian units back near Andriivka.", "2023-09-16", (3,)),
    ("An entire regiment of the 20th Guards Motor Rifle Division was pulled back from the front.", "2024-12-03", (20,)),
    ("Ukraine's gunners are running short of 155mm shells, officials in Kyiv said.", "2024-01-20", (155,)),
    ("A restaurant has started charging diners a $17 fee for reservation mistakes.", "2024-05-01", (17,)),
    ("The European Union approved €2 billion in aid for Ukraine's armed forces.", "2024-03-18", (2, 2_000_000_000)),
    ("Russia launched its full-scale invasion of Ukraine on February 24, 2022.", "2024-02-24", (24, 2022)),
    ("A 23-year-old conscript from Pskov died in the assault, his mother told reporters.", "2023-03-01", (23,)),
    ("A Russian colonel, 47, was killed near Kreminna, local officials said.", "2023-03-01", (47,)),
    ("25 mins ago\nan hour ago\nRestaurant sparks debate over new booking rule", "2022-04-08", (25,)),
    ("Home> News\nPublished 08:40 8 Apr 2022 GMT+1\nRussia Has Suffered 'Significant Losses' In Ukraine", "2022-04-08", (8, 40, 2022, 1)),
    ("  • Russia Accused Of 'Forcibly Deporting' 400,000 Civilians From Ukraine", "2022-04-08", (400000,)),
    ("More than 1,000 soldiers left the 20th Guards Motor Rifle Division, an opposition outlet reported.", "2024-12-03", (1000, 20)),
    ("About 60 servicemen from Pskov refused to fight in Ukraine, a local outlet reported.", "2022-04-08", (60,)),
    ("The Air Force targeted five clusters of enemy personnel and two command points, the General Staff said.", "2024-02-09", (5, 2)),
    ("The US pledged 31 Abrams tanks to Ukraine in January.", "2023-02-07", (31,)),
    ("Germany delivered 18 Leopard 2 tanks to Ukraine, the defence ministry in Berlin said.", "2023-03-28", (18, 2)),
    ("The Pentagon announced a $2.5 billion package that includes 59 Bradley fighting vehicles.", "2023-01-06", (59, 2)),
    ("Russia produces 1,500 tanks a year, according to Western estimates.", "2024-02-09", (1500,)),
    ("Russia is rapidly nearing 750,000 losses in the war, Kyiv reported.", "2024-12-03", (750000,)),
    ("Russia fires about 10,000 artillery shells a day, Ukrainian officials said.", "2024-02-09", (10000,)),
    ("Russia launched 188 drones at Ukraine overnight, the Ukrainian air force said.", "2024-11-26", (188,)),
    ("The town lies 12 kilometres from the front line, Ukraine's General Staff said.", "2024-02-09", (12,)),
    ("Russian losses in 2023 were the highest of the war, Kyiv said.", "2024-01-05", (2023,)),
    ("Ukraine's General Staff published its report on December 7 at 08:00.", "2023-12-10", (7, 8)),
    # A loss figure next to a number that is not one: only the loss figure may be taken.
    ("Russia lost 1,210 soldiers over the past day, and 90 percent of the clashes were near Avdiivka, the General Staff said.", "2023-12-10", (90,)),
    ("Russia lost 1,050 troops on December 7 near Krasnohorivka, 5 km northwest of Avdiivka, Kyiv said.", "2023-12-10", (5, 7)),
]
# fmt: on

# fmt: off
NO_FIGURES = [
    ("Dozens of Russian soldiers were killed in the strike, Ukraine's military said.", "2024-02-09"),
    ("Moscow has thrown hundreds of thousands of troops into the offensive.", "2023-02-07"),
    ("Russia has seen thousands of its soldiers killed, Kyiv said.", "2022-04-08"),
    ("Russia does not publicise its losses, and casualty figures have not been confirmed.", "2024-12-03"),
    ("Putin's spokesperson Dmitry Peskov said Russia had suffered 'significant losses'.", "2022-04-08"),
]
# fmt: on


@pytest.mark.parametrize(("text", "published", "numbers"), NOT_LOSSES, ids=ids(NOT_LOSSES))
def test_not_loss_figures(text: str, published: str, numbers: tuple[int, ...]) -> None:
    claims = extract_claims(source(text, published))
    bad = [show(c) for c in claims if c.value in numbers or c.value_max in numbers]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(("text", "published"), NO_FIGURES, ids=ids(NO_FIGURES))
def test_no_figure_no_claim(text: str, published: str) -> None:
    claims = extract_claims(source(text, published))
    assert not claims, "\n".join(show(c) for c in claims)


# -- no publication date ----------------------------------------------------------------------

# fmt: off
UNDATED = [
    ("Russia lost 1,030 soldiers in the last 24 hours, Ukraine's General Staff said.", "personnel", 1030),
    ("Russia lost 11,390 soldiers last week, according to Ukraine's Ministry of Defence.", "personnel", 11390),
    ("Ukraine's General Staff said Russia lost 640 troops overnight.", "personnel", 640),
    ("Russia has lost 6,385 tanks since the start of the war, Ukraine's General Staff said.", "tanks", 6385),
]
# fmt: on


@pytest.mark.parametrize(("text", "metric", "value"), UNDATED, ids=ids(UNDATED))
def test_no_published_date_marks_relative_periods_uncertain(
    text: str, metric: str, value: int
) -> None:
    claims = extract_claims(source(text, None))
    assert [(v(c.metric), c.value) for c in claims] == [(metric, value)]
    assert claims[0].date_uncertain is True, show(claims[0])
    assert claims[0].source.published is None


# -- quotes -----------------------------------------------------------------------------------

QUOTES = [
    (
        "Fighting raged near Avdiivka. Russia lost 1,120 soldiers on December 7, Kyiv said. "
        "The city has been under attack since October.",
        "2023-12-10",
        "Russia lost 1,120 soldiers on December 7, Kyiv said.",
    ),
    (
        "Ukraine's General Staff published its update.\n\n"
        "It said Russia lost 42 tanks since February 3. Newsweek could not verify the figures.",
        "2024-02-09",
        "It said Russia lost 42 tanks since February 3.",
    ),
    (
        "KYIV – The Ukrainian military said on Tuesday that 1,030 Russian soldiers were killed "
        "overnight. Moscow did not comment.",
        "2023-02-07",
        "KYIV – The Ukrainian military said on Tuesday that 1,030 Russian soldiers were killed "
        "overnight.",
    ),
]


@pytest.mark.parametrize(("text", "published", "sentence"), QUOTES, ids=ids(QUOTES))
def test_quote_is_the_sentence(text: str, published: str, sentence: str) -> None:
    claims = extract_claims(source(text, published))
    assert len(claims) == 1, "\n".join(show(c) for c in claims)
    quote = claims[0].quote.strip()
    assert quote in text
    # The exact sentence, with or without its full stop; a leading dateline may be dropped.
    whole, got = sentence.rstrip("."), quote.rstrip(".")
    assert got == whole or (whole.endswith(got) and f"{claims[0].value:,}" in got), quote


def test_every_rule_row_quotes_its_text() -> None:
    rows = NUMBERS + LISTS + QUALIFIERS + PERIODS + CLAIMANTS + KINDS
    for text, published, _ in map(plain, rows):
        for claim in extract_claims(source(text, published)):
            assert claim.quote in text, (text, claim.quote)


def test_claimant_sides_in_tables_are_known() -> None:
    # Guards the tables: every claimant named in an expected row is a canonical name.
    rows = NUMBERS + LISTS + QUALIFIERS + PERIODS + CLAIMANTS + KINDS
    for _, _, expected in map(plain, rows):
        for exp in expected:
            names = exp.who if isinstance(exp.who, frozenset) else {exp.who} - {None}
            for name in names:
                assert claimant_side(name) is not None, name
    assert D("2022-02-24") == WAR_START
