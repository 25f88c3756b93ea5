"""Which tools each paragraph names, read from the paragraphs' own words, not kept by hand."""

from __future__ import annotations

import pytest

from irm_model.paragraphs import ParagraphId
from irm_model.tools import TOOLS, Channel
from irm_site.naming import Naming, name_pattern, naming, tools_named
from irm_site.pages import parse_page, plain_text

P = ParagraphId.parse
HEARING = """\
---
section: IRM 5.19.8.4.3
title: Equivalent Hearing
revised: 2026-01-26
---

/// paragraph | IRM 5.19.8.4.3(9)
A taxpayer's request for an equivalent hearing can be submitted via ~~Eefax or~~ **Document Upload
Tool (DUT)**. See IRM 5.19.8.4(4) for further guidance.
///
"""


def test_the_words_of_a_paragraph_leave_out_struck_text_and_bold_markers() -> None:
    assert plain_text("Send it by ~~fax or~~ **the DUT**,\nnot ~~by\nmail~~ paper.") == "Send it by the DUT, not paper."


def test_a_block_keeps_its_text_as_the_page_writes_it() -> None:
    [block] = parse_page("sections/irm-5.19.8.4.3.md", HEARING, None).blocks
    assert block.body == (
        "A taxpayer's request for an equivalent hearing can be submitted via ~~Eefax or~~ **Document Upload\n"
        "Tool (DUT)**. See IRM 5.19.8.4(4) for further guidance."
    )
    assert block.text == (
        "A taxpayer's request for an equivalent hearing can be submitted via Document Upload Tool (DUT). "
        "See IRM 5.19.8.4(4) for further guidance."
    )


def test_a_tool_struck_from_a_paragraph_is_not_named_by_it() -> None:
    [block] = parse_page("sections/irm-5.19.8.4.3.md", HEARING, None).blocks
    assert tools_named(block.body) == (Channel.DUT,)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Offer the DUT.", (Channel.DUT,)),
        ("offer the dut", (Channel.DUT,)),  # any case
        ("The Document Upload\nTool (DUT) and EEFAX", (Channel.DUT, Channel.EEFAX)),  # across a line break
        ("e-fax, Secure Messaging, text chat", (Channel.EEFAX, Channel.TDC_SECURE_MESSAGING, Channel.LIVE_ASSISTANCE)),
        ("DUTS", ()),  # not inside a longer word
        ("pre-DUT and DUT-like", ()),  # a hyphen joins words
        ("The live chatbot", (Channel.LIVE_CHATBOT,)),
        ("Send it by mail or fax.", ()),  # fax and postal mail are not digital tools
    ],
)
def test_a_tool_is_named_by_any_of_its_names_as_a_whole_word(text: str, named: tuple[Channel, ...]) -> None:
    assert tools_named(text) == named


def test_the_tools_are_named_in_the_order_given() -> None:
    tools = {Channel.EEFAX: TOOLS[Channel.EEFAX], Channel.DUT: TOOLS[Channel.DUT]}
    assert tools_named("DUT or EEFax", tools) == (Channel.EEFAX, Channel.DUT)
    assert tools_named("DUT, Voice bots", tools) == (Channel.DUT,)  # only the tools given are looked for


def test_a_longer_name_is_found_whole() -> None:
    match = name_pattern(TOOLS[Channel.DUT]).search("the Document Upload Tool (DUT) on IRS.gov")
    assert match is not None
    assert match.group() == "Document Upload Tool (DUT)"


def test_the_naming_answers_both_ways_in_manual_order() -> None:
    read = naming(
        {
            P("IRM 5.19.11.1.5(1)"): "Offer the DUT, WHC Self Help Portal and live chatbot.",
            P("IRM 5.18.2.1.5(6)"): "The **DUT** is an application on IRS.gov.",
            P("IRM 5.19.2.2.1(1)"): "~~DUT~~ DIM",
            P("IRM 5.19.8.4(4)"): "Nothing digital here.",
        }
    )

    assert read.named_in(Channel.DUT) == (P("IRM 5.18.2.1.5(6)"), P("IRM 5.19.11.1.5(1)"))
    assert read.named_in(Channel.DIM) == (P("IRM 5.19.2.2.1(1)"),)
    assert read.named_in(Channel.LIVE_ASSISTANCE) == ()
    assert read.named(P("IRM 5.19.11.1.5(1)")) == (Channel.DUT, Channel.WHC_PORTAL, Channel.LIVE_CHATBOT)
    assert read.named(P("IRM 5.19.8.4(4)")) == ()
    assert read.named(P("IRM 25.12.1.1.5(5)")) == ()  # not read: names nothing
    assert Naming().named_in(Channel.DUT) == ()


def test_another_manuals_paragraphs_are_read_the_same_way() -> None:
    read = naming({P("IRM 9.1.1.1(1)"): "Ask for the documents through the DUT."})
    assert read.named_in(Channel.DUT) == (P("IRM 9.1.1.1(1)"),)
