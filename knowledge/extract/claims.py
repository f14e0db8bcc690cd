"""Rule-based extraction of loss claims from news text.

A sentence yields claims only if it speaks of losses (lost, killed, destroyed, casualties,
death toll...). In such a sentence every number is a candidate figure; it becomes a claim
when the words around it say *what* was lost (a metric term after it, a head noun such as
"death toll at" before it, or the metric of the previous figure in a list), and it is not
a rate, a deployment, a distance, a percentage, a unit name or some other non-loss number.
Each figure then gets, from the nearest words that say so: its qualifier, its period (dates
resolved against the publication date), whose losses they are, and who claims them.

Conventions, chosen to match how the daily reports are dated:
- "in the last 24 hours", "over the past day", "overnight", "today" are the day of
  publication; "yesterday" the day before.
- "in (the last) N days" ends on the day of publication and starts N-1 days earlier.
- "last week" is the Monday-to-Sunday week before the publication week.
- "since D" runs from D to the publication date; since 24 February 2022 is cumulative.
- A month or day later than the publication date belongs to the previous year.
- A figure with no period words is `unspecified`, dated as of publication.
- A figure with no claimant in its clause takes the one named in its sentence, else the
  last one named earlier in the article, else the first one named later; a generic
  "Kyiv said" ("Moscow said") becomes the Ukrainian (Russian) body the article names, when it
  names exactly one; "our model suggests" in the outlet's own voice is the outlet's.
- "N a day", "averaged N per day", "N for every square kilometre" are stored with their stat
  (issue 13); "5,000 officers", "165 damaged", a battlegroup's zone are parts (part_of); a
  place or operation near the figure, opening its sentence, or named before "in the area",
  is its scope.
- A sentence without loss words that restates the figure before it ("the total stood at N",
  "our central estimate is N") counts the same thing; "* Region: N" lines after a loss
  sentence ending in a colon are parts of its figure.
- On a live blog (two or more lines that are only a date and a time) each entry's relative
  days are counted from its own date line.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import itertools
import math
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from knowledge.dates import NUMERIC_DATE as _NUMERIC_DATE
from knowledge.dates import Period as _Period
from knowledge.dates import find_periods as _find_periods
from knowledge.extract.broken_words import mend_broken_words
from knowledge.extract.charts import chart_claims
from knowledge.extract.general_staff import read_ukrainian_russian
from knowledge.extract.milestones import milestone_fields, milestones
from knowledge.extract.nonfigures import (
    correction_paragraphs,
    debunked_paragraphs,
    link_block_lines,
    not_a_loss,
)
from knowledge.extract.sides import (
    SIDE_AFTER,
    SIDE_BEFORE,
    SPEAKERS,
    pronoun_speakers,
    respective_side,
    section_side,
    section_sides,
    speaker_side,
)
from knowledge.extract.tables import Lent, structured_claims
from knowledge.lexicon.calendar import FRACTION_WORDS, MONTHS, NUMBER_WORDS, SCALES, spelled_number
from knowledge.lexicon.claimants import (
    ATTRIBUTION_ONLY_ALIASES,
    BODY_ATTRIBUTION_AFTER,
    BODY_ATTRIBUTION_BEFORE,
    BODY_HEADS,
    BODY_NATION_WORDS,
    CLAIMANTS,
    GENERIC_CLAIMANTS,
    MINISTRY_OF_SIDE,
    RELAYED_CLAIMANTS,
    UNATTRIBUTED,
    claimant_side,
    publisher_side,
    relayed,
)
from knowledge.lexicon.kinds import ARTICLE_KIND_WORDS
from knowledge.lexicon.patterns import alternation, first_chars, with_first_chars
from knowledge.lexicon.places import MODEL_FAMILIES
from knowledge.lexicon.prefilter import (
    can_match,
    fold,
    folded,
    may_match,
    needed,
    rows_that_may_match,
)
from knowledge.lexicon.scopes import (
    BATTLEGROUP,
    DIRECTION,
    MODEL_NAME,
    PARTS,
    REGION_NAMED,
    REGIONS,
    SCOPE_ANAPHORA,
    SCOPE_BEFORE,
    SCOPE_LOOKBACK,
    SCOPES,
    STAT_AFTER,
    STAT_BEFORE,
    STAT_TAIL,
    STATUS_ITEM,
    STATUS_LINE,
    STATUS_PART,
)
from knowledge.lexicon.terms import ARTICLE_TERMS, METRIC_TERMS
from knowledge.models import (
    MAX_PLAUSIBLE_FIGURE,
    WAR_START,
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Source,
    SourceError,
    SourceRef,
    Stat,
    Subject,
)

# --- vocabulary -------------------------------------------------------------------------------


# "half a million", "three quarters of a million": fractions of a scale, as one number.
_FRACTION = re.compile(
    r"\b(?:" + "|".join(w.replace(" ", r"[\s-]+") for w in FRACTION_WORDS) + r")\b", re.I
)

# Words that make a sentence about losses. Matched on word starts, lower case.
_LOSS_WORDS = re.compile(
    r"\b(?=[abcdefghiklnopstw])"  # the first letters of the words below: a fast first test
    r"(?:los[st]|loses|losing|losses|killed|kill|dead|deaths?|death toll|died|die|"
    r"casualt(?:y|ies)|wounded|injured|destroyed|destroying|eliminated|neutrali[sz]ed|"
    r"liquidated|downed|shot down|put out of action|toll|perished|slain|tally|captured|"
    r"taken prisoner|prisoners of war|POWs?|prisoners|wiped out|wipe out|written off|sank|sunk|"
    r"took out|taken out|captivity|intercepted|in\s+(?:\w+\s+)?custody|killing|prisoner|"
    r"hit|struck|fallen|burned|burnt|knocked out|seized from|taken from|abandoned by|"
    r"left behind by|obituar(?:y|ies)|death notices?|funerals?|buried|burials?|graves|detained|"
    r"(?:had|have|has)\s+surrendered|laid\s+down\s+(?:their\s+)?arms|gave\s+themselves\s+up)\b",
    re.IGNORECASE,
)

# Personnel-kind words, strongest first within a clause: the one kind table
# (lexicon/kinds.py), shared with the question parser.
_KIND_WORDS: tuple[tuple[re.Pattern[str], PersonnelKind], ...] = ARTICLE_KIND_WORDS

# A number followed by one of these counts something else than losses.
_OTHER_NOUNS = frozenset(
    [
        "clashes",
        "clash",
        "attacks",
        "attack",
        "airstrikes",
        "airstrike",
        "strikes",
        "strike",
        "assaults",
        "assault",
        "sorties",
        "sortie",
        "shelling",
        "shellings",
        "battles",
        "battle",
        "engagements",
        "settlements",
        "settlement",
        "villages",
        "village",
        "towns",
        "town",
        "km",
        "kilometres",
        "kilometers",
        "kilometre",
        "kilometer",
        "miles",
        "mile",
        "metres",
        "meters",
        "square",
        "percent",
        "per",
        "cent",
        "%",
        "civilians",
        "civilian",
        "children",
        "child",
        "people",
        "residents",
        "refugees",
        "inhabitants",
        "years",
        "year",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "day",
        "hours",
        "hour",
        "minutes",
        "mins",
        "min",
        "seconds",
        "clusters",
        "cluster",
        "points",
        "point",
        "missiles",
        "launched",
        "shells",
        "rounds",
        "artillery-shells",
        "times",
        "fee",
        "dollars",
        "euros",
        "pounds",
        "rubles",
        "roubles",
        "hryvnias",
        "tonnes",
        "tons",
        "positions",
        "regions",
        "countries",
        "nations",
        "members",
        "votes",
        "cases",
        "incidents",
        "mm",
        "calibre",
        "caliber",
        "bodies",
        "body",
    ]
)

# Verbs and nouns before a number that make it a non-loss figure (deployments, rates...).
_NON_LOSS_BEFORE = re.compile(
    r"\b(?:deploy(?:ed|s|ing)?|sen[dt]s?|sending|mobili[sz](?:ed|es|ing|ation)|recruit(?:ed|s|"
    r"ing)?|produc(?:e|es|ed|ing)|manufactur\w*|train(?:ed|s|ing)|station(?:ed|s)?|amass(?:ed)?|"
    r"pledg(?:e|ed|es)|deliver(?:ed|s|y)?|suppl(?:y|ied|ies)|promis(?:e|ed)|donat(?:e|ed)|"
    r"exchang(?:e|ed)|swap(?:ped)?|freed|releas(?:e|ed)|return(?:ed)?|evacuat\w*|"
    r"population|aid|worth|budget|cost|costs|priced|price|salary|approach(?:ed|es|ing)?|"
    r"nearing|toward|towards|milestone|could reach|will reach|expected to (?:reach|exceed)|"
    r"likely to (?:reach|exceed|top|pass)|stays?|"
    r"(?:delivery|deliveries|shipment|transfer)\s+of|launch(?:ed|es|ing)?|fired|"
    r"owns?|owned|possess(?:es|ed)?|(?:went|go|goes|going)\s+in\s+with|"
    r"set to (?:pass|exceed|reach)|on course for|age[ds]?|aged|of about|involved in|"
    r"(?:taking|pushing|bringing|sending|lifting)\b[^.;]{0,40}\b(?:past|beyond|above|over))\W*$",
    re.IGNORECASE,
)
# ...and after the metric term.
_NON_LOSS_AFTER = re.compile(
    r"^\W*(?:a|per|each|every)\s+(?:week|year)\b|^\W*(?:left|refused|deserted|"
    r"defected|surrendered to|were deployed|have been deployed|deployed|mobili[sz]ed|"
    r"recruited|stationed|massed|remain|are needed|in reserve|from pskov|have received|"
    r"launched|fired|(?:have\s+(?:now\s+)?been\s+|were\s+|was\s+)?(?:returned|released|freed|exchanged|"
    r"swapped)|came\s+home)\b",
    re.IGNORECASE,
)
# A milestone or a rate that the figure belongs to is not a figure itself.
_CLAUSE_SPLIT = re.compile(
    r",?\s+(?:while|whereas|but|although|though)\s+|;\s+|\s+[–—]\s+|:\s+(?=[\"“A-Z])"
)

_NUMBER = re.compile(
    r"(?<![\w.,$€£])(?<![A-Za-z]-)"
    r"(?P<num>\d{1,3}(?:(?:,|\u2009|\u202f|\u00a0| )\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?!\.\d)"  # never the whole part of a decimal alone ("a fall of 6.2%" is no 6)
    r"(?:\s*(?P<scale>thousand|million|billion|k)\b|(?P<short>m|bn)\b)?"
    r"(?P<suffix>st|nd|rd|th|s)?(?![\w%])",
    re.IGNORECASE,
)
# The digits a spelled decimal's fraction is read out in ("one point four five million").
_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# A number below a thousand spelled in words: "one hundred and fifty", "forty-six",
# "a hundred and twenty" (one number, never its tail "fifty" or "six").
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_BELOW_100 = rf"(?:(?:{_TENS})[-\s](?:{_UNITS})\b|{_TEENS}|{_TENS}|{_UNITS})"
_COMPOUND = rf"(?:(?:{_UNITS}|a)\s+hundred\s+(?:and\s+)?{_BELOW_100}\b|(?:{_TENS})-(?:{_UNITS})\b)"
_SPELLED = _COMPOUND + "|" + alternation(set(NUMBER_WORDS) | {"zero"})
_WORD_NUMBER = re.compile(
    r"\b(?:(?P<dec>\d+(?:\.\d+)?)\s+|(?P<word>"
    + _SPELLED
    + r")\b\s*(?:point\s+(?P<tenths>(?:(?:"
    + "|".join(_DIGIT_WORDS)
    + r")\b\s*)+))?)(?P<hundred>hundred\b\s*)?(?P<scale>thousand|million)?\b",
    re.IGNORECASE,
)
# What a number `_WORD_NUMBER` keeps needs: a number word (read from its pattern), or a scale
# after digits ("1.5 million"). A sentence holding none is not scanned (speed).
_WORD_NUMBER_NEEDS = (*needed(re.compile(f"(?:{_SPELLED})", re.I), 64), "thousand", "million")
# A number word read out after "point" is a digit of the number before it, never a number.
_AFTER_POINT = re.compile(r"\bpoint\s+(?:(?:" + "|".join(_DIGIT_WORDS) + r")\s+)*$", re.I)

_QUALIFIERS: tuple[tuple[str, Qualifier], ...] = (
    ("more than", Qualifier.more_than), ("over", Qualifier.more_than),
    ("in excess of", Qualifier.more_than), ("upwards of", Qualifier.more_than),
    ("above", Qualifier.more_than), ("well over", Qualifier.more_than),
    ("just over", Qualifier.more_than),
    ("no fewer than", Qualifier.at_least), ("no less than", Qualifier.at_least),
    ("at least", Qualifier.at_least), ("a minimum of", Qualifier.at_least),
    ("nearly", Qualifier.nearly), ("almost", Qualifier.nearly), ("close to", Qualifier.nearly),
    ("just under", Qualifier.nearly), ("fewer than", Qualifier.less_than),
    ("less than", Qualifier.less_than), ("under", Qualifier.less_than),
    ("about", Qualifier.approximate), ("around", Qualifier.approximate),
    ("roughly", Qualifier.approximate), ("approximately", Qualifier.approximate),
    ("some", Qualifier.approximate), ("an estimated", Qualifier.approximate),
    ("estimated", Qualifier.approximate), ("up to", Qualifier.less_than),
    ("as many as", Qualifier.approximate), ("an approximate", Qualifier.approximate),
    ("approx.", Qualifier.approximate), ("~", Qualifier.approximate),
)  # fmt: skip
_QUALIFIER_RE = re.compile(
    r"(?P<q>"
    + "|".join(re.escape(q) for q, _ in sorted(_QUALIFIERS, key=lambda x: -len(x[0])))
    + r")\s*$",
    re.IGNORECASE,
)
_QUALIFIER_BY_TEXT = {q: k for q, k in _QUALIFIERS}
_QUALIFIER_ENDS = tuple(q.lower() for q, _ in _QUALIFIERS)  # folded: ASCII, lower case

# Metric terms as one alternation, longest first, matched right after a number.
_TERM_TO_METRIC: dict[str, Metric] = {}
for _metric, _terms in METRIC_TERMS.items():
    for _term in _terms:
        _TERM_TO_METRIC.setdefault(_term, _metric)
for _metric, _terms in ARTICLE_TERMS.items():
    for _term in _terms:
        _TERM_TO_METRIC[_term] = _metric
_TERMS_ALT = alternation(set(_TERM_TO_METRIC))
_FILLER = (
    r"(?:(?:of\s+)?(?:the|its|their|his|our|Russia's|Russian|Ukraine's|Ukrainian|Kyiv's|"
    r"Moscow's|enemy|enemy's|more|additional|other|military|human|invaders'?|occupiers'?|"
    r"occupying|invading|North\s+Korean|Wagner|pro-Russian|of\s+those|of\s+these|"
    r"of\s+them|further|new|modern|heavy|total|pieces\s+of|units\s+of|confirmed|own|"
    r"killed\s+or|killed\s+and|dead\s+and|irrecoverable|combat|fixed-wing|"
    r"[\w.]+-(?:made|supplied|provided|donated|built|produced|designed)|"
    r"cases\s+of|named|identified|[\w]+-type|attack|burned|burnt|strategic|fallen|captured|"
    # a state or a role before the noun: "214 destroyed or abandoned vehicles", "64 recon drones"
    r"(?:destroyed|damaged|abandoned|disabled|wrecked|downed)(?:\s+(?:or|and)\s+(?:destroyed|"
    r"damaged|abandoned|captured|disabled))?|reconnaissance|recon|kamikaze|loitering|"
    r"self-propelled|towed|"
    r"\"?(?:liquidated|eliminated|neutrali[sz]ed)\"?|"
    r"(?-i:[A-Z][A-Za-z]*-\d+\w*|[A-Z]\d{2,}\w*|[A-Z][a-z]{2,}))\s+){0,3}"
)
_TERM_AFTER = re.compile(
    rf"^\s*\"?\s*(?:(?:were|was)\s+)?(?P<filler>{_FILLER})(?P<term>{_TERMS_ALT})\b", re.IGNORECASE
)
_TERM_ANY = re.compile(
    rf"\b{first_chars(list(_TERM_TO_METRIC))}(?P<term>{_TERMS_ALT})\b", re.IGNORECASE
)
# Personnel nouns that are not losses by themselves ("losses", "toll") — weak heads.
_WEAK_TERMS = frozenset({"losses", "men", "lives", "toll"})

_UKRAINE_SIDE = re.compile(
    r"\b(?:Ukrainian|Ukrainians|Ukraine's|Kyiv's|Kiev's|Ukraine|Kyiv|Kiev|AFU|ZSU|VSU)\b"
)
_RUSSIA_SIDE = re.compile(
    r"\b(?:Russian|Russians|Russia's|Moscow's|Russia|Moscow|Putin's|occupiers?|"
    r"invaders?|Kremlin's|Wagner)\b"
)
_LOSER_UKRAINE = re.compile(
    r"\b(?:losses|casualties|death toll|dead)\s+(?:of|among|for)\s+(?:the\s+)?(?:Ukrainian|"
    r"Ukraine's|Kyiv's)\b|(?<!fighting )(?<!fights )(?<!serving )"
    r"\b[Ff]or\s+(?:Ukraine|Kyiv|the\s+Ukrainian\s+(?:side|army|forces))\b|"
    r"(?<!\bin )(?<!\bof )(?<!\bto )(?<!\bagainst )(?<!\bacross )"
    r"\b(?:Ukrain(?:e|ian(?:\s+(?:forces|troops|army|military|side|soldiers))?)|Kyiv|Kiev|"
    r"Ukrainians|the AFU|(?:the\s+)?[ZV]SU)(?:'s)?(?:,[^,]{1,30},)?\s+(?:(?:has|have|had|"
    r"reportedly|also|already|now|still|so\s+far)\s+)*"
    r"(?:lost|loses|suffered|losses)\b|\b(?:Ukrainian|Ukraine's|Kyiv's)\s+(?:troop\s+|"
    r"military\s+|army\s+|army's\s+|battlefield\s+|combat\s+)?(?:irrecoverable\s+|total\s+)?"
    r"(?:losses|casualties|death toll|dead|deaths)\b",
)
_LOSER_RUSSIA = re.compile(
    r"\b(?:losses|casualties|death toll|dead)\s+(?:of|among|for)\s+(?:the\s+)?(?:Russian|"
    r"Russia's|Moscow's)\b|(?<!fighting )(?<!fights )(?<!serving )"
    r"\b[Ff]or\s+(?:Russia|Moscow|the\s+Russian\s+(?:side|army|forces))\b|"
    r"\b(?:Russia|Russian(?:\s+(?:forces|troops|army|military|side|soldiers))?|Moscow|"
    r"Putin's (?:forces|army|military|troops)|Russians|occupiers|invaders)"
    r"(?:'s)?(?:,[^,]{1,30},)?\s+(?:(?:has|have|had|reportedly|also|already|now|still|"
    r"so\s+far)\s+)*(?:lost|loses|suffered|losses)"
    r"\b|\b(?:Russian|Russia's|Moscow's)\s+(?:troop\s+|military\s+|army\s+|"
    r"battlefield\s+|combat\s+)?(?:losses|casualties|death toll|dead)\b",
)

_ATTRIBUTION_AFTER = re.compile(
    r"^(?:'s)?\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+)*(?:said|says|say|reported|reports|"
    r"report|claimed|claims|claim|estimated|estimates|stated|states|announced|announces|"
    r"added|noted|notes|wrote|posted|published|insisted|admitted|admits|counted|"
    r"put|puts|believes|believe|tallied|recorded|confirmed|maintains|maintained|acknowledged|"
    r"acknowledges|told|reckons|assesses|assessed|judges|judged|calculates|calculated)\b|"
    r"^'s\s+(?:tally|figures?|data|"
    r"count|estimates?|numbers?|official|claims?|general staff|defen[cs]e)",
    re.IGNORECASE,
)
# "The enemy" is Russia when Kyiv speaks and Ukraine when Moscow does.
_ENEMY = re.compile(
    r"\b(?:the\s+)?(?:enemy|adversary|opponent)(?:'s)?(?:\s+(?:forces|troops|army|side))?\s+"
    r"(?:(?:has|have|had|reportedly|also)\s+)*(?:lost|loses|suffered|losses)\b|"
    r"\benemy(?:'s)?\s+(?:troop\s+|"
    r"military\s+)?(?:losses|casualties|dead|death toll)\b",
    re.IGNORECASE,
)
_ENEMY_WORD = re.compile(r"\benemy\b", re.IGNORECASE)
_ATTRIBUTION_BEFORE = re.compile(
    r"(?:according to|per|data from|figures from|cited by|by|citing|says|said)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OFFICIAL_RUSSIAN = re.compile(
    r"\b(?:their|its|Russia's|Moscow's|Russian|the Kremlin's)\s+(?:own\s+)?(?:official\s+)"
    r"(?:estimates?|figures?|count|toll|data|numbers?)\b",
    re.IGNORECASE,
)
# A unit the writer names by its place, not its number, as the speaker of its own figures: "a
# mechanised brigade holding positions near Vovchansk says", "soldiers of a brigade fighting
# near Kupiansk say": stored as "<nation> brigade near <place>" (the nation only when written).
_UNIT_SPEAKER = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?P<nation>Ukrainian\s+|Russian\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?P<unit>brigade|battalion|regiment)\s+(?:(?:holding|fighting|deployed|stationed|"
    r"operating|defending|dug\s+in)\s+(?:positions\s+|the\s+line\s+)?)?(?:near|around|outside|"
    r"in)\s+(?P<place>[A-Z][\w'’-]+)(?:\s+in\s+the\s+[A-Z][\w'’-]+\s+region)?,?\s+"
    r"(?:(?:has|have|also)\s+)?(?:says|said|say|reported|reports|claimed|claims)\b"
)

_ALIASES: list[tuple[str, str]] = sorted(
    ((alias, c.name) for c in CLAIMANTS for alias in c.aliases),
    key=lambda pair: -len(pair[0]),
)
_ALIAS_RE = re.compile(
    r"(?<![\w-])"
    + first_chars([a for a, _ in _ALIASES])
    + r"(?:"
    + alternation([a for a, _ in _ALIASES])
    + r")(?![\w-])",
    re.IGNORECASE,
)
_ALIAS_TO_NAME = dict(_ALIASES)
# The specific bodies generic names stand for ("Kyiv said", "Moscow said").
_SPECIFIC_UKRAINIAN = tuple(name for names in GENERIC_CLAIMANTS.values() for name in names)

# --- sentences --------------------------------------------------------------------------------

_ABBREVIATIONS = re.compile(
    r"(?:\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Sgt|Capt|Maj|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|approx|vs|etc|e\.g|i\.e|Inc|Ltd|Co)|\b[A-Z])\.$"
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")


# How far before and after a number the rules look (the widest rule looks 90 characters back).
_BEFORE_WINDOW = 300
_MAX_NUMBERS_PER_SENTENCE = 40
_AFTER_WINDOW = 200

_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "‐": "-", "‑": "-"})


@dataclass
class _Sentence:
    text: str
    start: int
    paragraph: int
    original: str = ""


# No sentence a person writes is longer; a longer run of text (a table dump, an attack) is
# cut into pieces of this size so that the work per sentence stays bounded (issue 11, item 8).
_MAX_SENTENCE_CHARS = 1_000
# The longest abbreviation `_ABBREVIATIONS` knows ("approx.", "Sept."), with room to spare.
_ABBREVIATION_WINDOW = 12


# A line with something on it. Possessive, so a long run of spaces is scanned once.
_NON_BLANK_LINE = re.compile(r"^[^\S\n]*+\S[^\n]*", re.MULTILINE)


def _non_blank_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(line number, offset, line) of each line with something on it. Blank lines are
    skipped by the regex engine: a file of millions of them costs no Python work each."""
    number, scanned = 0, 0
    for match in _NON_BLANK_LINE.finditer(text):
        number += text.count("\n", scanned, match.start())
        scanned = match.start()
        yield number, match.start(), match[0]


def _split_sentences(text: str, limit: int | None = None) -> list[_Sentence]:
    """Sentences with their offsets in `text`; each non-empty line is its own paragraph.
    Past `limit` sentences the text is refused (`SourceError`): it is not an article."""
    sentences: list[_Sentence] = []
    ends = 0  # sentence ends seen, kept or not ("Mr. Dr. St." are ends that are not kept)
    for paragraph, offset, line in _non_blank_lines(text):
        start = 0
        ends += 1
        for match in _SENTENCE_END.finditer(line):
            ends += 1
            if limit is not None and ends > limit:
                raise SourceError(f"more than {limit:,} sentences: not an article")
            # Only the end of the text before the stop can be an abbreviation: look there.
            stop = match.start() + 1
            if _ABBREVIATIONS.search(line, max(0, stop - _ABBREVIATION_WINDOW), stop):
                continue
            _add_sentences(sentences, line, start, match.end(), offset, paragraph)
            start = match.end()
        _add_sentences(sentences, line, start, len(line), offset, paragraph)
    return sentences


def _add_sentences(
    sentences: list[_Sentence], line: str, start: int, end: int, offset: int, paragraph: int
) -> None:
    """The text of `line[start:end]`, stripped, as one sentence, or as pieces of at most
    `_MAX_SENTENCE_CHARS` cut at spaces when it is longer."""
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    while end - start > _MAX_SENTENCE_CHARS:
        cut = line.rfind(" ", start + _MAX_SENTENCE_CHARS // 2, start + _MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + _MAX_SENTENCE_CHARS
        _add_sentences(sentences, line, start, cut, offset, paragraph)
        start = cut
        while start < end and line[start].isspace():
            start += 1
    if end > start:
        sentences.append(_Sentence(line[start:end], offset + start, paragraph))


_CLOSED = re.compile(r"[.!?\"”’:](?:\[[^\[\]\n]{1,30}\])*$")  # reference marks after: "said.[3]"
_LATIN_WORDS = re.compile(r"[A-Za-z][\w'’-]*")


def _is_headline_like(sentence: str) -> bool:
    """Menu items, headlines of related stories and captions: no verb-ending punctuation and
    mostly capitalised words."""
    if _CLOSED.search(sentence):
        return False
    words = _LATIN_WORDS.findall(sentence)
    if len(words) < 3:
        return True
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) > 0.6


