"""One unread mechanism for every language (issue 15 requirement 4, issue 12 requirement 1):
a Ukrainian, Russian or mixed question is read word by word; what could change the answer and
was not read is named first, in the asker's language; a refusal naming the languages read
comes only when nothing usable was read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from knowledge import answer, open_or_build
from knowledge.wording_locale import PHRASES

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return open_or_build(tmp_path_factory.mktemp("kb") / "knowledge.db", ROOT / "seeds")


@pytest.mark.parametrize(
    ("question", "word", "lang"),
    [
        ("Скільки росіян загинуло під Авдіївкою?", "Авдіївкою", "uk"),
        ("Сколько танков потеряла Россия под Угледаром?", "Угледаром", "ru"),
        ("втрати росії у листопаді 2024 серед мобілізованих", "мобілізованих", "uk"),
    ],
)  # fmt: skip
def test_an_unread_word_is_named_first_in_the_askers_language(
    store: Any, question: str, word: str, lang: str
) -> None:
    a = answer(question, store, today=TODAY)
    first = a.text.splitlines()[0]
    lead = PHRASES[lang]["unread.could_not_use"].split("{")[0].strip()  # the table's own words
    assert first.startswith(lead) and f"«{word}»" in first
    assert not a.answered and a.claims == []
    assert a.query is not None and any(u.text == word and u.constrains for u in a.query.unread)


def test_words_read_are_used_when_one_is_not(store: Any) -> None:
    a = answer("втрати росії в Бахмуті у травні 2023", store, today=TODAY)
    assert a.query is not None
    assert (a.query.period_start, a.query.period_end) == (dt.date(2023, 5, 1), dt.date(2023, 5, 31))
    assert a.query.metrics == ["personnel"] and a.query.intent == "losses"


def test_nothing_usable_read_is_refused_naming_the_languages(store: Any) -> None:
    a = answer("Яка погода у Кракові?", store, today=TODAY)
    assert not a.answered and a.claims == []
    assert "«Кракові»" in a.text
    assert "англійською, українською та російською" in a.text


def test_a_mixed_question_is_answered_like_either(store: Any) -> None:
    a = answer("Russian tank losses у листопаді 2024", store, today=TODAY)
    assert a.answered and a.query is not None
    assert a.query.metrics == ["tanks"] and a.query.unread == []
    assert any(c.value == 307 for c in a.claims)


def test_a_small_count_before_a_metric_is_a_figure_to_check(store: Any) -> None:
    a = answer("do 32 tanks on 5 May 2024 check out?", store, today=TODAY)
    assert a.query is not None
    assert [(u.text, u.kind, u.constrains) for u in a.query.unread] == [("32", "figure", False)]
    assert not a.text.startswith("I could not use")
