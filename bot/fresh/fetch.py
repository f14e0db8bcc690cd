"""Fetching one URL from the internet, carefully: the only way `bot/fresh` reads the web.

Whoever sends a link decides where the bot connects, so every hop is checked before any
connection is made: the scheme is http or https, the host name is resolved here and every
address it resolves to must be public (no private, loopback, link-local, multicast or reserved
address; `FETCH_ALLOW_PRIVATE` lifts this for tests and private deployments), and the
connection then goes to the address that was checked (the host name travels in the Host
header and in TLS's SNI), so a second DNS answer can't swap in another address. Redirects are
followed by hand, each one checked the same way, at most `max_redirects` of them. Bodies are
read as a stream and cut off past `max_bytes`, whatever Content-Length says; content types
are checked against what the caller accepts; connect, read and total times are limited.

Every failure is a `FetchError` whose message is one line a person can act on.
"""

from __future__ import annotations

import asyncio
import http
import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

REDIRECTS = frozenset({301, 302, 303, 307, 308})
USER_AGENT = "loss-claims-bot/0.1 (+https://github.com/; fetches one page on an admin's request)"

PAGE_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown"}
)
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
     "application/rdf+xml", "application/feed+json"}
)  # fmt: skip
JSON_TYPES = frozenset({"application/json", "text/plain", "application/octet-stream"})


class FetchError(RuntimeError):
    """A fetch that failed; the message says why in one line. `transient` failures (time-outs,
    broken connections, 5xx and 429 answers) may well work later; the others won't."""

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True)
class Limits:
    """What one fetch may take: bytes, seconds, redirects, and which addresses."""

    max_bytes: int = 5 * 1024 * 1024
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    max_redirects: int = 5
    # Non-public networks that may be reached anyway (FETCH_ALLOWED_NETWORKS).
    allowed_networks: tuple[str, ...] = ()

    @property
    def total_timeout(self) -> float:
        """A cap on the whole fetch, so a server dripping a byte at a time is cut off too."""
        return self.connect_timeout + 3 * self.read_timeout


@dataclass(frozen=True)
class Fetched:
    """A fetched body and what the server said about it."""

    url: str  # after redirects
    content_type: str
    charset: str | None
    body: bytes

    def text(self) -> str:
        """The body decoded (the declared charset, else UTF-8), undecodable bytes replaced."""
        try:
            return self.body.decode(self.charset or "utf-8", errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


def refused_address(address: str, allowed: tuple[str, ...] = ()) -> str | None:
    """Why connecting to this IP address is refused (None when it is public or allowed)."""
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if any(ip in ipaddress.ip_network(n, strict=False) for n in allowed):
        return None
    for kind, test in _ADDRESS_KINDS:
        if test(ip):
            return f"{kind} address {ip}"
    return None


IP = ipaddress.IPv4Address | ipaddress.IPv6Address
# The first kind that matches names the refusal; "non-public" catches the rest (shared
# address space, documentation ranges, ...).
_ADDRESS_KINDS: tuple[tuple[str, Callable[[IP], bool]], ...] = (
    ("unspecified", lambda ip: ip.is_unspecified),
    ("loopback", lambda ip: ip.is_loopback),
    ("link-local", lambda ip: ip.is_link_local),
    ("private", lambda ip: ip.is_private),
    ("multicast", lambda ip: ip.is_multicast),
    ("reserved", lambda ip: ip.is_reserved),
    ("non-public", lambda ip: not ip.is_global),
)


async def resolve(url: httpx.URL, limits: Limits) -> str:
    """The address to connect to for `url`, after checking every address its host has."""
    if url.scheme not in {"http", "https"}:
        raise FetchError(f"only http and https links can be fetched, not {url.scheme or '?'}:")
    host = url.host
    if not host:
        raise FetchError("the link has no host name")
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        ipaddress.ip_address(host)
        addresses, named = [host], False
    except ValueError:
        addresses, named = await _lookup(host, port, limits), True
    for address in addresses:
        why = refused_address(address, limits.allowed_networks)
        if why is not None:
            where = f"{host} resolves to a {why}" if named else f"{why} is not public"
            raise FetchError(f"refused: {where}; only public addresses are fetched")
    return addresses[0]


async def _lookup(host: str, port: int, limits: Limits) -> list[str]:
    loop = asyncio.get_running_loop()
    try:
        infos = await asyncio.wait_for(
            loop.getaddrinfo(host, port, type=socket.SOCK_STREAM), limits.connect_timeout
        )
    except TimeoutError:
        raise FetchError(f"timed out looking up {host}", transient=True) from None
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot find the host {host}: {exc}") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise FetchError(f"cannot find the host {host}")
    return addresses


async def fetch(url: str, limits: Limits, accept: frozenset[str]) -> Fetched:
    """GET `url` within `limits`; the body if its content type is in `accept`."""
    try:
        return await asyncio.wait_for(_fetch(url, limits, accept), limits.total_timeout)
    except TimeoutError:
        message = f"took longer than {limits.total_timeout:.0f} s in all"
        raise FetchError(message, transient=True) from None


async def _fetch(url: str, limits: Limits, accept: frozenset[str]) -> Fetched:
    try:
        current = httpx.URL(url.strip())
    except (httpx.InvalidURL, TypeError) as exc:
        raise FetchError(f"not a valid link: {exc}") from None
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    async with httpx.AsyncClient(
        timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT}
    ) as client:
        for _hop in range(limits.max_redirects + 1):
            address = await resolve(current, limits)
            request = client.build_request(
                "GET",
                current.copy_with(host=address),
                headers={"Host": _host_header(current)},
                extensions={"sni_hostname": current.host},
            )
            try:
                response = await client.send(request, stream=True)
            except httpx.HTTPError as exc:
                raise FetchError(describe(exc, current.host), transient=True) from None
            try:
                location = response.headers.get("location")
                if response.status_code in REDIRECTS and location:
                    current = current.join(location)
                    continue
                return await _read(response, current, limits, accept)
            finally:
                await response.aclose()
    raise FetchError(f"more than {limits.max_redirects} redirects")


