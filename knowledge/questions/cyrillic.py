"""Ukrainian and Russian words of a question read into the one parser's English rows (issue 15).

One engine for every language, dateparser-style: each language is a set of rows (phrases of
several words, then every inflected form from the generated table
knowledge/lexicon/inflections.json), and reading a question replaces each Cyrillic phrase or
word a row has by that row's English, in place, keeping where every character came from
(`Tracked`). A word no row has is left as typed: the parser's tables do not read it, so
`find_unread` names it like any English word it could not read, quoted as the asker wrote it.
Mixed questions are read with the question's language first, then the other's rows.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from knowledge.lexicon.calendar import RU_MONTH_GENITIVES, UK_MONTH_GENITIVES
from knowledge.lexicon.cyrillic import OTHER, forms
from knowledge.lexicon.cyrillic_fillers import (
    ACCORDING_TO,
    CAPITAL_AS_CLAIMANT,
    CLAIMANT_BODIES,
    CONTRAST_WORDS,
    EACH_OF_THEM,
    FUNCTION_WORDS,
    GREETINGS,
    INTRODUCTIONS,
    KEYBOARD_LAYOUTS,
    PERSON_WORDS,
    PUBLICATION_NOUNS,
    QUESTION_OPENERS,
    REASON_WORDS,
    RESTRICTING_STEMS,
    TOPIC_WORDS,
    VERB_ENDINGS,
)
from knowledge.lexicon.cyrillic_numbers import spelled_rows
from knowledge.lexicon.cyrillic_rows import (
    ENGLISH_WORDS,
    LATIN_KEY_ROWS,
    LATIN_OF_CYRILLIC,
    LATIN_OF_CYRILLIC_IN,
    NUMBER_ROWS,
    PATTERN_ROWS,
    PHRASE_ROWS,
)
from knowledge.lexicon.language import detect_language
from knowledge.lexicon.outlets import OUTLETS
from knowledge.lexicon.places import PLACES
from knowledge.lexicon.prefilter import folded, may_match, needs_of
from knowledge.lexicon.terms import METRIC_TERMS
from knowledge.questions.unread import STOP_WORDS, Tracked, normalise_tracked

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WORD = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff']*")
# "2025-го", "2025-й", "2024-му": a year with an ordinal ending is the year.
_YEAR_ENDING = re.compile(r"\b((?:19|20)\d\d)-(?:го|й|ий|му|м|го\s+року|го\s+года)(?![\w])")
# "1-го", "3-е", "24-го": a day with an ordinal ending is the day.
_DAY_ENDING = re.compile(r"\b([0-3]?\d)-(?:го|е|є|й|ого)(?![\w])")
_SPACES = re.compile(r"  +|^ | $")
# "45 720", "1 200": thousands split by a space (normalised from a no-break one) are one figure.
_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,3})((?: \d{3})+)(?![\d])")


@cache
def _phrase_re(lang: str) -> re.Pattern[str]:
    """The phrase rows of `lang`, longest first, as whole words."""
    rows = sorted(PHRASE_ROWS[lang], key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(map(re.escape, rows)) + r")(?![\w'])")


@cache
def _pattern_rows(lang: str, numbers: bool = False) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The rows of `lang` that need their neighbours (those with numbers if `numbers`),
    compiled."""
    rows = (NUMBER_ROWS if numbers else PATTERN_ROWS)[lang]
    return tuple((re.compile(p), english) for p, english in rows)


def has_cyrillic(text: str) -> bool:
    """Whether `text` has a Cyrillic letter."""
    return bool(_CYRILLIC.search(text))


