"""Kinds of loss asked apart ("killed and wounded separately"): each kind asked on its own, and
shown each, when every kind named has a stored figure of its own; otherwise the question is left
as parsed (the word asking them apart reported unread, no combined figure presented)."""

from __future__ import annotations

from collections.abc import Callable

from knowledge.lexicon.kinds import QUESTION_KIND_PATTERNS
from knowledge.models import Answer, PersonnelKind, Query

# The unread kind a parse gives the word asking kinds apart (questions/parse.py `_kinds_apart`).
_APART_KIND = "loss_kind"


def kinds_asked_apart(question: str, query: Query) -> list[PersonnelKind]:
    """The kinds of loss `query` asks apart, in the order the question names them; empty when
    it asks no kinds apart."""
    if query.personnel_kind != PersonnelKind.casualties:
        return []
    if not any(u.kind == _APART_KIND for u in query.unread):
        return []
    lower = question.lower()
    named = [
        (found.start(), kind)
        for kind, pattern in QUESTION_KIND_PATTERNS
        if (found := pattern.search(lower)) is not None
    ]
    return [kind for _, kind in sorted(named)] if len(named) >= 2 else []


def one_kind(query: Query, kind: PersonnelKind) -> Query:
    """`query` asking one kind of loss, without the word that asked the kinds apart."""
    single = query.model_copy(deep=True)
    single.personnel_kind = kind
    single.unread = [u for u in single.unread if u.kind != _APART_KIND]
    return single


def answered_apart(question: str, query: Query, ask: Callable[[Query], Answer]) -> Answer | None:
    """Each kind `query` asks apart answered on its own (the first with the others in
    `more_answers`), or None when it asks none apart or any kind has no figure of its own."""
    kinds = kinds_asked_apart(question, query)
    if not kinds:
        return None
    answers = [ask(one_kind(query, kind)) for kind in kinds]
    if not all(a.answered for a in answers):
        return None
    first, *rest = answers
    return first.model_copy(update={"more_answers": [*first.more_answers, *rest]})
