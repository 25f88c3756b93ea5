"""The digital-first contact rule: offer digital tools before paper, and say why.

When requesting information, employees offer the available digital tools to the taxpayer or
their representative, the taxpayer's preferred one first; offer an alternative digital tool when
the taxpayer cannot use one; explain how to use them when the taxpayer needs help; document the
taxpayer's choice; and offer postal mail only once every available digital option was offered and
declined (the taxpayer cannot or will not use it) or exhausted. Taxpayers are never required to
use digital tools, and digital tools do not replace the authorized means of filing tax returns.

A [`Contact`][irm_model.contact.Contact] is one request for information as it stands: the
program paragraph it is worked under, its date, the tools available, and what has happened so
far. The decisions read it and return their outcome with reasons. Each reason cites the
memorandum's Procedural Change it follows and, when the program paragraph states the same thing
in its own words, that paragraph too (see [irm_model.programs][]).

On a day the interim guidance is not in force, every decision says so (``guidance_not_yet_effective``
or ``guidance_expired``) instead of applying it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic_core import PydanticCustomError

from irm_model.memo import guidance_status
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.programs import Provision, citation, procedural_change
from irm_model.reasons import Reason
from irm_model.tools import POSTAL_MAIL, Channel, ToolKey, channel_name

__all__ = [
    "WORK_REVIEWS",
    "Action",
    "Answer",
    "Contact",
    "ContactError",
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

WORK_REVIEWS = ParagraphId.irm("1.4.20.20", 1)
"""Employee work reviews: "Employees are required to offer the use of available digital communication tools"."""


class ContactError(ValueError):
    """Something was asked of a contact or a case that the rule does not allow.

    Codes: ``not_offered`` (an answer to a channel that was never offered),
    ``secure_messaging_not_ready`` (closing a TDC Secure Messaging case too early).
    """

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        """Machine-readable name of the error."""
        super().__init__(message)


class Party(StrEnum):
    """Who the employee is dealing with."""

    TAXPAYER = "taxpayer"
    """The taxpayer."""
    REPRESENTATIVE = "representative"
    """An authorized representative or Power of Attorney (POA): the rule is the same."""


class Answer(StrEnum):
    """What came of offering one channel."""

    ACCEPTED = "accepted"
    """The taxpayer will send the information that way."""
    CANNOT_USE = "cannot use"
    """The taxpayer cannot use the tool."""
    WILL_NOT_USE = "will not use"
    """The taxpayer will not use the tool."""
    EXHAUSTED = "exhausted"
    """The option was tried and is used up, or turned out not to be available after all."""

    @property
    def declines(self) -> bool:
        """Whether the answer counts as "declined, and exhausted" for the tool."""
        return self is not Answer.ACCEPTED


class EventKind(StrEnum):
    """Things that happen during a contact."""

    OFFERED = "offered"
    """The employee offered a channel (a digital tool, or postal mail)."""
    ANSWERED = "answered"
    """The taxpayer answered an offer."""
    HELP_REQUESTED = "help requested"
    """The taxpayer needs help using a digital tool."""
    HELP_EXPLAINED = "help explained"
    """The employee explained how to use it."""
    CHOICE_DOCUMENTED = "choice documented"
    """The employee documented the taxpayer's choice."""


class Event(BaseModel):
    """One thing that happened, in the order it happened."""

    model_config = ConfigDict(frozen=True)

    kind: EventKind
    """What happened."""
    channel: Channel | None = None
    """The channel offered, answered, or asked about."""
    answer: Answer | None = None
    """The taxpayer's answer, for ``answered`` events."""


