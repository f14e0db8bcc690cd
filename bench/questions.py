"""The fixed question mix the benchmark times (the same list every run, 240 questions).

It crosses metrics × periods × claimants × totals versus periods, adds typos, Ukrainian losses
as Moscow claims them, worst-day questions, and questions no claim can answer (other wars,
other countries, the future, small talk). `TODAY` is the day after the tally's last report, so
"yesterday" and "this month" land on the data.
"""

from __future__ import annotations

import datetime as dt
import random

TODAY = dt.date(2026, 8, 9)

METRICS = (
    "tanks",
    "troops",
    "soldiers",
    "artillery systems",
    "drones",
    "aircraft",
    "helicopters",
    "warships",
    "air defence systems",
    "multiple rocket launchers",
    "armoured vehicles",
    "vehicles",
    "cruise missiles",
    "submarines",
    "special equipment",
    "personnel",
)
PERIODS = (
    "yesterday",
    "last week",
    "this month",
    "last month",
    "in July 2026",
    "in November 2024",
    "in October 2024",
    "in 2023",
    "in 2022",
    "on 29 November 2024",
    "on December 7, 2023",
    "on March 3",
    "between 1 and 15 March 2025",
    "since January 2025",
    "in the first week of the war",
    "in spring 2023",
    "in the past 7 days",
    "in Q1 2025",
)
CLAIMANTS = (
    "",
    "",
    "",
    " according to Ukraine",
    " according to the UK",
    " per the Pentagon",
    " says Oryx",
    " according to the ISW",
    " according to Mediazona",
    " according to the General Staff",
)
TYPOS = {
    "tanks": ("tnaks", "tankz", "tansk"),
    "troops": ("trops", "troopps"),
    "artillery systems": ("artilery", "artillary systems"),
    "helicopters": ("helicopers", "helicoptres"),
    "personnel": ("personel", "personnell"),
    "drones": ("drons", "dornes"),
    "aircraft": ("aircrafts", "aircarft"),
    "warships": ("warshisp",),
}

TOTAL_FORMS = (
    "How many {m} has Russia lost in total{c}?",
    "What are Russia's total {m} losses{c}?",
    "total russian {m} losses so far{c}",
    "How many Russian {m} have been destroyed since the start of the war{c}?",
)
PERIOD_FORMS = (
    "How many {m} did Russia lose {p}{c}?",
    "Russian {m} losses {p}{c}",
    "{m} destroyed {p}{c}",
    "how many russian {m} were lost {p}{c}",
)
UKRAINE_SIDE = (
    "How many Ukrainian soldiers did Russia say were killed yesterday?",
    "Ukrainian tank losses according to Moscow",
    "How many troops has Ukraine lost according to the Kremlin?",
    "Ukraine's losses last week per Russia's defence ministry",
    "How many Ukrainian armoured vehicles were destroyed last week, according to Russia?",
    "Ukrainian losses in July 2026 according to the Russian defence ministry",
    "How many Ukrainian servicemen has Russia claimed since the start of the war?",
    "ukrainian casualties last month says the kremlin",
    "What does Moscow say about Ukrainian losses in 2025?",
    "How many tanks has Ukraine lost, per Russia?",
    "Ukrainian personnel losses in the past 7 days claimed by Russia",
    "how many ukrainian troops died in june 2026 according to russia",
)
RECORDS = (
    "What was Russia's worst day for personnel losses?",
    "highest daily tank losses",
    "Which day did Russia lose the most drones?",
    "record russian losses in one day in 2024",
    "worst month for Russian artillery losses",
)
UNANSWERABLE = (
    "What's the weather in Kyiv?",
    "Who is winning the war?",
    "How many tanks did France lose in 2024?",
    "Russian losses in 1995",
    "How many ships did Russia lose on the Moon?",
    "hi",
    "hello, who are you?",
    "thanks!",
    "How many tanks does Russia have left?",
    "How many civilians have died?",
    "asdfgh qwerty",
    "How many drones will Russia lose next year?",
    "Russian tank losses in 2031",
    "How many horses did Napoleon lose in 1812?",
    "Скільки танків втратила Росія?",
    "What is the capital of Ukraine?",
    "price of bitcoin",
    "How many Russian generals have defected?",
    "???",
    "tell me a joke",
)
EXACT = (
    "How many Russian troops were lost on 29 November 2024?",
    "Russian tank losses in October 2024",
    "How many soldiers did Russia lose in 2023 according to the UK?",
    "How many Russian soldiers have been killed according to Mediazona?",
    "Russian casualties according to the Pentagon",
    "How many tanks does Oryx say Russia has lost?",
    "Russian losses yesterday",
    "What did the General Staff report today?",
    "How many drones were shot down last night?",
    "Russian personnel losses between 1 and 15 March 2025",
    "How many Russian soldiers were captured in 2022?",
    "Russian losses in the first month of the war",
    "What were Russia's losses in September, October and November 2024?",
    "tanks and artillery lost by Russia last week",
    "how many ships has russia lost",
    "How many helicopters has Russia lost since February 2022?",
    "monthly russian casualties in 2025",
    "Russian air defence losses this year",
    "How many cruise missiles were shot down in July 2026?",
    "How many aircraft did Russia lose on 24 February 2022?",
)

# Issue 15: Ukrainian and Russian questions, timed with the rest.
UK_RU = (
    "Скільки російських танків знищено у листопаді 2024?",
    "втрати росії в листопаді 2024",
    "Скільки гелікоптерів росія втратила за 2023 рік?",
    "Втрати ворога 29.11.2024",
    "Скільки росіян загинуло під Авдіївкою?",
    "Сколько танков потеряла Россия в ноябре 2024?",
    "Потери России в 2024 году",
    "Сколько беспилотников сбито в июле 2026?",
    "Сколько российских военных погибло по данным Медиазоны?",
    "Потери РФ 08.12.2023",
)


def _typo(rng: random.Random, metric: str) -> str:
    options = TYPOS.get(metric)
    return rng.choice(options) if options else metric


def questions(count: int = 240, seed: int = 2024) -> list[str]:
    """The benchmark's questions: hand-written groups first, then crossed combinations."""
    rng = random.Random(seed)
    out: list[str] = [*EXACT, *UKRAINE_SIDE, *RECORDS, *UNANSWERABLE, *UK_RU]
    seen = set(out)
    while len(out) < count:
        metric = rng.choice(METRICS)
        roll = rng.random()
        if roll < 0.12:
            metric = _typo(rng, metric)
        claimant = rng.choice(CLAIMANTS)
        if roll < 0.35 or roll > 0.97:
            form = rng.choice(TOTAL_FORMS)
            text = form.format(m=metric, c=claimant)
        else:
            form = rng.choice(PERIOD_FORMS)
            text = form.format(m=metric, p=rng.choice(PERIODS), c=claimant)
        text = text[0].upper() + text[1:] if rng.random() < 0.7 else text.lower()
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out[:count]
