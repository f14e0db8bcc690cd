"""Red-team tables for issue 12, requirements 3-5: the claimant, side and kind asked for; one
notion of agreement with `check`; and evidence stated within the asked period.

Written before the rules they test, in the phrasings readers use in comment threads and chats
(typos, "KIA/WIA", "irrecoverable", "does it check out", "who's right"), never the blind set's
own questions. Each table row is one question over the seed articles and the General Staff
daily series (`series_kb`) or over the seed articles alone (`seed_kb`), asked on 30 November
2026. Figures come from `seeds/` (the articles' own sentences) and the series arithmetic.
Rows that fail today are strict xfails with what is still wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from knowledge import answer
from knowledge.answering.checking import as_figure_question, quoted_figures
from knowledge.check import Verdict, check_claims
from knowledge.models import Intent, Metric, PeriodKind
from knowledge.questions import parse_question
from knowledge.store import ClaimStore

TODAY = dt.date(2026, 11, 30)


def xf(reason: str) -> pytest.MarkDecorator:
    """A strict xfail: the row is wrong today for `reason`."""
    return pytest.mark.xfail(strict=True, reason=reason)


@pytest.fixture(scope="module")
def full(series_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    """The seed articles and the daily series."""
    store = ClaimStore(series_kb[1])
    yield store
    store.close()


@pytest.fixture(scope="module")
def arts(seed_kb: tuple[Path, Path]) -> Iterator[ClaimStore]:
    """The seed articles only (no daily series to compute a figure from)."""
    store = ClaimStore(seed_kb[1])
    yield store
    store.close()


def _ask(question: str, store: ClaimStore) -> dict[str, Any]:
    """The Answer JSON, as `bot ask --json` prints it."""
    return answer(question, store, today=TODAY).model_dump(mode="json")


def _head(ans: dict[str, Any], lines: int = 3) -> str:
    """The answer's first lines, lower-cased."""
    return "\n".join(str(ans["text"]).splitlines()[:lines]).lower()


def _offered(ans: dict[str, Any]) -> set[int]:
    """Figures the answer offers as the answer (answered, and not merely outside)."""
    if not ans["answered"]:
        return set()
    return {c["value"] for c in ans["claims"] if c.get("relation") != "outside"}


# -- 1. nothing fits: no figure presented as the answer (the worst failure) ---------------------

# question, the figure that must not be offered, words the first lines must contain
NO_FIGURE_FITS = [
    ("UK intelligence update on Russian casualties", 1456610, "uk ministry of defence"),
    ("what do british intelligence say about russian losses", 1456610, "uk ministry of defence"),
    ("russian KIA according to uk defence intelligence", 1456610, "uk ministry of defence"),
    ("uk intel estimate russian casualties so far?", 1456610, "uk ministry of defence"),
    ("pentagon estimate of russian dead", 1456610, "pentagon"),
    ("what does the institute for the study of war say about russian tank losses", 12251, "study"),
    ("mediazona count of russian deaths", 1456610, "mediazona"),
    ("how many tanks has russia lost according to the kremlin", 12251, "kremlin"),
    ("how many tanks has ukriane lost", 12251, "ukrainian"),
    ("ukrane tank losses so far", 12251, "ukrainian"),
    ("how many tanks did ukraine lose in 2024", 3689, "ukrainian"),
    ("WIA figures russia", 1456610, "wounded"),
    ("russian wounded in action so far??", 1456610, "wounded"),
    ("how many russians were wounded in 2024", 430790, "wounded"),
    ("how many russian soldiers were killed in november 2024, not counting the wounded", 45720,
     "dead"),
    ("russian KIA only (excluding wounded) november 2024", 45720, "dead"),
    ("irrecoverable russian losses so far", 1456610, "irrecoverable"),
    ("russias irrecoverable losses in 2023", 253290, "irrecoverable"),
]  # fmt: skip

_FAILS_1: dict[str, str] = {}


def _rows(table: list[Any], fails: dict[str, str]) -> list[Any]:
    """Table rows as pytest params, the failing ones as strict xfails."""
    return [
        pytest.param(*row, marks=[xf(fails[row[0]])] if row[0] in fails else [], id=row[0][:50])
        for row in table
    ]


