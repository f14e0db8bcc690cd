"""Words a printed page broke with a hyphen ("amount- ed", "approxi- mately", "person- nel"),
as scans, PDFs and typeset columns give them (the article loader turns each such line break
into a space and keeps the hyphen, so a quote shows the page as printed). The extractor reads
them whole: the same length, the freed characters as spaces after the word, so offsets hold.

A compound's own hyphen stays ("self- propelled" is "self-propelled", "Russian- backed" is
"Russian-backed"), and so does a hyphen before a conjunction ("pre- and post-war", "short-
to medium-range").
"""

from __future__ import annotations

import re

_BROKEN = re.compile(
    r"(?<![\w-])([A-Za-z]{1,30})- (?!(?:and|or|to|nor|as|but|then|versus|vs)\b)([a-z]{1,30})\b"
)
# First halves that are whole words forming compounds: their hyphen is the compound's, not a
# line break's ("anti- aircraft", "self- propelled"). Prefixes that are also mere syllables
# ("pre-", "re-", "de-", "co-") are left out: "de- stroyed" is "destroyed".
_FORMER_WORDS = """self long short anti non ex well full cross all half high low one two three
four five six seven eight nine ten air ground sea surface front state war man hand left right
year day week month battle combat mine drone"""
_COMPOUND_FORMERS = frozenset(_FORMER_WORDS.split())
# A capitalised first half that is a people's or a place's adjective ("Russian-", "British-",
# "Western-", "Kremlin-"): a compound; any other capitalised word opens a sentence ("Accord-").
_PROPER_COMPOUND_HEAD = re.compile(r"[A-Z][a-z]*(?:an|ish|ese|ic|ern|et|in|ia)$")


def _rejoin(match: re.Match[str]) -> str:
    """A broken word made whole (a compound keeps its hyphen), padded to its length."""
    head, tail = match[1], match[2]
    if head.lower() in _COMPOUND_FORMERS or _PROPER_COMPOUND_HEAD.match(head):
        return f"{head}-{tail}".ljust(len(match[0]))
    return f"{head}{tail}".ljust(len(match[0]))


def mend_broken_words(text: str) -> str:
    """`text` with each hyphen-broken word whole again (the same length)."""
    if "- " not in text:
        return text
    return _BROKEN.sub(_rejoin, text)
