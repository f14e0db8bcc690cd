"""Ukrainian and Russian rows for reading articles (issue 15, source side): the nouns that
name what was lost, number words and scales, qualifiers, sides, kinds of loss and the verbs
that make a side the one inflicting losses. Rows are regex fragments matched at a word's
start on lower-case text (ё read as е); each row is one form outlets and official channels
use ("бойових броньованих машин", "орудий полевой артиллерии", "убитыми и ранеными").

The question side reads words through the generated inflection table (cyrillic.py); an
article's nouns come in phrases and long genitive lists, so they are stems here.
"""

from __future__ import annotations

import json
from pathlib import Path

from knowledge.lexicon.kinds import CYRILLIC_KIND_STEMS
from knowledge.models import Metric, PersonnelKind, Qualifier, Subject

# What a figure counts: the words right after it, tried in order (longer phrases first).
# A row with no metric names something that is not a loss ("військової техніки" in general).
METRIC_ROWS: tuple[tuple[str, Metric | None], ...] = (
    (r"танк\w*\s+(?:і|и|та|й)\s+(?:(?:інш|друг)\w*\s+)?(?:(?:бойов|боев)\w*\s+)?(?:броньован|бронирован|бронемашин"
     r"|бронетехн|ббм\b)",
     Metric.armored_vehicles),
    (r"(?:бойов|боев)\w*\s+машин\w*\s+(?:реактивн|рсзв\b|рсзо\b)", Metric.mlrs),
    (r"(?:бойов|боев)\w*\s+(?:броньован|бронирован)\w*\s+машин", Metric.armored_vehicles),
    (r"(?:бойов|боев)\w*\s+машин\w*\s+(?:піхот|пехот)", Metric.armored_vehicles),
    (r"(?:броньован|бронирован)\w*\s+машин|ббм\b|бмп\b|бтр\b|бронетранспорт|бронемашин|бронетехні"
     r"|бронетехни"
     r"|бронеавтомоб|броньовик|коробоч|бэх[аиу]\b|бех[аиу]\b|бех\b|бэх\b|мотолыг|мтлб\b|bradley|брэдли|бредлі|marder|мардер"
     r"|stryker|страйкер", Metric.armored_vehicles),
    (r"leopard|леопард|abrams|абрамс|challenger|челленджер", Metric.tanks),
    (r"танк|танчик", Metric.tanks),
    (r"(?:артилерійськ|артиллерийск)\w*\s+(?:систем|установ)|артсистем|оруди|гармат"
     r"|артилері|артиллери|гаубиц|гаубиць|мином|міномет|сау\b|самоходн|самохідн"
     r"|арт[аиуіы]\b|арт[еоі]ю\b|артсист", Metric.artillery),
    (r"рсзв\b|рсзо\b|(?:реактивн)\w*\s+систем\w*\s+залпов"
     r"|(?:установ\w*\s+)?[«\"]?(?:himars|хаймарс|рсзв\b|рсзо\b)",
     Metric.mlrs),
    (r"(?:засоб|систем|комплекс|средств)\w*\s+(?:ппо\b|пво\b|протиповітрян|противовоздушн)"
     r"|зенітн|зенитн",
     Metric.air_defense),
    (r"літак|самолет", Metric.aircraft),
    (r"гелікоптер|вертол", Metric.helicopters),
    (r"бпла\b|безпілотн|беспилотн|дрон|[«\"]?(?:шахед|shahed|геран|geran|гербер|ланцет)",
     Metric.drones),
    (r"(?:крилат|крылат)\w*\s+ракет", Metric.cruise_missiles),
    (r"(?:підводн|подводн)\w*\s+(?:чов|лод)", Metric.submarines),
    (r"корабл|катер|човн|лодк|лодок|лодочн", Metric.ships),
    # What no tally column holds: Starlink antennas and terminals, ground robots.
    (r"антен|термінал\w*\s+[«\"]?(?:starlink|старлінк)|терминал\w*\s+[«\"]?(?:starlink|старлинк)"
     r"|[«\"]?(?:starlink|старлінк|старлинк)|наземн\w*\s+(?:роботиз|робототехн)", Metric.other),
    (r"(?:спеціальн|специальн)\w*\s+(?:військов|военн)\w*\s+автомоб|автотехн|легк\w*\s+техн"
     r"|(?:автомобільн|автомобильн)\w*\s+техн|автоцистерн|цистерн|автомобіл|автомобил"
     r"|вантажів|грузовик|пикап|пікап|мотоцикл|квадроцикл|багі\b|багги|мопед", Metric.vehicles),
    (r"(?:спеціальн|специальн)\w*\s+техн|спецтехн", Metric.special_equipment),
    # Electronic-warfare stations: the General Staff counts them among special equipment.
    (r"(?:станц|комплекс|засоб|средств)\w*\s+(?:радіоелектронн|радиоэлектронн|реб\b|рэб\b)",
     Metric.special_equipment),
    (r"(?:військов|военн)\w*\s+(?:техн|об'єкт|объект|ведомств|відомств)", None),
    (r"військовослужбов|военнослужащ|військов|военн|осіб\b|особ[аиуі]?\b|особов|человек"
     r"|солдат|бійц|бойц|воїн|воин|окупант|оккупант|загарбник|захисник|десантник"
     r"|росіян|россиян|українц|украинц|мобілізован|мобилизованн|офіцер|офицер|загибл"
     r"|погибш|поранен|ранен|полонен|пленн|військовополонен|генерал|заключенн|ув'язнен"
     r"|мужчин|чоловіків|в'язн|вязн|морпех|морпіх|морск\w*\s+пехотин|морськ\w*\s+піхотин"
     r"|добровол|укроп|хохл|імен\b|имен\b|найманц|наемник|наёмник"
     # veterans of the war by its names ("312 участников СВО", "38 учасників АТО")
     r"|(?:участник|учасник)\w*\s+(?:сво\b|ато\b|оос\b|специальной\s+военной|бойових\s+дій|боевых\s+действий)"
     # assault troopers ("36 штурмовиків"), not Su-25 attack aircraft
     r"|штурмовик\w*(?!\s+(?:су|su)-)"
     # the slang each side's channels count the other's soldiers in ("мінус 1 130 орків")
     r"|орк(?:и|ів|ов|ам|ами|а)?(?![\w])|рашист|русак\w*\b|кацап(?:ів|ов|и|ы)(?![\w])"
    r"|личн\w*\s+состав|убитых|вбитих|убитих|кадыровц|кадировц|вагнеровц|вагнерівц|контрактник|мобик|пропавш|зниклих|жител|мешканц|уроженц|уродженц|земляк|выходц|вихідц"
     r"|[«\"]?(?:двухсот|двохсот|трехсот|трьохсот)[ыиі]|груз\w*\s+200\b|[«\"]?[23]00-"
     r"|боевик|бойовик|националист|націоналіст|неонацист"
     # a channel's abbreviation of "особовий склад", "личный состав"
     r"|[ол]/с(?![\w])"
     # the General Staff's participle standing as the noun ("960 ліквідованих за добу")
     r"|(?:ліквідован|ликвидирован|знешкоджен|обезврежен)\w*(?=\s*(?:[,.;:)»]|$|(?:за|з|із|с|і|и|та|й|до|на)\s))",
     Metric.personnel),
    # "189 500 загальних втрат", "300 тисяч санітарних втрат": people lost are the noun.
    (r"(?:загальн|общ|санітарн|санитарн|безповоротн|безвозвратн)\w*\s+(?:втрат|потер)",
     Metric.personnel),
    # "о 1 230 потерях российской армии", "про 1 150 втрат ЗСУ": the losses are people, unless
    # equipment is named after them
    (r"(?:втрат(?:и|і|а|ам|ами|ах)?|потер(?:и|ь|ям|ями|ях))(?![\w])"
     r"(?!\s+(?:[\w-]+\s+)?(?:техн|озброєн|вооружен|боєприпас|боеприпас|танк|бронетехн|авіац|авиац))",
     Metric.personnel),
)  # fmt: skip
# One of a thing named with no number in a list of figures ("до 260 человек, танка и четырех
# боевых машин"): singular forms only, so a plural noun is never read as one.
ONE_IN_A_LIST = (
    r"танк|танка|танк\s+leopard|танка\s+leopard|самолет|самолета|літак|вертолет|вертолета"
    r"|гелікоптер|бмп|бтр|орудие|орудия|гармату|гармата|катер|катера|корабль|корабля"
    r"|підводний\s+човен|подводную\s+лодку|гаубицу|гаубица|гаубицю|гаубиця|[«\"]?(?:брэдли|bradley)[»\"]?"
    r"|[«\"]?(?:леопард|leopard|абрамс|abrams)[»\"]?"
)
# "Один із", "одним из" before a number: one member of a count ("одним із 14 російських
# військових"), so the "one" is no figure; the count after it is.
ONE_OF_MANY = (
    r"(?:один|одна|одне|одно|одним|одного|одному|одною|одной|однією|одну)"
    r"\s+(?:з|із|зі|из|со)\s+(?=\d)"
)
# Collective numerals, which count people by themselves ("у роті загинули семеро", "ранены
# трое"): a figure in one of them with no noun after it is personnel.
COLLECTIVE_NUMERALS = (
    r"двоє|двое|троє|трое|четверо|п'ятеро|пятеро|шестеро|семеро|восьмеро|дев'ятеро|девятеро"
    r"|десятеро"
)
# Words passed over between a figure and its noun: side adjectives and units.
PASS_WORDS = (
    r"(?:[«\"]?(?:російськ|українськ|российск|украинск|ворож|вражеск|окупантськ|нов|ліквідован"
    r"|наш|втрачен|потерян|підтвердж|подтвержд|північнокорейськ|северокорейск|уражен|поражени"
    r"|американськ|американск|німецьк|немецк|західн|западн|британськ|британск|французьк"
    r"|французск|польськ|польск|шведськ|шведск|натовськ|натовск|іноземн|иностранн"
    r"|знищен|уничтожен|збит|сбит|ударн|бывш|колишн|полев|польов|буксирован|самохідн"
    r"|пошкоджен|поврежден|захоплен|захвачен|підбит|подбит|покинут|брошен|пусков|выбывш|вибул)\w*"
    r"|сво(?:їх|їми|их|ими|ї|и|ю|я|ей|єї)\b|од\.|ед\.|одиниц\w*|единиц\w*|штук\w*)"
)

