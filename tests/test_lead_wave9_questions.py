"""Lead's wave 9 question rules (NOT blind: written after reading the eighth round's confident
wrong answers, in my own phrasings): a day before mid-March 2022 is never shown as a day's
losses in a "was it the record?" answer (the reports were rounded estimates); a record question
that quotes a figure is answered as a record question; a quoted rate with "normal"/"typical" is
held against the period's average, and "up to N a day" is no comparison; a comparison of
averages does not divide them by the days again; "post" names a report like "update" does;
an event named by its kind ("during the Wagner rebellion") is an unread period, never answered
with the latest total."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_qen_wave6 import ask, head

from knowledge import ClaimStore, open_or_build, parse_question
from knowledge.answering.derive import ROUNDED_UNTIL
from knowledge.questions.averages import average_unit


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


EARLY_DAYS = [
    "was 5 march 2022 the deadliest day of the war for russia?",
    "4,000 russians on 28 february 2022 - the worst day ever?",
    "the biggest day of russian losses in the whole war: 8 march 2022?",
    "was 1 march 2022 russia's heaviest day of losses?",
    "were russian losses on 10 march 2022 a record?",
]


@pytest.mark.parametrize("question", EARLY_DAYS)
def test_rounded_early_days_are_not_a_days_losses(store: ClaimStore, question: str) -> None:
    """No figure for a day before the reports stopped rounding is shown; the answer says why."""
    ans = ask(store, question)
    early = [c for c in ans.claims if c.period_start is not None and c.period_start < ROUNDED_UNTIL]
    assert early == []
    assert "rounded" in ans.text.lower()


QUOTED_RECORDS: list[object] = [
    ("1,970 on 6 january 2025 - the worst day of 2025?", "yes"),
    ("the 1,100 reported on 12 november 2023: was that 2023's deadliest day?", "no"),
    ("was 6 january 2025 2025's worst day for russian losses?", "yes"),
    ("the 1,100 reported on 12 november 2023: was that the deadliest day of 2023?", "no"),
    ("2,200 on 19 december 2024 - the highest day of the war?", "yes"),
    ("was the 1,380 on 19 october 2023 the worst day of 2023", ""),
    ("the 1,050 for 28 feb 2025, russia's worst day of 2025?", "no"),
]


@pytest.mark.parametrize(("question", "verdict"), QUOTED_RECORDS)
def test_a_record_question_quoting_a_figure_is_a_record_question(
    store: ClaimStore, question: str, verdict: str
) -> None:
    """The answer gives the period's highest day (yes or no), not the quoted figure's days."""
    ans = ask(store, question)
    first = head(ans, 1)
    assert "highest day of" in first
    assert first.startswith(verdict)


RATES = [
    ("is 1,200 a day typical for march 2024?", "a day on average"),
    ("are 300 tanks a month normal for 2023?", "a month on average"),
    ("1,000 per day - realistic for 2024?", "a day on average"),
    ("someone said 9,000 a week in 2025, is that normal", "a week on average"),
    ("is it usual to lose 50 artillery systems a day in 2024?", "a day on average"),
]


@pytest.mark.parametrize(("question", "unit"), RATES)
def test_a_quoted_rate_is_held_against_the_average(
    store: ClaimStore, question: str, unit: str
) -> None:
    """A quoted rate asks for the average per that unit, not for a day with that figure."""
    ans = ask(store, question)
    assert ans.answered
    assert unit in ans.text
    assert "no run of" not in ans.text.lower()


UP_TO = [
    "russia was losing up to 1,200 a day in 2024 - what's the real average?",
    "a channel claims 'up to 900 a day' in 2023; the actual average?",
    "up to 40 tanks a week in 2024? what's the average per week",
]


@pytest.mark.parametrize("question", UP_TO)
def test_up_to_a_figure_is_no_comparison(store: ClaimStore, question: str) -> None:
    """ "up to N" is a ceiling: the answer is the average, not a rise from a year before."""
    ans = ask(store, question)
    assert ans.answered
    assert "on average" in ans.text
    assert "higher in" not in head(ans, 1) and "lower in" not in head(ans, 1)


AVERAGES_COMPARED = [
    "average daily russian losses in 2024 vs 2023?",
    "daily average 2025 vs 2022",
    "average losses per day: jan 2025 vs feb 2025",
]


@pytest.mark.parametrize("question", AVERAGES_COMPARED)
def test_averages_compared_are_not_divided_again(store: ClaimStore, question: str) -> None:
    """Two averages of periods of different length are compared as they are."""
    ans = ask(store, question)
    assert ans.answered
    assert "the periods differ in length" not in ans.text.lower()


POSTS = [
    ("yesterday's post: how many tanks", dt.date(2025, 1, 19)),
    ("gs post 12 feb 2026 personnel", dt.date(2026, 2, 12)),
    ("this morning's post - artillery?", dt.date(2025, 1, 20)),
    ("what was in the general staff post 3 march 2025 for drones", dt.date(2025, 3, 3)),
    ("the official post of 5 may 2024: personnel", dt.date(2024, 5, 5)),
]


@pytest.mark.parametrize(("question", "report"), POSTS)
def test_a_post_names_a_report(question: str, report: dt.date) -> None:
    """A post of a day is that day's report, which covers the day before."""
    query = parse_question(question, today=dt.date(2025, 1, 20))
    assert query.report_date == report
    assert query.period_start == report - dt.timedelta(days=1)


EVENTS = [
    ("russian losses during the wagner rebellion", "rebellion"),
    ("how many tanks did russia lose after the kharkiv counteroffensive", "counteroffensive"),
    ("russian deaths amid the bakhmut siege", "siege"),
    ("how many soldiers did moscow lose during the prigozhin mutiny?", "mutiny"),
    ("losses since the ceasefire talks", "talks"),
]


