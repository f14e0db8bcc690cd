# ruff: noqa: E501 - one article line a row, however long.
"""Article structures the English reader learnt in wave 7 (issue 13): reference marks and a
thread's post numbers that are no figures, a corrected figure "not N as first published", an
italic correction note wrapped over lines, counts given with a tallying verb and no loss word
("recorded 96 Russian tanks", "lists 23,400 artillery systems"), the state words between a
number and its noun ("214 destroyed or abandoned vehicles"), and a list item wrapped onto an
indented line. My own sentences, in the structures outlets print; a figure on the wrong side
is a failed test, never an xfail."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Claim, extract_claims, load_source
from knowledge.ingest.articles import unwrap


def _claims(tmp_path: Path, body: str, published: str = "2026-05-20") -> list[Claim]:
    """The claims of one article written to a file with front matter."""
    path = tmp_path / "a.md"
    path.write_text(
        f"---\ntitle: Test page\npublisher: Test Desk\npublished: {published}\n---\n{body}\n",
        encoding="utf-8",
    )
    return extract_claims(load_source(path))


def _found(claims: list[Claim]) -> set[tuple[int, str, str]]:
    """(value, metric, subject) of each claim."""
    return {(c.value, c.metric.value, c.subject.value) for c in claims}


# -- reference marks and a thread's post numbers ---------------------------------------------

MARKED = [
    ("- Ukraine's General Staff: 1,200,000 killed and wounded as of 1 May 2026.[4]", 1200000, {4}),
    ("Russia has lost about 950,000 troops, the Pentagon said.[12][13]", 950000, {12, 13}),
    ("Mediazona counts 120,000 named Russian dead[3] as of July.", 120000, {3}),
    ("2/9 We logged 40 Russian tanks destroyed near Kupiansk in March.", 40, {2, 9}),
    ("5/5 Ukraine lost 12 tanks in the same area, by our count. Follow for more.", 12, {5}),
    ("(3/4) Russian losses of 77 tanks were confirmed by video.", 77, {3, 4}),
]


@pytest.mark.parametrize(("line", "value", "marks"), MARKED)
def test_reference_marks_and_post_numbers_are_no_figures(
    tmp_path: Path, line: str, value: int, marks: set[int]
) -> None:
    """ "[4]" cites a source and "2/9" numbers a post: only the loss figure is stored."""
    values = {c.value for c in _claims(tmp_path, line)}
    assert value in values
    assert not values & marks


# -- a corrected figure ------------------------------------------------------------------------

CORRECTED = [
    'The figure for Russian soldiers killed should read "around 330,000", not "around 300,000" as first published.',
    "Russia lost 1,090 troops over the past day, not 1,190 as originally reported.",
    "Kyiv says 45 Russian tanks were destroyed last week, not 54 as we first wrote.",
    "The ministry claimed 620 Ukrainian soldiers killed, not 260 as previously stated.",
    "Ukraine's General Staff reported 1,310 Russian troops lost, and not 1,130 as initially published.",
]


@pytest.mark.parametrize("line", CORRECTED)
def test_the_figure_a_correction_replaces_is_not_stored(tmp_path: Path, line: str) -> None:
    """ "not N as first published": N was the outlet's mistake, nobody's claim."""
    values = {c.value for c in _claims(tmp_path, line)}
    assert values and not values & {300000, 1190, 54, 260, 1130}


ITALIC_NOTES = [
    "*Correction, 7 May 2026: An earlier version of this article said the General Staff reported\n1,910 Russian personnel losses on Monday; the correct figure is 910. We regret the error.*",
    "*Correction: this story earlier misstated the number of Russian troops lost as\n1,910 in one day. It was 910.*",
    "_Correction, 8 May: A previous version of this article gave Russia's daily losses as\n1,910 soldiers. The General Staff's figure was 910._",
    "*Editor's note: an earlier version of this report wrongly gave Russian losses as\n1,910 troops in a day; the General Staff's figure is 910.*",
    "*Clarification (9 May 2026): the previous version of this story said Russia lost\n1,910 troops on Monday. That was a typing error.*",
]


@pytest.mark.parametrize("note", ITALIC_NOTES)
def test_an_italic_correction_note_wrapped_over_lines_stores_no_wrong_figure(
    tmp_path: Path, note: str
) -> None:
    """An italic note ("*Correction ...") is prose, not a list item: its lines are one
    paragraph, which is a correction note as a whole."""
    body = (
        "Ukraine's General Staff said on Monday that Russian forces had lost 910 personnel over the past\n"
        "day, taking its total since February 2022 to 1,300,910 according to its morning report.\n\n"
        + note
    )
    claims = _claims(tmp_path, body)
    assert 1910 not in {c.value for c in claims}
    assert (910, "personnel", "russia") in _found(claims)


def test_an_italic_line_is_no_list_item_but_a_bullet_is() -> None:
    """ "*Word" opens italics and is wrapped like prose; "* word" opens a list item."""
    wrapped = (
        "*Correction: an earlier version of this story gave the number of Russian soldiers lost as\n"
        "1,910 in one day, in a sentence we have since corrected after a reader wrote to us here.*\n"
    )
    assert unwrap(wrapped) == wrapped.replace("as\n1,910", "as 1,910")
    listed = "* Tanks lost over the past day, according to the General Staff's report: twelve\n* Artillery systems lost over the past day, according to the report: forty\n"
    assert unwrap(listed) == listed


# -- counts given with a tallying verb ---------------------------------------------------------

TALLIED = [
    (
        "The General Staff recorded 96 Russian tanks in May against 71 in April.",
        {(96, "tanks", "russia"), (71, "tanks", "russia")},
    ),
    (
        "Ukraine's General Staff said Russia lost 1,020 troops over the past day. Its report lists 23,400 artillery systems and 310 vehicles and fuel tanks.",
        {(23400, "artillery", "russia"), (310, "vehicles", "russia")},
    ),
    (
        "Oryx has logged 3,100 Ukrainian armoured vehicles since February 2022.",
        {(3100, "armored_vehicles", "ukraine")},
    ),
    (
        "Our team geolocated 118 Russian tanks between January and March.",
        {(118, "tanks", "russia")},
    ),
    (
        "Russia's defence ministry gave a figure of up to 205 Ukrainian servicemen for the past day.",
        {(205, "personnel", "ukraine")},
    ),
    (
        "The monitors documented 64 Russian helicopters by the end of 2025.",
        {(64, "helicopters", "russia")},
    ),
]


@pytest.mark.parametrize(("text", "want"), TALLIED)
def test_a_count_given_with_a_tallying_verb_is_a_loss_figure(
    tmp_path: Path, text: str, want: set[tuple[int, str, str]]
) -> None:
    """ "recorded / listed / logged / geolocated / documented N <side> <things>", and "a
    figure of N <side> soldiers": a count of losses with no loss word."""
    assert want <= _found(_claims(tmp_path, text))


