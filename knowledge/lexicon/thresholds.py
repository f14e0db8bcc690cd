"""Words that set a quoted figure as a threshold rather than a figure to match ("did losses
pass 30,000 in May 2025?", "were they under 40,000?"): the one place for that vocabulary, read
by the question reader (a number after them is a quoted figure) and by the checking rules (a
threshold is a yes/no against the period's figures, not an exact figure to find)."""

from __future__ import annotations

import re

# Going above a figure: verbs of passing it and comparatives before it.
ABOVE_WORDS = (
    r"pass(?:ed|es|ing)?|top(?:ped|s|ping)?|exceed(?:ed|s|ing)?|surpass(?:ed|es|ing)?|"
    r"cross(?:ed|es|ing)?|break|breaks|broke|breaking|hit|hits|hitting|reach(?:ed|es|ing)?|"
    r"eclipse[sd]?|"
    r"outstrip(?:ped|s)?|beat|beats|(?:go|goes|went|gone|get|gets|got|climb(?:ed|s)?|"
    r"rise|rose|risen|run|ran)\s+(?:over|above|past|beyond)|more\s+than|over|above|beyond|"
    r"north\s+of|at\s+least|upwards\s+of|in\s+excess\s+of|higher\s+than|greater\s+than"
)
# Staying below a figure.
BELOW_WORDS = (
    r"under|below|beneath|less\s+than|fewer\s+than|lower\s+than|short\s+of|south\s+of|"
    r"(?:stay(?:ed|s)?|remain(?:ed|s)?|kept|keep|fall|fell|fallen|drop(?:ped|s)?|dip(?:ped|s)?)"
    r"\s+(?:under|below|short\s+of)"
)
# A threshold asked with "when" asks for the date a milestone was reached, not yes or no.
WHEN_ASKED = re.compile(
    r"\b(?:when|what\s+(?:date|day|month|year)|which\s+(?:date|day|month|year)|how\s+(?:long|"
    r"soon|quickly|fast|many\s+days))\b",
    re.I,
)
_ABOVE_LAST = re.compile(rf"\b(?:{ABOVE_WORDS})\s*$")
_BELOW_LAST = re.compile(rf"\b(?:{BELOW_WORDS})\s*$")


def threshold_before(before: str) -> str | None:
    """Which way the words right before a quoted figure set it as a threshold: "above",
    "below", or None when they do not ("is 35,370 right?")."""
    low = before.lower()
    if _BELOW_LAST.search(low):  # "stay under" before "under" alone is read as over
        return "below"
    if _ABOVE_LAST.search(low):
        return "above"
    return None
