"""Every word of a question is read or reported (issue 12, requirement 1).

The parser blanks what each table or rule reads. What is left, less a table of words that
never change the answer (function words, question and loss words), is `Query.unread`: claimed
first by the rows below (a place, a unit, an equipment model, a rate, money, an event used as
a period, a part of the troops), then word by word (a number, a capitalised name, a word in
another script, a period word), neighbours joined into one span. A span that could change the
answer `constrains` it: no figure is then given as matching the question, and the answer names
the span first (`report_unread`, the sentence from `knowledge.wording`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from knowledge.lexicon.calendar import (
    EVENT_NOUNS,
    MONTHS,
    SMALL_COUNTS,
    SPELLED_NUMBER_RE,
    WEEKDAYS,
)
from knowledge.lexicon.outlets import OUTLETS
from knowledge.lexicon.patterns import alternation
from knowledge.lexicon.places import (
    CYRILLIC_MODEL_STEMS,
    MODEL_FAMILIES,
    MODEL_NAMES,
    NAMED_FLEETS,
    NOT_PLACES,
    PEOPLE,
    PLACE_WORDS,
    PLACES,
    TOPONYM_ENDINGS,
    UNIT_WORDS,
)
from knowledge.lexicon.prefilter import folded, may_match, wide_needs
from knowledge.lexicon.slang import CATEGORIES_NOT_COUNTED
from knowledge.lexicon.thresholds import ABOVE_WORDS, BELOW_WORDS, WHEN_ASKED
from knowledge.models import Answer, Intent, Metric, UnreadSpan
from knowledge.questions.asker import OUR_LOSS, first_person_subject
from knowledge.wording import instead, unread_lead

_CONSUMED = "\x00"


def _word_set(text: str) -> frozenset[str]:
    """The words of a whitespace-separated list."""
    return frozenset(text.split())


# Words that never change which figure answers a question.
STOP_WORDS: frozenset[str] = _word_set(
    """
    a an the of in on at to for from by with about as and or but nor is are was were be been
    being am has have had having do does did doing done how many much what which who whom whose
    when where why me my mine i you your we our us they them their theirs it its he him his she
    itself themselves himself herself i'm i've i'd i'll im
    her this that these those there here can could would should will shall may might must please
    pls plz tell give show know let lets let's say said says saying number numbers figure
    figures data stats statistics count counts counted so far up down out than then now just
    only also too very really some any all every each overall per according official officially
    latest recent recently newest current currently new exact exactly approximately approx
    roughly around nearly almost more most less least ok okay hi hey thanks thank lost lose
    losing loses suffered sustained inflicted suffer side military forces force personnel men
    people war wars invasion conflict fighting fight combat report reports reported reporting
    claim claims claimed claiming estimate estimates estimated estimation official's source
    sources total totals sum far there's it's what's whats how's whats' thats that's is' get got
    been into onto over under again still yet ever since until till through during after before'
    if whether not no yes don't doesn't didn't isn't aren't wasn't weren't haven't hasn't any'
    such same other another own both either neither one's via vs versus compared look find see
    check answer question need want wondering wonder curious quick quickly briefly give me
    roughly about' total' do you happen army armed troops soldiers near nearby outside inside
    towards toward along across within right correct correctly accurate accurately true wrong
    legit real really actually indeed shows showed showing gives gave giving who's whos
    acc accdg accd going
    support supports supported back backs backed match matches matched confirm confirms
    confirmed verify verifies verified corroborate corroborates corroborated
    """
)

# Words that name a time: left unread, they mean the period was not read as asked.
_PERIOD_WORDS: frozenset[str] = frozenset(
    {*MONTHS, *WEEKDAYS, "day", "days", "week", "weeks", "fortnight", "fortnights", "month",
     "months", "year", "years", "quarter", "quarters", "half", "halves", "season", "seasons",
     "weekend", "weekends", "morning", "evening", "night", "tonight", "yesterday", "today",
     "tomorrow", "decade", "spring", "summer", "autumn", "winter", "before", "midnight",
     "noon", "hours", "hour", "start", "beginning", "outset", "end", "middle", "anniversary",
     "anniversaries"}
)  # fmt: skip

_STOPPERS = r"(?:in|on|during|for|since|and|or|by|as|from|at|between|to|compared)"
# An event named by its kind ("during the Prigozhin mutiny", "after the Kharkiv
# counteroffensive"): matched across read words, as a leader's name in it may read as a
# claimant; no event calendar dates it (a date "on 15 august 2025" after it, or in brackets,
# is read instead).
_EVENT_PERIOD = re.compile(
    r"\b(?:during|since|after|before|amid|throughout|following|until)\s+(?:the\s+)?"
    rf"(?:[\w'-]+\s+){{0,3}}?(?:{alternation(EVENT_NOUNS)})\b"
    r"(?!\s*[(\[])(?!\s+on\s)"
)
# What makes "tons of" a weight: a quantity right before it ("50 tons of", "how many tonnes
# of", "five metric tons of"); without one, "tons of tanks" is an intensifier like "lots of".
_WEIGHED = ("many", "much", "metric", "short", "long", "one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand", "million",
            "few", "several")  # fmt: skip
_AS_WEIGHT = "".join(rf"(?<=\b{w} )" + "|" for w in _WEIGHED) + r"(?<=\d )|(?<=\d)"
# No figure is a weight, a length or a volume ("in tonnes", "how many kilograms").
_MEASURE = re.compile(
    rf"(?:{_AS_WEIGHT})(?:tonnes?|tons?)\b|\b(?:tonnes?|tons?)\b(?!\s+of\b)|"
    r"\b(?:tonnage|kilo(?:gram)?s?|kg|pounds|lbs?|litres?|liters?|gallons?|"
    r"barrels?|cubic\s+met(?:re|er)s?|square\s+(?:kilomet(?:re|er)s?|km|miles?))\b"
)
# A rate per length or area of front ("per kilometre of front", "per km2"): no figure is one.
_PER_LENGTH = re.compile(
    r"\bper\s+(?:square\s+|sq\.?\s*)?(?:kilomet(?:re|er)s?|kms?2?|miles?)"
    r"(?:\s+of\s+(?:the\s+)?(?:front|frontline|front\s+line|line))?\b"
)
_Row = tuple[str, re.Pattern[str], bool]  # kind, pattern, matched on the text before reading


_MONTH_WORDS = alternation(MONTHS)
# "at night only", "during the daytime": a part of each day, which no figure splits off
_TIME_OF_DAY = re.compile(
    r"\b(?:at|by|during\s+the|in\s+the|only\s+at)\s+(?:night|night-?time|day-?time|dawn|dusk)\b"
)
# Both sides' losses together: the figures are one side's at a time. "Ten days either side of
# new year", "both sides of 9 may" are days around a date ("the days either side of 9 may" says
# no count: still unread).
_BOTH_SIDES = re.compile(
    r"\b(?:both|each|either|all)\s+(?:sides?|armies|countries|nations|"
    r"militaries)\b(?:(?<=the days either side)|(?<=the days each side)|"
    r"(?<=the days both sides)|"
    rf"(?!\s+of\s+(?:the\s+)?(?:\d|new\s+year|christmas|easter|{_MONTH_WORDS}|"
    r"holidays?|anniversary|invasion|start|date|day|feast|election|offensive)))"
    r"|\b(?:russian|russia's)\s+and\s+(?:ukrainian|ukraine's)\s+losses\s+"
    r"(?:combined|together)\b"
)


_UNCOMPUTED_AND_OURS: tuple[_Row, ...] = (
    # statistics no stored figure is and none is computed ("the 90th percentile", "the
    # biggest day-on-day jump"; the median day and the longest streak are: averages.py):
    # a period's total is no answer
    ("statistic", re.compile(
        r"\b(?:modal|percentiles?|quartiles?|standard\s+deviation|variance|"
        r"std\.?\s*dev|(?:moving|rolling)\s+(?:averages?|means?)|"
        # ("month on month" asks for each month's figure: followup's unit rows)
        r"day[- ](?:on|over|to)[- ]day)\b"), True),
    # "our guys", "did we lose" with no word of whose side the asker is on (the parser
    # reads it when the asker says where they are: "I'm in Dnipro"; see the loop)
    ("own_side", OUR_LOSS, True),
)  # fmt: skip


# Words that narrow to what no figure gives, matched on the whole question: a Russian military
# unit by its number ("military unit 31135"), a point on the map ("near 48.28, 37.18") or a
# radius around a place ("within 20 km of Kupiansk"), a part confirmed one way ("geolocated by
# OSINT accounts", "satellite imagery": the figures are the claimants' own counts).
_NARROWING_ROWS: tuple[_Row, ...] = (
    (
        "unit",
        re.compile(r"\b(?:military\s+)?(?:unit|v/ch|в/ч)\s+(?:no\.?\s*|number\s+|#\s*)?\d{3,6}\b"),
        True,
    ),
    (
        "place",
        re.compile(
            r"\b-?\d{1,2}\.\d{2,6}\s*°?\s*[ns]?\s*,\s*-?\d{1,3}\.\d{2,6}\s*°?\s*[ew]?(?![\w.])"
        ),
        True,
    ),
    (
        "place",
        re.compile(
            r"\b(?:within|inside|in\s+a|up\s+to)\s+\d+(?:\.\d+)?\s*(?:km|kilometres?|kilometers?|"
            r"miles?|mi)\s+(?:radius\s+)?(?:of|from|around)\s+(?:the\s+)?[a-z][\w'-]+"
        ),
        True,
    ),
    (
        "evidence",
        re.compile(
            r"\b(?:geo-?located|visually\s+confirmed|photo-?confirmed|confirmed\s+(?:by|on|in)\s+"
            r"(?:photos?|videos?|footage))(?:\s+by\s+(?:[a-z][\w-]*\s+){0,2}(?:accounts?|"
            r"analysts?|researchers|bloggers|trackers?|osint|oryx|volunteers))?"
            r"|\bsatellite\s+(?:imagery|images?|photos?|pictures?)\b"
        ),
        True,
    ),
)


@cache  # the tables are built once: rebuilding them was half of every answer's time
def _rows(subset: re.Pattern[str]) -> tuple[_Row, ...]:
    """The spans claimed before word-by-word reading, in order (True: matched on the whole
    question, across words other rules read, as "per 1000 troops deployed")."""
    models = alternation({k: None for k in MODEL_FAMILIES})
    places = alternation({p: None for p in PLACES})
    not_places = alternation(NOT_PLACES)
    return (
        # "eight hundred and fifty": a figure written out, quoted as digits would be
        ("figure", re.compile(SPELLED_NUMBER_RE), False),
        ("rate", re.compile(rf"\bper\s+\d[\d,.]*(?:\s+(?!{_STOPPERS}\b)[a-z][a-z-]*){{1,4}}"),
         True),
        ("rate", _PER_LENGTH, True),
        ("unit", re.compile(rf"\b(?:{alternation(NAMED_FLEETS)})(?:'s)?\b"), True),
        ("model", re.compile(rf"\b(?:{models})-\d{{1,3}}[a-z]{{0,3}}\b"), True),
        # a model by name ("leopards"), or letters and digits ("F-16s", "M777", "2S19")
        ("model", re.compile(rf"\b(?:{alternation(MODEL_NAMES)})"
                             # "msta-s", "tor-m", "buk-m2": a variant's letters after a hyphen
                             r"(?:-[a-z]{1,2}\d?[a-z]?\b)?"
                             r"(?:[- ]?\d{1,3}[a-z]{0,2})?(?:s|es)?\b"
                             r"|\b(?:[a-z]{1,5}-?\d{1,4}[a-z\d]{0,4}|\d[a-z]\d{1,3}[a-z]?)s?\b"),
         False),
        # matched across read words: "naval drones" are neither ships nor the drones counted
        ("category", re.compile(rf"\b(?:{'|'.join(CATEGORIES_NOT_COUNTED)})\b"), True),
        # a commander's own forces before the formation they command ("Syrskyi's brigades")
        ("name", re.compile(rf"\b(?:{alternation({p: None for p in PEOPLE})})(?:'s|s')?(?!\w)"),
         False),
        *_NARROWING_ROWS,
        ("unit", re.compile(
            rf"\b(?:\d+(?:st|nd|rd|th)\s+)?(?:[a-z]+\s+){{0,4}}?(?:{alternation(UNIT_WORDS)})\b"
            r"|\b\d+(?:st|nd|rd|th)\s+(?:[a-z]+\s+){0,3}?(?:army|fleet)\b"
            # "broken down by unit" (not "units of equipment": a count of things)
            r"|\b(?:by|per|for\s+each|each)\s+(?:military\s+)?(?:units?|formations?)\b"
            r"(?!\s+of\b)"), False),
        ("period", re.compile(
            r"\b(?:since|during|after|before|until|till|following|when|while|amid)\s+"
            r"(?:the\s+)?[^\W\d_][\w'-]*(?:[ ]+[\w'-]+){0,5}"), False),
        ("period", _EVENT_PERIOD, True),  # "during the Prigozhin mutiny"
        # no figure is counted per minute ("every minute"); per hour is a day's average / 24
        ("period", re.compile(r"\b(?:every|each|an|a|per)\s+minute\b|\bper\s+second\b"), True),
        # a named operation is an event, not a period the figures are counted by
        ("period", re.compile(r"\b(?:operation|op\.?)\s+(?!(?:the|a|an|of|in)\b)[a-z][\w'-]+"),
         True),
        ("duration", re.compile(
            rf"\b(?:in|within|over)\s+(?:just\s+|only\s+)?(?:\d{{1,3}}|{alternation(SMALL_COUNTS)})"
            r"\s+(?:days?|weeks?|months?|hours?)\b"), False),
        # "the zaporizhzhia direction" as one place, before "zaporizhzhia" alone
        ("place", re.compile(
            rf"\b(?:(?!(?:{not_places})\b)[a-z][\w'-]*\s+)?(?:{places})\s+"
            rf"(?:{alternation(PLACE_WORDS)})\b"
            rf"|\b(?!(?:{not_places})\b)[a-z][\w'-]*\s+(?:{alternation(PLACE_WORDS)})\b"
            rf"|\b(?:{places})\b"
            # a part of the front ("in the south", "across the north-east")
            r"|\b(?:(?:south|north)(?:[ -]?(?:east|west))?|east|west)(?:ern)?\b"
            r"(?=\s*(?:$|[^\w\s-]|(?:and|in|on|during|since|for|last|this|from|between|of|at)\b))"
            # a word no rule read right after "near" or "around" is a place's name
            rf"|\b(?:near|outside|around)\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?"
            r"(?!(?:the|a|an|same|time|clock|here|there|now|then|that|this|it|midnight|noon|"
            r"half|twice|double)\b)[a-z][a-z'-]{2,}(?:\s+[a-z][a-z'-]{2,}\s+(?=oblast|region))?"),
         False),
        # a word shaped like a Ukrainian or Russian place name after "in", "at", "near"
        # ("in staromlynivka", "at tsukuryne"): a place no row lists is still a place
        ("place", re.compile(
            r"\b(?:in|at|near|around|outside|for|of|from|by|towards?)\s+(?:the\s+)?"
            rf"([a-z][a-z'-]{{2,}}(?:{TOPONYM_ENDINGS}))\b"), False),
        ("subset", subset, True),
        *_UNCOMPUTED_AND_OURS,
        ("period", _TIME_OF_DAY, False),
        ("side", _BOTH_SIDES, True),  # one side's losses at a time, never both added up
        ("loss_kind", re.compile(
            r"\b(?:irrecoverable|irretrievable|non-?combat|sanitary)\b"), False),
        # a period's figure always includes the tally's corrections (a record skips them)
        ("loss_kind", re.compile(
            r"\b(?:excluding|without|minus|skip(?:ping)?|ignor(?:e|ing)|not\s+counting|no)\s+"
            r"(?:the\s+|any\s+|a\s+)?correct\w*"), False),
        ("measure", _MEASURE, True),  # on the whole text: "of" after "tons" is read
        ("money", re.compile(
            r"\b(?:cost|costs|costing|worth|value|price|prices|dollars?|usd|euros?|eur|"
            r"roubles?|rubles?|hryvnias?|uah)\b|\$"), False),
    )  # fmt: skip


# The order in which a joined span takes its kind from its words.
_KIND_ORDER = ("period", "number", "script", "unknown", "name", "word")
_JOINERS = re.compile(r"(?:[\s/-]|\bof\b|\bthe\b)*")


@dataclass
class Tracked:
    """The question as the parser works on it (`work`, read stretches blanked), the same text
    never blanked (`plain`), and where each character came from in the question."""

    work: str
    plain: str
    origin: list[int]

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> None:
        """`pattern.sub(repl, work)`, done to `plain` and `origin` alike."""
        if not may_match(wide_needs(pattern), folded(self.work)):
            return  # a word test: the feast and holiday names are rarely there
        matches = list(pattern.finditer(self.work))
        if not matches:
            return  # most questions have nothing to rewrite: no copying
        parts: list[tuple[str, str, list[int]]] = []
        at = 0
        for m in matches:
            new = repl(m)
            parts.append((self.work[at : m.start()], self.plain[at : m.start()],
                          self.origin[at : m.start()]))  # fmt: skip
            if new == m.group(0):
                parts.append(
                    (new, self.plain[m.start() : m.end()], self.origin[m.start() : m.end()])
                )
            else:
                parts.append((new, new, _spread_words(self.origin, m, new)))
            at = m.end()
        parts.append((self.work[at:], self.plain[at:], self.origin[at:]))
        self.work = "".join(p[0] for p in parts)
        self.plain = "".join(p[1] for p in parts)
        self.origin = [i for p in parts for i in p[2]]


def _spread_words(origin: list[int], found: re.Match[str], new: str) -> list[int]:
    """`_spread` word by word when the replacement has as many words as the replaced text
    ("на годину" -> "per hour": "hour" quotes "годину", not the letters half-way along)."""
    old_words = list(re.finditer(r"\S+", found.group(0)))
    new_words = list(re.finditer(r"\S+", new))
    if len(old_words) != len(new_words) or len(new_words) < 2:
        return _spread(origin, found.start(), found.end(), len(new))
    out: list[int] = []
    at = 0
    base = found.start()
    for old_word, new_word in zip(old_words, new_words, strict=True):
        gap = new_word.start() - at  # spaces before the word: from the replaced text's own
        out += [origin[base + old_word.start() - 1]] * gap
        out += _spread(origin, base + old_word.start(), base + old_word.end(), len(new_word[0]))
        at = new_word.end()
    out += [origin[found.end() - 1]] * (len(new) - at)
    return out


def _spread(origin: list[int], start: int, end: int, size: int) -> list[int]:
    """Where each of `size` characters replacing `start`..`end` came from: spread evenly over
    the replaced stretch, the last from its last (so a span over the whole replacement quotes
    the whole word the asker typed, "Авдіївкою" for "avdiivka")."""
    if size == 0:
        return []
    width = end - start
    return [origin[start + i * width // size] for i in range(size - 1)] + [origin[end - 1]]


_QUOTES = {**dict.fromkeys("’‘`´ʼ", "'"), **dict.fromkeys("‐‑‒–—―", "-"),
           **dict.fromkeys("\"“”«»", " "), "ё": "е"}  # fmt: skip


def _quoting(text: str, i: int) -> bool:
    """The single quote at `i` opens or closes a quotation ('special equipment', 'since feb
    3'): it is no part of a word. An apostrophe inside a word, after a plural's s (soldiers')
    or before a year ('25) stays."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = not before.isalnum() and after.isalpha()
    closes = before.isalnum() and before not in "sS" and not after.isalnum()
    return opens or closes


# The ASCII characters `normalise_tracked` may rewrite (besides spaces and case).
_PLAIN_ASCII = frozenset({"'", *(c for c in _QUOTES if c.isascii())})


def normalise_tracked(text: str) -> tuple[str, list[int]]:
    """Lower case, plain apostrophes and dashes, single spaces; and for each character of the
    result, its index in `text`."""
    if text.isascii() and _PLAIN_ASCII.isdisjoint(text) and " ".join(text.split()) == text:
        return text.lower(), list(range(len(text)))  # most questions: nothing to rewrite
    out: list[str] = []
    origin: list[int] = []
    for i, c in enumerate(text):
        for ch in c.lower():
            ch = _QUOTES.get(ch, ch)
            if ch == "'" and _quoting(text, i):
                ch = " "
            if ch.isspace():
                if out and out[-1] != " ":
                    out.append(" ")
                    origin.append(i)
                continue
            out.append(ch)
            origin.append(i)
    if out and out[-1] == " ":
        out.pop()
        origin.pop()
    return "".join(out), origin


def find_unread(
    text: str,
    tracked: Tracked,
    work: str,
    read: Iterable[re.Pattern[str]],
    subset: re.Pattern[str],
    counted: re.Pattern[str] | None = None,
) -> list[UnreadSpan]:
    """The spans of `text` that no rule read (`work` is `tracked.work` after the last rule);
    `counted` reads the things a number right before them counts ("32 tanks")."""
    rest = "".join(
        [p if w != " " or p == " " else _CONSUMED for w, p in zip(work, tracked.plain, strict=True)]
    )
    for pattern in read:  # a word test skips most rows (issue 13 req 7)
        if not may_match(wide_needs(pattern), folded(rest)):
            continue
        for m in pattern.finditer(rest):
            rest = rest[: m.start()] + _CONSUMED * (m.end() - m.start()) + rest[m.end() :]
    claimed: list[tuple[int, int, str]] = []
    plain = folded(tracked.plain)
    for kind, pattern, whole in _rows(subset):
        if kind == "own_side" and first_person_subject(tracked.plain, text) is not None:
            continue  # "our" read: the asker said where they are
        searched = tracked.plain if whole else rest
        if not may_match(wide_needs(pattern), plain if whole else folded(rest)):
            continue
        for m in pattern.finditer(searched):
            start, end = _trim(m.group(0), m.start(), m.end(), kind)
            if end > start and not any(s < end and start < e for s, e, _ in claimed):
                claimed.append((start, end, kind))
    claimed += _words(text, tracked, rest, claimed, counted)
    claimed = _places_joined(sorted(claimed), text, tracked)
    if not _FIRST_PERSON_SIDE.search(tracked.plain):  # "our guys, I'm in Dnipro": a side
        claimed = [
            (
                s,
                e,
                "word" if k in ("place", "name") and _ASKER_HERE.search(tracked.plain[:s]) else k,
            )
            for s, e, k in claimed
        ]
    return _figures_named_again([_span(text, tracked.origin, s, e, k) for s, e, k in claimed])


# Where the asker is ("I'm in Dnipro", "writing from Kharkiv", "here in Moscow"): no place the
# figures are asked for, so it narrows nothing.
_ASKER_HERE = re.compile(
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are|i\s+live|we\s+live|(?:i'?m\s+|we'?re\s+)?based|writing|"
    r"asking|sitting|living|staying|here)\s+(?:(?:here|now|right\s+now|currently)\s+)?"
    r"(?:in|from|at)\s+(?:the\s+)?$"
)


# "Our", "we": with the asker's place they say whose side the asker is on, which no row reads:
# the place then stays a constraint (a refusal, never another side's figure as "ours").
_FIRST_PERSON_SIDE = re.compile(r"\b(?:our|ours|ourselves|we|us)\b")


# Words that continue a place's name ("the Dnipro islands", "the Kupiansk axis").
_PLACE_NOUNS = frozenset({
    "island", "islands", "front", "direction", "axis", "sector", "area", "bridgehead", "region",
    "oblast", "district", "salient", "pocket",
})  # fmt: skip


def _places_joined(
    claimed: list[tuple[int, int, str]], text: str, tracked: Tracked
) -> list[tuple[int, int, str]]:
    """A place's name of two words is one unread span ("Chasiv Yar", "Velyka Novosilka", "the
    Dnipro islands"): a place beside a capitalised name, or before a place noun, with only a
    space or hyphen between them."""
    joined: list[tuple[int, int, str]] = []
    for start, end, kind in claimed:
        if joined and _one_place(joined[-1], (start, end, kind), text, tracked):
            joined[-1] = (joined[-1][0], end, "place")
        else:
            joined.append((start, end, kind))
    return joined


def _one_place(
    first: tuple[int, int, str], second: tuple[int, int, str], text: str, tracked: Tracked
) -> bool:
    """Whether two neighbouring unread spans are one place's name."""
    (s1, e1, k1), (s2, e2, k2) = first, second
    if "place" not in (k1, k2) or tracked.plain[e1:s2] not in (" ", "-"):
        return False
    other = (s2, e2, k2) if k1 == "place" else (s1, e1, k1)
    word = tracked.plain[other[0] : other[1]]
    if other[2] in ("name", "place") and text[tracked.origin[other[0]]].isupper():
        return True
    return k1 == "place" and word.lower() in _PLACE_NOUNS


# A number a question quoted as a figure, named again ("... 32 tanks ... does the 32 hold up?").
_NUMBER_LEAD = re.compile(r"^(\d[\d,]*)\b")


def _figures_named_again(spans: list[UnreadSpan]) -> list[UnreadSpan]:
    """A number that repeats a figure quoted before it is that figure again, not a number
    of something unread: only its digits are kept, as a figure."""
    quoted: set[str] = set()
    out = []
    for span in spans:
        lead = _NUMBER_LEAD.match(span.text)
        if span.kind == "figure":
            quoted.update(re.findall(r"\d[\d,]*", span.text))
        elif span.kind == "number" and lead is not None and lead.group(1) in quoted:
            span = span.model_copy(update={"text": lead.group(1), "kind": "figure",
                                           "end": span.start + len(lead.group(1)),
                                           "constrains": False})  # fmt: skip
        out.append(span)
    return out


# A radius ("within 20 km of Kupiansk") and a numbered unit ("military unit 31135") keep their
# first word: without it the words name something else.
_LEAD_KEPT = re.compile(r"(?:within|inside|up\s+to|military\s+unit)\b")


def _trim(found: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """A row's match without stop words at its end (and, but for a rate or an event, at its
    start); empty when only stop words and the row's own lead word are left."""
    if kind in ("side", "own_side"):  # "our" is a stop word elsewhere, the point here
        return start, end
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\s\x00]+", found)]
    keep_lead = kind in ("rate", "period") or bool(_LEAD_KEPT.match(found))
    # "the 1st guards tank army": a numbered formation keeps its last word
    numbered = kind == "unit" and bool(words) and words[0][2][:1].isdigit()
    while words and words[-1][2] in STOP_WORDS and not numbered:
        words.pop()
    while words and not keep_lead and words[0][2] in STOP_WORDS:
        words.pop(0)
    content = [w for w in words[1:] if w[2] not in STOP_WORDS] if keep_lead else words
    if not content and kind in ("rate", "period") and len(words) > 1:
        return start, start  # a lead word alone ("since"); a one-word period ("hourly") stays
    if not words:
        return start, start
    return start + words[0][0], start + words[-1][1]


def _words(
    text: str,
    tracked: Tracked,
    rest: str,
    claimed: list[tuple[int, int, str]],
    counted: re.Pattern[str] | None = None,
) -> list[tuple[int, int, str]]:
    """What is left word by word, neighbours joined, each span with its kind."""
    latin = _mostly_latin(text)
    shouting = sum(c.isupper() for c in text) > sum(c.islower() for c in text)
    spans: list[tuple[int, int, str]] = []
    for m in re.finditer(r"[^\W_](?:[\w'.,-]*[^\W_])?", rest):
        token = m.group(0)
        if token in STOP_WORDS or any(s < m.end() and m.start() < e for s, e, _ in claimed):
            continue
        kind = _kind(token, text, tracked.origin[m.start()], latin, shouting)
        if latin and spans and _JOINERS.fullmatch(rest[spans[-1][1] : m.start()]):
            first, _end, before = spans.pop()
            kind = min(kind, before, key=_KIND_ORDER.index)
            spans.append((first, m.end(), kind))
        else:
            spans.append((m.start(), m.end(), kind))
    return [(s, e, _refine(rest, tracked.plain, s, e, k, counted)) for s, e, k in spans]


def _refine(
    rest: str, plain: str, start: int, end: int, kind: str, counted: re.Pattern[str] | None
) -> str:
    """A lone big number is a quoted figure, and so is one right before words the question
    read ("confirm 45,720 russian losses") and a small one right before the thing it counts
    ("do 32 tanks on 5 May check out?") or a rate ("10 an hour"); a name after "per" or
    "according to" a source."""
    if _FIGURE.fullmatch(rest[start:end]) or _OWNED_FIGURE.fullmatch(rest[start:end]):
        return "figure"
    if _THRESHOLD_FIGURE.search(rest[start:end]) and not WHEN_ASKED.search(plain):
        return "figure"  # "did losses pass 30,000?" ("when did they pass it" is a milestone)
    after = len(rest[end:]) - len(rest[end:].lstrip(" "))
    if _FIGURE_LAST.search(rest[start:end]) and rest[end + after : end + after + 1] == _CONSUMED:
        return "figure"
    if (
        _COUNT_LAST.search(rest[start:end])
        and rest[end + after : end + after + 1] == _CONSUMED
        and (
            (counted is not None and counted.match(plain, end + after))
            or _RATE_AFTER.match(plain, end + after)
        )
    ):
        return "figure"
    if kind in ("name", "word") and _ORIGIN_BEFORE.search(plain[:start]):
        return "place"  # "soldiers from Buryatia": where they come from, not a source
    if kind == "name" and (
        _source_before(rest[:start], rest[start:end]) or _SOURCE_AFTER.match(plain, end)
    ):
        return "source"
    if kind == "word" and _WORD_SOURCE_BEFORE.search(rest[:start]):
        return "source"  # "per the guardian": said first, as a name would be
    return kind


def _source_before(before: str, token: str) -> bool:
    """Whether the words before a name make it a source ("per Example Wire"); after "in" only
    a name that reads as a publication ("in the Daily Planet", "in the Kyiv Post"): "in
    Tsukuryne" is a place, and so is a Cyrillic name after "в"."""
    found = _SOURCE_BEFORE.search(before)
    if found is None:
        return False
    if not found[0].startswith("in"):
        return True
    return token.isascii() and bool(_PUBLICATION.search(token) or token in _OUTLET_WORDS)


# People "from" a name are where they come from, not a source ("soldiers from Buryatia",
# "conscripts from Dagestan"): a part of the troops no figure gives.
_ORIGIN_BEFORE = re.compile(
    r"\b(?:soldiers|troops|men|servicemen|fighters|conscripts|recruits|mobili[sz]ed|volunteers|"
    r"convicts|prisoners|mercenaries|people|guys|boys|natives|residents)\s+from\s+(?:the\s+)?$"
)


# Words that make a name after "in" a publication, not a place ("in the Daily Planet").
_PUBLICATION = re.compile(
    r"\b(?:daily|times|post|news|journal|herald|telegraph|guardian|independent|wire|agency|"
    r"press|media|tribune|gazette|review|monitor|observer|insider|week|weekly|magazine|"
    r"chronicle|standard|express|mail|mirror|sun|star|today|report|radio|tv|channel|"
    r"network|pravda|planet|bulletin|digest|dispatch|courier|inquirer|register|economist)\b"
)
_OUTLET_WORDS = frozenset(OUTLETS)


# "per Example Wire", "according to the Daily Planet": a source the figures are not chosen by.
_SOURCE_BEFORE = re.compile(
    r"\b(?:per|according\s+to|(?:reported|published|claimed|said|stated)\s+by|from|in)\s+"
    r"(?:the\s+)?$"
)


# Only the plainest reporting words make a lower-case word a source ("per the guardian").
_WORD_SOURCE_BEFORE = re.compile(
    r"\b(?:per|according\s+to|acc(?:dg|d)?\.?\s+to|as\s+per|(?:reported|claimed)\s+by)\s+"
    r"(?:the\s+)?$"
)
# "IISS estimate", "the SBU says": a name that claims figures, not one they are broken down by.
_SOURCE_AFTER = re.compile(
    r"(?:'s?)?\s+(?:own\s+)?(?:estimates?|says?|said|claims?|claimed|reports?|reported|"
    r"figures?|numbers?|data|count|counts|tally|stats|statistics|thinks?|believes?|"
    r"assessments?|calculations?)\b"
    # "Forwarded: 'the occupiers lost 910'", "a Telegram channel: 45,720": who is quoted
    r"|(?:'s?)?\s*:(?!\d)"
)


# A number standing alone that no date rule read and that is too big for a day or a count of
# days: a figure the asker quotes ("why does 2 March show 3,160?"), to check, not a constraint.
_FIGURE = re.compile(
    r"\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3})+(?![.\d])|\d{3,}|\d+(?:[.,]\d+)?\s*(?:k|m|mn|bn|thousands?|millions?|billions?)"
)


# A figure after a possessive the rules left ("the Kremlin's 1,351", "Zelensky's 80,000").
_OWNED_FIGURE = re.compile(rf"s\s+(?:{_FIGURE.pattern})")
# A quoted figure closing a span, e.g. "confirm 45,720" before "russian losses".
_FIGURE_LAST = re.compile(rf"(?:^|\s)(?:{_FIGURE.pattern})$")
# A figure set as a threshold ("did losses pass 30,000", "stay under 40k"): quoted to check.
_THRESHOLD_FIGURE = re.compile(rf"(?:^|\s)(?:{ABOVE_WORDS}|{BELOW_WORDS})\s+(?:{_FIGURE.pattern})$")
# A small count closing a span, read as a figure only right before the thing it counts.
_COUNT_LAST = re.compile(r"(?:^|\s)\d{1,2}$")
# A rate the question read right after a small number ("about 10 an hour"): a quoted rate.
_RATE_AFTER = re.compile(r"(?:an?|per|each|every)\s+(?:hour|day|week|month)\b", re.I)


def _kind(token: str, text: str, at: int, latin: bool, shouting: bool) -> str:
    """What one unread word looks like."""
    if token in _PERIOD_WORDS:
        return "period"
    if any(c.isdigit() for c in token):
        return "number"
    cyrillic = bool(_CYRILLIC.search(token))
    if not cyrillic and any(c.isalpha() and not c.isascii() for c in token):
        return "script"
    before = text[:at].rstrip()
    shouting = shouting or _in_caps_run(text, at)
    if not shouting and text[at].isupper() and before and not _opens(before):
        return "name"
    # an acronym is a name wherever it stands ("IISS estimate of ...", "SBU says")
    written = text[at : at + len(token)]
    if not shouting and len(token) >= 2 and token.isalpha() and written.isupper():
        return "name"
    # A Ukrainian or Russian word no row has: the rows are few, so it may well change the
    # answer ("цивільних", "мобілізованих"), unlike an unknown English word.
    return "unknown" if cyrillic else "word"


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# What may stand before the first word of a sentence: a stop, or a symbol a forwarded post
# opens with ("⚡️ Репост з каналу", "🔴 Breaking:") and the joiners emoji are built of.
_SENTENCE_STOPS = ".!?:"
_EMOJI_PARTS = "\ufe0f\ufe0e\u200d"


def _opens(before: str) -> bool:
    """Whether a word after `before` (stripped) starts a sentence, so a capital is no name."""
    last = before.rstrip(_EMOJI_PARTS)[-1:]
    return not last or last in _SENTENCE_STOPS or unicodedata.category(last) == "So"


# A headline quoted in capitals ("9,000 RUSSIAN TANKS DESTROYED"): shouted words, not names.
_CAPS_RUN = re.compile(r"[A-Z0-9][A-Z0-9,.'’-]*(?:[\s:!-]+[A-Z0-9][A-Z0-9,.'’-]*){2,}")


def _in_caps_run(text: str, at: int) -> bool:
    """Whether the word at `at` is one of three or more capitalised words in a row."""
    return any(m.start() <= at < m.end() for m in _CAPS_RUN.finditer(text))


def _mostly_latin(text: str) -> bool:
    """Whether most letters of `text` are Latin ones."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isascii() for c in letters) * 2 >= len(letters)


# Unread but not constraining: an ordinary word, a figure quoted to check, a length of time
# with nothing to anchor it ("in 3 days": which three days?) and a source name the figures
# are not chosen by; the last two are said first but not refused.
_LOOSE = ("word", "figure", "duration", "source")


def _span(text: str, origin: list[int], start: int, end: int, kind: str) -> UnreadSpan:
    """An unread span as the question wrote it, in whole words: a row whose English has more
    or fewer words than the asker's ("четыре года войны" -> "in the first four years of the
    war") spreads its letters, and a quote never cuts a typed word ("ыре", "да ")."""
    first, last = _whole_words(text, origin[start], origin[end - 1] + 1)
    return UnreadSpan(
        text=text[first:last],
        start=first,
        end=last,
        kind=kind,
        constrains=kind not in _LOOSE,
    )


def _whole_words(text: str, first: int, last: int) -> tuple[int, int]:
    """`first`..`last` widened to the words of `text` it cuts, without spaces at its ends."""
    while first > 0 and text[first - 1].isalnum() and text[first].isalnum():
        first -= 1
    while last < len(text) and text[last - 1].isalnum() and text[last].isalnum():
        last += 1
    while first < last - 1 and text[first].isspace():
        first += 1
    while last > first + 1 and text[last - 1].isspace():
        last -= 1
    return first, last


# What became of a piece of equipment: the stored equipment figures count every kind of loss
# together, so "tanks captured" or "damaged" is a part no figure gives (for people "captured"
# is a kind of loss the parser reads).
_EQUIPMENT_STATUS = re.compile(
    r"\b(?:captured|capture|seized|abandoned|damaged|trophies|trophy|taken\s+intact)\b"
)


# A status joined to another kind of loss ("sunk or damaged", "destroyed, damaged or
# captured", "damaged and/or destroyed"): the kinds together, which is what the figures count.
_LOSS_WORD = (
    r"(?:sunk|destroyed|lost|downed|shot\s+down|hit|damaged|captured|seized|abandoned|"
    r"eliminated|knocked\s+out|wrecked|disabled)"
)
_JOINED_BEFORE = re.compile(rf"\b{_LOSS_WORD}\s*(?:,\s*|\s+(?:or|and|and/or)\s+|/\s*)$")
_JOINED_AFTER = re.compile(rf"^\s*(?:,\s*|\s+(?:or|and|and/or)\s+|/\s*){_LOSS_WORD}\b")


def equipment_status(text: str, tracked: Tracked) -> list[UnreadSpan]:
    """The words of an equipment question that ask for one kind of loss only (a status joined
    to another kind of loss asks for the kinds together, which the figures count)."""
    plain = tracked.plain
    return [
        _span(text, tracked.origin, m.start(), m.end(), "loss_kind")
        for m in _EQUIPMENT_STATUS.finditer(plain)
        if not _JOINED_BEFORE.search(plain[: m.start()])
        and not _JOINED_AFTER.match(plain[m.end() :])
    ]


def model_metric(spans: list[UnreadSpan]) -> Metric | None:
    """The kind of loss an unread equipment model names ("T-90": tanks)."""
    for span in spans:
        if span.kind != "model":
            continue
        text = span.text.lower()
        named = re.sub(r"[- ]?\d[\da-z]*$", "", text)  # "orlan-10s": the Orlan
        variant = re.sub(r"-[a-z]{1,2}\d?[a-z]?s?$", "", text)  # "msta-s": the Msta
        for name in (text, text.removesuffix("s"), text.removesuffix("es"), named, variant):
            if name in MODEL_NAMES:
                return MODEL_NAMES[name]
        stem = next((m for s, m in CYRILLIC_MODEL_STEMS.items() if text.startswith(s)), None)
        if stem is not None:
            return stem
        # any script: "т-72" is read by the Cyrillic rows of MODEL_FAMILIES
        family = re.match(r"[^\W\d_]+(?:-[^\W\d_]+)?|\d[^\W\d_]", text)
        if family and family[0].rstrip("-") in MODEL_FAMILIES:
            return MODEL_FAMILIES[family[0].rstrip("-")]
    return None


def report_unread(ans: Answer) -> Answer:
    """The answer with the unread words that could change it named first (and the date
    conventions it was read with). A question they constrain gets no figure as its answer:
    the figures for the question without those words become a suggestion instead."""
    query = ans.query
    if query is None or query.intent not in (Intent.losses, Intent.unsupported):
        return ans
    lead = unread_lead(query.unread)
    head = "\n".join(p for p in (lead, " ".join(query.date_notes)) if p)
    if not head:
        return ans
    constraining = [s for s in query.unread if s.constrains]
    if constraining and (ans.answered or ans.claims):
        without = _without(query.text, constraining)
        return ans.model_copy(
            update={
                "answered": False,
                "text": f"{head}\n\n{instead(without)}".rstrip(),
                "body": f"{head}\n\n{instead(without)}".rstrip(),
                "caveat": None,
                "claims": [],
                "suggestions": ([without] if without else []) + ans.suggestions[:3],
            }
        )
    update: dict[str, object] = {"text": f"{head}\n\n{ans.text}"}
    if ans.body:
        update["body"] = f"{head}\n\n{ans.body}"
    if constraining:
        update["answered"] = False
    return ans.model_copy(update=update)


_LEAD_IN = re.compile(
    r"(?:\b(?:in|at|near|on|of|around|under|outside|inside|for|from|by|per|during|the|"
    r"у|в|во|на|під|біля|поблизу|за|под|около|возле)\s+)+$",
    re.IGNORECASE,
)


_EMPTY_QUOTES = re.compile(r"[«\"“‘']\s*[»\"”’']")


def _without(text: str, spans: list[UnreadSpan]) -> str:
    """The question without the unread spans (and the words leading into them), to ask
    instead; empty when nothing worth asking is left."""
    out = text
    for span in sorted(spans, key=lambda s: s.start, reverse=True):
        before = _LEAD_IN.sub("", out[: span.start].rstrip() + " ").rstrip()
        out = f"{before} {out[span.end :].lstrip()}"
    out = _EMPTY_QUOTES.sub(" ", out)  # «Град» taken out of its quotes leaves "« »"
    out = re.sub(r"\s+([?!.,])", r"\1", re.sub(r"\s+", " ", out)).strip(" ,")
    # a one-letter word ("а", "і", "и": and) is never what is left worth asking
    words = {w.lower() for w in re.findall(r"[^\W\d_][\w'-]+", out)}
    return out if words - STOP_WORDS - {"losses", "loss"} else ""