class Contact(BaseModel):
    """One request for information, as it stands: the facts and what has happened so far."""

    model_config = ConfigDict(frozen=True)

    program: ParagraphId
    """The IRM paragraph the contact is worked under, e.g. ``IRM 5.19.1.2(13)``."""
    on: date
    """The day of the contact: the interim rule governs only while it is in force."""
    party: Party = Party.TAXPAYER
    """Whether the employee deals with the taxpayer or their representative."""
    available: tuple[ToolKey, ...]
    """The digital tools available and appropriate for this contact, in the order to offer them."""
    preferred: ToolKey | None = None
    """The taxpayer's preferred digital communication method, if they have one."""
    tax_return: bool = False
    """Whether what is requested is a tax return (SBSE-05-0126-0020(3))."""
    events: tuple[Event, ...] = ()
    """What has happened so far, in order."""

    @field_validator("program")
    @classmethod
    def _changed_irm_paragraph(cls, program: ParagraphId) -> ParagraphId:
        if program.is_memo or program not in MEMO_PARAGRAPHS:
            raise PydanticCustomError(
                "unknown_program",
                "{program} is not an IRM paragraph the memorandum changes; work the contact under one of them",
                {"program": str(program)},
            )
        return program

    def _then(self, event: Event) -> Self:
        return self.model_copy(update={"events": (*self.events, event)})

    def offer(self, channel: Channel) -> Self:
        """The employee offers ``channel``: a digital tool, or postal mail."""
        return self._then(Event(kind=EventKind.OFFERED, channel=channel))

    def offer_postal_mail(self) -> Self:
        """The employee offers postal mail as a response option."""
        return self.offer(POSTAL_MAIL)

    def answer(self, channel: Channel, answer: Answer) -> Self:
        """The taxpayer answers the offer of ``channel``.

        Raises:
            ContactError: ``not_offered``, the channel was never offered.
        """
        if channel not in self.offered:
            raise ContactError("not_offered", f"{channel_name(channel)} was never offered, so it cannot be answered")
        return self._then(Event(kind=EventKind.ANSWERED, channel=channel, answer=answer))

    def ask_for_help(self, tool: ToolKey | None = None) -> Self:
        """The taxpayer needs help using a digital tool (``tool``, or the digital tools in general)."""
        return self._then(Event(kind=EventKind.HELP_REQUESTED, channel=tool))

    def explain(self, tool: ToolKey | None = None) -> Self:
        """The employee explains how to use the digital tool (or tools)."""
        return self._then(Event(kind=EventKind.HELP_EXPLAINED, channel=tool))

    def document_choice(self) -> Self:
        """The employee documents the taxpayer's choice."""
        return self._then(Event(kind=EventKind.CHOICE_DOCUMENTED))

    @property
    def offered(self) -> tuple[Channel, ...]:
        """Every channel offered so far, in order (once each)."""
        channels: dict[Channel, None] = {}
        for event in self.events:
            if event.kind is EventKind.OFFERED and event.channel is not None:
                channels[event.channel] = None
        return tuple(channels)

    def answers(self, events: tuple[Event, ...] | None = None) -> dict[Channel, Answer]:
        """The latest answer for each channel, in the given events (default: all)."""
        found: dict[Channel, Answer] = {}
        for event in self.events if events is None else events:
            if event.kind is EventKind.ANSWERED and event.channel is not None and event.answer is not None:
                found[event.channel] = event.answer
        return found

    @property
    def digital_options(self) -> tuple[ToolKey, ...]:
        """The available tools in the order to offer them: the preferred one first."""
        rest = tuple(tool for tool in self.available if tool != self.preferred)
        return ((self.preferred,) if self.preferred in self.available else ()) + rest


class Decision(BaseModel):
    """A yes-or-no answer of the rule, with its reasons."""

    model_config = ConfigDict(frozen=True)

    answer: bool | None
    """The answer; ``None`` when the interim rule does not decide (not in force, or a tax return)."""
    reasons: tuple[Reason, ...]
    """Why, each reason citing its paragraph."""

    @property
    def codes(self) -> tuple[str, ...]:
        """The reasons' codes, once each, in order."""
        return tuple(dict.fromkeys(reason.code for reason in self.reasons))

    @property
    def cites(self) -> tuple[ParagraphId, ...]:
        """The paragraphs the reasons cite, once each, in order."""
        return tuple(dict.fromkeys(reason.paragraph for reason in self.reasons))


