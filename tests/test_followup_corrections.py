"""Wave 7 follow-up forms, in my own phrasings (never a blind question): corrections of the last
answer ("no, I meant tanks", "not that — drones", "killed only, not casualties"), the change
between the last two answers ("by how much?", "in %?"), "is that a record?", the report
published on the previous day ("that day's update"), how far the data goes ("what's the last
date you have"), averages typed as "week-by-week", "does it check out", a capital as a claimant
("and Moscow?" after a claimant's figure), and two questions in one message answered in order.
Each form is read against the previous question first, then through the conversation."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from bot.console import run_ask, run_chat
from bot.settings import Settings
from knowledge import ClaimStore, Conversation, Metric, Query, parse_question
from knowledge.models import Figure, PeriodKind, PersonnelKind, Subject
from knowledge.questions.followup import FollowKind, Reading, read_followup
from knowledge.questions.several import split_questions

TODAY = dt.date(2026, 11, 30)
D = dt.date


def _followed(before: Query, fragment: str, kind: FollowKind = FollowKind.refine) -> Reading:
    """The reading of `fragment` after `before`, which must be of `kind`."""
    reading = read_followup(fragment, before, TODAY)
    assert reading is not None and reading.kind == kind, fragment
    return reading


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once (tests/conftest.py)."""
    return ClaimStore(series_kb[1])


# -- corrections of the last answer: the corrected word replaced, the rest kept -----------------

METRIC_CORRECTIONS = [
    ("no, I meant tanks", Metric.tanks),
    ("sorry, I meant drones not artillery", Metric.drones),
    ("not that — tanks", Metric.tanks),
    ("not artillery, MLRS", Metric.mlrs),
    ("actually helicopters", Metric.helicopters),
    ("make that APCs", Metric.armored_vehicles),
    ("I was asking about tanks", Metric.tanks),
    ("no no, drones I said", Metric.drones),
    ("wrong one - I wanted aircraft", Metric.aircraft),
]


@pytest.mark.parametrize(("fragment", "metric"), METRIC_CORRECTIONS)
def test_a_correction_replaces_the_metric_and_keeps_the_period(
    fragment: str, metric: Metric
) -> None:
    reading = _followed(parse_question("artillery losses in june 2025", TODAY), fragment)
    assert reading.query.metrics == [metric]
    assert (reading.query.period_start, reading.query.period_end) == (D(2025, 6, 1), D(2025, 6, 30))
    assert not [s.text for s in reading.query.unread if s.constrains], reading.query.unread


KIND_CORRECTIONS = [
    ("no, only the dead", PersonnelKind.killed),
    ("sorry, I meant deaths only", PersonnelKind.killed),
    ("not casualties — killed", PersonnelKind.killed),
    ("I meant the wounded", PersonnelKind.wounded),
    ("no, killed, not killed and wounded", PersonnelKind.killed),
    ("nope, I meant fatalities", PersonnelKind.killed),
]


@pytest.mark.parametrize(("fragment", "kind"), KIND_CORRECTIONS)
def test_a_correction_to_a_kind_of_loss_keeps_the_period(
    fragment: str, kind: PersonnelKind
) -> None:
    reading = _followed(parse_question("russian losses in august 2024", TODAY), fragment)
    assert reading.query.personnel_kind == kind
    assert reading.query.metrics == [Metric.personnel]
    assert reading.query.period_start == D(2024, 8, 1)


@pytest.mark.parametrize(
    ("fragment", "subject"),
    [("no, I meant ukraine's losses", Subject.ukraine), ("sorry, the russian side", Subject.russia),
     ("not ukraine — russia", Subject.russia), ("I meant the russians", Subject.russia),
     ("actually the ukrainians", Subject.ukraine)],
)  # fmt: skip
def test_a_correction_of_the_side(fragment: str, subject: Subject) -> None:
    before = parse_question("ukrainian losses in 2024", TODAY)
    if subject == Subject.ukraine:
        before = parse_question("russian losses in 2024", TODAY)
    reading = _followed(before, fragment)
    assert reading.query.subject == subject
    assert reading.query.period_start == D(2024, 1, 1)


