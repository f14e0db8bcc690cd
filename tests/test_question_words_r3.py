"""Question vocabulary rows added after the third blind round (issue 12, requirements 1, 3, 4,
6 and 7): categories the tally counts apart, air-defence models named with a launcher word,
troop branches whose names hold an equipment word, named fleets, a commander's forces, the
claimant named first in a refusal, and figures quoted to be checked.

Every phrasing is our own, written as readers type in chats and newsrooms; none is a blind
question. Each class has at least five phrasings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import answer, open_or_build, parse_question
from knowledge.models import Intent, Metric
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> ClaimStore:
    return open_or_build(tmp_path_factory.mktemp("words-r3-kb") / "knowledge.db", SEEDS)


def _head(text: str, lines: int = 3) -> str:
    return "\n".join(text.splitlines()[:lines]).lower()


def _constraining(text: str, today: dt.date = TODAY) -> list[str]:
    return [u.text for u in parse_question(text, today).unread if u.constrains]


# -- categories the tally counts apart under `other` ------------------------------------------

CATEGORY_QUESTIONS = [
    "ground robots lost by the russians in june 2026",
    "how many UGVs did russia lose in july 2026",
    "unmanned ground vehicles destroyed in june 2026",
    "russian robotic systems destroyed in july 2026",
    "land drones the russians lost in june 2026",
    "how many ground robotic complexes has russia lost in july 2026?",
    "russian combat robots taken out in june 2026",
]


@pytest.mark.parametrize("text", CATEGORY_QUESTIONS)
def test_a_counted_category_is_read_as_its_own_series(text: str) -> None:
    query = parse_question(text, TODAY)
    assert query.metrics == [Metric.other]
    assert query.category == "ground robotic systems"
    assert _constraining(text) == []


@pytest.mark.parametrize("text", CATEGORY_QUESTIONS[:5])
def test_a_counted_category_is_answered_from_its_series_only(
    text: str, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert result.answered
    assert result.claims
    assert {c.label for c in result.claims} == {"ground robotic systems"}
    assert "ground robotic systems" in _head(result.text)


@pytest.mark.parametrize(
    "text",
    [
        "ground robots lost by russia in april 2026",
        "russian ugvs destroyed in 2024",
        "unmanned ground vehicles lost in march 2023",
        "robots destroyed in april 2022",
        "land drones russia lost in january 2026",
    ],
)
def test_a_category_before_its_first_report_gets_no_figure(
    text: str, seeds_store: ClaimStore
) -> None:
    """Before May 2026 no report counts ground robots: no figure of another `other` series
    (the SRBM systems of 2022) and no first cumulative is given as the period's losses."""
    result = answer(text, seeds_store, today=TODAY)
    assert not result.answered
    assert all(c.label == "ground robotic systems" for c in result.claims)


# -- a model names its kind of loss over a generic launcher or system word ---------------------

MODEL_OVER_GENERIC = [
    ("S-300 launchers destroyed in 2023", Metric.air_defense, "S-300"),
    ("how many buk launchers did russia lose in 2024?", Metric.air_defense, "buk"),
    ("pantsir systems hit last year", Metric.air_defense, "pantsir"),
    ("Tor launchers lost by the russians in 2025", Metric.air_defense, "Tor"),
    ("russian s-350 launchers taken out in 2024", Metric.air_defense, "s-350"),
    ("how many iskander launchers has ukraine destroyed", Metric.cruise_missiles, "iskander"),
    ("tos-1 launchers destroyed in 2023", Metric.mlrs, "tos-1"),
]


@pytest.mark.parametrize(("text", "metric", "model"), MODEL_OVER_GENERIC)
def test_a_model_names_the_kind_of_loss_over_a_launcher_word(
    text: str, metric: Metric, model: str
) -> None:
    query = parse_question(text, TODAY)
    assert query.metrics == [metric]
    assert model in _constraining(text)


