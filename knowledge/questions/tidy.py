"""One normalising pass over an English question before any row reads it (issue 12).

Real questions come wrapped in chat: a greeting, "quick one before my deadline", "thx a lot",
"u" for "you", and the slips of writers whose first language has no articles or plurals ("in
first ten day of the September", "how many the Russian"). Each row here rewrites one such habit
into the plain wording the rows of `parse` already read, so every row sees clean text. Rows are
general habits of writing, never a question's own words: a row that names a period, a claimant
or a kind of loss belongs in the lexicon, not here.

Politeness and framing are blanked (they ask for nothing); a rewritten slip keeps its place in
the question, so a word the rows still cannot read is reported where the asker typed it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.lexicon.calendar import MONTH_NAMES
from knowledge.lexicon.claimants import QUESTION_ALIASES
from knowledge.lexicon.patterns import alternation
from knowledge.questions.unread import Tracked

_MONTHS = alternation(MONTH_NAMES)
_COUNT = (
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|fifty|hundred)"
)
_UNIT = r"(?:day|week|month|year|hour)"
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
Rewrite = Callable[[re.Match[str]], str]
_DATE = (
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\s+\d{{4}}|(?:{_MONTHS})\s+"
    r"\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
)
_HAPPENED = (
    r"(?:began|begun|begins|started|starts|was\s+launched|launched|kicked\s+off|happened|"
    r"took\s+place|broke\s+out|opened|came|fell|ended|(?:was|were)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en|wn|t))"
)


def _blank(match: re.Match[str]) -> str:
    """Words that ask for nothing: read, and gone."""
    return " "


def _plural(match: re.Match[str]) -> str:
    """ "first ten day" -> "first ten days": the count names several."""
    return f"{match.group(0)}s"


def _word(new: str) -> Rewrite:
    """A row that writes `new` in place of what it matched."""
    return lambda match: new


# The claimants' channel handles ("@GeneralStaffZSU"): a name asked about, never the bot's.
_CLAIMANT_HANDLES = alternation([a[1:] for a in QUESTION_ALIASES if a.startswith("@")])

# (what the row is for, pattern, rewrite), applied in order, each once over the question.
ROWS: tuple[tuple[str, re.Pattern[str], Rewrite], ...] = (
    # "@losses_bot latest", "@bot, tanks in may?": the bot addressed by name in a group chat
    # (a claimant's own channel, "@mod_russia figures for ...", is whose figures are asked)
    ("mention", re.compile(rf"^\W*@(?!(?:{_CLAIMANT_HANDLES})\b)\w+\b[\s,:;.!-]*(?=\S)"), _blank),
    # "**russian losses**, _september 2023_": Telegram or Markdown emphasis around words
    ("emphasis", re.compile(r"(?<![\w*_~`])[*_~`]+(?=\w)|(?<=\w)[*_~`]+(?![\w*_~`])"), _blank),
    # "Hi all! ...", "Good morning team, ...": a greeting before a question (a bare greeting
    # stays, for the greeting reply: the lookahead wants two more words)
    ("greeting", re.compile(
        r"^\W*(?:hi|hello|hey|hiya|howdy|greetings|good\s+(?:morning|afternoon|evening|day)|"
        # "Morning! ...", "Evening, ...": the greeting said short, always with its mark
        r"(?:morning|mornin'?|afternoon|evening)(?=\s*[,!]|\s+[-\u2013\u2014]\s)|"
        r"dear\s+(?:bot|sir|madam|all))(?:\s+(?:all|everyone|everybody|there|team|folks|guys|"
        r"bot|again|friends))?\s*[,!.:;-]*\s+(?=\S+\s+\S+)"
        r"(?!(?:who|what)\s+are\s+you|what\s+can\s+you\s+do|how\s+are\s+you)"), _blank),
    # "hope you're well", "sorry to bother you": politeness inside the question
    ("politeness", re.compile(
        r"\b(?:(?:i\s+)?hope\s+(?:you(?:'re|\s+are)|u\s+r|all\s+is)\s+(?:well|good|fine)|"
        r"sorry\s+(?:to\s+bother(?:\s+you)?|for\s+the\s+(?:bother|trouble))|"
        r"(?:a\s+|just\s+a\s+)?quick\s+(?:one|question|q)|if\s+(?:you\s+)?(?:can|could|possible)"
        r")\b[\s,!.:;-]*"), _blank),
    # "before my deadline at 5 -", "ahead of our 6pm bulletin": when the asker must file, not a
    # period asked about
    ("deadline", re.compile(
        r"\b(?:before|ahead\s+of|by)\s+(?:my|our|the)\s+(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)\s+)?"
        r"(?:(?:morning|evening|afternoon|daily|weekly|editorial|news|team)\s+)?"
        r"(?:deadline|press\s+time|bulletin|broadcast|show|newscast|meeting|call|briefing|"
        r"conference|stand-?up|huddle|edit|print\s+run)(?:\s+(?:at|of)\s+\d{1,2}"
        r"(?::\d\d)?\s*(?:am|pm|h|o'?clock)?)?\s*[-,:;]*"), _blank),
    # "Working on a piece about the autumn fighting. Could you give me ... for September 2025?":
    # a sentence about the asker before the question, which names its own period
    ("about me", re.compile(
        r"^(?:[^.?!]*\b(?:i'?m|i\s+am|we'?re|we\s+are|im|working\s+on|writing|putting\s+"
        r"together|preparing|drafting)\b[^.?!]*[.!]+\s+)+"
        rf"(?=[^.?!]*\b(?:20\d\d|{_MONTHS}|yesterday|today|last\s+(?:week|month|year))\b)"),
     _blank),
    # "Asking for a colleague on the Lviv desk who can't log in: ...", "A reader asks us, and
    # I'd rather not guess: ...", "For our fact-check team, who doubt everything: ...": who
    # asks and why, said before a colon, with no figure in it; the question after it names its
    # own period (wave 11, qrecord)
    ("on behalf", re.compile(
        r"^[^:\d?]*\b(?:asking\s+for|ask(?:s|ed)?\s+(?:us|me)|(?:for|from|by)\s+(?:a|my|our|the)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:colleague|editor|boss|reader|producer|listener|viewer|student|"
        r"client|friend|team|desk|newsroom|audience|subscriber)s?|(?:my|our|a)\s+(?:[\w-]+\s+)?"
        r"(?:editor|colleague|boss|reader|producer|listener|viewer|student|client|friend)s?\s+"
        r"(?:wants?|asks?|asked|needs?|would\s+like)|i'?d\s+rather|(?:i|we)\s+(?:don'?t|do\s+not)"
        r"\s+want\s+to\s+guess)\b[^:\d?]*:\s+"
        rf"(?=[^?]*\b(?:20\d\d|{_MONTHS}|yesterday|today|last\s+(?:week|month|year))\b)"),
     _blank),
    # "I'm putting together a weekly digest for our readers in Vilnius", "working on a longer
    # piece for Monday's edition": what the asker is writing, never the period asked about
    ("work", re.compile(
        r"\b(?:(?:i'?m|i\s+am|we'?re|we\s+are|im)\s+)?(?:working\s+on|putting\s+together|writing|"
        r"preparing|drafting|finishing|compiling|editing)\s+(?:a|an|my|our|the|this|some)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:piece|article|story|digest|report|newsletter|thread|explainer|"
        r"column|feature|segment|brief|briefing|round-?up|fact-?check|post|analysis|script|"
        r"longread|long-read)s?\b"), _blank),
    ("edition", re.compile(
        rf"\bfor\s+(?:(?:this|next)\s+)?(?:{_DAYS}|tomorrow|today|tonight|the\s+weekend|"
        r"next\s+week)(?:'s|s')?\s+(?:edition|issue|paper|show|broadcast|bulletin|newsletter|"
        r"print\s+run|deadline|programme|program)\b"), _blank),
    ("readers", re.compile(
        r"\bfor\s+(?:our|my|the)\s+(?:readers|audience|viewers|listeners|subscribers|followers|"
        r"newsroom|desk|team)(?:\s+in\s+[a-z]+)?\b"), _blank),
    ("need one number", re.compile(
        r"\b(?:and\s+)?(?:i|we)\s+(?:just\s+|only\s+)?need\s+(?:just\s+|only\s+)?(?:one|a|the|"
        r"a\s+single)\s+(?:number|figure|stat)\b\s*[:,;-]?"), _blank),
    # "... thx a lot", "thanks in advance!", "cheers": thanks at the end
    ("thanks", re.compile(
        r"[\s,.!;-]*\b(?:thx|thanx|thanks|thank\s+you|ty|tia|cheers|many\s+thanks|much\s+"
        r"appreciated)(?:\s+(?:a\s+lot|so\s+much|very\s+much|in\s+advance|again|mate|all))*"
        r"[\s.!]*$"), _blank),
    ("please", re.compile(r"\b(?:pls|plz|pleas|please)\b[\s,!]*"), _blank),
    # "1 500", "12 000": thousands grouped by a space, as most of Europe writes them
    ("grouped digits", re.compile(r"(?<![\d,.])(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d,.]?\d)"),
     lambda m: f"{m.group(1)},{m.group(2)}"),
    # chat spellings: "u have", "ur data", "whats"
    ("you", re.compile(r"(?<![\w'.-])u(?![\w'-])"), _word("you")),
    ("your", re.compile(r"(?<![\w'.-])ur(?![\w'-])"), _word("your")),
    ("what is", re.compile(r"\b(?:whats|wats|wat's)\b"), _word("what's")),
    ("how many", re.compile(r"\b(?:hw|hoe|how)\s+(?:many|mny|manny)\b"), _word("how many")),
    # a writer's slips: no plural after a count ("first ten day"), an article before a month
    # or a side ("the September 2025", "how many the Russian"), "in the day of 1 May"
    ("plural", re.compile(
        rf"\b(?:first|last|past|next|opening|final|previous|those|these|the)\s+{_COUNT}\s+"
        rf"{_UNIT}(?=\s|[,.?!]|$)"), _plural),
    ("month article", re.compile(
        rf"\bthe\s+(?=(?:{_MONTHS})\s+(?:\d{{4}}|of\s+\d{{4}})\b)"), _blank),
    ("side article", re.compile(
        r"\b(?<=how many )the\s+(?=(?:russian|ukrainian)s?\b)"), _blank),
    ("day of", re.compile(r"\b(?:in|at|for|during)\s+the\s+day\s+of\s+(?=\d)"), _word("on ")),
    # "The incursion began on 6 August 2024. How many ... in the week after it began?": a
    # sentence dating an event, then a span anchored on it by a pronoun; the span is read
    # from the date (the event sentence asks for nothing: its date moves to the pronoun)
    ("event anchor", re.compile(
        rf"^[^.?!]*?\b{_HAPPENED}\s+(?:on\s+|in\s+)?(?P<date>{_DATE})[^.?!]*[.!:;]\s+"
        r"(?P<mid>[^?]*?\b(?:after|before|since|following|from|until|to|around|preceding)\s+)"
        r"(?:it|that|this|then|that\s+day|this\s+date|that\s+date|the\s+(?:start|launch|"
        r"beginning|incursion|offensive|attack|invasion|event))"
        rf"(?:\s+{_HAPPENED})?\b"), lambda m: f"{m['mid']}{m['date']}"),
)  # fmt: skip


_ON_BEHALF = next(pattern for name, pattern, _ in ROWS if name == "on behalf")


# Periods counted back from the data's last report, not from today ("your latest week", "the
# last week of data", "until the latest report", "the latest date your data goes up to"): each
# row writes the words for the same span counted back from today, and the question is then read
# as if asked on the day of the last report (`answer` does that), so the date rules stay one.
_DATA = (
    r"(?:\s+(?:of|in)\s+(?:the\s+|your\s+|my\s+)?data|\s+(?:that\s+)?you(?:'ve|\s+have)"
    r"(?:\s+got)?|\s+on\s+record|\s+available)"
)
_NEWEST = r"(?:latest|newest|most\s+recent)"
_WHOLE = r"(?:(?:full|complete|whole)\s+)?"
_WEEK = r"(?:week|seven\s+days|7\s+days)"


def _data_span(unit: str) -> str:
    """ "the latest week", "your last month of data": a unit back from the data's end."""
    return (
        rf"\b(?:(?:the|your|my)\s+)?{_NEWEST}\s+{_WHOLE}{unit}(?:{_DATA})?\b|"
        rf"\b(?:the|your|my)\s+(?:last|final)\s+{_WHOLE}{unit}{_DATA}\b"
    )


