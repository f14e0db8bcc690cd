"""Bad questions: every nasty input gets a sensible reply or a polite "no figure", never an error.

The corpus is `tests/fixtures/nasty_questions.txt` (escapes explained at its top). Each line is
asked in-process (`answer()` returns a well-formed Answer whose figures all come from the
knowledge base) and end to end through the Bot API stand-in, whose strict HTML parser refuses
what Telegram would refuse; the hostile text must come back shown, never parsed. Hypothesis
then fuzzes `parse_question`, `answer` and the rendering with a bounded number of examples.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram.ext import Application

from bot.telegram import render
from bot.telegram.handlers import APOLOGY, _clip
from knowledge.answering.answer import answer, parse_question
from knowledge.ingest.build import rebuild
from knowledge.models import CORRECTION_NOTE, Answer, Query
from knowledge.store import ClaimStore
from tests.harness import make_settings, start_bot, stop_bot, to
from tests.support.botapi import MESSAGE_LIMIT, BotAPIServer, parse_html, utf16_len

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = Path(__file__).parent / "fixtures" / "nasty_questions.txt"
TODAY = dt.date(2025, 1, 15)
MAX_QUESTION_CHARS = 500  # the default of MAX_QUESTION_CHARS

_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[ntr0s\\])")
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "s": " ", "\\": "\\"}


def _unescape(line: str) -> str:
    def one(match: re.Match[str]) -> str:
        code = match.group(1)
        return _SIMPLE[code] if code in _SIMPLE else chr(int(code[1:], 16))

    return _ESCAPE.sub(one, line)


def load_corpus(path: Path = CORPUS) -> list[str]:
    """The questions of the corpus file, decoded."""
    questions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") or line == "#" or not line:
            continue
        if line == "<empty>":
            questions.append("")
            continue
        repeat = re.fullmatch(r"(.*) \*\* (\d+)", line)
        text, times = (repeat.group(1), int(repeat.group(2))) if repeat else (line, 1)
        questions.append(_unescape(text) * times)
    return questions


NASTY = load_corpus()


def _label(question: str) -> str:
    shown = question[:40].encode("unicode_escape").decode("ascii")
    return f"{shown}…[{len(question)}]" if len(question) > 40 else shown


# -- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The seed articles and the daily series, built once for the module."""
    base = tmp_path_factory.mktemp("bad-questions")
    sources = base / "sources"
    shutil.copytree(SEEDS, sources)
    db = base / "knowledge.db"
    rebuild(sources, db, wait=True)
    return sources, db


@pytest.fixture(scope="module")
def store(kb: tuple[Path, Path]) -> ClaimStore:
    return ClaimStore(kb[1])


@pytest.fixture(scope="module")
def stored_values(store: ClaimStore) -> set[int]:
    rows = store.execute("SELECT value, value_max FROM claims")
    values = {v for row in rows for v in row if v is not None}
    # A tally correction an answer names ("+1,650 listed for 28 February 2025") is stored too:
    # in the quote of the series row that absorbed it.
    quotes = store.execute("SELECT quote FROM claims WHERE quote LIKE '%correction%'")
    for (quote,) in quotes:
        for amount in _CORRECTION.findall(quote):
            values.add(int(amount.replace(",", "")))
    return values


# Read back with the series' own wording of the note, so the phrase lives in one place.
_CORRECTION = re.compile(re.escape(CORRECTION_NOTE.split("{amount}")[0]) + r"[+\u2212-]?([\d,]+)")


# -- in-process --------------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]*\d)|(?<![\d.,])\d{4,}(?![\d,]*\d)")


def check_answer(question: str, result: Answer, stored: set[int]) -> None:
    """A well-formed Answer: text, caveat when it gives a figure, and no figure it made up."""
    assert isinstance(result, Answer)
    assert result.question == question
    assert result.text.strip(), "an answer always says something"
    assert isinstance(result.query, Query)
    if result.answered:
        assert result.claims, "a figure always comes with the claims behind it"
        assert result.caveat, "a figure always comes with its caveat"
    # Figures computed from a daily series say so (`derivation`) and are allowed as such.
    derived = {c.value for c in result.claims if c.derivation}
    # ... and so are the figures a derivation states on the way ("the report dated 13 January
    # 2025 itself added 1,510"): differences of the same stored series, shown with it.
    derived |= {
        int(raw.replace(",", ""))
        for c in result.claims
        if c.derivation
        for raw in _NUMBER.findall(c.derivation)
    }
    for claim in result.claims:
        assert claim.value in stored or claim.derivation, claim
    # Every big number in the answer is a stored or derived figure, a year, or the question's.
    said = result.text.replace(question, "")
    for raw in _NUMBER.findall(said):
        number = int(raw.replace(",", ""))
        if 1900 <= number <= 2100:
            continue
        assert number in stored | derived or raw in question, f"{raw} is not stored: {said!r}"


