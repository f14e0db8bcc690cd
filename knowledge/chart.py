"""Charts of a daily series with the articles' claims marked on it (issues 5 and 14).

`render_chart(store, "tanks", "November 2024")` returns a PNG a newsroom can publish: the
losses per day of fighting as bars (net of listed corrections, which are flagged), or with
`cumulative=True` the running total at the end of each day of fighting, drawn from zero, plus
the article figures of the same metric by Ukrainian official sources as labelled diamonds.
Title, period, axis labels, source, date convention and the caveat that these are one side's
claims are drawn into the image, so it can be forwarded on its own.

Dates. Every x position is a *day of fighting*: a morning report covers the previous day, so
the report dated 2 December is drawn on 1 December, and so is an article figure that matches
it (`fought_day`). The footnote says so.

Layout, not luck (`_layout`, `place_labels`): the title and the footnotes are wrapped to the
canvas by measuring them, the plot gets the space left between them, and every label is placed
by a greedy search over free positions near its point (with a leader line when moved) that
avoids every label already placed and every marker; a label with no free place is listed in
the footnote instead. `build_chart` returns the figure, so tests can check every text box.

`parse_chart_request` reads the words after `/chart` and after `python -m bot chart` alike.

matplotlib is imported inside the drawing functions (it takes a while to import) and used
through its object API with the Agg canvas, never pyplot, so charts can be drawn from any thread.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from knowledge.answering.derive import (
    PeriodFigure,
    daily_figures,
    find_series,
    period_figure,
)
from knowledge.lexicon.calendar import MONTHS, month_span
from knowledge.lexicon.claimants import claimant_side
from knowledge.lexicon.terms import METRIC_LABELS, METRIC_TERMS
from knowledge.models import (
    WAR_START,
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    SeriesRef,
    SourceKind,
    Subject,
)
from knowledge.store import ClaimStore
from knowledge.wording import day_text, span_text

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.text import Text
    from matplotlib.transforms import Bbox

DEFAULT_DAYS = 90
MAX_MARKED_CLAIMS = 20
MAX_LABELLED_CORRECTIONS = 6
MAX_LABEL_LINES = 5
FIGSIZE = (12.0, 7.5)  # inches: 1200 × 750 pixels at the default 100 dpi
DPI = 100
# Early reports rounded to hundreds: looked for among the first reports of the war.
ROUNDING_WINDOW_DAYS = 120
ROUNDED_TO = 100
_DAY = dt.timedelta(days=1)
_COMPARABLE_KINDS = (None, PersonnelKind.unspecified, PersonnelKind.casualties)
_WHOLE_WAR_WORDS = frozenset({"all", "war", "whole war", "since the start", "everything"})
# Words of a chart request: the first word that starts a period, and the running-total words.
_PERIOD_START_WORDS = frozenset({"last", "all", "war", "whole", "since", "everything"})
_CUMULATIVE_WORDS = frozenset({"total", "cumulative", "running"})
COLORS = {
    "bar": "#4a7fb5",
    "line": "#1f4e79",
    "mark": "#c0392b",
    "correction": "#6f6f6f",
    "rounded": "#eeeeee",
    "note": "#444444",
    "grid": "#dddddd",
}


class ChartError(ValueError):
    """A chart that cannot be drawn; the message says why in one line a person can act on."""


class ChartRequest(NamedTuple):
    """The words of `/chart …` or `bot chart …`: metric words, period words, running total."""

    metric: str
    period: str
    cumulative: bool


def parse_chart_request(text: str) -> ChartRequest:
    """`armoured vehicles total Nov 2024` → ("armoured vehicles", "Nov 2024", True).

    The metric is every word before the first one that starts a period (a digit, a month,
    `last`, `all`, ...); `total`, `cumulative` or `running` anywhere asks for the running total.
    """
    words = text.split()
    cumulative = any(w.lower() in _CUMULATIVE_WORDS for w in words)
    words = [w for w in words if w.lower() not in _CUMULATIVE_WORDS]
    for n, word in enumerate(words):
        low = word.lower().rstrip(".,")
        if low[:1].isdigit() or low in MONTHS or low in _PERIOD_START_WORDS:
            return ChartRequest(" ".join(words[:n]), " ".join(words[n:]), cumulative)
    return ChartRequest(" ".join(words), "", cumulative)


def resolve_metric(text: str | Metric) -> Metric:
    """A metric from loose words: "tanks", "Personnel", "UAVs", "armoured vehicles", "tnaks"."""
    if isinstance(text, Metric):
        return text
    words = " ".join(text.lower().replace("_", " ").split())
    if not words:
        raise ChartError("name a metric, e.g. personnel, tanks or drones")
    for metric in Metric:
        if words == metric.value.replace("_", " "):
            return metric
    for metric, terms in METRIC_TERMS.items():
        if words in terms:
            return metric
    from rapidfuzz import fuzz, process

    choices = {term: metric for metric, terms in METRIC_TERMS.items() for term in terms}
    choices.update({m.value.replace("_", " "): m for m in Metric})
    found = process.extractOne(words, list(choices), scorer=fuzz.WRatio, score_cutoff=78)
    if found is None:
        known = ", ".join(m.value for m in Metric if m != Metric.other)
        raise ChartError(f"unknown metric {text!r}; try one of: {known}")
    return choices[found[0]]


def parse_period(text: str, *, latest: dt.date) -> tuple[dt.date, dt.date]:
    """A period from loose words, ending no later than `latest`.

    "" (the last 90 days), "2024", "November 2024", "Nov 2024", "2024-11", "2024-11-29",
    "2024-09-01..2024-11-30" (also with " to " or " - "), "last 30 days", "all".
    """
    words = " ".join(text.lower().replace(",", " ").split())
    if not words:
        return latest - dt.timedelta(days=DEFAULT_DAYS - 1), latest
    if words in _WHOLE_WAR_WORDS:
        return WAR_START, latest
    if match := re.fullmatch(r"last (\d{1,4}) days?", words):
        days = int(match.group(1))
        if days < 1:
            raise ChartError("the period must last at least one day")
        return max(WAR_START, latest - dt.timedelta(days=days - 1)), latest
    parts = re.split(r"\s*(?:\.\.|\bto\b|–|—|\s-\s)\s*", words)
    if len(parts) == 2 and all(parts):
        first, _ = _one_period(parts[0])
        _, last = _one_period(parts[1])
    elif len(parts) == 1:
        first, last = _one_period(words)
    else:
        raise ChartError(f"cannot read the period {text!r}")
    if last < first:
        raise ChartError(f"the period {text!r} ends before it starts")
    if last < WAR_START:
        raise ChartError(
            f"the period {text!r} ends before the invasion of 24 February 2022; "
            "try 'all' for the whole war"
        )
    return first, last


def period_title(text: str, start: dt.date, end: dt.date) -> str:
    """The period a chart shows, in words for its title: `last 90 days: 3 September – ...`."""
    words = " ".join(text.lower().split())
    shown = span_text(start, end)
    if not words:  # the default window: say so, with the days it covers
        return f"last {(end - start).days + 1} days, {shown}"
    if words in _WHOLE_WAR_WORDS:
        return f"whole war, {shown}"
    if words.startswith("last "):
        return f"{words}, {shown}"
    return shown


def _one_period(words: str) -> tuple[dt.date, dt.date]:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", words):
            day = dt.date.fromisoformat(words)
            return day, day
        if match := re.fullmatch(r"(\d{4})-(\d{1,2})", words):
            return month_span(int(match.group(1)), int(match.group(2)))
        if re.fullmatch(r"\d{4}", words):
            year = int(words)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if match := re.fullmatch(r"([a-z]+)\.? (\d{4})", words):
            month = MONTHS.get(match.group(1))
            if month is not None:
                return month_span(int(match.group(2)), month)
        if match := re.fullmatch(r"(\d{1,2}) ([a-z]+)\.? (\d{4})", words):
            month = MONTHS.get(match.group(2))
            if month is not None:
                day = dt.date(int(match.group(3)), month, int(match.group(1)))
                return day, day
    except ValueError:
        pass  # 2024-02-30, 32 January 2024: not a date
    raise ChartError(
        f"cannot read the period {words!r}; try 2024, 'November 2024' or 2024-09-01..2024-11-30"
    )


@dataclass(frozen=True)
class Mark:
    """An article's figure drawn on the chart at the day of fighting it covers."""

    date: dt.date  # the day of fighting (for a running total: the last day it covers)
    value: int
    text: str
    who: str = ""  # the publisher


