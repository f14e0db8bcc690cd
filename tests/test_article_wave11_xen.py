"""Wave 11, English articles (issue 13): a verbless line of counts ("1,470 troops.", "Another
900 soldiers and 12 tanks.") in a text about losses is a loss figure of the claimant in force,
of that claimant's enemy unless the line names a side; a dated heading ("## Tuesday, 3 March")
opens an entry whose bare counts are that day's. Our own phrasings, none from a blind file."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Claim, extract_claims, load_source


def _claims(tmp_path: Path, body: str, title: str = "Daily losses claims") -> list[Claim]:
    """The claims of one article written to a file with front matter."""
    path = tmp_path / "a.md"
    path.write_text(
        f"---\ntitle: {title}\npublisher: Test Desk\npublished: 2026-03-20\n---\n{body}\n",
        encoding="utf-8",
    )
    return extract_claims(load_source(path))


def _found(claims: list[Claim]) -> set[tuple[int, str, str]]:
    return {(c.value, c.metric.value, c.subject.value) for c in claims}


OPENING = "Ukraine's General Staff said Russia had lost 1,050 troops over the past day.\n\n"

R = "russia"
BARE_LINES = [
    ("1,470 troops.", {(1470, "personnel", R)}),
    ("Another 1,210 soldiers, and 1,500 drones.", {(1210, "personnel", R), (1500, "drones", R)}),
    ("Next morning: 990 personnel and four tanks.", {(990, "personnel", R), (4, "tanks", R)}),
    ("Plus 37 artillery systems.", {(37, "artillery", R)}),
    ("Up to 1,130 servicemen.", {(1130, "personnel", R)}),
    ("Then 2,010 drones and 3 air defence systems.", {(2010, "drones", R), (3, "air_defense", R)}),
    ("A further 860 troops.", {(860, "personnel", R)}),
    (
        "Saturday's report: 1,115 troops, 9 tanks and 44 artillery systems.",
        {(1115, "personnel", R), (9, "tanks", R), (44, "artillery", R)},
    ),
]


@pytest.mark.parametrize(("line", "want"), BARE_LINES)
def test_a_verbless_line_of_counts_after_a_claim_is_read(
    tmp_path: Path, line: str, want: set[tuple[int, str, str]]
) -> None:
    """Each count of the line is stored, of the General Staff's enemy."""
    assert want <= _found(_claims(tmp_path, OPENING + line))


def test_a_bare_line_after_the_other_side_s_claim_keeps_its_claimant_s_side(
    tmp_path: Path,
) -> None:
    """The side of a bare line is its claimant's enemy's, not the sentence before's: a digest
    quoting Moscow about Ukraine's losses, then the General Staff's next count."""
    body = (
        "## Monday, 16 March\nThe General Staff's morning report: 1,280 troops and five tanks.\n\n"
        "## Tuesday, 17 March\n1,090 troops.\n\n## Wednesday, 18 March\n1,330 troops."
    )
    claims = _claims(tmp_path, body)
    assert {(c.value, c.subject.value) for c in claims} >= {(1090, "russia"), (1330, "russia")}
    days = {c.value: (c.period_start, c.period_end) for c in claims}
    assert str(days[1090][0]) == str(days[1090][1]) == "2026-03-17"
    assert str(days[1280][0]) == "2026-03-16"


NOT_LOSSES = [
    "Russia massed troops near the border, officials said.\n\n12,000 troops.",
    "The brigade trained for months.\n\nAbout 4,000 soldiers and 60 tanks.",
    "Kyiv expects new deliveries in spring.\n\n40 tanks and 20 artillery systems.",
]


@pytest.mark.parametrize("body", NOT_LOSSES)
def test_a_bare_line_in_a_text_not_about_losses_stores_nothing(tmp_path: Path, body: str) -> None:
    """Counts of troops and tanks with no loss word anywhere are forces, not losses."""
    assert _claims(tmp_path, body, title="Forces on the border") == []


def test_a_bare_line_with_other_words_is_not_a_count_line(tmp_path: Path) -> None:
    """A line with a verb or other words is not a bare line: it needs its own loss word."""
    body = OPENING + "Moscow sent 3,000 troops to the sector."
    assert (3000, "personnel", "russia") not in _found(_claims(tmp_path, body))


def _numbers_in(line: str) -> list[int]:
    """The numbers written in digits in a line, in order."""
    return [int(w.strip(".,").replace(",", "")) for w in line.split() if w[:1].isdigit()]


# A report's figure given with a reporting verb and no noun is its headline count (personnel).
REPORT_VERB_LINES = [
    "Its update for Tuesday added 1,190.",
    "The General Staff added another 1,045 on Friday.",
    "The bulletin of 12 March gave 1,320.",
    "By Sunday the running total had reached 1,402,560.",
    "The day's figure was 1,260, the highest this month.",
    "Yesterday's report added up to 980 to the count.",
    "The General Staff's tally stood at 1,388,900 on Monday.",
    "Thursday's summary reported 1,075.",
]


@pytest.mark.parametrize("line", REPORT_VERB_LINES)
def test_a_report_s_figure_without_a_noun_is_its_headline_count(tmp_path: Path, line: str) -> None:
    """The number after "added", "gave", "reached", "was" of a report is personnel lost."""
    value = max(_numbers_in(line))
    assert (value, "personnel", "russia") in _found(_claims(tmp_path, OPENING + line))


NOT_A_HEADLINE = [
    "The report was 14 pages long.",
    pytest.param(
        "Oryx's count reached 4,100 by then.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a restatement ('count reached') takes the metric of the claim before it, "
            "even when another tracker's count is meant",
        ),
    ),
    "The General Staff added 12 new categories to its bulletin.",
]


@pytest.mark.parametrize("line", NOT_A_HEADLINE)
def test_a_report_number_that_counts_something_else_is_not_personnel(
    tmp_path: Path, line: str
) -> None:
    """Pages, categories, and an equipment tracker's count are not personnel losses."""
    numbers = _numbers_in(line)
    found = {(v, m) for v, m, _ in _found(_claims(tmp_path, OPENING + line))}
    assert (numbers[0], "personnel") not in found


# A list under a heading that names the body whose daily report it is: its lines are losses
# though neither the heading nor the lines say a loss word.
TALLIER_HEADINGS = [
    "APPENDIX 1. General Staff figures for the past day",
    "General Staff, morning update of 19 March",
    "Table 2 - data of Ukraine's General Staff",
    "From the General Staff's daily post:",
    "Ukrainian General Staff numbers (report of 19 March)",
    "ATTACHMENT: General Staff summary",
    "The General Staff's figures, as published this morning",
    "Reference: General Staff report",
]


@pytest.mark.parametrize("heading", TALLIER_HEADINGS)
def test_a_list_under_a_heading_naming_the_general_staff_is_read(
    tmp_path: Path, heading: str
) -> None:
    """Each line of the list is stored as a loss of Russia's."""
    lines = "- Personnel: 1,140\n- Tanks: 8\n- Drones: 1,622\n"
    body = f"Below are the national figures.\n\n{heading}\n{lines}"
    assert {(1140, "personnel", R), (8, "tanks", R), (1622, "drones", R)} <= _found(
        _claims(tmp_path, body, title="Daily situation update")
    )


def test_a_list_under_a_heading_naming_no_tallier_is_not_read(tmp_path: Path) -> None:
    """A regional list of services with no loss word and no tallier named stores nothing."""
    body = "Regional data\n- Shelters open: 214\n- Buses running: 36\n- Schools open: 120\n"
    assert _claims(tmp_path, body, title="Daily situation update") == []
