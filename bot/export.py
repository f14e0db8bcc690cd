"""Claims as a table for a spreadsheet or a script: CSV (UTF-8 with BOM, for Excel) or JSON.

One row per claim: what is counted, the figure as claimed, the period, who claims it, where it
was published, and the quote. Used by `python -m bot export`, the console's `/export` and the
Telegram `/export`; nothing here knows about Telegram.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from knowledge import Claim, ClaimStore, Metric, resolve_metric

# The columns, in order; JSON objects carry the same keys.
COLUMNS = (
    "metric", "side", "value", "value_max", "qualifier", "personnel_kind", "period_kind",
    "period_start", "period_end", "claimant", "publisher", "title", "url", "published",
    "quote", "date_uncertain", "derivation", "source_id", "caveat",
)  # fmt: skip
CAVEAT = "As claimed by {claimant}; not independently verified."
FORMATS = {".csv": "csv", ".json": "json"}
# Cells a spreadsheet would run as a formula (`=HYPERLINK(...)` in a quote); text only.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportError(ValueError):
    """An export that cannot be made; the message says what to change, in one line."""


def claim_row(claim: Claim) -> dict[str, Any]:
    """One claim as a flat row: ISO dates, enum values, the source spelled out."""
    source = claim.source
    return {
        "metric": claim.metric.value,
        "side": claim.subject.value,
        "value": claim.value,
        "value_max": claim.value_max,
        "qualifier": claim.qualifier.value,
        "personnel_kind": claim.personnel_kind.value if claim.personnel_kind else None,
        "period_kind": claim.period_kind.value,
        "period_start": _iso(claim.period_start),
        "period_end": _iso(claim.period_end),
        "claimant": claim.claimant,
        "publisher": source.publisher,
        "title": source.title,
        "url": source.url,
        "published": _iso(source.published),
        "quote": claim.quote,
        "date_uncertain": claim.date_uncertain,
        "derivation": claim.derivation,
        "source_id": source.id,
        "caveat": CAVEAT.format(claimant=claim.claimant),
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def csv_bytes(claims: Iterable[Claim]) -> bytes:
    """The claims as CSV: a header row, one row per claim, UTF-8 with a BOM so Excel reads it."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for claim in claims:
        writer.writerow({k: _csv_cell(v) for k, v in claim_row(claim).items()})
    return out.getvalue().encode("utf-8-sig")


def _csv_cell(value: Any) -> Any:
    """Text a spreadsheet would take for a formula gets a leading apostrophe; None is empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def json_text(claims: Iterable[Claim], filters: dict[str, Any] | None = None) -> str:
    """The claims as one JSON object: the caveat, the filters used, and the rows."""
    rows = [claim_row(c) for c in claims]
    document = {
        "caveat": "Every figure is a claim by the party named in `claimant`, as published by "
        "the source; none has been independently verified.",
        "filters": filters or {},
        "count": len(rows),
        "claims": rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def file_format(path: Path) -> str:
    """ "csv" or "json" from the file name, or an ExportError naming the two that work."""
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ExportError(f"{path.name}: the file name must end in .csv or .json")
    return kind


def write_file(claims: Sequence[Claim], path: Path, filters: dict[str, Any] | None = None) -> int:
    """Write the claims to `path` as CSV or JSON (by its suffix); returns the bytes written."""
    kind = file_format(path)
    data = csv_bytes(claims) if kind == "csv" else json_text(claims, filters).encode("utf-8")
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    return len(data)


def select_claims(
    store: ClaimStore,
    *,
    metric: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    claimant: str | None = None,
) -> list[Claim]:
    """Stored claims matching the filters, oldest period first (see `claims_in_window`)."""
    if start and end and start > end:
        raise ExportError(f"--from {start} is after --to {end}")
    metrics: list[Metric] | None = None
    if metric:
        try:
            metrics = [resolve_metric(metric)]
        except ValueError as exc:
            raise ExportError(str(exc)) from None
    names = match_claimants(store, claimant) if claimant else None
    return store.claims_in_window(metrics=metrics, claimants=names, start=start, end=end)


def match_claimants(store: ClaimStore, text: str) -> list[str]:
    """Stored claimant names containing `text` (case and apostrophes ignored)."""
    wanted = _fold(text)
    names = [n for n in store.claimant_names() if wanted and wanted in _fold(n)]
    if not names:
        known = "; ".join(store.claimant_names())
        raise ExportError(f"no claimant matches {text!r}; the claimants are: {known}")
    return names


def _fold(text: str) -> str:
    return " ".join(text.casefold().replace("’", "'").split())


def filename_for(question: str, today: dt.date | None = None) -> str:
    """A file name for a question's claims: `claims-tanks-in-2024-2026-11-30.csv`."""
    slug = re.sub(r"[^a-z0-9]+", "-", question.casefold()).strip("-")[:40].rstrip("-")
    day = (today or dt.date.today()).isoformat()
    return f"claims-{slug}-{day}.csv" if slug else f"claims-{day}.csv"