@dataclass(frozen=True)
class Correction:
    """A listed reclassification absorbed by the report covering `date`'s fighting."""

    date: dt.date
    value: int  # the bar (net of the correction) or the running total drawn there
    amount: int


@dataclass
class ChartData:
    """Everything a chart shows, gathered from the store before any drawing."""

    series: SeriesRef
    source_name: str
    start: dt.date
    end: dt.date
    period: str  # the period in words, as the title states it
    xs: list[dt.date]
    ys: list[int]
    cumulative: bool
    corrections: list[Correction] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    total: str | None = None
    rounded_until: dt.date | None = None  # last day of fighting covered by rounded reports


def render_chart(
    store: ClaimStore,
    metric: Metric | str,
    period: str | tuple[dt.date, dt.date] | None = None,
    *,
    cumulative: bool = False,
    personnel_kind: PersonnelKind | None = None,
    dpi: int = DPI,
) -> bytes:
    """A PNG of the series for `metric` in `period`, with article claims marked on it.

    Raises `ChartError` for an unknown metric, an unreadable period, or no data in it.
    """
    figure = build_chart(
        store, metric, period, cumulative=cumulative, personnel_kind=personnel_kind, dpi=dpi
    )
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()


def build_chart(
    store: ClaimStore,
    metric: Metric | str,
    period: str | tuple[dt.date, dt.date] | None = None,
    *,
    cumulative: bool = False,
    personnel_kind: PersonnelKind | None = None,
    dpi: int = DPI,
) -> Figure:
    """The chart as a drawn matplotlib Figure (what `render_chart` saves), for inspection."""
    data = chart_data(store, metric, period, cumulative=cumulative, personnel_kind=personnel_kind)
    return draw_chart(data, dpi=dpi)


