"""Follow-up questions: a fragment ("and tanks?", "what about december?") read against the
previous question of the same conversation.

`read_followup` says whether a message is a fragment and, if so, what it asks once merged with
the previous `Query`: the fragment's own readings (metric, period, claimant, side) win, the rest
is carried over. Nothing here keeps state; the conversation (knowledge.answering.conversation)
keeps the previous Query and its expiry.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from knowledge.dates import PART_ORDINALS, add_months, report_day_note, with_year
from knowledge.lexicon.calendar import MONTHS, NUMBER_WORDS, month_end
from knowledge.lexicon.formats import ANSWER_FORMAT_RE, FORM_CUE_RE, FORM_FILLER_RE
from knowledge.lexicon.patterns import alternation
from knowledge.lexicon.terms import METRIC_LABELS
from knowledge.models import (
    WAR_START,
    Figure,
    Intent,
    Metric,
    PeriodKind,
    PersonnelKind,
    Query,
    Subject,
    UnreadSpan,
)
from knowledge.questions.averages import average_unit
from knowledge.questions.cyrillic import as_english
from knowledge.questions.parse import parse_question, spelled_times
from knowledge.questions.sources import ASK_ROWS, Asked
from knowledge.wording import KIND_KEYS, period_words, say


class FollowKind(StrEnum):
    """How a fragment relates to the previous question."""

    refine = "refine"  # "and tanks?", "what about december?": one new question
    compare = "compare"  # "more than last month?": the previous period beside another
    sources = "sources"  # "where is this from?": the previous answer's sources
    record = "record"  # "is that a record?": the record of its unit, beside the last figure


# The follow-up forms, as a table: what each carries over from the previous turn (M metric,
# S side, C claimant, P period, K kind of personnel loss) and what it replaces. `_MARKERS`
# says which messages are fragments; `merge_query` and `read_followup` apply the forms.
# | form              | as typed                              | keeps   | replaces
# | bare period       | "feb?", "2024?"                       | M S C K | P
# | bare metric       | "tanks?", "and drones"                | P S C   | M, K
# | shift by a unit   | "a year earlier", "the week before"   | M S C K | P, moved by the unit
# | N of its own unit | "the 7 before that", "the next 3"     | M S C K | P: N units beside it
# | same time, a year | "same week in 2023"                   | M S C K | P's year
# | kind of the same  | "how many of those were killed"       | P S C M | K
# | around then       | "what did kyiv say at the time"       | M S K   | P: total to its day, C
# | total at a point  | "and the total?", "the total in it?"  | M S C K | P: running total to P's
# |                   |                                       |         | end (a named report's day)
# | since then        | "and since then?", "from then on"     | M S C K | P: from P's end, open
# | the whole unit    | "and the whole month?"                | M S C K | P: the unit holding it
# | that day itself   | "and the fighting of that day?"       | M S C K | P: a named report's day
# | N units beside it | "the 3 months before that"            | M S C K | P: that span beside it
# | the whole war     | "and in total since the start?"       | M S C K | P: none, the newest total
# | now               | "and now?", "currently?"              | M S C K | P: none, the newest figure
# | which unit worst  | "which day was the worst?"            | all     | the figure: P's record
# | side alone        | "what about ukraine?"                 | M P K   | S (and C: that side's)
# | claimant alone    | "according to the general staff"     | M S P K | C
# | drop a word       | "forget avdiivka, the whole front"    | M S C K | words it could not use
# |                   |                                       | P       | (and P when it names one)
# | check it          | "does the daily data agree with that" | all     | nothing: asked again
# | last complete     | "the most recent full month you have" | M S C K | P: the last whole unit of
# |                   |                                       |         | the data's fighting days
# | average           | "avg per day?"                        | all     | the figure: an average
# | sources           | "who publishes that count?"           | answer  | (its sources)
# | compare both      | "which was worse", "the difference?"  | both    | (the last two, beside)
# | correction        | "no, I meant tanks", "not that - the  | the     | what the rest names
# |                   | wounded", "sorry, march not may"      | rest    | ("not Y" dropped)
# | the change        | "by how much?", "in %?", "up or down" | both    | (the last two, later
# |                   |                                       |         | against earlier)
# | is that a record  | "is that a record?", "the worst ever?"| M S C   | the figure: the record
# |                   |                                       |         | of P's unit, whole war
# | that day's report | "the update published that morning"   | M S C K | P: the report of P's day
# | how far data goes | "what's the last date you have"       | M S C K | P: none, the newest
# | the data's last   | "the last month you have", "your      | M S C K | P: the data's last
# |                   | latest week", "last 30 days in your   |         | whole unit / N days
# |                   | data"                                 |         |
# | any claimant      | "any source then", "forget the UK"    | M S P K | C: none
# | a side says       | "what do the russians say", "and      | M S P K | C: that side's
# |                   | Moscow?" (after a claimant)           |         | officials
# | compare another   | "more than last month?", "was it      | all     | a second P beside it
# |                   | higher in 2024?", "how does that      |         |
# |                   | compare to the year before?"          |         |
# | a unit back       | "vs last year", "yoy?", "m/m"         | all     | P a unit back, beside
# | own side's word   | "and ru side?" (after Russia's losses)| M S P K | C: that side's officials
# | a name alone      | "and the UK?", "zelensky?"            | M S P K | C
# | two totals' gap   | "difference?" after two totals        | M S C K | P: between the reports
# | part of the unit  | "the rest of the month?", "that week  | M S C K | P: cut at P's last day
# |                   | so far", "by the end of that year?"   |         |
# | of that year      | "first half of the year?"             | M S C K | P in P's year
# | narrowed          | "only the days in February", "just    | M S C K | P: its part inside the
# |                   | march" (after a span across months)   |         | period named
# | a kind, both      | "tanks for both months together"      | S C     | P: the last two joined, M
# | until then        | "and until then, in total?",          | M S C K | P: running total to P's
# |                   | "everything before that"              |         | start ("since") or end
# | why different     | "why is that different from the       | both    | (the last two, beside; one
# |                   | first number?"                        |         | answer: its sources)
# A shift by a longer unit after a shift ("the day after?", then "and the week after") moves
# the question the chat started from (the conversation's anchor); an acknowledgement first
# ("fine, ...", "ok cool ...") is cut before any row reads the message.

# A shift of the previous period by a unit, as people type it ("a year earlier", "2 months
# before", "the week before that", "the previous year", "same month last year", "go back a
# month", "move it a week forward", "a year on").
# "back a month", "a week forward", "a year on": the direction words of a shift after or
# before its count ("on" only closing the message: "a month on average" is no shift).
_BACK = r"back(?:wards?)?|further\s+back"
_FORTH = r"forwards?|ahead|on(?:wards?)?(?=\W*$)"
_BACK_FORTH = _BACK + "|" + _FORTH
# "go back a month", "move it a week later", "shift the dates by a year": the verb before a
# shift (one without a direction, "shift it by a month", is left unread: no shift is guessed)
_SHIFT_VERB = (
    r"(?:go(?:ing)?|move|moving|shift|shifting|push|pushing|step|jump|slide|roll)\s+(?:it\s+|"
    r"that\s+|this\s+|them\s+|the\s+(?:period|dates?|window|span)\s+)?(?:by\s+)?"
)
_COUNT = r"(?P<n>a|an|one|two|three|four|five|six|\d{1,2})"
_UNIT = r"(?P<unit>day|week|month|quarter|year)s?"
_COUNT_2, _UNIT_2 = _COUNT.replace("<n>", "<n2>"), _UNIT.replace("<unit>", "<unit2>")
_SHIFT_WORDS = (
    r"(?:what\s+about\s+|how\s+about\s+)?(?:the\s+)?(?:" + _SHIFT_VERB + r")?(?:(?:a|an|one|two|"
    r"three|four|five|six|\d{1,2})\s+(?:day|week|month|quarter|year)s?\s+(?:earlier|before|prior|"
    r"ago|later|after|" + _BACK_FORTH + r")|(?:" + _BACK_FORTH + r")\s+(?:by\s+)?(?:a|an|one|two|"
    r"three|four|five|six|\d{1,2})\s+(?:day|week|month|quarter|year)s?|"
    r"(?:previous|prior|preceding|next|following)\s+(?:day|week|month|quarter|year|one)|"
    r"(?:day|week|month|quarter|year|one|period)\s+(?:before|after|earlier|later)|before\s+that|"
    r"(?:morning|evening)\s+(?:before|after)|(?:next|following|previous|prior|preceding|"
    r"earlier)\s+(?:morning|evening|report|update|bulletin|post|edition|summary|briefing)|"
    r"same\s+(?:time|period|month|week|day|quarter|dates?)\s+(?:a\s+year\s+(?:earlier|before|ago)|"
    r"(?:the\s+)?(?:last|previous|prior)\s+year|the\s+year\s+before))"
)

# "around then", "at the time", "by then": the day the previous answer's figure speaks of.
_THEN = re.compile(
    r"\b(?:(?:around|about|by|until|till|up\s+to)\s+then|at\s+(?:that|the\s+same)\s+time|"
    r"at\s+the\s+time|back\s+then|same\s+time|that\s+(?:day|date|point))\b"
)

# "when did they say that?", "when was that published?", "date of that?": asks the day a
# figure was said, which is then what "around then" in the next message means.
_WHEN_SAID = (
    r"^(?:and\s+|but\s+|so\s+)?(?:when\s+(?:did|was|were|is)\s+(?:they|that|this|it|"
    r"[\w' ]{2,30}?)\s+(?:say|said|says|published|reported|stated|announced|claimed|"
    r"(?:say|said|publish|report|state|announce|claim)\s+(?:that|this|it|so))\b|"
    r"date\s+of\s+(?:that|this|it))"
)
_WHEN_SAID_RE = re.compile(_WHEN_SAID)


def then_day(
    last_question: str, period_end: dt.date | None, said: dt.date | None
) -> dt.date | None:
    """What "around then" means after the last answer: the day its figure was said when the
    last message asked when that was ("when did they say that?"), else the day the figure
    speaks of (its period's end), else the day it was said."""
    if said is not None and _WHEN_SAID_RE.search(_words(last_question).strip(" ?!.")):
        return said
    return period_end or said


# "which was worse", "the difference?", "how do they compare": the last two questions side
# by side (compare both).
_BOTH = re.compile(
    r"^(?:and\s+|so\s+|ok\s+)?(?:which|what)\s+(?:one\s+|of\s+(?:the\s+two|them|those|these)\s+|"
    r"(?:half|quarter|month|week|year|day|season|period|span|stretch)\s+)?(?:was|is|were)\s+(?:higher|lower|"
    r"more|less|worse|bigger|smaller|deadlier|heavier|larger|greater|better)\b|^compare\s+(?:them|"
    r"the\s+two|both|those)\b|^(?:and\s+|so\s+|ok\s+)?(?:what(?:'s|\s+is|\s+was)?\s+)?(?:the\s+)?"
    # "they": the Cyrillic rows' word for "ними" (а різниця між ними?)
    r"(?:difference|diff|gap)(?:\s+between\s+(?:the\s+two|them|they|those|these|both(?:\s+of\s+"
    r"them)?))?"
    r"$|^(?:and\s+|so\s+)?how\s+do\s+(?:they|the\s+two|those|these|both)\s+compare\b"
)
# "why is that different from the first number?", "how come they don't match?", "why the gap
# between the two?": the last two answers side by side, each with its source and its reading
# (compare both): the bot says what each figure is, never a cause of its own.
_WHY_DIFFERENT = re.compile(
    r"^(?:and\s+|so\s+|but\s+|ok\s+)?(?:why|how\s+come)\b(?:(?!\d).){0,40}?\b(?:differ(?:s|ent|ence)?|"
    r"(?:don't|doesn't|do\s+not|does\s+not)\s+(?:match|agree|add\s+up)|not\s+the\s+same|"
    r"mismatch|gap|discrepancy|(?:so\s+)?(?:much\s+)?(?:higher|lower|bigger|smaller)|"
    # the Ukrainian and Russian verbs the question rows leave as they are ("чому це
    # відрізняється від ...", "почему они не совпадают")
    r"відрізня\w*|різн\w*|розбіжн\w*|отлича\w*|различ\w*|разн\w*|расхожд\w*|not\s+(?:match|збіга\w*|"
    r"співпада\w*|совпада\w*|сход\w*))(?!\w)"
    r"(?:\s+(?:from|than|to|with|between)\s+(?P<other>.{1,60}))?$"
)
# The other figure of "why is that different from ...": the earlier answer, both set side by
# side; any other ("the 45,720 Newsweek printed") is not ours to explain: the last answer's
# sources are shown.
_EARLIER_ONE = re.compile(
    r"^(?:the\s+)?(?:first|earlier|previous|other|last|two|both|them|those|these)(?:\s+(?:one|ones|"
    r"number|numbers|figure|figures|answer|answers|of\s+them))?$"
)
# "both together?", "combined?", "add them up": the last two periods as one span (only when
# they meet end to start; two periods apart sum to no period of their own).
_TOGETHER = re.compile(
    r"^(?:and\s+|so\s+|ok\s+)?(?:(?:the\s+)?(?:both|two|them|those|these)(?:\s+of\s+them)?\s+"
    r"(?:together|combined|added(?:\s+up)?)|(?:together|combined)|add\s+(?:them|those|these|"
    r"both)\s+up|(?:what(?:'s|\s+is)\s+)?(?:the\s+)?(?:sum|total)\s+of\s+(?:both|them|those|these|"
    r"the\s+two))$"
    # "and tanks for both months together?", "the drones over the two weeks combined": the same
    # joined span, asked of what the message names
    r"|^(?:and\s+|so\s+|ok\s+)?(?:what\s+about\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:for|over|in|"
    r"across)\s+(?:both|the\s+two|those\s+two|these\s+two|the\s+both)(?:\s+(?:months|weeks|"
    r"days|years|quarters|periods|spans))?\s+(?:together|combined|taken\s+together|in\s+total)$"
)
# "and in total?", "altogether?", "all told": after two periods that meet, both as one span.
_IN_TOTAL = re.compile(
    r"^(?:and\s+|so\s+|ok\s+)?(?:what(?:'s|\s+is|\s+was)\s+(?:that\s+|it\s+)?|how\s+many\s+)?"
    r"(?:in\s+total|altogether|all\s+together|in\s+all|all\s+told|combined|in\s+sum|summed)"
    r"(?:\s+then)?$"
)
_NUMBER = r"\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty"
# "the 7 before that", "and the previous 7?", "the 14 after that": N of the previous period's
# own unit, right before or after it (N units).
_COUNT_NEXT = re.compile(
    r"^(?:and\s+|so\s+|ok\s+)?(?:what\s+about\s+|how\s+about\s+)?(?:the\s+)?(?:(?P<n>"
    + _NUMBER
    + r")\s+(?P<dir>before|prior|earlier|after|following|later)(?:\s+(?:that|this|it|"
    r"those|these|them))?|(?P<dir2>previous|preceding|prior|next|following)\s+(?P<n2>"
    + _NUMBER
    + r"))$"
)
# "the 3 months before that", "the next two weeks": a span of N units beside the period.
_SPAN_NEXT = re.compile(
    r"^(?:and\s+|so\s+|ok\s+)?(?:what\s+about\s+|how\s+about\s+)?(?:for\s+|in\s+|over\s+)?the\s+"
    r"(?:(?P<dir2>previous|preceding|prior|next|following)\s+(?P<n2>" + _NUMBER + r")\s+"
    r"(?P<unit2>day|week|month|year)s?|(?P<n>" + _NUMBER + r")\s+(?P<unit>day|week|month|year)s?\s+"
    r"(?P<dir>before|prior|earlier|after|following|later)(?:\s+(?:that|this|it))?)$"
)
# "according to the general staff", "and per ukraine's mod?": a claimant alone (parse_question
# must find one), the rest kept.
_CLAIMANT_ONLY = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|what\s+about\s+|how\s+about\s+)?(?:according\s+to|acc\.?\s+to|per|"
    r"as\s+per|going\s+by)\s+(?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,4}$"
)
# "and in total since the start?", "the whole war?", "all told?": the newest running total.
_WHOLE_WAR = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|what\s+about\s+|how\s+about\s+)?(?:(?:in\s+total|overall|altogether|"
    r"all\s+told)(?:\s+(?:since|from)\s+(?:the\s+)?(?:start|beginning|outset|invasion\s+began|war\s+"
    r"began)(?:\s+of\s+(?:the\s+)?(?:full[- ]scale\s+)?(?:war|invasion))?)?|"
    r"(?:for\s+|over\s+|in\s+)?the\s+(?:whole|entire)\s+war|(?:since|from)\s+(?:the\s+)?(?:start|beginning|outset)(?:\s+of\s+"
    r"(?:the\s+)?(?:full[- ]scale\s+)?(?:war|invasion))?|since\s+the\s+(?:war|invasion)\s+began"
    # "since the invasion?", "since day one", "since the war started"
    r"|(?:ever\s+)?(?:since|from)\s+(?:the\s+(?:full[- ]scale\s+)?(?:invasion|war)(?:\s+(?:started|"
    r"began))?|day\s+(?:one|1))"
    # "total so far?", "and the running tally to date": the newest total, not the last period's
    r"|(?:the\s+)?(?:(?:running|overall|cumulative|grand|whole[- ]war)\s+)?(?:total|tally|count|"
    r"cumulative)\s+(?:so\s+far|to\s+date|(?:up\s+)?(?:to|till|until)\s+now|as\s+of\s+(?:now|today)))$"
)
# "and now?", "as of now?", "currently?": the newest figure, whenever it is.
_NOW = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|what\s+about\s+|how\s+about\s+)?(?:as\s+of\s+|right\s+)?(?:now|"
    r"currently|today'?s?\s+total|these\s+days|nowadays)$"
)
# "which day was the worst?", "what week had the highest?": the record inside the period.
_WHICH_RECORD = re.compile(
    r"^(?:and\s+|so\s+|ok\s+)?(?:which|what)\s+(?:single\s+)?(?P<unit>day|week|month)\s+(?:was|is|"
    r"had|saw)\s+(?:the\s+)?(?:worst|deadliest|highest|biggest|heaviest|quietest|lowest|calmest|"
    r"most)\b"
)
# "was it higher in 2024?", "higher or lower than 2023?": the previous period beside another.
_HIGHER_IN = re.compile(
    r"^(?:was|is|were)\s+(?:it|that|this|they)\s+(?:higher|lower|more|less|worse|better|bigger|"
    r"smaller)\s+(?:in|during|for)\s|^(?:higher|lower|more|less|up|down|bigger|smaller)\s+or\s+"
    r"(?:higher|lower|more|less|up|down|bigger|smaller|fewer)\s+(?:than|from|vs\.?)\s"
)
# "what about ukraine?", "and ukraine's?", "the ukrainians?": a side alone, whose losses.
_SIDE_ONLY = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|what\s+about\s+|how\s+about\s+)?"
    # "the same for ukraine?", "same q but for the russians": the side alone, the rest kept
    r"(?:(?:the\s+)?same\s+(?:q|question|thing|one|numbers?|figures?|again|period)?\s*(?:but\s+)?"
    r"(?=for\s|with\s|about\s|on\s))?(?:for\s+|on\s+|with\s+|about\s+)?(?:the\s+)?"
    r"(?:(?P<ukraine>ukraine(?:'s)?|ukrainians?(?:'s?)?|kyiv(?:'s)?|kiev(?:'s)?|ua|ukr)|(?P<russia>"
    r"russia(?:'s)?|russians?(?:'s?)?|moscow(?:'s)?|ru|rf|rus))(?P<side>\s+side)?(?:\s+then|\s+too|\s+instead)?$"
)
# "and the running total in it?", "the total tanks at that point?", "cumulative by then?":
# the running total to the end of the previous period (a named report: to its date).
_TOTAL_AT = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|what(?:'s|\s+is|\s+was)\s+|(?:what|how)\s+about\s+)?(?:the\s+)?"
    r"(?:(?:running|overall|cumulative|whole[- ]war|grand)\s+)?(?:total|tally|count|cumulative"
    r"(?:\s+(?:figure|number))?)(?:\s+[\w']+){0,2}?\s+(?:at\s+(?:that|this|the\s+same)\s+"
    r"(?:point|time|date|stage|moment)|(?:by|until|till|up\s+to)\s+then|then|at\s+the\s+time|"
    r"in\s+(?:it|that|this)(?:\s+(?:report|update|post|one|bulletin))?|"
    # "and the cumulative at the end of it?", "the total by the end of that period"
    r"(?:at|by)\s+(?:the\s+)?end\s+of\s+(?:it|that|this|the\s+period|that\s+period))$"
)
# "and the total?", "the overall tally?": the running total to the previous period's end,
# when the message names no period of its own ("and the total for 2023?" is 2023's).
_TOTAL_BARE = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|what(?:'s|\s+is|\s+was)\s+)?(?:the\s+)?(?:(?:running|overall|"
    r"cumulative|whole[- ]war|grand)\s+)?(?:total|tally|cumulative(?:\s+(?:figure|number|count))?)"
    r"(?:\s+[\w']+)?$"
)
# "and since then?", "from then on", "after that, up to now": from the previous period's end
# to the latest report, as "since 31 March" is read.
_SINCE_THEN = re.compile(
    r"^(?:and\s+|so\s+|ok\s+(?:and\s+)?|what\s+about\s+|how\s+about\s+)?(?:(?:ever\s+)?since(?:\s+"
    r"(?:then|that(?:\s+(?:date|day|month|week|year|point))?))?|from\s+then\s+on(?:wards)?|after\s+"
    r"(?:that|then)(?:\s*,?\s*(?:up\s+to|until|till|to)\s+(?:now|today|date))?)$"
)
# "and until then, in total?", "everything before that?", "the total up to then": the running
# total to the day before the previous period starts ("before") or, after an open span ("since
# June"), up to its start; after a closed span "until then" is the total at its end.
_TOTAL_WORDS = (
    r"(?:in\s+total|overall|altogether|all\s+told|in\s+all|combined|everything|the\s+(?:running\s+|"
    r"whole\s+|overall\s+)?total|all\s+(?:of\s+)?the\s+losses)"
)
_THAT_POINT = r"(?:then|that(?:\s+(?:date|day|point|month|week|year))?|it)"
_UNTIL_THEN = re.compile(
    r"^(?:and\s+|so\s+|ok\s+(?:and\s+)?|what\s+about\s+)?(?:(?:" + _TOTAL_WORDS + r"\s*,?\s+)?"
    r"(?P<until>until|till|up\s+to|up\s+until)\s+"
    + _THAT_POINT
    + r"(?:\s*,?\s*"
    + _TOTAL_WORDS
    + r")?|"
    + _TOTAL_WORDS
    + r"\s*,?\s+(?P<before>before|prior\s+to)\s+"
    + _THAT_POINT
    + r"|"
    r"(?:before|prior\s+to)\s+" + _THAT_POINT + r"\s*,?\s*" + _TOTAL_WORDS + r")$"
)
# "and the whole month?", "for the year as a whole": the unit that holds the previous period.
_WHOLE_UNIT = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|what\s+about\s+|how\s+about\s+)?(?:for\s+|in\s+|over\s+)?(?:the\s+|"
    r"that\s+|this\s+)?(?:(?:whole|entire|full|complete)\s+(?P<unit>week|month|quarter|year)|"
    r"(?P<unit2>week|month|quarter|year)\s+as\s+a\s+whole|all\s+(?:of\s+)?(?:that|the|this)\s+"
    r"(?P<unit3>week|month|quarter|year))(?:\s+then)?$"
    # "and the quarter?", "that month?": the unit holding it, named alone ("this year?" is the
    # calendar's, read by the parser)
    r"|^(?:and\s+|so\s+|what\s+about\s+|how\s+about\s+)?(?:for\s+|in\s+|over\s+)?(?:the|that)"
    r"\s+(?P<unit4>week|month|quarter|year)(?:\s+(?:overall|in\s+total|altogether|total|"
    r"as\s+a\s+whole))?(?:\s+then)?$"
)
# "and on the 14th?", "the 20th then", "what about the 3rd": that day of the last period's
# month (the parser reads no day without a month).
_DAY_OF_MONTH = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|what\s+about\s+|how\s+about\s+)?(?:on\s+|for\s+)?(?:the\s+)?"
    r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:\s+then)?$"
)
# "excluding the first week?", "without the last 3 days", "minus the final fortnight": the
# previous period with its first or last N days or weeks cut off.
_TRIM = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|but\s+|now\s+|what\s+about\s+|how\s+about\s+)?(?:excluding|exclude|"
    r"without|except(?:\s+for)?|minus|less|leaving\s+out|leave\s+out|not\s+counting|dropping|drop|"
    r"skipping|skip|ignoring|ignore)\s+(?:the\s+)?(?P<end>first|last|final|opening|closing)\s+"
    r"(?:(?P<n>\d{1,2}|[a-z]+)\s+)?(?P<unit>day|week)s?(?:\s+(?:of\s+)?(?:it|that|them|the\s+"
    r"(?:month|year|quarter|period)))?(?:\s+then)?$"
)
# "the first week of it", "only the last 10 days", "just the final month of that year", "the
# last 3 months of it": the previous period's first or last N days, weeks or months. "The last
# week" alone is the calendar's, so a bare "last" needs "of it" or "only the"; "first" does not.
_EDGE_UNITS = r"(?P<unit>day|week|fortnight|month)s?"
_OF_IT = (
    r"(?:\s+(?:of|in|within)\s+(?:it|that|them|those|this|the\s+same|(?:the|that|this)\s+(?:month|"
    r"year|quarter|period|week|span|stretch|half)))"
)
_EDGE_PART = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|now\s+|what\s+about\s+|how\s+about\s+)?(?P<only>(?:only|just)\s+)?"
    r"(?:for\s+|in\s+|over\s+|during\s+)?(?P<the>the\s+)?(?:(?P<first>first|opening|initial|earliest)|"
    r"(?P<last>last|final|closing|latest))\s+(?:(?P<n>\d{1,2}|"
    + "|".join(w for w in NUMBER_WORDS if w.isalpha() and len(w) > 2)
    + r")\s+)?"
    + _EDGE_UNITS
    + r"(?P<of>"
    + _OF_IT
    + r")?(?:\s+then)?$"
)
# "stretch it to a fortnight from the 8th", "make it two weeks", "extend it by a week", "widen
# it to the whole month": the last period made longer (or shorter), from its own start (or
# from the day of its month named), by N units, or to the unit holding it.
_STRETCH = re.compile(
    r"^(?:(?:and|so|ok|now|then)\s+)*(?:(?:stretch|extend|widen|expand|lengthen|make|grow|"
    r"shorten|cut|trim)\s+(?:it|that|this|the\s+(?:window|period|span|range))|stretch|extend|"
    r"widen|expand)(?:\s+(?P<by>by)|\s+(?:to|into|out\s+to))?\s+(?:a\s+|an\s+|the\s+(?P<whole>"
    r"(?:whole|full|entire)\s+)?)?(?:(?P<n>\d{1,2}|"
    + "|".join(w for w in NUMBER_WORDS if w.isalpha() and len(w) > 2)
    + r")\s+)?(?P<unit>day|week|month|quarter|year)s?(?:\s+(?:from|starting(?:\s+(?:on|from))?|"
    r"beginning)\s+(?:the\s+)?(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)?(?:\s+then)?$"
)
# "break it down by month", "month by month?", "weekly breakdown pls": the last question again,
# unit by unit (the breakdown rows read the unit from the message itself).
_BREAK_DOWN = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|now\s+|can\s+you\s+|could\s+you\s+|pls\s+|please\s+)*(?:(?:break|split)"
    r"\s+(?:it|that|this|them|those)\s+(?:down\s+|up\s+)?(?:by|per|into)\s+(?:the\s+)?(?:month|week)s?|"
    r"(?:the\s+)?(?:month|week)[\s-]+(?:by|on)[\s-]+(?:month|week)|(?:a\s+|the\s+)?(?:monthly|weekly)\s+"
    r"(?:breakdown|split|list|table|series)|(?:a\s+|the\s+)?breakdown\s+by\s+(?:month|week))"
    r"(?:\s+(?:pls|please|then))?$"
)
# "and the second half?", "just the first half of the month", "the latter half of it" after one
# month or calendar year: that half of the previous period itself.
_HALF_OF = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|now\s+|what\s+about\s+|how\s+about\s+)?(?:only\s+|just\s+)?(?:for\s+|"
    r"in\s+|over\s+|during\s+)?(?:the\s+)?(?:(?P<first>first|1st|earlier|former)|(?P<second>second|"
    r"2nd|latter|last|later))\s+half(?:\s+of\s+(?:it|that|this|them|(?:the|that|this)\s+(?P<unit>"
    r"month|year|quarter|week|period|span)))?(?:\s+then)?$"
)
# "the rest of the month?", "that week so far?", "by the end of that year?": a part of the unit
# holding the previous period's last day, cut at that day.
_PART_OF_UNIT = re.compile(
    r"^(?:and\s+|so\s+|what\s+about\s+|how\s+about\s+)?(?:for\s+|in\s+|over\s+)?(?:(?:the\s+)?"
    r"(?P<rest>rest|remainder)\s+of\s+(?:the|that|this)\s+(?P<u1>week|month|quarter|year)|(?P<sofar>"
    r"so\s+far|up\s+to\s+then)\s+(?:that|this|the)\s+(?P<u2>week|month|quarter|year)|(?:that|the)\s+"
    r"(?P<u3>week|month|quarter|year)\s+(?P<sofar2>so\s+far|up\s+to\s+then|until\s+then)|(?P<byend>"
    r"by|as\s+of|at)\s+(?:the\s+)?end\s+of\s+(?:the\s+|that\s+|this\s+)?(?P<u4>week|month|quarter|"
    r"year))$"
)
# "and the fighting of that day?" after a named report: the fighting of the report's own day
# (the previous answer gave the day before it).
_THAT_DAY = re.compile(
    r"\b(?:(?:the\s+)?(?:fighting|combat|battles?|losses)\s+(?:of|on)\s+(?:that|the\s+same)\s+day|"
    r"that\s+day(?:'s)?\s+(?:itself|fighting|own\s+fighting)|the\s+day\s+itself)\b"
)
# "forget avdiivka", "the whole front", "overall": drop the words the previous question could
# not use (a follow-up only when it had such words).
_DROP = re.compile(
    r"\b(?:forget(?:\s+about)?|ignore|never\s*mind|nvm|drop|skip|leave\s+out|without)\s+"
    r"(?:the\s+)?[\w'-]+|\b(?:overall|(?:the\s+)?(?:whole|entire)\s+(?:front(?:\s*line)?|"
    r"country|war)|all\s+(?:fronts|of\s+it|the\s+front)|across\s+the\s+(?:whole\s+|entire\s+)?"
    r"front|nationwide|country-?wide|everywhere|in\s+general)\b"
)
_DROP_VERB = re.compile(
    r"^(?:forget(?:\s+about)?|ignore|never\s*mind|nvm|drop|skip|leave\s+out|without)\s+"
)
# "does the daily data agree with that?", "is that right?": the previous question again
# (its answer shows every figure for it, and whether they agree).
_CHECK = re.compile(
    r"^(?:and\s+|so\s+|but\s+)?(?:(?:does|do|did|is|are|was|were)\s+(?:the\s+)?[\w' ]{0,40}?\s*"
    r"(?:agree|match|tally|square|line\s+up|fit|back\s+(?:that|this|it)\s+up|support|confirm|"
    r"consistent|check\s+out|add\s+up|hold\s+up|stack\s+up|bear\s+(?:that|this|it)\s+out)\b|"
    r"(?:is|was)\s+(?:that|this|it)\s+borne\s+out\b|"
    r"(?:is|was)\s+(?:that|this|it)\s+(?:right|correct|true|accurate)\b|"
    r"(?:can\s+you\s+|pls\s+|please\s+)?(?:check|verify|cross-?check)\s+(?:that|this|it)\b)"
)
# "the most recent full month you have", "the last complete week": the last whole unit the
# data covers.
_LAST_COMPLETE = re.compile(
    r"\b(?:most\s+recent|latest|last|newest)\s+(?:full|complete|completed|whole|entire|"
    r"finished)\s+(?P<unit>week|month|year)\b"
)
# "by how much?", "in %?", "so up or down?", "what's the change": how the last answer differs
# from the one before it (compare both, the later against the earlier); after one question
# alone, against the period before it.
_CHANGE = re.compile(
    # "how many more?", "how much less was that": the later figure against the earlier
    r"^(?:and\s+|so\s+|ok\s+|but\s+)?how\s+(?:many|much)\s+(?:more|fewer|less|extra|higher|lower)"
    r"(?:\s+(?:is|was|were)\s+(?:that|it|they|those))?(?:\s+(?:then|in\s+total|altogether))?$|"
    r"^(?:and\s+|so\s+|ok\s+|but\s+)?(?:(?:went|go(?:ne)?|was\s+(?:it|that)|is\s+(?:it|that)|did\s+"
    r"(?:it|they)\s+go)\s+)?(?:(?:up\s+or\s+down|down\s+or\s+up|higher\s+or\s+lower|more\s+or\s+"
    r"less)(?:\s*,?\s*(?:and\s+)?(?:by\s+how\s+much|by\s+what\s+(?:%|percent(?:age)?)|how\s+much|"
    r"in\s+%))?|by\s+how\s+much(?:\s+(?:did|has|was)\s+(?:it|that|they)\s+\w+|\s+(?:more|less|"
    r"higher|lower|bigger|smaller))?|by\s+how\s+many\s+(?:%|percent)|by\s+what\s+(?:%|"
    r"percent(?:age)?|factor)|how\s+much\s+(?:higher|lower|more|less|bigger|smaller|up|down)|how\s+big"
    r"\s+(?:is|was)\s+(?:the|that)\s+(?:difference|change|gap|jump|drop)|(?:what(?:'s|\s+is|\s+was)\s+)?"
    r"the\s+change|in\s+(?:%|percent(?:age)?(?:\s+terms)?)|as\s+a\s+percent(?:age)?|(?:what\s+)?%\s+"
    r"change(?:\s+is\s+that)?|percent(?:age)?\s+change|(?:what|how\s+much)\s+is\s+that\s+in\s+%|"
    # "what's the % difference", "percentage?", "did it go up", "increase or decrease?"
    r"(?:what(?:'s|\s+is|\s+was)\s+)?the\s+(?:%|percent(?:age)?)(?:\s+(?:difference|change|"
    r"increase|decrease|rise|drop|fall))?|percent(?:age)?|(?:did|has|have|were|was)\s+(?:it|that|"
    r"they|those|these|losses|the\s+losses)\s+(?:go(?:ne)?\s+(?:up|down)|gone\s+(?:up|down)|rise|"
    r"risen|fall(?:en)?|drop(?:ped)?|increase[ds]?|decrease[ds]?|grow|grown|decline[ds]?|went\s+"
    r"(?:up|down))(?:\s+or\s+(?:fall|drop|down|up|decrease|decline|rise|not))?|(?:increase|rise|"
    r"up|growth)\s+or\s+(?:decrease|fall|drop|down|decline))$"
)
# "compare it with the same month in 2024": the previous period beside another, in time order.
_COMPARE_IT = re.compile(
    r"^(?:and\s+|so\s+|now\s+|ok\s+)?(?:pls\s+|please\s+)?compare\s+(?:(?:it|that|this|them|those)"
    r"\s+)?(?:to|with|against)\s"
)
# "is that a record?", "was that the worst ever?", "has it ever been higher?": the record of
# the previous period's unit over the whole war, beside the last figure.
_IS_RECORD = re.compile(
    r"^(?:and\s+|so\s+|but\s+)?(?:(?:is|was)\s+(?:that|this|it)\s+(?:a\s+|the\s+)?(?:new\s+|all[- ]"
    r"time\s+)?(?:record|(?:worst|highest|biggest|deadliest|heaviest|most)(?:\s+(?:day|week|month|"
    r"year|figure|one))?\s+(?:ever|so\s+far|yet|of\s+the\s+war|on\s+record))(?:\s+(?:day|week|month|"
    r"year|high))?|(?:a\s+)?(?:new\s+)?record(?:\s+(?:day|week|month|year|high))?|has\s+it\s+ever\s+"
    r"been\s+(?:higher|worse|more|bigger)|ever\s+(?:higher|worse|more)|(?:the\s+)?(?:worst|highest|"
    r"biggest|deadliest)\s+ever|(?:is|was)\s+(?:that|this|it)\s+the\s+(?:highest|worst|biggest|"
    r"deadliest|heaviest)(?:\s+(?:day|week|month|year|figure|one))?|(?:a\s+)?new\s+(?:high|record|"
    r"peak)|record\s+high|all[- ]time\s+high|"
    # "це рекорд?", "это максимум?" as the Cyrillic word rows leave them ("this record")
    r"(?:that|this|it)\s+(?:a\s+|the\s+)?(?:new\s+)?(?:record|максимум|максимальн\w*))$"
)
# "the update published that morning", "that day's report", "the bulletin of that date": the
# report dated the previous question's day (its figure is the fighting of the day before).
_REPORT_THAT_DAY = re.compile(
    r"\b(?:report|update|bulletin|post|summary|release|figures?)\s+(?:(?:that\s+was\s+)?(?:published|"
    r"posted|issued|released|put\s+out|out)\s+)?(?:on|from|of|that)\s+(?:that|the\s+same|this)?\s*"
    r"(?:day|date|morning)\b|\b(?:that|the\s+same)\s+(?:day|date|morning)'?s\s+(?:report|update|"
    r"bulletin|post|summary|release|figures?)\b|\b(?:report|update|bulletin|post)\s+(?:published|"
    r"posted|issued|released|put\s+out)\s+(?:that|the\s+same)\s+(?:day|date|morning)\b|\bthat\s+"
    r"morning'?s\s+(?:report|update|bulletin|post|figures?)\b"
)
# "what's the last date you have", "how far does your data go?": the newest figure.
_LAST_DATE = re.compile(
    r"\b(?:(?:last|latest|newest|most\s+recent)\s+(?:date|day)\s+(?:you\s+have|in\s+(?:your|the)\s+"
    r"data|covered)|(?:your|the)\s+(?:last|latest|newest|most\s+recent)\s+(?:date|day)|how\s+far\s+"
    r"(?:does|do|did)\s+(?:your|the)\s+(?:data|figures|numbers|series|tally)\s+go|up\s+to\s+when\s+"
    r"(?:do|does)\s+(?:you|your|the)|(?:last|latest|newest|most\s+recent)\s+(?:date|day)(?:\s+you\s+"
    r"have)?$|(?:your|the)\s+data\s+(?:ends?|stops?)\s+when|when\s+does\s+(?:your|the)\s+data\s+"
    r"(?:end|stop))"
)
# "the newest daily figure you have", "latest daily number": the data's last day, asked as a
# day's losses (its report), never the running total.
_NEWEST_DAILY = re.compile(
    r"\b(?:latest|newest|most\s+recent|last|freshest)\s+(?:daily|day'?s|one[- ]day|24[- ]hour)\s+"
    r"(?:(?:russian\s+)?(?:figures?|numbers?|counts?|tally|losses|toll|report|update|data|"
    r"increase|personnel))"
)
# "week-by-week average?", "averaged per month": the previous question, averaged.
_BY_UNIT_AVERAGE = re.compile(
    r"^(?:and\s+|so\s+)?(?:the\s+)?(?:day|week|month)[\s-]+(?:by|on)[\s-]+(?:day|week|month)\s+"
    r"(?:avg|average|mean)\b|^(?:and\s+|so\s+)?(?:averaged|on\s+average)\s+(?:per|a|by|each)\s+"
    r"(?:day|week|month)\b|^(?:and\s+|so\s+)?(?:the\s+)?(?:daily|weekly|monthly)\s+(?:rate|pace)$|"
    # "what's that per month on average?", "whats that a day", "that per week on avg", "what
    # does it come to a month": the last figure per unit of time
    r"^(?:and\s+|so\s+|ok\s+)?(?:(?:how\s+much|what|whats)(?:'s|\s+is|\s+was|\s+does|\s+did)?\s+)?"
    r"(?:that|it|this|those|these)(?:\s+(?:make|come\s+to|work\s+out\s+(?:to|at|as)|amount\s+to|"
    r"mean))?\s+(?:a|an|per|each|every)\s+(?:day|week|month)(?:\s+(?:on\s+)?(?:average|avg|avrage|"
    r"mean))?(?:\s+then)?$"
)
# A capital or a seat of government after a claimant's figure is that side's officials
# ("and Moscow?" after "what does Kyiv say"), never whose losses.
_CAPITAL = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|what\s+about\s+|how\s+about\s+)?(?:the\s+)?(?:(?P<russia>moscow|"
    r"kremlin)|(?P<ukraine>kyiv|kiev))(?:'s)?(?:\s+then|\s+too|\s+instead)?$"
)

# "any source then", "whoever has a figure", "doesn't matter who": the claimant dropped.
_ANY_SOURCE = re.compile(
    r"\b(?:any\s+(?:source|one|body|claimant|figure|number|estimate)s?|anyone(?:'s)?|anybody(?:'s)?|"
    r"whoever|whichever\s+source|(?:any\s+)?other\s+(?:sources?|estimates?|figures?|numbers?|"
    r"claimants?|counts?)|(?:some|any)(?:one|body)\s+else(?:'s)?|"
    r"(?:doesn'?t|does\s+not|don'?t)\s+matter\s+who|no\s+matter\s+"
    r"who|all\s+sources|every\s+source|(?:from|by)\s+any(?:one|body)?)\b"
)
# "only the official figure", "official numbers only", "the government count?", "just kyiv's
# official tally": the claims of officials (of the side named, else of either side's
# government), never of media or analysts.
_OFFICIAL = re.compile(
    r"^(?:and\s+|so\s+|ok\s+|what\s+about\s+|how\s+about\s+|what(?:'s|\s+is|\s+are)\s+)?(?:only\s+|"
    r"just\s+)?(?:the\s+)?(?:(?P<ukraine>ukrainian|ukraine's|kyiv's|kiev's)\s+|(?P<russia>russian|"
    r"russia's|moscow's|kremlin's)\s+)?(?:official|officially\s+(?:stated|reported|published)|"
    r"government(?:'s)?)(?:\s+(?:ukrainian|russian))?\s+(?:figures?|numbers?|counts?|tally|tallies|"
    r"data|stats|one|version|estimates?)(?:\s+only)?(?:\s+then)?$"
)
# "what do the russians say", "and what do the ukrainians claim?": that side's officials.
_SIDE_SAYS = re.compile(
    r"\bwhat\s+(?:do|does|did)\s+(?:the\s+)?(?:(?P<russia>russians?|russia|moscow|kremlin|ru)|"
    r"(?P<ukraine>ukrainians?|ukraine|kyiv|kiev|ua))(?:\s+side)?\s+(?:say|claim|report|estimate)"
    r"(?:\s+(?:then|"
    r"instead|too|about\s+(?:that|it|this|those)))?$"
)
# "the last month you have", "your latest week", "the last 30 days in your data": the data's
# own last days, not the calendar's.
_LAST_YOU_HAVE = re.compile(
    r"\b(?:last|latest|newest|most\s+recent)\s+(?:(?P<n>\d{1,3})\s+days|(?P<unit>week|month|year))"
    r"\s+(?:you\s+have|in\s+(?:your|the)\s+data|of\s+(?:your|the)\s+data|covered|on\s+record)|"
    r"\byour\s+(?:last|latest|newest|most\s+recent)\s+(?:(?P<n2>\d{1,3})\s+days|"
    r"(?P<unit2>week|month|year))\b"
)

# Corrections of the last answer ("no, I meant tanks", "sorry, march not may", "not that -
# april", "I was asking about the wounded"): the lead words are cut, "not Y" is dropped, and the
# rest is read as a fragment of the previous question.
_LEAD_WORD = (
    r"(?:(?:no|nope|nah)(?:\s+no)*\s*[,.!:;-]+|(?:no|nope|nah)(?:\s+no)*\s+(?=wait|sorry|i\s|my\s)|"
    r"sorry|sry|oops|whoops|my\s+bad|wait|actually|wrong\s+one|err?m?|scratch\s+that|"
    r"correction|typo|i\s+(?:typed|wrote|put|gave|asked)\s+the\s+wrong\s+\w+|"
    # Ukrainian and Russian, as the Cyrillic word rows leave them ("ні, я had on увазі")
    r"(?:ні|нет|ни)(?:\s+(?:ні|нет))*\s*[,.!:;-]+|вибач(?:те)?|пробач(?:те)?|перепрошую|"
    r"извини(?:те)?|прости(?:те)?|пардон|упс)"
)
_CORRECTION_LEAD = re.compile(
    rf"^(?:{_LEAD_WORD}[\s,.!:;-]*)*(?:(?:i\s+)?(?:meant|mean|said|wanted|want|was\s+asking\s+"
    r"(?:about|for)|asked\s+(?:about|for))(?:\s+to\s+ask\s+(?:about|for))?|make\s+(?:that|it)|"
    rf"rather|instead|should\s+(?:be|have\s+been)|(?:я\s+)?had\s+(?:on\s+увазі|in\s+виду)|я\s+about)"
    rf"(?=[\s,.:;-]|$)[\s,.:;-]*|^(?:{_LEAD_WORD}[\s,.!:;-]*)+"
)
# "not that - april", "not artillery, mlrs", "not casualties - killed": the wrong reading first.
_NOT_THAT_FIRST = re.compile(
    r"^(?:not|не)\s+(?:that|this|those|these|it|[\w' ]{1,40}?)\s*(?:[,.:;-]+(?:\s*(?:but|and)\b)?|"
    r"\s+(?:but|and)\b)\s*"
)
# "mlrs not tube artillery", "killed, not killed and wounded", "drones I said": words after it.
_NOT_AFTER = re.compile(
    r"\s*,?\s+(?:and\s+)?not\s+[a-z' ]+$|\s+(?:i\s+(?:said|meant)|sorry|sry|instead)$"
)
# Without a lead word, "Y not X" corrects only in a short message ("drones not artillery");
# a longer one is a question of its own ("killed not wounded in 2023").
_SHORT_CORRECTION = 5


def correction_rest(text: str) -> str | None:
    """What a correction of the last answer asks for ("no, I meant tanks": "tanks"), or None
    when `text` is no correction."""
    norm = _words(text).strip(" ?!.")
    rest = _NOT_THAT_FIRST.sub("", _CORRECTION_LEAD.sub("", norm, count=1), count=1)
    if rest == norm and not (_NOT_AFTER.search(norm) and len(norm.split()) <= _SHORT_CORRECTION):
        return None
    rest = _NOT_AFTER.sub("", rest).strip(" ,.-")
    return rest if rest and rest != norm else None


# "yoy", "year on year", "m/m": the previous period beside the same one a unit before.
_ON_UNIT = (
    r"(?:(?P<on_year>yoy|y/y|y-o-y|year[\s-]+(?:on|over)[\s-]+year)|(?P<on_month>mom|m/m|m-o-m|"
    r"month[\s-]+(?:on|over)[\s-]+month)|(?P<on_week>wow|w/w|week[\s-]+(?:on|over)[\s-]+week))"
)
_ON_UNIT_RE = re.compile(rf"\b{_ON_UNIT}(?![\w/-])")


def _unit_back(norm: str) -> str | None:
    """The unit "vs last year" or "yoy" sets the previous period beside (None: neither)."""
    last = _LAST_UNIT.search(norm)
    if last is not None:
        return last["unit"]
    on = _ON_UNIT_RE.search(norm)
    return None if on is None else next(k[3:] for k, v in on.groupdict().items() if v)


# Rows: (pattern on the normalised message, kind). The first that matches decides.
# "only the official figure", "just the days in march": the last question, narrowed ("just
# curious, ..." and "just tell me ..." open a question of their own).
_NARROWS_LEAD = (
    r"^(?:only|just|solely|exclusively)\b(?!\s+(?:curious|wondering|want|wanted|asking|checking|"
    r"a\s+quick|quick|tell|give|show|out\s+of|to\s+(?:check|confirm|be\s+sure)))"
)
_MARKERS: tuple[tuple[re.Pattern[str], FollowKind], ...] = (
    (
        re.compile(
            r"^(?:and\s+)?(?:where(?:'s|\s+(?:is|does|did))\s+(?:this|that|it)\s+(?:come\s+)?from|"
            r"who\s+(?:says|said)\s+(?:so|that|this)|what(?:'s|\s+is)\s+the\s+source|"
            r"sources?|says\s+who|"
            # chat shorthand: "src?", "link pls", "where from?", "sauce?", "citation?"
            r"src|sauce|links?|citations?|refs?|references?|where\s+from|"
            # "who publishes that count?", "whose figure is that?", "who's behind these numbers"
            r"who(?:'s|\s+is)?\s+(?:publish(?:es)?|compiles?|counts?|reports?|puts?\s+out|keeps?|"
            r"issues?|releases?|produces?|behind)\s+(?:that|this|those|these|it)|whose\s+(?:figures?|"
            r"numbers?|count|tally|data|stats)\s+(?:is|are|was|were)\s+(?:that|this|those|these|it))"
            r"\b|" + _WHEN_SAID + "|"
            # "when did they say that?", "when was that published?", "date of that?"
            # "how reliable is that?", "is it verified?", "can I trust this?": its sources too
            r"^(?:and\s+|but\s+|so\s+)?(?:how\s+(?:reliable|trustworthy|accurate|solid|sure)\s+"
            r"(?:is|are)\s+(?:that|this|it|these|those|they)|(?:is|are)\s+(?:that|this|it|these|"
            r"those|they)\s+(?:figures?\s+|numbers?\s+)?(?:verified|confirmed|reliable|legit|"
            r"trustworthy)|can\s+(?:i|we)\s+(?:trust|believe|rely\s+on)\s+(?:that|this|it|these|"
            r"those|them)|(?:any\s+)?caveats)\b"
        ),
        FollowKind.sources,
    ),
    (_IS_RECORD, FollowKind.record),
    (_CHANGE, FollowKind.compare),
    (
        re.compile(
            r"^(?:is\s+(?:that|it|this)\s+|was\s+(?:that|it|this)\s+|and\s+)?"
            r"(?:more|less|fewer|higher|lower|worse|better)\s+than\b|^(?:and\s+|so\s+)?(?:vs\.?|versus|"
            r"compared\s+(?:to|with))\s"
            # "how does that compare to 2024?", "up or down from the month before?"
            r"|^(?:and\s+|so\s+)?how\s+(?:does|did|do|would)\s+(?:that|this|it|they|those)\s+compare\s+"
            r"(?:to|with|against)\s|" + _COMPARE_IT.pattern + "|"
            r"^(?:is\s+(?:that|it)\s+|was\s+(?:that|it)\s+)?(?:up|down)\s+or\s+"
            r"(?:down|up)\b|^(?:and\s+|so\s+|what\s+about\s+)?(?:the\s+)?" + _ON_UNIT + r"(?:\s+"
            r"(?:change|comparison|figure|numbers?))?$"
        ),
        FollowKind.compare,
    ),
    (_BOTH, FollowKind.compare),
    (_WHY_DIFFERENT, FollowKind.compare),
    (_TOGETHER, FollowKind.refine),
    (_IN_TOTAL, FollowKind.refine),
    (_HIGHER_IN, FollowKind.compare),
    (
        # "what does newsweek say", "what did the kremlin say about that?"
        re.compile(
            r"^(?:and\s+)?what\s+(?:does|did|do)\s+[\w' ]{2,40}?\s+says?(?:\s+(?:about|on|to|of)\s+"
            r"(?:that|this|it|those|these|them))?$"
        ),
        FollowKind.refine,
    ),
    (_COUNT_NEXT, FollowKind.refine),
    (_REPORT_THAT_DAY, FollowKind.refine),
    (_LAST_YOU_HAVE, FollowKind.refine),
    (_ANY_SOURCE, FollowKind.refine),
    (_SIDE_SAYS, FollowKind.refine),
    (_OFFICIAL, FollowKind.refine),
    (_LAST_DATE, FollowKind.refine),
    (_NEWEST_DAILY, FollowKind.refine),
    (_BY_UNIT_AVERAGE, FollowKind.refine),
    (_CAPITAL, FollowKind.refine),
    (_TOTAL_AT, FollowKind.refine),
    (_CHECK, FollowKind.refine),
    (_LAST_COMPLETE, FollowKind.refine),
    (_SPAN_NEXT, FollowKind.refine),
    (_SIDE_ONLY, FollowKind.refine),
    (_CLAIMANT_ONLY, FollowKind.refine),
    (_WHOLE_WAR, FollowKind.refine),
    (_NOW, FollowKind.refine),
    (_WHICH_RECORD, FollowKind.refine),
    (_TOTAL_BARE, FollowKind.refine),
    (_SINCE_THEN, FollowKind.refine),
    (_UNTIL_THEN, FollowKind.refine),
    (_WHOLE_UNIT, FollowKind.refine),
    (_PART_OF_UNIT, FollowKind.refine),
    (_EDGE_PART, FollowKind.refine),
    (_BREAK_DOWN, FollowKind.refine),
    (_STRETCH, FollowKind.refine),
    (_DAY_OF_MONTH, FollowKind.refine),
    (_HALF_OF, FollowKind.refine),
    (_TRIM, FollowKind.refine),
    (_THAT_DAY, FollowKind.refine),
    # "avg per day?", "and the average a week?": the previous question's average (cmp row)
    (
        re.compile(
            r"^(?:and\s+|so\s+|what(?:'s|\s+is|\s+was)\s+the\s+)?(?:avg|average|avrage|mean)\b"
            r"|^(?:and\s+)?(?:per|a)\s+(?:day|week|month)\s*(?:on\s+average)?(?:\s*,?\s*(?:each|both|"
            r"respectively))?$"
            # "daily?", "weekly rate?": the same question, averaged per day (week, month)
            r"|^(?:and\s+|so\s+)?(?:the\s+)?(?:daily|weekly|monthly)(?:\s+(?:rate|pace|figures?|"
            r"numbers?|count|avg|average|mean))?$"
        ),
        FollowKind.refine,
    ),
    (
        re.compile(
            r"^(?:and|also|plus|ok(?:ay)?|then|so)\b|"
            + _NARROWS_LEAD
            + r"|^no\s*,|^(?:what|how)\s+about\b|^same\s+(?:q|question|thing|one|again\s+)?\s*"
            r"(?:for|but|with|in|according)\b|\b(?:that|the\s+same)\s+(?:month|year|day|week|"
            r"period)\b|\bthen\s*\??$|^(?:the\s+)?(?:next|previous)\s+(?:day|month|year)\b"
            # "shift it by a month", "move the dates a week": the last period moved (a move
            # without a direction is left unread, see `_unread_shift`)
            r"|^(?:now\s+)?(?:shift|move|push|slide|roll)\s+(?:it|that|this|them|the\s+(?:period|"
            r"dates?|window|span))\b"
        ),
        FollowKind.refine,
    ),
    # "a year earlier", "the week before that", "same month last year": a shift (rows below)
    (
        re.compile(
            r"^(?:and\s+|so\s+|ok\s+)?(?:what\s+(?:was|were|is|about)\s+(?:it|that|they|those|"
            r"the\s+(?:figure|number|count))\s+)?(?:the\s+)?(?:" + _SHIFT_WORDS + r")"
        ),
        FollowKind.refine,
    ),
    # "the one posted the morning after", "what did the earlier report say": a report next to
    # the last one, wherever the words stand
    (
        re.compile(
            r"\b(?:(?:morning|evening)\s+(?:before|after)|(?:next|following|previous|prior|"
            r"preceding|earlier)\s+(?:morning|evening|report|update|bulletin|post|edition|"
            r"summary|briefing))\b"
        ),
        FollowKind.refine,
    ),
    (_THEN, FollowKind.refine),
    # "same week in 2024?", "and the same period in 2023": the previous period, another year
    (
        re.compile(
            r"^(?:and\s+|so\s+|ok\s+|what\s+about\s+|how\s+about\s+)?(?:in\s+|for\s+)?(?:the\s+)?"
            r"same\s+(?:time|period|month|week|day|quarter|dates?|stretch|days)\b"
        ),
        FollowKind.refine,
    ),
    # "how many of those were killed", "killed only?", "just the dead?": a kind of the same
    (
        re.compile(
            r"\bof\s+(?:those|them|these)\b|^(?:and\s+)?(?:only\s+|just\s+)?(?:the\s+)?"
            r"(?:killed|dead|wounded|injured|kia|wia)(?:\s+only)?$|^(?:and\s+|so\s+)?how\s+many\s+"
            r"(?:(?:were|got|was)\s+(?:killed|wounded|injured)|died|were\s+dead)$"
        ),
        FollowKind.refine,
    ),
    (
        # "avg per day?", "and the monthly average?": the same question, averaged
        re.compile(
            r"^(?:and\s+)?(?:the\s+)?(?:(?:daily|monthly|weekly)\s+)?(?:avg|average|mean)\b"
            r"|^(?:and\s+)?per\s+(?:day|week|month)\b"
        ),
        FollowKind.refine,
    ),
)

# A personnel word makes "personnel" the fragment's own reading (parse_question's default
# metric is personnel, so without one the previous metric is kept).
_PERSONNEL = re.compile(
    r"\b(?:personnel|casualt\w*|troops|soldiers|men|killed|wounded|dead|deaths?|died|kia|"
    r"manpower|people|losses|lost)\b"
)
_RUSSIA = re.compile(r"\brussia(?:n|ns|'s)?\b")
# A shift of the previous period, as rows: (pattern, direction); `n` counts the units (one when
# absent) and `unit` names them.
# What a day's publication is called: the next one is the next day's.
_ISSUE = r"(?:report|update|bulletin|post|edition|issue|release|summary|briefing|tally)s?"
_SHIFTS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?:earlier|before|prior|ago)\b"), -1),
    (re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?:later|after(?:wards)?)\b"), 1),
    (re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?:{_BACK})\b|\b(?:{_BACK})\s+(?:by\s+)?{_COUNT_2}\s+"
                rf"{_UNIT_2}\b"), -1),
    (re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?:{_FORTH})|\b(?:{_FORTH})\s+(?:by\s+)?{_COUNT_2}\s+"
                rf"{_UNIT_2}\b"), 1),
    (re.compile(rf"\b(?:previous|prior|preceding)\s+{_UNIT}\b"), -1),
    (re.compile(rf"\b{_UNIT}\s+(?:before|earlier)\b"), -1),
    (re.compile(rf"\b(?:next|following)\s+{_UNIT}\b"), 1),
    (re.compile(rf"\b{_UNIT}\s+(?:after|later)\b"), 1),
    (re.compile(r"\bsame\s+(?:time|period|month|week|day|quarter|dates?)\s+(?:a\s+(?P<unit>year)\s+"
                r"(?:earlier|before|ago)|(?:the\s+)?(?:last|previous|prior)\s+(?P<unit2>year)|"
                r"the\s+(?P<unit3>year)\s+before)\b"), -1),
    # "the one before", "and before that?", "the previous one": one of its own unit back
    (re.compile(r"\b(?:the\s+)?(?:one|period)\s+(?:before|earlier|prior)\b|^(?:and\s+|so\s+|"
                r"what\s+about\s+)?before\s+that\b|\b(?:previous|prior|preceding)\s+one\b"), -1),
    (re.compile(r"\b(?:the\s+)?(?:one|period)\s+(?:after|later)\b|\b(?:next|following)\s+one\b"),
     1),
    # "the one published the morning after", "the next update", "the report before": a report
    # is a day, so the next one is the next day's (its own unit, the day, when none is named)
    (re.compile(rf"\b(?:morning|evening|night)\s+(?:after|later)\b|"
                rf"\b(?:next|following|subsequent)\s+(?:morning|evening|{_ISSUE})\b|"
                rf"\b{_ISSUE}\s+(?:after|later)\b"), 1),
    (re.compile(rf"\b(?:morning|evening|night)\s+before\b|"
                rf"\b(?:previous|prior|preceding|earlier)\s+(?:morning|evening|{_ISSUE})\b|"
                rf"\b{_ISSUE}\s+(?:before|earlier)\b"), -1),
)  # fmt: skip
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}
_DAY = dt.timedelta(days=1)
# A message of a few words that only names a period or only a metric ("feb?", "2024?",
# "tanks?") is a fragment too: the words that may stand around it.
_FILLER = re.compile(r"\b(?:in|for|during|on|the|of|ok|okay|so|then|hmm|pls|please|now)\b")
_BARE_WORDS = 3
# The words of a date or span ("from 1 march 2024 - 31 march 2024"), not counted against
# `_BARE_WORDS`: a period spelled out in full is still a period alone.
_DATE_WORD = re.compile(
    rf"\d[\d./-]*(?:st|nd|rd|th)?,?|(?:{'|'.join(MONTHS)})\.?,?|from|to|since|until|till|through|"
    r"thru|between|and|[-\u2013\u2014]|on(?:wards?)?|as|a|whole|start|end|beginning"
)
# The unit a period of each kind moves by when the message names none ("the next one").
_OWN_UNIT = {PeriodKind.day: "day", PeriodKind.week: "week", PeriodKind.month: "month",
             PeriodKind.year: "year"}  # fmt: skip
