"""Ukrainian and Russian phrases of answers, as the project's own typed tables (issue 15).

Typed tables rather than gettext catalogues: the phrases are few, they are looked up by key
from code that mypy checks (a missing key or language is a type error or a test failure, not
a silently English msgid at runtime), and there is no compile step to forget. Numbers and
dates are formatted per locale with babel (CLDR): "45 720", "3 грудня 2024 р.".
"""

from __future__ import annotations

import datetime as dt
import re

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_decimal

from knowledge.models import Metric

# Ukrainian and Russian rows of wording.PHRASES, key for key, with the same blanks. Written for
# a newsroom reader: "за даними", "станом на", "за добу"; the claim is always somebody's and
# never presented as established. Outlets write "росія" in lower case; so do these rows.
PHRASES: dict[str, dict[str, str]] = {
    "uk": {
        "period.since_invasion": "від початку повномасштабного вторгнення",
        "period.since_invasion_to": "від початку повномасштабного вторгнення ({war_start}) до {day}",
        "period.total": "загалом",
        "period.total_as_of": "загалом станом на {day}",
        "period.unstated": "за невказаний період",
        "period.up_to": "до {day}",
        "period.not_stated_up_to": "(період не вказано; повідомлено станом на {day})",
        "period.on": "за {day}",
        "period.in": "за {span}",
        "period.from_to": "з {first} по {last}",
        "period.since": "з {day}",
        "card.cumulative": "від початку війни, станом на {day}",
        "card.war_total": "за всю війну",
        "card.not_stated": "період не вказано",
        "join.and": "{items} і {last}",
        "join.or": "{items} або {last}",
        "join.versus": "{first} проти {second}",
        "unread.place": "мої цифри не розбито за місцевістю",
        "unread.unit": "мої цифри не розбито за військовими частинами",
        "unread.model": "мої цифри не розбито за моделями техніки",
        "unread.rate": "мої цифри — це кількості, а не темпи",
        "unread.money": "мої цифри рахують втрачене, а не його вартість",
        "unread.measure": "мої цифри рахують утрачене поштучно, а не його вагу чи розмір",
        "unread.subset": "мої цифри рахують усі війська разом, а не окрему їх частину",
        "unread.period": "я не зміг прочитати це як період, тож жодна цифра тут не про нього",
        "unread.number": "я не зрозумів, що означає це число",
        "unread.name": "я не знаю цієї назви, і жодну цифру тут не розбито за нею",
        "unread.script": "я не читаю слів цим письмом",
        "quote.word": "«{text}»",
        "unread.unknown": "я не знаю цього слова, тож жодну цифру тут не прочитано з ним",
        "unread.loss_kind": "мої цифри не виокремлюють такий вид втрат",
        "unread.category": "мої цифри не рахують такий вид техніки окремо",
        "unread.side": "мої цифри — це втрати однієї сторони, ніколи не обох разом",
        "unread.other": "я не зміг цього прочитати",
        "unread.could_not_use": "Я не зміг урахувати {words}: {reason}.",
        "unread.duration": "Я не зрозумів, які саме {words} ви маєте на увазі, тож жодна цифра тут не про них.",
        "unread.source": (
            "Я не добирав цифри за {words}: при кожній цифрі нижче сказано, хто її наводить "
            "і де її опубліковано."
        ),
        "date.day_first": "Я прочитав {raw} як {day} (спершу день, потім місяць).",
        "date.weekday": "{day} — це {actual}, а не {said}; я взяв дату: {day}.",
        "date.report_day": (
            "Зведення від {first} охоплює бої попереднього дня: я прочитав це як {day}."
        ),
        "date.season_spring": "Пори року — метеорологічні: весна — з березня по травень.",
        "date.season_summer": "Пори року — метеорологічні: літо — з червня по серпень.",
        "date.season_autumn": "Пори року — метеорологічні: осінь — з вересня по листопад.",
        "date.season_fall": "Пори року — метеорологічні: осінь — з вересня по листопад.",
        "date.season_winter": "Пори року — метеорологічні: зима — з грудня по лютий.",
        "date.iso_week": "Я прочитав тиждень {week} {year} року як тиждень ISO {week} (тижні тривають з понеділка по неділю; тиждень 1 — той, що містить перший четвер року): з {first} по {last}.",
        "date.feast_both": "Я прочитав {name} {year} року за західним календарем: {days} (за православним — {other}; для цієї дати додайте до «{words}» слово «православний»).",
        "date.feast_orthodox": "Я прочитав {name} {year} року за православним календарем: {days}.",
        "date.feast_western": "Я прочитав {name} {year} року за західним календарем: {days}.",
        "date.as_you_said": "Я прочитав {raw} як {day} ({order}, як ви написали).",
        "date.iso_weeks": "Я прочитав тижні {lo}–{hi} {year} року як тижні ISO (з понеділка по неділю; тиждень 1 — той, що містить перший четвер року): з {first} по {last}.",
        "date.week_of": "Я прочитав тиждень, що містить {day}, як тиждень з понеділка по неділю: {days}.",
        "date.weekend": "Я прочитав вихідні як суботу й неділю: {days}.",
        "date.tens": "Декади місяця — дні 1–10, 11–20 і з 21-го до кінця місяця: {days}.",
        "date.halves": "Половини місяця — дні 1–15 і з 16-го до кінця місяця.",
        "date.war_day": "Я прочитав {n}-й день війни як {day} (24 лютого 2022 р. — день 1).",
        "date.war_days": "Я прочитав дні війни з {a}-го по {b}-й як {days} (24 лютого 2022 р. — день 1).",
        "date.anniversary": "Я прочитав річницю вторгнення (рік {ordinal}) як {day}.",
        "date.latest_year": "Я прочитав {raw} як {day}: останній рік, коли вона припала на {actual}.",
        "date.one_day": "Я прочитав {raw} як один день: {day}.",
        "date.running_total": "Я прочитав {raw} як загальний підсумок на {day}, кінець цього періоду.",
        "date.read_as": "Я прочитав {raw} як {days}.",
        "date.period_as": "Я прочитав період як {days}.",
        "date.until_start": "Я прочитав {raw} як час до його початку: загальний підсумок на {day}.",
        "instead.none": "Тож цифри, яка відповідає на запитання в такому вигляді, у мене немає.",
        "instead.ask": (
            "Тож цифри, яка відповідає на запитання в такому вигляді, у мене немає. Без цих "
            "слів запитайте: «{question}»"
        ),
        "coverage": (
            "Мої щоденні дані закінчуються {day} (зведення цієї дати охоплює бої {fighting}); "
            "пізніших даних у мене немає."
        ),
        "side.russia": "втрати росії",
        "side.ukraine": "втрати України",
        "losses": "{side} ({noun})",
        "kind.killed": "особовий склад: загиблі",
        "kind.wounded": "особовий склад: поранені",
        "kind.captured": "особовий склад: полонені",
        "only.wounded": "поранених",
        "only.captured": "полонених",
        "qualifier.approximate": "близько {value}",
        "qualifier.more_than": "понад {value}",
        "qualifier.less_than": "до {value}",
        "qualifier.nearly": "майже {value}",
        "qualifier.at_least": "щонайменше {value}",
        "figure.range": "{low}–{high}",
        "heading.plain": "{losses} {asked}:",
        "heading.latest": "{losses}, найновіша цифра, яку я маю:",
        "heading.partial": "Цифри про {losses} {asked} за весь період у мене немає; ці відповідають на запитання частково:",
        "partial.exact": "{what}:",
        "partial.day_off": "Цифри, датованої саме так, як ви питали, для запиту «{what}» у мене немає; ця зміщена на день, бо ранкове зведення охоплює бої попередньої доби:",
        "partial.inside": "Цифри для запиту «{what}» за весь період у мене немає; ці відповідають на запитання частково:",
        "partial.stated_within": "Цифри для запиту «{what}» за весь період у мене немає; ці були заявлені протягом цього періоду:",
        "heading.record": "{high} {losses} {span} {asked} серед {among}, які я маю:",
        "record.highest": "Найбільші",
        "record.lowest": "Найменші",
        "record.highest_n": "{count} найбільших",
        "record.lowest_n": "{count} найменших",
        "record.span_day": "за одну добу",
        "record.span_week": "за тиждень",
        "record.span_month": "за місяць",
        "record.among_day": "щоденних цифр",
        "record.among_week": "тижневих цифр",
        "record.among_month": "місячних цифр",
        "heading.kind_fallback": "Цифри лише про загиблих ({side}, особовий склад) {asked} у мене немає. Те, що я маю, охоплює вбитих і поранених разом, тож це не кількість загиблих:",
        "nofig.others_apart": "Що натомість заявляють інші (не {who}; {names}):",
        "heading.breakdown": "{losses} {asked}, {by}, як опубліковано (я їх не підсумовую):",
        "heading.record_day": "Найбільші {losses} за одну добу {asked} серед щоденних цифр, які я маю:",
        "heading.record_month": "Найбільші {losses} за місяць {asked} серед місячних цифр, які я маю:",
        "by.day": "по днях",
        "by.week": "по тижнях",
        "by.month": "по місяцях",
        "by.year": "по роках",
        "line.claim": "- {figure} {period}; за даними: {who} ({source}).",
        "line.unattributed": (
            "- {figure} {period}; повідомляє {outlet}, не вказуючи, чия це цифра ({source})."
        ),
        "line.computed": "- {figure} {period}, обчислено із щоденних даних, які наводить {who} ({source}). {how}",
        "line.also": "Про це також повідомили: {others}.",
        "line.date_uncertain": "(дата непевна: у статті немає дати публікації)",
        "who.unnamed": "неназване джерело (видання не вказує, чия це цифра)",
        "source.unknown": "джерело",
        "source.tally": "щоденне зведення",
        "months_have": "Цифри є за {have} з {months} місяців цього періоду.",
        "disagree.same_figure": (
            "Тут розбіжність: {source} наводить ту саму цифру, {figure}, і для періоду "
            "{first}, і для періоду {second}, тож до якого дня вона належить, непевно."
        ),
        "disagree.period": "Цифри за той самий період розходяться: {parts}.",
        "disagree.by": "Різниця між ними — {difference}.",
        "tally.matches": "Цифра, обчислена із щоденного зведення, збігається з опублікованою.",
        "tally.agrees": "Цифра, обчислена із щоденного зведення, узгоджується з опублікованою.",
        "tally.day_off": (
            "Опублікована цифра ({published}) узгоджується зі щоденним зведенням, якщо рахувати "
            "за датою зведення: {how} За днями боїв зведення дає {tally}; різниця лише в тому, "
            "як рахувати дні, а не по суті."
        ),
        "tally.differ": (
            "Цифра, обчислена із щоденного зведення ({tally}), і опублікована ({published}) "
            "різняться на {difference}, хоч як рахувати дні."
        ),
        "note.record_itself": "Сама стаття називає цю цифру найвищою або рекордною.",
        "note.highest_daily": "Це найбільша зі щоденних цифр, які я маю, але не обов’язково рекорд.",
        "note.highest_monthly": "Це найбільша з місячних цифр, які я маю, але не обов’язково рекорд.",
        "note.highest_newest_daily": "Це найбільша з найновіших щоденних цифр, але не обов’язково рекорд.",
        "note.highest_newest_monthly": "Це найбільша з найновіших місячних цифр, але не обов’язково рекорд.",
        "note.other_body_one": (
            "Такої цифри від названого джерела ({claimant}) у мене немає; {names} — інше "
            "офіційне джерело тієї ж сторони."
        ),
        "note.other_body_many": (
            "Такої цифри від названого джерела ({claimant}) у мене немає; {names} — інші "
            "офіційні джерела тієї ж сторони."
        ),
        "note.cited_not_own": "Це не власна цифра: {claimant} наводить її з посиланням на {names} (чи погоджується {claimant} з нею, може бути сказано в статті).",
        "note.nearest_total": "Загальної цифри саме станом на {day} у мене немає; це найближча попередня.",
        "note.close_period": "Цей період близький до того, про який ви питали, але не збігається з ним точно.",
        "note.kind_fallback": (
            "Ви питали про загиблих: відповідної кількості загиблих у мене немає, а цифра вище "
            "охоплює вбитих і поранених разом, тож це не кількість загиблих."
        ),
        "note.ukraine_personnel": (
            "Українська цифра втрат «особового складу» охоплює вбитих і поранених разом; "
            "це не кількість загиблих."
        ),
        "note.casualties": "Цифра втрат убитими й пораненими охоплює і тих, і тих разом.",
        "note.killed": "Кількість загиблих охоплює лише загиблих, без поранених.",
        "note.no_year": "Ви не вказали рік, тож я взяв {year}.",
        "note.whole_series": "Період не вказано: я прочитав увесь щоденний ряд, від {first} до останнього зведення, за {last}.",
        "note.assumed_year": "Ви не вказали рік, тож я взяв {year}: найпізніший {asked}, за який у мене є цифри.",
        "note.other_years": "Цифри за {asked} є в мене також за {years}.",
        "derive.war_start": "0 на початку вторгнення, {day}",
        "derive.reported": "{value} у зведенні за {day}",
        "derive.series_ends": "зведення закінчується даними за {day}",
        "derive.tallied_from": "ця категорія обліковується лише від зведення за {day} (тоді {value}), тож цифру пораховано звідти",
        "derive.nearest": "зведення за {wanted} немає; використано найближче попереднє, за {used}",
        "derive.for_fighting": "за бої — {span}",
        "derive.in_reports": "у зведеннях — {span}",
        "derive.reported_on": "у зведенні за {day}",
        "derive.difference": "{value} {what}: {later} мінус {earlier}",
        "derive.listed": "{amount}, внесено за {day}",
        "derive.less_correction": "= {raw}, за вирахуванням виправлення {parts} (перекласифікація у зведенні, а не втрати того дня)",
        "derive.report_covers": "Це зведення охоплює бої {day}.",
        "derive.each_morning": "Кожне ранкове зведення охоплює бої попередньої доби.",
        "derive.report_added": "Саме зведення за {day} додало {value}.",
        "derive.in_report": "(у зведенні за {day})",
        "derive.spans_corrections": "На цей період припадають виправлення зведення ({listed}): перекласифікації, які входять до наростаючих підсумків.",
        "derive.went_down": "Підсумок зменшився: це перегляд даних тим, хто їх наводить, а не кількість втрат.",
        "derive.note": "Примітка: {notes}.",
        "derive.record_day": "Найбільша добова цифра за бої — {span}: {value} за {day}: {later} мінус {earlier}.",
        "derive.skipped": "Пропущено {count} {days}: зведення до {day} були заокругленими оцінками початку війни, чиї стрибки не є втратами за добу, а зведення, що поглинуло внесене виправлення (перекласифікацію), не рахується як втрати за добу.",
        "derive.ranked_day": "Номер {rank} серед днів боїв — {span}, {order}: {value} за {day}: {later} мінус {earlier}.",
        "derive.ranked_highest": "від найбільшої",
        "derive.ranked_lowest": "від найменшої",
        "derive.record_day_lowest": "Найменша добова цифра за бої — {span}: {value} за {day}: {later} мінус {earlier}.",
        "derive.record_unit": "Це найбільша з таких періодів у зведенні між {first} і {last} ({units}: {count}).",
        "derive.record_unit_lowest": "Це найменша з таких періодів у зведенні між {first} і {last} ({units}: {count}).",
        "units.full_months": "повних місяців боїв",
        "units.full_weeks": "повних тижнів боїв (з понеділка по неділю)",
        "units.full_quarters": "повних кварталів боїв",
        "units.full_years": "повних років боїв",
        "unit.hour": "годину",
        "unit.hours": "годин",
        "unit.day": "добу",
        "unit.days": "днів",
        "unit.week": "тиждень",
        "unit.weeks": "тижнів",
        "unit.month": "місяць",
        "unit.months": "місяців",
        "average.derivation": "{value} у середньому за {unit}: {how} {total} ÷ {count} ({units}; {span}) = {value}, заокруглено до цілого.",
        "average.label": "у середньому за {unit}",
        "average.heading": "{losses} у середньому за {unit}, {span}, обчислено із щоденних даних, які наводить {who}:",
        "check.elsewhere": "{written} є в моїх джерелах як цифра, яку наводить {owner}: {what} ({source}).",
        "check.none": "Цифри {written} щодо цього в мене немає; цифри, які я маю, наведено нижче.",
        "check.what_if": "Я відповідаю з того, що стверджують джерела, а не з припущень, тож цифри на це не даю.",
        "check.is": "Наведена вами цифра, {written}, — це цифра, яку наводить {who}{how}.",
        "check.not_theirs": "Ця цифра належить джерелу «{owner}», а не «{asked}».",
        "check.their_side": "названа вами сторона",
        "check.agrees": "Наведена вами цифра, {written}, узгоджується з цифрою, яку наводить {who}{how}.",
        "check.tally_neither": "{written} не збігається з жодним прочитанням щоденного підрахунку ({who}): {readings}.",
        "check.tally_not": "{written} не збігається зі щоденним підрахунком ({who}): {readings}.",
        "check.reading.fought": "{value} за бої {days}",
        "check.reading.report": "{value} у зведенні за {days}",
        "check.reading.reports": "{value} у зведеннях за {days}",
        "check.reading.published": "{value} ({days})",
        "check.above.yes": "Так: за цифрами, які наводить {who}, {written} перевищено: {readings}.",
        "check.above.no": "Ні: за цифрами, які наводить {who}, {written} не перевищено: {readings}.",
        "check.above.split": "Залежить від того, як рахувати дні: за цифрами, які наводить {who}, {readings}; {written} — між ними.",
        "check.below.yes": "Так: за цифрами, які наводить {who}, менше ніж {written}: {readings}.",
        "check.below.no": "Ні: за цифрами, які наводить {who}, не менше ніж {written}: {readings}.",
        "check.below.split": "Залежить від того, як рахувати дні: за цифрами, які наводить {who}, {readings}; {written} — між ними.",
        "check.the_tally": "щоденне зведення",
        "check.how.day_off": ", якщо рахувати за датою зведення: ранкове зведення охоплює бої попередньої доби, тож ця цифра відрізняється від підрахунку за днями боїв лише способом лічби днів, а не по суті",
        "check.how.inside": ", за частину періоду",
        "check.how.stated_within": ", її названо протягом періоду",
        "check.how.contains": ", за довший період, що охоплює цей",
        "check.report_dated": "- {value} у зведеннях, датованих {days} (кожне охоплює бої попередньої доби), обчислено із щоденних даних, які наводить {who}. {derivation}",
        "agree.reading.since": "бої після початкової дати, до зведення кінцевої дати",
        "agree.reading.corrected": "{convention}, з виправленням",
        "agree.words.fighting": "якщо рахувати за днями боїв",
        "agree.words.reported": "якщо рахувати за датою зведення",
        "agree.words.fighting_corrected": "якщо рахувати за днями боїв, з урахуванням зазначеного виправлення",
        "agree.words.reported_corrected": "якщо рахувати за датою зведення, з урахуванням зазначеного виправлення",
        "agree.words.cumulative": "як наростаючий підсумок, повідомлений того ранку",
        "agree.words.since": "якщо читати її як бої після початкової дати до зведення кінцевої дати",
        "agree.words.other": "якщо читати її так: {convention}",
        "agree.none.undated_day": "добова цифра без дати",
        "agree.none.open_range": "період ({kind}) без однієї з меж",
        "agree.none.no_period": "період не вказано",
        "agree.none.not_covered": "зведення не охоплює цей період",
        "agree.none.undated_total": "наростаючий підсумок без дати",
        "agree.none.no_report": "у зведенні немає даних за {day}",
        "agree.reported_on": "{value}, повідомлено {day} ({quote})",
        "compose.article_of": " від {day}",
        "compose.stated_within": "Стаття{published} датує {figure} лише як «{words}»: цифру названо десь між {first} і {last}, а цей проміжок перетинається з періодом {asked}. Це наростаючий підсумок від початку вторгнення, а не втрати лише {asked}.",
        "compose.agree_same": "вони однакові",
        "compose.agree_within": "вона в межах того, що допускає опублікована цифра",
        "compose.agrees_fighting": "Опублікована цифра ({figure}) узгоджується зі щоденним зведенням, {how_read}: {why}.",
        "compose.agrees_reported": "Опублікована цифра ({figure}) узгоджується зі щоденним зведенням, {how_read}: {derivation} За днями боїв зведення дає {tally}; ці дві цифри відрізняються лише тим, як датовано зведення, а не по суті.",
        "compare.against": "{first} проти {second}",
        "compare.no_figure_line": "- {period}: у моїх джерелах цифри немає.",
        "compare.figure_line": "- {period}: {value}, за даними: {who} ({source}).",
        "compare.covers_only": " Вона охоплює лише {span} із запитаного періоду ({period}).",
        "compare.losses_of": "втрати ({noun})",
        "compare.how.day": "попередня доба",
        "compare.how.week": "попередній тиждень",
        "compare.how.month": "попередній місяць",
        "compare.how.quarter": "попередній квартал",
        "compare.how.season": "попередній сезон",
        "compare.how.half": "попереднє півріччя",
        "compare.how.year": "попередній рік",
        "compare.how.period": "попередній період",
        "compare.how.same_length": "попередній період такої ж довжини",
        "compare.how.year_on": "той самий період іншого року",
        "compare.missing": "{label}, {first} проти {second}{against}: у моїх джерелах немає цифри{who} за {missing}, тож порівняти їх я не можу.",
        "compare.from": " (за даними: {who})",
        "compare.what_i_have": " Ось що в мене є:",
        "compare.per_day": "Періоди мають різну довжину; за добу: {a} ÷ {a_days} = {a_rate} проти {b} ÷ {b_days} = {b_rate}.",
        "compare.other_claimants": "Ці дві цифри наводять різні джерела ({first}; {second}), тож порівнювати їх напряму не можна.",
        "compare.word.higher": "більше",
        "compare.word.lower": "менше",
        "compare.word.same": "стільки ж",
        "compare.cut": "{label}: за добу {first} — {verdict}, ніж {second}{against}: {a_total} ÷ {a_days} дн. = {a} за добу проти {b_total} ÷ {b_days} дн. = {b} за добу, {diff} за добу{pct}. Мої дані охоплюють не весь один із періодів, тож підсумки не порівнюються.",
        "compare.same": "{label}: {first} — стільки ж, скільки {second}{against}: по {a}.",
        "compare.quoted_agrees": "Зміна, яку ви наводите, {quoted}, збігається з цими цифрами: {got}.",
        "compare.quoted_differs": "Зміна, яку ви наводите, {quoted}, не відповідає цим цифрам: {got}.",
        "compare.higher": "{label}: {first} — більше, ніж {second}{against}: {a} − {b} = {diff}{pct}.",
        "compare.lower": "{label}: {first} — менше, ніж {second}{against}: {a} − {b} = {diff}{pct}.",
        "compare.yes": "Так. {block}",
        "compare.no": "Ні. {block}",
        "compare.nothing": "Нічого не порівняно: однієї чи обох цифр немає в моїх джерелах.",
        "compare.caveat": "Цифри наводить {who}; жодну з них незалежно не підтверджено, а різницю обчислено тут — її ніхто не заявляв.",
        "compare.each_morning": " Кожне ранкове зведення охоплює бої попередньої доби.",
        "src.side.ukraine": "{name}: на боці України, тобто сторона війни; тож ці цифри — заяви однієї зі сторін.",
        "src.side.russia": "{name}: на боці росії, тобто сторона війни; тож ці цифри — заяви однієї зі сторін.",
        "src.side.uk": "{name}: уряд Великої Британії, не сторона війни.",
        "src.side.us": "{name}: уряд США, не сторона війни.",
        "src.side.independent": "{name}: незалежне джерело, не уряд і не сторона війни.",
        "src.press.ukraine": "{name} — українські державні медіа, на боці України, тобто сторони війни; тож їхні цифри — заяви однієї зі сторін.",
        "src.press.russia": "{name} — російські державні медіа, на боці росії, тобто сторони війни; тож їхні цифри — заяви однієї зі сторін.",
        "src.press.uk": "{name} — державні медіа Великої Британії, не сторони війни.",
        "src.press.us": "{name} — державні медіа США, не сторони війни.",
        "src.press.independent": "{name} — незалежне видання, не уряд і не сторона війни.",
        "src.official.ukraine": "Офіційні українські цифри надходять від сторони війни: це заяви однієї зі сторін.",
        "src.official.russia": "Офіційні російські цифри надходять від сторони війни: це заяви однієї зі сторін.",
        "src.itself.ukraine": "Цифр безпосередньо від {who} у мене немає; інші офіційні українські цифри:",
        "src.itself.russia": "Цифр безпосередньо від {who} у мене немає; інші офіційні російські цифри:",
        "src.not_verified": "Кожна цифра тут — заява названої сторони; жодну з них незалежно не підтверджено.",
        "src.which_figure": "Я не знаю, яку цифру ви маєте на увазі: наведіть її («звідки 45 720?») або запитайте одразу після відповіді. Звідки мої цифри:",
        "src.outlet_role": "видання повідомляє цифри; за кожною цифрою стоїть названа поруч сторона, яка її заявила",
        "src.no_last": "Моя остання відповідь не посилалася на жодне джерело. Спершу поставте запитання про втрати.",
        "src.last_from": "Остання відповідь ґрунтується на таких джерелах:",
        "src.last_report": "Останнє зведення містить:",
        "breakdown.month": "Помісячно:",
        "breakdown.week": "Потижнево (з понеділка до неділі):",
        "src.first_report": "Вони починаються зі зведення {day} (бої {fighting}).",
        "src.newest": "Моя найновіша стаття — від {newest} ({newest_name}), найстаріша — від {oldest} ({oldest_name}).",
        "src.empty": "Моя база знань порожня: не завантажено жодної статті й жодного щоденного зведення.",
        "src.with_such": " з такими цифрами",
        "src.no_source": "У моїй базі знань немає джерел{what}.",
        "src.holdings": "У мене є {articles} з {outlets} і {series}{what}:",
        "src.listed": "- {source}{title} (цифри наводить {who})",
        "src.more": "…і ще {count} (/sources показує всі).",
        "src.note": "Примітка: {role}. {not_verified}",
        "src.reports_from_to": ", зведення з {first} по {last}",
        "src.no_such_from": "Такої цифри від {outlet} у мене немає.",
        "src.corrections": (
            "Так: щоденний підсумок {who} містить {count} виправлень, кожне враховане в "
            "загальній сумі одного звіту. Найбільші:"
        ),
        "src.correction_line": "- {amount} {what}, вказано за {listed} (у звіті від {report})",
        "src.corrections_note": (
            "Виправлення — це перекласифікація в підсумку, а не втрати одного дня."
        ),
        "src.no_corrections": "У щоденному підсумку, який я маю, виправлень немає.",
        "src.method.days": (
            "Щоденні дані — це наростальні підсумки {who}, один ранковий звіт на день, і кожен "
            "ранковий звіт охоплює бої попереднього дня. Тож втрати за день, тиждень чи місяць "
            "можна рахувати двома способами: за днем боїв або за датою звіту (що додали звіти, "
            "датовані цим періодом). Коли вони різняться, я даю обидва, кожен із позначкою."
        ),
        "src.method.about": (
            "«Близько» — це слово самого джерела: щоденні звіти подають цифру особового складу "
            "як приблизну, а не точну, і я зберігаю це слово біля кожної цифри, де воно є."
        ),
        "src.method.no_series": "Щоденного ряду в мене немає, лише цифри, наведені в статтях.",
        "src.method.units": (
            "Кожна моя цифра — це кількість людей або одиниць техніки, як її подають джерела: "
            "жодної в тоннах, у військових підрозділах на кшталт батальйонів чи в грошах."
        ),
        "src.no_claimant_in": (
            "Цифри від {who} у тому, що повідомляє {outlet}, немає. Що {outlet} повідомляє "
            "від інших (не від {who}):"
        ),
        "src.what_reports": "Що повідомляє {outlet} ({articles}):",
        "src.no_such_from_in": "Такої цифри від {outlet} {period} у мене немає. Інші його цифри:",
        "src.no_article_from": "У моїй базі знань немає статей від {outlet}.",
        "src.cite_one": "{outlets} посилається на {outlet}:",
        "src.cite_many": "{outlets} посилаються на {outlet}:",
        "src.outlets_held": "Видання, які я маю: {outlets}.",
        "src.none_gives": "Жодне з моїх джерел не наводить цифру {value}.",
        "src.is_in": "Цифра {value} є в моїх джерелах ({sources}):",
        "src.tally_same": "Щоденне зведення дає ту саму цифру за цей період:",
        "src.what_they_say": "{not_verified} Що самі мої джерела кажуть про свої цифри:",
        "src.none_qualifies": "{not_verified} Жодне з моїх джерел більше нічого не уточнює про свої цифри.",
        "src.news_outlet": "{name} — новинне видання: {role}.",
        "src.theirs": "Їхні цифри, які я маю (з {outlets}):",
        "src.no_figures_from": "Цифр від {who} у мене немає.",
        "src.daily_are": "Щоденні цифри наводить {who} ({source}).",
        "src.articles_quote": "Статті наводять цифри від:",
        "src.quoted_in": "- {who} (у {outlets})",
        "src.no_such_source": "Джерел із такими цифрами в мене немає.",
        "src.sources_say": "Що самі джерела кажуть про ці цифри:",
        "src.second_hand_one": "{outlet} передає її з чужих слів: це заява, яку наводить {who}.",
        "src.second_hand_many": "{outlet} передає їх з чужих слів: це заяви, які наводить {who}.",
        "noun.articles": "стаття|статті|статей",
        "noun.outlets": "видання|видань|видань",
        "noun.series": "щоденне зведення|щоденні зведення|щоденних зведень",
        "noun.sources": "джерело|джерела|джерел",
        "src.sides.ukraine": "{name}: на боці України, тобто сторона війни; тож ці цифри — заяви однієї зі сторін.",
        "src.sides.russia": "{name}: на боці росії, тобто сторона війни; тож ці цифри — заяви однієї зі сторін.",
        "src.sides.uk": "{name}: уряд Великої Британії, не сторона війни.",
        "src.sides.us": "{name}: уряд США, не сторона війни.",
        "src.sides.independent": "{name}: незалежне джерело, не уряд і не сторона війни.",
        "record.of_war": "усієї війни",
        "record.of_war_to": "війни до {day}",
        "record.of_year": "{year} року",
        "record.highest_label": "найвищий добовий показник {words}",
        "record.reported_that_day": "за зведенням цього дня",
        "record.fighting_that_day": "за боями цього дня",
        "record.where": "у щоденних даних, які наводить {who} ({label})",
        "record.according": "за даними: {who} ({source}).",
        "record.day_reported": "- Зведення за {day}: {value}, {cited} {derivation}",
        "record.day_fought": "- Бої {day}: {value}, {cited} {derivation}",
        "record.highest_line": "- Найвищий добовий показник {words}: {value} за бої {fought}, {cited} {sentence}",
        "record.caveat": "Цифри наводить {who}; жодну з них незалежно не підтверджено. Порівняння з найвищим добовим показником обчислено тут, його ніхто не заявляв.",
        "record.yes_fought": "Так: за бої {day} — {value}, це найвищий добовий показник {words} {where}.",
        "record.yes_reported": "Так, якщо рахувати за датою зведення: зведення за {day} додало {value} (бої {fought}), це найвищий добовий показник {words} {where}.",
        "record.day_rounded": "- Зведення від {report} стрибнуло на {raw}, і це не втрати за добу: зведення до {rounded} були округленими оцінками початку війни.",
        "record.no": "Ні: найвищий добовий показник {words} {where} — {value} за бої {fought}; для {day} є такі цифри:",
        "average.covered": "Ви запитували про період: {asked} ({days} {days_noun}); мої дані охоплюють період: {used} ({have} {have_noun}), тож середнє обчислено лише за ці дні.",
        "average.under_one_an_hour": "У середньому менше одного за годину ({total} за {hours} годин), тому ось середнє за добу:",
        "average.caveat": "Це середнє з цифр, які наводить {who}; жодну з них незалежно не підтверджено. Кожне ранкове зведення охоплює бої попередньої доби.",
        "caveat.one": (
            "Це заява, а не встановлений факт: цифру наводить {who}, і незалежно її не "
            "підтверджено."
        ),
        "caveat.many": (
            "Це заяви, а не встановлені факти: цифри наводять {who}; жодну з них незалежно "
            "не підтверджено."
        ),
        "caveat.wrote": "{source} пише: «{quote}»",
        "caveat.tally": (
            "Цифри, обчислені із щоденного зведення, — це різниці наростаючих підсумків, які "
            "публікує Генштаб ЗСУ; тож це теж його заяви."
        ),
        "nofig.no_metric": "Цифр про {losses} у мене немає. Про {side} у мене є такі цифри: {names}.",
        "nofig.no_side": "Цифр про {side} у мене немає зовсім.",
        "nofig.no_claimant": "Цифр про {side} ({noun}), які наводить {who}, у мене немає.",
        "nofig.from_none": "Цифр про це, які наводить {who}, у моїх джерелах немає.",
        "nofig.no_claimant_newest": "Серед найновіших цифр про {side} ({noun}) я не знайшов таких, які наводить {who}.",
        "nofig.others_one": "Їх наводить {others}.",
        "nofig.others_many": "Їх наводять {others}.",
        "nofig.other_sources": "інші джерела",
        "nofig.period": "Цифри про {losses} {asked} у мене немає.",
        "nofig.period_from": "Цифри про {losses} {asked}, яку наводить {who}, у мене немає.",
        "nofig.only_kind": "Цифри лише про {kind} ({side}, особовий склад) {asked} у мене немає.",
        "nofig.only_kind_from": "Цифри лише про {kind} ({side}, особовий склад) {asked}, яку наводить {who}, у мене немає.",
        "nofig.pointers": "Цифри про {noun} у мене є для таких періодів: {periods}.",
        "nofig.pointers_from": "Від {who} цифри про {noun} у мене є для таких періодів: {periods}.",
        "nofig.that": "Цифри про це в мене немає.",
        "nofig.metrics": "Цифр {asked} у мене немає щодо таких категорій: {names}.",
        "pointer.total_as_of": "загальна цифра станом на {day}",
        "suggest.total": "{losses} загалом",
        "suggest.total_as_of": "{losses} станом на {day}",
        "suggest.period": "{losses} {period}",
        "claimant.or_other_ukraine": "{claimant} (або будь-яке інше офіційне українське джерело)",
        "claimant.or_other_russia": "{claimant} (або будь-яке інше офіційне російське джерело)",
        "official.ukraine": "офіційні українські джерела (Генштаб ЗСУ, Міноборони України)",
        "official.russia": "офіційні російські джерела (Кремль, Міноборони РФ)",
        "official.either": "офіційні джерела будь-якої сторони (українські чи російські посадовці)",
        "chat.hello": "Вітаю!",
        "chat.empty": "Поставте, будь ласка, запитання.",
        "chat.cannot": "На жаль, на це я не можу відповісти: {reason}",
        "chat.thanks": "Будь ласка!",
        "chat.languages": "Я читаю запитання англійською, українською та російською мовами.",
        "chat.off_topic": "На жаль, я відповідаю лише на запитання про військові втрати.",
        "chat.intro": (
            "Я відповідаю на запитання про військові втрати у війні росії проти України за "
            "заявами, опублікованими в новинах, і завжди кажу, хто наводить цифру і де про "
            "неї повідомили. У мене є цифри про втрати росії: {have}."
        ),
        "chat.nothing_yet": "поки що нічого",
        "chat.examples": "Наприклад: {examples}.",
        "example.month": "Втрати росії за листопад 2024 року",
        "example.tanks": "Скільки танків втратила росія загалом?",
        "example.kremlin": "Що каже Кремль про втрати росії?",
        "read.as": "Я прочитав запитання так: {what}.",
        "read.followup": "Я прочитав це так: {what}",
        "read.beside": "{first} поруч із: {second}",
        "share.of_total": "{part} — це {share} від загального підсумку {whole} станом на {day}.",
        "record.is_yes": "Так: {value} — найбільша {unit} цифра, яку я маю для цих втрат.",
        "record.is_no": "Ні: найбільша {unit} цифра, яку я маю, — {record}; остання цифра була {value}.",
        "record.is_unit.day": "добова",
        "record.is_unit.week": "тижнева",
        "record.is_unit.month": "місячна",
        "record.is_unit.year": "річна",
        "read.not_found": "Такої заяви в моїх джерелах я не знайшов.",
        "read.latin": "Ваші латинські літери я прочитав так: «{text}».",
        "read.layout": "Схоже, у вас була ввімкнена англійська розкладка; я прочитав так: «{text}».",
        "read.unread": (
            "Я не зміг прочитати: {words}. Тому не відповідаю цифрою: вона могла б стосуватися "
            "не того, про що ви питали."
        ),
        "sources.none": "У моїй попередній відповіді не було джерел. Спершу запитайте про втрати.",
        "sources.from": "Попередня відповідь спирається на:",
        "ui.source": "Джерело",
        "ui.sources": "Джерела",
        "ui.try": "Можна запитати:",
        "ui.caveat_short": "Це заяви, а не перевірені факти: див. /about.",
        "ui.cut": "(Ваше запитання скорочено до перших {count} символів.)",
        "ui.wrong_answer": "Хибна відповідь?",
        "ui.how_to_ask": "Як мене запитувати",
        "help.intro": "Я відповідаю на запитання про військові втрати у війні росії проти України <b>за заявами, опублікованими в новинах</b>. При кожній цифрі сказано, хто її наводить, де її опубліковано і за який період. Заява — не перевірений факт.",
        "help.known": "Я знаю <b>{claims}</b> {claims_word} з <b>{articles}</b> {articles_word}",
        "noun.claims_known": "заяву|заяви|заяв",
        "noun.articles_from": "статті|статей|статей",
        "noun.days_skipped": "день|дні|днів",
        "noun.days": "день|дні|днів",
        "help.published": "(опубліковано з {first} по {last})",
        "help.series": "і <b>{claims}</b> щоденних цифр із рядів даних: {series}",
        "help.cover": "Цифри охоплюють період з {first} по {last}.",
        "help.available": "Є цифри щодо: {metrics}.",
        "help.none_yet": "поки що нічого",
        "help.try": "Спробуйте запитати:",
        "help.how": "В особистому чаті просто напишіть запитання. У групі використовуйте <code>/ask ваше запитання</code>, згадайте мене або дайте відповідь на моє повідомлення. У будь-якому чаті можна також написати <code>{mention}ваше запитання</code>.\n/sources показує, що я прочитав; /export надсилає заяви, на яких ґрунтується моя остання відповідь, таблицею (CSV).",
        "help.subscribe": "/subscribe — щоранку о {hour}:00 (час: {tz}) я надсилатиму в цей чат добірку цифр.",
        "help.no_series": "Щоденне зведення не завантажено.",
        "help.example_tanks": "Скільки російських танків знищено в лютому 2024?",
        "help.example_day": "Втрати росії 3 грудня 2024",
        "help.example_total": "Скільки всього солдатів втратила росія за даними Генштабу ЗСУ?",
        "lang.usage": "Як вибрати мову відповідей: /lang en, /lang uk, /lang ru або /lang auto (мовою запитання). Я читаю запитання англійською, українською та російською мовами.",
        "card.line": "{figure} — {what} ({side}), {period}; за даними: {who}",
        "card.undated": "У статті немає дати, тож період непевний.",
        "card.source": "Джерело: {source}",
        "country.russia": "росія",
        "country.ukraine": "Україна",
        "country.other": "інші",
        "digest.title": "Щоденна добірка, {day}",
        "digest.no_report": "Зведення за {day} ще не завантажено.",
        "digest.kept": "Попередні цифри збережено.",
        "digest.no_articles": "Від попередньої добірки нових статей не додано.",
        "digest.articles": "Статей, доданих від попередньої добірки: {count}",
        "digest.latest_shown": "(показано останні {count})",
        "digest.more": "… і ще {count} з «{title}».",
        "digest.caveat": "Цифри зі статей — це заяви сторони чи органу, названих при кожній; жодну з них незалежно не підтверджено.",
        "about.title": "Про ці цифри",
        "about.claims": "Кожна цифра, яку я наводжу, — це заява: її зробив хтось (уряд, армія, розвідка, дослідник), а оприлюднило видання або щоденне зведення. Я кажу, хто її наводить, де її опубліковано і за який період.",
        "about.unverified": "Жодну з цих цифр незалежно не підтверджено. Кожна сторона має причини перебільшувати втрати супротивника і применшувати власні; оцінки інших урядів і дослідників різняться методом і тим, що саме вони рахують (загиблих, поранених, зниклих безвісти).",
        "about.computed": "Цифри, які я обчислюю (місяць зі щоденного зведення, різниця, середнє), — це арифметика над тими самими заявами, і вони не точніші за них. Коли джерела розходяться, я показую кожне.",
        "about.never": "Я ніколи не наводжу числа, якого немає в збереженій заяві. /sources показує, що я прочитав.",
        "event.jump_up": "Зведення за {day} збільшило загальний підрахунок ({who}) — {what} — на {raw}: {current} проти {previous} у зведенні за {before}.",
        "event.jump_down": "Зведення за {day} зменшило загальний підрахунок ({who}) — {what} — на {raw}: {current} проти {previous} у зведенні за {before}. Загальний підрахунок, що зменшується, — це виправлення, а не від'ємні втрати.",
        "event.correction": "Це зведення містить виправлення на {amount}, вказане за {listed} (перекласифікація в підрахунку, а не втрати за добу).",
        "event.net": "Без виправлення зведення додало {net} — втрати, які воно заявляє за бої {fought}.",
        "event.down_unlisted": "Для цього зведення виправлення не вказано: підрахунок переглянуто в бік зменшення.",
        "event.no_correction": "Для цього зведення виправлення не вказано: зміна — це те, що воно заявляє за бої {fought}.",
        "event.rounded": "Зведення до {day} були округленими оцінками початку війни: їхні стрибки — не втрати за добу.",
        "event.quoted_is_raw": "{written} — на стільки це зведення змінило підрахунок, разом із виправленням.",
        "event.quoted_is_correction": "{written} — це вказане виправлення, а не втрати за добу.",
        "event.quoted_is_net": "{written} — стільки зведення додало без виправлення.",
        "event.quoted_not": "{written} — не та зміна, яку дало це зведення.",
        "event.arithmetic": "{current} у зведенні за {day} мінус {previous} у зведенні за {before} = {raw}.",
        "event.jump_label": "зміна загального підрахунку в одному зведенні",
        "event.correction_label": "виправлення, вказане за {listed}",
        "event.total_found": "{value} — загальний підрахунок ({who}) — {what} — у зведенні за {day}, першому зведенні з цією цифрою.",
        "event.cited": "Заявляє: {who} ({source}).",
        "event.caveat": "Цифри наводить {who}; жодну з них незалежно не підтверджено. Різниці обчислено тут із загальних підрахунків, їх ніхто не заявляв.",
        "event.within": "Отже, так: позначку {value} перейдено в межах періоду {period}.",
        "event.not_within": "Отже, ні: позначку {value} не перейдено в межах періоду {period}.",
        "event.passed": "Загальний підрахунок ({who}) — {what} — уперше досяг {value} у зведенні за {day}: {total}.",
        "event.before": "Попереднє зведення, за {day}, давало {total}.",
        "event.passed_with_correction": "Це зведення містить вказане виправлення на {amount} (перекласифікація в підрахунку).",
        "event.not_yet": "Загальний підрахунок ({who}) — {what} — не досяг {value} до останнього зведення, за {day}: {total}.",
        "event.first_day": "Перша доба боїв, коли {what} сягнули {value} або більше, за даними: {who}: {fought}, {figure} (у зведенні за {report}).",
        "event.skipped": "Пропущено ранніх стрибків такого розміру: {count}. Зведення до {day} були округленими оцінками, а зведення з виправленням — не втрати за добу.",
        "event.first_day_label": "перша доба з {value} або більше",
        "event.no_day": "Жоден відрізок у {days} дн. за {span} не змінив загальний підрахунок ({what}) на {value}.",
        "event.highest_day": "Найвищий показник цього періоду: {figure} за бої {fought} (у зведеннях за {report}).",
        "event.day_found": "Так, {value} ({what}) є в підрахунку: це додали зведення за {report} (бої {fought}): {arithmetic}",
        "event.hit_artefact": "Цей стрибок — не втрати за добу: він містить вказане виправлення або припадає на час до {day}, коли зведення були округленими оцінками.",
    },
    "ru": {
        "period.since_invasion": "с начала полномасштабного вторжения",
        "period.since_invasion_to": "с начала полномасштабного вторжения ({war_start}) по {day}",
        "period.total": "всего",
        "period.total_as_of": "всего по состоянию на {day}",
        "period.unstated": "за неуказанный период",
        "period.up_to": "по {day}",
        "period.not_stated_up_to": "(период не указан; сообщено по состоянию на {day})",
        "period.on": "за {day}",
        "period.in": "за {span}",
        "period.from_to": "с {first} по {last}",
        "period.since": "с {day}",
        "card.cumulative": "с начала войны, по состоянию на {day}",
        "card.war_total": "за всю войну",
        "card.not_stated": "период не указан",
        "join.and": "{items} и {last}",
        "join.or": "{items} или {last}",
        "join.versus": "{first} против {second}",
        "unread.place": "мои цифры не разбиты по местности",
        "unread.unit": "мои цифры не разбиты по воинским частям",
        "unread.model": "мои цифры не разбиты по моделям техники",
        "unread.rate": "мои цифры — это количества, а не темпы",
        "unread.money": "мои цифры считают потерянное, а не его стоимость",
        "unread.measure": "мои цифры считают потерянное поштучно, а не его вес или размер",
        "unread.subset": "мои цифры считают все войска вместе, а не отдельную их часть",
        "unread.period": "я не смог прочитать это как период, поэтому ни одна цифра здесь не о нём",
        "unread.number": "я не понял, что означает это число",
        "unread.name": "я не знаю этого названия, и ни одна цифра здесь не разбита по нему",
        "unread.script": "я не читаю слова этим письмом",
        "quote.word": "«{text}»",
        "unread.unknown": "я не знаю этого слова, поэтому ни одна цифра здесь не прочитана с ним",
        "unread.loss_kind": "мои цифры не выделяют такой вид потерь",
        "unread.category": "мои цифры не считают такой вид техники отдельно",
        "unread.side": "мои цифры — это потери одной стороны, никогда не обеих вместе",
        "unread.other": "я не смог это прочитать",
        "unread.could_not_use": "Я не смог учесть {words}: {reason}.",
        "unread.duration": "Я не понял, какие именно {words} вы имеете в виду, поэтому ни одна цифра здесь не о них.",
        "unread.source": (
            "Я не отбирал цифры по {words}: при каждой цифре ниже сказано, кто её приводит "
            "и где она опубликована."
        ),
        "date.day_first": "Я прочитал {raw} как {day} (сначала день, потом месяц).",
        "date.weekday": "{day} — это {actual}, а не {said}; я взял дату: {day}.",
        "date.report_day": (
            "Сводка от {first} охватывает бои предыдущего дня: я прочитал это как {day}."
        ),
        "date.season_spring": "Времена года — метеорологические: весна — с марта по май.",
        "date.season_summer": "Времена года — метеорологические: лето — с июня по август.",
        "date.season_autumn": "Времена года — метеорологические: осень — с сентября по ноябрь.",
        "date.season_fall": "Времена года — метеорологические: осень — с сентября по ноябрь.",
        "date.season_winter": "Времена года — метеорологические: зима — с декабря по февраль.",
        "date.iso_week": "Я прочитал неделю {week} {year} года как неделю ISO {week} (недели идут с понедельника по воскресенье; неделя 1 — та, в которой первый четверг года): с {first} по {last}.",
        "date.feast_both": "Я прочитал {name} {year} года по западному календарю: {days} (по православному — {other}; для этой даты добавьте к «{words}» слово «православная»).",
        "date.feast_orthodox": "Я прочитал {name} {year} года по православному календарю: {days}.",
        "date.feast_western": "Я прочитал {name} {year} года по западному календарю: {days}.",
        "date.as_you_said": "Я прочитал {raw} как {day} ({order}, как вы написали).",
        "date.iso_weeks": "Я прочитал недели {lo}–{hi} {year} года как недели ISO (с понедельника по воскресенье; неделя 1 — та, в которой первый четверг года): с {first} по {last}.",
        "date.week_of": "Я прочитал неделю, в которую входит {day}, как неделю с понедельника по воскресенье: {days}.",
        "date.weekend": "Я прочитал выходные как субботу и воскресенье: {days}.",
        "date.tens": "Декады месяца — дни 1–10, 11–20 и с 21-го до конца месяца: {days}.",
        "date.halves": "Половины месяца — дни 1–15 и с 16-го до конца месяца.",
        "date.war_day": "Я прочитал {n}-й день войны как {day} (24 февраля 2022 г. — день 1).",
        "date.war_days": "Я прочитал дни войны с {a}-го по {b}-й как {days} (24 февраля 2022 г. — день 1).",
        "date.anniversary": "Я прочитал годовщину вторжения (год {ordinal}) как {day}.",
        "date.latest_year": "Я прочитал {raw} как {day}: последний год, когда она пришлась на {actual}.",
        "date.one_day": "Я прочитал {raw} как один день: {day}.",
        "date.running_total": "Я прочитал {raw} как общий итог на {day}, конец этого периода.",
        "date.read_as": "Я прочитал {raw} как {days}.",
        "date.period_as": "Я прочитал период как {days}.",
        "date.until_start": "Я прочитал {raw} как время до его начала: общий итог на {day}.",
        "instead.none": "Поэтому цифры, которая отвечает на вопрос в таком виде, у меня нет.",
        "instead.ask": (
            "Поэтому цифры, которая отвечает на вопрос в таком виде, у меня нет. Без этих слов "
            "спросите: «{question}»"
        ),
        "coverage": (
            "Мои ежедневные данные заканчиваются {day} (сводка этой даты охватывает бои "
            "{fighting}); более поздних данных у меня нет."
        ),
        "side.russia": "потери России",
        "side.ukraine": "потери Украины",
        "losses": "{side} ({noun})",
        "kind.killed": "личный состав: погибшие",
        "kind.wounded": "личный состав: раненые",
        "kind.captured": "личный состав: пленные",
        "only.wounded": "раненых",
        "only.captured": "пленных",
        "qualifier.approximate": "около {value}",
        "qualifier.more_than": "более {value}",
        "qualifier.less_than": "до {value}",
        "qualifier.nearly": "почти {value}",
        "qualifier.at_least": "не менее {value}",
        "figure.range": "{low}–{high}",
        "heading.plain": "{losses} {asked}:",
        "heading.latest": "{losses}, самая свежая цифра, которая у меня есть:",
        "heading.partial": "{losses} {asked}: цифры за весь период у меня нет; эти отвечают на вопрос частично:",
        "partial.exact": "{what}:",
        "partial.day_off": "Цифры, датированной именно так, как вы спрашивали, для запроса «{what}» у меня нет; эта смещена на день, так как утренняя сводка охватывает бои предыдущих суток:",
        "partial.inside": "Цифры для запроса «{what}» за весь период у меня нет; эти отвечают на вопрос частично:",
        "partial.stated_within": "Цифры для запроса «{what}» за весь период у меня нет; эти были заявлены в течение этого периода:",
        "heading.record": "{high} {losses} {span} {asked} среди {among}, которые у меня есть:",
        "record.highest": "Наибольшие",
        "record.lowest": "Наименьшие",
        "record.highest_n": "{count} наибольших",
        "record.lowest_n": "{count} наименьших",
        "record.span_day": "за одни сутки",
        "record.span_week": "за неделю",
        "record.span_month": "за месяц",
        "record.among_day": "ежедневных цифр",
        "record.among_week": "недельных цифр",
        "record.among_month": "месячных цифр",
        "heading.kind_fallback": "{side}, личный состав {asked}: цифры только о погибших у меня нет. То, что у меня есть, охватывает убитых и раненых вместе, так что это не число погибших:",
        "nofig.others_apart": "Что вместо этого заявляют другие (не {who}; {names}):",
        "heading.breakdown": "{losses} {asked}, {by}, как опубликовано (я их не суммирую):",
        "heading.record_day": "Наибольшие {losses} за одни сутки {asked} среди ежедневных цифр, которые у меня есть:",
        "heading.record_month": "Наибольшие {losses} за месяц {asked} среди месячных цифр, которые у меня есть:",
        "by.day": "по дням",
        "by.week": "по неделям",
        "by.month": "по месяцам",
        "by.year": "по годам",
        "line.claim": "- {figure} {period}; по данным: {who} ({source}).",
        "line.unattributed": (
            "- {figure} {period}; сообщает {outlet}, не указывая, чья это цифра ({source})."
        ),
        "line.computed": "- {figure} {period}, вычислено из ежедневных данных, которые приводит {who} ({source}). {how}",
        "line.also": "Об этом также сообщили: {others}.",
        "line.date_uncertain": "(дата неточна: у статьи нет даты публикации)",
        "who.unnamed": "неназванный источник (издание не указывает, чья это цифра)",
        "source.unknown": "источник",
        "source.tally": "ежедневная сводка",
        "months_have": "Цифры есть за {have} из {months} месяцев этого периода.",
        "disagree.same_figure": (
            "Здесь расхождение: {source} приводит одну и ту же цифру, {figure}, и для периода "
            "{first}, и для периода {second}, поэтому к какому дню она относится, неясно."
        ),
        "disagree.period": "Цифры за один и тот же период расходятся: {parts}.",
        "disagree.by": "Разница между ними — {difference}.",
        "tally.matches": "Цифра, вычисленная из ежедневной сводки, совпадает с опубликованной.",
        "tally.agrees": "Цифра, вычисленная из ежедневной сводки, согласуется с опубликованной.",
        "tally.day_off": (
            "Опубликованная цифра ({published}) согласуется с ежедневной сводкой, если считать "
            "по дате сводки: {how} По дням боёв сводка даёт {tally}; разница лишь в том, как "
            "считать дни, а не по существу."
        ),
        "tally.differ": (
            "Цифра, вычисленная из ежедневной сводки ({tally}), и опубликованная ({published}) "
            "различаются на {difference}, как ни считай дни."
        ),
        "note.record_itself": "Сама статья называет эту цифру наивысшей или рекордной.",
        "note.highest_daily": "Это наибольшая из ежедневных цифр, которые у меня есть, но не обязательно рекорд.",
        "note.highest_monthly": "Это наибольшая из месячных цифр, которые у меня есть, но не обязательно рекорд.",
        "note.highest_newest_daily": "Это наибольшая из самых свежих ежедневных цифр, но не обязательно рекорд.",
        "note.highest_newest_monthly": "Это наибольшая из самых свежих месячных цифр, но не обязательно рекорд.",
        "note.other_body_one": (
            "Такой цифры от названного источника ({claimant}) у меня нет; {names} — другой "
            "официальный источник той же стороны."
        ),
        "note.other_body_many": (
            "Такой цифры от названного источника ({claimant}) у меня нет; {names} — другие "
            "официальные источники той же стороны."
        ),
        "note.cited_not_own": "Это не собственная цифра: {claimant} приводит её со ссылкой на {names} (согласен ли с ней {claimant}, может быть сказано в статье).",
        "note.nearest_total": "Общей цифры именно на {day} у меня нет; это ближайшая предыдущая.",
        "note.close_period": "Этот период близок к тому, о котором вы спрашивали, но не совпадает с ним точно.",
        "note.kind_fallback": (
            "Вы спрашивали о погибших: подходящего числа погибших у меня нет, а цифра выше "
            "охватывает убитых и раненых вместе, так что это не число погибших."
        ),
        "note.ukraine_personnel": (
            "Украинская цифра потерь «личного состава» охватывает убитых и раненых вместе; "
            "это не число погибших."
        ),
        "note.casualties": "Цифра потерь убитыми и ранеными охватывает и тех, и других вместе.",
        "note.killed": "Число погибших охватывает только погибших, без раненых.",
        "note.no_year": "Вы не указали год, поэтому я взял {year}.",
        "note.whole_series": "Период не указан: я прочитал весь ежедневный ряд, от {first} до последней сводки, за {last}.",
        "note.assumed_year": "Вы не указали год, поэтому я взял {year}: последний {asked}, за который у меня есть цифры.",
        "note.other_years": "Цифры за {asked} у меня есть также за {years}.",
        "derive.war_start": "0 в начале вторжения, {day}",
        "derive.reported": "{value} в сводке за {day}",
        "derive.series_ends": "сводка заканчивается данными за {day}",
        "derive.tallied_from": "эта категория учитывается только со сводки за {day} (тогда {value}), поэтому цифра посчитана оттуда",
        "derive.nearest": "сводки за {wanted} нет; использована ближайшая предыдущая, за {used}",
        "derive.for_fighting": "за бои — {span}",
        "derive.in_reports": "в сводках — {span}",
        "derive.reported_on": "в сводке за {day}",
        "derive.difference": "{value} {what}: {later} минус {earlier}",
        "derive.listed": "{amount}, внесено за {day}",
        "derive.less_correction": "= {raw}, за вычетом исправления {parts} (переклассификация в сводке, а не потери того дня)",
        "derive.report_covers": "Эта сводка охватывает бои {day}.",
        "derive.each_morning": "Каждая утренняя сводка охватывает бои предыдущих суток.",
        "derive.report_added": "Сама сводка за {day} добавила {value}.",
        "derive.in_report": "(в сводке за {day})",
        "derive.spans_corrections": "На этот период приходятся исправления сводки ({listed}): переклассификации, которые входят в нарастающие итоги.",
        "derive.went_down": "Итог уменьшился: это пересмотр данных тем, кто их приводит, а не число потерь.",
        "derive.note": "Примечание: {notes}.",
        "derive.record_day": "Наибольшая суточная цифра за бои — {span}: {value} за {day}: {later} минус {earlier}.",
        "derive.skipped": "Пропущено {count} {days}: сводки до {day} были округлёнными оценками начала войны, чьи скачки не являются потерями за сутки, а сводка, поглотившая внесённое исправление (переклассификацию), не считается потерями за сутки.",
        "derive.ranked_day": "Номер {rank} среди дней боёв — {span}, {order}: {value} за {day}: {later} минус {earlier}.",
        "derive.ranked_highest": "от наибольшей",
        "derive.ranked_lowest": "от наименьшей",
        "derive.record_day_lowest": "Наименьшая суточная цифра за бои — {span}: {value} за {day}: {later} минус {earlier}.",
        "derive.record_unit": "Это наибольшая из таких периодов в сводке между {first} и {last} ({units}: {count}).",
        "derive.record_unit_lowest": "Это наименьшая из таких периодов в сводке между {first} и {last} ({units}: {count}).",
        "units.full_months": "полных месяцев боёв",
        "units.full_weeks": "полных недель боёв (с понедельника по воскресенье)",
        "units.full_quarters": "полных кварталов боёв",
        "units.full_years": "полных лет боёв",
        "unit.hour": "час",
        "unit.hours": "часов",
        "unit.day": "сутки",
        "unit.days": "дней",
        "unit.week": "неделю",
        "unit.weeks": "недель",
        "unit.month": "месяц",
        "unit.months": "месяцев",
        "average.derivation": "{value} в среднем за {unit}: {how} {total} ÷ {count} ({units}; {span}) = {value}, округлено до целого.",
        "average.label": "в среднем за {unit}",
        "average.heading": "{losses} в среднем за {unit}, {span}, вычислено из ежедневных данных, которые приводит {who}:",
        "check.elsewhere": "{written} есть в моих источниках как цифра, которую приводит {owner}: {what} ({source}).",
        "check.none": "Цифры {written} по этому вопросу у меня нет; цифры, которые у меня есть, приведены ниже.",
        "check.what_if": "Я отвечаю по тому, что утверждают источники, а не по предположениям, поэтому цифры на это не даю.",
        "check.is": "Приведённая вами цифра, {written}, — это цифра, которую приводит {who}{how}.",
        "check.not_theirs": "Эта цифра принадлежит источнику «{owner}», а не «{asked}».",
        "check.their_side": "названная вами сторона",
        "check.agrees": "Приведённая вами цифра, {written}, согласуется с цифрой, которую приводит {who}{how}.",
        "check.tally_neither": "{written} не совпадает ни с одним прочтением ежедневного подсчёта ({who}): {readings}.",
        "check.tally_not": "{written} не совпадает с ежедневным подсчётом ({who}): {readings}.",
        "check.reading.fought": "{value} за бои {days}",
        "check.reading.report": "{value} в сводке за {days}",
        "check.reading.reports": "{value} в сводках за {days}",
        "check.reading.published": "{value} ({days})",
        "check.above.yes": "Да: по цифрам, которые приводит {who}, {written} превышено: {readings}.",
        "check.above.no": "Нет: по цифрам, которые приводит {who}, {written} не превышено: {readings}.",
        "check.above.split": "Зависит от того, как считать дни: по цифрам, которые приводит {who}, {readings}; {written} — между ними.",
        "check.below.yes": "Да: по цифрам, которые приводит {who}, меньше чем {written}: {readings}.",
        "check.below.no": "Нет: по цифрам, которые приводит {who}, не меньше чем {written}: {readings}.",
        "check.below.split": "Зависит от того, как считать дни: по цифрам, которые приводит {who}, {readings}; {written} — между ними.",
        "check.the_tally": "ежедневная сводка",
        "check.how.day_off": ", если считать по дате сводки: утренняя сводка охватывает бои предыдущих суток, поэтому эта цифра отличается от подсчёта по дням боёв лишь способом счёта дней, а не по существу",
        "check.how.inside": ", за часть периода",
        "check.how.stated_within": ", её назвали в течение периода",
        "check.how.contains": ", за более длинный период, который включает этот",
        "check.report_dated": "- {value} в сводках, датированных {days} (каждая охватывает бои предыдущих суток), вычислено из ежедневных данных, которые приводит {who}. {derivation}",
        "agree.reading.since": "бои после начальной даты, до сводки конечной даты",
        "agree.reading.corrected": "{convention}, с исправлением",
        "agree.words.fighting": "если считать по дням боёв",
        "agree.words.reported": "если считать по дате сводки",
        "agree.words.fighting_corrected": "если считать по дням боёв, с учётом указанного исправления",
        "agree.words.reported_corrected": "если считать по дате сводки, с учётом указанного исправления",
        "agree.words.cumulative": "как нарастающий итог, сообщённый тем утром",
        "agree.words.since": "если читать её как бои после начальной даты до сводки конечной даты",
        "agree.words.other": "если читать её так: {convention}",
        "agree.none.undated_day": "суточная цифра без даты",
        "agree.none.open_range": "период ({kind}) без одной из границ",
        "agree.none.no_period": "период не указан",
        "agree.none.not_covered": "сводка не охватывает этот период",
        "agree.none.undated_total": "нарастающий итог без даты",
        "agree.none.no_report": "в сводке нет данных за {day}",
        "agree.reported_on": "{value}, сообщено {day} ({quote})",
        "compose.article_of": " от {day}",
        "compose.stated_within": "Статья{published} датирует {figure} лишь как «{words}»: цифру назвали где-то между {first} и {last}, а этот промежуток пересекается с периодом {asked}. Это нарастающий итог с начала вторжения, а не потери только {asked}.",
        "compose.agree_same": "они совпадают",
        "compose.agree_within": "она в пределах того, что допускает опубликованная цифра",
        "compose.agrees_fighting": "Опубликованная цифра ({figure}) согласуется с ежедневной сводкой, {how_read}: {why}.",
        "compose.agrees_reported": "Опубликованная цифра ({figure}) согласуется с ежедневной сводкой, {how_read}: {derivation} По дням боёв сводка даёт {tally}; эти две цифры отличаются лишь тем, как датированы сводки, а не по существу.",
        "compare.against": "{first} против {second}",
        "compare.no_figure_line": "- {period}: в моих источниках цифры нет.",
        "compare.figure_line": "- {period}: {value}, по данным: {who} ({source}).",
        "compare.covers_only": " Она охватывает лишь {span} из запрошенного периода ({period}).",
        "compare.losses_of": "потери ({noun})",
        "compare.how.day": "предыдущие сутки",
        "compare.how.week": "предыдущая неделя",
        "compare.how.month": "предыдущий месяц",
        "compare.how.quarter": "предыдущий квартал",
        "compare.how.season": "предыдущий сезон",
        "compare.how.half": "предыдущее полугодие",
        "compare.how.year": "предыдущий год",
        "compare.how.period": "предыдущий период",
        "compare.how.same_length": "предыдущий период такой же длины",
        "compare.how.year_on": "тот же период другого года",
        "compare.missing": "{label}, {first} против {second}{against}: в моих источниках нет цифры{who} за {missing}, поэтому сравнить их я не могу.",
        "compare.from": " (по данным: {who})",
        "compare.what_i_have": " Вот что у меня есть:",
        "compare.per_day": "Периоды разной длины; за сутки: {a} ÷ {a_days} = {a_rate} против {b} ÷ {b_days} = {b_rate}.",
        "compare.other_claimants": "Эти две цифры приводят разные источники ({first}; {second}), поэтому сравнивать их напрямую нельзя.",
        "compare.word.higher": "больше",
        "compare.word.lower": "меньше",
        "compare.word.same": "столько же",
        "compare.cut": "{label}: за сутки {first} — {verdict}, чем {second}{against}: {a_total} ÷ {a_days} дн. = {a} за сутки против {b_total} ÷ {b_days} дн. = {b} за сутки, {diff} за сутки{pct}. Мои данные охватывают не весь один из периодов, поэтому итоги не сравниваются.",
        "compare.same": "{label}: {first} — столько же, сколько {second}{against}: по {a}.",
        "compare.quoted_agrees": "Изменение, которое вы приводите, {quoted}, совпадает с этими цифрами: {got}.",
        "compare.quoted_differs": "Изменение, которое вы приводите, {quoted}, не соответствует этим цифрам: {got}.",
        "compare.higher": "{label}: {first} — больше, чем {second}{against}: {a} − {b} = {diff}{pct}.",
        "compare.lower": "{label}: {first} — меньше, чем {second}{against}: {a} − {b} = {diff}{pct}.",
        "compare.yes": "Да. {block}",
        "compare.no": "Нет. {block}",
        "compare.nothing": "Ничего не сравнивалось: одной или обеих цифр нет в моих источниках.",
        "compare.caveat": "Цифры приводит {who}; ни одна из них независимо не подтверждена, а разность вычислена здесь — её никто не заявлял.",
        "compare.each_morning": " Каждая утренняя сводка охватывает бои предыдущих суток.",
        "src.side.ukraine": "{name}: на стороне Украины, то есть стороны войны; поэтому эти цифры — заявления одной из сторон.",
        "src.side.russia": "{name}: на стороне России, то есть стороны войны; поэтому эти цифры — заявления одной из сторон.",
        "src.side.uk": "{name}: правительство Великобритании, не сторона войны.",
        "src.side.us": "{name}: правительство США, не сторона войны.",
        "src.side.independent": "{name}: независимый источник, не правительство и не сторона войны.",
        "src.press.ukraine": "{name} — украинские государственные СМИ, на стороне Украины, то есть стороны войны; поэтому их цифры — заявления одной из сторон.",
        "src.press.russia": "{name} — российские государственные СМИ, на стороне России, то есть стороны войны; поэтому их цифры — заявления одной из сторон.",
        "src.press.uk": "{name} — государственные СМИ Великобритании, не стороны войны.",
        "src.press.us": "{name} — государственные СМИ США, не стороны войны.",
        "src.press.independent": "{name} — независимое издание, не правительство и не сторона войны.",
        "src.official.ukraine": "Официальные украинские цифры исходят от стороны войны: это заявления одной из сторон.",
        "src.official.russia": "Официальные российские цифры исходят от стороны войны: это заявления одной из сторон.",
        "src.itself.ukraine": "Цифр непосредственно от {who} у меня нет; другие официальные украинские цифры:",
        "src.itself.russia": "Цифр непосредственно от {who} у меня нет; другие официальные российские цифры:",
        "src.not_verified": "Каждая цифра здесь — заявление названной стороны; ни одна из них независимо не подтверждена.",
        "src.which_figure": "Я не знаю, какую цифру вы имеете в виду: приведите её («откуда 45 720?») или спросите сразу после ответа. Откуда мои цифры:",
        "src.outlet_role": "издание сообщает цифры; за каждой цифрой стоит названная рядом сторона, которая её заявила",
        "src.no_last": "Мой последний ответ не ссылался ни на один источник. Сначала задайте вопрос о потерях.",
        "src.last_from": "Последний ответ основан на таких источниках:",
        "src.last_report": "Последняя сводка содержит:",
        "breakdown.month": "По месяцам:",
        "breakdown.week": "По неделям (с понедельника по воскресенье):",
        "src.first_report": "Они начинаются со сводки {day} (бои {fighting}).",
        "src.newest": "Моя самая новая статья — от {newest} ({newest_name}), самая старая — от {oldest} ({oldest_name}).",
        "src.empty": "Моя база знаний пуста: не загружено ни одной статьи и ни одной ежедневной сводки.",
        "src.with_such": " с такими цифрами",
        "src.no_source": "В моей базе знаний нет источников{what}.",
        "src.holdings": "У меня есть {articles} из {outlets} и {series}{what}:",
        "src.listed": "- {source}{title} (цифры приводит {who})",
        "src.more": "…и ещё {count} (/sources показывает все).",
        "src.note": "Примечание: {role}. {not_verified}",
        "src.reports_from_to": ", сводки с {first} по {last}",
        "src.no_such_from": "Такой цифры от {outlet} у меня нет.",
        "src.corrections": (
            "Да: ежедневная сводка {who} содержит {count} исправлений, каждое учтено в "
            "общей сумме одного отчёта. Крупнейшие:"
        ),
        "src.correction_line": "- {amount} {what}, указано за {listed} (в отчёте от {report})",
        "src.corrections_note": (
            "Исправление — это переклассификация в сводке, а не потери одного дня."
        ),
        "src.no_corrections": "В ежедневной сводке, которая у меня есть, исправлений нет.",
        "src.method.days": (
            "Ежедневные данные — это нарастающие итоги {who}, одна утренняя сводка в день, и "
            "каждая утренняя сводка охватывает бои предыдущего дня. Поэтому потери за день, "
            "неделю или месяц можно считать двумя способами: по дню боёв или по дате сводки "
            "(что добавили сводки, датированные этим периодом). Когда они расходятся, я даю оба, "
            "каждый с пометкой."
        ),
        "src.method.about": (
            "«Около» — это слово самого источника: ежедневные сводки дают цифру личного состава "
            "как приблизительную, а не точную, и я сохраняю это слово у каждой цифры, где оно есть."
        ),
        "src.method.no_series": "Ежедневного ряда у меня нет, только цифры, приведённые в статьях.",
        "src.method.units": (
            "Каждая моя цифра — это количество людей или единиц техники, как её дают источники: "
            "ни одной в тоннах, в воинских подразделениях вроде батальонов или в деньгах."
        ),
        "src.no_claimant_in": (
            "Цифры от {who} в том, что сообщает {outlet}, нет. Что {outlet} сообщает "
            "от других (не от {who}):"
        ),
        "src.what_reports": "Что сообщает {outlet} ({articles}):",
        "src.no_such_from_in": "Такой цифры от {outlet} {period} у меня нет. Другие его цифры:",
        "src.no_article_from": "В моей базе знаний нет статей от {outlet}.",
        "src.cite_one": "{outlets} ссылается на {outlet}:",
        "src.cite_many": "{outlets} ссылаются на {outlet}:",
        "src.outlets_held": "Издания, которые у меня есть: {outlets}.",
        "src.none_gives": "Ни один из моих источников не приводит цифру {value}.",
        "src.is_in": "Цифра {value} есть в моих источниках ({sources}):",
        "src.tally_same": "Ежедневная сводка даёт ту же цифру за этот период:",
        "src.what_they_say": "{not_verified} Что сами мои источники говорят о своих цифрах:",
        "src.none_qualifies": "{not_verified} Ни один из моих источников больше ничего не уточняет о своих цифрах.",
        "src.news_outlet": "{name} — новостное издание: {role}.",
        "src.theirs": "Их цифры, которые у меня есть (из {outlets}):",
        "src.no_figures_from": "Цифр от {who} у меня нет.",
        "src.daily_are": "Ежедневные цифры приводит {who} ({source}).",
        "src.articles_quote": "Статьи приводят цифры от:",
        "src.quoted_in": "- {who} (в {outlets})",
        "src.no_such_source": "Источников с такими цифрами у меня нет.",
        "src.sources_say": "Что сами источники говорят об этих цифрах:",
        "src.second_hand_one": "{outlet} передаёт её с чужих слов: это заявление, которое приводит {who}.",
        "src.second_hand_many": "{outlet} передаёт их с чужих слов: это заявления, которые приводит {who}.",
        "noun.articles": "статья|статьи|статей",
        "noun.outlets": "издания|изданий|изданий",
        "noun.series": "ежедневная сводка|ежедневные сводки|ежедневных сводок",
        "noun.sources": "источник|источника|источников",
        "src.sides.ukraine": "{name}: на стороне Украины, то есть стороны войны; поэтому эти цифры — заявления одной из сторон.",
        "src.sides.russia": "{name}: на стороне России, то есть стороны войны; поэтому эти цифры — заявления одной из сторон.",
        "src.sides.uk": "{name}: правительство Великобритании, не сторона войны.",
        "src.sides.us": "{name}: правительство США, не сторона войны.",
        "src.sides.independent": "{name}: независимый источник, не правительство и не сторона войны.",
        "record.of_war": "всей войны",
        "record.of_war_to": "войны до {day}",
        "record.of_year": "{year} года",
        "record.highest_label": "самый высокий суточный показатель {words}",
        "record.reported_that_day": "по сводке этого дня",
        "record.fighting_that_day": "по боям этого дня",
        "record.where": "в ежедневных данных, которые приводит {who} ({label})",
        "record.according": "по данным: {who} ({source}).",
        "record.day_reported": "- Сводка за {day}: {value}, {cited} {derivation}",
        "record.day_fought": "- Бои {day}: {value}, {cited} {derivation}",
        "record.highest_line": "- Самый высокий суточный показатель {words}: {value} за бои {fought}, {cited} {sentence}",
        "record.caveat": "Цифры приводит {who}; ни одна из них независимо не подтверждена. Сравнение с самым высоким суточным показателем вычислено здесь, его никто не заявлял.",
        "record.yes_fought": "Да: за бои {day} — {value}, это самый высокий суточный показатель {words} {where}.",
        "record.yes_reported": "Да, если считать по дате сводки: сводка за {day} добавила {value} (бои {fought}), это самый высокий суточный показатель {words} {where}.",
        "record.day_rounded": "- Сводка от {report} подскочила на {raw}, и это не потери за сутки: сводки до {rounded} были округлёнными оценками начала войны.",
        "record.no": "Нет: самый высокий суточный показатель {words} {where} — {value} за бои {fought}; для {day} есть такие цифры:",
        "average.covered": "Вы спрашивали о периоде: {asked} ({days} {days_noun}); мои данные охватывают период: {used} ({have} {have_noun}), поэтому среднее вычислено только за эти дни.",
        "average.under_one_an_hour": "В среднем меньше одного в час ({total} за {hours} часов), поэтому вот среднее за сутки:",
        "average.caveat": "Это среднее из цифр, которые приводит {who}; ни одна из них независимо не подтверждена. Каждая утренняя сводка охватывает бои предыдущих суток.",
        "caveat.one": (
            "Это заявление, а не установленный факт: цифру приводит {who}, и независимо она "
            "не подтверждена."
        ),
        "caveat.many": (
            "Это заявления, а не установленные факты: цифры приводят {who}; ни одна из них "
            "независимо не подтверждена."
        ),
        "caveat.wrote": "{source} пишет: «{quote}»",
        "caveat.tally": (
            "Цифры, вычисленные из ежедневной сводки, — это разности нарастающих итогов, "
            "которые публикует Генштаб ВСУ; значит, это тоже его заявления."
        ),
        "nofig.no_metric": "{losses}: цифр у меня нет. {side}: у меня есть цифры по таким категориям: {names}.",
        "nofig.no_side": "{side}: цифр у меня нет совсем.",
        "nofig.no_claimant": "{side} ({noun}): цифр, которые приводит {who}, у меня нет.",
        "nofig.from_none": "Цифр об этом, которые приводит {who}, в моих источниках нет.",
        "nofig.no_claimant_newest": "{side} ({noun}): среди самых свежих цифр я не нашёл тех, которые приводит {who}.",
        "nofig.others_one": "Их приводит {others}.",
        "nofig.others_many": "Их приводят {others}.",
        "nofig.other_sources": "другие источники",
        "nofig.period": "{losses} {asked}: такой цифры у меня нет.",
        "nofig.period_from": "{losses} {asked}: такой цифры, которую приводит {who}, у меня нет.",
        "nofig.only_kind": "{side}, личный состав {asked}: цифры только о {kind} у меня нет.",
        "nofig.only_kind_from": "{side}, личный состав {asked}: цифры только о {kind}, которую приводит {who}, у меня нет.",
        "nofig.pointers": "Цифры ({noun}) у меня есть для таких периодов: {periods}.",
        "nofig.pointers_from": "От {who} цифры ({noun}) у меня есть для таких периодов: {periods}.",
        "nofig.that": "Цифры об этом у меня нет.",
        "nofig.metrics": "Цифр {asked} у меня нет по таким категориям: {names}.",
        "pointer.total_as_of": "общая цифра по состоянию на {day}",
        "suggest.total": "{losses} всего",
        "suggest.total_as_of": "{losses} по состоянию на {day}",
        "suggest.period": "{losses} {period}",
        "claimant.or_other_ukraine": "{claimant} (или любой другой официальный украинский источник)",
        "claimant.or_other_russia": "{claimant} (или любой другой официальный российский источник)",
        "official.ukraine": "официальные украинские источники (Генштаб ВСУ, Минобороны Украины)",
        "official.russia": "официальные российские источники (Кремль, Минобороны РФ)",
        "official.either": "официальные источники любой стороны (украинские или российские официальные лица)",
        "chat.hello": "Здравствуйте!",
        "chat.empty": "Задайте, пожалуйста, вопрос.",
        "chat.cannot": "К сожалению, на это я не могу ответить: {reason}",
        "chat.thanks": "Пожалуйста!",
        "chat.languages": "Я читаю вопросы на английском, украинском и русском языках.",
        "chat.off_topic": "К сожалению, я отвечаю только на вопросы о военных потерях.",
        "chat.intro": (
            "Я отвечаю на вопросы о военных потерях в войне России против Украины по "
            "заявлениям, опубликованным в новостях, и всегда говорю, кто приводит цифру и где "
            "о ней сообщили. У меня есть цифры о потерях России: {have}."
        ),
        "chat.nothing_yet": "пока ничего",
        "chat.examples": "Например: {examples}.",
        "example.month": "Потери России за ноябрь 2024 года",
        "example.tanks": "Сколько танков потеряла Россия всего?",
        "example.kremlin": "Что говорит Кремль о потерях России?",
        "read.as": "Я прочитал вопрос так: {what}.",
        "read.followup": "Я прочитал это так: {what}",
        "read.beside": "{first} рядом с: {second}",
        "share.of_total": "{part} — это {share} от общего итога {whole} на {day}.",
        "record.is_yes": "Да: {value} — наибольшая {unit} цифра, которая у меня есть для этих потерь.",
        "record.is_no": "Нет: наибольшая {unit} цифра, которая у меня есть, — {record}; последняя цифра была {value}.",
        "record.is_unit.day": "суточная",
        "record.is_unit.week": "недельная",
        "record.is_unit.month": "месячная",
        "record.is_unit.year": "годовая",
        "read.not_found": "Такого заявления в моих источниках я не нашёл.",
        "read.latin": "Ваши латинские буквы я прочитал так: «{text}».",
        "read.layout": "Похоже, у вас была включена английская раскладка; я прочитал так: «{text}».",
        "read.unread": (
            "Я не смог прочитать: {words}. Поэтому не отвечаю цифрой: она могла бы относиться "
            "не к тому, о чём вы спрашивали."
        ),
        "sources.none": "В моём предыдущем ответе не было источников. Сначала спросите о потерях.",
        "sources.from": "Предыдущий ответ основан на:",
        "ui.source": "Источник",
        "ui.sources": "Источники",
        "ui.try": "Можно спросить:",
        "ui.caveat_short": "Это заявления, а не проверенные факты: см. /about.",
        "ui.cut": "(Ваш вопрос сокращён до первых {count} символов.)",
        "ui.wrong_answer": "Неверный ответ?",
        "ui.how_to_ask": "Как меня спрашивать",
        "help.intro": "Я отвечаю на вопросы о военных потерях в войне России против Украины <b>по заявлениям, опубликованным в новостях</b>. При каждой цифре сказано, кто её приводит, где она опубликована и за какой период. Заявление — не проверенный факт.",
        "help.known": "Я знаю <b>{claims}</b> {claims_word} из <b>{articles}</b> {articles_word}",
        "noun.claims_known": "заявление|заявления|заявлений",
        "noun.articles_from": "статьи|статей|статей",
        "noun.days_skipped": "день|дня|дней",
        "noun.days": "день|дня|дней",
        "help.published": "(опубликованы с {first} по {last})",
        "help.series": "и <b>{claims}</b> ежедневных цифр из рядов данных: {series}",
        "help.cover": "Цифры охватывают период с {first} по {last}.",
        "help.available": "Есть цифры по: {metrics}.",
        "help.none_yet": "пока ничего",
        "help.try": "Попробуйте спросить:",
        "help.how": "В личном чате просто напишите вопрос. В группе используйте <code>/ask ваш вопрос</code>, упомяните меня или ответьте на моё сообщение. В любом чате можно также написать <code>{mention}ваш вопрос</code>.\n/sources показывает, что я прочитал; /export присылает заявления, на которых основан мой последний ответ, таблицей (CSV).",
        "help.subscribe": "/subscribe — каждое утро в {hour}:00 (время: {tz}) я буду присылать в этот чат подборку цифр.",
        "help.no_series": "Ежедневная сводка не загружена.",
        "help.example_tanks": "Сколько российских танков уничтожено в феврале 2024?",
        "help.example_day": "Потери России 3 декабря 2024",
        "help.example_total": "Сколько всего солдат потеряла Россия по данным Генштаба ВСУ?",
        "lang.usage": "Как выбрать язык ответов: /lang en, /lang uk, /lang ru или /lang auto (на языке вопроса). Я читаю вопросы на английском, украинском и русском языках.",
        "card.line": "{figure} — {what} ({side}), {period}; по данным: {who}",
        "card.undated": "У статьи нет даты, поэтому период неточен.",
        "card.source": "Источник: {source}",
        "country.russia": "Россия",
        "country.ukraine": "Украина",
        "country.other": "другие",
        "digest.title": "Ежедневная подборка, {day}",
        "digest.no_report": "Сводка за {day} ещё не загружена.",
        "digest.kept": "Предыдущие цифры сохранены.",
        "digest.no_articles": "С предыдущей подборки новых статей не добавлено.",
        "digest.articles": "Статей, добавленных с предыдущей подборки: {count}",
        "digest.latest_shown": "(показаны последние {count})",
        "digest.more": "… и ещё {count} из «{title}».",
        "digest.caveat": "Цифры из статей — это заявления стороны или органа, названных при каждой; ни одна из них независимо не подтверждена.",
        "about.title": "Об этих цифрах",
        "about.claims": "Каждая цифра, которую я привожу, — это заявление: его сделал кто-то (правительство, армия, разведка, исследователь), а опубликовало издание или ежедневная сводка. Я говорю, кто её приводит, где она опубликована и за какой период.",
        "about.unverified": "Ни одна из этих цифр независимо не подтверждена. У каждой стороны есть причины преувеличивать потери противника и преуменьшать собственные; оценки других правительств и исследователей различаются методом и тем, что именно они считают (погибших, раненых, пропавших без вести).",
        "about.computed": "Цифры, которые я вычисляю (месяц из ежедневной сводки, разность, среднее), — это арифметика над теми же заявлениями, и они не точнее их. Когда источники расходятся, я показываю каждый.",
        "about.never": "Я никогда не привожу число, которого нет в сохранённом заявлении. /sources показывает, что я прочитал.",
        "event.jump_up": "Сводка за {day} увеличила общий подсчёт ({who}) — {what} — на {raw}: {current} против {previous} в сводке за {before}.",
        "event.jump_down": "Сводка за {day} уменьшила общий подсчёт ({who}) — {what} — на {raw}: {current} против {previous} в сводке за {before}. Уменьшение общего подсчёта — это исправление, а не отрицательные потери.",
        "event.correction": "Эта сводка содержит исправление на {amount}, указанное за {listed} (переклассификация в подсчёте, а не потери за сутки).",
        "event.net": "Без исправления сводка добавила {net} — потери, которые она заявляет за бои {fought}.",
        "event.down_unlisted": "Для этой сводки исправление не указано: подсчёт пересмотрен в сторону уменьшения.",
        "event.no_correction": "Для этой сводки исправление не указано: изменение — это то, что она заявляет за бои {fought}.",
        "event.rounded": "Сводки до {day} были округлёнными оценками начала войны: их скачки — не потери за сутки.",
        "event.quoted_is_raw": "{written} — на столько эта сводка изменила подсчёт, вместе с исправлением.",
        "event.quoted_is_correction": "{written} — это указанное исправление, а не потери за сутки.",
        "event.quoted_is_net": "{written} — столько сводка добавила без исправления.",
        "event.quoted_not": "{written} — не то изменение, которое дала эта сводка.",
        "event.arithmetic": "{current} в сводке за {day} минус {previous} в сводке за {before} = {raw}.",
        "event.jump_label": "изменение общего подсчёта в одной сводке",
        "event.correction_label": "исправление, указанное за {listed}",
        "event.total_found": "{value} — общий подсчёт ({who}) — {what} — в сводке за {day}, первой сводке с этой цифрой.",
        "event.cited": "Заявляет: {who} ({source}).",
        "event.caveat": "Цифры приводит {who}; ни одна из них независимо не подтверждена. Разницы вычислены здесь из общих подсчётов, их никто не заявлял.",
        "event.within": "Значит, да: отметка {value} пройдена в пределах периода {period}.",
        "event.not_within": "Значит, нет: отметка {value} не пройдена в пределах периода {period}.",
        "event.passed": "Общий подсчёт ({who}) — {what} — впервые достиг {value} в сводке за {day}: {total}.",
        "event.before": "Предыдущая сводка, за {day}, давала {total}.",
        "event.passed_with_correction": "Эта сводка содержит указанное исправление на {amount} (переклассификация в подсчёте).",
        "event.not_yet": "Общий подсчёт ({who}) — {what} — не достиг {value} до последней сводки, за {day}: {total}.",
        "event.first_day": "Первые сутки боёв, когда {what} достигли {value} или больше, по данным: {who}: {fought}, {figure} (в сводке за {report}).",
        "event.skipped": "Пропущено ранних скачков такого размера: {count}. Сводки до {day} были округлёнными оценками, а сводка с исправлением — не потери за сутки.",
        "event.first_day_label": "первые сутки с {value} или больше",
        "event.no_day": "Ни один отрезок в {days} дн. за {span} не изменил общий подсчёт ({what}) на {value}.",
        "event.highest_day": "Самый высокий показатель этого периода: {figure} за бои {fought} (в сводках за {report}).",
        "event.day_found": "Да, {value} ({what}) есть в подсчёте: это добавили сводки за {report} (бои {fought}): {arithmetic}",
        "event.hit_artefact": "Этот скачок — не потери за сутки: он содержит указанное исправление или приходится на время до {day}, когда сводки были округлёнными оценками.",
    },
}  # fmt: skip
# English words inside knowledge/dates.py's notes (a feast's name, which number came first).
NOTE_WORDS: dict[str, dict[str, str]] = {
    "uk": {
        "Easter": "Великдень", "Palm Sunday": "Вербну неділю", "Good Friday": "Страсну п'ятницю",
        "Easter Monday": "Великодній понеділок", "Easter weekend": "великодні вихідні",
        "Pentecost (Trinity Sunday)": "Трійцю", "day first": "спершу день",
        "month first": "спершу місяць", "it": "це",
        # the feast's words as the asker's question was read ("easter sunday")
        "easter": "Великдень", "easter sunday": "Великдень", "easter day": "Великдень",
        "good friday": "Страсна п'ятниця", "holy friday": "Страсна п'ятниця",
        "palm sunday": "Вербна неділя", "easter monday": "Великодній понеділок",
        "easter weekend": "великодні вихідні", "pentecost": "Трійця", "trinity": "Трійця",
        "trinity sunday": "Трійця", "whitsun": "Трійця",
    },
    "ru": {
        "Easter": "Пасху", "Palm Sunday": "Вербное воскресенье",
        "Good Friday": "Страстную пятницу", "Easter Monday": "Светлый понедельник",
        "Easter weekend": "пасхальные выходные", "Pentecost (Trinity Sunday)": "Троицу",
        "day first": "сначала день", "month first": "сначала месяц", "it": "это",
        "easter": "Пасха", "easter sunday": "Пасха", "easter day": "Пасха",
        "good friday": "Страстная пятница", "holy friday": "Страстная пятница",
        "palm sunday": "Вербное воскресенье", "easter monday": "Светлый понедельник",
        "easter weekend": "пасхальные выходные", "pentecost": "Троица", "trinity": "Троица",
        "trinity sunday": "Троица", "whitsun": "Троица",
    },
}  # fmt: skip

