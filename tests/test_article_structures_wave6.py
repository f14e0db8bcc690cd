# ruff: noqa: E501 - one article line a row, however long.
"""Whole article structures the English reader learnt in wave 6 (issue 13): "by the numbers"
lines led by a bold number, a report's further figures given in a sentence of their own ("also
on today's list", "the same reports add"), a unit's emoji tally of the week, and a correction
note whose wrong figure is no claim. My own articles and sentences, in the structures outlets
and units print; a figure on the wrong side is a failed test, never an xfail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import Claim, extract_claims, load_source


def _claims(
    tmp_path: Path, body: str, published: str = "2026-02-10", title: str = ""
) -> list[Claim]:
    """The claims of one article written to a file with front matter."""
    path = tmp_path / "a.md"
    head = f"title: {title!r}\n" if title else ""
    path.write_text(
        f"---\n{head}publisher: Test Desk\npublished: {published}\n---\n{body}\n", encoding="utf-8"
    )
    return extract_claims(load_source(path))


def _found(claims: list[Claim]) -> set[tuple[int, str, str]]:
    """(value, metric, subject) of each claim."""
    return {(c.value, c.metric.value, c.subject.value) for c in claims}


# -- "by the numbers": a bold number leads the line, its description follows a dash ----------

LEDE_NUMBER_LINES = [
    (
        "**1,180,400** — Russian personnel losses claimed by Ukraine's General Staff so far (killed and wounded).",
        (1180400, "personnel", "russia"),
    ),
    (
        "**10,950** – Russian tanks destroyed, according to Kyiv's daily list.",
        (10950, "tanks", "russia"),
    ),
    (
        "**~41,000** — Ukrainian soldiers Moscow's defence ministry says were killed in the Kursk region.",
        (41000, "personnel", "ukraine"),
    ),
    (
        "**1.4 million+** — Ukrainian losses claimed by Russia's defence ministry, with no breakdown.",
        (1400000, "personnel", "ukraine"),
    ),
    (
        "**98,700** — Russian soldiers killed whom Mediazona has identified by name.",
        (98700, "personnel", "russia"),
    ),
    (
        "12,300 — Russian artillery systems lost, per Ukraine's General Staff.",
        (12300, "artillery", "russia"),
    ),
]


@pytest.mark.parametrize(("line", "want"), LEDE_NUMBER_LINES)
def test_a_line_led_by_a_number_counts_what_its_description_says(
    tmp_path: Path, line: str, want: tuple[int, str, str]
) -> None:
    """The number leading a line is the count of what the words after its dash name."""
    assert want in _found(_claims(tmp_path, "A war in numbers:\n\n" + line))


def test_numbers_in_bold_inside_a_line_count_the_word_after_them(tmp_path: Path) -> None:
    """ "And **380** aircraft": the bold markers do not part a number from its noun."""
    body = "**10,950** — Russian tanks on Kyiv's list of destroyed equipment. And **380** aircraft, **28** warships and boats."
    found = _found(_claims(tmp_path, body))
    assert {
        (10950, "tanks", "russia"),
        (380, "aircraft", "russia"),
        (28, "ships", "russia"),
    } <= found


def test_a_plus_after_a_leading_number_is_more_than(tmp_path: Path) -> None:
    """ "1.4 million+": at least that many."""
    claims = _claims(tmp_path, LEDE_NUMBER_LINES[3][0])
    assert [c.qualifier.value for c in claims if c.value == 1400000] == ["more_than"]


@pytest.mark.parametrize(
    "line",
    [
        "**1,450** — days since the full-scale invasion began.",
        "**6.2 million** — Ukrainian refugees recorded across Europe.",
        "**18%** — share of Ukraine's territory that Russia occupies.",
        "**12,000** — North Korean troops Pyongyang sent to the Kursk region.",
        "**3,400** — sorties the brigade's drone crews flew last week.",
    ],
)
def test_a_line_led_by_a_number_that_is_no_loss_gives_nothing(tmp_path: Path, line: str) -> None:
    """Days, refugees, shares, deployments and sorties are not losses."""
    assert _claims(tmp_path, "A war in numbers:\n\n" + line) == []


# -- a report's further figures, in a sentence of their own -----------------------------------

FURTHER_FIGURES = [
    "Ukraine's General Staff says Russian forces lost 910 troops in the past 24 hours. Also on today's list: 1,020 drones and 41 artillery systems.",
    "Ukraine's military says Russia lost 870 soldiers over the past day. Nine tanks and 1,020 drones were on the list.",
    "Ukraine's General Staff said Russia had lost 910 soldiers over the past day. The General Staff's daily update also listed 41 artillery systems and 1,020 drones.",
    "Adding up the General Staff's reports for the week, Russia lost 6,300 personnel. The same reports add 1,020 drones and 41 artillery systems.",
    "Kyiv said Russia lost 910 troops on Monday. Its morning report also counted 1,020 drones and 41 artillery systems.",
    "Ukraine's General Staff reported 910 Russian soldiers killed or wounded over the past day. The staff's list also includes 1,020 drones and 41 artillery systems.",
]


@pytest.mark.parametrize("body", FURTHER_FIGURES)
def test_a_report_s_further_figures_in_their_own_sentence_are_its_claims(
    tmp_path: Path, body: str
) -> None:
    """ "Also on today's list: ...", "... were on the list", "the daily update also listed":
    the report just quoted gives more of its figures, for the same side."""
    found = _found(_claims(tmp_path, body))
    assert (1020, "drones", "russia") in found
    assert not {f for f in found if f[1] == "drones" and f[2] != "russia"}


# -- a unit's emoji tally -----------------------------------------------------------------------

EMOJI_TALLY = """\
**47th Separate Mechanised Brigade (test) — results of the week, 09.02–15.02**

