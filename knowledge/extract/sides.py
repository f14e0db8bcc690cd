"""Whose losses: rows that name the loser from who did the damage, whose unit it was, or the
section of a list a line sits in (issue 13). The subject rule in claims.py reads these rows
next to its own; a row resolves to a side, or to "enemy" / "own" (the claimant's enemy or
side). Where none of the rules can tell, the extractor falls back to the claimant's enemy.

Written from the structures of real coverage, not from any one sentence:
- the agent of the damage: "Russian drone operators destroyed two tanks", "a Ukrainian
  strike killed 30 servicemen", "89 soldiers were killed when a Ukrainian missile hit ...":
  the losses are the agent's enemy's (captured equipment re-used is lost by whoever operates
  it, so "tanks that Ukraine had captured" destroyed by Russians are Ukraine's);
- the unit the dead belonged to: "4 soldiers of Ukraine's 35th brigade", "Russia's 155th
  brigade lost 60 marines";
- "its forces destroyed", "their units killed": the speaker's enemy;
- a list under a side's heading ("Ukraine - 8,103, of which ..." then "Tanks (1,322, ...)"):
  the lines that name no side are that side's.
"""

from __future__ import annotations

import re

from knowledge.lexicon.patterns import with_first_chars
from knowledge.models import Subject

_UA = r"(?:Ukrainian|Ukraine's|Kyiv's|Kiev's)"
_RU = r"(?:Russian|Russia's|Moscow's)"
# A side named by its forces' abbreviation or by the other side's name for it, as Russian
# ministry prose and its translations do: "the AFU", "the ZSU", "the Kiev regime".
_UA_BY_ABBREVIATION = r"(?:AFU|ZSU|VSU|UAF|(?:Kiev|Kyiv)\s+regime)"
_RU_BY_ABBREVIATION = r"(?:RF\s+[Aa]rmed\s+[Ff]orces|Russian\s+Federation)"
_UA_ACTOR = rf"(?:{_UA}|Ukraine|Kyiv|Kiev)"
_RU_ACTOR = rf"(?:{_RU}|Russia|Moscow)"
# What damages: the verb right before the figure ("destroyed two tanks", "killed up to 40").
_HIT_VERB = (
    r"(?:destroyed|killed|eliminated|wiped\s+out|shot\s+down|downed|hit|struck|sank|sunk|"
    r"disabled|neutralised|neutralized|liquidated)"
)
# The same blow as a participle after the agent's own clause: "Russian troops struck Ukrainian
# positions, destroying 12 tanks" (the agent opens the sentence or the clause).
_HIT_PARTICIPLE = (
    r"(?:destroying|killing|eliminating|wiping\s+out|shooting\s+down|downing|hitting|sinking|"
    r"disabling|neutrali[sz]ing|liquidating)"
)
_BLOW_VERB = (
    rf"(?:{_HIT_VERB}|shelled|attacked|pounded|bombed|targeted|stormed|ambushed|repelled|"
    r"repulsed|raided)"
)
# Fighting that hands the initiative back: the first verb of "X fought ... and lost N".
_FOUGHT = (
    rf"(?:{_BLOW_VERB}|beat\s+back|fought\s+off|held\s+off|pushed\s+back|fended\s+off|"
    r"defended|held|fought|counter-?attacked|advanced)"
)
_CLAUSE_OPENS = r"(?:^|[.;:!?]\s+|,\s+(?:and\s+|while\s+)?)(?:the\s+)?"
# (A figure may open a quotation: "put Ukraine's killed at 'no fewer than 70,000'".)
_BEFORE_NUMBER = (
    r"\s+['\"‘“]?(?:(?:up\s+to|about|around|roughly|some|nearly|almost|more\s+than|over|"
    r"at\s+least|another|a\s+further|as\s+many\s+as|no\s+fewer\s+than|no\s+less\s+than|"
    r"not\s+less\s+than|not\s+fewer\s+than)\s+)?$"
)
# One word, no punctuation or conjunction: the agent stays the subject of its own clause.
_WORDS = r"(?:(?!(?:and|or|but|while|as)\s)[\w'-]+\s+)"
# An agent is not an object ("killed 40 Russian soldiers and destroyed") nor a legion's name.
_NOT_OBJECT = r"(?<![\d,]\s)(?<!of\s)(?<!Freedom\sof\s)"
_UNIT = (
    r"(?:\d+\w*\s+)?(?:separate\s+|naval\s+infantry\s+|mechani[sz]ed\s+|assault\s+|marine\s+|airborne\s+|"
    r"motori[sz]ed\s+rifle\s+|tank\s+|artillery\s+|infantry\s+|territorial\s+defen[cs]e\s+)*"
    r"(?:brigades?|battalions?|regiments?|divisions?|corps|armies|army|units?|companies|"
    r"company|platoons?|forces|troops|military|navy|fleet|marines|National\s+Guard|formations?|"
    r"groupings?|garrisons?|defenders|contingents?|crews?|"
    r"(?:International\s+|[Ff]oreign\s+|volunteer\s+)?[Ll]egion)"
)
_ATTACK = (
    r"(?:strikes?|attacks?|missiles?|drones?|shelling|bombardment|ambush|assault|raid|"
    r"barrage|artillery|air\s*strikes?|rockets?|HIMARS|counter-?attack|counter-?offensive)"
)