# Number words (the cases outlets write them in) -> value; summed in a run ("двадцять сім").
NUMBER_WORDS: dict[str, float] = {
    "один": 1, "одна": 1, "одне": 1, "одно": 1, "одну": 1, "одного": 1, "однієї": 1,
    "одной": 1, "два": 2, "дві": 2, "две": 2, "двох": 2, "двух": 2, "три": 3, "трьох": 3,
    "трех": 3, "чотири": 4, "чотирьох": 4, "четыре": 4, "четырех": 4, "п'ять": 5,
    "п'яти": 5, "пять": 5, "пяти": 5, "шість": 6, "шести": 6, "шесть": 6, "сім": 7,
    "семи": 7, "семь": 7, "вісім": 8, "восьми": 8, "восемь": 8, "дев'ять": 9, "дев'яти": 9,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "одинадцять": 11,
    "одиннадцать": 11, "дванадцять": 12, "двенадцать": 12, "тринадцять": 13,
    "тринадцать": 13, "чотирнадцять": 14, "четырнадцать": 14, "п'ятнадцять": 15,
    "пятнадцать": 15, "шістнадцять": 16, "шестнадцать": 16, "сімнадцять": 17,
    "семнадцать": 17, "вісімнадцять": 18, "восемнадцать": 18, "дев'ятнадцять": 19,
    "девятнадцать": 19, "двадцять": 20, "двадцать": 20, "тридцять": 30, "тридцать": 30,
    "сорок": 40, "п'ятдесят": 50, "пятьдесят": 50, "шістдесят": 60, "шестьдесят": 60,
    "сімдесят": 70, "семьдесят": 70, "вісімдесят": 80, "восемьдесят": 80,
    "дев'яносто": 90, "девяносто": 90, "сто": 100, "двісті": 200, "двести": 200,
    "триста": 300, "чотириста": 400, "четыреста": 400, "п'ятсот": 500, "пятьсот": 500,
    "шістсот": 600, "шестьсот": 600, "сімсот": 700, "семьсот": 700, "вісімсот": 800,
    "восемьсот": 800, "дев'ятсот": 900, "девятьсот": 900,
    "півтори": 1.5, "півтора": 1.5, "полторы": 1.5, "полтора": 1.5, "полутора": 1.5,
    "пів": 0.5,
}  # fmt: skip
# Every case form of those numerals ("сорока", "двохсот", "п'ятьмастами", "двоих"), generated
# offline with pymorphy3 by scripts/build_number_words.py; the rows above win on a clash.
NUMBER_WORDS = {
    **json.loads(Path(__file__).with_name("number_words.json").read_text(encoding="utf-8")),
    **NUMBER_WORDS,
}
# Scale words after a number ("18 тисяч", "1,2 млн", "9,6 тыс."): regex -> multiplier.
SCALES: tuple[tuple[str, int], ...] = (
    (
        r"тис\.|тис(?:яч(?:ами|ам|ах|ею|[аіуи])?)?\b|тыс\.|тыс(?:яч(?:ами|ам|ах|ей|ью|[аиу])?)?\b",
        1_000,
    ),
    (
        r"млн\b\.?|мільйон(?:ами|ам|ах|а|ів|у|ом|і|и)?\b|миллион(?:ами|ам|ах|а|ов|у|ом|е|ы)?\b",
        1_000_000,
    ),
)
# Words of a report: a bare "Минобороны" is a claimant only in a sentence with one ("как
# сообщили в Минобороны", "по данным Міноборони", "Минобороны:"), not as a recruiter or an
# employer ("завербованных «Вагнером» и Минобороны").
REPORTING_WORDS = (
    r"заяв|повідом|сообщ|за\s+даними|по\s+данным|за\s+словами|по\s+словам|оцін|оцен|підрахув"
    r"|подсчит|назва|говор|звіт|отчит|сводк|зведенн|брифінг|брифинг|вважа|счита|налічу|насчит"
    r"|нарахув|зафіксув|доповід|доклад|визна|призна|відпові|ответ|уточн|інформу|информир"
    r"|підсумк|итог|опублік|опублик|оприлюдн|привод|навод"
)
# The noun "losses" (not the verb): a bare figure after it with no noun of its own counts people
# ("потери российской армии составили 38 тысяч"), unless equipment is named between.
LOSSES_NOUN = r"втрат(?:и|і|а|ам|ами|ах)?|потер(?:и|ь|ям|ями|ях)"
NOT_PEOPLE = r"техн|озброєн|вооружен|боєприпас|боеприпас|снаряд|ракет"
# Words of a running total before a figure ("загальні втрати сягнули", "общие потери
# превысили"): since the invasion, unless a period stands between ("всього", "загалом" are
# as often a period's total: "загалом за місяць").
RUNNING_TOTAL = (
    r"загальн\w*\s+(?:бойов\w*\s+)?втрат|общ\w*\s+(?:боев\w*\s+)?потер"
    r"|загальн\w*\s+(?:кількіст|числ)|общ\w*\s+(?:количеств|числ)"
)
# Words of a total in the clause right after a smaller figure ("за добу — 990, загалом —
# близько 1 275 980", "всего — около ..."): the running total, when the figure is at least
# TOTAL_OVER_PART times the one before it (a sum of the day's parts is not: "6 танків і 9 ББМ
# — всього 15").
TOTAL_AFTER_PART = (
    r"загалом|всього|усього|всего|итого|в\s+общей\s+сложности|в\s+цілому"
    r"|(?:це|это)\s+(?:вже|уже)|з\s+початку|с\s+начала"  # "1 853 за добу, це вже 287 359"
)
TOTAL_OVER_PART = 20
# Counters of named dead, and Oryx's count of documented equipment: each a running total since
# the invasion as of their date, whatever sentence states it.
NAMED_DEAD_COUNTERS = ("Mediazona", "UALosses", "Oryx")
# Verbs of saying: a month or year with one of them is when a total was said ("у грудні
# Зеленський назвав 43 тисячі"), not the period of the losses.
# How a sentence naming only who said the figures before it opens ("Про це повідомив ...").
SAID_THIS = (
    r"про\s+це|про\s+що|об\s+этом|о\s+чем|о\s+том|такі\s+дані|такие\s+данные|ці\s+дані"
    r"|эти\s+данные|ці\s+цифри|эти\s+цифры|такі\s+цифри|такие\s+цифры"
)
SAID_VERBS = (
    r"назва|назвал|называ|назива|заяв|говор|сообщ|повідом|казал|казав|сказа|озвуч|признал"
    r"|визна|йшлося|шла\s+речь|утвержда|стверджу"
    r"|оцінюва|оцінила|оцінив|оценива|оценила|оценил"  # an estimate made then ("в мае оценивало")
)
# Verbs of losing: between a month and its figure they make the month the losses' period.
LOSING_VERBS = r"втрат|втрач|потер|теря|ліквід|ликвид|знищ|уничтож|лишил|вибул|выбыл"
# "Yesterday" words: with today's report's figure of the same day stored, a different figure
# called yesterday's is the report before ("Напередодні ворог втратив 1 020").
YESTERDAY_WORDS = r"вчора|вчера|напередодні|накануне|днем\s+ранее|днём\s+ранее|днем\s+раніше"
# A colon header naming the equipment counted heads the list below it even with no loss verb
# ("Серед техніки, яку Генштаб зарахував за тиждень:", "Из техники у ВСУ:"), and so does a
# reporting body or a period's summary ("підсумки лютого за даними Генерального штабу:").
LIST_HEADER_NOUNS = (
    r"техні[кц]|техни[кч]|зведенн|сводк|генштаб|генеральн\w*\s+штаб|гш\b|підсумк|итог"
)
# A fact check's label for the claim it debunks, leading its line ("**Що поширюють.**",
# "Фейк:", "Неправда."): the figures of that line quote the fake and are no one's claim.
FAKE_LABEL = (
    r"^[ \t*_#«\"]*(?:фейк|що\s+поширюють|что\s+распространяют|що\s+стверджують"
    r"|что\s+утверждают|неправда|маніпуляція|манипуляция|вигадка|выдумка|дезінформація"
    r"|дезинформация)[\s*_»\"]*[.:!—–-]"
)
# "За місяць", "за месяц" with no month named: the month named before, when one was.
THIS_MONTH = r"за\s+(?:(?:цей|этот|той|тот)\s+)?(?:місяць|месяц)(?![\w])"
# A weekday named before a date in a range ("з понеділка 5 січня по неділю 11 січня"): the
# date says the day, so the weekday is read past.
WEEKDAY_BEFORE_DATE = (
    r"(?:понеділ|вівтор|середу|середа|четвер|п'ятниц|субот|неділ|понедельник|вторник|среду"
    r"|среда|четверг|пятниц|суббот|воскресень)\w*,?(?=\s+\d{1,2}\s)"
)
# A verdict right after a figure calling it made up ("Цифра 1,8 млн — вигадка", "про 900
# тисяч ... не відповідають дійсності"): that figure is the fake, no one's claim.
CALLED_FAKE_AFTER = (
    r"[^,;:.!?]{0,40}?(?:[—–-]\s*(?:це\s+|это\s+)?(?:вигадк|выдумк|фейк|неправд)"
    r"|не\s+відповіда\w*\s+дійсност|не\s+соответству\w*\s+действительност)"
)
# "За цей час", "за этот период", "за вказаний період": the period an earlier sentence named.
THIS_PERIOD = (
    r"за\s+(?:(?:цей|этот|той|цей\s+же|этот\s+же|тот\s+же|той\s+же|зазначений|вказаний"
    r"|указанный|названный|названий)\s+)(?:час|період|период|время|строк|срок|отрезок|відрізок)"
    r"|за\s+(?:той|тот|цей|этот|ту|эту|цю|те|ті|эти|ці)\s+(?:самий|самый|саму|самую|самые|самі"
    r"|же|ж)\s+"
    r"(?:тиждень|неделю|місяць|месяц|добу|сутки|день)"
)
# "За тиждень", "за неделю" with no dates, after a week the article named: that week.
THIS_WEEK = (
    r"за\s+(?:цей\s+|этот\s+|эту\s+)?(?:тиждень|неделю)|(?:протягом|упродовж|в\s+течение)\s+"
    r"(?:цього\s+|этой\s+)?(?:тижня|недели)"
)
# Russia's MoD sums up a week from Saturday to Friday: in an article naming that weekly
# summary, its "за неделю" with no dates ends on the last Friday up to publication (0 = Monday).
MOD_WEEK_LAST_DAY = 4
WEEKLY_SUMMARY = (
    r"субботн\w*\s+(?:сводк|брифинг)|суботн\w*\s+(?:звед|брифінг)|еженедельн|щотижнев"
    r"|(?:тижнев|недельн)\w*\s+(?:звіт|звед|сводк|отчет)|итог\w*\s+(?:\w+\s+){0,3}недел"
    r"|підсумк\w*\s+(?:\w+\s+){0,3}тижн"
)
# Nouns of what is counted that is no loss; a bare figure right after one and a dash counts it
# ("Больше всего атак — 96", "бойових зіткнень за добу — 187").
COUNT_NOUNS = (
    r"атак|штурм|боестолкновен|боєзіткнен|зіткнен|столкновен|обстріл|обстрел|удар|бо[їе]в\b"
    r"|наступальн|вылет|виліт|населен\w*\s+пункт|громад|сел\b"
    # a post's own counters ("👁 Просмотров: 31 400", "Підписників каналу: 58 000")
    r"|просмотр|перегляд|підписник|подписчик|репост|коментар|комментар|реакці|реакци|вподобан"
)
# Residents of a region are soldiers only in a sentence about the war zone ("в зоне СВО
# погибли 320 жителей"); elsewhere they are civilians ("внаслідок удару загинули 5 мешканців").
RESIDENT_NOUNS = r"жител|мешканц|уроженц|уродженц|земляк|выходц|вихідц"
# A shelling or strike on a place ("обстріл Дніпра", "удар по Харькову"): the wounded and dead
# a sentence about it counts are the place's people unless it names soldiers (MILITARY_NOUNS).
SHELLING_WORDS = (
    r"обстріл|обстрел|(?:ракетн|авіа|авиа)\w*\s+удар|авіаудар|авиаудар|удар\w*\s+по"
    r"|атак\w*\s+(?:на|по)|прильот|прилет|прилёт"
)
MILITARY_NOUNS = (
    r"військов|военн|воен|солдат|бійц|бойц|окупант|оккупант|армі|арми|зсу|всу|позиці|позици"
    r"|бригад|підрозділ|подраздел|рашист|ворог|враг|противник|полігон|полигон|штаб|казарм"
    r"|мобілізован|мобилизован|десантник|морпіх|морпех|штурмовик|контрактник|найманц|наемник"
    r"|вагнер|окупац|оккупац|двохсот|двухсот|трьохсот|трехсот|особов|личн\w* состав"
)
AT_THE_FRONT = (
    r"сво\b|спецоперац|специальн\w* военн\w* операц|(?:на|у|в)\s+(?:фронт|передов|війн|войн|бою"
    r"|боях|зон\w*\s+(?:бойов|боев))|захищаючи|защищая|воинск\w* долг|військов\w* обов"
    # killed "in Ukraine": Russia's soldiers ("жителей Бурятии, погибших в Украине")
    r"|(?:погиб|гибел)\w*\s+(?:\w+\s+){0,2}(?:в|на)\s+украин|(?:в|на)\s+украин\w*\s+погиб"
    # a front's direction ("на Покровському напрямку", "на Купянском направлении")
    r"|(?:на|у|в)\s+[\w'-]+(?:ому|ом)\s+(?:напрям|направлени)"
    # who served, were called up or signed a contract ("жителей, проходивших службу по
    # контракту", "жителів громади, які служили у ЗСУ", "призванных по мобилизации")
    r"|прох\w*\s+(?:\w+\s+)?службу|служ\w*\s+(?:у|в)\s+(?:лавах\s+|рядах\s+)?(?:зсу|всу|арм|військ"
    r"|войск|збройн|вооруж)|призван\w*\s+(?:по|на|під|до)\s|по\s+контракту|(?:заключ|уклал|уклав)\w*\s+контракт"
    # soldiers from among the residents ("57 военнослужащих из числа жителей района") and
    # residents who are defenders ("38 наших земляків-захисників")
    r"|(?:военнослужащ|військовослужбов|солдат|бійц|бойц|воїн|воин)\w*\s+(?:из|з|із)\s+(?:числа\s+)?"
    r"(?:жител|мешканц)|(?:земляк|жител|мешканц|уродженц|уроженц)\w*-(?:захисник|защитник|воїн|воин"
    r"|бійц|бойц|боец|військов|военн)"
)
# A blow and the words that open it ("при ударе", "внаслідок атаки", "во время обстрела"): the
# side named with it is the attacker, never the loser. Lower-case text.
_BLOW_OPENS = r"при|під\s+час|во\s+время|в\s+ходе|в\s+результате|внаслідок|в\s+наслідок"
_BLOW_NOUNS = r"атак|удар|обстр[еі]л|налет|наліт|нальот"
# What a blow hits, before the side it belongs to ("обстрілу позицій ЗСУ"): that side is the
# target, not the attacker.
_BLOW_TARGETS = r"позиц|скупчен|скоплен|колон|склад|баз|пункт|окоп|бліндаж|блиндаж|штаб"
# A side named after a blow ("при атаке дронов ВСУ", "внаслідок удару російських ракет") is the
# attacker: the dead and wounded counted before it are the other side's.
ATTACKER_BEFORE = (
    rf"(?<![\w])(?:{_BLOW_OPENS}|від|от)\s+(?:{_BLOW_NOUNS}|ракетн|дронов|дронів|бпла)\w*"
)
# A blow named with its agent right before a side word ("во время обстрела со стороны ВСУ",
# "при ударе российских дронов"): that side attacked; the dead counted are the other side's.
ATTACKER_NAMED = (
    rf"(?<![\w])(?:{_BLOW_OPENS})\s+(?:{_BLOW_NOUNS})\w*\s+(?:(?:со\s+стороны|з\s+боку)\s+)?"
    rf"(?:(?!{_BLOW_TARGETS})[\w-]+\s+)?$"
)
# A side fought against, after a figure ("загинули 12 бійців у боях з окупантами", "погибли в
# боях с ВСУ"): the figure is the other side's. Matched on the words after the figure.
_FIGHT_AGAINST = (
    r"(?<![\w])(?:у|в|во|під\s+час|во\s+время|при)\s+(?:бо(?:ях|ю|ї|е|ями)|сутичк\w*|"
    r"боестолкновени\w*|зіткнен\w*|столкновени\w*|протистоянн\w*|противостояни\w*)\s+"
    r"(?:з|із|зі|с|со|проти|против)\s+"
)
FOUGHT_AGAINST = _FIGHT_AGAINST + r"(?P<w>[\w']+)"
# A side fought for, after a figure ("60 наемников, воевавших на стороне Киева", "найманців, які
# воювали за росію"): the figure is that side's.
FOUGHT_FOR = (
    r"(?<![\w])(?:воева|воюва|воював|воюю|сража|билис|бились)\w*\s+"
    r"(?:на\s+стороне|на\s+боці|на\s+стороні|за|в\s+составе|у\s+складі|в\s+рядах|у\s+лавах)\s+"
    r"(?:[\w'-]+(?:ой|ий|ої|ої|ых|их)\s+)?(?P<w>[\w']+)"
)
# ... and before the figure, ending right before the side word ("в боях с ВСУ погибли 14").
FOUGHT_AGAINST_BEFORE = _FIGHT_AGAINST + r"(?:[\w-]+\s+)?$"
# A side named as the source of a figure ("по данным украинской стороны", "за оцінкою російської
# сторони"): whose count it is, never whose losses. Matched on the words before the side word.
_SOURCE_PHRASE = (
    r"(?:по\s+данным|по\s+оценк\w*|по\s+версии|по\s+информации|по\s+словам|со\s+слов|за\s+даними"
    r"|за\s+оцінк\w*|за\s+версією|за\s+інформацією|за\s+словами|зі\s+слів|согласно\s+данным)\s+"
)
SOURCE_OF_SIDE = _SOURCE_PHRASE + "$"
# The same phrase with its side: the speaker's side, when no claimant names one ("По версии
# российской стороны, противник потерял 2 400": Russia's enemy). (side, regex on lower-case)
SOURCE_SIDES: tuple[tuple[str, str], ...] = (
    ("russia", rf"{_SOURCE_PHRASE}(?:российск|російськ)\w*\s+сторон"),
    ("ukraine", rf"{_SOURCE_PHRASE}(?:украинск|українськ)\w*\s+сторон"),
)
# Nouns of dying ("5 937 погибших", "гибели двух военнослужащих", "загинули 12"): the language
# of a side's own dead; with no side word anywhere near, they are the speaker's own. An enemy's
# dead are "ликвидированы", "уничтожены", "убиты". Lower-case text, word starts.
OWN_DEATH_NOUNS = r"погибш|погибл|гибел|загибл|загинул|загибел"
# A caption's own number right after these ("Графік 1.", "Карта 3", "Таблиця № 2") is a label.
CAPTION_LABELS = (
    r"графік|график|карт[аи]|мап[аи]|таблиц|рисун|малюн|фото|схем|слайд|діаграм|диаграм"
    r"|інфографік|инфографик|ілюстраці|иллюстраци|раздел|розділ"
)
# Half a scale in one word ("полмиллиона", "півмільйона", "полтысячи"): its value.
HALF_SCALES: tuple[tuple[str, int], ...] = (
    (r"(?:пол|пів)-?(?:мільйон|миллион)\w*", 500_000), (r"(?:пол|пів)-?(?:тисяч|тысяч)\w*", 500),
)  # fmt: skip
# Words between the two ends of a range after "між", "между" ("между 150 и 200 тысячами").
BETWEEN_RANGE = r"(?:між|между)\s+$"
# A scale word standing alone after these is one of it ("приближаются к миллиону").
LONE_SCALE_BEFORE = r"(?:к|до|понад|майже|близько|около|почти|свыше|более)"

