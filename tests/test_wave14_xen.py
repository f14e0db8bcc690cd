"""Wave 14, English articles (issue 13), our own phrasings, none from a blind file:

- a key-figures line opening with its (bold) number, a dash and what it counts ("**14** -
  Russian tanks, by the same count [a]") is a verbless line of counts: read in a text about
  losses, with the period and claimant of the line before it;
- a qualifier set in bold with its number ("**over 32,000** Ukrainian troops") is read;
- an article saying the General Staff's personnel count is killed and wounded together has its
  General Staff counts of no kind stored as casualties; the words glossing one figure ("45,680
  soldiers killed and wounded") or another claimant's count define nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Claim, extract_claims, load_source


def _claims(tmp_path: Path, body: str, title: str = "Losses claims this week") -> list[Claim]:
    """The claims of one article written to a file with front matter."""
    path = tmp_path / "a.md"
    path.write_text(
        f"---\ntitle: {title}\npublisher: Test Desk\npublished: 2026-05-12\n---\n{body}\n",
        encoding="utf-8",
    )
    return extract_claims(load_source(path))


def _by_value(claims: list[Claim]) -> dict[int, Claim]:
    return {claim.value: claim for claim in claims}


def _kind(claim: Claim) -> str | None:
    """The claim's kind of personnel loss, by name."""
    return claim.personnel_kind.value if claim.personnel_kind is not None else None


# -- key-figures lines ---------------------------------------------------------------------------

KEY_FIGURE_HEAD = (
    "**31,400** - Russian troops Kyiv's General Staff says it put out of action in April.\n\n"
)
KEY_FIGURE_LINES = [
    ("**97** - Russian tanks, by the same count.", 97, "tanks"),
    ("**1,022** — artillery systems [a]", 1022, "artillery"),
    ("**18,730** – drones, according to the General Staff.", 18730, "drones"),
    ("**2,310** - vehicles and fuel tanks.", 2310, "vehicles"),
    ("**64** Russian tanks, by the same reports [b][c]", 64, "tanks"),
    ("**12** - air defence systems, per the General Staff.", 12, "air_defense"),
]


@pytest.mark.parametrize(("line", "value", "metric"), KEY_FIGURE_LINES)
def test_a_key_figures_line_is_read_with_the_line_before(
    tmp_path: Path, line: str, value: int, metric: str
) -> None:
    """The line's count is stored, of Russia, for April, the General Staff's."""
    claims = _by_value(_claims(tmp_path, KEY_FIGURE_HEAD + line))
    assert 31400 in claims
    claim = claims.get(value)
    assert claim is not None, f"{value} not read from {line!r}"
    assert claim.metric.value == metric
    assert claim.subject.value == "russia"
    assert claim.claimant == "Ukraine's General Staff"
    assert (str(claim.period_start), str(claim.period_end)) == ("2026-04-01", "2026-04-30")


NOT_KEY_FIGURES = [
    "**4** - rounds of talks that ended without a statement.",
    "**2** - Patriot batteries Ukraine says it moved closer to Kharkiv.",
    "**30** - days in April.",
    "**55** - tanks Germany promised to deliver by the autumn.",
]


@pytest.mark.parametrize("line", NOT_KEY_FIGURES)
def test_a_key_figures_line_that_is_no_loss_stores_nothing(tmp_path: Path, line: str) -> None:
    """A line counting something else, or going on with other words, is no count line."""
    claims = _by_value(_claims(tmp_path, KEY_FIGURE_HEAD + line))
    assert set(claims) == {31400}


def test_a_key_figures_line_in_a_text_not_about_losses_stores_nothing(tmp_path: Path) -> None:
    """With no loss read before it and no loss word in the title, "**40** - tanks" is a stock."""
    body = "**40** - tanks, by the same count.\n\n**12** - artillery systems [a]"
    assert _claims(tmp_path, body, title="What the new brigade brings") == []


@pytest.mark.parametrize(
    ("line", "value", "qualifier"),
    [
        ("**over 28,000** Ukrainian troops lost in April, Moscow says.", 28000, "more_than"),
        ("**about 1,150** Russian soldiers were killed in the week.", 1150, "approximate"),
        ("**up to 1,380** Ukrainian servicemen lost on the day, Moscow claims.", 1380, "less_than"),
        ("Kyiv says **more than 900** Russian troops were killed on Monday.", 900, "more_than"),
    ],
)
def test_a_qualifier_in_bold_with_its_number_is_read(
    tmp_path: Path, line: str, value: int, qualifier: str
) -> None:
    claim = _by_value(_claims(tmp_path, line)).get(value)
    assert claim is not None, f"{value} not read from {line!r}"
    assert claim.qualifier.value == qualifier
    assert claim.metric.value == "personnel"


# -- the General Staff's count defined as killed and wounded -------------------------------------

