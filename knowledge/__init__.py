"""Claims about military losses: sources, extraction, the SQLite store, and answers.

Nothing in this package knows about Telegram; `bot/` renders what it produces.
"""

from knowledge.answering.answer import answer, parse_question
from knowledge.extract import extract_claims
from knowledge.ingest.articles import SourceError, load_source
from knowledge.ingest.build import open_or_build, rebuild
from knowledge.models import (
    Answer,
    Claim,
    Figure,
    Intent,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Query,
    ReloadError,
    ReloadInProgress,
    ReloadReport,
    Source,
    SourceKind,
    SourceRef,
    Subject,
)
from knowledge.store import ClaimStore

__all__ = [
    "Answer",
    "Claim",
    "ClaimStore",
    "Figure",
    "Intent",
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
    "load_source",
    "open_or_build",
    "parse_question",
    "rebuild",
]
