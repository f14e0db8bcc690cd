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

from knowledge.lexicon.calendar import RU_MONTH_GENITIVES, UK_MONTH_GENITIVES, WEEKDAYS
from knowledge.lexicon.cyrillic_fillers import CLAIMANT_BODIES
from knowledge.lexicon.kinds import KIND_LEMMAS, KIND_PHRASES

# Phrases of several words, read before single words (lower case, as typed). lang -> rows.
PHRASE_ROWS: dict[str, dict[str, str]] = {
    "uk": {
        "з початку повномасштабного вторгнення": "since the start of the full-scale invasion",
        "з початку вторгнення": "since the start of the full-scale invasion",
        "з початку війни": "since the start of the war",
        "станом на": "as of", "за даними": "according to", "за оцінкою": "according to",
        # the change from one report to another ("між зведеннями 1 і 15 вересня")
        "між зведеннями": "between the reports of", "між звітами": "between the reports of",
        # "в тебе", "в вас": "у тебе" as it is also written, the asker's "you have" (wave 11)
        "в тебе": "", "в вас": "",
        # "а різниця між ними?": the difference, never the anniversary (річниця) a letter away
        "різниця": "difference", "різницю": "difference", "різниці": "difference",
        "в чому різниця": "what difference", "у чому різниця": "what difference",
        "за словами": "according to", "за оцінками": "according to",
        "на кінець": "by the end of", "на сьогодні": "to date",
        # "по сьогодні", "досі": up to now, which ends on the last day fought, as English "so
        # far" and "until now" do (one convention, wave 11); "сьогодні" alone is today
        "по сьогодні": "until now", "до сьогодні": "until now", "досі": "until now",
        "по сьогоднішній день": "until now", "до сьогоднішнього дня": "until now",
        "по теперішній час": "until now", "до теперішнього часу": "until now",
        # "хоч раз", "коли-небудь": ever (a threshold asked of any day, wave 11)
        "хоч раз": "ever", "хоча б раз": "ever", "хоч колись": "ever", "бодай раз": "ever",
        "коли-небудь": "ever", "будь-коли": "ever", "колись": "ever",
        "до цього часу": "until now", "до цього дня": "until now", "по цей день": "until now",
        "за добу": "in a single day", "середні добові": "average daily",
        "за ту добу": "for that day", "за той день": "for that day", "в той день": "on that day",
        "у той день": "on that day", "того дня": "that day",
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
        # "скільки русні поклали", "мінуснули": chat verbs for the same count (wave 8)
        "поклали": "liquidated", "поклала": "liquidated", "поклало": "liquidated",
        "в середньому за добу": "on average a day", "у середньому за добу": "on average a day",
        "в середньому на добу": "on average a day", "у середньому на добу": "on average a day",
        # how readers and channels ask (wave 4): the whole war, to date, on average, a day
        "за всю війну": "for all time", "за весь час": "for all time",
        "за весь час війни": "for all time", "за весь період": "for all time",
        "на сьогоднішній день": "to date", "на цей момент": "to date",
        "в середньому": "on average", "у середньому": "on average",
        "за день": "a day", "на день": "a day", "в день": "a day", "у день": "a day",
        "на добу": "a day",
        "по версії": "according to", "за версією": "according to", "на думку": "according to",
        # wave 6: the other ways readers say "according to" (a body named after them is the
        # one who reports, never the one who lost), and the General Staff's abbreviation
        "за інформацією": "according to", "згідно з даними": "according to",
        "згідно із даними": "according to", "згідно з": "according to",
        "згідно із": "according to", "відповідно до даних": "according to",
        "відповідно до": "according to", "за підрахунками": "according to",
        "за повідомленням": "according to", "за відомостями": "according to",
        "як повідомляє": "according to", "як повідомляють": "according to",
        "як заявляє": "according to", "як заявляють": "according to",
        "зі слів": "according to", "із слів": "according to",
        "гш зсу": "general staff", "гш всу": "general staff", "за гш": "according to general staff",
        "за генштабом": "according to general staff",
        # enemies counted are the enemy's soldiers ("скільки ворогів знищено"), never the side
        "ворогів": "occupiers", "вороги": "occupiers", "ворогами": "occupiers",
        "мо рф": "russian mod", "мо росії": "russian mod",
        "мо україни": "ukrainian mod", "міноборони україни": "ukrainian mod",
        "інститут вивчення війни": "the institute for the study of war",
        "інституту вивчення війни": "the institute for the study of war",
        "взяли в полон": "captured", "взяли у полон": "captured", "взято в полон": "captured",
        "взято у полон": "captured", "здалися в полон": "captured",
        "здалися у полон": "captured", "потрапили в полон": "captured",
        "потрапили у полон": "captured",
        # wave 7: a check asked yes or no; the sources' coverage asked ("до якої дати"); "ок"
        "так чи ні": "is that true", "так або ні": "is that true",
        "правда чи ні": "is that true", "це правда чи ні": "is that true",
        "до якої дати": "up to what date", "до якого числа": "up to what date",
        "по яку дату": "up to what date", "без урахування": "without",
        "де ви берете": "where do you get", "де берете": "where do you get",
        "де ти береш": "where do you get", "ок": "ok", "окей": "ok", "для них": "",
        "«близько»": "about", "«приблизно»": "about", "хто-небудь": "anyone",
        "хто-то": "anyone",
        # wave 9: a period less a month ("2025, крім грудня")
        "без жодного": "without a single", "без жодної": "without a single",
        "за винятком": "except", "не рахуючи": "not counting", "не враховуючи": "not counting",
        # wave 14: a period asked unit by unit ("По місяцях за перший квартал 2026: бпла"),
        # the parser's "by month" (each unit's figure, never one total)
        "по місяцях": "by month", "помісячно": "by month",
        "по тижнях": "by week", "потижнево": "by week",
        "по днях": "by day", "подобово": "by day", "по роках": "by year",
    },
    "ru": {
        # "а разница между ними?": the difference (one row with the Ukrainian, wave 13)
        "разница": "difference", "разницу": "difference", "разницы": "difference",
        "в чем разница": "what difference", "в чём разница": "what difference",
        "с начала войны": "since the start of the war",
        "без единого": "without a single", "без одного": "without a single",
        "бывали ли": "were there", "бывало ли": "were there",
        "с начала вторжения": "since the start of the full-scale invasion",
        "по данным": "according to", "по оценке": "according to",
        "между сводками": "between the reports of", "между отчётами": "between the reports of",
        "между отчетами": "between the reports of",
        "по оценкам": "according to",
        "на сегодня": "to date", "в плен": "captured", "попало в плен": "captured",
        "по сегодня": "until now", "до сегодня": "until now", "по сегодняшний день": "until now",
        "хоть раз": "ever", "хотя бы раз": "ever", "когда-нибудь": "ever", "когда-либо": "ever",
        "хоть когда-нибудь": "ever",
        "до сегодняшнего дня": "until now", "по сей день": "until now", "до сих пор": "until now",
        "по настоящее время": "until now", "до настоящего времени": "until now",
        "по нынешний день": "until now", "до этого дня": "until now",
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
        "за те сутки": "for that day", "за тот день": "for that day", "в тот день": "on that day",
        "того дня": "that day",
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
        # how readers and channels ask (wave 4): the whole war, to date, on average, a day
        "за всю войну": "for all time", "за все время": "for all time",
        "за все время войны": "for all time", "за весь период": "for all time",
        "на сегодняшний день": "to date", "на данный момент": "to date",
        "в среднем": "on average", "в среднем за сутки": "on average a day",
        "в среднем в сутки": "on average a day", "в среднем за день": "on average a day",
        "за день": "a day", "на день": "a day", "в день": "a day", "в сутки": "a day",
        "на сутки": "a day",
        "по версии": "according to", "по мнению": "according to",
        # wave 6: the other ways readers say "according to", and the General Staff's abbreviation
        "по информации": "according to", "согласно данным": "according to",
        "согласно информации": "according to", "согласно": "according to",
        "по подсчетам": "according to", "по сведениям": "according to",
        "со слов": "according to", "по сообщению": "according to",
        "по сообщениям": "according to", "как сообщает": "according to",
        "как сообщают": "according to", "как заявляет": "according to",
        "как заявляют": "according to",
        "гш всу": "general staff", "гш зсу": "general staff",
        "врагов": "occupiers", "враги": "occupiers", "врагами": "occupiers",
        "мо рф": "russian mod", "мо россии": "russian mod",
        "мо украины": "ukrainian mod", "минобороны украины": "ukrainian mod",
        "институт изучения войны": "the institute for the study of war",
        "института изучения войны": "the institute for the study of war",
        "взяли в плен": "captured", "взято в плен": "captured", "взяты в плен": "captured",
        "сдались в плен": "captured", "попали в плен": "captured",
        # wave 7: as in Ukrainian above
        "да или нет": "is that true", "правда или нет": "is that true",
        "это правда или нет": "is that true", "то есть": "",
        "до какого числа": "up to what date", "до какой даты": "up to what date",
        "по какое число": "up to what date", "без учета": "without",
        "где вы берете": "where do you get", "где берете": "where do you get",
        "где ты берешь": "where do you get", "ок": "ok", "окей": "ok", "для них": "",
        "«около»": "about", "«примерно»": "about", "кто-то": "anyone", "кто-нибудь": "anyone",
        "за исключением": "except", "не считая": "not counting", "не учитывая": "not counting",
        # wave 14: as in Ukrainian above
        "по месяцам": "by month", "помесячно": "by month",
        "по неделям": "by week", "понедельно": "by week",
        "по дням": "by day", "посуточно": "by day", "по годам": "by year",
    },
}  # fmt: skip

# How the answer should look, not what it is about ("коротко", "одним рядком", "таблицею",
# "у тис., округлено"): the English format words (knowledge/lexicon/formats.py), which every
# answer already satisfies, so they never leave a question unread (wave 12).
# fmt: off
_FORMAT_ROWS: dict[str, dict[str, str]] = {
    "uk": {
        "коротко": "briefly", "стисло": "briefly", "коротенько": "briefly",
        "якщо коротко": "briefly", "в двох словах": "briefly", "у двох словах": "briefly",
        "одним рядком": "in one line", "в один рядок": "in one line",
        "у один рядок": "in one line", "одним реченням": "in one line",
        "одним повідомленням": "in one line",
        "таблицею": "as a table", "у таблиці": "as a table", "в таблиці": "as a table",
        "у вигляді таблиці": "as a table", "в вигляді таблиці": "as a table",
        "списком": "as a list", "у вигляді списку": "as a list", "пунктами": "as a list",
        "лише цифру": "just the number", "тільки цифру": "just the number",
        "лише число": "just the number", "тільки число": "just the number",
        "просто цифру": "just the number", "одною цифрою": "just the number",
        "однією цифрою": "just the number", "одним числом": "just the number",
        "у тис.": "in thousands", "в тис.": "in thousands", "у тис": "in thousands",
        "в тис": "in thousands", "у тисячах": "in thousands", "в тисячах": "in thousands",
        "округлено": "rounded", "округлити": "rounded", "округли": "rounded",
        "з округленням": "rounded", "округли до тисяч": "rounded",
        "округлити до тисяч": "rounded", "з округленням до тисяч": "rounded",
        "заокругли": "rounded", "заокруглено": "rounded",
    },
    "ru": {
        "коротко": "briefly", "кратко": "briefly", "вкратце": "briefly",
        "если коротко": "briefly", "в двух словах": "briefly",
        "одной строкой": "in one line", "в одну строку": "in one line",
        "одной строчкой": "in one line", "в одну строчку": "in one line",
        "одним предложением": "in one line", "одним сообщением": "in one line",
        "таблицей": "as a table", "в таблице": "as a table", "в виде таблицы": "as a table",
        "табличкой": "as a table", "списком": "as a list", "в виде списка": "as a list",
        "по пунктам": "as a list",
        "только цифру": "just the number", "только число": "just the number",
        "просто цифру": "just the number", "просто число": "just the number",
        "одной цифрой": "just the number", "одним числом": "just the number",
        "в тыс.": "in thousands", "в тыс": "in thousands", "в тысячах": "in thousands",
        "округлённо": "rounded", "округленно": "rounded", "округлено": "rounded",
        "округли": "rounded", "округлить": "rounded", "с округлением": "rounded",
        "округли до тысяч": "rounded", "с округлением до тысяч": "rounded",
    },
}
# fmt: on