def chart_data(
    store: ClaimStore,
    metric: Metric | str,
    period: str | tuple[dt.date, dt.date] | None = None,
    *,
    cumulative: bool = False,
    personnel_kind: PersonnelKind | None = None,
) -> ChartData:
    """The figures, marks, corrections and notes of one chart; ChartError when there are none."""
    # A category the series names itself ("ground robotic systems") before loose matching.
    found = _series_named(store, metric) if isinstance(metric, str) else []
    metric = Metric.other if found else resolve_metric(metric)
    name = METRIC_LABELS.get(metric, metric.value)
    found = found or find_series(store, metric, personnel_kind=personnel_kind)
    if not found:
        raise ChartError(f"no daily series for {name}")
    # The last day of fighting with a figure is the day before the latest report.
    latest = max(s.last for s in found) - _DAY
    if isinstance(period, tuple):
        start, end = period
    else:
        start, end = parse_period(period or "", latest=latest)
    start = max(start, WAR_START)
    # `other` holds separate categories; draw the one that has data in the period.
    series = next((s for s in found if s.first - _DAY <= end and s.last - _DAY >= start), None)
    if series is None or end < start:
        shown = _asked_span(start, end) if end >= start else "that period"
        raise ChartError(
            f"the series has no {name} figures for {shown}: its reports cover the fighting "
            f"of {span_text(found[0].first - _DAY, found[0].last - _DAY)} (the report of "
            f"{day_text(found[0].last)} covers {day_text(found[0].last - _DAY)})"
        )
    end = min(end, series.last - _DAY)
    data = _figures(store, series, start, end, cumulative=cumulative)
    if not data.xs:
        raise ChartError(f"the series has no {name} figures for {span_text(start, end)}")
    # A series that begins late is shown from its first figure, and the title says so.
    data.start = max(start, data.xs[0])
    if isinstance(period, tuple):
        data.period = span_text(data.start, data.end)
    else:
        data.period = period_title(period or "", data.start, data.end)
    data.marks = article_marks(store, series, data.start, end, cumulative=cumulative)
    rounded = rounded_until(store, series)
    if rounded is not None and rounded >= data.start:
        data.rounded_until = rounded
    if not cumulative or data.start < data.end:
        figure = period_figure(store, series, data.start, end)
        data.total = _total_line(figure) if figure is not None else None
    return data


def _asked_span(start: dt.date, end: dt.date) -> str:
    """A period asked for, in words, even one ending in December 9999."""
    try:
        return span_text(start, end)
    except ValueError:  # span_text looks a month past `end`, and the calendar stops at 9999
        return f"{day_text(start)} – {day_text(end)}"


def _series_named(store: ClaimStore, text: str) -> list[SeriesRef]:
    """The stored `other` series whose own label is `text`, e.g. "ground robotic systems"."""
    words = " ".join(text.lower().split())
    return [s for s in store.series_catalogue() if s.label and s.label.lower() == words]


def _figures(
    store: ClaimStore, series: SeriesRef, start: dt.date, end: dt.date, *, cumulative: bool
) -> ChartData:
    """The per-day figures (net of corrections) or the running totals, by day of fighting."""
    source = store.source(series.source_id)
    data = ChartData(
        series=series,
        source_name=(source.publisher if source and source.publisher else series.source_id),
        start=start,
        end=end,
        period="",
        xs=[],
        ys=[],
        cumulative=cumulative,
    )
    if cumulative:
        # The running total at the end of day D is the figure of the next morning's report.
        for point in store.points_between(series, start + _DAY, end + _DAY):
            data.xs.append(point.date - _DAY)
            data.ys.append(point.value)
            for amount, _ in point.corrections():
                data.corrections.append(Correction(point.date - _DAY, point.value, amount))
    else:
        for day in daily_figures(store, series, start, end):
            data.xs.append(day.fought)
            data.ys.append(day.value)
            if day.correction:
                data.corrections.append(Correction(day.fought, day.value, day.correction))
    return data


def rounded_until(store: ClaimStore, series: SeriesRef) -> dt.date | None:
    """The last day of fighting of the early reports rounded to hundreds, if the series has any.

    Ukraine's first personnel reports said "about 2,800", "about 9,000", "more than 12,000":
    per-day differences of rounded totals jump (+3,160 in one report) and drop to zero. The
    stretch is the first reports up to the last round one before three in a row are not round
    (in the seed data, the reports up to 1 June 2022).
    """
    points = store.points_between(
        series, WAR_START, WAR_START + dt.timedelta(days=ROUNDING_WINDOW_DAYS)
    )
    last, round_count, not_round = None, 0, 0
    for point in points:
        if point.value >= 10 * ROUNDED_TO and point.value % ROUNDED_TO == 0:
            last, round_count, not_round = point.date, round_count + 1, 0
        else:
            not_round += 1
            if not_round == 3:
                break
    if last is None or round_count < 5:
        return None
    return last - _DAY


def _total_line(figure: PeriodFigure) -> str:
    before = (
        f"{figure.begin.value:,} reported on {day_text(figure.begin.date)}"
        if figure.begin.quote
        else "0 at the start of the invasion"
    )
    line = (
        f"Total for the fighting of {span_text(figure.start, figure.end)}: {figure.value:,} = "
        f"{figure.finish.value:,} reported on {day_text(figure.finish.date)} minus {before}."
    )
    reclassified = sum(amount for _, amount, _ in figure.corrections)
    if reclassified and figure.start != figure.end:
        line += f" It includes {reclassified:+,} of reclassifications, in no day's bar."
    return line