@pytest.mark.parametrize(("question", "wrong", "said"), _rows(NO_FIGURE_FITS, _FAILS_1))
def test_no_figure_fits_is_said_first(
    question: str, wrong: int, said: str, full: ClaimStore
) -> None:
    ans = _ask(question, full)
    assert not ans["answered"], ans["text"]
    assert wrong not in _offered(ans)
    assert said in _head(ans), ans["text"]


# -- 2. a named claimant without figures: "No figure from X" first, others apart ----------------

# question, the claimant the first line names, a figure of others shown after it
OTHERS_APART = [
    ("UK MoD estimate of russian casualties", "uk ministry of defence", 1456610),
    ("what does the pentagon say about russian losses", "pentagon", 1456610),
    ("pentagon russian tank losses", "pentagon", 12251),
    ("russian losses per the isw", "institute for the study of war", 1456610),
    ("what's the kremlin's tank loss figure", "kremlin", 12251),
    ("mediazona russian dead", "mediazona", 133190),
    # The claimant has figures, but none for the period: the others' for it, apart.
    ("what did the kremlin say about russian losses in 2024", "kremlin", 430790),
    (
        "russian mod figures for russian losses in november 2024?",
        "russia's ministry of defence",
        45720,
    ),
]


@pytest.mark.parametrize(("question", "who", "other"), OTHERS_APART)
def test_named_claimant_without_figures_comes_first(
    question: str, who: str, other: int, full: ClaimStore
) -> None:
    ans = _ask(question, full)
    assert not ans["answered"], ans["text"]
    first = str(ans["text"]).splitlines()[0].lower()
    assert who in first and "no" in first, ans["text"]
    # Then, clearly apart, what others claim: shown, attributed, never as the answer.
    rest = "\n".join(str(ans["text"]).splitlines()[1:])
    assert f"{other:,}" in rest, ans["text"]
    assert all(who not in c["claimant"].lower() for c in ans["claims"])


# -- 3. agreement: one notion with `bot check`, never "differ" when a day convention agrees -----

# question, knowledge base, figures any of which must be shown, the convention named
AGREEMENT = [
    # The date said twice: read once, the repetition is no unread constraint.
    ("gb news said 900 on 9 dec 2023. is the tally's number for 9 dec different?", "full",
     {900, 700}, "report date"),
    ("the reports dated 5-9 feb 2024 added 4,540 russian losses, right?", "full", {4540},
     "report date"),
    ("gb news gives 1,120 for 7 dec 2023 and the tally shows 990 - who's wrong", "full",
     {1120, 990}, "report date"),
    ("11,390 russian casualties in the final week of nov 2024, does that hold up?", "full",
     {11390}, "report date"),
    ("gb news says 1,120 russian losses on 7 december 2023 - does that match the daily data?",
     "full", {1120, 990}, "report date"),
    ("does the 1,120 for dec 7 2023 russian losses check out", "full", {1120, 990}, "report date"),
    ("is gb news right about 900 russian casualties on 9 december 2023?", "full", {900, 700},
     "report date"),
    ("check 900 russian losses dec 9 2023", "full", {900, 700}, "report date"),
    ("verify 990 for 8 dec 2023", "full", {990, 900}, "report date"),
    ("check the 900 for dec 9 2023", "full", {900, 700}, "report date"),
    ("reuters 1,030 russian losses on 7 feb 2023 consistent with the tally?", "full",
     {1030, 910}, "report date"),
    ("was 3,010 russian losses on 7-9 dec 2023 correct", "full", {3010, 2590}, "report date"),
    ("32 russian tanks in 7-9 december 2023, is that accurate?", "full", {32, 18},
     "report date"),
    ("do the 45,720 russian losses for november 2024 agree with the series", "full", {45720},
     "agree"),
    ("is 38,130 right for russian losses in september 2024", "full", {38130, 38110}, "agree"),
    ("1950 russian losses on nov 11 2024 - discrepancy?", "full", {1950, 1770}, "agree"),
    ("is 393,290 the correct total of russian losses for 9 february 2024?", "full", {393290},
     "agree"),
    ("did russia really reach 133,190 losses on 7 feb 2023?", "full", {133190}, "agree"),
    ("newsweek 4,540 russian casualties in the reports of 5-9 feb 2024: does the data agree?",
     "full", {4540, 4710}, "report"),
]  # fmt: skip

# "32 russian tanks ...": a small count right before what it counts is a figure to check now.
_FAILS_3: dict[str, str] = {}


