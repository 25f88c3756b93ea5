"""Signatures on a hearing request, and the affirmations that stand in for them: IRM 5.19.8.4.7.4(1).

"A CDP or equivalent hearing request cannot be processed unless it is signed. The hearing request
must be signed by the taxpayer or his/her authorized representative": anyone, a spouse included,
with a valid Form 2848 on file.

* Unsigned but filed timely: "contact the taxpayer by phone in an attempt to secure the missing
  signature via EEFAX or DUT" ("~~if available~~" is struck); if that fails, "the taxpayer will be
  given 15 calendar days to perfect the CDP hearing request", and the Form 12153 goes back with
  the IRS received date circled. Perfected "within this time period": treat it as filed timely;
  "after this time period, it may qualify for an equivalent hearing".
* Signed by a spouse or someone without a POA: "contact the taxpayer and request the filing within
  15 calendar days" of a written, signed affirmation; "If the affirmation is not filed within 15
  calendar days of the request, the CDP request will be denied with respect to the non-signing
  taxpayer". "Allow additional time if the taxpayer demonstrates ... extenuating circumstances".
* A joint liability with one spouse's signature: "contact the taxpayer to clarify whether the
  request is for both spouses and if so, to obtain the missing signature".

Each reason carries the paragraph's own word of force, quoted ("must be signed", "will be denied",
"may qualify", "Allow additional time"). Where the paragraph is silent, the values come from the
register ([irm_model.readings][]), read at each decision, and the reasons name them:

* [`Readings.filed_means`][irm_model.readings.Readings.filed_means]: a document is "filed", and
  a request perfected, on the day the IRS receives it. The outcomes ask for the day sent and the
  day received, and count the one the reading names.
* [`Readings.unsigned_applies_to_equivalent`][irm_model.readings.Readings.unsigned_applies_to_equivalent]:
  the unsigned-request procedure, written for a CDP hearing request, is applied to an equivalent
  hearing request too; but only a late-perfected **CDP** request "may qualify for an equivalent
  hearing", and a late-perfected equivalent hearing request is not processable.
* [`Readings.extenuating_applies_to`][irm_model.readings.Readings.extenuating_applies_to]:
  extenuating circumstances extend the affirmation's 15 calendar days, the only period the bullet
  they close sets.
* [`Readings.if_available_struck`][irm_model.readings.Readings.if_available_struck]: what the
  struck "if available" changes for the call that secures the signature.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.days import CalendarDayPeriod, PeriodAct, Timeliness, period_rule_day
from irm_model.hearings import HearingKind, phone
from irm_model.paragraphs import ParagraphId
from irm_model.readings import Readings
from irm_model.reasons import Catalogue, Decision, Reason, ReasonSpec
from irm_model.rules import Rule
from irm_model.tools import Channel

__all__ = [
    "AFFIRMATION_PERIOD",
    "EXTENUATING_EXTENDS_AFFIRMATION",
    "UNSIGNED_REQUEST_PERIOD",
    "Affirmation",
    "AffirmationOutcome",
    "HearingRequest",
    "ReturnForSignature",
    "Signature",
    "SignatureAction",
    "SignaturePerfection",
    "SignaturePerfectionOutcome",
    "SignatureStep",
    "Signer",
    "affirmation_outcome",
    "check_signatures",
    "clarify_joint_request",
    "return_for_signature",
    "unsigned_request_outcome",
]

_SIGNATURES = ParagraphId.parse("IRM 5.19.8.4.7.4(1)")

UNSIGNED_REQUEST_PERIOD = CalendarDayPeriod(days=15, paragraph=_SIGNATURES, act=PeriodAct.FILED)
"""A timely but unsigned CDP hearing request: if the signature cannot be secured via EEFAX or DUT,
"the taxpayer will be given 15 calendar days to perfect the CDP hearing request". IRM 5.19.8.4.7.4(1)."""

AFFIRMATION_PERIOD = CalendarDayPeriod(days=15, paragraph=_SIGNATURES, act=PeriodAct.FILED)
"""A request signed by a spouse or someone without a POA: the written, signed affirmation is to be
"filed within 15 calendar days of the request". IRM 5.19.8.4.7.4(1)."""

EXTENUATING_EXTENDS_AFFIRMATION = "affirmation"
"""The value of [`Readings.extenuating_applies_to`][irm_model.readings.Readings.extenuating_applies_to] under
which extenuating circumstances allow additional time to file the affirmation."""


class Why(Catalogue):
    """The reasons about signatures and affirmations, all from IRM 5.19.8.4.7.4(1)."""

    unsigned_secure_by_phone = ReasonSpec(
        _SIGNATURES,
        "Filed timely but unsigned: contact the taxpayer by phone in an attempt to secure the missing signature via "
        "EEFAX or DUT",
        force="contact the taxpayer by phone",
    )
    eh_unsigned_follows_cdp_procedure = ReasonSpec(
        _SIGNATURES,
        "The paragraph gives this procedure for an unsigned CDP hearing request; it is applied to an unsigned "
        "equivalent hearing request too",
        readings=(Readings.unsigned_applies_to_equivalent,),
    )
    unsigned_not_processable = ReasonSpec(
        _SIGNATURES,
        "A CDP or equivalent hearing request cannot be processed unless it is signed",
        force="cannot be processed unless it is signed",
    )
    signed_without_poa = ReasonSpec(
        _SIGNATURES,
        "Signed by the spouse or someone without a Power of Attorney: contact the taxpayer and request the filing "
        "within {days} calendar days, a written, signed statement affirming that the request was originally "
        "submitted on the taxpayer's behalf",
        force="contact the taxpayer and request the filing",
    )
    joint_one_signature = ReasonSpec(
        _SIGNATURES,
        "On a joint liability only one spouse's signature is present: contact the taxpayer to clarify whether the "
        "request is for both spouses and if so, to obtain the missing signature",
        force="contact the taxpayer to clarify",
    )
    signed = ReasonSpec(
        _SIGNATURES,
        "Signed by the taxpayer or an authorized representative with a valid Form 2848 on file",
        force="must be signed",
    )
    unsigned_15_days_to_perfect = ReasonSpec(
        _SIGNATURES,
        "Unable to secure the signature via EEFAX or DUT: the taxpayer will be given {days} calendar days to perfect "
        "the CDP hearing request, by {due}",
        force="will be given 15 calendar days",
        readings=(Readings.day_zero, Readings.weekend_extends, Readings.period_past_expiration),
    )
    circle_received_date = ReasonSpec(
        _SIGNATURES,
        "When returning the Form 12153 for signature, circle the IRS received date",
        force="circle the IRS received date",
    )
    not_perfected = ReasonSpec(
        _SIGNATURES,
        "The taxpayer did not perfect the hearing request with a signature: it does not meet the requirements for a "
        "processable CDP or equivalent hearing request",
        force="does not meet the requirements",
        readings=(Readings.filed_means,),
    )
    perfected_in_time = ReasonSpec(
        _SIGNATURES,
        "Perfected within the time period: treat the hearing request as filed timely",
        force="treat the CDP hearing as filed timely",
    )
    perfected_late = ReasonSpec(
        _SIGNATURES,
        "The CDP hearing request was perfected after the time period: it may qualify for an equivalent hearing",
        force="may qualify",
        readings=(Readings.extenuating_applies_to,),
    )
    eh_not_perfected_in_time = ReasonSpec(
        _SIGNATURES,
        "The equivalent hearing request was not perfected within the time period: it does not meet the requirements "
        "for a processable hearing request",
        force="does not meet the requirements",
        readings=(Readings.unsigned_applies_to_equivalent, Readings.extenuating_applies_to),
    )
    affirmed_in_time = ReasonSpec(
        _SIGNATURES,
        "The affirmation that the request was submitted on the taxpayer's behalf was filed within {days} calendar days",
    )
    extenuating_circumstances = ReasonSpec(
        _SIGNATURES,
        "Allow additional time: the taxpayer demonstrates that the lack of response was due to extenuating "
        "circumstances",
        force="Allow additional time",
        readings=(Readings.extenuating_applies_to,),
    )
    affirmation_not_filed = ReasonSpec(
        _SIGNATURES,
        "The affirmation was not filed within {days} calendar days of the request: the CDP request will be denied "
        "with respect to the non-signing taxpayer",
        force="will be denied",
        readings=(Readings.filed_means, Readings.extenuating_applies_to),
    )
    obtain_missing_signature = ReasonSpec(
        _SIGNATURES,
        "The request is for both spouses: obtain the missing signature",
        force="to obtain the missing signature",
    )
    signing_spouse_only = ReasonSpec(
        _SIGNATURES,
        "The request is not for both spouses: the paragraph calls for the missing signature only if it is",
    )


# --- The request and its signatures ---------------------------------------------------------


class Signer(StrEnum):
    """Who signed a hearing request."""

    TAXPAYER = "the taxpayer"
    """The taxpayer (on a joint liability: one of the spouses liable)."""
    SPOUSE = "the taxpayer's spouse"
    """The taxpayer's spouse, signing on the taxpayer's behalf."""
    OTHER = "another person"
    """Anyone else, signing on the taxpayer's behalf."""


