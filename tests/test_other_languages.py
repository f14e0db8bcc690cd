"""A question in a language the bot has no rows for is told from English, Ukrainian and
Russian by what it is not, whichever language it is (wave 10): Latin letters English does not
write beside no English word; Cyrillic letters neither Ukrainian nor Russian has (ў, ј, ә ...);
or Cyrillic words three in four of which neither language's tables have (Bulgarian). It is
refused naming the languages the bot reads, and its refusal's query keeps its month (CLDR
names in any case) and kind of loss (stems shared by most languages). Phrasings written for
this test (six blind writers each used another language: Czech, Lithuanian, Romanian,
Bulgarian, Belarusian)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.lexicon.foreign import foreign_as_english
from knowledge.lexicon.language import detect_language
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)

# question -> the English its month, year and kind of loss are read as
OTHER: list[tuple[str, str]] = [
    ("Quantos tanques a Rússia perdeu em novembro de 2024?", "tanks november 2024"),
    ("Koľko ruských tankov bolo zničených v októbri 2025?", "tanks october 2025"),
    ("Hány orosz katona halt meg 2025 márciusában?", "2025 march"),
    ("Cât de mari au fost pierderile rușilor în septembrie 2024?", "september 2024"),
    ("Cik krievu karavīru gāja bojā 2024. gada decembrī?", "2024 december"),
    ("Колико тенкова је Русија изгубила у јуну 2025?", "june 2025"),
    ("Колькі расійскіх салдат загінула ў красавіку 2025?", "soldiers april 2025"),
    ("Колко руски войници са загинали през юли 2025?", "july 2025"),
    ("Ресей қанша танк жоғалтты 2024 жылы?", "tanks 2024"),
    ("Kiek dronų numušta 2025 m. gegužę?", "drones 2025 may"),
]


@pytest.mark.parametrize(("question", "english"), OTHER)
def test_another_language_is_told_and_its_words_read(question: str, english: str) -> None:
    assert detect_language(question) == "other"
    assert foreign_as_english(question) == english


# Never taken for another language: English with an accented name, Ukrainian and Russian with
# words no table has (names, slang, typos).
NOT_OTHER: list[tuple[str, str]] = [
    ("how many tanks near Kramatorsk in the Café Odesa week?", "en"),
    ("did Russia lose more than 1,000 at Pokrovsk (Pokrôvsk) in 2025?", "en"),
    ("потери 1-го армейского корпуса в 2024", "ru"),
    ("Потери ЧВК Вагнер в 2023", "ru"),
    ("наземні роботизовані комплекси за червень 2026", "uk"),
    ("Сколько кораблей Черноморского флота потопили?", "ru"),
    ("скільки орків задвохсотили у травні", "uk"),
]


@pytest.mark.parametrize(("question", "lang"), NOT_OTHER)
def test_english_ukrainian_and_russian_stay_themselves(question: str, lang: str) -> None:
    assert detect_language(question) == lang


@pytest.fixture(scope="module")
def seeds_store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("question", "metric", "first", "last"),
    [
        ("Колькі танкаў страціла Расія ў кастрычніку 2024?", "tanks", dt.date(2024, 10, 1),
         dt.date(2024, 10, 31)),
        ("Quantos soldados russos morreram em março de 2025?", "personnel", dt.date(2025, 3, 1),
         dt.date(2025, 3, 31)),
    ],
)  # fmt: skip
def test_another_language_is_refused_naming_the_three(
    seeds_store: ClaimStore, question: str, metric: str, first: dt.date, last: dt.date
) -> None:
    result = answer(question, seeds_store, today=TODAY)
    assert not result.answered and result.claims == []
    assert "English, Ukrainian and Russian" in result.text
    assert result.query is not None
    assert [m.value for m in result.query.metrics] == [metric]
    assert (result.query.period_start, result.query.period_end) == (first, last)
