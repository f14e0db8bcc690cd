"""Build knowledge/lexicon/inflections.json: every inflected Ukrainian and Russian form of
the lexicon's lemma rows (lexicon/cyrillic_rows.py) and of the month and weekday names, with
the English phrase the question parser reads for it (issue 15).

A build-time tool: pymorphy3 with pymorphy3-dicts-uk and pymorphy3-dicts-ru gives each
lemma's forms, babel gives CLDR's month names (stand-alone and genitive) and weekday names.
Run it after changing a row and commit the JSON; answering never imports pymorphy3.

    .venv/bin/pip install pymorphy3 pymorphy3-dicts-uk pymorphy3-dicts-ru babel
    .venv/bin/python scripts/build_inflections.py
"""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

import pymorphy3
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "knowledge" / "lexicon"
OUT = LEXICON / "inflections.json"
# The rows file run alone (it reads the kind table, lexicon/kinds.py, so the repository is on
# the path); the build needs pymorphy3 and babel besides the project's own dependencies.
sys.path.insert(0, str(ROOT))
LEMMA_ROWS: dict[str, dict[str, str]] = runpy.run_path(str(LEXICON / "cyrillic_rows.py"))[
    "LEMMA_ROWS"
]
ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip


def forms_of(morph: pymorphy3.MorphAnalyzer, lemma: str) -> set[str]:
    """Every form of `lemma` in the dictionary (the lemma alone when it is not there)."""
    forms = {lemma}
    for parse in morph.parse(lemma):
        if parse.normal_form.replace("ё", "е") == lemma.replace("ё", "е") and parse.is_known:
            forms.update(f.word for f in parse.lexeme)
    return forms


def month_rows(lang: str) -> dict[str, str]:
    """CLDR's month names (stand-alone and genitive) -> English month."""
    months = Locale(lang).months
    return {
        str(months[context]["wide"][n]).lower(): ENGLISH_MONTHS[n - 1]
        for context in ("stand-alone", "format")
        for n in range(1, 13)
    }


ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def weekday_rows(lang: str) -> dict[str, str]:
    """CLDR's weekday names -> English weekday (one apostrophe, as questions are read)."""
    days = Locale(lang).days
    return {
        str(days[context]["wide"][n]).lower().replace("ʼ", "'"): ENGLISH_WEEKDAYS[n]
        for context in ("stand-alone", "format")
        for n in range(7)
    }


def build(lang: str) -> dict[str, str]:
    """form -> English for one language; a lemma's own row wins over another's form."""
    morph = pymorphy3.MorphAnalyzer(lang=lang)
    rows = {**month_rows(lang), **weekday_rows(lang), **LEMMA_ROWS[lang]}
    table: dict[str, str] = {}
    for lemma, english in rows.items():
        for form in sorted(forms_of(morph, lemma)):
            table.setdefault(form.replace("ё", "е"), english)
    table.update({lemma.replace("ё", "е"): english for lemma, english in rows.items()})
    return dict(sorted(table.items()))


def main() -> None:
    """Write the JSON."""
    data = {lang: build(lang) for lang in ("uk", "ru")}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: " + ", ".join(f"{lang} {len(rows)} forms" for lang, rows in data.items()))


if __name__ == "__main__":
    main()
