"""A forwarded post's cheers ("Слава ЗСУ!", "Героям слава!", "смерть ворогам!") carry nothing
to read: never a side or a claimant (wave 10: "Слава ЗСУ" was read as "were Ukraine's armed
forces"). Phrasings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.models import Intent, Metric
from knowledge.questions.parse import parse_question

TODAY = dt.date(2026, 11, 30)
D = dt.date

CHEERS: list[tuple[str, Metric, dt.date, dt.date]] = [
    ("Героям слава! скільки танків у березні 2025", Metric.tanks, D(2025, 3, 1), D(2025, 3, 31)),
    ("слава україні, скільки окупантів за тиждень з 3 по 9 березня 2025", Metric.personnel,
     D(2025, 3, 3), D(2025, 3, 9)),
    ("Слава нашим артилеристам! скільки артилерії у вересні 2024", Metric.artillery,
     D(2024, 9, 1), D(2024, 9, 30)),
    ("смерть ворогам! втрати за березень 2025", Metric.personnel, D(2025, 3, 1), D(2025, 3, 31)),
    ("слава защитникам, сколько танков в марте 2025", Metric.tanks, D(2025, 3, 1),
     D(2025, 3, 31)),
    ("Слава Україні! Героям слава! втрати росії за 2024 рік", Metric.personnel, D(2024, 1, 1),
     D(2024, 12, 31)),
    ("Слава ЗСУ!!! скільки дронів збили у травні 2025", Metric.drones, D(2025, 5, 1),
     D(2025, 5, 31)),
    ("Слава ВСУ! сколько потеряли оккупанты в июне 2025", Metric.personnel, D(2025, 6, 1),
     D(2025, 6, 30)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "metric", "first", "last"), CHEERS)
def test_a_cheer_is_read_as_nothing(
    question: str, metric: Metric, first: dt.date, last: dt.date
) -> None:
    query = parse_question(question, TODAY)
    assert query.intent == Intent.losses
    assert query.metrics == [metric]
    assert (query.period_start, query.period_end) == (first, last)
    assert query.claimant is None
    assert query.subject.value == "russia"
    assert [u.text for u in query.unread] == []
