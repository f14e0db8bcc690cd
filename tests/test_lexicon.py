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


def test_claimant_table_holds_together() -> None:
    """Aliases are lower case and name one claimant; every other table names stored ones."""
    from knowledge.lexicon.claimants import (
        ATTRIBUTION_ONLY_ALIASES,
        CLAIMANT_BY_NAME,
        CLAIMANTS,
        FUZZY_CLAIMANTS,
        QUESTION_ALIASES,
        SIDE_WORDS,
    )

    assert len(CLAIMANT_BY_NAME) == len(CLAIMANTS), "two claimants share a name"
    owner: dict[str, str] = {}
    for claimant in CLAIMANTS:
        for alias in claimant.aliases:
            assert alias == alias.lower().strip(), alias
            assert owner.setdefault(alias, claimant.name) == claimant.name, alias
    sides = {c.side for c in CLAIMANTS}
    assert set(SIDE_WORDS.values()) <= sides
    assert set(QUESTION_ALIASES.values()) <= set(CLAIMANT_BY_NAME)
    assert set(FUZZY_CLAIMANTS.values()) <= set(CLAIMANT_BY_NAME)
    for alias, name in QUESTION_ALIASES.items():
        assert alias == alias.lower(), alias
        # A question spelling may not contradict what articles with that spelling store.
        assert owner.get(alias, name) == name, alias
    assert all(a == a.lower() for a in ATTRIBUTION_ONLY_ALIASES)


def test_calendar_tables_hold_together() -> None:
    from knowledge.lexicon.calendar import (
        MONTH_NAMES,
        MONTHS,
        NUMBER_WORDS,
        SMALL_COUNTS,
        WEEKDAYS,
        month_end,
    )

    assert sorted(set(MONTHS.values())) == list(range(1, 13))
    assert [MONTHS[name] for name in MONTH_NAMES] == list(range(1, 13))
    assert all(MONTHS[name[:3]] == MONTHS[name] for name in MONTH_NAMES)
    assert sorted(WEEKDAYS.values()) == list(range(7))
    assert all(n > 0 for n in NUMBER_WORDS.values())
    assert all(SMALL_COUNTS[w] == n for w, n in NUMBER_WORDS.items() if w in SMALL_COUNTS)
    assert month_end(2024, 2) == dt.date(2024, 2, 29)
    assert month_end(2023, 12) == dt.date(2023, 12, 31)


def test_date_rules_have_unique_names() -> None:
    from knowledge.dates import DATE_RULES

    names = [rule.name for rule in DATE_RULES]
    assert len(set(names)) == len(names)
    assert len({rule.pattern.pattern for rule in DATE_RULES}) == len(names)
