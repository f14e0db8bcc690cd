# ruff: noqa: E501
"""Lead's wave 13 rules (NOT blind: written after reading the twelfth round's wrong sides and
confident wrong answers, in my own phrasings). Periods: the span between two anniversaries of
the invasion, and the year up to or after one, are the war's years between them; the change
between two reports named by their dates is the fighting from the first report's date to the
day before the second's. Claimants: one set against an excluded claimant ("not Kyiv's figure,
Moscow's", "не цифра Києва, а Москви") is the claimant asked about; "its own side's" losses are
the claimant's side's. Whose losses: a side's garrison or defenders that lost N lost them; "your
army lost N" in a debate has no knowable side and is not stored; a Ukrainian unit's name in the
genitive after the figure ("37 воїнів тероборони") is whose; the side fought against ("у боях з
окупантами", "в боях с ВСУ"), before or after the figure, is the other side."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_lead_wave12 import check_side
from test_side_rows_wave9 import _article

from knowledge import ClaimStore, answer, open_or_build, parse_question

TODAY = dt.date(2026, 12, 1)

# -- periods -------------------------------------------------------------------------------------

PERIODS: list[tuple[str, str, str]] = [
    ("russian losses between the 2nd and 3rd anniversaries of the war", "2024-02-24", "2025-02-23"),
    ("tanks lost between the first and the third anniversary", "2023-02-24", "2025-02-23"),
    ("How many troops did Russia lose in the year leading up to the second anniversary?", "2023-02-24", "2024-02-23"),
    ("russian drones in the 12 months after the 3rd anniversary", "2025-02-24", "2026-02-23"),
    ("втрати ворога між першою і другою річницями", "2023-02-24", "2024-02-23"),
    ("потери между третьей и четвёртой годовщинами вторжения", "2025-02-24", "2026-02-23"),
    ("tank count change between the 3 and 10 June 2024 reports", "2024-06-03", "2024-06-09"),
    ("how much did the total grow between the reports of 1 and 15 may 2025", "2025-05-01", "2025-05-14"),
    ("personnel: from the 2 march 2025 report to the 9 march 2025 report", "2025-03-02", "2025-03-08"),
    ("the difference between the 1 april and 8 april 2025 updates for artillery", "2025-04-01", "2025-04-07"),
    ("Як змінилася кількість дронів між зведеннями 10 і 20 січня 2026?", "2026-01-10", "2026-01-19"),
    ("На сколько выросло число танков между сводками 5 и 12 февраля 2025?", "2025-02-05", "2025-02-11"),
    ("personnel growth from the 3 May 2025 report to the 10 May one", "2025-05-03", "2025-05-09"),
    # a stretch counted from a day the war names
    ("the 30 days ending with day 1500 of the war", "2026-03-05", "2026-04-03"),
    ("russian tanks in the week after the 2nd anniversary", "2024-02-25", "2024-03-02"),
    ("losses in the 10 days before the 3rd anniversary of the invasion", "2025-02-14", "2025-02-23"),
    ("the 2 weeks following the 500th day of the war", "2023-07-09", "2023-07-22"),
    ("the week ending with 9 march 2025", "2025-03-03", "2025-03-09"),
    # a plain range stays a range of days
    ("russian tanks between 1 and 8 march 2025", "2025-03-01", "2025-03-08"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "start", "end"), PERIODS)
def test_period_between_anniversaries_and_reports(text: str, start: str, end: str) -> None:
    """The period read, with a note saying how."""
    query = parse_question(text, today=TODAY)
    assert (str(query.period_start), str(query.period_end)) == (start, end)


def test_an_anniversary_word_left_unread_is_reported() -> None:
    """ "anniversaries" is a period word: left unread, it constrains the answer."""
    query = parse_question("russian losses around the anniversaries, roughly?", today=TODAY)
    assert not query.unread or any(u.constrains for u in query.unread if "anniversar" in u.text)


# -- claimants -----------------------------------------------------------------------------------

CLAIMANT_SIDE: list[tuple[str, str | None]] = [
    ("Not Kyiv's number, the Kremlin's: Russian losses in 2023?", "russia"),
    ("not the figure of kyiv but moscow: russian tank losses in 2024", "russia"),
    ("Moscow's figure, not Kyiv's: how many Ukrainian soldiers died in 2023?", "russia"),
    ("not the kremlin's numbers but kyiv's - russian losses in may 2025", "ukraine"),
    ("Не цифра Москви, а Києва: скільки втратила росія у 2024?", "ukraine"),
    ("Не данные Киева, а Москвы: потери в 2024?", "russia"),
    # no figure's noun and no possessive: the words are whose losses, not a claimant
    ("not ukraine but russia: how many tanks lost in 2024?", None),
]


@pytest.mark.parametrize(("text", "side"), CLAIMANT_SIDE)
def test_the_claimant_set_against_an_excluded_one(text: str, side: str | None) -> None:
    """The claimants read are all of the expected side (none when no claimant is named)."""
    from knowledge.lexicon.claimants import claimant_side

    query = parse_question(text, today=TODAY)
    sides = {claimant_side(c) for c in query.claimants}
    assert sides == ({side} if side else set()), (text, query.claimants)


@pytest.mark.parametrize(
    "text",
    [
        "What does the General Staff say about its own side's artillery losses in 2025?",
        "what has kyiv said of its own side's tank losses",
        "Zelensky on his own side's losses in 2024",
    ],
)
def test_own_sides_losses_are_the_claimants_side(text: str) -> None:
    """Whose losses: the Ukrainian claimant's own side."""
    assert parse_question(text, today=TODAY).subject.value == "ukraine"


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


