"""Understanding a question: which metric, whose losses, per whom, for which period.

Rules, not a model: phrases from `knowledge.lexicon.terms` (longest first), then a fuzzy pass with
rapidfuzz for typos ("tnaks", "soliders"), then dates. Everything the parser could not pin
down stays unset so that `knowledge.answering.answer` can ask the knowledge base (which year has
figures for "November"?) instead of guessing here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from rapidfuzz import fuzz, process, utils

from knowledge.dates import (
    CONVENTION_RE,
    PERIOD_ASKED_RE,
    REPORT_VERB_ON_RE,
    REPORT_WINDOW_RE,
    TIME_OF_DAY_RE,
    YEAR_WORDS_RE,
    Span,
    date_word_rewrites,
    feast_notes,
    find_dates,
    find_relative,
    qualify,
    report_day_note,
    with_year,
    year_digits,
)
from knowledge.lexicon.calendar import (
    MONTH_NAMES,
    MONTHS,
    NUMBER_WORDS,
    SMALL_COUNTS,
    WEEKDAYS,
    month_end,
)
from knowledge.lexicon.claimants import (
    CAPITAL_AS_CLAIMANT_EN,
    CLAIMANT_BODIES_EN,
    CLAIMANT_BY_NAME,
    CLAIMANTS,
    DAILY_REPORTERS,
    FUZZY_CLAIMANTS,
    GROUP_SIDE_WORDS,
    QUESTION_ALIASES,
    SIDE_WORDS,
    claimant_side,
    claimants_of_side,
    relayed_by,
)
from knowledge.lexicon.formats import ANSWER_FORMAT_RE
from knowledge.lexicon.kinds import ONLY_THE_DEAD as _ONLY_THE_DEAD
from knowledge.lexicon.kinds import QUESTION_KIND_GROUPS, QUESTION_KIND_WORDS, WITH_THE_WOUNDED
from knowledge.lexicon.language import detect_language
from knowledge.lexicon.outlets import OUTLETS
from knowledge.lexicon.patterns import alternation
from knowledge.lexicon.places import MODEL_NAMES, PEOPLE
from knowledge.lexicon.slang import (
    COUNTED_CATEGORIES,
    DESTROY_NOW,
    DESTROYED,
    KILLED_SLANG,
    METRIC_SLANG,
    SIDE_SHORTHAND,
    TIME_SHORTHAND,
    TROOP_PARTS,
    WOUNDED_SLANG,
)
from knowledge.lexicon.terms import ARTICLE_TERMS, METRIC_TERMS
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
from knowledge.questions.asker import first_person_spans, first_person_subject
from knowledge.questions.cyrillic import has_cyrillic, read_words
from knowledge.questions.tidy import tidy
from knowledge.questions.unread import (
    Tracked,
    equipment_status,
    find_unread,
    model_metric,
    normalise_tracked,
)
from knowledge.wording import PHRASES

# -- words ------------------------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Extra ways people ask about each metric, on top of the extractor's vocabulary.
_EXTRA_TERMS: dict[Metric, tuple[str, ...]] = {
    Metric.personnel: (
        "fatalities", "died", "die", "kia", "killed in action", "lives lost", "russians",
        "ukrainians", "army", "human losses", "personnel losses", "manpower losses", "men lost",
        "body count", "bodies", "wounded and killed", "killed and wounded", "injuries",
        "wia", "wounded in action", *_ONLY_THE_DEAD, "occupiers", "orcs", "invaders",
        "eliminated", "liquidated", "neutralised", "neutralized",
    ),
    Metric.armored_vehicles: (
        "armoured", "armored", "armour", "armor", "bmps", "bmp", "btrs", "btr", "apc's",
        "personnel carriers", "fighting vehicles", "combat vehicles", "afv's", "ifv's",
        "armoured cars", "armored cars",
    ),
    Metric.mlrs: (
        "rocket systems", "rocket launch systems", "multiple rocket launch systems",
        "rocket artillery", "mlrs's", "mlrses", "launchers",
    ),
    Metric.aircraft: ("fighter planes", "bombers", "airplane", "jet", "warplane", "air force"),
    Metric.helicopters: ("helis", "heli", "chopper"),
    Metric.drones: ("uav's", "unmanned aircraft", "kamikaze drones", "shaheds"),
    Metric.air_defense: ("air-defence", "air-defense", "sams", "sam", "anti-air"),
    Metric.ships: ("navy", "naval", "fleet", "boat", "vessel"),
    Metric.vehicles: ("lorries", "lorry", "fuel trucks", "tankers", "automotive", "car"),
    Metric.artillery: ("cannons", "cannon", "arty", "gun", "artillery guns"),
    Metric.cruise_missiles: ("missile",),
    # Short chat spellings that are below the fuzzy matcher's length.
    Metric.tanks: ("tnks", "tanx", "tnk"),
}  # fmt: skip

# Words that name personnel only in a loose way: they pick personnel when no other metric
# was named ("tank losses" is about tanks, "losses" alone about people).
_WEAK_PERSONNEL = frozenset(
    {
        *KILLED_SLANG, *WOUNDED_SLANG,
        "losses", "people", "lives", "killed", "dead", "deaths", "died", "die", "wounded",
        "injured", "injuries", "kia", "fatalities", "russians", "ukrainians", "army", "men",
        "bodies", "lives lost", "killed in action", "body count", "wia", "wounded in action",
        *_ONLY_THE_DEAD, *WITH_THE_WOUNDED, "occupiers", "orcs", "invaders",
        # The General Staff's own verbs for its killed-and-wounded count ("liquidated").
        "eliminated", "liquidated", "neutralised", "neutralized",
        # taken prisoner: people, unless equipment is named ("tanks captured")
        "captured", "taken prisoner", "surrendered", "captives",
    }
)  # fmt: skip

# Metric words that also say whose losses: left visible for the subject and claimant rules.
_SUBJECT_TERMS = frozenset({"russians", "ukrainians", "army", "occupiers", "orcs", "invaders"})

_EQUIPMENT = (
    Metric.tanks, Metric.armored_vehicles, Metric.artillery, Metric.mlrs, Metric.air_defense,
    Metric.aircraft, Metric.helicopters, Metric.drones, Metric.ships, Metric.vehicles,
)  # fmt: skip

# The words for each kind of loss: the one kind table (lexicon/kinds.py), shared with the
# article extractor.
_KIND_WORDS: dict[str, PersonnelKind] = QUESTION_KIND_WORDS


def _phrase_table() -> dict[str, tuple[Metric, ...]]:
    table: dict[str, tuple[Metric, ...]] = {}
    for metric, terms in METRIC_TERMS.items():
        for term in terms:
            table.setdefault(term.lower(), (metric,))
    for extra in (_EXTRA_TERMS, METRIC_SLANG):
        for metric, terms in extra.items():
            for term in terms:
                table.setdefault(term.lower(), (metric,))
    for word in (
        *KILLED_SLANG,
        *WOUNDED_SLANG,
        "captured",
        "prisoners",
        "pows",
        "prisoners of war",
        "taken prisoner",
        "surrendered",
        "captives",
        "captive",
    ):
        table.setdefault(word, (Metric.personnel,))
    for word in WITH_THE_WOUNDED:  # read whole, so never as the wounded alone
        table.setdefault(word, (Metric.personnel,))
    table["equipment"] = _EQUIPMENT
    table["hardware"] = _EQUIPMENT
    table["weapons"] = _EQUIPMENT
    table["materiel"] = _EQUIPMENT
    table["military hardware"] = _EQUIPMENT
    # Named so that they are consumed, and so never read as tanks or as soldiers.
    table["think tank"] = ()
    table["think tanks"] = ()
    table["fuel tanks"] = (Metric.vehicles,)
    return table


_PHRASES = _phrase_table()


# Not inside a word, nor after a contraction's apostrophe; a quote before it is fine
# ("russian 'special equipment'").
_PHRASE_RE = re.compile(rf"(?<!\w)(?<!\w')(?:{alternation(_PHRASES)})(?![\w])")
# The things a small number right before them counts ("do 32 tanks on 5 May check out?"):
# then the number is a figure to check, not a constraint on the answer.
_COUNTED_THING = re.compile(
    rf"(?:(?:russian|ukrainian|enemy|more|extra|new)\s+)?(?:{alternation(_PHRASES)})(?![\w])"
)

# Typos are matched only against distinctive words of five letters or more.
_FUZZY_TARGETS: dict[str, str] = {
    term: term
    for term in _PHRASES
    if " " not in term
    and "-" not in term
    and "'" not in term
    and len(term) >= 5
    and term not in _SUBJECT_TERMS
    and term
    not in {
        "losses",
        "people",
        "lives",
        "bodies",
        "army",
        "weapons",
        "launchers",
        "russians",
        "ukrainians",
    }
}
_FUZZY_CHOICES = sorted(_FUZZY_TARGETS)
_FUZZY_CUTOFF = 80.0

# Ordinary words that are one typo away from a metric word; never read as typos.
_NOT_TYPOS = _words(
    """
    figures figure service services plains grade grand boots boast boost tricks novel
    bombs insured depths flees forced
    thanks thank think thinks talks takes tasks banks ranks tales tails tanker ranking
    plans plants plane's planet places plays lanes lines liens lines loans
    shops shows shots slips ships' sheep drives drove dozens drops drains dreams dreamers
    drinks drugs trades treats troll trolls troupe tropes trips tools soldier's solder
    solders salaries sailors sellers settlers careers cars' cares carts casual casually
    casualty's vessel's vehicle's guns' genes gains games grains gifts guest guests
    deaths' dated dealt death's personal personally persons personality persona
    person planning plenty played player players other others mother mothers
    killer killers kilos skilled filled billed willed wounder wonder wondered wonders
    armies army's armada armed armor's armour's charm aromas
    artist artists articles artistry artillery's
    drone's dronesy phones thrones crones
    helicopter's hello hellos
    aircrafts aircraft's aircrew
    tankers tankard tankful
    choppy chopper's
    convoys cruisers cruise cruising
    missions missing missile's mission
    vehicles' vehicular
    launches launched lunches
    """
)

_SPECIFIC_ALIASES: dict[str, str] = {}
for _c in CLAIMANTS:
    for _alias in _c.aliases:
        if _alias not in SIDE_WORDS:
            _SPECIFIC_ALIASES.setdefault(_alias, _c.name)
_SPECIFIC_ALIASES.update(QUESTION_ALIASES)
_CLAIMANT_RE = re.compile(
    rf"(?<![\w'])(?:{alternation([*_SPECIFIC_ALIASES, *SIDE_WORDS, *GROUP_SIDE_WORDS])})(?![\w])"
)
_OUTLET_RE = re.compile(rf"(?<![\w'])(?:{alternation(OUTLETS)})(?![\w])")
_REPORTING_BEFORE = re.compile(
    r"\b(?:according\s+to|acc(?:dg|d|ording)?\.?\s+(?:to|2)|according\s+2|as\s+per|per|from|"
    r"going\s+by|via|in\s+the\s+words\s+of|"
    # "anything official out of Moscow", "the word out of Kyiv"
    r"(?:official|officially|word|news|figures?|numbers?|statements?|anything)\s+out\s+of|(?:claimed|reported|estimated|stated|cited|released|"
    r"published|given|announced|counted|confirmed)\s+by)\s+(?:the\s+)?$"
)
_REPORTING_AFTER = re.compile(
    r"^(?:'s?|’s?)?\s*(?:(?:itself|themselves|himself|herself)\s+)?(?:own\s+|official\s+)?"
    r"(?:figures?|numbers?|data|count|counts|tally|estimates?|reports?|claims?|claimed|"
    r"statistics|stats|says?|said|reported|estimated|admits?|admitted|acknowledg\w*|conced\w*|"
    r"thinks?|believes?|"
    r"version|sources?|account|calculations?|officials?|government|authorities|ministry|"
    r"military\s+says|tell|told|announced?|announces|state|states|stated|intelligence|"
    r"analysts?|experts?|governments?|assessments?|observers|media|outlets|researchers|"
    r"investigators|journalists|projects?|trackers?|"
    # "did the ukrainian side publish a number", "what did kyiv put out for 1 may"
    r"(?:side\s+)?(?:publish(?:es|ed)?|put\s+out|puts\s+out|releas(?:e|es|ed)|issu(?:e|es|ed)|"
    r"post(?:s|ed)?|give|gives|gave|announce[sd]?|report(?:s|ed)?|say|says|said|claim(?:s|ed)?))\b"
)
# The nouns of a figure as asked about ("Kyiv's number", "the figure of Moscow").
_FIGURE_NOUNS = r"(?:figures?|numbers?|data|version|count|tally|estimates?)"
# A claimant the asker rules out ("per Kyiv (not Moscow)", "I don't want the Kremlin's
# version", "rather than the MoD's"): its name is read, and its figures are not asked for.
_NOT_THIS_CLAIMANT = re.compile(
    r"(?:\bnot(?!\s+(?:just|only|even))|\bnor|\brather\s+than|\binstead\s+of|\bother\s+than|"
    r"\bexcluding|\bexcept|\bignoring|\bnever\s+mind|\b(?:don'?t|do\s+not|dont)\s+(?:want|need|care\s+about)"
    r"|\bforget)\s+(?:about\s+)?(?:what\s+)?(?:the\s+)?(?:official\s+)?"
    # "not the figure of Kyiv", "not figure kyiv" (a Ukrainian or Russian word order)
    rf"(?:{_FIGURE_NOUNS}\s+(?:of\s+|from\s+)?)?$"
)
# "not Kyiv's figure, but Moscow's", "not figure kyiv, and moscow": the one set against an
# excluded claimant is the claimant asked about.
_INSTEAD_OF_EXCLUDED = re.compile(
    rf"\bnot\s+(?:the\s+)?(?:{_FIGURE_NOUNS}\s+(?:of\s+|from\s+)?[a-z.' -]{{2,30}}?|"
    rf"[a-z.' -]{{2,30}}?(?:'s|’s)(?:\s+(?:own\s+|official\s+)?{_FIGURE_NOUNS})?)"
    r"(?:\s*,\s*(?:(?:and|but)\s+)?|\s+(?:and|but)\s+)(?:rather\s+)?(?:the\s+)?$"
)
# "not Kyiv's figure, Moscow's:", "the Kremlin's, not Kyiv's?": a possessive standing alone
# after a figure's noun elsewhere in the question is that figure's owner, a claimant.
_ELLIPTIC_OWNER = re.compile(r"^(?:'s|’s)\s*(?:[:,;?!.)]|$|\s+(?:one|instead|please|then)\b)")
_NAMES_A_FIGURE = re.compile(rf"\b(?:{_FIGURE_NOUNS}|counts|claims?)\b")
_LOSER_AFTER = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:lost|lose|loses|losing)\b")
# "Kadyrov's men", "Prigozhin's fighters": a commander's forces, whose losses are asked.
_FORCES_AFTER = re.compile(
    r"'s?\s+(?:own\s+)?(?:[a-z]+\s+)?(?:men|troops|forces|fighters|units?|soldiers|brigades?|"
    r"battalions?|regiments?|divisions?|army|armies|guys|boys|mercenaries|people|militia|"
    r"detachments?|group|groups|chechens|kadyrovites)\b"
)
_BEFORE_IS_SUBJECT = re.compile(r"(?:lost|losses|suffered|destroyed|killed)\s+by\s+(?:the\s+)?$")

# With the misspellings of "Ukraine" seen in chats: left unread, Russian figures would answer.
_UKRAINE = (
    r"(?:ukrainian|ukraine's|ukraine|kyiv's|kyiv|kiev's|kiev|ukrainians|ukraines|"
    r"ukriane|ukrane|urkaine|ukraien|ukrain|ukranian|ukrainain|ukriane's|ukrane's)"
)
_LOSS_NOUN = (
    r"(?:loss|losses|lost|casualties|casualty|dead|deaths|death|killed|soldiers?|troops?|"
    r"personnel|servicemen|army|military|forces|armed forces|side|men|tanks?|equipment|"
    r"armou?red|artillery|drones?|aircraft|planes?|helicopters?|ships?|vehicles?|apcs?|"
    r"fighters|defenders|wounded|fatalities|kia|toll|mlrs|uavs?|jets?|boats?|navy|"
    r"marines|brigades?|units?|pows?|prisoners|captured|died|were\s+killed|have\s+died|"
    r"had\s+died)"
)
_SUBJECT_UKRAINE = [
    re.compile(rf"\b{_UKRAINE}\s+(?:(?!russia)[a-z-]+\s+){{0,2}}?{_LOSS_NOUN}\b"),
    re.compile(rf"\b{_UKRAINE}\s+(?:has\s+|have\s+|had\s+)?(?:lost|lose|loses|losing|suffer)"),
    re.compile(
        rf"\b(?:has|have|did|does|do|had|is|was)\s+(?:the\s+)?{_UKRAINE}\s+"
        r"(?:[a-z]+\s+){0,2}?(?:lost|lose|suffer|suffered|losing)\b"
    ),
    re.compile(
        r"\b(?:loss|losses|casualties|deaths|dead|killed|toll)\s+(?:of|for|among|to|on|"
        rf"suffered\s+by|by|in)\s+(?:the\s+)?{_UKRAINE}"
    ),
    re.compile(rf"\blost\s+by\s+(?:the\s+)?{_UKRAINE}"),
    # "air defense of ukraine", "tanks of the ukrainian army"
    re.compile(rf"\b(?:{_LOSS_NOUN}|air\s+defen[cs]e|systems)\s+of\s+(?:the\s+)?{_UKRAINE}\b"),
    # "how many tanks lost ukraine": a Ukrainian or Russian question's own word order
    re.compile(rf"\blost\s+(?:the\s+)?{_UKRAINE}(?![\w'])(?!\s+(?:says|said|claims))"),
    # "how many ukrainians did russia claim to have killed": the ones counted are Ukraine's
    re.compile(rf"\bhow\s+many\s+(?:more\s+)?{_UKRAINE}(?![\w'])"),
]
# Ukraine as the one who counts, not the one who lost: its tally ("Kyiv's personnel tally",
# "Ukraine's running total") and its forces reporting ("what did ukraine's military add to the
# tally?", "Ukraine's army says"). A Ukrainian-loss phrase inside one of these is no subject.
_UKRAINE_COUNTS = [
    re.compile(rf"\b{_UKRAINE}\s+(?:(?!own\b)[a-z-]+\s+){{0,2}}?(?:tally|running\s+total)\b"),
    re.compile(
        rf"\b{_UKRAINE}\s+(?:military|army|armed\s+forces|forces|general\s+staff|defen[cs]e\s+"
        r"ministry|ministry\s+of\s+defen[cs]e|mod)\s+(?:add|adds|added|say|says|said|report|"
        r"reports|reported|claim|claims|claimed|count|counts|counted|put|puts|give|gives|gave|"
        r"estimate[sd]?|post|posts|posted|publish|publishes|published|tally|tallied)\b"
    ),
]
_SUBJECT_RUSSIA = re.compile(
    r"\b(?:russian|russia's|russia|russians|moscow's|putin's|kremlin's|enemy|occupiers?|"
    r"invaders?|orcs?)\b"
)
# "moscow's 1,351", "the kremlin's figure": whose figure it is, not whose losses.
_CLAIMANTS_FIGURE = re.compile(
    r"(?:moscow's|kremlin's|putin's)\s+(?:\d|figures?|numbers?|counts?|claims?|estimates?|tally|"
    r"data|version|toll)"
)
# What a side admits is its own loss ("how many soldiers did ukraine admit losing").
_ADMITS = re.compile(
    r"\b(?:admit|admits|admitted|admitting|acknowledge|acknowledges|acknowledged|concede|"
    r"concedes|conceded)\b(?!\s+(?:killing|destroying|to\s+killing))"
)
_OWN_LOSSES = re.compile(
    r"\b(?:its|their|own)\s+(?:own\s+)?(?:side(?:'s)?\s+)?(?:[a-z]+\s+)?(?:loss|losses|casualties|"
    r"dead|deaths|toll|soldiers|troops)\b"
)

# -- figure kinds ------------------------------------------------------------------------------

_RECORD_RE = re.compile(
    r"\b(?:the\s+most\b(?!\s+recent)|record|records|worst|deadliest|bloodiest|highest|"
    r"biggest|largest|heaviest|peak|"
    r"maximum|max|most\s+(?:in|on)\s+(?:a|one|any)\s+(?:single\s+)?day|"
    r"most\s+(?:soldiers|troops|tanks|losses|casualties)\s+(?:in|on)\s+(?:a|one)\s+day|"
    # rows for issue 12 req 6 (cmp): "most drones shot down in a singel day", "top day",
    # "the quietest month"
    r"most\s+(?:[\w\x00-]+\s*){1,4}?\s(?:in|on|during)\s+(?:a|one|any)\s+(?:sing\w*\s+)?"
    r"(?:day|week|month)|"
    # "top" as a verb before a total ("did 2025 top 400,000?") passes it; "top 5 days" ranks
    r"top(?!\s+[\d,.]+(?![\d,.])(?:\s*k\b)?(?!\s*(?:days?|weeks?|months?)\b))|"
    r"quietest|calmest|lowest|fewest|best\s+(?:single\s+)?(?:day|week|month)|"
    # "the least-bad day", "the least deadly week", "the lightest month": from the bottom
    r"least[- ]bad|least\s+(?:deadly|bloody|costly)|lightest|mildest|smallest)\b"
)
# "did daily losses ever top 2,000 in one day?", "was there ever a week above 10k?": a
# threshold is answered by the record of that unit (the record shows whether it was passed).
_VERB_FIRST = r"(?:exceed\w*|surpass\w*|passed)"
_PASSES = (
    r"(?:exceed\w*|surpass\w*|top(?:ped|s)?|pass(?:ed|es)?|go(?:ne)?\s+(?:above|over|past|beyond)|"
    r"went\s+(?:above|over|past|beyond)|(?:more|higher|greater)\s+than|above|over|beyond|break|"
    r"broke|hit|reach(?:ed)?)\s+[\d,.]+\s*k?\b|"
    # the verb first, "ever" and its subject after ("превышали ли когда-нибудь суточные потери
    # 2 тысячи": Ukrainian and Russian word order, read "did exceed ever daily losses 2,000")
    rf"{_VERB_FIRST}\s+(?:[a-z\x00]+\s*){{0,6}}?(?!(?:19\d\d|20[1-3]\d)\b)\d[\d,.]*\s*k?\b"
)
_THRESHOLD_RE = re.compile(
    r"^(?=.*\b(?:daily|weekly|monthly|per\s+(?:day|week|month)|(?:a|one|any)\s+(?:single\s+)?"
    rf"(?:day|week|month))\b)(?=.*\bever\b.*\b{_PASSES}|.*\b{_VERB_FIRST}\s.*\bever\b)"
)
# "was there ever a day with zero tanks lost?", "any week without a single drone downed?": the
# lowest record of that unit answers it (zero or not).
ZERO_DAY = re.compile(
    r"^(?=.*\b(?:ever|any|(?:were|was)\s+(?:there\s+)?(?:[\w,]+\s+){0,4}?(?:any\s+)?days)\b)"
    r"(?=.*\b(?:day|week|month)s?\b)(?=.*\b(?:zero|nil|none|nothing|"
    # "were there days without tank losses", "дни без потерь танков": "without" and the
    # losses read (blanked) after it
    r"without\s+(?:a\s+single|any)|without\s+(?:(?:shot\s+down|destroyed|downed|lost)\s+)?\s{2,}(?=\S|$)|"
    r"without\s+(?:[\w-]+\s+){0,2}?(?:loss(?:es)?|shot\s+down|destroyed|downed)\b|no\s+(?:[\w-]+\s+){0,3}?(?:lost|losses|destroyed|killed|downed)|"
    r"(?:lost|lose|losing|destroyed|downed)\s+(?:no|zero|nothing|none)))\b",
    re.I,
)
# "days without (tank losses)", "days with zero": the units a zero-day question asks about.
_ZERO_DAYS = re.compile(r"\b(?:days|weeks|months)\s+(?:without|with\s+(?:zero|no))\b")
# The number a threshold question names: read, since the record shows whether it was passed.
# "the five worst days of 2024", "top 3 days", "the ten highest single days": a ranking of
# days, with how many are asked (a record word on either side of the count).
_RECORD_WORDS = (
    r"worst|deadliest|bloodiest|highest|biggest|largest|heaviest|costliest|quietest|calmest|"
    r"lowest|lightest|mildest|best"
)
RANKED_RE = re.compile(
    rf"\b(?:(?:top|{_RECORD_WORDS})\s+(?P<n1>\d{{1,2}}|{alternation(SMALL_COUNTS)})|(?:the|top)\s+"
    rf"(?P<n2>\d{{1,2}}|{alternation(SMALL_COUNTS)})\s+(?:{_RECORD_WORDS}))\s+(?:single\s+|"
    # "the worst 7 days in a row" is one stretch of days, not a ranking
    r"individual\s+)?(?:days|dates)\b(?!\s+(?:in\s+a\s+row|running|straight|on\s+the\s+trot|"
    r"back[- ]to[- ]back|together|combined))",
    re.I,
)


def ranked_count(text: str) -> int | None:
    """How many days a ranking asks for ("the five worst days": 5), or None."""
    m = RANKED_RE.search(text)
    if m is None:
        return None
    raw = (m["n1"] or m["n2"]).lower()
    n = int(raw) if raw.isdigit() else SMALL_COUNTS[raw]
    return n if 2 <= n <= 31 else None


_THRESHOLD_NUMBER = re.compile(rf"\b{_PASSES}")
_TOTAL_RE = re.compile(
    r"\b(?:in\s+total|total|totals|totally|so\s+far|overall|to\s+date|altogether|"
    r"all\s+together|in\s+all|cumulative|cumulatively|running\s+(?:tally|total|count)|tally|"
    r"all[- ]time|"
    r"since\s+the\s+(?:start|beginning|outbreak|onset)|"
    r"since\s+(?:the\s+)?(?:full[- ]scale\s+|russian\s+)?invasion|"
    r"since\s+(?:the\s+)?war\s+(?:began|started|broke\s+out)|"
    r"since\s+(?:it|the\s+war)\s+(?:began|started)|since\s+day\s+one|"
    r"(?:whole|entire|full)\s+(?:war|conflict|invasion)|throughout\s+the\s+(?:war|conflict)|"
    r"(?:during|in|of)\s+the\s+(?:war|conflict|invasion|full-scale\s+invasion)|"
    r"until\s+now|till\s+now|up\s+to\s+now|to\s+this\s+day|ever|yet)\b"
)
_AS_OF_RE = re.compile(
    r"\b(?:as\s+of|as\s+at|by|up\s+to|until|till|through|thru|by\s+the\s+end\s+of|"
    r"at\s+the\s+end\s+of|end\s+of|"
    # "what was the total on 1 september 2026?": the running total that day
    r"(?:total|tally)\s+(?:on|at))\s*(?:the\s+)?$"
)
_SINCE_RE = re.compile(r"\b(?:since|starting|from|after)\s*(?:the\s+)?$")
# "pass ten thousand before April 2025", "prior to 1 May 2024": the running total the day before
# "until May 2023" of a whole month or year: up to its start (the month left out).
_UNTIL_RE = re.compile(r"\b(?:until|till|til|up\s+until)\s*(?:the\s+)?$")
_WHOLE_UNITS = (PeriodKind.month, PeriodKind.year)
_BEFORE_RE = re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s*(?:the\s+)?$")
# "month by month", "week-on-week", "broken down by year", "for every month": a list of that
# unit's figures, as "monthly" (qconv, wave 11)
_UNIT_BY_UNIT = (
    r"\b(?:{u}[\s-]+(?:by|on|after)[\s-]+{u}|(?:broken\s+down\s+)?by\s+{u}|for\s+every\s+{u})\b"
)
_KIND_HINTS: tuple[tuple[re.Pattern[str], PeriodKind], ...] = (
    *((re.compile(_UNIT_BY_UNIT.format(u=unit.value)), unit)
      for unit in (PeriodKind.day, PeriodKind.week, PeriodKind.month, PeriodKind.year)),
    (re.compile(r"\b(?:daily|per\s+day|(?:a|one|any)\s+(?:single\s+)?day|single\s+day|each\s+day|"
                r"every\s+day|day-to-day)\b"),
     PeriodKind.day),
    (re.compile(r"\b(?:weekly|per\s+week|(?:a|one|any)\s+(?:single\s+)?week|each\s+week)\b"),
     PeriodKind.week),
    (re.compile(r"\b(?:monthly|per\s+month|(?:a|one|any)\s+(?:single\s+)?month|"
                r"each\s+month)\b"),
     PeriodKind.month),
    (re.compile(r"\b(?:yearly|annual|annually|per\s+year|a\s+year)\b"), PeriodKind.year),
)  # fmt: skip

# -- intent ------------------------------------------------------------------------------------

_LOSS_WORDS = re.compile(
    r"\b(?:lost|lose|loses|losing|loss|losses|casualt\w*|killed|kill|died|dead|deaths?|"
    r"destroyed|destroy|downed|shot\s+down|shoot-?downs?|toll|tally|wounded|suffered|attrition|"
    r"worst\s+day|deadliest|bloodiest|best\s+(?:single\s+)?(?:day|week|month)\s+for)\b"
)
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|greetings|yo|howdy|"
    r"start|/start)\b(?:\s+(?:there|all|everyone|everybody|team|folks|guys|bot))?[\s,!.?]*(?:(?:who|what)\s+are\s+you|what\s+can\s+you\s+do|"
    r"how\s+are\s+you)?[\s!.?]*$"
)
_HELP = re.compile(
    r"^\s*(?:/?help|what\s+can\s+you\s+do|who\s+are\s+you|what\s+are\s+you|how\s+does\s+this"
    r"\s+work|what\s+do\s+you\s+know|commands|usage|\?+)[\s!.?]*$"
)

# -- dates -------------------------------------------------------------------------------------

# -- parsing -----------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Lower case, plain apostrophes and dashes, single spaces."""
    text = text.lower()
    text = re.sub(r"[’‘`´]", "'", text)
    text = re.sub(r"[‐‑‒–—―]", "-", text)
    text = re.sub(r"[\"“”«»]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def parse_question(text: str, today: dt.date | None = None) -> Query:
    """What `text` asks for. Dates without a year are resolved against `today` here and
    against the knowledge base in `knowledge.answering.answer`."""
    today = today or dt.date.today()
    norm, origin = normalise_tracked(text[:1000])
    query = Query(text=text, language=detect_language(text))
    read = Tracked(norm, norm, origin)
    if has_cyrillic(norm):
        read_words(read, query.language, query.notes, text)
    tidy(read)  # chat and writers' slips into the plain wording the rows read
    read.sub(_SHORTHAND, _plain_word)
    read.sub(REPORT_WINDOW_RE, _report_window)
    read.sub(REPORT_VERB_ON_RE, _report_verb_of)
    read.sub(TIME_OF_DAY_RE, _no_time)
    _claimants_set_against(read)
    read.sub(_LONG_WORD, _side_typo(query))
    norm, origin = read.work, read.origin
    if not norm:
        query.intent = Intent.empty
        return query
    if _GREETING.match(norm):
        query.intent = Intent.greeting
        return query
    if _HELP.match(norm):
        query.intent = Intent.help
        return query

    work = _read_first_person(_parse_claimant(norm, query), norm, text)
    _parse_subject(work, norm, query)
    work = _parse_kinds(work, query)
    tracked = Tracked(work, norm, origin)
    tracked.sub(_LONG_WORD, _month_typo(query))
    tracked.sub(YEAR_WORDS_RE, year_digits)
    query.date_notes += feast_notes(tracked.work, today)
    for pattern, date_words in date_word_rewrites(today):  # named days as the dates they are
        tracked.sub(pattern, date_words)
    before_period = work = tracked.work
    work = _parse_cited_period(work, query, today)
    _ends_in_order(query)
    _parse_figure(work, query, before_period)
    # the threshold, the zero days and the ranking before "top" are read as record words
    first = (RANKED_RE, _THRESHOLD_NUMBER, _ZERO_DAYS) if query.figure == Figure.record else ()
    reads = (*first, *_READ, *_reads_for(query))
    query.unread = find_unread(text, tracked, work, reads, _SUBSET, _COUNTED_THING)
    query.unread = _period_said_again(query)
    _without_examples(query, norm, origin)
    _kinds_apart(query, norm)
    model = model_metric(query.unread)
    if model is not None and (query.metrics in ([], [Metric.personnel]) or _generic_only(norm)):
        query.metrics = [model]  # "su-34 losses": aircraft, the model itself reported unread
    _with_equipment_status(query, text, tracked)

    reason = _unsupported(norm, work, query)
    if reason is not None:
        bad = _impossible_match(norm)
        if bad is not None:  # its day was read: the refusal names the date, not "unread"
            lo, hi = origin[bad.start()], origin[bad.end() - 1] + 1
            query.unread = [u for u in query.unread if not lo <= u.start < u.end <= hi]
        if not query.metrics and _SUBSET.search(norm):
            query.metrics = [Metric.personnel]  # "marines lost": a part of the personnel
        query.intent = Intent.unsupported
        query.notes.append(reason)
        return query
    has_topic = bool(query.metrics or query.claimants or _LOSS_WORDS.search(norm))
    if not has_topic and work != before_period:
        has_topic = _period_topic(work)
    if not has_topic and _LATEST_ONLY.match(norm):
        has_topic = True
        query.figure = Figure.latest
    has_topic = has_topic or bool(_TOTAL_ONLY.match(norm))
    dated = query.period_start is not None or query.period_end is not None
    has_topic = has_topic or (dated and _asks_the_tally(norm, work))
    has_topic = has_topic or (dated and _a_place_named(query))
    has_topic = has_topic or bool(_SIDE_WORD.search(norm) and _THRESHOLD_RE.search(norm))
    if not has_topic:
        query.intent = Intent.off_topic
        return query
    if not query.metrics:
        query.metrics = [Metric.personnel]
    return query


# Words that name a kind of equipment only loosely ("launchers" is rocket artillery unless a
# model says which: "S-400 launchers" are air defence).
_GENERIC_EQUIPMENT = frozenset({"launchers", "launcher", "systems", "system", "batteries"})


def _generic_only(norm: str) -> bool:
    """Whether the only equipment words of `norm` are loose ones such as "launchers"."""
    found = [m.group(0) for m in _PHRASE_RE.finditer(norm)]
    strong = [p for p in found if _PHRASES[p] and p not in _WEAK_PERSONNEL]
    return bool(strong) and all(p in _GENERIC_EQUIPMENT for p in strong)


_CIVILIAN = re.compile(r"\b(?:civilians?|children|non-?combatants?|refugees?)\b")
# Where the asker read a figure ("a German live blog I'm translating", "a Polish news site"):
# the medium, not another war; read, since every figure shown names its own source.
_MEDIUM = (
    r"(?:live\s*blog|blog|paper|newspaper|news\s*site|site|website|outlet|channel|broadcaster|"
    r"magazine|tabloid|agency|radio|tv|newscast|press|media|podcast|account)"
)
_MEDIUM_ADJ = (
    r"(?:german|french|polish|italian|spanish|dutch|czech|swiss|austrian|belgian|lithuanian|"
    r"latvian|estonian|finnish|swedish|norwegian|danish|romanian|hungarian|slovak|bulgarian|"
    r"greek|turkish|japanese|chinese|korean|israeli|british|american|western|local|foreign|"
    r"regional|national|live|online|news|tv|breaking)"
)
_READ_IN_MEDIUM = re.compile(
    rf"\b(?:a|an|the|this|that|my|one|some)\s+(?:{_MEDIUM_ADJ}\s+){{0,2}}{_MEDIUM}\b"
    r"(?:\s+(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:translating|reading|editing|checking|watching|"
    r"following|fact[- ]?checking|subbing))?"
)
_ELSEWHERE = re.compile(
    # (not where soldiers came from: "men from Chechnya" fight in this war)
    r"(?<!from\s)(?<!from\sthe\s)\b(?:france|french|germany|germans?|israel|israelis?|gaza|hamas|hezbollah|syria|syrians?|"
    r"iran|iranians?|china|chinese|poland|poles|polish|belarus|belarusians?|napoleon|afghanistan|afghans?|iraq|iraqis?|vietnam|japan|japanese|taiwan|"
    rf"the\s+moon|mars|world\s+war|wwii|ww2|chechnya|georgia)\b(?!\s+(?:{_MEDIUM_ADJ}\s+)?{_MEDIUM}\b)"
)
_STOCK = re.compile(
    r"\b(?:have|has|had)\s+(?:\w+\s+)?(?:left|remaining|in\s+stock|in\s+service|in\s+reserve)\b|"
    r"\bremaining\b|\bstockpiles?\b|\bproduc(?:e|es|ed|ing|tion)\b|\bmanufactur\w*|"
    r"\bbuil(?:d|ds|t)\b|\bdeliver\w*|\bdonat\w*|\bsupplied\b|\bsent\s+to\b|\bdefect\w*"
)
_COUNTED = re.compile(
    r"\bhow\s+many\s+(?:russian\s+|ukrainian\s+|enemy\s+|more\s+|of\s+(?:the|their|its)\s+)?([a-z']+)"
)
_NOT_COUNTED = _words(
    "have has had did does do were was are is of more times lost killed died from in on since "
    "during between for by until to at total overall altogether all so per a each on "
    # "how many then?", "how many exactly?": the figure of the period already named
    "then exactly "
    # "how many as of 24.02.2026?", "how many roughly by now?": a date or a hedge, not a thing
    "as already now about roughly approximately around"
)
_OLD_YEAR = re.compile(
    r"\b(?:in|since|during|of|from)\s+(?:the\s+year\s+)?(1\d{3}|200\d|201[0-3])\b"
    r"|\b(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+"
    r"(1\d{3}|200\d|201[0-3])\b"
)


# Parts of the personnel count that sources do not break out; answering with all personnel
# would be a wrong number, not a partial one.
_SUBSET = re.compile(rf"\b(?:{'|'.join(TROOP_PARTS)})\b")


_DAY_MONTH = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[a-z]{3,9})\b(?:,?\s+(?P<y>20\d\d))?"
    r"|\b(?P<m2>[a-z]{3,9})\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>20\d\d))?"
)