# --- numbers ----------------------------------------------------------------------------------


@dataclass
class _Figure:
    start: int  # offset in the sentence of the number (after any qualifier)
    end: int  # end of the number (and of the range's second number)
    value: int
    value_max: int | None = None
    qualifier: Qualifier = Qualifier.exact
    metric: Metric | None = None
    label: str | None = None
    term_end: int | None = None  # end of the metric term after the number
    term_before: str | None = None  # head noun before the number, if that named the metric
    period: _Period | None = None
    inherited: bool = False  # the metric came from the figure before it in a list
    extra: dict[str, object] = field(default_factory=dict)


_THOUSANDS_SEPARATORS = re.compile(r"[,\u2009\u202f\u00a0 ]")


def _parse_number(raw: str, scale: str | None) -> float:
    digits = raw if raw.isdigit() else _THOUSANDS_SEPARATORS.sub("", raw)
    value = float(digits)
    if scale:
        value *= SCALES[scale.lower()]
    return value


def _plausible(value: float) -> bool:
    """Whether a number can be a loss figure at all (finite, and not beyond any war's losses)."""
    return math.isfinite(value) and 0 <= value <= MAX_PLAUSIBLE_FIGURE


_NOT_A_COUNT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s+cent|mm\b|km\b|-mm|-km|-year|-strong|-day)", re.I
)
_CURRENCY_SIGNS = frozenset("$€£₴₽#")


def _not_a_count_before(before: str, digits: bool) -> bool:
    """Whether the two characters before a number make it no count: a currency sign (perhaps
    a space between), a colon before digits ("11:30"), a clock or a subtitle's time code
    ("00:00:13,200", "at 14:05": the part after a colon that follows a digit is a time).
    String tests, not patterns: asked for every number of every sentence read (speed)."""
    last = before[-1:]
    if not last:
        return False
    if last in _CURRENCY_SIGNS or (last.isspace() and before[-2:-1] in _CURRENCY_SIGNS):
        return True
    if last == "\n":  # "...:\n" ends like "...:" (as `$` matched before a final newline)
        last = before[-2:-1]
    return last == ":" and (digits or before[:1].isdecimal())


def _numbers(sentence: str, limit: int | None = None) -> list[tuple[int, int, int]]:
    """(start, end, value) for each number written in digits or words (the first `limit`
    of each kind, when given)."""
    spans: list[tuple[int, int, int]] = []
    for m in _NUMBER.finditer(sentence):
        if limit is not None and len(spans) >= limit:
            break
        if m["suffix"]:
            continue  # ordinals ("20th Guards") and decades ("1990s")
        after = sentence[m.end() : m.end() + 12]
        if _NOT_A_COUNT_AFTER.match(after):
            continue
        if _not_a_count_before(sentence[max(0, m.start() - 2) : m.start()], m["num"].isdigit()):
            continue
        try:
            value = _parse_number(m["num"], m["scale"] or m["short"])
        except ValueError:
            continue
        if not _plausible(value):
            continue  # 400 digits are infinity as a float; beyond any loss, not a figure
        if value != int(value) and not (m["scale"] or m["short"]):
            continue  # "1.5" without a scale is not a count of anything
        spans.append((m.start(), m.end(), int(value)))
    for m in _FRACTION.finditer(sentence) if can_match(_FRACTION, sentence) else ():
        words = " ".join(re.split(r"[\s-]+", m[0].lower()))
        spans.append((m.start(), m.end(), FRACTION_WORDS[words]))
    # Offsets inside a number found above: a set, as a scan of the spans for every word
    # number was quadratic in a sentence of numbers (issue 11, item 8).
    covered = {i for s, e, _ in spans for i in range(s, e)}
    spelled = may_match(_WORD_NUMBER_NEEDS, folded(sentence))
    for m in _WORD_NUMBER.finditer(sentence) if spelled else ():
        if limit is not None and len(spans) >= 2 * limit:
            break
        if m["dec"] is not None and not m["scale"]:
            continue
        if m.start() in covered:
            continue
        word_end = m.start() + len(m[0].rstrip())
        if sentence[m.end() : m.end() + 1] == "-" or sentence[word_end : word_end + 1] == "-":
            continue  # "four-year-old", "two-day"
        if _AFTER_POINT.search(sentence[max(0, m.start() - 60) : m.start()]):
            continue  # "four" in "one point four million"
        if (m["tenths"] and not m["scale"]) or (
            m["word"] and m["word"].lower() == "zero" and not m["tenths"]
        ):
            continue  # "one point five" with no scale, or a bare "zero", counts nothing
        if m["tenths"]:
            digits = "".join(str(_DIGIT_WORDS.index(w.lower())) for w in m["tenths"].split())
            whole = NUMBER_WORDS.get(m["word"].lower(), 0)
            value = round(float(f"{whole}.{digits}") * SCALES[m["scale"].lower()])
        elif m["word"]:
            value = (
                (spelled_number(m["word"]) or 0)  # the pattern's words are all number words
                * (100 if m["hundred"] else 1)
                * (SCALES[m["scale"].lower()] if m["scale"] else 1)
            )
        else:
            scaled = float(m["dec"]) * SCALES[m["scale"].lower()]
            if not _plausible(scaled):
                continue
            value = int(scaled)
        spans.append((m.start(), m.start() + len(m[0].rstrip()), int(value)))
    spans.sort()
    return spans


# --- the extractor ----------------------------------------------------------------------------

# Limits per source (issue 11, item 8), far beyond any article, so that only an attack or a
# file that is not an article meets them. Work is counted in sentences (one each), claimant
# names, list lines, loss sentences and the numbers in them (the dearest part, about 0.3 ms
# each); the time cap is a backstop.
MAX_EXTRACT_SECONDS = 10.0
_MAX_SENTENCES = 100_000
_MAX_WORK = 100_000
_LOSS_SENTENCE_COST = 25  # and as much again for each number in it


class _Budget:
    """The work and time one source may take; `spend` raises `SourceError` past either."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.left = _MAX_WORK

    def spend(self, units: int) -> None:
        self.left -= units
        if self.left < 0:
            raise SourceError(
                "too many sentences, names and figures for an article "
                f"(more than {_MAX_WORK:,} units of work): not read"
            )
        if time.monotonic() > self.deadline:
            raise SourceError(f"reading its figures took longer than {self.seconds:g} s: not read")


# A number set in bold ("**1,261,420** — Russian ...", "And **435** aircraft", "**over 32,000**
# Ukrainian troops"): the markers, blanked (same length), no longer part the number from the
# words that say what it counts. A bold numbered heading ("**1. Kyiv's tally.**") is no number:
# its paragraph stays prose.
_BOLD_NUMBER = re.compile(
    r"\*\*(?!\d{1,2}\.\s+[^\W\d])((?:(?:over|about|around|almost|nearly|some|roughly|up\s+to|"
    r"more\s+than|at\s+least|fewer\s+than|less\s+than)\s+)?[~≈]?\d[^*\n]{0,24}?)\*\*",
    re.IGNORECASE,
)


def _unbold_numbers(text: str) -> str:
    """`text` with the bold markers around numbers blanked, offsets kept."""
    if "**" not in text:
        return text
    return _BOLD_NUMBER.sub(lambda m: f"  {m[1]}  ", text)


def extract_claims(source: Source, *, max_seconds: float = MAX_EXTRACT_SECONDS) -> list[Claim]:
    """Every loss figure in `source`, attributed and dated. `SourceError` for a text beyond
    any article's amount of work, or read for longer than `max_seconds` (issue 11, item 8)."""
    budget = _Budget(max_seconds)
    _LAST_REF.clear()  # a source changed since its last reading gets a fresh reference
    text = source.text
    # Same length, so offsets found in the normalised text hold in the original.
    normalised = mend_broken_words(_unbold_numbers(text.translate(_TYPOGRAPHIC)))
    sentences = _split_sentences(normalised, limit=_MAX_SENTENCES)
    for sentence in sentences:
        sentence.original = text[sentence.start : sentence.start + len(sentence.text)]
    claimants_in_article = _claimants_by_sentence(
        sentences, budget, bodies=_BODY_HEAD.search(text) is not None, source_text=text
    )
    claimants_in_article = _name_bare_ministries(
        sentences, claimants_in_article, publisher_side(_outlet(source))
    )
    specific_ukrainian = {
        name for names in claimants_in_article for name, _ in names if name in _SPECIFIC_UKRAINIAN
    }
    claims: list[Claim] = []
    seen: set[tuple[object, ...]] = set()

    def keep(claim: Claim) -> None:
        key = (
            claim.metric, claim.value, claim.subject, claim.period_kind, claim.period_start,
            claim.period_end, claim.claimant,
            # "lost 1,210 soldiers" and "1,210 casualties" are the same figure
            PersonnelKind.casualties if claim.personnel_kind == PersonnelKind.unspecified
            else claim.personnel_kind,
        )  # fmt: skip
        if key not in seen:
            seen.add(key)
            claims.append(claim)

    structured, list_lines = structured_claims(  # tables and lists (extract/tables.py)
        source, lambda: _lent(sentences, claimants_in_article, specific_ukrainian)
    )
    for claim, _line in structured:
        keep(claim)
    for claim, line in chart_claims(  # a chart's alt text or caption (extract/charts.py)
        source, lambda: _lent(sentences, claimants_in_article, specific_ukrainian)
    ):
        keep(claim)
        list_lines.add(line)
    found = _list_claims(
        source, sentences, claimants_in_article, specific_ukrainian, budget, list_lines
    )
    for claim, line in found:
        keep(claim)
        list_lines.add(line)
    for claim, line in _status_claims(source, sentences, claimants_in_article, budget):
        keep(claim)
        list_lines.add(line)
    for milestone in milestones(source):  # a timeline of a running count (milestones.py)
        keep(Claim(**milestone_fields(milestone, _lede_claimant), source=_ref(source)))
        list_lines.add(text.count("\n", 0, milestone.line_start))
    if "laim" in text:  # a fact-check quoting a claim it rules false (nonfigures.py)
        list_lines |= debunked_paragraphs([(s.paragraph, s.text) for s in sentences])
    if _LINK_HEADING_WORDS.search(text):  # links to other stories (nonfigures.py)
        list_lines |= link_block_lines(text)
    if "version" in text or "orrect" in text or "ote:" in text:  # the outlet corrects itself
        list_lines |= correction_paragraphs([(s.paragraph, s.text) for s in sentences])
    context = _Context(source, sentences, claimants_in_article, specific_ukrainian, budget)
    context.reporter.extend(c.claimant for c in claims[:1])  # a digest's lines read first
    for claim in _prose_claims(context, list_lines):
        keep(claim)
    for claim in read_ukrainian_russian(source):  # issue 15: General Staff posts, uk/ru prose
        keep(claim)
    _defined_as_killed_and_wounded(claims, sentences, claimants_in_article)
    return _align_ranges_to_days(claims, source.published)


_GENERAL_STAFF = "Ukraine's General Staff"
# A sentence saying what the General Staff's personnel count is: "The GS number is killed plus
# wounded", "Kyiv's figures include killed and wounded soldiers", "its personnel numbers combine
# killed and wounded", "The General Staff's figures include the wounded". Read only in an article
# that has such a count of no kind and says "wounded" somewhere (a substring screen first).
_KILLED_WITH_WOUNDED = re.compile(
    r"\b(?:killed|dead)\s*(?:and|\+|plus|&|with)\s*(?:the\s+)?wounded\b|"
    r"\binclud(?:es?|ing)\s+(?:the\s+)?(?:killed\s+and\s+)?wounded\b",
    re.IGNORECASE,
)
# Who the definition is of, named before it: the General Staff ("the GS number is killed +
# wounded"), Kyiv ("Kyiv's figures include ..."), or pointed back at ("their figures", "they
# say killed and wounded together"). Named after it, the words gloss another's figure ("the
# casualty rate (killed and wounded) ..., based on reporting by the General Staff").
_ITS_COUNT_BEFORE = re.compile(r"\b(?:General\s+Staff|GS|Kyiv|Kyiv's|Ukraine's|they|their)\b", re.I)
# A count right before the words ("45,680 soldiers killed and wounded"): that figure's own kind,
# read with it, not a definition of every count.
_COUNT_JUST_BEFORE = re.compile(r"\d\s+(?:[\w-]+\s+){0,4}$")


def _defined_as_killed_and_wounded(
    claims: list[Claim], sentences: list[_Sentence], names: _ClaimantsBySentence
) -> None:
    """An article saying the General Staff's personnel count is killed and wounded together
    ("the GS number is killed + wounded") has its General Staff counts of no kind of loss
    ("Russia lost 1,190 personnel") stored as casualties. A sentence naming a claimant of
    another side (or none) defines that claimant's count, not the General Staff's."""
    plain = [
        claim
        for claim in claims
        if claim.claimant == _GENERAL_STAFF
        and claim.metric == Metric.personnel
        and claim.subject == Subject.russia
        and claim.personnel_kind == PersonnelKind.unspecified
    ]
    if not plain:
        return
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if "ounded" not in text or (found := _KILLED_WITH_WOUNDED.search(text)) is None:
            continue
        if any(claimant_side(name) != "ukraine" for name, _ in names[index]):
            continue  # "Kyiv's figures include ..." is the General Staff's; the UN's is not
        before = text[max(0, found.start() - 120) : found.start()]
        if _ITS_COUNT_BEFORE.search(before) and not _COUNT_JUST_BEFORE.search(before):
            for claim in plain:
                claim.personnel_kind = PersonnelKind.casualties
            return


# The words of a heading of links to other stories (a cheap test before reading the lines).
_LINK_HEADING_WORDS = re.compile(
    r"^\W*(?:related|most\s+(?:read|popular)|read\s|also\s+read|more\s|see\s+also|you\s+may|"
    r"recommended|trending|editor|sidebar)",
    re.I | re.M,
)


@dataclass
class _Context:
    """What every sentence of one source is read with."""

    source: Source
    sentences: list[_Sentence]
    names: _ClaimantsBySentence
    specific_ukrainian: set[str]
    budget: _Budget
    bulletin_days: dict[int, _Period | None] = field(default_factory=dict)
    own_voice: bool | None = None  # worked out at the first figure nobody is named for
    reporter: list[str] = field(default_factory=list)  # a dated digest's (its first claim's)

    def outlet_voice(self) -> bool:
        """Whether the outlet estimates in its own voice somewhere ("Our estimate combines
        ...", "we estimate"): then the figures it gives naming nobody are its own."""
        if self.own_voice is None:
            self.own_voice = bool(self.source.publisher) and any(
                _OUTLET_ESTIMATE.search(s.text) for s in self.sentences
            )
        return self.own_voice


def _prose_claims(ctx: _Context, skip_paragraphs: set[int]) -> Iterator[Claim]:
    """The claims of the article's sentences (list lines excepted), then of the breakdown
    lists that follow them."""
    title = (ctx.source.title or "").strip().lower()
    entries = _entry_dates(ctx)
    starts = sorted(entries)
    carried: dict[int, Subject] = {}  # the side of each sentence's last claim
    sections = section_sides([sentence.text for sentence in ctx.sentences])
    speakers = _speaker_turns(ctx.source.text)
    last: dict[int, Claim] = {}  # each sentence's last claim
    every: dict[int, list[Claim]] = {}  # each sentence's claims
    continued: set[int] = set()  # sentences that only go on with the list before them
    for index, sentence in enumerate(ctx.sentences):
        if sentence.paragraph in skip_paragraphs:
            continue
        if _repeats_title(sentence.text, index, title):
            continue  # the headline repeats the article's figures, rounded
        if (own := _own_figure_side(sentence.text)) is not None:
            carried[index] = own  # "Moscow stopped giving its own figure": the next one is its
        restated: Claim | None = None
        listed: Metric | bool | None = None
        bare = False  # a verbless line of counts ("1,470 troops.")
        averaged: Claim | None = None  # the total a daily average restates
        if not _LOSS_WORDS.search(sentence.text):
            read = _read_without_loss_words(ctx, index, title, sections, last, every, continued)
            if read is None:
                continue
            restated, averaged, listed, bare = read
        if _is_headline_like(sentence.text):
            continue
        ctx.budget.spend(_LOSS_SENTENCE_COST)
        at = bisect.bisect_right(starts, sentence.paragraph)
        entry_date = entries[starts[at - 1]] if at else None
        published = entry_date or ctx.source.published
        periods = _find_periods(sentence.text, published)
        fallback = listed if isinstance(listed, Metric) else restated.metric if restated else None
        figures = _figures(sentence.text, periods, ctx.budget, fallback)
        previous: Claim | None = None
        previous_end = 0
        lists: list[list[tuple[Claim, _Figure]]] = []  # by list ("A, B and C")
        speaker = _turn_speaker(ctx, speakers, index) if figures else None
        for figure in figures:
            earlier = [s.text for s in ctx.sentences[max(0, index - SCOPE_LOOKBACK) : index]]
            period = _figure_period(ctx, sentence, figure, index, published)
            if bare and period is None:
                period = _bare_line_period(ctx, last, index, entry_date)
            claim = _make_claim(
                ctx.source, sentence, figure, period,
                index, ctx.names, ctx.specific_ukrainian, earlier, entry_date, speaker,
            )  # fmt: skip
            if _beyond_any_stock(claim, figure):
                continue
            _settle(ctx, index, claim)
            _digest_reporter(claim, bare, entry_date is not None, ctx.reporter)
            if claim.claimant == UNATTRIBUTED and ctx.outlet_voice():
                claim.claimant = ctx.source.publisher or claim.claimant
            _part_of_before(sentence.text, figure, claim, _whole_before(last, index, claim))
            _period_of_breakdown(sentence.text, figure, claim, last.get(index - 1))
            section = sections[index]
            sides = {} if bare else carried  # a bare line's side: its claimant's enemy's
            before = Subject(section) if section else _carried_before(ctx.sentences, sides, index)
            if before is None and _unsided_unit_lost(sentence.text, figure, claim.claimant):
                continue  # "the 47th Brigade lost 310", from a claimant of no known side
            _inherit_subject(sentence.text, figure, claim, previous, previous_end, before)
            _carry_from_before(sentence.text, figure, claim, restated, last.get(index - 1))
            if averaged is not None and figure.extra.get("restated"):
                _same_period(claim, averaged)  # "That works out at 1,080 a day" of its period
                claim.claimant = averaged.claimant
            gap = sentence.text[previous_end : figure.start]
            if previous is None or not _SAME_LIST.fullmatch(gap):
                lists.append([])
            lists[-1].append((claim, figure))
            previous, previous_end = claim, figure.term_end or figure.end
            carried[index], last[index] = claim.subject, claim
            every.setdefault(index, []).append(claim)
        for items in lists:
            _share_scope(sentence.text, items)
            yield from (claim for claim, _ in items)
    yield from _breakdown_claims(ctx, last)


# Counts beyond any army's whole stock of a kind of equipment (the largest arsenals held a few
# tens of thousands of tanks): a figure read as such a kind is a misreading. Drones lost are
# counted in hundreds of thousands over the whole war (449,606 by August 2026 in the daily
# series); a million or more "drones" is production, never losses ("other" has no ceiling).
_STOCK_CEILINGS: dict[Metric, int] = {
    Metric.drones: 1_000_000,
    Metric.tanks: 100_000, Metric.armored_vehicles: 250_000, Metric.artillery: 250_000,
    Metric.mlrs: 50_000, Metric.air_defense: 20_000, Metric.aircraft: 10_000,
    Metric.helicopters: 10_000, Metric.ships: 2_000, Metric.submarines: 200,
    Metric.vehicles: 1_000_000, Metric.cruise_missiles: 200_000,
    Metric.special_equipment: 100_000,
}  # fmt: skip


# More people than any army loses in one day by a factor of tens (the worst days claimed are a
# few thousand): a count this large dated to one day is the running total as of that day ("As of
# Wednesday the total stood at 1,321,450", "this morning it reported 1,261,420"). (A count with no
# period is left alone: its period may be one the grammar missed, "the first nine months".)
_MORE_THAN_A_DAY = 100_000


def _digest_reporter(claim: Claim, bare: bool, dated: bool, reporter: list[str]) -> None:
    """A dated digest's bare line ("1,470 troops.") is its running reporter's (the claimant of
    its first dated claim), not that of the sentence before it ("The Russian ministry claimed
    1,350 Ukrainian losses."): the other side's figure is an aside, the lines are the series."""
    if not dated:
        return
    if not reporter:
        reporter.append(claim.claimant)
        return
    side = claimant_side(reporter[0])
    if bare and claim.claimant != reporter[0] and side in ("russia", "ukraine"):
        claim.claimant = reporter[0]
        claim.subject = Subject.russia if side == "ukraine" else Subject.ukraine


def _settle(ctx: _Context, index: int, claim: Claim) -> None:
    """What a prose claim takes from its size and its place: a total's period, the sector."""
    _total_as_of_day(claim)
    if claim.part_of is None:
        claim.part_of = _sector_before(ctx, index)


def _total_as_of_day(claim: Claim) -> None:
    """A personnel count too large for one day, dated to a day, runs from the war's start."""
    if (
        claim.period_kind == PeriodKind.day
        and claim.metric == Metric.personnel
        and claim.stat == Stat.total
        and claim.value >= _MORE_THAN_A_DAY
        and claim.period_end is not None
        and claim.period_end > WAR_START
    ):
        claim.period_kind, claim.period_start = PeriodKind.cumulative, WAR_START


def _beyond_any_stock(claim: Claim, figure: _Figure) -> bool:
    """Whether `claim` counts more of a kind of equipment than any army ever had: a figure
    whose kind was only carried over from the figures before it ("... and 2,052 drones.
    Running total: 1,386,680.") is then the personnel count it can only be; one that names
    its kind itself is refused (True)."""
    ceiling = _STOCK_CEILINGS.get(claim.metric)
    if ceiling is None or max(claim.value, claim.value_max or 0) <= ceiling:
        return False
    if figure.term_end is None and figure.term_before is None:
        claim.metric = Metric.personnel
        claim.label = "personnel"
        if claim.personnel_kind is None:
            claim.personnel_kind = PersonnelKind.unspecified
        return False
    return True


# A list item with no loss word that is still a loss line: "- Russian Ministry of Defence:
# almost 1.7 million (July 2026)" under a "**Ukrainian losses**" heading (a bare figure: the
# side's soldiers), or "- Russian tanks: 4,410" right after an item that was a loss line.
_ITEM = re.compile(r"^\s*[-•*]\s")
_BARE_ITEM = re.compile(
    r"^\s*[-•*]\s*[^:\d]{2,60}:\s*(?:(?:about|around|almost|nearly|over|more\s+than|some|"
    r"up\s+to|at\s+least|roughly)\s+)?[~≈]?\d[\d,.]*(?:\s*(?:million|thousand))?\s*(?:[(\[.]|$)",
    re.I,
)
_LOSSES_HEADING = re.compile(
    r"^\W*(?:Russian|Ukrainian|North\s+Korean)\s+(?:military\s+)?(?:losses|casualties)\W*$", re.I
)
_ITEM_GOES_ON = re.compile(r"^\s*[-•*]\s*(?:Russian|Ukrainian)\s+[\w\s-]{2,40}:\s*[~≈]?\d")
_HEADING_LOOKBACK = 12


def _listed_metric(
    sentences: list[_Sentence], sections: list[str | None], last: dict[int, Claim], index: int
) -> Metric | bool | None:
    """For a list item with no loss word: personnel for a bare figure under a losses heading,
    True for an item going on with a loss line right before it, else None."""
    text = sentences[index].text
    if not _ITEM.match(text):
        return None
    if index - 1 in last and _ITEM.match(sentences[index - 1].text) and _ITEM_GOES_ON.match(text):
        return True
    if sections[index] is None or not _BARE_ITEM.match(text):
        return None
    for j in range(index - 1, max(-1, index - _HEADING_LOOKBACK), -1):
        if _LOSSES_HEADING.match(sentences[j].text):
            return Metric.personnel
        if sections[j] is None:
            return None
    return None


# A transcript's turn: "CAPT. DATSKO: ...", "ANCHOR (MARTA KOVAL): ..."; a page is a
# transcript when a host's label opens one of its turns.
_SPEAKER_LABEL = re.compile(
    r"^(?P<label>[A-Z][A-Z.'-]*(?:\s+[A-Z][A-Z.'-]*){0,3})(?:\s*\([^()]{2,40}\))?:\s+\S"
)
_HOST_LABEL = re.compile(
    r"^(?:ANCHOR|HOST|CO-HOST|PRESENTER|INTERVIEWER|MODERATOR|REPORTER|CORRESPONDENT|"
    r"JOURNALIST|NARRATOR|Q|QUESTION)\b"
)
_NOT_A_SPEAKER = re.compile(
    r"^(?:NOTE|UPDATE|CORRECTION|BREAKING|EDITOR'S\s+NOTE|WARNING|SOURCE|PHOTO|VIDEO|WATCH|"
    r"READ|A|ANSWER)$"
)


def _speaker_turns(text: str) -> dict[int, str]:
    """In a transcript, the guest speaking in each paragraph (line) of `text` ("Capt.
    Datsko"); hosts' turns are left out (they relay others' figures). Empty for any other
    page."""
    if ":" not in text:
        return {}
    labels = {
        number: m["label"]
        for number, _offset, line in _non_blank_lines(text)
        if (m := _SPEAKER_LABEL.match(line))
    }
    if not any(_HOST_LABEL.match(label) for label in labels.values()):
        return {}
    return {
        paragraph: label.title()
        for paragraph, label in labels.items()
        if not _HOST_LABEL.match(label) and not _NOT_A_SPEAKER.match(label)
    }


# A guest's sentence giving the figures of a report by a pronoun: "What it did list for the day
# was 1,260 Russian personnel", "They also recorded 12 tanks".
_THIRD_PERSON_REPORT = re.compile(
    r"\b(?:it|they)\s+(?:also\s+|did\s+|then\s+|had\s+|has\s+)?(?:list|listed|lists|reported|"
    r"reports|gave|gives|added|adds|recorded|records|logged|counted|put|said|says)\b",
    re.IGNORECASE,
)


