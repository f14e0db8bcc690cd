"""Questions about the sources and about coverage (issue 12, requirements 7 and 8).

Red-team tables first (requirement 9): for each kind of question, phrasings written for this
test (casual, with typos, as people type in a chat), each asked over the seed articles and the
daily series. What every answer must do: name the sources from the knowledge base, quote only
sentences the sources really contain, say which side a claimant is on from the claimant
lexicon, and never answer a question about losses as if it were one about sources.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from knowledge import Answer, ClaimStore, Conversation, answer, open_or_build, parse_question
from knowledge.extract.caveats import caveat_sentences
from knowledge.questions.sources import Asked, read_source_question
from tests.conftest import SEEDS

TODAY = dt.date(2026, 11, 30)
OUTLETS = ("GB News", "Newsweek", "Reuters", "LADbible")
SOURCE_TEXT = " ".join(
    " ".join(p.read_text(encoding="utf-8").split())
    for p in [*SEEDS.glob("*.txt"), *SEEDS.glob("*/ABOUT.md")]
)


@pytest.fixture(scope="module")
def store(series_kb: tuple[Path, Path]) -> ClaimStore:
    """The seed articles and the daily series, built once for this module."""
    sources, db = series_kb
    return open_or_build(db, sources)


def ask(store: ClaimStore, question: str) -> Answer:
    return answer(question, store, today=TODAY)


def quotes_of(text: str) -> list[str]:
    """The sentences an answer quotes between curly quotes (“…”)."""
    return [q.rstrip("…") for q in re.findall(r"“([^”]+)”", text)]


def assert_quotes_are_stored(text: str) -> None:
    """Every quoted sentence is the sources' own words (never the bot's)."""
    plain = SOURCE_TEXT.replace("**", "")
    for quote in quotes_of(text):
        assert " ".join(quote.split()) in plain, quote


def kind_of(store: ClaimStore, question: str) -> Asked | None:
    read = read_source_question(question, parse_question(question, TODAY), store.publishers())
    return None if read is None else read.asked


# -- which sources --------------------------------------------------------------------------

LISTING = [
    "wat sources do you use?",
    "which sources r u based on",
    "list your sources pls",
    "show me ur sources",
    "what outlets do you read",
    "Which news sites do you rely on?",
    "where do you get your data from?",
    "where does the bot get its numbers",
    "what are you based on",
    "What publications are in your database?",
    "which articles do you have",
    "sources you use?",
    "what data do you use",
    "whcih outlets report russian casualties",
    "What media do you cite for Russian losses?",
    "list of all your sources",
]


@pytest.mark.parametrize("question", LISTING)
def test_which_sources_lists_them_from_the_store(store: ClaimStore, question: str) -> None:
    got = ask(store, question)
    assert kind_of(store, question) == Asked.listing
    named = [o for o in OUTLETS if o in got.text]
    assert len(named) >= 3, got.text
    assert "General Staff" in got.text
    assert "3 December 2024" in got.text  # each with its date
    assert got.claims == []  # a list of sources, not a figure


def test_outlets_for_a_metric_list_only_those_with_such_figures(store: ClaimStore) -> None:
    got = ask(store, "which outlets report russian tank losses?")
    assert "Reuters" in got.text and "LADbible" not in got.text  # LADbible has no tanks


# -- what one outlet says ---------------------------------------------------------------------

OUTLET = [
    ("What does Newsweek say about Russian losses?", "Newsweek"),
    ("newsweek figures?", "Newsweek"),
    ("what did newsweek report about tanks", "Newsweek"),
    ("anything from reuters?", "Reuters"),
    ("reuters numbers on russian dead", "Reuters"),
    ("what did Reuters report in February 2023?", "Reuters"),
    ("what does gbnews say", "GB News"),
    ("GB news russian losses", "GB News"),
    ("what did gb news write about december 2023", "GB News"),
    ("lad bible figures", "LADbible"),
    ("what does ladbible say about russian deaths", "LADbible"),
    ("according to ladbible how many russians died", "LADbible"),
    ("Newsweek's count of Russian casualties", "Newsweek"),
    ("what did newsweek say about november 2024?", "Newsweek"),
    ("reuters on russian casualties pls", "Reuters"),
    ("show me the newsweek articles", "Newsweek"),
    ("and reuters?", "Reuters"),
    ("what about gb news", "GB News"),
]


@pytest.mark.parametrize(("question", "outlet"), OUTLET)
def test_what_an_outlet_says_is_only_its_own_articles(
    store: ClaimStore, question: str, outlet: str
) -> None:
    got = ask(store, question)
    assert got.claims, got.text
    assert {c.source.publisher for c in got.claims} == {outlet}
    assert outlet in got.text.splitlines()[0]
    assert_quotes_are_stored(got.text)


def test_an_outlet_and_a_period_gives_what_fits_the_period(store: ClaimStore) -> None:
    got = ask(store, "what did reuters report about russian deaths in february 2023")
    assert got.answered
    assert {c.value for c in got.claims} >= {1030}
    assert all(c.relation is not None and c.relation.value != "outside" for c in got.claims)
    assert all(c.metric.value == "personnel" for c in got.claims)


OUTLET_NOT_HELD = [
    ("What does the BBC say about Russian deaths?", "BBC"),
    ("cnn numbers on russian losses", "CNN"),
    ("what did the guardian report", "Guardian"),
    ("al jazeera figures for russian casualties?", "Al Jazeera"),
    ("According to TASS how many ukrainians died", "TASS"),
    ("what does bloomberg say", "Bloomberg"),
    ("politico russian losses?", "Politico"),
    ("what did sky news say about russian losses", "Sky News"),
    ("the washington post on russian dead", "Washington Post"),
    ("what does the kyiv post report", "Kyiv Post"),
    ("Fox News figures", "Fox News"),
    ("what has Forbes reported on russian tanks", "Forbes"),
    ("euronews russian casualties", "Euronews"),
    ("does the daily mail have numbers", "Daily Mail"),
    ("What does Ukrainska Pravda say about losses?", "Ukrainska Pravda"),
]


@pytest.mark.parametrize(("question", "outlet"), OUTLET_NOT_HELD)
def test_an_outlet_without_articles_is_said_first(
    store: ClaimStore, question: str, outlet: str
) -> None:
    got = ask(store, question)
    first = got.text.splitlines()[0]
    assert outlet in first and "no article" in first, got.text
    assert not got.answered
    assert all(outlet.lower() in c.quote.lower() for c in got.claims)  # only where cited


def test_an_outlet_cited_second_hand_is_shown_with_who_cites_it(store: ClaimStore) -> None:
    got = ask(store, "What does the Kyiv Independent say about Ukrainian deaths?")
    assert "no article from The Kyiv Independent" in got.text
    assert [c.value for c in got.claims] == [80000]
    assert "Newsweek cites The Kyiv Independent" in got.text


# -- how reliable -----------------------------------------------------------------------------

RELIABILITY = [
    ("how reliable are the general staff numbers?", "Ukraine's side"),
    ("can we trust the general staff figures", "Ukraine's side"),
    ("are ukraine's official figures inflated?", "Ukraine's side"),
    ("is the ukrainian general staff credible", "Ukraine's side"),
    ("general staff numbers - propaganda or legit?", "Ukraine's side"),
    ("how accurate are the kremlin's figures", "Russia's side"),
    ("should i believe the kremlin numbers", "Russia's side"),
    ("are russian official figures undercounted?", "party to the war"),
    ("is the russian mod reliable", "Russia's side"),
    ("How trustworthy are Kyiv's numbers?", "party to the war"),
    ("reliabilty of the general staff data?", "Ukraine's side"),
    ("do you trust Moscow's figures", "party to the war"),
    ("how credible is the Pentagon on russian losses", "not a party to the war"),
    ("is the ukrainian ministry of defence biased", "Ukraine's side"),
    ("How reliable is the Institute for the Study of War?", "not a party to the war"),
]


@pytest.mark.parametrize(("question", "side"), RELIABILITY)
def test_reliability_of_a_claimant_gives_its_side_and_the_sources_caveats(
    store: ClaimStore, question: str, side: str
) -> None:
    got = ask(store, question)
    assert kind_of(store, question) == Asked.reliability
    assert side in got.text, got.text
    assert_quotes_are_stored(got.text)


def test_reliability_quotes_what_the_articles_say_about_that_side(store: ClaimStore) -> None:
    ukraine = ask(store, "how reliable are the general staff numbers?").text
    assert "Ukraine’s figures are higher than many other estimates" in ukraine
    assert "could not be independently confirmed" in ukraine
    assert "Kremlin admits" not in ukraine  # about the other side's figure
    russia = ask(store, "how reliable are the kremlin's figures?").text
    assert "thought to be undercounted" in russia
    assert "admitted that losses had been considerable" in russia


CAVEATS = [
    "what caveats do your sources give about these numbers",
    "any disclaimers on these figures?",
    "are your numbers reliable",
    "can i trust your figures?",
    "how accurate is this data",
    "are these numbers verified",
    "is any of this verified??",
    "how reliable is your data",
    "r ur numbers legit",
    "are the figures inflated",
    "how credible are your sources",
    "do your sources say the numbers are unverified?",
    "any warnings about the data?",
    "should I trust these stats",
    "how believable are the numbers you give",
]


@pytest.mark.parametrize("question", CAVEATS)
def test_caveats_are_the_sources_own_sentences(store: ClaimStore, question: str) -> None:
    got = ask(store, question)
    assert "none is independently verified" in got.text
    quoted = quotes_of(got.text)
    assert len(quoted) >= 3, got.text
    assert_quotes_are_stored(got.text)
    assert any(o in got.text for o in OUTLETS)


# -- where a figure comes from ------------------------------------------------------------------

PROVENANCE = [
    ("where does the 45,720 come from", 45720, "Newsweek"),
    ("where's 745,700 from?", 745700, "Newsweek"),
    ("who said 1,351?", 1351, "LADbible"),
    ("source of the 1351 figure", 1351, "LADbible"),
    ("is the 745700 verified", 745700, "Newsweek"),
    ("where was 3,010 published", 3010, "GB News"),
    ("who reported 1,030 russian deaths", 1030, "Reuters"),
    ("what's the source for 133,190?", 133190, "Reuters"),
    ("whose figure is 19,000", 19000, "LADbible"),
    ("who came up with 11,390", 11390, "Newsweek"),
    ("which article says 4,540", 4540, "Newsweek"),
    ("where is the 80,000 from", 80000, "Newsweek"),
    ("origin of 393,290?", 393290, "Newsweek"),
    ("Is LADbible a reliable source for 1,351?", 1351, "LADbible"),
    ("who claims 38,130 for september 2024", 38130, "Newsweek"),
]


@pytest.mark.parametrize(("question", "value", "outlet"), PROVENANCE)
def test_where_a_figure_comes_from(
    store: ClaimStore, question: str, value: int, outlet: str
) -> None:
    got = ask(store, question)
    assert got.claims, got.text
    assert all(value in (c.value, c.value_max) for c in got.claims)
    assert outlet in got.text
    assert_quotes_are_stored(got.text)


def test_a_figure_no_source_gives_is_said_so(store: ClaimStore) -> None:
    got = ask(store, "where is the 123,457 from?")
    assert not got.answered and "None of my sources gives the figure 123,457" in got.text


def test_a_figure_reported_second_hand_says_whose_claim_it_is(store: ClaimStore) -> None:
    got = ask(store, "Who said 1,351 and where was it published?")
    assert "LADbible reports it second-hand" in got.text
    assert "Russia's side" in got.text


# -- sides and who is who -------------------------------------------------------------------------

SIDES = [
    ("which side is the general staff on", "Ukraine's side"),
    ("whose side is the kremlin on?", "Russia's side"),
    ("is oryx pro-ukrainian", "not a party to the war"),
    ("who is oryx?", "not a party to the war"),
    ("who r the general staff", "Ukraine's side"),
    ("is the ISW independent?", "not a party to the war"),
    ("is mediazona neutral", "not a party to the war"),
    ("what side is the russian mod on", "Russia's side"),
    ("is the pentagon neutral", "not a party to the war"),
    ("who is Budanov", "Ukraine's side"),
    ("which side is HUR", "Ukraine's side"),
    ("is the UK MoD impartial?", "not a party to the war"),
    ("who is peskov", "Russia's side"),
    ("is csis independent", "not a party to the war"),
    ("Who are the Ukrainian armed forces?", "Ukraine's side"),
]


@pytest.mark.parametrize(("question", "side"), SIDES)
def test_a_claimants_side_comes_from_the_lexicon(
    store: ClaimStore, question: str, side: str
) -> None:
    got = ask(store, question)
    assert side in got.text, got.text


def test_a_claimant_without_figures_says_so(store: ClaimStore) -> None:
    got = ask(store, "who is oryx?")
    assert "I have no figures from Oryx" in got.text
    assert not got.answered and got.claims == []


def test_who_publishes_the_daily_figures(store: ClaimStore) -> None:
    got = ask(store, "who publishes the daily russian loss figures?")
    assert got.text.startswith("The daily figures are Ukraine's General Staff's")
    assert "Ukraine's side" in got.text


def test_does_a_side_publish_its_figures(store: ClaimStore) -> None:
    got = ask(store, "does russia publish its own loss figures?")
    assert [c.value for c in got.claims] == [1351]
    assert "party to the war" in got.text


# -- coverage -----------------------------------------------------------------------------------

COVERAGE_ASKED = [
    "when was your daily data last updated?",
    "how up to date are your figures",
    "how recent is your data?",
    "until when do your numbers go",
    "up to what date do you have data",
    "whats ur coverage",
    "when does your data end?",
    "how far does your data go",
    "what period does your data cover",
    "is your data up to date?",
    "when were the figures last updated",
    "last update?",
    "till when do you have figures",
    "how old is your data",
    "when was the bot last updated",
]


@pytest.mark.parametrize("question", COVERAGE_ASKED)
def test_coverage_questions_say_where_the_figures_end(store: ClaimStore, question: str) -> None:
    got = ask(store, question)
    assert got.text.startswith("My daily figures end on 8 August 2026"), got.text
    assert "newest article is from 3 December 2024" in got.text


def test_coverage_comes_from_the_store_not_from_the_code(tmp_path: Path) -> None:
    """A series cut a week short ends a week earlier: nothing is hard-coded."""
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(SEEDS / "003_d46a1cb0c5dae3c8.txt", sources)
    store = open_or_build(tmp_path / "kb.db", sources)
    got = ask(store, "when was your data last updated?")
    assert "My daily figures end" not in got.text  # no series at all
    assert "newest article is from 7 February 2023 (Reuters)" in got.text


AFTER_THE_END = [
    "russian losses yesterday",
    "losses last week",
    "how many tanks did russia lose this month",
    "russian casualties in october 2026",
    "russian losses in 2027",
    "drones lost in september 2026",
    "russian dead on 1 october 2026",
    "losses in the second week of november 2026",
    "how many russians were killed last month",
    "artillery losses in november 2026",
    "russian losses on 20 august 2026",
    "any figures for december 2026?",
    "russian losses in the last 7 days",
    "tanks lost last week",
    "russian personnel losses in autumn 2026",
]


@pytest.mark.parametrize("question", AFTER_THE_END)
def test_answers_after_the_coverage_say_where_the_figures_end(
    store: ClaimStore, question: str
) -> None:
    got = ask(store, question)
    assert "My daily figures end on 8 August 2026" in "\n".join(got.text.splitlines()[:3])
    assert not got.answered


# -- follow-ups about the previous answer ---------------------------------------------------------

FOLLOW_UPS = [
    "where is this from?",
    "where's that from",
    "who says so?",
    "what's the source?",
    "source?",
    "says who",
    "how reliable is that?",
    "is that verified?",
    "is this confirmed?",
    "can i trust that",
    "how accurate is that",
    "are these figures verified",
    "and how reliable is it?",
    "any caveats?",
    "is it legit?",
]


@pytest.mark.parametrize("follow_up", FOLLOW_UPS)
def test_a_follow_up_about_the_source_reads_the_previous_answer(
    store: ClaimStore, follow_up: str
) -> None:
    chat = Conversation()
    chat.ask("what did the kremlin say about russian losses?", store, today=TODAY)
    got = chat.ask(follow_up, store, today=TODAY)
    assert [c.value for c in got.claims] == [1351], got.text
    assert "LADbible" in got.text and "Russia's side" in got.text
    assert_quotes_are_stored(got.text)


# -- questions about losses stay questions about losses ------------------------------------------

NOT_ABOUT_SOURCES = [
    "russian losses in november 2024",
    "how many tanks has russia lost in total?",
    "what does the kremlin say about its losses?",
    "gb news says 1,120 on 7 dec 2023 but the data shows 990 - who's right?",
    "newsweek 42 tanks 5-9 february 2024 vs daily data",
    "reuters said 7 feb 2023 was the deadliest day so far. was it?",
    "who is winning the war",
    "what is the total?",
    "Is Newsweek's 2,030 for 29 November 2024 consistent with the tally?",
    "ukrainian losses per the general staff",
    "mediazona count of russian dead",
    "how many russian soldiers died in 2023",
    "worst day for russian losses",
    "daily average russian losses in 2024",
    "UK intelligence estimate of Russian casualties",
    "what is ukraine saying about russian losses",
    "who is losing more tanks",
]


@pytest.mark.parametrize("question", NOT_ABOUT_SOURCES)
def test_questions_about_losses_are_not_read_as_about_sources(
    store: ClaimStore, question: str
) -> None:
    assert kind_of(store, question) is None


# -- the caveat rows -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The figures could not be independently verified by us.", True),
        ("Moscow rarely publishes its own casualty numbers.", True),
        ("Analysts think the official tally is inflated.", True),
        ("The ministry denied the report on Tuesday.", True),
        ("The count lumps the dead and wounded; it did not specify how many died.", True),
        ("The spokesman admitted losses were heavy.", True),
        ("Russia lost 1,200 soldiers on Monday, the General Staff said.", False),
        ("Unverified Numbers In A Headline", False),
        ("Most of them are being dismissed from service.", False),
    ],
)
def test_caveat_rows(text: str, kept: bool) -> None:
    assert (caveat_sentences(text) == [text]) is kept


def test_caveats_join_wrapped_lines_and_keep_each_sentence_once() -> None:
    once = "They are claims by one party, not verified."
    text = f"They are **claims by one\nparty, not verified**. {once}"
    assert caveat_sentences(text) == [once]


# -- coverage rows of the question grammar ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "start", "end"),
    [
        # "so far" ends yesterday, the last day fought a report covers (wave 10)
        ("russian losses in 2026 so far", dt.date(2026, 1, 1), TODAY - dt.timedelta(days=1)),
        ("tanks lost in november 2026 to date", dt.date(2026, 11, 1), TODAY - dt.timedelta(days=1)),
        ("how many drones in 2026 until now", dt.date(2026, 1, 1), TODAY - dt.timedelta(days=1)),
        ("russian losses in 2025 so far", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),  # over
        # 24 hours back from now reach into yesterday (the blind README's cov-14)
        ("past 24 hrs russian losses", TODAY - dt.timedelta(days=1), TODAY),
        ("losses in the last 24h", TODAY - dt.timedelta(days=1), TODAY),
    ],
)
def test_so_far_ends_on_the_day_asked(question: str, start: dt.date, end: dt.date) -> None:
    query = parse_question(question, TODAY)
    assert (query.period_start, query.period_end) == (start, end)


@pytest.mark.parametrize(
    "question",
    ["any figures for december 2026?", "whats the latest daily figure for november 2026"],
)
def test_a_period_with_only_figure_words_is_a_question(store: ClaimStore, question: str) -> None:
    got = ask(store, question)
    assert got.query is not None and got.query.metrics, got.text
    assert "My daily figures end on 8 August 2026" in got.text


@pytest.mark.parametrize("latest", ["ok whats the latest you have", "and the most recent?"])
def test_the_latest_after_a_refusal_is_the_newest_report(store: ClaimStore, latest: str) -> None:
    chat = Conversation()
    chat.ask("russian losses yesterday", store, today=TODAY)
    got = chat.ask(latest, store, today=TODAY)
    assert got.answered and 1456610 in [c.value for c in got.claims], got.text


def test_a_quoted_figure_the_tally_reproduces_says_so_with_the_arithmetic(
    store: ClaimStore,
) -> None:
    got = ask(store, "where is 38,130 from")
    assert "The daily tally gives the same figure for that period:" in got.text
    assert [c.value for c in got.claims] == [38130, 38130]
    assert got.claims[1].derivation and "reported on 1 October 2024" in got.claims[1].derivation
    assert "Newsweek reports it second-hand: it is the claim of Ukraine's armed forces." in (
        got.text
    )


def test_another_outlet_as_a_follow_up_keeps_the_metric_and_period(store: ClaimStore) -> None:
    chat = Conversation()
    chat.ask("tank losses in february 2023", store, today=TODAY)
    got = chat.ask("what does reuters say?", store, today=TODAY)
    assert [(c.value, c.metric.value) for c in got.claims] == [(25, "tanks")], got.text
    again = chat.ask("and newsweek?", store, today=TODAY)
    assert "no such figure from Newsweek" in again.text


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("is newsweek reliable?", "Newsweek is a news outlet: an outlet reports figures"),
        ("how trustworthy is reuters", "Reuters is a news outlet"),
        ("is TASS neutral?", "TASS is Russian state press, on Russia's side"),
        ("can i trust ukrinform", "Ukrinform is Ukrainian state press, on Ukraine's side"),
    ],
)
def test_what_an_outlet_is_comes_first(store: ClaimStore, question: str, lead: str) -> None:
    got = ask(store, question)
    assert got.text.startswith(lead), got.text


def test_where_is_this_from_with_nothing_before_asks_which_figure(store: ClaimStore) -> None:
    got = ask(store, "where is this figure from?")
    assert got.text.startswith("I do not know which figure you mean")
    assert "The daily figures are Ukraine's General Staff's" in got.text


def test_a_body_without_figures_falls_back_to_its_side_once(store: ClaimStore) -> None:
    got = ask(store, "is the Kremlin figure verified?")
    assert "I have no figures from the Kremlin itself; other official Russian figures:" in got.text
    assert "Figures of theirs" not in got.text
    assert [c.value for c in got.claims] == [1351]
