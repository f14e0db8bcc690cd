"""Charts of a daily series with the articles' claims marked on it (issue 5).

`render_chart(store, "tanks", "November 2024")` returns a PNG: the losses per day of fighting
as bars (net of listed corrections, which are flagged), or with `cumulative=True` the running
total by report date, plus every article claim of the same metric for a day or a running total
in the period as a labelled point. Title, axis labels, the source and the caveat that these are
one side's claims are drawn into the image, so it can be forwarded on its own.

matplotlib is imported inside `render_chart` (it takes a while to import) and used through its
object API with the Agg canvas, never pyplot, so charts can be drawn from any thread.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any

from knowledge.answering.derive import (
    PeriodFigure,
    daily_figures,
    find_series,
    period_figure,
)
from knowledge.lexicon.calendar import MONTHS, month_span
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

DEFAULT_DAYS = 90
MAX_MARKED_CLAIMS = 20
_DAY = dt.timedelta(days=1)
_COMPARABLE_KINDS = (None, PersonnelKind.unspecified, PersonnelKind.casualties)


class ChartError(ValueError):
    """A chart that cannot be drawn; the message says why in one line a person can act on."""


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
    if words in {"all", "war", "whole war", "since the start", "everything"}:
        return WAR_START, latest
    if match := re.fullmatch(r"last (\d{1,4}) days?", words):
        days = int(match.group(1))
        if days < 1:
            raise ChartError("the period must last at least one day")
        return latest - dt.timedelta(days=days - 1), latest
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
    return first, last


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
        pass
    raise ChartError(
        f"cannot read the period {words!r}; try 2024, 'November 2024' or 2024-09-01..2024-11-30"
    )


@dataclass(frozen=True)
class Mark:
    """An article's figure drawn on the chart, labelled with its value and publisher."""

    date: dt.date
    value: int
    text: str


def render_chart(
    store: ClaimStore,
    metric: Metric | str,
    period: str | tuple[dt.date, dt.date] | None = None,
    *,
    cumulative: bool = False,
    personnel_kind: PersonnelKind | None = None,
) -> bytes:
    """A PNG of the series for `metric` in `period`, with article claims marked on it.

    Raises `ChartError` for an unknown metric, an unreadable period, or no data in it.
    """
    metric = resolve_metric(metric)
    found = find_series(store, metric, personnel_kind=personnel_kind)
    if not found:
        raise ChartError(f"no daily series for {METRIC_LABELS.get(metric, metric.value)}")
    # Daily figures cover fighting up to the day before the last report.
    lag = dt.timedelta(0) if cumulative else _DAY
    if isinstance(period, tuple):
        start, end = period
    else:
        start, end = parse_period(period or "", latest=max(s.last for s in found) - lag)
    start = max(start, WAR_START)
    end = min(end, dt.date.max - _DAY)  # `end + lag` below must not overflow (year 9999)
    # `other` holds separate categories; draw the one that has data in the period.
    series = next((s for s in found if s.first <= end + lag and s.last - lag >= start), None)
    if series is None or end < start:
        shown = span_text(start, end) if end >= start else "that period"
        raise ChartError(
            f"the series has no {METRIC_LABELS.get(metric, metric.value)} figures for {shown} "
            f"(it runs from {found[0].first.isoformat()} to {found[0].last.isoformat()})"
        )
    end = min(end, series.last - lag)

    if cumulative:
        points = store.points_between(series, start, end)
        xs = [p.date for p in points]
        ys = [p.value for p in points]
        flagged: list[tuple[dt.date, int, int]] = [
            (p.date, p.value, sum(a for a, _ in p.corrections())) for p in points if p.corrections()
        ]
    else:
        days = daily_figures(store, series, start, end)
        xs = [d.fought for d in days]
        ys = [d.value for d in days]
        flagged = [(d.fought, d.value, d.correction) for d in days if d.correction]
    if not xs:
        raise ChartError(f"the series has no figures for {span_text(start, end)}")
    marks = article_marks(store, series, start, end, cumulative=cumulative)
    # The period's total, from two cumulative figures like every other figure the bot gives.
    total = None
    if not cumulative:
        figure = period_figure(store, series, start, end)
        if figure is not None:
            total = _total_line(figure)
    source = store.source(series.source_id)
    return _draw(
        series=series,
        source_name=(source.publisher if source and source.publisher else series.source_id),
        start=start,
        end=end,
        xs=xs,
        ys=ys,
        flagged=flagged,
        marks=marks,
        cumulative=cumulative,
        total=total,
    )


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
    """Article claims of the same metric for one day (or a running total) in the period."""
    claims = store.find_claims(
        metrics=[series.metric],
        subject=Subject.russia,
        source_kind=SourceKind.article,
        period_kinds=[PeriodKind.cumulative] if cumulative else [PeriodKind.day],
        end_on_or_after=start,
        end_on_or_before=end,
        order="period_end ASC, id",
        limit=1000,
    )
    marks = []
    for claim in claims:
        if not _same_thing(claim, series) or claim.period_end is None:
            continue
        if not cumulative and claim.period_start not in (None, claim.period_end):
            continue
        who = claim.source.publisher or claim.source.id
        marks.append(Mark(claim.period_end, claim.value, f"{claim.value:,} ({who})"))
    return marks[:MAX_MARKED_CLAIMS]