# Words right before a figure -> its qualifier, tried in order ("зросло до 89" is exact).
QUALIFIER_ROWS: tuple[tuple[str, Qualifier], ...] = (
    (r"не менее|не менше|не меньше|щонайменше|принаймні|по меньшей мере|как минимум",
     Qualifier.at_least),
    (r"(?:зросл|вырос|збільшил|увеличил|сягнул|достиг)\w*\s+до", Qualifier.exact),
    (r"понад|більше|більш ніж|более|свыше|больше|перевищил\w*|перевищу\w*|превысил\w*"
     r"|превыша\w*", Qualifier.more_than),
    (r"майже|почти|практически|приближа\w*\s+к|наближа\w*\s+до", Qualifier.nearly),
    (r"близько|около|приблизно|примерно|орієнтовно|ориентировочно|порядка", Qualifier.approximate),
    (r"до", Qualifier.less_than),
)  # fmt: skip

# Words naming a side, whoever speaks. stem -> side.
SIDE_ROWS: tuple[tuple[str, Subject], ...] = (
    ("україн", Subject.ukraine), ("украин", Subject.ukraine), ("зсу", Subject.ukraine),
    ("всу", Subject.ukraine), ("сил оборони", Subject.ukraine), ("сили оборони", Subject.ukraine),
    ("силами оборони", Subject.ukraine), ("захисник", Subject.ukraine),
    ("оборонц", Subject.ukraine), ("тероборон", Subject.ukraine),
    ("територіальної оборони", Subject.ukraine), ("leopard", Subject.ukraine),
    ("abrams", Subject.ukraine),
    ("bradley", Subject.ukraine), ("himars", Subject.ukraine),
    ("російськ", Subject.russia), ("российск", Subject.russia), ("росі", Subject.russia),
    ("росси", Subject.russia), ("рф", Subject.russia), ("росіян", Subject.russia),
    ("россиян", Subject.russia), ("окупант", Subject.russia), ("оккупант", Subject.russia),
    ("загарбник", Subject.russia), ("рашист", Subject.russia),
    # Slang each side's press and channels use for the other ("хохлы", "орки", "русня").
    ("хохл", Subject.ukraine), ("укроп", Subject.ukraine), ("всушн", Subject.ukraine),
    ("вэсэушн", Subject.ukraine), ("орки", Subject.russia), ("орків", Subject.russia),
    ("оркам", Subject.russia), ("орками", Subject.russia), ("русн", Subject.russia),
    ("кацап", Subject.russia),
    # Troops of a third country (North Korea's) are a third party's losses.
    ("кндр", Subject.other), ("північнокорейськ", Subject.other),
    ("северокорейск", Subject.other), ("корейськ", Subject.other), ("корейск", Subject.other),
)  # fmt: skip
# Words for "us" in a speaker's own words ("у нас 6 двухсотых", "наші втрати"): the speaker's
# side. Whole words only.
OWN_WORDS = r"наш|наша|наше|наши|наші|нашим|наших|нашими|у\s+нас|в\s+нас|мы|ми"
# Reflexive possessives ("власних втрат", "своих потерь", "собственных"): the losses of the
# clause's subject (a claimant or a side named before them), never the other side's. Whole words.
REFLEXIVE_WORDS = (
    r"власн(?:ий|ого|ому|им|ім|их|ими|і|а|у|ої|ій|е|ою)|собственн\w*"
    r"|сво(?:ї|єї|їх|їм|їми|ю|я|є|го|єму|ей|их|им|ими|и|его|ему|ем|ой|е|й)"
)
# Names of a capital standing for its side as the subject of a reflexive ("Офіційний Київ своїх
# втрат не називає"); read only there, a capital is a place elsewhere. stem -> side.
CAPITAL_SIDES: tuple[tuple[str, Subject], ...] = (
    ("київ", Subject.ukraine), ("києв", Subject.ukraine), ("киев", Subject.ukraine),
    ("москв", Subject.russia),
)  # fmt: skip
# Words only one side's own voice uses, for "наши потери" in a post whose author nothing else
# names (a milblogger's channel, a brigade's page): side -> regex on lower-case text.
VOICE_ROWS: tuple[tuple[str, str], ...] = (
    ("russia", r"(?<![\w])(?:#?сво|спецоперац\w*|укронацист\w*|укроп\w*|всушник\w*|"
               r"бандеровц\w*|киевск\w+ режим\w*|специальн\w* военн\w* операц\w*|боевик\w*"
               r"|неонацист\w*|хохл\w*"
               # the Russian MoD's stock formula ("подразделения нанесли поражение противнику")
               r"|нанесл\w* поражени\w*|поражени\w* живой сил\w*)(?![\w])"),
    ("ukraine", r"(?<![\w])(?:окупант\w*|рашист\w*|русн[яіи]|орк[иіа]?в?|"
                r"слава україні|героям слава|#?зсу|оккупант\w*|кацап\w*|загарбник\w*|ворог\w*"
                r"|москал\w*)(?![\w])"),
)  # fmt: skip

