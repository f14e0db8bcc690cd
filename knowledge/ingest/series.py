"""Structured daily tallies as a source, and period figures computed from them (issue 5).

A *series* is a folder in the sources folder holding a daily cumulative tally, such as
``seeds/ua-general-staff-daily/`` (Ukraine's General Staff's morning reports, as structured by
PetroIvaniuk/2022-Ukraine-Russia-War-Dataset). `load_series` turns each row into one
*cumulative* claim per category: claimant from the folder's ABOUT.md front matter, subject
russia, period from the invasion (2022-02-24) to the row's date, and a quote rendering the
record: ``2024-11-29: personnel about 738,660``. A row that absorbed a listed correction says
so in its quote: ``... (absorbs a correction of +1,650 listed for 2025-02-28)``; the period
arithmetic below reads that back, so corrections live in the knowledge base with the figures.

Category mapping (`CATEGORIES`): tank→tanks, APC→armored_vehicles, field artillery→artillery,
MRL→mlrs, anti-aircraft warfare→air_defense, helicopter→helicopters, drone→drones, naval
ship→ships; "military auto" + "fuel tank" (until 2022-04-30) are summed into vehicles, which
continues as "vehicles and fuel tanks" from 2022-05-01 (1,777 → 1,796: no jump); POW →
personnel with personnel_kind captured (tracked until 2022-04-27); "personnel" is casualties
(killed and wounded) with its qualifier kept ("about" → approximate, "more" → more_than).
"mobile SRBM system" and "ground robotic systems" → `other`, told apart by their label: the
SRBM systems stood at 4 when the dataset says they were "joined into cruise missiles", which
begin at 84, so merging would invent a jump.

Dates. Rows are dated by the morning report, which covers the previous day's fighting. Under
the *fighting* convention the losses of days a..b are cumulative(report b+1) − cumulative
(report a); under the *reported* convention they are cumulative(report b) − cumulative(report
a−1). Seed 001's monthly totals for September–November 2024 (38,130; 41,980; 45,720) are the
fighting-convention differences (654,430 − 616,300 and so on; the reported convention gives
38,110; 41,890; 45,450), while its "2,030 on November 29" and seed 000's "1,120 on December 7"
are the increments of the reports of that date. So period figures default to the fighting
convention, and every derivation names the two reports it subtracted; a day's derivation also
names what the report of that date itself added, so either way of counting can be matched.

Corrections. The corrections file lists reclassifications; the cumulative series already
includes them. Comparing each with the day-to-day jumps: the row of the listed date jumps by
the correction on top of the usual losses (2022-10-13: APC −25 shows as −14, field artillery
+32 as +49, drones +20 as +53; 2024-11-30: special equipment −85 as −83; 2024-12-15: cruise
missiles +80 as +82; 2025-02-28: personnel +1,650 as +2,710), except 2023-05-27, whose aircraft
+3, helicopters +2 and cruise missiles +31 show in the row of 2023-05-28. `_locate_corrections`
finds this from the data (it moves a correction to the next row only on clear evidence), and
small corrections of a unit or two, indistinguishable from daily noise, stay on their date. A
day's figure is given net of the correction its report absorbed, the worst-day search ranks
days net of corrections, and a longer period that spans a correction says so in its derivation.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.ingest.articles import SourceError, parse_front_matter
from knowledge.ingest.untrusted import read_regular_file
from knowledge.models import (
    CORRECTION_NOTE,
    MAX_PLAUSIBLE_FIGURE,
    WAR_START,
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

DEFAULT_CLAIMANT = "Ukraine's General Staff"
ABOUT_FILES = ("ABOUT.md", "NOTICE.md")
# The dataset this module was written for, recognised by its file names even without ABOUT.md.
KNOWN_FILES = ("russia_losses_personnel.json", "russia_losses_equipment.json")
_DAY = dt.timedelta(days=1)
# The General Staff's equipment file is under 1 MB after three years; 32 MB leaves room for
# decades and still bounds what one file can make the reload hold in memory.
MAX_SERIES_FILE_BYTES = 32 * 1024 * 1024
MAX_ABOUT_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Category:
    """Where one field of a daily record goes among our claims."""

    metric: Metric
    personnel_kind: PersonnelKind | None = None


CATEGORIES: dict[str, Category] = {
    "personnel": Category(Metric.personnel, PersonnelKind.casualties),
    "POW": Category(Metric.personnel, PersonnelKind.captured),
    "tank": Category(Metric.tanks),
    "APC": Category(Metric.armored_vehicles),
    "field artillery": Category(Metric.artillery),
    "MRL": Category(Metric.mlrs),
    "anti-aircraft warfare": Category(Metric.air_defense),
    "aircraft": Category(Metric.aircraft),
    "helicopter": Category(Metric.helicopters),
    "drone": Category(Metric.drones),
    "naval ship": Category(Metric.ships),
    "submarines": Category(Metric.submarines),
    "cruise missiles": Category(Metric.cruise_missiles),
    "special equipment": Category(Metric.special_equipment),
    "vehicles and fuel tanks": Category(Metric.vehicles),
    "mobile SRBM system": Category(Metric.other),
    "ground robotic systems": Category(Metric.other),
}
# A whole reported as the sum of its parts in rows that lack the whole (before 2022-05-01).
MERGED_PARTS: dict[str, tuple[str, ...]] = {
    "vehicles and fuel tanks": ("military auto", "fuel tank"),
}
QUALIFIER_FIELDS: dict[str, str] = {"personnel": "personnel*"}
QUALIFIER_WORDS: dict[str, Qualifier] = {
    "about": Qualifier.approximate,
    "approximately": Qualifier.approximate,
    "more": Qualifier.more_than,
    "over": Qualifier.more_than,
    "less": Qualifier.less_than,
}
# Fields of a record that are not cumulative counts.
NON_COUNT_FIELDS = frozenset({"date", "day", "greatest losses direction"})

# -- loading ----------------------------------------------------------------------------------


def is_series_dir(path: Path) -> bool:
    """Whether `path` is a folder holding a daily tally this module can read."""
    if not path.is_dir():
        return False
    meta = _about(path)[0]
    if str(meta.get("kind", "")).lower() == "series":
        return True
    return any((path / name).is_file() for name in KNOWN_FILES)


def load_series(path: Path) -> tuple[Source, list[Claim]]:
    """The series in `path` as a source and one cumulative claim per date and metric."""
    meta, body = _about(path)
    warnings: list[str] = []
    rows: dict[dt.date, dict[str, Any]] = {}
    corrections: list[dict[str, Any]] = []
    for file in sorted(path.glob("*.json")):
        name = file.name.lower()
        if "oryx" in name:  # visually confirmed losses by model: another claimant and method
            continue
        records = _read_records(file)
        if "correction" in name:
            corrections.extend(records)
            continue
        for record in records:
            date = _record_date(record, file)
            rows.setdefault(date, {}).update(record)
    if not rows:
        raise SourceError("data series folder has no daily records (*.json with 'date')")

    dates = sorted(rows)
    claimant = str(meta.get("claimant") or DEFAULT_CLAIMANT)
    try:
        subject = Subject(str(meta.get("subject") or Subject.russia.value))
    except ValueError:
        raise SourceError(f"unknown subject {meta.get('subject')!r} in the front matter") from None
    ref = SourceRef(
        id=str(meta.get("id") or path.name),
        title=str(meta.get("title") or f"Daily tally: {path.name}"),
        publisher=str(meta.get("publisher") or claimant),
        url=str(meta["url"]) if meta.get("url") else None,
        published=dates[-1],
        kind=SourceKind.series,
    )

    # name -> date -> (value, qualifier, record rendering)
    series: dict[str, dict[dt.date, tuple[int, Qualifier, str]]] = {}
    unknown: set[str] = set()
    for date in dates:
        record = rows[date]
        for name in record:
            if name in NON_COUNT_FIELDS or name in QUALIFIER_FIELDS.values():
                continue
            if name not in CATEGORIES and not any(name in p for p in MERGED_PARTS.values()):
                unknown.add(name)
        for name in CATEGORIES:
            point = _point(record, name, date, warnings)
            if point is not None:
                series.setdefault(name, {})[date] = point
    if unknown:
        warnings.append(f"categories not mapped to a metric, skipped: {', '.join(sorted(unknown))}")

    notes = _locate_corrections(series, dates, corrections, warnings)
    claims: list[Claim] = []
    for name, points in series.items():
        category = CATEGORIES[name]
        for date, (value, qualifier, rendering) in points.items():
            quote = f"{date.isoformat()}: {rendering}"
            if (name, date) in notes:
                quote += f" ({'; '.join(notes[(name, date)])})"
            claims.append(
                Claim(
                    metric=category.metric,
                    value=value,
                    qualifier=qualifier,
                    subject=subject,
                    claimant=claimant,
                    period_kind=PeriodKind.cumulative,
                    period_start=WAR_START,
                    period_end=date,
                    personnel_kind=category.personnel_kind,
                    quote=quote,
                    label=name,
                    source=ref,
                )
            )
    source = Source(
        **ref.model_dump(), text=body.strip() or path.name, path=str(path), warnings=warnings
    )
    return source, claims


def _about(path: Path) -> tuple[dict[str, object], str]:
    for name in ABOUT_FILES:
        file = path / name
        if file.is_file():
            try:
                raw = read_regular_file(file, max_bytes=MAX_ABOUT_BYTES, root=path.resolve())
                return parse_front_matter(raw.decode("utf-8"))
            except UnicodeDecodeError:
                return {}, ""
            except SourceError as exc:
                raise SourceError(f"{name}: {exc}") from None
    return {}, ""


def _read_records(file: Path) -> list[dict[str, Any]]:
    try:
        # Regular files inside the series folder only, of bounded size: never a pipe, a
        # device or a link leading out of the folder (issue 11, items 1 and 6).
        raw = read_regular_file(file, max_bytes=MAX_SERIES_FILE_BYTES, root=file.parent.resolve())
    except SourceError as exc:
        raise SourceError(f"{file.name}: {exc}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        # ValueError covers bad JSON, bad UTF-8 and integers of more than 4,300 digits.
        raise SourceError(f"{file.name}: not readable JSON ({exc!s:.80})") from None
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise SourceError(f"{file.name}: expected a JSON list of records")
    return data


def _record_date(record: dict[str, Any], file: Path) -> dt.date:
    try:
        return dt.date.fromisoformat(str(record["date"])[:10])
    except (KeyError, ValueError):
        raise SourceError(f"{file.name}: a record has no valid 'date'") from None


def _count(value: object) -> int | None:
    # bool is an int in Python; a count never is one.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    # NaN and 1e400 (infinity) are floats too; a count beyond any war's losses is no count.
    if not math.isfinite(value) or not 0 <= value <= MAX_PLAUSIBLE_FIGURE:
        return None
    if value != int(value):
        return None
    return int(value)


def _point(
    record: dict[str, Any], name: str, date: dt.date, warnings: list[str]
) -> tuple[int, Qualifier, str] | None:
    """One category's cumulative value in one record, with its qualifier and rendering."""
    if name in record:
        value = _count(record[name])
        if value is None:
            warnings.append(f"{date}: {name} is not a count ({record[name]!r}), skipped")
            return None
        qualifier = Qualifier.exact
        word = record.get(QUALIFIER_FIELDS.get(name, ""))
        if isinstance(word, str) and word.strip().lower() in QUALIFIER_WORDS:
            qualifier = QUALIFIER_WORDS[word.strip().lower()]
            return value, qualifier, f"{name} {word.strip()} {value:,}"
        return value, qualifier, f"{name} {value:,}"
    parts = MERGED_PARTS.get(name)
    if parts and all(part in record for part in parts):
        values = [_count(record[part]) for part in parts]
        if any(v is None for v in values):
            return None
        total = sum(v for v in values if v is not None)
        shown = " + ".join(f"{p} {v:,}" for p, v in zip(parts, values, strict=True))
        return total, Qualifier.exact, f"{shown} = {total:,}"
    return None