def _turn_speaker(ctx: _Context, speakers: dict[int, str], index: int) -> str | None:
    """The guest whose transcript turn sentence `index` is in, as the claimant of its figures
    naming nobody; None when the sentence gives, by a pronoun, the figures of a claimant the
    guest named in a sentence before in the same turn ("The General Staff's report listed
    seven tanks. What it did list for the day was 1,260 ...": the General Staff's)."""
    sentence = ctx.sentences[index]
    speaker = speakers.get(sentence.paragraph)
    if speaker is None or not _THIRD_PERSON_REPORT.search(sentence.text):
        return speaker
    for j in range(index - 1, max(-1, index - 4), -1):
        if ctx.sentences[j].paragraph != sentence.paragraph:
            break
        if ctx.names[j]:
            return None
    return speaker


def _lede_claimant(lede: str) -> str:
    """Whoever a timeline's lede names as keeping the count."""
    names = _claimants_in(lede)
    return names[0][0] if names else UNATTRIBUTED


def _whole_before(last: dict[int, Claim], index: int, part: Claim) -> Claim | None:
    """The figure a part breaks down: the last one of the five sentences before that counts
    the same thing and is larger ("3,912 names were added" is no whole of 24,118)."""
    for j in range(index - 1, max(-1, index - 6), -1):
        whole = last.get(j)
        if whole is not None and whole.metric == part.metric and whole.value > part.value:
            return whole
    return None


def _period_of_breakdown(
    sentence: str, figure: _Figure, claim: Claim, before: Claim | None
) -> None:
    """A figure with no period of its own in a sentence breaking down the larger one right
    before it ("Of these, 4,310 are tanks" after "21,940 vehicles and weapons systems ... as
    of 9 December") counts to the same day."""
    if (
        before is None
        or figure.period is not None
        or "cumulative_as_of" in figure.extra
        or claim.period_kind != PeriodKind.unspecified
        or before.period_kind == PeriodKind.unspecified
        or before.value <= claim.value
        or not _BREAKDOWN_OF_BEFORE.search(sentence)
    ):
        return
    _same_period(claim, before)


def _part_of_before(sentence: str, figure: _Figure, claim: Claim, whole: Claim | None) -> None:
    """A part with no period of its own in a sentence breaking down the figure before ("Among
    those whose names we know are 6,041 officers") counts what that figure counted: its
    period and kind of loss."""
    if (
        whole is None
        or claim.part_of is None
        or figure.period is not None
        or "cumulative_as_of" in figure.extra
        or whole.metric != claim.metric
        or not _BREAKDOWN_OF_BEFORE.search(sentence)
    ):
        return
    claim.period_kind, claim.period_start = whole.period_kind, whole.period_start
    claim.period_end = whole.period_end
    if claim.personnel_kind in (None, PersonnelKind.unspecified):
        claim.personnel_kind = whole.personnel_kind


def _share_scope(sentence: str, items: list[tuple[Claim, _Figure]]) -> None:
    """The items of one list share the place named right before its first item or right
    after its last ("lost 364 tanks, 748 armoured vehicles and 248 artillery systems near
    Avdiivka"); a place inside the list is its own item's only."""
    if len(items) < 2:
        return
    first, last = items[0][1], items[-1][1]
    after_end = last.term_end or last.end
    tail = _CLAUSE_OR_NUMBER.split(sentence[after_end : after_end + 60], 1)[0]
    head = _SEMICOLON_OR_NUMBER.split(sentence[max(0, first.start - 60) : first.start])[-1]
    scope = _scope_in(tail) or _scope_in(head)
    if scope is not None:
        for claim, _ in items:
            claim.scope = claim.scope or scope


def _figure_period(
    ctx: _Context, sentence: _Sentence, figure: _Figure, index: int, published: dt.date | None
) -> _Period | None:
    """The figure's period, with "the same period" and "also lost" resolved from the
    sentences before."""
    period = figure.period
    if period is not None and period.same_as_previous:
        return _previous_period(ctx.sentences, index, published) or _bulletin_day(
            ctx, index, published
        )
    if period is None and _same_source_lists(sentence.text):
        return _previous_period(ctx.sentences, index, published)
    if (
        period is None
        and "cumulative_as_of" not in figure.extra
        and (_SECTOR.search(sentence.text) or _sector_before(ctx, index))
    ):
        return _bulletin_day(ctx, index, published)
    if (
        period is None
        and "cumulative_as_of" not in figure.extra
        and _CONTINUES.search(sentence.text)
    ):
        # "Russia has also lost 9,310 tanks": the total of the sentence before.
        return _previous_period(ctx.sentences, index, published, PeriodKind.cumulative)
    if period is None and "cumulative_as_of" not in figure.extra:
        return _heading_period(ctx.sentences, index, published)
    return period


# A heading over a list: "### Totals (as of 14 July 2026)", "**Losses as of 1 July**", a line
# ending in a colon.
_HEADING_LINE = re.compile(r"^\s*(?:#{1,4}\s|\*\*|__)|:\s*$")


def _heading_period(
    sentences: list[_Sentence], index: int, published: dt.date | None
) -> _Period | None:
    """A list item's period from the heading over its list: the running total to the day
    the heading's "as of" names; None when the heading gives none."""
    if not _ITEM.match(sentences[index].text):
        return None
    for j in range(index - 1, max(-1, index - _HEADING_LOOKBACK), -1):
        text = sentences[j].text
        if _ITEM.match(text):
            continue
        if not _HEADING_LINE.search(text):
            return None
        found = [p for p in _find_periods(text, published) if p.kind == PeriodKind.cumulative]
        return found[0] if len(found) == 1 else None
    return None


# A daily bulletin broken down by sector: "the Battlegroup Zapad", "in the zone of", "the
# Kupiansk direction", "the southern sector". Their figures with no period of their own are
# parts of the day the bulletin opened with.
_SECTOR = re.compile(
    r"\bBattlegroups?\s+[A-Z]|\b(?:zone|area)\s+of\s+(?:responsibility|the\s+[A-Z])|"
    r"\b(?:direction|sector|group\s+of\s+forces|grouping\s+of\s+troops)\b"
)
_BULLETIN_LOOKBACK = 12


def _sector_before(ctx: _Context, index: int) -> str | None:
    """The one battlegroup the sentence before names, in the same paragraph, when this one
    names no sector ("The Battlegroup Zapad repelled four attacks. The Ukrainian army lost
    ...")."""
    if index == 0:
        return None
    before = ctx.sentences[index - 1]
    if (
        before.paragraph != ctx.sentences[index].paragraph
        or (
            "Battlegroup" not in before.text  # a plain test first: this runs for every figure
            and " zone" not in before.text
            and " group" not in before.text
        )
        or _SECTOR.search(ctx.sentences[index].text)
    ):
        return None
    found = list(_BATTLEGROUP.finditer(before.text))
    if len(found) != 1:
        return None  # a breakdown by several battlegroups: what follows is the whole front's
    return f"Battlegroup {found[0][1] or found[0][2]}"


def _bulletin_day(ctx: _Context, index: int, published: dt.date | None) -> _Period | None:
    """The day a sector's figure belongs to: the relative day ("over the past 24 hours")
    of the nearest sentence before it, within a bulletin's length, that names one."""
    if index in ctx.bulletin_days:
        return ctx.bulletin_days[index]
    found: _Period | None = None
    for j in range(index - 1, max(-1, index - _BULLETIN_LOOKBACK), -1):
        if j in ctx.bulletin_days:  # the answer for an earlier sentence holds from there
            found = ctx.bulletin_days[j]
            break
        text = ctx.sentences[j].text
        if not _RELATIVE_DAY.search(text):
            continue  # one cheap scan: most sentences name no relative day
        days = [p for p in _find_periods(text, published) if p.kind == PeriodKind.day and p.strong]
        if days:
            found = days[0]
            break
    ctx.bulletin_days[index] = found
    return found


# What may stand beside the date on a live blog's entry line ("— 2 hours ago (Sept. 22)",
# "13 Dec 2024 07.05 GMT", "March 4, 2025, 11:20 AM").
_STAMP_NOISE = re.compile(
    r"\b(?:\d+\s+(?:minutes?|mins?|hours?|hrs?)\s+ago|yesterday|today|updated|posted|at|gmt|"
    r"bst|utc|cet|eet|msk|et|am|pm)\b|[\d:.,()—–•*#\s-]",
    re.IGNORECASE,
)
_STAMP_LENGTH = 60
_STAMP_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"|[a-z]{3,9}day)\b\.?",
    re.IGNORECASE,
)


def _entry_dates(ctx: _Context) -> dict[int, dt.date]:
    """The date of each live-blog entry, by the line that opens it: a short line that is
    only a date (and a time). Empty unless the page has two such lines."""
    stamps: dict[int, dt.date] = {}
    for number, _offset, line in _non_blank_lines(ctx.source.text):
        if len(line) > _STAMP_LENGTH or _STAMP_WORDS.sub("", _STAMP_NOISE.sub(" ", line)).strip():
            continue  # words other than a date's and a time's: no entry line
        days = [
            p for p in _find_periods(line, ctx.source.published)
            if p.kind == PeriodKind.day and p.end is not None
        ]  # fmt: skip
        rest = line
        for p in days:
            rest = rest[: p.start_char] + " " * (p.end_char - p.start_char) + rest[p.end_char :]
        if days and not _STAMP_WORDS.sub("", _STAMP_NOISE.sub(" ", rest)).strip():
            stamps[number] = days[-1].end  # type: ignore[assignment]
    return stamps if len(stamps) >= 2 else {}


def _sides_named(text: str) -> set[Subject]:
    """The sides a sentence names at all."""
    found = {Subject.ukraine} if _UKRAINE_SIDE.search(text) else set()
    if _RUSSIA_SIDE.search(text):
        found.add(Subject.russia)
    if _OTHER_SIDE.search(text):
        found.add(Subject.other)
    return found


_OTHER_SIDE = re.compile(r"\b(?:North\s+Korean?s?|DPRK)\b")


# A sentence naming a side's own figure ("Moscow stopped giving its own figure long ago", "Kyiv
# rarely updates its own count"): the figure of the next sentence that names no side is that
# side's (rule 4, as if the sentence had given one).
_OWN_FIGURE_NAMED = tuple(
    (re.compile(rf"\b(?:{words})\b[^.;]{{0,60}}?\b(?:its|their)\s+own\s+(?:official\s+)?"
                r"(?:figures?|count|tally|toll|numbers?|losses|casualties|dead)\b"), Subject(side))
    for words, side in ((r"Moscow|Russia|Kremlin|Russian\s+officials", "russia"),
                        (r"Kyiv|Kiev|Ukraine|Ukrainian\s+officials", "ukraine"))
)  # fmt: skip


def _own_figure_side(text: str) -> Subject | None:
    """The side whose own figure a sentence names, if it names exactly one side's."""
    if " own " not in text:
        return None
    sides = {side for pattern, side in _OWN_FIGURE_NAMED if pattern.search(text)}
    return sides.pop() if len(sides) == 1 else None


def _carried_before(
    sentences: list[_Sentence], carried: dict[int, Subject], index: int
) -> Subject | None:
    """Whose losses the sentence before gave, for a sentence that names no side (rule 4);
    across one sentence without figures when that one names no other side."""
    if index - 1 in carried:
        return carried[index - 1]
    before = carried.get(index - 2)
    if before is not None and _sides_named(sentences[index - 1].text) <= {before}:
        return before
    return None


# A sentence without loss words that restates the figure before it: "The total for the year
# stood at 203,520", "Our central estimate is 250,000", "It is now 700,000 in total".
# "The same post lists 3 tanks, 11 armoured vehicles ...": the report just quoted gives more of
# its figures, for the same period. The noun and verb are looked for first (rare words), then
# the determiner right before them.
_SOURCE_LISTS = re.compile(
    r"\b(?:post|report|update|bulletin|briefing|summary|statement|tally|list|table|infographic)"
    r"s?\s+(?:also\s+)?(?:lists?|listed|gives?|gave|counts?|counted|records?|recorded|"
    r"includes?|included|mentions?|cites?|shows?|showed|puts?|adds?|added)\b",
    re.IGNORECASE,
)
_SOURCE_DETERMINER = re.compile(
    r"\b(?:the\s+same|that|this|these|those|its|their|[\w.]+'s|"
    r"the\s+(?:morning|evening|daily|latest))\s+(?:(?:morning|evening|daily|latest|weekly)\s+)?$",
    re.IGNORECASE,
)
# The report's further items in a sentence of their own: "Also on today's list: ...", "Six
# tanks and 1,171 drones were on the list", "And 435 aircraft, 29 warships and boats."
_ON_THE_LIST = re.compile(
    r"\bon\s+(?:today's|yesterday's|the|its|their|that|this|the\s+same)\s+"
    r"(?:(?:morning|evening|daily|latest)\s+)?(?:list|tally|report|update)\b",
    re.IGNORECASE,
)
# (or names its kind first, a loss noun: "And drones, 1,733 in a day"; _goes_on_with_list)
_LIST_GOES_ON = re.compile(
    r"^[\W_]*(?:And|Plus|Also)\s+(?:(?P<kind>[A-Za-z][\w -]{1,30}),\s+)?[~≈]?\d"
)


def _goes_on_with_list(text: str) -> bool:
    """Whether the sentence goes on with the list of counts before it ("And 435 aircraft",
    "And drones, 1,733 in a day"; "And in the east, 40" names no kind: not a count)."""
    found = _LIST_GOES_ON.match(text)
    return found is not None and (not found["kind"] or _TERM_ANY.search(found["kind"]) is not None)


# A sentence going on with the report just quoted, by a pronoun or "the same report": "It also
# listed two MLRS", "They also recorded 12 tanks", "The same bulletin gave 3 boats". Its counts
# naming no period of their own are of the report's (anchored: most sentences fail at once).
_SAME_REPORT_GOES_ON = re.compile(
    r"^[\W_]*(?:It|They|The\s+same\s+(?:report|bulletin|update|summary|list|post))\s+"
    r"(?:also\s+|then\s+)?(?:listed|lists|recorded|records|logged|logs|counted|counts|added|adds|"
    r"gave|gives|reported|reports|showed|shows)\b"
)


# A tracker just named giving more of its counts: "The project also lists 6,420 ...".
_TRACKER_LISTS = re.compile(
    r"\b(?:the|its|their)\s+(?:project|tracker|database|team|researchers|count)\s+(?:also\s+)?"
    r"(?:lists|listed|counts|counted|records|recorded|includes|included|shows|adds|added)\b",
    re.IGNORECASE,
)


def _same_source_lists(text: str) -> bool:
    """Whether the sentence gives more figures of the report just quoted ("The same post
    lists ...", "Its bulletin also lists ...", "The project also lists ...")."""
    return _source_lists_end(text) >= 0


def _source_lists_end(text: str) -> int:
    """Where the words saying the report just quoted gives more figures end; -1 if none."""
    tracker = _TRACKER_LISTS.search(text) or _ON_THE_LIST.search(text)
    if tracker is not None:
        return tracker.end()
    ends = [
        m.end()
        for m in _SOURCE_LISTS.finditer(text)
        if _SOURCE_DETERMINER.search(text, max(0, m.start() - 25), m.start())
    ]
    return ends[-1] if ends else -1


_RESTATES = re.compile(
    r"\b(?:total|figure|estimate|record|tally|count)\b[^.;]{0,40}?\b(?:is|was|stood|stands|"
    r"at|above|reached|now)\b|\bin\s+total\b|"
    # a total given with no verb, as alerts, forum posts and answer lines shorten it:
    # "Running total 1,202,070.", "Total: 1,228,570", "for a total of 11,859",
    # "takes their running count to 1,269,500", "1,228,570 overall"
    r"\b(?:running\s+|cumulative\s+|overall\s+|grand\s+)?(?:total|tally|count)\s*"
    r"(?:[:—–-]\s*|of\s+|to\s+|now\s+)?[~≈]?\d[\d,.]*(?!\d|\s*(?:million\s+|thousand\s+)?"
    r"(?!since\b|as\b|on\b|in\b|by\b|and\b|overall\b|according\b)[A-Za-z])|"
    r"\d,\d{3}\s+(?:overall|all\s+told|in\s+all)\b",
    re.IGNORECASE,
)


def _restated(text: str, last: dict[int, Claim], index: int, continued: set[int]) -> Claim | None:
    """The claim of the sentence (or the one before it) that `text` restates, if it does. A
    sentence that only goes on with the list right before it is added to `continued`, and is
    passed over when a later one restates a total ("The running total reached ...")."""
    if index - 1 in last and (_goes_on_with_list(text) or _ON_THE_LIST.search(text)):
        continued.add(index)  # its figures go on from the sentence right before
        return last[index - 1]
    if not (
        _RESTATES.search(text) or _BREAKDOWN_OF_BEFORE.search(text) or _same_source_lists(text)
    ):
        return None
    if _same_source_lists(text) and index - 1 in last:
        continued.add(index)
    back = 2 if index - 1 in continued else 1
    near = last.get(index - back) or last.get(index - back - 1)
    if near is not None or not _RUNNING_TOTAL.search(text):
        return near
    # "the running personnel total stood at": the tally of figures a paragraph or two before
    return next((last[j] for j in range(index - 3, max(-1, index - 7), -1) if j in last), None)


_RUNNING_TOTAL = re.compile(r"\brunning\s+(?:[\w-]+\s+)?(?:total|tally|count)\b", re.I)

# A count given with a tallying verb and no loss word: "the General Staff recorded 103 Russian
# tanks", "geolocated 118 Ukrainian vehicles", "gave a figure of up to 205 Ukrainian
# servicemen" (a side's word right after the number: "Germany listed 18 Leopard tanks" is a
# delivery), or "It lists 35,105 artillery systems" going on with the report just before.
_TALLY_VERBS = (
    r"(?:recorded|records|listed|lists|logged|logs|geolocated|geolocates|documented|documents|"
    r"registered|registers|tallied|tallies|counted|counts|verified)"
)
_TALLIED = re.compile(
    rf"\b(?:{_TALLY_VERBS}|(?:figure|count|tally|estimate)\s+of)\s+(?:(?:a\s+further|another|"
    r"some|about|around|roughly|nearly|almost|over|more\s+than|up\s+to|at\s+least)\s+)?"
    r"[~≈]?\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:Russian|Ukrainian|enemy|North\s+Korean)\b",
    re.I,
)
# The verbs' stems, few enough to screen by substring (speed): a sentence holding none of them
# is not searched further.
_TALLY_VERB = re.compile(
    r"\b(?:record|list|log|geolocat|document|registe|tallie|count|verified|figure|tally|estimate)",
    re.I,
)
_TALLY_GOES_ON = re.compile(
    r"^\W*(?:It|They|(?:Its|Their)\s+(?:\w+\s+)?\w+|The\s+(?:same\s+)?(?:report|list|update|"
    rf"bulletin|summary|post|table|tally))\s+(?:also\s+)?{_TALLY_VERBS}\s+[~≈]?\d"
)


# What a failed push cost a side: "cost Moscow's 8th Army at least 27 tanks" (the side named
# right after "cost": "each tank cost 4 million euros" is a price).
_COST_SIDE = re.compile(
    r"\bcost(?:s|ing)?\s+(?:the\s+)?(?:Russia|Russian|Russians|Russia's|Moscow|Moscow's|Ukraine|"
    r"Ukrainian|Ukrainians|Ukraine's|Kyiv|Kyiv's|Kremlin|enemy|invaders|occupiers)\b"
)


def _answers_loss_question(sentences: list[_Sentence], index: int) -> bool:
    """Whether the sentence answers a question about losses asked right before it (an FAQ's
    heading "### And Ukrainian losses?", an interviewer's "Q: How many tanks were lost?"):
    its figures are read as losses though it names none ("7,880 Ukrainian vehicles, including
    1,370 tanks")."""
    if index == 0:
        return False
    question = sentences[index - 1].text.rstrip(" \t\n*_")  # a bold heading
    return question.endswith("?") and _LOSS_WORDS.search(question) is not None


def _tallied(ctx: _Context, index: int, after_claim: bool) -> bool:
    """Whether sentence `index`, with no loss word, gives a count of losses with a tallying
    verb (one going on with a report needs a claim in the sentence right before), says what
    something cost a side, or gives a report's signed increment or labelled running total
    (from a claimant it names, or going on from a claim)."""
    text = ctx.sentences[index].text
    if (ctx.names[index] or after_claim) and _SIGNED_COUNT.search(text) is not None:
        return True
    if after_claim and _TALLY_GOES_ON.match(text):  # anchored: fails at once, no screen
        return True
    if can_match(_COST_SIDE, text) and _COST_SIDE.search(text):
        return True
    return (
        can_match(_TALLY_VERB, text)  # the verbs, then the side words: two substring screens
        and can_match(_TALLIED, text)
        and _TALLIED.search(text) is not None
    )


# What may stand around the counts of a verbless line ("Another 1,460 troops, and 1,868
# drones.", "After the weekend: 1,600 troops."): joiners, qualifiers and a short label.
_BARE_LABEL = re.compile(r"^[^:.\d]{1,60}:\s*")
_BARE_JOINERS = re.compile(
    r"(?:[\s,.;!~≈+*_]|\b(?:and|plus|also|another|a\s+further|further|then|up\s+to|about|"
    r"around|over|more\s+than|some|nearly|almost|at\s+least|roughly)\b)*",
    re.IGNORECASE,
)


# What a key-figures line may add after its counts: whose count it is, said again ("by the same
# count", "according to Kyiv", "per the ministry"), and footnote marks ("[a]", "[2]"). The line
# is still nothing but counts; its claimant is read as for any sentence.
_BARE_TAIL = re.compile(
    r"(?:,?\s+(?:by\s+(?:the\s+same|that|its|their)\s+(?:counts?|reports?|tally|tallies|figures?|"
    r"sources?|list)|according\s+to\s+[^.;,\d]{2,60}|per\s+(?:the\s+)?[A-Z][^.;,\d]{1,40}))?"
    r"(?:\s*\[\w{1,3}\])*\s*[.;]?\s*$",
    re.IGNORECASE,
)
_BARE_TAIL_WORDS = ("by ", "ccording", "per ", "[")


def _bare_counts(text: str) -> bool:
    """Whether the sentence is nothing but counts of loss nouns ("1,470 troops.", "1,120
    troops and six tanks.", "**84** - Russian tanks [a]"), perhaps after a short label: a
    digest's, ticker's or key-figures box's line."""
    if len(text) > 160 or not can_match(_TERM_ANY, text):
        return False
    body = _BARE_LABEL.sub("", text.strip(), count=1)
    lead = _BARE_JOINERS.match(body)
    first = body[lead.end() if lead else 0 :].split(" ", 1)[0].lower()
    if not (first[:1].isdigit() or first in NUMBER_WORDS):
        return False  # a count line starts with its first count: most sentences stop here
    if any(word in body for word in _BARE_TAIL_WORDS):  # "84 tanks, by the same count [a]"
        body = _BARE_TAIL.sub("", body, count=1)
    kept: list[str] = []
    at = 0
    for start, end, _ in _numbers(body, limit=_MAX_NUMBERS_PER_SENTENCE):
        # a key-figures line's dash after its first number: "14 - Russian tanks"
        dash = None if kept else _LEDE_DASH.match(body, end)
        after = dash.end() if dash else end
        term = _TERM_AFTER.match(body[after : after + _AFTER_WINDOW])
        if term is None or start < at:
            return False
        kept.append(body[at:start])
        at = after + term.end()
    kept.append(body[at:])
    return at > 0 and all(_BARE_JOINERS.fullmatch(piece) for piece in kept)


def _repeats_title(text: str, index: int, title: str) -> bool:
    """Whether the sentence is the headline again (near the top, the title's words, no stop)."""
    return (
        index < 3 and text.strip().lower() == title and not text.rstrip().endswith((".", "!", "?"))
    )


def _bare_line_period(
    ctx: _Context, last: dict[int, Claim], index: int, entry_date: dt.date | None
) -> _Period | None:
    """The period of a bare line of counts naming none: its dated entry's day ("## Tuesday,
    14 July" over "1,120 troops."), else that of the claim just before ("... plus 7 tanks
    and\n2,052 drones.")."""
    if entry_date is not None:
        return _Period(0, 0, PeriodKind.day, entry_date, entry_date)
    just = _claim_just_before(ctx, last, index)
    if just is None:
        return None
    return _Period(0, 0, just.period_kind, just.period_start, just.period_end)


# A report's figure given with a reporting verb and no noun ("its report for the past day
# added 1,070", "The General Staff added 1,180 to that figure", "the day's figure was 970",
# "the total had reached 1,336,120"): the report's headline count, personnel, unless another
# figure of the sentence says what it counts.
_REPORT_FIGURE_BEFORE = re.compile(
    r"\b(?:report|bulletin|update|summary|General\s+Staff|tally|count|figure|total)s?(?:'s)?"
    r"\b[^.;:!?]{0,40}?\b(?:added|adds|gave|gives|reported|reports|reached|reaches|"
    r"stood\s+at|stands\s+at|was|is|came\s+to)\s+(?:another\s+|a\s+further\s+|up\s+to\s+|"
    r"about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?[~≈]?$",
    re.IGNORECASE,
)
_REPORT_FIGURE = re.compile(_REPORT_FIGURE_BEFORE.pattern.removesuffix("$") + r"\d", re.I)
# Where a new clause with its own subject starts: ", and the total had reached ...".
_NEW_CLAUSE = re.compile(r",\s+(?:and|while|but)\b|;")
# Counts that are not of people even when the report verb gives no noun.
_NOT_PEOPLE_COUNTS = re.compile(r"\bOryx\b|\bequipment\b|\bvehicles?\b", re.I)


def _report_figure_in_loss_text(text: str, title: str, last: dict[int, Claim]) -> bool:
    """Whether a sentence naming no loss gives a report's figure with a reporting verb
    (_REPORT_FIGURE_BEFORE) in a text about losses (its title, or a claim read before)."""
    if not (last or _LOSS_WORDS.search(title)):
        return False
    return can_match(_REPORT_FIGURE, text) and _REPORT_FIGURE.search(text) is not None


