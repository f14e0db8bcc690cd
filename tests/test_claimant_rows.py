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


def _claims_of(tmp_path: Path, body: str, publisher: str) -> dict[int, str]:
    """value -> claimant of an article's claims."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: {publisher}\npublished: 2024-11-14\n---\n{body}\n",
                    encoding="utf-8")  # fmt: skip
    return {c.value: c.claimant for c in extract_claims(load_source(path))}


def test_moscow_said_is_generic_unless_the_article_names_the_ministry(tmp_path: Path) -> None:
    """'Moscow said' is Russian officials; in a piece quoting Russia's defence ministry (and
    no other Russian body) it is that ministry, as 'Kyiv said' is for the General Staff."""
    alone = _claims_of(tmp_path, "Moscow said Ukraine had lost 900 troops in June.", "Reuters")
    assert alone[900] == "Russian officials"
    body = (
        "Moscow's defence ministry said Ukraine had lost 420 troops over the past day. "
        "Moscow said Ukraine had also lost 12 tanks."
    )
    assert _claims_of(tmp_path, body, "Reuters") == {
        420: "Russia's Ministry of Defence",
        12: "Russia's Ministry of Defence",
    }


def test_the_outlets_own_estimate_is_the_outlets(tmp_path: Path) -> None:
    """'Our model suggests', 'we reckon' in the outlet's own voice: the outlet is the
    claimant; inside a quotation it is not."""
    body = "Our model suggests that between 80,000 and 120,000 Ukrainian troops have been killed."
    assert _claims_of(tmp_path, body, "The Economist")[80000] == "The Economist"
    quoted = '"Our estimate is that Russia has lost 300,000 troops," a lawmaker said.'
    assert _claims_of(tmp_path, quoted, "The Economist").get(300000) != "The Economist"
