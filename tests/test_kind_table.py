"""The one table of the words for kinds of personnel loss (knowledge/lexicon/kinds.py): read by
the English and the Ukrainian/Russian article extractors and by the question parser, so a word
added to a kind reaches both sides, and no word names two kinds.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from knowledge import extract_claims, load_source, parse_question
from knowledge.extract import claims as english_claims
from knowledge.lexicon import cyrillic_sources
from knowledge.lexicon.cyrillic import forms
from knowledge.lexicon.kinds import (
    ARTICLE_KIND_WORDS,
    CYRILLIC_KIND_STEMS,
    KIND_LEMMAS,
    KINDS,
    QUESTION_KIND_WORDS,
    KindRow,
)
from knowledge.models import PersonnelKind
from knowledge.questions import parse

TODAY = dt.date(2026, 11, 30)


def test_both_sides_read_the_one_table() -> None:
    assert english_claims._KIND_WORDS is ARTICLE_KIND_WORDS
    assert parse._KIND_WORDS is QUESTION_KIND_WORDS
    assert cyrillic_sources.KIND_ROWS is CYRILLIC_KIND_STEMS


def test_no_word_names_two_kinds() -> None:
    seen: dict[str, PersonnelKind] = {}
    for row in KINDS:
        for word in (*row.english, *row.question_only, *row.uk, *row.ru):
            assert seen.setdefault(word, row.kind) == row.kind, word


@pytest.mark.parametrize("row", KINDS, ids=[r.name for r in KINDS])
def test_a_row_is_read_on_both_sides(row: KindRow) -> None:
    # in an article, each English word is read as its own row's kind (the first that matches)
    first = {
        w: next(k for p, k in ARTICLE_KIND_WORDS if p.search(f"1,200 {w} in the week"))
        for w in row.english
    }
    assert set(first.values()) == {row.kind}, first
    if row.kind != PersonnelKind.unspecified:  # the missing are refused, not a kind asked
        for word in (*row.english, *row.question_only):
            assert QUESTION_KIND_WORDS[word] == row.kind
    for lang, lemmas in (("uk", row.uk), ("ru", row.ru)):
        for lemma in lemmas:
            assert KIND_LEMMAS[lang][lemma] == row.name
            assert forms(lang).get(lemma) == row.name, (lang, lemma)


def test_the_cyrillic_article_rows_keep_their_order() -> None:
    order = [kind for _, kind in CYRILLIC_KIND_STEMS]
    assert order == [
        PersonnelKind.unspecified, PersonnelKind.casualties, PersonnelKind.killed,
        PersonnelKind.wounded, PersonnelKind.captured,
    ]  # fmt: skip
    for stems, _ in CYRILLIC_KIND_STEMS:
        re.compile(stems)


# One sentence per kind in each language, read by the extractor and the same words asked.
ARTICLES = [
    ("en", "Ukraine's General Staff said 1,200 Russian soldiers were killed on 3 March 2024.",
     "killed"),
    ("en", "Ukraine's General Staff said 1,200 Russian soldiers were wounded on 3 March 2024.",
     "wounded"),
    ("en", "Ukraine's General Staff said Russia lost 1,200 troops killed and wounded on 3 "
     "March 2024.", "casualties"),
    ("en", "Ukraine's General Staff said 1,200 Russian soldiers were captured on 3 March 2024.",
     "captured"),
    ("uk", "3 березня 2024 року загинули 1200 російських військових, пише розвідка.",
     "killed"),
    ("ru", "3 марта 2024 года ранены 1200 российских военных, сообщил Генштаб ВСУ.",
     "wounded"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "kind"), ARTICLES)
def test_an_article_sentence_is_read_with_its_kind(
    tmp_path: Path, lang: str, text: str, kind: str
) -> None:
    path = tmp_path / f"a_{lang}.md"
    path.write_text(f"# Losses\n\nPublished: 2024-03-04\n\n{text}\n", encoding="utf-8")
    claims = extract_claims(load_source(path))
    personnel = [c for c in claims if c.metric.value == "personnel" and c.value == 1200]
    assert [c.personnel_kind.value for c in personnel if c.personnel_kind] == [kind]


QUESTIONS = [
    ("how many russian soldiers were killed in 2024", "killed"),
    ("how many russian soldiers were wounded in 2024", "wounded"),
    ("russian casualties in 2024", "casualties"),
    ("how many russian soldiers were captured in 2024", "captured"),
    ("russian losses in 2024 including the wounded", "casualties"),
    ("how many russians died in 2024 together with the wounded", "casualties"),
    ("скільки росіян загинуло у 2024", "killed"),
    ("скільки росіян поранено у 2024", "wounded"),
    ("скільки полонених росіян у 2024", "captured"),
    ("сколько россиян погибло в 2024", "killed"),
    ("сколько раненых россиян в 2024", "wounded"),
    ("сколько российских военных попали в плен в 2024", "captured"),
]


@pytest.mark.parametrize(("question", "kind"), QUESTIONS)
def test_a_question_is_read_with_its_kind(question: str, kind: str) -> None:
    query = parse_question(question, TODAY)
    assert query.personnel_kind is not None and query.personnel_kind.value == kind
