"""The daily series, updated from its upstream: download, validate, install, reload.

`update_series` downloads the three JSON files of the General Staff's daily tally from
`SERIES_URL` (by default the public dataset the shipped copy comes from), checks them against
the copy in the sources folder, and only then swaps the folder in and rebuilds the knowledge
base. Anything wrong (network, HTTP error, timeout, HTML instead of JSON, a truncated file, a
series that shrinks or loses days, an oversize body, a failed rebuild) leaves the old files
and the old knowledge base in place; the result says why in one line.

The checks, in `validate`:
* schema: each file is a JSON list of records with an ISO `date`, an integer `day` and
  integer figures (the personnel qualifier and the old "greatest losses direction" are text);
* dates: consecutive days without gaps or repeats, the same dates in both tallies;
* no day of the current copy disappears, and a category the current copy reports on its last
  day is reported on every new day;
* a cumulative figure shrinks on a new day only where the corrections file lists a negative
  correction of that category on that day or the day before (one correction in the data
  shows a day late); those are reported. Older dips are accepted when the current copy
  already has them (the shipped copy has one unlisted dip, field artillery on 2026-03-04),
  and on a first download (no current copy) unlisted dips are reported, not refused.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import itertools
import json
import logging
import os
import shutil
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.fresh.fetch import JSON_TYPES, FetchError, Limits, fetch
from bot.settings import Settings
from bot.state import StateDB, StateError, UpdateRun, now
from knowledge import ReloadError, ReloadInProgress, rebuild

logger = logging.getLogger(__name__)

SERIES_DIR = "ua-general-staff-daily"
PERSONNEL = "russia_losses_personnel.json"
EQUIPMENT = "russia_losses_equipment.json"
CORRECTIONS = "russia_losses_equipment_correction.json"
FILES = (PERSONNEL, EQUIPMENT, CORRECTIONS)
TALLIES = (PERSONNEL, EQUIPMENT)
TEXT_FIELDS = frozenset({"personnel*", "greatest losses direction"})
KEPT_FILES = ("ABOUT.md", "LICENSE")
NOTE_FILE = "UPDATED.txt"
_DAY = dt.timedelta(days=1)
# Only one update at a time, whoever starts it (the daily job, /update, the command line).
_RUNNING = threading.Lock()

# Front matter for a first download into an empty sources folder (normally ABOUT.md is kept).
ABOUT_TEMPLATE = """---
kind: series
id: ua-general-staff-daily
title: "Daily tally of Russian losses claimed by Ukraine's General Staff"
publisher: "Ukraine's General Staff (via PetroIvaniuk/2022-Ukraine-Russia-War-Dataset)"
url: https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset
claimant: "Ukraine's General Staff"
subject: russia
---
Downloaded by `python -m bot update`; see the project's seeds/ua-general-staff-daily/ABOUT.md.
"""

Records = list[dict[str, Any]]


class SeriesInvalid(ValueError):
    """Downloaded files that must not replace the current copy; the message says why."""


@dataclass
class Validation:
    """What the checks found in files that passed them."""

    first: dt.date
    last: dt.date
    new_days: int
    corrections: list[str] = field(default_factory=list)  # dips explained by listed corrections
    revised_days: list[dt.date] = field(default_factory=list)
    new_corrections: list[dt.date] = field(default_factory=list)


@dataclass(frozen=True)
class UpdateResult:
    """How an update ended: `summary` is the one line for the admin and the log."""

    ok: bool
    changed: bool
    summary: str
    series_end: dt.date | None
    details: tuple[str, ...] = ()


# -- reading and checking --------------------------------------------------------------------


def parse(name: str, body: bytes) -> Records:
    """One downloaded file as records, or `SeriesInvalid` saying what is wrong with it."""
    head = body.lstrip()[:1]
    if head == b"<":
        raise SeriesInvalid(f"{name} is an HTML page, not JSON")
    if not head:
        raise SeriesInvalid(f"{name} is empty")
    try:
        data = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise SeriesInvalid(f"{name} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        # A list that doesn't end with its closing bracket was cut off in transfer.
        cut = body.lstrip()[:1] == b"[" and not body.rstrip().endswith(b"]")
        what = "cut short (truncated)" if cut else f"not valid JSON (line {exc.lineno})"
        raise SeriesInvalid(f"{name} is {what}") from None
    if not isinstance(data, list) or not data:
        raise SeriesInvalid(f"{name} is not a non-empty list of daily records")
    for n, record in enumerate(data):
        _check_record(name, n, record)
    return data


def _check_record(name: str, n: int, record: object) -> None:
    if not isinstance(record, dict):
        raise SeriesInvalid(f"{name} record {n + 1} is not an object")
    date = record.get("date")
    try:
        dt.date.fromisoformat(str(date))
    except ValueError:
        raise SeriesInvalid(f"{name} record {n + 1} has no valid date ({date!r})") from None
    for key, value in record.items():
        if key == "date" or key in TEXT_FIELDS:
            continue
        if not isinstance(value, int) or isinstance(value, bool):
            raise SeriesInvalid(f"{name} {date}: {key!r} is {value!r}, not a whole number")
        if value < 0 and name != CORRECTIONS:
            raise SeriesInvalid(f"{name} {date}: {key!r} is negative ({value})")


def _dates(name: str, records: Records) -> list[dt.date]:
    """The records' dates, checked to be consecutive days."""
    dates = [dt.date.fromisoformat(str(r["date"])) for r in records]
    for before, after in itertools.pairwise(dates):
        if after <= before:
            raise SeriesInvalid(f"{name}: {after} comes after {before} (dates out of order)")
        if after - before != _DAY:
            first, last = before + _DAY, after - _DAY
            span = f"for {first}" if first == last else f"from {first} to {last}"
            raise SeriesInvalid(f"{name}: no record {span} (dates must be consecutive)")
    return dates


