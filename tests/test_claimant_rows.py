"""Issue 13 req 2: the claimants real coverage quotes, each a row of the one claimant lexicon
(knowledge/lexicon/claimants.py) with its side. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source
from knowledge.lexicon.claimants import claimant_side

# (sentence, value, stored claimant, its side)
ROWS: list[tuple[str, int, str, str]] = [
    ("NATO Secretary General Mark Rutte said Russia had suffered 640,000 casualties.", 640000,
     "NATO", "western"),
    ("A senior NATO official said Russian losses had passed 800,000.", 800000, "NATO",
     "western"),
    ("South Korea's spy agency said 200 North Korean soldiers had been killed.", 200,
     "South Korea's National Intelligence Service", "western"),
    ("Zelensky said 45,000 Ukrainian soldiers had been killed since the invasion.", 45000,
     "Ukraine's President", "ukraine"),
    ("Syrskyi said Russia had lost 40,000 troops in the Kursk region.", 40000,
     "Ukraine's Commander-in-Chief", "ukraine"),
    ("Ukraine's air force said it had shot down 33 Russian drones overnight.", 33,
     "Ukraine's Air Force", "ukraine"),
    ("GCHQ director Anne Keast-Butler said Russia had lost 500,000 troops.", 500000, "GCHQ",
     "uk"),
    ("CIA director William Burns said Russia had suffered 315,000 casualties.", 315000,
     "US intelligence", "us"),
    ("The leaked documents put Russian killed at 43,000.", 43000, "the Pentagon", "us"),
    ("A senior US defense official said Russia had lost 120,000 killed.", 120000,
     "the Pentagon", "us"),
    ("White House spokesman John Kirby said Russia had suffered 20,000 killed near Bakhmut.",
     20000, "the White House", "us"),
    ("Britain's chief of the defence staff said Russia had lost 700,000 killed and wounded.",
     700000, "UK Ministry of Defence", "uk"),
    ("CSIS estimates that Russia has suffered 790,000 casualties.", 790000, "CSIS",
     "independent"),
    ("Prigozhin said 20,000 Wagner fighters had been killed in Bakhmut.", 20000, "Wagner Group",
     "russia"),
    ("Moskalkova said 6,000 Ukrainian soldiers were in Russian custody.", 6000,
     "Russia's human rights commissioner", "russia"),
    ("UALosses has named 60,000 Ukrainian soldiers killed.", 60000, "UALosses", "independent"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "claimant", "side"), ROWS)
def test_claimant_row(tmp_path: Path, sentence: str, value: int, claimant: str, side: str) -> None:
    """The figure is attributed to the row's claimant, and the lexicon knows its side."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: Reuters\npublished: 2024-11-14\n---\n{sentence}\n",
                    encoding="utf-8")  # fmt: skip
    found = {c.claimant for c in extract_claims(load_source(path)) if c.value == value}
    assert found == {claimant}
    assert claimant_side(claimant) == side
