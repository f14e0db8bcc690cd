"""Kinds of loss asked apart ("killed and wounded separately", issue 12, wave 13): when every kind
named has a stored figure of its own, each is answered on its own (the first answer, then the
others in `more_answers`), never one combined figure; when any kind has none, the word asking
them apart is still reported unread and nothing is presented. My own phrasings, against a real
store built from my own article (a ministry stating its dead and its wounded apart)."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import ClaimStore, open_or_build
from knowledge.answering.answer import answer
from knowledge.models import PersonnelKind

TODAY = dt.date(2026, 8, 8)
ARTICLE = """---
title: "A rare toll from Moscow"
publisher: "Example Wire (fixture)"
published: 2022-03-26
language: en
---
Russia's Defence Ministry said on Friday that 1,351 Russian servicemen had been killed and 3,825
wounded since the start of the operation in Ukraine.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ClaimStore:
    """One article with the dead and the wounded stated apart, in a real SQLite store."""
    root = tmp_path_factory.mktemp("apart")
    (root / "seeds").mkdir()
    (root / "seeds" / "toll.md").write_text(ARTICLE, encoding="utf-8")
    return open_or_build(root / "kb.db", root / "seeds")


APART = [
    "russian killed and wounded separately according to russia's defence ministry",
    "russian killed and wounded separately",
    "how many russians killed and how many wounded, separately, per moscow",
    "russian dead and injured as two separate figures",
    "russian KIA and WIA, split please",
    "russian wounded and killed, broken down",
    "russian fatalities and injuries separately",
    "give me the russian dead and the wounded apart",
]


@pytest.mark.parametrize("question", APART)
def test_each_kind_is_answered_on_its_own(store: ClaimStore, question: str) -> None:
    ans = answer(question, store, today=TODAY)
    parts = [ans, *ans.more_answers]
    assert all(p.answered for p in parts), ans.text
    kinds = {p.query.personnel_kind for p in parts if p.query is not None}
    assert kinds == {PersonnelKind.killed, PersonnelKind.wounded}
    shown = "\n".join(p.text for p in parts)
    assert "1,351" in shown and "3,825" in shown
    killed = next(p for p in parts if p.query and p.query.personnel_kind == PersonnelKind.killed)
    assert "3,825" not in killed.text  # the wounded never shown as the dead


def test_a_kind_without_its_own_figure_is_still_refused(store: ClaimStore) -> None:
    """No prisoners are stored: "killed, wounded and captured separately" reports the word and
    shows none of the three."""
    ans = answer("russian killed, wounded and captured separately", store, today=TODAY)
    assert not ans.answered
    assert "separately" in ans.text.split("\n\n")[0]
    assert not ans.more_answers


def test_without_a_word_asking_apart_one_question_stays_one(store: ClaimStore) -> None:
    ans = answer("russian killed in 2022", store, today=TODAY)
    assert not ans.more_answers
