"""Kinds of personnel loss (killed, wounded, both together, captured, missing): the one table of
the words that name each, in English, Ukrainian and Russian, read by the article extractors
(extract/claims.py, extract/cyrillic_prose.py) and by the question parser (questions/parse.py,
and through lexicon/cyrillic_rows.py the Ukrainian and Russian questions).

One row per kind. Its `english` words are read alike in articles and in questions; a word only
one side reads sits in that side's column, with the reason beside it. Rows are in the order the
English extractor tries them: both together before either ("killed and wounded"), captured and
missing before the wounded and the dead ("killed or captured" names a prisoner count).
Ukrainian and Russian questions are read by lemma (every inflected form comes from
inflections.json, scripts/build_inflections.py) into the row's `name`, the English word the
one parser reads; articles in those languages by stem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.lexicon.slang import KILLED_SLANG, WOUNDED_SLANG
from knowledge.models import PersonnelKind


@dataclass(frozen=True)
class KindRow:
    """The words that name one kind of personnel loss."""

    kind: PersonnelKind  # as stored and asked (missing soldiers are stored as unspecified)
    name: str  # the English a Ukrainian or Russian question's word for it is read as
    english: tuple[str, ...]  # read in articles and in questions (lower case, literal)
    article_only: tuple[str, ...] = ()  # regular expressions read in English articles only
    question_only: tuple[str, ...] = ()  # read in English questions only
    uk: tuple[str, ...] = ()  # Ukrainian lemmas read in questions
    ru: tuple[str, ...] = ()  # Russian lemmas read in questions
    cyrillic_phrases: tuple[str, ...] = ()  # several words, in uk/ru questions (regex)
    cyrillic_stems: str = ""  # stems read in Ukrainian and Russian articles (regex)


# Deaths with the wounded left out in so many words ("killed, not wounded", "KIA only"): the
# dead only, never killed and wounded together. Questions only: an article says it otherwise.
ONLY_THE_DEAD = (
    "not wounded", "not the wounded", "not counting the wounded", "not counting wounded",
    "not including the wounded", "not including wounded", "excluding wounded",
    "excluding the wounded", "excl wounded", "without the wounded", "without wounded",
    "no wounded", "minus the wounded", "minus wounded", "killed only", "kia only", "dead only",
    "deaths only", "only killed", "only the dead", "only deaths", "only dead",
)  # fmt: skip

# The dead with the wounded counted in, as a question says it: killed and wounded together.
WITH_THE_WOUNDED = (
    "including the wounded", "including wounded", "with the wounded", "together with the wounded",
    "plus the wounded", "plus wounded", "incl wounded",
)  # fmt: skip

KINDS: tuple[KindRow, ...] = (
    KindRow(
        PersonnelKind.casualties, "killed and wounded",
        english=("killed and wounded", "dead and wounded", "casualty", "casualties",
                 "human casualties", "killed or wounded"),
        # "killed or seriously wounded", "including the wounded": the adverb and the verb vary
        article_only=(r"killed or (?:\w+ly\s+)?wounded", r"includ\w*\s+(?:the\s+)?wounded"),
        # a question's own order (in articles "wounded and killed" has not been read as both);
        # the dead with the wounded counted in ("including the wounded" is not the wounded)
        question_only=("wounded and killed", *WITH_THE_WOUNDED),
        cyrillic_phrases=(
            r"(?:разом|включно|у\s+тому\s+числі|в\s+тому\s+числі)\s+(?:з|із)\s+поранен\w*",
            r"з\s+урахуванням\s+поранен\w*", r"включаючи\s+поранен\w*",
            r"(?:вместе|включая)\s+(?:с\s+)?ранен\w*", r"с\s+учетом\s+ранен\w*",
            r"в\s+том\s+числе\s+ранен\w*",
        ),
        cyrillic_stems=r"(?:убит|вбит)\w*\s+(?:і|и|та|й)\s+(?:поранен|ранен)|загальн\w*\s+втрат"
        r"|общ\w*\s+потер|вбиті\s+й\s+поранені|разом\s+(?:із|з)\s+поранен|вместе\s+с\s+ранен",
    ),
    KindRow(
        PersonnelKind.captured, "captured",
        english=("captured", "taken prisoner", "prisoner of war", "prisoners of war", "pow",
                 "pows"),
        # soldiers detained by the other side, or who gave themselves up, are its prisoners
        article_only=("detained", "had surrendered", "have surrendered", "has surrendered",
                      "laid down their arms", "laid down arms", "gave themselves up"),
        # alone, "prisoners" and "surrendered" in articles are often not a loss count
        question_only=("prisoners", "surrendered", "captives", "captive"),
        uk=("полонений", "полон", "здатися"), ru=("пленный", "плен", "сдаться"),
        cyrillic_stems=r"полон|плен",
    ),
    KindRow(
        PersonnelKind.unspecified, "missing",
        english=("missing", "missing in action", "mia"),
        # Questions about the missing are refused by the troop-part rule (no figure counts
        # them apart), so these words carry no kind in a question; an article's are unspecified.
        cyrillic_phrases=(r"зник\w*\s+безвісти", r"безвісти\s+зник\w*",
                          r"безвісти\s+відсутн\w*", r"пропа\w*\s+без\s+вести",
                          r"без\s+вести\s+пропа\w*"),
        cyrillic_stems=r"безвіст|без\s+вести|пропавш|пропал\w*\s+без|зникл",
    ),
    KindRow(
        PersonnelKind.wounded, "wounded",
        english=("wounded", "injured", "wia", "wounded in action"),
        question_only=("injuries", *WOUNDED_SLANG),
        uk=("поранений", "поранити", "трьохсотий"), ru=("раненый", "ранить", "трехсотый"),
        # "300-х", "300-ті": soldiers' shorthand for the wounded
        cyrillic_phrases=(r"санітарн\w*\s+втрат\w*", r"санитарн\w*\s+потер\w*",
                          r"300-?(?:х|ті|тих|ые|ых|тые|тых)"),
        cyrillic_stems=r"санітарн|санитарн|поран|ранен|ранил|[«\"]?(?:трехсот|трьохсот)[ыиі]"
        r"|[«\"]?300-",
    ),
    KindRow(
        PersonnelKind.killed, "killed",
        english=("killed", "dead", "death", "deaths", "death toll", "died", "perished", "lives",
                 "kia", "killed in action", "lives lost"),
        # the dead counted by what is left of them: obituaries, funerals, burials, graves
        article_only=("slain", "irrecoverable", "irretrievable", r"obituar(?:y|ies)",
                      r"death\s+notices?", r"funerals?", "buried", r"burials?", "graves"),
        # "die" and "bodies" are too common in articles for other things
        question_only=("die", "fatalities", "body count", "bodies", *ONLY_THE_DEAD,
                       *KILLED_SLANG),
        uk=("загинути", "гинути", "вбитий", "вбити", "загиблий", "двохсотий", "полягти",
            "покласти", "жмурик"),
        ru=("погибнуть", "погибать", "убитый", "убить", "погибший", "двухсотый", "положить",
            "жмур", "жмурик"),
        # "200-х", "поїхали на концерт Кобзона": soldiers' and readers' words for the dead
        cyrillic_phrases=(r"200-?(?:х|ті|тих|ые|ых|тые|тых)",
                          r"(?:поїхал\w*|поїхав|пішл\w*|пішов|поехал\w*|поехал|ушл\w*|ушел"
                          r"|відправ\w*|отправ\w*)\s+на\s+концерт\s+кобзона"),
        # "унесли жизни", "обірвала життя": a death told as a life taken
        cyrillic_stems=r"(?:унес|унесл|забра|оборва|обірва)\w*\s+(?:жизн|життя)"
        r"|безповорот|безвозврат|загин|загибл|погиб|гибел|гибн|вбит|убит|смерт|полягл|полегл"
        r"|(?:у|по|в)мер(?:л\w*|ш\w*)?(?![\w])|умира|помира|вмира"
        r"|знищ|уничтож|ліквід|знешкод|[«\"]?(?:двухсот|двохсот)[ыиі]|груз\w*\s+200\b"
        r"|[«\"]?200-",
    ),
)  # fmt: skip


def _article_pattern(row: KindRow) -> re.Pattern[str] | None:
    """The row's English words as one case-blind whole-word pattern for articles."""
    parts = [re.escape(w).replace(r"\ ", " ") for w in row.english] + list(row.article_only)
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.I) if parts else None


