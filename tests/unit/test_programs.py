"""Which tools each paragraph names and what it states of the rule, checked against the text."""

from __future__ import annotations

import re

import pytest

from irm_model.memo import MEMO
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.programs import (
    PROGRAM_TOOLS,
    STATEMENTS,
    Provision,
    Strength,
    citation,
    force_of,
    procedural_change,
    program_for,
    programs_naming,
    provisions_of,
    stating,
    tools_named_in,
)
from irm_model.readings import Readings
from irm_model.tools import TOOLS, Channel
from irm_site.naming import naming
from tests.unit.texts import paragraph_bodies, paragraph_texts

TEXTS = paragraph_texts()
NAMING = naming(paragraph_bodies())
"""Which paragraphs name each tool, as the site reads it from the pages."""

SIGNALS: dict[Provision, str] = {
    Provision.OFFER_DIGITAL_TOOLS: r"must offer|required to offer|offer them the options?\b",
    Provision.TO_REPRESENTATIVES: r"representatives?\b|Powers? of Attorney",
    Provision.PREFERRED_METHOD_FIRST: r"preferred digital communication method",
    Provision.ALTERNATIVE_TOOL_FIRST: r"alternative digital tool",
    Provision.EXPLAIN_HOW_TO_USE: r"explain how to use digital tools",
    Provision.DOCUMENT_CHOICE: r"document the taxpayer's choice",
    Provision.NOT_MANDATORY: r"not mandatory for taxpayers to communicate using digital tools",
    Provision.ENCOURAGE: r"offer,? and encourage",
    Provision.OFFER_BEFORE_POSTAL: (
        r"before paper correspondence is used|last resort|before postal mail response options"
    ),
    Provision.DIGITAL_BEFORE_PAPER: r"offered and declined before paper|offered, declined, and exhausted",
    Provision.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT: r"cannot or will not use",
    Provision.USE_TOOLS_TO_RESPOND: (
        r"use (?:all|the) digital tools and systems available (?:to them )?to review and respond"
    ),
    Provision.TAX_RETURNS: r"secur\w* tax returns",
    Provision.CLOSE_SECURE_MESSAGING: r"Closed/Complete",
}
"""The words by which a reviewer recognises each provision in a paragraph."""


def p(text: str) -> ParagraphId:
    return ParagraphId.parse(text)


def test_every_link_quotes_words_of_its_paragraph() -> None:
    for link in PROGRAM_TOOLS:
        assert link.words in TEXTS[link.paragraph], f"{link.paragraph}: {link.words!r}"


def test_every_link_is_to_a_paragraph_that_names_the_tool() -> None:
    for link in PROGRAM_TOOLS:
        assert link.paragraph in NAMING.named_in(link.tool), f"{link.paragraph} does not name {link.tool}"


def test_links_are_in_manual_order_and_name_each_tool_once_per_paragraph() -> None:
    keys = [(link.paragraph, link.tool) for link in PROGRAM_TOOLS]
    assert len(keys) == len(set(keys))
    assert [link.paragraph for link in PROGRAM_TOOLS] == sorted(link.paragraph for link in PROGRAM_TOOLS)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("IRM 5.18.2.1.5(6)", {Channel.DUT: Strength.MUST_USE}),
        ("IRM 5.19.1.2(14)", {Channel.DUT: Strength.ALSO_ACCEPTABLE}),
        ("IRM 5.19.1.2(15)", {Channel.DUT: Strength.MAY_USE}),
        ("IRM 5.19.11.3.2.5(2)", {Channel.DUT: Strength.MUST_OFFER}),
        (
            "IRM 5.19.11.1.5(1)",
            {
                Channel.DUT: Strength.MUST_OFFER,
                Channel.WHC_PORTAL: Strength.MUST_OFFER,
                Channel.LIVE_CHATBOT: Strength.MUST_OFFER,
            },
        ),
        ("IRM 5.19.1.2(13)", {Channel.EEFAX: Strength.MUST_OFFER, Channel.DUT: Strength.MUST_OFFER}),
        ("IRM 1.4.20.20(1)", {}),
    ],
)
def test_each_program_keeps_its_own_strength(paragraph: str, expected: dict[Channel, Strength]) -> None:
    assert tools_named_in(p(paragraph)) == expected


def test_return_delinquency_names_seven_available_tools() -> None:
    named = tools_named_in(p("IRM 5.19.2.2.1(1)"))
    assert list(named) == [
        Channel.EEFAX,
        Channel.DUT,
        Channel.DIM,
        Channel.ITA,
        Channel.ONLINE_ACCOUNTS,
        Channel.VOICE_BOTS,
        Channel.DMAF,
    ]
    assert set(named.values()) == {Strength.MUST_OFFER}, "employees are required to offer and encourage them"


def test_every_irm_paragraph_naming_a_tool_links_it_but_the_acronym_table_and_the_eefax_reference() -> None:
    unlinked = {
        (tool.key, paragraph)
        for tool in TOOLS.values()
        for paragraph in NAMING.named_in(tool.key)
        if not paragraph.is_memo and tool.key not in tools_named_in(paragraph)
    }
    # 5.18.2.1.6 only spells out "DUT"; 5.19.1.2(14) names EEFax as the reference point for the DUT.
    assert unlinked == {(Channel.DUT, p("IRM 5.18.2.1.6")), (Channel.EEFAX, p("IRM 5.19.1.2(14)"))}