@pytest.mark.parametrize(
    ("fragment", "start", "end"),
    [("no, I meant 2023", D(2023, 1, 1), D(2023, 12, 31)),
     ("sorry, march not may", D(2025, 3, 1), D(2025, 3, 31)),
     ("not that — april", D(2025, 4, 1), D(2025, 4, 30)),
     ("I meant last year", D(2025, 1, 1), D(2025, 12, 31)),
     ("oops, july 2024", D(2024, 7, 1), D(2024, 7, 31))],
)  # fmt: skip
def test_a_correction_of_the_period_keeps_the_metric(
    fragment: str, start: dt.date, end: dt.date
) -> None:
    reading = _followed(parse_question("tank losses in may 2025", TODAY), fragment)
    assert reading.query.metrics == [Metric.tanks]
    assert (reading.query.period_start, reading.query.period_end) == (start, end)


def test_killed_only_after_a_casualty_figure_shows_no_casualty_figure(store: ClaimStore) -> None:
    chat = Conversation()
    first = chat.ask("russian losses in march 2025", store, today=TODAY)
    figures = {round(c.value) for c in first.claims}
    corrected = chat.ask("no, killed only", store, today=TODAY)
    assert corrected.text.splitlines()[0] == "Personnel (killed), March 2025:", corrected.text
    assert corrected.query is not None and corrected.query.period_start == D(2025, 3, 1)
    assert corrected.query.personnel_kind == PersonnelKind.killed
    assert not corrected.answered
    back = chat.ask("fine, the casualties then", store, today=TODAY)
    assert back.answered and figures & {round(c.value) for c in back.claims}


# -- the change between the last two answers: "by how much?", "in %?" ---------------------------

CHANGE_FORMS = [
    "by how much?", "how big is the difference", "how much higher?",
    "and by how much did it change?", "what's the change", "in %?", "by what percent?",
    "as a percentage?", "what % change is that", "percentage change?", "so up or down?",
    "went up or down, and by how much",
]  # fmt: skip


@pytest.mark.parametrize("fragment", CHANGE_FORMS)
def test_the_change_compares_the_last_two_answers(fragment: str) -> None:
    earlier = parse_question("tank losses in 2023", TODAY)
    previous = _followed(earlier, "2024?").query
    reading = read_followup(fragment, previous, TODAY, earlier)
    assert reading is not None and reading.kind == FollowKind.compare, fragment
    assert reading.other is earlier


def test_the_change_in_percent_goes_from_the_earlier_period_to_the_later(
    store: ClaimStore,
) -> None:
    chat = Conversation()
    chat.ask("tanks in 2023?", store, today=TODAY)
    chat.ask("and 2024", store, today=TODAY)
    change = chat.ask("by what percent?", store, today=TODAY)
    assert change.answered
    assert "+737" in change.text and "25.0%" in change.text, change.text


@pytest.mark.parametrize(
    "fragment",
    ["compare it with the same month in 2024", "compare that to the same month a year later",
     "now compare it with december 2024", "compare this with the same month of 2024",
     "pls compare it against dec 2024"],
)  # fmt: skip
def test_compare_it_with_the_same_month_after_a_record_month(
    fragment: str, store: ClaimStore
) -> None:
    chat = Conversation()
    chat.ask("worst month of 2023 for russian personnel", store, today=TODAY)
    compared = chat.ask(fragment, store, today=TODAY)
    assert compared.query is not None
    assert (compared.query.period_start, compared.query.period_end) == (
        D(2023, 12, 1),
        D(2024, 12, 31),
    ), compared.text
    assert "+18,700" in compared.text, compared.text