# A sentence's own voice when no claimant, outlet or article voice names the speaker's side:
# written in Ukrainian (letters Russian lacks), it speaks for Ukraine ("Наша бригада втратила
# трьох бійців"); the enemy in the zone of one of Russia's groups of forces is the Russian MoD's
# ("противник понёс в зоне группировки «Центр»"). (side, regex on lower-case text), first wins.
SENTENCE_VOICE_ROWS: tuple[tuple[str, str], ...] = (
    ("ukraine", r"[іїєґ]"),
    ("russia", r"(?=.*(?:противник|враг|неприятел))(?:.*?)группировк\w*(?:\s+войск)?\s+"
               r"«(?:север|юг|южн|центр|восток|запад|днепр)"),
)  # fmt: skip

# A sentence with no figure that asks about or names the speaker's own losses ("— Ваші
# втрати?", "А наши потери?"): the figures after it are the speaker's side's. In an interview
# "your" is the interviewee's, who speaks next.
OWN_LOSSES_NAMED = (
    r"(?<![\w])(?:ваш[іиа]?|наш[іиа]?|наших)\s+(?:втрат|потер|скільки|сколько)"
    # "а наших скільки?", "скільки ж ваших": a particle between, never a counted noun
    # ("Скільки окупантів ваш батальйон знищив?" asks about the enemy's)
    r"|(?<![\w])(?:скільки|сколько)\s+(?:(?:ж|же|всего|всього|було|было)\s+)?(?:ваш|наш)\w*"
)
# "your brigade lost up to 600" said to an interviewee ("Росіяни пишуть, що ваша бригада
# втратила до 600"): the interviewee's unit, whose side is the article's own voice, not the
# side of whoever made the claim. Matched on the words right before the figure.
ADDRESSED_UNIT_LOST = (
    r"(?<![\w])ваш\w*\s+(?:[\w'-]+\s+){0,2}?(?:бригад|батальйон|батальон|рот|підрозділ|"
    r"подразделени|частин|полк|хлопц|ребят|військ|войск|бійц|бойц)\w*\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:втрати|втрача|потерял|теря)\w*\s+(?:[\w'-]+\s+){0,2}$"
)
# Formations known by name, right after a figure's noun ("2 150 бійців «Ахмату»", "300 бойцов
# ЧВК «Вагнер»"): that formation's side, whoever speaks (the name may also be a claimant's, so
# it is read on the unmasked words). (regex on lower-case text, side)
FORMATION_SIDES: tuple[tuple[str, Subject], ...] = (
    (r"ахмат|вагнер|росгвард|кадир[оі]вц|кадыровц|шторм[- ]z|шторм[- ]v|русич",
     Subject.russia),
    (r"азов(?!ськ|ск|ьск)|кракен|хартія|хартия|айдар|да вінчі|да винчи", Subject.ukraine),
)  # fmt: skip
# Words for "the enemy": the side other than the speaker's.
ENEMY_STEMS: tuple[str, ...] = ("ворог", "ворож", "враг", "вражеск", "противник", "неприятел")
# The enemy as the one a blow lands on (dative: "нанесли поражение противнику, уничтожив"):
# never the agent of the inflicting verb after it. Whole words.
ENEMY_STRUCK = r"противнику|противникам|врагу|врагам|ворогу|ворогам|неприятелю"
# Verbs and participles of knocking out, smashing, blowing up, wrecking, jamming down and
# "landing" (downing) what was lost: loss words, and the side named before them inflicted it
# ("Сили оборони підбили 4 танки", "подбиты 3 танка", "средствами РЭБ подавлены 20 БПЛА").
KNOCKED_OUT_STEMS = (
    # (not "розбили на 3 групи": divided into)
    r"підбил|підбит|подбил|подбит|(?:розбил|розбит|разбил|разбит)(?!\w*\s+на\s)|підірвал|підірван|подорвал|подорван"
    r"|зруйнув|зруйнов|разрушил|разрушен|приземлил|приземлен|обнулил|подавил|подавлен|придушил"
    r"|придушен|відмінус|отминус"
)
# A side named right after a verb of telling is the addressee, never the loser ("Пленный
# рассказал украинским следователям, что его рота потеряла 31"); a prisoner telling one side is
# of the other side.
TOLD_VERBS = (
    r"рассказал\w*|рассказыва\w*|сообщил\w*|признал\w*|пояснил\w*|розповів|розповіла|"
    r"розповіли|розповіда\w*|повідомив|повідомила|повідомили|зізнав\w*|пояснив\w*"
)
PRISONER_STEMS = r"(?<![\w])(?:пленн|полонен|военнопленн|військовополонен|плененн)\w*"
# Verbs of pushing a side back whose object is the side named right after them ("выбили ВСУ с
# позиций, уничтожив до 35"): that side is no agent of the verb that follows, but its loser.
STRUCK_OBJECT_VERBS = (
    r"выбил\w*|вибил\w*|відкинул\w*|откинул\w*|отбросил\w*|відбросил\w*|атаковал\w*|"
    r"атакувал\w*|разгромил\w*|розгромил\w*|оттеснил\w*|потеснил\w*|окружил\w*|оточил\w*|"
    r"выбивают|вибивають|громят|громлять"
)
# A unit as the subject of a loss verb with no side named ("Бригада втратила за тиждень чотирьох
# бійців", "батальон потерял"): the speaker's own unit.
OWN_UNIT_LOST = (
    r"(?<![\w])(?:бригад|батальйон|батальон|рот[аиуі](?![\w])|підрозділ|подразделени|полк|взвод|"
    r"дивізі|дивизи|екіпаж|экипаж)\w*\s+(?:[\w-]+\s+){0,3}?(?:втратил|втратив|утратил|утратив|потерял)\w*"
    # ... or where they fell ("у них у роті за місяць загинули", "в батальоне погибли")
    r"|(?<![\w])(?:у|в)\s+(?:роті|роте|батальйоні|батальоне|бригаді|бригаде|взводі|взводе|полку"
    r"|підрозділі|подразделении|екіпажі|экипаже)\s+(?:[\w-]+\s+){0,3}?(?:загинул|погибл|загибл"
    r"|погиб(?![\w])|вбит|убит|поранен|ранен)\w*"
)
# Reported speech of one side with "our" in the narrator's words ("Росіяни пишуть, що наші
# втратили 9 000"): "our" is not the reported side's (it would say "their"), so the narrator's
# is the other side. Group `w`: the reported side's word.
REPORTED_OUR = (
    r"(?<![\w])(?P<w>[\w-]+)\s+(?:[\w-]+\s+)?(?:пишуть|пишут|кажуть|говорят|говорять|заявляють|"
    r"заявляют|стверджують|утверждают|повідомляють|сообщают|вважають|считают|хваляться|хвастают)"
    r"\w*\s*,?\s*(?:що|что|мол|мовляв)\s+(?:[\w-]+\s+){0,2}?(?:наш\w*)"
)
# Noun phrases naming a side's people that no single stem says ("участников СВО", "учасників
# АТО"): (regex on lower-case words after the figure's noun, side).
SIDE_PHRASES: tuple[tuple[str, Subject], ...] = (
    (r"участник\w*\s+(?:сво|специальной\s+военной\s+операции)(?![\w])", Subject.russia),
    (r"учасник\w*\s+(?:ато|оос)(?![\w])", Subject.ukraine),
)  # fmt: skip
# A side named before one of these verbs inflicted the losses: the figure is the other side's.
INFLICT_STEMS = (
    r"знищ|ліквід|уничтож|ликвидир|сбил|сбит|збил|збит|вразил|уразил|поразил|знешкод"
    r"|нейтраліз|нейтрализ|взял\w*\s+в\s+(?:полон|плен)|взяли|сожгл|спалил|минусанул|затрофе"
    # the side that counted ("украинские военные насчитали 241 уничтоженный танк") is the
    # claimant: what it counted is the other side's
    r"|насчитал|нарахувал|налічил|подсчитал|підрахувал|зафиксировал|зафіксувал"
    # put out of action ("Сили оборони вивели з ладу", "ВСУ вывели из строя")
    r"|(?:вивел|вивів|вивод|вывел|вывод)\w*\s+(?:з|із|из)\s+(?:ладу|строя)|" + KNOCKED_OUT_STEMS
)
# A side named before one of these verbs in a sentence with no loss word advanced or took
# ground ("Российские военные освободили ...", "Сили оборони відбили ..."): it is the agent,
# so what a following sentence counts with no side of its own is the other side's.
ADVANCE_STEMS = (
    r"освобод|освободил|звільнил|звільнили|продвинул|просунул|отбил|отразил|відбил|відбили"
)
# Prepositions that make a country name a place ("у війні проти України"), not a side.
PLACE_PREPOSITIONS = frozenset({"в", "у", "на", "проти", "против", "по", "до", "из", "із", "з"})
# Words that end a figure's own noun phrase: prepositions and conjunctions ("37 бійців у боях з
# росіянами" names the enemy fought, not whose the figure is).
PHRASE_ENDS = PLACE_PREPOSITIONS | frozenset(
    ("зі", "с", "со", "від", "от", "для", "після", "после", "під", "под", "біля", "около",
     "поблизу", "возле", "і", "й", "та", "и", "а", "але", "но", "або", "или", "через", "за")
)  # fmt: skip
# ... but "у"/"в" before a word for people is "they have" ("у хохлов насчитали под сотню", "у
# росіян 40 загиблих"): those people's losses, not a place. Stems of such words.
PEOPLE_SIDE_STEMS: tuple[str, ...] = (
    "хохл", "укроп", "всушн", "вэсэушн", "орк", "русн", "кацап", "росіян", "россиян",
    "українц", "украинц", "окупант", "оккупант", "загарбник", "рашист",
)  # fmt: skip
# Words that make the side after them the counted object ("скільки окупантів знищив"), never the
# agent of the verb that follows.
COUNTING_WORDS = frozenset({"скільки", "сколько"})