# The unit whose record "is that a record?" asks for, by the previous period's kind (when it
# has no dates: "daily losses", "the worst month").
_RECORD_UNIT = {PeriodKind.day: PeriodKind.day, PeriodKind.week: PeriodKind.week,
                PeriodKind.month: PeriodKind.month, PeriodKind.year: PeriodKind.year}  # fmt: skip
# "vs last year", "more than last month?": in a comparison, the previous period one such
# unit back (April 2025 "vs last year" is April 2024), not the calendar's last year.
_LAST_UNIT = re.compile(
    r"\b(?:last|previous|prior|preceding)\s+(?P<unit>day|week|month|quarter|year)\b"
)
_LATEST = re.compile(r"\b(?:latest|newest|most\s+recent|last\s+(?:figures?|report|update))\b")
_EXPLICIT_METRIC_MARK = re.compile(r"\b(?:losses|lost)\b")


@dataclass(frozen=True)
class Reading:
    """A fragment read against the previous question."""

    kind: FollowKind
    query: Query
    # For `compare`: the other period's query (the previous question's is `query`); for
    # `record`: the previous question, whose figure is measured against the record.
    other: Query | None = None
    # For `compare`: the later period is measured against the earlier ("by how much?", "which
    # was worse?", "compare it with ..."), not the previous against the other.
    in_time_order: bool = False
    # For a shift ("the day after?"): the question whose period it moved, which a later shift
    # by a longer unit ("and the week after") moves again (see `_shift_base`).
    anchor: Query | None = None


