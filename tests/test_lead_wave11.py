# ruff: noqa: E501
"""Lead's wave 11 rules (NOT blind: written after reading the tenth round's wrong sides and
confident wrong answers, in my own phrasings). Whose losses: a sentence written in Ukrainian
speaks for Ukraine when nothing else names the speaker ("наша бригада втратила"); the enemy in
the zone of one of Russia's groups of forces is the Russian MoD's, so Ukraine; the side that
counted ("украинские военные насчитали") is the claimant, so what it counted is the other
side's, and "за три месяца" before it is a span of time, not a figure the side belongs to; a
figure's own participle and noun ("241 уничтоженный танк") are no second figure of one. English
extraction: a decimal share ("a fall of 6.2%") is never stored as its whole part, and the
second number of a ratio ("3 in 10 wounded return") is no figure. A request for the answer's form
("just the number", "as a list", "in one line", "and say whose count it is") is read
(lexicon/formats.py), never unread nor a question about the sources. A mark passed "in" a period
("tanks passed 10,000 in February 2025, correct?") that the running total had not reached at
the period's start, and that the period's own figure could not reach, is the running total's:
the report that first reached it and whether it lies inside the period. Questions: a rate
per kilometre of front, and one part of the troops ("infantry"), are reported and never answered
with the national count; kinds of loss asked apart ("killed and wounded separately") are not
answered with the combined figure; "top" before a total is a threshold, not a record day; "what
did the daily report say ... on D" names the report of D."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_qen_wave6 import ask, head
from test_side_rows_wave9 import _article

from knowledge import ClaimStore, Figure, open_or_build, parse_question

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


SIDES: list[tuple[str, str, int, str]] = [
    ("Вісті району (fixture)", "Наш батальйон за минулий місяць втратив сімох бійців, сказав комбат.", 7, "ukraine"),
    ("Вісті району (fixture)", "За тиждень наша рота втратила 4 бійців загиблими.", 4, "ukraine"),
    ("Вісті району (fixture)", "Наші хлопці за добу знищили 12 окупантів.", 12, "russia"),
    ("Вісті району (fixture)", "Ворог за добу втратив 640 осіб, повідомили у бригаді.", 640, "russia"),
    ("Регион сегодня (fixture)", "В зоне ответственности группировки «Восток» противник потерял до 210 военнослужащих.", 210, "ukraine"),
    ("Регион сегодня (fixture)", "Противник в полосе группировки войск «Запад» лишился до 35 человек.", 35, "ukraine"),
    ("Регион сегодня (fixture)", "Группировка «Центр» за неделю потеряла под Покровском 900 человек, пишут аналитики.", 900, "russia"),
    # the side that counted is the claimant, and a span of time before it is no figure
    ("Вести (fixture)", "За две недели украинские военные насчитали 64 уничтоженных танка.", 64, "russia"),
    ("Новини (fixture)", "За три місяці українські військові нарахували 58 знищених танків.", 58, "russia"),
    ("Канал (fixture)", "Российские военные за неделю насчитали 37 уничтоженных бронемашин.", 37, "ukraine"),
    ("Канал (fixture)", "У хохлов за сутки насчитали 96 двухсотых.", 96, "ukraine"),
]  # fmt: skip


@pytest.mark.parametrize(("publisher", "text", "value", "subject"), SIDES)
def test_side_of_a_figure_by_the_sentences_own_voice(
    tmp_path: Path, publisher: str, text: str, value: int, subject: str
) -> None:
    """The figure is stored, and only with the expected side."""
    language = "uk" if any(ch in text for ch in "іїєґ") else "ru"
    claims = _article(tmp_path, publisher, text, language)
    sides = {c.subject.value for c in claims if c.value == value}
    assert sides == {subject}, (text, [(c.value, c.subject.value) for c in claims])


NOT_ANSWERED = [
    ("russian losses per km of front in 2024", "per km of front"),
    (
        "how many russian soldiers per kilometre of frontline did russia lose in 2025",
        "per kilometre of frontline",
    ),
    ("russian tank losses per square kilometre in 2024", "per square kilometre"),
    ("russian infantry losses in 2024", "infantry"),
    ("how many russian infantrymen died in march 2025", "infantrymen"),
    ("russian killed and wounded in 2024, separately please", "separately"),
    ("russian dead and injured in 2023 as two separate figures", "separate"),
]


@pytest.mark.parametrize(("question", "word"), NOT_ANSWERED)
def test_what_no_figure_counts_is_reported_not_answered(
    store: ClaimStore, question: str, word: str
) -> None:
    """The words are named as unread first, and no figure is presented as the answer."""
    ans = ask(store, question, TODAY)
    assert word in head(ans, 2)
    assert not ans.answered


def test_infantry_fighting_vehicles_stay_vehicles(store: ClaimStore) -> None:
    """The equipment name keeps its reading: armoured vehicles, answered from the tally."""
    ans = ask(store, "how many infantry fighting vehicles did russia lose in 2025", TODAY)
    assert ans.answered and "3,806" in head(ans, 3)


def test_killed_and_wounded_together_are_still_answered(store: ClaimStore) -> None:
    """Without a word asking them apart, two kinds read as the combined figure."""
    ans = ask(store, "russian killed and wounded in 2023", TODAY)
    assert ans.answered and "253,290" in head(ans, 3)


@pytest.mark.xfail(
    strict=True,
    reason="kinds stored apart are now answered each (tests/test_kinds_apart.py), but no seed article stores the 3,825 wounded beside the 1,351 killed (an extraction gap)",
)
def test_kinds_apart_are_answered_when_stored_apart(store: ClaimStore) -> None:
    """The claimant's separate figures answer "separately"."""
    ans = ask(store, "russian killed and wounded separately according to the kremlin", TODAY)
    assert "1,351" in ans.text and "3,825" in ans.text


