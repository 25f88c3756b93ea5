"""The digital-first contact rule: offer digital tools before paper, and say why.

When requesting information, employees offer the available digital tools to the taxpayer or
their representative, the taxpayer's preferred one first; offer an alternative digital tool when
the taxpayer cannot use one; explain how to use them when the taxpayer needs help; document the
taxpayer's choice; and offer postal mail only once every available digital option was offered and
declined (the taxpayer cannot or will not use it) or exhausted. Taxpayers are never required to
use digital tools, and digital tools do not replace the authorized means of filing tax returns.

A [`Contact`][irm_model.contact.Contact] is one request for information as it stands: the
program paragraph it is worked under, its date, the tools available, and what has happened so
far. The rules read it and return a [`Decision`][irm_model.reasons.Decision]. Each reason cites the
memorandum's Procedural Change it follows and, when the program paragraph states the same thing
in its own words, that paragraph too (see [irm_model.programs][]).

Every rule here takes its day from the contact (``contact.on``); on a day the interim guidance is
not in force, the registration answers so ([irm_model.rules][]).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic_core import PydanticCustomError

from irm_model.errors import IrmError
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.programs import Provision, citation, procedural_change, stating
from irm_model.reasons import Catalogue, Decision, Reason, ReasonSpec
from irm_model.rules import Rule
from irm_model.tools import POSTAL_MAIL, Channel, channel_name

__all__ = [
    "WORK_REVIEWS",
    "Action",
    "Answer",
    "Contact",
    "ContactError",
    "Event",
    "EventKind",
    "NextStep",
    "Party",
    "Review",
    "may_offer_postal_mail",
    "must_use_digital_tools",
    "next_step",
    "review_and_respond",
    "review_contact",
    "securing_a_tax_return",
]

WORK_REVIEWS = ParagraphId.irm("1.4.20.20", 1)
"""Employee work reviews: "Employees are required to offer the use of available digital communication tools"."""


class ContactError(IrmError):
    """Something was asked of a contact that the rule does not allow: ``not_offered`` (an answer to a
    channel that was never offered)."""


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
    available: tuple[Channel, ...]
    """The digital tools available and appropriate for this contact, in the order to offer them."""
    preferred: Channel | None = None
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

    @field_validator("available")
    @classmethod
    def _digital_tools(cls, available: tuple[Channel, ...]) -> tuple[Channel, ...]:
        for channel in available:
            cls._digital_tool(channel)
        return available

    @field_validator("preferred")
    @classmethod
    def _preferred_tool(cls, preferred: Channel | None) -> Channel | None:
        return None if preferred is None else cls._digital_tool(preferred)

    @staticmethod
    def _digital_tool(channel: Channel) -> Channel:
        if not channel.is_tool:
            raise PydanticCustomError(
                "not_a_digital_tool",
                "{channel} is not one of the digital tools the memorandum names; list only digital tools here",
                {"channel": channel_name(channel)},
            )
        return channel

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

    def ask_for_help(self, tool: Channel | None = None) -> Self:
        """The taxpayer needs help using a digital tool (``tool``, or the digital tools in general)."""
        return self._then(Event(kind=EventKind.HELP_REQUESTED, channel=tool))

    def explain(self, tool: Channel | None = None) -> Self:
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
    def digital_options(self) -> tuple[Channel, ...]:
        """The available tools in the order to offer them: the preferred one first."""
        rest = tuple(tool for tool in self.available if tool != self.preferred)
        return ((self.preferred,) if self.preferred in self.available else ()) + rest


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


class NextStep(BaseModel):
    """What the employee does next on a contact."""

    model_config = ConfigDict(frozen=True)

    action: Action
    """What to do."""
    channel: Channel | None = None
    """The channel to offer, explain, document or proceed with, when there is one."""

    @property
    def offer(self) -> Channel | None:
        """The digital tool to offer next, if the next step is offering one."""
        return self.channel if self.action is Action.OFFER and self.channel is not POSTAL_MAIL else None

    @property
    def postal_mail(self) -> bool:
        """Whether the next step is offering postal mail as a response option."""
        return self.action is Action.OFFER and self.channel is POSTAL_MAIL

    @property
    def done(self) -> bool:
        """Whether the taxpayer has chosen a channel (the choice is to be, or has been, documented)."""
        return self.action in (Action.DOCUMENT_CHOICE, Action.PROCEED)


class Review(BaseModel):
    """What an employee work review of one completed contact found (IRM 1.4.20.20(1))."""

    model_config = ConfigDict(frozen=True)

    findings: tuple[Reason, ...]
    """What the employee did not do as the guidance requires; empty when the contact meets it."""

    @property
    def codes(self) -> tuple[str, ...]:
        """The findings' codes, once each, in order."""
        return tuple(dict.fromkeys(finding.code for finding in self.findings))

    @property
    def meets_guidance(self) -> bool:
        """Whether the contact followed the digital-first rule."""
        return not self.findings


