"""The knowledge base on real SQLite files: rebuild, atomic swap, and every failure path."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from knowledge import ClaimStore, Metric, ReloadError, ReloadInProgress, Subject, rebuild
from knowledge.ingest.build import _lock_for, clean_stale_builds, open_or_build
from tests.conftest import ROOT, SEEDS, write

ARTICLE = """---
title: Kyiv reports heavy Russian losses
publisher: Test Wire
url: https://example.org/a
published: 2024-03-05
---
Russia lost 12 tanks and 1,150 troops on March 3, Ukraine's General Staff said on Tuesday.
The figures could not be independently verified.
"""

OTHER = """---
title: Losses mount near Avdiivka
publisher: Test Post
published: 2024-03-06
---
Ukraine's General Staff said Russia had lost 420,000 soldiers since the start of the war.
"""


@pytest.fixture
def sources(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    write(folder, "a.md", ARTICLE)
    write(folder, "b.txt", OTHER)
    return folder


def test_rebuild_loads_sources_and_claims(sources: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    report = rebuild(sources, db)
    assert report.ok and report.sources == 2 and report.claims >= 3
    store = ClaimStore(db)
    assert store.count_claims() == report.claims
    tanks = store.find_claims(metrics=[Metric.tanks], subject=Subject.russia)
    assert [c.value for c in tanks] == [12]
    assert tanks[0].source.publisher == "Test Wire"
    assert tanks[0].period_end == dt.date(2024, 3, 3)
    assert {s.id for s in store.sources()} == {"a", "b"}
    assert not list(tmp_path.glob("kb.db.building-*"))


def test_indexes_serve_the_answer_lookups(sources: Path, tmp_path: Path) -> None:
    rebuild(sources, tmp_path / "kb.db")
    store = ClaimStore(tmp_path / "kb.db")
    plan = store.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM claims WHERE metric = ? AND subject = ? "
        "AND period_end >= ? ORDER BY period_end",
        ("tanks", "russia", "2024-01-01"),
    )
    assert "USING INDEX" in " ".join(row[3] for row in plan)


def test_reader_keeps_old_knowledge_base_until_reopen(sources: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    rebuild(sources, db)
    store = ClaimStore(db)
    before = store.count_claims()
    (sources / "b.txt").unlink()
    rebuild(sources, db)
    assert store.count_claims() == before  # still the old file, whole
    store.reopen()
    assert store.count_claims() < before
    assert store.generation == 2


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "does not exist"),
        ("file", "not a folder"),
        ("empty", "no usable source"),
        ("junk_only", "no usable source"),
    ],
)
def test_failed_rebuild_keeps_the_old_knowledge_base(
    sources: Path, tmp_path: Path, setup: str, message: str
) -> None:
    db = tmp_path / "kb.db"
    rebuild(sources, db)
    old_bytes = db.read_bytes()
    target = tmp_path / "target"
    if setup == "file":
        target.write_text("x")
    elif setup == "empty":
        target.mkdir()
    elif setup == "junk_only":
        target.mkdir()
        write(target, "empty.txt", "")
        write(target, "chatter.md", "---\npublished: 2024-01-01\n---\nNothing to count here.\n")
    with pytest.raises(ReloadError, match=message) as caught:
        rebuild(target, db)
    assert caught.value.report.ok is False
    assert db.read_bytes() == old_bytes
    assert ClaimStore(db).count_claims() > 0
    assert not list(tmp_path.glob("kb.db.building-*"))


def test_bad_files_are_listed_and_good_ones_load(sources: Path, tmp_path: Path) -> None:
    write(sources, "empty.txt", "")
    write(sources, "binary.md", b"\x89PNG\x00\x00\x00")
    write(sources, "latin1.txt", "Russland verlor 5 Panzer \xe4".encode("latin-1"))
    write(sources, "nofence.md", "---\ntitle: broken\nRussia lost 9 tanks on May 1.\n")
    write(sources, "notes.json", "{}")
    outside = tmp_path / "outside.txt"
    outside.write_text(ARTICLE)
    (sources / "link.txt").symlink_to(outside)
    report = rebuild(sources, tmp_path / "kb.db")
    reasons = {r.path: r.reason for r in report.rejected}
    assert set(reasons) == {
        "empty.txt",
        "binary.md",
        "latin1.txt",
        "nofence.md",
        "notes.json",
        "link.txt",
    }
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.md"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "outside" in reasons["link.txt"]
    assert report.sources == 2
    assert {r.path for r in ClaimStore(tmp_path / "kb.db").rejected()} == set(reasons)


def test_size_limit_is_a_setting(sources: Path, tmp_path: Path) -> None:
    write(sources, "huge.txt", "Russia lost 5 tanks on May 1. " * 2000)
    report = rebuild(sources, tmp_path / "kb.db", max_file_bytes=10_000)
    assert [r.path for r in report.rejected] == ["huge.txt"]
    assert "too large" in report.rejected[0].reason


def test_claims_per_source_limit(sources: Path, tmp_path: Path) -> None:
    many = "\n".join(f"Russia lost {n} tanks on May {n}, Kyiv said." for n in range(1, 29))
    write(sources, "many.txt", f"---\npublished: 2024-06-01\n---\n{many}\n")
    report = rebuild(sources, tmp_path / "kb.db", max_claims_per_source=5)
    assert any(w.path == "many.txt" and "kept the first 5" in w.reason for w in report.warnings)
    store = ClaimStore(tmp_path / "kb.db")
    assert int(store.execute("SELECT count(*) FROM claims WHERE source_id='many'")[0][0]) == 5


def test_second_concurrent_reload_is_refused(sources: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    lock = _lock_for(db)
    lock.acquire()
    try:
        with pytest.raises(ReloadInProgress):
            rebuild(sources, db)
    finally:
        lock.release()
    assert rebuild(sources, db).ok


def test_reads_flow_during_rebuilds(sources: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    rebuild(sources, db)
    store = ClaimStore(db)
    errors: list[BaseException] = []
    done = threading.Event()

    def reader() -> None:
        while not done.is_set():
            try:
                assert store.count_claims() > 0
                store.find_claims(metrics=[Metric.personnel], subject=Subject.russia, limit=5)
            except BaseException as exc:  # collected for the main thread
                errors.append(exc)
                return

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for _ in range(10):
        rebuild(sources, db, wait=True)
        store.reopen()
    done.set()
    for t in threads:
        t.join()
    assert errors == []


def test_crash_mid_rebuild_leaves_old_base_and_temp_is_cleaned(
    sources: Path, tmp_path: Path
) -> None:
    db = tmp_path / "kb.db"
    rebuild(sources, db)
    old_bytes = db.read_bytes()
    # A child process dies hard after writing the new file but before the swap.
    crash = (
        "import os, sys\n"
        "import knowledge.ingest.build as s\n"
        "s._check = lambda tmp: os._exit(3)\n"
        "s.rebuild(sys.argv[1], sys.argv[2])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", crash, str(sources), str(db)], cwd=ROOT, check=False
    )
    assert result.returncode == 3
    leftovers = list(tmp_path.glob("kb.db.building-*"))
    assert leftovers, "the crash should have left a temp file behind"
    assert db.read_bytes() == old_bytes
    store = open_or_build(db, sources)  # what every start does
    assert store.count_claims() > 0
    assert not list(tmp_path.glob("kb.db.building-*"))


def test_open_or_build_builds_once(sources: Path, tmp_path: Path) -> None:
    db = tmp_path / "sub" / "kb.db"
    store = open_or_build(db, sources)
    assert store.count_claims() > 0
    mtime = os.stat(db).st_mtime_ns
    open_or_build(db, sources)
    assert os.stat(db).st_mtime_ns == mtime


def test_clean_stale_builds_only_touches_temp_files(tmp_path: Path) -> None:
    (tmp_path / "kb.db").write_text("keep")
    (tmp_path / "kb.db.building-999999999-2").write_text("stale")
    (tmp_path / "other.db.building-1-2").write_text("not ours")
    removed = clean_stale_builds(tmp_path / "kb.db")
    assert [p.name for p in removed] == ["kb.db.building-999999999-2"]
    assert (tmp_path / "kb.db").exists() and (tmp_path / "other.db.building-1-2").exists()


def test_seed_folder_builds(tmp_path: Path) -> None:
    report = rebuild(SEEDS, tmp_path / "kb.db")
    assert report.ok and report.rejected == []
    assert report.sources >= 5
