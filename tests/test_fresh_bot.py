"""Fresh data through the real PTB Application against the Bot API stand-in: /update, /add
with its Add/Discard buttons, documents, forwards, /subscribe and the digest (across a
restart and a failed update), feeds; every page and file served on 127.0.0.1."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from telegram.ext import Application
from werkzeug import Response

from bot.fresh.articles import claims_from_json
from bot.fresh.feeds import poll_feed
from bot.fresh.series_update import update_series
from bot.settings import Settings
from bot.state import StateDB
from bot.telegram import fresh as handlers
from bot.telegram.digest import digest_day
from bot.telegram.fresh import send_digests
from knowledge import rebuild
from tests.fresh_botapi import FreshBotAPI
from tests.fresh_support import Upstream, series_files, write_series
from tests.harness import ask_and_wait, make_settings, start_bot, stop_bot, to
from tests.test_wording_tables import english_words

ROOT = Path(__file__).resolve().parent.parent
DAYS = 10  # the series in the sources folder ends on 8 August 2026

ARTICLE = """<!DOCTYPE html><html><head><title>Russian losses rise near Pokrovsk, Kyiv says</title>
<meta property="og:site_name" content="Example Wire"><meta name="date" content="2026-08-10">
</head><body><article><h1>Russian losses rise near Pokrovsk, Kyiv says</h1>
<p>KYIV, 10 August 2026 - Ukraine's General Staff said on Monday that Russian forces had lost
1,140 soldiers killed and wounded over the past day, bringing the total it claims since
February 2022 to about 1,458,900.</p>
<p>The General Staff also said 9 Russian tanks and 31 artillery systems were destroyed in the
same period. The figures could not be independently verified.</p></article></body></html>"""

NO_FIGURES = """<!DOCTYPE html><html><head><title>Talks resume in Istanbul</title></head><body>
<article><h1>Talks resume in Istanbul</h1><p>Delegations met again on Tuesday to discuss a
prisoner exchange and humanitarian corridors; no date for the next round was set.</p>
</article></body></html>"""


UNDATED = """<!DOCTYPE html><html><head><title>Kyiv reports heavy Russian losses</title></head>
<body><article><h1>Kyiv reports heavy Russian losses</h1><p>Ukraine's General Staff said Russian
forces lost 1,050 soldiers killed and wounded over the past day, and 7 tanks.</p><p>The figures
could not be independently verified by reporters on the ground.</p></article></body></html>"""


def rss(items: list[tuple[str, str | None]], date: str | None = None) -> str:
    when = f"<pubDate>{date}</pubDate>" if date else ""
    entries = "".join(
        f"<item><title>{title}</title>{when}" + (f"<link>{link}</link>" if link else "") + "</item>"
        for title, link in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>http://127.0.0.1/</link><description>news</description>{entries}</channel></rss>"
    )


@pytest.fixture(scope="module")
def web_server() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def web(web_server: HTTPServer) -> Iterator[HTTPServer]:
    """Articles, a feed and the series upstream, on 127.0.0.1."""
    web_server.clear()
    html = "text/html; charset=utf-8"
    web_server.expect_request("/article/1").respond_with_data(ARTICLE, content_type=html)
    web_server.expect_request("/article/1-copy").respond_with_data(ARTICLE, content_type=html)
    web_server.expect_request("/article/undated").respond_with_data(UNDATED, content_type=html)
    web_server.expect_request("/article/talks").respond_with_data(NO_FIGURES, content_type=html)
    web_server.expect_request("/gone").respond_with_data("no", status=404, content_type=html)
    web_server.expect_request("/flaky").respond_with_data("busy", status=503, content_type=html)
    web_server.expect_request("/moved").respond_with_response(
        Response("", status=302, headers={"Location": "http://10.0.0.1/article"})
    )
    yield web_server
    web_server.clear()


@pytest.fixture
def upstream(web: HTTPServer) -> Upstream:
    up = Upstream(web)
    up.files = series_files(DAYS + 1)
    return up


@pytest.fixture
async def api() -> AsyncIterator[FreshBotAPI]:
    server = FreshBotAPI()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def settings(
    api: FreshBotAPI, kb: tuple[Path, Path], admin: dict[str, Any], upstream: Upstream
) -> Settings:
    write_series(kb[0], DAYS)
    rebuild(kb[0], kb[1], wait=True)
    return make_settings(api, kb, {admin["id"]}).model_copy(
        update={
            "series_url": upstream.url,
            "fetch_allowed_networks": ("127.0.0.1/32",),
            "fetch_read_timeout": 2.0,
            "digest_hour": 0,
        }
    )


@pytest.fixture
async def bot(settings: Settings) -> AsyncIterator[Application]:
    app = await start_bot(settings)
    yield app
    await stop_bot(app)


async def say(api: FreshBotAPI, chat: dict[str, Any], sender: dict[str, Any], text: str) -> str:
    calls = await ask_and_wait(api, chat, sender, text)
    return calls[-1].plain


# -- /update ------------------------------------------------------------------------------------


async def test_update_then_a_failed_update_and_what_help_and_stats_say(
    bot: Application, api: FreshBotAPI, admin: dict[str, Any], user: dict[str, Any],
    upstream: Upstream,
) -> None:  # fmt: skip
    chat = api.private_chat(admin)
    help_text = await say(api, api.private_chat(user), user, "/help")
    assert "The daily figures end with the report of 8 Aug 2026; last update: none yet" in help_text
    calls = await ask_and_wait(api, chat, admin, "/update", count=2)
    assert calls[-1].plain == "✅ updated: 1 new day, the daily figures now end on 2026-08-09"
    assert "12,220" in await say(api, chat, admin, "How many tanks has Russia lost in total?")

    upstream.status["russia_losses_equipment.json"] = 500
    calls = await ask_and_wait(api, chat, admin, "/update", count=2)
    failed = calls[-1].plain
    assert failed == (
        "❌ update failed: russia_losses_equipment.json: the server answered 500 Internal Server "
        "Error; kept the current copy (ends 2026-08-09)"
    )
    assert "12,220" in await say(api, chat, admin, "How many tanks has Russia lost in total?")
    stats = await say(api, chat, admin, "/stats")
    assert "The daily figures end with the report of 9 Aug 2026; last update: " in stats
    assert "(/update by @ada_admin), failed: update failed: russia_losses_equipment.json" in stats
    help_text = await say(api, api.private_chat(user), user, "/help")
    assert "end with the report of 9 Aug 2026; last update: " in help_text
    assert help_text.split("last update: ")[1].split("\n")[0].endswith(", failed.")


async def test_the_daily_job_tells_the_admins_why_it_failed(
    bot: Application, api: FreshBotAPI, admin: dict[str, Any], upstream: Upstream
) -> None:
    upstream.content_type = "text/html; charset=utf-8"  # a login page instead of the data
    assert bot.job_queue is not None
    bot.job_queue.run_once(handlers.update_job, 0)
    note = (await api.wait_for("sendMessage", where=to(api.private_chat(admin))))[-1].plain
    assert note == (
        "❌ update failed: russia_losses_personnel.json: expected JSON, got text/html; "
        "kept the current copy (ends 2026-08-08)"
    )


async def test_unanswered_questions_are_kept_across_restarts(
    api: FreshBotAPI, user: dict[str, Any], admin: dict[str, Any], settings: Settings
) -> None:
    question = "How many submarines did Ukraine lose in March 2023?"
    app = await start_bot(settings)
    try:
        await say(api, api.private_chat(user), user, question)
    finally:
        await stop_bot(app)
    questions = [q for _, q in StateDB(settings.state_db).unanswered()]
    assert questions == [question]
    # After a restart /unanswered still lists it: it reads the state database, not memory.
    app = await start_bot(settings)
    try:
        listed = await say(api, api.private_chat(admin), admin, "/unanswered")
        assert question in listed and "since the bot started" not in listed
    finally:
        await stop_bot(app)


async def test_the_menus_offer_the_new_commands(
    bot: Application, api: FreshBotAPI, admin: dict[str, Any]
) -> None:
    public = [c["command"] for c in api.commands[("default", "")]]
    assert public[-3:] == ["subscribe", "unsubscribe", "wrong"] and "ask" in public
    admin_menu = {c["command"] for c in api.commands[(f"chat:{admin['id']}", "")]}
    assert {"reload", "update", "add", "queue", "subscribe", "reports"} <= admin_menu


async def test_a_wrong_answer_is_reported_to_the_admins(
    bot: Application, api: FreshBotAPI, admin: dict[str, Any], user: dict[str, Any]
) -> None:
    group = api.group()
    [answer] = await ask_and_wait(api, group, user, "/ask How many tanks has Russia lost in total?")
    assert "/wrong" in await say(api, group, user, "/wrong")  # no reply, no note: how to use it
    api.push_message(group, user, "/wrong that total is a day old", reply_to=answer.result)
    thanks = (await api.wait_for("sendMessage", where=to(group), count=3))[-1].plain
    assert thanks == "Thank you: report #1 is with the admins."
    reports = await say(api, api.private_chat(admin), admin, "/reports")
    assert "#1" in reports and "Note: that total is a day old" in reports
    assert "Russian tank losses" in reports  # the answer it is about
    # One list of reports: /feedback (the button's) and /reports (/wrong's) are the same.
    assert await say(api, api.private_chat(admin), admin, "/feedback") == reports
    assert await say(api, api.private_chat(user), user, "/reports") == handlers.ADMIN_ONLY


async def test_an_update_from_the_command_line_reaches_the_running_bot(
    bot: Application, api: FreshBotAPI, user: dict[str, Any], settings: Settings
) -> None:
    chat = api.private_chat(user)
    assert "12,218" in await say(api, chat, user, "How many tanks has Russia lost in total?")
    result = await update_series(settings, None, "command line")  # as another process would
    assert result.changed
    # The next question notices the new file (bot.telegram.handlers.current_store).
    assert "12,220" in await say(api, chat, user, "How many tanks has Russia lost in total?")


async def test_update_is_for_admins(
    bot: Application, api: FreshBotAPI, user: dict[str, Any]
) -> None:
    reply = await say(api, api.private_chat(user), user, "/update")
    assert reply == handlers.ADMIN_ONLY


# -- /add -----------------------------------------------------------------------------------------


async def _offer(api: FreshBotAPI, chat: dict[str, Any], admin: dict[str, Any], text: str) -> Any:
    calls = await ask_and_wait(api, chat, admin, text)
    return calls[-1]


async def test_add_a_link_then_press_add(
    bot: Application, api: FreshBotAPI, admin: dict[str, Any], web: HTTPServer,
    settings: Settings,
) -> None:  # fmt: skip
    chat = api.private_chat(admin)
    offer = await _offer(api, chat, admin, f"/add {web.url_for('/article/1')}")
    assert "Russian losses rise near Pokrovsk, Kyiv says" in offer.plain
    assert "1,140 personnel" in offer.plain and "9 tanks" in offer.plain
    assert "none has been independently verified" in offer.plain
    buttons = api.buttons(offer.result)
    assert buttons == ["fresh:add:1", "fresh:discard:1"]

    before = len(api.sent(chat))
    api.push_callback(admin, offer.result, buttons[0])
    done = (await api.wait_for("sendMessage", where=to(chat), count=before + 1))[-1].plain
    assert done.startswith("✅ Added by @ada_admin as added_2026-08-10_russian-losses-rise-near")
    assert await api.wait_for("answerCallbackQuery")
    assert "reply_markup" not in api.messages[(chat["id"], offer.result["message_id"])]
    saved = next(settings.sources_dir.glob("added_*.md")).read_text()
    for field in ("title:", "publisher: Example Wire", "url: http://127.0.0.1:", "published:",
                  "added_by: '@ada_admin'", "added_at:"):  # fmt: skip
        assert field in saved
    answer_text = await say(
        api, chat, admin, "Russian tanks lost on 10 August 2026 per Example Wire"
    )
    assert "9" in answer_text

    again = await _offer(api, chat, admin, f"/add {web.url_for('/article/1')}")
    assert again.plain.startswith("This article is already there: added ")
    copy = await _offer(api, chat, admin, f"/add {web.url_for('/article/1-copy')}")
    assert copy.plain.startswith("This article is already there")  # same text, other URL
    before = len(api.sent(chat))
    api.push_document(chat, admin, "same.html", ARTICLE.encode())
    doc = (await api.wait_for("sendMessage", where=to(chat), count=before + 1))[-1]
    assert doc.plain.startswith("This article is already there")
    state = StateDB(settings.state_db)
    assert len(state.added_since(None)) == 1
    api.push_callback(admin, offer.result, buttons[0])  # a second press of an old button
    await api.wait_for("answerCallbackQuery", count=2)
    assert len(list(settings.sources_dir.glob("added_*.md"))) == 1


async def test_discard_and_buttons_for_admins_only(
    bot: Application, api: FreshBotAPI, admin: dict[str, Any], user: dict[str, Any],
    web: HTTPServer, settings: Settings,
) -> None:  # fmt: skip
    chat = api.private_chat(admin)
    offer = await _offer(api, chat, admin, f"/add {web.url_for('/article/1')}")
    add, discard = api.buttons(offer.result)
    api.push_callback(user, offer.result, add)
    refused = await api.wait_for("answerCallbackQuery")
    assert refused[-1].params.get("show_alert") in (True, "true", "True")
    before = len(api.sent(chat))
    api.push_callback(admin, offer.result, discard)
    note = (await api.wait_for("sendMessage", where=to(chat), count=before + 1))[-1].plain
    assert note == "🗑 Discarded by @ada_admin."
    assert not list(settings.sources_dir.glob("added_*.md"))


async def test_a_press_answered_too_late_still_adds(
    bot: Application, api: FreshBotAPI, admin: dict[str, Any], web: HTTPServer,
    settings: Settings,
) -> None:  # fmt: skip
    chat = api.private_chat(admin)
    offer = await _offer(api, chat, admin, f"/add {web.url_for('/article/1')}")
    api.fail_next("answerCallbackQuery", 400, description="Bad Request: query is too old")
    before = len(api.sent(chat))
    api.push_callback(admin, offer.result, api.buttons(offer.result)[0])
    done = (await api.wait_for("sendMessage", where=to(chat), count=before + 1))[-1].plain
    assert done.startswith("✅ Added by @ada_admin")
    assert len(list(settings.sources_dir.glob("added_*.md"))) == 1


@pytest.mark.parametrize(
    ("path", "reply"),
    [
        ("/gone", "❌ could not fetch the page: the server answered 404 Not Found."),
        ("/moved", "❌ could not fetch the page: refused: private address 10.0.0.1 is not public"),
        ("/article/talks", "I found no loss figures in it, so there is nothing to add."),
    ],
)
async def test_add_links_that_give_nothing(
    bot: Application, api: FreshBotAPI, admin: dict[str, Any], web: HTTPServer,
    path: str, reply: str,
) -> None:  # fmt: skip
    text = await say(api, api.private_chat(admin), admin, f"/add {web.url_for(path)}")
    assert text.startswith(reply)


async def test_add_without_a_link_and_by_a_user(
    bot: Application, api: FreshBotAPI, admin: dict[str, Any], user: dict[str, Any]
) -> None:
    assert "/add https://" in await say(api, api.private_chat(admin), admin, "/add")
    assert await say(api, api.private_chat(user), user, "/add https://example.org/") == (
        handlers.ADMIN_ONLY
    )


async def test_a_document_and_a_forwarded_link(
    bot: Application, api: FreshBotAPI, admin: dict[str, Any], user: dict[str, Any],
    web: HTTPServer,
) -> None:  # fmt: skip
    chat = api.private_chat(admin)
    before = len(api.sent(chat))
    api.push_document(chat, admin, "report.pdf", b"%PDF-1.4")
    reply = (await api.wait_for("sendMessage", where=to(chat), count=before + 1))[-1].plain
    assert reply == "❌ send a .txt, .md or .html file, not .pdf."
    api.push_document(chat, admin, "wire.html", ARTICLE.encode())
    offer = (await api.wait_for("sendMessage", where=to(chat), count=before + 2))[-1]
    assert "1,140 personnel" in offer.plain and api.buttons(offer.result)

    before = len(api.sent(chat))
    api.push_forward(chat, admin, "Read this", user, link=web.url_for("/article/1"))
    offer = (await api.wait_for("sendMessage", where=to(chat), count=before + 1))[-1]
    assert "9 tanks" in offer.plain and len(api.buttons(offer.result)) == 2
    # Anyone else's forward is a question, as before.
    other = api.private_chat(user)
    before = len(api.sent(other))
    api.push_forward(other, user, f"Tanks? {web.url_for('/article/1')}", admin)
    answered = (await api.wait_for("sendMessage", where=to(other), count=before + 1))[-1]
    # No offer to add the source: its buttons are fresh's Add / Discard ("fresh:..."); an
    # answer's own buttons ("Wrong answer?", suggestions to tap) may be there.
    assert api.buttons(answered.result)
    assert [b for b in api.buttons(answered.result) if b.startswith("fresh:")] == []


# -- the digest ---------------------------------------------------------------------------------


async def test_subscribe_in_a_group_needs_its_admin(
    bot: Application, api: FreshBotAPI, user: dict[str, Any]
) -> None:
    group = api.group()
    assert "Only this group's admins" in await say(api, group, user, "/subscribe")
    api.owners.add((group["id"], user["id"]))
    assert (await say(api, group, user, "/subscribe")).startswith("Subscribed.")
    assert "already subscribed" in await say(api, group, user, "/subscribe")
    assert (await say(api, group, user, "/unsubscribe")).startswith("Unsubscribed")


def _after_todays_digest(settings: Settings) -> dt.date:
    """The day after today's digest day in the digest's time zone (Kyiv's date is already the
    next UTC day from 22:00 UTC; the missed-digest job at start sends today's)."""
    return digest_day(settings.digest_tz) + dt.timedelta(days=1)


async def test_the_digest_in_the_chats_language(
    bot: Application, api: FreshBotAPI, user: dict[str, Any], settings: Settings
) -> None:
    chat = api.private_chat(user)
    await say(api, chat, user, "/lang uk")
    await say(api, chat, user, "/subscribe")
    tomorrow = _after_todays_digest(settings)
    before = len(api.sent(chat))
    assert await send_digests(bot, tomorrow) == 1
    digest = "\n".join(c.plain for c in api.sent(chat)[before:])
    assert digest.startswith("Щоденна добірка, "), digest
    assert "12\xa0218 у зведенні за 8 серпня 2026" in digest
    assert "Від попередньої добірки нових статей не додано." in digest
    assert not english_words(digest, {"PetroIvaniuk/2022-Ukraine-Russia-War-Dataset"}), digest


async def test_the_digest_across_a_restart_and_a_failed_update(
    settings: Settings, api: FreshBotAPI, admin: dict[str, Any], user: dict[str, Any],
    upstream: Upstream, web: HTTPServer, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr(handlers, "MISSED_DIGEST_DELAY", 0.05)
    chat = api.private_chat(user)
    app = await start_bot(settings)
    try:
        reply = await say(api, chat, user, "/subscribe")
        assert "every morning at 00:00 (Europe/Kyiv time)" in reply
        offer = await _offer(
            api, api.private_chat(admin), admin, f"/add {web.url_for('/article/1')}"
        )
        api.push_callback(admin, offer.result, api.buttons(offer.result)[0])
        await api.wait_for("answerCallbackQuery")
        await api.wait_for("sendMessage", where=lambda c: "✅ Added" in c.plain)
        tomorrow = _after_todays_digest(settings)
        before = len(api.sent(chat))
        assert await send_digests(app, tomorrow) == 1
        digest = "\n".join(c.plain for c in api.sent(chat)[before:])
        assert digest.startswith(f"Daily digest, {tomorrow.day} {tomorrow:%b %Y}")
        assert "Russian tank losses on 7 August 2026" in digest  # the tally's latest day
        assert "12,218 reported on 8 August 2026 minus 12,216" in digest
        assert "Articles added since the last digest: 1" in digest
        assert "1,140 personnel" in digest and "Example Wire" in digest
        assert digest.count("independently verified") >= 2  # the tally's and the articles'
        assert await send_digests(app, tomorrow) == 0  # never twice for a day
    finally:
        await stop_bot(app)

    # A restart: the subscription is still there, and the digest is not sent again.
    app = await start_bot(settings)
    try:
        assert app.job_queue is not None
        names = sorted(job.name or "" for job in app.job_queue.jobs())
        assert names == ["digest", "missed digest", "series update"]
        sent = len(api.sent(chat))
        assert await send_digests(app, tomorrow) == 0
        upstream.status["russia_losses_personnel.json"] = 503
        calls = await ask_and_wait(api, api.private_chat(admin), admin, "/update", count=2)
        assert calls[-1].plain.startswith("❌ update failed: russia_losses_personnel.json")
        later = tomorrow + dt.timedelta(days=1)
        assert await send_digests(app, later) == 1
        digest = "\n".join(c.plain for c in api.sent(chat)[sent:])
        assert "12,218 reported on 8 August 2026" in digest  # the old figures, kept
        assert "last update: " in digest and ", failed. The previous figures are kept." in digest
        assert "No articles were added since the last digest." in digest
    finally:
        await stop_bot(app)


async def test_a_digest_missed_while_down_goes_out_at_start_once(
    settings: Settings, api: FreshBotAPI, user: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handlers, "MISSED_DIGEST_DELAY", 0.05)
    chat = api.private_chat(user)
    state = StateDB(settings.state_db)
    state.subscribe(chat["id"], "private", None, user["id"])  # before today's digest hour
    state.close()
    for restart in range(2):
        app = await start_bot(settings)
        try:
            if restart == 0:
                await api.wait_for("sendMessage", where=to(chat))
            assert app.job_queue is not None
            for _tick in range(100):  # until the start-up job has run (at most 5 s)
                if not any(job.name == "missed digest" for job in app.job_queue.jobs()):
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.2)  # time for a second digest to show, if one were sent
        finally:
            await stop_bot(app)
    digests = [c for c in api.sent(chat) if c.plain.startswith("Daily digest, ")]
    assert len(digests) == 1  # the second start found it sent
    # The series ended before today, so the digest tried an update first and got 9 August.
    assert "12,220 reported on 9 August 2026 minus 12,218" in digests[0].plain


async def test_a_chat_that_blocked_the_bot_is_unsubscribed(
    bot: Application, api: FreshBotAPI, user: dict[str, Any], settings: Settings
) -> None:
    chat = api.private_chat(user)
    await say(api, chat, user, "/subscribe")
    api.fail_next("sendMessage", 403, description="Forbidden: bot was blocked by the user")
    assert await send_digests(bot, _after_todays_digest(settings)) == 0
    assert StateDB(settings.state_db).subscriptions() == []


# -- feeds ----------------------------------------------------------------------------------------


async def test_a_feed_with_duplicates_and_a_broken_item(
    settings: Settings, web: HTTPServer, tmp_path: Path
) -> None:
    items = [
        ("Losses", web.url_for("/article/1")),
        ("Losses again", web.url_for("/article/1")),  # the same link twice
        ("Losses, syndicated", web.url_for("/article/1-copy")),  # the same text elsewhere
        ("No link at all", None),
        ("Broken <b>markup & an unescaped ampersand", web.url_for("/article/talks")),
        ("Gone", web.url_for("/gone")),
        ("Talks", web.url_for("/article/talks")),
        ("Down for now", web.url_for("/flaky")),  # a 503: tried again next time
    ]
    web.expect_request("/feed.xml").respond_with_data(
        rss(items), content_type="application/rss+xml"
    )
    state = StateDB(settings.state_db)
    url = web.url_for("/feed.xml")
    report = await poll_feed(url, settings, state, set())
    assert report.error is None
    assert len(report.queued) == 1 and report.duplicates == 3 and report.without_figures == 1
    assert [line.split(":")[0] for line in report.broken] == [
        "an item without a link ('No link at all')",
        "http",
        "http",
    ]
    assert "404 Not Found" in report.broken[1] and "503 Service Unavailable" in report.broken[2]
    again = await poll_feed(url, settings, state, set())
    assert not again.queued and again.duplicates == 6
    assert len(again.broken) == 2 and "503" in again.broken[1]  # the 404 is not fetched again

    web.clear()  # the feed now fails: its position is kept
    web.expect_request("/feed.xml").respond_with_data("oops", status=500, content_type="text/html")
    failed = await poll_feed(url, settings, state, set())
    assert failed.error == "the server answered 500 Internal Server Error"
    status = state.feed_status(url)
    assert status is not None and status["failures"] == 1 and status["last_ok_at"]
    assert len(state.pending_items()) == 1


async def test_the_feed_job_offers_new_items_to_admins(
    settings: Settings, api: FreshBotAPI, admin: dict[str, Any], web: HTTPServer
) -> None:
    web.expect_request("/feed.xml").respond_with_data(
        rss([("Losses", web.url_for("/article/1"))]), content_type="application/rss+xml"
    )
    feed_settings = settings.model_copy(update={"feeds": (web.url_for("/feed.xml"),)})
    app = await start_bot(feed_settings)
    try:
        assert app.job_queue is not None
        app.job_queue.run_once(handlers.feeds_job, 0)
        offer = (await api.wait_for("sendMessage", where=to(api.private_chat(admin))))[-1]
        assert offer.plain.startswith("📰 New in http://127.0.0.1:")
        assert api.buttons(offer.result) == ["fresh:add:1", "fresh:discard:1"]
    finally:
        await stop_bot(app)


async def test_an_undated_page_takes_its_feed_items_date(
    settings: Settings, web: HTTPServer
) -> None:
    feed = rss([("Losses", web.url_for("/article/undated"))], date="Tue, 11 Aug 2026 07:30:00 GMT")
    web.expect_request("/feed.xml").respond_with_data(feed, content_type="application/rss+xml")
    state = StateDB(settings.state_db)
    report = await poll_feed(web.url_for("/feed.xml"), settings, state, set())
    [pending] = state.pending_items()
    assert report.queued == [pending.id]
    claims = claims_from_json(pending.claims_json)
    assert {(c.value, str(c.period_end), c.date_uncertain) for c in claims} == {
        (1050, "2026-08-11", False),
        (7, "2026-08-11", False),
    }


async def test_feeds_auto_add(settings: Settings, web: HTTPServer) -> None:
    web.expect_request("/feed.xml").respond_with_data(
        rss([("Losses", web.url_for("/article/1"))]), content_type="application/atom+xml"
    )
    auto = settings.model_copy(update={"feeds_auto_add": True})
    report = await poll_feed(web.url_for("/feed.xml"), auto, StateDB(auto.state_db), set())
    assert len(report.added) == 1 and not report.queued
    assert (auto.sources_dir / report.added[0]).read_text().count("added_by: feed") == 1


def test_seed_articles_are_untouched() -> None:
    # The tests above write only into temporary folders.
    assert not list((ROOT / "seeds").glob("added_*"))
