"""Load test: the real bot against the Bot API stand-in, many users, reloads running meanwhile.

    .venv/bin/python scripts/loadtest.py [--questions 5000] [--users 200] [--rate 50]
                                         [--reload-every 5] [--deadline 170]

Everything runs in this process on 127.0.0.1: `tests.support.botapi.BotAPIServer` plays Telegram and
`bot.telegram.app.build_application` is the bot, long polling it, on a knowledge base built from
`seeds/` (articles and the daily series) in a temporary folder. Simulated users (most in
private chats, some asking with /ask in groups) send `--questions` questions at `--rate` per
second while an admin sends /reload every `--reload-every` seconds.

Limits switched off for the run, because they are not what is measured: the flood gate
(USER/CHAT_QUESTIONS_PER_MINUTE = 0) and the AIORateLimiter's Telegram quotas (30 messages a
second, 20 a minute per group), which in production cap replies at Telegram's own rate.

It measures crashes (errors logged, apologies sent), lost and duplicated replies (every question
must get exactly one reply in its chat), well-formed replies (accepted by the stand-in's strict
HTML parser, non-empty, with the caveat or a polite no-figure), throughput, p50/p99 latency
(question queued at the stand-in → reply received by it) and resident memory. The exit status
is 0 only when nothing was lost, duplicated, malformed or crashed.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bot.telegram.app as bot_telegram  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.telegram.app import ALLOWED_UPDATES, build_application  # noqa: E402
from bot.telegram.delivery import RetryingRateLimiter  # noqa: E402
from bot.telegram.render import APOLOGY  # noqa: E402
from knowledge import ClaimStore, rebuild  # noqa: E402
from tests.support.botapi import BotAPIServer, Call, parse_html  # noqa: E402

CAVEAT = "⚠️"
QUESTIONS = (
    "How many tanks did Russia lose in 3 days?",
    "How many Russian soldiers were lost on December 3, 2024?",
    "Russian personnel losses in November 2024",
    "How many tanks has Russia lost in total?",
    "drones lost last week",
    "What does the Kremlin say about its losses?",
    "How many artillery systems did Russia lose in 2023?",
    "armoured vehicles destroyed in February 2024 according to Ukraine",
    "How many helicopters did Russia lose on 5 May 2023?",
    "tanks in 2024 by month",
    "record day for personnel losses",
    "hello",
    "what can you do?",
    "How many <b>tanks</b> & <script>x</script>?",
    "'; DROP TABLE claims;--",
    "{0} %s %(x)s {__class__}",
    "сколько танков потеряла Россия",
    "tanks on 31 February 2024",
    "🚀🔥💥",
    "tanks " * 120,
)
# Replies without the caveat must be one of these polite kinds (first words of the reply).
POLITE = (
    "❓",  # no figure: the question echoed, then why and what exists
    "I have no figure",
    "Sorry, I can only answer",
    "Sorry, I cannot answer that",  # an impossible date, named
    "Sorry, I only understand",  # a question in another language
    "Hello",
    "Hi",
    "I answer questions",
    "Ask me like this",
    "(Your question was cut",
)
# The line naming words of the question that were not used (issue 12) may come first.
UNREAD_LEAD = "I could not use "


class ErrorCounter(logging.Handler):
    """Counts ERROR and CRITICAL records (handler crashes, PTB failures)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def rss_mb() -> float:
    """Resident memory of this process (bot and stand-in together), in MB."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def well_formed(call: Call) -> str | None:
    """Why a delivered reply is not well formed, or None."""
    try:
        plain, _ = parse_html(call.text)
    except Exception as exc:  # the stand-in accepted it, so this should never happen
        return f"bad HTML: {exc}"
    if not plain.strip():
        return "empty"
    if APOLOGY in plain:
        return "apology"
    if CAVEAT in plain:
        return None
    lines = [line for line in plain.strip().splitlines() if line.strip()]
    while lines and lines[0].startswith(UNREAD_LEAD):
        lines.pop(0)
    if lines and lines[0].lstrip().startswith(POLITE):
        return None
    return "neither a caveat nor a polite no-figure: " + plain[:80].replace("\n", " ")


class Tally:
    """Replies collected as they arrive; the stand-in's record of them is then dropped, so
    its memory does not hide the bot's in the RSS figures."""

    def __init__(self, admin_id: int) -> None:
        self.admin_id = admin_id
        self.replies: list[Call] = []
        self.admin: list[str] = []
        self.failed: list[Call] = []
        self.problems: Counter[str] = Counter()  # malformed replies, by what is wrong

    def take(self, api: BotAPIServer) -> None:
        kept = []
        for call in api.calls:
            if call.ok is None:
                kept.append(call)  # still in progress (a long poll)
                continue
            if call.ok is False:
                self.failed.append(call)
            elif call.method == "sendMessage":
                if int(call.params["chat_id"]) == self.admin_id:
                    self.admin.append(call.plain)
                else:
                    problem = well_formed(call)
                    if problem:
                        self.problems[problem] += 1
                    call.params = {k: call.params[k] for k in ("chat_id", "reply_parameters")
                                   if k in call.params}  # fmt: skip
                    call.result = None
                    self.replies.append(call)
        api.calls[:] = kept
        api.messages.clear()  # only needed to quote; replies may go without (allowed)


