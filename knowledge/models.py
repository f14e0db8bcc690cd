"""The data the knowledge base is made of: sources, claims, questions and answers.

Everything that crosses a module boundary is one of these pydantic models, so the
JSON that the command line prints is exactly what the code passes around.
"""

from __future__ import annotations

import datetime as dt
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
    russia = "russia"
    ukraine = "ukraine"


class PeriodKind(StrEnum):
    day = "day"
    range = "range"
    week = "week"
    month = "month"
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

    def ref(self) -> SourceRef:
        return SourceRef(**self.model_dump(include=set(SourceRef.model_fields)))


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
    source: SourceRef


class Query(BaseModel):
    """What a question asks for, as understood by `parse_question`."""

    text: str
    metrics: list[Metric] = Field(default_factory=list)
    subject: Subject = Subject.russia
    claimant: str | None = None
    # total: cumulative to date; period: within the asked period; record: worst/highest day.
    figure: str = "period"
    period_kind: PeriodKind = PeriodKind.unspecified
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    personnel_kind: PersonnelKind | None = None
    # Set when a month or day was given without a year and the year had to be assumed.
    assumed_year: int | None = None
    notes: list[str] = Field(default_factory=list)
    # (`figure` may also be "latest": nothing said about the period, so the newest figure,
    # a running total first.)
    # What kind of message this is: "losses" (a question we look up), "greeting", "help",
    # "off_topic" (not about losses) or "empty".
    intent: str = "losses"
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
