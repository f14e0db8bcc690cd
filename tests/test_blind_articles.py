"""The extractor on blind test data (issue 13): articles and sentences written by a helper who
never saw the extractor (tests/fixtures/blind/, README.md there has the schema and the
judgment calls). Only the public API is used: `load_source` and `extract_claims` from the
`knowledge` package root.

Measured on 2026-11-30 (branch xrec; re-measure with `python -m tests.test_blind_articles`):

- recall 305/307 = 0.993 (issue 13: >= 0.90; 0.756 before xrec, 0.661 before w13). No
  expected figure is stored on the wrong side (2 before xrec).
- precision 314/315 = 0.997 (issue 13: >= 0.95; 0.909 before xrec, 0.798 before w13).
- sides.yaml (97 figures): right 93, wrong side 0, missed 4 (before xrec: 79, 0, 18); no
  wrong side is a plain test, `test_no_figure_on_the_wrong_side`.
- averages, rates, breakdowns, scopes and battlegroup zones are extracted (stat, scope,
  part_of); no stat check fails.
- most common failure reasons (checks), all conventions the older suites read otherwise:
  period unspecified for a running total with no period words 81; personnel_kind casualties
  for a bare "lost N" (README: unspecified) 54; a bulletin's sector figure without its own
  period words unspecified (README: the bulletin's day) 25; "up to N" approximate (README:
  less_than) 16.

Checks, each its own test:
- `fig:<id>` (recall): a stored claim matches the expected figure when value, value_max,
  metric and subject agree and the claim's quote contains the row's fragment, or the fragment
  lies within the article sentence that holds the quote.
- `fig:<id>:<field>`: the matched claim's qualifier, personnel_kind, period (kind, and start /
  end where the row gives them), claimant (loosely: a shared distinctive word or a known alias,
  never across sides), stat, scope and part_of (a field the claim does not have fails).
- `precision:<NNN>`: every claim of an article matches an expected figure or a `neutral` row;
  one that matches a `not_figures` row, or nothing, is a failure.
- `side:<id>`: each sides.yaml sentence, with its publisher and date as front matter: every
  expected figure must be stored with the right subject. "wrong side" (a claim for the figure
  with a subject the sentence does not give it) is worse than "missed" (none at all).
- `suite:*`: issue 13's targets over the whole suite.

Every check that fails today is a strict xfail listed in tests/fixtures/blind/known_failures.yaml
(`id: reason`; a key may be a glob such as `fig:*:stat`). A fix turns its entry into an XPASS,
which fails until the entry is removed. Field checks of a figure whose `fig:<id>` entry is listed
are xfailed with it. `python -m tests.test_blind_articles` prints the measurements, the most
common failure reasons by style, and the entries missing from or stale in the data file;
`--write-known` rewrites the data file from the checks that fail now.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge import Claim, SourceRef, extract_claims, load_source

BLIND = Path(__file__).parent / "fixtures" / "blind"
# The set scored: the first round, or the second-round holdout when tests/test_holdout_articles.py
# runs this module with SUITE = "holdout" (the same formats, its own known-failure list).
SUITE: str = globals().get("SUITE", "first round")
# The later rounds (written blind after the first had been tuned against) share one layout.
LATER_ROUNDS = {
    "holdout": "holdout",
    "third round": "round3",
    "fourth round": "round4",
    "fifth round": "round5",
    "sixth round": "round6",
    "seventh round": "round7",
    "eighth round": "round8",
    "ninth round": "round9",
    "tenth round": "round10",
    "eleventh round": "round11",
    "twelfth round": "round12",
    "thirteenth round": "round13",
}
LATER = SUITE in LATER_ROUNDS
FOLDER = BLIND / LATER_ROUNDS[SUITE] if LATER else BLIND
ARTICLES = FOLDER / "articles_en"
KNOWN_FAILURES = FOLDER / ("known_failures_articles_en.yaml" if LATER else "known_failures.yaml")
FIELDS = ("qualifier", "personnel_kind", "period", "claimant", "stat", "scope", "part_of")
RECALL_TARGET, PRECISION_TARGET = 0.90, 0.95

# The style each article is filed under in the fixture README's "Counts by style" table (its
# first row that names the article), for grouping failures.
STYLE_ROWS: list[tuple[str, str]] = [
    ("Russian MoD briefings", "001 002 015 022 036 047"),
    ("other Russian officials", "024 039 044 017 045"),
    ("Ukrainian officials on own losses", "003 023 034 035 043"),
    ("Ukrainian officials on Russian losses", "011 012 014 019 021 029 030 031 033 037 046 048"),
    ("Oryx", "004 028"),
    ("named dead (Mediazona/BBC, UALosses)", "005 018 027"),
    ("UK Defence Intelligence averages", "006 020 026"),
    ("Western officials and intelligence", "010 013 025 040"),
    ("leaked documents", "007"),
    ("ISW arithmetic", "008"),
    ("think-tank ranges", "009 041"),
    ("foreign contingents", "016 032"),
    ("boilerplate and civilians", "038"),
]
STYLE = {number: style for style, numbers in STYLE_ROWS for number in numbers.split()}
if LATER:  # their files are named by style: 004_oryx_style_jan_2026.md
    STYLE = {path.name[:3]: path.stem[4:] for path in ARTICLES.glob("*.md")}


# -- the data ----------------------------------------------------------------------------------


def _load(name: str) -> Any:
    """One YAML file of the blind folder."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser when built
    return yaml.load((FOLDER / name).read_text(encoding="utf-8"), Loader=loader)


