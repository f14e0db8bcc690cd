# ruff: noqa: E501
"""Numbers next to losses that are not losses (knowledge/extract/nonfigures.py): my own
sentences, in the structures real coverage uses. The number must not be stored; the loss
figure in the same sentence still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source
from knowledge.extract.nonfigures import not_a_loss

# (sentence, number that is not a loss, a loss figure in it or None)
ROWS: list[tuple[str, int, int | None]] = [
    ("Kyiv lost 14 tanks this month and says it needs another 40 tanks from its allies.", 40, 14),
    ("The army has lost 3 air defence systems and has requested 6 air defence systems more.", 6, 3),
    (
        "Ukraine lost 120 armoured vehicles in the offensive, and is asking for 200 armoured vehicles.",
        200,
        120,
    ),
    ("Of the 5,200 dead soldiers identified, the youngest was 19 and the oldest 64.", 19, 5200),
    ("Of the 5,200 dead soldiers identified, the youngest was 19 and the oldest 64.", 64, 5200),
    ("The median age at death of the 2,100 soldiers killed in the region was 33.", 33, 2100),
    (
        "Russia, with a population of about 144 million, has lost 250,000 soldiers killed, the analysts said.",
        144_000_000,
        250_000,
    ),
    (
        "The ratio of Russian to Ukrainian soldiers killed is about 4:1, the report said, putting Russian dead at 120,000.",
        4,
        120_000,
    ),
    ("The 12-point plan was published after Russia lost 40 tanks near Vuhledar.", 12, 40),
    (
        "Soldiers from all 85 of Russia's regions are among the 90,000 dead named so far.",
        85,
        90_000,
    ),
    # forecasts: what is expected, not what was lost
    ("Analysts expect Russian casualties to pass 1.5 million by next summer.", 1_500_000, None),
    (
        "The think tank projects Russia's losses to exceed 1.2 million this year; it counts 980,000 killed and wounded so far.",
        1_200_000,
        980_000,
    ),
    (
        "At this pace Russian casualties could reach 1,400,000 by December, the report warned.",
        1_400_000,
        None,
    ),
    (
        "Western officials predict Russian losses will top 1.3 million before the talks, up from 1.1 million in spring.",
        1_300_000,
        None,
    ),
    (
        "If the offensive continues, Russia may lose 2,000 more tanks, the analyst forecast, on top of 3,900 lost so far.",
        2000,
        None,
    ),
    # prisoners freed or exchanged, bodies repatriated: none are losses
    (
        "Kyiv said 6,300 Ukrainians had been freed from Russian captivity since the war began.",
        6300,
        None,
    ),
    (
        "A total of 4,100 servicemen have now been released in swaps, the ombudsman said.",
        4100,
        None,
    ),
    (
        "In the latest repatriation Ukraine handed over 34 bodies and got back the remains of 900 of its soldiers.",
        900,
        None,
    ),
    (
        "Moscow returned 1,000 bodies of fallen Ukrainian soldiers and received 31 in exchange.",
        31,
        None,
    ),
    ("The bodies of 757 soldiers were repatriated to Ukraine on Friday.", 757, None),
]


@pytest.mark.parametrize(("sentence", "number", "figure"), ROWS)
def test_number_is_not_stored_as_a_loss(
    tmp_path: Path, sentence: str, number: int, figure: int | None
) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        f"---\npublisher: Reuters\npublished: 2025-02-10\n---\n{sentence}\n", encoding="utf-8"
    )
    values = {c.value for c in extract_claims(load_source(path))}
    assert number not in values
    if figure is not None:
        assert figure in values


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine's losses are lower but, relative to its population, severe: between 300,000 and 350,000.",
        "Russia, whose population is shrinking, has lost 400,000 soldiers.",
        "The regiment lost 60 men in the assault on the village.",
    ],
)
def test_a_loss_next_to_these_words_is_kept(sentence: str) -> None:
    """The rows look at the words right around the number, not anywhere in the sentence."""
    for start in range(len(sentence)):
        if sentence[start].isdigit() and (start == 0 or not sentence[start - 1].isdigit()):
            end = start
            while end < len(sentence) and (sentence[end].isdigit() or sentence[end] == ","):
                end += 1
            assert not_a_loss(sentence, start, end.__index__()) is None, sentence[start:end]


# Numbers written in words with a decimal point ("one point four million"): one number, never
# its last words alone ("four million").
SPELLED_DECIMALS: list[tuple[str, int]] = [
    (
        "By Kyiv's count, more than one point four million Russian soldiers have been killed or wounded.",
        1_400_000,
    ),
    (
        "Russia has lost some two point one million troops killed or wounded, the op-ed claims.",
        2_100_000,
    ),
    ("Ukraine's General Staff puts Russian casualties at one point zero five million.", 1_050_000),
    (
        "Officials in Kyiv say nearly zero point nine million Russian soldiers were killed or wounded.",
        900_000,
    ),
    ("Russian losses have passed one point two five million, the army said.", 1_250_000),
]


@pytest.mark.parametrize(("sentence", "value"), SPELLED_DECIMALS)
def test_a_spelled_decimal_is_one_number(tmp_path: Path, sentence: str, value: int) -> None:
    path = tmp_path / "a.md"
    path.write_text(
        f"---\npublisher: Reuters\npublished: 2025-02-10\n---\n{sentence}\n", encoding="utf-8"
    )
    values = {c.value for c in extract_claims(load_source(path))}
    assert values == {value}
