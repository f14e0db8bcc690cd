"""End to end: the real python-telegram-bot Application against a Bot API stand-in on loopback.

Each test starts `tests.support.botapi.BotAPIServer` on 127.0.0.1, builds the bot with
`bot.telegram.build_application` pointed at it (TELEGRAM_API_BASE_URL), long-polls, feeds
updates and waits (with a deadline, never a fixed sleep) for the calls the bot makes. The
knowledge base is built in tmp_path by `rebuild` from copies of the seed articles.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import shutil
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

import bot.telegram.handlers as bot_telegram
from bot.settings import Settings
from bot.telegram.app import run_bot
from bot.telegram.delivery import FloodGate
from bot.telegram.handlers import APOLOGY, REFUSAL
from bot.telegram.redaction import RedactToken
from knowledge.ingest.build import _lock_for, rebuild
from knowledge.models import Answer
from knowledge.store import ClaimStore
from tests.conftest import ROOT, SEEDS
from tests.harness import (
    CAVEAT,
    ask_and_wait,
    make_settings,
    replies_to,
    start_bot,
    stop_bot,
    stored_figures,
    to,
)
from tests.support.botapi import TOKEN, BotAPIServer, parse_html, utf16_len

# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every question the bot handed to the answer engine (the engine itself still runs)."""
    questions: list[str] = []
    real = bot_telegram.answer

    def spy(question: str, store: ClaimStore, **kwargs: Any) -> Answer:
        questions.append(question)
        return real(question, store, **kwargs)

    monkeypatch.setattr(bot_telegram, "answer", spy)
    return questions


# -- private chats -----------------------------------------------------------------------------


async def test_private_question_gets_figure_source_and_caveat(
    api: BotAPIServer, bot: Application, user: dict[str, Any], kb: tuple[Path, Path]
) -> None:
    chat = api.private_chat(user)
    [reply] = await ask_and_wait(
        api, chat, user, "How many Russian soldiers were lost on December 3, 2024?"
    )
    assert reply.params["parse_mode"] == "HTML"
    plain = reply.plain
    assert any(figure in plain for figure in stored_figures(kb[1])), plain
    assert "Newsweek" in plain  # the outlet of the article behind the figure
    assert CAVEAT in plain
    # The caveat is set apart from the answer: its own paragraph, in italics, said once.
    assert f"\n\n{CAVEAT} <i>" in reply.text
    caveat = plain.split(CAVEAT, 1)[1].strip()
    assert plain.count(caveat) == 1
    assert reply.result.get("reply_to_message") is None  # no quoting needed in private


async def test_sources_are_links_when_the_url_is_known(
    api: BotAPIServer, kb: tuple[Path, Path], user: dict[str, Any], tmp_path: Path
) -> None:
    sources = tmp_path / "with-urls"
    sources.mkdir()
    for path in kb[0].iterdir():
        text = path.read_text(encoding="utf-8")
        url = f'url: "https://news.example/{path.stem}?a=1&b=<2>"'
        (sources / path.name).write_text(text.replace("url: null", url), encoding="utf-8")
    db = tmp_path / "with-urls.db"
    rebuild(sources, db, wait=True)
    app = await start_bot(make_settings(api, (sources, db), set()))
    try:
        [reply] = await ask_and_wait(
            api, api.private_chat(user), user, "How many tanks did Russia lose in 3 days?"
        )
    finally:
        await stop_bot(app)
    links = [e["url"] for e in reply.result.get("entities", []) if e["type"] == "text_link"]
    assert links, reply.text
    for url in links:
        assert url.startswith(("https://news.example/", "https://gbnews.com/"))
        if url.startswith("https://news.example/"):
            assert url.endswith("?a=1&b=<2>")  # escaped in the attribute, intact for the user