def _host_header(url: httpx.URL) -> str:
    default = 443 if url.scheme == "https" else 80
    host = url.host if ":" not in url.host else f"[{url.host}]"
    return host if url.port in (None, default) else f"{host}:{url.port}"


async def _read(
    response: httpx.Response, url: httpx.URL, limits: Limits, accept: frozenset[str]
) -> Fetched:
    """The body of a final answer, checked: status, content type, size."""
    status = _status(response.status_code)
    if response.status_code >= 400:
        transient = response.status_code >= 500 or response.status_code == 429
        raise FetchError(f"the server answered {status}", transient=transient)
    if response.status_code != 200:
        raise FetchError(f"unexpected answer {status}")
    content_type, charset = _content_type(response.headers.get("content-type", ""))
    if content_type not in accept:
        shown = content_type or "no content type"
        raise FetchError(f"expected {_expected(accept)}, got {shown}")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(f"too large: {int(declared):,} bytes (limit {limits.max_bytes:,})")
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limits.max_bytes:
                raise FetchError(f"too large: cut off past {limits.max_bytes:,} bytes")
            chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise FetchError(describe(exc, url.host), transient=True) from None
    return Fetched(str(url), content_type, charset, b"".join(chunks))


def _status(code: int) -> str:
    try:
        return f"{code} {http.HTTPStatus(code).phrase}"
    except ValueError:
        return str(code)


def _content_type(header: str) -> tuple[str, str | None]:
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"').lower()
    return kind.strip().lower(), charset


def _expected(accept: frozenset[str]) -> str:
    if accept == JSON_TYPES:
        return "JSON"
    if accept == FEED_TYPES:
        return "an RSS or Atom feed"
    return "a web page or text"


def describe(exc: httpx.HTTPError, host: str) -> str:
    """One line for an httpx failure."""
    for kind, words in _HTTPX_ERRORS:
        if isinstance(exc, kind):
            return f"{words} {host}"
    return f"failed talking to {host}: {type(exc).__name__}"


_HTTPX_ERRORS: tuple[tuple[type[httpx.HTTPError], str], ...] = (
    (httpx.ConnectTimeout, "timed out connecting to"),
    (httpx.ReadTimeout, "timed out waiting for"),
    (httpx.ConnectError, "cannot connect to"),
    (httpx.RemoteProtocolError, "the connection broke off before the whole answer came from"),
    (httpx.ReadError, "the connection broke off while reading from"),
    (httpx.TimeoutException, "timed out talking to"),
)


def host_of(url: str) -> str:
    """The host name of a link, for messages."""
    return urlsplit(url).hostname or url