# A chat reply often opens with an acknowledgement ("fine, kyiv's then", "ok cool, and
# 2023?", "thanks! source?"): no part of what it asks, so it is cut before any row is read.
_ACKNOWLEDGED = re.compile(
    r"^\s*(?:(?:fine|ok(?:ay)?|kk?|alright|all\s+right|right|well|hm+|uh+|um+|erm?|cool|"
    r"thanks|thank\s+you|thx|ty|got\s+it|i\s+see|sure|great|nice|yeah|yep|yes|gotcha|"
    r"understood|noted|perfect|interesting)(?:[\s,.!:;-]+|$))+",
    re.IGNORECASE,
)


def unacknowledged(text: str) -> str:
    """`text` without the acknowledgement it opens with ("fine, kyiv's then": "kyiv's
    then"); `text` itself when nothing else is left."""
    rest = _ACKNOWLEDGED.sub("", text, count=1)
    return rest if rest.strip(" ?!.") else text


# "one yr earlier", "this yr?", "last yr": "yr" after a count or a shift word is a year.
_YEAR_SHORT = (
    r"\b(?P<lead>\d{1,2}|a|an|one|two|three|prev|previous|next|nxt|last|that|this|same|the)\s+yr\b"
)
_YEAR_SHORT_RE = re.compile(_YEAR_SHORT, re.IGNORECASE)
# "compared w/ 2024", "w/o the UK": chat shorthand spelled out before the rows read it.
_SHORTHAND = (
    (re.compile(r"\bw/o(?=\s|$)"), "without"),
    (re.compile(r"\bw/(?=\s|$)"), "with"),
    (re.compile(r"\b(?:a\s+)?fortnight\b"), "two weeks"),  # "a fortnight later"
    # "one yr earlier", "the prev yr": "yr" after a count or a shift word is a year ("yr"
    # alone is as often "your", so the parser leaves it)
    (
        re.compile(_YEAR_SHORT),
        r"\g<lead> year",
    ),
    # "the whole Mon-Sun week", "the full calendar month": the unit itself, as the rows read it
    (
        re.compile(
            r"\b(?:mon(?:day)?[\s-]*(?:-|–|to|thru|through)[\s-]*sun(?:day)?|calendar|iso)\s+"
            r"(?=(?:week|month|year|quarter)\b)"
        ),
        "",
    ),
    # "the week around it", "the month that includes that day": the unit holding the period
    (
        re.compile(
            r"\b(?P<unit>week|month|quarter|year)\s+(?:(?:that|which)\s+(?:includes|contains|holds|"
            r"has)|around|containing|holding|including|surrounding|of)\s+(?:it|that|this|them|those|"
            r"(?:that|this|the\s+same)\s+(?:day|date|week|month))(?=\s*\W*$)"
        ),
        r"\g<unit>",
    ),
)


