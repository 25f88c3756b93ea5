"""Which digital tools each changed IRM paragraph names, and how strongly.

The programs differ and the model keeps them apart: in IRM 5.18.2 the DUT *must be used*
wherever fax is referenced; in IRM 5.19.1 it is *also acceptable* where EEFax is; in IRM 5.19.11
the employee *must offer* it.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.paragraphs import ParagraphId
from irm_model.tools import ToolKey

__all__ = ["PROGRAM_TOOLS", "ProgramTool", "Strength", "programs_naming", "tools_named_in"]


class Strength(StrEnum):
    """How strongly a paragraph names a tool, in its own words."""

    MUST_USE = "must use"
    """"the DUT must be used" / "they must submit the documents to you using the DUT"."""
    MUST_OFFER = "must offer"
    """"employees must offer, and encourage ... to use"."""
    ALSO_ACCEPTABLE = "also acceptable"
    """"the DUT will also be acceptable" / "will also be accepted"."""
    MAY_USE = "may use"
    """"inform them they may submit the documents to you using the DUT"."""
    AVAILABLE = "available"
    """Named as an available digital tool or an electronic method, with no duty attached."""


class ProgramTool(BaseModel):
    """One paragraph naming one tool."""

    model_config = ConfigDict(frozen=True)

    paragraph: ParagraphId
    tool: ToolKey
    strength: Strength


def _links(paragraph: str, strength: Strength, *tools: ToolKey) -> tuple[ProgramTool, ...]:
    cited = ParagraphId.parse(paragraph)
    return tuple(ProgramTool(paragraph=cited, tool=tool, strength=strength) for tool in tools)


_D, _E = ToolKey.DUT, ToolKey.EEFAX
_OFFER, _USE, _ALSO, _MAY, _AVAILABLE = (
    Strength.MUST_OFFER,
    Strength.MUST_USE,
    Strength.ALSO_ACCEPTABLE,
    Strength.MAY_USE,
    Strength.AVAILABLE,
)

PROGRAM_TOOLS: tuple[ProgramTool, ...] = (
    *_links("SBSE-05-0126-0020(1)", _AVAILABLE, _D, ToolKey.TDC_SECURE_MESSAGING, ToolKey.LIVE_ASSISTANCE),
    *_links("IRM 5.18.1.1.5(2)", _OFFER, _D),
    *_links("IRM 5.18.2.1.5(5)", _OFFER, _E, _D),
    *_links("IRM 5.18.2.1.5(6)", _USE, _D),
    *_links("IRM 5.18.2.1.5(7)", _USE, _D),
    *_links("IRM 5.19.1.2(13)", _OFFER, _E, _D),
    *_links("IRM 5.19.1.2(14)", _ALSO, _D),
    *_links("IRM 5.19.1.2(15)", _MAY, _D),
    *_links("IRM 5.19.1.2(16)", _AVAILABLE, _D),
    *_links("IRM 5.19.2.2.1(1)", _OFFER, _E, _D, ToolKey.DIM, ToolKey.ITA, ToolKey.ONLINE_ACCOUNTS),
    *_links("IRM 5.19.2.2.1(1)", _OFFER, ToolKey.VOICE_BOTS, ToolKey.DMAF),
    *_links("IRM 5.19.8.4(4)", _OFFER, _E, _D),
    *_links("IRM 5.19.8.4.2(5)", _ALSO, _D, _E),
    *_links("IRM 5.19.8.4.2.2(10)", _OFFER, _E, _D),
    *_links("IRM 5.19.8.4.3(9)", _ALSO, _D),
    *_links("IRM 5.19.8.4.3.2(4)", _OFFER, _E, _D),
    *_links("IRM 5.19.8.4.7.3(1)", _OFFER, _E, _D),
    *_links("IRM 5.19.8.4.7.4(1)", _OFFER, _E, _D),
    *_links("IRM 5.19.8.4.7.5(7)", _OFFER, _E, _D),
    *_links("IRM 5.19.11.1.5(1)", _OFFER, _D, ToolKey.WHC_PORTAL, ToolKey.LIVE_CHATBOT),
    *_links("IRM 5.19.11.3.2.5(1)", _ALSO, _D),
    *_links("IRM 5.19.11.3.2.5(2)", _OFFER, _D),
    *_links("IRM 5.19.11.7.1.2(2)", _OFFER, _E, _D),
    *_links("IRM 5.19.11.10.1(5)", _OFFER, _E, _D),
    *_links("IRM 5.19.11.10.12(5)", _OFFER, _D),
    *_links("IRM 5.19.13.3(6)", _OFFER, _D),
    *_links("IRM 5.19.16.1.5(2)", _OFFER, _D),
    *_links("IRM 5.19.16.8(4)", _OFFER, _D),
    *_links("IRM 5.19.22.1.5(2)", _OFFER, _E, _D),
    *_links("IRM 5.19.22.2.4(8)", _OFFER, _D),
    *_links("IRM 25.12.1.1.5(5)", _OFFER, _D),
)
"""Every (paragraph, tool, strength) the memorandum states, in manual order."""


def tools_named_in(paragraph: ParagraphId) -> dict[ToolKey, Strength]:
    """The tools a paragraph names, in its order, with how strongly."""
    return {link.tool: link.strength for link in PROGRAM_TOOLS if link.paragraph == paragraph}


def programs_naming(tool: ToolKey) -> tuple[ProgramTool, ...]:
    """Every paragraph that names ``tool``, in manual order."""
    return tuple(link for link in PROGRAM_TOOLS if link.tool == tool)
