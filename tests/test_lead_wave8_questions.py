"""Lead's wave 8 question rows (NOT blind: written after reading the seventh round's confident
wrong answers, in my own phrasings): a claimant named with "itself" ("what did Moscow itself
admit"), Grad as an equipment model (reported, never answered with all rocket launchers),
a report named by its day with no "of" ("the General Staff report last Tuesday", "у зведенні
... минулого вівторка"), and "did the General Staff publish anything for <period>" asking for
that period's figures; the weekday before last ("the Wednesday before last", "позапрошлую
среду")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_qen_wave6 import ask, head

from knowledge import ClaimStore, open_or_build, parse_question


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


ITSELF = [
    "what did moscow itself admit about russian losses in 2024?",
    "did the kremlin itself concede any russian deaths in 2023",
    "how many dead has russia's defence ministry itself acknowledged in 2024?",
    "russian losses in 2024 as moscow itself admits them",
    "what does the Kremlin itself say russia lost in 2025?",
]


@pytest.mark.parametrize("question", ITSELF)
def test_a_claimant_itself_is_that_claimant(store: ClaimStore, question: str) -> None:
    """Only Russian official figures answer; others' are shown as what others claim instead."""
    query = parse_question(question, today=dt.date(2026, 11, 30))
    assert query.claimant_side == "russia"
    assert not query.unread  # "itself" is read, not reported
    ans = ask(store, question)
    assert not ans.answered
    assert head(ans, 1).startswith("i have no figure") and "russian official" in head(ans, 1)


GRAD = [
    ("How many Grad launchers did Russia lose in 2024?", "grad"),
    ("grads destroyed in march 2025?", "grads"),
    ('Russian "Grad" losses last year', "grad"),
    ("Скільки «Градів» втратила росія у 2024?", "градів"),
    ("Сколько Градов потеряла Россия в 2024 году?", "градов"),
]


@pytest.mark.parametrize(("question", "word"), GRAD)
def test_grad_is_a_model_reported_not_widened(store: ClaimStore, question: str, word: str) -> None:
    """The model is named as unread first, and no figure of all launchers is the answer."""
    ans = ask(store, question)
    assert word in head(ans, 2)
    assert not ans.answered and not ans.claims


def test_a_question_without_a_quoted_model_has_no_empty_quotes(store: ClaimStore) -> None:
    """The suggestion drops the quotes the model stood in."""
    ans = ask(store, "Скільки РСЗВ «Град» знищено у 2024?")
    assert "« »" not in ans.text and "«»" not in ans.text


REPORT_BY_DAY = [
    ("What was in the General Staff report last Tuesday?", dt.date(2025, 10, 16),
     dt.date(2025, 10, 14)),
    ("what did the general staff report yesterday?", dt.date(2025, 10, 16),
     dt.date(2025, 10, 15)),
    ("the GS update last friday - personnel?", dt.date(2025, 10, 16), dt.date(2025, 10, 10)),
    ("Що було у зведенні Генштабу минулого вівторка?", dt.date(2025, 10, 16),
     dt.date(2025, 10, 14)),
    ("что было в сводке Генштаба в прошлый понедельник?", dt.date(2025, 10, 16),
     dt.date(2025, 10, 13)),
]  # fmt: skip


@pytest.mark.parametrize(("question", "today", "report"), REPORT_BY_DAY)
def test_a_report_named_by_its_day(question: str, today: dt.date, report: dt.date) -> None:
    """The day is the report's date: the fighting it covers is the day before."""
    query = parse_question(question, today=today)
    assert query.report_date == report
    assert query.period_start == query.period_end == report - dt.timedelta(days=1)


@pytest.mark.parametrize(
    "question",
    [
        "did the general staff publish anything for september 2026",
        "has the General Staff released any figures for September 2026?",
        "did kyiv put out numbers for september 2026",
    ],
)
def test_publishing_for_a_period_asks_for_its_figures(store: ClaimStore, question: str) -> None:
    """A period after the data is refused with the data's end, not answered with other figures."""
    ans = ask(store, question)
    assert not ans.answered and not ans.claims
    assert "8 august 2026" in head(ans, 2)


WEEKDAY_BEFORE_LAST = [
    ("russian losses on the wednesday before last", dt.date(2025, 10, 8)),
    ("tanks the friday before last?", dt.date(2025, 10, 10)),
    ("and the Monday before last", dt.date(2025, 10, 6)),
    ("втрати росії позаминулої середи", dt.date(2025, 10, 8)),
    ("а в позапрошлую пятницю?", dt.date(2025, 10, 10)),
    ("потери в позапрошлое воскресенье", dt.date(2025, 10, 12)),
]


@pytest.mark.parametrize(("question", "day"), WEEKDAY_BEFORE_LAST)
def test_the_weekday_before_last(question: str, day: dt.date) -> None:
    """A week before the latest past one of that weekday (asked on Monday 20 October 2025)."""
    query = parse_question(question, today=dt.date(2025, 10, 20))
    assert (query.period_start, query.period_end) == (day, day)
    assert not query.unread
