"""Full-page screenshots of the pages people look at most, saved for review in build/screenshots/."""

from __future__ import annotations

import pytest

from tests.browser.browsing import Tab, settle
from tests.browser.site import SCREENSHOTS_DIR

PAGES = {
    "home": "index.html",
    "irm-5.19.8.4.2": "sections/irm-5.19.8.4.2/",
    "traceability": "traceability/",
}


@pytest.mark.parametrize("name", PAGES)
def test_the_page_fits_the_screen_and_its_screenshot_is_saved(name: str, tab: Tab) -> None:
    tab.visit(PAGES[name])
    tab.page.wait_for_load_state("networkidle")
    settle(tab.page)
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS_DIR / f"{name}.png"

    tab.page.screenshot(path=target, full_page=True)

    assert target.stat().st_size > 10_000, f"{target} is nearly empty"
    overflow: int = tab.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{PAGES[name]} is {overflow}px wider than the window: something does not fit"