def _by_date(records: Records) -> dict[str, dict[str, Any]]:
    return {str(r["date"]): r for r in records}


def validate(new: dict[str, Records], old: dict[str, Records] | None) -> Validation:
    """Check downloaded files (and against the current copy, if any); what was found."""
    spans = {name: _dates(name, new[name]) for name in TALLIES}
    personnel, equipment = spans[PERSONNEL], spans[EQUIPMENT]
    if (personnel[0], personnel[-1]) != (equipment[0], equipment[-1]):
        raise SeriesInvalid(
            f"personnel covers {personnel[0]}..{personnel[-1]} but equipment "
            f"{equipment[0]}..{equipment[-1]}"
        )
    old_last = None
    result = Validation(first=personnel[0], last=personnel[-1], new_days=len(personnel))
    if old is not None:
        old_last = _compare_with_current(new, old, result)
    corrections = _corrections(new[CORRECTIONS])
    for name in TALLIES:
        result.corrections += _check_growth(name, new[name], old, corrections, old_last)
    return result


def _compare_with_current(
    new: dict[str, Records], old: dict[str, Records], result: Validation
) -> dt.date:
    """No day, category or correction of the current copy may disappear; note revisions."""
    old_last = dt.date.fromisoformat(str(old[PERSONNEL][-1]["date"]))
    for name in FILES:
        fresh = _by_date(new[name])
        missing = [d for d in _by_date(old[name]) if d not in fresh]
        if missing:
            what = "correction" if name == CORRECTIONS else "day"
            what += "" if len(missing) == 1 else "s"
            raise SeriesInvalid(
                f"{name} lost {len(missing)} {what} of the current copy "
                f"(first {missing[0]}; the current copy ends {old_last})"
            )
        for day, record in _by_date(old[name]).items():
            if fresh[day] != record and name != CORRECTIONS:
                result.revised_days.append(dt.date.fromisoformat(day))
        if name == CORRECTIONS:
            olds = _by_date(old[name])
            result.new_corrections = [dt.date.fromisoformat(d) for d in fresh if d not in olds]
    for name in TALLIES:
        kept = {k for k in old[name][-1] if k not in TEXT_FIELDS}
        for record in new[name]:
            if str(record["date"]) > old_last.isoformat() and not kept <= record.keys():
                gone = sorted(kept - record.keys())
                raise SeriesInvalid(f"{name} {record['date']}: {', '.join(gone)} missing")
    result.new_days = sum(1 for r in new[PERSONNEL] if str(r["date"]) > old_last.isoformat())
    result.revised_days = sorted(set(result.revised_days))
    return old_last


def _corrections(records: Records) -> dict[dt.date, dict[str, int]]:
    return {
        dt.date.fromisoformat(str(r["date"])): {
            k: v for k, v in r.items() if isinstance(v, int) and k != "day"
        }
        for r in records
    }


