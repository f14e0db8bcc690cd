""" "How many the enemy lost": the enemy named before its verb is the side asked about, never a
thing counted (wave 10: "скільки ворог втратив від Різдва до Водохреща" was refused as "no
figures on enemy", in English inside a Ukrainian answer). Phrasings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.models import Intent, Metric, Subject
from knowledge.questions.parse import parse_question

TODAY = dt.date(2026, 11, 30)

ENEMY: list[tuple[str, Metric]] = [
    ("скільки ворог втратив у березні 2025?", Metric.personnel),
    ("скільки ворог втратив танків за 2024 рік", Metric.tanks),
    ("скільки противник втратив за тиждень з 3 по 9 березня 2025", Metric.personnel),
    ("скільки вороги втратили за жовтень 2025", Metric.personnel),
    ("сколько враг потерял в марте 2025", Metric.personnel),
    ("how many enemy lost in March 2025?", Metric.personnel),
    ("how many enemy were killed in April 2025", Metric.personnel),
    ("how many enemy tanks were destroyed in 2024", Metric.tanks),
]


@pytest.mark.parametrize(("question", "metric"), ENEMY)
def test_the_enemy_before_its_verb_is_russia(question: str, metric: Metric) -> None:
    query = parse_question(question, TODAY)
    assert query.intent == Intent.losses
    assert query.metrics == [metric]
    assert query.subject == Subject.russia
