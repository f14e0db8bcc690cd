"""A bare "how many" with a date or a hedge ("how many as of 24.02.2026?", "скільки приблизно
за березень"), and a period restated after "т.е."/"т.б." ("на Новый год 2026, т.е. за 1
января"), are questions about the personnel losses of that period, nothing unread (wave 10:
"how many as" was refused as a thing counted; "т.е." left "т" unread). Phrasings written for
this test."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.models import Intent, Metric
from knowledge.questions.parse import parse_question

TODAY = dt.date(2026, 11, 30)
D = dt.date

READ: list[tuple[str, Metric, dt.date, dt.date]] = [
    ("how many as of 24.02.2026?", Metric.personnel, D(2022, 2, 24), D(2026, 2, 24)),
    ("how many roughly in march 2025?", Metric.personnel, D(2025, 3, 1), D(2025, 3, 31)),
    ("how many approximately in 2024", Metric.personnel, D(2024, 1, 1), D(2024, 12, 31)),
    ("скільки приблизно за березень 2025", Metric.personnel, D(2025, 3, 1), D(2025, 3, 31)),
    ("сколько примерно в марте 2025", Metric.personnel, D(2025, 3, 1), D(2025, 3, 31)),
    ("на Новый год 2026, т.е. за 1 января, сколько?", Metric.personnel, D(2026, 1, 1),
     D(2026, 1, 1)),
    ("за прошлый месяц, т. е. за октябрь 2026, сколько танков", Metric.tanks, D(2026, 10, 1),
     D(2026, 10, 31)),
    ("скільки танків, т.б. за листопад 2024", Metric.tanks, D(2024, 11, 1), D(2024, 11, 30)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "metric", "first", "last"), READ)
def test_read_whole(question: str, metric: Metric, first: dt.date, last: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert query.intent == Intent.losses
    assert query.metrics == [metric]
    assert (query.period_start, query.period_end) == (first, last)
    assert [u.text for u in query.unread] == []
