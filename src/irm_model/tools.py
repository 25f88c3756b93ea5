"""The digital tools the memorandum names, with what it says of each.

Postal mail is not among them: it is the response option of last resort
([irm_model.contact][]).
"""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.paragraphs import ParagraphId

__all__ = ["TOOLS", "DigitalTool", "Fact", "ToolKey", "UnknownToolError", "tool_named"]


class ToolKey(StrEnum):
    """A stable name for each digital tool."""

    DUT = "dut"
    EEFAX = "eefax"
    TDC_SECURE_MESSAGING = "tdc-secure-messaging"
    LIVE_ASSISTANCE = "live-assistance"
    DIM = "dim"
    ITA = "ita"
    ONLINE_ACCOUNTS = "online-accounts"
    VOICE_BOTS = "voice-bots"
    DMAF = "dmaf"
    WHC_PORTAL = "whc-self-help-portal"
    LIVE_CHATBOT = "live-chatbot"


class Fact(BaseModel):
    """Something the memorandum says about a tool, and where."""

    model_config = ConfigDict(frozen=True)

    text: str
    paragraph: ParagraphId


class DigitalTool(BaseModel):
    """One digital tool: its names as the memorandum writes them, and what it says of it."""

    model_config = ConfigDict(frozen=True)

    key: ToolKey
    name: str
    """The name as the memorandum writes it: ``Document Upload Tool (DUT)``."""
    aliases: tuple[str, ...]
    """Other ways the memorandum writes it (``Eefax``, ``EEFAX``, ``E-Fax``)."""
    facts: tuple[Fact, ...]

    @property
    def named_in(self) -> tuple[ParagraphId, ...]:
        """The paragraphs whose facts mention the tool, in manual order."""
        return tuple(sorted({fact.paragraph for fact in self.facts}))


def _p(text: str) -> ParagraphId:
    return ParagraphId.parse(text)


def _tool(key: ToolKey, name: str, aliases: tuple[str, ...], *facts: tuple[str, str]) -> DigitalTool:
    return DigitalTool(
        key=key, name=name, aliases=aliases, facts=tuple(Fact(text=t, paragraph=_p(p)) for p, t in facts)
    )


