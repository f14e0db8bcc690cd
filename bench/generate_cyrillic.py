"""Generated Ukrainian and Russian article files for the Cyrillic extraction benchmark (issue 15,
requirement 6): news retellings of the General Staff's figures, Russian MoD briefings, officials'
totals and the General Staff's own daily post, in the forms those outlets use, with random
figures and dates, and sentences whose numbers are not losses (clashes, evacuees, contracts).
Every template was written for this benchmark.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

UK_MONTHS = ("січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень",
             "вересень", "жовтень", "листопад", "грудень")  # fmt: skip
RU_MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря")  # fmt: skip
RU_WORDS = ("два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять")


def _n(rng: random.Random, lo: int, hi: int) -> str:
    """A number with a space between thousands, as these outlets print them."""
    return f"{rng.randint(lo, hi):,}".replace(",", "\u00a0")


# Each template: (language, publisher, body with {placeholders}, number of loss figures stated).
TEMPLATES: tuple[tuple[str, str, str, int], ...] = (
    ("uk", "Укрінформ",
     "Упродовж минулої доби Сили оборони ліквідували {p} російських окупантів, знищили {w} "
     "танків, {a} бойових броньованих машин і {b} артилерійських систем.\n\n"
     "Про це повідомив Генеральний штаб ЗСУ у ранковому зведенні.\n\n"
     "Загалом з початку повномасштабного вторгнення втрати ворога в живій силі сягнули близько "
     "{P} осіб.\n\nЗа добу на фронті відбулося {c} бойових зіткнень.", 5),
    ("uk", "Суспільне",
     "За {mon_uk} {y} року російські війська втратили {M} військових убитими та пораненими, "
     "підрахувало Суспільне за зведеннями Генштабу.\n\nЦе більше, ніж місяцем раніше, коли "
     "втрати склали {M2} осіб.\n\nУ середньому ворог щодня втрачав понад {d} військових.\n\n"
     "Станом на {dd}.{mm}.{y} війна тривала вже {c} днів.", 3),
    ("uk", "РБК-Україна",
     "Речник угруповання заявив, що за тиждень ворог на його ділянці втратив {W} осіб і "
     "{w2} одиниць автомобільної техніки.\n\nЗа його словами, з них близько {k} — безповоротні "
     "втрати.\n\nОкупанти провели {c} штурмів, з місцевих громад евакуювали {e} людей.", 3),
    ("uk", "Українська правда",
     "Президент заявив, що з початку вторгнення загинули {T} тисяч українських військових, а "
     "поранення отримали ще {T2} тисяч.\n\nНе {c} тисяч, як стверджують у Кремлі, — наголосив "
     "він.\n\nВтрати росії, за його даними, становлять {R} тисяч загиблих.", 3),
    ("ru", "ТАСС",
     "МОСКВА, {dd} {mon_ru}. /ТАСС/. Вооруженные силы Украины за сутки потеряли около {p} "
     "военнослужащих, сообщили в Министерстве обороны РФ.\n\nПо данным ведомства, в зоне "
     "группировки «Север» противник потерял до {s} человек, «Запад» — до {s2}.\n\n"
     "Кроме того, уничтожены {wr} танка, {a} боевых бронированных машин и {b} орудий полевой "
     "артиллерии. Поражены объекты в {c} районах.", 6),
    ("ru", "РИА Новости",
     "Потери ВСУ за неделю, с {d1} по {d2} {mon_ru}, составили свыше {W1},{W2} тыс. "
     "военнослужащих, говорится в сводке Минобороны.\n\nТакже за неделю уничтожены {w} танков "
     "и {b} орудий.\n\nРоссийские подразделения освободили {wr} населенных пункта.", 3),
    ("ru", "Медуза",
     "Генштаб ВСУ сообщил, что за минувшие сутки российская армия потеряла {p} военных "
     "убитыми и ранеными.\n\nВсего с 24.02.2022 потери России составили около {P} человек и "
     "{w} танков.\n\nИз приграничных районов выехали более {e} человек.", 3),
    ("ru", "Коммерсантъ",
     "По оценке журналистов, на войне погибли от {T} до {T3} тысяч российских военных.\n\n"
     "Только за последний год, согласно этой же оценке, погибли примерно {T2} тысяч военных.\n\n"
     "Контракты с начала года подписали около {e} человек.", 2),
)  # fmt: skip

POST_UK = (
    "Загальні бойові втрати противника з 24.02.22 по {dd}.{mm}.{yy} орієнтовно склали:\n\n"
    "особового складу ‒ близько {P} (+{p}) осіб\nтанків ‒ {T} (+{w}) од.\n"
    "бойових броньованих машин ‒ {A} (+{a}) од.\nартилерійських систем ‒ {B} (+{b}) од.\n"
    "РСЗВ ‒ {c} од.\nБпЛА оперативно-тактичного рівня ‒ {D} (+{d}) од.\n"
)


def _fill(template: str, rng: random.Random, day: dt.date) -> str:
    """A template with random figures and the article's dates."""
    values = {
        "p": _n(rng, 700, 1_600), "P": _n(rng, 300_000, 1_400_000), "w": rng.randint(3, 40),
        "a": rng.randint(5, 60), "b": rng.randint(10, 90), "c": rng.randint(40, 300),
        "M": _n(rng, 20_000, 48_000), "M2": _n(rng, 20_000, 48_000), "d": _n(rng, 700, 1_600),
        "W": _n(rng, 2_000, 9_000), "w2": rng.randint(10, 90), "k": _n(rng, 500, 3_000),
        "e": _n(rng, 1_000, 90_000), "T": rng.randint(20, 160), "T2": rng.randint(100, 300),
        "T3": rng.randint(170, 260), "R": rng.randint(150, 250), "s": rng.randint(100, 400),
        "s2": rng.randint(100, 400), "wr": rng.choice(RU_WORDS[:3]), "W1": rng.randint(6, 12),
        "W2": rng.randint(1, 9), "A": _n(rng, 10_000, 24_000), "B": _n(rng, 10_000, 30_000),
        "D": _n(rng, 10_000, 90_000), "mon_uk": UK_MONTHS[day.month - 1],
        "mon_ru": RU_MONTHS_GEN[day.month - 1], "dd": f"{day.day:02d}", "mm": f"{day.month:02d}",
        "y": day.year, "yy": f"{day.year % 100:02d}", "d1": max(1, day.day - 6), "d2": day.day,
    }  # fmt: skip
    return template.format(**values)


def write_cyrillic_articles(folder: Path, count: int, seed: int = 15) -> int:
    """`count` Ukrainian and Russian article files in `folder` (one in ten a General Staff
    post); returns the number of loss figures they state."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    stated = 0
    for i in range(count):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 1_200))
        if i % 10 == 9:
            lang, publisher, body, n = "uk", "Генеральний штаб ЗСУ", _fill(POST_UK, rng, day), 11
        else:
            lang, publisher, template, n = rng.choice(TEMPLATES)
            body = _fill(template, rng, day)
        front = (
            f'---\ntitle: "Втрати: зведення {i}"\npublisher: "{publisher}"\nurl: null\n'
            f"published: {day.isoformat()}\nlanguage: {lang}\n---\n"
        )
        (folder / f"cyr-{i:05d}.md").write_text(front + body + "\n", encoding="utf-8")
        stated += n
    return stated
