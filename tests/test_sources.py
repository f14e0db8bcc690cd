"""Reading source files: front matter, HTML, and the refusals for broken files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from knowledge import SourceError, load_source
from tests.conftest import SEEDS, write

SEED_META = [
    ("000_f0218ca57ae989bc", "GB News", dt.date(2023, 12, 10), True),
    ("001_e21083cc753be303", "Newsweek", dt.date(2024, 12, 3), False),
    ("002_54b85617b149186a", "Newsweek", dt.date(2024, 2, 9), False),
    ("003_d46a1cb0c5dae3c8", "Reuters", dt.date(2023, 2, 7), False),
    ("004_f7a6ae565c320a86", "LADbible", dt.date(2022, 4, 8), False),
]


@pytest.mark.parametrize(("stem", "publisher", "published", "has_url"), SEED_META)
def test_seed_front_matter(stem: str, publisher: str, published: dt.date, has_url: bool) -> None:
    source = load_source(SEEDS / f"{stem}.txt")
    assert source.id == stem
    assert source.publisher == publisher
    assert source.published == published
    assert (source.url is not None) == has_url
    assert not source.warnings
    original = SEEDS.parent.parent / "shared" / "seeds" / f"{stem}.txt"
    if original.exists():  # the body is kept exactly as received
        assert source.text == original.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", "", "empty"),
        ("blank.md", "  \n\n", "empty"),
        ("binary.txt", b"\x00\x01\x02PNG\x00", "binary"),
        ("latin1.txt", "Verluste: 1\xa0200 Panzer".encode("latin-1"), "UTF-8"),
        ("open.md", "---\ntitle: x\nno closing fence\n", "never closed"),
        ("yaml.md", "---\ntitle: [unclosed\n---\nBody text here.\n", "not valid YAML"),
        ("flow.md", "---\ntitle: {a: b\n---\nBody text here.\n", "not valid YAML"),
        ("quoted.md", "---\ntitle: 'Kyiv: day 900\n---\nBody text here.\n", "not valid YAML"),
        ("indent.md", "---\ntitle: Kyiv: day\n  more: x\n---\nBody text here.\n", "not valid YAML"),
        ("list.md", "---\n- a\n- b\n---\nBody text here.\n", "key: value"),
        ("nobody.md", "---\ntitle: x\n---\n\n", "no article text"),
        ("data.json", "{}", "unsupported"),
    ],
)
def test_broken_files_are_refused_with_a_reason(
    tmp_path: Path, name: str, content: str | bytes, reason: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(SourceError, match=reason):
        load_source(path)


@pytest.mark.parametrize(
    ("title_line", "title"),
    [
        ("title: Kyiv: day 900 of the war", "Kyiv: day 900 of the war"),
        ("title: Генштаб ЗСУ: втрати ворога", "Генштаб ЗСУ: втрати ворога"),
        ("title: Update 14:00: Russian losses", "Update 14:00: Russian losses"),
        ("title: Q&A: what the figure counts", "Q&A: what the figure counts"),
    ],
)
def test_a_colon_inside_a_title_is_read_as_text_with_a_warning(
    tmp_path: Path, title_line: str, title: str
) -> None:
    meta = f"{title_line}\npublisher: Wire (fixture)\nurl: null\npublished: 2024-02-09"
    content = f"---\n{meta}\n---\nRussia lost 1,000 soldiers.\n"
    source = load_source(write(tmp_path, "colon.md", content))
    assert (source.title, source.published, source.url) == (title, dt.date(2024, 2, 9), None)
    assert any("not valid YAML at line 2" in w for w in source.warnings)


@pytest.mark.parametrize(
    ("published", "expected", "warning"),
    [
        ("2024-02-09", dt.date(2024, 2, 9), None),
        ("", None, "no 'published'"),
        ("last Friday", None, "not a date"),
        ("2031-01-01", None, "future"),
    ],
)
def test_published_dates(
    tmp_path: Path, published: str, expected: dt.date | None, warning: str | None
) -> None:
    text = f"---\ntitle: T\npublisher: P\npublished: {published}\n---\nRussia lost 5 tanks.\n"
    source = load_source(write(tmp_path, "a.md", text), today=dt.date(2026, 11, 22))
    assert source.published == expected
    if warning is None:
        assert source.warnings == []
    else:
        assert any(warning in w for w in source.warnings)


def test_html_page_gives_text_and_metadata(tmp_path: Path) -> None:
    html = """<html><head><title>Kyiv says Russia lost 1,200 troops in a day</title>
    <meta property="og:site_name" content="Example Daily">
    <meta property="article:published_time" content="2024-03-02T08:00:00Z">
    <meta property="og:url" content="https://example.org/news/losses">
    </head><body><nav><a href="/">Home</a><a href="/world">World</a></nav>
    <article><h1>Kyiv says Russia lost 1,200 troops in a day</h1>
    <p>Ukraine's General Staff said on Saturday that Russia had lost 1,200 troops and
    14 tanks over the past day, figures that could not be independently verified.</p>
    <p>The figures bring the total claimed since the start of the invasion to 415,000.</p>
    </article><footer>Related stories: 25 mins ago</footer></body></html>"""
    source = load_source(write(tmp_path, "page.html", html), today=dt.date(2026, 11, 22))
    assert "1,200 troops" in source.text
    assert "Home" not in source.text.split("\n")[0]
    assert source.published == dt.date(2024, 3, 2)
    assert source.publisher == "Example Daily"


def test_html_without_article_is_refused(tmp_path: Path) -> None:
    html = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    with pytest.raises(SourceError, match="no article text"):
        load_source(write(tmp_path, "empty.html", html))


@pytest.mark.parametrize(
    ("first_lines", "expected"),
    [
        ("Published 08:40 8 Apr 2022 GMT+1", dt.date(2022, 4, 8)),
        ("November 5, 2024 9:12 AM", dt.date(2024, 11, 5)),
        ("Olha Hlushchenko — Friday, 6 December 2024, 07:50", dt.date(2024, 12, 6)),
        ("By Jane Doe | March 3, 2024", dt.date(2024, 3, 3)),
        ("Updated: 2024-02-09 10:00", dt.date(2024, 2, 9)),
        ("The war began on 24 February 2022 and goes on.", None),
        ("May 2024 was the costliest month, analysts say.", None),
    ],
)
def test_dateline_dates_an_article_without_front_matter(
    tmp_path: Path, first_lines: str, expected: dt.date | None
) -> None:
    text = f"Headline about losses\n{first_lines}\nRussia lost 5 tanks on Monday, Kyiv said.\n"
    source = load_source(write(tmp_path, "raw.txt", text), today=dt.date(2026, 11, 22))
    assert source.published == expected
    if expected is not None:
        assert any("from the text" in w for w in source.warnings)


def test_front_matter_date_wins_over_a_dateline(tmp_path: Path) -> None:
    text = "---\npublished: 2024-01-02\n---\nPublished 08:40 8 Apr 2022\nRussia lost 5 tanks.\n"
    source = load_source(write(tmp_path, "a.md", text), today=dt.date(2026, 11, 22))
    assert source.published == dt.date(2024, 1, 2)
