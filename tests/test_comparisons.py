"""Comparisons of two periods (issue 12, requirement 6): which periods a question compares, as
phrased by readers ("A vs B", "higher than last month?", "did losses rise?", "percentage
change"), and the answer: both stored figures with who claims them, the difference and the
percentage change computed in the open, and an honest "no figure" for a missing side.

The phrasings are our own, written after reading how news readers and analysts word such
questions (monthly highs, "a drop of N a day from the previous month", "costliest month").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import Conversation, answer
from knowledge.models import Relation
from knowledge.questions import parse_question
from knowledge.questions.averages import asked_direction, read_comparison, shifted
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)
D = dt.date


def _periods(question: str, today: dt.date = TODAY) -> set[tuple[dt.date, dt.date]] | None:
    """The two periods a question compares, in no order, or None."""
    found = read_comparison(question, parse_question(question, today), today)
    if found is None:
        return None
    return {
        (q.period_start, q.period_end)  # type: ignore[misc]
        for q in (found.first, found.second)
    }


NOV24, OCT24 = (D(2024, 11, 1), D(2024, 11, 30)), (D(2024, 10, 1), D(2024, 10, 31))
Y23, Y24 = (D(2023, 1, 1), D(2023, 12, 31)), (D(2024, 1, 1), D(2024, 12, 31))

# Two named periods, every way of putting them side by side.
TWO_PERIODS = [
    ("russian losses november 2024 vs october 2024", {NOV24, OCT24}),
    ("Russian losses: Nov 2024 versus Oct 2024", {NOV24, OCT24}),
    ("were russian losses in november 2024 higher than in october 2024?", {NOV24, OCT24}),
    ("did russia lose more troops in nov 2024 than in oct 2024", {NOV24, OCT24}),
    ("were losses lower in october 2024 than november 2024", {NOV24, OCT24}),
    ("compare russian losses in october 2024 and november 2024", {NOV24, OCT24}),
    ("Compare Russian casualties for Oct 2024 with Nov 2024 please", {NOV24, OCT24}),
    ("difference between october 2024 and november 2024 russian losses", {NOV24, OCT24}),
    ("tanks lost 2023 vs 2024", {Y23, Y24}),
    ("more artillery destroyed in 2023 or 2024?", {Y23, Y24}),
    ("how do russian losses in 2024 compare to 2023", {Y23, Y24}),
    ("2024 compared with 2023: russian personnel losses", {Y23, Y24}),
    ("was 2024 deadlier than 2023 for the russians", {Y23, Y24}),
    ("by how much did russian losses rise from october 2024 to november 2024", {NOV24, OCT24}),
    ("how much did losses grow between 2023 and 2024", {Y23, Y24}),
    ("jan or feb 2024, which was worse for russian tanks?", {
        (D(2024, 1, 1), D(2024, 1, 31)), (D(2024, 2, 1), D(2024, 2, 29))}),
    ("compare the first and second half of 2024", {
        (D(2024, 1, 1), D(2024, 6, 30)), (D(2024, 7, 1), D(2024, 12, 31))}),
    ("russia losses Q1 2024 vs Q1 2025", {
        (D(2024, 1, 1), D(2024, 3, 31)), (D(2025, 1, 1), D(2025, 3, 31))}),
    ("Compare russian drone losses in summer 2024 with the same season of 2025", {
        (D(2024, 6, 1), D(2024, 8, 31)), (D(2025, 6, 1), D(2025, 8, 31))}),
    ("russian losses may 2024 vs same month a year earlier", {
        (D(2024, 5, 1), D(2024, 5, 31)), (D(2023, 5, 1), D(2023, 5, 31))}),
]  # fmt: skip


# Typos and chat shorthand.
TYPOS = [
    "russain losses nov 2024 vs oct 2024",
    "compair losses nov 2024 and oct 2024",
    "were losses hgiher in nov 2024 than oct 2024",
    "nov 2024 v oct 2024 losses",
    "novmber 2024 vs october 2024 russian losses",
    "is nov 2024 > oct 2024 for russian losses",
    "which was worse for ruzzia: oct 2024 or nov 2024",
    "did the russkies lose more in november 2024 then in october 2024",
    "losses nov2024 vs oct2024",
    "Nov '24 vs Oct '24",
]  # fmt: skip


@pytest.mark.parametrize("question", TYPOS)
def test_typos_and_shorthand(question: str) -> None:
    assert _periods(question) == {NOV24, OCT24}


@pytest.mark.parametrize(("question", "periods"), TWO_PERIODS)
def test_two_named_periods(question: str, periods: set[tuple[dt.date, dt.date]]) -> None:
    assert _periods(question) == periods


# The other period is the one before the named one (or, with no period named, the current
# one against the one before).
RELATIVE = [
    ("were russian losses in november 2024 higher than the previous month?", {NOV24, OCT24}),
    ("november 2024 losses compared with the month before", {NOV24, OCT24}),
    ("were losses in nov 2024 up on the prior month", {NOV24, OCT24}),
    ("russian losses in 2024 vs the year before", {Y24, Y23}),
    ("more tanks lost in 2024 than in the preceding year?", {Y24, Y23}),
    ("did russia lose more in the week of 4-10 nov 2024 than the week before", {
        (D(2024, 11, 4), D(2024, 11, 10)), (D(2024, 10, 28), D(2024, 11, 3))}),
    ("were losses on 5 nov 2024 higher than the day before", {
        (D(2024, 11, 5), D(2024, 11, 5)), (D(2024, 11, 4), D(2024, 11, 4))}),
    ("higher than last month?", {
        (D(2026, 11, 1), D(2026, 11, 30)), (D(2026, 10, 1), D(2026, 10, 31))}),
    ("are russian losses higher than last month", {
        (D(2026, 11, 1), D(2026, 11, 30)), (D(2026, 10, 1), D(2026, 10, 31))}),
    ("more losses than last year?", {
        (D(2026, 1, 1), D(2026, 11, 30)), (D(2025, 1, 1), D(2025, 12, 31))}),
    ("russian losses this month vs last month", {
        (D(2026, 11, 1), D(2026, 11, 30)), (D(2026, 10, 1), D(2026, 10, 31))}),
    ("did the russians lose more in march 2024 than a month earlier", {
        (D(2024, 3, 1), D(2024, 3, 31)), (D(2024, 2, 1), D(2024, 2, 29))}),
    ("q3 2024 losses compared to the quarter before", {
        (D(2024, 7, 1), D(2024, 9, 30)), (D(2024, 4, 1), D(2024, 6, 30))}),
    ("was sept 2024 worse than the previous month for russia", {
        (D(2024, 9, 1), D(2024, 9, 30)), (D(2024, 8, 1), D(2024, 8, 31))}),
    ("russian losses in june 2025 against the same month last year", {
        (D(2025, 6, 1), D(2025, 6, 30)), (D(2024, 6, 1), D(2024, 6, 30))}),
]  # fmt: skip


@pytest.mark.parametrize(("question", "periods"), RELATIVE)
def test_the_period_before(question: str, periods: set[tuple[dt.date, dt.date]]) -> None:
    assert _periods(question) == periods


# "Did losses rise?" about one period: against the period before it.
RISE_OR_FALL = [
    ("did russian losses rise in november 2024?", {NOV24, OCT24}),
    ("did russian losses go up in nov 2024", {NOV24, OCT24}),
    ("did russian casualties drop in november 2024?", {NOV24, OCT24}),
    ("have russian losses increased in 2024", {Y24, Y23}),
    ("did the number of russian tanks lost decline in 2024?", {Y24, Y23}),
    ("were russian losses up in november 2024?", {NOV24, OCT24}),
    ("were russian losses down in october 2024", {OCT24, (D(2024, 9, 1), D(2024, 9, 30))}),
    ("did enemy losses jump in nov 2024?", {NOV24, OCT24}),
    ("russian losses in 2024: did they grow?", {Y24, Y23}),
    ("has the russian loss rate gone down in 2025?", {(D(2025, 1, 1), D(2025, 12, 31)), Y24}),
    ("did orc losses spike in november 2024", {NOV24, OCT24}),
    ("percentage change in russian losses in 2024", {Y24, Y23}),
    ("by what % did russian losses change in nov 2024", {NOV24, OCT24}),
    ("did russian artillery losses decrease in 2024?", {Y24, Y23}),
    ("Did Russian losses climb in November 2024?", {NOV24, OCT24}),
    ("did russian losses fall in november 2024?", {NOV24, OCT24}),
]  # fmt: skip


@pytest.mark.parametrize(("question", "periods"), RISE_OR_FALL)
def test_rise_or_fall_against_the_period_before(
    question: str, periods: set[tuple[dt.date, dt.date]]
) -> None:
    assert _periods(question) == periods


# Percentage change between two named periods.
PERCENT = [
    "percentage change in russian losses from 2023 to 2024",
    "by what percent did russian losses rise from 2023 to 2024",
    "% change russian losses 2023 vs 2024",
    "how many percent more russian losses in 2024 than in 2023",
    "russian losses 2024 vs 2023 in percent",
    "percent increase in russian casualties between 2023 and 2024",
    "what's the % difference between 2023 and 2024 russian losses",
    "how much did russian losses grow in percent from 2023 to 2024?",
    "percent change in russian losses, 2023 against 2024",
    "2024 vs 2023 russian personnel: percentage?",
    "compare 2023 and 2024 in percent, russian losses",
    "by how many percent were russian losses higher in 2024 than in 2023",
    "russian losses: 2024 compared to 2023, % change",
    "did russian losses go up from 2023 to 2024 and by what percentage",
    "how much higher (in %) were russian losses in 2024 than 2023",
]


@pytest.mark.parametrize("question", PERCENT)
def test_percentage_change_phrasings(question: str) -> None:
    assert _periods(question) == {Y23, Y24}


# Questions that compare nothing stay ordinary questions.
NOT_COMPARISONS = [
    "russian losses in november 2024",
    "how many tanks did russia lose in 2024",
    "russian losses from 1 may to 10 may 2024",
    "russian losses between may and june 2024",
    "tanks and artillery lost in 2024",
    "were more than 1,000 russians killed on 5 nov 2024?",
    "russian losses since 3 february 2024",
    "daily average russian losses in 2024",
    "worst day for russian losses in 2024",
    "total russian losses as of 1 january 2025",
    "how reliable are the general staff figures",
    "russian losses last week",
    "is 45,720 right for november 2024",
    "11,390 russian casualties in the last week of nov 2024, does that hold up?",
    "does 45,720 for november 2024 add up",
    "how does the kremlin's figure for march 2022 stack up",
    "ukrainian losses per the kremlin in 2023",
    "russian losses in q1 2024",
    "how many cruise missiles were shot down in 2024",
    "drones brought down in november 2024?",
]


@pytest.mark.parametrize("question", NOT_COMPARISONS)
def test_not_a_comparison(question: str) -> None:
    assert _periods(question) is None


@pytest.mark.parametrize(
    ("question", "direction"),
    [
        ("were russian losses higher in may 2024 than in april?", 1),
        ("did russian losses fall in may 2024?", -1),
        ("were losses up in may 2024?", 1),
        ("were losses down in may 2024?", -1),
        # "add up", "shot down" say nothing of the direction: the verb that does decides.
        ("does that add up: did russian losses fall in may 2024?", -1),
        ("were more drones shot down in may 2024, did losses rise?", 1),
        ("did losses keep rising in may 2024?", 1),
        ("russian losses in may 2024", 0),
    ],
)
def test_the_direction_a_yes_or_no_comparison_asks(question: str, direction: int) -> None:
    assert asked_direction(question) == direction


@pytest.mark.parametrize(
    ("start", "end", "unit", "steps", "moved"),
    [
        (D(2024, 11, 1), D(2024, 11, 30), "month", -1, (D(2024, 10, 1), D(2024, 10, 31))),
        (D(2024, 3, 1), D(2024, 3, 31), "month", -1, (D(2024, 2, 1), D(2024, 2, 29))),
        (D(2024, 1, 1), D(2024, 3, 31), "year", 1, (D(2025, 1, 1), D(2025, 3, 31))),
        (D(2024, 7, 1), D(2024, 9, 30), None, -1, (D(2024, 4, 1), D(2024, 6, 30))),
        (D(2024, 11, 4), D(2024, 11, 10), None, -1, (D(2024, 10, 28), D(2024, 11, 3))),
        (D(2024, 11, 5), D(2024, 11, 5), "day", -1, (D(2024, 11, 4), D(2024, 11, 4))),
    ],
)
def test_shifted_keeps_whole_months_whole(
    start: dt.date, end: dt.date, unit: str | None, steps: int, moved: tuple[dt.date, dt.date]
) -> None:
    assert shifted(start, end, unit, steps) == moved


# -- answers over the seeds and the daily series -------------------------------------------


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


def test_comparison_shows_both_figures_and_the_arithmetic(store: ClaimStore) -> None:
    result = answer("were russian losses in nov 2024 higher than in oct 2024?", store, today=TODAY)
    assert result.answered
    assert [c.value for c in result.claims] == [45720, 41980]
    assert all(c.relation == Relation.exact for c in result.claims)
    first = result.text.splitlines()[0]
    assert "higher in November 2024 than in October 2024" in first
    assert "45,720 − 41,980 = +3,740 (+8.9%)" in first
    # The months differ in length, so the rate per day is shown too.
    assert "45,720 ÷ 30 = 1,524 against 41,980 ÷ 31 = 1,354" in result.text
    assert "Ukraine's General Staff" in result.text
    assert "independently verified" in (result.caveat or "")
    assert result.query is not None and result.query.period_start == D(2024, 10, 1)
    assert result.query.period_end == D(2024, 11, 30)


def test_a_fall_is_a_negative_difference(store: ClaimStore) -> None:
    result = answer("russian tanks 2025 vs 2024", store, today=TODAY)
    assert result.answered and len(result.claims) == 2
    later, earlier = result.claims
    assert later.period_start == D(2025, 1, 1) and earlier.period_start == D(2024, 1, 1)
    diff = round(later.value) - round(earlier.value)
    assert f"= {diff:+,}" in result.text.splitlines()[0]


def test_a_side_without_a_figure_is_said_and_nothing_is_compared(store: ClaimStore) -> None:
    result = answer("russian losses october 2026 vs july 2026", store, today=TODAY)
    assert not result.answered
    assert "I have no figure for October 2026 in my sources" in result.text
    assert [c.value for c in result.claims] == [42860]  # July 2026 alone, as it is stored
    assert "−" not in result.text.split("What I have:")[0]


def test_a_side_cut_by_the_end_of_the_series_says_so(store: ClaimStore) -> None:
    result = answer("russian losses august 2026 vs july 2026", store, today=TODAY)
    assert result.text.startswith("My daily figures end on 8 August 2026")
    cut = next(c for c in result.claims if c.period_start == D(2026, 8, 1))
    assert cut.relation == Relation.inside
    assert "It covers only 1–7 August 2026 of the asked August 2026." in result.text


def test_fall_the_verb_is_not_the_season(store: ClaimStore) -> None:
    result = answer("did russian losses fall in september 2024?", store, today=TODAY)
    assert result.answered
    assert "Seasons" not in result.text
    assert result.text.startswith(
        "No. Russian personnel losses: higher in September 2024 than in August 2024 (the month"
    )


@pytest.mark.parametrize(
    ("question", "start"),
    [
        ("were russian losses in nov 2024 higher than in oct 2024?", "Yes. "),
        ("were russian losses in nov 2024 lower than in oct 2024?", "No. "),
        ("did russian losses rise in november 2024?", "Yes. "),
        ("did russian losses drop in november 2024?", "No. "),
        ("russian losses nov 2024 vs oct 2024", "Russian personnel losses: higher"),
        ("did russia lose more in oct 2024 or nov 2024?", "Russian personnel losses: higher"),
        ("by how much did russian losses rise from oct 2024 to nov 2024", "Russian personnel"),
    ],
)
def test_yes_or_no_first_when_asked(store: ClaimStore, question: str, start: str) -> None:
    assert answer(question, store, today=TODAY).text.startswith(start)


def test_a_comparison_word_is_not_reported_unread(store: ClaimStore) -> None:
    result = answer("december 2023 vs december 2024 russian losses", store, today=TODAY)
    assert result.query is not None and result.query.unread == []
    assert result.answered


def test_the_same_quarter_of_another_year_is_read(store: ClaimStore) -> None:
    result = answer(
        "compare russian armoured vehicle losses in the first quarter of 2024 with the same "
        "quarter of 2025",
        store,
        today=TODAY,
    )
    assert result.answered, result.text
    assert {c.value for c in result.claims} == {2234, 1813}
    assert "the same period a year on" in result.text


@pytest.mark.parametrize(
    "follow",
    [
        "avg per day?",
        "average a day?",
        "and the average per day",
        "what's the avg daily",
        "per day?",
    ],
)
def test_an_average_follow_up_averages_the_previous_period(store: ClaimStore, follow: str) -> None:
    chat = Conversation()
    chat.ask("russian losses in november 2024", store, today=TODAY)
    result = chat.ask(follow, store, today=TODAY)
    assert result.answered, result.text
    assert [c.value for c in result.claims] == [round(45720 / 30)]
    assert "45,720 ÷ 30 days" in result.text


def test_a_follow_up_after_an_average_asks_the_same_average(store: ClaimStore) -> None:
    chat = Conversation()
    chat.ask("daily average russian losses in 2024", store, today=TODAY)
    result = chat.ask("and 2025?", store, today=TODAY)
    assert result.answered, result.text
    assert result.claims[0].label == "average per day"
    assert result.claims[0].period_start == D(2025, 1, 1)
    assert "÷ 365 days" in result.text


def test_which_month_was_worst_that_year_is_a_month(store: ClaimStore) -> None:
    chat = Conversation()
    chat.ask("russian losses in 2025", store, today=TODAY)
    result = chat.ask("which month was worst that year?", store, today=TODAY)
    top = result.claims[0]
    assert top.period_start is not None and top.period_start.day == 1
    assert top.period_end is not None and top.period_end.month == top.period_start.month
    assert top.period_start.year == 2025


def test_a_new_period_after_a_record_asks_the_record_of_that_period(store: ClaimStore) -> None:
    chat = Conversation()
    chat.ask("which day did russia lose the most tanks", store, today=TODAY)
    result = chat.ask("and in 2024?", store, today=TODAY)
    top = result.claims[0]
    assert top.period_start == top.period_end and top.period_start is not None
    assert top.period_start.year == 2024
    assert "highest daily figure" in (top.derivation or "")


def test_a_named_claimant_without_figures_is_named(store: ClaimStore) -> None:
    result = answer("ukrainian losses 2023 vs 2024 per the kremlin", store, today=TODAY)
    assert not result.answered and not result.claims
    assert "I have no figure from" in result.text and "for 2024 or 2023" in result.text


def test_a_side_cut_short_is_compared_per_day_never_by_totals(store: ClaimStore) -> None:
    result = answer("were russian losses in aug 2026 lower than in jul 2026?", store, today=TODAY)
    first = next(line for line in result.text.splitlines() if "per day" in line)
    assert first.startswith("Yes. Russian personnel losses: lower per day in August 2026")
    assert "8,990 ÷ 7 days = 1,284 a day against 42,860 ÷ 31 days = 1,383 a day" in first
    assert "the totals are not compared" in first
    assert "8,990 − 42,860" not in result.text


def test_now_against_a_year_ago(store: ClaimStore) -> None:
    result = answer("is russia losing more soldiers now than a year ago?", store, today=TODAY)
    starts = sorted(c.period_start for c in result.claims if c.period_start)
    assert starts == [D(2025, 1, 1), D(2026, 1, 1)]
    assert "per day" in result.text and "the totals are not compared" in result.text


def test_a_follow_up_comparison_shows_the_arithmetic(store: ClaimStore) -> None:
    chat = Conversation()
    chat.ask("russian tank losses in april 2024", store, today=TODAY)
    result = chat.ask("more than last month?", store, today=TODAY)
    assert result.answered
    assert [c.value for c in result.claims] == [326, 376]
    assert "Russian tank losses: lower in April 2024 than in March 2024: 326 − 376 = -50" in (
        result.text
    )
    assert result.text.splitlines()[1].startswith("No. Russian tank losses: lower")