# A kind's count given as a change against an earlier reading, the kind its subject and no loss
# word in the sentence (a tracker's "tanks fell to 11 from 65", "Artillery softened, 429 against
# 467", "the personnel count rose by 31,400"): the verbs of change, or two counts set against
# each other. The figures still need a kind word before them in their clause (_head_before).
_CHANGED_COUNT = re.compile(
    r"\b(?:fell|fallen|dropped|dipped|slipped|eased|softened|declined|decreased|slowed|rose|"
    r"risen|climbed|grew|grown|jumped|increased|surged|edged\s+(?:up|down|higher|lower)|"
    r"ticked\s+(?:up|down))\b(?:\s+(?:again|back|further|also|only|sharply|slightly))?,?"
    r"\s+(?:to|by)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?[~≈]?\d"
    r"|\d\s+(?:against|versus|vs\.?)\s+[~≈]?\d",
    re.IGNORECASE,
)

# Substrings one of which every _CHANGED_COUNT match holds: a screen before the search (the
# pattern is too wide for the prefilter's word sets).
_CHANGE_STEMS = (
    "fell", "fallen", "drop", "dipped", "slipped", "eased", "soft", "decl", "decrea", "slowed",
    "rose", "risen", "climb", "grew", "grown", "jump", "increa", "surged", "edged", "ticked",
    "against", "versus", "vs",
)  # fmt: skip


def _changed_count_in_loss_text(text: str, title: str, last: dict[int, Claim]) -> bool:
    """Whether a sentence naming no loss gives a kind's count as a change (_CHANGED_COUNT),
    the kind named before the change, in a text about losses (its title, or a claim before)."""
    low = folded(text)
    if not any(stem in low for stem in _CHANGE_STEMS) or not (last or _LOSS_WORDS.search(title)):
        return False
    change = _CHANGED_COUNT.search(text)
    return change is not None and _TERM_ANY.search(text, 0, change.start()) is not None


# A report's figure given by a pronoun for the claimant of the sentence before ("On Tuesday it
# reported 1,261,420", "they said 850", "it put it at 1,045"): the verb right after the pronoun,
# the number right after the verb (a qualifier or an opening quote between).
_PRONOUN_REPORT_BEFORE = re.compile(
    r"\b(?:it|they)\s+(?:also\s+|then\s+)?(?:has\s+|have\s+|had\s+)?(?:said|says|say|"
    r"reported|reports|report|claimed|claims|claim|gave|gives|give|announced|announces|added|"
    r"adds|add|put\s+(?:it|the\s+(?:figure|count|number|toll))\s+at)\s+(?:another\s+|"
    r"a\s+further\s+)?[\"“]?(?:up\s+to\s+|about\s+|around\s+|some\s+|over\s+|"
    r"more\s+than\s+|nearly\s+|almost\s+)?[~≈]?$",
    re.IGNORECASE,
)
_PRONOUN_REPORT = re.compile(_PRONOUN_REPORT_BEFORE.pattern.removesuffix("$") + r"\d", re.I)


def _pronoun_report(sentences: list[_Sentence], index: int, last: dict[int, Claim]) -> bool:
    """Whether a sentence naming no loss gives a report's figure by a pronoun
    (_PRONOUN_REPORT) right after a sentence about losses (a claim, or a loss word)."""
    if index == 0 or not can_match(_PRONOUN_REPORT, sentences[index].text):
        return False
    if index - 1 not in last and not _LOSS_WORDS.search(sentences[index - 1].text):
        return False
    return _PRONOUN_REPORT.search(sentences[index].text) is not None


# A report's counts given with a listing verb, the report (or the General Staff, or a pronoun
# for them) its subject: "The report this morning listed seven tanks", "It also listed two MLRS",
# "In June the General Staff had listed 103 tanks", "What it did list for the day was 1,260
# Russian personnel". Read in a text about losses only ("Germany listed 18 Leopard tanks" is a
# delivery, in a text about aid); each count still needs its noun right after it. (The passive,
# "Only 1,521 tanks were added, but 118,926 drones, a category that barely mattered in 2022", is
# left: its sentences carry other periods the counts would be dated by.)
_COUNT_START = rf"(?:[~≈]?\d|(?:{alternation(set(NUMBER_WORDS))})\b)"
_REPORT_LISTS = re.compile(
    r"\b(?:reports?|bulletin|update|summary|tally|General\s+Staff|GS|it|they)\b(?:'s)?"
    r"[^.;:!?\d]{0,40}?\b(?:listed|lists|list|recorded|records|logged|logs|counted|added|adds)"
    r"(?:\s+[^\d.;:!?]{0,24}?\b(?:was|were|is|are))?\s+(?:(?:another|a\s+further|some|about|"
    rf"around|nearly|almost|over|more\s+than|up\s+to)\s+)?{_COUNT_START}",
    re.IGNORECASE,
)
_REPORT_LISTS_STEMS = ("list", "record", "logged", "logs", "count", "added", "adds")


def _report_lists_in_loss_text(text: str, title: str, last: dict[int, Claim]) -> bool:
    """Whether a sentence naming no loss gives a report's listed counts (_REPORT_LISTS) in a
    text about losses (its title, or a claim read before)."""
    low = folded(text)  # the sentence's screens share one folding
    if not any(stem in low for stem in _REPORT_LISTS_STEMS):
        return False
    if not (last or _LOSS_WORDS.search(title)):
        return False
    return _REPORT_LISTS.search(text) is not None


def _report_in_loss_text(
    sentences: list[_Sentence], index: int, title: str, last: dict[int, Claim]
) -> bool:
    """Whether a sentence naming no loss gives a report's figure, a kind's changed count, a
    pronoun's report or a report's listed counts, in a text about losses."""
    text = sentences[index].text
    return (
        _report_figure_in_loss_text(text, title, last)
        or _changed_count_in_loss_text(text, title, last)
        or _pronoun_report(sentences, index, last)
        or _report_lists_in_loss_text(text, title, last)
    )


def _reported_headline(sentence: str, figure: _Figure, after: int) -> bool:
    """Whether a figure with no noun is a report's headline count: a reporting verb with a
    report or the General Staff before it (_REPORT_FIGURE_BEFORE), starting after offset
    `after` (the metric word or figure before), and no equipment count in the sentence."""
    low = max(0, figure.start - _BEFORE_WINDOW, after)
    return (
        _REPORT_FIGURE_BEFORE.search(sentence, low, figure.start) is not None
        or (
            can_match(_PRONOUN_REPORT, sentence)
            and _PRONOUN_REPORT_BEFORE.search(sentence, low, figure.start) is not None
        )
    ) and not _NOT_PEOPLE_COUNTS.search(sentence)


def _claim_just_before(ctx: _Context, last: dict[int, Claim], index: int) -> Claim | None:
    """The last claim of the sentence before, or of the one before that when what lies
    between holds no figure ("... 1,076,000 soldiers. (Applause.) More than 11,000 tanks.")."""
    for j in range(index - 1, max(-1, index - 3), -1):
        if j in last:
            return last[j]
        if _DIGIT.search(ctx.sentences[j].text):
            return None
    return None


def _bare_counts_in_loss_text(
    ctx: _Context, index: int, title: str, last: dict[int, Claim]
) -> bool:
    """Whether sentence `index` is a verbless line of counts (see _bare_counts) in a text about
    losses: its title names them, or a claim was read before it."""
    if not _bare_counts(ctx.sentences[index].text):
        return False
    return bool(last) or _LOSS_WORDS.search(title) is not None


# A report's increment and running total written as signs and labels, not words ("+1,180
# personnel; cumulative 1,328,820", "tanks +6 (total 11,402)"): a loss line when a claimant is
# named in it, or the line before gave a claim.
_SIGNED_COUNT = re.compile(
    r"(?:^|[\s(:;,])\+\s?\d|\bcumulative(?:ly)?\s*(?:total\s*)?[:=]?\s*[~≈]?\d", re.I
)


# A daily average restating a total just given, with no noun of its own: "That works out at
# roughly 1,080 a day", "That's about 1,100 a day on average", "It averages 950 per day".
_AVERAGE_OF_BEFORE = re.compile(
    r"^\W*(?:That|This|It|Which)(?:'s|\s+is|\s+was|\s+works?\s+out|\s+comes?\s+(?:out\s+)?to|"
    r"\s+means|\s+equals|\s+averages?|\s+is\s+an\s+average\s+of)\b[^.;\d]{0,30}?"
    r"(?P<number>[~≈]?\d[\d,.]*)\s+(?:a|per|each)\s+day\b",
    re.IGNORECASE,
)


def _averaged_total(text: str, before: list[Claim]) -> Claim | None:
    """The claim of the sentence before that a daily average restates ("Russia lost 195,790
    soldiers ... from 1 January to 30 June, and 581 tanks. That works out at roughly 1,080 a
    day"): the one whose value over its period's days is the average, within a tenth (the
    arithmetic picks the soldiers, not the tanks); None when none adds up."""
    found = _AVERAGE_OF_BEFORE.match(text)
    if found is None:
        return None
    average = _numbers(found["number"])
    if not average or average[0][2] <= 0:
        return None
    per_day = average[0][2]
    for claim in before:
        if claim.period_start is None or claim.period_end is None or claim.stat != Stat.total:
            continue
        days = (claim.period_end - claim.period_start).days + 1
        if days > 1 and abs(claim.value / days - per_day) <= per_day / 10:
            return claim
    return None


def _read_without_loss_words(
    ctx: _Context,
    index: int,
    title: str,
    sections: list[str | None],
    last: dict[int, Claim],
    every: dict[int, list[Claim]],
    continued: set[int],
) -> tuple[Claim | None, Claim | None, Metric | bool | None, bool] | None:
    """How a sentence naming no loss is still read: the claim it restates, the total a daily
    average of it restates, the metric of a list item under a losses heading, and whether it
    is a verbless line of counts; None when it gives no loss figure at all."""
    text = ctx.sentences[index].text
    restated, averaged = _restated(text, last, index, continued), None
    if restated is None and index - 1 in every:
        restated = averaged = _averaged_total(text, every[index - 1])
    listed = _listed_metric(ctx.sentences, sections, last, index)
    tallied = listed is not None or _tallied(ctx, index, index - 1 in last)
    tallied = tallied or _answers_loss_question(ctx.sentences, index)
    bare = not tallied and _bare_counts_in_loss_text(ctx, index, title, last)
    tallied = tallied or _report_in_loss_text(ctx.sentences, index, title, last)
    if restated is None and not (tallied or bare):
        return None
    return restated, averaged, listed, bare


def _carry_from_before(
    text: str, figure: _Figure, claim: Claim, restated: Claim | None, before: Claim | None
) -> None:
    """What a figure takes from the claims before it: the side and kind of the claim it
    restates; the period of the list it goes on with ("... 11,698 tanks. And 435 aircraft."),
    or of the report just quoted (`before`, the last claim of the sentence before)."""
    if restated is not None and figure.extra.get("restated"):
        _restate(text, claim, restated)
    if figure.period is not None:
        return
    if restated is not None and _goes_on_with_list(text):
        _same_period(claim, restated)
    elif restated is None and _SAME_REPORT_GOES_ON.match(text):
        _report_period_goes_on(claim, before)


def _report_period_goes_on(claim: Claim, before: Claim | None) -> None:
    """A count of the report just quoted ("... its report for the past day added 1,070. It also
    listed two MLRS") counts that report's period; a running total before it says nothing of
    the period of the counts listed after it."""
    if before is not None and before.period_kind != PeriodKind.cumulative:
        _same_period(claim, before)


def _same_period(claim: Claim, restated: Claim) -> None:
    """A figure going on with the list before counts the same period as it."""
    claim.period_kind = restated.period_kind
    claim.period_start, claim.period_end = restated.period_start, restated.period_end


def _restate(text: str, claim: Claim, restated: Claim) -> None:
    """A restating figure counts what the claim before counted, of the same side, unless its
    sentence names another."""
    if not _sides_named(text) - {restated.subject}:
        claim.subject = restated.subject
    if claim.personnel_kind in (None, PersonnelKind.unspecified):
        claim.personnel_kind = restated.personnel_kind


# A breakdown list after a loss sentence ending in a colon: "* Bashkortostan: 2,611".
_BREAKDOWN_LINE = re.compile(
    r"^\s*[•*·▪‣◦–-]\s*(?P<name>[A-Z][\w'. -]{1,60}?"
    r"(?:\s*\([^()\d]{0,40}(?:\d{4})?[^()\d]{0,20}\))?)\s*:\s*"  # a gloss: "(since 2023)"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*[;.]?\s*$"
)


# A bullet of prose breaking a count down, number first: "- at least 5,870 officers, including
# 11 generals;", "- 7,120 from Bashkortostan, the region ...", "- about 14,900 mobilised men;".
_PART_QUALIFIER = (
    r"(?:(?P<q{n}>at\s+least|about|around|roughly|some|more\s+than|over|nearly|almost)\s+)?"
)
_PART_NAME = (
    r"(?P<name{n}>(?:from\s+)?[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,2}}?)"
    r"(?=\s*(?:[,;.(]|$)|\s+(?:recruited|serving|who|from|in|of|killed|named|listed)\b)"
)
_BREAKDOWN_ITEM = re.compile(
    r"^\s*[•*·▪‣◦–-]\s*"
    + _PART_QUALIFIER.format(n=1)
    + r"(?P<num1>\d{1,3}(?:,\d{3})+|\d+)\s+"
    + _PART_NAME.format(n=1)
)
_NESTED_PART = re.compile(
    r"\b(?:including|among\s+them|of\s+(?:them|whom))\s+"
    + _PART_QUALIFIER.format(n=2)
    + r"(?P<num2>\d{1,3}(?:,\d{3})+|\d+)\s+"
    + _PART_NAME.format(n=2)
)
# A labelled bullet whose count is given in words after its label: "- Career soldiers and
# officers: 6,410 officers in total, among them 13 generals".
_ITEM_LABEL = re.compile(r"^(\s*[•*·▪‣◦–-]\s*)[A-Z][^:\d\n]{1,60}:\s*(?=\d)")


def _unlabelled(line: str) -> str:
    """A labelled bullet without its label (the bullet kept), anything else as it is."""
    label = _ITEM_LABEL.match(line)
    return label[1] + line[label.end() :] if label else line


# A paragraph's last sentence that opens a breakdown of the count before it.
_PARTS_INTRO = re.compile(
    r"\b(?:among\s+(?:them|those|these|the\s+[\w\s-]{1,30})|of\s+(?:these|them|those)|"
    r"they\s+include|the\s+breakdown|broken\s+down)\b[^.]{0,40}:$",
    re.IGNORECASE,
)


def _list_heads(ctx: _Context, last: dict[int, Claim]) -> dict[int, Claim]:
    """The claim each list-opening paragraph breaks down, by paragraph: its own last claim,
    or, for "Among the named dead:" with none, the last claim of the sentences before."""
    last_sentence = {s.paragraph: (i, s.text) for i, s in enumerate(ctx.sentences)}
    heads: dict[int, Claim] = {}
    for paragraph, (index, text) in last_sentence.items():
        if not text.endswith(":"):
            continue
        own = [c for i, c in last.items() if ctx.sentences[i].paragraph == paragraph]
        before = [last[i] for i in range(index - 1, max(-1, index - 4), -1) if i in last]
        if own:
            heads[paragraph] = own[-1]
        elif before and _PARTS_INTRO.search(text):
            heads[paragraph] = before[0]
    for index, sentence in enumerate(ctx.sentences):  # "**Who they were**" above the list
        if _SECTION_HEADING.fullmatch(sentence.text) and sentence.paragraph not in heads:
            before = [last[i] for i in range(index - 1, max(-1, index - 3), -1) if i in last]
            if before and before[0].metric == Metric.personnel:
                heads[sentence.paragraph] = before[0]
    return heads


# A heading of its own between a count and the list breaking it down: bold or a Markdown
# heading, a few words and no number ("**Who they were**", "### By category").
_SECTION_HEADING = re.compile(r"(?:\*\*|__|#{2,4}\s+)[A-Za-z][^\d*#_:]{2,50}(?:\*\*|__)?")


def _breakdown_claims(ctx: _Context, last: dict[int, Claim]) -> Iterator[Claim]:
    """Each line of a breakdown list as a part of the claim of the sentence that opens it."""
    if not last:
        return
    heads = _list_heads(ctx, last)
    if not heads:
        return
    head: Claim | None = None
    for number, _offset, line in _non_blank_lines(ctx.source.text):
        text = line.translate(_TYPOGRAPHIC)
        match = _BREAKDOWN_LINE.match(text)
        item = _BREAKDOWN_ITEM.match(_unlabelled(text)) if match is None else None
        if match is None and item is None:
            head = heads.get(number)
            continue
        if head is None:
            continue
        ctx.budget.spend(_LOSS_SENTENCE_COST)
        if match is not None and _names_a_part(match["name"], head):
            name = _GLOSS.sub("", match["name"]).strip()  # "Volunteers (signed in 2023)"
            yield head.model_copy(
                update={"value": int(_parse_number(match["num"], None)), "value_max": None,
                        "qualifier": Qualifier.exact, "quote": line.strip(),
                        "part_of": name, "stat": Stat.total}
            )  # fmt: skip
        elif head.metric == Metric.personnel:
            yield from _bullet_parts(head, line.strip(), item)  # type: ignore[arg-type]


_GLOSS = re.compile(r"\s*\([^()]*\)\s*$")


def _names_a_part(name: str, head: Claim) -> bool:
    """Whether a breakdown line's name is a part of the head's count, not another metric
    ("Tanks: 50" under a count of soldiers is no part of it)."""
    term = _TERM_ANY.search(name)
    return term is None or _TERM_TO_METRIC[term["term"].lower()] == head.metric


def _bullet_parts(head: Claim, quote: str, item: re.Match[str]) -> Iterator[Claim]:
    """The parts a number-first bullet gives: its own and one it says it includes."""
    nested = _NESTED_PART.search(quote)
    for found, n in ((item, 1), (nested, 2)):
        if found is None:
            continue
        name = re.sub(r"^from\s+", "", found[f"name{n}"])
        term = _TERM_ANY.search(name)
        if term is not None and _TERM_TO_METRIC[term["term"].lower()] != Metric.personnel:
            continue  # "- 120 tanks": a list of metrics, not of parts
        raw = found[f"q{n}"]
        yield head.model_copy(
            update={"value": int(_parse_number(found[f"num{n}"], None)), "value_max": None,
                    "qualifier": _QUALIFIER_BY_TEXT.get(re.sub(r"\s+", " ", raw.lower()))
                    if raw else Qualifier.exact,
                    "quote": quote, "part_of": name, "stat": Stat.total}
        )  # fmt: skip


def _align_ranges_to_days(claims: list[Claim], published: dt.date | None) -> list[Claim]:
    """ "3,010 soldiers in three days ... 1,120 on December 7, 990 on December 8 and 900 on
    December 9": when the article itself names the days of an "N days" figure, use them
    rather than counting back from the publication date."""
    if published is None:
        return claims
    days = {c.period_end for c in claims if c.period_kind == PeriodKind.day and c.period_end}
    out = []
    for claim in claims:
        if (
            claim.period_kind == PeriodKind.range
            and claim.period_end == published
            and claim.period_start is not None
        ):
            length = (claim.period_end - claim.period_start).days + 1
            for shift in (1, 2):
                start = claim.period_start - dt.timedelta(days=shift)
                wanted = {start + dt.timedelta(days=i) for i in range(length)}
                if length > 1 and wanted <= days:
                    end = start + dt.timedelta(days=length - 1)
                    claim = claim.model_copy(update={"period_start": start, "period_end": end})
                    break
        out.append(claim)
    return out


_CONTINUES = re.compile(
    r"\b(?:also|in addition|additionally|as well|meanwhile|the (?:same )?(?:report|update|"
    r"tally|figures|data|slide|assessment|document|estimate|estimates))\b",
    re.IGNORECASE,
)


def _inherit_subject(
    sentence: str,
    figure: _Figure,
    claim: Claim,
    previous: Claim | None,
    previous_end: int,
    sentence_before: Subject | None,
) -> None:
    """A figure that names no side of its own belongs to the side of the one before it in
    the sentence ("Moscow says it killed 400 Ukrainian soldiers and destroyed 7 tanks",
    "46,000 Ukrainian soldiers killed, and about 380,000 wounded"); the first figure of a
    sentence naming no side, to the side of the sentence before (rule 4)."""
    if previous is None:
        _carry_subject(sentence, figure, claim, sentence_before)
        return
    between = sentence[previous_end : figure.start]
    if (
        not _side_named(sentence, figure)
        and not (_UKRAINE_SIDE.search(between) or _RUSSIA_SIDE.search(between))
        and _marked_subject(sentence, figure, claim.claimant) is None
    ):
        claim.subject = previous.subject


def _carry_subject(sentence: str, figure: _Figure, claim: Claim, before: Subject | None) -> None:
    """Rule 4 of whose losses: a sentence that names no side at all continues the one before
    it ("- of which 15,000 killed", "1,200 of the dead were officers")."""
    if before is None or _UKRAINE_SIDE.search(sentence) or _RUSSIA_SIDE.search(sentence):
        return
    if _marked_subject(sentence, figure, claim.claimant) is None:
        claim.subject = before


def _side_named(sentence: str, figure: _Figure) -> bool:
    """Whether the figure's own phrase names a side: its words up to its term and a few after,
    within its clause ("380,000 wounded, the last figure Kyiv gave": Kyiv is another clause)."""
    term_end = figure.term_end or figure.end
    tail = _CLAUSE_END.split(sentence[term_end : term_end + 25], maxsplit=1)[0]
    phrase = sentence[figure.start : term_end] + tail
    return bool(_UKRAINE_SIDE.search(phrase) or _RUSSIA_SIDE.search(phrase))


_CLAUSE_END = re.compile(r"[,;.:]")


# A line of a daily-losses list: "• tanks – 9,502 (+14);", "Tanks: 9,350 (+12)",
# "personnel — about 750,420 (+1,540) people". The name comes before the number here.
_LIST_LINE = re.compile(
    r"^\s*(?:[•*·▪‣◦–—-]|\d{1,2}[.)]|[^\w\s]{1,4})?\s*"  # a bullet, a number or an emoji
    # the name may say its total runs from a day: "Personnel since 24 February 2022: 1,395,790"
    r"(?P<term>[A-Za-z][A-Za-z /'()&-]{1,60}?"
    r"(?:\s+since\s+\d{1,2}[\s.][\w.]{2,12}[\s.]\d{2,4})?)\s*"
    # a dash, a colon, dot leaders ("Personnel ........ 1,470") or a space
    r"(?:[–—:-]|\.{2,}|…+|\s)\s*"
    r"(?P<q>about|approximately|around|over|more than|almost|up to|at least|nearly|~|≈)?\s*"
    r"(?P<num>\d{1,3}(?:[,\u2009\u202f\u00a0 ]\d{3})+|\d+)\s*"
    r"(?:\(\s*\+\s*(?P<inc>\d{1,3}(?:[,\u2009\u202f\u00a0 ]\d{3})+|\d+)\s*\))?\s*"
    r"(?:people|persons|servicemen|units|pcs\.?)?\s*[;.,]?\s*$",
    re.IGNORECASE,
)

# What `_LIST_LINE` allows after its number, read backwards: space, one of ";.,", space, a unit
# word, space. A line whose text before these does not end in a digit or ")" is no list line:
# most prose lines are turned away without the pattern's backtracking over their words (speed).
_LIST_LINE_UNITS = ("servicemen", "persons", "people", "units", "pcs.", "pcs")


def _may_be_list_line(line: str) -> bool:
    """False when `_LIST_LINE` cannot match `line` (its end is no number)."""
    end = line.rstrip()
    if end[-1:] in (";", ".", ","):
        end = end[:-1].rstrip()
    tail = fold(end[-10:])
    for unit in _LIST_LINE_UNITS:
        if tail.endswith(unit):
            end = end[: len(end) - len(unit)].rstrip()
            break
    return end[-1:].isdigit() or end.endswith(")")


@dataclass
class _ListBlock:
    """A run of list lines: their numbers, the lines above them and what they are read with."""

    lines: list[int]
    heading: str  # the three lines above
    above: str  # the six lines above, where a unit's tally names its period and itself
    matches: dict[int, tuple[re.Match[str], Metric, str]]
    originals: dict[int, str]


def _list_claims(
    source: Source,
    sentences: list[_Sentence],
    by_sentence: list[list[tuple[str, int]]],
    specific_ukrainian: set[str],
    budget: _Budget,
    taken: set[int] | frozenset[int] = frozenset(),
) -> list[tuple[Claim, int]]:
    """Claims from runs of list lines that follow a heading about losses: each line gives a
    running total (and the day's increase in brackets) as of the report's date, or a unit's
    count for the period its heading names. Lines in `taken` were read by the table reader."""
    # Non-blank lines by number (a blank line reads as ""), and where each starts.
    lines: dict[int, str] = {}
    originals: dict[int, str] = {}
    offsets: dict[int, int] = {}
    for number, offset, line in _non_blank_lines(source.text):
        if number in taken:
            continue
        originals[number], offsets[number] = line, offset
        lines[number] = _table_row(line.translate(_TYPOGRAPHIC))
    starts = [sentence.start for sentence in sentences]
    matches = _list_line_matches(lines, budget)
    found: list[tuple[Claim, int]] = []
    number = 0
    for first in sorted(matches):
        if first < number:
            continue  # already in the block before
        block = [first]
        while block[-1] + 1 in matches or (
            not lines.get(block[-1] + 1, "").strip() and block[-1] + 2 in matches
        ):
            block.append(block[-1] + 1 if block[-1] + 1 in matches else block[-1] + 2)
        number = block[-1] + 1
        heading = "\n".join(lines.get(n, "") for n in range(max(0, block[0] - 3), block[0]))
        has_increase = any(matches[b][0]["inc"] for b in block)
        loss_lines = sum(1 for b in block if _LOSS_WORDS.search(matches[b][0]["term"]))
        if len(block) < 2 or not (
            _LOSS_WORDS.search(heading)
            or has_increase
            or loss_lines > 1
            or _TALLIER.search(heading)
        ):
            continue
        budget.spend(_LOSS_SENTENCE_COST * len(block))
        claimant = _claimant_before(offsets[block[0]], starts,
                                    by_sentence, specific_ukrainian)  # fmt: skip
        above = "\n".join(lines.get(n, "") for n in range(max(0, block[0] - 6), block[0]))
        found += _block_claims(
            source, _ListBlock(block, heading, above, matches, originals), claimant
        )
    return found


