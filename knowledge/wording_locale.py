"""Ukrainian and Russian phrases of answers, as the project's own typed tables (issue 15).

Typed tables rather than gettext catalogues: the phrases are few, they are looked up by key
from code that mypy checks (a missing key or language is a type error or a test failure, not
a silently English msgid at runtime), and there is no compile step to forget. Numbers and
dates are formatted per locale with babel (CLDR): "45 720", "3 грудня 2024 р.".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum

from babel.dates import format_date
from babel.numbers import format_decimal

from knowledge.models import Metric, Subject, UnreadSpan


class Phrase(StrEnum):
    """The keys of the phrase tables."""

    languages = "languages"
    unread = "unread"
    read_as = "read_as"
    details = "details"
    caveat_one = "caveat_one"
    caveat_many = "caveat_many"
    not_found = "not_found"


# The sentence naming the languages read is the same in every language's refusal, so a
# reader of any of the three finds it.
LANGUAGES_READ = "I read questions in English, Ukrainian and Russian only."
PHRASES: dict[str, dict[Phrase, str]] = {
    "uk": {
        Phrase.languages: "Я читаю запитання англійською, українською та російською мовами.",
        Phrase.unread: (
            "Я не зміг прочитати: {words}. Тому не відповідаю цифрою: "
            "вона могла б стосуватися не того, про що ви питали."
        ),
        Phrase.read_as: "Я прочитав запитання так: {what}.",
        Phrase.details: "Подробиці й джерела (англійською):",
        Phrase.caveat_one: "Цю цифру заявляє {who}; її не перевірено незалежно.",
        Phrase.caveat_many: "Ці цифри заявляють {who}; жодну з них не перевірено незалежно.",
        Phrase.not_found: "Я не знайшов такої заяви в базі.",
    },
    "ru": {
        Phrase.languages: "Я читаю вопросы на английском, украинском и русском языках.",
        Phrase.unread: (
            "Я не смог прочитать: {words}. Поэтому не отвечаю цифрой: "
            "она могла бы относиться не к тому, о чём вы спрашивали."
        ),
        Phrase.read_as: "Я прочитал вопрос так: {what}.",
        Phrase.details: "Подробности и источники (на английском):",
        Phrase.caveat_one: "Эту цифру заявляет {who}; она не проверена независимо.",
        Phrase.caveat_many: "Эти цифры заявляют {who}; ни одна из них не проверена независимо.",
        Phrase.not_found: "Я не нашёл такого заявления в базе.",
    },
}
METRIC_NAMES: dict[str, dict[Metric, str]] = {
    "uk": {
        Metric.personnel: "особовий склад", Metric.tanks: "танки",
        Metric.armored_vehicles: "бойові броньовані машини",
        Metric.artillery: "артилерійські системи", Metric.mlrs: "РСЗВ",
        Metric.air_defense: "засоби ППО", Metric.aircraft: "літаки",
        Metric.helicopters: "гелікоптери", Metric.drones: "БпЛА",
        Metric.ships: "кораблі й катери", Metric.submarines: "підводні човни",
        Metric.vehicles: "автотехніка й автоцистерни", Metric.cruise_missiles: "крилаті ракети",
        Metric.special_equipment: "спецтехніка", Metric.other: "інша техніка",
    },
    "ru": {
        Metric.personnel: "личный состав", Metric.tanks: "танки",
        Metric.armored_vehicles: "боевые бронированные машины",
        Metric.artillery: "артиллерийские системы", Metric.mlrs: "РСЗО",
        Metric.air_defense: "средства ПВО", Metric.aircraft: "самолёты",
        Metric.helicopters: "вертолёты", Metric.drones: "БПЛА",
        Metric.ships: "корабли и катера", Metric.submarines: "подводные лодки",
        Metric.vehicles: "автотехника и автоцистерны", Metric.cruise_missiles: "крылатые ракеты",
        Metric.special_equipment: "спецтехника", Metric.other: "другая техника",
    },
}  # fmt: skip
SUBJECT_NAMES: dict[str, dict[Subject, str]] = {
    "uk": {Subject.russia: "втрати росії", Subject.ukraine: "втрати України"},
    "ru": {Subject.russia: "потери России", Subject.ukraine: "потери Украины"},
}
# Claimant names as stored -> as a Ukrainian or Russian newsroom writes them.
CLAIMANT_NAMES: dict[str, dict[str, str]] = {
    "uk": {
        "Ukraine's General Staff": "Генштаб ЗСУ", "Ukraine's armed forces": "ЗСУ",
        "the Kremlin": "Кремль",
        "Russia's Ministry of Defence": "Міноборони рф",
        "Ukraine's Ministry of Defence": "Міноборони України",
        "UK Ministry of Defence": "Міноборони Великої Британії",
        "Ukraine's military intelligence (HUR)": "ГУР Міноборони України",
        "Mediazona": "«Медіазона»", "Volodymyr Zelensky": "Володимир Зеленський",
    },
    "ru": {
        "Ukraine's General Staff": "Генштаб ВСУ", "Ukraine's armed forces": "ВСУ",
        "the Kremlin": "Кремль",
        "Russia's Ministry of Defence": "Минобороны России",
        "Ukraine's Ministry of Defence": "Минобороны Украины",
        "UK Ministry of Defence": "Минобороны Великобритании",
        "Ukraine's military intelligence (HUR)": "ГУР Минобороны Украины",
        "Mediazona": "«Медиазона»", "Volodymyr Zelensky": "Владимир Зеленский",
    },
}  # fmt: skip


def phrase(lang: str, key: Phrase, **values: str) -> str:
    """One phrase of `lang` with its blanks filled."""
    return PHRASES[lang][key].format(**values)


def number(value: int, lang: str) -> str:
    """`45 720` (CLDR's grouping for Ukrainian and Russian)."""
    return format_decimal(value, locale=lang)


def day(date: dt.date, lang: str) -> str:
    """`3 грудня 2024 р.`, `3 декабря 2024 г.`."""
    return format_date(date, format="long", locale=lang)


def period(start: dt.date | None, end: dt.date | None, lang: str) -> str:
    """The asked period: one day, a whole month ("листопад 2024"), or "from – to"."""
    if start is None or end is None:
        return {"uk": "період не вказано", "ru": "период не указан"}[lang]
    if start == end:
        return day(start, lang)
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return {"uk": f"{start.year} рік", "ru": f"{start.year} год"}[lang]
    if start.day == 1 and (end + dt.timedelta(days=1)).day == 1 and start.month == end.month:
        return format_date(start, format="LLLL y", locale=lang)
    return f"{day(start, lang)} – {day(end, lang)}"


def claimant(name: str, lang: str) -> str:
    """A stored claimant's name in `lang` (as stored when the table has no row)."""
    return CLAIMANT_NAMES[lang].get(name, name)


# /lang: what the chat is told after choosing (each in its own language). choice -> phrase.
LANG_CHOSEN: dict[str, str] = {
    "en": "Answers in this chat will be in English.",
    "uk": "Відповіді в цьому чаті будуть українською.",
    "ru": "Ответы в этом чате будут на русском.",
    "auto": "Answers follow each question's language. / Мова відповіді — мова запитання. / "
    "Язык ответа — язык вопроса.",
}
LANG_USAGE = (
    "Usage: /lang en, /lang uk, /lang ru, or /lang auto (the question's own language). "
    + LANGUAGES_READ
)


# Why words of a question that could change the answer were not used: knowledge.wording's
# UNREAD_REASONS rows in Ukrainian and Russian (one unread mechanism for every language,
# issue 15 requirement 4). kind -> reason; UNREAD_LEAD frames them.
UNREAD_REASONS: dict[str, dict[str, str]] = {
    "uk": {
        "place": "мої цифри не розбиті за місцями",
        "unit": "мої цифри не розбиті за військовими частинами",
        "model": "мої цифри не розбиті за моделями техніки",
        "rate": "мої цифри — це кількості, а не частки",
        "money": "мої цифри рахують втрачене, а не його вартість",
        "subset": "мої цифри рахують усі війська разом, а не окрему їх частину",
        "period": "я не зміг прочитати це як період, тож жодна цифра тут не для нього",
        "number": "я не зрозумів, що означає це число",
        "name": "я не знаю цієї назви, і мої цифри за нею не розбиті",
        "script": "я не читаю слова цим письмом",
        "unknown": "я не знаю цього слова, тож жодна цифра тут не прочитана з ним",
        "loss_kind": "мої цифри не виокремлюють такий вид втрат",
    },
    "ru": {
        "place": "мои цифры не разбиты по местам",
        "unit": "мои цифры не разбиты по воинским частям",
        "model": "мои цифры не разбиты по моделям техники",
        "rate": "мои цифры — это количества, а не доли",
        "money": "мои цифры считают потерянное, а не его стоимость",
        "subset": "мои цифры считают все войска вместе, а не отдельную их часть",
        "period": "я не смог прочитать это как период, поэтому ни одна цифра здесь не для него",
        "number": "я не понял, что означает это число",
        "name": "я не знаю этого названия, и мои цифры по нему не разбиты",
        "script": "я не читаю слова на этом письме",
        "unknown": "я не знаю этого слова, поэтому ни одна цифра здесь не прочитана с ним",
        "loss_kind": "мои цифры не выделяют такой вид потерь",
    },
}
UNREAD_LEAD: dict[str, str] = {
    "uk": "Я не зміг використати {words}: {reason}.",
    "ru": "Я не смог использовать {words}: {reason}.",
}
_UNREAD_OTHER = {"uk": "я не зміг це прочитати", "ru": "я не смог это прочитать"}


def unread_lead(spans: Sequence[UnreadSpan], lang: str) -> str:
    """The first line in `lang` naming the words that could change the answer and were not
    used; empty when there were none."""
    by_reason: dict[str, list[str]] = {}
    for span in spans:
        if span.constrains and span.text not in by_reason.get(span.kind, []):
            by_reason.setdefault(span.kind, []).append(span.text)
    return " ".join(
        UNREAD_LEAD[lang].format(
            words=", ".join(f"«{t}»" for t in texts),
            reason=UNREAD_REASONS[lang].get(kind, _UNREAD_OTHER[lang]),
        )
        for kind, texts in by_reason.items()
    )
