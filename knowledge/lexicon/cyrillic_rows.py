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
        # the answers' own wording, so a suggestion button is a question read back (issue 15)
        "загалом": "total",
        "засоби ппо": "air defense", "підводні човни": "submarines",
        "автотехніка й автоцистерни": "vehicles", "інша техніка": "other equipment",
        "з початку року": "since the start of the year",
        "від початку року": "since the start of the year",
        "сили оборони": "ukrainian armed forces", "сил оборони": "ukrainian armed forces",
        "силами оборони": "ukrainian armed forces",
        "міноборони великої британії": "uk ministry of defence",
        "міноборони британії": "uk ministry of defence",
        "порівняно з": "compared with", "порівняно із": "compared with",
        "у порівнянні з": "compared with", "в порівнянні з": "compared with",
        "наступного місяця": "the following month", "попереднього місяця": "the prior month",
        "наступний місяць": "the following month", "попередній місяць": "the prior month",
        "звідки ця цифра": "where is this from", "звідки ці цифри": "where is this from",
        "звідки дані": "where is this from",
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
        # the answers' own wording, so a suggestion button is a question read back (issue 15)
        "по состоянию на": "as of", "личный состав": "personnel", "личного состава": "personnel",
        "подводные лодки": "submarines", "автотехника и автоцистерны": "vehicles",
        "спецтехника": "special equipment", "другая техника": "other equipment",
        "с начала года": "since the start of the year", "за сутки": "in a single day",
        "силы обороны": "ukrainian armed forces", "сил обороны": "ukrainian armed forces",
        "силами обороны": "ukrainian armed forces",
        "вс рф": "russian military", "вооруженных сил рф": "russian military",
        "минобороны великобритании": "uk ministry of defence",
        "минобороны британии": "uk ministry of defence",
        "по словам": "according to",
        "по сравнению с": "compared with", "по сравнению со": "compared with",
        "в сравнении с": "compared with",
        "в следующем месяце": "the following month", "в предыдущем месяце": "the prior month",
        "следующий месяц": "the following month", "предыдущий месяц": "the prior month",
        "откуда эта цифра": "where is this from", "откуда эти цифры": "where is this from",
        "откуда данные": "where is this from",
        "ликвидировано": "liquidated", "ликвидировали": "liquidated",
        "ликвидированных": "liquidated",
    },
}  # fmt: skip

