"""Someone who has never seen the memo finds, in three clicks from the home page, what to offer a
taxpayer who cannot use the DUT, the paragraph that says so, and the scenarios that prove it."""

from __future__ import annotations

from tests.browser.browsing import Tab
from tests.browser.site import url_path

PARAGRAPH = "SBSE-05-0126-0020(4)"
"""The Procedural Change: "If a taxpayer cannot use a specific digital communication tool, employees
must first offer any available alternative digital tool before resorting to paper correspondence"."""


def test_three_clicks_from_home_say_what_to_offer_when_the_dut_cannot_be_used_and_which_scenarios_prove_it(
    tab: Tab,
) -> None:
    tab.visit("index.html")

    tab.page.locator("article").get_by_role("link", name="decision table").click()  # 1
    row = tab.page.locator("tr", has_text="The taxpayer cannot use the DUT")
    assert "Offer Enterprise e-Fax system (EEFax); not postal mail yet" in row.inner_text()

    row.get_by_role("link", name=PARAGRAPH).click()  # 2
    tab.page.wait_for_url(lambda url: url.endswith("#sbse-05-0126-0020-4"))
    proof = tab.page.locator(f'.irm-proof[data-paragraph="{PARAGRAPH}"]')
    assert (
        "cannot use a specific digital communication tool"
        in tab.page.locator("#sbse-05-0126-0020-4 + .irm-text").inner_text()
    )
    scenarios = proof.locator("li.irm-scenario")
    assert scenarios.count() > 0, f"no scenario is listed under {PARAGRAPH}"
    assert all("passed" in text for text in scenarios.all_inner_texts()), scenarios.all_inner_texts()

    first = scenarios.first.get_by_role("link")
    anchor = (first.get_attribute("href") or "").partition("#")[2]
    first.click()  # 3
    tab.page.wait_for_url(lambda url: url_path(url) == "/scenarios/memo.html" and url.endswith(f"#{anchor}"))
    scenario = tab.page.locator(f"section#{anchor}")
    assert scenario.is_visible()
    summary = scenario.locator("p").first.inner_text()
    assert "✔ passed" in summary, summary
    assert f"proves {PARAGRAPH}" in summary, summary
    assert not tab.errors, "\n".join(tab.errors)
