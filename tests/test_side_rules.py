# ruff: noqa: E501
"""Whose losses, from who did the damage, whose unit it was, who is speaking and which list
section a line is in (knowledge/extract/sides.py). My own sentences, in the structures real
outlets use; none is taken from the blind or holdout fixtures. Zero tolerance: a figure is
either stored with the expected side or, where the row says so, not stored at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import extract_claims, load_source
from knowledge.extract.sides import SPEAKERS, pronoun_speakers, section_sides
from knowledge.lexicon.claimants import CLAIMANT_BY_NAME

# (publisher, sentence, value, expected subject)
ROWS: list[tuple[str, str, int, str]] = [
    # the agent of the damage, right before the figure: its enemy lost them
    (
        "TASS",
        "Russian artillery crews destroyed three armoured vehicles near Orikhiv, the ministry said.",
        3,
        "ukraine",
    ),
    (
        "Ukrainska Pravda",
        "Ukrainian drone units destroyed 14 tanks in the Pokrovsk sector over the week.",
        14,
        "russia",
    ),
    (
        "Reuters",
        "Moscow acknowledged that a Ukrainian missile strike killed 63 servicemen at a school used as barracks.",
        63,
        "russia",
    ),
    (
        "Kyiv Independent",
        "The Ukrainian army said Russian glide bombs killed 11 soldiers at a training site.",
        11,
        "ukraine",
    ),
    (
        "RIA Novosti",
        "Russia's Defence Ministry said its troops eliminated up to 300 servicemen near Kupiansk.",
        300,
        "ukraine",
    ),
    (
        "Kyiv Independent",
        "Kyiv said its forces shot down 5 Su-34 aircraft in a single week.",
        5,
        "russia",
    ),
    (
        "TASS",
        "Russian drone crews destroyed 4 Leopard tanks that Kyiv had received from Germany, the ministry said.",
        4,
        "ukraine",
    ),
    (
        "Izvestia",
        "Russian gunners destroyed two Abrams tanks that the Ukrainians had repaired after an earlier strike.",
        2,
        "ukraine",
    ),
    (
        "Reuters",
        "Ukraine's military said Russian drones destroyed 3 of its tanks that it had captured from Russian units in 2022.",
        3,
        "ukraine",
    ),
    (
        "Kyiv Independent",
        "Ukrainian defenders destroyed 9 tanks and 14 armoured vehicles near Avdiivka, the General Staff said.",
        9,
        "russia",
    ),
    (
        "Kyiv Independent",
        "Ukrainian defenders destroyed 9 tanks and 14 armoured vehicles near Avdiivka, the General Staff said.",
        14,
        "russia",
    ),
    (
        "TASS",
        "Units of the Vostok battlegroup destroyed 2 tanks and killed up to 140 servicemen, the ministry said.",
        140,
        "ukraine",
    ),
    # the agent is an object, or part of a name: no agent row applies
    (
        "Kyiv Independent",
        "The Freedom of Russia Legion said it had killed 25 Russian soldiers and destroyed three armoured vehicles.",
        3,
        "russia",
    ),
    (
        "Reuters",
        "Ukrainian troops killed 200 Russian soldiers near Robotyne, a brigade spokesman said.",
        200,
        "russia",
    ),
    (
        "BBC",
        "Russian soldiers killed in the battle numbered about 2,000, British intelligence said.",
        2000,
        "russia",
    ),
    (
        "TASS",
        "Russian air defence systems shot down 18 Ukrainian drones over Belgorod region overnight.",
        18,
        "ukraine",
    ),
    # killed when / in / by an attack of one side: the other side's losses
    (
        "Meduza",
        "The Russian Defence Ministry admitted that 17 soldiers were killed in a Ukrainian drone attack on a convoy.",
        17,
        "russia",
    ),
    (
        "Suspilne",
        "Ukraine's army said 9 soldiers were wounded when a Russian missile hit a training field in Dnipropetrovsk region.",
        9,
        "ukraine",
    ),
    (
        "Reuters",
        "Kyiv confirmed that 6 servicemen died after a Russian strike on an awards ceremony.",
        6,
        "ukraine",
    ),
    (
        "RBC",
        "The Kremlin said 12 servicemen were killed by a Ukrainian rocket barrage on Belgorod.",
        12,
        "russia",
    ),
    (
        "TASS",
        "The ministry said 35 servicemen were killed when a Ukrainian HIMARS strike hit their base.",
        35,
        "russia",
    ),
    (
        "Ukrinform",
        "The General Staff said 21 soldiers were injured during a Russian air strike on the brigade's position.",
        21,
        "ukraine",
    ),
    # the unit the losses belong to
    (
        "Hromadske",
        "A Russian drone strike killed 7 soldiers of Ukraine's 47th mechanised brigade, the unit said.",
        7,
        "ukraine",
    ),
    (
        "Kyiv Independent",
        "Ukrainian forces said they had killed 30 fighters of Russia's 810th marine brigade near Krynky.",
        30,
        "russia",
    ),
    (
        "TASS",
        "The ministry said 120 troops from the Ukrainian 3rd assault brigade were killed near Avdiivka.",
        120,
        "ukraine",
    ),
    (
        "BBC",
        "Ukraine's 35th marine brigade lost 40 men in the river crossing, a commander told the BBC.",
        40,
        "ukraine",
    ),
    (
        "Kyiv Independent",
        "Russia's 155th naval infantry brigade lost 70 troops near Vuhledar, Ukrainian officials said.",
        70,
        "russia",
    ),
    (
        "Reuters",
        "Russian officials said 15 soldiers of the Russian 76th airborne division were killed near Kursk.",
        15,
        "russia",
    ),
    (
        "Izvestia",
        "The ministry said 44 servicemen of the Ukrainian National Guard were killed in the Kharkiv direction.",
        44,
        "ukraine",
    ),
    # rows of the older rule that must still hold next to the new ones
    (
        "Reuters",
        "The Ukrainian General Staff said Russian forces had lost 1,250 troops over the past day.",
        1250,
        "russia",
    ),
    (
        "Ukrinform",
        "Kyiv's 3rd assault brigade destroyed 9 Russian tanks near Bakhmut.",
        9,
        "russia",
    ),
    (
        "TASS",
        "Wagner fighters destroyed 6 Ukrainian tanks near Soledar, the group said.",
        6,
        "ukraine",
    ),
    (
        "Reuters",
        "Russia has lost about 3,000 tanks since the invasion began, Britain's defence ministry said.",
        3000,
        "russia",
    ),
]

# Sentences where no rule can tell whose losses these are: nothing, or only the named side.
NOT_WRONG: list[tuple[str, str, int, str]] = [
    (
        "TASS",
        "Russian troops killed: 1,500 over the week, the Ukrainian general staff reported.",
        1500,
        "ukraine",
    ),
    ("Reuters", "Russian shelling killed 4 civilians in Kherson, the governor said.", 4, "russia"),
    (
        "RIA Novosti",
        "The Ukrainian side said the Russian attack killed 14 soldiers at the base.",
        14,
        "russia",
    ),
]


def _claims(tmp_path: Path, publisher: str, text: str) -> list[object]:
    path = tmp_path / "a.md"
    path.write_text(f"---\npublisher: {publisher}\npublished: 2025-03-10\n---\n{text}\n",
                    encoding="utf-8")  # fmt: skip
    return list(extract_claims(load_source(path)))


@pytest.mark.parametrize(("publisher", "sentence", "value", "subject"), ROWS)
def test_side_from_agent_unit_or_attack(
    tmp_path: Path, publisher: str, sentence: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the expected side."""
    sides = {str(c.subject) for c in _claims(tmp_path, publisher, sentence) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}


