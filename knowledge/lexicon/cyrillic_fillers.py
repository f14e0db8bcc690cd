"""Ukrainian and Russian words that never say which figure is asked for (wave 9, issue 15).

Two closed tables, read once before the question rows see the text:
- FUNCTION_WORDS: the closed classes (pronouns, particles, conjunctions, hedges, politeness)
  that the lemma rows never listed. A closed class can be written out whole, so unlike a row
  per phrasing it reaches questions nobody has seen: "вже", "ну", "мабуть", "ведь", "ещё".
  Each form's English is what the parser reads ("" for nothing; "only", "also", "each").
  Negation, quantity and comparison words ("не", "без", "більше", "понад", "або") are
  deliberately absent: they change the answer and their rows read them; "крім"/"кроме" read
  as "except", which the date grammar reads after a period ("2025, крім грудня").
- GREETINGS and INTRODUCTIONS: how an asker opens a message ("Добрий день!", "Здравствуйте,
  я из редакции ...", "Пишу матеріал для районної газети"). A clause that opens so and has no
  figure and no content word is context, not part of the question.
"""

from __future__ import annotations


def _words(text: str, english: str = "") -> dict[str, str]:
    """Each whitespace-separated form of `text` read as `english`."""
    return dict.fromkeys(text.split(), english)


_UK_NOTHING = """
    вже уже ще так ось оце ну ж же би б навіть просто взагалі загалом значить мабуть напевно
    напевне певно справді дійсно власне от адже бо хоча хоч щоб аби якщо якби тож отже
    я ми він вона воно мене мені мною нам нас нами його її йому їй ним нею ними вас вам вами
    тебе тобі тобою цікаво хочу хочемо хотів хотіла хотілося хотілося б хотілось треба
    скажіть скажи підкажіть підкажи поясніть поясни уточніть уточни допоможіть допоможи
    будь ласка дякую спасибі дуже дякуємо заздалегідь наперед цікавить цікавлять
    той ті тієї того тим тому такий така таке такі таких чимало таки слухай слухайте
    бот бота боту ботом боте """
_RU_NOTHING = """
    уже ещё еще так вот ну ж же бы б даже просто вообще вобщем значит наверное наверно
    действительно собственно ведь хотя хоть чтобы чтоб если бы тоже итак
    я мы он она оно меня мне мной нам нас нами его ее её ему ей ним ней ними вас вам вами
    тебя тебе тобой интересно хочу хотим хотел хотела хотелось хотелось бы надо нужно
    скажите скажи подскажите подскажи поясните поясни уточните уточни помогите помоги
    пожалуйста спасибо благодарю заранее интересует интересуют
    тот те той того тем тому такой такая такое такие таких немало все-таки всё-таки таки
    слушай слушайте бот бота боту ботом боте """
FUNCTION_WORDS: dict[str, dict[str, str]] = {
    "uk": {
        **_words(_UK_NOTHING),
        **_words("тільки лише лишень", "only"), **_words("також теж", "also"),
        **_words("приблизно орієнтовно", "roughly"),  # "скільки приблизно": a hedge
        **_words("кожен кожний кожна кожне кожного кожної кожному кожній кожні кожних", "each"),
        **_words("зараз тепер наразі", "now"), **_words("куди", "where"),
        **_words("крім окрім опріч", "except"),
        **_words("питання запитання", "question"), **_words("відповідь", "answer"),
    },
    "ru": {
        **_words(_RU_NOTHING),
        **_words("только лишь", "only"), **_words("также", "also"),
        **_words("примерно приблизительно ориентировочно", "roughly"),
        **_words("каждый каждая каждое каждого каждой каждому каждые каждых", "each"),
        **_words("сейчас теперь", "now"), **_words("куда", "where"),
        **_words("кроме помимо исключая", "except"),
        **_words("вопрос", "question"), **_words("ответ", "answer"),
    },
}  # fmt: skip

