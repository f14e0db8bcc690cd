"""Charts of the daily series: real PNGs a newsroom can publish, checked as images.

The matrix test draws every period (one day to the whole war, and none) for three metrics,
per day and as a running total, and checks what a person would: the size, every text inside
the canvas, no two labels on top of each other, the period in the title.
"""

from __future__ import annotations

import datetime as dt
import itertools
import struct
from pathlib import Path

import pytest
from matplotlib.backend_bases import RendererBase
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from bot.cli import main
from knowledge.answering.derive import find_series
from knowledge.chart import (
    FIGSIZE,
    ChartError,
    Label,
    article_marks,
    build_chart,
    chart_data,
    parse_chart_request,
    parse_period,
    place_labels,
    render_chart,
    resolve_metric,
    rounded_until,
)
from knowledge.ingest.build import build_store
from knowledge.ingest.series import load_series
from knowledge.models import WAR_START, Claim, Metric, PeriodKind, PersonnelKind, Source
from knowledge.store import ClaimStore
from tests.conftest import SEEDS

D = dt.date
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
TEST_DPI = 30  # small images keep the matrix fast; the layout is the same at any dpi
ARTICLE = Source(
    id="001_e21083cc753be303", publisher="Newsweek", published=D(2024, 12, 3), text="."
)


def _article(value: int, kind: PeriodKind, end: dt.date, **fields: object) -> Claim:
    return Claim(
        metric=fields.pop("metric", Metric.personnel),
        value=value,
        claimant=str(fields.pop("claimant", "Ukraine's Ministry of Defence")),
        period_kind=kind,
        period_start=WAR_START if kind == PeriodKind.cumulative else end,
        period_end=end,
        quote=f"{value:,}",
        source=fields.pop("source", ARTICLE.ref()),
        **fields,
    )


CLAIMS = [
    _article(1_760, PeriodKind.day, D(2024, 12, 3)),
    _article(2_030, PeriodKind.day, D(2024, 11, 29)),
    _article(745_700, PeriodKind.cumulative, D(2024, 12, 3)),
    _article(750_000, PeriodKind.cumulative, D(2024, 12, 3), personnel_kind=PersonnelKind.killed),
    _article(45_720, PeriodKind.month, D(2024, 11, 30)),
    # Another claimant's figure is not a reading of the General Staff's tally: not marked.
    _article(80_000, PeriodKind.cumulative, D(2024, 12, 3), claimant="media reports"),
    _article(60, PeriodKind.day, D(2024, 11, 28), metric=Metric.tanks),
    _article(9_500, PeriodKind.cumulative, D(2024, 11, 28), metric=Metric.tanks),
]


