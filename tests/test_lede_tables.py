"""A table or list whose side is named only in the article's title or lede (issue 13): the
title and first paragraph naming exactly one loser, and claimants of one side only, give the
block its side and claimant; naming both sides, or none, or claimants of both sides, gives
nothing (the block is not stored). My own articles, in the structures explainers and
newsletters use; a figure on the wrong side is a failed test."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

KYIV_TABLE = """\
---
title: "How Kyiv's count of Russian losses has moved this winter"
publisher: "Test Explainer"
published: 2025-03-05
---
Each morning Ukraine's General Staff posts what it says Russia has lost since the invasion, and
this newsletter takes the difference between the first posts of each month.

The differences for the first two months of 2025:

| Month | Soldiers | Tanks |
|---|---|---|
| January | 41,210 | 102 |
| February | 38,340 | 97 |
"""

MOSCOW_TABLE = """\
---
title: "What Moscow says Ukraine has lost this year"
publisher: "Test Monitor"
published: 2025-04-02
---
Russia's Defence Ministry sums up Ukraine's losses in its weekly briefings; we have added them up
by month.

Monthly sums for 2025 so far:

| Month | Servicemen | Tanks |
|---|---|---|
| January | 14,900 | 61 |
| February | 13,750 | 58 |
| March | 15,020 | 66 |
"""

KYIV_LIST = """\
---
title: "Russian equipment losses in February, per Kyiv"
publisher: "Test Digest"
published: 2025-03-01
---
Ukraine's General Staff said on Saturday that Russia's losses had slowed in February compared
with January.

Here is the breakdown for February 2025:

- Tanks: 93
- Artillery systems: 870
- Armoured vehicles: 204
"""

BOTH_SIDES = """\
---
title: "Russia and Ukraine: what each says the other lost"
publisher: "Test Explainer"
published: 2025-03-05
---
Kyiv says Russia lost tens of thousands of soldiers over the winter, and Moscow says Ukraine lost
even more; neither publishes its own losses.

The figures for the first two months of 2025:

| Month | Soldiers | Tanks |
|---|---|---|
| January | 41,210 | 102 |
| February | 38,340 | 97 |
"""

NO_SIDE = """\
---
title: "The war in numbers"
publisher: "Test Explainer"
published: 2025-03-05
---
Every month we put together the figures officials publish about the fighting in the east of the
country, with the caveat that none of them can be checked independently.

The figures for the first two months of 2025:

| Month | Soldiers | Tanks |
|---|---|---|
| January | 41,210 | 102 |
| February | 38,340 | 97 |
"""

TWO_CLAIMANTS = """\
---
title: "Counting Russia's losses"
publisher: "Test Explainer"
published: 2025-03-05
---
Ukraine's General Staff publishes what it says Russia has lost every day, while the Kremlin
dismisses the figures as propaganda and gives none of its own.

The figures for the first two months of 2025:

| Month | Soldiers | Tanks |
|---|---|---|
| January | 41,210 | 102 |
| February | 38,340 | 97 |
"""

GS, RMOD = "Ukraine's General Staff", "Russia's Ministry of Defence"
# (article, expected {(value, subject, claimant)})
CASES = [
    pytest.param(
        KYIV_TABLE,
        {(41210, "russia", GS), (102, "russia", GS), (38340, "russia", GS), (97, "russia", GS)},
        id="Kyiv on Russian losses, a table",
    ),
    pytest.param(
        MOSCOW_TABLE,
        {
            (14900, "ukraine", RMOD),
            (61, "ukraine", RMOD),
            (13750, "ukraine", RMOD),
            (58, "ukraine", RMOD),
            (15020, "ukraine", RMOD),
            (66, "ukraine", RMOD),
        },
        id="Moscow on Ukrainian losses, a table",
    ),
    pytest.param(
        KYIV_LIST,
        {(93, "russia", GS), (870, "russia", GS), (204, "russia", GS)},
        id="Kyiv on Russian losses, a list",
    ),
    pytest.param(BOTH_SIDES, set(), id="both sides named: nothing"),
    pytest.param(NO_SIDE, set(), id="no side named: nothing"),
    pytest.param(TWO_CLAIMANTS, set(), id="claimants of both sides: nothing"),
]


@pytest.mark.parametrize(("article", "expected"), CASES)
def test_side_from_the_title_and_lede(
    tmp_path: Path, article: str, expected: set[tuple[int, str, str]]
) -> None:
    path = tmp_path / "a.md"
    path.write_text(article, encoding="utf-8")
    got = {
        (c.value, c.subject.value, c.claimant)
        for c in extract_claims(load_source(path))
        if c.value in {v for v, _, _ in expected} | {41210, 102, 38340, 97}
    }
    assert got == expected


def test_month_rows_keep_their_months(tmp_path: Path) -> None:
    """The lede gives the side, the row label still gives the period."""
    path = tmp_path / "a.md"
    path.write_text(MOSCOW_TABLE, encoding="utf-8")
    periods = {
        c.value: (c.period_kind.value, str(c.period_start), str(c.period_end))
        for c in extract_claims(load_source(path))
    }
    assert periods[13750] == ("month", "2025-02-01", "2025-02-28")
