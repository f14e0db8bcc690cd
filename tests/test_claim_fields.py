"""Issue 13's claim fields: stat, scope and part_of, one sentence per row of
knowledge/lexicon/scopes.py. Averages ("1,300 troops a day") and breakdowns ("4,000
officers") are not extracted as figures yet, so only scopes and totals are tested here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

# (sentence, value, stat, scope, part_of)
ROWS: list[tuple[str, int, str, str | None, str | None]] = [
    ("Russia lost 9,000 troops in the battle for Avdiivka, Kyiv said.", 9000, "total",
     "Avdiivka", None),
    ("The enemy lost up to 300 servicemen in the Kupyansk direction, the Russian MoD said.", 300,
     "total", "Kupyansk", None),
    ("Russian forces lost 150 troops on the Zaporizhzhia direction, Kyiv said.", 150, "total",
     "Zaporizhzhia direction", None),
    ("Russia has lost 400,000 troops since the invasion, Kyiv said.", 400000, "total", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "stat", "scope", "part_of"), ROWS)
def test_fields_of_figure(
    tmp_path: Path, sentence: str, value: int, stat: str, scope: str | None, part_of: str | None
) -> None:
    """The figure is stored with the row's stat, scope and part_of."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: Reuters\npublished: 2024-11-14\n---\n{sentence}\n",
                    encoding="utf-8")  # fmt: skip
    found = [
        (str(c.stat), c.scope, c.part_of)
        for c in extract_claims(load_source(path))
        if c.value == value
    ]
    assert found == [(stat, scope, part_of)]


