"""What every question the repo has is read as and answered with, as canonical JSON, so a change
to how questions are parsed (not what they are read as) can be checked to change nothing.

    .venv/bin/python scripts/question_golden.py OUT.json
    diff <(... before) <(... after)      # must be empty

Questions: every `question` of tests/fixtures/blind/**/questions*.yaml and conversations*.yaml
(parsed with a fixed `today` and with their own, answered over the seeds knowledge base, the
conversations turn by turn through `Conversation`), and every string constant of the test files
that call `parse_question` (parsed only). `--time` instead times `parse_question` over the blind
question texts (CPU seconds of this process, best of `--repeat`), for comparing two versions of
the code run alternately on a busy machine.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from knowledge import Conversation, answer, open_or_build, parse_question  # noqa: E402

TODAY = dt.date(2026, 11, 30)
BLIND = ROOT / "tests" / "fixtures" / "blind"


def _today(value: Any) -> dt.date:
    """A fixture's `today` (a date, or an ISO string), or the fixed one."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)) if value else TODAY


def blind_singles() -> list[tuple[str, str, dt.date]]:
    """(file, question, today) of every single blind question, in file order."""
    out = []
    for path in sorted(BLIND.rglob("questions*.yaml")):
        for q in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if isinstance(q, dict) and isinstance(q.get("question"), str):
                out.append((str(path.relative_to(ROOT)), q["question"], _today(q.get("today"))))
    return out


def blind_conversations() -> list[tuple[str, list[str], dt.date]]:
    """(file, turns, today) of every blind conversation, in file order."""
    out = []
    for path in sorted(BLIND.rglob("conversations*.yaml")):
        for conv in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            turns = [t["question"] for t in conv.get("turns", []) if "question" in t]
            out.append((str(path.relative_to(ROOT)), turns, _today(conv.get("today"))))
    return out


def test_strings() -> list[str]:
    """Every string constant (3..400 characters) of the test files that parse questions."""
    found: set[str] = set()
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        source = path.read_text(encoding="utf-8")
        if "parse_question" not in source:
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if 3 <= len(node.value) <= 400:
                    found.add(node.value)
    return sorted(found)


def parsed(text: str, today: dt.date) -> Any:
    """The Query JSON for `text`, or the error that stopped its reading."""
    try:
        return parse_question(text, today=today).model_dump(mode="json")
    except Exception as exc:
        return f"error: {type(exc).__name__}: {exc}"


def golden(store: Any) -> dict[str, Any]:
    """Queries and answers of every question, keyed by where it comes from."""
    out: dict[str, Any] = {}
    for n, (name, text, today) in enumerate(blind_singles()):
        out[f"{name}#{n}"] = {
            "fixed": parsed(text, TODAY),
            "own": parsed(text, today),
            "answer": answer(text, store, today=today).model_dump(mode="json"),
        }
    for n, (name, turns, today) in enumerate(blind_conversations()):
        conversation = Conversation()
        out[f"{name}~{n}"] = [
            {
                "fixed": parsed(text, TODAY),
                "answer": conversation.ask(text, store, today=today).model_dump(mode="json"),
            }
            for text in turns
        ]
    out["tests"] = {text: parsed(text, TODAY) for text in test_strings()}
    return out


def timing(repeat: int) -> float:
    """Milliseconds of CPU per `parse_question` over the blind texts, best of `repeat`."""
    texts = [t for _, t, _ in blind_singles()]
    texts += [t for _, turns, _ in blind_conversations() for t in turns]
    for text in texts[:50]:
        parse_question(text, today=TODAY)
    best = float("inf")
    for _ in range(repeat):
        c0 = time.process_time()
        for text in texts:
            parse_question(text, today=TODAY)
        best = min(best, (time.process_time() - c0) * 1000 / len(texts))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--time", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.time:
        print(f"{timing(args.repeat):.3f} ms CPU per parse_question")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        store = open_or_build(Path(tmp) / "knowledge.db", ROOT / "seeds")
        result = golden(store)
    text = json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False, default=str)
    if args.out is None:
        print(text)
    else:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