class Action(StrEnum):
    """What the employee does next on a contact."""

    OFFER = "offer"
    """Offer the channel: the next digital tool, or postal mail once every digital option is declined."""
    EXPLAIN = "explain"
    """Explain how to use the digital tool: the taxpayer needs help."""
    DOCUMENT_CHOICE = "document choice"
    """The taxpayer has chosen: document the choice."""
    PROCEED = "proceed"
    """The choice is documented: secure the information through the chosen channel."""
    FILE_THROUGH_AUTHORIZED_MEANS = "file through authorized means"
    """A tax return: follow current guidance for securing it and encourage filing through authorized means."""
    NOT_GOVERNED = "not governed"
    """The interim guidance is not in force on the contact's day."""


class NextStep(BaseModel):
    """What the employee does next on a contact, and why."""

    model_config = ConfigDict(frozen=True)

    action: Action
    """What to do."""
    channel: Channel | None = None
    """The channel to offer, explain, document or proceed with, when there is one."""
    reasons: tuple[Reason, ...]
    """Why, each reason citing its paragraph."""

    @property
    def offer(self) -> ToolKey | None:
        """The digital tool to offer next, if the next step is offering one."""
        return self.channel if self.action is Action.OFFER and isinstance(self.channel, ToolKey) else None

    @property
    def postal_mail(self) -> bool:
        """Whether the next step is offering postal mail as a response option."""
        return self.action is Action.OFFER and self.channel is POSTAL_MAIL

    @property
    def done(self) -> bool:
        """Whether the taxpayer has chosen a channel (the choice is to be, or has been, documented)."""
        return self.action in (Action.DOCUMENT_CHOICE, Action.PROCEED)

    @property
    def applies(self) -> bool:
        """False when the interim guidance does not govern the contact's date."""
        return self.action is not Action.NOT_GOVERNED

    @property
    def codes(self) -> tuple[str, ...]:
        """The reasons' codes, once each, in order."""
        return tuple(dict.fromkeys(reason.code for reason in self.reasons))

    @property
    def cites(self) -> tuple[ParagraphId, ...]:
        """The paragraphs the reasons cite, once each, in order."""
        return tuple(dict.fromkeys(reason.paragraph for reason in self.reasons))


def _because(program: ParagraphId, provision: Provision, code: str, text: str) -> tuple[Reason, ...]:
    """One reason, cited to the program paragraph when it states the provision and to the memo's."""
    cited = citation(program, provision)
    paragraphs = ((cited,) if cited is not None else ()) + (procedural_change(provision),)
    return tuple(Reason(code=code, paragraph=paragraph, text=text) for paragraph in paragraphs)


def _names(channels: Sequence[Channel]) -> str:
    return ", ".join(channel_name(channel) for channel in channels)


def _not_governed(contact: Contact) -> tuple[Reason, ...] | None:
    status = guidance_status(contact.on)
    return None if status.applies else status.reasons


def _tax_return(contact: Contact) -> tuple[Reason, ...]:
    return _because(
        contact.program,
        Provision.TAX_RETURNS,
        "tax_return_authorized_means",
        "Digital tools do not replace the authorized means of securing tax returns: follow current guidance "
        "where digital tools or digital signatures are not acceptable, and encourage the taxpayer to file "
        "through authorized means",
    )


def _cannot_use(contact: Contact, events: tuple[Event, ...]) -> list[Channel]:
    return [channel for channel, answer in contact.answers(events).items() if answer is Answer.CANNOT_USE]