def read_words(
    tracked: Tracked, lang: str, notes: list[str] | None = None, original: str = ""
) -> None:
    """Every Cyrillic phrase and word of `tracked` that a row of `lang` (then of the other
    language) reads, replaced by its English; a typo of a row's form ("тнаків") read as that
    form (said in `notes`); the rest left as typed."""
    if not has_cyrillic(tracked.work):
        return
    first = lang if lang in OTHER else "uk"
    anchor_to_event(tracked)
    drop_context(tracked, first, original)
    tracked.sub(_THOUSANDS, lambda m: m[1] + m[2].replace(" ", ","))
    for pattern, replace in spelled_rows():  # "тридцять одна тисяча" -> 31,000, once
        tracked.sub(pattern, replace)
    for code in (first, OTHER[first]):  # rows with numbers first: "жовтень 24", "16-й тиждень"
        _read_rows(tracked, code, numbers=True)
    tracked.sub(_YEAR_ENDING, lambda m: m[1])
    tracked.sub(_DAY_ENDING, lambda m: m[1])
    for code in (first, OTHER[first]):
        rows = PHRASE_ROWS[code]
        tracked.sub(_phrase_re(code), lambda m, rows=rows: rows[m[0]])  # type: ignore[misc]
    for code in (first, OTHER[first]):
        _read_rows(tracked, code)
    tracked.sub(_WORD, lambda m: _english(m[0], first, notes))
    tracked.sub(_SPACES, lambda m: " " if m.start() > 0 and m.end() < len(tracked.work) else "")


# "Курська операція почалася 6 серпня 2024. Скільки ... за тиждень після її початку?": an
# event dated in a sentence of its own, then its start named by a pronoun.
_EVENT_DAY = rf"\d{{1,2}}\s+(?:{UK_MONTH_GENITIVES}|{RU_MONTH_GENITIVES})(?:\s+(?:19|20)\d\d)?"
_EVENT_BEGAN = re.compile(
    r"[^.!?]*?(?<![\w'])(?:почал|почав|розпочал|розпочав|начал|стартувал|стартував|стартовал)\w*\s+(?:(?:з|с|від|от)\s+)?"
    rf"(?P<day>{_EVENT_DAY})(?:\s*(?:року|года|р\.|г\.))?[^.!?,;:\u2014\u2013]*?(?:[.!,;:\u2014\u2013]|\s-(?=\s))\s*"
)
_ITS_START = re.compile(
    r"(?<![\w'])(?P<lead>після|опісля|после|з|із|від|с|со|от)\s+(?:її|його|їх|ее|её|его|их)\s+"
    r"(?:початку|начала|старту|старта)(?![\w'])"
)


def anchor_to_event(tracked: Tracked) -> None:
    """An event's start named by a pronoun ("після її початку", "с его начала") read as the
    day a sentence before gives it ("почалася 6 серпня 2024"), and that sentence dropped: the
    day is the anchor of the span asked, never a second period."""
    began = _EVENT_BEGAN.search(tracked.work)
    if not began or not _ITS_START.search(tracked.work, began.end()):
        return
    day = began["day"]
    tracked.sub(_ITS_START, lambda m: f"{m['lead']} {day}")
    tracked.sub(_EVENT_BEGAN, lambda m: "" if m["day"] == day else m[0])


# A clause: from the question's start or a stop (".", "!", ",", a dash ...) to the next one.
_CLAUSE_START = r"(?:^|(?<=[.!?:;,\u2014\u2013-]\s)|(?<=[.!?:;,\u2014\u2013]))\s*"
_CLAUSE_REST = rf"(?:(?![.!?:;,\u2014\u2013]|\s(?:{QUESTION_OPENERS})(?![\w'])).)*"
_GREETING = re.compile(rf"{_CLAUSE_START}(?:{GREETINGS})(?![\w'])[.!,]?")
_INTRODUCTION = re.compile(rf"{_CLAUSE_START}(?:{INTRODUCTIONS})(?![\w']){_CLAUSE_REST}[.!,:]?")


_CONTRAST = re.compile(
    rf"{_CLAUSE_START}(?P<a>{CLAIMANT_BODIES})\s*(?:{CONTRAST_WORDS})\s*(?P<b>{CLAIMANT_BODIES})"
    r"(?=\s*[:\u2014\u2013-])"
)


