"""Building the knowledge base from a sources folder, and swapping it in atomically.

`rebuild()` reads a sources folder, extracts claims into a *new* file next to the live one,
checks it, and swaps it in with `os.replace`. A reader holding the old file keeps reading the
old file (POSIX keeps a replaced inode alive while it is open), so nobody ever sees a
half-built knowledge base, and a failed rebuild leaves the old one in place.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from knowledge import extract  # called through the package, so a test can replace it
from knowledge.extract.caveats import caveat_sentences
from knowledge.extract.verification import verification_sentence
from knowledge.ingest import series
from knowledge.ingest.articles import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_BYTES,
    HTML_SUFFIXES,
    SourceError,
    load_source,
)
from knowledge.ingest.untrusted import resolve_inside
from knowledge.models import (
    MAX_PLAUSIBLE_FIGURE,
    Claim,
    RejectedFile,
    ReloadError,
    ReloadInProgress,
    ReloadReport,
    Source,
    SourceKind,
)
from knowledge.store import (
    ClaimStore,
    DatabaseError,
    check_knowledge_base,
    write_knowledge_base,
)

DEFAULT_MAX_CLAIMS_PER_SOURCE = 500
_TMP_MARK = ".building-"

logger = logging.getLogger(__name__)

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
    if isinstance(exc, OSError | DatabaseError):  # a full disk, a read-only folder
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
    source = load_source(path, max_bytes=max_bytes, today=today, root=root)
    source.verification = verification_sentence(source.text)
    source.caveats = caveat_sentences(source.text)
    claims = extract.extract_claims(source)
    return (source if claims else _named_by_file_only(source, path.name)), claims


def _load_directory(path: Path, today: dt.date | None) -> tuple[Source, list[Claim]] | None:
    """A folder in the sources folder is a structured series if it is one we can read."""
    if not series.is_series_dir(path):
        raise SourceError("folder is not a known data series (nested folders are not scanned)")
    source, claims = series.load_series(path)
    source.caveats = caveat_sentences(source.text)
    return source, claims


def build_store(db_path: str | Path, loaded: Iterable[tuple[Source, list[Claim]]]) -> ClaimStore:
    """Write sources and their claims (already extracted) to a new knowledge base file.

    For tests and benchmarks that make claims directly; `rebuild()` is the path from files.
    """
    db_path = Path(db_path)
    report = ReloadReport(ok=False, db_path=str(db_path), sources_dir="")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f"{db_path.name}{_TMP_MARK}{os.getpid()}-{threading.get_ident()}")
    try:
        write_knowledge_base(tmp, list(loaded), report, Path(""))
        os.replace(tmp, db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ClaimStore(db_path)


def _write(
    tmp: Path, loaded: list[tuple[Source, list[Claim]]], report: ReloadReport, sources_dir: Path
) -> None:
    """Write the new file (a seam the failure tests replace, as `_check`)."""
    write_knowledge_base(tmp, loaded, report, sources_dir)


def _check(tmp: Path) -> None:
    """Refuse to swap in a file that is not a sound, readable knowledge base (a seam the
    crash tests replace)."""
    check_knowledge_base(tmp)


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
