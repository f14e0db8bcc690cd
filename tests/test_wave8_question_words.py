"""Wave 8 question words (issue 12, requirement 1), in my own phrasings: a Shahed is a drone
model the tally does not count apart, so it is reported unread and never answered with the
whole drone series."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import parse_question
from knowledge.models import Metric

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    "text",
    [
        "Shaheds shot down over kyiv in june 2025",
        "how many shahed drones did ukraine down in 2025?",
        "shahed-136s destroyed last month",
        "russia lost how many shaheds in august 2025",
        "number of Shaheds intercepted on 1 may 2025",
    ],
)
def test_shahed_is_an_unread_drone_model(text: str) -> None:
    q = parse_question(text, TODAY)
    assert q.metrics == [Metric.drones]
    assert [u.kind for u in q.unread if "shahed" in u.text.lower()] == ["model"]
