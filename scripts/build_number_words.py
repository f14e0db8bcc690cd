"""Build knowledge/lexicon/number_words.json: every case form of the Ukrainian and Russian
number words (lexicon/cyrillic_sources.py NUMBER_WORDS lemmas, and the collective numerals
"двое", "троє", ...) with its value, so "более сорока военных", "понад двохсот окупантів",
"п'ятьмастами", "двоих" read as numbers in articles (issues 13 and 15).

A build-time tool, as scripts/build_inflections.py: pymorphy3 with its uk and ru dictionaries
gives each numeral's forms (only parses tagged NUMR, so "сорока" the magpie adds nothing);
forms that are also a common word in loss sentences ("семью": a family) are left out. Run it
after changing a lemma and commit the JSON; extraction never imports pymorphy3.

    .venv/bin/python scripts/build_number_words.py
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pymorphy3

LEXICON = Path(__file__).resolve().parents[1] / "knowledge" / "lexicon"
OUT = LEXICON / "number_words.json"
LEMMAS: dict[str, float] = runpy.run_path(str(LEXICON / "cyrillic_sources.py"))["NUMBER_WORDS"]
COLLECTIVE: dict[str, dict[str, int]] = {
    "ru": {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7},
    "uk": {"двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5, "шестеро": 6, "семеро": 7},
}
# Nouns that count as their number ("понад сотню окупантів").
NOUNS: dict[str, int] = {"сотня": 100, "сотню": 100, "десяток": 10}
# Forms that are another common word too: a family, "the seventh", "alone" / "some".
AMBIGUOUS = frozenset({"семью", "сім'ю", "сьома", "одни", "одні", "одних", "одними"})


def numeral_forms(morph: pymorphy3.MorphAnalyzer, lemma: str) -> set[str]:
    """Every form of numeral `lemma` (its NUMR parses only)."""
    forms: set[str] = set()
    for parse in morph.parse(lemma):
        if parse.is_known and "NUMR" in parse.tag and parse.word == lemma.replace("ё", "е"):
            forms.update(f.word.replace("ё", "е").replace("ʼ", "'") for f in parse.lexeme)
    return forms


def build() -> dict[str, float]:
    """Form -> value for both languages (a form both give the same value)."""
    table: dict[str, float] = {}
    for lang in ("ru", "uk"):
        morph = pymorphy3.MorphAnalyzer(lang=lang)
        lemmas = {**{w: v for w, v in LEMMAS.items() if v >= 1}, **COLLECTIVE[lang]}
        for lemma, value in lemmas.items():
            for form in numeral_forms(morph, lemma) | {lemma}:
                if form in AMBIGUOUS or " " in form:
                    continue
                if table.get(form, value) != value:
                    continue  # two values: keep the first (the hand row's)
                table[form] = value
    table.update(NOUNS)
    return dict(sorted(table.items()))


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