def _impossible_match(norm: str) -> re.Match[str] | None:
    """Where `norm` names a day its month does not have ("31 February 2024")."""
    for m in _DAY_MONTH.finditer(norm):
        month = MONTHS.get((m["m"] or m["m2"]).rstrip("."))
        if month is None:
            continue
        year = int(m["y"] or m["y2"] or 2024)  # a leap year when none is given
        if int(m["d"] or m["d2"]) > month_end(year, month).day:
            return m
    return None


def _impossible_date(norm: str) -> str | None:
    """ "31 February 2024" and the like, which must not be read as the whole month."""
    m = _impossible_match(norm)
    if m is None:
        return None
    month = MONTHS[(m["m"] or m["m2"]).rstrip(".")]
    year = m["y"] or m["y2"]
    return f"{int(m['d'] or m['d2'])} {MONTH_NAMES[month - 1].capitalize()}" + (
        f" {year}" if year else ""
    )


def _period_topic(work: str) -> bool:
    """Whether what is left beside a period makes a question for this bot: a bare period
    ("and in October?"), or one with a side and a comparison or figure word ("was july worse
    than june for russia"); "weather today" is not."""
    rest = set(re.findall(r"[a-z']+", _SO_FAR.sub(" ", work))) - _FILLER
    # a second period set beside the first ("compare the first quarter of 2025 and the
    # second quarter of 2025") is a period's words too, not another topic
    if _COMPARE_WORD.search(work):
        rest -= _PERIOD_PART_WORDS
    side = bool(_SIDE_WORD.search(work))
    return (
        not rest
        or rest <= _TOPIC_WORDS
        or (side and bool(rest & _TOPIC_WORDS or rest <= _SIDE_REST))
    )