class ProvisionReason(ReasonSpec):
    """A reason of one provision: said by its Procedural Change, restated by the program paragraphs that state it."""

    __slots__ = ("provision",)

    def __init__(self, provision: Provision, text: str, *, about: str | None = None) -> None:
        restated = tuple(p for p in stating(provision) if not p.is_memo)
        super().__init__(procedural_change(provision), text, also_in=restated, about=about)
        self.provision = provision
        """The provision the reason follows."""


_spec = ProvisionReason


_P = Provision


class Why(Catalogue):
    """The reasons of the digital-first rule, each with the provision it follows."""

    offer_digital_tools = _spec(
        _P.OFFER_DIGITAL_TOOLS,
        "When requesting information, offer and encourage the available digital tools: {tool}",
        about="offering the digital tools",
    )
    offer_to_representative = _spec(
        _P.TO_REPRESENTATIVES,
        "The digital tools are offered to the taxpayer's representative as they would be to the taxpayer",
    )
    preferred_first = _spec(
        _P.PREFERRED_METHOD_FIRST,
        "Prioritize the taxpayer's preferred digital communication method: {tool}",
        about="prioritizing the preferred method",
    )
    preferred_unavailable = _spec(
        _P.PREFERRED_METHOD_FIRST,
        "The taxpayer prefers {tool}, which is not available for this contact: offer an available digital tool",
    )
    alternative_before_paper = _spec(
        _P.ALTERNATIVE_TOOL_FIRST,
        "The {party} cannot use {tools}: first offer any available alternative digital tool before resorting to "
        "paper correspondence",
    )
    explain_how_to_use = _spec(_P.EXPLAIN_HOW_TO_USE, "The {party} needs help: explain how to use {tool}")
    document_choice = _spec(_P.DOCUMENT_CHOICE, "The {party} chose {channel}: document the taxpayer's choice")
    choice_documented = _spec(
        _P.DOCUMENT_CHOICE, "The choice of {channel} is documented: secure the information through it"
    )
    digital_tool_accepted = _spec(
        _P.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT,
        "The {party} accepted {tool}: postal mail is only for those who cannot or will not use digital "
        "communication tools",
    )
    digital_not_yet_offered = _spec(
        _P.DIGITAL_BEFORE_PAPER,
        "Paper correspondence is the last resort, only after all available digital communication options have "
        "been offered, declined, and exhausted; not yet offered and declined: {tools}",
        about="holding back postal mail",
    )
    no_digital_tool_available = _spec(
        _P.DIGITAL_BEFORE_PAPER,
        "No digital tool is available for this contact, so no digital option remains to offer before postal mail",
    )
    all_digital_declined = _spec(
        _P.DIGITAL_BEFORE_PAPER,
        "Every available digital tool was offered, declined, and exhausted: {tools}",
        about="allowing postal mail",
    )
    cannot_or_will_not_use_digital = _spec(
        _P.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT,
        "The {party} cannot or will not use the digital communication tools: postal mail may be offered as a "
        "response option",
    )
    digital_not_mandatory = _spec(
        _P.NOT_MANDATORY,
        "It is not mandatory for taxpayers to communicate using digital tools",
        about="not requiring digital tools",
    )
    tax_return_authorized_means = _spec(
        _P.TAX_RETURNS,
        "Digital tools do not replace the authorized means of securing tax returns: follow current guidance where "
        "digital tools or digital signatures are not acceptable, and encourage the taxpayer to file through "
        "authorized means",
        about="the tax return",
    )
    use_available_tools_to_respond = _spec(
        _P.USE_TOOLS_TO_RESPOND,
        "Use the digital tools and systems available to review and respond to taxpayers, following IRM guidelines "
        "for processing taxpayer responses",
    )
    work_review = ReasonSpec(
        WORK_REVIEWS,
        "Employees are required to offer the use of available digital communication tools to taxpayers or their "
        "representatives: the review checks that they did",
    )
    no_digital_offered = _spec(
        _P.OFFER_DIGITAL_TOOLS,
        "No digital tool was offered though {tools} {were} available",
        about="no digital tool was offered",
    )
    preferred_not_first = _spec(
        _P.PREFERRED_METHOD_FIRST,
        "The taxpayer's preferred digital communication method was not offered first",
        about="the preferred method was not offered first",
    )
    postal_mail_too_early = _spec(
        _P.DIGITAL_BEFORE_PAPER,
        "Postal mail was offered before every available digital tool was offered and declined or exhausted",
        about="postal mail was offered too early",
    )
    alternative_not_offered = _spec(
        _P.ALTERNATIVE_TOOL_FIRST,
        "The {party} could not use {tools}, and paper was offered before every available alternative digital tool",
        about="no alternative digital tool was offered before paper",
    )
    help_not_explained = _spec(
        _P.EXPLAIN_HOW_TO_USE,
        "The {party} needed help with the digital tools and it was not explained",
        about="help was not explained",
    )
    choice_not_documented = _spec(
        _P.DOCUMENT_CHOICE, "The taxpayer's choice was not documented", about="the choice was not documented"
    )


