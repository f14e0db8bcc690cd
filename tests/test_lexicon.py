"""The shared vocabulary: its tables hold together, and articles and questions read it alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from knowledge import answer, extract_claims, parse_question
from knowledge.ingest.build import build_store
from knowledge.models import Metric, Source
from knowledge.store import ClaimStore

US_ARTICLE = Source(
    id="us-intel",
    title="US assessment of Russian armour losses",
    publisher="Test Wire",
    published=dt.date(2024, 1, 20),
    text=(
        "Russia lost 1,120 tanks in 2023, according to US intelligence. "
        "The figure could not be independently verified."
    ),
)


def test_us_intelligence_is_read_alike_in_articles_and_questions(tmp_path: Path) -> None:
    """The extractor stores "US intelligence"; a question naming it must ask for the same
    claimant (it used to be read as the Pentagon, so the answer had no such figure)."""
    claims = extract_claims(US_ARTICLE)
    assert [(c.claimant, c.value) for c in claims] == [("US intelligence", 1120)]
    query = parse_question("tanks lost in 2023 according to US intelligence")
    assert query.claimant == "US intelligence"
    assert query.metrics == [Metric.tanks]
    store: ClaimStore = build_store(tmp_path / "kb.db", [(US_ARTICLE, claims)])
    try:
        result = answer("tanks lost in 2023 according to US intelligence", store)
    finally:
        store.close()
    assert result.answered
    assert "1,120" in result.text
    assert "Pentagon" not in result.text