async def run(args: argparse.Namespace) -> int:
    errors = ErrorCounter()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger().addHandler(errors)
    random.seed(6)

    work = Path(tempfile.mkdtemp(prefix="loadtest-"))
    sources, db = work / "sources", work / "data" / "knowledge.db"
    shutil.copytree(ROOT / "seeds", sources)
    report = rebuild(sources, db, wait=True)
    print(f"knowledge base: {report.sources} sources, {report.claims} article claims, "
          f"{report.series_claims} series figures ({report.seconds:.2f} s to build)")  # fmt: skip

    api = await BotAPIServer().start()
    admin = api.user("Admin")
    settings = Settings(
        _env_file=None,
        telegram_bot_token=api.token,
        telegram_api_base_url=api.base_url,
        admin_user_ids=frozenset({admin["id"]}),
        sources_dir=sources,
        knowledge_db=db,
        state_db=db.with_name("loadtest-state.db"),
        user_questions_per_minute=0,
        chat_questions_per_minute=0,
        user_commands_per_minute=0,
        member_questions_per_minute=0,
    )
    # Telegram's quotas off (0 disables each of AIORateLimiter's limiters): see the docstring.
    bot_telegram.rate_limiter = lambda settings: RetryingRateLimiter(
        overall_max_rate=0, group_max_rate=0, max_retries=3
    )
    app = build_application(settings, ClaimStore(db))
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES)
    await app.start()

    groups = [api.group(f"Desk {n}") for n in range(4)]
    users = [api.user(f"User {n}") for n in range(args.users)]
    in_group = {u["id"]: groups[n % len(groups)] for n, u in enumerate(users[: args.users // 10])}
    admin_chat = api.private_chat(admin)

    sent_at: dict[tuple[int, int], float] = {}  # (chat id, message id) → when queued
    asked: Counter[int] = Counter()  # questions per chat
    tally = Tally(admin["id"])
    rss = {"start": rss_mb()}
    started = time.monotonic()
    interval = 1 / args.rate
    next_reload = started + args.reload_every
    reloads = 0
    for n in range(args.questions):
        now = time.monotonic()
        if now >= next_reload:
            api.push_message(admin_chat, admin, "/reload")
            reloads += 1
            next_reload += args.reload_every
        sender = random.choice(users)
        question = random.choice(QUESTIONS)
        group = in_group.get(sender["id"])
        if group is not None:
            msg = api.push_message(group, sender, "/ask " + question)
        else:
            msg = api.push_message(api.private_chat(sender), sender, question)
        sent_at[(msg["chat"]["id"], msg["message_id"])] = time.monotonic()
        asked[msg["chat"]["id"]] += 1
        if n % 200 == 0:
            tally.take(api)  # also keeps the stand-in's record of calls small
        if n == args.questions // 2:
            rss["middle"] = rss_mb()
        delay = started + (n + 1) * interval - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        elif n % 50 == 0:
            await asyncio.sleep(0)  # let the bot and the stand-in run
    pushed = time.monotonic()

    # Wait (with a deadline) until every question has a reply.
    deadline = started + args.deadline
    while len(tally.replies) < args.questions and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
        tally.take(api)
    finished = time.monotonic()
    await asyncio.sleep(0.5)  # anything still in flight (a duplicate) lands now
    tally.take(api)
    rss["end"] = rss_mb()
    admin_replies = tally.admin
    state = app.bot_data["state"]
    flood_tracked = state.flood.tracked
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)
    await api.stop()

    # -- tally -------------------------------------------------------------------------------
    got: Counter[int] = Counter()
    latencies = []
    malformed = tally.problems
    for call in tally.replies:
        chat_id = int(call.params["chat_id"])
        got[chat_id] += 1
        if chat_id < 0:  # groups: the reply quotes the question
            key = (chat_id, int(call.json("reply_parameters")["message_id"]))
            latencies.append(call.at - sent_at[key])
    # Private chats are answered in order, one reply per question: pair them up.
    by_chat: dict[int, list[float]] = {}
    for (chat_id, _), at in sorted(sent_at.items(), key=lambda kv: kv[1]):
        if chat_id > 0:
            by_chat.setdefault(chat_id, []).append(at)
    for call in tally.replies:
        chat_id = int(call.params["chat_id"])
        if chat_id > 0 and by_chat.get(chat_id):
            latencies.append(call.at - by_chat[chat_id].pop(0))
    lost = sum(max(0, asked[c] - got[c]) for c in asked)
    duplicated = sum(max(0, got[c] - asked[c]) for c in got)
    failed_calls = tally.failed
    crashes = len(errors.records)
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000

    elapsed = finished - started
    print(f"questions sent:      {args.questions:,} from {args.users} users ({len(in_group)} "
          f"of them in {len(groups)} groups), {args.rate:g}/s offered")  # fmt: skip
    print(f"reloads:             {reloads} sent, {sum('Reloaded' in r for r in admin_replies)} "
          f"done, {sum('already running' in r for r in admin_replies)} refused as already "
          f"running, {sum('failed' in r for r in admin_replies)} failed")  # fmt: skip
    print(f"replies:             {sum(got.values()):,} in {elapsed:.1f} s "
          f"(sending took {pushed - started:.1f} s)")  # fmt: skip
    print(f"throughput:          {sum(got.values()) / elapsed:,.0f} replies/s")
    if latencies:
        print(f"latency:             p50 {pct(0.50):.1f} ms, p99 {pct(0.99):.1f} ms, "
              f"max {latencies[-1] * 1000:.1f} ms")  # fmt: skip
    print(f"lost replies:        {lost}")
    print(f"duplicated replies:  {duplicated}")
    print(f"malformed replies:   {sum(malformed.values())} {dict(malformed) or ''}")
    print(f"refused by stand-in: {len(failed_calls)}")
    print(f"crashes:             {crashes} errors logged "
          f"{[r.getMessage()[:80] for r in errors.records[:3]] or ''}")  # fmt: skip
    print(f"memory (RSS):        start {rss['start']:.0f} MB, middle {rss.get('middle', 0):.0f} "
          f"MB, end {rss['end']:.0f} MB (bot and stand-in together)")  # fmt: skip
    print(f"flood gate entries:  {flood_tracked} (limits off; idle ones are swept)")
    shutil.rmtree(work, ignore_errors=True)
    ok = not (lost or duplicated or malformed or crashes or failed_calls)
    print("RESULT:", "ok" if ok else "FAILED")
    return 0 if ok else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--questions", type=int, default=5000)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--rate", type=float, default=50.0, help="questions per second offered")
    parser.add_argument("--reload-every", type=float, default=5.0, help="seconds between reloads")
    parser.add_argument("--deadline", type=float, default=170.0, help="seconds, in all")
    return asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
