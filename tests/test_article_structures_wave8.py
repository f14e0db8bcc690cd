# ruff: noqa: E501 - one article line a row, however long.
"""Article structures the English reader learnt in wave 8 (issue 13): a CSV or TSV block with
a header row (a newsletter's appendix, a data note's download pasted inline), read cell by cell
like a Markdown table: the header names the metric, the first column the period (an ISO month
"2025-03" too), the paragraph before the block who claims it and whose losses. My own
appendices, in the shapes outlets paste them; a figure on the wrong side is a failed test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import Claim, extract_claims, load_source
from knowledge.ingest.articles import unwrap


def _claims(tmp_path: Path, body: str, published: str = "2025-07-03") -> list[Claim]:
    """The claims of one article written to a file with front matter."""
    path = tmp_path / "a.md"
    path.write_text(
        f"---\ntitle: Appendix\npublisher: Test Desk\npublished: {published}\n---\n{body}\n",
        encoding="utf-8",
    )
    return extract_claims(load_source(path))


INTRO_GS = "The monthly figures below are taken from Ukraine's General Staff reports of Russian losses.\n\n"
INTRO_MOD = "Russia's Ministry of Defence claims these Ukrainian losses, month by month.\n\n"

# (body, value, metric, subject, period start, period end)
CSV_BLOCKS = [
    (INTRO_GS + "```\nmonth, personnel, tanks\n2025-04, 35120, 88\n2025-05, 36900, 71\n```",
     36900, "personnel", "russia", dt.date(2025, 5, 1), dt.date(2025, 5, 31)),
    (INTRO_GS + "```\nmonth,personnel,tanks\n2025-04,35120,88\n2025-05,36900,71\n```",
     88, "tanks", "russia", dt.date(2025, 4, 1), dt.date(2025, 4, 30)),
    (INTRO_GS + "month\ttanks\tartillery systems\nApril 2025\t88\t1210\nMay 2025\t71\t1340\n",
     1340, "artillery", "russia", dt.date(2025, 5, 1), dt.date(2025, 5, 31)),
    (INTRO_MOD + '"Month","Tanks","Armoured vehicles"\n"March 2025","1,204","2,310"\n"April 2025","1,187","2,044"\n',
     2044, "armored_vehicles", "ukraine", dt.date(2025, 4, 1), dt.date(2025, 4, 30)),
    (INTRO_GS + "```csv\nperiod;personnel;aircraft\n2025/01;48240;0\n2025/02;40110;1\n```",
     48240, "personnel", "russia", dt.date(2025, 1, 1), dt.date(2025, 1, 31)),
    ("Data: Ukraine's General Staff, Russian losses killed and wounded together.\n\n"
     "month, personnel\n2025-05, 36900\n2025-06, 31000\n",
     31000, "personnel", "russia", dt.date(2025, 6, 1), dt.date(2025, 6, 30)),
]  # fmt: skip


@pytest.mark.parametrize(("body", "value", "metric", "subject", "start", "end"), CSV_BLOCKS)
def test_a_csv_block_with_a_header_row_is_read_cell_by_cell(
    tmp_path: Path, body: str, value: int, metric: str, subject: str, start: dt.date, end: dt.date
) -> None:
    """Each cell under a metric header, in a row labelled by a month, is that month's figure."""
    claims = [c for c in _claims(tmp_path, body) if c.value == value]
    assert [(c.metric.value, c.subject.value) for c in claims] == [(metric, subject)]
    assert (claims[0].period_kind.value, claims[0].period_start, claims[0].period_end) == (
        "month",
        start,
        end,
    )


NOT_LOSS_BLOCKS = [
    INTRO_GS
    + "```\nmonth, recruits, contracts signed\n2025-04, 3100, 2800\n2025-05, 2950, 2700\n```",
    "Here is the file we used.\n\n```\nmonth, tanks, artillery\n2025-04, 88, 1210\n2025-05, 71, 1340\n```",
    INTRO_GS
    + "```\nmonth, personnel, share of total %\n2025-04, 35120, 2.9\n2025-05, 36900, 3.0\n```",
]


