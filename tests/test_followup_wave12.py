# ruff: noqa: E501
"""Later turns of a conversation (issue 12, wave 12), each gap fixed as an engine rule and tried
with my own phrasings (none copied from a blind file): a follow-up that only asks for another
form of the same answer ("shorter please", "more detail, with the source") is the previous
question again, never off topic; after the newest daily figure or the last day the data
covers, "the day / the week before that" is the period of that unit before the data's last
day, never a running total moved back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import Answer, ClaimStore, Conversation, parse_question
from knowledge.models import Intent, Metric

D = dt.date
TODAY = D(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once (tests/conftest.py)."""
    return ClaimStore(series_kb[1])


def _chat(store: ClaimStore, *turns: str, today: dt.date = TODAY) -> Answer:
    """The answer to the last of `turns`, asked in one conversation."""
    chat = Conversation()
    results = [chat.ask(text, store, today=today) for text in turns]
    return results[-1]


FORM_ONLY = [
    ("russian tanks in march 2025", "shorter please"),
    ("russian tanks in march 2025", "can you make it shorter?"),
    ("russian tanks in march 2025", "a longer answer please"),
    ("russian tanks in march 2025", "more detail pls"),
    ("russian tanks in march 2025", "ok, now the full version with the source"),
    ("russian tanks in march 2025", "again but in one line"),
    ("russian tanks in march 2025", "give me the detailed answer, with where it comes from"),
    ("russian tanks in march 2025", "same thing, just the number"),
    ("russian tanks in march 2025", "tl;dr?"),
    ("russian tanks in march 2025", "expand on that please"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then"), FORM_ONLY)
def test_a_form_only_follow_up_repeats_the_question(
    store: ClaimStore, first: str, then: str
) -> None:
    """Asking only for another form of the answer keeps every slot of the question before."""
    got = _chat(store, first, then)
    assert got.query is not None and got.query.intent == Intent.losses
    assert got.query.metrics == [Metric.tanks]
    assert (got.query.period_start, got.query.period_end) == (D(2025, 3, 1), D(2025, 3, 31))
    assert got.answered


def test_a_form_word_with_a_new_period_is_still_that_period(store: ClaimStore) -> None:
    """A form word beside a period asks that period, not the previous one again."""
    got = _chat(store, "russian tanks in march 2025", "shorter, and for april")
    assert got.query is not None
    assert (got.query.period_start, got.query.period_end) == (D(2025, 4, 1), D(2025, 4, 30))


# The seed series' last report is dated 8 August 2026 (the fighting of 7 August).
BEFORE_THE_LAST = [
    ("what's the last day you have data for?", "and the week before that?", D(2026, 7, 25), D(2026, 7, 31)),
    ("up to what date does your data go?", "the week before?", D(2026, 7, 25), D(2026, 7, 31)),
    ("what is the latest day you cover", "what about the day before that", D(2026, 8, 6), D(2026, 8, 6)),
    ("how recent is your data?", "and the previous week?", D(2026, 7, 25), D(2026, 7, 31)),
    ("what's your latest day?", "two weeks before that?", D(2026, 7, 18), D(2026, 7, 24)),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "start", "end"), BEFORE_THE_LAST)
def test_a_unit_before_the_last_day_is_that_units_losses(
    store: ClaimStore, first: str, then: str, start: dt.date, end: dt.date
) -> None:
    """After the data's last day, "the week before that" is the seven fighting days before the
    last seven, a period of losses, never the running total a week earlier."""
    got = _chat(store, first, then, today=D(2026, 8, 9))
    assert got.query is not None
    assert (got.query.period_start, got.query.period_end) == (start, end)
    assert got.answered


NEWEST_DAY = [
    "what's the newest daily figure you have?",
    "latest daily number?",
    "what was the most recent day's figure?",
    "give me the last daily russian losses you have",
]


@pytest.mark.parametrize("first", NEWEST_DAY)
def test_the_newest_daily_figure_then_the_day_before(store: ClaimStore, first: str) -> None:
    """The newest daily figure is the last report's; the day before is the report before it."""
    got = _chat(store, first, today=D(2026, 11, 30))
    assert got.query is not None and got.query.intent == Intent.losses
    assert got.query.report_date == D(2026, 8, 8)
    before = _chat(store, first, "and the day before that?", today=D(2026, 11, 30))
    assert before.query is not None
    assert before.query.report_date == D(2026, 8, 7)


# Kinds of loss asked apart are read by the one kind table's words (lexicon/kinds.py), so every
# word that table knows for a kind counts, not a short list of its own.
KINDS_APART = [
    ("russian fatalities and injuries in 2024 separately", "separately"),
    ("russian KIA and WIA for 2023, split please", "split"),
    ("russian casualties 2024: deaths and the injured individually", "individually"),
    ("russian killed in action and wounded in action in 2025, respectively", "respectively"),
    ("russian dead, wounded and missing in 2024 separately", "separately"),
    ("russian killed, wounded and POWs in 2023 as separate numbers", "separate"),
    ("russian 200s and 300s in 2024 separately", "separately"),
    ("russian lives lost and wounded in 2024, apart", "apart"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "word"), KINDS_APART)
def test_kinds_asked_apart_are_read_from_the_kind_table(question: str, word: str) -> None:
    """The word asking kinds apart is reported as a kind of loss no combined figure gives."""
    query = parse_question(question, TODAY)
    assert query.personnel_kind is not None and query.personnel_kind.value == "casualties"
    assert any(u.kind == "loss_kind" and word in u.text.lower() for u in query.unread), query.unread


# After a question naming a mark, "when was the first time?" asks the day it was first reached
# (the milestone the same question with "when ... first" gets).
FIRST_TIME = [
    ("did russian losses ever go above 2,000 in one day?", "when was the first time?", D(2024, 11, 28)),
    ("did russian daily losses ever hit 2,000?", "when did that first happen?", D(2024, 11, 28)),
    ("has russia ever lost over 2,000 soldiers in a single day", "first time?", D(2024, 11, 28)),
    ("did daily russian losses exceed 2,000 at some point", "ok, and when was that first?", D(2024, 11, 28)),
    ("has the russian tank tally passed 10,000?", "when did that first happen?", D(2025, 2, 10)),
    ("did russian tank losses go past 10,000 yet", "since when?", D(2025, 2, 10)),
    ("have russian tank losses crossed 10,000", "which day was it first?", D(2025, 2, 10)),
    ("did russia's tank losses top 10,000", "and when was the first time it happened?", D(2025, 2, 10)),
]  # fmt: skip


@pytest.mark.parametrize(("first", "then", "day"), FIRST_TIME)
def test_the_first_time_after_a_mark_is_its_milestone(
    store: ClaimStore, first: str, then: str, day: dt.date
) -> None:
    """The day the mark was first reached, answered, not a refusal nor the record."""
    got = _chat(store, first, then)
    assert got.answered and got.query is not None
    assert got.query.period_start == day, got.text[:300]


def test_the_first_time_without_a_mark_is_no_milestone(store: ClaimStore) -> None:
    """Without a mark in the question before, nothing is presented as a first time."""
    got = _chat(store, "russian tanks in 2024", "when was the first time?")
    assert not got.answered


# After a period's figure, its share of the war's running total: both figures, the total of
# the report after the period's last day, and the share of the two.
SHARE = [
    "as a share of the total since the start of the war?",
    "what percent of all the war's losses is that?",
    "and as a percentage of the whole war?",
    "what share of the running total is that",
    "how big a part of the overall total is it?",
    "as a proportion of the total?",
    "% of the total?",
    "а у відсотках від усіх за війну?",
]


@pytest.mark.parametrize("then", SHARE)
def test_a_share_of_the_whole_war_sets_the_period_beside_the_total(
    store: ClaimStore, then: str
) -> None:
    """The year's 77,322 drones beside the 98,453 reported on 1 January 2026: 78.5%."""
    got = _chat(store, "russian drones in 2025", then)
    assert got.answered and got.query is not None
    assert got.query.period_start == D(2022, 2, 24)
    assert "78.5%" in got.text or "78,5\u00a0%" in got.text, got.text[:300]


def test_a_share_without_a_period_before_is_no_share(store: ClaimStore) -> None:
    """After a running total there is no part to set against it: no share is made up."""
    got = _chat(store, "total russian drone losses so far", "as a share of the total?")
    assert "%" not in got.text.splitlines()[0]


# After one side's dead, "the other side's losses" asks that side's losses in general: the
# kind asked before (killed) is not carried to the other side.
OTHER_SIDES_LOSSES = [
    ("How many Ukrainian soldiers died in 2024?", "ok then, Russian losses that year"),
    ("ukrainian killed in 2024?", "and russia's losses?"),
    ("how many ukrainians were killed in 2024", "fine, what about russian losses"),
    ("ukraine's dead in 2024", "russian losses then?"),
]


@pytest.mark.parametrize(("first", "then"), OTHER_SIDES_LOSSES)
def test_the_other_sides_losses_drop_the_kind(store: ClaimStore, first: str, then: str) -> None:
    """Russia's personnel losses of 2024 (430,790 by fighting day), the kind not carried."""
    got = _chat(store, first, then)
    assert got.query is not None and got.query.subject.value == "russia"
    assert got.query.personnel_kind is None and "kind" not in got.query.carried
    assert got.answered and "430,790" in got.text


# After where the data ends, "and the first one?" asks where it starts: the coverage answer.
DATA_START = [
    ("what is your latest day?", "and the first one?"),
    ("what's the last date you have?", "the earliest?"),
    ("how far does your data go?", "and where does it start?"),
    ("what's your newest report?", "what about the oldest one?"),
    ("up to what date does your data go?", "and your first day?"),
]


@pytest.mark.parametrize(("first", "then"), DATA_START)
def test_the_data_start_after_its_end(store: ClaimStore, first: str, then: str) -> None:
    """The first report the daily figures hold is named (25 February 2022)."""
    got = _chat(store, first, then)
    assert "25 February 2022" in got.text, got.text[:300]
    assert "could not use" not in got.text.lower()