# Single words by lemma. lang -> lemma -> English.
LEMMA_ROWS: dict[str, dict[str, str]] = {
    "uk": {
        "скільки": "how many", "всього": "total", "загальний": "total", "втрата": "losses",
        "втратити": "lost", "знищити": "destroyed", "знищений": "destroyed",
        "ліквідувати": "losses", "ліквідований": "losses",
        "збити": "shot down", "збитий": "shot down",
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
        "потрапити": "", "звідки": "where is it from", "цей": "this",
        "цифра": "figure", "наскільки": "how far", "можна": "can", "довіряти": "trust",
        "дані": "data", "загарбник": "invaders", "військовослужбовець": "soldiers",
        "броньований": "armored", "машина": "vehicles", "особа": "people",
        "бойовий": "", "артилерійська": "artillery",
        "бмп": "bmp", "бтр": "btr", "бронемашина": "armored vehicles",
        "бронетранспортер": "btr", "броньовик": "armored vehicles",
        "бронетехніка": "armored vehicles", "ппо": "air defense", "засіб": "",
        "кількість": "", "число": "", "ворожий": "enemy", "підводний": "submarine",
        "човен": "", "між": "between", "останній": "last", "місяць": "month",
        "другий": "second", "четвертий": "fourth", "медіазона": "mediazona",
        "пентагон": "pentagon", "пєсков": "peskov", "медіазони": "mediazona",
        "медіазону": "mediazona", "медіазоною": "mediazona", "американський": "american",
        "генеральний": "general", "штаб": "staff", "сирський": "syrskyi", "шойгу": "shoigu",
        "путін": "putin", "буданов": "budanov", "армія": "army", "рашист": "occupiers",
        "військо": "troops",
        "ніж": "than", "проти": "versus",
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
        # readers' and channels' words (wave 4): the other side's soldiers are Russia's,
        # "наші" from a Ukrainian asker are Ukraine's; soldiers' words for equipment and kinds
        "русня": "russians", "орк": "occupiers", "кацап": "russians", "рашка": "russia",
        "наш": "ukrainian", "захисник": "ukrainian soldiers", "боєць": "soldiers",
        "вояк": "soldiers",
        "згоріти": "destroyed",
        "спалити": "destroyed", "знешкодити": "destroyed",
        "арта": "artillery", "артсистема": "artillery", "гаубиця": "artillery",
        "гармата": "artillery", "автівка": "vehicles", "цистерна": "vehicles",
        "вантажівка": "vehicles", "авто": "vehicles", "фура": "vehicles",
        "беха": "armored vehicles", "коробочка": "armored vehicles",
        "броня": "armored vehicles", "мопед": "shaheds", "шахед": "shaheds",
        "вертушка": "helicopters", "гелік": "helicopters",
        "скіки": "how many", "скіко": "how many", "скока": "how many", "шо": "what",
        "там": "", "ну": "", "ж": "", "сам": "", "визнати": "said", "писати": "reported",
        "заявляти": "said", "перевірити": "check", "перевір": "check", "правда": "true",
        "вчорашній": "yesterday", "сьогоднішній": "today",
        "позавчора": "the day before yesterday", "максимальний": "biggest",
        "вірно": "true", "правильно": "true", "надійний": "reliable", "достовірний": "reliable",
        "джерело": "source", "впасти": "drop", "знизитися": "drop", "зменшитися": "decrease",
        "скоротитися": "decrease", "збільшитися": "increase", "середньомісячний": "average monthly",
        "щоденний": "daily", "щомісячний": "monthly",
        "щогодини": "hourly", "погодинно": "hourly",
        "київ": "kyiv", "весь": "", "для": "for", "область": "oblast",
        "як": "how", "змінитися": "change", "повномасштабний": "full-scale",
        "втрачати": "lost", "хто": "who", "рахувати": "counts",
        "підраховувати": "counts", "вірити": "trust", "ти": "", "ви": "", "брати": "",
        "де": "where", "взятися": "", "з'явитися": "", "відсоток": "percent",
        # claimants and names readers use
        "москаль": "russians", "русак": "russians", "залужний": "zaluzhnyi",
        "бєлоусов": "belousov", "умєров": "umerov", "цру": "cia", "isw": "isw",
        "знищувати": "destroyed", "збивати": "shot down", "ліквідовувати": "losses",
        # verbs of saying in checks ("Генштаб заявив, що ..."), wave 5
        "заявити": "said", "сказати": "said", "повідомити": "reported", "стверджувати": "said",
        # verbs of counting and publishing ("скільки нарахував Генштаб", "хто публікує ці
        # дані"), wave 11: who counts, not which figure
        "нарахувати": "counted", "налічити": "counted", "порахувати": "counted",
        "публікувати": "reported", "опублікувати": "reported", "оприлюднювати": "reported",
        "оприлюднити": "reported",
        # how fresh the data is ("як часто оновлюються дані?"): a question about the sources
        "часто": "often", "оновлювати": "updated", "оновлюватися": "updated",
        "оновити": "updated", "оновитися": "updated",
        # self-propelled guns are artillery, Grads rocket systems (as the General Staff counts)
        "сау": "artillery", "град": "grads", "ураган": "mlrs", "смерч": "mlrs",
        # a round number passed ("мільйонну позначку")
        "мільйон": "a million", "мільйонний": "a million", "позначка": "mark", "рубіж": "mark",
        # a report's change asked about ("чому спецтехніка мінусова?")
        "чому": "why", "мінусовий": "negative", "мінус": "minus", "від'ємний": "negative",
        "стрибнути": "jumped", "підскочити": "jumped", "помилка": "error",
        # how errors are fixed and how the bot works ("як виправляються помилки?",
        # "методологія?"): questions about the sources, wave 13 (qcheck)
        "виправити": "corrected", "виправляти": "corrected", "виправлятися": "corrected",
        "методологія": "methodology", "методика": "methodology",
        "звіт": "report", "зведення": "report",
        "поточний": "this", "зрк": "air defense", "зенітний": "anti-air", "мобік": "mobiks",
        "вдв": "vdv", "десантник": "paratroopers", "спецназ": "spetsnaz",
        "найманець": "mercenaries", "скок": "how many",
        "русскі": "russians", "русскіє": "russians", "рускіє": "russians", "русскіх": "russians",
        # sides and capitals named as claimants ("за даними США", "за даними Москви")
        "сторона": "side", "західний": "western", "сша": "the us", "москва": "moscow",
        "вашингтон": "washington", "лондон": "london",
        # wave 6: the General Staff's abbreviation; "its own" losses; "had" (a record asked)
        "гш": "general staff", "свій": "own", "їх": "their", "нрк": "ground robotic systems",
        "становити": "were", "скласти": "were",
        "статистика": "",
        # wave 7: pronouns for the side asked about and the words that lead a question on
        # carry no figure ("у них мінус 500", "тобто", "давай тоді"); the morning report by
        # name; an anniversary; a date asked ("до якої дати"); losses "cost" a side
        "разом": "together", "плюс": "plus", "вони": "they", "ні": "no", "добре": "ok",
        "тобто": "", "тоді": "then", "давати": "", "саме": "exactly",
        "ранковий": "morning", "роковини": "anniversary", "дата": "date",
        "коштувати": "lost", "братися": "", "значний": "significant", "якийсь": "any",
        "визнавати": "said", "офіційно": "officially", "без": "without", "не": "not",
        "точний": "exact", "точно": "exactly", "рівно": "exactly",
        "перевищувати": "exceeded", "перевищити": "exceeded", "гинути": "died",
        "загинути": "died",
        "називати": "reported", "назвати": "reported", "показати": "show",
        "потрібний": "", "потрібно": "",
        "підтвердити": "confirmed", "ще": "", "хтось": "anyone", "незалежно": "independently",
        "такий": "", "означати": "mean", "лише": "only", "свіжий": "newest", "самий": "",
        # a front's part by its place's adjective ("на Запорізькому напрямку"): the place and
        # its direction, which the English rows name as unread (no figure is by place)
        "напрямок": "direction", "напрям": "direction", "ділянка": "sector",
        "запорізький": "zaporizhzhia", "донецький": "donetsk", "покровський": "pokrovsk",
        "курський": "kursk", "харківський": "kharkiv", "херсонський": "kherson",
        "луганський": "luhansk", "бахмутський": "bakhmut", "лиманський": "lyman",
        "куп'янський": "kupiansk", "краматорський": "kramatorsk", "авдіївський": "avdiivka",
        # wave 14: how newsrooms and chats frame a question (a draft to vet, a line to paste,
        # a post or channel quoted, "do you know", "at that moment", the pace slowing, a peak,
        # a share, doubling): the English words the parser reads or leaves as loose words, as
        # it does the same words in English, so they no longer refuse as unknown Cyrillic
        "знати": "know", "пам'ятати": "remember", "рядок": "line", "текст": "text",
        "вставити": "paste", "вставляти": "paste", "чернетка": "draft", "допис": "post",
        "пост": "post", "репост": "repost", "канал": "channel", "публікація": "post",
        "стаття": "article", "новина": "news", "заголовок": "headline",
        "видання": "publication", "газета": "newspaper", "журнал": "magazine",
        "сайт": "website", "телеграм": "telegram", "фейсбук": "facebook",
        "таблиця": "table", "момент": "moment", "закінчитися": "ended",
        "завершитися": "ended", "темп": "pace", "сповільнюватися": "slowing",
        "сповільнитися": "slowed", "уповільнюватися": "slowing", "пришвидшуватися": "speeding up",
        "пришвидшитися": "sped up", "прискорюватися": "speeding up", "пік": "peak",
        "частка": "share", "подвоїтися": "double", "потроїтися": "triple",
        "міністерство": "ministry", "зафіксувати": "", "фіксувати": "", "серед": "among",
        "уточнення": "clarification", "виправлення": "correction", "помилково": "wrongly",
        "вказати": "stated", "вказувати": "stated", "сходитися": "match", "збігатися": "match",
        # "чи входять поранені в цю цифру?", "чия це цифра?": what a figure counts, and whose;
        # "медіана" left as typed (no median is computed; it was read as a typo of Медіазона)
        "входити": "included", "включати": "include", "враховувати": "include", "виходити": "",
        "чий": "whose", "медіана": "медіана",
        "додати": "add", "додатися": "add", "додавати": "add", "написати": "reported",
    },
    "ru": {
        "сколько": "how many", "всего": "total", "общий": "total", "потеря": "losses",
        "потерять": "lost", "уничтожить": "destroyed", "уничтоженный": "destroyed",
        "сбить": "shot down", "сбитый": "shot down",
        "танк": "tanks", "солдат": "soldiers", "военный": "soldiers",
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
        "попасть": "", "откуда": "where is it from", "этот": "this",
        "цифра": "figure", "насколько": "how far", "можно": "can", "доверять": "trust",
        "данные": "data", "а": "and", "оккупант": "occupiers",
        "военнослужащий": "soldiers", "бронированный": "armored", "машина": "vehicles",
        "человек": "people", "боевой": "", "захватчик": "invaders",
        "бмп": "bmp", "бтр": "btr", "бронемашина": "armored vehicles",
        "бронетранспортер": "btr", "броневик": "armored vehicles",
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
        # readers' and channels' words (wave 4): the other side's soldiers; the Russian side's
        # word for Ukraine's ("всушники"); soldiers' words for equipment and kinds
        "русня": "russians", "орк": "occupiers", "кацап": "russians", "рашка": "russia",
        "рашист": "occupiers", "всушник": "ukrainian soldiers", "боец": "soldiers",
        "вояка": "soldiers",
        "сгореть": "destroyed", "сжечь": "destroyed",
        "арта": "artillery", "артсистема": "artillery",
        "гаубица": "artillery", "пушка": "artillery", "цистерна": "vehicles",
        "грузовик": "vehicles", "авто": "vehicles", "фура": "vehicles",
        "беха": "armored vehicles", "коробочка": "armored vehicles",
        "броня": "armored vehicles", "мопед": "shaheds", "шахед": "shaheds",
        "герань": "shaheds", "вертушка": "helicopters",
        "скока": "how many", "скоко": "how many", "че": "what", "чо": "what",
        "там": "", "ну": "", "ж": "", "сам": "", "признать": "said", "заявлять": "said",
        "проверить": "check", "правда": "true", "вчерашний": "yesterday",
        "сегодняшний": "today", "позавчера": "the day before yesterday",
        "верно": "true", "правильно": "true", "надежный": "reliable", "достоверный": "reliable",
        "источник": "source", "упасть": "drop", "снизиться": "drop", "уменьшиться": "decrease",
        "сократиться": "decrease", "увеличиться": "increase", "среднемесячный": "average monthly",
        "ежедневный": "daily", "ежемесячный": "monthly", "наибольший": "biggest",
        "ежечасно": "hourly", "почасово": "hourly",
        "крупнейший": "biggest",
        "максимальный": "biggest", "средний": "average", "осень": "autumn",
        "весна": "spring", "зима": "winter", "киев": "kyiv", "весь": "", "для": "for",
        "область": "oblast", "суточный": "daily", "как": "how",
        "измениться": "change", "годовщина": "anniversary", "вторжение": "invasion",
        "полномасштабный": "full-scale", "кто": "who", "считать": "counts",
        "подсчитывать": "counts", "верить": "trust", "ты": "", "вы": "", "брать": "",
        "где": "where", "из": "from", "взяться": "", "появиться": "", "процент": "percent",
        # "наши" from a Russian-language asker may be either side's: left unread, named (the
        # row keeps the Ukrainian table's "наш" = Ukraine's from reading it)
        "наш": "наш",
        "залужный": "zaluzhnyi", "белоусов": "belousov", "умеров": "umerov", "цру": "cia",
        "терять": "lost", "уничтожать": "destroyed",
        "сбивать": "shot down",
        # verbs of saying in checks ("Генштаб заявил, что ..."), wave 5; "русские" soldiers
        "заявить": "said", "сказать": "said", "сообщить": "reported", "утверждать": "said",
        "насчитать": "counted", "подсчитать": "counted", "посчитать": "counted",
        "публиковать": "reported", "опубликовать": "reported", "обнародовать": "reported",
        "превышать": "exceed", "превысить": "exceed",
        "часто": "often", "обновлять": "updated", "обновляться": "updated",
        "обновить": "updated", "обновиться": "updated",
        "русский": "russian",
        "сау": "artillery", "град": "grads", "ураган": "mlrs", "смерч": "mlrs",
        "миллион": "a million", "миллионный": "a million", "отметка": "mark", "рубеж": "mark",
        "почему": "why", "отчего": "why", "минусовой": "negative", "минус": "minus",
        "отрицательный": "negative", "скакнуть": "jumped", "подскочить": "jumped",
        "ошибка": "error", "отчет": "report", "сводка": "report",
        "исправить": "corrected", "исправлять": "corrected", "исправляться": "corrected",
        "методология": "methodology", "методика": "methodology",
        "текущий": "this", "зрк": "air defense", "зенитный": "anti-air", "мобик": "mobiks",
        "вдв": "vdv", "десантник": "paratroopers", "спецназ": "spetsnaz",
        "двое": "two", "трое": "three", "четверо": "four", "пятеро": "five", "скок": "how many",
        # sides and capitals named as claimants ("по данным США", "по данным Москвы")
        "сторона": "side", "западный": "western", "сша": "the us", "москва": "moscow",
        "вашингтон": "washington", "лондон": "london",
        # wave 6: the General Staff's abbreviation; "its own" losses; "had" (a record asked)
        "гш": "general staff", "свой": "own", "их": "their", "иметь": "had",
        "нрк": "ground robotic systems", "составить": "were", "составлять": "were",
        "статистика": "",
        # wave 7: as in Ukrainian above
        "они": "they", "тогда": "then", "давать": "", "именно": "exactly",
        "утренний": "morning", "дата": "date", "стоить": "lost", "браться": "",
        "значительный": "significant", "какой-то": "any", "признавать": "said",
        "официально": "officially", "без": "without", "не": "not", "вместе": "together",
        "плюс": "plus", "нет": "no", "хорошо": "ok", "ладно": "ok",
        "точный": "exact", "точно": "exactly", "ровно": "exactly", "гибнуть": "died",
        "погибнуть": "died",
        "назвать": "reported", "показать": "show",
        "подтвердить": "confirmed", "еще": "", "независимо": "independently",
        "значить": "mean", "только": "only", "свежий": "newest", "самый": "", "расти": "rise",
        "нужный": "", "нужно": "", "дать": "give",
        "направление": "direction", "участок": "sector",
        "запорожский": "zaporizhzhia", "донецкий": "donetsk", "покровский": "pokrovsk",
        "курский": "kursk", "харьковский": "kharkiv", "херсонский": "kherson",
        "луганский": "luhansk", "лиманский": "lyman", "краматорский": "kramatorsk",
        "авдеевский": "avdiivka",
        # wave 14: as in Ukrainian above
        "знать": "know", "помнить": "remember", "строка": "line", "строчка": "line",
        "текст": "text", "вставить": "paste", "вставлять": "paste", "черновик": "draft",
        "пост": "post", "репост": "repost", "канал": "channel", "публикация": "post",
        "статья": "article", "новость": "news", "заголовок": "headline",
        "издание": "publication", "газета": "newspaper", "журнал": "magazine",
        "сайт": "website", "телеграм": "telegram", "телеграмм": "telegram",
        "фейсбук": "facebook",
        "таблица": "table", "момент": "moment", "закончиться": "ended",
        "завершиться": "ended", "темп": "pace", "замедляться": "slowing",
        "замедлиться": "slowed", "ускоряться": "speeding up", "ускориться": "sped up",
        "пик": "peak", "доля": "share", "удвоиться": "double", "утроиться": "triple",
        "министерство": "ministry", "зафиксировать": "", "фиксировать": "", "среди": "among",
        "уточнение": "clarification", "исправление": "correction", "ошибочно": "wrongly",
        "указать": "stated", "указывать": "stated", "сходиться": "match", "совпадать": "match",
        "входить": "included", "включать": "include", "учитывать": "include", "выходить": "",
        "чей": "whose", "медиана": "медиана",
        "добавить": "add", "добавиться": "add", "добавлять": "add", "написать": "reported",
    },
}  # fmt: skip