def _because(program: ParagraphId, why: ProvisionReason, **fields: object) -> tuple[Reason, ...]:
    """One reason, cited to the program paragraph when it states the provision and to the memo's."""
    cited = citation(program, why.provision)
    return ((why(cited, **fields),) if cited is not None else ()) + (why(**fields),)


def _names(channels: Sequence[Channel]) -> str:
    return ", ".join(channel_name(channel) for channel in channels)


def _tax_return(contact: Contact) -> tuple[Reason, ...]:
    return _because(contact.program, Why.tax_return_authorized_means)


def _cannot_use(contact: Contact, events: tuple[Event, ...]) -> list[Channel]:
    return [channel for channel, answer in contact.answers(events).items() if answer is Answer.CANNOT_USE]


def _postal_mail(contact: Contact, events: tuple[Event, ...]) -> Decision[bool]:
    """Whether postal mail may be offered after ``events``, for a contact the rule governs."""
    program, party = contact.program, contact.party
    answers = contact.answers(events)
    accepted = [c for c, answer in answers.items() if answer is Answer.ACCEPTED and c is not POSTAL_MAIL]
    if accepted:
        reasons = _because(
            program,
            Why.digital_tool_accepted,
            party=party,
            tool=channel_name(accepted[0]),
        )
        return Decision(outcome=False, reasons=reasons)
    missing = [tool for tool in contact.digital_options if tool not in answers]
    if missing:
        reasons = _because(program, Why.digital_not_yet_offered, tools=_names(missing))
        if cannot := _cannot_use(contact, events):
            reasons += _because(program, Why.alternative_before_paper, party=party, tools=_names(cannot))
        return Decision(outcome=False, reasons=reasons)
    if not contact.digital_options:
        return Decision(outcome=True, reasons=_because(program, Why.no_digital_tool_available))
    reasons = _because(program, Why.all_digital_declined, tools=_names(contact.digital_options))
    reasons += _because(program, Why.cannot_or_will_not_use_digital, party=party)
    return Decision(outcome=True, reasons=reasons)


def _may_offer_postal_mail(contact: Contact) -> Decision[bool]:
    if contact.tax_return:
        return Decision(outcome=None, reasons=_tax_return(contact))
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
        if offered_postal_mail and _postal_mail(contact, contact.events[:index]).outcome:
            return POSTAL_MAIL
    return None


def _help_tool(contact: Contact) -> Channel | None:
    asked = contact.events[_last(contact, EventKind.HELP_REQUESTED)].channel
    if asked is not None and asked.is_tool:
        return asked
    offered = [c for c in contact.offered if c.is_tool]
    return offered[-1] if offered else None


