"""The command-line contract of `python -m bot reload`, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, write

GOOD = """---
title: Test report
publisher: Test Wire
published: 2024-03-05
---
Russia lost 12 tanks on March 3, Ukraine's General Staff said.
"""


def run_bot(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_reload_prints_summary_and_rejected_files(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    write(sources, "good.md", GOOD)
    write(sources, "empty.txt", "")
    result = run_bot(
        "reload", "--sources", str(sources), "--db", str(tmp_path / "kb.db"), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "Loaded 1 sources" in result.stdout
    assert "rejected empty.txt: file is empty" in result.stdout
    assert (tmp_path / "kb.db").exists()


def test_reload_json_report(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    write(sources, "good.md", GOOD)
    result = run_bot(
        "reload", "--json", "--sources", str(sources), "--db", str(tmp_path / "kb.db"), cwd=tmp_path
    )
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["sources"] == 1 and report["claims"] >= 1


def test_reload_settings_come_from_environment(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    write(sources, "good.md", GOOD)
    env = {"SOURCES_DIR": str(sources), "KNOWLEDGE_DB": str(tmp_path / "env.db")}
    result = run_bot("reload", cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env.db").exists()


def test_failed_reload_exits_nonzero_and_keeps_old(tmp_path: Path) -> None:
    sources = tmp_path / "src"
    sources.mkdir()
    write(sources, "good.md", GOOD)
    db = tmp_path / "kb.db"
    assert (
        run_bot("reload", "--sources", str(sources), "--db", str(db), cwd=tmp_path).returncode == 0
    )
    before = db.read_bytes()
    result = run_bot(
        "reload", "--sources", str(tmp_path / "nowhere"), "--db", str(db), cwd=tmp_path
    )
    assert result.returncode != 0
    assert "does not exist" in result.stderr and "previous knowledge base is kept" in result.stderr
    assert db.read_bytes() == before


def test_extract_reports_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.txt", b"\x00\x01")
    result = run_bot("extract", str(path), cwd=tmp_path)
    assert result.returncode == 1
    assert "binary" in result.stderr
    assert "Traceback" not in result.stderr
