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
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, field_validator
from pydantic_core import PydanticCustomError

from irm_model.errors import IrmError
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.programs import Provision, citation, force_of, procedural_change, stating
from irm_model.readings import Reading, Readings
from irm_model.reasons import Catalogue, Decision, Reason, ReasonSpec
from irm_model.rules import Rule
from irm_model.tools import FAX, POSTAL_MAIL, Channel, channel_name

__all__ = [
    "WORK_REVIEWS",
    "Action",
    "Answer",
    "Contact",
    "ContactError",
    "Event",
    "EventKind",
    "Finding",
    "NextStep",
    "Party",
    "Review",
    "Severity",
    "may_offer_postal_mail",
    "next_step",
    "review_and_respond",
    "review_contact",
    "securing_a_tax_return",
    "severity",
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
    ENCOURAGED = "encouraged"
    """The employee encouraged the taxpayer to use the digital tools ("must offer, and encourage")."""


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
    """The digital tools available for this contact, in the order the employee lists them."""
    not_appropriate: tuple[Channel, ...] = ()
    """Those of the available tools the employee judges not appropriate, IT-approved, for this request: they are
    not owed (SBSE-05-0126-0020(1) "available and appropriate, IT-approved"; reading ``appropriate_judged_by``)."""
    preferred: Channel | None = None
    """The taxpayer's preferred digital communication method, if they have one."""
    tax_return: bool = False
    """Whether what is requested is a tax return."""
    digital_means_acceptable: bool = True
    """Whether digital means are acceptable for what is requested: for a tax return, whether digital tools are
    authorized to secure it and digital signatures acceptable (SBSE-05-0126-0020(3) and the Notes). Only where
    they are not does the mandate give way to current guidance."""
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

    @field_validator("available", "not_appropriate")
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
        fax_counts = channel is FAX and Readings.fax_is_digital.value
        if not (channel.is_tool or fax_counts):
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

    def encourage(self) -> Self:
        """The employee encourages the taxpayer to use the digital tools."""
        return self._then(Event(kind=EventKind.ENCOURAGED))

    @property
    def exempt(self) -> bool:
        """Whether the mandate gives way: a tax return for which digital means are not acceptable."""
        return self.tax_return and not self.digital_means_acceptable

    @property
    def offered(self) -> tuple[Channel, ...]:
        """Every channel offered so far, in order (once each)."""
        return self.offers()

    def offers(self, events: tuple[Event, ...] | None = None) -> tuple[Channel, ...]:
        """Every channel offered in the given events (default: all), in order, once each."""
        channels: dict[Channel, None] = {}
        for event in self.events if events is None else events:
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
    def owed(self) -> tuple[Channel, ...]:
        """The tools available and appropriate for this request: the ones the employee owes the offer of."""
        return tuple(tool for tool in self.available if tool not in self.not_appropriate)

    @property
    def digital_options(self) -> tuple[Channel, ...]:
        """The tools owed, in the order to offer them: the preferred one first, the others as listed."""
        owed = self.owed
        rest = tuple(tool for tool in owed if tool != self.preferred)
        return ((self.preferred,) if self.preferred in owed else ()) + rest


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


class Severity(StrEnum):
    """How a work review weighs a finding, by the words of force of the paragraphs it departs from."""

    VIOLATION = "violation"
    """A departure from a "must" or "are required to"."""
    DEVIATION = "deviation"
    """A departure from a "should" alone."""


def severity(reasons: Sequence[Reason]) -> Severity | None:
    """The severity of a finding given with ``reasons`` (one per paragraph it cites).

    Where the cited paragraphs' words differ ("must" beside "should"), the register's reading
    ``severity`` decides: the stronger word. ``None`` when no cited word binds or advises.
    """
    words = [reason.force or "" for reason in reasons]
    binding = any("must" in word or "required" in word for word in words)
    advised = any("should" in word for word in words)
    if binding and (Readings.severity.value == "stronger" or not advised):
        return Severity.VIOLATION
    return Severity.DEVIATION if advised else None


class Finding(BaseModel):
    """One thing a work review finds the employee did not do as the guidance requires."""

    model_config = ConfigDict(frozen=True)

    code: str
    """What was missed, ``postal_mail_too_early``."""
    severity: Severity | None
    """A violation (a "must" departed from) or a deviation (a "should"); ``None`` if no cited word binds."""
    reasons: tuple[Reason, ...]
    """The finding, once per paragraph it cites, each with that paragraph's word of force."""


class Review(BaseModel):
    """What an employee work review of one completed contact found (IRM 1.4.20.20(1))."""

    model_config = ConfigDict(frozen=True)

    findings: tuple[Finding, ...]
    """What the employee did not do as the guidance requires; empty when the contact meets it."""

    @property
    def codes(self) -> tuple[str, ...]:
        """The findings' codes, in order."""
        return tuple(finding.code for finding in self.findings)

    @property
    def violations(self) -> tuple[str, ...]:
        """The codes of the findings that are violations."""
        return tuple(f.code for f in self.findings if f.severity is Severity.VIOLATION)

    @property
    def deviations(self) -> tuple[str, ...]:
        """The codes of the findings that are deviations."""
        return tuple(f.code for f in self.findings if f.severity is Severity.DEVIATION)

    @property
    def meets_guidance(self) -> bool:
        """Whether the contact followed the digital-first rule."""
        return not self.findings


class ProvisionReason(ReasonSpec):
    """A reason of one provision: said by its Procedural Change (where one states it) and restated by the program
    paragraphs that state it, each with its own words of force."""

    __slots__ = ("provision",)

    def __init__(
        self, provision: Provision, text: str, *, about: str | None = None, readings: tuple[Reading[Any], ...] = ()
    ) -> None:
        stated = stating(provision)
        home = procedural_change(provision) or stated[0]
        restated = tuple(p for p in stated if p != home)
        forces = {p: word for p in stated if (word := force_of(p, provision)) is not None}
        super().__init__(home, text, also_in=restated, about=about, force=forces, readings=readings)
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
    tool_not_appropriate = ReasonSpec(
        "SBSE-05-0126-0020(1)",
        "{tools} {is_are} available but not appropriate for this request: only available and appropriate, "
        "IT-approved tools are owed",
        force="are required to offer",
        readings=(Readings.appropriate_judged_by,),
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
        _P.OFFER_BEFORE_POSTAL,
        "Offer the digital tools before postal mail response options; not yet offered: {tools}",
        about="holding back postal mail",
    )
    digital_not_yet_declined = _spec(
        _P.DIGITAL_BEFORE_PAPER,
        "Paper correspondence is the last resort, only after all available digital communication options have "
        "been offered, declined, and exhausted; offered but not yet declined: {tools}",
        about="waiting for the taxpayer's answer",
    )
    no_digital_tool_available = _spec(
        _P.OFFER_BEFORE_POSTAL,
        "No digital tool is available and appropriate for this request, so none remains to offer before postal mail",
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
        "Digital means are not acceptable for this tax return: follow current guidance for securing it, and "
        "encourage the taxpayer to file through authorized means",
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
        force="are required to offer",
    )
    no_digital_offered = _spec(
        _P.OFFER_DIGITAL_TOOLS,
        "No digital tool was offered though {tools} {were} available",
        about="no digital tool was offered",
    )
    not_encouraged = _spec(
        _P.ENCOURAGE,
        "The digital tools were offered but the taxpayer was not encouraged to use them",
        about="the tools were not encouraged",
        readings=(Readings.encouraged_when,),
    )
    preferred_not_first = _spec(
        _P.PREFERRED_METHOD_FIRST,
        "The taxpayer's preferred digital communication method was not offered first",
        about="the preferred method was not offered first",
    )
    postal_mail_too_early = _spec(
        _P.OFFER_BEFORE_POSTAL,
        "Postal mail was offered before every available digital tool was offered",
        about="postal mail was offered too early",
    )
    postal_mail_before_declined = _spec(
        _P.DIGITAL_BEFORE_PAPER,
        "Postal mail was offered before every digital tool offered was declined or exhausted",
        about="postal mail was offered before the tools were declined",
    )
    postal_mail_after_accepted = _spec(
        _P.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT,
        "Postal mail was offered to a {party} who had accepted {tool}",
        about="postal mail was offered after a tool was accepted",
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
    """One reason, cited to the program paragraph when it states the provision, and to the Procedural Change.

    A provision no Procedural Change states ("encourage") is cited only where the program states it: its reason's
    home is the first paragraph that does (IRM 1.4.20.20(1)), cited like any other program's own.
    """
    cited = citation(program, why.provision)
    own = (why(cited, **fields),) if cited is not None and cited != why.paragraph else ()
    home = (why(**fields),) if why.paragraph.is_memo or cited == why.paragraph else ()
    return own + home


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
        reasons = _because(program, Why.digital_tool_accepted, party=party, tool=channel_name(accepted[0]))
        return Decision(outcome=False, reasons=reasons)
    offered = contact.offers(events)
    never = [tool for tool in contact.digital_options if tool not in offered]
    unanswered = [tool for tool in contact.digital_options if tool in offered and tool not in answers]
    reasons = ()
    if never:
        reasons += _because(program, Why.digital_not_yet_offered, tools=_names(never))
    if unanswered:
        reasons += _because(program, Why.digital_not_yet_declined, tools=_names(unanswered))
    if reasons:
        if cannot := _cannot_use(contact, events):
            reasons += _because(program, Why.alternative_before_paper, party=party, tools=_names(cannot))
        return Decision(outcome=False, reasons=reasons)
    if not contact.digital_options:
        reasons = _because(program, Why.no_digital_tool_available)
    else:
        reasons = _because(program, Why.all_digital_declined, tools=_names(contact.digital_options))
        reasons += _because(program, Why.cannot_or_will_not_use_digital, party=party)
    return Decision(outcome=True, reasons=reasons + _because(program, Why.digital_not_mandatory))


def _may_offer_postal_mail(contact: Contact) -> Decision[bool]:
    if contact.exempt:
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
    if asked is not None and asked is not POSTAL_MAIL:
        return asked
    offered = [c for c in contact.offered if c is not POSTAL_MAIL]
    return offered[-1] if offered else None


def _not_appropriate(contact: Contact) -> tuple[Reason, ...]:
    passed = [tool for tool in contact.not_appropriate if tool in contact.available]
    if not passed:
        return ()
    return (Why.tool_not_appropriate(tools=_names(passed), is_are="is" if len(passed) == 1 else "are"),)


def _next_step(contact: Contact) -> Decision[NextStep]:
    program, party = contact.program, contact.party
    if contact.exempt:
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
        reasons = _not_appropriate(contact) + postal.reasons
        return Decision(outcome=NextStep(action=Action.OFFER, channel=POSTAL_MAIL), reasons=reasons)
    tool = remaining[0]
    reasons = _because(program, Why.offer_digital_tools, tool=channel_name(tool))
    if party is Party.REPRESENTATIVE:
        reasons += _because(program, Why.offer_to_representative)
    if tool == contact.preferred:
        reasons += _because(program, Why.preferred_first, tool=channel_name(tool))
    elif contact.preferred is not None and contact.preferred not in contact.owed:
        reasons += _because(program, Why.preferred_unavailable, tool=channel_name(contact.preferred))
    if cannot := _cannot_use(contact, contact.events):
        reasons += _because(program, Why.alternative_before_paper, party=party, tools=_names(cannot))
    reasons += _not_appropriate(contact)
    return Decision(outcome=NextStep(action=Action.OFFER, channel=tool), reasons=reasons)


def _securing_a_tax_return(contact: Contact) -> Decision[bool]:
    if not contact.tax_return:
        return Decision(outcome=None)
    return Decision(outcome=not contact.digital_means_acceptable, reasons=_tax_return(contact))


def _finding(program: ParagraphId, why: ProvisionReason, **fields: object) -> tuple[Finding, ...]:
    reasons = _because(program, why, **fields)
    return (Finding(code=why.code, severity=severity(reasons), reasons=reasons),) if reasons else ()


def _postal_findings(contact: Contact) -> tuple[Finding, ...]:
    program, party = contact.program, contact.party
    for index, event in enumerate(contact.events):
        if event.kind is not EventKind.OFFERED or event.channel is not POSTAL_MAIL:
            continue
        before = contact.events[:index]
        if _postal_mail(contact, before).outcome:
            continue
        answers = contact.answers(before)
        accepted = [c for c, answer in answers.items() if answer is Answer.ACCEPTED and c is not POSTAL_MAIL]
        if accepted:
            return _finding(program, Why.postal_mail_after_accepted, party=party, tool=channel_name(accepted[0]))
        if any(tool not in contact.offers(before) for tool in contact.digital_options):
            findings = _finding(program, Why.postal_mail_too_early)
        else:
            findings = _finding(program, Why.postal_mail_before_declined)
        if cannot := _cannot_use(contact, before):
            findings += _finding(program, Why.alternative_not_offered, party=party, tools=_names(cannot))
        return findings
    return ()


def _review_contact(contact: Contact) -> Decision[Review]:
    program, party = contact.program, contact.party
    basis: tuple[Reason, ...] = (Why.work_review(),)
    findings: tuple[Finding, ...] = ()
    offers = [channel for channel in contact.offered if channel is not POSTAL_MAIL]
    if contact.exempt:
        basis += _tax_return(contact)
    else:
        owed = contact.owed
        if owed and not offers:
            were = "was" if len(owed) == 1 else "were"
            findings += _finding(program, Why.no_digital_offered, tools=_names(owed), were=were)
        if offers and not any(event.kind is EventKind.ENCOURAGED for event in contact.events):
            findings += _finding(program, Why.not_encouraged)
        if contact.preferred in owed and offers and offers[0] != contact.preferred:
            findings += _finding(program, Why.preferred_not_first)
        findings += _postal_findings(contact)
    if _help_pending(contact):
        findings += _finding(program, Why.help_not_explained, party=party)
    if contact.offered and not _documented(contact):
        findings += _finding(program, Why.choice_not_documented)
    reasons = basis + tuple(reason for finding in findings for reason in finding.reasons)
    return Decision(outcome=Review(findings=findings), reasons=reasons)


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
        _P.OFFER_BEFORE_POSTAL,
        _P.DIGITAL_BEFORE_PAPER,
        _P.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT,
        _P.TAX_RETURNS,
    ),
    day=_DAY,
)
"""What the employee does next: explain, document the choice, or offer the next channel.

In order: a tax return for which digital means are not acceptable goes through authorized means; a
taxpayer who needs help gets an explanation; a taxpayer who has chosen has the choice documented;
otherwise the next digital tool owed is offered (the preferred one first; a tool available but not
appropriate for the request is not owed), and postal mail only once none remains.

Returns:
    A [`NextStep`][irm_model.contact.NextStep]: the action and the channel it concerns.
"""