# A heading naming a body whose daily report is a list of losses ("ANNEX A. General Staff
# figures for the past day", "Ministry of Defence, morning briefing:"): its list lines are losses
# though the heading says no loss word.
_TALLIER = re.compile(
    r"\bGeneral\s+Staff\b|\b(?:Defen[cs]e\s+Ministry|Ministry\s+of\s+Defen[cs]e|MoD)\b"
)


# A unit's tally names its period in its heading ("results of the week, 23.02–01.03", "results
# of the day") and the unit that counts ("155th Separate Assault Brigade").
_TALLY_SPAN = re.compile(
    r"\b(?P<d1>\d{1,2})\.(?P<m1>\d{1,2})\.?\s*[–—-]\s*(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\b"
)
_TALLY_DAY = re.compile(r"\b(?:results?|tally|totals?)\s+(?:of|for)\s+the\s+day\b", re.I)
_TALLY_UNIT = re.compile(
    r"\b\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,4}?(?:Brigade|Regiment|Battalion|Division)\b"
)


def _tally_period(heading: str, published: dt.date | None) -> _Period | None:
    """The period a unit's tally heading names (a span of days, a day, a week), or None for a
    list of running totals."""
    span = _TALLY_SPAN.search(heading)
    if span is not None and published is not None:
        with contextlib.suppress(ValueError):
            end = dt.date(published.year, int(span["m2"]), int(span["d2"]))
            end = end if end <= published else end.replace(year=end.year - 1)
            start = dt.date(end.year, int(span["m1"]), int(span["d1"]))
            start = start if start <= end else start.replace(year=start.year - 1)
            kind = PeriodKind.week if (end - start).days == 6 else PeriodKind.range
            return _Period(span.start(), span.end(), kind, start, end)
    if _TALLY_DAY.search(heading) and published is not None:
        return _Period(0, 0, PeriodKind.day, published, published)
    found = [p for p in _find_periods(heading, published) if p.strong and p.end is not None]
    return next((p for p in found if p.kind in (PeriodKind.day, PeriodKind.week)), None)


# A list line whose name says its total runs from a day is a running total in a day's list.
_SINCE = re.compile(r"\ssince\s+\d")


def _line_kind(term: str) -> PersonnelKind:
    """What a list line counts of people: its own kind word ("occupiers wounded: 147"), else
    killed and wounded together (a General Staff's "personnel")."""
    for pattern, kind in _KIND_WORDS:
        if pattern.search(term):
            return kind
    return PersonnelKind.killed if _ELIMINATED.search(term) else PersonnelKind.casualties


_ELIMINATED = re.compile(r"\b(?:eliminated|liquidated|neutrali[sz]ed)\b", re.I)


def _block_claims(source: Source, block: _ListBlock, claimant: str) -> list[tuple[Claim, int]]:
    """The claims of one run of list lines."""
    tally = _tally_period(block.above, source.published)
    unit = _TALLY_UNIT.search(block.above) if tally is not None else None
    claimant = unit[0] if unit is not None else claimant
    as_of, dated = _list_date(block.heading, source.published)
    side = claimant_side(claimant)
    text = block.heading + "\n" + "\n".join(block.matches[b][0]["term"] for b in block.lines)
    loser_ukraine = _LOSER_UKRAINE.search(text) or (
        side == "russia" and not _RUSSIA_SIDE.search(text)
    )
    subject = Subject.ukraine if loser_ukraine else Subject.russia
    found: list[tuple[Claim, int]] = []
    for b in block.lines:
        m, metric, label = block.matches[b]
        qualifier = _QUALIFIER_BY_TEXT.get((m["q"] or "").lower(), Qualifier.exact)
        common = {
            "metric": metric, "subject": subject, "claimant": claimant, "label": label,
            "quote": block.originals[b].strip(), "source": source.ref(),
            "personnel_kind": _line_kind(m["term"]) if metric == Metric.personnel else None,
            "date_uncertain": source.published is None and not dated,
            "scope": _scope_in(block.above) if tally is not None else None,
        }  # fmt: skip
        value = int(_parse_number(m["num"], None))
        if tally is not None and not _SINCE.search(m["term"]):
            period = (tally.kind, tally.start, tally.end)
        else:
            period = (PeriodKind.cumulative, WAR_START, as_of)
        kind, start, end = period
        total = Claim(value=value, qualifier=qualifier, period_kind=kind, period_start=start,
                      period_end=end, **common)  # fmt: skip
        found.append((total, b))
        if m["inc"]:
            day = Claim(value=int(_parse_number(m["inc"], None)), period_kind=PeriodKind.day,
                        period_start=as_of, period_end=as_of, **common)  # fmt: skip
            found.append((day, b))
    return found


def _lent(
    sentences: list[_Sentence],
    by_sentence: _ClaimantsBySentence,
    specific_ukrainian: set[str],
) -> Lent:
    """The vocabulary and attribution rules the table reader borrows (extract/tables.py);
    nothing is computed until it asks (most articles have no table or list)."""

    def metric(label: str) -> tuple[Metric, str] | None:
        term = _TERM_ANY.search(label)
        return (_TERM_TO_METRIC[term["term"].lower()], term["term"]) if term else None

    def claimants(text: str) -> list[str]:
        return [_specific(name, specific_ukrainian) for name, _ in _claimants_in(text)]

    def claimant_at(offset: int) -> str:
        starts = [sentence.start for sentence in sentences]
        return _claimant_before(offset, starts, by_sentence, specific_ukrainian)

    def kind(text: str) -> PersonnelKind:
        found = (k for pattern, k in _KIND_WORDS if pattern.search(text))
        return next(found, PersonnelKind.unspecified)

    return Lent(
        metric=metric, claimants=claimants, claimant_at=claimant_at,
        loser=lambda text, claimant: _nearest_before(text, claimant_side(claimant)),
        kind=kind, stat=lambda text: _stat_before(text, len(text)) or _stat_after(text),
        scope=_scope_in, unnamed=lambda text: _ALIAS_RE.sub(" ", text),
    )  # fmt: skip


_STATUS_LINE = re.compile(STATUS_LINE, re.IGNORECASE)
_STATUS_ITEM = re.compile(STATUS_ITEM, re.IGNORECASE)
_MODEL_NAME = re.compile(MODEL_NAME)
_OF_WHICH = re.compile(r"\bof\s+which\s*:?\s*(?:destroyed|damaged|abandoned|captured)\b", re.I)


def _status_claims(
    source: Source, sentences: list[_Sentence], by_sentence: _ClaimantsBySentence, budget: _Budget
) -> Iterator[tuple[Claim, int]]:
    """Open-source status lines ("Tanks (4,212, of which destroyed: 3,011, ...)"): the line's
    total and each status as its part, cumulative as of publication, for the side of the list
    section they are in; a line under no side heading names nobody's losses and is skipped."""
    if not _OF_WHICH.search(source.text):
        return  # one scan: nearly every article has no such list
    starts = [sentence.start for sentence in sentences]
    side: Subject | None = None
    for number, offset, line in _non_blank_lines(source.text):
        side = section_side(line, side)
        m = _STATUS_LINE.match(line.translate(_TYPOGRAPHIC)) if len(line) < 300 else None
        if m is None or side is None:
            continue
        read = _status_name(m["name"].strip(), side)
        if read is None:
            continue
        metric, subject, model = read
        budget.spend(_LOSS_SENTENCE_COST)
        claimant = _claimant_before(offset, starts, by_sentence, set())
        if claimant == UNATTRIBUTED:
            claimant = _publisher_claimant(source.publisher) or claimant
        common = {
            "metric": metric, "subject": subject, "claimant": claimant, "quote": line.strip(),
            "label": m["name"].strip(), "source": source.ref(), "qualifier": Qualifier.exact,
            "period_kind": PeriodKind.cumulative, "period_start": WAR_START,
            "period_end": source.published, "date_uncertain": source.published is None,
        }  # fmt: skip
        yield Claim(value=int(_parse_number(m["num"], None)), part_of=model, **common), number
        for item in _STATUS_ITEM.finditer(m["rest"]):
            status = item["status"].lower()
            part = f"{model}, {status}" if model else status
            yield Claim(value=int(_parse_number(item["num"], None)), part_of=part, **common), number


def _status_name(name: str, side: Subject) -> tuple[Metric, Subject, str | None] | None:
    """What a status line counts: (metric, whose, model or None) for a kind of equipment, a
    model of one ("T-90M": tanks) or a side ("Russia": all its equipment, `other`)."""
    named = section_side(name, None)
    if named is not None:
        return Metric.other, named, None
    terms = list(_TERM_ANY.finditer(name))
    if terms:
        term = max(terms, key=lambda t: len(t[0]))
        return _TERM_TO_METRIC[term["term"].lower()], side, None
    model = _MODEL_NAME.match(name)
    family = MODEL_FAMILIES.get(model["family"].lower()) if model else None
    return (family, side, name) if family is not None else None


def _list_date(heading: str, published: dt.date | None) -> tuple[dt.date | None, bool]:
    """The day a list of totals is as of: a numeric date in its heading (then True), else a
    day the heading names, else publication."""
    dates = list(_NUMERIC_DATE.finditer(heading))
    as_of = published
    if dates:
        last = dates[-1]
        year = int(last["y"]) + (2000 if len(last["y"]) == 2 else 0)
        with contextlib.suppress(ValueError):
            as_of = dt.date(year, int(last["m"]), int(last["d"]))
        return as_of, True
    days = [p for p in _find_periods(heading, published) if p.kind == PeriodKind.day]
    if days and days[-1].end is not None:
        as_of = days[-1].end
    return as_of, False


def _list_line_matches(
    lines: dict[int, str], budget: _Budget
) -> dict[int, tuple[re.Match[str], Metric, str]]:
    """The lines that read as a list line ("tanks – 9,502 (+14)"), with metric and term."""
    matches: dict[int, tuple[re.Match[str], Metric, str]] = {}
    for number, line in lines.items():
        if len(line) > 160:
            continue
        budget.spend(1)
        m = _LIST_LINE.match(line) if _may_be_list_line(line) else None
        if not m or not all(_plausible(_parse_number(n, None)) for n in m.group("num", "inc") if n):
            continue
        terms = list(_TERM_ANY.finditer(m["term"]))
        if not terms:
            continue
        term = max(terms, key=lambda t: len(t[0]))
        matches[number] = (m, _TERM_TO_METRIC[term["term"].lower()], term["term"])
    return matches


_TABLE_ROW = re.compile(
    r"^\s*\|\s*(?P<term>[^|]{2,60}?)\s*\|\s*(?P<num>[\d,\u2009\u202f\u00a0 ]+)\s*"
    r"(?:\|\s*\(?\+\s*(?P<inc>[\d,\u2009\u202f\u00a0 ]+)\)?\s*)?\|?\s*$"
)


def _table_row(line: str) -> str:
    """A Markdown table row "| Tanks | 8,330 | +11 |" (as trafilatura renders HTML tables)
    read like the list line "Tanks: 8,330 (+11)". Same length is not needed: rows are
    matched on their own and quoted from the original line."""
    m = _TABLE_ROW.match(line)
    if not m:
        return line
    inc = f" (+{m['inc'].strip()})" if m["inc"] else ""
    return f"{m['term']}: {m['num'].strip()}{inc}"


def _claimant_before(
    end: int,
    starts: list[int],
    by_sentence: list[list[tuple[str, int]]],
    specific_ukrainian: set[str],
) -> str:
    """The last claimant named before a position, else the first named in the article.
    `starts` are where the sentences start, in text order."""
    count = bisect.bisect_left(starts, end)
    name = _last_named(by_sentence, count) or _first_named(by_sentence) or UNATTRIBUTED
    return _specific(name, specific_ukrainian)


def _previous_period(
    sentences: list[_Sentence],
    index: int,
    published: dt.date | None,
    kind: PeriodKind | None = None,
) -> _Period | None:
    """What "the same period" refers to: the last period (of `kind`, if given) named in the
    three sentences before. Computed only when asked: period finding is the costly part."""
    for j in range(index - 1, max(-1, index - 4), -1):
        periods = _find_periods(sentences[j].text, published)
        if kind is not None:
            periods = [p for p in periods if p.kind == kind]
        period = _main_period(periods)
        if period is not None:
            return period
    return None


def _main_period(periods: list[_Period]) -> _Period | None:
    strong = [p for p in periods if p.strong and not p.same_as_previous]
    return strong[0] if strong else None


_FOUR_DIGITS = re.compile(r"\d{4}")
_COMMA = re.compile(r"[,;]")


def _figures(
    sentence: str,
    periods: list[_Period],
    budget: _Budget | None = None,
    fallback: Metric | None = None,
) -> list[_Figure]:
    """The loss figures in one loss sentence, with metric, qualifier and period; a bare
    number counts `fallback` when given (a sentence restating the figure before it)."""
    period_spans = [(p.start_char, p.end_char) for p in periods]
    found = _numbers(sentence, limit=2 * _MAX_NUMBERS_PER_SENTENCE)
    numbers = [n for n in found if not any(s <= n[0] < e for s, e in period_spans)]
    # A sentence with more numbers than this is a table or an attack: its first ones are read.
    numbers = numbers[:_MAX_NUMBERS_PER_SENTENCE]
    if budget is not None:
        budget.spend(_LOSS_SENTENCE_COST * len(numbers))
    figures: list[_Figure] = []
    skip_until = -1
    for i, (start, end, value) in enumerate(numbers):
        if start < skip_until:
            continue
        if 1900 <= value <= 2100 and _FOUR_DIGITS.fullmatch(sentence[start:end]):
            # A bare four-digit year-like number is a figure only with a metric right after it.
            if not _TERM_AFTER.match(sentence[end : end + _AFTER_WINDOW]):
                continue
        figure = _Figure(start=start, end=end, value=value)
        left = _COMMA.split(sentence[max(0, start - 60) : start])[-1]
        right = _COMMA.split(sentence[end : end + 40])[0]
        # Windows, not the whole text before: the work per number must not grow with the
        # sentence (issue 11, item 8). Each window is wider than anything looked at in it.
        before = sentence[max(0, start - _BEFORE_WINDOW) : start]
        clause_before = _CLAUSE_BEFORE.split(before)[-1]
        near = f"{left} {right}"
        if _vetoed_near(sentence, near, clause_before):
            continue  # ages, ratios, exchanges: numbers near these are not losses
        if not_a_loss(sentence, start, end):
            gap = sentence[end : numbers[i + 1][0]] if i + 1 < len(numbers) else ""
            if _RANGE_GAP.fullmatch(gap) and gap.strip() != "and":
                skip_until = numbers[i + 1][1]  # "signed 30,000–35,000 contracts": both ends
            continue  # asked for, ages, populations, ratios (extract/nonfigures.py)
        rate_near = can_match(_RATE_WORD, sentence) and _RATE_WORD.search(near) is not None
        if _ONE.fullmatch(sentence[start:end]) and not _TERM_AFTER.match(sentence[end : end + 80]):
            continue  # "one of the most senior officers", "does not attempt one": no count
        of_stock = i + 1 < len(numbers) and _of_stock(sentence, figure, numbers[i + 1])
        if of_stock:
            skip_until = numbers[i + 1][1]
        # Ranges: "between 7,000 and 15,000", "7,000 to 15,000", "7,000-15,000".
        if i + 1 < len(numbers) and figure.metric is None:
            n_start, n_end, n_value = numbers[i + 1]
            gap = sentence[end:n_start]
            if _RANGE_GAP.fullmatch(gap) and n_value > value:
                is_between = _BETWEEN.search(before)
                if gap.strip() != "and" or is_between:
                    figure.value_max, figure.end = n_value, n_end
                    figure.qualifier = Qualifier.range
                    skip_until = n_end
        if rate_near and _stat_after(sentence[figure.end : figure.end + 60], sentence) is None:
            continue  # "a casualty rate of 5 to 1"; but "the rate ... 150 to 300 a day" is one
        q = _qualifier_at_end(before[-20:])
        if q:
            if figure.qualifier != Qualifier.range:
                figure.qualifier = _QUALIFIER_BY_TEXT[q["q"].lower()]
            before = before[: len(before) - len(before[-20:]) + q.start()]
        if _NON_LOSS_BEFORE.search(before[-60:]):
            continue
        if figure.metric is None and not _resolve_metric(sentence, figure, figures, fallback):
            continue
        if figure.qualifier == Qualifier.exact and (
            _EXCEEDED.search(before[-25:]) or sentence.startswith("+", figure.end)
        ):
            figure.qualifier = Qualifier.more_than  # "more than 9,400", "1.6 million+"
        after_term = figure.term_end or figure.end
        if (
            not of_stock
            and _NON_LOSS_AFTER.search(sentence[after_term : after_term + 40])
            and not _AMONG_DEAD.search(clause_before)
        ):
            continue  # ("shot down 44 of 70 drones launched": the stock was launched)
        figures.append(figure)
    _attach_periods(sentence, figures, periods)
    return figures


def _vetoed_near(sentence: str, near: str, clause_before: str) -> bool:
    """Whether an age, a ratio, an exchange or civilians stand near a number. Screened by the
    sentence's words first (none of theirs holds a space, so none spans the space `near` is
    joined with): most sentences have none of them (speed)."""
    return (can_match(_VETO_NEAR, sentence) and _VETO_NEAR.search(near) is not None) or (
        can_match(_CIVILIAN, sentence) and _CIVILIAN.search(clause_before[-90:]) is not None
    )


_ADD_VERBS = ("add", "adds", "added", "adding")


def _qualifier_at_end(window: str) -> re.Match[str] | None:
    """The qualifier ending `window` but for space ("more than "), if any: searched only
    when the window ends with one (one endswith test, speed). The "up to" of "added up to
    9,100" is a sum, not a ceiling."""
    if not fold(window).rstrip().endswith(_QUALIFIER_ENDS):
        return None
    q = _QUALIFIER_RE.search(window)
    if q and q["q"].lower() == "up to" and fold(window[: q.start()]).rstrip().endswith(_ADD_VERBS):
        return None
    return q


_CLAUSE_BEFORE = re.compile(r"[;.]|,\s+(?:while|but|whereas)\b")
_RANGE_GAP = re.compile(r"\s*(?:-|–|to|and)\s*", re.I)
_BETWEEN = re.compile(r"between\s+$", re.I)


def _of_stock(sentence: str, figure: _Figure, following: tuple[int, int, int]) -> bool:
    """ "lost 2,200 of the 3,500 tanks": the figure is the loss and the number after it the
    stock; the figure takes the stock's metric (True). False when the numbers are not so."""
    n_start, n_end, _ = following
    if not _OF_STOCK.fullmatch(sentence[figure.end : n_start]):
        return False
    match = _TERM_AFTER.match(sentence[n_end : n_end + _AFTER_WINDOW])
    if not match:
        return False
    figure.metric = _TERM_TO_METRIC[match["term"].lower()]
    figure.label = match["term"]
    figure.term_end = n_end + match.end()
    return True


