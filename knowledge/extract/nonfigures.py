"""Numbers in a loss sentence that are not losses (issue 13 req 5, precision): what is asked
for, ages, populations, ratios, plan names and counts of regions. Rows, read by the
extractor's figure finder next to its own vetoes; each row says why.

A careful researcher stores only what was lost; "Kyiv needs another 28 batteries", "the
youngest was 18", "a population of 146 million", "about 3:1", "a 20-point plan", "all 83
regions", a forecast ("expected to pass 1.5 million"), prisoners freed in an exchange and
bodies repatriated stand next to losses in real coverage and are none.
"""

from __future__ import annotations

import re

from knowledge.lexicon.prefilter import rows_that_may_match

_QUALIFIER = r"(?:(?:another|a\s+further|an\s+additional|at\s+least|some|about|around|up\s+to)\s+)?"

# Read on the text before the number (it ends right before it): (pattern, why).
NOT_LOSS_BEFORE: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b(?:needs?|needed|asked\s+for|asking\s+for|requested|requests?|wants?|"
                rf"wanted|seeks?|seeking|sought|lacks?|lacking|short\s+of)\s+{_QUALIFIER}$",
                re.I), "asked for, not lost"),
    (re.compile(r"\b(?:youngest|oldest)\s+(?:[\w-]+\s+){0,3}?(?:(?:was|is|were|aged|at)\s+)?$",
                re.I), "an age"),
    (re.compile(r"\b(?:median|average|mean)\s+age\b(?:[^.;,]|,(?=\d)){0,70}?\b(?:was|is|were|"
                r"are|at|to|reached|of)\s+$", re.I), "an age"),
    (re.compile(rf"\bpopulation\s+(?:of|is|was|stands\s+at|at|around|about)\s+{_QUALIFIER}$",
                re.I), "a population"),
    # "expect Russian casualties to pass 1.5 million", "could reach", "will top": a forecast
    (re.compile(r"\b(?:expects?|expected|expecting|forecasts?|forecast|predicts?|predicted|"
                r"projects?|projected|warns?|warned)\b[^.;]{0,70}?\b(?:to|will|would|could)\s+"
                r"(?:soon\s+)?(?:pass|reach|exceed|top|surpass|hit|cross|rise\s+to|climb\s+to)\s+"
                rf"{_QUALIFIER}$", re.I), "a forecast"),
    (re.compile(r"\b(?:could|will|would|may|might)\s+(?:soon\s+|well\s+|easily\s+)?"
                r"(?:pass|reach|exceed|top|surpass|hit|cross|lose)\s+(?:(?:another|more\s+than|over)\s+)?"
                rf"{_QUALIFIER}$", re.I), "a forecast"),
    # "your army lost 1,350 men" in a debate: the addressee's side, which the sentence does
    # not say (a figure with no knowable side is left out rather than given a side)
    (re.compile(rf"\byour\s+(?:own\s+)?(?:side|army|troops|forces|soldiers|men|military|boys|"
                rf"guys|units?|brigades?|country)\s+(?:has\s+|have\s+|had\s+)?(?:already\s+)?"
                rf"(?:lost|losing|loses|suffered)\s+{_QUALIFIER}$", re.I),
     "the addressee's losses, whose side is not said"),
    # bodies repatriated or received in an exchange are not a loss count
    (re.compile(rf"\b(?:bodies|remains)\b[^.;]{{0,80}}?\b(?:received|got\s+back|returned|"
                rf"repatriated|handed\s+over)\s+{_QUALIFIER}$", re.I), "repatriated bodies"),
    (re.compile(rf"\b(?:received|got\s+back|returned|repatriated|handed\s+over)\s+(?:the\s+)?"
                rf"(?:bodies|remains)\s+of\s+{_QUALIFIER}$", re.I), "repatriated bodies"),
    (re.compile(rf"\b(?:bodies|remains)\s+of\s+{_QUALIFIER}$", re.I), "repatriated bodies"),
    # "12 apartment buildings and 40 cars were damaged": civilian property in a list of it
    (re.compile(r"\b(?:houses|homes|apartment\s+(?:buildings|blocks)|buildings|schools?|"
                r"private\s+houses|shops|garages|outbuildings)\s+and\s+$", re.I),
     "civilian property"),
    # "attacked the region with 47 drones": what was launched, not what was lost
    (re.compile(rf"\b(?:attacked|attacks|struck|targeted|targets|hit|shelled)\b[^.;]{{0,60}}?"
                rf"\bwith\s+{_QUALIFIER}$", re.I), "launched, not lost"),
    # "the group included 38 defenders": who an exchanged group was
    (re.compile(rf"\b(?:prisoners?|exchange|swap|freed|released|returned|captivity)\b[^.;]{{0,80}}?"
                rf"\b(?:group|those\s+\w+|they|returnees)\s+(?:included|includes|comprised|"
                rf"comprises)\s+{_QUALIFIER}$", re.I), "who an exchanged group included"),
    # "signs up roughly 30,000 contract soldiers", "enlisted 35,000 volunteers"
    (re.compile(rf"\b(?:signs?\s+up|signed\s+up|signing\s+up|enlists?|enlisted|enlisting|"
                rf"recruits?|hires?|hired|drafts?|drafted|conscripts?|conscripted|"
                rf"call(?:s|ed)?\s+up)\s+(?:roughly\s+|nearly\s+|almost\s+|over\s+)?{_QUALIFIER}$",
                re.I), "recruited, not lost"),
    # "signed 30,000–35,000 new contracts a month": recruitment, the noun after the number
    (re.compile(r"\b(?:signs?|signed|signing|concluded|concludes)\s+(?:up\s+)?"
                r"(?:roughly\s+|nearly\s+|almost\s+|over\s+|about\s+|some\s+|around\s+)?$", re.I),
     "recruited, not lost"),
    # a dataset's changelog: "Re-classified 9 vehicles from damaged to destroyed"
    (re.compile(r"\b(?:re-?classified|re-?categori[sz]ed|relabel(?:l)?ed|reassigned|re-?coded)\s+$",
                re.I), "entries moved between a dataset's categories"),
    # "one in three or four is killed", "one in every five": a ratio
    # "killed and wounded.[4]", "named dead[3]": a reference mark stuck to the text before it
    (re.compile(r"(?<=\S)\[$"), "a reference mark"),
    # "4/7 For scale: ...": the second number of a thread post's "N/M"
    (re.compile(r"(?:^|(?<=[\s(]))\d{1,2}/$"), "a thread post's number"),
    # "a viral post claims 50,000 ...", "an unverified Telegram video put it at 9,000": a figure
    # whose only source is an anonymous post is nobody's claim (not when the sentence goes on
    # to a named source: "..., but the ministry said 790")
    (re.compile(r"\b(?:viral|unverified|unsourced|anonymous)\s+(?:social[- ]media\s+|"
                r"telegram\s+|online\s+|tiktok\s+)?(?:posts?|claims?|videos?|clips?|tweets?|"
                r"messages?|rumou?rs?|memes?|screenshots?|graphics?|infographics?)\b"
                r"(?:(?!\b(?:but|while|whereas|although)\b)[^.;\d]){0,60}$", re.I),
     "an anonymous viral post"),
    (re.compile(r"\brumou?r(?:s|ed)?\b(?:\s+(?:that|of|says?|claims?|circulating|online|"
                r"has\s+it))?(?:(?!\b(?:but|while|whereas|although)\b)[^.;\d]){0,40}$", re.I),
     "a rumour"),
    # 'Don't say "1.3 million dead"', "avoid quoting the 50,000 figure": a style note
    (re.compile(r"\b(?:don'?t|do\s+not|never|avoid|stop)\s+(?:say|saying|use|using|write|"
                r"writing|quote|quoting|cite|citing|repeat|repeating|run|running)\s+(?:the\s+)?"
                r"[\"“'‘]?\s*$", re.I), "a figure a style note says not to use"),
    # "about 3 in 10 wounded return", "2 out of 5": the second number of a ratio
    (re.compile(r"(?<![\d,.])\d{1,2}\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.I), "a ratio"),
    (re.compile(r"\bone\s+(?:in|out\s+of)\s+(?:every\s+)?(?:(?:two|three|four|five|six|seven|"
                r"eight|nine|ten|\d+)\s+(?:or|to)\s+)?$", re.I), "a ratio"),
)  # fmt: skip

# Read on the text right after the number: (pattern, why).
NOT_LOSS_AFTER: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s*:\s*\d"), "a ratio (3:1)"),
    # "70-80% of casualties", "between 60 and 70 per cent": a share, its first number too
    (re.compile(r"^\s*(?:-|–|—|to|and)\s*\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)", re.I),
     "a share"),
    # "1/7 🧵 Our count ...", "(3/4)": a thread post's number, its first half
    (re.compile(r"^/\d{1,2}(?![\d,/])(?=\W|$)"), "a thread post's number"),
    # 'should read "330,000", not "300,000" as first published': the outlet's own mistake
    (re.compile(r"^\W{0,3}\s*,?\s*(?:as|which\s+(?:is|was)\s+what)\s+(?:we\s+|it\s+was\s+|had\s+been\s+)?"
                r"(?:first|originally|initially|previously|earlier|wrongly|mistakenly)\s+"
                r"(?:published|reported|stated|written|wrote|printed|given|said|posted)\b", re.I),
     "the figure a correction replaces"),
    # '"400,000" cites a blog that withdrew the post', "1,000, a figure since retracted"
    (re.compile(r"^[^.;\d]{0,40}?\b(?:withdrew|withdrawn|retracted|deleted|debunked)\b", re.I),
     "a figure its source withdrew"),
    (re.compile(r"^-(?:point|page|step|member|nation|seat)\b", re.I), "a plan or body's name"),
    (re.compile(r"^\s+(?:of\s+(?:the\s+)?(?:\w+'s\s+)?)?(?:regions|oblasts|provinces|republics|"
                r"federal\s+subjects)\b", re.I), "a count of regions"),
    # "6,300 Ukrainians had been freed", "4,100 servicemen have now been released in swaps"
    (re.compile(r"^\s+[\w\s-]{0,30}?\b(?:had|have|has)\s+(?:now\s+)?been\s+(?:freed|released|"
                r"returned|exchanged|swapped|repatriated)\b", re.I), "prisoners freed"),
    (re.compile(r"^\s+[\w\s-]{0,40}?\b(?:were|was)\s+(?:freed|repatriated|exchanged|swapped)\b",
                re.I), "prisoners freed or bodies repatriated"),
    # "injured seven people, two of them children": a breakdown of the civilians hurt
    (re.compile(r"^\s+of\s+them\s+(?:were\s+)?(?:children|women|minors|teenagers|civilians|"
                r"elderly|pensioners)\b", re.I), "civilians hurt"),
    (re.compile(r"^\s+(?:private\s+|civilian\s+|passenger\s+)?cars\b[^.;]{0,30}?\b(?:were|was)\s+"
                r"damaged\b", re.I), "civilian property"),
)  # fmt: skip


