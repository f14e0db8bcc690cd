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

_WORD = re.compile(r"[^\W\d_]+|\d{4}")


@cache
def month_words() -> dict[str, str]:
    """Every CLDR month name (stand-alone and in a date) of the locales above, and Polish's
    locatives -> English month."""
    words = dict(zip(POLISH_LOCATIVE, MONTH_NAMES, strict=True))
    for code in FOREIGN_LOCALES:
        months = Locale(code).months
        for context in ("stand-alone", "format"):
            for n in range(1, 13):
                words[str(months[context]["wide"][n]).lower()] = MONTH_NAMES[n - 1]
    return words


def foreign_as_english(text: str) -> str:
    """The English of the words of `text` a row above has, in order; the rest left out (a
    refusal names nothing unread: it reads none of the question's language)."""
    months = month_words()
    out = []
    for word in _WORD.findall(text.lower()):
        english = word if word.isdigit() else months.get(word, FOREIGN_WORDS.get(word))
        if english:
            out.append(english)
    return " ".join(out)