GS_FIGURES = (
    "Ukraine's General Staff said Russia had lost 1,240 troops over the past day, bringing its "
    "running total to 1,352,880.\n\n"
)
DEFINITIONS = [
    "The General Staff's count is killed plus wounded, it has always been.",
    "Kyiv's numbers include the wounded, the staff says.",
    "Remember: the GS figure is killed + wounded together.",
    "Their personnel figures lump the killed and wounded together.",
    "They count killed and wounded together, which critics often forget.",
    "Ukraine's General Staff includes wounded soldiers in that figure.",
]


@pytest.mark.parametrize("definition", DEFINITIONS)
def test_the_general_staff_count_defined_as_killed_and_wounded_is_casualties(
    tmp_path: Path, definition: str
) -> None:
    """Both General Staff counts, of no kind by their own words, are stored as casualties."""
    claims = _by_value(_claims(tmp_path, GS_FIGURES + definition))
    assert {_kind(claims[1240]), _kind(claims[1352880])} == {"casualties"}


NOT_DEFINITIONS = [
    # the words are one figure's own kind
    "Western officials put Russian losses at 400,000 killed and wounded.",
    "Kyiv said in May that 41,300 Russian soldiers were killed and wounded in April.",
    # another claimant's count
    "UK intelligence says its estimate covers killed and wounded together.",
    # a gloss of another figure, the General Staff named only after it
    "The average daily rate (killed and wounded) was 1,100, based on General Staff reports.",
    # no definition of anybody's count
    "A hospital in Dnipro treated dozens of wounded civilians.",
]


@pytest.mark.parametrize("sentence", NOT_DEFINITIONS)
def test_other_killed_and_wounded_words_leave_the_general_staff_count_unspecified(
    tmp_path: Path, sentence: str
) -> None:
    claims = _by_value(_claims(tmp_path, GS_FIGURES + sentence))
    assert _kind(claims[1240]) == "unspecified"
    assert _kind(claims[1352880]) == "unspecified"


def test_a_definition_does_not_touch_the_other_side_s_count(tmp_path: Path) -> None:
    """Moscow's count of Ukrainian losses keeps its own kind."""
    body = (
        GS_FIGURES
        + "Russia's defence ministry said Ukraine lost up to 1,300 troops on the day.\n\n"
        "The General Staff's number is killed and wounded together."
    )
    claims = _by_value(_claims(tmp_path, body))
    assert _kind(claims[1240]) == "casualties"
    assert _kind(claims[1300]) == "unspecified"


# -- a report's counts given with a listing verb --------------------------------------------------

REPORT_OPENING = (
    "Ukraine's General Staff said its report for the past day added 1,180 Russian troops. "
)
REPORT_LISTS = [
    ("It also listed two MLRS and 5 tanks.", {(2, "mlrs"), (5, "tanks")}),
    ("They also recorded 14 artillery systems.", {(14, "artillery")}),
    ("The same bulletin logged three air defence systems.", {(3, "air_defense")}),
    ("It also counted 1,920 drones.", {(1920, "drones")}),
]


@pytest.mark.parametrize(("line", "want"), REPORT_LISTS)
def test_a_report_going_on_by_a_pronoun_lists_counts_of_its_day(
    tmp_path: Path, line: str, want: set[tuple[int, str]]
) -> None:
    """Each count is the General Staff's, of Russia, dated to the report's day."""
    claims = _by_value(_claims(tmp_path, REPORT_OPENING + line))
    for value, metric in want:
        claim = claims.get(value)
        assert claim is not None, f"{value} not read from {line!r}"
        assert (claim.metric.value, claim.subject.value) == (metric, "russia")
        assert claim.claimant == "Ukraine's General Staff"
        assert claim.period_kind.value == "day"
        assert str(claim.period_start) == "2026-05-12"


@pytest.mark.parametrize(
    ("line", "value", "metric"),
    [
        ("In April the General Staff had listed 97 tanks.", 97, "tanks"),
        ("Its morning update lists six helicopters, the most in a year.", 6, "helicopters"),
        ("What the report did list was 1,340 Russian personnel.", 1340, "personnel"),
    ],
)
def test_a_report_s_listed_count_in_a_text_about_losses_is_read(
    tmp_path: Path, line: str, value: int, metric: str
) -> None:
    claims = _by_value(_claims(tmp_path, REPORT_OPENING + "\n\n" + line))
    claim = claims.get(value)
    assert claim is not None, f"{value} not read from {line!r}"
    assert claim.metric.value == metric
    assert claim.subject.value == "russia"


def test_a_running_total_before_does_not_date_the_counts_listed_after_it(tmp_path: Path) -> None:
    """After "... bringing its total to 1,352,880", "It also listed 4 tanks" is no running total."""
    body = GS_FIGURES.strip() + " It also listed 4 tanks."
    claim = _by_value(_claims(tmp_path, body))[4]
    assert claim.period_kind.value != "cumulative"


def test_a_listing_verb_in_a_text_not_about_losses_stores_nothing(tmp_path: Path) -> None:
    body = "Germany's latest update listed 18 Leopard tanks and 40 trucks for delivery in June."
    assert _claims(tmp_path, body, title="The aid package, line by line") == []


