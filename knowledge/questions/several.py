"""Messages that hold more than one question ("tanks in 2024? and in 2023?"): split into the
questions, in order, so that each is answered (the later ones read as follow-ups of the earlier).

Only clear question boundaries split: a question mark followed by more text, a semicolon, a line
break. A split is taken only when every part asks something (a word that is not a question word
or filler) and every part after the first is itself a question (ends with "?" or starts like
one). A pasted claim ("is this true? Russia lost 1,200 soldiers yesterday") and any message with
quotation marks stay one question: the pasted text is what is asked about.
"""

from __future__ import annotations

import re

# Where a message may be cut: after a run of question marks, at a semicolon, at a line break.
_BOUNDARY = re.compile(r"(?<=\?)\s+|\s*;\s*|\s*\n+\s*")
# Quotation marks: a quoted headline or post is one question with its quote.
_QUOTES = re.compile(r"[\"“”«»„]")
# How a question may start when it carries no question mark ("and june", "what about q2").
_QUESTION_START = re.compile(
    r"^(?:and|also|plus|then|how|what|which|when|where|who|whose|why|is|are|was|were|did|do|"
    r"does|has|have|had|same|compare|per|avg|average|according)\b",
    re.IGNORECASE,
)
# Words that ask nothing by themselves: a part made only of these is no question ("what?",
# "and?", "thanks").
_EMPTY_WORDS = frozenset(
    [
        "and",
        "also",
        "plus",
        "then",
        "so",
        "ok",
        "okay",
        "how",
        "what",
        "which",
        "when",
        "where",
        "who",
        "whose",
        "why",
        "is",
        "are",
        "was",
        "were",
        "did",
        "do",
        "does",
        "the",
        "a",
        "it",
        "that",
        "this",
        "pls",
        "please",
        "thanks",
        "thx",
        "hmm",
        "hm",
        "huh",
        "really",
        "right",
    ]
)
_WORD = re.compile(r"[^\W_]+|%")


def split_questions(message: str) -> list[str]:
    """The questions in `message`, in order: the message itself when it holds one."""
    if _QUOTES.search(message):
        return [message]
    parts = [p.strip() for p in _BOUNDARY.split(message.strip()) if p and p.strip()]
    if len(parts) < 2 or not all(_asks_something(p) for p in parts):
        return [message]
    if not all(p.endswith("?") or _QUESTION_START.search(p) for p in parts[1:]):
        return [message]
    return parts


def _asks_something(part: str) -> bool:
    """Whether `part` has a word besides question words and filler."""
    return any(w.lower() not in _EMPTY_WORDS for w in _WORD.findall(part))
