"""Rule-based extraction of loss claims from article text (being written: issue 2)."""

from __future__ import annotations

from knowledge.models import Claim, Source


def extract_claims(source: Source) -> list[Claim]:
    """Every loss figure in `source`, attributed and dated."""
    return []