NOT_TALLIED = [
    "Germany listed 18 Leopard tanks in its latest aid package.",
    "The General Staff recorded 180 combat clashes along the front.",
    "The plant recorded 40 new tanks in its yearly output, the governor said.",
    "The brigade logged 2,000 flight hours with its drones this spring.",
    "Analysts counted 12 battalions in the area.",
]


@pytest.mark.parametrize("text", NOT_TALLIED)
def test_a_tallying_verb_without_a_side_or_a_loss_count_gives_nothing(
    tmp_path: Path, text: str
) -> None:
    """Deliveries, output, clashes and units counted are not losses."""
    assert not _claims(tmp_path, text)


# -- state words between a number and its noun -------------------------------------------------

STATED = [
    (
        "Between 1 March and 15 May we geolocated 214 destroyed or abandoned Russian vehicles.",
        (214, "vehicles", "russia"),
    ),
    ("Oryx counted 87 destroyed Russian tanks in the sector.", (87, "tanks", "russia")),
    (
        "The brigade says it hit 31 damaged or destroyed Ukrainian armoured vehicles.",
        (31, "armored_vehicles", "ukraine"),
    ),
    ("Border guards destroyed 11 Russian mortars in the same period.", (11, "artillery", "russia")),
    ("The unit shot down 64 Russian reconnaissance drones last week.", (64, "drones", "russia")),
    (
        "Russia lost 41 tanks and 96 IFVs/APCs near Pokrovsk this spring.",
        (96, "armored_vehicles", "russia"),
    ),
]


@pytest.mark.parametrize(("text", "want"), STATED)
def test_state_and_role_words_before_the_noun_keep_the_count(
    tmp_path: Path, text: str, want: tuple[int, str, str]
) -> None:
    """ "214 destroyed or abandoned vehicles", "64 reconnaissance drones", "11 mortars"."""
    assert want in _found(_claims(tmp_path, text))


# -- a list item wrapped onto an indented line -------------------------------------------------

WRAPPED_ITEMS = [
    (
        "- Russia: 22,000 pieces of equipment lost — destroyed 17,000, damaged 1,300, abandoned 1,100,\n  captured 2,600.",
        2600,
    ),
    (
        "* Ukraine: 7,500 pieces of equipment lost, of which destroyed 5,400 and\n  captured 1,040.",
        1040,
    ),
    (
        "- Russian tanks lost, visually confirmed: 4,400, of them destroyed 3,100 and abandoned\n  412 by their crews.",
        412,
    ),
    (
        "• Ukrainian armoured vehicles lost by the end of June, all confirmed by photographs:\n  2,910.",
        2910,
    ),
    (
        "1. Russian helicopters lost since February 2022, according to Kyiv's daily list:\n   348.",
        348,
    ),
]


@pytest.mark.parametrize(("item", "value"), WRAPPED_ITEMS)
def test_a_list_item_wrapped_onto_an_indented_line_is_read_whole(
    tmp_path: Path, item: str, value: int
) -> None:
    """The indented line goes on with the item above it."""
    body = "Totals by side, visually confirmed:\n\n" + item + "\n- Updated daily.\n"
    assert value in {c.value for c in _claims(tmp_path, body)}


