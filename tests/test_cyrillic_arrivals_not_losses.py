"""People who arrive, join, are sent, trained or serve are no losses (issue 13): a Ukrainian or
Russian sentence about them after a loss sentence stores nothing, while a loss sentence that
names them keeps its loss. Every sentence here was written for this test."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.cyrillic_prose import read_prose
from knowledge.models import Source

DAY = dt.date(2026, 3, 5)
LOSS_UK = "За минулу добу ворог втратив 1 120 осіб, повідомив Генштаб ЗСУ."
LOSS_RU = "По данным Минобороны России, за сутки ВСУ потеряли 1 310 военнослужащих."

ARRIVALS = [
    (LOSS_RU, "Кроме того, в регион прибыли 40 добровольцев."),
    (LOSS_RU, "На фронт отправлены ещё 300 мобилизованных."),
    (LOSS_RU, "В зону операции переброшены 2 500 десантников."),
    (LOSS_RU, "Также в часть вступили 120 контрактников."),
    (LOSS_RU, "Кроме того, курс подготовки прошли 800 операторов дронов."),
    (LOSS_UK, "Крім того, до бригади приєдналися 250 новобранців."),
    (LOSS_UK, "На Покровський напрямок ворог перекинув ще 3 000 військових."),
    (LOSS_UK, "Також у районі зосереджено до 15 тисяч окупантів."),
    (LOSS_UK, "Ще 60 бійців пройшли навчання за кордоном."),
    (LOSS_UK, "Загалом на цьому напрямку воюють 40 тисяч росіян."),
]


@pytest.mark.parametrize(("loss", "arrival"), ARRIVALS)
def test_arrivals_are_no_losses(loss: str, arrival: str) -> None:
    publisher = "ТАСС" if loss is LOSS_RU else "Укрінформ"
    claims = read_prose(
        Source(id="t", text=f"{loss} {arrival}", publisher=publisher, published=DAY)
    )
    assert [c.value for c in claims] == ([1310] if loss is LOSS_RU else [1120])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Перекинуті на Курщину підрозділи ворога втратили 420 осіб.", 420),
        ("Прибывшее подкрепление ВСУ потеряло 150 военнослужащих убитыми.", 150),
    ],
)
def test_a_loss_of_those_who_arrived_stays(text: str, value: int) -> None:
    claims = read_prose(Source(id="t", text=text, publisher="Укрінформ", published=DAY))
    assert [c.value for c in claims] == [value]