TOOLS: dict[ToolKey, DigitalTool] = {
    tool.key: tool
    for tool in (
        _tool(
            ToolKey.DUT,
            "Document Upload Tool (DUT)",
            ("DUT", "Document Upload Tool", "the DUT", "the Document Upload Tool"),
            (
                "SBSE-05-0126-0020(1)",
                "A digital tool for requesting and reviewing taxpayer submissions, named in the memo's Purpose.",
            ),
            (
                "IRM 5.18.2.1.5(6)",
                "An application on IRS.gov where taxpayers upload documentation they are requested or required "
                "to provide, using a one-time use only Unique Access Code provided by an IRS employee.",
            ),
            (
                "IRM 5.18.2.1.5(6)",
                "Lets employees receive documentation in real time while on the phone; wherever fax is referenced "
                "in IRM 5.18.2, the DUT must be used, when available.",
            ),
            ("IRM 5.19.1.2(14)", "Wherever EEFax is acceptable in IRM 5.19.1, the DUT is also acceptable."),
            ("IRM 5.19.1.2(16)", "Uploads from the link on outgoing correspondence are processed as receipts."),
            ("IRM 5.19.11.3.2.5(1)", "Wherever fax is referenced in IRM 5.19.11, the DUT will also be accepted."),
            ("IRM 5.19.16.8(4)", "Employees must offer and encourage its use to submit documentation."),
        ),
        _tool(
            ToolKey.EEFAX,
            "Enterprise e-Fax system (EEFax)",
            ("EEFax", "Eefax", "EEFAX", "E-Fax", "Enterprise e-Fax", "Enterprise e-Fax system"),
            ("IRM 5.18.2.1.5(5)", "Offered, with the DUT, when requesting information in IRM 5.18.2."),
            ("IRM 5.19.1.2(13)", "Offered, with the DUT, when requesting information on balance due accounts."),
            ("IRM 5.19.8.4(4)", "Offered and encouraged, with the DUT, in the Collection Appeal Rights Program."),
            (
                "IRM 5.19.8.4.3(9)",
                "No longer listed as a way to submit an equivalent hearing request (struck by the memo).",
            ),
        ),
        _tool(
            ToolKey.TDC_SECURE_MESSAGING,
            "TDC Secure Messaging",
            ("TDC Secure Messaging", "Taxpayer Digital Communications (TDC) Secure Messaging (SM)", "Secure Messaging"),
            ("SBSE-05-0126-0020(1)", "A digital tool named in the memo's Purpose and Background."),
            (
                "SBSE-05-0126-0020(6)",
                "Once responses are processed, documented and attachments handled, mark Case Status and IRS Case "
                "Status Closed/Complete: messages and attachments are then marked to be purged. Not long-term "
                "storage.",
            ),
        ),
        _tool(
            ToolKey.LIVE_ASSISTANCE,
            "Live Assistance (Text Chat)",
            ("Live Assistance", "Text Chat", "Live Assistance text chat"),
            ("SBSE-05-0126-0020(1)", "A digital tool named in the memo's Purpose and Background."),
        ),
        _tool(
            ToolKey.DIM,
            "Digital Inventory Management (DIM)",
            ("DIM", "Digital Inventory Management"),
            ("IRM 5.19.2.2.1(1)", "An electronic method for taxpayer inquiries and an available digital tool."),
            ("IRM 5.19.16.8(4)", "Its receipts are the subject of IRM 5.19.16.8."),
        ),
        _tool(
            ToolKey.ITA,
            "Interactive Tax Assistant (ITA)",
            ("ITA", "Interactive Tax Assistant"),
            ("IRM 5.19.2.2.1(1)", "An available digital tool in the Return Delinquency program."),
        ),
        _tool(
            ToolKey.ONLINE_ACCOUNTS,
            "IRS Online Accounts",
            ("Online Accounts", "IRS Online Account"),
            ("IRM 5.19.2.2.1(1)", "An available digital tool in the Return Delinquency program."),
        ),
        _tool(
            ToolKey.VOICE_BOTS,
            "Voice bots",
            ("Voice bot", "voice bots"),
            ("IRM 5.19.2.2.1(1)", "An available digital tool in the Return Delinquency program."),
        ),
        _tool(
            ToolKey.DMAF,
            "DMAF Mobile-friendly forms",
            ("DMAF", "Mobile-friendly forms", "DMAF mobile-friendly forms"),
            ("IRM 5.19.2.2.1(1)", "An available digital tool in the Return Delinquency program."),
        ),
        _tool(
            ToolKey.WHC_PORTAL,
            "WHC Self Help Portal",
            ("WHC Self Help Portal", "Self Help Portal"),
            ("IRM 5.19.11.1.5(1)", "Offered, with the DUT and live chatbot, in withholding compliance."),
        ),
        _tool(
            ToolKey.LIVE_CHATBOT,
            "live chatbot",
            ("live chatbot", "chatbot"),
            ("IRM 5.19.11.1.5(1)", "Offered, with the DUT and WHC Self Help Portal, in withholding compliance."),
        ),
    )
}
"""Every digital tool the memorandum names."""


class UnknownToolError(LookupError):
    """Raised for a name the memorandum does not use for any digital tool."""

    code = "unknown_tool"

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(f"{text!r} is not a digital tool the memorandum names")


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().removeprefix("the ").removeprefix("The ")).casefold()


_BY_NAME = {_normal(name): tool.key for tool in TOOLS.values() for name in (tool.name, *tool.aliases)}


def tool_named(text: str) -> ToolKey:
    """The tool the memorandum means by ``text`` (``"Eefax"``, ``"the Document Upload Tool (DUT)"``).

    Raises:
        UnknownToolError: no tool goes by that name.
    """
    try:
        return _BY_NAME[_normal(text)]
    except KeyError:
        raise UnknownToolError(text) from None