def test_two_statuses_joined_make_a_whole_not_a_part(tmp_path: Path) -> None:
    """ "214 destroyed or abandoned vehicles" counts both statuses: no breakdown part."""
    body = "Our team geolocated 214 destroyed or abandoned Russian vehicles this spring, and 87 destroyed Russian tanks."
    parts = {c.value: c.part_of for c in _claims(tmp_path, body)}
    assert parts.get(214, "missing") is None
    assert parts.get(87) == "destroyed"


# -- a timeline of a running count's milestones ------------------------------------------------

MILESTONE_LEDES = [
    "Ukraine's General Staff has published a running count of Russian losses every morning since 2022. The milestones:",
    "Kyiv's daily tally of Russian personnel losses, kept by the General Staff, passed these marks:",
    "Russia's defence ministry keeps a running total of Ukrainian losses in its briefings. When it crossed each mark:",
    "The General Staff's cumulative count of Russian casualties, milestone by milestone:",
    "How the General Staff's running tally of Russian troops lost grew:",
]
MILESTONE_LINES = (
    "**3 March 2025** — The tally passes 900,000: 900,120 personnel in that day's report.\n\n"
    "**11 June 2025** — 1,000,210. It took 100 days.\n\n"
    "**19 September 2025** — 1,100,480, a Friday.\n\n"
    "**January 2026, for context** — the count slowed over the holidays."
)


@pytest.mark.parametrize("lede", MILESTONE_LEDES)
def test_a_timeline_of_a_running_count_stores_each_milestone_at_its_date(
    tmp_path: Path, lede: str
) -> None:
    """Each dated entry's figure is the count named in the lede, cumulative to that day, on
    the side the lede names."""
    claims = _claims(tmp_path, lede + "\n\n" + MILESTONE_LINES, published="2026-02-01")
    side = "ukraine" if "Ukrainian losses" in lede else "russia"
    got = {
        (c.value, c.metric.value, c.subject.value, c.period_kind.value, str(c.period_end))
        for c in claims
    }
    assert {
        (900120, "personnel", side, "cumulative", "2025-03-03"),
        (1000210, "personnel", side, "cumulative", "2025-06-11"),
        (1100480, "personnel", side, "cumulative", "2025-09-19"),
    } <= got
    assert not {c.value for c in claims} & {100, 900000}


def test_dated_lines_without_a_running_count_give_no_milestones(tmp_path: Path) -> None:
    """Dated lines with bare numbers and no count named before them are not read."""
    body = "Our subscriber numbers over the year:\n\n" + MILESTONE_LINES
    values = {c.value for c in _claims(tmp_path, body, published="2026-02-01")}
    assert not values & {1000210, 1100480}


# -- list items with no loss word: under a losses heading, or going on with a loss list -------

BARE_UNDER_HEADING = [
    (
        "**Ukrainian losses**",
        "- Russian Ministry of Defence: almost 1.7 million (July 2026).",
        (1700000, "personnel", "ukraine"),
    ),
    (
        "**Russian losses**",
        "- UK Defence Intelligence: about 1,200,000 (May 2026).[3]",
        (1200000, "personnel", "russia"),
    ),
    (
        "## Ukrainian casualties",
        "* Russia's defence ministry: more than 1,500,000 (as of June 2026)",
        (1500000, "personnel", "ukraine"),
    ),
    (
        "**Russian losses**",
        "• The Pentagon: 1.1 million (spring 2026).",
        (1100000, "personnel", "russia"),
    ),
    (
        "### Russian losses",
        "- Ukraine's General Staff: 1,402,350 (as of 30 June 2026).",
        (1402350, "personnel", "russia"),
    ),
]


@pytest.mark.parametrize(("heading", "line", "want"), BARE_UNDER_HEADING)
def test_a_bare_figure_listed_under_a_losses_heading_counts_that_side_s_soldiers(
    tmp_path: Path, heading: str, line: str, want: tuple[int, str, str]
) -> None:
    """ "**Ukrainian losses**" then "- Claimant: almost 1.7 million": the side's personnel."""
    body = f"Estimates vary widely.\n\n{heading}\n- Someone else: 20,000 killed (2025).\n{line}\n"
    assert want in _found(_claims(tmp_path, body))


def test_a_bare_figure_under_a_heading_that_names_no_losses_gives_nothing(tmp_path: Path) -> None:
    """ "**Russia**" then "- Mobilised: 300,000": a heading naming only a side says no loss."""
    body = "Army sizes.\n\n**Russia**\n- Ministry figure: 1,500,000 (2026).\n- Mobilised: 300,000 (2022).\n"
    assert not _claims(tmp_path, body)


GOES_ON_LISTS = [
    (
        "- Russia: 22,140 pieces of equipment lost.",
        "- Russian tanks: 4,410 (of which T-90M: 186).",
        (4410, "tanks", "russia"),
    ),
    (
        "- Ukraine: 7,560 pieces of equipment lost, visually confirmed.",
        "- Ukrainian tanks: 1,210.",
        (1210, "tanks", "ukraine"),
    ),
    (
        "* Russian helicopters destroyed: 348",
        "* Russian aircraft: 421",
        (421, "aircraft", "russia"),
    ),
    (
        "- Russian soldiers killed, named by Mediazona: 171,200",
        "- Ukrainian servicemen: 46,000",
        (46000, "personnel", "ukraine"),
    ),
    (
        "• Tanks lost by Russia: 4,410",
        "• Russian armoured vehicles: 9,120",
        (9120, "armored_vehicles", "russia"),
    ),
]


