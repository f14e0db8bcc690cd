# ruff: noqa: E501
"""Lead's wave 14 rules (NOT blind: written after reading the thirteenth round's wrong sides, in
my own phrasings, three or more per rule). Whose losses: a side that denies another's claims
that "it had lost" N denies its own losses; "the commander said his unit had lost N" is the
speaker's own unit; "their losses" with both sides named before it in the clause is no side of its own;
people who fell defending a country served it; a Ukrainian or Russian unit that lost N with no
side named is the speaker's own; a side named right after a verb of pushing it back ("выбили
ВСУ") is the object, not the agent of the verb after it; "our" in one side's reported speech
("росіяни пишуть, що наші") is the narrator's, the reported side's enemy; "участников СВО" are
Russia's people, "учасників АТО" Ukraine's; a side right after a verb of telling ("розповів
українським слідчим") is the addressee, and a prisoner telling one side is of the other.

Questions (from the thirteenth round's confident wrong answers): soldiers "from Buryatia" came
from a place (no source, no other war), "military unit 31135" is a unit (no figure to check);
"our guys" are the asker's side when they say where they are ("I'm in Dnipro"), and "our" is
named, never guessed, when they do not; a statistic none of the figures is (a percentile, a
variance, a day-on-day change) is named, and no total, record or threshold check stands in for it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_lead_wave12 import check_side

from knowledge import ClaimStore, Intent, Subject, answer, open_or_build, parse_question

SIDES: list[tuple[str, str, int, str]] = [
    # a denial of "its" losses, whoever made the claim
    ("The Daily Ledger", "Kyiv denied Russian reports that it had lost 450 troops near Siversk.", 450, "ukraine"),
    ("The Daily Ledger", "Ukraine's military rejected Moscow's claims that it had lost 1,200 soldiers in a week.", 1200, "ukraine"),
    ("The Daily Ledger", "Russia's defence ministry dismissed Ukrainian claims that it had lost 30 tanks at Vuhledar.", 30, "russia"),
    ("The Daily Ledger", "Moscow denied allegations that they had lost 14 aircraft on the ground.", 14, "russia"),
    # the speaker's own unit
    ("The Daily Ledger", "A Ukrainian company commander said his unit had lost nine men since March.", 9, "ukraine"),
    ("The Daily Ledger", "The Russian platoon sergeant told reporters his platoon had lost 12 soldiers in one assault.", 12, "russia"),
    # "their losses" after both sides: never the last-named side by default
    # (no side of its own: the unattributed claim falls back to the claimant's enemy, Russia)
    ("The Daily Ledger", "Russian infantry kept attacking, and Ukrainian gunners said their losses topped 90 in three days.", 90, "russia"),
    # fell defending a country
    ("The Daily Ledger", "The village has buried 17 men who died defending Ukraine since the invasion.", 17, "ukraine"),
    ("The Daily Ledger", "The plaque honours 41 soldiers from the town who were killed defending Ukraine in 2023.", 41, "ukraine"),
    ("The Daily Ledger", "The district has lost 8 servicemen who fell defending Russia's borders, the governor said.", 8, "russia"),
    # a unit that lost N, no side named: the speaker's own
    ("Голос Полтавщини", "Батальйон утратив за місяць шістьох бійців загиблими, розповів його командир.", 6, "ukraine"),
    ("Голос Полтавщини", "Наша рота за два дні боїв втратила трьох бійців, кажуть побратими.", 3, "ukraine"),
    ("Вести Урала", "Полк потерял за неделю 14 военнослужащих погибшими, сообщил его командир.", 14, "russia"),
    # a side as the object of a verb that pushed it back
    ("Вести Урала", "Наши бойцы отбросили ВСУ от села, уничтожив до 20 военнослужащих.", 20, "ukraine"),
    ("Вести Урала", "Штурмовые группы выбили ВСУ из лесополосы, ликвидировав 12 военнослужащих.", 12, "ukraine"),
    ("Голос Полтавщини", "Наші десантники відкинули росіян від траси, знищивши 25 окупантів.", 25, "russia"),
    # "our" in one side's reported speech is the narrator's
    ("Голос Полтавщини", "Росіяни пишуть, що наші за добу втратили понад 700 бійців, але це брехня.", 700, "ukraine"),
    ("Вести Урала", "Украинцы пишут, что наши потеряли за неделю 3000 человек, но это ложь.", 3000, "russia"),
    ("Голос Полтавщини", "Окупанти хваляться, мовляв наші втратили 40 танків, що неправда.", 40, "ukraine"),
    # a side told something is the addressee; a prisoner telling one side is of the other
    ("Голос Полтавщини", "Полонений розповів українським слідчим, що його батальйон втратив за тиждень 40 бійців.", 40, "russia"),
    ("Вести Урала", "Военнопленный признался российским журналистам, что его бригада потеряла 60 человек.", 60, "ukraine"),
    ("Голос Полтавщини", "Командир розповів українським журналістам, що окупанти втратили 200 солдатів.", 200, "russia"),
    # a side named by a phrase, not a stem
    ("Вести Урала", "Помощь получили семьи 205 погибших участников СВО из района.", 205, "russia"),
    ("Вести Урала", "В городе открыли аллею памяти 57 погибших участников специальной военной операции.", 57, "russia"),
    ("Голос Полтавщини", "Громада вшанувала пам'ять 19 загиблих учасників АТО з району.", 19, "ukraine"),
]  # fmt: skip


@pytest.mark.parametrize(("publisher", "text", "value", "subject"), SIDES)
def test_side_of_a_figure(
    tmp_path: Path, publisher: str, text: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the expected side."""
    check_side(tmp_path, publisher, text, value, subject)


