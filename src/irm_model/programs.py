"""What each changed paragraph says: which digital tools it names and how strongly, and which parts
of the digital-first rule it states in its own words.

**Tools.** The programs differ, and the model keeps them apart: in IRM 5.18.2 the DUT *must be
used* wherever fax is referenced; in IRM 5.19.1 it is *also acceptable* wherever EEFax is; in IRM
5.19.11.3.2.5(2) the employee *must offer* it; IRM 5.19.2.2.1(1) lists seven tools employees "are
required to offer and encourage".
Each [`ProgramTool`][irm_model.programs.ProgramTool] quotes the words that set its strength.

**Provisions.** The memorandum's Procedural Changes state the rule once; the IRM paragraphs
restate parts of it, not always the same parts. IRM 5.19.2.2.1(1), for one, does not mention the
taxpayer's preferred method, and only some paragraphs carry the Note on tax returns. A decision
cites a program paragraph for a provision only when that paragraph states it
([`citation`][irm_model.programs.citation]); the paragraphs of IRM 5.19.8.4.x that say "See IRM
5.19.8.4(4) for further guidance" borrow that paragraph's provisions.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.paragraphs import ParagraphId
from irm_model.readings import Readings
from irm_model.tools import Channel

__all__ = [
    "PROGRAM_TOOLS",
    "STATEMENTS",
    "ProgramTool",
    "Provision",
    "Statement",
    "Strength",
    "citation",
    "force_of",
    "procedural_change",
    "program_for",
    "programs_naming",
    "provisions_of",
    "stating",
    "tools_named_in",
]


class Strength(StrEnum):
    """How strongly a paragraph names a tool, in its own words."""

    MUST_USE = "must use"
    """The text directs the tool's use: "the DUT must be used", "they must submit ... using the DUT"."""
    MUST_OFFER = "must offer"
    """"employees must offer, and encourage ... to use", "are required to offer and encourage", "offer them the option
    to submit it by ..."."""
    ALSO_ACCEPTABLE = "also acceptable"
    """The tool is an acceptable means: "will also be acceptable", "are acceptable", "can be submitted via"."""
    MAY_USE = "may use"
    """"inform them they may submit the documents to you using the DUT"."""
    AVAILABLE = "available"
    """Named as an available digital tool or a way documents arrive, with no duty attached to the tool."""


class ProgramTool(BaseModel):
    """One paragraph naming one tool, and how strongly."""

    model_config = ConfigDict(frozen=True)

    paragraph: ParagraphId
    """The paragraph that names the tool."""
    tool: Channel
    """The tool it names."""
    strength: Strength
    """How strongly it names it."""
    words: str
    """The paragraph's own words that set the strength (verbatim, struck text left out)."""


def _links(paragraph: str, strength: Strength, words: str, *tools: Channel) -> tuple[ProgramTool, ...]:
    cited = ParagraphId.parse(paragraph)
    return tuple(ProgramTool(paragraph=cited, tool=tool, strength=strength, words=words) for tool in tools)


_D, _E = Channel.DUT, Channel.EEFAX
_OFFER_INCLUDING = (
    "employees must offer, and encourage taxpayers and their representatives to use, available digital "
    "communication tools for customer assistance, including the "
)
_POA_SUCH_AS = "Employees must offer and encourage taxpayers and Powers of Attorney (POA) use digital tools such as "
_OFFER_ON_THE_CALL = "offer them the option to submit it by EEFax or Document Upload Tool (DUT)"
_OPTIONS_ON_THE_CALL = "offer them the options to submit it to you by Eefax or Document Upload Tool (DUT)"
_DIGITAL_BEFORE_POSTAL = "You must offer digital tools before postal mail response options"