def _same_thing(claim: Claim, series: SeriesRef) -> bool:
    if series.metric == Metric.personnel:
        if series.personnel_kind == PersonnelKind.captured:
            return claim.personnel_kind == PersonnelKind.captured
        return claim.personnel_kind in _COMPARABLE_KINDS
    return True


def _draw(
    *,
    series: SeriesRef,
    source_name: str,
    start: dt.date,
    end: dt.date,
    xs: list[dt.date],
    ys: list[int],
    flagged: list[tuple[dt.date, int, int]],
    marks: list[Mark],
    cumulative: bool,
    total: str | None,
) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    label = series.label or METRIC_LABELS.get(series.metric, series.metric.value)
    if series.personnel_kind == PersonnelKind.captured:
        label = "prisoners of war"
    elif series.metric == Metric.personnel:
        label = "personnel (killed and wounded)"
    period = span_text(start, end)

    figure = Figure(figsize=(11, 6), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_axes((0.1, 0.24, 0.87, 0.59))
    if cumulative:
        axes.plot(_num(xs), ys, color="#1f4e79", linewidth=1.8, label=f"running total ({label})")
        axes.set_ylabel("running total since 24 Feb 2022 (claimed)")
        axes.set_xlabel("date of the morning report")
        title = f"Russian losses, running total: {label}, {period}"
    else:
        axes.bar(
            _num(xs),
            ys,
            width=0.8 if len(xs) <= 120 else 1.0,
            color="#4a7fb5",
            linewidth=0,
            label="per day of fighting",
        )
        axes.set_ylabel("losses per day (claimed)")
        axes.set_xlabel("day of fighting (each morning report covers the previous day)")
        title = f"Russian losses per day: {label}, {period}"
    figure.text(0.1, 0.95, title, fontsize=13, weight="bold", va="top")
    figure.text(
        0.1,
        0.905,
        f"As claimed by {series.claimant}; not independently verified",
        fontsize=10,
        color="#444444",
        va="top",
    )

    _draw_flagged(axes, flagged, cumulative=cumulative)
    _draw_marks(axes, marks, start, end)
    _style_axes(axes, start, end, ys, marks, cumulative=cumulative)
    notes = _footnotes(series, source_name, xs, total, flagged, marks, cumulative=cumulative)
    figure.text(0.08, 0.025, "\n".join(notes), fontsize=8, color="#444444", va="bottom")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def _num(dates: list[dt.date]) -> list[float]:
    """Dates as matplotlib's numbers."""
    import matplotlib.dates as mdates

    return [float(mdates.date2num(d)) for d in dates]


def _draw_flagged(axes: Any, flagged: list[tuple[dt.date, int, int]], *, cumulative: bool) -> None:
    """Triangles at the reports that absorbed a listed correction, with the amounts."""
    if flagged:
        axes.scatter(
            _num([f[0] for f in flagged]),
            [f[1] for f in flagged],
            marker="v",
            s=40,
            color="#7f7f7f",
            zorder=4,
            label="report that absorbed a listed correction"
            + ("" if cumulative else " (bar shown without it)"),
        )
        if len(flagged) <= 8:  # name the amounts when there is room
            for date, value, amount in flagged:
                axes.annotate(
                    f"{amount:+,} reclassified",
                    (_num([date])[0], value),
                    xytext=(0, 9),
                    textcoords="offset points",
                    ha="center",
                    fontsize=7,
                    color="#555555",
                    bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8},
                )