# Single words by lemma. lang -> lemma -> English.
LEMMA_ROWS: dict[str, dict[str, str]] = {
    "uk": {
        "скільки": "how many", "всього": "total", "загальний": "total", "втрата": "losses",
        "втратити": "lost", "знищити": "destroyed", "знищений": "destroyed",
        "ліквідувати": "losses", "ліквідований": "losses", "загинути": "killed",
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
        "рік": "year", "р": "", "торік": "last year", "півріччя": "half", "середина": "mid",
        "рекорд": "record",
        "рекордний": "record", "середньодобовий": "average daily", "бути": "",
        "який": "what", "що": "what", "коли": "when",
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
        "бмп": "bmp", "бтр": "btr", "бронемашина": "armored vehicles",
        "бронетехніка": "armored vehicles", "ппо": "air defense", "засіб": "",
        "кількість": "", "число": "", "ворожий": "enemy", "підводний": "submarine",
        "човен": "", "між": "between", "останній": "last", "місяць": "month",
        "другий": "second", "четвертий": "fourth", "медіазона": "mediazona",
        "пентагон": "pentagon", "пєсков": "peskov", "медіазони": "mediazona",
        "медіазону": "mediazona", "медіазоною": "mediazona", "американський": "american",
        "генеральний": "general", "штаб": "staff", "сирський": "syrskyi", "шойгу": "shoigu",
        "путін": "putin", "буданов": "budanov", "армія": "army", "рашист": "occupiers",
        "військо": "troops", "вбитий": "killed", "вбити": "killed", "загиблий": "killed",
        "поранити": "wounded", "полонений": "captured", "ніж": "than", "проти": "versus",
        "більший": "more", "більше": "more", "вищий": "higher", "менший": "fewer",
        "зрости": "rise", "чи": "or", "наступний": "following",
        "попередній": "prior", "конашенков": "konashenkov", "будь": "", "ласка": "",
        "скажіть": "", "підкажіть": "", "підкажи": "", "скажи": "", "мені": "",
        "авдіївка": "avdiivka", "бахмут": "bakhmut", "вугледар": "vuhledar",
        "покровськ": "pokrovsk", "курськ": "kursk", "херсон": "kherson", "харків": "kharkiv",
        "запоріжжя": "zaporizhzhia", "донецьк": "donetsk", "луганськ": "luhansk",
        "крим": "crimea", "маріуполь": "mariupol", "бєлгород": "belgorod", "донбас": "donbas",
        "куп'янськ": "kupiansk", "торецьк": "toretsk", "роботине": "robotyne",
        "кринки": "krynky", "соледар": "soledar", "мар'їнка": "marinka",
        "сєвєродонецьк": "sievierodonetsk", "лисичанськ": "lysychansk", "ізюм": "izium",
        "краматорськ": "kramatorsk", "слов'янськ": "sloviansk", "вовчанськ": "vovchansk",
        "суджа": "sudzha", "курахове": "kurakhove", "на": "on",
        "два": "two", "дві": "two", "три": "three", "чотири": "four", "п'ять": "five",
        "шість": "six", "сім": "seven", "вісім": "eight", "дев'ять": "nine", "десять": "ten",
        "безповоротний": "irrecoverable", "санітарний": "sanitary",
        "біля": "near", "поблизу": "near", "навколо": "around", "від": "from",
        "протягом": "during", "упродовж": "during",
    },
    "ru": {
        "сколько": "how many", "всего": "total", "общий": "total", "потеря": "losses",
        "потерять": "lost", "уничтожить": "destroyed", "уничтоженный": "destroyed",
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
        "под": "near", "год": "year", "г": "", "рекорд": "record", "полугодие": "half",
        "середина": "mid",
        "рекордный": "record", "минувший": "last", "быть": "", "ли": "", "какой": "what",
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
        "бмп": "bmp", "бтр": "btr", "бронемашина": "armored vehicles",
        "бронетехника": "armored vehicles", "пво": "air defense", "средство": "",
        "количество": "", "число": "", "вражеский": "enemy", "подводный": "submarine",
        "лодка": "", "между": "between", "последний": "last", "месяц": "month",
        "второй": "second", "третий": "third", "четвертый": "fourth", "половина": "half",
        "спецтехника": "special equipment", "личный": "personnel", "состав": "",
        "ликвидировать": "losses", "ликвидированный": "losses",
        "пентагон": "pentagon", "песков": "peskov", "американский": "american",
        "генеральный": "general", "штаб": "staff", "сырский": "syrsky",
        "конашенков": "konashenkov", "путин": "putin", "зеленский": "zelensky",
        "буданов": "budanov", "сообщать": "reported", "войско": "troops",
        "зсу": "ukrainian armed forces", "медиазоны": "mediazona",
        "медиазону": "mediazona", "медиазоной": "mediazona",
        "убить": "killed", "погибший": "killed", "ранить": "wounded", "пленный": "captured",
        "больше": "more", "большой": "more", "меньше": "fewer", "сравнить": "compare",
        "вырасти": "rise", "следующий": "following", "предыдущий": "prior",
        "пожалуйста": "", "скажите": "", "подскажите": "", "подскажи": "", "скажи": "",
        "мне": "", "авдеевка": "avdeevka", "бахмут": "bakhmut", "угледар": "ugledar",
        "покровск": "pokrovsk", "курск": "kursk", "херсон": "kherson", "харьков": "kharkiv",
        "запорожье": "zaporozhye", "донецк": "donetsk", "луганск": "luhansk",
        "крым": "crimea", "мариуполь": "mariupol", "белгород": "belgorod",
        "донбасс": "donbas", "купянск": "kupiansk", "торецк": "toretsk",
        "работино": "robotyne", "крынки": "krynky", "соледар": "soledar",
        "марьинка": "marinka", "северодонецк": "severodonetsk", "лисичанск": "lysychansk",
        "изюм": "izium", "краматорск": "kramatorsk", "славянск": "sloviansk",
        "волчанск": "vovchansk", "суджа": "sudzha", "курахово": "kurakhove",
        "артемовск": "artemovsk", "на": "on",
        "два": "two", "две": "two", "три": "three", "четыре": "four", "пять": "five",
        "шесть": "six", "семь": "seven", "восемь": "eight", "девять": "nine", "десять": "ten",
        "безвозвратный": "irrecoverable", "санитарный": "sanitary",
        "около": "near", "возле": "near", "вокруг": "around", "у": "at", "от": "from",
        "течение": "", "протяжении": "",
    },
}  # fmt: skip