PROGRAM_TOOLS: tuple[ProgramTool, ...] = (
    *_links("IRM 5.18.1.1.5(2)", Strength.MUST_OFFER, _OFFER_INCLUDING + "Document Upload Tool (DUT)", _D),
    *_links(
        "IRM 5.18.2.1.5(5)",
        Strength.MUST_OFFER,
        _OFFER_INCLUDING + "Enterprise e-Fax system (EEFax) system or Document Upload Tool (DUT)",
        _E,
        _D,
    ),
    *_links(
        "IRM 5.18.2.1.5(6)",
        Strength.MUST_USE,
        "Wherever fax is referenced as an acceptable means of securing documents throughout IRM 5.18.2, "
        "the DUT must be used, when available",
        _D,
    ),
    *_links(
        "IRM 5.18.2.1.5(7)", Strength.MUST_USE, "inform them they must submit the documents to you using the DUT", _D
    ),
    *_links(
        "IRM 5.19.1.2(13)",
        Strength.MUST_OFFER,
        _OFFER_INCLUDING + "Enterprise e-Fax system (EEFax) and Document Upload Tool (DUT)",
        _E,
        _D,
    ),
    *_links(
        "IRM 5.19.1.2(14)",
        Strength.ALSO_ACCEPTABLE,
        "Wherever EEFax is referenced as an acceptable means of securing documents throughout IRM 5.19.1 "
        "the DUT will also be acceptable, when available",
        _D,
    ),
    *_links("IRM 5.19.1.2(15)", Strength.MAY_USE, "inform them they may submit the documents to you using the DUT", _D),
    *_links(
        "IRM 5.19.1.2(16)",
        Strength.AVAILABLE,
        "some taxpayers will receive a link to upload documents via DUT on certain outgoing correspondence",
        _D,
    ),
    *_links(
        "IRM 5.19.2.2.1(1)",
        Strength.MUST_OFFER,
        "Employees are required to offer and encourage the use of digital communication tools to taxpayers and "
        "their representatives to secure necessary information or documents and provide customer assistance. "
        "Available Digital Tools include, but are not limited to, Eefax, DUT, DIM, Interactive Tax Assistant (ITA), "
        "IRS Online Accounts, Voice bots and DMAF Mobile-friendly forms",
        _E,
        _D,
        Channel.DIM,
        Channel.ITA,
        Channel.ONLINE_ACCOUNTS,
        Channel.VOICE_BOTS,
        Channel.DMAF,
    ),
    *_links("IRM 5.19.8.4(4)", Strength.MUST_OFFER, _POA_SUCH_AS + "Eefax and the Document Upload Tool (DUT)", _E, _D),
    *_links("IRM 5.19.8.4.2(5)", Strength.ALSO_ACCEPTABLE, "DUT and Eefax are acceptable", _D, _E),
    *_links("IRM 5.19.8.4.2.2(10)", Strength.MUST_OFFER, _OPTIONS_ON_THE_CALL, _E, _D),
    *_links(
        "IRM 5.19.8.4.3(9)",
        Strength.ALSO_ACCEPTABLE,
        "A taxpayer's request for an equivalent hearing can be submitted via Document Upload Tool (DUT)",
        _D,
    ),
    *_links("IRM 5.19.8.4.3.2(4)", Strength.MUST_OFFER, _OPTIONS_ON_THE_CALL, _E, _D),
    *_links("IRM 5.19.8.4.7.3(1)", Strength.MUST_OFFER, _OFFER_ON_THE_CALL, _E, _D),
    *_links(
        "IRM 5.19.8.4.7.4(1)",
        Strength.MUST_USE,
        "contact the taxpayer by phone in an attempt to secure the missing signature via EEFAX or DUT",
        _E,
        _D,
    ),
    *_links("IRM 5.19.8.4.7.5(7)", Strength.MUST_OFFER, _OFFER_ON_THE_CALL, _E, _D),
    *_links(
        "IRM 5.19.11.1.5(1)",
        Strength.MUST_OFFER,
        _OFFER_INCLUDING + "Document Upload Tool (DUT), WHC Self Help Portal, or live chatbot",
        _D,
        Channel.WHC_PORTAL,
        Channel.LIVE_CHATBOT,
    ),
    *_links(
        "IRM 5.19.11.3.2.5(1)",
        Strength.ALSO_ACCEPTABLE,
        "Wherever fax is referenced as an acceptable means of securing documents throughout IRM 5.19.11, "
        "the DUT will also be accepted, when available",
        _D,
    ),
    *_links(
        "IRM 5.19.11.3.2.5(2)",
        Strength.MUST_OFFER,
        "you must offer them the option to submit the documents to you using the DUT",
        _D,
    ),
    *_links("IRM 5.19.11.7.1.2(2)", Strength.MUST_OFFER, _DIGITAL_BEFORE_POSTAL, _E, _D),
    *_links("IRM 5.19.11.10.1(5)", Strength.MUST_OFFER, _DIGITAL_BEFORE_POSTAL, _E, _D),
    *_links("IRM 5.19.11.10.12(5)", Strength.MUST_OFFER, _DIGITAL_BEFORE_POSTAL, _D),
    *_links("IRM 5.19.13.3(6)", Strength.MUST_OFFER, _OFFER_INCLUDING + "Document Upload Tool (DUT)", _D),
    *_links("IRM 5.19.16.1.5(2)", Strength.MUST_OFFER, _OFFER_INCLUDING + "Document Upload Tool (DUT)", _D),
    *_links("IRM 5.19.16.8(4)", Strength.MUST_OFFER, _POA_SUCH_AS + "the Document Upload Tool (DUT)", _D),
    *_links(
        "IRM 5.19.22.1.5(2)",
        Strength.MUST_OFFER,
        _OFFER_INCLUDING + "Enterprise e-Fax system (EEFax) system and Document Upload Tool (DUT)",
        _E,
        _D,
    ),
    *_links("IRM 5.19.22.2.4(8)", Strength.MUST_OFFER, _POA_SUCH_AS + "the Document Upload Tool (DUT)", _D),
    *_links("IRM 25.12.1.1.5(5)", Strength.MUST_OFFER, _OFFER_INCLUDING + "Document Upload Tool (DUT)", _D),
)
"""Every (IRM paragraph, tool, strength) the memorandum states, in manual order."""


