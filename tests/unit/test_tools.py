"""The catalogue of digital tools, checked against the memorandum's text."""

from __future__ import annotations

import re

import pytest

from irm_model.paragraphs import MEMO_PARAGRAPHS
from irm_model.tools import (
    POSTAL_MAIL,
    TOOLS,
    DigitalTool,
    ToolKey,
    UnknownToolError,
    channel_name,
    channel_named,
    tool_named,
)
from tests.unit.texts import paragraph_texts


def names(tool: DigitalTool) -> re.Pattern[str]:
    words = sorted({tool.name, *tool.aliases}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])", re.IGNORECASE)


def test_the_pages_hold_every_changed_paragraph() -> None:
    assert set(paragraph_texts()) == set(MEMO_PARAGRAPHS)


@pytest.mark.parametrize("key", list(ToolKey))
def test_a_tool_is_named_in_exactly_the_paragraphs_whose_text_names_it(key: ToolKey) -> None:
    tool = TOOLS[key]
    naming = sorted(p for p, text in paragraph_texts().items() if names(tool).search(text))
    assert list(tool.named_in) == naming


def test_every_fact_cites_a_paragraph_the_memorandum_changes() -> None:
    for tool in TOOLS.values():
        assert tool.facts, tool.key
        assert {fact.paragraph for fact in tool.facts} <= set(MEMO_PARAGRAPHS), tool.key


def test_the_catalogue_holds_the_eleven_tools_the_memo_names() -> None:
    assert [tool.name for tool in TOOLS.values()] == [
        "Document Upload Tool (DUT)",
        "Enterprise e-Fax system (EEFax)",
        "TDC Secure Messaging",
        "Live Assistance (Text Chat)",
        "Digital Inventory Management (DIM)",
        "Interactive Tax Assistant (ITA)",
        "IRS Online Accounts",
        "Voice bots",
        "DMAF Mobile-friendly forms",
        "WHC Self Help Portal",
        "live chatbot",
    ]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("the Document Upload Tool (DUT)", ToolKey.DUT),
        ("The Document Upload Tool (DUT)", ToolKey.DUT),
        ("  Document   Upload Tool\n(DUT) ", ToolKey.DUT),
        ("DUT", ToolKey.DUT),
        ("Eefax", ToolKey.EEFAX),
        ("EEFAX", ToolKey.EEFAX),
        ("E-Fax", ToolKey.EEFAX),
        ("Enterprise e-Fax system (EEFax)", ToolKey.EEFAX),
        ("TDC Secure Messaging", ToolKey.TDC_SECURE_MESSAGING),
        ("Live Assistance (Text Chat)", ToolKey.LIVE_ASSISTANCE),
        ("DIM", ToolKey.DIM),
        ("Interactive Tax Assistant (ITA)", ToolKey.ITA),
        ("IRS Online Accounts", ToolKey.ONLINE_ACCOUNTS),
        ("Voice bots", ToolKey.VOICE_BOTS),
        ("DMAF Mobile-friendly forms", ToolKey.DMAF),
        ("WHC Self Help Portal", ToolKey.WHC_PORTAL),
        ("live chatbot", ToolKey.LIVE_CHATBOT),
    ],
)
def test_a_tool_is_found_by_any_name_the_memo_writes_it_with(text: str, key: ToolKey) -> None:
    assert tool_named(text) is key


def test_no_name_stands_for_two_tools() -> None:
    spelled = [{name.casefold() for name in (tool.name, *tool.aliases)} for tool in TOOLS.values()]
    everything = [name for names in spelled for name in names]
    assert len(everything) == len(set(everything))


def test_an_unknown_name_is_refused_with_a_code() -> None:
    with pytest.raises(UnknownToolError) as refused:
        tool_named("carrier pigeon")
    assert refused.value.code == "unknown_tool"
    assert isinstance(refused.value, ValueError)
    assert refused.value.text == "carrier pigeon"
    assert str(refused.value) == "'carrier pigeon' is not a digital tool the memorandum names (nor postal mail)"


def test_postal_mail_is_a_channel_but_not_a_digital_tool() -> None:
    assert channel_named("postal mail") is POSTAL_MAIL
    assert channel_named("paper correspondence") is POSTAL_MAIL
    assert channel_named("EEFax") is ToolKey.EEFAX
    assert channel_name(POSTAL_MAIL) == "postal mail"
    assert channel_name(ToolKey.EEFAX) == "Enterprise e-Fax system (EEFax)"
    with pytest.raises(UnknownToolError):
        tool_named("postal mail")


def test_abbreviations_are_the_memos_short_forms() -> None:
    assert {key: TOOLS[key].abbreviation for key in (ToolKey.DUT, ToolKey.EEFAX, ToolKey.DIM, ToolKey.ITA)} == {
        ToolKey.DUT: "DUT",
        ToolKey.EEFAX: "EEFax",
        ToolKey.DIM: "DIM",
        ToolKey.ITA: "ITA",
    }
