"""The knowledge base: claims and their sources in one SQLite file, rebuilt atomically.

`rebuild()` reads a sources folder, extracts claims into a *new* file next to the live one,
checks it, and swaps it in with `os.replace`. A reader holding the old file keeps reading the
old file (POSIX keeps a replaced inode alive while it is open), so nobody ever sees a
half-built knowledge base, and a failed rebuild leaves the old one in place.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import sqlite_utils
from pydantic import BaseModel, Field

from knowledge.models import (
    MAX_PLAUSIBLE_FIGURE,
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Source,
    SourceKind,
    SourceRef,
    Subject,
)
from knowledge.sources import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, HTML_SUFFIXES, SourceError
from knowledge.untrusted import resolve_inside

SCHEMA_VERSION = 1
DEFAULT_MAX_CLAIMS_PER_SOURCE = 500
_TMP_MARK = ".building-"

logger = logging.getLogger(__name__)


class RejectedFile(BaseModel):
    path: str
    reason: str


class ReloadReport(BaseModel):
    """What a rebuild did: counted, so the CLI and the bot can print it."""

    ok: bool
    db_path: str
    sources_dir: str
    sources: int = 0
    claims: int = 0
    series_claims: int = 0
    rejected: list[RejectedFile] = Field(default_factory=list)
    warnings: list[RejectedFile] = Field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    built_at: str | None = None


class ReloadError(RuntimeError):
    """A rebuild that produced nothing usable; the old knowledge base stays."""

    def __init__(self, report: ReloadReport) -> None:
        super().__init__(report.error or "reload failed")
        self.report = report


class ReloadInProgress(RuntimeError):
    """Another rebuild of the same knowledge base is running."""


_SOURCE_COLUMNS = ("id", "title", "publisher", "url", "published", "kind")
_CLAIM_COLUMNS = (
    "metric", "value", "value_max", "qualifier", "subject", "claimant", "period_kind",
    "period_start", "period_end", "personnel_kind", "quote", "date_uncertain", "label",
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
        "source_kind": claim.source.kind.value,
    }


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _create_schema(db: sqlite_utils.Database) -> None:
    db["sources"].create(  # type: ignore[union-attr]
        {
            "id": str, "title": str, "publisher": str, "url": str, "published": str,
            "kind": str, "path": str, "claims": int, "warnings": str,
        },
        pk="id",
    )  # fmt: skip
    db["claims"].create(  # type: ignore[union-attr]
        {
            "id": int, "source_id": str, "metric": str, "value": int, "value_max": int,
            "qualifier": str, "subject": str, "claimant": str, "period_kind": str,
            "period_start": str, "period_end": str, "personnel_kind": str, "quote": str,
            "date_uncertain": int, "label": str, "source_kind": str,
        },
        pk="id",
        foreign_keys=[("source_id", "sources", "id")],
    )  # fmt: skip
    db["rejected"].create({"path": str, "reason": str, "level": str})  # type: ignore[union-attr]
    db["meta"].create({"key": str, "value": str}, pk="key")  # type: ignore[union-attr]


def _create_indexes(db: sqlite_utils.Database) -> None:
    claims = db.table("claims")
    # The answer look-up filters on metric and subject and walks dates from either end.
    claims.create_index(["metric", "subject", "source_kind", "period_end"])
    claims.create_index(["metric", "subject", "period_start"])
    claims.create_index(["source_id"])
    claims.create_index(["claimant"])


class ClaimStore:
    """Read access to a built knowledge base. Thread-safe for reads; `reopen()` after a swap."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._source_cache: dict[str, SourceRef] = {}
        self.generation = 0
        self.reopen()

    # -- connection -------------------------------------------------------------------------
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
            self._source_cache = {}
            self.generation += 1
        if old is not None:
            old.close()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Run one read query; rows come back as `sqlite3.Row`."""
        with self._lock:
            if self._conn is None:
                raise RuntimeError("knowledge base is closed")
            return self._conn.execute(sql, params).fetchall()

    # -- reading ----------------------------------------------------------------------------
    def meta(self) -> dict[str, str]:
        return {row["key"]: row["value"] for row in self.execute("SELECT key, value FROM meta")}

    def count_claims(self, kind: SourceKind | None = None) -> int:
        if kind is None:
            return int(self.execute("SELECT count(*) FROM claims")[0][0])
        sql = "SELECT count(*) FROM claims WHERE source_kind = ?"
        return int(self.execute(sql, (kind.value,))[0][0])

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
        rows = self.execute("SELECT * FROM sources ORDER BY published DESC, id")
        return [self._source_from_row(row) for row in rows]

    def source(self, source_id: str) -> SourceRef | None:
        with self._lock:
            cached = self._source_cache.get(source_id)
        if cached is not None:
            return cached
        rows = self.execute("SELECT * FROM sources WHERE id = ?", (source_id,))
        if not rows:
            return None
        ref = self._source_from_row(rows[0])
        with self._lock:
            self._source_cache[source_id] = ref
        return ref

    def claimant_names(self) -> list[str]:
        """Every claimant named in the knowledge base, in alphabetical order."""
        return [row[0] for row in self.execute("SELECT DISTINCT claimant FROM claims ORDER BY 1")]

    def rejected(self) -> list[RejectedFile]:
        rows = self.execute("SELECT path, reason FROM rejected WHERE level = 'error'")
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
        return [self.claim_from_row(row) for row in self.execute(sql, params)]

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
        return [self.claim_from_row(row) for row in self.execute(sql, params)]

    def claim_from_row(self, row: sqlite3.Row) -> Claim:
        source = self.source(row["source_id"]) or SourceRef(id=row["source_id"])
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
            source=source,
        )

    @staticmethod
    def _source_from_row(row: sqlite3.Row) -> SourceRef:
        return SourceRef(
            id=row["id"],
            title=row["title"],
            publisher=row["publisher"],
            url=row["url"],
            published=_date(row["published"]),
            kind=SourceKind(row["kind"]),
        )


_ORDERS = frozenset(
    {
        "period_end DESC, id",
        "period_end ASC, id",
        "period_start ASC, id",
        "period_start DESC, id",
        "id",
    }
)


# -- building ---------------------------------------------------------------------------------

_build_locks: dict[str, threading.Lock] = {}
_build_locks_guard = threading.Lock()


def _lock_for(db_path: Path) -> threading.Lock:
    key = str(db_path.resolve())
    with _build_locks_guard:
        return _build_locks.setdefault(key, threading.Lock())


def clean_stale_builds(db_path: str | Path) -> list[Path]:
    """Remove temp files left by a rebuild that was killed half-way. Returns what was removed."""
    db_path = Path(db_path)
    removed = []
    if db_path.parent.exists():
        for leftover in db_path.parent.glob(f"{db_path.name}{_TMP_MARK}*"):
            if _builder_alive(leftover.name.rsplit(_TMP_MARK, 1)[1]):
                continue  # another live process is building it right now
            try:
                leftover.unlink()
                removed.append(leftover)
            except OSError:
                pass
    return removed


def _builder_alive(tag: str) -> bool:
    """Whether the process named in a temp file's tag (`PID-THREAD`) is still running."""
    try:
        pid = int(tag.split("-", 1)[0])
    except ValueError:
        return False
    if pid == os.getpid():
        return any(_lock.locked() for _lock in _build_locks.values())
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def rebuild(
    sources_dir: str | Path,
    db_path: str | Path,
    *,
    max_file_bytes: int = DEFAULT_MAX_BYTES,
    max_claims_per_source: int = DEFAULT_MAX_CLAIMS_PER_SOURCE,
    today: dt.date | None = None,
    wait: bool = False,
) -> ReloadReport:
    """Build a fresh knowledge base from `sources_dir` and swap it in over `db_path`.

    Raises `ReloadError` (old file untouched) when the folder is missing or yields no claims,
    and `ReloadInProgress` when another rebuild of the same file is running and `wait` is False.
    """
    sources_dir, db_path = Path(sources_dir), Path(db_path)
    lock = _lock_for(db_path)
    if not lock.acquire(blocking=wait):
        raise ReloadInProgress("a reload is already running; try again when it has finished")
    started = time.perf_counter()
    try:
        return _rebuild_locked(sources_dir, db_path, max_file_bytes, max_claims_per_source, today)
    except ReloadError:
        raise
    except Exception as exc:
        # Whatever went wrong, the caller gets a report naming it (issue 11, item 9).
        logger.exception("Reload of %s failed", db_path)
        raise ReloadError(_failed_report(sources_dir, db_path, exc, started)) from exc
    finally:
        lock.release()