def _is_counted_word(word: str) -> bool:
    """True when "how many <word>" asks for something counted: a filler word, or an equipment
    model ("how many grads"), which the unread-words report names instead."""
    return word in _NOT_COUNTED or word in MODEL_NAMES or word.removesuffix("s") in MODEL_NAMES


def _unsupported(norm: str, work: str, query: Query) -> str | None:
    """Why a question is about something this bot has no figures on, if it is."""
    if _CIVILIAN.search(norm):
        return "I only have figures on military losses, not on civilian casualties."
    if _ELSEWHERE.search(work):
        return "I only have figures on the Russia-Ukraine war."
    if _STOCK.search(norm):
        return (
            "I only have figures on losses, not on what is left, produced, delivered or defected."
        )
    impossible = _impossible_date(norm)
    if impossible:
        return f"{impossible} is not a date on the calendar; please check the day."
    subset = _SUBSET.search(norm)
    if subset:
        group = subset.group(0)
        if group in {"missing", "mia", "missing in action", "mobilised", "mobilized",
                     "north korean", "chechen"}:  # fmt: skip
            group += " soldiers"
        return (
            f"my sources do not break out figures for {group}; the personnel figures "
            "I have count all troops together."
        )
    if _OLD_YEAR.search(norm):
        return "My figures are about the Russia-Ukraine war, from 2014 on (mostly 2022 on)."
    counted = _COUNTED.search(norm)
    if counted and not query.metrics and not _is_counted_word(counted.group(1)):
        return f"I have no figures on {counted.group(1)}, only on military losses."
    return None


