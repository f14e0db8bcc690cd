"""The console contract: `ask` (text, JSON, one JSON object per stdin line) and `chat`."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.console import run_ask, run_chat
from bot.settings import Settings
from knowledge.ingest.build import build_store
from knowledge.store import ClaimStore
from tests.test_answer import HANDMADE, SOURCES, TODAY

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("console") / "kb.db"
    build_store(path, [(SOURCES[k], HANDMADE[k]) for k in SOURCES]).close()
    return path


@pytest.fixture
def store(db: Path) -> Iterator[ClaimStore]:
    opened = ClaimStore(db)
    yield opened
    opened.close()


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )


# -- ask, in process ---------------------------------------------------------------------------


def test_ask_prints_the_answer_text(store: ClaimStore) -> None:
    out = io.StringIO()
    assert run_ask("casualties on 8 December 2023", store=store, today=TODAY, stdout=out) == 0
    text = out.getvalue()
    assert "990 on 8 December 2023" in text
    assert "not been independently verified" in text


def test_ask_json_is_one_answer_object(store: ClaimStore) -> None:
    out = io.StringIO()
    run_ask("tnaks lost overall?", as_json=True, store=store, today=TODAY, stdout=out)
    lines = out.getvalue().splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert data["answered"] is True
    assert data["claims"][0]["value"] == 6385
    assert set(data) >= {"question", "answered", "text", "caveat", "claims", "suggestions"}


def test_ask_from_stdin_answers_every_line_in_order(store: ClaimStore) -> None:
    questions = ["losses in November?", "", "How many helicopters has Russia lost?", "   ", "hi"]
    out = io.StringIO()
    stdin = io.StringIO("\n".join(questions) + "\n")
    assert run_ask("-", as_json=True, store=store, today=TODAY, stdin=stdin, stdout=out) == 0
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["question"] for r in rows] == questions
    assert [r["answered"] for r in rows] == [True, False, False, False, False]
    assert rows[0]["claims"][0]["value"] == 45720


def test_ask_from_stdin_as_text_separates_answers(store: ClaimStore) -> None:
    out = io.StringIO()
    stdin = io.StringIO("losses in November 2024\ntanks in total\n")
    run_ask("-", store=store, today=TODAY, stdin=stdin, stdout=out)
    text = out.getvalue()
    assert text.index("45,720") < text.index("6,385")
    assert "\n\n" in text


# -- chat, in process --------------------------------------------------------------------------


def _chat(store: ClaimStore, typed: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_chat(store, Settings(), stdin=io.StringIO(typed), stdout=out, today=TODAY)
    return code, out.getvalue()


def test_chat_answers_and_quits(store: ClaimStore) -> None:
    code, text = _chat(store, "losses in November 2024\n/quit\nnever read\n")
    assert code == 0
    assert "45,720" in text
    assert "Bye." in text
    assert "never read" not in text


def test_chat_ends_cleanly_at_eof(store: ClaimStore) -> None:
    code, text = _chat(store, "tanks in total\n")
    assert code == 0
    assert "6,385" in text
    assert text.count("> ") == 2  # prompted again, then EOF


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        ("/help", "Ask about losses"),
        ("/sources", "GB News"),
        ("/nope", "Unknown command"),
        ("hello", "I answer questions about military losses"),
    ],
)
def test_chat_commands(store: ClaimStore, command: str, shown: str) -> None:
    code, text = _chat(store, f"{command}\n")
    assert code == 0
    assert shown in text


def test_chat_cuts_long_questions(store: ClaimStore) -> None:
    settings = Settings(max_question_chars=40)
    out = io.StringIO()
    run_chat(store, settings, stdin=io.StringIO("tanks in total " + "x" * 100 + "\n"), stdout=out)
    assert "cut to its first 40 characters" in out.getvalue()


# -- the command line --------------------------------------------------------------------------


def test_cli_ask_json(db: Path) -> None:
    result = _cli("ask", "--json", "--db", str(db), "casualties on 8 December 2023")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    claim = data["claims"][0]
    assert claim["value"] == 990
    # The same fields as `extract --json`: Claim.model_dump(mode="json").
    expected = HANDMADE["000"][3].model_dump(mode="json")
    assert set(claim) == set(expected)
    assert claim["period_end"] == "2023-12-08"
    assert claim["source"]["publisher"] == "GB News"


def test_cli_ask_stdin_lines(db: Path) -> None:
    result = _cli("ask", "--json", "-", "--db", str(db), stdin="tanks in total\n\nhelicopters?\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3
    assert [r["answered"] for r in rows] == [True, False, False]


def test_cli_ask_text(db: Path) -> None:
    result = _cli("ask", "--db", str(db), "How many tanks has Russia lost in total?")
    assert result.returncode == 0, result.stderr
    assert "6,385" in result.stdout


def test_cli_chat_until_eof(db: Path) -> None:
    result = _cli("chat", "--db", str(db), stdin="/help\ntanks in total\n")
    assert result.returncode == 0, result.stderr
    assert "6,385" in result.stdout


def test_help_says_where_the_daily_figures_end(series_kb: tuple[Path, Path]) -> None:
    # Issue 12, requirement 8: /help says where the figures end; without a series, nothing.
    result = _cli("chat", "--db", str(series_kb[1]), stdin="/help\n")
    assert result.returncode == 0, result.stderr
    assert "My daily figures end on 8 August 2026" in result.stdout


def test_help_without_a_series_says_no_end(db: Path) -> None:
    result = _cli("chat", "--db", str(db), stdin="/help\n")
    assert "My daily figures end" not in result.stdout
