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
import itertools
import json
import math
import re
import sqlite3
import statistics
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from knowledge.models import (
    MAX_PLAUSIBLE_FIGURE,
    WAR_START,
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Query,
    Source,
    SourceKind,
    SourceRef,
    Subject,
)
from knowledge.sources import SourceError, parse_front_matter
from knowledge.store import ClaimStore
from knowledge.untrusted import read_regular_file

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

_CORRECTION_NOTE = "absorbs a correction of {amount} listed for {date}"
_CORRECTION_RE = re.compile(r"absorbs a correction of ([+-][\d,]+) listed for (\d{4}-\d{2}-\d{2})")


class Convention(StrEnum):
    """How a day's losses are dated. The General Staff reports each morning the day before."""

    fighting = "fighting"  # the losses of day D are what the report of D+1 added
    reported = "reported"  # the losses "on D" are what the report dated D added


DEFAULT_CONVENTION = Convention.fighting


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
                note = _CORRECTION_NOTE.format(amount=f"{amount:+,}", date=listed.isoformat())
                notes.setdefault((name, row), []).append(note)
    return notes


# -- reading a stored series ------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesRef:
    """One stored cumulative series: a source, a metric, and which of its figures."""

    source_id: str
    metric: Metric
    personnel_kind: PersonnelKind | None
    label: str | None  # only for `other`, whose categories are separate series
    claimant: str
    subject: Subject
    first: dt.date
    last: dt.date
    count: int


@dataclass(frozen=True)
class Point:
    """One stored cumulative figure: reported on `date`."""

    date: dt.date
    value: int
    qualifier: Qualifier
    quote: str

    def corrections(self) -> list[tuple[int, dt.date]]:
        """Listed corrections this report absorbed: (amount, listed date)."""
        return [
            (int(amount.replace(",", "")), dt.date.fromisoformat(date))
            for amount, date in _CORRECTION_RE.findall(self.quote)
        ]


@dataclass(frozen=True)
class DailyFigure:
    """What one report added to the tally, dated both ways, with corrections taken out."""

    fought: dt.date  # the day of fighting it covers (report date − 1)
    reported: dt.date
    raw: int  # the difference of the two cumulative figures
    correction: int  # the part of `raw` that listed corrections account for
    previous: Point
    current: Point

    @property
    def value(self) -> int:
        return self.raw - self.correction


_catalogues: weakref.WeakKeyDictionary[ClaimStore, tuple[int, list[SeriesRef]]] = (
    weakref.WeakKeyDictionary()
)


def series_catalogue(store: ClaimStore) -> list[SeriesRef]:
    """Every cumulative series in the knowledge base (cached per opened file)."""
    cached = _catalogues.get(store)
    if cached is not None and cached[0] == store.generation:
        return cached[1]
    rows = store.execute(
        "SELECT source_id, metric, personnel_kind, claimant, subject,"
        " CASE WHEN metric = 'other' THEN label END AS series_label,"
        " min(period_end) AS first, max(period_end) AS last, count(*) AS n"
        " FROM claims WHERE source_kind = 'series' AND period_kind = 'cumulative'"
        " GROUP BY source_id, metric, personnel_kind, claimant, subject, series_label"
        " ORDER BY source_id, metric, personnel_kind, series_label"
    )
    catalogue = [
        SeriesRef(
            source_id=row["source_id"],
            metric=Metric(row["metric"]),
            personnel_kind=PersonnelKind(row["personnel_kind"]) if row["personnel_kind"] else None,
            label=row["series_label"],
            claimant=row["claimant"],
            subject=Subject(row["subject"]),
            first=dt.date.fromisoformat(row["first"]),
            last=dt.date.fromisoformat(row["last"]),
            count=row["n"],
        )
        for row in rows
    ]
    _catalogues[store] = (store.generation, catalogue)
    return catalogue


def find_series(
    store: ClaimStore,
    metric: Metric,
    *,
    subject: Subject = Subject.russia,
    personnel_kind: PersonnelKind | None = None,
) -> list[SeriesRef]:
    """The stored series for a metric. Personnel means casualties unless captured is asked."""
    if metric == Metric.personnel:
        if personnel_kind in (PersonnelKind.killed, PersonnelKind.wounded):
            return []  # the tallies count killed and wounded together
        wanted = (
            PersonnelKind.captured
            if personnel_kind == PersonnelKind.captured
            else PersonnelKind.casualties
        )
    else:
        wanted = None
    return [
        s
        for s in series_catalogue(store)
        if s.metric == metric and s.subject == subject and s.personnel_kind == wanted
    ]


