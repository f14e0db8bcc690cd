# ruff: noqa: E501 - table rows stay one line each, however long the sentence.
"""Counts given as a change of a loss kind against an earlier reading (issue 13): a tracker's
"tanks fell to 11 from 65", "artillery, 429 against 467", "the personnel count rose by 3,100".
The kind is the subject, the verb is one of change, and no loss word is in the sentence: the
sentence before (or the title) says the text is about losses. Our own sentences, none copied.

Each row is (title, text, [(metric, value, subject)], absent values).
"""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import extract_claims
from knowledge.models import Source

RU, UA = "russia", "ukraine"
LEAD = "Ukraine's General Staff said Russia lost 1,050 troops in the past day.\n\n"

ROWS = [
    (
        "Weekly tracker",
        LEAD + "Tanks fell to 14 from 52 over the week.",
        [("tanks", 14, RU), ("tanks", 52, RU)],
        [],
    ),
    (
        "Weekly tracker",
        LEAD + "Artillery systems eased to 310 from 355, a drop of 12.7%.",
        [("artillery", 310, RU), ("artillery", 355, RU)],
        [12.7],
    ),
    (
        "Weekly tracker",
        LEAD + "Drones climbed again, to 9,880 from 9,120.",
        [("drones", 9880, RU), ("drones", 9120, RU)],
        [],
    ),
    (
        "Weekly tracker",
        LEAD + "Armoured vehicles: 204 against 187 the week before.",
        [("armored_vehicles", 204, RU), ("armored_vehicles", 187, RU)],
        [],
    ),
    (
        "Weekly tracker",
        LEAD + "Over the month the personnel count rose by 31,400.",
        [("personnel", 31400, RU)],
        [],
    ),
    (
        "Weekly tracker",
        LEAD + "Air defence systems grew by 6 in the same week.",
        [("air_defense", 6, RU)],
        [],
    ),
    (
        "Weekly tracker",
        LEAD + "Vehicles and fuel tanks slipped to 2,410 from 2,655 (-9.2%).",
        [("vehicles", 2410, RU), ("vehicles", 2655, RU)],
        [9.2],
    ),
    (
        "Monthly board",
        LEAD + "Tanks, by contrast, jumped to 130 from 96.",
        [("tanks", 130, RU), ("tanks", 96, RU)],
        [],
    ),
    (
        "Losses board",
        "Artillery dropped to 88 from 120 in the Russian ministry's weekly summaries of Ukrainian losses.",
        [("artillery", 88, UA), ("artillery", 120, UA)],
        [],
    ),
]

# Changes of things that are not losses stay unread, even in a text about losses.
NOT_LOSSES = [
    ("Weekly tracker", LEAD + "Fuel prices rose to 64 from 58 hryvnias a litre.", [64, 58]),
    (
        "Weekly tracker",
        LEAD + "Assaults fell to 140 from 176 a day, the Institute said.",
        [140, 176],
    ),
    ("Weekly tracker", LEAD + "Recruitment climbed to 31,000 from 27,000 a month.", [31000, 27000]),
    ("Market report", "Wheat exports fell to 3.1 million tonnes from 3.4 million.", [3.1, 3.4]),
]


def claims(title: str, text: str) -> list[tuple[str, float, str]]:
    source = Source(
        id="t", title=title, publisher="Desk", url=None, published=dt.date(2026, 3, 4), text=text
    )
    return [(str(c.metric), c.value, str(c.subject)) for c in extract_claims(source)]


@pytest.mark.parametrize("title,text,expected,absent", ROWS)
def test_changed_counts(
    title: str, text: str, expected: list[tuple[str, float, str]], absent: list[float]
) -> None:
    got = claims(title, text)
    for want in expected:
        assert want in got, f"{want} not in {got}"
    assert not [g for g in got if g[1] in absent], got


@pytest.mark.parametrize("title,text,absent", NOT_LOSSES)
def test_changes_of_other_things(title: str, text: str, absent: list[float]) -> None:
    got = claims(title, text)
    assert not [g for g in got if g[1] in absent], got


