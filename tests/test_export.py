"""Exports: the CSV/JSON writer, `python -m bot export`, the console's and Telegram's /export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from bot.cli import main
from bot.console import run_chat
from bot.export import COLUMNS, csv_bytes, filename_for
from bot.settings import Settings
from knowledge import Claim, ClaimStore, Metric, SourceRef, answer
from tests.harness import CAVEAT, ask_and_wait, replies_to, to
from tests.support.botapi import BotAPIServer

QUESTION = "How many Russian soldiers were lost on December 3, 2024?"


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def claim(**changes: Any) -> Claim:
    fields: dict[str, Any] = {
        "metric": Metric.tanks,
        "value": 155,
        "claimant": "Ukraine's General Staff",
        "period_kind": "month",
        "period_start": dt.date(2024, 11, 1),
        "period_end": dt.date(2024, 11, 30),
        "quote": "Russia lost 155 tanks in November, said the «General Staff».",
        "source": SourceRef(id="a1", publisher="Kyiv Post", url="https://example.org/a1",
                            title="Tanks", published=dt.date(2024, 12, 1)),
    }  # fmt: skip
    fields.update(changes)
    return Claim(**fields)


# -- the writer ----------------------------------------------------------------------------------


def test_csv_has_a_bom_iso_dates_and_one_row_per_claim() -> None:
    rows = read_csv(csv_bytes([claim(), claim(value=160, claimant="media reports")]))
    assert list(rows[0]) == list(COLUMNS)
    assert [r["value"] for r in rows] == ["155", "160"]
    first = rows[0]
    assert (first["period_start"], first["period_end"], first["published"]) == (
        "2024-11-01", "2024-11-30", "2024-12-01",
    )  # fmt: skip
    assert first["publisher"] == "Kyiv Post" and first["url"] == "https://example.org/a1"
    assert first["quote"].endswith("«General Staff».")  # non-ASCII survives
    assert first["qualifier"] == "exact" and first["period_kind"] == "month"
    assert "not independently verified" in first["caveat"]


def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_defused() -> None:
    [row] = read_csv(csv_bytes([claim(quote='=HYPERLINK("http://x","y")', claimant="@who")]))
    assert row["quote"] == '\'=HYPERLINK("http://x","y")'
    assert row["claimant"] == "'@who"
    assert row["value"] == "155"


def test_file_names_are_safe_and_dated() -> None:
    name = filename_for("Tanks lost in 2024?/../<b>", dt.date(2026, 1, 2))
    assert name == "claims-tanks-lost-in-2024-b-2026-01-02.csv"
    assert filename_for("???", dt.date(2026, 1, 2)) == "claims-2026-01-02.csv"


# -- python -m bot export ----------------------------------------------------------------------


@pytest.fixture
def db(kb: tuple[Path, Path]) -> Path:
    return kb[1]


def test_cli_export_csv_matches_the_store(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "personnel.csv"
    args = ["export", "--metric", "soldiers", "--from", "2024-01-01", "--to", "2024-12-31"]
    assert main([*args, "-o", str(out), "--db", str(db)]) == 0
    rows = read_csv(out.read_bytes())
    store = ClaimStore(db)
    expected = store.execute(
        "SELECT value, claimant, period_end FROM claims WHERE metric = 'personnel' "
        "AND period_end >= '2024-01-01' AND coalesce(period_start, period_end) <= '2024-12-31'"
    )
    store.close()
    assert rows and len(rows) == len(expected)
    assert {(r["value"], r["claimant"], r["period_end"]) for r in rows} == {
        (str(v), c, e) for v, c, e in expected
    }
    assert f"Wrote {len(rows)} claims" in capsys.readouterr().out


def test_cli_export_json_by_claimant(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.json"
    assert main(["export", "--claimant", "ministry of def", "-o", str(out), "--db", str(db)]) == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    assert "independently verified" in document["caveat"]
    assert document["filters"] == {"claimant": "ministry of def"}
    assert document["count"] == len(document["claims"]) > 0
    assert {c["claimant"] for c in document["claims"]} <= {
        "Ukraine's Ministry of Defence", "Russia's Ministry of Defence",
    }  # fmt: skip
    assert set(document["claims"][0]) == set(COLUMNS)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--metric", "unicorns"], "unknown metric"),
        (["--claimant", "nobody at all"], "no claimant matches"),
        (["--from", "2024-12-01", "--to", "2024-01-01"], "is after"),
    ],
)
def test_cli_export_refuses_bad_filters_and_writes_nothing(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    out = tmp_path / "x.csv"
    assert main(["export", *args, "-o", str(out), "--db", str(db)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_cli_export_needs_csv_or_json(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "-o", str(tmp_path / "x.xlsx"), "--db", str(db)]) == 1
    assert ".csv or .json" in capsys.readouterr().err


# -- the console -------------------------------------------------------------------------------


def test_console_export_writes_the_last_answers_claims(db: Path, tmp_path: Path) -> None:
    store = ClaimStore(db)
    stdin = io.StringIO(f"/export\n{QUESTION}\nhello\n/export\n")
    stdout = io.StringIO()
    run_chat(store, Settings(_env_file=None), stdin=stdin, stdout=stdout, export_dir=tmp_path)
    text = stdout.getvalue()
    assert "Ask a question first" in text
    [written] = list(tmp_path.glob("claims-*.csv"))
    assert f"to {written}" in text
    rows = read_csv(written.read_bytes())
    expected = answer(QUESTION, store).claims
    assert [int(r["value"]) for r in rows] == [c.value for c in expected]
    store.close()


# -- Telegram ----------------------------------------------------------------------------------


async def test_telegram_export_sends_the_last_answers_claims_as_csv(
    api: BotAPIServer, bot: Application, user: dict[str, Any], kb: tuple[Path, Path]
) -> None:
    chat = api.private_chat(user)
    await ask_and_wait(api, chat, user, QUESTION)
    api.push_message(chat, user, "/export")
    [sent] = await api.wait_for("sendDocument", where=to(chat))
    name, _mime, data = sent.files["document"]
    assert name.startswith("claims-how-many-russian-soldiers") and name.endswith(".csv")
    rows = read_csv(data)
    store = ClaimStore(kb[1])
    expected = answer(QUESTION, store).claims
    store.close()
    assert [(int(r["value"]), r["claimant"]) for r in rows] == [
        (c.value, c.claimant) for c in expected
    ]
    assert all(r["quote"] for r in rows)
    assert CAVEAT in sent.plain and f"{len(rows)} claim" in sent.plain


async def test_telegram_export_of_a_question_in_a_group_quotes_the_asker(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    group = api.group()
    msg = api.push_message(
        group, user, "/export@loss_claims_test_bot soldiers lost on 3 December 2024 <b>"
    )
    [sent] = await api.wait_for("sendDocument", where=to(group))
    assert replies_to(sent.result) == msg["message_id"]
    assert read_csv(sent.files["document"][2])


async def test_telegram_export_with_nothing_to_export_explains(
    api: BotAPIServer, bot: Application, user: dict[str, Any]
) -> None:
    chat = api.private_chat(user)
    [usage] = await ask_and_wait(api, chat, user, "/export")
    assert "/export tanks lost in November 2024" in usage.plain
    [none] = await ask_and_wait(api, chat, user, "/export <i>unicorns</i> on Mars")
    assert "no claims to export" in none.plain
    assert "<i>unicorns</i>" in none.plain  # shown as typed, not as markup
    assert not api.calls_to("sendDocument")