def test_live_assistance_is_named_by_no_irm_program() -> None:
    assert programs_naming(Channel.LIVE_ASSISTANCE) == ()


def test_every_statement_is_of_a_changed_paragraph() -> None:
    assert set(STATEMENTS) <= set(MEMO_PARAGRAPHS)


@pytest.mark.parametrize("provision", [p for p in Provision if p is not Provision.ENCOURAGE])
def test_each_provision_is_stated_by_exactly_one_procedural_change(provision: Provision) -> None:
    stating = [paragraph for paragraph in STATEMENTS if paragraph.is_memo and provision in provisions_of(paragraph)]
    assert stating == [procedural_change(provision)]


def test_no_procedural_change_says_encourage_the_irm_paragraphs_do() -> None:
    assert procedural_change(Provision.ENCOURAGE) is None
    assert p("IRM 5.19.1.2(13)") in stating(Provision.ENCOURAGE)


def test_every_word_of_force_is_quoted_from_its_paragraph() -> None:
    for paragraph, statement in STATEMENTS.items():
        for provision, words in statement.forces.items():
            assert words in TEXTS[paragraph], f"{paragraph} {provision}: {words!r}"
    assert force_of(p("IRM 5.19.1.2(13)"), Provision.DIGITAL_BEFORE_PAPER) == (
        "must be offered and declined before paper correspondence is used"
    )
    assert force_of(p("IRM 5.19.8.4(4)"), Provision.DIGITAL_BEFORE_PAPER) == "should be the last resort option"
    assert force_of(p("IRM 5.19.11.10.1(5)"), Provision.DIGITAL_BEFORE_PAPER) is None
    assert force_of(p("IRM 5.19.1.2(12)"), Provision.DIGITAL_BEFORE_PAPER) is None


def test_every_provision_a_paragraph_is_said_to_state_is_in_its_words() -> None:
    for paragraph, statement in STATEMENTS.items():
        for provision in statement.provisions:
            assert re.search(SIGNALS[provision], TEXTS[paragraph], re.IGNORECASE), f"{paragraph}: {provision}"


@pytest.mark.parametrize("provision", [p for p in Provision if p is not Provision.TO_REPRESENTATIVES])
def test_every_paragraph_whose_words_state_a_provision_is_said_to_state_it(provision: Provision) -> None:
    # Representatives are also named where they sign hearing requests (IRM 5.19.8.4.7.4(1)) or are
    # telephoned (IRM 5.19.11.7.1.2(2)); those paragraphs say nothing of offering them digital tools.
    wording = [paragraph for paragraph, text in TEXTS.items() if re.search(SIGNALS[provision], text, re.IGNORECASE)]
    assert wording == [paragraph for paragraph in TEXTS if provision in provisions_of(paragraph)]


def test_a_paragraph_that_sends_the_reader_elsewhere_says_so() -> None:
    for paragraph, text in TEXTS.items():
        statement = STATEMENTS.get(paragraph)
        see = None if statement is None else statement.see
        assert ("See IRM 5.19.8.4(4) for further guidance" in text) == (see == p("IRM 5.19.8.4(4)")), paragraph


def test_a_program_paragraph_is_cited_only_for_what_it_states() -> None:
    assert citation(p("IRM 5.19.1.2(13)"), Provision.PREFERRED_METHOD_FIRST) == p("IRM 5.19.1.2(13)")
    assert citation(p("IRM 5.19.2.2.1(1)"), Provision.PREFERRED_METHOD_FIRST) is None
    assert citation(p("IRM 5.19.1.2(13)"), Provision.TAX_RETURNS) is None
    assert citation(p("IRM 5.19.22.1.5(2)"), Provision.TAX_RETURNS) == p("IRM 5.19.22.1.5(2)")


def test_a_paragraph_that_refers_to_irm_5_19_8_4_4_borrows_its_provisions() -> None:
    assert citation(p("IRM 5.19.8.4.7.5(7)"), Provision.NOT_MANDATORY) == p("IRM 5.19.8.4(4)")
    assert citation(p("IRM 5.19.8.4.7.5(7)"), Provision.OFFER_DIGITAL_TOOLS) == p("IRM 5.19.8.4.7.5(7)")
    assert citation(p("IRM 5.19.8.4.7.5(7)"), Provision.PREFERRED_METHOD_FIRST) is None


def test_the_tax_return_note_appears_in_five_program_paragraphs() -> None:
    notes = [str(x) for x in STATEMENTS if not x.is_memo and Provision.TAX_RETURNS in provisions_of(x)]
    assert notes == [
        "IRM 5.18.2.1.5(5)",
        "IRM 5.19.2.2.1(1)",
        "IRM 5.19.11.1.5(1)",
        "IRM 5.19.16.1.5(2)",
        "IRM 5.19.22.1.5(2)",
    ]


def test_each_impacted_irm_stands_for_one_of_its_own_paragraphs_that_states_the_offer() -> None:
    assert set(Readings.program_for_irm.value) == set(MEMO.impacted_irms)
    for irm in MEMO.impacted_irms:
        paragraph = program_for(irm)
        assert str(paragraph).startswith(f"IRM {irm}."), (irm, paragraph)
        assert Provision.OFFER_DIGITAL_TOOLS in provisions_of(paragraph), f"{paragraph} does not state the offer"
    assert program_for("5.19.8") == ParagraphId.irm("5.19.8.4", 4)
    with pytest.raises(KeyError):
        program_for("5.19.3")