def _check_growth(
    name: str,
    records: Records,
    old: dict[str, Records] | None,
    corrections: dict[dt.date, dict[str, int]],
    old_last: dt.date | None,
) -> list[str]:
    """Dips of cumulative figures: explained by a listed correction, already in the current
    copy, or refused. The explained ones, as lines to report."""
    known = _by_date(old[name]) if old is not None else {}
    explained: list[str] = []
    for before, after in itertools.pairwise(records):
        date = dt.date.fromisoformat(str(after["date"]))
        for key, value in after.items():
            previous = before.get(key)
            if key in {"day", "date"} or key in TEXT_FIELDS or not isinstance(previous, int):
                continue
            if value >= previous:
                continue
            listed = [
                (day, corrections[day][key])
                for day in (date, date - _DAY)
                if corrections.get(day, {}).get(key, 0) < 0
            ]
            if listed and old_last is not None and date <= old_last:
                continue  # absorbed before: reported when it was new
            if listed:
                day, amount = listed[0]
                explained.append(
                    f"{key} {previous:,} → {value:,} on {date} (correction {amount:+,} "
                    f"listed for {day})"
                )
            elif (
                known.get(str(after["date"])) == after and known.get(str(before["date"])) == before
            ):
                continue  # an old dip the current copy already has
            elif old is None:
                # A first download has nothing to keep: the dip is reported, not refused
                # (the upstream data has one: field artillery on 2026-03-04).
                explained.append(
                    f"{key} {previous:,} → {value:,} on {date}: no correction listed "
                    f"(accepted: first download)"
                )
            elif old_last is not None and date > old_last:
                raise SeriesInvalid(
                    f"{key} shrinks from {previous:,} on {before['date']} to {value:,} on "
                    f"{date} and no correction is listed"
                )
            else:
                raise SeriesInvalid(f"{key} on {date} revised down to {value:,}, unexplained")
    return explained


def read_current(folder: Path) -> dict[str, Records] | None:
    """The current copy's records, or None when there is none (or it can't be read)."""
    if not all((folder / name).is_file() for name in FILES):
        return None
    try:
        return {name: parse(name, (folder / name).read_bytes()) for name in FILES}
    except (OSError, SeriesInvalid) as exc:
        logger.warning("The current copy of the daily series can't be read (%s)", exc)
        return None


# -- downloading -----------------------------------------------------------------------------


def file_url(base: str, name: str) -> str:
    """The URL of one file: SERIES_URL is the folder holding the three files."""
    return base if base.endswith(".json") else base.rstrip("/") + "/" + name


async def download(settings: Settings) -> dict[str, bytes]:
    """The three files from SERIES_URL (each within SERIES_MAX_BYTES), or `FetchError`."""
    limits = Limits(
        max_bytes=settings.series_max_bytes,
        connect_timeout=settings.fetch_connect_timeout,
        read_timeout=settings.fetch_read_timeout,
        max_redirects=settings.fetch_max_redirects,
        allowed_networks=settings.fetch_allowed_networks,
    )
    bodies: dict[str, bytes] = {}
    for name in FILES:
        try:
            fetched = await fetch(file_url(settings.series_url, name), limits, JSON_TYPES)
        except FetchError as exc:
            raise FetchError(f"{name}: {exc}") from None
        bodies[name] = fetched.body
    return bodies


# -- installing ------------------------------------------------------------------------------


def _stage(sources_dir: Path, bodies: dict[str, bytes], settings: Settings) -> Path:
    """A complete new series folder next to the live one (hidden, so a reload skips it)."""
    live = sources_dir / SERIES_DIR
    staged = sources_dir / f".{SERIES_DIR}.new-{os.getpid()}"
    shutil.rmtree(staged, ignore_errors=True)
    staged.mkdir()
    for name in KEPT_FILES:
        if (live / name).is_file():
            shutil.copy2(live / name, staged / name)
    if not (staged / "ABOUT.md").exists():
        (staged / "ABOUT.md").write_text(ABOUT_TEMPLATE, encoding="utf-8")
    for name, body in bodies.items():
        (staged / name).write_bytes(body)
    when = f"{now():%Y-%m-%d %H:%M} UTC"
    lines = [f"Downloaded by `python -m bot update` from {settings.series_url} at {when}."]
    lines += [f"{name} sha256 {hashlib.sha256(body).hexdigest()}" for name, body in bodies.items()]
    (staged / NOTE_FILE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    for path in staged.iterdir():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())
    return staged


def _swap(sources_dir: Path, staged: Path) -> Path | None:
    """Put the staged folder in place of the live one; the old one's new (hidden) path."""
    live = sources_dir / SERIES_DIR
    backup = None
    if live.exists():
        backup = sources_dir / f".{SERIES_DIR}.old-{os.getpid()}"
        shutil.rmtree(backup, ignore_errors=True)
        os.rename(live, backup)
    try:
        os.rename(staged, live)
    except OSError:
        if backup is not None:
            os.rename(backup, live)
        raise
    return backup


def _restore(sources_dir: Path, backup: Path | None) -> None:
    """Put the old folder back after a failed rebuild."""
    live = sources_dir / SERIES_DIR
    failed = sources_dir / f".{SERIES_DIR}.failed-{os.getpid()}"
    os.rename(live, failed)
    if backup is not None:
        os.rename(backup, live)
    shutil.rmtree(failed, ignore_errors=True)