@pytest.mark.parametrize(("question", "word"), EVENTS)
def test_an_event_period_is_reported_never_the_latest_total(
    store: ClaimStore, question: str, word: str
) -> None:
    """The event is named as unread first, and no figure is presented as its answer."""
    ans = ask(store, question)
    assert word in head(ans, 1)
    assert not ans.answered


def test_an_event_with_its_date_is_read(store: ClaimStore) -> None:
    """A date right after the event ("the summit on 15 august 2025") dates it."""
    query = parse_question(
        "russian losses in the 48 hours before the alaska summit on 15 august 2025",
        today=dt.date(2026, 11, 30),
    )
    assert (query.period_start, query.period_end) == (dt.date(2025, 8, 13), dt.date(2025, 8, 14))


PER_UNIT = [
    ("russian tanks per week in spring 2024", "a week on average"),
    ("drones per day during q3 2025", "a day on average"),
    ("personnel per month in 2023?", "a month on average"),
    ("how many armoured vehicles each week in h2 2024", "a week on average"),
    ("artillery lost per day, january 2025", "a day on average"),
]


@pytest.mark.parametrize(("question", "unit"), PER_UNIT)
def test_a_count_per_unit_of_time_is_its_average(
    store: ClaimStore, question: str, unit: str
) -> None:
    """ "per week", "each day" over a period ask for the average, not the period's total."""
    ans = ask(store, question)
    assert ans.answered
    assert unit in ans.text


@pytest.mark.parametrize(
    ("text", "unit"),
    [("per month then", "month"), ("a week instead", "week"), ("so per day?", "day"),
     ("and per month too", "month"), ("per week please", "week")],
)  # fmt: skip
def test_a_follow_ups_unit_with_a_closing_word(text: str, unit: str) -> None:
    """A follow-up asking for another unit may end with "then", "instead", "too"."""
    found = average_unit(text)
    assert found is not None and found.value == unit


WRONG_CLAIMANT_QUOTES = [
    ("the kremlin says 35,370 russian losses in may 2025?", "not from the kremlin"),
    (
        "russia's defence ministry says 35,370 russian losses in may 2025?",
        "not from russia's ministry of defence",
    ),
    ("Генштаб РФ каже 35 370 за травень 2025?", "а не «міноборони рф»"),
    ("российский генштаб говорит 35 370 за май 2025?", "а не «минобороны россии»"),
    ("Кремль каже 35 370 за травень 2025?", "а не «кремль»"),
]


@pytest.mark.parametrize(("question", "words"), WRONG_CLAIMANT_QUOTES)
def test_a_quoted_figure_of_another_claimant_is_said_to_be_theirs(
    store: ClaimStore, question: str, words: str
) -> None:
    """A quoted figure put in the wrong claimant's mouth: whose it is, in the first lines."""
    ans = ask(store, question)
    assert words in head(ans, 4)


SUBJECTS = [
    # Russia as the agent of what the other side lost
    ("putin's army killed how many ukrainian soldiers?", "ukraine"),
    ("russian troops destroyed how many ukrainian tanks in 2024", "ukraine"),
    ("russian forces killed 500 ukrainian soldiers?", "ukraine"),
    # a claimant's figure before the side it counts
    ("moscow's 1,351 - that's ukrainian dead, yes?", "ukraine"),
    ("the kremlin's figure of ukrainian dead in 2023?", "ukraine"),
    # Russia's own losses stay Russia's
    ("how many russian troops were killed in 2024", "russia"),
    ("russian soldiers killed by ukraine in 2024", "russia"),
    ("moscow's losses vs ukrainian losses", "russia"),
]


@pytest.mark.parametrize(("question", "subject"), SUBJECTS)
def test_whose_losses_a_question_asks(question: str, subject: str) -> None:
    """An agent or a claimant named before the side that lost does not take its place."""
    assert parse_question(question, today=dt.date(2026, 11, 30)).subject == subject


def test_a_quoted_figure_stored_for_another_question_is_placed(store: ClaimStore) -> None:
    """A quoted figure stored as another side's or kind's: where it is, in the first lines."""
    ans = ask(store, "moscow's 1,351 - that's ukrainian dead, yes?")
    assert "1,351 is in my sources as russia's ministry of defence's figure" in head(ans, 3)


# Wave 11 (qrecord): people who write "per hour" divide the day's average by 24 (three blind
# rounds expected it), so the words ask for the period's average per hour, shown with its sum.
PER_HOUR = [
    ("how many drones an hour on average in july 2025", round(6_117 / (31 * 24))),
    ("how many drones hourly on average in july 2025", round(6_117 / (31 * 24))),
    ("hourly russian losses in 2024?", round(430_790 / (366 * 24))),
    ("russian losses every hour in 2024?", round(430_790 / (366 * 24))),
    ("скільки дронів на годину в середньому у липні 2025", round(6_117 / (31 * 24))),
    ("яка середня кількість окупантів за годину у 2024", round(430_790 / (366 * 24))),
]


@pytest.mark.parametrize(("question", "value"), PER_HOUR)
def test_per_hour_is_the_days_average_over_24_hours(
    store: ClaimStore, question: str, value: int
) -> None:
    """The period's figure over its hours, never a day's figure or the period's total."""
    ans = ask(store, question)
    assert ans.answered and [c.value for c in ans.claims] == [value], ans.text


def test_killed_per_hour_is_not_a_casualties_average(store: ClaimStore) -> None:
    """ "гинуло" asks the killed: the tally counts casualties, so no average is given."""
    ans = ask(store, "скільки в середньому гинуло окупантів на годину в 2024")
    assert not ans.answered and not ans.claims