@pytest.mark.parametrize(("text", "metric", "model"), MODEL_OVER_GENERIC[:5])
def test_a_model_gets_no_all_models_figure(
    text: str, metric: Metric, model: str, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert not result.answered
    assert result.claims == []
    assert model.lower() in _head(result.text)


# -- a branch of the troops whose name holds an equipment word ---------------------------------

BRANCHES = [
    ("how many russian naval infantry were killed in 2023", "naval infantry"),
    ("marines (naval infantry) losses for russia in 2024", "naval infantry"),
    ("drone operators killed on the russian side in 2025", "drone operators"),
    ("russian tank crews lost in 2023", "tank crews"),
    ("how many helicopter pilots has russia lost", "helicopter pilots"),
    ("artillery gunners killed in 2024", "artillery gunners"),
    ("russian air force pilots killed in 2022", "air force pilots"),
]


@pytest.mark.parametrize(("text", "part"), BRANCHES)
def test_a_troop_branch_is_people_not_its_equipment(text: str, part: str) -> None:
    query = parse_question(text, TODAY)
    assert query.metrics == [Metric.personnel]
    assert any(part in u or u in part for u in (s.lower() for s in _constraining(text)))


@pytest.mark.parametrize(("text", "part"), BRANCHES[:5])
def test_a_troop_branch_gets_no_figure_and_is_named_first(
    text: str, part: str, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert not result.answered
    assert result.claims == []
    assert part.split()[0] in _head(result.text)


# -- a named fleet or flotilla is a unit, not a sea ----------------------------------------------

FLEETS = [
    ("black sea fleet ships sunk in 2023", "black sea fleet"),
    ("how many vessels has the Baltic Fleet lost", "baltic fleet"),
    ("northern fleet submarines lost in the war", "northern fleet"),
    ("Caspian Flotilla boats hit in 2024", "caspian flotilla"),
    ("russian black sea fleet losses since the invasion", "black sea fleet"),
    ("pacific fleet marines killed in 2022", "pacific fleet"),
]


@pytest.mark.parametrize(("text", "unit"), FLEETS)
def test_a_named_fleet_is_reported_whole(text: str, unit: str) -> None:
    spans = [u for u in parse_question(text, TODAY).unread if u.constrains]
    assert unit in [u.text.lower() for u in spans]
    assert [u.kind for u in spans if u.text.lower() == unit] == ["unit"]


@pytest.mark.parametrize(("text", "unit"), FLEETS[:5])
def test_a_named_fleet_gets_no_national_figure(
    text: str, unit: str, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert not result.answered
    assert result.claims == []
    assert unit in _head(result.text)


# -- a commander's forces: not a claimant, and named whole ---------------------------------------

COMMANDERS_FORCES = [
    ("Kadyrov's men killed in 2022", "kadyrov's"),
    ("losses among Kadyrov's troops in april 2022", "kadyrov's"),
    ("how many of prigozhin's fighters died in 2023", "prigozhin's"),
    ("Kadyrov's units lost in march 2022", "kadyrov's"),
    ("syrskyi's brigades losses in 2024", "syrskyi's"),
]


@pytest.mark.parametrize(("text", "name"), COMMANDERS_FORCES)
def test_a_commanders_forces_are_reported_not_read_as_a_claimant(text: str, name: str) -> None:
    query = parse_question(text, TODAY)
    assert query.claimant is None
    assert query.claimants == []
    assert name in [u.lower() for u in _constraining(text)]


def test_a_commanders_claim_is_still_his(seeds_store: ClaimStore) -> None:
    query = parse_question("what does kadyrov say about chechen losses", TODAY)
    assert query.claimant is not None


@pytest.mark.parametrize(("text", "name"), COMMANDERS_FORCES[:3])
def test_a_commanders_forces_are_named_first_with_no_figure(
    text: str, name: str, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert not result.answered
    assert result.claims == []
    assert name in _head(result.text)


# -- the asked claimant is named first when there is no figure -----------------------------------

CLAIMANT_NONE = [
    ("what did the russian ministry of defence claim about ukrainian artillery destroyed in 2024",
     "russia's ministry of defence"),
    ("russian mod figures for ukrainian aircraft downed in 2023", "russia's ministry of defence"),
    ("UK MoD estimate of Ukrainian tank losses in 2024", "uk ministry of defence"),
    ("ISW figure for ukrainian drones lost in 2025", "institute for the study of war"),
    ("Pentagon estimate of north korean troops killed in 2025", "pentagon"),
    ("how many north korean soldiers died according to the pentagon", "pentagon"),
    ("pentagon estimate of russian tank losses in 2024", "pentagon"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "who"), CLAIMANT_NONE)
def test_a_claimant_without_a_figure_is_named_first(
    text: str, who: str, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert not result.answered
    assert who in _head(result.text)


def test_north_korean_troops_are_part_of_this_war() -> None:
    """North Korean troops fought for Russia in Kursk: a part of the troops no figure breaks
    out, not another war."""
    query = parse_question("north korean casualties in kursk in 2025", TODAY)
    assert query.intent == Intent.unsupported
    assert "Russia-Ukraine war" not in " ".join(query.notes)
    assert {u.text for u in query.unread if u.constrains} >= {"north korean", "kursk"}


# -- figures quoted to be checked, as readers write them -----------------------------------------

QUOTED = [
    ("is 80k russian dead in 2023 true?", 80000),
    ("someone posted 1.2m russian casualties, is that real?", 1200000),
    ("check: 45k russian losses in november 2024", 45000),
    ("fact check '2,030 on 29 nov 2024'", 2030),
    ("does 2,010 russian losses on 5 may 2024 check out", 2010),
    ("verify 38130 for september 2024", 38130),
]


@pytest.mark.parametrize(("text", "value"), QUOTED)
def test_a_quoted_figure_is_read_with_its_scale(text: str, value: int) -> None:
    from knowledge.answering.checking import quoted_figures

    assert quoted_figures(parse_question(text, TODAY)) == [value]


def test_a_year_is_never_a_quoted_figure() -> None:
    from knowledge.answering.checking import quoted_figures

    assert quoted_figures(parse_question("does 2024 check out for russian losses", TODAY)) == []


@pytest.mark.parametrize(
    "text",
    [
        "fact check '2,030 on 29 nov'",
        "is '1,120 on 7 december 2023' right?",
        "true or not: '1,030 on february 7 2023'",
        "check this quote: 2,030 on november 29",
        "verify: '45,720 in november 2024'",
    ],
)
def test_a_quoted_figure_with_a_date_is_a_loss_question(text: str, seeds_store: ClaimStore) -> None:
    result = answer(text, seeds_store, today=dt.date(2024, 12, 10))
    assert result.query is not None
    assert result.query.intent == Intent.losses
    assert result.query.metrics == [Metric.personnel]
    assert result.answered


# -- a citation in brackets: where the quote was published, not the asked period ---------------

CITATIONS = [
    ("check this: '1,120 on 7 december' (Reuters, Dec 2023)", dt.date(2023, 12, 7)),
    ("'2,030 on 29 nov' (Newsweek, 3 Dec 2024) - true?", dt.date(2024, 11, 29)),
    ("is '1,030 on feb 7' correct? (Reuters, February 2023)", dt.date(2023, 2, 7)),
    ("(newsweek, dec 2024) says 2,030 on november 29. right?", dt.date(2024, 11, 29)),
    ("'1,120 russian losses on december 7' (gb news, 10 dec 2023) does it check out",
     dt.date(2023, 12, 7)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), CITATIONS)
def test_a_cited_outlet_and_date_are_the_quotes_source(text: str, day: dt.date) -> None:
    query = parse_question(text, dt.date(2026, 11, 30))
    assert (query.period_start, query.period_end) == (day, day)
    assert not query.year_missing
    assert [u.text for u in query.unread if u.constrains] == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("headline: 'russia loses 3,000 troops in three days' (GB News, 10 Dec 2023)",
         dt.date(2023, 12, 7), dt.date(2023, 12, 9)),
        ("'5,000 russians killed in just 4 days' (Newsweek, 20 Nov 2024) - legit?",
         dt.date(2024, 11, 16), dt.date(2024, 11, 19)),
        ("is '2,000 in two days' right? (Reuters, 8 Feb 2023)",
         dt.date(2023, 2, 6), dt.date(2023, 2, 7)),
        ("'over 10,000 in a week' (Kyiv Independent, 1 March 2024) true?",
         dt.date(2024, 2, 23), dt.date(2024, 2, 29)),
        ("(the telegraph, 5 jan 2025) 'russia lost 4,000 men in three days' check",
         dt.date(2025, 1, 2), dt.date(2025, 1, 4)),
    ],
)  # fmt: skip
def test_a_quoted_span_of_days_ends_before_the_cited_date(
    text: str, first: dt.date, last: dt.date
) -> None:
    query = parse_question(text, dt.date(2026, 11, 30))
    assert (query.period_start, query.period_end) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "'1,120 on 7 december 2023' - which day is that for?",
        "3,010 russian losses from 7 to 9 december 2023: which days exactly?",
        "what period does 45,720 for november 2024 cover",
        "38,130 in september 2024 - for which dates?",
        "which week is '8,110 russian losses' from, 29 april to 5 may 2024?",
    ],
)
def test_asking_which_days_a_figure_covers_is_read(text: str) -> None:
    assert _constraining(text) == []


# -- averages: "how many per day", "went down", a month in part ----------------------------------

AVERAGES = [
    ("on average how many per day from 1 to 7 march 2024", dt.date(2024, 3, 1)),
    ("how many per week on average in march 2025", dt.date(2025, 3, 1)),
    ("roughly how many a day in the week of 3-9 june 2024, on average", dt.date(2024, 6, 3)),
    ("avg per day, 10-16 feb 2025?", dt.date(2025, 2, 10)),
    ("how many per month on average in 2023", dt.date(2023, 1, 1)),
]


@pytest.mark.parametrize(("text", "start"), AVERAGES)
def test_an_average_with_no_kind_named_is_personnel(
    text: str, start: dt.date, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert result.answered
    assert result.query is not None and result.query.metrics == [Metric.personnel]
    assert result.query.period_start == start
    assert _constraining(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "how many russian helicopters went down per month on average in 2023",
        "how many jets went down a month on average from 16 march to 31 december 2022",
        "on average how many russian drones went down per day in may 2025",
        "how many helis came down per month on average in 2024",
        "how many aircraft were brought down per week on average in 2022",
    ],
)
def test_went_down_is_a_loss_not_a_fall(text: str, seeds_store: ClaimStore) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert result.answered
    assert "on average" in result.text
    assert "the same in" not in result.text and "fewer" not in _head(result.text)


def test_a_month_in_part_counts_as_its_share_of_days(seeds_store: ClaimStore) -> None:
    """16 March - 31 December is 9.52 months, not 10: the average is not understated."""
    result = answer(
        "russian helicopters per month on average from 16 march 2022 to 31 december 2022",
        seeds_store,
        today=TODAY,
    )
    assert "9.52 months" in result.text


# -- records: "skip the corrections" is what records do ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "highest daily russian losses in march 2025, skip the correction days",
        "worst day of 2024 for russia excluding corrections",
        "record day in feb 2025 but ignore the corrected reports",
        "biggest single-day russian loss in 2023, not counting correction jumps",
        "deadliest day in january 2025 - and don't give me a correction day",
    ],
)
def test_a_record_read_without_corrections_has_nothing_unread(text: str) -> None:
    assert _constraining(text) == []


