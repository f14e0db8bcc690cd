"""Fact-checks (issue 13, precision): a viral claim quoted under "Claim:" that the article
rules false ("Verdict: False", "Rating: Misleading") is nobody's claim as quoted; the figures
the body gives, attributed to whoever really published them, are stored. My own articles in
the structure fact-checkers use."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

FALSE = """\
---
title: "Fact check: no, Kyiv did not admit 400,000 dead"
publisher: "Test Checks"
published: 2025-11-20
---
**Claim:** A video shared widely on Telegram says "UKRAINE ADMITS 400,000 SOLDIERS KILLED" and
credits the figure to Zelensky.

**Verdict: False.** Zelensky has not given such a figure. In February he said 46,000 Ukrainian
soldiers had been killed.
"""

MISLEADING = """\
---
title: "Did Moscow say it lost 90,000 men?"
publisher: "Test Checks"
published: 2025-11-20
---
The claim: a post on X says the Kremlin admitted that Russia lost 90,000 soldiers in 2025.

Rating: Misleading. The 90,000 is an estimate by the UK Ministry of Defence, which said Russia
lost about 90,000 soldiers killed in the first half of 2025.
"""

TRUE = """\
---
title: "Did Kyiv report 1,000 Russian losses on Monday?"
publisher: "Test Checks"
published: 2025-11-20
---
**Claim:** Ukraine's General Staff said Russia lost 1,000 troops on Monday.

**Verdict: True.** The General Staff's morning post of Tuesday gave that figure for Monday.
"""


@pytest.mark.parametrize(
    ("article", "not_stored", "stored"),
    [
        pytest.param(FALSE, {(400_000, "ukraine")}, {(46_000, "ukraine")}, id="false"),
        pytest.param(MISLEADING, set(), {(90_000, "russia")}, id="misleading"),
        pytest.param(TRUE, set(), {(1000, "russia")}, id="true: stored"),
    ],
)
def test_a_claim_ruled_false_is_not_stored_as_quoted(
    tmp_path: Path,
    article: str,
    not_stored: set[tuple[int, str]],
    stored: set[tuple[int, str]],
) -> None:
    path = tmp_path / "a.md"
    path.write_text(article, encoding="utf-8")
    claims = extract_claims(load_source(path))
    got = {(c.value, c.subject.value) for c in claims}
    assert stored <= got
    assert not (not_stored & got)


def test_the_misattribution_is_not_stored(tmp_path: Path) -> None:
    """The misleading post's 'the Kremlin admitted' is not kept: only the UK figure is."""
    path = tmp_path / "a.md"
    path.write_text(MISLEADING, encoding="utf-8")
    claimants = {c.claimant for c in extract_claims(load_source(path)) if c.value == 90_000}
    assert claimants == {"UK Ministry of Defence"}
