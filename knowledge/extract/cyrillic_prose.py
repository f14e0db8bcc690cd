"""Figures in Ukrainian and Russian prose (issue 15): a number (digits with space-separated
thousands, "9,6 тыс.", "1,2 млн", number words such as "двадцять сім", "полторы тысячи",
"від 165 до 235 тисяч") followed by a noun of the lexicon's metric rows ("знищили вісім
танків", "понад 383 тисяч військовослужбовців"), or standing bare after one in the same
breath ("у жовтні — 41 980 осіб, у вересні — 38 130"; "з них 1 090 — за минулу добу").

Whose losses, in order: the side adjective right after the figure ("990 російських"), a
possessor after its noun ("19 бойових машин противника"), the last side named before it in
the sentence (flipped when that side inflicted them: "Сили оборони знищили 74 танки"), the side
of the article's previous figures, else the side opposite the speaker. "Ворог", "противник"
are the side opposite the speaker (the claimant), so a Russian MoD briefing's "противник
потерял" is Ukraine's loss. Claimants come from the one claimant lexicon (claimants.py).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache

from knowledge.dates import Period, cyrillic_periods, cyrillic_stamp
from knowledge.lexicon.claimants import (
    CYRILLIC_BARE_MINISTRY,
    CYRILLIC_CLAIMANTS,
    MINISTRY_OF_SIDE,
    UNATTRIBUTED,
    claimant_side,
    publisher_side,
)
from knowledge.lexicon.cyrillic_numbers import figure_value, scale_of
from knowledge.lexicon.cyrillic_sources import (
    ADDRESSED_UNIT_LOST,
    ADVANCE_STEMS,
    ALIVE_AFTER,
    ALIVE_BEFORE,
    AT_THE_FRONT,
    ATTACKER_BEFORE,
    ATTACKER_NAMED,
    BATTLEGROUPS,
    BETWEEN_RANGE,
    CALLED_FAKE_AFTER,
    CAPITAL_SIDES,
    CAPTION_LABELS,
    COLLECTIVE_NUMERALS,
    COMMENTS_HEADER,
    CORRECT_WORDS,
    CORRECTION_MARK,
    COUNT_NOUNS,
    COUNTING_WORDS,
    DAILY_RATE,
    ENEMY_STEMS,
    ENEMY_STRUCK,
    FAKE_LABEL,
    FORMATION_SIDES,
    FOUGHT_AGAINST,
    FOUGHT_AGAINST_BEFORE,
    FOUGHT_FOR,
    GROUP_NAME,
    GROUP_WORDS,
    HALF_SCALES,
    INFLICT_STEMS,
    INSTEAD_WORDS,
    KIND_ROWS,
    KNOCKED_OUT_STEMS,
    LAUNCHED_AFTER,
    LAUNCHED_BEFORE,
    LAUNCHED_VERB,
    LIST_HEADER_NOUNS,
    LONE_SCALE_BEFORE,
    LOSING_VERBS,
    LOSSES_NOUN,
    METRIC_ROWS,
    MILITARY_NOUNS,
    MOD_WEEK_LAST_DAY,
    MONTHLY_AFTER,
    MONTHLY_RATE,
    MOVED_NOT_LOST,
    NAMED_DEAD_COUNTERS,
    NOT_LOSS_ROWS,
    NOT_PEOPLE,
    NUMBER_WORDS,
    OF_WHICH,
    ONE_IN_A_LIST,
    ONE_OF_MANY,
    OWN_DEATH_NOUNS,
    OWN_LOSSES_NAMED,
    OWN_UNIT_LOST,
    OWN_WORDS,
    PART_ROWS,
    PASS_WORDS,
    PEOPLE_SIDE_STEMS,
    PHRASE_ENDS,
    PLACE_PREPOSITIONS,
    PRISONER_STEMS,
    QUALIFIER_ROWS,
    RATE_AFTER,
    REFLEXIVE_WORDS,
    REPORTED_OUR,
    REPORTING_WORDS,
    RESIDENT_NOUNS,
    RUNNING_TOTAL,
    SAID_THIS,
    SAID_VERBS,
    SCALES,
    SCOPE_ROWS,
    SENTENCE_VOICE_ROWS,
    SHELLING_WORDS,
    SIDE_PHRASES,
    SIDE_ROWS,
    SOURCE_OF_SIDE,
    SOURCE_SIDES,
    STATUS_ROWS,
    STRUCK_OBJECT_VERBS,
    THIS_MONTH,
    THIS_PERIOD,
    THIS_WEEK,
    TOLD_VERBS,
    TOTAL_AFTER_PART,
    TOTAL_OVER_PART,
    VOICE_ROWS,
    WEEKDAY_BEFORE_DATE,
    WEEKLY_SUMMARY,
    YESTERDAY_WORDS,
)
from knowledge.lexicon.language import CYRILLIC_ROWS
from knowledge.models import (
    WAR_START,
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Source,
    Stat,
    Subject,
)

GENERAL_STAFF = "Ukraine's General Staff"
# No loss figure of this war comes near; a longer run of digit groups is not one number.
MAX_VALUE = 20_000_000
# A sentence states a loss only with one of these stems; figures of civilians are not
# military losses (evacuees, recruits, exchanged prisoners, people in a building are not).
LOSS_STEMS = re.compile(
    # "втратив" and "утратив" alike (the Ukrainian у/в of a word's start after a vowel)
    r"(?<![\w])(?:загин|загибл|загибель(?![\w])|вбит|убит|погиб|гибел|гибн|поранен|ранен|втрат|втрач|утрат|утрач|потер|теря|"
    r"ліквід|ликвид|знищ|уничтож|збит|збил|сбит|сбил|лишил|вибул|выбыл|выбыв|вибув|безповорот|безвозврат|"
    r"полон|плен|враз|уражен|пораж|нарахув|зафіксув|насчита|минус|мінус|сожг|спалил|уразил"
    r"|вразил|поразил|знешкод|нейтраліз|нейтрализ|безвіст|без вести|пропавш|зникл|жизн|життя"
    r"|сгорел|сгорев|згоріл|згорів|(?:двухсот|двохсот|трехсот|трьохсот)[ыиі]|смерт|положил|поклал"
    r"|зарахув|зараховано|засчита|зачисли\w*\s+в\s+потер"
    r"|перехоплен|перехопил|перехвачен|перехватил"  # drones intercepted are drones downed
    # put out of action ("вивели з ладу 1 400 військових", "выведены из строя 12 танков")
    r"|(?:з|із)\s+ладу|из\s+строя"
    # knocked out, smashed, blown up, wrecked, suppressed by jamming, "landed" (downed), taken
    # as trophies, concussed ("підбили 4 танки", "подавлены 20 беспилотников")
    rf"|{KNOCKED_OUT_STEMS}|трофе|контужен"
    # came up short of ("недорахувалися двох танків"), laid down arms ("склали зброю")
    r"|недорахув|недосчита|склал\w*\s+зброю|сложил\w*\s+оружие"
    # fell, died ("полягли", "полегли", "померли від поранень", "умерших от ран")
    r"|полягл|полегл|(?:у|по|в)мер(?:л\w*|ш\w*)?(?![\w])|умира|помира|вмира)"
)
NOT_LOSS = re.compile("|".join(f"(?:{r})" for r in NOT_LOSS_ROWS))
_MOVED_NOT_LOST_RE = re.compile(MOVED_NOT_LOST)
CIVILIAN_STEMS = re.compile(r"(?<![\w])(?:цивільн|мирн|гражданск|дітей|детей)")
_RESIDENT_RE = re.compile(rf"(?<![\w])(?:{RESIDENT_NOUNS})")
_ATTACKER_RE = re.compile(ATTACKER_BEFORE)
_OWN_DEATH_RE = re.compile(rf"(?<![\w])(?:{OWN_DEATH_NOUNS})")
_SOURCE_OF_SIDE_RE = re.compile(SOURCE_OF_SIDE)
_SOURCE_SIDES = tuple((side, re.compile(pattern)) for side, pattern in SOURCE_SIDES)
_ATTACKER_NAMED_RE = re.compile(ATTACKER_NAMED)
_FOUGHT_AGAINST_RE = re.compile(FOUGHT_AGAINST)
_FOUGHT_AGAINST_BEFORE_RE = re.compile(FOUGHT_AGAINST_BEFORE)
_FOUGHT_FOR_RE = re.compile(FOUGHT_FOR)
_AT_THE_FRONT_RE = re.compile(rf"(?<![\w])(?:{AT_THE_FRONT})")
# A sentence breaking down the figure before it ("З них ...", "Среди них ..."): that figure's.
_BREAKS_DOWN = re.compile(
    r"^\W*(?:(?:з|із|из|серед|среди)\s+(?:них|яких|которых)|там\s+само|там\s+же)(?![\w])"
)
# A sentence that goes on about the figures before it ("З них ...", "Серед них ...").
CONTINUES = re.compile(
    r"(?:^\W*|[,;]\s*)(?:з|із|из|серед|среди)\s+(?:них|яких|которых|загибл\w*|погибш\w*|убитых|вбитих)\b|(?<![\w])(?:вони|они)\s+(?:станов|складают|составл|сягн"
    r"|досягл)"
    r"|^\W*(?:загалом|усього|всього|всего|итого|там\s+само|там\s+же)\b"
)
# A sentence adding to the losses of the one just before ("Плюс 41 танк і понад 180 одиниць
# автотехніки", "Кроме того — 12 танков"): its figures go on with that sentence's.
ADDS_ON = re.compile(
    r"^\W*(?:плюс|а\s+також|а\s+также|крім\s+того|кроме\s+того|окрім\s+того|окрім\s+цього"
    r"|помимо\s+этого|до\s+того\s+ж|к\s+тому\s+же|на\s+додачу|вдобавок"
    # "Серед іншого — 65 артсистем", "Среди прочего — 12 танков", "Також — 40 БпЛА"
    r"|(?:серед|поміж|среди|помимо)\s+(?:іншого|інших|иного|прочего|прочих)|також|также)(?![\w])"
)
# A word that looks like a verb (past or present, or an infinitive): an added sentence with one
# says something of its own ("Крім того, волонтери передали 5 пікапів"), no more losses.
_VERB_LIKE = re.compile(
    r"(?<![\w])(?!(?:корабли|около|бпла|чимало|немало|мало)(?![\w]))[^\W\d_]{2,}(?:ли|ла|ло|ть|ться|ся|ють|ют|ует|ує)(?![\w])"
)


def _adds_on(text: str, ctx: _Context) -> bool:
    """Whether a sentence with no verb of its own adds figures to the losses of the one just
    before ("Плюс 41 танк і «понад 180» одиниць автотехніки")."""
    return (
        ctx.sentences_since_claim == 1 and bool(ADDS_ON.match(text)) and not _VERB_LIKE.search(text)
    )


_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "ʼ": "'", "’": "'",
                         "`": "'", "ё": "е"})  # fmt: skip
_DIGITS = (
    r"(?<![\w.,])(?<![^\W\d_]-)(?<!\d:)(?:\d{1,3}(?: \d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"
    r"(?![\d%]|[.,]\d| ?%|-[^\W\d_]|:\d)"  # not a time of day ("з 22:00 до 05:00")
)
_WORDS = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
_SCALE = "|".join(f"(?:{p})" for p, _ in SCALES)
_FIGURE = re.compile(
    rf"(?P<num>{_DIGITS}|(?<![\w'])(?:{_WORDS})(?:\s+(?:{_WORDS}))*(?![\w']))"
    rf"(?P<half>\s+(?:з\s+половиною|с\s+половиной))?(?:\s*(?P<scale>{_SCALE}))?"
    rf"|(?<![\w])(?P<halfscale>{'|'.join(p for p, _ in HALF_SCALES)})(?![\w])"
    rf"|(?<![\w])(?P<lone>мільйон(?:а|у|ом)?|миллион(?:а|у|ом)?|тисяч[уіа]|тысяч[уиа])(?![\w])"
)
_BETWEEN_RE = re.compile(rf"(?<![\w]){BETWEEN_RANGE}")
_COUNT_BEFORE = re.compile(rf"(?<![\w])(?:{COUNT_NOUNS})\w*(?:\s+[\w']+){{0,4}}\s*[—–‒:-]\s*$")
# A caption's own number ("Графік 1.", "Карта 3"): a label, no figure.
_CAPTION_BEFORE = re.compile(rf"(?<![\w])(?:{CAPTION_LABELS})\w*\s+(?:№\s*)?$")
# A list item's own number at a line's start ("2. ББМ — 5;", "3) танків — 2").
_ITEM_NUMBER = re.compile(r"(?<![^\s])\d{1,2}[.)]\s")
# A noun in the instrumental after "з N" makes "з" "with" ("прощаємося з 3 нашими
# земляками"), not "out of" ("з 31 випущеного").
_WITH_AFTER = re.compile(r"\s+(?:[^\W\d_]+(?:ими|іми|ыми)\s+)?[^\W\d_]+(?:ами|ями)(?![\w])")
_COLLECTIVE_RE = re.compile(COLLECTIVE_NUMERALS)
_ONE_OF_MANY = re.compile(rf"(?<![\w']){ONE_OF_MANY}")
_WORD_RUN_AFTER = re.compile(rf"\s+(?:{_WORDS})(?![\w'])")
_YEAR_AFTER = re.compile(r"\s*(?:-?(?:й|го|м|му|ий)\b)?\s*(?:рок|рік|році|р\.|год|г\.)")
_SHARE_AT = (
    r"\s+(?:(?:пришл|припал|приход|припада)\w*\s+)?(?:в|у|на|во)\s+(?:[\w'-]+(?:ому|ом|ий|ій|ый|ой)\s+)?"
    r"(?:зон[іеуаи]|смуз[іи]|смуг[уи]|полос[еуы]|участ[ко]\w*|ділянц\w*|ділянк\w*|напрям\w*"
    r"|направлени\w*|район[іеи]?|секторе?)(?![\w])"
)
_BARE_AFTER = re.compile(
    rf"(?:\s*$|\s*[,.;:()»\"]|\s+(?:з|із|с|від|от)\s+(?:початку|начала|\d{{1,2}}\.\d{{1,2}}\.\d|24\s+(?:лют|февр))|\s*[—–‒](?:\s|$)|\s+-\s|\s+{RATE_AFTER}(?![\w])"
    r"|\s+(?:з|із|из)\s+(?:них|яких|которых)(?![\w])|\s+(?:отримал|получил|"
    r"загин|погиб|ранен|поранен|знищ|ліквід|уничтож|вбит|убит|поранил|ранил|взял|захопил"
    r"|захватил|полонил|числят|вважают|считают|значат|зникл|пропал|пошкоджен|поврежден|покинут|брошен|захоплен|захвачен)\w*"
    r"|\s+(?:російськ|українськ|российск|украинск)\w*\s*(?:$|[,.;:)»\"])"
    # a share of a total by where it fell ("до 1 700 в зоне действий группировки «Юг»", "180
    # пришлось на зону ответственности", "300 — на ділянці", "понад 400 у смузі"): a place
    rf"|{_SHARE_AT})"
)
# A count's unit and no noun after it ("дронів 1 853 штуки", "танков — 12 од."): the noun is
# the one before the figure.
_UNIT_AFTER = re.compile(r"^\s+(?:штук\w*|одиниц\w*|единиц\w*|шт|од|ед)\.?\s*(?:$|[,.;:)»\"—–])")
# Where a figure's clause ends for its kind of loss: not at a dash ("15 тисяч — безповоротні
# втрати") nor at a comma before a clause about the same people ("военных, погибших ...").
_ONE_RE = re.compile(
    rf"(?:,\s*|\s(?:и|і|та|й)\s+|(?<![\w])(?:{INFLICT_STEMS})\w*\s+)(?:\d+-мм\s+)?(?P<one>{ONE_IN_A_LIST})(?:\s+(?:[«\"][^»\"]{{1,20}}[»\"]"
    r"|[^\W\d_]{1,3}-?\d{1,4}\w?))?(?=\s*(?:[,.;(]|\s(?:и|і|та|й)\s|$))"
)
# Rows that keep their words are read on the sentence as written (names keep their capitals).
_SCOPE_RES = tuple((re.compile(rf"(?<![\w]){r}"), scope) for r, scope in SCOPE_ROWS)
_GROUP_SCOPE = next(pattern for pattern, _ in _SCOPE_RES if "группировк" in pattern.pattern)
_GROUP_RE = re.compile(GROUP_NAME)
_GROUP_WORDS_RE = re.compile(GROUP_WORDS)
# Scope words that point back at a place named before ("на этом направлении", "на цій ділянці").
_ANAPHORA = re.compile(r"(?i:(?:цій|цьому|этом|том\s+же|тій\s+самій|той\s+же)\s)")
_PART_RE = re.compile(
    r"\s*(?:[—–‒-]\s*)?(?:(?:бывш|колишн)\w*\s+)?(?:"
    + "|".join(f"({r})" for r, _ in PART_ROWS)
    + ")",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[;:(]|,(?!\s*(?:які|яких|котор|що|погибш|загибл|убит|вбит|поранен|ранен|загинул|погибл))"
)
_NEGATED = re.compile(r"(?<![\w])(?:не|ні)\s*[«\"]?\s*$")
# A line break inside a paragraph wrapped at a fixed width (a line of 50+ characters going on
# with a word, a number or a quote, not a bullet, dash or emoji): a space, so a sentence
# wrapped over two lines is read whole; the length keeps every offset as written. A line
# ending with a colon or semicolon is a heading or a list's item, not a wrapped sentence
# ("... (з 1 по 28 лютого):" and "особовий склад — 26 090 осіб;" under it), and a line opened
# by a keycap digit ("2️⃣ Знищено ...") is a digest's next item, one opened by a time of day
# ("14:05 ПВО ЗА НОЧЬ СБИЛА ...") a ticker's or a live blog's next entry.
_WRAPPED = re.compile(
    r"(?<=[^\n]{49}[^\n:;])\n(?=[ \t]*[\w«\"„(])(?![ \t]*\d\ufe0f?\u20e3)"
    r"(?![ \t]*\d{1,2}:\d\d(?!\d))"
    # or before a dash and one figure after a word ("... ще 520 поранили. Танків\n— два, ...")
    r"|(?<=[^\n]{50}[^\W\d_])\n(?=[—–] (?:[^\W\d_]+|\d[\d ]*)[,.;])"
)
# What a channel's post decorates its lines with (emoji, pictographs, a "+" before a day's
# figure, "▪️" bullets): blanked to their length, so every offset stays as written.
_DECORATION = re.compile(
    # a reader's reactions and their count at a line's end ("... 👍 14"): no figure at all
    "[\U0001f44d\U0001f44e\u2764\U0001f525\U0001f602\U0001f621\U0001f92c\U0001f4af"
    "\U0001f64f\U0001f44f\U0001f622\U0001f923]\ufe0f?\\s?\\d+(?=[ \t]*(?:\n|$))|"
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u25a0-\u25ff\ufe0f\u200d]"
    r"|(?<![(\w])\+(?=\s?\d)"
    # a footnote's mark after a word or stop ("осіб.[3]") and a bracketed label opening a line
    # ("[Слайд 2]", "[Фото 3]", "[Оновлено]", a stream chat's "[донат 500₽]"): no figure, and the
    # sentence ends before it
    r"|(?<=[\w.,;:)»\"])\[\d{1,3}\]|(?:^|(?<=\n))[ \t]*\[[^\]\n\d]{1,25}"
    r"(?:\s*\d{1,3}|\s*\d{1,6}\s*(?:₽|₴|\$|€|грн\.?|руб\.?))?\]"
)
_POINTS_DOWN = frozenset("👇⬇")  # "Втрати ворога за добу 👇": the list follows, as after a colon
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"„(]?[А-ЯІЇЄҐЁA-Z])")
# Up to two words between a figure and the period that is its own ("870 знищено протягом доби").
_ADJACENT = re.compile(r"[\s—–‒-]*(?:[\w'-]+\s+){0,2}")
_WORD = re.compile(r"[\w'-]+")
_LAUNCHED_BEFORE = re.compile(LAUNCHED_BEFORE)
_LAUNCHED_AFTER = re.compile(LAUNCHED_AFTER)
_LAUNCHED_VERB = re.compile(LAUNCHED_VERB)
_IRRECOVERABLE = re.compile(r"безповорот|безвозврат")
_INCLUDING = re.compile(r"(?:в\s+том\s+числе|у\s+тому\s+числі|включая|зокрема)\s+(?:\w+\s+)?$")
# A model named after a figure and maybe its noun ("2 Leopard", "3 танка «Абрамс»").
_LATIN_MODEL_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}[«\"]?([A-Z][\w-]+)")
_LOSSES_NOUN_RE = re.compile(rf"(?<![\w])(?:{LOSSES_NOUN})(?![\w])")
_NOT_PEOPLE_RE = re.compile(rf"(?<![\w])(?:{NOT_PEOPLE})")
_MODEL_AFTER = re.compile(r"\s+(?:[а-яіїєґ]+\s+)?[«\"]?([A-ZА-ЯІЇЄҐ][\w-]+)")


@dataclass
class _Fig:
    """One number found in a sentence: its span, value(s) and qualifier."""

    start: int
    end: int
    value: int
    value_max: int | None = None
    qualifier: Qualifier = Qualifier.exact
    scale: int = 1


@dataclass
class _Context:
    """What the article said before the current sentence."""

    claimant: str | None = None
    side: Subject | None = None
    metric: Metric | None = None
    metrics: frozenset[Metric] = frozenset()  # what the last sentence with claims counted
    run_metrics: frozenset[Metric] = frozenset()  # what its run of such sentences counted
    claims_paragraph: int = -1  # the paragraph of the last sentence with claims
    kind: PersonnelKind | None = None
    period: Period | None = None
    sentences_since_claim: int = 99
    sentences_since_period: int = 99
    scope: str | None = None  # the last scope a figure of the article was limited to
    group: str | None = None  # a group of forces named in the paragraph so far
    follow: str | None = None  # the scope a follow-up sentence goes on about
    last_scope: str | None = None  # the scope of the previous sentence's last figure
    paragraph: int = -1
    block: int = 0  # blank lines before the sentence
    entry_day: dt.date | None = None  # a live blog entry's own date line
    header: int = -1  # the block (between blank lines) whose lines are items under a header
    voice: str | None = None  # the side whose own words the article uses, when only one
    taken: frozenset[int] = frozenset()  # offsets of numbers another reader stored
    last_period: Period | None = None  # the period of the article's last figure
    last_paragraph: int = -1  # the paragraph of the article's last figure
    lead_period: Period | None = None  # the period of the last sentence's first figure
    asked: bool = False  # whether the sentence before asked about losses
    asked_metric: Metric | None = None  # what it asked about ("скільки наших дронів збили?")
    weekly: bool = False  # whether the article names Russia's MoD's weekly summary
    week: Period | None = None  # the last week a figure or sentence of the article named
    offset: int = 0  # where the current sentence starts in the article
    added: frozenset[int] = frozenset()  # offsets of figures written "+N", a day's addition
    thread: bool = False  # whether a comment thread under the item has begun
    corrected: dict[int, int] = field(default_factory=dict)  # sentence start -> its mark
    # a named-dead counter -> the day its last running total was as of ("На 26 февраля ...")
    as_of: dict[str, dt.date] = field(default_factory=dict)


@cache
def _rows_re(rows: tuple[str, ...], prefix: str = r"(?<![\w])") -> re.Pattern[str]:
    """Rows as one alternation with a group per row (the lowest group wins at one place)."""
    return re.compile(prefix + "(?:" + "|".join(f"({r})" for r in rows) + ")")


# Before the noun, up to four words passed over, a list of them too ("знищених, пошкоджених і
# захоплених російських танків").
_METRIC_RE = _rows_re(
    tuple(r for r, _ in METRIC_ROWS),
    rf"^[\s«»\"]*(?:{PASS_WORDS}(?:,?\s+(?:і|и|та|й)\s+|,\s+|\s+)){{0,4}}",
)
_METRIC_ANY_RE = _rows_re(tuple(r for r, _ in METRIC_ROWS))
_SIDE_RE = _rows_re(tuple(re.escape(s) for s, _ in SIDE_ROWS) + tuple(ENEMY_STEMS))
_CLAIMANT_RE = _rows_re(tuple(r for r, _ in CYRILLIC_CLAIMANTS))
_KIND_RES = tuple((re.compile(rf"(?<![\w])(?:{r})"), kind) for r, kind in KIND_ROWS)
# One pattern, a group per row: the leftmost phrase wins ("зросло до" over "до").
_QUALIFIER_RE = re.compile(
    r"(?<![\w])(?:" + "|".join(f"({r})" for r, _ in QUALIFIER_ROWS) + r")\s*(?:(?:у|в|на)\s+)?"
    r"[«\"]?\s*$"
)
_INFLICT_RE = re.compile(rf"(?<![\w])(?:{INFLICT_STEMS})")
_STRUCK_OBJECT_RE = re.compile(rf"(?:{STRUCK_OBJECT_VERBS})")
_TOLD_RE = re.compile(rf"(?:{TOLD_VERBS})")
_PRISONER_RE = re.compile(PRISONER_STEMS)
_OWN_UNIT_LOST_RE = re.compile(OWN_UNIT_LOST)
_REPORTED_OUR_RE = re.compile(REPORTED_OUR)
_SIDE_PHRASES = tuple((re.compile(words), side) for words, side in SIDE_PHRASES)
_ADVANCE_RE = re.compile(rf"(?<![\w])(?:{ADVANCE_STEMS})")
_OWN_RE = re.compile(rf"(?<![\w])(?:{OWN_WORDS})(?![\w])")
_REFLEXIVE_RE = re.compile(rf"(?<![\w])(?:{REFLEXIVE_WORDS})(?![\w])")
_CAPITAL_RE = re.compile("(?<![\\w])(?:" + "|".join(stem for stem, _ in CAPITAL_SIDES) + ")")
_DAILY_RE = re.compile(rf"(?<![\w])(?:{DAILY_RATE})(?![\w])")
_RATE_AFTER_RE = re.compile(rf"^\s*(?:{RATE_AFTER})(?![\w])")
_MONTHLY_RE = re.compile(rf"(?<![\w])(?:{MONTHLY_RATE})(?![\w])")
_MONTHLY_AFTER_RE = re.compile(MONTHLY_AFTER)
_SIDE_ADJECTIVE = re.compile(r"російськ|российск|українськ|украинск")
# Where the words right after a figure stop being its own ("450 человек, российские войска").
_CLAUSE_BREAK = re.compile(r"[,;:.!?()—–‒]")
# A side word right after a figure and its noun names that figure's losses.
# Not a span of time ("за три месяца украинские военные ..."): a period, no figure of losses.
_OF_A_FIGURE = re.compile(
    rf"(?:\d|(?<![\w'])(?:{_WORDS}))\s+"
    r"(?!(?:месяц|місяц|недел|тижн|тиждень|дн|день|дня|сут|доб|год|рок|рік|час|годин)\w*\s)"
    r"(?:[\w'-]+\s+)?[«\"]?$"
)
_POSSESSOR_RE = re.compile(
    r"(?<![\w])(?P<w>противника|ворога|врага|рф|росії|россии|зсу|всу|україни|украины|"
    r"українців|украинцев|окупантів|оккупантов|leopard|кндр)(?![\w])"
)


def _figure_of(m: re.Match[str]) -> _Fig:
    """A figure regex match as a value (digits or words, times the scale)."""
    if m["halfscale"]:
        value = next(n for p, n in HALF_SCALES if re.fullmatch(p, m["halfscale"]))
        return _Fig(m.start(), m.end(), value, scale=value * 2)
    if m["lone"]:
        value = 1_000 if m["lone"].startswith(("тис", "тыс")) else 1_000_000
        return _Fig(m.start(), m.end(), value, scale=value)
    scale = (scale_of(m["scale"]) if m["scale"] else None) or 1
    value = figure_value(m["num"], m["scale"], half=bool(m["half"]))  # the questions' engine
    return _Fig(m.start(), m.end(), value, scale=scale)


def _spelled_on(prev: _Fig, fig: _Fig, between: str, m: re.Match[str]) -> bool:
    """Whether digits right after a scaled figure go on with its lower places ("1 млн 344
    тис. 180", "287 тис. 359"): each part below the scale before it, digits only."""
    return (
        prev.scale >= 1_000
        and bool(m["num"])
        and (m["num"].isdigit() or not prev.value % prev.scale)  # "мільйона сімдесяти тисяч"
        and fig.scale < prev.scale
        and fig.value < prev.scale
        and between == " "
    )


def _figures(text: str) -> list[_Fig]:
    """The figures of a sentence, ranges ("від 165 до 235 тисяч", "200–250") merged."""
    found: list[_Fig] = []
    for m in _FIGURE.finditer(text):
        if (
            m["lone"]
            and not re.search(rf"(?<![\w]){LONE_SCALE_BEFORE}\s+$", text[: m.start()])
            and not _WORD_RUN_AFTER.match(text, m.end())
        ):  # "приближаются к миллиону", "тысячу сто двадцать", never a bare "тысячи"
            continue
        if _YEAR_AFTER.match(text, m.end()) or _NEGATED.search(
            text[max(0, m.start() - 6) : m.start()]
        ):
            continue
        fig = _figure_of(m)
        if fig.value > MAX_VALUE or (fig.value == 1 and _ONE_OF_MANY.match(text, m.start())):
            continue
        prev = found[-1] if found else None
        between = text[prev.end : m.start()] if prev else ""
        words_after_scale = m["num"] and not m["num"][0].isdigit() and fig.scale == 1
        if prev and prev.scale > fig.value and between.isspace() and words_after_scale:
            prev.value, prev.end = prev.value + fig.value, fig.end  # "тисячі двохсот": 1 200
            continue
        if prev and _spelled_on(prev, fig, between, m):  # "1 млн 344 тис. 180": 1 344 180
            prev.value, prev.end, prev.scale = prev.value + fig.value, fig.end, fig.scale
            continue
        if prev and re.fullmatch(r" ?[–—‒-] ?", between) and m["num"] and prev.value < fig.value:
            prev.value_max, prev.end, prev.qualifier = fig.value, fig.end, Qualifier.range
            if prev.scale == 1 and prev.value * fig.scale < fig.value:  # "210–265 тысяч"
                prev.value *= fig.scale
            continue
        if prev and _worded_range(text, prev, between):
            low = prev.value * (fig.scale if prev.scale == 1 else 1)
            if low < fig.value:
                prev.value, prev.value_max, prev.end = low, fig.value, fig.end
                prev.qualifier = Qualifier.range
                continue
        found.append(fig)
    return [f for i, f in enumerate(found) if not _restated(text, f, found[i + 1 : i + 2])]


_IN_BRACKETS = re.compile(r"\s*[^\W\d_]*\s*\(\s*$")


def _restated(text: str, fig: _Fig, after: list[_Fig]) -> bool:
    """Whether the figure in brackets right after `fig` restates it in digits ("одного
    мільйона сімдесяти шести тисяч осіб (1 076 070)"): then only those digits count."""
    return bool(
        after
        and _IN_BRACKETS.fullmatch(text, fig.end, after[0].start)
        and abs(after[0].value - fig.value) <= after[0].value / 100
    )


def _worded_range(text: str, low: _Fig, between: str) -> bool:
    """Whether two figures are a range's ends in words: "від 165 до 235", "между 150 и 200"."""
    if re.fullmatch(r"\s+до\s+", between):
        return bool(re.search(r"(?<![\w])(?:від|от|з|с)\s+$", text[: low.start]))
    return bool(
        re.fullmatch(r"\s+(?:і|и|та|й)\s+", between) and _BETWEEN_RE.search(text, 0, low.start)
    )


_ALIVE_BEFORE = re.compile(ALIVE_BEFORE)
_ALIVE_AFTER = re.compile(ALIVE_AFTER)


def _survivors(text: str, fig: _Fig, lo: int) -> bool:
    """Whether a figure counts those who survived ("в живых осталось 30", "30 выжили")."""
    return bool(_ALIVE_BEFORE.search(text, lo, fig.start) or _ALIVE_AFTER.match(text, fig.end))


def _launched(text: str, fig: _Fig) -> bool:
    """Whether a figure counts what was launched: in the clause of a launching verb before
    any loss word ("атакував 120 ударними БпЛА і 12 ракетами"), or "з 85", "85 запущених"."""
    verbs = list(_LAUNCHED_VERB.finditer(text, 0, fig.start))
    between = text[verbs[-1].end() : fig.start] if verbs else ";"
    return bool(
        (";" not in between and not LOSS_STEMS.search(between))
        or (
            _LAUNCHED_BEFORE.search(text, max(0, fig.start - 40), fig.start)
            and not _ONE_OF_MANY.search(text, max(0, fig.start - 12), fig.start + 1)
            and not _WITH_AFTER.match(text, fig.end)
        )  # "одним із 14" (the count that one belongs to), "з 3 нашими земляками" (with)
        or _LAUNCHED_AFTER.match(text, fig.end)
    )


def _ones(text: str, after: int) -> list[_Fig]:
    """A singular noun in a list after the sentence's first figure counts one ("до 260
    человек, танка и четырех ББМ"); the figure is empty, so its noun is read after it."""
    return [_Fig(m.start("one"), m.start("one"), 1) for m in _ONE_RE.finditer(text)
            if (m.start() >= after or m.group(0)[0] not in ", ")
            # "241 уничтоженный танк": the participle and noun are the figure's own
            and not _FIGURE_RIGHT_BEFORE.search(text, 0, m.start())]  # fmt: skip


_FIGURE_RIGHT_BEFORE = re.compile(r"\d\s*$")


def _scope(original: str, lower: str, fig: _Fig, hi: int, ctx: _Context) -> str | None:
    """The place, direction or group of forces a figure is limited to: the nearest row match
    before it in its sentence, else the first after it before the next figure; a place a row
    names wins over the words around it ("Покровському напрямку" is Pokrovsk), "на этом
    направлении" is the article's previous scope, and a group of forces named earlier in the
    paragraph ("Подразделения группировки «Запад» ... Противник потерял") is the zone."""
    named: list[tuple[int, int, str]] = []
    written: list[tuple[int, int, str]] = []
    for pattern, scope in _SCOPE_RES:
        text = lower if scope else original
        for m in pattern.finditer(text, 0, hi):
            (named if scope else written).append((m.start(), m.end(), scope or m.group(0)))
    found = [(_gap(a, b, fig), scope) for a, b, scope in named]
    found += [
        (_gap(a, b, fig), ctx.scope if _ANAPHORA.search(scope) and ctx.scope else scope)
        for a, b, scope in written
        if not any(a < e and s < b for s, e, _ in named)
    ]
    if _GROUP_WORDS_RE.search(lower):  # "«Центр» — более 430" (a row's own name wins a tie)
        found += [(_gap(m.start(), m.end(), fig) + 1, m.group(0))
                  for m in _GROUP_RE.finditer(original, 0, hi)]  # fmt: skip
    if found:
        return min(found)[1]
    return ctx.group or ctx.follow


def _gap(start: int, end: int, fig: _Fig) -> int:
    """How far a match is from a figure, any match before it nearer than any after it."""
    return fig.start - end if end <= fig.start else start - fig.end + 10_000


def _battlegroup(scope: str | None) -> str | None:
    """ "Battlegroup Sever" for a scope naming one of Russia's groups of forces (a zone's
    figure is part of the front-wide total), as the English rows store it."""
    name = _GROUP_RE.search(scope or "")
    if name is None:
        return None
    word = name.group(0).lower()
    return next((f"Battlegroup {n}" for r, n in BATTLEGROUPS if re.match(rf"«(?:{r})", word)), None)


def _part_of(lower: str, fig: _Fig, original: str) -> str | None:
    """The breakdown a figure is: a row's word right after it ("5 600 офіцерів": officers),
    else after "в том числе", "у тому числі" the model it names as written ("7 танков, в том
    числе 2 Leopard": Leopard), not a figure of its own."""
    m = _PART_RE.match(lower, fig.end)
    if m and m.lastindex:
        return PART_ROWS[m.lastindex - 1][1]
    if status := _status_part(lower, fig):
        return status
    if not _INCLUDING.search(lower, max(0, fig.start - 25), fig.start):
        return None
    model = _LATIN_MODEL_AFTER.match(original, fig.end) or _MODEL_AFTER.match(original, fig.end)
    return model.group(1) if model else None


_OF_WHICH_RE = re.compile(rf"(?<![\w]){OF_WHICH}(?![\w])")
_STATUS_RE = re.compile(r"\s+(?:" + "|".join(f"({r})" for r, _ in STATUS_ROWS) + ")")


def _status_part(lower: str, fig: _Fig) -> str | None:
    """The status a figure of a "з них ..." breakdown counts ("з них 2 800 знищено")."""
    m = _STATUS_RE.match(lower, fig.end)
    if m is None or not m.lastindex or not _OF_WHICH_RE.search(lower, 0, fig.start):
        return None
    return STATUS_ROWS[m.lastindex - 1][1]


def _qualify(fig: _Fig, before: str) -> None:
    """The qualifier of the words right before a figure (ranges keep theirs)."""
    if fig.qualifier == Qualifier.range:
        return
    tail = before[-50:]
    m = _QUALIFIER_RE.search(tail)
    fig.qualifier = QUALIFIER_ROWS[m.lastindex - 1][1] if m and m.lastindex else Qualifier.exact


# "Losses" in the plural genitive right after a figure counts people ("700 тис. втрат", "1 000
# потерь", with whose between: "10 070 російських втрат", "1 200 вражеских потерь"), unless
# what was lost is named next ("втрат техніки").
_LOSSES_AFTER_RE = re.compile(
    r"^\s+(?:[^\W\d_]+(?:их|іх|ых)\s+){0,2}(?:втрат|потерь)(?![\w])"
    rf"(?!\s+(?:[\w'-]+\s+)?(?:{NOT_PEOPLE}))"
)


# "58 із 64", "71 з 80", "45 из 52": a figure out of a total, the noun after the total.
_OF_TOTAL_RE = re.compile(r"\s+(?:з|із|зі|из)\s+\d{1,3}(?:\s\d{3})*(?=\s)")


def _metric(after: str) -> tuple[Metric | None, int, bool]:
    """The metric named right after a figure, where its noun ends, and whether the figure
    stands bare instead."""
    if _UNIT_AFTER.match(after):
        return None, 0, True
    m = _METRIC_RE.match(after)
    if m and m.lastindex:
        return METRIC_ROWS[m.lastindex - 1][1], m.end(), False
    if losses := _LOSSES_AFTER_RE.match(after):  # "понад 700 тис. втрат ЗСУ": people lost
        return Metric.personnel, losses.end(), False
    if (of := _OF_TOTAL_RE.match(after)) and (m := _METRIC_RE.match(after[of.end() :])):
        if m.lastindex:  # "збили 58 із 64 дронів": the noun after the total is the figure's
            return METRIC_ROWS[m.lastindex - 1][1], of.end() + m.end(), False
    return None, 0, bool(_BARE_AFTER.match(after))


# A noun and a dash or colon right before a bare figure ("артилерійських систем — 33 464"):
# that noun is the figure's, whatever the figure before it counted.
_NOUN_DASH = re.compile(
    r"(?:[^\W\d_]{3,}|(?<![\w])[^\W\d_]/[^\W\d_])\s*[—–‒:-]\s*(?:[^\W\d_]+\s+)?$"
)  # a word of three letters or more, or an abbreviation such as "о/с"


# The last clause before a figure: a noun there is the figure's ("и дронов оперативного уровня
# 1 853"), whatever the figure before it counted.
_LAST_CLAUSE = re.compile(r"[,;:()]|\s(?:и|і|та|й|а)\s")


def _metric_before(text: str) -> Metric | None:
    """The metric of the last metric noun in `text` ("число погибших выросло до 57")."""
    found = [m for m in _METRIC_ANY_RE.finditer(text) if m.lastindex]
    return METRIC_ROWS[found[-1].lastindex - 1][1] if found and found[-1].lastindex else None


def _other(side: str | None) -> Subject:
    """The side opposite a speaker's (Russia's for a speaker of neither side)."""
    return Subject.ukraine if side == "russia" else Subject.russia


def _mention_side(word: str, speaker: str | None) -> Subject:
    """The side a side word names; "ворог"/"противник" is the speaker's enemy."""
    if word.startswith(ENEMY_STEMS):
        return _other(speaker)
    return next(side for stem, side in SIDE_ROWS if word.startswith(stem))


def _last_mention(before: str, speaker: str | None, absolute: bool = False,
                  written: str | None = None) -> Subject | None:  # fmt: skip
    """The last side named before a figure (a place after "у", "проти" is not a side),
    flipped when an inflicting verb follows it ("українські сили знищили") unless it names
    an earlier figure's losses ("990 російських загарбників, знищили вісім танків"); after it
    a reflexive ("власних втрат") is its subject's losses (`written`: claimants unmasked)."""
    own = [] if speaker is None else list(_OWN_RE.finditer(before))
    reflexive = list(_REFLEXIVE_RE.finditer(before)) if written else []
    owner = (
        _reflexive_owner(written[: reflexive[-1].start()], speaker)
        if written and reflexive
        else None
    )
    marker = max(
        [m.start() for m in own[-1:]] + [m.start() for m in reflexive[-1:] if owner], default=-1
    )
    for m in reversed(list(_SIDE_RE.finditer(before))):
        words = _WORD.findall(before[max(0, m.start() - 12) : m.start()])
        fought = _FOUGHT_AGAINST_BEFORE_RE.search(before, max(0, m.start() - 50), m.start())
        if fought and not absolute:  # "у боях з російськими військами загинули 9": the other's
            return _other(_mention_side(m.group(0), speaker))
        if words and words[-1] in PLACE_PREPOSITIONS and not _people_after(words[-1], before, m):
            continue
        if absolute and m.group(0).startswith(ENEMY_STEMS):
            continue
        if _SOURCE_OF_SIDE_RE.search(before, max(0, m.start() - 30), m.start()):
            continue  # "по данным украинской стороны": the count's source, not its loser
        if marker > m.start():
            break
        side = _mention_side(m.group(0), speaker)
        if narrator := _narrator_of_reported_our(before, m.start()):
            return narrator  # "українці пишуть, що наші втратили": the narrator's "our"
        if words and _TOLD_RE.fullmatch(words[-1]):  # "рассказал украинским следователям"
            if _PRISONER_RE.search(before, 0, m.start()):
                return _other(side.value)  # a prisoner telling one side is of the other
            continue
        if words and _STRUCK_OBJECT_RE.fullmatch(words[-1]):
            return side  # "выбили ВСУ с позиций, уничтожив до 35": the object, not an agent
        if not absolute and _ATTACKER_NAMED_RE.search(before, max(0, m.start() - 40), m.start()):
            return _other(side)  # "во время обстрела со стороны ВСУ погибли четыре"
        if (
            (words and words[-1] in COUNTING_WORDS)
            or (words and words[-1] in ("у", "в"))  # "у хохлов насчитали": a possessor
            or _OF_A_FIGURE.search(before[max(0, m.start() - 40) : m.start()])
            or _ENEMY_STRUCK_RE.match(before, m.start())
        ):
            return side
        return _flipped_if_agent(before, m.end(), side)
    if owner and reflexive and (not own or reflexive[-1].start() > own[-1].start()):
        return _flipped_if_agent(before, reflexive[-1].end(), owner)
    if own and written and (narrator := _narrator_of_reported_our(written, own[-1].end())):
        return narrator  # "Росіяни пишуть, що наші втратили" (the claimant unmasked)
    if own:  # "у нас 6 двухсотых", "наши потери": the speaker's; "мы сожгли три": the other's
        return _flipped_if_agent(before, own[-1].end(), _other(_other(speaker)))
    return None


def _narrator_of_reported_our(text: str, at: int) -> Subject | None:
    """The narrator's side for "our" in a side's reported speech ("росіяни пишуть, що наші
    втратили"): the reported side's enemy; `at` is where the side word starts, or where the
    "our" ends. None when `text` has no such speech there."""
    for reported in _REPORTED_OUR_RE.finditer(text, max(0, at - 80), at + 80):
        if at in (reported.start("w"), reported.end()) and _SIDE_RE.match(reported["w"]):
            side = _mention_side(reported["w"], None)
            return _flipped_if_agent(text, reported.end(), _other(side.value))
    return None


def _people_after(preposition: str, text: str, mention: re.Match[str]) -> bool:
    """True when a side word after "у"/"в" names people ("у хохлов"): a possessor, no place."""
    word = _WORD.match(text, mention.start())
    return preposition in ("у", "в") and word is not None and word[0].startswith(PEOPLE_SIDE_STEMS)


def _reflexive_owner(before: str, speaker: str | None) -> Subject | None:
    """Whose a reflexive's losses are: the last side, claimant or capital named before it
    ("Минобороны России не раскрывает собственных потерь"), not a figure's noun ("знищив 300
    окупантів, втративши 12 своїх"), else the speaker's side."""
    named: list[tuple[int, Subject]] = []
    for m in _SIDE_RE.finditer(before):
        words = _WORD.findall(before[max(0, m.start() - 12) : m.start()])
        of_a_figure = _OF_A_FIGURE.search(before[max(0, m.start() - 40) : m.start()])
        if not (words and words[-1] in PLACE_PREPOSITIONS) and not of_a_figure:
            named.append((m.end(), _mention_side(m.group(0), speaker)))
    for m in _CLAIMANT_RE.finditer(before):
        side = claimant_side(CYRILLIC_CLAIMANTS[m.lastindex - 1][1]) if m.lastindex else None
        if side in (Subject.russia, Subject.ukraine):
            named.append((m.end(), Subject(side)))
    for m in _CAPITAL_RE.finditer(before):
        named.append((m.end(), next(s for stem, s in CAPITAL_SIDES if m.group(0) == stem)))
    if named:
        return max(named, key=lambda n: n[0])[1]
    return Subject(speaker) if speaker in (Subject.russia, Subject.ukraine) else None


def _agent_mention(sentence: str) -> Subject | None:
    """The side a sentence with no figure hands on: the last side it names, or the other one
    when that side only advanced ("Российские военные освободили село": the agent)."""
    side = _last_mention(sentence, None, absolute=True)
    if side is not None and not LOSS_STEMS.search(sentence) and _ADVANCE_RE.search(sentence):
        return _other(side)
    return side


def _loser_named(sentence: str) -> Subject | None:
    """The side named right before the first verb of losing in a sentence with no figure, its
    subject ("Росія за липень втратила найбільше військових, свідчать підрахунки ..."): the
    side the list below it counts, whatever names the sentence ends with."""
    verb = _LOSING_RE.search(sentence)
    if verb is None:
        return None
    found = list(_SIDE_RE.finditer(sentence, 0, verb.start()))
    if not found or _CLAUSE_BREAK.search(sentence, found[-1].end(), verb.start()):
        return None
    return _mention_side(found[-1].group(0), None)


_ENEMY_STRUCK_RE = re.compile(rf"(?:{ENEMY_STRUCK})(?![\w])")


def _flipped_if_agent(before: str, end: int, side: Subject) -> Subject:
    """The other side when an inflicting verb follows the side named ending at `end`
    ("Сили оборони знищили"), unless a figure comes first: a side that lost the earlier
    figure is no agent ("у них 40 двухсотых, сожгли три бэхи")."""
    verb = _INFLICT_RE.search(before, end)
    if verb is None or _figures(before[end : verb.start()]):
        return side
    return Subject.russia if side == Subject.ukraine else Subject.ukraine


_FORMATIONS = tuple((re.compile(rf"(?<![\w])(?:{words})"), side) for words, side in FORMATION_SIDES)
_NOUN_AND_FORMATION = re.compile(
    r"\s*[\w'-]+\s+(?:чвк\s+|спецназу?\s+|батальйону?\s+|батальона?\s+)?[«\"]?"
    r"(?P<name>[\w' -]{2,20})"
)


def _formation_after(written: str, fig: _Fig, metric_end: int) -> Subject | None:
    """The side of a formation named right after the figure's noun ("бійців «Ахмату»")."""
    after = _NOUN_AND_FORMATION.match(written.lower(), fig.end)
    if after is None or after.start("name") > metric_end + 25:
        return None
    return next((side for pattern, side in _FORMATIONS if pattern.match(after["name"])), None)


def _side(
    text: str,
    fig: _Fig,
    metric_end: int,
    speaker: str | None,
    carried: Subject | None,
    written: str | None = None,
) -> Subject:
    """Whose losses a figure counts (the order is the module docstring's)."""
    if written is not None and (formation := _formation_after(written, fig, metric_end)):
        return formation
    words = _WORD.findall(text[fig.end : fig.end + 60])[:2]
    if words and speaker in (Subject.russia, Subject.ukraine) and _OWN_RE.fullmatch(words[0]):
        return Subject(speaker)  # "две наши БМП"
    if words and written and _REFLEXIVE_RE.fullmatch(words[0]):  # "12 своїх бійців"
        if subject := _reflexive_owner(written[: fig.start], speaker):
            return subject
    if words and (found := _SIDE_RE.match(words[0])):
        return _mention_side(found.group(0), speaker)
    near = _CLAUSE_BREAK.split(text[fig.end : fig.end + 60], maxsplit=1)[0]
    if len(words) == 2 and words[1] in near and (found := _SIDE_ADJECTIVE.match(words[1])):
        return _mention_side(found.group(0), speaker)  # "6 476 погибших российских военных"
    if adjective := _side_adjective_in_phrase(near):
        return _mention_side(adjective, speaker)  # "10 140 погибших и раненых российских"
    if owner_noun := _side_noun_in_phrase(near):
        return _mention_side(owner_noun, speaker)  # "37 воїнів місцевої тероборони"
    for phrase, phrase_side in _SIDE_PHRASES:
        if phrase.search(near):
            return phrase_side  # "312 погибших участников СВО"
    if fought := _fought_against(text, fig, speaker):
        return fought  # "загинули 12 бійців у боях з окупантами": the other side's
    if fought_for := _fought_for(text, fig, metric_end, speaker):
        return fought_for  # "60 наемников, воевавших на стороне Киева": that side's
    noun = _SIDE_RE.search(text, fig.end, metric_end)  # "1 100 ліквідованих окупантів"
    if noun and not noun.group(0).startswith(ENEMY_STEMS):
        return _mention_side(noun.group(0), speaker)
    if speaker in (Subject.russia, Subject.ukraine) and _RESIDENT_RE.search(
        text, fig.end, metric_end
    ):
        return Subject(speaker)  # a governor's "погибли 320 жителей региона"
    clause = re.split(r"[.;:!?(—]", text[metric_end:], maxsplit=1)[0].split(",")[0]
    owner = _POSSESSOR_RE.search(clause)
    if owner:  # "гибели двух военнослужащих при атаке дронов ВСУ": the attacker's enemy
        side = _mention_side(owner["w"], speaker)
        return _other(side) if _ATTACKER_RE.search(clause, 0, owner.start()) else side
    before = text[: fig.start]
    if named_side := _last_mention(before, speaker, written=written) or carried:
        return named_side
    if speaker in (Subject.russia, Subject.ukraine) and _OWN_UNIT_LOST_RE.search(before):
        return Subject(speaker)  # "Бригада втратила за тиждень чотирьох бійців": its own
    return _own_dead(text, fig, metric_end, speaker, written) or _other(speaker)


def _own_dead(
    text: str, fig: _Fig, metric_end: int, speaker: str | None, written: str | None
) -> Subject | None:
    """The speaker's side for "погибших" counted by a claimant named in the sentence with no
    side named ("Минобороны РФ называло ...: 5 937 погибших": its own), else None (an outlet's
    voice is no claimant: "У РФ визнали загибель 17" is Russia's, the voice's enemy)."""
    own_dead = _OWN_DEATH_RE.search(text, max(0, fig.start - 40), metric_end + 1)
    if not own_dead or speaker not in (Subject.russia, Subject.ukraine) or written is None:
        return None
    claimant = _CLAIMANT_RE.search(written[: fig.start])  # lower-case, as the sentence
    if claimant is None or not claimant.lastindex:
        return None
    named = claimant_side(CYRILLIC_CLAIMANTS[claimant.lastindex - 1][1])
    return Subject(speaker) if named == speaker else None


# Words of a figure's own phrase before its side adjective: kinds of loss and "and".
_PHRASE_WORD = re.compile(
    r"(?:и|і|й|та|а|также|також|погибш\w*|загибл\w*|убит\w*|вбит\w*|ранен\w*|поранен\w*|"
    r"пропавш\w*|зниклих|безвест\w*|ліквідован\w*|ликвидирован\w*|уничтожен\w*|знищен\w*)"
)


def _fought_against(text: str, fig: _Fig, speaker: str | None) -> Subject | None:
    """The side other than the one a figure's clause says they fought against ("у боях з
    окупантами"; "з ворогом": the speaker's own), if it says."""
    clause = _CLAUSE_BREAK.split(text[fig.end : fig.end + 80], maxsplit=1)[0]
    fought = _FOUGHT_AGAINST_RE.search(clause)
    enemy = _SIDE_RE.match(fought["w"]) if fought else None
    if enemy is None:
        return None
    side = _mention_side(enemy[0], speaker)
    return _other(side.value) if side in (Subject.russia, Subject.ukraine) else None


def _fought_for(text: str, fig: _Fig, metric_end: int, speaker: str | None) -> Subject | None:
    """The side a figure's people fought for, named right after its noun ("60 наемников,
    воевавших на стороне Киева"), if it says."""
    fought = _FOUGHT_FOR_RE.match(text, metric_end) or _FOUGHT_FOR_RE.search(
        text, metric_end, min(len(text), metric_end + 40)
    )
    if fought is None or _FIGURE.search(text, metric_end, fought.start()):
        return None
    if capital := _CAPITAL_RE.match(fought["w"]):
        return next(side for stem, side in CAPITAL_SIDES if capital.group(0) == stem)
    if side := _SIDE_RE.match(fought["w"]):
        return _mention_side(side.group(0), speaker)
    return None


def _side_noun_in_phrase(near: str) -> str | None:
    """A side's noun in the genitive within a figure's own noun phrase, a word or two after
    its noun ("37 воїнів місцевої тероборони", "12 бійців сил оборони"): whose they were."""
    words = _WORD.findall(near)[:4]
    for word in words[1:]:
        if word in PHRASE_ENDS:
            return None
        if _SIDE_RE.match(word) and not word.startswith(ENEMY_STEMS):
            return word
    return None


def _side_adjective_in_phrase(near: str) -> str | None:
    """A side adjective after the kinds of loss that follow a figure, in its own clause
    ("погибших и раненых российских военных", "вбитих і поранених українських")."""
    words = _WORD.findall(near)[:6]
    for word in words:
        if _SIDE_ADJECTIVE.match(word):
            return word
        if not _PHRASE_WORD.fullmatch(word):
            return None
    return None


def _kind(text: str, fig: _Fig, lo: int, hi: int) -> PersonnelKind | None:
    """The kind of loss named nearest the figure within its neighbours' bounds (after it, only
    up to the end of its clause: "понад 6 500 осіб, а санітарні — ..." is not its kind)."""
    clause_end = _CLAUSE_END.search(text, fig.end, hi)
    hi = clause_end.start() if clause_end else hi
    window = text[lo:hi]
    at = fig.start - lo
    end = fig.end - lo
    found = [
        (max(m.start() - end, at - m.end(), 0), row, kind)
        for row, (pattern, kind) in enumerate(_KIND_RES)
        for m in pattern.finditer(window)
    ]
    return min(found)[2] if found else None  # nearest; "убитими та пораненими" over "убит"


@cache
def _claimant_spans_re() -> re.Pattern[str]:
    """A claimant's name with the side adjective right before it ("украинского Генерального
    штаба", "російське Міноборони"): the claimant's own side, never the side that lost."""
    names = _CLAIMANT_RE.pattern + "|" + rf"(?<![\w])(?:{CYRILLIC_BARE_MINISTRY})"
    return re.compile(rf"(?:(?<![\w])(?:{_SIDE_ADJECTIVE.pattern})\w*\s+)?(?:{names})")


_REPORTING_RE = re.compile(rf"(?<![\w])(?:{REPORTING_WORDS})")


def _claimant_in(text: str, publisher: str | None) -> str | None:
    """The claimant row named in `text` (rows in order: people first), or a bare ministry
    read as the ministry of the outlet's side."""
    hits = {m.lastindex for m in _CLAIMANT_RE.finditer(text) if m.lastindex}
    if hits:
        return CYRILLIC_CLAIMANTS[min(hits) - 1][1]
    bare = re.search(rf"(?<![\w])(?:{CYRILLIC_BARE_MINISTRY})\s*(?P<colon>:)?", text)
    if bare and (bare["colon"] or _REPORTING_RE.search(text)):
        return MINISTRY_OF_SIDE[publisher_side(publisher) or "russia"]
    return None


def _mask_claimants(text: str) -> str:
    """`text` with claimant names blanked, so "Міноборони рф" is no side word."""
    return _claimant_spans_re().sub(lambda m: " " * len(m.group(0)), text)


def _sentences(text: str) -> list[tuple[int, str]]:
    """(start, sentence) for each sentence, a line at most (abbreviations such as "тис."
    before a lower-case word do not end one)."""
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        start = 0
        for m in _SENTENCE_END.finditer(line):
            out.append((offset + start, line[start : m.start()]))
            start = m.end()
        if line[start:].strip():
            out.append((offset + start, line[start:]))
        offset += len(line) + 1
    return out


def _period_for(periods: list[Period], fig: _Fig, text: str) -> Period | None:
    """The sentence's period of a figure: one right after it ("1 090 — за минулу добу"),
    else the nearest before, else the first after; running-total markers last."""
    strong = [p for p in periods if p.strong]
    adjacent = [
        p
        for p in strong
        if p.start_char >= fig.end and _ADJACENT.fullmatch(text, fig.end, p.start_char)
    ]
    before = [p for p in strong if p.end_char <= fig.start]
    weak_before = [p for p in periods if not p.strong and p.end_char <= fig.start]
    part = _OF_WHICH_RE.search(text, fig.end)  # "з них 1 070 — за добу": the part's period
    cut = part.start() if part else len(text)
    after = [p for p in strong if fig.end <= p.start_char < cut]
    weak = [p for p in periods if not p.strong]
    return next(iter(adjacent or before[-1:] or weak_before[-1:] or after or weak), None)


_RUNNING_TOTAL_RE = re.compile(rf"(?<![\w])(?:{RUNNING_TOTAL})")
_WEEKDAY_BEFORE_DATE_RE = re.compile(rf"(?<![\w])(?:{WEEKDAY_BEFORE_DATE})")


def _periods_in(text: str, published: dt.date | None) -> list[Period]:
    """The periods a sentence names, with a weekday before a date read past (blanked to its
    length, so every period keeps its place in the sentence)."""
    plain = _WEEKDAY_BEFORE_DATE_RE.sub(lambda m: " " * len(m.group(0)), text)
    return cyrillic_periods(plain, published)


_CALLED_FAKE_RE = re.compile(CALLED_FAKE_AFTER)
_FAKE_LABEL_RE = re.compile(FAKE_LABEL, re.MULTILINE)
_HEADER_RE = re.compile(rf"{LOSS_STEMS.pattern}|(?<![\w])(?:{LIST_HEADER_NOUNS})")
# A heading: a short line of words alone, with no figure and no sentence's end ("Втрати Росії",
# "ГЕНШТАБ: ВТРАТИ ВОРОГА ЗА ДОБУ").
_COMMENTS_HEADER_RE = re.compile(COMMENTS_HEADER)
# A line's end and a bulleted line under it: the line heads a list whatever its punctuation
# ("Потери ВС РФ в январе 2026 года (данные Генштаба ВСУ)" and "• танки — 101" below).
_LIST_BELOW = re.compile(r"[ \t]*\n[ \t]*[•▪●◦·–—][ \t]")
_HEADING_LINE = re.compile(r"[^\d.!?;:,\n]{3,60}|[^\d.!?;:,\n]{3,20}:[^\d.!?;:,\n]{3,50}")
_THIS_PERIOD_RE = re.compile(rf"(?<![\w])(?:{THIS_PERIOD})(?![\w])")


_THIS_MONTH_RE = re.compile(rf"(?<![\w])(?:{THIS_MONTH})")
_THIS_WEEK_RE = re.compile(rf"(?<![\w])(?:{THIS_WEEK})(?![\w])")
_LAST_WEEK_WORDS = re.compile(r"минул|прошл")
RUSSIAN_MOD = MINISTRY_OF_SIDE["russia"]


_WEEKLY_SUMMARY_RE = re.compile(rf"(?<![\w])(?:{WEEKLY_SUMMARY})")


def _mod_week(periods: list[Period], text: str, who: str, weekly: bool) -> list[Period]:
    """The periods with Russia's MoD's undated "за неделю" moved to its own week, Saturday to
    Friday, ending on the last Friday up to the day it was counted back from, in an article
    naming its weekly summary (`weekly`)."""
    if who != RUSSIAN_MOD or not weekly:
        return periods
    out = []
    for p in periods:
        if (
            p.kind == PeriodKind.week
            and p.needs_date
            and p.end is not None
            and not _LAST_WEEK_WORDS.search(text, p.start_char, p.end_char)
        ):
            day = p.end + dt.timedelta(days=1)  # the day it was counted back from
            friday = day - dt.timedelta(days=(day.weekday() - MOD_WEEK_LAST_DAY) % 7)
            p = replace(p, start=friday - dt.timedelta(days=6), end=friday)
        out.append(p)
    return out


def _this_period(text: str, ctx: _Context, own: list[Period]) -> list[Period]:
    """The period an earlier sentence named (else one its own words named before: "за сутки
    ... а за тот же день"), where this one points back at it ("за цей час"; "за місяць"
    after a named month, "за тиждень" after a named week), placed at those words so the
    figures after them take it."""
    back: list[Period] = []
    named = ctx.period or next(
        (p for p in own if p.strong and p.kind != PeriodKind.unspecified), None
    )
    if named is not None:
        found = list(_THIS_PERIOD_RE.finditer(text))
        if named.kind == PeriodKind.month:
            found += _THIS_MONTH_RE.finditer(text)
        back = [replace(named, start_char=m.start(), end_char=m.end(), strong=True) for m in found]
    week = ctx.week
    if week is not None:
        back += [replace(week, start_char=m.start(), end_char=m.end(), strong=True)
                 for m in _THIS_WEEK_RE.finditer(text)]  # fmt: skip
    return back


def _remember_week(period: Period | None, ctx: _Context) -> None:
    """Keep the last week or span of days a figure or a sentence named (its dates spelled out
    over one counted from publication), for a later "за тиждень", "за трое суток" to point
    back at."""
    if period is None or period.kind not in (PeriodKind.week, PeriodKind.range):
        return
    if ctx.week is None or ctx.week.needs_date or not period.needs_date:
        ctx.week = period


def _same_span(periods: list[Period], text: str, ctx: _Context) -> list[Period]:
    """The periods with a span counted back from publication ("за трое суток") put as the
    span of as many days the article dated before ("Итоги трех суток (8–10 марта)")."""
    span = ctx.week
    if span is None or span.needs_date or span.start is None or span.end is None:
        return periods
    length = span.end - span.start
    return [
        replace(span, start_char=p.start_char, end_char=p.end_char, strong=True)
        if p.needs_date and p.kind in (PeriodKind.week, PeriodKind.range)
        and p.start is not None and p.end is not None and p.end - p.start == length
        and not _LAST_WEEK_WORDS.search(text, p.start_char, p.end_char)
        else p
        for p in periods
    ]  # fmt: skip


def _with_anaphora(periods: list[Period], text: str, ctx: _Context) -> list[Period]:
    """The sentence's periods with those pointing back put in place of what the date grammar
    read at the same words ("за місяць": the thirty days before the article)."""
    periods = _same_span(periods, text, ctx)
    back = _this_period(text, ctx, periods)
    kept = [
        p for p in periods
        if not any(b.start_char < p.end_char and p.start_char < b.end_char for b in back)
    ]  # fmt: skip
    return sorted(kept + back, key=lambda p: p.start_char)


_LIST_SEPARATOR = re.compile(r"[,;]")
_TOTAL_AFTER_PART_RE = re.compile(rf"(?<![\w])(?:{TOTAL_AFTER_PART})(?![\w])")


def _running_total(
    text: str, fig: _Fig, prev: _Fig | None, periods: list[Period], day: dt.date | None,
    running: dt.date | None = None,
) -> Period | None:  # fmt: skip
    """The war's running total for a figure after "загальні втрати", "общие потери", or after
    "загалом", "всего" right after a far smaller figure, or listed right after such a total
    (`running`: "танків сягнула 11 235, артилерійських систем — 33 464"), with no period
    named between them or right after the figure; else None."""
    lo = prev.end if prev else 0
    found = list(_RUNNING_TOTAL_RE.finditer(text, lo, fig.start))
    if prev and prev.value * TOTAL_OVER_PART <= fig.value:
        found += _TOTAL_AFTER_PART_RE.finditer(text, lo, fig.start)
    if running and not found:  # the list goes on to the day the total before it runs to
        found, day = [m for m in _LIST_SEPARATOR.finditer(text, lo, fig.start)][:1], running
    if not found or day is None:
        return None
    start = found[-1].start()
    for p in periods:
        if p.strong and start <= p.start_char < fig.start and p.end_char > p.start_char:
            return None  # "загалом за березень — 30 тисяч" (a carried period spans nothing)
        if (
            p.strong
            and p.start_char >= fig.end
            and _ADJACENT.fullmatch(text, fig.end, p.start_char)
        ):
            return None
    return Period(start, found[-1].end(), PeriodKind.cumulative, WAR_START, day)


def read_prose(source: Source, taken: frozenset[int] = frozenset()) -> list[Claim]:
    """Every figure-and-metric pair in a Cyrillic article's sentences (but the numbers at the
    offsets `taken`, which another reader has stored)."""
    if not re.search(r"[\u0400-\u04ff]", source.text):
        return []
    wrapped = _WRAPPED.sub(" ", source.text.translate(_SPACES))
    written = _undecorated(wrapped)
    text = written.lower()
    sentences = [(start, text[start : start + len(s)]) for start, s in _sentences(written)]
    claims: list[Claim] = []
    ctx = _Context(claimant=None, voice=_voice(text), taken=taken,
                   weekly=bool(_WEEKLY_SUMMARY_RE.search(text)),
                   added=frozenset(m.end() for m in _ADDED.finditer(wrapped)))  # fmt: skip
    named = [_claimant_in(sentence, source.publisher) for _, sentence in sentences]
    first_claimant = next((name for name in named if name), None)
    fakes = {text.count("\n", 0, m.start()) for m in _FAKE_LABEL_RE.finditer(text)}
    ctx.corrected, replaced = _corrections(sentences)
    lead_loss = False  # the sentence before states a loss with no figure: a list may follow
    for (start, sentence), claimant in zip(sentences, named, strict=True):
        ctx.sentences_since_claim += 1
        ctx.sentences_since_period += 1
        paragraph = text.count("\n", 0, start)
        if paragraph in fakes:
            continue  # a fact check's quote of the fake it debunks
        ctx.block = text.count("\n\n", 0, start)
        if paragraph != ctx.paragraph:
            ctx.paragraph, ctx.group = paragraph, None
        if (day := cyrillic_stamp(sentence, source.published)) and (
            source.published is None or day <= source.published
        ):
            ctx.entry_day = day  # "13 травня, 09:40": the entries below are of that day
            continue
        if _COMMENTS_HEADER_RE.match(sentence):
            ctx.thread = True  # "Коментарі (27)": the comments below, no figure here
            continue
        ctx.offset = start
        masked = _mask_claimants(sentence) if claimant else sentence
        original = source.text[start : start + len(sentence)]
        made = _sentence_claims(source, original, sentence, masked, claimant, ctx, first_claimant)
        if claimant:
            ctx.claimant = claimant
        if not made and _SAID_THIS.match(sentence) and not _FIGURE.search(sentence):
            # "Про це повідомив Генштаб": who said the figures before, no break in their run
            ctx.sentences_since_claim -= 1
        if not made:
            who = ctx.claimant or first_claimant
            ctx.side = (
                _own_losses_side(masked, who, source.publisher, ctx.voice)
                or _loser_named(masked)
                or _agent_mention(masked)
                or ctx.side
            )
            _remember_setting(original, sentence, source.published, ctx, who)
            if ctx.sentences_since_claim == 1:
                claims = _dated_after(sentence, claims, ctx.entry_day or source.published)
        else:
            # the nouns of the run of consecutive sentences with claims (a list's lines)
            run = ctx.run_metrics if ctx.sentences_since_claim == 1 else frozenset()
            ctx.sentences_since_claim = 0
            last = made[-1]
            ctx.side, ctx.metric, ctx.kind = last.subject, last.metric, last.personnel_kind
            ctx.metrics = frozenset(c.metric for c in made)
            ctx.run_metrics = run | ctx.metrics
            ctx.claims_paragraph = ctx.paragraph
            # a share's place ("Из них 180 ... «Запад»") is not the next sentence's
            share = _BREAKS_DOWN.search(sentence)
            ctx.scope, ctx.last_scope = last.scope or ctx.scope, None if share else last.scope
        claims += made
        colon = sentence.rstrip().endswith(":")
        listed = bool(_LIST_BELOW.match(text, start + len(sentence)))  # a bulleted line next
        heads = _HEADER_RE.search(sentence) or (colon and lead_loss)  # "втратила ... Що відомо:"
        if (colon or listed or _HEADING_LINE.fullmatch(sentence)) and heads:
            # "Протягом доби знищили:", "Втрати Росії" and the list under it (after a colon,
            # the list may follow a blank line)
            ctx.header = text.count("\n\n", 0, start + len(sentence) + (2 if colon else 0))
        lead_loss = bool(LOSS_STEMS.search(sentence)) and not made
    return _previous_reports([c for c in claims if c.value not in replaced])


# A sentence that only names who said what came before ("Про це в неділю повідомив Генштаб",
# "Об этом сообщили в Минобороны", "Такі дані наводить ОВА").
_SAID_THIS = re.compile(rf"^\W*(?:{SAID_THIS})(?![\w])")
_YESTERDAY_RE = re.compile(rf"(?<![\w])(?:{YESTERDAY_WORDS})(?![\w])")


def _previous_reports(claims: list[Claim]) -> list[Claim]:
    """The claims with a "yesterday" figure moved to the day before, where an earlier claim of
    the same claimant, side and kind of loss holds another figure for that same day (today's
    report's "за добу"): one day has one daily figure, and yesterday's is the report before
    ("За добу ... 1 130. Напередодні ворог втратив 1 020")."""
    today: dict[tuple[object, ...], int] = {}
    out: list[Claim] = []
    for c in claims:
        key = (c.claimant, c.subject, c.metric, c.period_start)
        if c.period_kind != PeriodKind.day or c.period_start != c.period_end:
            out.append(c)
            continue
        if key in today and today[key] != c.value and _YESTERDAY_RE.search(c.quote.lower()):
            day = c.period_start - dt.timedelta(days=1) if c.period_start else None
            c = c.model_copy(update={"period_start": day, "period_end": day})
        else:
            today.setdefault(key, c.value)
        out.append(c)
    return out


# The words a sentence that only dates the figures before it uses ("станом на", "по состоянию
# на", "актуален на", "дані на кінець березня"): most sentences skip the period rows.
_DATES_TOTALS_RE = re.compile(r"станом|состояни|актуал|(?:дані|данные)\s+на")


def _dated_after(sentence: str, claims: list[Claim], published: dt.date | None) -> list[Claim]:
    """The claims with the running totals of the sentence just before ended on the day a
    sentence with no figure of its own dates them to ("... 188 400 погибших. Данные приведены
    по состоянию на 10 апреля.", "(дані на кінець березня)")."""
    if not claims or not _DATES_TOTALS_RE.search(sentence):
        return claims
    days = [
        p.end for p in _periods_in(sentence, published)
        if p.kind == PeriodKind.cumulative and not p.needs_date and p.end is not None
    ]  # fmt: skip
    if len(days) != 1:
        return claims
    quote, day = claims[-1].quote, days[0]
    return [
        c.model_copy(update={"period_end": day})
        if c.quote == quote and c.period_kind == PeriodKind.cumulative and c.period_end
        and day < c.period_end
        else c
        for c in claims
    ]  # fmt: skip


_VOICES = tuple((side, re.compile(words)) for side, words in VOICE_ROWS)
_SENTENCE_VOICES = tuple((side, re.compile(words, re.S)) for side, words in SENTENCE_VOICE_ROWS)


# A "+" before a figure in a list (not the General Staff's bracketed "(+1 050)", which its
# own reader takes): the day's addition, when the line names no period of its own.
_ADDED = re.compile(r"(?<![(\w])\+\s?(?=\d)")


def _added_day(period: Period | None, at: int, ctx: _Context, day: dt.date | None) -> Period | None:
    """The day before `day` for a "+N" figure at `at` with no period of its own (a morning
    report's addition counts the day before), else `period`."""
    if day is None or at not in ctx.added or (period and period.kind != PeriodKind.unspecified):
        return period
    before = day - dt.timedelta(days=1)
    return Period(0, 0, PeriodKind.day, before, before)


_CORRECTION_RE = re.compile(CORRECTION_MARK)
_CORRECT_RE = re.compile(CORRECT_WORDS)
_INSTEAD_RE = re.compile(INSTEAD_WORDS)


def _corrections(sentences: list[tuple[int, str]]) -> tuple[dict[int, int], set[int]]:
    """Where each correcting sentence's mark is (by the sentence's start), and the values
    the corrections replace: after the mark, a figure is right after a word giving the right
    one ("правильно — 1 030"), the other of a pair after "замість", else wrong ("помилково
    вказано 1 300")."""
    marks: dict[int, int] = {}
    wrong: set[int] = set()
    right: set[int] = set()
    for start, sentence in sentences:
        mark = _CORRECTION_RE.search(sentence)
        if mark is None:
            continue
        marks[start] = mark.start()
        last, is_right = mark.end(), False
        for fig in (f for f in _figures(sentence) if f.start >= mark.end()):
            between = sentence[last : fig.start]
            if _CORRECT_RE.search(between):
                is_right = True
            elif _INSTEAD_RE.search(between):
                is_right = not is_right
            (right if is_right else wrong).add(fig.value)
            last = fig.end
    return marks, wrong - right


def _undecorated(text: str) -> str:
    """`text` with a post's decoration blanked to its length (emoji before a line's label,
    "+" before a day's figure) and a script's speaker labels, so the label and the figure
    read as in plain prose."""
    text = _DECORATION.sub(_blank, text)
    return _SPEAKER_LABEL.sub(_blank_speaker, text) if ":" in text else text


# A broadcast script's or transcript's speaker label opening a line, in capitals and maybe a
# bracketed role ("ЗК: За минулу добу ...", "ВЕДУЧА (в кадрі): ...", "СИНХРОН (оглядач): «...»"):
# who speaks, so "ЗК: Загалом — 1 306 500" reads as a sentence opened by "Загалом".
_SPEAKER_LABEL = re.compile(
    r"(?:^|(?<=\n))[ \t]*[А-ЯІЇЄҐЁ][А-ЯІЇЄҐЁ'-]{1,15}(?:[ \t]+[А-ЯІЇЄҐЁ][А-ЯІЇЄҐЁ'-]{1,15})?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?:(?=[ \t]+\S)"
)


def _blank_speaker(m: re.Match[str]) -> str:
    """A speaker label blanked, unless it names a claimant, a loss or what was lost
    ("МИНОБОРОНЫ: ...", "ВТРАТИ ВОРОГА: 1 030", "ТАНКИ: 12"): those labels are the line's
    own words."""
    label = m.group(0).lower()
    if _claimant_in(label, None) or LOSS_STEMS.search(label) or _METRIC_ANY_RE.search(label):
        return m.group(0)
    return " " * len(m.group(0))


def _blank(m: re.Match[str]) -> str:
    """A decoration's stand-in of its length: a colon for a hand pointing down, else spaces."""
    return ":" if m.group(0) in _POINTS_DOWN else " " * len(m.group(0))


_QUOTED_SPAN = re.compile(r"«[^»]*»|\"[^\"]*\"|„[^“]*“")


def _author_speaking(text: str, named: str | None, source: Source, ctx: _Context) -> str | None:
    """The author's side where the sentence speaks in the author's own voice: "наши потери",
    "у нас" outside quotation marks, or a sentence before any claimant is named (a post's own
    lines, whatever source it cites further down: "Потери противника ... Хохлы в своем
    генштабе пишут ..."). None when the author's side is unknown."""
    author = publisher_side(source.publisher) or ctx.voice
    if author not in ("russia", "ukraine"):
        return None
    if named is None:
        return author
    return author if _OWN_RE.search(_QUOTED_SPAN.sub(" ", text)) else None


def _voice(text: str) -> str | None:
    """The side whose own words (lower-case) `text` uses, when it uses only one side's."""
    sides = {side for side, pattern in _VOICES if pattern.search(text)}
    return sides.pop() if len(sides) == 1 else None


def _source_side(text: str) -> str | None:
    """The side a sentence (lower-case) names as its figures' source ("по данным украинской
    стороны"), when no claimant does."""
    return next((side for side, pattern in _SOURCE_SIDES if pattern.search(text)), None)


def _sentence_voice(text: str) -> str | None:
    """The side a sentence (lower-case) speaks for by its own words when nothing else names
    the speaker."""
    return next((side for side, pattern in _SENTENCE_VOICES if pattern.search(text)), None)


_OWN_LOSSES_RE = re.compile(OWN_LOSSES_NAMED)


_ADDRESSED_RE = re.compile(ADDRESSED_UNIT_LOST)


def _addressed_side(before: str, voice: str | None) -> Subject | None:
    """The article's own side when the words right before a figure say "your unit lost"
    to the person interviewed, else None."""
    if voice not in ("russia", "ukraine") or not _ADDRESSED_RE.search(before):
        return None
    return Subject(voice)


def _own_losses_side(
    text: str, claimant: str | None, publisher: str | None, voice: str | None
) -> Subject | None:
    """The speaker's side when a sentence without figures names their own losses ("— Ваші
    втрати?"), else None."""
    if not _OWN_LOSSES_RE.search(text):
        return None
    side = claimant_side(claimant or "") or publisher_side(publisher) or voice
    return Subject(side) if side in ("russia", "ukraine") else None


def _remember_setting(original: str, text: str, published: dt.date | None,
                      ctx: _Context, who: str | None) -> None:  # fmt: skip
    """What a sentence without figures sets for the ones after it: the period it names
    ("В течение недели, с 7 по 13 марта, ...") and the group of forces whose zone the rest
    of its paragraph is about ("Подразделения группировки войск «Запад» ...")."""
    named = [
        p for p in _mod_week(_periods_in(text, published), text, who or "", ctx.weekly)
        if p.strong and p.kind != PeriodKind.unspecified
    ]  # fmt: skip
    if named:  # dates it spells out over "в течение недели" counted from publication
        ctx.period = min(named, key=lambda p: (p.needs_date, p.start_char))
        ctx.sentences_since_period = 0
        _remember_week(ctx.period, ctx)
    if group := _GROUP_SCOPE.search(original):
        ctx.group = group.group(0)


def _sentence_periods(text: str, who: str, published: dt.date | None,
                      ctx: _Context) -> list[Period]:  # fmt: skip
    """The periods of a sentence with figures: those it names (an undated week moved to the
    Russian MoD's own, words pointing back put as what they point at), else the period it
    goes on with (the figure it breaks down, the sentence before, the article's first)."""
    periods = _periods_in(text, ctx.entry_day or published)
    periods = _mod_week(periods, text, who, ctx.weekly)
    periods = _with_anaphora(periods, text, ctx)
    named_since = ctx.sentences_since_period < ctx.sentences_since_claim  # "Данные на 28.08"
    if (
        _BREAKS_DOWN.search(text)
        and ctx.last_period
        and not named_since
        and not any(p.strong for p in periods)
    ):
        periods = [replace(ctx.last_period, start_char=0, end_char=0)]  # "З них ..."
    # A sentence right after a place's figures that names no period nor total of its own goes
    # on about that place ("Под Угледаром ... 11 танков. Наши потери — 7 «двухсотых»").
    ctx.follow = ctx.last_scope if ctx.sentences_since_claim == 1 and not periods else None
    recent = min(ctx.sentences_since_claim, ctx.sentences_since_period) <= 2
    before = ctx.period
    if ctx.sentences_since_claim == 1 and ctx.last_paragraph == ctx.paragraph and not named_since:
        before = ctx.lead_period or before  # the first figure of the sentence just before
    own = [p for p in periods if p.strong and not _bracketed(text, p)]
    if not own and before and recent and _carries(before, who):
        # "Кроме того, уничтожены ...": the period of the article's figures (its first one);
        # a bracket's period is its own figure's ("танки: 162 (у червні — 103)")
        periods = [replace(before, start_char=0, end_char=0)] + [p for p in periods if p.strong]
    return periods


def _bracketed(text: str, period: Period) -> bool:
    """Whether a period stands inside brackets opened after a figure, before a figure of the
    bracket's own ("162 (у червні — 103)"): a comparison's, not the sentence's."""
    opened = text.rfind("(", 0, period.start_char)
    if opened <= 0 or ")" in text[opened : period.start_char]:
        return False
    closed = text.find(")", period.end_char)
    inside = text[period.end_char : closed if closed >= 0 else len(text)]
    return bool(_FIGURE.search(text, 0, opened)) and bool(_FIGURE.search(inside))


def _sentence_figures(text: str, ctx: _Context) -> list[_Fig]:
    """The figures of a sentence that may be claims: not a list item's or a caption's own
    number, nor one another reader stored; a singular noun in its list counts one."""
    mark = ctx.corrected.get(ctx.offset, len(text))  # a correction's figures are no claims
    figures = [
        f for f in _figures(text)
        if f.start < mark
        and not _ITEM_NUMBER.match(text, f.start) and ctx.offset + f.start not in ctx.taken
        and not _CAPTION_BEFORE.search(text, max(0, f.start - 20), f.start)
    ]  # fmt: skip
    if figures:
        figures = sorted(figures + _ones(text, figures[0].end), key=lambda f: f.start)
    return figures


def _speaker(
    text: str, claimant: str | None, who: str, source: Source, ctx: _Context
) -> str | None:
    """The side whose words a sentence's figures are: the author quoted, the claimant, a side
    named as the source ("по данным украинской стороны"), the outlet, the article's voice, or
    the sentence's own."""
    return _author_speaking(text, claimant, source, ctx) or (
        claimant_side(who)
        or _source_side(text)
        or publisher_side(source.publisher)
        or ctx.voice
        or _sentence_voice(text)
    )


def _sentence_claims(source: Source, original: str, text: str, masked: str,
                     claimant: str | None, ctx: _Context,
                     first_claimant: str | None) -> list[Claim]:  # fmt: skip
    """The claims of one sentence (`text` is its lower-case form, `original` as written)."""
    asked, ctx.asked = ctx.asked, False
    if text.rstrip().endswith("?"):  # a question claims nothing; its answer is the claim
        ctx.asked, ctx.asked_metric = _asked(text)
        return []
    continues = bool(CONTINUES.search(text)) or _adds_on(text, ctx)
    if CIVILIAN_STEMS.search(text) or NOT_LOSS.search(text) or _civilian_residents(text):
        return []
    has_loss = asked or _states_loss(text, claimant, ctx)
    if not has_loss and not continues and ctx.sentences_since_claim > 1 and not ctx.thread:
        return []
    figures = _sentence_figures(text, ctx)
    if not figures or (not has_loss and _MOVED_NOT_LOST_RE.search(text)):
        return []  # "Кроме того, в регион прибыли 40 добровольцев": arrivals, not losses
    who = claimant or ctx.claimant or first_claimant or UNATTRIBUTED
    speaker = _speaker(text, claimant or ctx.claimant, who, source, ctx)
    periods = _sentence_periods(text, who, source.published, ctx)
    claims: list[Claim] = []
    in_sentence: Metric | None = None
    for i, fig in enumerate(figures):
        if _launched(text, fig) or _survivors(text, fig, figures[i - 1].end if i else 0):
            continue
        if _CALLED_FAKE_RE.match(text, fig.end):
            continue  # "Цифра 1,8 млн — вигадка": the fake a verdict names
        metric, noun_end, bare = _metric(text[fig.end :])
        metric_end = fig.end + noun_end
        if metric is None:
            between = text[figures[i - 1].end if i else 0 : fig.start]
            context_metric = (
                _implied_metric(text, fig, between, asked, ctx)
                or _metric_before(_LAST_CLAUSE.split(between)[-1])
                or in_sentence
                or _metric_before(between)
                or (ctx.metric if ctx.sentences_since_claim <= 2 or ctx.thread else None)
                or _people_lost(text, fig)
            )
            year_like = text[fig.start : fig.end].isdigit() and 1990 <= fig.value <= 2035
            counted = _COUNT_BEFORE.search(text, figures[i - 1].end if i else 0, fig.start)
            if not bare or context_metric is None or year_like or counted:
                continue
            metric = Metric.personnel if fig.value >= PEOPLE_ONLY_SCALE else context_metric
        rate = _stat(text, fig, figures[i - 1].end if i else 0, len(text)) == Stat.daily_average
        on_topic = _on_topic(metric, text[fig.end : metric_end], periods, ctx, rate)
        if not has_loss and not continues and not bare and not on_topic:
            continue
        in_sentence = metric
        _qualify(fig, text[: fig.start])
        lo = figures[i - 1].end if i else 0
        hi = figures[i + 1].start if i + 1 < len(figures) else len(text)
        carried = _carried_side(bare or continues, claims, claimant, ctx)
        side = _addressed_side(masked[: fig.start], ctx.voice) or _side(
            masked, fig, metric_end, speaker, carried, written=text
        )
        if speaker is None and _only_the_enemy_named(masked):
            continue  # "Противник потерял 8 700, а мы ...": whose enemy, nothing says
        running = _running_end(claims, bare)
        period = _running_total(text, fig, figures[i - 1] if i else None, periods,
                                ctx.entry_day or source.published, running)  # fmt: skip
        period = period or _period_for(_averaged_over(periods, text, fig, lo, hi), fig, text)
        day = ctx.entry_day or source.published
        period = _as_of(period, text, fig, who, ctx.as_of.get(who, day))
        period = _war_scale(period, metric, fig, day)
        _remember_as_of(period, who, ctx)
        period = _added_day(period, ctx.offset + fig.start, ctx, ctx.entry_day or source.published)
        ctx.last_period, ctx.last_paragraph = period, ctx.paragraph
        ctx.lead_period = ctx.lead_period if claims else period
        _remember_week(period, ctx)
        claims.append(_claim(source, original, fig, metric, side, who, text, period, lo, hi, ctx,
                             inherited=_inherited_kind(bare, continues, claims, ctx)))  # fmt: skip
        if (
            ctx.period is None
            and period
            and period.strong
            and period.kind != PeriodKind.unspecified
        ):
            ctx.period = period
    return claims


# Letters only Russian has among the two (the language table's own row).
_RUSSIAN_LETTERS = next(row.pattern for row in CYRILLIC_ROWS if row.code == "ru")


def _implied_metric(text: str, fig: _Fig, between: str, asked: bool,
                    ctx: _Context) -> Metric | None:  # fmt: skip
    """The metric a figure with no noun says by itself: a collective numeral counts people
    ("загинули семеро"); the answer to a question about losses counts what it asked about
    ("Скільки танків знищено? — Генштаб каже: 41"); a noun and a dash before it name it."""
    if _COLLECTIVE_RE.fullmatch(text, fig.start, fig.end):
        return Metric.personnel
    if asked and ctx.asked_metric:
        return ctx.asked_metric
    return _metric_before(between) if _NOUN_DASH.search(between) else None


def _asked(question: str) -> tuple[bool, Metric | None]:
    """Whether a question asks about losses, and the metric it names if it names no side."""
    about_losses = bool(LOSS_STEMS.search(question))
    return about_losses, _asked_metric(question) if about_losses else None


def _asked_metric(question: str) -> Metric | None:
    """The metric a question about losses names ("скільки танків знищено за добу?"), if one
    and no side: a question naming whose losses it asks about ("скільки наших дронів збили
    росіяни?") says a side its answer does not, so the answer is not read."""
    if _SIDE_RE.search(question) or _OWN_RE.search(question) or _CAPITAL_RE.search(question):
        return None
    found = _METRIC_ANY_RE.search(question)
    return METRIC_ROWS[found.lastindex - 1][1] if found and found.lastindex else None


def _only_the_enemy_named(text: str) -> bool:
    """True when a Russian sentence names no side but "противник"/"враг" and speaks as "мы"
    ("Противник потерял 8 700, а мы — героев"): with no speaker known (no claimant, outlet or
    voice), whose "we" and whose enemy cannot be told (both sides' outlets write Russian), so
    no side is guessed. Ukrainian is written by one side's outlets only."""
    if not _RUSSIAN_LETTERS.search(text) or not _OWN_RE.search(text):
        return False
    named = [m.group(0) for m in _SIDE_RE.finditer(text)]
    return bool(named) and all(word.startswith(ENEMY_STEMS) for word in named)


_NAMES_RE = re.compile(r"(?<![\w])(?:імен|имен)")


# A count of the enemy's soldiers by a name only the other side calls them ("1 260 окупантів",
# "900 рашистів", "300 орков") for a day or week, or told by a body that reports losses: a
# loss though no loss word stands ("Генштаб повідомив про 1 260 окупантів за добу").
_ENEMY_COUNT = re.compile(
    r"\d\s*(?:тис\.|тыс\.)?\s+(?:[^\W\d_]+(?:их|іх|ых)\s+)?"
    r"(?:окупант|оккупант|орк(?:и|ів|ов|а)?(?![\w])|рашист|загарбник|кацап|русак)"
    # ... or a label of the enemy's before a colon ("о/с ворога: +1 120 за добу")
    r"|(?<![\w])[\w/.-]+(?:\s+[\w/.-]+)?\s+(?:ворога|противника|врага|окупантів|оккупантов)\s*:\s*\+?\s?\d"
)
_REPORTED_SPAN = re.compile(
    r"(?<![\w])за\s+(?:[^\W\d_]+(?:у|ю|ие|ий|і)\s+)?(?:добу|сутки|тиждень|неделю|місяць|месяц)"
    r"(?![\w])|(?<![\w])(?:на\s+добу|в\s+сутки|на\s+день|в\s+день)(?![\w])"  # a daily rate
)


def _running_end(claims: list[Claim], bare: bool) -> dt.date | None:
    """The end of the running total just claimed, which a bare figure after it goes on with."""
    if claims and bare and claims[-1].period_kind == PeriodKind.cumulative:
        return claims[-1].period_end
    return None


def _states_loss(text: str, claimant: str | None, ctx: _Context) -> bool:
    """Whether a sentence states a loss: a loss word, a list under a loss heading, or a
    scorned count of the enemy."""
    # a scorned count right after a body's claims is that body's ("3️⃣ Усього — 1 269 500
    # окупантів" under the General Staff's line)
    told = claimant or (ctx.claimant if ctx.sentences_since_claim == 1 else None)
    return bool(LOSS_STEMS.search(text)) or ctx.header == ctx.block or _counted_enemy(text, told)


def _carried_side(bare: bool, claims: list[Claim], claimant: str | None,
                  ctx: _Context) -> Subject | None:  # fmt: skip
    """The side a figure naming none takes from before: the sentence's last claim's or the
    context's; none when the other side's tally speaks now (its figure is the other side's)."""
    if not claims and _new_voice(claimant, ctx):
        return None
    return ctx.side if bare or not claims else claims[-1].subject


def _counted_enemy(text: str, claimant: str | None) -> bool:
    """Whether the sentence counts the enemy's soldiers by a name of scorn for a span or a
    claimant's report (then that count is of losses)."""
    return bool(_ENEMY_COUNT.search(text)) and (
        claimant is not None or bool(_REPORTED_SPAN.search(text))
    )


# The war's two daily tallies of the enemy: neither counts its own side's losses in figures.
_FOE_TALLIES = frozenset({GENERAL_STAFF, "Russia's Ministry of Defence"})


def _new_voice(claimant: str | None, ctx: _Context) -> bool:
    """Whether the sentence names the other side's tally than the one whose figures came
    before ("Генштаб нарахував 10 070 ... МО РФ писало про 9 тис."): no side carries."""
    if claimant not in _FOE_TALLIES or ctx.claimant is None:
        return False
    return claimant_side(claimant) != claimant_side(ctx.claimant)


def _on_topic(
    metric: Metric, noun: str, periods: list[Period], ctx: _Context, rate: bool = False
) -> bool:
    """Whether a figure goes on with the losses the sentence before stated, though its own
    sentence names no loss ("У середньому це понад 1 050 осіб на добу"; in the next paragraph,
    with a day of its own: "Найважчим став день 7 червня: 1 330 людей"): the same noun as the
    claims just made; a count of names added is no loss without a loss word."""
    if ctx.sentences_since_claim > 1 or _NAMES_RE.search(noun):
        return False
    if metric not in ctx.metrics:
        # "Це середнє в 932 особи на добу" under a list whose last line counted drones: an
        # average goes on with any noun of the list just made, in its own paragraph too
        return metric in ctx.run_metrics and rate
    own_day = any(  # named in the sentence itself (a carried period has no characters)
        p.kind == PeriodKind.day and p.strong and not p.needs_date and p.end_char > p.start_char
        for p in periods
    )
    return ctx.paragraph == ctx.claims_paragraph or own_day or rate


def _averaged_over(periods: list[Period], text: str, fig: _Fig, lo: int,
                  hi: int) -> list[Period]:  # fmt: skip
    """The periods a figure may be of: a daily average's "за добу" says per day, so the span
    it averages is another period of the sentence, never that day."""
    if _stat(text, fig, lo, hi) != Stat.daily_average:
        return periods
    spans = [p for p in periods if p.kind != PeriodKind.day]
    return spans or periods


def _carries(period: Period, who: str) -> bool:
    """Whether a period named before goes on to a sentence naming none: a named-dead count
    (Mediazona, UALosses) takes only an as-of date, never the week names were added in."""
    return who not in NAMED_DEAD_COUNTERS or period.kind == PeriodKind.cumulative


_SAID_RE = re.compile(rf"(?<![\w])(?:{SAID_VERBS})")
_LOSING_RE = re.compile(rf"(?<![\w])(?:{LOSING_VERBS})")


def _remember_as_of(period: Period | None, who: str, ctx: _Context) -> None:
    """Keep the day a named-dead counter's running total was stated as of, which the parts of
    that list told after it are as of too ("На 26 февраля ... 145 570 ... Офицеров — 6 390")."""
    if who in NAMED_DEAD_COUNTERS and period is not None and period.end is not None:
        if period.kind == PeriodKind.cumulative and period.strong:
            ctx.as_of[who] = period.end


def _as_of(period: Period | None, text: str, fig: _Fig, who: str,
           day: dt.date | None) -> Period | None:  # fmt: skip
    """The war's running total where the sentence's period is not the losses' own: a month or
    year in which a total was said ("у грудні 2024 року Зеленський назвав 43 тисячі"), or no
    period for a count of named dead (Mediazona, UALosses: as of the article's day)."""
    if (period is None or period.kind == PeriodKind.unspecified) and who in NAMED_DEAD_COUNTERS:
        return Period(0, 0, PeriodKind.cumulative, WAR_START, day) if day else period
    if period is None or period.kind not in (PeriodKind.month, PeriodKind.year):
        return period
    if text.startswith("за", period.start_char) or not period.end_char <= fig.start:
        return period
    between = text[period.end_char : fig.start]
    said_before = _SAID_RE.search(text, max(0, period.start_char - 40), period.start_char)
    said = _SAID_RE.search(between) or (said_before and not _LOSING_RE.search(between))
    return replace(period, kind=PeriodKind.cumulative, start=WAR_START) if said else period


# Only people were lost by the half-million: a figure this large naming no noun of its own
# counts people, whatever the list before it counted ("... і 346 БпЛА. Усього з 24.02.22 —
# 1 195 610").
PEOPLE_ONLY_SCALE = 500_000
# No span but the war itself reaches this many people lost: a figure this large with no period
# named is the war's running total ("оцінює кількість загиблих у 190–350 тис.", "понад 1 млн").
WAR_SCALE = 100_000


# More than this many of a kind in one day, week or month never happened in this war: a figure
# above it with such a period is the war's running total ("за минулу добу знищили 10 танків ...
# Загалом ворог уже втратив 1 423 280 військових"; "танків, як і напередодні, 11 129").
SHORT_SPAN_CEILING = {
    Metric.personnel: WAR_SCALE,
    Metric.tanks: 2_000,
    Metric.armored_vehicles: 5_000,
    Metric.artillery: 5_000,
}
_SHORT_SPANS = frozenset({PeriodKind.day, PeriodKind.week, PeriodKind.month})


def _war_scale(period: Period | None, metric: Metric, fig: _Fig,
               day: dt.date | None) -> Period | None:  # fmt: skip
    """The war's running total to `day` for a personnel figure of the war's scale that names
    no period of its own, and for any figure too large for the day, week or month it was
    given."""
    if day is None:
        return period
    ceiling = SHORT_SPAN_CEILING.get(metric)
    if period is not None and period.kind in _SHORT_SPANS and ceiling and fig.value > ceiling:
        return Period(0, 0, PeriodKind.cumulative, WAR_START, day)
    if metric != Metric.personnel or fig.value < WAR_SCALE:
        return period
    if period is not None and period.kind != PeriodKind.unspecified:
        return period
    return Period(0, 0, PeriodKind.cumulative, WAR_START, day)


def _people_lost(text: str, fig: _Fig) -> Metric | None:
    """Personnel for a figure after the noun "losses" with no noun of its own ("потери армии
    составили 38 тысяч"), or thousands after a verb of losing, unless equipment is named
    between."""
    nouns = list(_LOSSES_NOUN_RE.finditer(text, 0, fig.start))
    if not nouns and fig.scale >= 1_000:  # "противник потерял больше 100 тысяч"
        nouns = list(_LOSING_RE.finditer(text, 0, fig.start))
    if not nouns:
        return None
    between = text[nouns[-1].end() : fig.start]
    if _NOT_PEOPLE_RE.search(between) or _METRIC_ANY_RE.search(between):
        return None
    return Metric.personnel


_SHELLING_RE = re.compile(rf"(?<![\w])(?:{SHELLING_WORDS})")
_MILITARY_RE = re.compile(rf"(?<![\w])(?:{MILITARY_NOUNS})")


def _civilian_residents(text: str) -> bool:
    """Whether a sentence counts residents away from the war zone, or the people of a place
    shelled with no soldier named ("розбір обстрілу Дніпра, там 11 поранених"): civilians."""
    if _SHELLING_RE.search(text) and not _MILITARY_RE.search(text):
        return True
    return bool(_RESIDENT_RE.search(text)) and not _AT_THE_FRONT_RE.search(text)


def _inherited_kind(bare: bool, continues: bool, claims: list[Claim],
                    ctx: _Context) -> PersonnelKind | None:  # fmt: skip
    """The kind a figure naming none takes: a bare or "з них" sentence's first figure the
    article's last kind; the later figures of a "Среди погибших — ..." list the list's."""
    if claims:
        return claims[-1].personnel_kind if continues else None
    return ctx.kind if bare or continues else None


def _claim(source: Source, quote: str, fig: _Fig, metric: Metric, side: Subject, who: str,
           text: str, period: Period | None, lo: int, hi: int, ctx: _Context,
           inherited: PersonnelKind | None) -> Claim:  # fmt: skip
    """One stored claim from a figure and what the sentence says about it."""
    kind = _kind(text, fig, lo, hi) if metric == Metric.personnel else None
    if metric == Metric.personnel and kind is None:
        kind = inherited
    if (
        metric == Metric.personnel
        and who == GENERAL_STAFF
        and side == Subject.russia
        and kind in (None, PersonnelKind.killed)
        and not _IRRECOVERABLE.search(text, lo, hi)
    ):  # its "ліквідовано" counts the enemy's killed and wounded; "128 — безповоротно" dead
        kind = PersonnelKind.casualties
    if metric == Metric.personnel and kind is None:
        kind = PersonnelKind.unspecified
    scope = _scope(quote, text, fig, hi, ctx)
    start, end, period_kind = _dates_of(period, ctx.entry_day or source.published)
    stat = _stat(text, fig, lo, hi, one_day=period_kind == PeriodKind.day)
    return Claim(
        metric=metric, value=fig.value, value_max=fig.value_max, qualifier=fig.qualifier,
        subject=side, claimant=who, period_kind=period_kind, period_start=start, period_end=end,
        personnel_kind=kind, stat=stat,
        scope=scope, part_of=_part_of(text, fig, quote) or _battlegroup(scope),
        quote=quote.strip(), source=source.ref(),
    )  # fmt: skip


def _stat(text: str, fig: _Fig, lo: int, hi: int, one_day: bool = False) -> Stat:
    """A per-month or per-day figure is an average ("щомісяця", "в среднем ... в сутки"); "за
    добу" right after a figure of one day is that day's count ("БпЛА — 1 853 за добу")."""
    before, after = text[lo : fig.start], text[fig.end : hi]
    if _MONTHLY_RE.search(before) or _MONTHLY_AFTER_RE.match(after):
        return Stat.monthly_average
    if _DAILY_RE.search(before) or (_RATE_AFTER_RE.match(after) and not one_day):
        return Stat.daily_average
    return Stat.total


def _dates_of(
    period: Period | None, published: dt.date | None
) -> tuple[dt.date | None, dt.date | None, PeriodKind]:
    """A period's start, end and kind (none stated: unspecified, as of publication)."""
    if period is None or period.kind == PeriodKind.unspecified:
        return None, published, PeriodKind.unspecified
    if period.kind == PeriodKind.cumulative:
        return WAR_START, period.end, PeriodKind.cumulative
    return period.start, period.end, _whole_span(period)


def _whole_span(period: Period) -> PeriodKind:
    """A range from a month's first day to its last ("з 1 по 31 грудня") is that month, and
    from 1 January to 31 December that year: the kind a question about it asks for."""
    start, end = period.start, period.end
    if period.kind != PeriodKind.range or start is None or end is None or start.day != 1:
        return period.kind
    if (end + dt.timedelta(days=1)).day != 1:
        return period.kind
    if (start.year, start.month) == (end.year, end.month):
        return PeriodKind.month
    whole_year = (start.month, end.month, start.year) == (1, 12, end.year)
    return PeriodKind.year if whole_year else period.kind
