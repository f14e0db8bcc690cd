"""The console side of the bot: `ask` (one answer, or one per stdin line) and `chat`.

Both run the same engine as the Telegram bot (`knowledge.answering`); only the rendering is
plain text here. `ask --json` prints `Answer.model_dump(mode="json")`, one object per line.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path
from typing import TextIO

from bot.export import ExportError, filename_for, write_file
from bot.settings import Settings
from bot.telegram.render import ABOUT_PARAGRAPHS, NEW_CONTEXT, short_text
from knowledge import (
    Answer,
    ClaimStore,
    Conversation,
    answer,
    answer_language,
    coverage_end,
    coverage_line,
    in_language,
    say,
    warm_up,
)

log = logging.getLogger(__name__)

PROMPT = "> "
_QUIT = frozenset({"/quit", "/exit", "/q", "quit", "exit"})


def run_ask(
    question: str,
    *,
    as_json: bool = False,
    conversation: bool = False,
    store: ClaimStore,
    today: dt.date | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
) -> int:
    """Answer `question`, or with "-" every line of stdin in order (blank lines included);
    with `conversation`, the lines are one conversation and follow-ups read the context."""
    out = stdout or sys.stdout
    if question != "-":  # a fresh context: several questions in it are read in order
        _print_answer(_safe_answer(question, store, today, Conversation()), as_json, out)
        return 0
    warm_up(store)  # many questions: pay the per-build look-ups once, up front
    first = True
    chat = Conversation() if conversation else None
    for line in stdin or sys.stdin:
        result = _safe_answer(line.rstrip("\r\n"), store, today, chat or Conversation())
        if not as_json and not first:
            out.write("\n")
        _print_answer(result, as_json, out)
        out.flush()
        first = False
    return 0


def run_chat(
    store: ClaimStore,
    settings: Settings,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    today: dt.date | None = None,
    export_dir: Path | None = None,
) -> int:
    """An interactive chat in the terminal: questions, /help, /sources, /export, /quit."""
    inp = stdin or sys.stdin
    out = stdout or sys.stdout
    last_question = ""
    chat = Conversation()
    out.write(_banner(store) + "\n")
    warm_up(store)
    seen = _file_id(store)
    while True:
        out.write(PROMPT)
        out.flush()
        try:
            line = inp.readline()
        except KeyboardInterrupt:
            out.write("\n")
            return 0
        if not line:  # EOF (Ctrl-D)
            out.write("\n")
            return 0
        text = line.strip()
        if not text:
            continue
        command = text.split()[0].lower()
        if command in _QUIT:
            out.write("Bye.\n")
            return 0
        # A `reload` in another process swaps the file; pick the new one up between questions.
        current = _file_id(store)
        if current != seen:
            try:
                store.reopen()
                warm_up(store)
                seen = current
            except (OSError, ValueError) as exc:
                log.warning("could not reopen the knowledge base: %s", exc)
        if command in ("/help", "/start"):
            out.write(_help(store) + "\n")
            continue
        if command == "/new":
            chat.reset()
            out.write(NEW_CONTEXT + "\n")
            continue
        if command == "/about":
            out.write("\n\n".join(ABOUT_PARAGRAPHS) + "\n")
            continue
        if command == "/sources":
            out.write(_sources(store) + "\n")
            continue
        if command == "/export":
            asked = text[len(command) :].strip() or last_question
            out.write(_export(asked, store, today, export_dir or Path.cwd()) + "\n")
            continue
        if text.startswith("/"):
            out.write(f"Unknown command {command}. Try /help, /new, /sources, /export or /quit.\n")
            continue
        limit = settings.max_question_chars
        if len(text) > limit:
            with in_language(answer_language(text)):
                out.write(say("ui.cut", count=limit) + "\n")
            text = text[:limit]
        result = _safe_answer(text, store, today, chat)
        if result.claims:
            last_question = text
        out.write(_as_text(result) + "\n")


# -- helpers -----------------------------------------------------------------------------------


def _safe_answer(
    question: str, store: ClaimStore, today: dt.date | None, chat: Conversation | None = None
) -> Answer:
    """An answer (read against `chat`'s context when given), or an apology: one bad question
    must not end a batch or a chat."""
    try:
        if chat is not None:
            return chat.ask(question, store, today=today)
        return answer(question, store, today=today)
    except Exception:
        log.exception("answering %r failed", question)
        text = "Sorry, something went wrong while answering that. Please try rephrasing it."
        return Answer(question=question, answered=False, text=text, body=text)


def _export(question: str, store: ClaimStore, today: dt.date | None, folder: Path) -> str:
    """Write the claims behind `question` to a CSV file in `folder`; say where, or why not."""
    if not question:
        return "Ask a question first, or type /export followed by one."
    result = _safe_answer(question, store, today)
    if not result.claims:
        return f"No claims to export for: {question}"
    path = folder / filename_for(question, today)
    try:
        write_file(result.claims, path)
    except ExportError as exc:
        return f"Could not export: {exc}"
    return f"Wrote {len(result.claims)} claims behind {question!r} to {path}"


def _print_answer(result: Answer, as_json: bool, out: TextIO) -> None:
    if as_json:
        out.write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n")
    else:
        out.write(_as_text(result) + "\n")


def _as_text(result: Answer) -> str:
    """The chat's and `ask`'s text: short when it has figures (details indented under); a
    message with several questions gets each answer in order, each under its question."""
    if not result.more_answers:
        return _one_text(result)
    return "\n\n".join(
        f"» {part.question}\n{_one_text(part)}" for part in (result, *result.more_answers)
    )


def _one_text(result: Answer) -> str:
    """One answer's text, with the questions it suggests."""
    text = short_text(result)
    if result.suggestions:
        with in_language(result.language):
            label = say("ui.try")
        text += f"\n\n{label}\n" + "\n".join(f"  - {s}" for s in result.suggestions)
    return text


def _file_id(store: ClaimStore) -> tuple[int, int] | None:
    try:
        st = os.stat(store.path)
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns


def _banner(store: ClaimStore) -> str:
    return (
        "Loss claims bot: answers about military losses in the Russia-Ukraine war from "
        f"claims published in the news ({_summary(store)}).\n"
        "Ask a question, or type /help, /sources or /quit."
    )


def _summary(store: ClaimStore) -> str:
    sources = store.sources()
    claims = store.count_claims()
    return f"{claims:,} claims from {len(sources):,} sources"


def _help(store: ClaimStore) -> str:
    return "\n".join(
        [
            "Ask about losses in plain words, for example:",
            "  Russian losses in November 2024",
            "  casualties on 8 December 2023",
            "  How many tanks has Russia lost in total?",
            "  tanks from 3 to 9 February 2024 according to Ukraine",
            "  What does the Kremlin say about its losses?",
            "Every figure is a claim: I say who claims it and where it was published.",
            'Follow-ups ("and tanks?", "what about december?") read the last question;',
            "  /new starts afresh (so do 15 minutes of silence). /about: what the figures are.",
            "Commands: /help, /sources (what I know), /export [question] (the claims behind",
            "  the last answer, or the question's, to a CSV file here), /quit (or Ctrl-D).",
            f"I know {_summary(store)}.",
            *_coverage(store),
        ]
    )


def _coverage(store: ClaimStore) -> list[str]:
    """Where the daily figures end, when there are any (issue 12, requirement 8)."""
    last = coverage_end(store)
    return [coverage_line(last)] if last else []


def _sources(store: ClaimStore) -> str:
    sources = store.sources()
    if not sources:
        return "No sources loaded."
    lines = [f"{len(sources)} sources:"]
    for ref in sources:
        when = ref.published.isoformat() if ref.published else "undated"
        who = ref.publisher or ref.kind.value
        title = f": {ref.title}" if ref.title else ""
        url = f" <{ref.url}>" if ref.url else ""
        lines.append(f"  {when}  {who}{title}{url}")
    return "\n".join(lines)