def _declined(stem: str, endings: str, english: str) -> dict[str, str]:
    """Rows for every form of a word pymorphy3's dictionaries do not know (slang): its stem
    with each ending ("-" is the bare stem)."""
    return {stem + ("" if e == "-" else e): english for e in endings.split()}


_UK_ADJ = "ий ого ому им ім а ої ій у ою е і их ими"
_RU_ADJ = "ий ая ое ие его ей ему им ую ой их ими ем ые ых ым"

# Slang the dictionaries do not have, and superlatives they read as the plain adjective
# ("худший" is "плохой" to pymorphy3), with their forms written out (wave 4).
SLANG_FORMS: dict[str, dict[str, str]] = {
    "uk": {
        **_declined("рашк", "а и і у ою ою", "russia"),
        **_declined("всушник", "- и ів ам ами а ові", "ukrainian soldiers"),
        **_declined("шахед", "- и ів ам ами а у", "shaheds"),
        **_declined("мінусну", "ли ло в ла ти", "losses"),
        **_declined("мінусану", "ли ло в ла ти", "losses"),
        **_declined("задвохсоти", "ли ло в ла ти", "killed"),
        **_declined("арт", "а и і у ою", "artillery"),
        **_declined("бех", "а и і у ою ам ами", "armored vehicles"),
        **_declined("найгірш", _UK_ADJ, "worst"),
        **_declined("найкривавіш", _UK_ADJ, "bloodiest"),
        **_declined("найменш", _UK_ADJ, "fewest"),
        **_declined("найспокійніш", _UK_ADJ, "quietest"),
        **_declined("найсвіжіш", _UK_ADJ, "newest"),
        **_declined("найновіш", _UK_ADJ, "newest"),
        **_declined("мінімальн", _UK_ADJ, "lowest"),
        # surnames declined like adjectives ("за словами Сирського")
        **_declined("сирськ", _UK_ADJ, "syrskyi"),
        **_declined("залужн", _UK_ADJ, "zaluzhnyi"),
        # the past and present of "мати" (had) written out: its lemma is also "mother"
        **_declined("ма", "в ла ли є ють", "had"),
        # "дай цифри": give (the lemma "дати" would take the genitive of "дата"); "назви
        # цифру": tell (the rest of "назвати" is who reported a figure)
        **_declined("да", "й йте", "give"),
        **_declined("назв", "и іть", "tell"),
        # chat words (wave 6): surzhyk "потєрі", the mobilised, enemies, slang verbs of losing
        **_declined("потєр", "і ь ям ями ях я ю", "losses"),
        **_declined("чмобик", "- и ів ам ами а у", "mobiks"),
        **_declined("вражин", "а и і у ою ам ами", "occupiers"),
        **_declined("свинособак", "а и і у ою ам ами", "occupiers"),
        **_declined("приземли", "ли ло в ла ти", "destroyed"),
        **_declined("відмінусува", "ли ло в ла ти", "losses"),
        # "сумарні втрати", "сукупні втрати": the total, as "загальні" (wave 12)
        **_declined("сумарн", _UK_ADJ, "total"),
        **_declined("сукупн", _UK_ADJ, "total"),
    },
    "ru": {
        **_declined("русн", "я и ю ей", "russians"),
        **_declined("рашк", "а и е у ой", "russia"),
        **_declined("всушник", "- и ов ам ами а у ом", "ukrainian soldiers"),
        **_declined("шахед", "- ы ов ам ами а у", "shaheds"),
        **_declined("бех", "а и е у ой ам ами", "armored vehicles"),
        **_declined("арт", "а ы е у ой", "artillery"),
        **_declined("минусну", "ли ло л ла ть", "losses"),
        **_declined("минусану", "ли ло л ла ть", "losses"),
        **_declined("задвухсоти", "ли ло л ла ть", "killed"),
        "бех": "armored vehicles",
        **_declined("худш", _RU_ADJ, "worst"),
        **_declined("наихудш", _RU_ADJ, "worst"),
        **_declined("наименьш", _RU_ADJ, "fewest"),
        **_declined("минимальн", _RU_ADJ, "lowest"),
        **_declined("сырск", _RU_ADJ, "syrsky"),
        **_declined("залужн", _RU_ADJ, "zaluzhnyi"),
        **_declined("чмобик", "- и ов ам ами а у", "mobiks"),
        **_declined("бахмутск", _RU_ADJ, "bakhmut"),
        **_declined("назов", "и ите", "tell"),
        **_declined("купянск", _RU_ADJ, "kupiansk"),
        **_declined("отминусова", "ли ло л ла ть", "losses"),
        **_declined("приземли", "ли ло л ла ть", "destroyed"),
        **_declined("суммарн", _RU_ADJ, "total"),
        **_declined("совокупн", _RU_ADJ, "total"),
    },
}
# The words for kinds of loss (killed, wounded, captured) are the one kind table's rows.
for _lang, _rows in KIND_LEMMAS.items():
    LEMMA_ROWS[_lang].update(_rows)
for _lang, _rows in _FORMAT_ROWS.items():
    for _phrase, _english in _rows.items():
        PHRASE_ROWS[_lang].setdefault(_phrase, _english)
for _lang, _rows in SLANG_FORMS.items():
    for _form, _english in _rows.items():
        LEMMA_ROWS[_lang].setdefault(_form, _english)


# Rows that need their neighbours, as regular expressions on the lower-cased question, tried
# before the phrase rows: lang -> (pattern, English). "на 1 грудня" is a total as of that day
# ("станом на"), "к апрелю" is by the start of April, a leading "чи"/"ли" only asks whether.
_UK_GEN = UK_MONTH_GENITIVES
_RU_GEN = RU_MONTH_GENITIVES
_UK_OF = rf"(?=\s+(?:{_UK_GEN}|(?:19|20)\d\d)(?![\w']))"
_RU_OF = rf"(?=\s+(?:{_RU_GEN}|(?:19|20)\d\d)(?![\w']))"
_UK_WAR = r"(?=\s+(?:війни|вторгнення|повномасштабного|повномасштабної)(?![\w']))"
_RU_WAR = r"(?=\s+(?:войны|вторжения|полномасштабного|полномасштабной)(?![\w']))"
_UK_MONTH = rf"(?=\s+(?:{_UK_GEN})(?![\w']))"
_RU_MONTH = rf"(?=\s+(?:{_RU_GEN})(?![\w']))"
# "3 кварталі", "III квартале", "1-й квартал": the quarter by its number.
_QUARTER = r"(?:-?(?:й|го|му|ий|ому|ем|м))?(?=\s*(?:квартал|кв\b|quarter\b))"
# Roman numerals are typed with Latin "i" or Cyrillic "і" ("ІІІ квартал"); halves likewise
# ("І півріччя", "1-е полугодие").
_HALF = r"(?:-?(?:е|ше|ое|й|ий|го|му|ому))?(?=\s*(?:півріч|полугод|half\b))"
_QUARTER_ROWS: tuple[tuple[str, str], ...] = tuple(
    (rf"(?<![\w'])(?:{n}|{roman.replace('i', '[iі]')}){unit}", word)
    for n, roman, word, unit in (
        (1, "i", "first", _QUARTER),
        (2, "ii", "second", _QUARTER),
        (3, "iii", "third", _QUARTER),
        (4, "iv", "fourth", _QUARTER),
        (1, "i", "first", _HALF),
        (2, "ii", "second", _HALF),
    )
)
# "жовтень 24", "у лютому 25-го", "октябрь 24": a two-digit year after a month that is not in
# the genitive ("24 жовтня" is a day). \1 is the month as typed (read by its own row after).
_UK_GENITIVE = rf"(?:{_UK_GEN})(?![\w'])"
_RU_GENITIVE = rf"(?:{_RU_GEN})(?![\w'])"
_TWO_DIGIT_YEAR = r")[\w']*)\s+'?(\d\d)(?:-?(?:го|й|ий|му|м|ого))?(?![\w'\d])"
_UK_SHORT_YEAR = (
    rf"(?<![\w'])((?!{_UK_GENITIVE})(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|"
    rf"листопад|груд{_TWO_DIGIT_YEAR}"
)
_RU_SHORT_YEAR = (
    rf"(?<![\w'])((?!{_RU_GENITIVE})(?:январ|феврал|март|апрел|ма[йе]|июн|июл|август|"
    rf"сентябр|октябр|ноябр|декабр{_TWO_DIGIT_YEAR}"
)
# "16-й тиждень 2025", "за 16 неделю": week N (an ordinal ending, or a singular form: "2
# тижні", "2 недели" are two weeks, not the second).
_ORDINAL = r"-?(?:й|ий|ій|а|я|ю|ого|го|му|ому|ей|е)"
_OF_YEAR = r"(?=\s+(?:19|20)\d\d(?!\d))"


def _counted_rows(number: str, weeks: str, months: str, of: str) -> tuple[tuple[str, str], ...]:
    """ "останні два тижні", "последние 3 месяца": N weeks or months (each form of the unit
    is read as one week or month otherwise), "of" when a month, year or the war follows."""
    rows: list[tuple[str, str]] = []
    for unit, english in ((weeks, "weeks"), (months, "months")):
        counted = rf"(?<![\w'])({number}|\d+)\s+(?:{unit})(?![\w'])"
        rows += [(counted + of, rf"\1 {english} of"), (counted, rf"\1 {english}")]
    return tuple(rows)


def _week_rows(any_form: str, singular: str) -> tuple[tuple[str, str], ...]:
    """Week N of a year, then week N, by ordinal or by a singular form."""
    number = r"(?<![\w'\d])(\d{1,2})"
    forms = rf"(?:{_ORDINAL}\s+(?:{any_form})|\s+(?:{singular}))(?![\w'])"
    named = rf"(?<![\w'])(?:{any_form})\s+(?:номер|№)\s*(\d{{1,2}})(?!\d)"
    return (
        (number + forms + _OF_YEAR, r"week \1 of"),
        (named + _OF_YEAR, r"week \1 of"),
        (number + forms, r"week \1"),
        (named, r"week \1"),
    )


# Model names typed in Cyrillic ("т-72", "су-34", "с-400"): in Latin letters, so the one table
# of models reads the kind of loss and names the model as unread (in the asker's spelling).
_MODEL_PREFIXES = {
    "т": "t", "су": "su", "ка": "ka", "мі": "mi", "ми": "mi", "бмп": "bmp", "бмд": "bmd",
    "бтр": "btr", "тос": "tos", "с": "s", "ту": "tu", "іл": "il", "ил": "il", "ан": "an",
}  # fmt: skip
_MODEL_ROWS: tuple[tuple[str, str], ...] = tuple(
    row
    for cyrillic, latin in _MODEL_PREFIXES.items()
    for row in (
        (rf"(?<![\w'])\b{cyrillic}-(\d+)м(?![\w'])", rf"{latin}-\1m"),
        (rf"(?<![\w'])\b{cyrillic}-(\d+)(?![\w'])", rf"{latin}-\1"),
    )
)
# "45 тисяч", "430 тысяч", "1 млн": a figure written with its thousands or millions in words.
_NUMBER_WORD_ROWS: tuple[tuple[str, str], ...] = (
    (r"(?<![\d,.])(\d{1,3})\s+(?:тис\.?|тисяч[аіи]?|тыс\.?|тысяч[аи]?)(?![\w'])", r"\1,000"),
    (r"(?<![\d,.])(\d{1,3})\s+(?:млн\.?|мільйон\w*|миллион\w*)(?![\w'])", r"\1,000,000"),
)

# What may not follow "за тиждень" for it to be the past week: a date, a span or the war.
_NOTHING_AFTER_UK = (
    rf"(?!\s+(?:\d|до|з|із|від|по|після|війни|вторгнення|{_UK_GEN}|минул|поточн))(?![\w'])"
)
_NOTHING_AFTER_RU = (
    rf"(?!\s+(?:\d|до|с|со|от|по|после|войны|вторжения|{_RU_GEN}|прошл|текущ))(?![\w'])"
)

# "тиждень після 6 серпня", "неделю после 1 марта", "месяц спустя 1 мая": a span that starts
# the day after a day (the English grammar's "week after"), never the week before it.
_AFTER = r"(?:після|опісля|после|спустя)(?=\s+\d)"
_AFTER_A_DAY = (
    (
        rf"(?<![\w'])(?:перш|перв)\w*\s+(?:тиждень|тижня|тижні|неделю|недели|неделя)\s+{_AFTER}",
        "the first week after",
    ),
    (rf"(?<![\w']){_AFTER}", "after"),
)