def _unique_ids(keys: list[str]) -> list[str]:
    """`keys`, with a `-2`, `-3` suffix on repeats so every id is unique."""
    seen: Counter[str] = Counter()
    ids = []
    for key in keys:
        seen[key] += 1
        ids.append(key if seen[key] == 1 else f"{key}-{seen[key]}")
    return ids


EXPECTED = _load("expected.yaml")
SIDES = _load("sides.yaml")
FIGURES: dict[str, dict[str, Any]] = dict(
    zip(
        _unique_ids(
            [f"{r['article'][:3]}-{r['value']}-{r['metric']}" for r in EXPECTED["figures"]]
        ),
        EXPECTED["figures"],
        strict=True,
    )
)
ARTICLE_NAMES = sorted(path.name for path in ARTICLES.glob("*.md"))


def _side_rows() -> dict[str, tuple[dict[str, Any], dict[str, Any]]]:
    """Every expected figure of sides.yaml, by id: (sentence row, figure)."""
    pairs = [(row, fig) for row in SIDES for fig in row["figures"]]
    keys = [f"{row['id']:02d}-{fig['value']}-{fig['metric']}" for row, fig in pairs]
    return dict(zip(_unique_ids(keys), pairs, strict=True))


SIDE_FIGURES = _side_rows()
NO_LOSS_SENTENCES = [row for row in SIDES if not row["figures"]]


def _known_failures() -> dict[str, str]:
    """known_failures.yaml: check id (or glob) -> why it fails today."""
    if not KNOWN_FAILURES.exists():
        return {}
    return {str(key): str(reason) for key, reason in (_load(KNOWN_FAILURES.name) or {}).items()}


KNOWN = _known_failures()
KNOWN_GLOBS = {key: reason for key, reason in KNOWN.items() if any(ch in key for ch in "*?[")}


def known_reason(check_id: str) -> str | None:
    """Why `check_id` is expected to fail today, or None."""
    if check_id in KNOWN:
        return KNOWN[check_id]
    for pattern, reason in KNOWN_GLOBS.items():
        if fnmatch.fnmatchcase(check_id, pattern):
            return reason
    return None


def param(check_id: str, *values: Any, depends_on: str | None = None) -> Any:
    """A pytest param for `check_id`, a strict xfail when the data file lists it (or what it
    depends on)."""
    reason = known_reason(check_id)
    if reason is None and depends_on is not None and depends_on in KNOWN:
        reason = f"no claim to check: {depends_on} fails ({KNOWN[depends_on]})"
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(*values, id=check_id, marks=marks)


# -- extraction --------------------------------------------------------------------------------


@cache
def article_claims(name: str) -> tuple[list[Claim], str]:
    """The claims extracted from one blind article, and its text as loaded."""
    source = load_source(ARTICLES / name)
    return extract_claims(source), source.text


# Removed when the interpreter exits.
_SIDES_TMP = tempfile.TemporaryDirectory(prefix="blind-sides-")
_SIDES_DIR = Path(_SIDES_TMP.name)


