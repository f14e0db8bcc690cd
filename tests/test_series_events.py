"""Events in the daily tally (issue 12, requirement 6): why one report jumped or went down
(its change, the listed correction it absorbs, what is left), when a running total or a day's
figure first passed a round number, and which day's report added a quoted figure. Every
figure shown is a stored report, a listed correction or a difference with its arithmetic."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.models import Answer, Metric, Relation
from knowledge.questions import parse_question
from knowledge.questions.averages import read_comparison
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


def _values(ans: Answer) -> list[int]:
    return [c.value for c in ans.claims]


def _head(ans: Answer, lines: int = 3) -> str:
    return "\n".join(ans.text.splitlines()[:lines])


# The report of 28 Feb 2025 added 2,710 personnel, of which +1,650 is a listed correction.
@pytest.mark.parametrize(
    "question",
    [
        "why did the russian casualty count jump so much on 28 February 2025?",
        "explain the 2,710 increase in russian losses on 28.02.2025",
        "how come russian personnel losses spiked on feb 28 2025",
        "what happened with the russian personnel figure on 28 feb 2025, why so high",
        "28 feb 2025 russian losses jumped by 2710 - why?",
        "why was the rise in russian soldiers lost on 28/02/2025 that big",
        "what's with the jump in russian losses on 28 feb 2025",
        "huge spike in russian casualties on 28.02.2025?",
    ],
)
def test_a_jump_shows_the_report_and_the_correction(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=TODAY)
    assert ans.answered
    assert 2710 in _values(ans) and 1650 in _values(ans)
    assert "2,710" in _head(ans, 1) and "+1,650" in ans.text
    assert "1,060" in ans.text  # what is left without the correction
    assert all(c.relation == Relation.exact for c in ans.claims)
    assert ans.query is not None and ans.query.period_start == dt.date(2025, 2, 28)


# The special-equipment total fell by 83 in the report of 30 Nov 2024 (a listed -85).
@pytest.mark.parametrize(
    "question",
    [
        "why did russian special equipment go down on 30 nov 2024",
        "why did russian 'special equipment' drop on 30 November 2024?",
        "special equipment losses negative on 30.11.2024 - a typo?",
        "how come the russian special equipment count fell on nov 30 2024",
        "explain the decrease in russian special equipment on 30 november 2024",
    ],
)
def test_a_fall_is_a_correction(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=TODAY)
    assert ans.answered
    assert ans.claims[0].metric == Metric.special_equipment
    assert ans.claims[0].value == -83 and -85 in _values(ans)
    assert "correction" in _head(ans, 2)
    assert ans.query is not None and not [u for u in ans.query.unread if u.constrains]


@pytest.mark.parametrize(
    "question",
    [
        "explain the change on 5 march 2024",
        "why did russian losses go up on 5 March 2024",
        "what caused the increase in russian losses reported on 2024-03-05",
        "russian personnel rose on 5 mar 2024, why",
        "reason for the jump in russian casualties on 5 March 2024?",
    ],
)
def test_a_change_without_a_correction(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=TODAY)
    assert ans.answered
    assert _values(ans) == [1070]  # 419,020 - 417,950
    assert "419,020" in ans.text and "417,950" in ans.text
    assert "No correction" in ans.text


@pytest.mark.parametrize(
    "question",
    [
        "russian losses in march vs april 2024",
        "did russian losses go up in november 2024 compared to october 2024",
        "russian losses on 5 march 2024",
    ],
)
def test_other_questions_are_not_jump_questions(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=TODAY)
    assert "running total of" not in ans.text


@pytest.mark.parametrize(
    "question",
    [
        "when did russian losses pass 1 million acc. to ukraine",
        "When did Russian casualties cross the one million mark?",
        "what date did russian personnel losses hit 1,000,000",
        "when did the general staff's count of russian losses top 1m",
        "which day did russia's losses exceed a million",
        "when did ru losses go over 1 mln",
        "did the russian toll cross 1,000,000 yet",
    ],
)
def test_a_million(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=TODAY)
    assert ans.answered
    assert _values(ans) == [1000340]
    assert "12 June 2025" in _head(ans, 1)
    assert "999,200" in ans.text  # the report before it
    assert ans.query is not None and ans.query.period_start == dt.date(2025, 6, 12)
    assert ans.claims[0].claimant == "Ukraine's General Staff"


@pytest.mark.parametrize(
    ("question", "value", "day"),
    [
        ("when did tanks pass 10,000", 10001, dt.date(2025, 2, 10)),
        ("when did russian tank losses reach 10k", 10001, dt.date(2025, 2, 10)),
        ("when did russian losses pass 500,000", None, None),
        ("when did russian losses pass half a million", None, None),
        ("When did russian losses exceed 100 000?", None, None),
    ],
)
def test_other_milestones(
    store: ClaimStore, question: str, value: int | None, day: dt.date | None
) -> None:
    ans = answer(question, store, today=TODAY)
    assert ans.answered and len(ans.claims) == 1
    claim = ans.claims[0]
    if value is not None:
        assert (claim.value, claim.period_end) == (value, day)
    threshold = 10_000 if "10" in question and "100" not in question else None
    assert threshold is None or claim.value >= threshold
    assert claim.derivation is None and claim.quote  # a stored report, not a computed figure


@pytest.mark.parametrize(
    "question",
    [
        "first time over 1,000 a day",
        "when did russia first lose more than 1000 soldiers in one day",
        "what was the first day russian losses went above 1,000 per day",
        "first day with over 1k russian casualties in a single day?",
        "when did daily russian losses first pass 1000",
    ],
)
def test_a_first_day_over(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=TODAY)
    assert ans.answered
    claim = ans.claims[0]
    assert claim.value >= 1000 and claim.derivation
    assert claim.period_start == claim.period_end
    assert "skipped" in ans.text  # the rounded early-war jumps are not the first day


@pytest.mark.parametrize(
    "question",
    [
        "the +41 russian planes in one day in june 2025 - real?",
        "41 aircraft in a single day in June 2025? is that right",
        "did the general staff really claim 41 russian jets in one day in june 2025",
        "june 2025: 41 russian planes shot down in a day, true?",
        "was there a day in june 2025 with 41 russian aircraft lost",
    ],
)
def test_a_quoted_day_is_found(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=TODAY)
    assert ans.answered
    assert _values(ans) == [41]
    assert "3 June 2025" in _head(ans, 1) and "413" in ans.text and "372" in ans.text
    assert ans.claims[0].relation == Relation.inside


@pytest.mark.parametrize(
    "question",
    [
        "the +77 russian planes in one day in june 2025 - real?",
        "77 aircraft in a single day in June 2025? is that right",
        "was there a day in june 2025 with 77 russian aircraft lost",
        "june 2025: 77 russian planes in a day, true?",
        "did russia lose 77 planes in one day in june 2025",
    ],
)
def test_a_quoted_day_that_is_not_there(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=TODAY)
    assert 77 not in _values(ans)
    assert "No run of 1 day" in _head(ans, 1)
    assert all(c.relation != Relation.exact for c in ans.claims)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("worst single day for russian troops ever?", 2200),
        ("what's the record for russian losses in one day", 2200),
        ("deadliest day of the whole war for the russians", 2200),
        ("record tank losses in one day", 55),
        ("most russian tanks destroyed in a single day, all time", 55),
        ("biggest month for russian losses so far", 48670),
    ],
)
def test_a_record_with_no_period_reads_the_whole_series(
    store: ClaimStore, question: str, value: int
) -> None:
    ans = answer(question, store, today=TODAY)
    assert ans.answered and ans.query is not None
    assert (ans.query.period_start, ans.query.period_end) == (
        dt.date(2022, 2, 24),
        dt.date(2026, 8, 8),
    )
    assert value in _values(ans)
    assert "No period named" in ans.text
    # A record day (or month) is a shorter period inside the whole war (issue 12's `inside`).
    assert all(c.relation == Relation.inside for c in ans.claims if c.value == value)


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("reuters feb 2023: 25 russian tanks in two days. matches the tally?", 5, 6),
        ("25 tanks in 2 days in february 2023 - which days?", 5, 6),
        ("did russia lose 25 tanks over two days in feb 2023", 5, 6),
        ("someone claims 25 russian tanks within two days in february 2023, check", 5, 6),
        ("feb 2023: were 25 tanks destroyed in 48 hours?", 5, 6),
    ],
)
def test_a_quoted_run_of_days(store: ClaimStore, question: str, first: int, last: int) -> None:
    ans = answer(question, store, today=TODAY)
    assert ans.answered
    spans = [(c.value, c.period_start, c.period_end) for c in ans.claims]
    assert (25, dt.date(2023, 2, first), dt.date(2023, 2, last)) in spans
    assert "3,245" in ans.text and "3,220" in ans.text  # the reports' difference


# Newsweek's 1,760 for 3 Dec 2024 (Ukraine's MoD) is neither reading of the tally: 1,670 for
# the fighting of 3 Dec, 1,780 in the report dated 3 Dec.
@pytest.mark.parametrize(
    "question",
    [
        "Newsweek: 1,760 russian losses on 3 Dec 2024. Does the general staff data agree?",
        "newsweek says 1,760 russians on 3 december 2024, does the daily tally agree",
        "is 1760 right for russian losses on 3/12/2024?",
        "check 1,760 russian casualties 3 dec 2024 against the general staff",
        "1,760 on december 3 2024 - does that match the ukrainian daily figures?",
    ],
)
def test_a_figure_matching_neither_reading_of_the_tally(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=TODAY)
    head = _head(ans, 4)
    assert "neither" in head and "1,670" in head and "1,780" in head
    assert {1670, 1780} <= set(_values(ans))
    assert "agree" not in head.split("neither")[0]
    relations = {c.value: c.relation for c in ans.claims}
    assert relations[1780] == Relation.day_off


# The Kremlin's 1,351 was put "last week" in an article of 8 April 2022: a total stated some
# time in 28 March - 3 April, never the exact total as of a day (issue 12, requirement 3).
@pytest.mark.parametrize(
    "question",
    [
        "who says russia lost 1,351 soldiers",
        "what does the russian MoD say about its OWN losses",
        "kremlin figure for its own dead",
        "how many soldiers did moscow admit to losing",
        "russia's official death toll for its troops per the russian defence ministry",
    ],
)
def test_a_total_dated_by_last_week_is_stated_within(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=dt.date(2023, 6, 1))
    found = [c for c in ans.claims if c.value == 1351]
    assert found and all(c.relation == Relation.stated_within for c in found)


@pytest.mark.parametrize(
    "question",
    [
        "how many russians died per kyiv as of early april 2022",
        "russian dead according to ukraine by 10 april 2022",
        "ukraine's count of killed russian soldiers as of april 10 2022",
        "as of 11 april 2022 how many russian troops had been killed per kyiv",
        "russian deaths claimed by ukrainian officials by 12 april 2022",
    ],
)
def test_a_total_stated_days_before_the_asked_end_is_stated_within(
    store: ClaimStore, question: str
) -> None:
    ans = answer(question, store, today=dt.date(2023, 1, 9))
    found = [c for c in ans.claims if c.value == 19000]
    assert found and all(c.relation == Relation.stated_within for c in found)


# "A -> B": the later period measured against the earlier, like "from A to B".
@pytest.mark.parametrize(
    ("question", "later", "earlier"),
    [
        ("did russian losses go up or down 2023 -> 2024", 2024, 2023),
        ("russian losses 2023 → 2024", 2024, 2023),
        ("russian tanks 2022->2023, up or down?", 2023, 2022),
        ("russian casualties 2024 => 2025", 2025, 2024),
        ("ru drones: 2023 -> 2024", 2024, 2023),
    ],
)
def test_an_arrow_compares_two_periods(
    store: ClaimStore, question: str, later: int, earlier: int
) -> None:
    found = read_comparison(question, parse_question(question, TODAY), TODAY)
    assert found is not None
    assert (found.first.period_start, found.second.period_start) == (
        dt.date(later, 1, 1),
        dt.date(earlier, 1, 1),
    )
    ans = answer(question, store, today=TODAY)
    assert ans.answered and len(ans.claims) == 2
    assert "−" in ans.text  # the difference, computed in the open


# A side named as the claimant and no figure from it: the first line names its bodies.
@pytest.mark.parametrize(
    "question",
    [
        "how many ukrainians did russia claim to have killed in feb 2023",
        "russian losses in march 2023 according to russia",
        "what did moscow say about its losses in 2024",
        "ukrainian losses in 2023 according to the russian side",
        "how many ukrainian troops has russia claimed killed in january 2024",
    ],
)
def test_a_side_without_a_figure_is_named_first(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=dt.date(2024, 6, 7))
    assert not ans.answered
    assert "Kremlin" in ans.text.splitlines()[0]


# 133,190 is the running total of the report dated 7 Feb 2023, which added 1,030.
@pytest.mark.parametrize(
    "question",
    [
        "reuters said +1,030 overnight to 133,190 - does the daily data agree?",
        "the tally went up 1,030 to 133,190, which day was that",
        "when was the general staff total 133,190?",
        "133,190 russian losses - which report?",
        "ru losses: 133,190 after +1,030 - correct?",
    ],
)
def test_a_quoted_running_total_is_found(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=dt.date(2023, 12, 10))
    assert ans.answered
    assert _values(ans)[:2] == [133190, 1030]
    assert "7 February 2023" in _head(ans, 1)
    assert ans.query is not None and ans.query.period_end == dt.date(2023, 2, 7)
    assert not [u for u in ans.query.unread if u.kind == "figure"]


# The outlet beside a quoted figure is where the asker read it, not a constraint left unread.
@pytest.mark.parametrize(
    "question",
    [
        "Does GB News's figure of 990 for 8 December 2023 match the General Staff?",
        "GB News says 990 on 8 Dec 2023 - right?",
        "is GB News right that russia lost 990 on december 8 2023",
        "check the GB News 990 for 8.12.2023",
        "990 russian losses on 8 december 2023 (GB News) - does the tally agree?",
    ],
)
def test_the_outlet_of_a_quoted_figure_is_read(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=TODAY)
    assert ans.answered
    assert ans.query is not None and not [u for u in ans.query.unread if u.constrains]
    found = [c for c in ans.claims if c.value == 990]
    assert found and Relation.day_off in {c.relation for c in found}
    assert "neither" not in ans.text and "does not match" not in ans.text


# A quoted figure anchored to an article's date: the runs of days before it that give it.
NOV24 = (dt.date(2024, 11, 24), dt.date(2024, 11, 30))
FEB4 = (dt.date(2024, 2, 4), dt.date(2024, 2, 8))


@pytest.mark.parametrize(
    ("question", "value", "fought"),
    [
        ("11,390 'last week' per newsweek early dec 2024 - which days is that", 11390, NOV24),
        ("newsweek (early december 2024) said 11,390 in a week: which days?", 11390, NOV24),
        ("is 11,390 in a week right? newsweek, early december 2024 - which days", 11390, NOV24),
        ("newsweek feb 9 2024: 42 tanks 'since feb 3'. gs data agree?", 42, FEB4),
        (
            "42 russian tanks since feb 3, said an article of 9 february 2024 - which days?",
            42,
            FEB4,
        ),
    ],
)
def test_a_quoted_figure_anchored_to_an_article_date(
    store: ClaimStore, question: str, value: int, fought: tuple[dt.date, dt.date]
) -> None:
    ans = answer(question, store, today=TODAY)
    assert ans.answered
    spans = {(c.value, c.period_start, c.period_end, c.relation) for c in ans.claims}
    assert (value, *fought, Relation.exact) in spans
    if value == 11390:  # found by the run search: the same run by report date beside it
        reported = tuple(day + dt.timedelta(days=1) for day in fought)
        assert (value, *reported, Relation.day_off) in spans
