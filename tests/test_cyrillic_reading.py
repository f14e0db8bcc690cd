"""Ukrainian and Russian words read into the one parser's vocabulary (issue 15): the same
engine and the same unread rule as English questions."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import parse_question
from knowledge.lexicon.cyrillic import word_language
from knowledge.questions.cyrillic import english_words

TODAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("text", "lang", "english"),
    [
        ("Скільки російських танків знищено у листопаді 2024?", "uk",
         "how many russian tanks destroyed in november 2024?"),
        ("Сколько танков уничтожено с 1 по 30 ноября 2024 года?", "ru",
         "how many tanks destroyed from 1 to 30 november 2024?"),
        ("втрати росії в березні 2025-го", "uk", "losses russia in march 2025"),
        ("Скільки всього танків з початку повномасштабного вторгнення?", "uk",
         "how many total tanks since the start of the full-scale invasion?"),
        ("загальні втрати на 1 грудня 2024", "uk", "total losses as of 1 december 2024"),
        ("потери России к апрелю 2022", "ru", "losses russia by the start of april 2022"),
    ],
)  # fmt: skip
def test_inflected_forms_read_as_the_english_rows(text: str, lang: str, english: str) -> None:
    assert english_words(text, lang).replace(" ?", "?") == english
    assert [u.text for u in parse_question(text, TODAY).unread if u.constrains] == []


def test_an_unknown_word_is_named_as_typed_not_guessed() -> None:
    query = parse_question("Скільки росіян загинуло біля Зайцевого?", TODAY)
    assert [(u.text, u.kind, u.constrains) for u in query.unread] == [("Зайцевого", "name", True)]
    assert query.metrics == ["personnel"] and query.personnel_kind == "killed"


def test_an_unknown_lower_case_word_constrains() -> None:
    query = parse_question("скільки цивільних загинуло у 2024", TODAY)
    assert [(u.text, u.kind, u.constrains) for u in query.unread] == [
        ("цивільних", "unknown", True)
    ]


def test_a_place_is_read_as_a_place_in_any_case() -> None:
    for text, word in (("втрати росії під Авдіївкою", "Авдіївкою"),
                       ("потери России в Бахмуте", "Бахмуте")):  # fmt: skip
        assert [(u.text, u.kind) for u in parse_question(text, TODAY).unread] == [(word, "place")]


def test_mixed_question_reads_the_other_languages_forms() -> None:
    query = parse_question("скільки танков потеряла росія", TODAY)
    assert query.unread == [] and query.metrics == ["tanks"]


def test_a_typo_is_read_as_the_nearest_form_and_said() -> None:
    query = parse_question("скільки тнаків втратила росія у 2024", TODAY)
    assert query.metrics == ["tanks"]
    assert "read 'тнаків' as 'танків'" in query.notes


def test_word_language_from_the_tables() -> None:
    assert word_language("ноябре") == "ru"
    assert word_language("листопаді") == "uk"
