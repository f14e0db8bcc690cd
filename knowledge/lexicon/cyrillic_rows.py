"""Ukrainian and Russian rows of the question lexicon (issue 15): each word's dictionary form
(lemma) and the English phrase the one question parser reads for it.

Only lemmas live here; every inflected form (танк, танків, танками; ноябрь, ноября, ноябре)
is generated offline by scripts/build_inflections.py with pymorphy3 and committed as
knowledge/lexicon/inflections.json, so answering stays a table look-up. A row's English is
one of the parser's own vocabulary rows (lexicon/terms.py, questions/parse.py, dates.py): a
Ukrainian or Russian question is read by the same tables and date grammar as an English one.
An English value of "" marks a word read as carrying nothing (року, було).
"""

from __future__ import annotations

# Phrases of several words, read before single words (lower case, as typed). lang -> rows.
PHRASE_ROWS: dict[str, dict[str, str]] = {
    "uk": {
        "з початку повномасштабного вторгнення": "since the start of the full-scale invasion",
        "з початку вторгнення": "since the start of the full-scale invasion",
        "з початку війни": "since the start of the war",
        "станом на": "as of", "за даними": "according to", "за оцінкою": "according to",
        "за словами": "according to", "на кінець": "by the end of", "на сьогодні": "to date",
        "за добу": "in a single day", "середні добові": "average daily",
        "у полон": "captured", "в полон": "captured",
        "британської розвідки": "british intelligence", "міноборони рф": "russian mod",
        "міноборони росії": "russian mod", "генштабу зсу": "general staff",
        "перша половина": "the first half of", "першу половину": "the first half of",
        "першому кварталі": "the first quarter of", "перший тиждень": "the first week of",
        "минулий тиждень": "last week", "перші 7 днів": "the first 7 days of",
        "станом на кінець": "as of the end of",
        "кораблів і катерів": "ships", "засобів ппо": "air defense",
        "втрати україни": "losses of ukraine",
        # The General Staff's own verb for its killed-and-wounded count: in a question it asks
        # for that count, not for the dead only (articles keep the lemma row's "killed").
        "ліквідовано": "liquidated", "ліквідували": "liquidated", "ліквідованих": "liquidated",
        "ліквідовані": "liquidated",
    },
    "ru": {
        "с начала войны": "since the start of the war",
        "с начала вторжения": "since the start of the full-scale invasion",
        "по данным": "according to", "по оценке": "according to",
        "на сегодня": "to date", "в плен": "captured", "попало в плен": "captured",
        "британской разведки": "british intelligence", "минобороны рф": "russian mod",
        "минобороны россии": "russian mod", "генштаба всу": "general staff",
        "первом квартале": "the first quarter of", "первую неделю": "the first week of",
        "на конец": "as of the end of",
        "прошлую неделю": "last week", "средства пво": "air defense",
        "средств пво": "air defense", "среднесуточные": "average daily",
        "потери украины": "losses of ukraine", "называл шойгу": "according to shoigu",
        "ликвидировано": "liquidated", "ликвидировали": "liquidated",
        "ликвидированных": "liquidated",
    },
}  # fmt: skip

