"""Label/value lines whose value carries its own period or a second figure (issue 13): a
scorecard's "Personnel: 1,310 on the day. Season total: 1,414,820.", a box's "Drones: 1,843
today (running total 60,120)". The line's label names the kind of loss; the words after the
number name the period; a second "total" on the same line is the same kind's running total."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import Source
from knowledge.extract import extract_claims
from knowledge.models import Metric, PeriodKind

_DAY = dt.date(2026, 5, 14)
_LEDE = "The Ukrainian General Staff published its morning report on Russian losses.\n\n"

# (text, metric, value, period kind): each a different writer's line.
CASES: list[tuple[str, Metric, int, PeriodKind]] = [
    (
        _LEDE + "**Report of 14 May**\n\n- Personnel: 1,120 on the day.\n- Tanks: 9 on the day.\n",
        Metric.personnel,
        1120,
        PeriodKind.day,
    ),
    (
        _LEDE + "**Report of 14 May**\n\n- Tanks: 9 in a day\n- Artillery: 41 in a day\n",
        Metric.artillery,
        41,
        PeriodKind.day,
    ),
    (
        _LEDE + "Morning sheet, 14 May:\n\n- Drones: 2,010 over the past day\n"
        "- Artillery systems: 37 over the past day\n",
        Metric.drones,
        2010,
        PeriodKind.day,
    ),
    (
        _LEDE + "**Report of 14 May**\n\n- Personnel: 1,120 on the day. Running total: 1,401,330.\n"
        "- Tanks: 9 on the day. Running total: 11,902.\n",
        Metric.personnel,
        1401330,
        PeriodKind.cumulative,
    ),
    (
        _LEDE + "**Report of 14 May**\n\n- Personnel: 1,120 on the day. Season total: 1,401,330.\n"
        "- Tanks: 9 on the day. Season total: 11,902.\n",
        Metric.tanks,
        11902,
        PeriodKind.cumulative,
    ),
    (
        _LEDE + "**Report of 14 May**\n\n- Personnel: 1,120 today (total: 1,401,330)\n"
        "- Tanks: 9 today (total: 11,902)\n",
        Metric.tanks,
        9,
        PeriodKind.day,
    ),
    (
        _LEDE + "**Report of 14 May**\n\n- Personnel: 1,120 today (total: 1,401,330)\n"
        "- Tanks: 9 today (total: 11,902)\n",
        Metric.personnel,
        1401330,
        PeriodKind.cumulative,
    ),
    (
        _LEDE + "**Box (report of 14 May)**\n\n- Artillery: 41 on the day. Career total: 35,010.\n"
        "- Drones: 2,010 on the day. Career total: 70,400.\n",
        Metric.drones,
        70400,
        PeriodKind.cumulative,
    ),
    (
        _LEDE + "**Report of 14 May**\n\n* Tanks - 9 for the day\n* Drones - 2,010 for the day\n",
        Metric.tanks,
        9,
        PeriodKind.day,
    ),
]


@pytest.mark.parametrize("index", range(len(CASES)))
def test_label_value_line_with_its_own_period(index: int) -> None:
    """Each line gives its figure with the period its own words name, against Russia, credited
    to the General Staff, and the day is the report's."""
    text, metric, value, kind = CASES[index]
    source = Source(id=f"lv{index}", text=text, published=_DAY, publisher="Wire")
    found = [c for c in extract_claims(source) if c.metric == metric and c.value == value]
    assert found, [(c.metric, c.value, c.period_kind) for c in extract_claims(source)]
    claim = found[0]
    assert claim.period_kind == kind
    assert claim.period_end == _DAY
    assert claim.subject.value == "russia"
    assert "General Staff" in claim.claimant


def test_a_prediction_after_the_list_is_not_a_figure() -> None:
    """A line whose number is a forecast is no loss line (the label names no kind of loss)."""
    text = (
        _LEDE + "**Report of 14 May**\n\n- Tanks: 9 on the day.\n- Drones: 2,010 on the day.\n\n"
        "Tip of the week: 2,500 in a day before autumn.\n"
    )
    source = Source(id="lvp", text=text, published=_DAY, publisher="Wire")
    assert 2500 not in {c.value for c in extract_claims(source)}


