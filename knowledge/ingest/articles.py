"""Reading source files: articles as text or Markdown with YAML front matter, and HTML pages.

A source file is turned into a `Source` (metadata plus plain text) or refused with a
`SourceError` whose message is one line a person can act on. Nothing here extracts figures.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import yaml

from knowledge.ingest.untrusted import check_yaml_shape, read_regular_file
from knowledge.lexicon.calendar import MONTHS
from knowledge.models import Source, SourceError

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


# libyaml's loader when PyYAML was built with it: the same safe loading, several times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FrontMatterLoader(_YAML_LOADER):  # type: ignore[valid-type,misc]
    """Safe loading with dates left as text: `published: 2024-02-30` is then a bad date
    (a warning), not a ValueError from YAML's timestamp constructor."""


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", yaml.constructor.SafeConstructor.construct_yaml_str
)


# Opening and closing tags together; a long news page has a few thousand.
MAX_HTML_TAGS = 40_000
_HTML_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def load_source(
    path: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    today: dt.date | None = None,
    root: Path | None = None,
) -> Source:
    """Read one article file (.txt/.md with optional front matter, or .html) into a `Source`.

    Problems with metadata that do not make the text unusable (a `published` that is not a
    date, or lies in the future) drop that field and are listed in `Source.warnings`. Only a
    regular file is read (never a pipe or device), from one descriptor; with `root` (a resolved
    folder) the file must lie inside it and is not followed if it turns into a symlink.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES | HTML_SUFFIXES:
        raise SourceError(f"unsupported file type {suffix or '(none)'!r}")
    raw = read_regular_file(path, max_bytes=max_bytes, root=root)
    if not raw.strip():
        raise SourceError("file is empty")
    if b"\x00" in raw[:8192]:
        raise SourceError("binary file, not text")
    try:
        content = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not valid UTF-8 (byte {exc.start})") from None
    source_id = path.stem
    if suffix in HTML_SUFFIXES:
        return _from_html(content, source_id, str(path), today)
    return _from_text(content, source_id, str(path), today)


_FLAT_LINE = re.compile(r"(?P<key>[A-Za-z_][\w-]*):[ \t]+(?P<value>[^\[{!&*|>'\"\s].*)")


def parse_front_matter(
    content: str, warnings: list[str] | None = None
) -> tuple[dict[str, object], str]:
    """Split YAML front matter from the body. Text without front matter has empty metadata."""
    match = _FRONT_MATTER.match(content)
    if not match:
        if content.lstrip("\ufeff").startswith("---\n"):
            raise SourceError("front matter opened with '---' but never closed")
        return {}, content.lstrip("\ufeff")
    try:
        check_yaml_shape(match.group(1))
        meta = yaml.load(match.group(1), Loader=_FrontMatterLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        flat = _flat_front_matter(match.group(1))
        if flat is None:
            raise SourceError(f"broken front matter{where}: not valid YAML") from None
        if warnings is not None:
            warnings.append(
                f"front matter is not valid YAML{where}: read as plain 'key: value' lines"
            )
        return flat, content[match.end() :]
    except (ValueError, TypeError, AttributeError, KeyError, OverflowError) as exc:
        if isinstance(exc, SourceError):
            raise
        # `!!int abc`, `!!bool maybe`, `!!float x`: a tag whose value cannot be built.
        raise SourceError(f"broken front matter: a tagged value is invalid ({exc!s:.60})") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise SourceError("broken front matter: expected 'key: value' lines")
    return {str(k): v for k, v in meta.items()}, content[match.end() :]


def _flat_front_matter(text: str) -> dict[str, object] | None:
    """Front matter that is only `key: text` lines, read as text when YAML cannot read it.

    Hand-written front matter often has a colon inside a title ("title: Kyiv: day 900"), which
    YAML refuses; a value that opens YAML syntax ("[", "{", "!", "&", "*", quotes, "|", ">") is
    still an error, since reading it as text could change what the author meant.
    """
    meta: dict[str, object] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        row = _FLAT_LINE.fullmatch(line)
        if row is None:
            return None
        value = row["value"].strip()
        meta[row["key"]] = None if value in ("null", "~") else value
    return meta


def _from_text(content: str, source_id: str, path: str, today: dt.date | None) -> Source:
    warnings: list[str] = []
    meta, body = parse_front_matter(content, warnings)
    if not body.strip():
        raise SourceError("no article text after the front matter")
    raw_published = meta.get("published", meta.get("date"))
    dateline = _dateline(body) if raw_published in (None, "") else None
    if dateline is not None and dateline <= (today or dt.date.today()):
        published: dt.date | None = dateline
        warnings.append(f"no 'published' in front matter: took {dateline} from the text")
    else:
        published = _published(raw_published, today, warnings)
    title = _text_field(meta.get("title")) or _first_line(body)
    return Source(
        id=_text_field(meta.get("id")) or source_id,
        title=title,
        publisher=_text_field(meta.get("publisher")),
        url=_url(meta.get("url")),
        published=published,
        text=unwrap(body, title),
        path=path,
        warnings=warnings,
    )


def _from_html(content: str, source_id: str, path: str, today: dt.date | None) -> Source:
    try:
        # Imported here: it is slow to import and only HTML needs it. An import failure (a
        # missing lxml_html_clean, issue 11 item 16) costs the HTML files, not the reload.
        import trafilatura
    except Exception as exc:
        raise SourceError(f"HTML reader unavailable: {type(exc).__name__}: {exc!s:.80}") from None
    if content.count("<") > MAX_HTML_TAGS:
        # trafilatura's work grows faster than the page (9 s for 2 MB of paragraphs): a page
        # with more tags than any article page is refused before it starts (issue 11, item 8).
        raise SourceError(f"HTML page too complex (more than {MAX_HTML_TAGS:,} tags)")
    try:
        doc = trafilatura.bare_extraction(
            content,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # htmldate's extensive search runs dateparser on every date-like text of the page:
            # 20 s for 100 KB of paragraphs with dates (issue 11, item 8). The page's own
            # metadata (meta tags, JSON-LD, <time>) is still read, then a dateline below.
            date_extraction_params=_HTML_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura raises many kinds on odd markup
        raise SourceError(f"HTML could not be parsed: {type(exc).__name__}") from None
    if doc is None:
        raise SourceError("HTML page has no article text")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    text = (data.get("text") or "").strip()
    if len(text) < 40:
        raise SourceError("HTML page has no article text")
    warnings: list[str] = []
    dateline = _dateline(text) if not data.get("date") else None
    if dateline is not None and dateline <= (today or dt.date.today()):
        published: dt.date | None = dateline
        warnings.append(f"no date in the page's metadata: took {dateline} from the text")
    else:
        published = _published(data.get("date"), today, warnings)
    title = _text_field(data.get("title"))
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return Source(
        id=source_id,
        title=title or _first_line(text),
        publisher=_text_field(data.get("sitename")) or _text_field(data.get("hostname")),
        url=_url(data.get("url")),
        published=published,
        text=text,
        path=path,
        warnings=warnings,
    )


def _published(value: object, today: dt.date | None, warnings: list[str]) -> dt.date | None:
    if value is None or value == "":
        warnings.append("no 'published' date: relative dates in it are marked uncertain")
        return None
    date: dt.date | None = None
    if isinstance(value, dt.datetime):
        date = value.date()
    elif isinstance(value, dt.date):
        date = value
    elif isinstance(value, str):
        try:
            date = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            date = None
    if date is None:
        warnings.append(f"'published' is not a date ({str(value)[:40]!r}): treated as unknown")
        return None
    limit = (today or dt.date.today()) + dt.timedelta(days=1)
    if date > limit:
        warnings.append(f"'published' {date.isoformat()} lies in the future: treated as unknown")
        return None
    return date


_MONTH = r"(?P<m>[A-Za-z]{3,9})\.?"
# Datelines near the top of a page: "Published 08:40 8 Apr 2022 GMT+1", "November 5, 2024
# 9:12 AM", "Friday, 6 December 2024, 07:50", "Updated: 2024-02-09".
_DATELINES = (
    re.compile(
        rf"^(?:[^—–|\d]{{0,40}}[—–|]\s*)?\W*(?:(?:published|updated|posted|first published)\b"
        rf"[:\s]*)?"
        rf"(?:[\d:.]+\s*(?:[ap]m)?\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+"
        rf"{_MONTH},?\s+(?P<y>20\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?:[^—–|\d]{{0,40}}[—–|]\s*)?\W*(?:(?:published|updated|posted|first published)\b"
        rf"[:\s]*)?"
        rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?{_MONTH}\s+(?P<d>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?,?\s+(?P<y>20\d\d)\b",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\W*(?:(?:published|updated|posted)\b[:\s]*)?(?P<y>20\d\d)-(?P<mn>\d\d)-(?P<d>\d\d)\b",
        re.IGNORECASE,
    ),
)


def _dateline(body: str) -> dt.date | None:
    """The date of a dateline in the first lines of an article without metadata."""
    for line in body.splitlines()[:60]:
        line = line.strip()
        if not line or len(line) > 90:
            continue
        for pattern in _DATELINES:
            match = pattern.match(line)
            if not match:
                continue
            groups = match.groupdict()
            month = (
                int(groups["mn"])
                if groups.get("mn")
                else MONTHS.get((groups.get("m") or "").lower())
            )
            if month is None:
                continue
            try:
                return dt.date(int(groups["y"]), month, int(groups["d"]))
            except ValueError:
                continue
    return None


# Hard-wrapped text (a Markdown file wrapped at 72-100 columns, a plain-text wire): a sentence
# runs on over a line break, and the readers take each line as a paragraph. A line break is a
# soft wrap when the file's prose lines are all at most this long...
_WRAP_WIDTH = 120
# ... and the line before the break fills most of the file's width (a short line is a heading,
# a dateline, an entry's time stamp or a paragraph's end).
_WRAP_FILL = 0.6
# Lines that are structure, never a wrapped sentence's part: list items, table rows, headings,
# quotes ("*" before a letter opens italics, not an item), bold stamps ("**18:40**"), times
# ("09:15 GMT"), "label: number" and "label — number" tally lines (in any script).
_STRUCTURE_LINE = re.compile(
    # or an emoji; a keycap digit ("2️⃣") opens a digest's numbered item
    r"^\s*(?:[-•·▪‣◦–—+|#>]|\*(?=\s)|\d{1,2}[.)]\s|\d\ufe0f?\u20e3|[^\w\s\"'“‘«„‹(\[{*_.,;:!?…]|"
    r"[^\W\d_]\S*(?:\s+\S+){0,6}?"
    r"\s*(?::|\s[-–—‒]\s)\s*(?:[^\W\d_]+\s+){0,2}[~≈]?\d)"
)
# A line that opens an entry of its own: a bold stamp or heading ("**18:40**", "**Monday**"),
# a time ("09:15 GMT").
_OPENS_ENTRY = re.compile(
    r"^\s*(?:\*\*|__|\d{1,2}[:.]\d\d\b(?!\s*(?i:million|billion|thousand|bn|m|k|%|per\s*cent)\b))"
)

# A line that goes on with the sentence before it: it opens in lower case.
_GOES_ON_LOWER = re.compile(r"^\s*[a-z]")

# A line that ends a sentence: in text with one paragraph a line, most lines end so; in
# hard-wrapped text, most lines followed by another end mid-sentence.
_CLOSED_LINE = re.compile(r"[.!?:;\"'”’)\]…]\s*$")


# A list item ("- ", "* ", "• ", "1. ") and a line indented under it that is no item of its
# own: Markdown's continuation of the item ("  captured 2,620."), wrapped however wide.
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·▪‣◦–+]|\d{1,2}[.)])\s+\S")
_ITEM_GOES_ON = re.compile(r"^[^\S\n]{2,}(?![-*•·▪‣◦–+]\s|\d{1,2}[.)]\s)\S")


def _join_item_lines(body: str) -> str:
    """`body` with each list item's indented continuation lines joined to it by a space
    (the same length)."""
    if "\n  " not in body:
        return body
    lines = body.split("\n")
    out = list(body)
    offset, in_item = 0, False
    for index, line in enumerate(lines[:-1]):
        offset += len(line) + 1
        in_item = bool(_LIST_ITEM.match(line)) or (in_item and bool(_ITEM_GOES_ON.match(line)))
        if in_item and _ITEM_GOES_ON.match(lines[index + 1]):
            out[offset - 1] = " "
    return "".join(out)


# A word broken over a line end by a hyphen, as scans, PDFs and typeset pages print it
# ("amount-" / "ed to", "person-" / "nel"): the line goes on in lower case. The line break
# becomes a space ("amount- ed"), which the extractor reads as the whole word; the text keeps
# the hyphen, so a quote shows the page as printed.
_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z]-)[ \t]*\n(?=[ \t]*[a-z])")
# A label left waiting for its number at a line's end ("UAVs -" / "82 086 (+293)"): a line
# can end so only where a scan or a narrow column broke it.
_DANGLING_DASH = re.compile(r"(?<=\w[ \t][-–—])\n(?=[ \t]*[~≈+]?\d)")


def _join_broken_lines(body: str) -> str:
    """`body` with a line break after a hyphen-broken word or a dangling "label -" made a
    space (the same length)."""
    if "-\n" not in body and "–\n" not in body and "—\n" not in body:
        return body
    body = _HYPHEN_BREAK.sub(lambda m: m[0].replace("\n", " "), body)
    return _DANGLING_DASH.sub(" ", body)


def unwrap(body: str, title: str | None = None) -> str:
    """`body` with the line breaks inside hard-wrapped paragraphs turned into spaces (the same
    length, so offsets hold), in a quoted block too ("> " opening each line: the marker of a
    joined line becomes spaces); lines that are structure, and text that is not hard-wrapped
    (a prose line longer than `_WRAP_WIDTH`), are left as they are, and so is a line that
    repeats the `title` (a headline above the text). A list item's indented continuation
    lines are joined to it."""
    body = _join_item_lines(body)
    lines = body.split("\n")
    quotes = [len(m[0]) if (m := _QUOTE_MARK.match(line)) else 0 for line in lines]
    texts = [line[q:] for line, q in zip(lines, quotes, strict=True)]
    headline = _words_of(title or "")
    prose = [
        bool(text.strip()) and not _STRUCTURE_LINE.match(text) and _words_of(text) != headline
        for text in texts
    ]
    widths = [len(line.rstrip()) for line, ok in zip(lines, prose, strict=True) if ok]
    width = max(widths, default=0)
    if width == 0 or width > _WRAP_WIDTH:
        return _join_broken_lines(body)
    runs_on = [
        i
        for i in range(len(lines) - 1)
        if prose[i] and prose[i + 1] and bool(quotes[i]) == bool(quotes[i + 1])
    ]
    open_ends = [i for i in runs_on if not _CLOSED_LINE.search(lines[i])]
    if 2 * len(open_ends) <= len(runs_on):
        # one entry a line (a push-alert log, a chat export): only an entry wrapped mid-sentence
        # onto a line that goes on in lower case ("... Running" / "total 1,202,070.") is joined
        joined = [i for i in open_ends if _GOES_ON_LOWER.match(texts[i + 1])]
    else:
        joined = [
            i
            for i in runs_on
            if len(lines[i].rstrip()) >= _WRAP_FILL * width
            and not lines[i].rstrip().endswith(":")
            and not _OPENS_ENTRY.match(texts[i + 1])
        ]
    if not joined:
        return _join_broken_lines(body)
    out = list(body)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for index in joined:
        for at in range(offsets[index + 1] - 1, offsets[index + 1] + quotes[index + 1]):
            out[at] = " "
    return _join_broken_lines("".join(out))


def _words_of(line: str) -> str:
    """A line's words, lower case, without markup: to tell a headline repeated in the text."""
    return " ".join(re.findall(r"\w+", line.lower()))


# A quoted block's line marker ("> ", "  >").
_QUOTE_MARK = re.compile(r"^\s*>\s?")


def _text_field(value: object) -> str | None:
    # Only scalars are text: a list or mapping where a title belongs is not one.
    if value is None or not isinstance(value, str | int | float | dt.date):
        return None
    text = " ".join(str(value).split())
    return text[:300] or None


def _url(value: object) -> str | None:
    text = _text_field(value)
    if not text or text.lower() in {"unknown", "none", "null", "n/a"}:
        return None
    return text if re.match(r"^https?://\S+$", text) else None


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip(" \t•*#-")
        if len(line) > 10:
            return line[:300]
    return None


def content_hash(text: str) -> str:
    """A short stable fingerprint of a text, to notice the same article loaded twice."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]
