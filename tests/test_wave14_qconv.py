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
    assert len(words) == 1 and words[0] in unread  # the parser's span or the shift's words


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


Turn = tuple[D | None, D | None, int | None]


def _chat(store: ClaimStore, *turns: str) -> list[Turn]:
    """Each turn's period and first figure, asked in one conversation."""
    chat = Conversation()
    out: list[Turn] = []
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
    assert one[0] and two[0] and one[1] and two[1]
    assert both[0] == min(one[0], two[0])
    assert both[1] == max(one[1], two[1])
    assert isinstance(one[2], int) and isinstance(two[2], int)
    assert both[2] == one[2] + two[2]


def test_in_total_after_one_period_is_still_the_whole_war(store: ClaimStore) -> None:
    _, total = _chat(store, "Russian tank losses in March 2025", "and in total?")
    assert total[0] is None or total[0] <= D(2022, 2, 24)


PARTS = [
    (MARCH, "how about the first week of it", D(2025, 3, 1), D(2025, 3, 7)),
    (MARCH, "first week of it", D(2025, 3, 1), D(2025, 3, 7)),
    (MARCH, "only the last week", D(2025, 3, 25), D(2025, 3, 31)),
    (MARCH, "just the last 10 days", D(2025, 3, 22), D(2025, 3, 31)),
    (MARCH, "the final fortnight of that month", D(2025, 3, 18), D(2025, 3, 31)),
    (MARCH, "and the first 3 days?", D(2025, 3, 1), D(2025, 3, 3)),
    ("Russian losses in 2024", "only the last month", D(2024, 12, 1), D(2024, 12, 31)),
    ("Russian losses in 2024", "the last 3 months of it", D(2024, 10, 1), D(2024, 12, 31)),
    ("Russian losses in 2024", "the first two months", D(2024, 1, 1), D(2024, 2, 29)),
    ("drones in Q1 2025", "just the final month of that quarter", D(2025, 3, 1), D(2025, 3, 31)),
    (MARCH, "just the first half of the month", D(2025, 3, 1), D(2025, 3, 15)),
    (MARCH, "second half of that month?", D(2025, 3, 16), D(2025, 3, 31)),
    (MARCH, "and the second half?", D(2025, 3, 16), D(2025, 3, 31)),
    (MARCH, "the latter half of it", D(2025, 3, 16), D(2025, 3, 31)),
    ("Russian losses in 2024", "and the second half?", D(2024, 7, 1), D(2024, 12, 31)),
    ("Russian losses in 2024", "first half of it", D(2024, 1, 1), D(2024, 6, 30)),
]


@pytest.mark.parametrize(("first", "then", "start", "end"), PARTS)
def test_a_part_of_the_last_period_narrows_it(first: str, then: str, start: D, end: D) -> None:
    """ "The first week of it", "only the last month", "and the second half?": a part of the
    last period, never the calendar's last month or a half of another year."""
    assert _read(first, then) == (start, end, [])


@pytest.mark.parametrize(
    ("first", "then", "start", "end"),
    [
        # after a half, "the second half" is the other half (its sibling), as before
        ("Russian losses in H1 2024", "and the second half?", D(2024, 7, 1), D(2024, 12, 31)),
        # "the first half of the year" after a month names the year's half
        (MARCH, "the first half of the year", D(2025, 1, 1), D(2025, 6, 30)),
    ],
)
def test_a_half_of_another_unit_is_not_the_last_period_cut(
    first: str, then: str, start: D, end: D
) -> None:
    assert _read(first, then) == (start, end, [])


NEWEST_TOTAL = [
    "total so far?",
    "and the total so far?",
    "since the invasion?",
    "and since day one?",
    "running tally to date",
    "ok the count up to now",
]


@pytest.mark.parametrize("then", NEWEST_TOTAL)
def test_the_total_so_far_keeps_the_last_metric(then: str) -> None:
    """ "total so far?" after tanks is the newest tank total, never a question of its own
    about personnel."""
    reading = read_followup(then, parse_question(MARCH, TODAY), TODAY)
    assert reading is not None, then
    query = reading.query
    assert [m.value for m in query.metrics] == ["tanks"]
    assert (query.period_start, query.figure.value) == (None, "total")


@pytest.mark.parametrize(
    "then",
    ["and the cumulative at the end of it?", "the total by the end of that period",
     "running total at the end of that?"],
)  # fmt: skip
def test_the_total_at_the_end_of_the_last_period(then: str) -> None:
    assert _read(MARCH, then) == (D(2022, 2, 24), D(2025, 3, 31), [])


TOTAL_AS_OF_A_DAY = [
    ("and in total since the invasion, as of the 8 June report?", D(2025, 6, 8)),
    ("the overall total as of 1 June?", D(2025, 6, 1)),
    ("in total by 31 may", D(2025, 5, 31)),
]


@pytest.mark.parametrize(("then", "end"), TOTAL_AS_OF_A_DAY)
def test_a_total_as_of_a_day_without_a_year_is_the_last_question_s_year(then: str, end: D) -> None:
    """A day without a year moves to the conversation's year; the total still starts with
    the war (never 24 February of that year, nor a year ahead)."""
    first = "Russian artillery losses in the first week of June 2025"
    start, found, unread = _read(first, then)
    assert (start, found, unread) == (D(2022, 2, 24), end, [])