def article_marks(
    store: ClaimStore, series: SeriesRef, start: dt.date, end: dt.date, *, cumulative: bool
) -> list[Mark]:
    """Ukrainian official figures in articles, for one day or a running total, at the day of
    fighting they cover (`fought_day`), one mark per figure, day and publisher."""
    claims = store.find_claims(
        metrics=[series.metric],
        subject=Subject.russia,
        source_kind=SourceKind.article,
        period_kinds=[PeriodKind.cumulative] if cumulative else [PeriodKind.day],
        end_on_or_after=start,
        # A figure dated up to two days after the period can cover its last day of fighting.
        end_on_or_before=end + 2 * _DAY,
        order="period_end ASC, id",
        limit=1000,
    )
    marks: dict[tuple[dt.date, int, str], Mark] = {}
    for claim in claims:
        if not _same_thing(claim, series) or claim.period_end is None:
            continue
        if not cumulative and claim.period_start not in (None, claim.period_end):
            continue
        if claimant_side(claim.claimant) != "ukraine":
            continue  # another claimant's figure is not a reading of this tally
        day = fought_day(store, series, claim)
        who = claim.source.publisher or claim.source.id
        if start <= day <= end:
            marks.setdefault(
                (day, claim.value, who), Mark(day, claim.value, f"{claim.value:,} ({who})", who)
            )
    return sorted(marks.values(), key=lambda m: (m.date, m.value))[:MAX_MARKED_CLAIMS]


def fought_day(store: ClaimStore, series: SeriesRef, claim: Claim) -> dt.date:
    """The day of fighting an article figure dated D covers.

    Articles usually quote the morning report of D, which covers D − 1: that is the default.
    A day's figure that equals the losses of the fighting of D (what the report of D + 1
    added, with or without a listed correction) and not what the report of D added is drawn
    on D; a running total that equals the report of D − 1 and not that of D (an article
    quoting the previous morning) on D − 2. (`knowledge.check` reads claims the same ways.)
    """
    assert claim.period_end is not None
    dated = claim.period_end
    if claim.period_kind == PeriodKind.day:
        days = {
            d.fought: {d.value, d.raw} for d in daily_figures(store, series, dated - _DAY, dated)
        }
        fighting = claim.value in days.get(dated, set())
        reported = claim.value in days.get(dated - _DAY, set())
        return dated if fighting and not reported else dated - _DAY
    reports = {p.date: p.value for p in store.points_between(series, dated - _DAY, dated)}
    if reports.get(dated - _DAY) == claim.value != reports.get(dated):
        return dated - 2 * _DAY
    return dated - _DAY


def _same_thing(claim: Claim, series: SeriesRef) -> bool:
    if series.metric == Metric.personnel:
        if series.personnel_kind == PersonnelKind.captured:
            return claim.personnel_kind == PersonnelKind.captured
        return claim.personnel_kind in _COMPARABLE_KINDS
    return True


# -- drawing ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """A text to place near a data point (x in days as matplotlib numbers, y in data units)."""

    x: float
    y: float
    text: str
    color: str
    size: float = 8.5
    where: str = ""  # the day it marks, for the footnote when it finds no place
    more: tuple[str, ...] = ()  # lines left out of a long label, for the footnote


