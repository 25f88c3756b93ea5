"""Information requested by phone for a hearing request: perfecting it, or anything else.

* Perfecting a timely CDP or equivalent hearing request (IRM 5.19.8.4.7.3(1)): "Make one phone
  call attempt and request the information be sent within 15 calendar days". A taxpayer reached
  who can provide it during the call is offered Eefax or the DUT ("offer them the options", IRM
  5.19.8.4.2.2(10) for a CDP hearing, 5.19.8.4.3.2(4) for an equivalent hearing); the memorandum
  struck "if available" after that offer.
* Information other than for perfection (IRM 5.19.8.4.7.5(7)): "Make one phone call attempt and
  ask taxpayer to send requested information within 15 calendar days", and "offer them the option"
  of EEFax or the DUT during the call. That paragraph never said "if available".

Both periods count the day the information is **sent**, as the paragraphs say; the
[period][irm_model.days.CalendarDayPeriod] asks for the day sent and the day received and its
reason says which it counted. What the struck "if available" changes is a reading
([`Readings.if_available_struck`][irm_model.readings.Readings.if_available_struck]): the model
takes it to make the offer unconditional, and the reason that says the words are struck names it.
The contact rule of IRM 5.19.8.4(4), which these paragraphs refer to "for further guidance", is
[irm_model.contact][]'s.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, PositiveInt

from irm_model.days import CalendarDayPeriod, PeriodAct, Timeliness, period_rule_day
from irm_model.hearings import HearingKind
from irm_model.paragraphs import ParagraphId
from irm_model.readings import Readings
from irm_model.reasons import Catalogue, Decision, Reason, ReasonSpec
from irm_model.rules import Rule
from irm_model.tools import Channel

__all__ = [
    "OFFER_UNCONDITIONALLY",
    "OTHER_INFORMATION_REQUEST",
    "PERFECTION_REQUEST",
    "PhoneRequest",
    "PhoneRequestRule",
    "offered_during_call",
    "request_other_information",
    "request_perfection",
]

_CDP_PERFECTION_CALL = ParagraphId.parse("IRM 5.19.8.4.2.2(10)")
_EH_PERFECTION_CALL = ParagraphId.parse("IRM 5.19.8.4.3.2(4)")
_PERFECTION = ParagraphId.parse("IRM 5.19.8.4.7.3(1)")
_SIGNATURES = ParagraphId.parse("IRM 5.19.8.4.7.4(1)")
_INITIAL_ACTIONS = ParagraphId.parse("IRM 5.19.8.4.7.5(7)")

OFFER_UNCONDITIONALLY = "offer unconditionally"
"""The value of [`Readings.if_available_struck`][irm_model.readings.Readings.if_available_struck] under which
the struck "if available" leaves the offer of EEFax and the DUT without condition."""


class Why(Catalogue):
    """The reasons of a request made by phone; each code is said by more than one paragraph."""

    one_call_attempt_15_days = ReasonSpec(
        _PERFECTION,
        "Make {attempts} phone call attempt and ask that the information be sent within {days} calendar days: by {due}",
        also_in=(_INITIAL_ACTIONS,),
        force="Make one phone call attempt",
        readings=(Readings.day_zero, Readings.weekend_extends, Readings.period_past_expiration),
    )
    offer_eefax_or_dut = ReasonSpec(
        _CDP_PERFECTION_CALL,
        "The taxpayer is able to provide the information during the call: offer them the option to submit it by "
        "EEFax or Document Upload Tool (DUT)",
        also_in=(_EH_PERFECTION_CALL, _INITIAL_ACTIONS),
        about="offering EEFax and the DUT during the call",
        force={
            _CDP_PERFECTION_CALL: "offer them the options",
            _EH_PERFECTION_CALL: "offer them the options",
            _INITIAL_ACTIONS: "offer them the option",
        },
    )
    offer_if_available_struck = ReasonSpec(
        _CDP_PERFECTION_CALL,
        "'if available' is struck from this paragraph",
        also_in=(_EH_PERFECTION_CALL, _SIGNATURES),
        readings=(Readings.if_available_struck,),
    )


def offered_during_call(channels: tuple[Channel, ...], *, tools_available: bool) -> tuple[Channel, ...]:
    """What a paragraph that struck "if available" offers during the call, per ``Readings.if_available_struck``.

    Under the reading taken (``"offer unconditionally"``) the offer is ``channels`` whatever their
    availability; under a reading that keeps the condition, it is ``channels`` only if they are available.

    Args:
        channels: What the paragraph names for the offer (EEFax and the DUT).
        tools_available: Whether those tools are available.

    Returns:
        The channels to offer.
    """
    if Readings.if_available_struck.value == OFFER_UNCONDITIONALLY or tools_available:
        return channels
    return ()


class PhoneRequestRule(BaseModel):
    """How information is requested by phone: attempts, period, and what is offered during the call."""

    model_config = ConfigDict(frozen=True)

    call_attempts: PositiveInt
    """How many phone call attempts to make."""
    period: CalendarDayPeriod
    """How long the taxpayer has to send the information, and the paragraph that says so."""
    offered_during_call: tuple[Channel, ...]
    """What to offer a taxpayer who has the information during the call, in the text's order."""


PERFECTION_REQUEST = PhoneRequestRule(
    call_attempts=1,
    period=CalendarDayPeriod(days=15, paragraph=_PERFECTION, act=PeriodAct.SENT),
    offered_during_call=(Channel.EEFAX, Channel.DUT),
)
"""Perfecting a timely CDP or equivalent hearing request: "Make one phone call attempt and request
the information be sent within 15 calendar days ... offer them the option to submit it by EEFax or
Document Upload Tool (DUT)". IRM 5.19.8.4.7.3(1)."""

