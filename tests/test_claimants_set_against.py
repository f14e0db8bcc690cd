"""Two claimants set against each other in an English question ("Kyiv vs Moscow on tanks in
March 2024", "the General Staff or the Kremlin: ..."): both are the claimants asked about, never
whose losses nor an unknown name, and "each side" after them is each of them (the Ukrainian and
Russian questions were read so already: questions/cyrillic._CONTRAST). Phrasings are our own."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.models import Subject
from knowledge.questions.parse import parse_question

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    "question",
    [
        "Kyiv vs Moscow on russian tanks in March 2024 - what does each side say?",
        "Moscow versus Kyiv on russian artillery lost in 2023",
        "the General Staff or the Kremlin: russian personnel losses in 2024?",
        "Kyiv vs the Kremlin - russian drones in 2025, what does each party claim?",
        "kremlin v kyiv figures for russian tanks in 2024",
        "Kyiv vs Moscow: russian helicopters lost in 2022, both sides' numbers",
        "Zelensky or Putin on russian losses in 2023 - whose count?",
        "the Russian MoD vs Kyiv on russian aircraft in 2024",
    ],
)
def test_two_bodies_set_against_each_other_are_both_claimants(question: str) -> None:
    query = parse_question(question, TODAY)
    sides = {name.split("'")[0] for name in query.claimants}
    assert query.subject == Subject.russia
    assert len(query.claimants) > 1, query.claimants
    assert any("Kremlin" in c or "Russia" in c for c in query.claimants), sides
    assert not [u.text for u in query.unread if u.kind in ("name", "side")], query.unread


def test_countries_set_against_each_other_are_still_whose_losses() -> None:
    query = parse_question("Ukraine vs Russia tank losses in 2024", TODAY)
    assert not query.claimants