may_offer_postal_mail: Rule[[Contact], bool] = Rule(
    _may_offer_postal_mail,
    implements=stating(
        _P.NOT_MANDATORY,
        _P.OFFER_BEFORE_POSTAL,
        _P.DIGITAL_BEFORE_PAPER,
        _P.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT,
        _P.ALTERNATIVE_TOOL_FIRST,
        _P.TAX_RETURNS,
    ),
    day=_DAY,
)
"""Whether postal mail may be offered as a response option now.

Not before every digital tool owed was offered (``digital_not_yet_offered``) and declined or
exhausted (``digital_not_yet_declined``), and not to a taxpayer who accepted one
(``digital_tool_accepted``). Once the taxpayer cannot or will not use them, yes: it is not
mandatory for taxpayers to communicate using digital tools. Each reason carries the cited
paragraph's own word of force: a Program Controls paragraph's "must be offered and declined before
paper correspondence is used" beside Procedural Change 2's "should be the last resort". No outcome
(``None``) for a tax return for which digital means are not acceptable (SBSE-05-0126-0020(3)).
"""

securing_a_tax_return: Rule[[Contact], bool] = Rule(
    _securing_a_tax_return, implements=stating(_P.TAX_RETURNS), day=_DAY
)
"""Whether the request, a tax return, is exempt from the mandate: yes only where digital means are not acceptable.

SBSE-05-0126-0020(3): "Follow current guidance where digital tools are not currently authorized as an
acceptable means to secure tax returns"; the Notes of IRM 5.18.2.1.5(5), 5.19.2.2.1(1), 5.19.11.1.5(1),
5.19.16.1.5(2) and 5.19.22.1.5(2): "where digital signatures are not acceptable". Asking for a return is
not in itself an exemption. No outcome when what is requested is not a tax return.
"""