def _claims(tmp_path: Path, sentence: str, publisher: str = "Reuters") -> list:
    """The claims of a one-sentence article published on 14 November 2024."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: {publisher}\npublished: 2024-11-14\n---\n{sentence}\n",
                    encoding="utf-8")  # fmt: skip
    return extract_claims(load_source(path))


# Averages and rates (issue 13 req 1): stored with their stat, never as totals. My own
# phrasings of the structures real coverage uses. (sentence, value, metric, stat)
AVERAGES: list[tuple[str, int, str, str]] = [
    ("British intelligence said Russia lost an average of 1,210 troops a day in October.", 1210,
     "personnel", "daily_average"),
    ("Moscow's daily losses averaged 1,140 per day last month, the UK MoD said.", 1140,
     "personnel", "daily_average"),
    ("Kyiv says Russian forces are losing roughly 1,400 soldiers every single day.", 1400,
     "personnel", "daily_average"),
    ("The analysts wrote that Russia lost about 60 troops for every square kilometre it "
     "captured.", 60, "personnel", "rate"),
    ("Russian casualties ran at 31,000 a month over the summer, NATO officials said.", 31000,
     "personnel", "monthly_average"),
    ("The think tank said the rate of Russian deaths had climbed to between 120 and 250 a day.",
     120, "personnel", "daily_average"),
    ("Russia lost 1,700 soldiers in a day, the highest toll of the war, Kyiv said.", 1700,
     "personnel", "total"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "metric", "stat"), AVERAGES)
def test_averages_are_stored_with_their_stat(
    tmp_path: Path, sentence: str, value: int, metric: str, stat: str
) -> None:
    """'N a day', 'averaged N per day', 'N for every square kilometre' are averages or rates."""
    found = [(str(c.metric), str(c.stat)) for c in _claims(tmp_path, sentence) if c.value == value]
    assert found == [(metric, stat)]


# Breakdowns that are parts of a total (issue 13 req 1): people named by rank, origin or
# category, and equipment by damage status. (sentence, value, metric, part_of)
PARTS: list[tuple[str, int, str, str]] = [
    ("Among the Russian dead identified by name are 2,950 officers, the outlet says.", 2950,
     "personnel", "officers"),
    ("Kyiv says its forces have killed 11 Russian generals since the invasion.", 11,
     "personnel", "generals"),
    ("The count includes 240 lieutenant colonels and colonels killed in action.", 240,
     "personnel", "colonels"),
    ("Moscow claimed Ukraine had lost 85 battalion commanders this year.", 85, "personnel",
     "commanders"),
    ("Of the Russian dead, 12,300 former prisoners were recruited from penal colonies, the "
     "count shows.", 12300, "personnel", "former prisoners"),
    ("Russia said 4,100 foreign fighters had been killed on Kyiv's side.", 4100, "personnel",
     "foreign fighters"),
    ("Kathmandu said at least 14 of its citizens had died serving in the Russian army.", 14,
     "personnel", "citizens"),
    ("Of the 2,900 Russian tanks it lists, 2,100 were destroyed, 140 damaged and 310 "
     "abandoned, Oryx says.", 140, "tanks", "damaged"),
    ("Oryx lists 900 Ukrainian tanks lost, including 580 destroyed and 120 captured.", 580,
     "tanks", "destroyed"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "metric", "part_of"), PARTS)
def test_parts_are_stored_as_parts(
    tmp_path: Path, sentence: str, value: int, metric: str, part_of: str
) -> None:
    """'5,000 officers', '14 of its citizens', '140 damaged' are parts, not totals."""
    found = [(str(c.metric), c.part_of) for c in _claims(tmp_path, sentence) if c.value == value]
    assert found == [(metric, part_of)]


# Numbers and metric phrases real coverage writes (issue 13 req 3). (sentence, value, metric)
FIGURES: list[tuple[str, int, str]] = [
    ("Russia has suffered about three quarters of a million casualties, London said.", 750_000,
     "personnel"),
    ("The official said Russia had lost \"roughly six hundred thousand\" soldiers.", 600_000,
     "personnel"),
    ("Russia had lost \"well over a quarter of a million\" troops this year, he said.", 250_000,
     "personnel"),
    ("Russian losses are between 700,000 and 1.1m killed and wounded, the model suggests.",
     700_000, "personnel"),
    ("Kyiv said it had destroyed 210 Russian tanks and armoured vehicles in May.", 210,
     "armored_vehicles"),
    ("The Russian MoD said 7,400 units of special military vehicles had been destroyed.", 7400,
     "vehicles"),
    ("Oryx has counted 15,000 Russian vehicles and weapons systems lost.", 15000, "other"),
    ("The enemy lost 19 electronic warfare stations last week, Moscow said.", 19,
     "special_equipment"),
    ("The enemy's losses were 60 servicemen and three pickup trucks, the ministry said.", 3,
     "vehicles"),
    ("Air defences intercepted 41 Ukrainian drones overnight, Russia's defence ministry said.",
     41, "drones"),
    ("Ukraine's air force said it had shot down 44 of 70 drones launched by Russia overnight.",
     44, "drones"),
    ("Ukrainian units shot down 52 Russian Shahed-type attack drones, the air force said.", 52,
     "drones"),
    ("Mediazona says it has confirmed 70,000 named Russian military deaths.", 70000, "personnel"),
    ("Kyiv says 300,000 cases of wounded soldiers have been treated in its hospitals.", 300000,
     "personnel"),
    ("The Russian armed forces have lost 52,000 people killed, Kyiv's defence minister said.",
     52000, "personnel"),
    ("Kyiv's drone units struck 20,000 Russian troops in May, killing 9,000 of them.", 9000,
     "personnel"),
    ("Ukraine's General Staff puts Russian tank losses at 9,800.", 9800, "tanks"),
    ("Kyiv said its forces had taken 450 Russian soldiers prisoner near Kursk.", 450,
     "personnel"),
    ("The commander said the Su-34 was one of four Russian aircraft downed that week.", 4,
     "aircraft"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "metric"), FIGURES)
def test_figures_in_real_phrasings(tmp_path: Path, sentence: str, value: int, metric: str) -> None:
    """Number words, fractions of a million, '1.1m', combined metrics, quoted figures."""
    found = [str(c.metric) for c in _claims(tmp_path, sentence) if c.value == value]
    assert found == [metric]


# Numbers in loss sentences that are not losses (issue 13 req 5). (sentence, value)
NOT_FIGURES: list[tuple[str, int]] = [
    ("Russian casualties would probably stay above 900 a day into the spring, the update "
     "said.", 900),
    ("Russia's total losses are likely to reach one million by the summer, analysts said.",
     1_000_000),
    ("The leaked papers discuss the delivery of 300 armoured vehicles to Kyiv before the "
     "offensive.", 300),
    ("In the exchange, 2,900 Ukrainians have now been returned home from captivity.", 2900),
    ("Russia has been recruiting about 25,000 men a month to replace its losses.", 25000),
    ("The Soviet Union lost 15,000 troops killed in its war in Afghanistan.", 15000),
    ("He became one of the most senior officers killed in the war.", 1),
    ("Analysts assume three soldiers wounded for each one killed.", 1),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value"), NOT_FIGURES)
def test_non_losses_are_not_stored(tmp_path: Path, sentence: str, value: int) -> None:
    """Forecasts, deliveries, returns, recruitment, another war, 'one of' are no figures."""
    assert [c for c in _claims(tmp_path, sentence) if c.value == value] == []


def _article(tmp_path: Path, body: str, publisher: str = "Reuters") -> list:
    """The claims of an article of several lines published on 14 November 2024."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: {publisher}\npublished: 2024-11-14\n---\n{body}\n",
                    encoding="utf-8")  # fmt: skip
    return extract_claims(load_source(path))


