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
    (r"танк", Metric.tanks),
    (r"(?:артилерійськ|артиллерийск)\w*\s+(?:систем|установ)|артсистем|оруди|гармат"
     r"|артилері|артиллери|гаубиц|гаубиць|мином|міномет|сау\b|самоходн|самохідн", Metric.artillery),
    (r"рсзв\b|рсзо\b|(?:реактивн)\w*\s+систем\w*\s+залпов|(?:установ\w*\s+)?(?:himars|хаймарс)",
     Metric.mlrs),
    (r"засоб\w*\s+(?:ппо|протиповітрян)|средств\w*\s+(?:пво|противовоздушн)|зенітн|зенитн",
     Metric.air_defense),
    (r"літак|самолет", Metric.aircraft),
    (r"гелікоптер|вертол", Metric.helicopters),
    (r"бпла\b|безпілотн|беспилотн|дрон|[«\"]?(?:шахед|shahed|геран|geran|гербер|ланцет)",
     Metric.drones),
    (r"(?:крилат|крылат)\w*\s+ракет", Metric.cruise_missiles),
    (r"(?:підводн|подводн)\w*\s+(?:чов|лод)", Metric.submarines),
    (r"корабл|катер", Metric.ships),
    (r"(?:спеціальн|специальн)\w*\s+(?:військов|военн)\w*\s+автомоб|автотехн|легк\w*\s+техн"
     r"|(?:автомобільн|автомобильн)\w*\s+техн|автоцистерн|цистерн|автомобіл|автомобил"
     r"|вантажів|грузовик|пикап|пікап", Metric.vehicles),
    (r"(?:спеціальн|специальн)\w*\s+техн|спецтехн", Metric.special_equipment),
    (r"(?:військов|военн)\w*\s+(?:техн|об'єкт|объект|ведомств|відомств)", None),
    (r"військовослужбов|военнослужащ|військов|военн|осіб\b|особ[аиуі]?\b|особов|человек"
     r"|солдат|бійц|бойц|воїн|воин|окупант|оккупант|загарбник|захисник|десантник"
     r"|росіян|россиян|українц|украинц|мобілізован|мобилизованн|офіцер|офицер|загибл"
     r"|погибш|поранен|ранен|полонен|пленн|військовополонен|генерал|заключенн|ув'язнен"
     r"|мужчин|чоловіків"
     r"|[«\"]?(?:двухсот|двохсот|трехсот|трьохсот)[ыиі]|груз\w*\s+200\b|[«\"]?[23]00-"
     r"|боевик|бойовик|националист|націоналіст|неонацист", Metric.personnel),
)  # fmt: skip
# One of a thing named with no number in a list of figures ("до 260 человек, танка и четырех
# боевых машин"): singular forms only, so a plural noun is never read as one.
ONE_IN_A_LIST = (
    r"танк|танка|танк\s+leopard|танка\s+leopard|самолет|самолета|літак|вертолет|вертолета"
    r"|гелікоптер|бмп|бтр|орудие|орудия|гармату|гармата|катер|катера|корабль|корабля"
    r"|підводний\s+човен|подводную\s+лодку|гаубицу|гаубица|гаубицю|гаубиця|[«\"]?(?:брэдли|bradley)[»\"]?"
    r"|[«\"]?(?:леопард|leopard|абрамс|abrams)[»\"]?"
)
# Words passed over between a figure and its noun: side adjectives and units.
PASS_WORDS = (
    r"(?:[«\"]?(?:російськ|українськ|российск|украинск|ворож|вражеск|окупантськ|нов|ліквідован"
    r"|знищен|уничтожен|збит|сбит|ударн|бывш|колишн)\w*"
    r"|од\.|ед\.|одиниц\w*|единиц\w*|штук\w*)"
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
    (r"тис\.|тис(?:яч[аіуи]?)?\b|тыс\.|тыс(?:яч[аиу]?)?\b", 1_000),
    (r"млн\b\.?|мільйон(?:а|ів|у|ом)?\b|миллион(?:а|ов|у|ом)?\b", 1_000_000),
)
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
    ("оборонц", Subject.ukraine), ("leopard", Subject.ukraine), ("abrams", Subject.ukraine),
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
)  # fmt: skip
# Words for "us" in a speaker's own words ("у нас 6 двухсотых", "наші втрати"): the speaker's
# side. Whole words only.
OWN_WORDS = r"наш|наша|наше|наши|наші|нашим|наших|нашими|у\s+нас|в\s+нас|мы|ми"
# Words only one side's own voice uses, for "наши потери" in a post whose author nothing else
# names (a milblogger's channel, a brigade's page): side -> regex on lower-case text.
VOICE_ROWS: tuple[tuple[str, str], ...] = (
    ("russia", r"(?<![\w])(?:#?сво|спецоперац\w*|укронацист\w*|укроп\w*|всушник\w*|"
               r"бандеровц\w*|киевск\w+ режим\w*)(?![\w])"),
    ("ukraine", r"(?<![\w])(?:окупант\w*|рашист\w*|русн[яіи]|орк[иіа]?в?|"
                r"слава україні|героям слава|#?зсу)(?![\w])"),
)  # fmt: skip

