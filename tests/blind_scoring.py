"""Scoring shared by the blind question harnesses (English, Ukrainian and Russian).

Each check reads one `expect` field of a blind question (see the fixtures' README.md files)
against the Answer JSON (`Answer.model_dump(mode="json")`, what `bot ask --json` prints) and
returns what is wrong in one line, or None. A field the Answer JSON does not have yet fails its
check: the feature is missing. The known-failure helpers keep each harness's list of strict
xfails (`known_failures.yaml`: id -> what is wrong) in one format.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge import answer

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
WAR_START = dt.date(2022, 2, 24)
# The last report of the seed series (fixture README, "Coverage"): a question that names no
# period and is read with none (a record or total over the whole war) covers the war up to it.
COVERAGE_END = dt.date(2026, 8, 8)

# Who is who, loosely (the fixture README: "Kremlin / Russian MoD / Moscow are one side, the
# General Staff / armed forces / MoD of Ukraine are the other"). Names are lower-cased with
# "russia's"/"ukraine's" read as "russian"/"ukrainian" first. The first group that matches wins,
# so the more specific groups come first. Ukrainian and Russian names (issue 15: claimant names in
# the answer's language) are stems, so any case ending matches.
CLAIMANT_GROUPS: list[tuple[str, tuple[str, ...]]] = [
    (
        "Zelensky",
        (
            "zelensk",
            "ukrainian president",
            "president of ukraine",
            "зеленськ",
            "зеленск",
            "президент україни",
            "президент украины",
        ),
    ),
    (
        "UK MoD",
        (
            "uk ministry of defen",
            "british ministry of defen",
            "britain's defen",
            "british defen",
            "uk defen",
            "uk mod",
            "uk intelligence",
            "british intelligence",
            "британ",
            "великобритан",
        ),
    ),
    (
        "Pentagon",
        ("pentagon", "us department of defense", "u.s. department of defense", "пентагон"),
    ),
    (
        "ISW",
        (
            "isw",
            "institute for the study of war",
            "інститут вивчення війни",
            "институт изучения войны",
        ),
    ),
    ("BBC", ("bbc", "бі-бі-сі", "би-би-си")),
    ("Mediazona", ("mediazona", "медіазон", "медиазон")),
    (
        "Russian side",
        (
            "kremlin",
            "russian ministry of defen",
            "russian defen",
            "russian mod",
            "ministry of defense of the russian",
            "moscow",
            "peskov",
            "shoigu",
            "belousov",
            "russian general staff",
            "кремл",
            "оборони рф",
            "оборони росії",
            "обороны рф",
            "обороны россии",
            "генштаб рф",
            "генштаб росії",
            "генштаб россии",
            "москв",
            "пєсков",
            "песков",
            "шойгу",
            "бєлоусов",
            "белоусов",
        ),
    ),
    (
        "Ukrainian side",
        (
            "general staff",
            "armed forces of ukraine",
            "ukrainian armed forces",
            "ukrainian military",
            "ukrainian ministry of defen",
            "ukrainian defen",
            "ministry of defense of ukraine",
            "ministry of defence of ukraine",
            "ukrainian authorities",
            "ukrainian government",
            "ukrainian officials",
            "kyiv",
            "генштаб",
            "генеральн",
            "зсу",
            "всу",
            "збройн",
            "вооруженные силы украины",
            "сили оборони",
            "силы обороны",
            "оборони україни",
            "обороны украины",
            "розвідк",
            "разведк",
            "київ",
            "киев",
        ),
    ),
]
# The sources of the knowledge base by name: the seed articles' publishers and the series'
# claimant. A question about the sources (`answered: null`) is answered from them (issue 12,
# requirement 7), so its answer names at least one.
SOURCE_NAMES = sorted(
    {
        line.split(":", 1)[1].strip().lower()
        for path in SEEDS.glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()[:12]
        if line.startswith("publisher:")
    }
    | {"general staff"}
)
FIRST_LINES = 3  # "named in the answer's first lines" (issue 12, requirement 1)


# --- reading the Answer JSON ------------------------------------------------------------------


def figure_objects(node: Any, *, top: bool = True) -> Iterator[dict[str, Any]]:
    """Every structured figure in the Answer JSON (a mapping with a numeric `value`), the
    claims and any computed figures alike; never the question's own parse or the prose."""
    if isinstance(node, dict):
        if isinstance(node.get("value"), int | float) and not isinstance(node["value"], bool):
            yield node
        for key, child in node.items():
            if not (top and key == "query"):
                yield from figure_objects(child, top=False)
    elif isinstance(node, list):
        for child in node:
            yield from figure_objects(child, top=False)


