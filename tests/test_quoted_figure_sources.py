"""Questions that quote a published figure and ask where it is from, who gave it or whether it
was checked (issue 12, wave 11): the stored claim carrying that figure is shown with its source,
whatever the shape around the figure (a day of a month beside it, an outlet's possessive with a
bare apostrophe, a record word, a headline's round number). Phrasings are our own."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from knowledge import ClaimStore, answer, open_or_build
from knowledge.lexicon.calendar import spelled_number

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # a figure next to a month and day is the figure, not the day
        ("where did the 1,760 on December 3 come from?", 1760),
        ("who came up with '1,760 on 3 Dec'?", 1760),
        ("source of the 1,120 for December 7 please", 1120),
        # an outlet whose name ends in s, with a bare apostrophe
        ("how solid is GB News' 1,120 for 7 December?", 1120),
        ("can I trust Newsweek' 1,760?", 1760),
        # a record word does not make "did X verify" a check against the tally
        ("did Reuters ever verify that 1,030 record figure?", 1030),
        ("who says the 1,030 was a record?", 1030),
        # a headline's round number is the published figure it rounds
        ("GB News says 3,000 in three days - whose number is that?", 3010),
        ("where is the 3,000 soldiers in three days from?", 3010),
    ],
)
def test_a_quoted_figure_is_shown_with_its_source(
    store: ClaimStore, question: str, value: int
) -> None:
    got = answer(question, store, today=TODAY)
    assert value in [c.value for c in got.claims], got.text
    assert "Sorry" not in got.text


def test_a_round_figure_no_source_comes_near_is_said_so(store: ClaimStore) -> None:
    got = answer("where is the 7,000 in three days from?", store, today=TODAY)
    assert not any(c.value and abs(c.value - 7000) <= 140 for c in got.claims)
    assert "7,000" in got.text


@pytest.mark.parametrize(
    ("question", "value", "tally"),
    [
        # the quoted figure is published for a period inside the asked one: its claim is shown
        # beside the tally's figure for the asked period
        ("Newsweek had 42 Russian tanks lost in early February 2024 - does that square?", 42, 84),
        ("a colleague says 42 Russian tanks were destroyed 1-10 February 2024, correct?", 42, 84),
    ],
)
def test_a_quoted_figure_published_inside_the_period_is_shown_with_its_source(
    store: ClaimStore, question: str, value: int, tally: int
) -> None:
    got = answer(question, store, today=TODAY)
    values = [c.value for c in got.claims]
    assert value in values and tally in values, got.text
    published = next(c for c in got.claims if c.value == value)
    assert published.source.publisher == "Newsweek"
    assert published.relation is not None and published.relation.value == "inside"


@pytest.mark.parametrize(
    "question",
    [
        "why do I sometimes get two different figures for one week?",
        "how come there are two numbers for the same day in your answer?",
        "is a daily figure the fighting of the previous day or of the day it is published?",
        "does the report dated 5 May cover the fighting of the day before, or of 5 May itself?",
        "report date vs day of fighting - what is the difference?",
        "which day does a morning report cover?",
        "two figures for one month - which should I use in a chart?",
        "do the numbers refer to the day they're released or the previous day?",
    ],
)
def test_how_the_daily_figures_are_dated_is_explained_from_the_series(
    store: ClaimStore, question: str
) -> None:
    got = answer(question, store, today=TODAY)
    assert "previous day's fighting" in got.text, got.text
    assert "General Staff" in got.text and "Sorry" not in got.text
    assert not got.claims and "I read" not in got.text


@pytest.mark.parametrize(
    "question",
    [
        "do you have any units other than counts?",
        "are your figures only counts, or also tonnes of equipment?",
        "can you give me the losses in battalions instead of soldiers, or only raw counts?",
    ],
)
def test_units_other_than_counts_are_said_to_be_none(store: ClaimStore, question: str) -> None:
    got = answer(question, store, today=TODAY)
    assert "count of people or of pieces of equipment" in got.text, got.text
    assert not got.claims


@pytest.mark.parametrize(
    ("question", "value"),
    [
        # the asker introducing themselves is framing, never a name the figures are chosen by
        ("I'm a journalist - where is the 1,760 from?", 1760),
        ("Hi, I'm writing a piece, who gave Newsweek's 103?", 103),
        ("I'd like to know who gave the 3,010", 3010),
        ("I'm checking a quote: where does the 1,030 come from?", 1030),
    ],
)
def test_an_asker_introducing_themselves_is_not_read_as_a_name(
    store: ClaimStore, question: str, value: int
) -> None:
    got = answer(question, store, today=TODAY)
    assert value in [c.value for c in got.claims], got.text
    assert "I'm" not in got.text and "I'd" not in got.text


@pytest.mark.parametrize(
    ("question", "outlet", "held"),
    [
        # whether an outlet agrees, with no figure or period to check: what it reports, or that
        # no article of it is here, never an off-topic refusal
        ("does the economist agree with these numbers?", "The Economist", False),
        ("do the BBC's figures match yours?", "the BBC", False),
        ("is the Guardian consistent with the general staff?", "The Guardian", False),
        ("does Reuters agree with these numbers?", "Reuters", True),
        ("does Newsweek match the daily data?", "Newsweek", True),
        ("are GB News and your data consistent?", "GB News", True),
    ],
)
def test_whether_an_outlet_agrees_is_answered_from_that_outlet(
    store: ClaimStore, question: str, outlet: str, held: bool
) -> None:
    got = answer(question, store, today=TODAY)
    assert outlet in got.text.split("\n")[0], got.text
    assert "Sorry" not in got.text
    assert bool(got.claims) == held


@pytest.mark.parametrize(
    "question",
    [
        'why "about" and not an exact number?',
        "what does approximately mean in the general staff's report?",
        "why is there no precise figure, only an about?",
        "що означає «орієнтовно» у зведенні Генштабу?",
        "почему «около», а не точная цифра?",
    ],
)
def test_what_about_in_the_report_means_is_said(store: ClaimStore, question: str) -> None:
    got = answer(question, store, today=TODAY)
    assert re.search(r"About|Близько|Около", got.text), got.text
    assert "General Staff" in got.text or "Генштаб" in got.text


@pytest.mark.parametrize(
    "question",
    [
        "Які у вас найновіші дані?",
        "Какие у вас последние данные?",
        "як часто оновлюються ваші дані?",
        "как часто обновляется сводка?",
    ],
)
def test_how_recent_the_data_is_asked_in_ukrainian_or_russian(
    store: ClaimStore, question: str
) -> None:
    got = answer(question, store, today=TODAY)
    assert "2026" in got.text and ("Генштаб" in got.text or "General Staff" in got.text), got.text


@pytest.mark.parametrize(
    ("question", "owner", "named"),
    [
        # a figure attributed to someone who did not give it: whose it is, said at once
        ("the UK MoD counted 3,010 Russian soldiers lost 7-9 December 2023, right?",
         "Ukraine's General Staff", "UK Ministry of Defence"),
        ("British intelligence put it at 3,010 for 7-9 Dec 2023 - correct?",
         "Ukraine's General Staff", "UK Ministry of Defence"),
        ("Russia's MoD admitted 1,030 dead on 7 Feb 2023, right?",
         "Ukraine's armed forces", "Russia's Ministry of Defence"),
    ],
)  # fmt: skip
def test_a_figure_given_to_the_wrong_claimant_says_whose_it_is(
    store: ClaimStore, question: str, owner: str, named: str
) -> None:
    got = answer(question, store, today=TODAY)
    assert not got.answered
    assert f"comes from {owner}, not from" in got.text and named in got.text, got.text


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("half a million", 500_000),
        ("nearly half a million", 500_000),
        ("a quarter of a million", 250_000),
        ("three quarters of a million", 750_000),
        ("one and a half million", 1_500_000),
        ("two and a half thousand", 2_500),
        ("half", None),  # "the first half": no number
        ("second quarter", None),
    ],
)
def test_a_fraction_of_a_scale_is_read_as_its_value(words: str, value: int | None) -> None:
    assert spelled_number(words) == value


def test_half_a_million_quoted_is_checked_not_read_as_a_million(store: ClaimStore) -> None:
    got = answer("were Russian losses in 2025 close to half a million?", store, today=TODAY)
    assert "half a million matches neither" in got.text, got.text
    assert got.answered and 418170 in [c.value for c in got.claims]