_EACH_OF_THEM = re.compile(rf"(?<![\w'])(?:{EACH_OF_THEM})(?![\w'])")
# A publication's name in quotes after the word for it ("з каналу «Фронт сьогодні»"), read in
# the question as typed (normalising drops the quotes); unless the name is a body that claims
# figures ("канал «Генштаб ЗСУ»": whose figures they are).
_PUBLICATION_NAME = re.compile(
    rf"(?<![\w'])(?P<noun>{PUBLICATION_NOUNS})\s+"
    r"(?:«(?P<a>[^»]{1,60})»|\"(?P<b>[^\"]{1,60})\"|“(?P<c>[^”]{1,60})”)"
)
_A_BODY = re.compile(rf"(?<![\w'])(?:{CLAIMANT_BODIES})(?![\w'])")


def _claimants_set_against(m: re.Match[str], lang: str) -> str:
    """ "ЗСУ vs МО РФ" as "за даними ЗСУ vs МО РФ": two bodies set against each other are the
    claimants asked about, so neither is read as whose losses."""
    a, b = (CAPITAL_AS_CLAIMANT.get(m[k], m[k]) for k in ("a", "b"))
    lead = m[0][: m.start("a") - m.start()]
    return f"{lead}{ACCORDING_TO[lang]} {a} vs {b}"


def drop_context(tracked: Tracked, lang: str, original: str = "") -> None:
    """A greeting, and a clause in which the asker says who they are ("Пишу матеріал для
    районної газети", "я из редакции регионального сайта"), read as carrying nothing: only
    when the clause has no figure and no word a row reads as something the answer depends on
    (a loss, a side, a period, a claimant), so nothing that could constrain is dropped."""
    tracked.sub(_GREETING, lambda m: "")
    drop_publication_names(tracked, original)
    if _CONTRAST.search(tracked.work):
        tracked.sub(_CONTRAST, lambda m: _claimants_set_against(m, lang))
        tracked.sub(_EACH_OF_THEM, lambda m: "each of them")
    tracked.sub(_INTRODUCTION, lambda m: "" if _only_context(m[0], lang) else m[0])
    drop_framing(tracked, lang)


def drop_publication_names(tracked: Tracked, original: str) -> None:
    """A quoted publication name after the word for it ("з каналу «Фронт сьогодні»") read as
    whose post it is: the name's words ("сьогодні") are no period or loss of the question."""
    if "«" not in original and '"' not in original and "“" not in original:
        return
    for m in _PUBLICATION_NAME.finditer(original.lower()):
        name = m["a"] or m["b"] or m["c"]
        if _A_BODY.search(name):
            continue
        noun, words = (normalise_tracked(part)[0] for part in (m["noun"], name))
        named = re.compile(rf"(?<![\w'])(?P<noun>{re.escape(noun)})\s+{re.escape(words)}(?![\w'])")
        tracked.sub(named, lambda found: found["noun"])


# A clause ends at a stop or a dash; a sentence at ".", "!" or "?".
_CLAUSE = re.compile(r"[^.!?;,:\u2014\u2013]+")
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_VERB = re.compile(rf"[\u0400-\u04ff']{{3,}}{VERB_ENDINGS}")
# A word right after one of these may be a place no row lists ("під Часовим Яром").
_PLACE_LEAD = frozenset(("під", "біля", "поблизу", "коло", "под", "около", "возле", "у", "в", "на"))


# A place named as where fighting is ("під Бахмутом", "возле Купянска", "в районі Торецька"):
# a place or a word no table reads after one of these.
_BATTLE_PLACE = re.compile(
    r"(?<![\w'])(?:під|біля|поблизу|под|около|возле|(?:в|у)\s+район[іеу])\s+([\w'’-]+)"
)


def _names_a_battle_place(clause: str) -> bool:
    """Whether `clause` names where fighting is ("під Бахмутом", "під Часовим Яром")."""
    return any(not _known(m[1]) or _place_word(m[1]) for m in _BATTLE_PLACE.finditer(clause))


def _place_word(word: str) -> bool:
    """Whether a table reads `word` as a place ("бахмутом": bakhmut)."""
    return any(forms(code).get(word) in PLACES for code in OTHER)