def draw_chart(data: ChartData, *, dpi: int = DPI) -> Figure:
    """The chart drawn on an Agg canvas: header, plot, labels and footnotes, all inside it."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=FIGSIZE, dpi=dpi)
    renderer = FigureCanvasAgg(figure).get_renderer()
    margin = 12 * dpi / 72
    axes = figure.add_axes((0.1, 0.2, 0.8, 0.6))
    handles = _plot(axes, data)
    header_bottom = _header(figure, renderer, data, handles, margin)
    labels = _labels(axes, data)
    unlabelled: list[Label] = []
    footer: Text | None = None
    while True:  # a label listed in the footnote makes it taller and the plot shorter: again
        if footer is not None:
            footer.remove()
        footer = _footer(figure, renderer, data, labels, unlabelled, margin)
        footer_top = footer.get_window_extent(renderer).y1
        _fit_axes(axes, renderer, margin, footer_top + margin, header_bottom - margin)
        for text in list(axes.texts):
            text.remove()
        _bar_values(axes, data)
        obstacles = _obstacles(axes, renderer, data)
        left_out = place_labels(
            axes, renderer, [label for label in labels if label not in unlabelled], obstacles
        )
        if not left_out:  # each label is on the chart or in the footnote, once
            return figure
        unlabelled += left_out


def _plot(axes: Axes, data: ChartData) -> list[object]:
    """Bars or the running total, marks, corrections and the rounded stretch; legend handles."""
    from matplotlib.collections import PolyCollection
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    xs = _num(data.xs)
    handles: list[object] = []
    if data.cumulative:
        marker = "o" if len(xs) <= 31 else None
        axes.plot(xs, data.ys, color=COLORS["line"], linewidth=1.8, marker=marker, ms=3.5)
        handles.append(Line2D([], [], color=COLORS["line"], lw=1.8, label="running total"))
    else:
        # One collection rather than a patch per bar: a whole war is 1,600 bars.
        half = _bar_half_width(data)
        quads = [
            [(x - half, 0), (x - half, y), (x + half, y), (x + half, 0)]
            for x, y in zip(xs, data.ys, strict=True)
        ]
        axes.add_collection(PolyCollection(quads, facecolors=COLORS["bar"], linewidths=0))
        handles.append(Patch(color=COLORS["bar"], label="losses per day of fighting"))
    if data.rounded_until is not None:
        axes.axvspan(
            _num([WAR_START])[0] - 0.5,
            _num([data.rounded_until])[0] + 0.5,
            color=COLORS["rounded"],
            zorder=0,
            lw=0,
        )
        handles.append(Patch(color=COLORS["rounded"], label="early reports rounded to hundreds"))
    if data.corrections:
        axes.scatter(
            _num([c.date for c in data.corrections]),
            [c.value for c in data.corrections],
            marker="v",
            s=42,
            color=COLORS["correction"],
            edgecolors="white",
            zorder=4,
        )
        handles.append(
            Line2D(
                [],
                [],
                marker="v",
                ls="",
                color=COLORS["correction"],
                label="report that absorbed a listed correction",
            )
        )
    if data.marks:
        axes.scatter(
            _num([m.date for m in data.marks]),
            [m.value for m in data.marks],
            marker="D",
            s=46,
            color=COLORS["mark"],
            edgecolors="white",
            zorder=5,
        )
        handles.append(
            Line2D(
                [],
                [],
                marker="D",
                ls="",
                color=COLORS["mark"],
                label="figure in an article (Ukrainian official source)",
            )
        )
    _axes_style(axes, data)
    return handles


def _axes_style(axes: Axes, data: ChartData) -> None:
    """Limits from zero, date ticks, thousands separators, axis titles."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FixedLocator, FuncFormatter

    first, last = _num([data.start, data.end])
    # At least a week's width, so that a single day is a bar, not a wall.
    pad = max(0.7, (7 - (data.end - data.start).days - 1) / 2 + 0.5)
    axes.set_xlim(first - pad, last + pad)
    if (data.end - data.start).days < 14:
        axes.xaxis.set_major_locator(FixedLocator(_num(data.xs)))
        axes.xaxis.set_major_formatter(
            FuncFormatter(lambda v, _: _short_day(mdates.num2date(v).date()))
        )
    else:
        locator = mdates.AutoDateLocator(minticks=4, maxticks=9)
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    highest = max([*data.ys, *(m.value for m in data.marks), 1])
    # Cumulative charts start at zero too: a cut axis would exaggerate the slope.
    axes.set_ylim(bottom=min(0, *data.ys), top=highest * (1.12 if data.cumulative else 1.25))
    if data.cumulative:
        axes.set_ylabel("running total since 24 February 2022 (claimed)")
        axes.set_xlabel("end of the day of fighting (figure from the next morning's report)")
    else:
        axes.set_ylabel("losses per day of fighting (claimed)")
        axes.set_xlabel("day of fighting (each morning report covers the previous day)")
    axes.grid(axis="y", color=COLORS["grid"], linewidth=0.8)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _header(
    figure: Figure, renderer: RendererBase, data: ChartData, handles: list[object], margin: float
) -> float:
    """Title (with the period), subtitle and legend from the top; returns the bottom in pixels."""
    width, height = figure.bbox.width, figure.bbox.height
    label = _series_label(data.series)
    what = "running total" if data.cumulative else "per day of fighting"
    title = f"Russian losses: {label}, {what}"
    top = height - margin
    header: tuple[tuple[str, dict[str, Any]], ...] = (
        (title, {"fontsize": 15, "weight": "bold"}),
        (data.period, {"fontsize": 13, "weight": "bold"}),
        (
            f"As claimed by {data.series.claimant}; not independently verified",
            {"fontsize": 11, "color": COLORS["note"]},
        ),
    )
    for text, props in header:
        artist = figure.text(
            margin / width,
            top / height,
            _wrap(figure, renderer, text, width - 2 * margin, props),
            va="top",
            ha="left",
            **props,
        )
        top = artist.get_window_extent(renderer).y0 - 0.3 * margin
    for columns in (len(handles), 2, 1):
        legend = figure.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(margin / width, top / height),
            ncols=columns,
            fontsize=9,
            frameon=False,
            borderaxespad=0,
            borderpad=0,
            handletextpad=0.4,
            columnspacing=1.6,
        )
        if legend.get_window_extent(renderer).x1 <= width - margin:
            break
        legend.remove()
    return float(legend.get_window_extent(renderer).y0)


def _footer(
    figure: Figure,
    renderer: RendererBase,
    data: ChartData,
    labels: list[Label],
    unlabelled: list[Label],
    margin: float,
) -> Text:
    """The footnotes, each wrapped to the canvas width, drawn from the bottom margin up."""
    width = figure.bbox.width
    props: dict[str, Any] = {"fontsize": 8.5, "color": COLORS["note"]}
    lines = [
        _wrap(figure, renderer, note, width - 2 * margin, props)
        for note in [*_notes(data), *_label_notes(labels, unlabelled)]
    ]
    return figure.text(
        margin / width,
        margin / figure.bbox.height,
        "\n".join(lines),
        va="bottom",
        ha="left",
        **props,
    )