review_contact: Rule[[Contact], Review] = Rule(
    _review_contact,
    implements=(
        WORK_REVIEWS,
        *stating(
            _P.OFFER_DIGITAL_TOOLS,
            _P.ENCOURAGE,
            _P.PREFERRED_METHOD_FIRST,
            _P.ALTERNATIVE_TOOL_FIRST,
            _P.EXPLAIN_HOW_TO_USE,
            _P.DOCUMENT_CHOICE,
            _P.OFFER_BEFORE_POSTAL,
            _P.DIGITAL_BEFORE_PAPER,
            _P.POSTAL_ONLY_IF_CANNOT_OR_WILL_NOT,
        ),
    ),
    day=_DAY,
)
"""Review a completed contact as an IRM 1.4.20.20(1) work reviewer: were the digital tools offered as required?

The reasons are the basis of the review (``work_review``) followed by each finding's reasons:
``no_digital_offered``, ``not_encouraged`` (where the program paragraph says "encourage"),
``preferred_not_first``, ``postal_mail_too_early`` (before every tool was offered),
``postal_mail_before_declined`` (offered, not yet declined), ``postal_mail_after_accepted``
(with ``alternative_not_offered`` when the taxpayer could not use a tool), ``help_not_explained`` and
``choice_not_documented``. Each [`Finding`][irm_model.contact.Finding] is a violation when a cited
paragraph says "must" (or "are required to") and a deviation when they say "should" (the register's
reading ``severity``). For a tax return for which digital means are not acceptable the offer findings
do not apply.

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