def test_a_period_sum_cannot_leave_corrections_out() -> None:
    """A total for a period includes every correction: asked without them, it is reported."""
    assert _constraining("russian losses in march 2025 excluding corrections") != []


# -- a fact-checker's framing is read, the claim's figure is checked ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "for a piece I'm writing: how many russian losses in november 2024?",
        "for an article we're working on, russian tank losses in 2023 per the general staff",
        "for my story: did ukraine's general staff report 45,720 for november 2024?",
        "someone on X says 50,000 russians died in december 2024 - what did kyiv report for "
        "that month, and does it support 50,000?",
        "a telegram post claims 1,500 russian losses on 3 may 2024. does the tally back up "
        "1,500 for that day?",
    ],
)
def test_a_fact_checkers_framing_leaves_nothing_constraining(text: str) -> None:
    assert _constraining(text) == []


# -- a comparison's second month without a year: the one nearest the first -----------------------


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("were russian tank losses higher in march 2025 than in february?", dt.date(2025, 2, 1)),
        ("did russian losses rise in january 2025 vs december?", dt.date(2024, 12, 1)),
        ("compare russian drone losses in february 2024 with january", dt.date(2024, 1, 1)),
        ("did arty losses fall in june 2025 compared to may?", dt.date(2025, 5, 1)),
        ("were russian losses lower in january 2024 than december", dt.date(2023, 12, 1)),
    ],
)
def test_a_yearless_month_compared_is_the_nearest_one(
    text: str, second: dt.date, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert result.answered
    starts = {c.period_start for c in result.claims}
    assert second in starts


# -- an outlet's own record figure, asked as what it reported -----------------------------------


@pytest.mark.parametrize(
    ("text", "outlet", "value"),
    [
        ("what did reuters call the worst day for russia in feb 2023", "Reuters", 1030),
        ("reuters, february 2023: what record figure did they report for russian dead?",
         "Reuters", 1030),
        ("gb news dec 2023 - what highest daily figure did they give?", "GB News", 1120),
        ("what did newsweek report as the record day for russian losses in nov 2024?",
         "Newsweek", 2030),
        ("what was the deadliest day figure that GB News published in december 2023",
         "GB News", 1120),
    ],
)  # fmt: skip
def test_an_outlets_record_is_what_it_reported(
    text: str, outlet: str, value: int, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert outlet.lower() in _head(result.text)
    assert value in {c.value for c in result.claims}
    assert all(c.source.publisher == outlet for c in result.claims)


def test_an_outlets_record_set_against_the_tally_is_still_checked(
    seeds_store: ClaimStore,
) -> None:
    """With a figure to check, the record rules answer, as before."""
    result = answer(
        "reuters says the deadliest day of feb 2023 was 1,030 - is that right?",
        seeds_store,
        today=TODAY,
    )
    assert any(c.derivation for c in result.claims)


# -- a headline's round figure finds the article's own -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("link to the gb news piece about 3,000 soldiers?", 3010),
        ("what did gb news say about 3000 russians in three days", 3010),
        ("the newsweek article with 45,700 in november 2024 - link?", 45720),
        ("newsweek story about 38,100 russian losses in september", 38130),
        ("what did newsweek report about 42,000 in october 2024?", 41980),
    ],
)
def test_a_round_figure_from_a_headline_finds_the_articles_figure(
    text: str, value: int, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert value in {c.value for c in result.claims}


def test_a_round_figure_far_from_any_is_not_matched(seeds_store: ClaimStore) -> None:
    result = answer("what did gb news say about 5,000 soldiers?", seeds_store, today=TODAY)
    assert not {c.value for c in result.claims} & {3010, 1120, 990, 900}


# -- the press's figure as a speaker cites it: the claimant and the relaying speaker -------------

RELAYED_ARTICLE = "\n".join(
    [
        "title: Leader disputes reported toll",
        "publisher: Example Wire",
        "published: 2024-06-10",
        "url: https://example.org/relayed",
        "",
        "The president of Ukraine, Volodymyr Zelensky, on Monday disputed reports that 60,000 "
        "Ukrainian soldiers had been killed since the invasion began.",
        'Zelensky said: "Some in the Western press reported that 60,000 Ukrainians had been '
        'killed. It is less, much less."',
        "Ukraine's General Staff said Russia lost 1,200 soldiers over the past day.",
        "",
    ]
)


@pytest.fixture(scope="module")
def relayed_store(tmp_path_factory: pytest.TempPathFactory) -> ClaimStore:
    folder = tmp_path_factory.mktemp("relayed-sources")
    (folder / "relayed.txt").write_text(RELAYED_ARTICLE, encoding="utf-8")
    return open_or_build(folder.parent / "relayed.db", folder)


def test_a_relayed_figure_names_the_press_and_the_speaker(relayed_store: ClaimStore) -> None:
    from knowledge.lexicon.claimants import claimant_side, relayed_parts

    claims = relayed_store.claims_with_value(60000)
    assert claims
    for claim in claims:
        assert relayed_parts(claim.claimant) == ("media reports", "Ukraine's President")
        assert claimant_side(claim.claimant) == "independent"  # the press's, not Kyiv's


@pytest.mark.parametrize(
    "text",
    [
        "what does zelensky say about ukrainian deaths",
        "what did zelensky say about ukrainian soldiers killed?",
        "what has the ukrainian president said about ukrainian dead",
        "zelensky's comments on ukrainian deaths",
        "what is zelensky saying about how many ukrainians died",
    ],
)
def test_what_a_speaker_says_includes_what_he_cites_said_not_his(
    text: str, relayed_store: ClaimStore
) -> None:
    result = answer(text, relayed_store, today=dt.date(2024, 6, 20))
    assert 60000 in {c.value for c in result.claims}
    assert "not ukraine's president's own figure" in result.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "how many ukrainian troops killed according to zelensky",
        "zelensky's figure for ukrainian soldiers killed?",
        "ukrainian dead per the ukrainian president",
        "how many ukrainian soldiers died, per zelensky",
        "ukrainian death toll according to president zelensky",
    ],
)
def test_a_speakers_own_figure_is_never_one_he_only_cites(
    text: str, relayed_store: ClaimStore
) -> None:
    result = answer(text, relayed_store, today=dt.date(2024, 6, 20))
    assert not result.answered
    assert "ukraine's president" in _head(result.text)


