"""The General Staff's daily tally as a source, and period figures computed from it.

The cumulative figures in the tables below were read by hand from the shipped JSON files
(`seeds/ua-general-staff-daily/`); `test_table_figures_are_the_json_figures` re-reads them.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from knowledge.answering.derive import (
    DEFAULT_CONVENTION,
    Convention,
    daily_figures,
    derived_claims,
    find_series,
    period_figure,
    record_day,
)
from knowledge.ingest.articles import SourceError
from knowledge.ingest.build import build_store, rebuild
from knowledge.ingest.series import CATEGORIES, is_series_dir, load_series
from knowledge.models import (
    WAR_START,
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Query,
    SourceKind,
    Subject,
)
from knowledge.store import ClaimStore
from tests.conftest import SEEDS, write

SERIES_DIR = SEEDS / "ua-general-staff-daily"
D = dt.date


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ClaimStore:
    source, claims = load_series(SERIES_DIR)
    return build_store(tmp_path_factory.mktemp("kb") / "kb.db", [(source, claims)])


def ask(
    store: ClaimStore,
    metric: Metric,
    start: dt.date | None,
    end: dt.date | None,
    convention: Convention = Convention.fighting,
    **fields: object,
) -> Claim | None:
    """The one claim the series gives for a question about `metric` from `start` to `end`."""
    query = Query(text="q", metrics=[metric], period_start=start, period_end=end, **fields)
    claims = derived_claims(store, query, convention=convention)
    assert len(claims) <= 1
    return claims[0] if claims else None


# -- loading ----------------------------------------------------------------------------------


def test_shipped_folder_is_a_series(tmp_path: Path) -> None:
    assert is_series_dir(SERIES_DIR)
    assert not is_series_dir(tmp_path)
    assert not is_series_dir(SEEDS / "001_e21083cc753be303.txt")
    for name in ("LICENSE", "SOURCE_COMMIT.txt", "ABOUT.md"):
        assert (SERIES_DIR / name).is_file()
    assert "MIT License" in (SERIES_DIR / "LICENSE").read_text(encoding="utf-8")


def test_source_metadata() -> None:
    source, claims = load_series(SERIES_DIR)
    assert source.id == "ua-general-staff-daily"
    assert source.kind == SourceKind.series
    assert source.publisher == (
        "Ukraine's General Staff (via PetroIvaniuk/2022-Ukraine-Russia-War-Dataset)"
    )
    assert source.url == "https://github.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset"
    assert source.published == D(2026, 8, 8)
    assert not source.warnings
    assert {c.claimant for c in claims} == {"Ukraine's General Staff"}
    assert {c.subject for c in claims} == {Subject.russia}
    assert {c.period_kind for c in claims} == {PeriodKind.cumulative}
    assert {c.period_start for c in claims} == {WAR_START}
    assert all(c.source.kind == SourceKind.series for c in claims)


@pytest.mark.parametrize(
    ("metric", "kind", "label", "count", "first", "last"),
    [
        (Metric.personnel, PersonnelKind.casualties, None, 1626, D(2022, 2, 25), D(2026, 8, 8)),
        (Metric.personnel, PersonnelKind.captured, None, 62, D(2022, 2, 25), D(2022, 4, 27)),
        (Metric.tanks, None, None, 1626, D(2022, 2, 25), D(2026, 8, 8)),
        (Metric.armored_vehicles, None, None, 1626, D(2022, 2, 25), D(2026, 8, 8)),
        (Metric.drones, None, None, 1626, D(2022, 2, 25), D(2026, 8, 8)),
        (Metric.vehicles, None, None, 1626, D(2022, 2, 25), D(2026, 8, 8)),
        (Metric.cruise_missiles, None, None, 1561, D(2022, 5, 1), D(2026, 8, 8)),
        (Metric.special_equipment, None, None, 1607, D(2022, 3, 16), D(2026, 8, 8)),
        (Metric.submarines, None, None, 1060, D(2023, 9, 14), D(2026, 8, 8)),
        (Metric.other, None, "mobile SRBM system", 36, D(2022, 3, 26), D(2022, 4, 30)),
        (Metric.other, None, "ground robotic systems", 98, D(2026, 5, 3), D(2026, 8, 8)),
    ],
)
def test_counts_and_date_ranges(
    store: ClaimStore,
    metric: Metric,
    kind: PersonnelKind | None,
    label: str | None,
    count: int,
    first: dt.date,
    last: dt.date,
) -> None:
    found = [s for s in find_series(store, metric, personnel_kind=kind) if s.label == label]
    assert len(found) == 1
    assert (found[0].count, found[0].first, found[0].last) == (count, first, last)


def test_total_claims() -> None:
    _, claims = load_series(SERIES_DIR)
    # 12 categories present from day one (vehicles merged) + the late ones + POW.
    assert len(claims) == 22310


@pytest.mark.parametrize(
    ("metric", "date", "value", "qualifier", "quote"),
    [
        (Metric.personnel, D(2024, 11, 29), 738_660, Qualifier.approximate,
         "2024-11-29: personnel about 738,660"),
        (Metric.personnel, D(2022, 3, 7), 11_000, Qualifier.more_than,
         "2022-03-07: personnel more 11,000"),
        (Metric.personnel, D(2022, 3, 6), 11_000, Qualifier.approximate,
         "2022-03-06: personnel about 11,000"),
        (Metric.tanks, D(2025, 3, 1), 10_233, Qualifier.exact, "2025-03-01: tank 10,233"),
        (Metric.vehicles, D(2022, 4, 30), 1_777, Qualifier.exact,
         "2022-04-30: military auto 1,701 + fuel tank 76 = 1,777"),
        (Metric.vehicles, D(2022, 5, 1), 1_796, Qualifier.exact,
         "2022-05-01: vehicles and fuel tanks 1,796"),
        (Metric.personnel, D(2025, 2, 28), 874_560, Qualifier.approximate,
         "2025-02-28: personnel about 874,560"
         " (absorbs a correction of +1,650 listed for 2025-02-28)"),
    ],
)  # fmt: skip
def test_records_and_qualifiers(
    store: ClaimStore, metric: Metric, date: dt.date, value: int, qualifier: Qualifier, quote: str
) -> None:
    claim = ask(store, metric, None, date, figure="total")
    assert claim is not None
    assert (claim.period_end, claim.value, claim.qualifier, claim.quote) == (
        date,
        value,
        qualifier,
        quote,
    )
    assert claim.derivation is None  # the stored claim itself
    if metric == Metric.personnel:
        assert claim.personnel_kind == PersonnelKind.casualties


def test_prisoners_are_captured_personnel(store: ClaimStore) -> None:
    claim = ask(
        store, Metric.personnel, None, D(2022, 4, 27), figure="total",
        personnel_kind=PersonnelKind.captured,
    )  # fmt: skip
    assert claim is not None
    assert (claim.value, claim.personnel_kind, claim.quote) == (
        496,
        PersonnelKind.captured,
        "2022-04-27: POW 496",
    )


@pytest.mark.parametrize(
    ("category", "metric"),
    [
        ("tank", Metric.tanks),
        ("APC", Metric.armored_vehicles),
        ("field artillery", Metric.artillery),
        ("MRL", Metric.mlrs),
        ("anti-aircraft warfare", Metric.air_defense),
        ("aircraft", Metric.aircraft),
        ("helicopter", Metric.helicopters),
        ("drone", Metric.drones),
        ("naval ship", Metric.ships),
        ("submarines", Metric.submarines),
        ("cruise missiles", Metric.cruise_missiles),
        ("special equipment", Metric.special_equipment),
        ("vehicles and fuel tanks", Metric.vehicles),
        ("mobile SRBM system", Metric.other),
        ("ground robotic systems", Metric.other),
        ("personnel", Metric.personnel),
        ("POW", Metric.personnel),
    ],
)
def test_category_mapping(category: str, metric: Metric) -> None:
    assert CATEGORIES[category].metric == metric


def test_vehicle_merge_has_no_jump(store: ClaimStore) -> None:
    (series,) = find_series(store, Metric.vehicles)
    days = {d.fought: d for d in daily_figures(store, series, D(2022, 4, 28), D(2022, 5, 1))}
    # 1,796 reported on 1 May (merged category) minus 1,701 + 76 reported on 30 April.
    assert days[D(2022, 4, 30)].value == 19
    assert all(0 <= d.value < 100 for d in days.values())


def test_rebuild_loads_series_with_articles(tmp_path: Path) -> None:
    report = rebuild(SEEDS, tmp_path / "kb.db")
    assert report.ok
    assert report.series_claims == 22310
    assert not [r for r in report.rejected if "ua-general-staff-daily" in r.path]


# -- corrections ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("metric", "report", "note"),
    [
        (Metric.armored_vehicles, D(2022, 10, 13), "-25 listed for 2022-10-13"),
        (Metric.artillery, D(2022, 10, 13), "+32 listed for 2022-10-13"),
        # Listed for 27 May 2023, but the jump is in the next morning's report.
        (Metric.aircraft, D(2023, 5, 28), "+3 listed for 2023-05-27"),
        (Metric.cruise_missiles, D(2023, 5, 28), "+31 listed for 2023-05-27"),
        (Metric.special_equipment, D(2024, 11, 30), "-85 listed for 2024-11-30"),
        (Metric.cruise_missiles, D(2024, 12, 15), "+80 listed for 2024-12-15"),
        (Metric.personnel, D(2025, 2, 28), "+1,650 listed for 2025-02-28"),
        (Metric.personnel, D(2025, 4, 22), "+160 listed for 2025-04-22"),
    ],
)
def test_corrections_sit_in_the_report_that_jumped(
    store: ClaimStore, metric: Metric, report: dt.date, note: str
) -> None:
    claim = ask(store, metric, None, report, figure="total")
    assert claim is not None and claim.period_end == report
    assert f"absorbs a correction of {note}" in claim.quote
    before = ask(store, metric, None, report - dt.timedelta(days=1), figure="total")
    assert before is not None and "correction" not in before.quote


@pytest.mark.parametrize(
    ("metric", "day", "value", "raw", "shown"),
    [
        # 874,560 (28 Feb 2025) − 871,850 (27 Feb) = 2,710, of which +1,650 reclassified.
        (Metric.personnel, D(2025, 2, 27), 1_060, 2_710, "less a correction of +1,650"),
        # 5,167 (13 Oct 2022) − 5,181 (12 Oct) = −14, of which −25 reclassified.
        (Metric.armored_vehicles, D(2022, 10, 12), 11, -14, "less a correction of -25"),
        # 3,617 (30 Nov 2024) − 3,700 (29 Nov) = −83, of which −85 reclassified.
        (Metric.special_equipment, D(2024, 11, 29), 2, -83, "less a correction of -85"),
        # 313 (28 May 2023) − 310 (27 May): the correction listed for 27 May.
        (Metric.aircraft, D(2023, 5, 27), 0, 3, "+3 listed for 27 May 2023"),
    ],
)
def test_a_day_never_counts_a_reclassification(
    store: ClaimStore, metric: Metric, day: dt.date, value: int, raw: int, shown: str
) -> None:
    claim = ask(store, metric, day, day)
    assert claim is not None
    assert claim.value == value
    assert claim.period_kind == PeriodKind.day
    assert claim.derivation is not None and shown in claim.derivation
    assert f"= {raw:,}" in claim.derivation
    assert "not losses of that day" in claim.derivation


def test_a_period_spanning_a_correction_says_so(store: ClaimStore) -> None:
    claim = ask(store, Metric.personnel, D(2025, 2, 1), D(2025, 2, 28))
    assert claim is not None
    assert claim.value == 875_610 - 839_040  # the cumulative figures include the correction
    assert claim.derivation is not None
    assert "spans corrections of the tally (+1,650 listed for 28 February 2025)" in (
        claim.derivation
    )
    quiet = ask(store, Metric.personnel, D(2024, 11, 1), D(2024, 11, 30))
    assert quiet is not None and quiet.derivation is not None
    assert "correction" not in quiet.derivation


def test_record_day_ranks_days_without_corrections(store: ClaimStore) -> None:
    (series,) = find_series(store, Metric.personnel)
    found = record_day(store, series, D(2025, 2, 1), D(2025, 2, 28))
    assert found is not None
    best, sentence = found
    assert best.fought != D(2025, 2, 27)  # 2,710 raw, but 1,650 of it is a reclassification
    assert best.value < 2_000
    # Issue 12, requirement 6: that day is skipped, and the sentence says so.
    assert "skipped" in sentence and "correction" in sentence


# -- dates: which convention matches the articles ---------------------------------------------

# Seed 001: "losses reaching 38,130 in September, 41,980 in October, and 45,720 in November".
# (month, cumulative reported on the 1st of the next month, on the 1st of the month,
#  on the last day of the month, on the last day of the month before, article figure)
MONTHS = [
    (9, 654_430, 616_300, 653_060, 614_950, 38_130),
    (10, 696_410, 654_430, 694_950, 653_060, 41_980),
    (11, 742_130, 696_410, 740_400, 694_950, 45_720),
]


@pytest.mark.parametrize(("month", "next_first", "first", "last", "prev_last", "article"), MONTHS)
def test_monthly_totals_match_the_fighting_convention(
    store: ClaimStore,
    month: int,
    next_first: int,
    first: int,
    last: int,
    prev_last: int,
    article: int,
) -> None:
    start = D(2024, month, 1)
    end = D(2024, month + 1, 1) - dt.timedelta(days=1)
    fighting = ask(store, Metric.personnel, start, end, convention=Convention.fighting)
    reported = ask(store, Metric.personnel, start, end, convention=Convention.reported)
    assert fighting is not None and reported is not None
    assert fighting.value == next_first - first == article
    assert reported.value == last - prev_last != article
    assert fighting.period_kind == PeriodKind.month
    assert (fighting.period_start, fighting.period_end) == (start, end)
    assert fighting.claimant == "Ukraine's General Staff"
    assert fighting.source.kind == SourceKind.series
    assert fighting.quote == fighting.derivation
    assert fighting.derivation is not None
    assert f"{next_first:,} reported on 1 " in fighting.derivation
    assert f"minus {first:,} reported on 1 " in fighting.derivation
    assert "covers the previous day's fighting" in fighting.derivation


def test_default_convention_is_the_one_that_matches() -> None:
    assert DEFAULT_CONVENTION is Convention.fighting


@pytest.mark.parametrize(
    ("day", "convention", "minuend", "subtrahend", "value", "said"),
    [
        # "2,030 on November 29" (seed 001) is what the report dated 29 November added...
        (D(2024, 11, 29), Convention.reported, 738_660, 736_630, 2_030, "reported on 29 November"),
        # ...which covers the fighting of 28 November.
        (D(2024, 11, 28), Convention.fighting, 738_660, 736_630, 2_030, "fighting of 28 November"),
        (D(2024, 11, 29), Convention.fighting, 740_400, 738_660, 1_740, "fighting of 29 November"),
        # Seed 000: "1,120 casualties on December 7, 990 on December 8 and 900 on December 9".
        (D(2023, 12, 7), Convention.reported, 336_230, 335_110, 1_120, "reported on 7 December"),
        (D(2023, 12, 8), Convention.reported, 337_220, 336_230, 990, "reported on 8 December"),
        (D(2023, 12, 9), Convention.reported, 338_120, 337_220, 900, "reported on 9 December"),
        # Seed 001: "1,760 of those losses taking place on December 3": neither gives 1,760.
        (D(2024, 12, 3), Convention.reported, 745_700, 743_920, 1_780, "reported on 3 December"),
        (D(2024, 12, 3), Convention.fighting, 747_370, 745_700, 1_670, "fighting of 3 December"),
    ],
)  # fmt: skip
def test_both_day_conventions(
    store: ClaimStore,
    day: dt.date,
    convention: Convention,
    minuend: int,
    subtrahend: int,
    value: int,
    said: str,
) -> None:
    claim = ask(store, Metric.personnel, day, day, convention=convention)
    assert claim is not None
    assert claim.value == minuend - subtrahend == value
    assert (claim.period_start, claim.period_end, claim.period_kind) == (day, day, PeriodKind.day)
    assert claim.derivation is not None
    assert said in claim.derivation
    assert f"{minuend:,} reported on" in claim.derivation
    assert f"minus {subtrahend:,} reported on" in claim.derivation


def test_a_fighting_day_names_what_its_own_report_added(store: ClaimStore) -> None:
    claim = ask(store, Metric.personnel, D(2024, 11, 29), D(2024, 11, 29))
    assert claim is not None and claim.derivation is not None
    assert "The report dated 29 November 2024 itself added 2,030." in claim.derivation


@pytest.mark.parametrize(
    ("metric", "start", "end", "minuend", "subtrahend", "kind"),
    [
        # Tanks in March 2025: reported on 1 April 2025 minus reported on 1 March 2025.
        (Metric.tanks, D(2025, 3, 1), D(2025, 3, 31), 10_505, 10_233, PeriodKind.month),
        (Metric.drones, D(2025, 3, 1), D(2025, 3, 31), 31_462, 27_402, PeriodKind.month),
        # The year 2024: reported on 1 January 2025 minus reported on 1 January 2024.
        (Metric.personnel, D(2024, 1, 1), D(2024, 12, 31), 790_800, 360_010, PeriodKind.year),
        (Metric.tanks, D(2024, 1, 1), D(2024, 12, 31), 9_672, 5_983, PeriodKind.year),
        # A range: September to November 2024 = 742,130 (1 Dec) − 616,300 (1 Sep).
        (Metric.personnel, D(2024, 9, 1), D(2024, 11, 30), 742_130, 616_300, PeriodKind.range),
        # From the first day: the first report (25 Feb 2022) minus nothing.
        (Metric.personnel, D(2022, 2, 24), D(2022, 2, 24), 2_800, 0, PeriodKind.day),
    ],
)
def test_period_arithmetic(
    store: ClaimStore,
    metric: Metric,
    start: dt.date,
    end: dt.date,
    minuend: int,
    subtrahend: int,
    kind: PeriodKind,
) -> None:
    claim = ask(store, metric, start, end)
    assert claim is not None
    assert claim.value == minuend - subtrahend
    assert claim.period_kind == kind
    assert (claim.period_start, claim.period_end) == (start, end)


def test_table_figures_are_the_json_figures() -> None:
    people = {r["date"]: r for r in _json("russia_losses_personnel.json")}
    kit = {r["date"]: r for r in _json("russia_losses_equipment.json")}
    assert people["2024-12-01"]["personnel"] - people["2024-11-01"]["personnel"] == 45_720
    assert people["2024-11-29"]["personnel"] - people["2024-11-28"]["personnel"] == 2_030
    assert people["2025-01-01"]["personnel"] == 790_800
    assert kit["2025-04-01"]["tank"] - kit["2025-03-01"]["tank"] == 272
    assert kit["2022-04-30"]["military auto"] + kit["2022-04-30"]["fuel tank"] == 1_777
    corrections = {r["date"]: r for r in _json("russia_losses_equipment_correction.json")}
    assert corrections["2025-02-28"]["personnel"] == 1_650
    assert corrections["2023-05-27"]["aircraft"] == 3
    assert kit["2023-05-27"]["aircraft"] == kit["2023-05-26"]["aircraft"]  # no jump that day
    assert kit["2023-05-28"]["aircraft"] - kit["2023-05-27"]["aircraft"] == 3


def _json(name: str) -> list[dict[str, Any]]:
    data = json.loads((SERIES_DIR / name).read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


# -- questions --------------------------------------------------------------------------------


def test_total_as_of_a_date(store: ClaimStore) -> None:
    claim = ask(store, Metric.personnel, None, D(2024, 3, 1), figure="total")
    assert claim is not None
    assert (claim.value, claim.period_kind, claim.period_end) == (
        414_680,
        PeriodKind.cumulative,
        D(2024, 3, 1),
    )
    latest = ask(store, Metric.tanks, None, None, figure="total")
    assert latest is not None and (latest.value, latest.period_end) == (12_251, D(2026, 8, 8))
    later = ask(store, Metric.tanks, None, D(2030, 1, 1), figure="total")
    assert later is not None and later.derivation is not None
    assert "series ends with the report of 8 August 2026" in later.derivation


def test_record_query(store: ClaimStore) -> None:
    claim = ask(store, Metric.personnel, D(2024, 1, 1), D(2024, 12, 31), figure="record")
    assert claim is not None
    assert (claim.value, claim.period_start, claim.period_kind) == (
        770_420 - 768_220,
        D(2024, 12, 19),
        PeriodKind.day,
    )
    assert claim.derivation is not None
    assert "770,420 reported on 20 December 2024 minus 768,220 reported on 19 December 2024" in (
        claim.derivation
    )


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"subject": Subject.ukraine}, 0),
        ({"personnel_kind": PersonnelKind.killed}, 0),
        ({"personnel_kind": PersonnelKind.wounded}, 0),
        ({"claimant": "the Kremlin"}, 0),
        ({"claimant": "Ukraine's Ministry of Defence"}, 1),
        ({"claimant": "Ukraine's General Staff"}, 1),
        ({"personnel_kind": PersonnelKind.casualties}, 1),
        ({"metrics": []}, 0),
        ({"metrics": [Metric.personnel, Metric.tanks]}, 2),
        ({"period_start": None, "period_end": None}, 0),
    ],
)
def test_what_the_series_answers(store: ClaimStore, changes: dict, expected: int) -> None:
    fields = {
        "text": "q",
        "metrics": [Metric.personnel],
        "period_start": D(2025, 3, 1),
        "period_end": D(2025, 3, 31),
    }
    query = Query(**(fields | changes))
    assert len(derived_claims(store, query)) == expected


def test_a_period_past_the_end_is_cut_and_said(store: ClaimStore) -> None:
    claim = ask(store, Metric.personnel, D(2026, 8, 1), D(2026, 9, 30))
    assert claim is not None
    assert claim.period_end == D(2026, 8, 7)  # fighting covered by the last report (8 Aug)
    assert claim.value == 1_456_610 - 1_447_620
    assert claim.derivation is not None
    assert "the series ends with the report of 8 August 2026" in claim.derivation
    assert ask(store, Metric.personnel, D(2027, 1, 1), D(2027, 1, 31)) is None


def test_a_category_tracked_late_counts_from_its_first_report(store: ClaimStore) -> None:
    claim = ask(store, Metric.submarines, D(2023, 1, 1), D(2023, 12, 31))
    assert claim is not None
    assert claim.period_start == D(2023, 9, 14)
    assert claim.derivation is not None
    assert "tallied only from the report of 14 September 2023 (1 then)" in claim.derivation


# -- gaps and other folders -------------------------------------------------------------------

ABOUT = """---
kind: series
id: test-tally
publisher: Test publisher
claimant: Ukraine's General Staff
---
A small tally with a missing day.
"""


def _tally(folder: Path, rows: list[dict[str, object]], corrections: list | None = None) -> Path:
    folder.mkdir()
    write(folder, "ABOUT.md", ABOUT)
    write(folder, "daily.json", json.dumps(rows))
    if corrections is not None:
        write(folder, "daily_correction.json", json.dumps(corrections))
    return folder


GAPPY = [
    {"date": "2024-01-01", "tank": 100, "personnel": 1000, "personnel*": "about"},
    {"date": "2024-01-02", "tank": 103, "personnel": 1100, "personnel*": "about"},
    {"date": "2024-01-03", "tank": 105, "personnel": 1150, "personnel*": "about"},
    {"date": "2024-01-04", "tank": 110, "personnel": 1300, "personnel*": "about"},
    # no report dated 2024-01-05
    {"date": "2024-01-06", "tank": 120, "personnel": 1500, "personnel*": "about"},
    {"date": "2024-01-07", "tank": 121, "personnel": 1600, "personnel*": "about"},
]


@pytest.fixture
def gappy(tmp_path: Path) -> ClaimStore:
    folder = _tally(tmp_path / "tally", GAPPY)
    return build_store(tmp_path / "kb.db", [load_series(folder)])


def test_a_gap_uses_the_nearest_earlier_report_and_says_so(gappy: ClaimStore) -> None:
    (series,) = find_series(gappy, Metric.tanks)
    figure = period_figure(gappy, series, D(2024, 1, 2), D(2024, 1, 4))
    assert figure is not None
    # The report of 5 January is missing: 110 (4 Jan) − 103 (2 Jan) covers 2–3 January.
    assert (figure.value, figure.start, figure.end) == (7, D(2024, 1, 2), D(2024, 1, 3))
    assert "there is no report dated 5 January 2024" in figure.derivation
    assert "the nearest earlier one, of 4 January 2024, is used" in figure.derivation
    claim = ask(gappy, Metric.tanks, None, D(2024, 1, 5), figure="total")
    assert claim is not None and claim.value == 110 and claim.derivation is not None
    assert "no report dated 5 January 2024" in claim.derivation


def test_daily_figures_skip_a_gap(gappy: ClaimStore) -> None:
    (series,) = find_series(gappy, Metric.tanks)
    days = daily_figures(gappy, series, D(2024, 1, 1), D(2024, 1, 6))
    assert [(d.fought, d.value) for d in days] == [
        (D(2024, 1, 1), 3),
        (D(2024, 1, 2), 2),
        (D(2024, 1, 3), 5),
        (D(2024, 1, 6), 1),
    ]


def test_a_correction_in_a_small_tally(tmp_path: Path) -> None:
    rows = [{"date": f"2024-01-{d:02d}", "tank": 100 + 10 * d} for d in range(1, 11)]
    rows[5]["tank"] = int(rows[5]["tank"]) + 50  # type: ignore[call-overload]
    for row in rows[6:]:
        row["tank"] = int(row["tank"]) + 50  # type: ignore[call-overload]
    folder = _tally(tmp_path / "tally", rows, [{"date": "2024-01-06", "tank": 50}])
    store = build_store(tmp_path / "kb.db", [load_series(folder)])
    claim = ask(store, Metric.tanks, D(2024, 1, 5), D(2024, 1, 5))
    assert claim is not None and claim.value == 10
    month = ask(store, Metric.tanks, D(2024, 1, 1), D(2024, 1, 8))
    assert month is not None and month.value == 80 + 50
    assert month.derivation is not None and "+50 listed for 6 January 2024" in month.derivation


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        ({"daily.json": "{not json"}, "not readable JSON"),
        ({"daily.json": '{"date": "2024-01-01"}'}, "expected a JSON list"),
        ({"daily.json": '[{"tank": 1}]'}, "no valid 'date'"),
        ({"notes.txt": "nothing"}, "no daily records"),
    ],
)
def test_broken_series_folders_are_refused(
    tmp_path: Path, files: dict[str, str], reason: str
) -> None:
    folder = tmp_path / "tally"
    folder.mkdir()
    write(folder, "ABOUT.md", ABOUT)
    for name, text in files.items():
        write(folder, name, text)
    with pytest.raises(SourceError, match=reason):
        load_series(folder)


def test_unknown_categories_are_reported_not_guessed(tmp_path: Path) -> None:
    rows = [{"date": "2024-01-01", "tank": 1, "laser swords": 3, "tank*": "x"}]
    source, claims = load_series(_tally(tmp_path / "tally", rows))
    assert [c.metric for c in claims] == [Metric.tanks]
    assert any("laser swords" in w for w in source.warnings)