Another week on the Pokrovsk direction. What our fighters did 👇

💀 occupiers eliminated: 184
🩹 occupiers wounded: 96
⛓ taken prisoner: 6
🔥 tanks — 3
💥 BMP/BTR — 7
🛵 motorcycles and buggies — 22

Our drone crews flew 2,900 sorties this week.
"""


def test_a_unit_s_emoji_tally_is_its_week_of_enemy_losses(tmp_path: Path) -> None:
    """Emoji bullets, loss words on the lines themselves: the week of its heading, the enemy's."""
    claims = _claims(tmp_path, EMOJI_TALLY, published="2026-02-16")
    found = _found(claims)
    want = {
        (184, "personnel", "russia"), (96, "personnel", "russia"), (6, "personnel", "russia"),
        (3, "tanks", "russia"), (7, "armored_vehicles", "russia"), (22, "vehicles", "russia"),
    }  # fmt: skip
    assert want <= found
    assert 2900 not in {c.value for c in claims}
    killed = next(c for c in claims if c.value == 184)
    assert (killed.period_kind.value, killed.period_start, killed.period_end) == (
        "week",
        dt.date(2026, 2, 9),
        dt.date(2026, 2, 15),
    )
    kinds = {c.value: c.personnel_kind and c.personnel_kind.value for c in claims}
    assert (kinds[184], kinds[96], kinds[6]) == ("killed", "wounded", "captured")
    assert all("Pokrovsk" in (c.scope or "") for c in claims)
    assert {c.claimant for c in claims} == {"47th Separate Mechanised Brigade"}


@pytest.mark.parametrize(
    "lines",
    [
        "🎯 enemy killed: 41\n🎯 enemy wounded: 63",
        "☠️ invaders eliminated — 41\n🚑 invaders wounded — 63",
        "▶️ Russians killed: 41\n▶️ Russians wounded: 63",
        "🔻 occupiers liquidated: 41\n🔻 occupiers injured: 63",
        "✅ enemy personnel destroyed: 41\n✅ enemy personnel wounded: 63",
    ],
)
def test_emoji_lines_of_a_day_are_the_enemy_s_day(tmp_path: Path, lines: str) -> None:
    """A unit's results of the day, each phrased its own way: Russian personnel."""
    body = f"The 3rd Assault Brigade's results of the day on the Kharkiv direction:\n\n{lines}\n"
    claims = _claims(tmp_path, body, published="2026-02-16")
    assert {(41, "personnel", "russia"), (63, "personnel", "russia")} <= _found(claims)
    assert {c.period_kind.value for c in claims if c.value in (41, 63)} == {"day"}


# -- corrections --------------------------------------------------------------------------------

CORRECTIONS = [
    "**Correction:** An earlier version of this article said Russia had lost 1,910 soldiers over the past day, citing the General Staff. The figure was 910.",
    "Correction: this story earlier misstated Russia's daily losses as 1,910 troops. The General Staff's figure was 910.",
    "*An earlier version of this report said Russia lost 1,910 troops in a day. That was a typing error; the figure was 910.*",
    "CORRECTION: A previous version of this article wrongly gave the number of Russian soldiers killed or wounded as 1,910.",
    "Editor's note: an earlier version of this story misreported the General Staff's figure as 1,910 Russian troops lost; it has been corrected.",
]


