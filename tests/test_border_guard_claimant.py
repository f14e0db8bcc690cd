"""Ukraine's State Border Guard Service is its own claimant (issue 13): a figure it gives is not
the General Staff's, however the writer names it."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge import Source
from knowledge.extract import extract_claims

SENTENCES = [
    "Border guards shot down 12 Russian drones over the Chernihiv region, the State Border "
    "Guard Service said on Monday.",
    "According to the State Border Guard Service of Ukraine, 12 Russian drones were downed "
    "near the border overnight.",
    "Ukraine's border guards said they had destroyed 12 Russian drones overnight.",
    "The Ukrainian Border Guard Service reported that its units shot down 12 Russian drones.",
    "Spokesman Andriy Demchenko said border units had downed 12 Russian drones over Sumy.",
    "Ukrainian border guards destroyed 12 Russian drones overnight, the DPSU said.",
    "The General Staff reported 1,100 Russian losses, while the State Border Guard Service "
    "said its units downed 12 Russian drones on the Sumy border.",
    "Ukraine's State Border Guard Service says its mobile fire groups shot down 12 Russian "
    "drones in the past week.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_border_guard_figure_is_credited_to_it(sentence: str) -> None:
    """The drones figure is credited to the border guard, against Russia."""
    source = Source(id="bg", text=sentence, published=dt.date(2026, 5, 14), publisher="Wire")
    drones = [c for c in extract_claims(source) if c.value == 12]
    assert drones, [(c.value, c.claimant) for c in extract_claims(source)]
    assert drones[0].claimant == "Ukraine's State Border Guard Service"
    assert drones[0].subject.value == "russia"