def test_a_relayed_figure_is_not_a_sides_official_figure(relayed_store: ClaimStore) -> None:
    result = answer("ukrainian deaths per kyiv", relayed_store, today=dt.date(2024, 6, 20))
    assert not result.answered


# -- a place no list has is still a place --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("russian losses in staromlynivka in 2024", "staromlynivka"),
        ("Russian losses in Tsukuryne in 2024", "Tsukuryne"),
        ("how many tanks did russia lose near krasnohorivka", "krasnohorivka"),
        ("russian casualties at Ivanivske last month", "Ivanivske"),
        ("russian losses around kurdyumivka in 2023", "kurdyumivka"),
        ("losses in Yurivka in june 2023", "Yurivka"),
    ],
)
def test_a_place_shaped_name_is_reported_as_a_place(text: str, place: str) -> None:
    spans = [(u.text, u.kind) for u in parse_question(text, TODAY).unread if u.constrains]
    assert (place, "place") in spans


@pytest.mark.parametrize(
    "text",
    [
        "russian losses in Staromlynivka in 2024",
        "how many russians died in tsukuryne",
        "russian tank losses near selydove in 2024",
        "russian casualties in Novomykhailivka in 2024",
        "losses at krasnohorivka",
    ],
)
def test_a_place_shaped_name_gets_no_national_figure(text: str, seeds_store: ClaimStore) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert not result.answered
    assert result.claims == []


