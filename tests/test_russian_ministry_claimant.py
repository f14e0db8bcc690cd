"""The Russian ministry named by its nation alone is Russia's Ministry of Defence (issue 13):
a bare "The Russian ministry claimed" after a General Staff sentence is not the General Staff."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import Source
from knowledge.extract import extract_claims

_GS = "Ukraine's General Staff said Russia lost 1,120 soldiers over the past day. "
SENTENCES = [
    "The Russian ministry claimed Ukraine lost 1,300 troops on the same day.",
    "Russia's ministry, for its part, said 1,300 Ukrainian soldiers were killed.",
    "The ministry in Moscow said Ukraine lost 1,300 servicemen.",
    "Moscow's ministry put Ukrainian losses at 1,300 for the day.",
    "According to the Russian ministry, Ukraine lost 1,300 troops.",
    "The Russian ministry's figure for Ukrainian losses was 1,300.",
    "In its own report the Russian ministry said Ukraine had lost 1,300 soldiers.",
    "Ukraine lost up to 1,300 servicemen, the Russian ministry claimed.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_russian_ministry_is_the_mod(sentence: str) -> None:
    """The 1,300 is Ukraine's loss, credited to Russia's Ministry of Defence."""
    source = Source(id="rm", text=_GS + sentence, published=dt.date(2026, 5, 14))
    found = [c for c in extract_claims(source) if c.value == 1300]
    assert found, [(c.value, c.claimant) for c in extract_claims(source)]
    assert found[0].claimant == "Russia's Ministry of Defence"
    assert found[0].subject.value == "ukraine"


DIGESTS = [
    "## Monday, 11 May\nThe General Staff's report: 1,210 troops.\n\n## Tuesday, 12 May\n"
    "1,150 troops. The Russian ministry claimed 1,300 Ukrainian losses.\n\n"
    "## Wednesday, 13 May\n1,090 troops.\n",
    "## 11 May\nKyiv's General Staff listed 1,210 Russian troops.\n\n## 12 May\n1,150 troops. "
    "Moscow's ministry put Ukrainian losses at 1,300.\n\n## 13 May\nAnother 1,090 troops.\n",
]


@pytest.mark.parametrize("text", DIGESTS)
def test_digest_line_after_the_other_sides_aside(text: str) -> None:
    """A dated digest's bare line after the other side's aside stays its reporter's series."""
    source = Source(
        id="dg", text=text, published=dt.date(2026, 5, 14), publisher="D", title="Losses digest"
    )
    by_value = {c.value: c for c in extract_claims(source)}
    assert by_value[1090].claimant == "Ukraine's General Staff"
    assert by_value[1090].subject.value == "russia"
    assert by_value[1300].subject.value == "ukraine"