def numbers_of(fig: dict[str, Any]) -> set[int]:
    """The whole numbers a figure states (a range states both ends)."""
    return {round(v) for v in (fig.get("value"), fig.get("value_max")) if v is not None}


def shown(ans: dict[str, Any]) -> list[int]:
    """The figures an answer shows, in order, without repeats (for failure messages)."""
    seen: list[int] = []
    for fig in figure_objects(ans):
        for n in sorted(numbers_of(fig)):
            if n not in seen:
                seen.append(n)
    return seen


def matching(ans: dict[str, Any], values: list[int]) -> list[dict[str, Any]]:
    """The answer's figures that state one of `values`."""
    return [f for f in figure_objects(ans) if numbers_of(f) & set(values)]


def _day(text: Any) -> dt.date | None:
    """An ISO date from the JSON, or None."""
    return dt.date.fromisoformat(text) if isinstance(text, str) else None


def first_lines(ans: dict[str, Any]) -> str:
    """The answer's first lines, lower-cased."""
    return "\n".join(str(ans.get("text") or "").splitlines()[:FIRST_LINES]).lower()


def claimant_group(name: str) -> str | None:
    """Which side or body a claimant name belongs to, loosely."""
    low = name.lower().replace("’", "'").replace("russia's", "russian")
    low = low.replace("ukraine's", "ukrainian")
    return next((group for group, words in CLAIMANT_GROUPS if any(w in low for w in words)), None)


def names_claimant(text: str, expected: str) -> bool:
    """Whether `text` names the expected claimant (any of its group's words)."""
    group = claimant_group(expected)
    words = dict(CLAIMANT_GROUPS).get(group or "", (expected.lower(),))
    low = text.replace("’", "'").replace("russia's", "russian").replace("ukraine's", "ukrainian")
    return any(w in low for w in words)


# --- the checks, one per expect field ---------------------------------------------------------


def _fmt(values: list[int]) -> str:
    """Figures as the bot would print them: 45,720 / 45,450."""
    return " / ".join(f"{v:,}" for v in values) if values else "nothing"


def check_answered(exp: dict[str, Any], ans: dict[str, Any]) -> str | None:
    """`answered`: a figure for the asked period was given (true) or honestly refused (false);
    a question that is not about a figure (null) is answered from the sources."""
    want = exp["answered"]
    if want is None:
        text = str(ans.get("text") or "").lower()
        if any(name in text for name in SOURCE_NAMES):
            return None
        return "not answered from the sources (names none of them)"
    if ans.get("answered") == want:
        return None
    if want:
        return f"refused although {_fmt(exp['values_any'][:2])} stored"
    return f"answered {_fmt(shown(ans)[:2])} although no figure fits"


def check_values_any(exp: dict[str, Any], ans: dict[str, Any]) -> str | None:
    """`values_any`: one of them is a figure of the answer (a claim or a computed figure)."""
    if not exp["values_any"] or exp["answered"] is False or matching(ans, exp["values_any"]):
        return None
    if exp["answered"] and not ans.get("answered"):
        return None  # a refusal: check_answered says so
    return f"shows {_fmt(shown(ans)[:3])}, not {_fmt(exp['values_any'][:2])}"


def check_values_none(exp: dict[str, Any], ans: dict[str, Any]) -> str | None:
    """`values_none`: none of them is offered as the answer (figures shown apart are fine)."""
    if not ans.get("answered"):
        return None
    offered = [
        n
        for f in matching(ans, exp["values_none"])
        if f.get("relation") != "outside"
        for n in sorted(numbers_of(f) & set(exp["values_none"]))
    ]
    return f"presents {_fmt(sorted(set(offered))[:2])} as the answer" if offered else None


def _same_period(start: dt.date | None, end: dt.date | None, want: dict[str, dt.date]) -> bool:
    """One period equals the expected one; a total "by D" may start anywhere up to the war's
    start and may end with the report of D+1 (the README's "by / as of" convention). A period
    running to the end of the data ends with its last report (8 August 2026) or with the
    fighting that report covers (7 August): the same figures in the two labellings."""
    total = want["start"] == WAR_START
    start_ok = start == want["start"] or (total and (start is None or start <= WAR_START))
    end_ok = (
        end == want["end"]
        or (total and end == want["end"] + dt.timedelta(days=1))
        or (want["end"] == COVERAGE_END and end == COVERAGE_END - dt.timedelta(days=1))
    )
    return start_ok and end_ok