# A fact-check's ruling that the claim it quotes is false ("**Verdict: False.**", "Rating:
# Misleading", "Our ruling: mostly false") and the paragraph stating that claim ("**Claim:** A
# graphic says ..."): the claim's figures are nobody's claim as quoted (the body gives whose
# they really are).
_VERDICT_FALSE = re.compile(
    r"\b(?:verdict|rating|ruling|conclusion)\W{0,6}(?:false|fake|misleading|mostly\s+false|"
    r"wrong|incorrect|fabricated|not\s+true|missing\s+context|pants\s+on\s+fire)\b",
    re.IGNORECASE,
)
_CLAIM_LINE = re.compile(r"^\W*(?:the\s+)?(?:viral\s+)?claim\W{0,4}:", re.IGNORECASE)


def debunked_paragraphs(sentences: list[tuple[int, str]]) -> set[int]:
    """The paragraphs (of `(paragraph, sentence)` pairs) that state a claim the article rules
    false: their figures are not stored as the claim of whoever the claim names."""
    if not any(_VERDICT_FALSE.search(text) for _, text in sentences):
        return set()
    return {paragraph for paragraph, text in sentences if _CLAIM_LINE.match(text)}


# An outlet's note correcting its own mistake ("**Correction:** An earlier version of this
# article said ...", "Editor's note: this story earlier misstated ..."): the wrong figure is
# nobody's claim, and the right one, repeated there, was stored where the text gives it.
_CORRECTION_NOTE = re.compile(
    r"^\W*(?:correction|corrections|editor'?s\s+note|clarification)\W{0,4}:|"
    r"\b(?:an?\s+)?(?:earlier|previous|prior)\s+version\s+of\s+this\s+(?:article|story|report|"
    r"piece|post|page)\b|\bthis\s+(?:article|story|report|piece)\s+(?:has\s+been\s+corrected|"
    r"(?:earlier|originally|previously|wrongly|incorrectly)\s+(?:misstated|said|gave|reported))\b",
    re.IGNORECASE,
)


