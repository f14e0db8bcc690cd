"""Ukrainian and Russian words read into the one parser's vocabulary (issue 15)."""

from __future__ import annotations

import pytest

from knowledge.lexicon.cyrillic import read_cyrillic, word_language


@pytest.mark.parametrize(
    ("text", "lang", "english"),
    [
        ("Скільки російських танків знищено у листопаді 2024?", "uk",
         "how many russian tanks destroyed in november 2024 ?"),
        ("Сколько танков уничтожено с 1 по 30 ноября 2024 года?", "ru",
         "how many tanks destroyed from 1 to 30 november 2024?"),
        ("втрати росії в березні 2025-го", "uk", "losses russia in march 2025"),
        ("Скільки всього танків з початку повномасштабного вторгнення?", "uk",
         "how many total tanks since the start of the full-scale invasion?"),
    ],
)  # fmt: skip
def test_inflected_forms_read_as_the_english_rows(text: str, lang: str, english: str) -> None:
    reading = read_cyrillic(text, lang)
    assert reading.unread == []
    assert reading.text.rstrip(" ?") == english.rstrip(" ?")


def test_an_unknown_word_is_kept_unread_not_guessed() -> None:
    reading = read_cyrillic("Скільки росіян загинуло під Авдіївкою?", "uk")
    assert reading.unread == ["Авдіївкою"]


def test_mixed_question_reads_the_other_languages_forms() -> None:
    assert read_cyrillic("скільки танков потеряла росія", "uk").unread == []


def test_word_language_from_the_tables() -> None:
    assert word_language("ноябре") == "ru"
    assert word_language("листопаді") == "uk"
