"""Follow-ups read against the previous question (issue 14, requirement 1)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from bot.console import run_ask, run_chat
from bot.settings import Settings
from knowledge import ClaimStore, Conversation, Metric, open_or_build, parse_question
from knowledge.questions.followup import FollowKind, fragment_kind, read_followup

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("and tanks?", FollowKind.refine),
        ("what about december?", FollowKind.refine),
        ("same for the Kremlin", FollowKind.refine),
        ("and in 2023?", FollowKind.refine),
        ("more than last month?", FollowKind.compare),
        ("where is this from?", FollowKind.sources),
        ("Russian losses in November 2024", None),
        ("How many tanks has Russia lost in total?", None),
    ],
)
def test_fragment_kind(text: str, kind: FollowKind | None) -> None:
    assert fragment_kind(text) == kind


def test_metric_fragment_keeps_the_period() -> None:
    reading = read_followup("and tanks?", parse_question("losses in November 2024", TODAY), TODAY)
    assert reading is not None
    assert reading.query.metrics == [Metric.tanks]
    assert (reading.query.period_start, reading.query.period_end) == (
        dt.date(2024, 11, 1),
        dt.date(2024, 11, 30),
    )


def test_month_without_year_is_the_one_after_the_context_never_a_future_one() -> None:
    prev = parse_question("tanks in November 2024", TODAY)
    reading = read_followup("what about december?", prev, TODAY)
    assert reading is not None
    assert reading.query.period_start == dt.date(2024, 12, 1)
    assert reading.query.metrics == [Metric.tanks]
    late = parse_question("tanks in November 2026", TODAY)
    future = read_followup("what about december?", late, TODAY)
    assert future is not None and future.query.period_start == dt.date(2025, 12, 1)


def test_fragment_claimant_wins_and_year_replaces_period() -> None:
    prev = parse_question("tanks lost in 2024 according to ukraine", TODAY)
    kremlin = read_followup("same for the Kremlin", prev, TODAY)
    assert kremlin is not None and kremlin.query.claimant == "the Kremlin"
    year = read_followup("and in 2023?", prev, TODAY)
    assert year is not None and year.query.period_start == dt.date(2023, 1, 1)
    assert year.query.claimant_side == prev.claimant_side


def test_compare_reads_the_month_before() -> None:
    prev = parse_question("tanks in December 2024", TODAY)
    reading = read_followup("more than last month?", prev, TODAY)
    assert reading is not None and reading.other is not None
    assert reading.other.period_start == dt.date(2024, 11, 1)
    assert reading.other.period_end == dt.date(2024, 11, 30)


def test_conversation_labels_expires_and_resets(store: ClaimStore) -> None:
    chat = Conversation()
    start = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)
    chat.ask("losses in November 2024", store, today=TODAY, now=start)
    tanks = chat.ask("and tanks?", store, today=TODAY, now=start)
    assert tanks.text.splitlines()[0] == "Tanks, November 2024:"
    assert any(c.value == 307 for c in tanks.claims)
    late = start + dt.timedelta(minutes=16)
    alone = chat.ask("and tanks?", store, today=TODAY, now=late)
    assert not alone.text.startswith("Tanks, November 2024")
    chat.reset()
    assert chat.previous is None


def test_ask_conversation_reads_stdin_as_one_conversation(store: ClaimStore) -> None:
    lines = io.StringIO("losses in November 2024\nand tanks?\n")
    out = io.StringIO()
    run_ask("-", as_json=True, conversation=True, store=store, today=TODAY, stdin=lines, stdout=out)
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert answers[1]["text"].startswith("Tanks, November 2024:")
    alone = io.StringIO()
    run_ask(
        "-",
        as_json=True,
        store=store,
        today=TODAY,
        stdin=io.StringIO("losses in November 2024\nand tanks?\n"),
        stdout=alone,
    )
    assert not json.loads(alone.getvalue().splitlines()[1])["text"].startswith("Tanks,")


def test_which_was_higher_compares_the_last_two_questions(store: ClaimStore) -> None:
    chat = Conversation()
    chat.ask("russian losses in 2023", store, today=TODAY)
    chat.ask("and in 2024?", store, today=TODAY)
    both = chat.ask("which was higher?", store, today=TODAY)
    assert both.query is not None
    assert (both.query.period_start, both.query.period_end) == (
        dt.date(2023, 1, 1),
        dt.date(2024, 12, 31),
    )
    assert read_followup("compare them", parse_question("tanks in 2023", TODAY), TODAY) is None


def test_what_does_an_outlet_say_keeps_metric_and_period() -> None:
    prev = parse_question("artillery losses february 2024", TODAY)
    reading = read_followup("what does newsweek say?", prev, TODAY)
    assert reading is not None and reading.query.metrics == [Metric.artillery]
    assert reading.query.period_start == dt.date(2024, 2, 1)
    assert fragment_kind("what did the kremlin say about russian losses?") is None


def test_console_chat_reads_follow_ups_and_starts_afresh_on_new(store: ClaimStore) -> None:
    typed = "losses in November 2024\nand tanks?\n/new\nand tanks?\n/about\n/quit\n"
    out = io.StringIO()
    run_chat(store, Settings(), stdin=io.StringIO(typed), stdout=out, today=TODAY)
    text = out.getvalue()
    assert text.count("Tanks, November 2024:") == 1  # the second "and tanks?" stands alone
    assert "Started afresh" in text
    assert "independently verified" in text  # /about
    assert "\n    " in text  # details indented under the answer