# Formations known by name, whose side the name says ("Akhmat units had lost", "the Azov
# brigade has lost").
_RU_FORMATION = r"(?:Akhmat|Wagner|Rosgvardia|Rusich|Sparta|Somalia|Vostok\s+battalion)"
_UA_FORMATION = r"(?:Azov|Kraken|Aidar|Da\s+Vinci\s+Wolves|Kharti[iy]?a|Magyar's\s+Birds)"
# A formation speaking of itself: "said it had", "reported that they".
_SAID_IT = (
    r"(?:'s(?:\s+[\w-]+){0,2}?)?\s+(?:said|says|reported|reports|stated|states|claimed|claims|"
    r"admitted|admits|confirmed|confirms)\s+(?:that\s+)?(?:it|they)"
)
# Whose force casualties are "among": "casualties among North Korean troops".
_AMONG = r"^\s*among\s+(?:the\s+)?"

# Who claims to have done the damage, in a relative clause right after the figure's term ("the 5
# tanks that Moscow said it destroyed", "the 40 vehicles Ukrainian forces claim to have hit").
_CLAIMED_HIT = (
    rf"(?:(?:said|says|claimed|claims|claim|reported|reports)\s+(?:that\s+)?(?:it|they)\s+"
    rf"(?:had\s+|has\s+|have\s+)?|(?:claimed|claims|claim)\s+to\s+have\s+)?{_HIT_VERB}\b"
)

# Rows read on the words after the figure's term: (pattern, marker).
SIDE_AFTER: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"{_AMONG}North\s+Korean\b"), "other"),
    (re.compile(rf"{_AMONG}{_UA}\s"), "ukraine"),
    (re.compile(rf"{_AMONG}{_RU}\s"), "russia"),
    # a regional head on "1,260 men from the republic": the speaker's own region's dead
    (re.compile(r"^\s*(?:men\s+|soldiers\s+|servicemen\s+|fighters\s+|residents\s+|natives\s+)?"
                r"from\s+(?:the|our|his|her|this)\s+(?:republic|region|oblast|krai|province)\b"),
     "own"),
    (re.compile(rf"^\s*(?:that\s+|which\s+)?(?:the\s+)?{_RU_ACTOR}\s+{_WORDS}{{0,3}}?"
                rf"{_CLAIMED_HIT}"), "ukraine"),
    (re.compile(rf"^\s*(?:that\s+|which\s+)?(?:the\s+)?{_UA_ACTOR}\s+{_WORDS}{{0,3}}?"
                rf"{_CLAIMED_HIT}"), "russia"),
    # "167 fixed-wing drones of the Kiev regime", "40 tanks of the AFU": whose they were
    (re.compile(rf"^[^.;,]{{0,50}}?\bof\s+(?:the\s+)?{_UA_BY_ABBREVIATION}\b"), "ukraine"),
    (re.compile(rf"^[^.;,]{{0,50}}?\bof\s+(?:the\s+)?{_RU_BY_ABBREVIATION}\b"), "russia"),
    (re.compile(rf"^\s*(?:from|of|in|with)\s+(?:the\s+)?{_UA}\s+{_UNIT}\b"), "ukraine"),
    (re.compile(rf"^\s*(?:from|of|in|with)\s+(?:the\s+)?{_RU}\s+{_UNIT}\b"), "russia"),
    (re.compile(rf"^[^.;]{{0,60}}?\b(?:killed|died|wounded|injured|destroyed|lost|hit)\s+"
                rf"(?:when|as|after|in|during|by)\s+(?:a|an|the)?\s*{_WORDS}?{_RU}\s+"
                rf"{_WORDS}{{0,2}}?{_ATTACK}\b"), "ukraine"),
    (re.compile(rf"^[^.;]{{0,60}}?\b(?:killed|died|wounded|injured|destroyed|lost|hit)\s+"
                rf"(?:when|as|after|in|during|by)\s+(?:a|an|the)?\s*{_WORDS}?{_UA}\s+"
                rf"{_WORDS}{{0,2}}?{_ATTACK}\b"), "russia"),
)  # fmt: skip

