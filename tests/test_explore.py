"""The explorer end to end: `python -m bot explore` (Datasette) in a real headless Chromium.

One explorer process and one browser for the whole module. The knowledge base is built from
copies of the seeds plus one article whose URL points at a small HTTP server on 127.0.0.1, so
following a claim's source link really loads a page. Screenshots of every page visited are
written to $EXPLORE_SHOTS (default: the module's temp folder) to be looked at.

The browser is Debian's `chromium` driven by Playwright's Python API (Playwright's own browser
download is not available here); `.ci/run` installs the package when it is missing. Without a
browser the browser tests skip and say why; the HTTP tests still run.
"""

from __future__ import annotations

import asyncio
import csv
import hashlib
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from bot.explore import FACETS
from knowledge.ingest.build import rebuild
from knowledge.store import CLAIMS_JOINED, ClaimStore
from tests.conftest import ROOT, SEEDS

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
ARTICLE_PAGE = b"<html><head><title>Local copy of the test article</title></head><body>ok</body>"


# -- fixtures ----------------------------------------------------------------------------------


class _ArticleHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(ARTICLE_PAGE)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def article_server() -> Iterator[str]:
    """A web server on 127.0.0.1 standing in for the outlet that published the test article."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ArticleHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/2024/11/loss-claims"
    server.shutdown()


ARTICLE = """---
title: "Zeppelinfield report: tank losses in November"
publisher: Test Gazette
url: {url}
published: 2024-12-01
---
Zeppelinfield report: tank losses in November
Ukraine's General Staff said Russia lost 155 tanks in November 2024.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory, article_server: str) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("explore")
    sources = base / "sources"
    shutil.copytree(SEEDS, sources)
    (sources / "900_local.txt").write_text(ARTICLE.format(url=article_server), encoding="utf-8")
    db = base / "data" / "knowledge.db"
    rebuild(sources, db, wait=True)
    return sources, db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_explorer(kb: tuple[Path, Path], **env: str) -> tuple[str, subprocess.Popen[bytes]]:
    """`python -m bot explore` on a free port; returns once it answers."""
    port = _free_port()
    full_env = {**os.environ, "LOG_LEVEL": "WARNING", "SOURCES_DIR": str(kb[0]), **env}
    # Output goes to a file, not a pipe nobody reads: a full pipe (Datasette logs a long
    # traceback for each refused statement) would block the server mid-request.
    log = tempfile.TemporaryFile()  # noqa: SIM115 (open while the server runs)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "explore", "--db", str(kb[1]), "--port", str(port)],
        cwd=ROOT,
        env=full_env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2):
                return base, proc
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                log.seek(0)
                out = log.read().decode(errors="replace")
                pytest.fail(f"the explorer did not start:\n{out}")
            time.sleep(0.2)


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def explorer(kb: tuple[Path, Path]) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """The explorer, once for the module."""
    base, proc = start_explorer(kb)
    yield base, proc
    stop(proc)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = Path(os.environ.get("EXPLORE_SHOTS") or tmp_path_factory.mktemp("shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium under Playwright, once for the module."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no browser: {CHROMIUM} is missing (apt-get install chromium; .ci/run does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("no browser driver: the playwright package is not installed (make setup)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def get_json(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def store_rows(db: Path, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
    store = ClaimStore(db)
    try:
        return [tuple(row) for row in store.execute(sql, params)]
    finally:
        store.close()


# -- in the browser ----------------------------------------------------------------------------


def test_claims_page_shows_the_caveat_facets_and_every_claim(
    explorer: tuple[str, Any], kb: tuple[Path, Path], page: Any, shots: Path
) -> None:
    base, _ = explorer
    page.goto(f"{base}/knowledge/{CLAIMS_JOINED}")
    page.screenshot(path=str(shots / "claims.png"))
    assert "None has been independently verified" in page.inner_text("body")
    total = store_rows(kb[1], "SELECT count(*) FROM claims")[0][0]
    assert f"{total:,} rows" in page.inner_text("h3")
    for facet in FACETS:
        assert page.locator(f".facet-info[data-column={facet}]").count() == 1, facet
    # The source is joined in: the local article's row shows its outlet and title.
    page.click("text=claims from articles only")
    page.wait_for_url("**source_kind=article*")
    page.screenshot(path=str(shots / "claims-articles.png"))
    articles = store_rows(kb[1], "SELECT count(*) FROM claims WHERE source_kind = 'article'")
    assert f"{articles[0][0]:,} rows where source_kind" in page.inner_text("h3")
    assert "Test Gazette" in page.inner_text("table.rows-and-columns")


def test_a_facet_narrows_to_the_claims_the_store_holds(
    explorer: tuple[str, Any], kb: tuple[Path, Path], page: Any, shots: Path
) -> None:
    base, _ = explorer
    page.goto(f"{base}/knowledge/{CLAIMS_JOINED}")
    page.locator(".facet-info[data-column=claimant] li a", has_text="Ukraine's Ministry").click()
    page.wait_for_url("**claimant=*")
    page.screenshot(path=str(shots / "claims-facet-claimant.png"))
    expected = store_rows(
        kb[1], "SELECT count(*) FROM claims WHERE claimant = ?", ("Ukraine's Ministry of Defence",)
    )[0][0]
    assert expected > 0
    assert f"{expected:,} row" in page.inner_text("h3")
    shown = page.locator("table.rows-and-columns td.col-claimant").all_inner_texts()
    assert shown and set(shown) == {"Ukraine's Ministry of Defence"}


def test_search_finds_quotes_and_titles_and_the_source_link_opens(
    explorer: tuple[str, Any], page: Any, shots: Path, article_server: str
) -> None:
    base, _ = explorer
    page.goto(f"{base}/knowledge/{CLAIMS_JOINED}")
    page.fill("input[name=_search]", "Zeppelinfield")  # a word only in the test article's title
    page.press("input[name=_search]", "Enter")
    page.wait_for_url("**_search=Zeppelinfield*")
    page.screenshot(path=str(shots / "claims-search-title.png"))
    quotes = page.locator("table.rows-and-columns td.col-quote").all_inner_texts()
    assert quotes == ["Ukraine's General Staff said Russia lost 155 tanks in November 2024."]
    link = page.locator("table.rows-and-columns td.col-url a")
    assert link.get_attribute("href") == article_server
    link.click()
    page.wait_for_url(article_server)
    assert page.title() == "Local copy of the test article"
    page.screenshot(path=str(shots / "source-link.png"))
    page.goto(f"{base}/knowledge/{CLAIMS_JOINED}?_search=milestone")  # a word in a quote
    page.screenshot(path=str(shots / "claims-search-quote.png"))
    titles = page.locator("table.rows-and-columns td.col-title").all_inner_texts()
    assert titles and all("milestone" in t for t in titles)


def test_csv_download_matches_the_store(
    explorer: tuple[str, Any], kb: tuple[Path, Path], page: Any, shots: Path, tmp_path: Path
) -> None:
    base, _ = explorer
    page.goto(f"{base}/knowledge/{CLAIMS_JOINED}?metric=tanks&_sort=id")
    page.check("form[action$='.csv'] input[name=_dl]")
    page.check("form[action$='.csv'] input[name=_stream]")
    page.screenshot(path=str(shots / "claims-export-form.png"))
    with page.expect_download() as info:
        page.click("form[action$='.csv'] input[type=submit]")
    target = tmp_path / "tanks.csv"
    info.value.save_as(target)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    expected = store_rows(
        kb[1], "SELECT id, value, claimant, period_end FROM claims WHERE metric = 'tanks'"
    )
    # More rows than one page or Datasette's row limit: streamed in full.
    assert len(expected) > 1000
    got = {(int(r["id"]), int(r["value"]), r["claimant"], r["period_end"]) for r in rows}
    assert got == set(expected)
    assert len(rows) == len(expected)
    assert {"publisher", "title", "url", "published", "quote"} <= set(rows[0])


def test_the_daily_series_is_browsable_by_month(
    explorer: tuple[str, Any], kb: tuple[Path, Path], page: Any, shots: Path
) -> None:
    base, _ = explorer
    page.goto(f"{base}/knowledge/series_months")
    page.screenshot(path=str(shots / "series-months.png"))
    months = page.locator("td.col-browse_month a").all_inner_texts()
    expected = store_rows(
        kb[1],
        "SELECT DISTINCT substr(period_end, 1, 7) FROM claims WHERE source_kind = 'series' "
        "ORDER BY 1 DESC",
    )
    assert months == [m for (m,) in expected]
    page.locator("td.col-browse_month a", has_text="2024-11").click()
    page.wait_for_url("**month=2024-11*")
    page.screenshot(path=str(shots / "series-2024-11.png"))
    count = store_rows(
        kb[1],
        "SELECT count(*) FROM claims WHERE source_kind = 'series' AND period_end LIKE '2024-11-%'",
    )[0][0]
    assert f'{count:,} rows where month = "2024-11"' in page.inner_text("h3")
    page.locator(".facet-info[data-column=metric] li a", has_text="tanks").click()
    page.wait_for_url("**metric=tanks*")
    page.screenshot(path=str(shots / "series-2024-11-tanks.png"))
    days = page.locator("table.rows-and-columns td.col-day").all_inner_texts()
    assert sorted(days) == [f"2024-11-{d:02}" for d in range(1, 31)]


def test_canned_queries_show_the_caveat_and_answer(
    explorer: tuple[str, Any], kb: tuple[Path, Path], page: Any, shots: Path
) -> None:
    base, _ = explorer
    page.goto(f"{base}/knowledge")
    page.screenshot(path=str(shots / "database.png"))
    for title in ("All claims for a metric and period", "Claims that disagree",
                  "Latest figure per claimant"):  # fmt: skip
        page.click(f"text={title}")
        page.wait_for_load_state()
        slug = page.url.rsplit("/", 1)[1].split("?")[0]
        page.screenshot(path=str(shots / f"query-{slug}.png"))
        assert "None has been independently verified" in page.inner_text("body")
        page.go_back()
    page.goto(
        f"{base}/knowledge/claims_for_metric_and_period?metric=tanks&from=2024-11-01&to=2024-11-30"
    )
    page.screenshot(path=str(shots / "query-tanks-november-2024.png"))
    values = page.locator("td.col-value").all_inner_texts()
    assert "155" in values  # the article's monthly figure, then the series' days
    assert len(values) == 1 + 30


# -- over HTTP ---------------------------------------------------------------------------------


def test_disagreeing_claims_really_disagree(explorer: tuple[str, Any]) -> None:
    base, _ = explorer
    rows = get_json(f"{base}/knowledge/claims_that_disagree.json?_shape=array")
    assert rows
    groups: dict[tuple[Any, ...], set[int]] = {}
    for r in rows:
        kind = "casualties" if r["personnel_kind"] == "unspecified" else r["personnel_kind"]
        key = (r["metric"], r["side"], kind, r["period_kind"],
               r["period_start"], r["period_end"])  # fmt: skip
        groups.setdefault(key, set()).add(r["value"])
    assert all(len(values) > 1 for values in groups.values())


def test_latest_figure_per_claimant_is_the_latest(
    explorer: tuple[str, Any], kb: tuple[Path, Path]
) -> None:
    base, _ = explorer
    rows = get_json(f"{base}/knowledge/latest_figure_per_claimant.json?_shape=array")
    for r in rows:
        latest = store_rows(
            kb[1],
            "SELECT max(period_end) FROM claims WHERE claimant = ? AND metric = ? AND subject = ?",
            (r["claimant"], r["metric"], r["side"]),
        )[0][0]
        assert r["period_end"] == latest
    assert len({(r["claimant"], r["metric"], r["side"]) for r in rows}) == len(rows)


def test_the_explorer_is_read_only_and_local(
    explorer: tuple[str, Any], kb: tuple[Path, Path]
) -> None:
    base, proc = explorer
    before = hashlib.sha256(kb[1].read_bytes()).hexdigest()
    # Writing SQL is refused; downloading the whole file is off.
    for sql in ("DELETE FROM claims", "CREATE TABLE x (y)", "PRAGMA journal_mode = WAL"):
        url = f"{base}/knowledge.json?sql=" + urllib.parse.quote(sql)
        try:
            body = get_json(url)
        except urllib.error.HTTPError as exc:
            body = json.load(exc)
        assert body.get("ok") is False, sql
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(f"{base}/knowledge.db", timeout=10)
    assert hashlib.sha256(kb[1].read_bytes()).hexdigest() == before
    assert sorted(p.name for p in kb[1].parent.iterdir()) == ["knowledge.db"]
    assert listening_addresses(proc.pid) == {f"127.0.0.1:{base.rsplit(':', 1)[1]}"}


def listening_addresses(pid: int) -> set[str]:
    """The addresses a process listens on (its sockets' inodes looked up in /proc/net)."""
    fds = Path(f"/proc/{pid}/fd")
    links = [os.readlink(fd) for fd in fds.iterdir()]
    inodes = {link[8:-1] for link in links if link.startswith("socket:[")}
    found = set()
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                address, port = fields[1].split(":")
                host = ".".join(str(b) for b in reversed(bytes.fromhex(address)))
                found.add(f"{host if table == 'tcp' else address}:{int(port, 16)}")
    return found


def test_with_a_password_nothing_shows_before_logging_in(
    kb: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's recipe, in process (the same app `serve` runs, without a port), on a
    thread of its own: the module's Playwright keeps an event loop busy on this one."""
    try:
        from datasette_auth_passwords.utils import hash_password
    except ImportError:
        pytest.skip("datasette-auth-passwords is not installed (make setup installs it)")
    from bot import explore

    secret = "correct horse battery staple"
    monkeypatch.setenv(explore.PASSWORD_ENV, hash_password(secret, iterations=1000))
    app, _ = explore.make_app(kb[1])
    failures: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(_password_flow(app, secret))
        except BaseException as exc:
            failures.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive(), "the log-in flow hung"
    if failures:
        raise failures[0]


async def _password_flow(app: Any, secret: str) -> None:
    import httpx

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        claims = f"/knowledge/{CLAIMS_JOINED}.json?_size=1"
        assert (await client.get(claims)).status_code == 403
        assert (await client.get("/knowledge/claims_that_disagree.json")).status_code == 403

        async def log_in(password: str) -> None:
            form = (await client.get("/-/login")).text
            token = re.search(r'name="csrftoken" value="([^"]+)"', form)
            assert token, form
            data = {"username": "journalist", "password": password, "csrftoken": token[1]}
            await client.post("/-/login", data=data)

        await log_in("wrong")
        assert (await client.get(claims)).status_code == 403
        await log_in(secret)
        response = await client.get(claims)
        assert response.status_code == 200 and response.json()["rows"]


# -- last: a rebuild swaps a new file in --------------------------------------------------------


def test_a_rebuild_is_served_and_the_old_file_let_go(
    explorer: tuple[str, Any], kb: tuple[Path, Path], tmp_path: Path
) -> None:
    base, proc = explorer
    url = f"{base}/knowledge/{CLAIMS_JOINED}.json?_size=0"
    before = get_json(url)["filtered_table_rows_count"]
    smaller = tmp_path / "sources"
    smaller.mkdir()
    for path in sorted(kb[0].glob("*.txt"))[:2]:
        shutil.copy(path, smaller / path.name)
    old_inode = kb[1].stat().st_ino
    report = rebuild(smaller, kb[1], wait=True)
    assert kb[1].stat().st_ino != old_inode  # swapped in with os.replace, not written over
    after = get_json(url)["filtered_table_rows_count"]
    assert after == report.claims != before
    assert get_json(f"{base}/knowledge/series_months.json?_shape=array") == []
    fds = Path(f"/proc/{proc.pid}/fd")
    held = [os.readlink(fd) for fd in fds.iterdir() if "knowledge.db" in os.readlink(fd)]
    assert held and not any("(deleted)" in target for target in held), held


def test_a_password_hash_without_the_auth_plugin_refuses_to_start(
    kb: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot import explore

    monkeypatch.setenv(explore.PASSWORD_ENV, "pbkdf2_sha256$1$salt$hash")
    monkeypatch.setattr(explore, "PASSWORD_PLUGIN", "no-such-datasette-plugin")
    assert explore.serve(kb[1], port=_free_port()) == 2
    assert "no-such-datasette-plugin is not installed" in capsys.readouterr().err
    gate = explore.password_metadata()
    assert gate["allow"] == {"id": "journalist"}
    monkeypatch.delenv(explore.PASSWORD_ENV)
    assert "allow" not in explore.metadata()
