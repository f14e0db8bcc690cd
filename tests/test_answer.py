"""Answers: the seed question table, the wording of answers, disagreements and no-answers.

The seed table runs twice: over claims written by hand from the seed articles (so the
answering logic is tested on its own), and over the knowledge base the extractor builds
from a copy of `seeds/*.txt` (so the whole chain is; skipped while the extractor finds
nothing). Expected figures come from the article text.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from knowledge import answer
from knowledge.ingest.build import build_store, rebuild
from knowledge.models import (
    WAR_START,
    Answer,
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Relation,
    ReloadError,
    Source,
    Subject,
)
from knowledge.store import ClaimStore
from knowledge.wording import claimant_text, in_language, period_words
from knowledge.wording_locale import PHRASES
from tests.conftest import SEEDS

D = dt.date
M = Metric
P = PeriodKind
TODAY = D(2025, 1, 15)

GS = "Ukraine's General Staff"
MOD = "Ukraine's Ministry of Defence"
AF = "Ukraine's armed forces"
UO = "Ukrainian officials"
KREMLIN = "the Kremlin"


def _source(sid: str, publisher: str, published: dt.date, url: str | None = None) -> Source:
    return Source(
        id=sid, title=f"{publisher} article", publisher=publisher, url=url,
        published=published, text="(not used)",
    )  # fmt: skip


SOURCES = {
    "000": _source("000_f0218ca57ae989bc", "GB News", D(2023, 12, 10), "https://gbnews.com/news/x"),
    "001": _source("001_e21083cc753be303", "Newsweek", D(2024, 12, 3)),
    "002": _source("002_54b85617b149186a", "Newsweek", D(2024, 2, 9)),
    "003": _source("003_d46a1cb0c5dae3c8", "Reuters", D(2023, 2, 7)),
    "004": _source("004_f7a6ae565c320a86", "LADbible", D(2022, 4, 8)),
}


def claim(
    src: str,
    metric: Metric,
    value: int,
    kind: PeriodKind,
    start: dt.date | None,
    end: dt.date | None,
    claimant: str = GS,
    personnel_kind: PersonnelKind | None = None,
    qualifier: Qualifier = Qualifier.exact,
    subject: Subject = Subject.russia,
    value_max: int | None = None,
    sources: dict[str, Source] = SOURCES,
) -> Claim:
    return Claim(
        metric=metric, value=value, value_max=value_max, qualifier=qualifier, subject=subject,
        claimant=claimant, period_kind=kind, period_start=start, period_end=end,
        personnel_kind=personnel_kind, quote=f"... {value:,} ...", source=sources[src].ref(),
    )  # fmt: skip


def day(y: int, m: int, d: int) -> tuple[PeriodKind, dt.date, dt.date]:
    return P.day, D(y, m, d), D(y, m, d)


def total(y: int, m: int, d: int) -> tuple[PeriodKind, dt.date, dt.date]:
    return P.cumulative, WAR_START, D(y, m, d)


CAS = PersonnelKind.casualties
KILLED = PersonnelKind.killed

# What the extractor should find in each seed article, written by hand from the text.
HANDMADE: dict[str, list[Claim]] = {
    "000": [
        claim("000", M.personnel, 3010, P.range, D(2023, 12, 7), D(2023, 12, 9)),
        claim("000", M.tanks, 32, P.range, D(2023, 12, 7), D(2023, 12, 9)),
        claim("000", M.personnel, 1120, *day(2023, 12, 7), personnel_kind=CAS),
        claim("000", M.personnel, 990, *day(2023, 12, 8), personnel_kind=CAS),
        claim("000", M.personnel, 900, *day(2023, 12, 9), personnel_kind=CAS),
    ],
    "001": [
        claim("001", M.personnel, 745700, *total(2024, 12, 3), MOD),
        claim("001", M.personnel, 1760, *day(2024, 12, 3), MOD),
        claim("001", M.personnel, 2030, *day(2024, 11, 29), AF),
        claim("001", M.personnel, 1950, *day(2024, 11, 11), AF),
        claim("001", M.personnel, 2030, *day(2024, 11, 28), AF),
        claim("001", M.personnel, 11390, P.week, D(2024, 11, 25), D(2024, 12, 1), AF),
        claim("001", M.personnel, 38130, P.month, D(2024, 9, 1), D(2024, 9, 30), AF),
        claim("001", M.personnel, 41980, P.month, D(2024, 10, 1), D(2024, 10, 31), AF),
        claim("001", M.personnel, 45720, P.month, D(2024, 11, 1), D(2024, 11, 30), AF),
    ],
    "002": [
        claim("002", M.personnel, 4500, P.range, D(2024, 2, 3), D(2024, 2, 9),
              qualifier=Qualifier.more_than),
        claim("002", M.personnel, 4540, P.range, D(2024, 2, 3), D(2024, 2, 9),
              personnel_kind=CAS),
        claim("002", M.tanks, 42, P.range, D(2024, 2, 3), D(2024, 2, 9)),
        claim("002", M.armored_vehicles, 103, P.range, D(2024, 2, 3), D(2024, 2, 9)),
        claim("002", M.artillery, 104, P.range, D(2024, 2, 3), D(2024, 2, 9)),
        claim("002", M.drones, 36, P.range, D(2024, 2, 3), D(2024, 2, 9)),
        claim("002", M.personnel, 393290, *total(2024, 2, 9)),
        claim("002", M.tanks, 6385, *total(2024, 2, 9)),
        claim("002", M.armored_vehicles, 11921, *total(2024, 2, 9)),
        claim("002", M.drones, 7209, *total(2024, 2, 9)),
    ],
    "003": [
        claim("003", M.personnel, 1030, *day(2023, 2, 7), AF, KILLED),
        claim("003", M.personnel, 133190, *total(2023, 2, 7), AF, KILLED),
        claim("003", M.tanks, 25, P.range, D(2023, 2, 6), D(2023, 2, 7), AF),
    ],
    "004": [
        claim("004", M.personnel, 1351, *total(2022, 4, 1), KREMLIN, KILLED),
        claim("004", M.personnel, 19000, *total(2022, 4, 8), UO, KILLED,
              qualifier=Qualifier.approximate),
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def handmade(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ClaimStore]:
    path = tmp_path_factory.mktemp("handmade") / "kb.db"
    store = build_store(path, [(SOURCES[k], HANDMADE[k]) for k in SOURCES])
    yield store
    store.close()


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ClaimStore]:
    """The knowledge base the real extractor builds from the five seed articles only."""
    folder = tmp_path_factory.mktemp("seeds")
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    db = tmp_path_factory.mktemp("kb") / "kb.db"
    try:
        rebuild(folder, db, wait=True)
    except ReloadError as exc:
        pytest.skip(f"the extractor finds no figures in the seeds yet ({exc})")
    store = ClaimStore(db)
    yield store
    store.close()


# -- the seed table ----------------------------------------------------------------------------

LATER = D(2024, 12, 4)  # the day after seed 001, for "yesterday" and "last week"

# (question, the expected top figure or None for no answer, today)
SEED_TABLE: list[tuple[str, int | None, dt.date]] = [
    # months, with and without a year
    ("losses in November?", 45720, TODAY),
    ("Russian losses in November 2024", 45720, TODAY),
    ("How many Russian troops were lost in Nov 2024?", 45720, TODAY),
    ("losses in October", 41980, TODAY),
    ("personnel losses September 2024", 38130, TODAY),
    ("Sept 2024 losses", 38130, TODAY),
    ("How many soldiers did Russia lose in 2024-11?", 45720, TODAY),
    ("monthly losses in October 2024", 41980, TODAY),
    ("How many Russian military personnel were lost in October 2024?", 41980, TODAY),
    # "killed" asks for deaths: a killed-and-wounded figure is shown apart, not as the answer
    # (issue 12, requirement 4), so the typo row asks for losses.
    ("soliders lost in novmber 2024", 45720, TODAY),
    ("Russian troop losses 1 Nov 2024 - 30 Nov 2024", 45720, TODAY),
    # days
    ("casualties on 8 December 2023", 990, TODAY),
    ("How many soldiers did Russia lose on December 7, 2023?", 1120, TODAY),
    ("losses on 9 Dec 2023", 900, TODAY),
    ("Russian casualties Dec 8", 990, TODAY),
    ("casualties 2023-12-07", 1120, TODAY),
    ("losses on November 29", 2030, TODAY),
    # Deaths asked, killed and wounded stored: shown apart, not as the answer (issue 12 req 4).
    ("how many Russian soldiers died on 2024-11-11", None, TODAY),
    ("how many Russian soldiers were lost on 2024-11-11", 1950, TODAY),
    ("losses on December 3 2024", 1760, TODAY),
    ("Russian deaths on 7 February 2023", 1030, TODAY),
    ("losses yesterday", 1760, LATER),
    # ranges, weeks, "since"
    ("7-9 December 2023 losses", 3010, TODAY),
    ("soldiers lost between December 7 and 9, 2023", 3010, TODAY),
    ("tanks from 7 to 9 December 2023", 32, TODAY),
    ("tank losses 6-7 February 2023", 25, TODAY),
    ("drones since February 3", 36, TODAY),
    ("How many drones did Russia lose from 3 to 9 February 2024?", 36, TODAY),
    ("artillery systems lost since February 3, 2024", 104, TODAY),
    ("tanks lost since Feb 3 2024 according to Ukraine", 42, TODAY),
    ("troops lost since February 3", 4540, TODAY),
    ("armored fighting vehicles lost from 3 to 9 February 2024", 103, TODAY),
    ("losses last week", 11390, LATER),
    # totals
    ("tnaks lost overall?", 6385, TODAY),
    ("How many tanks has Russia lost in total?", 6385, TODAY),
    ("total tanks destroyed so far", 6385, TODAY),
    ("armoured vehicles in total", 11921, TODAY),
    ("How many APCs has Russia lost?", 11921, TODAY),
    ("UAVs lost overall", 7209, TODAY),
    ("How many soldiers has Russia lost in total?", 745700, TODAY),
    ("how many russian soldiers have been lost since the start of the war", 745700, TODAY),
    ("Russian personnel losses so far according to Ukraine's Ministry of Defence", 745700,
     TODAY),
    ("losses as of 9 February 2024", 393290, TODAY),
    ("total Russian losses as of 2024-02-09", 393290, TODAY),
    ("Russian losses in total as of 3 December 2024", 745700, TODAY),
    ("How many Russian soldiers had died by 7 February 2023?", 133190, TODAY),
    ("How many Russian soldiers were killed?", 133190, TODAY),
    # claimants
    ("What does the Kremlin say about its losses?", 1351, TODAY),
    ("death toll according to Moscow", 1351, TODAY),
    ("Russia's own figures on its dead", 1351, TODAY),
    ("Kremlin figures", 1351, TODAY),
    ("what did Ukraine say Russia lost in November 2024", 45720, TODAY),
    ("per Kyiv, Russian losses in September 2024", 38130, TODAY),
    ("General Staff figures for 8 December 2023", 990, TODAY),
    ("Russian losses per Ukraine on 29 November 2024", 2030, TODAY),
    # worst days
    ("worst day in November 2024", 2030, TODAY),
    ("deadliest day for Russian troops?", 2030, TODAY),
    ("highest daily losses in December 2023", 1120, TODAY),
    # month by month: the first month's figure leads
    ("What were Russia's losses in September, October and November 2024?", 38130, TODAY),
    ("monthly losses in 2024", 38130, TODAY),
    # what the seeds cannot answer
    ("How many helicopters has Russia lost?", None, TODAY),
    ("losses in March 2025", None, TODAY),
    ("Ukrainian tank losses", None, TODAY),
    ("How many tanks according to the Kremlin?", None, TODAY),
    ("What's the weather in Kyiv?", None, TODAY),
    ("hello", None, TODAY),
    ("", None, TODAY),
    ("tell me a joke", None, TODAY),
    ("Russian losses in 2021", None, TODAY),
    ("How many aircraft did Russia lose in total?", None, TODAY),
    ("ships sunk in November 2024", None, TODAY),
    ("Russian losses according to the UK MoD", None, TODAY),
    ("the Pentagon estimate of Russian casualties", None, TODAY),
    # no figure for the month: the week inside it answers in part (issue 12, requirement 3)
    ("How many tanks did Russia lose in February 2024?", 42, TODAY),
    ("Russian tank losses in February", 42, TODAY),
    ("How many MLRS has Russia lost?", None, TODAY),
    ("artillery overall", None, TODAY),
    ("Russian losses on 15 January 2024", None, TODAY),
    ("How many Russian soldiers were captured?", None, TODAY),
    ("How many Russian soldiers were wounded in November 2024?", None, TODAY),
    ("losses in August 2023", None, TODAY),
    ("air defence systems lost last month", None, TODAY),
    ("losses last week", None, TODAY),
    ("Russian losses as of 20 February 2024", None, TODAY),
    ("How many civilians have died?", None, TODAY),
    ("How many tanks does Russia have left?", None, TODAY),
    ("How many drones will Russia lose next year?", None, TODAY),
]  # fmt: skip

# Questions whose expected figure the extractor does not (yet) produce, with why; the
# hand-made run must pass them all. None at present: seed 000's "in just three days" now
# takes the days the article names, 7-9 December.
EXTRACTOR_GAPS: dict[str, str] = {}


def _ids(table: list[tuple[str, int | None, dt.date]]) -> list[str]:
    return [q or "(empty)" for q, _, _ in table]


def _check_row(store: ClaimStore, question: str, expected: int | None, today: dt.date) -> None:
    result = answer(question, store, today=today)
    if expected is None:
        assert not result.answered, result.text
        _check_shown_apart(result)
        assert result.text
        return
    assert result.answered, result.text
    assert result.claims[0].value == expected, result.text
    _check_answered_text(result)


def _check_shown_apart(result: Answer) -> None:
    """A refusal may show other figures (another claimant's, killed and wounded for deaths)
    after saying first that none answers: each with its relation, after the first line, and
    never the named claimant's."""
    if not result.claims:
        return
    first = result.text.splitlines()[0]
    assert all(f"{c.value:,}" not in first for c in result.claims), result.text
    assert all(c.relation is not None for c in result.claims)
    if result.query is not None and result.query.claimant:
        assert all(c.claimant != result.query.claimant for c in result.claims)


def _check_answered_text(result: Answer) -> None:
    """What every answered reply carries: figures with who claims them, outlet, date, caveat."""
    assert result.caveat
    assert result.text.endswith(result.caveat)
    lang = result.language or "en"
    if lang != "en":  # read as Ukrainian or Russian ("ЗЀБИТ"): the caveat's own row and names
        rows = (PHRASES[lang]["caveat.one"], PHRASES[lang]["caveat.many"])
        assert any(row.split("{who}")[1][:12] in result.caveat for row in rows)
        with in_language(lang):
            assert all(claimant_text(c.claimant) in result.caveat for c in result.claims)
        return
    assert "independently verified" in result.caveat
    for item in result.claims:
        assert item.claimant in result.caveat
        assert f"{item.value:,}" in result.text
        assert item.claimant in result.text
        if item.source.publisher:
            assert item.source.publisher in result.text
        if item.source.published:
            published = item.source.published
            assert f"{published.day} {published:%B} {published.year}" in result.text
        if item.source.url:
            assert item.source.url in result.text
    assert len(result.claims) <= 6


@pytest.mark.parametrize(("question", "expected", "today"), SEED_TABLE, ids=_ids(SEED_TABLE))
def test_seed_table_on_handmade_claims(
    handmade: ClaimStore, question: str, expected: int | None, today: dt.date
) -> None:
    _check_row(handmade, question, expected, today)


@pytest.mark.parametrize(("question", "expected", "today"), SEED_TABLE, ids=_ids(SEED_TABLE))
def test_seed_table_on_extracted_claims(
    extracted: ClaimStore, question: str, expected: int | None, today: dt.date
) -> None:
    if question in EXTRACTOR_GAPS:
        pytest.xfail(EXTRACTOR_GAPS[question])
    _check_row(extracted, question, expected, today)


def test_seed_table_size() -> None:
    assert len(SEED_TABLE) >= 60
    assert sum(1 for _, expected, _ in SEED_TABLE if expected is None) >= 15


# -- wording -----------------------------------------------------------------------------------


def test_answer_names_figure_period_claimant_outlet_and_date(handmade: ClaimStore) -> None:
    result = answer("casualties on 8 December 2023", handmade, today=TODAY)
    assert result.answered
    line = next(x for x in result.text.splitlines() if x.startswith("- "))
    assert line == (
        "- 990 on 8 December 2023, according to Ukraine's General Staff "
        "(GB News, 10 December 2023, https://gbnews.com/news/x)."
    )
    assert result.period == "on 8 December 2023"
    assert "killed and wounded together" in result.text


def test_total_says_since_the_start_of_the_invasion(handmade: ClaimStore) -> None:
    result = answer("tanks in total", handmade, today=TODAY)
    assert (
        "6,385 since the start of the full-scale invasion (24 February 2022) to 9 February 2024"
        in result.text
    )


def test_month_without_year_names_assumed_and_other_years(tmp_path: Path) -> None:
    src = {
        "a": _source("a", "Outlet A", D(2023, 12, 2)),
        "b": _source("b", "Outlet B", D(2024, 12, 2)),
    }
    store = build_store(
        tmp_path / "kb.db",
        [
            (src["a"], [claim("a", M.personnel, 30000, P.month, D(2023, 11, 1), D(2023, 11, 30),
                              sources=src)]),
            (src["b"], [claim("b", M.personnel, 45720, P.month, D(2024, 11, 1), D(2024, 11, 30),
                              sources=src)]),
        ],
    )  # fmt: skip
    result = answer("losses in November?", store, today=TODAY)
    assert result.claims[0].value == 45720
    assert "assumed 2024" in result.text
    assert "November 2023" in result.text
    assert result.query is not None and result.query.assumed_year == 2024
    # Asked in March 2024, the most recent November with figures is 2023.
    earlier = answer("losses in November?", store, today=D(2024, 3, 1))
    assert earlier.claims[0].value == 30000
    assert "assumed 2023" in earlier.text


def test_day_without_year_goes_to_the_year_with_figures(handmade: ClaimStore) -> None:
    result = answer("Russian casualties Dec 8", handmade, today=TODAY)
    assert result.claims[0].period_end == D(2023, 12, 8)
    assert "assumed 2023" in result.text


@pytest.mark.parametrize(
    ("qualifier", "value_max", "shown"),
    [
        (Qualifier.exact, None, "4,540"),
        (Qualifier.more_than, None, "more than 4,540"),
        (Qualifier.less_than, None, "up to 4,540"),
        (Qualifier.nearly, None, "nearly 4,540"),
        (Qualifier.at_least, None, "at least 4,540"),
        (Qualifier.approximate, None, "about 4,540"),
        (Qualifier.approximate, 15000, "about 4,540 to 15,000"),
        (Qualifier.range, 15000, "4,540 to 15,000"),
    ],
)
def test_qualifier_wording(
    tmp_path: Path, qualifier: Qualifier, value_max: int | None, shown: str
) -> None:
    item = claim("002", M.personnel, 4540, P.range, D(2024, 2, 3), D(2024, 2, 9),
                 qualifier=qualifier, value_max=value_max)  # fmt: skip
    store = build_store(tmp_path / "kb.db", [(SOURCES["002"], [item])])
    result = answer("losses from 3 to 9 February 2024", store, today=TODAY)
    assert f"- {shown} from 3 to 9 February 2024, according to" in result.text


@pytest.mark.parametrize(
    ("kind", "start", "end", "words"),
    [
        (P.day, D(2023, 12, 8), D(2023, 12, 8), "on 8 December 2023"),
        (P.month, D(2024, 11, 1), D(2024, 11, 30), "in November 2024"),
        (P.range, D(2024, 2, 3), D(2024, 2, 9), "from 3 to 9 February 2024"),
        (P.week, D(2024, 11, 25), D(2024, 12, 1), "from 25 November to 1 December 2024"),
        (P.range, D(2023, 12, 30), D(2024, 1, 2), "from 30 December 2023 to 2 January 2024"),
        (P.year, D(2023, 1, 1), D(2023, 12, 31), "in 2023"),
        (P.cumulative, WAR_START, D(2024, 2, 9),
         "since the start of the full-scale invasion (24 February 2022) to 9 February 2024"),
        (P.cumulative, None, D(2024, 2, 9),
         "since the start of the full-scale invasion (24 February 2022) to 9 February 2024"),
        (P.unspecified, None, None, "for an unstated period"),
    ],
)  # fmt: skip
def test_period_words(
    kind: PeriodKind, start: dt.date | None, end: dt.date | None, words: str
) -> None:
    assert period_words(kind, start, end) == words


def test_short_period_words() -> None:
    assert period_words(P.range, D(2024, 2, 3), D(2024, 2, 9), short=True) == "3–9 February 2024"
    assert period_words(P.cumulative, WAR_START, D(2024, 2, 9), short=True) == (
        "in total as of 9 February 2024"
    )


def test_month_by_month_lists_each_month_and_never_adds(handmade: ClaimStore) -> None:
    result = answer("losses in September, October and November 2024", handmade, today=TODAY)
    assert [c.value for c in result.claims] == [38130, 41980, 45720]
    assert "month by month" in result.text
    assert "125,830" not in result.text  # the sum is nowhere


def test_unsupported_question_says_why(handmade: ClaimStore) -> None:
    result = answer("How many civilians have died?", handmade, today=TODAY)
    assert not result.answered
    assert "civilian" in result.text


# -- disagreement ------------------------------------------------------------------------------


def test_same_figure_for_two_dates_is_shown_as_a_disagreement(handmade: ClaimStore) -> None:
    result = answer("losses on 29 November 2024", handmade, today=TODAY)
    assert [c.value for c in result.claims] == [2030, 2030]
    assert {c.period_end for c in result.claims} == {D(2024, 11, 29), D(2024, 11, 28)}
    assert result.disagreement
    assert "disagree" in result.text
    assert "29 November 2024" in result.text and "28 November 2024" in result.text


def test_claimants_that_disagree_are_shown_side_by_side(tmp_path: Path) -> None:
    src = {
        "k": _source("k", "Outlet K", D(2022, 4, 8)),
        "u": _source("u", "Outlet U", D(2022, 4, 9)),
    }
    store = build_store(
        tmp_path / "kb.db",
        [
            (src["k"], [claim("k", M.personnel, 1351, *total(2022, 4, 1), KREMLIN, KILLED,
                              sources=src)]),
            (src["u"], [claim("u", M.personnel, 19000, *total(2022, 4, 1), UO, KILLED,
                              sources=src)]),
        ],
    )  # fmt: skip
    result = answer("Russian death toll as of 1 April 2022", store, today=TODAY)
    assert sorted(c.value for c in result.claims) == [1351, 19000]
    assert result.disagreement
    assert "disagree" in result.text
    assert "differ by 17,649" in result.text
    assert KREMLIN in result.caveat and UO in result.caveat  # type: ignore[operator]


def test_consistent_figures_from_one_article_are_not_a_disagreement(
    handmade: ClaimStore,
) -> None:
    result = answer("troops lost from 3 to 9 February 2024", handmade, today=TODAY)
    assert [c.value for c in result.claims] == [4540]  # "more than 4,500" says the same
    assert not result.disagreement


def test_kremlin_question_falls_back_to_russian_side_only(tmp_path: Path) -> None:
    src = {"r": _source("r", "Outlet R", D(2023, 1, 5))}
    mod = "Russia's Ministry of Defence"
    store = build_store(
        tmp_path / "kb.db",
        [(src["r"], [claim("r", M.tanks, 12, *total(2023, 1, 1), mod, sources=src)])],
    )
    result = answer("how many tanks according to the Kremlin?", store, today=TODAY)
    assert result.answered
    assert result.claims[0].claimant == mod


# -- personnel kinds ---------------------------------------------------------------------------


def test_deaths_prefer_a_death_toll(handmade: ClaimStore) -> None:
    result = answer("How many Russian soldiers were killed?", handmade, today=TODAY)
    assert result.claims[0].personnel_kind == KILLED
    assert "only the dead" in result.text


def test_deaths_shown_as_casualties_say_so(handmade: ClaimStore) -> None:
    result = answer("how many Russian soldiers died in November 2024", handmade, today=TODAY)
    assert result.claims[0].value == 45720
    assert "killed and wounded together" in result.text
    assert "not a count of the dead" in result.text


# -- no answer ---------------------------------------------------------------------------------


def test_no_figure_for_the_period_shows_what_answers_it_in_part(handmade: ClaimStore) -> None:
    # Issue 12, requirement 3: evidence first, and said so in the first line; the running
    # total of 9 February says nothing of February's losses and stays a pointer.
    result = answer("How many tanks did Russia lose in February 2024?", handmade, today=TODAY)
    assert result.answered
    first = result.text.splitlines()[0]
    assert "no figure" in first and "February 2024 as a whole" in first and "in part" in first
    assert [(c.value, c.relation) for c in result.claims] == [(42, Relation.inside)]
    assert "6,385" not in result.text


def test_a_killed_question_never_gets_a_casualty_figure_as_evidence(
    handmade: ClaimStore,
) -> None:
    result = answer("Russian soldiers killed in February 2024", handmade, today=TODAY)
    assert all(c.personnel_kind != PersonnelKind.casualties for c in result.claims)


def test_no_answer_for_a_missing_metric_lists_the_metrics_there_are(
    handmade: ClaimStore,
) -> None:
    result = answer("How many helicopters has Russia lost?", handmade, today=TODAY)
    assert not result.answered
    assert "helicopter" in result.text
    assert "tanks" in result.text


def test_no_answer_for_a_claimant_names_who_does_report(handmade: ClaimStore) -> None:
    result = answer("How many tanks according to the Kremlin?", handmade, today=TODAY)
    assert not result.answered
    assert "Kremlin" in result.text
    assert "Ukraine's General Staff" in result.text


@pytest.mark.parametrize("question", ["what's the weather", "hello", "", "help"])
def test_not_about_losses_gets_a_pointer(handmade: ClaimStore, question: str) -> None:
    result = answer(question, handmade, today=TODAY)
    assert not result.answered
    assert "losses" in result.text
    assert result.suggestions
    assert result.claims == []


# -- the daily series --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def with_series(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ClaimStore]:
    """Seed 001's claims (hand-made) beside the General Staff's daily tally in seeds/."""
    from knowledge.ingest import series

    folder = SEEDS / "ua-general-staff-daily"
    if not series.is_series_dir(folder):
        pytest.skip("no daily series in seeds/")
    loaded = [series.load_series(folder), (SOURCES["001"], HANDMADE["001"])]
    store = build_store(tmp_path_factory.mktemp("series") / "kb.db", loaded)
    yield store
    store.close()


def test_a_figure_from_the_series_sits_beside_the_article(with_series: ClaimStore) -> None:
    result = answer("losses in November 2024", with_series, today=TODAY)
    computed = [c for c in result.claims if c.derivation]
    published = [c for c in result.claims if not c.derivation]
    assert computed and published
    assert published[0].value == 45720
    assert "computed from" in result.text
    assert computed[0].derivation in result.text  # type: ignore[operator]
    if computed[0].value == 45720:
        assert "agrees with the daily tally counted by day of fighting" in result.text
    else:
        assert f"differ by {abs(computed[0].value - 45720):,}" in result.text


def test_a_figure_that_agrees_by_report_date_is_said_to_agree(with_series: ClaimStore) -> None:
    # Issue 12, requirement 5: 2,030 "on 29 November" is what the report of that date added;
    # by day of fighting the tally gives another figure. One convention agrees: never "differ".
    result = answer("losses on 29 November 2024", with_series, today=TODAY)
    computed = next(c for c in result.claims if c.derivation)
    article = next(c for c in result.claims if not c.derivation and c.value == 2030)
    assert computed.value != 2030
    assert "differ by" not in result.text
    assert "agrees with the daily tally counted by report date" in result.text
    assert article.relation == Relation.day_off and computed.relation == Relation.exact


def test_a_figure_no_convention_agrees_with_differs(with_series: ClaimStore) -> None:
    # 1,760 "on December 3" (seed 001): neither the report of 3 December nor the fighting of
    # that day gives it.
    result = answer("losses on 3 December 2024", with_series, today=TODAY)
    computed = next(c for c in result.claims if c.derivation)
    assert f"differ by {abs(computed.value - 1760):,}, under either day convention" in result.text
    assert result.disagreement


# -- properties --------------------------------------------------------------------------------

_WORDS = [
    "tanks", "tnaks", "losses", "in", "November", "2024", "Dec", "8", "since", "February",
    "3", "Kremlin", "per", "Ukraine", "Ukrainian", "soldiers", "killed", "total", "worst",
    "day", "as", "of", "2023-12-08", "7-9", "last", "week", "yesterday", "helicopters",
    "APCs", "UAVs", "according", "to", "the", "Moscow's", "figures", "?", "how", "many",
]  # fmt: skip


def _stored_values(store: ClaimStore) -> set[int]:
    rows = store.execute("SELECT value, value_max FROM claims")
    return {r["value"] for r in rows} | {r["value_max"] for r in rows if r["value_max"]}


# A figure as the answers write it: "45,720" in English, "45 720" (a no-break space) in
# Ukrainian and Russian.
_NUMBER = r"\d(?:,(?=\d{3})|[\u00a0\u202f ](?=\d{3})|\d)*"
_FIGURE_LINE = re.compile(
    rf"^- (?:about |more than |up to |nearly |at least )?({_NUMBER})(?: to ({_NUMBER}))?"
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.text(max_size=200),
        st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join),
    )
)
@example("ЗЀБИТ")  # once found: read as Russian, answered with the caveat in Russian
@example("Скільки танків втратила росія?")
def test_no_input_crashes_or_invents_a_figure(handmade: ClaimStore, question: str) -> None:
    result = answer(question, handmade, today=TODAY)
    stored = _stored_values(handmade)
    for item in result.claims:
        assert item.value in stored
        assert item.derivation is None  # no series in this knowledge base
    if not result.answered:
        _check_shown_apart(result)
        return
    _check_answered_text(result)
    for line in result.text.splitlines():
        found = _FIGURE_LINE.match(line)
        if found:
            for number in found.groups():
                if number:
                    assert int(re.sub(r"[,\u00a0\u202f ]", "", number)) in stored, line
