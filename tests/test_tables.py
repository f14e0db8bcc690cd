# ruff: noqa: E501 - table rows stay one line each, however long.
"""Figures in structure (issue 13): Markdown pipe tables, HTML tables, bullet and numbered
lists, "label: number" tallies and key-figure boxes, in articles written for these tests in
the structures real outlets use (tests/fixtures/tables/). Traps: prisoner exchanges,
recruitment and budget tables, a table whose side cannot be told, a totals row, a
percentage column, a list mixing destroyed and damaged.

Every expected figure is a row; every claim the article yields must be one of its rows
(precision); a claim with the value of a row but another side is a hard failure (sides).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from knowledge import extract_claims
from knowledge.ingest.articles import load_source
from knowledge.models import Claim, Source

TABLES = Path(__file__).parent / "fixtures" / "tables"
GS, RMOD, UKMOD, ORYX, CSIS = (
    "Ukraine's General Staff", "Russia's Ministry of Defence", "UK Ministry of Defence", "Oryx", "CSIS",
)  # fmt: skip
RU, UA = "russia", "ukraine"
CUM, DAY, MONTH, YEAR, WEEK, RANGE = "cumulative", "day", "month", "year", "week", "range"


@dataclass(frozen=True)
class T:
    """One expected figure of one article; None: that field is not checked."""

    article: str
    metric: str
    value: int
    subj: str
    kind: str
    end: str
    who: str
    start: str | None = None
    part: str | None = "-"  # "-": a total (part_of None)
    stat: str = "total"
    q: str | None = None
    vmax: int | None = None
    pk: str | None = None
    scope: str | None = None

    def problems(self, c: Claim) -> list[str]:
        """The fields in which `c` differs from this row."""
        wanted: dict[str, tuple[object, object]] = {
            "metric": (c.metric.value, self.metric), "subject": (c.subject.value, self.subj),
            "kind": (c.period_kind.value, self.kind), "end": (str(c.period_end), self.end),
            "claimant": (c.claimant, self.who), "stat": (c.stat.value, self.stat),
            "part_of": (c.part_of, None if self.part == "-" else self.part),
        }  # fmt: skip
        if self.start is not None:
            wanted["start"] = (str(c.period_start), self.start)
        for name, value in (("qualifier", self.q), ("value_max", self.vmax), ("scope", self.scope)):
            if value is not None:
                wanted[name] = (getattr(getattr(c, name), "value", getattr(c, name)), value)
        if self.pk is not None:
            wanted["personnel_kind"] = (c.personnel_kind and c.personnel_kind.value, self.pk)
        return [f"{k} {got!r} not {want!r}" for k, (got, want) in wanted.items() if got != want]


def _months(metric: str, values: list[int]) -> list[T]:
    ends = ["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-30"]
    return [
        T("t01", metric, v, RU, MONTH, e, GS, start=e[:8] + "01")
        for v, e in zip(values, ends, strict=True)
    ]


def _tally(
    article: str, end: str, who: str, subj: str, rows: list[tuple[str, int, int | None]]
) -> list[T]:
    out = []
    for metric, total, inc in rows:
        out.append(T(article, metric, total, subj, CUM, end, who, start="2022-02-24"))
        if inc is not None:
            out.append(T(article, metric, inc, subj, DAY, end, who, start=end))
    return out


EXPECTED: list[T] = [
    # t01: months in rows, metrics in columns; totals row and change column are not figures
    *_months("personnel", [48240, 39570, 41890, 36050, 35420, 32980]),
    *_months("tanks", [96, 112, 88, 64, 71, 59]),
    *_months("artillery", [1210, 1094, 1302, 1411, 1287, 1263]),
    # t02: an HTML table with its caption; one side per column, ratio column and "All types" left out
    *[
        T("t02", m, v, s, CUM, "2025-02-24", ORYX)
        for m, v, s in (
            ("tanks", 3714, RU),
            ("armored_vehicles", 5060, RU),
            ("artillery", 792, RU),
            ("helicopters", 148, RU),
            ("tanks", 1062, UA),
            ("armored_vehicles", 1150, UA),
            ("artillery", 324, UA),
            ("helicopters", 50, UA),
        )
    ],
    # t03: "- Tanks: 11,099 (+3)" under a heading naming side, date and claimant
    *_tally(
        "t03",
        "2025-08-14",
        GS,
        RU,
        [
            ("personnel", 1066470, 1010),
            ("tanks", 11099, 3),
            ("artillery", 31640, 41),
            ("air_defense", 1208, None),
            ("drones", 52760, 112),
        ],
    ),
    # t04: a key-figures box: each label names its own period, one is a daily average
    T("t04", "personnel", 950000, RU, CUM, "2025-05-01", UKMOD, q="approximate", pk="casualties"),
    T("t04", "personnel", 37400, RU, MONTH, "2025-04-30", UKMOD, start="2025-04-01"),
    T("t04", "personnel", 1247, RU, MONTH, "2025-04-30", UKMOD, stat="daily_average"),
    T("t04", "tanks", 4100, RU, CUM, "2025-05-01", UKMOD, q="more_than"),
    # t07: claimant per row, date per row, side per column
    T("t07", "personnel", 950000, RU, CUM, "2025-05-02", UKMOD, pk="casualties"),
    T("t07", "personnel", 993000, RU, CUM, "2025-06-01", GS),
    T("t07", "personnel", 1000000, UA, CUM, "2025-05-30", RMOD),
    T("t07", "personnel", 790000, RU, CUM, "2025-06-03", CSIS, q="range", vmax=900000),
    T("t07", "personnel", 400000, UA, CUM, "2025-06-03", CSIS),
    # t08: a numbered list under a heading and a sentence giving claimant, side, period, place
    *[
        T("t08", m, v, UA, RANGE, "2025-03-12", RMOD, start="2024-08-06", scope="Kursk operation")
        for m, v in (
            ("personnel", 67000),
            ("tanks", 410),
            ("armored_vehicles", 340),
            ("artillery", 2100),
            ("mlrs", 71),
        )
    ],
    # t09: years in columns, metrics in rows
    *[
        T("t09", m, v, RU, YEAR, f"{y}-12-31", GS, start=f"{y}-01-01")
        for m, v, y in (
            ("personnel", 253290, 2023),
            ("personnel", 430790, 2024),
            ("tanks", 2136, 2023),
            ("tanks", 3689, 2024),
            ("artillery", 7370, 2023),
            ("artillery", 13050, 2024),
        )
    ],
    # t10: a status breakdown: the parts, and the total as the figure itself
    *[
        T("t10", "tanks", v, RU, CUM, "2025-06-01", ORYX, part=p)
        for v, p in (
            (2531, "destroyed"),
            (176, "damaged"),
            (356, "abandoned"),
            (560, "captured"),
            (3623, "-"),
        )
    ],
    # t12: "label: number" lines of a wire tally: as of the article's day
    *_tally(
        "t12",
        "2025-09-07",
        GS,
        RU,
        [
            ("personnel", 1010130, None),
            ("tanks", 10980, None),
            ("artillery", 30120, None),
            ("drones", 46300, None),
        ],
    ),
    # t13: the number first ("- 662 aircraft"), Moscow's count of Ukraine's losses
    *[
        T("t13", m, v, UA, CUM, "2025-04-21", RMOD)
        for m, v in (
            ("aircraft", 662),
            ("helicopters", 283),
            ("drones", 48150),
            ("air_defense", 612),
            ("armored_vehicles", 23400),
        )
    ],
    # t14: destroyed and damaged, parts of a week's claim about Ukrainian equipment
    *[
        T("t14", m, v, UA, WEEK, "2025-02-09", RMOD, part=p)
        for m, v, p in (
            ("tanks", 12, "destroyed"),
            ("tanks", 5, "damaged"),
            ("artillery", 31, "destroyed"),
            ("artillery", 9, "damaged"),
        )
    ],
    # t15: a General Staff infographic transcribed as a list, dated in its heading
    *_tally(
        "t15",
        "2025-11-01",
        GS,
        RU,
        [
            ("personnel", 1141360, 1020),
            ("tanks", 11310, 2),
            ("artillery", 34120, 28),
            ("drones", 78450, 290),
        ],
    ),
]
# Articles whose structure holds no loss figure that can be stored: exchanges, recruitment and
# money, and a table whose side nothing establishes.
EMPTY = ("t05", "t06", "t11")
ARTICLE_IDS = sorted({p.name.split("_")[0] for p in TABLES.iterdir()})


@cache
def claims_of(article: str) -> tuple[Claim, ...]:
    """The claims extracted from one test article."""
    path = next(p for p in TABLES.iterdir() if p.name.startswith(article + "_"))
    return tuple(extract_claims(load_source(path)))


def _show(c: Claim) -> str:
    return (f"{c.metric.value} {c.value} {c.subject.value} {c.period_kind.value} "
            f"{c.period_start}..{c.period_end} {c.claimant!r} part={c.part_of} stat={c.stat.value}")  # fmt: skip


@pytest.mark.parametrize(
    "row", EXPECTED, ids=[f"{r.article}-{r.metric}-{r.value}" for r in EXPECTED]
)
def test_figure_is_read(row: T) -> None:
    claims = claims_of(row.article)
    candidates = [c for c in claims if c.value == row.value and c.metric.value == row.metric]
    assert candidates, f"{row.value} not read:\n" + "\n".join(map(_show, claims))
    assert any(not row.problems(c) for c in candidates), [row.problems(c) for c in candidates]


@pytest.mark.parametrize("article", ARTICLE_IDS)
def test_no_claim_beyond_the_expected(article: str) -> None:
    rows = [r for r in EXPECTED if r.article == article]
    extra = [
        c
        for c in claims_of(article)
        if not any(not r.problems(c) and r.value == c.value for r in rows)
    ]
    assert not extra, "\n".join(map(_show, extra))


@pytest.mark.parametrize("article", ARTICLE_IDS)
def test_no_wrong_side(article: str) -> None:
    """Hard: a figure of a row never stored with another side."""
    for c in claims_of(article):
        sides = {
            r.subj
            for r in EXPECTED
            if r.article == article and r.value == c.value and r.metric == c.metric.value
        }
        assert not sides or c.subject.value in sides, _show(c)


@pytest.mark.parametrize("article", EMPTY)
def test_traps_store_nothing(article: str) -> None:
    assert not claims_of(article), "\n".join(map(_show, claims_of(article)))


def test_table_quote_holds_row_and_header() -> None:
    """A table cell's claim quotes its row with the header row, so an answer can cite it."""
    claim = next(c for c in claims_of("t09") if c.value == 2136)
    assert (
        "| Tanks | 2,136 | 3,689 |" in claim.quote and "| Category | 2023 | 2024 |" in claim.quote
    )


