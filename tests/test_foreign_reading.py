"""A question in a language the bot does not read (issue 15, requirement 4) is refused, naming
the languages it reads; the refusal's query still says what the few words lexicon/foreign.py
has made of it: its period, kind of loss and side (wave 7). Phrasings written for this test."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.lexicon.foreign import foreign_as_english
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)
D = dt.date

# question -> (language, metric, first day, last day)
FOREIGN: list[tuple[str, str, str, dt.date, dt.date]] = [
    ("Wie viele Panzer hat Russland im März 2024 verloren?", "de", "tanks",
     D(2024, 3, 1), D(2024, 3, 31)),
    ("Wie hoch waren die russischen Verluste im Jahr 2023?", "de", "personnel",
     D(2023, 1, 1), D(2023, 12, 31)),
    ("Ile czołgów straciła Rosja w lipcu 2024?", "pl", "tanks", D(2024, 7, 1), D(2024, 7, 31)),
    ("Jakie były straty Rosji w 2023 roku?", "pl", "personnel", D(2023, 1, 1), D(2023, 12, 31)),
    ("Ilu rosyjskich żołnierzy zginęło w grudniu 2024?", "pl", "personnel",
     D(2024, 12, 1), D(2024, 12, 31)),
    ("Combien de chars russes ont été détruits en mai 2025 ?", "fr", "tanks",
     D(2025, 5, 1), D(2025, 5, 31)),
    ("¿Cuántos soldados rusos murieron en enero de 2025?", "es", "personnel",
     D(2025, 1, 1), D(2025, 1, 31)),
]  # fmt: skip


@pytest.fixture(scope="module")
def seeds_store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize(("question", "lang", "metric", "first", "last"), FOREIGN)
def test_a_foreign_question_is_refused_with_what_it_asks(
    seeds_store: ClaimStore, question: str, lang: str, metric: str, first: dt.date, last: dt.date
) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert not result.answered
    assert "English" in result.text and "українською" in result.text
    query = result.query
    assert query is not None
    assert query.language == lang
    assert [m.value for m in query.metrics] == [metric]
    assert (query.period_start, query.period_end) == (first, last)
    assert query.subject.value == "russia"
    assert result.claims == []


def test_words_no_row_has_are_left_out() -> None:
    assert foreign_as_english("Wetter im Juli 2025?") == "july 2025"
    assert foreign_as_english("Pogoda w marcu") == "march"


def test_a_foreign_question_about_nothing_reads_nothing(seeds_store: ClaimStore) -> None:
    result = answer("Wie ist das Wetter in Berlin?", seeds_store, today=TODAY)
    assert not result.answered
    assert result.query is not None
    assert result.query.metrics == []
    assert result.query.period_start is None


# Italian and more French and Spanish questions are told apart from English (two words each).
TOLD_APART = [
    ("Quanti soldati russi sono morti nel luglio 2025?", "it"),
    ("Quante perdite ha avuto la Russia nel marzo 2024?", "it"),
    ("Combien de soldats russes sont morts en juillet 2025 ?", "fr"),
    ("¿Cuántos tanques perdió Rusia en marzo de 2024?", "es"),
    ("Pérdidas de Rusia en enero de 2025", "es"),
]


@pytest.mark.parametrize(("question", "lang"), TOLD_APART)
def test_a_foreign_language_is_told(question: str, lang: str) -> None:
    from knowledge.lexicon.language import detect_language

    assert detect_language(question) == lang


ENGLISH = [
    "russian tanks lost in march 2024",
    "how many soldiers did russia lose in 2024?",
    "losses in the Donbas in mai 2024",
    "compare tanks and ifvs for 2024",
    "what did the Kremlin say in June 2025?",
]


@pytest.mark.parametrize("question", ENGLISH)
def test_english_stays_english(question: str) -> None:
    from knowledge.lexicon.language import detect_language

    assert detect_language(question) == "en"
