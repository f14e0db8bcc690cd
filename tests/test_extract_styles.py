# ruff: noqa: E501 - table rows stay one line each, however long the sentence.
"""Styles of real coverage the extractor must read (issue 13, requirements 1-5), each with
our own sentences and articles: open-source status lists, sector bulletins, named-dead counts,
live-blog entries, outlets and formations that are their own claimants.

Each row is (publisher, published, text, [expected]); an expected claim is (metric, value,
subject, period kind, claimant or None, part_of or "-" for "not checked"). A claim must exist for
each expected one; a row's `absent` numbers must not be stored at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from knowledge import extract_claims
from knowledge.models import Claim, Source

RU, UA = "russia", "ukraine"
ANY = "-"


def claims_of(publisher: str, published: str, text: str) -> list[Claim]:
    """What the extractor stores for `text` published by `publisher` on `published`."""
    source = Source(id="t", title="T", publisher=publisher, url=None,
                    published=dt.date.fromisoformat(published), text=text)  # fmt: skip
    return extract_claims(source)


def show(claim: Claim) -> str:
    return (
        f"{claim.metric}={claim.value} {claim.subject} {claim.period_kind} "
        f"{claim.period_start}..{claim.period_end} by={claim.claimant!r} part={claim.part_of!r}"
    )


def find(claims: list[Claim], want: tuple[Any, ...]) -> list[str]:
    """Problems of the best claim with `want`'s value and metric ([] when one fits)."""
    metric, value, subject, kind, claimant, part = want
    same = [c for c in claims if c.value == value and str(c.metric) == metric]
    if not same:
        return [f"no {metric} {value}"]
    best: list[str] | None = None
    for claim in same:
        problems = []
        if str(claim.subject) != subject:
            problems.append(f"subject {claim.subject}")
        if kind is not None and str(claim.period_kind) != kind:
            problems.append(f"period {claim.period_kind}")
        if claimant is not None and claim.claimant != claimant:
            problems.append(f"claimant {claim.claimant!r}")
        if part != ANY and claim.part_of != part:
            problems.append(f"part_of {claim.part_of!r}")
        if best is None or len(problems) < len(best):
            best = problems
    return best or []


def check(publisher: str, published: str, text: str, expected: list[tuple[Any, ...]]) -> None:
    """Every expected claim is stored with its fields; no claim is on a side not expected."""
    claims = claims_of(publisher, published, text)
    listing = "\n".join(show(c) for c in claims) or "(none)"
    for want in expected:
        problems = find(claims, want)
        assert not problems, f"{want}: {problems}\n{listing}"
    for claim in claims:
        sides = {w[2] for w in expected if w[1] == claim.value and w[0] == str(claim.metric)}
        assert not sides or str(claim.subject) in sides, f"wrong side: {show(claim)}"


# -- open-source status lists ("Tanks (1,322, of which destroyed: 887, ...)") --------------------