class Signature(BaseModel):
    """One signature on a hearing request."""

    model_config = ConfigDict(frozen=True)

    signer: Signer
    """Who signed."""
    form_2848_on_file: bool = False
    """Whether the signer has a valid Form 2848, Power of Attorney and Declaration of
    Representative, on file with the IRS (which makes a spouse or another person an authorized
    representative)."""


class HearingRequest(BaseModel):
    """A CDP or equivalent hearing request (Form 12153 or its equivalent), as to its signatures."""

    model_config = ConfigDict(frozen=True)

    kind: HearingKind
    """The hearing requested."""
    filed_timely: bool
    """Whether the request was filed timely."""
    joint_liability: bool = False
    """Whether the liability is joint (both spouses liable)."""
    signatures: tuple[Signature, ...] = ()
    """The signatures present; empty if unsigned."""


class SignatureAction(StrEnum):
    """What a request's signatures lead the employee to do next."""

    PROCESS = "process the request"
    """Signed by the taxpayer (both spouses on a joint liability) or an authorized representative."""
    SECURE_SIGNATURE_BY_PHONE = "contact the taxpayer by phone to secure the missing signature"
    """Timely but unsigned: try to secure the signature via EEFAX or DUT during a call."""
    REQUEST_AFFIRMATION = "request a signed affirmation"
    """Signed by a spouse or someone without a POA: request a written, signed affirmation."""
    CLARIFY_JOINT_REQUEST = "clarify whether the request is for both spouses"
    """Joint liability, one spouse's signature: ask whether both are requesting, and for the missing signature."""
    NOT_PROCESSABLE = "do not process the request"
    """Unsigned and not filed timely (or an unsigned equivalent hearing request, were the unsigned-request
    procedure read as for CDP requests only): a request cannot be processed unless it is signed."""