def _next_step(contact: Contact) -> Decision[NextStep]:
    program, party = contact.program, contact.party
    if contact.tax_return:
        return Decision(outcome=NextStep(action=Action.FILE_THROUGH_AUTHORIZED_MEANS), reasons=_tax_return(contact))
    if _help_pending(contact):
        tool = _help_tool(contact)
        what = "the digital tools" if tool is None else channel_name(tool)
        reasons = _because(program, Why.explain_how_to_use, party=party, tool=what)
        return Decision(outcome=NextStep(action=Action.EXPLAIN, channel=tool), reasons=reasons)
    if (chosen := _choice(contact)) is not None:
        if not _documented(contact):
            reasons = _because(program, Why.document_choice, party=party, channel=channel_name(chosen))
            return Decision(outcome=NextStep(action=Action.DOCUMENT_CHOICE, channel=chosen), reasons=reasons)
        reasons = _because(program, Why.choice_documented, channel=channel_name(chosen))
        return Decision(outcome=NextStep(action=Action.PROCEED, channel=chosen), reasons=reasons)
    answers = contact.answers()
    remaining = [tool for tool in contact.digital_options if tool not in answers]
    if not remaining:
        postal = _postal_mail(contact, contact.events)
        return Decision(outcome=NextStep(action=Action.OFFER, channel=POSTAL_MAIL), reasons=postal.reasons)
    tool = remaining[0]
    reasons = _because(program, Why.offer_digital_tools, tool=channel_name(tool))
    if party is Party.REPRESENTATIVE:
        reasons += _because(program, Why.offer_to_representative)
    if tool == contact.preferred:
        reasons += _because(program, Why.preferred_first, tool=channel_name(tool))
    elif contact.preferred is not None and contact.preferred not in contact.available:
        reasons += _because(program, Why.preferred_unavailable, tool=channel_name(contact.preferred))
    if cannot := _cannot_use(contact, contact.events):
        reasons += _because(program, Why.alternative_before_paper, party=party, tools=_names(cannot))
    return Decision(outcome=NextStep(action=Action.OFFER, channel=tool), reasons=reasons)


def _must_use_digital_tools(contact: Contact) -> Decision[bool]:
    return Decision(outcome=False, reasons=_because(contact.program, Why.digital_not_mandatory))


def _securing_a_tax_return(contact: Contact) -> Decision[bool]:
    return Decision(outcome=False, reasons=_tax_return(contact))


def _postal_findings(contact: Contact) -> tuple[Reason, ...]:
    for index, event in enumerate(contact.events):
        if event.kind is not EventKind.OFFERED or event.channel is not POSTAL_MAIL:
            continue
        before = contact.events[:index]
        if _postal_mail(contact, before).outcome:
            continue
        findings = _because(contact.program, Why.postal_mail_too_early)
        if cannot := _cannot_use(contact, before):
            findings += _because(
                contact.program,
                Why.alternative_not_offered,
                party=contact.party,
                tools=_names(cannot),
            )
        return findings
    return ()


def _review_contact(contact: Contact) -> Decision[Review]:
    program, party = contact.program, contact.party
    basis: tuple[Reason, ...] = (Why.work_review(),)
    findings: tuple[Reason, ...] = ()
    offers = [channel for channel in contact.offered if channel.is_tool]
    if contact.tax_return:
        basis += _tax_return(contact)
    else:
        if contact.available and not offers:
            were = "was" if len(contact.available) == 1 else "were"
            findings += _because(program, Why.no_digital_offered, tools=_names(contact.available), were=were)
        if contact.preferred in contact.available and offers and offers[0] != contact.preferred:
            findings += _because(program, Why.preferred_not_first)
        findings += _postal_findings(contact)
    if _help_pending(contact):
        findings += _because(program, Why.help_not_explained, party=party)
    if contact.offered and not _documented(contact):
        findings += _because(program, Why.choice_not_documented)
    return Decision(outcome=Review(findings=findings), reasons=basis + findings)


def _review_and_respond(contact: Contact) -> Decision[tuple[Channel, ...]]:
    reasons = _because(contact.program, Why.use_available_tools_to_respond)
    return Decision(outcome=contact.available, reasons=reasons)