ORYX = "Oryx"
# fmt: off
STATUS_LISTS = [
    ("Oryx", "2025-03-02",
     "Russia - 14,210, of which: destroyed: 10,950, damaged: 620, abandoned: 880, captured: 1,760\n\n"
     "Tanks (3,640, of which destroyed: 2,590, damaged: 140, abandoned: 390, captured: 520)\n",
     [("other", 14210, RU, "cumulative", ORYX, None), ("other", 10950, RU, "cumulative", ORYX, "destroyed"),
      ("other", 620, RU, "cumulative", ORYX, "damaged"), ("other", 1760, RU, "cumulative", ORYX, "captured"),
      ("tanks", 3640, RU, "cumulative", ORYX, None), ("tanks", 2590, RU, "cumulative", ORYX, "destroyed"),
      ("tanks", 520, RU, "cumulative", ORYX, "captured")]),
    ("Oryx", "2024-08-20",
     "Ukraine - 5,380, of which: destroyed: 3,900, damaged: 520, abandoned: 310, captured: 650\n"
     "Infantry fighting vehicles (1,020, of which destroyed: 700, damaged: 90, abandoned: 80, captured: 150)\n"
     "- BMP-2 (310, of which destroyed: 222, damaged: 31, captured: 57)\n",
     [("other", 5380, UA, "cumulative", ORYX, None), ("other", 650, UA, "cumulative", ORYX, "captured"),
      ("armored_vehicles", 1020, UA, "cumulative", ORYX, None),
      ("armored_vehicles", 700, UA, "cumulative", ORYX, "destroyed"),
      ("armored_vehicles", 310, UA, "cumulative", ORYX, "BMP-2"),
      ("armored_vehicles", 57, UA, "cumulative", ORYX, "BMP-2, captured")]),
    ("The Evening Ledger", "2025-11-04",
     "The Oryx blog, which counts only losses documented by photographs or video, lists the following for Russia as of November 3.\n\n"
     "Russia - 21,400, of which: destroyed: 16,500, damaged: 980, abandoned: 1,400, captured: 2,520\n"
     "Aircraft (152, of which destroyed: 131, damaged: 21)\n"
     "- T-80BVM (201, of which destroyed: 160, damaged: 11, abandoned: 12, captured: 18)\n",
     [("other", 21400, RU, "cumulative", ORYX, None), ("aircraft", 152, RU, "cumulative", ORYX, None),
      ("aircraft", 21, RU, "cumulative", ORYX, "damaged"), ("tanks", 201, RU, "cumulative", ORYX, "T-80BVM"),
      ("tanks", 18, RU, "cumulative", ORYX, "T-80BVM, captured")]),
    ("Field Notes", "2024-05-10",
     "Visually confirmed Russian losses, according to the Oryx open-source tally:\n"
     "Russia - 15,020, of which: destroyed: 11,300, damaged: 700, abandoned: 1,020, captured: 2,000\n"
     "Helicopters (136, of which destroyed: 100, damaged: 28, captured: 8)\n",
     [("other", 15020, RU, "cumulative", ORYX, None), ("helicopters", 136, RU, "cumulative", ORYX, None),
      ("helicopters", 8, RU, "cumulative", ORYX, "captured")]),
    ("Oryx", "2023-02-01",
     "Ukraine - 2,940, of which: destroyed: 1,900, damaged: 190, abandoned: 170, captured: 680\n\n"
     "Tanks (480, of which destroyed: 290, damaged: 40, abandoned: 30, captured: 120)\n"
     "- T-64BV (170, of which destroyed: 110, damaged: 12, abandoned: 9, captured: 39)\n",
     [("tanks", 480, UA, "cumulative", ORYX, None), ("tanks", 170, UA, "cumulative", ORYX, "T-64BV"),
      ("tanks", 110, UA, "cumulative", ORYX, "T-64BV, destroyed"), ("other", 2940, UA, "cumulative", ORYX, None)]),
]
# fmt: on


@pytest.mark.parametrize(("publisher", "published", "text", "expected"), STATUS_LISTS)
def test_status_lists(publisher: str, published: str, text: str, expected: list[Any]) -> None:
    check(publisher, published, text, expected)


# -- an outlet that is itself a claimant ----------------------------------------------------------

UKMOD, MZ, ISW = "UK Ministry of Defence", "Mediazona", "the Institute for the Study of War"
UNATTRIBUTED = "unattributed (the outlet does not say)"
# fmt: off
OWN_OUTLET = [
    ("UK Ministry of Defence", "2025-06-01", "- Russian casualties averaged an estimated 980 a day in May 2025.",
     [("personnel", 980, RU, None, UKMOD, ANY)]),
    ("Mediazona (fixture)", "2025-03-14", "We have now confirmed the names of 92,400 Russian soldiers killed in the war.",
     [("personnel", 92400, RU, None, MZ, ANY)]),
    ("Institute for the Study of War", "2024-12-02", "Russian forces lost roughly 1,300 personnel per day in November.",
     [("personnel", 1300, RU, None, ISW, ANY)]),
    ("Oryx", "2023-07-01", "At least 2,200 Russian tanks have been destroyed since the invasion began.",
     [("tanks", 2200, RU, None, ORYX, ANY)]),
    ("BBC News Russian", "2024-04-05", "Over the past month the list of confirmed Russian dead grew by 1,870 names.",
     [("personnel", 1870, RU, None, MZ, ANY)]),
    # a newspaper named after a place is no claimant: its figures stay unattributed
    ("The Kyiv Independent", "2025-01-10", "Russia lost 12 tanks over the past day.",
     [("tanks", 12, RU, "day", UNATTRIBUTED, ANY)]),
    ("Moscow Times", "2025-01-10", "Russia lost 1,100 soldiers over the past day.",
     [("personnel", 1100, RU, "day", UNATTRIBUTED, ANY)]),
]
# fmt: on