# Nine publishers' figures on three days of March 2025, for the crowded-chart test.
CROWD = [
    Source(id=f"crowd{n}", publisher=f"Outlet number {n}", published=D(2025, 3, 13), text=".")
    for n in range(9)
]
CROWD_CLAIMS = [
    (src, [_article(1_300 + n, PeriodKind.day, D(2025, 3, 10 + n % 3), source=src.ref())])
    for n, src in enumerate(CROWD)
]
# A label wider than any chart: it goes to the footnote.
LONG_NAME = "The " + "Very " * 60 + "Long Name Gazette"
LONG = Source(id="long", publisher=LONG_NAME, published=D(2025, 4, 10), text=".")
CROWD_CLAIMS.append((LONG, [_article(1_250, PeriodKind.day, D(2025, 4, 10), source=LONG.ref())]))


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ClaimStore:
    series = load_series(SEEDS / "ua-general-staff-daily")
    return build_store(
        tmp_path_factory.mktemp("kb") / "kb.db", [series, (ARTICLE, CLAIMS), *CROWD_CLAIMS]
    )


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which must come first after the signature."""
    assert data[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", data[8:16])
    assert (length, kind) == (13, b"IHDR")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def text_boxes(figure: Figure, renderer: RendererBase) -> dict[str, Bbox]:
    """Every drawn text that is not a tick label, by its text: its own box, not its leader."""
    boxes = {}
    for artist in [*figure.texts, *figure.axes[0].texts, figure.axes[0].xaxis.label]:
        if artist.get_visible() and artist.get_text():
            boxes[artist.get_text()] = Text.get_window_extent(artist, renderer)
    boxes["(y axis title)"] = figure.axes[0].yaxis.label.get_window_extent(renderer)
    for legend in figure.legends:
        boxes["(legend)"] = legend.get_window_extent(renderer)
    return boxes


def assert_publishable(figure: Figure, period: str) -> None:
    """Inside the canvas, nothing on top of anything else, the period in the title."""
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    canvas = figure.bbox
    axes = figure.axes[0]
    tight = axes.get_tightbbox(renderer)  # the plot with its ticks and axis titles
    assert tight is not None
    boxes = text_boxes(figure, renderer)
    for name, box in [*boxes.items(), ("(plot with ticks)", tight)]:
        assert canvas.x0 <= box.x0 and box.x1 <= canvas.x1, f"{name!r} cut at a side: {box}"
        assert canvas.y0 <= box.y0 and box.y1 <= canvas.y1, f"{name!r} cut at top/bottom: {box}"
    plot = axes.get_window_extent(renderer)
    labels = {t.get_text(): boxes[t.get_text()] for t in axes.texts}
    for name, box in labels.items():
        inside = plot.x0 <= box.x0 and box.x1 <= plot.x1 and plot.y0 <= box.y0 <= box.y1 <= plot.y1
        assert inside, f"label {name!r} outside the plot"
    for (a, box_a), (b, box_b) in itertools.combinations(boxes.items(), 2):
        assert not box_a.overlaps(box_b), f"{a!r} overlaps {b!r}"
    # Header and footnotes stay clear of the plot and its ticks.
    for text in figure.texts:
        assert not Text.get_window_extent(text, renderer).overlaps(tight), text.get_text()
    title = "\n".join(t.get_text() for t in figure.texts[:2])
    assert period in title


PERIODS = {
    "one day": ("29 November 2024", "29 November 2024"),
    "a week": ("2024-11-25..2024-12-01", "25 November – 1 December 2024"),
    "a month": ("November 2024", "November 2024"),
    "a year": ("2024", "2024"),
    "the whole war": ("all", "whole war, 24 February 2022 – "),
    "no period": ("", "last 90 days, "),
}


@pytest.mark.parametrize("cumulative", [False, True], ids=["per day", "running total"])
@pytest.mark.parametrize("metric", ["personnel", "tanks", "drones"])
@pytest.mark.parametrize("period", list(PERIODS))
def test_chart_matrix(store: ClaimStore, period: str, metric: str, cumulative: bool) -> None:
    words, title = PERIODS[period]
    figure = build_chart(store, metric, words, cumulative=cumulative, dpi=TEST_DPI)
    assert (figure.bbox.width, figure.bbox.height) == (FIGSIZE[0] * 30, FIGSIZE[1] * 30)
    assert_publishable(figure, title)
    bottom, _ = figure.axes[0].get_ylim()
    assert bottom <= 0  # per day and running totals alike start from zero


def test_publishable_at_the_published_size(store: ClaimStore) -> None:
    """The densest chart at the dpi the bot sends (text metrics do not scale exactly)."""
    figure = build_chart(store, "personnel", "all")
    assert (figure.bbox.width, figure.bbox.height) == (1200, 750)
    assert_publishable(figure, "whole war, 24 February 2022 – ")


def test_png_is_the_figure(store: ClaimStore) -> None:
    data = render_chart(store, "tanks", "November 2024", dpi=50)
    assert png_size(data) == (FIGSIZE[0] * 50, FIGSIZE[1] * 50)
    assert data.endswith(b"IEND\xaeB`\x82")
    assert png_size(render_chart(store, Metric.tanks, (D(2025, 3, 1), D(2025, 3, 31)), dpi=20))


def test_a_crowded_week_places_every_label(store: ClaimStore) -> None:
    """Nine publishers' figures on three days: placed apart, or listed under the chart."""
    figure = build_chart(store, "personnel", "2025-03-06..2025-03-12", dpi=TEST_DPI)
    assert_publishable(figure, "6–12 March 2025")
    # One label per day, a line per publisher; none left for the footnote.
    labels = [t.get_text() for t in figure.axes[0].texts if "Outlet" in t.get_text()]
    assert len(labels) == 3
    lines = [line for label in labels for line in label.split("\n")]
    assert sorted(lines) == sorted(f"{1_300 + n:,} (Outlet number {n})" for n in range(9))
    assert "not labelled" not in figure.texts[-1].get_text()