DAY_12 = "how many russian troops were lost on 12 March 2025"
DAYS_OF_THE_MONTH = [
    (DAY_12, "and on the 14th?", D(2025, 3, 14)),
    (DAY_12, "the 20th then", D(2025, 3, 20)),
    (DAY_12, "14th?", D(2025, 3, 14)),
    (DAY_12, "what about the 1st", D(2025, 3, 1)),
    ("Russian tanks in the week of 3 March 2025", "how about the 2nd", D(2025, 3, 2)),
]


@pytest.mark.parametrize(("first", "then", "day"), DAYS_OF_THE_MONTH)
def test_a_day_of_the_month_alone_is_in_the_last_period_s_month(
    first: str, then: str, day: D
) -> None:
    assert _read(first, then) == (day, day, [])


@pytest.mark.parametrize(
    ("first", "then", "unread"),
    [
        ("Russian losses in 2024", "and on the 14th?", "14th"),  # which month's 14th?
        ("Russian losses in April 2025", "and the 31st?", "31st"),  # April has none
    ],
)
def test_a_day_of_the_month_it_cannot_place_is_named(first: str, then: str, unread: str) -> None:
    asked = parse_question(first, TODAY)
    assert _read(first, then) == (asked.period_start, asked.period_end, [unread])


@pytest.mark.parametrize(
    "then", ["and that month overall?", "that month as a whole", "the month in total"]
)
def test_the_month_holding_a_day_with_overall(then: str) -> None:
    assert _read(DAY_12, then) == (D(2025, 3, 1), D(2025, 3, 31), [])


WEEK = "Russian losses 1-7 September 2025?"
STRETCHED = [
    (WEEK, "now stretch it to a fortnight from the 8th", D(2025, 9, 8), D(2025, 9, 21)),
    (WEEK, "extend it to a month", D(2025, 9, 1), D(2025, 9, 30)),
    (WEEK, "make it two weeks", D(2025, 9, 1), D(2025, 9, 14)),
    (WEEK, "extend it by a week", D(2025, 9, 1), D(2025, 9, 14)),
    (WEEK, "stretch to 10 days", D(2025, 9, 1), D(2025, 9, 10)),
    (WEEK, "and widen it to the whole month", D(2025, 9, 1), D(2025, 9, 30)),
    (WEEK, "ok make that 3 weeks", D(2025, 9, 1), D(2025, 9, 21)),
    ("tanks in January 2025", "extend it to a quarter", D(2025, 1, 1), D(2025, 3, 31)),
    ("tanks in January 2025", "stretch the window by two months", D(2025, 1, 1), D(2025, 3, 31)),
]


@pytest.mark.parametrize(("first", "then", "start", "end"), STRETCHED)
def test_the_last_period_stretched(first: str, then: str, start: D, end: D) -> None:
    """ "Make it two weeks" after a week is a fortnight from its start, never the week again
    (nor a correction whose words read nothing)."""
    assert _read(first, then) == (start, end, [])


@pytest.mark.parametrize(
    ("then", "unread"),
    [
        ("no, I meant the other one", "the other one"),
        ("make it the usual", "the usual"),
        ("sorry, I meant the proper figure", "the proper figure"),
    ],
)
def test_a_correction_that_changes_nothing_is_named(then: str, unread: str) -> None:
    assert _read(WEEK, then) == (D(2025, 9, 1), D(2025, 9, 7), [unread])


def test_a_correction_that_names_something_is_read() -> None:
    reading = read_followup("sorry, I meant tanks", parse_question(WEEK, TODAY), TODAY)
    assert reading is not None
    assert [m.value for m in reading.query.metrics] == ["tanks"]
    assert not reading.query.unread


@pytest.mark.parametrize(
    ("then", "side"),
    [
        ("only the official figure", None),
        ("official numbers only", None),
        ("and the government count?", None),
        ("just kyiv's official tally", "ukraine"),
        ("what's the russian official figure?", "russia"),
    ],
)
def test_official_figures_only_are_the_officials_claims(then: str, side: str | None) -> None:
    """ "Only the official figure" keeps the last question and asks officials only (of the
    side named, else of either side's government), never the last claimants unchanged."""
    previous = parse_question("Russian losses in 2024", TODAY)
    reading = read_followup(then, previous, TODAY)
    assert reading is not None, then
    query = reading.query
    assert (query.period_start, query.period_end) == (D(2024, 1, 1), D(2024, 12, 31))
    assert "Ukraine's General Staff" in query.claimants or side == "russia"
    assert "Russia's Ministry of Defence" in query.claimants or side == "ukraine"
    assert query.claimant_side == side


def test_the_official_figure_in_a_conversation_names_the_officials(store: ClaimStore) -> None:
    chat = Conversation()
    chat.ask("Russian losses in 2024", store, today=D(2026, 12, 1))
    got = chat.ask("only the official figure", store, today=D(2026, 12, 1))
    assert got.answered and got.claims
    assert got.claims[0].claimant == "Ukraine's General Staff"
    assert "official sources of either side" in got.text.splitlines()[0]


