"""Shared pieces of the fresh-data tests: a small daily series, an upstream that serves it
over HTTP on 127.0.0.1, and settings pointing at both."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.fresh.series_update import CORRECTIONS, EQUIPMENT, PERSONNEL, SERIES_DIR
from bot.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEED_SERIES = ROOT / "seeds" / SERIES_DIR
FIRST = dt.date(2026, 7, 30)


def personnel(days: int, *, start: dt.date = FIRST, base: int = 1_440_000) -> list[dict[str, Any]]:
    return [
        {
            "date": (start + dt.timedelta(days=n)).isoformat(),
            "day": 1618 + n,
            "personnel": base + 1_000 * n,
            "personnel*": "about",
        }
        for n in range(days)
    ]


def equipment(days: int, *, start: dt.date = FIRST) -> list[dict[str, Any]]:
    return [
        {
            "date": (start + dt.timedelta(days=n)).isoformat(),
            "day": 1618 + n,
            "tank": 12_200 + 2 * n,
            "APC": 25_000 + 3 * n,
            "drone": 440_000 + 1_500 * n,
        }
        for n in range(days)
    ]


def corrections() -> list[dict[str, Any]]:
    return [{"date": "2025-12-31", "day": 1407, "tank": 0, "APC": -2, "drone": 0, "personnel": 0}]


def series_files(days: int) -> dict[str, bytes]:
    """The three files of a series of `days` days from FIRST, as upstream serves them."""
    return {
        PERSONNEL: dump(personnel(days)),
        EQUIPMENT: dump(equipment(days)),
        CORRECTIONS: dump(corrections()),
    }


def dump(records: object) -> bytes:
    return json.dumps(records, indent=1).encode()


def write_series(sources: Path, days: int) -> Path:
    """A series folder (the shipped ABOUT.md and LICENSE, `days` days of data) in `sources`."""
    folder = sources / SERIES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("ABOUT.md", "LICENSE"):
        shutil.copy(SEED_SERIES / name, folder / name)
    for name, body in series_files(days).items():
        (folder / name).write_bytes(body)
    return folder


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with a hash of its content."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


class Upstream:
    """The dataset's raw files over HTTP: tests change `files`, or make a file misbehave."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.files: dict[str, bytes] = {}
        self.content_type = "text/plain; charset=utf-8"  # what raw.githubusercontent.com sends
        self.status: dict[str, int] = {}
        self.delay = 0.0
        self.requests = 0
        self._lock = threading.Lock()
        server.expect_request("/data/" + PERSONNEL).respond_with_handler(self._serve)
        server.expect_request("/data/" + EQUIPMENT).respond_with_handler(self._serve)
        server.expect_request("/data/" + CORRECTIONS).respond_with_handler(self._serve)

    @property
    def url(self) -> str:
        return self.server.url_for("/data/")

    def _serve(self, request: Request) -> Response:
        with self._lock:
            self.requests += 1
        name = request.path.rsplit("/", 1)[-1]
        if self.delay:
            time.sleep(self.delay)
        status = self.status.get(name, 200)
        if status != 200:
            return Response("<html>error</html>", status=status, content_type="text/html")
        return Response(self.files[name], content_type=self.content_type)


def upstream_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.stop()


def fresh_settings(tmp: Path, sources: Path, upstream_url: str, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "sources_dir": sources,
        "knowledge_db": tmp / "data" / "knowledge.db",
        "state_db": tmp / "data" / "state.db",
        "series_url": upstream_url,
        "fetch_allowed_networks": ("127.0.0.1/32",),
        "fetch_read_timeout": 1.0,
        "fetch_connect_timeout": 1.0,
    }
    values.update(extra)
    return Settings(_env_file=None, **values)
