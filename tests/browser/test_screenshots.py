"""Full-page screenshots of the pages people look at most, saved for review in build/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.browsing import PHONE_390, Tab, open_context, settle
from tests.browser.site import SCREENSHOTS_DIR, SiteServer

PAGES = {
    "home": "index.html",
    "irm-5.19.8.4.2": "sections/irm-5.19.8.4.2/",
    "traceability": "traceability/",
}
PHONE_PAGES = {
    "phone-irm-5.19.8.4.2": "sections/irm-5.19.8.4.2/",
    "phone-traceability": "traceability/",
    "phone-dut": "tools/dut/",
}
"""At 390 pixels, a phone's width: a section page, the matrix and a tool page."""


def screenshot(tab: Tab, address: str, name: str) -> tuple[Path, int]:
    """Save the whole page at ``address`` as ``build/screenshots/<name>.png``; its file and how far it overflows."""
    tab.visit(address)
    tab.page.wait_for_load_state("networkidle")
    settle(tab.page)
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS_DIR / f"{name}.png"
    tab.page.screenshot(path=target, full_page=True)
    overflow: int = tab.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    return target, overflow


@pytest.mark.parametrize("name", PAGES)
def test_the_page_fits_the_screen_and_its_screenshot_is_saved(name: str, tab: Tab) -> None:
    target, overflow = screenshot(tab, PAGES[name], name)

    assert target.stat().st_size > 10_000, f"{target} is nearly empty"
    assert overflow <= 0, f"{PAGES[name]} is {overflow}px wider than the window: something does not fit"


@pytest.mark.parametrize("name", PHONE_PAGES)
def test_on_a_390_pixel_phone_the_page_fits_and_its_screenshot_is_saved(
    name: str, browser: Browser, server: SiteServer
) -> None:
    context = open_context(browser, server, PHONE_390)
    tab = Tab(context.new_page(), server)
    try:
        target, overflow = screenshot(tab, PHONE_PAGES[name], name)
    finally:
        context.close()

    assert target.stat().st_size > 10_000, f"{target} is nearly empty"
    assert overflow <= 0, f"{PHONE_PAGES[name]} is {overflow}px wider than a 390 px phone"