def _failed_report(
    sources_dir: Path, db_path: Path, exc: Exception, started: float
) -> ReloadReport:
    """The report of a rebuild stopped by an error: the cause in one line."""
    if isinstance(exc, OSError | sqlite3.Error):  # a full disk, a read-only folder
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        error = f"could not build the knowledge base at {db_path}: {reason}"
    else:
        detail = " ".join(str(exc).split())[:120]
        error = f"unexpected error: {type(exc).__name__}" + (f": {detail}" if detail else "")
    return ReloadReport(
        ok=False,
        db_path=str(db_path),
        sources_dir=str(sources_dir),
        error=error,
        seconds=round(time.perf_counter() - started, 3),
    )


def _rebuild_locked(
    sources_dir: Path,
    db_path: Path,
    max_file_bytes: int,
    max_claims_per_source: int,
    today: dt.date | None,
) -> ReloadReport:
    started = time.perf_counter()
    report = ReloadReport(ok=False, db_path=str(db_path), sources_dir=str(sources_dir))

    def fail(message: str) -> ReloadError:
        report.error = message
        report.seconds = round(time.perf_counter() - started, 3)
        return ReloadError(report)

    if not sources_dir.exists():
        raise fail(f"sources folder {sources_dir} does not exist")
    if not sources_dir.is_dir():
        raise fail(f"sources path {sources_dir} is not a folder")
    try:
        entries = sorted(sources_dir.iterdir())
    except OSError as exc:
        raise fail(f"sources folder {sources_dir} cannot be read: {exc.strerror or exc}") from None

    loaded: list[tuple[Source, list[Claim]]] = []
    root = sources_dir.resolve()
    for entry in entries:
        if entry.name.startswith(".") or entry.name.lower() in {"readme.md", "license"}:
            continue
        shown = entry.name
        try:
            if entry.is_symlink():
                resolve_inside(entry, root)  # a loop, or a link leaving the folder, is refused
            if entry.is_dir():
                result = _load_directory(entry, today)
                if result is None:
                    continue
                loaded.append(result)
                continue
            suffix = entry.suffix.lower()
            if suffix not in ARTICLE_SUFFIXES | HTML_SUFFIXES:
                if suffix in {".json", ".csv", ".txt~", ".bak", ".pdf", ".docx"} or suffix:
                    raise SourceError(f"unsupported file type {suffix!r}")
                raise SourceError("file has no extension (.txt, .md or .html expected)")
            source, claims = _load_article(entry, max_file_bytes, today, root)
            if len(claims) > max_claims_per_source:
                report.warnings.append(
                    RejectedFile(
                        path=shown,
                        reason=f"{len(claims)} figures; kept the first {max_claims_per_source}",
                    )
                )
                claims = claims[:max_claims_per_source]
            for warning in source.warnings:
                report.warnings.append(RejectedFile(path=shown, reason=warning))
            loaded.append((source, claims))
        except SourceError as exc:
            report.rejected.append(RejectedFile(path=shown, reason=str(exc)))
        except Exception as exc:  # any parser's failure, of whatever kind, costs this file only
            logger.warning("Source %s failed to load", shown, exc_info=not isinstance(exc, OSError))
            report.rejected.append(RejectedFile(path=shown, reason=_failure_reason(exc)))

    loaded = [(s, _plausible_claims(c)) for s, c in _drop_duplicate_ids(loaded, report)]
    usable = [(s, c) for s, c in loaded if c or s.kind == SourceKind.article]
    if not any(claims for _, claims in usable):
        raise fail(f"no usable source with any figure in {sources_dir}")

    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f"{db_path.name}{_TMP_MARK}{os.getpid()}-{threading.get_ident()}")
    try:
        _write(tmp, usable, report, sources_dir)
        _check(tmp)
        os.replace(tmp, db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    report.ok = True
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def _failure_reason(exc: BaseException) -> str:
    """One line naming an unexpected failure: its kind and the start of its message."""
    if isinstance(exc, OSError):
        return f"cannot read: {exc.strerror or exc}"
    detail = " ".join(str(exc).split())[:120]
    return f"could not be loaded ({type(exc).__name__}{': ' + detail if detail else ''})"


def _named_by_file_only(source: Source, file_name: str) -> Source:
    """A source without figures is listed by its file name only: its first line may be
    anything (a token, a private note), and nothing in it is worth showing (issue 11, 7)."""
    return source.model_copy(update={"title": file_name, "publisher": None, "url": None})


def _plausible_claims(claims: list[Claim]) -> list[Claim]:
    """Claims whose figures fit a loss (and SQLite's INTEGER); readers already skip the rest."""
    return [
        c
        for c in claims
        if 0 <= c.value <= MAX_PLAUSIBLE_FIGURE
        and (c.value_max is None or 0 <= c.value_max <= MAX_PLAUSIBLE_FIGURE)
    ]


def _load_article(
    path: Path, max_bytes: int, today: dt.date | None, root: Path | None = None
) -> tuple[Source, list[Claim]]:
    from knowledge.extract import extract_claims
    from knowledge.sources import load_source

    source = load_source(path, max_bytes=max_bytes, today=today, root=root)
    claims = extract_claims(source)
    return (source if claims else _named_by_file_only(source, path.name)), claims


def _load_directory(path: Path, today: dt.date | None) -> tuple[Source, list[Claim]] | None:
    """A folder in the sources folder is a structured series if it is one we can read."""
    from knowledge import series

    if not series.is_series_dir(path):
        raise SourceError("folder is not a known data series (nested folders are not scanned)")
    return series.load_series(path)


def build_store(db_path: str | Path, loaded: Iterable[tuple[Source, list[Claim]]]) -> ClaimStore:
    """Write sources and their claims (already extracted) to a new knowledge base file.

    For tests and benchmarks that make claims directly; `rebuild()` is the path from files.
    """
    db_path = Path(db_path)
    report = ReloadReport(ok=False, db_path=str(db_path), sources_dir="")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f"{db_path.name}{_TMP_MARK}{os.getpid()}-{threading.get_ident()}")
    try:
        _write(tmp, list(loaded), report, Path(""))
        os.replace(tmp, db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ClaimStore(db_path)


def _drop_duplicate_ids(
    loaded: list[tuple[Source, list[Claim]]], report: ReloadReport
) -> list[tuple[Source, list[Claim]]]:
    seen: set[str] = set()
    kept = []
    for source, claims in loaded:
        if source.id in seen:
            report.rejected.append(
                RejectedFile(path=source.path or source.id, reason=f"duplicate id {source.id!r}")
            )
            continue
        seen.add(source.id)
        kept.append((source, claims))
    return kept


def _write(
    tmp: Path,
    loaded: list[tuple[Source, list[Claim]]],
    report: ReloadReport,
    sources_dir: Path,
) -> None:
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
    from knowledge.vocab import claimant_side

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
        "Claims for the same metric, side, kind of casualty and period whose figures differ.",
        f"""SELECT {_QUERY_COLUMNS} FROM (
  SELECT *, min(value) OVER same AS low, max(value) OVER same AS high
  FROM {CLAIMS_JOINED}
  WHERE period_kind != 'unspecified' AND period_end IS NOT NULL
  WINDOW same AS (PARTITION BY metric, side, coalesce(personnel_kind, ''), period_kind,
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


def _check(tmp: Path) -> None:
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


def open_or_build(
    db_path: str | Path,
    sources_dir: str | Path,
    *,
    max_file_bytes: int = DEFAULT_MAX_BYTES,
    max_claims_per_source: int = DEFAULT_MAX_CLAIMS_PER_SOURCE,
) -> ClaimStore:
    """Open the knowledge base, building it from `sources_dir` first if there is none yet.

    Also removes temp files that a rebuild killed half-way left behind.
    """
    db_path = Path(db_path)
    clean_stale_builds(db_path)
    if not db_path.exists():
        rebuild(
            sources_dir,
            db_path,
            max_file_bytes=max_file_bytes,
            max_claims_per_source=max_claims_per_source,
            wait=True,
        )
    return ClaimStore(db_path)