# A span from a named day up to the report ("between the report of 3 March 2025 and today",
# "from 3 March to this morning"): a range to publication, never the first day alone.
SPANS_TO_NOW = [
    "Between 3 March 2025 and today, Russia lost 401,200 troops, Kyiv says.",
    "From March 3, 2025 to this morning, Russia lost 401,200 troops, Kyiv says.",
    "Between the report of 3 March 2025 and this morning's, Kyiv's count of Russian troops lost rose by 401,200.",
    "Russia lost 401,200 troops from 3 March 2025 until now, Kyiv says.",
    "From the bulletin of 3 March 2025 to the present, Russia lost 401,200 troops, Kyiv says.",
]


@pytest.mark.parametrize("text", SPANS_TO_NOW)
def test_span_to_now(text: str) -> None:
    source = Source(
        id="t", title="T", publisher="Desk", url=None, published=dt.date(2026, 3, 4), text=text
    )
    got = [
        (c.value, str(c.period_kind), c.period_start, c.period_end) for c in extract_claims(source)
    ]
    assert (401200, "range", dt.date(2025, 3, 3), dt.date(2026, 3, 4)) in got, got


# A report's figure given by a pronoun for the claimant named just before ("On Tuesday it
# reported 1,261,420", "they said 850"): the report's headline count of the side named before.
INTRO = "Ukraine's General Staff publishes its count of Russian troops killed and wounded every morning.\n\n"
PRONOUN_REPORTS = [
    (INTRO + "On Tuesday it reported 1,261,420.", 1261420),
    (INTRO + "On Wednesday they said 850.", 850),
    (INTRO + 'Today it claimed "about 1,300".', 1300),
    (INTRO + "This morning it gave 1,120, a little below the week's average.", 1120),
    (INTRO + "Yesterday it also reported 990 for the past day.", 990),
    (INTRO + "On Friday they put it at 1,045.", 1045),
    (INTRO + "It announced 1,210 on Sunday.", 1210),
    (INTRO + "Later it added 920 over the past day.", 920),
]
PRONOUN_NOT_LOSSES = [
    INTRO + "On Tuesday it said 3 a.m. was the busiest hour.",
    "The mayor opened the new school. On Tuesday it reported 1,200 pupils.",
    INTRO + "They said 40 kilometres separated the two lines.",
]


@pytest.mark.parametrize("text,value", PRONOUN_REPORTS)
def test_pronoun_reports(text: str, value: int) -> None:
    got = claims("Daily losses", text)
    assert ("personnel", value, RU) in got, got


@pytest.mark.parametrize("text", PRONOUN_NOT_LOSSES)
def test_pronoun_reports_of_other_things(text: str) -> None:
    got = claims("Notes", text)
    assert not [g for g in got if g[1] in (3, 1200, 40)], got


# A personnel count far beyond any day's losses, dated to one day, is the total as of that day.
TOTALS_AS_OF_DAY = [
    "As of Monday the General Staff's figure for Russian troops lost stood at 1,204,310.",
    "Ukraine's General Staff put Russian losses at 1,204,310 in its report on Monday.",
    "On Monday Kyiv's count of Russian troops lost reached 1,204,310.",
    "Russia has lost 1,204,310 troops, Ukraine's General Staff said on 2 March 2026.",
]


@pytest.mark.parametrize("text", TOTALS_AS_OF_DAY)
def test_total_as_of_day(text: str) -> None:
    source = Source(
        id="t", title="T", publisher="Desk", url=None, published=dt.date(2026, 3, 4), text=text
    )
    got = [(c.value, str(c.period_kind), c.period_start) for c in extract_claims(source)]
    assert (1204310, "cumulative", dt.date(2022, 2, 24)) in got, got
    assert not [g for g in got if g[0] == 1204310 and g[1] == "day"], got


# "add up to" is a sum, exact; "up to" alone is a ceiling.
@pytest.mark.parametrize(
    "text,qualifier",
    [
        ("Russia's losses for the week added up to 9,100 troops, Kyiv says.", "exact"),
        ("Kyiv says Russian losses over the month add up to 9,100 troops.", "exact"),
        ("Russia lost up to 9,100 troops over the week, Kyiv says.", "less_than"),
    ],
)
def test_add_up_to_is_exact(text: str, qualifier: str) -> None:
    source = Source(
        id="t", title="T", publisher="Desk", url=None, published=dt.date(2026, 3, 4), text=text
    )
    got = [(c.value, str(c.qualifier)) for c in extract_claims(source)]
    assert (9100, qualifier) in got, got
