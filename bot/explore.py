"""`python -m bot explore`: the knowledge base in Datasette, read-only, on 127.0.0.1.

Datasette (the tool data journalists already use to publish SQLite) serves the same file the
bot answers from: the claims with their sources joined in (`claims_with_sources`), facets,
full-text search, canned queries, CSV and JSON downloads, and the daily series by month. The
joined table, the series view and the search index are made by the store's build
(`knowledge.store`); this module only describes them to Datasette and never writes to the
knowledge base.

A rebuild swaps a new file in with `os.replace`. Before each request the explorer looks at the
file's identity; when it has changed it opens the new file and closes the old one, so it never
serves a file that has been deleted. Queries run on the server's one thread (Datasette's
`num_sql_threads=0`): its per-thread connections would otherwise keep the old file open.
"""

from __future__ import annotations

import html
import logging
import os
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from typing import Any
from urllib.parse import quote

import uvicorn
from datasette import hookimpl
from datasette.app import Datasette
from datasette.database import Database
from datasette.plugins import pm
from markupsafe import Markup

from knowledge import CLAIMS_JOINED, EXPLORER_QUERIES, SERIES_VIEW, has_explorer_tables

log = logging.getLogger(__name__)

DB_NAME = "knowledge"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
CAVEAT = (
    "Every figure here is a claim: a number that one party (a ministry, a general staff, an "
    "official) says, as a news outlet published it. None has been independently verified, "
    "and the two sides' figures are not comparable with each other."
)
FACETS = ["source_kind", "metric", "side", "claimant", "claimant_side", "period_kind", "publisher"]
# Notes on the columns whose meaning is not obvious from their names (shown above the rows).
CLAIM_NOTES = {
    "side": "whose losses the figure counts",
    "claimant_side": "the side the claimant is on (independent: media reports)",
    "qualifier": "exact, approximate, more_than, nearly, ... as the figure was put",
    "period_kind": "day, week, month, range, cumulative (since 24 Feb 2022), ...",
    "date_uncertain": "1: the source had no date, so relative dates could not be pinned",
}
SERIES_NOTES = {
    "total_to_date": "the running total since 24 February 2022, as the series publishes it",
    "month": "YYYY-MM: pick one in the facet below to see its days",
}
SETTINGS = {
    "default_page_size": 100,
    "max_returned_rows": 1000,
    "sql_time_limit_ms": 2000,
    "num_sql_threads": 0,  # see the module's docstring: no per-thread connections
    "default_facet_size": 20,
    # Seven facets over every claim on a busy two-core machine: give them time.
    "facet_time_limit_ms": 3000,
    "suggest_facets": False,
    "allow_download": False,  # the whole file is the maintainer's to publish, not a button's
}


# Quotes and titles are what people read: wide enough not to wrap a word to a line.
CSS = (
    "td.col-quote{min-width:32em}td.col-title{min-width:16em}"
    "td.col-claimant,td.col-publisher{min-width:10em}"
)


def caveat_html() -> str:
    """The caveat as a paragraph of HTML."""
    return f"<p><strong>Not verified.</strong> {html.escape(CAVEAT)}</p>"


PASSWORD_ENV = "EXPLORER_PASSWORD_HASH"
PASSWORD_USER = "journalist"
PASSWORD_PLUGIN = "datasette-auth-passwords"


def password_metadata() -> dict[str, Any]:
    """With EXPLORER_PASSWORD_HASH set: log in as `journalist` (datasette-auth-passwords)
    before anything is shown; without it, nothing (the explorer is local only)."""
    if not os.environ.get(PASSWORD_ENV):
        return {}
    return {
        "plugins": {PASSWORD_PLUGIN: {f"{PASSWORD_USER}_password_hash": {"$env": PASSWORD_ENV}}},
        "allow": {"id": PASSWORD_USER},
    }


def metadata() -> dict[str, Any]:
    """What Datasette shows about the knowledge base: titles, the caveat, facets, queries."""
    queries = {
        name: {"title": title, "description_html": caveat_html() + f"<p>{html.escape(about)}</p>",
               "sql": sql, "hide_sql": True}
        for name, (title, about, sql) in EXPLORER_QUERIES.items()
    }  # fmt: skip
    return {
        **password_metadata(),
        "title": "Loss claims: what was claimed, by whom, where",
        "extra_css_urls": ["data:text/css," + quote(CSS)],
        "description_html": caveat_html(),
        "databases": {
            DB_NAME: {
                "description_html": caveat_html()
                + "<p>Start with <a href='/knowledge/claims_with_sources'>claims with their "
                "sources</a>, or browse <a href='/knowledge/series_months'>the daily series "
                "by month</a>.</p>",
                "tables": _tables(),
                "queries": queries,
            }
        },
    }