# An infobox's casualty lines: the count first, then whose claim and as of when in brackets,
# under a side's heading (encyclopaedia and data-box layouts).
INFOBOX = (
    "Casualties and losses\n"
    "  Russia:\n"
    "    {line}\n"
    "    84 aircraft (Ukrainian General Staff, 2 May 2026)[2]\n"
)
INFOBOX_CASES: list[tuple[str, Metric, int]] = [
    ("1,401,330 personnel (Ukrainian General Staff, 14 May 2026)[1]", Metric.personnel, 1401330),
    ("11,902 tanks (General Staff of Ukraine, 14 May 2026)", Metric.tanks, 11902),
    ("at least 190,000 killed (Mediazona, 1 May 2026)[3]", Metric.personnel, 190000),
    ("35,010 artillery systems (Ukrainian General Staff, 14 May 2026)", Metric.artillery, 35010),
    ("over 70,400 drones (Ukrainian General Staff, 14 May 2026)[1]", Metric.drones, 70400),
    ("1,180 armoured vehicles (Oryx, 10 May 2026)", Metric.armored_vehicles, 1180),
    (
        "about 23,000 armoured combat vehicles (Ukrainian General Staff, 14 May 2026)",
        Metric.armored_vehicles,
        23000,
    ),
    ("28 ships (Ukrainian General Staff, 14 May 2026)[1]", Metric.ships, 28),
]


@pytest.mark.parametrize("index", range(len(INFOBOX_CASES)))
def test_infobox_line_under_a_side(index: int) -> None:
    """Each count is the side's loss under whose heading it stands, cumulative to the day its
    bracket names, credited to the body the bracket names."""
    line, metric, value = INFOBOX_CASES[index]
    source = Source(id=f"ib{index}", text=INFOBOX.format(line=line), published=_DAY)
    found = [c for c in extract_claims(source) if c.metric == metric and c.value == value]
    assert found, [(c.metric, c.value) for c in extract_claims(source)]
    claim = found[0]
    assert claim.subject.value == "russia"
    assert claim.period_kind == PeriodKind.cumulative
    assert (claim.period_end is not None and claim.period_end < _DAY) or "14 May" in line
    assert claim.claimant != "unattributed"


def test_infobox_note_naming_a_side_or_a_speaker() -> None:
    """ "(Ukrainian claim, D)" is the General Staff's count; "(Zelensky, D)" the president's,
    of the side under whose heading it stands; a strength line is no loss."""
    text = (
        "Strength\n  Ukraine: c. 880,000 (2025, IISS est.)\n\nCasualties and losses\n"
        "  Russia:\n    1,401,330 personnel (Ukrainian claim, 14 May 2026)[1]\n"
        "  Ukraine:\n    over 43,000 killed (Zelensky, 16 Feb 2025)[2]\n"
    )
    claims = extract_claims(Source(id="ibn", text=text, published=_DAY))
    by_value = {c.value: c for c in claims}
    assert by_value[1401330].claimant == "Ukraine's General Staff"
    assert by_value[1401330].subject.value == "russia"
    assert by_value[43000].subject.value == "ukraine"
    assert by_value[43000].period_end == dt.date(2025, 2, 16)
    assert "Zelensky" in by_value[43000].claimant or "President" in by_value[43000].claimant
    assert 880000 not in by_value


SINCE_LINES = [
    "- Personnel since 24 February 2022: 1,401,330",
    "- Personnel since 24.02.2022 - 1,401,330",
    "• personnel since 24 Feb 2022: 1,401,330",
    "- Total personnel since 24 February 2022: 1,401,330",
]


@pytest.mark.parametrize("line", SINCE_LINES)
def test_running_total_line_in_a_day_list(line: str) -> None:
    """In a list of the past day's figures, a line whose name says it runs from a day is the
    running total to the report's day, and the day lines stay day figures."""
    text = (
        "General Staff figures for the past day (report of 14 May)\n"
        f"- Personnel: 1,120\n- Tanks: 9\n{line}\n"
    )
    claims = {c.value: c for c in extract_claims(Source(id="since", text=text, published=_DAY))}
    assert claims[1401330].period_kind == PeriodKind.cumulative
    assert claims[1401330].period_end == _DAY
    assert claims[1120].period_kind == PeriodKind.day