# "зведення 01.12", "на 15.03", "потери 9.11": a day in digits without its year, as Ukrainian
# and Russian write a date (the English grammar's "1 december", in the year asked); not a
# decimal ("1.12 млн", "2.05 рази") and not a date with its year ("01.12.2025", read whole).
_MONTHS_IN_ORDER = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_DAY_MONTH_ROWS: tuple[tuple[str, str], ...] = tuple(
    (
        rf"(?<![\w.,])(0?[1-9]|[12]\d|3[01])\.{number:02d}(?![\d\w]|[.,]\d|[.,]?\s*(?:млн|млрд"
        r"|мільйон|миллион|тис|тыс|раз|%))",
        rf"\1 {month}",
    )
    for number, month in enumerate(_MONTHS_IN_ORDER, start=1)
)

# "за 100 днів війни", "за 1000 дней вторжения": the first N days, from the invasion on ("the
# first" is inserted before the number, so every word keeps where it was typed).
_FIRST_DAYS = (
    r"(?<![\w'])(?<!перші\s)(?<!перших\s)(?<!первые\s)(?<!первых\s)(?<!first\s)"
    r"(?=\d+\s+(?:днів|дні|дня|дней)\s+(?:повномасштабного\s+|полномасштабного\s+)?"
    r"(?:війни|вторгнення|войны|вторжения)(?![\w']))"
)

# Outlets as readers type them in Cyrillic ("що пише Рейтер", "по данным Би-би-си"): the
# outlet's own name, so the outlet rules read it ("no article from the BBC" when there is none).
_OUTLET_ROWS: tuple[tuple[str, str], ...] = (
    (r"(?<![\w'])(?:бі-?бі-?сі|би-?би-?си)(?![\w'])", "bbc"),
    (r"(?<![\w'])рейтер(?:с|з|а|у|ом|са|су)?(?![\w'])", "reuters"),
    (r"(?<![\w'])ньюсв[іи]к\w*", "newsweek"),
    (r"(?<![\w'])ор[іи]кс\w*", "oryx"),
    (r"(?<![\w'])нью-?йорк\s+таймс(?![\w'])", "the new york times"),
    (r"(?<![\w'])вашингтон\s+пост(?![\w'])", "the washington post"),
    (r"(?<![\w'])(?:сі-?ен-?ен|си-?эн-?эн)(?![\w'])", "cnn"),
    (r"(?<![\w'])(?:уолл|волл)\s+стр[іи]т\s+джорнал(?![\w'])", "the wall street journal"),
    (r"(?<![\w'])ле\s*монд\w*", "le monde"),
    (r"(?<![\w'])(?:джі-?бі|джи-?би)\s+ньюс(?![\w'])", "gb news"),
)

# Months shortened with a dot, as calendars and tables print them ("лют. 2025", "сент.
# 2024", "груд.2024"): the month, when a four-digit year follows (a bare "лист" or "трав"
# is a word; "лют. 25" could be a day).
_SHORT_MONTHS: tuple[tuple[str, str], ...] = (
    ("січ|янв", "january"),
    ("лют|фев|февр", "february"),
    ("бер|берез|мар", "march"),
    ("квіт|апр", "april"),
    ("трав", "may"),
    ("черв|июн", "june"),
    ("лип|июл", "july"),
    ("серп|авг", "august"),
    ("вер|верес|сен|сент", "september"),
    ("жовт|окт", "october"),
    ("лист|листоп|нояб", "november"),
    ("груд|дек", "december"),
)
_SHORT_MONTH_ROWS: tuple[tuple[str, str], ...] = tuple(
    (rf"(?<![\w'])(?:{stems})\.\s*(?=(?:19|20)\d\d(?![\d.,]|[.,]\d))", f"{month} ")
    for stems, month in _SHORT_MONTHS
)

# Rows both languages share: chat shorthand, cargo 200 and 300, manpower.
_SHARED: tuple[tuple[str, str], ...] = (
    # Fillers of voice messages and chats ("е-е", "э-э", "вроде", "здається"): nothing to read
    # ("здається" is "it seems" here, never "surrenders", unless "в полон" follows).
    (r"(?<![\w'])(?:[еэ]+-[еэ]+(?:-[еэ]+)*|[еэ]{2,}|м{2,}|хм+)(?![\w'])", ""),
    (
        r"(?<![\w'])(?:здається|кажется|вроде(?:\s+бы)?|мабуть|начебто|наче|ніби|будто|похоже"
        r"|схоже|видимо|типа\s+того)(?![\w'])(?!\s+(?:в|у)\s+пол[оі]н)",
        "",
    ),
    # A forwarded post's cheers ("Слава ЗСУ!", "Героям слава!", "смерть ворогам"): nothing to
    # read (never "were Ukraine's armed forces", a side or claimant the asker did not name)
    (
        r"(?<![\w'])(?:слава\s+(?:нашим\s+|нашей\s+|нашій\s+)?[^\W\d_]+|героям\s+слава"
        r"|смерть\s+(?:ворогам|врагам|окупантам|оккупантам))(?![\w'])\s*!*",
        "",
    ),
    # "мінус 1 240 окупантів": a channel's way of saying 1,240 taken off the enemy, a figure
    # quoted, never a figure excluded ("minus" in English); "пішла в мінус 30 листопада" went
    # negative on a day
    (r"(?<![\w'])(?<!в )(?<!у )(?:мінус|минус)(?=\s+\d)", ""),
    # "у вчорашньому дописі", "в сегодняшней новости": when the asker's own post or story
    # came out, never the period asked ("... вказано 1 500 за 3 березня") (wave 14); the
    # General Staff's "вчорашнє зведення" stays yesterday's report
    (
        r"(?<![\w'])(?:(?:в|у)чорашн|позавчорашн|сьогоднішн|вчерашн|позавчерашн|сегодняшн)\w*"
        r"(?=\s+(?:допис|пост|новин|новост|статт|стать|публікац|публикац|матеріал|материал"
        r"|твіт|твит|заголов|випуск|выпуск|сюжет|ефір|эфир|тред)\w*)",
        "",
    ),
    # "а разом від початку вторгнення?": the running total since then, never periods added
    # up ("разом" is "together" elsewhere: "обидва місяці разом")
    (r"(?<![\w'])(?:разом|вместе)(?=\s+since\s+the\s+start)", "in total"),
    # "це нормально для грудня?", "типичная цифра?": a quoted figure weighed against the usual
    (r"(?<![\w'])нормальн\w*(?![\w'])", "normal"),
    (r"(?<![\w'])(?:типов|типичн)\w*(?![\w'])", "typical"),
    # "т.е.", "т. е.", "т.б.": "то есть", "тобто" abbreviated (read as nothing, as they are)
    (r"(?<![\w'])т\.\s?[еб]\.", ""),
    # "скільки їх там було", "сколько их": how many of them (never "their")
    (r"(?<=скільки\s)(?:ж\s+)?їх(?![\w'])|(?<=сколько\s)(?:же\s+)?их(?![\w'])", ""),
    # "оскільки ... під Бахмутом, ...", "поскольку ...": a premise set before the question
    (r"^\s*(?:оскільки|поскольку|так\s+как)(?![\w'])", ""),
    (r"(?<![\w'])(?:основн|головн)\w*(?=\s+(?:втрат|потер|бо[йїіи]))", ""),
    # "бої йдуть під ...", "бои идут возле ...": where the fighting is (the place is what counts)
    (
        r"(?<![\w'])(?:бої|бои)(?:\s+(?:йдуть|ідуть|идут|тривають|продолжаются|ведутся))?"
        r"(?=\s+(?:під|біля|поблизу|под|около|возле)(?![\w']))",
        "",
    ),
    # "скільки набралося", "сколько накопилось": how many so far (the period says since when)
    (r"(?<![\w'])(?:набрал|накопич|накопил|назбирал|насобирал)\w*(?![\w'])", ""),
    *_SHORT_MONTH_ROWS,
    (r"(?<![\w'])(?:то\s+ж(?:е)?|те\s+ж(?:\s+саме)?|то\s+же\s+самое)(?![\w'])", "the same"),
    (r"(?<![\w'])ск-?ко(?![\w'])", "how many"),
    (r"(?<![\w'])(?:вантаж|груз)\w*\s*-?\s*200(?!\d)", "killed"),
    (r"(?<![\w'])(?:вантаж|груз)\w*\s*-?\s*300(?!\d)", "wounded"),
    (r"(?<![\w'])жив\w*\s+сил\w*", "personnel"),
    *KIND_PHRASES,  # "зниклих безвісти", "санитарные потери": the kind table's phrases
    # Parts of the forces no figure counts apart: the English names the troop-part and place
    # rules report ("black sea fleet", "naval infantry")
    (r"(?<![\w'])(?:чорноморськ|черноморск)\w*\s+флот\w*", "black sea"),
    (r"(?<![\w'])(?:морськ\w*\s+піхот|морск\w*\s+пехот)\w*", "naval infantry"),
    # Outlets typed in Cyrillic: in the Latin letters the one table of outlets reads
    *_OUTLET_ROWS,
    # "зенітні ракетні комплекси": SAM systems, air defence (not missiles)
    (r"(?<![\w'])зен[іи]тн\w*\s+(?:ракетн\w*\s+)?(?:комплекс|систем|установ)\w*", "air defense"),
    # "на годину", "за годину": per hour, which no figure is counted by (reported as unread,
    # never read as a day's average). Not "за час" or "в час": "during" in Ukrainian.
    (r"(?<![\w'])(?:на|за)\s+годину(?![\w'])", "per hour"),
    # "1 кв. 2025": a quarter, abbreviated
    (r"(?<![\w'])кв\b\.?", "quarter"),
    # "Генштаб ЗСУ", "Генштабом ВСУ", "Генеральний штаб ЗСУ": Ukraine's General Staff (whose
    # figures are Russia's losses), in any case
    (r"(?<![\w'])(?:генштаб|генеральн\w*\s+штаб)\w*\s+(?:зсу|всу)(?![\w'])", "general staff"),
    # "Генштаб РФ", "Генштабу росії", "российский генштаб": Russia's General Staff (Russian
    # officials), never Ukraine's
    (
        r"(?<![\w'])(?:генштаб|генеральн\w*\s+штаб)\w*\s+(?:(?:зс|вс)\s+)?(?:рф|росії|россии)(?![\w'])"
        r"|(?<![\w'])(?:російськ|российск)\w*\s+(?:генштаб|генеральн\w*\s+штаб)\w*",
        "russian general staff",
    ),
    # "в телеге пишут", "у соцмережах пишуть": where a rumour was read; it claims nothing and
    # constrains nothing, the figure quoted is what is checked (wave 6)
    (
        r"(?<![\w'])(?:в|у|на|во)\s+(?:телеграм\w*(?:-канал\w*)?|телег[аеиіу]|тг|телезі"
        r"|соцмереж\w*|соцсет\w*|соціальних\s+мережах|социальных\s+сетях|мережі|сети"
        r"|інтернет\w*|интернет\w*|твіттер\w*|твиттер\w*|тікто[кц]\w*|тикто[кц]\w*"
        r"|ютуб\w*|пабл[іи]\w*|каналах|новинах|новостях)(?![\w'])",
        "",
    ),
    # Ground robotic systems, the General Staff's own series ("наземні роботизовані
    # комплекси", "НРК", "наземные роботы"): the one category row's English
    (
        r"(?<![\w'])наземн\w*\s+(?:робот\w*|роботизован\w*|роботизирован\w*"
        r"|робототехн[іи]ч\w*)(?:\s+(?:комплекс\w*|систем\w*|засоб\w*|средств\w*))?(?![\w'])"
        r"|(?<![\w'])(?:роботизован|роботизирован|робототехн[іи]ч)\w*\s+(?:наземн\w*\s+)?"
        r"(?:комплекс\w*|систем\w*)(?![\w'])",
        "ground robotic systems",
    ),
    # "БпЛА оперативно-тактичного рівня": the General Staff's label of the drones it counts
    (
        r"(?<=бпла )оперативно-тактич\w*\s+(?:рівня|уровня)(?![\w'])"
        r"|(?<=дрони )оперативно-тактич\w*\s+(?:рівня|уровня)(?![\w'])"
        r"|(?<=дроны )оперативно-тактич\w*\s+(?:рівня|уровня)(?![\w'])"
        r"|(?<=безпілотники )оперативно-тактич\w*\s+(?:рівня|уровня)(?![\w'])"
        r"|(?<=беспилотники )оперативно-тактич\w*\s+(?:рівня|уровня)(?![\w'])"
        r"|(?<=безпілотників )оперативно-тактич\w*\s+(?:рівня|уровня)(?![\w'])"
        r"|(?<=беспилотников )оперативно-тактич\w*\s+(?:рівня|уровня)(?![\w'])"
        r"|(?<![\w'])оперативно-тактич\w*(?=\s+(?:бпла|безпілотн|беспилотн|дрон))",
        "",
    ),
    # "з початку повномасштабки", "від початку вторгнення", "с начала СВО": the whole war
    (
        r"(?<![\w'])(?:з|із|від|с|со|от)\s+(?:самого\s+)?(?:початку|начала)\s+"
        r"(?:(?:повномасштабн|полномасштабн)\w*\s+)?(?:війни|вторгнення|вторжения|агресії"
        r"|агрессии|сво|спецоперації|спецоперации|специальной\s+военной\s+операции)(?![\w'])"
        r"|(?<![\w'])(?:з|із|від)\s+(?:самого\s+)?початку\s+повномасштабки(?![\w'])",
        "since the start of the full-scale invasion",
    ),
    # "за період з 10 по 20 березня", "в период с ...": the period is the span that follows
    (
        r"(?<![\w'])(?:за|в|у|во)\s+(?:період|проміжок(?:\s+часу)?|период|промежуток"
        r"(?:\s+времени)?|отрезок(?:\s+времени)?)(?=\s+(?:з|із|від|с|со|от)\s)",
        "",
    ),
    # "хто їх рахує", "кто их считает": who counts (the sources asked), the pronoun before its
    # verb as the languages put it
    (
        r"(?<![\w'])(?:хто|кто)\s+(?:їх|их|це|это)(?=\s+(?:рах|підрах|рахув|счита|подсчит))",
        "who",
    ),
    # "ЗСУ: втрати рф ...", "МО РФ: потери ВСУ": a body heading the question is the one who
    # reports; whose losses are the words after the colon (wave 6)
    (
        r"^(зсу|всу|ukrainian\s+armed\s+forces|ukrainian\s+mod|russian\s+mod|мо\s+рф)\s*:",
        r"according to \1:",
    ),
)