# The tally asked beside a period, with no kind of loss named ("the running total on 1 Jan
# 2024", "by what percentage did the tally grow in 2025", "anything from before the
# full-scale invasion?"): a question for this bot, about personnel.
_TALLY_ASKED = re.compile(
    r"\b(?:running\s+(?:total|tally|count)|(?:tally|toll|body\s+count|kill\s+count)|"
    r"full[- ]scale\s+(?:invasion|war)|since\s+the\s+(?:invasion|war)|"
    # "is it slowing down? the past 7 days": the pace of the losses over a period (qrecord)
    r"slow(?:s|ing|ed)?\s+down|speed(?:s|ing)?\s+up|pick(?:s|ing|ed)?\s+up|eas(?:es|ing|ed)\s+"
    r"off|let(?:s|ting)?\s+up)\b"
)
# "do you have anything for September 2026?", "is there any data for 2021?": what the bot holds
# for a period, which is its figures (a coverage question); nothing but the period after it.
_COVERAGE_ASK = re.compile(
    r"^\W*(?:(?:do|does|would|did|will)\s+(?:you|u|ya|the\s+bot)\s+(?:still\s+|even\s+)?"
    r"(?:have|hold|know)\s+(?:anything|any\s+(?:data|figures?|numbers?|info\w*)|data|figures|"
    r"numbers)|(?:is|are)\s+there\s+(?:anything|any\s+(?:data|figures?|numbers?|info\w*)))"
    r"(?:\s+(?:at\s+all|for|on|from|in|about|covering))*[\s?.!]*$"
)


def _asks_the_tally(norm: str, work: str) -> bool:
    """Whether a dated question asks about the tally itself ("the running total") or what the
    bot holds for the period ("do you have anything for September 2026?")."""
    return bool(_TALLY_ASKED.search(norm) or _COVERAGE_ASK.match(work))


_FILLER = _words(
    "and in what about for on the how so then of during what's whats losses figures figure "
    "since same ok okay now and also numbers number stats data tally please pls any latest "
    "daily newest recent most how many much from between to until till by as exactly with "
    # "what was the total on 1 september 2026?": the verb asks for the figure of that day
    "was were is are"
)
_COMPARE_WORD = re.compile(r"\b(?:compare[ds]?|versus|vs)\b")
_PERIOD_PART_WORDS = _words(
    "first second third fourth quarter quarters half halves q1 q2 q3 q4 h1 h2 year month week "
    "spring summer autumn winter"
)
_SIDE_WORD = re.compile(r"\b(?:russia|russian|russians|ukraine|ukrainian|ukrainians)\b")
_SIDE_REST = _words("russia russian russians ukraine ukrainian ukrainians was were is are did does")
_TOPIC_WORDS = _words(
    "worse better higher lower more fewer less bigger smaller figure figures number numbers "
    "latest daily monthly tally toll compare compared versus vs than "
    "average averages avg per a day week month each roughly approximately "
    # "how many per hour in november?", "в час сколько в среднем": the hour as the day (wave 12)
    "an hour hourly "
    # "total so far this year?", "the count to date in 2025": a running figure of the period
    "total totals count overall cumulative running "
    # "quietest day of 2025 - how many?", "was october 2024 the worst month of the war?": a
    # record asked of a period (its figure is personnel)
    "worst best deadliest bloodiest highest biggest largest heaviest record peak quietest calmest "
    "lowest fewest month week day year war invasion"
)
# A question that is only "latest figures?" asks for the newest personnel figure.
# "... you have", "... in your data", "... on record": the bot's own newest figure, no topic
_YOU_HAVE = (
    r"(?:\s+(?:(?:that\s+)?you(?:'ve|\s+have)?(?:\s+got)?|in\s+(?:your|the)\s+data|on\s+record))?"
)
_LATEST_ONLY = re.compile(
    r"^\W*(?:and\s+|so\s+|ok\s+|okay\s+)?(?:what'?s\s+|whats\s+)?(?:the\s+)?(?:latest|newest|"
    r"current|most\s+recent)\s+(?:figures?|numbers?|tally|data|stats|update|count)"
    + _YOU_HAVE
    + r"\W*$"
    # "@bot latest", "latest?": the word alone, said to the bot
    r"|^\W*(?:the\s+)?(?:latest|newest)\W*$"
)
# A bare "total" or "tally" names no kind of loss: the personnel total, the README's default
# for a question that names none ("latest total?", "total so far?").
_TOTAL_ONLY = re.compile(
    r"^\W*(?:and\s+|so\s+|ok\s+|okay\s+)?(?:what'?s\s+|whats\s+|what\s+is\s+)?(?:the\s+)?"
    r"(?:(?:latest|newest|current|most\s+recent|overall|running|grand)\s+)?"
    r"(?:total|totals|tally|toll|count)(?:\s+(?:so\s+far|(?:right\s+)?now|to\s+date|today|yet|"
    r"currently|at\s+(?:the\s+moment|present)|as\s+(?:of|at)\s+(?:now|today)))?"
    + _YOU_HAVE
    + r"\W*$"
)


_LONG_WORD = re.compile(r"\b[a-z]{5,}\b")
# The sides' names, whose typos ("ukriane", "russsia") would otherwise swap whose losses.
_SIDE_NAMES = ("ukraine", "ukrainian", "ukrainians", "russia", "russian", "russians")


def _side_typo(query: Query) -> Callable[[re.Match[str]], str]:
    """ "ukriane" -> "ukraine" (a note says so); words of six letters or more only."""

    def repl(match: re.Match[str]) -> str:
        token = match.group(0)
        if len(token) < 6 or token in _SIDE_NAMES or token in _PHRASES:
            return token
        found = process.extractOne(token, _SIDE_NAMES, scorer=fuzz.ratio, score_cutoff=80.0)
        if found is None or found[0][0] != token[0]:
            return token
        query.notes.append(f"read {token!r} as {found[0]!r}")
        return str(found[0])

    return repl


# Chat shorthand and slang for a side ("UA", "ukr", "russkies"), read as the plain word.
_PLAIN_WORDS = {**SIDE_SHORTHAND, **TIME_SHORTHAND}
_SHORTHAND = re.compile(rf"(?<![\w'.-])(?:{alternation(_PLAIN_WORDS)})(?![\w'-])")


def _report_verb_of(match: re.Match[str]) -> str:
    """ "did the general staff report on 14 march": that day's report ("report of")."""
    return f"{match['keeper']} report of"


def _report_window(match: re.Match[str]) -> str:
    """ "the 24 hours to 8am on 6 january": the morning report of that day."""
    return "the report of"


def _no_time(match: re.Match[str]) -> str:
    """ "as of 8am kyiv time on 1 march": the daily tally has no time of day, so none is read."""
    return " "


def _plain_word(match: re.Match[str]) -> str:
    """ "ua" -> "ukrainian", "russkies" -> "russians", "yday" -> "yesterday"."""
    return _PLAIN_WORDS[match.group(0)]


_TIME_WORDS = re.compile(rf"(?<![\w'.-])(?:{alternation(TIME_SHORTHAND)})(?![\w'-])")


def spelled_times(norm: str) -> str:
    """`norm` (normalised, lower case) with the chat shorthand for days and units spelled out
    ("prev mnth" -> "previous month"): the follow-up and average rows read plain words too."""
    return _TIME_WORDS.sub(lambda m: TIME_SHORTHAND[m.group(0)], norm)


