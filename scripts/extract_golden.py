"""Every claim the extractor reads from every article the repo has, as canonical JSON, so a
change to how extraction runs (not what it reads) can be checked to change nothing.

    .venv/bin/python scripts/extract_golden.py OUT.json [--generated 2000]
    diff <(... before) <(... after)      # must be empty

Articles: seeds/, tests/fixtures/ (the written suites, both blind rounds, uk/ru), and
`--generated` English and a fifth as many Ukrainian/Russian articles from bench/'s generators
(fixed seeds), written to a temporary folder. `--time` instead times extraction on the generated
articles (CPU seconds of this process, best of `--repeat`), for comparing two versions of the code
run alternately on a busy machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "bench"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from knowledge import Source, extract_claims, load_source  # noqa: E402

TODAY = dt.date(2026, 11, 30)
SUFFIXES = {".md", ".txt", ".html", ".htm"}


def repo_articles() -> list[Path]:
    """The article files of seeds/ and tests/fixtures/, in a fixed order."""
    found = [p for p in (ROOT / "seeds").glob("*") if p.suffix in SUFFIXES]
    found += [p for p in (ROOT / "tests" / "fixtures").rglob("*") if p.suffix in SUFFIXES]
    return sorted(p for p in found if p.is_file())


def generated_articles(folder: Path, english: int) -> list[Path]:
    """`english` bench articles and a fifth as many uk/ru ones, written under `folder`."""
    from generate import write_articles
    from generate_cyrillic import write_cyrillic_articles

    write_articles(folder / "en", english, seed=11)
    write_cyrillic_articles(folder / "uk_ru", max(1, english // 5))
    return sorted(p for p in folder.rglob("*") if p.is_file())


def claims_of(source: Source) -> list[object]:
    """The claims of one source as JSON values (or the error that stopped its reading)."""
    try:
        return [c.model_dump(mode="json") for c in extract_claims(source, max_seconds=600)]
    except Exception as exc:
        return [f"error: {type(exc).__name__}: {exc}"]


def golden(paths: list[Path], base: Path) -> dict[str, object]:
    """Claims by file (relative name) for every path."""
    out: dict[str, object] = {}
    for path in paths:
        try:
            source = load_source(path, today=TODAY)
        except Exception as exc:
            out[str(path.relative_to(base))] = f"not loaded: {exc}"
            continue
        out[str(path.relative_to(base))] = claims_of(source)
    return out


def timing(paths: list[Path], repeat: int) -> float:
    """Articles per CPU second of this process, best of `repeat` passes."""
    sources = [load_source(p, today=TODAY) for p in paths]
    for source in sources[:50]:
        extract_claims(source)
    best = 0.0
    for _ in range(repeat):
        c0 = time.process_time()
        for source in sources:
            extract_claims(source)
        best = max(best, len(sources) / max(time.process_time() - c0, 1e-9))
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--generated", type=int, default=2000)
    parser.add_argument("--time", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.time:
            from generate import write_articles

            write_articles(Path(tmp), args.generated, seed=11)
            paths = sorted(Path(tmp).iterdir())
            print(f"{timing(paths, args.repeat):.1f} articles per CPU second")
            return 0
        result = {"repo": golden(repo_articles(), ROOT)}
        result["generated"] = golden(generated_articles(Path(tmp), args.generated), Path(tmp))
    text = json.dumps(result, indent=1, sort_keys=True, ensure_ascii=False)
    if args.out is None:
        print(text)
    else:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