# "за три роки війни", "за первые 3 года вторжения": the first N years of the war, from 24
# February 2022 (read before the number loses its words).
def _war_years(count: str, first: str, years: str, war: str) -> tuple[str, str]:
    """The row for the first N years of the war in one language."""
    return (
        rf"(?<![\w'])(?:за\s+)?(?:(?:{first})\s+)?({count}|\d)\s+(?:{years})\s+{war}(?![\w'])",
        r"in the first \1 years of the war",
    )


_UK_WAR_YEARS = _war_years(
    "два|дві|три|чотири|п'ять", "перші|перших", "роки|років|рік",
    r"(?:повномасштабної\s+|повномасштабного\s+)?(?:війни|вторгнення)",
)  # fmt: skip
_RU_WAR_YEARS = _war_years(
    "два|две|три|четыре|пять", "первые|первых", "года|лет|год",
    r"(?:полномасштабной\s+|полномасштабного\s+)?(?:войны|вторжения)",
)  # fmt: skip

# "2-й тиждень грудня", "3-ю неделю декабря": the Nth week of a month (the grammar's week N
# of a month), read before "2-й тиждень" is read as week 2 of a year.
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth")


def _week_of_month_rows(endings: str, weeks: str, month: str) -> tuple[tuple[str, str], ...]:
    """Week 1-5 of a named month by its number."""
    return tuple(
        (rf"(?<![\w'\d]){n}-?(?:{endings})?\s+(?:{weeks}){month}", f"the {word} week of")
        for n, word in enumerate(_ORDINAL_WORDS, start=1)
    )


# "з початку війни до 31.12.2023", "с начала войны по конец 2023": from the invasion to a day
# or to the end of a year (read before the phrase rows take "з початку війни" alone).
_UK_FROM_WAR = (
    r"(?<![\w'])(?:з|із|від)\s+початку\s+(?:повномасштабн\w+\s+)?(?:війни|вторгнення)\s+"
    r"(?:до|по)"
)
_RU_FROM_WAR = (
    r"(?<![\w'])(?:с|со|от)\s+начала\s+(?:полномасштабн\w+\s+)?(?:войны|вторжения)\s+(?:до|по)"
)
_SINCE_UNTIL = "since the start of the war until"
_SPAN_ROWS: dict[str, tuple[tuple[str, str], ...]] = {
    "uk": (
        (_UK_FROM_WAR + r"\s+(?:кінця|кінець)(?![\w'])", _SINCE_UNTIL + " the end of"),
        (_UK_FROM_WAR + r"(?=\s+\d)", _SINCE_UNTIL),
        # "станом на ранок 3 грудня": the total in that morning's report
        (r"(?<![\w'])(?:станом\s+)?на\s+ранок(?=\s+\d)", "as of"),
    ),
    "ru": (
        (_RU_FROM_WAR + r"\s+(?:конца|конец)(?![\w'])", _SINCE_UNTIL + " the end of"),
        (_RU_FROM_WAR + r"(?=\s+\d)", _SINCE_UNTIL),
        (r"(?<![\w'])(?:по\s+состоянию\s+)?на\s+утро(?=\s+\d)", "as of"),
    ),
}

# A follow-up that moves the previous period: "а за рік до того?", "а год назад?", "а місяцем
# раніше?". unit -> (uk forms, ru forms); the follow-up reader's English ("a year before that").
_SHIFT_UNITS: dict[str, tuple[str, str]] = {
    "year": ("рік|роком", "год|годом"),
    "month": ("місяць|місяцем", "месяц|месяцем"),
    "week": ("тиждень|тижнем", "неделю|неделей"),
    "day": ("день|днем|добу", "день|днем|сутки"),
}
_SHIFT_WORDS: dict[str, tuple[str, str, str]] = {
    # lang -> (before that, ago, earlier)
    "uk": (
        r"(?:до\s+того|до\s+цього|перед\s+тим)", r"тому", r"(?:раніше|раніш)",
    ),
    "ru": (
        r"(?:до\s+этого|до\s+того|перед\s+этим)", r"назад", r"(?:ранее|раньше)",
    ),
}  # fmt: skip


# "за позаминулий тиждень", "в позапрошлом месяце", "позапрошлый год", "позаминулого літа":
# the week, month, year or season before last.
_BEFORE_LAST: dict[str, tuple[str, dict[str, str]]] = {
    "uk": (r"позаминул\w*", {"week": "тиждень|тижня|тижні", "month": "місяць|місяця|місяці",
                               "year": "рік|року|році", "summer": "літо|літа|літом|влітку",
                               "winter": "зима|зими|зиму|зимою|взимку",
                               "spring": "весна|весни|весну|весною|навесні",
                               "autumn": "осінь|осені|осінню|восени"}),
    "ru": (r"позапрошл\w*", {"week": "неделю|недели|неделе|неделя", "month": "месяц|месяца|месяце",
                               "year": "год|года|году", "summer": "лето|лета|летом",
                               "winter": "зима|зимы|зиму|зимой|зимою",
                               "spring": "весна|весны|весну|весной",
                               "autumn": "осень|осени|осенью"}),
}  # fmt: skip


# "позаминулого вівторка", "в позапрошлую среду": the weekday before last (stems, Monday first).
_WEEKDAY_STEMS: dict[str, tuple[str, ...]] = {
    "uk": ("понеділ", "вівтор", "серед", "четвер", "п'ятниц", "субот", "неділ"),
    "ru": ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень"),
}


def _before_last_rows(lang: str) -> tuple[tuple[str, str], ...]:
    """The week, month or year before last, in either word order, and the weekday before
    last."""
    word, units = _BEFORE_LAST[lang]
    periods = tuple(
        (rf"(?<![\w'])(?:{word}\s+(?:{forms})|(?:{forms})\s+{word})(?![\w'])",
         f"the {unit} before last")
        for unit, forms in units.items()
    )  # fmt: skip
    weekdays = tuple(
        (rf"(?<![\w']){word}\s+{stem}\w*", f"the {english} before last")
        for stem, english in zip(_WEEKDAY_STEMS[lang], WEEKDAYS, strict=True)
    )
    return periods + weekdays


def _shift_rows(lang: str) -> tuple[tuple[str, str], ...]:
    """A unit before that, ago, or earlier, in one language."""
    before, ago, earlier = _SHIFT_WORDS[lang]
    at = 0 if lang == "uk" else 1
    rows: list[tuple[str, str]] = []
    for unit, forms in _SHIFT_UNITS.items():
        words = forms[at]
        rows += [
            (rf"(?<![\w'])(?:за\s+)?(?:{words})\s+{before}(?![\w'])", f"a {unit} before that"),
            (rf"(?<![\w'])(?:{words})\s+{ago}(?![\w'])", f"a {unit} ago"),
            (rf"(?<![\w'])(?:на\s+)?(?:{words})\s+{earlier}(?![\w'])", f"a {unit} earlier"),
        ]
    return tuple(rows)


# "у якому місяці 2024", "в какой день 2025 года": which day, week or month (a record asked).
# unit -> (uk forms, ru forms).
_WHICH_UNITS: dict[str, tuple[str, str]] = {
    "day": ("день|добу", "день|сутки"),
    "week": ("тиждень|тижні|тижня", "неделю|неделе|неделя"),
    "month": ("місяць|місяці", "месяц|месяце"),
}
_WHICH_WORDS = {
    "uk": r"(?:(?:у|в)\s+)?(?:який|якому|яку|яка|котрий|котрому|котру)",
    "ru": r"(?:(?:в|во)\s+)?(?:какой|каком|какую|какая|который|котором|которую)",
}


def _which_rows(lang: str, of: str) -> tuple[tuple[str, str], ...]:
    """Which day / week / month, "of" when a year or a month follows."""
    at = 0 if lang == "uk" else 1
    rows: list[tuple[str, str]] = []
    for unit, forms in _WHICH_UNITS.items():
        which = rf"(?<![\w']){_WHICH_WORDS[lang]}\s+(?:{forms[at]})(?![\w'])"
        rows += [(which + of, f"which {unit} of"), (which, f"which {unit}")]
    return tuple(rows)


# "середні втрати за тиждень у 2024", "в среднем в месяц": per week or month (an average
# asked), never the past week: after an average word, or "в/на" before the unit.
_AVERAGE_UNITS: dict[str, dict[str, str]] = {
    "uk": {"тиждень": "a week", "місяць": "a month", "добу": "a day", "день": "a day",
           "годину": "per hour"},
    "ru": {"неделю": "a week", "месяц": "a month", "сутки": "a day", "день": "a day",
           "час": "per hour"},
}  # fmt: skip
# ("в середньому" is already "on average" when these rows are read)
_AVERAGE_WORDS = {
    "uk": r"середн\w*|середньо\w*|on\s+average",
    "ru": r"средн\w*|в\s+среднем|on\s+average",
}


def _average_rows(lang: str) -> tuple[tuple[str, str], ...]:
    """A unit after an average word ("за тиждень"), or "в/на" a unit ("в час"), read as "a
    week", "per hour" ("an hour" after "how many" would be the An- aircraft)."""
    rows: list[tuple[str, str]] = []
    for unit, english in _AVERAGE_UNITS[lang].items():
        rows += [
            (
                rf"(?<![\w'])((?:{_AVERAGE_WORDS[lang]})\s+(?:[^\W\d]+\s+){{0,2}})"
                rf"(?:за|в|у|на)\s+{unit}(?![\w'])",
                rf"\1{english}",
            ),
            (
                rf"(?<![\w'])(?:в|у|на)\s+{unit}(?![\w'])(?!\s+(?:раніше|ранее|раньше))",
                english,
            ),
        ]
    return tuple(rows)


_AVERAGE_ROWS = {lang: _average_rows(lang) for lang in _AVERAGE_UNITS}


# Russia as the one who destroyed, before or after its verb ("знищила росія", "российские
# войска уничтожили"): the losses asked are Ukraine's. Nominative forms only: "скільки
# окупантів знищили" names the ones lost. lang -> (verbs, agents).
_RUSSIA_AGENTS: dict[str, tuple[str, str]] = {
    "uk": (
        r"знищил[аио]?|знищив|збил[аио]?|збив|вбил[аио]?|вбив|ліквідувал[аио]?|ліквідував"
        r"|уразил[аио]?|вразил[аио]?|спалил[аио]?|спалив|підбил[аио]?|підбив",
        r"росія|росіяни|рф|окупанти|ворог|загарбники|рашисти|орки|русня|кацапи|москалі"
        r"|російськ\w*\s+(?:війська|військові|сили|окупанти|солдати|армія|військо)"
        r"|(?:армія|війська|сили|зс)\s+(?:рф|росії)|russian\s+military",
    ),
    "ru": (
        r"уничтожил[аио]?|сбил[аио]?|убил[аио]?|ликвидировал[аио]?|поразил[аио]?|сожгл[аио]?"
        r"|сжег|подбил[аио]?",
        r"россия|россияне|рф|оккупанты|враг|захватчики|рашисты|орки|русня"
        r"|российск\w*\s+(?:войска|военные|силы|оккупанты|солдаты|армия)"
        r"|(?:армия|войска|силы|вс)\s+(?:рф|россии)|russian\s+military",
    ),
}


def _russia_did_rows(lang: str) -> tuple[tuple[str, str], ...]:
    """Russia named as the one who destroyed, after or before the verb."""
    verbs, agents = _RUSSIA_AGENTS[lang]
    return (
        (rf"(?<![\w'])(?:{verbs})\s+(?:{agents})(?![\w'])", "destroyed by russian forces"),
        (rf"(?<![\w'])(?:{agents})\s+(?:{verbs})(?![\w'])", "destroyed by russian forces"),
    )


_RUSSIA_DID = {lang: _russia_did_rows(lang) for lang in _RUSSIA_AGENTS}

# Ukraine as the one who destroyed, before or after its verb, in any gender and number
# ("знищили ЗСУ", "українська армія знищила", "уничтожили бойцы ВСУ", "наши сбили"): the
# losses asked are Russia's, read whole so no Ukrainian word is left to read as whose.
_UKRAINE_AGENTS: dict[str, tuple[str, str]] = {
    "uk": (
        r"знищил[аио]?|знищив|ліквідувал[аио]?|ліквідував|збил[аио]?|збив|вбил[аио]?|вбив"
        r"|уразил[аио]?|уразив|вразил[аио]?|вразив|спалил[аио]?|спалив|підбил[аио]?|підбив",
        r"зсу|ukrainian\s+armed\s+forces|захисники"
        r"|(?:бійці|воїни|дрони|дронарі|солдати|військові|сили)\s+(?:зсу|ukrainian\s+armed\s+forces)"
        r"|українськ\w*\s+(?:військові|бійці|воїни|солдати|армія|сили|дрони|захисники|військо)"
        r"|наші(?:\s+(?:військові|бійці|воїни|захисники|хлопці))?",
    ),
    "ru": (
        r"уничтожил[аио]?|ликвидировал[аио]?|сбил[аио]?|убил[аио]?|поразил[аио]?|сожгл[аио]?"
        r"|сжег|подбил[аио]?",
        r"всу|зсу|ukrainian\s+armed\s+forces|защитники"
        r"|(?:бойцы|дроны|солдаты|военные|силы)\s+(?:всу|зсу|ukrainian\s+armed\s+forces)"
        r"|украинск\w*\s+(?:военные|бойцы|солдаты|армия|силы|дроны|войска|защитники)",
    ),
}