@pytest.mark.parametrize(("publisher", "sentence", "value", "wrong"), NOT_WRONG)
def test_no_guess_on_the_wrong_side(
    tmp_path: Path, publisher: str, sentence: str, value: int, wrong: str
) -> None:
    """Where the words do not say, the figure is not stored as the side it is not."""
    sides = {str(c.subject) for c in _claims(tmp_path, publisher, sentence) if c.value == value}  # type: ignore[attr-defined]
    assert wrong not in sides


LIST_ARTICLE = """Equipment losses confirmed by photographs and video, as of 1 March.

Ukraine - 6,040, of which: destroyed: 4,100

Tanks (1,100, of which destroyed: 700, captured: 150)
Artillery (410, of which destroyed: 260)

Russia - 19,300, of which: destroyed: 14,900

Tanks (3,900, of which destroyed: 2,800, captured: 540)

The list is updated when new footage appears; 120 entries were added this month.
"""


@pytest.mark.parametrize(
    ("value", "subject"),
    [
        (1100, "ukraine"),
        (700, "ukraine"),
        (150, "ukraine"),
        (3900, "russia"),
        (2800, "russia"),
        (540, "russia"),
    ],
)
def test_list_lines_take_their_section_side(tmp_path: Path, value: int, subject: str) -> None:
    """A line that names no side is the side of the heading of its section."""
    sides = {str(c.subject) for c in _claims(tmp_path, "Oryx", LIST_ARTICLE) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}