_POINT_SQL = (
    "SELECT {cols} FROM claims"
    " WHERE metric = ? AND subject = ? AND source_kind = 'series' AND period_end {op} ?"
    " AND +source_id = ? AND period_kind = 'cumulative'"
    " AND coalesce(personnel_kind, '') = ? AND (? = '' OR label = ?)"
)


_POINT_COLS = "period_end, value, qualifier, quote"


def _params(series: SeriesRef, date: dt.date) -> list[Any]:
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


def _to_point(row: sqlite3.Row) -> Point:
    return Point(
        date=dt.date.fromisoformat(row["period_end"]),
        value=row["value"],
        qualifier=Qualifier(row["qualifier"]),
        quote=row["quote"],
    )


def point_at_or_before(store: ClaimStore, series: SeriesRef, date: dt.date) -> Point | None:
    """The latest cumulative figure reported on or before `date` (one indexed look-up)."""
    sql = _POINT_SQL.format(cols=_POINT_COLS, op="<=") + " ORDER BY period_end DESC LIMIT 1"
    rows = store.execute(sql, _params(series, date))
    return _to_point(rows[0]) if rows else None


def points_between(
    store: ClaimStore, series: SeriesRef, first: dt.date, last: dt.date
) -> list[Point]:
    """Every cumulative figure reported from `first` to `last`, oldest first."""
    sql = _POINT_SQL.format(cols=_POINT_COLS, op="<=") + " AND period_end >= ? ORDER BY period_end"
    rows = store.execute(sql, [*_params(series, last), first.isoformat()])
    return [_to_point(row) for row in rows]


def _corrections_between(
    store: ClaimStore, series: SeriesRef, after: dt.date, upto: dt.date
) -> list[tuple[dt.date, int, dt.date]]:
    """Corrections absorbed by reports after `after` up to `upto`: (report, amount, listed)."""
    sql = (
        _POINT_SQL.format(cols=_POINT_COLS, op="<=")
        + " AND period_end > ? AND quote LIKE '%absorbs a correction%' ORDER BY period_end"
    )
    rows = store.execute(sql, [*_params(series, upto), after.isoformat()])
    found: list[tuple[dt.date, int, dt.date]] = []
    for row in rows:
        point = _to_point(row)
        found.extend((point.date, amount, listed) for amount, listed in point.corrections())
    return found


def daily_figures(
    store: ClaimStore, series: SeriesRef, first_fought: dt.date, last_fought: dt.date
) -> list[DailyFigure]:
    """What each report added, for the fighting of `first_fought`..`last_fought`.

    Only consecutive reports make a day; a gap in the series leaves its days out.
    """
    points = points_between(store, series, first_fought, last_fought + _DAY)
    days = []
    for previous, current in itertools.pairwise(points):
        if current.date - previous.date != _DAY:
            continue
        days.append(
            DailyFigure(
                fought=previous.date,
                reported=current.date,
                raw=current.value - previous.value,
                correction=sum(amount for amount, _ in current.corrections()),
                previous=previous,
                current=current,
            )
        )
    if points and first_fought <= WAR_START and points[0].date == WAR_START + _DAY:
        # The first report covers the first day of the invasion, counted from zero.
        start = Point(WAR_START, 0, Qualifier.exact, "")
        first = points[0]
        days.insert(0, DailyFigure(WAR_START, first.date, first.value, 0, start, first))
    return days


# -- wording ----------------------------------------------------------------------------------


def day_text(date: dt.date) -> str:
    """`3 December 2024`."""
    return f"{date.day} {date:%B %Y}"


def span_text(start: dt.date, end: dt.date) -> str:
    """A period in words: a day, a month, a year, or `1 September – 30 November 2024`."""
    if start == end:
        return day_text(start)
    if start.day == 1 and end == _month_end(start):
        return f"{start:%B %Y}"
    if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
        return str(start.year)
    if start.year == end.year:
        if start.month == end.month:
            return f"{start.day}–{end.day} {end:%B %Y}"
        return f"{start.day} {start:%B} – {day_text(end)}"
    return f"{day_text(start)} – {day_text(end)}"