_DAY = "contact.on"

next_step: Rule[[Contact], NextStep] = Rule(
    _next_step,
    implements=stating(
        _P.OFFER_DIGITAL_TOOLS,
        _P.TO_REPRESENTATIVES,
        _P.PREFERRED_METHOD_FIRST,
        _P.ALTERNATIVE_TOOL_FIRST,
        _P.EXPLAIN_HOW_TO_USE,
        _P.DOCUMENT_CHOICE,
        _P.DIGITAL_BEFORE_PAPER,
        _P.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT,
        _P.TAX_RETURNS,
    ),
    day=_DAY,
)
"""What the employee does next: explain, document the choice, or offer the next channel.

In order: a tax return goes through authorized means; a taxpayer who needs help gets an
explanation; a taxpayer who has chosen has the choice documented; otherwise the next available
digital tool is offered (the preferred one first), and postal mail only once none remains.

Returns:
    A [`NextStep`][irm_model.contact.NextStep]: the action and the channel it concerns.
"""

may_offer_postal_mail: Rule[[Contact], bool] = Rule(
    _may_offer_postal_mail,
    implements=stating(
        _P.DIGITAL_BEFORE_PAPER, _P.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT, _P.ALTERNATIVE_TOOL_FIRST, _P.TAX_RETURNS
    ),
    day=_DAY,
)
"""Whether postal mail may be offered as a response option now.

Only once every available digital tool has been offered and declined (the taxpayer cannot or
will not use it) or exhausted, and none was accepted (SBSE-05-0126-0020(2) and the program
paragraph). No outcome (``None``) for a tax return: SBSE-05-0126-0020(3), the mandate does not
supersede the guidance on securing returns.
"""

must_use_digital_tools: Rule[[Contact], bool] = Rule(
    _must_use_digital_tools, implements=stating(_P.NOT_MANDATORY), day=_DAY
)
"""Whether the taxpayer is required to use a digital tool: never (SBSE-05-0126-0020(2))."""

securing_a_tax_return: Rule[[Contact], bool] = Rule(
    _securing_a_tax_return, implements=stating(_P.TAX_RETURNS), day=_DAY
)
"""Whether a digital tool may replace the authorized means of filing a tax return: no.

The mandate does not supersede current guidance on securing tax returns; taxpayers are
encouraged to file returns through authorized means (SBSE-05-0126-0020(3) and the Notes of
IRM 5.18.2.1.5(5), 5.19.2.2.1(1), 5.19.11.1.5(1), 5.19.16.1.5(2) and 5.19.22.1.5(2)).
"""

review_contact: Rule[[Contact], Review] = Rule(
    _review_contact,
    implements=(
        WORK_REVIEWS,
        *stating(
            _P.OFFER_DIGITAL_TOOLS,
            _P.PREFERRED_METHOD_FIRST,
            _P.ALTERNATIVE_TOOL_FIRST,
            _P.EXPLAIN_HOW_TO_USE,
            _P.DOCUMENT_CHOICE,
            _P.DIGITAL_BEFORE_PAPER,
        ),
    ),
    day=_DAY,
)
"""Review a completed contact: were the digital tools offered as the guidance requires?

The reasons are the basis of the review (``work_review``, IRM 1.4.20.20(1)) followed by the
findings: ``no_digital_offered``, ``preferred_not_first``, ``postal_mail_too_early`` (with
``alternative_not_offered`` when the taxpayer could not use a tool), ``help_not_explained`` and
``choice_not_documented``. For a tax return the offer findings do not apply
(SBSE-05-0126-0020(3)).

Returns:
    A [`Review`][irm_model.contact.Review]: the findings, empty when the contact meets the guidance.
"""

review_and_respond: Rule[[Contact], tuple[Channel, ...]] = Rule(
    _review_and_respond, implements=stating(_P.USE_TOOLS_TO_RESPOND), day=_DAY
)
"""The tools to review and respond with: all those available (SBSE-05-0126-0020(5)).

Employees use the digital tools and systems available to them to review and respond to
taxpayers, following IRM guidelines for processing taxpayer responses.
"""
