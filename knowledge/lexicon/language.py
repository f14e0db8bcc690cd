"""Which language a question is written in, from its script and its telling letters.

One row per rule, tried in order (issue 15, requirement 4): a question is never read as a
language it is not written in, and a language the bot does not read is named as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from knowledge.lexicon.cyrillic import forms, plain, word_language
from knowledge.lexicon.cyrillic_fillers import FUNCTION_WORDS
from knowledge.lexicon.cyrillic_rows import ENGLISH_WORDS

# The languages the bot reads, in the order its refusal names them.
READ_LANGUAGES: tuple[str, ...] = ("en", "uk", "ru")

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_WORD = re.compile(r"[a-zA-Z\u00c0-\u024f]+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class LanguageRow:
    """A language told by letters only it uses (among the ones the bot tells apart)."""

    code: str
    pattern: re.Pattern[str]


# Letters that settle the language of a Cyrillic text; the first row that matches wins
# (і ї є ґ are Ukrainian only, ы э ъ ё Russian only).
CYRILLIC_ROWS: tuple[LanguageRow, ...] = (
    LanguageRow("uk", re.compile(r"[іїєґІЇЄҐ]")),
    LanguageRow("ru", re.compile(r"[ыэъёЫЭЪЁ]")),
)
# Month names (every case a question uses) differ between the two languages: each settles it
# ("артсистем за ноябрь": Russian, though "артсистем" is a Ukrainian form too).
_UK_MONTHS = ("січ", "лют", "берез", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт",
              "листопад", "груд")  # fmt: skip
_RU_MONTHS = ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
              "октябр", "ноябр", "декабр")  # fmt: skip
_MONTH_FORMS: dict[str, str] = {
    **{stem + end: "uk" for stem in _UK_MONTHS for end in ("ень", "ня", "ні", "ий", "ого",
                                                            "ому", "а", "і")},
    "листопад": "uk",
    **{stem + end: "ru" for stem in _RU_MONTHS for end in ("ь", "я", "е", "а", "й", "")},
}  # fmt: skip
# Months shortened as calendars print them ("лют.", "февр.", "сент."): each language's own.
_SHORT_MONTH_FORMS: dict[str, str] = {
    **dict.fromkeys(("січ", "лют", "квіт", "трав", "черв", "лип", "серп", "верес", "жовт",
                     "груд"), "uk"),
    **dict.fromkeys(("янв", "фев", "февр", "апр", "июн", "июл", "авг", "сен", "сент", "окт",
                     "нояб", "дек"), "ru"),
}  # fmt: skip
# Cyrillic words common enough in questions to settle a text without telling letters.
CYRILLIC_WORDS: dict[str, str] = {
    **{w: lang for w, lang in _MONTH_FORMS.items() if len(w) >= 3 and w not in ("март",)},
    **_SHORT_MONTH_FORMS,
    "март": "ru", "марта": "ru", "марте": "ru",
    "скільки": "uk", "втрати": "uk", "що": "uk", "як": "uk", "та": "uk", "за": "",
    "сколько": "ru", "потери": "ru", "что": "ru", "как": "ru", "и": "ru",
}  # fmt: skip
# Latin-script words (and letters) of languages the bot does not read, so that "Wie viele
# Panzer" is refused rather than read as English with every word unknown.
FOREIGN_LATIN: tuple[LanguageRow, ...] = (
    LanguageRow(
        "pl", re.compile(r"[ąćęłńśźżĄĆĘŁŃŚŹŻ]|\b(?:ile|jakie|straty|rosji|czołgów)\b", re.I)
    ),
    LanguageRow("de", re.compile(r"[äöüßÄÖÜ]|\b(?:wie|viele|hat|im|sind|verloren|panzer)\b", re.I)),
    LanguageRow(
        "fr",
        re.compile(
            r"\b(?:combien|pertes|de la|chars|russes|russie|soldats|détruits|ont été|en (?:janvier|"
            r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))\b",
            re.I,
        ),
    ),
    LanguageRow(
        "es",
        re.compile(
            r"(?:¿|\b(?:cuántos|cuantos|cuántas|pérdidas|perdió|soldados|rusos|rusia|murieron|"
            r"tanques|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|"
            r"noviembre|diciembre))\b)",
            re.I,
        ),
    ),
    LanguageRow(
        "it",
        re.compile(
            r"\b(?:quanti|quante|perdite|soldati|russi|carri|morti|nel (?:gennaio|febbraio|marzo|"
            r"aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre))\b",
            re.I,
        ),
    ),
)


# Letters of Cyrillic alphabets other than Ukrainian's and Russian's (Belarusian ў; Serbian and
# Macedonian ј љ њ ћ ђ џ ѓ ќ ѕ; Kazakh, Kyrgyz, Tajik ә ғ қ ң ө ұ ү һ ӣ ӯ ҳ ҷ): such a text is
# in neither language, whichever it is.
_OTHER_CYRILLIC = re.compile(r"[ўЎјЈљЉњЊћЋђЂџЏѓЃќЌѕЅәӘғҒқҚңҢөӨұҰүҮһҺӣӢӯӮҳҲҷҶ]")
# Latin letters English does not write (ą, ț, ų, ř, ñ ...): beside no English word at all, the
# text is in another language ("Kiek rusų karių žuvo", "Câți soldați ruși"), whichever it is.
_NON_ENGLISH_LATIN = re.compile(r"[\u00c0-\u024f]")
_LATIN_WORDS = re.compile(r"[^\W\d_]{2,}")
_CYRILLIC_WORDS = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff'ʼ’]+")


def detect_language(text: str) -> str:
    """The language code of `text`: "en", "uk", "ru", another code the bot does not read
    ("de", "pl", "other"), or "en" for text with no letters (a bare date or number)."""
    if _CYRILLIC.search(text):
        return _cyrillic_language(text)
    if _LETTER.search(text) and not _LATIN_WORD.search(text):
        return "other"  # a script the bot does not read at all
    for row in FOREIGN_LATIN:
        if len(row.pattern.findall(text)) >= 2:
            return row.code
    return "other" if _other_latin(text) else "en"


def _other_latin(text: str) -> bool:
    """Whether a Latin-script text writes letters English does not and no English word."""
    if not _NON_ENGLISH_LATIN.search(text):
        return False
    return not any(w in ENGLISH_WORDS for w in _LATIN_WORDS.findall(text.lower()))


def _cyrillic_language(text: str) -> str:
    """Ukrainian or Russian, by telling letters first, then by common words (Ukrainian
    when nothing tells: the General Staff's own language); "other" for another Cyrillic
    language (Belarusian, Bulgarian, Serbian, Kazakh ...)."""
    if _OTHER_CYRILLIC.search(text) or _mostly_unknown(text):
        return "other"
    return telling_language(text) or "uk"


@cache
def _known_forms() -> frozenset[str]:
    """Every Ukrainian and Russian form the tables have, and the function words."""
    tables = (forms("uk"), forms("ru"), FUNCTION_WORDS["uk"], FUNCTION_WORDS["ru"])
    return frozenset(w for table in tables for w in table)


def _mostly_unknown(text: str) -> bool:
    """Whether a Cyrillic text of three words or more has none of the common Ukrainian or
    Russian words and three in four of its words in neither language's tables ("Колко танка
    е загубила Русия през ноември": Bulgarian)."""
    words = [plain(w) for w in _CYRILLIC_WORDS.findall(text.lower())]
    if len(words) < 3 or any(CYRILLIC_WORDS.get(w) for w in words):
        return False
    known = _known_forms()
    unknown = [w for w in words if w not in known]
    return 4 * len(unknown) >= 3 * len(words)


def telling_language(text: str, votes: bool = True) -> str | None:
    """ "uk" or "ru" when a Cyrillic text's letters or words (or, with `votes`, most of its
    words' table forms) tell which, else None (a short follow-up such as "а 300-тих?" keeps
    the conversation's language)."""
    for row in CYRILLIC_ROWS:
        if row.pattern.search(text):
            return row.code
    words = re.findall(r"[\u0400-\u04ff]+", text.lower())
    for word in words:
        if CYRILLIC_WORDS.get(word):
            return CYRILLIC_WORDS[word]
    found = [lang for word in words if (lang := word_language(word))] if votes else []
    if found.count("uk") == found.count("ru"):
        return None
    return max(("uk", "ru"), key=found.count)


def reads(code: str) -> bool:
    """Whether the bot reads questions in language `code`."""
    return code in READ_LANGUAGES


def reply_language(question: str, chosen: str | None, user_code: str | None) -> str | None:
    """The language to answer in: a chat's /lang choice, else the Telegram user's language
    when the question has no letters to tell by ("2024?"); None: the question's own."""
    if chosen is not None and reads(chosen):
        return chosen
    code = (user_code or "").split("-")[0].lower()
    if not _LETTER.search(question) and reads(code):
        return code
    return None