# Kinds of personnel loss named near a figure, tried in order (regex, kind): the one kind
# table's stems (lexicon/kinds.py).
KIND_ROWS: tuple[tuple[str, PersonnelKind], ...] = CYRILLIC_KIND_STEMS
# Words of survivors: a figure right after them ("в живых осталось 30") or right before them
# ("30 выжили") counts those who lived.
ALIVE_BEFORE = (
    r"(?:в\s+живых|живими|живыми|вижил\w*|выжил\w*|уцелел\w*|уціліл\w*)(?:\s+[\w']+){0,2}\s*$"
)
ALIVE_AFTER = (
    r"\s+(?:[\w']+\s+)?(?:вижил|выжил|уцелел|уціліл|остал\w*\s+в\s+живых|залишил\w*\s+живими)"
)
# A figure said to be per day ("щодня втрачає 200–250", "у середньому 1 146 на день").
DAILY_RATE = (
    r"середньодобов\w*|среднесуточн\w*|щодня|щоденно|щодоби|ежедневно|ежесуточно|у середньому"
    r"|в середньому|в среднем|середнє|среднее"
)
RATE_AFTER = r"(?:на|в|за)\s+(?:день|добу|сутки)"
# A figure said to be per month ("щомісяця втрачає 30 тисяч", "30 тысяч человек в месяц").
MONTHLY_RATE = r"щомісяця|щомісячн\w*|ежемесячн\w*|середньомісячн\w*|среднемесячн\w*"
MONTHLY_AFTER = r"\s*(?:[\w']+\s+){0,2}(?:в|на)\s+(?:месяц|місяць)(?![\w])"