def test_sections_open_at_a_side_heading_and_close_at_prose() -> None:
    """Section sides, line by line."""
    lines = ["Intro text about the list.", "Russia - 10, of which: destroyed: 5", "Tanks (4, of which destroyed: 2)",
             "Ukraine: 7", "Tanks (3, of which destroyed: 1)", "This month we added many entries."]  # fmt: skip
    assert section_sides(lines) == [None, "russia", "russia", "ukraine", "ukraine", None]


SPEAKER_ARTICLES: list[tuple[str, int, str]] = [
    (
        'President Zelensky visited troops near Zaporizhzhia on Monday.\n\n"We have lost 31,000 soldiers in this war," he said.',
        31000,
        "ukraine",
    ),
    (
        'Vladimir Putin met his security council on Friday.\n\n"The enemy has lost more than 500 tanks in this offensive alone," he said.',
        500,
        "ukraine",
    ),
    (
        'Zelensky spoke to reporters in Kyiv.\n\n"Around 35,000 of our soldiers have died," he said. "More than 100,000 have been wounded."',
        100000,
        "ukraine",
    ),
]


@pytest.mark.parametrize(("text", "value", "subject"), SPEAKER_ARTICLES)
def test_our_losses_by_a_person_quoted_with_he_said(
    tmp_path: Path, text: str, value: int, subject: str
) -> None:
    """ "Our" / "we" / "the enemy" in a quote attributed with a pronoun is the side of the
    person named last before it, not of a claimant named later in the article."""
    text += "\n\nThe Russian defence ministry's own figures were not published."
    sides = {str(c.subject) for c in _claims(tmp_path, "Euronews", text) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}


def test_pronoun_speakers_follow_the_person_named_last() -> None:
    texts = [
        "Zelensky met Putin's envoy.",
        "Putin was absent.",
        '"We lost 10," he said.',
        '"And 20 more."',
        "Later, prose.",
    ]
    assert pronoun_speakers(texts) == [None, None, "the Kremlin", "the Kremlin", None]
    # a claimant named after the person (at 10 in sentence 1) is the "he" instead
    assert pronoun_speakers(texts, [-1, 10, -1, -1, -1])[2] is None


def test_speaker_rows_name_known_claimants() -> None:
    assert all(name in CLAIMANT_BY_NAME for _, name in SPEAKERS)


CARRY_ARTICLE = """Around 200 North Korean soldiers were killed in January, Seoul's spy agency said on Tuesday.

The agency added that it had interviewed officials who defected last year.

That is up from the agency's December estimate of at least 90 killed."""


def test_a_figure_naming_no_side_continues_the_figures_two_sentences_before(tmp_path: Path) -> None:
    """Rule 4 reaches over one sentence that gave no figure, rather than guessing the
    claimant's enemy."""
    claims = _claims(tmp_path, "Reuters", CARRY_ARTICLE)
    assert {str(c.subject) for c in claims if c.value == 90} <= {"other"}  # type: ignore[attr-defined]
    assert {str(c.subject) for c in claims if c.value == 200} == {"other"}  # type: ignore[attr-defined]


