"""Every page meets WCAG 2.2 A and AA and axe's best practices, as far as axe-core can tell; so does the open search.

No axe rule is switched off: a finding is fixed in docs/assets/irm.css, in the theme overrides
(overrides/) or in the generated HTML (src/irm_site/render.py).
"""

from __future__ import annotations

import pytest

from tests.browser import axe
from tests.browser.browsing import PageVisits, Tab, ends_on, is_search_box, result_links, settle, tab_until


def test_the_page_has_no_wcag_2_2_aa_violations(site_page: str, visits: PageVisits) -> None:
    found = visits.of(site_page).violations

    assert not found, f"{site_page}: {len(found)} WCAG 2.2 A/AA or best-practice rules fail:\n{axe.describe(found)}"


def test_the_page_on_a_320_pixel_phone_fits_the_screen_and_has_no_violations(
    site_page: str, phone_visits: PageVisits
) -> None:
    visit = phone_visits.of(site_page)
    found = visit.violations

    assert visit.overflow <= 0, f"{site_page} is {visit.overflow}px wider than the phone: it must reflow (1.4.10)"
    assert not found, f"{site_page} on a phone: {len(found)} axe rules fail:\n{axe.describe(found)}"


@pytest.mark.parametrize("screen", ["tab", "phone_tab"], ids=["desktop", "phone"])
def test_the_open_search_showing_results_has_a_name_and_no_violations(
    screen: str, request: pytest.FixtureRequest
) -> None:
    tab: Tab = request.getfixturevalue(screen)
    tab.visit("index.html")

    trail = tab_until(tab.page, is_search_box, presses=10)
    assert ends_on(trail, is_search_box), "Tab never reached the search box"
    tab.page.keyboard.type("5.19.8.4.2")
    tab.page.locator(".md-search-result__link").first.wait_for()
    settle(tab.page)

    named_dialogs = tab.page.get_by_role("dialog", name="Search").count()
    found = axe.violations(tab.page)

    assert result_links(tab.page), "the search showed no results"
    assert named_dialogs == 1, "the search dialog has no accessible name (role=dialog, aria-label)"
    assert not found, f"the open search: {len(found)} WCAG 2.2 A/AA or best-practice rules fail:\n{axe.describe(found)}"
