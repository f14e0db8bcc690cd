""" "The Russian figure for tanks": the demonym of the side whose equipment losses are asked,
before a count noun, says whose losses are counted, not who counts them (Russia publishes no
figure for its own equipment losses), unless the question names the other side's losses or a
reporting word ("the russian figures say", "per russian data"). My own phrasings."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import Metric, parse_question
from knowledge.models import Subject

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("question", "metric"),
    [("the russian figure for tanks in may 2024", Metric.tanks),
     ("artillery: what's the cumulative russian number as of 1 march 2024?", Metric.artillery),
     ("russian drone count for june 2025", Metric.drones),
     ("give me the russian tally of helicopters lost in 2023", Metric.helicopters),
     ("russian totals for armoured vehicles, 2024", Metric.armored_vehicles),
     ("apcs: the russian figures for q1 2025", Metric.armored_vehicles)],
)  # fmt: skip
def test_a_russian_equipment_figure_is_russias_losses_not_its_claim(
    question: str, metric: Metric
) -> None:
    query = parse_question(question, TODAY)
    assert metric in query.metrics, query
    assert query.subject == Subject.russia
    assert (query.claimant, query.claimants, query.claimant_side) == (None, [], None), query


@pytest.mark.parametrize(
    "question",
    ["the russian figure for ukrainian tanks lost in 2023",
     "what are the russian figures for its own dead?",
     "russian figures on ukrainian drones in 2024",
     "tanks lost per russian data in 2023",
     "what do the russian numbers say about losses in 2022"],
)  # fmt: skip
def test_a_russian_figure_stays_a_claimant_otherwise(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.claimant_side == "russia" or query.claimants, query