def _words(text: str) -> str:
    """`text` in the parser's English words: normalised, without an opening acknowledgement,
    its shorthand spelled out, and a Ukrainian or Russian fragment ("а танків?") read by
    the same rows as a whole question."""
    norm = spelled_times(as_english(unacknowledged(text)))
    for pattern, spelled in _SHORTHAND:
        norm = pattern.sub(spelled, norm)
    return norm


def fragment_kind(text: str) -> FollowKind | None:
    """The kind of follow-up `text` is, or None when it is a question of its own (read
    without its opening acknowledgement, then with it: "ok ..." is a reply itself)."""
    for norm in (_words(text).strip(" ?!."), as_english(text).strip(" ?!.")):
        for pattern, kind in _MARKERS:
            if pattern.search(norm):
                return kind
    return None


def _notes_of_a_new_period(merged: Query, fragment: Query, previous: Query) -> None:
    """The fragment's date notes when the period moved (the old period's do not apply); a
    report moved to the previous question's year has its note say that year."""
    if (merged.period_start, merged.period_end) == (previous.period_start, previous.period_end):
        return
    merged.date_notes = list(fragment.date_notes)
    said_report, report = fragment.report_date, merged.report_date
    if said_report is not None and report is not None and report != said_report:
        merged.date_notes = [report_day_note(report) if n == report_day_note(said_report)
                             else n for n in merged.date_notes]  # fmt: skip


def read_followup(
    text: str,
    previous: Query,
    today: dt.date,
    earlier: Query | None = None,
    then: dt.date | None = None,
    coverage: dt.date | None = None,
    checked: tuple[dt.date, dt.date] | None = None,
    anchor: Query | None = None,
) -> Reading | None:
    """`text` read against `previous` (and for "which was higher?" the question before it,
    `earlier`), or None when it is not a fragment (or cannot be one). `then` is the day the
    previous answer's figure speaks of: "around then" after a question without a period;
    `coverage` the date of the last daily report ("the most recent full month you have");
    `checked` the period of an article's figure the previous answer gave ("does it check
    out?" checks that figure's period); `anchor` the question the previous one shifted."""
    if previous.intent != Intent.losses:
        return None
    said, text = text, unacknowledged(text)  # "ok ..." is a reply, and "ok" no part of it
    text = _YEAR_SHORT_RE.sub(r"\g<lead> year", text)  # "last yr?": the parser reads "year"
    if (stretch := _STRETCH.fullmatch(_words(text).strip(" ?!."))) is not None:
        longer = _stretched(previous, stretch)  # before a correction reads "make it ..."
        return None if longer is None else Reading(FollowKind.refine, longer)
    previous = _at_the_data_end(text, previous, coverage)
    previous = _shift_base(_words(text).strip(" ?!."), _at_its_day(text, previous, then), anchor)
    corrected = correction_rest(text)  # "no, I meant tanks": "tanks", a fragment whatever it is
    text = corrected if corrected is not None else text
    kind = fragment_kind(text if corrected is not None else said) or (
        FollowKind.refine if corrected is not None else None
    )
    if kind is None and (_drops_unread(text, previous) or _drops_claimant(text, previous)):
        kind = FollowKind.refine  # "forget avdiivka, the whole front oct 2023"
    bare = None if kind is not None else _bare_fragment(text, today)
    if kind is None and bare is None:
        return _asked_again(previous, said, text)
    kind = kind or FollowKind.refine
    fragment = bare or parse_question(text, today)
    if kind == FollowKind.sources:
        return Reading(kind, previous)
    if kind == FollowKind.record:  # `other`: the question whose figure is measured
        return Reading(kind, _record_of(previous, fragment.text), previous)
    if kind == FollowKind.compare:
        return _compared(text, fragment, previous, earlier, today)
    if fragment.intent not in (Intent.losses, Intent.off_topic):
        return None
    asks_a_part, part = _part_of(_words(text).strip(" ?!."), previous)
    if asks_a_part:  # "excluding the first week", "the second half?": never the whole again
        return None if part is None else Reading(kind, part)
    # "and in total?" after two periods that meet: both together (after one: the war's total)
    in_total = _IN_TOTAL.search(_words(text).strip(" ?!."))
    if in_total and earlier is not None and _joined(previous, earlier) is not None:
        return Reading(kind, _joined(previous, earlier) or previous)
    if _TOGETHER.search(_words(text).strip(" ?!.")):
        joined = None if earlier is None else _joined(previous, earlier)
        if joined is not None and _own_metrics(fragment, _words(text)):
            joined.metrics, joined.personnel_kind = list(fragment.metrics), fragment.personnel_kind
            joined.carried = ["period", "side"]
        return None if joined is None else Reading(kind, joined)
    merged = merge_query(fragment, previous, today, coverage)
    if _narrows_nothing(text, merged, previous):
        return None  # "only what the reports dated then added": a narrowing it cannot read
    merged.text = merged.text if corrected is not None else said  # as typed, "ok" and all
    if said != text and fragment.period_start is not None:
        merged.unread = _taken_up(merged, previous)
    _to_a_point(merged, _words(text).strip(" ?!."), fragment, previous, then)
    _all_kinds(merged, _words(text), fragment, previous)
    if checked is not None and _CHECK.search(_words(text).strip(" ?!.")):
        _check_figure(merged, checked)
    _notes_of_a_new_period(merged, fragment, previous)
    shifted = previous.period_start is not None and _shift_of(_words(text)) is not None
    merged.carried = carried_slots(fragment, merged, previous, _words(text))
    beside = _WHICH_WAY.search(_words(text)) or asks_index(text, previous)
    if beside and _two_periods(previous, merged):
        # "and the same month last year - more or less?", "and 2024 as an index, with 2023 =
        # 100?": the new period beside the last
        return Reading(FollowKind.compare, previous, merged, True)
    _unread_left(merged, previous, fragment, said, corrected)
    return Reading(kind, merged, anchor=previous if shifted else None)


def _part_of(norm: str, previous: Query) -> tuple[bool, Query | None]:
    """Whether `norm` asks a part of the last period ("excluding the first week", "and the
    second half?", "the first week of it"), and that part (None when it has none)."""
    if (trim := _TRIM.search(norm)) is not None:
        return True, _trimmed(previous, trim)
    half = _HALF_OF.search(norm)
    if half is not None and (part := _half_of(previous, half)) is not None:
        return True, part  # "and the second half?" after March: 16-31 March
    edge = _EDGE_PART.search(norm)
    if edge is not None and (edge["first"] or edge["of"] or (edge["only"] and edge["the"])):
        return True, _edge_of(previous, edge)
    return False, None


def _unread_left(
    merged: Query, previous: Query, fragment: Query, said: str, corrected: str | None
) -> None:
    """The words of a follow-up no row read, named unread: an index of a base it does not
    have, a number that names no period, a shift or a correction that changed nothing."""
    if (index := _INDEX.search(_words(said))) is not None:  # an index of no base it has
        at, to = index.span()
        merged.unread = [
            *merged.unread,
            UnreadSpan(text=index[0], start=at, end=to, kind="word", constrains=True),
        ]
    _unread_period(merged, previous, fragment)
    _unread_shift(merged, previous, said, corrected)


