"""The assistant "What do I offer next?", driven in Chromium along call paths, each compared with ``irm next``.

Each path states a contact as an employee would (program, party, request, tools in order, preference,
encouragement, events) through the page's own controls; the page's answer must be the one ``irm next``
and ``irm review`` give on the record the page shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

from irm_model.memo import MEMO
from tests.browser.browsing import DESKTOP, PHONE_390, Tab, open_context, settle, tab_until
from tests.browser.site import SCREENSHOTS_DIR, SiteServer
from tests.cli.running import irm

DUT = "Document Upload Tool (DUT)"
EEFAX = "Enterprise e-Fax system (EEFax)"
SM = "TDC Secure Messaging"
CHAT = "Live Assistance (Text Chat)"
FAX = "fax"
ITA = "Interactive Tax Assistant (ITA)"
POSTAL = "postal mail"
ANSWER = {"accepted": "A", "cannot use": "C", "will not use": "W", "exhausted": "X"}
PAGE = "assistant/"


@dataclass(frozen=True)
class Call:
    """One call as it stands: what the employee states on the page."""

    irm: str
    tools: tuple[str, ...]
    events: tuple[tuple[str, ...], ...] = ()
    """``("offered", tool)``, ``("answered", tool, answer)``, ``("help", tool or "")``, ``("explained",)``,
    ``("documented",)``."""
    preference: str = ""
    party: str = "taxpayer"
    requested: str = "information"
    encouraged: bool = False
    day: str = "2026-03-02"


CALLS = {
    "not started, no preference": Call("5.19.1", (DUT, EEFAX)),
    "not started, the preferred tool first": Call("5.19.1", (DUT, EEFAX), preference=EEFAX),
    "preferred tool not available": Call("5.19.2", (DUT, SM), preference=CHAT),
    "cannot use the DUT: the alternative next": Call(
        "5.19.8", (DUT, EEFAX), (("offered", DUT), ("answered", DUT, "cannot use")), encouraged=True
    ),
    "accepted: document the choice": Call(
        "5.19.11", (EEFAX, DUT), (("offered", EEFAX), ("answered", EEFAX, "accepted")), encouraged=True
    ),
    "documented: proceed": Call(
        "5.19.13", (SM,), (("offered", SM), ("answered", SM, "accepted"), ("documented",)), encouraged=True
    ),
    "help asked about a tool": Call("5.19.16", (DUT, EEFAX), (("offered", DUT), ("help", DUT))),
    "help asked in general, then explained": Call(
        "5.19.22", (DUT, EEFAX), (("offered", DUT), ("help", ""), ("explained",)), encouraged=True
    ),
    "every tool declined: postal mail": Call(
        "5.18.1",
        (DUT, EEFAX),
        (("offered", DUT), ("answered", DUT, "will not use"), ("offered", EEFAX), ("answered", EEFAX, "exhausted")),
        encouraged=True,
    ),
    "no tool available: postal mail": Call("5.18.2", ()),
    "postal mail offered too early": Call("1.4.20", (DUT, EEFAX), (("offered", POSTAL),)),
    "postal mail after every tool declined, chosen": Call(
        "5.19.1",
        (FAX,),
        (("offered", FAX), ("answered", FAX, "cannot use"), ("offered", POSTAL), ("answered", POSTAL, "accepted")),
        encouraged=True,
    ),
    "a representative": Call("5.19.8", (DUT, EEFAX, SM), party="representative"),
    "a representative who cannot use the preferred tool": Call(
        "25.12.1",
        (DUT, EEFAX, SM),
        (("offered", SM), ("answered", SM, "cannot use")),
        preference=SM,
        party="representative",
        encouraged=True,
    ),
    "a tax return, digital means not acceptable": Call("5.19.2", (DUT, EEFAX), requested="return-not-acceptable"),
    "a tax return, digital means acceptable": Call("5.19.11", (DUT, ITA), requested="return-acceptable"),
    "offered but never encouraged, a work review finds it": Call(
        "1.4.20", (DUT,), (("offered", DUT), ("answered", DUT, "accepted"), ("documented",))
    ),
    "the preferred tool offered second": Call(
        "5.19.1", (DUT, EEFAX), (("offered", DUT), ("answered", DUT, "cannot use")), preference=EEFAX
    ),
    "three tools, two declined": Call(
        "5.19.22",
        (CHAT, DUT, EEFAX),
        (("offered", CHAT), ("answered", CHAT, "cannot use"), ("offered", DUT), ("answered", DUT, "will not use")),
        encouraged=True,
    ),
    "the first day the guidance governs": Call("5.19.1", (DUT,), day="2026-01-26"),
    "the day before it took effect": Call("5.19.1", (DUT,), day="2026-01-25"),
    "the day it expires": Call("5.19.1", (DUT,), day="2028-01-26"),
}


def symbol(call: Call, event: tuple[str, ...]) -> str:
    """The page's value for an event: its kind and the tool's place in the list (``o1``, ``a2C``, ``oM``)."""

    def slot(name: str) -> str:
        return "M" if name == POSTAL else str(call.tools.index(name) + 1)

    kind = event[0]
    if kind == "offered":
        return "o" + slot(event[1])
    if kind == "answered":
        return "a" + slot(event[1]) + ANSWER[event[2]]
    if kind == "help":
        return "h" + (slot(event[1]) if event[1] else "0")
    return "x" if kind == "explained" else "d"


def state(page: Page, call: Call) -> None:
    """State the call on the page through its controls."""
    page.select_option("#irm-program", str(MEMO.impacted_irms.index(call.irm)))
    page.fill("#irm-date", call.day)
    page.dispatch_event("#irm-date", "change")
    page.check(f"input[name=party][value={call.party}]")
    page.select_option("#irm-requested", call.requested)
    for name in call.tools:
        page.check(f"input[name=tool][value='{name}']")
    page.select_option("#irm-preference", call.preference)
    if call.encouraged:
        page.check("#irm-encouraged")
    for event in call.events:
        page.select_option("#irm-next-event", symbol(call, event))
        page.click("#irm-add")


def shown(page: Page) -> dict[str, Any]:
    """What the page answers: the step, what to document, the reasons, the findings, and the record."""
    return {
        "step": page.text_content("[data-irm-step]"),
        "document": page.text_content("[data-irm-document]") if page.locator("[data-irm-document]").count() else None,
        "reasons": page.locator("[data-irm-reasons] li").all_text_contents(),
        "findings": page.locator("[data-irm-findings] li").evaluate_all(
            "items => items.map(li => [li.dataset.code, li.dataset.severity, li.textContent])"
        ),
        "record": json.loads(page.text_content("#irm-record") or "{}"),
    }


def _cites(cites: list[dict[str, Any]]) -> str:
    return "; ".join(f'{c["paragraph"]} "{c["force"]}"' if c["force"] else c["paragraph"] for c in cites)


def expected(record: dict[str, Any], folder: Path) -> dict[str, Any]:
    """What ``irm next --json`` and ``irm review --json`` say of the record."""
    file = folder / "contact.jsonl"
    file.write_text(json.dumps(record) + "\n", encoding="utf-8")
    said = json.loads(irm("next", "--json", file.name, cwd=folder).out)
    reviewed = json.loads(irm("review", "--json", file.name, cwd=folder).out)["records"][0]
    reasons = [f"{r['text']} ({r['paragraph']}" + (f' "{r["force"]}")' if r["force"] else ")") for r in said["reasons"]]
    words = {"violation": "Violation", "deviation": "Deviation"}
    findings = [
        [f["code"], f["severity"] or "", f"{words.get(f['severity'], 'Finding')}: {f['text']} ({_cites(f['cites'])})"]
        for f in reviewed.get("findings", [])
    ]
    return {
        "applies": said["applies"],
        "step": said["step"],
        "document": said.get("document"),
        "reasons": reasons,
        "findings": findings,
    }


@pytest.mark.parametrize("name", CALLS)
def test_the_page_answers_the_call_as_irm_next_does(name: str, tab: Tab, tmp_path: Path) -> None:
    call = CALLS[name]
    tab.visit(PAGE)
    state(tab.page, call)
    page = shown(tab.page)
    want = expected(page["record"], tmp_path)

    assert page["step"] == want["step"]
    assert page["record"]["program"].startswith("IRM " + call.irm.split(".")[0])
    if want["applies"]:
        assert page["document"] == want["document"]
        assert page["reasons"] == want["reasons"]
        assert page["findings"] == want["findings"]
    assert not tab.errors, tab.errors
    assert not tab.outside_requests(), "the assistant asked for something outside the site"


def test_a_fourth_tool_is_beyond_what_the_page_answers_and_it_says_so(tab: Tab, tmp_path: Path) -> None:
    call = Call("5.19.1", (DUT, EEFAX, SM, CHAT))
    tab.visit(PAGE)
    state(tab.page, call)

    beyond = tab.page.text_content("[data-irm-beyond]") or ""
    record = json.loads(tab.page.text_content("#irm-record") or "{}")

    assert "more than 3 tools" in beyond
    assert "irm next" in beyond
    assert record["tools_available"] == [DUT, EEFAX, SM, CHAT]
    assert expected(record, tmp_path)["step"].startswith("Next: offer Document Upload Tool (DUT) (")


def test_a_contact_at_the_bound_offers_no_more_events_and_says_how_to_go_on(tab: Tab) -> None:
    events = (("offered", DUT), ("answered", DUT, "cannot use"), ("offered", EEFAX), ("answered", EEFAX, "accepted"))
    tab.visit(PAGE)
    state(tab.page, Call("5.19.1", (DUT, EEFAX), events))

    assert tab.page.is_disabled("#irm-add")
    assert "run irm next on the record below" in (tab.page.text_content(".irm-limit") or "")


def test_removing_a_tool_drops_the_events_about_it_and_says_so(tab: Tab) -> None:
    tab.visit(PAGE)
    state(
        tab.page, Call("5.19.1", (DUT, EEFAX), (("offered", DUT), ("answered", DUT, "cannot use"), ("offered", EEFAX)))
    )
    tab.page.uncheck(f"input[name=tool][value='{DUT}']")

    assert tab.page.locator("#irm-events li").all_text_contents() == []
    assert "Removed 3 event(s)" in (tab.page.text_content("#irm-notice") or "")
    assert (tab.page.text_content("[data-irm-step]") or "").startswith("Next: offer Enterprise e-Fax system (EEFax) (")


def test_the_cited_paragraphs_are_links_to_their_paragraphs(tab: Tab) -> None:
    tab.visit(PAGE)
    state(tab.page, Call("5.19.1", (DUT,)))
    hrefs = tab.page.locator("[data-irm-step] a").evaluate_all("links => links.map(a => a.getAttribute('href'))")

    assert hrefs == ["sections/irm-5.19.1.2.html#irm-5-19-1-2-13", "memo.html#sbse-05-0126-0020-1"]


def test_a_call_can_be_stated_by_keyboard_alone_and_the_answer_is_announced(tab: Tab) -> None:
    tab.visit(PAGE)
    page = tab.page
    page.focus("#irm-program")  # where a keyboard user lands after the skip link and the heading's links

    trail = tab_until(page, lambda f: f.tag == "input" and page.evaluate("document.activeElement.value") == DUT, 30)
    assert trail[-1] is not None, "Tab never reached the DUT's checkbox"
    page.keyboard.press("Space")
    tab_until(page, lambda f: f.tag == "select" and page.evaluate("document.activeElement.id") == "irm-next-event", 30)
    page.keyboard.press("ArrowDown")  # the first option is "Offered Document Upload Tool (DUT)"; the second, postal
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "irm-add"
    page.keyboard.press("Enter")

    live = page.locator("#irm-answer")
    assert live.get_attribute("aria-live") == "polite"
    assert live.get_attribute("role") == "status"
    assert page.locator("#irm-events li").all_text_contents() == [f"Offered {DUT}"]
    assert (page.text_content("[data-irm-step]") or "").startswith("Next: ")
    assert page.locator("label[for=irm-next-event]").count() == 1


@pytest.mark.parametrize("viewport", [PHONE_390, {"width": 1366, "height": 768}], ids=["390", "1366"])
def test_a_screenshot_of_the_assistant_mid_call(browser: Browser, server: SiteServer, viewport: Any) -> None:
    context = open_context(browser, server, viewport)
    tab = Tab(context.new_page(), server)
    tab.visit(PAGE)
    state(tab.page, CALLS["cannot use the DUT: the alternative next"])
    settle(tab.page)
    SCREENSHOTS_DIR.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS_DIR / f"assistant-{viewport['width']}.png"
    tab.page.screenshot(path=target, full_page=True)
    overflow = tab.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    context.close()

    assert target.stat().st_size > 10_000
    assert overflow <= 0, f"the assistant is {overflow}px wider than a {viewport['width']}px screen"


def test_the_page_works_opened_from_a_plain_folder(browser: Browser, server: SiteServer) -> None:
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.goto((server.folder / "assistant.html").resolve().as_uri(), wait_until="load")
    page.check(f"input[name=tool][value='{DUT}']")
    step = page.text_content("[data-irm-step]") or ""
    context.close()

    assert step.startswith(f"Next: offer {DUT} (")


def test_the_decision_table_on_a_phone_is_a_short_line_per_row_with_its_citations_in_sight(
    browser: Browser, server: SiteServer
) -> None:
    context = open_context(browser, server, PHONE_390)
    tab = Tab(context.new_page(), server)
    tab.visit("decisions/")
    rows = tab.page.locator(".irm-decisions tbody tr")
    count = rows.count()
    boxes = [rows.nth(i).locator("td").nth(2).bounding_box() for i in range(count)]
    overflow = tab.page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    links = rows.first.locator("td").nth(2).locator("a").count()
    context.close()

    assert count >= 8
    assert all(box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390 for box in boxes)
    assert links >= 2, "the first row's citations are links"
    assert overflow <= 0