def test_the_change_after_a_single_question_is_one_period_back() -> None:
    reading = read_followup("by how much?", parse_question("tanks in 2024", TODAY), TODAY)
    assert reading is not None and reading.other is not None
    assert reading.other.period_start == D(2023, 1, 1)


# -- "is that a record?": the record of the previous period's unit, the whole war ---------------


RECORD_FORMS = ["is that a record?", "was that the worst ever?", "is this the highest so far?",
                "a record?", "has it ever been higher?", "was that a record month"]  # fmt: skip


@pytest.mark.parametrize("fragment", RECORD_FORMS)
def test_is_that_a_record_asks_the_record_of_its_unit(fragment: str) -> None:
    before = parse_question("tank losses in march 2025", TODAY)
    query = _followed(before, fragment, FollowKind.record).query
    assert query.figure == Figure.record
    assert query.prefer_kind == PeriodKind.month
    assert query.metrics == [Metric.tanks]
    assert (query.period_start, query.period_end) == (None, None)


@pytest.mark.parametrize("fragment", RECORD_FORMS)
def test_is_that_a_record_after_a_day_checks_that_day(fragment: str) -> None:
    before = parse_question("tank losses on 12 march 2025", TODAY)
    query = _followed(before, fragment, FollowKind.record).query
    assert (query.figure, query.prefer_kind) == (Figure.record, PeriodKind.day)
    assert (query.period_start, query.period_end) == (D(2025, 3, 12), D(2025, 3, 12))


def test_is_that_a_record_after_a_month_answers_yes_or_no(store: ClaimStore) -> None:
    chat = Conversation()
    chat.ask("russian losses in june 2025", store, today=TODAY)
    other = chat.ask("is that a record?", store, today=TODAY)
    assert other.answered
    assert other.text.splitlines()[1].startswith("No: the highest monthly figure"), other.text


def test_is_that_a_record_answers_yes_or_no(store: ClaimStore) -> None:
    chat = Conversation()
    chat.ask("russian losses on 19 december 2024", store, today=TODAY)
    record = chat.ask("is that a record?", store, today=TODAY)
    assert record.answered
    assert "2,200" in record.text
    assert record.text.splitlines()[1].startswith("Yes"), record.text
    chat.ask("russian losses on 5 may 2023", store, today=TODAY)
    other = chat.ask("was that the worst ever?", store, today=TODAY)
    assert other.text.splitlines()[1].startswith("No"), other.text


# -- the report published on the previous day --------------------------------------------------


@pytest.mark.parametrize(
    "fragment",
    ["the report published that day", "that day's update?", "what did that morning's report say",
     "no, the bulletin of that date", "the update from that day instead"],
)  # fmt: skip
def test_the_report_of_that_day_is_the_report_dated_the_previous_day(fragment: str) -> None:
    reading = _followed(parse_question("russian losses on 9 march 2025", TODAY), fragment)
    assert reading.query.report_date == D(2025, 3, 9)
    assert reading.query.metrics == [Metric.personnel]


# -- how far the data goes -------------------------------------------------------------------


@pytest.mark.parametrize(
    "fragment",
    ["what's the last date you have", "how far does your data go?", "most recent day you have?",
     "ok what is your latest date", "up to when do you have figures?"],
)  # fmt: skip
def test_the_last_date_you_have_is_the_newest_figure(fragment: str) -> None:
    reading = _followed(parse_question("tank losses in the last 30 days", TODAY), fragment)
    assert reading.query.figure == Figure.latest
    assert (reading.query.period_start, reading.query.period_end) == (None, None)


