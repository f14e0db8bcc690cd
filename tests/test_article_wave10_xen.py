"""Wave 10, English articles (issue 13): gaps that several blind rounds share, each tested with
our own phrasings: people a warring state lost are its soldiers, soldiers who surrendered are
prisoners, the Russian MoD's "tanks and other armoured combat vehicles" is one armoured count."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import Claim, extract_claims, load_source


def _claims(tmp_path: Path, body: str) -> list[Claim]:
    """The claims of one article written to a file with front matter."""
    path = tmp_path / "a.md"
    path.write_text(
        f"---\ntitle: Test page\npublisher: Test Desk\npublished: 2026-05-20\n---\n{body}\n",
        encoding="utf-8",
    )
    return extract_claims(load_source(path))


def _found(claims: list[Claim]) -> set[tuple[int, str, str]]:
    return {(c.value, c.metric.value, c.subject.value) for c in claims}


STATE_LOST_PEOPLE = [
    ("It said Russia lost 980 people over the past day.", (980, "personnel", "russia")),
    (
        "The General Staff said Russia has lost another 1,240 people in the past 24 hours.",
        (1240, "personnel", "russia"),
    ),
    (
        "Ukraine lost more than 2,000 people near Avdiivka, the Russian defence ministry claimed.",
        (2000, "personnel", "ukraine"),
    ),
    (
        "Zelensky said Moscow is losing about 1,000 people a day at the front.",
        (1000, "personnel", "russia"),
    ),
    (
        "Russia, he said, lost 35,000 people killed and wounded in January alone.",
        (35000, "personnel", "russia"),
    ),
    (
        "Kyiv lost 5,000 people in a week near Pokrovsk, the Russian ministry said.",
        (5000, "personnel", "ukraine"),
    ),
]


@pytest.mark.parametrize(("body", "figure"), STATE_LOST_PEOPLE)
def test_people_a_warring_state_lost_are_its_soldiers(
    tmp_path: Path, body: str, figure: tuple[int, str, str]
) -> None:
    assert figure in _found(_claims(tmp_path, body))


@pytest.mark.parametrize(
    "body",
    [
        "The city of Kharkiv lost 12 people in the overnight strike, the mayor said.",
        "Ukraine lost 14 people, including three children, in the missile strike on Dnipro.",
        "The village lost 40 people to the flood in 2023.",
    ],
)
def test_people_a_town_or_civilians_lost_are_no_soldiers(tmp_path: Path, body: str) -> None:
    assert not _claims(tmp_path, body)


SURRENDERED = [
    "Russia's defence ministry said 38 Ukrainian soldiers had surrendered during the week.",
    "Twelve Ukrainian servicemen laid down their arms near Kupiansk, the ministry said.",
    "Ukraine's General Staff said 17 Russian soldiers have surrendered since Monday.",
    "The ministry said 21 Ukrainian troops laid down arms in the Kursk region.",
]


@pytest.mark.parametrize("body", SURRENDERED)
def test_soldiers_who_surrendered_are_counted_as_captured(tmp_path: Path, body: str) -> None:
    claims = [c for c in _claims(tmp_path, body) if c.metric.value == "personnel"]
    assert claims and all(
        c.personnel_kind is not None and c.personnel_kind.value == "captured" for c in claims
    )


def test_a_town_that_surrendered_is_no_figure(tmp_path: Path) -> None:
    assert not _claims(tmp_path, "The garrison of the town had surrendered in 2022.")


@pytest.mark.parametrize(
    "body",
    [
        "Moscow says 24,880 Ukrainian tanks and other armoured combat vehicles were destroyed.",
        "Russia's MoD says Ukraine has lost 19,300 tanks and other armored combat vehicles.",
    ],
)
def test_the_mod_combined_armour_category_is_armoured_vehicles(tmp_path: Path, body: str) -> None:
    metrics = {c.metric.value for c in _claims(tmp_path, body) if c.value in (24880, 19300)}
    assert metrics == {"armored_vehicles"}


@pytest.mark.parametrize(
    "body",
    [
        "Russian losses over the past day, per Ukraine's General Staff:\n\n"
        "Personnel ........ 1,470\nTanks ........ 4\nDrones ........... 1,838",
        "Russian losses over the past day, per Ukraine's General Staff:\n\n"
        "Personnel …… 1,470\nTanks …… 4\nDrones …… 1,838",
        "Russian losses over the past day, per Ukraine's General Staff:\n\n"
        "PERSONNEL up to 1,470\nTANKS 4\nDRONES 1,838",
    ],
)
def test_a_losses_list_with_dot_leaders_or_bare_spaces_is_read(tmp_path: Path, body: str) -> None:
    found = _found(_claims(tmp_path, body))
    assert {
        (1470, "personnel", "russia"),
        (4, "tanks", "russia"),
        (1838, "drones", "russia"),
    } <= found


@pytest.mark.parametrize(
    ("body", "figure"),
    [
        (
            "Ukraine's General Staff said Russia lost 1,190 personnel over the past day. "
            "Total personnel now 1,452,880.",
            (1452880, "personnel", "russia"),
        ),
        (
            "The General Staff said Russia lost 14 tanks in a day. Its total tank count is now "
            "12,251.",
            (12251, "tanks", "russia"),
        ),
        (
            "The General Staff said Russia lost 1,190 soldiers on Monday; the overall figure now "
            "stands at 1,452,880.",
            (1452880, "personnel", "russia"),
        ),
        (
            "The General Staff said Russia lost 1,190 soldiers on Monday. The total now: "
            "1,452,880 since February 2022.",
            (1452880, "personnel", "russia"),
        ),
    ],
)
def test_a_total_given_with_now_restates_the_report_before(
    tmp_path: Path, body: str, figure: tuple[int, str, str]
) -> None:
    assert figure in _found(_claims(tmp_path, body))