def drop_framing(tracked: Tracked, lang: str) -> None:
    """The framing of a message read as carrying nothing, when another part of it asks
    something: a clause with a person or a verb form and no word a row reads ("Мій редактор
    просить дізнатися, скільки танків ..., бо він готує підсумковий матеріал"), and the words
    no row reads in a statement about the asker set before the question ("Ми робимо
    інфографіку до роковин, а я плутаюся в датах. Скільки ...?"). A restriction or the asker's
    interest ("лише", "кроме", "мене цікавлять") keeps its clause: it may be the question's."""
    clauses = _CLAUSE.findall(tracked.work)
    if len(clauses) < 2 or all(_only_context(c, lang) for c in clauses):
        return
    sentences = _SENTENCE.findall(tracked.work)
    if any(s.rstrip().endswith("?") and not _only_context(s, lang) for s in sentences):
        tracked.sub(_SENTENCE, lambda m: _statement_read(m[0], lang))
    tracked.sub(_CLAUSE, lambda m: "" if _framing_clause(m[0], lang) else m[0])


def _framing_clause(clause: str, lang: str) -> bool:
    """Whether `clause` says who asks or why: a person or a verb form, nothing a row reads,
    no restriction."""
    words = _WORD.findall(clause)
    if words and words[0] in REASON_WORDS and not any(c.isdigit() for c in clause):
        # "бо ми готуємо щомісячний огляд": why, never what; but "оскільки бої під Бахмутом":
        # where the question asks about ("там"), a place to report as unread
        return not _restricting(words) and not _names_a_battle_place(clause)
    return (
        bool(words)
        and _only_context(clause, lang)
        and not _restricting(words)
        and any(w in PERSON_WORDS or _verb_form(w) for w in words)
    )


def _statement_read(sentence: str, lang: str) -> str:
    """A statement about the asker (a person or a verb form, no restriction) without the
    words no row reads; any other sentence as it is."""
    words = _WORD.findall(sentence)
    if sentence.rstrip().endswith("?") or _restricting(words):
        return sentence
    if not any(w in PERSON_WORDS or _verb_form(w) for w in words):
        return sentence
    if _names_a_topic(words, lang):
        return sentence  # "Ми пишемо про мобілізованих.": what the question is about
    if not any(c.isdigit() for c in sentence):
        return ""  # context only: nothing in it the question could depend on
    out, at, lead = [], 0, ""
    for m in _WORD.finditer(sentence):
        keep = lead in _PLACE_LEAD or _known(m[0])
        out.append(sentence[at : m.start()] + (m[0] if keep else ""))
        at, lead = m.end(), m[0]
    return "".join(out) + sentence[at:]


def _names_a_topic(words: list[str], lang: str) -> bool:
    """Whether a statement names what it is about ("пишемо про ..."), a place or a loss a row
    reads."""
    if not TOPIC_WORDS.isdisjoint(words):
        return True
    english = (forms(lang).get(w, forms(OTHER[lang]).get(w)) for w in words)
    return any(e in PLACES or not _LOSS_WORDS.isdisjoint(e.split()) for e in english if e)


# The English of a word that names a loss or a kind of equipment: a statement with one is
# about what is asked ("Я чув, що втрати цивільних зростають."), never mere context.
_LOSS_WORDS = frozenset(
    {term for terms in METRIC_TERMS.values() for term in terms if " " not in term}
    | {"losses", "loss", "killed", "wounded", "captured", "missing", "liquidated", "died"}
) - {"war", "warfare", "military", "combat", "battle", "fighting", "men"}


def _verb_form(word: str) -> bool:
    """Whether `word` is a verb form or a participle (by its ending)."""
    return len(word) >= 5 and bool(_VERB.fullmatch(word))


def _restricting(words: list[str]) -> bool:
    """Whether a word restricts or names the asker's interest ("лише", "кроме", "цікавлять")."""
    return any(w == stem or (len(stem) > 3 and w.startswith(stem))
               for w in words for stem in RESTRICTING_STEMS)  # fmt: skip