# What a figure is limited to (issue 13's scope): a place, a direction, a group of forces, an
# operation, named in its clause. (pattern, stored scope); a scope of None keeps the words as
# written ("Таврійському напрямку", "группировки «Север»"). Places the English rows know are
# stored under the same names (lexicon/scopes.py), so both languages' claims compare.
SCOPE_ROWS: tuple[tuple[str, str | None], ...] = (
    (r"курськ\w*\s+(?:област|операц|напрям)|курщин|курск\w*\s+(?:област|направлен|операц)"
     r"|судж", "Kursk operation"),
    (r"покровськ|покровск", "Pokrovsk"), (r"бахмут|артемовск", "Bakhmut"),
    (r"авдіїв|авдеев", "Avdiivka"), (r"вугледар|угледар", "Vuhledar"), (r"кринк", "Krynky"),
    (r"куп'янськ|купянск", "Kupyansk"), (r"роботин", "Robotyne"),
    (r"велик\w+\s+новос[іе]лк", "Velyka Novosilka"),
    (r"(?i:(?:группировк|угрупованн)\w*(?:\s+(?:войск|військ))?)\s+«[^»]{2,30}»"
     r"|«[^»]{2,30}»(?=\s+(?i:группировк|угрупованн))", None),
    (r"(?i:[\w'-]+(?:ому|ом)\s+(?:напрямку|направлении))", None),
    (r"(?i:під|под)\s+[А-ЯІЇЄҐ][\w'-]+", None),
    (r"(?i:(?:на\s+)?(?:цій|этом|їхній|её|її|их)\s+(?:ділянці|участке)(?:\s+фронту|\s+фронта)?)",
     None),
    (r"(?i:контрнаступ\w*)", None),
)  # fmt: skip
# A group of forces named by itself in a sentence about groups ("«Центр» — более 430").
GROUP_NAME = r"«[^»]{2,30}»"
# Russia's groups of forces by the names their zones go by in both languages: a figure from one
# zone is part of the MoD's front-wide total (part_of, as the English rows store it).
BATTLEGROUPS: tuple[tuple[str, str], ...] = (
    (r"север|північ", "Sever"), (r"юг|южн|південь|південн", "Yug"), (r"центр", "Tsentr"),
    (r"восток|схід", "Vostok"), (r"запад|захід", "Zapad"), (r"днепр|дніпро", "Dnepr"),
)  # fmt: skip
GROUP_WORDS = r"группировк|угрупованн"
# Breakdowns right after a figure ("понад 5 600 офіцерів", "17 460 — мобилизованные"):
# (pattern, part_of as the English rows store it).
PART_ROWS: tuple[tuple[str, str], ...] = (
    (r"генерал", "generals"), (r"офіцер|офицер", "officers"),
    (r"мобілізован|мобилизованн", "mobilised"), (r"заключенн|ув'язнен|в'язн", "former prisoners"),
    (r"добровол", "volunteers"),
)  # fmt: skip