def test_a_sentence_restating_the_figure_before_it_counts_the_same(tmp_path: Path) -> None:
    """'The total ... stood at N', 'Our estimate is N', 'It is now N in total' (no loss word)
    restate the figure of the sentence before: same metric and side."""
    body = (
        "British intelligence says Russia has lost 1,250 troops a day this autumn. "
        "The total for the year so far stood at around 180,000, it said.\n\n"
        "We reckon Russia has lost between 200,000 and 300,000 killed. "
        "Our central estimate is 240,000."
    )
    found = {
        (c.value, str(c.metric), str(c.subject), str(c.stat)) for c in _article(tmp_path, body)
    }
    assert (180000, "personnel", "russia", "total") in found
    assert (240000, "personnel", "russia", "total") in found


def test_a_restating_sentence_alone_stores_nothing(tmp_path: Path) -> None:
    """Without a loss figure right before it, 'the total stood at N' is no figure."""
    body = "The city's budget was cut this year. The total stood at around 180,000."
    assert [c for c in _article(tmp_path, body) if c.value == 180000] == []


def test_a_breakdown_list_after_a_colon_gives_parts(tmp_path: Path) -> None:
    """'... killed by name. By region:' then '* Dagestan: 1,900' lines: each line is a part of
    the opening figure, with its metric, side and claimant."""
    body = (
        "Mediazona has identified 70,000 Russian soldiers killed by name. By region:\n\n"
        "* Dagestan: 1,900\n* Chelyabinsk region: 1,450\n\n"
        "The count grows every week."
    )
    parts = {(c.value, c.part_of, str(c.subject), c.claimant) for c in _article(tmp_path, body)}
    assert (1900, "Dagestan", "russia", "Mediazona") in parts
    assert (1450, "Chelyabinsk region", "russia", "Mediazona") in parts


def test_a_list_without_a_loss_heading_gives_nothing(tmp_path: Path) -> None:
    """The same lines after a sentence about something else are not losses."""
    body = "Population of the regions:\n\n* Dagestan: 3,100\n* Chelyabinsk region: 3,400"
    assert _article(tmp_path, body) == []