def correction_paragraphs(sentences: list[tuple[int, str]]) -> set[int]:
    """The paragraphs (of `(paragraph, sentence)` pairs) of a note correcting the article's
    own mistake: none of their figures is stored."""
    return {paragraph for paragraph, text in sentences if _CORRECTION_NOTE.search(text)}


# A page's links to other stories ("RELATED", "MOST READ", "Read more", "You may also like"):
# the headlines listed under such a heading are other articles' figures, with no date or body.
_LINK_HEADING = re.compile(
    r"^\W*(?:related(?:\s+(?:stories|articles|news|coverage|content|reading))?|most\s+read|"
    r"most\s+popular|read\s+more|read\s+also|also\s+read|more\s+(?:stories|news|on\s+this"
    r"(?:\s+story)?)|see\s+also|you\s+may\s+(?:also\s+)?like|recommended(?:\s+for\s+you)?|"
    r"trending(?:\s+now)?|editor'?s\s+picks|sidebar)\W*$",
    re.IGNORECASE,
)


# A link's line: a list item, or a short line with no sentence's end (a headline).
_LINK_ITEM = re.compile(r"^\s*(?:[-*•·▪‣◦–]|\d{1,2}[.)])\s|^(?=.{3,90}$)(?!.*[.!?:\"”]\s*$)")


def link_block_lines(text: str) -> set[int]:
    """The line numbers of the links listed under a heading of links to other stories: the
    items right under it, up to the first line that is no link (a pasted page whose links
    were stripped keeps its prose)."""
    lines: set[int] = set()
    inside, listed = False, False
    for number, line in enumerate(text.split("\n")):
        if _LINK_HEADING.match(line):
            inside, listed = True, False
        elif not line.strip():
            inside = inside and not listed  # a blank line right under the heading is kept
        elif inside and _LINK_ITEM.match(line):
            lines.add(number)
            listed = True
        else:
            inside = False
    return lines


def not_a_loss(sentence: str, start: int, end: int) -> str | None:
    """Why the number at `start:end` of `sentence` is not a loss, or None when no row says."""
    before = sentence[max(0, start - 120) : start]
    after = sentence[end : end + 40]
    # Rows screened by the words they need, in the whole sentence (speed).
    for pattern, why in rows_that_may_match(NOT_LOSS_BEFORE, sentence):
        if pattern.search(before):
            return why
    for pattern, why in NOT_LOSS_AFTER:  # anchored right after the number: not screened
        if pattern.search(after):
            return why
    return None