# English articles: (pattern, kind) in the table's order, the first that matches wins.
ARTICLE_KIND_WORDS: tuple[tuple[re.Pattern[str], PersonnelKind], ...] = tuple(
    (pattern, row.kind) for row in KINDS if (pattern := _article_pattern(row)) is not None
)

# English questions: word -> kind (missing soldiers have no kind: see their row).
QUESTION_KIND_WORDS: dict[str, PersonnelKind] = {
    word: row.kind
    for row in KINDS
    if row.kind != PersonnelKind.unspecified
    for word in (*row.english, *row.question_only)
}

# English questions: one pattern per kind of loss a question may ask apart from the others
# ("killed and wounded separately"): the killed, the wounded, prisoners and the missing, each
# by its row's own words (a plural "s" read too: "pows", "prisoners").
QUESTION_KIND_PATTERNS: tuple[tuple[PersonnelKind, re.Pattern[str]], ...] = tuple(
    (
        row.kind,
        re.compile(
            r"\b(?:"
            + "|".join(
                re.escape(w)
                for w in sorted({*row.english, *row.question_only}, key=len, reverse=True)
                if " " not in w or w in row.english
            )
            + r")s?\b"
        ),
    )
    for row in KINDS
    if row.kind != PersonnelKind.casualties
)
QUESTION_KIND_GROUPS: tuple[re.Pattern[str], ...] = tuple(p for _, p in QUESTION_KIND_PATTERNS)

# Ukrainian and Russian articles: (stem pattern, kind), both together, then the dead, the
# wounded and prisoners (a stem of one kind inside another's phrase is read by the first).
_CYRILLIC_ORDER = (
    PersonnelKind.unspecified,  # the missing: never the dead named next to them
    PersonnelKind.casualties,
    PersonnelKind.killed,
    PersonnelKind.wounded,
    PersonnelKind.captured,
)
CYRILLIC_KIND_STEMS: tuple[tuple[str, PersonnelKind], ...] = tuple(
    (row.cyrillic_stems, row.kind)
    for kind in _CYRILLIC_ORDER
    for row in KINDS
    if row.kind == kind and row.cyrillic_stems
)

# Ukrainian and Russian questions: lang -> lemma -> the row's English name.
KIND_LEMMAS: dict[str, dict[str, str]] = {
    "uk": {lemma: row.name for row in KINDS for lemma in row.uk},
    "ru": {lemma: row.name for row in KINDS for lemma in row.ru},
}
# Phrases of several words in either language, as (pattern, English name).
KIND_PHRASES: tuple[tuple[str, str], ...] = tuple(
    (rf"(?<![\w'])(?:{phrase})(?![\w'])", row.name)
    for row in KINDS
    for phrase in row.cyrillic_phrases
)