class SignatureStep(BaseModel):
    """The next step for a hearing request, as to its signatures."""

    model_config = ConfigDict(frozen=True)

    action: SignatureAction
    """What to do next."""
    offered_channels: tuple[Channel, ...] = ()
    """How the taxpayer may send the signature during the call (EEFAX, DUT); empty otherwise."""
    period: CalendarDayPeriod | None = None
    """The period the taxpayer has, if the next step sets one."""


def _unsigned_procedure_applies(kind: HearingKind) -> bool:
    """Whether the unsigned-request procedure applies to ``kind``: ``Readings.unsigned_applies_to_equivalent``."""
    return kind is HearingKind.CDP or Readings.unsigned_applies_to_equivalent.value


def _procedure_reasons(kind: HearingKind) -> tuple[Reason, ...]:
    """For an equivalent hearing request, the reason that the CDP procedure is applied to it; for CDP, none."""
    return () if kind is HearingKind.CDP else (Why.eh_unsigned_follows_cdp_procedure(),)


def _check_signatures(request: HearingRequest, *, on: date, tools_available: bool = True) -> Decision[SignatureStep]:
    if not request.signatures:
        if request.filed_timely and _unsigned_procedure_applies(request.kind):
            offered = phone.offered_during_call((Channel.EEFAX, Channel.DUT), tools_available=tools_available)
            return Decision(
                outcome=SignatureStep(action=SignatureAction.SECURE_SIGNATURE_BY_PHONE, offered_channels=offered),
                reasons=(
                    Why.unsigned_secure_by_phone(),
                    *_procedure_reasons(request.kind),
                    phone.Why.offer_if_available_struck(_SIGNATURES),
                ),
            )
        return Decision(
            outcome=SignatureStep(action=SignatureAction.NOT_PROCESSABLE), reasons=(Why.unsigned_not_processable(),)
        )
    if any(s.signer is not Signer.TAXPAYER and not s.form_2848_on_file for s in request.signatures):
        return Decision(
            outcome=SignatureStep(action=SignatureAction.REQUEST_AFFIRMATION, period=AFFIRMATION_PERIOD),
            reasons=(Why.signed_without_poa(days=AFFIRMATION_PERIOD.days),),
        )
    taxpayers = sum(1 for s in request.signatures if s.signer is Signer.TAXPAYER)
    representatives = sum(1 for s in request.signatures if s.signer is not Signer.TAXPAYER)
    if request.joint_liability and taxpayers == 1 and representatives == 0:
        return Decision(
            outcome=SignatureStep(action=SignatureAction.CLARIFY_JOINT_REQUEST), reasons=(Why.joint_one_signature(),)
        )
    return Decision(outcome=SignatureStep(action=SignatureAction.PROCESS), reasons=(Why.signed(),))


