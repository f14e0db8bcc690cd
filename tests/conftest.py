"""Shared fixtures: paths to the project's real seed files, and scratch folders."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from knowledge.ingest.build import rebuild
from tests.harness import make_settings, start_bot, stop_bot
from tests.support.botapi import BotAPIServer

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


def write(folder: Path, name: str, text: str | bytes) -> Path:
    """Write a source file for a test and return its path."""
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# -- the bot against the Bot API stand-in (tests/harness.py) ----------------------------------


def _built_kb(base: Path, *, series: bool) -> tuple[Path, Path]:
    """Copy the seed articles (and the daily series folders if `series`) into `base`/sources
    and build `base`/knowledge.db from them."""
    sources = base / "sources"
    sources.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, sources / path.name)
    if series:
        for folder in sorted(p for p in SEEDS.iterdir() if p.is_dir()):
            shutil.copytree(folder, sources / folder.name)
    db = base / "knowledge.db"
    rebuild(sources, db, wait=True)
    return sources, db


@pytest.fixture(scope="module")
def seed_kb(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Sources folder (copies of seeds/*.txt) and a knowledge base built from it, once."""
    return _built_kb(tmp_path_factory.mktemp("seed-kb"), series=False)


@pytest.fixture(scope="module")
def series_kb(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seed articles plus the daily series folders, built once per module."""
    return _built_kb(tmp_path_factory.mktemp("series-kb"), series=True)


@pytest.fixture
def kb(tmp_path: Path, seed_kb: tuple[Path, Path]) -> tuple[Path, Path]:
    """This test's own copy of the sources folder and knowledge base."""
    sources, db = tmp_path / "sources", tmp_path / "data" / "knowledge.db"
    shutil.copytree(seed_kb[0], sources)
    db.parent.mkdir()
    shutil.copy(seed_kb[1], db)
    return sources, db


@pytest.fixture
async def api() -> AsyncIterator[BotAPIServer]:
    server = await BotAPIServer().start()
    yield server
    await server.stop()


@pytest.fixture
def admin(api: BotAPIServer) -> dict[str, Any]:
    return api.user("Ada Admin", "ada_admin")


@pytest.fixture
def user(api: BotAPIServer) -> dict[str, Any]:
    return api.user("Jo Journalist", "jo")


@pytest.fixture
async def bot(
    api: BotAPIServer, kb: tuple[Path, Path], admin: dict[str, Any]
) -> AsyncIterator[Application]:
    app = await start_bot(make_settings(api, kb, {admin["id"]}))
    yield app
    await stop_bot(app)