@pytest.mark.parametrize(
    "question",
    [
        "did russian losses in 2024 top 400,000",
        "russian personnel: did 2025 top 400k?",
        "have russian tank losses topped 10,000 yet",
    ],
)
def test_top_before_a_total_is_no_record(question: str) -> None:
    """ "top N" passes a total; it never asks for the highest day."""
    assert parse_question(question, TODAY).figure != Figure.record


@pytest.mark.parametrize(
    "question", ["top 5 days for russian tank losses in 2024", "top day for russian losses in 2024"]
)
def test_top_days_are_still_records(question: str) -> None:
    """ "top 5 days" and "top day" rank days."""
    assert parse_question(question, TODAY).figure == Figure.record


@pytest.mark.parametrize(
    "question",
    [
        "what did the daily report say for artillery on 14 March 2025",
        "what did the morning update show for russian troops on 14 March 2025",
        "what does the report list for russian personnel on 14 march 2025",
    ],
)
def test_what_a_report_said_on_a_day_is_that_days_report(question: str) -> None:
    """The report dated 14 March 2025 covers the fighting of the 13th."""
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (dt.date(2025, 3, 13),) * 2


def test_a_figures_own_singular_noun_is_no_second_figure(tmp_path: Path) -> None:
    """ "241 уничтоженный танк" stores 241 tanks only, while a lone "танк" in a list is one."""
    claims = _article(
        tmp_path, "Вести (fixture)", "Насчитали 241 уничтоженный танк и 12 орудий.", "ru"
    )
    assert sorted(c.value for c in claims) == [12, 241]
    listed = _article(
        tmp_path, "Вести (fixture)", "Уничтожено до 260 человек, танк и 4 орудия.", "ru"
    )
    assert sorted(c.value for c in listed) == [1, 4, 260]


NO_FIGURE_BUT: list[tuple[str, list[int]]] = [
    # a decimal share is never the whole part of it
    ("Russia lost 9,400 troops last week, a drop of 4.8% on the week before, Kyiv said.", [9400]),
    (
        "Ukraine's General Staff reported 12,020 drones downed in the week, up 7.25 per cent.",
        [12020],
    ),
    ("The General Staff said Russian tank losses fell 12.5% to 84 in the week.", [84]),
    # the second number of a ratio is no figure
    ("Analysts estimate that about 4 in 10 wounded Russian soldiers return to combat.", []),
    (
        "Roughly 1 out of 3 Russian soldiers killed in the assault were recruits, the General Staff said.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "values"), NO_FIGURE_BUT)
def test_shares_and_ratios_store_no_figure(tmp_path: Path, text: str, values: list[int]) -> None:
    """Only the counts are stored, never a percentage's whole part or a ratio's numbers."""
    claims = _article(tmp_path, "Wire (fixture)", text)
    assert sorted(c.value for c in claims) == values


FORMATS: list[tuple[str, str]] = [
    ("russian tank losses in april 2025, just the number", "russian tank losses in april 2025"),
    (
        "russian artillery losses in june 2024 - figure only please",
        "russian artillery losses in june 2024",
    ),
    (
        "russian personnel losses in may 2025 in a single sentence",
        "russian personnel losses in may 2025",
    ),
    ("russian drone losses in 2024, for a tweet", "russian drone losses in 2024"),
    ("russian tanks in march 2025 as bullet points", "russian tanks in march 2025"),
    ("russian losses in 2024, keep it short", "russian losses in 2024"),
    ("russian tank losses in 2024 - and say whose count it is", "russian tank losses in 2024"),
    ("russian artillery in q2 2025, tell me for which period", "russian artillery in q2 2025"),
]


@pytest.mark.parametrize(("question", "plain"), FORMATS)
def test_an_answer_format_changes_nothing_read(
    store: ClaimStore, question: str, plain: str
) -> None:
    """A request for the answer's form is read: the same figures as the plain question."""
    asked, bare = ask(store, question, TODAY), ask(store, plain, TODAY)
    assert asked.answered and bare.answered
    assert head(asked, 3) == head(bare, 3)


def test_working_days_only_is_no_answer_format() -> None:
    """ "working days only" constrains the period: never read as a form of the answer."""
    query = parse_question("russian losses in july 2025, working days only", TODAY)
    assert any("working" in u.text for u in query.unread)


PASSED_WITHIN: list[tuple[str, str, str]] = [
    (
        "my source says russian tank losses passed 10,000 in february 2025 - right?",
        "10 February 2025",
        "So yes",
    ),
    ("did the russian personnel count cross 1 million in june 2025?", "12 June 2025", "So yes"),
    ("did russian losses top one million in may 2025?", "12 June 2025", "So no"),
    ("russian tanks went over 10k in january 2025, true?", "10 February 2025", "So no"),
]


@pytest.mark.parametrize(("question", "day", "verdict"), PASSED_WITHIN)
def test_a_mark_passed_within_a_period_is_the_running_totals(
    store: ClaimStore, question: str, day: str, verdict: str
) -> None:
    """A mark above the running total at the period's start is a milestone: the report that
    first reached it, and whether that lies inside the period (never "10,000 matches neither")."""
    ans = ask(store, question, TODAY)
    assert day.lower() in head(ans, 2) and verdict in ans.text
    assert "matches neither" not in ans.text


def test_a_mark_the_periods_own_figure_reaches_stays_that_figures(store: ClaimStore) -> None:
    """ "more than 400,000 in 2024": 2024's own 430,790 is compared, not the running total's
    crossing of 400,000 in February."""
    ans = ask(store, "did russian losses exceed 400,000 in 2024?", TODAY)
    assert "first reached" not in ans.text