# -- averages typed as "week-by-week" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "unit"),
    [("week-by-week average?", "week"), ("day by day average", "day"),
     ("month-by-month avg?", "month"), ("averaged per week?", "week"),
     ("on average per month?", "month")],
)  # fmt: skip
def test_a_by_unit_average_is_the_previous_question_averaged(
    fragment: str, unit: str, store: ClaimStore
) -> None:
    chat = Conversation()
    chat.ask("russian losses in 2024", store, today=TODAY)
    averaged = chat.ask(fragment, store, today=TODAY)
    assert averaged.answered, averaged.text
    assert "average" in averaged.text.lower(), averaged.text
    assert f"per {unit}" in averaged.text.lower() or f"a {unit}" in averaged.text.lower(), (
        averaged.text
    )


# -- "does it check out": the previous figure against the daily data ---------------------------


@pytest.mark.parametrize(
    "fragment",
    ["does it check out?", "does that add up", "does this hold up against the daily numbers?",
     "does it stack up with the tally", "do the daily figures bear that out?"],
)  # fmt: skip
def test_does_it_check_out_asks_the_same_again(fragment: str) -> None:
    before = parse_question("tank losses in may 2025", TODAY)
    reading = _followed(before, fragment)
    assert (reading.query.period_start, reading.query.metrics) == (D(2025, 5, 1), [Metric.tanks])


def test_checking_an_article_figure_reads_the_figures_own_period(store: ClaimStore) -> None:
    chat = Conversation()
    first = chat.ask("what did newsweek say about russian losses since february 3, 2024", store,
                     today=D(2024, 2, 12))  # fmt: skip
    assert first.claims, first.text
    claim = first.claims[0]
    checked = chat.ask("does it check out against the daily data?", store, today=D(2024, 2, 12))
    assert checked.query is not None
    assert (checked.query.period_start, checked.query.period_end) == (
        claim.period_start,
        claim.period_end,
    )
    assert checked.query.claimant is None


# -- a capital after a claimant's figure is that side's officials ---------------------------------


@pytest.mark.parametrize(
    ("fragment", "side"),
    [("and Moscow?", "russia"), ("what about the kremlin?", "russia"), ("and kyiv?", "ukraine"),
     ("moscow then?", "russia"), ("how about kiev", "ukraine")],
)  # fmt: skip
def test_a_capital_after_a_claimant_is_a_claimant(fragment: str, side: str) -> None:
    before = parse_question("UK estimate of russian losses in 2024", TODAY)
    reading = _followed(before, fragment)
    query = reading.query
    assert query.subject == Subject.russia
    assert query.claimant_side == side, query
    assert query.period_start == D(2024, 1, 1)


# -- two questions in one message -------------------------------------------------------------

SPLIT_ROWS = [
    ("tanks in 2024? and in 2023?", ["tanks in 2024?", "and in 2023?"]),
    ("how many tanks in 2023? how many drones in 2024?",
     ["how many tanks in 2023?", "how many drones in 2024?"]),
    ("russian losses in may 2024; and june?", ["russian losses in may 2024", "and june?"]),
    ("losses in 2023?\nand tanks?", ["losses in 2023?", "and tanks?"]),
    ("drones in q1 2025?? what about q2?", ["drones in q1 2025??", "what about q2?"]),
    ("tanks in march 2024? artillery in april 2024? and mlrs?",
     ["tanks in march 2024?", "artillery in april 2024?", "and mlrs?"]),
    # a second question joined by "and" and a question word
    ("How many tanks did Russia lose in 2024, and how many in 2023?",
     ["How many tanks did Russia lose in 2024", "how many in 2023?"]),
    ("russian losses in may 2024 and what about tanks",
     ["russian losses in may 2024", "what about tanks"]),
    ("drones in 2025, and how about artillery?", ["drones in 2025", "how about artillery?"]),
    # a full stop before a question
    ("What were Russian losses in March 2025. And in April?",
     ["What were Russian losses in March 2025.", "And in April?"]),
    ("Tanks in June 2024. What about drones?", ["Tanks in June 2024.", "What about drones?"]),
    # two questions of their own joined by "and": each its own losses and its own period
    ("tanks in 2024 and drones in 2023?", ["tanks in 2024", "drones in 2023?"]),
    ("russian losses in may 2025 and tanks in june 2025",
     ["russian losses in may 2025", "tanks in june 2025"]),
    # announced or numbered questions
    ("two things: tanks in 2024? and drones?", ["tanks in 2024?", "and drones?"]),
    ("1) tanks in 2024 2) drones in 2023", ["tanks in 2024", "drones in 2023"]),
    ("quick qs - russian losses in may 2025? and june?", ["russian losses in may 2025?",
                                                         "and june?"]),
    ("1. artillery in march 2025\n2. mlrs in march 2025",
     ["artillery in march 2025", "mlrs in march 2025"]),
]  # fmt: skip


