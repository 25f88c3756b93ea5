"""Every link inside the site leads to a page that exists and, with a #fragment, to its element.

Pages are fetched over HTTP from the local server and parsed with the standard library's HTML
parser, each once per session; the browser is not needed.
"""

from __future__ import annotations

from tests.browser.site import LinkChecker


def test_every_internal_link_and_anchor_on_the_page_resolves(site_page: str, links: LinkChecker) -> None:
    broken = links.broken_links(site_page)

    assert not broken, f"{site_page} has {len(broken)} broken links:\n" + "\n".join(f"    {b}" for b in broken)