@pytest.mark.parametrize("body", NOT_LOSS_BLOCKS)
def test_a_csv_block_of_no_losses_or_of_nobody_s_losses_gives_no_figures(
    tmp_path: Path, body: str
) -> None:
    """Recruits, a block whose side nothing names, and a share column give no claims."""
    values = {c.value for c in _claims(tmp_path, body)}
    assert not values & {3100, 2800, 2950, 2700, 88, 1210, 71, 1340, 2, 3}


def test_prose_with_commas_is_no_csv_block(tmp_path: Path) -> None:
    """Lines of prose that happen to hold commas stay prose."""
    body = (
        "Russia, Ukraine, Belarus, Poland\nKyiv, Lviv, Odesa, Kharkiv\n"
        "Russia has lost 1,020 soldiers in the past day, Ukraine's General Staff said."
    )
    claims = _claims(tmp_path, body)
    assert [(c.value, c.subject.value) for c in claims] == [(1020, "russia")]


# -- a chart's description: alt text, caption, text version -----------------------------------

# (body, value, metric, subject, month)
CHARTS = [
    ("[Alt text: Bar chart of Russian tank losses claimed by Ukraine's General Staff in 2025, one bar a month. "
     "January stands at 112, February at 98 and March at 131.]", 98, "tanks", "russia", dt.date(2025, 2, 1)),
    ("Image description: a line chart tracking Russian personnel losses reported by Ukraine's General Staff, "
     "January to April 2025. The line climbs from 48,240 in January to 40,110 in February, 41,030 in March "
     "and 37,200 in April.", 41030, "personnel", "russia", dt.date(2025, 3, 1)),
    ("Graph: Ukrainian armoured vehicle losses, as claimed by Russia's Ministry of Defence, 2025.\n"
     "January: 1,410. February: 1,302. March: 1,555.", 1302, "armored_vehicles", "ukraine", dt.date(2025, 2, 1)),
    ("The infographic shows Russian artillery losses per Kyiv's General Staff for spring 2025: "
     "April peaked at 1,480 systems, while May reached 1,390.", 1390, "artillery", "russia", dt.date(2025, 5, 1)),
    ("Text version of the chart: it plots Russian drone losses according to Ukraine's General Staff in 2025, "
     "with 9,100 in May and 10,250 in June.", 10250, "drones", "russia", dt.date(2025, 6, 1)),
]  # fmt: skip


@pytest.mark.parametrize(("body", "value", "metric", "subject", "month"), CHARTS)
def test_a_chart_description_pairs_values_with_months(
    tmp_path: Path, body: str, value: int, metric: str, subject: str, month: dt.date
) -> None:
    """A value the description pairs with a month is that month's figure of what is charted."""
    claims = [c for c in _claims(tmp_path, body) if c.value == value]
    assert [(c.metric.value, c.subject.value) for c in claims] == [(metric, subject)]
    assert (claims[0].period_kind.value, claims[0].period_start) == ("month", month)


NOT_CHART_FIGURES = [
    # axis ticks and steps: no month beside them
    "[Alt text: Column chart showing Russian personnel losses claimed by Ukraine's General Staff. "
    "The vertical axis runs from 0 to 45,000 in steps of 5,000.]",
    # a chart of something that is no loss
    "[Alt text: Bar chart of contracts signed with Russia's army in 2025: 30,100 in January and 28,400 in February.]",
    # a chart's furniture: a file size and a month it was updated
    "Chart: Russian tank losses per Ukraine's General Staff in 2025. Download the data (CSV, 98 KB), updated "
    "monthly since January, 112 rows.",
]


@pytest.mark.parametrize("body", NOT_CHART_FIGURES)
def test_a_chart_s_axis_and_a_chart_of_no_losses_give_no_figures(tmp_path: Path, body: str) -> None:
    """Axis ticks, contracts and a side nobody names are no figures."""
    values = {c.value for c in _claims(tmp_path, body)}
    assert not values & {45000, 5000, 30100, 28400, 112, 98}