@pytest.mark.parametrize(("message", "parts"), SPLIT_ROWS)
def test_a_message_with_several_questions_is_split_in_order(message: str, parts: list[str]) -> None:
    assert split_questions(message) == parts


@pytest.mark.parametrize(
    "message",
    ["russian losses in november 2024?", "were losses in may 2024 higher than in april 2024?",
     'is this right? "Russia lost 1,200 soldiers yesterday"',
     "is this true?\nRussia lost 1,200 soldiers yesterday, says Kyiv",
     "what? tanks in 2024", "tanks in 2024? thanks", "russian losses between may and june 2024",
     "tanks in 2023 and 2024", "tanks and drones in 2024", "losses in may and in june 2024",
     "were losses in may 2024 higher than in april and how much higher?",
     "compare tanks in 2023 and what russia lost in 2024", "Russian losses in St. Petersburg?",
     "The Sun says 2,100 dead on 4 March 2025. Is that right?",
     "a tweet claims russia lost a million troops. when did the count pass that?",
     "Reuters: 40 tanks lost since Monday. Where is that from?",
     "who compiles the daily figures and where can I find them",
     "july and august 2026 tanks"],
)  # fmt: skip
def test_one_question_stays_one(message: str) -> None:
    assert split_questions(message) == [message]


def test_several_questions_are_answered_each_in_order(store: ClaimStore) -> None:
    chat = Conversation()
    result = chat.ask("tanks in 2024? and in 2023?", store, today=TODAY)
    assert result.query is not None and result.query.period_start == D(2024, 1, 1)
    assert "3,689" in result.text
    assert [a.question for a in result.more_answers] == ["and in 2023?"]
    second = result.more_answers[0]
    assert second.query is not None and second.query.metrics == [Metric.tanks]
    assert second.query.period_start == D(2023, 1, 1) and "2,952" in second.text
    follow = chat.ask("the difference?", store, today=TODAY)  # the context is the last part
    assert "737" in follow.text, follow.text


def test_bot_ask_json_keeps_the_first_answer_on_top(store: ClaimStore) -> None:
    out = io.StringIO()
    run_ask("tanks in 2024? drones in 2024?", as_json=True, store=store, today=TODAY, stdout=out)
    data = json.loads(out.getvalue())
    assert data["question"] == "tanks in 2024?" and data["answered"] is True
    assert data["query"]["metrics"] == ["tanks"]
    assert [a["query"]["metrics"] for a in data["more_answers"]] == [["drones"]]
    text = io.StringIO()
    run_ask("tanks in 2024? drones in 2024?", store=store, today=TODAY, stdout=text)
    assert text.getvalue().index("3,689") < text.getvalue().index("drone")


# -- more ways people type the same forms ---------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "metric", "month"),
    [("not tanks but drones", Metric.drones, 5), ("no wait, I meant june", Metric.tanks, 6),
     ("I typed the wrong month, I meant june", Metric.tanks, 6),
     ("meant june sorry", Metric.tanks, 6), ("scratch that, drones", Metric.drones, 5),
     ("correction: artillery", Metric.artillery, 5), ("drones instead", Metric.drones, 5),
     ("no sorry, july", Metric.tanks, 7)],
)  # fmt: skip
def test_more_corrections(fragment: str, metric: Metric, month: int) -> None:
    reading = _followed(parse_question("tank losses in may 2025", TODAY), fragment)
    assert reading.query.metrics == [metric]
    assert reading.query.period_start == D(2025, month, 1)


