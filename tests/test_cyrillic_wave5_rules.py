"""Rules for Ukrainian and Russian article styles met in the third blind round (issues 13 and
15), each on sentences of our own in the structures real outlets use: a speaker's own losses
named with a reflexive ("власних втрат", "собственных потерь") are the speaker's side, never the
other's; Russian MoD cumulative lists and sector briefings; bloggers' and governors' posts;
figures in forms not read before."""

from __future__ import annotations

import datetime as dt

import pytest

from knowledge.extract.cyrillic_prose import read_prose
from knowledge.extract.general_staff import read_daily_post
from knowledge.models import Claim, Metric, Source, Subject

DAY = dt.date(2026, 3, 10)
RU, UA, NEUTRAL = "ТАСС", "Укрінформ", "Вестник (fixture)"


def _claims(text: str, publisher: str = NEUTRAL) -> list[Claim]:
    return read_prose(Source(id="t", text=text, publisher=publisher, published=DAY))


def _side_of(text: str, value: int, publisher: str = NEUTRAL) -> Subject:
    """The side of the one claim of `value` read from `text`."""
    [claim] = [c for c in _claims(text, publisher) if c.value == value]
    return claim.subject


# A reflexive possessive ("власних", "своїх", "собственных", "своих") points at the subject of
# its clause: a claimant or a side named before it. What comes after in the sentence is that
# side's own figure unless another side is named after the reflexive.
OWN_REFLEXIVE = [
    ("Міноборони рф про свої втрати не звітує від вересня 2022-го, коли Шойгу назвав 5 937 "
     "загиблих.", Subject.russia, 5937),
    ("Минобороны России не раскрывает собственных потерь: последний раз ведомство сообщало о "
     "5 937 погибших военнослужащих.", Subject.russia, 5937),
    ("В Кремле о своих потерях предпочитают молчать, хотя в 2022 году Шойгу говорил о 5 937 "
     "погибших.", Subject.russia, 5937),
    ("Генштаб ЗСУ власних втрат не розкриває, однак у лютому 2024 року Зеленський назвав 31 "
     "тисячу загиблих.", Subject.ukraine, 31_000),
    ("Киев о собственных потерях почти не говорит: в декабре 2024 года Зеленский назвал 43 000 "
     "погибших военных.", Subject.ukraine, 43_000),
    ("Російське відомство втрати власного війська називало лише двічі, востаннє — 5 937 "
     "загиблих.", Subject.russia, 5937),
    ("Офіційний Київ своїх втрат майже не називає; у грудні Зеленський говорив про 43 тисячі "
     "загиблих.", Subject.ukraine, 43_000),
]  # fmt: skip
# A side named after the reflexive owns the figure, as before.
OTHER_AFTER_REFLEXIVE = [
    ("Минобороны РФ, не называя собственных потерь, сообщило, что противник потерял до 1 200 "
     "военнослужащих.", Subject.ukraine, 1200),
    ("Генштаб ЗСУ не розкриває власних втрат, але повідомляє про 1 100 ліквідованих "
     "окупантів.", Subject.russia, 1100),
    ("Міноборони рф заявило, що власних втрат не має, а ЗСУ втратили 300 військових.",
     Subject.ukraine, 300),
    ("Ворог приховує свої втрати, але за добу він втратив 1 200 осіб, повідомив Генштаб ЗСУ.",
     Subject.russia, 1200),
    ("Противник скрывает свои потери: по данным Минобороны РФ, ВСУ за сутки лишились 410 "
     "военнослужащих.", Subject.ukraine, 410),
]  # fmt: skip


@pytest.mark.parametrize(("text", "side", "value"), OWN_REFLEXIVE + OTHER_AFTER_REFLEXIVE)
def test_a_reflexive_names_the_speakers_own_losses(text: str, side: Subject, value: int) -> None:
    assert _side_of(text, value) == side


# The General Staff's post as retold by outlets: lines led by a dash or a bullet, the Russian
# wording, ground robots as their own line (stored as `other`).
DASH_POSTS = [
    "Потери противника с 24.02.22 по 09.03.26 составили:\n"
    "— личного состава — около 1 280 400 (+1 210) человек;\n"
    "— танков — 11 800 (+4) ед.;\n"
    "— наземных роботизированных комплексов — 1 500 (+3).\n",
    "Втрати ворога станом на ранок:\n"
    "- особового складу - близько 1 280 400 (+1 210) осіб;\n"
    "- танків - 11 800 (+4) од.;\n"
    "- наземних роботизованих комплексів - 1 500 (+3) од.\n",
    "Бойові втрати росії:\n"
    "– особового складу – близько 1 280 400 (+1 210) осіб\n"
    "– танків – 11 800 (+4) од.\n"
    "– НРК – 1 500 (+3)\n",
    "Общие потери врага:\n"
    "• личного состава ‒ около 1280400 (+1210) человек\n"
    "• танков ‒ 11800 (+4) ед.\n"
    "• наземных робототехнических комплексов ‒ 1500 (+3) ед.\n",
]


@pytest.mark.parametrize("post", DASH_POSTS)
def test_a_general_staff_post_with_dash_bullets(post: str) -> None:
    source = Source(id="t", text=post, published=DAY)
    got = {(c.metric, c.value, c.subject) for c in read_daily_post(source)}
    assert got == {
        (Metric.personnel, 1_280_400, Subject.russia), (Metric.personnel, 1210, Subject.russia),
        (Metric.tanks, 11_800, Subject.russia), (Metric.tanks, 4, Subject.russia),
        (Metric.other, 1500, Subject.russia), (Metric.other, 3, Subject.russia),
    }  # fmt: skip