# -- questions: what restricts the answer is never read as something that does not --------------

TODAY = dt.date(2026, 12, 1)

# (question, the words reported, their kind): a place people came from, a unit by its number
RESTRICTIONS: list[tuple[str, str, str]] = [
    ("How many soldiers from Buryatia did Russia lose in 2024?", "Buryatia", "place"),
    ("russian troops from Dagestan killed in 2023", "Dagestan", "place"),
    ("how many men from Chechnya died in 2024 per kyiv", "Chechnya", "place"),
    ("Soldiers from Tuva lost in the war so far?", "Tuva", "place"),
    ("Losses of Russian military unit 31135 in summer 2025?", "military unit 31135", "unit"),
    ("unit no. 45678 losses last year", "unit no. 45678", "unit"),
    ("how many did military unit 12345 lose in march 2025", "military unit 12345", "unit"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "kind"), RESTRICTIONS)
def test_a_restriction_is_reported_and_constrains(text: str, words: str, kind: str) -> None:
    """The words are named as unread, of their kind, and no figure is given as the answer (a
    unit's number is no figure to check, a place people came from is no source)."""
    query = parse_question(text, today=TODAY)
    assert [(u.text, u.kind, u.constrains) for u in query.unread] == [(words, kind, True)]
    assert query.intent == Intent.losses


# (question, whose losses): "our" is the asker's side when they say where they are
FIRST_PERSON: list[tuple[str, str]] = [
    ("How many of our guys did we lose in 2025? I'm in Dnipro.", "ukraine"),
    ("we're based in Lviv: our losses in 2024?", "ukraine"),
    ("I'm in Moscow - how many of ours did Kyiv claim in January 2026?", "russia"),
    ("I live in Kazan, how many of our soldiers died last year?", "russia"),
    ("How many tanks did our guys knock out in August 2025? (writing from Kharkiv)", "russia"),
    ("I am in Yekaterinburg. How many drones did our forces shoot down in 2025?", "ukraine"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject"), FIRST_PERSON)
def test_our_side_from_where_the_asker_is(text: str, subject: str) -> None:
    """The asker's place says whose "our" is; both are read, nothing is left unread."""
    query = parse_question(text, today=TODAY)
    assert query.subject == Subject(subject)
    assert [u.text for u in query.unread if u.constrains] == []


@pytest.mark.parametrize(
    "text",
    ["our guys lost how many in march 2025?", "what are our losses in 2024",
     "did we lose many tanks in 2025?", "how many of ours died in the first year?"],
)  # fmt: skip
def test_our_side_unknown_is_named_not_guessed(text: str, store: ClaimStore) -> None:
    """With no word of where the asker is, "our" is named and no figure is the answer."""
    query = parse_question(text, today=TODAY)
    assert "own_side" in [u.kind for u in query.unread if u.constrains]
    reply = answer(text, store, today=TODAY)
    assert not reply.answered
    assert 'whose side "our" is' in reply.text.splitlines()[0]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> ClaimStore:
    """The default knowledge base (seeds and the daily series)."""
    root = Path(__file__).resolve().parents[1]
    return open_or_build(tmp_path_factory.mktemp("kb") / "knowledge.db", root / "seeds")


STATISTICS = [
    "what was the 90th percentile of daily russian losses in 2025?",
    "what were the quartiles of daily russian losses in 2025?",
    "Biggest day-on-day jump in Russian losses in 2025?",
    "what was the standard deviation of daily russian losses in 2024",
    "7-day rolling average of russian tank losses in march 2025",
    "variance of daily russian drone losses in 2025",
    "what was the modal daily russian tank loss in 2024?",
]


@pytest.mark.parametrize("text", STATISTICS)
def test_a_statistic_not_computed_is_named_not_replaced(text: str, store: ClaimStore) -> None:
    """A statistic no figure is (a percentile, a variance, a day-on-day change) is named in the first
    line, and no period total, record or threshold check is given as its answer."""
    reply = answer(text, store, today=TODAY)
    assert not reply.answered, reply.text
    assert "I do not compute that statistic" in reply.text.splitlines()[0]
