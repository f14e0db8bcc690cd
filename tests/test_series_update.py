"""`python -m bot update` and `bot.fresh.series_update` against a real HTTP upstream on
127.0.0.1: every failure keeps the old files and the old knowledge base, and says why."""

from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from bot.cli import main
from bot.fresh.series_update import (
    CORRECTIONS,
    EQUIPMENT,
    PERSONNEL,
    SERIES_DIR,
    UpdateResult,
    update_series,
)
from bot.settings import Settings
from bot.state import StateDB
from knowledge import ClaimStore, answer, rebuild
from tests.fresh_support import (
    SEED_SERIES,
    Upstream,
    corrections,
    dump,
    equipment,
    fresh_settings,
    personnel,
    series_files,
    snapshot,
    upstream_server,
    write_series,
)

ROOT = Path(__file__).resolve().parent.parent
DAYS = 10  # the current copy: 30 July .. 8 August 2026


@pytest.fixture(scope="module")
def server() -> Iterator[HTTPServer]:
    yield from upstream_server()


@pytest.fixture
def upstream(server: HTTPServer) -> Iterator[Upstream]:
    server.clear()
    up = Upstream(server)
    up.files = series_files(DAYS + 1)
    yield up
    server.clear()


@pytest.fixture
def settings(tmp_path: Path, upstream: Upstream) -> Settings:
    sources = tmp_path / "sources"
    write_series(sources, DAYS)
    shutil.copy(ROOT / "seeds" / "001_e21083cc753be303.txt", sources)
    settings = fresh_settings(tmp_path, sources, upstream.url)
    rebuild(sources, settings.knowledge_db, wait=True)
    return settings


def latest_tank_total(settings: Settings) -> str:
    store = ClaimStore(settings.knowledge_db)
    try:
        return answer("How many tanks has Russia lost in total?", store).text
    finally:
        store.close()


async def run(settings: Settings) -> UpdateResult:
    state = StateDB(settings.state_db)
    try:
        return await update_series(settings, state, "test")
    finally:
        state.close()


async def test_a_new_day_is_installed_and_reloaded(settings: Settings) -> None:
    assert "12,218" in latest_tank_total(settings)  # 8 August
    result = await run(settings)
    assert result.ok and result.changed
    assert result.summary == "updated: 1 new day, the daily figures now end on 2026-08-09"
    folder = settings.sources_dir / SERIES_DIR
    assert json.loads((folder / PERSONNEL).read_bytes())[-1]["date"] == "2026-08-09"
    assert (folder / "ABOUT.md").read_bytes() == (SEED_SERIES / "ABOUT.md").read_bytes()
    assert "Downloaded by `python -m bot update`" in (folder / "UPDATED.txt").read_text()
    assert "12,220" in latest_tank_total(settings)  # 9 August, from the rebuilt knowledge base
    assert not [p for p in settings.sources_dir.iterdir() if p.name.startswith(".")]
    last = StateDB(settings.state_db).last_update()
    assert last is not None and last.ok and str(last.series_end) == "2026-08-09"


async def test_the_same_files_again_change_nothing(settings: Settings, upstream: Upstream) -> None:
    upstream.files = series_files(DAYS)
    before = snapshot(settings.sources_dir)
    kb = settings.knowledge_db.stat().st_mtime_ns
    result = await run(settings)
    assert result.ok and not result.changed
    assert result.summary == "already up to date: the daily figures end on 2026-08-08"
    assert snapshot(settings.sources_dir) == before
    assert settings.knowledge_db.stat().st_mtime_ns == kb


