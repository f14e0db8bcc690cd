"""Ukrainian writes a word's first у or в by the sound before it ("вбитих" after a vowel's
absence, "убитих" after a consonant; "всіх", "усіх"): a question's word read under the other
letter when the tables have only that one (wave 10; the killed-and-wounded follow-up of the
eighth round was read as the wounded alone). Phrasings written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.models import PersonnelKind
from knowledge.questions.parse import parse_question

TODAY = dt.date(2026, 11, 30)

KINDS: list[tuple[str, PersonnelKind]] = [
    ("убитих та поранених окупантів за 2024 рік", PersonnelKind.casualties),
    ("а разом убитих і поранених?", PersonnelKind.casualties),
    ("скільки поранених і убитих росіян у 2025", PersonnelKind.casualties),
    ("убитих і поранених за листопад 2024 скільки", PersonnelKind.casualties),
    ("скільки убитих росіян у березні 2025", PersonnelKind.killed),
    ("убито окупантів у березні 2025", PersonnelKind.killed),
    ("скільки було убито загарбників за тиждень", PersonnelKind.killed),
    ("кількість убитих у серпні 2025", PersonnelKind.killed),
]


@pytest.mark.parametrize(("question", "kind"), KINDS)
def test_a_word_with_the_other_first_letter_is_read(question: str, kind: PersonnelKind) -> None:
    assert parse_question(question, TODAY).personnel_kind == kind


def test_every_word_reads_the_same_with_either_letter() -> None:
    one = parse_question("усіх втрат за 2024 рік", TODAY)
    other = parse_question("всіх втрат за 2024 рік", TODAY)
    assert (one.metrics, one.period_start, one.period_end, one.unread) == (
        other.metrics, other.period_start, other.period_end, other.unread
    )  # fmt: skip