# -- a running total given with no verb, after the figure it goes on from --------------------

GS = "Ukraine's General Staff said Russia lost 840 soldiers over the past day."
# (body, value, metric)
BARE_TOTALS = [
    (GS + " Running total 1,202,070.", 1202070, "personnel"),
    (GS + " Total: 1,202,070.", 1202070, "personnel"),
    (GS + " That makes 1,202,070 overall.", 1202070, "personnel"),
    ("Ukraine's General Staff said Russia lost 8 tanks over the past day. That's a total of 11,859.", 11859, "tanks"),
    ("Russia's defence ministry said Ukraine lost 45 drones overnight. Cumulative count: 61,300.", 61300, "drones"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "value", "metric"), BARE_TOTALS)
def test_a_bare_running_total_goes_on_from_the_figure_before(
    tmp_path: Path, body: str, value: int, metric: str
) -> None:
    """ "Running total N", "Total: N", "N overall" restate the figure before as a running total."""
    claims = [c for c in _claims(tmp_path, body, "2025-12-26") if c.value == value]
    assert [(c.metric.value, c.period_kind.value) for c in claims] == [(metric, "cumulative")]
    assert claims[0].period_end == dt.date(2025, 12, 26)


INCREMENTS = [
    "Ukraine's General Staff said Russia lost 14 artillery systems, for a total of 34,100.",
    "Ukraine's General Staff: Russia lost 14 artillery systems, making a total of 34,100.",
    "Ukraine's General Staff reported 14 more Russian artillery systems destroyed, for a new total of 34,100.",
]


@pytest.mark.parametrize("body", INCREMENTS)
def test_a_figure_before_for_a_total_of_is_the_day_s_increment(tmp_path: Path, body: str) -> None:
    """ "14 ..., for a total of 34,100": 14 is the report's day, 34,100 the running total."""
    kinds = {c.value: c.period_kind.value for c in _claims(tmp_path, body, "2025-12-26")}
    assert kinds == {14: "day", 34100: "cumulative"}


NOT_TOTALS = [
    "Russia launched a total of 127 drones overnight, the air force said.",
    "Ukraine's General Staff said Russia lost 840 soldiers. Our count of 12 visits continues.",
]


@pytest.mark.parametrize("body", NOT_TOTALS)
def test_a_total_of_launches_or_of_something_else_is_no_loss(tmp_path: Path, body: str) -> None:
    """A total of drones launched, or a count of something else, is stored as no loss."""
    assert not {c.value for c in _claims(tmp_path, body)} & {127, 12}


# -- an entry of a one-entry-a-line log wrapped onto a lower-case line --------------------------

WRAPPED_ENTRIES = [
    "07:10 | Air Force: 58 of 74 drones shot down.\n"
    "08:05 | Ukraine's General Staff: Russia lost 910 soldiers over the past day. Running\n"
    "total 1,214,300.\n"
    "09:30 | Weather: rain in Kyiv.",
    "[08:05] Ukraine's General Staff says Russia lost 910 soldiers over the past day, bringing the\n"
    "total to 1,214,300.\n"
    "[09:30] Power cuts scheduled in Kharkiv.\n"
    "[10:00] Markets open higher.",
    "Mon 08:05 - Ukraine's General Staff: Russia lost 910 soldiers over the past day; the running\n"
    "total is now 1,214,300.\n"
    "Mon 11:00 - No change on the Kupiansk axis.\n"
    "Mon 12:00 - Evening briefing at 19:00.",
]


@pytest.mark.parametrize("body", WRAPPED_ENTRIES)
def test_a_log_entry_wrapped_onto_a_lower_case_line_is_one_sentence(
    tmp_path: Path, body: str
) -> None:
    """The total on the wrapped line is read with its entry, and its quote holds the whole phrase."""
    claims = [c for c in _claims(tmp_path, body, "2025-12-26") if c.value == 1214300]
    assert [c.period_kind.value for c in claims] == ["cumulative"]
    assert "total" in claims[0].quote and "1,214,300" in claims[0].quote


