"""Charts of the daily series: real PNGs, periods and metrics read from loose words."""

from __future__ import annotations

import datetime as dt
import struct
from pathlib import Path

import pytest

from bot.cli import main
from knowledge.answering.derive import find_series
from knowledge.chart import (
    ChartError,
    article_marks,
    parse_period,
    render_chart,
    resolve_metric,
)
from knowledge.ingest.build import build_store
from knowledge.ingest.series import load_series
from knowledge.models import WAR_START, Claim, Metric, PeriodKind, PersonnelKind, Source
from knowledge.store import ClaimStore
from tests.conftest import SEEDS

D = dt.date
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ARTICLE = Source(
    id="001_e21083cc753be303", publisher="Newsweek", published=D(2024, 12, 3), text="."
)


def _article(value: int, kind: PeriodKind, end: dt.date, **fields: object) -> Claim:
    return Claim(
        metric=fields.pop("metric", Metric.personnel),
        value=value,
        claimant="Ukraine's Ministry of Defence",
        period_kind=kind,
        period_start=WAR_START if kind == PeriodKind.cumulative else end,
        period_end=end,
        quote=f"{value:,}",
        source=ARTICLE.ref(),
        **fields,
    )


CLAIMS = [
    _article(1_760, PeriodKind.day, D(2024, 12, 3)),
    _article(2_030, PeriodKind.day, D(2024, 11, 29)),
    _article(745_700, PeriodKind.cumulative, D(2024, 12, 3)),
    _article(750_000, PeriodKind.cumulative, D(2024, 12, 3), personnel_kind=PersonnelKind.killed),
    _article(45_720, PeriodKind.month, D(2024, 11, 30)),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ClaimStore:
    series = load_series(SEEDS / "ua-general-staff-daily")
    return build_store(tmp_path_factory.mktemp("kb") / "kb.db", [series, (ARTICLE, CLAIMS)])


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which must come first after the signature."""
    assert data[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", data[8:16])
    assert (length, kind) == (13, b"IHDR")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize(
    ("metric", "period", "cumulative"),
    [
        ("personnel", "2024-11-01..2024-12-05", False),
        ("personnel", "2024", True),
        ("tanks", "", False),
        ("drones", "November 2024", False),
        ("ground robotic systems", "2026", False),
        ("personnel", "all", False),
    ],
)
def test_renders_a_real_png(store: ClaimStore, metric: str, period: str, cumulative: bool) -> None:
    data = render_chart(store, metric, period, cumulative=cumulative)
    assert png_size(data) == (1210, 660)  # 11 × 6 inches at 110 dpi
    assert data.endswith(b"IEND\xaeB`\x82")


def test_date_range_tuple(store: ClaimStore) -> None:
    data = render_chart(store, Metric.tanks, (D(2025, 3, 1), D(2025, 3, 31)))
    assert png_size(data) == (1210, 660)


def test_article_claims_are_marked(store: ClaimStore) -> None:
    (series,) = find_series(store, Metric.personnel)
    daily = article_marks(store, series, D(2024, 11, 1), D(2024, 12, 5), cumulative=False)
    assert [(m.date, m.value, m.text) for m in daily] == [
        (D(2024, 11, 29), 2_030, "2,030 (Newsweek)"),
        (D(2024, 12, 3), 1_760, "1,760 (Newsweek)"),
    ]
    running = article_marks(store, series, D(2024, 1, 1), D(2024, 12, 31), cumulative=True)
    # The killed-only figure is not the same thing as the casualty tally: not marked.
    assert [(m.date, m.value) for m in running] == [(D(2024, 12, 3), 745_700)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", (D(2024, 9, 3), D(2024, 12, 1))),
        ("2024", (D(2024, 1, 1), D(2024, 12, 31))),
        ("November 2024", (D(2024, 11, 1), D(2024, 11, 30))),
        ("nov 2024", (D(2024, 11, 1), D(2024, 11, 30))),
        ("2024-02", (D(2024, 2, 1), D(2024, 2, 29))),
        ("2024-09-01..2024-11-30", (D(2024, 9, 1), D(2024, 11, 30))),
        ("2024-09-01 to 2024-11-30", (D(2024, 9, 1), D(2024, 11, 30))),
        ("September 2024 - November 2024", (D(2024, 9, 1), D(2024, 11, 30))),
        ("29 November 2024", (D(2024, 11, 29), D(2024, 11, 29))),
        ("last 30 days", (D(2024, 11, 2), D(2024, 12, 1))),
        ("all", (WAR_START, D(2024, 12, 1))),
    ],
)
def test_parse_period(text: str, expected: tuple[dt.date, dt.date]) -> None:
    assert parse_period(text, latest=D(2024, 12, 1)) == expected


@pytest.mark.parametrize(
    "text", ["Smarch 2024", "2024-13", "2024-11-30..2024-11-01", "yesterday-ish", "last 0 days"]
)
def test_parse_period_refuses(text: str) -> None:
    with pytest.raises(ChartError):
        parse_period(text, latest=D(2024, 12, 1))


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("tanks", Metric.tanks),
        ("Personnel", Metric.personnel),
        ("drones", Metric.drones),
        ("UAVs", Metric.drones),
        ("armoured vehicles", Metric.armored_vehicles),
        ("armored_vehicles", Metric.armored_vehicles),
        ("air defence", Metric.air_defense),
        ("tnaks", Metric.tanks),
        ("persnnel", Metric.personnel),
        ("artilery", Metric.artillery),
    ],
)
def test_resolve_metric(text: str, metric: Metric) -> None:
    assert resolve_metric(text) == metric


def test_refusals(store: ClaimStore) -> None:
    with pytest.raises(ChartError, match="unknown metric"):
        render_chart(store, "bananas")
    with pytest.raises(ChartError, match="no tanks figures for 2030"):
        render_chart(store, "tanks", "2030")
    articles_only = build_store(store.path.with_name("articles.db"), [(ARTICLE, CLAIMS)])
    with pytest.raises(ChartError, match="no daily series"):
        render_chart(articles_only, "tanks")


def test_cli_writes_the_png(
    store: ClaimStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "tanks.png"
    assert (
        main(["chart", "tanks", "November", "2024", "-o", str(out), "--db", str(store.path)]) == 0
    )
    assert png_size(out.read_bytes()) == (1210, 660)
    assert "Wrote" in capsys.readouterr().out
    assert main(["chart", "bananas", "-o", str(out), "--db", str(store.path)]) == 1
    assert "unknown metric" in capsys.readouterr().err
