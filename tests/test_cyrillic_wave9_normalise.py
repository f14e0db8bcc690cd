"""The wave-9 normalising pass for Ukrainian and Russian questions (issues 12 and 15), on
phrasings of our own: a greeting and a clause in which the asker says who they are read as
context; closed-class words (particles, pronouns, hedges) the lemma rows never listed read as
carrying nothing; and knowledge/dates.py's notes said in the answer's language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import answer, open_or_build
from knowledge.answering.checking import quoted_figures
from knowledge.dates import feast_notes
from knowledge.lexicon.cyrillic_fillers import KEYBOARD_LAYOUTS
from knowledge.models import Metric, Subject
from knowledge.questions.cyrillic import from_layout, has_cyrillic
from knowledge.questions.parse import parse_question
from knowledge.wording import date_note, in_language

TODAY = dt.date(2026, 11, 30)
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
NOV = (dt.date(2024, 11, 1), dt.date(2024, 11, 30))

# Each asks Russia's personnel (or tanks) losses in November 2024, wrapped in what an asker
# writes around a question: greetings, who they are, why they ask, hedges.
WRAPPED = [
    (
        "Доброго ранку! Я журналіст обласного радіо. Скільки особового складу втратила росія "
        "у листопаді 2024?",
        Metric.personnel,
    ),
    (
        "Привіт, готую сюжет для телеканалу, підкажіть скільки танків втратила росія у "
        "листопаді 2024",
        Metric.tanks,
    ),
    (
        "Шановні колеги, пишемо статтю для студентського журналу — які втрати росії за "
        "листопад 2024?",
        Metric.personnel,
    ),
    (
        "добрий вечір пишу допис для фейсбуку скільки танків втратила росія в листопаді 2024",
        Metric.tanks,
    ),
    (
        "Добрый вечер! Работаю в районной газете, сколько танков потеряла россия в ноябре 2024?",
        Metric.tanks,
    ),
    (
        "Здрасьте. Мы из студенческого издания, подскажите, пожалуйста: потери россии в "
        "ноябре 2024?",
        Metric.personnel,
    ),
    (
        "Привет! Готовлю материал для блога — сколько личного состава потеряла россия в "
        "ноябре 2024",
        Metric.personnel,
    ),
    (
        "Уважаемые коллеги, я аналитик небольшого фонда, сколько танков россия потеряла в "
        "ноябре 2024?",
        Metric.tanks,
    ),
    ("Скільки ж танків, цікаво, втратила росія у листопаді 2024, мабуть, чимало?", Metric.tanks),
    ("Сколько же всё-таки танков россия потеряла в ноябре 2024, наверное, немало?", Metric.tanks),
]


@pytest.mark.parametrize(("question", "metric"), WRAPPED)
def test_context_and_fillers_read_as_nothing(question: str, metric: Metric) -> None:
    query = parse_question(question, TODAY)
    assert query.metrics == [metric]
    assert query.subject == Subject.russia
    assert (query.period_start, query.period_end) == NOV
    assert [s.text for s in query.unread if s.constrains] == []


# An introduction that names something the answer depends on is not context: its words
# are read (a side, a loss, a period) or reported, never dropped.
KEPT = [
    ("Пишу про втрати росії в Бахмуті у листопаді 2024", "Бахмуті"),
    ("Я из редакции, пишу о потерях в Авдеевке в ноябре 2024", "Авдеевке"),
    ("Готую матеріал про мобілізованих: скільки загинуло у листопаді 2024?", "мобілізованих"),
    ("Работаю над текстом о потерях Вагнера в ноябре 2024", "Вагнера"),
]


@pytest.mark.parametrize(("question", "word"), KEPT)
def test_an_introduction_with_content_is_read(question: str, word: str) -> None:
    query = parse_question(question, TODAY)
    unread = " ".join(s.text for s in query.unread)
    assert word in unread or word.lower() in query.model_dump_json().lower(), query.unread


def test_a_greeting_alone_is_no_question() -> None:
    query = parse_question("Добрий день!", TODAY)
    assert query.metrics == [] or query.period_start is None


EN_NOTES = [
    "I read the weekend as its Saturday and Sunday: 5 April 2025 to 6 April 2025.",
    "I read day 100 of the war as 3 June 2022 (24 February 2022 is day 1).",
    "I read days 1 to 7 of the war as 24 February 2022 to 2 March 2022 (24 February 2022 is "
    "day 1).",
    "I read 'first 10 days of may 2025' as 1 May 2025 to 10 May 2025.",
    "I read '3 days after 1 may 2025' as one day: 4 May 2025.",
    "I read 03/04/2024 as 4 March 2024 (month first, as you said).",
    "Halves of a month are read as days 1-15 and 16 to the month's end.",
    "I read the week of 5 March 2025 as the Monday to Sunday week that holds it: 3 March 2025 "
    "to 9 March 2025.",
    "I read the 3rd anniversary of the invasion as 24 February 2025.",
]


@pytest.mark.parametrize("lang", ["uk", "ru"])
@pytest.mark.parametrize("note", EN_NOTES)
def test_date_notes_said_in_the_answers_language(note: str, lang: str) -> None:
    with in_language(lang):
        said = date_note(note)
    assert said != note
    assert not any(c.isascii() and c.isalpha() for c in said.replace("ISO", "")), said


@pytest.mark.parametrize(
    "question",
    ["losses at easter 2024", "losses at orthodox easter 2023", "losses on good friday 2025"],
)
def test_feast_notes_said_in_ukrainian_and_russian(question: str) -> None:
    notes = feast_notes(question, TODAY)
    assert notes
    for lang, word in (("uk", "календар"), ("ru", "календар")):
        with in_language(lang):
            said = date_note(notes[0])
        assert word in said and "Easter" not in said and "Friday" not in said, said


def test_a_note_no_table_knows_stays_english_whole() -> None:
    note = "I read 'x' as the whole of the spring offensive."
    with in_language("uk"):
        assert date_note(note) == note


# A period less its first or last month, in words of our own (English and Cyrillic go through
# the one date grammar).
EDGE_EXCEPT = [
    ("russian losses in 2023 except december", (dt.date(2023, 1, 1), dt.date(2023, 11, 30))),
    ("tanks lost in 2024, excluding january", (dt.date(2024, 2, 1), dt.date(2024, 12, 31))),
    ("losses in 2022 not counting december", (dt.date(2022, 1, 1), dt.date(2022, 11, 30))),
    ("втрати росії за 2023 рік, крім грудня", (dt.date(2023, 1, 1), dt.date(2023, 11, 30))),
    ("скільки танків за 2024 рік за винятком січня", (dt.date(2024, 2, 1), dt.date(2024, 12, 31))),
    ("втрати у 2025 році без урахування грудня", (dt.date(2025, 1, 1), dt.date(2025, 11, 30))),
    ("потери россии за 2023 год кроме декабря", (dt.date(2023, 1, 1), dt.date(2023, 11, 30))),
    ("потери за 2024, не считая января", (dt.date(2024, 2, 1), dt.date(2024, 12, 31))),
    (
        "сколько танков за 2025 год за исключением декабря",
        (dt.date(2025, 1, 1), dt.date(2025, 11, 30)),
    ),
]


@pytest.mark.parametrize(("question", "period"), EDGE_EXCEPT)
def test_a_period_less_its_edge_month(question: str, period: tuple[dt.date, dt.date]) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == period
    assert [s.text for s in query.unread if s.constrains] == []
    assert query.date_notes  # the narrowing is said, never silent


# A month inside the period is no edge: it stays unread, so no figure is given as the answer.
@pytest.mark.parametrize(
    "question",
    ["losses in 2025 except june", "втрати за 2025 рік, крім червня", "потери за 2024 кроме июля"],
)
def test_a_month_inside_the_period_is_reported(question: str) -> None:
    query = parse_question(question, TODAY)
    assert [s for s in query.unread if s.constrains]


# Questions of our own typed with the keyboard left in the English layout: each is the key
# sequence of the Cyrillic text, so reading it back must give that text.
LAYOUT_QUESTIONS = [
    ("uk", "скільки танків втратила росія у листопаді 2024?"),
    ("uk", "втрати окупантів за березень 2025"),
    ("uk", "Скільки особового складу знищено за тиждень?"),
    ("uk", "скільки літаків і гелікоптерів втратили росіяни у 2023 році"),
    ("ru", "сколько танков потеряла россия в ноябре 2024"),
    ("ru", "потери россии за март 2025 по данным генштаба"),
    ("ru", "Сколько самолетов потеряла россия в 2024 году?"),
    ("ru", "сколько бронетехники уничтожено за неделю"),
]


def _keys_for(text: str, lang: str) -> str:
    """The keys a person presses for `text` on `lang`'s layout, as the English layout types."""
    back = {c: k for k, c in KEYBOARD_LAYOUTS[lang].items()}
    return "".join(back.get(c, c) for c in text)