# Rows that need their neighbours, as regular expressions on the lower-cased question, tried
# before the phrase rows: lang -> (pattern, English). "на 1 грудня" is a total as of that day
# ("станом на"), "к апрелю" is by the start of April, a leading "чи"/"ли" only asks whether.
_UK_OF = (
    r"(?=\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|"
    r"листопада|грудня|(?:19|20)\d\d)(?![\w']))"
)
_RU_OF = (
    r"(?=\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    r"ноября|декабря|(?:19|20)\d\d)(?![\w']))"
)
_UK_WAR = r"(?=\s+(?:війни|вторгнення|повномасштабного|повномасштабної)(?![\w']))"
_RU_WAR = r"(?=\s+(?:войны|вторжения|полномасштабного|полномасштабной)(?![\w']))"
_UK_MONTH = (
    r"(?=\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|"
    r"жовтня|листопада|грудня)(?![\w']))"
)
_RU_MONTH = (
    r"(?=\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    r"ноября|декабря)(?![\w']))"
)
# "3 кварталі", "III квартале", "1-й квартал": the quarter by its number.
_QUARTER = r"(?:-?(?:й|го|му|ий|ому|ем|м))?(?=\s+квартал)"
_QUARTER_ROWS: tuple[tuple[str, str], ...] = tuple(
    (rf"(?<![\w'])(?:{n}|{roman}){_QUARTER}", word)
    for n, roman, word in (
        (1, "i", "first"),
        (2, "ii", "second"),
        (3, "iii", "third"),
        (4, "iv", "fourth"),
    )
)
PATTERN_ROWS: dict[str, tuple[tuple[str, str], ...]] = {
    "uk": (
        *_QUARTER_ROWS,
        # "на початку / у середині / наприкінці листопада": early, mid, late November
        (r"(?<![\w'])на\s+початку" + _UK_MONTH, "early"),
        (r"(?<![\w'])(?:у|в)\s+середині" + _UK_MONTH, "mid"),
        (r"(?<![\w'])(?:наприкінці|(?:у|в)\s+кінці)" + _UK_MONTH, "late"),
        # "перший рік війни", "перші 100 днів вторгнення": of the war
        (r"(?<![\w'])(?:рік|року)" + _UK_WAR, "year of"),
        (r"(?<![\w'])(?:тиждень|тижня|тижні)" + _UK_WAR, "week of"),
        (r"(?<![\w'])(?:днів|дні|день)" + _UK_WAR, "days of"),
        (r"(?<![\w'])(?:місяці|місяців|місяць)" + _UK_WAR, "months of"),
        # "останній тиждень листопада": the last week of November (a genitive month or year)
        (r"(?<![\w'])(?:тиждень|тижня|тижні)" + _UK_OF, "week of"),
        (r"(?<![\w'])(?:днів|дні|день)" + _UK_OF, "days of"),
        (r"(?<![\w'])(?:місяці|місяців|місяць)" + _UK_OF, "months of"),
        (r"(?<![\w'])на(?=\s+\d{1,2}(?:-го)?\s+[^\W\d_])", "as of"),
        (r"^чи(?![\w'])", ""),
        # "знищили ЗСУ": the verb before its subject; ZSU destroyed (Russia's losses)
        (
            r"(?<![\w'])(?:знищили|знищила|ліквідували|збили|вбили)"
            r"(?=\s+(?:зсу|ukrainian\s+armed\s+forces|захисники|українські\s+військові)"
            r"(?![\w']))",
            "destroyed by",
        ),
        (
            r"(?<![\w'])(?:зсу|ukrainian\s+armed\s+forces|захисники)\s+"
            r"(?:знищили|знищила|ліквідували|збили|вбили)(?![\w'])",
            "destroyed by ukrainian armed forces",
        ),
        # "знищила росія": Russia destroyed (Ukraine's losses); nominative forms only
        (
            r"(?<![\w'])(?:знищил[аи]?|знищив|збил[аи]?|збив|вбили|вбив)"
            r"(?=\s+(?:росія|росіяни|рф|окупанти|ворог|загарбники|рашисти)(?![\w']))",
            "destroyed by",
        ),
        # "2024 року", "у 2023 році": the year's number is the year
        (r"(?<=\d\d\d\d)\s+(?:рік|року|році|роком|роках|років|роки|рр\.?)(?![\w'])", ""),
        (r"(?<![\w'])втрат\w*(?=\s+(?:зсу|сил\s+оборони|українських)\b)", "losses of"),
        (r"(?<![\w'])до(?=\s+(?:початку|кінця)\b)", "by"),
        # "ППО україни": the genitive is whose ("of ukraine"), never the one who destroys
        (r"(?<![\w'])україни(?![\w'])", "of ukraine"),
    ),
    "ru": (
        *_QUARTER_ROWS,
        (r"(?<![\w'])в\s+начале" + _RU_MONTH, "early"),
        (r"(?<![\w'])в\s+середине" + _RU_MONTH, "mid"),
        (r"(?<![\w'])в\s+конце" + _RU_MONTH, "late"),
        (r"(?<![\w'])(?:год|года)" + _RU_WAR, "year of"),
        (r"(?<![\w'])(?:неделю|недели|неделя)" + _RU_WAR, "week of"),
        (r"(?<![\w'])(?:дней|дня|дни|день)" + _RU_WAR, "days of"),
        (r"(?<![\w'])(?:месяца|месяцев|месяцы|месяц)" + _RU_WAR, "months of"),
        (r"(?<![\w'])(?:неделю|недели|неделя)" + _RU_OF, "week of"),
        (r"(?<![\w'])(?:дней|дня|дни|день)" + _RU_OF, "days of"),
        (r"(?<![\w'])(?:месяца|месяцев|месяцы|месяц)" + _RU_OF, "months of"),
        (r"(?<![\w'])на(?=\s+\d{1,2}(?:-го)?\s+[^\W\d_])", "as of"),
        (
            r"(?<![\w'])к(?=\s+(?:январю|февралю|марту|апрелю|маю|июню|июлю|августу|сентябрю|"
            r"октябрю|ноябрю|декабрю)\b)",
            "by the start of",
        ),
        (r"(?<![\w'])к(?=\s+(?:началу|концу)\b)", "by"),
        (r"(?<=\d\d\d\d)\s+(?:год|года|году|годом|годах|годов|годы|гг\.?)(?![\w'])", ""),
        (
            r"(?<![\w'])(?:уничтожили|ликвидировали|сбили|убили)"
            r"(?=\s+(?:всу|зсу|ukrainian\s+armed\s+forces|украинские\s+военные)"
            r"(?![\w']))",
            "destroyed by",
        ),
        (
            r"(?<![\w'])(?:всу|зсу|ukrainian\s+armed\s+forces)\s+"
            r"(?:уничтожили|ликвидировали|сбили|убили)(?![\w'])",
            "destroyed by ukrainian armed forces",
        ),
        (
            r"(?<![\w'])(?:уничтожил[аи]?|сбил[аи]?|убили|убил)"
            r"(?=\s+(?:россия|россияне|рф|оккупанты|враг|захватчики)(?![\w']))",
            "destroyed by",
        ),
        (r"(?<![\w'])потер\w*(?=\s+(?:всу|зсу|сил\s+обороны|украинских)\b)", "losses of"),
        (r"(?<![\w'])украины(?![\w'])", "of ukraine"),
    ),
}