OTHER_INFORMATION_REQUEST = PhoneRequestRule(
    call_attempts=1,
    period=CalendarDayPeriod(days=15, paragraph=_INITIAL_ACTIONS, act=PeriodAct.SENT),
    offered_during_call=(Channel.EEFAX, Channel.DUT),
)
"""Requesting information other than for perfection: "Make one phone call attempt and ask taxpayer
to send requested information within 15 calendar days ... offer them the option to submit it by
EEFax or Document Upload Tool (DUT)". IRM 5.19.8.4.7.5(7)."""


class PhoneRequest(BaseModel):
    """A request for information made by phone: how often to call, by when to send it, what to offer."""

    model_config = ConfigDict(frozen=True)

    call_attempts: int
    """How many phone call attempts to make (one)."""
    requested_on: date
    """The day of the request, from which the period is counted."""
    send_by: date
    """The last day of the period to send the information (day 15)."""
    period: CalendarDayPeriod
    """The period, with the paragraph that sets it and the act it counts (sending)."""
    offered_during_call: tuple[Channel, ...]
    """What the taxpayer is offered during the call to submit the information; empty if they do not have it."""

    def judge(self, *, sent_on: date | None = None, received_on: date | None = None) -> Decision[Timeliness]:
        """Whether the information was sent in time: sent on day 15 is, even if received on day 19; day 16 is not.

        The paragraphs ask that the information "be sent" within 15 calendar days, so the period
        counts the day sent (``Readings.sent_evidence``); the reason says which day it counted.

        Args:
            sent_on: The day the taxpayer sent the information (postmark, fax transmission, upload).
            received_on: The day the IRS received it, if it has.

        Returns:
            The day of the period the counted date falls on and whether it is on time, citing the period's paragraph.

        Raises:
            DayCountError: the day the period counts is not given, or a date is before the request or
                the information received before it was sent.
        """
        return self.period.judge(self.requested_on, sent_on=sent_on, received_on=received_on)


def _phone_request(
    rule: PhoneRequestRule, requested_on: date, offered: tuple[Channel, ...], reasons: list[Reason]
) -> Decision[PhoneRequest]:
    return Decision(
        outcome=PhoneRequest(
            call_attempts=rule.call_attempts,
            requested_on=requested_on,
            send_by=rule.period.due_date(requested_on),
            period=rule.period,
            offered_during_call=offered,
        ),
        reasons=tuple(reasons),
    )


def _one_call(rule: PhoneRequestRule, requested_on: date) -> Reason:
    period = rule.period
    due = period.due_date(requested_on).isoformat()
    return Why.one_call_attempt_15_days(period.paragraph, attempts=rule.call_attempts, days=period.days, due=due)


def _request_perfection(
    kind: HearingKind, requested_on: date, *, has_information_during_call: bool, tools_available: bool = True
) -> Decision[PhoneRequest]:
    rule = PERFECTION_REQUEST
    call_paragraph = _CDP_PERFECTION_CALL if kind is HearingKind.CDP else _EH_PERFECTION_CALL
    reasons = [_one_call(rule, requested_on)]
    offered: tuple[Channel, ...] = ()
    if has_information_during_call:
        offered = offered_during_call(rule.offered_during_call, tools_available=tools_available)
        if offered:
            reasons.append(Why.offer_eefax_or_dut(call_paragraph))
        reasons.append(Why.offer_if_available_struck(call_paragraph))
    return _phone_request(rule, requested_on, offered, reasons)


request_perfection = Rule(
    _request_perfection,
    implements=(_CDP_PERFECTION_CALL, _EH_PERFECTION_CALL, _PERFECTION),
    day=period_rule_day("requested_on"),
)
"""Request the information that perfects a timely CDP or equivalent hearing request.

One phone call attempt; the information to be sent within 15 calendar days (IRM 5.19.8.4.7.3(1)).
A taxpayer reached who has the information during the call is offered EEFax and the DUT
(IRM 5.19.8.4.2.2(10) for CDP, 5.19.8.4.3.2(4) for equivalent hearings); "if available" is struck
there, and ``Readings.if_available_struck`` says what that changes.

Args:
    kind: The hearing requested.
    requested_on: The day of the call, from which the period is counted.
    has_information_during_call: Whether the taxpayer is reached and able to provide the
        information during the call.
    tools_available: Whether EEFax and the DUT are available. Under the reading taken
        ("offer unconditionally") the offer does not turn on it.

Returns:
    The phone request: one call attempt, the last day to send the information, and what is
    offered during the call.
"""


def _request_other_information(requested_on: date, *, has_information_during_call: bool) -> Decision[PhoneRequest]:
    rule = OTHER_INFORMATION_REQUEST
    reasons = [_one_call(rule, requested_on)]
    offered = rule.offered_during_call if has_information_during_call else ()
    if offered:
        reasons.append(Why.offer_eefax_or_dut(_INITIAL_ACTIONS))
    return _phone_request(rule, requested_on, offered, reasons)


request_other_information = Rule(
    _request_other_information, implements=(_INITIAL_ACTIONS,), day=period_rule_day("requested_on")
)
"""Request information other than for perfection (IRM 5.19.8.4.7.5(7)).

One phone call attempt; the taxpayer is asked to send the information within 15 calendar days;
a taxpayer who has it during the call is offered EEFax and the DUT (this paragraph never said
"if available").

Args:
    requested_on: The day of the call, from which the period is counted.
    has_information_during_call: Whether the taxpayer has the information during the call.

Returns:
    The phone request: one call attempt, the last day to send the information, and what is
    offered during the call.
"""
