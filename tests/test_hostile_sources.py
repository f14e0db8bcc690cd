"""Issue 11, sources: each red-team attack on the sources folder, reproduced.

One bad file must cost that file only, named with a one-line reason, within bounded time and
memory; the rest of the folder loads. Attacks that hung or blew up the process before run in a
subprocess with a timeout (and a memory cap where memory was the attack), so a regression
fails the test instead of hanging the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from knowledge import rebuild
from tests.conftest import ROOT, write

GOOD = """---
title: Good report
publisher: Test Wire
published: 2024-03-01
---
Russia lost 10 tanks on March 1, Ukraine's General Staff said.
"""


def good_folder(tmp_path: Path) -> Path:
    """A sources folder with one good article."""
    folder = tmp_path / "sources"
    folder.mkdir()
    write(folder, "good.md", GOOD)
    return folder


def cli_reload(
    sources: Path, db: Path, *, timeout: float = 30, memory_mb: int | None = None
) -> tuple[int, dict[str, object], str]:
    """`python -m bot reload --json` in a subprocess, bounded in time (and memory)."""
    code = "import sys; from bot.cli import main; sys.exit(main(sys.argv[1:]))"
    if memory_mb is not None:
        code = (
            "import resource; "
            f"resource.setrlimit(resource.RLIMIT_AS, ({memory_mb << 20}, {memory_mb << 20})); "
            + code
        )
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": "", "LOG_LEVEL": "WARNING"}
    proc = subprocess.run(
        [sys.executable, "-c", code, "reload", "--sources", str(sources), "--db", str(db),
         "--json"],
        capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env, check=False,
    )  # fmt: skip
    return proc.returncode, json.loads(proc.stdout), proc.stderr


def rejected(report: dict[str, object]) -> dict[str, str]:
    """Rejected file -> reason, from a report as JSON."""
    items = report["rejected"]
    assert isinstance(items, list)
    return {item["path"]: item["reason"] for item in items}


# -- 1. a named pipe ----------------------------------------------------------------------------


def test_named_pipe_is_rejected_without_blocking(tmp_path: Path) -> None:
    """Item 1: reading a FIFO blocked for ever; now it is refused at once, named."""
    folder = good_folder(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.md")
    code, report, stderr = cli_reload(folder, tmp_path / "kb.db", timeout=30)
    assert code == 0, stderr
    reasons = rejected(report)
    assert "named pipe" in reasons["pipe.txt"]
    assert "named pipe" in reasons["pipe.md"]
    assert report["sources"] == 1


# -- 2. a symlink loop --------------------------------------------------------------------------


def test_symlink_loop_is_rejected_and_the_rest_loads(tmp_path: Path) -> None:
    """Item 2: `ln -s self.txt self.txt` raised RuntimeError and aborted the reload."""
    folder = good_folder(tmp_path)
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "a.md").symlink_to("b.md")
    (folder / "b.md").symlink_to("a.md")
    report = rebuild(folder, tmp_path / "kb.db")
    assert report.ok and report.sources == 1
    reasons = {r.path: r.reason for r in report.rejected}
    assert set(reasons) == {"self.txt", "a.md", "b.md"}
    assert all("symlink loop" in reason for reason in reasons.values()), reasons