# "Ukrainian killed and wounded at", "Russian dead at": the side's losses as a noun, set at.
_DEAD_NOUN = (
    r"(?:troops?\s+|soldiers?\s+|military\s+|army\s+)?(?:killed|dead|wounded|casualties)"
    r"(?:\s*(?:,|and|or)\s*(?:killed|dead|wounded|injured|missing|captured)){0,2}"
)
_SET_AT = r"\s+(?:at|to|stood\s+at|stand\s+at|reached|of)"

# Where a unit fought, between it and its loss verb: "in the Zaporizhzhia direction", "near
# Pokrovsk", "on the Kupiansk axis" (a few words, no clause break).
_WHERE = (
    r"(?:(?:in|near|around|outside|along|on|at|of)\s+(?:the\s+)?(?:(?!(?:and|or|but|while|"
    r"lost|suffered|has|have|had)\s)[\w'-]+\s+){1,4}?)?"
)
# "the Armed Forces of", "the army of", "the troops of": a side named after its forces.
_FORCES_OF = r"(?:the\s+)?(?:[Aa]rmed\s+[Ff]orces|army|troops|forces|military)\s+of\s+(?:the\s+)?"
# "the losses of", "the loss of", "casualties among": a loss owned by what follows.
_LOSS_OF = r"(?:[Ll]oss(?:es)?|[Cc]asualties)\s+(?:of|among)\s+(?:the\s+)?"