@pytest.mark.parametrize(("first", "second", "want"), GOES_ON_LISTS)
def test_a_list_item_going_on_with_a_loss_list_is_a_loss_line(
    tmp_path: Path, first: str, second: str, want: tuple[int, str, str]
) -> None:
    """The second item names only a side and a kind of equipment: it goes on with the first."""
    body = f"Totals, as of 14 July 2026:\n\n{first}\n{second}\n"
    assert want in _found(_claims(tmp_path, body))


# -- whose losses: own troops, equipment by model, what a failure cost -------------------------

SIDED = [
    # "N of its own soldiers": the count is of soldiers, whoever's artillery is named before
    (
        "Russian artillery shelled its own trenches by mistake, killing 9 of its own soldiers.",
        (9, "personnel", "russia"),
    ),
    (
        "A Russian drone hit a friendly column, killing 4 of their own troops, the intercept suggests.",
        (4, "personnel", "russia"),
    ),
    (
        "Ukrainian gunners misread the map and killed 3 of their own men near Toretsk, the inquiry found.",
        (3, "personnel", "ukraine"),
    ),
    (
        "Russian air defence downed one of its own Su-34 bombers over Kursk.",
        (1, "aircraft", "russia"),
    ),
    (
        "Ukraine's own air defence shot down one of its Su-27 jets over Odesa by mistake.",
        (1, "aircraft", "ukraine"),
    ),
    (
        "Russia's own S-200 battery shot down two of its Il-22 planes over the Sea of Azov, Kyiv claims.",
        (2, "aircraft", "russia"),
    ),
    # "its own" losses next to the enemy's: the side opposite the one it destroyed
    (
        "The battalion admitted losing 5 of its own tanks but said it destroyed 14 Russian tanks.",
        (5, "tanks", "ukraine"),
    ),
    (
        "The regiment conceded it lost 7 of its own armoured vehicles while knocking out 20 Ukrainian vehicles.",
        (7, "armored_vehicles", "russia"),
    ),
    (
        "The unit said it lost 4 of its own helicopters but downed 6 Ukrainian jets.",
        (4, "helicopters", "russia"),
    ),
    (
        "The brigade lost 2 of its own artillery pieces and destroyed 12 Russian guns, its commander said.",
        (2, "artillery", "ukraine"),
    ),
    (
        "The crew admitted losing 3 of their own drones before hitting 8 Russian vehicles.",
        (3, "drones", "ukraine"),
    ),
    # equipment named by model or role
    (
        "Ukraine says its air defence downed three Russian Ka-52s near Orikhiv on Sunday.",
        (3, "helicopters", "russia"),
    ),
    (
        "Six Ukrainian HIMARS launchers were destroyed by missile strikes, the ministry claimed.",
        (6, "mlrs", "ukraine"),
    ),
    (
        "Kyiv said its gunners shot down two Russian Su-25 bombers over Avdiivka.",
        (2, "aircraft", "russia"),
    ),
    (
        "The air force said it destroyed 41 Shaheds overnight over central Ukraine.",
        (41, "drones", "russia"),
    ),
    (
        "Russia's defence ministry claimed four Ukrainian Mi-8s were shot down near Kharkiv.",
        (4, "helicopters", "ukraine"),
    ),
    # what a failed push cost a side
    (
        "The failed push on Toretsk cost Moscow's 8th Army at least 27 tanks in a week.",
        (27, "tanks", "russia"),
    ),
    (
        "The river crossing cost the Ukrainians some 40 armoured vehicles, Russian bloggers claimed.",
        (40, "armored_vehicles", "ukraine"),
    ),
    (
        "The assault on Vuhledar cost Russia more than 130 tanks and armoured vehicles in a month, Kyiv said.",
        (130, "armored_vehicles", "russia"),
    ),
    (
        "Analysts say the offensive has cost Russian forces about 2,000 soldiers since June.",
        (2000, "personnel", "russia"),
    ),
    (
        "The counteroffensive cost Kyiv's brigades 20 Leopard tanks, the ministry in Moscow said.",
        (20, "tanks", "ukraine"),
    ),
]


@pytest.mark.parametrize(("text", "want"), SIDED)
def test_the_side_of_own_losses_models_and_costs(
    tmp_path: Path, text: str, want: tuple[int, str, str]
) -> None:
    """The figure is stored with its metric, and only on its side."""
    claims = _claims(tmp_path, text)
    assert want in _found(claims)
    assert {c.subject.value for c in claims if c.value == want[0]} == {want[2]}


# -- "Of the 214: 41 tanks, ...": a breakdown of the total right before, with no loss word -----