@pytest.mark.parametrize(
    "fragment",
    ["what's the % difference", "did it go up", "increase or decrease?", "percentage?",
     "did they rise or fall", "has it dropped?"],
)  # fmt: skip
def test_more_change_forms(fragment: str) -> None:
    earlier = parse_question("tank losses in april 2025", TODAY)
    previous = parse_question("tank losses in may 2025", TODAY)
    reading = read_followup(fragment, previous, TODAY, earlier)
    assert reading is not None and reading.kind == FollowKind.compare, fragment
    assert reading.other is earlier and reading.in_time_order


@pytest.mark.parametrize(
    "fragment", ["is that the highest?", "biggest ever?", "a new high?", "record high?",
                 "was it the worst month?"],
)  # fmt: skip
def test_more_record_forms(fragment: str) -> None:
    reading = _followed(parse_question("tank losses in may 2025", TODAY), fragment,
                        FollowKind.record)  # fmt: skip
    assert reading.query.figure == Figure.record


@pytest.mark.parametrize(
    ("fragment", "start", "end"),
    [("and the one before?", D(2025, 4, 1), D(2025, 4, 30)),
     ("and before that?", D(2025, 4, 1), D(2025, 4, 30)),
     ("the previous one", D(2025, 4, 1), D(2025, 4, 30)),
     ("and the one after", D(2025, 6, 1), D(2025, 6, 30)),
     ("the next one?", D(2025, 6, 1), D(2025, 6, 30))],
)  # fmt: skip
def test_the_one_before_is_one_period_back(fragment: str, start: dt.date, end: dt.date) -> None:
    reading = _followed(parse_question("tank losses in may 2025", TODAY), fragment)
    assert (reading.query.period_start, reading.query.period_end) == (start, end)


@pytest.mark.parametrize(
    ("previous", "fragment", "start", "end"),
    [("drones in q3 2025", "and the previous quarter?", D(2025, 4, 1), D(2025, 6, 30)),
     ("drones in q3 2025", "the next quarter", D(2025, 10, 1), D(2025, 12, 31)),
     ("drones in q3 2025", "same quarter a year earlier", D(2024, 7, 1), D(2024, 9, 30)),
     ("drones in may 2025", "and the quarter before?", D(2025, 1, 1), D(2025, 3, 31)),
     ("drones in q1 2025", "what about the quarter after", D(2025, 4, 1), D(2025, 6, 30))],
)  # fmt: skip
def test_a_quarter_before_or_after(
    previous: str, fragment: str, start: dt.date, end: dt.date
) -> None:
    reading = _followed(parse_question(previous, TODAY), fragment)
    assert (reading.query.period_start, reading.query.period_end) == (start, end)


@pytest.mark.parametrize(
    "fragment", ["daily rate?", "how much is that a day", "what's that per week?",
                 "and the weekly pace"],
)  # fmt: skip
def test_more_average_forms(fragment: str, store: ClaimStore) -> None:
    chat = Conversation()
    chat.ask("russian losses in 2024", store, today=TODAY)
    averaged = chat.ask(fragment, store, today=TODAY)
    assert averaged.answered and "average" in averaged.text.lower(), averaged.text


@pytest.mark.parametrize(
    "fragment", ["how many were killed", "and how many got wounded?", "how many died?"]
)
def test_how_many_were_killed_is_a_kind_of_the_same(fragment: str) -> None:
    reading = _followed(parse_question("russian losses in may 2025", TODAY), fragment)
    assert reading.query.period_start == D(2025, 5, 1)
    assert reading.query.personnel_kind in (PersonnelKind.killed, PersonnelKind.wounded)


