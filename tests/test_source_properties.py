"""Issue 11: a property test over the source loader.

Random folders: random bytes, random YAML front matter (with anchors, aliases and tags), random
text, and random kinds of entry (named pipe, symlink inside, symlink outside, symlink loop,
dangling symlink, directory, a link to a device). Whatever the folder holds, a reload never fails
as a whole (one good article is always there), every entry is either loaded or rejected by its
own name, and each reload stays within a fixed time and memory per file.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge import ReloadReport, rebuild
from knowledge.store import ClaimStore

GOOD = "---\npublished: 2024-03-01\n---\nRussia lost 10 tanks on March 1, Kyiv said.\n"
SECONDS_PER_FILE = 10.0  # generous: the suite may share two cores with other work
MEMORY_MB = 100  # peak of Python's allocations during one reload (tracemalloc)

KINDS = ("bytes", "yaml", "text", "pipe", "link-inside", "link-outside", "link-loop",
         "dangling", "directory", "device")  # fmt: skip
SUFFIXES = (".txt", ".md", ".html", ".json", "")

scalar = st.one_of(
    st.text(max_size=30).map(repr),
    st.integers().map(str),
    st.sampled_from(["2024-02-30", "2024-03-01", "yes", "~", "null", "1e400", ".nan", "-.inf"]),
)
tag = st.sampled_from(
    ["!!int", "!!bool", "!!float", "!!timestamp", "!!binary", "!!str", "!!null", "!!map",
     "!!seq", "!!python/object:os.system", "!custom", "!!set", "!!omap"]
)  # fmt: skip


@st.composite
def yaml_value(draw: st.DrawFn, depth: int = 0) -> str:
    """A YAML value: a scalar, a tagged scalar, an anchor or alias, or a flow collection."""
    choice = draw(st.integers(0, 5 if depth < 3 else 2))
    if choice == 0:
        return draw(scalar)
    if choice == 1:
        return f"{draw(tag)} {draw(scalar)}"
    if choice == 2:
        return f"*a{draw(st.integers(0, 3))}"
    if choice == 3:
        return f"&a{draw(st.integers(0, 3))} {draw(yaml_value(depth + 1))}"
    items = draw(st.lists(yaml_value(depth + 1), max_size=4))
    if choice == 4:
        return "[" + ", ".join(items) + "]"
    return "{" + ", ".join(f"k{i}: {v}" for i, v in enumerate(items)) + "}"


@st.composite
def front_matter_file(draw: st.DrawFn) -> str:
    """An article whose front matter is random YAML."""
    keys = st.sampled_from(["title", "published", "date", "publisher", "url", "id", "x"])
    lines = draw(st.lists(st.tuples(keys, yaml_value()), max_size=6))
    body = draw(st.sampled_from(["Russia lost 7 tanks on March 2, Kyiv said.", "", "text"]))
    return "---\n" + "\n".join(f"{k}: {v}" for k, v in lines) + "\n---\n" + body + "\n"


entry = st.tuples(
    st.sampled_from(KINDS),
    st.sampled_from(SUFFIXES),
    st.binary(max_size=300),
    front_matter_file(),
    st.text(max_size=300),
)


def make_entry(folder: Path, outside: Path, n: int, spec: tuple[str, str, bytes, str, str]) -> str:
    """Create one entry of the given kind in `folder`; returns its name."""
    kind, suffix, data, yaml_text, text = spec
    name = f"e{n}{suffix}"
    path = folder / name
    if kind == "bytes":
        path.write_bytes(data)
    elif kind == "yaml":
        path.write_text(yaml_text, encoding="utf-8")
    elif kind == "text":
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
    elif kind == "pipe":
        os.mkfifo(path)
    elif kind == "link-inside":
        path.symlink_to("good.md")
    elif kind == "link-outside":
        path.symlink_to(outside)
    elif kind == "link-loop":
        path.symlink_to(name)
    elif kind == "dangling":
        path.symlink_to(f"missing{n}.txt")
    elif kind == "directory":
        path.mkdir()
        (path / "inner.txt").write_text(text)
    else:
        path.symlink_to("/dev/zero" if n % 2 else "/dev/urandom")
    return name


def bounded_rebuild(folder: Path, db: Path, seconds: float) -> ReloadReport:
    """`rebuild` in a daemon thread, so a hang fails the test instead of the suite."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["report"] = rebuild(folder, db)
        except BaseException as exc:  # reported below: the reload failed as a whole
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"reload still running after {seconds} s"
    assert "error" not in box, f"reload failed as a whole: {box['error']!r}"
    report = box["report"]
    assert isinstance(report, ReloadReport)
    return report


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(entry, min_size=1, max_size=5))
def test_any_folder_reloads_and_names_every_rejected_file(
    specs: list[tuple[str, str, bytes, str, str]],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        folder = base / "sources"
        folder.mkdir()
        (folder / "good.md").write_text(GOOD)
        outside = base / "outside.txt"
        outside.write_text("Russia lost 777 tanks on March 3, Kyiv said.\n")
        names = {make_entry(folder, outside, n, spec) for n, spec in enumerate(specs)}
        started = time.monotonic()
        tracemalloc.start()
        try:
            report = bounded_rebuild(folder, base / "kb.db", SECONDS_PER_FILE * (len(names) + 1))
            peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
        finally:
            tracemalloc.stop()
        elapsed = time.monotonic() - started
        assert report.ok
        rejected = {r.path for r in report.rejected}
        store = ClaimStore(base / "kb.db")
        loaded = {Path(row["path"]).name for row in store.execute("SELECT path FROM sources")}
        values = {row[0] for row in store.execute("SELECT value FROM claims")}
        store.close()
        assert "good.md" in loaded
        for name in names:  # every entry loaded or named among the rejected, never lost
            assert name in loaded or name in rejected or name in _duplicates(report), name
        assert 777 not in values  # nothing from outside the folder
        assert elapsed < SECONDS_PER_FILE * (len(names) + 1)
        assert peak_mb < MEMORY_MB


def _duplicates(report: ReloadReport) -> set[str]:
    """Files dropped as a duplicate id of another (their path is reported in full)."""
    return {Path(r.path).name for r in report.rejected if "duplicate id" in r.reason}