METRIC_NAMES: dict[str, dict[Metric, str]] = {
    "uk": {
        Metric.personnel: "особовий склад", Metric.tanks: "танки",
        Metric.armored_vehicles: "бойові броньовані машини",
        Metric.artillery: "артилерійські системи", Metric.mlrs: "РСЗВ",
        Metric.air_defense: "засоби ППО", Metric.aircraft: "літаки",
        Metric.helicopters: "гелікоптери", Metric.drones: "БпЛА",
        Metric.ships: "кораблі й катери", Metric.submarines: "підводні човни",
        Metric.vehicles: "автотехніка й автоцистерни", Metric.cruise_missiles: "крилаті ракети",
        Metric.special_equipment: "спецтехніка", Metric.other: "інша техніка",
    },
    "ru": {
        Metric.personnel: "личный состав", Metric.tanks: "танки",
        Metric.armored_vehicles: "боевые бронированные машины",
        Metric.artillery: "артиллерийские системы", Metric.mlrs: "РСЗО",
        Metric.air_defense: "средства ПВО", Metric.aircraft: "самолёты",
        Metric.helicopters: "вертолёты", Metric.drones: "БПЛА",
        Metric.ships: "корабли и катера", Metric.submarines: "подводные лодки",
        Metric.vehicles: "автотехника и автоцистерны", Metric.cruise_missiles: "крылатые ракеты",
        Metric.special_equipment: "спецтехника", Metric.other: "другая техника",
    },
}  # fmt: skip
# Claimant names as stored -> as a Ukrainian or Russian newsroom writes them (nominative).
CLAIMANT_NAMES: dict[str, dict[str, str]] = {
    "uk": {
        "Ukraine's General Staff": "Генштаб ЗСУ", "Ukraine's armed forces": "ЗСУ",
        "Ukraine's Ministry of Defence": "Міноборони України",
        "Ukraine's military intelligence (HUR)": "ГУР Міноборони України",
        "Ukrainian officials": "українські посадовці",
        "Russian officials": "російські посадовці",
        "Ukrainian commanders": "українські командири",
        "Ukraine's Joint Forces Task Force": "Об'єднані сили ЗСУ",
        "Ukraine's Khortytsia group of forces": "ОСУВ «Хортиця»",
        "Ukraine's Tavria group of forces": "ОСУВ «Таврія»",
        "Ukraine's Southern Defence Forces": "Сили оборони півдня України",
        "Ukraine's 3rd Assault Brigade": "3-тя окрема штурмова бригада",
        "Ukraine's Unmanned Systems Forces": "Сили безпілотних систем ЗСУ",
        "Ukraine's State Border Guard Service": "Державна прикордонна служба України",
        "Russian commanders": "російські командири",
        "Russian media": "російські ЗМІ",
        "Russian regional governor": "російський губернатор області",
        "Ukrainian regional military administration": "українська обласна військова адміністрація",
        "Russian military bloggers": "російські воєнкори",
        "the Kremlin": "Кремль", "Russia's Ministry of Defence": "Міноборони рф",
        "UK Ministry of Defence": "Міноборони Великої Британії",
        "the Pentagon": "Пентагон", "US intelligence": "розвідка США",
        "the Institute for the Study of War": "Інститут вивчення війни (ISW)",
        "CSIS": "Центр стратегічних і міжнародних досліджень (CSIS)",
        "Oryx": "Oryx", "media reports": "повідомлення ЗМІ",
        "Mediazona": "«Медіазона»", "Volodymyr Zelensky": "Володимир Зеленський",
        "unattributed (the outlet does not say)": "неназване джерело (видання не вказує)",
        "GCHQ": "Центр урядового зв’язку Великої Британії (GCHQ)", "NATO": "НАТО",
        "Russia's human rights commissioner": "уповноважена з прав людини в росії",
        "South Korea's National Intelligence Service": "Національна розвідувальна служба Південної Кореї",
        "UALosses": "UALosses", "Ukraine's Air Force": "Повітряні сили ЗСУ",
        "Ukraine's Commander-in-Chief": "Головнокомандувач ЗСУ",
        "Ukraine's Navy": "ВМС ЗСУ", "Ukraine's President": "Президент України",
        "Wagner Group": "ПВК «Вагнер»", "the White House": "Білий дім",
    },
    "ru": {
        "Ukraine's General Staff": "Генштаб ВСУ", "Ukraine's armed forces": "ВСУ",
        "Ukraine's Ministry of Defence": "Минобороны Украины",
        "Ukraine's military intelligence (HUR)": "ГУР Минобороны Украины",
        "Ukrainian officials": "украинские чиновники",
        "Russian officials": "российские чиновники",
        "Ukrainian commanders": "украинские командиры",
        "Ukraine's Joint Forces Task Force": "Объединённые силы ВСУ",
        "Ukraine's Khortytsia group of forces": "ОСГВ «Хортица»",
        "Ukraine's Tavria group of forces": "ОСГВ «Таврия»",
        "Ukraine's Southern Defence Forces": "Силы обороны юга Украины",
        "Ukraine's 3rd Assault Brigade": "3-я отдельная штурмовая бригада ВСУ",
        "Ukraine's Unmanned Systems Forces": "Силы беспилотных систем ВСУ",
        "Ukraine's State Border Guard Service": "Государственная пограничная служба Украины",
        "Russian commanders": "российские командиры",
        "Russian media": "российские СМИ",
        "Russian regional governor": "российский губернатор области",
        "Ukrainian regional military administration": "украинская областная военная администрация",
        "Russian military bloggers": "российские военкоры",
        "the Kremlin": "Кремль", "Russia's Ministry of Defence": "Минобороны России",
        "UK Ministry of Defence": "Минобороны Великобритании",
        "the Pentagon": "Пентагон", "US intelligence": "разведка США",
        "the Institute for the Study of War": "Институт изучения войны (ISW)",
        "CSIS": "Центр стратегических и международных исследований (CSIS)",
        "Oryx": "Oryx", "media reports": "сообщения СМИ",
        "Mediazona": "«Медиазона»", "Volodymyr Zelensky": "Владимир Зеленский",
        "unattributed (the outlet does not say)": "неназванный источник (издание не указывает)",
        "GCHQ": "Центр правительственной связи Великобритании (GCHQ)", "NATO": "НАТО",
        "Russia's human rights commissioner": "уполномоченная по правам человека в России",
        "South Korea's National Intelligence Service": "Национальная служба разведки Южной Кореи",
        "UALosses": "UALosses", "Ukraine's Air Force": "Воздушные силы ВСУ",
        "Ukraine's Commander-in-Chief": "Главнокомандующий ВСУ",
        "Ukraine's Navy": "ВМС ВСУ", "Ukraine's President": "Президент Украины",
        "Wagner Group": "ЧВК «Вагнер»", "the White House": "Белый дом",
    },
}  # fmt: skip
# Outlets and series as stored -> their name in Ukrainian and Russian, where they have one
# (Reuters, Newsweek keep theirs).
OUTLET_NAMES: dict[str, dict[str, str]] = {
    "uk": {
        "BBC": "Бі-Бі-Сі", "BBC News": "Бі-Бі-Сі", "BBC Russian": "Бі-Бі-Сі Російська служба",
        "Ukrainska Pravda": "«Українська правда»", "Kyiv Independent": "The Kyiv Independent",
        "Radio Liberty": "Радіо Свобода", "Radio Free Europe/Radio Liberty": "Радіо Свобода",
        "Meduza": "«Медуза»", "Mediazona": "«Медіазона»",
        "daily tally": "щоденне зведення",
        "Daily tally of Russian losses claimed by Ukraine's General Staff":
            "Щоденне зведення втрат росії за даними Генштабу ЗСУ",
        "Ukraine's General Staff (via PetroIvaniuk/2022-Ukraine-Russia-War-Dataset)":
            "Генштаб ЗСУ (через набір даних PetroIvaniuk/2022-Ukraine-Russia-War-Dataset)",
    },
    "ru": {
        "BBC": "Би-би-си", "BBC News": "Би-би-си", "BBC Russian": "Русская служба Би-би-си",
        "Ukrainska Pravda": "«Украинская правда»", "Kyiv Independent": "The Kyiv Independent",
        "Radio Liberty": "Радио Свобода", "Radio Free Europe/Radio Liberty": "Радио Свобода",
        "Meduza": "«Медуза»", "Mediazona": "«Медиазона»",
        "daily tally": "ежедневная сводка",
        "Daily tally of Russian losses claimed by Ukraine's General Staff":
            "Ежедневная сводка потерь России по данным Генштаба ВСУ",
        "Ukraine's General Staff (via PetroIvaniuk/2022-Ukraine-Russia-War-Dataset)":
            "Генштаб ВСУ (через набор данных PetroIvaniuk/2022-Ukraine-Russia-War-Dataset)",
    },
}  # fmt: skip
# Abbreviation of "year" after a date, as CLDR writes it.
_YEAR_MARK = {"uk": "р.", "ru": "г."}
_YEAR_WORD = {"uk": "рік", "ru": "год"}


