"""The traceability matrix filters its paragraphs by IRM, by tool named and by status."""

from __future__ import annotations

from playwright.sync_api import Page

from tests.browser.browsing import Tab

PAGE = "traceability/"


def shown(page: Page) -> list[dict[str, str]]:
    """The rows the matrix shows: their paragraph, IRM, tools and status."""
    rows: list[dict[str, str]] = page.locator("table.irm-matrix tbody tr:not([hidden])").evaluate_all(
        """rows => rows.map(r => ({id: r.querySelector("th").textContent, program: r.dataset.program,
                                  tools: r.dataset.tools, status: r.dataset.status,
                                  named: r.cells[2].textContent}))"""
    )
    return rows


def count(page: Page) -> str:
    text: str = page.locator("[data-irm-count]").inner_text()
    return text


def test_the_filters_show_once_the_page_has_loaded_with_every_paragraph(tab: Tab) -> None:
    tab.visit(PAGE)
    every = tab.page.locator("table.irm-matrix tbody tr").count()

    assert tab.page.locator("form.irm-filter").is_visible()
    assert len(shown(tab.page)) == every == 38
    assert count(tab.page) == "38 of 38 paragraphs shown"


def test_choosing_a_tool_shows_only_the_paragraphs_that_name_it(tab: Tab) -> None:
    tab.visit(PAGE)
    tab.page.get_by_label("Tool", exact=True).select_option(label="Enterprise e-Fax system (EEFax)")
    rows = shown(tab.page)

    assert rows, "no paragraph names EEFax"
    assert all("eefax" in row["tools"].split() and "EEFax" in row["named"] for row in rows), rows
    assert count(tab.page) == f"{len(rows)} of 38 paragraphs shown"
    assert "tool=eefax" in tab.page.url


def test_an_irm_and_a_status_combine_and_show_all_brings_every_row_back(tab: Tab) -> None:
    tab.visit(PAGE)
    tab.page.get_by_label("Program", exact=True).select_option("IRM 5.19.8")
    tab.page.get_by_label("Status", exact=True).select_option("proved")
    rows = shown(tab.page)

    assert [row["id"] for row in rows] == [
        "IRM 5.19.8.4(4)",
        "IRM 5.19.8.4.2(5)",
        "IRM 5.19.8.4.2(7)",
        "IRM 5.19.8.4.2.2(10)",
        "IRM 5.19.8.4.3(9)",
        "IRM 5.19.8.4.3.2(4)",
        "IRM 5.19.8.4.7.3(1)",
        "IRM 5.19.8.4.7.4(1)",
        "IRM 5.19.8.4.7.5(7)",
    ]
    tab.page.get_by_label("Status", exact=True).select_option("failing")
    assert shown(tab.page) == []
    assert count(tab.page) == "0 of 38 paragraphs shown"

    tab.page.get_by_role("button", name="Show all").click()
    tab.page.wait_for_function("() => document.querySelector('[data-irm-count]').textContent.startsWith('38 ')")
    assert len(shown(tab.page)) == 38


def test_a_filtered_address_opens_the_matrix_filtered(tab: Tab) -> None:
    file = tab.visit(PAGE)
    tab.page.goto(tab.server.url(file) + "?program=IRM+25.12.1&tool=dut")

    assert [row["id"] for row in shown(tab.page)] == ["IRM 25.12.1.1.5(5)"]
    assert tab.page.get_by_label("Program", exact=True).input_value() == "IRM 25.12.1"
    assert not tab.errors, "\n".join(tab.errors)


def test_the_policy_review_filter_shows_the_paragraphs_in_that_state_and_says_how_many(tab: Tab) -> None:
    tab.visit(PAGE)
    states = tab.page.locator("table.irm-matrix tbody tr").evaluate_all("rows => rows.map(r => r.dataset.review)")
    never = states.count("never-reviewed")
    tab.page.get_by_label("Policy review", exact=True).select_option("never-reviewed")
    rows = shown(tab.page)
    column = tab.page.locator("table.irm-matrix tbody tr:not([hidden]) td[data-label='Policy review']")
    words = {" ".join(text.split()) for text in column.all_inner_texts()}

    assert len(rows) == never > 0
    assert count(tab.page) == f"{never} of 38 paragraphs shown"
    assert "review=never-reviewed" in tab.page.url
    assert words, "the matrix shows no policy review column"
    assert all("never reviewed" in word for word in words), words

    tab.page.get_by_label("Policy review", exact=True).select_option("signed-off")
    assert len(shown(tab.page)) == states.count("signed-off")
