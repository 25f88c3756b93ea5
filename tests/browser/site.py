"""The built site as the browser tests see it: its pages, a local server, and its links.

Plain code with no pytest and no browser, so the fixtures in ``conftest.py`` stay thin.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[2]
SITE_DIR = Path(os.environ.get("IRM_SITE_DIR", ROOT / "site")).resolve()
"""The built site: ``site/`` from ``make site`` (``IRM_SITE_DIR`` points the tests elsewhere)."""
SCREENSHOTS_DIR = ROOT / "build" / "screenshots"

NO_SITE = "(no site built)"
"""The one page id collected when there is no site, so that each test fails and says why."""


def site_pages(site: Path) -> list[str]:
    """Every HTML page of the site, as paths relative to it (``sections/irm-5.19.8.4.2.html``)."""
    if not site.is_dir():
        return []
    return sorted(path.relative_to(site).as_posix() for path in site.rglob("*.html") if "assets" not in path.parts)


def web_path(file: str) -> str:
    """The path a browser shows for a page's file: ``/x.html``, or ``/x/`` for ``x/index.html``."""
    path = "/" + file.lstrip("/")
    return path.removesuffix("index.html")


def url_path(url: str) -> str:
    """The page an address shows, as :func:`web_path` writes it (no query, no fragment)."""
    return web_path(urlsplit(url).path)


def page_file(site: Path, address: str) -> str | None:
    """The file of a page named as in the navigation (``sections/irm-5.19.8.4.2/``), whatever the URL style.

    MkDocs writes ``x/index.html`` with directory URLs and ``x.html`` without them (the build turns
    directory URLs off, as the offline site needs).
    """
    stem = address.strip("/")
    candidates = ["index.html"] if stem in {"", "index", "index.html"} else [f"{stem}.html", f"{stem}/index.html"]
    return next((name for name in candidates if (site / name).is_file()), None)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output free of one line per request."""


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that leaves a page mid-download closes the connection; that is no error of the site."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class SiteServer:
    """Serves a folder on ``http://127.0.0.1:<free port>/`` from a background thread."""

    def __init__(self, folder: Path) -> None:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        self.folder = folder
        self._httpd = _QuietServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="site-server", daemon=True)
        self.origin = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def url(self, path: str) -> str:
        """The address of a file of the site, ``path`` relative to the site's root."""
        return f"{self.origin}/{path.lstrip('/')}"

    def is_inside(self, url: str) -> bool:
        """Whether a request stays on this server, or never leaves the browser (``data:``, ``blob:``)."""
        return url.startswith((f"{self.origin}/", "data:", "blob:")) or url == self.origin

    def __enter__(self) -> SiteServer:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()


class _LinksAndAnchors(HTMLParser):
    """Collects the ``href`` of every ``<a>`` and every ``id`` (and ``<a name>``) of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if "id" in values:
            self.anchors.add(values["id"])
        if tag == "a":
            if "name" in values:
                self.anchors.add(values["name"])
            if "href" in values:
                self.hrefs.append(values["href"])

    handle_startendtag = handle_starttag


@dataclass(frozen=True)
class Fetched:
    """One address of the site as the server answered it."""

    status: int
    hrefs: tuple[str, ...] = ()
    anchors: frozenset[str] = frozenset()
    is_html: bool = False


@dataclass
class LinkChecker:
    """Follows a page's internal links over HTTP; each address is fetched and parsed once."""

    server: SiteServer
    _cache: dict[str, Fetched] = field(default_factory=dict)
    _opener: urllib.request.OpenerDirector = field(
        # No proxy: the site is on 127.0.0.1, whatever http_proxy says.
        default_factory=lambda: urllib.request.build_opener(urllib.request.ProxyHandler({}))
    )

    def fetch(self, url: str) -> Fetched:
        """The server's answer for an address (without its fragment), parsed if it is HTML."""
        if url not in self._cache:
            self._cache[url] = self._get(url)
        return self._cache[url]

    def _get(self, url: str) -> Fetched:
        try:
            with self._opener.open(url, timeout=10) as response:
                body: bytes = response.read()
                status: int = response.status
                is_html = response.headers.get_content_type() == "text/html"
        except urllib.error.HTTPError as error:
            return Fetched(status=error.code)
        if not is_html:
            return Fetched(status=status)
        parser = _LinksAndAnchors()
        parser.feed(body.decode("utf-8", errors="replace"))
        parser.close()
        return Fetched(status=status, hrefs=tuple(parser.hrefs), anchors=frozenset(parser.anchors), is_html=True)

    def broken_links(self, page: str) -> list[str]:
        """Each link of a page that leads nowhere inside the site, with the reason."""
        page_url = self.server.url(page)
        here = self.fetch(page_url)
        if here.status != 200:
            return [f"the page itself answered HTTP {here.status}"]
        problems: list[str] = []
        for href in dict.fromkeys(here.hrefs):
            target = urljoin(page_url, href)
            if not target.startswith(f"{self.server.origin}/"):
                continue  # another site, mailto:, javascript: ...: not ours to check
            parts = urlsplit(target)
            address = parts._replace(query="", fragment="").geturl()
            fetched = self.fetch(address)
            if fetched.status != 200:
                problems.append(f'href="{href}": {parts.path} answered HTTP {fetched.status}')
            elif parts.fragment and fetched.is_html and unquote(parts.fragment) not in fetched.anchors:
                problems.append(f'href="{href}": {parts.path} has no element with id or name "{parts.fragment}"')
        return problems