# A speaker who says "we" or "our unit", named by side after the quote; a pronoun inside a
# denied claim ("X denied Y's claim that N of its soldiers ...": its = X's); the agent named in a
# relative clause after the figure ("the N tanks Moscow said it destroyed").
SPEAKER_AND_CLAUSE_ROWS: list[tuple[str, str, int, str]] = [
    (
        "Meduza",
        '"We lost 14 men in that assault," a Russian platoon commander told a local newspaper.',
        14,
        "russia",
    ),
    (
        "Reuters",
        '"We have lost about 40 soldiers since spring," said a Russian volunteer fighter near Toretsk.',
        40,
        "russia",
    ),
    (
        "BBC",
        '"Our battalion lost nine soldiers in two days," a Ukrainian sergeant told reporters in Kramatorsk.',
        9,
        "ukraine",
    ),
    (
        "AP",
        '"In October our regiment lost 27 killed," the Russian officer said, adding that Ukrainian losses were far higher.',
        27,
        "russia",
    ),
    (
        "Kyiv Post",
        '"This week our company lost six men," a Ukrainian drone operator wrote on Telegram.',
        6,
        "ukraine",
    ),
    (
        "AFP",
        "Kyiv rejected Russian claims that 500 of its troops died in the assault on the bridgehead.",
        500,
        "ukraine",
    ),
    (
        "Reuters",
        "The Ukrainian General Staff dismissed Moscow's assertion that 40 of its tanks had been destroyed.",
        40,
        "ukraine",
    ),
    (
        "TASS",
        "Russia's defence ministry denied Ukrainian reports that 200 of its soldiers were killed in the strike.",
        200,
        "russia",
    ),
    (
        "Meduza",
        "Moscow disputed Kyiv's claim that 1,000 of its servicemen had been taken prisoner.",
        1000,
        "russia",
    ),
    (
        "Euronews",
        "Ukraine's army refuted the Kremlin's statement that 120 of its fighters were killed near Siversk.",
        120,
        "ukraine",
    ),
    (
        "OSINT Weekly",
        "A Ukrainian-operated Russian tank was among the 5 tanks that Moscow said it destroyed on Friday.",
        5,
        "ukraine",
    ),
    (
        "Reuters",
        "The list includes the 12 drones Russian air defences said they shot down overnight over Kursk.",
        12,
        "ukraine",
    ),
    (
        "Kyiv Independent",
        "Captured Ukrainian vehicles were among the 40 armoured vehicles Ukrainian forces claim to have destroyed.",
        40,
        "russia",
    ),
    ("BBC", "Analysts doubted the 7 helicopters that Kyiv says it downed this month.", 7, "russia"),
    (
        "TASS",
        "Photos showed some of the 9 tanks the Russian ministry claimed it had destroyed near Pokrovsk.",
        9,
        "ukraine",
    ),
]


# North Korea's own losses, by name: a third party, never Russia's.
THIRD_PARTY_ROWS: list[tuple[str, str, int, str]] = [
    (
        "Reuters",
        "We estimate North Korea has suffered around 4,800 casualties in the Kursk region since December.",
        4800,
        "other",
    ),
    (
        "BBC",
        "Pyongyang has lost about 1,100 soldiers killed, according to South Korean lawmakers.",
        1100,
        "other",
    ),
    ("AP", "North Korea's losses stand at roughly 3,000, Seoul's spy agency said.", 3000, "other"),
    (
        "CNN",
        "Ukraine says North Korean forces lost 600 men in a week of assaults near Sudzha.",
        600,
        "other",
    ),
    (
        "Kyiv Independent",
        "Pyongyang's casualties in Kursk have risen to 2,700, Ukrainian intelligence said.",
        2700,
        "other",
    ),
]


@pytest.mark.parametrize(
    ("publisher", "sentence", "value", "subject"), SPEAKER_AND_CLAUSE_ROWS + THIRD_PARTY_ROWS
)
def test_side_from_the_speaker_the_denier_or_the_agent_after(
    tmp_path: Path, publisher: str, sentence: str, value: int, subject: str
) -> None:
    """Never the other side (a third party is neither); stored with the expected side."""
    sides = {str(c.subject) for c in _claims(tmp_path, publisher, sentence) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}