def test_a_long_label_is_cut_and_the_rest_listed_below(store: ClaimStore) -> None:
    """At a year's scale the nine figures of 9–11 March 2025 share one label: five lines."""
    figure = build_chart(store, "personnel", "2025", dpi=TEST_DPI)
    assert_publishable(figure, "2025")
    [label] = [t.get_text() for t in figure.axes[0].texts if "Outlet" in t.get_text()]
    assert label.split("\n")[-1] == "and 5 more, listed below"
    shown = label.split("\n")[:-1]
    footnote = " ".join(figure.texts[-1].get_text().split())
    listed = footnote.split("Also in articles for 9–11 March 2025: ")[1].split(".")[0].split("; ")
    every = {f"{1_300 + n:,} (Outlet number {n})" for n in range(9)}
    assert len(shown) == 4 and set(shown) | set(listed) == every


def test_a_label_with_no_room_goes_to_the_footnote(store: ClaimStore) -> None:
    figure = build_chart(store, "personnel", "April 2025", dpi=TEST_DPI)
    assert_publishable(figure, "April 2025")
    assert not any(LONG_NAME in t.get_text() for t in figure.axes[0].texts)
    footnote = " ".join(figure.texts[-1].get_text().split())
    assert f"not labelled for lack of room: 1,250 ({LONG_NAME}) on 9 April 2025." in footnote


def test_a_label_with_no_room_is_returned_not_forced(store: ClaimStore) -> None:
    import numpy as np

    figure = build_chart(store, "tanks", "November 2024", dpi=TEST_DPI)
    axes = figure.axes[0]
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    before = len(axes.texts)
    x = float(axes.get_xlim()[0] + 3)
    near = [Label(x, 5, f"label {n}", "black") for n in range(4)]
    huge = Label(x, 5, "far too long " * 40, "black")
    unplaced = place_labels(axes, renderer, [*near, huge], (np.zeros((0, 4)), np.zeros((0, 4))))
    assert unplaced == [huge]
    placed = [Text.get_window_extent(t, renderer) for t in axes.texts[before:]]
    assert len(placed) == 4
    assert not any(a.overlaps(b) for a, b in itertools.combinations(placed, 2))


def test_claims_are_drawn_on_the_day_of_fighting_they_cover(store: ClaimStore) -> None:
    (series,) = find_series(store, Metric.personnel)
    daily = article_marks(store, series, D(2024, 11, 1), D(2024, 12, 5), cumulative=False)
    # 2,030 "on November 29" is what the report of the 29th added: the fighting of the 28th,
    # where the bar is 2,030 too. 1,760 matches no reading: drawn the day before its date.
    assert [(m.date, m.value, m.text) for m in daily] == [
        (D(2024, 11, 28), 2_030, "2,030 (Newsweek)"),
        (D(2024, 12, 2), 1_760, "1,760 (Newsweek)"),
    ]
    data = chart_data(store, "personnel", "2024-11-28")
    assert data.ys == [2_030]
    running = article_marks(store, series, D(2024, 1, 1), D(2024, 12, 31), cumulative=True)
    # Killed-only and other claimants' figures are not readings of the tally: not marked.
    assert [(m.date, m.value) for m in running] == [(D(2024, 12, 2), 745_700)]
    cumulative = chart_data(store, "personnel", "2024-12-02", cumulative=True)
    assert cumulative.ys == [745_700]  # the running total at the end of 2 December


def test_footnote_states_the_conventions(store: ClaimStore) -> None:
    figure = build_chart(store, "personnel", "all", dpi=TEST_DPI)
    notes = figure.texts[-1].get_text().replace("\n", " ")
    assert "each morning report covers the previous day's fighting" in notes
    assert "article figures are drawn on the day of fighting they cover" in notes
    assert "+1,650" not in notes and "2 reports that absorbed a reclassification" in notes
    assert "round hundreds" in notes and "1 June 2022" in notes
    assert "not independently verified" in notes
    labels = [t.get_text() for t in figure.axes[0].texts]
    assert "+1,650 reclassified" in labels and "+160 reclassified" in labels
    assert any(label.startswith("early totals rounded") for label in labels)