@pytest.mark.parametrize(("publisher", "published", "text", "expected"), OWN_OUTLET)
def test_outlet_that_is_a_claimant(
    publisher: str, published: str, text: str, expected: list[Any]
) -> None:
    check(publisher, published, text, expected)


# -- "the same post lists ...": more figures of the report just quoted ----------------------------

GS, RMOD = "Ukraine's General Staff", "Russia's Ministry of Defence"
# fmt: off
SAME_SOURCE = [
    ("The Daily Courier", "2026-01-08",
     "Ukraine's General Staff says Russia lost 1,240 troops over the past day. The same post lists 6 tanks and 14 artillery systems.",
     [("tanks", 6, RU, "day", GS, ANY), ("artillery", 14, RU, "day", GS, ANY)]),
    ("Global Wire", "2025-09-02",
     "The Russian Defence Ministry said its forces killed up to 1,300 Ukrainian troops over the past 24 hours. Its bulletin also lists 3 tanks and 19 field artillery guns.",
     [("tanks", 3, UA, "day", RMOD, ANY), ("artillery", 19, UA, "day", RMOD, ANY)]),
    ("The Daily Courier", "2025-05-14",
     "Ukraine's General Staff said Russia lost 1,100 soldiers in the past day. The same update lists 2 tanks, 40 drones and 9 vehicles.",
     [("tanks", 2, RU, "day", GS, ANY), ("drones", 40, RU, "day", GS, ANY), ("vehicles", 9, RU, "day", GS, ANY)]),
    ("Evening Ledger", "2024-12-03",
     "According to the General Staff, Russia has lost 745,700 troops since the start of the war. The same report counts 9,500 tanks.",
     [("tanks", 9500, RU, "cumulative", GS, ANY)]),
    ("Field Notes", "2025-02-20",
     "18:40 Kyiv's morning tally put Russian losses at 1,370 soldiers over the past day. That tally also gave 11 armoured vehicles and 55 drones.",
     [("armored_vehicles", 11, RU, "day", None, ANY), ("drones", 55, RU, "day", None, ANY)]),
]
# fmt: on


@pytest.mark.parametrize(("publisher", "published", "text", "expected"), SAME_SOURCE)
def test_same_source_lists(publisher: str, published: str, text: str, expected: list[Any]) -> None:
    check(publisher, published, text, expected)


# -- a daily bulletin broken down by sector: the parts are the day's ------------------------------

# fmt: off
SECTOR_BULLETINS = [
    ("RIA Novosti", "2025-04-09",
     "Ukraine lost up to 1,180 troops over the past 24 hours, the Russian Defence Ministry said. "
     "In the zone of the Battlegroup Vostok, the enemy lost up to 140 servicemen and two pickup trucks.",
     [("personnel", 140, UA, "day", RMOD, "Battlegroup Vostok"), ("vehicles", 2, UA, "day", RMOD, ANY)]),
    ("TASS", "2025-06-30",
     "The Ukrainian army lost more than 1,250 soldiers in the past day, the ministry said.\n\n"
     "The Battlegroup Sever repelled three counterattacks near Volchansk. The enemy lost up to 95 servicemen and a tank.\n\n"
     "Units of the Battlegroup Yug destroyed up to 230 Ukrainian troops.",
     [("personnel", 95, UA, "day", RMOD, "Battlegroup Sever"), ("personnel", 230, UA, "day", RMOD, "Battlegroup Yug")]),
    ("Kyiv Dispatch", "2025-08-12",
     "Russia lost 1,020 soldiers over the past day, Ukraine's General Staff said. "
     "The heaviest fighting was in the Pokrovsk direction, where the enemy lost 310 soldiers.",
     [("personnel", 310, RU, "day", GS, ANY)]),
    ("Izvestia", "2024-11-02",
     "Over the past day the armed forces of Ukraine lost up to 1,500 servicemen, the ministry reported. "
     "The losses of the Ukrainian armed forces in the area of responsibility of the Battlegroup Dnepr amounted to up to 60 servicemen.",
     [("personnel", 60, UA, "day", RMOD, "Battlegroup Dnepr")]),
    # a sector's own period wins; with no day before it there is nothing to inherit
    ("TASS", "2025-02-14",
     "Ukraine lost up to 1,300 troops over the past day, the Russian Defence Ministry said. "
     "Over the past week, the Battlegroup Zapad said, Ukrainian units lost up to 1,400 servicemen.",
     [("personnel", 1400, UA, "week", RMOD, ANY)]),
    ("Field Notes", "2025-02-14",
     "Russia's defence ministry claims Ukraine has lost up to 640 soldiers in the Kupiansk direction.",
     [("personnel", 640, UA, "unspecified", RMOD, ANY)]),
]
# fmt: on


