"""Answering questions from the knowledge base (being written: issue 3)."""

from __future__ import annotations

import datetime as dt

from knowledge.models import Answer, Query
from knowledge.store import ClaimStore


def parse_question(text: str, today: dt.date | None = None) -> Query:
    """What `text` asks for."""
    return Query(text=text)


def answer(question: str, store: ClaimStore, *, today: dt.date | None = None) -> Answer:
    """The best stored figures for `question`, with source and caveat, or an honest no."""
    return Answer(question=question, answered=False, text="I have no figure for that.")