DATA_END_ROWS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("data's week", re.compile(_data_span(_WEEK), re.I), "the past 7 days"),
    ("data's days", re.compile(
        rf"\b(?:(?:the|your|my)\s+)?(?:{_NEWEST}|last|final)\s+(\d{{1,3}})\s+days{_DATA}\b", re.I
    ), r"the past \1 days"),
    ("data's month", re.compile(_data_span("month"), re.I), "last month"),
    ("data's end", re.compile(
        rf"\b(?:until|till|til|to|up\s+to|through|thru)\s+(?:the\s+|your\s+)?(?:{_NEWEST}|last|"
        rf"final)\s+(?:report|update|post|figures?|data|day)(?:{_DATA})?\b|\b(?:until|till|to|"
        r"up\s+to)\s+the\s+end\s+of\s+(?:the\s+|your\s+)?(?:data|series|figures|records?)\b|"
        r"\buntil\s+(?:your|the)\s+data\s+(?:ends|stops|runs\s+out)\b", re.I
    ), "until today"),
    ("data's reach", re.compile(
        r"\b(?:latest|last|most\s+recent|final|newest)\s+(?:date|day)\s+(?:(?:that\s+)?(?:your|"
        r"the)\s+(?:data|figures|series)\s+(?:goes|go|runs|run|reaches|reach|covers|cover)"
        r"(?:\s+up)?(?:\s+to)?|(?:that\s+)?you\s+have(?:\s+(?:data|figures)\s+for)?|(?:in|of)"
        r"\s+(?:your|the)\s+(?:data|series))\b", re.I
    ), "latest figure"),
)  # fmt: skip


def at_the_data_end(question: str) -> str | None:
    """`question` with its periods counted back from the data's last report written as if
    counted back from today, or None when it counts nothing back from the data's end."""
    text = question
    for _name, pattern, new in DATA_END_ROWS:
        text = pattern.sub(new, text)
    return None if text == question else text


def without_framing(text: str) -> str:
    """`text` (lower case) without who asks and why before a colon ("for our fact-check team,
    who doubt everything: ..."): that framing asks nothing about the sources either."""
    return _ON_BEHALF.sub(" ", text, count=1)


def tidy(read: Tracked) -> None:
    """Rewrite `read` in place, row by row (see `ROWS`)."""
    for _name, pattern, rewrite in ROWS:
        read.sub(pattern, rewrite)