def _ukraine_did_rows(lang: str) -> tuple[tuple[str, str], ...]:
    """Ukraine named as the one who destroyed, after the verb, or before a plural verb (or
    "українська армія знищила") that no Russian agent follows ("скільки танків ЗСУ знищили російські
    війська" is Ukraine's tanks)."""
    verbs, agents = _UKRAINE_AGENTS[lang]
    russian = _RUSSIA_AGENTS[lang][1]
    plural = "|".join(v for v in verbs.split("|") if v.endswith("[аио]?")).replace("[аио]?", "и")
    # "наші поклали росіян": the chat verbs' phrase rows (read before these) made them
    # "liquidated", which is plural as often as not (wave 14)
    plural += "|liquidated"
    army = r"(?:українськ|украинск)\w*\s+(?:армія|армия)"
    after = rf"(?:(?:{agents})\s+(?:{plural})|{army}\s+(?:{verbs}))"
    english = "destroyed by ukrainian armed forces"
    return (
        (rf"(?<![\w'])(?:{verbs})\s+(?:{agents})(?![\w'])", english),
        (rf"(?<![\w']){after}(?![\w'])(?!\s+(?:{russian})(?![\w']))", english),
    )


_UKRAINE_DID = {lang: _ukraine_did_rows(lang) for lang in _UKRAINE_AGENTS}


# "а того ж місяця торік?", "а в том же месяце год назад?": the same period a year before
# (the follow-up reader's "same month last year"). unit -> (uk forms, ru forms).
_SAME_UNITS: dict[str, tuple[str, str]] = {
    "month": ("місяць|місяця|місяці", "месяц|месяце|месяца"),
    "week": ("тиждень|тижня|тижні", "неделю|неделе|недели"),
    "day": ("день|дня|добу", "день|сутки"),
    "period": ("період|періоду|періоді", "период|периоде|периода"),
}
_SAME_WORDS = {
    "uk": r"(?:(?:у|в|за)\s+)?(?:той\s+самий|той\s+же|того\s+ж(?:\s+самого)?|того\s+самого"
    r"|тому\s+ж|тому\s+самому)",
    "ru": r"(?:(?:в|во|за)\s+)?(?:тот\s+же|того\s+же|том\s+же|тот\s+самый|том\s+самом"
    r"|той\s+же)",
}


# "а танків за той самий рік?", "а самолетов в том же году?": the year asked before (wave 7).
_SAME_YEAR = {"uk": "рік|року|році", "ru": "год|году|года"}


def _same_rows(lang: str) -> tuple[tuple[str, str], ...]:
    """The same month, week, day or period (of another year), or the same year."""
    at = 0 if lang == "uk" else 1
    same = _SAME_WORDS[lang]
    return (
        *(
            (rf"(?<![\w']){same}\s+(?:{forms[at]})(?![\w'])", f"same {unit}")
            for unit, forms in _SAME_UNITS.items()
        ),
        (rf"(?<![\w']){same}\s+(?:{_SAME_YEAR[lang]})(?![\w'])", "in the same year"),
    )


# "по дронах", "по БПЛА", "по живой силе": "for" the kind of loss named (as "to" it would open a
# range: "літо 2025 по дронах" is not "summer 2025 to drones"); "по" before a day, a month or
# "now" stays "to" ("з 1 по 15 листопада", "по сей день").
_NOT_BY_WHAT = (
    r"\d|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|янв|феврал|март|апрел|ма[йяе]"
    r"|июн|июл|август|сентябр|октябр|ноябр|декабр|сьогодн|сегодн|нині|ныне|тепер|сей|кон|кін|начал"
    r"|почат|вчор|вчер|настоящ|нинішн|цей|цю|цього|этот|эту|этого|даний|данн|наш|тот|той|кінц"
    r"|понеділ|вівтор|серед|четвер|п'ятниц|субот|неділ|понедельн|вторник|сред|пятниц|суббот"
    r"|воскрес"
)
_BY_WHAT = (rf"(?<![\w'])по(?=\s+(?!{_NOT_BY_WHAT})[^\W\d_])", "for")

# "Сколько погибших признавала Россия", "що визнала сама росія": Russia named as the one who
# says (admits, reports) its figure, before or after its verb: Russian officials are the
# claimant, never a side's figure from the other (wave 7). lang -> (verbs, Russia's names).
_RUSSIA_SAYS: dict[str, tuple[str, str]] = {
    "uk": (r"визна\w*|назива\w*|назвал\w*|заявля\w*|заявил\w*|повідомля\w*|повідомил\w*"
           r"|офіційно\s+(?:визна\w*|назива\w*|назвал\w*)",
           r"росія|рф|москва|російська\s+сторона"),
    "ru": (r"призна\w*|называ\w*|назвал\w*|заявля\w*|заявил\w*|сообща\w*|сообщил\w*"
           r"|официально\s+(?:призна\w*|называ\w*|назвал\w*)",
           r"россия|рф|москва|российская\s+сторона"),
}  # fmt: skip


def _russia_says_rows(lang: str) -> tuple[tuple[str, str], ...]:
    """Russia (itself) and a verb of saying, in either order: "according to russian officials"."""
    verbs, names = _RUSSIA_SAYS[lang]
    itself = r"(?:сама\s+|сам\s+|сами\s+)?"
    said = "according to russian officials"
    return (
        (rf"(?<![\w'])(?:{verbs})\s+{itself}(?:{names})(?![\w'])", said),
        (rf"(?<![\w']){itself}(?:{names})\s+(?:{verbs})(?![\w'])", said),
    )


# Verbs of counting or estimating, besides those of saying, that a claimant follows.
_COUNTS: dict[str, str] = {
    "uk": r"нарахува\w*|наліч\w*|порахува\w*|стверджу\w*|оцінил\w*|оцінив|оціню\w*",
    "ru": r"насчита\w*|подсчита\w*|посчита\w*|утвержда\w*|оценил\w*|оценива\w*",
}


def _said_by_rows(lang: str) -> tuple[tuple[str, str], ...]:
    """A verb of saying or counting and then a body that publishes figures ("сколько потерь
    ВСУ заявило МО РФ", "скільки втрат росії нарахував Генштаб"): the subject after its verb,
    as Ukrainian and Russian put it, is who claims (wave 14); read as "according to", so the
    losses named before it stay whose they are (never the body's own side's)."""
    verbs = f"{_RUSSIA_SAYS[lang][0]}|{_COUNTS[lang]}"
    bodies = f"{CLAIMANT_BODIES}|{_BODIES_READ}"
    # a day after the body is the day it said so ("сообщил Генштаб 20 декабря": that day's
    # report), which the verb's own row reads
    return (
        (
            rf"(?<![\w'])(?:{verbs})(?=\s+(?:{bodies})(?![\w'])(?!(?:\s+(?:зсу|всу))?\s+\d))",
            "according to",
        ),
    )


# The bodies as the phrase rows (read before these) have already put them ("мо рф").
_BODIES_READ = r"russian\s+mod|ukrainian\s+mod|general\s+staff|british\s+intelligence|uk\s+ministry"


# "на 24.02.2025": a total as of a day in digits, as "на 24 лютого" is. "(ранкове) зведення
# (Генштабу) 1 січня", "утренняя сводка от 9 мая": the report of that date (the English
# grammar's "report of"); the General Staff named between is kept before it (wave 7).
_REPORT_ROWS: dict[str, tuple[tuple[str, str], ...]] = {
    lang: (
        (r"(?<![\w'])на(?=\s+\d{1,2}\.\d{1,2}\.\d{2,4}(?!\d))", "as of"),
        (
            rf"(?<![\w'])(?:{morning}\w*\s+)?(?:{report})(?:\s+({staff}))?(?:\s+(?:{dated}))?"
            r"(?=\s+\d{1,2}(?:\.\d{1,2}\.\d{2,4}|\s+[^\W\d_]))",
            r"\1 morning report of",
        ),
    )
    for lang, morning, report, staff, dated in (
        ("uk", "ранков", r"зведенн\w*|звіт\w*", r"генштаб\w*|гш\s+зсу", "від"),
        ("ru", "утренн", r"сводк\w*|отчет\w*", r"генштаб\w*|гш\s+всу", "от"),
    )
}

# "на 1000-й день війни", "на 500-й день вторжения": day N of the war (before "-й" is read
# as "and").
_DAY_OF_WAR = {
    "uk": (
        r"(?<![\w'\d])(\d{1,4})-?(?:й|ий|го|ого|му|ому)\s+(?:день|дня|дні|добу)\s+"
        r"(?:повномасштабної\s+|повномасштабного\s+)?(?:війни|вторгнення)(?![\w'])",
        r"day \1 of the war",
    ),
    "ru": (
        r"(?<![\w'\d])(\d{1,4})-?(?:й|ый|ой|го|ого|му|ому|м)\s+(?:день|дня|дне|сутки)\s+"
        r"(?:полномасштабной\s+|полномасштабного\s+)?(?:войны|вторжения)(?![\w'])",
        r"day \1 of the war",
    ),
}
# How much a quoted figure is said to be ("понад 45 тисяч", "около 45 тысяч"): the words the
# English grammar reads ("over", "about"); "около"/"близько" before a place stay "near".
_ABOUT_ROWS: dict[str, tuple[tuple[str, str], ...]] = {
    "uk": (
        (r"(?<![\w'])(?:понад|більш\s+ніж|більше\s+ніж|більш\s+як)(?=\s+\d)", "more than"),
        (r"(?<![\w'])(?:щонайменше|не\s+менше\s+ніж|не\s+менш\s+як|мінімум)(?=\s+\d)",
         "at least"),
        (r"(?<![\w'])(?:близько|приблизно|біля|орієнтовно)(?=\s+\d)", "about"),
        (r"(?<![\w'])майже(?=\s+\d)", "almost"),
    ),
    "ru": (
        (r"(?<![\w'])(?:свыше|более|больше|более\s+чем|больше\s+чем)(?=\s+\d)", "more than"),
        (r"(?<![\w'])(?:не\s+менее|как\s+минимум|минимум)(?=\s+\d)", "at least"),
        (r"(?<![\w'])(?:около|примерно|порядка|приблизительно|ориентировочно)(?=\s+\d)",
         "about"),
        (r"(?<![\w'])почти(?=\s+\d)", "almost"),
    ),
}  # fmt: skip


# "з початку місяця", "с начала недели": this month or week so far; "минулі вихідні": the
# last weekend; "трое суток", "три доби": N days. lang -> rows.
_SO_FAR_ROWS: dict[str, tuple[tuple[str, str], ...]] = {
    "uk": (
        (r"(?<![\w'])(?:з|із|від)\s+початку\s+(?:цього\s+|поточного\s+)?місяця(?![\w'])",
         "this month"),
        (r"(?<![\w'])(?:з|із|від)\s+початку\s+(?:цього\s+|поточного\s+)?тижня(?![\w'])",
         "this week"),
        (r"(?<![\w'])(?:з|із|від)\s+початку(?=\s+(?:19|20)\d\d)", "since the start of"),
        *((rf"(?<![\w'])(?:з|із|від)\s+початку\s+{word}(?![\w'])", f"since the start of {season}")
          for word, season in (("літа", "summer"), ("весни", "spring"), ("осені", "autumn"),
                               ("зими", "winter"))),
        (r"(?<![\w'])(?:минулі|минулих|останні|останніх)\s+вихідн\w*", "last weekend"),
        (r"(?<![\w'])(?:ці|цих|цими)\s+вихідн\w*", "this weekend"),
        (r"(?<![\w'])(\d+|дві|три|чотири|п'ять)\s+(?:доби|діб)(?![\w'])", r"\1 days"),
    ),
    "ru": (
        (r"(?<![\w'])(?:с|со|от)\s+начала\s+(?:этого\s+|текущего\s+)?месяца(?![\w'])",
         "this month"),
        (r"(?<![\w'])(?:с|со|от)\s+начала\s+(?:этой\s+|текущей\s+)?недели(?![\w'])",
         "this week"),
        (r"(?<![\w'])(?:с|со|от)\s+начала(?=\s+(?:19|20)\d\d)", "since the start of"),
        *((rf"(?<![\w'])(?:с|со|от)\s+начала\s+{word}(?![\w'])", f"since the start of {season}")
          for word, season in (("лета", "summer"), ("весны", "spring"), ("осени", "autumn"),
                               ("зимы", "winter"))),
        (r"(?<![\w'])(?:прошлые|прошедшие|последние|минувшие)\s+выходн\w*", "last weekend"),
        (r"(?<![\w'])(?:эти|этих)\s+выходн\w*", "this weekend"),
        *(
            (rf"(?<![\w']){word}\s+суток(?![\w'])", f"{n} days")
            for word, n in (("двое", 2), ("трое", 3), ("четверо", 4), ("пятеро", 5),
                            ("шестеро", 6), ("семеро", 7), (r"\d+", 0))
            if n
        ),
        (r"(?<![\w'])(\d+)\s+(?:суток)(?![\w'])", r"\1 days"),
    ),
}  # fmt: skip


# "за 3 доби", "за 2 недели" with nothing after: the last N days or weeks (as "останні"),
# never dropped (the latest total is not an answer to it). lang -> (counts, units, not after).
_LAST_N: dict[str, tuple[str, dict[str, str], str]] = {
    "uk": (
        r"\d{1,3}|два|дві|три|чотири|п'ять|шість|сім|вісім|дев'ять|десять",
        {"days": "дні|днів|доби|діб", "weeks": "тижні|тижнів", "months": "місяці|місяців"},
        r"війни|вторгнення|повномасштабн\w*|до|з|із|від|перед|після|у|в|"
        + "|".join(_UK_GEN.split("|")),
    ),
    "ru": (
        r"\d{1,3}|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двое|трое|четверо"
        r"|пятеро",
        {"days": "дня|дней|суток", "weeks": "недели|недель", "months": "месяца|месяцев"},
        r"войны|вторжения|полномасштабн\w*|до|с|со|от|перед|после|в|во|"
        + "|".join(_RU_GEN.split("|")),
    ),
}


def _last_n_rows(lang: str) -> tuple[tuple[str, str], ...]:
    """ "за N днів" alone: the last N days (weeks, months)."""
    counts, units, not_after = _LAST_N[lang]
    return tuple(
        (
            rf"(?<![\w'])за\s+({counts})\s+(?:{forms})(?![\w'])"
            rf"(?!\s+(?:{not_after}|(?:19|20)\d\d)(?![\w']))",
            rf"in the last \1 {unit}",
        )
        for unit, forms in units.items()
    )


def _feast_rows(words: str, english: str) -> tuple[tuple[str, str], ...]:
    """A named feast read as the English the date grammar knows, "on" kept when typed."""
    return (
        (rf"(?<![\w'])на\s+(?:{words})(?![\w'])", f"on {english}"),
        (rf"(?<![\w'])(?:{words})(?![\w'])", english),
    )