# The kinds of a fragment's unread words that would have named its period ("and on the 14th?":
# a day the parser could not place): kept when no row moved the period. Not "period" words:
# "that month", "that year" name the last period itself, which the rows keep.
_PERIOD_KINDS = ("number",)


def _unread_period(merged: Query, previous: Query, fragment: Query) -> None:
    """A follow-up whose period words no row read ("and on the 14th?") keeps them unread when
    the period is still the last question's: the answer then says it could not use them,
    never answers the last period silently."""
    span = ("period_start", "period_end", "figure")
    if any(getattr(merged, slot) != getattr(previous, slot) for slot in span):
        return
    had = {u.text.lower() for u in merged.unread}
    merged.unread = [
        *merged.unread,
        *(
            u
            for u in fragment.unread
            if u.kind in _PERIOD_KINDS and u.constrains and u.text.lower() not in had
        ),
    ]


# The words of a shift or a move in time ("a moth earlier", "shift it by a month"): when a
# follow-up with one leaves the last question as it was, the shift was not read.
_SHIFT_HINT = re.compile(
    r"\b(?:earlier|later|ago|before|after|prior|previous|preceding|next|following|back(?:wards?)?"
    r"|forwards?|ahead|shift\w*|move[ds]?|moving|push\w*)\b"
)
_LEAD_WORDS = re.compile(r"^(?:(?:and|so|ok|okay|then|what\s+about|how\s+about)\b[\s,]*)+")
_ASKED_AGAIN_SLOTS = (
    "period_start", "period_end", "period_kind", "open_end", "report_date", "figure", "metrics",
    "subject", "claimant", "claimants", "claimant_side", "personnel_kind", "unread",
)  # fmt: skip


def _unread_shift(merged: Query, previous: Query, said: str, corrected: str | None) -> None:
    """A follow-up naming a shift no row could read ("and a moth earlier?"), or a correction
    that changes nothing ("no, I meant the other one"), which would be the last question
    again, is said to be unread, never answered as the last question silently."""
    if any(getattr(merged, slot) != getattr(previous, slot) for slot in _ASKED_AGAIN_SLOTS):
        return  # a row read it (or the fragment's own period words are already named unread)
    if _CHECK.search(_words(said).strip(" ?!.")):
        return  # "is that right?": the same question, asked again on purpose
    if corrected is None and not _SHIFT_HINT.search(_words(said)):
        return
    if corrected is not None and (average_unit(corrected) or _form_only(corrected)):
        return  # "per day instead", "shorter please": the same question, another form
    asked = said.strip().rstrip(" ?!.")
    if corrected is not None and corrected.strip(" ?!.") and corrected in asked.lower():
        asked = asked[: asked.lower().rfind(corrected) + len(corrected)].rstrip(" ?!.")
        words = corrected.strip(" ?!.")
        at = asked.lower().rfind(words)
        merged.unread = [
            *merged.unread,
            UnreadSpan(text=asked[at:], start=at, end=len(asked), kind="word", constrains=True),
        ]
        return
    words = _LEAD_WORDS.sub("", asked.lower())
    at = asked.lower().rfind(words) if words else 0
    merged.unread = [
        *merged.unread,
        UnreadSpan(text=asked[at:], start=at, end=len(asked), kind="period", constrains=True),
    ]


# "as an index", "indexed to 2023", "with 2023 = 100": the figure against the last one's as
# 100 (the base, when named, must be the last question's year).
_INDEX = re.compile(
    r"\b(?:as\s+an?\s+index|index(?:ed)?\s+(?:to|on|against)|(?:an?\s+)?index\s+(?:number|value))\b|"
    r"\b(?P<base>(?:19|20)\d\d|base|that|it|the\s+(?:first|last|previous)(?:\s+one)?)\s*(?:=|as|at)\s*100\b"
)
_INDEX_BASE = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*(?:=|as|at)\s*100\b|\bindexed\s+(?:to|on)\s+"
                         r"(?P<year2>(?:19|20)\d\d)\b")  # fmt: skip


def asks_index(text: str, base: Query) -> bool:
    """Whether `text` asks a figure as an index with the last question's as 100 (a base year
    it names must be that question's)."""
    norm = _words(text)
    if _INDEX.search(norm) is None:
        return False
    named = _INDEX_BASE.search(norm)
    year = None if named is None else int(named["year"] or named["year2"])
    start, end = base.period_start, base.period_end
    one_year = start is not None and end is not None and start.year == end.year
    return year is None or (one_year and start is not None and start.year == year)


def _compared(
    text: str, fragment: Query, previous: Query, earlier: Query | None, today: dt.date
) -> Reading | None:
    """A comparing follow-up: the last two side by side ("which was higher?", "why do they
    differ?"), or the last period beside the one the fragment names ("more than in 2024?")."""
    norm = _words(text).strip(" ?!.")
    why = _WHY_DIFFERENT.search(norm)
    elsewhere = why is not None and why["other"] and not _EARLIER_ONE.search(why["other"])
    if why and (earlier is None or elsewhere or _same_question(previous, earlier)):
        return Reading(FollowKind.sources, previous)  # one figure: where it is from
    if _BOTH.search(norm) or why or (_CHANGE.search(norm) and earlier is not None):
        if earlier is None:
            return None
        between = _between_totals(previous, earlier)  # two totals: the losses between
        if between is not None:
            return Reading(FollowKind.refine, between)
        return Reading(FollowKind.compare, previous, earlier, True)
    other = _compare_period(text, fragment, previous, today)
    in_order = bool(_COMPARE_IT.search(norm))
    return None if other is None else Reading(FollowKind.compare, previous, other, in_order)


_ASKED_SLOTS = ("period_start", "period_end", "metrics", "subject", "claimant", "personnel_kind")


def _same_question(one: Query, other: Query) -> bool:
    """Whether two readings ask the same figure (nothing to set side by side)."""
    return all(getattr(one, slot) == getattr(other, slot) for slot in _ASKED_SLOTS)


def _form_only(text: str) -> bool:
    """`text` asks only for another form of the last answer ("shorter please", "more detail,
    with the source"): a form cue, and nothing else but the words standing around one."""
    norm = text.lower().strip(" ?!.")
    if not (FORM_CUE_RE.search(norm) or ANSWER_FORMAT_RE.search(norm)):
        return False
    rest = FORM_FILLER_RE.sub(" ", ANSWER_FORMAT_RE.sub(" ", FORM_CUE_RE.sub(" ", norm)))
    return not re.search(r"\w", rest)


def _asked_again(previous: Query, said: str, text: str) -> Reading | None:
    """The previous question asked again when `text` only asks for another form of its
    answer (every slot carried over), else None: no fragment."""
    if not _form_only(text):
        return None
    again = previous.model_copy(deep=True, update={"text": said})
    again.carried = [
        slot
        for slot, filled in (
            ("period", previous.period_start is not None),
            ("metric", bool(previous.metrics)),
            ("side", True),
            ("claimant", bool(previous.claimant or previous.claimants or previous.claimant_side)),
        )
        if filled
    ]
    return Reading(FollowKind.refine, again)


# "more or less?", "higher or lower", "which was bigger" at the end of a follow-up that names
# another period: the two periods set side by side, not the new one alone.
_WAY = r"more|less|fewer|higher|lower|bigger|smaller|worse|better|up|down|deadlier"
_WHICH_WAY = re.compile(
    rf"\b(?:{_WAY})\s+or\s+(?:{_WAY})\b|\b(?:which|what)\s+(?:one\s+)?(?:was|is)\s+(?:{_WAY})\b"
)


def _two_periods(previous: Query, merged: Query) -> bool:
    """Whether `merged` is another closed period of the same losses than `previous`."""
    spans = [(q.period_start, q.period_end) for q in (previous, merged)]
    closed = all(q.figure == Figure.period for q in (previous, merged)) and None not in (
        spans[0] + spans[1]
    )
    return closed and spans[0] != spans[1] and previous.metrics == merged.metrics


def carried_slots(fragment: Query, merged: Query, previous: Query, norm: str) -> list[str]:
    """The slots of `merged` the fragment left empty and the previous question filled, in a
    fixed order (what a follow-up's answer reports as carried over)."""
    same_period = (merged.period_start, merged.period_end) == (
        previous.period_start,
        previous.period_end,
    )
    rows = (
        ("period", fragment.period_start is None and same_period and bool(previous.period_start)),
        ("metric", not _own_metrics(fragment, norm) and merged.metrics == previous.metrics),
        ("kind", fragment.personnel_kind is None and previous.personnel_kind is not None
         and merged.personnel_kind == previous.personnel_kind),
        ("side", fragment.subject == Subject.russia and not _RUSSIA.search(norm)
         and merged.subject == previous.subject),
        ("claimant", not (fragment.claimant or fragment.claimants or fragment.claimant_side)
         and bool(merged.claimant or merged.claimants or merged.claimant_side)
         and merged.claimants == previous.claimants),
        ("report", fragment.report_date is None and merged.report_date is not None
         and merged.report_date == previous.report_date),
    )  # fmt: skip
    return [slot for slot, taken in rows if taken]


# "that", "this": a shift of the last answer itself ("a week after that"), never of the one
# the chat started from.
_OF_THE_LAST = re.compile(r"\b(?:that|this|it|those|these)\b")


def _at_its_day(text: str, previous: Query, then: dt.date | None) -> Query:
    """After the newest total (no period asked), a shift ("and a month before that?", "vs
    last year") moves the day that total speaks of (`then`): the total as of that day."""
    if previous.period_start is not None or previous.figure not in (Figure.total, Figure.latest):
        return previous
    norm = _words(text)
    if then is None or (_shift_of(norm) is None and _unit_back(norm) is None):
        return previous
    dated = previous.model_copy(deep=True)
    _total_to(dated, then)
    return dated


def _asks_the_last_day(previous: Query) -> bool:
    """Whether `previous` asked the data's last day ("what's your latest day?", "the newest
    daily figure"), not its newest running total."""
    if previous.period_start is not None or previous.figure != Figure.latest:
        return False
    norm = _words(previous.text)
    daily = previous.prefer_kind == PeriodKind.day and _LATEST.search(norm) is not None
    coverage = any(row.search(norm) for row, asked in ASK_ROWS if asked == Asked.coverage)
    return daily or coverage or bool(_LAST_DATE.search(norm) or _NEWEST_DAILY.search(norm))


def _at_the_data_end(text: str, previous: Query, coverage: dt.date | None) -> Query:
    """After the data's last day, a shift ("the week before that", "and the day before?")
    moves a period of its unit ending on that day: the last seven fighting days for a week,
    the last report for a day, the calendar unit holding it otherwise."""
    shift = _shift_of(_words(text))
    if coverage is None or shift is None or not _asks_the_last_day(previous):
        return previous
    unit = shift[1] or "day"
    dated = previous.model_copy(deep=True)
    dated.figure, dated.open_end, dated.year_missing, dated.prefer_kind = (
        Figure.period, False, False, None
    )  # fmt: skip
    if unit == "day":
        _as_report(dated, coverage)
    else:
        _last_days(dated, 7 if unit == "week" else 1, coverage)
        if unit != "week":
            _whole_unit(dated, unit)
    return dated


def _shift_base(norm: str, previous: Query, anchor: Query | None) -> Query:
    """The question a shift moves: after "the day after?", "and the week after" is the week
    after the day the chat started from (`anchor`), as is "vs last year" after "a month
    before that"; a shift by no longer a unit than the last one, or one "after that", moves
    the last answer (`previous`)."""
    if anchor is None or anchor.period_start is None or previous.period_start is None:
        return previous
    if _OF_THE_LAST.search(norm):
        return previous
    shift = _shift_of(norm)
    unit = shift[1] if shift is not None else _unit_back(norm)
    ends = (previous.period_end or previous.period_start, anchor.period_end or anchor.period_start)
    moved = max(
        abs((previous.period_start - anchor.period_start).days), abs((ends[0] - ends[1]).days)
    )
    return anchor if unit is not None and _UNIT_DAYS[unit] > moved else previous


def _trimmed(previous: Query, trim: re.Match[str]) -> Query | None:
    """The previous period without its first or last N days or weeks ("excluding the first
    week"), or None when it has no closed period longer than the cut."""
    start, end, raw = previous.period_start, previous.period_end, trim["n"] or "one"
    count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
    if start is None or end is None or count is None or previous.figure != Figure.period:
        return None
    days = dt.timedelta(days=count * (7 if trim["unit"] == "week" else 1))
    if start + days > end:
        return None
    cut = previous.model_copy(deep=True)
    at_start = trim["end"] in ("first", "opening")
    cut.period_start, cut.period_end = (start + days, end) if at_start else (start, end - days)
    cut.period_kind, cut.open_end, cut.report_date = PeriodKind.range, False, None
    cut.carried = ["metric", "side"] + (["claimant"] if previous.claimants else [])
    return cut


def _stretched(previous: Query, stretch: re.Match[str]) -> Query | None:
    """The last closed period made N units long from its start (or from the day of its month
    named: "from the 8th"), N units longer ("by"), or the whole unit holding it; None when
    it has no closed period (or no such day)."""
    start, end = previous.period_start, previous.period_end
    if start is None or end is None or previous.figure != Figure.period:
        return None
    unit, raw = stretch["unit"], stretch["n"] or "one"
    count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
    if not count:
        return None
    longer = previous.model_copy(deep=True)
    longer.open_end, longer.report_date = False, None
    longer.carried = ["metric", "side"] + (["claimant"] if previous.claimants else [])
    if stretch["whole"]:  # "widen it to the whole month"
        _whole_unit(longer, unit)
        return longer
    if stretch["day"]:
        day = int(stretch["day"])
        if day > month_end(start.year, start.month).day:
            return None
        start = start.replace(day=day)
    first = end + _DAY if stretch["by"] else start  # "by a week": a week more at its end
    if unit in ("month", "quarter", "year"):
        months = count * {"month": 1, "quarter": 3, "year": 12}[unit]
        last = add_months(first, months) - _DAY
    else:
        last = first + dt.timedelta(days=count * _UNIT_DAYS[unit]) - _DAY
    longer.period_start, longer.period_end = start, last
    longer.period_kind = PeriodKind.day if start == last else PeriodKind.range
    return longer


def _half_of(previous: Query, half: re.Match[str]) -> Query | None:
    """The first or second half of the previous month (1-15, 16 to its end) or calendar year
    (January-June, July-December), or None for any other period or when the message names
    a unit other than the period's ("the first half of the year" after March is the year's,
    read as a period of its own)."""
    start, end = previous.period_start, previous.period_end
    if start is None or end is None or previous.figure != Figure.period or start == end:
        return None
    months = _whole_months(start, end)
    own = "month" if months == 1 else "year" if months == 12 and start.month == 1 else None
    if own is None or half["unit"] not in (None, "period", "span", own):
        return None  # after a half or a quarter, "the second half" is its sibling (a row below)
    middle = start.replace(day=15) if own == "month" else dt.date(start.year, 6, 30)
    cut = previous.model_copy(deep=True)
    cut.period_start, cut.period_end = (start, middle) if half["first"] else (middle + _DAY, end)
    cut.period_kind = PeriodKind.range
    cut.open_end, cut.report_date = False, None
    cut.carried = ["metric", "side"] + (["claimant"] if previous.claimants else [])
    return cut


def _edge_of(previous: Query, edge: re.Match[str]) -> Query | None:
    """The previous period's first or last N days, weeks or months ("the first week of it"),
    or None when it has no closed period longer than the part asked."""
    start, end, raw = previous.period_start, previous.period_end, edge["n"] or "one"
    count = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
    if start is None or end is None or not count or previous.figure != Figure.period:
        return None
    unit = edge["unit"]
    if unit == "month":
        first = add_months(start.replace(day=1), count - 1) if edge["first"] else None
        last_start = add_months(end.replace(day=1), 1 - count)
        part = (start, month_end(first.year, first.month)) if first else (last_start, end)
    else:
        days = dt.timedelta(days=count * {"day": 1, "week": 7, "fortnight": 14}[unit])
        part = (start, start + days - _DAY) if edge["first"] else (end - days + _DAY, end)
    if (part[0] <= start and part[1] >= end) or part[0] < start or part[1] > end:
        return None  # the part is the whole period or more: nothing to narrow
    cut = previous.model_copy(deep=True)
    cut.period_start, cut.period_end = part
    one = count == 1 and unit in ("day", "week", "month")
    cut.period_kind = PeriodKind(unit) if one and part[0] != part[1] else PeriodKind.range
    cut.period_kind = PeriodKind.day if part[0] == part[1] else cut.period_kind
    cut.open_end, cut.report_date = False, None
    cut.carried = ["metric", "side"] + (["claimant"] if previous.claimants else [])
    return cut


def _joined(last: Query, before: Query) -> Query | None:
    """ "Both together?": one span from the earlier of two periods of the same losses to the
    later, when one ends the day before the other starts; None otherwise."""
    spans = sorted(
        (q.period_start, q.period_end)
        for q in (last, before)
        if q.figure == Figure.period and q.period_start is not None and q.period_end is not None
    )
    if len(spans) != 2 or (last.metrics, last.subject) != (before.metrics, before.subject):
        return None
    (first_start, first_end), (second_start, second_end) = spans
    if first_end is None or second_start != first_end + _DAY:
        return None
    joined = last.model_copy(deep=True)
    joined.period_kind, joined.period_start, joined.period_end = (
        PeriodKind.range,
        first_start,
        second_end,
    )
    joined.open_end, joined.report_date, joined.carried = False, None, ["period", "metric", "side"]
    return joined


def _between_totals(last: Query, before: Query) -> Query | None:
    """ "The difference?" after two running totals of the same losses: the fighting between
    the two reports (a total as of day D is the report of D, which covers the day before),
    or None when the two are not such totals."""
    ends = (last.period_end, before.period_end)
    if any(q.figure != Figure.total for q in (last, before)) or None in ends:
        return None
    if (last.metrics, last.subject) != (before.metrics, before.subject) or ends[0] == ends[1]:
        return None
    first, later = sorted(d for d in ends if d is not None)
    between = last.model_copy(deep=True)
    between.period_kind, between.period_start, between.period_end = (
        PeriodKind.range,
        first,
        later - _DAY,
    )
    between.figure, between.open_end, between.report_date = Figure.period, False, None
    return between


