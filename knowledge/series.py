"""Structured daily tallies as a source (being written: issue 5)."""

from __future__ import annotations

from pathlib import Path

from knowledge.models import Claim, Query, Source
from knowledge.store import ClaimStore


def is_series_dir(path: Path) -> bool:
    """Whether `path` is a folder holding a daily tally this module can read."""
    return False


def load_series(path: Path) -> tuple[Source, list[Claim]]:
    """The series in `path` as a source and one cumulative claim per date and metric."""
    raise NotImplementedError


def derived_claims(store: ClaimStore, query: Query) -> list[Claim]:
    """Figures for the asked period computed from a stored cumulative series, if any."""
    return []
