"""Questions about the bot's own data (issue 12, requirement 7): asking for the sources with a
command or for a link to the data, asking whether an outlet is one of the sources, asking what
a kind of loss in "your data" includes, and why a running total jumps. Phrasings written for
this test; each must be answered from the sources (naming them), never refused as off-topic.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, answer, open_or_build, parse_question
from knowledge.questions.sources import Asked, read_source_question

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


def kind_of(store: ClaimStore, question: str) -> Asked | None:
    read = read_source_question(question, parse_question(question, TODAY), store.publishers())
    return None if read is None else read.asked


# the sources as a whole: a command, a link to the data, "is X one of your sources?"
LISTING = [
    "/sources",
    "send me the link to your raw data",
    "is there a url for the dataset you rely on?",
    "got a link to the figures you use?",
    "what underlying data are these numbers drawn from",
    "Is Oryx one of your sources?",
    "is the BBC among your sources?",
    "the data you use - where can I download it?",
]


@pytest.mark.parametrize("question", LISTING)
def test_the_bots_data_is_answered_with_its_sources(store: ClaimStore, question: str) -> None:
    got = answer(question, store, today=TODAY)
    assert kind_of(store, question) == Asked.listing
    assert "General Staff" in got.text
    assert "Newsweek" in got.text
    assert got.claims == []


# what a kind of loss in the bot's data counts: the sources and what they say of their figures
COUNTING = [
    "does your 'artillery' count include mortars?",
    "in your data, are drones only the big ones or also FPVs?",
    "are the tank figures destroyed only or also captured ones?",
    "what does 'special equipment' mean in your figures?",
    "do your 'ships' include boats too?",
    "what counts as 'vehicles' in the tally you use?",
    "does the MLRS number cover every rocket launcher type or just some?",
    "your 'aircraft' - planes only, or helicopters as well?",
]


@pytest.mark.parametrize("question", COUNTING)
def test_what_a_kind_of_loss_includes_is_answered_from_the_sources(
    store: ClaimStore, question: str
) -> None:
    got = answer(question, store, today=TODAY)
    assert kind_of(store, question) == Asked.reliability
    assert "General Staff" in got.text
    assert got.claims == []


# why the running total moves: the tally's own corrections
JUMPS = [
    "why does the total sometimes jump overnight?",
    "why would a running tally go down from one day to the next?",
    "why did the count drop between two reports?",
    "how come the cumulative number sometimes falls?",
]


@pytest.mark.parametrize("question", JUMPS)
def test_why_a_total_jumps_is_answered_with_the_corrections(
    store: ClaimStore, question: str
) -> None:
    got = answer(question, store, today=TODAY)
    assert kind_of(store, question) == Asked.corrections
    assert "General Staff" in got.text


# who is behind the data and whether it can be cited
BEHIND = [
    "who's behind these daily figures?",
    "who is behind the dataset",
    "can I cite your data in an article?",
    "whos behind ur numbers",
]


@pytest.mark.parametrize("question", BEHIND)
def test_who_is_behind_the_data_names_its_claimant(store: ClaimStore, question: str) -> None:
    got = answer(question, store, today=TODAY)
    assert kind_of(store, question) in (Asked.provenance, Asked.listing)
    assert "General Staff" in got.text