# Greetings and forms of address, at a clause's start (lower case, as typed).
GREETINGS = (
    r"добр(?:ий|ого|ый|ое)\s+(?:день|дня|ранку|ранок|утро|утра|вечір|вечора|вечер|вечера)"
    r"|добридень|доброго|привіт|привітик|вітаю|вітання|здрастуйте|здоровенькі\s+були"
    r"|здравствуйте|здрасьте|здрасте|привет|приветствую|салют|хай|хелоу|алло"
    r"|шановн(?:і|ий|а)(?:\s+(?:колеги|друзі|пане|пані|редакціє|адміни))?"
    r"|уважаем(?:ые|ый|ая)(?:\s+(?:коллеги|друзья|господа|админы|редакция))?"
    r"|колеги|коллеги|друзі|друзья"
)
# Words that open a clause in which the asker says who they are or why they ask.
INTRODUCTIONS = (
    r"(?:я|ми|мы)\s+(?:з|із|зі|из|со)(?=\s)"  # "я з редакції ...", "мы из издания ..."
    r"|мене\s+звати|меня\s+зовут"  # "мене звати Оксана, я журналістка"
    r"|(?:я|ми|мы|мене\s+звати|меня\s+зовут)?\s*"
    r"(?:пишу|пишемо|пишем|готую|готуємо|готовлю|готовим|працюю|працюємо|работаю|работаем"
    r"|роблю|робимо|делаю|делаем|веду|ведемо|ведем|збираю|собираю|перевіряю|проверяю"
    r"|журналіст\w*|журналист\w*|редактор\w*|фактчекер\w*|аналітик\w*|аналитик\w*|студент\w*"
    r"|з\s+редакції|із\s+редакції|из\s+редакции|з\s+видання|из\s+издания|з\s+каналу|из\s+канала"
    r"|для\s+(?:статті|статьи|матеріалу|материала|новини|новости|сюжету|сюжета|допису|поста))"
)
# Words after which an introduction names its topic ("пишу про мобілізованих"): then it is
# part of the question, never dropped.
_TOPIC_TEXT = "про щодо стосовно відносно о об обо насчёт насчет относительно касательно about"
TOPIC_WORDS = frozenset(_TOPIC_TEXT.split())
# Words that end an unpunctuated introduction (voice messages): the question starts here.
QUESTION_OPENERS = (
    r"скільки|сколько|чи|які|яка|який|какие|какая|какой|як|как|коли|когда|де|где|хто|кто"
    r"|що|что|підкажіть|подскажите|скажіть|скажите|поясніть|поясните|уточніть|уточните"
)

# The keys of a Latin (QWERTY) keyboard and the letter each types in the Ukrainian and the
# Russian layout: a question typed with the layout left on English ("crskmrb nfyrsd") is read
# back through them.
_QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
_LAYOUT_TEXT = {
    "uk": "йцукенгшщзхїфівапролджєячсмитьбю'",
    "ru": "йцукенгшщзхъфывапролджэячсмитьбюё",
}
KEYBOARD_LAYOUTS: dict[str, dict[str, str]] = {
    lang: {
        **dict(zip(_QWERTY, letters, strict=True)),
        **{k.upper(): c.upper() for k, c in zip(_QWERTY, letters, strict=True) if k.isalpha()},
        "{": letters[10].upper(), "}": letters[11].upper(), ":": letters[21].upper(),
        '"': letters[22].upper(), "<": letters[30].upper(), ">": letters[31].upper(),
    }
    for lang, letters in _LAYOUT_TEXT.items()
}  # fmt: skip

