"""Claims about military losses: sources, extraction, the SQLite store, and answers.

Nothing in this package knows about Telegram; `bot/` renders what it produces. This module is
the package's only public surface: `bot/`, `bench/` and `scripts/` import from here alone, and
`tests/test_public_surface.py` pins `__all__`.
"""

from knowledge.answering.answer import answer, coverage_end, parse_question, warm_up
from knowledge.answering.conversation import CONTEXT_TTL, Conversation
from knowledge.answering.languages import answer_language
from knowledge.chart import ChartError, parse_chart_request, render_chart, resolve_metric
from knowledge.check import CheckReport, check_claims, format_check
from knowledge.extract import extract_claims
from knowledge.ingest.articles import SourceError, load_source
from knowledge.ingest.build import build_store, open_or_build, rebuild
from knowledge.ingest.series import load_series
from knowledge.lexicon.calendar import MONTHS
from knowledge.lexicon.language import reply_language
from knowledge.lexicon.terms import METRIC_LABELS
from knowledge.models import (
    WAR_START,
    Answer,
    Claim,
    Figure,
    Intent,
    Metric,
    PeriodKind,
    PersonnelKind,
    Qualifier,
    Query,
    RejectedFile,
    ReloadError,
    ReloadInProgress,
    ReloadReport,
    Source,
    SourceKind,
    SourceRef,
    Subject,
)
from knowledge.store import (
    CLAIMS_JOINED,
    EXPLORER_QUERIES,
    SERIES_VIEW,
    ClaimStore,
    has_explorer_tables,
)
from knowledge.wording import (
    LANG_USAGE,
    QUALIFIER_WORDS,
    claim_period,
    claimant_text,
    counted,
    coverage_line,
    day_short,
    day_text,
    in_language,
    language,
    metric_label,
    number,
    outlet_text,
    qualified,
    say,
)
from knowledge.wording_locale import LANG_CHOSEN

__all__ = [
    "CLAIMS_JOINED",
    "CONTEXT_TTL",
    "EXPLORER_QUERIES",
    "LANG_CHOSEN",
    "LANG_USAGE",
    "METRIC_LABELS",
    "MONTHS",
    "QUALIFIER_WORDS",
    "SERIES_VIEW",
    "WAR_START",
    "Answer",
    "ChartError",
    "CheckReport",
    "Claim",
    "ClaimStore",
    "Conversation",
    "Figure",
    "Intent",
    "Metric",
    "PeriodKind",
    "PersonnelKind",
    "Qualifier",
    "Query",
    "RejectedFile",
    "ReloadError",
    "ReloadInProgress",
    "ReloadReport",
    "Source",
    "SourceError",
    "SourceKind",
    "SourceRef",
    "Subject",
    "answer",
    "answer_language",
    "build_store",
    "check_claims",
    "claim_period",
    "claimant_text",
    "counted",
    "coverage_end",
    "coverage_line",
    "day_short",
    "day_text",
    "extract_claims",
    "format_check",
    "has_explorer_tables",
    "in_language",
    "language",
    "load_series",
    "load_source",
    "metric_label",
    "number",
    "open_or_build",
    "outlet_text",
    "parse_chart_request",
    "parse_question",
    "qualified",
    "rebuild",
    "render_chart",
    "reply_language",
    "resolve_metric",
    "say",
    "warm_up",
]