# Named days ("день Победы", "День незалежності", "на Новий рік"): the English names the date
# grammar's holiday rows read, before "в день" is read as "a day" (wave 6). Christmas is left
# out: the Orthodox 7 January or 25 December, by who asks and which year.
_NAMED_DAY_ROWS: tuple[tuple[str, str], ...] = (
    (r"(?<![\w'])день\s+(?:перемоги|победы)(?:\s+над\s+нацизмом)?(?![\w'])", "victory day"),
    (
        r"(?<![\w'])день\s+(?:незалежності|независимости)(?:\s+(?:україни|украины))?(?![\w'])",
        "independence day",
    ),
    (
        r"(?<![\w'])день\s+(?:конституції|конституции)(?:\s+(?:україни|украины))?(?![\w'])",
        "constitution day",
    ),
    (r"(?<![\w'])день\s+(?:росії|россии)(?![\w'])", "russia day"),
    (r"(?<![\w'])на\s+(?:новий\s+рік|новый\s+год)(?![\w'])", "on new year's day"),
    # Church feasts (wave 8): Easter by the Julian reckoning both churches keep; Christmas is
    # 25 December in Ukraine (since 2023) but 7 January in Russia; Epiphany likewise.
    *_feast_rows(r"великдень|великодня|великодні|пасх[аиуеі]|пасці|паск[аиуі]", "orthodox easter"),
    *_feast_rows(r"трійц[яіюею]|троиц[аыуе]", "orthodox trinity"),
    *_feast_rows(r"різдв[оаіу]|різдвом", "christmas"),
    *_feast_rows(r"рождеств[оаеу]|рождеством", "orthodox christmas"),
    *_feast_rows(r"водохрещ[еаія]|хрещенн[яію]", "6 january"),
    *_feast_rows(r"крещени[еяю]|крещенье", "19 january"),
    (
        r"(?<![\w'])(?:в\s+|у\s+)?день\s+защитника\s+отечества(?![\w'])",
        "on defender of the fatherland day",
    ),
)

# A formation by its number ("8-ї загальновійськової армії", "1-й гвардейской танковой
# армии", "47-ма окрема механізована бригада") or by name ("ЧВК Вагнер"): read whole into the
# English the unit and troop-part rules name as unread, so the answer quotes every word the
# asker typed and gives no figure for it (wave 6). \1 is the number.
_UNIT_ADJECTIVES = r"(?:[а-яіїєґ'-]+(?:ої|ой|ий|ій|ая|а|ого|ому|их|ых|ые|і|ее|ей|ую|у)\s+){0,3}?"
_UNIT_NUMBER = r"(?<![\w'\d])(\d{1,3})(?:-?[а-яіїє]{1,3})?\s+"
_UNIT_ROWS: tuple[tuple[str, str], ...] = (
    *(
        (rf"{_UNIT_NUMBER}{_UNIT_ADJECTIVES}(?:{nouns})(?![\w'])", rf"\1th {english}")
        for nouns, english in (
            # "army" alone is read as soldiers: the unit rows need a formation word last
            (r"арм[іи]\w*", "army corps"),
            (r"бригад\w*", "brigade"),
            (r"дивізі\w*|дивизи\w*", "division"),
            (r"полк\w*", "regiment"),
            (r"корпус\w*", "corps"),
            (r"батальйон\w*|батальон\w*", "battalion"),
        )
    ),
    (r"(?<![\w'])(?:(?:чвк|пвк)\s+)?вагнер\w*(?![\w'])", "wagner"),
)

# "перший і другий квартал 2025", "I и II полугодие 2024": the unit named after the first
# part too ("first quarter and second quarter 2025"), so a comparison has both (wave 7). Only
# the first part is rewritten: every word keeps where it was typed.
_PART_ORDINAL = (
    r"(?:перш|перв|друг|втор|трет|четверт)[а-яії]*|[1-4](?:-?[а-яії]{1,3})?|[iі]{1,3}|[iі]v"
)


def _two_parts(unit: str, english: str) -> tuple[str, str]:
    """The first of two parts joined by "and" before one `unit`, with the unit's English."""
    return (
        rf"(?<![\w'])({_PART_ORDINAL})(?=\s+(?:і|й|та|и|а\s+також|а\s+также)\s+"
        rf"(?:{_PART_ORDINAL})\s+(?:{unit})(?![\w']))",
        rf"\1 {english}",
    )


_TWO_PARTS = (
    _two_parts(r"квартал[а-яії]*", "quarter"),
    _two_parts(r"півріччя|півріччі|полугоди[а-яії]*", "half"),
)

# Rows that read a number with its words, read before any other row (before "25-го" loses its
# ending); their English may name the row's groups (\1).
# The hour of a morning report ("станом на 8 ранку", "на 08:00 по Киеву"): every report is
# the morning's, so the hour and its time zone carry nothing to read (wave 8). "на" is kept:
# "станом на" and "по состоянию на" read with it.
_TIME_OF_DAY: tuple[tuple[str, str], ...] = (
    (r"(?<![\w'\d])(?:о\s+|об\s+|в\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:(?:год(?:ині|ина)?|час(?:а|ов)?)"
     r"\.?\s+)?(?:ранку|утра|ранок|утром)(?![\w'])", ""),
    (r"(?<=as of )\d{1,2}:\d\d(?:\s+|$)", ""),
    (r"(?<=на )\d{1,2}:\d\d(?=\s+\d)", ""),
    (r"(?<![\w'])(?:за\s+київським\s+часом|за\s+києвом|по\s+києву|по\s+киеву"
     r"|по\s+(?:киевскому|московскому)\s+времени|по\s+москве|мск)(?![\w'])", ""),
)  # fmt: skip

NUMBER_ROWS: dict[str, tuple[tuple[str, str], ...]] = {
    "uk": (
        *_AFTER_A_DAY,
        *_DAY_MONTH_ROWS,
        *_TIME_OF_DAY,
        *_TWO_PARTS,
        *_NAMED_DAY_ROWS,
        *_UNIT_ROWS,
        *_MODEL_ROWS,
        *_NUMBER_WORD_ROWS,
        (_UK_SHORT_YEAR, r"\1 20\2"),
        (_FIRST_DAYS, "the first "),
        _UK_WAR_YEARS,
        _DAY_OF_WAR["uk"],
        *_last_n_rows("uk"),
        *_SO_FAR_ROWS["uk"],
        *_ABOUT_ROWS["uk"],
        *_SPAN_ROWS["uk"],
        *_week_of_month_rows("й|ий|ого|го|му|ому", "тиждень|тижня|тижні", _UK_MONTH),
        *_week_rows("тиждень|тижня|тижні|тижнем", "тиждень|тижня"),
        *_counted_rows(
            "два|дві|три|чотири|п'ять|шість",
            "тижні|тижнів",
            "місяці|місяців",
            rf"(?=\s+(?:{_UK_GEN}|(?:19|20)\d\d|війни|вторгнення))",
        ),
    ),
    "ru": (
        *_AFTER_A_DAY,
        *_DAY_MONTH_ROWS,
        *_TIME_OF_DAY,
        *_TWO_PARTS,
        *_NAMED_DAY_ROWS,
        *_UNIT_ROWS,
        *_MODEL_ROWS,
        *_NUMBER_WORD_ROWS,
        (_RU_SHORT_YEAR, r"\1 20\2"),
        (_FIRST_DAYS, "the first "),
        _RU_WAR_YEARS,
        _DAY_OF_WAR["ru"],
        *_last_n_rows("ru"),
        *_SO_FAR_ROWS["ru"],
        *_ABOUT_ROWS["ru"],
        *_SPAN_ROWS["ru"],
        *_week_of_month_rows("я|ю|й|ой|ей|ую", "неделя|неделю|недели|неделе", _RU_MONTH),
        *_week_rows("неделя|неделю|недели|неделе", "неделя|неделю|неделе"),
        *_counted_rows(
            "две|два|три|четыре|пять|шесть",
            "недели|недель",
            "месяца|месяцев",
            rf"(?=\s+(?:{_RU_GEN}|(?:19|20)\d\d|войны|вторжения))",
        ),
    ),
}