# Written by the lead after the fourth blind round's whose-losses table found nine wrong sides
# (not blind: the classes come from it; the sentences are my own). Each class in both
# directions:
# - "X lost N of their soldiers": "their" is the loser named right before, not the claimant;
# - the second side of a pair given by ellipsis ("Russia lost N and Ukraine some M");
# - "the enemy" with the speaker named only as "the Russian ministry";
# - a speaker named by side and quoted as saying "his unit lost";
# - "N of its own" against the other side's figure, when the speaker's side is unknown;
# - a speaker named with a possessive ("Kyiv's commander there said ... his own men");
# - a numbered unit as the loser with a claimant of unknown side: not stored at all.
LOSER_BEFORE_POSSESSIVE_ROWS: list[tuple[str, str, int, str]] = [
    (
        "Kyiv Post",
        "The invaders lost another 900 of their troops overnight, Kyiv said.",
        900,
        "russia",
    ),
    (
        "Ukrinform",
        "Russian forces have lost 40 of their tanks near Avdiivka, the Ukrainian army said.",
        40,
        "russia",
    ),
    (
        "TASS",
        "Ukraine's army has lost 12 of its tanks in a week, the Russian defence ministry said.",
        12,
        "ukraine",
    ),
    (
        "Kyiv Independent",
        "Kyiv said 50 of its soldiers were killed in the strike on the training ground.",
        50,
        "ukraine",
    ),
    (
        "Reuters",
        "Russia has lost 600,000 troops and Ukraine roughly 300,000, a Western official said.",
        300000,
        "ukraine",
    ),
    (
        "Reuters",
        "Russia has lost 600,000 troops and Ukraine roughly 300,000, a Western official said.",
        600000,
        "russia",
    ),
    (
        "AP",
        "Ukraine has suffered some 250,000 casualties and Russia nearly 700,000, the report says.",
        700000,
        "russia",
    ),
    (
        "AP",
        "Ukraine has suffered some 250,000 casualties and Russia nearly 700,000, the report says.",
        250000,
        "ukraine",
    ),
    (
        "Politico",
        "Washington believes Moscow has suffered 500,000 casualties and Kyiv about 280,000.",
        280000,
        "ukraine",
    ),
    (
        "Politico",
        "Officials estimate Kyiv has lost 60,000 killed while Moscow some 150,000.",
        150000,
        "russia",
    ),
    (
        "Volga Daily",
        "The enemy lost up to 45 servicemen and a Bradley, the Russian ministry said.",
        45,
        "ukraine",
    ),
    (
        "Volga Daily",
        "The enemy lost 80 troops near Kupiansk, the Ukrainian ministry said.",
        80,
        "russia",
    ),
    (
        "Monitor",
        "A Ukrainian blogger quoted a captured Russian soldier as saying his regiment had lost 200 men.",
        200,
        "russia",
    ),
    (
        "Monitor",
        "A Russian war correspondent cited a Ukrainian prisoner as saying his company lost 30 men in a day.",
        30,
        "ukraine",
    ),
    (
        "Monitor",
        "A Russian POW told interrogators that his platoon had lost 11 men before he surrendered.",
        11,
        "russia",
    ),
    (
        "Volga Daily",
        "The ministry said Kyiv's dead outnumbered Russia's, citing 4,000 AFU dead against 400 of its own.",
        400,
        "russia",
    ),
    (
        "Northern Post",
        "The statement put Russian dead at 3,000 against fewer than 300 of its own.",
        300,
        "ukraine",
    ),
    (
        "Ledger",
        "Russia's losses near Vuhledar passed 9,000, Kyiv's commander there said, against fewer than 700 of his own men.",
        700,
        "ukraine",
    ),
    (
        "Ledger",
        "Ukraine's losses near Robotyne passed 5,000, Moscow's commander there said, against some 600 of his own men.",
        600,
        "russia",
    ),
]

NO_SIDE_ROWS: list[tuple[str, str, int]] = [
    ("Ledger", "The ministry claimed the 47th Brigade had lost 310 soldiers in a week.", 310),
    ("Ledger", "A statement said the 155th Brigade has lost 1,700 men since it arrived.", 1700),
    ("Ledger", "The 20th Army had lost 2,500 troops by March, according to the statement.", 2500),
]


@pytest.mark.parametrize(
    ("publisher", "sentence", "value", "subject"), LOSER_BEFORE_POSSESSIVE_ROWS
)
def test_possessives_ellipses_and_quoted_units(
    tmp_path: Path, publisher: str, sentence: str, value: int, subject: str
) -> None:
    """Stored, and only with the side the sentence gives."""
    sides = {str(c.subject) for c in _claims(tmp_path, publisher, sentence) if c.value == value}  # type: ignore[attr-defined]
    assert sides == {subject}


@pytest.mark.parametrize(("publisher", "sentence", "value"), NO_SIDE_ROWS)
def test_a_numbered_unit_of_no_named_side_is_not_guessed(
    tmp_path: Path, publisher: str, sentence: str, value: int
) -> None:
    """A unit named without its side, from a claimant whose side is unknown: not stored."""
    assert not [c for c in _claims(tmp_path, publisher, sentence) if c.value == value]  # type: ignore[attr-defined]
