"""The site as an employee and a policy analyst read it (issue 15): search leaves struck words out,
every page has its own title, the menu on a phone shows the current part, the tool pages script
the conversation, the matrix sorts and fits a phone, the print view says where it comes from, the
home page starts with the run, and Gherkin wraps on a narrow screen.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.browser.browsing import PHONE_390, Tab, open_context
from tests.browser.site import SiteServer, site_pages
from tests.browser.test_search import search

STRUCK = "can be submitted via Eefax or Document Upload Tool"
"""IRM 5.19.8.4.3(9) as it read before the memorandum struck "Eefax or"."""


@pytest.fixture
def phone(browser: Browser, server: SiteServer) -> Iterator[Tab]:
    """A fresh page on a 390 pixel wide phone."""
    context = open_context(browser, server, PHONE_390)
    yield Tab(context.new_page(), server)
    context.close()


def test_searching_a_struck_passage_never_shows_the_struck_words_as_current_text(tab: Tab) -> None:
    tab.visit("index.html")
    search(tab.page, STRUCK)
    previews: list[str] = tab.page.locator(".md-search-result__article").all_inner_texts()

    assert previews, f"searching {STRUCK!r} found nothing"
    assert not [text for text in previews if "via Eefax or" in text], "\n---\n".join(previews)


def test_the_struck_words_are_on_the_page_struck_and_out_of_search(tab: Tab) -> None:
    tab.visit("sections/irm-5.19.8.4.3/")
    struck = tab.page.locator("#irm-5-19-8-4-3-9 + .irm-text del")

    assert struck.count() == 1
    assert struck.inner_text().strip().startswith("Eefax or")
    assert struck.get_attribute("data-search-exclude") is not None


def test_no_two_pages_share_a_title(site_dir: Path) -> None:
    titles = {}
    for page in site_pages(site_dir):
        found = re.search(r"<title>([^<]*)</title>", (site_dir / page).read_text(encoding="utf-8"))
        titles[page] = found[1] if found else ""
    shared = {title: n for title, n in Counter(titles.values()).items() if n > 1}

    assert not shared, "\n".join(f"{n} pages titled {title!r}" for title, n in shared.items())


@pytest.mark.parametrize(
    ("page", "title", "heading"),
    [
        ("sections/irm-5.19.1.2/", "IRM 5.19.1.2 Balance Due Overview", "IRM 5.19.1.2 Balance Due Overview"),
        ("scenarios/irm-5.19.1.2/", "Scenarios proving IRM 5.19.1.2", "Scenarios proving IRM 5.19.1.2 Balance"),
    ],
)
def test_section_and_scenario_pages_carry_the_irm_number_and_say_what_they_are(
    tab: Tab, page: str, title: str, heading: str
) -> None:
    tab.visit(page)

    assert tab.page.title().startswith(f"{title} - ")
    assert tab.page.locator("h1").inner_text().startswith(heading)


def test_the_navigation_puts_procedures_first_proof_next_and_reference_last(tab: Tab) -> None:
    tab.visit("index.html")
    parts = tab.page.locator(".md-nav--primary > .md-nav__list > .md-nav__item > .md-nav__link").all_inner_texts()

    names = [" ".join(part.split()) for part in parts if part.strip()]
    assert names[-5:] == ["Home", "What do I offer next?", "Procedures", "Scenarios and proof", "Reference"], names


def test_on_a_phone_the_menu_opens_on_the_current_part_only(phone: Tab) -> None:
    phone.visit("sections/irm-5.19.8.4.2/")
    phone.page.locator(".md-header label[for='__drawer']").click()
    phone.page.wait_for_timeout(400)
    links: list[str] = phone.page.locator(".md-sidebar--primary a.md-nav__link").evaluate_all(
        "as => as.filter(a => { const r = a.getBoundingClientRect();"
        " return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth && r.height > 0; })"
        ".map(a => a.textContent.trim())"
    )

    assert any("5.19.8.4.2" in text for text in links), links
    assert not [text for text in links if text.startswith(("The irm command", "API reference"))], links
    assert len(links) <= 30, f"the open menu shows {len(links)} links:\n" + "\n".join(links)


def test_the_dut_page_scripts_the_conversation_and_what_to_tell_for_each_refusal(tab: Tab) -> None:
    tab.visit("tools/dut/")
    steps = tab.page.locator("h2:has-text('The conversation, step by step') + p + ol > li").all_inner_texts()
    refusals = tab.page.locator("table:has(th:has-text('tell the taxpayer')) tbody tr").all_inner_texts()

    assert len(steps) == 4, steps
    assert steps[0].startswith("The taxpayer prefers"), steps
    assert any("20,971,520 bytes is over the maximum" in row for row in refusals), refusals
    assert any("not .tiff" in row for row in refusals), refusals
    assert any("one-time use only and has been used" in row for row in refusals), refusals
    assert any("10 letters and digits" in row for row in refusals), refusals


def test_long_lists_of_scenario_links_are_folded(tab: Tab) -> None:
    tab.visit("tools/dut/")
    folded = tab.page.locator("details.irm-more")

    assert folded.count() == 1
    assert not folded.locator("a").first.is_visible()
    folded.locator("summary").click()
    assert folded.locator("a").first.is_visible()


def _order(tab: Tab, key: str) -> list[int]:
    found: list[int] = tab.page.locator("table.irm-matrix tbody tr").evaluate_all(
        f"rows => rows.map(r => Number(r.dataset.sort{key.capitalize()}))"
    )
    return found


def test_the_matrix_sorts_by_scenarios_status_and_paragraph_from_the_keyboard(tab: Tab) -> None:
    tab.visit("traceability/")
    button = tab.page.locator("th[data-sort='scenarios'] button")
    button.focus()
    tab.page.keyboard.press("Enter")
    assert _order(tab, "scenarios") == sorted(_order(tab, "scenarios"))
    tab.page.keyboard.press("Enter")
    assert _order(tab, "scenarios") == sorted(_order(tab, "scenarios"), reverse=True)
    assert tab.page.locator("th[data-sort='scenarios']").get_attribute("aria-sort") == "descending"
    assert "Sorted by scenarios, descending" in tab.page.locator(".irm-sort-status").inner_text()

    tab.page.locator("th[data-sort='status'] button").click()
    assert _order(tab, "status") == sorted(_order(tab, "status"))
    tab.page.locator("th[data-sort='paragraph'] button").click()
    assert _order(tab, "paragraph") == list(range(38))


def test_on_a_phone_the_matrix_shows_every_column_of_a_row(phone: Tab) -> None:
    phone.visit("traceability/")
    row = phone.page.locator("table.irm-matrix tbody tr").first
    cells = row.locator("th, td")
    boxes = [cells.nth(i).bounding_box() for i in range(cells.count())]
    width: int = phone.page.evaluate("() => window.innerWidth")

    assert len(boxes) == 7  # paragraph, section, tools named, status, passed, policy review, scenarios
    assert all(box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width for box in boxes), boxes
    height: int = phone.page.evaluate("() => document.documentElement.scrollHeight")
    assert height < 30_000, f"the matrix page is {height}px tall on a phone"


def test_the_print_view_starts_with_its_provenance_and_its_headings_step_down(tab: Tab) -> None:
    tab.visit("print/")
    first = tab.page.locator(".md-content h1 + p").inner_text()
    levels: list[str] = tab.page.locator(".md-content .irm-paragraph-id").evaluate_all("hs => hs.map(h => h.tagName)")
    sections: list[str] = tab.page.locator(".md-content h2").all_inner_texts()

    assert "SBSE-05-0126-0020" in first, first
    assert "commit" in first, first
    assert "paragraphs proved" in first, first
    assert re.search(r"\d{4}-\d\d-\d\d", first), first
    assert "H2" not in levels, "paragraph headings share the sections' level"
    assert any(text.startswith("IRM 5.19.8.4.2 ") for text in sections), sections


def test_the_home_page_leads_with_the_assistant_then_the_run_and_each_paragraph_says_how_to_run_it_again(
    tab: Tab,
) -> None:
    tab.visit("index.html")
    lead = tab.page.locator(".md-content h1 + .irm-lead a").first.get_attribute("href")
    run = tab.page.locator(".md-content h1 + .irm-lead + p.irm-run").inner_text()
    tab.visit("sections/irm-5.19.8.4.2/")
    again = tab.page.locator(".irm-proof[data-paragraph='IRM 5.19.8.4.2(7)'] .irm-rerun").inner_text()

    assert lead == "assistant.html"
    assert re.search(r"commit \S+, finished \d{4}-\d\d-\d\d \d\d:\d\d UTC, took [\d.]+ (s|min)", run), run
    assert "make paragraph P='IRM 5.19.8.4.2(7)'" in again


def test_on_a_phone_gherkin_wraps_instead_of_scrolling_sideways(phone: Tab) -> None:
    phone.visit("scenarios/irm-5.19.8.4.2/")
    blocks = phone.page.locator(".language-gherkin pre > code, pre.irm-steps > code")
    wider: list[int] = blocks.evaluate_all("cs => cs.map(c => c.scrollWidth - c.clientWidth)")

    assert blocks.count() > 0
    assert max(wider) <= 1, f"a Gherkin block scrolls sideways by {max(wider)}px"