def _postal_mail(contact: Contact, events: tuple[Event, ...]) -> Decision:
    """Whether postal mail may be offered after ``events``, for a contact the rule governs."""
    answers = contact.answers(events)
    accepted = [c for c, answer in answers.items() if answer is Answer.ACCEPTED and c is not POSTAL_MAIL]
    if accepted:
        return Decision(
            answer=False,
            reasons=_because(
                contact.program,
                Provision.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT,
                "digital_tool_accepted",
                f"The {contact.party} accepted {channel_name(accepted[0])}: postal mail is only for those who "
                "cannot or will not use digital communication tools",
            ),
        )
    missing = [tool for tool in contact.digital_options if tool not in answers]
    if missing:
        reasons = _because(
            contact.program,
            Provision.DIGITAL_BEFORE_PAPER,
            "digital_not_yet_offered",
            "Paper correspondence is the last resort, only after all available digital communication options "
            f"have been offered, declined, and exhausted; not yet offered and declined: {_names(missing)}",
        )
        if cannot := _cannot_use(contact, events):
            reasons += _because(
                contact.program,
                Provision.ALTERNATIVE_TOOL_FIRST,
                "alternative_before_paper",
                f"The {contact.party} cannot use {_names(cannot)}: first offer any available alternative digital "
                "tool before resorting to paper correspondence",
            )
        return Decision(answer=False, reasons=reasons)
    if not contact.digital_options:
        return Decision(
            answer=True,
            reasons=_because(
                contact.program,
                Provision.DIGITAL_BEFORE_PAPER,
                "no_digital_tool_available",
                "No digital tool is available for this contact, so no digital option remains to offer before "
                "postal mail",
            ),
        )
    return Decision(
        answer=True,
        reasons=_because(
            contact.program,
            Provision.DIGITAL_BEFORE_PAPER,
            "all_digital_declined",
            f"Every available digital tool was offered, declined, and exhausted: {_names(contact.digital_options)}",
        )
        + _because(
            contact.program,
            Provision.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT,
            "cannot_or_will_not_use_digital",
            f"The {contact.party} cannot or will not use the digital communication tools: postal mail may be "
            "offered as a response option",
        ),
    )


def may_offer_postal_mail(contact: Contact) -> Decision:
    """Whether postal mail may be offered as a response option now.

    Only once every available digital tool has been offered and declined (the taxpayer cannot or
    will not use it) or exhausted, and none was accepted (SBSE-05-0126-0020(2) and the program
    paragraph). ``None`` for a tax return (SBSE-05-0126-0020(3): the mandate does not supersede
    the guidance on securing returns) and on a day the guidance is not in force.
    """
    if (out := _not_governed(contact)) is not None:
        return Decision(answer=None, reasons=out)
    if contact.tax_return:
        return Decision(answer=None, reasons=_tax_return(contact))
    return _postal_mail(contact, contact.events)


def _last(contact: Contact, *kinds: EventKind) -> int:
    return max((i for i, event in enumerate(contact.events) if event.kind in kinds), default=-1)


def _help_pending(contact: Contact) -> bool:
    return _last(contact, EventKind.HELP_REQUESTED) > _last(contact, EventKind.HELP_EXPLAINED)


def _documented(contact: Contact) -> bool:
    """Whether the choice was documented after the last offer or answer."""
    return _last(contact, EventKind.CHOICE_DOCUMENTED) > _last(contact, EventKind.OFFERED, EventKind.ANSWERED)


def _choice(contact: Contact) -> Channel | None:
    """The channel the taxpayer chose: an accepted digital tool, or postal mail offered when allowed."""
    answers = contact.answers()
    accepted = next((c for c, a in answers.items() if a is Answer.ACCEPTED and c is not POSTAL_MAIL), None)
    if accepted is not None:
        return accepted
    for index, event in enumerate(contact.events):
        offered_postal_mail = event.kind is EventKind.OFFERED and event.channel is POSTAL_MAIL
        if offered_postal_mail and _postal_mail(contact, contact.events[:index]).answer:
            return POSTAL_MAIL
    return None


def _help_tool(contact: Contact) -> ToolKey | None:
    asked = contact.events[_last(contact, EventKind.HELP_REQUESTED)].channel
    if isinstance(asked, ToolKey):
        return asked
    offered = [c for c in contact.offered if isinstance(c, ToolKey)]
    return offered[-1] if offered else None


