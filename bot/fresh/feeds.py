"""RSS and Atom feeds (`FEEDS`): new items with loss figures are added or queued.

Each poll fetches the feed (through `fetch`, with its limits), reads it with feedparser, and
takes the items it has not seen: an item is seen once its URL or its text's hash is recorded,
so an article that two feeds carry, or that moves to a new URL, is fetched and offered once.
An item is recorded only after it was handled (an item whose page timed out or whose server
failed is not: the next poll tries it again), and a feed that can't be fetched or read records
nothing but its failure: the next poll starts from the same place.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass, field
from typing import Any

import feedparser

from bot.fresh.articles import (
    ArticleError,
    Candidate,
    add,
    already_there,
    claims_to_json,
    from_url,
    limits,
    normalize_url,
    with_date,
)
from bot.fresh.fetch import FEED_TYPES, FetchError, fetch
from bot.settings import Settings
from bot.state import StateDB

logger = logging.getLogger(__name__)

ITEMS_PER_POLL = 30  # newest first: a feed that dumps its archive is taken in steps


@dataclass
class FeedReport:
    """What one poll of one feed did."""

    feed: str
    error: str | None = None
    added: list[str] = field(default_factory=list)  # file names
    queued: list[int] = field(default_factory=list)  # pending ids
    duplicates: int = 0
    without_figures: int = 0
    broken: list[str] = field(default_factory=list)  # one line each


async def poll_feed(
    feed_url: str, settings: Settings, state: StateDB, known_urls: set[str]
) -> FeedReport:
    """Poll one feed: fetch, read, and handle each new item."""
    report = FeedReport(feed_url)
    try:
        page = await fetch(feed_url, limits(settings), FEED_TYPES)
        parsed = feedparser.parse(page.body)
    except FetchError as exc:
        return _failed(report, state, str(exc))
    if parsed.get("bozo") and not parsed.entries:
        return _failed(report, state, f"not a readable feed ({parsed.get('bozo_exception')})")
    for entry in parsed.entries[:ITEMS_PER_POLL]:
        link = entry.get("link")
        if not isinstance(link, str) or not link.startswith(("http://", "https://")):
            report.broken.append(f"an item without a link ({entry.get('title', 'untitled')!r})")
            continue
        published = _entry_date(entry)
        await _item(normalize_url(link), published, feed_url, settings, state, known_urls, report)
    state.feed_ok(feed_url)
    logger.info(
        "Feed %s: %d added, %d queued, %d duplicates, %d without figures, %d broken",
        feed_url,
        len(report.added),
        len(report.queued),
        report.duplicates,
        report.without_figures,
        len(report.broken),
    )
    return report


def _failed(report: FeedReport, state: StateDB, error: str) -> FeedReport:
    report.error = error
    state.feed_failed(report.feed, error)
    logger.warning("Feed %s failed (its position is kept): %s", report.feed, error)
    return report


def _entry_date(entry: Any) -> dt.date | None:
    """The day a feed item was published, if the feed says."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None
    except (AttributeError, ValueError):
        return None


async def _item(
    url: str,
    published: dt.date | None,
    feed_url: str,
    settings: Settings,
    state: StateDB,
    known_urls: set[str],
    report: FeedReport,
) -> None:
    """Handle one new item: fetch it, and add, queue or skip it."""
    if state.seen(url=url) or url in known_urls:
        report.duplicates += 1
        return
    try:
        candidate = await from_url(url, settings)
    except ArticleError as exc:
        report.broken.append(f"{url}: {exc}")
        if not exc.transient:  # a time-out or a server error: tried again at the next poll
            state.mark_seen(url, None, feed_url, f"unreadable: {exc}")
        return
    if candidate.published is None and published is not None and candidate.claims:
        candidate = await asyncio.to_thread(with_date, candidate, published, settings)
    digest = candidate.content_hash
    if state.seen(content_hash=digest) or already_there(candidate, state, known_urls, url):
        report.duplicates += 1
        state.mark_seen(url, digest, feed_url, "duplicate")
        return
    if not candidate.claims:
        report.without_figures += 1
        state.mark_seen(url, digest, feed_url, "no figures")
        return
    outcome = await _add_or_queue(candidate, settings, state, report)
    state.mark_seen(url, digest, feed_url, outcome)


async def _add_or_queue(
    candidate: Candidate, settings: Settings, state: StateDB, report: FeedReport
) -> str:
    if settings.feeds_auto_add:
        try:
            result = await asyncio.to_thread(add, candidate, settings, state, "feed", None)
        except ArticleError as exc:
            report.broken.append(f"{candidate.url}: {exc}")
            return f"not added: {exc}"
        report.added.append(result.path.name)
        return "added"
    pending_id = state.queue(
        url=candidate.url,
        content_hash=candidate.content_hash,
        title=candidate.title,
        document=candidate.to_json(),
        claims_json=claims_to_json(candidate.claims),
        origin=f"feed {report.feed}",
        requested_by=None,
        chat_id=None,
    )
    report.queued.append(pending_id)
    return "queued"
