"""The knowledge package's public surface and its layout."""

from __future__ import annotations

import importlib
import pkgutil

import knowledge

PUBLIC = {
    "CLAIMS_JOINED", "EXPLORER_QUERIES", "SERIES_VIEW", "has_explorer_tables", "resolve_metric",
    "MONTHS", "QUALIFIER_WORDS", "claim_period", "day_short",
    "METRIC_LABELS", "Answer", "ChartError", "Claim", "ClaimStore", "Figure", "Intent",
    "Metric", "PeriodKind", "PersonnelKind", "Qualifier", "Query", "RejectedFile",
    "ReloadError", "ReloadInProgress", "ReloadReport", "Source", "SourceError", "SourceKind",
    "SourceRef", "Subject", "answer", "build_store", "check_claims", "extract_claims",
    "format_check", "load_series", "load_source", "open_or_build", "parse_question", "rebuild",
    "render_chart", "warm_up",
}  # fmt: skip


def test_public_surface_is_pinned() -> None:
    """Adding or removing a public name is a decision: change PUBLIC with it."""
    assert set(knowledge.__all__) == PUBLIC
    assert len(knowledge.__all__) == len(PUBLIC), "a name is listed twice"
    for name in knowledge.__all__:
        assert getattr(knowledge, name) is not None, name


def test_every_package_says_its_role() -> None:
    """Each package of knowledge opens with a docstring of one or two sentences."""
    packages = [knowledge.__name__] + [
        info.name for info in pkgutil.walk_packages(knowledge.__path__, "knowledge.") if info.ispkg
    ]
    assert len(packages) >= 6
    for name in packages:
        doc = importlib.import_module(name).__doc__
        assert doc and doc.strip(), f"{name} has no docstring"


def test_no_function_is_longer_than_80_lines() -> None:
    """Small functions, in the knowledge package and the bot (a style rule of the project)."""
    import ast
    from pathlib import Path

    root = Path(knowledge.__file__).resolve().parent.parent
    long = []
    for folder in ("knowledge", "bot"):
        for path in sorted((root / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                    length = (node.end_lineno or node.lineno) - node.lineno + 1
                    if length > 80:
                        long.append(f"{path.relative_to(root)}:{node.lineno} {node.name} {length}")
    assert not long, long