# "at the start of 2024", "as of the beginning of March" after a running total: the total then
# (the parser alone reads the day itself: its losses).
_AT_THE_START = re.compile(
    r"\b(?:at|by|as\s+of|around)\s+(?:the\s+)?(?:very\s+)?(?:start|beginning|outset|turn)\s+of\b"
)


def _to_a_point(
    merged: Query, norm: str, fragment: Query, previous: Query, then: dt.date | None
) -> None:
    """The forms that count to or from the previous answer's point in time: the running
    total at that point, "since then", and what others said "around then"."""
    point = previous.period_end if previous.period_kind != PeriodKind.unspecified else None
    point = point or then
    if previous.figure == Figure.total and fragment.period_start is not None:
        if _AT_THE_START.search(norm) and fragment.figure != Figure.total:
            _total_to(merged, fragment.period_start)  # "at the start of 2024 then" after a total
            return
    until = _UNTIL_THEN.search(norm.strip(" ?!."))
    if until is not None and previous.period_start is not None and fragment.period_start is None:
        before = until["until"] is None or previous.open_end or previous.period_end is None
        _total_to(merged, previous.period_start - _DAY if before else previous.period_end)
    elif _TOTAL_AT.search(norm) or (_TOTAL_BARE.search(norm) and fragment.period_start is None):
        _total_to(merged, previous.report_date or point)
    elif _SINCE_THEN.search(norm) and point is not None:
        after = point + _DAY
        merged.period_kind, merged.period_start, merged.period_end = PeriodKind.range, after, None
        merged.open_end, merged.figure, merged.report_date = True, Figure.period, None
    elif merged.period_start is None and then is not None and _THEN.search(norm):
        # the total as of the day the previous figure speaks of, say so in the reading label
        merged.period_kind, merged.period_start, merged.period_end = (
            PeriodKind.cumulative,
            WAR_START,
            then,
        )
        merged.figure = Figure.total  # as "as of <then>" is read


def _record_of(previous: Query, text: str) -> Query:
    """ "Is that a record?": the record of the previous period's unit (a day, week, month or
    year) over the whole war, for the same losses; after one day, that day checked against
    the record ("was day D the record?")."""
    record = previous.model_copy(deep=True)
    record.text = text
    record.figure, record.prefer_kind = Figure.record, record_unit(previous)
    record.open_end, record.date_notes = False, []
    if previous.period_start is None or previous.period_start != previous.period_end:
        record.period_kind, record.period_start, record.period_end = (
            PeriodKind.unspecified,
            None,
            None,
        )
        record.report_date = None
    return record


def record_unit(query: Query) -> PeriodKind | None:
    """The unit whose record "is that a record?" asks for: the day, week (seven days), month
    or year the query's period is; None for any other span (a quarter, a range), which has no
    record to measure it against."""
    start, end = query.period_start, query.period_end
    if start is None or end is None:
        return _RECORD_UNIT.get(query.period_kind)
    days = (end - start).days + 1
    months = _whole_months(start, end)
    return {1: PeriodKind.day, 7: PeriodKind.week}.get(days) or (
        PeriodKind.month if months == 1 else PeriodKind.year if months == 12 else None
    )


def _check_figure(merged: Query, checked: tuple[dt.date, dt.date]) -> None:
    """ "Does it check out?" after an article's figure: that figure's own period, from anyone
    (the daily data is what it is checked against)."""
    merged.period_start, merged.period_end = checked
    merged.period_kind = PeriodKind.day if checked[0] == checked[1] else PeriodKind.range
    merged.claimant, merged.claimants, merged.claimant_side = None, [], None
    merged.figure, merged.open_end, merged.report_date = Figure.period, False, None


def _drops_claimant(text: str, previous: Query) -> bool:
    """Whether `text` drops the claimant the previous question named ("forget the UK")."""
    if not (previous.claimant or previous.claimants or previous.claimant_side):
        return False
    dropped = _DROP.search(_words(text))
    if dropped is None:
        return False
    word = _DROP_VERB.sub("", dropped.group(0))
    named = parse_question(f"according to {word}", fragment_day(previous))
    return bool(named.claimant or named.claimants or named.claimant_side)


def _drops_unread(text: str, previous: Query) -> bool:
    """Whether `text` drops words the previous question could not use ("forget avdiivka",
    "the whole front"): only then is such a message a fragment."""
    return any(span.constrains for span in previous.unread) and bool(_DROP.search(_words(text)))


def _taken_up(merged: Query, previous: Query) -> list[UnreadSpan]:
    """The unread words left after "fine - from 17 feb to the end of that year" answers a
    refusal over words it could not use ("after the fall of avdiivka"): the reply takes up
    the refusal's offer to ask without them, so the words the period replaces are dropped."""
    return [u for u in merged.unread if not (u.constrains and u in previous.unread)]


# A figure of the last answer quoted back: "you said 1,430 - is that killed only?", "the 1,430
# you gave: killed or wounded?", "your 1430, does it include the wounded?". The quote (with
# who said it) is cut, and what is left is read as a follow-up of that answer.
_FIGURE = r"(?P<n>\d{1,3}(?:[,\s.]\d{3})+|\d+)"
_QUOTE_LEAD = re.compile(
    r"^\W*(?:(?:so|but|ok(?:ay)?|and|wait|hm+)\W+)*(?:(?:you|u|the\s+bot|it)\s+(?:just\s+)?(?:said|say|"
    r"gave|quoted|mentioned|wrote|told\s+me|reported|showed|claimed)\s+|(?:your|the|that)\s+)"
    rf"{_FIGURE}(?:\s+(?:figure|number|one|count|total))?(?:\s+(?:you|u)\s+(?:just\s+)?(?:said|gave|"
    r"quoted|mentioned|wrote|showed|cited))?(?:\s+(?:earlier|before|above|just\s+now))?[\s,.:;!?\u2014\u2013-]*",
    re.IGNORECASE,
)


def unquoted(text: str, shown: set[int]) -> str | None:
    """`text` without a figure of the last answer (`shown`) that it quotes back, or None when
    it quotes none: the question is then about that answer's figure, read as a follow-up."""
    lead = _QUOTE_LEAD.match(text)
    if lead is not None and _value(lead["n"]) in shown:
        rest = text[lead.end() :].strip()
        return rest or None
    return None


def _value(digits: str) -> int:
    """The whole number a quoted figure spells ("1,430", "1 430", "1430")."""
    return int(re.sub(r"\D", "", digits))


def _total_to(merged: Query, end: dt.date | None) -> None:
    """The running total from the war's start to `end` ("and the total at that point?")."""
    if end is None:
        return
    merged.period_kind, merged.period_start, merged.period_end = (
        PeriodKind.cumulative,
        WAR_START,
        end,
    )
    merged.figure, merged.open_end, merged.report_date = Figure.total, False, None


def _bare_fragment(text: str, today: dt.date) -> Query | None:
    """`text` read, when it is a few words that only name a period, a metric, a side or a
    claimant ("feb?", "2024?", "tanks?", "ukraine?", "just the UK"), every one of them read:
    a fragment of the question before. None otherwise (read once, and reused as the
    fragment's reading)."""
    norm = _words(text).strip(" ?!.")
    words = _NARROWING.sub(" ", _FILLER.sub(" ", norm)).split()
    spelled = len(words) > _BARE_WORDS  # long only by a span spelled out in full
    if not words or len([w for w in words if not _DATE_WORD.fullmatch(w)]) > _BARE_WORDS:
        return None
    fragment = parse_question(text, today)
    if spelled and (_own_metrics(fragment, norm) or _EXPLICIT_METRIC_MARK.search(norm)):
        return None  # "russian losses in november 2024": a whole question, no fragment
    # A partial question ("H1 tot?", "over the summer then") is read by the same parser: it
    # names no loss, so the parser calls it off topic; in a conversation its empty slots are
    # the previous question's. Words it could not use at all still make it no fragment,
    # unless they are the claimant it names alone ("just the UK").
    name = next((n for n in _name_clauses(norm) if _claimant_named(n, fragment)), "")
    unread = [s for s in fragment.unread if s.constrains and s.text.lower() not in name]
    if fragment.intent not in _PARTIAL_INTENTS or unread:
        return None
    names_something = (
        fragment.period_start is not None
        or _own_metrics(fragment, norm)
        or fragment.subject != Subject.russia
        or bool(fragment.claimant or fragment.claimants or fragment.claimant_side)
        or bool(name)
    )
    if not names_something:
        return None
    return fragment.model_copy(update={"unread": [s for s in fragment.unread if s not in unread]})


# The parser's intents a few words read against the previous question may have: a whole
# question about losses, or a partial one that names no loss (off topic on its own).
_PARTIAL_INTENTS = (Intent.losses, Intent.off_topic)


def merge_query(
    fragment: Query, previous: Query, today: dt.date, coverage: dt.date | None = None
) -> Query:
    """A new Query: the fragment's own readings, the previous question's for the rest."""
    norm = _words(fragment.text)
    merged = previous.model_copy(deep=True)
    merged.text = fragment.text
    merged.intent = Intent.losses
    merged.notes = list(fragment.notes)
    if _DROP.search(norm):  # "forget avdiivka": the words it could not use are dropped
        merged.unread = _kept_unread(fragment, previous, norm)
    else:  # "and near bakhmut?": a place it cannot read narrows it, never silently widens it
        kept = [u for u in previous.unread if not _SUB_DAY.search(u.text.lower())]  # its own
        merged.unread = kept + _own_constraints(fragment, previous)
    if _own_metrics(fragment, norm):
        merged.metrics = list(fragment.metrics)
        merged.personnel_kind = fragment.personnel_kind
    _merge_who(merged, fragment, previous, norm)
    if merged.subject != previous.subject and _only_loss_word(norm):
        # "ok, russian losses then" after ukraine's dead: the other side's losses, in general
        merged.personnel_kind = (
            None if previous.personnel_kind in _ONE_KIND else merged.personnel_kind
        )
    _merge_period(merged, fragment, previous, norm, today, coverage)
    if fragment.period_start is not None:  # "ok: since 6 august then" after an unread event:
        # the period named now takes the place of the one the previous question could not read,
        # and a figure it quoted ("45,720 for nov 2024?") was for its own period, not this one
        merged.unread = [
            u for u in merged.unread if u not in previous.unread or u.kind not in _OWN_SPAN
        ]
        _unchecked(merged, fragment, previous)
    bare = norm.strip(" ?!.")
    if (which := _WHICH_RECORD.search(bare)) is not None:  # "which day was the worst?"
        merged.figure, merged.prefer_kind = Figure.record, PeriodKind(which["unit"])
    if fragment.figure == Figure.record:  # "which month was worst that year?"
        merged.figure = Figure.record
        merged.prefer_kind = fragment.prefer_kind or merged.prefer_kind
    return merged


# "and overall losses then?", "the total incl. the wounded?", "all of them, dead and wounded":
# after a question about one kind (the killed), every kind of the same losses, same period.
_ALL_KINDS = re.compile(
    r"\b(?:overall|total|all|combined|general|whole|entire)\s+(?:personnel\s+)?(?:losses|"
    r"casualties|figure|count|number|toll)\b|\b(?:together|combined)\b.*\b(?:wounded|injured)\b|"
    r"\b(?:wounded|injured)\b.*\b(?:together|combined)\b|\b(?:incl(?:uding|\.)?|with|plus)\s+(?:the\s+)?"
    r"(?:wounded|injured)\b|\b(?:killed|dead|deaths?)\s+(?:and|&|\+|plus)\s+(?:the\s+)?"
    r"(?:wounded|injured)\b|\b(?:wounded|injured)\s+(?:and|&|\+|plus)\s+(?:the\s+)?(?:killed|dead)\b"
)
_ONE_KIND = (PersonnelKind.killed, PersonnelKind.wounded, PersonnelKind.captured)
# "and wounded?" after the killed asks the wounded alone: its own kind, never all of them.


def _all_kinds(merged: Query, norm: str, fragment: Query, previous: Query) -> None:
    """Every kind of the previous question's losses ("and overall losses then?" after the
    killed), over its period (never the running total "total" reads alone)."""
    if previous.personnel_kind not in _ONE_KIND or _ALL_KINDS.search(norm) is None:
        return
    merged.personnel_kind = PersonnelKind.casualties
    if fragment.period_start is None:  # "total losses" names a kind here, not a running total
        for slot in ("period_kind", "period_start", "period_end", "figure", "open_end"):
            setattr(merged, slot, getattr(previous, slot))
        merged.report_date = previous.report_date


def _unchecked(merged: Query, fragment: Query, previous: Query) -> None:
    """ "the kremlin says 45,720 for nov 2024?", then "and october's?": the claimant was part
    of the figure checked (and may have been the wrong one), so the new period is asked of
    every claimant, unless the fragment names one itself."""
    quoted = any(u.kind == "figure" for u in previous.unread)
    if quoted and not (fragment.claimant or fragment.claimants or fragment.claimant_side):
        merged.claimant, merged.claimants, merged.claimant_side = None, [], None


def _merge_who(merged: Query, fragment: Query, previous: Query, norm: str) -> None:
    """Whose losses and who claims them: the fragment's when it names them."""
    bare = norm.strip(" ?!.")
    named = previous.claimant or previous.claimants or previous.claimant_side
    # "and Moscow?" after a claimant's figure, "what do the russians say": that side's officials
    side = (_CAPITAL.search(bare) if named else None) or _SIDE_SAYS.search(bare)
    alone = _SIDE_ONLY.search(bare)
    if side is None and alone is not None and alone["side"] and _side_of(alone) == previous.subject:
        side = alone  # "and ru side?" after Russia's losses: what Russia says of them
    official = _OFFICIAL.search(bare)
    if official is not None:  # "only the official figure": officials (of the side named)
        whose = "russian" if official["russia"] else "ukrainian" if official["ukraine"] else None
        said = parse_question(
            f"according to {whose or 'ukrainian or russian'} officials", fragment_day(previous)
        )
        merged.claimant, merged.claimants = said.claimant, list(said.claimants)
        merged.claimant_side = said.claimant_side
        return
    if side is not None:
        said = parse_question(
            "what does " + ("moscow" if side.group("russia") else "kyiv") + " say",
            fragment_day(previous),
        )
        merged.claimant, merged.claimants = said.claimant, list(said.claimants)
        merged.claimant_side = said.claimant_side
        return
    if _ANY_SOURCE.search(norm) or _drops_claimant(norm, previous):  # "any source then"
        merged.claimant, merged.claimants, merged.claimant_side = None, [], None
    if alone is not None:  # "what about ukraine?": whose losses, the rest kept
        fragment = fragment.model_copy(update={"subject": _side_of(alone)})
    if fragment.subject != Subject.russia or _RUSSIA.search(norm) or alone is not None:
        if fragment.subject != previous.subject:  # the other side: its own claimants
            merged.claimant, merged.claimants, merged.claimant_side = None, [], None
        merged.subject = fragment.subject
    if not (fragment.claimants or fragment.claimant) and alone is None:
        fragment = _named_alone(bare, fragment, previous)  # "and the UK?": who claims
    if fragment.claimants or fragment.claimant:
        merged.claimant = fragment.claimant
        merged.claimants = list(fragment.claimants)
        merged.claimant_side = fragment.claimant_side
        # the claimant named now replaces the names the previous question could not read
        merged.unread = [u for u in merged.unread if u.kind not in _WHO_KINDS]


# The kinds of unread words that belong to the period they were asked with: a period named
# in a follow-up replaces them.
_OWN_SPAN = ("period", "figure")

# The kinds of unread words that say who claims (a name, a source, "both sides"): a claimant
# named in a follow-up takes their place.
_WHO_KINDS = ("name", "source", "side")

# The words around a name given alone ("and the UK?", "what about mediazona").
_NAME_LEAD = re.compile(r"^(?:and\s+|so\s+|ok\s+)?(?:(?:what|how)\s+about\s+)?(?:the\s+)?")
_NAME_WORDS = 4


def _named_alone(bare: str, fragment: Query, previous: Query) -> Query:
    """The fragment with the claimant it names alone ("and the UK?", "zelensky?"), read as
    "according to ..." would be; the fragment itself when it names something else too (a
    metric, a period) or no claimant."""
    if fragment.period_start is not None or _own_metrics(fragment, bare):
        return fragment
    named = next(filter(None, (_claimant_named(n, previous) for n in _name_clauses(bare))), None)
    if named is None:
        return fragment
    return fragment.model_copy(
        update={
            "claimant": named.claimant,
            "claimants": list(named.claimants),
            "claimant_side": named.claimant_side,
        }
    )


# Words that narrow to a name without being part of it ("only kyiv then", "just the UK").
_NARROWING = re.compile(r"\b(?:only|just|solely|exclusively|instead)\b|\bthen$")


def _name_clauses(bare: str) -> list[str]:
    """The clauses of a fragment that may be a name given alone ("only kyiv then, per month
    on average": "kyiv" and "per month on average"), without their lead and narrowing words."""
    clauses = (" ".join(_NARROWING.sub(" ", part).split()) for part in re.split(r"[,;]", bare))
    names = (_NAME_LEAD.sub("", c) for c in clauses)
    return [n for n in names if n and len(n.split()) <= _NAME_WORDS]


def _claimant_named(name: str, previous: Query) -> Query | None:
    """ "according to the <name>" read, when it names a claimant and nothing else."""
    if _PERSONNEL.search(name):  # "and ukraine's losses?": whose losses, not who claims
        return None
    named = parse_question(f"according to the {name}", fragment_day(previous))
    if not (named.claimant or named.claimants) or named.period_start is not None:
        return None
    return named


def _side_of(named: re.Match[str]) -> Subject:
    """The side a side-naming row found ("ru", "ukrainians", "kyiv's")."""
    return Subject.ukraine if named["ukraine"] else Subject.russia


def fragment_day(query: Query) -> dt.date:
    """A day to read a helper phrase on: the query's period end, else the war's start (the
    phrase names no date, so any day reads it the same)."""
    return query.period_end or query.period_start or WAR_START