def tools_named_in(paragraph: ParagraphId) -> dict[Channel, Strength]:
    """The tools a paragraph names, in its order, with how strongly (empty if it names none)."""
    return {link.tool: link.strength for link in PROGRAM_TOOLS if link.paragraph == paragraph}


def programs_naming(tool: Channel) -> tuple[ProgramTool, ...]:
    """Every IRM paragraph that names ``tool`` with a strength, in manual order."""
    return tuple(link for link in PROGRAM_TOOLS if link.tool == tool)


class Provision(StrEnum):
    """One part of the digital-first rule, as a paragraph may state it."""

    OFFER_DIGITAL_TOOLS = "offer digital tools"
    """Employees are required to offer the available digital communication tools."""
    ENCOURAGE = "encourage digital tools"
    """Employees also encourage taxpayers to use them ("must offer, and encourage")."""
    TO_REPRESENTATIVES = "to representatives too"
    """The offer is made to taxpayers or their representatives (Powers of Attorney)."""
    PREFERRED_METHOD_FIRST = "preferred method first"
    """Prioritize the taxpayer's preferred digital communication method."""
    ALTERNATIVE_TOOL_FIRST = "alternative tool first"
    """If the taxpayer cannot use one tool, first offer any available alternative digital tool."""
    EXPLAIN_HOW_TO_USE = "explain how to use"
    """Explain how to use digital tools if the taxpayer needs help."""
    DOCUMENT_CHOICE = "document the choice"
    """Document the taxpayer's choice."""
    NOT_MANDATORY = "not mandatory"
    """It is not mandatory for taxpayers to communicate using digital tools."""
    OFFER_BEFORE_POSTAL = "offer digital before postal"
    """The digital tools are offered before postal mail ("You must offer digital tools before postal mail
    response options"; implied by every paragraph that makes paper the last resort)."""
    DIGITAL_BEFORE_PAPER = "digital declined before paper"
    """Paper comes only after the digital tools were offered and declined (and exhausted)."""
    POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT = "postal mail only if cannot or will not"
    """Postal mail is offered only to taxpayers who cannot or will not use digital tools."""
    USE_TOOLS_TO_RESPOND = "use tools to review and respond"
    """Employees use the digital tools and systems available to review and respond to taxpayers."""
    TAX_RETURNS = "tax returns"
    """Follow current guidance where digital means are not acceptable for tax returns; encourage filing through
    authorized means."""
    CLOSE_SECURE_MESSAGING = "close secure messaging"
    """Mark TDC Secure Messaging cases Closed/Complete once handled, so they purge."""


class Statement(BaseModel):
    """The provisions one paragraph states in its own words, each with the paragraph's word of force."""

    model_config = ConfigDict(frozen=True)

    paragraph: ParagraphId
    """The paragraph."""
    forces: dict[Provision, str]
    """What it states of the rule, each provision with the paragraph's own words of force, quoted."""
    see: ParagraphId | None = None
    """The paragraph it sends the reader to "for further guidance", if any."""

    @property
    def provisions(self) -> frozenset[Provision]:
        """What it states of the rule."""
        return frozenset(self.forces)


def _says(paragraph: str, forces: dict[Provision, str] | None = None, *, see: str | None = None) -> Statement:
    return Statement(
        paragraph=ParagraphId.parse(paragraph),
        forces=forces or {},
        see=None if see is None else ParagraphId.parse(see),
    )