BREAKDOWNS = [
    (
        "Of the 214: 41 tanks, 96 IFVs/APCs, the rest trucks and buggies.",
        {(41, "tanks", "russia"), (96, "armored_vehicles", "russia")},
    ),
    ("Of these 214 vehicles, 41 were tanks.", {(41, "tanks", "russia")}),
    (
        "Among the 214 pieces of equipment: 41 tanks and 96 armoured vehicles.",
        {(41, "tanks", "russia"), (96, "armored_vehicles", "russia")},
    ),
    (
        "3/9 Of the 214, 41 were tanks and 96 IFVs.",
        {(41, "tanks", "russia"), (96, "armored_vehicles", "russia")},
    ),
    (
        "Of those 214 losses: 41 tanks, 96 armoured vehicles.",
        {(41, "tanks", "russia"), (96, "armored_vehicles", "russia")},
    ),
]


@pytest.mark.parametrize(("text", "want"), BREAKDOWNS)
def test_a_breakdown_of_the_total_before_counts_its_parts(
    tmp_path: Path, text: str, want: set[tuple[int, str, str]]
) -> None:
    """The parts of the total stated right before are its side's losses too."""
    body = (
        "Between March and May our team geolocated 214 destroyed Russian vehicles of all types.\n\n"
        + text
    )
    assert want <= _found(_claims(tmp_path, body))


# -- the kind of loss by the verb right before each number --------------------------------------

KINDS_BY_VERB = [
    (
        "Border guards eliminated 146 Russian servicemen and wounded 233 Russian servicemen over the week.",
        {146: "killed", 233: "wounded"},
    ),
    (
        "The brigade killed 40 Russian soldiers and wounded 95 Russian soldiers in two days.",
        {40: "killed", 95: "wounded"},
    ),
    (
        "Russian forces wounded 12 Ukrainian soldiers and captured 4 Ukrainian soldiers near Vovchansk.",
        {12: "wounded", 4: "captured"},
    ),
    (
        "The unit liquidated 58 occupiers and injured 71 occupiers, its commander wrote.",
        {58: "killed", 71: "wounded"},
    ),
    (
        "Kyiv says its forces killed and wounded 1,300 Russian troops and captured 12 Russian soldiers.",
        {1300: "casualties", 12: "captured"},
    ),
]


@pytest.mark.parametrize(("text", "want"), KINDS_BY_VERB)
def test_each_number_takes_the_kind_of_the_verb_right_before_it(
    tmp_path: Path, text: str, want: dict[int, str]
) -> None:
    """ "eliminated 146 ... and wounded 233": 146 killed, 233 wounded, not both wounded."""
    kinds = {c.value: c.personnel_kind and c.personnel_kind.value for c in _claims(tmp_path, text)}
    assert {value: kinds.get(value) for value in want} == want


# -- page furniture and dataset edits are no claims ---------------------------------------------

LINK_BLOCKS = [
    "RELATED\n· Overnight attack: 2 injured in Kharkiv\n· Russia lost 950 troops in a day, Kyiv says",
    "MOST READ\n1. Russia lost 3,000 troops in a week near Pokrovsk, Kyiv says\n2. Power cuts: schedule for Friday",
    "Related stories:\n\n- Ukraine says 1,100 Russian soldiers killed in a day\n- Drone wave: 40 shot down",
    "Read more\n* Kyiv: Russia lost 31 tanks in a week\n* Moscow claims 400 Ukrainian soldiers killed",
    "You may also like\n• 12 Russian tanks destroyed near Kupiansk, brigade says\n• Weather: snow expected",
]


@pytest.mark.parametrize("block", LINK_BLOCKS)
def test_links_to_other_stories_give_no_claims(tmp_path: Path, block: str) -> None:
    """Headlines listed under "RELATED" or "MOST READ" are other articles' figures."""
    body = (
        "Ukraine's General Staff said Russia lost 820 soldiers over the past day.\n\n"
        + block
        + "\n\n© 2026 Test Desk."
    )
    assert {c.value for c in _claims(tmp_path, body)} == {820}


EDITS = [
    '- Re-classified 9 vehicles from "damaged" to "destroyed".',
    "- Reclassified 12 tanks as captured rather than abandoned.",
    "- Recategorised 7 Russian armoured vehicles from damaged to destroyed.",
    "- Relabelled 5 lost Ukrainian trucks after new footage.",
    "- Reassigned 4 destroyed Russian tanks to the Kupiansk sector.",
]


@pytest.mark.parametrize("line", EDITS)
def test_a_dataset_s_reclassified_entries_are_no_losses(tmp_path: Path, line: str) -> None:
    """A changelog moving entries between categories counts no new loss."""
    body = "### Totals\n- Russia: 22,140 pieces of equipment lost.\n\n### Fixed\n" + line
    assert {c.value for c in _claims(tmp_path, body)} == {22140}


# -- a list's period and claimant from its heading and its publisher ----------------------------

AS_OF_HEADINGS = [
    ("### Totals (visually confirmed, as of 14 July 2026)", "2026-07-14"),
    ("**Losses as of 1 July 2026**", "2026-07-01"),
    ("Confirmed losses, as of 30 June 2026:", "2026-06-30"),
    ("## Running totals as at 10 July 2026", "2026-07-10"),
    ("__Totals (as of 12 July)__", "2026-07-12"),
]