def test_every_list_quote_is_in_the_text() -> None:
    """A list item's claim quotes the item's own line, as written."""
    for article in ("t03", "t04", "t08", "t10", "t12", "t13", "t14", "t15"):
        path = next(p for p in TABLES.iterdir() if p.name.startswith(article + "_"))
        text = path.read_text(encoding="utf-8")
        for claim in claims_of(article):
            assert claim.quote.splitlines()[-1] in text, _show(claim)


def test_dates_are_dates() -> None:
    for article in ARTICLE_IDS:
        for c in claims_of(article):
            assert c.period_end is None or isinstance(c.period_end, dt.date)


# Short texts, one rule each in other phrasings: a side per row with status columns and a
# "Total" column, a breakdown by region with its total row, claimants in column headers'
# brackets, other bullet glyphs and "=" and number-first items, "as at", and two traps (drone
# attacks: launched; prisoners returned).
PHRASINGS = {
    "p1": """Oryx says both armies keep losing armour at a steady pace.
Tank losses documented by Oryx as of 1 March 2025:
| Side | Destroyed | Damaged | Captured | Total |
|---|---|---|---|---|
| Russia | 2,500 | 180 | 560 | 3,240 |
| Ukraine | 700 | 90 | 150 | 940 |
The counts are minimums.""",
    "p2": """Mediazona and BBC Russian have identified tens of thousands of Russian dead by name.
Confirmed Russian military deaths by region, according to Mediazona, as of 20 June 2025:
| Region | Confirmed dead |
|---|---|
| Bashkortostan | 4,120 |
| Tatarstan | 3,310 |
| Kursk region | 1,150 |
| Total | 111,387 |
The real toll is higher.""",
    "p3": """Each side publishes the other's losses.
Claimed equipment losses as of 1 March 2025
| Category | Russia (per Kyiv) | Ukraine (per Moscow) |
|---|---|---|
| Tanks | 10,200 | 16,000 |
| Artillery systems | 23,500 | 19,000 |
Neither figure can be checked.""",
    "p4": """Moscow published its monthly summary.
Ukrainian equipment hit in March 2025, per Russia's Ministry of Defence:
▪ 120 tanks
▪ 1,200 drones
▪ Artillery pieces = 310
Kyiv did not comment.""",
    "p6": """Ukraine's Air Force reports on every night's attack.
Russian drone attacks on Ukraine in 2025, by month
| Month | Drones launched | Shot down or jammed |
|---|---|---|
| January | 2,600 | 2,300 |
| February | 3,900 | 3,400 |
The Air Force's figures cannot be verified.""",
    "p7": """Kyiv hopes for more swaps.
Ukrainian soldiers home from captivity in 2025:
- Ukrainian POWs returned in February: 150
- Ukrainian POWs returned in March: 175
The talks continue.""",
    "p8": """The General Staff publishes its count every morning.
Russia's losses (General Staff) as at 2 March 2025:
- Personnel — 880,000 (+1,200)
- Tanks — 10,210 (+7)
The data is being confirmed.""",
    # claimants as labels: a list by source, and a table whose rows are claimants (the
    # "Ukraine's" in a claimant's name names no loser)
    "p9": """Western estimates differ widely.
Estimates of Russian casualties since the invasion, as of 1 June 2025:
- UK Defence Intelligence: about 950,000
- US officials: 700,000
- Ukraine's General Staff: 1,000,340
All are estimates.""",
    "p10": """Each side counts the other's dead.
Killed and wounded as of 1 June 2025, by source
| | Russian | Ukrainian |
|---|---|---|
| Ukraine's General Staff | 993,000 | — |
| Russia's Ministry of Defence | — | 1,000,000 |
| CSIS | 790,000 | 400,000 |
The figures are not verified.""",
}
OYX, MZ = ORYX, "Mediazona"
PHRASED: dict[str, list[tuple[str, int, str, str | None, str]]] = {
    "p1": [("tanks", 2500, RU, "destroyed", OYX), ("tanks", 180, RU, "damaged", OYX),
           ("tanks", 560, RU, "captured", OYX), ("tanks", 3240, RU, None, OYX),
           ("tanks", 700, UA, "destroyed", OYX), ("tanks", 90, UA, "damaged", OYX),
           ("tanks", 150, UA, "captured", OYX), ("tanks", 940, UA, None, OYX)],
    "p2": [("personnel", 4120, RU, "Bashkortostan", MZ), ("personnel", 3310, RU, "Tatarstan", MZ),
           ("personnel", 1150, RU, "Kursk region", MZ), ("personnel", 111387, RU, None, MZ)],
    "p3": [("tanks", 10200, RU, None, "Ukrainian officials"), ("tanks", 16000, UA, None, "Russian officials"),
           ("artillery", 23500, RU, None, "Ukrainian officials"),
           ("artillery", 19000, UA, None, "Russian officials")],
    "p4": [("tanks", 120, UA, None, RMOD), ("drones", 1200, UA, None, RMOD), ("artillery", 310, UA, None, RMOD)],
    "p6": [],
    "p7": [],
    "p9": [("personnel", 950000, RU, None, UKMOD), ("personnel", 700000, RU, None, "the Pentagon"),
           ("personnel", 1000340, RU, None, GS)],
    "p10": [("personnel", 993000, RU, None, GS), ("personnel", 1000000, UA, None, RMOD),
            ("personnel", 790000, RU, None, CSIS), ("personnel", 400000, UA, None, CSIS)],
    "p8": [("personnel", 880000, RU, None, GS), ("personnel", 1200, RU, None, GS),
           ("tanks", 10210, RU, None, GS), ("tanks", 7, RU, None, GS)],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(PHRASINGS))
def test_phrasing(name: str) -> None:
    """Exactly the expected figures, each with its side (hard), part and claimant."""
    source = Source(id=name, text=PHRASINGS[name], published=dt.date(2025, 6, 21), publisher="W")
    got = sorted(
        (c.metric.value, c.value, c.subject.value, c.part_of, c.claimant)
        for c in extract_claims(source)
    )
    assert got == sorted(PHRASED[name])
