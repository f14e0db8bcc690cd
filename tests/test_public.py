"""The knowledge package's layout: every package says its role, and functions stay short.
(The public surface is pinned in tests/test_public_surface.py.)"""

from __future__ import annotations

import importlib
import pkgutil

import knowledge


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