def _only_context(clause: str, lang: str) -> bool:
    """Whether `clause` has no digit and no word that reads as more than a stop word."""
    if any(c.isdigit() for c in clause) or not TOPIC_WORDS.isdisjoint(clause.split()):
        return False  # a figure, or a topic ("пишу про мобілізованих") is the question's
    for word in _WORD.findall(clause):
        if word in PERSON_WORDS:
            continue  # "наш продюсер": a person, not our side's losses
        english = forms(lang).get(word, forms(OTHER[lang]).get(word))
        if english and not set(english.split()) <= STOP_WORDS | _HOW_PUBLISHED | _NEWSROOM:
            return False
    return True


# How a source publishes ("оновлені", "часто"): said of a claimant, never which figure.
_HOW_PUBLISHED = frozenset({"updated", "often"})
# What the asker writes or posts ("пишемо статтю", "допис для фейсбуку", wave 14 rows): the
# asker's context, never which figure.
_NEWSROOM = frozenset(
    {"article", "post", "draft", "text", "line", "paste", "news", "headline", "channel", "repost"}
    | {"table", "know", "remember", "clarification", "publication", "newspaper", "magazine"}
    | {"website", "telegram", "facebook"}
)


def _read_rows(tracked: Tracked, lang: str, numbers: bool = False) -> None:
    """The English of each of `_pattern_rows(lang, numbers)` in place of what it matches (a
    row's groups may be named, \\1); a row that matches nothing costs a word test or one
    search, not a rebuild of the tracked text."""
    text = folded(tracked.work)
    rows = _pattern_rows(lang, numbers)
    for (pattern, english), needs in zip(rows, _needs(lang, numbers), strict=True):
        # A word test first: most rows need a word the question does not have.
        if may_match(needs, text) and pattern.search(tracked.work):
            tracked.sub(pattern, lambda m, english=english: m.expand(english))  # type: ignore[misc]
            text = folded(tracked.work)


@cache
def _needs(lang: str, numbers: bool = False) -> tuple[tuple[str, ...], ...]:
    """The words each of `_pattern_rows(lang, numbers)` needs (`prefilter.needs_of`), worked
    out once a table."""
    return tuple(needs_of(pattern) for pattern, _english in _pattern_rows(lang, numbers))


def _english(word: str, lang: str, notes: list[str] | None = None) -> str:
    """The English row of one Cyrillic word ("" for a word read as carrying nothing), of the
    form it is one typo away from, or the word itself when no row has it."""
    found = forms(lang).get(word)
    if found is None:
        found = forms(OTHER[lang]).get(word)
    if found is None:  # a closed-class word the lemma rows never listed ("вже", "ведь")
        found = FUNCTION_WORDS[lang].get(word, FUNCTION_WORDS[OTHER[lang]].get(word))
    if found is None and word[:1] in _EUPHONY and len(word) > 3:  # "убитих": "вбитих"
        found = forms("uk").get(_EUPHONY[word[0]] + word[1:])
    if found is None and "ё" in word:  # "самолётов": the tables spell ё as е, as most people do
        return _english(word.replace("ё", "е"), lang, notes)
    if found is None and len(word) >= _TYPO_MIN:
        typo = _typo_of(word, lang)
        if typo is not None:
            if notes is not None:
                notes.append(f"read {word!r} as {typo!r}")
            found = forms(lang).get(typo, forms(OTHER[lang]).get(typo))
    return word if found is None else found


# Ukrainian writes a word's first у or в by the sound before it (вбитих, убитих; уражено,
# вражено; всіх, усіх): a form the tables have under the other letter is the same word.
_EUPHONY = {"у": "в", "в": "у"}
# Typos are matched only for words of five letters or more, to a form with the same first
# letter (typos rarely touch it: "погода" is not "года").
_TYPO_MIN = 5
_TYPO_CUTOFF = 80.0
_TYPO_LENGTH = 2


@cache
def _all_forms(lang: str) -> tuple[str, ...]:
    """Every form of both tables, `lang`'s first."""
    return tuple(dict.fromkeys([*forms(lang), *forms(OTHER[lang])]))