@pytest.mark.parametrize(
    ("then", "end"),
    [
        ("at the start of 2024 then", D(2024, 1, 1)),
        ("and as of the beginning of march 2025?", D(2025, 3, 1)),
        ("what about by the start of 2023", D(2023, 1, 1)),
    ],
)
def test_at_the_start_of_a_period_after_a_total_is_the_total_then(then: str, end: D) -> None:
    """After "how many tanks in total?", "at the start of 2024" is the total then, not the
    losses of 1 January."""
    previous = parse_question("how many tanks has russia lost in total?", TODAY)
    reading = read_followup(then, previous, TODAY)
    assert reading is not None
    query = reading.query
    assert (query.period_start, query.period_end, query.figure.value) == (
        D(2022, 2, 24),
        end,
        "total",
    )


@pytest.mark.parametrize(
    ("first", "then", "index"),
    [
        ("Russian tanks in 2023?", "and 2024 as an index, with 2023 = 100?", "125"),
        ("Russian tanks in 2023?", "2024 indexed to 2023", "125"),
        ("Russian artillery in 2023", "what about 2024 as an index number", None),
    ],
)
def test_an_index_against_the_last_period(
    store: ClaimStore, first: str, then: str, index: str | None
) -> None:
    """ "And 2024 as an index, with 2023 = 100?": both years' figures side by side, with the
    later as an index of the earlier (the same claimant's figures)."""
    chat = Conversation()
    base = chat.ask(first, store, today=D(2026, 12, 1))
    got = chat.ask(then, store, today=D(2026, 12, 1))
    assert base.claims and got.answered
    years = {c.period_start.year for c in got.claims if c.period_start is not None}
    assert {2023, 2024} <= years
    line = next(t for t in got.text.splitlines() if t.startswith("As an index"))
    assert line.startswith("As an index (2023 = 100): ")
    if index is not None:
        assert line.endswith(f": {index}.")


def test_an_index_of_another_base_is_named_unread() -> None:
    reading = read_followup(
        "and 2025 with 2022 = 100?", parse_question("Russian tanks in 2023?", TODAY), TODAY
    )
    assert reading is not None
    assert any("100" in u.text and u.constrains for u in reading.query.unread)


Q1 = "Russian tank losses in Q1 2025"


@pytest.mark.parametrize(
    ("then", "side"),
    [
        ("and the same for ukraine?", "ukraine"),
        ("same for the ukrainians", "ukraine"),
        ("same q but for ukraine", "ukraine"),
        ("the same for russia", "russia"),
    ],
)
def test_the_same_for_a_side_is_that_side_s_losses(then: str, side: str) -> None:
    """ "The same for Ukraine?" after Russia's tanks is Ukraine's tanks, never Russia's again."""
    reading = read_followup(then, parse_question(Q1, TODAY), TODAY)
    assert reading is not None
    query = reading.query
    assert (query.subject.value, query.period_start, query.period_end) == (
        side,
        D(2025, 1, 1),
        D(2025, 3, 31),
    )
    assert [m.value for m in query.metrics] == ["tanks"]


@pytest.mark.parametrize(
    ("then", "parts"),
    [
        ("break it down by month", 3),
        ("month by month?", 3),
        ("ok can you split that by month", 3),
        ("weekly breakdown pls", 14),
    ],
)
def test_a_breakdown_of_the_last_period(store: ClaimStore, then: str, parts: int) -> None:
    chat = Conversation()
    chat.ask(Q1, store, today=D(2026, 12, 1))
    got = chat.ask(then, store, today=D(2026, 12, 1))
    inside = [c for c in got.claims if c.relation is not None and c.relation.value == "inside"]
    assert got.answered and len(inside) == parts


@pytest.mark.parametrize(
    ("first", "then", "start", "end"),
    [
        ("Russian personnel losses in 2023", "and this yr?", D(2026, 1, 1), D(2026, 11, 30)),
        ("Russian personnel losses in 2023", "and this year?", D(2026, 1, 1), D(2026, 11, 30)),
        ("Russian personnel losses in 2023", "that year?", D(2023, 1, 1), D(2023, 12, 31)),
        (DAY_12, "that month?", D(2025, 3, 1), D(2025, 3, 31)),
        ("Russian personnel losses in 2023", "last yr?", D(2025, 1, 1), D(2025, 12, 31)),
    ],
)
def test_this_year_is_the_calendar_s_and_that_year_the_last_one_s(
    first: str, then: str, start: D, end: D
) -> None:
    assert _read(first, then) == (start, end, [])


@pytest.mark.parametrize("then", ["compare w/ 2022", "compare to 2022 pls", "compare with 2022"])
def test_compare_without_an_object_sets_the_two_side_by_side(then: str) -> None:
    reading = read_followup(then, parse_question("Russian personnel losses in 2023", TODAY), TODAY)
    assert reading is not None and reading.kind.value == "compare"
    assert reading.other is not None
    other = reading.other
    assert (other.period_start, other.period_end) == (D(2022, 1, 1), D(2022, 12, 31))
