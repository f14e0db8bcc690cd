"""The few words of languages the bot does not read (German, Polish, French, Spanish, Italian)
that say what a refused question was about: its month, year and kind of loss (wave 7).

A question in one of these languages is still refused, naming the languages the bot reads;
the reading only fills the refusal's `query` (its period, kind of loss and side), so the
JSON shows what was made out of it and a chat can offer the same question in English. Month
names come from CLDR through babel (with Polish's locative "w marcu", which CLDR lacks); every
other word is a row here, lower case, read as the English the one parser reads.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from knowledge.lexicon.calendar import MONTH_NAMES

# Polish months after "w" ("w marcu", "w lipcu"): the locative, which CLDR does not give.
POLISH_LOCATIVE = (
    "styczniu", "lutym", "marcu", "kwietniu", "maju", "czerwcu", "lipcu", "sierpniu",
    "wrześniu", "październiku", "listopadzie", "grudniu",
)  # fmt: skip
# word -> English, shared by every language above (their words for the same things differ).
FOREIGN_WORDS: dict[str, str] = {
    # German
    "soldaten": "soldiers", "soldat": "soldiers", "gefallen": "killed", "getötet": "killed",
    "tote": "dead", "toten": "dead", "verluste": "losses", "verlust": "losses",
    "panzer": "tanks", "flugzeuge": "aircraft", "hubschrauber": "helicopters",
    "drohnen": "drones", "artillerie": "artillery", "russische": "russian",
    "russischen": "russian", "russland": "russia", "russlands": "russia", "jahr": "year",
    "ukraine": "ukraine", "ukrainische": "ukrainian", "ukrainischen": "ukrainian",
    # Polish
    "żołnierzy": "soldiers", "żołnierze": "soldiers", "zginęło": "killed", "poległo": "killed",
    "zabitych": "killed", "straty": "losses", "strat": "losses", "czołgów": "tanks",
    "czołgi": "tanks", "samolotów": "aircraft", "śmigłowców": "helicopters",
    "dronów": "drones", "artylerii": "artillery", "rosyjskich": "russian", "rosyjskie": "russian",
    "rosji": "russia", "rosja": "russia", "rok": "year", "zniszczono": "destroyed",
    "straciła": "lost", "stracili": "lost", "ukrainy": "ukraine", "ukraińskich": "ukrainian",
    # French, Spanish, Italian
    "soldats": "soldiers", "chars": "tanks", "pertes": "losses", "russes": "russian",
    "russie": "russia", "tués": "killed", "morts": "dead", "avions": "aircraft",
    "soldados": "soldiers", "tanques": "tanks", "pérdidas": "losses", "rusia": "russia",
    "rusos": "russian", "rusas": "russian", "muertos": "dead", "aviones": "aircraft",
    "soldati": "soldiers", "carri": "tanks", "perdite": "losses", "russi": "russian",
    "russe": "russian", "morti": "dead", "aerei": "aircraft",
}  # fmt: skip
FOREIGN_LOCALES = ("de", "pl", "fr", "es", "it")
# Every other language a question may come in, for its month names only (CLDR, through babel):
# a question in any of them is refused, and its month still read ("v březnu 2025": March
# 2025). Croatian is left out: its "listopad" is October, Czech's and Polish's November.
MONTH_LOCALES = (
    "pt", "nl", "cs", "sk", "sl", "sr", "bs", "lt", "lv", "et", "fi", "hu", "ro", "bg", "be",
    "mk", "kk", "tr", "sv", "da", "nb", "ka", "hy", "az", "el",
)  # fmt: skip
# Stems that name a kind of loss in most European languages, whatever the ending ("tanků",
# "tankų", "танкаў", "tancuri"; "dronů", "дронове"): the kind of a refused question.
KIND_STEMS: tuple[tuple[str, str], ...] = (
    ("tank", "tanks"), ("tanc", "tanks"), ("танк", "tanks"), ("dron", "drones"),
    ("дрон", "drones"), ("artil", "artillery"), ("артил", "artillery"), ("артыл", "artillery"),
    ("helikop", "helicopters"), ("хеликоп", "helicopters"), ("soldat", "soldiers"),
    ("soldad", "soldiers"), ("солдат", "soldiers"), ("салдат", "soldiers"),
)  # fmt: skip

_WORD = re.compile(r"[^\W\d_]+|\d{4}")


@cache
def month_words() -> dict[str, str]:
    """Every CLDR month name (stand-alone and in a date) of the locales above, and Polish's
    locatives -> English month."""
    words = dict(zip(POLISH_LOCATIVE, MONTH_NAMES, strict=True))
    for code in (*FOREIGN_LOCALES, *MONTH_LOCALES):
        months = Locale(code).months
        for context in ("stand-alone", "format"):
            for n in range(1, 13):
                words.setdefault(str(months[context]["wide"][n]).lower(), MONTH_NAMES[n - 1])
    return words


@cache
def _month_stems() -> dict[str, str]:
    """Each month name above without its last two letters (at least four kept) -> English
    month, so that another case of it is read too ("březnu", "лістападзе", "lapkritį")."""
    stems: dict[str, str] = {}
    for name, month in month_words().items():
        stems.setdefault(name[: max(4, len(name) - 2)], month)
    return stems


def _month_of(word: str) -> str | None:
    """The English month `word` names: a name above, or another case of one (its longest
    stem that starts the word)."""
    exact = month_words().get(word)
    if exact is not None or len(word) < 4:
        return exact
    stems = _month_stems()
    found = next((stems[word[:k]] for k in range(len(word), 3, -1) if word[:k] in stems), None)
    if found is None and len(word) <= 5:  # a three-letter name's case ("јуну", "јула")
        found = month_words().get(word[:3]) if len(word[:3]) == 3 else None
    return found


def _foreign_word(word: str) -> str | None:
    """The English of one word of another language: a digit group, a month, a row, a stem."""
    if word.isdigit():
        return word
    found = _month_of(word) or FOREIGN_WORDS.get(word)
    if found is not None:
        return found
    return next((english for stem, english in KIND_STEMS if word.startswith(stem)), None)


def foreign_as_english(text: str) -> str:
    """The English of the words of `text` a row above has, in order; the rest left out (a
    refusal names nothing unread: it reads none of the question's language)."""
    found = (_foreign_word(word) for word in _WORD.findall(text.lower()))
    return " ".join(english for english in found if english)