def _locate_corrections(
    series: dict[str, dict[dt.date, tuple[int, Qualifier, str]]],
    dates: Sequence[dt.date],
    corrections: Iterable[dict[str, Any]],
    warnings: list[str],
) -> dict[tuple[str, dt.date], list[str]]:
    """Which row's jump absorbed each listed correction: the row of its date, or the next one.

    For each correction, each candidate row is scored by how much better its increments look
    with the correction taken out (against the median increment of the surrounding days); the
    next row wins only by a clear margin, so small corrections stay on their own date.
    """
    index = {date: i for i, date in enumerate(dates)}

    def increment(name: str, i: int) -> int | None:
        points = series.get(name, {})
        if i <= 0 or i >= len(dates) or dates[i] not in points or dates[i - 1] not in points:
            return None
        return points[dates[i]][0] - points[dates[i - 1]][0]

    notes: dict[tuple[str, dt.date], list[str]] = {}
    for correction in corrections:
        try:
            listed = dt.date.fromisoformat(str(correction.get("date"))[:10])
        except ValueError:
            warnings.append(f"correction without a valid date skipped: {correction!r:.80}")
            continue
        amounts = {
            name: int(v)
            for name, v in correction.items()
            if name in CATEGORIES
            and _count(abs(v) if isinstance(v, int | float) and not isinstance(v, bool) else v)
        }
        if not amounts or listed not in index:
            continue
        i = index[listed]
        scores: dict[int, float] = {}
        for offset in (0, 1):
            score = 0.0
            for name, amount in amounts.items():
                jump = increment(name, i + offset)
                around = [
                    inc
                    for j in range(i - 4, i + 6)
                    if j not in (i, i + 1) and (inc := increment(name, j)) is not None
                ]
                if jump is None or not around:
                    score = float("inf")
                    break
                base = statistics.median(around)
                score += abs(jump - amount - base) - abs(jump - base)
            scores[offset] = score
        margin = max(5.0, 0.5 * sum(abs(a) for a in amounts.values()))
        offset = 1 if scores[1] < scores[0] - margin else 0
        row = dates[i + offset] if i + offset < len(dates) else dates[i]
        for name, amount in amounts.items():
            if row in series.get(name, {}):
                note = CORRECTION_NOTE.format(amount=f"{amount:+,}", date=listed.isoformat())
                notes.setdefault((name, row), []).append(note)
    return notes
