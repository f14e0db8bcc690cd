"""A post or statement reproduced as a quoted block ("> " lines, how outlets embed a Telegram
post or a translated statement): its words are its author's, the first claimant the paragraph
introducing it names, not whoever the outlet cited last ("... Kyiv called the post fantasy").
"Our guys lost" in it is the author's own side. My own articles; a wrong side fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source

CHANNEL = """\
---
title: "A Z-channel admits losses near Lyman"
publisher: "Test Observer"
published: 2026-02-12
---
A pro-Kremlin Telegram channel with half a million subscribers posted on Wednesday about the
fighting near Lyman; we translate the post below. Ukraine's Khortytsia group called it invented.

> Results of the week near Lyman. The enemy lost up to 150 militants and 4 armoured vehicles.
> We will not hide it: our guys lost 20 killed and 45 wounded. Two of our tanks were burned by
> drones near the river.
"""

STAFF = """\
---
title: "Kyiv's morning tally"
publisher: "Test Courier"
published: 2026-02-12
---
Ukraine's General Staff published its morning update on Telegram; the Kremlin, as usual,
dismissed it.

> Over the past day the occupiers lost 1,100 soldiers. Our defenders also destroyed 5 tanks and
> 12 artillery systems.
"""

# (article, value, subject, claimant)
ROWS = [
    pytest.param(CHANNEL, 150, "ukraine", "Russian military bloggers", id="channel: the enemy"),
    pytest.param(CHANNEL, 4, "ukraine", "Russian military bloggers", id="channel: enemy vehicles"),
    pytest.param(CHANNEL, 20, "russia", "Russian military bloggers", id="channel: our guys killed"),
    pytest.param(CHANNEL, 45, "russia", "Russian military bloggers", id="channel: our wounded"),
    pytest.param(CHANNEL, 2, "russia", "Russian military bloggers", id="channel: our tanks"),
    pytest.param(STAFF, 1100, "russia", "Ukraine's General Staff", id="staff: occupiers"),
    pytest.param(STAFF, 5, "russia", "Ukraine's General Staff", id="staff: tanks"),
    pytest.param(STAFF, 12, "russia", "Ukraine's General Staff", id="staff: artillery"),
]


@pytest.mark.parametrize(("article", "value", "subject", "claimant"), ROWS)
def test_a_quoted_post_speaks_for_its_author(
    tmp_path: Path, article: str, value: int, subject: str, claimant: str
) -> None:
    path = tmp_path / "a.md"
    path.write_text(article, encoding="utf-8")
    got = {
        (c.subject.value, c.claimant) for c in extract_claims(load_source(path)) if c.value == value
    }
    assert got == {(subject, claimant)}