def _month_typo(query: Query) -> Callable[[re.Match[str]], str]:
    """ "Novmber" -> "november", so the date patterns see it (a note says so)."""

    def repl(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in MONTHS or token in _NOT_TYPOS:
            return token
        month = _fuzzy_month(token)
        if month is None:
            return token
        name = MONTH_NAMES[month - 1]
        query.notes.append(f"read {token!r} as {name!r}")
        return name

    return repl


def _blank(text: str, start: int, end: int) -> str:
    """Replace a consumed span with spaces, keeping every other offset in place."""
    return text[:start] + " " * (end - start) + text[end:]


# "the russian figure for tanks": a count noun after the demonym of a side that publishes no
# figure of its own equipment losses names whose losses are counted, unless the question
# names the other side's losses ("the russian figure for ukrainian tanks").
_COUNT_NOUN_AFTER = re.compile(r"^\s+(?:figures?|numbers?|count|counts|tally|data|stats)\b")
_SILENT_ON_OWN_EQUIPMENT = {"russian": re.compile(rf"\b{_UKRAINE}\b")}


def _counts_own_equipment(alias: str, after: str, work: str) -> bool:
    """Whether `alias` before `after` is whose equipment losses are counted, not a claimant."""
    other_side = _SILENT_ON_OWN_EQUIPMENT.get(alias)
    if other_side is None or not _COUNT_NOUN_AFTER.match(after) or other_side.search(work):
        return False
    return any(_PHRASES[m.group(0)] != (Metric.personnel,) for m in _PHRASE_RE.finditer(work))


# "Kyiv vs Moscow on tanks in March", "the General Staff or the Kremlin: ...": two bodies set
# against each other are the claimants asked about, and "each side" after them is each of them.
_SET_AGAINST = re.compile(
    rf"(?<![\w'])(?P<a>{CLAIMANT_BODIES_EN})(?:'s?)?\s*(?:vs\.?|versus|v\.?|or|against)\s*"
    rf"(?P<b>{CLAIMANT_BODIES_EN})(?:'s?)?(?=\s*(?:[:\u2014\u2013-]|on\b|about\b|over\b|"
    r"regarding\b|for\b|figures?\b|numbers?\b|claims?\b|counts?\b))"
)
_EACH_SIDE = re.compile(r"\b(?:each|both|either)\s+(?:side|sides|party|parties)(?:'s?)?(?!\w)")


def _claimants_set_against(read: Tracked) -> None:
    """ "Kyiv vs Moscow on ..." read as "according to Kyiv vs the Kremlin on ...", and "what
    does each side say" after it as each of them (as the Ukrainian and Russian reading does)."""
    if not _SET_AGAINST.search(read.work):
        return

    def according(m: re.Match[str]) -> str:
        a, b = (CAPITAL_AS_CLAIMANT_EN.get(m[k], m[k]) for k in ("a", "b"))
        return f"according to {a} and according to {b}"

    read.sub(_SET_AGAINST, according)
    read.sub(_EACH_SIDE, lambda m: "each of them")


def _parse_claimant(work: str, query: Query) -> str:
    names: list[str] = []
    sides: list[str] = []
    outlets = [m.span() for m in _OUTLET_RE.finditer(work)]
    for match in list(_CLAIMANT_RE.finditer(work)):
        alias = match.group(0)
        if alias in PEOPLE and (
            _LOSER_AFTER.match(work[match.end() :]) or _FORCES_AFTER.match(work[match.end() :])
        ):
            continue  # "has Gerasimov lost", "Kadyrov's men": whose command (left unread)
        if any(s <= match.start() and match.end() <= e and (s, e) != match.span()
               for s, e in outlets):  # fmt: skip
            continue  # "the Kyiv Independent" is an outlet, not Kyiv and the independents
        if alias in _SPECIFIC_ALIASES and _NOT_THIS_CLAIMANT.search(work[: match.start()]):
            work = _blank(work, match.start(), match.end())
            continue
        if alias in _SPECIFIC_ALIASES:
            name = _SPECIFIC_ALIASES[alias]
            names.append(name)
            sides.append(CLAIMANT_BY_NAME[name].side)
            work = _blank(work, match.start(), match.end())
            continue
        before = work[max(0, match.start() - 30) : match.start()]
        after = work[match.end() : match.end() + 40]
        if _NOT_THIS_CLAIMANT.search(before):
            work = _blank(work, match.start(), match.end())
            continue  # "per Kyiv (not Moscow)", "not the Kremlin's numbers": read, left out
        if _BEFORE_IS_SUBJECT.search(before):
            continue  # "lost by Ukraine"
        if not _REPORTING_BEFORE.search(before) and _counts_own_equipment(alias, after, work):
            continue  # "the russian figure for tanks": Russia's losses, not its claim
        if (
            _REPORTING_BEFORE.search(before)
            or _REPORTING_AFTER.match(after)
            or (_ELLIPTIC_OWNER.match(after) and _NAMES_A_FIGURE.search(work))
            or _INSTEAD_OF_EXCLUDED.search(work[max(0, match.start() - 60) : match.start()])
        ):
            sides.extend(GROUP_SIDE_WORDS.get(alias) or (SIDE_WORDS[alias],))
            work = _blank(work, match.start(), match.end())
    if not sides:
        for match in re.finditer(r"[a-z]{6,}", work):
            found = process.extractOne(
                match.group(0),
                list(FUZZY_CLAIMANTS),
                scorer=fuzz.ratio,
                processor=utils.default_process,
                score_cutoff=85.0,
            )
            if found is not None and found[0][0] == match.group(0)[0]:
                name = FUZZY_CLAIMANTS[found[0]]
                names.append(name)
                sides.append(CLAIMANT_BY_NAME[name].side)
                query.notes.append(f"read {match.group(0)!r} as {found[0]!r}")
                work = _blank(work, match.start(), match.end())
    if not sides:
        return work
    distinct = list(dict.fromkeys(sides))
    if len(distinct) > 1:
        # "the Kremlin and Kyiv": both sides' figures, side by side.
        query.claimants = [n for side in distinct for n in _claimants_of(side, names)]
        return work
    side = distinct[0]
    query.claimant_side = side
    if names:
        query.claimant = names[0]
    query.claimants = _claimants_of(side, names)
    if _SAYS_ABOUT.search(work):  # what he says includes the press's figures he cites
        query.claimants += [r for n in names for r in relayed_by(n)]
    return work


# "what does Zelensky say about deaths" asks what he says, the figures he cites included;
# "how many died according to Zelensky" asks for his own figure, never one he only cites.
_SAYS_ABOUT = re.compile(
    r"\bwhat\s+(?:[a-z]+\s+){0,2}?(?:does|did|do|has|have|is|was)\s+.{0,40}?\b(?:say|said|"
    r"saying|says|mention|mentioned|tell|told|claim|claimed|claiming|quote|quoted|quoting|cite|"
    r"cited|citing|dispute|disputed|deny|denied)\b"
    r"|\b(?:comments?|remarks?|statements?|words)\s+(?:on|about)\b"
)


def _claimants_of(side: str, names: list[str]) -> list[str]:
    """Everyone on a government side ("per Ukraine") or on a side named as a group ("western
    estimates"); the named body for anyone else."""
    named = [n for n in names if claimant_side(n) == side]
    if side in ("ukraine", "russia", "uk", "us") or not named:
        return list(claimants_of_side(side))
    return named


_CATEGORY_ROWS = [
    (re.compile(rf"(?<![\w'])(?:{pattern})(?![\w])"), label)
    for pattern, label in COUNTED_CATEGORIES.items()
]


# Examples in brackets after a kind of loss ("special equipment (engineering kit, EW trucks and
# the like)", "air defence (e.g. pantsirs)"): what the kind covers, not other kinds asked.
_EXAMPLES = re.compile(
    r"\(\s*(?:e\.?\s?g\.?|i\.?\s?e\.?|such\s+as|like|things\s+like|for\s+example)[\s,][^()\d]{1,80}\)"
    r"|\([^()\d]{1,80}?(?:and\s+the\s+like|and\s+so\s+on|etc\.?|and\s+such|and\s+similar)\s*\)"
)


# A list in brackets with no word saying it gives examples ("special equipment (EW stations,
# engineering vehicles)"): examples when one of its items is a thing the terms table files
# under the kind of loss named right before it and none is a model (a model narrows).
_BRACKET_LIST = re.compile(r"\((?P<items>[^()\d]{2,80}?,[^()\d]{1,80}?)\)")


def _example_spans(work: str) -> list[tuple[int, int]]:
    """Where examples are given in brackets right after a kind of loss."""
    found = []
    for m in _EXAMPLES.finditer(work):
        before = work[max(0, m.start() - 40) : m.start()].rstrip()
        if any(k.end() == len(before) for k in _PHRASE_RE.finditer(before)):
            found.append(m.span())
    for m in _BRACKET_LIST.finditer(work):
        before = work[max(0, m.start() - 40) : m.start()].rstrip()
        kinds = [k for k in _PHRASE_RE.finditer(before) if k.end() == len(before)]
        items = [i.strip() for i in re.split(r",|\band\b|\bor\b", m.group("items")) if i.strip()]
        members = {t for k in kinds for metric in _PHRASES[k.group(0)]
                   for t in ARTICLE_TERMS.get(metric, ())}  # fmt: skip
        if (
            kinds
            and any(i in members or i + "s" in members for i in items)
            and not any(
                w in MODEL_NAMES or w.removesuffix("s") in MODEL_NAMES
                for i in items
                for w in i.split()
            )
        ):
            found.append(m.span())
    return found


def _read_examples(work: str) -> str:
    """`work` with the examples given in brackets right after a kind of loss read."""
    for start, end in _example_spans(work):
        work = _blank(work, start, end)
    return work


# Kinds of loss asked apart ("dead, wounded and captured - three separate numbers"): once a
# question names two kinds or more, the combined figure it reads them as is no answer to
# "separately", so the word is reported as a kind of loss no figure separates. The kinds are
# the one kind table's (lexicon/kinds.py).
_APART = re.compile(
    r"\b(?:separate(?:ly)?|apart|split|broken|breakdown|respectively|individually)\b"
)


def _with_equipment_status(query: Query, text: str, tracked: Tracked) -> None:
    """An equipment question's words that ask for one kind of loss only, as their own spans."""
    if Metric.personnel in query.metrics or not set(query.metrics) & set(_EQUIPMENT):
        return
    status = equipment_status(text, tracked)
    kept = [u for u in query.unread if not any(u.start < s.end and s.start < u.end
                                               for s in status)]  # fmt: skip
    query.unread = sorted([*kept, *status], key=lambda u: u.start)


def _kinds_apart(query: Query, norm: str) -> None:
    """Report the word asking for kinds of loss apart when two kinds or more were named."""
    if query.personnel_kind != PersonnelKind.casualties:
        return
    if sum(1 for kind in QUESTION_KIND_GROUPS if kind.search(norm)) < 2:
        return
    query.unread = [
        u.model_copy(update={"kind": "loss_kind", "constrains": True})
        if _APART.search(u.text.lower())
        else u
        for u in query.unread
    ]


def _without_examples(query: Query, norm: str, origin: list[int]) -> None:
    """No word of an example in brackets is left unread ("EW trucks" as an example of special
    equipment is not a category asked apart)."""
    spans = [(origin[s], origin[e - 1] + 1) for s, e in _example_spans(norm)]
    if spans:
        query.unread = [u for u in query.unread
                        if not any(s <= u.start and u.end <= e for s, e in spans)]  # fmt: skip


def _parse_kinds(work: str, query: Query) -> str:
    """The kinds of loss asked: a category counted apart first ("ground robots"), then the
    metric words; "russians" or "lost" beside a category do not make it about people."""
    work = _parse_metrics(_parse_category(_read_examples(work), query), query)
    if query.category is not None:
        others = [m for m in query.metrics if m not in (Metric.other, Metric.personnel)]
        query.metrics = [Metric.other, *others]
    return work


def _parse_cited_period(work: str, query: Query, today: dt.date) -> str:
    """The asked period, a quote's citation ("(Newsweek, Dec 2024)") read apart first."""
    work, published = _read_citation(work, today)
    work = _parse_period(work, query, today)
    _stated_on_the_day(query)
    return _anchor_to_citation(work, query, published) if published is not None else work


def _stated_on_the_day(query: Query) -> None:
    """ "what did the Kremlin say on 10 March 2024?": a day read as a report's date (the
    fighting of the day before) is the day itself when only bodies that do not report daily
    are asked; their word on a day was stated on it."""
    report = query.report_date
    names = [query.claimant] if query.claimant else query.claimants
    if report is None or not names or DAILY_REPORTERS.intersection(names):
        return
    note = report_day_note(report)
    if note not in query.date_notes:
        return  # a day counted back from a named day ("overnight on 7 February") stays
    query.date_notes.remove(note)
    query.period_start = query.period_end = report
    query.report_date = None


def _parse_category(work: str, query: Query) -> str:
    """A kind of equipment counted apart under `other` ("ground robots"): that category."""
    label = next((label for pattern, label in _CATEGORY_ROWS if pattern.search(work)), None)
    if label is None:
        return work
    query.category = label
    # Named again in other words ("ground robots (UGVs)"): every naming of it is read.
    for pattern, same in _CATEGORY_ROWS:
        for match in pattern.finditer(work) if same == label else ():
            work = _blank(work, match.start(), match.end())
    return work


# A formation after a kind of loss names the formation ("tank army", "artillery brigade").
_FORMATION_AFTER = re.compile(
    r"\s+(?:army|armies|corps|divisions?|brigades?|regiments?|battalions?)\b"
)

# "the 1st guards tank army", "58th combined arms army": an army by its number.
_ORDINAL_BEFORE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:[a-z]+\s+){0,3}$")


def _parse_metrics(work: str, query: Query) -> str:
    strong: list[Metric] = []
    weak = False
    kinds: list[PersonnelKind] = []
    grouped: list[Metric] = []  # "equipment": after the metrics named one by one
    parts = [m.span() for m in _SUBSET.finditer(work)]
    for match in list(_PHRASE_RE.finditer(work)):
        phrase = match.group(0)
        if any(s < match.end() and match.start() < e for s, e in parts) and not (
            _KIND_WORDS.get(phrase)
        ):  # "naval infantry", "tank crews": a part of the troops, not ships or tanks
            work = _blank(work, match.start(), match.end())
            continue
        if _FORMATION_AFTER.match(work, match.end()) or (
            phrase in ("army", "armies") and _ORDINAL_BEFORE.search(work, 0, match.start())
        ):
            continue  # "1st guards tank army": a formation's name, reported as unread whole
        if phrase in _KIND_WORDS and not _NEGATED.search(work[: match.start()]):
            kinds.append(_KIND_WORDS[phrase])
        metrics = _PHRASES[phrase]
        if metrics == (Metric.personnel,) and phrase in _WEAK_PERSONNEL:
            weak = True
        elif len(metrics) > 1:
            grouped.extend(m for m in metrics if m not in grouped)
        else:
            strong.extend(m for m in metrics if m not in strong)
        # Claimant and subject words stay visible for the subject rules.
        if phrase not in _SUBJECT_TERMS:
            work = _blank(work, match.start(), match.end())
    strong.extend(m for m in grouped if m not in strong)
    if not strong:
        for match in re.finditer(r"[a-z][a-z']{4,}", work):
            token = match.group(0)
            if token in _NOT_TYPOS or token in MONTHS or token in WEEKDAYS:
                continue
            found = process.extractOne(
                token,
                _FUZZY_CHOICES,
                scorer=fuzz.ratio,
                processor=utils.default_process,
                score_cutoff=_FUZZY_CUTOFF,
            )
            # Typos rarely touch the first letter; requiring it keeps "talks" from "tanks".
            if found is None or found[0][0] != token[0]:
                continue
            phrase = found[0]
            if phrase in _KIND_WORDS:
                kinds.append(_KIND_WORDS[phrase])
            metrics = _PHRASES[phrase]
            if metrics == (Metric.personnel,) and phrase in _WEAK_PERSONNEL:
                weak = True
            else:
                strong.extend(m for m in metrics if m not in strong)
            query.notes.append(f"read {token!r} as {phrase!r}")
            work = _blank(work, match.start(), match.end())
    if strong:
        query.metrics = strong
    elif weak:
        query.metrics = [Metric.personnel]
    if Metric.personnel in query.metrics and kinds:
        query.personnel_kind = _combine_kinds(kinds)
    return work


# "(killed, not wounded)", "excluding the wounded": a kind of loss the asker leaves out.
_NEGATED = re.compile(r"\b(?:not|excluding|without|except|minus|no)\s+(?:the\s+)?$")


def _combine_kinds(kinds: list[PersonnelKind]) -> PersonnelKind:
    found = set(kinds)
    if PersonnelKind.casualties in found or {PersonnelKind.killed, PersonnelKind.wounded} <= found:
        return PersonnelKind.casualties
    return kinds[0]


# Ukraine as the one who destroys or kills ("how many tanks did the Ukrainian armed forces
# destroy", "destroyed by Ukraine"): the losses asked about are Russia's.
_UKRAINE_FORCES = (
    rf"{_UKRAINE}(?:\s+(?:armed\s+forces|army|forces|military|troops|defenders|soldiers|"
    r"defen[cs]e\s+forces))?"
)
# Forces that are never the thing lost in "<forces> destroyed": a bare past verb after them is
# theirs ("ukrainian armed forces destroyed"), unlike "ukrainian soldiers killed".
_UKRAINE_AGENTS = (
    rf"{_UKRAINE}\s+(?:armed\s+forces|forces|military|army|defenders|defen[cs]e\s+forces)"
)


