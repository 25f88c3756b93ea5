"""Information requested by phone for a hearing request: perfecting it, or anything else.

* Perfecting a timely CDP or equivalent hearing request (IRM 5.19.8.4.7.3(1)): one phone call
  attempt, the information to be sent within 15 calendar days. A taxpayer reached who can provide
  it during the call is offered Eefax or the DUT, and the memorandum struck "if available" from
  that offer (IRM 5.19.8.4.2.2(10) for a CDP hearing, 5.19.8.4.3.2(4) for an equivalent hearing).
* Information other than for perfection (IRM 5.19.8.4.7.5(7)): one phone call attempt, the
  information to be sent within 15 calendar days, EEFax or the DUT offered during the call. That
  paragraph never said "if available".

The offer during the call does not depend on the tools' availability; the contact rule of
IRM 5.19.8.4(4), which these paragraphs refer to "for further guidance", is
[irm_model.contact][]'s.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, PositiveInt

from irm_model.days import CalendarDayPeriod, Timeliness
from irm_model.hearings import HearingKind
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Catalogue, Decision, Reason, ReasonSpec
from irm_model.rules import Rule
from irm_model.tools import Channel

__all__ = [
    "OTHER_INFORMATION_REQUEST",
    "PERFECTION_REQUEST",
    "PhoneRequest",
    "PhoneRequestRule",
    "request_other_information",
    "request_perfection",
]

_CDP_PERFECTION_CALL = ParagraphId.parse("IRM 5.19.8.4.2.2(10)")
_EH_PERFECTION_CALL = ParagraphId.parse("IRM 5.19.8.4.3.2(4)")
_PERFECTION = ParagraphId.parse("IRM 5.19.8.4.7.3(1)")
_SIGNATURES = ParagraphId.parse("IRM 5.19.8.4.7.4(1)")
_INITIAL_ACTIONS = ParagraphId.parse("IRM 5.19.8.4.7.5(7)")


class Why(Catalogue):
    """The reasons of a request made by phone; each code is said by more than one paragraph."""

    one_call_attempt_15_days = ReasonSpec(
        _PERFECTION,
        "Make {attempts} phone call attempt and ask that the information be sent within {days} calendar days",
        also_in=(_INITIAL_ACTIONS,),
    )
    offer_eefax_or_dut = ReasonSpec(
        _CDP_PERFECTION_CALL,
        "The taxpayer is able to provide the information during the call: offer them the option to submit it by "
        "EEFax or Document Upload Tool (DUT)",
        also_in=(_EH_PERFECTION_CALL, _INITIAL_ACTIONS),
    )
    offer_not_conditional = ReasonSpec(
        _CDP_PERFECTION_CALL,
        "'if available' is struck: the offer of EEFax and the DUT no longer depends on availability",
        also_in=(_EH_PERFECTION_CALL, _SIGNATURES),
    )


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
    period=CalendarDayPeriod(days=15, paragraph=_PERFECTION),
    offered_during_call=(Channel.EEFAX, Channel.DUT),
)
"""Perfecting a timely CDP or equivalent hearing request: "Make one phone call attempt and request
the information be sent within 15 calendar days ... offer them the option to submit it by EEFax or
Document Upload Tool (DUT)". IRM 5.19.8.4.7.3(1)."""

OTHER_INFORMATION_REQUEST = PhoneRequestRule(
    call_attempts=1,
    period=CalendarDayPeriod(days=15, paragraph=_INITIAL_ACTIONS),
    offered_during_call=(Channel.EEFAX, Channel.DUT),
)
"""Requesting information other than for perfection: "Make one phone call attempt and ask taxpayer
to send requested information within 15 calendar days ... offer them the option to submit it by
EEFax or Document Upload Tool (DUT)". IRM 5.19.8.4.7.5(7)."""


