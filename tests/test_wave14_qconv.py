"""Conversation later turns (issue 12, wave 14, qconv), each gap fixed as a follow-up row or rule
and tried with my own multi-turn phrasings (none copied from a blind file): chat shorthand for
units and shifts ("prev mnth", "nxt wk", "one yr earlier", "the day b4"); shifts spelled with
"back", "forward", "on" or a verb ("go back a month", "move it a week forward", "a year on");
a shift no row can read ("a moth earlier", "shift it by a month") named as unread, never
answered as the last question again; "what's that per month on average?" and its kin; "and
in total?" after two periods that meet is both together."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, Conversation
from knowledge.models import PeriodKind
from knowledge.questions.averages import average_unit
from knowledge.questions.followup import read_followup
from knowledge.questions.parse import parse_question

D = dt.date
TODAY = D(2026, 11, 30)
MARCH = "Russian tank losses in March 2025"


def _read(first: str, then: str) -> tuple[D | None, D | None, list[str]]:
    """The period `then` asks after `first`, and the words it could not use."""
    reading = read_followup(then, parse_question(first, TODAY), TODAY)
    assert reading is not None, then
    query = reading.query
    return query.period_start, query.period_end, [u.text for u in query.unread if u.constrains]


SHORTHAND_SHIFTS = [
    (MARCH, "prev month?", D(2025, 2, 1), D(2025, 2, 28)),
    (MARCH, "nxt mnth", D(2025, 4, 1), D(2025, 4, 30)),
    (MARCH, "and a mnth earlier?", D(2025, 2, 1), D(2025, 2, 28)),
    (MARCH, "one yr earlier", D(2024, 3, 1), D(2024, 3, 31)),
    (MARCH, "2 yrs before", D(2023, 3, 1), D(2023, 3, 31)),
    ("Russian losses on 10 May 2025", "the day b4?", D(2025, 5, 9), D(2025, 5, 9)),
    ("Russian losses on 10 May 2025", "and the nxt day", D(2025, 5, 11), D(2025, 5, 11)),
    ("drones in Q2 2024", "prev qtr", D(2024, 1, 1), D(2024, 3, 31)),
]


@pytest.mark.parametrize(("first", "then", "start", "end"), SHORTHAND_SHIFTS)
def test_chat_shorthand_shifts_the_last_period(first: str, then: str, start: D, end: D) -> None:
    assert _read(first, then) == (start, end, [])


BACK_AND_FORTH = [
    (MARCH, "move it a month back", D(2025, 2, 1), D(2025, 2, 28)),
    (MARCH, "and going back a year?", D(2024, 3, 1), D(2024, 3, 31)),
    (MARCH, "back a month", D(2025, 2, 1), D(2025, 2, 28)),
    (MARCH, "a year back?", D(2024, 3, 1), D(2024, 3, 31)),
    (MARCH, "a month on", D(2025, 4, 1), D(2025, 4, 30)),
    (MARCH, "forward a month pls", D(2025, 4, 1), D(2025, 4, 30)),
    ("Russian losses in 2024", "go back two years", D(2022, 1, 1), D(2022, 12, 31)),
    ("Russian losses on 10 May 2025", "push it forward a day", D(2025, 5, 11), D(2025, 5, 11)),
]


@pytest.mark.parametrize(("first", "then", "start", "end"), BACK_AND_FORTH)
def test_back_and_forward_shift_the_last_period(first: str, then: str, start: D, end: D) -> None:
    assert _read(first, then) == (start, end, [])


def test_a_month_on_average_is_no_shift() -> None:
    start, end, unread = _read(MARCH, "and a month on average?")
    assert (start, end, unread) == (D(2025, 3, 1), D(2025, 3, 31), [])


UNREADABLE_SHIFTS = [
    (MARCH, "and a moth earlier?", "a moth earlier"),
    (MARCH, "and 3 monhts later?", "3 monhts later"),
    (MARCH, "shift it by a month", "shift it by a month"),
    ("Russian losses in 2024", "ok and a yaer before?", "a yaer before"),
    ("Russian losses on 10 May 2025", "so the dya after?", "the dya after"),
]


@pytest.mark.parametrize(("first", "then", "unread"), UNREADABLE_SHIFTS)
def test_a_shift_it_cannot_read_is_named_not_dropped(first: str, then: str, unread: str) -> None:
    """The last question's period again, but with the shift's words unread: the answer
    then says it could not use them and gives no figure as the answer."""
    asked = parse_question(first, TODAY)
    start, end, words = _read(first, then)
    assert (start, end) == (asked.period_start, asked.period_end)
    assert words == [unread]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("what's that per month on average?", PeriodKind.month),
        ("whats that a day", PeriodKind.day),
        ("that per week on avg", PeriodKind.week),
        ("and what does it come to a month?", PeriodKind.month),
        ("per mnth avg?", PeriodKind.month),
        ("avg per wk?", PeriodKind.week),
    ],
)
def test_an_average_follow_up_reads_its_unit(text: str, unit: PeriodKind) -> None:
    assert average_unit(text) == unit
    assert read_followup(text, parse_question(MARCH, TODAY), TODAY) is not None


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series."""
    return ClaimStore(series_kb[1])


def _chat(store: ClaimStore, *turns: str) -> list[tuple[object, ...]]:
    """Each turn's period and first figure, asked in one conversation."""
    chat = Conversation()
    out = []
    for turn in turns:
        got = chat.ask(turn, store, today=D(2026, 12, 1))
        query = got.query
        assert query is not None
        value = got.claims[0].value if got.answered and got.claims else None
        out.append((query.period_start, query.period_end, value))
    return out


def test_averages_follow_one_another_each_in_its_own_unit(store: ClaimStore) -> None:
    """ "whats that a day" after a monthly average is a daily one, never the month's again."""
    year, month, day, week = _chat(
        store,
        "Russian artillery losses in 2025",
        "what's that per month on average?",
        "whats that a day",
        "and what does it come to a week?",
    )
    assert year[2] is not None
    total = year[2]
    assert isinstance(total, int)
    expected = (round(total / 12), round(total / 365), round(total / 365 * 7))
    assert (month[2], day[2], week[2]) == expected


IN_TOTAL = [
    ("Russian personnel losses in March 2025?", "and the month before?", "and in total?"),
    ("tanks lost by russia in May 2024", "and june?", "altogether?"),
    ("Russian drones in 2023", "and the year after?", "what's that in total"),
    ("Russian artillery in the week of 3 March 2025", "and the week before", "all told?"),
]


@pytest.mark.parametrize(("first", "second", "third"), IN_TOTAL)
def test_in_total_after_two_periods_that_meet_joins_them(
    store: ClaimStore, first: str, second: str, third: str
) -> None:
    one, two, both = _chat(store, first, second, third)
    assert both[0] == min(one[0], two[0])  # type: ignore[type-var]
    assert both[1] == max(one[1], two[1])  # type: ignore[type-var]
    assert isinstance(one[2], int) and isinstance(two[2], int)
    assert both[2] == one[2] + two[2]


def test_in_total_after_one_period_is_still_the_whole_war(store: ClaimStore) -> None:
    _, total = _chat(store, "Russian tank losses in March 2025", "and in total?")
    assert total[0] is None or total[0] <= D(2022, 2, 24)
