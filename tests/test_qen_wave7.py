"""Wave 7 rows for English single questions (issue 12): each rule with its own phrasings,
written for this file (never the blind rounds' questions), over the seed articles and series."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

# the wave 6 file's question helpers, shared rather than copied
from test_qen_wave6 import TODAY, ask, head

from knowledge import ClaimStore, open_or_build, parse_question
from knowledge.models import Relation


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


# -- an average from a claimant that gives none is refused, never the tally's average ----------

AVERAGES_OF_ABSENT_CLAIMANTS = [
    ("the pentagon's average daily russian casualties in march 2024", "pentagon"),
    ("UK defence ministry daily average of russian losses, 2024?", "uk ministry of defence"),
    ("per british intelligence, how many russians a day on average in june 2025", "uk"),
    ("average weekly russian casualties according to the US in 2023", "the us"),
    ("what was the UK MoD's monthly average for russian personnel losses in 2024", "uk"),
]


@pytest.mark.parametrize(("question", "who"), AVERAGES_OF_ABSENT_CLAIMANTS)
def test_an_average_from_a_claimant_without_figures_is_refused(
    store: ClaimStore, question: str, who: str
) -> None:
    ans = ask(store, question)
    assert not ans.answered, ans.text
    assert "no " in head(ans, 1) and who in head(ans, 1), ans.text


# -- a report named by a holiday glossed with its date is still that report --------------------

GLOSSED_REPORTS = [
    ("the tally kyiv put out on victory day (9 may) 2024", dt.date(2024, 5, 9)),
    ("the update published on christmas day (25 dec) 2024", dt.date(2024, 12, 25)),
    ("the report of new year's day (1 jan) 2025: russian personnel", dt.date(2025, 1, 1)),
    ("numbers the general staff released on halloween (oct 31) 2023", dt.date(2023, 10, 31)),
    ("independence day (aug 24) 2025's report, how many russians", dt.date(2025, 8, 24)),
]


@pytest.mark.parametrize(("question", "report"), GLOSSED_REPORTS)
def test_a_report_named_by_a_glossed_holiday_is_that_report(question: str, report: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert query.report_date == report, query
    assert query.period_start == query.period_end == report - dt.timedelta(days=1)


# -- a day of the month written as an ordinal word ---------------------------------------------

WORDED_DAYS = [
    ("russian losses on the first of september 2025", dt.date(2025, 9, 1)),
    ("how many russian soldiers on the twenty-third of february 2024?", dt.date(2024, 2, 23)),
    ("tanks lost on the thirty first of december 2023", dt.date(2023, 12, 31)),
    ("russian casualties, march the fifth 2025", dt.date(2025, 3, 5)),
    ("the second of june, 2024: how many russians", dt.date(2024, 6, 2)),
    ("personnel losses on the twelfth day of may 2025", dt.date(2025, 5, 12)),
]


@pytest.mark.parametrize(("question", "day"), WORDED_DAYS)
def test_a_day_written_as_an_ordinal_word_is_that_day(question: str, day: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (day, day), query
    assert not [u for u in query.unread if u.constrains], query.unread


def test_the_first_week_of_a_month_is_still_a_week() -> None:
    query = parse_question("russian losses in the first week of september 2025", TODAY)
    assert (query.period_start, query.period_end) == (dt.date(2025, 9, 1), dt.date(2025, 9, 7))


# -- a year alone in brackets after a date without one gives that date its year ----------------

BRACKETED_YEARS = [
    ("russian losses on march 3 (2024)", dt.date(2024, 3, 3), dt.date(2024, 3, 3)),
    (
        "a post said 1,200 russians died on nov. 14 (2023). true?",
        dt.date(2023, 11, 14),
        dt.date(2023, 11, 14),
    ),
    ("tanks lost 5-11 august (2024)", dt.date(2024, 8, 5), dt.date(2024, 8, 11)),
    ("russian artillery losses on the 9th of may [2025]", dt.date(2025, 5, 9), dt.date(2025, 5, 9)),
    ("drones downed between 1 and 7 june (2025)?", dt.date(2025, 6, 1), dt.date(2025, 6, 7)),
]


@pytest.mark.parametrize(("question", "first", "last"), BRACKETED_YEARS)
def test_a_bracketed_year_dates_the_day_before_it(
    question: str, first: dt.date, last: dt.date
) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (first, last), query
    assert not [u for u in query.unread if u.constrains], query.unread


# -- a claimant the asker rules out is read and left out ---------------------------------------

RULED_OUT_CLAIMANTS = [
    "russian tank losses in may 2024 per ukraine (not the kremlin)",
    "russian losses in 2024, not the russian defence ministry's numbers",
    "i don't want moscow's version - russian casualties in march 2025",
    "russian artillery lost in 2023, rather than what the kremlin says",
    "never mind the kremlin, how many russian soldiers in june 2024",
]


@pytest.mark.parametrize("question", RULED_OUT_CLAIMANTS)
def test_a_claimant_ruled_out_is_read_and_not_asked_for(store: ClaimStore, question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.claimant_side != "russia" and query.claimant is None, query
    assert not [u for u in query.unread if u.constrains], query.unread
    ans = ask(store, question)
    assert ans.answered, ans.text
    assert all("General Staff" in c.claimant for c in ans.claims if c.relation == Relation.exact)


# -- what came "out of" a capital is that side's claim ----------------------------------------

OUT_OF_A_CAPITAL = [
    ("anything official out of moscow on russian deaths in 2022?", "russia"),
    ("the word out of kyiv on russian tank losses in may 2024", "ukraine"),
    ("figures out of the kremlin about russian dead in april 2022", "russia"),
    ("any numbers out of moscow on its own losses?", "russia"),
    ("what's the official word out of kyiv on russian casualties in 2023", "ukraine"),
]


@pytest.mark.parametrize(("question", "side"), OUT_OF_A_CAPITAL)
def test_what_comes_out_of_a_capital_is_its_sides_claim(question: str, side: str) -> None:
    query = parse_question(question, TODAY)
    assert query.claimant_side == side, query
    assert not [u for u in query.unread if u.constrains], query.unread


# -- a named part of 2022 stays a period: a total stated within it is shown as such ------------

PARTS_OF_2022 = [
    "what did the kremlin say about its dead in the first half of 2022?",
    "russia's own count of its killed, H1 2022",
    "did moscow admit any deaths in Q2 2022? per the kremlin",
    "the russian defence ministry's death toll for spring 2022",
    "kremlin figure for russian soldiers killed between january and june 2022",
]


@pytest.mark.parametrize("question", PARTS_OF_2022)
def test_a_total_stated_within_a_part_of_2022_is_shown(store: ClaimStore, question: str) -> None:
    ans = ask(store, question)
    assert ans.query is not None and ans.query.period_end is not None
    shown = {c.value: c.relation for c in ans.claims}
    assert shown.get(1351) == Relation.stated_within, ans.text


# -- a record asked from the bottom in other words ----------------------------------------------

LOWEST_RECORDS = [
    "least-bad day for russia in 2024?",
    "the least bad week of 2025 for russian troops",
    "what was the lightest month for russian losses in 2023",
    "mildest single day for the russians in 2025 (personnel)",
    "least deadly month of 2024 for russian soldiers",
]


@pytest.mark.parametrize("question", LOWEST_RECORDS)
def test_a_record_from_the_bottom_in_other_words(store: ClaimStore, question: str) -> None:
    from knowledge.models import Figure
    from knowledge.questions.averages import record_lowest

    query = parse_question(question, TODAY)
    assert query.figure == Figure.record and record_lowest(question), query
    assert not [u for u in query.unread if u.constrains], query.unread


# -- a record's unit inside a stated week convention --------------------------------------------

CONVENTION_RECORDS = [
    "worst monday-to-sunday week of 2024 for russian losses",
    "the deadliest mon-sun week of 2025 for russia",
    "highest Monday to Sunday week in 2023, russian casualties",
    "biggest mon–sun week for russian tank losses in 2024",
    "the quietest monday-sunday week of 2025 for the russians",
]


@pytest.mark.parametrize("question", CONVENTION_RECORDS)
def test_a_record_week_with_its_convention_is_a_weekly_record(question: str) -> None:
    from knowledge.models import Figure, PeriodKind

    query = parse_question(question, TODAY)
    assert query.figure == Figure.record and query.prefer_kind == PeriodKind.week, query
    assert not [u for u in query.unread if u.constrains], query.unread


# -- "after" a period starts the day after it ends ----------------------------------------------

AFTER_A_PERIOD = [
    ("russian losses after the war's first year", dt.date(2023, 2, 24)),
    ("tanks russia lost after 2023", dt.date(2024, 1, 1)),
    ("russian casualties after march 2025", dt.date(2025, 4, 1)),
    ("artillery lost after the first year of the war, i.e. from 24 feb 2023", dt.date(2023, 2, 24)),
    ("drones downed after q1 2025", dt.date(2025, 4, 1)),
]


@pytest.mark.parametrize(("question", "start"), AFTER_A_PERIOD)
def test_after_a_period_starts_the_day_after_it(question: str, start: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert query.period_start == start and query.open_end, query
    assert not [u for u in query.unread if u.constrains], query.unread


# -- a record over an open period is sought over the days there are figures for ----------------

OPEN_RECORDS = [
    "worst day for russia since 2024",
    "record month for russian tank losses since jan 2023",
    "the quietest week since 1 march 2025 for russian troops",
    "highest daily drone losses from 1 june 2025 on",
    "deadliest month for the russians after 2022",
]


@pytest.mark.parametrize("question", OPEN_RECORDS)
def test_an_open_record_runs_to_the_end_of_the_figures(store: ClaimStore, question: str) -> None:
    ans = ask(store, question)
    assert ans.answered and ans.query is not None, ans.text
    assert ans.query.period_end == dt.date(2026, 8, 7), ans.query
    assert "end on 8 august 2026" in head(ans, 2), ans.text


# -- a figure written out in words is checked like one in digits -------------------------------

SPELLED_FIGURES = [
    ("a caller says russia lost nine hundred soldiers on 9 december 2023 - right?", 900),
    ("twelve thousand russian soldiers in the week of 2-8 dec 2024, true?", 12000),
    ("did russia really lose one thousand one hundred and twenty on 7 december 2023?", 1120),
    ("the script says seven hundred and fifty tanks in 2024. check", 750),
    ("is it true russia lost twenty-five thousand troops in february 2026?", 25000),
]


@pytest.mark.parametrize(("question", "value"), SPELLED_FIGURES)
def test_a_figure_in_words_is_quoted(store: ClaimStore, question: str, value: int) -> None:
    from knowledge.answering.checking import quoted_figures

    query = parse_question(question, TODAY)
    assert quoted_figures(query) == [value], query.unread
    ans = ask(store, question)
    assert ans.answered, ans.text


# -- a year, then the days of it asked ----------------------------------------------------------

YEAR_THEN_DAYS = [
    ("russian losses in 2025, 6 to 10 january", dt.date(2025, 1, 6), dt.date(2025, 1, 10)),
    ("tanks in 2024: 3-9 june", dt.date(2024, 6, 3), dt.date(2024, 6, 9)),
    ("2023; 7 dec - how many russians", dt.date(2023, 12, 7), dt.date(2023, 12, 7)),
    (
        "the first working week of 2024, mon 1 to fri 5 january: russian casualties",
        dt.date(2024, 1, 1),
        dt.date(2024, 1, 5),
    ),
    ("artillery in 2025, i.e. from 1 to 15 march", dt.date(2025, 3, 1), dt.date(2025, 3, 15)),
]


@pytest.mark.parametrize(("question", "first", "last"), YEAR_THEN_DAYS)
def test_a_year_then_its_days_is_those_days(question: str, first: dt.date, last: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (first, last), query
    assert not [u for u in query.unread if u.constrains], query.unread
    assert not query.date_notes, query.date_notes  # the weekdays fit the year given


# -- the days read named by their length just before them ---------------------------------------

NAMED_SPANS = [
    ("russian losses in the fortnight from mon 3 to sun 16 march 2025", 14),
    ("the two weeks from 1 to 14 june 2024: tanks", 14),
    ("the working week of 2-6 december 2024, russian casualties", 5),
    ("that business week, 10-14 february 2025: how many russians", 5),
    ("drones in the full week between 2 and 8 december 2024", 7),
]


@pytest.mark.parametrize(("question", "days"), NAMED_SPANS)
def test_days_named_by_their_length_are_read(question: str, days: int) -> None:
    query = parse_question(question, TODAY)
    assert query.period_start is not None and query.period_end is not None, query
    assert (query.period_end - query.period_start).days + 1 == days
    assert not [u for u in query.unread if u.constrains], query.unread


def test_a_length_that_does_not_fit_is_still_reported() -> None:
    query = parse_question("russian losses the fortnight of 1-7 june 2024", TODAY)
    assert [u.text for u in query.unread if u.constrains] == ["fortnight"]


# -- a wider period ruled out after the one read -----------------------------------------------

NOT_THE_WIDER = [
    "russian casualties on the 2nd of june 2025 - one day only, not the month",
    "tanks in the week of 3-9 june 2024, not the whole month",
    "russian losses in may 2025 - not the year",
    "just 7 december 2023, not the week: how many russians",
    "artillery lost on 5 may 2024 rather than the entire month",
]


@pytest.mark.parametrize("question", NOT_THE_WIDER)
def test_a_wider_period_ruled_out_is_read(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.period_start is not None and query.period_end is not None, query
    assert not [u for u in query.unread if u.constrains], query.unread


def test_a_narrower_period_ruled_out_is_still_reported() -> None:
    query = parse_question("russian losses in 2024 not the month", TODAY)
    assert [u.text for u in query.unread if u.constrains] == ["month"]


# -- examples in brackets after a kind of loss say what it covers ------------------------------

KIND_EXAMPLES = [
    (
        "special equipment (engineering vehicles, EW kit and the like) lost by russia in 2024",
        "special_equipment",
    ),
    ("air defence (e.g. buk launchers) lost by russia in may 2025", "air_defense"),
    ("russian armoured vehicles (such as bmps and apcs) in 2023", "armored_vehicles"),
    ("artillery (howitzers, mortars etc.) russia lost in march 2025", "artillery"),
    ("mlrs (i.e. grads, uragans) destroyed in 2024", "mlrs"),
]


@pytest.mark.parametrize(("question", "metric"), KIND_EXAMPLES)
def test_examples_of_a_kind_are_read_as_that_kind(question: str, metric: str) -> None:
    query = parse_question(question, TODAY)
    assert [m.value for m in query.metrics] == [metric], query.metrics
    assert not [u for u in query.unread if u.constrains], query.unread


def test_a_place_in_brackets_is_no_example() -> None:
    query = parse_question("russian tanks (near avdiivka) in 2024", TODAY)
    assert [u.text for u in query.unread if u.constrains] == ["avdiivka"]


# -- what the asker is making, and the calendar unit, are read ---------------------------------

FRAMED = [
    "for a chart i'm doing: russian losses in june 2025, calendar month",
    "For a map I'm putting together - russian tanks in 2024 (calendar year)",
    "for my spreadsheet: russian artillery in march 2025, the calendar month",
    "for a slide deck: russian drones, 2023, a calendar year",
    "for the dashboard i'm working on, russian casualties in may 2024",
]


@pytest.mark.parametrize("question", FRAMED)
def test_the_askers_framing_and_calendar_units_are_read(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.period_start is not None, query
    assert not [u for u in query.unread if u.constrains], query.unread


# -- a week by its first or last day written as numbers -----------------------------------------

NUMERIC_WEEKS = [
    ("russian tanks w/c 3/6/2024", dt.date(2024, 6, 3)),
    ("russian losses w/e 20.10.2024", dt.date(2024, 10, 14)),
    ("russian losses in the week beginning 2/12/2024", dt.date(2024, 12, 2)),
    ("troop losses, week commencing 14 october 2024 (w/c 14/10)", dt.date(2024, 10, 14)),
    ("drones downed w.c. 10/03/2025", dt.date(2025, 3, 10)),
    ("artillery in the week ending 16/3/2025", dt.date(2025, 3, 10)),
]


@pytest.mark.parametrize(("question", "first"), NUMERIC_WEEKS)
def test_a_week_by_a_numeric_day_is_that_week(question: str, first: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (first, first + dt.timedelta(days=6)), query
    assert not [u for u in query.unread if u.constrains], query.unread


# -- "the total on D" names no kind of loss: the personnel running total that day ---------------

TOTALS_ON_A_DAY = [
    ("what was the total on 3 may 2024?", dt.date(2024, 5, 3)),
    ("what is the tally at 1 january 2025", dt.date(2025, 1, 1)),
    ("the total on 24 feb 2024?", dt.date(2024, 2, 24)),
    ("What was the running total on 1 march 2023", dt.date(2023, 3, 1)),
    ("what was the total on 1 September 2026?", dt.date(2026, 9, 1)),
]


@pytest.mark.parametrize(("question", "day"), TOTALS_ON_A_DAY)
def test_the_total_on_a_day_is_the_personnel_total(question: str, day: dt.date) -> None:
    from knowledge.models import Figure, Intent, Metric

    query = parse_question(question, TODAY)
    assert query.intent == Intent.losses and query.metrics == [Metric.personnel], query
    assert query.figure == Figure.total and query.period_end == day, query


def test_the_total_after_the_figures_end_is_refused_saying_where_they_end(
    store: ClaimStore,
) -> None:
    ans = ask(store, "what was the total on 1 september 2026?")
    assert not ans.answered and "end on 8 august 2026" in head(ans, 1), ans.text


# -- questions about who is behind the figures, with guesses offered ---------------------------

WHO_COMPILES = [
    "who actually compiles the daily figures - kyiv or some volunteers?",
    "who really keeps these daily numbers, the ukrainian army or an NGO?",
    "who collects the daily data: the general staff or journalists?",
    "who publishes the daily tally - ukraine's government or a charity?",
    "who produces these daily figures, the military or some think tank?",
]


@pytest.mark.parametrize("question", WHO_COMPILES)
def test_who_compiles_the_figures_names_the_series(store: ClaimStore, question: str) -> None:
    ans = ask(store, question)
    assert "general staff" in head(ans, 2) and "github.com" in head(ans, 2), ans.text
    assert "which figure you mean" not in ans.text.lower()


DATASET_QUESTIONS = [
    "under what licence is the daily dataset?",
    "whose repo are the daily numbers from?",
    "what license does the data set have",
    "whose github is the tally on?",
    "is the dataset licensed openly?",
]


@pytest.mark.parametrize("question", DATASET_QUESTIONS)
def test_dataset_questions_name_the_series(store: ClaimStore, question: str) -> None:
    ans = ask(store, question)
    assert "github.com/petroivaniuk" in ans.text.lower(), ans.text


# -- a figure quoted as a round one is found as the published figure it rounds -----------------

ROUNDED_QUOTES = [
    ("which outlet wrote 'nearly 750,000 deaths'?", 745700),
    ("where is the 'almost 1,350 dead' figure from?", 1351),
    ("who said russia lost about 4,550 troops in a week?", 4540),
    ("source for 'some 745,000' russian losses?", 745700),
    ("which article has roughly 1,130 russian casualties on 7 december?", 1120),
]


@pytest.mark.parametrize(("question", "value"), ROUNDED_QUOTES)
def test_a_rounded_quote_finds_the_published_figure(
    store: ClaimStore, question: str, value: int
) -> None:
    ans = ask(store, question)
    assert value in {c.value for c in ans.claims}, ans.text


# -- asked whether that many were lost, a jump that absorbs a correction is no answer ----------

JUMPS_WITH_CORRECTIONS = [
    (
        "russian personnel jumped by 2,710 on 28 feb 2025: did they really lose that many?",
        2710,
        1060,
    ),
    ("artillery went up a lot on 5 may 2024 - real losses?", None, None),
    (
        "russian armoured vehicles went down on 13 october 2022 - did they lose that many back?",
        None,
        None,
    ),
    ("did the tally really rise by 2,710 on 28 february 2025 in one day?", 2710, 1060),
    ("special equipment dropped by 83 in the 30/11/2024 report - real losses?", -83, 2),
]


@pytest.mark.parametrize(("question", "raw", "own"), JUMPS_WITH_CORRECTIONS)
def test_a_jump_with_a_correction_is_shown_apart(
    store: ClaimStore, question: str, raw: int | None, own: int | None
) -> None:
    ans = ask(store, question, dt.date(2025, 3, 3))
    assert ans.answered, ans.text
    jumps = [c for c in ans.claims if c.relation == Relation.outside]
    assert len(jumps) == 1, ans.claims  # the raw change, shown apart from the answer
    if raw is not None:
        assert jumps[0].value == raw
    if own is not None:
        assert own in {c.value for c in ans.claims if c.relation == Relation.exact}


# -- a correction named by its listed date is found in the report that absorbed it --------------

CORRECTIONS_BY_DATE = [
    ("the correction of +3 aircraft dated 27 may 2023: which report is it in?", "aircraft"),
    ("which report carries the drone correction listed for 27 may 2023?", "drones"),
    ("cruise missiles correction dated 27 may 2023 - in which day's report?", "cruise_missiles"),
    ("where did the 27 may 2023 helicopter correction show up?", "helicopters"),
    ("the mlrs correction of 27 may 2023, which update was it in?", "mlrs"),
]


@pytest.mark.parametrize(("question", "metric"), CORRECTIONS_BY_DATE)
def test_a_correction_by_its_date_is_found_where_absorbed(
    store: ClaimStore, question: str, metric: str
) -> None:
    ans = ask(store, question)
    assert "28 may 2023" in head(ans, 2), ans.text
    assert {c.metric.value for c in ans.claims} == {metric}


# -- "in one day" beside a named day is that day, not the day before it ------------------------

ONE_DAY_NAMED = [
    ("post: 'RECORD 2,500 russians in one day, 20 Dec 2024'. legit?", dt.date(2024, 12, 20)),
    ("did russia lose 2,000 in one day on 3 march 2025?", dt.date(2025, 3, 3)),
    ("russia lost 1,800 soldiers in 1 day - 7 june 2024. true?", dt.date(2024, 6, 7)),
    ("'1,400 russians killed in one day' (11 nov 2023): check", dt.date(2023, 11, 11)),
    ("2 jan 2025: 1,300 in one day, correct?", dt.date(2025, 1, 2)),
]


@pytest.mark.parametrize(("question", "day"), ONE_DAY_NAMED)
def test_in_one_day_beside_a_date_is_that_day(question: str, day: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (day, day), query
    assert not [u for u in query.unread if u.constrains], query.unread


def test_why_a_jump_happened_keeps_the_jump_as_its_subject(store: ClaimStore) -> None:
    ans = ask(store, "why did the russian tally jump by 2,710 on 28 feb 2025?")
    assert all(c.relation == Relation.exact for c in ans.claims), ans.claims


def test_a_fall_read_as_losses_undone_is_no_answer(store: ClaimStore) -> None:
    ans = ask(
        store, "special equipment fell by 83 in the 30/11/2024 report - did russia get kit back?"
    )
    shown = {c.value: c.relation for c in ans.claims}
    assert shown.get(-83) == Relation.outside and shown.get(2) == Relation.exact, ans.claims


# -- a quoted figure named again is that figure ----------------------------------------------

FIGURES_AGAIN = [
    "'russia lost 32 tanks in three days' (gb news, 7-9 dec 2023). does the 32 hold up?",
    "a post says 42 tanks from 4 to 8 feb 2024 - is the 42 right?",
    "1,120 russians on 7 dec 2023 per gb news; does 1,120 check out?",
    "someone claims 18 tanks on 1-3 may 2024. is 18 plausible?",
    "tweet: '990 on 8 dec 2023'. 990 correct?",
]


@pytest.mark.parametrize("question", FIGURES_AGAIN)
def test_a_figure_named_again_is_not_unread(question: str) -> None:
    query = parse_question(question, TODAY)
    assert not [u for u in query.unread if u.constrains], query.unread


# -- a figure in words or shorthand with a period, asked "accurate?", is checked ----------------

ROUND_FIGURES_TO_CHECK = [
    "headline: 'russia loses 12k soldiers in a week' (2-8 dec 2024). accurate?",
    "'41.9k russians in october 2024' - is that accurate?",
    "a tv caption says 1.2k russians on 7 dec 2023. reliable?",
    "is it true russia lost twelve thousand in the week of 2-8 dec 2024? credible?",
    "blog: '30k russian casualties in january 2026' - legit?",
]


@pytest.mark.parametrize("question", ROUND_FIGURES_TO_CHECK)
def test_a_rounded_figure_with_a_period_is_checked(store: ClaimStore, question: str) -> None:
    ans = ask(store, question, dt.date(2026, 2, 10))
    assert ans.answered, ans.text
    assert any(c.relation == Relation.exact and "General Staff" in c.claimant for c in ans.claims)


# -- where the asker read a figure is no other war, and thousands may be split by dots ----------

READ_IN_A_MEDIUM = [
    (
        "a german live blog i'm translating gives 1.230 russian soldiers for 15.07.2025. right?",
        1230,
    ),
    ("a polish news site says 1.170 russian troops on 15 july 2025 - correct?", 1170),
    ("the french paper had 41.980 russian casualties in october 2024. true?", 41980),
    ("an italian tv channel: 990 russians on 8 december 2023. does it match?", 990),
    ("my dutch outlet says russia lost 1,120 on 7 dec 2023 - check?", 1120),
]


@pytest.mark.parametrize(("question", "value"), READ_IN_A_MEDIUM)
def test_a_figure_read_in_foreign_media_is_checked(
    store: ClaimStore, question: str, value: int
) -> None:
    from knowledge.answering.checking import quoted_figures
    from knowledge.models import Intent

    query = parse_question(question, TODAY)
    assert query.intent == Intent.losses and quoted_figures(query) == [value], query
    assert not [u for u in query.unread if u.constrains], query.unread
    assert ask(store, question).answered


def test_another_countrys_war_is_still_refused() -> None:
    from knowledge.models import Intent

    query = parse_question("how many soldiers did germany lose in ww2", TODAY)
    assert query.intent == Intent.unsupported


# -- a day read named again by its weekday ----------------------------------------------------

WEEKDAY_AGAIN = [
    ("yesterday's report - the sunday one - how many russians?", dt.date(2025, 3, 10)),
    ("the report of 9 march 2025, the sunday one: russian tanks", dt.date(2026, 11, 30)),
    ("russian losses on 7 june 2024 (the friday figures)", dt.date(2026, 11, 30)),
    ("the 8 march 2025 report (the saturday one): russian troops?", dt.date(2026, 11, 30)),
    ("the 1 jan 2025 update, the wednesday one, russian artillery", dt.date(2026, 11, 30)),
]


@pytest.mark.parametrize(("question", "today"), WEEKDAY_AGAIN)
def test_a_day_named_again_by_its_weekday_is_read(question: str, today: dt.date) -> None:
    query = parse_question(question, today)
    assert query.period_start is not None and query.period_start == query.period_end, query
    assert not [u for u in query.unread if u.constrains], query.unread


# -- a comparison per day, week or month compares the averages --------------------------------

AVERAGE_COMPARISONS = [
    ("were the russians losing more per day in jan 2026 than in jan 2025?", 1023, 1556),
    ("was the daily average in march 2025 higher than in march 2024?", 1328, 910),
    ("did russia lose fewer soldiers per day in january 2026 than in january 2025", 1023, 1556),
    ("average daily russian losses: march 2025 vs march 2024", 1328, 910),
    ("higher per day in march 2025 than march 2024? russian casualties", 1328, 910),
]


@pytest.mark.parametrize(("question", "first", "second"), AVERAGE_COMPARISONS)
def test_a_comparison_per_day_compares_averages(
    store: ClaimStore, question: str, first: int, second: int
) -> None:
    ans = ask(store, question)
    assert ans.answered, ans.text
    assert {first, second} <= {round(c.value) for c in ans.claims}, ans.claims


# -- a stretch of the war's days, and the day-1 convention said aloud ---------------------------

WAR_DAY_RANGES = [
    ("russian losses between day 500 and day 600 of the invasion", 500, 600),
    ("tanks lost in days 100-200 of the war", 100, 200),
    ("from day 1 to day 30 of the full-scale invasion (counting 24 feb 2022 as day 1)", 1, 30),
    ("russian casualties, days 1,000 to 1,100 of the war (24 february 2022 = day 1)", 1000, 1100),
    (
        "artillery destroyed between day 700 and 730 of the war, taking the invasion as day one",
        700,
        730,
    ),
]


@pytest.mark.parametrize(("question", "first", "last"), WAR_DAY_RANGES)
def test_a_stretch_of_war_days_is_read(question: str, first: int, last: int) -> None:
    from knowledge.models import WAR_START

    query = parse_question(question, TODAY)
    want = (WAR_START + dt.timedelta(days=first - 1), WAR_START + dt.timedelta(days=last - 1))
    assert (query.period_start, query.period_end) == want, query
    assert not [u for u in query.unread if u.constrains], query.unread


# -- a model's variant letters after a hyphen are part of its name ---------------------------

MODEL_VARIANTS = [
    ("Msta-S howitzers lost by Russia in 2024", "Msta-S"),
    ("how many msta-b guns did russia lose in 2023", "msta-b"),
    ("russian tor-m2 losses in 2025", "tor-m2"),
    ("pantsir-s1 systems destroyed in 2024", "pantsir-s1"),
    ("Msta-SM2 howitzers russia lost in 2025", "Msta-SM2"),
]


@pytest.mark.parametrize(("question", "model"), MODEL_VARIANTS)
def test_a_models_variant_is_reported_whole(question: str, model: str) -> None:
    query = parse_question(question, TODAY)
    assert model in [u.text for u in query.unread if u.constrains], query.unread


# -- "was P the worst month of the war?" names no kind of loss and is still about losses -------

RECORD_QUESTIONS_WITHOUT_A_KIND = [
    "was october 2024 the worst month of the war?",
    "was march 2025 the deadliest month of 2025?",
    "was 2024 the bloodiest year of the invasion?",
    "was the week of 2-8 dec 2024 the worst week of 2024?",
    "was june 2025 the quietest month in 2025",
]


@pytest.mark.parametrize("question", RECORD_QUESTIONS_WITHOUT_A_KIND)
def test_a_record_question_without_a_kind_is_about_losses(question: str) -> None:
    from knowledge.models import Figure, Intent, Metric

    query = parse_question(question, TODAY)
    assert query.intent == Intent.losses and query.metrics == [Metric.personnel], query
    assert query.figure == Figure.record, query


# -- which sources speak for a side: that side's claimants and their figures -------------------

SIDES_OF_SOURCES = [
    ("which of your sources speak for the russian side?", 1351),
    ("which sources are on moscow's side", 1351),
    ("what sources do you have from the kremlin side?", 1351),
    ("which of your sources are on kyiv's side", 745700),
    ("which sources speak for ukraine?", 745700),
]


@pytest.mark.parametrize(("question", "value"), SIDES_OF_SOURCES)
def test_which_sources_speak_for_a_side(store: ClaimStore, question: str, value: int) -> None:
    ans = ask(store, question)
    assert value in {c.value for c in ans.claims}, ans.text


def test_a_models_variant_still_names_its_kind() -> None:
    from knowledge.models import Metric

    assert parse_question("russian msta-s losses", TODAY).metrics == [Metric.artillery]


def test_a_daily_rate_is_not_a_newspaper() -> None:
    query = parse_question("what was the daily rate of russian losses in march 2025", TODAY)
    assert not query.unread, query.unread