def test_a_publication_after_in_is_still_a_source() -> None:
    spans = {u.text: u.kind for u in parse_question("russian losses in 2024 as reported in the "
                                                    "Kyiv Post", TODAY).unread}  # fmt: skip
    assert all(kind != "place" for kind in spans.values())


# -- more branches, ship kinds, guns and uncounted craft -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "airborne troops lost by russia in 2022",
        "how many russian motorized rifle troops died in 2023",
        "russian border guards killed in kursk",
        "fsb officers killed in 2024",
        "motor rifle brigade losses in 2024",
    ],
)
def test_more_branches_are_parts_of_the_troops(text: str) -> None:
    query = parse_question(text, TODAY)
    assert query.intent == Intent.unsupported
    assert query.metrics == [Metric.personnel]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("how many russian missile boats were sunk in 2022", Metric.ships),
        ("russian landing ships destroyed in 2024", Metric.ships),
        ("how many anti-aircraft guns did russia lose in 2023", Metric.air_defense),
        ("russian aa guns destroyed last year", Metric.air_defense),
        ("russian frigates and corvettes hit in 2024", Metric.ships),
    ],
)
def test_a_kind_named_with_another_kinds_word_is_one_kind(text: str, metric: Metric) -> None:
    assert parse_question(text, TODAY).metrics == [metric]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("naval drones destroyed in 2024", "naval drones"),
        ("russian kamikaze boats destroyed", "kamikaze boats"),
        ("how many sea drones has ukraine lost", "sea drones"),
        ("unmanned surface vessels lost in 2024", "unmanned surface vessels"),
        ("russian drone boats hit in 2023", "drone boats"),
    ],
)
def test_uncounted_craft_are_reported(text: str, span: str) -> None:
    assert span in [u.lower() for u in _constraining(text)]