check_signatures = Rule(_check_signatures, implements=(_SIGNATURES,), day="on")
"""Whether a hearing request is properly signed, and what to do if it is not (IRM 5.19.8.4.7.4(1)).

In this order: an unsigned request filed timely is secured by phone via EEFAX or DUT, and cannot
be processed otherwise; a signature by a spouse or another person without a Form 2848 calls for an
affirmation; a joint liability with one spouse's signature is clarified; anything else is signed
by the taxpayer or an authorized representative and can be processed. An unsigned equivalent
hearing request follows the CDP procedure under ``Readings.unsigned_applies_to_equivalent``.

Args:
    request: The hearing request, as to its signatures.
    on: The day the employee checks the signatures.
    tools_available: Whether EEFAX and the DUT are available for the call. Under the reading of the
        struck "if available" taken (``Readings.if_available_struck``) the offer does not turn on it.

Returns:
    The next action, with the channels offered during the call or the period the taxpayer has.
"""


# --- Returned for signature -----------------------------------------------------------------


class ReturnForSignature(BaseModel):
    """A timely, unsigned request whose signature could not be secured by phone, returned to the taxpayer."""

    model_config = ConfigDict(frozen=True)

    returned_on: date
    """The day Form 12153 is returned for signature, from which the period is counted."""
    perfect_by: date
    """The last day of the period to perfect the request (day 15)."""
    circle_received_date: bool
    """Whether to circle the IRS received date on the returned Form 12153: always."""


def _return_for_signature(returned_on: date) -> Decision[ReturnForSignature]:
    period = UNSIGNED_REQUEST_PERIOD
    due = period.due_date(returned_on)
    return Decision(
        outcome=ReturnForSignature(returned_on=returned_on, perfect_by=due, circle_received_date=True),
        reasons=(Why.unsigned_15_days_to_perfect(days=period.days, due=due.isoformat()), Why.circle_received_date()),
    )


