"""A unit named by its place, not its number, speaking for its own figures (issue 13): "a
brigade fighting near Pokrovsk said it destroyed ..." is that brigade's claim, not the General
Staff's by default."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import Source
from knowledge.extract import extract_claims

SENTENCES = [
    "A brigade fighting near Pokrovsk said its drone crews destroyed 14 Russian tanks last week.",
    "A Ukrainian mechanised brigade holding positions near Lyman says its troops killed 52 Russian "
    "soldiers over the past week.",
    "Soldiers of a brigade defending near Siversk say they knocked out 14 Russian tanks.",
    "One Ukrainian battalion deployed near Huliaipole reported that it had destroyed 14 Russian "
    "tanks in May.",
    "The regiment operating around Kupiansk said it hit 14 Russian tanks in a week of assaults.",
    "An assault brigade stationed near Toretsk in the Donetsk region said on Friday that it had "
    "destroyed 14 Russian tanks.",
    "A Ukrainian drone battalion near Zaporizhzhia claims its crews destroyed 14 Russian tanks "
    "in a month.",
    "A brigade dug in near Kostiantynivka has said it killed 52 Russian soldiers in the past week.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_unit_named_by_its_place_speaks_for_its_figure(sentence: str) -> None:
    """The figure is credited to the unit near its place, and is Russia's loss."""
    source = Source(id="unit", text=sentence, published=dt.date(2026, 6, 2), publisher="Wire")
    claims = [c for c in extract_claims(source) if c.value in (14, 52)]
    assert claims, sentence
    assert " near " in claims[0].claimant, claims[0].claimant
    assert "General Staff" not in claims[0].claimant
    assert claims[0].subject.value == "russia"


def test_a_unit_that_lost_is_no_speaker() -> None:
    """A unit that is hit, with another body reporting it, does not become the claimant."""
    text = (
        "Russia's Ministry of Defence said its forces struck a Ukrainian brigade near Pokrovsk, "
        "killing 40 soldiers."
    )
    claims = extract_claims(Source(id="unit2", text=text, published=dt.date(2026, 6, 2)))
    assert all(" near " not in c.claimant for c in claims)