def test_the_srbm_category_is_not_a_ballistic_missile_question() -> None:
    assert _constraining("mobile short-range ballistic missile systems lost in april 2022") == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("headline from 10 Dec 2023: 'Russia loses 3,000 soldiers in just three days' - true?",
         dt.date(2023, 12, 7), dt.date(2023, 12, 9)),
        ("a post on 3 dec 2024 said 2,030 on november 29 - right?",
         dt.date(2024, 11, 29), dt.date(2024, 11, 29)),
        ("article dated 9 feb 2024 says 4,540 in five days. legit?",
         dt.date(2024, 2, 4), dt.date(2024, 2, 8)),
        ("a tweet from 8 february 2023 claims 1,030 on feb 7 - check",
         dt.date(2023, 2, 7), dt.date(2023, 2, 7)),
        ("story published on 1 dec 2024: '45,720 in november' - does it hold?",
         dt.date(2024, 11, 1), dt.date(2024, 11, 30)),
    ],
)  # fmt: skip
def test_the_date_a_quote_appeared_anchors_it(text: str, first: dt.date, last: dt.date) -> None:
    query = parse_question(text, dt.date(2026, 11, 30))
    assert (query.period_start, query.period_end) == (first, last)
    assert [u.text for u in query.unread if u.constrains] == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("what's a typical day of russian losses in 2025", "day"),
        ("what was the daily rate of russian losses in march 2025", "day"),
        ("russian tank losses: the rate per week in 2024?", "week"),
        ("typical month of russian drone losses in 2025", "month"),
        ("the monthly pace of russian artillery losses in 2023", "month"),
    ],
)
def test_an_average_by_another_name_is_an_average(
    text: str, unit: str, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert result.answered
    assert f"a {unit} on average" in result.text
    assert _constraining(text) == []
