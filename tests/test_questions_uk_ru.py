"""Ukrainian and Russian questions read by the one parser (issue 15, requirements 1 and 4).

Phrasing tables written for these tests (not taken from the blind set): at least fifteen ways
per kind and language of asking about a metric, a period, a claimant, a side, a kind of loss,
a comparison and a follow-up, with casual spellings and typos. Each row names only the fields
it is about; every row also checks that no word that could change the answer was left unread
(the unread rows name what must be). Rows that still fail are strict xfails in `STILL_WRONG`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from knowledge import parse_question
from knowledge.models import Query
from knowledge.questions.followup import FollowKind, read_followup

TODAY = dt.date(2026, 11, 30)
D = dt.date

# (kind, question, expected): m metrics, s subject, c claimant, k personnel kind, p (start,
# end) (None: not checked), f figure, pk prefer_kind, u the unread spans that constrain.
Row = tuple[str, str, dict[str, Any]]

METRICS_UK: list[Row] = [
    ("metric", "Скільки танків втратила росія у 2024?", {"m": ["tanks"]}),
    ("metric", "скільки бмп знищили зсу у 2024 році", {"m": ["armored_vehicles"]}),
    ("metric", "кількість збитих російських літаків у 2023", {"m": ["aircraft"]}),
    ("metric", "скільки гелікоптерів збили у 2023 році", {"m": ["helicopters"]}),
    ("metric", "втрати артилерії ворога у березні 2024", {"m": ["artillery"]}),
    ("metric", "скільки рсзв знищено за 2023 рік", {"m": ["mlrs"]}),
    ("metric", "засоби ППО, знищені у 2024", {"m": ["air_defense"]}),
    ("metric", "скільки безпілотників збили у травні 2024", {"m": ["drones"]}),
    ("metric", "скільки кораблів втратила росія", {"m": ["ships"]}),
    ("metric", "скільки автотехніки знищено у 2024", {"m": ["vehicles"]}),
    ("metric", "скільки крилатих ракет збито у 2023", {"m": ["cruise_missiles"]}),
    ("metric", "втрати особового складу ворога у 2024", {"m": ["personnel"]}),
    ("metric", "скільки окупантів ліквідовано у квітні 2024", {"m": ["personnel"]}),
    ("metric", "скільки ворожих бронемашин знищено у 2024", {"m": ["armored_vehicles"]}),
    ("metric", "скільки підводних човнів втратила росія", {"m": ["submarines"]}),
    ("metric", "скільки спецтехніки знищено у 2024", {"m": ["special_equipment"]}),
    ("metric", "скільки тнаків втратила росія у 2024", {"m": ["tanks"]}),
    ("metric", "скільки дронів збили вчора", {"m": ["drones"]}),
]
METRICS_RU: list[Row] = [
    ("metric", "Сколько танков потеряла Россия в 2024?", {"m": ["tanks"]}),
    ("metric", "сколько бмп уничтожено в 2024 году", {"m": ["armored_vehicles"]}),
    ("metric", "сколько сбито российских самолетов в 2023", {"m": ["aircraft"]}),
    ("metric", "потери вертолетов россии в 2023 году", {"m": ["helicopters"]}),
    ("metric", "сколько артиллерийских систем уничтожено в марте 2024",
     {"m": ["artillery"]}),
    ("metric", "сколько рсзо потеряла россия за 2023 год", {"m": ["mlrs"]}),
    ("metric", "средства ПВО, уничтоженные в 2024", {"m": ["air_defense"]}),
    ("metric", "сколько дронов сбили в мае 2024", {"m": ["drones"]}),
    ("metric", "сколько кораблей потеряла россия", {"m": ["ships"]}),
    ("metric", "сколько автомобилей уничтожено в 2024", {"m": ["vehicles"]}),
    ("metric", "сколько крылатых ракет сбито в 2023", {"m": ["cruise_missiles"]}),
    ("metric", "потери личного состава россии в 2024", {"m": ["personnel"]}),
    ("metric", "сколько оккупантов ликвидировано в апреле 2024", {"m": ["personnel"]}),
    ("metric", "сколько бронемашин потеряла армия россии", {"m": ["armored_vehicles"]}),
    ("metric", "сколько подводных лодок потеряла россия", {"m": ["submarines"]}),
    ("metric", "сколько спецтехники уничтожено в 2024", {"m": ["special_equipment"]}),
    ("metric", "сколько тнаков потеряла россия в 2024", {"m": ["tanks"]}),
    ("metric", "сколько беспилотников сбили вчера", {"m": ["drones"]}),
]  # fmt: skip

PERIODS_UK: list[Row] = [
    ("period", "втрати росії у листопаді 2024", {"p": (D(2024, 11, 1), D(2024, 11, 30))}),
    ("period", "втрати ворога за листопад 2024 року", {"p": (D(2024, 11, 1), D(2024, 11, 30))}),
    ("period", "втрати росії з 1 по 7 березня 2024", {"p": (D(2024, 3, 1), D(2024, 3, 7))}),
    ("period", "втрати росії за минулий тиждень", {"p": (D(2026, 11, 23), D(2026, 11, 29))}),
    ("period", "втрати ворога у першому кварталі 2024", {"p": (D(2024, 1, 1), D(2024, 3, 31))}),
    ("period", "втрати росії з початку року", {"p": (D(2026, 1, 1), None)}),
    (
        "period",
        "загальні втрати росії на 1 грудня 2024",
        {"p": (D(2022, 2, 24), D(2024, 12, 1)), "f": "total"},
    ),
    ("period", "втрати росії вчора", {"p": (D(2026, 11, 29), D(2026, 11, 29))}),
    ("period", "втрати ворога 8 грудня 2023", {"p": (D(2023, 12, 8), D(2023, 12, 8))}),
    ("period", "втрати росії у 2023 році", {"p": (D(2023, 1, 1), D(2023, 12, 31))}),
    ("period", "втрати росії в першій половині 2025", {"p": (D(2025, 1, 1), D(2025, 6, 30))}),
    ("period", "втрати росії влітку 2023", {"p": (D(2023, 6, 1), D(2023, 8, 31))}),
    ("period", "втрати між березнем і травнем 2023", {"p": (D(2023, 3, 1), D(2023, 5, 31))}),
    ("period", "втрати росії за останні 3 дні", {"p": (D(2026, 11, 27), D(2026, 11, 29))}),
    ("period", "втрати росії за минулий місяць", {"p": (D(2026, 10, 1), D(2026, 10, 31))}),
    ("period", "втрати у другому кварталі 2024 року", {"p": (D(2024, 4, 1), D(2024, 6, 30))}),
    ("period", "втрати росії за 24.02.2024", {"p": (D(2024, 2, 24), D(2024, 2, 24))}),
    ("period", "втрати росії в грудні 2023-го", {"p": (D(2023, 12, 1), D(2023, 12, 31))}),
    (
        "period",
        "танки станом на кінець 2024 року",
        {"p": (D(2022, 2, 24), D(2024, 12, 31)), "f": "total"},
    ),
    ("period", "втрати росії у січні", {"p": (D(2026, 1, 1), D(2026, 1, 31))}),
    ("period", "втрати росії цього року", {"p": (D(2026, 1, 1), D(2026, 11, 30))}),
    ("period", "втрати торік", {"p": (D(2025, 1, 1), D(2025, 12, 31))}),
    ("period", "втрати росії минулого року", {"p": (D(2025, 1, 1), D(2025, 12, 31))}),
    ("period", "втрати у пʼятницю", {"p": (D(2026, 11, 27), D(2026, 11, 27))}),
    (
        "period",
        "Скільки втратила росія у першому півріччі 2024?",
        {"p": (D(2024, 1, 1), D(2024, 6, 30))},
    ),
    ("period", "втрати у 3 кварталі 2024", {"p": (D(2024, 7, 1), D(2024, 9, 30))}),
    ("period", "втрати за перший рік війни", {"p": (D(2022, 2, 24), D(2023, 2, 23))}),
    ("period", "втрати за перші 100 днів війни", {"p": (D(2022, 2, 24), D(2022, 6, 3))}),
    ("period", "втрати росії у середині листопада 2024", {"p": (D(2024, 11, 11), D(2024, 11, 20))}),
    ("period", "втрати наприкінці листопада 2024", {"p": (D(2024, 11, 21), D(2024, 11, 30))}),
    ("period", "скільки з 01.11.2024 по 30.11.2024", {"p": (D(2024, 11, 1), D(2024, 11, 30))}),
    ("period", "втрати на початку війни", {"u": ["початку"]}),
    (
        "period",
        "втрати у 2023 та 2024 роках",
        {"p": (D(2023, 1, 1), D(2024, 12, 31)), "pk": "year"},
    ),
]
PERIODS_RU: list[Row] = [
    ("period", "потери России в ноябре 2024", {"p": (D(2024, 11, 1), D(2024, 11, 30))}),
    ("period", "потери за ноябрь 2024 года", {"p": (D(2024, 11, 1), D(2024, 11, 30))}),
    ("period", "потери России с 1 по 7 марта 2024", {"p": (D(2024, 3, 1), D(2024, 3, 7))}),
    ("period", "потери России за прошлую неделю", {"p": (D(2026, 11, 23), D(2026, 11, 29))}),
    ("period", "потери в первом квартале 2024 года", {"p": (D(2024, 1, 1), D(2024, 3, 31))}),
    ("period", "потери России с начала года", {"p": (D(2026, 1, 1), None)}),
    ("period", "общие потери России на 1 декабря 2024",
     {"p": (D(2022, 2, 24), D(2024, 12, 1)), "f": "total"}),
    ("period", "потери России вчера", {"p": (D(2026, 11, 29), D(2026, 11, 29))}),
    ("period", "потери противника 8 декабря 2023", {"p": (D(2023, 12, 8), D(2023, 12, 8))}),
    ("period", "потери России в 2023 году", {"p": (D(2023, 1, 1), D(2023, 12, 31))}),
    ("period", "потери в первой половине 2025 года", {"p": (D(2025, 1, 1), D(2025, 6, 30))}),
    ("period", "потери летом 2023", {"p": (D(2023, 6, 1), D(2023, 8, 31))}),
    ("period", "потери между мартом и маем 2023", {"p": (D(2023, 3, 1), D(2023, 5, 31))}),
    ("period", "потери за последние 3 дня", {"p": (D(2026, 11, 27), D(2026, 11, 29))}),
    ("period", "потери России за прошлый месяц", {"p": (D(2026, 10, 1), D(2026, 10, 31))}),
    ("period", "потери во втором квартале 2024", {"p": (D(2024, 4, 1), D(2024, 6, 30))}),
    ("period", "потери России к апрелю 2022",
     {"p": (D(2022, 2, 24), D(2022, 4, 1)), "f": "total"}),
    ("period", "потери России в декабре 2023-го", {"p": (D(2023, 12, 1), D(2023, 12, 31))}),
    ("period", "танки на конец 2024 года", {"p": (D(2022, 2, 24), D(2024, 12, 31)), "f": "total"}),
    ("period", "потери России в январе", {"p": (D(2026, 1, 1), D(2026, 1, 31))}),
    ("period", "потери России в этом году", {"p": (D(2026, 1, 1), D(2026, 11, 30))}),
    ("period", "потери в прошлом году", {"p": (D(2025, 1, 1), D(2025, 12, 31))}),
    ("period", "потери в пятницу", {"p": (D(2026, 11, 27), D(2026, 11, 27))}),
    ("period", "потери за первое полугодие 2024", {"p": (D(2024, 1, 1), D(2024, 6, 30))}),
    ("period", "потери в III квартале 2024", {"p": (D(2024, 7, 1), D(2024, 9, 30))}),
    ("period", "потери в 1-м квартале 2025", {"p": (D(2025, 1, 1), D(2025, 3, 31))}),
    ("period", "потери в начале декабря 2024", {"p": (D(2024, 12, 1), D(2024, 12, 10))}),
    ("period", "потери в конце ноября 2024", {"p": (D(2024, 11, 21), D(2024, 11, 30))}),
    ("period", "потери за первый год войны", {"p": (D(2022, 2, 24), D(2023, 2, 23))}),
    ("period", "потери в 2022-2023 годах",
     {"p": (D(2022, 2, 24), D(2023, 12, 31)), "f": "total"}),
]  # fmt: skip

CLAIMANTS_UK: list[Row] = [
    (
        "claimant",
        "скільки танків втратила росія за даними Генштабу",
        {"c": "Ukraine's General Staff"},
    ),
    ("claimant", "Генштаб ЗСУ: втрати росії у 2024", {"c": "Ukraine's General Staff"}),
    (
        "claimant",
        "втрати ЗСУ за даними Міноборони рф",
        {"c": "Russia's Ministry of Defence", "s": "ukraine"},
    ),
    ("claimant", "що казав Кремль про втрати росії", {"c": "the Kremlin"}),
    ("claimant", "втрати росії за оцінкою британської розвідки", {"c": "UK Ministry of Defence"}),
    ("claimant", "втрати росії за даними ГУР", {"c": "Ukraine's military intelligence (HUR)"}),
    ("claimant", "скільки росіян загинуло за даними Медіазони", {"c": "Mediazona"}),
    ("claimant", "втрати росії за даними Пентагону", {"c": "the Pentagon"}),
    (
        "claimant",
        "що каже Шойгу про втрати україни",
        {"c": "Russia's Ministry of Defence", "s": "ukraine"},
    ),
    ("claimant", "втрати росії за даними ISW", {"c": "the Institute for the Study of War"}),
    ("claimant", "Oryx: скільки танків втратила росія", {"c": "Oryx"}),
    ("claimant", "Міноборони Великої Британії про втрати росії", {"c": "UK Ministry of Defence"}),
    ("claimant", "за словами Пєскова, скільки росіян загинуло", {"c": "the Kremlin"}),
    (
        "claimant",
        "скільки втратила росія за даними американської розвідки",
        {"c": "US intelligence"},
    ),
    ("claimant", "втрати росії за даними генерального штабу", {"c": "Ukraine's General Staff"}),
    ("claimant", "що повідомляв Сирський про втрати росії", {"c": "Ukraine's Commander-in-Chief"}),
]
CLAIMANTS_RU: list[Row] = [
    ("claimant", "сколько танков потеряла Россия по данным Генштаба ВСУ",
     {"c": "Ukraine's General Staff"}),
    ("claimant", "Генштаб ВСУ: потери России в 2024", {"c": "Ukraine's General Staff"}),
    ("claimant", "потери ВСУ по данным Минобороны РФ",
     {"c": "Russia's Ministry of Defence", "s": "ukraine"}),
    ("claimant", "что говорил Кремль о потерях России", {"c": "the Kremlin"}),
    ("claimant", "потери России по оценке британской разведки", {"c": "UK Ministry of Defence"}),
    ("claimant", "потери России по данным ГУР", {"c": "Ukraine's military intelligence (HUR)"}),
    ("claimant", "сколько россиян погибло по данным Медиазоны", {"c": "Mediazona"}),
    ("claimant", "потери России по данным Пентагона", {"c": "the Pentagon"}),
    ("claimant", "что говорит Шойгу о потерях Украины",
     {"c": "Russia's Ministry of Defence", "s": "ukraine"}),
    ("claimant", "потери России по данным ISW", {"c": "the Institute for the Study of War"}),
    ("claimant", "Oryx: сколько танков потеряла Россия", {"c": "Oryx"}),
    ("claimant", "Минобороны Великобритании о потерях России", {"c": "UK Ministry of Defence"}),
    ("claimant", "по словам Пескова, сколько россиян погибло", {"c": "the Kremlin"}),
    ("claimant", "сколько потеряла Россия по данным американской разведки",
     {"c": "US intelligence"}),
    ("claimant", "потери России по данным Генерального штаба", {"c": "Ukraine's General Staff"}),
    ("claimant", "что сообщал Конашенков о потерях Украины",
     {"c": "Russia's Ministry of Defence", "s": "ukraine"}),
]  # fmt: skip

SIDES_UK: list[Row] = [
    ("side", "втрати україни у 2024", {"s": "ukraine"}),
    ("side", "скільки втратили ЗСУ у 2024", {"s": "ukraine"}),
    ("side", "втрати українських військових", {"s": "ukraine"}),
    ("side", "скільки українських танків знищено", {"s": "ukraine", "m": ["tanks"]}),
    ("side", "втрати росії у 2024", {"s": "russia"}),
    ("side", "втрати ворога у 2024", {"s": "russia"}),
    ("side", "скільки окупантів ліквідовано", {"s": "russia"}),
    ("side", "скільки танків втратила україна", {"s": "ukraine", "m": ["tanks"]}),
    ("side", "втрати російської армії", {"s": "russia"}),
    ("side", "скільки загинуло українських солдатів", {"s": "ukraine"}),
    ("side", "втрати рф за 2023", {"s": "russia"}),
    ("side", "скільки техніки втратили сили оборони", {"s": "ukraine"}),
    ("side", "втрати російських окупантів", {"s": "russia"}),
    ("side", "скільки втратила українська армія", {"s": "ukraine"}),
    ("side", "втрати загарбників у березні 2024", {"s": "russia"}),
    ("side", "скільки втратили рашисти", {"s": "russia"}),
    ("side", "скільки бмп знищили зсу у 2024 році", {"s": "russia"}),
    ("side", "ЗСУ знищили скільки танків у 2024?", {"s": "russia"}),
    ("side", "скільки літаків збили сили оборони", {"s": "russia"}),
    ("side", "скільки танків знищили росіяни у 2024", {"s": "ukraine"}),
    ("side", "скільки українських танків знищила росія", {"s": "ukraine"}),
    ("side", "скільки засобів ППО україни знищено у 2024", {"s": "ukraine"}),
    ("side", "скільки ракетних систем ППО росії знищили у 2023", {"s": "russia"}),
    ("side", "скільки техніки ЗСУ знищено у 2024", {"s": "ukraine"}),
]
SIDES_RU: list[Row] = [
    ("side", "потери Украины в 2024", {"s": "ukraine"}),
    ("side", "сколько потеряли ВСУ в 2024", {"s": "ukraine"}),
    ("side", "потери украинских военных", {"s": "ukraine"}),
    ("side", "сколько украинских танков уничтожено", {"s": "ukraine", "m": ["tanks"]}),
    ("side", "потери России в 2024", {"s": "russia"}),
    ("side", "потери противника в 2024", {"s": "russia"}),
    ("side", "сколько оккупантов ликвидировано", {"s": "russia"}),
    ("side", "сколько танков потеряла Украина", {"s": "ukraine", "m": ["tanks"]}),
    ("side", "потери российской армии", {"s": "russia"}),
    ("side", "сколько погибло украинских солдат", {"s": "ukraine"}),
    ("side", "потери РФ за 2023", {"s": "russia"}),
    ("side", "потери ВС РФ", {"s": "russia"}),
    ("side", "сколько потеряла украинская армия", {"s": "ukraine"}),
    ("side", "потери российских войск", {"s": "russia"}),
    ("side", "потери врага в марте 2024", {"s": "russia"}),
    ("side", "потери ЗСУ в 2023", {"s": "ukraine"}),
    ("side", "сколько танков уничтожили ВСУ в 2024", {"s": "russia"}),
    ("side", "ВСУ уничтожили сколько танков", {"s": "russia"}),
    ("side", "сколько танков уничтожила Россия в 2024", {"s": "ukraine"}),
    ("side", "сколько украинских самолетов сбила Россия", {"s": "ukraine"}),
]

KINDS_UK: list[Row] = [
    ("kind", "скільки росіян загинуло у 2024", {"k": "killed"}),
    ("kind", "скільки вбитих росіян", {"k": "killed"}),
    ("kind", "скільки поранених росіян", {"k": "wounded"}),
    ("kind", "втрати росії вбитими і пораненими", {"k": "casualties"}),
    ("kind", "скільки загиблих російських військових", {"k": "killed"}),
    ("kind", "скільки росіян потрапило в полон", {"k": "captured"}),
    ("kind", "кількість полонених росіян", {"k": "captured"}),
    ("kind", "скільки загинуло окупантів у березні 2024", {"k": "killed"}),
    ("kind", "скільки було поранено росіян", {"k": "wounded"}),
    ("kind", "втрати росії загиблими", {"k": "killed"}),
    ("kind", "скільки окупантів ліквідовано", {"k": None}),
    ("kind", "скільки росіян вбито", {"k": "killed"}),
    ("kind", "втрати росії: вбиті та поранені", {"k": "casualties"}),
    ("kind", "скільки втратила росія загиблими та пораненими", {"k": "casualties"}),
    ("kind", "скільки російських солдатів загинуло", {"k": "killed"}),
    ("kind", "кількість загиблих російських військових", {"k": "killed"}),
]
KINDS_RU: list[Row] = [
    ("kind", "сколько россиян погибло в 2024", {"k": "killed"}),
    ("kind", "сколько убитых россиян", {"k": "killed"}),
    ("kind", "сколько раненых россиян", {"k": "wounded"}),
    ("kind", "потери России убитыми и ранеными", {"k": "casualties"}),
    ("kind", "сколько погибших российских военных", {"k": "killed"}),
    ("kind", "сколько россиян попало в плен", {"k": "captured"}),
    ("kind", "количество пленных россиян", {"k": "captured"}),
    ("kind", "сколько погибло оккупантов в марте 2024", {"k": "killed"}),
    ("kind", "сколько было ранено россиян", {"k": "wounded"}),
    ("kind", "потери России погибшими", {"k": "killed"}),
    ("kind", "сколько оккупантов ликвидировано", {"k": None}),
    ("kind", "сколько россиян убито", {"k": "killed"}),
    ("kind", "потери россии: убитые и раненые", {"k": "casualties"}),
    ("kind", "сколько потеряла Россия убитыми и ранеными", {"k": "casualties"}),
    ("kind", "сколько российских солдат погибло", {"k": "killed"}),
    ("kind", "число погибших российских военных", {"k": "killed"}),
]

_OCT_NOV = (D(2024, 10, 1), D(2024, 11, 30))
COMPARISONS_UK: list[Row] = [
    ("compare", "Порівняй втрати росії у жовтні та листопаді 2024", {"p": _OCT_NOV, "pk": "month"}),
    (
        "compare",
        "втрати росії у грудні 2023 порівняно з січнем 2024",
        {"p": (D(2023, 12, 1), D(2024, 1, 31)), "pk": "month"},
    ),
    (
        "compare",
        "чи були втрати росії у листопаді 2024 більшими, ніж у жовтні?",
        {"p": _OCT_NOV, "pk": "month"},
    ),
    (
        "compare",
        "втрати росії у 2023 та 2024",
        {"p": (D(2023, 1, 1), D(2024, 12, 31)), "pk": "year"},
    ),
    (
        "compare",
        "танки: березень 2024 проти квітня 2024",
        {"p": (D(2024, 3, 1), D(2024, 4, 30)), "pk": "month", "m": ["tanks"]},
    ),
    (
        "compare",
        "порівняти втрати у травні і червні 2024",
        {"p": (D(2024, 5, 1), D(2024, 6, 30)), "pk": "month"},
    ),
    (
        "compare",
        "втрати росії у 2022 порівняно з 2023",
        {"p": (D(2022, 1, 1), D(2023, 12, 31)), "pk": "year"},
    ),
    (
        "compare",
        "скільки втратила росія у вересні 2024 у порівнянні з серпнем 2024",
        {"p": (D(2024, 8, 1), D(2024, 9, 30)), "pk": "month"},
    ),
    (
        "compare",
        "втрати у березні 2024 vs квітні 2024",
        {"p": (D(2024, 3, 1), D(2024, 4, 30)), "pk": "month"},
    ),
    (
        "compare",
        "що більше: втрати у січні 2024 чи у лютому 2024?",
        {"p": (D(2024, 1, 1), D(2024, 2, 29)), "pk": "month"},
    ),
    ("compare", "втрати у листопаді 2024 вищі, ніж у жовтні 2024?", {"p": _OCT_NOV, "pk": "month"}),
    (
        "compare",
        "порівняй 2023 і 2024 рік за танками",
        {"p": (D(2023, 1, 1), D(2024, 12, 31)), "pk": "year", "m": ["tanks"]},
    ),
    (
        "compare",
        "втрати танків у червні та липні 2023 року",
        {"p": (D(2023, 6, 1), D(2023, 7, 31)), "pk": "month", "m": ["tanks"]},
    ),
    (
        "compare",
        "чи зросли втрати у грудні 2024 порівняно з листопадом",
        {"p": (D(2024, 11, 1), D(2024, 12, 31)), "pk": "month"},
    ),
    (
        "compare",
        "втрати в жовтні 2024 у порівнянні з листопадом 2024",
        {"p": _OCT_NOV, "pk": "month"},
    ),
]
COMPARISONS_RU: list[Row] = [
    ("compare", "Сравни потери России в октябре и ноябре 2024", {"p": _OCT_NOV, "pk": "month"}),
    ("compare", "потери России в декабре 2023 по сравнению с январем 2024",
     {"p": (D(2023, 12, 1), D(2024, 1, 31)), "pk": "month"}),
    ("compare", "были ли потери России в ноябре 2024 больше, чем в октябре?",
     {"p": _OCT_NOV, "pk": "month"}),
    ("compare", "потери России в 2023 и 2024",
     {"p": (D(2023, 1, 1), D(2024, 12, 31)), "pk": "year"}),
    ("compare", "танки: март 2024 против апреля 2024",
     {"p": (D(2024, 3, 1), D(2024, 4, 30)), "pk": "month", "m": ["tanks"]}),
    ("compare", "сравнить потери в мае и июне 2024",
     {"p": (D(2024, 5, 1), D(2024, 6, 30)), "pk": "month"}),
    ("compare", "потери России в 2022 по сравнению с 2023",
     {"p": (D(2022, 1, 1), D(2023, 12, 31)), "pk": "year"}),
    ("compare", "сколько потеряла Россия в сентябре 2024 в сравнении с августом 2024",
     {"p": (D(2024, 8, 1), D(2024, 9, 30)), "pk": "month"}),
    ("compare", "потери в марте 2024 vs апреле 2024",
     {"p": (D(2024, 3, 1), D(2024, 4, 30)), "pk": "month"}),
    ("compare", "что больше: потери в январе 2024 или в феврале 2024?",
     {"p": (D(2024, 1, 1), D(2024, 2, 29)), "pk": "month"}),
    ("compare", "потери в ноябре 2024 выше, чем в октябре 2024?", {"p": _OCT_NOV, "pk": "month"}),
    ("compare", "сравни 2023 и 2024 год по танкам",
     {"p": (D(2023, 1, 1), D(2024, 12, 31)), "pk": "year", "m": ["tanks"]}),
    ("compare", "потери танков в июне и июле 2023 года",
     {"p": (D(2023, 6, 1), D(2023, 7, 31)), "pk": "month", "m": ["tanks"]}),
    ("compare", "выросли ли потери в декабре 2024 по сравнению с ноябрем",
     {"p": (D(2024, 11, 1), D(2024, 12, 31)), "pk": "month"}),
    ("compare", "потери в октябре 2024 в сравнении с ноябрем 2024", {"p": _OCT_NOV, "pk": "month"}),
]  # fmt: skip

UNREAD_UK: list[Row] = [
    ("unread", "Скільки росіян загинуло під Авдіївкою?", {"u": ["Авдіївкою"], "k": "killed"}),
    (
        "unread",
        "втрати росії в Бахмуті у травні 2023",
        {"u": ["Бахмуті"], "p": (D(2023, 5, 1), D(2023, 5, 31))},
    ),
    ("unread", "скільки танків втратила росія під Покровськом", {"u": ["Покровськом"]}),
    ("unread", "втрати росії у листопаді 2024 на Курщині", {"u": ["Курщині"]}),
    (
        "unread",
        "Russian tank losses у листопаді 2024",
        {"m": ["tanks"], "p": (D(2024, 11, 1), D(2024, 11, 30))},
    ),
    ("unread", "скільки втратили мобілізованих росіян", {"u": ["мобілізованих"]}),
    ("unread", "втрати росії у листопаді 2024 абракадабра", {"u": ["абракадабра"]}),
]
UNREAD_RU: list[Row] = [
    (
        "unread",
        "Сколько российских военных погибло под Авдеевкой?",
        {"u": ["Авдеевкой"], "k": "killed"},
    ),
    ("unread", "потери России в Бахмуте в мае 2023", {"u": ["Бахмуте"]}),
    ("unread", "сколько танков потеряла россия под Угледаром", {"u": ["Угледаром"]}),
    (
        "unread",
        "how many tanks в ноябре 2024",
        {"m": ["tanks"], "p": (D(2024, 11, 1), D(2024, 11, 30))},
    ),
    ("unread", "потери России в ноябре 2024 абракадабра", {"u": ["абракадабра"]}),
]

ROWS = (METRICS_UK + METRICS_RU + PERIODS_UK + PERIODS_RU + CLAIMANTS_UK + CLAIMANTS_RU
        + SIDES_UK + SIDES_RU + KINDS_UK + KINDS_RU + COMPARISONS_UK + COMPARISONS_RU
        + UNREAD_UK + UNREAD_RU)  # fmt: skip

# Rows that still fail: question -> what is wrong.
STILL_WRONG: dict[str, str] = {}


def problems(query: Query, exp: dict[str, Any]) -> list[str]:
    """What of `exp` the reading `query` gets wrong."""
    out: list[str] = []
    checks = {
        "m": [m.value for m in query.metrics],
        "s": query.subject.value,
        "c": query.claimant,
        "k": query.personnel_kind.value if query.personnel_kind else None,
        "f": query.figure.value if query.figure else None,
        "pk": query.prefer_kind.value if query.prefer_kind else None,
    }
    for key, got in checks.items():
        if key in exp and exp[key] != got:
            out.append(f"{key}: {got!r}, not {exp[key]!r}")
    if "p" in exp:
        start, end = exp["p"]
        if query.period_start != start or (end is not None and query.period_end != end):
            out.append(f"period {query.period_start}..{query.period_end}, not {start}..{end}")
    unread = [u.text for u in query.unread if u.constrains]
    if unread != exp.get("u", []):
        out.append(f"unread {unread}, not {exp.get('u', [])}")
    if query.intent.value != "losses":
        out.append(f"intent {query.intent.value}")
    return out


def _params(rows: list[Row]) -> list[Any]:
    return [
        pytest.param(
            q,
            exp,
            id=f"{kind}:{q[:40]}",
            marks=[pytest.mark.xfail(strict=True, reason=STILL_WRONG[q])]
            if q in STILL_WRONG
            else [],
        )
        for kind, q, exp in rows
    ]


@pytest.mark.parametrize(("question", "exp"), _params(ROWS))
def test_uk_ru_question_is_read(question: str, exp: dict[str, Any]) -> None:
    assert problems(parse_question(question, TODAY), exp) == []


# Follow-ups: (first question, fragment, kind, expected reading of the merged question).
FOLLOW_UK: list[tuple[str, str, str, dict[str, Any]]] = [
    (
        "втрати росії у листопаді 2024",
        "а танків?",
        "refine",
        {"m": ["tanks"], "p": (D(2024, 11, 1), D(2024, 11, 30))},
    ),
    (
        "втрати росії у листопаді 2024",
        "а в жовтні?",
        "refine",
        {"m": ["personnel"], "p": (D(2024, 10, 1), D(2024, 10, 31))},
    ),
    (
        "втрати росії у листопаді 2024",
        "а у 2023?",
        "refine",
        {"p": (D(2023, 1, 1), D(2023, 12, 31))},
    ),
    ("втрати росії у листопаді 2024", "а літаків?", "refine", {"m": ["aircraft"]}),
    (
        "втрати росії у листопаді 2024",
        "а за даними Міноборони рф?",
        "refine",
        {"c": "Russia's Ministry of Defence"},
    ),
    ("втрати росії у листопаді 2024", "а втрати україни?", "refine", {"s": "ukraine"}),
    ("втрати росії у листопаді 2024", "а артилерії?", "refine", {"m": ["artillery"]}),
    (
        "втрати росії у листопаді 2024",
        "а наступного місяця?",
        "refine",
        {"p": (D(2024, 12, 1), D(2024, 12, 31))},
    ),
    (
        "втрати росії у листопаді 2024",
        "а попереднього місяця?",
        "refine",
        {"p": (D(2024, 10, 1), D(2024, 10, 31))},
    ),
    ("втрати росії у листопаді 2024", "звідки ця цифра?", "sources", {}),
    ("втрати росії у листопаді 2024", "а скільки загинуло?", "refine", {"k": "killed"}),
    (
        "втрати росії у листопаді 2024",
        "а в грудні?",
        "refine",
        {"p": (D(2024, 12, 1), D(2024, 12, 31))},
    ),
    ("втрати росії у листопаді 2024", "а бмп?", "refine", {"m": ["armored_vehicles"]}),
    ("втрати росії у листопаді 2024", "і дронів?", "refine", {"m": ["drones"]}),
    (
        "втрати росії у листопаді 2024",
        "а за 2022 рік?",
        "refine",
        {"p": (D(2022, 1, 1), D(2022, 12, 31))},
    ),
    (
        "втрати росії у листопаді 2024",
        "а танків у грудні?",
        "refine",
        {"m": ["tanks"], "p": (D(2024, 12, 1), D(2024, 12, 31))},
    ),
]
FOLLOW_RU: list[tuple[str, str, str, dict[str, Any]]] = [
    ("потери России в ноябре 2024", "а танков?", "refine",
     {"m": ["tanks"], "p": (D(2024, 11, 1), D(2024, 11, 30))}),
    ("потери России в ноябре 2024", "а в октябре?", "refine",
     {"m": ["personnel"], "p": (D(2024, 10, 1), D(2024, 10, 31))}),
    ("потери России в ноябре 2024", "а в 2023?", "refine",
     {"p": (D(2023, 1, 1), D(2023, 12, 31))}),
    ("потери России в ноябре 2024", "а самолетов?", "refine", {"m": ["aircraft"]}),
    ("потери России в ноябре 2024", "а по данным Минобороны РФ?", "refine",
     {"c": "Russia's Ministry of Defence"}),
    ("потери России в ноябре 2024", "а потери Украины?", "refine", {"s": "ukraine"}),
    ("потери России в ноябре 2024", "а артиллерии?", "refine", {"m": ["artillery"]}),
    ("потери России в ноябре 2024", "а в следующем месяце?", "refine",
     {"p": (D(2024, 12, 1), D(2024, 12, 31))}),
    ("потери России в ноябре 2024", "а в предыдущем месяце?", "refine",
     {"p": (D(2024, 10, 1), D(2024, 10, 31))}),
    ("потери России в ноябре 2024", "откуда эта цифра?", "sources", {}),
    ("потери России в ноябре 2024", "а сколько погибло?", "refine", {"k": "killed"}),
    ("потери России в ноябре 2024", "а в декабре?", "refine",
     {"p": (D(2024, 12, 1), D(2024, 12, 31))}),
    ("потери России в ноябре 2024", "а бмп?", "refine", {"m": ["armored_vehicles"]}),
    ("потери России в ноябре 2024", "и дронов?", "refine", {"m": ["drones"]}),
    ("потери России в ноябре 2024", "а за 2022 год?", "refine",
     {"p": (D(2022, 1, 1), D(2022, 12, 31))}),
    ("потери России в ноябре 2024", "а танков в декабре?", "refine",
     {"m": ["tanks"], "p": (D(2024, 12, 1), D(2024, 12, 31))}),
]  # fmt: skip

FOLLOW_STILL_WRONG: dict[str, str] = {}


def _follow_params() -> list[Any]:
    return [
        pytest.param(
            first, fragment, kind, exp,
            id=f"follow:{fragment}",
            marks=[pytest.mark.xfail(strict=True, reason=FOLLOW_STILL_WRONG[fragment])]
            if fragment in FOLLOW_STILL_WRONG else [],
        )
        for first, fragment, kind, exp in FOLLOW_UK + FOLLOW_RU
    ]  # fmt: skip


@pytest.mark.parametrize(("first", "fragment", "kind", "exp"), _follow_params())
def test_uk_ru_follow_up_is_read_against_the_previous_question(
    first: str, fragment: str, kind: str, exp: dict[str, Any]
) -> None:
    reading = read_followup(fragment, parse_question(first, TODAY), TODAY)
    assert reading is not None
    assert reading.kind == FollowKind(kind)
    exp = {**exp, "u": exp.get("u", [])} if kind == "refine" else {}
    if kind == "refine":
        merged = reading.query.model_copy(update={"unread": []})
        assert [p for p in problems(merged, exp) if not p.startswith("intent")] == []


def test_weather_with_a_period_is_still_off_topic() -> None:
    assert parse_question("the weather in russia in november 2024", TODAY).intent == "off_topic"


@pytest.mark.parametrize(
    "fragment", ["avg per day?", "and the monthly average?", "а в середньому за добу?"]
)
def test_an_average_fragment_follows_the_previous_question(fragment: str) -> None:
    reading = read_followup(fragment, parse_question("losses in december 2024", TODAY), TODAY)
    assert reading is not None and reading.query.period_start == D(2024, 12, 1)


def test_rows_are_many_per_kind_and_language() -> None:
    for rows in (
        METRICS_UK,
        METRICS_RU,
        PERIODS_UK,
        PERIODS_RU,
        CLAIMANTS_UK,
        CLAIMANTS_RU,
        SIDES_UK,
        SIDES_RU,
        KINDS_UK,
        KINDS_RU,
        COMPARISONS_UK,
        COMPARISONS_RU,
    ):
        assert len(rows) >= 15
    assert len(FOLLOW_UK) >= 15 and len(FOLLOW_RU) >= 15


# English and shared rules the uk/ru rows rely on, each with its own phrasings.
@pytest.mark.parametrize(
    ("question", "exp"),
    [
        ("how many tanks has ukriane lost", {"s": "ukraine", "m": ["tanks"]}),
        ("ukrainain losses in 2024", {"s": "ukraine"}),
        ("how many soldiers did russsia lose in 2023", {"s": "russia"}),
        ("WIA numbers for russia?", {"k": "wounded"}),
        ("russian wounded in action in 2024", {"k": "wounded"}),
        ("How many Russian soldiers were killed in 2024 (killed, not wounded)?",
         {"k": "killed"}),
        ("russian dead in 2023, excluding the wounded", {"k": "killed"}),
        ("how many russian marines were lost at vuhledar",
         {"m": ["personnel"], "u": ["marines", "vuhledar"], "i": "unsupported"}),
        ("irrecoverable russian losses so far", {"u": ["irrecoverable"], "i": "unsupported"}),
        ("безповоротні втрати росії", {"u": ["безповоротні втрати"], "i": "unsupported"}),
        ("безвозвратные потери России", {"u": ["безвозвратные потери"], "i": "unsupported"}),
        ("Сколько всего техники и солдат потеряла Россия?", {"first": "personnel"}),
        ("total equipment and personnel losses of russia", {"first": "personnel"}),
        ("how many orcs were eliminated in december 2024", {"m": ["personnel"], "s": "russia"}),
        ("occupiers liquidated in march 2024", {"m": ["personnel"], "s": "russia"}),
        ("was july 2026 worse than june 2026 for russia",
         {"p": (D(2026, 6, 1), D(2026, 7, 31)), "pk": "month"}),
        ("whats the latest daily figure for november 2026", {"m": ["personnel"]}),
        ("russian losses in 2026 so far", {"p": (D(2026, 1, 1), D(2026, 11, 29))}),
        ("russian losses 2024-2025", {"p": (D(2024, 1, 1), D(2025, 12, 31))}),
        ("рекордні втрати росії", {"f": "record"}),
        ("how many tanks did the ukrainian armed forces destroy in 2024", {"s": "russia"}),
        ("russian tanks destroyed by ukraine in 2024", {"s": "russia"}),
        ("how many russians has ukraine killed", {"s": "russia"}),
        ("how many russian soldiers did ukrainian forces kill in 2023", {"s": "russia"}),
        ("ukrainian soldiers killed in 2024", {"s": "ukraine"}),
        ("ukrainian drones shot down in 2024", {"s": "ukraine"}),
        ("how many tanks has ukraine lost", {"s": "ukraine"}),
        ("how many tanks did russia destroy in 2024", {"s": "ukraine"}),
        ("how many ukrainian tanks were destroyed by russia", {"s": "ukraine"}),
        ("how many tanks has russia lost", {"s": "russia"}),
        ("russian tanks destroyed in 2024", {"s": "russia"}),
        ("рекорд потерь России за сутки", {"f": "record", "pk": "day"}),
        ("середньодобові втрати у 2024", {"pk": "day"}),
        ("втрати росії у 2026 році на сьогодні", {"p": (D(2026, 1, 1), D(2026, 11, 29))}),
    ],
)  # fmt: skip
def test_shared_rules(question: str, exp: dict[str, Any]) -> None:
    query = parse_question(question, TODAY)
    intent = exp.pop("i", "losses")
    first = exp.pop("first", None)
    assert [p for p in problems(query, exp) if not p.startswith("intent")] == []
    assert query.intent.value == intent
    if first is not None:
        assert query.metrics[0].value == first