# Bodies that publish figures, as a question sets two against each other ("ЗСУ vs МО РФ:",
# "Київ чи Москва —"): a contrast of claimants, never whose losses (those follow it).
CLAIMANT_BODIES = (
    r"зсу|всу|гш(?:\s+(?:зсу|всу))?|генштаб\w*(?:\s+(?:зсу|всу))?"
    r"|міноборони(?:\s+(?:рф|росії|україни))?|минобороны(?:\s+(?:рф|россии|украины))?"
    r"|мо\s+рф|моу|київ|києва|киев|киева|москва|москви|москвы|кремль|кремля|гур|сбу"
)
CONTRAST_WORDS = r"vs\.?|versus|чи|або|или|проти|против|/"
# The capital as a claimant is its officials: read as the Kremlin (a row the claimants have).
CAPITAL_AS_CLAIMANT = {"москва": "кремль", "москви": "кремля", "москвы": "кремля"}
ACCORDING_TO = {"uk": "за даними", "ru": "по данным"}
# After such a contrast, "each side" is each of those claimants, not both sides' losses.
EACH_OF_THEM = (
    r"(?:кожна|кожної|кожен|каждая|каждой|каждый|обидві|обидва|обох|обе|оба|обеих)\s+"
    r"(?:сторона|сторони|стороною|стороны|стороне|сторін|сторон|з\s+них|из\s+них)"
)

# Framing (wave 11): the clauses and sentences of a message that say who asks, for whom or why
# ("Мій редактор просить дізнатися, ...", "..., бо він готує підсумковий матеріал", "Ми робимо
# інфографіку до роковин, а я плутаюся в датах."). They are told by their grammar, not by
# their words: a person (a personal or possessive pronoun) or a verb form, and no word a row
# reads as something the answer depends on. The words below are that closed class.
PERSON_WORDS = frozenset(
    _words(
        """
    я ми мене мені нам нас мій моя моє мої мого моєї наш наша наше наші нашого нашої
    він вона вони його її їх йому їй їм
    мы меня мне мой моя моё мое мои моего моей наши нашего нашей
    он она они ему ей им
    """
    )
)
# Words that open a clause saying why the asker asks ("бо ми готуємо огляд", "так как ..."):
# the reason, never what is asked.
REASON_WORDS = frozenset(_words("бо адже оскільки тому поскольку потому ибо так"))
# Verb endings (present, past of the -увати verbs, infinitive, imperative, reflexive) that no
# noun of either language has ("просить", "готує", "делаем", "підписати",
# "вибачте", "плутаюся", "нарахував"); "-сть"/"-ість" nouns ("кількість") are no verbs.
VERB_ENDINGS = (
    r"(?:ся|сь|ти|[аяеиоуыі]ть|ає|яє|ує|ює|ють|ять|ают|яют|уют|ует|ает|яет|ешь|ишь|ємо"
    r"|емо|имо|ите|іть|йте|чте|ував|ював|ировал|ировала"
    # participles ("оновлені", "зібрані", "обновлённые", "публикующий")
    r"|ені|ані|яні|енные|анные|ённые|янные|ющий|ющие|ящий|ащий|ущий)"
)
# Words that keep a clause in the question whatever else it holds: a restriction ("лише
# мобілізованих", "кроме", "без", "серед") or the asker's interest ("мене цікавлять цивільні").
RESTRICTING_STEMS = (
    "лише", "лишень", "тільки", "только", "лишь", "крім", "окрім", "кроме", "помимо", "без",
    "не", "ні", "ни", "серед", "среди", "цікав", "интерес", "стосов", "касает", "щодо",
)  # fmt: skip

# Where a forwarded post or a quoted story comes from, before its name in quotes ("з каналу
# «Фронт сьогодні»", "с канала «Сводки дня»", "у виданні «Новини за тиждень»"): the name is
# whose post it is, never a period or a loss ("сьогодні", "за тиждень" in it ask nothing).
PUBLICATION_NOUNS = (
    r"(?:телеграм-|телеграмм-|telegram-|тг-)?(?:канал\w*|паблік\w*|паблик\w*|видання|виданні"
    r"|издани\w*|газет\w*|сайт\w*|блог\w*|журнал\w*|програм\w*|передач\w*|рубрик\w*)"
)
