"""The wording tables (issue 15): every English phrase has a Ukrainian and a Russian row with
the same blanks, so a phrase added in English without them fails here instead of reaching a
Ukrainian or Russian reader in English."""

from __future__ import annotations

import ast
import datetime as dt
import re
import string
from collections.abc import Iterable
from pathlib import Path

import pytest

from knowledge import parse_question, wording
from knowledge import wording_locale as loc
from knowledge.models import Metric, PeriodKind
from tests.conftest import ROOT

_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# Names kept as they are in every language (acronyms and brands in the rows themselves).
# "auto": /lang's argument
_KEPT = {"ISW", "CSIS", "Oryx", "CSV", "ISO", "GCHQ", "UALosses", "auto"}


def _blanks(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_every_english_phrase_has_a_row_with_the_same_blanks(lang: str) -> None:
    rows = loc.PHRASES[lang]
    missing = sorted(set(wording.PHRASES) - set(rows))
    assert not missing, f"no {lang} row for {missing}"
    extra = sorted(set(rows) - set(wording.PHRASES))
    assert not extra, f"{lang} rows with no English phrase: {extra}"
    wrong = {
        k: _blanks(rows[k]) ^ _blanks(t)
        for k, t in wording.PHRASES.items()
        if _blanks(rows[k]) != _blanks(t)
    }
    assert not wrong, f"{lang} rows whose blanks differ from the English: {wrong}"


def english_words(text: str, names: Iterable[str] = ()) -> set[str]:
    """Latin-script words of `text` outside what stays as written in every language: web
    addresses, /commands, quotations (a source's own sentence, an article's title), blanks,
    and the given proper `names` (outlets, article titles)."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    text = re.sub(r"<[^<>]*>|https?://\S+|/\w+|@\w+|\{\w+\}|\b\w+/\w+\b", " ", text)
    text = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", text)
    return set(_LATIN_WORD.findall(text)) - _KEPT


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_rows_are_written_in_their_language(lang: str) -> None:
    latin = {k: w for k, row in loc.PHRASES[lang].items() if (w := english_words(row))}
    assert not latin, f"English words in {lang} rows: {latin}"


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_every_metric_and_claimant_has_a_name(lang: str) -> None:
    from knowledge.lexicon.claimants import CLAIMANT_BY_NAME, UNATTRIBUTED

    assert set(loc.METRIC_NAMES[lang]) == set(Metric)
    assert set(CLAIMANT_BY_NAME) | {UNATTRIBUTED} <= set(loc.CLAIMANT_NAMES[lang])


def test_say_uses_the_language_set_around_it() -> None:
    with wording.in_language("uk"):
        assert wording.number(45720) == "45\xa0720"
        assert wording.day_text(dt.date(2024, 12, 3)) == "3 грудня 2024\xa0р."
        assert (
            wording.period_words(PeriodKind.month, dt.date(2024, 11, 1), dt.date(2024, 11, 30))
            == "за листопад 2024\xa0р."
        )
    with wording.in_language("ru"):
        assert (
            wording.period_words(PeriodKind.week, dt.date(2024, 2, 3), dt.date(2024, 2, 9))
            == "с 3 по 9 февраля 2024\xa0г."
        )
    assert wording.number(45720) == "45,720"
    assert wording.language() == "en"


def test_a_language_without_rows_is_english() -> None:
    with wording.in_language("de"):
        assert wording.say("chat.hello") == "Hello!"


# -- no phrase outside the tables -----------------------------------------------------------------

_ANSWERING = sorted((ROOT / "knowledge" / "answering").glob("*.py"))
_SENTENCE = re.compile(r"[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}")
# Calls whose string arguments are not shown to a reader (patterns, logs) or are table keys.
_NOT_SHOWN = {"compile", "search", "match", "sub", "fullmatch", "findall", "warning", "info",
              "debug", "error", "exception", "say"}  # fmt: skip


def english_literals(source: str) -> list[tuple[int, str]]:
    """String literals of `source` that read as English words (three in a row), outside
    docstrings, regular expressions, log calls and `say` keys."""
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skip.add(id(body[0].value))  # a docstring
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name in _NOT_SHOWN:
                skip.update(id(n) for n in ast.walk(node))
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.JoinedStr):  # an f-string: its words around the blanks
            skip.update(id(n) for n in node.values)
            parts = (str(v.value) if isinstance(v, ast.Constant) else "NN" for v in node.values)
            text = "".join(parts)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        else:
            continue
        if _SENTENCE.search(str(text)):
            found.append((node.lineno, str(text)))
    return found


def test_the_scan_finds_a_phrase_written_in_place() -> None:
    source = 'def f(n: int) -> str:\n    """Doc string."""\n    return f"I have {n} tanks."\n'
    assert [line for line, _ in english_literals(source)] == [3]
    assert english_literals('import re\nP = re.compile(r"in the last week")\n') == []


# Modules merged from the wave-3 branches (disc, cmp, src) after the tables were built: their
# new phrases are still written in place (English in a Ukrainian or Russian answer). Strict:
# once a module says everything through the tables, take it off this list.
_NOT_YET_IN_TABLES: set[str] = set()


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(
            p,
            marks=pytest.mark.xfail(strict=True, reason="phrases still written in place"),
        )
        if p.name in _NOT_YET_IN_TABLES
        else p
        for p in _ANSWERING
    ],
    ids=lambda p: p.name,
)
def test_answering_says_every_phrase_through_the_tables(path: Path) -> None:
    """An English sentence written in place in the answering code would reach a Ukrainian or
    Russian reader in English: put it in wording.PHRASES with its uk and ru rows."""
    found = english_literals(path.read_text(encoding="utf-8"))
    assert not found, f"{path.name}: phrases outside wording.PHRASES: {found}"


@pytest.mark.parametrize(
    "question",
    ["Russian losses on 03.12.2024", "Russian losses on Monday 7 June 2024",
     "Russian losses in week 48 of 2024"],
)  # fmt: skip
@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_the_date_notes_of_the_date_grammar_are_said_in_every_language(
    question: str, lang: str
) -> None:
    """knowledge/dates.py spells its notes in English (it sits below the wording): each one
    matches an English row here, so an answer says it in the asker's language."""
    notes = parse_question(question, dt.date(2026, 11, 30)).date_notes
    assert notes, question
    with wording.in_language(lang):
        said = [wording.date_note(n) for n in notes]
    assert all(not english_words(s) for s in said), said


@pytest.mark.parametrize("lang", ["uk", "ru"])
def test_noun_rows_have_one_few_and_many(lang: str) -> None:
    for key in (k for k in wording.PHRASES if k.startswith("noun.")):
        assert len(wording.PHRASES[key].split("|")) == 2, key
        assert len(loc.PHRASES[lang][key].split("|")) == 3, (lang, key)


def test_a_noun_agrees_with_its_count() -> None:
    assert [wording.counted(n, "noun.articles_from") for n in (1, 5)] == ["article", "articles"]
    with wording.in_language("uk"):
        words = [wording.counted(n, "noun.articles_from") for n in (1, 2, 5, 21)]
        assert words == ["статті", "статей", "статей", "статті"]
    with wording.in_language("ru"):
        assert [wording.counted(n, "noun.days_skipped") for n in (1, 3, 11)] == [
            "день",
            "дня",
            "дней",
        ]
