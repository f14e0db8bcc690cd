"""Every word of a question is read or reported (issue 12, requirement 1): `Query.unread`, its
kinds, and the first line of the answer that names what could not be used."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import answer, open_or_build, parse_question
from knowledge.models import Metric
from knowledge.questions.parse import normalise
from knowledge.questions.unread import normalise_tracked
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _unread(text: str) -> list[tuple[str, str, bool]]:
    return [(u.text, u.kind, u.constrains) for u in parse_question(text, TODAY).unread]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian losses in Avdiivka", [("Avdiivka", "place", True)]),
        ("how many russians died in bakhmut??", [("bakhmut", "place", True)]),
        ("russian losses on the Lyman front", [("Lyman front", "place", True)]),
        ("losses in Zolote Oblast", [("Zolote Oblast", "place", True)]),
        ("losses of the 20th Guards Motor Rifle Division",
         [("20th Guards Motor Rifle Division", "unit", True)]),
        ("155th marine brigade casualties", [("155th marine brigade", "unit", True)]),
        ("how many T-90 tanks has russia lost", [("T-90", "model", True)]),
        ("russian losses per 100 km of front in 2025", [("per 100 km of front", "rate", True)]),
        ("cost of russian equipment losses in dollars",
         [("cost", "money", True), ("dollars", "money", True)]),
        ("russian casualties during the Kharkiv counteroffensive",
         [("during the Kharkiv counteroffensive", "period", True)]),
        ("how many soldiers has gerasimov lost",
         [("gerasimov", "name", True)]),
        ("how many russians were lost taking hill 223", [("taking hill 223", "number", True)]),
        # "before 2023" is read (the running total to 31 December 2022); an event is not
        ("russian losses after the thaw of 2023", [("after the thaw", "period", True)]),
        ("russian losses near Zhovtneve", [("Zhovtneve", "place", True)]),
        ("russian losses bei Awdijiwka", [("bei Awdijiwka", "name", True)]),
        ("russian losses під Авдіївкою", [("Авдіївкою", "place", True)]),
        ("russian losses біля Зайцевого", [("Зайцевого", "name", True)]),
        ("russian losses near Ζάκυνθος", [("Ζάκυνθος", "script", True)]),
        ("do 32 tanks on 5 May check out?", [("32", "figure", False)]),
        ("are 12 russian helicopters in march 2023 right", [("12", "figure", False)]),
        ("losses of 3 brigades in 2024", [("3", "number", True), ("brigades", "unit", True)]),
        ("why does 2 march 2022 show 3,160 russian losses?", [("3,160", "figure", False)]),
        ("does the data confirm 45,720 russian losses in november 2024",
         [("45,720", "figure", False)]),
        ("How many tanks did Russia lose in 3 days?", [("3 days", "duration", False)]),
        ("Russian tanks lost per Example Wire", [("Example Wire", "source", False)]),
    ],
)  # fmt: skip
def test_unread_spans_and_their_kinds(text: str, expected: list[tuple[str, str, bool]]) -> None:
    assert _unread(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "How many Russian soldiers were lost in November 2024?",
        "russian tank losses yesterday",
        "what is the total number of russian troops killed so far?",
        "How many tanks has Russia lost since the start of the war?",
        "russian losses in the first fortnight of may 2025",
        "What did the Kremlin say about its losses in 2022?",
        "Russian losses on Friday 7 June 2024",
        "deadliest day for russian troops",
        "daily russian losses in march 2024",
        "Ukrainian losses according to Russia",
    ],
)
def test_questions_read_in_full_have_nothing_constraining_unread(text: str) -> None:
    assert [u for u in parse_question(text, TODAY).unread if u.constrains] == []


def test_unread_spans_are_in_question_order_with_offsets_into_the_question() -> None:
    text = "How many  pskov paratroopers were lost at Vuhledar?"
    spans = parse_question(text, TODAY).unread
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_model_names_its_kind_of_loss() -> None:
    assert parse_question("su-34 losses", TODAY).metrics == [Metric.aircraft]


def test_tracked_normalisation_is_the_normalisation() -> None:
    for text in ("  Russia’s “losses” — in   ÅNOVEMBER ", "İstanbul 2024", ""):
        norm, origin = normalise_tracked(text)
        assert norm == normalise(text)
        assert len(origin) == len(norm)


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> ClaimStore:
    return open_or_build(tmp_path_factory.mktemp("unread-kb") / "knowledge.db", SEEDS)


def test_a_place_is_named_first_and_no_figure_answers_it(seeds_store: ClaimStore) -> None:
    result = answer("Russian losses in Avdiivka", seeds_store, today=TODAY)
    first = result.text.splitlines()[0]
    assert first == "I could not use 'Avdiivka': my figures are not broken down by place."
    assert not result.answered
    assert result.claims == []
    assert result.suggestions[0] == "Russian losses"


def test_an_unanchored_duration_is_said_but_the_answer_stays(seeds_store: ClaimStore) -> None:
    result = answer("How many tanks did Russia lose in 3 days?", seeds_store, today=TODAY)
    assert result.text.startswith("I could not tell which 3 days you mean")
    assert result.answered and result.claims


def test_date_conventions_are_said_first(seeds_store: ClaimStore) -> None:
    result = answer("Russian personnel losses in week 48 of 2024", seeds_store, today=TODAY)
    assert result.text.startswith("I read week 48 of 2024 as ISO week 48")
    assert result.answered


def test_unread_is_in_the_answer_json(seeds_store: ClaimStore) -> None:
    data = answer("losses in kursk", seeds_store, today=TODAY).model_dump(mode="json")
    assert data["query"]["unread"] == [
        {"text": "kursk", "start": 10, "end": 15, "kind": "place", "constrains": True}
    ]


@pytest.mark.parametrize("question", ["tanks on 31 February 2024", "losses on 30 feb 2023"])
def test_an_impossible_date_is_refused_once_not_also_reported_unread(
    question: str, seeds_store: ClaimStore
) -> None:
    """The refusal says the date is not on the calendar; its day was read, not unread."""
    result = answer(question, seeds_store, today=TODAY)
    assert "not a date on the calendar" in result.text
    assert "I could not use" not in result.text
