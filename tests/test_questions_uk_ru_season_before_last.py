""" "позаминулого літа", "позапрошлой зимой": the season before last, read as the English date
grammar's "the summer before last" (wave 10; it was read as last summer, a year late, in two
rounds' wording). Phrasings written for this test."""

from __future__ import annotations

import re

import pytest

from knowledge.questions.cyrillic import english_words

SEASONS: list[tuple[str, str, str]] = [
    ("uk", "позаминулого літа скільки танків", "the summer before last"),
    ("uk", "втрати росії позаминулої зими", "the winter before last"),
    ("uk", "позаминулої весни скільки окупантів", "the spring before last"),
    ("uk", "скільки дронів збили позаминулої осені", "the autumn before last"),
    ("uk", "взимку позаминулого року", "the year before last"),
    ("ru", "позапрошлым летом сколько артиллерии", "the summer before last"),
    ("ru", "потери позапрошлой зимой", "the winter before last"),
    ("ru", "позапрошлой осенью танки", "the autumn before last"),
    ("ru", "позапрошлой весной сколько оккупантов", "the spring before last"),
]


@pytest.mark.parametrize(("lang", "question", "english"), SEASONS)
def test_the_season_before_last_is_read_as_such(lang: str, question: str, english: str) -> None:
    assert english in english_words(question, lang)


# "в час", "на годину": an hour as an average's unit, read as the English grammar's "an hour"
# (reported unread by it today, never a day's average shown as an hour's).
PER_HOUR: list[tuple[str, str]] = [
    ("ru", "в час сколько в среднем в ноябре 2024"),
    ("ru", "сколько оккупантов в среднем в час за март 2025"),
    ("uk", "скільки окупантів на годину в середньому у липні 2025"),
    ("uk", "середні втрати на годину за 2024"),
]


@pytest.mark.parametrize(("lang", "question"), PER_HOUR)
def test_an_hour_is_read_as_the_unit(lang: str, question: str) -> None:
    assert re.search(r"\b(?:an|per) hour\b", english_words(question, lang))