def test_early_rounding_is_found_in_the_data(store: ClaimStore) -> None:
    (personnel,) = find_series(store, Metric.personnel)
    (tanks,) = find_series(store, Metric.tanks)
    assert rounded_until(store, personnel) == D(2022, 5, 31)
    assert rounded_until(store, tanks) is None
    assert chart_data(store, "tanks", "all").rounded_until is None
    assert chart_data(store, "personnel", "2023").rounded_until is None


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
        ("2021..2022", (D(2021, 1, 1), D(2022, 12, 31))),  # the chart starts at the invasion
        ("1900..9999", (D(1900, 1, 1), D(9999, 12, 31))),
    ],
)
def test_parse_period(text: str, expected: tuple[dt.date, dt.date]) -> None:
    assert parse_period(text, latest=D(2024, 12, 1)) == expected


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("Smarch 2024", "cannot read the period"),
        ("2024-13", "cannot read the period"),
        ("2024-11-30..2024-11-01", "ends before it starts"),
        ("yesterday-ish", "cannot read the period"),
        ("last 0 days", "at least one day"),
        ("2021", "ends before the invasion"),
    ],
)
def test_parse_period_refuses(text: str, error: str) -> None:
    with pytest.raises(ChartError, match=error):
        parse_period(text, latest=D(2024, 12, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tanks", ("tanks", "", False)),
        ("personnel total 2023", ("personnel", "2023", True)),
        ("armoured vehicles total Nov 2024", ("armoured vehicles", "Nov 2024", True)),
        ("drones last 30 days", ("drones", "last 30 days", False)),
        ("tanks running total all", ("tanks", "all", True)),
        ("", ("", "", False)),
    ],
)
def test_parse_chart_request(text: str, expected: tuple[str, str, bool]) -> None:
    assert parse_chart_request(text) == expected


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
    # The latest report's own date has no figure yet: its report covers the day before.
    with pytest.raises(ChartError, match="the report of 8 August 2026 covers 7 August 2026"):
        render_chart(store, "tanks", "2026-08-08")
    with pytest.raises(ChartError, match="no tanks figures for 31 December 9999"):
        render_chart(store, "tanks", "9999-12-31")  # the last day the calendar has
    articles_only = build_store(store.path.with_name("articles.db"), [(ARTICLE, CLAIMS)])
    with pytest.raises(ChartError, match="no daily series"):
        render_chart(articles_only, "tanks")


def test_a_period_beyond_the_war_is_cut_to_it(store: ClaimStore) -> None:
    """`1900..9999` draws the whole war, and the title says which days it shows."""
    data = chart_data(store, "tanks", "1900..9999", cumulative=True)
    assert (data.start, data.end) == (WAR_START, D(2026, 8, 7))
    assert data.period == "24 February 2022 – 7 August 2026"


def test_a_series_that_begins_late_is_shown_from_its_start(store: ClaimStore) -> None:
    # `other` holds separate categories; the one with figures in 2026 is the robotic systems,
    # also found by the name the series gives it.
    assert chart_data(store, Metric.other, "2026").series.label == "ground robotic systems"
    data = chart_data(store, "Ground robotic systems", "2026")
    assert data.series.label == "ground robotic systems"
    figure = build_chart(store, "ground robotic systems", "2026", dpi=TEST_DPI)
    assert "The series begins with the report of 3 May 2026" in figure.texts[-1].get_text()
    assert data.start > D(2026, 1, 1) and data.period.startswith(f"{data.start.day} May")


def test_cli_takes_the_telegram_words(
    store: ClaimStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "chart.png"
    db = ["--db", str(store.path)]
    # The README's example, word for word as after /chart in Telegram.
    assert main(["chart", "personnel", "total", "2023", "-o", str(out), *db]) == 0
    assert png_size(out.read_bytes()) == (1200, 750)
    assert "Wrote" in capsys.readouterr().out
    assert main(["chart", "tanks", "November", "2024", "-o", str(out), "--cumulative", *db]) == 0
    capsys.readouterr()
    assert main(["chart", "tanks", "1900..9999", "-o", str(out), *db]) == 0
    capsys.readouterr()
    for words, error in [
        (["bananas"], "unknown metric"),
        (["tanks", "2021"], "ends before the invasion of 24 February 2022"),
        (["total", "2023"], "name a metric"),
    ]:
        assert main(["chart", *words, "-o", str(out), *db]) == 1
        err = capsys.readouterr().err
        assert error in err and "Traceback" not in err