def number(value: int, lang: str) -> str:
    """`45 720` (CLDR's grouping for Ukrainian and Russian)."""
    return format_decimal(value, locale=lang)


def _date(date: dt.date, pattern: str, lang: str) -> str:
    """CLDR's date, with a no-break space before "р."/"г." (CLDR's narrow one is missing
    from some phone fonts)."""
    return format_date(date, format=pattern, locale=lang).replace("\u202f", "\xa0")


def day(date: dt.date, lang: str) -> str:
    """`3 грудня 2024 р.`, `3 декабря 2024 г.`."""
    return _date(date, "long", lang)


def day_short(date: dt.date, lang: str) -> str:
    """`3 груд. 2024 р.`."""
    return _date(date, "medium", lang)


def day_month(date: dt.date, lang: str) -> str:
    """`3 грудня`."""
    return format_date(date, format="d MMMM", locale=lang)


def month_name(date: dt.date, lang: str) -> str:
    """`листопад` (the month standing alone)."""
    return format_date(date, format="LLLL", locale=lang)


def month_year(date: dt.date, lang: str) -> str:
    """`листопад 2024 р.`."""
    return f"{_date(date, 'LLLL y', lang)}\xa0{_YEAR_MARK[lang]}"


def weekday(date: dt.date, lang: str) -> str:
    """`пʼятниця`: the day of the week of `date`."""
    return _date(date, "EEEE", lang)