return_for_signature: Rule[[date], ReturnForSignature] = Rule(
    _return_for_signature, implements=(_SIGNATURES,), day=period_rule_day("returned_on")
)
"""The signature could not be secured via EEFAX or DUT: 15 calendar days to perfect the request.

Args:
    returned_on: The day Form 12153 is returned for signature, from which the period is counted.

Returns:
    The last day to perfect the request, and that the IRS received date is circled.
"""


class SignaturePerfectionOutcome(StrEnum):
    """What becomes of an unsigned request once its period to perfect has passed."""

    TREATED_AS_TIMELY = "treated as filed timely"
    """Perfected within the period: treat the CDP hearing as filed timely."""
    MAY_QUALIFY_FOR_EQUIVALENT_HEARING = "may qualify for an equivalent hearing"
    """A CDP request perfected after the period."""
    NOT_PROCESSABLE = "not a processable hearing request"
    """Not perfected with a signature (or, for an equivalent hearing request, perfected too late)."""


class SignaturePerfection(BaseModel):
    """What became of an unsigned request returned for signature, and when it was perfected."""

    model_config = ConfigDict(frozen=True)

    status: SignaturePerfectionOutcome
    """Treated as timely, may qualify for an equivalent hearing, or not processable."""
    day: int | None
    """The day of the period the request was perfected on (the date counted); ``None`` if it was not."""


def _counted(
    period: CalendarDayPeriod, start: date, sent_on: date | None, received_on: date | None
) -> Decision[Timeliness] | None:
    """The period's count of a response, or ``None`` if the act the period counts has not happened."""
    if period.counted_date(start, sent_on=sent_on, received_on=received_on) is None:
        return None
    return period.judge(start, sent_on=sent_on, received_on=received_on)


def _unsigned_request_outcome(
    kind: HearingKind, returned_on: date, *, sent_on: date | None = None, received_on: date | None = None
) -> Decision[SignaturePerfection]:
    if not _unsigned_procedure_applies(kind):
        return Decision(
            outcome=SignaturePerfection(status=SignaturePerfectionOutcome.NOT_PROCESSABLE, day=None),
            reasons=(Why.unsigned_not_processable(),),
        )
    counted = _counted(UNSIGNED_REQUEST_PERIOD, returned_on, sent_on, received_on)
    timeliness = None if counted is None else counted.outcome
    if counted is None or timeliness is None:
        return Decision(
            outcome=SignaturePerfection(status=SignaturePerfectionOutcome.NOT_PROCESSABLE, day=None),
            reasons=(*_procedure_reasons(kind), Why.not_perfected()),
        )
    if timeliness.timely:
        status, why = SignaturePerfectionOutcome.TREATED_AS_TIMELY, Why.perfected_in_time
    elif kind is HearingKind.CDP:
        status, why = SignaturePerfectionOutcome.MAY_QUALIFY_FOR_EQUIVALENT_HEARING, Why.perfected_late
    else:
        status, why = SignaturePerfectionOutcome.NOT_PROCESSABLE, Why.eh_not_perfected_in_time
    return Decision(
        outcome=SignaturePerfection(status=status, day=timeliness.day),
        reasons=(*_procedure_reasons(kind), *counted.reasons, why()),
    )


unsigned_request_outcome = Rule(
    _unsigned_request_outcome, implements=(_SIGNATURES,), day=period_rule_day("returned_on")
)
"""What becomes of a timely, unsigned request returned for signature on ``returned_on``.

The request is perfected on the day the IRS receives the signed request (``Readings.filed_means``):
the outcome asks for the day it was sent and the day it was received, and counts that one.

Args:
    kind: The hearing requested.
    returned_on: The day the request was returned for signature, from which the period is counted.
    sent_on: The day the taxpayer sent the signed request, if known.
    received_on: The day the IRS received the signed request; ``None`` if it has not.

Returns:
    Treated as timely, may qualify for an equivalent hearing (CDP only), or not processable,
    with the day of the period the request was perfected on.

Raises:
    DayCountError: a date before ``returned_on``, a request received before it was sent, or the
        day the period counts missing while the other is given.
"""


