"""Messages that hold more than one question ("tanks in 2024? and in 2023?"): split into the
questions, in order, so that each is answered (the later ones read as follow-ups of the earlier).

Only clear question boundaries split: a question mark followed by more text, a semicolon, a line
break, a full stop before a question word; and "and" before a question word ("..., and how many
in 2023?") or between two questions with their own losses and periods ("tanks in 2024 and drones
in 2023"). A split is taken only when every part is put as a question, the first quotes no
figure to check, and every later part asks something of its own about losses or is a follow-up
of the one before ("and in 2023?"). A statement followed by a question about it ("Newsweek says
1,950 on 11 Nov. Does the data agree?"), a pasted claim, and any message with quotation marks
stay one question: the pasted text is what is asked about.
"""

from __future__ import annotations

import datetime as dt
import re

from knowledge.models import Intent
from knowledge.questions.followup import asks_about_a_claim, is_fragment, names_losses
from knowledge.questions.parse import parse_question

# Where a message may be cut: after a run of question marks, at a semicolon, at a line break,
# and after a full stop when a question follows ("... in March 2025. And in April?").
_BOUNDARY = re.compile(
    r"(?<=\?)\s+|\s*;\s*|\s*\n+\s*|(?<=[.!])\s+(?=(?:and|also|what|how|which|when|where|who|"
    r"is|are|was|were|did|do|does)\b)",
    re.IGNORECASE,
)
# "..., and how many in 2023?", "... and what about tanks": a question word after "and".
_AND_QUESTION = re.compile(
    r",?\s+(?:and|also|plus)\s+(?=(?:how\s+(?:many|much|about)|what\s+(?:about|were|was|did|does|"
    r"do|is|are)|which|when|where|who)\b)",
    re.IGNORECASE,
)
# A comparison is one question, whatever its "and" ("higher than in april and how much?").
_COMPARING = re.compile(
    r"\b(?:than|vs\.?|versus|compare[ds]?|comparison|difference|between)\b", re.IGNORECASE
)
# A figure quoted to be checked ("Newsweek says 1,950", "4,600 troops"): a number with a
# thousands separator, or of three or more digits that is no year.
_FIGURE = re.compile(
    r"\b\d{1,3}(?:[,.\s]\d{3})+\b|\b(?!(?:19|20)\d\d\b)\d{3,}\b|\b\d+k\b|\b(?:hundred|thousand|"
    r"million)s?\b",
    re.IGNORECASE,
)
# "tanks in 2024 and drones in 2023": each side its own losses and its own period.
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
# "two things:", "quick qs -", "1)", "2.": words that announce or number the questions.
_ENUMERATION = re.compile(
    r"^(?:(?:two|three|2|3|a\s+couple\s+of|couple\s+of|a\s+few|few|some|quick|my)\s+(?:things|"
    r"questions|qs|ones)\s*[:,-]+\s*|\(?\d{1,2}[.)]\s+|[a-c]\)\s+)",
    re.IGNORECASE,
)
# Numbered questions in one line: "1) tanks in 2024 2) drones in 2023".
_NUMBERED = re.compile(r"\s+(?=\(?\d{1,2}\)\s+\D)|\s+(?=\d{1,2}\.\s+[^\W\d])")
_LISTED = re.compile(r"\s*\(?1[.)]\s")
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
    ("and", "also", "plus", "then", "so", "ok", "okay", "how", "what", "which", "when", "where",
     "who", "whose", "why", "is", "are", "was", "were", "did", "do", "does", "the", "a", "it",
     "that", "this", "pls", "please", "thanks", "thx", "hmm", "hm", "huh", "really", "right")
)  # fmt: skip
_WORD = re.compile(r"[^\W_]+|%")


def split_questions(message: str, today: dt.date | None = None) -> list[str]:
    """The questions in `message`, in order: the message itself when it holds one. `today`
    reads the periods in it (today's date when not given)."""
    if _QUOTES.search(message):
        return [message]
    day = today or dt.date.today()
    parts = [
        _ENUMERATION.sub("", piece.strip(), count=1)
        for part in _BOUNDARY.split(message.strip())
        if part and part.strip()
        for piece in _numbered(part.strip())
    ]
    listed = bool(_LISTED.match(message))  # "1) ... 2) ...": each item is put as a question
    if len(parts) > 1 and not _separate(parts, day, listed):
        parts = [message.strip()]  # no clear boundary: only "and" may still join two
    pieces = [piece for part in parts for piece in _and_split(part, day)]
    return pieces if len(pieces) > 1 else [message]


def _numbered(part: str) -> list[str]:
    """`part` cut before each number of a numbered list ("1) ... 2) ..."), when it starts
    with one."""
    if not _ENUMERATION.match(part) or not re.match(r"\(?\d|[a-c]\)", part):
        return [part]
    return [p for p in _NUMBERED.split(part) if p.strip()]


def _separate(parts: list[str], today: dt.date, listed: bool = False) -> bool:
    """Whether `parts` are separate questions: each asks something and reads as a question,
    the first quotes no figure to check (then the rest asks about it: "Newsweek says 1,950;
    does the data agree?"), and each later one stands on its own or as a follow-up."""
    if not all(_asks_something(p) for p in parts) or _FIGURE.search(parts[0]):
        return False
    first, rest = parts[0], parts[1:]
    if not (listed or _reads_as_question(first)):  # a statement: the rest may ask about it
        if not _stands_alone(first, today) or any(asks_about_a_claim(p) for p in rest):
            return False  # "42 tanks since February 3. Does that hold up?"
    return all((listed or _reads_as_question(p)) and _stands_alone(p, today) for p in rest)


def _reads_as_question(part: str) -> bool:
    """Whether `part` is put as a question: a question mark, or a question's first words."""
    return part.endswith("?") or bool(_QUESTION_START.search(part))


def _stands_alone(part: str, today: dt.date) -> bool:
    """Whether `part` asks something of its own about losses (its own period or losses), or
    is a follow-up of the question before it ("and in 2023?")."""
    if is_fragment(part, today):
        return True
    query = parse_question(part, today)
    if query.intent != Intent.losses:
        return False
    return query.period_start is not None or names_losses(query)


def _and_split(part: str, today: dt.date) -> list[str]:
    """`part` cut where "and" starts another question: before a question word ("and how many
    in 2023?"), or between two questions with their own losses and periods ("tanks in 2024
    and drones in 2023"); never inside a comparison or after a figure to check."""
    if _COMPARING.search(part) or _FIGURE.search(part):
        return [part]
    pieces = _AND_QUESTION.split(part, maxsplit=1)
    if len(pieces) == 2 and _stands_alone(pieces[1], today):
        return [pieces[0], *_and_split(pieces[1], today)]
    for joint in _AND.finditer(part):
        left, right = part[: joint.start()], part[joint.end() :]
        if _two_questions(left, right, today):
            return [left, *_and_split(right, today)]
    return [part]


def _two_questions(left: str, right: str, today: dt.date) -> bool:
    """Whether `left` and `right` each ask about losses of their own, each for its own period."""
    first, second = parse_question(left, today), parse_question(right, today)
    if first.intent != Intent.losses or second.intent != Intent.losses:
        return False
    periods = (first.period_start, second.period_start)
    if None in periods or periods[0] == periods[1]:
        return False
    named = names_losses(first) and names_losses(second)
    return named and first.metrics != second.metrics


def _asks_something(part: str) -> bool:
    """Whether `part` has a word besides question words and filler."""
    return any(w.lower() not in _EMPTY_WORDS for w in _WORD.findall(part))
