"""Reading questions: metric, subject, claimant, period and kind of figure."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import parse_question
from knowledge.models import WAR_START, Metric, PeriodKind, PersonnelKind, Subject

TODAY = dt.date(2025, 1, 15)
D = dt.date
M = Metric

UKRAINE = ["Ukraine's General Staff", "Ukraine's Ministry of Defence"]  # among the side's names


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("losses in November?", [M.personnel]),
        ("how many soldiers", [M.personnel]),
        ("troops lost", [M.personnel]),
        ("casualties", [M.personnel]),
        ("how many dead", [M.personnel]),
        ("personnel losses", [M.personnel]),
        ("tnaks lost overall?", [M.tanks]),
        ("soliders killed", [M.personnel]),
        ("artilery destroyed", [M.artillery]),
        ("helicoptres shot down", [M.helicopters]),
        ("armoured vehicles", [M.armored_vehicles]),
        ("armored losses", [M.armored_vehicles]),
        ("how many APCs", [M.armored_vehicles]),
        ("IFVs destroyed", [M.armored_vehicles]),
        ("UAVs downed", [M.drones]),
        ("drones", [M.drones]),
        ("MLRS lost", [M.mlrs]),
        ("multiple rocket launchers", [M.mlrs]),
        ("planes shot down", [M.aircraft]),
        ("jets lost", [M.aircraft]),
        ("warships sunk", [M.ships]),
        ("air defence systems", [M.air_defense]),
        ("fuel tanks and trucks", [M.vehicles]),
        ("tank losses", [M.tanks]),
        ("tanks and drones", [M.tanks, M.drones]),
        ("soldiers and tanks", [M.personnel, M.tanks]),
        ("according to the think tank, how many soldiers", [M.personnel]),
        ("thanks! how many soldiers died", [M.personnel]),
        ("peace talks and losses", [M.personnel]),
        ("Russian armed forces losses", [M.personnel]),
    ],
)
def test_metric(text: str, metrics: list[Metric]) -> None:
    assert parse_question(text, TODAY).metrics == metrics


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("how many Russian soldiers were killed", PersonnelKind.killed),
        ("Russian dead", PersonnelKind.killed),
        ("death toll", PersonnelKind.killed),
        ("how many died", PersonnelKind.killed),
        ("casualties on 8 December", PersonnelKind.casualties),
        ("killed and wounded", PersonnelKind.casualties),
        ("wounded soldiers", PersonnelKind.wounded),
        ("soldiers captured", PersonnelKind.captured),
        ("personnel losses", None),
        ("tanks destroyed", None),
    ],
)
def test_personnel_kind(text: str, kind: PersonnelKind | None) -> None:
    assert parse_question(text, TODAY).personnel_kind == kind


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Russian losses", Subject.russia),
        ("losses in November", Subject.russia),
        ("Ukrainian losses", Subject.ukraine),
        ("Ukrainian tank losses", Subject.ukraine),
        ("how many Ukrainian soldiers died", Subject.ukraine),
        ("how many soldiers has Ukraine lost", Subject.ukraine),
        ("did Ukraine lose many tanks", Subject.ukraine),
        ("losses of Ukraine", Subject.ukraine),
        ("tanks lost by Ukraine", Subject.ukraine),
        ("Ukraine's losses so far", Subject.ukraine),
        ("Russian losses according to Ukraine", Subject.russia),
        ("per Ukraine, how many tanks", Subject.russia),
        ("What does Ukraine say about Russian losses?", Subject.russia),
        ("How many Russian tanks did Ukraine destroy?", Subject.russia),
        ("Ukrainian figures for Russian dead", Subject.russia),
        ("What does Kyiv say about its own losses?", Subject.ukraine),
        ("What does the Kremlin say about its losses?", Subject.russia),
        ("Ukrainian losses according to Moscow", Subject.ukraine),
    ],
)
def test_subject(text: str, subject: Subject) -> None:
    assert parse_question(text, TODAY).subject == subject


@pytest.mark.parametrize(
    ("text", "claimant", "side"),
    [
        ("how many tanks according to the Kremlin?", "the Kremlin", "russia"),
        ("What does the Kremlin say about its losses?", "the Kremlin", "russia"),
        ("Moscow's figures on dead", None, "russia"),
        ("according to Russia", None, "russia"),
        ("Ukrainian personnel losses in the past 7 days claimed by Russia", None, "russia"),
        ("per Ukraine, how many tanks", None, "ukraine"),
        ("Russian losses according to Kyiv", None, "ukraine"),
        ("What does Ukraine say about losses", None, "ukraine"),
        ("Ukrainian figures for losses", None, "ukraine"),
        ("what did the UK MoD say about losses", "UK Ministry of Defence", "uk"),
        ("British intelligence estimate of losses", "UK Ministry of Defence", "uk"),
        ("the Pentagon estimate of Russian casualties", "the Pentagon", "us"),
        ("losses according to Ukraine's General Staff", "Ukraine's General Staff", "ukraine"),
        ("losses per the general staff", "Ukraine's General Staff", "ukraine"),
        ("ISW on losses", "the Institute for the Study of War", "independent"),
        ("losses per Oryx", "Oryx", "independent"),
        ("what did the Kremiln say about losses", "the Kremlin", "russia"),
        ("how many soldiers has Ukraine lost", None, None),
        ("Russian losses", None, None),
        ("Putin's losses in November", None, None),
        ("Russian military losses", None, None),
        ("tanks lost by Russia", None, None),
    ],
)
def test_claimant(text: str, claimant: str | None, side: str | None) -> None:
    query = parse_question(text, TODAY)
    assert query.claimant == claimant
    assert query.claimant_side == side
    if side == "ukraine":
        assert set(UKRAINE) <= set(query.claimants)
    if side is None:
        assert query.claimants == []


def test_two_claimants_take_both_sides() -> None:
    query = parse_question("Do the Kremlin and Kyiv's figures agree?", TODAY)
    assert "the Kremlin" in query.claimants
    assert "Ukraine's General Staff" in query.claimants
    assert query.claimant_side is None


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "year_missing"),
    [
        ("losses on 8 December 2023", PeriodKind.day, D(2023, 12, 8), D(2023, 12, 8), False),
        ("losses 2024-11-11", PeriodKind.day, D(2024, 11, 11), D(2024, 11, 11), False),
        ("losses on Dec 8", PeriodKind.day, D(2024, 12, 8), D(2024, 12, 8), True),
        ("losses on December 8, 2023", PeriodKind.day, D(2023, 12, 8), D(2023, 12, 8), False),
        ("losses on the 8th of December 2023", PeriodKind.day, D(2023, 12, 8), D(2023, 12, 8),
         False),
        ("losses on 08.12.2023", PeriodKind.day, D(2023, 12, 8), D(2023, 12, 8), False),
        ("losses on 15 January", PeriodKind.day, D(2025, 1, 15), D(2025, 1, 15), True),
        ("losses on 16 January", PeriodKind.day, D(2024, 1, 16), D(2024, 1, 16), True),
        ("7-9 December 2023", PeriodKind.range, D(2023, 12, 7), D(2023, 12, 9), False),
        ("7–9 December 2023", PeriodKind.range, D(2023, 12, 7), D(2023, 12, 9), False),
        ("December 7 to 9, 2023", PeriodKind.range, D(2023, 12, 7), D(2023, 12, 9), False),
        ("from 3 to 9 February 2024", PeriodKind.range, D(2024, 2, 3), D(2024, 2, 9), False),
        ("between 7 and 9 December", PeriodKind.range, D(2024, 12, 7), D(2024, 12, 9), True),
        ("from 3 February to 9 February 2024", PeriodKind.range, D(2024, 2, 3), D(2024, 2, 9),
         False),
        ("from 30 December 2023 to 2 January 2024", PeriodKind.range, D(2023, 12, 30),
         D(2024, 1, 2), False),
        ("from 30 December to 2 January 2024", PeriodKind.range, D(2023, 12, 30),
         D(2024, 1, 2), False),
        ("2024-02-03 to 2024-02-09", PeriodKind.range, D(2024, 2, 3), D(2024, 2, 9), False),
        ("in November", PeriodKind.month, D(2024, 11, 1), D(2024, 11, 30), True),
        ("in January", PeriodKind.month, D(2025, 1, 1), D(2025, 1, 31), True),
        ("in November 2023", PeriodKind.month, D(2023, 11, 1), D(2023, 11, 30), False),
        ("in Nov 2024", PeriodKind.month, D(2024, 11, 1), D(2024, 11, 30), False),
        ("in Novmber 2024", PeriodKind.month, D(2024, 11, 1), D(2024, 11, 30), False),
        ("in Febuary 2024", PeriodKind.month, D(2024, 2, 1), D(2024, 2, 29), False),
        ("in 2024-11", PeriodKind.month, D(2024, 11, 1), D(2024, 11, 30), False),
        ("losses in May", PeriodKind.month, D(2024, 5, 1), D(2024, 5, 31), True),
        ("in 2023", PeriodKind.year, D(2023, 1, 1), D(2023, 12, 31), False),
        ("yesterday", PeriodKind.day, D(2025, 1, 14), D(2025, 1, 14), False),
        ("today", PeriodKind.day, D(2025, 1, 15), D(2025, 1, 15), False),
        ("last week", PeriodKind.week, D(2025, 1, 6), D(2025, 1, 12), False),
        ("last month", PeriodKind.month, D(2024, 12, 1), D(2024, 12, 31), False),
        ("last year", PeriodKind.year, D(2024, 1, 1), D(2024, 12, 31), False),
        ("this month", PeriodKind.month, D(2025, 1, 1), D(2025, 1, 15), False),
        # the last N days end yesterday (the blind README's convention)
        ("in the past 3 days", PeriodKind.range, D(2025, 1, 12), D(2025, 1, 14), False),
        ("on Monday", PeriodKind.day, D(2025, 1, 13), D(2025, 1, 13), False),
        ("last night", PeriodKind.day, D(2025, 1, 14), D(2025, 1, 14), False),
        ("next month", PeriodKind.month, D(2025, 2, 1), D(2025, 2, 28), False),
        ("in Q1 2025", PeriodKind.range, D(2025, 1, 1), D(2025, 3, 31), False),
        ("in the third quarter of 2024", PeriodKind.range, D(2024, 7, 1), D(2024, 9, 30), False),
        ("in the first half of 2024", PeriodKind.range, D(2024, 1, 1), D(2024, 6, 30), False),
        ("in spring 2023", PeriodKind.range, D(2023, 3, 1), D(2023, 5, 31), False),
        ("in winter 2023", PeriodKind.range, D(2022, 12, 1), D(2023, 2, 28), False),
        ("in late November 2024", PeriodKind.range, D(2024, 11, 21), D(2024, 11, 30), False),
        ("in early December", PeriodKind.range, D(2024, 12, 1), D(2024, 12, 10), True),
    ],
)  # fmt: skip
def test_period(
    text: str, kind: PeriodKind, start: dt.date, end: dt.date, year_missing: bool
) -> None:
    query = parse_question(f"Russian losses {text}", TODAY)
    assert (query.period_kind, query.period_start, query.period_end) == (kind, start, end)
    assert query.year_missing == year_missing
    assert query.figure == "period"


@pytest.mark.parametrize(
    ("text", "figure", "end"),
    [
        ("tanks lost overall?", "total", None),
        ("tanks in total", "total", None),
        ("tanks so far", "total", None),
        ("tanks since the start of the war", "total", None),
        ("tanks since the full-scale invasion", "total", None),
        ("tanks since February 2022", "total", None),
        ("tanks since 24 February 2022", "total", None),
        ("tanks as of 9 February 2024", "total", D(2024, 2, 9)),
        ("tanks by 9 Feb 2024", "total", D(2024, 2, 9)),
        ("total tanks as of 2024-02-09", "total", D(2024, 2, 9)),
        ("tanks from 24 February 2022 to 9 February 2024", "total", D(2024, 2, 9)),
        ("how many tanks has Russia lost", "latest", None),
        ("what does the Kremlin say", "latest", None),
        ("worst day for Russian troops", "record", None),
        ("deadliest day in November 2024", "record", D(2024, 11, 30)),
        ("highest daily losses", "record", None),
        ("record losses", "record", None),
        ("total losses in November 2024", "period", D(2024, 11, 30)),
        ("losses in 2023", "period", D(2023, 12, 31)),
    ],
)
def test_figure_kind(text: str, figure: str, end: dt.date | None) -> None:
    query = parse_question(text, TODAY)
    assert query.figure == figure
    assert query.period_end == end
    if figure == "total" and end is not None:
        assert query.period_start == WAR_START


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("losses since February 3", D(2024, 2, 3)),
        ("losses since 3 February 2024", D(2024, 2, 3)),
        ("losses since Feb 3rd", D(2024, 2, 3)),
        ("tanks from February 3", D(2024, 2, 3)),
    ],
)
def test_since(text: str, start: dt.date) -> None:
    query = parse_question(text, TODAY)
    assert query.open_end
    assert query.period_start == start
    assert query.period_end is None


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("losses in the first month of the war", D(2022, 3, 23)),
        ("losses in the first week of the invasion", D(2022, 3, 2)),
        ("losses in the first 10 days of the war", D(2022, 3, 5)),
    ],
)
def test_first_days_of_the_war_are_a_total_as_of_their_end(text: str, end: dt.date) -> None:
    query = parse_question(text, TODAY)
    assert query.figure == "total"
    assert query.period_end == end


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("losses in September, October and November 2024", D(2024, 9, 1), D(2024, 11, 30)),
        ("losses in October and November", D(2024, 10, 1), D(2024, 11, 30)),
        ("losses in November, December and January 2025", D(2024, 11, 1), D(2025, 1, 31)),
        ("monthly losses in 2024", D(2024, 1, 1), D(2024, 12, 31)),
    ],
)
def test_month_by_month(text: str, start: dt.date, end: dt.date) -> None:
    query = parse_question(text, TODAY)
    assert (query.period_start, query.period_end) == (start, end)
    assert query.prefer_kind == PeriodKind.month
    assert query.figure == "period"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("worst day for Russian troops", PeriodKind.day),
        ("worst month for Russian artillery losses", PeriodKind.month),
        ("Which day did Russia lose the most drones?", PeriodKind.day),
        ("record weekly losses", PeriodKind.week),
    ],
)
def test_record_unit(text: str, unit: PeriodKind) -> None:
    query = parse_question(text, TODAY)
    assert query.figure == "record"
    assert (query.prefer_kind or PeriodKind.day) == unit


@pytest.mark.parametrize(
    "text",
    [
        "How many civilians have died?",
        "How many tanks did France lose in 2024?",
        "How many horses did Napoleon lose in 1812?",
        "Russian losses in 1995",
        "How many tanks does Russia have left?",
        "How many Russian generals have defected?",
        "How many shells has Russia produced?",
    ],
)
def test_unsupported_questions_say_why(text: str) -> None:
    query = parse_question(text, TODAY)
    assert query.intent == "unsupported"
    assert query.notes


def test_daily_hint_prefers_days() -> None:
    query = parse_question("latest daily losses", TODAY)
    assert query.prefer_kind == PeriodKind.day
    assert query.figure == "latest"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("hello", "greeting"),
        ("Hi!", "greeting"),
        ("hello, who are you?", "greeting"),
        ("Who is winning the war?", "off_topic"),
        ("What is the capital of Ukraine?", "off_topic"),
        ("How many Russian generals were promoted?", "unsupported"),
        ("/start", "greeting"),
        ("help", "help"),
        ("what can you do?", "help"),
        ("", "empty"),
        ("   ", "empty"),
        ("what's the weather", "off_topic"),
        ("what's the weather in Kyiv today", "off_topic"),
        ("tell me a joke", "off_topic"),
        ("thanks", "off_topic"),
        ("who is Putin", "off_topic"),
        ("losses in November?", "losses"),
        ("and in October?", "losses"),
        ("How many helicopters has Russia lost?", "losses"),
        ("worst day in November 2024", "losses"),
        ("according to the Kremlin?", "losses"),
    ],
)
def test_intent(text: str, intent: str) -> None:
    assert parse_question(text, TODAY).intent == intent


def test_losses_default_to_personnel() -> None:
    query = parse_question("What does the Kremlin say about its losses?", TODAY)
    assert query.metrics == [Metric.personnel]
    assert query.intent == "losses"


def test_numbers_are_not_years_or_days() -> None:
    query = parse_question("Did Russia lose 2,030 soldiers or 4,500 tanks?", TODAY)
    assert query.period_start is None
    assert query.period_end is None


def test_may_the_verb_is_not_a_month() -> None:
    query = parse_question("how many tanks may Russia have lost", TODAY)
    assert query.period_start is None


def test_typo_note_is_kept() -> None:
    query = parse_question("tnaks lost", TODAY)
    assert any("tnaks" in note for note in query.notes)


def test_long_input_is_cut_not_crashed() -> None:
    query = parse_question("tanks " * 10_000, TODAY)
    assert query.metrics == [Metric.tanks]


@pytest.mark.parametrize(
    ("question", "mentions"),
    [
        ("tanks on 31 February 2024", "31 February 2024 is not a date"),
        ("losses on feb 30", "30 February is not a date"),
        ("losses on April 31, 2023", "31 April 2023 is not a date"),
    ],
)
def test_impossible_dates_are_said_to_be_so(question: str, mentions: str) -> None:
    query = parse_question(question, dt.date(2026, 11, 22))
    assert query.intent == "unsupported"
    assert any(mentions in note for note in query.notes)


def test_a_real_leap_day_is_a_day() -> None:
    query = parse_question("losses on 29 February 2024", dt.date(2026, 11, 22))
    assert query.intent != "unsupported"
    assert query.period_start == query.period_end == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    ("question", "day"),
    [
        ("losses on christmas day 2023", dt.date(2023, 12, 25)),
        ("losses on christmas eve 2024", dt.date(2024, 12, 24)),
        ("losses on new year's eve 2023", dt.date(2023, 12, 31)),
        ("tanks on new years day 2024", dt.date(2024, 1, 1)),
    ],
)
def test_named_days(question: str, day: dt.date) -> None:
    query = parse_question(question, dt.date(2026, 11, 22))
    assert (query.period_kind, query.period_start, query.period_end) == (PeriodKind.day, day, day)