def _notes(data: ChartData) -> list[str]:
    """What a reader needs to use the chart: caveat, date convention, total, corrections, source."""
    series = data.series
    notes = [
        f"Claims by {series.claimant}, one side in the war; not independently verified."
        + (
            " Personnel counts killed and wounded together."
            if series.metric == Metric.personnel
            else ""
        )
    ]
    convention = (
        "Dates are days of fighting: each morning report covers the previous day's fighting, "
        "so the report of 2 December is drawn on 1 December"
    )
    if data.marks:
        convention += (
            "; article figures are drawn on the day of fighting they cover (a figure an article "
            "dates 2 December is usually the report of that morning)"
        )
    notes.append(
        convention + "." + (" The running total is drawn from zero." if data.cumulative else "")
    )
    if data.total:
        notes.append(data.total)
    if data.corrections:
        net = sum(c.amount for c in data.corrections)
        count = len(data.corrections)
        notes.append(
            f"Triangles: {count} report{'s' if count > 1 else ''} that absorbed a reclassification "
            f"listed in the series' corrections ({net:+,} in all); "
            + ("the running total includes them" if data.cumulative else "bars leave them out")
            + (
                f"; the {MAX_LABELLED_CORRECTIONS} largest are labelled."
                if count > MAX_LABELLED_CORRECTIONS
                else "."
            )
        )
    if data.rounded_until is not None:
        notes.append(
            f"Shaded: up to the report of {day_text(data.rounded_until + _DAY)} most totals were "
            'round hundreds ("about 9,000", "more than 12,000"), so single days jump and others '
            "show no losses."
        )
    first_report = data.series.first
    if first_report - _DAY > WAR_START and data.start <= first_report:
        notes.append(
            f"The series begins with the report of {day_text(first_report)}"
            + ("." if data.cumulative else "; the losses before it are in no bar.")
        )
    notes.append(f"Source: {data.source_name}; latest report used: {day_text(data.xs[-1] + _DAY)}.")
    return notes


def _label_notes(labels: list[Label], unlabelled: list[Label]) -> list[str]:
    """The figures the chart marks but has no room to label, or to label in full."""
    notes = []
    for label in labels:
        if label.more and label not in unlabelled:
            notes.append(f"Also in articles for {label.where}: {'; '.join(label.more)}.")
    if unlabelled:
        listed = "; ".join(
            ", ".join([*label.text.split("\n")[: -1 if label.more else None], *label.more])
            + f" on {label.where}"
            for label in unlabelled
        )
        notes.append(f"Marked but not labelled for lack of room: {listed}.")
    return notes


def _labels(axes: Axes, data: ChartData) -> list[Label]:
    """Labels in the order they get the best places: article figures, corrections, rounding."""
    labels = [_mark_label(group) for group in _mark_groups(data)]
    biggest = sorted(data.corrections, key=lambda c: -abs(c.amount))[:MAX_LABELLED_CORRECTIONS]
    for c in sorted(biggest, key=lambda c: c.date):
        text = f"{c.amount:+,} reclassified"
        labels.append(Label(_x(c.date), c.value, text, COLORS["correction"], 8, day_text(c.date)))
    if data.rounded_until is not None:
        early = [(x, y) for x, y in zip(data.xs, data.ys, strict=True) if x <= data.rounded_until]
        if early:
            day, value = max(early, key=lambda p: p[1])
            text = "early totals rounded" + ("" if data.cumulative else ": jumps and zero days")
            labels.append(Label(_x(day), value, text, COLORS["note"], 8, day_text(day)))
    if data.cumulative and len(data.xs) > 10:  # the latest total, at the end of the line
        last, value = data.xs[-1], data.ys[-1]
        labels.append(Label(_x(last), value, f"{value:,}", COLORS["line"], 9, day_text(last)))
    return labels


def _mark_groups(data: ChartData) -> list[list[Mark]]:
    """Marks on one day, or too close to tell apart at this scale, as one group each."""
    near = (data.end - data.start).days // 100  # days; 0 up to a quarter, 16 for the whole war
    groups: list[list[Mark]] = []
    for mark in sorted(data.marks, key=lambda m: m.date):
        if groups and (mark.date - groups[-1][-1].date).days <= near:
            groups[-1].append(mark)
        else:
            groups.append([mark])
    return groups


def _mark_label(group: list[Mark]) -> Label:
    """One label for a group of marks, at the highest, a line per publisher, highest first:
    `1,120, 990 and 900 (GB News)`."""
    top = max(group, key=lambda m: m.value)
    lines = []
    for who in sorted(
        {m.who for m in group}, key=lambda w: -max(m.value for m in group if m.who == w)
    ):
        values = [f"{m.value:,}" for m in group if m.who == who]
        text = values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]
        lines.append(f"{text} ({who})")
    first, last = group[0].date, group[-1].date
    where = day_text(first) if first == last else span_text(first, last)
    more: list[str] = []
    if len(lines) > MAX_LABEL_LINES:  # a tall label would hide the chart: the rest go below
        lines, more = lines[: MAX_LABEL_LINES - 1], lines[MAX_LABEL_LINES - 1 :]
        lines.append(f"and {len(more)} more, listed below")
    text = "\n".join(lines)
    return Label(_x(top.date), top.value, text, COLORS["mark"], where=where, more=tuple(more))


