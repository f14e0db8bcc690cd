"""The sentences in which a source itself qualifies its figures (issue 12, requirement 7).

"How reliable are these numbers?" is answered with what the articles say about them, quoted,
never with words of the bot's own: that the figures could not be verified, that a side does not
publish its losses, that a tally is thought to be too high or too low, that a figure was
disputed or an official admitted losses. Each row is one kind of such sentence.
"""

from __future__ import annotations

import re

# (kind, pattern): a sentence matching any row is kept, in the order it appears.
CAVEAT_ROWS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("unverified", re.compile(
        r"\b(?:unverified|unconfirmed|independently|difficult\s+to\s+(?:confirm|verify)|"
        r"(?:not|n't|unable\s+to|impossible\s+to)\s+(?:\w+\s+){0,4}?(?:verif|confirm)\w*)",
        re.IGNORECASE)),
    ("not published", re.compile(
        r"\b(?:does\s+not|doesn't|do\s+not|don't|rarely|never|seldom|stopped)\s+"
        r"(?:\w+\s+)?(?:publici[sz]e|publish|release|disclose|reveal|report|update)(?:s|es|d|ed)?\b",
        re.IGNORECASE)),
    ("too high or low", re.compile(
        r"\b(?:undercount\w*|overstat\w*|understat\w*|inflat\w*|exaggerat\w*|"
        r"(?:higher|lower)\s+than\s+(?:many\s+|most\s+)?other\s+estimates|propaganda)",
        re.IGNORECASE)),
    ("doubted", re.compile(
        r"\b(?:skeptical|sceptical|doubts?\s+about|disputed|denied|(?:dismissed|rejected)\s+"
        r"(?:the\s+)?(?:reports?|figures?|claims?|numbers?|estimates?))\b", re.IGNORECASE)),
    ("incomplete", re.compile(
        r"\b(?:did\s+not|didn't|does\s+not|doesn't)\s+(?:specify|say\s+how\s+many|break\s+down)|"
        r"\bcounts?\s+killed\s+and\s+wounded\s+together\b|\bnot\s+(?:entirely\s+)?clear\s+how\b",
        re.IGNORECASE)),
    ("admitted", re.compile(r"\badmit(?:s|ted)?\b", re.IGNORECASE)),
)  # fmt: skip

_SENTENCES = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n+")
# A line wrapped inside a sentence (Markdown, plain-text mail) is joined before splitting.
_WRAPPED = re.compile(r"(?<=[\w,;*])[ \t]*\n(?=[ \t]*[a-z(])")
# A sentence ends with a stop (or a quote after one): a headline or a caption does not.
_ENDED = re.compile(r"[.!?][\"”’')]?$")
# Markdown emphasis and a heading's or quote's leading marks, never a ">" inside a sentence.
_MARKUP = re.compile(r"\*\*|__|`|^\s*[#>]+\s*")
_LONGEST = 400  # characters; a longer "sentence" is a paragraph the splitter missed
_SHORTEST = 25  # a headline fragment or a menu item is not a caveat
MAX_CAVEATS = 8  # per source: enough for every kind, not a copy of the article


def caveat_sentences(text: str) -> list[str]:
    """The sentences of `text` that qualify its figures, each once, in order."""
    found: list[str] = []
    for part in _SENTENCES.split(_WRAPPED.sub(" ", text)):
        sentence = " ".join(_MARKUP.sub("", part).split())
        if not _SHORTEST <= len(sentence) < _LONGEST or sentence in found:
            continue
        if not _ENDED.search(sentence):
            continue
        if any(pattern.search(sentence) for _kind, pattern in CAVEAT_ROWS):
            found.append(sentence)
            if len(found) == MAX_CAVEATS:
                break
    return found