# Rows read on the words before the figure (the one ending nearest the figure wins).
SIDE_BEFORE: tuple[tuple[re.Pattern[str], str], ...] = (
    # The agent and its verb right before the figure: its enemy lost them.
    (re.compile(rf"{_NOT_OBJECT}\b{_RU_ACTOR}\s+{_WORDS}{{0,5}}?{_HIT_VERB}{_BEFORE_NUMBER}"),
     "ukraine"),
    (re.compile(rf"{_NOT_OBJECT}\b{_UA_ACTOR}\s+{_WORDS}{{0,5}}?{_HIT_VERB}{_BEFORE_NUMBER}"),
     "russia"),
    (re.compile(rf"{_CLAUSE_OPENS}{_RU_ACTOR}\s+{_WORDS}{{0,3}}?{_BLOW_VERB}\b[^.;]{{0,60}}?,\s+"
                rf"{_HIT_PARTICIPLE}{_BEFORE_NUMBER}"), "ukraine"),
    (re.compile(rf"{_CLAUSE_OPENS}{_UA_ACTOR}\s+{_WORDS}{{0,3}}?{_BLOW_VERB}\b[^.;]{{0,60}}?,\s+"
                rf"{_HIT_PARTICIPLE}{_BEFORE_NUMBER}"), "russia"),
    (re.compile(rf"\b(?:its|their)\s+(?:own\s+)?(?:forces|troops|units|soldiers|fighters|"
                rf"drones|artillery|air\s+defen[cs]es?|air\s+force|pilots)\s+(?:have\s+|had\s+)?"
                rf"{_HIT_VERB}{_BEFORE_NUMBER}", re.I), "enemy"),
    # A formation known by name as the loser: "Akhmat units had lost", "Wagner has lost".
    # ... or as the speaker about itself: "Kraken said it had lost", "Wagner says they lost".
    (re.compile(rf"\b{_RU_FORMATION}(?:\s+{_WORDS}{{0,2}}?{_UNIT})?(?:{_SAID_IT})?\s+"
                r"(?:(?:has|have|had)\s+)?(?:lost|suffered)\b"), "russia"),
    (re.compile(rf"\b{_UA_FORMATION}(?:\s+{_WORDS}{{0,2}}?{_UNIT})?(?:{_SAID_IT})?\s+"
                r"(?:(?:has|have|had)\s+)?(?:lost|suffered)\b"), "ukraine"),
    # A side's forces as the subject that fought and then lost: "Ukrainian troops repelled 14
    # Russian assaults and lost two armoured vehicles of their own" (the side named between is
    # the object of the first verb, not the loser of the second).
    (re.compile(rf"{_CLAUSE_OPENS}{_UA_ACTOR}\s+{_UNIT}\s+{_WORDS}{{0,1}}{_FOUGHT}\b[^.;:]{{0,80}}?"
                rf"\b(?:and|but)\s+(?:(?:also|then|themselves)\s+)?(?:lost|losing){_BEFORE_NUMBER}"),
     "ukraine"),
    (re.compile(rf"{_CLAUSE_OPENS}{_RU_ACTOR}\s+{_UNIT}\s+{_WORDS}{{0,1}}{_FOUGHT}\b[^.;:]{{0,80}}?"
                rf"\b(?:and|but)\s+(?:(?:also|then|themselves)\s+)?(?:lost|losing){_BEFORE_NUMBER}"),
     "russia"),
    # A side's killed and wounded as a noun, set at a figure: "put Ukrainian killed and
    # wounded at 400,000", "estimates Russian dead at more than 150,000".
    (re.compile(rf"\b{_UA}\s+{_DEAD_NOUN}{_SET_AT}{_BEFORE_NUMBER}"), "ukraine"),
    (re.compile(rf"\b{_RU}\s+{_DEAD_NOUN}{_SET_AT}{_BEFORE_NUMBER}"), "russia"),
    # A unit of one side as the loser: "Ukraine's 35th brigade lost", also where it fought
    # ("Ukrainian formations in the Zaporizhzhia direction lost").
    (re.compile(rf"\b{_UA}\s+{_UNIT}\s+{_WHERE}(?:(?:has|have|had)\s+)?(?:lost|suffered)\b"),
     "ukraine"),
    (re.compile(rf"\b{_RU}\s+{_UNIT}\s+{_WHERE}(?:(?:has|have|had)\s+)?(?:lost|suffered)\b"),
     "russia"),
    # A side named after its forces, as official and translated texts do: "the Armed Forces of
    # Ukraine lost", "the losses of the armed forces of Russia made up", "the loss of Russians".
    (re.compile(rf"\b{_FORCES_OF}(?:Ukraine|Kyiv|Kiev)\s+{_WHERE}(?:(?:has|have|had)\s+)?"
                r"(?:lost|suffered)\b"), "ukraine"),
    (re.compile(rf"\b{_FORCES_OF}(?:Russia|the\s+Russian\s+Federation)\s+{_WHERE}"
                r"(?:(?:has|have|had)\s+)?(?:lost|suffered)\b"), "russia"),
    (re.compile(rf"\b{_LOSS_OF}(?:{_FORCES_OF})?(?:Ukraine|Ukrainians|{_UA}\s+{_UNIT}|"
                rf"{_UA_BY_ABBREVIATION})\b"), "ukraine"),
    (re.compile(rf"\b{_LOSS_OF}(?:{_FORCES_OF})?(?:Russia|Russians|the\s+Russian\s+Federation|"
                rf"{_RU}\s+{_UNIT})\b"), "russia"),
    # Country codes as the loser, in posts that abbreviate: "UA lost up to 1,365", "RU losses".
    (re.compile(r"\b(?:UA|UKR)\s+(?:(?:has|have|had)\s+)?(?:lost|losses|suffered)\b"), "ukraine"),
    (re.compile(r"\b(?:RU|RF|RUS)\s+(?:(?:has|have|had)\s+)?(?:lost|losses|suffered)\b"), "russia"),
)  # fmt: skip

