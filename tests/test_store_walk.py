"""The answer look-ups' walks (ClaimStore.walk) read an index that covers them and find what
the plain query they stand for finds, in the same order (bench/run.py times them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from knowledge import ClaimStore, Metric, Subject, rebuild
from knowledge.models import PeriodKind, SourceKind
from knowledge.store import IndexRange, Where
from tests.conftest import write

ARTICLE = """---
title: Kyiv reports heavy Russian losses
publisher: Test Wire
url: https://example.org/a
published: 2024-03-05
---
Russia lost 12 tanks and 1,150 troops on March 3, Ukraine's General Staff said on Tuesday.
The figures could not be independently verified.
"""


def _reference_walk(
    store: ClaimStore, where_sql: str, args: Sequence[object], cap: int
) -> list[int]:
    """What a walk of the tank figures up to a date returns, by the plain query it stands
    for: the first `cap` index rows, then the conditions."""
    inner = (
        "SELECT * FROM claims WHERE metric = 'tanks' AND subject = 'russia' "
        "AND source_kind = 'article' AND period_end < ? ORDER BY period_end DESC LIMIT ?"
    )
    sql = f"SELECT id FROM ({inner}) WHERE {where_sql} LIMIT 100"
    return [row[0] for row in store.execute(sql, [args[0], cap, *args[1:]])]


@pytest.mark.parametrize("cap", [1, 3, 500])
def test_a_walk_finds_what_the_plain_query_finds_in_the_same_order(
    seed_kb: tuple[Path, Path], cap: int
) -> None:
    store = ClaimStore(seed_kb[1])
    before = dt.date(2026, 1, 1)
    rng = IndexRange(op="<", values=(before,))
    day = before.isoformat()
    found = 0
    for where, where_sql, args in [
        (Where(), "1", [day]),
        (Where(period_kind=PeriodKind.day), "period_kind = ?", [day, "day"]),
        (Where(end_known=True), "period_end IS NOT NULL", [day]),
    ]:
        rows = store.walk(
            Metric.tanks, Subject.russia, rng, where, source_kinds=(SourceKind.article,),
            limit=100, cap=cap,
        )  # fmt: skip
        assert [r["id"] for r in rows] == _reference_walk(store, where_sql, args, cap)
        assert all(r["quote"] for r in rows)  # whole rows
        found += len(rows)
        index_only = store.walk(
            Metric.tanks, Subject.russia, rng, where, source_kinds=(SourceKind.article,),
            limit=100, cap=cap, whole=False,
        )  # fmt: skip
        assert [(r["id"], r["claimant"]) for r in index_only] == [
            (r["id"], r["claimant"]) for r in rows
        ]
    assert found  # the seeds give tank figures
    store.close()


def test_walks_and_the_same_figure_look_up_read_an_index_that_covers_them(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    write(folder, "a.md", ARTICLE)
    rebuild(folder, tmp_path / "kb.db")
    store = ClaimStore(tmp_path / "kb.db")
    cols = ", ".join(store._walk_columns())
    plan = store.execute(
        f"EXPLAIN QUERY PLAN SELECT {cols} FROM claims WHERE metric = ? AND subject = ? "
        "AND source_kind = ? AND period_end = ? ORDER BY period_end DESC LIMIT 500",
        ("tanks", "russia", "article", "2024-03-03"),
    )
    assert "COVERING INDEX idx_claims_walk_end" in " ".join(row[3] for row in plan)
    plan = store.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM claims WHERE source_id = ? AND metric = ? "
        "AND value = ? AND period_kind = ? AND id != ? LIMIT 3",
        ("a", "tanks", 12, "day", 1),
    )
    assert "idx_claims_source_id_metric_value" in " ".join(row[3] for row in plan)
    assert store.series_claimants(Metric.tanks, Subject.russia) == frozenset()  # articles only
    store.close()