def next_step(contact: Contact) -> NextStep:
    """What the employee does next: explain, document the choice, or offer the next channel.

    In order: on a day the guidance is not in force, nothing it says applies; a tax return goes
    through authorized means; a taxpayer who needs help gets an explanation; a taxpayer who has
    chosen has the choice documented; otherwise the next available digital tool is offered (the
    preferred one first), and postal mail only once none remains.
    """
    if (out := _not_governed(contact)) is not None:
        return NextStep(action=Action.NOT_GOVERNED, reasons=out)
    if contact.tax_return:
        return NextStep(action=Action.FILE_THROUGH_AUTHORIZED_MEANS, reasons=_tax_return(contact))
    program = contact.program
    if _help_pending(contact):
        tool = _help_tool(contact)
        what = "the digital tools" if tool is None else channel_name(tool)
        return NextStep(
            action=Action.EXPLAIN,
            channel=tool,
            reasons=_because(
                program,
                Provision.EXPLAIN_HOW_TO_USE,
                "explain_how_to_use",
                f"The {contact.party} needs help: explain how to use {what}",
            ),
        )
    if (chosen := _choice(contact)) is not None:
        if not _documented(contact):
            return NextStep(
                action=Action.DOCUMENT_CHOICE,
                channel=chosen,
                reasons=_because(
                    program,
                    Provision.DOCUMENT_CHOICE,
                    "document_choice",
                    f"The {contact.party} chose {channel_name(chosen)}: document the taxpayer's choice",
                ),
            )
        return NextStep(
            action=Action.PROCEED,
            channel=chosen,
            reasons=_because(
                program,
                Provision.DOCUMENT_CHOICE,
                "choice_documented",
                f"The choice of {channel_name(chosen)} is documented: secure the information through it",
            ),
        )
    answers = contact.answers()
    remaining = [tool for tool in contact.digital_options if tool not in answers]
    if not remaining:
        return NextStep(action=Action.OFFER, channel=POSTAL_MAIL, reasons=_postal_mail(contact, contact.events).reasons)
    tool = remaining[0]
    reasons = _because(
        program,
        Provision.OFFER_DIGITAL_TOOLS,
        "offer_digital_tools",
        f"When requesting information, offer and encourage the available digital tools: {channel_name(tool)}",
    )
    if contact.party is Party.REPRESENTATIVE:
        reasons += _because(
            program,
            Provision.TO_REPRESENTATIVES,
            "offer_to_representative",
            "The digital tools are offered to the taxpayer's representative as they would be to the taxpayer",
        )
    if tool == contact.preferred:
        reasons += _because(
            program,
            Provision.PREFERRED_METHOD_FIRST,
            "preferred_first",
            f"Prioritize the taxpayer's preferred digital communication method: {channel_name(tool)}",
        )
    elif contact.preferred is not None and contact.preferred not in contact.available:
        reasons += _because(
            program,
            Provision.PREFERRED_METHOD_FIRST,
            "preferred_unavailable",
            f"The taxpayer prefers {channel_name(contact.preferred)}, which is not available for this contact: "
            "offer an available digital tool",
        )
    if cannot := _cannot_use(contact, contact.events):
        reasons += _because(
            program,
            Provision.ALTERNATIVE_TOOL_FIRST,
            "alternative_before_paper",
            f"The {contact.party} cannot use {_names(cannot)}: first offer any available alternative digital tool "
            "before resorting to paper correspondence",
        )
    return NextStep(action=Action.OFFER, channel=tool, reasons=reasons)


def must_use_digital_tools(contact: Contact) -> Decision:
    """Whether the taxpayer is required to use a digital tool: never (SBSE-05-0126-0020(2)).

    Outside the guidance's dates the answer is still no, with the reason that the interim rule does
    not govern that day.
    """
    if (out := _not_governed(contact)) is not None:
        return Decision(answer=False, reasons=out)
    return Decision(
        answer=False,
        reasons=_because(
            contact.program,
            Provision.NOT_MANDATORY,
            "digital_not_mandatory",
            "It is not mandatory for taxpayers to communicate using digital tools",
        ),
    )


def securing_a_tax_return(contact: Contact) -> Decision:
    """Whether a digital tool may replace the authorized means of filing a tax return: no.

    The mandate does not supersede current guidance on securing tax returns; taxpayers are
    encouraged to file returns through authorized means (SBSE-05-0126-0020(3) and the Notes of
    IRM 5.18.2.1.5(5), 5.19.2.2.1(1), 5.19.11.1.5(1), 5.19.16.1.5(2) and 5.19.22.1.5(2)).
    """
    if (out := _not_governed(contact)) is not None:
        return Decision(answer=False, reasons=out)
    return Decision(answer=False, reasons=_tax_return(contact))