def _month_end(date: dt.date) -> dt.date:
    following = dt.date(date.year + date.month // 12, date.month % 12 + 1, 1)
    return following - _DAY


def _n(value: int) -> str:
    return f"{value:,}"


def _signed(value: int) -> str:
    return f"{value:+,}"


def _reported(point: Point) -> str:
    if point.date == WAR_START and point.value == 0 and not point.quote:
        return "0 at the start of the invasion on 24 February 2022"
    return f"{_n(point.value)} reported on {day_text(point.date)}"


# -- period arithmetic ------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodFigure:
    """A figure computed from two cumulative figures, with everything said about it."""

    series: SeriesRef
    start: dt.date  # first day counted (a fighting day, or a report date)
    end: dt.date  # last day counted
    convention: Convention
    value: int
    raw: int  # end.value − begin.value
    begin: Point
    finish: Point
    corrections: list[tuple[dt.date, int, dt.date]]
    notes: list[str]
    derivation: str
    qualifier: Qualifier


def period_figure(
    store: ClaimStore,
    series: SeriesRef,
    start: dt.date,
    end: dt.date,
    *,
    convention: Convention = DEFAULT_CONVENTION,
) -> PeriodFigure | None:
    """The losses of days `start`..`end` as a difference of two stored cumulative figures.

    Reports missing from the series are replaced by the nearest earlier one, and a period
    running past either end of the series is cut to it; the figure's `start`/`end` are then
    the days the two reports actually bracket, and the derivation says why.
    """
    start = max(start, WAR_START)
    if end < start:
        return None
    shift = _DAY if convention == Convention.fighting else dt.timedelta(0)
    begin_report = start - _DAY + shift  # the report before the first day counted
    end_report = end + shift
    notes: list[str] = []
    if end_report < series.first or begin_report >= series.last:
        return None
    if end_report > series.last:
        end_report = series.last
        notes.append(f"the series ends with the report of {day_text(series.last)}")
    finish = point_at_or_before(store, series, end_report)
    if finish is None:
        return None
    if finish.date != end_report:
        notes.append(
            f"there is no report dated {day_text(end_report)}; "
            f"the nearest earlier one, of {day_text(finish.date)}, is used"
        )
    if begin_report <= WAR_START:
        begin = Point(WAR_START, 0, Qualifier.exact, "")
    elif begin_report < series.first:
        first = point_at_or_before(store, series, series.first)
        if first is None:
            return None
        begin = first
        notes.append(
            f"this category is tallied only from the report of {day_text(first.date)} "
            f"({_n(first.value)} then), so the figure counts from there"
        )
    else:
        found = point_at_or_before(store, series, begin_report)
        if found is None:
            return None
        begin = found
        if found.date != begin_report:
            notes.append(
                f"there is no report dated {day_text(begin_report)}; "
                f"the nearest earlier one, of {day_text(found.date)}, is used"
            )
    if finish.date <= begin.date:
        return None
    # The days the two reports actually bracket (the same as asked unless a note says why).
    start = begin.date + _DAY - shift
    end = finish.date - shift
    raw = finish.value - begin.value
    corrections = _corrections_between(store, series, begin.date, finish.date)
    single_day = finish.date - begin.date == _DAY
    value = raw - sum(amount for _, amount, _ in corrections) if single_day else raw

    what = (
        f"for the fighting of {span_text(start, end)}"
        if convention == Convention.fighting
        else f"in the reports of {span_text(start, end)}"
        if start != end
        else f"reported on {day_text(start)}"
    )
    named = f" ({series.label})" if series.label else ""
    sentence = f"{_n(value)}{named} {what}: {_reported(finish)} minus {_reported(begin)}"
    if single_day and corrections:
        parts = ", ".join(
            f"{_signed(amount)} listed for {day_text(listed)}" for _, amount, listed in corrections
        )
        sentence += (
            f" = {_n(raw)}, less a correction of {parts}"
            " (a reclassification in the tally, not losses of that day)"
        )
    sentence += "."
    if convention == Convention.reported and single_day and start == end:
        sentence += f" That report covers the fighting of {day_text(start - _DAY)}."
    if convention == Convention.fighting:
        sentence += " Each morning report covers the previous day's fighting."
        if single_day and start == end:
            own = _report_increment(store, series, start)
            if own is not None:
                sentence += f" The report dated {day_text(start)} itself added {_n(own)}."
    if corrections and not single_day:
        listed = "; ".join(
            f"{_signed(amount)} listed for {day_text(when)}"
            + (f" (in the report of {day_text(report)})" if report != when else "")
            for report, amount, when in corrections
        )
        sentence += (
            f" The period spans corrections of the tally ({listed}): reclassifications"
            " that the cumulative figures include."
        )
    if value < 0:
        sentence += " The tally went down: a revision by the claimant, not a count of losses."
    if notes:
        sentence += " Note: " + "; ".join(notes) + "."
    return PeriodFigure(
        series=series,
        start=start,
        end=end,
        convention=convention,
        value=value,
        raw=raw,
        begin=begin,
        finish=finish,
        corrections=corrections,
        notes=notes,
        derivation=sentence,
        qualifier=_qualifier(begin, finish),
    )


def _qualifier(*points: Point) -> Qualifier:
    """A difference of figures that are "about" something is itself approximate."""
    exact = all(p.qualifier == Qualifier.exact for p in points)
    return Qualifier.exact if exact else Qualifier.approximate


def _report_increment(store: ClaimStore, series: SeriesRef, report: dt.date) -> int | None:
    """What the report dated `report` added, net of corrections, if both reports exist."""
    current = point_at_or_before(store, series, report)
    previous = point_at_or_before(store, series, report - _DAY)
    if report - _DAY == WAR_START and current is not None and current.date == report:
        return current.value
    if current is None or previous is None or current.date != report:
        return None
    if previous.date != report - _DAY:
        return None
    return current.value - previous.value - sum(a for a, _ in current.corrections())


_RecordKey = tuple[SeriesRef, dt.date, dt.date]
_record_cache: weakref.WeakKeyDictionary[
    ClaimStore, tuple[int, dict[_RecordKey, tuple[DailyFigure, str] | None]]
] = weakref.WeakKeyDictionary()


def record_day(
    store: ClaimStore, series: SeriesRef, start: dt.date, end: dt.date
) -> tuple[DailyFigure, str] | None:
    """The day of fighting in `start`..`end` with the highest figure (net of corrections).

    Cached per knowledge-base generation: a worst-day question over the whole war reads
    every row of the series, and the answer cannot change until the next reload."""
    generation, cache = _record_cache.get(store, (-1, {}))
    if generation != store.generation:
        cache = {}
        _record_cache[store] = (store.generation, cache)
    key = (series, start, end)
    if key not in cache:
        if len(cache) > 1024:
            cache.clear()
        cache[key] = _record_day(store, series, start, end)
    return cache[key]


def _record_day(
    store: ClaimStore, series: SeriesRef, start: dt.date, end: dt.date
) -> tuple[DailyFigure, str] | None:
    days = daily_figures(store, series, max(start, WAR_START), end)
    if not days:
        return None
    best = max(days, key=lambda d: (d.value, -d.fought.toordinal()))
    sentence = (
        f"The highest daily figure for the fighting of {span_text(start, end)}: "
        f"{_n(best.value)}{f' ({series.label})' if series.label else ''} for "
        f"{day_text(best.fought)}: {_reported(best.current)} minus "
        f"{_reported(best.previous)}."
    )
    if best.correction:
        sentence += f" That report also absorbed a correction of {_signed(best.correction)}."
    if any(d.correction for d in days):
        sentence += " Days whose report absorbed a listed correction are ranked without it."
    sentence += " Each morning report covers the previous day's fighting."
    if end + _DAY > series.last:
        sentence += f" The series ends with the report of {day_text(series.last)}."
    return best, sentence


# -- claims for a question --------------------------------------------------------------------


def derived_claims(
    store: ClaimStore, query: Query, *, convention: Convention = DEFAULT_CONVENTION
) -> list[Claim]:
    """Figures for the asked period computed from a stored cumulative series, if any.

    figure "total": the stored cumulative claim of the report dated `period_end` (or the
    latest); "period": the difference of two cumulative figures for `period_start`..
    `period_end` (by default dated by the day of fighting; see `Convention`); "record": the
    day with the highest figure in the period. Every computed claim carries its `derivation`.
    A question naming a claimant gets the series only if it is that claimant or one on the
    same side (Ukraine's Ministry of Defence publishes the General Staff's tally).
    """
    if query.subject != Subject.russia or not query.metrics:
        return []
    claims: list[Claim] = []
    for metric in query.metrics:
        for series in find_series(store, metric, personnel_kind=query.personnel_kind):
            if not _claimant_matches(query, series.claimant):
                continue
            claim = _claim_for(store, series, query, convention)
            if claim is not None:
                claims.append(claim)
    return claims


def _claimant_matches(query: Query, claimant: str) -> bool:
    from knowledge.vocab import claimant_side

    side = claimant_side(claimant)
    # `claimants` and `claimant_side` are newer Query fields; read them defensively.
    names: list[str] = list(getattr(query, "claimants", None) or [])
    asked_side: str | None = getattr(query, "claimant_side", None)
    if query.claimant:
        names.append(query.claimant)
    if not names and not asked_side:
        return True
    if claimant in names:
        return True
    sides = {claimant_side(name) for name in names} | ({asked_side} if asked_side else set())
    return side is not None and side in sides


def _claim_for(
    store: ClaimStore, series: SeriesRef, query: Query, convention: Convention
) -> Claim | None:
    source = store.source(series.source_id) or SourceRef(
        id=series.source_id, kind=SourceKind.series
    )
    if query.figure == "total":
        return _total_claim(store, series, query.period_end or query.period_start)
    if query.figure == "record" and getattr(query, "prefer_kind", None) == PeriodKind.month:
        return _record_month(
            store, series, source, query.period_start or WAR_START, query.period_end or series.last
        )
    if query.figure == "record":
        start = query.period_start or WAR_START
        end = query.period_end or series.last
        found = record_day(store, series, start, end)
        if found is None:
            return None
        best, sentence = found
        return _claim(
            series,
            source,
            value=best.value,
            qualifier=_qualifier(best.previous, best.current),
            kind=PeriodKind.day,
            start=best.fought,
            end=best.fought,
            derivation=sentence,
        )
    first = query.period_start or query.period_end
    last = query.period_end or query.period_start
    if getattr(query, "open_end", False) and query.period_start is not None:
        # "since February 3": up to the latest report.
        last = series.last - (_DAY if convention == Convention.fighting else dt.timedelta(0))
    if first is None or last is None:
        return None
    figure = period_figure(store, series, first, last, convention=convention)
    if figure is None:
        return None
    return _claim(
        series,
        source,
        value=figure.value,
        qualifier=figure.qualifier,
        kind=_period_kind(query.period_kind, figure.start, figure.end),
        start=figure.start,
        end=figure.end,
        derivation=figure.derivation,
    )


def _record_month(
    store: ClaimStore, series: SeriesRef, source: SourceRef, start: dt.date, end: dt.date
) -> Claim | None:
    """The full calendar month in `start`..`end` with the highest figure, as a stated
    difference of two reports (two indexed look-ups a month)."""
    month = max(start, series.first, WAR_START).replace(day=1)
    best: PeriodFigure | None = None
    months = 0
    while month <= end and _month_end(month) + _DAY <= series.last:
        if month >= start.replace(day=1) and _month_end(month) <= max(end, _month_end(end)):
            figure = period_figure(store, series, month, _month_end(month))
            if figure is not None and figure.start == month:
                months += 1
                if best is None or figure.value > best.value:
                    best = figure
        month = _month_end(month) + _DAY
    if best is None:
        return None
    derivation = (
        f"{best.derivation} It is the highest of the {months} full months of fighting "
        f"between {day_text(max(start, series.first))} and {day_text(min(end, series.last))} "
        "in the series."
    )
    return _claim(
        series,
        source,
        value=best.value,
        qualifier=best.qualifier,
        kind=PeriodKind.month,
        start=best.start,
        end=best.end,
        derivation=derivation,
    )


def _total_claim(store: ClaimStore, series: SeriesRef, date: dt.date | None) -> Claim | None:
    wanted = min(date or series.last, series.last)
    # The stored claim itself, not a copy of its figures.
    sql = _POINT_SQL.format(cols="*", op="<=") + " ORDER BY period_end DESC LIMIT 1"
    rows = store.execute(sql, _params(series, wanted))
    if not rows:
        return None
    claim = store.claim_from_row(rows[0])
    notes = []
    if date is not None and date > series.last:
        notes.append(f"the series ends with the report of {day_text(series.last)}")
    elif claim.period_end != wanted:
        assert claim.period_end is not None
        notes.append(
            f"there is no report dated {day_text(wanted)}; the nearest earlier one, "
            f"of {day_text(claim.period_end)}, is used"
        )
    if notes:
        claim = claim.model_copy(update={"derivation": f"{claim.quote}. Note: {'; '.join(notes)}."})
    return claim


def _period_kind(asked: PeriodKind, start: dt.date, end: dt.date) -> PeriodKind:
    if start == end:
        return PeriodKind.day
    if asked in (PeriodKind.week, PeriodKind.month, PeriodKind.year, PeriodKind.range):
        return asked
    if start.day == 1 and end == _month_end(start):
        return PeriodKind.month
    if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
        return PeriodKind.year
    return PeriodKind.range


def _claim(
    series: SeriesRef,
    source: SourceRef,
    *,
    value: int,
    qualifier: Qualifier,
    kind: PeriodKind,
    start: dt.date,
    end: dt.date,
    derivation: str,
) -> Claim:
    return Claim(
        metric=series.metric,
        value=value,
        qualifier=qualifier,
        subject=series.subject,
        claimant=series.claimant,
        period_kind=kind,
        period_start=start,
        period_end=end,
        personnel_kind=series.personnel_kind,
        quote=derivation,
        label=series.label,
        derivation=derivation,
        source=source,
    )
