"""The daily digest: the latest day of the daily tally and the articles added since.

Every figure in it comes from the answer engine or from stored claims, with its source and
the caveat, as anywhere else in the bot. The digest day is the calendar day in `DIGEST_TZ`;
`StateDB.claim_digest` makes sure a chat gets one digest per day whoever sends it.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.fresh.articles import claims_from_json
from bot.state import StateDB, UpdateRun
from bot.telegram import render
from knowledge import ClaimStore, SourceKind, answer, in_language, say

# The categories a newsroom reads first; the question goes through the answer engine.
DIGEST_METRICS = "personnel, tanks, armoured vehicles, artillery and drones"
CLAIMS_PER_ARTICLE = 5
ARTICLES_SHOWN = 10
ARTICLE_CAVEAT = say("digest.caveat")  # in English; a digest says it in its chat's language


def series_end(store: ClaimStore) -> dt.date | None:
    """The date of the latest report in the daily series (None without a series)."""
    latest = store.find_claims(source_kind=SourceKind.series, limit=1)
    return latest[0].period_end if latest else None


def digest_day(settings_tz: str, at: dt.datetime | None = None) -> dt.date:
    """Today in the digest's time zone."""
    return (at or dt.datetime.now(dt.UTC)).astimezone(ZoneInfo(settings_tz)).date()


def update_line(run: UpdateRun | None, *, detailed: bool) -> str:
    """`last update: 2026-08-09 07:00 UTC, ok` (with its one-line summary when detailed)."""
    if run is None:
        return "last update: none yet"
    outcome = "ok" if run.ok else "failed"
    line = f"last update: {run.finished_at:%Y-%m-%d %H:%M} UTC ({run.trigger}), {outcome}"
    return f"{line}: {run.summary}" if detailed else line


def coverage_text(store: ClaimStore, state: StateDB | None, *, detailed: bool) -> str:
    """Where the daily figures end and how the last update went (plain text)."""
    end = series_end(store)
    head = (
        f"The daily figures end with the report of {render.fmt_date(end)}"
        if end
        else "There is no daily series loaded"
    )
    return f"{head}; {update_line(state.last_update() if state else None, detailed=detailed)}."


def digest_blocks(
    store: ClaimStore,
    state: StateDB,
    day: dt.date,
    since: dt.datetime | None,
    language: str = "en",
) -> list[str]:
    """The digest for `day`: the tally's latest day, then articles added after `since`, in
    the chat's `language` (its /lang choice)."""
    with in_language(language):
        return _digest_blocks(store, state, day, since, language)


def _digest_blocks(
    store: ClaimStore, state: StateDB, day: dt.date, since: dt.datetime | None, language: str
) -> list[str]:
    """`digest_blocks` in the current language."""
    blocks = [f"<b>{render.text(say('digest.title', day=render.fmt_date(day)))}</b>"]
    end = series_end(store)
    if end is not None:
        fought = end - dt.timedelta(days=1)
        question = f"Russian {DIGEST_METRICS} lost on {fought.isoformat()}"
        result = answer(question, store, language=language)
        blocks += render.answer_blocks(result)
        if end < day:
            run = state.last_update()
            kept = "" if run is None or run.ok else " " + say("digest.kept")
            missing = say("digest.no_report", day=render.fmt_date(day))
            where = coverage_text(store, state, detailed=False) if language == "en" else ""
            blocks.append(f"<i>{render.text(' '.join(p for p in (missing, where) if p))}{kept}</i>")
    blocks += _article_blocks(state, since)
    return blocks


def _article_blocks(state: StateDB, since: dt.datetime | None) -> list[str]:
    added = state.added_since(since)
    if not added:
        return [say("digest.no_articles")]
    shown = added[-ARTICLES_SHOWN:]
    head = f"<b>{say('digest.articles', count=len(added))}</b>"
    if len(added) > len(shown):
        head += " " + say("digest.latest_shown", count=len(shown))
    blocks = [head]
    for item in shown:
        claims = claims_from_json(item.claims_json)
        for claim in claims[:CLAIMS_PER_ARTICLE]:
            blocks.append(render.claim_block(claim))
        if len(claims) > CLAIMS_PER_ARTICLE:
            more = len(claims) - CLAIMS_PER_ARTICLE
            title = render.text(item.title or "it")
            blocks.append(f"<i>{say('digest.more', count=more, title=title)}</i>")
    blocks.append(render.caveat_block(say("digest.caveat")))
    return blocks
