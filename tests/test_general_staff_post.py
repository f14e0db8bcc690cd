"""The General Staff's daily post format, Ukrainian and Russian (issue 15)."""

from __future__ import annotations

import datetime as dt

from knowledge.extract.general_staff import read_daily_post
from knowledge.models import Metric, PeriodKind, Qualifier, Source

POST = """Загальні бойові втрати противника орієнтовно склали:
особового складу ‒ близько 650 110 (+1 230) осіб
танки — 8 765 (+12) од.
РСЗВ ‒ 1 255 од.
бойові броньовані машини — 21 157 (+6) од.;
БпЛА оперативно-тактичного рівня — 26 645 (+217);
"""


def _source(text: str) -> Source:
    return Source(id="t", text=text, published=dt.date(2024, 11, 29))


def test_totals_and_daily_additions() -> None:
    got = {(c.metric, c.value, c.period_kind, c.qualifier) for c in read_daily_post(_source(POST))}
    assert got == {
        (Metric.personnel, 650110, PeriodKind.cumulative, Qualifier.approximate),
        (Metric.personnel, 1230, PeriodKind.day, Qualifier.approximate),
        (Metric.tanks, 8765, PeriodKind.cumulative, Qualifier.exact),
        (Metric.tanks, 12, PeriodKind.day, Qualifier.exact),
        (Metric.mlrs, 1255, PeriodKind.cumulative, Qualifier.exact),
        (Metric.armored_vehicles, 21157, PeriodKind.cumulative, Qualifier.exact),
        (Metric.armored_vehicles, 6, PeriodKind.day, Qualifier.exact),
        (Metric.drones, 26645, PeriodKind.cumulative, Qualifier.exact),
        (Metric.drones, 217, PeriodKind.day, Qualifier.exact),
    }


def test_a_lone_dash_line_is_not_a_post() -> None:
    assert read_daily_post(_source("Танки — 5 за тиждень, кажуть.")) == []


def test_reposted_without_thousand_spaces_and_with_bullets() -> None:
    post = (
        "▪️особового складу ‒ близько 702120 (+1540) осіб\n"
        "▪️танків ‒ 9221 (+9) од.\n"
        "• артилерійських систем ‒ 20010 (+35) од.\n"
    )
    got = {(c.metric, c.value) for c in read_daily_post(_source(post))}
    assert got == {
        (Metric.personnel, 702120), (Metric.personnel, 1540), (Metric.tanks, 9221),
        (Metric.tanks, 9), (Metric.artillery, 20010), (Metric.artillery, 35),
    }  # fmt: skip
