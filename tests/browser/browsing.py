"""Pages in Chromium that record their requests, and the visit of each page of the site."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Request, Response, Route, ViewportSize

from tests.browser import axe
from tests.browser.site import SiteServer, page_file

DESKTOP: ViewportSize = {"width": 1280, "height": 800}
PHONE: ViewportSize = {"width": 320, "height": 640}
"""The narrowest screen WCAG 2.1 asks content to reflow to (1.4.10) without sideways scrolling."""
PHONE_390: ViewportSize = {"width": 390, "height": 844}
"""A common phone (the issue's 390 by 844)."""
TIMEOUT_MS = 15_000


def open_context(browser: Browser, server: SiteServer, viewport: ViewportSize) -> BrowserContext:
    """A fresh browser context that lets requests reach the site and aborts the others (after they are recorded)."""
    context = browser.new_context(viewport=viewport, service_workers="block")
    context.set_default_timeout(TIMEOUT_MS)

    def only_the_site(route: Route) -> None:
        if server.is_inside(route.request.url):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    context.route("**/*", only_the_site)
    return context


@dataclass
class Tab:
    """A browser page that records every request it makes and every uncaught script error."""

    page: Page
    server: SiteServer
    requests: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    """Requests to the site that failed or were answered with an HTTP error."""
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.page.on("request", self._record)
        self.page.on("response", self._check)
        self.page.on("requestfailed", self._failed)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def _record(self, request: Request) -> None:
        self.requests.append(request.url)

    def _check(self, response: Response) -> None:
        if response.status >= 400 and self.server.is_inside(response.url):
            self.missing.append(f"HTTP {response.status} {response.url}")

    def _failed(self, request: Request) -> None:
        if self.server.is_inside(request.url):
            self.missing.append(f"{request.failure} {request.url}")

    def clear(self) -> None:
        """Forget what was recorded, before the next page."""
        self.requests.clear()
        self.missing.clear()
        self.errors.clear()

    def open(self, path: str) -> None:
        """Go to a file of the site and wait until it has loaded."""
        self.page.goto(self.server.url(path), wait_until="load")

    def visit(self, name: str) -> str:
        """Go to a page named as in the navigation (``sections/irm-5.19.8.4.2/``); return its file."""
        file = page_file(self.server.folder, name)
        if file is None:
            pytest.fail(f"The site in {self.server.folder} has no page {name}: run `make site`.", pytrace=False)
        self.open(file)
        return file

    def outside_requests(self) -> list[str]:
        """The requests that would have left the site, in order, without repeats."""
        return list(dict.fromkeys(url for url in self.requests if not self.server.is_inside(url)))


@dataclass(frozen=True)
class Visit:
    """What one visit of a page found: its requests, script errors, axe violations and width."""

    requests: tuple[str, ...]
    outside_requests: tuple[str, ...]
    missing: tuple[str, ...]
    errors: tuple[str, ...]
    violations: list[axe.Violation]
    overflow: int
    """How many pixels the page is wider than the window (0 or less: it fits)."""


class PageVisits:
    """Visits each page of the site once, however many tests ask about it, in one reused browser page."""

    def __init__(self, browser: Browser, server: SiteServer, viewport: ViewportSize, *, all_requests: bool) -> None:
        """``all_requests``: wait for the network to go quiet, so that late requests are noted too."""
        self._browser = browser
        self._server = server
        self._viewport = viewport
        self._all_requests = all_requests
        self._tab: Tab | None = None
        self._visits: dict[str, Visit] = {}

    def of(self, path: str) -> Visit:
        """Open the page, let its scripts run, check it with axe and note every request it made."""
        if path not in self._visits:
            tab = self._reset_tab()
            tab.open(path)
            found = axe.violations(tab.page)
            overflow: int = tab.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
            if self._all_requests:
                tab.page.wait_for_load_state("networkidle")  # the search worker fetches its index after load
            self._visits[path] = Visit(
                requests=tuple(tab.requests),
                outside_requests=tuple(tab.outside_requests()),
                missing=tuple(tab.missing),
                errors=tuple(tab.errors),
                violations=found,
                overflow=overflow,
            )
        return self._visits[path]

    def _reset_tab(self) -> Tab:
        if self._tab is None:
            context = open_context(self._browser, self._server, self._viewport)
            context.add_init_script(script=axe.script())  # once, rather than sent to every page
            self._tab = Tab(context.new_page(), self._server)
        self._tab.clear()
        return self._tab

    def close(self) -> None:
        if self._tab is not None:
            self._tab.page.context.close()


def settle(page: Page) -> None:
    """Wait until no CSS transition or animation runs, so that colours and positions are final."""
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")


@dataclass(frozen=True)
class Focus:
    """The element that has the keyboard focus, as a person would describe it."""

    tag: str
    classes: str
    href: str | None
    text: str
    heading: str | None
    """The id of the heading the element sits in (a heading's permalink sits in its heading)."""
    opacity: float

    def __str__(self) -> str:
        dots = "".join(f".{name}" for name in self.classes.split() if name != "focus-visible")
        href = f" href={self.href}" if self.href else ""
        return f"<{self.tag}{dots}{href}> {self.text!r}"


_FOCUS_JS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const heading = el.closest("h1, h2, h3, h4, h5, h6");
  return {
    tag: el.tagName.toLowerCase(),
    classes: typeof el.className === "string" ? el.className : "",
    href: el.getAttribute("href"),
    text: (el.getAttribute("aria-label") || el.getAttribute("title") || el.textContent || "").trim().slice(0, 60),
    heading: heading ? heading.id : null,
    opacity: parseFloat(getComputedStyle(el).opacity),
  };
}"""


def focused(page: Page) -> Focus | None:
    """The element that has the keyboard focus, or None when nothing (the page itself) has it."""
    found: dict[str, Any] | None = page.evaluate(_FOCUS_JS)
    return None if found is None else Focus(**found)


def tab_until(page: Page, wanted: Callable[[Focus], bool], presses: int) -> list[Focus | None]:
    """Press Tab until the focused element is the wanted one, at most ``presses`` times.

    Returns every element the focus went through; the last one is the wanted one if it was reached.
    """
    trail: list[Focus | None] = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        now = focused(page)
        trail.append(now)
        if now is not None and wanted(now):
            break
    return trail


def ends_on(trail: list[Focus | None], wanted: Callable[[Focus], bool]) -> bool:
    """Whether a trail of focused elements ended on the wanted one."""
    last = trail[-1] if trail else None
    return last is not None and wanted(last)


def is_search_box(focus: Focus) -> bool:
    """Material's search input (in the header; on a phone, focusing it opens the search)."""
    return focus.tag == "input" and "md-search__input" in focus.classes.split()


def result_links(page: Page) -> list[str]:
    """The address of each link in the search results, in order."""
    hrefs: list[str] = page.locator(".md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    return hrefs