def test_a_record_is_only_measured_against_its_own_unit(store: ClaimStore) -> None:
    """A week's total is measured against the record week, never the record day; a quarter has
    no record unit, so no yes or no is given."""
    chat = Conversation()
    chat.ask("russian losses 3-9 march 2025", store, today=TODAY)
    week = chat.ask("was that the worst ever?", store, today=TODAY)
    assert week.query is not None and week.query.prefer_kind == PeriodKind.week
    assert week.text.splitlines()[1].startswith("No: the highest weekly figure"), week.text
    chat.ask("tank losses in q1 2025", store, today=TODAY)
    quarter = chat.ask("a new high?", store, today=TODAY)
    assert not any(line.startswith(("Yes", "No")) for line in quarter.text.splitlines()[:3])


# -- the same forms typed in Ukrainian and Russian (read through the Cyrillic word rows) ----------


@pytest.mark.parametrize(
    ("fragment", "metric", "month"),
    [("ні, я мала на увазі дрони", Metric.drones, 5),
     ("нет, я имел в виду дроны", Metric.drones, 5),
     ("вибач, танки", Metric.tanks, 5), ("не березень, а квітень", Metric.artillery, 4),
     ("не март, а апрель", Metric.artillery, 4), ("извините, я про танки", Metric.tanks, 5)],
)  # fmt: skip
def test_corrections_in_ukrainian_and_russian(fragment: str, metric: Metric, month: int) -> None:
    reading = _followed(parse_question("artillery losses in may 2025", TODAY), fragment)
    assert reading.query.metrics == [metric]
    assert reading.query.period_start == D(2025, month, 1)


@pytest.mark.parametrize(
    "fragment", ["нет, только убитые", "ні, лише вбиті", "ні, я мав на увазі вбитих"]
)
def test_killed_only_in_ukrainian_and_russian(fragment: str) -> None:
    reading = _followed(parse_question("russian losses in may 2025", TODAY), fragment)
    assert reading.query.personnel_kind == PersonnelKind.killed
    assert reading.query.period_start == D(2025, 5, 1)


@pytest.mark.parametrize(
    "fragment", ["а у відсотках?", "насколько больше?", "и на сколько процентов?",
                 "на скільки більше?", "в процентах?"],
)  # fmt: skip
def test_the_change_in_ukrainian_and_russian(fragment: str) -> None:
    earlier = parse_question("tank losses in april 2025", TODAY)
    previous = parse_question("tank losses in may 2025", TODAY)
    reading = read_followup(fragment, previous, TODAY, earlier)
    assert reading is not None and reading.kind == FollowKind.compare, fragment
    assert reading.other is earlier


@pytest.mark.parametrize("fragment", ["це рекорд?", "это рекорд?", "це був рекорд?",
                                      "это был рекорд?", "это максимум?"])  # fmt: skip
def test_is_that_a_record_in_ukrainian_and_russian(fragment: str) -> None:
    reading = _followed(parse_question("tank losses in may 2025", TODAY), fragment,
                        FollowKind.record)  # fmt: skip
    assert reading.query.figure == Figure.record


@pytest.mark.parametrize(
    ("previous", "fragment", "start", "end"),
    [("mlrs in march 2025", "and the quarter?", D(2025, 1, 1), D(2025, 3, 31)),
     ("mlrs in march 2025", "the whole quarter", D(2025, 1, 1), D(2025, 3, 31)),
     ("tanks on 12 march 2025", "and that month?", D(2025, 3, 1), D(2025, 3, 31)),
     ("tanks on 12 march 2025", "what about the year", D(2025, 1, 1), D(2025, 12, 31)),
     ("tanks in august 2025", "for the quarter as a whole", D(2025, 7, 1), D(2025, 9, 30))],
)  # fmt: skip
def test_the_unit_holding_it_named_alone(
    previous: str, fragment: str, start: dt.date, end: dt.date
) -> None:
    reading = _followed(parse_question(previous, TODAY), fragment)
    assert (reading.query.period_start, reading.query.period_end) == (start, end)


