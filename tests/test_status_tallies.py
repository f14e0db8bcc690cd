"""Equipment tallies by status without "(+N)" (issue 13): a bold or plain heading naming a side
and its total ("**Russia: 9,120 pieces of equipment lost**", "Ukraine — 3,410 items"), then a
list of statuses ("destroyed: 6,200", "captured by Ukraine: 1,050"). Each status is a part of
that side's losses; "captured by X" names who took it, never the loser. The "as of" date of the
paragraph before gives the period. My own articles, in the structures open-source trackers'
write-ups use; a wrong side is a failed test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

BOLD_HEADINGS = """\
---
title: "Photographed losses pass 12,000 items"
publisher: "Test OSINT"
published: 2025-06-03
---
The volunteer tracker that lists only equipment seen destroyed or captured in photos and videos
published its monthly update. Its figures as of June 2:

**Russia: 9,120 pieces of equipment lost**

- destroyed: 6,200
- damaged: 810
- abandoned: 1,060
- captured by Ukraine: 1,050

**Ukraine: 3,410 pieces of equipment lost**

- destroyed: 2,300
- damaged: 420
- abandoned: 240
- captured by Russia: 450
"""

DASH_HEADINGS = """\
---
title: "Visual confirmation: the running count"
publisher: "Test OSINT"
published: 2025-09-10
---
An open-source team that counts only losses it can see in photographs updated its lists on
Tuesday. As of 9 September 2025 the lists stood as follows.

Russia — 7,400 pieces of equipment

- destroyed: 5,100
- captured by Ukrainian forces: 1,300

Ukraine — 2,950 pieces of equipment

- destroyed: 1,980
- captured by Russian forces: 610
"""

# (article, value, subject, part_of)
ROWS = [
    pytest.param(BOLD_HEADINGS, 6200, "russia", "destroyed", id="bold: destroyed, Russia"),
    pytest.param(BOLD_HEADINGS, 810, "russia", "damaged", id="bold: damaged, Russia"),
    pytest.param(BOLD_HEADINGS, 1060, "russia", "abandoned", id="bold: abandoned, Russia"),
    pytest.param(BOLD_HEADINGS, 1050, "russia", "captured", id="bold: captured by Ukraine"),
    pytest.param(BOLD_HEADINGS, 2300, "ukraine", "destroyed", id="bold: destroyed, Ukraine"),
    pytest.param(BOLD_HEADINGS, 450, "ukraine", "captured", id="bold: captured by Russia"),
    pytest.param(DASH_HEADINGS, 5100, "russia", "destroyed", id="dash: destroyed, Russia"),
    pytest.param(DASH_HEADINGS, 1300, "russia", "captured", id="dash: captured by Ukrainians"),
    pytest.param(DASH_HEADINGS, 1980, "ukraine", "destroyed", id="dash: destroyed, Ukraine"),
    pytest.param(DASH_HEADINGS, 610, "ukraine", "captured", id="dash: captured by Russians"),
]
AS_OF = {BOLD_HEADINGS: dt.date(2025, 6, 2), DASH_HEADINGS: dt.date(2025, 9, 9)}


def _claims(tmp_path: Path, article: str) -> list[object]:
    path = tmp_path / "a.md"
    path.write_text(article, encoding="utf-8")
    return list(extract_claims(load_source(path)))


@pytest.mark.parametrize(("article", "value", "subject", "part"), ROWS)
def test_status_items_under_a_side_heading(
    tmp_path: Path, article: str, value: int, subject: str, part: str
) -> None:
    """Stored once, on the heading's side, as a part, running to the paragraph's "as of"."""
    found = [c for c in _claims(tmp_path, article) if c.value == value]  # type: ignore[attr-defined]
    assert {(c.subject.value, c.part_of, c.metric.value) for c in found} == {  # type: ignore[attr-defined]
        (subject, part, "other")
    }
    claim = found[0]
    assert claim.period_kind.value == "cumulative"  # type: ignore[attr-defined]
    assert claim.period_end == AS_OF[article]  # type: ignore[attr-defined]
