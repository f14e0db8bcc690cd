"""Hard-wrapped articles (issue 13): a Markdown or plain-text file wrapped at 72-100 columns
has sentences running on over line breaks; `unwrap` joins them (same length, offsets hold) and
leaves lines that are structure, and text with one paragraph a line, as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source
from knowledge.ingest.articles import unwrap

WIRE = """\
Ukraine's General Staff said on Wednesday that Russian forces had lost 1,020 troops over the past
day, bringing the running tally since the February 2022 invasion to about 1,097,450, in figures
that could not be independently verified by this agency or by anyone else.
"""

# (text, the text unwrap must give)
CASES = [
    pytest.param(WIRE, WIRE[:-1].replace("\n", " ") + "\n", id="wire paragraph"),
    pytest.param(
        "Kyiv says Moscow lost 900 soldiers on Monday, a figure it published in its morning\n"
        "report along with tanks and artillery systems destroyed across the whole front line.\n"
        "\n"
        "Figures as of October 27, taken from the project's own lists:\n"
        "- destroyed: 16,420\n"
        "- damaged: 930\n",
        "Kyiv says Moscow lost 900 soldiers on Monday, a figure it published in its morning "
        "report along with tanks and artillery systems destroyed across the whole front line.\n"
        "\n"
        "Figures as of October 27, taken from the project's own lists:\n"
        "- destroyed: 16,420\n"
        "- damaged: 930\n",
        id="list items stay lines",
    ),
    pytest.param(
        "Moscow claims a week of hits on Ukrainian armour\n"
        "Russia's Defence Ministry published a weekly summary on Sunday.\n"
        "Ukrainian equipment the ministry says its forces hit over the past week:\n"
        "Kyiv did not comment on the claims.\n",
        None,
        id="one paragraph a line",
    ),
    pytest.param(
        "The morning report of the General Staff listed these figures for the day, with the\n"
        "usual caveat that they are estimates and are being refined as reports come in:\n"
        "Tanks: 11,299 (+3)\n"
        "Artillery systems: 33,020 (+25)\n"
        "Personnel - about 1,100,000 (+980) people\n",
        "The morning report of the General Staff listed these figures for the day, with the "
        "usual caveat that they are estimates and are being refined as reports come in:\n"
        "Tanks: 11,299 (+3)\n"
        "Artillery systems: 33,020 (+25)\n"
        "Personnel - about 1,100,000 (+980) people\n",
        id="label-number tallies stay lines",
    ),
    pytest.param(
        "**09:15** Here are the latest figures from Ukraine's General Staff, which says that\n"
        "Russia lost 930 troops killed or wounded over the past day on all directions.\n"
        "**08:05** The governor of the region says a strike on the city overnight injured\n"
        "seven people and damaged 23 homes and a school in the north of the town.\n",
        "**09:15** Here are the latest figures from Ukraine's General Staff, which says that "
        "Russia lost 930 troops killed or wounded over the past day on all directions.\n"
        "**08:05** The governor of the region says a strike on the city overnight injured "
        "seven people and damaged 23 homes and a school in the north of the town.\n",
        id="live blog stamps open entries",
    ),
    pytest.param(
        "▪️ особового складу — близько 1 403 550 (+1 350) осіб\n"
        "▪️ танків — 12 067 (+1) од.\n"
        "Бий окупанта! Разом переможемо!\n"
        "#втрати_ворога\n",
        None,
        id="a General Staff post",
    ),
    pytest.param(
        "«Медиазона» и Русская служба Би-би-си опубликовали новые данные о потерях армии. На\n"
        "26 февраля 2026 года им известны имена 145 570 военных, погибших в войне с Украиной.\n",
        "«Медиазона» и Русская служба Би-би-си опубликовали новые данные о потерях армии. На "
        "26 февраля 2026 года им известны имена 145 570 военных, погибших в войне с Украиной.\n",
        id="wrapped Russian prose",
    ),
    pytest.param(
        "A paragraph of a page whose lines are whole paragraphs runs on far past any column "
        "that a person would wrap text at, so nothing here is a soft line break at all.\n"
        "Another such paragraph follows it on the very next line, again well past the width "
        "of any hard-wrapped file, and it stays a paragraph of its own.\n",
        None,
        id="long lines are paragraphs",
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_unwrap(text: str, want: str | None) -> None:
    got = unwrap(text)
    assert got == (text if want is None else want)
    assert len(got) == len(text)


def test_a_figure_wrapped_over_a_line_break_is_read(tmp_path: Path) -> None:
    """The day's figure and the running total of one wrapped sentence, with their periods."""
    path = tmp_path / "wire.md"
    path.write_text(
        "---\ntitle: Wire\npublisher: Test Wire\npublished: 2025-09-17\n---\n" + WIRE,
        encoding="utf-8",
    )
    claims = {c.value: c for c in extract_claims(load_source(path))}
    assert set(claims) == {1020, 1097450}
    assert claims[1020].period_kind.value == "day"
    assert claims[1097450].period_kind.value == "cumulative"
    assert {c.subject.value for c in claims.values()} == {"russia"}
    assert "\n" not in claims[1097450].quote


def test_a_quoted_post_is_unwrapped_inside_its_quote() -> None:
    """A translated post quoted with "> " on each line: its sentences run on too."""
    text = (
        "> **The channel's post:**\n"
        ">\n"
        "> Over two days our sources say the enemy lost up to 300 men near the river, plus 7\n"
        "> armoured vehicles and 3 tanks that were burned by our drone crews near the village.\n"
    )
    got = unwrap(text)
    assert len(got) == len(text)
    assert "plus 7   armoured vehicles" in got
    assert got.startswith("> **The channel's post:**\n>\n> Over")


def test_a_decimal_figure_opening_a_line_is_no_time_stamp() -> None:
    """ "1.16 MILLION" at a line's start runs on the sentence before; "09.15" would open one."""
    text = (
        "A graphic shared thousands of times on social media this week says that Russia admits\n"
        "1.16 million soldiers dead and attributes the number to the Kremlin's own records.\n"
    )
    assert unwrap(text) == text[:-1].replace("\n", " ") + "\n"


def test_a_headline_repeated_above_the_text_stays_its_own_line() -> None:
    text = (
        "Zeppelinfield report: tank losses in November\n"
        "Ukraine's General Staff said Russia lost 155 tanks in November 2024.\n"
    )
    assert unwrap(text, "Zeppelinfield report: tank losses in November") == text