def _verbs(words: tuple[str, ...]) -> str:
    """An alternation of verbs (longest first), any spacing inside a phrasal verb."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


_DESTROYED = _verbs(DESTROYED)
# "did russia (claim to have) killed", "does moscow say it killed": the claimed act is the act.
_CLAIMED_TO = (
    r"(?:(?:claim|claims|claimed|say|says|said|report|reports|reported)\s+"
    r"(?:(?:that\s+)?(?:it|they)\s+(?:has\s+|have\s+|had\s+)?|to\s+have\s+)?)"
)
_DESTROY_NOW = _verbs(DESTROY_NOW)
# Only after "did/does X": "ukrainian soldiers [russia] claims it killed" is not Ukraine's act.
_CLAIM_DESTROY = rf"(?:{_CLAIMED_TO}(?:{_DESTROYED}|{_DESTROY_NOW})|{_DESTROY_NOW})"
_AGENT_UKRAINE = (
    re.compile(rf"\b{_UKRAINE_FORCES}\s+(?:(?:have|has|had)\s+{_DESTROYED}|{_DESTROY_NOW})\b"),
    re.compile(
        rf"\b(?:did|do|does|have|has|had)\s+(?:the\s+)?{_UKRAINE_FORCES}\s+{_CLAIM_DESTROY}\b"
    ),
    re.compile(rf"\b{_DESTROYED}\s+by\s+(?:the\s+)?{_UKRAINE_FORCES}"),
    # "ukraine's drone shootdowns", "kyiv's tank kills": what Ukraine downs is Russia's loss
    re.compile(
        rf"\b{_UKRAINE}(?:'s|s')?\s+(?:[a-z-]+\s+){{0,2}}?(?:shoot-?downs?|shootdowns?|kills|"
        r"intercepts|interceptions|takedowns|take-downs|hits|strikes|bag|tally\s+of\s+kills)\b"
    ),
)


# Russia as the one who destroys ("how many tanks did russia destroy"): Ukraine's losses.
_RUSSIA_NAME = (
    r"(?:russia|russians|russian\s+(?:armed\s+)?forces|russian\s+army|russian\s+military|moscow"
    r"|russian\s+troops|(?:putin|moscow|the\s+kremlin)'s\s+(?:army|forces|troops|military))"
)
_AGENT_RUSSIA = (
    re.compile(rf"\b(?:did|do|does|have|has|had)\s+(?:the\s+)?{_RUSSIA_NAME}\s+{_CLAIM_DESTROY}\b"),
    re.compile(rf"\b{_RUSSIA_NAME}\s+(?:have|has|had)\s+{_DESTROYED}\b"),
    re.compile(rf"\b{_DESTROYED}\s+by\s+(?:the\s+)?{_RUSSIA_NAME}"),
    # "putin's army killed how many ukrainian soldiers?": the agent, then what it destroyed
    re.compile(rf"\b{_RUSSIA_NAME}\s+{_DESTROYED}\s+(?:how\s+many|some|about|over|\d)"),
)
# Words that name Russia's own losses: then Russia destroying something does not decide.
_RUSSIA_LOST = re.compile(
    r"\b(?:russia|russians|russian\s+\w+)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:lost|lose|loses|losing|losses)\b|\blost\s+russia\b"
)


def _russia_as_agent(work: str) -> bool:
    """Whether `work` names Russia as the one who destroys, and not as the one who lost."""
    return any(p.search(work) for p in _AGENT_RUSSIA) and not _RUSSIA_LOST.search(work)


# A bare past after forces that are never the thing lost ("ukrainian armed forces destroyed"),
# in English only: a Ukrainian or Russian question's words lose their case when read ("ППО
# україни знищено" reads "air defense ukraine destroyed"); its rows say "destroyed by".
_AGENT_UKRAINE_EN = re.compile(rf"\b{_UKRAINE_AGENTS}\s+{_DESTROYED}\b")


def _only_as_agent(work: str, english: bool = True) -> bool:
    """Whether every Ukrainian-loss phrase of `work` lies inside a phrase naming Ukraine as
    the one who destroys or kills."""
    rows = (*_AGENT_UKRAINE, _AGENT_UKRAINE_EN) if english else _AGENT_UKRAINE
    agents = [m.span() for p in rows for m in p.finditer(work)]
    if not agents:
        return False
    ukr = [m.span() for p in _SUBJECT_UKRAINE for m in p.finditer(work)]
    return all(any(a < e and s < b for a, b in agents) for s, e in ukr)


def _read_first_person(work: str, norm: str, raw: str) -> str:
    """`work` with the asker's place and their "our guys" blanked as read, when the place
    says whose side "our" is (`first_person_subject` set the subject from them)."""
    for start, end in first_person_spans(norm, raw):
        work = work[:start] + " " * (end - start) + work[end:]
    return work


def _ukraine_as_loser(work: str) -> bool:
    """Whether a Ukrainian-loss phrase of `work` lies outside every phrase naming Ukraine as
    the one who counts ("Kyiv's personnel tally" is the General Staff's count of Russians)."""
    counting = [m.span() for p in _UKRAINE_COUNTS for m in p.finditer(work)]
    return any(
        not any(a <= m.start() < b for a, b in counting)
        for p in _SUBJECT_UKRAINE
        for m in p.finditer(work)
    )


def _parse_subject(work: str, norm: str, query: Query) -> None:
    english = query.language == "en"
    ukraine = _ukraine_as_loser(work) and not _only_as_agent(work, english)
    if ukraine or _russia_as_agent(work):
        query.subject = Subject.ukraine
    if query.claimant_side in ("ukraine", "russia") and (
        _OWN_LOSSES.search(norm) or _ADMITS.search(norm)
    ):
        query.subject = Subject(query.claimant_side)
    if (asker := first_person_subject(norm, query.text)) is not None:
        query.subject = asker  # "how many of our guys did we lose? I'm in Dnipro"
        return
    # An explicit "Russian" next to the thing counted wins ("Russian soldiers killed by
    # Ukraine"): only when no Ukrainian-loss phrase uses the same words.
    if query.subject == Subject.ukraine and _SUBJECT_RUSSIA.search(work):
        ukr = [m for p in _SUBJECT_UKRAINE for m in p.finditer(work)]
        agents = [a.span() for p in _AGENT_RUSSIA for a in p.finditer(work)]
        rus = [
            m
            for m in _SUBJECT_RUSSIA.finditer(work)
            if not _CLAIMANTS_FIGURE.match(work, m.start())
            and not any(a <= m.start() < b for a, b in agents)  # the agent, not the loser
        ]
        if rus and ukr and rus[0].start() < ukr[0].start():
            query.subject = Subject.russia


def _parse_figure(work: str, query: Query, dated: str = "") -> None:
    """The kind of figure asked; `dated` is the text before its periods were read, where a
    record's unit may stand inside a stated convention ("the worst mon-sun week of 2025")."""
    if query.figure == Figure.total:
        return
    hint = next((kind for pattern, kind in _KIND_HINTS if pattern.search(work)), None)
    if _RECORD_RE.search(work) or _THRESHOLD_RE.search(work) or ZERO_DAY.search(work):
        query.figure = Figure.record
        query.ranked = ranked_count(work)  # "the five worst days": a ranking of days
        unit = _RECORD_UNIT.search(work) or _RECORD_UNIT.search(dated)
        if unit:
            query.prefer_kind = PeriodKind(unit.group(1))
        elif hint is not None:
            query.prefer_kind = hint
        return
    has_period = query.period_start is not None or query.period_end is not None
    if has_period:
        query.figure = Figure.period
        # "monthly losses in 2025": each month's figure, one by one (never added up).
        if hint is not None and query.period_start and query.period_end:
            days = (query.period_end - query.period_start).days + 1
            if days > _KIND_DAYS[hint]:
                query.prefer_kind = hint
        return
    if hint is not None:
        query.prefer_kind = hint
        query.figure = Figure.latest
        return
    query.figure = Figure.total if _TOTAL_RE.search(work) else Figure.latest


_KIND_DAYS = {PeriodKind.day: 1, PeriodKind.week: 7, PeriodKind.month: 31, PeriodKind.year: 366}
_RECORD_UNIT = re.compile(
    r"\b(?:(?:worst|deadliest|bloodiest|highest|biggest|largest|heaviest|record|peak|which|what"
    r"|top|quietest|calmest|lowest|best|least[- ]bad|least\s+(?:deadly|bloody|costly)|lightest"
    r"|mildest|smallest)\s+(?:single\s+|mon(?:day)?\s+(?:to|through|thru)\s+sun(?:day)?\s+|[\w\x00-]+\s+)?"
    r"|(?=\w+\s+(?:with|of)\s+the\s+(?:most|highest|biggest|fewest|lowest)\b)"
    # "of the four quarters of 2024, which ...": the units counted, then which of them
    r"|\bof\s+the\s+(?:two|three|four|twelve|52)\s+(?=\w+s\b))"
    r"(day|week|month|quarter|year)(?:(?<=quarter)s|(?<=month)s)?\b",
    re.IGNORECASE,
)


# A citation in brackets after (or before) a quoted figure: the outlet it was published in,
# with the date it was published ("'2,030 on November 29' (Newsweek, Dec 2024)"). The date
# is when the quote appeared, not the period asked about.
_OUTLET_NAMES = alternation(OUTLETS)
_CITATION = re.compile(
    rf"\(\s*(?:the\s+)?(?:{_OUTLET_NAMES})(?![\w])[^()]*\)"
    rf"|\([^()]*(?<![\w])(?:{_OUTLET_NAMES})\s*\)"
)
# "3,000 in (just) three days", "in a week": a span of days the quote counts.
_QUOTED_SPAN = re.compile(
    rf"\b(?:in|within|over)\s+(?:just\s+|only\s+)?"
    rf"(?P<n>\d{{1,2}}|{alternation(SMALL_COUNTS)})\s+(?P<unit>days?|weeks?)\b"
)


# "a headline from 10 Dec 2023: 'Russia loses 3,000 in three days'": the date it appeared.
_CITED_ON = re.compile(
    # "a post on 3 dec said ..." is one; "what did the GS post on 2 june" is the General
    # Staff's post (a verb, or a noun after the tally's keeper) of that day: a report
    r"\b(?:headline|article|story|(?:(?<=\ba\s)|(?<=\bthe\s)|(?<=\bthis\s)|(?<=\bthat\s))post"
    r"|post(?!\s+on\b)|tweet|piece|clip|video|copy|column|"
    r"newsletter)\s+(?:from|on|dated|published(?:\s+on)?|posted(?:\s+on)?|"
    # "(piece runs Dec 2024)", "the story goes out on 3 dec": when it appears
    r"(?:runs|will\s+run|is\s+running|goes\s+(?:out|live|up)|will\s+go\s+(?:out|live|up)|"
    r"is\s+out|comes\s+out|appears|publishes|is\s+published)(?:\s+(?:on|in))?)\s+(?:the\s+)?"
)


def _read_citation(work: str, today: dt.date) -> tuple[str, dt.date | None]:
    """`work` with a citation blanked (a bracketed outlet and date, or "a headline from D"),
    and the last day of its date (if any)."""
    match = _CITATION.search(work)
    if match is not None:
        spans = find_dates(match.group(0), today)
        published = max((s.last for s in spans), default=None)
        return _blank(work, match.start(), match.end()), published
    lead = _CITED_ON.search(work)
    if lead is None:
        return work, None
    dated = [s for s in find_dates(work, today) if s.start == lead.end() and not s.year_missing]
    if not dated or (dated[0].first != dated[0].last and dated[0].kind != PeriodKind.month):
        return work, None
    # a month it appears in: a day without a year is the last one before that month
    day = dated[0].last if dated[0].first == dated[0].last else dated[0].first
    return _blank(work, lead.start(), dated[0].end), day


def _anchor_to_citation(work: str, query: Query, published: dt.date) -> str:
    """A quote's dates read against the day it was published: a day without a year is the
    last one on or before it, and "in three days" the three days before it."""
    if query.period_start is None and not query.open_end:
        span = _QUOTED_SPAN.search(work)
        if span is None:
            return work
        count = span["n"]
        n = int(count) if count.isdigit() else SMALL_COUNTS[count]
        days = n * (7 if span["unit"].startswith("week") else 1)
        query.period_start = published - dt.timedelta(days=days)
        query.period_end = published - dt.timedelta(days=1)
        query.period_kind = PeriodKind.range if days > 1 else PeriodKind.day
        query.figure = Figure.period
        return _blank(work, span.start(), span.end())
    if query.year_missing and query.period_start and query.period_end:
        year = published.year - (with_year(query.period_start, published.year) > published)
        start = with_year(query.period_start, year)
        end = with_year(query.period_end, year + (query.period_end < query.period_start))
        query.period_start, query.period_end = start, end
        query.year_missing, query.assumed_year = False, None
    return work


def _parse_period(work: str, query: Query, today: dt.date) -> str:
    for stated in CONVENTION_RE.finditer(work):  # "inclusive", "(mon-sun weeks)": as read
        work = _blank(work, stated.start(), stated.end())
    spans = find_dates(work, today)
    spans += find_relative(work, today, spans)
    spans.sort(key=lambda s: s.start)
    if not spans:
        return work
    spans, folded = qualify(work, spans)
    for span in folded:
        work = _blank(work, span.start, span.end)
    if not spans:  # all of them qualified away ("in just three days" of no date)
        return work
    for asked in PERIOD_ASKED_RE.finditer(work):  # "which days?": the answer names them
        work = _blank(work, asked.start(), asked.end())
    work = _read_period(work, spans, query, today)
    work = _read_glosses(work, spans, query)
    # The notes of the expressions read (an unread one is named as unread instead).
    query.date_notes += [s.note for s in spans if s.note and not work[s.start : s.end].strip()]
    query.report_date = next(
        (s.report_date for s in spans if s.report_date and not work[s.start : s.end].strip()),
        None,
    )
    return work


# "june and july 2023 together", "2023 and 2024 combined": the listed periods as one figure.
_ADD_UP = re.compile(
    r"\b(?:together|combined(?!\s+arms)|altogether|all\s+together|added(?:\s+up)?|summed(?:\s+up)?|"
    # "as one total": "total" may be read already (a read word is \x00 here)
    r"(?:as\s+)?(?:one|a\s+single)(?=\s+(?:total|figure|number|sum|\x00))|as\s+one)\b"
)


# What joins two date expressions into one period's ends: "X to Y", "between X and Y", and
# the range said backwards from its end ("from 15 August back to 1 August").
_RANGE_JOIN = re.compile(
    r"\s*(?:-|to|up\s+to|until|till|through|thru|and)\s*|\s*(?:(?:going|counting|working|all\s+"
    r"the\s+way)\s+)?back(?:wards?)?\s+(?:to|until|till)\s*(?:the\s+)?"
)


def _said_backwards(gap: str, first: Span, second: Span) -> bool:
    """The later end said first: "back to" joins them, or both ends carry their years and the
    first is after the second ("between 31 May 2025 and 20 May 2025")."""
    if "back" in gap:
        return True
    return not (first.year_missing or second.year_missing) and second.last < first.first


def _joined_ends(gap: str, first: Span, second: Span) -> tuple[dt.date, dt.date, bool]:
    """The first and last day of "X to Y", and whether its year is still missing: a year said
    only at the end is the start's too (the year before, when the start would fall after the
    end); a range said backwards is the same range."""
    if not _said_backwards(gap, first, second):
        if first.year_missing and not second.year_missing:
            start = with_year(first.first, second.last.year)
            if start > second.last:
                start = with_year(first.first, second.last.year - 1)
            return start, second.last, False
        return first.first, second.last, first.year_missing and second.year_missing
    low, high = second, first  # "from 12 april back to 1 april 2025"
    start, end = low.first, high.last
    if low.year_missing and not high.year_missing:
        start = with_year(low.first, high.last.year)
        start = start if start <= end else with_year(low.first, high.last.year - 1)
    elif high.year_missing and not low.year_missing:
        end = with_year(high.last, low.first.year)
        end = end if end >= start else with_year(high.last, low.first.year + 1)
    return start, end, low.year_missing and high.year_missing


def _read_period(work: str, spans: list[Span], query: Query, today: dt.date) -> str:
    """The period of the first date expression (joined to the next one for "X to Y"), or of a
    list of months or years; the expressions read are blanked in the returned text."""
    asked = work
    for find_list, unit in ((_month_list, PeriodKind.month), (_year_list, PeriodKind.year)):
        listed = find_list(work, spans)
        if listed is None:
            continue
        # "September, October and November 2024", "2023 or 2024": each one, side by side.
        work = _blank(work, spans[0].start, listed.end)
        query.period_kind = PeriodKind.range
        query.period_start, query.period_end = listed.first, listed.last
        query.prefer_kind = None if _ADD_UP.search(work) else unit  # "together": one figure
        query.year_missing = listed.year_missing
        if listed.year_missing:
            query.assumed_year = listed.last.year
        return work
    first = spans[0]
    start, end, kind = first.first, first.last, first.kind
    year_missing = first.year_missing
    consumed_to = first.end
    # "from X to Y", "between X and Y", "X - Y" join two date expressions into one period.
    if len(spans) > 1:
        second = spans[1]
        gap = work[first.end : second.start]
        if _RANGE_JOIN.fullmatch(gap):
            before = work[: first.start]
            if "and" not in gap or re.search(r"\bbetween\s*$", before):
                start, end, year_missing = _joined_ends(gap, first, second)
                kind = PeriodKind.range if end > start else PeriodKind.day
                consumed_to = second.end
    before = work[max(0, first.start - 30) : first.start]
    work = _blank(work, first.start, consumed_to)
    query.year_missing = year_missing
    if year_missing:
        query.assumed_year = start.year
    # "from 3 February" with no end runs to the latest report, like "since".
    after_from = bool(re.search(r"\bfrom\s*(?:the\s+)?$", before))
    single = consumed_to == first.end and first.kind != PeriodKind.range
    joined = consumed_to != first.end  # "since X up to Y" ends at Y
    open_since = _SINCE_RE.search(before) and not after_from and not joined
    if after_from and (first.report_date or end < WAR_START):
        # "the figure from the 2 October 2024 update": where it comes from; "losses from 2021,
        # before the invasion": of that year, not since
        after_from = False
    if open_since and re.search(r"\bafter\s*(?:the\s+)?$", before):
        # "after the war's first year", "after 8 August 2026": from the day after it
        start = end + dt.timedelta(days=1)
    if not first.end_fixed and (open_since or (after_from and single)):
        # "since February 3": from then to the latest report.
        if start <= WAR_START + dt.timedelta(days=5):
            query.figure = Figure.total
            return work
        query.period_kind = PeriodKind.range
        query.period_start = start
        query.period_end = None
        query.open_end = True
        return work
    if first.report_date and single and not first.day_figure and _REPORT_TOTAL.search(work):
        # "the GS total in the report of 24 Feb 2023": the running total that report gave
        return _total_to(work, query, first.report_date)
    if _UNTIL_RE.search(before) and single and kind in _WHOLE_UNITS and WAR_START < start <= today:
        return _until_start_of(work, query, start, kind)
    if first.as_of or _AS_OF_RE.search(before):
        return _total_to(work, query, min(end, today) if start <= today else end)
    if _BEFORE_RE.search(before) and single and WAR_START < start <= today:
        if _RECORD_RE.search(work):  # "the record day before 2024": searched up to then
            query.period_kind, query.period_start = PeriodKind.range, WAR_START
            query.period_end = start - dt.timedelta(days=1)
            return work
        return _total_to(work, query, start - dt.timedelta(days=1))
    part_of_2022 = not joined and start < WAR_START and end.year == WAR_START.year
    if start <= WAR_START < end and kind == PeriodKind.range and not part_of_2022:
        # "from 24 February 2022 to 9 February 2024" is a total as of the end date; a named
        # part of 2022 ("the first half of 2022", "Q1 2022") stays that period, so that a
        # total stated during it is shown as stated within it.
        return _total_to(work, query, end)
    end = _end_so_far(asked, start, end, today)
    query.period_kind, query.period_start, query.period_end = kind, start, end
    return work


def _end_so_far(asked: str, start: dt.date, end: dt.date, today: dt.date) -> dt.date:
    """The end of a period asked "so far" ("2026 so far", "since 1 June up to today", "the year
    to date"): yesterday, the last day fought a report covers, as "the last 30 days" end
    yesterday (a day's losses are reported the next morning). A period named alone ("this
    month", "November 2026") runs to today; a day alone ("today") is kept."""
    if start <= today < end and _SO_FAR.search(asked):
        end = today
    if start < today == end and _TO_NOW.search(asked):
        end = today - dt.timedelta(days=1)
    return end


def _until_start_of(work: str, query: Query, start: dt.date, kind: PeriodKind) -> str:
    """ "until May 2023", "до травня 2025": the running total up to the month's (or year's)
    start, the month itself left out, and the reading said."""
    named = f"{start:%B} {start.year}" if kind == PeriodKind.month else str(start.year)
    last = start - dt.timedelta(days=1)
    # a note in English, like the date grammar's: said per language when the answer is written
    day = f"{last.day} {last:%B %Y}"
    query.date_notes.append(PHRASES["date.until_start"].format(raw=named, day=day))
    return _total_to(work, query, last)


def _total_to(work: str, query: Query, end: dt.date) -> str:
    """The question read as the running total as of `end` (`work` returned unchanged)."""
    query.figure = Figure.total
    query.period_kind = PeriodKind.cumulative
    query.period_start, query.period_end = WAR_START, end
    return work


def _read_glosses(work: str, spans: list[Span], query: Query) -> str:
    """Dates in brackets that restate the period read ("winter 23/24 (dec through feb)", "Q2
    (april-june) 2023"): read as that period, not as another one."""
    start, end = query.period_start, query.period_end
    if start is not None and end is None:  # "after the war's first year, i.e. from 24 feb 2023"
        for span in spans:
            said = _SAID_AGAIN.search(work, max(0, span.start - 30), span.start)
            if said is not None and work[span.start : span.end].strip() and span.first == start:
                work = _blank(work, said.start(), span.end)
        return work
    if start is None or end is None:
        return work
    for span in spans:
        if work[span.start : span.end].strip() == "":
            continue
        # the same period said twice ("on day one, 24 feb 2022"), or restated in brackets
        if (
            (span.first, span.last) == (start, end)
            or _same_total(span, query)
            or (_in_brackets(work, span) and _restates(span, start, end))
        ):
            work = _blank(work, span.start, span.end)
    for span in spans:  # "sept 2022 (kharkiv counteroffensive month)": what the period was
        aside = _WHAT_THE_PERIOD_WAS.match(work, span.end)
        if aside is not None and work[span.start : span.end].strip() == "":
            work = _blank(work, aside.start(), aside.end())
    return work


# A period said again in other words: "after the first year, i.e. from 24 feb 2023 (on)".
_SAID_AGAIN = re.compile(
    r"(?:\bi\.?\s?e\.?|\bthat\s+is|\bmeaning|\bin\s+other\s+words|\bso)\s*,?\s*"
    r"(?:from|since|starting(?:\s+on)?)?\s*$"
)
# A bracketed aside right after the period read that says what that period was, ending or
# starting with its unit ("(kharkiv counteroffensive month)", "(the week avdiivka fell)").
_WHAT_THE_PERIOD_WAS = re.compile(
    r"\s*\((?:[^()]{1,50}?\s)?(?:month|week|day|year|quarter|summer|winter|spring|autumn|fall)"
    r"\s*\)|\s*\(\s*(?:the\s+)?(?:month|week|day|year|quarter)\s+(?:of|when|that|after|before)"
    r"\s[^()]{1,50}\)"
)


def _in_brackets(work: str, span: Span) -> bool:
    """Whether `span` lies inside a pair of round brackets."""
    opened = work.rfind("(", 0, span.start)
    return opened >= 0 and work.find(")", opened) >= span.end > work.rfind(")", 0, span.start)


def _same_total(span: Span, query: Query) -> bool:
    """Whether `span` restates the running total's day: "as of 24.02.2026 - four years of
    war" (the war's first years end the day before), "on 24.02.2025, the third anniversary"
    (that very day)."""
    end = query.period_end
    if query.period_kind != PeriodKind.cumulative or end is None:
        return False
    whole_war = span.first == WAR_START and end - span.last <= dt.timedelta(days=1)
    return whole_war or span.first == span.last == end


def _restates(span: Span, start: dt.date, end: dt.date) -> bool:
    """Whether a date in brackets names days of the period read (its year, when left out, is
    taken from the period)."""
    if not span.year_missing:
        return start <= span.first and span.last <= end
    months = {(d.month) for d in (span.first, span.last)}
    asked: set[int] = set()
    day = start.replace(day=1)
    while day <= end and len(asked) < 12:
        asked.add(day.month)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return months <= asked


# What joins periods named to be compared or listed one by one: "October and November",
# "2023 or 2024", "December 2023 compared with January 2024", "November higher than October".
_LIST_GAP = re.compile(
    r"\s*(?:,|&|:)?\s*(?:(?:and|or|vs\.?|versus|against|->|=>|→|compared\s+(?:with|to)|"
    r"(?:(?:more|higher|lower|fewer|less|bigger|smaller|worse|better)\s*,?\s*)?than)\s*)?"
    r"(?:in\s+|with\s+)?"
)


# A running total asked of one report ("the total in the report of 24 Feb", "the cumulative
# figure on the morning of 1 dec").
_REPORT_TOTAL = re.compile(
    r"\b(?:total|totals|cumulative|running\s+(?:total|tally|count)|overall|tally|so\s+far|"
    r"to\s+date|in\s+all|altogether)\b"
)
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|until\s+now|till\s+now|up\s+to\s+now|yet)\b")
# Words asking for a period up to now, counted to the last report ("since", "ytd").
_TO_NOW = re.compile(
    r"\b(?:so\s+far|to[- ]date|ytd|mtd|yet|since|(?:until|till|up\s+to|to|through|thru)\s+"
    r"(?:now|today))\b"
)