def _typo_of(word: str, lang: str) -> str | None:
    """The form `word` is a typo of, if one is close enough."""
    found = process.extractOne(word, _all_forms(lang), scorer=fuzz.ratio, score_cutoff=_TYPO_CUTOFF)
    if (
        found is None
        or found[0][0] != word[0]
        # a typo keeps the word's length: "позапрошлого" is no typo of "прошлого" ("last")
        or abs(len(found[0]) - len(word)) > _TYPO_LENGTH
        or not forms(lang).get(found[0], forms(OTHER[lang]).get(found[0]))
    ):
        return None
    return str(found[0])


@lru_cache(maxsize=4096)
def as_english(text: str) -> str:
    """`text` normalised, in the parser's English words when it has Cyrillic ones (cached:
    the comparison, record, average and source rules each read the same question)."""
    norm, origin = normalise_tracked(text)
    if not has_cyrillic(norm):
        return norm
    tracked = Tracked(norm, norm, origin)
    read_words(tracked, detect_language(text), original=text)
    return tracked.work


def english_words(text: str, lang: str) -> str:
    """`text` normalised and read into the parser's English words (for rules, such as the
    follow-up markers, that only look at the words)."""
    norm, origin = normalise_tracked(text)
    tracked = Tracked(norm, norm, origin)
    read_words(tracked, lang, original=text)
    return tracked.work


