"""Short replies (issue 14, requirement 2), measured over the blind English questions: the
visible text of each Telegram reply (outside the expandable blockquote) has a median of at most
350 characters and is never longer than 900 unless a breakdown was asked; every reply with a
figure carries the one-line caveat, names each source once with its link, and is HTML that the
Bot API stand-in's parser accepts."""

from __future__ import annotations

import re
import statistics

import pytest
from test_blind_questions import ITEMS

from bot.telegram import render
from knowledge import Answer, answer, in_language, open_or_build, say
from tests.conftest import SEEDS
from tests.support.botapi import parse_html

_DETAILS = re.compile(r"<blockquote expandable>.*?</blockquote>", re.S)
MEDIAN_LIMIT = 350
LONGEST_LIMIT = 900


@pytest.fixture(scope="module")
def replies(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Answer, str]]:
    """(answer, reply HTML) for every answered single blind question."""
    store = open_or_build(tmp_path_factory.mktemp("short") / "knowledge.db", SEEDS)
    out = []
    for item in ITEMS:
        if item.conversation is not None:
            continue
        result = answer(item.question, store, today=item.today)
        if result.answered:
            out.append((result, "\n\n".join(render.reply_blocks(result, question=item.question))))
    return out


def visible(html: str) -> str:
    """What shows before the reader expands the details."""
    return render.plain(_DETAILS.sub("", html)).strip()


def test_median_and_longest_visible_reply(replies: list[tuple[Answer, str]]) -> None:
    lengths = [len(visible(html)) for _, html in replies]
    assert len(lengths) > 100
    assert statistics.median(lengths) <= MEDIAN_LIMIT
    too_long = [
        (len(visible(html)), a.question)
        for a, html in replies
        if len(visible(html)) > LONGEST_LIMIT and not render.asks_breakdown(a.question)
    ]
    assert not too_long


def test_caveat_and_sources_once(replies: list[tuple[Answer, str]]) -> None:
    for result, html in replies:
        shown = _DETAILS.sub("", html)
        with in_language(result.language):  # a Ukrainian question gets it in Ukrainian
            caveat = say("ui.caveat_short")
        assert caveat in render.plain(shown), result.question
        for ref in {c.source.id: c.source for c in result.claims}.values():
            if ref.url and ref.url.startswith("http") and ref.url in result.text:
                assert shown.count(f'href="{render.attr(ref.url)}"') <= 1, result.question
            assert ref.url is None or ref.url not in render.plain(shown), result.question
        parse_html(html)  # raises on HTML Telegram would refuse