@pytest.mark.parametrize("question", NASTY, ids=_label)
def test_nasty_question_gets_a_well_formed_answer(
    question: str, store: ClaimStore, stored_values: set[int]
) -> None:
    result = answer(question, store, today=TODAY)
    check_answer(question, result, stored_values)
    for block in render.split_message(render.answer_blocks(result, question=question)):
        assert utf16_len(block) <= MESSAGE_LIMIT
        parse_html(block)  # Telegram would accept it


def test_corpus_covers_the_issue_list() -> None:
    joined = "\n".join(NASTY)
    for needle in (
        "DROP TABLE",
        "<script>",
        "{__class__}",
        "31 February",
        "\0",
        "\u200d",
        "\u202e",
        "сколько танков",
        "🚀",
        "1000000000000000",
    ):
        assert needle in joined, needle
    assert "" in NASTY and any(len(q) >= 100_000 for q in NASTY)
    assert any(q and not q.strip() for q in NASTY)  # whitespace only
    assert any(q and all(not c.isalnum() for c in q) and q.strip() for q in NASTY)


def test_question_is_capped_and_the_reply_says_so() -> None:
    question, cut_to = _clip("tanks " * 20_000, MAX_QUESTION_CHARS)
    assert cut_to == MAX_QUESTION_CHARS and len(question) <= MAX_QUESTION_CHARS
    result = Answer(question=question, answered=False, text="I have no figure for that.")
    blocks = render.answer_blocks(result, question=question, cut_to=cut_to)
    assert "cut to its first 500 characters" in "\n".join(blocks)


def test_control_characters_are_dropped_before_answering() -> None:
    assert _clip("\0tanks\x1b[0m\rin\r\n2024\x85", 500) == ("tanks[0m\nin\n2024", None)
    assert _clip("t\u200da\u200dnks \U0001f680", 500)[0] == "t\u200da\u200dnks \U0001f680"


# -- end to end ----------------------------------------------------------------------------------


@pytest.fixture
async def api() -> AsyncIterator[BotAPIServer]:
    server = await BotAPIServer().start()
    yield server
    await server.stop()


@pytest.fixture
async def bot(api: BotAPIServer, kb: tuple[Path, Path]) -> AsyncIterator[Application]:
    app = await start_bot(make_settings(api, kb, set()))
    yield app
    await stop_bot(app)


def _telegram_text(question: str) -> str:
    """What Telegram could deliver: at most 4096 UTF-16 units (longer text is split)."""
    while utf16_len(question) > MESSAGE_LIMIT:
        question = question[: MESSAGE_LIMIT - (utf16_len(question) - len(question)) - 1]
    return question


def check_escaped(html: str, shown: str) -> None:
    """`shown` (the question as the bot echoes it) is plain text in the reply: no markup from
    it, only the italics the bot wraps it in."""
    plain, entities = parse_html(html)
    if "❓" not in plain:
        return  # a figure, a usage hint or a refusal: the question is not echoed
    echo = f"❓ {shown}"
    assert echo in plain, f"the question is not echoed as sent: {plain[:300]!r}"
    start = utf16_len(plain[: plain.index(echo) + 2])
    end = start + utf16_len(shown)
    for entity in entities:
        overlaps = entity["offset"] < end and entity["offset"] + entity["length"] > start
        assert not overlaps or entity["type"] == "italic", (entity, html)


