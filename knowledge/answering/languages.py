"""Answers in the asker's language (issue 15): the whole answer, not only its first lines.

A question the bot cannot read is refused naming the languages it reads; a Ukrainian or
Russian question is read by the one parser (its Ukrainian and Russian rows), which names the
words it could not read like English ones (first, in the answer's language); it is refused
only when nothing usable was read. The answering itself runs inside `wording.in_language`,
so every phrase, number, date, claimant and outlet of the answer comes from the wording tables
in the answer's language; this module adds the line saying how the question was read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from knowledge.lexicon.foreign import foreign_as_english
from knowledge.lexicon.language import detect_language, reads, telling_language
from knowledge.models import Answer, Figure, Intent, Query
from knowledge.questions.cyrillic import from_latin, from_layout, has_cyrillic
from knowledge.questions.parse import parse_question
from knowledge.store import ClaimStore
from knowledge.wording import (
    claimant_text,
    date_note,
    day_text,
    in_language,
    metric_noun,
    say,
    side_word,
    span_text,
    tidy,
    unread_lead,
)

EnglishAnswer = Callable[[str, ClaimStore, dt.date], Answer]


def answer_language(question: str, prefer: str | None = None) -> str:
    """The language to answer `question` in: `prefer` (a chat's /lang choice) when the bot
    writes it, else the question's own (English for a language it does not read)."""
    if prefer is not None and reads(prefer):
        return prefer
    lang = detect_language(question)
    return lang if reads(lang) else "en"


def followup_language(question: str, prefer: str | None, previous: str | None) -> str:
    """The language to answer a follow-up in: as `answer_language`, but a Cyrillic follow-up
    whose letters and common words do not tell ("а 300-тих?", "а по танках?") keeps the
    language of the answer it follows."""
    if prefer is None and previous in ("uk", "ru") and has_cyrillic(question):
        if telling_language(question, votes=False) is None:
            return previous
    return answer_language(question, prefer)


def answer_any_language(
    question: str,
    store: ClaimStore,
    today: dt.date,
    english: EnglishAnswer,
    prefer: str | None = None,
) -> Answer:
    """`english`'s answer for an English question; a refusal, a reading refusal or a
    localised answer for the others. `prefer` (a chat's /lang choice) sets the answer's
    language; by default it is the question's."""
    lang = detect_language(question)
    latin = from_latin(question) if lang == "en" else None
    if latin is not None:  # Ukrainian or Russian typed in Latin letters (wave 6)
        return _read_in_cyrillic(question, latin, store, today, english, prefer)
    layout = from_layout(question) if lang == "en" else None
    if layout is not None:  # typed with the keyboard left in the English layout (wave 9)
        return _read_in_cyrillic(question, layout, store, today, english, prefer, "read.layout")
    if not reads(lang):
        return _refuse_language(question, lang, today)
    out = answer_language(question, prefer)
    with in_language(out):
        if lang == "en":
            found = english(question, store, today)
            return found if out == "en" else _localise(found, question, out)
        # One reading for every language: the parser reads the Ukrainian and Russian rows and
        # names the words it could not read; a refusal only when nothing usable was read.
        found = english(question, store, today)
        unread = _nothing_read(found.query)
        if unread:
            return _refuse_unread(question, lang, out, unread, found.query)
        if out == "en":
            query = (
                found.query.model_copy(update={"text": question, "language": lang})
                if found.query
                else None
            )
            return found.model_copy(update={"question": question, "query": query})
        return _localise(found, question, out, lang)


def _read_in_cyrillic(
    question: str,
    cyrillic: str,
    store: ClaimStore,
    today: dt.date,
    english: EnglishAnswer,
    prefer: str | None,
    how: str = "read.latin",
) -> Answer:
    """The answer to `cyrillic`, what a question typed in Latin letters stands for, saying
    first how its letters were read (`how`: the phrase saying so; a misreading is seen, never
    silent)."""
    found = answer_any_language(cyrillic, store, today, english, prefer)
    with in_language(found.language):
        lead = say(how, text=cyrillic)
    return found.model_copy(
        update={
            "question": question,
            "text": f"{lead}\n{found.text}",
            "body": f"{lead}\n{found.body}" if found.body else found.body,
        }
    )


def _refuse_language(question: str, lang: str, today: dt.date) -> Answer:
    """Not an answer: the languages the bot reads, in each of them (the query keeps what
    the few words of that language the lexicon has say: its period, kind of loss and side)."""
    lines = []
    for each in ("en", "uk", "ru"):
        with in_language(each):
            lines.append(say("chat.languages"))
    text = "\n".join(lines)
    query = _foreign_reading(question, lang, today)
    return Answer(question=question, answered=False, text=text, body=text, query=query)


def _foreign_reading(question: str, lang: str, today: dt.date) -> Query:
    """What a question in a language the bot does not read was made out to ask, from
    lexicon/foreign.py's words ("im Juli 2025": July 2025), never answered."""
    english = foreign_as_english(question)
    read = parse_question(english, today) if english else None
    if read is None or read.intent != Intent.losses:
        return Query(text=question, metrics=[], language=lang)
    return read.model_copy(update={"text": question, "language": lang, "unread": []})


def _nothing_read(query: Query | None) -> list[str]:
    """The words not read of a question of which nothing usable was read (no loss, metric,
    period or claimant): then they are quoted back with the languages read."""
    if query is None or query.intent not in (Intent.off_topic, Intent.empty):
        return []
    return [s.text for s in query.unread if s.constrains]


def _refuse_unread(
    question: str, lang: str, out: str, unread: list[str], read: Query | None
) -> Answer:
    """Not an answer: the words not read, quoted back, and no figure (the query keeps what
    the other words said, so the JSON shows what was and was not read)."""
    words = ", ".join(f"«{w}»" for w in unread)
    with in_language(lang if out == "en" else out):
        text = f"{say('read.unread', words=words)}\n{say('chat.languages')}"
        answered_in = lang if out == "en" else out
    query = (read or Query(text=question)).model_copy(update={"text": question, "language": lang})
    return Answer(
        question=question, answered=False, text=text, body=text, query=query,
        language=answered_in,
    )  # fmt: skip


def describe(query: Query) -> str:
    """What was read, in the current language: whose losses, of what, when, per whom
    ("втрати росії, танки, листопад 2024 р.")."""
    parts = [side_word(query.subject)]
    parts += [metric_noun(m) for m in query.metrics]
    if query.figure == Figure.total and query.period_end is not None:
        parts.append(say("period.total_as_of", day=day_text(query.period_end)))
    elif query.period_start is not None and query.period_end is not None:
        parts.append(span_text(query.period_start, query.period_end))
    if query.claimant:
        parts.append(claimant_text(query.claimant))
    return ", ".join(parts)


def read_as(query: Query) -> str:
    """The answer's first line in Ukrainian or Russian: how the question was read."""
    return say("read.as", what=describe(query).rstrip("."))


def followup_label(query: Query, other: Query | None = None) -> str:
    """How a follow-up was read (and what it is set beside), in the current language."""
    what = describe(query)
    if other is not None:
        what = say("read.beside", first=what, second=describe(other))
    return say("read.followup", what=what)


def said_date_notes(text: str, query: Query | None) -> str:
    """`text` with the query's date notes (spelt in English by knowledge/dates.py) said in
    the current language."""
    for note in query.date_notes if query is not None else []:
        text = text.replace(note, date_note(note) if query is None else _said_note(note, query))
    return text


def _said_note(note: str, query: Query) -> str:
    """One date note in the current language; a note the tables cannot say is never left in
    English: the period it led to is said instead ("I read the period as the dates in
    brackets: ..." -> "Я прочитав період як ...")."""
    said = date_note(note)
    if said != note or query.period_start is None or query.period_end is None:
        return said
    return say("date.period_as", days=span_text(query.period_start, query.period_end))


def _localise(found: Answer, question: str, lang: str, asked_in: str = "en") -> Answer:
    """`found` (said in `lang` already) opening with how the question was read
    (`asked_in`: the question's own language)."""
    update = {"text": question, "language": asked_in}
    query = found.query.model_copy(update=update) if found.query else None
    head = read_as(query) if query and query.metrics else ""
    if not found.answered and not found.claims and query is not None and query.metrics:
        head = f"{head} {say('read.not_found')}".strip()
    rest = found.body or found.text
    lead = unread_lead(query.unread) if query is not None else ""
    if lead and rest.startswith(lead):  # the words not used stay first (issue 12 req 1)
        head, rest = f"{lead}\n{head}".rstrip("\n"), rest[len(lead) :].lstrip("\n")
    body = f"{head}\n{rest}" if head else rest
    body = tidy(said_date_notes(body, query))
    text = f"{body}\n\n{found.caveat}" if found.caveat else body
    return found.model_copy(
        update={"question": question, "text": text, "body": body, "query": query,
                "language": lang}
    )  # fmt: skip