@cache
def sentence_claims(sentence_id: int) -> list[Claim]:
    """The claims extracted from one sides.yaml sentence, with its publisher and date."""
    row = next(row for row in SIDES if row["id"] == sentence_id)
    path = _SIDES_DIR / f"side_{sentence_id:02d}.md"
    # Quoted as JSON (valid YAML): a publisher such as "@handle on X" is not a plain YAML scalar.
    front = f"---\npublisher: {json.dumps(row['publisher'])}\npublished: {row['published']}\n---\n"
    path.write_text(front + row["sentence"] + "\n", encoding="utf-8")
    return extract_claims(load_source(path))


# -- where a claim and a row are ---------------------------------------------------------------

_SENTENCE_END = re.compile(r"\n|(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) of `text` that hold text[start:end]."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return left, after.start() if after else len(text)


def _squash(text: str) -> str:
    """Whitespace runs as one space, for comparing quotes and fragments."""
    return re.sub(r"\s+", " ", text).strip()


def located(claim: Claim, text: str, fragment: str) -> bool:
    """The claim's quote contains `fragment`, or the fragment lies in the quote's sentence."""
    if _squash(fragment) in _squash(claim.quote):
        return True
    at, where = text.find(claim.quote), text.find(fragment)
    if at < 0 or where < 0:
        return False
    left, right = _sentence_span(text, at, at + len(claim.quote))
    return left <= where and where + len(fragment) <= right


def _enum(value: object) -> object:
    """An enum's value, anything else as it is."""
    return getattr(value, "value", value)


def matches_figure(claim: Claim, row: dict[str, Any], text: str) -> bool:
    """`claim` is the expected figure `row`: value, value_max, metric, subject, place."""
    return (
        claim.value == row["value"]
        and claim.value_max == row["value_max"]
        and _enum(claim.metric) == row["metric"]
        and _enum(claim.subject) == row["subject"]
        and located(claim, text, row["sentence"])
    )


def matches_value_row(claim: Claim, row: dict[str, Any], text: str) -> bool:
    """`claim` stores the number a neutral or not-figure row points at."""
    return claim.value == row["value"] and located(claim, text, row["sentence"])


def figure_claims(figure_id: str) -> list[Claim]:
    """The stored claims that match expected figure `figure_id`."""
    row = FIGURES[figure_id]
    claims, text = article_claims(row["article"])
    return [claim for claim in claims if matches_figure(claim, row, text)]


# -- claimants, loosely ------------------------------------------------------------------------

# Words that name a side and nothing else: compared separately, never a match on their own.
NATION_WORDS = {
    "russia": "russia", "russian": "russia", "moscow": "russia",
    "ukraine": "ukraine", "ukrainian": "ukraine", "kyiv": "ukraine", "kiev": "ukraine",
    "uk": "uk", "british": "uk", "britain": "uk", "us": "us", "american": "us",
    "korea": "korea", "south": "korea",
}  # fmt: skip
# Who a person or body is, as words a lexicon might use for them instead (real identities).
ALIAS_GROUPS: list[set[str]] = [
    {"zelensky", "president"},
    {"putin", "kremlin", "president"},
    {"peskov", "kremlin"},
    {"syrskyi", "commander-in-chief"},
    {"belousov", "shoigu", "ministry", "defence"},
    {"prigozhin", "wagner"},
    {"moskalkova", "ombudsman", "commissioner"},
    {"budanov", "skibitskyi", "hur", "gur"},
    {"kirby", "white", "house"},
    {"burns", "cia", "intelligence"},
    {"rutte", "nato"},
    {"keast-butler", "gchq"},
    {"pentagon", "leaked", "defence"},
    {"csis", "strategic"},
    {"isw", "institute"},
    {"military", "armed"},
    {"nis", "national"},
]
# Persons and bodies whose name says their nation without a nation word.
NAME_NATION = {
    "kremlin": "russia", "pentagon": "us", "cia": "us",
    "zelensky": "ukraine", "syrskyi": "ukraine", "budanov": "ukraine", "skibitskyi": "ukraine",
    "putin": "russia", "peskov": "russia", "belousov": "russia", "shoigu": "russia",
    "prigozhin": "russia", "moskalkova": "russia", "kirby": "us", "burns": "us",
    "keast-butler": "uk", "radakin": "uk",
}  # fmt: skip
STOP = {
    "the", "of", "and", "for", "in", "a", "an", "on", "at", "to", "s", "said", "senior",
    "group", "grouping", "forces", "force", "outlet", "does", "not", "say", "minister",
}  # fmt: skip
SPELLING = {"defense": "defence", "officials": "official", "zelenskyy": "zelensky",
            "syrsky": "syrskyi", "ministry's": "ministry"}  # fmt: skip


def _words(name: str) -> list[str]:
    """A claimant name as lower-case words, possessives dropped, spellings unified."""
    raw = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", name.lower().replace("’", "'").replace("'s", ""))
    return [SPELLING.get(word, word) for word in raw]


def claimant_profile(name: str) -> tuple[set[str], set[str]]:
    """(distinctive words with their aliases, nations) of a claimant name."""
    words = _words(name)
    if "minister" in words:  # a minister speaks for the ministry
        words.append("ministry")
    nations = {NATION_WORDS[w] for w in words if w in NATION_WORDS}
    nations |= {NAME_NATION[w] for w in words if w in NAME_NATION}
    tokens = {w for w in words if w not in STOP and w not in NATION_WORDS}
    for group in ALIAS_GROUPS:
        if tokens & group:
            tokens |= group
    return tokens, nations


def claimant_matches(stored: str, expected: str) -> bool:
    """A stored claimant is the expected one, loosely: same nation (where both say one) and a
    shared distinctive word or alias; a generic expected name ("Ukrainian military") needs
    only the nation."""
    if stored.lower().startswith("unattributed"):
        return False
    got, got_nations = claimant_profile(stored)
    want, want_nations = claimant_profile(expected)
    if got_nations and want_nations and not got_nations & want_nations:
        return False
    if not want - {"military", "armed", "official"}:  # generic: the nation decides
        return bool(got_nations & want_nations)
    return bool(got & want)


# -- field checks ------------------------------------------------------------------------------

MISSING = object()


def _date(value: object) -> str | None:
    """A date as ISO text (rows hold strings, claims hold dates)."""
    return (
        value.isoformat() if isinstance(value, dt.date) else (None if value is None else str(value))
    )


def _loosely_same_place(got: object, want: str | None) -> bool:
    """A scope or part_of agrees: both empty, or sharing a word."""
    if want is None or got is None:
        return want is None and got is None
    return bool(set(_words(str(got))) & set(_words(want)) - STOP)


def field_problem(claim: Claim, row: dict[str, Any], field: str) -> str | None:
    """What is wrong with `field` of `claim` against the row, or None."""
    if field == "period":
        period = row["period"]
        got = (_enum(claim.period_kind), _date(claim.period_start), _date(claim.period_end))
        want = (period["kind"], period["start"], period["end"])
        names = ("kind", "start", "end")
        bad = [f"{n} {g} != {w}" for n, g, w in zip(names, got, want, strict=True) if w and g != w]
        return "period " + ", ".join(bad) if bad else None
    if field == "claimant":
        ok = claimant_matches(claim.claimant, row["claimant"])
        return None if ok else f"claimant {claim.claimant!r}, expected {row['claimant']!r}"
    value: object = getattr(claim, field, MISSING)
    if value is MISSING:
        return f"{field}: no such field on claims yet"
    if field in ("scope", "part_of"):
        ok = _loosely_same_place(value, row[field])
    else:
        ok = _enum(value) == row[field]
    return None if ok else f"{field} {_enum(value)}, expected {row[field]}"


def field_problems(figure_id: str, field: str) -> list[str]:
    """Problems with `field` in every matched claim (empty when one of them is right)."""
    claims = figure_claims(figure_id)
    if not claims:
        return ["no claim matches the figure"]
    problems = [field_problem(claim, FIGURES[figure_id], field) for claim in claims]
    return [] if None in problems else [p for p in problems if p]


# -- precision and sides -----------------------------------------------------------------------


def claim_verdict(claim: Claim, article: str, text: str) -> str:
    """What one stored claim is: 'figure', 'neutral', 'not-figure', 'wrong side' (an expected
    figure's number with another subject), 'wrong metric', 'wrong range' or 'unexpected'."""
    rows = [r for r in FIGURES.values() if r["article"] == article]
    if any(matches_figure(claim, r, text) for r in rows):
        return "figure"
    for section, verdict in (("neutral", "neutral"), ("not_figures", "not-figure")):
        if any(
            matches_value_row(claim, r, text) for r in EXPECTED[section] if r["article"] == article
        ):
            return verdict
    for r in rows:
        if matches_value_row(claim, r, text):
            if _enum(claim.metric) != r["metric"]:
                return "wrong metric"
            return "wrong range" if claim.value_max != r["value_max"] else "wrong side"
    return "unexpected"


def _describe(claim: Claim) -> str:
    """A claim in a few words, for failure messages."""
    return f"{claim.value} {_enum(claim.metric)} ({_enum(claim.subject)}): {claim.quote[:90]!r}"


@cache
def precision_problems(article: str) -> tuple[str, ...]:
    """Every stored claim of an article that is not an expected figure or a neutral row."""
    claims, text = article_claims(article)
    verdicts = ((claim, claim_verdict(claim, article, text)) for claim in claims)
    return tuple(f"{v}: {_describe(c)}" for c, v in verdicts if v not in ("figure", "neutral"))


def side_verdict(side_id: str) -> str:
    """'right', 'wrong side: stored as X' or 'missed' for one expected figure of sides.yaml."""
    row, figure = SIDE_FIGURES[side_id]
    key = (figure["value"], figure["metric"])
    allowed = {f["subject"] for f in row["figures"] if (f["value"], f["metric"]) == key}
    found = {
        str(_enum(c.subject))
        for c in sentence_claims(row["id"])
        if (c.value, _enum(c.metric)) == key
    }
    if wrong := sorted(found - allowed):
        return f"wrong side: stored as {' and '.join(wrong)}, expected {figure['subject']}"
    return "right" if figure["subject"] in found else "missed"


# -- the tests ---------------------------------------------------------------------------------


def expect(ok: bool, message: str) -> None:
    """Fail with `message` and no traceback: over a thousand strict xfails would otherwise spend
    minutes having pytest parse this module for each failure's source lines."""
    if not ok:
        pytest.fail(message, pytrace=False)


@pytest.mark.parametrize("figure_id", [param(f"fig:{fid}", fid) for fid in FIGURES])
def test_expected_figure_is_stored(figure_id: str) -> None:
    """Recall: a claim with the figure's value, metric and subject, from its sentence."""
    row = FIGURES[figure_id]
    claims, _ = article_claims(row["article"])
    near = [_describe(c) for c in claims if c.value == row["value"]]
    expect(bool(figure_claims(figure_id)), f"{row['sentence']!r} not stored; same value: {near}")


@pytest.mark.parametrize(
    ("figure_id", "field"),
    [
        param(f"fig:{fid}:{field}", fid, field, depends_on=f"fig:{fid}")
        for fid in FIGURES
        for field in FIELDS
    ],
)
def test_expected_figure_field(figure_id: str, field: str) -> None:
    """The stored figure's qualifier, personnel kind, period, claimant, stat, scope, part_of."""
    problems = field_problems(figure_id, field)
    expect(not problems, "; ".join(problems))


@pytest.mark.parametrize(
    "article", [param(f"precision:{name[:3]}", name) for name in ARTICLE_NAMES]
)
def test_every_claim_is_expected(article: str) -> None:
    """Precision: each claim is an expected figure or a neutral row, never a not-figure."""
    problems = precision_problems(article)
    expect(not problems, "\n".join(problems))


@pytest.mark.parametrize("side_id", [param(f"side:{sid}", sid) for sid in SIDE_FIGURES])
def test_side_of_figure(side_id: str) -> None:
    """Whose losses: the figure is stored with the sentence's subject, and no other."""
    verdict = side_verdict(side_id)
    expect(verdict == "right", f"{verdict}: {SIDE_FIGURES[side_id][0]['sentence']}")


@pytest.mark.parametrize(
    "sentence_id", [param(f"side:{row['id']:02d}-none", row["id"]) for row in NO_LOSS_SENTENCES]
)
def test_sentence_without_losses_stores_nothing(sentence_id: int) -> None:
    """A sentence whose numbers are not losses (a prisoner exchange) gives no claim."""
    stored = [_describe(c) for c in sentence_claims(sentence_id)]
    expect(not stored, "\n".join(stored))


@dataclass(frozen=True)
class Scores:
    """The suite's numbers."""

    found: int
    figures: int
    correct_claims: int
    claims: int
    sides: Counter[str]

    @property
    def recall(self) -> float:
        return self.found / self.figures

    @property
    def precision(self) -> float:
        return self.correct_claims / self.claims if self.claims else 1.0


@cache
def scores() -> Scores:
    """Recall, precision and side verdicts over the whole blind suite."""
    found = sum(1 for fid in FIGURES if figure_claims(fid))
    claims = correct = 0
    for name in ARTICLE_NAMES:
        stored, _ = article_claims(name)
        claims += len(stored)
        correct += len(stored) - len(precision_problems(name))
    sides = Counter(side_verdict(sid).split(":")[0] for sid in SIDE_FIGURES)
    return Scores(found, len(FIGURES), correct, claims, sides)


@pytest.mark.parametrize(
    "target",
    [
        param("suite:recall", "recall"),
        param("suite:precision", "precision"),
    ],
)
def test_suite_targets(target: str) -> None:
    """Issue 13: recall >= 0.90, precision >= 0.95."""
    result = scores()
    checks: dict[str, Callable[[], bool]] = {
        "recall": lambda: result.recall >= RECALL_TARGET,
        "precision": lambda: result.precision >= PRECISION_TARGET,
    }
    expect(checks[target](), str(result))


def test_no_figure_on_the_wrong_side() -> None:
    """Issue 13's zero tolerance, a plain test (never an xfail): no sides.yaml figure is
    stored with a subject its sentence does not give it."""
    wrong = {sid: v for sid in SIDE_FIGURES if (v := side_verdict(sid)).startswith("wrong")}
    assert not wrong, wrong


def test_known_failures_name_real_checks() -> None:
    """Every entry of known_failures.yaml names (or matches) a check that exists."""
    ids = set(all_check_ids())
    stale = [k for k in KNOWN if k not in ids and k not in KNOWN_GLOBS]
    stale += [k for k in KNOWN_GLOBS if not fnmatch.filter(ids, k)]
    assert not stale


def test_side_entries_say_wrong_side_or_missed() -> None:
    """A failing side check is marked as the worse 'wrong side' or as 'missed'."""
    reasons = {k: v for k, v in KNOWN.items() if k.startswith("side:")}
    assert all(re.match(r"(wrong side|missed|stored)\b", v) for v in reasons.values()), reasons


# -- the scoring itself, on claims made by hand ------------------------------------------------


def _claim(value: int, subject: str, quote: str, claimant: str = "x", **fields: Any) -> Claim:
    """A claim as the extractor might store it."""
    return Claim(
        metric=fields.pop("metric", "personnel"), value=value, subject=subject,
        claimant=claimant, quote=quote, source=SourceRef(id="hand"), **fields,
    )  # fmt: skip


def test_scoring_needs_value_metric_subject_and_place() -> None:
    """A claim matches a row only with its value, metric, subject and sentence."""
    text = "Kyiv lost up to 75 servicemen there. Separately, 75 tanks were counted."
    row = {"value": 75, "value_max": None, "metric": "personnel", "subject": "ukraine",
           "sentence": "lost up to 75 servicemen"}  # fmt: skip
    assert matches_figure(_claim(75, "ukraine", "lost up to 75 servicemen there"), row, text)
    assert matches_figure(_claim(75, "ukraine", "Kyiv lost up to 75"), row, text)  # a part
    assert not matches_figure(_claim(75, "russia", "Kyiv lost up to 75"), row, text)
    assert not matches_figure(_claim(75, "ukraine", "75 tanks were counted"), row, text)
    assert not matches_figure(_claim(75, "ukraine", "Kyiv lost", metric="tanks"), row, text)
    assert not matches_figure(_claim(76, "ukraine", "Kyiv lost up to 75"), row, text)


@pytest.mark.parametrize(
    ("stored", "expected", "same"),
    [
        ("Russia's Ministry of Defence", "Russian Ministry of Defence", True),
        ("Russia's Ministry of Defence", "Andrei Belousov (Russian Defence Minister)", True),
        ("Russia's Ministry of Defence", "Ukrainian Ministry of Defence", False),
        ("Ukraine's General Staff", "Ukrainian General Staff", True),
        ("the Kremlin", "Vladimir Putin", True),
        ("the Kremlin", "Volodymyr Zelensky", False),
        ("Ukrainian officials", "Volodymyr Zelensky", False),
        ("Ukraine's General Staff", "Ukrainian officials", True),
        ("US intelligence", "William Burns (CIA)", True),
        ("US intelligence", "UK Defence Intelligence", False),
        ("unattributed (the outlet does not say)", "The Economist", False),
    ],
)
def test_claimants_match_loosely_but_never_across_sides(
    stored: str, expected: str, same: bool
) -> None:
    """A shared distinctive word or alias matches; a different nation never does."""
    assert claimant_matches(stored, expected) is same


def test_missing_fields_fail_and_periods_compare_what_the_row_gives() -> None:
    """stat/scope/part_of fail when claims lack them; a null start or end is not compared."""
    claim = _claim(5, "russia", "q", period_kind="cumulative", period_end=dt.date(2024, 5, 1))
    period = {"kind": "cumulative", "start": None, "end": "2024-05-01"}
    row: dict[str, Any] = {"stat": "total", "period": period}
    assert field_problem(claim, row, "period") is None
    if "stat" not in Claim.model_fields:
        assert field_problem(claim, row, "stat") == "stat: no such field on claims yet"
    period["end"] = "2024-05-02"
    assert field_problem(claim, row, "period") == "period end 2024-05-01 != 2024-05-02"


# Tests of the scoring itself, on first-round rows: the holdout modules do not repeat them.
SCORING_SELF_TESTS = frozenset(
    {
        "test_scoring_needs_value_metric_subject_and_place",
        "test_claimants_match_loosely_but_never_across_sides",
        "test_missing_fields_fail_and_periods_compare_what_the_row_gives",
    }
)


# -- measurement and upkeep (python -m tests.test_blind_articles) ------------------------------


def all_check_ids() -> Iterator[str]:
    """The id of every check above."""
    for fid in FIGURES:
        yield f"fig:{fid}"
        yield from (f"fig:{fid}:{field}" for field in FIELDS)
    yield from (f"precision:{name[:3]}" for name in ARTICLE_NAMES)
    yield from (f"side:{sid}" for sid in SIDE_FIGURES)
    yield from (f"side:{row['id']:02d}-none" for row in NO_LOSS_SENTENCES)
    yield from ("suite:recall", "suite:precision")


def _figure_failure(fid: str) -> str | None:
    """Why expected figure `fid` is not stored (None when it is)."""
    if figure_claims(fid):
        return None
    row = FIGURES[fid]
    claims, text = article_claims(row["article"])
    here = [c for c in claims if located(c, text, row["sentence"])]
    same = [c for c in here if c.value == row["value"]]
    for claim in same:
        if _enum(claim.metric) != row["metric"]:
            return f"wrong metric: stored as {_enum(claim.metric)}"
        if _enum(claim.subject) != row["subject"]:
            return f"wrong side: stored as {_enum(claim.subject)} losses"
        if claim.value_max != row["value_max"]:
            return f"value_max {claim.value_max}, expected {row['value_max']}"
    if row["subject"] == "other":
        return "missed: subject 'other' does not exist yet"
    if here:
        return "missed: the sentence gives other claims, not this one"
    return "missed: nothing stored from the sentence"


def current_failures() -> dict[str, str]:
    """Every check that fails now, with a reason worded from what went wrong."""
    failures: dict[str, str] = {}
    for fid in FIGURES:
        if (why := _figure_failure(fid)) is not None:
            failures[f"fig:{fid}"] = why
            continue
        for field in FIELDS:
            if problems := field_problems(fid, field):
                failures[f"fig:{fid}:{field}"] = "; ".join(problems)
    for name in ARTICLE_NAMES:
        if wrong := precision_problems(name):
            kinds = Counter(p.split(":")[0] for p in wrong)
            failures[f"precision:{name[:3]}"] = "stored " + ", ".join(
                f"{n} {k}" for k, n in sorted(kinds.items())
            )
    for sid in SIDE_FIGURES:
        if (verdict := side_verdict(sid)) != "right":
            failures[f"side:{sid}"] = verdict
    for row in NO_LOSS_SENTENCES:
        if sentence_claims(row["id"]):
            failures[f"side:{row['id']:02d}-none"] = "stored a claim from a sentence without losses"
    result = scores()
    if result.recall < RECALL_TARGET:
        failures["suite:recall"] = f"recall {result.recall:.3f} < {RECALL_TARGET}"
    if result.precision < PRECISION_TARGET:
        failures["suite:precision"] = f"precision {result.precision:.3f} < {PRECISION_TARGET}"
    return failures


def _category(check_id: str, reason: str) -> str:
    """A failure reason without its particulars, for counting."""
    field = check_id.split(":")[2] if check_id.count(":") == 2 else None
    if field == "period":
        kind = re.search(r"kind (\S+) != (\S+?),?(?: |$)", reason)
        return f"period kind {kind[1]}, expected {kind[2]}" if kind else "period dates differ"
    if field in ("qualifier", "personnel_kind"):
        return re.sub(r"; .*", "", reason)
    if field == "claimant":
        return "claimant " + re.sub(r", expected.*", "", reason.split("claimant ", 1)[1])
    return reason.split(" (")[0] if check_id.startswith("side:") else re.sub(r"\d+", "N", reason)


def report() -> str:
    """The measurements and the most common failure reasons by style, as text."""
    result = scores()
    failures = current_failures()
    by_style: Counter[tuple[str, str]] = Counter()
    for check_id, reason in failures.items():
        if check_id.startswith("fig:") and not check_id.endswith((":stat", ":scope", ":part_of")):
            style = STYLE.get(check_id[4:7], "?")
            by_style[(style, _category(check_id, reason))] += 1
    lines = [
        f"recall {result.found}/{result.figures} = {result.recall:.3f} (target {RECALL_TARGET})",
        f"precision {result.correct_claims}/{result.claims} = {result.precision:.3f}"
        f" (target {PRECISION_TARGET})",
        "sides: "
        + ", ".join(f"{k} {result.sides[k]}" for k in ("right", "wrong side", "missed"))
        + f" of {len(SIDE_FIGURES)}",
        "most common failures (style: reason, checks):",
    ]
    lines += [f"  {n:3d}  {style}: {why}" for (style, why), n in by_style.most_common(10)]
    overall: Counter[str] = Counter()
    for (_, why), n in by_style.items():
        overall[why] += n
    lines.append("most common failures over all styles:")
    lines += [f"  {n:3d}  {why}" for why, n in overall.most_common(10)]
    return "\n".join(lines)


# The sections of known_failures.yaml: (heading, does a check id and reason belong here).
_SECTIONS: list[tuple[str, Callable[[str, str], bool]]] = [
    ("issue 13's targets over the whole suite", lambda c, r: c.startswith("suite:")),
    ("sides.yaml, WRONG SIDE: the figure is stored as another side's losses (worse than missed)",
     lambda c, r: c.startswith("side:") and r.startswith("wrong")),
    ("sides.yaml, MISSED: the figure is not stored at all", lambda c, r: c.startswith("side:")),
    ("precision: claims that are neither an expected figure nor a neutral row",
     lambda c, r: c.startswith("precision:")),
    ("figures stored on the WRONG SIDE (value, metric and sentence right, subject wrong)",
     lambda c, r: c.count(":") == 1 and r.startswith("wrong side")),
    ("figures not stored (missed, or stored with another metric or range)",
     lambda c, r: c.count(":") == 1),
    ("qualifier of a stored figure", lambda c, r: c.endswith(":qualifier")),
    ("personnel_kind of a stored figure", lambda c, r: c.endswith(":personnel_kind")),
    ("period of a stored figure", lambda c, r: c.endswith(":period")),
    ("claimant of a stored figure", lambda c, r: c.endswith(":claimant")),
    ("stat, scope and part_of of a stored figure", lambda c, r: True),
]  # fmt: skip


def write_known() -> None:
    """Rewrite known_failures.yaml from the checks that fail now, keeping its header."""
    text = KNOWN_FAILURES.read_text(encoding="utf-8")
    header = text[: text.index("\n# -- ")] if "\n# -- " in text else text
    sections: dict[str, dict[str, str]] = {heading: {} for heading, _ in _SECTIONS}
    sections["checks of fields that claims do not have yet (globs)"] = dict(KNOWN_GLOBS)
    for check_id, reason in current_failures().items():
        if any(fnmatch.fnmatch(check_id, glob) for glob in KNOWN_GLOBS):
            continue
        heading = next(h for h, belongs in _SECTIONS if belongs(check_id, reason))
        sections[heading][check_id] = reason
    parts = [header]
    for heading, entries in sections.items():
        if entries:
            body = yaml.safe_dump(entries, sort_keys=False, width=200, allow_unicode=True)
            parts.append(f"\n# -- {heading}\n{body}")
    KNOWN_FAILURES.write_text("".join(parts), encoding="utf-8")


def main(argv: list[str]) -> int:
    """Print the measurements; with --check, the entries missing from or stale in the data;
    with --write-known, rewrite the data file from the checks that fail now."""
    if "--write-known" in argv:
        write_known()
    print(report())
    if "--check" in argv:
        failures = current_failures()
        for check_id, reason in failures.items():
            if known_reason(check_id) is None:
                print(f"missing  {yaml.safe_dump({check_id: reason}, width=200).strip()}")
        for check_id in KNOWN:
            if "*" not in check_id and check_id not in failures:
                print(f"stale    {check_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