def test_is_that_a_record_after_a_comparison_measures_the_last_question(
    store: ClaimStore,
) -> None:
    chat = Conversation()
    chat.ask("tanks lost in june 2025", store, today=TODAY)
    chat.ask("no, I meant july", store, today=TODAY)
    chat.ask("by how much?", store, today=TODAY)
    record = chat.ask("is that a record?", store, today=TODAY)
    assert record.text.splitlines()[1].startswith("No: the highest monthly figure"), record.text
    assert "was 85." in record.text.splitlines()[1], record.text


def test_that_year_after_a_record_day_is_the_record_of_the_year() -> None:
    reading = _followed(
        parse_question("worst day of march 2025 for tanks", TODAY), "and that year?"
    )
    assert reading.query.figure == Figure.record
    assert (reading.query.period_start, reading.query.period_end) == (
        D(2025, 1, 1),
        D(2025, 12, 31),
    )


# -- any claimant: the named claimant dropped ------------------------------------------------


@pytest.mark.parametrize(
    "fragment",
    ["ok, any source then", "whoever has a figure", "from anyone?", "forget the UK",
     "doesn't matter who", "any figure at all then", "never mind the brits, anyone"],
)  # fmt: skip
def test_any_source_drops_the_claimant(fragment: str) -> None:
    reading = _followed(parse_question("UK MoD estimate of Russian losses in 2024?", TODAY),
                        fragment)  # fmt: skip
    query = reading.query
    assert (query.claimant, query.claimants, query.claimant_side) == (None, [], None), query
    assert query.period_start == D(2024, 1, 1)


@pytest.mark.parametrize(
    ("fragment", "side"),
    [("what do the russians say", "russia"), ("and what do the ukrainians claim?", "ukraine"),
     ("what does russia say then", "russia"), ("the russian side's claim?", "russia"),
     ("and the ukrainian figure?", "ukraine")],
)  # fmt: skip
def test_what_a_side_says_is_its_officials(fragment: str, side: str) -> None:
    reading = _followed(parse_question("UK MoD estimate of Russian losses in 2024?", TODAY),
                        fragment)  # fmt: skip
    assert reading.query.claimant_side == side, reading.query
    assert reading.query.subject == Subject.russia


# -- the last N days, the last month "you have": the data's own last days --------------------


@pytest.mark.parametrize(
    ("fragment", "start", "end"),
    [("the last month you have then", D(2026, 7, 1), D(2026, 7, 31)),
     ("your latest week?", D(2026, 7, 27), D(2026, 8, 2)),
     ("ok what about the last 30 days you have", D(2026, 7, 9), D(2026, 8, 7)),
     ("the most recent 7 days in your data", D(2026, 8, 1), D(2026, 8, 7)),
     ("last 10 days of your data?", D(2026, 7, 29), D(2026, 8, 7))],
)  # fmt: skip
def test_the_last_days_you_have_are_the_datas_last_days(
    fragment: str, start: dt.date, end: dt.date
) -> None:
    before = parse_question("russian losses in the last 30 days", TODAY)
    reading = read_followup(fragment, before, TODAY, coverage=D(2026, 8, 8))
    assert reading is not None, fragment
    assert (reading.query.period_start, reading.query.period_end) == (start, end)


def test_the_console_chat_answers_several_questions_in_order(store: ClaimStore) -> None:
    out = io.StringIO()
    typed = "tanks in 2024? and in 2023?\nby how much?\n/quit\n"
    run_chat(store, Settings(), stdin=io.StringIO(typed), stdout=out, today=TODAY)
    text = out.getvalue()
    assert text.index("» tanks in 2024?") < text.index("3,689") < text.index("» and in 2023?")
    assert text.index("» and in 2023?") < text.index("2,952") < text.index("+737"), text
