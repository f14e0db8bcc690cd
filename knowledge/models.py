"""The data the knowledge base is made of: sources, claims, questions and answers.

Everything that crosses a module boundary is one of these pydantic models, so the
JSON that the command line prints is exactly what the code passes around.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

WAR_START = dt.date(2022, 2, 24)
# No loss figure of this war comes near it (personnel, the largest, is about a million); a
# bigger number is a typo, a sum of money or an attack, and is not read as a figure.
MAX_PLAUSIBLE_FIGURE = 100_000_000


class Metric(StrEnum):
    personnel = "personnel"
    tanks = "tanks"
    armored_vehicles = "armored_vehicles"
    artillery = "artillery"
    mlrs = "mlrs"
    air_defense = "air_defense"
    aircraft = "aircraft"
    helicopters = "helicopters"
    drones = "drones"
    ships = "ships"
    submarines = "submarines"
    vehicles = "vehicles"
    cruise_missiles = "cruise_missiles"
    special_equipment = "special_equipment"
    other = "other"


class Qualifier(StrEnum):
    exact = "exact"
    approximate = "approximate"
    more_than = "more_than"
    less_than = "less_than"
    nearly = "nearly"
    at_least = "at_least"
    range = "range"


class Subject(StrEnum):
    """Whose losses a figure is: a party to the war, or a third party (North Korean troops)."""

    russia = "russia"
    ukraine = "ukraine"
    other = "other"


class Stat(StrEnum):
    """What kind of number a figure is: a count, or an average or rate derived from one."""

    total = "total"
    daily_average = "daily_average"
    monthly_average = "monthly_average"
    rate = "rate"  # per km2 or similar


class PeriodKind(StrEnum):
    day = "day"
    hour = "hour"  # a unit an average is asked per ("how many an hour"): never a claim's period
    range = "range"
    week = "week"
    month = "month"
    quarter = "quarter"  # a unit a record is asked per ("the worst quarter of 2024")
    year = "year"
    cumulative = "cumulative"
    unspecified = "unspecified"


class PersonnelKind(StrEnum):
    killed = "killed"
    wounded = "wounded"
    casualties = "casualties"
    captured = "captured"
    unspecified = "unspecified"


class SourceKind(StrEnum):
    article = "article"
    series = "series"


class SourceRef(BaseModel):
    """What a claim says about where it was published (nested as `source` in JSON)."""

    id: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    kind: SourceKind = SourceKind.article


class Source(SourceRef):
    """A loaded source file: its metadata and its plain text."""

    text: str
    path: str | None = None
    # Problems with metadata that did not stop the file loading, one line each.
    warnings: list[str] = Field(default_factory=list)
    # The source's own sentence saying its figures are not verified (set when building).
    verification: str | None = None
    # The source's own sentences qualifying its figures (unverified, disputed, undercounted),
    # quoted when asked how reliable they are (set when building).
    caveats: list[str] = Field(default_factory=list)

    def ref(self) -> SourceRef:
        return SourceRef(**self.model_dump(include=set(SourceRef.model_fields)))


class Relation(StrEnum):
    """How a shown claim's period relates to the asked period (issue 12, requirement 3)."""

    exact = "exact"  # the asked period itself (a total as of the asked day)
    stated_within = "stated_within"  # a total or estimate stated during the asked period
    inside = "inside"  # a shorter period inside the asked one
    contains = "contains"  # a longer period that includes the asked one
    day_off = "day_off"  # the asked days read by the other day convention (report vs fighting)
    outside = "outside"  # wholly outside: a suggestion, never the answer


class Claim(BaseModel):
    """One figure, as somebody claims it, for some period, in one source."""

    model_config = ConfigDict(use_enum_values=False)

    metric: Metric
    value: int
    value_max: int | None = None
    qualifier: Qualifier = Qualifier.exact
    subject: Subject = Subject.russia
    claimant: str
    period_kind: PeriodKind = PeriodKind.unspecified
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    personnel_kind: PersonnelKind | None = None
    quote: str
    # True when the source had no publication date, so relative dates could not be pinned.
    date_uncertain: bool = False
    # The words in the source that named the thing counted ("armored fighting vehicles").
    label: str | None = None
    # For figures computed from a series (never from articles): how, in words, with the
    # stored figures it was computed from.
    derivation: str | None = None
    # A count, or an average; the place or operation a figure is limited to (None: the whole
    # front); the breakdown it is a part of (officers, a region, a unit: None for a total).
    stat: Stat = Stat.total
    scope: str | None = None
    part_of: str | None = None
    source: SourceRef
    # Set on the claims an answer shows: how the claim's period relates to the asked one.
    relation: Relation | None = None


class Figure(StrEnum):
    """Which figure a question asks for."""

    total = "total"  # cumulative to date
    period = "period"  # within the asked period
    record = "record"  # the worst (highest) day or month
    latest = "latest"  # nothing said about the period: the newest figure, a running total first


class Intent(StrEnum):
    """What kind of message a question is."""

    losses = "losses"  # a question we look up
    greeting = "greeting"
    help = "help"
    off_topic = "off_topic"  # not about losses
    unsupported = "unsupported"  # about losses, but something the knowledge base cannot say
    empty = "empty"


class UnreadSpan(BaseModel):
    """Words of a question that no rule read, with what kind of words they look like."""

    text: str
    start: int
    end: int
    # place, unit, model, rate, money, period, number, name, script, subset, source, duration,
    # figure (a number the asker quotes, to check), unknown (a Ukrainian or Russian word no
    # row has) or word
    kind: str
    # Whether the words could change the answer (a place, a date, a number, a name...):
    # then no figure is given as matching the question, and the answer says so first.
    constrains: bool = True


