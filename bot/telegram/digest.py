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
from knowledge import ClaimStore, SourceKind, answer

# The categories a newsroom reads first; the question goes through the answer engine.
DIGEST_METRICS = "personnel, tanks, armoured vehicles, artillery and drones"
CLAIMS_PER_ARTICLE = 5
ARTICLES_SHOWN = 10
ARTICLE_CAVEAT = (
    "Figures from articles are claims by the side or body named with each; "
    "none has been independently verified."
)


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
    store: ClaimStore, state: StateDB, day: dt.date, since: dt.datetime | None
) -> list[str]:
    """The digest for `day`: the tally's latest day, then articles added after `since`."""
    blocks = [f"<b>Daily digest, {render.text(render.fmt_date(day))}</b>"]
    end = series_end(store)
    if end is not None:
        fought = end - dt.timedelta(days=1)
        question = f"Russian {DIGEST_METRICS} lost on {fought.isoformat()}"
        result = answer(question, store)
        blocks += render.answer_blocks(result)
        if end < day:
            run = state.last_update()
            kept = "" if run is None or run.ok else " The previous figures are kept."
            blocks.append(
                f"<i>No report of {render.text(render.fmt_date(day))} is loaded yet. "
                f"{render.text(coverage_text(store, state, detailed=False))}{kept}</i>"
            )
    blocks += _article_blocks(state, since)
    return blocks


def _article_blocks(state: StateDB, since: dt.datetime | None) -> list[str]:
    added = state.added_since(since)
    if not added:
        return ["No articles were added since the last digest."]
    shown = added[-ARTICLES_SHOWN:]
    head = f"<b>Articles added since the last digest: {len(added)}</b>"
    if len(added) > len(shown):
        head += f" (the latest {len(shown)} shown)"
    blocks = [head]
    for item in shown:
        claims = claims_from_json(item.claims_json)
        for claim in claims[:CLAIMS_PER_ARTICLE]:
            blocks.append(render.claim_block(claim))
        if len(claims) > CLAIMS_PER_ARTICLE:
            more = len(claims) - CLAIMS_PER_ARTICLE
            blocks.append(f"<i>… and {more} more from {render.text(item.title or 'it')}.</i>")
    blocks.append(render.caveat_block(ARTICLE_CAVEAT))
    return blocks