def _draw_marks(axes: Any, marks: list[Mark], start: dt.date, end: dt.date) -> None:
    """Diamonds at the figures claimed in articles, labelled."""
    if marks:
        axes.scatter(
            _num([m.date for m in marks]),
            [m.value for m in marks],
            marker="D",
            s=46,
            color="#c0392b",
            edgecolors="white",
            zorder=5,
            label="figure claimed in an article",
        )
        span = max((end - start).days, 1)
        for i, mark in enumerate(marks):
            # Labels near the right edge go to the left of their point, so none is cut off.
            right = (mark.date - start).days > 0.75 * span
            axes.annotate(
                mark.text,
                (_num([mark.date])[0], mark.value),
                xytext=(-6 if right else 6, 10 + 12 * (i % 3)),
                textcoords="offset points",
                ha="right" if right else "left",
                fontsize=8,
                color="#c0392b",
            )


def _style_axes(
    axes: Any,
    start: dt.date,
    end: dt.date,
    ys: list[int],
    marks: list[Mark],
    *,
    cumulative: bool,
) -> None:
    """Date ticks, thousands separators, headroom, grid, and the legend above the plot."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FuncFormatter

    axes.set_xlim(*_num([start - _DAY, end + _DAY]))
    axes.xaxis_date()
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    if not cumulative:
        # Headroom for the labels of the article figures, so they stay inside the plot.
        highest = max([*ys, *(m.value for m in marks)])
        axes.set_ylim(bottom=min(0, *ys), top=highest * (1.2 if marks else 1.05) or 1)
    axes.grid(axis="y", color="#dddddd", linewidth=0.8)
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    # Above the plot, so that it never hides a bar.
    axes.legend(
        loc="lower left",
        bbox_to_anchor=(0, 1.01),
        ncol=3,
        fontsize=8,
        frameon=False,
        borderaxespad=0,
        handletextpad=0.4,
        columnspacing=1.5,
    )


def _footnotes(
    series: SeriesRef,
    source_name: str,
    xs: list[dt.date],
    total: str | None,
    flagged: list[tuple[dt.date, int, int]],
    marks: list[Mark],
    *,
    cumulative: bool,
) -> list[str]:
    """The notes under the chart: whose claims, the source, and what the symbols mean."""
    notes = [
        f"Claims by {series.claimant}; not independently verified."
        + (
            " Personnel counts killed and wounded together."
            if series.metric == Metric.personnel
            else ""
        ),
        f"Source: {source_name}; figures up to {xs[-1].isoformat()}.",
    ]
    if total:
        notes.append(total)
    if flagged:
        notes.append(
            "Triangles: reports that absorbed a reclassification listed in the corrections file"
            + ("; the bar shows the day without it." if not cumulative else ".")
        )
    if marks:
        notes.append(
            "Diamonds: figures in articles, at the date the article gives"
            + (
                " (often the date of the report, a day after the fighting)."
                if not cumulative
                else "."
            )
        )
    return notes
