"""Breakdowns of a named-dead count as bullets of prose ("- at least 5,870 officers, including
11 generals;"), after a paragraph that introduces them ("Among the named dead:", "Of these:"):
each number is a part (part_of its noun or region) of the count given just before, with that
count's side, claimant, kind of loss and period. My own articles, in the structures Mediazona
and BBC Russian write-ups and UALosses summaries use."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

RUSSIAN = """\
---
title: "The named dead pass 98,000"
publisher: "Test Independent"
published: 2025-06-03
---
Mediazona and BBC News Russian have now identified by name 98,200 Russian soldiers killed in the
war, as of 1 June.

The journalists say it is a lower bound, built from obituaries and graves. Among the named dead:

- at least 4,100 officers, including 9 generals;
- 19,800 former convicts recruited from prison colonies;
- about 11,300 mobilised men;
- 5,020 from Buryatia, the region with the highest toll per head.
"""

UKRAINIAN = """\
---
title: "UALosses: 61,400 names"
publisher: "Test Independent"
published: 2025-06-03
---
The UALosses project has named 61,400 Ukrainian soldiers killed since February 2022, as of 1 June.
Of these:

- 2,900 officers;
- about 640 women serving in the armed forces;
"""

# (article, value, subject, part_of, qualifier)
ROWS = [
    pytest.param(RUSSIAN, 4100, "russia", "officers", "at_least", id="officers"),
    pytest.param(RUSSIAN, 9, "russia", "generals", "exact", id="generals, nested"),
    pytest.param(RUSSIAN, 19800, "russia", "former convicts", "exact", id="convicts"),
    pytest.param(RUSSIAN, 11300, "russia", "mobilised men", "approximate", id="mobilised"),
    pytest.param(RUSSIAN, 5020, "russia", "Buryatia", "exact", id="a region"),
    pytest.param(UKRAINIAN, 2900, "ukraine", "officers", "exact", id="Ukrainian officers"),
    pytest.param(UKRAINIAN, 640, "ukraine", "women", "approximate", id="Ukrainian women"),
]


@pytest.mark.parametrize(("article", "value", "subject", "part", "qualifier"), ROWS)
def test_a_bullet_part_of_the_count_before(
    tmp_path: Path, article: str, value: int, subject: str, part: str, qualifier: str
) -> None:
    path = tmp_path / "a.md"
    path.write_text(article, encoding="utf-8")
    claims = extract_claims(load_source(path))
    head = next(c for c in claims if c.value in (98200, 61400))
    found = [c for c in claims if c.value == value]
    assert [(c.subject.value, c.part_of, c.qualifier.value) for c in found] == [
        (subject, part, qualifier)
    ]
    claim = found[0]
    assert claim.personnel_kind is not None and claim.personnel_kind.value == "killed"
    assert claim.period_kind.value == "cumulative"
    assert (claim.period_start, claim.period_end) == (head.period_start, head.period_end)
    assert claim.period_start == dt.date(2022, 2, 24)