def check_period(exp: dict[str, Any], ans: dict[str, Any]) -> str | None:
    """`period`: the question was read for the expected period, or the figures given cover it
    (one figure, or together for comparisons and records; a total as of the period's last day
    counts for that day, as the README's "by / as of D" does)."""
    want = exp["period"]
    if want is None:
        return None
    query = ans.get("query") or {}
    qs, qe = _day(query.get("period_start")), _day(query.get("period_end"))
    if _same_period(qs, qe, want) or (
        qs is None and qe is None and (want["start"], want["end"]) == (WAR_START, COVERAGE_END)
    ):
        return None
    # A question naming a report ("the report of 1.1.2026", "Tuesday's update") is read as the
    # fighting the report covers, with the report's own date in `report_date`. The rounds label
    # such a question differently (the fourth by the fighting day, the fifth by the report's
    # date) but agree on its figure, so either label is the question read right.
    report = _day(query.get("report_date"))
    if report is not None and want["start"] == want["end"] == report:
        return None
    figs = matching(ans, exp["values_any"]) if exp["answered"] is not False else []
    spans = [(_day(f.get("period_start")), _day(f.get("period_end"))) for f in figs]
    as_of = {"start": WAR_START, "end": want["end"]}
    if any(_same_period(s, e, want) or _same_period(s, e, as_of) for s, e in spans):
        return None
    starts = [s or WAR_START for s, _ in spans]
    ends = [e for _, e in spans if e is not None]
    if starts and ends and _same_period(min(starts), max(ends), want):
        return None
    got = f"{qs}..{qe or 'open end'}" if qs or qe else "no period"
    return f"read {got} for {want['start']}..{want['end']}"


def check_metric(exp: dict[str, Any], ans: dict[str, Any]) -> str | None:
    """`metric`: read as the expected kind of loss, or a figure of that metric answers it."""
    want = exp["metric"]
    if want is None:
        return None
    metrics = (ans.get("query") or {}).get("metrics") or []
    if want in metrics or any(f.get("metric") == want for f in matching(ans, exp["values_any"])):
        return None
    return f"read metric {', '.join(metrics) or 'none'} for {want}"


def check_subject(exp: dict[str, Any], ans: dict[str, Any]) -> str | None:
    """`subject`: whose losses, as read or as the answering figures say."""
    want = exp["subject"]
    if want is None:
        return None
    read = (ans.get("query") or {}).get("subject")
    if read == want or any(f.get("subject") == want for f in matching(ans, exp["values_any"])):
        return None
    return f"read {read or 'no'} losses for {want}"


def check_claimant(exp: dict[str, Any], ans: dict[str, Any]) -> str | None:
    """`claimant`: an answering figure is that claimant's; a refusal names who has no figure;
    a question about a source names it."""
    want = exp["claimant"]
    if want is None:
        return None
    if exp["answered"]:
        figs = matching(ans, exp["values_any"])
        group = claimant_group(want)
        if not figs:
            return None  # no answering figure at all: check_values_any says so
        if any(claimant_group(str(f.get("claimant") or "")) == group for f in figs):
            return None
        others = sorted({str(f.get("claimant")) for f in figure_objects(ans) if f.get("claimant")})
        return f"no figure attributed to {want} (claimants shown: {', '.join(others) or 'none'})"
    text = first_lines(ans) if exp["answered"] is False else str(ans.get("text") or "").lower()
    if names_claimant(text, want):
        return None
    where = "first lines do" if exp["answered"] is False else "answer does"
    return f"{where} not name {want}"


def _unread_spans(ans: dict[str, Any]) -> list[str] | None:
    """`query.unread` (or a top-level `unread`) as strings; None when the JSON has neither."""
    query = ans.get("query") or {}
    raw = query.get("unread", ans.get("unread"))
    if raw is None:
        return None
    return [str(s.get("text", s) if isinstance(s, dict) else s).lower() for s in raw]


def check_unread(exp: dict[str, Any], ans: dict[str, Any]) -> str | None:
    """`unread`: each word is reported as unread in the JSON and named in the first lines."""
    if not exp["unread"]:
        return None
    spans = _unread_spans(ans)
    if spans is None:
        return "no query.unread in the Answer JSON (" + ", ".join(exp["unread"]) + " unreported)"
    head = first_lines(ans)
    missing = [
        w
        for w in exp["unread"]
        if not any(w.lower() in s or (s and s in w.lower()) for s in spans) or w.lower() not in head
    ]
    return f"does not report {', '.join(missing)} as unread first" if missing else None


