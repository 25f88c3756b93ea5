"""Search finds paragraphs by their id, by tool and by words, from the server and from a plain folder.

From a folder (``file://``) Material's search runs its worker through the iframe-worker shim,
which the site serves itself (``docs/assets/javascripts/iframe-worker.js``): nothing is fetched
from elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Route

from tests.browser.browsing import DESKTOP, TIMEOUT_MS, Tab, result_links
from tests.browser.site import url_path


def search(page: Page, query: str) -> list[str]:
    """Type a query into the header's search box; the pages of the results, in order, without repeats."""
    page.locator("input.md-search__input").click()
    page.keyboard.type(query)
    page.locator(".md-search-result__link").first.wait_for()
    return list(dict.fromkeys(url_path(link) for link in result_links(page)))


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("5.19.8.4.2", "/sections/irm-5.19.8.4.2.html"),
        ("5.19.8.4.2.2", "/sections/irm-5.19.8.4.2.2.html"),
        ("5.19.1.2(14)", "/sections/irm-5.19.1.2.html"),
        ("1.4.20", "/sections/irm-1.4.20.20.html"),
        ("withholding rate", "/sections/irm-5.19.11.7.1.2.html"),
        ("Live Assistance", "/tools/live-assistance.html"),
    ],
)
def test_search_lists_the_page_that_answers_first(tab: Tab, query: str, first: str) -> None:
    tab.visit("index.html")
    found = search(tab.page, query)

    assert found[0] == first, f"searching {query!r} listed first {found[0]}; the pages were:\n" + "\n".join(found)
    assert not tab.errors, "searching raised script errors:\n" + "\n".join(tab.errors)


def test_searching_a_paragraph_links_straight_to_the_paragraph(tab: Tab) -> None:
    tab.visit("index.html")
    search(tab.page, "5.19.1.2(14)")
    links = result_links(tab.page)

    assert any(link.endswith("#irm-5-19-1-2-14") for link in links), "no result links to #irm-5-19-1-2-14:\n" + (
        "\n".join(links)
    )


def test_search_leaves_the_api_reference_and_the_print_view_to_their_readers(tab: Tab) -> None:
    tab.visit("index.html")
    found = search(tab.page, "access code")

    assert "/tools/dut.html" in found
    assert not [page for page in found if page.startswith("/api/")], "\n".join(found)
    assert "/print.html" not in found, "\n".join(found)


@pytest.fixture
def folder_page(browser: Browser, site_dir: Path) -> Iterator[tuple[Page, list[str], list[str]]]:
    """A page for the site opened from its folder, recording (then aborting) requests that leave it."""
    context = browser.new_context(viewport=DESKTOP, service_workers="block")
    context.set_default_timeout(TIMEOUT_MS)
    inside = site_dir.as_uri() + "/"
    outside: list[str] = []
    errors: list[str] = []

    def only_the_folder(route: Route) -> None:
        url = route.request.url
        if url.startswith((inside, "about:", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(url)
            route.abort("blockedbyclient")

    context.route("**/*", only_the_folder)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page, outside, errors
    context.close()


def test_from_a_plain_folder_search_finds_5_19_8_4_2_first_and_asks_nothing_outside(
    folder_page: tuple[Page, list[str], list[str]], site_dir: Path
) -> None:
    page, outside, errors = folder_page
    page.goto((site_dir / "index.html").as_uri(), wait_until="load")
    found = search(page, "5.19.8.4.2")
    section = (site_dir / "sections" / "irm-5.19.8.4.2.html").as_posix()

    assert found[0] == section, f"from the folder, the first result is {found[0]}:\n" + "\n".join(found)
    assert not outside, "searching from the folder asked outside it:\n" + "\n".join(outside)
    assert not errors, "\n".join(errors)