def test_a_side_carries_over_a_sentence_without_figures(tmp_path: Path) -> None:
    """A sentence naming no side continues the last figure's side, across one sentence
    without figures that names no other side (South Korea's figures for North Koreans)."""
    body = (
        "Seoul's spy agency said about 400 North Korean soldiers had been killed in Kursk. "
        "The agency also said some of the dead had been found with notes from home. "
        "That is up from its earlier figure of 120 killed."
    )
    found = {(c.value, str(c.subject)) for c in _article(tmp_path, body)}
    assert (120, "other") in found


@pytest.mark.parametrize(
    ("sentence", "value", "subject"),
    [
        ("Nepal said 12 of its citizens had died fighting in the ranks of the Russian army.",
         12, "russia"),
        ("Colombia said 30 of its nationals had been killed serving with the Ukrainian forces.",
         30, "ukraine"),
    ],
)  # fmt: skip
def test_foreign_citizens_belong_to_the_army_they_served(
    tmp_path: Path, sentence: str, value: int, subject: str
) -> None:
    """'N of its citizens' is not the speaker's side: the army they served in decides."""
    found = {str(c.subject) for c in _claims(tmp_path, sentence) if c.value == value}
    assert found == {subject}


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Russia has launched more than 2,000 drones at Ukrainian cities this month, Kyiv said "
         "after 12 were shot down overnight.", 2000),
        ("The loss hurts an air force that owns fewer than 20 of the planes.", 20),
        ("A captured soldier said his battalion went in with 400 men.", 400),
    ],
)  # fmt: skip
def test_stocks_launches_and_strengths_are_not_losses(
    tmp_path: Path, sentence: str, value: int
) -> None:
    """Drones launched, a fleet owned, a unit's strength going in: no loss figures."""
    assert [c for c in _claims(tmp_path, sentence) if c.value == value] == []


def test_a_quoted_loss_word_between_number_and_noun(tmp_path: Path) -> None:
    """'730,000 "liquidated" Russian troops' counts personnel."""
    sentence = 'Kyiv says the count stood at 730,000 "liquidated" Russian troops on Monday.'
    assert [str(c.metric) for c in _claims(tmp_path, sentence) if c.value == 730000] == [
        "personnel"
    ]


# Each side's own words for soldiers, and equipment that changed hands (issue 13 req 4): the
# figure is stored, on the right side. (publisher, sentence, value, metric, subject)
SIDE_ROWS: list[tuple[str, str, int, str, str]] = [
    ("TASS", "More than 150 nationalists were killed in the strikes, the ministry said.", 150,
     "personnel", "ukraine"),
    ("Ukrinform", "Our soldiers eliminated 820 more orcs over the past day, the General Staff "
     "said.", 820, "personnel", "russia"),
    ("RT", "Since June the Kiev regime has lost 30,000 troops and 3,100 pieces of heavy "
     "weaponry, Shoigu said.", 3100, "other", "ukraine"),
    ("Suspilne", "Ukraine's drones hit 12 Russian strategic aircraft at two airbases, the SBU "
     "said.", 12, "aircraft", "russia"),
    ("Forbes", "Oryx counts 1,900 Russian tanks lost against 520 Ukrainian ones.", 520, "tanks",
     "ukraine"),
    ("Meduza", "We lost about 9,000 guys in that battle, the Wagner chief said.", 9000,
     "personnel", "russia"),
    ("Kyiv Independent", "We lost 14 of our guys in a week, a Ukrainian battalion commander "
     "said.", 14, "personnel", "ukraine"),
    ("Defense News", "Ukraine has lost 11 captured Russian-made T-80 tanks it had put back into "
     "service.", 11, "tanks", "ukraine"),
    ("Ukrainska Pravda", "The project has confirmed the names of 52,000 fallen Ukrainian "
     "defenders.", 52000, "personnel", "ukraine"),
]  # fmt: skip


