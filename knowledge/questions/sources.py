"""Questions about the sources rather than about losses (issue 12, requirement 7): "which
sources do you use?", "what does Newsweek say?", "how reliable are the General Staff's
numbers?", "where is the 745,700 from?", "which side is Oryx on?", "when was your data last
updated?".

Rules as rows: the first row whose pattern matches the normalised question names its kind;
an outlet, a claimant or a figure named in it narrows what is asked about. The outlets the
knowledge base holds are passed in (they come from the store), so an outlet is known the moment
an article of it is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from knowledge.lexicon.calendar import MONTHS
from knowledge.lexicon.claimants import CLAIMANTS, SIDE_WORDS
from knowledge.lexicon.formats import ANSWER_FORMAT_RE
from knowledge.lexicon.outlets import OUTLETS
from knowledge.lexicon.patterns import alternation
from knowledge.models import Intent, Query
from knowledge.questions.cyrillic import as_english, has_cyrillic
from knowledge.questions.parse import normalise
from knowledge.questions.tidy import without_framing


class Asked(StrEnum):
    """What a question about the sources asks for."""

    coverage = "coverage"  # where the figures end, when they were updated
    listing = "listing"  # which sources (or outlets) there are
    provenance = "provenance"  # where a figure comes from, who said it
    reliability = "reliability"  # how far the figures can be trusted: the sources' caveats
    side = "side"  # whose side a claimant or outlet is on, who they are
    outlet = "outlet"  # what one outlet reports
    corrections = "corrections"  # whether and how the daily tally corrects itself
    method = "method"  # how the figures are counted: which day a report covers, what units


_RELIABLE = (
    r"reliab\w*|unreliable|trust\w*|credib\w*|accura\w*|(?:un)?verified|verifiable|verification|"
    r"confirmed|unconfirmed|legit\w*|inflated|exaggerat\w*|propaganda|biased|bias|caveats?|"
    r"disclaimers?|believable|overstat\w*|understat\w*|undercount\w*|overcount\w*|doubts?|"
    r"skeptic\w*|sceptic\w*|fake|made\s+up|cooked|realistic|plausible|rel[iy]able"
)
# How the daily figures are dated and counted ("why two numbers for the same month?", "is a
# daily figure the fighting of the day before or of the day it is published?", "any units other
# than counts?"): asked of the method, not of a period's figures.
_DAYS_ASKED = (
    r"\b(?:why|how\s+come)\b.{0,60}?\btwo\s+(?:different\s+)?(?:numbers|figures|readings|"
    r"answers|values|counts|totals)\b|\btwo\s+(?:different\s+)?(?:numbers|figures|readings|"
    r"values)\s+for\s+(?:the\s+)?(?:same|one|a\s+single)\b|"
    r"\b(?:(?:previous|prior|preceding)\s+day|day\s+before)\b.{0,80}?\b(?:published|released|"
    r"posted|reported|dated|issued|out|itself)\b|\b(?:published|released|posted|dated|issued)\b"
    r".{0,80}?\b(?:(?:previous|prior|preceding)\s+day|day\s+before)\b|\b(?:report(?:ing)?\s+date|day\s+of\s+fighting|fighting\s+day|"
    r"day\s+conventions?)\b.{0,40}?\b(?:vs\.?|versus|or|mean|means|difference|differ)\b|"
    r"\bwhich\s+day\s+(?:does|do|is)\s+(?:a|the|each|your)\s+(?:morning\s+|daily\s+)?"
    r"(?:report|figure|number)s?\b"
)
_UNITS_ASKED = (
    r"\bunits?\s+other\s+than\b|\bother\s+than\s+(?:counts|numbers|head\s*counts)\b|"
    r"\b(?:only|just)\s+(?:raw\s+)?counts\b|\bin\s+(?:tonnes|tons|battalions|brigades|"
    r"regiments)\b.{0,60}?\b(?:you|u|your)\b"
)
# What "about" in the daily report means ("why 'about' and not an exact figure?"); the
# Ukrainian and Russian words reach here through as_english.
_ABOUT_ASKED = (
    r"\bwhat\s+(?:does\s+|do\s+)?(?:the\s+word\s+)?(?:about|approximately|roughly|approx|"
    r"around)\s+mean\b|\bwhat\s+(?:mean|means)\s+(?:about|approximately|roughly|around|near)\b|"
    r"\bwhy\b.{0,50}?\b(?:not|no)\s+(?:an?\s+)?(?:exact|precise)\s+(?:figure|number|count)s?\b"
)
_UNITS = re.compile(_UNITS_ASKED)
_ABOUT = re.compile(_ABOUT_ASKED)
# Updating and publishing in Ukrainian and Russian, which as_english leaves as they are.
_UPDATED_CYR = r"(?:оновлю|обновля|оновлен|обновлен)\w*"
_PUBLISHED_CYR = r"(?:опублік|публік|опублику|публику|оприлюдн|обнародов)\w*"
# Errors in the figures and their fixing (the tally's corrections).
_ERRORS = r"(?:errors?|mistakes?|typos?|errata|inaccurac(?:y|ies))"
_FIXED = r"(?:correct(?:s|ed|ing|ion|ions)?|fix(?:es|ed|ing)?|revis\w*|amend\w*|handled)\b"
_REPORTS = (
    r"(?:reports?|tally|tallies|figures|numbers|data|series|summar(?:y|ies)|updates?|bulletins?)"
)
# (pattern, kind): the first row that matches decides.
ASK_ROWS: tuple[tuple[re.Pattern[str], Asked], ...] = (
    (re.compile(f"{_DAYS_ASKED}|{_UNITS_ASKED}|{_ABOUT_ASKED}"), Asked.method),
    # "які у вас останні дані?" (as_english: "what last data?"), "як часто оновлюються дані?"
    (re.compile(
        r"\b(?:what|which)\s+(?:in\s+)?(?:your\s+)?(?:last|latest|newest|most\s+recent|"
        r"freshest)\s+(?:data|date|figures?|"
        rf"report)\b|{_UPDATED_CYR}"
    ), Asked.coverage),
    (re.compile(_PUBLISHED_CYR), Asked.provenance),  # "хто публікує ці дані?"
    (re.compile(
        r"\b(?:last\s+updated?|last\s+update\s+of\s+(?:your|the)|(?:updated|refreshed)\s+last|"
        r"(?:when|how\s+often)\s+(?:was|were|is|are|do|does|did)\s+(?:your\s+|the\s+|this\s+)?"
        r"(?:daily\s+)?(?:data|figures?|numbers?|database|knowledge\s*base|tally|bot|info\w*|"
        r"sources?|stats)\s+(?:last\s+)?(?:updated|refreshed|collected|end|stop)|"
        r"how\s+(?:recent|up[- ]to[- ]date|current|fresh|old|new)\s+(?:is|are)\s+(?:your|the|ur)|"
        r"up\s+to\s+(?:what|which)\s+(?:date|day|point)|(?:until|till|untill|up\s+to)\s+when|"
        r"how\s+far\s+(?:does|do)\s+(?:your|the|ur)\s+\w+\s+go|"
        r"(?:what|which)\s+(?:period|dates?|time\s*(?:span|frame|range)|years?)\s+(?:do|does)\s+"
        r"(?:your|the|you|ur|u)\b.*\bcover|\bcoverage\b|"
        r"(?:data|figures|numbers|tally|series)\s+(?:end|ends|stop|stops|run\s+out|go\s+up\s+to)|"
        # "what's your latest data?", "how often is it updated?" (and the Ukrainian and
        # Russian read into these words: "Які у вас останні дані?"), wave 11
        r"^\W*(?:what|which)(?:'s|\s+is|\s+are)?\s+(?:(?:your|ur|the)\s+)?(?:last|latest|newest|"
        # ("what's your latest day?" is left to the rules as it was: a follow-up to it, "and
        # the week before that?", is read from the coverage answer as a total, wave 11)
        r"most\s+recent)\s+(?:data|date|update|figures?|report)\W*$|"
        r"\bhow\s+often\b.{0,40}?\b(?:updated?|refreshed|published|released)\b|"
        r"(?:your|ur)\s+(?:latest|newest|most\s+recent)\s+(?:data|figures?|report|update)\s+"
        r"(?:is|are)\s+from|is\s+(?:your|the|ur)\s+(?:data|info\w*)\s+(?:up\s+to\s+date|current))"
    ), Asked.coverage),
    # the span the figures cover, asked about the bot's own data (wave 11, qrecord): its first
    # or last day ("your latest day", "the most recent date you have"), how far back it goes,
    # whether it is still updated, whether a bare year is there ("do you have 2022?")
    (re.compile(
        r"\b(?:your|ur)\s+(?:latest|newest|most\s+recent|last|earliest|oldest|first)\s+"
        r"(?:day|date|entry|report|update)\b|"
        r"\b(?:latest|newest|most\s+recent|last|earliest|oldest|first)\s+(?:day|date)\s+"
        r"(?:that\s+)?(?:you|u)\s+(?:have|hold|got|cover|know)\b|"
        r"\bhow\s+far\s+back\s+(?:does|do|did|can|is|are)\b|"
        r"\b(?:still|stopped|stop)\s+(?:being\s+|getting\s+|get\s+|gets\s+)?updat\w*|"
        r"\b(?:updated|refreshed)\s+(?:every\s+day|daily|each\s+day)\b|"
        r"^(?:and\s+)?(?:do|does)\s+(?:you|u|your\s+\w+)\s+(?:have|hold|cover|go\s+back\s+to)\s+"
        r"(?:(?:any\s+)?(?:data|figures|numbers|anything)\s+)?(?:for\s+|from\s+|on\s+)?"
        r"(?:(?:the\s+)?(?:whole\s+|full\s+)?year\s+)?(?:19|20)\d\d\W*$"
    ), Asked.coverage),
    (re.compile(r"\b(?:caveats?|disclaimers?|warnings?|health\s+warnings?)\b"), Asked.reliability),
    # "does the general staff ever correct its numbers?", "any big corrections to the tally?"
    (re.compile(
        r"\b(?:do|does|did|has|have|is|are|ever)\b[\w' ]{0,40}?\b(?:correct(?:s|ed|ing)?|"
        r"revis(?:e|es|ed|ing)|adjust(?:s|ed|ing)?|restat(?:e|es|ed|ing))\s+(?:its|their|the)\s+"
        r"(?:own\s+)?(?:numbers?|figures?|tally|tallies|data|counts?|totals?|stats)\b|"
        r"\b(?:any|what|which|list|show|biggest|largest|big)\s+(?:\w+\s+){0,2}?"
        r"(?:corrections|revisions|restatements)\b(?!\s+(?:excluded|skipped))|"
        r"\b(?:corrections|revisions)\s+(?:to|in|of)\s+(?:the\s+|its\s+|their\s+)?"
        r"(?:tally|figures|numbers|data|series|count|totals?)\b|"
        # errors and how they are fixed: "how are mistakes in the reports corrected?", "what
        # if the daily update has an error?" (wave 13)
        rf"\b{_ERRORS}\b.{{0,40}}?\b{_FIXED}|\b{_FIXED}.{{0,40}}?\b{_ERRORS}\b|"
        rf"\b{_ERRORS}\s+(?:in|on|of)\s+(?:the\s+|its\s+|their\s+|your\s+|these\s+)?"
        rf"(?:\w+\s+)?{_REPORTS}\b|\b{_REPORTS}\s+(?:has|have|had|contains?|with)\s+"
        rf"(?:an?\s+|any\s+)?{_ERRORS}\b"
    ), Asked.corrections),
    # the bot's data as a whole: "/sources", "a link to your raw data", "the dataset you rely
    # on", "is ISW one of your sources?"
    (re.compile(
        r"^\s*/sources?\b|\b(?:links?|urls?)\b.{0,30}?\b(?:data|data\s*sets?|figures|numbers|"
        r"sources?|tally)\b|\b(?:raw|underlying|source)\s+(?:daily\s+)?(?:data|figures|numbers)\b|"
        r"\b(?:data|data\s*sets?|figures|numbers|tally)\s+(?:that\s+)?(?:you|u)\s+(?:use|rely|draw|"
        r"are\s+using)|\b(?:one\s+of|among|part\s+of)\s+(?:your|ur|the\s+bot'?s)\s+sources\b"
    ), Asked.listing),
    (re.compile(
        r"\b(?:(?:which|what|wich|wat|whcih|whitch)\s+(?:sources?|outlets?|publications?|media|"
        r"news\s*(?:papers?|sites?|outlets?|agencies)|newspapers?|websites?|sites|articles|"
        r"publishers?)\b|list\s+(?:of\s+)?(?:all\s+)?(?:your\s+|the\s+|ur\s+)?(?:sources?|outlets?|"
        r"articles)|(?:your|ur|the\s+bot'?s)\s+(?:sources|outlets|articles)\b|"
        r"sources?\s+(?:do\s+|did\s+)?(?:you|u|ya)\s+(?:use|have|rely|draw|read|cite|got)|"
        r"where\s+(?:do|does|did)\s+(?:you|u|the\s+bot|your\s+(?:data|figures?|numbers?|"
        r"info\w*))\s+(?:get|come|take|pull|source|find)|"
        r"what\s+(?:are\s+)?(?:you|u)\s+(?:based\s+on|using|drawing\s+on)|"
        r"(?:what|which)\s+(?:data|info\w*)\s+(?:do|does)\s+(?:you|u)\s+(?:use|have|rely)|"
        r"show\s+(?:me\s+)?(?:your\s+|the\s+|ur\s+)?sources|who\s+(?:else\s+)?(?:reports?|covers?)\s+"
        r"(?:russian|ukrainian|the)\b)"
    ), Asked.listing),
    (re.compile(
        r"\b(?:where(?:\s+(?:is|are|does|did|do|was|were)|'s)\b.{0,60}?\bfrom\b|"
        # "what dataset are the daily figures from?", "which database is this"
        r"(?:what|which)\s+(?:data\s*sets?|databases?|repositor(?:y|ies)|repos?|feeds?)\b|"
        # "under what licence is the dataset?", "whose repo is it?"
        r"\blicen[cs]e[ds]?\b|\bwhose\s+(?:repo|repository|data\s*set|github|spreadsheet)\b|"
        r"where\s+(?:is|was|were|are)\b.{0,40}?\b(?:published|reported|printed)\b|"
        r"(?:source|origin|provenance)\s+(?:of|for)\b|"
        # "did moscow deny the 1,030 figure?": who gave it and what the sources say of it
        r"(?:deny|denied|denies|dispute[sd]?|disputing|reject(?:s|ed)?|contest(?:s|ed)?|"
        r"refute[sd]?|rebut(?:s|ted)?)\b.{0,40}?\b(?:figure|number|claim|toll|count|tally|"
        r"estimate)s?\b|"
        # "who's behind the dataset, can I cite it?": who publishes the figures
        r"who(?:'s|s|\s+is|\s+are|\s+r)\s+behind\b|\bcan\s+(?:i|we|u|you)\s+(?:cite|reference)\b|"
        r"who\s+(?:(?:actually|really|exactly|originally|even)\s+)?(?:said|says|claims?|claimed|"
        r"reported|reports|published|publishes|gave|gives|"
        r"counts?|counted|came\s+up\s+with|is\s+behind|compiles?|produces?|puts?\s+out|"
        r"releases?|keeps?|collects?)\b|what(?:'s|\s+is)\s+the\s+(?:source|origin)|citation|"
        r"original\s+(?:source|article|report)|whose\s+(?:figures?|numbers?|data|estimates?|"
        r"count|tally|claims?)|which\s+(?:article|outlet|report)\s+(?:says|said|gives|has)|"
        r"(?:do|does|did|has|have)\s+(?:the\s+)?[\w' ]{2,40}?\s+(?:ever\s+)?(?:publish|"
        r"publici[sz]e|release|disclose|reveal|announce)\w*\b)"
    ), Asked.provenance),
    (re.compile(rf"\b(?:{_RELIABLE})\b|\bhow\s+(?:sure|solid|good)\s+(?:is|are)\b|"
                # "did Reuters verify the 1,030?" asks about the outlet ("can you verify" checks)
                r"\b(?:did|does|do|has|have|had|could)\s+(?!(?:you|u|i|we)\b)[\w' ]{2,30}?\s+"
                r"(?:ever\s+|independently\s+|actually\s+)?verif(?:y|ied)\b|"
                r"\b(?:should|can|could)\s+(?:i|we|you)\s+(?:trust|rely|believe)\b"),
     Asked.reliability),
    (re.compile(
        r"\b(?:which|whose|what)\s+side\b|\bside\s+(?:is|are)\b|\bon\s+(?:which|whose)\s+side\b|"
        r"\bpro[- ]?(?:russian|ukrainian|kremlin|kyiv|ukraine|russia|western)\b|"
        r"\b(?:is|are)\s+(?:\w+\s+){1,4}?(?:independent|neutral|impartial|state[- ](?:run|owned|"
        r"media)|government|official|partisan)\b|\bwho(?:\s+(?:is|are|r|re)|'s|'re)\b|"
        r"\bwhat\s+is\s+(?!the\b)"
    ), Asked.side),
)  # fmt: skip

# "what does Newsweek say", "Reuters figures", "according to the BBC": an outlet question even
# without a row above.
_OUTLET_ASK = re.compile(
    r"\b(?:say|says|said|report|reports|reported|reporting|write|writes|wrote|claim|claims|"
    r"figures?|numbers?|data|tally|count|estimates?|articles?|stories|coverage|according|per|"
    r"from|in|by|on|losses|loss|lost|casualt\w*|dead|deaths|killed|died|tanks?|drones?|"
    r"piece|pieces|story|link|links|url|headlines?|about|toll|tolls|put|puts|putting|gave|give|"
    r"gives|giving|cite|cites|cited|quote|quotes|quoted|ran|run|runs|estimated?|agree|agrees|"
    r"consistent|match|matches|differ|differs)\b"
)

# A figure asked for together with its source ("number + source for a chart", "the figure with
# sources pls"): a question about losses, and every answer names its source anyway.
_WITH_SOURCE = re.compile(
    r"\b(?:number|figure|figures|count|total|stat|stats|data|tally)\s*(?:\+|&|and|with|plus|w/)"
    r"\s*(?:the\s+|its\s+|a\s+|their\s+)?(?:sources?|citations?|attribution)\b"
    r"|\bwith\s+(?:the\s+|its\s+|a\s+|their\s+)?(?:sources?|citations?|attribution)\b"
    r"|\bsourced\s+(?:figure|number|count|total)s?\b"
    r"|\bsources?\s+for\s+(?:a|an|my|our|the)\s+(?:chart|graphic|map|caption|piece|story|"
    r"article|report|post|thread|table|slide)\b"
)
# A figure set against the daily tally ("GB News says 1,120 but the data shows 990: who is
# right?") or a record claim to check is a question for the agreement and record rules.
_CHECKING = re.compile(
    r"\b(?:agree|agrees|agreement|consistent|inconsistent|discrepan\w*|right|wrong|correct|"
    r"accurate|match\w*|differ\w*|vs\.?|versus|compared?|check|series|daily\s+data|the\s+data|"
    r"data\s+(?:says|shows|gives)|squares?(?:\s+with)?|tall(?:y|ies)\s+with|lines?\s+up|"
    r"stacks?\s+up|jibes?|fits?\s+(?:with\s+)?(?:the|your))\b|\bwas\s+it\W*$"
)
# Doubting a quoted figure: with its period, the figure is checked against the tally.
_DOUBTED = re.compile(
    r"\b(?:legit\w*|reliable|credible|believable|plausible|true|real|realistic|verified|"
    r"hold\s+up|holds\s+up|check\s+out|checks\s+out|add\s+up|adds\s+up)\b"
)
# A record word is a record to check ("Reuters says the deadliest day was 1,030: right?")...
_RECORD_WORDS = re.compile(r"\b(?:deadliest|record|highest|worst)\b")
# ...unless the outlet's own report is what is asked ("what was the 'deadliest day' figure
# they reported?", "what did Reuters call the worst day?").
_REPORT_ASKED = re.compile(
    r"\b(?:what|which)\b.*\b(?:they|it|he|she|the\s+(?:outlet|paper|article|agency|piece))\s+"
    r"(?:reported|report|said|say|gave|give|wrote|published|cited|called|put)\b"
    r"|\bwhat\s+(?:did|does|do)\s+[a-z][\w'. -]{1,30}?\s+(?:say|report|write|call|give|put)\b"
    r"|\b(?:that|which)\s+[a-z][\w'. -]{1,30}?\s+(?:reported|published|gave|wrote|cited|ran)\b"
)

# A country's bare name names a side, not one of its bodies ("per Ukraine").
_COUNTRY_WORDS = frozenset(
    {"ukraine", "kyiv", "kiev", "ukrainian", "russia", "moscow", "russian", "uk", "britain",
     "london", "british", "washington", "american", "us", "u.s.", "america"}
)  # fmt: skip
_CLAIMANT_NAMES: dict[str, str] = {
    alias: c.name for c in CLAIMANTS for alias in c.aliases if alias not in _COUNTRY_WORDS
}
_SIDES_ASKED: dict[str, str] = {
    **SIDE_WORDS, "russians": "russia", "ukrainians": "ukraine", "kremlin": "russia",
    "the kremlin": "russia", "ukraine's government": "ukraine", "russia's government": "russia",
}  # fmt: skip
_CLAIMANT_RE = re.compile(rf"(?<![\w'])(?:{alternation([*_CLAIMANT_NAMES, *_SIDES_ASKED])})(?!\w)")
# a figure, also as a word's first part ("the 1,030-in-a-day figure"), never a date's
_NUMBER = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:[, ]\d{3})+|\d{2,7})(?![\w/]|-\d|[.,]\d)")
_MONTH_NEAR = re.compile(rf"\b(?:{alternation(MONTHS)})\.?\s*$|^\s*(?:{alternation(MONTHS)})\b")
_METRIC_WORDS = re.compile(
    r"\b(?:losses|loss|lost|casualt\w*|dead|deaths?|killed|died|troops|soldiers|personnel|"
    r"men|manpower|kia|wounded|fatalities|tolls?|tanks?|armou?red|artillery|drones?|aircraft|"
    r"planes?|"
    r"helicopters?|ships?|vehicles?|equipment|mlrs|air\s+defen[cs]e|missiles?|boats?|uavs?)\b"
)
# A figure quoted as a round one: "nearly 750,000", "some 1.3 million", "about 1,000".
_ROUNDED = re.compile(
    r"\b(?:nearly|almost|about|around|roughly|approximately|approx\.?|some|close\s+to|nearing|"
    r"approaching|just\s+(?:under|over)|over|more\s+than|upwards\s+of|~)\s*\d"
)
_POINTING = re.compile(r"\b(?:this|that|it|these|those|they)\b")
# The daily series named ("these daily numbers", "the dataset"): what "these" points at.
_SERIES_NAMED = re.compile(
    r"\bdaily\s+(?:numbers|figures|data|tally|tallies|updates|reports|counts?)\b|"
    r"\b(?:data\s*set|series|repo|repository)\b"
)
_SUBJECT_WORDS = re.compile(r"\b(?:russian|russia'?s?|ukrainian|ukraine'?s?|enemy|orcs?)\b")


@dataclass(frozen=True)
class SourceQuestion:
    """A question about the sources, as read."""

    asked: Asked
    outlet: str | None = None  # the outlet named, in the store's spelling when it holds one
    outlet_held: bool = False  # whether the knowledge base has articles of that outlet
    value: int | None = None  # the figure asked about ("where is the 745,700 from?")
    rounded: bool = False  # the figure was quoted as a round one ("nearly 750,000")
    guessing: bool = False  # guesses offered for who is behind it ("kyiv or some NGO?")
    claimants: tuple[str, ...] = ()  # stored names of the claimants named
    side: str | None = None  # the side named ("does Russia publish...")
    metric_named: bool = False  # whether the question named a kind of loss
    subject_named: bool = False  # whether it named whose losses
    read: tuple[str, ...] = field(default_factory=tuple)  # the words read here
    # "where is this from?" with nothing to point at: which figure is not known
    pointing: bool = False
    units: bool = False  # the method question asks what units the figures are in
    about: bool = False  # the method question asks what "about" in a report means

    def reads(self, words: str) -> bool:
        """Whether unread words of the question are ones this reading used: an outlet's or a
        claimant's name, the figure, the words asking about sources (for a question about the
        sources as a whole, every word)."""
        if self.asked in (Asked.coverage, Asked.listing, Asked.method):
            return True
        low = normalise(words)
        if has_cyrillic(low):  # "Рейтер" was read as "reuters"
            low = as_english(words)
        if any(w in low or low in w for w in self.read):
            return True
        return any(pattern.search(low) for pattern, _kind in ASK_ROWS)


# "publish anything for September", "release figures about last week": a period's figures
_PUBLISHED_FOR = re.compile(
    r"\b(?:publish|release|put\s+out|post|issue|give|gave)\w*\s+(?:(?:anything|any|figures?|"
    r"numbers?|data|reports?|updates?|something|a|an|the|its|their|daily|official|loss(?:es)?|"
    r"tally|count|total)\s+){0,3}(?:for|about|on|in|covering)\b"
)


def read_source_question(
    text: str, query: Query, publishers: Iterable[str]
) -> SourceQuestion | None:
    """`text` as a question about the sources, or None when it is a question about losses."""
    # "Що повідомляв Reuters ...": read by the same rows as English; who asks and why before
    # a colon is no question about the sources ("for our sceptical team: ...")
    norm = without_framing(as_english(text))
    if query.period_start is not None:  # "tanks in 2025, and say whose count it is": the form
        norm = ANSWER_FORMAT_RE.sub(" ", norm)  # of a figure's answer, which names its claimant
    outlet, held, outlet_words = outlet_named(norm, publishers)
    asked = next((kind for pattern, kind in ASK_ROWS if pattern.search(norm)), None)
    claimants, side, claimant_words = _claimants(norm, query)
    offered = _ALTERNATIVES.search(norm) if asked == Asked.provenance else None
    if offered is not None:  # "who compiles them - the government or some NGO?": asks which
        claimants, side, claimant_words = (), None, [offered.group(0)]
    if asked == Asked.listing and _value(norm) is not None:
        asked = Asked.provenance  # "which outlet wrote 'nearly 750,000 deaths'?": that figure's
    if asked == Asked.provenance and _WITH_SOURCE.search(norm):
        return None  # "russian tank losses in Q2 2023, number + source": the figure is asked
    if asked == Asked.provenance and query.period_start is not None and _PUBLISHED_FOR.search(norm):
        return None  # "did the GS publish anything for september 2026?": that period's figures
    generic = query.period_start is None or _AT_TIMES.search(norm)  # "overnight", "falls": no date
    if asked is None and generic and _WHY_MOVES.search(norm):
        asked = Asked.corrections  # "why does the total sometimes jump?" (a dated jump is an event)
    if _defining(norm, query, asked):
        asked = Asked.reliability  # "does 'MLRS' in your data include Grads?": what is counted
    if asked is None and outlet is None:
        asked = about_the_data(norm, query)  # "can these numbers be checked independently?"
    if _all_but_one(asked, norm, query):  # "which claimants besides Kyiv?": all of them
        asked, claimants, side = Asked.listing, (), None
    if asked is None:
        rest = norm.replace(outlet_words or "", " ")
        if outlet is None or not (_OUTLET_ASK.search(rest) or _only_filler(rest)):
            return None
        asked = Asked.outlet
    if asked == Asked.side and (not (claimants or side or outlet) or _METRIC_WORDS.search(norm)):
        return None  # "who is winning?", "what is Ukraine saying about losses?": about losses
    value = _value(norm) if asked in (Asked.provenance, Asked.reliability, Asked.outlet) else None
    if _figure_asked_with_whose(asked, value, query, norm):
        return None  # "the GS's count of tanks in 2025: whose is it, and what is it?"
    # a record word makes a check unless who stands behind the record is what is asked ("did
    # Reuters verify the 1,030 record?", "where is the record of 1,030 from?")
    checking = _CHECKING.search(norm) or (
        _RECORD_WORDS.search(norm)
        and asked not in (Asked.provenance, Asked.reliability)
        and not (asked == Asked.outlet and _REPORT_ASKED.search(norm))
    )
    # "'Russia loses 12k soldiers in a week' (2-8 dec 2024). accurate?": a figure to check,
    # in digits or not ("12k", "eight hundred"), is a question for the agreement rules
    quoted = value is not None or (
        query.period_start is not None and any(u.kind == "figure" for u in query.unread)
    )
    # "does the Economist agree with these numbers?": an outlet with no article here, or one
    # asked about with no figure or period to check, is answered with what it reports
    unchecked = outlet is not None and not quoted and (not held or query.period_start is None)
    if (quoted or asked in (Asked.outlet, Asked.side)) and checking and not unchecked:
        return None
    if quoted and outlet is None and query.period_start is not None and _DOUBTED.search(norm):
        return None  # "'1.2k on 7 dec 2023' - reliable?": checked against the tally
    read = tuple(w for w in (outlet_words, *claimant_words) if w)
    asking = norm[: offered.start()] if offered is not None else norm  # the guesses name nothing
    if value is not None:
        read += (f"{value:,}", str(value))
    return SourceQuestion(
        asked=asked,
        outlet=outlet,
        outlet_held=held,
        value=value,
        rounded=value is not None and _ROUNDED.search(norm) is not None,
        guessing=offered is not None,
        claimants=claimants,
        side=side,
        metric_named=bool(_METRIC_WORDS.search(asking)),
        pointing=bool(_POINTING.search(norm)) and not _SERIES_NAMED.search(norm),
        subject_named=bool(_SUBJECT_WORDS.search(asking)),
        read=read,
        units=bool(_UNITS.search(norm)),
        about=bool(_ABOUT.search(norm)),
    )


# The bot's figures as a body of data ("these figures", "your tally", "the daily number", "the
# claimants you have", "how you count a day"): what a question about the data refers to.
_DATA_REF = re.compile(
    r"\b(?:your|ur|these|those|the|this|its|their|my|any\s+of\s+(?:these|your|the))\s+"
    r"(?:(?:daily|own|latest|official|raw|published|loss|casualty|russian|ukrainian|main)\s+)?"
    r"(?:figures?|numbers?|data|tally|tallies|counts?|stats|statistics|totals?|estimates?)\b|"
    r"\b(?:your|ur|these|those)\s+(?:[\w']+\s+){1,3}?(?:figures?|numbers?|data|tally|counts?|"
    r"stats|totals?)\b|\b(?:claimants?|agencies|outlets|sources|publishers)\b|"
    r"\b(?:you|u|the\s+bot)\s+(?:count|define|date|compile|calculate|collect|tally)\b"
)
# What is asked about that data, best first: whether anyone checked it, how it is counted and
# dated (and why it can differ from a figure seen elsewhere), else who is behind it.
_DATA_TOPICS: tuple[tuple[re.Pattern[str], Asked], ...] = (
    (re.compile(r"\b(?:verif\w*|independent\w*|fact[- ]?check\w*|checked|confirm\w*|"
                r"double[- ]check\w*)\b"), Asked.reliability),
    (re.compile(r"\b(?:morning|evening|night|time\s+of\s+(?:the\s+)?day|what\s+time|"
                r"come[s]?\s+out|published|released|posted|day|days|define[sd]?|definition|"
                r"counted|(?:how|you|u)\s+(?:\w+\s+)?count|calculat\w*|differ\w*|off|mismatch\w*|discrepan\w*|"
                r"why)\b"), Asked.method),
    (re.compile(r"\b(?:behind|produce[sd]?|compile[sd]?|come[s]?\s+from|carry|cite|credit|"
                r"footnote|citation|caption|attribut\w*|reference|who|whose|which|where|"
                r"one\s+place|besides|other\s+than|apart\s+from)\b"), Asked.listing),
)  # fmt: skip
# The bot's own way of working, asked of the bot ("do you verify anything or just pass it
# on?", "methodology?", "how does this bot work?"): whether it checks the figures (their
# caveats), else how it reads and counts them. No kind of loss, period or figure is named.
_YOU = r"(?:you|u|ya|yourself|yourselves|(?:this|the)\s+bot|it\s+all)"
_BOT_TOPICS: tuple[tuple[re.Pattern[str], Asked], ...] = (
    (re.compile(rf"\b{_YOU}\b.{{0,40}}?\b(?:verif\w*|check\w*|fact[- ]?check\w*|confirm\w*|"
                r"vet(?:s|ted|ting)?|cross[- ]?check\w*|double[- ]check\w*)\b|"
                r"\b(?:just|simply|only|merely)\s+(?:repeat|copy|copies|pass|relay|parrot|quote|"
                r"forward|aggregate|collect)\w*|\b(?:your|ur)\s+own\s+(?:count\w*|figures?|"
                r"numbers?|estimates?|research|data|tally|work)\b"), Asked.reliability),
    (re.compile(rf"\bmethod(?:s|ology|ologies|ological)?\b|\b(?:your|ur|the\s+bot'?s)\s+"
                r"(?:approach|process|sources\s+and\s+methods)\b|\bhow\s+(?:do|does)\s+"
                rf"{_YOU}\s+(?:\w+\s+)?work\b|\bhow\s+(?:do|does)\s+{_YOU}\s+(?:get|find|"
                r"produce|compute|calculate|come\s+up\s+with|arrive\s+at|work\s+out)\b"),
     Asked.method),
)  # fmt: skip
# A figure of the asker's set against the bot's ("your May number is a few hundred off the
# one on the news: why?"): a dated question about why figures differ is about the method.
_WHY_DIFFERS = re.compile(
    r"\b(?:why|how\s+come|what\s+explains)\b.{0,80}?\b(?:differ\w*|off|mismatch\w*|"
    r"discrepan\w*|(?:higher|lower|bigger|smaller)\s+than|not\s+match\w*)\b|"
    r"\b(?:differ\w*|off|mismatch\w*|discrepan\w*)\b.{0,80}?\b(?:why|how\s+come)\b"
)


_EXCEPT = re.compile(r"\b(?:besides|other\s+than|apart\s+from|except|excluding|beyond)\b")


def _all_but_one(asked: Asked | None, norm: str, query: Query) -> bool:
    """Whether the sources are asked for with one claimant set aside ("which claimants
    besides Kyiv?", "whose figures apart from the GS's?"): every claimant is the answer."""
    if asked not in (Asked.listing, Asked.provenance) or query.period_start is not None:
        return False
    return _value(norm) is None and bool(_EXCEPT.search(norm))


def _figure_asked_with_whose(
    asked: Asked | None, value: int | None, query: Query, norm: str
) -> bool:
    """Whether whose a figure is, asked beside a period and a kind of loss and no quoted
    figure, asks for that period's figure: its answer names whose it is, and the claimant's
    other figures (other periods) are no answer."""
    if asked not in (Asked.provenance, Asked.side) or value is not None:
        return False
    return (
        query.intent == Intent.losses
        and query.period_start is not None
        and bool(_METRIC_WORDS.search(norm))
    )


def about_the_data(norm: str, query: Query) -> Asked | None:
    """A question about the bot's figures as a whole (who is behind them, whether anyone
    checked them, how they are counted and dated) that names no kind of loss and quotes no
    figure, or None. It need not use any of the rows' wordings: the data referred to and a
    topic word decide, so an unforeseen phrasing is answered from the sources, not refused as
    off-topic nor answered with the latest figure."""
    if _METRIC_WORDS.search(norm) or _value(norm) is not None:
        return None
    if any(u.kind == "figure" for u in query.unread):
        return None
    data = _DATA_REF.search(norm) is not None
    if query.period_start is not None:
        return Asked.method if data and _WHY_DIFFERS.search(norm) else None
    # the bot's own way of working needs no word for the data ("how do you work?")
    topics = (*_BOT_TOPICS, *_DATA_TOPICS) if data else _BOT_TOPICS
    return next((kind for pattern, kind in topics if pattern.search(norm)), None)


# "why does the running total sometimes jump?": the tally's corrections and restatements
_WHY_MOVES = re.compile(
    r"\b(?:why|how\s+come)\b.{0,40}?\b(?:total|tally|count|cumulative\s+\w+|running\s+\w+)"
    r"\b.{0,40}?\b(?:jump(?:s|ed)?|go(?:es)?\s+down|went\s+down|drop(?:s|ped)?|falls?|fell|"
    r"decrease[sd]?|shrinks?|shrank)\b"
)
_AT_TIMES = re.compile(r"\b(?:sometimes|ever|at\s+times|occasionally|often|now\s+and\s+then)\b")
# What a kind of loss includes: "does 'MLRS' include Grads?", "drones only or also FPVs?",
# "destroyed only, or captured too?", "what does 'special equipment' mean?".
_DEFINING = re.compile(
    r"\b(?:include[sd]?|including|inclusive|count(?:s|ed)?\s+as|mean[st]?|stand\s+for|"
    r"defin(?:e|ed|es|ition)|cover(?:s|ed)?\s+(?:every|all|only|each))\b|"
    r"\bonly\b.{0,40}?\bor\b|\bor\b.{0,30}?\b(?:too|also|as\s+well|just)\b"
)
_SOURCES_NAMED = re.compile(
    r"\b(?:which|what)\s+(?:sources?|outlets?|articles|publications?|media)\b"
)


def _defining(norm: str, query: Query, asked: Asked | None) -> bool:
    """Whether the question asks what a kind of loss in the figures counts, not for a figure:
    a kind named, a word of definition, and no period or quoted figure."""
    if asked not in (None, Asked.listing, Asked.side) or query.period_start is not None:
        return False
    if any(u.kind == "figure" for u in query.unread) or _SOURCES_NAMED.search(norm):
        return False
    return bool(_DEFINING.search(norm) and _METRIC_WORDS.search(norm))


def outlet_named(norm: str, publishers: Iterable[str]) -> tuple[str | None, bool, str | None]:
    """The outlet a question names: (name, held by the knowledge base, the words used)."""
    held = tuple(sorted(publishers))
    pattern, spellings = _outlet_pattern(held)
    found = pattern.search(norm)
    if found is None:
        return None, False, None
    name = spellings[found.group(1)]
    known = next((p for p in held if p.lower() == name.lower()), None)
    return (known or name), known is not None, found.group(1)


@lru_cache(maxsize=8)
def _outlet_pattern(held: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The outlets' spellings as one pattern (once per set of outlets the store holds)."""
    spellings = {**OUTLETS, **{p.lower(): p for p in held}}
    spellings.update({k.replace(" ", ""): v for k, v in spellings.items() if " " in k})
    alternatives = alternation(spellings)
    # "GB News' 1,120": a name ending in s takes a bare apostrophe as its possessive
    return re.compile(rf"(?<![\w'])(?:the\s+)?({alternatives})(?:'s|')?(?![\w'])"), spellings


def _claimants(norm: str, query: Query) -> tuple[tuple[str, ...], str | None, list[str]]:
    """The claimants named (the parser's reading first) and the side named, with the words."""
    names = list(query.claimants) if query.claimant is None else [query.claimant]
    side = query.claimant_side
    words: list[str] = []
    for match in _CLAIMANT_RE.finditer(norm):
        alias = match.group(0)
        if _whose_losses(alias, norm[match.end() :]):
            continue  # "russian losses", "ukraine's dead": whose losses, not who claims
        words.append(alias)
        if alias in _CLAIMANT_NAMES and not names:
            names.append(_CLAIMANT_NAMES[alias])
        elif side is None and alias in _SIDES_ASKED:
            side = _SIDES_ASKED[alias]
    if side is None and names:
        side = next((c.side for c in CLAIMANTS if c.name == names[0]), None)
    return tuple(dict.fromkeys(names)), side, words


# After a side's name, words that make it whose losses rather than who claims them; an adjective
# ("russian", "ukrainian") is a claimant only before a word for figures or officials.
_LOSS_AFTER = re.compile(
    r"^(?:'s?)?\s+(?:\w+\s+)?(?:loss|losses|lost|casualt|dead|deaths|killed|soldiers|troops|"
    r"personnel|tanks|equipment|army|forces|military\s+(?:loss|dead|death))"
)
_CLAIM_AFTER = re.compile(
    r"^\s+(?:official\s+)?(?:figures?|numbers?|data|sources?|side|government|officials|"
    r"authorities|claims?|estimates?|tally|count|statistics|stats|ministry|mod|military)\b"
)
_ADJECTIVES = frozenset({"russian", "ukrainian", "british", "american"})


# Guesses offered for who is behind the figures ("the Ukrainian government or some NGO?"):
# the question asks which, it names no claimant.
_ALTERNATIVES = re.compile(
    r"\b(?:the\s+|an?\s+|some\s+)?[\w'.-]+(?:\s+[\w'.-]+)?\s+or\s+(?:the\s+|an?\s+|some\s+)?"
    r"[\w'.-]+(?:\s+[\w'.-]+)?\s*\??\s*$"
)


# Words around an outlet's name that ask nothing else: "and Reuters?", "what about the BBC?".
_FILLER = frozenset(
    {"and", "what", "about", "how", "so", "ok", "okay", "then", "also", "the", "pls", "please"}
)


def _only_filler(rest: str) -> bool:
    """Whether nothing but filler is left once the outlet's name is taken out."""
    return set(re.findall(r"[a-z']+", rest)) <= _FILLER


def _whose_losses(alias: str, after: str) -> bool:
    """Whether a side's name here says whose losses (not who claims the figures)."""
    if alias in _ADJECTIVES:
        return not _CLAIM_AFTER.match(after)
    return bool(_LOSS_AFTER.match(after)) and alias in SIDE_WORDS


def _value(norm: str) -> int | None:
    """The figure a question quotes: a number that is not a year or a day of a month."""
    for match in _NUMBER.finditer(norm):
        digits = re.sub(r"\D", "", match.group(1))
        value = int(digits)
        if "," not in match.group(1) and 1990 <= value <= 2100:
            continue  # a year
        before, after = norm[max(0, match.start() - 12) : match.start()], norm[match.end() :]
        day = "," not in match.group(1) and value <= 31
        if day and (_MONTH_NEAR.search(before) or _MONTH_NEAR.search(after[:12])):
            continue  # "3 December", "November 29" (not "1,760 on December 3")
        return value
    return None