def _tables() -> dict[str, Any]:
    claims_note = "One row per claim, with the article or series it was published in. "
    return {
        CLAIMS_JOINED: {
            "title": "Claims with their sources",
            "description_html": caveat_html() + f"<p>{claims_note}Search looks in quotes, "
            "titles, claimants and outlets. The daily series makes most of the rows: "
            f"<a href='/{DB_NAME}/{CLAIMS_JOINED}?source_kind=article'>claims from articles "
            "only</a>.</p>",
            "facets": FACETS,
            "sort_desc": "period_end",
            "fts_table": f"{CLAIMS_JOINED}_fts",
            "columns": CLAIM_NOTES,
        },
        SERIES_VIEW: {
            "title": "Daily series (running totals by day)",
            "description_html": caveat_html() + "<p>Pick a month and a metric in the facets, "
            "or use <a href='/knowledge/series_months'>the list of months</a>.</p>",
            "facets": ["metric", "month"],
            "facet_size": 100,
            "sort_desc": "day",
            "columns": SERIES_NOTES,
        },
        "claims": {"description_html": caveat_html(), "columns": CLAIM_NOTES},
        "sources": {"label_column": "title", "facets": ["kind", "publisher"]},
        "claimants": {"description": "The side each claimant belongs to."},
        "rejected": {"description": "Source files the last build could not read, and why."},
    }


def explorer_ready(db_path: Path) -> bool:
    """Whether the file holds the joined table and search index the explorer serves."""
    return db_path.exists() and has_explorer_tables(db_path)


def _file_id(path: Path) -> tuple[int, int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size


class ReopenOnSwap:
    """ASGI middleware: before a request, serve the file now at the path if it was swapped."""

    def __init__(self, app: Any, datasette: Any, db_path: Path) -> None:
        self.app, self.datasette, self.db_path = app, datasette, db_path
        self.seen = _file_id(db_path)
        self.reopens = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            self.check()
        await self.app(scope, receive, send)

    def check(self) -> None:
        """Open the new file when the path now names another one (nothing awaits in between,
        so no request sees the knowledge base missing)."""
        current = _file_id(self.db_path)
        if current is None or current == self.seen:
            return
        if not explorer_ready(self.db_path):
            log.warning("%s changed but is not a knowledge base with the explorer's tables; "
                        "still serving the previous one", self.db_path)  # fmt: skip
            self.seen = current
            return
        old = self.datasette.databases.get(DB_NAME)
        _add_database(self.datasette, self.db_path)
        if old is not None:
            old.close()
        self.seen = current
        self.reopens += 1
        log.info("Serving the rebuilt knowledge base %s", self.db_path)


def _add_database(datasette: Any, db_path: Path) -> None:
    """(Re)attach the knowledge base file read-only (`immutable=1`: a build never changes a
    file in place, it swaps in a new one)."""
    if DB_NAME in datasette.databases:
        datasette.remove_database(DB_NAME)
    datasette.add_database(
        Database(datasette, path=str(db_path.resolve()), is_mutable=False), name=DB_NAME
    )


def make_app(db_path: Path) -> tuple[Any, ReopenOnSwap]:
    """The Datasette ASGI app for the knowledge base, wrapped to follow rebuilds."""
    _register_plugin()
    datasette = Datasette(metadata=metadata(), settings=SETTINGS)
    datasette.remove_database("_memory")
    _add_database(datasette, db_path)
    watcher = ReopenOnSwap(datasette.app(), datasette, db_path)
    return watcher, watcher


def serve(db_path: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> int:
    """Run the explorer until interrupted."""
    if os.environ.get(PASSWORD_ENV) and not _plugin_installed(PASSWORD_PLUGIN):
        print(f"error: {PASSWORD_ENV} is set but {PASSWORD_PLUGIN} is not installed "
              f"(pip install {PASSWORD_PLUGIN})", file=sys.stderr)  # fmt: skip
        return 2
    app, _ = make_app(db_path)
    if host not in {"127.0.0.1", "localhost", "::1"}:
        log.warning("Listening on %s: anyone who can reach it can read the knowledge base "
                    "(see the README for a password)", host)  # fmt: skip
    print(f"Explorer on http://{host}:{port}/{DB_NAME}/{CLAIMS_JOINED} (Ctrl-C stops it)")
    uvicorn.run(app, host=host, port=port, log_level="warning", lifespan="on")
    return 0


# -- a Datasette plugin, in process: links from the month list to that month's rows ------------


@hookimpl
def render_cell(value: Any, column: str, datasette: Any) -> Any:
    """`browse_month` cells of the month list link to that month of the daily series."""
    if column != "browse_month" or not isinstance(value, str):
        return None
    url = datasette.urls.table(DB_NAME, SERIES_VIEW) + f"?month={quote(value)}&_sort=day"
    return Markup(f'<a href="{html.escape(url)}">{html.escape(value)}</a>')


def _plugin_installed(name: str) -> bool:
    try:
        distribution(name)
    except PackageNotFoundError:
        return False
    return True


def _register_plugin() -> None:
    if not pm.is_registered(sys.modules[__name__]):
        pm.register(sys.modules[__name__], name="loss_claims_explorer")
