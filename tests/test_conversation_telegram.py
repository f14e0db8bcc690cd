"""End to end (issue 14): follow-ups, suggestion buttons and "Wrong answer?" reports through
the real Application and the Bot API stand-in on 127.0.0.1."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from knowledge.ingest.build import rebuild
from tests.conftest import SEEDS
from tests.harness import ask_and_wait, make_settings, start_bot, stop_bot, to
from tests.support.botapi import BotAPIServer, Call


@pytest.fixture(scope="module")
def series_kb(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seed articles plus the General Staff's daily series, built once."""
    base = tmp_path_factory.mktemp("conversation-kb")
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
async def bot(
    api: BotAPIServer, series_kb: tuple[Path, Path], admin: dict[str, Any]
) -> AsyncIterator[Application]:
    app = await start_bot(make_settings(api, series_kb, {admin["id"]}))
    yield app
    await stop_bot(app)


def _first_line(call: Call) -> str:
    return call.plain.splitlines()[0]


def _buttons(call: Call) -> list[dict[str, Any]]:
    markup = call.json("reply_markup") or {}
    return [key for row in markup.get("inline_keyboard", []) for key in row]


def _message(call: Call) -> dict[str, Any]:
    assert isinstance(call.result, dict)
    return call.result


async def test_three_turns_in_a_private_chat(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    first = await ask_and_wait(api, chat, user, "losses in November 2024")
    assert "45,720" in first[-1].plain
    second = await ask_and_wait(api, chat, user, "and tanks?")
    assert _first_line(second[0]) == "Tanks, November 2024:"
    assert "307" in second[-1].plain
    third = await ask_and_wait(api, chat, user, "what about december?")
    assert _first_line(third[0]) == "Tanks, December 2024:"
    assert "203" in third[-1].plain
    fresh = await ask_and_wait(api, chat, user, "/new")
    assert "afresh" in fresh[0].plain
    alone = await ask_and_wait(api, chat, user, "and tanks?")
    assert not _first_line(alone[0]).startswith("Tanks, December 2024")


async def test_new_follow_up_forms_in_a_private_chat(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    """Dropping a word it could not use, the running total at that point, the difference."""
    chat = api.private_chat(user)
    first = await ask_and_wait(api, chat, user, "russian losses near bakhmut in may 2023")
    assert "bakhmut" in first[-1].plain.lower()
    second = await ask_and_wait(api, chat, user, "forget bakhmut, the whole front")
    assert _first_line(second[0]).startswith("Personnel, May 2023"), second[0].plain
    assert "bakhmut" not in second[-1].plain.lower()
    third = await ask_and_wait(api, chat, user, "and the running total at that point?")
    assert "since the start" in third[-1].plain, third[-1].plain
    await ask_and_wait(api, chat, user, "/new")
    await ask_and_wait(api, chat, user, "drones q3 2025")
    await ask_and_wait(api, chat, user, "q4?")
    diff = await ask_and_wait(api, chat, user, "the difference?")
    assert "10,289" in diff[-1].plain, diff[-1].plain


async def test_two_questions_in_one_message_get_one_reply_in_order(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    """ "tanks in 2024? and in 2023?": one reply, each answer under its question, in order;
    the next follow-up reads against the last of them."""
    chat = api.private_chat(user)
    calls = await ask_and_wait(api, chat, user, "tanks in 2024? and in 2023?")
    assert len(calls) == 1, [c.plain for c in calls]  # one message holds both answers
    reply = calls[0].plain
    assert reply.index("» tanks in 2024?") < reply.index("3,689") < reply.index("» and in 2023?")
    assert reply.index("» and in 2023?") < reply.index("2,952"), reply
    assert "<b>» tanks in 2024?</b>" in calls[0].text
    change = await ask_and_wait(api, chat, user, "by how much?")
    assert "+737" in change[-1].plain, change[-1].plain
    await ask_and_wait(api, chat, user, "/new")
    hostile = await ask_and_wait(api, chat, user, "<b>tanks</b> in 2024? <i>and</i> drones?")
    assert "<b>tanks</b>" in hostile[0].plain  # the question is shown as typed, escaped


async def test_two_users_interleave_in_a_group(api: BotAPIServer, bot: Application) -> None:
    group = api.group()
    alice, bob = api.user("Alice", "alice"), api.user("Bob", "bob")
    me = "@" + api.bot["username"]
    await ask_and_wait(api, group, alice, f"{me} losses in November 2024")
    await ask_and_wait(api, group, bob, f"{me} tanks in 2023")
    alice_two = await ask_and_wait(api, group, alice, f"{me} and tanks?")
    bob_two = await ask_and_wait(api, group, bob, f"{me} what about december?")
    assert _first_line(alice_two[0]) == "Tanks, November 2024:"
    assert _first_line(bob_two[0]) == "Tanks, December 2023:"
    alice_three = await ask_and_wait(api, group, alice, f"{me} what about december?")
    bob_three = await ask_and_wait(api, group, bob, f"{me} and artillery?")
    assert _first_line(alice_three[0]) == "Tanks, December 2024:"
    assert _first_line(bob_three[0]) == "Artillery systems, December 2023:"


async def test_a_tapped_suggestion_asks_it(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    calls = await ask_and_wait(api, chat, user, "tanks on 30 February 2030")
    suggestions = [k for k in _buttons(calls[-1]) if k["text"] != "Wrong answer?"]
    if not suggestions:  # the refusal offered nothing: ask one that does
        calls = await ask_and_wait(api, chat, user, "How many tanks did Russia lose in 2019?")
        suggestions = [k for k in _buttons(calls[-1]) if k["text"] != "Wrong answer?"]
    assert suggestions, calls[-1].plain
    key = suggestions[0]
    assert len(key["callback_data"].encode()) <= 64
    assert key["text"] not in key["callback_data"]  # looked up, never the question itself
    before = len(api.sent(chat))
    tap = api.push_callback_query(user, _message(calls[-1]), key["callback_data"])
    answered = await api.wait_for("sendMessage", where=to(chat), count=before + 1)
    assert api.callback_answered(tap)
    reply = answered[before:][0].plain
    assert "claim" in reply.lower() or "figure" in reply.lower()
    forged = api.push_callback_query(user, _message(calls[-1]), "a:not-a-token")
    await api.wait_for("answerCallbackQuery", count=2)
    assert api.callback_answered(forged)
    assert len(api.sent(chat)) == before + 1  # a forged tap asks nothing


async def test_wrong_answer_is_reported_with_a_note(
    api: BotAPIServer, bot: Application, user: dict[str, Any], admin: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    calls = await ask_and_wait(api, chat, user, "losses in November 2024")
    wrong = [k for k in _buttons(calls[-1]) if k["text"] == "Wrong answer?"]
    assert len(wrong) == 1
    before = len(api.sent(chat))
    api.push_callback_query(user, _message(calls[-1]), wrong[0]["callback_data"])
    prompt = (await api.wait_for("sendMessage", where=to(chat), count=before + 1))[-1]
    assert "admins" in prompt.plain
    thanks = await _reply(api, chat, user, _message(prompt), "the Newsweek figure is for October")
    assert "note" in thanks.plain
    admin_chat = api.private_chat(admin)
    listed = await ask_and_wait(api, admin_chat, admin, "/feedback")
    text = "\n".join(c.plain for c in listed)
    assert "losses in November 2024" in text
    assert "the Newsweek figure is for October" in text
    if "fresh" in bot.bot_data:  # the fresh-data side's state database keeps it too
        stored = bot.bot_data["fresh"].state.wrong_answer_reports(5)
        assert stored[0]["question"] == "losses in November 2024"
        assert stored[0]["note"] == "the Newsweek figure is for October"
    refused = await ask_and_wait(api, chat, user, "/feedback")
    assert "only for the bot's admins" in refused[0].plain


async def test_wrong_answer_in_a_group_takes_only_the_reporters_note(
    api: BotAPIServer, bot: Application, admin: dict[str, Any]
) -> None:
    group = api.group()
    alice, bob = api.user("Alice", "alice"), api.user("Bob", "bob")
    me = "@" + api.bot["username"]
    calls = await ask_and_wait(api, group, alice, f"{me} tanks in December 2024")
    wrong = [k for k in _buttons(calls[-1]) if k["text"] == "Wrong answer?"]
    before = len(api.sent(group))
    api.push_callback_query(alice, _message(calls[-1]), wrong[0]["callback_data"])
    prompt = (await api.wait_for("sendMessage", where=to(group), count=before + 1))[-1]
    assert prompt.plain.startswith("Alice")
    assert prompt.json("reply_markup")["selective"] is True
    bobs = await _reply(api, group, bob, _message(prompt), "and artillery?")
    assert "note is added" not in bobs.plain  # Bob's reply is his own question
    alices = await _reply(api, group, alice, _message(prompt), "December had 205 by report date")
    assert "note is added" in alices.plain
    listed = await ask_and_wait(api, api.private_chat(admin), admin, "/feedback")
    text = "\n".join(c.plain for c in listed)
    assert "December had 205 by report date" in text
    assert "and artillery?" not in text


async def _reply(
    api: BotAPIServer,
    chat: dict[str, Any],
    sender: dict[str, Any],
    to_msg: dict[str, Any],
    text: str,
) -> Call:
    before = len(api.sent(chat))
    api.push_message(chat, sender, text, reply_to=to_msg)
    return (await api.wait_for("sendMessage", where=to(chat), count=before + 1))[-1]


async def test_about_gives_the_full_caveat(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    calls = await ask_and_wait(api, api.private_chat(user), user, "/about")
    assert "independently verified" in calls[0].plain


async def test_a_follow_up_and_a_button_survive_a_restart(
    api: BotAPIServer, series_kb: tuple[Path, Path], admin: dict[str, Any], user: dict[str, Any]
) -> None:
    settings = make_settings(api, series_kb, {admin["id"]})
    chat = api.private_chat(user)
    first = await start_bot(settings)
    try:
        calls = await ask_and_wait(api, chat, user, "losses in November 2024")
        assert "45,720" in calls[-1].plain
        refused = await ask_and_wait(api, chat, user, "How many tanks did Russia lose in 2019?")
        suggestions = [k for k in _buttons(refused[-1]) if k["text"] != "Wrong answer?"]
        await ask_and_wait(api, chat, user, "losses in November 2024")
    finally:
        await stop_bot(first)
    second = await start_bot(settings)  # a new Application: nothing kept in memory
    try:
        follow = await ask_and_wait(api, chat, user, "and tanks?")
        assert _first_line(follow[0]) == "Tanks, November 2024:", follow[0].plain
        assert "307" in follow[-1].plain
        assert suggestions, refused[-1].plain
        before = len(api.sent(chat))
        tap = api.push_callback_query(user, _message(refused[-1]), suggestions[0]["callback_data"])
        answered = await api.wait_for("sendMessage", where=to(chat), count=before + 1)
        assert api.callback_answered(tap)
        assert "expired" not in answered[before].plain.lower(), answered[before].plain
        await ask_and_wait(api, chat, user, "/new")
    finally:
        await stop_bot(second)
    third = await start_bot(settings)
    try:
        alone = await ask_and_wait(api, chat, user, "and tanks?")  # /new was kept too
        assert not _first_line(alone[0]).startswith("Tanks, November 2024"), alone[0].plain
    finally:
        await stop_bot(third)