@pytest.mark.parametrize("note", CORRECTIONS)
def test_a_correction_note_stores_neither_the_wrong_figure_nor_a_second_copy(
    tmp_path: Path, note: str
) -> None:
    """The figure an outlet corrects is its own mistake, not anybody's claim."""
    body = "Ukraine's General Staff said Russia had lost 910 soldiers over the past day.\n\n" + note
    claims = _claims(tmp_path, body)
    assert 1910 not in {c.value for c in claims}
    assert [c.value for c in claims].count(910) == 1


# -- a count broken down under a heading of its own --------------------------------------------

BREAKDOWN_HEADINGS = [
    ("**Who they were**", "- Volunteers (joined after 2022): 31,200\n- Mobilised: 11,940"),
    ("**By category**", "* Volunteers: 31,200\n* Mobilised men: 11,940"),
    ("### Where they came from", "- Bashkortostan (Volga region): 31,200\n- Tatarstan: 11,940"),
    (
        "__Breakdown__",
        "• Former convicts recruited by Wagner or the ministry: 31,200\n• Mobilised: 11,940",
    ),
    ("**The dead by type of contract**", "- Contract soldiers: 31,200\n- Mobilised: 11,940"),
]


@pytest.mark.parametrize(("heading", "lines"), BREAKDOWN_HEADINGS)
def test_a_list_under_a_heading_breaks_down_the_count_above_it(
    tmp_path: Path, heading: str, lines: str
) -> None:
    """Parts of the named dead counted just before, with the count's side, kind and period."""
    body = (
        "Mediazona and BBC Russian have now confirmed by name 98,412 Russian soldiers killed in"
        f" the war.\n\n{heading}\n\n{lines}\n"
    )
    claims = _claims(tmp_path, body)
    parts = {c.value: c for c in claims if c.part_of}
    assert set(parts) == {31200, 11940}
    assert {
        (c.subject.value, c.personnel_kind and c.personnel_kind.value) for c in parts.values()
    } == {("russia", "killed")}
    assert "(" not in (parts[31200].part_of or "")


def test_a_list_of_equipment_under_a_heading_is_no_breakdown_of_soldiers(tmp_path: Path) -> None:
    """ "Tanks: 50" under a heading after a count of soldiers is not a part of that count."""
    body = "Russia lost 1,020 soldiers over the past day, Kyiv said.\n\n**Equipment**\n\n- Tanks: 50\n- Mobilised: 11\n"
    claims = _claims(tmp_path, body)
    assert not [c for c in claims if c.value == 50 and c.metric.value == "personnel"]


# -- a table column that only names a statistic ---------------------------------------------

AVERAGE_HEADERS = [
    "Per day, on average",
    "Daily average",
    "Average per day",
    "A day, on average",
    "Average daily",
]


@pytest.mark.parametrize("header", AVERAGE_HEADERS)
def test_an_average_column_averages_the_metric_on_its_left(tmp_path: Path, header: str) -> None:
    """ "| Soldiers | Per day, on average |": the second column is a daily average of soldiers,
    for the row's year, never a total."""
    body = (
        "Kyiv's General Staff keeps a running count of what it says Russia has lost; we summed"
        " its reports for each calendar year.\n\n"
        f"| Year | Soldiers (killed and wounded) | {header} | Tanks |\n|---|---|---|---|\n"
        "| 2023 | 251,100 | 688 | 2,910 |\n| 2024 | 428,600 | 1,171 | 3,650 |\n"
    )
    claims = _claims(tmp_path, body, published="2026-01-15")
    averages = {c.value: c for c in claims if c.stat and c.stat.value == "daily_average"}
    assert set(averages) == {688, 1171}
    assert {(c.metric.value, c.subject.value) for c in averages.values()} == {
        ("personnel", "russia")
    }
    assert averages[688].period_start == dt.date(2023, 1, 1)
    assert {c.value for c in claims if c.metric.value == "tanks"} == {2910, 3650}


# -- whose losses: a side's killed and wounded as a noun, set at a figure --------------------