def _bar_values(axes: Axes, data: ChartData) -> None:
    """Each bar's (or point's) figure above it, when there are few enough to read."""
    if len(data.xs) > 10:
        return
    marked = {m.date for m in data.marks} | {c.date for c in data.corrections}
    for day, y in zip(data.xs, data.ys, strict=True):
        axes.annotate(
            f"{y:,}",
            (_x(day), y),
            xytext=(0, 10 if day in marked else 3),  # above a marker drawn on the bar
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=9,
            color="#222222",
        )


def _obstacles(
    axes: Axes, renderer: RendererBase, data: ChartData
) -> tuple[np.ndarray, np.ndarray]:
    """Boxes (x0, y0, x1, y1 in pixels) labels must not cover: every marker and the figures
    written over the bars; and those they should not cover when there is room: the series."""
    import numpy as np

    size = 7 * axes.figure.dpi / 72
    points = [(_x(m.date), m.value) for m in data.marks]
    points += [(_x(c.date), c.value) for c in data.corrections]
    hard = [[x - size, y - size, x + size, y + size] for x, y in _pixels(axes, points)]
    hard += [list(text.get_window_extent(renderer).extents) for text in axes.texts]
    return np.array(hard, dtype=float).reshape(-1, 4), _series_boxes(axes, data)