def _truncate(files: dict[str, bytes]) -> None:
    files[EQUIPMENT] = files[EQUIPMENT][: len(files[EQUIPMENT]) // 2]


def _shrink(files: dict[str, bytes]) -> None:
    files[PERSONNEL] = dump(personnel(DAYS - 1))
    files[EQUIPMENT] = dump(equipment(DAYS - 1))


def _drop_old_day(files: dict[str, bytes]) -> None:
    for name, records in ((PERSONNEL, personnel(DAYS + 1)), (EQUIPMENT, equipment(DAYS + 1))):
        files[name] = dump(records[:3] + records[4:])


def _drop_first_day(files: dict[str, bytes]) -> None:
    files[PERSONNEL] = dump(personnel(DAYS + 1)[1:])
    files[EQUIPMENT] = dump(equipment(DAYS + 1)[1:])


def _dip(files: dict[str, bytes]) -> None:
    records = equipment(DAYS + 1)
    records[-1]["tank"] = records[-2]["tank"] - 5
    files[EQUIPMENT] = dump(records)


def _text_figure(files: dict[str, bytes]) -> None:
    records = personnel(DAYS + 1)
    records[-1]["personnel"] = "1,450,000"
    files[PERSONNEL] = dump(records)


def _missing_category(files: dict[str, bytes]) -> None:
    records = equipment(DAYS + 1)
    del records[-1]["tank"]
    files[EQUIPMENT] = dump(records)


def _mismatched_ends(files: dict[str, bytes]) -> None:
    files[EQUIPMENT] = dump(equipment(DAYS + 2))


def _lost_correction(files: dict[str, bytes]) -> None:
    files[CORRECTIONS] = dump([])


def _not_a_list(files: dict[str, bytes]) -> None:
    files[PERSONNEL] = b'{"error": "rate limited"}'


def _html_body(files: dict[str, bytes]) -> None:
    files[CORRECTIONS] = b"<!DOCTYPE html><html><body>Sign in to GitHub</body></html>"


def _gap(files: dict[str, bytes]) -> None:
    records = personnel(DAYS + 2)
    files[PERSONNEL] = dump(records[:-2] + records[-1:])


BROKEN = [
    (_truncate, "russia_losses_equipment.json is cut short (truncated)"),
    (_shrink, "russia_losses_personnel.json lost 1 day of the current copy (first 2026-08-08"),
    (_drop_old_day, "russia_losses_personnel.json: no record for 2026-08-02 (dates must be"),
    (_drop_first_day, "lost 1 day of the current copy (first 2026-07-30"),
    (_dip, "tank shrinks from 12,218 on 2026-08-08 to 12,213 on 2026-08-09 and no correction"),
    (_text_figure, "'personnel' is '1,450,000', not a whole number"),
    (_missing_category, "russia_losses_equipment.json 2026-08-09: tank missing"),
    (_mismatched_ends, "personnel covers 2026-07-30..2026-08-09 but equipment"),
    (_lost_correction, "russia_losses_equipment_correction.json is not a non-empty list"),
    (_not_a_list, "russia_losses_personnel.json is not a non-empty list"),
    (_html_body, "russia_losses_equipment_correction.json is an HTML page, not JSON"),
    (_gap, "no record for 2026-08-09"),
]


@pytest.mark.parametrize(("breakage", "reason"), BROKEN, ids=[b.__name__ for b, _ in BROKEN])
async def test_bad_files_keep_the_old_copy(
    settings: Settings, upstream: Upstream, breakage: object, reason: str
) -> None:
    breakage(upstream.files)  # type: ignore[operator]
    await _assert_refused(settings, reason)


async def _assert_refused(settings: Settings, reason: str) -> UpdateResult:
    before = snapshot(settings.sources_dir)
    kb = settings.knowledge_db.read_bytes()
    result = await run(settings)
    assert not result.ok and not result.changed
    assert result.summary.startswith("update failed: ")
    assert reason in result.summary
    assert result.summary.endswith("; kept the current copy (ends 2026-08-08)")
    assert "\n" not in result.summary
    assert snapshot(settings.sources_dir) == before
    assert settings.knowledge_db.read_bytes() == kb
    last = StateDB(settings.state_db).last_update()
    assert last is not None and not last.ok and last.summary == result.summary
    return result


@pytest.mark.parametrize(("status", "words"), [(404, "404 Not Found"), (502, "502 Bad Gateway")])
async def test_http_errors(settings: Settings, upstream: Upstream, status: int, words: str) -> None:
    upstream.status[EQUIPMENT] = status
    await _assert_refused(settings, f"russia_losses_equipment.json: the server answered {words}")


async def test_html_instead_of_json(settings: Settings, upstream: Upstream) -> None:
    upstream.content_type = "text/html; charset=utf-8"
    await _assert_refused(settings, "expected JSON, got text/html")


async def test_a_timeout(settings: Settings, upstream: Upstream) -> None:
    upstream.delay = 1.5
    await _assert_refused(settings, "timed out waiting for 127.0.0.1")


async def test_an_oversize_file(settings: Settings, upstream: Upstream) -> None:
    small = settings.model_copy(update={"series_max_bytes": 1000})
    await _assert_refused(small, "too large")


async def test_the_network_down(settings: Settings) -> None:
    down = settings.model_copy(update={"series_url": "http://127.0.0.1:9/data/"})
    await _assert_refused(down, "cannot connect to 127.0.0.1")


async def test_a_public_address_only_by_default(settings: Settings) -> None:
    strict = settings.model_copy(update={"fetch_allowed_networks": ()})
    await _assert_refused(strict, "loopback address 127.0.0.1 is not public")


async def test_two_updates_at_once(settings: Settings, upstream: Upstream) -> None:
    upstream.delay = 0.3
    first, second = await asyncio.gather(run(settings), run(settings))
    assert first.ok
    assert second.summary == "update failed: another update is running"


async def test_a_failed_rebuild_puts_the_old_files_back(settings: Settings, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the knowledge base's folder should be")
    broken = settings.model_copy(update={"knowledge_db": blocked / "knowledge.db"})
    before = snapshot(settings.sources_dir)
    result = await run(broken)
    assert (
        not result.ok and "the rebuild failed: could not build the knowledge base" in result.summary
    )
    assert snapshot(settings.sources_dir) == before
    assert not [p for p in settings.sources_dir.iterdir() if p.name.startswith(".")]


async def test_a_dip_at_a_listed_correction_is_accepted_and_reported(
    settings: Settings, upstream: Upstream
) -> None:
    records = equipment(DAYS + 1)
    records[-1]["APC"] = records[-2]["APC"] - 4
    upstream.files[EQUIPMENT] = dump(records)
    upstream.files[CORRECTIONS] = dump(
        [*corrections(), {"date": "2026-08-09", "day": 1628, "tank": 0, "APC": -7}]
    )
    result = await run(settings)
    assert result.ok, result.summary
    assert result.details == (
        "corrections: APC 25,027 → 25,023 on 2026-08-09 (correction -7 listed for 2026-08-09)",
        "new corrections listed for 2026-08-09",
    )


async def test_earlier_revisions_are_reported(settings: Settings, upstream: Upstream) -> None:
    records = personnel(DAYS + 1)
    records[2]["personnel"] += 10
    upstream.files[PERSONNEL] = dump(records)
    result = await run(settings)
    assert result.ok
    assert "1 earlier days revised upstream: 2026-08-01" in result.details


async def test_a_first_download_into_an_empty_folder(tmp_path: Path, upstream: Upstream) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    settings = fresh_settings(tmp_path, sources, upstream.url)
    result = await run(settings)
    assert result.ok and result.summary.endswith("now end on 2026-08-09"), result.summary
    assert (sources / SERIES_DIR / "ABOUT.md").read_text().startswith("---\nkind: series")


async def test_a_first_download_of_the_real_data(tmp_path: Path, upstream: Upstream) -> None:
    # The shipped copy as upstream serves it: its one unlisted dip is reported, not refused.
    upstream.files = {name: (SEED_SERIES / name).read_bytes() for name in upstream.files}
    sources = tmp_path / "sources"
    sources.mkdir()
    result = await run(fresh_settings(tmp_path, sources, upstream.url))
    assert result.ok, result.summary
    assert result.summary == "updated: 1626 new days, the daily figures now end on 2026-08-08"
    assert (
        "corrections: field artillery 37,842 → 37,832 on 2026-03-04: no correction listed "
        "(accepted: first download)"
    ) in result.details


def test_the_command_line(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, value in {
        "SOURCES_DIR": str(settings.sources_dir),
        "KNOWLEDGE_DB": str(settings.knowledge_db),
        "STATE_DB": str(settings.state_db),
        "SERIES_URL": settings.series_url,
        "FETCH_ALLOWED_NETWORKS": "127.0.0.1/32",
    }.items():
        monkeypatch.setenv(name, value)
    assert main(["update", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["series_end"] == "2026-08-09"
    assert main(["update"]) == 0
    assert "already up to date" in capsys.readouterr().out
    monkeypatch.setenv("SERIES_URL", "http://127.0.0.1:9/")
    assert main(["update"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("update failed: russia_losses_personnel.json: cannot connect")
