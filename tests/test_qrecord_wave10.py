"""Wave 10 periods (issue 12), in my own phrasings, one gap each across the blind rounds:

- a period asked "so far" (so far, to date, since X, up to today) ends on the last day fought,
  yesterday: a day's losses are only reported the next morning, and "the last 30 days" already
  end yesterday; a period named alone ("this month") still runs to today;
- "the summer (winter, spring, autumn) before last" is the season a year before last summer's,
  as "the month before last" is;
- a record is asked per quarter or per year as per month ("which quarter of 2024 was worst"),
  and "smallest" asks from the bottom as "quietest" does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer, parse_question
from knowledge.store import ClaimStore

D = dt.date
TODAY = D(2026, 11, 30)
YESTERDAY = D(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("russian personnel losses so far this month", D(2026, 11, 1)),
        ("losses from the start of 2026 up to today", D(2026, 1, 1)),
        ("this quarter so far", D(2026, 10, 1)),
        ("russian drones this autumn so far", D(2026, 9, 1)),
        ("year-to-date russian artillery losses", D(2026, 1, 1)),
        ("since June 1 till today, how many russians?", D(2026, 6, 1)),
        ("russian losses since the start of 2026 until today", D(2026, 1, 1)),
        ("the year so far: tanks", D(2026, 1, 1)),
        ("2026 up to now, russian armour", D(2026, 1, 1)),
    ],
)
def test_a_period_running_to_now_ends_yesterday(text: str, start: dt.date) -> None:
    query = parse_question(text, TODAY)
    assert (query.period_start, query.period_end) == (start, YESTERDAY), text


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [
        ("russian losses today", TODAY, TODAY, TODAY),
        ("how many russian soldiers this year", TODAY, D(2026, 1, 1), TODAY),
        ("russian losses this month", TODAY, D(2026, 11, 1), TODAY),
        ("the past 24 hours", TODAY, YESTERDAY, TODAY),
        ("what did they lose yesterday", TODAY, YESTERDAY, YESTERDAY),
        ("so far this month", D(2026, 11, 1), D(2026, 11, 1), D(2026, 11, 1)),
        ("russian losses in 2025", TODAY, D(2025, 1, 1), D(2025, 12, 31)),
        ("russian losses in the last 30 days", TODAY, D(2026, 10, 31), YESTERDAY),
    ],
)
def test_periods_not_running_to_now_are_kept(
    text: str, today: dt.date, start: dt.date, end: dt.date
) -> None:
    query = parse_question(text, today)
    assert (query.period_start, query.period_end) == (start, end), text


@pytest.mark.parametrize(
    ("text", "today", "start", "end"),
    [
        ("ru tanks the summer before last", TODAY, D(2025, 6, 1), D(2025, 8, 31)),
        ("personnel in the winter before last", TODAY, D(2024, 12, 1), D(2025, 2, 28)),
        ("the spring before last, russian drones", D(2026, 4, 20), D(2024, 3, 1), D(2024, 5, 31)),
        ("russian losses during the autumn before last", TODAY, D(2024, 9, 1), D(2024, 11, 30)),
        ("how many tanks in the fall before last", TODAY, D(2024, 9, 1), D(2024, 11, 30)),
        ("in the summer before last, artillery", D(2026, 7, 10), D(2024, 6, 1), D(2024, 8, 31)),
        ("the winter before last", D(2026, 1, 15), D(2023, 12, 1), D(2024, 2, 29)),
        ("summer before last: russian casualties", D(2026, 9, 2), D(2025, 6, 1), D(2025, 8, 31)),
    ],
)
def test_the_season_before_last(text: str, today: dt.date, start: dt.date, end: dt.date) -> None:
    query = parse_question(text, today)
    assert (query.period_start, query.period_end) == (start, end), text
    assert not [u for u in query.unread if u.constrains], text


# -- records per quarter and per year, as per day, week and month -------------------------------

RECORD_UNITS = [
    ("which quarter of 2024 was the worst for russian losses", "quarter", False),
    ("of the four quarters of 2024, which had the most russian tanks destroyed", "quarter", False),
    ("bloodiest quarter of 2025 for the russians", "quarter", False),
    ("the quietest quarter of 2024 for russian artillery", "quarter", True),
    ("which quarter in 2023 saw the fewest russian casualties", "quarter", True),
    ("which year of the war was the worst for russian losses", "year", False),
    ("deadliest year for russian troops so far", "year", False),
    ("which year had the fewest russian tank losses: 2023, 2024 or 2025", "year", True),
    ("smallest month of russian artillery losses in the second half of 2024", "month", True),
    ("the smallest week for russian losses in 2024", "week", True),
    # a kind of loss between the record word and its unit
    ("worst tank month of 2025", "month", False),
    ("record drone day in 2024", "day", False),
    ("quietest artillery week in 2024", "week", True),
    ("bloodiest manpower quarter of 2024", "quarter", False),
]


@pytest.fixture(scope="module")
def series_store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize(("question", "unit", "lowest"), RECORD_UNITS)
def test_records_per_quarter_and_year(
    series_store: ClaimStore, question: str, unit: str, lowest: bool
) -> None:
    result = answer(question, series_store, today=TODAY)
    assert result.answered, result.text
    top = result.claims[0]
    assert top.period_start is not None and top.period_end is not None
    days = (top.period_end - top.period_start).days + 1
    sizes = {
        "day": (1, 1),
        "week": (7, 7),
        "month": (28, 31),
        "quarter": (90, 92),
        "year": (365, 366),
    }
    low, high = sizes[unit]
    assert low <= days <= high, (question, top.period_start, top.period_end)
    assert top.period_start.day == 1 or unit in ("day", "week"), question
    assert ("Lowest" if lowest else "Highest") in result.text, result.text
    assert top.derivation and ("lowest" if lowest else "highest") in top.derivation


# -- the tally asked beside a period, naming no kind of loss, is a personnel question ----------


@pytest.mark.parametrize(
    "text",
    [
        "what was the running total on 1 march 2024?",
        "by what percentage did the running tally grow in 2025?",
        "the toll in the first half of 2024",
        "body count for october 2024 please",
        "running count as of 31 december 2023, and how does it compare?",
        "was there anything before the full-scale invasion, in 2021?",
        "kill count between 1 and 7 june 2025",
        "how did the tally change over 2024",
    ],
)
def test_a_tally_beside_a_period_is_a_loss_question(text: str) -> None:
    query = parse_question(text, TODAY)
    assert query.intent.value != "off_topic", text
    assert [m.value for m in query.metrics] == ["personnel"], text


@pytest.mark.parametrize(
    "text", ["weather in 2024 so far", "how far did russia advance in 2024", "tallinn in may 2024"]
)
def test_no_tally_word_stays_off_topic(text: str) -> None:
    assert parse_question(text, TODAY).intent.value == "off_topic", text


# -- words around the question in a chat: a leading @mention, Markdown emphasis, "latest" -----


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("@losses_bot russian tanks in may 2024", D(2024, 5, 1), D(2024, 5, 31)),
        ("@bot, personnel for june 2025?", D(2025, 6, 1), D(2025, 6, 30)),
        ("**russian tanks**, _october 2024_", D(2024, 10, 1), D(2024, 10, 31)),
        ("russian losses in *march 2025* please", D(2025, 3, 1), D(2025, 3, 31)),
        ("`drones` __12 january 2025__", D(2025, 1, 12), D(2025, 1, 12)),
        ("~~may~~ june 2024 russian artillery", D(2024, 6, 1), D(2024, 6, 30)),
        ("@war_numbers_bot: ru losses *1-7 april 2025*", D(2025, 4, 1), D(2025, 4, 7)),
        ("_russian losses_ ***2023***", D(2023, 1, 1), D(2023, 12, 31)),
    ],
)
def test_chat_formatting_is_read_past(text: str, start: dt.date, end: dt.date) -> None:
    query = parse_question(text, TODAY)
    assert (query.period_start, query.period_end) == (start, end), text
    assert not [u for u in query.unread if u.constrains], (text, query.unread)


@pytest.mark.parametrize("text", ["@bot latest", "latest?", "the latest", "@losses_bot newest"])
def test_latest_alone_asks_for_the_newest_figure(text: str) -> None:
    query = parse_question(text, TODAY)
    assert query.intent.value == "losses", text
    assert query.figure.value == "latest", text


def test_an_underscore_inside_a_word_is_kept() -> None:
    query = parse_question(
        "what does t.me/General_Staff say about russian tanks in may 2024", TODAY
    )
    assert any("General_Staff" in u.text for u in query.unread)
