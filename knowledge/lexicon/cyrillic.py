"""Ukrainian and Russian questions read word by word into the English vocabulary that the
one question parser reads (issue 15): phrase rows first, then every inflected form from the
generated table knowledge/lexicon/inflections.json (scripts/build_inflections.py).

A Cyrillic word found in no row is kept aside as unread, never guessed: the caller refuses
to answer with a figure for something it did not read.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from knowledge.lexicon.cyrillic_rows import PHRASE_ROWS

INFLECTIONS = Path(__file__).with_name("inflections.json")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff'ʼ’-]*")
_TOKEN = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff'ʼ’]*|\S")
# "2025-го", "2025-й": a year with a Russian or Ukrainian ordinal ending is the year.
_YEAR_ENDING = re.compile(r"\b((?:19|20)\d\d)-(?:го|й|ий|м)\b")
OTHER = {"uk": "ru", "ru": "uk"}


@dataclass
class Reading:
    """A question in the parser's English words, and the Cyrillic words no row reads."""

    text: str
    unread: list[str] = field(default_factory=list)


@cache
def forms(lang: str) -> dict[str, str]:
    """Every inflected form of language `lang` -> its English phrase (from the JSON)."""
    data: dict[str, dict[str, str]] = json.loads(INFLECTIONS.read_text(encoding="utf-8"))
    return data[lang]


@cache
def _phrase_re(lang: str) -> re.Pattern[str]:
    """The phrase rows of `lang`, longest first, as whole words."""
    rows = sorted(PHRASE_ROWS[lang], key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, rows)) + r")(?![\w])")


def plain(text: str) -> str:
    """Lower case with ё read as е and one kind of apostrophe."""
    return re.sub(r"[ʼ’`]", "'", text.lower().replace("ё", "е"))


def word_language(word: str) -> str | None:
    """ "uk" or "ru" when only one language's table has `word`."""
    word = plain(word)
    inside = [lang for lang in ("uk", "ru") if word in forms(lang)]
    return inside[0] if len(inside) == 1 else None


def read_cyrillic(text: str, lang: str) -> Reading:
    """`text` with every Ukrainian or Russian word replaced by its English row (the asked
    language's table first, then the other's for mixed questions)."""
    work = _YEAR_ENDING.sub(r"\1", plain(text))
    phrases = PHRASE_ROWS[lang] | PHRASE_ROWS[OTHER[lang]]
    work = _phrase_re(lang).sub(lambda m: f" {phrases[m.group(0)]} ", work)
    work = _phrase_re(OTHER[lang]).sub(lambda m: f" {phrases[m.group(0)]} ", work)
    out: list[str] = []
    unread: list[str] = []
    for token in re.findall(r"[\u0400-\u04ff][\u0400-\u04ff']*|[^\s\u0400-\u04ff]+", work):
        if not _CYRILLIC_WORD.match(token):
            out.append(token)
            continue
        english = forms(lang).get(token, forms(OTHER[lang]).get(token))
        if english is None:
            unread.append(_as_typed(text, token))
        elif english:
            out.append(english)
    return Reading(" ".join(out), unread)


def _as_typed(text: str, word: str) -> str:
    """`word` as the asker typed it (case and ё kept), for quoting it back."""
    for typed in _CYRILLIC_WORD.findall(text):
        if plain(typed) == word:
            return typed
    return word
