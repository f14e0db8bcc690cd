"""Articles added from Telegram or from feeds: read, extract, save with front matter.

A candidate is read exactly as a reload reads a file (`knowledge.load_source` on a
temporary file, then `extract_claims`), so what the admin sees before pressing Add is what the
knowledge base will hold after it. Added articles are written into the sources folder as
Markdown with front matter (title, publisher, url, published, added_by, added_at) and the
plain text the page's article held (not the page's HTML), atomically.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import yaml

from bot.fresh.fetch import PAGE_TYPES, FetchError, Limits, fetch
from bot.settings import Settings
from bot.state import Added, StateDB, dumps, now
from knowledge import (
    Claim,
    ReloadError,
    SourceError,
    SourceRef,
    extract_claims,
    load_source,
    rebuild,
)

DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_URL = re.compile(r"https?://[^\s<>\"'»«]+", re.IGNORECASE)


class ArticleError(ValueError):
    """An article that can't be read or added; the message says why in one line. A
    `transient` one (the page timed out, its server failed) may work when tried again."""

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass
class Candidate:
    """An article read and extracted, not yet added."""

    text: str
    title: str | None
    publisher: str | None
    url: str | None
    published: dt.date | None
    claims: list[Claim]
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    def with_source(self, source_id: str) -> list[Claim]:
        """The claims pointing at this article's metadata as it is saved (for digests)."""
        ref = SourceRef(
            id=source_id,
            title=self.title,
            publisher=self.publisher,
            url=self.url,
            published=self.published,
        )
        return [c.model_copy(update={"source": ref}) for c in self.claims]

    def to_json(self) -> str:
        """What the queue keeps (claims are extracted again from the text when shown)."""
        return json.dumps(
            {
                "text": self.text,
                "title": self.title,
                "publisher": self.publisher,
                "url": self.url,
                "published": self.published.isoformat() if self.published else None,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, document: str, claims: list[Claim]) -> Candidate:
        data = json.loads(document)
        published = data.get("published")
        return cls(
            text=data["text"],
            title=data.get("title"),
            publisher=data.get("publisher"),
            url=data.get("url"),
            published=dt.date.fromisoformat(published) if published else None,
            claims=claims,
        )


def claims_to_json(claims: list[Claim]) -> str:
    return dumps([c.model_dump(mode="json") for c in claims])


def claims_from_json(text: str) -> list[Claim]:
    return [Claim.model_validate(item) for item in json.loads(text)]


def content_hash(text: str) -> str:
    """The same article text hashes the same whatever its spacing, case or Unicode form."""
    normal = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def normalize_url(url: str) -> str:
    """A URL as compared for "already there": no fragment, lower-case host, no trailing '/'."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def first_url(text: str) -> str | None:
    """The first http(s) link in a text, without trailing punctuation."""
    match = _URL.search(text or "")
    return match.group(0).rstrip(".,;:!?)]}") if match else None


def limits(settings: Settings) -> Limits:
    """Fetch limits from the settings."""
    return Limits(
        max_bytes=settings.fetch_max_bytes,
        connect_timeout=settings.fetch_connect_timeout,
        read_timeout=settings.fetch_read_timeout,
        max_redirects=settings.fetch_max_redirects,
        allowed_networks=settings.fetch_allowed_networks,
    )


async def from_url(url: str, settings: Settings) -> Candidate:
    """Fetch a page and read it as a reload would; `ArticleError` with the reason if not."""
    try:
        page = await fetch(url, limits(settings), PAGE_TYPES)
    except FetchError as exc:
        message = f"could not fetch the page: {exc}"
        raise ArticleError(message, transient=exc.transient) from None
    suffix = ".html" if page.content_type in _HTML_TYPES else ".md"
    # Extraction takes a good fraction of a second on a big page: off the event loop.
    candidate = await asyncio.to_thread(read_document, page.text(), suffix, settings)
    # The address the page came from (after redirects), not whatever the page says it is.
    candidate.url = normalize_url(page.url)
    if candidate.publisher is None:
        candidate.publisher = urlsplit(page.url).hostname
    return candidate


def from_document(name: str, data: bytes, settings: Settings) -> Candidate:
    """A document sent in Telegram (.txt, .md, .html)."""
    suffix = Path(name).suffix.lower()
    if suffix not in DOCUMENT_SUFFIXES:
        raise ArticleError(f"send a .txt, .md or .html file, not {suffix or 'a file without one'}")
    if len(data) > settings.max_source_bytes:
        raise ArticleError(
            f"file too large ({len(data):,} bytes, limit {settings.max_source_bytes:,})"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ArticleError("the file is not UTF-8 text") from None
    return read_document(text, suffix, settings)


def read_document(text: str, suffix: str, settings: Settings) -> Candidate:
    """Read a page or file's text through `load_source` and extract its claims."""
    with tempfile.TemporaryDirectory(prefix="loss-claims-add-") as folder:
        path = Path(folder) / f"candidate{suffix}"
        path.write_text(text, encoding="utf-8")
        try:
            source = load_source(path, max_bytes=settings.max_source_bytes)
        except SourceError as exc:
            raise ArticleError(str(exc)) from None
    claims = extract_claims(source)[: settings.max_claims_per_source]
    return Candidate(
        text=source.text,
        title=source.title,
        publisher=source.publisher,
        url=normalize_url(source.url) if source.url else None,
        published=source.published,
        claims=claims,
        warnings=list(source.warnings),
    )


def with_date(candidate: Candidate, published: dt.date, settings: Settings) -> Candidate:
    """The candidate read again with a publication date it lacked (e.g. its feed item's), so
    "yesterday" and "this week" in it get dates."""
    meta = {"title": candidate.title, "publisher": candidate.publisher, "url": candidate.url}
    front = yaml.safe_dump(
        {**{k: v for k, v in meta.items() if v}, "published": published.isoformat()},
        allow_unicode=True,
        sort_keys=False,
    )
    dated = read_document(f"---\n{front}---\n{candidate.text.strip()}\n", ".md", settings)
    dated.url = candidate.url
    return dated


def document(candidate: Candidate, added_by: str, added_at: dt.datetime) -> str:
    """The file saved into the sources folder: front matter, then the article's text."""
    meta = {
        "title": candidate.title,
        "publisher": candidate.publisher,
        "url": candidate.url,
        "published": candidate.published.isoformat() if candidate.published else None,
        "added_by": added_by,
        "added_at": added_at.isoformat(timespec="seconds"),
    }
    front = yaml.safe_dump(
        {k: v for k, v in meta.items() if v is not None}, allow_unicode=True, sort_keys=False
    )
    return f"---\n{front}---\n{candidate.text.strip()}\n"


def file_name(candidate: Candidate, added_at: dt.datetime) -> str:
    """`added_2026-08-09_tanks-lost-near-pokrovsk_1a2b3c4d.md`: date, title words, hash."""
    day = (candidate.published or added_at.date()).isoformat()
    words = unicodedata.normalize("NFKD", candidate.title or "article")
    slug = re.sub(r"[^a-z0-9]+", "-", words.encode("ascii", "ignore").decode().lower()).strip("-")
    return f"added_{day}_{slug[:48].strip('-') or 'article'}_{candidate.content_hash[:8]}.md"


def save(candidate: Candidate, sources_dir: Path, added_by: str, added_at: dt.datetime) -> Path:
    """Write the article into the sources folder atomically; its path."""
    path = sources_dir / file_name(candidate, added_at)
    if path.exists():
        raise ArticleError(f"{path.name} is already in the sources folder")
    sources_dir.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=".adding-", suffix=".md", dir=sources_dir)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(document(candidate, added_by, added_at))
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# -- adding ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AddResult:
    """An article added: its file and the rebuild's counts."""

    path: Path
    sources: int
    claims: int


