"""Worst-case source files (issue 11, item 8): each shape that once made extraction grow with the
square of the text, and others like them, at a given size. A reload of a folder holding one of
them must finish (the file loaded or rejected with its reason) in under 10 s at 5 MB.

    .venv/bin/python bench/worst_case.py            # every shape at 5 MB, one process each
    .venv/bin/python bench/worst_case.py --mb 1 --shape dense_figures

The numbers and dates vary from sentence to sentence, so no cache of repeated sentences helps.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
TARGET_SECONDS = 10.0
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August")


def _fill(size: int, pieces: Iterator[str], head: str = "", tail: str = "") -> str:
    """`head`, then pieces until the text is `size` characters long, then `tail`."""
    parts, length = [head], len(head) + len(tail)
    for piece in pieces:
        if length + len(piece) > size:
            break
        parts.append(piece)
        length += len(piece)
    parts.append(tail)
    return "".join(parts)


def _count() -> Iterator[int]:
    return itertools.count(1)


SHAPES: dict[str, Callable[[int], str]] = {
    # The red team's: one sentence "Russia lost 5 tanks and ..." (53 s at 48 KB before).
    "one_sentence_and": lambda n: _fill(
        n, (f"{i % 97 + 1} tanks and " for i in _count()), "Russia lost ", "2 tanks."
    ),
    # "9 9 9 ..." after a loss word (42 s at 24 KB before), the loss word repeated throughout.
    "bare_numbers": lambda n: _fill(
        n, (f"lost {' '.join(str(i % 9 + 1) for i in range(40))} " for _ in _count())
    ),
    # Realistic loss sentences, each a figure, with a claimant in every one.
    "dense_figures": lambda n: _fill(
        n,
        (
            f"Russia lost {i % 900 + 10} tanks on {MONTHS[i % 8]} {i % 28 + 1}, Kyiv said. "
            for i in _count()
        ),
    ),
    # Loss sentences with no claimant anywhere: the fallback search walked the whole article.
    "no_claimant": lambda n: _fill(
        n, (f"Russia lost {i % 900 + 10} tanks on {MONTHS[i % 8]} {i % 28 + 1}. " for i in _count())
    ),
    # Claimant names in every sentence, none of them with a figure.
    "claimant_mentions": lambda n: _fill(
        n, (f"Kyiv said, Moscow said and the General Staff said {i}. " for i in _count())
    ),
    # Millions of tiny sentences.
    "tiny_sentences": lambda n: _fill(n, (f"Ab{i % 10}. Cd. " for i in _count())),
    # Abbreviations that never end a sentence: one sentence as long as the file.
    "abbreviations": lambda n: _fill(n, ("Mr. Dr. St. Gen. " for _ in _count()), "Russia lost "),
    # Daily-list blocks, each after a heading about losses.
    "list_blocks": lambda n: _fill(
        n,
        (
            f"Losses as of {i % 28 + 1:02d}.03.2024:\ntanks – {9000 + i % 999} (+{i % 30});\n"
            f"APC – {18000 + i % 999} (+{i % 40});\n\n"
            for i in _count()
        ),
    ),
    # Period expressions everywhere, in one line.
    "many_periods": lambda n: _fill(
        n, (f"{MONTHS[i % 8]} {i % 28 + 1}, " for i in _count()), "Russia lost 5 tanks on ", "."
    ),
    # One word as long as the file, and a file of empty lines.
    "one_long_word": lambda n: "Russia lost " + "x" * (n - 20) + " tanks.",
    "empty_lines": lambda n: "Russia lost 5 tanks on May 1, Kyiv said." + "\n" * (n - 60),
    # HTML: a long article of paragraphs, and deeply nested markup.
    "html_paragraphs": lambda n: _fill(
        n,
        (
            f"<p>Russia lost {i % 900 + 10} tanks on {MONTHS[i % 8]} {i % 28 + 1}, Kyiv said.</p>\n"
            for i in _count()
        ),
        "<html><head><title>Losses</title></head><body><article>",
        "</article></body></html>",
    ),
    # As many paragraphs as the tag limit lets into 5 MB (a page just under MAX_HTML_TAGS).
    "html_under_tag_limit": lambda n: _fill(
        n,
        (
            f"<p>Russia lost {i % 900 + 10} tanks on {MONTHS[i % 8]} {i % 28 + 1}, Kyiv "
            f"said, and {'the reports from the front describe heavy fighting ' * 4}again.</p>\n"
            for i in _count()
        ),
        "<html><head><title>Losses</title></head><body><article>",
        "</article></body></html>",
    ),
    "html_nested": lambda n: (
        "<html><body>"
        + "<div>" * (n // 12)
        + "Russia lost 5 tanks on May 1, Kyiv said."
        + "</div>" * (n // 12)
        + "</body></html>"
    ),
}


def run_one(shape: str, size: int) -> dict[str, object]:
    """Reload a folder holding one good article and the worst-case file, in this process."""
    import resource

    sys.path.insert(0, str(ROOT))
    from knowledge import ReloadError, rebuild

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "sources"
        folder.mkdir()
        (folder / "good.md").write_text(
            "---\npublished: 2024-05-02\n---\nRussia lost 10 tanks on May 1, Kyiv said.\n"
        )
        suffix = ".html" if shape.startswith("html") else ".txt"
        text = SHAPES[shape](size)
        (folder / f"worst{suffix}").write_text(text, encoding="utf-8")
        started = time.perf_counter()
        try:
            report = rebuild(folder, Path(tmp) / "kb.db", max_file_bytes=2 * max(size, 5 << 20))
        except ReloadError as exc:
            report = exc.report
        seconds = time.perf_counter() - started
    rejected = [r.reason for r in report.rejected]
    return {
        "shape": shape,
        "bytes": len(text.encode()),
        "seconds": round(seconds, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "ok": report.ok,
        "outcome": f"rejected: {rejected[0]}" if rejected else f"loaded, {report.claims} claims",
        "met": seconds < TARGET_SECONDS and report.ok,
    }


def measure(size: int, shapes: list[str] | None = None, timeout: float = 120) -> list[dict]:
    """Each shape in a fresh process (so peak memory is its own), bounded by `timeout`."""
    results = []
    for shape in shapes or list(SHAPES):
        cmd = [sys.executable, str(Path(__file__).resolve()), "--one", shape, "--bytes", str(size)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
            line = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
            result = (
                json.loads(line)
                if line.startswith("{")
                else {"shape": shape, "met": False, "outcome": f"crashed: {proc.stderr[-300:]}"}
            )
        except subprocess.TimeoutExpired:
            result = {"shape": shape, "seconds": timeout, "met": False, "outcome": "timed out"}
        results.append(result)
        print(json.dumps(result), file=sys.stderr, flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--mb", type=float, default=5.0, help="size of each file in MB")
    parser.add_argument("--bytes", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    size = args.bytes or int(args.mb * 1024 * 1024)
    if args.one:
        print(json.dumps(run_one(args.one, size)))
        return 0
    results = measure(size, args.shape)
    print(f"{'shape':<20} {'MB':>5} {'seconds':>8} {'RSS MB':>7}  outcome")
    for r in results:
        print(
            f"{r['shape']:<20} {r.get('bytes', 0) / 2**20:>5.1f} {r.get('seconds', 0):>8} "
            f"{r.get('peak_rss_mb', 0):>7}  {r['outcome']}"
        )
    return 0 if all(r["met"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
