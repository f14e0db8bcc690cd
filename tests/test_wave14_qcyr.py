# ruff: noqa: E501 - one question a row, however long.
"""Ukrainian and Russian questions by class of failure (wave 14, issue 15), each on phrasings of
this test's own, none copied from a blind round.

1. How newsrooms and chats frame a question: a draft to vet, a line to paste into a text, a
   repost from a channel, "do you know", "at that moment", the pace slowing, a peak, a share.
   These words change no figure; in English the parser leaves them as loose words, and the
   Ukrainian and Russian rows now read them into the same English instead of refusing on
   them as unknown Cyrillic.
2. A change by a multiple ("чи подвоїлися", "удвоились ли") compares the two periods, with no
   yes or no (a rise of a fifth is no doubling).
3. A period asked unit by unit ("по місяцях", "помесячно") lists each month.
4. A verb of saying or counting and then a body ("сколько потерь ВСУ заявило МО РФ"): the
   body claims, so the losses named before it stay whose they are (never the body's side).
5. "серед"/"среди" (among) is no weekday (it was read as a typo of "середа", Wednesday), and
   "у вчорашньому дописі" (in yesterday's post) dates the asker's post, never the period.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import ClaimStore, Conversation, answer, open_or_build, parse_question
from knowledge.models import Metric

TODAY = dt.date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


# 1. (question, metric, start, end): newsroom and chat framing around a plain question.
FRAMED = [
    ("Ти пам'ятаєш, скільки танків знищено в березні 2025?", Metric.tanks, "2025-03-01", "2025-03-31"),
    ("Знаете, сколько БПЛА сбили в июне 2025?", Metric.drones, "2025-06-01", "2025-06-30"),
    ("Потрібен рядок для тексту: втрати рф у травні 2025", Metric.personnel, "2025-05-01", "2025-05-31"),
    ("Дай строку с источником для статьи: потери РФ в мае 2025", Metric.personnel, "2025-05-01", "2025-05-31"),
    ("Чернетка допису: «за жовтень 2025 росія втратила понад 30 тисяч». Можна публікувати?", Metric.personnel, "2025-10-01", "2025-10-31"),
    ("Черновик поста: «в октябре 2025 Россия потеряла больше 30 тысяч». Можно публиковать?", Metric.personnel, "2025-10-01", "2025-10-31"),
    ("Репост з каналу: втрати ворога за червень 2025. Скільки точно?", Metric.personnel, "2025-06-01", "2025-06-30"),
    ("Репост с канала: потери врага за июнь 2025. Сколько точно?", Metric.personnel, "2025-06-01", "2025-06-30"),
    ("Якби війна завершилася 30 червня 2024, скільки всього втрат нарахував би Генштаб на той момент?", Metric.personnel, "2022-02-24", "2024-06-30"),
    ("Если бы война завершилась 30 июня 2024, сколько всего потерь насчитал бы Генштаб на тот момент?", Metric.personnel, "2022-02-24", "2024-06-30"),
    ("Темп втрат пришвидшується? Порівняй осінь 2024 і літо 2024", Metric.personnel, "2024-06-01", "2024-11-30"),
    ("Темп потерь ускоряется? Сравни осень 2024 и лето 2024", Metric.personnel, "2024-06-01", "2024-11-30"),
    ("Коли було зафіксовано найбільше втрат танків за добу у 2023?", Metric.tanks, "2023-01-01", "2023-12-31"),
    ("Когда зафиксировали больше всего потерь артиллерии за сутки в 2023?", Metric.artillery, "2023-01-01", "2023-12-31"),
    ("Яка частка танків серед бронетехніки (танки + ББМ) за 2024?", Metric.tanks, "2024-01-01", "2024-12-31"),
    ("Какую долю среди бронетехники составили танки в 2024?", Metric.tanks, "2024-01-01", "2024-12-31"),
    ("У сьогоднішньому дописі ми написали 1 200 за 5 квітня 2025 — це правильно?", Metric.personnel, "2025-04-05", "2025-04-05"),
    ("В сегодняшнем посте мы написали 1 200 за 5 апреля 2025 — это верно?", Metric.personnel, "2025-04-05", "2025-04-05"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "metric", "start", "end"), FRAMED)
def test_newsroom_framing_is_read_not_refused(
    store: ClaimStore, question: str, metric: Metric, start: str, end: str
) -> None:
    got = answer(question, store, today=TODAY)
    query = got.query
    assert query is not None
    assert [u.text for u in query.unread if u.constrains] == []
    assert metric in query.metrics
    assert (str(query.period_start), str(query.period_end)) == (start, end)
    assert got.answered


# 2. (question, earlier figure, later figure): a change by a multiple compares the two periods.
MULTIPLES = [
    ("Чи подвоїлися втрати дронів рф із січня 2024 до січня 2025?", "479", "2 563"),
    ("Удвоились ли потери беспилотников с января 2024 по январь 2025?", "479", "2 563"),
    ("Did drone losses double from January 2024 to January 2025?", "479", "2,563"),
    ("Чи подвоїлися втрати танків між 2023 і 2024?", "2 952", "3 689"),
    ("Утроились ли потери танков с 2023 по 2024 год?", "2 952", "3 689"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "earlier", "later"), MULTIPLES)
def test_a_change_by_a_multiple_compares_without_yes_or_no(
    store: ClaimStore, question: str, earlier: str, later: str
) -> None:
    got = answer(question, store, today=TODAY)
    assert got.answered
    text = " ".join(got.text.replace("\u202f", " ").replace("\xa0", " ").split(" "))
    assert earlier in text and later in text
    first = got.text.split("\n")[1 if got.language != "en" else 0]
    assert not first.startswith(("Так.", "Ні.", "Да.", "Нет.", "Yes.", "No."))


def test_double_check_is_no_change(store: ClaimStore) -> None:
    query = parse_question("can you double-check Russian losses in May 2025?", TODAY)
    assert (str(query.period_start), str(query.period_end)) == ("2025-05-01", "2025-05-31")


# 3. A period asked unit by unit: each month, never one total.
BY_MONTH = [
    ("По місяцях за другий квартал 2025: танки", Metric.tanks, "2025-04-01", "2025-06-30"),
    ("Артилерія помісячно за перший квартал 2025", Metric.artillery, "2025-01-01", "2025-03-31"),
    ("Помесячно за третий квартал 2024: беспилотники", Metric.drones, "2024-07-01", "2024-09-30"),
    ("потери ББМ по месяцам за 2023 год", Metric.armored_vehicles, "2023-01-01", "2023-12-31"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "metric", "start", "end"), BY_MONTH)
def test_a_period_unit_by_unit(
    store: ClaimStore, question: str, metric: Metric, start: str, end: str
) -> None:
    got = answer(question, store, today=TODAY)
    query = got.query
    assert query is not None
    assert [u.text for u in query.unread] == []
    assert metric in query.metrics and query.prefer_kind == "month"
    assert (str(query.period_start), str(query.period_end)) == (start, end)
    assert got.answered and len({c.period_start for c in got.claims}) >= 3


# 4. (question, subject, claimant): the body after a verb of saying or counting claims.
SAID_BY = [
    ("сколько потерь ВСУ заявило МО РФ за июль 2025", "ukraine", "Russia's Ministry of Defence"),
    ("скільки втрат ЗСУ заявило Міноборони рф у 2024?", "ukraine", "Russia's Ministry of Defence"),
    ("сколько украинских танков уничтожено, как сообщило Минобороны РФ, в мае 2025", "ukraine", "Russia's Ministry of Defence"),
    ("скільки втрат росії нарахував Генштаб за 2024 рік", "russia", "Ukraine's General Staff"),
    ("сколько танков насчитал Генштаб ВСУ в мае 2025", "russia", "Ukraine's General Staff"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "subject", "claimant"), SAID_BY)
def test_a_body_after_its_verb_claims(question: str, subject: str, claimant: str) -> None:
    query = parse_question(question, TODAY)
    assert query.subject == subject
    assert query.claimant == claimant


def test_losses_a_russian_body_claims_are_never_answered_with_russian_losses(
    store: ClaimStore,
) -> None:
    got = answer("сколько потерь ВСУ заявило МО РФ за неделю 8-14 июля 2025", store, today=TODAY)
    assert got.query is not None and got.query.subject == "ukraine"
    assert all(c.subject != "russia" for c in got.claims)


# 5. "серед" is never Wednesday; yesterday's post is not yesterday.
def test_among_is_no_weekday() -> None:
    for question in (
        "скільки танків серед усіх втрат техніки за 2025?",
        "сколько танков среди всей техники за 2025?",
    ):
        query = parse_question(question, TODAY)
        assert (str(query.period_start), str(query.period_end)) == ("2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    "question",
    [
        "Уточнення: у вчорашній новині помилково вказано 1 500 за 3 березня 2025. Так і є?",
        "Уточнение: во вчерашней новости ошибочно указано 1 500 за 3 марта 2025. Сходится с Генштабом?",
        "У позавчорашньому пості стоїть 1 500 за 3 березня 2025, перевір",
    ],
)
def test_yesterdays_post_is_not_the_period(question: str) -> None:
    query = parse_question(question, TODAY)
    assert (str(query.period_start), str(query.period_end)) == ("2025-03-03", "2025-03-03")


# 6. A forwarded post: a symbol before its first word is no name, and a publication's name in
# quotes ("з каналу «Новини на сьогодні»") is whose post it is, never a period of the question;
# a body's name in quotes still names who claims.
FORWARDED = [
    ("🔴 Пост з телеграм-каналу «Новини на сьогодні»: втрати ворога за квітень 2025. Скільки точно?", Metric.personnel, "2025-04-01", "2025-04-30"),
    ("📌 Репост с канала «Сводка дня»: потери врага за апрель 2025. Сколько точно?", Metric.personnel, "2025-04-01", "2025-04-30"),
    ("Стаття у виданні «Тиждень»: скільки танків втратила росія у березні 2025?", Metric.tanks, "2025-03-01", "2025-03-31"),
    ("Статья в издании «Неделя»: сколько танков потеряла Россия в марте 2025?", Metric.tanks, "2025-03-01", "2025-03-31"),
    ('Пост с канала "Итоги недели": сколько танков потеряла Россия в марте 2025?', Metric.tanks, "2025-03-01", "2025-03-31"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "metric", "start", "end"), FORWARDED)
def test_a_forwarded_posts_source_is_not_the_question(
    question: str, metric: Metric, start: str, end: str
) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread if u.constrains] == []
    assert metric in query.metrics
    assert (str(query.period_start), str(query.period_end)) == (start, end)


def test_a_bodys_name_in_quotes_still_claims() -> None:
    query = parse_question("Пост з каналу «Генштаб ЗСУ»: втрати за травень 2025", TODAY)
    assert query.claimant == "Ukraine's General Staff"


# 7. A running total as of a day given without a year ("станом на зведення 15 вересня"): the
# war's start stays, only the day moves to the latest year with figures (it moved the start
# with it, to a total from 24 February 2026 to 2030), asked alone or after another question.
UNDATED_TOTALS = [
    ("втрати артилерії загалом станом на зведення 15 вересня", "2025-09-15"),
    ("всего потерь танков по состоянию на 20 октября", "2025-10-20"),
    ("Russian artillery losses in total as of the report of 15 September", "2025-09-15"),
    ("скільки всього танків станом на 1 березня?", "2026-03-01"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "end"), UNDATED_TOTALS)
def test_an_undated_total_keeps_the_wars_start(store: ClaimStore, question: str, end: str) -> None:
    got = answer(question, store, today=dt.date(2026, 12, 1))
    assert got.answered and got.query is not None
    assert (str(got.query.period_start), str(got.query.period_end)) == ("2022-02-24", end)
    assert "2030" not in got.text


@pytest.mark.parametrize(
    ("first", "then", "end"),
    [
        ("Втрати танків у вересні 2025?", "а разом від початку вторгнення, станом на зведення 15 вересня?", "2025-09-15"),
        ("Потери артиллерии в сентябре 2025?", "а всего с начала вторжения, по состоянию на 10 сентября?", "2025-09-10"),
        ("Russian tank losses in September 2025", "and in total as of the report of 15 September?", "2025-09-15"),
    ],
)  # fmt: skip
def test_an_undated_total_after_a_question(
    store: ClaimStore, first: str, then: str, end: str
) -> None:
    chat = Conversation()
    chat.ask(first, store, today=dt.date(2026, 12, 1))
    got = chat.ask(then, store, today=dt.date(2026, 12, 1))
    assert got.answered and got.query is not None
    assert (str(got.query.period_start), str(got.query.period_end)) == ("2022-02-24", end)
    assert all("2026" not in line for line in got.text.split("\n")[:2])


# 8. "з початку грудня", "с начала марта": since that month began; what a figure includes and
# whose it is are read; "медиана" is never a typo of Медиазона (a claimant the asker did not
# name): no median is computed, so it stays unread and refuses.
SINCE_A_MONTH = [
    ("З початку грудня 2026 скільки вже?", "2026-12-01"),
    ("С начала декабря 2026 сколько уже?", "2026-12-01"),
    ("скільки танків з початку березня 2025?", "2025-03-01"),
    ("сколько дронов сбили с начала июня 2025?", "2025-06-01"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "start"), SINCE_A_MONTH)
def test_since_the_start_of_a_month(question: str, start: str) -> None:
    query = parse_question(question, dt.date(2026, 12, 1))
    assert [u.text for u in query.unread if u.constrains] == []
    assert str(query.period_start) == start and query.metrics


@pytest.mark.parametrize(
    "question",
    [
        "Чи входять поранені в цю цифру?",
        "Раненые входят в эту цифру?",
        "Чи враховує Генштаб поранених у своїй цифрі?",
        "Учитывает ли Генштаб раненых в своей цифре?",
        "Чия це цифра — 45 720 за листопад 2024?",
        "Чья это цифра: 45 720 за ноябрь 2024?",
    ],
)
def test_what_a_figure_includes_and_whose_it_is_are_read(question: str) -> None:
    query = parse_question(question, TODAY)
    assert [u.text for u in query.unread if u.constrains] == []


@pytest.mark.parametrize(
    "question", ["Медиана за сутки в 2025 году?", "Медіана втрат за добу у 2024?"]
)
def test_a_median_is_no_claimant(store: ClaimStore, question: str) -> None:
    got = answer(question, store, today=TODAY)
    assert got.query is not None and got.query.claimant is None
    assert not got.answered


# 9. Chat verbs of killing ("поклали") after Ukraine's side as the one who killed: Russia's
# losses; the same verb with Russians as the ones who killed "ours": Ukraine's.
@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Скільки наші поклали росіян у січні 2026?", "russia"),
        ("Скільки ЗСУ поклали окупантів у лютому 2026?", "russia"),
        ("скільки наші бійці поклали русні в березні 2025?", "russia"),
        ("скільки наших поклали росіяни у 2025?", "ukraine"),
    ],
)
def test_who_killed_whom_with_a_chat_verb(question: str, subject: str) -> None:
    assert parse_question(question, TODAY).subject == subject
