"""Questions about the sources through the real Telegram Application (issue 12, requirement 7):
an outlet's name and its quoted caveats reach the chat as text, HTML-escaped, never as markup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from knowledge.ingest.build import rebuild
from tests.harness import ask_and_wait, make_settings, start_bot, stop_bot
from tests.support.botapi import BotAPIServer

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

ARTICLE = """---
title: "Tanks & <b>troops</b>: the week's tally"
publisher: "Wire <i>&</i> Co"
url: "https://wire.example/a?x=1&y=<2>"
published: 2024-03-08
---
Russia lost 310 tanks between March 1 and March 7, 2024, Ukraine's General Staff said.
The <b>figures</b> could not be independently verified & Moscow denied them.
"""


async def test_an_outlets_name_and_caveats_arrive_escaped(
    api: BotAPIServer, user: dict[str, Any], tmp_path: Path
) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "wire.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "knowledge.db"
    rebuild(sources, db, wait=True)
    app = await start_bot(make_settings(api, (sources, db), set()))
    chat = api.private_chat(user)
    try:
        [listed] = await ask_and_wait(api, chat, user, "which sources do you use?")
        [caveats] = await ask_and_wait(api, chat, user, "any caveats about your figures?")
        [outlet] = await ask_and_wait(api, chat, user, "what does Wire <i>&</i> Co say?")
    finally:
        await stop_bot(app)
    assert "Wire <i>&</i> Co" in listed.plain  # the name as written, not as markup
    assert "<b>troops</b>" in listed.plain
    assert "The <b>figures</b> could not be independently verified & Moscow denied them." in (
        caveats.plain
    )
    assert "310" in outlet.plain and "Wire <i>&</i> Co" in outlet.plain


async def test_help_and_answers_after_the_data_say_where_the_figures_end(
    api: BotAPIServer, user: dict[str, Any], series_kb: tuple[Path, Path]
) -> None:
    app = await start_bot(make_settings(api, series_kb, set()))
    chat = api.private_chat(user)
    try:
        [help_] = await ask_and_wait(api, chat, user, "/help")
        [late] = await ask_and_wait(api, chat, user, "russian losses last week")
        [when] = await ask_and_wait(api, chat, user, "when was your data last updated?")
    finally:
        await stop_bot(app)
    ends = "My daily figures end on 8 August 2026"  # the last report in the store
    assert ends in help_.plain
    answer_first = next(p for p in late.plain.split("\n\n") if not p.startswith("❓"))
    assert answer_first.startswith(ends), late.plain
    assert ends in when.plain