class Review(BaseModel):
    """The result of an employee work review of one completed contact (IRM 1.4.20.20(1))."""

    model_config = ConfigDict(frozen=True)

    applies: bool
    """False when the interim guidance did not govern the contact's day: nothing to review against."""
    basis: tuple[Reason, ...]
    """What the review checks against (or why the guidance did not govern the contact)."""
    findings: tuple[Reason, ...]
    """What the employee did not do as the guidance requires; empty when the contact meets it."""

    @property
    def codes(self) -> tuple[str, ...]:
        """The findings' codes, once each, in order."""
        return tuple(dict.fromkeys(finding.code for finding in self.findings))

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """The basis, then the findings."""
        return self.basis + self.findings

    @property
    def meets_guidance(self) -> bool:
        """Whether the contact followed the digital-first rule."""
        return not self.findings


def _postal_findings(contact: Contact) -> tuple[Reason, ...]:
    for index, event in enumerate(contact.events):
        if event.kind is not EventKind.OFFERED or event.channel is not POSTAL_MAIL:
            continue
        before = contact.events[:index]
        if _postal_mail(contact, before).answer:
            continue
        findings = _because(
            contact.program,
            Provision.DIGITAL_BEFORE_PAPER,
            "postal_mail_too_early",
            "Postal mail was offered before every available digital tool was offered and declined or exhausted",
        )
        if cannot := _cannot_use(contact, before):
            findings += _because(
                contact.program,
                Provision.ALTERNATIVE_TOOL_FIRST,
                "alternative_not_offered",
                f"The {contact.party} could not use {_names(cannot)}, and paper was offered before every available "
                "alternative digital tool",
            )
        return findings
    return ()


def review_contact(contact: Contact) -> Review:
    """Review a completed contact: were the digital tools offered as the guidance requires?

    Findings: ``no_digital_offered``, ``preferred_not_first``, ``postal_mail_too_early`` (with
    ``alternative_not_offered`` when the taxpayer could not use a tool), ``help_not_explained`` and
    ``choice_not_documented``. For a tax return the offer findings do not apply
    (SBSE-05-0126-0020(3)).
    """
    if (out := _not_governed(contact)) is not None:
        return Review(applies=False, basis=out, findings=())
    program = contact.program
    basis: tuple[Reason, ...] = (
        Reason(
            code="work_review",
            paragraph=WORK_REVIEWS,
            text="Employees are required to offer the use of available digital communication tools to taxpayers "
            "or their representatives: the review checks that they did",
        ),
    )
    findings: tuple[Reason, ...] = ()
    offers = [channel for channel in contact.offered if isinstance(channel, ToolKey)]
    if contact.tax_return:
        basis += _tax_return(contact)
    else:
        if contact.available and not offers:
            findings += _because(
                program,
                Provision.OFFER_DIGITAL_TOOLS,
                "no_digital_offered",
                f"No digital tool was offered though {_names(contact.available)} "
                f"{'was' if len(contact.available) == 1 else 'were'} available",
            )
        if contact.preferred in contact.available and offers and offers[0] != contact.preferred:
            findings += _because(
                program,
                Provision.PREFERRED_METHOD_FIRST,
                "preferred_not_first",
                "The taxpayer's preferred digital communication method was not offered first",
            )
        findings += _postal_findings(contact)
    if _help_pending(contact):
        findings += _because(
            program,
            Provision.EXPLAIN_HOW_TO_USE,
            "help_not_explained",
            f"The {contact.party} needed help with the digital tools and it was not explained",
        )
    if contact.offered and not _documented(contact):
        findings += _because(
            program, Provision.DOCUMENT_CHOICE, "choice_not_documented", "The taxpayer's choice was not documented"
        )
    return Review(applies=True, basis=basis, findings=findings)