def test_unwrap_joins_only_a_lower_case_continuation_in_a_one_entry_a_line_text() -> None:
    """A line opening in upper case stays its own entry; offsets hold."""
    body = (
        "07:10 | First entry ends here.\n08:05 | Second entry goes\non here.\n09:00 | Third\nEntry."
    )
    out = unwrap(body)
    assert len(out) == len(body)
    assert "goes on here." in out and "Third\nEntry." in out


# -- a breakdown of the figure before counts to its day -----------------------------------------

# (body, value)
BREAKDOWNS = [
    ("As of 9 December 2025, the tracker has confirmed 21,940 Russian vehicles lost. Of these, 4,310 were tanks.", 4310),
    ("As of 9 December 2025, the tracker has confirmed 21,940 Russian vehicles lost. Of those, 4,310 were tanks.", 4310),
    ("By 1 June 2025 Oryx had documented 3,100 Ukrainian armoured vehicles lost. Of them, 1,120 were infantry fighting vehicles.", 1120),
    ("As of 1 May 2025, Mediazona has named 130,000 Russian soldiers killed. Of these, 6,100 were officers.", 6100),
    ("As of 9 December 2025, the tracker has confirmed 21,940 Russian vehicles lost. Of these, 4,310 tanks.", 4310),
]  # fmt: skip


@pytest.mark.parametrize(("body", "value"), BREAKDOWNS)
def test_a_breakdown_of_the_figure_before_counts_to_its_day(
    tmp_path: Path, body: str, value: int
) -> None:
    """ "Of these, N were tanks" right after a running total is a running total to the same day."""
    claims = [c for c in _claims(tmp_path, body, "2025-12-10") if c.value == value]
    assert claims and all(c.period_kind.value == "cumulative" for c in claims)


# -- the answer to a question about losses asked right before it ------------------------------

# (body, value, metric, subject)
ANSWERS = [
    ("### And Ukrainian losses?\nBy the same rule: 7,880 Ukrainian vehicles and weapons systems as of 9 December 2025.",
     7880, "other", "ukraine"),
    ("### How many Russian tanks has the tracker confirmed lost?\nAs of 9 December 2025, 4,310 Russian tanks, each with a photo.",
     4310, "tanks", "russia"),
    ("Q: How many Russian soldiers did Ukraine's General Staff say were killed or wounded yesterday?\n"
     "A: Its report gave 1,130 Russian soldiers for the past day.", 1130, "personnel", "russia"),
    ("**What about Ukraine's own losses?**\n\nRussia's defence ministry claims 1,300 Ukrainian troops over the past day.",
     1300, "personnel", "ukraine"),
    ("How many Russian armoured vehicles were destroyed in May? Ukraine's General Staff counted 410 Russian armoured vehicles in May 2025.",
     410, "armored_vehicles", "russia"),
]  # fmt: skip


@pytest.mark.parametrize(("body", "value", "metric", "subject"), ANSWERS)
def test_the_answer_to_a_question_about_losses_gives_losses(
    tmp_path: Path, body: str, value: int, metric: str, subject: str
) -> None:
    """An FAQ's answer or an interview's "A:" line under a question about losses is read as losses."""
    found = {(c.metric.value, c.subject.value) for c in _claims(tmp_path, body) if c.value == value}
    assert found == {(metric, subject)}


NOT_ANSWERS = [
    "### How many volunteers do you have?\nAbout 25 volunteers, in 9 time zones.",
    "### Why did Russia lose so many tanks?\nAnalysts give 3 reasons.",
    "### How many Russian tanks were lost?\nWe reply to 40 emails a week.",
]


@pytest.mark.parametrize("body", NOT_ANSWERS)
def test_an_answer_s_other_numbers_are_no_losses(tmp_path: Path, body: str) -> None:
    """Volunteers, reasons and emails under a question are no figures."""
    assert not {c.value for c in _claims(tmp_path, body)} & {25, 9, 3, 40}
