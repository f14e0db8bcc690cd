"""How people ask for an answer's form rather than its content ("just the number", "date only",
"in one tweet-length line", "as a list", "and say whose count it is"). Such words ask for what
every answer already gives (the figure, its period, who claims it), so the parser reads them
and they never make a question unread or move it to another kind. Regex rows on lower-case
English text, matched at word boundaries."""

from __future__ import annotations

import re

ANSWER_FORMAT_ROWS: tuple[str, ...] = (
    # "just the number", "only the date please", "number only", "month name + number only"
    # (never "days only": "working days only" is a period of its own)
    r"(?:just|only)\s+(?:the\s+)?(?:number|figure|date|total)s?",
    r"(?:(?:the\s+)?(?:month\s+name|number|figure|date|total)s?\s*(?:\+|and|&)\s*)?"
    r"(?:the\s+)?(?:month\s+name|number|figure|date|total)s?\s+only",
    # "in one tweet-length line", "one line please", "in a single sentence", "tweet-sized"
    r"(?:in\s+)?(?:one|a\s+single|1|a)\s+(?:tweet[- ](?:length|sized)\s+|short\s+)?"
    r"(?:line|sentence)",
    r"(?:for|in)\s+(?:a\s+)?tweet(?:[- ](?:length|sized))?",
    # "as a list", "in a table", "as bullets"
    r"(?:as|in)\s+(?:a\s+)?(?:list|table|bullet(?:ed)?\s+list|bullets|bullet\s+points)",
    # "short answer", "two sentences max", "keep it short", "briefly"
    r"(?:a\s+)?short\s+answer",
    r"(?:in\s+)?(?:two|three|2|3)\s+sentences\s+(?:max|maximum|at\s+most|or\s+less)",
    r"keep\s+it\s+(?:short|brief)",
    r"be\s+brief",
    r"briefly",
    # "in thousands, rounded", "rounded to the nearest thousand": the unit the asker wants to
    # read, not another figure ("rounded" alone only as an aside at the end or between commas:
    # "were the early reports rounded" asks about the figures) (wave 12)
    r"(?:rounded|round(?:ed)?\s+(?:up|down))\s+(?:to|in)\s+(?:the\s+nearest\s+)?"
    r"(?:thousands?|hundreds?|1,000|100|1000)",
    r"(?<=,\s)rounded(?=\s*(?:,|please|[.?!]*\s*$))",
    r"(?:in|as)\s+thousands",
    # "and say whose count it is", "and say up to which date", "and for what date"
    r"(?:and\s+)?(?:say|tell\s+me|note|mention)\s+(?:whose\s+(?:count|figure|number|claim|tally)"
    r"\s+it\s+is|(?:up\s+)?to\s+(?:which|what)\s+date|(?:for\s+)?(?:which|what)\s+(?:date|day|period))",
    r"and\s+for\s+(?:what|which)\s+date",
)
ANSWER_FORMAT_RE = re.compile(rf"\b(?:{'|'.join(ANSWER_FORMAT_ROWS)})\b")

# A follow-up that asks only for another form of the answer it just had ("shorter please", "a
# longer answer, with where it comes from", "more detail", "tl;dr?"): the cue words, and the
# words that may stand around them. Such a message is the question before asked again.
FORM_CUE_ROWS: tuple[str, ...] = (
    r"short(?:er)?|long(?:er)?|brief(?:er|ly)?|concise|terse|quick(?:er)?",
    r"(?:more\s+)?detail(?:s|ed)?|in\s+full|full(?:er)?|complete|verbose|elaborate|expand(?:ed)?",
    r"summar(?:y|i[sz]e)|tl;?\s*dr|one[- ]liner",
    r"with\s+(?:the\s+|its\s+|a\s+)?(?:sources?|links?|citations?|references?)",
    r"(?:with\s+|and\s+)?where\s+(?:it|this|that)(?:'s|\s+is|\s+was)?\s+(?:comes?|came)?\s*from",
)
FORM_CUE_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(FORM_CUE_ROWS)})(?![\w-])")
FORM_FILLER_RE = re.compile(
    r"(?<![\w-])(?:now|please|pls|plz|ok(?:ay)?|so|but|and|again|same|thing|answer|reply|"
    r"response|version|one|form|format|this\s+time|the|a|an|it|that|this|on|in|with|make|"
    r"can|could|would|will|you|u|give|gimme|me|i|want|need|like|to|say|write|put|more|bit|"
    r"little|much|way|be|do|just|only|instead|then|is|please)(?![\w-])"
)