@pytest.mark.parametrize(("question", "kb", "values", "convention"), _rows(AGREEMENT, _FAILS_3))
def test_agreeing_figures_are_said_to_agree(
    question: str,
    kb: str,
    values: set[int],
    convention: str,
    full: ClaimStore,
    arts: ClaimStore,
) -> None:
    ans = _ask(question, full if kb == "full" else arts)
    assert ans["answered"], ans["text"]
    assert values & {c["value"] for c in ans["claims"]}, ans["text"]
    text = str(ans["text"]).lower()
    assert not re.search(r"\bdiffer(?:s)? by\b|\bdisagree", text), ans["text"]
    assert convention in text, ans["text"]
    assert not ans["disagreement"]
    assert all(c.get("relation") for c in ans["claims"])


# -- 4. evidence stated within the period, a day off: shown, with its relation -----------------

# question, knowledge base, the figure shown, its relation
EVIDENCE = [
    # The last report of the series (8 August 2026) covers the fighting of the 7th: for the
    # 8th itself, what that report added, a day off.
    ("russian tank losses on 8 aug 2026", "full", 4, "day_off"),
    ("how many russian troops were lost on august 8th 2026?", "full", 1190, "day_off"),
    ("what did the kremlin say about losses in march 2022", "full", 1351, "stated_within"),
    ("kremlin death toll for march 2022?", "full", 1351, "stated_within"),
    ("russian mod figure on its own dead in march 2022", "full", 1351, "stated_within"),
    ("what did moscow admit about russian deaths in april 2022", "full", 1351, "stated_within"),
    ("how many soldiers had russia lost by april 2022 per the kremlin", "full", 1351,
     "stated_within"),
    ("russian deaths according to ukrainian officials in april 2022", "full", 19000,
     "stated_within"),
    ("russian losses on 10 dec 2023", "arts", 900, "day_off"),
    ("russian losses 8 feb 2023", "arts", 1030, "day_off"),
    ("russian losses nov 12 2024", "arts", 1950, "day_off"),
    ("how many russians were lost on 4 december 2024", "arts", 1760, "day_off"),
    ("russian losses on 6th december 2023", "arts", 1120, "day_off"),
    ("total russian losses as of 4 december 2024", "arts", 745700, "day_off"),
    ("russian personnel losses by 10 february 2024", "arts", 393290, "day_off"),
    ("russian losses on december 7 2023", "full", 1120, "day_off"),
    ("russian losses in november 2024", "full", 45720, "exact"),
    ("russian losses in the last week of november 2024", "arts", 11390, "day_off"),
]  # fmt: skip

_FAILS_4: dict[str, str] = {}


@pytest.mark.parametrize(("question", "kb", "value", "rel"), _rows(EVIDENCE, _FAILS_4))
def test_evidence_in_part_is_shown_with_its_relation(
    question: str, kb: str, value: int, rel: str, full: ClaimStore, arts: ClaimStore
) -> None:
    ans = _ask(question, full if kb == "full" else arts)
    assert ans["answered"], ans["text"]
    relations = {c["value"]: c.get("relation") for c in ans["claims"]}
    assert relations.get(value) == rel, (relations, ans["text"])
    assert all(r is not None for r in relations.values())


# -- the figure a question quotes to check ------------------------------------------------------

# question, the figures it quotes (never a year, never a date)
QUOTED = [
    ("check the 900 for dec 9 2023", [900]),
    ("verify 38130 september 2024", [38130]),
    ("did they really hit 133,190 on 7 feb 2023?", [133190]),
    ("newsweek says 1950 on nov 11 2024 and the data 1770, who's right", [1950, 1770]),
    ("russian losses in november 2024", []),
    ("russian losses on 9 february 2024", []),
]


@pytest.mark.parametrize(("question", "figures"), QUOTED)
def test_quoted_figures_are_the_asker_s_numbers(question: str, figures: list[int]) -> None:
    assert quoted_figures(parse_question(question, TODAY)) == figures


def test_a_quoted_figure_nobody_gives_is_said_plainly(full: ClaimStore) -> None:
    """No figure agrees: said first, as the asker wrote it, and nothing called a match."""
    ans = _ask("is 1234 right for russian losses on 9 dec 2023", full)
    first = str(ans["text"]).splitlines()[0]
    assert first == "I have no figure of 1234 for that; the figures I have are below.", first
    assert 1234 not in {c["value"] for c in ans["claims"]}