class Responding(BaseModel):
    """How the employee reviews and responds to a taxpayer's submission."""

    model_config = ConfigDict(frozen=True)

    tools: tuple[ToolKey, ...]
    """The digital tools and systems to use: every one available to the employee."""
    reasons: tuple[Reason, ...]
    """Why, each reason citing its paragraph."""

    @property
    def cites(self) -> tuple[ParagraphId, ...]:
        """The paragraphs the reasons cite, once each, in order."""
        return tuple(dict.fromkeys(reason.paragraph for reason in self.reasons))


def review_and_respond(contact: Contact) -> Responding:
    """The tools to review and respond with: all those available (SBSE-05-0126-0020(5)).

    Employees use the digital tools and systems available to them to review and respond to
    taxpayers, following IRM guidelines for processing taxpayer responses.
    """
    if (out := _not_governed(contact)) is not None:
        return Responding(tools=(), reasons=out)
    return Responding(
        tools=contact.available,
        reasons=_because(
            contact.program,
            Provision.USE_TOOLS_TO_RESPOND,
            "use_available_tools_to_respond",
            "Use the digital tools and systems available to review and respond to taxpayers, following IRM "
            "guidelines for processing taxpayer responses",
        ),
    )


_SECURE_MESSAGING = procedural_change(Provision.CLOSE_SECURE_MESSAGING)


class SecureMessagingCase(BaseModel):
    """A TDC Secure Messaging case: what has been handled, and whether it is closed."""

    model_config = ConfigDict(frozen=True)

    responses_processed: bool
    """The taxpayer's responses have been processed."""
    responses_documented: bool
    """The taxpayer's responses have been documented."""
    attachments_handled: bool
    """All attachments have been properly handled."""
    closed: bool = False
    """Case Status and IRS Case Status are marked Closed/Complete."""

    @property
    def outstanding(self) -> tuple[str, ...]:
        """What remains before the case may be closed, in the memorandum's order."""
        steps = (
            ("responses processed", self.responses_processed),
            ("responses documented", self.responses_documented),
            ("attachments handled", self.attachments_handled),
        )
        return tuple(what for what, done in steps if not done)

    @property
    def marked_for_purge(self) -> bool:
        """Closing the case "will mark messages and attachments to be purged"."""
        return self.closed

    def close(self) -> Self:
        """Mark Case Status and IRS Case Status Closed/Complete, which marks the case for purge.

        Raises:
            ContactError: ``secure_messaging_not_ready``, something is still outstanding.
        """
        if self.outstanding:
            raise ContactError(
                "secure_messaging_not_ready",
                f"the case cannot be marked Closed/Complete yet; outstanding: {', '.join(self.outstanding)}",
            )
        return self.model_copy(update={"closed": True})


def close_secure_messaging_case(case: SecureMessagingCase) -> Decision:
    """Whether Case Status and IRS Case Status are to be marked Closed/Complete now.

    Yes once the taxpayer responses have been processed, documented and all attachments properly
    handled: closing marks messages and attachments to be purged, and TDC Secure Messaging is not
    long-term storage for incoming taxpayer communications (SBSE-05-0126-0020(6)).
    """
    if case.outstanding:
        return Decision(
            answer=False,
            reasons=(
                Reason(
                    code="secure_messaging_not_ready",
                    paragraph=_SECURE_MESSAGING,
                    text="Mark the case Closed/Complete only once taxpayer responses are processed, documented, and "
                    f"all attachments properly handled; outstanding: {', '.join(case.outstanding)}",
                ),
            ),
        )
    return Decision(
        answer=True,
        reasons=(
            Reason(
                code="secure_messaging_close_and_purge",
                paragraph=_SECURE_MESSAGING,
                text="Mark Case Status and IRS Case Status Closed/Complete: this marks messages and attachments to "
                "be purged",
            ),
            Reason(
                code="secure_messaging_not_storage",
                paragraph=_SECURE_MESSAGING,
                text="TDC Secure Messaging should not be used as long-term storage to retain incoming taxpayer "
                "communications",
            ),
        ),
    )
