"""bot.fresh.fetch against real HTTP servers on 127.0.0.1 and 127.0.0.2: limits, addresses,
redirects, content types. Nothing here needs the network."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.fresh.fetch import (
    FEED_TYPES,
    JSON_TYPES,
    PAGE_TYPES,
    FetchError,
    Limits,
    fetch,
    refused_address,
)

LOCAL = Limits(
    max_bytes=1 << 20, connect_timeout=2, read_timeout=0.5, allowed_networks=("127.0.0.1/32",)
)


def _server(host: str) -> Iterator[HTTPServer]:
    server = HTTPServer(host=host, port=0, threaded=True)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def web_server() -> Iterator[HTTPServer]:
    yield from _server("127.0.0.1")


@pytest.fixture(scope="module")
def other_server() -> Iterator[HTTPServer]:
    yield from _server("127.0.0.2")


@pytest.fixture
def web(web_server: HTTPServer) -> Iterator[HTTPServer]:
    """A web server on 127.0.0.1 (the address the tests allow), fresh for each test."""
    web_server.clear()
    yield web_server
    web_server.clear()


@pytest.fixture
def other(other_server: HTTPServer) -> Iterator[HTTPServer]:
    """A second server on 127.0.0.2: loopback too, but not in the allowed networks."""
    other_server.clear()
    yield other_server
    other_server.clear()


async def test_fetches_a_page(web: HTTPServer) -> None:
    web.expect_request("/a").respond_with_data("<p>hi</p>", content_type="text/html; charset=utf-8")
    got = await fetch(web.url_for("/a"), LOCAL, PAGE_TYPES)
    assert got.body == b"<p>hi</p>"
    assert (got.content_type, got.charset) == ("text/html", "utf-8")


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("10.0.0.1", "private"),
        ("192.168.1.20", "private"),
        ("169.254.169.254", "link-local"),
        ("::1", "loopback"),
        ("::ffff:10.1.2.3", "private"),
        ("100.64.0.1", "non-public"),
        ("0.0.0.0", "unspecified"),
    ],
)
def test_non_public_addresses_are_refused(address: str, kind: str) -> None:
    assert (refused_address(address) or "").startswith(kind)


def test_public_and_allowed_addresses_pass() -> None:
    assert refused_address("93.184.216.34") is None
    assert refused_address("10.0.0.1", ("10.0.0.0/8",)) is None


async def test_loopback_is_refused_before_connecting(web: HTTPServer) -> None:
    web.expect_request("/a").respond_with_data("x", content_type="text/html")
    with pytest.raises(FetchError, match=r"refused: loopback address 127\.0\.0\.1 is not public"):
        await fetch(web.url_for("/a"), Limits(), PAGE_TYPES)
    assert web.log == []  # no request reached the server


async def test_localhost_by_name_is_refused(web: HTTPServer) -> None:
    with pytest.raises(FetchError, match="localhost resolves to a loopback address"):
        await fetch(f"http://localhost:{web.port}/", Limits(), PAGE_TYPES)
    assert web.log == []


async def test_a_redirect_to_127_0_0_1_is_refused(web: HTTPServer, other: HTTPServer) -> None:
    # The first hop is allowed (127.0.0.2 here), the redirect to 127.0.0.1 is not.
    web.expect_request("/secret").respond_with_data("admin panel", content_type="text/html")
    other.expect_request("/go").respond_with_data(
        "", status=302, headers={"Location": web.url_for("/secret")}
    )
    limits = Limits(read_timeout=1, allowed_networks=("127.0.0.2/32",))
    with pytest.raises(FetchError, match=r"loopback address 127\.0\.0\.1 is not public"):
        await fetch(other.url_for("/go"), limits, PAGE_TYPES)
    assert len(other.log) == 1
    assert web.log == []  # never connected


async def test_a_redirect_to_10_0_0_1_is_refused_by_address(web: HTTPServer) -> None:
    # 10.0.0.1 is refused by its address: no connection is attempted (it would hang here).
    web.expect_request("/go").respond_with_data(
        "", status=301, headers={"Location": "http://10.0.0.1/internal"}
    )
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"private address 10\.0\.0\.1 is not public"):
        await fetch(web.url_for("/go"), LOCAL, PAGE_TYPES)
    assert time.monotonic() - started < 1.0


async def test_a_redirect_to_another_scheme_is_refused(web: HTTPServer) -> None:
    web.expect_request("/go").respond_with_data(
        "", status=302, headers={"Location": "file:///etc/passwd"}
    )
    with pytest.raises(FetchError, match="only http and https"):
        await fetch(web.url_for("/go"), LOCAL, PAGE_TYPES)


async def test_redirects_are_followed_within_the_limit(web: HTTPServer) -> None:
    for n in range(3):
        web.expect_request(f"/r{n}").respond_with_data(
            "", status=302, headers={"Location": f"/r{n + 1}"}
        )
    web.expect_request("/r3").respond_with_data("end", content_type="text/plain")
    got = await fetch(web.url_for("/r0"), LOCAL, PAGE_TYPES)
    assert got.body == b"end"
    assert got.url.endswith("/r3")
    with pytest.raises(FetchError, match="more than 2 redirects"):
        await fetch(
            web.url_for("/r0"), Limits(**{**LOCAL.__dict__, "max_redirects": 2}), PAGE_TYPES
        )


async def test_a_50_mb_body_is_cut_off(web: HTTPServer) -> None:
    sent = []

    def endless(request: Request) -> Response:
        def body() -> Iterator[bytes]:
            chunk = b"<p>" + b"x" * 65_530 + b"</p>"
            for _ in range(50 * 16):  # 50 MB in 64 KB chunks, no Content-Length
                sent.append(len(chunk))
                yield chunk

        return Response(body(), content_type="text/html")

    web.expect_request("/big").respond_with_handler(endless)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"too large: cut off past 1,048,576 bytes"):
        await fetch(web.url_for("/big"), LOCAL, PAGE_TYPES)
    assert time.monotonic() - started < 5
    assert sum(sent) < 10 * 1024 * 1024  # the rest was never sent


async def test_a_declared_oversize_body_is_refused_unread(web: HTTPServer) -> None:
    web.expect_request("/big").respond_with_data(b"x" * 2_000_000, content_type="text/html")
    with pytest.raises(FetchError, match=r"too large: 2,000,000 bytes \(limit 1,048,576\)"):
        await fetch(web.url_for("/big"), LOCAL, PAGE_TYPES)


@pytest.mark.parametrize(
    ("content_type", "accept", "message"),
    [
        ("text/html", JSON_TYPES, "expected JSON, got text/html"),
        ("application/pdf", PAGE_TYPES, "expected a web page or text, got application/pdf"),
        ("text/html", FEED_TYPES, "expected an RSS or Atom feed, got text/html"),
        ("image/png", PAGE_TYPES, "got image/png"),
    ],
)
async def test_content_types_are_checked(
    web: HTTPServer, content_type: str, accept: frozenset[str], message: str
) -> None:
    web.expect_request("/x").respond_with_response(
        Response(b"body", headers={"Content-Type": content_type} if content_type else {})
    )
    with pytest.raises(FetchError, match=message):
        await fetch(web.url_for("/x"), LOCAL, accept)


@pytest.mark.parametrize(("status", "words"), [(404, "404 Not Found"), (503, "503 Service")])
async def test_error_statuses(web: HTTPServer, status: int, words: str) -> None:
    web.expect_request("/x").respond_with_data("no", status=status, content_type="text/html")
    with pytest.raises(FetchError, match=f"the server answered {words}"):
        await fetch(web.url_for("/x"), LOCAL, PAGE_TYPES)


async def test_a_slow_server_times_out(web: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(1.5)
        return Response("late", content_type="text/html")

    web.expect_request("/slow").respond_with_handler(slow)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out waiting for 127\.0\.0\.1"):
        await fetch(web.url_for("/slow"), LOCAL, PAGE_TYPES)
    assert time.monotonic() - started < 1.4


async def test_nothing_listening() -> None:
    with pytest.raises(FetchError, match=r"cannot connect to 127\.0\.0\.1"):
        await fetch("http://127.0.0.1:9/", LOCAL, PAGE_TYPES)


async def test_a_truncated_body_is_an_error(web: HTTPServer) -> None:
    def short(request: Request) -> Response:
        return Response(
            iter([b"[1, 2"]), headers={"Content-Length": "100", "Content-Type": "application/json"}
        )

    web.expect_request("/short").respond_with_handler(short)
    with pytest.raises(FetchError, match="broke off"):
        await fetch(web.url_for("/short"), LOCAL, JSON_TYPES)


@pytest.mark.parametrize("url", ["ftp://example.org/x", "not a link", "http:///nohost"])
async def test_bad_links(url: str) -> None:
    with pytest.raises(FetchError):
        await fetch(url, LOCAL, PAGE_TYPES)
