"""The catalogue of digital tools, checked against the memorandum's text."""

from __future__ import annotations

import pytest

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.tools import (
    FAX,
    POSTAL_MAIL,
    TOOLS,
    Channel,
    UnknownToolError,
    channel_name,
    channel_named,
    tool_named,
)
from irm_site.naming import naming, tools_named
from tests.unit.texts import paragraph_bodies, paragraph_texts

NAMING = naming(paragraph_bodies())
"""Which tools each changed paragraph names, read by the site from the pages."""


def test_the_pages_hold_every_changed_paragraph() -> None:
    assert set(paragraph_texts()) == set(MEMO_PARAGRAPHS)


def test_the_dut_is_named_in_every_changed_irm_paragraph_but_two() -> None:
    """As the catalogue listed by hand before the site read it from the pages: 30 paragraphs."""
    unnamed = {ParagraphId.parse("IRM 1.4.20.20(1)"), ParagraphId.parse("IRM 5.19.8.4.2(7)")}
    expected = [p for p in MEMO_PARAGRAPHS if not p.is_memo and p not in unnamed]
    assert list(NAMING.named_in(Channel.DUT)) == expected
    assert len(expected) == 30


def test_a_tool_the_memo_struck_from_a_paragraph_is_not_named_in_it() -> None:
    hearing = ParagraphId.parse("IRM 5.19.8.4.3(9)")
    assert "~~Eefax or~~" in paragraph_bodies()[hearing]
    assert NAMING.named(hearing) == (Channel.DUT,)
    assert hearing not in NAMING.named_in(Channel.EEFAX)


def test_a_tool_named_only_in_the_purpose_and_background_is_named_in_no_paragraph() -> None:
    assert NAMING.named_in(Channel.LIVE_ASSISTANCE) == ()
    assert {fact.paragraph for fact in TOOLS[Channel.LIVE_ASSISTANCE].facts} == {
        ParagraphId.parse("SBSE-05-0126-0020(1)")
    }


def test_the_return_delinquency_paragraph_names_seven_tools_in_catalogue_order() -> None:
    assert NAMING.named(ParagraphId.parse("IRM 5.19.2.2.1(1)")) == (
        Channel.DUT,
        Channel.EEFAX,
        Channel.DIM,
        Channel.ITA,
        Channel.ONLINE_ACCOUNTS,
        Channel.VOICE_BOTS,
        Channel.DMAF,
    )


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Use the **Document Upload Tool (DUT)**.", (Channel.DUT,)),
        ("via ~~Eefax or~~ DUT", (Channel.DUT,)),
        ("the dut, e-fax and a Chatbot", (Channel.DUT, Channel.EEFAX, Channel.LIVE_CHATBOT)),
        ("DUTS, EEFax-like, pre-DIM", ()),
    ],
)
def test_a_name_counts_in_any_case_as_a_whole_word_outside_struck_text(text: str, named: tuple[Channel, ...]) -> None:
    assert tools_named(text) == named


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
        ("the Document Upload Tool (DUT)", Channel.DUT),
        ("The Document Upload Tool (DUT)", Channel.DUT),
        ("  Document   Upload Tool\n(DUT) ", Channel.DUT),
        ("DUT", Channel.DUT),
        ("Eefax", Channel.EEFAX),
        ("EEFAX", Channel.EEFAX),
        ("E-Fax", Channel.EEFAX),
        ("Enterprise e-Fax system (EEFax)", Channel.EEFAX),
        ("TDC Secure Messaging", Channel.TDC_SECURE_MESSAGING),
        ("Live Assistance (Text Chat)", Channel.LIVE_ASSISTANCE),
        ("DIM", Channel.DIM),
        ("Interactive Tax Assistant (ITA)", Channel.ITA),
        ("IRS Online Accounts", Channel.ONLINE_ACCOUNTS),
        ("Voice bots", Channel.VOICE_BOTS),
        ("DMAF Mobile-friendly forms", Channel.DMAF),
        ("WHC Self Help Portal", Channel.WHC_PORTAL),
        ("live chatbot", Channel.LIVE_CHATBOT),
    ],
)
def test_a_tool_is_found_by_any_name_the_memo_writes_it_with(text: str, key: Channel) -> None:
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
    assert (
        str(refused.value) == "'carrier pigeon' is not a digital tool the memorandum names (nor fax, nor postal mail)"
    )


def test_postal_mail_is_a_channel_but_not_a_digital_tool() -> None:
    assert channel_named("postal mail") is POSTAL_MAIL
    assert channel_named("paper correspondence") is POSTAL_MAIL
    assert channel_named("EEFax") is Channel.EEFAX
    assert channel_name(POSTAL_MAIL) == "postal mail"
    assert channel_name(Channel.EEFAX) == "Enterprise e-Fax system (EEFax)"
    with pytest.raises(UnknownToolError):
        tool_named("postal mail")
    assert not POSTAL_MAIL.is_tool


def test_fax_is_a_channel_but_not_a_digital_tool() -> None:
    assert channel_named("fax") is FAX
    assert channel_name(FAX) == "fax"
    assert not FAX.is_tool
    assert Channel.EEFAX.is_tool
    with pytest.raises(UnknownToolError):
        tool_named("fax")


def test_abbreviations_are_the_memos_short_forms() -> None:
    assert {key: TOOLS[key].abbreviation for key in (Channel.DUT, Channel.EEFAX, Channel.DIM, Channel.ITA)} == {
        Channel.DUT: "DUT",
        Channel.EEFAX: "EEFax",
        Channel.DIM: "DIM",
        Channel.ITA: "ITA",
    }
