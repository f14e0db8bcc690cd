""" "позаминулого літа", "позапрошлой зимой": the season before last, read as the English date
grammar's "the summer before last" (wave 10; it was read as last summer, a year late, in two
rounds' wording). Phrasings written for this test."""

from __future__ import annotations

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