# Single words by lemma. lang -> lemma -> English.
LEMMA_ROWS: dict[str, dict[str, str]] = {
    "uk": {
        "скільки": "how many", "всього": "total", "загальний": "total", "втрата": "losses",
        "втратити": "losses", "знищити": "destroyed", "знищений": "destroyed",
        "ліквідувати": "killed", "ліквідований": "killed", "загинути": "killed",
        "збити": "shot down", "збитий": "shot down", "поранений": "wounded",
        "танк": "tanks", "солдат": "soldiers", "військовий": "soldiers", "окупант": "occupiers",
        "росіянин": "russians", "літак": "aircraft", "гелікоптер": "helicopters",
        "вертоліт": "helicopters", "бпла": "drones", "безпілотник": "drones", "дрон": "drones",
        "рсзв": "mlrs", "ббм": "armored vehicles", "автотехніка": "vehicles",
        "автомобіль": "vehicles", "спецтехніка": "special equipment",
        "артилерійський": "artillery", "система": "systems", "артилерія": "artillery",
        "крилатий": "cruise", "ракета": "missiles", "корабель": "ships", "катер": "boats",
        "техніка": "equipment", "особовий": "personnel", "склад": "",
        "російський": "russian", "росія": "russia", "рф": "russia", "ворог": "enemy",
        "противник": "enemy", "український": "ukrainian", "україна": "ukraine",
        "зсу": "ukrainian armed forces", "генштаб": "general staff", "кремль": "kremlin",
        "зеленський": "zelensky", "гур": "hur", "британський": "british",
        "розвідка": "intelligence",
        "у": "in", "в": "in", "за": "in", "з": "from", "по": "to", "до": "to", "та": "and",
        "і": "and", "й": "and", "або": "or", "про": "about", "під": "near",
        "рік": "", "р": "", "бути": "", "який": "what", "що": "what", "коли": "when",
        "казати": "said", "повідомляти": "reported", "порівняти": "compare",
        "порівняно": "compared", "порівняй": "compare", "із": "from",
        "найбільший": "the most", "середній": "average", "добовий": "daily",
        "минулий": "last", "перший": "first", "третій": "third", "тиждень": "week",
        "день": "days", "доба": "day", "квартал": "quarter", "половина": "half",
        "влітку": "summer", "літо": "summer", "взимку": "winter", "зима": "winter",
        "весна": "spring", "навесні": "spring", "осінь": "autumn", "восени": "autumn",
        "вчора": "yesterday", "сьогодні": "today", "кінець": "end", "початок": "start",
        "річниця": "anniversary", "вторгнення": "invasion", "війна": "war",
        "полон": "captured", "потрапити": "", "звідки": "where from", "цей": "this",
        "цифра": "figure", "наскільки": "how far", "можна": "can", "довіряти": "trust",
        "дані": "data", "загарбник": "invaders", "військовослужбовець": "soldiers",
        "броньований": "armored", "машина": "vehicles", "особа": "people",
        "бойовий": "", "артилерійська": "artillery",
    },
    "ru": {
        "сколько": "how many", "всего": "total", "общий": "total", "потеря": "losses",
        "потерять": "losses", "уничтожить": "destroyed", "уничтоженный": "destroyed",
        "погибнуть": "killed", "убитый": "killed", "сбить": "shot down", "сбитый": "shot down",
        "раненый": "wounded", "танк": "tanks", "солдат": "soldiers", "военный": "soldiers",
        "россиянин": "russians", "самолёт": "aircraft", "самолет": "aircraft",
        "вертолёт": "helicopters", "вертолет": "helicopters", "беспилотник": "drones",
        "бпла": "drones", "дрон": "drones", "рсзо": "mlrs", "ббм": "armored vehicles",
        "автомобиль": "vehicles", "автоцистерна": "vehicles", "артиллерийский": "artillery",
        "система": "systems", "артиллерия": "artillery", "крылатый": "cruise",
        "ракета": "missiles", "корабль": "ships", "катер": "boats", "техника": "equipment",
        "армия": "army", "российский": "russian", "россия": "russia", "рф": "russia",
        "враг": "enemy", "противник": "enemy", "украинский": "ukrainian",
        "украина": "ukraine", "всу": "ukrainian armed forces", "генштаб": "general staff",
        "кремль": "kremlin", "шойгу": "shoigu", "медиазона": "mediazona",
        "британский": "british", "разведка": "intelligence", "reuters": "reuters",
        "в": "in", "во": "in", "за": "in", "с": "from", "со": "from", "по": "to",
        "до": "to", "к": "by", "и": "and", "или": "or", "о": "about", "об": "about",
        "под": "near", "год": "", "г": "", "быть": "", "ли": "", "какой": "what",
        "что": "what", "когда": "when", "говорить": "said", "писать": "reported",
        "называть": "reported", "против": "versus", "выше": "higher", "чем": "than",
        "среднесуточный": "average daily", "прошлый": "last", "первый": "first",
        "неделя": "week", "день": "days", "сутки": "day", "квартал": "quarter",
        "летом": "summer", "лето": "summer", "зимой": "winter", "вчера": "yesterday",
        "сегодня": "today", "конец": "end", "начало": "start", "война": "war",
        "плен": "captured", "попасть": "", "откуда": "where from", "этот": "this",
        "цифра": "figure", "насколько": "how far", "можно": "can", "доверять": "trust",
        "данные": "data", "а": "and", "оккупант": "occupiers",
        "военнослужащий": "soldiers", "бронированный": "armored", "машина": "vehicles",
        "человек": "people", "боевой": "", "захватчик": "invaders",
    },
}  # fmt: skip
