"""Ukrainian and Russian questions read word by word into the English vocabulary that the
one question parser reads (issue 15): phrase rows first, then every inflected form from the
generated table knowledge/lexicon/inflections.json (scripts/build_inflections.py).

The question side reads them in knowledge.questions.cyrillic (one engine for every language):
a Cyrillic word found in no row is left unread and named in the answer, never guessed.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

INFLECTIONS = Path(__file__).with_name("inflections.json")
OTHER = {"uk": "ru", "ru": "uk"}


@cache
def forms(lang: str) -> dict[str, str]:
    """Every inflected form of language `lang` -> its English phrase (from the JSON)."""
    data: dict[str, dict[str, str]] = json.loads(INFLECTIONS.read_text(encoding="utf-8"))
    return data[lang]


def plain(text: str) -> str:
    """Lower case with ё read as е and one kind of apostrophe."""
    return re.sub(r"[ʼ’`]", "'", text.lower().replace("ё", "е"))


def word_language(word: str) -> str | None:
    """ "uk" or "ru" when only one language's table has `word`."""
    word = plain(word)
    inside = [lang for lang in ("uk", "ru") if word in forms(lang)]
    return inside[0] if len(inside) == 1 else None