def _merge_period(
    merged: Query,
    fragment: Query,
    previous: Query,
    norm: str,
    today: dt.date,
    coverage: dt.date | None,
) -> None:
    """The period: the fragment's own, or the previous one moved or widened as it says."""
    shift = _shift_of(norm) or _same_time_in(norm, fragment, previous)
    bare = norm.strip(" ?!.")
    day_of_month = _DAY_OF_MONTH.fullmatch(bare) if _in_one_month(previous) else None
    if shift is None and day_of_month is None and (ordinal := _ORDINAL_ONLY.fullmatch(bare)):
        shift = _anniversary_shift(previous, ordinal) or _ordinal_shift(merged, ordinal)
    if shift is None and (last := _LAST_ALONE.fullmatch(bare)) is not None:
        shift = _unit_back_from(previous, last["unit"])
    count = _COUNT_NEXT.search(bare) or _SPAN_NEXT.search(bare)
    complete = _LAST_COMPLETE.search(norm)
    whole = _WHOLE_UNIT.search(bare)
    report_day = previous.report_date or (
        previous.period_start if previous.period_kind == PeriodKind.day else None
    )
    you_have = _LAST_YOU_HAVE.search(norm)
    if you_have is not None:  # "the last month you have", "the last 30 days in your data"
        found = {k: v for k, v in you_have.groupdict().items() if v}
        unit, days = found.get("unit") or found.get("unit2"), found.get("n") or found.get("n2")
        if days is not None:
            _last_days(merged, int(days), coverage or today)
        elif unit is not None:
            _last_complete(merged, unit, coverage or today)
    elif complete is not None:  # "the most recent full month you have"
        _last_complete(merged, complete["unit"], coverage or today)
    elif (part := _PART_OF_UNIT.search(bare)) is not None and previous.period_end is not None:
        _part_of_unit(merged, part, previous.period_end)  # "the rest of that month?"
    elif day_of_month is not None:
        _day_of_month(merged, previous, int(day_of_month["day"]))  # "and on the 14th?"
    elif whole is not None and previous.period_start is not None:  # "and the whole month?"
        _whole_unit(merged, next(u for u in whole.groups() if u))
        # the row read the whole message: its unit word ("that month overall") is read
        merged.unread = [u for u in merged.unread if u in previous.unread or u.kind != "period"]
    elif _THAT_DAY.search(norm) and previous.report_date is not None:
        day = previous.report_date  # "and the fighting of that day?": the report's own day
        merged.period_kind, merged.period_start, merged.period_end = PeriodKind.day, day, day
        merged.report_date = None
    elif _REPORT_THAT_DAY.search(norm) and report_day is not None:
        # "the update published that morning": the report of that day, on the day before
        fought = report_day - _DAY
        merged.period_kind, merged.period_start, merged.period_end = PeriodKind.day, fought, fought
        merged.report_date, merged.figure, merged.open_end = report_day, Figure.period, False
    elif count is not None and previous.period_start is not None:
        _count_next_to(merged, count)  # "the 7 before that": seven days before it
    elif shift is not None and previous.period_start is not None:
        if not _span_next_to_day(merged, *shift, norm):  # "the week after" one day
            _shift_period(merged, *shift)  # "a year ago" is the previous period moved
        if previous.report_date is not None:  # after a report: the report of the moved day
            moved = merged.period_start if _one_day(merged) else None
            merged.report_date = None
            _as_report(merged, None if moved is None else moved + _DAY)
    elif _NEWEST_DAILY.search(norm) and fragment.period_start is None:
        _as_report(merged, coverage)  # "the newest daily figure": the last report's day
        merged.figure, merged.open_end, merged.prefer_kind = Figure.period, False, None
    elif (asked := _LAST_DATE.search(norm)) is not None:  # "what's the last date you have":
        _newest(merged, Figure.latest)  # the newest figure, its "day" read by this row
        merged.unread = [u for u in merged.unread if u.text.lower() not in asked[0]]
    elif fragment.period_start is not None:
        _take_period(merged, fragment, previous, today)
        # "and in 2024?" after "deadliest day for tanks": still the record (cmp row)
        keeps_record = previous.figure == Figure.record and fragment.figure == Figure.period
        merged.figure = previous.figure if keeps_record else fragment.figure
    elif _LATEST.search(norm) or _NOW.search(bare) or _WHOLE_WAR.search(bare):
        # "ok what's the latest you have", "and now?": the newest, whenever it is; "the whole
        # war?": the newest running total
        _newest(merged, Figure.total if _WHOLE_WAR.search(bare) else Figure.latest)


def _in_one_month(previous: Query) -> bool:
    """Whether the previous period lies inside one calendar month (a day, a week of it)."""
    start, end = previous.period_start, previous.period_end or previous.period_start
    return (
        start is not None
        and end is not None
        and (start.year, start.month)
        == (
            end.year,
            end.month,
        )
    )


def _day_of_month(merged: Query, previous: Query, day: int) -> None:
    """Day `day` of the previous period's month (after a named report, that day's report);
    a day the month lacks (the 31st of April) leaves the period, its words unread."""
    start = previous.period_start
    assert start is not None
    if day > month_end(start.year, start.month).day:
        return
    when = start.replace(day=day)
    merged.figure, merged.open_end, merged.report_date = Figure.period, False, None
    if previous.report_date is not None:  # "Monday's report", then "and the 14th?"
        when = previous.report_date.replace(day=day)
        _as_report(merged, when)
        return
    merged.period_kind, merged.period_start, merged.period_end = PeriodKind.day, when, when
    merged.unread = [u for u in merged.unread if not re.fullmatch(rf"{day}\w\w", u.text)]


def _part_of_unit(merged: Query, part: re.Match[str], day: dt.date) -> None:
    """The rest of the unit holding `day` after it, the unit up to it, or the running total
    at the unit's end ("by the end of that month?")."""
    unit = part["u1"] or part["u2"] or part["u3"] or part["u4"]
    holding = merged.model_copy(update={"period_start": day, "period_end": day})
    _whole_unit(holding, unit)
    first, last = holding.period_start or day, holding.period_end or day
    if part["byend"]:
        _total_to(merged, last)
        return
    start, end = (day + _DAY, last) if part["rest"] else (first, day)
    merged.period_kind = PeriodKind.day if start == end else PeriodKind.range
    merged.period_start, merged.period_end = start, end
    merged.figure, merged.open_end, merged.report_date = Figure.period, False, None


def _newest(merged: Query, figure: Figure) -> None:
    """No period: the newest figure (or running total), whenever it is."""
    merged.period_kind, merged.period_start, merged.period_end = PeriodKind.unspecified, None, None
    merged.open_end, merged.report_date, merged.figure = False, None, figure


# The kinds of unread words no follow-up row reads (a place, a unit, a weapon's model): a
# fragment's own such words stay unread in its merged reading.
_CONSTRAINT_KINDS = ("place", "unit", "model")


def _own_constraints(fragment: Query, previous: Query) -> list[UnreadSpan]:
    """The fragment's own unread places, units and models the previous question lacks."""
    had = {span.text.lower() for span in previous.unread}
    return [
        span
        for span in fragment.unread
        if (span.kind in _CONSTRAINT_KINDS or _SUB_DAY.search(span.text.lower()))
        and span.constrains
        and span.text.lower() not in had
    ]


# A unit shorter than the day ("and per hour?", "hourly then"): the series has no such unit,
# so the fragment asks what cannot be answered, never the last average again.
_SUB_DAY = re.compile(r"\b(?:hour|hourly|minute|second)s?\b")


def _kept_unread(fragment: Query, previous: Query, norm: str) -> list[UnreadSpan]:
    """The fragment's own unread words, without those it drops ("forget avdiivka") and those
    of the previous question."""
    dropped = {span.text.lower() for span in previous.unread}
    said = " ".join(m.group(0) for m in _DROP.finditer(norm))
    return [
        span
        for span in fragment.unread
        if span.text.lower() not in dropped and span.text.lower() not in said
    ]


def _last_complete(merged: Query, unit: str, last_report: dt.date) -> None:
    """The last whole week (Monday to Sunday), month or year whose fighting the data covers:
    a report dated D covers the fighting of the day before."""
    last = last_report - dt.timedelta(days=1)
    if unit == "week":
        end = last - dt.timedelta(days=(last.weekday() + 1) % 7)
        start = end - dt.timedelta(days=6)
    elif unit == "month":
        end = last if last == month_end(last.year, last.month) else last.replace(day=1) - _DAY
        start = end.replace(day=1)
    else:
        end = last if (last.month, last.day) == (12, 31) else dt.date(last.year - 1, 12, 31)
        start = dt.date(end.year, 1, 1)
    merged.period_kind = PeriodKind(unit)
    merged.period_start, merged.period_end = start, end
    merged.figure, merged.open_end, merged.year_missing = Figure.period, False, False
    merged.report_date = None


def _last_days(merged: Query, days: int, last_report: dt.date) -> None:
    """The last `days` days whose fighting the data covers (a report dated D covers the day
    before)."""
    last = last_report - _DAY
    merged.period_kind = PeriodKind.day if days == 1 else PeriodKind.range
    merged.period_start, merged.period_end = last - dt.timedelta(days=days - 1), last
    merged.figure, merged.open_end, merged.year_missing = Figure.period, False, False
    merged.report_date = None


def _whole_unit(merged: Query, unit: str) -> None:
    """The week (Monday to Sunday), month, quarter or year that holds the previous period's
    start."""
    start = merged.period_start
    if start is None:
        return
    # "and that year?" after the worst day of a month: still the record, over the year
    figure = Figure.record if merged.figure == Figure.record else Figure.period
    if unit == "quarter":  # a calendar quarter
        _quarter_next_to(merged, start, 0)
        merged.figure, merged.open_end, merged.report_date = figure, False, None
        return
    if unit == "week":
        first = start - dt.timedelta(days=start.weekday())
        last = first + dt.timedelta(days=6)
    elif unit == "month":
        first, last = start.replace(day=1), month_end(start.year, start.month)
    else:
        first, last = dt.date(start.year, 1, 1), dt.date(start.year, 12, 31)
    merged.period_kind = PeriodKind(unit)
    merged.period_start, merged.period_end = first, last
    merged.figure, merged.open_end, merged.report_date = figure, False, None


def _own_unit(kind: PeriodKind, start: dt.date, end: dt.date) -> str:
    """The unit a period counts in: its kind's, or for a range of whole months or years
    (a quarter), months or years; days otherwise."""
    if kind in _OWN_UNIT:
        return _OWN_UNIT[kind]
    if start.day == 1 and end == month_end(end.year, end.month):
        return "year" if (start.month, end.month) == (1, 12) else "month"
    return "day"


def _count_next_to(merged: Query, count: re.Match[str]) -> None:
    """N of the previous period's own unit right before it ("the 7 before that") or right
    after it ("the next 7")."""
    start, end = merged.period_start, merged.period_end
    if start is None or end is None:
        return
    found = {k: v for k, v in count.groupdict().items() if v}
    raw = found.get("n") or found["n2"]
    n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    before = (found.get("dir") or found["dir2"]) in ("before", "prior", "earlier", "previous",
                                                      "preceding")  # fmt: skip
    # "the 7 before that" after seven days (a week, too) counts days
    length = (end - start).days + 1
    unit = found.get("unit") or found.get("unit2")
    unit = unit or ("day" if n == length else _own_unit(merged.period_kind, start, end))
    if unit in ("month", "year"):
        months = n * (12 if unit == "year" else 1)
        if before:
            first, last = add_months(start.replace(day=1), -months), start - _DAY
        else:
            first = end + _DAY
            moved = add_months(first, months - 1)
            last = month_end(moved.year, moved.month)
    else:
        days = dt.timedelta(days=n * _UNIT_DAYS[unit])
        first, last = (start - days, start - _DAY) if before else (end + _DAY, end + days)
    merged.period_start, merged.period_end = first, last
    merged.period_kind = PeriodKind(unit) if n == 1 and unit != "year" else PeriodKind.range
    if n == 1 and unit == "year":
        merged.period_kind = PeriodKind.year
    merged.figure, merged.open_end, merged.report_date = Figure.period, False, None


# "when was the first time?", "and when did that first happen?", "first time when?": after a
# question naming a mark ("did losses ever go above 2,000 in a day?"), the day it was first
# reached.
_FIRST_TIME = re.compile(
    r"^(?:and\s+|so\s+|ok\s+)?(?:when\s+(?:was|did|is)\s+(?:that\s+|it\s+|this\s+)?(?:the\s+)?"
    r"first(?:\s+time)?(?:\s+(?:it|that)\s+happened|\s+happen)?|(?:the\s+)?first\s+time(?:\s+when)?|"
    r"when\s+(?:did|was)\s+(?:that|it|this)\s+(?:first\s+)?happen(?:ed)?(?:\s+first|\s+for\s+the\s+"
    r"first\s+time)?|(?:what|which)\s+(?:day|date)\s+(?:was|did)\s+(?:that|it|this)\s+(?:first|"
    r"happen\s+first|first\s+happen)|since\s+when)$"
)


# "as a share of the total since the start of the war?", "what % of all losses is that?",
# "у відсотках від усіх за війну?" (read in English: "in percent from ... war"): the period's
# figure set against the running total at its end.
_SHARE_OF_WHOLE = re.compile(
    r"(?:\b|(?=%))(?:share|percent(?:age)?|per\s+cent|proportion|fraction|%|part)\s+(?:of|from)\s+(?:the\s+|"
    r"all\s+(?:the\s+)?|in\s+)?(?:whole|total|running\s+total|overall|all|war|entire|full|everything|"
    r"cumulative)\b|\bwhat\s+(?:share|percent(?:age)?|proportion|fraction|%|part)\s+of\s+(?:the\s+)?"
    r"(?:whole|total|running\s+total|overall|all|war|entire|full)\b"
)


# "and the first one?", "the earliest?", "where does it start?" after a question about where the
# data ends: its start, which the same coverage answer gives.
_DATA_START = re.compile(
    r"^(?:and\s+|so\s+|what\s+about\s+|how\s+about\s+)?(?:the\s+|your\s+)?(?:first|earliest|oldest|"
    r"start(?:ing)?)(?:\s+(?:one|day|date|report|entry|figure|point))?(?:\s+you\s+have)?$|"
    r"^(?:and\s+)?(?:where|when)\s+does\s+(?:it|that|the\s+data|your\s+data)\s+(?:start|begin)$"
)


def asks_the_data_start(text: str, previous: Query) -> bool:
    """Whether `text` asks where the data starts after a question about where it ends."""
    if not _DATA_START.match(_words(text).strip(" ?!.")):
        return False
    return _asks_the_last_day(previous)


def asks_share_of_the_whole(text: str) -> bool:
    """Whether `text` asks the last period's figure as a share of the war's running total."""
    return bool(_SHARE_OF_WHOLE.search(_words(text)))


def total_to(query: Query, end: dt.date) -> Query:
    """`query` as the running total from the war's start to `end`."""
    total = query.model_copy(deep=True)
    _total_to(total, end)
    return total


def asks_the_first_time(text: str) -> bool:
    """Whether `text` asks only when what the question before asked about first happened."""
    return bool(_FIRST_TIME.match(_words(text).strip(" ?!.")))


def reads_the_data(text: str) -> bool:
    """Whether `text` asks for a span of the data's own end ("last 7 days in your data",
    "the most recent full month you have"): read against its own reading even as a first
    turn, so that the span ends where the daily figures do, not today."""
    norm = _words(text)
    # "what's your latest day?" too: the newest figure, whose day is the data's end
    rows = (_LAST_YOU_HAVE, _LAST_COMPLETE, _LAST_DATE, _NEWEST_DAILY)
    return any(row.search(norm) for row in rows)


def is_fragment(text: str, today: dt.date) -> bool:
    """Whether `text` reads as a follow-up of a question before it ("and in 2023?", "what
    about drones", "no, I meant tanks", "where is that from?")."""
    if fragment_kind(text) is not None or correction_rest(text) is not None:
        return True
    return _bare_fragment(unacknowledged(text), today) is not None


def asks_about_a_claim(text: str) -> bool:
    """Whether `text` asks about the figure before it rather than for one ("does that hold
    up?", "is that right?", "where is it from?"): after a stated claim, one question with it."""
    norm = _words(text).strip(" ?!.")
    return fragment_kind(text) == FollowKind.sources or bool(_CHECK.search(norm))


def names_losses(query: Query) -> bool:
    """Whether a question names what was lost itself ("drones in 2023", "losses in may"), not
    only the parser's default."""
    norm = _words(query.text)
    return _own_metrics(query, norm) or bool(_PERSONNEL.search(norm))


def _own_metrics(fragment: Query, norm: str) -> bool:
    """Whether the fragment named its metrics (the parser's default otherwise)."""
    if fragment.metrics and fragment.metrics != [Metric.personnel]:
        return True
    if fragment.personnel_kind is not None:  # "fatalities", "the wounded": a kind of its own
        return True
    return bool(_PERSONNEL.search(norm)) and not _only_loss_word(norm)


def _only_loss_word(norm: str) -> bool:
    """ "and ukraine's losses?": "losses" alone names no metric, only the subject."""
    rest = _PERSONNEL.sub(" ", _EXPLICIT_METRIC_MARK.sub(" ", norm))
    return _PERSONNEL.search(rest) is None and bool(_EXPLICIT_METRIC_MARK.search(norm))


# "first half of the year?", "the summer of that year": the year of the previous question,
# not this one (a shift, "the year before", is read elsewhere).
_THAT_YEAR = re.compile(
    r"\b(?:of|in|during|for)\s+(?:that|the\s+same|the)\s+year\b(?!\s+(?:before|after|earlier|"
    r"later|prior))"
)