@pytest.mark.parametrize(("publisher", "sentence", "value", "metric", "subject"), SIDE_ROWS)
def test_side_of_figure_in_each_sides_words(
    tmp_path: Path, publisher: str, sentence: str, value: int, metric: str, subject: str
) -> None:
    """'nationalists', 'orcs', 'guys', 'defenders', 'Ukrainian ones', 'Russian-made' (not a
    side): stored once, with the right metric and subject."""
    found = [
        (str(c.metric), str(c.subject))
        for c in _claims(tmp_path, sentence, publisher)
        if c.value == value
    ]
    assert found == [(metric, subject)]


# Scopes and battlegroup zones (issue 13 req 1). (body, value, scope, part_of)
SCOPE_ROWS: list[tuple[str, int, str | None, str | None]] = [
    ("In the Kursk area, the ministry said, Ukraine lost up to 190 servicemen over the past day.",
     190, "Kursk operation", None),
    ("Kyiv says Russia lost 520 tanks, 900 armoured vehicles and 610 artillery systems near "
     "Pokrovsk since August.", 900, "Pokrovsk", None),
    ("Russia had lost 80,000 casualties since spring, including 9,000 killed, most of them "
     "around Bakhmut, the official said.", 9000, None, None),
    ("Russia has lost 300,000 killed, he said, with 12,000 of them killed in Russia's Kursk "
     "region.", 300000, None, None),
    ("Moscow claimed Ukraine had lost 2,900 troops near the village of Krynky.", 2900, "Krynky",
     None),
    ("Russia has lost 210 troops and 4 tanks in the south over the past day, Kyiv said.", 4,
     "southern front", None),
    ("The enemy lost up to 410 troops in the zone of the Battlegroup Zapad, up to 95 in the zone "
     "of the Battlegroup Yug, the ministry said.", 95, None, "Battlegroup Yug"),
    ("By battlegroup, Ukraine lost up to 2,400 troops in the Tsentr zone over the week, Moscow "
     "said.", 2400, None, "Battlegroup Tsentr"),
    ("Syrskyi said Russia had lost 20,000 troops in Kursk Oblast. He added that his forces had "
     "destroyed 48 tanks in the operation.", 48, "Kursk operation", None),
]  # fmt: skip


@pytest.mark.parametrize(("body", "value", "scope", "part_of"), SCOPE_ROWS)
def test_scope_and_zone_of_figure(
    tmp_path: Path, body: str, value: int, scope: str | None, part_of: str | None
) -> None:
    """An opening 'In the Kursk area,', a place at the end of a list, 'in the operation' after
    a sentence naming it; not 'most of them around X', not a place after another figure."""
    found = [(c.scope, c.part_of) for c in _article(tmp_path, body) if c.value == value]
    assert found == [(scope, part_of)]


def test_live_blog_entries_are_dated_by_their_own_lines(tmp_path: Path) -> None:
    """A page of entries, each opened by a line that is only a date and time: "over the past
    day" in an entry is that entry's day, not the page's publication day."""
    body = (
        "— 3 hours ago (Nov. 14)\n\n"
        "Russia's defence ministry says Ukraine lost up to 520 troops over the past day.\n\n"
        "— Yesterday (Nov. 13)\n\n"
        "Ukraine's General Staff said Russia had lost 1,320 troops and 9 tanks over the past day."
    )
    days = {c.value: (str(c.period_kind), c.period_end) for c in _article(tmp_path, body)}
    assert days[520] == ("day", dt.date(2024, 11, 14))
    assert days[1320] == ("day", dt.date(2024, 11, 13))
    assert days[9] == ("day", dt.date(2024, 11, 13))


def test_one_dated_line_is_no_live_blog(tmp_path: Path) -> None:
    """A single date line (a dateline) does not re-date the article's relative days."""
    body = "Nov. 12\n\nRussia lost 1,100 troops over the past day, Kyiv said."
    days = {c.value: c.period_end for c in _article(tmp_path, body)}
    assert days[1100] == dt.date(2024, 11, 14)
