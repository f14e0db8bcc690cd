"""The package boundaries: `knowledge`'s public surface is pinned, and `bot/`, `bench/` and
`scripts/` reach `knowledge` only through it (no `knowledge.store` internals, no private
names), with no imports hidden inside functions in `bot/`."""

from __future__ import annotations

import ast
from pathlib import Path

import knowledge
from tests.conftest import ROOT

# Changing this list changes what bot/, bench/ and scripts/ may rely on: do it on purpose.
PUBLIC = {
    "CLAIMS_JOINED",
    "in_language",
    "answer_language",
    "claimant_text",
    "counted",
    "language",
    "metric_label",
    "number",
    "outlet_text",
    "qualified",
    "say",
    "EXPLORER_QUERIES",
    "SERIES_VIEW",
    "METRIC_LABELS",
    "WAR_START",
    "Answer",
    "ChartError",
    "CheckReport",
    "Claim",
    "ClaimStore",
    "CONTEXT_TTL",
    "Conversation",
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
    "build_store",
    "check_claims",
    "extract_claims",
    "format_check",
    "has_explorer_tables",
    "load_series",
    "load_source",
    "open_or_build",
    "parse_chart_request",
    "parse_question",
    "rebuild",
    "render_chart",
    "resolve_metric",
    "warm_up",
    # issue 10: the enums on Query, and the vocabulary and phrases bot/ shares with knowledge
    "Figure",
    "Intent",
    "MONTHS",
    "QUALIFIER_WORDS",
    "claim_period",
    "day_short",
    "day_text",
    # issue 12: where the daily figures end, for answers and /help
    "coverage_end",
    "coverage_line",
    # issue 15: the answer language a chat chose (/lang) and its phrases
    "LANG_CHOSEN",
    "LANG_USAGE",
    "reply_language",
}
CLIENTS = ("bot", "bench", "scripts")


def _python_files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def test_knowledge_public_surface_is_pinned() -> None:
    assert set(knowledge.__all__) == PUBLIC
    assert len(knowledge.__all__) == len(PUBLIC)  # no name listed twice
    for name in knowledge.__all__:
        assert hasattr(knowledge, name), name


def test_clients_import_only_the_public_surface() -> None:
    wrong = []
    for path in _python_files(*CLIENTS):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                if node.module.startswith("knowledge."):
                    wrong.append(f"{path.relative_to(ROOT)}: from {node.module}")
                elif node.module == "knowledge":
                    wrong += [
                        f"{path.relative_to(ROOT)}: {alias.name}"
                        for alias in node.names
                        if alias.name not in PUBLIC
                    ]
            elif isinstance(node, ast.Import):
                wrong += [
                    f"{path.relative_to(ROOT)}: import {alias.name}"
                    for alias in node.names
                    if alias.name.startswith("knowledge.")
                ]
    assert wrong == []


def test_bot_has_no_imports_inside_functions() -> None:
    hidden = []
    for path in _python_files("bot"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                hidden += [
                    f"{path.relative_to(ROOT)}:{inner.lineno}"
                    for inner in ast.walk(node)
                    if isinstance(inner, ast.Import | ast.ImportFrom)
                ]
    assert hidden == []
