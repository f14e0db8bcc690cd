"""Structured daily tallies as a source (being written: issue 5)."""

from __future__ import annotations

from pathlib import Path

from knowledge.models import Claim, Source


def is_series_dir(path: Path) -> bool:
    """Whether `path` is a folder holding a daily tally this module can read."""
    return False


def load_series(path: Path) -> tuple[Source, list[Claim]]:
    """The series in `path` as a source and one cumulative claim per date and metric."""
    raise NotImplementedError
