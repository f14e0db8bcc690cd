"""Ukrainian and Russian articles written for the tests (tests/fixtures/articles_uk_ru, issue 15
requirement 3), in the forms outlets and official channels use: a reposted General Staff post,
a group of forces' spokesman, a monthly tally, captured and irrecoverable losses, Zelensky on
Ukraine's own dead, a Russian MoD claim with Ukraine's answer, MoD briefings by group of forces,
Shoigu's counteroffensive totals, Mediazona's named dead, Meduza retelling the General Staff,
prisoners, and a Kursk total with evacuees. Every figure is checked field by field, and every
claim extracted must be one of the rows (precision)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge import Claim, extract_claims, load_source

HERE = Path(__file__).parent / "fixtures" / "articles_uk_ru"
ROWS: list[list[Any]] = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))
# Figures still read wrong: row id -> why (strict xfails, so a fix shows).
KNOWN: dict[str, str] = {}


@cache
def claims_of(article: str) -> tuple[Claim, ...]:
    return tuple(extract_claims(load_source(HERE / f"{article}.md")))


def _fields(claim: Claim) -> list[Any]:
    """A claim as a row of expected.yaml."""
    kind = claim.personnel_kind.value if claim.personnel_kind else None
    row = [claim.value, claim.metric.value, claim.subject.value, claim.qualifier.value, kind,
           claim.period_kind.value, claim.period_start, claim.period_end]  # fmt: skip
    return row + ([claim.stat.value] if claim.stat.value != "total" else [])


def _row_id(row: list[Any]) -> str:
    return f"{row[0]}/{row[2]}/{row[1]}"


def _param(row: list[Any]) -> Any:
    marks = (
        [pytest.mark.xfail(strict=True, reason=KNOWN[_row_id(row)])]
        if _row_id(row) in KNOWN
        else []
    )
    return pytest.param(row, id=_row_id(row), marks=marks)


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_figure(row: list[Any]) -> None:
    got = [_fields(c) for c in claims_of(row[0])]
    assert row[1:] in got, f"{row}: extracted {got}"


@pytest.mark.parametrize("article", sorted({r[0] for r in ROWS}))
def test_no_claim_beyond_the_rows(article: str) -> None:
    rows = [r[1:] for r in ROWS if r[0] == article]
    extra = [f for c in claims_of(article) if (f := _fields(c)) not in rows]
    assert extra == []


def test_every_article_has_rows() -> None:
    files = {p.stem for p in HERE.glob("*.md")}
    assert files == {r[0] for r in ROWS} and len(files) >= 12
    assert all(isinstance(r[7] or dt.date.min, dt.date) for r in ROWS)
