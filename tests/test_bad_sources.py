"""A reload over a folder full of hostile files loads every good one and names each bad one."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from knowledge import ClaimStore, SourceError, load_source, rebuild
from tests.conftest import write

GOOD = """---
title: Good report {n}
publisher: Test Wire
published: 2024-03-0{n}
---
Russia lost {n}0 tanks on March {n}, Ukraine's General Staff said.
"""


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    for n in (1, 2, 3):
        write(folder, f"good{n}.md", GOOD.format(n=n))
    write(folder, "empty.txt", "")
    write(folder, "binary.txt", bytes(range(256)) * 4)
    write(folder, "invalid-utf8.md", b"Russia lost 5 tanks \xff\xfe on May 1")
    with open(folder / "huge.txt", "wb") as f:  # 20 MB, sparse on disk
        f.truncate(20 * 1024 * 1024)
    write(
        folder, "broken-yaml.md", "---\ntitle: 'unclosed\npublished: [\n---\nRussia lost 3 tanks.\n"
    )
    write(folder, "unclosed.md", "---\ntitle: x\nRussia lost 3 tanks on May 1.\n")
    write(folder, "no-article.html", "<html><body><nav>Home | World</nav></body></html>")
    write(
        folder,
        "bad-date.md",
        "---\npublished: yesterday-ish\n---\nRussia lost 7 tanks on May 1, Kyiv said.\n",
    )
    write(
        folder,
        "future.md",
        "---\npublished: 2099-01-01\n---\nRussia lost 8 tanks on May 1, Kyiv said.\n",
    )
    write(
        folder,
        "no-front-matter.txt",
        "Russia lost 9 tanks on May 2, Ukraine's General Staff said.\n",
    )
    secret = tmp_path / "secret.txt"
    secret.write_text("Russia lost 11 tanks on May 3, Kyiv said.")
    (folder / "escape.txt").symlink_to(secret)
    (folder / "vanished.txt").symlink_to(folder / "gone.txt")  # listed, then not there
    (folder / "nested").mkdir()
    return folder


def test_hostile_folder_loads_good_files_and_lists_bad_ones(hostile: Path, tmp_path: Path) -> None:
    report = rebuild(hostile, tmp_path / "kb.db", today=dt.date(2026, 11, 22))
    assert report.ok
    reasons = {r.path: r.reason for r in report.rejected}
    expected = {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "invalid-utf8.md": "UTF-8",
        "huge.txt": "too large",
        "broken-yaml.md": "YAML",
        "unclosed.md": "never closed",
        "no-article.html": "no article text",
        "escape.txt": "outside",
        "vanished.txt": "vanished",
        "nested": "folder",
    }
    assert set(reasons) == set(expected)
    for path, word in expected.items():
        assert word in reasons[path], (path, reasons[path])
        assert "\n" not in reasons[path]
    warned = {w.path for w in report.warnings}
    assert {"bad-date.md", "future.md", "no-front-matter.txt"} <= warned
    store = ClaimStore(tmp_path / "kb.db")
    loaded = {s.id for s in store.sources()}
    assert {"good1", "good2", "good3", "bad-date", "future", "no-front-matter"} == loaded
    undated = store.execute("SELECT date_uncertain FROM claims WHERE source_id = 'future'")
    assert undated and all(row[0] == 1 for row in undated)


def test_file_that_vanishes_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="vanished"):
        load_source(tmp_path / "gone.md")


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads everything")
    path = write(tmp_path, "locked.md", "Russia lost 5 tanks.")
    path.chmod(0)
    with pytest.raises(SourceError, match="permission"):
        load_source(path)