@pytest.mark.parametrize(("heading", "end"), AS_OF_HEADINGS)
def test_list_items_under_an_as_of_heading_are_totals_to_that_day(
    tmp_path: Path, heading: str, end: str
) -> None:
    """ "as of D" in the heading over a list: each item with no period of its own is the
    running total to D."""
    body = f"{heading}\n- Russia: 22,140 pieces of equipment lost.\n- Ukraine: 7,560 pieces of equipment lost.\n"
    claims = _claims(tmp_path, body, published="2026-07-15")
    got = {(c.value, c.period_kind.value, str(c.period_end)) for c in claims}
    assert {(22140, "cumulative", end), (7560, "cumulative", end)} <= got


SELF_COUNTING = [
    "Armour Ledger open dataset",
    "@tank_counter on X",
    "Frontline Losses Tracker",
    "Steel Count OSINT project",
    "Wreck Registry database",
]


@pytest.mark.parametrize("publisher", SELF_COUNTING)
def test_a_dataset_s_own_page_claims_its_unattributed_figures(
    tmp_path: Path, publisher: str
) -> None:
    """A tracker's, a dataset's or an OSINT account's own page: figures nobody else is named
    for are its own count."""
    path = tmp_path / "a.md"
    path.write_text(
        f"---\ntitle: Release notes\npublisher: '{publisher}'\npublished: 2026-07-15\n---\n"
        "### Totals\n- Russia: 22,140 pieces of equipment lost.\n",
        encoding="utf-8",
    )
    claims = extract_claims(load_source(path))
    assert [c.claimant for c in claims if c.value == 22140] == [publisher]


WE_COUNTED = [
    "Between March and May we geolocated 214 destroyed Russian vehicles.",
    "We also logged 58 Ukrainian vehicles lost in the same area.",
    "Our spring count: 214 destroyed Russian vehicles near Pokrovsk.",
    "We have documented 1,210 Russian tanks lost since 2022.",
    "This month we verified 96 destroyed Russian armoured vehicles.",
]


@pytest.mark.parametrize("text", WE_COUNTED)
def test_what_we_counted_is_the_publisher_s_count(tmp_path: Path, text: str) -> None:
    """ "we geolocated", "our spring count": the publisher's own count, even when the General
    Staff is named later on the page."""
    path = tmp_path / "a.md"
    path.write_text(
        "---\ntitle: Thread\npublisher: Steel Count\npublished: 2026-05-20\n---\n"
        f"{text}\n\nFor scale, the General Staff's figure this morning is 1,352,070 Russian personnel.\n",
        encoding="utf-8",
    )
    claims = extract_claims(load_source(path))
    mine = [c.claimant for c in claims if c.value != 1352070]
    assert mine and set(mine) == {"Steel Count"}


# -- a transcript: what a guest says in their own turn is the guest's claim ----------------------

TRANSCRIPTS = [
    (
        "CAPT. HRYN",
        "ANCHOR: Moscow says Ukraine lost 9,000 soldiers last week. Is that true?\n\nCAPT. HRYN: No. In our sector over the past week we counted 380 Russian casualties.",
    ),
    (
        "MAJ. LEVCHUK",
        "HOST (ANNA BILA): Welcome back.\n\nMAJ. LEVCHUK: Thank you. Our battalion destroyed 14 Russian tanks this month.\n\nHOST: Thank you, Major.",
    ),
    (
        "COL. STEPANENKO",
        "PRESENTER: Russia's defence ministry claims huge gains.\n\nCOL. STEPANENKO: They lost 61 armoured vehicles on our axis in ten days, that is what I can tell you.",
    ),
    (
        "SGT. MOROZ",
        "INTERVIEWER: What did you see?\n\nSGT. MOROZ: Over the weekend our drone team hit 23 Russian vehicles near Pokrovsk.\n\nINTERVIEWER: Thank you.",
    ),
    (
        "LT. KOVAL",
        "ANCHOR: The General Staff reported 1,020 Russian losses today.\n\nLT. KOVAL: Near Siversk alone we counted 140 Russian soldiers killed this week.",
    ),
]


@pytest.mark.parametrize(("speaker", "transcript"), TRANSCRIPTS)
def test_a_guest_s_own_figures_in_a_transcript_are_the_guest_s(
    tmp_path: Path, speaker: str, transcript: str
) -> None:
    """The speaker label of the turn claims the figures nobody else is named for in it; the
    host's relayed figures keep their own claimants."""
    claims = _claims(tmp_path, "EVENING NEWS — TRANSCRIPT\n\n" + transcript)
    turn = next(p for p in transcript.split("\n\n") if p.startswith(speaker + ":"))
    guest = [c for c in claims if c.quote in turn]
    assert guest
    assert {c.claimant for c in guest} == {speaker.title()}
    assert {c.subject.value for c in guest} == {"russia"}


# -- a press office's or an account's own page: its figures before anyone else is named ----------