def plural_category(count: int, lang: str) -> str:
    """CLDR's plural category of `count` in `lang`: "one", "few", "many" or "other"."""
    return str(Locale.parse(lang).plural_form(count))


def year(value: int, lang: str) -> str:
    """`2024 рік`."""
    return f"{value} {_YEAR_WORD[lang]}"


def claimant(name: str, lang: str) -> str:
    """A stored claimant's name in `lang` (as stored when the table has no row); the press's
    figure as a speaker cites it in `lang`'s words ("повідомлення ЗМІ (цитує Президент
    України)")."""
    cited = _RELAYED_NAME.match(name)
    if cited is not None:
        who, speaker = (CLAIMANT_NAMES[lang].get(n, n) for n in cited.groups())
        return CITED_BY[lang].format(claimant=who, speaker=speaker)
    return CLAIMANT_NAMES[lang].get(name, name)


# The stored form of a relayed claim (`lexicon.claimants.relayed`), and how each language says it.
_RELAYED_NAME = re.compile(r"^(.+?) \(as cited by (.+)\)$")
CITED_BY: dict[str, str] = {
    "uk": "{claimant} (цитує {speaker})",
    "ru": "{claimant} (цитирует {speaker})",
}


def outlet(name: str, lang: str) -> str:
    """An outlet's or a series' name in `lang` (as published when the table has no row)."""
    return OUTLET_NAMES[lang].get(name, name)


# /lang: what the chat is told after choosing (each in its own language). choice -> phrase.
LANG_CHOSEN: dict[str, str] = {
    "en": "Answers in this chat will be in English.",
    "uk": "Відповіді в цьому чаті будуть українською.",
    "ru": "Ответы в этом чате будут на русском.",
    "auto": "Answers follow each question's language. / Мова відповіді — мова запитання. / "
    "Язык ответа — язык вопроса.",
}