# A list's side heading: "Ukraine - 8,103, of which ...", "Russian losses:", "UKRAINE",
# "**Ukrainian losses**" (bold), "North Korean losses".
_SECTION_HEAD = re.compile(
    r"^\s*(?:[-•*#]+\s*)?(?P<side>Russia|Ukraine|(?:Russian|Ukrainian|North\s+Korean)\s+"
    r"(?:losses|casualties))\**\s*(?:[-–—:(]|\d|$)",
    re.I,
)
# A list line that names no side: "Tanks (1,322, of which ...)", "- T-90M (148, ...)",
# "- Ukraine's General Staff: about 1,400,000".
_LIST_LINE = re.compile(
    r"^\s*(?:[-•*]\s*)?[\w][\w '’./-]{0,40}?\s*[(:–—-]\s*(?:(?:about|around|almost|nearly|"
    r"over|more\s+than|some|up\s+to|at\s+least|roughly)\s+)?\d"
)


def _heading_side(head: re.Match[str]) -> str:
    """The side a heading names."""
    words = head["side"].lower()
    if words.startswith("north"):
        return "other"
    return "russia" if words.startswith("russia") else "ukraine"


def section_side(line: str, current: Subject | None) -> Subject | None:
    """The side of a list section after `line`: the side a heading names, the current one
    through list lines, None after any other line."""
    head = _SECTION_HEAD.match(line)
    if head is not None:
        return Subject(_heading_side(head))
    return current if _LIST_LINE.match(line) else None


def section_sides(lines: list[str]) -> list[str | None]:
    """For each sentence, the side of the list section it belongs to ("russia", "ukraine",
    "other"), or None: a side heading opens a section, a line that is not a list line closes
    it."""
    sides: list[str | None] = []
    current: str | None = None
    for line in lines:
        head = _SECTION_HEAD.match(line)
        if head is not None:
            current = _heading_side(head)
            sides.append(current)
            continue
        if not _LIST_LINE.match(line):
            current = None
        sides.append(current)
    return sides


# A first-person quote's speaker named by side after it: '"We lost 14 men," a Russian platoon
# commander told ...', '"... our company lost six," said a Ukrainian drone operator'.
# A formation known by name speaks for its side ('"We lost 3," a Kraken fighter told us').
_QUOTED_SIDE = rf"(?P<ua>Ukrainian|{_UA_FORMATION})|(?P<ru>Russian|{_RU_FORMATION})"
QUOTE_SPEAKER = re.compile(
    r"[\"”]\s*(?:(?:said|says|told|wrote|writes|added)\s+)?(?:a|an|the|one)?\s*"
    rf"(?:{_QUOTED_SIDE})\b(?:[\s-]+[\w-]+){{0,4}}?\s+"
    r"(?:said|says|told|wrote|writes|added|recalled|explained)\b|"
    r"[\"”]\s*(?:said|says|told|wrote|writes|added)\s+(?:a|an|the|one)\s+"
    rf"(?:{_QUOTED_SIDE.replace('?P<ua>', '?P<ua2>').replace('?P<ru>', '?P<ru2>')})\b"
)
# A side that denies another's claim about "its" losses: in "Kyiv rejected Russian claims that
# 500 of its troops died", "its" is Kyiv's.
DENIER = re.compile(
    r"\b(?:(?P<ua>Ukraine's|Ukraine|Kyiv's|Kyiv|Kiev|Ukrainian)|"
    r"(?P<ru>Russia's|Russia|Moscow|Russian|the\s+Kremlin|Kremlin))\b(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:denied|denies|rejected|rejects|dismissed|dismisses|disputed|disputes|refuted|refutes)"
    r"\s+[^.;]{0,60}?\b(?:claims?|reports?|assertions?|statements?|allegations?|figures?)"
    r"\s+that\b"
)


def speaker_side(sentence: str, text_before: str) -> str | None:
    """The side whose "we"/"our"/"its" a figure's words are, from the sentence alone: the side
    denying a claim about its own losses, or a quote's speaker named by side after it."""
    denials = list(DENIER.finditer(text_before))
    if denials:  # the last denial before the figure
        denier = denials[-1]
        return "ukraine" if denier["ua"] else "russia"
    if sentence.lstrip()[:1] in '"“' or "“" in sentence:
        quoted = QUOTE_SPEAKER.search(sentence)
        if quoted is not None:
            return "ukraine" if quoted["ua"] or quoted["ua2"] else "russia"
    return None


