"""Claims about military losses: sources, extraction, the SQLite store, and answers.

Nothing in this package knows about Telegram; `bot/` renders what it produces.
"""

from knowledge.answer import answer, parse_question
from knowledge.chart import resolve_metric
from knowledge.extract import extract_claims
from knowledge.models import (
    Answer,
    Claim,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Query,
    Source,
    SourceKind,
    SourceRef,
    Subject,
)
from knowledge.sources import SourceError, load_source
from knowledge.store import (
    CLAIMS_JOINED,
    EXPLORER_QUERIES,
    SERIES_VIEW,
    ClaimStore,
    ReloadError,
    ReloadInProgress,
    ReloadReport,
    has_explorer_tables,
    open_or_build,
    rebuild,
)

__all__ = [
    "CLAIMS_JOINED",
    "EXPLORER_QUERIES",
    "SERIES_VIEW",
    "Answer",
    "Claim",
    "ClaimStore",
    "Metric",
    "PeriodKind",
    "PersonnelKind",
    "Qualifier",
    "Query",
    "ReloadError",
    "ReloadInProgress",
    "ReloadReport",
    "Source",
    "SourceError",
    "SourceKind",
    "SourceRef",
    "Subject",
    "answer",
    "extract_claims",
    "has_explorer_tables",
    "load_source",
    "open_or_build",
    "parse_question",
    "rebuild",
    "resolve_metric",
]