def _series_boxes(axes: Axes, data: ChartData) -> np.ndarray:
    """The bars, or the line cut into short pieces, as boxes in pixels."""
    import numpy as np

    xs = _num(data.xs)
    if not data.cumulative:
        half = _bar_half_width(data)
        low = _pixels(axes, [(x - half, min(0, y)) for x, y in zip(xs, data.ys, strict=True)])
        high = _pixels(axes, [(x + half, max(0, y)) for x, y in zip(xs, data.ys, strict=True)])
        return np.hstack([low, high])
    line = _pixels(axes, list(zip(xs, data.ys, strict=True)))
    step = 6 * axes.figure.dpi / 72  # pixels per piece; a 1,600-day line is ~1 pixel a day
    pieces = [line[:1]]
    for start, end in itertools.pairwise(line):
        count = max(1, int(np.hypot(*(end - start)) // step))
        pieces.append(start + np.outer(np.linspace(0, 1, count + 1)[1:], end - start))
    dots = np.vstack(pieces)
    if len(dots) == 1:
        dots = np.vstack([dots, dots])
    low, high = np.minimum(dots[:-1], dots[1:]), np.maximum(dots[:-1], dots[1:])
    thick = 2.5 * axes.figure.dpi / 72
    return np.hstack([low - thick, high + thick])


def _pixels(axes: Axes, points: Sequence[tuple[float, float]]) -> np.ndarray:
    """Data points as pixel positions, an (n, 2) array."""
    import numpy as np

    if not points:
        return np.zeros((0, 2))
    return np.asarray(axes.transData.transform(points), dtype=float)


def place_labels(
    axes: Axes,
    renderer: RendererBase,
    labels: list[Label],
    obstacles: tuple[np.ndarray, np.ndarray],
) -> list[Label]:
    """Put each label at the free place nearest its point; returns those that found none.

    Greedy: labels are taken in order, and each tries positions right, left and centred over
    its point at heights stepping away from just above it (above first), inside the plot,
    overlapping no marker and no label already placed, and, if any such place is left, not
    the bars or the line either. A label moved away from its point gets a leader line.
    """
    import numpy as np

    scale = axes.figure.dpi / 72
    area = axes.get_window_extent(renderer)
    taken, series = obstacles
    unplaced = []
    for label in labels:
        probe = axes.text(0, 0, label.text, fontsize=label.size)
        extent = probe.get_window_extent(renderer)
        probe.remove()
        pad = 2.5 * scale  # the white box drawn around the text
        x, y = axes.transData.transform((label.x, label.y))
        boxes = _candidates(x, y, extent.width + 2 * pad, extent.height + 2 * pad, area, scale)
        free = ~_overlaps(boxes, taken)
        clear = free & ~_overlaps(boxes, series)
        chosen = np.flatnonzero(clear if clear.any() else free)
        if not chosen.size:
            unplaced.append(label)
            continue
        spot = boxes[chosen[0]]
        taken = np.vstack([taken, spot])
        _annotate(axes, label, (x, y), spot, pad)
    return unplaced


def _overlaps(boxes: np.ndarray, others: np.ndarray) -> np.ndarray:
    """For each of `boxes`, whether it overlaps any of `others` (both (n, 4) x0 y0 x1 y1)."""
    import numpy as np

    if not len(others):
        return np.zeros(len(boxes), dtype=bool)
    a, b = boxes[:, None, :], others[None, :, :]
    hit = (a[..., 0] < b[..., 2]) & (a[..., 2] > b[..., 0])
    hit &= (a[..., 1] < b[..., 3]) & (a[..., 3] > b[..., 1])
    return np.asarray(hit.any(axis=1))


def _annotate(
    axes: Axes, label: Label, point: tuple[float, float], spot: np.ndarray, pad: float
) -> None:
    """Draw a placed label, with a leader line to its point when it is not right beside it."""
    scale = axes.figure.dpi / 72
    x, y = point
    x0, y0, x1, y1 = (float(v) for v in spot)
    far = y0 - y > 16 * scale or y - y1 > 6 * scale or not x0 - 10 * scale <= x <= x1 + 10 * scale
    leader = {
        "arrowstyle": "-",
        "color": label.color,
        "lw": 0.7,
        "shrinkA": 0,
        "shrinkB": 4 * scale,
    }
    axes.annotate(
        label.text,
        (label.x, label.y),
        xytext=(x0 + pad - x, y0 + pad - y),
        textcoords="offset pixels",
        ha="left",
        va="bottom",
        fontsize=label.size,
        color=label.color,
        annotation_clip=False,
        zorder=6,
        bbox={
            "boxstyle": f"square,pad={pad / (label.size * scale):.2f}",
            "fc": "white",
            "ec": "none",
            "alpha": 0.85,
        },
        arrowprops=leader if far else None,
    )


def _candidates(x: float, y: float, w: float, h: float, area: Bbox, scale: float) -> np.ndarray:
    """Boxes of size w × h near (x, y) inside `area`, nearest first, above before below.

    Heights step by 4 points; across, the box goes right of the point, left of it, centred
    over it, or half a box further out, which counts as that much further away.
    """
    import numpy as np

    gap = 5 * scale
    lefts = {x + gap: 0.0, x - gap - w: 0.0, x - w / 2: 0.0}
    lefts |= {x + gap + w / 2: w / 2, x - gap - 1.5 * w: w / 2}
    above = y + gap
    step = 4 * scale
    bottoms = [area.y0 + 1 + i * step for i in range(int((area.height - h - 2) // step) + 1)]
    bottoms.append(above)

    def cost(bottom: float) -> float:
        # Going down (over the bars) costs three times as much as going up.
        return bottom - above if bottom >= above else 3 * (above - bottom) + h

    ranked = sorted(
        (
            (cost(bottom) + across, n, left, bottom)
            for bottom in set(bottoms)
            for n, (left, across) in enumerate(lefts.items())
        ),
    )
    boxes = [
        (left, bottom, left + w, bottom + h)
        for _, _, left, bottom in ranked
        if area.x0 + 1 <= left
        and left + w <= area.x1 - 1
        and area.y0 <= bottom
        and bottom + h <= area.y1
    ]
    return np.array(boxes, dtype=float).reshape(-1, 4)


def _fit_axes(axes: Axes, renderer: RendererBase, margin: float, bottom: float, top: float) -> None:
    """Place the plot so that it, its ticks and axis titles fill the band between two heights."""
    width, height = axes.figure.bbox.width, axes.figure.bbox.height
    goal = (margin, bottom, width - margin, top)
    axes.set_position(
        (
            goal[0] / width,
            goal[1] / height,
            (goal[2] - goal[0]) / width,
            (goal[3] - goal[1]) / height,
        )
    )
    for _ in range(3):  # tick labels change with the size, so settle it in a few rounds
        tight = axes.get_tightbbox(renderer)
        box = axes.get_window_extent(renderer)
        if tight is None:
            return
        x0 = box.x0 + goal[0] - tight.x0
        y0 = box.y0 + goal[1] - tight.y0
        x1 = box.x1 - (tight.x1 - goal[2])
        y1 = box.y1 - (tight.y1 - goal[3])
        axes.set_position((x0 / width, y0 / height, (x1 - x0) / width, (y1 - y0) / height))


def _wrap(
    figure: Figure, renderer: RendererBase, text: str, width: float, props: dict[str, Any]
) -> str:
    """`text` with line breaks so that no line is wider than `width` pixels, as measured.

    Words are measured one by one (matplotlib caches the metrics) and summed with the space
    between; 3% is kept spare for kerning, which the sum leaves out.
    """
    from matplotlib.font_manager import FontProperties

    font = FontProperties(size=props.get("fontsize"), weight=props.get("weight", "normal"))

    def measure(piece: str) -> float:
        return float(renderer.get_text_width_height_descent(piece, font, ismath=False)[0])

    space = measure("a b") - measure("ab")
    limit = 0.97 * width
    lines: list[str] = []
    line, used = "", 0.0
    for word in text.split(" "):
        size = measure(word)
        if line and used + space + size > limit:
            lines.append(line)
            line, used = word, size
        else:
            line, used = (f"{line} {word}", used + space + size) if line else (word, size)
    lines.append(line)
    return "\n".join(lines)


def _bar_half_width(data: ChartData) -> float:
    """Half a bar's width in days: gaps between bars while there are few enough to see them."""
    return 0.4 if len(data.xs) <= 120 else 0.5


def _x(date: dt.date) -> float:
    """A date as matplotlib's x coordinate (days)."""
    return _num([date])[0]


def _num(dates: list[dt.date]) -> list[float]:
    import matplotlib.dates as mdates

    return [float(mdates.date2num(d)) for d in dates]


def _short_day(date: dt.date) -> str:
    return f"{date.day} {date:%b}"


def _series_label(series: SeriesRef) -> str:
    if series.personnel_kind == PersonnelKind.captured:
        return "prisoners of war"
    if series.metric == Metric.personnel:
        return "personnel (killed and wounded)"
    return series.label or METRIC_LABELS.get(series.metric, series.metric.value)
