"""The digital tools the memorandum names, with what it says of each, and postal mail beside them.

Each [`DigitalTool`][irm_model.tools.DigitalTool] carries its name as the memorandum writes it,
the other ways it writes it, what it says of the tool (each fact citing its paragraph) and every
changed paragraph whose text names it.

Three tools (DUT, TDC Secure Messaging and Live Assistance (Text Chat)) are named in the
memorandum's *Purpose* and *Background*, which have no paragraph id; their facts cite
``SBSE-05-0126-0020(1)``, the Procedural Change that requires the "available and appropriate,
IT-approved, digital communication tools" those passages give as examples. ``named_in`` lists
only paragraphs whose own text names the tool.

Postal mail is not a digital tool: it is the response option of last resort. A
[`Channel`][irm_model.tools.Channel] is either a digital tool or postal mail.

The Document Upload Tool's own mechanics (access codes, file types, file size) belong to
[irm_model.upload][]; this module only names it.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TypeAlias

from pydantic import BaseModel, ConfigDict

from irm_model.paragraphs import ParagraphId

__all__ = [
    "POSTAL_MAIL",
    "TOOLS",
    "Channel",
    "DigitalTool",
    "Fact",
    "PostalMail",
    "ToolKey",
    "UnknownToolError",
    "channel_name",
    "channel_named",
    "tool_named",
]


class ToolKey(StrEnum):
    """A stable name for each digital tool (also the tool's page name on the site)."""

    DUT = "dut"
    """Document Upload Tool (DUT)."""
    EEFAX = "eefax"
    """Enterprise e-Fax system (EEFax)."""
    TDC_SECURE_MESSAGING = "tdc-secure-messaging"
    """Taxpayer Digital Communications (TDC) Secure Messaging."""
    LIVE_ASSISTANCE = "live-assistance"
    """Live Assistance (Text Chat)."""
    DIM = "dim"
    """Digital Inventory Management (DIM)."""
    ITA = "ita"
    """Interactive Tax Assistant (ITA)."""
    ONLINE_ACCOUNTS = "online-accounts"
    """IRS Online Accounts."""
    VOICE_BOTS = "voice-bots"
    """Voice bots."""
    DMAF = "dmaf"
    """DMAF Mobile-friendly forms."""
    WHC_PORTAL = "whc-self-help-portal"
    """WHC Self Help Portal."""
    LIVE_CHATBOT = "live-chatbot"
    """live chatbot."""


class PostalMail(StrEnum):
    """Postal mail, the response option of last resort; not a digital tool."""

    POSTAL_MAIL = "postal-mail"
    """Postal mail (paper correspondence)."""


POSTAL_MAIL = PostalMail.POSTAL_MAIL
"""The one postal channel."""

Channel: TypeAlias = ToolKey | PostalMail
"""A way for the taxpayer to send what was requested: a digital tool, or postal mail."""


class Fact(BaseModel):
    """Something the memorandum says about a tool, and where it says it."""

    model_config = ConfigDict(frozen=True)

    text: str
    """What the memorandum says, shortened."""
    paragraph: ParagraphId
    """The paragraph that says it."""


class DigitalTool(BaseModel):
    """One digital tool: its names as the memorandum writes them, and what it says of it."""

    model_config = ConfigDict(frozen=True)

    key: ToolKey
    """The tool's stable key."""
    name: str
    """The name as the memorandum writes it: ``Document Upload Tool (DUT)``."""
    abbreviation: str | None
    """The short form the memorandum uses (``DUT``), if it uses one."""
    aliases: tuple[str, ...]
    """Other ways the memorandum writes it (``Eefax``, ``EEFAX``, ``E-Fax``)."""
    facts: tuple[Fact, ...]
    """What the memorandum says of the tool, each fact citing its paragraph."""
    named_in: tuple[ParagraphId, ...]
    """Every changed paragraph whose text names the tool, in manual order (struck text excluded)."""


def _tool(
    key: ToolKey,
    name: str,
    abbreviation: str | None,
    aliases: tuple[str, ...],
    named_in: tuple[str, ...],
    *facts: tuple[str, str],
) -> DigitalTool:
    return DigitalTool(
        key=key,
        name=name,
        abbreviation=abbreviation,
        aliases=aliases,
        facts=tuple(Fact(text=text, paragraph=ParagraphId.parse(cited)) for cited, text in facts),
        named_in=tuple(sorted(ParagraphId.parse(text) for text in named_in)),
    )


_PURPOSE = "SBSE-05-0126-0020(1)"

TOOLS: dict[ToolKey, DigitalTool] = {
    tool.key: tool
    for tool in (
        _tool(
            ToolKey.DUT,
            "Document Upload Tool (DUT)",
            "DUT",
            ("DUT", "Document Upload Tool"),
            (
                "IRM 5.18.1.1.5(2)",
                "IRM 5.18.2.1.5(5)",
                "IRM 5.18.2.1.5(6)",
                "IRM 5.18.2.1.5(7)",
                "IRM 5.18.2.1.6",
                "IRM 5.19.1.2(13)",
                "IRM 5.19.1.2(14)",
                "IRM 5.19.1.2(15)",
                "IRM 5.19.1.2(16)",
                "IRM 5.19.2.2.1(1)",
                "IRM 5.19.8.4(4)",
                "IRM 5.19.8.4.2(5)",
                "IRM 5.19.8.4.2.2(10)",
                "IRM 5.19.8.4.3(9)",
                "IRM 5.19.8.4.3.2(4)",
                "IRM 5.19.8.4.7.3(1)",
                "IRM 5.19.8.4.7.4(1)",
                "IRM 5.19.8.4.7.5(7)",
                "IRM 5.19.11.1.5(1)",
                "IRM 5.19.11.3.2.5(1)",
                "IRM 5.19.11.3.2.5(2)",
                "IRM 5.19.11.7.1.2(2)",
                "IRM 5.19.11.10.1(5)",
                "IRM 5.19.11.10.12(5)",
                "IRM 5.19.13.3(6)",
                "IRM 5.19.16.1.5(2)",
                "IRM 5.19.16.8(4)",
                "IRM 5.19.22.1.5(2)",
                "IRM 5.19.22.2.4(8)",
                "IRM 25.12.1.1.5(5)",
            ),
            (_PURPOSE, "Purpose: an example of the IT-approved digital tools employees are required to offer."),
            (
                "IRM 5.18.2.1.5(6)",
                "An application on IRS.gov where taxpayers upload documentation they are requested or required "
                "to provide.",
            ),
            (
                "IRM 5.18.2.1.5(6)",
                "Lets employees receive necessary documentation in real time while on the phone, and gives "
                "taxpayers an alternative to provide it securely.",
            ),
            (
                "IRM 5.18.2.1.5(6)",
                "Wherever fax is referenced as an acceptable means of securing documents in IRM 5.18.2, the DUT "
                "must be used, when available.",
            ),
            (
                "IRM 5.19.1.2(14)",
                "Wherever EEFax is referenced as an acceptable means in IRM 5.19.1, the DUT is also acceptable, "
                "when available.",
            ),
            (
                "IRM 5.19.1.2(16)",
                "Some taxpayers receive a link to upload documents via DUT on certain outgoing correspondence.",
            ),
            (
                "IRM 5.19.11.3.2.5(1)",
                "Wherever fax is referenced as an acceptable means in IRM 5.19.11, the DUT will also be accepted, "
                "when available.",
            ),
        ),
        _tool(
            ToolKey.EEFAX,
            "Enterprise e-Fax system (EEFax)",
            "EEFax",
            ("EEFax", "Eefax", "EEFAX", "E-Fax", "Enterprise e-Fax system"),
            (
                "IRM 5.18.2.1.5(5)",
                "IRM 5.19.1.2(13)",
                "IRM 5.19.1.2(14)",
                "IRM 5.19.2.2.1(1)",
                "IRM 5.19.8.4(4)",
                "IRM 5.19.8.4.2(5)",
                "IRM 5.19.8.4.2.2(10)",
                "IRM 5.19.8.4.3.2(4)",
                "IRM 5.19.8.4.7.3(1)",
                "IRM 5.19.8.4.7.4(1)",
                "IRM 5.19.8.4.7.5(7)",
                "IRM 5.19.11.7.1.2(2)",
                "IRM 5.19.11.10.1(5)",
                "IRM 5.19.22.1.5(2)",
            ),
            (_PURPOSE, "Background: one of the digital tools the IRM already references for receiving information."),
            (
                "IRM 5.19.2.2.1(1)",
                "Written E-Fax and Eefax: an electronic method for Return Delinquency inquiries and an available "
                "digital tool.",
            ),
            (
                "IRM 5.19.8.4.3(9)",
                "Struck from the ways a request for an equivalent hearing can be submitted; the DUT remains.",
            ),
        ),
        _tool(
            ToolKey.TDC_SECURE_MESSAGING,
            "TDC Secure Messaging",
            None,
            ("Taxpayer Digital Communications (TDC) Secure Messaging (SM)", "Secure Messaging"),
            ("SBSE-05-0126-0020(6)",),
            (
                _PURPOSE,
                "Purpose and Background: an example of the IT-approved digital tools employees are required to offer.",
            ),
            (
                "SBSE-05-0126-0020(6)",
                "Once taxpayer responses are processed, documented and all attachments properly handled, the "
                "employee marks Case Status and IRS Case Status Closed/Complete, which marks messages and "
                "attachments to be purged.",
            ),
            (
                "SBSE-05-0126-0020(6)",
                "Not to be used as long-term storage to retain incoming taxpayer communications.",
            ),
        ),
        _tool(
            ToolKey.LIVE_ASSISTANCE,
            "Live Assistance (Text Chat)",
            None,
            ("Live Assistance", "Text Chat"),
            (),
            (
                _PURPOSE,
                "Purpose and Background: an example of the IT-approved digital tools employees are required to offer.",
            ),
        ),
        _tool(
            ToolKey.DIM,
            "Digital Inventory Management (DIM)",
            "DIM",
            ("DIM", "Digital Inventory Management"),
            ("IRM 5.19.2.2.1(1)",),
            (
                "IRM 5.19.2.2.1(1)",
                "An electronic method for Return Delinquency inquiries, and an available digital tool.",
            ),
            (
                "IRM 5.19.16.8(4)",
                "Named in the title of IRM 5.19.16.8, Document Upload Tool (DUT) and Digital Inventory Management "
                "(DIM) Receipts.",
            ),
        ),
        _tool(
            ToolKey.ITA,
            "Interactive Tax Assistant (ITA)",
            "ITA",
            ("ITA", "Interactive Tax Assistant"),
            ("IRM 5.19.2.2.1(1)",),
            ("IRM 5.19.2.2.1(1)", "An available digital tool in the Return Delinquency program."),
        ),
        _tool(
            ToolKey.ONLINE_ACCOUNTS,
            "IRS Online Accounts",
            None,
            ("Online Accounts",),
            ("IRM 5.19.2.2.1(1)",),
            ("IRM 5.19.2.2.1(1)", "An available digital tool in the Return Delinquency program."),
        ),
        _tool(
            ToolKey.VOICE_BOTS,
            "Voice bots",
            None,
            ("Voice bot",),
            ("IRM 5.19.2.2.1(1)",),
            ("IRM 5.19.2.2.1(1)", "An available digital tool in the Return Delinquency program."),
        ),
        _tool(
            ToolKey.DMAF,
            "DMAF Mobile-friendly forms",
            "DMAF",
            ("DMAF", "Mobile-friendly forms"),
            ("IRM 5.19.2.2.1(1)",),
            ("IRM 5.19.2.2.1(1)", "An available digital tool in the Return Delinquency program."),
        ),
        _tool(
            ToolKey.WHC_PORTAL,
            "WHC Self Help Portal",
            None,
            ("Self Help Portal",),
            ("IRM 5.19.11.1.5(1)",),
            (
                "IRM 5.19.11.1.5(1)",
                "A digital communication tool employees must offer, with the DUT and live chatbot, when "
                "requesting information.",
            ),
        ),
        _tool(
            ToolKey.LIVE_CHATBOT,
            "live chatbot",
            None,
            ("chatbot",),
            ("IRM 5.19.11.1.5(1)",),
            (
                "IRM 5.19.11.1.5(1)",
                "A digital communication tool employees must offer, with the DUT and WHC Self Help Portal, when "
                "requesting information.",
            ),
        ),
    )
}
"""Every digital tool the memorandum names, by key."""


class UnknownToolError(ValueError):
    """Raised for a name the memorandum does not use for any digital tool (or for postal mail)."""

    code = "unknown_tool"
    """Machine-readable name of the error."""

    def __init__(self, text: str) -> None:
        self.text = text
        """The name that was looked up."""
        super().__init__(f"{text!r} is not a digital tool the memorandum names (nor postal mail)")


def _normal(text: str) -> str:
    words = re.sub(r"\s+", " ", text.strip())
    return re.sub(r"^the ", "", words, flags=re.IGNORECASE).casefold()


_BY_NAME = {_normal(name): tool.key for tool in TOOLS.values() for name in (tool.name, *tool.aliases)}
_POSTAL_NAMES = frozenset({"postal mail", "mail", "paper correspondence"})


def tool_named(text: str) -> ToolKey:
    """The tool the memorandum means by ``text``.

    Case and a leading "the" do not matter: ``"Eefax"``, ``"EEFAX"`` and ``"the Document Upload
    Tool (DUT)"`` are all found.

    Raises:
        UnknownToolError: no digital tool goes by that name.
    """
    try:
        return _BY_NAME[_normal(text)]
    except KeyError:
        raise UnknownToolError(text) from None


def channel_named(text: str) -> Channel:
    """The channel meant by ``text``: ``"postal mail"`` (or ``"paper correspondence"``), else a tool.

    Raises:
        UnknownToolError: ``text`` names neither postal mail nor a digital tool.
    """
    return POSTAL_MAIL if _normal(text) in _POSTAL_NAMES else tool_named(text)


def channel_name(channel: Channel) -> str:
    """How the memorandum writes the channel: the tool's name, or ``postal mail``."""
    return "postal mail" if channel is POSTAL_MAIL else TOOLS[ToolKey(channel)].name
