"""A keyboard alone finds a section by its number and walks its paragraphs by their permalinks."""

from __future__ import annotations

from tests.browser.browsing import Focus, Tab, ends_on, focused, is_search_box, result_links, settle, tab_until
from tests.browser.site import page_file, url_path, web_path

SECTION = "sections/irm-5.19.8.4.2/"


def _trail(trail: list[Focus | None], last: int = 25) -> str:
    """Where the focus went, one stop a line (the last ``last`` stops)."""
    lines = [f"    {index:3} {focus}" for index, focus in enumerate(trail, start=1)]
    skipped = [f"    ... {len(lines) - last} earlier stops"] if len(lines) > last else []
    return "\n".join(skipped + lines[-last:])


def test_from_the_home_page_tab_reaches_search_and_5_19_8_4_2_finds_its_section_page(tab: Tab) -> None:
    tab.visit("index.html")
    section_file = page_file(tab.server.folder, SECTION)
    assert section_file is not None, f"the site has no page {SECTION}: run `make site`"
    section = web_path(section_file)

    trail = tab_until(tab.page, is_search_box, presses=30)
    assert ends_on(trail, is_search_box), (
        f"30 presses of Tab never reached the search box; the focus went through:\n{_trail(trail)}"
    )
    tab.page.keyboard.type("5.19.8.4.2")
    tab.page.locator(".md-search-result__link").first.wait_for()
    found = [url_path(link) for link in result_links(tab.page)]
    assert section in found, f"the results do not link to {section}; they link to:\n" + "\n".join(found)

    # Arrow keys move through the results; Enter opens the focused one.
    def is_the_section(focus: Focus) -> bool:
        return focus.href is not None and url_path(focus.href) == section

    steps: list[Focus | None] = []
    for _ in range(4 * len(found)):
        tab.page.keyboard.press("ArrowDown")
        steps.append(focused(tab.page))
        if ends_on(steps, is_the_section):
            break
    assert ends_on(steps, is_the_section), (
        f"ArrowDown never focused the result for {section}; it went through:\n{_trail(steps)}"
    )
    tab.page.keyboard.press("Enter")
    tab.page.wait_for_url(lambda url: url_path(url) == section)
    outside = tab.outside_requests()

    assert not outside, "searching asked outside the site:\n" + "\n".join(outside)
    assert not tab.errors, "searching raised script errors:\n" + "\n".join(tab.errors)


def test_on_a_section_page_tab_reaches_every_paragraph_permalink_in_order_and_shows_it(tab: Tab) -> None:
    tab.visit(SECTION)
    paragraphs: list[str] = tab.page.locator("h2.irm-paragraph-id").evaluate_all("hs => hs.map(h => h.id)")
    assert paragraphs, f"{SECTION} shows no paragraph (no h2.irm-paragraph-id)"
    stops: int = tab.page.evaluate("() => document.querySelectorAll('a[href], button, input, [tabindex]').length")

    reached: list[str] = []
    hidden: list[str] = []
    trail: list[Focus | None] = []
    for _ in range(stops + 10):
        tab.page.keyboard.press("Tab")
        now = focused(tab.page)
        trail.append(now)
        heading = None if now is None else now.heading
        if heading is None or heading not in paragraphs:
            continue
        reached.append(heading)
        settle(tab.page)  # a permalink fades in when focused
        shown = focused(tab.page)
        if shown is None or shown.opacity < 1:
            hidden.append(f"{heading} (opacity {None if shown is None else shown.opacity})")
        if heading == paragraphs[-1]:
            break

    assert reached == paragraphs, (
        f"Tab reached the paragraph permalinks {reached}, expected {paragraphs} in that order; "
        f"the focus went through:\n{_trail(trail)}"
    )
    assert not hidden, f"focused permalinks that cannot be seen: {hidden}"