PATTERN_ROWS: dict[str, tuple[tuple[str, str], ...]] = {
    "uk": (
        *_SHARED,
        *_shift_rows("uk"),
        *_before_last_rows("uk"),
        *_same_rows("uk"),
        *_which_rows("uk", _UK_OF),
        # "коли втрати перевалили за мільйон": when a running total passed a round number
        (
            r"(?<![\w'])(?:перевалил\w*\s+за|перевищил\w*|перетнул\w*|перейшл\w*|досягл\w*"
            r"|сягнул\w*|подолал\w*)(?:\s+(?:позначку|рубіж|відмітку|межу|планку)"
            r"(?:\s+(?:у|в))?)?(?![\w'])",
            "passed",
        ),
        (r"(?<![\w'])пів\s*-?\s*мільйона(?![\w'])", "half a million"),
        # "пішла в мінус": went negative; a leading "чого" before a change asks why
        (r"(?<![\w'])(?:пішл\w*|пішов|йде|іде|ішл\w*)\s+(?:в|у)\s+мінус(?![\w'])", "went negative"),
        (r"^(?:а\s+)?чого(?=.*(?:мінус|від'ємн|стрибн|підскоч|впал|зменш))", "why"),
        *_AVERAGE_ROWS["uk"],
        # "до кінця 2024": a total by the end (or the start) of it
        (r"(?<![\w'])до\s+кінця(?![\w'])", "by the end of"),
        (r"(?<![\w'])до\s+початку(?=\s+\d)", "by the start of"),
        (r"(?<![\w'])(?:на|as\s+of)\s+початок" + _UK_OF, "as of the start of"),
        (r"(?<![\w'])вчорашн\w*\s+(?:день|добу|доба)(?![\w'])", "yesterday"),
        (r"(?<![\w'])позавчорашн\w*\s+(?:день|добу|доба)(?![\w'])", "the day before yesterday"),
        # "..., це так?", "чи так це?": is that so (a quoted figure checked)
        (r"(?<![\w'])(?:це|чи)\s+так(?:\s+це)?(?=\s*[?.!]|\s*$)", "is that true"),
        # "..., так?" at the end: is that so
        (r"(?<=[,\s])так(?=\s*\?+\s*$)", "is that true"),
        # "за тиждень з 10 по 16 листопада": the week is the span it names
        (r"(?<![\w'])(?:тиждень|тижня)(?=\s+(?:з|із|від)\s+\d|\s+\d{1,2}\s*-\s*\d)", ""),
        (r"(?<![\w'])(?:вибу\w*|виведен\w*|вивели|вивів)\s+з\s+ладу(?![\w'])", "losses"),
        (r"(?<![\w'])(?:чи\s+)?правда,?\s+(?:що|чи)(?![\w'])", "is it true that"),
        (r"(?<![\w'])(?:це|чи)\s+правда(?![\w'])", "is that true"),
        (r"(?<![\w'])(?:сам\w*\s+)?найвищ\w*", "biggest"),
        # "найважчий день", "самий важкий місяць": the worst one (a record of losses)
        (
            r"(?<![\w'])(?:сам\w*\s+)?(?:найважч\w*|важк\w*)(?=\s+(?:день|днем|добу|доба|тиждень"
            r"|тижнем|місяць|місяцем|рік|роком|для))",
            "worst",
        ),
        (r"(?<![\w'])(?:сам\w*\s+)?найважч\w*", "biggest"),
        (r"(?<![\w'])чи\s+(?:вірно|правильно),?\s+(?:що|чи)(?![\w'])", "is it true that"),
        # "день з найменшими втратами": with, not from
        (r"(?<![\w'])з(?=\s+(?:най|мінімальн|максимальн|рекордн)\w*)", "with the"),
        # "з урахуванням корекції": the figures include the tally's corrections, and say so
        (
            r"(?<![\w'])з\s+урахуванням\s+(?:корекці|коригуван|виправлен|перерахун)\w*",
            "",
        ),
        (r"(?<![\w'])за\s+(?:минулу|останню|попередню)\s+добу(?![\w'])", "yesterday"),
        (
            r"(?<![\w'])(?:за\s+(?:минулу\s+)?ніч|вночі|цієї\s+ночі|минулої\s+ночі)(?![\w'])",
            "overnight",
        ),
        (r"(?<![\w'])(?:у|в)\s+скільки\s+разів(?![\w'])", "how many times"),
        # "які у тебе джерела": the sources asked for, "у тебе (є)" carries nothing
        (r"(?<![\w'])у\s+(?:тебе|вас)(?:\s+є)?(?![\w'])", ""),
        (r"(?<![\w'])минулого\s+року(?![\w'])", "last year"),
        (r"(?<![\w'])на\s+скільки\s+відсотк\w*(?![\w'])", "by how many percent"),
        (
            r"(?<![\w'])(?:на\s+скільки|наскільки)(?=\s+(?:більш|менш|зрос|впа|зменш|збільш))",
            "by how much",
        ),
        (r"(?<![\w'])пів\s*року(?![\w'])", "6 months"),
        (r"(?<![\w'])півтора\s+року(?![\w'])", "18 months"),
        (r"(?<=on average )за\s+місяць(?![\w'])", "a month"),
        (r"(?<=on average )за\s+тиждень(?![\w'])", "a week"),
        # "за тиждень", "за місяць" alone: the past week or month (not "за тиждень до 1 грудня")
        (rf"(?<![\w'])за\s+тиждень{_NOTHING_AFTER_UK}", "in the past week"),
        (rf"(?<![\w'])за\s+місяць{_NOTHING_AFTER_UK}", "in the past month"),
        (rf"(?<![\w'])за\s+(?:останній\s+)?рік{_NOTHING_AFTER_UK}", "in the past year"),
        (r"(?<![\w'])сам\w*\s+(?:велик|більш|важк)\w*", "biggest"),
        # "самий малий", "найнижчий добовий показник": the lowest (a record of the fewest)
        (r"(?<![\w'])(?:сам\w*\s+(?:мал|маленьк|низьк|менш)|найнижч)\w*", "lowest"),
        *_QUARTER_ROWS,
        # "на початку / у середині / наприкінці листопада": early, mid, late November
        # "до травня 2025": until May, not May ("з березня до травня" stays a range: "until")
        (r"(?<![\w'])до" + _UK_MONTH, "until"),
        (r"(?<![\w'])на\s+початку" + _UK_MONTH, "early"),
        # "з початку грудня (2026)": since its first day, to the last day fought (wave 14)
        (r"(?<![\w'])(?:з|із|від)\s+початку" + _UK_MONTH, "since the start of"),
        (r"(?<![\w'])(?:у|в)\s+середині" + _UK_MONTH, "mid"),
        (r"(?<![\w'])(?:наприкінці|(?:у|в)\s+кінці)" + _UK_MONTH, "late"),
        # "перший рік війни", "перші 100 днів вторгнення": of the war
        (r"(?<![\w'])(?:рік|року)" + _UK_WAR, "year of"),
        (r"(?<![\w'])(?:тиждень|тижня|тижні)" + _UK_WAR, "week of"),
        (r"(?<![\w'])(?:днів|дні)" + _UK_WAR, "days of"),
        (r"(?<![\w'])(?:день|днем)" + _UK_WAR, "day of"),
        (r"(?<![\w'])(?:місяці|місяців|місяць)" + _UK_WAR, "months of"),
        # "останній тиждень листопада": the last week of November (a genitive month or year)
        (r"(?<![\w'])(?:тиждень|тижня|тижні)" + _UK_OF, "week of"),
        (r"(?<![\w'])(?:днів|дні)" + _UK_OF, "days of"),
        (r"(?<![\w'])(?:день|днем)" + _UK_OF, "day of"),
        (r"(?<![\w'])(?:місяці|місяців)" + _UK_OF, "months of"),
        (r"(?<![\w'])місяць" + _UK_OF, "month of"),
        (r"(?<![\w'])на(?=\s+\d{1,2}(?:-го)?\s+[^\W\d_])", "as of"),
        *_REPORT_ROWS["uk"],
        *_russia_says_rows("uk"),
        *_said_by_rows("uk"),
        # a leading "чи" asks yes or no: "чи зросли втрати" is "did losses rise", "чи був
        # 20 грудня найгіршим днем" is "was 20 December the worst day"
        (r"^чи\s+(?:був|була|було|були)(?![\w'])", "was"),
        (r"^чи(?![\w'])", "did"),
        # "знищили ЗСУ", "українська армія знищила": Ukraine destroyed (Russia's losses)
        *_UKRAINE_DID["uk"],
        # "знищила росія", "російські війська знищили": Russia destroyed (Ukraine's losses)
        *_RUSSIA_DID["uk"],
        # "2024 року", "у 2023 році": the year's number is the year
        (r"(?<=\d\d\d\d)\s+(?:рік|року|році|роком|роках|років|роки|рр\.?)(?![\w'])", ""),
        (r"(?<![\w'])втрат\w*(?=\s+(?:зсу|сил\s+оборони|українських)\b)", "losses of"),
        (r"(?<![\w'])до(?=\s+(?:початку|кінця)\b)", "by"),
        # "ППО україни": the genitive is whose ("of ukraine"), never the one who destroys
        (r"(?<![\w'])україни(?![\w'])", "of ukraine"),
        _BY_WHAT,
        # "найгірший день", "найгіршим днем": one day ("днів", "дні" are days)
        (r"(?<![\w'])(?:день|днем)(?![\w'])", "day"),
    ),
    "ru": (
        *_SHARED,
        *_shift_rows("ru"),
        *_before_last_rows("ru"),
        *_same_rows("ru"),
        # "был ли 20 декабря самым тяжелым днем": was (before "ли" is read as "did")
        (r"^(?:был|была|было|были)\s+ли(?![\w'])", "was"),
        *_which_rows("ru", _RU_OF),
        (
            r"(?<![\w'])(?:перевалил\w*\s+за|превысил\w*|перешагнул\w*|перешл\w*|достигл\w*"
            r"|преодолел\w*)(?:\s+(?:отметку|рубеж|порог|планку)(?:\s+(?:в|во))?)?(?![\w'])",
            "passed",
        ),
        (r"(?<![\w'])пол\s*-?\s*миллиона(?![\w'])", "half a million"),
        (r"(?<![\w'])(?:ушл\w*|ушел|уходит)\s+в\s+минус(?![\w'])", "went negative"),
        (r"^(?:а\s+)?чего(?=.*(?:минус|отрицательн|скакн|подскоч|упал|уменьш))", "why"),
        *_AVERAGE_ROWS["ru"],
        (r"(?<![\w'])(?:до|к)\s+(?:конца|концу)(?![\w'])", "by the end of"),
        (r"(?<![\w'])(?:до|к)\s+(?:начала|началу)(?=\s+\d)", "by the start of"),
        (r"(?<![\w'])(?:на|as\s+of)\s+начало" + _RU_OF, "as of the start of"),
        (r"(?<![\w'])вчерашн\w*\s+(?:день|сутки)(?![\w'])", "yesterday"),
        (r"(?<![\w'])позавчерашн\w*\s+(?:день|сутки)(?![\w'])", "the day before yesterday"),
        (r"(?<![\w'])(?:это\s+так|так\s+ли\s+это)(?=\s*[?.!]|\s*$)", "is that true"),
        (r"(?<=[,\s])(?:так|да)(?=\s*\?+\s*$)", "is that true"),
        (r"(?<![\w'])(?:неделю|недели|неделя)(?=\s+(?:с|со|от)\s+\d|\s+\d{1,2}\s*-\s*\d)", ""),
        (r"(?<![\w'])(?:выбы\w*|выведен\w*|вывели)\s+из\s+строя(?![\w'])", "losses"),
        (r"(?<![\w'])правда\s+ли,?\s+что(?![\w'])", "is it true that"),
        (r"(?<![\w'])правда,?\s+что(?![\w'])", "is it true that"),
        (r"(?<![\w'])(?:это\s+правда|правда\s+ли)(?![\w'])", "is that true"),
        # "самый тяжелый день / месяц": the worst one (a record of losses)
        (r"(?<![\w'])(?:сам\w*\s+|наи)(?:тяж|тяжк)\w*", "worst"),
        (r"(?<![\w'])сам\w*\s+(?:больш|крупн|высок)\w*", "biggest"),
        (r"(?<![\w'])сам\w*\s+кровав\w*", "bloodiest"),
        # "самый маленький суточный показатель", "наинизший": the lowest (wave 12)
        (r"(?<![\w'])(?:сам\w*\s+(?:мал|маленьк|низк|меньш)|наинизш)\w*", "lowest"),
        # "больше всего танков": the most (a record asked), "меньше всего": the fewest
        (r"(?<![\w'])больше\s+всего(?![\w'])", "the most"),
        (r"(?<![\w'])меньше\s+всего(?![\w'])", "the fewest"),
        (r"(?<![\w'])сам\w*\s+(?:спокойн|тих)\w*", "quietest"),
        (r"(?<![\w'])(?:верно|правильно)\s+ли,?\s+что(?![\w'])", "is it true that"),
        (r"(?<![\w'])с(?=\s+(?:наи|минимальн|максимальн|рекордн|сам)\w*)", "with the"),
        (
            r"(?<![\w'])с\s+учетом\s+(?:корректиров|поправ|исправлени|перерасчет)\w*",
            "",
        ),
        (
            r"(?<![\w'])за\s+(?:минувшие|прошедшие|последние|прошлые)\s+сутки(?![\w'])",
            "yesterday",
        ),
        (r"(?<=on average )за\s+месяц(?![\w'])", "a month"),
        (r"(?<=on average )за\s+неделю(?![\w'])", "a week"),
        (rf"(?<![\w'])за\s+неделю{_NOTHING_AFTER_RU}", "in the past week"),
        (rf"(?<![\w'])за\s+месяц{_NOTHING_AFTER_RU}", "in the past month"),
        (rf"(?<![\w'])за\s+(?:последний\s+)?год{_NOTHING_AFTER_RU}", "in the past year"),
        (
            r"(?<![\w'])(?:за\s+(?:прошлую\s+)?ночь|ночью|этой\s+ночью|прошлой\s+ночью)(?![\w'])",
            "overnight",
        ),
        (r"(?<![\w'])во\s+сколько\s+раз(?![\w'])", "how many times"),
        (r"(?<![\w'])у\s+(?:тебя|вас)(?:\s+есть)?(?![\w'])", ""),
        (r"(?<![\w'])прошлого\s+года(?![\w'])", "last year"),
        (r"(?<![\w'])на\s+сколько\s+процент\w*(?![\w'])", "by how many percent"),
        (
            r"(?<![\w'])(?:на\s+сколько|насколько)(?=\s+(?:больш|меньш|вырос|вырас|упа|сниз|сократ|увелич))",
            "by how much",
        ),
        (r"(?<![\w'])пол\s*-?\s*года(?![\w'])", "6 months"),
        (r"(?<![\w'])полтора\s+года(?![\w'])", "18 months"),
        *_QUARTER_ROWS,
        (r"(?<![\w'])до" + _RU_MONTH, "until"),
        (r"(?<![\w'])в\s+начале" + _RU_MONTH, "early"),
        (r"(?<![\w'])(?:с|со|от)\s+начала" + _RU_MONTH, "since the start of"),
        (r"(?<![\w'])в\s+середине" + _RU_MONTH, "mid"),
        (r"(?<![\w'])в\s+конце" + _RU_MONTH, "late"),
        (r"(?<![\w'])(?:год|года)" + _RU_WAR, "year of"),
        (r"(?<![\w'])(?:неделю|недели|неделя)" + _RU_WAR, "week of"),
        (r"(?<![\w'])(?:дней|дня|дни)" + _RU_WAR, "days of"),
        (r"(?<![\w'])(?:день|днем)" + _RU_WAR, "day of"),
        (r"(?<![\w'])(?:месяца|месяцев|месяцы|месяц)" + _RU_WAR, "months of"),
        (r"(?<![\w'])(?:неделю|недели|неделя|неделе)" + _RU_OF, "week of"),
        (r"(?<![\w'])(?:дней|дня|дни)" + _RU_OF, "days of"),
        (r"(?<![\w'])(?:день|днем)" + _RU_OF, "day of"),
        (r"(?<![\w'])(?:месяца|месяцев|месяцы)" + _RU_OF, "months of"),
        (r"(?<![\w'])месяц" + _RU_OF, "month of"),
        (r"(?<![\w'])на(?=\s+\d{1,2}(?:-го)?\s+[^\W\d_])", "as of"),
        *_REPORT_ROWS["ru"],
        *_russia_says_rows("ru"),
        *_said_by_rows("ru"),
        (
            r"(?<![\w'])к(?=\s+(?:январю|февралю|марту|апрелю|маю|июню|июлю|августу|сентябрю|"
            r"октябрю|ноябрю|декабрю)\b)",
            "by the start of",
        ),
        (r"(?<![\w'])к(?=\s+(?:началу|концу)\b)", "by"),
        (r"(?<=\d\d\d\d)\s+(?:год|года|году|годом|годах|годов|годы|гг\.?)(?![\w'])", ""),
        *_UKRAINE_DID["ru"],
        *_RUSSIA_DID["ru"],
        (r"(?<![\w'])потер\w*(?=\s+(?:всу|зсу|сил\s+обороны|украинских)\b)", "losses of"),
        (r"(?<![\w'])украины(?![\w'])", "of ukraine"),
        _BY_WHAT,
        (r"(?<![\w'])(?:день|днем)(?![\w'])", "day"),
        # "выросли ли потери": "did losses rise" (the word before "ли" is what is asked)
        # (inserted before it, so the word keeps where it was typed; "ли" reads as nothing)
        (r"(?<![\w'])(?=[\w']+\s+ли(?![\w']))", "did "),
    ),
}


# Ukrainian and Russian typed in Latin letters ("skilky tankiv vtratyla rosiya", "poteri
# rossii v noyabre"), wave 6: each word and each Cyrillic form of the tables are brought to one
# lossy key, so the passport scheme (kh, ts, ya), chat habits (h, c, x, ja) and latynka (š, č,
# ž) meet. A Cyrillic letter's Latin first (one scheme: the key rows below absorb the others).
LATIN_OF_CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye",
    "ё": "yo", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "",
    "ъ": "", "ы": "y", "э": "e", "ю": "yu", "я": "ya", "'": "",
}  # fmt: skip
# Where each language's usual Latin differs ("г" is "h" in Ukrainian, "и" is "i" in Russian).
LATIN_OF_CYRILLIC_IN: dict[str, dict[str, str]] = {"uk": {"г": "h"}, "ru": {"и": "i"}}
# The key: latynka's letters spelled out, then the sounds each scheme writes differently
# brought to one letter (in order: "shch" before "sh", "kh" and "ch" before "h" and "c"), then
# doubled letters once ("rossii" and "rosiyi" are one key).
LATIN_KEY_ROWS: tuple[tuple[str, str], ...] = (
    (r"['’ʼ`]", ""),
    (r"š", "sh"), (r"č", "ch"), (r"ž", "zh"), (r"[ćç]", "c"), (r"ś", "s"), (r"ź", "z"),
    (r"[ńň]", "n"), (r"[łľĺ]", "l"), (r"ť", "t"), (r"ď", "d"), (r"ŕ", "r"), (r"ĭ", ""),
    (r"ŭ", "u"), (r"ĝ", "g"), (r"[ïìí]", "i"),
    (r"shch|sch", "W"), (r"zh", "Z"), (r"kh", "h"), (r"ch", "C"), (r"sh", "S"),
    (r"t[sz]", "c"), (r"[xg]", "h"), (r"w", "v"), (r"q", "k"), (r"[jy]", "i"), (r"ie", "e"),
    (r"(.)\1+", r"\1"),
)  # fmt: skip
# English words that are never read as Latin-typed Ukrainian or Russian ("do", "no", "on"),
# besides every English word of the rows themselves.
_ENGLISH_TEXT = (
    "a an the of in on at to do did does done is are was were be been by for from with and or "
    "not no yes how many much what which when who where why whose this that these those it its "
    "their there here per since until till as about vs than then so if can could should would "
    "will i me my you your we our they he she his her us up down out over under between during "
    "before after last next first second third lost lose losing loss losses total killed dead "
    "wounded tank tanks day days week weeks month months year years today yesterday war ok pls "
    "please thanks hi hey drone plane jet ship boat soldier troops men army navy fleet side "
    "russian russians ukrainian ukrainians more most less fewer figure figures number data "
    "source sources report reports claim claims say says said"
)
ENGLISH_WORDS: frozenset[str] = frozenset(_ENGLISH_TEXT.split())