# -- a transcript guest relaying a report by a pronoun --------------------------------------------

TRANSCRIPT = (
    "HOST: What did the morning report say?\n\n"
    "GUEST (IRYNA BONDAR, analyst): The General Staff's report this morning gave 1,090 Russian "
    "troops lost. {line}\n"
)


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("What it did list for the day was 1,450 drones.", 1450),
        ("It also listed 6 tanks.", 6),
        ("They also recorded 31 artillery systems on the day.", 31),
    ],
)
def test_a_guest_giving_a_report_s_figures_by_a_pronoun_relays_the_report(
    tmp_path: Path, line: str, value: int
) -> None:
    """The figures are the General Staff's, not the guest's own."""
    claims = _by_value(_claims(tmp_path, TRANSCRIPT.format(line=line)))
    assert claims[value].claimant == "Ukraine's General Staff"


def test_a_guest_s_own_count_stays_the_guest_s(tmp_path: Path) -> None:
    body = TRANSCRIPT.format(line="Our own team counted 12 Russian tanks destroyed that week.")
    claims = _by_value(_claims(tmp_path, body))
    assert claims[12].claimant != "Ukraine's General Staff"


# -- a list going on with its kind named first --------------------------------------------------

LIST_OPENING = "Ukraine's General Staff said Russia lost 1,120 troops over the past day. "


@pytest.mark.parametrize(
    ("line", "value", "metric"),
    [
        ("And drones, 1,904 in a day, a record.", 1904, "drones"),
        ("And drones, 2,115 in a single day, which is very high.", 2115, "drones"),
        ("Plus tanks, 9 on the day.", 9, "tanks"),
        ("Also artillery systems, 41.", 41, "artillery"),
    ],
)
def test_a_list_going_on_with_its_kind_named_first_is_read(
    tmp_path: Path, line: str, value: int, metric: str
) -> None:
    """The count is the report's, of Russia, of the day."""
    claim = _by_value(_claims(tmp_path, LIST_OPENING + line)).get(value)
    assert claim is not None, f"{value} not read from {line!r}"
    assert (claim.metric.value, claim.subject.value) == (metric, "russia")
    assert claim.period_kind.value == "day"


def test_a_list_going_on_with_no_kind_named_stores_nothing_new(tmp_path: Path) -> None:
    """ "And in the east, 40 ..." names no kind of loss: no count."""
    claims = _by_value(_claims(tmp_path, LIST_OPENING + "And in the east, 40 villages lost power."))
    assert 40 not in claims


@pytest.mark.parametrize(
    "phrase", ["in a single day", "in one single day", "over a single day", "within a single week"]
)
def test_a_single_day_or_week_is_a_period(phrase: str) -> None:
    import datetime as dt

    from knowledge.dates import find_periods

    """"single" changes nothing: the same period as without it, a day or a week long."""
    day = dt.date(2026, 5, 12)
    periods = find_periods(f"Kyiv said 1,200 were lost {phrase}.", day)
    plain = find_periods(f"Kyiv said 1,200 were lost {phrase.replace('single ', '')}.", day)
    assert [(p.kind, p.start, p.end) for p in periods] == [(p.kind, p.start, p.end) for p in plain]
    assert len(periods) == 1 and periods[0].start is not None and periods[0].end is not None
    assert (periods[0].end - periods[0].start).days in (0, 6)


# -- a daily average restating the total before it ------------------------------------------------

MONTH_TOTALS = "Ukraine's General Staff said Russia lost 30,900 troops and 150 tanks in April.\n\n"


@pytest.mark.parametrize(
    ("line", "value", "metric"),
    [
        ("That works out at roughly 1,030 a day.", 1030, "personnel"),
        ("That's about 1,000 a day on average.", 1000, "personnel"),
        ("It averages 5 per day, the General Staff's figures show.", 5, "tanks"),
        ("This comes to some 1,050 each day.", 1050, "personnel"),
    ],
)
def test_a_daily_average_restating_the_total_before_is_read(
    tmp_path: Path, line: str, value: int, metric: str
) -> None:
    """The average is of the total its arithmetic fits, over that total's month."""
    claim = _by_value(_claims(tmp_path, MONTH_TOTALS + line)).get(value)
    assert claim is not None, f"{value} not read from {line!r}"
    assert claim.metric.value == metric
    assert claim.stat is not None and claim.stat.value == "daily_average"
    assert (str(claim.period_start), str(claim.period_end)) == ("2026-04-01", "2026-04-30")
    assert claim.claimant == "Ukraine's General Staff"


@pytest.mark.parametrize(
    "line", ["That is about 4,000 a day.", "That's 2 a day, give or take.", "It means 400 a day."]
)
def test_an_average_no_total_before_adds_up_to_stores_nothing(tmp_path: Path, line: str) -> None:
    claims = _by_value(_claims(tmp_path, MONTH_TOTALS + line))
    assert set(claims) == {30900, 150}
