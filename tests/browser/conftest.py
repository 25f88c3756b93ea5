"""One local server for the built site and one Chromium for the whole session.

Every page a test opens records the requests it makes; requests that would leave the site are
recorded and then aborted, so the outcome never depends on the network.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.browser.browsing import DESKTOP, PHONE, PageVisits, Tab, open_context
from tests.browser.site import NO_SITE, SITE_DIR, LinkChecker, SiteServer, site_pages

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
"""Debian's chromium: Playwright's own browser download does not work here."""
CHROMIUM_ARGS = [
    "--no-sandbox",  # we run as root
    "--headless=new",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test that takes ``site_page`` runs once per HTML page of the built site, named by its path."""
    if "site_page" in metafunc.fixturenames:
        pages = site_pages(SITE_DIR) or [NO_SITE]
        # With pytest-xdist's --dist loadgroup, every test of one page runs in one worker: one visit.
        metafunc.parametrize("site_page", [pytest.param(page, marks=pytest.mark.xdist_group(page)) for page in pages])


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The built site; without it every browser test fails and says how to build it."""
    if not (SITE_DIR / "index.html").is_file():
        pytest.fail(
            f"There is no built site in {SITE_DIR} (no index.html). "
            "Run `make site` first: it runs the scenarios and builds the site these tests check.",
            pytrace=False,
        )
    return SITE_DIR


@pytest.fixture(scope="session")
def server(site_dir: Path) -> Iterator[SiteServer]:
    """The built site on http://127.0.0.1:<free port>/."""
    with SiteServer(site_dir) as running:
        yield running


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One headless Chromium for the session."""
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"There is no Chromium at {CHROMIUM}: run `make chromium` (Debian's chromium).", pytrace=False)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def links(server: SiteServer) -> LinkChecker:
    """Follows internal links over HTTP, fetching and parsing each address once per session."""
    return LinkChecker(server)


@pytest.fixture(scope="session")
def visits(browser: Browser, server: SiteServer) -> Iterator[PageVisits]:
    """Each page's single visit on a desktop screen, shared by the accessibility and offline tests."""
    pages = PageVisits(browser, server, DESKTOP, all_requests=True)
    yield pages
    pages.close()


@pytest.fixture(scope="session")
def phone_visits(browser: Browser, server: SiteServer) -> Iterator[PageVisits]:
    """Each page's single visit on a 320 pixel wide phone."""
    pages = PageVisits(browser, server, PHONE, all_requests=False)
    yield pages
    pages.close()


@pytest.fixture
def tab(browser: Browser, server: SiteServer) -> Iterator[Tab]:
    """A fresh desktop-sized page of its own, for a test that drives the site."""
    context = open_context(browser, server, DESKTOP)
    yield Tab(context.new_page(), server)
    context.close()


@pytest.fixture
def phone_tab(browser: Browser, server: SiteServer) -> Iterator[Tab]:
    """A fresh phone-sized page of its own."""
    context = open_context(browser, server, PHONE)
    yield Tab(context.new_page(), server)
    context.close()