def _year_list(work: str, spans: list[Span]) -> Span | None:
    """Two or more years named one after the other, to compare, never to add up."""
    group = spans[:1]
    for nxt in spans[1:]:
        gap = work[group[-1].end : nxt.start]
        if nxt.kind != PeriodKind.year or not gap.strip() or not _LIST_GAP.fullmatch(gap):
            break
        group.append(nxt)
    if len(group) < 2 or group[0].kind != PeriodKind.year:
        return None
    first, last = min(s.first for s in group), max(s.last for s in group)
    return Span(group[0].start, group[-1].end, PeriodKind.range, first, last)


def _month_list(work: str, spans: list[Span]) -> Span | None:
    """Two or more months in a list ("September, October and November 2024") as one span."""
    group = spans[:1]
    for nxt in spans[1:]:
        gap = work[group[-1].end : nxt.start]
        if nxt.kind != PeriodKind.month or not gap.strip() or not _LIST_GAP.fullmatch(gap):
            break
        group.append(nxt)
    if len(group) < 2 or group[0].kind != PeriodKind.month or _between_two(work, group):
        return None
    months = _list_months(group)
    start = min(months)
    end = max(months)
    missing = all(s.year_missing for s in group)
    return Span(group[0].start, group[-1].end, PeriodKind.range, start,
                month_end(end.year, end.month), missing)  # fmt: skip


# Words that make "between X and Y" two periods to set side by side, not one stretch.
_CHANGE_WORDS = re.compile(
    r"\b(?:grow|grew|grown|growth|increase[sd]?|decrease[sd]?|rise|rose|risen|fall|fell|drop"
    r"(?:ped)?|change[sd]?|differ(?:ence)?|compare[sd]?|vs\.?|versus|more|less|fewer|higher|"
    r"lower|worse|better|each|every|monthly|month\s+by\s+month|per\s+month)\b"
)


def _between_two(work: str, group: list[Span]) -> bool:
    """ "between December 2024 and February 2025": one stretch, from the first month to the
    last (as "between March and May 2023"), unless the question compares or lists them."""
    return (
        len(group) == 2
        and bool(re.search(r"\bbetween\s+$", work[: group[0].start]))
        and not _CHANGE_WORDS.search(work)
    )


def _list_months(group: list[Span]) -> list[dt.date]:
    """The first day of each listed month, a month without a year being the one nearest the
    next month written with one (the one before when it has one after it): "November 2024,
    more than October" is October 2024, "December and January 2024" December 2023, and
    "January 2026 compared with December" December 2025."""
    out: list[dt.date] = []
    for i, span in enumerate(group):
        if not span.year_missing:
            out.append(span.first)
            continue
        after = next((s for s in group[i + 1 :] if not s.year_missing), None)
        before = next((s for s in reversed(group[:i]) if not s.year_missing), None)
        anchor = (after or before or group[-1]).first
        years = (anchor.year - 1, anchor.year, anchor.year + 1)
        out.append(min((dt.date(y, span.first.month, 1) for y in years),
                       key=lambda day: abs((day - anchor).days)))  # fmt: skip
    return out


def _fuzzy_month(token: str) -> int | None:
    found = process.extractOne(
        token,
        MONTH_NAMES,
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=85.0,
    )
    if found is None or found[0][0] != token[0]:
        return None
    return int(found[2]) + 1


# What the rules read without blanking it (they only look): never reported as unread.
_DATE_LEAD = re.compile(
    r"\b(?:as\s+of|as\s+at|(?:by|at|before)\s+the\s+end\s+of|end\s+of|by|up\s+to|until|till|"
    r"through|thru|since|starting|from|after|between|in|on|during|for|of|throughout|over|"
    r"across|before|prior\s+to|ahead\s+of)(?:\s+the)?\s*(?=\x00)"
)