# --- Affirmations ---------------------------------------------------------------------------


class AffirmationOutcome(StrEnum):
    """What becomes of a request signed by a spouse or someone without a POA."""

    AFFIRMED = "affirmed"
    """The written, signed affirmation was filed within 15 calendar days."""
    ADDITIONAL_TIME = "additional time allowed"
    """Not filed within 15 calendar days, but the taxpayer demonstrates extenuating circumstances."""
    DENIED_FOR_NON_SIGNING_TAXPAYER = "denied with respect to the non-signing taxpayer"
    """Not filed within 15 calendar days: the CDP request will be denied with respect to the non-signing taxpayer."""


class Affirmation(BaseModel):
    """What became of a request for an affirmation, and when the affirmation was filed."""

    model_config = ConfigDict(frozen=True)

    status: AffirmationOutcome
    """Affirmed, additional time allowed, or denied as to the non-signing taxpayer."""
    day: int | None
    """The day of the period the affirmation was filed on (the date counted); ``None`` if it was not."""


def _affirmation_outcome(
    requested_on: date,
    *,
    sent_on: date | None = None,
    received_on: date | None = None,
    extenuating_circumstances: bool = False,
) -> Decision[Affirmation]:
    period = AFFIRMATION_PERIOD
    counted = _counted(period, requested_on, sent_on, received_on)
    timeliness = None if counted is None else counted.outcome
    found = () if counted is None else counted.reasons
    day = None if timeliness is None else timeliness.day
    extends = Readings.extenuating_applies_to.value == EXTENUATING_EXTENDS_AFFIRMATION
    if timeliness is not None and timeliness.timely:
        status, why = AffirmationOutcome.AFFIRMED, Why.affirmed_in_time
    elif extenuating_circumstances and extends:
        status, why = AffirmationOutcome.ADDITIONAL_TIME, Why.extenuating_circumstances
    else:
        status, why = AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER, Why.affirmation_not_filed
    return Decision(outcome=Affirmation(status=status, day=day), reasons=(*found, why(days=period.days)))


affirmation_outcome = Rule(_affirmation_outcome, implements=(_SIGNATURES,), day=period_rule_day("requested_on"))
"""What becomes of a request signed by a spouse or someone without a POA (IRM 5.19.8.4.7.4(1)).

The affirmation is "filed" on the day the IRS receives it (``Readings.filed_means``): the outcome
asks for the day it was sent and the day it was received, and counts that one. Extenuating
circumstances allow additional time for the affirmation (``Readings.extenuating_applies_to``).

Args:
    requested_on: The day the affirmation was requested, from which the period is counted.
    sent_on: The day the taxpayer sent the affirmation, if known.
    received_on: The day the IRS received the affirmation; ``None`` if it has not.
    extenuating_circumstances: Whether the taxpayer demonstrates that the lack of response was
        due to extenuating circumstances.

Returns:
    Affirmed, additional time allowed, or denied as to the non-signing taxpayer, with the day
    of the period the affirmation was filed on.

Raises:
    DayCountError: a date before ``requested_on``, an affirmation received before it was sent, or
        the day the period counts missing while the other is given.
"""


# --- Joint requests -------------------------------------------------------------------------


def _clarify_joint_request(*, for_both_spouses: bool, on: date) -> Decision[bool]:
    why = Why.obtain_missing_signature if for_both_spouses else Why.signing_spouse_only
    return Decision(outcome=for_both_spouses, reasons=(why(),))


clarify_joint_request = Rule(_clarify_joint_request, implements=(_SIGNATURES,), day="on")
"""After clarifying a joint request with one spouse's signature: obtain the other signature if for both.

Args:
    for_both_spouses: Whether the taxpayer says the request is for both spouses.
    on: The day the taxpayer answers.

Returns:
    Whether to obtain the missing spouse's signature: "if so", that is only if the request is for both.
"""