async def test_start_and_help_say_what_the_bot_knows(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    [start] = await ask_and_wait(api, chat, user, "/start")
    [help_] = await ask_and_wait(api, chat, user, "/help")
    assert start.plain == help_.plain
    assert "from 5 articles (published 8 Apr 2022 to 3 Dec 2024)" in start.plain
    assert "personnel" in start.plain
    assert "The figures cover " in start.plain  # earliest and latest claim dates
    assert start.plain.count("• ") >= 3  # three example questions


async def test_inline_answers_reposted_through_the_bot_are_not_questions(
    api: BotAPIServer, bot: Application, user: dict[str, Any], asked: list[str]
) -> None:
    chat = api.private_chat(user)
    reposted = api.message(chat, user, "Russian tank losses in 2023: 2,952 …")
    reposted["via_bot"] = api.bot
    api.push_raw({"message": reposted})
    await ask_and_wait(api, chat, user, "tanks in 2023?")
    assert asked == ["tanks in 2023?"]


async def test_unknown_command_in_private_points_to_help(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    [reply] = await ask_and_wait(api, api.private_chat(user), user, "/frobnicate")
    assert "/help" in reply.plain


HOSTILE = (
    'How many <b>tanks</b> & <script>alert("x")</script> &amp; <a href="javascript:x">'
    " on 1 May 1990?"
)


async def test_hostile_html_in_a_question_is_shown_not_parsed(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    # Inline results always carry the question; a private reply echoes it when it has no figure.
    api.push_inline_query(user, HOSTILE)
    [inline] = await api.wait_for("answerInlineQuery")
    [reply] = await ask_and_wait(api, api.private_chat(user), user, HOSTILE)
    texts = [r["input_message_content"]["message_text"] for r in inline.json("results")]
    texts.append(reply.text)
    for html in texts:
        # The stand-in parses HTML as Telegram does (broken HTML would have been a 400):
        # the user sees the question's characters literally, and no markup comes from them.
        plain, entities = parse_html(html)
        if HOSTILE not in plain:
            assert "<script>" not in html and "<b>tanks" not in html
            continue
        start = utf16_len(plain[: plain.index(HOSTILE)])
        end = start + utf16_len(HOSTILE)
        for entity in entities:
            if entity["type"] != "italic":  # the echoed question is in italics, nothing else
                assert entity["offset"] + entity["length"] <= start or entity["offset"] >= end
    assert HOSTILE in parse_html(texts[0])[0]
    assert "&lt;script&gt;" in texts[0]


async def test_overlong_question_is_cut_and_says_so(
    api: BotAPIServer, bot: Application, user: dict[str, Any], asked: list[str]
) -> None:
    [reply] = await ask_and_wait(api, api.private_chat(user), user, "tanks " * 200)
    assert len(asked[-1]) <= 500
    assert "cut to its first 500 characters" in reply.plain


# -- groups ------------------------------------------------------------------------------------


async def test_group_chatter_is_ignored_without_processing(
    api: BotAPIServer,
    bot: Application,
    user: dict[str, Any],
    asked: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    handled: list[str] = []
    real_question = bot_telegram._answer_question

    async def spy(update: Any, context: Any, raw: str) -> None:
        handled.append(raw)
        await real_question(update, context, raw)

    monkeypatch.setattr(bot_telegram, "_answer_question", spy)
    group = api.group()
    other = api.user("Sam")
    earlier = api.push_message(group, other, "morning all")
    for text in (
        "How many tanks did Russia lose in 2024?",  # a question, but not for the bot
        "@someone_else how many soldiers?",
        "/ask@other_bot how many tanks?",  # a command for another bot
        "/stats@other_bot",
    ):
        api.push_message(group, user, text)
    api.push_message(group, user, "lol", reply_to=earlier)  # a reply, but not to the bot
    # Updates are handled in order, so once this one is answered the chatter was seen.
    sentinel = await ask_and_wait(api, group, user, "/ask@loss_claims_test_bot tanks?")
    assert len(sentinel) == 1
    assert handled == ["tanks?"]
    assert asked == ["tanks?"]
    assert api.sent(group) == sentinel
    assert [c.method for c in api.calls if c.method != "getUpdates"][-1:] == ["sendMessage"]


async def test_group_mention_is_answered_quoting_the_asker(
    api: BotAPIServer, bot: Application, user: dict[str, Any], asked: list[str]
) -> None:
    group = api.group()
    msg = api.push_message(
        group, user, "hey @Loss_Claims_Test_Bot, how many tanks did Russia lose?"
    )
    [reply] = await api.wait_for("sendMessage", where=to(group))
    assert asked == ["hey how many tanks did Russia lose?"]
    assert replies_to(reply.result) == msg["message_id"]
    assert reply.json("reply_parameters")["message_id"] == msg["message_id"]


async def test_group_reply_to_the_bot_is_answered(
    api: BotAPIServer, bot: Application, user: dict[str, Any], asked: list[str]
) -> None:
    group = api.group()
    [first] = await ask_and_wait(api, group, user, "/ask how many soldiers did Russia lose?")
    follow_up = api.push_message(group, user, "and how many tanks?", reply_to=first.result)
    calls = await api.wait_for("sendMessage", where=to(group), count=2)
    assert asked == ["how many soldiers did Russia lose?", "and how many tanks?"]
    assert replies_to(calls[1].result) == follow_up["message_id"]


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("/ask how many tanks?", "how many tanks?"),
        ("/ask@loss_claims_test_bot how many tanks?", "how many tanks?"),
        ("/ask@LOSS_CLAIMS_TEST_BOT how many\nsoldiers?", "how many\nsoldiers?"),
    ],
)
async def test_group_ask_command(
    api: BotAPIServer,
    bot: Application,
    user: dict[str, Any],
    asked: list[str],
    text: str,
    question: str,
) -> None:
    group = api.group()
    msg = api.push_message(group, user, text)
    [reply] = await api.wait_for("sendMessage", where=to(group))
    assert asked == [question]
    assert replies_to(reply.result) == msg["message_id"]


async def test_group_ask_without_question_gets_usage(
    api: BotAPIServer, bot: Application, user: dict[str, Any], asked: list[str]
) -> None:
    group = api.group()
    [reply] = await ask_and_wait(api, group, user, "/ask")
    assert "/ask How many tanks" in reply.plain
    [reply] = await ask_and_wait(api, group, user, "@loss_claims_test_bot")
    assert "/ask How many tanks" in reply.plain
    assert asked == []


# -- inline mode -------------------------------------------------------------------------------


async def test_inline_query_gets_the_answer_and_its_claims(
    api: BotAPIServer, bot: Application, user: dict[str, Any], kb: tuple[Path, Path]
) -> None:
    query_id = api.push_inline_query(
        user, "How many Russian soldiers were lost on December 3, 2024?"
    )
    [call] = await api.wait_for("answerInlineQuery")
    assert call.params["inline_query_id"] == query_id
    results = call.json("results")
    assert 1 <= len(results) <= 4
    assert int(call.params["cache_time"]) <= 60
    first = results[0]["input_message_content"]
    plain, _ = parse_html(first["message_text"])
    assert "How many Russian soldiers" in plain  # the question travels with the answer
    assert CAVEAT in plain
    assert any(figure in plain for figure in stored_figures(kb[1]))
    for result in results[1:]:  # one per top claim, each with its source
        plain, _ = parse_html(result["input_message_content"]["message_text"])
        assert "Source:" in plain and "according to" in plain


async def test_inline_empty_query_offers_help(
    api: BotAPIServer, bot: Application, user: dict[str, Any], asked: list[str]
) -> None:
    api.push_inline_query(user, "   ")
    [call] = await api.wait_for("answerInlineQuery")
    assert call.json("results") == []
    assert call.json("button")["start_parameter"] == "help"
    assert asked == []


# -- admin commands ----------------------------------------------------------------------------


async def test_admin_reload_replies_with_summary(
    api: BotAPIServer, bot: Application, admin: dict[str, Any], kb: tuple[Path, Path]
) -> None:
    (kb[0] / "notes.pdf").write_bytes(b"%PDF-1.4")
    [reply] = await ask_and_wait(api, api.private_chat(admin), admin, "/reload")
    assert "Reloaded: 5 sources" in reply.plain
    assert "notes.pdf" in reply.plain and "unsupported file type" in reply.plain
    assert api.calls_to("sendChatAction")
    # The bot now serves the new file and still answers.
    [answer] = await ask_and_wait(api, api.private_chat(admin), admin, "tanks lost in 3 days?")
    assert CAVEAT in answer.plain


async def test_non_admin_reload_is_refused_and_changes_nothing(
    api: BotAPIServer, bot: Application, user: dict[str, Any], kb: tuple[Path, Path]
) -> None:
    before = kb[1].stat().st_mtime_ns
    group = api.group()
    for chat in (api.private_chat(user), group):
        for command in ("/reload", "/stats", "/unanswered"):
            [reply] = await ask_and_wait(api, chat, user, command)
            assert reply.plain == REFUSAL
    assert kb[1].stat().st_mtime_ns == before
    assert not api.calls_to("sendChatAction")


async def test_failed_reload_keeps_the_old_knowledge_base(
    api: BotAPIServer, bot: Application, admin: dict[str, Any], kb: tuple[Path, Path]
) -> None:
    chat = api.private_chat(admin)
    [good] = await ask_and_wait(api, chat, admin, "How many tanks did Russia lose in 3 days?")
    for path in kb[0].iterdir():
        path.unlink()
    [reply] = await ask_and_wait(api, chat, admin, "/reload")
    assert "Reload failed" in reply.plain and "previous knowledge base" in reply.plain
    [again] = await ask_and_wait(api, chat, admin, "How many tanks did Russia lose in 3 days?")
    assert again.plain == good.plain


async def test_reload_already_running(
    api: BotAPIServer, bot: Application, admin: dict[str, Any], kb: tuple[Path, Path]
) -> None:
    lock = _lock_for(kb[1])  # as if another /reload were building right now
    assert lock.acquire(blocking=False)
    try:
        [reply] = await ask_and_wait(api, api.private_chat(admin), admin, "/reload")
    finally:
        lock.release()
    assert "already running" in reply.plain


async def test_reload_runs_beside_answers(
    api: BotAPIServer,
    bot: Application,
    admin: dict[str, Any],
    user: dict[str, Any],
    kb: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = asyncio.Event()
    loop = asyncio.get_running_loop()

    def slow_rebuild(*args: Any, **kwargs: Any) -> Any:
        asyncio.run_coroutine_threadsafe(release.wait(), loop).result(timeout=10)
        return rebuild(*args, **kwargs)

    monkeypatch.setattr(bot_telegram, "rebuild", slow_rebuild)
    api.push_message(api.private_chat(admin), admin, "/reload")
    await api.wait_for("sendChatAction")
    # While the rebuild is stuck, questions are still answered.
    [reply] = await ask_and_wait(api, api.private_chat(user), user, "tanks?")
    assert CAVEAT in reply.plain or "❓" in reply.plain
    release.set()
    [done] = await api.wait_for("sendMessage", where=to(api.private_chat(admin)))
    assert "Reloaded" in done.plain


NO_FIGURE = "How many helicopters did Russia <lose> on 5 May 2023?"


async def test_stats_and_unanswered_for_admins(
    api: BotAPIServer, bot: Application, admin: dict[str, Any], user: dict[str, Any]
) -> None:
    await ask_and_wait(
        api, api.private_chat(user), user, "How many tanks did Russia lose in 3 days?"
    )
    await ask_and_wait(api, api.private_chat(user), user, NO_FIGURE)
    chat = api.private_chat(admin)
    [stats] = await ask_and_wait(api, chat, admin, "/stats")
    assert "questions answered: 1" in stats.plain
    assert "questions without a figure: 1" in stats.plain
    assert "sources: 5" in stats.plain and "last reload: none since start" in stats.plain
    [unanswered] = await ask_and_wait(api, chat, admin, "/unanswered")
    assert NO_FIGURE in unanswered.plain
    assert "tanks" not in unanswered.plain


async def test_command_menus_are_registered(
    api: BotAPIServer, bot: Application, admin: dict[str, Any]
) -> None:
    public = {c["command"] for c in api.commands[("default", "")]}
    assert {"ask", "help", "sources"} <= public
    assert not public & {"reload", "stats", "unanswered"}
    admin_menu = {c["command"] for c in api.commands[(f"chat:{admin['id']}", "")]}
    assert {"ask", "reload", "stats", "unanswered"} <= admin_menu


# -- charts and the cross-check ---------------------------------------------------------------


@pytest.fixture(scope="module")
def series_kb(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seed articles plus the General Staff's daily series, built once."""
    base = tmp_path_factory.mktemp("series-kb")
    sources = base / "sources"
    sources.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, sources / path.name)
    for folder in sorted(p for p in SEEDS.iterdir() if p.is_dir()):
        shutil.copytree(folder, sources / folder.name)
    db = base / "knowledge.db"
    rebuild(sources, db, wait=True)
    return sources, db


@pytest.fixture
async def series_bot(
    api: BotAPIServer, series_kb: tuple[Path, Path], admin: dict[str, Any]
) -> AsyncIterator[Application]:
    app = await start_bot(make_settings(api, series_kb, {admin["id"]}))
    yield app
    await stop_bot(app)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tanks", ("tanks", "", False)),
        ("tanks November 2024", ("tanks", "November 2024", False)),
        ("armoured vehicles total 2023", ("armoured vehicles", "2023", True)),
        ("personnel last 30 days", ("personnel", "last 30 days", False)),
        ("drones 2024-09-01..2024-11-30", ("drones", "2024-09-01..2024-11-30", False)),
        ("", ("", "", False)),
    ],
)
def test_chart_arguments(text: str, expected: tuple[str, str, bool]) -> None:
    assert bot_telegram.split_chart_arguments(text) == expected


async def test_chart_sends_a_png_with_the_caveat(
    api: BotAPIServer, series_bot: Application, user: dict[str, Any]
) -> None:
    group = api.group()
    msg = api.push_message(group, user, "/chart@loss_claims_test_bot tanks November 2024")
    [photo] = await api.wait_for("sendPhoto", timeout=15)
    upload = next(iter(photo.files.values()))
    assert upload[2].startswith(b"\x89PNG")
    assert CAVEAT in photo.plain and "tanks" in photo.plain
    assert replies_to(photo.result) == msg["message_id"]
    assert api.calls_to("sendChatAction")[-1].params["action"] == "upload_photo"


async def test_chart_explains_what_it_cannot_draw(
    api: BotAPIServer, series_bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    [usage] = await ask_and_wait(api, chat, user, "/chart")
    assert "/chart tanks November 2024" in usage.plain
    [refusal] = await ask_and_wait(api, chat, user, "/chart <b>unicorns</b> 2024")
    assert "I can't draw that" in refusal.plain and "<b>unicorns</b>" in refusal.plain
    [before] = await ask_and_wait(api, chat, user, "/chart tanks 2021")
    assert "ends before the invasion of 24 February 2022" in before.plain
    assert not api.calls_to("sendPhoto", ok=None)


async def test_chart_takes_the_readme_words(
    api: BotAPIServer, series_bot: Application, user: dict[str, Any]
) -> None:
    """`/chart personnel total 2023`, as the README and `python -m bot chart` have it."""
    api.push_message(api.private_chat(user), user, "/chart personnel total 2023")
    [photo] = await api.wait_for("sendPhoto", timeout=15)
    assert next(iter(photo.files.values()))[2].startswith(b"\x89PNG")
    assert "running total" in photo.plain and "2023" in photo.plain


async def test_check_is_for_admins(
    api: BotAPIServer, series_bot: Application, user: dict[str, Any], admin: dict[str, Any]
) -> None:
    [refusal] = await ask_and_wait(api, api.private_chat(user), user, "/check")
    assert refusal.plain == REFUSAL
    api.push_message(api.private_chat(admin), admin, "/check")
    [report] = await api.wait_for(
        "sendMessage", where=lambda c: "checked against" in c.plain, timeout=15
    )
    assert "consistent" in report.plain


# -- Telegram's limits and failures ------------------------------------------------------------


async def test_long_sources_list_is_split_into_valid_messages(
    api: BotAPIServer, tmp_path: Path, user: dict[str, Any]
) -> None:
    sources = tmp_path / "many"
    sources.mkdir()
    seed = (SEEDS / "002_54b85617b149186a.txt").read_text(encoding="utf-8")
    for n in range(70):
        title = f"Report {n:03} on <losses> & “claims” — " + "a long headline " * 4
        text = seed.replace(
            'title: "Russia lost over 4,500 troops and 42 tanks in less than a week: Kyiv"',
            f"title: {title!r}",
        ).replace("url: null", f'url: https://example.org/a?id={n}&q="x"')
        (sources / f"article_{n:03}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "many.db"
    rebuild(sources, db, wait=True)
    app = await start_bot(make_settings(api, (sources, db), set()))
    chat = api.private_chat(user)
    try:
        api.push_message(chat, user, "/sources")
        # Chunks go out in order, so the one with the last source is the last one.
        await api.wait_for("sendMessage", where=lambda c: "Report 069" in c.plain)
        calls = api.sent(chat)
    finally:
        await stop_bot(app)
    assert len(calls) >= 3
    listed = ""
    for call in calls:
        assert len(call.text) <= 4096
        parse_html(call.text)  # each one valid on its own (the stand-in accepted it, too)
        listed += call.plain + "\n"
    for n in range(70):
        assert f"Report {n:03} on <losses> & “claims”" in listed
    assert listed.count("• ") == 70


# PTB itself warns about the future type of RetryAfter.retry_after when it builds the error.
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_flood_wait_429_is_honoured_and_delivered_once(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    api.fail_next("sendMessage", 429, retry_after=1)
    api.push_message(chat, user, "How many tanks did Russia lose in 3 days?")
    [delivered] = await api.wait_for("sendMessage", where=to(chat), timeout=10)
    [refused] = api.calls_to("sendMessage", ok=False)
    assert refused.error_code == 429
    assert delivered.at - refused.at >= 1.0
    assert delivered.text == refused.text
    assert len(api.sent(chat)) == 1


async def test_errors_are_logged_and_apologised_for_without_details(
    api: BotAPIServer,
    bot: Application,
    user: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    chat = api.private_chat(user)
    api.fail_next("sendMessage", 400, description="Bad Request: secret internal detail")
    api.push_message(chat, user, "How many tanks did Russia lose in 3 days?")
    [apology] = await api.wait_for("sendMessage", where=to(chat))
    assert apology.plain == APOLOGY
    assert "secret internal detail" in caplog.text.lower()  # logged for the operator...
    assert "secret" not in apology.plain  # ...never shown to the user
    # A dropped connection (network error) is survived the same way.
    api.drop_next("sendMessage")
    api.push_message(chat, user, "How many tanks did Russia lose in 3 days?")
    await api.wait_for("sendMessage", where=to(chat), count=2)
    [answer] = await ask_and_wait(api, chat, user, "How many tanks did Russia lose in 3 days?")
    assert CAVEAT in answer.plain
    assert TOKEN not in caplog.text


async def test_flood_gate_limits_users_and_chats() -> None:
    gate = FloodGate(per_user=2, per_chat=3, window=60)
    assert gate.allow(1, 100, now=0) and gate.allow(1, 100, now=1)
    assert not gate.allow(1, 100, now=2)  # user 1 is over
    assert gate.allow(2, 100, now=3)
    assert not gate.allow(3, 100, now=4)  # the chat is over
    assert gate.allow(1, 100, now=61)  # a minute later
    assert gate.should_warn(100, now=5) and not gate.should_warn(100, now=6)


async def test_flood_limit_in_a_chat(
    api: BotAPIServer, kb: tuple[Path, Path], user: dict[str, Any]
) -> None:
    settings = make_settings(api, kb, set())
    settings.user_questions_per_minute = 2
    app = await start_bot(settings)
    try:
        chat = api.private_chat(user)
        for _ in range(5):
            api.push_message(chat, user, "tanks?")
        api.push_message(chat, user, "/help")  # commands are not questions: not limited
        calls = await api.wait_for("sendMessage", where=to(chat), count=4)
    finally:
        await stop_bot(app)
    texts = [c.plain for c in calls]
    assert texts[2] == bot_telegram.SLOW_DOWN
    assert texts.count(bot_telegram.SLOW_DOWN) == 1
    assert "Try asking" in texts[3]


def test_token_is_redacted_from_log_records() -> None:
    redact = RedactToken(TOKEN)
    try:
        raise RuntimeError(f"POST http://127.0.0.1/bot{TOKEN}/getMe failed")
    except RuntimeError:
        import logging

        record = logging.LogRecord(
            "x", logging.ERROR, __file__, 1, "url %s", (f"/bot{TOKEN}/x",), sys.exc_info()
        )
    assert redact.filter(record)
    assert TOKEN not in record.getMessage() and "<token>" in record.getMessage()
    assert record.exc_text is not None
    assert TOKEN not in record.exc_text and "<token>" in record.exc_text


@pytest.mark.skipif(
    importlib.util.find_spec("tornado") is not None, reason="the webhooks extra is installed"
)
def test_webhook_mode_without_the_extra_says_what_to_install(
    kb: tuple[Path, Path], caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(
        _env_file=None,
        telegram_bot_token=TOKEN,
        telegram_webhook_url="https://bot.example.org/telegram",
        knowledge_db=kb[1],
        sources_dir=kb[0],
    )
    assert run_bot(settings) == 2
    assert "python-telegram-bot[webhooks]" in caplog.text


# -- the command line --------------------------------------------------------------------------


async def test_python_m_bot_run_against_the_stand_in(
    api: BotAPIServer, kb: tuple[Path, Path], user: dict[str, Any], tmp_path: Path
) -> None:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "ADMIN_"))},
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "ADMIN_USER_IDS": "",
        "KNOWLEDGE_DB": str(tmp_path / "fresh" / "knowledge.db"),  # built at start
        "STATE_DB": str(tmp_path / "fresh" / "state.db"),
        "SOURCES_DIR": str(kb[0]),
        "LOG_LEVEL": "DEBUG",
        "PYTHONPATH": str(ROOT),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await api.wait_for("getUpdates", ok=None, timeout=30)
        [reply] = await ask_and_wait(api, api.private_chat(user), user, "tanks in 3 days?")
        assert CAVEAT in reply.plain
    finally:
        process.send_signal(signal.SIGINT)
        out, err = await asyncio.wait_for(process.communicate(), 20)
    logs = (out + err).decode()
    assert process.returncode == 0, logs
    assert "nobody is admin" in logs
    assert api.token not in logs
    assert api.token.split(":")[1] not in logs
    assert (tmp_path / "fresh" / "knowledge.db").exists()
