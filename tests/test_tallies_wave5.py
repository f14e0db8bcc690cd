# ruff: noqa: E501 - one sentence a row, however long.
"""Equipment and running tallies in prose (issue 13): a tracker that "also lists" more types,
a running total restated a few sentences after the figures it sums, model names counted as
their type ("61 Leopard 2s" are tanks), motorcycles as vehicles. My own articles, in the
structures OSINT write-ups, explainers and regional posts use."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

# (article body, publisher, value, metric, subject)
ROWS = [
    (
        "The open-source tracker Oryx has confirmed 3,900 Russian tanks lost. The project also lists 5,900 infantry fighting vehicles and 130 aircraft.",
        "Test OSINT", 5900, "armored_vehicles", "russia",
    ),
    (
        "The open-source tracker Oryx has confirmed 3,900 Russian tanks lost. The project also lists 5,900 infantry fighting vehicles and 130 aircraft.",
        "Test OSINT", 130, "aircraft", "russia",
    ),
    (
        "Ukraine's tank losses stand at 1,150 according to the tracker, including 58 German-made Leopard 2s.",
        "Test OSINT", 58, "tanks", "ukraine",
    ),
    (
        "Russia's defence ministry claims its forces have destroyed 210 Leopards since 2023.",
        "Test Monitor", 210, "tanks", "ukraine",
    ),
    (
        "The brigade said its drones destroyed 4 tanks and 37 motorcycles and light vehicles near Pokrovsk over the week.",
        "Test Regional", 37, "vehicles", "russia",
    ),
    (
        "Ukraine's General Staff said Russia lost 1,050 troops over the past day. The day before it reported 980. Analysts note the figures include the wounded. "
        "Kyiv rarely revises them. Moscow does not comment on them. "
        "As of this morning, the running personnel total stood at about 1,120,400.",
        "Test Explainer", 1_120_400, "personnel", "russia",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "publisher", "value", "metric", "subject"), ROWS)
def test_a_tally_figure_is_read(
    tmp_path: Path, text: str, publisher: str, value: int, metric: str, subject: str
) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        f"---\npublisher: {publisher}\npublished: 2025-10-28\n---\n{text}\n", encoding="utf-8"
    )
    got = {
        (c.metric.value, c.subject.value)
        for c in extract_claims(load_source(path))
        if c.value == value
    }
    assert got == {(metric, subject)}
