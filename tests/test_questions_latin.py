"""Ukrainian and Russian questions typed in Latin letters (wave 6, issue 15): the passport
scheme ("skilky", "kh", "ts"), chat habits ("skolko", "h" for г and х, "ja") and latynka's
letters ("š", "č", "ľ") are read as the Cyrillic words they stand for, the answer says first
how the letters were read, and English (or Polish) questions are never read so.

Every phrasing was written for these tests, not taken from a blind set.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from knowledge import answer
from knowledge.questions.cyrillic import from_latin, latin_key
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)

NOV = "листопад 2024"
# (typed in Latin letters, read as)
UKRAINIAN: list[tuple[str, str]] = [
    ("skilky tankiv vtratyla rosiya za lystopad 2024", "скільки танків втратила росія за " + NOV),
    ("Skil'ky okupantiv znyshcheno v zhovtni 2024?", "скільки окупантів знищено в жовтні 2024?"),
    ("vtraty voroha za berezen 2025", "втрати ворога за березень 2025"),
    ("skilki litakiv zbyly z pochatku viyny", "скільки літаків збили з початку війни"),
    ("Skiľky tankiv vtratyla rosija za lystopad 2024", "скільки танків втратила росія за " + NOV),
    ("vtraty rf u kvitni 2025 za danymy henshtabu", "втрати рф у квітні 2025 за даними генштабу"),
]  # fmt: skip
RUSSIAN: list[tuple[str, str]] = [
    ("skolko tankov poteryala rossiya v 2024", "сколько танков потеряла россия в 2024"),
    ("poteri rossii v noyabre 2024", "потери россии в ноябре 2024"),
    ("skolko rossiyskikh soldat pogiblo v 2024?", "сколько российских солдат погибло в 2024?"),
    ("poteri vsu po dannym minoborony rf v 2024", "потери всу по данным минобороны рф в 2024"),
    ("skolko samoletov sbili s nachala voyny", "сколько самолетов сбили с начала войны"),
]  # fmt: skip


@pytest.mark.parametrize(("typed", "read"), UKRAINIAN + RUSSIAN)
def test_latin_letters_are_read_as_cyrillic(typed: str, read: str) -> None:
    assert from_latin(typed) == read


def test_one_key_for_every_scheme() -> None:
    keys = {latin_key(w) for w in ("rosiyi", "rossii", "rosiji", "rosii")}
    assert len(keys) == 1
    assert latin_key("shchodenni") == latin_key("ščodenni") == latin_key("schodenni")
    assert latin_key("khersoni") != latin_key("kursoni")


# English, Polish and names alone are never read as Latin-typed Ukrainian or Russian.
NOT_LATIN = [
    "how many tanks did russia lose in november 2024",
    "russian losses on 9 may 2024 victory day",
    "drone losses Q1 2025",
    "what did the kremlin say about its losses in spring 2022",
    "what does Ukrainska Pravda say about russian losses in 2024",
    "Ukrainska Pravda",
    "vs",
    "скільки танків втратила росія",
]


@pytest.mark.parametrize("text", NOT_LATIN)
def test_other_text_is_left_alone(text: str) -> None:
    assert from_latin(text) is None


@pytest.fixture(scope="module")
def seeds_store(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    opened = ClaimStore(series_kb[1])
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("typed", "lang", "lead"),
    [
        ("skilky tankiv vtratyla rosiya za lystopad 2024", "uk", "латинські літери"),
        ("poteri rossii v noyabre 2024", "ru", "латинские буквы"),
        ("vtraty voroha za lystopad 2024", "uk", "латинські літери"),
        ("skolko tankov poteryala rossiya v noyabre 2024", "ru", "латинские буквы"),
        ("vtraty rf za lystopad 2024", "uk", "латинські літери"),
    ],
)
def test_a_latin_question_is_answered_saying_how_it_was_read(
    seeds_store: ClaimStore, typed: str, lang: str, lead: str
) -> None:
    result = answer(typed, seeds_store, today=TODAY)
    assert result.question == typed
    assert result.language == lang
    first = result.text.split("\n")[0]
    assert lead in first and "«" in first
    assert result.answered
    assert result.query is not None
    assert [u.text for u in result.query.unread if u.constrains] == []


def test_polish_is_still_refused(seeds_store: ClaimStore) -> None:
    result = answer("Ile czołgów straciła Rosja w listopadzie 2024?", seeds_store, today=TODAY)
    assert not result.answered
    assert "латинськ" not in result.text and "латинск" not in result.text
