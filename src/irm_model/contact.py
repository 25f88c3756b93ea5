"""The digital-first contact rule: offer digital tools before paper, and say why.

When requesting information, employees offer the available digital tools, the taxpayer's
preferred one first; offer an alternative digital tool when the taxpayer cannot use one; explain
how to use them when asked; document the taxpayer's choice; and offer postal mail only once every
available digital option was offered and declined (the taxpayer cannot or will not use it) or
exhausted. Taxpayers are never required to use digital tools, and digital tools do not replace
the authorized means of filing tax returns.

A [`Contact`][irm_model.contact.Contact] is what has happened so far on one request for
information, under one program paragraph (the IRM paragraph it is worked under). The decisions
below read it and return their outcome with reasons, each citing its paragraph.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict

from irm_model.memo import guidance_status
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Reason
from irm_model.tools import TOOLS, ToolKey

__all__ = [
    "Answer",
    "Contact",
    "Decision",
    "Event",
    "EventKind",
    "NextStep",
    "Party",
    "Responding",
    "Review",
    "SecureMessagingCase",
    "close_secure_messaging_case",
    "may_offer_postal_mail",
    "must_use_digital_tools",
    "next_step",
    "review_and_respond",
    "review_contact",
    "securing_a_tax_return",
]

OFFER_TO_ALL = ParagraphId.memo(1)
"""Employees are required to offer the available digital tools to taxpayers or their representatives."""
PAPER_LAST = ParagraphId.memo(2)
"""Not mandatory for taxpayers; paper only after all digital options offered, declined and exhausted."""
TAX_RETURNS = ParagraphId.memo(3)
"""The mandate does not supersede the guidance on securing tax returns."""
ALTERNATIVE_FIRST = ParagraphId.memo(4)
"""Alternative tool first, preferred method first, explain, document the choice."""
USE_TOOLS_TO_RESPOND = ParagraphId.memo(5)
"""Employees must use the digital tools available to them to review and respond."""
SECURE_MESSAGING = ParagraphId.memo(6)
"""Close TDC Secure Messaging cases so messages and attachments are purged."""
WORK_REVIEWS = ParagraphId.irm("1.4.20.20", 1)
"""Employee work reviews: employees are required to offer the available digital tools."""

TAX_RETURN_NOTES = frozenset(
    ParagraphId.parse(text)
    for text in (
        "IRM 5.18.2.1.5(5)",
        "IRM 5.19.2.2.1(1)",
        "IRM 5.19.11.1.5(1)",
        "IRM 5.19.16.1.5(2)",
        "IRM 5.19.22.1.5(2)",
    )
)
"""Program paragraphs whose Note says to follow current guidance for securing tax returns."""


class Party(StrEnum):
    """Who the employee is dealing with."""

    TAXPAYER = "taxpayer"
    REPRESENTATIVE = "representative"
    """An authorized representative or Power of Attorney (POA): the rule is the same."""


class Answer(StrEnum):
    """What came of offering one digital tool."""

    ACCEPTED = "accepted"
    CANNOT_USE = "cannot use"
    WILL_NOT_USE = "will not use"
    EXHAUSTED = "exhausted"
    """The option was tried and is used up, or turned out not to be available after all."""

    @property
    def declines(self) -> bool:
        """Whether the answer counts as "declined, and exhausted" for the tool."""
        return self is not Answer.ACCEPTED


class EventKind(StrEnum):
    """Things that happen during a contact, in the order they happen."""

    OFFERED = "offered"
    ANSWERED = "answered"
    POSTAL_MAIL_OFFERED = "postal mail offered"
    HELP_REQUESTED = "help requested"
    HELP_EXPLAINED = "help explained"
    CHOICE_DOCUMENTED = "choice documented"


class Event(BaseModel):
    """One thing that happened."""

    model_config = ConfigDict(frozen=True)

    kind: EventKind
    tool: ToolKey | None = None
    answer: Answer | None = None


class Contact(BaseModel):
    """One request for information, as it stands: the facts and what has happened so far."""

    model_config = ConfigDict(frozen=True)

    program: ParagraphId
    """The paragraph the contact is worked under, e.g. ``IRM 5.19.1.2(13)``."""
    on: date
    """The day of the contact: the interim rule governs only while it is in force."""
    party: Party = Party.TAXPAYER
    available: tuple[ToolKey, ...]
    """The digital tools available and appropriate for this contact."""
    preferred: ToolKey | None = None
    """The taxpayer's preferred digital communication method, if they have one."""
    events: tuple[Event, ...] = ()

    def _then(self, event: Event) -> Self:
        return self.model_copy(update={"events": (*self.events, event)})

    def offer(self, tool: ToolKey) -> Self:
        """The employee offers ``tool``."""
        return self._then(Event(kind=EventKind.OFFERED, tool=tool))

    def answer(self, tool: ToolKey, answer: Answer) -> Self:
        """The taxpayer answers the offer of ``tool``."""
        return self._then(Event(kind=EventKind.ANSWERED, tool=tool, answer=answer))

    def offer_postal_mail(self) -> Self:
        """The employee offers postal mail as a response option."""
        return self._then(Event(kind=EventKind.POSTAL_MAIL_OFFERED))

    def ask_for_help(self) -> Self:
        """The taxpayer needs help using a digital tool."""
        return self._then(Event(kind=EventKind.HELP_REQUESTED))

    def explain(self) -> Self:
        """The employee explains how to use the digital tools."""
        return self._then(Event(kind=EventKind.HELP_EXPLAINED))

    def document_choice(self) -> Self:
        """The employee documents the taxpayer's choice."""
        return self._then(Event(kind=EventKind.CHOICE_DOCUMENTED))

    def answers(self, events: tuple[Event, ...] | None = None) -> dict[ToolKey, Answer]:
        """The latest answer for each tool, in the given events (default: all)."""
        found: dict[ToolKey, Answer] = {}
        for event in self.events if events is None else events:
            if event.kind is EventKind.ANSWERED and event.tool is not None and event.answer is not None:
                found[event.tool] = event.answer
        return found

    @property
    def digital_options(self) -> tuple[ToolKey, ...]:
        """The available tools in the order to offer them: the preferred one first."""
        rest = tuple(tool for tool in self.available if tool != self.preferred)
        return ((self.preferred,) if self.preferred in self.available else ()) + rest