_ONE = re.compile(r"one", re.IGNORECASE)
# "Among the dead are 14,720 former prisoners recruited by Wagner": a description of the dead,
# not a recruitment figure.
_AMONG_DEAD = re.compile(
    r"\b(?:among|of)\s+(?:the|those)\s+(?:\w+\s+)?(?:dead|killed)\b|"
    r"\bamong\s+(?:those|the\s+\w+)\s+whose\s+(?:names|deaths)\b",
    re.IGNORECASE,
)
# A sentence breaking down the total of the sentence before: "Among those whose names we know
# are 6,041 officers", "Of them, 1,200 were officers".
_BREAKDOWN_OF_BEFORE = re.compile(
    r"\bamong\s+(?:them|those|these|the\s+(?:dead|named|confirmed|identified|killed))\b|"
    r"^\W*(?:\d{1,2}/\d{1,2}\s+)?(?:of\s+(?:them|those|these)|they\s+include|those\s+include)\b|"
    # "Of the 214: 41 tanks", "Among the 214 pieces of equipment:" (a thread post's "2/7" first)
    r"^\W*(?:\d{1,2}/\d{1,2}\s+)?(?:of|among)\s+(?:the|these|those)\s+\d[\d,.]*\b",
    re.IGNORECASE,
)
# "1,800 air defence, artillery and armoured targets": a count across kinds of equipment.
_MIXED_TARGETS = re.compile(r"^,\s+[^,.;\d]{1,30}\s+and\s+[^,.;\d]{1,30}?\btargets\b")
_ONES = re.compile(r"^\s+(?:Russian|Ukrainian|of\s+(?:its|their)\s+own|more)\s+ones\b")
_OF_STOCK = re.compile(r"\s+of\s+(?:the|its|their|his|an\s+estimated|some)?\s*", re.IGNORECASE)
_EXCEEDED = re.compile(
    r"\b(?:exceeded|surpassed|passed|topped|crossed|exceeding|surpassing)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Civilian casualties are not military losses, whatever else the clause counts.
_CIVILIAN = re.compile(
    r"\b(?:civilians?|residents|children|non-combatants|inhabitants|UN\s+(?:human\s+rights\s+)?"
    r"monitor\w*|HRMMU)\b",
    re.IGNORECASE,
)
_VETO_NEAR = re.compile(
    r"\b(?:average\s+age|years?\s+old|year-old|aged\s+(?:between\s+)?\d|age\s+of|"
    r"for\s+(?:each|every)\b(?!\s+square)|exchange[sd]?|swap(?:ped|s)?|brought\s+home|"
    r"returned\s+home|handed\s+over|lost\s+in\s+location|(?:were|was)\s+launched|"
    # another war's losses ("the Soviet Union lost 15,000 troops in Afghanistan")
    r"Soviet\s+(?:Union|troops|army|forces|soldiers)|in\s+Afghanistan)\b",
    re.IGNORECASE,
)
# A rate near a number vetoes it unless the number is itself an average or a rate
# ("the rate of deaths has risen to 150 a day" is a daily average; "a casualty rate of 5 to 1"
# is no figure).
_RATE_WORD = re.compile(r"\brate\b", re.IGNORECASE)


# "370,000 had been wounded", "between 106,000 and 140,000 have died": people, by the verb.
_PEOPLE_VERB = re.compile(
    r"^\s+(?:(?:have|has|had|were|was|are|is)\s+(?:been\s+|now\s+|reportedly\s+)?)"
    r"(?P<verb>killed|wounded|injured|died|captured|taken\s+prisoner)\b",
    re.IGNORECASE,
)
# "61,207 people killed": people are soldiers only where the sentence speaks of an army
# ("the Ukrainian armed forces have lost 61,207 people killed"); elsewhere they are civilians.
_PEOPLE_KILLED = re.compile(
    r"^\s+people\s+(?P<verb>killed(?:\s+(?:or|and)\s+(?:injured|wounded))?|wounded|injured)\b",
    re.IGNORECASE,
)
# "Russia lost 980 people over the past day": people a warring state itself lost are its
# soldiers (a city or a family losing people are civilians, and name no state before the verb).
_PEOPLE = re.compile(r"^\s+people\b", re.IGNORECASE)
_STATE_LOST = re.compile(
    r"\b(?:Russia|Ukraine|Moscow|Kyiv|the\s+(?:Russian|Ukrainian)\s+side)\s*"
    r"(?:,\s*(?:he|she|they|it|the\s+\w+)\s+(?:said|says|claimed|claims|added|wrote),)?\s*"
    r"(?:(?:has|had|have)\s+(?:now\s+|reportedly\s+)?)?(?:lost|loses|is\s+losing|was\s+losing)"
    r"\s+(?:(?:about|some|around|roughly|nearly|almost|over|at\s+least|more\s+than|up\s+to|"
    r"another|a\s+further)\s+)?$",
    re.IGNORECASE,
)
_ARMY = re.compile(
    r"\b(?:forces|troops|army|armies|military|soldiers|servicemen|battlefield)\b", re.IGNORECASE
)


def _soldiers_lost(sentence: str, start: int) -> bool:
    """Whether people counted before `start` are soldiers: the sentence speaks of an army, or a
    warring state lost them, and names no civilians."""
    if _CIVILIAN.search(sentence):
        return False
    return bool(_ARMY.search(sentence) or _STATE_LOST.search(sentence, 0, start))


def _resolve_metric(
    sentence: str, figure: _Figure, earlier: list[_Figure], fallback: Metric | None = None
) -> bool:
    """Decide what the figure counts; False when it counts something that is not a loss."""
    after = sentence[figure.end : figure.end + _AFTER_WINDOW]
    lede = _lede_description(sentence, figure)
    if lede:  # "1,261,420 — Russian personnel losses ...": the words after the dash say what
        after = after[lede:]
    match = _TERM_AFTER.match(after)
    if match:
        term = match["term"].lower()
        figure.metric = _TERM_TO_METRIC[term]
        figure.label = match["term"]
        figure.term_end = figure.end + lede + match.end()
        mixed = _MIXED_TARGETS.match(after[match.end() :])
        if mixed:
            figure.metric, figure.term_end = Metric.other, figure.term_end + mixed.end()
        return not (term in _WEAK_TERMS and not _LOSS_WORDS.search(sentence))
    verb = _PEOPLE_VERB.match(after)
    if verb:
        figure.metric, figure.label = Metric.personnel, verb["verb"]
        figure.term_end = figure.end + verb.end()
        return True
    people = _PEOPLE_KILLED.match(after)
    if people and _soldiers_lost(sentence, figure.start):
        figure.metric, figure.label = Metric.personnel, people["verb"]
        figure.term_end = figure.end + people.end()
        return True
    people = _PEOPLE.match(after)
    if people and _STATE_LOST.search(sentence, 0, figure.start) and not _CIVILIAN.search(sentence):
        figure.metric, figure.label = Metric.personnel, "people"
        figure.term_end = figure.end + people.end()
        return True
    part = _PART.match(after)
    if part:  # "5,386 officers", "19 of its citizens": a breakdown of people
        figure.metric, figure.label = Metric.personnel, part[0].strip()
        figure.term_end = figure.end + part.end()
        return True
    ones = _ONES.match(after)
    if ones and earlier and earlier[-1].metric is not None:  # "2,360 Russian tanks ... 600
        figure.metric, figure.label = earlier[-1].metric, earlier[-1].label  # Ukrainian ones"
        figure.term_end, figure.inherited = figure.end + ones.end(), True
        return True
    next_word = re.match(r"\s*([A-Za-z%][\w'-]*|[%])?", after)
    word = (next_word.group(1) or "").lower() if next_word else ""
    if _stat_after(after, sentence) is not None:
        word = ""  # "averaged 1,286 per day": the metric is named before
    if word in _OTHER_NOUNS or after.lstrip()[:3].lower() in _TIMES_OF_DAY:
        return False  # ("3 a.m.": a time, "a" is not an article there)
    if word and word not in _FUNCTION_WORDS and not word.endswith("ly") and not lede:
        return False  # counts some noun we do not know: not ours
    # "of those losses" and friends: the metric named before.
    low = max(0, figure.start - _BEFORE_WINDOW)
    head = _head_before(sentence[low : figure.start])
    if head is not None:
        head = (head[0], head[1] + low, head[2])
    prior = earlier[-1] if earlier else None
    # "the day's figure was 970, with 80 artillery systems, and the total had reached ...":
    # the report's own count, not the artillery before it; a restatement keeps its metric.
    named = max(head[1] if head else 0, prior.end if prior else 0)  # the metric named last
    reported = _reported_headline(sentence, figure, named)
    if reported and (
        _NEW_CLAUSE.search(sentence, named, figure.start) if named else fallback is None
    ):
        figure.metric = Metric.personnel
        return True
    if prior is not None and prior.metric is not None and (head is None or head[1] < prior.end):
        figure.metric, figure.label = prior.metric, prior.label
        figure.inherited = True
        return True
    if head is not None:
        figure.metric, figure.label = head[0], head[2]
        figure.term_before = head[2]
        return True
    if fallback is not None:
        figure.metric, figure.inherited = fallback, True
        figure.extra["restated"] = True
        return True
    return False


# "By the numbers" lines: a number leads the line (in bold, after "~"), a dash, then what it
# counts in the words of a sentence ("**920** — how many its report added today alone").
_LEDE_DASH = re.compile(r"\+?\s*[—–-]\s+")
_LEDE_OPENING = re.compile(r"[\s~≈*]*")


def _lede_description(sentence: str, figure: _Figure) -> int:
    """How far after the figure its description starts when the figure leads its line and a
    dash follows it ("1,261,420 — Russian personnel losses"); 0 otherwise."""
    if figure.value_max is not None or not _LEDE_OPENING.fullmatch(sentence, 0, figure.start):
        return 0
    dash = _LEDE_DASH.match(sentence, figure.end)
    return dash.end() - figure.end if dash else 0


_TIMES_OF_DAY = ("a.m", "p.m")
_FUNCTION_WORDS = frozenset(
    [
        "on",
        "in",
        "for",
        "since",
        "during",
        "over",
        "overnight",
        "and",
        "or",
        "of",
        "to",
        "from",
        "between",
        "by",
        "last",
        "this",
        "were",
        "was",
        "have",
        "had",
        "has",
        "killed",
        "dead",
        "wounded",
        "lost",
        "the",
        "a",
        "were,",
        "in,",
        "with",
        "as",
        "injured",
        "captured",
        "died",
        "destroyed",
        "damaged",
        "abandoned",
        # a count set against an earlier one ("429 against 467", "tanks 11 versus 65")
        "against",
        "versus",
        "vs",
        # a bare total's closing word ("That makes 1,228,570 overall", "1,228,570 all told")
        "overall",
        "altogether",
        "all",
    ]
) | {""}


@functools.lru_cache(maxsize=8)
def _clause_starts(sentence: str) -> tuple[int, ...]:
    """Where each clause of `sentence` starts (0 first): found once per sentence, not once
    per figure (speed)."""
    return (0, *(m.end() for m in _CLAUSE_SPLIT.finditer(sentence)))


def _head_before(text: str) -> tuple[Metric, int, str] | None:
    """The nearest metric term before a bare number, within its clause."""
    best: tuple[Metric, int, str] | None = None
    clause_start = 0
    for split in _CLAUSE_SPLIT.finditer(text):
        clause_start = split.end()
    previous: re.Match[str] | None = None
    for m in _TERM_ANY.finditer(text, clause_start):
        if (
            previous is not None
            and m["term"].lower() in _WEAK_TERMS
            and not text[previous.end() : m.start()].strip()
        ):
            continue  # "tank losses at 9,800": the tanks, not "losses"
        best = (_TERM_TO_METRIC[m["term"].lower()], m.end(), m["term"])
        previous = m
    return best


def _attach_periods(sentence: str, figures: list[_Figure], periods: list[_Period]) -> None:
    """Give each figure the period expression that belongs to it."""
    strong = [p for p in periods if p.strong]
    # Weekdays ("1,380 on Sunday") belong to the figure right before them only: elsewhere
    # they date the report ("said on Tuesday"), not the losses.
    general = [p for p in strong if not p.adjacent_only]
    for figure in figures:
        anchor = figure.term_end or figure.end
        chosen: _Period | None = None
        adjacent = False
        # (a) right after the figure, before any comma: "990 on December 8".
        for period in strong:
            gap = sentence[anchor : period.start_char]
            if period.start_char >= anchor and "," not in gap and ";" not in gap:
                if len(_WORDS.findall(gap)) <= 6 and not _NUMBER.search(gap):
                    chosen, adjacent = period, True
                    break
        # (b) right before it: "November 11, with 1,950 soldiers".
        if chosen is None:
            for period in reversed(general):
                gap = sentence[period.end_char : figure.start]
                if period.end_char <= figure.start and len(_WORDS.findall(gap)) <= 3:
                    if not _NUMBER.search(gap) and not _other_figure_between(
                        figures, period, figure
                    ):
                        chosen = period
                        break
        # (c) the sentence's own period: one that opens it ("In 2024 as a whole, ..."), or
        # the only kind of period in it.
        opening = general[0] if general and general[0].start_char <= 3 else None
        if chosen is None and opening is not None and not opening.same_as_previous:
            chosen = opening
        if chosen is None:
            kinds = {(p.kind, p.start, p.end) for p in general if not p.same_as_previous}
            if len(kinds) == 1:
                chosen = next(p for p in general if not p.same_as_previous)
            elif any(p.same_as_previous for p in general):
                chosen = next(p for p in general if p.same_as_previous)
            elif general:
                chosen = min(general, key=lambda p: abs(p.start_char - anchor))
        # "In September 2022 it said 5,937 had been killed": a date that is not the figure's
        # own period but the time of a statement about a running total.
        if (
            chosen is not None
            and not adjacent
            and chosen.kind in (PeriodKind.day, PeriodKind.week, PeriodKind.month)
            and chosen.end is not None
            and _STATEMENT_OF_TOTAL.search(sentence)
            # "lost 395 troops and 7 tanks over the past day": a relative day after the
            # figures counts them; it does not date a statement about a running total
            and not (
                chosen.start_char > figure.start
                and _RELATIVE_DAY.search(sentence, chosen.start_char, chosen.end_char)
            )
        ):
            figure.extra["cumulative_as_of"] = chosen.end
        if chosen is None:
            weak = [p for p in periods if not p.strong]
            chosen = weak[0] if weak else None
        figure.period = chosen
        _running_total(sentence, figure, chosen)


def _running_total(sentence: str, figure: _Figure, chosen: _Period | None) -> None:
    """Mark a figure that is a running total ("the toll stood at", "bringing its tally to")
    as cumulative, as of the date given with it or of publication. A signed figure ("+850
    over the past day") is an increment, never a running total."""
    before = sentence[: figure.start]
    if before.endswith("+"):
        figure.extra.pop("cumulative_as_of", None)
        if chosen is None or chosen.kind == PeriodKind.cumulative:
            figure.extra["report_day"] = True  # "+1,775; cumulative 262,033": the report's day
        return
    if _CUMULATIVE_LABEL.search(before[-25:]):  # "cumulative 1,328,820", "cumulative total:"
        on_day = chosen is not None and chosen.kind == PeriodKind.day and chosen.end is not None
        figure.extra["cumulative_as_of"] = chosen.end if on_day else "published"  # type: ignore[union-attr]
        return
    # A death toll or tally quoted with a date is a cumulative figure as of that date.
    if chosen is not None and chosen.kind in (PeriodKind.day, PeriodKind.week):
        if figure.term_before and _TOTAL_WORD.search(before) and not _BY_END.search(before):
            figure.extra["cumulative_as_of"] = chosen.end
    elif (
        chosen is None
        and (total := _TOTAL_WORD_END.search(before))
        # not "that tally also gave 11 tanks", but "also listed 5 tanks, for totals of 11,189"
        and _source_lists_end(sentence) < total.start()
    ):
        figure.extra["cumulative_as_of"] = "published"
    if _TO_END.search(before) and _TALLY_WORD.search(before):
        figure.extra["cumulative_as_of"] = "published"
        figure.period = None
    elif chosen is None and _STANDS_AT.search(before):
        figure.extra["cumulative_as_of"] = "published"
    _total_or_increment(sentence, figure, chosen)


_CUMULATIVE_LABEL = re.compile(r"\bcumulative(?:ly)?\s*(?:total\s*)?[:=]?\s*[~≈]?$", re.I)


# "1,235,880 in total", "all told, 1,236,820", "the running total stood at N in the report of
# D": the total since the invasion, to the day given (or of publication).
_IN_TOTAL_AFTER = re.compile(  # not "in all areas of the operation"
    r"\s*(?:in\s+total|in\s+all|all\s+told|overall)(?=\s*(?:[.,;:)]|$)|\s+(?:since|to\s+date|so\s+far))",
    re.I,
)
_IN_TOTAL_BEFORE = re.compile(r"\b(?:in\s+total|in\s+all|all\s+told|overall)\W*$", re.I)
# "added 980 Russian personnel, bringing its count to 1,189,470": the report's increment.
_ADDED_BEFORE = re.compile(r"\b(?:added|adds|adding)\s+(?:another\s+|a\s+further\s+)?$", re.I)
_BRINGING_AFTER = re.compile(
    r"[^.;]{0,40}?,\s*(?:bringing|taking|pushing|lifting|raising)\s+(?:its|the|their)\s+"
    r"(?:running\s+)?(?:count|total|tally|toll)\b",
    re.I,
)


# "Eight tanks, for a total of 11,859": a report's increment, then its running total.
_FOR_A_TOTAL_AFTER = re.compile(
    r"[^.;,\d]{0,30}?,\s*(?:for|making|with|to\s+make)\s+(?:a|the)\s+(?:new\s+)?(?:running\s+)?"
    r"(?:total|tally|count)\s+of\s+\d",
    re.I,
)


def _total_or_increment(sentence: str, figure: _Figure, chosen: _Period | None) -> None:
    """Mark a running total given "in total" or on a report's day as cumulative, and a
    report's increment ("added 980, bringing its count to") as the report's day."""
    before = sentence[: figure.start]
    after_term = figure.term_end or figure.end
    increment = _ADDED_BEFORE.search(before) and _BRINGING_AFTER.match(sentence, after_term)
    own_period = chosen is not None and chosen.strong
    if increment or (not own_period and _FOR_A_TOTAL_AFTER.match(sentence, after_term)):
        figure.extra.pop("cumulative_as_of", None)
        figure.extra["report_day"] = True
        return
    on_a_day = chosen is None or chosen.kind == PeriodKind.day
    if on_a_day and (
        _IN_TOTAL_AFTER.match(sentence, after_term)
        or _IN_TOTAL_BEFORE.search(before[-25:])
        or (_RUNNING_TOTAL.search(before) and not _BY_END.search(before))  # "by 1,030": a rise
    ):
        day = chosen.end if chosen is not None else None
        figure.extra["cumulative_as_of"] = day or "published"


# Compiled once, not looked up in `re`'s cache for every figure (speed).
_WORDS = re.compile(r"[\w'’]+")
_TOTAL_WORD = re.compile(r"\b(?:toll|tally|total)\b", re.I)
_TALLY_WORD = re.compile(r"\b(?:tally|total|toll)\b", re.I)
_TOTAL_WORD_END = re.compile(r"\b(?:toll|tally|totals?)\b(?:[^.,;]|(?<=\d),(?=\d)){0,30}$", re.I)
_BY_END = re.compile(r"\bby\s+$")
_TO_END = re.compile(r"\bto\s+$")

_RELATIVE_DAY = re.compile(
    r"\b(?:(?:past|last|previous|preceding)\s+(?:day|24\s+hours|night)|overnight|for\s+the\s+day)\b",
    re.IGNORECASE,
)
_STATEMENT_OF_TOTAL = re.compile(
    r"\bhad\s+(?:been\s+)?(?:killed|lost|died|wounded)\b|\bhad\s+(?:reached|risen|climbed)\b|"
    r"\bput\s+(?:\w+\s+){0,5}?(?:at|to)\b|\b(?:assessment|report|estimate|slide|document)s?\s+"
    r"(?:\w+\s+){0,3}?(?:in|on|dated|from|shared|declassified|published|released)\b",
    re.IGNORECASE,
)

# "losses stand at N", "the toll has reached N": a running total as of publication.
_STANDS_AT = re.compile(
    r"\b(?:stands?|stood|now)\s+at\s+$|\b(?:reached|risen\s+to|rose\s+to|climbed\s+to|"
    r"surpassed|passed|exceeded|topped|total(?:s|led|ed)?|amount(?:s|ed)?\s+to)\s+$",
    re.IGNORECASE,
)


def _other_figure_between(figures: list[_Figure], period: _Period, figure: _Figure) -> bool:
    return any(period.end_char <= f.start < figure.start for f in figures)


# --- claimants and subjects -------------------------------------------------------------------


_BODY_WORD = r"(?:[A-Z][\w'-]*|of|for|on|and|the)"
_BODY_NAME = (
    rf"(?P<name>(?:[A-Z][\w'-]*(?:\s+{_BODY_WORD}){{0,6}}?\s+)?(?:{'|'.join(BODY_HEADS)})"
    rf"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:and\s+)?[A-Z][\w'-]*){{0,3}})?)"
)
_NAMED_BODY = re.compile(
    rf"\b(?i:{BODY_ATTRIBUTION_BEFORE})\s+(?i:the\s+|a\s+)?{_BODY_NAME}|"
    rf"\b(?:[Tt]he\s+)?{_BODY_NAME.replace('(?P<name>', '(?P<name2>')}(?:,[^,]{{1,60}},)?\s+"
    rf"(?:{BODY_ATTRIBUTION_AFTER})\b"
)
_BODY_NATION = re.compile(rf"\b(?:{BODY_NATION_WORDS})\b")
_BODY_HEAD = re.compile(rf"\b(?:{'|'.join(BODY_HEADS)})\b")


def _bodies_in(text: str, taken: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Bodies the table does not know, named as a figure's source ("according to a tally kept
    by the Centre for Defence Strategies"), where no known claimant is named at that place."""
    found: list[tuple[str, int]] = []
    if not _BODY_HEAD.search(text):
        return found  # one plain scan: nearly every sentence names no such body
    for m in _NAMED_BODY.finditer(text):
        name, at = (m["name"], m.start("name")) if m["name"] else (m["name2"], m.start("name2"))
        if (
            " " not in name  # "the Project said": no name
            or _BODY_NATION.search(name)
            or any(at <= pos < at + len(name) for _, pos in taken)
        ):
            continue
        found.append((name, at))
    return found


_LOSES_AFTER = re.compile(
    r"^(?:'s)?\s+(?:(?:have|has|had|also|reportedly)\s+)*(?:lost|loses|losing|suffered)\b|"
    r"^'s\s+(?:\w+\s+)?(?:losses|casualties|dead)\b|"
    # "Syrskyi's troops lost", "the Kremlin's helicopter fleet lost": whose forces, not a speaker
    r"^'s\s+(?:[\w-]+\s+){0,2}?(?:troops|forces|army|fleet|units|soldiers|men|military|"
    r"brigades?|battalions?|navy|air\s+force)\s+(?:(?:have|has|had|also|reportedly)\s+)*"
    r"(?:lost|loses|losing|suffered)\b",
    re.IGNORECASE,
)


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_OUTLET_AFTER = re.compile(r"\s+(?:Independent|Post)\b")
_NAMES_IT_AFTER = re.compile(r"\s+(?:calls|called|dubs|dubbed|terms|termed)\b")
_LOSSES_OF_BEFORE = re.compile(
    r"\b(?:losses|casualties|dead|death toll)\s+(?:of|among)\s+(?:the\s+)?$|"
    # "inflicted defeat on formations of the armed forces of Ukraine", "struck positions of the
    # AFU": the forces a blow landed on, not a speaker (translated ministry prose)
    r"\b(?:formations|units|positions|strongholds|manpower|personnel|equipment|troops|"
    r"brigades|groupings?|reserves|concentrations?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:]|$)")


def _claimants_in(text: str, bodies: bool = True) -> list[tuple[str, int]]:
    """Claimant names mentioned in `text`, with positions; generic place names count only
    when something is attributed to them."""
    found: list[tuple[str, int]] = []
    last_end = -10
    for m in _ALIAS_RE.finditer(text):
        if _OF_THE.fullmatch(text[last_end : m.start()]):
            continue  # "the General Staff of Ukraine's Armed Forces" names one body
        last_end = m.end()
        alias = m[0].lower()
        name = _ALIAS_TO_NAME[alias]
        if _OUTLET_AFTER.match(text[m.end() :]):
            continue  # The Kyiv Independent, Kyiv Post: outlets, not claimants
        if _NAMES_IT_AFTER.match(text[m.end() : m.end() + 12]):
            continue  # "what the Kremlin calls its special military operation": a name, no claim
        if _LOSES_AFTER.match(text[m.end() : m.end() + 40]) or _LOSSES_OF_BEFORE.search(
            text[max(0, m.start() - 30) : m.start()]
        ):
            continue  # "The Ukrainian armed forces lost ...": the loser, not the claimant
        if alias in ATTRIBUTION_ONLY_ALIASES:
            after = text[m.end() : m.end() + 40]
            before = text[max(0, m.start() - 20) : m.start()]
            attributed_before = _ATTRIBUTION_BEFORE.search(before)
            if attributed_before and attributed_before[0].lower().startswith(("said", "says")):
                # "..., said Kyiv." names a speaker; "it said Russia lost" does not.
                attributed_before = _CLAUSE_ENDS.match(after)
            if not (_ATTRIBUTION_AFTER.match(after) or attributed_before):
                continue
        found.append((name, m.start()))
    for m in _OFFICIAL_RUSSIAN.finditer(text) if can_match(_OFFICIAL_RUSSIAN, text) else ():
        found.append(("Russia's Ministry of Defence", m.start()))
    if "rigade" in text or "attalion" in text or "egiment" in text:
        for m in _UNIT_SPEAKER.finditer(text):
            nation = (m["nation"] or "").strip()
            found.append((f"{nation} {m['unit']} near {m['place']}".strip(), m.start()))
    if bodies:
        found.extend(_bodies_in(text, found))
    found.sort(key=lambda pair: pair[1])
    return found


class _ClaimantsBySentence(list[list[tuple[str, int]]]):
    """The claimants named in each sentence, with the nearest one named before and after
    each sentence worked out once: walking the article for every figure was quadratic."""

    def __init__(
        self, names: list[list[tuple[str, int]]], speakers: list[str | None] | None = None
    ) -> None:
        super().__init__(names)
        self.speaker_before = speakers or [None] * len(names)  # for "he said" (sides.py)
        self.last_before: list[str | None] = []
        last: str | None = None
        for here in names:
            self.last_before.append(last)
            last = here[-1][0] if here else last
        self.first_after: list[str | None] = [None] * len(names)
        first: str | None = None
        for index in range(len(names) - 1, -1, -1):
            self.first_after[index] = first
            first = names[index][0][0] if names[index] else first


def _last_named(by_sentence: list[list[tuple[str, int]]], count: int) -> str | None:
    """The last claimant named in the first `count` sentences."""
    if count <= 0:
        return None
    if isinstance(by_sentence, _ClaimantsBySentence):
        here = by_sentence[count - 1]
        return here[-1][0] if here else by_sentence.last_before[count - 1]
    return next((names[-1][0] for names in reversed(by_sentence[:count]) if names), None)


def _first_named(by_sentence: list[list[tuple[str, int]]], start: int = 0) -> str | None:
    """The first claimant named from sentence `start` on."""
    if start >= len(by_sentence):
        return None
    if isinstance(by_sentence, _ClaimantsBySentence):
        here = by_sentence[start]
        return here[0][0] if here else by_sentence.first_after[start]
    return next((names[0][0] for names in by_sentence[start:] if names), None)


def _claimants_by_sentence(
    sentences: list[_Sentence],
    budget: _Budget | None = None,
    bodies: bool = True,
    source_text: str | None = None,
) -> _ClaimantsBySentence:
    """The claimants each sentence names; `bodies` False when the article names no body the
    table does not know (one scan of the article, not one per sentence)."""
    names = []
    for sentence in sentences:
        found = _claimants_in(sentence.text, bodies)
        if budget is not None:
            budget.spend(5 * len(found) + 1)  # a name costs about five plain sentences
        names.append(found)
    # the press a speaker cites is no new speaker ("Zelensky disputed reports that ...")
    named = [max((p for n, p in here if n not in RELAYED_CLAIMANTS), default=-1) for here in names]
    speakers = pronoun_speakers([s.text for s in sentences], named)
    if source_text is not None and "\n>" in "\n" + source_text:
        quoted = _quote_authors(sentences, names, source_text)
        speakers = [q or p for q, p in zip(quoted, speakers, strict=True)]
    return _ClaimantsBySentence(names, speakers)


_QUOTED_LINE = re.compile(r"^[^\S\n]*>", re.MULTILINE)


def _quote_authors(
    sentences: list[_Sentence], names: list[list[tuple[str, int]]], text: str
) -> list[str | None]:
    """For each sentence of a quoted block ("> " lines: a post or statement reproduced), the
    first claimant the paragraph introducing the block names ("A pro-Kremlin Telegram channel
    ... published a post ... We translate it below"); None elsewhere. The block's own words
    ("our guys lost 37") are that author's, not those of whoever the outlet cited last."""
    out: list[str | None] = [None] * len(sentences)
    author: str | None = None
    last_paragraph = -1
    for index, sentence in enumerate(sentences):
        line_start = text.rfind("\n", 0, sentence.start) + 1
        if _QUOTED_LINE.match(text, line_start):
            out[index] = author
            continue
        if sentence.paragraph != last_paragraph:
            author, last_paragraph = None, sentence.paragraph
        if author is None and names[index]:
            author = names[index][0][0]
    return out


def _pick_claimant(
    sentence: _Sentence,
    figure: _Figure,
    index: int,
    by_sentence: list[list[tuple[str, int]]],
    specific_ukrainian: set[str],
) -> str:
    here = by_sentence[index]
    name: str | None = None
    if here:
        # Prefer the claimant in the figure's own clause.
        bounds = [*_clause_starts(sentence.text), 10**9]
        clause = next((a, b) for a, b in itertools.pairwise(bounds) if a <= figure.start < b)
        in_clause = [n for n, pos in here if clause[0] <= pos < clause[1]]
        # "Zelensky disputed reports that 60,000 ...": the reports' figure, which he cites
        cited = [
            n
            for n, pos in here
            if n in RELAYED_CLAIMANTS
            and clause[0] <= pos < figure.start
            and _cited_at(sentence.text, pos)
        ]
        in_clause = cited[:1] or in_clause
        name = in_clause[0] if in_clause else min(here, key=lambda p: abs(p[1] - figure.start))[0]
    if name is None and isinstance(by_sentence, _ClaimantsBySentence):
        name = by_sentence.speaker_before[index]  # "..., he said": the person named last
    if name is None:
        name = _last_named(by_sentence, index) or _first_named(by_sentence, index + 1)
    if name is None:
        return UNATTRIBUTED
    if name in RELAYED_CLAIMANTS:
        speaker = _relaying_speaker(sentence.text, figure.start, by_sentence, index)
        if speaker is not None:
            return relayed(name, speaker)
    return _specific(name, specific_ukrainian)


# "disputed reports that", "denied the Western press's figure of": the press a speaker cites
# (never "officials quoted by the New York Times": there the paper relays the officials).
_CITING = re.compile(
    r"(?:disputed|disputes|denied|denies|dismissed|dismisses|rejected|rejects|questioned|"
    r"questions|cited|cites|referred\s+to|refers\s+to|mentioned|mentions)\s+"
    r"(?:the\s+|some\s+|recent\s+|earlier\s+)?"
)


def _cited_at(text: str, pos: int) -> bool:
    """Whether the relayed claimant named at `pos` is the object of a speaker's citing verb."""
    return bool(_CITING.match(text, pos) or _CITING_BEFORE.search(text, max(0, pos - 30), pos))


_CITING_BEFORE = re.compile(_CITING.pattern + "$")


# A speaker's verb for citing someone else's figure ("Zelensky has disputed reports that...").
_RELAYING = re.compile(
    r"\b(?:said|says|disputed|disputes|denied|denies|dismissed|dismisses|rejected|rejects|"
    r"cited|cites|quoted|quotes|referred|refers|mentioned|mentions|questioned|questions)\b"
)


def _relaying_speaker(
    text: str, at: int, by_sentence: list[list[tuple[str, int]]], index: int
) -> str | None:
    """Who cites a relayed figure: a known speaker named before it with a citing verb between
    ("Zelensky has disputed reports that 80,000..."), or the speaker of a quote ("The leader
    said: 'the American press reported 80,000'")."""
    for pattern, name in SPEAKERS:
        found = pattern.search(text, 0, at)
        if found is not None and _RELAYING.search(text, found.end(), at):
            return name
    if isinstance(by_sentence, _ClaimantsBySentence):
        return by_sentence.speaker_before[index]
    return None


def _specific(name: str, specific: set[str]) -> str:
    """A generic name ("Ukrainian officials") as the one specific body of its side the
    article names, if it names exactly one; any other name as it is."""
    bodies = [n for n in GENERIC_CLAIMANTS.get(name, ()) if n in specific]
    return bodies[0] if len(bodies) == 1 else name


# Whose losses a figure is (issue 13). The rule, in the order it is applied:
# 1. Words inside the figure's own phrase ("300 enemy troops", "1,100 Russian dead", "11 of its
#    fighters", "North Korean soldiers") name the loser.
# 2. Words right after it: "of their own" (the speaker's side), "operated by the Ukrainian army"
#    (that side), "destroyed by Russian forces" (the agent's enemy), "for Ukraine".
# 3. The nearest loser phrase before it, in its clause and then in its sentence: "the enemy
#    lost", "Ukraine's casualties", "our losses", "his army had lost", "said it had lost" (the
#    speaker's side), "our forces destroyed" (the speaker's enemy), "their losses" (the side
#    named last before it).
# 4. A sentence that names no side at all continues the sentence right before it, when that
#    one gave a figure ("- of which 15,000 killed", "1,200 of the dead were officers").
# 5. Otherwise the claimant's enemy: a Russian claimant's figures are Ukraine's losses (unless
#    the sentence names a Russian loser), anyone else's are Russia's.
# Markers resolve to a side, to "enemy" (the claimant's enemy), "own" (the claimant's side) or
# "last" (the side named last before the marker). Rows: (pattern, marker).
_SIDE_NAMES = (
    (r"North\s+Korean|North\s+Korea's|DPRK|Pyongyang's", "other"),
    # (a commander's or leader's forces: "Syrskyi's troops", "Gerasimov's army")
    (r"(?:Ukrainian|Ukrainians|Ukraine's|Kyiv's|Kiev's|Ukraine|Kyiv|Kiev|AFU|ZSU|VSU|nationalists|"
     r"neo-Nazis|Kiev\s+regime|Kyiv\s+regime|Syrsk(?:yi|y|iy)'s|Zaluzhn(?:yi|y|iy)'s|"
     r"Zelensk(?:y|yy|iy)'s)(?!-(?:made|built|designed|era|supplied))",
     "ukraine"),
    (r"(?:Russian|Russians|Russia's|Moscow's|Russia|Moscow|Putin's|occupiers?|invaders?|orcs|"
     r"Kremlin's|Wagner|Akhmat|Gerasimov's|Shoigu's|Belousov's)"
     r"(?!-(?:made|built|designed|era|supplied))", "russia"),

)  # fmt: skip
# "14 of its citizens" serving a foreign army are not the speaker's own side's losses
_POSSESSIVE = re.compile(r"\bof\s+(?:its|their|our|his|her)\b(?!\s+(?:citizens|nationals))", re.I)
_PHRASE_MARKERS: tuple[tuple[re.Pattern[str], str], ...] = (
    *((re.compile(rf"\b(?:{words})\b"), side) for words, side in _SIDE_NAMES[:3]),
    (re.compile(r"\benemy\b", re.I), "enemy"),
    (_POSSESSIVE, "own"),
    # Ukrainian-made weapons are Ukraine's ("25 Ukrainian-made Liutyi drones"); Russian- and
    # Soviet-made ones are not read as Russia's: Ukraine fields many of them.
    (re.compile(r"\b(?:Ukrainian|Ukraine)-(?:made|built|designed|produced)\b"), "ukraine"),
)
_AGENT = (
    r"(?:destroyed|downed|shot\s+down|killed|eliminated|hit|struck|sunk|disabled|captured|"
    r"seized)\s+by"
)
# Serving one side: that side's losses. Foreigners by the army they served in ("in the ranks
# of the Russian army", "recruited by"), fighters by the side they fight on ("mercenaries serving
# the Kiev regime", "recruits fighting on Russia's side", "a battalion, which fights for Kyiv,").
# ("fighting alongside Russian forces" is said of allies, North Koreans: a third party's.)
_ENLISTED = r"(?:in\s+the\s+ranks\s+of|serving\s+(?:in|with)|recruited\s+(?:by|into))\s+"
# ("fallen defending Ukraine": who died defending a country served it)
_FIGHTS_FOR = (
    r"(?:serving|serve|serves|served|fighting|fights|fight|fought|defending|defended|defend|"
    r"defends)\s+(?:for|on)?\s*"
)
_FOUGHT_FOR_UKRAINE = (
    r"(?:(?:Kiev|Kyiv)\s+regime|Ukraine's\s+side|Ukrainian\s+side|side\s+of\s+(?:Ukraine|Kyiv)|"
    r"Ukrain\w*|Kyiv|Kiev)\b"
)
_FOUGHT_FOR_RUSSIA = (
    r"(?:Russia's\s+side|Russian\s+side|side\s+of\s+(?:Russia|Moscow)|Russia\w*|Moscow)\b"
)
# One row table: (how the service is said, how far after the figure it may start, the side's
# words, side, whether "which fights for Kyiv" before a loss verb also names the loser).
_SERVED_SIDE: tuple[tuple[str, int, str, str, bool], ...] = (
    (_ENLISTED, 60, "Russian", "russia", False),
    (_ENLISTED, 60, "Ukrainian", "ukraine", False),
    (_FIGHTS_FOR, 40, _FOUGHT_FOR_UKRAINE, "ukraine", True),
    (_FIGHTS_FOR, 40, _FOUGHT_FOR_RUSSIA, "russia", True),
)  # fmt: skip
# Equipment taken from a side, or left behind by it: that side lost it.
_TAKEN_FROM = (
    r"(?:captured|seized|taken|won|recovered)\s+from|(?:abandoned|left\s+behind|given\s+up)\s+by"
)
_AFTER_MARKERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s*(?:of\s+)?(?:their|its|our|his|her)\s+own\b", re.I), "own"),
    # "a Ukrainian POW said 20 men of his battalion were killed": the person's side
    (re.compile(r"^\s*(?:of|from)\s+(?:his|her)\s+(?:own\s+)?(?:[\w-]+\s+)?"
                r"(?:brigade|battalion|regiment|company|platoon|squad|unit|division|crew|"
                r"detachment|group)\b"), "person"),
    # '"We lost 3 and killed 25 of theirs"': theirs are the speaker's enemy
    (re.compile(r"^\s*(?:[\w-]+\s+)?of\s+theirs\b", re.I), "own_enemy"),
    # "670 airplanes of the enemy", "tanks of the adversary": the speaker's enemy
    (re.compile(r"^\s*of\s+the\s+(?:enemy|adversary|opponent)\b", re.I), "enemy"),
    (re.compile(r"^[^.;]{0,30}?\boperated\s+by\s+(?:the\s+)?Ukrain"), "ukraine"),
    (re.compile(r"^[^.;]{0,30}?\boperated\s+by\s+(?:the\s+)?Russia"), "russia"),
    (re.compile(rf"^[^.;]{{0,60}}?\b{_AGENT}\s+(?:the\s+)?(?:Russian|Russia)"), "ukraine"),
    (re.compile(rf"^[^.;]{{0,60}}?\b{_AGENT}\s+(?:the\s+)?(?:Ukrainian|Ukraine)"), "russia"),
    (re.compile(r"^\s*(?:(?:and\s+)?[\w,-]+\s+){0,4}?for\s+(?:Ukraine|Kyiv)\b"), "ukraine"),
    (re.compile(r"^\s*(?:(?:and\s+)?[\w,-]+\s+){0,4}?for\s+(?:Russia|Moscow)\b"), "russia"),
    *((re.compile(rf"^[^.;]{{0,{reach}}}?\b{verb}(?:the\s+)?{words}"), side)
      for verb, reach, words, side, _clause in _SERVED_SIDE),
    *((re.compile(rf"^[^.;]{{0,40}}?\b(?:{_TAKEN_FROM})\s+(?:the\s+)?(?:retreating\s+|fleeing\s+)?"
                  rf"{words}"), side)
      for words, side in (("Ukrain", "ukraine"), ("Russia", "russia"))),
    (re.compile(r"^[^.;]{0,40}?\b(?:were|was|have\s+been|had\s+been)\s+lost\s+by\s+the\s+"
                r"(?:enemy|adversary)\b", re.I), "enemy"),
    *SIDE_AFTER,
)  # fmt: skip
_LOSS_VERB = r"(?:(?:has|have|had|also|already)\s+)*(?:lost|lose|loses|losing|suffered)"
# One or two words naming what was lost before "losses" ("tank losses", "combat dead"), never
# whose count it is ("estimate of losses", "claims of losses").
_KIND_OF_LOSS = (
    r"(?:(?!(?:of|estimates?|counts?|figures?|tally|data|claims?|says?|said|version|own)\b)"
    r"[\w-]+\s+){1,2}?(?:losses|casualties|dead|toll)\b"
)
# Words between a loss verb or a side's name and its figure ("lost another 900", "Ukraine some").
_QUALIFIER = (
    r"(?:another|a\s+further|some|about|around|roughly|nearly|almost|up\s+to|more\s+than|over|"
    r"at\s+least|fewer\s+than|less\s+than|just\s+over|approximately|an\s+estimated)"
)
_PERSON = (
    r"(?:prisoners?|POWs?|soldiers?|servicem[ae]n|officers?|commanders?|fighters?|sergeants?|"
    r"marines?|paratroopers?|deserters?|conscripts?|volunteers?)"
)
# The outlet a person spoke to is not a side ("told Russian TV that his company had lost").
_MEDIA = (
    r"(?:TV|television|state\s+TV|state\s+media|media|journalists?|reporters?|channels?|press|"
    r"news)\b"
)
# "a Ukrainian POW", "one Russian officer": a person named by side (after the side's word)
_PERSON_AFTER_SIDE = rf"\s+(?:[\w-]+\s+){{0,2}}?{_PERSON}\b"
_OWN_UNIT = (
    r"(?:brigade|battalion|regiment|company|platoon|squad|unit|division|crew|detachment|group)"
)
_BEFORE_MARKERS: tuple[tuple[re.Pattern[str], str], ...] = (
    # what a push cost a side: "cost the Ukrainians some 40 armoured vehicles"
    (re.compile(r"\bcost(?:s|ing)?\s+(?:the\s+)?(?:Ukrainians?|Ukraine's|Ukraine|Kyiv's|Kyiv)\b"),
     "ukraine"),
    (re.compile(r"\bcost(?:s|ing)?\s+(?:the\s+)?(?:Russians?|Russia's|Russia|Moscow's|Moscow|"
                r"Kremlin)\b"), "russia"),
    (re.compile(r"\bNorth\s+Korean\s+(?:soldiers|troops|servicemen|forces|casualties|losses|dead|"
                r"deaths|fatalities)\b"), "other"),
    (re.compile(r"\b(?:North\s+Korea|Pyongyang)(?:'s)?\s+(?:(?:has|have|had)\s+)?"
                r"(?:suffered|lost|losses|casualties|dead)\b"), "other"),
    (re.compile(r"\b(?:nationalists|neo-Nazis|(?:the\s+)?(?:Kiev|Kyiv)\s+regime|AFU|ZSU|VSU)\s+"
                rf"(?:{_LOSS_VERB}|losses|were|was)\b"), "ukraine"),
    (re.compile(r"\b(?:Ukraine|Kyiv|Kiev)'s\s+(?:own\s+)?(?:at|were|was|stood|are|is|near|"
                r"around|about|close|casualties|losses|dead)\b"), "ukraine"),
    (re.compile(r"\b(?:Russia|Moscow)'s\s+(?:own\s+)?(?:at|were|was|stood|are|is|near|"
                r"around|about|close|casualties|losses|dead)\b"), "russia"),
    # "Ukraine's tank losses stand at", "Russia's combat dead": a kind of loss between
    (re.compile(rf"\b(?:Ukraine|Kyiv|Kiev)'s\s+(?:own\s+)?{_KIND_OF_LOSS}"), "ukraine"),
    (re.compile(rf"\b(?:Russia|Moscow)'s\s+(?:own\s+)?{_KIND_OF_LOSS}"), "russia"),
    (re.compile(r"\b(?:Russia|Russian\s+(?:forces|troops|army))\s+(?:was\s+|is\s+)?losing\b"),
     "russia"),
    (re.compile(r"\b(?:Ukraine|Ukrainian\s+(?:forces|troops|army))\s+(?:was\s+|is\s+)?losing\b"),
     "ukraine"),
    (re.compile(r"\b(?:our|my)\s+(?:own\s+)?(?:losses|casualties|dead)\b|"
                rf"\bwe\s+{_LOSS_VERB}\b", re.I), "own"),
    # "our battalion lost nine", "our assault company has lost": the speaker's own unit
    (re.compile(r"\bour\s+(?:own\s+)?(?:[\w-]+\s+)?(?:brigade|battalion|regiment|company|"
                r"platoon|squad|unit|division|crew|detachment|group|sector)s?\s+"
                rf"{_LOSS_VERB}\b", re.I), "own"),
    # "our guys lost 37 killed", "our boys have lost": the speaker's own soldiers
    (re.compile(r"\bour\s+(?:own\s+)?(?:guys|boys|lads|men|troops|soldiers|fighters|forces|"
                rf"side)\s+{_LOSS_VERB}\b", re.I), "own"),
    (re.compile(r"\b(?:his|her)\s+(?:own\s+)?(?:army|forces|troops|country|military)\s+"
                rf"{_LOSS_VERB}\b", re.I), "own"),
    # "the battalion commander said his unit had lost 11": the speaker's own unit (a speaker
    # named by side is the row further down)
    (re.compile(rf"\b(?:said|says|told\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:that\s+)?(?:his|her)\s+"
                rf"(?:own\s+)?(?:[\w-]+\s+)?{_OWN_UNIT}s?\s+{_LOSS_VERB}\b", re.I), "own"),
    # "hospitals had treated 2,400 wounded soldiers": a side's hospitals treat its own wounded
    (re.compile(r"\bhospitals?\s+(?:[^.;,]{0,40}?\s)?(?:had\s+|have\s+|has\s+)?(?:already\s+)?(?:treated|admitted|"
                rf"received|taken\s+in|cared\s+for)\s+(?:{_QUALIFIER}\s+)?$", re.I), "own"),
    # "the Russians had lost 200 and his own side about thirty": the speaker's side, else the
    # side other than the one just named
    # "we killed 25", "we've destroyed another 4": the speaker's enemy (not "we lost")
    (re.compile(r"\bwe(?:'ve|\s+have|\s+had)?\s+(?:also\s+)?(?:killed|destroyed|eliminated|"
                rf"shot\s+down|downed|took\s+out|taken\s+out|hit)\s+(?:{_QUALIFIER}\s+)?$", re.I),
     "own_enemy"),
    (re.compile(rf"\b(?:his|her|their|its)\s+own\s+side(?:'s)?\s+(?:at\s+|{_LOSS_VERB}\s+)?"
                rf"(?:{_QUALIFIER}\s+)?$", re.I), "own_else_opposite"),
    (re.compile(rf"\b(?:he|she)\s+{_LOSS_VERB}\b", re.I), "own"),
    (re.compile(r"\b(?:its|their)\s+own\s+(?:figures?|count|tally|toll|numbers?)\b", re.I),
     "own"),
    (re.compile(r"\b(?:Ukrainian|Ukraine's|Kyiv's|Kiev's|the\s+Kiev\s+regime's)\s+(?:armed\s+)?"
                rf"(?:forces|troops|army|military|formations|units)\s+{_LOSS_VERB}\b"), "ukraine"),
    (re.compile(r"\b(?:Russian|Russia's|Moscow's)\s+(?:armed\s+)?"
                rf"(?:forces|troops|army|military|formations|units)\s+{_LOSS_VERB}\b"), "russia"),
    # the second side of a pair, by ellipsis: "Russia lost 600,000 and Ukraine some 300,000"
    (re.compile(rf"\b(?:and|while|whereas)\s+(?:Ukraine|Kyiv|Kiev)(?:'s)?\s+(?:at\s+)?"
                rf"(?:{_QUALIFIER}\s+)?$"), "ukraine"),
    (re.compile(rf"\b(?:and|while|whereas)\s+(?:Russia|Moscow)(?:'s)?\s+(?:at\s+)?"
                rf"(?:{_QUALIFIER}\s+)?$"), "russia"),
    # a person named by side, quoted as saying "his unit had lost": that side's
    *((re.compile(rf"\b{side_word}{_PERSON_AFTER_SIDE}"
                  rf"(?:(?!(?:Ukrainian|Russian)(?!\s+{_MEDIA}))[^.;]){{0,60}}?\b(?:his|her|their)\s+"
                  rf"(?:own\s+)?"
                  rf"(?:[\w-]+\s+)?{_OWN_UNIT}s?\s+{_LOSS_VERB}\b"), side)
      for side_word, side in (("Ukrainian", "ukraine"), ("Russian", "russia"))),
    (re.compile(r"(?:^|[-•*]\s*)Ukraine\s*:\s*$"), "ukraine"),
    (re.compile(r"(?:^|[-•*]\s*)Russia\s*:\s*$"), "russia"),
    (re.compile(rf"\bsaid\s+(?:it|they)\s+{_LOSS_VERB}\b", re.I), "own"),
    # "Kyiv denies losing", "Moscow denied having lost", "officials denied that they had lost":
    # the denied figure is about the denier's side (the claim is the other side's)
    *((re.compile(rf"\b(?:{words})(?:'s)?(?:\s+[\w-]+){{0,2}}?\s+(?:denied|denies|deny|"
                  r"dismissed|dismisses|rejected|rejects|disputed|disputes)\s+"
                  # "denied Russian claims that it had lost": whose claim it was does not matter
                  r"(?:(?:[\w'-]+\s+)?(?:reports|claims|allegations|assertions)\s+(?:of\s+|that\s+)|"
                  r"that\s+)?(?:(?:it|they)\s+(?:had\s+|have\s+|has\s+)?)?(?:having\s+)?"
                  r"(?:losing|lost)\s+"), side)
      for words, side in ((r"Ukraine|Ukrainian|Kyiv|Kiev", "ukraine"),
                          (r"Russia|Russian|Moscow|the\s+Kremlin|Kremlin", "russia"))),
    # "the battalion, which fights on Ukraine's side, said it had lost": the side fought for
    *((re.compile(rf"\b(?:which|who|that)\s+{verb}(?:the\s+)?{words}[^.;]{{0,80}}?\b{_LOSS_VERB}\b"),
       side) for verb, _reach, words, side, clause in _SERVED_SIDE if clause),
    (re.compile(r"\bour\s+(?:forces|troops|units|army|military|soldiers|defenders|fighters|"
                r"servicemen)\s+(?:have\s+|had\s+)?(?:destroyed|killed|eliminated|shot\s+down|"
                r"downed|hit|struck)\b", re.I), "enemy"),
    # "its own side's losses in the operation at under 200": the side named last before it
    (re.compile(r"\b(?:their|its)\s+(?:own\s+)?(?:side(?:'s)?\s+)?(?:losses|casualties|dead|"
                r"casualty\s+(?:numbers|figures))\b", re.I), "last"),
    *SIDE_BEFORE,
)  # fmt: skip


def _last_side_named(text: str) -> str | None:
    """The side named last in `text` ("Kiev's forces ..., but their losses"), if any."""
    last: tuple[int, str] | None = None
    for pattern, side in _PHRASE_MARKERS[:3]:
        for m in pattern.finditer(text):
            if last is None or m.start() > last[0]:
                last = (m.start(), side)
    return last[1] if last else None


# A speaker named by side only ("Ukrainian commanders say"), for "of their own" when the
# claimant is not one we know.
_SPEAKER = re.compile(
    r"\b(Ukrainian|Russian|Ukraine's|Russia's|Kyiv's|Moscow's)\s+(?:[\w-]+\s+)?(?:commanders?|"
    r"officials?|officers?|soldiers?|sources?|generals?|spokesm[ae]n)\s+(?:there\s+|later\s+)?"
    r"(?:say|says|said|told|report|reported)\b"
)
_SPEAKER_SIDE = {"Ukrainian": "ukraine", "Ukraine's": "ukraine", "Kyiv's": "ukraine",
                 "Russian": "russia", "Russia's": "russia", "Moscow's": "russia"}  # fmt: skip


# "The occupiers have lost another 1,200 of their soldiers": "their" is the loser's named
# right before the figure, not the speaker's. "4,000 AFU dead against 400 of its own": when the
# speaker's side is unknown, "its own" is the side other than the one named just before.
_LOSER_RIGHT_BEFORE = tuple(
    (re.compile(rf"\b(?:{words})(?:'s)?(?:\s+(?:armed\s+)?(?:forces|troops|army|military|"
                rf"units))?\s+{_LOSS_VERB}\s+(?:{_QUALIFIER}\s+)?$"), side)
    for words, side in _SIDE_NAMES[1:3]
)  # fmt: skip
_CONTRAST_BEFORE = re.compile(
    rf"[^.;]{{0,40}}\b(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?:{_QUALIFIER}\s+)?$"
)
_OPPOSITE = {"russia": Subject.ukraine, "ukraine": Subject.russia}


# A numbered unit as the loser ("the 47th Brigade had lost 310 soldiers"): units of both sides
# are numbered, so with no side named and a claimant of no known side it is not guessed.
_NUMBERED_UNIT_LOST = re.compile(
    r"\b\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}?(?i:brigade|regiment|division|battalion|"
    rf"army|corps|fleet)s?\s+{_LOSS_VERB}\b"
)


def _unsided_unit_lost(sentence: str, figure: _Figure, claimant: str) -> bool:
    """True when the figure is a numbered unit's loss and nothing says whose unit it is."""
    if claimant_side(claimant) in ("russia", "ukraine") or _sides_named(sentence):
        return False
    return _NUMBERED_UNIT_LOST.search(sentence[: figure.start]) is not None


def _possessive_side(text_before: str, voice: str | None, sentence: str) -> Subject | None:
    """Whose "N of its / their / his" figure is: the loser named right before it, else the
    speaker's side (`voice`: the side the words speak from, `_voice`), else the side other
    than the one it is set against."""
    for pattern, side in _LOSER_RIGHT_BEFORE:
        if pattern.search(text_before) and not _OUR.search(sentence):
            return Subject(side)
    rest = sentence[len(text_before) :]
    own = _OWN_WORD.search(rest[:40]) is not None
    if _OWN_FIRE.search(text_before) and (own or _OWN_WORD.search(text_before)):
        named = _last_side_named(text_before)  # "Russian artillery ..., killing 9 of its own"
        if named in ("russia", "ukraine"):
            return Subject(named)
    if own and not _sides_named(text_before):
        # "The brigade admitted losing 3 of its own tanks but destroyed 11 Russian tanks"
        later = _sides_named(rest) - {Subject.other}
        if len(later) == 1:
            return _OPPOSITE[next(iter(later)).value]
    subject = _marker_side("own", voice, text_before, sentence)
    if subject is not None:
        return subject
    contrast = _CONTRAST_BEFORE.search(text_before)
    named = _last_side_named(contrast[0]) if contrast else None
    return _OPPOSITE.get(named or "")


_OUR = re.compile(r"\bof\s+our\b", re.I)
_OWN_WORD = re.compile(r"\bown\b", re.I)
# Friendly fire: "killing 9 of its own soldiers", "downed one of its own bombers": the side
# named before the verb lost them.
_OWN_FIRE = re.compile(
    r"\b(?:killed|killing|kills|hit|hitting|shot\s+down|shooting\s+down|downed|downing|"
    r"destroyed|destroying|struck|shelled|shelling)\s+(?:[\w-]+\s+)?$"
)


def _marker_side(
    marker: str, voice: str | None, text_before: str, sentence: str = ""
) -> Subject | None:
    """The subject a marker stands for, given the side the words speak from (`_voice`), the
    text before the marker and the whole sentence (a quote's speaker named after it, a side
    denying a claim)."""
    side = voice
    if marker == "enemy":
        return Subject.ukraine if side == "russia" else Subject.russia
    if marker == "own":
        named = speaker_side(sentence, text_before) if sentence else None
        if named is not None:  # the words' own speaker outranks whoever the outlet cites
            return Subject(named)
        speaker = _SPEAKER.search(text_before)
        if side not in ("russia", "ukraine") and speaker is not None:
            side = _SPEAKER_SIDE[speaker[1]]
        return Subject(side) if side in ("russia", "ukraine") else None
    if marker == "last":
        # "Russian assault groups kept coming, and Ukrainian drone operators said their
        # losses reached 70": with both sides named before it, "their" could be either's
        if {Subject.russia, Subject.ukraine} <= _sides_named(text_before):
            return None
        named = _last_side_named(text_before)
        return Subject(named) if named else None
    if marker == "person":
        people = list(_PERSON_BY_SIDE.finditer(text_before))
        if people:
            return Subject.ukraine if people[-1][1] == "Ukrainian" else Subject.russia
        return _marker_side("own", voice, text_before, sentence)
    if marker == "own_enemy":
        own = _marker_side("own", voice, text_before, sentence)
        return _OPPOSITE.get(own.value) if own is not None else None
    if marker == "own_else_opposite":
        own = _marker_side("own", voice, text_before, sentence)
        return own if own is not None else _OPPOSITE.get(_last_side_named(text_before) or "")
    return Subject(marker)


# A person named by side ("a Ukrainian POW", "one Russian officer") whose unit a figure is of.
_PERSON_BY_SIDE = re.compile(rf"\b(Ukrainian|Russian){_PERSON_AFTER_SIDE}")


_BEFORE_ROWS_AS_WRITTEN = (*_BEFORE_MARKERS, (_LOSER_UKRAINE, "ukraine"),
                           (_LOSER_RUSSIA, "russia"), (_ENEMY, "enemy"))  # fmt: skip
# Rows whose match depends on where the text ends ("...destroyed $"): read on every prefix.
_END_BOUND = tuple(
    row for row in _BEFORE_ROWS_AS_WRITTEN if re.search(r"\$|\(\?[=!]", row[0].pattern)
)
# The rows as searched: each opened by a lookahead for the characters its matches can start
# with (`with_first_chars`: the same matches, far fewer places tried; speed).
_BEFORE_ROWS = tuple((with_first_chars(p), marker) for p, marker in _BEFORE_ROWS_AS_WRITTEN)
# `row in _END_BOUND` for each row, by identity: comparing rows compares their patterns (speed).
_IS_END_BOUND = {
    id(row): written in _END_BOUND
    for row, written in zip(_BEFORE_ROWS, _BEFORE_ROWS_AS_WRITTEN, strict=True)
}


@functools.lru_cache(maxsize=64)
def _rows_in(sentence: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The loser-phrase rows that can match some prefix of `sentence`: a row with no match in
    the whole sentence has none in a prefix, unless it looks at where the text ends. Found
    once per sentence, not once per figure (speed, issue 13 req 7)."""
    return tuple(
        row
        for row in rows_that_may_match(_BEFORE_ROWS, sentence)
        if _may_name(row[0], sentence)
        and (_IS_END_BOUND[id(row)] or row[0].search(sentence) is not None)
    )


# The costliest rows name a side in every branch: a sentence without the side's words is
# skipped by plain substring tests (speed).
_SIDE_WORDS_NEEDED: dict[re.Pattern[str], tuple[str, ...]] = {
    _LOSER_UKRAINE: ("Ukrain", "Kyiv", "Kiev", "AFU", "ZSU", "VSU"),
    _LOSER_RUSSIA: ("Russia", "Moscow", "Putin", "occupiers", "invaders"),
}
# By the identity of the row's pattern as searched (hashing a pattern hashes its code).
_ROW_NEEDS: dict[int, tuple[str, ...]] = {
    id(row[0]): _SIDE_WORDS_NEEDED[written[0]]
    for row, written in zip(_BEFORE_ROWS, _BEFORE_ROWS_AS_WRITTEN, strict=True)
    if written[0] in _SIDE_WORDS_NEEDED
}


def _may_name(pattern: re.Pattern[str], sentence: str) -> bool:
    """False when `pattern` (a row of `_BEFORE_ROWS`) cannot match `sentence` because a word
    it needs is absent."""
    needs = _ROW_NEEDS.get(id(pattern))
    return needs is None or any(word in sentence for word in needs)


def _nearest_before(text: str, voice: str | None, sentence: str | None = None) -> Subject | None:
    """The subject named by the loser phrase nearest the end of `text` (a prefix of a clause
    of `sentence`), for words spoken from the side `voice`."""
    found: list[tuple[int, str, int]] = []
    rows = _rows_in(sentence) if sentence is not None else _BEFORE_ROWS
    for pattern, marker in rows:
        for m in pattern.finditer(text):
            found.append((m.end(), marker, m.start()))
    for _end, marker, start in sorted(found, reverse=True):
        subject = _marker_side(marker, voice, text[:start], sentence or "")
        if subject is not None:
            return subject
    return None


def _marked_subject(sentence: str, figure: _Figure, claimant: str) -> Subject | None:
    """Whose losses, when words near the figure say (rules 1 to 3 above); else None. Kept on
    the figure: the subject rule and the inheritance rules ask the same question."""
    voice = figure.extra["voice"] if "voice" in figure.extra else claimant_side(claimant)
    key = f"marked:{voice}"
    if key not in figure.extra:
        figure.extra[key] = _read_marked_subject(sentence, figure, voice)  # type: ignore[arg-type]
    return figure.extra[key]  # type: ignore[return-value]


def _read_marked_subject(sentence: str, figure: _Figure, voice: str | None) -> Subject | None:
    term_end = figure.term_end or figure.end
    if (paired := respective_side(sentence, figure.start, figure.end)) is not None:
        return Subject(paired)
    phrase = sentence[figure.start : term_end + 1]
    for pattern, marker in rows_that_may_match(_PHRASE_MARKERS, sentence):
        if pattern.search(phrase):
            if pattern is _POSSESSIVE:
                subject = _possessive_side(sentence[: figure.start], voice, sentence)
            else:
                subject = _marker_side(marker, voice, sentence[: figure.start], sentence)
            if subject is not None:
                return subject
    after = sentence[term_end:]
    for pattern, marker in rows_that_may_match(_AFTER_MARKERS, sentence):
        if pattern.search(after):
            subject = (
                _possessive_side(sentence[: figure.start], voice, sentence)
                if marker == "own"
                else _marker_side(marker, voice, sentence[: figure.start], sentence)
            )
            if subject is not None:
                return subject
    clause_start = max(b for b in _clause_starts(sentence) if b <= figure.start)
    subject = _nearest_before(sentence[clause_start : figure.start], voice, sentence)
    if subject is None and clause_start > 0:  # else the sentence is the clause, read already
        subject = _nearest_before(sentence[: figure.start], voice, sentence)
    return subject


# Western systems only Ukraine fields ("8 HIMARS launchers", "two Leopards"), as the Cyrillic
# side rows read them: when nothing else names the side, and never when they were captured (Russia
# uses captured Bradleys).
_WESTERN_ONLY = re.compile(
    r"\b(?:HIMARS|Leopards?|Abrams|Bradleys?|Challengers?|Marders?|Strykers?|M777s?|"
    r"Patriots?|CAESARs?|Caesars?|F-16s?)\b"
)
_CAPTURED = re.compile(r"\b(?:captured|seized|trophy|trophies|pressed\s+into\s+service)\b", re.I)


def _subject(sentence: str, figure: _Figure, claimant: str) -> Subject:
    """Whose losses: the words nearest the figure, else the claimant's enemy (rule 5); rule 4
    is applied by the caller, which knows the sentence before."""
    marked = _marked_subject(sentence, figure, claimant)
    if marked is not None:
        return marked
    phrase = sentence[figure.start : (figure.term_end or figure.end) + 1]
    if _WESTERN_ONLY.search(phrase) and not _CAPTURED.search(sentence):
        return Subject.ukraine  # "8 HIMARS launchers": only Ukraine fields them
    # Claimant names do not say whose losses these are ("Moscow said"); a side named as the
    # loser was caught by the patterns above.
    voice = figure.extra["voice"] if "voice" in figure.extra else claimant_side(claimant)
    if voice == "russia" and not _RUSSIA_SIDE.search(_ALIAS_RE.sub("", _AGENTS.sub("", sentence))):
        return Subject.ukraine  # Moscow's figures with no side named are of Ukraine's losses
    return Subject.russia


# Russian actors that are not losers ("Russian units improved their positions", "Russia's
# Battlegroup Tsentr reported"): ignored when deciding that a Russian claimant's figure is
# about Russia.
_AGENTS = re.compile(
    r"\b(?:Russian|Russia's)\s+(?:units|air\s+defen[cs]e(?:\s+systems)?|forces\s+(?:have\s+)?"
    r"(?:destroyed|hit|struck|repelled|improved|liberated))|\bby\s+Russian\s+forces\b|"
    r"\b(?:Russia's|Russian)\s+(?=[Bb]attlegroups?|[Dd]efen[cs]e\s+[Mm]inistry|[Mm]inistry)",
)


# The verb right before a number says its kind first ("eliminated 146 Russian servicemen and
# wounded 233": 146 killed, 233 wounded), a qualifier between ("killed some 40").
_VERB_BEFORE_END = re.compile(
    r"(?:\s+(?:another|a\s+further|about|around|some|roughly|nearly|almost|over|more\s+than|"
    r"at\s+least|up\s+to))*\s*$",
    re.I,
)
_VERB_BEFORE_WINDOW = 40
# "eliminated" alone is the General Staff's killed-and-wounded; next to a wounded count of its
# own it is the dead (a unit's report: "eliminated 146 and wounded 233").
_ELIMINATED_BEFORE = re.compile(r"\b(?:eliminated|liquidated|neutrali[sz]ed)$", re.I)
_WOUNDED_APART = re.compile(r"(?<!killed and )(?<!killed or )\b(?:wounded|injured)\s+[~≈]?\d", re.I)


def _kind_before(sentence: str, figure: _Figure) -> PersonnelKind | None:
    """The kind of the verb that ends right before the figure (its qualifier aside), if any."""
    before = sentence[max(0, figure.start - _VERB_BEFORE_WINDOW) : figure.start]
    cut = _VERB_BEFORE_END.search(before)
    before = before[: cut.start()] if cut else before
    if not before or not before[-1].isalpha():
        return None
    for pattern, kind in rows_that_may_match(_KIND_WORDS, sentence):
        if any(m.end() == len(before) for m in pattern.finditer(before)):
            return kind
    if _ELIMINATED_BEFORE.search(before) and _WOUNDED_APART.search(sentence):
        return PersonnelKind.killed
    return None


def _personnel_kind(sentence: str, figure: _Figure) -> PersonnelKind:
    if (kind := _kind_before(sentence, figure)) is not None:
        return kind
    window = sentence[max(0, figure.start - 80) : (figure.term_end or figure.end) + 40]
    right_after = _CLAUSE_OR_NUMBER.split(
        sentence[figure.end : (figure.term_end or figure.end) + 40]
    )[0]
    rows = rows_that_may_match(_KIND_WORDS, sentence)
    for pattern, kind in rows:
        if pattern.search(right_after):
            return kind
    label = (figure.label or "").lower()
    for pattern, kind in _KIND_WORDS:  # the label may not be the sentence's words
        if pattern.search(label):
            return kind
    for pattern, kind in rows:
        if pattern.search(window):
            return kind
    # A bare "lost N soldiers" / "losses of N" does not say killed or killed-and-wounded:
    # unspecified (README, "What a claim is").
    return PersonnelKind.unspecified


# What kind of number, limited to what, part of what (issue 13): rows from lexicon/scopes.py.
_STAT_AFTER = tuple(
    (re.compile(rf"^{STAT_TAIL}?(?:{words})\b", re.I), Stat(stat)) for words, stat in STAT_AFTER
)


_STAT_BEFORE = tuple((re.compile(words, re.I), Stat(stat)) for words, stat in STAT_BEFORE)


def _stat_before(sentence: str, start: int) -> Stat | None:
    """The average named before a figure in its clause ("average daily casualties in
    November reached 1,523"), or None."""
    clause = _CLAUSE_OR_NUMBER.split(sentence[max(0, start - 60) : start])[-1]
    return next(
        (
            stat
            for pattern, stat in rows_that_may_match(_STAT_BEFORE, sentence)
            if pattern.search(clause)
        ),
        None,
    )


def _stat_after(text: str, sentence: str | None = None) -> Stat | None:
    """The average or rate that the words after a figure make it ("a day", "per square
    kilometre"), or None for a count; `sentence`, when given, is the text `text` is part of
    (its rows are screened once for all of its figures)."""
    rows = _STAT_AFTER if sentence is None else rows_that_may_match(_STAT_AFTER, sentence)
    return next((stat for pattern, stat in rows if pattern.search(text)), None)


_SCOPES = tuple(
    (re.compile(rf"\b{SCOPE_BEFORE}(?:{words})\b"), scope) for words, scope in SCOPES + REGIONS
)
_DIRECTION = re.compile(DIRECTION)
_SCOPE_HINT = re.compile("|".join(words for words, _ in SCOPES + REGIONS) + "|direction")
_PLACES = tuple((re.compile(rf"\b(?:{words})\b"), scope) for words, scope in SCOPES)
_SCOPE_ANAPHORA = re.compile(SCOPE_ANAPHORA, re.I)
_OPENING_CLAUSE = re.compile(r"^[^,;]{0,60},")
_DIGIT = re.compile(r"\d")
_CLAUSE_OR_NUMBER = re.compile(r"[,;]|\d")
_SEMICOLON_OR_NUMBER = re.compile(r"[;]|\d")
_MOSTLY = re.compile(r"\bmost(?:ly|\s+of\s+(?:them|those|these))\b[^.;\d]{0,15}$", re.I)
# Between two items of one list ("304 tanks, 226 infantry fighting vehicles and 190 ...").
_SAME_LIST = re.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
    r"(?:up\s+to\s+|more\s+than\s+|over\s+|about\s+)?"
)
_BATTLEGROUP = re.compile(BATTLEGROUP)
_BATTLEGROUP_WORD = re.compile(r"Battlegroup|\bzone\b")
_STATUS_PART = re.compile(STATUS_PART, re.I)
_PART_ALT = "|".join(f"(?P<p{i}>{words})" for i, (words, _) in enumerate(PARTS))
_PART = re.compile(
    rf"^\s*(?:(?:Russian|Ukrainian|were|are|of\s+(?:the|them|whom)\s+[^.;]{{0,30}}?\bwere)\s+)?"
    rf"(?:{_PART_ALT})\b",
    re.I,
)


def _scope_in(text: str) -> str | None:
    """The place or operation `text` limits a figure to, if it names one ("most of them
    around Bakhmut" does not limit it)."""
    if not _SCOPE_HINT.search(text):
        return None  # most windows name no place: one scan instead of one per row
    for pattern, scope in _SCOPES:
        for m in pattern.finditer(text):
            if not _MOSTLY.search(text, max(0, m.start() - 30), m.start()):
                return scope
    direction = _DIRECTION.search(text)
    return f"{direction[1]} direction" if direction else None


_REGION_NAMED = re.compile(REGION_NAMED)
_REGION_BEFORE_WINDOW = 80
_REGION_AFTER = re.compile(r"^\s*$")  # the region right after the term


def _region_next_to(sentence: str, figure: _Figure, opening: str) -> str | None:
    """A region named right before the figure in its clause, in the sentence's opening
    clause ("In the Sumy region, ..."), or right after its term."""
    start = max(0, figure.start - _REGION_BEFORE_WINDOW)
    before = _CLAUSE_OR_NUMBER.split(sentence[start : figure.start])[-1]
    found = list(_REGION_NAMED.finditer(before)) or list(_REGION_NAMED.finditer(opening))
    if found:
        return f"{found[-1][1]} region"
    term_end = figure.term_end or figure.end
    after = _REGION_NAMED.search(sentence, term_end, term_end + 60)
    if after and _REGION_AFTER.match(sentence[term_end : after.start()]):
        return f"{after[1]} region"
    return None


def _figure_scope(sentence: str, figure: _Figure, earlier: list[str]) -> str | None:
    """The figure's scope: a place near it or in the sentence's opening clause ("In the Kursk
    area, ..."), or for "in the area" / "in the operation" a place named in the sentences
    before (`earlier`, nearest last)."""
    term_end = figure.term_end or figure.end
    # Up to 80 characters each side, but not past another number after it: "250,000 killed,
    # with 20,000 of them in Kursk" limits the 20,000 only.
    after = sentence[term_end : term_end + 80]
    near = sentence[max(0, figure.start - 80) : term_end] + _DIGIT.split(after, 1)[0]
    opening = _OPENING_CLAUSE.match(sentence)
    scope = _scope_in(near) or (_scope_in(opening[0]) if opening else None)
    if scope is None and (
        "egion" in near or "blast" in near or (opening and "egion" in opening[0])
    ):
        scope = _region_next_to(sentence, figure, opening[0] if opening else "")
    if scope is None and _SCOPE_ANAPHORA.search(near):
        for text in reversed(earlier):
            if scope := next((s for pattern, s in _PLACES if pattern.search(text)), None):
                break
    return scope


def _battlegroup(sentence: str, figure: _Figure) -> str | None:
    """The Russian battlegroup whose zone the figure is from: named after it in its clause,
    else before it in its clause."""
    term_end = figure.term_end or figure.end
    after = _CLAUSE_OR_NUMBER.split(sentence[term_end : term_end + 80], 1)[0]
    if found := _BATTLEGROUP.search(after):
        return f"Battlegroup {found[1] or found[2]}"
    before = list(_BATTLEGROUP.finditer(sentence, max(0, figure.start - 120), figure.start))
    return f"Battlegroup {before[-1][1] or before[-1][2]}" if before else None


def _figure_fields(
    sentence: str, figure: _Figure, earlier: list[str] | None = None
) -> tuple[Stat, str | None, str | None]:
    """The figure's stat (an average after it), scope (a place in its clause) and part_of (a
    breakdown word right after the number, a damage status, a battlegroup's zone)."""
    term_end = figure.term_end or figure.end
    after = sentence[term_end : term_end + 40]
    stat = _stat_after(after, sentence) or _stat_before(sentence, figure.start) or Stat.total
    scope = _figure_scope(sentence, figure, earlier or [])
    part = _PART.match(sentence[figure.end : figure.end + 60])
    part_of = next(
        (PARTS[int(k[1:])][1] for k, v in part.groupdict().items() if v), None
    ) if part else None  # fmt: skip
    if part_of is None and figure.metric != Metric.personnel:
        status = _STATUS_PART.match(sentence[figure.end : figure.end + 30])
        part_of = status["status"].lower() if status else None
    if (
        part_of is None
        and can_match(_BATTLEGROUP_WORD, sentence)
        and _BATTLEGROUP_WORD.search(sentence)
    ):
        part_of = _battlegroup(sentence, figure)
    return stat, scope, part_of


# The outlet's own count or model, in its own words (not inside a quotation).
_OUTLET_ESTIMATE = re.compile(
    r"^(?!.*\")(?=.*\b(?:(?:we|We)\s+(?:also\s+|have\s+|had\s+)?(?:estimate|reckon|calculate|"
    r"count|counted|find|believe|geolocated|logged|documented|verified|tallied)|"
    r"(?:our|Our)\s+(?:own\s+)?(?:best\s+|central\s+|latest\s+|spring\s+|summer\s+|autumn\s+|"
    r"winter\s+|monthly\s+|weekly\s+|yearly\s+|annual\s+)?(?:estimate|estimates|model|"
    r"calculation|calculations|count|analysis|tally)|by\s+our\s+(?:count|reckoning|estimate))\b)",
)


@functools.cache
def _publisher_claimant(publisher: str | None) -> str | None:
    """The claimant an outlet itself is, when its name is one ("Oryx", "UK Ministry of
    Defence", "Mediazona (fixture)"): figures it publishes without naming anyone are its own.
    A place name that is a claimant only when something is attributed to it does not count
    ("The Kyiv Independent")."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", (publisher or "").strip()).lower()
    name = re.sub(r"^the\s+", "", name)
    if name in ATTRIBUTION_ONLY_ALIASES:
        return None
    return _ALIAS_TO_NAME.get(name) or _ALIAS_TO_NAME.get(f"the {name}")


# A publisher that is a count of its own: a dataset, a tracker, an OSINT account ("on X").
_SELF_COUNTING = re.compile(
    r"\b(?:dataset|data\s+set|database|tracker|OSINT|on\s+(?:X|Twitter|Telegram|Bluesky)|"
    r"press\s+(?:office|service|centre|center))\b",
    re.I,
)


def _self_counting(source: Source) -> str | None:
    """The publisher, when it names itself a dataset, a tracker or an OSINT account: the
    figures on its own page that name nobody are its count."""
    publisher = source.publisher or ""
    return publisher if _SELF_COUNTING.search(publisher) else None


# Moscow's own name for the war, used unquoted, says whose words a sentence with no claimant
# of its own is (a relayed or machine-translated Russian release): "the enemy" there is Ukraine.
# Not when it is reported as Moscow's term ("what it calls its special military operation").
_MOSCOW_TERM = re.compile(r"\bspecial\s+military\s+operation\b", re.I)
_TERM_REPORTED = re.compile(
    r"(?:so-called|calls?|called|dubbed|terms?|termed|euphemism|['\"‘“«])[\w\s']{0,12}$", re.I
)


def _speaks_as_moscow(sentence: str) -> bool:
    """True when the sentence names the war by Moscow's term, not as a reported term."""
    found = _MOSCOW_TERM.search(sentence)
    return found is not None and not _TERM_REPORTED.search(sentence[: found.start()])


def _voice(claimant: str, publisher: str | None) -> str | None:
    """The side a figure's words speak from: the claimant's (its row in the claimant lexicon)
    when it is one of the two, else that of the outlet when it is one side's state press or
    forces' channel (in TASS "the enemy lost 230" is Ukraine's losses, in Ukrinform Russia's),
    else the claimant's side, if it has one."""
    side = claimant_side(claimant)
    if side in ("russia", "ukraine"):
        return side
    return publisher_side(publisher) or side


# "the Defence Ministry said" with no country: the ministry of the outlet's side, if it has one.
# "the ministry said", "the Russian ministry said" (a defence ministry: not "of foreign affairs").
_BARE_MINISTRY = re.compile(
    r"\bthe\s+(?:(?P<side>Russian|Ukrainian)\s+)?(?:[Dd]efen[cs]e\s+)?[Mm]inistry\b"
    r"(?!\s+of\s+(?![Dd]efen[cs]e))"
)
_MINISTRY_SIDE_WORD = {"Russian": "russia", "Ukrainian": "ukraine"}

# A broadcast monitoring report names the outlet it transcribes in a source line ("Rossiya 24
# TV, Moscow, in Russian 0800 gmt 16 Sep 25"): its words are that outlet's, not the monitor's.
_MONITORED_OUTLET = re.compile(
    r"^(?:Source:\s*)?(?P<outlet>[^,\n]{2,60}),\s+[A-Z][\w' .-]{1,30},\s+in\s+[A-Z][a-z]+"
    r"\s+\d{3,4}\s*gmt\b",
    re.MULTILINE | re.IGNORECASE,
)


def _outlet(source: Source) -> str | None:
    """The outlet whose side an article's unattributed words speak from: its publisher, or
    for a monitoring report of one side's press, the outlet it transcribes."""
    return _monitored_outlet(source.publisher, source.text)


@functools.lru_cache(maxsize=8)
def _monitored_outlet(publisher: str | None, text: str) -> str | None:
    """`_outlet`, cached: asked once per figure, the same for the whole text."""
    if publisher_side(publisher) is not None or "gmt" not in text.lower():
        return publisher
    found = _MONITORED_OUTLET.search(text)
    return found["outlet"] if found and publisher_side(found["outlet"]) else publisher


def _name_bare_ministries(
    sentences: list[_Sentence], names: _ClaimantsBySentence, side: str | None
) -> _ClaimantsBySentence:
    """In the press of one side, "the Defence Ministry's report" with no country names that
    side's ministry, for the figures after it too (the rule `_make_claim` applies in a
    figure's own sentence)."""
    if side not in MINISTRY_OF_SIDE:
        return names
    for index, sentence in enumerate(sentences):
        found = None if names[index] else _BARE_MINISTRY.search(sentence.text)
        if found is not None:
            word = _MINISTRY_SIDE_WORD.get(found["side"] or "") or side
            names[index].append((MINISTRY_OF_SIDE[word], found.start()))
    return _ClaimantsBySentence(list(names), names.speaker_before)


_LAST_REF: list[tuple[Source, SourceRef]] = []


def _ref(source: Source) -> SourceRef:
    """`source.ref()`, made once per source rather than once per claim (speed); the claims
    of one source share it (nothing changes a claim's source in place)."""
    entry = _LAST_REF[0] if _LAST_REF else None  # read once: another thread may replace it
    if entry is None or entry[0] is not source:
        entry = (source, source.ref())
        _LAST_REF[:] = [entry]
    return entry[1]


def _make_claim(
    source: Source,
    sentence: _Sentence,
    figure: _Figure,
    period: _Period | None,
    index: int,
    by_sentence: list[list[tuple[str, int]]],
    specific_ukrainian: set[str],
    earlier: list[str] | None = None,
    entry_date: dt.date | None = None,
    speaker: str | None = None,
) -> Claim:
    """The claim of one figure; `earlier` are the texts of the sentences right before (for
    "in the area"); `entry_date` the date of the live-blog entry it is in, if any; `speaker`
    the guest whose turn of a transcript it is in, if any."""
    assert figure.metric is not None
    published = entry_date or source.published
    kind, start, end = PeriodKind.unspecified, None, published
    uncertain = published is None
    if period is not None:
        kind, start, end = period.kind, period.start, period.end
        uncertain = period.needs_date and published is None
    as_of = figure.extra.get("cumulative_as_of")
    if as_of is not None:
        kind, start = PeriodKind.cumulative, WAR_START
        end = published if as_of == "published" else as_of  # type: ignore[assignment]
        uncertain = published is None
    if figure.extra.get("report_day") and published is not None:
        kind, start, end = PeriodKind.day, published, published  # a report's increment
    claimant = _pick_claimant(sentence, figure, index, by_sentence, specific_ukrainian)
    if source.publisher and not by_sentence[index] and _OUTLET_ESTIMATE.search(sentence.text):
        claimant = source.publisher  # "we reckon", "our model suggests": the outlet's own
    if speaker is not None and not by_sentence[index]:
        claimant = speaker  # a guest's own figure, in their turn of a transcript ("we counted")
    stat, scope, part_of = _figure_fields(sentence.text, figure, earlier)
    ministry = _BARE_MINISTRY.search(sentence.text) if claimant == UNATTRIBUTED else None
    if ministry is not None:
        side = _MINISTRY_SIDE_WORD.get(ministry["side"] or "") or publisher_side(_outlet(source))
        claimant = MINISTRY_OF_SIDE.get(side or "", claimant)
    if claimant == UNATTRIBUTED:
        claimant = _publisher_claimant(source.publisher) or _self_counting(source) or claimant
    elif not by_sentence[index] and _last_named(by_sentence, index) is None:
        # nobody named yet on a counter's own page: its figure, not the one named further on
        claimant = _self_counting(source) or claimant
    figure.extra["voice"] = _voice(claimant, _outlet(source))
    if not by_sentence[index] and _speaks_as_moscow(sentence.text):
        figure.extra["voice"] = "russia"  # "since the start of the special military operation"
    return Claim(
        metric=figure.metric,
        value=figure.value,
        value_max=figure.value_max,
        qualifier=figure.qualifier,
        subject=_subject(sentence.text, figure, claimant),
        claimant=claimant,
        period_kind=kind,
        period_start=start,
        period_end=end,
        personnel_kind=(
            _personnel_kind(sentence.text, figure) if figure.metric == Metric.personnel else None
        ),
        quote=sentence.original or sentence.text,
        date_uncertain=uncertain,
        label=figure.label,
        stat=stat,
        scope=scope,
        part_of=part_of,
        source=_ref(source),
    )


# -- speed (issue 13 req 7) --------------------------------------------------------------------
# The patterns searched for every number or every loss sentence, opened by a lookahead for the
# characters their matches can start with (`with_first_chars`, lexicon/patterns.py: the same
# matches and groups; a pattern whose start is not a few known characters is kept as it is).
# Reassigned here, after every row above is written, so that the rows stay as they read.
_NON_LOSS_BEFORE = with_first_chars(_NON_LOSS_BEFORE)
_QUALIFIER_RE = with_first_chars(_QUALIFIER_RE)
_LOSER_UKRAINE = with_first_chars(_LOSER_UKRAINE)  # the table headings' side (rows: above)
_VETO_NEAR = with_first_chars(_VETO_NEAR)
_STATEMENT_OF_TOTAL = with_first_chars(_STATEMENT_OF_TOTAL)
_BODY_HEAD = with_first_chars(_BODY_HEAD)
_SOURCE_LISTS = with_first_chars(_SOURCE_LISTS)
_RESTATES = with_first_chars(_RESTATES)
_ON_THE_LIST = with_first_chars(_ON_THE_LIST)
_SCOPE_ANAPHORA = with_first_chars(_SCOPE_ANAPHORA)
_OF_WHICH = with_first_chars(_OF_WHICH)
_CIVILIAN = with_first_chars(_CIVILIAN)