def test_a_figure_question_without_a_loss_word_is_about_personnel() -> None:
    query = as_figure_question(parse_question("verify 990 for 8 dec 2023", TODAY))
    assert query.intent == Intent.losses and query.metrics == [Metric.personnel]
    plain = as_figure_question(parse_question("what is the capital of france", TODAY))
    assert plain.intent != Intent.losses


def test_a_total_dated_last_week_says_when_it_was_stated(full: ClaimStore) -> None:
    """The Kremlin's 1,351 is dated "last week" in an article of 8 April 2022: stated some
    time in 28 March - 3 April, a week that overlaps March; said so, and that it is a total."""
    ans = _ask("what did moscow say about its losses in march 2022", full)
    assert ans["answered"], ans["text"]
    text = str(ans["text"])
    assert "between 28 March 2022 and 3 April 2022, which overlaps March 2022" in text, text
    assert "not the losses of March 2022 alone" in text
    # Not for a period the whole span lies in: no note then.
    inside = _ask("what did moscow say about its losses in spring 2022", full)
    assert "which overlaps" not in str(inside["text"])


# -- the answers and `bot check` share one notion of agreement ----------------------------------

_METRIC_WORDS = {"personnel": "losses", "tanks": "tank losses"}


def test_what_check_calls_consistent_no_answer_calls_a_discrepancy(full: ClaimStore) -> None:
    """Every seed figure `check` finds consistent with the tally, asked about for its own
    days: the answer never says the two differ, and names the convention that agrees."""
    asked = 0
    for item in check_claims(full).items:
        claim = item.claim
        words = _METRIC_WORDS.get(claim.metric.value)
        if item.verdict != Verdict.consistent or words is None or claim.period_start is None:
            continue
        if claim.period_kind not in (PeriodKind.day, PeriodKind.range):
            continue
        assert claim.period_end is not None
        days = f"{claim.period_start:%d %B %Y}"
        if claim.period_end != claim.period_start:
            days = f"{claim.period_start:%d %B %Y} to {claim.period_end:%d %B %Y}"
        ans = _ask(f"russian {words} from {days}", full)
        text = str(ans["text"]).lower()
        assert "differ by" not in text and "disagree" not in text, ans["text"]
        if claim.value in {c["value"] for c in ans["claims"]}:
            assert "agrees with the daily tally" in text, ans["text"]
        asked += 1
    assert asked >= 5


# question asking for "the figure" of a period with no kind named: about personnel losses
ASKS_FOR_A_FIGURE = [
    ("what's the daily figure for 8 december 2023", 990),
    ("the tally for november 2024?", 45720),
    ("numbers for 9 dec 2023 pls", 700),
]


@pytest.mark.parametrize(("question", "value"), ASKS_FOR_A_FIGURE)
def test_asking_for_the_figure_of_a_period_is_a_losses_question(
    question: str, value: int, full: ClaimStore
) -> None:
    ans = _ask(question, full)
    assert ans["answered"], ans["text"]
    assert ans["query"]["metrics"] == ["personnel"]
    assert value in {c["value"] for c in ans["claims"]}, ans["text"]


def test_since_a_date_is_read_up_to_yesterday(full: ClaimStore) -> None:
    """ "Since 1 July 2026" runs to yesterday, the last day fought a report covers (wave 10):
    the JSON says so; the figure is the part the daily reports cover (inside)."""
    ans = _ask("russian losses since 1 july 2026", full)
    assert ans["query"]["period_end"] == (TODAY - dt.timedelta(days=1)).isoformat()
    assert {c.get("relation") for c in ans["claims"]} == {"inside"}


# a total asked for on one day: the running total as of that day
TOTAL_ON_A_DAY = [
    ("what total did kyiv give for russian losses on 9 february 2024?", 393290),
    ("total russian tank losses on 9 feb 2024", 6385),
    ("cumulative russian losses 3 december 2024", 745700),
]


@pytest.mark.parametrize(("question", "value"), TOTAL_ON_A_DAY)
def test_a_total_on_a_day_is_the_running_total(question: str, value: int, full: ClaimStore) -> None:
    ans = _ask(question, full)
    assert ans["answered"], ans["text"]
    assert ans["query"]["figure"] == "total"
    relations = {c["value"]: c.get("relation") for c in ans["claims"]}
    assert relations.get(value) == "exact", (relations, ans["text"])