def question_spans(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where `pattern` matches the parser's English reading of `text`, in `text`'s own
    characters (a rule that reads "passed 500,000" in "превысили 500 тысяч" marks the Russian
    words as read)."""
    norm, origin = normalise_tracked(text)
    tracked = Tracked(norm, norm, origin)
    read_words(tracked, detect_language(text), original=text)
    return [
        (tracked.origin[m.start()], tracked.origin[m.end() - 1] + 1)
        for m in pattern.finditer(tracked.work)
        if m.end() > m.start()
    ]


# --- Ukrainian and Russian typed in Latin letters (wave 6) -----------------------------------

_LATIN_WORD = re.compile(r"(?<![\w'’ʼ`])[a-zšžčćçśźńňłľĺťďŕĭŭĝïìí'’ʼ`]+(?![\w])", re.IGNORECASE)
_LATIN_KEY = tuple((re.compile(p), key) for p, key in LATIN_KEY_ROWS)
# A question is read as Latin-typed Ukrainian or Russian when at least this many of its words
# of three letters or more are forms of the tables, and more of them than English words (short
# words, "v", "u", "za", are spelled but never decide).
_LATIN_MIN_WORDS = 2
_LATIN_DECIDES = 3


def latin_key(word: str) -> str:
    """The lossy key of a Latin-typed word (or of a Cyrillic form spelled in Latin), one for
    every way of writing it ("rosiyi", "rossii", "rosiji" are one key)."""
    key = word.lower()
    for pattern, repl in _LATIN_KEY:
        key = pattern.sub(repl, key)
    return key


@cache
def _latin_index(lang: str) -> dict[str, str]:
    """The key of every Cyrillic form of `lang`'s table that reads as something, and of every
    word of its phrase rows ("минобороны") -> the form."""
    words = [form for form, english in forms(lang).items() if english]
    words += [w for phrase in PHRASE_ROWS[lang] for w in phrase.split()]
    index: dict[str, str] = {}
    for form in words:
        index.setdefault(latin_key(_spelled(form)), form)
    return index


@cache
def _english_words() -> frozenset[str]:
    """Every English word the rows read a Cyrillic one as, the outlets' names, and the
    plainest English words."""
    values = [*forms("uk").values(), *forms("ru").values()]
    values += [v for rows in PHRASE_ROWS.values() for v in rows.values()]
    values += list(OUTLETS)  # "Ukrainska Pravda" is an outlet's name
    return ENGLISH_WORDS | {w for v in values for w in re.findall(r"[a-z]+", v)}


def _spelled(form: str, lang: str = "uk") -> str:
    """A Cyrillic form of `lang` in its usual Latin letters."""
    own = LATIN_OF_CYRILLIC_IN[lang]
    return "".join(own.get(c, LATIN_OF_CYRILLIC.get(c, c)) for c in form)


def _latin_score(words: list[re.Match[str]], keys: dict[int, str], lang: str) -> int:
    """How well `lang` explains the Latin words: one for a form with the word's key, two
    when the form is spelled exactly so ("dannym" is Russian "данным", not "даним")."""
    index = _latin_index(lang)
    score = 0
    for m in words:
        form = index.get(keys[m.start()])
        if form is not None:
            score += 2 if _spelled(form, lang) == m[0].lower() else 1
    return score


def from_latin(text: str) -> str | None:
    """`text` in Cyrillic letters when it is Ukrainian or Russian typed in Latin ones ("skilky
    tankiv vtratyla rosiya u lystopadi 2024"): each word of the language more of its words
    belong to spelled as that language's form (else the other's), the rest kept as typed;
    None for any other text (English, or Cyrillic already)."""
    if has_cyrillic(text):
        return None
    english = _english_words()
    words = [m for m in _LATIN_WORD.finditer(text) if m[0].lower() not in english]
    known = len(list(_LATIN_WORD.finditer(text))) - len(words)
    keys = {m.start(): latin_key(m[0]) for m in words}
    lang = max(("uk", "ru"), key=lambda code: _latin_score(words, keys, code))
    found = {
        at: form
        for at, key in keys.items()
        if (form := _latin_index(lang).get(key, _latin_index(OTHER[lang]).get(key)))
    }
    deciding = sum(len(keys[at]) >= _LATIN_DECIDES for at in found)
    if deciding < _LATIN_MIN_WORDS or deciding <= known:
        return None
    return _LATIN_WORD.sub(lambda m: found.get(m.start(), m[0]), text)


# --- Ukrainian and Russian typed with the keyboard left in the English layout (wave 9) ------

# A run of keys of one word: letters and the punctuation keys that type letters in Cyrillic.
_KEY = r"[A-Za-z\[\];'`{}:\"<>]"
_KEYS = re.compile(rf"(?<![\w,.])[,.]?{_KEY}+(?:[,.]{_KEY}+)*[,.]?")
# A question is read so when at least this many of its words of three letters or more become
# forms of the tables, and most of them do.
_LAYOUT_MIN_WORDS = 2
_LAYOUT_SHARE = 0.6


def _known(word: str) -> bool:
    """Whether `word` (lower case Cyrillic) is a form of either table or a closed-class word."""
    return any(word in forms(code) or word in FUNCTION_WORDS[code] for code in OTHER)


def _typed_in(token: str, lang: str) -> str:
    """The Cyrillic `token` types in `lang`'s layout; a closing "," or "." stays punctuation
    unless the word is only known with it ("nfyrsd," is "танків,"; "xthtp" is "через")."""
    keys = KEYBOARD_LAYOUTS[lang]
    whole = "".join(keys.get(c, c) for c in token)
    if token[-1] in ",." and not _known(whole.lower()):
        return "".join(keys.get(c, c) for c in token[:-1]) + token[-1]
    return whole


def from_layout(text: str) -> str | None:
    """`text` as the Ukrainian or Russian it types when the keyboard was left in the English
    layout ("crskmrb nfyrsd dnhfnbkf hjcsz e kbcnjgflsd 2024?"), or None when it is not that
    (English, or Cyrillic already)."""
    if has_cyrillic(text) or not _KEYS.search(text):
        return None
    best: tuple[int, str] | None = None
    for lang in ("uk", "ru"):
        typed = _KEYS.sub(lambda m, lang=lang: _typed_in(m[0], lang), text)  # type: ignore[misc]
        words = [w.lower() for w in _WORD.findall(typed) if len(w) >= 3]
        known = sum(map(_known, words))
        if known >= _LAYOUT_MIN_WORDS and known >= _LAYOUT_SHARE * len(words):
            if best is None or known > best[0]:
                best = (known, typed)
    return None if best is None else best[1]
