"""Language detection rows (issue 15, requirement 4): script and telling letters."""

from __future__ import annotations

import pytest

from knowledge.lexicon.language import detect_language, reads


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("How many tanks did Russia lose in November 2024?", "en"),
        ("Скільки танків втратила росія?", "uk"),  # і
        ("Які втрати ворога?", "uk"),  # ї
        ("Сколько российских солдат погибло?", "ru"),  # no telling letter: common word
        ("Были ли потери выше?", "ru"),  # ы
        ("Ile czołgów straciła Rosja w listopadzie 2024?", "pl"),
        ("Wie viele Panzer hat Russland im Jahr 2023 verloren?", "de"),
        ("ロシアの損失は?", "other"),
        ("2024", "en"),
        ("Потери РФ 08.12.2023", "ru"),  # no telling letter or common word: the tables
        ("вертолеты 2023", "ru"),
    ],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_reads_only_english_ukrainian_russian() -> None:
    assert [c for c in ("en", "uk", "ru", "de", "pl", "other") if reads(c)] == ["en", "uk", "ru"]


@pytest.mark.parametrize(
    ("question", "chosen", "user_code", "want"),
    [
        ("tanks in 2024", "uk", None, "uk"),  # the chat's /lang choice first
        ("tanks in 2024", None, "uk", None),  # letters tell: the question's own language
        ("3.12.2024?", None, "ru-RU", "ru"),  # no letters: the user's Telegram language
        ("3.12.2024?", None, "de", None),  # a language not read is not chosen
    ],
)
def test_reply_language(
    question: str, chosen: str | None, user_code: str | None, want: str | None
) -> None:
    from knowledge.lexicon.language import reply_language

    assert reply_language(question, chosen, user_code) == want
