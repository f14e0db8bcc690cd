"""The question's vocabulary (issue 12, requirements 1 and 4): chat shorthand and slang for the
kinds of loss and the sides, who destroys and who loses, who claims, and the words that name
something the figures are not broken down by (a model, a unit, a place, a part of the troops),
which are reported and never answered with a figure that does not fit them.

Phrasings are our own, modelled on how readers write in forums and comment threads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import answer, open_or_build, parse_question
from knowledge.lexicon.claimants import claimant_side
from knowledge.models import Intent, Metric, PersonnelKind, Subject
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _constraining(text: str) -> list[str]:
    return [u.text for u in parse_question(text, TODAY).unread if u.constrains]


# -- slang and shorthand for a kind of loss: read, nothing constraining left ----------------

SLANG: list[tuple[str, Metric]] = [
    # the other side's soldiers, as readers call them
    ("how many russkies got wrecked in june 2025", Metric.personnel),
    ("ruskies killed last week", Metric.personnel),
    ("rashists liquidated in 2024", Metric.personnel),
    ("how many ruzzians were eliminated in may 2024", Metric.personnel),
    ("orcs liquidated yesterday", Metric.personnel),
    ("how many occupiers were neutralised in march 2025", Metric.personnel),
    # helicopters
    ("how many RU helis were downed in 2022", Metric.helicopters),
    ("russian helos shot down in 2023", Metric.helicopters),
    ("choppers lost by russia in 2024", Metric.helicopters),
    ("rotary-wing losses for russia in 2022", Metric.helicopters),
    ("how many copters has russia lost", Metric.helicopters),
    # artillery
    ("arty losses for russia in october 2023", Metric.artillery),
    ("russian tubes destroyed last month", Metric.artillery),
    ("how many big guns did russia lose in 2024", Metric.artillery),
    ("russian howitzers hit in may 2024", Metric.artillery),
    ("artillery guns russia lost in 2023", Metric.artillery),
    # special equipment, quoted or not: never all equipment
    ("why did russian 'special equipment' go down on 30 nov 2024", Metric.special_equipment),
    ("russian special equipment lost in 2024", Metric.special_equipment),
    ("how much 'special equipment' has russia lost", Metric.special_equipment),
    ("russian 'special equipment' in march 2025", Metric.special_equipment),
    ("special equipment units destroyed in 2025", Metric.special_equipment),
    # aircraft and drones
    ("how many ru jets were downed in 2022", Metric.aircraft),
    ("russian fast jets lost in 2023", Metric.aircraft),
    ("fixed wing losses for russia in 2024", Metric.aircraft),
    ("how many russian fighter jets were lost in 2023", Metric.aircraft),
    ("how many russian quadcopters were downed in 2025", Metric.drones),
    ("how many vatniks died in 2024", Metric.personnel),
    ("how many ivans died in 2024", Metric.personnel),
    ("how many russian subs lost", Metric.submarines),
    ("russian helicopter gunships lost", Metric.helicopters),
    # taken prisoner: people, with the kind of loss read
    ("how many russian soldiers surrendered", Metric.personnel),
    ("how many russians were taken prisoner in 2024", Metric.personnel),
    ("ukrainian captives held by russia", Metric.personnel),
    ("how many ukrainian soldiers were captured", Metric.personnel),
    ("russian POWs in 2023", Metric.personnel),
]


@pytest.mark.parametrize(("text", "metric"), SLANG)
def test_slang_for_a_kind_of_loss_is_read(text: str, metric: Metric) -> None:
    query = parse_question(text, TODAY)
    assert query.intent == Intent.losses
    assert query.metrics == [metric]
    assert _constraining(text) == []


# -- sides in shorthand, and who destroys whom ------------------------------------------------

SIDES: list[tuple[str, Subject]] = [
    # Ukraine's losses in shorthand
    ("ukr losses yesterday", Subject.ukraine),
    ("UA soldiers killed in 2024", Subject.ukraine),
    ("how many ZSU troops died in 2023", Subject.ukraine),
    ("AFU casualties last month", Subject.ukraine),
    ("ua tank losses in 2024", Subject.ukraine),
    ("how many UAF soldiers died in march 2024", Subject.ukraine),
    # Russia's losses in shorthand
    ("ru losses on 5 may 2024", Subject.russia),
    ("rus tank losses last week", Subject.russia),
    ("RF losses in 2024", Subject.russia),
    ("ruzzian personnel losses in 2023", Subject.russia),
    ("RU drones lost in 2025", Subject.russia),
    # Ukraine destroys: the losses are Russia's
    ("how many russians did UA take out in march 2025", Subject.russia),
    ("how many tanks did the ZSU knock out in 2024", Subject.russia),
    ("how many orcs did ukraine wreck last month", Subject.russia),
    ("russian soldiers taken out by the AFU in 2023", Subject.russia),
    ("how many russian jets did ukraine shoot down in 2022", Subject.russia),
    ("how many tanks has ukraine smoked this year", Subject.russia),
    # Russia destroys: the losses are Ukraine's
    ("how many ukrainians did russia claim to have killed in feb 2023", Subject.ukraine),
    ("how many ukrainian soldiers does moscow say it killed in 2024", Subject.ukraine),
    ("how many UA tanks did the russian MoD claim to have destroyed", Subject.ukraine),
    ("how many ukrainians has russia killed per the kremlin", Subject.ukraine),
    ("how many ukrainians did russia take out in 2024", Subject.ukraine),
    ("ukrainian soldiers russia claims it killed in 2024", Subject.ukraine),
    # what a side admits or acknowledges is its own loss
    ("how many soldiers did ukraine admit losing", Subject.ukraine),
    ("kyiv acknowledged how many dead", Subject.ukraine),
    ("what does russia admit about its losses", Subject.russia),
    ("how many troops has moscow conceded", Subject.russia),
    ("how many soldiers has kyiv admitted to losing in 2024", Subject.ukraine),
]


@pytest.mark.parametrize(("text", "subject"), SIDES)
def test_the_side_whose_losses_are_asked(text: str, subject: Subject) -> None:
    query = parse_question(text, TODAY)
    assert query.subject == subject
    assert _constraining(text) == []


# -- who claims ------------------------------------------------------------------------------

CLAIMANTS: list[tuple[str, Subject, str, str | None]] = [
    # (question, whose losses, claimant side, the named claimant if one is named)
    ("how many UA soldiers have died in total acc. to zelensky", Subject.ukraine, "ukraine",
     "Ukraine's President"),
    ("russian losses acc to kyiv", Subject.russia, "ukraine", None),
    ("russian losses as per kyiv in 2024", Subject.russia, "ukraine", None),
    ("how many russians died per kyiv as of april 2022", Subject.russia, "ukraine", None),
    ("ukrainian troops killed according to the russian mod", Subject.ukraine, "russia",
     "Russia's Ministry of Defence"),
    ("what does the russian MoD say about its OWN losses", Subject.russia, "russia",
     "Russia's Ministry of Defence"),
    ("russia's own losses according to moscow", Subject.russia, "russia", None),
    ("how many soldiers has ukraine lost per kyiv's own figures", Subject.ukraine, "ukraine",
     None),
    ("what does zelensky say about ukraine's own losses", Subject.ukraine, "ukraine",
     "Ukraine's President"),
    ("how many ukrainians did russia claim to have killed in feb 2023", Subject.ukraine,
     "russia", None),
    ("ua losses accdg to the kremlin", Subject.ukraine, "russia", "the Kremlin"),
    ("the General Staff of the ZSU on russian losses", Subject.russia, "ukraine",
     "Ukraine's General Staff"),
    ("per the russian general staff how many ukrainians died", Subject.ukraine, "russia",
     "Russia's Ministry of Defence"),
    ("RU GS claims on ukrainian tank losses", Subject.ukraine, "russia",
     "Russia's Ministry of Defence"),
    ("UA GS numbers for may 2025", Subject.russia, "ukraine", "Ukraine's General Staff"),
    ("MoD RF figures on ukrainian losses", Subject.ukraine, "russia",
     "Russia's Ministry of Defence"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "side", "name"), CLAIMANTS)
def test_the_claimant_and_whose_losses(
    text: str, subject: Subject, side: str, name: str | None
) -> None:
    query = parse_question(text, TODAY)
    assert query.subject == subject
    assert query.claimant_side == side
    if name is not None:
        assert query.claimant == name


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("ukrainian KIA per western estimates", {"uk", "us", "western"}),
        ("russian losses according to western intelligence", {"uk", "us", "western"}),
        ("what do allied governments say about russian losses", {"uk", "us", "western"}),
        ("independent estimates of russian deaths", {"independent"}),
        ("what do osint trackers say about russian tank losses", {"independent"}),
    ],
)
def test_a_group_of_claimants_takes_in_each_of_its_sides(text: str, sides: set[str]) -> None:
    """Never one side's figure for "western estimates": every claimant of those sides, and
    only them."""
    query = parse_question(text, TODAY)
    assert query.claimants
    assert {claimant_side(name) for name in query.claimants} == sides


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("IISS estimate of russian tank losses", "IISS"),
        ("what does the SBU say about russian losses", "SBU"),
        ("WSJ estimate of ukrainian dead", "WSJ"),
        ("russian losses per RUSI", "RUSI"),
        ("CNN figures on russian deaths", "CNN"),
    ],
)
def test_an_unknown_acronym_that_claims_is_a_source_said_first(text: str, name: str) -> None:
    """Never a claimant silently dropped: a name the figures are not chosen by is said."""
    spans = [(u.text, u.kind) for u in parse_question(text, TODAY).unread]
    assert (name, "source") in spans


@pytest.mark.parametrize(
    "text",
    [
        "russian losses according to the kyiv independent",
        "what does the kyiv post say about ukrainian deaths",
        "ukrainian losses per the kyiv independent in 2024",
        "the independent on russian deaths",
        "russian losses per the kyiv post",
    ],
)
def test_an_outlet_name_is_not_read_as_a_side(text: str) -> None:
    """ "Kyiv" in "the Kyiv Independent" is the outlet's name, not Ukraine's claim."""
    query = parse_question(text, TODAY)
    assert query.claimants == [] and query.claimant_side is None


@pytest.mark.parametrize(
    "text", ["russian losses per the guardian", "tanks acc to politico", "dead as per forbes"]
)
def test_a_lower_case_source_after_per_is_said_first(text: str) -> None:
    assert any(u.kind == "source" for u in parse_question(text, TODAY).unread)


@pytest.mark.parametrize(
    "text", ["whats the GS tally of russian losses", "russian losses per GS", "GS numbers today"]
)
def test_gs_is_the_general_staff(text: str) -> None:
    assert parse_question(text, TODAY).claimant == "Ukraine's General Staff"


# -- words the figures are not broken down by: reported, constraining ------------------------

UNREAD: list[tuple[str, str, str]] = [
    # (question, the span reported, its kind)
    # parts of the troops, in slang
    ("how many mobiks died in 2023", "mobiks", "subset"),
    ("mobiks killed last year", "mobiks", "subset"),
    ("storm-z losses in 2023", "storm-z", "subset"),
    ("kadyrovites killed in 2022", "kadyrovites", "subset"),
    ("how many contract soldiers died in 2024", "contract", "subset"),
    ("how many zeks has russia lost", "zeks", "subset"),
    # models by name and by letters and digits
    ("leopards lost by ukraine", "leopards", "model"),
    ("how many abrams has ukraine lost", "abrams", "model"),
    ("bradleys destroyed in 2023", "bradleys", "model"),
    ("himars destroyed by russia", "himars", "model"),
    ("how many lancets were shot down in 2024", "lancets", "model"),
    ("how many F-16s has ukraine lost", "F-16s", "model"),
    ("su-34s downed in 2024", "su-34s", "model"),
    ("M777 howitzers destroyed in 2024", "M777", "model"),
    ("how many t-72b3 tanks did russia lose", "t-72b3", "model"),
    ("russian 2s19 losses in 2024", "2s19", "model"),
    # units
    ("tanks knocked out by the 47th brigade in 2024", "47th brigade", "unit"),
    ("how many btgs has russia lost", "btgs", "unit"),
    ("36th marine brigade casualties", "36th marine brigade", "unit"),
    ("how many soldiers did the 155th regiment lose", "155th regiment", "unit"),
    ("russian losses per BTG in 2022", "BTG", "unit"),
    ("russian losses broken down by unit", "unit", "unit"),
    ("tank losses for each formation in 2024", "formation", "unit"),
    # places
    ("ru losses on the zaporizhzhia direction last month", "zaporizhzhia direction", "place"),
    ("russian losses on the pokrovsk axis in 2024", "pokrovsk axis", "place"),
    ("losses near staromaiorske", "staromaiorske", "place"),
    ("tanks lost on the southern front", "southern front", "place"),
    ("losses on the kupiansk sector in june 2025", "kupiansk sector", "place"),
    ("russian casualties around vovchansk", "vovchansk", "place"),
    ("russian losses in the south in 2023", "south", "place"),
    ("how many russians died in the north-east in 2024", "north-east", "place"),
    ("russian losses in eastern ukraine", "eastern", "place"),
    ("how many russian tanks were lost in the east?", "east", "place"),
    ("russian losses in the south-east last month", "south-east", "place"),
    # a named operation is an event, not a period
    ("russian bombers destroyed in operation spiderweb", "operation spiderweb", "period"),
    ("ukrainian losses in operation interflex", "operation interflex", "period"),
    # kinds of equipment no figure counts apart
    # (ground robots are counted apart since May 2026: tests/test_question_words_r3.py)
    ("russian satellites destroyed since may", "satellites", "category"),
    ("how many fpv drones did russia lose", "fpv", "category"),
    ("ballistic missiles shot down in 2024", "ballistic", "category"),
    ("how many fpvs has russia lost", "fpvs", "category"),
    ("russian radars destroyed in 2024", "radars", "category"),
    ("russian EW systems destroyed in 2024", "EW systems", "category"),
    (
        "how many electronic warfare stations did russia lose",
        "electronic warfare stations",
        "category",
    ),
    # one kind of loss of equipment: every stored equipment figure counts them all together
    ("how many russian tanks were captured", "captured", "loss_kind"),
    ("russian tanks destroyed vs damaged", "damaged", "loss_kind"),
    ("abandoned russian armour in 2022", "abandoned", "loss_kind"),
    ("how many ukrainian tanks did russia seize as trophies", "trophies", "loss_kind"),
    ("russian artillery captured by ukraine in 2022", "captured", "loss_kind"),
    # both sides at once: the figures are one side's losses at a time
    ("total casualties on both sides", "both sides", "side"),
    ("combined losses of both armies", "both armies", "side"),
    ("how many soldiers have died on each side", "each side", "side"),
    ("losses of both countries in 2024", "both countries", "side"),
    ("how many tanks has each side lost", "each side", "side"),
    # waters
    ("black sea fleet losses", "black sea fleet", "unit"),
    ("russian ships sunk in the sea of azov", "sea of azov", "place"),
]


@pytest.mark.parametrize(("text", "span", "kind"), UNREAD)
def test_a_word_the_figures_are_not_broken_down_by_is_reported(
    text: str, span: str, kind: str
) -> None:
    spans = {(u.text, u.kind) for u in parse_question(text, TODAY).unread if u.constrains}
    assert (span, kind) in spans


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("leopards lost by ukraine", Metric.tanks),
        ("how many abrams has ukraine lost", Metric.tanks),
        ("bradleys destroyed in 2023", Metric.armored_vehicles),
        ("himars destroyed by russia", Metric.mlrs),
        ("how many F-16s has ukraine lost", Metric.aircraft),
        ("how many lancets were shot down in 2024", Metric.drones),
    ],
)
def test_a_named_model_still_says_its_kind_of_loss(text: str, metric: Metric) -> None:
    assert parse_question(text, TODAY).metrics == [metric]


# -- a bare total ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["how many russian soldiers surrendered", "how many russians were taken prisoner in 2024",
     "ukrainian captives held by russia", "russian POWs in 2023", "how many ukrainians captured"],
)  # fmt: skip
def test_taken_prisoner_is_read_as_the_captured(text: str) -> None:
    assert parse_question(text, TODAY).personnel_kind == PersonnelKind.captured


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("russian 200s in 2024", PersonnelKind.killed),
        ("russian cargo 200 in 2023", PersonnelKind.killed),
        ("how many russians were killed outright in 2024", PersonnelKind.killed),
        ("how many russian soldiers perished in 2024", PersonnelKind.killed),
        ("gruz 200 for the russians last month", PersonnelKind.killed),
        ("how many 300s did russia have in 2024", PersonnelKind.wounded),
        ("how many russian soldiers were maimed", PersonnelKind.wounded),
        ("russian cargo 300 in may 2024", PersonnelKind.wounded),
        ("russian three hundreds in 2023", PersonnelKind.wounded),
        ("russian WIAs last week", PersonnelKind.wounded),
    ],
)
def test_soldiers_words_for_the_dead_and_the_wounded(text: str, kind: PersonnelKind) -> None:
    """Never the killed-and-wounded count for a question about the dead or the wounded."""
    query = parse_question(text, TODAY)
    assert query.metrics == [Metric.personnel]
    assert query.personnel_kind == kind
    assert _constraining(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "have russian losses fallen since october 2024",
        "did russian tank losses fall in 2025",
        "russian sub-total for may 2024",
        "has the number of russian casualties fallen",
        "did it hurt russian artillery in 2024",
    ],
)
def test_ordinary_words_are_not_a_kind_of_loss(text: str) -> None:
    """ "Fallen" and "hurt" are everyday verbs too: never a question about the dead alone."""
    query = parse_question(text, TODAY)
    assert query.personnel_kind in (None, PersonnelKind.casualties)
    assert Metric.submarines not in query.metrics


@pytest.mark.parametrize(
    "text", ["latest total?", "latest tally", "current total", "total so far?", "the latest count"]
)
def test_a_bare_total_is_the_personnel_total(text: str) -> None:
    """The README's default: a question that names no kind of loss is about personnel."""
    query = parse_question(text, TODAY)
    assert query.intent == Intent.losses
    assert query.metrics == [Metric.personnel]


