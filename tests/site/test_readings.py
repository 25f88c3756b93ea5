"""The readings register and the words of force on the site: the readings page, the lines under each
paragraph, the decision table's citations and traceability.json, from plain data, without a site.

The model's force words and readings are being written by hand; these tests use made-up data, or
assert only the shape of what the real register gives.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import markdown  # type: ignore[import-untyped]

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.readings import READINGS, ReadingStatus
from irm_model.reasons import Reason
from irm_model.tools import TOOLS, Channel
from irm_site import generated, render
from irm_site.register import readings_page
from irm_site.trace import ParagraphView, traceability

P13 = ParagraphId.parse("IRM 5.19.1.2(13)")
P14 = ParagraphId.parse("IRM 5.19.1.2(14)")
PC2 = ParagraphId.parse("SBSE-05-0126-0020(2)")
PAGE = "sections/irm-5.19.1.2.md"


def reading(key: str, *paragraphs: str, **changes: Any) -> dict[str, Any]:
    """A made-up reading, as ``Reading.as_data`` gives it."""
    return {
        "key": key,
        "question": f"What does {key} mean?",
        "paragraphs": list(paragraphs) or ["IRM 5.19.1.2(13)"],
        "taken": f"The {key} reading",
        "why": f"Because of {key}.",
        "status": ReadingStatus.AWAITING.value,
        "confirmed_by": None,
        "confirmed_on": None,
        **changes,
    }


CONFIRMED = {
    "status": ReadingStatus.CONFIRMED.value,
    "confirmed_by": "A. Analyst, Policy",
    "confirmed_on": "2026-03-02",
}


def html(text: str) -> str:
    """Markdown as the site renders it (the extensions these fragments rely on)."""
    extensions = ["attr_list", "md_in_html", "tables", "toc", "pymdownx.tilde", "pymdownx.betterem"]
    return str(markdown.markdown(text, extensions=extensions))


# Markdown text ------------------------------------------------------------------------------------


def test_text_from_the_register_shows_its_own_characters_not_markup() -> None:
    text = 'masked (**********), file_name, [x], a|b, ~~no~~, <b> & "15 mb", `code`, # { #id }'
    rendered = html(render.markdown_text(text))
    assert re.findall(r"<(\w+)", rendered) == ["p"]  # no bold, emphasis, strike, link, code or raw tag
    assert unescape(re.sub(r"</?p>", "", rendered)) == text


def test_asterisks_underscores_and_brackets_stay_literal() -> None:
    rendered = html(render.markdown_text("masked (**********) as file_name [x]"))
    assert rendered == "<p>masked (**********) as file_name [x]</p>"


# Under each paragraph: its readings ------------------------------------------------------------------


def test_a_paragraph_no_reading_touches_shows_nothing() -> None:
    assert render.readings_line((), PAGE) == ""


def test_each_reading_touching_a_paragraph_is_linked_to_its_entry_with_its_status() -> None:
    line = render.readings_line([reading("fifteen_mb"), reading("day_zero", **CONFIRMED)], PAGE)

    assert line.startswith('<div class="irm-readings" markdown="1">')
    assert "Readings where the text is silent ([all readings](../readings.md)):" in line
    assert "- [What does fifteen\\_mb mean?](../readings.md#fifteen_mb) (awaiting policy confirmation)" in line
    confirmed = "(confirmed by A. Analyst, Policy on 2026-03-02)"
    assert f"- [What does day\\_zero mean?](../readings.md#day_zero) {confirmed}" in line
    assert line.index("fifteen_mb)") < line.index("day_zero)")  # the order given: the register's


def test_links_to_readings_are_relative_to_the_page_that_shows_them() -> None:
    assert "(readings.md#x)" in render.readings_line([reading("x")], "memo.md")
    assert "(readings.md#x)" in render.readings_line([reading("x")], "print.md")


def test_the_reading_status_is_words_and_names_who_confirmed_and_when() -> None:
    assert render.reading_status(reading("x")) == "awaiting policy confirmation"
    assert render.reading_status(reading("x", **CONFIRMED)) == "confirmed by A. Analyst, Policy on 2026-03-02"


# Under each paragraph: its words of force -----------------------------------------------------------


def test_force_words_are_gathered_per_paragraph_each_once_from_every_entry() -> None:
    entries = [{P13: "must", PC2: "should"}, {P13: "must"}, {P14: "may"}, {}, {P13: "are required to"}]

    words = render.force_words(entries)

    assert words == {P13: ("must", "are required to"), P14: ("may",), PC2: ("should",)}


def test_a_quote_within_a_longer_quote_of_the_same_paragraph_is_shown_within_it() -> None:
    entries = [
        {P13: "must offer"},
        {P13: "Must offer and encourage"},
        {P13: "may"},
        {P13: "dismay"},
        {P14: "must offer"},
    ]

    words = render.force_words(entries)

    assert words == {P13: ("Must offer and encourage", "may", "dismay"), P14: ("must offer",)}


def test_force_words_come_in_the_order_the_text_says_them_and_unquoted_ones_last() -> None:
    entries = [{P13: "should only be offered"}, {P13: "elsewhere"}, {P13: "Must"}]
    text = "The tools must be offered and declined. Postal mail should only be offered to taxpayers who ..."

    assert render.force_words(entries, {P13: text}) == {P13: ("Must", "should only be offered", "elsewhere")}


def test_the_force_line_quotes_each_word_and_is_empty_without_words() -> None:
    assert render.force_line(()) == ""
    line = render.force_line(("must", "should only be offered"))
    assert line == '<p class="irm-force">Words of force: “must”, “should only be offered”</p>\n\n'
    assert "&lt;b&gt;" in render.force_line(("<b>",))


def test_the_paragraph_block_shows_force_and_readings_between_its_text_and_its_proof() -> None:
    view = ParagraphView(P13, "Contacts", ())
    force = render.force_line(("must",))
    readings = render.readings_line([reading("severity")], PAGE)
    decided = '<p class="irm-rules" markdown="1">Decided by: x</p>\n\n'

    block = render.paragraph_block(view, "Offer the DUT.", str, decided=decided, force=force, readings=readings)

    text, rest = block.split("</div>", 1)
    assert "Offer the DUT." in text
    order = [rest.index(part) for part in ("Words of force", "Decided by", "Readings where", '<div class="irm-proof"')]
    assert order == sorted(order)
    plain = render.paragraph_block(view, "Offer the DUT.", str)
    assert "Words of force" not in plain
    assert "Readings where" not in plain


def test_the_readings_line_renders_as_a_list_of_links() -> None:
    rendered = html(render.readings_line([reading("a"), reading("b")], PAGE))
    assert rendered.count("<li>") == 2
    assert '<a href="../readings.md#a">What does a mean?</a>' in rendered


# The readings page ----------------------------------------------------------------------------------


def test_the_readings_page_groups_readings_by_status_awaiting_first() -> None:
    page = readings_page([reading("one", **CONFIRMED), reading("two"), reading("three")])

    awaiting, confirmed = page.index("## Awaiting policy confirmation (2)"), page.index("## Confirmed (1)")
    assert awaiting < page.index("{ #two }") < page.index("{ #three }") < confirmed < page.index("{ #one }")
    assert "3 readings: 2 awaiting policy confirmation, 1 confirmed." in page
    assert "- **Status:** confirmed by A. Analyst, Policy on 2026-03-02" in page


def test_an_empty_group_says_so() -> None:
    page = readings_page([reading("one")])
    assert "## Confirmed (0)\n\nNone yet." in page


def test_each_reading_has_its_question_taken_why_and_paragraphs_linked_from_the_page() -> None:
    entry = reading("fifteen_mb", "IRM 5.19.1.2(13)", "SBSE-05-0126-0020(2)", why="IRM 5.19.1.2(14) says so.")

    page = readings_page([entry], "readings.md", (P13, P14, PC2), {"fifteen_mb": ["file_too_large"]})

    assert "### What does fifteen\\_mb mean? { #fifteen_mb }" in page
    assert "- **Reading taken:** The fifteen\\_mb reading" in page
    assert "- **Why:** [IRM 5.19.1.2(14)](sections/irm-5.19.1.2.md#irm-5-19-1-2-14) says so." in page
    assert (
        "- **Paragraphs whose text leaves it open:** [IRM 5.19.1.2(13)](sections/irm-5.19.1.2.md#irm-5-19-1-2-13), "
        "[SBSE-05-0126-0020(2)](memo.md#sbse-05-0126-0020-2)"
    ) in page
    assert "- **In the register:** `Readings.fifteen_mb`; reasons that rest on it: `file_too_large`" in page


def test_each_readings_anchor_is_its_key() -> None:
    rendered = html(readings_page([reading("fifteen_mb"), reading("day_zero", **CONFIRMED)]))
    assert re.findall(r'<h3 id="([^"]+)"', rendered) == ["fifteen_mb", "day_zero"]
    assert '<h3 id="fifteen_mb">What does fifteen_mb mean?</h3>' in rendered


def test_the_register_renders_every_reading_under_its_key_citing_only_memo_paragraphs() -> None:
    """The real register: one entry per reading, each anchored by its key (its words are not asserted)."""
    rendered = html(readings_page([r.as_data() for r in READINGS], known=MEMO_PARAGRAPHS))

    awaiting = [r.key for r in READINGS if r.status is ReadingStatus.AWAITING]
    confirmed = [r.key for r in READINGS if r.status is ReadingStatus.CONFIRMED]
    assert re.findall(r'<h3 id="([^"]+)"', rendered) == awaiting + confirmed
    assert all(p in MEMO_PARAGRAPHS for r in READINGS for p in r.paragraphs)


# The decision table's citations -------------------------------------------------------------------------


def because(paragraph: ParagraphId, force: str | None, *readings: str) -> Reason:
    return Reason(code="x", paragraph=paragraph, text="t", force=force, readings=readings)


def test_each_citation_shows_the_words_of_force_its_reasons_quote() -> None:
    reasons = [because(P13, "must"), because(PC2, "should"), because(P13, "must"), because(P14, None)]

    cites = generated.citations(reasons, lambda p: p.link)

    assert cites == (
        "[IRM 5.19.1.2(13)](sections/irm-5.19.1.2.md#irm-5-19-1-2-13) (must), "
        "[SBSE-05-0126-0020(2)](memo.md#sbse-05-0126-0020-2) (should), "
        "[IRM 5.19.1.2(14)](sections/irm-5.19.1.2.md#irm-5-19-1-2-14)"
    )


def test_a_paragraph_cited_with_two_words_shows_both() -> None:
    assert generated.citations([because(P13, "must"), because(P13, "may")], lambda p: "x") == (
        "[IRM 5.19.1.2(13)](x) (must; may)"
    )


def test_the_readings_a_row_rests_on_are_linked_once_each() -> None:
    reasons = [because(P13, "must", "severity"), because(PC2, None, "severity", "if_available_struck")]

    assert generated.readings_cited(reasons, lambda key: f"readings.md#{key}") == (
        "[severity](readings.md#severity), [if available struck](readings.md#if_available_struck)"
    )
    assert generated.readings_cited([because(P13, "must")], str) == "—"


def test_the_dut_facts_link_the_readings_their_values_rest_on() -> None:
    page = generated.tool_page(TOOLS[Channel.DUT], [], "tools/dut.md")

    facts = page[page.index("## The facts the rules use") :]
    for key in ("fifteen_mb", "extension_case", "jpeg_refused", "access_code_case", "access_code_used_when"):
        assert f"](../readings.md#{key})" in facts, key


# traceability.json ---------------------------------------------------------------------------------------


def test_traceability_carries_force_words_and_reading_keys_per_paragraph_and_the_readings_once() -> None:
    views = [ParagraphView(P13, "Contacts", ()), ParagraphView(P14, "Contacts", ())]
    register = [{**reading("severity"), "url": "readings/#severity"}]

    data = traceability(
        views, {}, None, {}, {}, force_words={P13: ("must", "should")}, readings={P13: ["severity"]}, register=register
    )

    [thirteen, fourteen] = data["paragraphs"]
    assert (thirteen["force_words"], thirteen["readings"]) == (["must", "should"], ["severity"])
    assert (fourteen["force_words"], fourteen["readings"]) == ([], [])
    assert data["readings"] == [{**register[0], "review": None}]  # no sign-off ledger given: review is null
    assert list(data) == ["schema_version", "memo", "run", "history_runs", "paragraphs", "readings"]


def test_without_a_register_traceability_has_no_readings() -> None:
    data = traceability([ParagraphView(P13, "Contacts", ())], {}, None, {}, {})
    assert data["readings"] == []
    assert data["paragraphs"][0]["force_words"] == []