def test_an_excluded_claimant_is_not_the_answer(store: ClaimStore) -> None:
    """Kyiv's figure is shown only as what others claim, after the missing Kremlin figure."""
    ans = answer(
        "Not Kyiv's figure, Moscow's: Russian personnel losses in 2024?", store, today=TODAY
    )
    first = ans.text.splitlines()[0].lower()
    assert "no figure" in first and "russian official" in first, ans.text


def test_the_change_between_two_reports(store: ClaimStore) -> None:
    """The report of 8 March minus that of 1 March: the fighting of 1 to 7 March."""
    ans = answer(
        "How far did the tank count move between the 1 and 8 March 2025 reports?",
        store,
        today=TODAY,
    )
    assert "1 March 2025 to 7 March 2025" in ans.text.splitlines()[0], ans.text
    assert ans.claims and ans.claims[0].value == 10268 - 10233


# -- whose losses --------------------------------------------------------------------------------

SIDES: list[tuple[str, str, int, str]] = [
    ("Wire (fixture)", "Pro-Kremlin bloggers said the Ukrainian garrison of Vuhledar had lost 420 men by then.", 420, "ukraine"),
    ("Wire (fixture)", "Moscow claimed that Ukrainian defenders near Kupiansk have lost 95 soldiers since Monday.", 95, "ukraine"),
    ("Wire (fixture)", "Kyiv said the Russian contingent in the village had lost 60 men.", 60, "russia"),
    ("Новини (fixture)", "Під Запоріжжям поховали 14 бійців тероборони, загиблих торік.", 14, "ukraine"),
    ("Новини (fixture)", "За тиждень у боях з окупантами загинули 8 захисників громади.", 8, "ukraine"),
    ("Новини (fixture)", "Загинули 6 військових у боях з російськими окупантами на Донеччині.", 6, "ukraine"),
    ("Вести (fixture)", "В боях с ВСУ погибли 11 военнослужащих из области, сообщил губернатор.", 11, "russia"),
    ("Вести (fixture)", "Погибли 7 бойцов в боях с украинскими войсками под Курском.", 7, "russia"),
    # a claimant's "own side's losses": the side it speaks for (a claimant read since the
    # merge of wave 13 made the default side the claimant's enemy)
    ("Wire (fixture)", "Moscow's ministry put its own side's losses in the raid at 45, against 600 Ukrainian troops.", 45, "russia"),
    ("Wire (fixture)", "Kyiv's general staff put its own side's losses at 1,100 for the week.", 1100, "ukraine"),
]  # fmt: skip


@pytest.mark.parametrize(("publisher", "text", "value", "subject"), SIDES)
def test_side_of_a_figure(
    tmp_path: Path, publisher: str, text: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the expected side."""
    check_side(tmp_path, publisher, text, value, subject)


@pytest.mark.parametrize(
    "text",
    [
        "MARSH: Your army lost 900 men near Robotyne last week, admit it.",
        "Your troops have lost at least 40 tanks there, the presenter insisted.",
    ],
)
def test_an_addressees_losses_get_no_side(tmp_path: Path, text: str) -> None:
    """ "your army lost N": whose side is not said, so nothing is stored (never a guess)."""
    claims = _article(tmp_path, "Debate (fixture)", text, "en")
    assert [c for c in claims if c.value in (900, 40)] == []


# -- a follow-up numbering another anniversary ---------------------------------------------------


@pytest.mark.parametrize(
    ("first", "then", "year"),
    [
        (
            "Russian tanks in the report on the second anniversary of the invasion?",
            "and on the third?",
            2025,
        ),
        ("russian artillery on the 3rd anniversary", "what about the first?", 2023),
        ("Втрати дронів на третю річницю вторгнення?", "а на четверту?", 2026),
    ],
)
def test_another_anniversary_by_its_number(
    store: ClaimStore, first: str, then: str, year: int
) -> None:
    """ "and on the third?" after an anniversary moves to that anniversary, a year per step."""
    from knowledge import Conversation

    conversation = Conversation()
    before = conversation.ask(first, store, today=TODAY).query
    after = conversation.ask(then, store, today=TODAY).query
    assert before is not None and after is not None
    assert before.period_start is not None and after.period_start is not None
    assert after.period_start.year == year, after
    assert (after.period_start.month, after.period_start.day) == (
        before.period_start.month,
        before.period_start.day,
    )
