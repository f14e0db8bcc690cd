"""Who publishes figures: the claimant table (stored names, sides, aliases), the names that
are a claimant only when something is attributed to them, and the spellings questions use.

The extractor reads article aliases from `CLAIMANTS`; the question parser reads the same
table plus `QUESTION_ALIASES`, `SIDE_WORDS` and `FUZZY_CLAIMANTS` below, so a name is defined
once and both read it alike (they once disagreed on "US intelligence").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Claimant:
    """A party that publishes figures. `side` lets "per Ukraine" match all Ukrainian bodies."""

    name: str
    side: str  # "ukraine", "russia", "uk", "us", "western" (other allies), "independent"
    aliases: tuple[str, ...]


# Canonical claimant names, in the form stored on claims. Aliases are lower case.
CLAIMANTS: tuple[Claimant, ...] = (
    Claimant(
        "Ukraine's General Staff",
        "ukraine",
        (
            "general staff of the armed forces of ukraine",
            "ukraine's general staff",
            "ukrainian general staff",
            "general staff of ukraine",
            "the general staff",
            "general staff",
            "zsu",
            # analysts' and slide decks' country codes ("UA General Staff", "UKR GS")
            "ua general staff",
            "ukr general staff",
            "ua gs",
            "ukr gs",
        ),
    ),
    Claimant(
        "Ukraine's Ministry of Defence",
        "ukraine",
        (
            "ukraine's ministry of defense",
            "ukraine's ministry of defence",
            "ministry of defense of ukraine",
            "ministry of defence of ukraine",
            "ukrainian ministry of defense",
            "ukrainian ministry of defence",
            "ukraine's defense ministry",
            "ukraine's defence ministry",
            "ukrainian defense ministry",
            "ukrainian defence ministry",
            "ukraine's defence minister",
            "ukraine's defense minister",
            "ukrainian defence minister",
            "ukrainian defense minister",
            "ua mod",
            "ukr mod",
            "umerov",
            "reznikov",
            "shmyhal",
        ),
    ),
    Claimant(
        "Ukraine's armed forces",
        "ukraine",
        (
            "armed forces of ukraine",
            "ukraine's armed forces",
            "ukrainian armed forces",
            "ukraine's military",
            "ukrainian military",
            "kyiv's military",
            "kyiv's forces",
        ),
    ),
    Claimant(
        "Ukraine's Air Force",
        "ukraine",
        (
            "ukraine's air force",
            "ukrainian air force",
            "the air force",
            "air force of ukraine",
            "air force spokesman",
            "ihnat",
            "oleshchuk",
        ),
    ),
    Claimant(
        "Ukraine's Navy",
        "ukraine",
        ("ukraine's navy", "ukrainian navy", "navy spokesman", "pletenchuk"),
    ),
    Claimant(
        "Ukraine's military intelligence (HUR)",
        "ukraine",
        (
            "defence intelligence of ukraine",
            "defense intelligence of ukraine",
            "ukraine's defence intelligence",
            "ukraine's defense intelligence",
            "ukrainian military intelligence",
            "ukraine's military intelligence",
            "military intelligence of ukraine",
            "hur",
            "gur",
            "budanov",
            "yusov",
        ),
    ),
    Claimant(
        "Ukrainian officials",
        "ukraine",
        (
            "ukrainian officials",
            "ukrainian authorities",
            "kyiv",
            "kiev",
            "ukraine",
            "ukrainian government",
        ),
    ),
    Claimant(
        "Ukraine's President",
        "ukraine",
        (
            "zelensky",
            "zelenskyy",
            "zelenskiy",
            "ukrainian president",
            "ukraine's president",
            "president of ukraine",
            "volodymyr zelensky",
            "volodymyr zelenskyy",
        ),
    ),
    Claimant(
        "Ukraine's Commander-in-Chief",
        "ukraine",
        (
            "syrskyi",
            "syrsky",
            "zaluzhnyi",
            "zaluzhny",
            "ukraine's commander-in-chief",
            "ukrainian commander-in-chief",
            "commander-in-chief of the armed forces of ukraine",
        ),
    ),
    Claimant(
        "Ukrainian commanders",
        "ukraine",
        (
            "the ukrainian commander",
            "ukrainian commander",
            "ukrainian brigade commander",
            "ukrainian battalion commander",
            "ukrainian company commander",
            "ukrainian platoon commander",
            "ukrainian unit commander",
            "company commander",
            "battalion commander",
            "russian volunteer corps",
            "freedom of russia legion",
            "kalinouski regiment",
            "georgian legion",
        ),
    ),
    # Ukraine's operational groupings and named units, each its own claimant: coverage names the
    # grouping or brigade whose figures it quotes, and so should the answer.
    Claimant(
        "Ukraine's Joint Forces Task Force",
        "ukraine",
        ("joint forces task force", "joint forces of ukraine", "ukraine's joint forces"),
    ),
    Claimant(
        "Ukraine's Khortytsia group of forces",
        "ukraine",
        (
            "khortytsia group",
            "khortytsia grouping",
            "khortytsia group of forces",
            "khortytsia operational-strategic group",
            "khortytsia operational-strategic grouping",
            "khortytsia operational and strategic group",
            "trehubov",
            "voloshyn",
        ),
    ),
    Claimant(
        "Ukraine's Tavria group of forces",
        "ukraine",
        (
            "tavria group",
            "tavria grouping",
            "tavria group of forces",
            "tavria operational-strategic group",
            "tavria operational-strategic grouping",
            "tavria operational and strategic group",
            "shtupun",
            "lykhovyi",
        ),
    ),
    Claimant(
        "Ukraine's Southern Defence Forces",
        "ukraine",
        (
            "southern defence forces",
            "southern defense forces",
            "ukraine's southern forces",
            "operational command south",
            "ukraine's southern command",
            "humeniuk",
        ),
    ),
    Claimant(
        "Ukraine's 3rd Assault Brigade",
        "ukraine",
        ("3rd assault brigade", "third assault brigade", "3rd separate assault brigade"),
    ),
    # The border guard counts what it downs or hits on the border itself; coverage names it.
    Claimant(
        "Ukraine's State Border Guard Service",
        "ukraine",
        (
            "state border guard service",
            "state border guard service of ukraine",
            "border guard service of ukraine",
            "ukraine's border guard service",
            "ukrainian border guard service",
            "ukraine's state border guard service",
            "ukraine's border guards",
            "ukrainian border guards",
            "ukraine's border guard",
            "ukrainian border guard",
            "dpsu",
            "demchenko",
        ),
    ),
    Claimant(
        "Ukraine's Unmanned Systems Forces",
        "ukraine",
        ("unmanned systems forces", "ukraine's drone forces", "madyar", "brovdi"),
    ),
    Claimant(
        "Wagner Group",
        "russia",
        ("prigozhin", "wagner group", "wagner chief", "wagner founder"),
    ),
    Claimant(
        "Russia's human rights commissioner",
        "russia",
        (
            "moskalkova",
            "russian human rights commissioner",
            "russia's human rights commissioner",
            "russian ombudsman",
        ),
    ),
    Claimant(
        "Russian media",
        "russia",
        # Russia's press and "the Russians" as a generic source ("Росіяни пишуть, що ...").
        (
            "russian media",
            "russian state media",
            "russian state tv",
            "russian state television",
            "kremlin-controlled media",
            "russian propagandists",
            "russian propaganda",
        ),
    ),
    Claimant(
        "Russian military bloggers",
        "russia",
        # Cyrillic rows below name it too: "военкор", "Z-блогер".
        (
            "pro-kremlin telegram channel",
            "pro-kremlin channel",
            "pro-kremlin military blogger",
            "pro-kremlin blogger",
            "russian military blogger",
            "russian military bloggers",
            "russian war blogger",
            "russian war bloggers",
            "russian milblogger",
            "russian milbloggers",
            "z-channel",
            "z-blogger",
        ),
    ),
    Claimant(
        "Russian commanders",
        "russia",
        (
            "alaudinov",
            "akhmat",
            "kadyrov",
            # a Russian officer is no "battalion commander" of the Ukrainian row: the longer
            # name starts first and wins
            "russian commander",
            "russian battalion commander",
            "russian company commander",
            "russian brigade commander",
            "russian regiment commander",
            "russian platoon commander",
            "russian unit commander",
        ),
    ),
    Claimant(
        "the Kremlin",
        "russia",
        ("the kremlin", "kremlin", "peskov", "putin", "kremlin spokesperson"),
    ),
    Claimant(
        "Ukrainian regional military administration",
        "ukraine",
        (
            # the heads of Ukraine's regions, who post the night's attacks each morning
            "regional military administration",
            "oblast military administration",
            "ukrainian governor",
            "ukrainian regional governor",
            "syniehubov",
        ),
    ),
    Claimant(
        "Russian regional governor",
        "russia",
        (
            # border regions' heads, who post the night's drones and "saboteurs" each morning
            "russian governor",
            "russian regional governor",
            "bryansk governor",
            "belgorod governor",
            "kursk governor",
            "bogomaz",
            "gladkov",
            "khinshtein",
        ),
    ),
    Claimant(
        "Russian officials",
        "russia",
        ("moscow", "russian officials", "russian authorities", "russian government"),
    ),
    Claimant(
        "Russia's Ministry of Defence",
        "russia",
        (
            "russian ministry of defense",
            "russian ministry of defence",
            "ministry of defense of the russian federation",
            "ministry of defence of the russian federation",
            "ministry of defence of russia",
            "ministry of defense of russia",
            "russia's defense ministry",
            "russia's defence ministry",
            "russian defense ministry",
            "russian defence ministry",
            "russia's ministry of defence",
            "russia's ministry of defense",
            "shoigu",
            "konashenkov",
            "battlegroup tsentr",
            "battlegroup yug",
            "battlegroup vostok",
            "battlegroup zapad",
            "battlegroup sever",
            "battlegroup dnepr",
            "belousov",
            "gerasimov",
            "the russian mod",
            "russian mod",
            "russia's mod",
            # country codes ("RU MoD claim", "RF MoD", "MoD RF")
            "ru mod",
            "rf mod",
            "rus mod",
            "mod rf",
            "russian defense minister",
            "russian defence minister",
            "russian military",
            "russia",
            "moscow's defence ministry",
            "moscow's defense ministry",
            # the ministry named by its nation alone ("The Russian ministry claimed ...")
            "russian ministry",
            "russia's ministry",
            "moscow's ministry",
            "the ministry in moscow",
            "russia's own defence ministry",
            "russia's own defense ministry",
        ),
    ),
    Claimant(
        "UK Ministry of Defence",
        "uk",
        (
            "uk ministry of defence",
            "uk ministry of defense",
            "british ministry of defence",
            "britain's defence ministry",
            "britain's ministry of defence",
            "british defence ministry",
            "uk defence ministry",
            "uk mod",
            "british intelligence",
            "uk defence intelligence",
            "britain's defence intelligence",
            "british defence intelligence",
            "defence intelligence",
            "chief of the defence staff",
            "radakin",
            "british officials",
            "uk officials",
            "britain",
            "uk",
            "london",
        ),
    ),
    Claimant(
        "GCHQ",
        "uk",
        ("gchq", "keast-butler", "britain's signals intelligence agency"),
    ),
    Claimant(
        "NATO",
        "western",
        (
            "nato",
            "rutte",
            "stoltenberg",
            "nato secretary general",
            "senior nato official",
            "nato officials",
            "nato official",
            "the alliance",
        ),
    ),
    Claimant(
        "South Korea's National Intelligence Service",
        "western",
        (
            "national intelligence service",
            "south korea's spy agency",
            "south korean intelligence",
            "seoul's spy agency",
            "south korea's intelligence service",
            "nis",
            "seoul",
        ),
    ),
    Claimant(
        "the White House",
        "us",
        ("white house", "the white house", "kirby", "john kirby"),
    ),
    Claimant(
        "the Pentagon",
        "us",
        (
            "the pentagon",
            "pentagon",
            "us department of defense",
            "u.s. department of defense",
            "us defence official",
            "us defense official",
            "u.s. defense official",
            "senior us defence official",
            "senior us defense official",
            "us officials",
            # the 2023 leak: slides of the Pentagon's Joint Staff
            "leaked documents",
            "leaked pentagon documents",
            "leaked us documents",
            "leaked u.s. documents",
            "leaked slides",
            "leaked pentagon slides",
            "leaked intelligence documents",
            "the leaked documents",
            "the slides",
            "u.s. officials",
            "american officials",
            "washington",
        ),
    ),
    Claimant(
        "US intelligence",
        "us",
        (
            "us intelligence",
            "u.s. intelligence",
            "american intelligence",
            "the cia",
            "cia",
            "burns",
            "cia director",
            "us intelligence assessment",
            "u.s. intelligence assessment",
        ),
    ),
    Claimant(
        "the Institute for the Study of War",
        "independent",
        ("institute for the study of war", "isw"),
    ),
    Claimant(
        "CSIS",
        "independent",
        ("center for strategic and international studies", "csis"),
    ),
    Claimant(
        "Oryx",
        "independent",
        ("oryx", "oryxspioenkop"),
    ),
    Claimant(
        "media reports",
        "independent",
        (
            "american press",
            "the american press",
            "western press",
            "the western press",
            "foreign press",
            "us press",
            "u.s. press",
            "disputed reports",
            "denied reports",
            "dismissed reports",
            "us media",
            "u.s. media",
            "western media",
            "media reports",
            "press reports",
            "the new york times",
            "new york times",
            "the wall street journal",
            "wall street journal",
            "the economist",
        ),
    ),
    Claimant(
        "Mediazona",
        "independent",
        ("mediazona", "meduza", "bbc russian", "bbc russian service", "bbc news russian"),
    ),
    Claimant(
        "UALosses",
        "independent",
        ("ualosses", "ua losses"),
    ),
)

# Names that are only a claimant when something is attributed to them ("Kyiv said",
# "according to Moscow"); elsewhere they are places or actors ("Russia lost 12 tanks").
ATTRIBUTION_ONLY_ALIASES = frozenset(
    {
        "ukraine", "kyiv", "kiev", "russia", "moscow", "putin", "britain", "uk", "london",
        "washington", "ukrainian government", "russian military", "russian officials",
        "zelensky", "zelenskyy", "zelenskiy", "ukrainian president", "seoul", "the alliance",
        "the slides", "burns", "defence intelligence",
    }
)  # fmt: skip

# Generic names of a side, and the specific bodies a generic name stands for when an article
# names exactly one of them ("Kyiv said" in a piece quoting the General Staff).
GENERIC_CLAIMANTS: dict[str, tuple[str, ...]] = {
    "Ukrainian officials": ("Ukraine's General Staff", "Ukraine's Ministry of Defence"),
    "Russian officials": ("Russia's Ministry of Defence",),
}

# A body the table does not know, named as the source of a figure: "according to a tally kept
# by the Centre for Defence Strategies", "the Frontline Losses Project estimates". The name must
# end in (or be built on) one of these words; a name with a side's word in it is left to the
# table and the side rules, since an unknown body has no side.
BODY_HEADS = (
    "Institute", "Centre", "Center", "Council", "Foundation", "Project", "Team", "Observatory",
    "Initiative", "Network", "Monitor", "Lab", "Laboratory", "Forum", "Studies", "Research",
)  # fmt: skip
BODY_ATTRIBUTION_BEFORE = (
    r"according\s+to|per|data\s+from|figures\s+from|estimates?\s+(?:from|by)|"
    r"(?:tally|count|database|estimate|list|tracker)\s+(?:kept|maintained|compiled|run|published|"
    r"collected|updated)\s+by"
)
BODY_ATTRIBUTION_AFTER = (
    r"(?:has\s+|have\s+|also\s+)*(?:said|says|estimated|estimates|counted|counts|reported|"
    r"reports|calculated|calculates|tallied|documented|has\s+documented|found|finds|put|puts)"
)
BODY_NATION_WORDS = r"Russia|Russian|Moscow|Kremlin|Ukraine|Ukrainian|Kyiv|Kiev"

# Used when an article gives a figure without saying whose it is.
UNATTRIBUTED = "unattributed (the outlet does not say)"

CLAIMANT_BY_NAME: dict[str, Claimant] = {c.name: c for c in CLAIMANTS}

# The bodies that speak once a day, in a morning report of the day before's fighting: what
# they said on a day is that day's report. Anyone else's word on a day was stated that day
# ("what did the Kremlin say on 10 March 2024?").
DAILY_REPORTERS = frozenset(
    {"Ukraine's General Staff", "Ukraine's Ministry of Defence", "Ukraine's armed forces"}
)


def claimant_side(name: str) -> str | None:
    """The side a stored claimant name belongs to, or None when it is not one we know (a
    relayed claim is its first claimant's: the press's, not the speaker's who cites it)."""
    known = CLAIMANT_BY_NAME.get(relayed_parts(name)[0])
    return known.side if known else None


# Claimants whose figures usually reach an article through someone who cites them ("some in
# the American press reported 80,000, Zelensky said"): stored with that speaker named, as
# "media reports (as cited by Ukraine's President)", so a question about the speaker finds
# them and no answer passes them off as the speaker's own figure.
RELAYED_CLAIMANTS = frozenset({"media reports"})
_RELAYED_FORM = "{claimant} (as cited by {speaker})"
_RELAYED_RE = re.compile(r"^(?P<claimant>.+?) \(as cited by (?P<speaker>.+)\)$")


def relayed(claimant: str, speaker: str) -> str:
    """The stored name of `claimant`'s figure as `speaker` cites it."""
    return _RELAYED_FORM.format(claimant=claimant, speaker=speaker)


def relayed_parts(name: str) -> tuple[str, str | None]:
    """A stored name as (claimant, the speaker citing it or None)."""
    if " (as cited by " not in name:  # a plain test first: this runs for every figure
        return name, None
    match = _RELAYED_RE.match(name)
    return (match["claimant"], match["speaker"]) if match else (name, None)


def relayed_by(speaker: str) -> tuple[str, ...]:
    """The stored names of the relayed claimants' figures as `speaker` cites them."""
    return tuple(relayed(c, speaker) for c in sorted(RELAYED_CLAIMANTS))


def claimants_of_side(side: str) -> tuple[str, ...]:
    """The stored names of every claimant on one side, in table order."""
    return tuple(c.name for c in CLAIMANTS if c.side == side)


# Names of a side that can be a claimant or a subject ("per Ukraine" / "Ukraine's losses"):
# in a question they are a claimant only next to a reporting word. name -> side.
SIDE_WORDS: dict[str, str] = {
    "ukraine": "ukraine", "kyiv": "ukraine", "kiev": "ukraine", "ukrainian": "ukraine",
    "zelensky": "ukraine", "zelenskyy": "ukraine", "ukraine's military": "ukraine",
    "ukrainian military": "ukraine", "kyiv's military": "ukraine", "kyiv's forces": "ukraine",
    "armed forces of ukraine": "ukraine", "ukraine's armed forces": "ukraine",
    "ukrainian armed forces": "ukraine", "ukrainian side": "ukraine",
    "russia": "russia", "moscow": "russia", "russian": "russia", "putin": "russia",
    "russian military": "russia", "russian side": "russia",
    "uk": "uk", "britain": "uk", "london": "uk", "british": "uk",
    "washington": "us", "american": "us", "us": "us", "u.s.": "us", "america": "us",
}  # fmt: skip

# Words for several sides' claimants at once, a claimant only next to a reporting word
# ("western estimates", "per independent counts"). word -> the sides it takes in.
GROUP_SIDE_WORDS: dict[str, tuple[str, ...]] = {
    "western": ("uk", "us", "western"), "the west": ("uk", "us", "western"),
    "allied": ("uk", "us", "western"), "ukraine's allies": ("uk", "us", "western"),
    "independent": ("independent",), "open-source": ("independent",), "osint": ("independent",),
}  # fmt: skip

# Spellings of claimants seen in questions (chat shorthand, possessives) that articles are
# not read for. alias -> stored name.
QUESTION_ALIASES: dict[str, str] = {
    "ukraine's defence ministry": "Ukraine's Ministry of Defence",
    "ukraine's mod": "Ukraine's Ministry of Defence",
    "ukrainian mod": "Ukraine's Ministry of Defence",
    "russian mod": "Russia's Ministry of Defence",
    "russia's mod": "Russia's Ministry of Defence",
    "kremlin's": "the Kremlin",
    "british mod": "UK Ministry of Defence",
    "mod uk": "UK Ministry of Defence",
    "uk's ministry of defence": "UK Ministry of Defence",
    "uk intelligence": "UK Ministry of Defence",
    "uk intel": "UK Ministry of Defence",
    "british intel": "UK Ministry of Defence",
    "uk defence intelligence": "UK Ministry of Defence",
    "uk defense intelligence": "UK Ministry of Defence",
    "us officials": "the Pentagon",
    "general staff of the armed forces": "Ukraine's General Staff",
    # the bodies' own channels and sites, as a link or a handle ("t.me/GeneralStaffZSU")
    "t.me/generalstaffzsu": "Ukraine's General Staff",
    "generalstaffzsu": "Ukraine's General Staff",
    "@generalstaffzsu": "Ukraine's General Staff",
    "t.me/mod_russia": "Russia's Ministry of Defence",
    "mod_russia": "Russia's Ministry of Defence",
    "@mod_russia": "Russia's Ministry of Defence",
    "mil.ru": "Russia's Ministry of Defence",
    "mod.gov.ua": "Ukraine's Ministry of Defence",
    "ukrainian general staff's": "Ukraine's General Staff",
    "general staff's": "Ukraine's General Staff",
    "gs": "Ukraine's General Staff",
    "ukrainian gs": "Ukraine's General Staff",
    "general staff of ukraine": "Ukraine's General Staff",
    "general staff of the ukrainian forces": "Ukraine's General Staff",
    "the general staff of the ukrainian forces": "Ukraine's General Staff",
    "the general staff of ukraine": "Ukraine's General Staff",
    "ukrainian forces general staff": "Ukraine's General Staff",
    "ukraine general staff": "Ukraine's General Staff",
    # Russia's General Staff is a part of its Ministry of Defence, never Ukraine's ("per the
    # russian general staff" once read as Ukraine's General Staff and Russia together)
    "russian general staff": "Russia's Ministry of Defence",
    "russia's general staff": "Russia's Ministry of Defence",
    "general staff of russia": "Russia's Ministry of Defence",
    "russian gs": "Russia's Ministry of Defence",
    "mod russian": "Russia's Ministry of Defence",
    # the president by name is one claimant, not all of Ukraine ("acc. to zelensky")
    "zelensky": "Ukraine's President",
    "zelenskyy": "Ukraine's President",
    "zelenskiy": "Ukraine's President",
}

# Short names a misspelt claimant in a question is matched against. spelling -> stored name.
FUZZY_CLAIMANTS: dict[str, str] = {
    "kremlin": "the Kremlin",
    "pentagon": "the Pentagon",
    "mediazona": "Mediazona",
}

# Outlets of one side's state or press, by the start of their name (lower case): in them a bare
# "the Defence Ministry said" is that side's ministry. prefix -> side.
# The same outlets decide whose losses an unattributed figure that names no side is: in TASS
# "the enemy lost up to 230" is Ukraine's, in Ukrinform Russia's. A Russian group of forces'
# channel ("Sever group post") and pro-Kremlin channels speak for Russia's side.
PUBLISHER_SIDES: dict[str, str] = {
    "tass": "russia", "ria novosti": "russia", "ria": "russia", "izvestia": "russia",
    "rt": "russia", "sputnik": "russia", "interfax": "russia", "rossiyskaya gazeta": "russia",
    "zvezda": "russia", "channel one": "russia", "rossiya": "russia", "lenta.ru": "russia",
    "komsomolskaya pravda": "russia", "pro-kremlin": "russia",
    "sever group": "russia", "zapad group": "russia", "yug group": "russia",
    "tsentr group": "russia", "vostok group": "russia", "dnepr group": "russia",
    "russian mod": "russia",
    "ukrinform": "ukraine", "ukrainska pravda": "ukraine", "rbc-ukraine": "ukraine",
    "suspilne": "ukraine", "euromaidan press": "ukraine", "unian": "ukraine",
    "armyinform": "ukraine", "army fm": "ukraine", "hromadske": "ukraine",
    "censor.net": "ukraine", "general staff of ukraine": "ukraine",
    # outlets named after the capital (Kyiv Independent, Kyiv Post): Ukrainian press
    "kyiv": "ukraine", "kiev": "ukraine",
}  # fmt: skip

# The ministry of defence of each side, for a bare "the ministry" in that side's outlets.
MINISTRY_OF_SIDE: dict[str, str] = {
    "russia": "Russia's Ministry of Defence",
    "ukraine": "Ukraine's Ministry of Defence",
}


@functools.lru_cache(maxsize=512)
def publisher_side(publisher: str | None) -> str | None:
    """The side whose state or press an outlet is, or None for any other outlet. Cached: asked
    several times an article, of a few hundred outlets, each a walk of the whole table."""
    name = (publisher or "").lower()
    return next(
        (side for prefix, side in PUBLISHER_SIDES.items()
         if name == prefix or name.startswith(prefix + " ")),
        None,
    )  # fmt: skip


# -- Ukrainian and Russian rows (issue 15, source side) -----------------------------------------
# How Ukrainian and Russian articles name a claimant: regex fragments matched at a word's start
# on lower-case text (ё as е) -> the stored name above, so a claimant's side is defined once.
# People before institutions: "замначальника Генштаба Сергей Рудской" is Rudskoy's ministry.
CYRILLIC_CLAIMANTS: tuple[tuple[str, str], ...] = (
    (r"рудськ|рудск|шойгу|белоусов|білоусов|конашенков|герасимов", "Russia's Ministry of Defence"),
    (r"пєсков|песков|кремл|путін|путин", "the Kremlin"),
    (r"алаудинов|алаудінов|ахмат|кадыров|кадиров", "Russian commanders"),
    (
        r"военкор|воєнкор|z-блогер|z-канал|милблогер|мілблогер|(?:военн|воєнн|військов)\w* блогер",
        "Russian military bloggers",
    ),
    (
        r"росіяни (?:пишуть|заявляють|стверджують|кажуть|повідомляють)|россияне (?:пишут|заявляют|"
        r"утверждают|говорят|сообщают)|російськ\w* (?:змі|пропагандист|медіа)|росзмі|"
        r"российск\w* (?:сми|пропагандист|медиа)|роспропаганд|роспроп",
        "Russian media",
    ),
    (
        r"губернатор\w* (?:региона|[\w-]+ской области)|гладков|богомаз|хинштейн|гусев\b",
        "Russian officials",
    ),
    (
        r"(?:начальник|голов|очільник)\w* (?:[\w']+ )?(?:ова|ода|обласн\w* (?:військов|державн)\w* "
        r"адміністрац)|синєгубов|синегубов|омбудсман|лубінц|лубинц|лубінець|лубинец",
        "Ukrainian officials",
    ),
    # The president by name or title, stored as the English rows store him (a Ukrainian question
    # about "Зеленський" reads "zelensky", the English row).
    (
        r"зеленськ|зеленск|президент\w* україни|президент\w* украины|(?:український|украинский) "
        r"президент",
        "Ukraine's President",
    ),
    (r"сирськ|сырск|головнокомандувач|главнокомандующ\w* всу", "Ukraine's Commander-in-Chief"),
    (
        r"лихов|тарнавськ|плетенчук|осув|угрупованн\w* військ «|речник сил оборони"
        r"|окрем\w* штурмов\w* бригад|[ув] бригаді|командир\w* бригади\b|стратегічн\w* комунікац"
        r"|стратегическ\w* коммуникац",
        "Ukrainian commanders",
    ),
    # A unit's commander named with his side ("признал командир батальона ВСУ"): that side's.
    (
        r"(?:командир|комбат|комбриг)\w* (?:[\w-]+ ){0,2}(?:зсу|всу|вс украины|збройних сил)",
        "Ukrainian commanders",
    ),
    (
        r"(?:командир|комбат|комбриг)\w* (?:[\w-]+ ){0,2}(?:вс рф|зс рф|российск\w* арми|"
        r"російськ\w* арм)",
        "Russian commanders",
    ),
    (
        r"буданов|юсов|гур\b|головн\w* управлінн\w* розвідки",
        "Ukraine's military intelligence (HUR)",
    ),
    (
        # Russia's own General Staff ("по данным Генерального штаба Вооруженных сил Российской
        # Федерации"): a Russian military body, never Ukraine's General Staff
        r"генеральн\w* штаб\w* (?:вооруженных сил российской|збройних сил російської|вс рф|зс рф|"
        r"рф|россии|росії)|генштаб\w* (?:вс рф|зс рф|рф|россии|росії)",
        "Russia's Ministry of Defence",
    ),
    (
        r"генеральн\w* штаб\w* (?:зсу|всу|збройних|вооруженных сил украины)|генштаб\w* (?:зсу|всу)"
        r"|генштаб(?!\w* (?:вс рф|зс рф|рф|россии|росії))"
        r"|генеральн\w* штаб(?!\w* (?:вооруженных сил российской|збройних сил російської|вс рф|рф))"
        r"|гш (?:зсу|всу)|гш\b(?! (?:рф|вс рф|россии|росії))",  # a channel's "ГШ ЗСУ", "ГШ"
        "Ukraine's General Staff",
    ),
    (
        r"(?:м[іи]ноборон[иы]|міністерств\w* оборони|министерств\w* обороны|мо) "
        r"(?:рф|росії|россии)|(?:російськ|российск)\w* (?:відомств|ведомств|міноборони|минобороны)"
        r"|(?:військов|военн)\w* (?:відомств|ведомств)|группировк\w* войск",
        "Russia's Ministry of Defence",
    ),
    (r"(?:міноборони|міністерств\w* оборони) україни", "Ukraine's Ministry of Defence"),
    (
        r"міністр\w* оборони (?:рф|росії)|министр\w* обороны (?:рф|россии|российской)",
        "Russia's Ministry of Defence",
    ),
    (r"міністр\w* оборони україни|министр\w* обороны украины", "Ukraine's Ministry of Defence"),
    (r"повітрян\w* сил|воздушн\w* сил\w* (?:всу|украины)", "Ukraine's Air Force"),
    (r"медіазон|медиазон|медуз|бі-бі-сі|би-би-си|bbc", "Mediazona"),
    (r"ualosses|ua losses", "UALosses"),
    (
        r"британськ\w* розвідк|британск\w* разведк|міноборони британії|минобороны британии"
        r"|(?:міністерств\w* оборони|міноборони) (?:великої британії|сполученого королівства)"
        r"|(?:министерств\w* обороны|минобороны) (?:великобритании|соединенного королевства)"
        r"|британськ\w* (?:міноборони|міністерств|оборонн\w* відомств)"
        r"|британск\w* (?:минобороны|министерств|оборонн\w* ведомств)",
        "UK Ministry of Defence",
    ),
    (
        r"isw\b|інститут\w* (?:з )?вивчення війни|институт\w* изучения войны",
        "the Institute for the Study of War",
    ),
    (r"oryx|орікс|орикс", "Oryx"),
    (r"пентагон", "the Pentagon"),
)
# A bare "Минобороны" / "Міноборони" is the ministry of the outlet's side (MINISTRY_OF_SIDE).
CYRILLIC_BARE_MINISTRY = r"м[іи]ноборон[иы]|міністерств\w* оборони|министерств\w* обороны"
PUBLISHER_SIDES.update({
    "тасс": "russia", "риа новости": "russia", "интерфакс": "russia", "известия": "russia",
    "рт": "russia", "звезда": "russia", "российская газета": "russia", "лента.ру": "russia",
    "газета.ru": "russia", "московский комсомолец": "russia", "коммерсантъ": "russia",
    "укрінформ": "ukraine", "суспільне": "ukraine", "українська правда": "ukraine",
    "украинская правда": "ukraine", "рбк-україна": "ukraine", "рбк-украина": "ukraine",
    "генеральний штаб зсу": "ukraine", "генштаб зсу": "ukraine",
})  # fmt: skip

# Bodies that publish figures, as an English question sets two against each other ("Kyiv vs
# Moscow on tanks", "the General Staff or the Kremlin:"): a contrast of claimants, never whose
# losses (a country's bare name is left out: "Ukraine vs Russia" compares their losses). The
# Ukrainian and Russian forms are lexicon/cyrillic_fillers.CLAIMANT_BODIES.
CLAIMANT_BODIES_EN = (
    r"kyiv|kiev|moscow|(?:the\s+)?kremlin|(?:ukraine's\s+|the\s+ukrainian\s+|the\s+)?"
    r"general\s+staff|(?:russia's\s+|the\s+russian\s+|the\s+)?(?:mod|defen[cs]e\s+ministry|"
    r"ministry\s+of\s+defen[cs]e)|zelensk(?:yy|y|iy)|putin"
)
# The capital as a claimant is its officials.
CAPITAL_AS_CLAIMANT_EN = {"moscow": "the kremlin"}