OWN_PAGES = [
    (
        "Northern Border Guard Directorate press office",
        "Over the past week, units of the 5th Border Detachment eliminated 146 Russian servicemen, the Directorate said today.",
    ),
    (
        "Operational Command South press service",
        "Over the past day our units destroyed 12 Russian tanks and 31 Russian armoured vehicles.",
    ),
    (
        "@steel_count on X",
        "1/5 Of the 120 vehicles we checked, 41 were Russian tanks destroyed near Pokrovsk.",
    ),
    (
        "72nd Brigade press centre",
        "In March the brigade's drone operators hit 88 Russian vehicles, its press officer said.",
    ),
    ("Frontline Losses Tracker", "This week's update adds 64 destroyed Russian tanks to the list."),
]


@pytest.mark.parametrize(("publisher", "text"), OWN_PAGES)
def test_figures_before_anyone_is_named_are_the_publishing_office_s(
    tmp_path: Path, publisher: str, text: str
) -> None:
    """On a press office's, a unit's or an account's own page, the figures given before any
    claimant is named are its own; the General Staff named later keeps its own figure."""
    path = tmp_path / "a.md"
    path.write_text(
        f"---\ntitle: Release\npublisher: '{publisher}'\npublished: 2026-04-22\n---\n{text}\n\n"
        "Nationwide, the General Staff reported 1,140 Russian personnel losses over the past day.\n",
        encoding="utf-8",
    )
    claims = extract_claims(load_source(path))
    assert {c.claimant for c in claims if c.value != 1140} == {publisher}
    assert {c.claimant for c in claims if c.value == 1140} == {"Ukraine's General Staff"}


# -- a region as a figure's scope ----------------------------------------------------------------

REGION_SCOPES = [
    (
        "Over the past week, units in the Sumy region eliminated 146 Russian servicemen.",
        "Sumy region",
    ),
    (
        "Russian forces lost 212 servicemen in the Kharkiv region over the past week, the unit said.",
        "Kharkiv region",
    ),
    (
        "Border guards in the Chernihiv Oblast destroyed 9 Russian drones on Tuesday.",
        "Chernihiv region",
    ),
    (
        "Ukraine says its troops killed 47 Russian soldiers in the Belgorod region on Sunday.",
        "Belgorod region",
    ),
    (
        "In the Zaporizhzhia region, Ukrainian troops destroyed 14 Russian tanks last week.",
        "Zaporizhzhia region",
    ),
]


@pytest.mark.parametrize(("text", "scope"), REGION_SCOPES)
def test_a_region_next_to_a_figure_is_its_scope(tmp_path: Path, text: str, scope: str) -> None:
    """ "in the Sumy region eliminated 146": a figure limited to the region."""
    claims = _claims(tmp_path, text)
    assert claims and {c.scope for c in claims} == {scope}


def test_a_region_named_as_background_is_no_scope(tmp_path: Path) -> None:
    """A whole-front figure with the fighting's region mentioned later keeps no scope."""
    text = "Russian forces lost 1,100 troops over the past day, the General Staff said, as fighting raged on in the Donetsk region."
    assert {c.scope for c in _claims(tmp_path, text)} == {None}


# -- running totals and a report's increment ------------------------------------------------------


def _periods(tmp_path: Path, text: str, published: str) -> set[tuple[int, str, str, str]]:
    """(value, period kind, start, end) of each claim."""
    return {
        (c.value, c.period_kind.value, str(c.period_start), str(c.period_end))
        for c in _claims(tmp_path, text, published=published)
    }


TOTALS = [
    (
        "The General Staff's morning report gave Russian personnel losses of 820 over the past day and 1,235,880 in total.",
        1235880,
        "2026-01-27",
    ),
    (
        "Kyiv said Russia lost 1,050 soldiers over the past day, 1,240,100 in all since February 2022.",
        1240100,
        "2026-01-27",
    ),
    (
        "Russia lost 940 troops over the past day, Kyiv said; all told, 1,236,820 Russian soldiers lost.",
        1236820,
        "2026-01-27",
    ),
    (
        "Ukraine's General Staff counted 39,290 Russian losses in December. The running total stood at 1,235,880 in the report of 27 January.",
        1235880,
        "2026-01-27",
    ),
    (
        "The General Staff listed 1,180 Russian casualties on Monday. Its running tally of Russian losses reached 1,237,000 in Tuesday's report.",
        1237000,
        "2026-01-27",
    ),
]


@pytest.mark.parametrize(("text", "value", "end"), TOTALS)
def test_a_figure_in_total_or_a_running_total_on_a_day_is_cumulative(
    tmp_path: Path, text: str, value: int, end: str
) -> None:
    """ "1,235,880 in total", "the running total stood at N in the report of D": the total
    since the invasion, to that day."""
    assert (value, "cumulative", "2022-02-24", end) in _periods(tmp_path, text, "2026-01-27")


INCREMENTS = [
    "The General Staff's Monday report added 980 Russian personnel, bringing its count to 1,189,470 since the invasion began.",
    "Kyiv's daily report added another 1,020 Russian soldiers lost, taking its total to 1,190,490 since February 2022.",
    "Ukraine's General Staff added 875 Russian casualties this morning, bringing the tally to 1,191,365 since the invasion.",
    "The morning update adds 990 Russian troops lost, pushing the running count to 1,192,355 since 2022.",
    "Today's General Staff report added 1,110 Russian personnel losses, taking the total since the invasion to 1,193,465.",
]