class Decision(BaseModel):
    """A yes-or-no answer of the rule, with its reasons. ``None`` when the interim rule does not apply."""

    model_config = ConfigDict(frozen=True)

    answer: bool | None
    reasons: tuple[Reason, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        """The reasons' codes, for machines and tests."""
        return tuple(reason.code for reason in self.reasons)


class NextStep(BaseModel):
    """What the employee does next on a contact."""

    model_config = ConfigDict(frozen=True)

    offer: ToolKey | None
    """The digital tool to offer next, if any."""
    postal_mail: bool
    """Whether postal mail may now be offered as a response option."""
    done: bool
    """The taxpayer chose a digital tool: use it and document the choice."""
    applies: bool = True
    """False when the interim rule does not govern the contact's date."""
    reasons: tuple[Reason, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        """The reasons' codes."""
        return tuple(reason.code for reason in self.reasons)


def _why(code: str, paragraph: ParagraphId, text: str) -> Reason:
    return Reason(code=code, paragraph=paragraph, text=text)


def _name(tool: ToolKey) -> str:
    return TOOLS[tool].name


def _out_of_force(contact: Contact) -> tuple[Reason, ...] | None:
    status = guidance_status(contact.on)
    return None if status.applies else status.reasons


def _postal_mail(contact: Contact, events: tuple[Event, ...]) -> Decision:
    answers = contact.answers(events)
    accepted = [tool for tool, answer in answers.items() if answer is Answer.ACCEPTED]
    if accepted:
        return Decision(
            answer=False,
            reasons=(
                _why(
                    "digital_tool_accepted",
                    contact.program,
                    f"The {contact.party} chose {_name(accepted[0])}: postal mail is only for those "
                    "who cannot or will not use digital communication tools",
                ),
            ),
        )
    missing = [tool for tool in contact.digital_options if tool not in answers]
    if missing:
        return Decision(
            answer=False,
            reasons=(
                _why(
                    "digital_not_yet_offered",
                    PAPER_LAST,
                    "Paper correspondence is the last resort, only after all available digital options "
                    f"have been offered, declined, and exhausted; not yet: {', '.join(map(_name, missing))}",
                ),
                _why(
                    "program_requires_digital_first",
                    contact.program,
                    "Digital tools must be offered and declined before paper correspondence is used",
                ),
            ),
        )
    if not contact.digital_options:
        return Decision(
            answer=True,
            reasons=(
                _why(
                    "no_digital_tool_available",
                    PAPER_LAST,
                    "No digital tool is available for this contact, so postal mail may be offered",
                ),
            ),
        )
    return Decision(
        answer=True,
        reasons=(
            _why(
                "all_digital_declined",
                PAPER_LAST,
                f"Every available digital tool was offered and declined or exhausted: the {contact.party} "
                "cannot or will not use digital communication tools",
            ),
            _why(
                "program_postal_mail_last",
                contact.program,
                "Postal mail may be offered to taxpayers who cannot or will not use digital tools",
            ),
        ),
    )


def may_offer_postal_mail(contact: Contact) -> Decision:
    """Whether postal mail may be offered now.

    Only once every available digital tool has been offered and declined (cannot or will not
    use) or exhausted, and none was accepted (SBSE-05-0126-0020(2) and the program paragraph).
    """
    out = _out_of_force(contact)
    if out is not None:
        return Decision(answer=None, reasons=out)
    return _postal_mail(contact, contact.events)


def next_step(contact: Contact) -> NextStep:
    """What to do next: which digital tool to offer, or whether postal mail may be offered."""
    out = _out_of_force(contact)
    if out is not None:
        return NextStep(offer=None, postal_mail=False, done=False, applies=False, reasons=out)
    answers = contact.answers()
    accepted = next((tool for tool, answer in answers.items() if answer is Answer.ACCEPTED), None)
    if accepted is not None:
        return NextStep(
            offer=None,
            postal_mail=False,
            done=True,
            reasons=(
                _why(
                    "document_choice",
                    ALTERNATIVE_FIRST,
                    f"The {contact.party} chose {_name(accepted)}: document the taxpayer's choice",
                ),
            ),
        )
    remaining = [tool for tool in contact.digital_options if tool not in answers]
    if not remaining:
        postal = _postal_mail(contact, contact.events)
        return NextStep(offer=None, postal_mail=bool(postal.answer), done=False, reasons=postal.reasons)
    tool = remaining[0]
    reasons = [
        _why(
            "offer_digital_tools",
            contact.program,
            f"When requesting information, offer and encourage the available digital tools: {_name(tool)}",
        )
    ]
    if tool == contact.preferred:
        reasons.append(_why("preferred_first", ALTERNATIVE_FIRST, "Prioritize the taxpayer's preferred digital method"))
    elif contact.preferred is not None and contact.preferred not in contact.available:
        reasons.append(
            _why(
                "preferred_unavailable",
                ALTERNATIVE_FIRST,
                f"The preferred {_name(contact.preferred)} is not available: offer an available alternative",
            )
        )
    if any(answer is Answer.CANNOT_USE for answer in answers.values()):
        reasons.append(
            _why(
                "alternative_before_paper",
                ALTERNATIVE_FIRST,
                "The taxpayer cannot use a tool: first offer any available alternative digital tool "
                "before resorting to paper correspondence",
            )
        )
    return NextStep(offer=tool, postal_mail=False, done=False, reasons=tuple(reasons))


def must_use_digital_tools(contact: Contact) -> Decision:
    """Whether the taxpayer is required to use a digital tool: never (SBSE-05-0126-0020(2))."""
    return Decision(
        answer=False,
        reasons=(
            _why(
                "digital_not_mandatory",
                PAPER_LAST,
                "It is not mandatory for taxpayers to communicate using digital tools",
            ),
        ),
    )


def securing_a_tax_return(contact: Contact) -> Decision:
    """Whether a digital tool may replace the authorized means of filing a tax return: no.

    The mandate does not supersede current guidance on securing tax returns; taxpayers are
    encouraged to file returns through authorized means (SBSE-05-0126-0020(3) and the Notes of
    the program paragraphs that repeat it).
    """
    reasons = [
        _why(
            "tax_return_authorized_means",
            TAX_RETURNS,
            "Follow current guidance where digital tools are not authorized to secure tax returns; "
            "encourage the taxpayer to file through authorized means",
        )
    ]
    if contact.program in TAX_RETURN_NOTES:
        reasons.append(
            _why(
                "tax_return_note",
                contact.program,
                "Follow current IRM guidance for securing tax returns where digital signatures are not acceptable",
            )
        )
    return Decision(answer=False, reasons=tuple(reasons))


class Review(BaseModel):
    """The findings of an employee work review of one contact (IRM 1.4.20.20(1))."""

    model_config = ConfigDict(frozen=True)

    findings: tuple[Reason, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        """The findings' codes."""
        return tuple(finding.code for finding in self.findings)

    @property
    def meets_guidance(self) -> bool:
        """Whether the contact followed the digital-first rule."""
        return not self.findings


def review_contact(contact: Contact) -> Review:
    """Review a contact after the fact: were the digital tools offered as the guidance requires?"""
    if _out_of_force(contact) is not None:
        return Review(findings=())
    findings: list[Reason] = []
    for index, event in enumerate(contact.events):
        if event.kind is EventKind.POSTAL_MAIL_OFFERED and not _postal_mail(contact, contact.events[:index]).answer:
            findings.append(
                _why(
                    "postal_mail_too_early",
                    WORK_REVIEWS,
                    "Postal mail was offered before every available digital tool was offered and declined",
                )
            )
            break
    offers = [event.tool for event in contact.events if event.kind is EventKind.OFFERED]
    if contact.preferred in contact.available and offers and offers[0] != contact.preferred:
        findings.append(
            _why(
                "preferred_not_first",
                ALTERNATIVE_FIRST,
                "The taxpayer's preferred digital method was not offered first",
            )
        )
    kinds = [event.kind for event in contact.events]
    if EventKind.HELP_REQUESTED in kinds and EventKind.HELP_EXPLAINED not in kinds:
        findings.append(
            _why("help_not_explained", ALTERNATIVE_FIRST, "The taxpayer needed help and it was not explained")
        )
    if contact.events and EventKind.CHOICE_DOCUMENTED not in kinds:
        findings.append(_why("choice_not_documented", ALTERNATIVE_FIRST, "The taxpayer's choice was not documented"))
    if contact.available and not offers:
        findings.append(
            _why("no_digital_offered", WORK_REVIEWS, "No digital tool was offered though digital tools were available")
        )
    return Review(findings=tuple(findings))


class SecureMessagingCase(BaseModel):
    """A TDC Secure Messaging case's state when the employee considers closing it."""

    model_config = ConfigDict(frozen=True)

    responses_processed: bool
    responses_documented: bool
    attachments_handled: bool


def close_secure_messaging_case(case: SecureMessagingCase) -> Decision:
    """Whether Case Status and IRS Case Status may be marked Closed/Complete (which marks the
    messages and attachments to be purged): only once the taxpayer's responses have been processed,
    documented and all attachments properly handled (SBSE-05-0126-0020(6)).
    """
    missing = [
        what
        for what, done in (
            ("responses processed", case.responses_processed),
            ("responses documented", case.responses_documented),
            ("attachments handled", case.attachments_handled),
        )
        if not done
    ]
    if missing:
        return Decision(
            answer=False,
            reasons=(
                _why(
                    "secure_messaging_not_ready",
                    SECURE_MESSAGING,
                    f"Close the case only once responses are processed, documented and attachments handled; "
                    f"not yet: {', '.join(missing)}",
                ),
            ),
        )
    return Decision(
        answer=True,
        reasons=(
            _why(
                "secure_messaging_close_and_purge",
                SECURE_MESSAGING,
                "Mark Case Status and IRS Case Status Closed/Complete: messages and attachments are marked "
                "to be purged; TDC Secure Messaging is not long-term storage",
            ),
        ),
    )


class Responding(BaseModel):
    """How the employee reviews and responds to a taxpayer's submission."""

    model_config = ConfigDict(frozen=True)

    tools: tuple[ToolKey, ...]
    """The digital tools and systems to use: every one available to the employee."""
    reasons: tuple[Reason, ...]


def review_and_respond(contact: Contact) -> Responding:
    """Employees use the digital tools and systems available to them to review and respond to
    taxpayers, following IRM guidelines for processing taxpayer responses (SBSE-05-0126-0020(5))."""
    out = _out_of_force(contact)
    if out is not None:
        return Responding(tools=(), reasons=out)
    return Responding(
        tools=contact.available,
        reasons=(
            _why(
                "use_available_tools_to_respond",
                USE_TOOLS_TO_RESPOND,
                "Use the digital tools and systems available to review and respond to taxpayers",
            ),
        ),
    )
