# ruff: noqa: E501
"""Wave 14, qcheck (NOT blind: written after reading the thirteenth round's median questions and
the rounds' "Newsweek said N since D" checks, in my own phrasings). The median day of a period
is the middle daily figure of the series (by day of fighting, listed corrections taken out),
shown with the mean day beside it, in a question and in a follow-up; an outlet's "since D" ends
with the last day fought before that outlet's article, not today."""

from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections.abc import Callable
from pathlib import Path

import pytest

from knowledge import ClaimStore, Conversation, answer, open_or_build
from knowledge.answering import derive
from knowledge.models import Metric

TODAY = dt.date(2026, 12, 1)
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ClaimStore:
    return open_or_build(tmp_path_factory.mktemp("kb") / "knowledge.db", ROOT / "seeds")


def _raw_median(store: ClaimStore, metric: Metric, first: dt.date, last: dt.date) -> float:
    """The median of what each report added for the fighting of first..last, from the
    cumulative points themselves (no correction taken out: the periods below have none)."""
    series = derive.find_series(store, metric)[0]
    points = store.points_between(series, first, last + dt.timedelta(days=1))
    return statistics.median(b.value - a.value for a, b in itertools.pairwise(points))


MEDIANS: list[tuple[str, Metric, str, str]] = [
    ("median daily russian losses in 2024", Metric.personnel, "2024-01-01", "2024-12-31"),
    ("What's the median day for Russian tanks in March 2025?", Metric.tanks, "2025-03-01", "2025-03-31"),
    ("russian artillery, Q1 2024: the median per day?", Metric.artillery, "2024-01-01", "2024-03-31"),
    ("median drone losses a day, june 2026", Metric.drones, "2026-06-01", "2026-06-30"),
    ("How far is the mean from the median day of Russian personnel in May 2024?", Metric.personnel, "2024-05-01", "2024-05-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "metric", "start", "end"), MEDIANS)
def test_median_day_is_the_middle_daily_figure(
    store: ClaimStore, text: str, metric: Metric, start: str, end: str
) -> None:
    """The median is answered, for the period asked, with the mean day beside it, and the
    word "median" is read (never reported as unread, never the period's total instead)."""
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    ans = answer(text, store, today=TODAY)
    assert ans.answered
    median, mean = ans.claims[0], ans.claims[1]
    assert (median.metric, median.period_start, median.period_end) == (metric, first, last)
    assert median.value == round(_raw_median(store, metric, first, last))
    assert mean.label is not None and "average" in mean.label
    assert "median" in ans.text.splitlines()[0].lower()
    assert "median" not in " ".join(u.text.lower() for u in (ans.query.unread if ans.query else []))


def test_median_follow_ups(store: ClaimStore) -> None:
    """After an average, "and the median day?" asks the median of the same period; after a
    median, "and in 2024?" asks 2024's median, not the average or the day-by-day claims."""
    talk = Conversation()
    first = talk.ask("average russian losses per day in 2025", store, today=TODAY)
    assert first.claims[0].label == "average per day"
    median = talk.ask("and the median day?", store, today=TODAY)
    assert median.claims[0].label == "median day"
    assert median.claims[0].period_start == dt.date(2025, 1, 1)
    other = talk.ask("and in 2024?", store, today=TODAY)
    assert other.claims[0].label == "median day"
    assert (other.claims[0].period_start, other.claims[0].period_end) == (
        dt.date(2024, 1, 1),
        dt.date(2024, 12, 31),
    )


OUTLET_SINCE: list[str] = [
    "Newsweek said 4,540 russian troops since 3 February 2024 - true?",
    "Newsweek said russia lost 40 tanks since 3 Feb 2024, is that right?",
    "did newsweek really report 103 armoured vehicles lost by russia since feb 3 2024?",
    "Newsweek's 36 russian drones since 3 Feb 2024: does the tally agree?",
    "newsweek: 104 artillery systems since February 3, 2024. check please",
]


@pytest.mark.parametrize("text", OUTLET_SINCE)
def test_an_outlets_since_ends_with_its_article(store: ClaimStore, text: str) -> None:
    """Newsweek's "since 3 February" was published on 9 February 2024: every figure shown ends
    by then (the tally's with the fighting of 8 February, the day before the article), never
    today (which showed the war's running total since 3 February as the check)."""
    ans = answer(text, store, today=TODAY)
    assert ans.answered and ans.claims
    for claim in ans.claims:
        assert claim.period_start == dt.date(2024, 2, 3)
        assert claim.period_end is not None and claim.period_end <= dt.date(2024, 2, 9)
    if ans.query is not None and ans.query.period_end is not None:
        assert ans.query.period_end == dt.date(2024, 2, 8)


STILL_OPEN: list[str] = [
    "russian losses since 3 February 2024",  # no outlet: runs to yesterday
    "Reuters said 5,000 russian troops since 3 February 2024 - true?",  # Reuters has no such figure
    "Newsweek said 900 russian troops since 1 March 2024?",  # Newsweek counts from no such day
]


@pytest.mark.parametrize("text", STILL_OPEN)
def test_since_without_the_outlets_figure_stays_open(store: ClaimStore, text: str) -> None:
    ans = answer(text, store, today=TODAY)
    assert ans.query is not None
    # left open (to yesterday, or unclosed where the outlet's own answer says it has no such
    # figure), never closed at an article's date
    assert ans.query.period_end is None or ans.query.period_end > dt.date(2026, 1, 1)


def _daily(
    store: ClaimStore, metric: Metric, first: dt.date, last: dt.date
) -> list[tuple[dt.date, int]]:
    """(report date, what it added) for the reports dated first..last, from the points."""
    series = derive.find_series(store, metric)[0]
    points = store.points_between(series, first - dt.timedelta(days=1), last)
    return [(b.date, b.value - a.value) for a, b in itertools.pairwise(points)]


def _longest_run(days: list[tuple[dt.date, int]], past: Callable[[int], bool]) -> int:
    best = run = 0
    for _, value in days:
        run = run + 1 if past(value) else 0
        best = max(best, run)
    return best


THRESHOLDS: list[tuple[str, Metric, str, str, Callable[[int], bool], bool]] = [
    ("longest run of days above 1,300 russian losses in 2024", Metric.personnel, "2024-01-01", "2024-12-31", lambda v: v > 1300, True),
    ("How many consecutive days did Russia lose at least 15 tanks in 2023?", Metric.tanks, "2023-01-01", "2023-12-31", lambda v: v >= 15, True),
    ("russian artillery: the longest streak of double-digit days in 2024", Metric.artillery, "2024-01-01", "2024-12-31", lambda v: v >= 10, True),
    ("how many days in 2024 were russian losses over 1,500?", Metric.personnel, "2024-01-01", "2024-12-31", lambda v: v > 1500, False),
    ("number of days with fewer than 5 russian tanks lost in March 2025", Metric.tanks, "2025-03-01", "2025-03-31", lambda v: v < 5, False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "metric", "start", "end", "past", "in_a_row"), THRESHOLDS)
def test_days_past_a_threshold(
    store: ClaimStore,
    text: str,
    metric: Metric,
    start: str,
    end: str,
    past: Callable[[int], bool],
    in_a_row: bool,
) -> None:
    """Days past a threshold are counted from the series' daily jumps (by report date, as
    the first figure), never answered with the period's total; the threshold words are read."""
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    days = _daily(store, metric, first, last)
    want = _longest_run(days, past) if in_a_row else sum(1 for _, v in days if past(v))
    ans = answer(text, store, today=TODAY)
    assert ans.answered
    assert ans.claims[0].metric == metric
    assert ans.claims[0].value == want
    counts = [c for c in ans.claims if c.relation == "exact"]  # the nearest day is "inside"
    assert counts and all(c.value <= (last - first).days + 1 for c in counts)  # days counted
    assert not (ans.query and ans.query.unread)


def test_threshold_follow_up(store: ClaimStore) -> None:
    """After a median, "and the longest run of days above 1,000?" counts the same period's days
    (both day conventions when they differ), not the median or the average again."""
    talk = Conversation()
    talk.ask("median daily russian losses in 2025", store, today=TODAY)
    run = talk.ask("and the longest run of days above 1,000?", store, today=TODAY)
    days = _daily(store, Metric.personnel, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert run.claims[0].value == _longest_run(days, lambda v: v > 1000)
    assert (run.claims[0].period_start, run.claims[0].period_end) == (
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
    )


@pytest.mark.parametrize(
    "text",
    [
        "how many days did it take russia to lose 100,000 troops in 2024?",
        "russian losses over 30 days in 2024",
        "average russian losses per day above the 2023 level?",
    ],
)
def test_no_threshold_without_days_counted(text: str) -> None:
    """Days to a milestone, a 30-day window or an average are no count of days past N."""
    from knowledge.questions.averages import days_past_threshold

    assert days_past_threshold(text) is None


ANY_DAY: list[tuple[str, str, str, bool]] = [
    # (question, first, last, lowest day asked for)
    ("Someone wrote Russia lost over 1,000 soldiers every day of December 2024. was any day under 1,000?", "2024-12-01", "2024-12-31", True),
    ("any day above 2,000 russian losses in november 2024?", "2024-11-01", "2024-11-30", False),
    ("Did every single day of March 2025 see more than 900 russian casualties?", "2025-03-01", "2025-03-31", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "start", "end", "lowest"), ANY_DAY)
def test_any_day_past_a_threshold(
    store: ClaimStore, text: str, start: str, end: str, lowest: bool
) -> None:
    """'Any day below N?', 'every day above N?': how many days were past the last threshold
    written (the asker's question after the quoted draft), and the day nearest it, labelled
    as a day inside the period."""
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    days = [v for _, v in _daily(store, Metric.personnel, first, last)]
    ans = answer(text, store, today=TODAY)
    assert ans.answered
    extreme = ans.claims[-1]
    assert extreme.relation == "inside"
    assert extreme.period_start is not None and first <= extreme.period_start <= last
    # the series' lowest (highest) fighting day, which may differ from a report's by a day
    assert extreme.value in (sorted(days)[:3] if lowest else sorted(days)[-3:])


PASSED_BY: list[tuple[str, int, int]] = [
    # (question, the mark, the metric's first report at or above it is among the claims)
    ("Did Kyiv's running total pass 1.4 million before July 2026?", 1_400_000, 0),
    ("had russian losses passed 1.4 million by the end of june 2026?", 1_400_000, 0),
    ("was the tally of russian troops lost over a million by 1 july 2025?", 1_000_000, 0),
    ("did total russian tank losses exceed 10,000 before march 2025?", 10_000, 0),
]


@pytest.mark.parametrize(("text", "mark", "_"), PASSED_BY)
def test_total_passed_by_a_date_names_the_report_that_reached_it(
    store: ClaimStore, text: str, mark: int, _: int
) -> None:
    """'Did the total pass N by D?' when it did: the report that first reached N (the figure
    at or above N right after one below it), not only the total as of D."""
    ans = answer(text, store, today=TODAY)
    assert ans.answered
    first = ans.claims[0]
    assert first.value >= mark and first.period_end is not None
    series = derive.find_series(store, first.metric)[0]
    before = store.point_at_or_before(series, first.period_end - dt.timedelta(days=1))
    assert before is not None and before.value < mark
