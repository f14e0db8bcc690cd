"""Answers in the asker's language (issue 15): a hook around the English answering.

A question the bot cannot read is refused naming the languages it reads; a Ukrainian or
Russian question is read by the one parser (its Ukrainian and Russian rows), which names the
words it could not read like English ones; it is refused only when nothing usable was
read. The answer then opens in the asker's language with the words it could not use, what
was read and the translated caveat; the detailed evidence below it is still in English.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from knowledge import wording_locale as loc
from knowledge.lexicon.language import detect_language, reads
from knowledge.models import Answer, Intent, Query
from knowledge.store import ClaimStore

EnglishAnswer = Callable[[str, ClaimStore, dt.date], Answer]


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
    if not reads(lang):
        return _refuse_language(question, lang)
    out = prefer if prefer is not None and reads(prefer) else lang
    if lang == "en":
        found = english(question, store, today)
        return found if out == "en" else _localise(found, question, out)
    # One reading for every language: the parser reads the Ukrainian and Russian rows and
    # names the words it could not read; a refusal only when nothing usable was read.
    found = english(question, store, today)
    unread = _nothing_read(found.query)
    if unread:
        return _refuse_unread(question, "ru" if out == "ru" else "uk", unread, found.query)
    if out == "en":
        query = (
            found.query.model_copy(update={"text": question, "language": lang})
            if found.query
            else None
        )
        return found.model_copy(update={"question": question, "query": query})
    return _localise(found, question, out, lang)


def _refuse_language(question: str, lang: str) -> Answer:
    """Not an answer: the languages the bot reads, in each of them."""
    text = "\n".join(
        [loc.LANGUAGES_READ, loc.phrase("uk", loc.Phrase.languages),
         loc.phrase("ru", loc.Phrase.languages)]
    )  # fmt: skip
    query = Query(text=question, metrics=[], language=lang)
    return Answer(question=question, answered=False, text=text, body=text, query=query)


def _nothing_read(query: Query | None) -> list[str]:
    """The words not read of a question of which nothing usable was read (no loss, metric,
    period or claimant): then they are quoted back with the languages read."""
    if query is None or query.intent not in (Intent.off_topic, Intent.empty):
        return []
    return [s.text for s in query.unread if s.constrains]


def _refuse_unread(question: str, lang: str, unread: list[str], read: Query | None) -> Answer:
    """Not an answer: the words not read, quoted back, and no figure (the query keeps what
    the other words said, so the JSON shows what was and was not read)."""
    words = ", ".join(f"«{w}»" for w in unread)
    unread_line = loc.phrase(lang, loc.Phrase.unread, words=words)
    text = f"{unread_line}\n{loc.phrase(lang, loc.Phrase.languages)}"
    query = (read or Query(text=question)).model_copy(update={"text": question, "language": lang})
    return Answer(
        question=question, answered=False, text=text, body=text, query=query, language=lang
    )


def _read_as(query: Query, lang: str) -> str:
    """What was read: the side's losses, the metrics, the period, the claimant."""
    parts = [loc.SUBJECT_NAMES[lang][query.subject]]
    parts += [loc.METRIC_NAMES[lang][m] for m in query.metrics]
    if query.period_start or query.period_end:
        parts.append(loc.period(query.period_start, query.period_end, lang))
    if query.claimant:
        parts.append(loc.claimant(query.claimant, lang))
    return loc.phrase(lang, loc.Phrase.read_as, what=", ".join(parts).rstrip("."))


def _caveat(found: Answer, lang: str) -> str | None:
    """The caveat in `lang`: who claims the figures, and that none is verified."""
    if not found.caveat or not found.claims:
        return None
    names = list(dict.fromkeys(loc.claimant(c.claimant, lang) for c in found.claims))
    key = loc.Phrase.caveat_one if len(found.claims) == 1 else loc.Phrase.caveat_many
    return loc.phrase(lang, key, who=", ".join(names))


def _localise(found: Answer, question: str, lang: str, asked_in: str = "en") -> Answer:
    """`found` opening in `lang`: what was read, then the English details, then the caveat
    in `lang` and in English (`asked_in`: the question's own language)."""
    update = {"text": question, "language": asked_in}
    query = found.query.model_copy(update=update) if found.query else None
    head = _read_as(query, lang) if query else ""
    if not found.answered:
        head = f"{head} {loc.phrase(lang, loc.Phrase.not_found)}".strip()
    lead = loc.unread_lead(query.unread, lang) if query else ""
    head = f"{lead}\n{head}" if lead else head
    # No blank line: the English figures and their claimant stay within the first lines.
    body = f"{head}\n{loc.phrase(lang, loc.Phrase.details)}\n{found.body or found.text}"
    caveat = _caveat(found, lang)
    both = f"{caveat}\n{found.caveat}" if caveat and found.caveat else found.caveat
    text = f"{body}\n\n{both}" if both else body
    return found.model_copy(
        update={"question": question, "text": text, "body": body, "caveat": both,
                "query": query, "language": lang}
    )  # fmt: skip