# -- answers: never a figure that does not fit -----------------------------------------------


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> ClaimStore:
    return open_or_build(tmp_path_factory.mktemp("vocab-kb") / "knowledge.db", SEEDS)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("how many mobiks died in 2023", "mobiks"),
        ("leopards lost by ukraine", "leopards"),
        ("russian radars destroyed since may", "radars"),
        ("ru losses on the zaporizhzhia direction last month", "zaporizhzhia direction"),
        ("how many F-16s has ukraine lost", "F-16s"),
    ],
)
def test_an_unread_constraint_is_named_first_and_answered_with_no_figure(
    text: str, named: str, seeds_store: ClaimStore
) -> None:
    result = answer(text, seeds_store, today=TODAY)
    assert named in "\n".join(result.text.splitlines()[:3])
    assert not result.answered
    assert result.claims == []


def test_a_claimant_with_no_figure_is_named_first(seeds_store: ClaimStore) -> None:
    result = answer(
        "how many ukrainians did russia claim to have killed in feb 2023",
        seeds_store,
        today=dt.date(2024, 6, 7),
    )
    head = "\n".join(result.text.splitlines()[:3]).lower()
    assert not result.answered
    assert "russia" in head
    assert "1,030" not in result.text and "133,190" not in result.text


# Chat shorthand for days and spans is read as the word it stands for (knowledge/lexicon/slang.py
# TIME_SHORTHAND): (question, first day, last day), asked on 30 November 2026.
TIME_SHORTHAND_ROWS: list[tuple[str, dt.date, dt.date]] = [
    ("orc losses yday?", dt.date(2026, 11, 29), dt.date(2026, 11, 29)),
    ("tanks lost yest", dt.date(2026, 11, 29), dt.date(2026, 11, 29)),
    ("how many russians ystrdy", dt.date(2026, 11, 29), dt.date(2026, 11, 29)),
    ("russian losses 2day", dt.date(2026, 11, 30), dt.date(2026, 11, 30)),
    ("ru losses last mnth", dt.date(2026, 10, 1), dt.date(2026, 10, 31)),
    ("tanks in the past 3 wks", dt.date(2026, 11, 9), dt.date(2026, 11, 29)),
]


@pytest.mark.parametrize(("question", "start", "end"), TIME_SHORTHAND_ROWS)
def test_chat_shorthand_for_days_is_read(question: str, start: dt.date, end: dt.date) -> None:
    query = parse_question(question, dt.date(2026, 11, 30))
    assert (query.period_start, query.period_end) == (start, end)
    assert not [span for span in query.unread if span.constrains]
