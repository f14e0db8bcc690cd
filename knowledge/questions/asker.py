"""Who "we" are: a question's first person ("our guys", "did we lose", "ours") and the place
the asker says they are in ("I'm in Dnipro", "writing from Kharkiv"), which says whose side
"our" is (issue 12: a side is never swapped silently). The parser reads the side from them;
the unread reader names "our" when the question does not say whose it is."""

from __future__ import annotations

import re

from knowledge.lexicon.places import ASKER_PLACES
from knowledge.models import Subject

# Where the asker says they are ("I'm in Dnipro", "writing from Kharkiv"): their side, whose
# "our guys" they mean (ASKER_PLACES).
ASKER_AT = re.compile(
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are|i\s+live|we\s+live|writing|here|based)\s+"
    r"(?:(?:based\s+|living\s+|writing\s+)?(?:in|from|out\s+of))\s+(?:the\s+)?(?P<place>[a-z][\w.'-]*)"
)
_ASKER_SIDES = tuple((re.compile(rf"(?:{words})"), side) for words, side in ASKER_PLACES)
_OUR_PEOPLE = r"(?:guys|boys|lads|men|troops|soldiers|fighters|defenders|forces|army|side|people)"
# "our guys knocked out 20 tanks": the asker's side as the one who destroys (the enemy lost)
OUR_AGENT = re.compile(
    rf"\bour\s+(?:own\s+)?{_OUR_PEOPLE}\s+(?:[a-z]+\s+)?(?:knock(?:ed)?\s+out|destroy(?:ed)?|"
    r"kill(?:ed)?|hit|took\s+out|take\s+out|shot\s+down|shoot\s+down|down(?:ed)?|burn(?:ed|t)?)\b"
)
# "how many of ours", "our guys", "did we lose": the asker's own side as the loser
OUR_LOSS = re.compile(
    rf"\b(?:ours|our\s+(?:own\s+)?(?:{_OUR_PEOPLE}|losses|dead|casualties)|"
    r"we(?:'ve|\s+have|\s+had|\s+did)?\s+(?:lost|lose))\b|\bdid\s+we\s+lose\b"
)


def asker_side(norm: str) -> Subject | None:
    """The side of the place the asker says they are in, if the question says and we know it."""
    at = ASKER_AT.search(norm)
    if at is None:
        return None
    return next((side for pattern, side in _ASKER_SIDES if pattern.match(at["place"])), None)


def first_person_subject(norm: str, raw: str) -> Subject | None:
    """Whose losses "our guys" are when the asker says where they are: their side's as losers,
    the other side's when "our guys" destroyed them; None when the question does not say.
    `norm` is the question as read, `raw` as written (the place may stand in a sentence of its
    own that the reader drops as chatter: "I am in Kazan. How many ...")."""
    asker = asker_side(raw.lower()) if "our" in norm or "we " in norm else None
    if asker is None:
        return None
    if OUR_AGENT.search(norm):
        return Subject.russia if asker == Subject.ukraine else Subject.ukraine
    return asker if OUR_LOSS.search(norm) else None


def first_person_spans(norm: str, raw: str) -> list[tuple[int, int]]:
    """Where the asker's place and "our guys" stand in `norm`, when they say whose "our" is."""
    if first_person_subject(norm, raw) is None:
        return []
    spans = [m.span() for m in (ASKER_AT.search(norm), OUR_AGENT.search(norm)) if m]
    return spans + [m.span() for m in OUR_LOSS.finditer(norm)]