@pytest.mark.parametrize(("lang", "text"), LAYOUT_QUESTIONS)
def test_wrong_keyboard_layout_read_back(lang: str, text: str) -> None:
    typed = _keys_for(text, lang)
    assert not has_cyrillic(typed)
    assert from_layout(typed) == text


@pytest.mark.parametrize(
    "text",
    [
        "how many tanks did russia lose in november 2024?",
        "skilky tankiv vtratyla rosiya u lystopadi 2024",
        "ok thanks",
        "Russian losses per the MoD, 2025",
        "вже є кирилиця",
    ],
)
def test_no_layout_reading_for_english_latin_or_cyrillic(text: str) -> None:
    assert from_layout(text) is None


def test_a_wrong_layout_question_is_answered_saying_how_it_was_read(tmp_path: Path) -> None:
    store = open_or_build(tmp_path / "k.db", SEEDS)
    typed = _keys_for("скільки танків втратила росія у листопаді 2024?", "uk")
    found = answer(typed, store, today=TODAY)
    assert found.language == "uk"
    assert found.text.startswith("Схоже, у вас була ввімкнена англійська розкладка")
    assert found.query is not None and found.query.metrics == [Metric.tanks]


# Voice messages: no punctuation, numbers in words, a greeting and a name before the question.
VOICE = [
    ("добрий день мене звати оксана я журналістка скільки загинуло росіян у березні двадцять "
     "п'ятого року", (dt.date(2025, 3, 1), dt.date(2025, 3, 31))),
    ("слушай а сколько танков потеряла россия в ноябре двадцать четвертого года",
     (dt.date(2024, 11, 1), dt.date(2024, 11, 30))),
    ("Доброго дня! Дякую за бота. Підкажіть, скільки артсистем втратила росія за 2025 рік?",
     (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
]  # fmt: skip


@pytest.mark.parametrize(("question", "period"), VOICE)
def test_voice_messages(question: str, period: tuple[dt.date, dt.date]) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == period
    assert [s.text for s in query.unread if s.constrains] == []


# Two bodies that publish figures set against each other ("X vs Y:") are the claimants asked
# about; whose losses is what follows them, never the first body's side.
CONTRASTS = [
    "ЗСУ vs Міноборони РФ: втрати росії у квітні 2025",
    "Генштаб чи Кремль — втрати росії у квітні 2025?",
    "Київ проти Москви: скільки втратила росія у квітні 2025, що каже кожна сторона?",
    "ГУР vs МО РФ: втрати росії у квітні 2025",
    "ВСУ или Минобороны РФ: потери россии в апреле 2025",
    "Киев vs Москва — потери россии в апреле 2025, что говорит каждая сторона?",
    "Генштаб ВСУ против Кремля: потери россии в апреле 2025",
    "ВСУ / МО РФ: потери россии в апреле 2025 — у кого какие цифры?",
]


@pytest.mark.parametrize("question", CONTRASTS)
def test_claimants_set_against_each_other(question: str) -> None:
    query = parse_question(question, TODAY)
    assert query.subject == Subject.russia
    assert query.claimant is None  # both asked: neither alone
    assert (query.period_start, query.period_end) == (dt.date(2025, 4, 1), dt.date(2025, 4, 30))
    assert [s.text for s in query.unread if s.constrains] == []


@pytest.mark.parametrize(
    ("question", "subject"),
    [("потери ВСУ в апреле 2025", Subject.ukraine), ("втрати ЗСУ у квітні 2025", Subject.ukraine)],
)
def test_a_body_alone_still_names_whose_losses(question: str, subject: Subject) -> None:
    assert parse_question(question, TODAY).subject == subject


# A figure the asker quotes in Ukrainian or Russian is valued by the one engine of Cyrillic
# numbers (lexicon/cyrillic_numbers.py), not read as its first digit.
@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("втрати росії станом на 1 січня 2026 — вже 1,2 млн, так?", 1_200_000),
        ("правда, что на 1 января 2026 потери россии уже 1,2 млн?", 1_200_000),
        ("чи правда що у листопаді 2024 росія втратила сорок п'ять тисяч", 45_000),
        ("правда ли, что в ноябре 2024 россия потеряла 45 тысяч?", 45_000),
        ("у листопаді 2024 росія втратила 45,7 тис., це так?", 45_700),
    ],
)
def test_a_quoted_cyrillic_figure_keeps_its_scale(question: str, value: int) -> None:
    assert value in quoted_figures(parse_question(question, TODAY))