SIDE_AS_NOUN = [
    (
        "In June, a Washington think tank put Ukrainian killed and wounded at 390,000 to 480,000.",
        390000,
        "ukraine",
    ),
    ("Kyiv's General Staff puts Russian killed and wounded at about 1,100,000.", 1100000, "russia"),
    ("A Western estimate puts Russian dead at 150,000.", 150000, "russia"),
    (
        "Moscow's ministry estimates Ukrainian killed and wounded at more than 1,400,000.",
        1400000,
        "ukraine",
    ),
    ("Western officials put Ukrainian dead and wounded at some 380,000.", 380000, "ukraine"),
    ("Ukrainian officials put Russian killed, wounded and missing at 900,000.", 900000, "russia"),
]


@pytest.mark.parametrize(("sentence", "value", "side"), SIDE_AS_NOUN)
def test_a_side_s_killed_and_wounded_set_at_a_figure_are_that_side_s(
    tmp_path: Path, sentence: str, value: int, side: str
) -> None:
    """ "put Ukrainian killed and wounded at N": Ukraine's losses, whoever puts them there."""
    found = {(c.value, c.subject.value) for c in _claims(tmp_path, sentence)}
    assert (value, side) in found
    assert not {f for f in found if f[0] == value and f[1] != side}


# -- numbers in a loss sentence that are no losses ---------------------------------------------

NOT_LOSSES = [
    "Drone strikes now likely cause 70-80% of casualties on both sides, the update said.",
    "Artillery caused between 60 and 70 per cent of Russian casualties last year, the officials said.",
    "Mines are blamed for 10–15 percent of Ukrainian losses.",
    "Western officials have suggested roughly one in three or four of the casualties is killed.",
    "Of Russia's casualties, one in every four was killed, British intelligence said.",
    "About one in five of the wounded later died, doctors said.",
    "Russia signed 30,000–35,000 new contracts a month through 2025, enough to cover its losses.",
    "Moscow signed some 400,000 contracts in 2025 to make up for its losses.",
]


@pytest.mark.parametrize("sentence", NOT_LOSSES)
def test_shares_ratios_and_contracts_are_no_losses(tmp_path: Path, sentence: str) -> None:
    """A share of the casualties, "one in four", contracts signed: nothing stored."""
    assert _claims(tmp_path, sentence) == []


# -- regional heads as claimants ---------------------------------------------------------------

REGIONAL_POSTS = [
    (
        "The governor of Russia's Bryansk region, Alexander Bogomaz, wrote that the group had been eliminated and 6 militants killed.",
        6,
        "ukraine",
    ),
    (
        "Belgorod governor Vyacheslav Gladkov said 12 Ukrainian saboteurs had been killed near the border.",
        12,
        "ukraine",
    ),
    (
        "Kursk governor Alexander Khinshtein said air defences destroyed 31 Ukrainian drones overnight.",
        31,
        "ukraine",
    ),
    (
        "Oleh Syniehubov, head of the Kharkiv Regional Military Administration, said air defences destroyed 21 drones overnight.",
        21,
        "russia",
    ),
    (
        "The Zaporizhzhia Regional Military Administration said its air defences destroyed 17 drones overnight.",
        17,
        "russia",
    ),
]


@pytest.mark.parametrize(("sentence", "value", "side"), REGIONAL_POSTS)
def test_a_regional_head_claims_his_enemy_s_losses(
    tmp_path: Path, sentence: str, value: int, side: str
) -> None:
    """A Russian governor's and a Ukrainian regional administration's counts are the other
    side's losses, claimed by them."""
    claims = [c for c in _claims(tmp_path, sentence) if c.value == value]
    assert [c.subject.value for c in claims] == [side]
    assert "regional" in claims[0].claimant


LABELLED_COUNTS = [
    "- Career soldiers and officers: 5,120 officers in total, among them 11 generals",
    "- Officers: 5,120 officers in all, of them 11 generals",
    "* Command staff: 5,120 officers, including 11 generals (colonels and above: 900)",
    "• Officer corps: 5,120 officers, of whom 11 generals",
    "- Officers and generals: 5,120 officers in total, among them 11 generals.",
]


@pytest.mark.parametrize("line", LABELLED_COUNTS)
def test_a_labelled_bullet_gives_its_count_and_the_part_inside_it(
    tmp_path: Path, line: str
) -> None:
    """ "- Label: 5,120 officers in total, among them 11 generals": two parts of the count."""
    body = (
        "Mediazona and BBC Russian have now confirmed by name 98,412 Russian soldiers killed in"
        f" the war.\n\n**Who they were**\n\n- Mobilised: 11,940\n{line}\n"
    )
    parts = {c.value: c.part_of for c in _claims(tmp_path, body) if c.part_of}
    assert (parts.get(5120), parts.get(11)) == ("officers", "generals")