def _take_period(merged: Query, fragment: Query, previous: Query, today: dt.date) -> None:
    """The fragment's period; a month or day without a year is the next such one after the
    previous period (never one in the future: then the one before)."""
    start, end = fragment.period_start, fragment.period_end
    that_year = previous.period_end or previous.period_start
    if _THAT_YEAR.search(_words(fragment.text)) and start and end and that_year is not None:
        if fragment.year_missing or start.year == end.year == today.year:  # "of that year"
            year = that_year.year
            start, end = with_year(start, year), _same_end(end, with_year(end, year))
    elif fragment.year_missing and start is not None and previous.period_start is not None:
        around = (previous.period_start, previous.period_end or previous.period_start)
        if previous.period_kind == PeriodKind.cumulative:  # a total speaks of its last day
            around = (around[1], around[1])
        if (
            fragment.period_kind == PeriodKind.cumulative or _total_to_undated_day(fragment)
        ) and end is not None:
            # "the total as of 8 June", "and the total as of the report of 15 September?": the
            # day without a year moves, the war's start stays
            end = _after(end, end, around, today)[0]
            report = fragment.report_date
            fragment = fragment.model_copy(
                update={"report_date": None if report is None else with_year(report, end.year)}
            )
        else:
            start, moved_end = _after(start, end or start, around, today)
            end = None if end is None else moved_end  # "and since June?": still open at its end
    if _NARROWS.search(_words(fragment.text)) and start is not None and end is not None:
        start, end = _within(start, end, fragment.year_missing, previous)
    merged.period_kind = fragment.period_kind
    merged.period_start, merged.period_end = start, end
    merged.open_end = fragment.open_end
    merged.year_missing = False
    merged.assumed_year = None
    merged.report_date = fragment.report_date
    if fragment.report_date is not None and start is not None and fragment.period_start:
        # "the report dated 3 March" moved to the previous question's year moves its report
        moved = (
            end - fragment.period_end
            if _total_to_undated_day(fragment) and end and fragment.period_end
            else start - fragment.period_start
        )
        merged.report_date = fragment.report_date + moved
    if previous.report_date is not None and fragment.report_date is None and start == end:
        _as_report(merged, start)  # "and Tuesday's?" after Monday's report: Tuesday's report


def _total_to_undated_day(fragment: Query) -> bool:
    """Whether `fragment` asks a running total since the war began as of a day given without a
    year: only that day is undated."""
    return (
        fragment.year_missing
        and fragment.period_kind == PeriodKind.cumulative
        and fragment.period_start == WAR_START
    )


# "only the days in February", "just the part in 2024": the fragment's period narrows the last
# one (the part of it inside that month or year), never a new period beside it.
_NARROWS = re.compile(r"^(?:and\s+|ok\s+|so\s+)?" + _NARROWS_LEAD.lstrip("^"))


def _within(
    start: dt.date, end: dt.date, year_missing: bool, previous: Query
) -> tuple[dt.date, dt.date]:
    """The part of the previous period inside `start`..`end` (a month without a year taken in
    the previous period's years); the fragment's own period when they do not meet."""
    first, last = previous.period_start, previous.period_end
    if first is None or last is None:
        return start, end
    years = sorted({first.year, last.year}) if year_missing else [start.year]
    for year in years:
        moved_start = with_year(start, year)
        moved_end = _same_end(end, with_year(end, year + (end.year - start.year)))
        if moved_start <= last and moved_end >= first:
            return max(moved_start, first), min(moved_end, last)
    return start, end


_NARROWED_SLOTS = (
    "period_start",
    "period_end",
    "metrics",
    "subject",
    "claimant",
    "claimants",
    "claimant_side",
    "personnel_kind",
    "figure",
    "unread",
)


def _narrows_nothing(text: str, merged: Query, previous: Query) -> bool:
    """Whether an "only ..." follow-up left the last question as it was: the narrowing was
    in words no row reads, and the last answer again would not answer it."""
    if not _NARROWS.search(_words(text)):
        return False
    return all(getattr(merged, slot) == getattr(previous, slot) for slot in _NARROWED_SLOTS)


def _one_day(query: Query) -> bool:
    """Whether `query` asks about a single day."""
    return query.period_start is not None and query.period_start == query.period_end


def _as_report(merged: Query, day: dt.date | None) -> None:
    """The report dated `day` (the fighting of the day before), as a report-named question
    reads it: its follow-ups name reports, not fighting days."""
    if day is None:
        return
    merged.report_date, merged.period_kind = day, PeriodKind.day
    merged.period_start = merged.period_end = day - _DAY


def _after(
    start: dt.date, end: dt.date, around: tuple[dt.date, dt.date], today: dt.date
) -> tuple[dt.date, dt.date]:
    """`start`..`end` moved to the year placing it inside the previous period `around`
    ("tanks in 2023", "what about december?": December 2023), else nearest to it ("and in
    October?" after November 2024 is October 2024), never in the future."""
    span = end.year - start.year
    lo, hi = around
    years = [y for y in (lo.year - 1, lo.year, lo.year + 1, hi.year)
             if with_year(start, y) <= today] or [lo.year - 1]  # fmt: skip

    def distance(year: int) -> int:
        day = with_year(start, year)
        return 0 if lo <= day <= hi else min(abs((day - lo).days), abs((day - hi).days))

    year = min(years, key=distance)
    return with_year(start, year), _same_end(end, with_year(end, year + span))


def _shift_of(norm: str) -> tuple[int, str | None] | None:
    """(units moved, the unit) for "two months earlier" (-2, "month"), "the next day" (1,
    "day"); None when the message names no shift."""
    for pattern, direction in _SHIFTS:
        m = pattern.search(norm)
        if m is None:
            continue
        found = {k: v for k, v in m.groupdict().items() if v}
        count = found.get("n") or found.get("n2") or "1"
        n = int(count) if count.isdigit() else _COUNTS[count]
        unit = found.get("unit") or found.get("unit2") or found.get("unit3")
        return direction * n, unit
    return None


# "around that time in 2023", "the same week of 2023": the previous period in another year.
_SAME_TIME = re.compile(
    r"\b(?:(?:around|about|at|by)\s+(?:that|the\s+same|this)\s+(?:time|point)|(?:around|about)\s+"
    r"then|(?:the\s+)?same\s+(?:time|period|month|week|day|quarter|dates?|stretch|days))\b"
)


def _same_time_in(norm: str, fragment: Query, previous: Query) -> tuple[int, str] | None:
    """(years moved, "year") for "and around that time in 2023?" after a period of another
    year; None unless the message says the same time and names a year."""
    if not _SAME_TIME.search(norm) or previous.period_start is None:
        return None
    if fragment.period_kind != PeriodKind.year or fragment.period_start is None:
        return None
    return fragment.period_start.year - previous.period_start.year, "year"


# "and the second?", "а за другий?" after "the first quarter of 2025": the same kind of part of
# the same whole, by its number (the Cyrillic words arrive in English).
_ORDINAL_ONLY = re.compile(
    r"(?:(?:and|what\s+about|how\s+about|for|in|on|at|the|ok|so|then|now)\s+)*"
    rf"(?P<n>{alternation(PART_ORDINALS)})(?:\s+(?:one|half|quarter|week))?"
)
_PARTS_OF_A_YEAR = {3: 4, 6: 2}  # months in a quarter or a half -> parts in a year


# "and last year?", "а торік?" after a shorter period (May 2025): that period a year back (May
# 2024), as "vs last year" compares; after a year or longer, or alone ("I meant last year": a
# correction), the calendar's last year, as the parser reads it.
_LAST_ALONE = re.compile(
    r"(?:(?:and|what\s+about|how\s+about|for|in|so|ok|then|same)[\s,]+)+(?:the\s+)?"
    r"(?:last|previous)\s+(?P<unit>year)"
)


def _unit_back_from(previous: Query, unit: str) -> tuple[int, str | None] | None:
    """One `unit` back from the previous period when it is shorter than the unit, else None."""
    start, end = previous.period_start, previous.period_end
    if start is None or end is None or previous.period_kind == PeriodKind.cumulative:
        return None
    return (-1, unit) if (end - start).days + 1 < _UNIT_DAYS[unit] * 0.9 else None


# "and on the fourth?" after "the report on the third anniversary": years apart.
_ANNIVERSARY_NTH = re.compile(
    rf"\b(?P<n>{alternation(PART_ORDINALS)}|[1-4](?:st|nd|rd|th))(?:[- ]year)?\s+anniversary"
)


def _anniversary_shift(previous: Query, ordinal: re.Match[str]) -> tuple[int, str | None] | None:
    """The move in years from the anniversary the previous question named to the one asked."""
    named = _ANNIVERSARY_NTH.search(as_english(previous.text.lower()))
    if named is None:
        return None
    raw = named["n"]
    n = int(raw[0]) if raw[0].isdigit() else PART_ORDINALS[raw]
    return PART_ORDINALS[ordinal["n"]] - n, "year"


def _ordinal_shift(merged: Query, ordinal: re.Match[str]) -> tuple[int, str | None] | None:
    """The move from the previous part (a quarter, a half, a week of a month) to the part with
    the number asked; None (the word is reported as unread) for any other period."""
    start, end = merged.period_start, merged.period_end
    wanted = PART_ORDINALS[ordinal["n"]]
    months = _whole_months(start, end) if start and end else 0
    if start is not None and months in _PARTS_OF_A_YEAR and (start.month - 1) % months == 0:
        if wanted <= _PARTS_OF_A_YEAR[months]:
            return wanted - ((start.month - 1) // months + 1), None
    elif (
        start is not None
        and end is not None
        and (end - start).days == 6
        and start.day in (1, 8, 15, 22)
    ):
        if wanted <= 4:
            return wanted - ((start.day - 1) // 7 + 1), None
    at, to = word_at(merged.text, ordinal["n"])
    word = merged.text[at:to] or ordinal["n"]
    merged.unread = [  # a capitalised "Second" read as a name is this one word, not two
        *(u for u in merged.unread if (u.start, u.end) != (at, to)),
        UnreadSpan(text=word, start=at, end=to, kind="period", constrains=True),
    ]
    return None


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def word_at(text: str, english: str) -> tuple[int, int]:
    """Where the asker's own word for `english` is in `text` ("second" in "and the second?",
    "другий" in "а за другий?"): the first word read as it; the whole text when none is."""
    for word in _WORD.finditer(text):
        if as_english(word[0]).strip() == english:
            return word.start(), word.end()
    return 0, len(text)


def _shift_period(merged: Query, step: int, unit: str | None = None) -> None:
    """The previous period moved by `step` units ("a year earlier": -1 year). A unit at least
    as long as the period moves the same period ("a year earlier" than March 2025 is March
    2024); a shorter one gives the unit-long period next to it ("the week before" June is the
    seven days before 1 June). Without a unit, the period moves by its own length."""
    start, end = merged.period_start, merged.period_end
    if start is None or end is None:
        return
    if merged.period_kind == PeriodKind.cumulative and unit is not None:
        merged.period_end = _moved(end, step, unit)  # "a year later" than a total: its day
        return
    unit = unit or _OWN_UNIT.get(merged.period_kind)
    length = (end - start).days + 1
    months = _whole_months(start, end)
    if unit == "quarter":  # "the quarter before": the quarter next to the one holding it
        _quarter_next_to(merged, start if step < 0 else end, step)
    elif unit is None and months:  # a quarter, a half: by its own months
        merged.period_start = add_months(start, months * step)
        moved = add_months(end.replace(day=1), months * step)
        merged.period_end = month_end(moved.year, moved.month)
    elif unit is None:  # a range of days: by its own length
        days = dt.timedelta(days=length * step)
        merged.period_start, merged.period_end = start + days, end + days
    elif _UNIT_DAYS[unit] < length * 0.9:
        _next_to(merged, start, end, step, unit)
    elif unit == "year":
        merged.period_start = with_year(start, start.year + step)
        merged.period_end = _same_end(end, with_year(end, end.year + step))
    elif unit == "month":
        merged.period_start = add_months(start, step)
        merged.period_end = _same_end(end, add_months(end, step))
    else:
        days = dt.timedelta(days=_UNIT_DAYS[unit] * step)
        merged.period_start, merged.period_end = start + days, end + days


# "a week later", "two weeks after": the day moved (the rows of `_SHIFTS` that count units).
_COUNTED = re.compile(rf"\b{_COUNT}\s+{_UNIT}\s+(?:earlier|before|prior|ago|later|after)")


def _span_next_to_day(merged: Query, step: int, unit: str | None, norm: str) -> bool:
    """ "The week after" (or before) one day: the seven days after it (a month: to the same
    day of the next month), not the day a week later ("a week later" is that). False, and
    nothing changed, for any other shift."""
    day = merged.period_start
    if day is None or day != merged.period_end or unit not in ("week", "month"):
        return False
    if abs(step) != 1 or _COUNTED.search(norm):
        return False
    far = day + dt.timedelta(days=7 * step) if unit == "week" else add_months(day, step)
    first, last = (day + _DAY, far) if step > 0 else (far, day - _DAY)
    merged.period_kind = PeriodKind.week if unit == "week" else PeriodKind.range
    merged.period_start, merged.period_end = first, last
    merged.figure, merged.open_end, merged.report_date = Figure.period, False, None
    return True


def _moved(day: dt.date, step: int, unit: str) -> dt.date:
    """`day` moved by `step` units (a year, a quarter, a month, or a week or day)."""
    if unit == "year":
        return with_year(day, day.year + step)
    if unit in ("month", "quarter"):
        return add_months(day, step * (3 if unit == "quarter" else 1))
    return day + dt.timedelta(days=_UNIT_DAYS[unit] * step)


def _whole_months(start: dt.date, end: dt.date) -> int:
    """How many whole months `start`..`end` spans (0 unless it runs from a 1st to a month's
    end)."""
    if start.day != 1 or end != month_end(end.year, end.month):
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def _quarter_next_to(merged: Query, day: dt.date, step: int) -> None:
    """The calendar quarter `step` quarters from the one holding `day`."""
    first = add_months(dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1), 3 * step)
    last = add_months(first, 2)
    merged.period_kind = PeriodKind.range
    merged.period_start, merged.period_end = first, month_end(last.year, last.month)


def _same_end(end: dt.date, moved: dt.date) -> dt.date:
    """`moved`, at its month's end when `end` was at the end of its month."""
    if end == month_end(end.year, end.month):
        return month_end(moved.year, moved.month)
    return moved


def _next_to(merged: Query, start: dt.date, end: dt.date, step: int, unit: str) -> None:
    """The `unit`-long period right before `start` (step < 0) or right after `end`."""
    if unit == "month":
        first = (
            add_months(dt.date(start.year, start.month, 1), step)
            if step < 0
            else (end + dt.timedelta(days=1))
        )
        merged.period_start, merged.period_end = first, month_end(first.year, first.month)
    else:
        days = _UNIT_DAYS[unit] * abs(step)
        if step < 0:
            merged.period_start = start - dt.timedelta(days=days)
            merged.period_end = start - dt.timedelta(days=1)
        else:
            merged.period_start = end + dt.timedelta(days=1)
            merged.period_end = end + dt.timedelta(days=days)
    merged.period_kind = PeriodKind(unit) if unit in ("day", "week", "month") else PeriodKind.range


def _compare_period(text: str, fragment: Query, previous: Query, today: dt.date) -> Query | None:
    """The other side of "more than last month?" / "more than september?": a copy of the
    previous question for the month before, or for the month named (before the previous)."""
    if previous.period_start is None or previous.period_end is None:
        return None
    other = previous.model_copy(deep=True)
    other.text = fragment.text
    norm = _words(text)
    same = _same_time_in(norm, fragment, previous)
    if same is not None:  # "compare it with the same month in 2024": that month, that year
        _shift_period(other, *same)
        return other
    back = _unit_back(norm)
    if fragment.period_start is not None and back is None:
        start, end = fragment.period_start, fragment.period_end or fragment.period_start
        if fragment.year_missing:
            start, end = _before(start, end, previous.period_start)
        other.period_kind = fragment.period_kind
        other.period_start, other.period_end = start, end
        return other
    # "compared with a year earlier", "vs last year": that shift, else one period back
    shift = _shift_of(norm) or ((-1, back) if back is not None else None)
    forward = _COMPARE_IT.search(norm.strip()) is not None  # "compare it with a year later"
    moved = shift is not None and (shift[0] < 0 or forward)
    _shift_period(other, *(shift if shift is not None and moved else (-1, None)))
    return other


def _before(start: dt.date, end: dt.date, anchor: dt.date) -> tuple[dt.date, dt.date]:
    """`start`..`end` in the last year placing it before `anchor`."""
    year = anchor.year if (start.month, start.day) < (anchor.month, anchor.day) else anchor.year - 1
    return with_year(start, year), _same_end(end, with_year(end, year + end.year - start.year))


def reading_label(query: Query) -> str:
    """How a follow-up was read, for the answer's first line: "Tanks, November 2024"."""
    metrics = ", ".join(METRIC_LABELS.get(m, m.value) for m in query.metrics) or "personnel"
    if query.metrics == [Metric.personnel] and query.personnel_kind in KIND_KEYS:
        metrics = say(f"kind.{query.personnel_kind.value}")  # "no, killed only": say so
    if query.subject != Subject.russia:
        metrics = f"{query.subject.value.capitalize()}'s {metrics}"
    parts = [metrics[:1].upper() + metrics[1:]]
    if query.period_start is not None and query.period_end is None and query.open_end:
        day = period_words(PeriodKind.day, query.period_start, query.period_start, short=True)
        parts.append(f"since {day}")  # "and since then?"
    elif query.period_start is not None:
        parts.append(
            period_words(query.period_kind, query.period_start, query.period_end, short=True)
        )
    if query.claimant:
        parts.append(f"according to {query.claimant}")
    elif query.claimant_side:  # "and ru side?": that side's official sources, said so
        parts.append(f"according to {say('official.' + query.claimant_side)}")
    elif query.claimants and _OFFICIAL.search(_words(query.text).strip(" ?!.")):
        parts.append(f"according to {say('official.either')}")  # "only the official figure"
    return ", ".join(parts)


# "if the 1,351 was Ukraine's count ...", "suppose 80,000 were Russian dead": a supposition
# about a quoted figure, which no claim in the sources answers (qconv, wave 11)
_WHAT_IF = re.compile(
    r"^\W*(?:(?:and|so|but|ok|now)\W+)?(?:if|suppose|supposing|assuming|say|what\s+if|"
    r"якщо|якби|припустимо|если|допустим|предположим)\b",
    re.IGNORECASE,
)


def supposes(text: str) -> bool:
    """Whether `text` opens with a supposition ("if ...", "suppose ...", "якщо ...")."""
    return _WHAT_IF.search(text) is not None