@pytest.mark.parametrize(("publisher", "published", "text", "expected"), SECTOR_BULLETINS)
def test_sector_bulletins(publisher: str, published: str, text: str, expected: list[Any]) -> None:
    check(publisher, published, text, expected)


# -- named-dead counts: running totals, and their breakdowns ---------------------------------------

KILLED = "killed"
# fmt: off
NAMED_DEAD = [
    ("Mediazona", "2025-05-02",
     "Mediazona and BBC News Russian have now identified 98,300 Russian soldiers killed in the war in Ukraine. "
     "Among those whose names are known are 3,400 officers.",
     [("personnel", 98300, RU, "cumulative", MZ, None), ("personnel", 3400, RU, "cumulative", MZ, "officers")]),
    ("Novaya Vremya", "2024-10-11",
     "The independent outlet Mediazona says it has confirmed 72,100 Russian servicemen killed in the war against Ukraine. "
     "Of them, 12,900 were mobilised soldiers.",
     [("personnel", 72100, RU, "cumulative", MZ, None), ("personnel", 12900, RU, "cumulative", MZ, "mobilised")]),
    ("Mediazona", "2025-01-20",
     "Probate records suggest that some 120,000 to 140,000 Russian men had died in the fighting by the end of 2024.",
     [("personnel", 120000, RU, "cumulative", MZ, ANY)]),
    ("Kyiv Dispatch", "2025-07-01",
     "The UALosses project has documented 70,000 Ukrainian soldiers killed in the war against Russia.",
     [("personnel", 70000, UA, "cumulative", "UALosses", ANY)]),
    ("Mediazona", "2024-03-01",
     "We have confirmed the deaths of 45,100 Russian soldiers in the war with Ukraine. "
     "Among the confirmed dead are at least 7,800 volunteers and 2,100 officers.",
     [("personnel", 45100, RU, "cumulative", MZ, None), ("personnel", 7800, RU, "cumulative", MZ, "volunteers"),
      ("personnel", 2100, RU, "cumulative", MZ, "officers")]),
]
# fmt: on


@pytest.mark.parametrize(("publisher", "published", "text", "expected"), NAMED_DEAD)
def test_named_dead_counts(publisher: str, published: str, text: str, expected: list[Any]) -> None:
    check(publisher, published, text, expected)


def test_named_dead_breakdown_is_killed() -> None:
    """A breakdown of a count of the dead counts the dead, not casualties."""
    claims = claims_of("Mediazona", "2025-05-02", NAMED_DEAD[0][2])
    officers = next(c for c in claims if c.value == 3400)
    assert str(officers.personnel_kind) == KILLED


# -- regional groupings and units are their own claimants ------------------------------------------

