"""The site works on a network with no way out: no page asks anything of another host, and
everything a page loads from the site is there.

Requests that would leave the site are recorded, then aborted, so the outcome never depends on
the network; requests from the search worker count too.
"""

from __future__ import annotations

from tests.browser.browsing import PageVisits
from tests.browser.site import SiteServer


def test_the_page_requests_nothing_from_outside_the_site(
    site_page: str, visits: PageVisits, server: SiteServer
) -> None:
    visit = visits.of(site_page)
    outside = visit.outside_requests

    assert visit.requests, f"{site_page}: the browser made no request at all, not even for the page"
    listing = "\n".join(f"    {url}" for url in outside)
    assert not outside, f"{site_page} requested {len(outside)} addresses outside {server.origin}/:\n{listing}"


def test_everything_the_page_loads_from_the_site_is_there(site_page: str, visits: PageVisits) -> None:
    missing = visits.of(site_page).missing

    assert not missing, f"{site_page}: {len(missing)} requests to the site failed:\n" + "\n".join(missing)


def test_the_page_runs_its_scripts_without_errors(site_page: str, visits: PageVisits) -> None:
    errors = visits.of(site_page).errors

    assert not errors, f"{site_page} raised {len(errors)} script errors:\n" + "\n".join(errors)