class PhoneRequest(BaseModel):
    """A request for information made by phone: how often to call, when it is due, what to offer."""

    model_config = ConfigDict(frozen=True)

    call_attempts: int
    """How many phone call attempts to make (one)."""
    requested_on: date
    """The day of the request: day 0 of the period."""
    respond_by: date
    """The last day a response is on time (day 15)."""
    period: CalendarDayPeriod
    """The period, with the paragraph that sets it."""
    offered_during_call: tuple[Channel, ...]
    """What the taxpayer is offered during the call to submit the information; empty if they do not have it."""

    def judge(self, received_on: date) -> Decision[Timeliness]:
        """Whether a response received on ``received_on`` is on time (day 15 is, day 16 is not).

        Args:
            received_on: The day the response was received.

        Returns:
            The day of the period it arrived on and whether it is on time, citing the period's paragraph.

        Raises:
            DayCountError: ``received_on`` is before the request.
        """
        return self.period.judge(self.requested_on, received_on)


def _phone_request(
    rule: PhoneRequestRule, requested_on: date, has_information_during_call: bool, reasons: list[Reason]
) -> Decision[PhoneRequest]:
    return Decision(
        outcome=PhoneRequest(
            call_attempts=rule.call_attempts,
            requested_on=requested_on,
            respond_by=rule.period.due_date(requested_on),
            period=rule.period,
            offered_during_call=rule.offered_during_call if has_information_during_call else (),
        ),
        reasons=tuple(reasons),
    )


def _one_call(rule: PhoneRequestRule) -> Reason:
    return Why.one_call_attempt_15_days(rule.period.paragraph, attempts=rule.call_attempts, days=rule.period.days)


def _request_perfection(
    kind: HearingKind, requested_on: date, *, has_information_during_call: bool
) -> Decision[PhoneRequest]:
    rule = PERFECTION_REQUEST
    call_paragraph = _CDP_PERFECTION_CALL if kind is HearingKind.CDP else _EH_PERFECTION_CALL
    reasons = [_one_call(rule)]
    if has_information_during_call:
        reasons += [Why.offer_eefax_or_dut(call_paragraph), Why.offer_not_conditional(call_paragraph)]
    return _phone_request(rule, requested_on, has_information_during_call, reasons)


request_perfection = Rule(
    _request_perfection,
    implements=(_CDP_PERFECTION_CALL, _EH_PERFECTION_CALL, _PERFECTION),
    day="requested_on",
)
"""Request the information that perfects a timely CDP or equivalent hearing request.

One phone call attempt; the information is due within 15 calendar days (IRM 5.19.8.4.7.3(1)).
A taxpayer reached who has the information during the call is offered EEFax and the DUT,
without condition (IRM 5.19.8.4.2.2(10) for CDP, 5.19.8.4.3.2(4) for equivalent hearings).

Args:
    kind: The hearing requested.
    requested_on: The day of the call (day 0).
    has_information_during_call: Whether the taxpayer is reached and able to provide the
        information during the call.

Returns:
    The phone request: one call attempt, the due date, and what is offered during the call.
"""


def _request_other_information(requested_on: date, *, has_information_during_call: bool) -> Decision[PhoneRequest]:
    rule = OTHER_INFORMATION_REQUEST
    reasons = [_one_call(rule)]
    if has_information_during_call:
        reasons.append(Why.offer_eefax_or_dut(_INITIAL_ACTIONS))
    return _phone_request(rule, requested_on, has_information_during_call, reasons)


request_other_information = Rule(_request_other_information, implements=(_INITIAL_ACTIONS,), day="requested_on")
"""Request information other than for perfection (IRM 5.19.8.4.7.5(7)).

One phone call attempt; the information is due within 15 calendar days; a taxpayer who has
it during the call is offered EEFax and the DUT.

Args:
    requested_on: The day of the call (day 0).
    has_information_during_call: Whether the taxpayer has the information during the call.

Returns:
    The phone request: one call attempt, the due date, and what is offered during the call.
"""
