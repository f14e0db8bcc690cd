"""The knowledge base file: the only module that speaks SQL (schema, writes, named read
queries) and that holds per-build caches.

Claims and their sources live in one SQLite file. `write_knowledge_base` fills a new file and
`check_knowledge_base` vets it; `knowledge.ingest.build` decides when and swaps it in.
`ClaimStore` reads a built file: every query the rest of the package needs has a name here,
so the schema and its indexes can change in one place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import threading
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

import sqlite_utils

from knowledge.lexicon.claimants import claimant_side
from knowledge.models import (
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Point,
    Qualifier,
    RejectedFile,
    ReloadReport,
    SeriesRef,
    Source,
    SourceKind,
    SourceRef,
    Stat,
    Subject,
)

SCHEMA_VERSION = 1
# A row of the claims table, read by column name (`row["metric"]`).
Row = sqlite3.Row
# What the database itself raises (a full disk, a corrupt file), for callers that report it.
DatabaseError = sqlite3.Error
T = TypeVar("T")
_MEMO_LIMIT = 4096  # entries per cache name; a cache that fills up starts afresh
_MISSING = object()  # not remembered (None may be)


_SOURCE_COLUMNS = ("id", "title", "publisher", "url", "published", "kind")
# What a walk's conditions and order read besides its index key (see `Where`, `walk`); the
# last three exist in files built since issue 13.
_WALK_COLUMNS = (
    "period_kind", "period_start", "value", "claimant", "personnel_kind", "stat", "scope",
    "part_of",
)  # fmt: skip
_SCOPE_COLUMNS = ("stat", "scope", "part_of")
_CLAIM_COLUMNS = (
    "metric", "value", "value_max", "qualifier", "subject", "claimant", "period_kind",
    "period_start", "period_end", "personnel_kind", "quote", "date_uncertain", "label",
    "stat", "scope", "part_of",
)  # fmt: skip


def _claim_row(claim: Claim) -> dict[str, Any]:
    return {
        "source_id": claim.source.id,
        "metric": claim.metric.value,
        "value": claim.value,
        "value_max": claim.value_max,
        "qualifier": claim.qualifier.value,
        "subject": claim.subject.value,
        "claimant": claim.claimant,
        "period_kind": claim.period_kind.value,
        "period_start": claim.period_start.isoformat() if claim.period_start else None,
        "period_end": claim.period_end.isoformat() if claim.period_end else None,
        "personnel_kind": claim.personnel_kind.value if claim.personnel_kind else None,
        "quote": claim.quote,
        "date_uncertain": int(claim.date_uncertain),
        "label": claim.label,
        "stat": claim.stat.value,
        "scope": claim.scope,
        "part_of": claim.part_of,
        "source_kind": claim.source.kind.value,
    }


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _create_schema(db: sqlite_utils.Database) -> None:
    db["sources"].create(  # type: ignore[union-attr]
        {
            "id": str, "title": str, "publisher": str, "url": str, "published": str,
            "kind": str, "path": str, "claims": int, "warnings": str, "verification": str,
            "caveats": str,
        },
        pk="id",
    )  # fmt: skip
    db["claims"].create(  # type: ignore[union-attr]
        {
            "id": int, "source_id": str, "metric": str, "value": int, "value_max": int,
            "qualifier": str, "subject": str, "claimant": str, "period_kind": str,
            "period_start": str, "period_end": str, "personnel_kind": str, "quote": str,
            "date_uncertain": int, "label": str, "source_kind": str,
            "stat": str, "scope": str, "part_of": str,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id")],
    )  # fmt: skip
    db["rejected"].create({"path": str, "reason": str, "level": str})  # type: ignore[union-attr]
    db["meta"].create({"key": str, "value": str}, pk="key")  # type: ignore[union-attr]


def _create_indexes(db: sqlite_utils.Database) -> None:
    claims = db.table("claims")
    # The answer look-up filters on metric and subject and walks dates from either end.
    # Each index holds, after its key and the id (which keeps claims of one date in the order
    # they were written), every column a walk's conditions read: a walk reads the index alone
    # and touches the table only for the claims it returns (see `ClaimStore.walk`).
    claims.create_index(
        ["metric", "subject", "source_kind", "period_end", "id", *_WALK_COLUMNS],
        index_name="idx_claims_walk_end",
    )
    claims.create_index(
        ["metric", "subject", "period_start", "id", "source_kind", "period_end"]
        + [c for c in _WALK_COLUMNS if c != "period_start"],
        index_name="idx_claims_walk_start",
    )
    # A source's claims, and "the same figure for another date in the same article": the
    # value index alone walks every claim of a common figure (7 tanks), and a daily series
    # is one source of tens of thousands of claims.
    claims.create_index(["source_id", "metric", "value"])
    claims.create_index(["claimant"])
    # "Where is the 745,700 from?": every claim of one figure, whatever its metric or date.
    claims.create_index(["value"])


@dataclass(frozen=True)
class IndexRange:
    """Which stretch of a claims index a look-up walks, and in which direction.

    `column` is "period_end" (the (metric, subject, source_kind, period_end) index, walked
    once per source kind) or "period_start" (the (metric, subject, period_start) index);
    `op` is "all", "=", "between", "<" or ">" against `values`."""

    column: str = "period_end"
    op: str = "all"
    values: tuple[dt.date, ...] = ()
    descending: bool = True

    def sql(self) -> tuple[str, list[str]]:
        """The index condition, as SQL appended to a WHERE clause, and its parameters."""
        args = [v.isoformat() for v in self.values]
        if self.op == "=":
            return f" AND {self.column} = ?", args
        if self.op == "between":
            return f" AND {self.column} BETWEEN ? AND ?", args
        if self.op in ("<", ">"):
            return f" AND {self.column} {self.op} ?", args
        return "", []


@dataclass(frozen=True)
class Where:
    """Conditions no index covers, applied to the rows a walk reads (None: no condition)."""

    claimants: tuple[str, ...] | None = None
    personnel_kinds: tuple[str, ...] | None = None  # "" stands for no personnel kind given
    period_kind: PeriodKind | None = None
    not_period_kind: PeriodKind | None = None
    end_known: bool | None = None  # period_end IS NOT NULL / IS NULL
    start_from: dt.date | None = None  # period_start >= this
    start_within: tuple[dt.date, dt.date] | None = None  # period_start BETWEEN these
    start_open: bool = False  # with start_within: an unknown start passes too
    # Whole-front counts only: no average, no place or operation, no breakdown (issue 13).
    whole_only: bool = False

    def sql(self) -> tuple[list[str], list[Any]]:
        """The conditions as SQL fragments (joined with AND) and their parameters."""
        parts: list[str] = []
        params: list[Any] = []
        if self.whole_only:
            parts.append("coalesce(stat, 'total') = 'total' AND scope IS NULL AND part_of IS NULL")
        if self.period_kind is not None:
            parts.append("period_kind = ?")
            params.append(self.period_kind.value)
        if self.not_period_kind is not None:
            parts.append("period_kind != ?")
            params.append(self.not_period_kind.value)
        if self.end_known is not None:
            parts.append(f"period_end IS {'NOT ' if self.end_known else ''}NULL")
        if self.start_from is not None:
            parts.append("period_start >= ?")
            params.append(self.start_from.isoformat())
        if self.start_within is not None:
            within = "period_start BETWEEN ? AND ?"
            parts.append(f"(period_start IS NULL OR {within})" if self.start_open else within)
            params += [d.isoformat() for d in self.start_within]
        if self.claimants is not None:
            parts.append(f"claimant IN ({','.join('?' * len(self.claimants))})")
            params += self.claimants
        if self.personnel_kinds is not None:
            kinds = [k for k in self.personnel_kinds if k]
            either = []
            if kinds:
                either.append(f"personnel_kind IN ({','.join('?' * len(kinds))})")
                params += kinds
            if "" in self.personnel_kinds:
                either.append("personnel_kind IS NULL")
            parts.append("(" + " OR ".join(either) + ")")
        return parts, params


_ORDERS = frozenset(
    {
        "period_end DESC, id",
        "period_end ASC, id",
        "period_start ASC, id",
        "period_start DESC, id",
        "id",
    }
)
_WALK_ORDERS = frozenset({None, "value DESC"})

# One stored series point: the columns of a cumulative series row, found through the
# (metric, subject, source_kind, period_end) index; `+source_id` keeps SQLite off the
# source_id index.
_POINT_SQL = (
    "SELECT {cols} FROM claims"
    " WHERE metric = ? AND subject = ? AND source_kind = 'series' AND period_end {op} ?"
    " AND +source_id = ? AND period_kind = 'cumulative'"
    " AND coalesce(personnel_kind, '') = ? AND (? = '' OR label = ?)"
)
_POINT_COLS = "period_end, value, qualifier, quote"


def _point_params(series: SeriesRef, date: dt.date) -> list[Any]:
    kind = series.personnel_kind.value if series.personnel_kind else ""
    label = series.label or ""
    return [
        series.metric.value,
        series.subject.value,
        date.isoformat(),
        series.source_id,
        kind,
        label,
        label,
    ]


def _to_point(row: Row) -> Point:
    return Point(
        date=dt.date.fromisoformat(row["period_end"]),
        value=row["value"],
        qualifier=Qualifier(row["qualifier"]),
        quote=row["quote"],
    )


class ClaimStore:
    """Read access to a built knowledge base. Thread-safe for reads; `reopen()` after a swap."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._memo: dict[str, dict[Hashable, Any]] = {}
        self.generation = 0
        self.reopen()

    # -- connection -------------------------------------------------------------------------
    def _has_scope_columns(self) -> bool:
        """Whether the claims table has issue 13's stat, scope and part_of columns."""
        return self.memo("scope_columns", (), lambda: any(
            row[1] == "scope" for row in self._rows("PRAGMA table_info(claims)")))  # fmt: skip

    def reopen(self) -> None:
        """Open (or re-open after a rebuild) the knowledge base file read-only."""
        if not self.path.exists():
            raise FileNotFoundError(f"no knowledge base at {self.path}")
        conn = sqlite3.connect(
            f"file:{self.path.resolve()}?mode=ro", uri=True, check_same_thread=False
        )
        conn.row_factory = sqlite3.Row
        version = conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        if version is None or int(version[0]) != SCHEMA_VERSION:
            conn.close()
            raise ValueError(f"{self.path} is not a knowledge base of schema {SCHEMA_VERSION}")
        with self._lock:
            old, self._conn = self._conn, conn
            self._memo = {}
            self.generation += 1
        if old is not None:
            old.close()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
        """Run one read query; rows come back as `sqlite3.Row`. (For the bot's last ad-hoc
        query; the package itself uses the named queries below.)"""
        return self._rows(sql, params)

    def _rows(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
        with self._lock:
            if self._conn is None:
                raise RuntimeError("knowledge base is closed")
            return self._conn.execute(sql, params).fetchall()

    # -- reading ----------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        return {row["key"]: row["value"] for row in self._rows("SELECT key, value FROM meta")}

    def count_claims(self, kind: SourceKind | None = None) -> int:
        if kind is None:
            return int(self._rows("SELECT count(*) FROM claims")[0][0])
        sql = "SELECT count(*) FROM claims WHERE source_kind = ?"
        return int(self._rows(sql, (kind.value,))[0][0])

    def claim_coverage(self) -> tuple[dt.date | None, dt.date | None, list[str]]:
        """The earliest and latest day any claim covers, and the metrics claimed (not
        `other`), the most claimed first: what /help tells users the bot knows about."""
        first, last = self.execute(
            "SELECT min(coalesce(period_start, period_end)), max(period_end) FROM claims"
        )[0]
        metrics = self.execute(
            "SELECT metric, count(*) AS n FROM claims WHERE metric != 'other' "
            "GROUP BY metric ORDER BY n DESC, metric"
        )
        return _date(first), _date(last), [row[0] for row in metrics]

    def sources(self) -> list[SourceRef]:
        rows = self._rows("SELECT * FROM sources ORDER BY published DESC, id")
        return [self._source_from_row(row) for row in rows]

    def source(self, source_id: str) -> SourceRef | None:
        return self.memo("source", source_id, lambda: self._read_source(source_id), 1 << 20)

    def _read_source(self, source_id: str) -> SourceRef | None:
        rows = self._rows("SELECT * FROM sources WHERE id = ?", (source_id,))
        return self._source_from_row(rows[0]) if rows else None

    def claimant_names(self) -> list[str]:
        """Every claimant named in the knowledge base, in alphabetical order."""
        return [row[0] for row in self._rows("SELECT DISTINCT claimant FROM claims ORDER BY 1")]

    def rejected(self) -> list[RejectedFile]:
        rows = self._rows("SELECT path, reason FROM rejected WHERE level = 'error'")
        return [RejectedFile(path=row["path"], reason=row["reason"]) for row in rows]

    def find_claims(
        self,
        *,
        metrics: Iterable[Metric] | None = None,
        subject: Subject | None = None,
        claimants: Iterable[str] | None = None,
        source_kind: SourceKind | None = None,
        period_kinds: Iterable[PeriodKind] | None = None,
        overlaps: tuple[dt.date, dt.date] | None = None,
        end_on_or_before: dt.date | None = None,
        end_on_or_after: dt.date | None = None,
        order: str = "period_end DESC, id",
        limit: int = 500,
    ) -> list[Claim]:
        """Claims matching every filter given, through the indexes; newest period first."""
        where: list[str] = []
        params: list[Any] = []
        if metrics is not None:
            names = [m.value for m in metrics]
            where.append(f"metric IN ({','.join('?' * len(names))})")
            params += names
        if subject is not None:
            where.append("subject = ?")
            params.append(subject.value)
        if claimants is not None:
            names = list(claimants)
            where.append(f"claimant IN ({','.join('?' * len(names))})")
            params += names
        if source_kind is not None:
            where.append("source_kind = ?")
            params.append(source_kind.value)
        if period_kinds is not None:
            kinds = [k.value for k in period_kinds]
            where.append(f"period_kind IN ({','.join('?' * len(kinds))})")
            params += kinds
        if overlaps is not None:
            start, end = overlaps
            where.append("(period_start IS NULL OR period_start <= ?)")
            where.append("period_end >= ?")
            params += [end.isoformat(), start.isoformat()]
        if end_on_or_before is not None:
            where.append("period_end <= ?")
            params.append(end_on_or_before.isoformat())
        if end_on_or_after is not None:
            where.append("period_end >= ?")
            params.append(end_on_or_after.isoformat())
        sql = "SELECT * FROM claims"
        if where:
            sql += " WHERE " + " AND ".join(where)
        if order not in _ORDERS:
            raise ValueError(f"unsupported order {order!r}")
        sql += f" ORDER BY {order} LIMIT ?"
        params.append(int(limit))
        return [self.claim_from_row(row) for row in self._rows(sql, params)]

    # -- caches -----------------------------------------------------------------------------
    def memo(
        self, name: str, key: Hashable, compute: Callable[[], T], limit: int = _MEMO_LIMIT
    ) -> T:
        """`compute()`, remembered under (`name`, `key`) until the file is reopened: what is
        derived from one build cannot change before the next. Computed outside the lock."""
        # What is remembered is read without the lock (one dict read is atomic): the answer
        # path asks thousands of times per question (a source's date for every candidate).
        table = self._memo.get(name)
        if table is not None:
            found = table.get(key, _MISSING)
            if found is not _MISSING:
                return cast(T, found)
        with self._lock:
            generation = self.generation
            table = self._memo.setdefault(name, {})
            if key in table:
                return table[key]
        value = compute()
        with self._lock:
            if self.generation == generation:
                table = self._memo.setdefault(name, {})
                if len(table) >= limit:
                    table.clear()
                table[key] = value
        return value

    # -- named queries for answering --------------------------------------------------------
    def walk(
        self,
        metric: Metric,
        subject: Subject,
        rng: IndexRange,
        where: Where,
        *,
        source_kinds: Sequence[SourceKind],
        limit: int,
        cap: int,
        order: str | None = None,
        whole: bool = True,
    ) -> list[Row]:
        """Claims of one metric and subject in an index range that meet `where` (with `whole`
        False, only the index's columns of each: who claims it, its period and figure).

        One query per source kind (on the period_end index), each walking the index in order
        as a co-routine: it stops at `limit` matches and never reads more than `cap` rows.
        The walk reads the index alone (it holds every column the conditions need), and the
        claims it found are then read by id (see `claim_rows`)."""
        if order not in _WALK_ORDERS:
            raise ValueError(f"unsupported order {order!r}")
        if where.whole_only and not self._has_scope_columns():
            where = dataclasses.replace(where, whole_only=False)  # built before issue 13
        conds, cond_params = where.sql()
        per_kind = rng.column == "period_end"
        if not per_kind and len(source_kinds) == 1:
            conds.append("source_kind = ?")
            cond_params.append(source_kinds[0].value)
        cols = ", ".join(self._walk_columns())
        found: list[Row] = []
        for kind in source_kinds if per_kind else (None,):
            inner = f"SELECT {cols} FROM claims WHERE metric = ? AND subject = ?"
            args: list[Any] = [metric.value, subject.value]
            if kind is not None:
                inner += " AND source_kind = ?"
                args.append(kind.value)
            cond, cond_args = rng.sql()
            inner += cond
            args += cond_args
            inner += f" ORDER BY {rng.column} {'DESC' if rng.descending else 'ASC'} LIMIT ?"
            args.append(cap)
            sql = f"SELECT {'id' if whole else '*'} FROM ({inner})"
            if conds:
                sql += " WHERE " + " AND ".join(conds)
            if order:
                sql += f" ORDER BY {order}"
            sql += " LIMIT ?"
            found += self._rows(sql, [*args, *cond_params, limit])
        return self.claim_rows([row[0] for row in found]) if whole else found

    def _walk_columns(self) -> list[str]:
        """The columns a walk reads from the index: its key's, and its conditions'."""
        cols = ["id", "source_kind", "period_end", *_WALK_COLUMNS]
        if not self._has_scope_columns():
            cols = [c for c in cols if c not in _SCOPE_COLUMNS]
        return cols

    def claim_rows(self, ids: list[int]) -> list[Row]:
        """The whole rows of the claims of these ids, in this order."""
        if not ids:
            return []
        sql = f"SELECT * FROM claims WHERE id IN ({','.join('?' * len(ids))})"
        by_id = {row["id"]: row for row in self._rows(sql, ids)}
        return [by_id[i] for i in ids]

    def more_than(
        self, metric: Metric, subject: Subject, rng: IndexRange, kind: SourceKind, cap: int
    ) -> bool:
        """Whether the index range holds more than `cap` claims (counted in the index only)."""
        cond, cond_args = rng.sql()
        sql = (
            "SELECT count(*) FROM (SELECT 1 FROM claims WHERE metric = ? AND subject = ? "
            f"AND source_kind = ?{cond} LIMIT ?)"
        )
        rows = self._rows(sql, [metric.value, subject.value, kind.value, *cond_args, cap + 1])
        return int(rows[0][0]) > cap

    def same_figure_elsewhere(self, row: Row, limit: int = 3) -> list[Row]:
        """Other claims of the same source, metric, figure and kind of period as `row`."""
        return self._rows(
            "SELECT * FROM claims WHERE source_id = ? AND metric = ? AND value = ? "
            "AND period_kind = ? AND id != ? LIMIT ?",
            (row["source_id"], row["metric"], row["value"], row["period_kind"], row["id"], limit),
        )

    def claimant_has_more_than(self, claimant: str, cap: int) -> bool:
        """Whether a claimant gives more than `cap` claims (counted in the index only)."""
        sql = "SELECT count(*) FROM (SELECT 1 FROM claims WHERE claimant = ? LIMIT ?)"
        return int(self._rows(sql, (claimant, cap + 1))[0][0]) > cap

    def claimant_periods(self, claimant: str) -> list[Row]:
        """(metric, subject, period_end, period_start, period_kind, personnel_kind) of every
        claim of one claimant, through the claimant index."""
        return self._rows(
            "SELECT metric, subject, period_end, period_start, period_kind, personnel_kind "
            "FROM claims WHERE claimant = ?",
            (claimant,),
        )

    def series_claimants(self, metric: Metric, subject: Subject) -> frozenset[str]:
        """Who gives this metric and subject in a daily series (read from the index, once
        per build)."""
        sql = (
            "SELECT DISTINCT claimant FROM claims"
            " WHERE metric = ? AND subject = ? AND source_kind = 'series'"
        )
        return self.memo(
            "series_claimants",
            (metric, subject),
            lambda: frozenset(row[0] for row in self._rows(sql, (metric.value, subject.value))),
        )

    def has_claims(self, metric: Metric, subject: Subject) -> bool:
        """Whether any claim is about this metric and subject (one indexed probe)."""
        sql = "SELECT 1 FROM claims WHERE metric = ? AND subject = ? LIMIT 1"
        return bool(self._rows(sql, (metric.value, subject.value)))

    def source_verification(self, source_id: str) -> str | None:
        """The source's own sentence saying its figures are not verified, if it had one
        (None too for a file built before the column existed). Once per source and build."""
        return self.memo("verification", source_id, lambda: self._read_verification(source_id))

    def _read_verification(self, source_id: str) -> str | None:
        rows = self._rows("SELECT * FROM sources WHERE id = ?", (source_id,))
        if not rows or "verification" not in rows[0].keys():  # noqa: SIM118 (a Row's `in` is by value)
            return None
        return rows[0]["verification"]

    # -- named queries for questions about the sources ------------------------------------
    def source_caveats(self, source_id: str) -> list[str]:
        """The source's own sentences qualifying its figures (empty for a file built before
        the column existed). Once per source and build."""
        return self.memo("caveats", source_id, lambda: self._read_caveats(source_id))

    def _read_caveats(self, source_id: str) -> list[str]:
        rows = self._rows("SELECT * FROM sources WHERE id = ?", (source_id,))
        if not rows or "caveats" not in rows[0].keys() or not rows[0]["caveats"]:  # noqa: SIM118
            return []
        return [str(s) for s in json.loads(rows[0]["caveats"])]

    def publishers(self) -> list[str]:
        """Every outlet that published an article of the knowledge base (once per build)."""
        return self.memo("publishers", None, lambda: [row[0] for row in self._rows(
            "SELECT DISTINCT publisher FROM sources WHERE kind = 'article' "
            "AND publisher IS NOT NULL AND claims > 0 ORDER BY 1")])  # fmt: skip

    def claims_of_publisher(self, publisher: str, limit: int = 200) -> list[Claim]:
        """The claims of every article one outlet published, newest article first."""
        rows = self._rows(
            "SELECT c.* FROM sources AS s JOIN claims AS c ON c.source_id = s.id "
            "WHERE s.kind = 'article' AND lower(s.publisher) = lower(?) "
            "ORDER BY s.published DESC, c.id LIMIT ?",
            (publisher, limit),
        )
        return [self.claim_from_row(row) for row in rows]

    def claims_with_value(self, value: int, limit: int = 50) -> list[Claim]:
        """Every claim stating `value` (as its figure or its range's upper end)."""
        if not -(2**63) <= value < 2**63:
            return []  # "tanks 99999999999999999999": no stored figure is that large
        rows = self._rows(
            "SELECT * FROM claims WHERE value = ? UNION SELECT * FROM claims WHERE value_max = ? "
            "ORDER BY source_kind, period_end DESC LIMIT ?",
            (value, value, limit),
        )
        return [self.claim_from_row(row) for row in rows]

    def article_claims_between(self, low: int, high: int, limit: int = 20) -> list[Claim]:
        """Article claims whose figure lies from `low` to `high` (a rounded quote's matches)."""
        rows = self._rows(
            "SELECT * FROM claims WHERE source_kind = 'article' AND value BETWEEN ? AND ? "
            "ORDER BY period_end DESC LIMIT ?",
            (low, high, limit),
        )
        return [self.claim_from_row(row) for row in rows]

    def claims_quoting(self, phrase: str, limit: int = 20) -> list[Claim]:
        """Article claims whose quoted sentence names `phrase` (an outlet cited second-hand)."""
        escaped = phrase.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._rows(
            "SELECT * FROM claims WHERE source_kind = 'article' AND quote LIKE ? ESCAPE '\\' "
            "ORDER BY period_end DESC LIMIT ?",
            (f"%{escaped}%", limit),
        )
        return [self.claim_from_row(row) for row in rows]

    def source_holdings(self) -> list[Row]:
        """(source_id, claimant, metric, subject, n): who claims what in each source, counted
        (one pass over the claims, once per build)."""
        sql = (
            "SELECT source_id, claimant, metric, subject, count(*) AS n FROM claims "
            "GROUP BY source_id, claimant, metric, subject ORDER BY source_id, n DESC"
        )
        return self.memo("holdings", None, lambda: self._rows(sql))

    # -- named queries for daily series -----------------------------------------------------
    def series_catalogue(self) -> list[SeriesRef]:
        """Every cumulative series in the knowledge base (once per build)."""
        return self.memo("series_catalogue", None, self._series_catalogue)

    def _series_catalogue(self) -> list[SeriesRef]:
        rows = self._rows(
            "SELECT source_id, metric, personnel_kind, claimant, subject,"
            " CASE WHEN metric = 'other' THEN label END AS series_label,"
            " min(period_end) AS first, max(period_end) AS last, count(*) AS n"
            " FROM claims WHERE source_kind = 'series' AND period_kind = 'cumulative'"
            " GROUP BY source_id, metric, personnel_kind, claimant, subject, series_label"
            " ORDER BY source_id, metric, personnel_kind, series_label"
        )
        return [
            SeriesRef(
                source_id=row["source_id"],
                metric=Metric(row["metric"]),
                personnel_kind=PersonnelKind(row["personnel_kind"])
                if row["personnel_kind"]
                else None,
                label=row["series_label"],
                claimant=row["claimant"],
                subject=Subject(row["subject"]),
                first=dt.date.fromisoformat(row["first"]),
                last=dt.date.fromisoformat(row["last"]),
                count=row["n"],
            )
            for row in rows
        ]

    def point_at_or_before(self, series: SeriesRef, date: dt.date) -> Point | None:
        """The latest cumulative figure reported on or before `date` (one indexed look-up)."""
        sql = _POINT_SQL.format(cols=_POINT_COLS, op="<=") + " ORDER BY period_end DESC LIMIT 1"
        rows = self._rows(sql, _point_params(series, date))
        return _to_point(rows[0]) if rows else None

    def points_between(self, series: SeriesRef, first: dt.date, last: dt.date) -> list[Point]:
        """Every cumulative figure reported from `first` to `last`, oldest first."""
        sql = (
            _POINT_SQL.format(cols=_POINT_COLS, op="<=")
            + " AND period_end >= ? ORDER BY period_end"
        )
        rows = self._rows(sql, [*_point_params(series, last), first.isoformat()])
        return [_to_point(row) for row in rows]

    def correction_points(self, series: SeriesRef, after: dt.date, upto: dt.date) -> list[Point]:
        """The reports after `after` up to `upto` that absorbed a listed correction."""
        every = self.memo("correction_points", series, lambda: self._correction_points(series))
        return [point for point in every if after < point.date <= upto]

    def _correction_points(self, series: SeriesRef) -> list[Point]:
        """Every report of the series that absorbed a listed correction, in date order: read
        once per series and build (finding them reads each report's quote, a year of reports
        for a year's figure)."""
        sql = (
            _POINT_SQL.format(cols=_POINT_COLS, op="<=")
            + " AND period_end > ? AND quote LIKE '%absorbs a correction%' ORDER BY period_end"
        )
        rows = self._rows(sql, [*_point_params(series, dt.date.max), dt.date.min.isoformat()])
        return [_to_point(row) for row in rows]

    def series_claim_at_or_before(self, series: SeriesRef, date: dt.date) -> Claim | None:
        """The stored cumulative claim of the latest report on or before `date`."""
        sql = _POINT_SQL.format(cols="*", op="<=") + " ORDER BY period_end DESC LIMIT 1"
        rows = self._rows(sql, _point_params(series, date))
        return self.claim_from_row(rows[0]) if rows else None

    def claims_in_window(
        self,
        *,
        metrics: Iterable[Metric] | None = None,
        claimants: Iterable[str] | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> list[Claim]:
        """Claims for an export, oldest period first: those whose period overlaps
        [start, end], a running total only when reported within it (else every later day of
        a daily series would count)."""
        where: list[str] = []
        params: list[Any] = []
        if metrics is not None:
            names = [m.value for m in metrics]
            where.append(f"metric IN ({','.join('?' * len(names))})")
            params += names
        if claimants is not None:
            names = list(claimants)
            where.append(f"claimant IN ({','.join('?' * len(names))})")
            params += names
        if start is not None:
            where.append("period_end >= ?")
            params.append(start.isoformat())
        if end is not None:
            where.append(
                "CASE WHEN period_kind = 'cumulative' THEN period_end <= ? "
                "ELSE coalesce(period_start, period_end) <= ? END"
            )
            params += [end.isoformat()] * 2
        sql = "SELECT * FROM claims" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY period_end, id"
        return [self.claim_from_row(row) for row in self._rows(sql, params)]

    def claim_from_row(self, row: Row) -> Claim:
        source = self.source(row["source_id"]) or SourceRef(id=row["source_id"])
        columns = set(row.keys())
        return Claim(
            metric=Metric(row["metric"]),
            value=row["value"],
            value_max=row["value_max"],
            qualifier=Qualifier(row["qualifier"]),
            subject=Subject(row["subject"]),
            claimant=row["claimant"],
            period_kind=PeriodKind(row["period_kind"]),
            period_start=_date(row["period_start"]),
            period_end=_date(row["period_end"]),
            personnel_kind=PersonnelKind(row["personnel_kind"]) if row["personnel_kind"] else None,
            quote=row["quote"],
            date_uncertain=bool(row["date_uncertain"]),
            label=row["label"],
            # Knowledge bases built before issue 13 have no stat, scope or part_of columns.
            stat=Stat(row["stat"]) if "stat" in columns and row["stat"] else Stat.total,
            scope=row["scope"] if "scope" in columns else None,
            part_of=row["part_of"] if "part_of" in columns else None,
            source=source,
        )

    @staticmethod
    def _source_from_row(row: Row) -> SourceRef:
        return SourceRef(
            id=row["id"],
            title=row["title"],
            publisher=row["publisher"],
            url=row["url"],
            published=_date(row["published"]),
            kind=SourceKind(row["kind"]),
        )


# -- writing ---------------------------------------------------------------------------------


def write_knowledge_base(
    tmp: Path,
    loaded: list[tuple[Source, list[Claim]]],
    report: ReloadReport,
    sources_dir: Path,
) -> None:
    """Write sources and claims to a new file at `tmp`, counting them into `report`."""
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        db = sqlite_utils.Database(conn)
        _create_schema(db)
        with conn:
            source_rows = []
            claim_rows: list[dict[str, Any]] = []
            for source, claims in loaded:
                row = {k: getattr(source, k) for k in _SOURCE_COLUMNS}
                row["published"] = source.published.isoformat() if source.published else None
                row["kind"] = source.kind.value
                row["path"] = Path(source.path).name if source.path else None
                row["claims"] = len(claims)
                row["warnings"] = json.dumps(source.warnings) if source.warnings else None
                row["verification"] = source.verification
                row["caveats"] = json.dumps(source.caveats) if source.caveats else None
                source_rows.append(row)
                claim_rows.extend(_claim_row(c) for c in claims)
                if source.kind == SourceKind.series:
                    report.series_claims += len(claims)
                else:
                    report.claims += len(claims)
            db.table("sources").insert_all(source_rows)
            db.table("claims").insert_all(claim_rows, batch_size=2000)
            db.table("rejected").insert_all(
                [{"path": r.path, "reason": r.reason, "level": "error"} for r in report.rejected]
                + [
                    {"path": w.path, "reason": w.reason, "level": "warning"}
                    for w in report.warnings
                ]
            )
            report.sources = len(source_rows)
            report.built_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
            db.table("meta").insert_all(
                [
                    {"key": "schema_version", "value": str(SCHEMA_VERSION)},
                    {"key": "built_at", "value": report.built_at},
                    {"key": "sources_dir", "value": str(sources_dir)},
                    {"key": "sources", "value": str(report.sources)},
                    {"key": "claims", "value": str(report.claims)},
                    {"key": "series_claims", "value": str(report.series_claims)},
                ]
            )
        _create_indexes(db)
        _create_explorer_tables(db)
        conn.execute("ANALYZE")
    finally:
        conn.close()


# -- the explorer's views (Datasette reads them; nothing here writes after the build) -----------

CLAIMS_JOINED = "claims_with_sources"
SERIES_VIEW = "daily_series"
EXPLORER_MARK = "explorer_tables"
EXPLORER_VERSION = "1"

# One row per claim with its source joined in; `side` is whose losses, `month` the
# period's last month (YYYY-MM) so a month is one filter away. Copied into a table of the
# same columns at build time.
_CLAIMS_JOINED_SQL = """
SELECT c.id, c.metric, c.subject AS side, c.value, c.value_max, c.qualifier,
       c.personnel_kind, c.claimant, k.side AS claimant_side, c.period_kind,
       c.period_start, c.period_end, substr(c.period_end, 1, 7) AS month,
       c.date_uncertain, c.quote, c.label, c.source_kind, c.source_id,
       s.publisher, s.title, s.url, s.published
FROM claims AS c
JOIN sources AS s ON s.id = c.source_id
LEFT JOIN claimants AS k ON k.name = c.claimant
"""

# The structured daily series: one running total per metric and day, as published.
_SERIES_VIEW_SQL = f"""
SELECT id, metric, side, period_end AS day, month, value AS total_to_date, qualifier,
       claimant, source_id
FROM {CLAIMS_JOINED}
WHERE source_kind = 'series'
"""

# Full-text search over what a claim says and where: quote, title, claimant, outlet, label.
_FTS_COLUMNS = ["quote", "title", "claimant", "publisher", "label"]


# The figure, who claims it for when, the quote and the source first: what people read.
_CLAIMS_TABLE_COLUMNS: dict[str, type] = {
    "id": int, "metric": str, "side": str, "value": int, "value_max": int, "qualifier": str,
    "claimant": str, "period_kind": str, "period_start": str, "period_end": str, "quote": str,
    "publisher": str, "title": str, "url": str, "published": str, "personnel_kind": str,
    "claimant_side": str, "month": str, "date_uncertain": int, "label": str,
    "source_kind": str, "source_id": str,
}  # fmt: skip


def _create_explorer_tables(db: sqlite_utils.Database) -> None:
    """The claimants table, the claims with their sources joined in (a table, so Datasette
    pages through it by key and links each claim's own page), its FTS5 index, and the
    daily-series view (at build time only)."""
    names = [row[0] for row in db.execute("SELECT DISTINCT claimant FROM claims")]
    db["claimants"].create({"name": str, "side": str}, pk="name")  # type: ignore[union-attr]
    db.table("claimants").insert_all([{"name": n, "side": claimant_side(n)} for n in names])
    db[CLAIMS_JOINED].create(  # type: ignore[union-attr]
        _CLAIMS_TABLE_COLUMNS, pk="id", foreign_keys=[("source_id", "sources", "id")]
    )
    columns = ", ".join(_CLAIMS_TABLE_COLUMNS)
    db.execute(
        f"INSERT INTO [{CLAIMS_JOINED}] ({columns}) SELECT {columns} FROM ({_CLAIMS_JOINED_SQL})"
    )
    joined = db.table(CLAIMS_JOINED)
    joined.create_index(["source_kind", "month"])
    joined.enable_fts(_FTS_COLUMNS, tokenize="unicode61 remove_diacritics 2")
    db.create_view(SERIES_VIEW, _SERIES_VIEW_SQL.strip())
    db.table("meta").insert({"key": EXPLORER_MARK, "value": EXPLORER_VERSION}, replace=True)
    db.conn.commit()


_QUERY_COLUMNS = (
    "id, metric, side, value, value_max, qualifier, claimant, period_kind, period_start, "
    "period_end, quote, publisher, title, url, published, personnel_kind, claimant_side"
)

# Canned queries for the explorer: name -> (title, what it shows, SQL with :named parameters).
EXPLORER_QUERIES: dict[str, tuple[str, str, str]] = {
    "claims_for_metric_and_period": (
        "All claims for a metric and period",
        "metric: personnel, tanks, drones ...; from and to: YYYY-MM-DD. Claims whose period "
        "overlaps the dates (running totals: those reported within them); articles first.",
        f"""SELECT {_QUERY_COLUMNS} FROM {CLAIMS_JOINED}
WHERE metric = :metric
  AND period_end >= :from
  AND CASE WHEN period_kind = 'cumulative' THEN period_end <= :to
           ELSE coalesce(period_start, period_end) <= :to END
ORDER BY source_kind, period_end, claimant, id""",
    ),
    "claims_that_disagree": (
        "Claims that disagree",
        "Claims for the same metric, side, kind of casualty and period whose figures differ "
        "(a bare 'lost N', kind unspecified, is compared with casualty counts).",
        f"""SELECT {_QUERY_COLUMNS} FROM (
  SELECT *, min(value) OVER same AS low, max(value) OVER same AS high
  FROM {CLAIMS_JOINED}
  WHERE period_kind != 'unspecified' AND period_end IS NOT NULL
  WINDOW same AS (PARTITION BY metric, side,
                  CASE WHEN personnel_kind = 'unspecified' THEN 'casualties'
                       ELSE coalesce(personnel_kind, '') END, period_kind,
                  coalesce(period_start, ''), period_end)
)
WHERE low != high
ORDER BY metric, side, period_end, period_start, value, id""",
    ),
    "latest_figure_per_claimant": (
        "Latest figure per claimant",
        "For each claimant, metric and side: the claim for the latest period.",
        f"""SELECT {_QUERY_COLUMNS} FROM (
  SELECT *, row_number() OVER (
    PARTITION BY claimant, metric, side
    ORDER BY period_end DESC, published DESC, id DESC) AS n
  FROM {CLAIMS_JOINED}
  WHERE period_end IS NOT NULL
)
WHERE n = 1
ORDER BY claimant, metric, side""",
    ),
    "series_months": (
        "The daily series by month",
        "One row per month of the daily series; a month links to its days, every metric.",
        f"""SELECT month AS browse_month, count(DISTINCT day) AS days,
       count(DISTINCT metric) AS metrics, min(day) AS first_day, max(day) AS last_day
FROM {SERIES_VIEW}
GROUP BY month
ORDER BY month DESC""",
    ),
    "series_month": (
        "One month of the daily series",
        "month: YYYY-MM; metric: personnel, tanks ... (empty: every metric).",
        f"""SELECT day, metric, total_to_date, qualifier, claimant, source_id
FROM {SERIES_VIEW}
WHERE month = :month AND (:metric = '' OR metric = :metric)
ORDER BY metric, day""",
    ),
}


def has_explorer_tables(db_path: str | Path) -> bool:
    """Whether a knowledge base file was built with the explorer's views and search index."""
    try:
        conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (EXPLORER_MARK,)).fetchone()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return row is not None and row[0] == EXPLORER_VERSION


def check_knowledge_base(tmp: Path) -> None:
    """Refuse to swap in a file that is not a sound, readable knowledge base."""
    conn = sqlite3.connect(tmp)
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise RuntimeError("new knowledge base failed its integrity check")
        count = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        if count == 0:
            raise RuntimeError("new knowledge base holds no claims")
    finally:
        conn.close()