JFTF, KHORT, TAVRIA = (
    "Ukraine's Joint Forces Task Force",
    "Ukraine's Khortytsia group of forces",
    "Ukraine's Tavria group of forces",
)
SOUTH, THIRD = "Ukraine's Southern Defence Forces", "Ukraine's 3rd Assault Brigade"
# fmt: off
FORMATIONS = [
    ("Kharkiv Today", "2025-03-06",
     "Russian troops lost 410 personnel in the Kupiansk sector over the past week, a spokesman for the Joint Forces Task Force said.",
     [("personnel", 410, RU, "week", JFTF, ANY)]),
    ("Kyiv Dispatch", "2024-06-03",
     "The enemy has suffered 2,140 casualties near Vovchansk since May 10, the Khortytsia operational-strategic group said on Monday.",
     [("personnel", 2140, RU, "range", KHORT, ANY)]),
    ("Field Notes", "2024-01-18",
     "Dmytro Lykhovyi, spokesman for the Tavria group, said Russian forces lost 37 armoured vehicles around Avdiivka on Wednesday.",
     [("armored_vehicles", 37, RU, "day", TAVRIA, ANY)]),
    ("Evening Ledger", "2023-12-20",
     "Natalia Humeniuk of the Southern Defence Forces said Russia had lost 120 soldiers on the left bank of the Dnipro over the past day.",
     [("personnel", 120, RU, "day", SOUTH, ANY)]),
    ("Kyiv Dispatch", "2025-02-11",
     "Drone operators of the 3rd Assault Brigade destroyed 18 Russian vehicles near Lyman last week, the brigade said.",
     [("vehicles", 18, RU, None, THIRD, ANY)]),
    # a unit named as the loser is no claimant
    ("TASS", "2024-02-14",
     "The Russian Defence Ministry said up to 90 servicemen of the Ukrainian 3rd Assault Brigade were killed near Avdiivka.",
     [("personnel", 90, UA, None, RMOD, ANY)]),
]
# fmt: on


@pytest.mark.parametrize(("publisher", "published", "text", "expected"), FORMATIONS)
def test_formations_as_claimants(
    publisher: str, published: str, text: str, expected: list[Any]
) -> None:
    check(publisher, published, text, expected)


# -- who the article names as the source ----------------------------------------------------------

WEXFORD = "Wexford Institute for Security Studies"
# fmt: off
ATTRIBUTION = [
    ("Field Notes", "2025-03-01",
     "Russia has lost 4,100 armoured vehicles, according to a tally maintained by the Centre for Defence Strategies.",
     [("armored_vehicles", 4100, RU, None, "Centre for Defence Strategies", ANY)]),
    ("Field Notes", "2025-03-01",
     "The Frontline Losses Project estimates that 38,000 Ukrainian soldiers have been killed since the invasion began.",
     [("personnel", 38000, UA, "cumulative", "Frontline Losses Project", ANY)]),
    ("Evening Ledger", "2024-09-09",
     "Figures from the Royal United Services Institute:\n- Russian casualties: about 600,000 killed and wounded since the start of the war",
     [("personnel", 600000, RU, "cumulative", "Royal United Services Institute", ANY)]),
    ("Evening Ledger", "2024-09-09",
     "Ukraine has lost some 900 tanks, the Conflict Research Team said on Monday, citing photographs and video.",
     [("tanks", 900, UA, None, "Conflict Research Team", ANY)]),
    # the outlet's own voice in one sentence makes its unattributed figures its own
    (WEXFORD, "2026-01-10",
     "Our estimate draws on obituaries, intercepts and probate data. Russia's losses in 2025 alone were roughly 400,000 killed and wounded.",
     [("personnel", 400000, RU, None, WEXFORD, ANY)]),
    # a body with a side's name in it is read by the table and the side rules, not as a new name
    ("Evening Ledger", "2024-09-09",
     "According to the Russian Defence Ministry, Ukraine lost 1,200 troops over the past day.",
     [("personnel", 1200, UA, "day", RMOD, ANY)]),
    ("Kyiv Dispatch", "2025-05-05",
     "Russia lost 1,050 soldiers over the past day, according to the General Staff; the Ukrainian Centre for Strategic Studies says the real toll is higher.",
     [("personnel", 1050, RU, "day", GS, ANY)]),
]
# fmt: on


@pytest.mark.parametrize(("publisher", "published", "text", "expected"), ATTRIBUTION)
def test_attribution(publisher: str, published: str, text: str, expected: list[Any]) -> None:
    check(publisher, published, text, expected)
