"""A source's own sentence saying its figures are not independently verified."""

from __future__ import annotations

import re

_VERIFY_RE = re.compile(
    r"\b(?:unverified|unconfirmed|independently|could\s+not\s+(?:be\s+)?(?:verif|confirm)\w*|"
    r"(?:not|n't|unable\s+to)\s+(?:\w+\s+){0,4}?(?:verif|confirm)\w*)",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n+")
_LONGEST = 400  # characters; a longer "sentence" is a paragraph the splitter missed


def verification_sentence(text: str) -> str | None:
    """The first sentence of `text` that says its figures could not be verified, if any."""
    for part in _SENTENCES.split(text):
        if _VERIFY_RE.search(part) and len(part) < _LONGEST:
            return " ".join(part.split())
    return None