def check_relation(exp: dict[str, Any], ans: dict[str, Any]) -> str | None:
    """`relation`: an answering figure carries that relation to the question."""
    want = exp.get("relation")
    if want is None:
        return None
    figs = matching(ans, exp["values_any"])
    got = sorted({str(f["relation"]) for f in figs if "relation" in f})
    if want in got:
        return None
    if not got:
        return f"no relation on its figures (wants {want})"
    return f"relation {', '.join(got)}, not {want}"


def check_language(exp: dict[str, Any], ans: dict[str, Any]) -> str | None:
    """`language` (where present): the language the answer is written in."""
    want = exp.get("language")
    if want is None:
        return None
    got = ans.get("language", (ans.get("query") or {}).get("language"))
    return None if got == want else f"language {got or 'not in the JSON'}, not {want}"


def ask_alone(question: str, store: Any, today: dt.date) -> dict[str, Any]:
    """The Answer JSON for one context-free question."""
    return answer(question, store, today=today).model_dump(mode="json")


# In order of how much they say about what is wrong: the first two make the known-failure reason.
CHECKS = [
    check_answered,
    check_values_none,
    check_period,
    check_values_any,
    check_claimant,
    check_metric,
    check_subject,
    check_unread,
    check_relation,
    check_language,
]


Check = Callable[[dict[str, Any], dict[str, Any]], str | None]


def problems(exp: dict[str, Any], ans: dict[str, Any], checks: list[Check]) -> list[str]:
    """What is wrong with `ans` for the expectations `exp` (empty when it is right)."""
    return [msg for check in checks if (msg := check(exp, ans)) is not None]


# --- known failures: strict xfails listed in a YAML file ---------------------------------------


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PROSE_KEYS = frozenset({"question", "why", "note", "text"})


def with_dates(node: Any, key: str = "") -> Any:
    """A question fixture with its ISO dates as dates, quoted ('2026-11-30') or not."""
    if isinstance(node, dict):
        return {k: with_dates(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [with_dates(v, key) for v in node]
    if isinstance(node, str) and key not in _PROSE_KEYS and _ISO_DAY.fullmatch(node):
        return dt.date.fromisoformat(node)
    return node


def load_known(path: Path) -> dict[str, str]:
    """id -> what is wrong today, for the items expected to fail."""
    if not path.exists():
        return {}
    return dict(yaml.safe_load(path.read_text(encoding="utf-8")) or {})


def param(value: Any, id: str, known: dict[str, str]) -> Any:
    """A test case; a strict xfail when `id` is listed as failing today."""
    marks = []
    if id in known:
        marks.append(pytest.mark.xfail(strict=True, reason=known[id]))
    return pytest.param(value, id=id, marks=marks)


def short_reason(found: list[str], missing_fields: tuple[str, ...]) -> str:
    """A short reason for a known-failure list: the first two problems, and whether the
    answer is otherwise right (every problem is a field the JSON does not have yet)."""
    if all(p.startswith(missing_fields) for p in found):
        return "otherwise right; " + "; ".join(found[:2])
    return "; ".join(found[:2])


def write_known(path: Path, header: list[str], failures: Iterable[tuple[str, str]]) -> None:
    """`path` from today's failures (id, reason) in order; a hand-written reason is kept
    while its item still fails."""
    old = load_known(path)
    lines = [f"# {line}".rstrip() for line in header]
    for id, why in failures:
        text = old.get(id) or why
        lines.append(yaml.safe_dump({id: text}, allow_unicode=True, width=1000).strip())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def holdout_harness(harness: str, suite: str = "holdout") -> dict[str, Any]:
    """The names of the first-round harness `tests/<harness>.py` run on a later blind round
    (SUITE = "holdout" or "third round"), without its tests of the scoring itself (those run
    with the first round): what tests/test_holdout_*.py and test_round3_*.py put in their own
    namespace."""
    import runpy

    names = runpy.run_path(
        str(Path(__file__).with_name(f"{harness}.py")),
        init_globals={"SUITE": suite},
        run_name=f"tests.{harness}_{suite.replace(' ', '_')}",
    )
    return {
        name: value
        for name, value in names.items()
        if not name.startswith("__") and name not in names["SCORING_SELF_TESTS"]
    }