_P = Provision
_BEFORE_PAPER = "must be offered and declined before paper correspondence is used"
_PROGRAM_CONTROLS: dict[Provision, str] = {
    _P.OFFER_DIGITAL_TOOLS: "must offer",
    _P.ENCOURAGE: "must offer, and encourage",
    _P.TO_REPRESENTATIVES: "must offer, and encourage taxpayers and their representatives",
    _P.PREFERRED_METHOD_FIRST: "prioritizing",
    _P.NOT_MANDATORY: "It is not mandatory",
    _P.OFFER_BEFORE_POSTAL: _BEFORE_PAPER,
    _P.DIGITAL_BEFORE_PAPER: _BEFORE_PAPER,
    _P.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT: "should only be offered",
}
"""What the Program Controls form states: "must offer, and encourage ..., prioritizing ...; ... must be offered
and declined before paper correspondence is used. Postal mail ... should only be offered to ..."."""
_RESPOND = {_P.USE_TOOLS_TO_RESPOND: "must use"}
_RETURNS_NOTE = {_P.TAX_RETURNS: "should be encouraged"}
_POA_LAST_RESORT: dict[Provision, str] = {
    _P.OFFER_DIGITAL_TOOLS: "must offer",
    _P.ENCOURAGE: "must offer and encourage",
    _P.TO_REPRESENTATIVES: "must offer and encourage taxpayers and Powers of Attorney",
    _P.NOT_MANDATORY: "It is not mandatory",
    _P.OFFER_BEFORE_POSTAL: "should be the last resort option",
    _P.DIGITAL_BEFORE_PAPER: "should be the last resort option",
}
"""IRM 5.19.8.4(4), 5.19.16.8(4), 5.19.22.2.4(8): "must offer and encourage ...; ... paper correspondence should be
the last resort option, only after all available digital communication options have been offered, declined, and
exhausted"."""
_BEFORE_POSTAL = {_P.OFFER_DIGITAL_TOOLS: "must offer", _P.OFFER_BEFORE_POSTAL: "must offer digital tools before"}
"""IRM 5.19.11: "You must offer digital tools before postal mail response options"."""
_SEE_5_19_8_4 = "IRM 5.19.8.4(4)"

STATEMENTS: dict[ParagraphId, Statement] = {
    statement.paragraph: statement
    for statement in (
        _says(
            "SBSE-05-0126-0020(1)",
            {_P.OFFER_DIGITAL_TOOLS: "are required to offer", _P.TO_REPRESENTATIVES: "are required to offer"},
        ),
        _says(
            "SBSE-05-0126-0020(2)",
            {
                _P.NOT_MANDATORY: "It is not mandatory",
                _P.OFFER_BEFORE_POSTAL: "should be the last resort",
                _P.DIGITAL_BEFORE_PAPER: "should be the last resort",
                _P.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT: "should only be offered",
            },
        ),
        _says("SBSE-05-0126-0020(3)", {_P.TAX_RETURNS: "should be encouraged"}),
        _says(
            "SBSE-05-0126-0020(4)",
            {
                _P.ALTERNATIVE_TOOL_FIRST: "must first offer",
                _P.PREFERRED_METHOD_FIRST: "must also prioritize",
                _P.EXPLAIN_HOW_TO_USE: "must also",
                _P.DOCUMENT_CHOICE: "must also",
            },
        ),
        _says("SBSE-05-0126-0020(5)", {_P.USE_TOOLS_TO_RESPOND: "must use"}),
        _says("SBSE-05-0126-0020(6)", {_P.CLOSE_SECURE_MESSAGING: "must mark"}),
        _says(
            "IRM 1.4.20.20(1)",
            {
                _P.OFFER_DIGITAL_TOOLS: "are required to offer",
                _P.ENCOURAGE: "must use, offer, and encourage",
                _P.TO_REPRESENTATIVES: "are required to offer",
            },
        ),
        _says("IRM 5.18.1.1.5(2)", {**_PROGRAM_CONTROLS, **_RESPOND}),
        _says("IRM 5.18.2.1.5(5)", {**_PROGRAM_CONTROLS, **_RESPOND, **_RETURNS_NOTE}),
        _says("IRM 5.19.1.2(13)", _PROGRAM_CONTROLS),
        _says(
            "IRM 5.19.2.2.1(1)",
            {
                _P.OFFER_DIGITAL_TOOLS: "are required to offer",
                _P.ENCOURAGE: "are required to offer and encourage",
                _P.TO_REPRESENTATIVES: "are required to offer and encourage",
                _P.NOT_MANDATORY: "It is not mandatory",
                _P.OFFER_BEFORE_POSTAL: "should be offered as the last resort",
                _P.DIGITAL_BEFORE_PAPER: "should be offered as the last resort",
                **_RETURNS_NOTE,
            },
        ),
        _says(
            "IRM 5.19.8.4(4)",
            {**_POA_LAST_RESORT, _P.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT: "should only offer"},
        ),
        _says("IRM 5.19.8.4.2(5)", see=_SEE_5_19_8_4),
        _says("IRM 5.19.8.4.2(7)", see=_SEE_5_19_8_4),
        _says("IRM 5.19.8.4.2.2(10)", {_P.OFFER_DIGITAL_TOOLS: "offer them the options"}, see=_SEE_5_19_8_4),
        _says("IRM 5.19.8.4.3(9)", see=_SEE_5_19_8_4),
        _says("IRM 5.19.8.4.3.2(4)", {_P.OFFER_DIGITAL_TOOLS: "offer them the options"}, see=_SEE_5_19_8_4),
        _says("IRM 5.19.8.4.7.3(1)", {_P.OFFER_DIGITAL_TOOLS: "offer them the option"}, see=_SEE_5_19_8_4),
        _says("IRM 5.19.8.4.7.4(1)", see=_SEE_5_19_8_4),
        _says("IRM 5.19.8.4.7.5(7)", {_P.OFFER_DIGITAL_TOOLS: "offer them the option"}, see=_SEE_5_19_8_4),
        _says("IRM 5.19.11.1.5(1)", {**_PROGRAM_CONTROLS, **_RESPOND, **_RETURNS_NOTE}),
        _says("IRM 5.19.11.3.2.5(2)", {_P.OFFER_DIGITAL_TOOLS: "must offer"}),
        _says("IRM 5.19.11.7.1.2(2)", _BEFORE_POSTAL),
        _says("IRM 5.19.11.10.1(5)", _BEFORE_POSTAL),
        _says("IRM 5.19.11.10.12(5)", _BEFORE_POSTAL),
        _says("IRM 5.19.13.3(6)", _PROGRAM_CONTROLS),
        _says("IRM 5.19.16.1.5(2)", {**_PROGRAM_CONTROLS, **_RESPOND, **_RETURNS_NOTE}),
        _says("IRM 5.19.16.8(4)", _POA_LAST_RESORT),
        _says("IRM 5.19.22.1.5(2)", {**_PROGRAM_CONTROLS, **_RESPOND, **_RETURNS_NOTE}),
        _says("IRM 5.19.22.2.4(8)", {**_POA_LAST_RESORT, **_RESPOND}),
        _says("IRM 25.12.1.1.5(5)", {**_PROGRAM_CONTROLS, **_RESPOND}),
    )
}
"""What each paragraph states of the digital-first rule, with its words of force: the six Procedural Changes,
then the IRM paragraphs in manual order. A paragraph not listed states none of it."""