def already_there(
    candidate: Candidate, state: StateDB, known_urls: set[str], asked_url: str | None = None
) -> str | None:
    """Why this article is already in the knowledge base (same URL or same text), or None."""
    urls = {normalize_url(u) for u in (candidate.url, asked_url) if u}
    added = state.find_added(None, candidate.content_hash)
    for url in urls:
        added = added or state.find_added(url, candidate.content_hash)
    if added is not None:
        when = f"{added.added_at:%Y-%m-%d %H:%M} UTC"
        return f"already there: added {when} as {Path(added.path).name}"
    if urls & known_urls:
        return "already there: a source with this URL is in the sources folder"
    return None


def add(
    candidate: Candidate, settings: Settings, state: StateDB, added_by: str, user_id: int | None
) -> AddResult:
    """Save the article, rebuild the knowledge base, and record it (blocking: run in a thread).

    If the rebuild fails the file is taken out again, so the sources folder and the knowledge
    base still agree."""
    added_at = now()
    path = save(candidate, settings.sources_dir, added_by, added_at)
    try:
        report = rebuild(
            settings.sources_dir,
            settings.knowledge_db,
            max_file_bytes=settings.max_source_bytes,
            max_claims_per_source=settings.max_claims_per_source,
            wait=True,
        )
    except ReloadError as exc:
        path.unlink(missing_ok=True)
        raise ArticleError(f"the knowledge base could not be rebuilt: {exc}") from None
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    state.record_added(
        Added(candidate.url, candidate.content_hash, str(path), candidate.title, user_id,
              added_at, claims_to_json(candidate.with_source(path.stem)))
    )  # fmt: skip
    return AddResult(path, report.sources, report.claims)