# People an article names before quoting them with a pronoun ("... 58,000 of our soldiers,"
# he said): the claimant each stands for. A pronoun's speaker is the person named last.
SPEAKERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bZelensk(?:y|yy|iy|yi)\b|\bUkrainian\s+president\b", re.I),
     "Ukraine's President"),
    (re.compile(r"\b(?:Putin|Peskov)\b|\bRussian\s+president\b", re.I), "the Kremlin"),
)  # fmt: skip
PRONOUN_SPEAKER = re.compile(
    r"\b(?:he|she|the\s+(?:leader|president))\s+"
    r"(?:said|says|added|adds|told|wrote|noted|recalled|insisted|stressed)\b|"
    r"\b(?:said|says|added)\s+(?:he|she)\b",
    re.I,
)


def pronoun_speakers(texts: list[str], named: list[int] | None = None) -> list[str | None]:
    """For each sentence quoting "he said" (or a quote continuing one), the claimant of the
    person named last before it; None elsewhere. `named` gives, per sentence, where the last
    claimant the extractor knows is named (-1: none): a later name is the "he" instead."""
    if not any(PRONOUN_SPEAKER.search(text) for text in texts):
        return [None] * len(texts)  # most articles quote nobody as "he said": skip the names
    out: list[str | None] = []
    last: str | None = None
    quoting = False
    for index, text in enumerate(texts):
        quoting = bool(PRONOUN_SPEAKER.search(text)) or (quoting and text.lstrip()[:1] in '"“')
        out.append(last if quoting else None)
        found = [(m.start(), name) for pattern, name in SPEAKERS for m in pattern.finditer(text)]
        claimant_at = named[index] if named else -1
        if found and max(found)[0] >= claimant_at:
            last = max(found)[1]
        elif claimant_at >= 0:
            last = None
    return out


# Searched in every sentence: opened by a lookahead for its first characters (speed, issue 13
# req 7; `with_first_chars`: the same matches). Here, after the pattern reads as written.
PRONOUN_SPEAKER = with_first_chars(PRONOUN_SPEAKER)


# Two claimants and their figures paired by "respectively": "Moscow and Kyiv put the other
# side's losses at 4,800 and 7,300 respectively" (the first figure is Moscow's count of Kyiv's
# losses); "their own losses" pairs each figure with its claimant's side.
_PAIR_ACTOR = (
    rf"(?:(?:[Tt]he\s+)?Kremlin|{_UA_ACTOR}|{_RU_ACTOR})(?:\s+(?:officials|authorities|sides?))?"
)
_RESPECTIVE = re.compile(
    rf"\b(?P<first>{_PAIR_ACTOR})\s+and\s+(?P<second>{_PAIR_ACTOR})\b[^.;]{{0,80}}?"
    r"\b(?:(?P<other>the\s+other\s+side's|each\s+other's|the\s+enemy's|the\s+opponent's|"
    r"their\s+opponents'|their\s+enemies')|(?P<own>their\s+own|its\s+own))"
)
_RESPECTIVELY = re.compile(r"\brespectively\b")
_DIGIT = re.compile(r"\d")
_UA_PAIR = re.compile(rf"(?:{_UA_ACTOR})\b")


def respective_side(sentence: str, start: int, end: int) -> str | None:
    """Whose losses a figure of a "respectively" pair is, when two claimants are paired with
    two figures (rows above); else None."""
    if "respectively" not in sentence:
        return None
    pair = _RESPECTIVE.search(sentence)
    after = _RESPECTIVELY.search(sentence, end)
    if pair is None or after is None or pair.end() > start:
        return None
    is_first = _DIGIT.search(sentence, end, after.start()) is not None
    actor = pair["first"] if is_first else pair["second"]
    side = "ukraine" if _UA_PAIR.match(actor) else "russia"
    if pair["own"]:
        return side
    return "russia" if side == "ukraine" else "ukraine"