# A visual count's breakdown by status after "з них", "из которых" ("2 800 знищено, 180
# пошкоджено"): (pattern right after the figure, part_of as the English rows store it).
OF_WHICH = r"(?:з|із|из)\s+(?:них|яких|которых)"
STATUS_ROWS: tuple[tuple[str, str], ...] = (
    (r"знищен|уничтожен", "destroyed"), (r"пошкоджен|поврежден", "damaged"),
    (r"покинут|кинут|брошен", "abandoned"), (r"захоплен|захвачен|затрофе", "captured"),
)  # fmt: skip

# Sentences whose numbers are people who came home, bodies handed over, recruits or drones
# lost track of, not losses, though a loss word stands near ("повернули з полону 157",
# "передали тела 1 000 погибших", "на пополнение прислали 30", "локаційно втрачені").
NOT_LOSS_ROWS: tuple[str, ...] = (
    r"обмін|обмен|(?:повернул|повернут|вернул|вернут|возвращ|поверта)\w*\s+(?:\w+\s+)?(?:з|із|из)\s+"
    r"(?:\w+\s+)?(?:полон|плен)|(?:з|із|из)\s+(?:полону|плена)\s+(?:\w+\s+)?(?:повернут|вернут|повернул"
    r"|вернул)|на\s+родину|тіла\b|тіл\b|тела\b|тел\b|репатрі|репатри",
    r"пополнени|поповнен|прислал|вербу|(?:подписал|підписал)\w*\s+контракт|контракт\s+(?:\S+\s+){0,6}"
    r"(?:подписал|підписал)|мобілізу|мобилизу|призвал",
    r"локаційн|локационн",
    # the wounded a hospital or fund treated or rehabilitated ("реабилитацию прошли 426 раненых")
    r"реабилитац|реабілітац",
    # A channel's own call to its readers: subscribers, donations, reposts are no losses.
    # (not "Репост из канала ...:", an item reposted)
    r"(?<![\w])(?:підпис|подпис|донат|репост(?!\w*\s+(?:из|з|із|від|от)\s)|збір\s+на|сбор\s+на)\w*",
    # A moderator's note in a comment thread ("видалено (3)").
    r"^\W*(?:модератор|адмін|админ)\w*\s*:",
)
# People who came, joined, were sent, trained or serve (arrivals, reinforcements, a force's
# size), not losses: a sentence with one of these and no loss word stores nothing, even right
# after a loss ("Кроме того, в регион прибыли 40 добровольцев", "До бригади приєдналися 250
# новобранців"). Not "мобилизованные", "завербованные": among the dead they are a breakdown.
MOVED_NOT_LOST = (
    r"(?<![\w])(?:прибул|прибыл|прибув|приїха|приеха|перекину|переброс|переброш|перекида|стягну|стяну"
    r"|зосеред|сосредоточ|сконцентр|приєдна|присоедин|вступил|вступи(?:ли|ло|в)|записал|записа(?:ли|лось|лися)"
    r"|поповнил|пополнил|підсили|усили|відправ|отправ|направлен[аоыі]?(?![\w])|направил|скерова"
    r"|підготовл|подготовл|навчил|обучил|(?:пройшл|прошл)\w*\s+(?:навчання|обучение|підготовку|подготовку)"
    r"|розгорну|развернул|развернут|воюют|воюють|служ(?:ат|ать|ит|ить|ил)(?![\w])"
    r"|надійш|надход|поступил|поступа|поступи(?:ло|ли)(?![\w])|доставлен|доставил)"
)
# The line opening a comment thread under a news item ("Коментарі (27)", "Комментарии:"):
# the comments below go on about the item's figures (a reader recalling yesterday's), and the
# count in it is no figure.
COMMENTS_HEADER = (
    r"^\W*(?:коментар|комментар|обговорення|обсуждение|відгук|отзыв)\w*\s*(?:\(\d+\)|\d+)?\W*$"
)
# A number that is what was launched, not what was lost ("атакував 120 ударними БпЛА", "из 85
# запущенных дронов сбиты 64"): read on the words right before it, then right after it.
LAUNCHED_VERB = r"(?<![\w])(?:атакува|атакова|запусти|випусти|выпусти|застосува|примени)\w*"
LAUNCHED_BEFORE = r"(?<![\w])(?:з|із|зі|из)(?:\s+числа)?\s+$"
LAUNCHED_AFTER = r"\s+(?:[\w«»\"-]+\s+){0,2}?(?:запущен|випущен|выпущен)"

# An outlet correcting its own mistake ("Виправлення:", "помилково вказано 1 300 замість
# 1 030", "в первоначальной версии", "UPD: ошибочно указали"): from the mark on, the sentence
# stores no figure, and the figure it replaces is dropped from the whole article.
CORRECTION_MARK = (
    r"(?<![\w])(?:помилково|ошибочно|хибно|по\s+ошибке|через\s+помилку|помилкою"
    r"|(?:виправлення|исправление|уточнення|уточнение|upd|апд)\s*:"
    r"|(?:попередн|перш|первоначальн|предыдущ|ранн)\w*\s+(?:верс|редакц))"
)
# Words that give the right figure in a correction ("правильно — 1 030", "верная цифра").
CORRECT_WORDS = (
    r"(?<![\w])(?:правильн|верн|коректн|корректн|насправді|на\s+самом\s+деле|має\s+бути"
    r"|должно\s+быть|слід\s+читати|следует\s+читать|треба\s+читати)"
)
# "замість", "вместо", "а не": the figure after it is the other one of the pair.
INSTEAD_WORDS = r"(?<![\w])(?:замість|замест|вместо|а\s+не)(?![\w])"
