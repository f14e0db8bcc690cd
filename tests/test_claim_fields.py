"""Issue 13's claim fields: stat, scope and part_of, one sentence per row of
knowledge/lexicon/scopes.py. Averages ("1,300 troops a day") and breakdowns ("4,000
officers") are not extracted as figures yet, so only scopes and totals are tested here."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

# (sentence, value, stat, scope, part_of)
ROWS: list[tuple[str, int, str, str | None, str | None]] = [
    ("Russia lost 9,000 troops in the battle for Avdiivka, Kyiv said.", 9000, "total",
     "Avdiivka", None),
    ("The enemy lost up to 300 servicemen in the Kupyansk direction, the Russian MoD said.", 300,
     "total", "Kupyansk", None),
    ("Russian forces lost 150 troops on the Zaporizhzhia direction, Kyiv said.", 150, "total",
     "Zaporizhzhia direction", None),
    ("Russia has lost 400,000 troops since the invasion, Kyiv said.", 400000, "total", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "stat", "scope", "part_of"), ROWS)
def test_fields_of_figure(
    tmp_path: Path, sentence: str, value: int, stat: str, scope: str | None, part_of: str | None
) -> None:
    """The figure is stored with the row's stat, scope and part_of."""
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: Reuters\npublished: 2024-11-14\n---\n{sentence}\n",
                    encoding="utf-8")  # fmt: skip
    found = [
        (str(c.stat), c.scope, c.part_of)
        for c in extract_claims(load_source(path))
        if c.value == value
    ]
    assert found == [(stat, scope, part_of)]