def _ends_in_order(query: Query) -> None:
    """ "from 15 august to 1 august": the same days, counted back (wave 11, qrecord)."""
    if query.period_start and query.period_end and query.period_start > query.period_end:
        query.period_start, query.period_end = query.period_end, query.period_start


def _months_read(query: Query) -> set[int]:
    """The months (by number) of the period read, when it spans at most a year."""
    first, last = query.period_start, query.period_end
    if first is None or last is None or (last - first).days > 365:
        return set()
    months, day = set(), first.replace(day=1)
    while day <= last:
        months.add(day.month)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return months


def _month_only(span: UnreadSpan) -> list[int]:
    """The months an unread period span names with no year, day or weekday ([] otherwise)."""
    if span.kind != "period" or not span.constrains or any(c.isdigit() for c in span.text):
        return []
    words = re.findall(r"[a-z]+", span.text.lower())
    if any(w in WEEKDAYS for w in words):
        return []
    return [MONTHS[w] for w in words if w in MONTHS]


# "(not august)", "but not december", "excluding may": a month ruled out just before it.
_RULING_OUT = r"(?:not|but\s+not|excluding|except|without|leaving\s+out|minus|and\s+not)"
_RULED_OUT = re.compile(rf"\b{_RULING_OUT}\s+(?:in\s+|for\s+)?$")
_RULED_OUT_LEAD = re.compile(rf"^{_RULING_OUT}\s")


def _ruled_out_months(spans: list[UnreadSpan], query: Query, text: str) -> list[UnreadSpan]:
    """Months ruled out that the period read does not hold anyway ("june and july 2023 (not
    august)") are read: the period already leaves them out (wave 13, qrecord)."""
    months = _months_read(query)
    if not months:
        return spans
    kept: list[UnreadSpan] = []
    for span in spans:
        named = _month_only(span)
        ruled = _RULED_OUT.search(text[: span.start]) or _RULED_OUT_LEAD.match(span.text.lower())
        if named and not set(named) & months and ruled:
            span = span.model_copy(update={"kind": "word", "constrains": False})
        kept.append(span)
    return kept


def _restated(spans: list[UnreadSpan], query: Query) -> list[UnreadSpan]:
    """Months named again without a year inside the period already read ("june vs july 2025 -
    was july worse?", "2025 without december - jan through nov") name that period and
    constrain nothing more: both its ends restated, or one of two months compared; one month
    inside a longer period ("2024 - and july?") still asks for less (wave 11, qrecord)."""
    months = _months_read(query)
    first, last = query.period_start, query.period_end
    if not months or first is None or last is None:
        return spans
    named = {m for span in spans for m in _month_only(span)}
    if not named or not (
        named == {first.month, last.month} or (len(months) <= 2 and named <= months)
    ):
        return spans
    return [
        s.model_copy(update={"kind": "word", "constrains": False}) if _month_only(s) else s
        for s in spans
    ]


# A period's length said again beside its dates ("2022, the year the invasion began", "the 48
# hours of 10-11 june", "july 2026 - is the month complete?"): a unit, with its count, whose
# length is the period read asks for nothing more (wave 13, qrecord).
_LENGTH_SAID = re.compile(
    r"^(?:(?:the|a|an|whole|full|entire|complete|calendar)\s+)*(?:(?P<n>\d{1,3}|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|fourteen)\s+)?(?P<unit>hour|day|week|fortnight|month|"
    r"year)s?(?:\s+(?:complete|long|in\s+full|whole))?"
    r"(?:\s+(?:of|when|that|in\s+which)\s.*)?$"
)
_UNIT_DAYS: dict[str, tuple[float, float]] = {
    "hour": (1 / 24, 1 / 24), "day": (1, 1), "week": (7, 7), "fortnight": (14, 14),
    "month": (28, 31), "year": (365, 366),
}  # fmt: skip


def _period_said_again(query: Query) -> list[UnreadSpan]:
    """The unread spans, those that only say the period read again left unconstraining: its
    months restated, its length, a month ruled out beyond it."""
    spans = _length_restated(_restated(query.unread, query), query)
    return _ruled_out_months(spans, query, query.text.lower())


def _a_place_named(query: Query) -> bool:
    """ "Toretsk, Feb 2025?": a place beside a period asks for the losses there (the place is
    reported unread)."""
    return any(u.kind == "place" for u in query.unread)


def _length_restated(spans: list[UnreadSpan], query: Query) -> list[UnreadSpan]:
    """Unread period words that only say the read period's length constrain nothing."""
    first, last = query.period_start, query.period_end
    if first is None or last is None:
        return spans
    days = (last - first).days + 1
    kept: list[UnreadSpan] = []
    for span in spans:
        said = _LENGTH_SAID.match(span.text.lower()) if span.kind == "period" else None
        if said is not None:
            n = said["n"] or "one"
            count = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1)
            low, high = (count * d for d in _UNIT_DAYS[said["unit"]])
            if low <= days <= high:
                span = span.model_copy(update={"kind": "word", "constrains": False})
        kept.append(span)
    return kept


# A fact-checker's framing ("for a piece I'm writing"): who asks, not what is asked.
_FRAMING = re.compile(
    r"\b(?:for|in)\s+(?:a|an|my|our|the|this)\s+(?:piece|article|story|report|thread|post|"
    r"column|fact[- ]?check|newsletter|explainer|segment|video|podcast|brief|briefing|chart|"
    r"graph|graphic|infographic|map|table|spreadsheet|dashboard|slide|deck|presentation|"
    r"thesis|paper|lecture|class|script|broadcast|bulletin)"
    r"(?:\s+(?:i'?m|i\s+am|we'?re|we\s+are|i'?ll\s+be|i\s+will\s+be)\s+(?:writing|working\s+on|"
    r"doing|preparing|putting\s+together|filing|editing|checking))?\b"
)
# What a named claimant did with its figure ("did the russian side put out a number"): read when
# a claimant was read, since the claimant is what those words ask about.
_PUBLISHED_VERB = re.compile(
    r"\b(?:publish(?:es|ed|ing)?|put(?:s|ting)?\s+out|releas(?:e|es|ed|ing)|issu(?:e|es|ed|ing)|"
    r"post(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave|announc(?:e|es|ed|ing))\b"
)
# Words that take back the period already read ("for that month", "the same day").
_SAME_PERIOD = re.compile(
    r"\b(?:that|the\s+same|same|this\s+same)\s+(?:day|date|week|month|year|quarter|period|"
    r"time|span|stretch)\b"
)
# The period read, named again by its unit ("June 2024 ... just the month, please", "aug 2026 -
# full month?", "2023, the whole year"): (period kind, the unit's words).
_UNIT_OF_KIND = {
    PeriodKind.day: "day|date", PeriodKind.week: "week", PeriodKind.month: "month",
    PeriodKind.year: "year",
}  # fmt: skip
_THE_UNIT = {
    kind: re.compile(
        rf"\b(?:(?:just|only|for)\s+)?(?:the\s+|that\s+|a\s+)?(?:whole\s+|full\s+|entire\s+|complete\s+|"
        rf"calendar\s+)"
        rf"(?:{unit})\b|\b(?:just|only)\s+(?:for\s+)?(?:the|that)\s+(?:{unit})\b"
        rf"|\bthe\s+(?:{unit})\s+(?:itself|alone|only|on\s+its\s+own)\b"
    )
    for kind, unit in _UNIT_OF_KIND.items()
}
# "the week of 3-9 June": the lead of a week's range of days.
_WEEK_OF = re.compile(r"\b(?:the\s+)?week\s+(?:of\s*)?(?=\x00)")
# The days read named by their length just before them ("the fortnight from mon 3 to sun 16
# march", "the first working week of 2025, mon 6 to fri 10 january"): the name is read.
_SPAN_LEAD = r"\b(?:(?:the|a|that)\s+)?(?:(?:first|second|third|fourth|last|final|opening)\s+)?"
_SPAN_TAIL = r"\s*[,:]?\s*(?:(?:of|from|between|starting|beginning|running)\s*)?(?=\x00)"
_SPAN_NAMED: tuple[tuple[range, re.Pattern[str]], ...] = (
    (range(5, 8), re.compile(
        rf"{_SPAN_LEAD}(?:(?:working|work|business|calendar|full)\s+)?week{_SPAN_TAIL}")),
    (range(14, 15), re.compile(
        rf"{_SPAN_LEAD}(?:fortnight|two[- ]weeks?|2[- ]weeks?){_SPAN_TAIL}")),
)  # fmt: skip
# A wider period ruled out after the one read ("the 1st of march - one day only, not the
# month", "that week, not the whole year"): read, since the period read already excludes it.
_NOT_THE = (
    r"\b(?:not|rather\s+than|instead\s+of)\s+(?:for\s+)?(?:the\s+|that\s+)?"
    r"(?:whole\s+|entire\s+|full\s+)?"
)
_NOT_THE_WIDER: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"{_NOT_THE}(?:day'?s\s+)?(?:week|month|year)\b")),
    (7, re.compile(rf"{_NOT_THE}(?:month|year)\b")),
    (31, re.compile(rf"{_NOT_THE}(?:quarter|year)\b")),
)
# A record's days are never corrections (`derive.record_day` skips them): asked so, it is read.
_NO_CORRECTIONS = re.compile(
    r"\b(?:excluding|exclude|without|minus|skip(?:ping)?|ignor(?:e|ing)|not\s+counting|"
    r"leav(?:e|ing)\s+out|don'?t\s+(?:give|show|count|include)(?:\s+me)?|no)\s+"
    r"(?:the\s+|any\s+|a\s+)?correct\w*(?:\s+(?:days?|jumps?|reports?|figures?))?"
)


def _reads_for(query: Query) -> tuple[re.Pattern[str], ...]:
    """The rows that read a question's words only when its reading makes them redundant."""
    rows: list[re.Pattern[str]] = [_FRAMING]
    if query.period_start is not None and query.prefer_kind is None and len(query.metrics) <= 1:
        rows.append(_ADD_UP)  # one period, one kind: its figure is already one total
    if query.claimants:
        rows.append(_PUBLISHED_VERB)
    if query.period_start is not None:
        rows.append(_SAME_PERIOD)
        if query.period_kind in _THE_UNIT:
            rows.append(_THE_UNIT[query.period_kind])
        if query.period_end is not None and (query.period_end - query.period_start).days == 6:
            rows.append(_WEEK_OF)
        if query.period_end is not None:
            days = (query.period_end - query.period_start).days + 1
            rows += [row for lengths, row in _SPAN_NAMED if days in lengths]
            rows += [row for longest, row in _NOT_THE_WIDER if days <= longest]
    day = query.report_date or (
        query.period_start if query.period_start == query.period_end else None
    )
    if day is not None:  # "yesterday's report - the sunday one": that day named again
        rows.append(_THE_WEEKDAY_ONE[day.weekday()])
    if query.figure == Figure.record:
        rows.append(_NO_CORRECTIONS)
    return tuple(rows)


# A day read named again by its weekday ("yesterday's report - the sunday one", "that
# friday's update"): one row per weekday, used when the day read falls on it.
_THE_WEEKDAY_ONE = tuple(
    re.compile(rf"\b(?:the\s+|that\s+)?{name}(?:'s)?\s+(?:one|report|update|figures?|numbers?)\b")
    for name in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)


# "which days, and does it check out?": asks which period a figure covers, not for another.
_ASKS_WHICH_PERIOD = re.compile(
    r"\b(?:which|what|for\s+which|for\s+what)\s+(?:days?|dates?|period|span|week|month)\b"
)
# An average by another name ("a typical day", "the daily rate"): the unit it is per.
_AVERAGE_UNIT = re.compile(
    r"\b(?:typical|average|avg|mean)\s+(?:day|week|month)\b|\b(?:daily|weekly|monthly)\s+"
    r"(?:rate|pace)\b|\b(?:rate|pace)\s+(?:per|a)\s+(?:day|week|month)\b"
)
# "an hour", "hourly": the unit an average is asked per (a day's average over its 24 hours)
PER_HOUR = re.compile(r"\b(?:hourly|(?:an?|per|each|every)[\s-]+hour)\b", re.I)
# "month by month", "broken down by week", "a monthly breakdown": the period unit by unit
BREAKDOWN = re.compile(
    r"\b(?P<a>month|week)s?[\s-]+(?:by|on)[\s-]+(?:month|week)s?\b"
    r"|\b(?:broken|break(?:ing)?|split(?:ting)?|list(?:ed)?|one\s+(?:number|figure|line|row)|"
    r"a\s+(?:number|figure|line|row))\s+(?:\S+\s+){0,3}?(?:down\s+)?(?:by|per|for\s+each|into)"
    r"\s+(?P<b>month|week)s?\b"
    r"|\b(?P<c>month|week)ly\s+(?:breakdown|split|list|table|series)\b"
    r"|\bbreakdown\s+by\s+(?P<d>month|week)\b",
    re.I,
)
_READ: tuple[re.Pattern[str], ...] = (
    PER_HOUR,
    BREAKDOWN,
    _READ_IN_MEDIUM,
    ANSWER_FORMAT_RE,  # "just the number", "as a list": the answer's form, read
    _ASKS_WHICH_PERIOD,
    _AVERAGE_UNIT,
    _ADMITS,
    re.compile(rf"\b(?:{_DESTROYED}|{_verbs(DESTROY_NOW)})\b"),
    re.compile(rf"\b{_UKRAINE}(?![\w])"),
    _SUBJECT_RUSSIA,
    _OWN_LOSSES,
    _RECORD_UNIT,
    _RECORD_RE,
    _TOTAL_RE,
    *(pattern for pattern, _kind in _KIND_HINTS),
    _LOSS_WORDS,
    _DATE_LEAD,
    _CIVILIAN,
    _STOCK,
)