def provisions_of(paragraph: ParagraphId) -> frozenset[Provision]:
    """The provisions ``paragraph`` states in its own words (not those it refers to)."""
    statement = STATEMENTS.get(paragraph)
    return frozenset() if statement is None else statement.provisions


def stating(*provisions: Provision) -> tuple[ParagraphId, ...]:
    """Every paragraph that states one of ``provisions`` in its own words, in manual order."""
    wanted = set(provisions)
    return tuple(sorted(p for p, statement in STATEMENTS.items() if wanted & statement.provisions))


def procedural_change(provision: Provision) -> ParagraphId | None:
    """The memorandum's Procedural Change that states ``provision``, if one does (none states "encourage")."""
    return next((p for p, statement in STATEMENTS.items() if p.is_memo and provision in statement.provisions), None)


def force_of(paragraph: ParagraphId, provision: Provision) -> str | None:
    """The words of force ``paragraph`` uses for ``provision``, quoted; ``None`` if it does not state it."""
    statement = STATEMENTS.get(paragraph)
    return None if statement is None else statement.forces.get(provision)


def citation(program: ParagraphId, provision: Provision) -> ParagraphId | None:
    """The program paragraph to cite for ``provision``, if the program states it.

    That is ``program`` itself when it states the provision, else the paragraph it refers to
    "for further guidance" when that one does (the register's reading ``see_borrows``), else ``None``
    (cite the Procedural Change alone).
    """
    if provision in provisions_of(program):
        return program
    statement = STATEMENTS.get(program)
    see = statement.see if statement is not None and Readings.see_borrows.value else None
    if see is not None and provision in provisions_of(see):
        return see
    return None


def program_for(irm: str) -> ParagraphId:
    """The paragraph a contact worked under Impacted IRM ``irm`` (``"5.19.8"``) is worked under.

    Where the memorandum changes several paragraphs of the IRM, which one governs is the register's
    reading ``program_for_irm``; a contact worked under another of them names its paragraph instead.

    Raises:
        KeyError: ``irm`` is not one of the memorandum's Impacted IRMs
            ([`MEMO.impacted_irms`][irm_model.memo.Memorandum.impacted_irms]).
    """
    return ParagraphId.parse(Readings.program_for_irm.value[irm])
