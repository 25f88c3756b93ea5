"""The digital tools the memorandum names, with what it says of each, and postal mail beside them.

**One vocabulary.** [`Channel`][irm_model.tools.Channel] spells once every way information can
reach the IRS that the memorandum speaks of: each digital tool it names, fax, and postal mail.
Contacts, hearing requests and withholding verifications all use it.

Each [`DigitalTool`][irm_model.tools.DigitalTool] carries its name as the memorandum writes it,
the other ways it writes it, and what it says of the tool (each fact citing its paragraph). Which
changed paragraphs name a tool is read from the pages' text by the site, not kept here.

Three tools (DUT, TDC Secure Messaging and Live Assistance (Text Chat)) are named in the
memorandum's *Purpose* and *Background*, which have no paragraph id; their facts cite
``SBSE-05-0126-0020(1)``, the Procedural Change that requires the "available and appropriate,
IT-approved, digital communication tools" those passages give as examples.

Postal mail is not a digital tool: it is the response option of last resort. Fax (to an office's
fax number) is not one of the tools the memorandum names either; the IRS receives faxes through
EEFax.

The Document Upload Tool's own mechanics (access codes, file types, file size) belong to
[irm_model.upload][]; this module only names it.
"""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.errors import IrmError
from irm_model.paragraphs import ParagraphId

__all__ = [
    "FAX",
    "POSTAL_MAIL",
    "TOOLS",
    "Channel",
    "DigitalTool",
    "Fact",
    "UnknownToolError",
    "channel_name",
    "channel_named",
    "tool_named",
]


class Channel(StrEnum):
    """Every way information reaches the IRS that the memorandum speaks of: a digital tool, fax, or postal mail.

    The value of a digital tool is also its page name on the site (``tools/dut.md``).
    """

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
    FAX = "fax"
    """Faxing to an office's fax number (IRM 5.19.11.10.12(5) "the appropriate fax number"); not a named tool."""
    POSTAL_MAIL = "postal-mail"
    """Postal mail (paper correspondence): the response option of last resort, not a digital tool."""

    @property
    def is_tool(self) -> bool:
        """Whether this is one of the digital tools the memorandum names (not fax, not postal mail)."""
        return self in TOOLS


POSTAL_MAIL = Channel.POSTAL_MAIL
"""The one postal channel."""

FAX = Channel.FAX
"""Fax to an office's fax number."""


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

    key: Channel
    """The tool's channel, also its stable key."""
    name: str
    """The name as the memorandum writes it: ``Document Upload Tool (DUT)``."""
    abbreviation: str | None
    """The short form the memorandum uses (``DUT``), if it uses one."""
    aliases: tuple[str, ...]
    """Other ways the memorandum writes it (``Eefax``, ``EEFAX``, ``E-Fax``)."""
    facts: tuple[Fact, ...]
    """What the memorandum says of the tool, each fact citing its paragraph."""


def _tool(
    key: Channel, name: str, abbreviation: str | None, aliases: tuple[str, ...], *facts: tuple[str, str]
) -> DigitalTool:
    return DigitalTool(
        key=key,
        name=name,
        abbreviation=abbreviation,
        aliases=aliases,
        facts=tuple(Fact(text=text, paragraph=ParagraphId.parse(cited)) for cited, text in facts),
    )


_PURPOSE = "SBSE-05-0126-0020(1)"

TOOLS: dict[Channel, DigitalTool] = {
    tool.key: tool
    for tool in (
        _tool(
            Channel.DUT,
            "Document Upload Tool (DUT)",
            "DUT",
            ("DUT", "Document Upload Tool"),
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
            Channel.EEFAX,
            "Enterprise e-Fax system (EEFax)",
            "EEFax",
            ("EEFax", "Eefax", "EEFAX", "E-Fax", "Enterprise e-Fax system"),
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
            Channel.TDC_SECURE_MESSAGING,
            "TDC Secure Messaging",
            None,
            ("Taxpayer Digital Communications (TDC) Secure Messaging (SM)", "Secure Messaging"),
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
            Channel.LIVE_ASSISTANCE,
            "Live Assistance (Text Chat)",
            None,
            ("Live Assistance", "Text Chat"),
            (
                _PURPOSE,
                "Purpose and Background: an example of the IT-approved digital tools employees are required to offer.",
            ),
        ),
        _tool(
            Channel.DIM,
            "Digital Inventory Management (DIM)",
            "DIM",
            ("DIM", "Digital Inventory Management"),
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
            Channel.ITA,
            "Interactive Tax Assistant (ITA)",
            "ITA",
            ("ITA", "Interactive Tax Assistant"),
            ("IRM 5.19.2.2.1(1)", "An available digital tool in the Return Delinquency program."),
        ),
        _tool(
            Channel.ONLINE_ACCOUNTS,
            "IRS Online Accounts",
            None,
            ("Online Accounts",),
            ("IRM 5.19.2.2.1(1)", "An available digital tool in the Return Delinquency program."),
        ),
        _tool(
            Channel.VOICE_BOTS,
            "Voice bots",
            None,
            ("Voice bot",),
            ("IRM 5.19.2.2.1(1)", "An available digital tool in the Return Delinquency program."),
        ),
        _tool(
            Channel.DMAF,
            "DMAF Mobile-friendly forms",
            "DMAF",
            ("DMAF", "Mobile-friendly forms"),
            ("IRM 5.19.2.2.1(1)", "An available digital tool in the Return Delinquency program."),
        ),
        _tool(
            Channel.WHC_PORTAL,
            "WHC Self Help Portal",
            None,
            ("Self Help Portal",),
            (
                "IRM 5.19.11.1.5(1)",
                "A digital communication tool employees must offer, with the DUT and live chatbot, when "
                "requesting information.",
            ),
        ),
        _tool(
            Channel.LIVE_CHATBOT,
            "live chatbot",
            None,
            ("chatbot",),
            (
                "IRM 5.19.11.1.5(1)",
                "A digital communication tool employees must offer, with the DUT and WHC Self Help Portal, when "
                "requesting information.",
            ),
        ),
    )
}
"""Every digital tool the memorandum names, by key."""


class UnknownToolError(IrmError):
    """Raised for a name the memorandum uses for no digital tool (nor fax, nor postal mail): ``unknown_tool``."""

    def __init__(self, text: str) -> None:
        self.text = text
        """The name that was looked up."""
        super().__init__(
            "unknown_tool", f"{text!r} is not a digital tool the memorandum names (nor fax, nor postal mail)"
        )


def _normal(text: str) -> str:
    words = re.sub(r"\s+", " ", text.strip())
    return re.sub(r"^the ", "", words, flags=re.IGNORECASE).casefold()


_BY_NAME = {_normal(name): tool.key for tool in TOOLS.values() for name in (tool.name, *tool.aliases)}
_OTHER_NAMES = {
    "postal mail": POSTAL_MAIL,
    "mail": POSTAL_MAIL,
    "paper correspondence": POSTAL_MAIL,
    "fax": FAX,
}


def tool_named(text: str) -> Channel:
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
    """The channel meant by ``text``: ``"postal mail"`` (``"mail"``, ``"paper correspondence"``), ``"fax"``, a tool.

    Raises:
        UnknownToolError: ``text`` names neither postal mail, nor fax, nor a digital tool.
    """
    return _OTHER_NAMES.get(_normal(text)) or tool_named(text)


def channel_name(channel: Channel) -> str:
    """How the memorandum writes the channel: the tool's name, ``fax`` or ``postal mail``."""
    tool = TOOLS.get(channel)
    return channel.value.replace("-", " ") if tool is None else tool.name