# A sentence with no figure that asks about or names the speaker's own losses ("— Ваші
# втрати?", "А наши потери?"): the figures after it are the speaker's side's. In an interview
# "your" is the interviewee's, who speaks next.
OWN_LOSSES_NAMED = r"(?<![\w])(?:ваш[іиа]?|наш[іиа]?)\s+(?:втрат|потер)"
# Words for "the enemy": the side other than the speaker's.
ENEMY_STEMS: tuple[str, ...] = ("ворог", "ворож", "враг", "вражеск", "противник", "неприятел")
# A side named before one of these verbs inflicted the losses: the figure is the other side's.
INFLICT_STEMS = (
    r"знищ|ліквід|уничтож|ликвидир|сбил|сбит|збил|збит|вразил|уразил|поразил|знешкод"
    r"|нейтраліз|нейтрализ|взял\w*\s+в\s+(?:полон|плен)|взяли|сожгл|спалил|минусанул|затрофе"
)
# Prepositions that make a country name a place ("у війні проти України"), not a side.
PLACE_PREPOSITIONS = frozenset({"в", "у", "на", "проти", "против", "по", "до", "из", "із", "з"})
# Words that make the side after them the counted object ("скільки окупантів знищив"), never the
# agent of the verb that follows.
COUNTING_WORDS = frozenset({"скільки", "сколько"})

# Kinds of personnel loss named near a figure, tried in order. regex -> kind.
KIND_ROWS: tuple[tuple[str, PersonnelKind], ...] = (
    (r"(?:убит|вбит)\w*\s+(?:і|и|та|й)\s+(?:поранен|ранен)|загальн\w*\s+втрат|общ\w*\s+потер"
     r"|вбиті\s+й\s+поранені|разом\s+(?:із|з)\s+поранен|вместе\s+с\s+ранен",
     PersonnelKind.casualties),
    (r"безповорот|безвозврат|загин|загибл|погиб|гибел|гибн|вбит|убит|смерт|знищ|уничтож|ліквід|знешкод"
     r"|[«\"]?(?:двухсот|двохсот)[ыиі]|груз\w*\s+200\b|[«\"]?200-", PersonnelKind.killed),
    (r"санітарн|санитарн|поран|ранен|ранил|[«\"]?(?:трехсот|трьохсот)[ыиі]|[«\"]?300-",
     PersonnelKind.wounded),
    (r"полон|плен", PersonnelKind.captured),
)  # fmt: skip
# A figure said to be per day ("щодня втрачає 200–250", "у середньому 1 146 на день").
DAILY_RATE = r"щодня|щоденно|щодоби|ежедневно|ежесуточно|у середньому|в середньому|в среднем"
RATE_AFTER = r"(?:на|в|за)\s+(?:день|добу|сутки)"

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
    (r"(?i:(?:группировк|угрупованн)\w*(?:\s+(?:войск|військ))?)\s+«[^»]{2,30}»", None),
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
)
# A number that is what was launched, not what was lost ("атакував 120 ударними БпЛА", "из 85
# запущенных дронов сбиты 64"): read on the words right before it, then right after it.
LAUNCHED_VERB = r"(?<![\w])(?:атакува|атакова|запусти|випусти|выпусти|застосува|примени)\w*"
LAUNCHED_BEFORE = r"(?<![\w])(?:з|із|из)(?:\s+числа)?\s+$"
LAUNCHED_AFTER = r"\s+(?:[\w«»\"-]+\s+){0,2}?(?:запущен|випущен|выпущен)"