@pytest.mark.parametrize("text", INCREMENTS)
def test_what_a_report_added_is_its_day(tmp_path: Path, text: str) -> None:
    """ "added 980 ..., bringing its count to 1,189,470": 980 is the report's day, the count
    the running total."""
    got = _periods(tmp_path, "**Kyiv's tally.** " + text, "2025-12-15")
    days = {v for v, kind, start, end in got if kind == "day" and start == end == "2025-12-15"}
    totals = {v for v, kind, start, _ in got if kind == "cumulative" and start == "2022-02-24"}
    assert len(days) == 1 and len(totals) == 1 and min(days) < min(totals)


NOT_TOTALS = [
    (
        "The Ukrainian armed forces lost up to 1,650 servicemen in all areas over the past day, the ministry said.",
        1650,
    ),
    (
        "Russian forces wiped out up to 1,580 Ukrainian troops in all frontline areas over the past day.",
        1580,
    ),
    (
        "Kyiv increased its running tally of Russian military dead by 1,030 overnight to 1,300,000.",
        1030,
    ),
]


@pytest.mark.parametrize(("text", "value"), NOT_TOTALS)
def test_in_all_areas_and_a_rise_by_n_are_no_totals(tmp_path: Path, text: str, value: int) -> None:
    """ "in all areas" is where, "by 1,030" how much the tally rose: a day's figure."""
    kinds = {v: kind for v, kind, _, _ in _periods(tmp_path, text, "2026-01-27")}
    assert kinds.get(value) == "day"


ASSESSED = [
    "Defence Intelligence assesses that Russia has likely sustained more than 1.2 million casualties since February 2022.",
    "Defence Intelligence assessed in May that Russia had suffered around 1,150 casualties a day.",
    "Defence Intelligence judges that about 300,000 Russian soldiers have been killed.",
    "Defence Intelligence calculates that Russia lost 4,100 tanks by the end of 2025.",
    "In its latest update, Defence Intelligence assesses Russian casualties at over 1.25 million.",
]


@pytest.mark.parametrize("text", ASSESSED)
def test_what_an_intelligence_service_assesses_is_its_claim(tmp_path: Path, text: str) -> None:
    """ "Defence Intelligence assesses that ...": an attribution, as "said" is."""
    claims = _claims(tmp_path, text, published="2026-06-09")
    assert claims and {c.claimant for c in claims} == {"UK Ministry of Defence"}


# -- the dead counted by their obituaries, soldiers detained ---------------------------------------

DEATH_RECORDS = [
    ("Since February 2022 we have found obituaries for 2,318 men from the region.", 2318, "killed"),
    (
        "The paper has printed death notices for 412 Russian soldiers since the invasion.",
        412,
        "killed",
    ),
    ("Local officials have held funerals for 96 Russian servicemen this year.", 96, "killed"),
    (
        "Buryatia has buried 640 Russian soldiers since the war began, relatives' groups say.",
        640,
        "killed",
    ),
    (
        "Our volunteers count 1,120 fresh graves of Russian soldiers in the town's cemetery.",
        1120,
        "killed",
    ),
]


@pytest.mark.parametrize(("text", "value", "kind"), DEATH_RECORDS)
def test_obituaries_funerals_and_graves_count_the_dead(
    tmp_path: Path, text: str, value: int, kind: str
) -> None:
    """An obituary, a death notice, a funeral, a burial or a grave is one soldier dead."""
    claims = [c for c in _claims(tmp_path, text) if c.value == value]
    assert [(c.metric.value, c.personnel_kind and c.personnel_kind.value) for c in claims] == [
        ("personnel", kind)
    ]


DETAINED = [
    (
        "Border guards detained 3 Russian soldiers who crossed near the village of Yunakivka.",
        (3, "personnel", "russia"),
    ),
    (
        "Ukrainian forces detained 14 Russian servicemen after the failed assault, the brigade said.",
        (14, "personnel", "russia"),
    ),
    (
        "Russia's FSB said it had detained 6 Ukrainian soldiers in the Kursk region.",
        (6, "personnel", "ukraine"),
    ),
    (
        "The unit detained 9 Russian troops hiding in a basement in Vovchansk.",
        (9, "personnel", "russia"),
    ),
    (
        "Marines detained 21 Russian soldiers on the left bank, Kyiv said.",
        (21, "personnel", "russia"),
    ),
]


@pytest.mark.parametrize(("text", "want"), DETAINED)
def test_soldiers_detained_are_captured(
    tmp_path: Path, text: str, want: tuple[int, str, str]
) -> None:
    """Soldiers detained by the other side are its prisoners: a captured count."""
    claims = [c for c in _claims(tmp_path, text) if c.value == want[0]]
    assert [(c.value, c.metric.value, c.subject.value) for c in claims] == [want]
    assert claims[0].personnel_kind and claims[0].personnel_kind.value == "captured"
