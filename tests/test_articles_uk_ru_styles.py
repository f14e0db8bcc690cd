"""Ukrainian and Russian outlet styles the first articles did not cover (issues 13 and 15):
Russian MoD daily briefings sector by sector and their cumulative lists, MoD weekly summaries,
a war blogger's slang, a governor on drones, Mediazona's named dead, a Ukrainian outlet
retelling both sides, a Russian commander's interview, the defence minister's year, the
General Staff's evening update, a brigade's week, a regional administration, a denial, the
Commander-in-Chief's year, a Z-blogger retold, military intelligence, a prisoner exchange.

tests/fixtures/articles_uk_ru_styles/expected.yaml has one row per figure (every field a
careful researcher would store); every claim extracted must be one of the rows (precision, so
the traps in each article's comment fail it), and a figure stored on the wrong side is a hard
failure, never an xfail."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge import Claim, extract_claims, load_source

HERE = Path(__file__).parent / "fixtures" / "articles_uk_ru_styles"
ARTICLES: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (HERE / "expected.yaml").read_text(encoding="utf-8")
)
CLAIMANTS = {
    "RuMoD": "Russia's Ministry of Defence", "RuOfficials": "Russian officials",
    "RuCommanders": "Russian commanders", "Milbloggers": "Russian military bloggers",
    "Mediazona": "Mediazona", "UaGS": "Ukraine's General Staff",
    "UaCommanders": "Ukrainian commanders", "UaOfficials": "Ukrainian officials",
    "UaCinC": "Ukraine's Commander-in-Chief", "HUR": "Ukraine's military intelligence (HUR)",
}  # fmt: skip
# Figures still read wrong: row id -> why (strict xfails, so a fix shows).
KNOWN: dict[str, str] = {}


@cache
def claims_of(article: str) -> tuple[Claim, ...]:
    return tuple(extract_claims(load_source(HERE / f"{article}.md")))


def _fields(claim: Claim) -> dict[str, Any]:
    """A claim in the rows' terms."""
    return {
        "v": claim.value, "vmax": claim.value_max, "m": claim.metric.value,
        "s": claim.subject.value, "c": claim.claimant, "q": claim.qualifier.value,
        "k": claim.personnel_kind.value if claim.personnel_kind else None,
        "p": [claim.period_kind.value, claim.period_start, claim.period_end],
        "stat": claim.stat.value, "scope": claim.scope, "part": claim.part_of,
    }  # fmt: skip


def _expected(row: dict[str, Any]) -> dict[str, Any]:
    """A row with its defaults filled in and its claimant spelled out."""
    full = {"vmax": None, "q": "exact", "k": None, "stat": "total", "scope": None, "part": None}
    full.update(row)
    full["c"] = CLAIMANTS[row["c"]]
    return full


ROWS = [(article, _expected(row)) for article, rows in ARTICLES.items() for row in rows]


def _row_id(article: str, row: dict[str, Any]) -> str:
    return f"{article}/{row['m']}/{row['v']}/{row['s']}"


def _param(article: str, row: dict[str, Any]) -> Any:
    rid = _row_id(article, row)
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN[rid])] if rid in KNOWN else []
    return pytest.param(article, row, id=rid, marks=marks)


@pytest.mark.parametrize(("article", "row"), [_param(a, r) for a, r in ROWS])
def test_figure(article: str, row: dict[str, Any]) -> None:
    got = [_fields(c) for c in claims_of(article)]
    assert row in got, f"{row}: extracted {got}"


@pytest.mark.parametrize("article", sorted(ARTICLES))
def test_no_claim_beyond_the_rows(article: str) -> None:
    rows = [r for a, r in ROWS if a == article]
    extra = [f for c in claims_of(article) if (f := _fields(c)) not in rows]
    assert extra == []


@pytest.mark.parametrize("article", sorted(ARTICLES))
def test_no_figure_on_the_wrong_side(article: str) -> None:
    """A value and metric the rows give only to the other side is a wrong side (hard)."""
    sides: dict[tuple[int, str], set[str]] = {
        (r["v"], r["m"]): set() for a, r in ROWS if a == article
    }
    for a, r in ROWS:
        if a == article:
            sides[(r["v"], r["m"])].add(r["s"])
    wrong = [
        f for c in claims_of(article)
        if (f := _fields(c)) and (f["v"], f["m"]) in sides and f["s"] not in sides[(f["v"], f["m"])]
    ]  # fmt: skip
    assert wrong == []


def test_every_article_has_rows() -> None:
    files = {p.stem for p in HERE.glob("*.md")}
    assert files == set(ARTICLES)
    assert sum(f.startswith("uk_") for f in files) >= 8
    assert sum(f.startswith("ru_") for f in files) >= 8
    assert all(isinstance(r["p"][2], dt.date) for _, r in ROWS)