def install(settings: Settings, bodies: dict[str, bytes]) -> list[str]:
    """Swap in the new files and rebuild the knowledge base; on any failure put the old
    files back (the old knowledge base stays: `rebuild` only replaces it when it succeeds).
    The rebuild's warnings about the series folder."""
    sources_dir = settings.sources_dir
    staged = _stage(sources_dir, bodies, settings)
    try:
        backup = _swap(sources_dir, staged)
    except OSError:
        shutil.rmtree(staged, ignore_errors=True)
        raise
    try:
        report = rebuild(
            sources_dir,
            settings.knowledge_db,
            max_file_bytes=settings.max_source_bytes,
            max_claims_per_source=settings.max_claims_per_source,
            wait=False,
        )
    except BaseException:
        _restore(sources_dir, backup)
        raise
    if backup is not None:
        shutil.rmtree(backup, ignore_errors=True)
    return [r.reason for r in report.rejected if r.path == SERIES_DIR]


# -- the whole update ------------------------------------------------------------------------


async def update_series(settings: Settings, state: StateDB | None, trigger: str) -> UpdateResult:
    """Download, check, install and reload; logged and recorded in the state database."""
    started = now()
    if not _RUNNING.acquire(blocking=False):
        return UpdateResult(False, False, "update failed: another update is running", None)
    try:
        result = await _update(settings)
    finally:
        _RUNNING.release()
    log = logger.info if result.ok else logger.warning
    log("Series update (%s): %s", trigger, result.summary)
    if state is not None:
        state.record_update(
            UpdateRun(started, now(), trigger, result.ok, result.summary, result.series_end)
        )
    return result


async def _update(settings: Settings) -> UpdateResult:
    live = settings.sources_dir / SERIES_DIR
    current = await asyncio.to_thread(read_current, live)
    current_end = _end(current)
    try:
        bodies = await download(settings)
        new = {name: parse(name, body) for name, body in bodies.items()}
        found = validate(new, current)
    except (FetchError, SeriesInvalid) as exc:
        return _failed(str(exc), current_end)
    if current is not None and new == current:
        return UpdateResult(
            True, False, f"already up to date: the daily figures end on {found.last}", found.last
        )
    try:
        warnings = await asyncio.to_thread(install, settings, bodies)
    except ReloadInProgress:
        return _failed("a reload was running; try again when it has finished", current_end)
    except ReloadError as exc:
        return _failed(f"the rebuild failed: {exc}", current_end)
    except OSError as exc:
        return _failed(f"cannot write the files: {exc.strerror or exc}", current_end)
    return _succeeded(found, warnings)


def _end(records: dict[str, Records] | None) -> dt.date | None:
    if records is None:
        return None
    return dt.date.fromisoformat(str(records[PERSONNEL][-1]["date"]))


def _failed(why: str, current_end: dt.date | None) -> UpdateResult:
    kept = f"; kept the current copy (ends {current_end})" if current_end else ""
    return UpdateResult(False, False, f"update failed: {why}{kept}", current_end)


def _succeeded(found: Validation, warnings: Sequence[str]) -> UpdateResult:
    added = f"{found.new_days} new day{'s' if found.new_days != 1 else ''}"
    summary = f"updated: {added}, the daily figures now end on {found.last}"
    details = [f"corrections: {line}" for line in found.corrections[-5:]]
    if found.new_corrections:
        details.append("new corrections listed for " + ", ".join(map(str, found.new_corrections)))
    if found.revised_days:
        shown = ", ".join(map(str, found.revised_days[:5]))
        more = f" and {len(found.revised_days) - 5} more" if len(found.revised_days) > 5 else ""
        details.append(f"{len(found.revised_days)} earlier days revised upstream: {shown}{more}")
    details += [f"warning: {w}" for w in warnings]
    return UpdateResult(True, True, summary, found.last, tuple(details))


def run_from_command_line(settings: Settings, *, as_json: bool = False) -> int:
    """`python -m bot update`: one line (and details) on stdout, or stderr when it failed."""
    try:
        state: StateDB | None = StateDB(settings.state_db)
    except StateError as exc:
        logger.warning("%s; the update is not recorded", exc)
        state = None
    try:
        result = asyncio.run(update_series(settings, state, "command line"))
    finally:
        if state is not None:
            state.close()
    if as_json:
        print(json.dumps(_as_json(result), indent=2))
    else:
        stream = sys.stdout if result.ok else sys.stderr
        print(result.summary, file=stream)
        for line in result.details:
            print(f"  {line}", file=stream)
    return 0 if result.ok else 1


def _as_json(result: UpdateResult) -> dict[str, object]:
    return {
        "ok": result.ok,
        "changed": result.changed,
        "summary": result.summary,
        "series_end": result.series_end.isoformat() if result.series_end else None,
        "details": list(result.details),
    }
