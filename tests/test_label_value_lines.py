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
