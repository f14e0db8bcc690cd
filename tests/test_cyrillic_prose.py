"""Figures in Ukrainian and Russian prose (issue 15): number, metric noun, side, claimant."""

from __future__ import annotations

import datetime as dt

from knowledge.extract.cyrillic_prose import read_prose
from knowledge.models import Metric, Qualifier, Source, Subject


def _claims(text: str) -> set[tuple[Metric, int, Subject]]:
    source = Source(id="t", text=text, publisher="Outlet", published=dt.date(2024, 12, 8))
    return {(c.metric, c.value, c.subject) for c in read_prose(source)}


def test_number_words_digits_and_scales() -> None:
    got = _claims(
        "Захисники ліквідували 990 російських загарбників, знищили вісім танків і "
        "26 бойових броньованих машин. Ворог втратив понад 2 тисячі військових."
    )
    assert got == {
        (Metric.personnel, 990, Subject.russia), (Metric.tanks, 8, Subject.russia),
        (Metric.armored_vehicles, 26, Subject.russia), (Metric.personnel, 2000, Subject.russia),
    }  # fmt: skip


def test_side_from_the_words_before_the_figure() -> None:
    assert _claims("По словам министра, ВСУ потеряли более 383 тысяч военнослужащих.") == {
        (Metric.personnel, 383000, Subject.ukraine)
    }


def test_no_loss_word_or_civilians_no_claim() -> None:
    assert _claims("Росія перекинула близько 50 тисяч військових.") == set()
    assert _claims("Загинули щонайменше 12 162 цивільні особи.") == set()
    assert _claims("Станом на 24 лютого 2024 року загинули 31 тисяча українських військових.") == {
        (Metric.personnel, 31000, Subject.ukraine)
    }


def test_qualifier_and_claimant() -> None:
    source = Source(id="t", text="За даними Генштабу, втрати сягнули близько 337 220 осіб.",
                    publisher="Укрінформ", published=dt.date(2023, 12, 8))  # fmt: skip
    [claim] = read_prose(source)
    assert (claim.qualifier, claim.claimant) == (Qualifier.approximate, "Ukraine's General Staff")
