"""Wave 6 rows for English single questions (issue 12): each rule with its own phrasings,
written for this file (never the blind rounds' questions), over the seed articles and series."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import Answer, ClaimStore, answer, open_or_build, parse_question
from knowledge.models import Figure, Intent, Metric, PeriodKind, Relation, Subject

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


def ask(store: ClaimStore, question: str, today: dt.date = TODAY) -> Answer:
    return answer(question, store, today=today)


def head(ans: Answer, lines: int = 3) -> str:
    return "\n".join(ans.text.splitlines()[:lines]).lower()


# -- a claimant named with an outlet: only that claimant's figures answer -----------------------

KREMLIN_IN_LADBIBLE = [
    "russian MoD's death toll as reported by LADbible",
    "per ladbible, how many dead did russia's defence ministry admit",
    "the kremlin's own figure for russian deaths, ladbible",
    "what did moscow admit it lost according to LADbible?",
    "LADbible: the Russian defence ministry's number for its dead",
]


@pytest.mark.parametrize("question", KREMLIN_IN_LADBIBLE)
def test_a_claimant_in_an_outlet_gets_only_that_claimants_figure(
    store: ClaimStore, question: str
) -> None:
    ans = ask(store, question)
    assert ans.answered, ans.text
    values = {c.value for c in ans.claims}
    assert 1351 in values and 19000 not in values, ans.text


CLAIMANT_NOT_IN_OUTLET = [
    ("what number did zelensky put on ukrainian deaths in newsweek?", "ukraine's president"),
    ("the kremlin's count of russian losses per newsweek", "the kremlin"),
    ("how many russian dead did moscow admit, according to gb news", "the kremlin"),
    ("zelensky's own figure for ukraine's dead, newsweek dec 2024", "ukraine's president"),
    ("russia's MoD figure for its own losses in reuters", "russia's ministry of defence"),
]


@pytest.mark.parametrize(("question", "who"), CLAIMANT_NOT_IN_OUTLET)
def test_a_claimant_an_outlet_does_not_quote_is_refused_first(
    store: ClaimStore, question: str, who: str
) -> None:
    ans = ask(store, question)
    assert not ans.answered, ans.text
    assert "no figure from" in head(ans, 1) and who in head(ans, 1), ans.text


# -- a named day glossed with its date in brackets keeps the year that follows -----------------

GLOSSED_DAYS = [
    ("russian losses on christmas day (25 dec) 2024", dt.date(2024, 12, 25)),
    ("independence day (aug 24th) 2023 russian tanks", dt.date(2023, 8, 24)),
    ("victory day (may 9) 2024 russian casualties", dt.date(2024, 5, 9)),
    ("new year's day (1 jan) 2025, how many russians", dt.date(2025, 1, 1)),
    ("ru losses on halloween (oct 31) 2023", dt.date(2023, 10, 31)),
    ("russian personnel lost on victory day (9 may) 2023?", dt.date(2023, 5, 9)),
]


@pytest.mark.parametrize(("question", "day"), GLOSSED_DAYS)
def test_a_named_day_with_its_date_in_brackets_keeps_its_year(question: str, day: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (day, day)
    assert not [u.text for u in query.unread if u.constrains]


# -- "the most ... in one month / week": a record of that span ---------------------------------

RECORD_SPANS = [
    ("MOST TANKS RUSSIA LOST IN ONE MONTH IN 2024??", PeriodKind.month),
    ("most artillery systems destroyed in a single month in 2024", PeriodKind.month),
    ("the most russian soldiers lost in one week in 2025", PeriodKind.week),
    ("most drones downed during any month of 2025", PeriodKind.month),
    ("most apcs russia lost in one week, 2023", PeriodKind.week),
    ("most russian troops lost in one month last year", PeriodKind.month),
]


@pytest.mark.parametrize(("question", "kind"), RECORD_SPANS)
def test_the_most_in_one_month_is_a_monthly_record(question: str, kind: PeriodKind) -> None:
    query = parse_question(question, TODAY)
    assert query.figure == Figure.record and query.prefer_kind == kind, question
    assert not [u.text for u in query.unread if u.constrains]


# -- dates in brackets that restate the period read are read as it -----------------------------

RESTATED = [
    ("winter 22/23 russian tank losses (dec to feb)", dt.date(2022, 12, 1), dt.date(2023, 2, 28)),
    ("summer 2024 (jun-aug) russian tank losses", dt.date(2024, 6, 1), dt.date(2024, 8, 31)),
    ("russian losses in h1 2025 (jan-jun)", dt.date(2025, 1, 1), dt.date(2025, 6, 30)),
    (
        "tanks in the third quarter of 2024 (july through september)",
        dt.date(2024, 7, 1),
        dt.date(2024, 9, 30),
    ),
    ("russian losses in march 2024 (march 1-31)", dt.date(2024, 3, 1), dt.date(2024, 3, 31)),
    ("autumn 2023 russian casualties (sept thru nov)", dt.date(2023, 9, 1), dt.date(2023, 11, 30)),
]


@pytest.mark.parametrize(("question", "start", "end"), RESTATED)
def test_a_bracketed_restatement_of_the_period_is_read_as_it(
    question: str, start: dt.date, end: dt.date
) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (start, end)
    assert not [u.text for u in query.unread if u.constrains]


def test_a_bracketed_date_outside_the_period_is_still_reported() -> None:
    query = parse_question("russian losses in march 2024 (and april 2023)", TODAY)
    assert query.period_start == dt.date(2024, 3, 1)
    assert (query.period_end != dt.date(2024, 3, 31)) or [u for u in query.unread if u.constrains]


# -- the period read, named again by its unit ("just the month", "full month?") ---------------

THE_UNIT_AGAIN = [
    "tanks lost in march 2024 - only for that month, not the total",
    "russian losses in 2023, the whole year",
    "russian casualties on 5 may 2024, the day itself",
    "russian losses in october 2023 for the entire month",
    "June 2023 russian troop losses, just the month pls not the running tally",
    "artillery aug 2025 — full month?",
]


@pytest.mark.parametrize("question", THE_UNIT_AGAIN)
def test_the_unit_of_the_period_named_again_is_read(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.period_start is not None and query.figure == Figure.period
    assert not [u.text for u in query.unread if u.constrains], query.unread


# -- a figure asked for with its source is a question about losses ----------------------------

WITH_SOURCE = [
    ("russian tank losses, 3rd quarter 2023 — number + source for a graphic", 3),
    ("russian losses in may 2024 with sources please", 1),
    ("tank losses 2023, figure and source", 1),
    ("need the sourced figure for russian losses in april 2024", 1),
    ("russian drones downed in july 2025 - source for a caption", 1),
]


@pytest.mark.parametrize(("question", "_n"), WITH_SOURCE)
def test_a_figure_with_its_source_is_answered_as_a_figure(
    store: ClaimStore, question: str, _n: int
) -> None:
    ans = ask(store, question)
    assert ans.answered and ans.claims, ans.text
    assert ans.claims[0].source.title or ans.claims[0].source.publisher  # the source is named


def test_where_a_figure_is_from_stays_a_source_question(store: ClaimStore) -> None:
    ans = ask(store, "where is the 45,720 figure from?")
    assert "newsweek" in head(ans).lower()


# -- a bracketed aside saying what the period was is not another constraint -------------------

WHAT_IT_WAS = [
    "APCs russia lost in sept 2022 (the kharkiv offensive month)",
    "russian tanks lost in november 2022 (month of the kherson withdrawal)",
    "russian losses in may 2023 (bakhmut month)",
    "russian artillery losses oct 2023 (avdiivka assault month)",
    "russian losses in june 2023 (counteroffensive summer)",
]


@pytest.mark.parametrize("question", WHAT_IT_WAS)
def test_an_aside_saying_what_the_period_was_is_read(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.period_start is not None
    assert not [u.text for u in query.unread if u.constrains], query.unread


@pytest.mark.parametrize(
    "question",
    [
        "russian losses in may 2023 (in bakhmut)",
        "russian losses in bakhmut in may 2023",
        "russian losses feb 2024 (the week avdiivka fell)",
        "russian losses in may 2023 (bakhmut only)",
        "russian losses in oct 2023 (avdiivka front)",
    ],
)
def test_a_place_in_brackets_is_still_reported(question: str) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread if u.constrains], question


# -- a counted category named twice ("ground robots (UGVs)") is read both times ---------------

CATEGORY_TWICE = [
    "ground robots (UGVs) russia lost in june 2026",
    "Unmanned ground vehicles (UGVs) destroyed in july 2026",
    "UGVs (ground robots) lost by russia, june 2026",
    "russian combat robots / UGVs in july 2026",
    "robotic systems - UGVs - russia lost in 2026",
]


@pytest.mark.parametrize("question", CATEGORY_TWICE)
def test_a_category_named_twice_is_read_both_times(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.category == "ground robotic systems"
    assert not [u.text for u in query.unread if u.constrains], query.unread


# -- how people ask what an outlet gave: "put the toll at", "ran", "cited" --------------------

OUTLET_VERBS = [
    ("what did GB News put the russian toll at for 7-9 dec 2023?", 3010),
    ("how high did newsweek put russian losses in the week to 9 feb 2024", 4540),
    ("what toll did reuters give for russian troops in february 2023", 133190),
    ("the number ladbible ran for the kremlin's dead", 1351),
    ("which russian toll did gb news cite for 7 to 9 december 2023", 3010),
]


@pytest.mark.parametrize(("question", "value"), OUTLET_VERBS)
def test_what_an_outlet_gave_is_its_own_figure(
    store: ClaimStore, question: str, value: int
) -> None:
    ans = ask(store, question)
    assert ans.answered, ans.text
    assert value in {c.value for c in ans.claims}, ans.text
    assert {c.source.publisher for c in ans.claims} <= {
        "GB News", "Newsweek", "Reuters", "LADbible"
    }  # fmt: skip


# -- "day one" is the war's first day ----------------------------------------------------------

DAY_ONE = [
    "russian losses on day one of the invasion",
    "how many russian tanks on day one, 24 feb 2022?",
    "russian losses day 1",
    "tanks lost on day 1 of the war",
    "24 feb 2022 (day one) russian losses",
]


@pytest.mark.parametrize("question", DAY_ONE)
def test_day_one_is_the_wars_first_day(question: str) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (dt.date(2022, 2, 24),) * 2
    assert not [u.text for u in query.unread if u.constrains], query.unread


@pytest.mark.parametrize(
    "question", ["russian losses since day one", "day one of the counteroffensive russian losses"]
)
def test_day_one_of_something_else_is_not_the_wars(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.period_start != dt.date(2022, 2, 24) or query.figure == Figure.total


# -- a morning's report: its running total, or the fighting of the day before -----------------

MORNING_TOTALS = [
    ("what was the GS total on the morning of 24 Feb 2024?", dt.date(2024, 2, 24)),
    ("the GS total in the report of 24 Feb 2023", dt.date(2023, 2, 24)),
    ("the running tally in the morning report of 1 dec 2024", dt.date(2024, 12, 1)),
    ("russian tanks total in the 5 june 2025 update", dt.date(2025, 6, 5)),
    ("cumulative russian losses on the morning of 1 jan 2025", dt.date(2025, 1, 1)),
]


@pytest.mark.parametrize(("question", "day"), MORNING_TOTALS)
def test_a_reports_total_is_the_total_it_published(question: str, day: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert query.figure == Figure.total and query.period_end == day
    assert not [u.text for u in query.unread if u.constrains], query.unread


def test_a_mornings_losses_are_the_fighting_it_reports() -> None:
    query = parse_question("russian losses on the morning of 3 march 2024", TODAY)
    assert (query.period_start, query.period_end) == (dt.date(2024, 3, 2),) * 2


# -- what Ukraine shoots down or kills is Russia's loss -----------------------------------------

UKRAINE_AS_SHOOTER = [
    "ukraine's drone shootdowns in july 2025",
    "kyiv's tank kills in 2024",
    "ukraine's kills of russian tanks in march 2024",
    "most ukrainian drone shoot-downs in a month, 2025",
    "ukrainian takedowns of drones last month",
]


@pytest.mark.parametrize("question", UKRAINE_AS_SHOOTER)
def test_what_ukraine_downs_is_russias_loss(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.subject == Subject.russia, question
    assert not [u.text for u in query.unread if u.constrains], query.unread


@pytest.mark.parametrize(
    "question", ["ukraine's drone losses in 2024", "ukrainian tank losses 2023"]
)
def test_ukraines_own_losses_stay_ukraines(question: str) -> None:
    assert parse_question(question, TODAY).subject == Subject.ukraine


# -- a named model with its number ("Orlan-10s") is reported whole -----------------------------

NUMBERED_MODELS = [
    ("how many Orlan-10s did russia lose in 2024?", "orlan-10s", Metric.drones),
    ("lancet-3 drones lost by russia in 2024", "lancet-3", Metric.drones),
    ("Geran-2s downed in may 2025", "geran-2s", Metric.drones),
    ("russian msta-s losses", "msta", Metric.artillery),
    ("orlan 10 losses in 2023", "orlan 10", Metric.drones),
]


@pytest.mark.parametrize(("question", "model", "metric"), NUMBERED_MODELS)
def test_a_numbered_model_is_reported_whole(question: str, model: str, metric: Metric) -> None:
    query = parse_question(question, TODAY)
    assert any(model in u.text.lower() for u in query.unread if u.constrains), query.unread
    assert query.metrics == [metric]


# -- a formation named by a kind of loss ("1st guards tank army") is a formation ---------------

FORMATIONS = [
    ("losses of the 1st guards tank army in 2022", "1st guards tank army"),
    ("58th combined arms army losses 2023", "58th combined arms army"),
    ("the 8th army lost how many soldiers", "8th army"),
    ("4th tank division losses in 2023", "4th tank division"),
    ("losses of the 20th guards motor rifle division", "20th guards motor rifle division"),
]


@pytest.mark.parametrize(("question", "unit"), FORMATIONS)
def test_a_formation_is_reported_whole_and_not_read_as_equipment(question: str, unit: str) -> None:
    query = parse_question(question, TODAY)
    assert unit in [u.text.lower() for u in query.unread if u.constrains], query.unread
    assert query.metrics == [Metric.personnel]


def test_an_army_without_a_number_is_the_sides_losses() -> None:
    query = parse_question("russian army losses in 2024", TODAY)
    assert query.metrics == [Metric.personnel] and not query.unread


# -- when the asker's piece appears dates a quote without a year --------------------------------

PIECE_RUNS = [
    ("does 38,940 for may check out? (column runs june 2024)", dt.date(2024, 5, 1)),
    ("caption says 1,950 russians on 11 nov - right? story goes out 3 dec 2024", None),
    ("is 30,000 right for russian losses in march? the article is published in april 2024", None),
    ("'Russia lost 40,000 in October' — ok? (piece runs Nov 2023)", dt.date(2023, 10, 1)),
    ("headline: 1,500 russian troops on 2 feb, does it match? post goes live feb 2025", None),
]


@pytest.mark.parametrize(("question", "start"), PIECE_RUNS)
def test_when_the_piece_runs_is_no_period_but_dates_the_quote(
    question: str, start: dt.date | None
) -> None:
    query = parse_question(question, TODAY)
    assert query.period_start is not None
    if start is not None:
        assert query.period_start == start
    assert query.period_start.year < 2026
    assert not [u.text for u in query.unread if u.constrains], query.unread


# -- a relayed claimant's figures ("the American press", cited by a speaker) are its own ------


RELAYED = [
    "how many ukrainian soldiers did the american press say were killed?",
    "what did media reports say about ukrainian deaths",
    "the press figure for ukrainian dead, what was it",
    "what number did US media put on ukraine's dead",
    "what did american media report about ukrainian losses",
]


@pytest.mark.parametrize("question", RELAYED)
def test_a_relayed_claimants_figure_is_shown_as_its_own(store: ClaimStore, question: str) -> None:
    ans = ask(store, question)
    assert 80000 in {c.value for c in ans.claims}, ans.text
    assert all("media reports" in c.claimant for c in ans.claims if c.value == 80000)


# -- which dataset the figures are from is a question about the sources ------------------------

DATASET = [
    "what dataset are the daily numbers from?",
    "which database do the daily numbers come from",
    "what repo is the daily tally from",
    "which data set is behind the daily counts?",
    "what feed are the numbers from",
]


@pytest.mark.parametrize("question", DATASET)
def test_which_dataset_names_the_series(store: ClaimStore, question: str) -> None:
    ans = ask(store, question)
    assert "general staff" in head(ans) and "github.com" in head(ans), ans.text


# -- corrections of the daily tally are a question about the sources ---------------------------

CORRECTIONS = [
    "does the general staff ever revise its figures?",
    "any corrections to the daily tally?",
    "what corrections has kyiv made to its numbers",
    "has ukraine's general staff ever corrected its counts? biggest ones?",
    "list the biggest revisions in the data",
]


@pytest.mark.parametrize("question", CORRECTIONS)
def test_corrections_are_listed_from_the_series(store: ClaimStore, question: str) -> None:
    ans = ask(store, question)
    assert "corrections" in head(ans, 1), ans.text
    assert ans.claims and all(c.label and "correction" in c.label for c in ans.claims)


@pytest.mark.parametrize(
    "question",
    ["worst day excluding corrections in 2024", "record day of 2025 without corrections"],
)
def test_a_record_without_corrections_is_still_a_record(store: ClaimStore, question: str) -> None:
    assert parse_question(question, TODAY).figure == Figure.record
    assert "corrections" not in head(ask(store, question), 1)


# -- months listed past the end of the data: the span it has, cut there -----------------------

PAST_THE_END = [
    ("july and august 2026 tanks", 182),
    ("june, july and august 2026 russian tank losses", None),
    ("tanks in jul & aug 2026", 182),
    ("russian drones july and august 2026", None),
    ("July and August 2026: russian tanks lost", 182),
]


@pytest.mark.parametrize(("question", "value"), PAST_THE_END)
def test_months_past_the_end_give_the_span_cut_at_the_end(
    store: ClaimStore, question: str, value: int | None
) -> None:
    ans = ask(store, question)
    cut = [c for c in ans.claims if c.period_end == dt.date(2026, 8, 7)]
    assert ans.answered and cut, ans.text
    assert all(c.relation == Relation.inside for c in cut)
    if value is not None:
        assert cut[0].value == value


# -- "in 2022" is the war's part of 2022: a figure from 24 February answers it exactly ---------

WAR_YEAR = [
    "russian warships and boats lost in 2022",
    "how many russian tanks were destroyed in 2022?",
    "ru personnel losses 2022 whole year",
    "russian artillery losses during 2022",
    "helicopters russia lost in 2022",
]


@pytest.mark.parametrize("question", WAR_YEAR)
def test_the_wars_first_year_from_its_start_is_exact(store: ClaimStore, question: str) -> None:
    ans = ask(store, question)
    first = [c for c in ans.claims if c.period_start == dt.date(2022, 2, 24)]
    assert first and first[0].period_end == dt.date(2022, 12, 31), ans.text
    assert first[0].relation == Relation.exact


def test_a_period_before_the_war_is_not_made_exact(store: ClaimStore) -> None:
    ans = ask(store, "russian losses in 2021")
    assert not ans.answered


# -- a bare "total so far this year?" is a loss question, up to the last day fought -------------

SO_FAR = [
    ("total so far this year?", dt.date(2026, 1, 1)),
    ("overall this year so far?", dt.date(2026, 1, 1)),
    ("russian losses in 2026 so far", dt.date(2026, 1, 1)),
    ("the count so far this year", dt.date(2026, 1, 1)),
    ("cumulative total this year to date?", dt.date(2026, 1, 1)),
]


@pytest.mark.parametrize(("question", "start"), SO_FAR)
def test_a_bare_total_so_far_is_a_loss_question(question: str, start: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert query.intent == Intent.losses, question
    # up to yesterday, the last day fought a report covers (wave 10)
    assert (query.period_start, query.period_end) == (start, TODAY - dt.timedelta(days=1))


@pytest.mark.parametrize(
    "question", ["how far did russia advance in 2024", "weather in 2024 so far"]
)
def test_so_far_alone_makes_no_loss_question(question: str) -> None:
    assert parse_question(question, TODAY).intent == Intent.off_topic


# -- "did X deny the N figure?": where N comes from, with what the sources say -----------------

DENIED = [
    ("did moscow deny the 1,030-in-a-day figure?", 1030),
    ("has russia rejected the 1,030 toll?", 1030),
    ("who denied the 80,000 figure?", 80000),
    ("did anyone dispute the 80,000 number", 80000),
    ("did the kremlin refute the 19,000 estimate?", 19000),
]


@pytest.mark.parametrize(("question", "value"), DENIED)
def test_whether_a_figure_was_denied_shows_where_it_is_from(
    store: ClaimStore, question: str, value: int
) -> None:
    ans = ask(store, question)
    assert f"{value:,}" in head(ans, 1), ans.text
    assert value in {c.value for c in ans.claims}