async def test_nasty_questions_end_to_end(
    api: BotAPIServer, bot: Application, kb: tuple[Path, Path]
) -> None:
    # Each question from its own user in a private chat, so every reply is traceable to it;
    # Telegram can't deliver an empty message, so that one is left to the in-process test.
    asked: list[tuple[dict[str, Any], str]] = []
    for n, question in enumerate(q for q in NASTY if q):
        sender = api.user(f"Nasty {n}")
        text = _telegram_text(question)
        api.push_message(api.private_chat(sender), sender, text)
        asked.append((api.private_chat(sender), text))
    # A few as /ask in a group (Telegram allows a bot 20 messages a minute in one group).
    group, member = api.group(), api.user("Member")
    in_group = [q for q in NASTY if q.strip()][:12]
    for question in in_group:
        api.push_message(group, member, "/ask " + _telegram_text(question)[:4000])
    for question in NASTY:
        api.push_inline_query(member, question[:256])  # Telegram's limit for inline queries
    # Chats are served side by side, so wait for each one.
    for chat, _ in asked:
        await api.wait_for("sendMessage", where=to(chat), timeout=20)
    await api.wait_for("sendMessage", where=to(group), count=len(in_group), timeout=20)
    await api.wait_for("answerInlineQuery", count=len(NASTY), timeout=20)

    assert not api.calls_to("sendMessage", ok=False), "the stand-in refused a reply"
    assert not api.calls_to("answerInlineQuery", ok=False)
    for chat, text in asked:
        replies = api.sent(chat)
        assert replies, f"no reply to {text[:60]!r}"
        assert len(replies) <= 3, "one answer, split at most into a few messages"
        shown, cut_to = _clip(text, MAX_QUESTION_CHARS)
        for reply in replies:
            assert reply.plain.strip() and APOLOGY not in reply.plain
            if not text.startswith("/"):
                check_escaped(reply.text, shown)
        if cut_to is not None and not text.startswith("/"):
            assert any("cut to its first 500 characters" in r.plain for r in replies)
    for reply in api.sent(group):
        assert APOLOGY not in reply.plain
        parse_html(reply.text)
    inline = api.calls_to("answerInlineQuery")
    for call in inline:
        for result in call.json("results"):
            parse_html(result["input_message_content"]["message_text"])


# -- fuzzing -----------------------------------------------------------------------------------

_WORDS = [
    "how",
    "many",
    "tanks",
    "soldiers",
    "personnel",
    "drones",
    "aircraft",
    "Russia",
    "Ukraine",
    "Kremlin",
    "lost",
    "losses",
    "killed",
    "wounded",
    "total",
    "record",
    "since",
    "between",
    "and",
    "from",
    "to",
    "in",
    "on",
    "of",
    "the",
    "war",
    "day",
    "week",
    "month",
    "year",
    "last",
    "first",
    "daily",
    "monthly",
    "per",
    "according",
    "General",
    "Staff",
    "January",
    "February",
    "March",
    "December",
    "Q1",
    "Q4",
    "spring",
    "winter",
    "2022",
    "2023",
    "2024",
    "2025",
    "31",
    "29",
    "0",
    "-1",
    "1,000",
    "1.5k",
    "99999999999",
]
QUESTIONS = st.one_of(
    st.text(max_size=200),
    st.lists(
        st.one_of(
            st.sampled_from(_WORDS),
            st.integers(-(10**15), 10**15).map(str),
            st.text(max_size=4),
        ),
        max_size=20,
    ).map(" ".join),
)
FUZZ = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,  # the same examples on every run: a failure here is reproducible
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(question=QUESTIONS, today=st.dates(dt.date(2022, 3, 1), dt.date(2027, 12, 31)))
def test_fuzz_parse_question(question: str, today: dt.date) -> None:
    query = parse_question(question, today)
    assert isinstance(query, Query)
    if query.period_start and query.period_end:
        assert query.period_start <= query.period_end


@FUZZ
@given(question=QUESTIONS)
def test_fuzz_answer_and_its_messages(
    question: str, store: ClaimStore, stored_values: set[int]
) -> None:
    result = answer(question, store, today=TODAY)
    check_answer(question, result, stored_values)
    shown, cut_to = _clip(question, MAX_QUESTION_CHARS)
    blocks = render.answer_blocks(result, question=shown, echo_question=True, cut_to=cut_to)
    for message in render.split_message(blocks):
        assert utf16_len(message) <= MESSAGE_LIMIT
        parse_html(message)
        check_escaped(message, shown)
    parse_html(render.one_message(blocks))