class Query(BaseModel):
    """What a question asks for, as understood by `parse_question`."""

    text: str
    metrics: list[Metric] = Field(default_factory=list)
    subject: Subject = Subject.russia
    claimant: str | None = None
    figure: Figure = Figure.period
    period_kind: PeriodKind = PeriodKind.unspecified
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    personnel_kind: PersonnelKind | None = None
    # Set when a month or day was given without a year and the year had to be assumed.
    assumed_year: int | None = None
    notes: list[str] = Field(default_factory=list)
    intent: Intent = Intent.losses
    # Stored claimant names the question accepts (empty: anyone). "per Ukraine" lists every
    # Ukrainian body; `claimant` is set only when one body was named ("the Kremlin").
    claimants: list[str] = Field(default_factory=list)
    claimant_side: str | None = None
    # True when the asked month or day had no year (then `assumed_year` holds the guess).
    year_missing: bool = False
    # "since February 3": the period starts at `period_start` and runs to the latest report.
    open_end: bool = False
    # "daily", "weekly", "monthly" without a date: the kind of period preferred.
    prefer_kind: PeriodKind | None = None
    # How the question's dates were read, when the asker should be told (the ISO week
    # convention, day-first numeric dates, a weekday that does not match its date).
    date_notes: list[str] = Field(default_factory=list)
    # The question's words that were not read, in question order (issue 12, requirement 1).
    unread: list[UnreadSpan] = Field(default_factory=list)
    # The question's language ("en", "uk", "ru", or one the bot does not read: "de", "pl").
    language: str = "en"
    # A kind of equipment the tally counts apart under `other`, by its series' own label
    # ("ground robotic systems"): only that series answers, never `other` as a whole.
    category: str | None = None
    # The date of the report the question named ("the 1 Jan 2025 morning report"), whose
    # fighting day is the period: "the running total in it" is that report's.
    report_date: dt.date | None = None
    # A follow-up's slots it left empty and took from the previous question ("period",
    # "metric", "kind", "side", "claimant", "report"); empty for a question of its own.
    carried: list[str] = Field(default_factory=list)
    # A ranking asked ("the five worst days of 2024", "top 3 days"): how many of the highest
    # (lowest) days are asked; None for one record.
    ranked: int | None = None


class Answer(BaseModel):
    """What the bot says back: text ready to render, the caveat, and the claims behind it."""

    question: str
    answered: bool
    text: str
    caveat: str | None = None
    claims: list[Claim] = Field(default_factory=list)
    query: Query | None = None
    suggestions: list[str] = Field(default_factory=list)
    # The asked period in words ("in November 2024"), when the question named one.
    period: str | None = None
    # True when the figures shown for the same metric and period do not agree.
    disagreement: bool = False
    # Assumptions and definitions the text mentions (assumed year, what a figure counts).
    notes: list[str] = Field(default_factory=list)
    # `text` without the caveat paragraph it ends with, for renderers that show the caveat
    # on its own (text == body + blank line + caveat when there is a caveat).
    body: str = ""
    # The language the answer is written in ("en", "uk", "ru"; issue 15).
    language: str = "en"
    # A message with more than one question ("tanks in 2024? and in 2023?"): this answer is
    # the first question's, these are the others', in order (`split_questions`). Empty for a
    # message with one question, so readers of the single-answer JSON are unaffected.
    more_answers: list[Answer] = Field(default_factory=list)


# -- building a knowledge base -----------------------------------------------------------------


class RejectedFile(BaseModel):
    path: str
    reason: str


class ReloadReport(BaseModel):
    """What a rebuild did: counted, so the CLI and the bot can print it."""

    ok: bool
    db_path: str
    sources_dir: str
    sources: int = 0
    claims: int = 0
    series_claims: int = 0
    rejected: list[RejectedFile] = Field(default_factory=list)
    warnings: list[RejectedFile] = Field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    built_at: str | None = None


class SourceError(ValueError):
    """A source file that cannot be used; the message says why in one line."""


class ReloadError(RuntimeError):
    """A rebuild that produced nothing usable; the old knowledge base stays."""

    def __init__(self, report: ReloadReport) -> None:
        super().__init__(report.error or "reload failed")
        self.report = report


class ReloadInProgress(RuntimeError):
    """Another rebuild of the same knowledge base is running."""


# -- stored daily series -------------------------------------------------------------------------

# How a series row that absorbed a listed correction says so in its quote: written by the
# series loader, read back by the period arithmetic, so corrections live with the figures.
CORRECTION_NOTE = "absorbs a correction of {amount} listed for {date}"
_CORRECTION_RE = re.compile(r"absorbs a correction of ([+-][\d,]+) listed for (\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class SeriesRef:
    """One stored cumulative series: a source, a metric, and which of its figures."""

    source_id: str
    metric: Metric
    personnel_kind: PersonnelKind | None
    label: str | None  # only for `other`, whose categories are separate series
    claimant: str
    subject: Subject
    first: dt.date
    last: dt.date
    count: int


@dataclass(frozen=True)
class Point:
    """One stored cumulative figure: reported on `date`."""

    date: dt.date
    value: int
    qualifier: Qualifier
    quote: str

    def corrections(self) -> list[tuple[int, dt.date]]:
        """Listed corrections this report absorbed: (amount, listed date)."""
        return [
            (int(amount.replace(",", "")), dt.date.fromisoformat(date))
            for amount, date in _CORRECTION_RE.findall(self.quote)
        ]
