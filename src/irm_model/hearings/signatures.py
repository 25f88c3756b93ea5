"""Signatures on a hearing request, and the affirmations that stand in for them: IRM 5.19.8.4.7.4(1).

A CDP or equivalent hearing request cannot be processed unless the taxpayer or an authorized
representative (anyone, a spouse included, with a valid Form 2848 on file) signs it:

* Unsigned but timely: a call to secure the signature via EEFAX or DUT ("~~if available~~" is
  struck); if that fails, Form 12153 goes back with the IRS received date circled and 15 calendar
  days to perfect the request.
* Signed by a spouse or someone without a POA: a written, signed affirmation is requested within
  15 calendar days; without it the request is denied as to the non-signing taxpayer, unless the
  taxpayer shows extenuating circumstances.
* A joint liability with one spouse's signature: the employee asks whether the request is for
  both spouses, and if so obtains the missing signature.

The readings where the paragraph is silent (both hearings go through the unsigned-request
procedure; only a late **CDP** request may qualify for an equivalent hearing; extenuating
circumstances extend affirmations) are set out in [irm_model.hearings][].
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.days import CalendarDayPeriod
from irm_model.hearings import HearingKind, phone
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Catalogue, Decision, ReasonSpec
from irm_model.rules import Rule
from irm_model.tools import Channel

__all__ = [
    "AFFIRMATION_PERIOD",
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

UNSIGNED_REQUEST_PERIOD = CalendarDayPeriod(days=15, paragraph=_SIGNATURES)
"""A timely but unsigned CDP hearing request: if the signature cannot be secured via EEFAX or DUT,
"the taxpayer will be given 15 calendar days to perfect the CDP hearing request". IRM 5.19.8.4.7.4(1)."""

AFFIRMATION_PERIOD = CalendarDayPeriod(days=15, paragraph=_SIGNATURES)
"""A request signed by a spouse or someone without a POA: the written, signed affirmation is
requested "within 15 calendar days". IRM 5.19.8.4.7.4(1)."""


class Why(Catalogue):
    """The reasons about signatures and affirmations, all from IRM 5.19.8.4.7.4(1)."""

    unsigned_secure_by_phone = ReasonSpec(
        _SIGNATURES,
        "Filed timely but unsigned: contact the taxpayer by phone in an attempt to secure the missing signature via "
        "EEFAX or DUT",
    )
    unsigned_not_processable = ReasonSpec(
        _SIGNATURES, "A CDP or equivalent hearing request cannot be processed unless it is signed"
    )
    signed_without_poa = ReasonSpec(
        _SIGNATURES,
        "Signed by the spouse or someone without a Power of Attorney: request, within {days} calendar days, a "
        "written, signed statement affirming that the request was originally submitted on the taxpayer's behalf",
    )
    joint_one_signature = ReasonSpec(
        _SIGNATURES,
        "On a joint liability only one spouse's signature is present: contact the taxpayer to clarify whether the "
        "request is for both spouses and if so, to obtain the missing signature",
    )
    signed = ReasonSpec(
        _SIGNATURES, "Signed by the taxpayer or an authorized representative with a valid Form 2848 on file"
    )
    unsigned_15_days_to_perfect = ReasonSpec(
        _SIGNATURES,
        "Unable to secure the signature via EEFAX or DUT: the taxpayer is given {days} calendar days to perfect the "
        "CDP hearing request",
    )
    circle_received_date = ReasonSpec(
        _SIGNATURES, "When returning the Form 12153 for signature, circle the IRS received date"
    )
    not_perfected = ReasonSpec(
        _SIGNATURES,
        "The taxpayer did not perfect the hearing request with a signature: it does not meet the requirements for a "
        "processable CDP or equivalent hearing request",
    )
    perfected_in_time = ReasonSpec(
        _SIGNATURES, "Perfected within the time period: treat the hearing request as filed timely"
    )
    perfected_late = ReasonSpec(
        _SIGNATURES,
        "The CDP hearing request was perfected after the time period: it may qualify for an equivalent hearing",
    )
    eh_not_perfected_in_time = ReasonSpec(
        _SIGNATURES,
        "The equivalent hearing request was not perfected within the time period: it does not meet the requirements "
        "for a processable hearing request",
    )
    affirmed_in_time = ReasonSpec(
        _SIGNATURES,
        "The affirmation that the request was submitted on the taxpayer's behalf was filed within {days} calendar days",
    )
    extenuating_circumstances = ReasonSpec(
        _SIGNATURES,
        "Allow additional time: the taxpayer demonstrates that the lack of response was due to extenuating "
        "circumstances",
    )
    affirmation_not_filed = ReasonSpec(
        _SIGNATURES,
        "The affirmation was not filed within {days} calendar days of the request: the CDP request is denied with "
        "respect to the non-signing taxpayer",
    )
    obtain_missing_signature = ReasonSpec(_SIGNATURES, "The request is for both spouses: obtain the missing signature")
    signing_spouse_only = ReasonSpec(_SIGNATURES, "The request is not for both spouses: no other signature is needed")


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
    """Unsigned and not timely: a request cannot be processed unless it is signed."""


class SignatureStep(BaseModel):
    """The next step for a hearing request, as to its signatures."""

    model_config = ConfigDict(frozen=True)

    action: SignatureAction
    """What to do next."""
    offered_channels: tuple[Channel, ...] = ()
    """How the taxpayer may send the signature during the call (EEFAX, DUT); empty otherwise."""
    period: CalendarDayPeriod | None = None
    """The period the taxpayer has, if the next step sets one."""


def _check_signatures(request: HearingRequest, *, on: date) -> Decision[SignatureStep]:
    if not request.signatures:
        if request.filed_timely:
            return Decision(
                outcome=SignatureStep(
                    action=SignatureAction.SECURE_SIGNATURE_BY_PHONE, offered_channels=(Channel.EEFAX, Channel.DUT)
                ),
                reasons=(Why.unsigned_secure_by_phone(), phone.Why.offer_not_conditional(_SIGNATURES)),
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

In this order: an unsigned request is secured by phone if timely and cannot be processed
otherwise; a signature by a spouse or another person without a Form 2848 calls for an
affirmation; a joint liability with one spouse's signature is clarified; anything else is
signed by the taxpayer or an authorized representative and can be processed.

Args:
    request: The hearing request, as to its signatures.
    on: The day the employee checks the signatures.

Returns:
    The next action, with the channels offered during the call or the period the taxpayer has.
"""


# --- Returned for signature -----------------------------------------------------------------


class ReturnForSignature(BaseModel):
    """A timely, unsigned request whose signature could not be secured by phone, returned to the taxpayer."""

    model_config = ConfigDict(frozen=True)

    returned_on: date
    """The day Form 12153 is returned for signature (day 0)."""
    perfect_by: date
    """The last day to perfect the request (day 15)."""
    circle_received_date: bool
    """Whether to circle the IRS received date on the returned Form 12153: always."""


def _return_for_signature(returned_on: date) -> Decision[ReturnForSignature]:
    period = UNSIGNED_REQUEST_PERIOD
    return Decision(
        outcome=ReturnForSignature(
            returned_on=returned_on, perfect_by=period.due_date(returned_on), circle_received_date=True
        ),
        reasons=(Why.unsigned_15_days_to_perfect(days=period.days), Why.circle_received_date()),
    )


return_for_signature: Rule[[date], ReturnForSignature] = Rule(
    _return_for_signature, implements=(_SIGNATURES,), day="returned_on"
)
"""The signature could not be secured via EEFAX or DUT: 15 calendar days to perfect the request.

Args:
    returned_on: The day Form 12153 is returned for signature (day 0).

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
    """What became of an unsigned request returned for signature, and when the signature arrived."""

    model_config = ConfigDict(frozen=True)

    status: SignaturePerfectionOutcome
    """Treated as timely, may qualify for an equivalent hearing, or not processable."""
    day: int | None
    """The day of the period the signature arrived on; ``None`` if it never did."""


def _unsigned_request_outcome(
    kind: HearingKind, returned_on: date, perfected_on: date | None
) -> Decision[SignaturePerfection]:
    period = UNSIGNED_REQUEST_PERIOD
    if perfected_on is None:
        return Decision(
            outcome=SignaturePerfection(status=SignaturePerfectionOutcome.NOT_PROCESSABLE, day=None),
            reasons=(Why.not_perfected(),),
        )
    counted = period.judge(returned_on, perfected_on)
    assert counted.outcome is not None
    if counted.outcome.timely:
        status, why = SignaturePerfectionOutcome.TREATED_AS_TIMELY, Why.perfected_in_time
    elif kind is HearingKind.CDP:
        status, why = SignaturePerfectionOutcome.MAY_QUALIFY_FOR_EQUIVALENT_HEARING, Why.perfected_late
    else:
        status, why = SignaturePerfectionOutcome.NOT_PROCESSABLE, Why.eh_not_perfected_in_time
    return Decision(
        outcome=SignaturePerfection(status=status, day=counted.outcome.day), reasons=(*counted.reasons, why())
    )


unsigned_request_outcome: Rule[[HearingKind, date, date | None], SignaturePerfection] = Rule(
    _unsigned_request_outcome, implements=(_SIGNATURES,), day="returned_on"
)
"""What becomes of a timely, unsigned request returned for signature on ``returned_on``.

Args:
    kind: The hearing requested.
    returned_on: The day the request was returned for signature (day 0).
    perfected_on: The day the signed request was received; ``None`` if it never was.

Returns:
    Treated as timely, may qualify for an equivalent hearing (CDP only), or not processable,
    with the day of the period the signature arrived on.

Raises:
    DayCountError: ``perfected_on`` is before ``returned_on``.
"""


# --- Affirmations ---------------------------------------------------------------------------


class AffirmationOutcome(StrEnum):
    """What becomes of a request signed by a spouse or someone without a POA."""

    AFFIRMED = "affirmed"
    """The written, signed affirmation was filed within 15 calendar days."""
    ADDITIONAL_TIME = "additional time allowed"
    """Not filed within 15 calendar days, but the taxpayer demonstrates extenuating circumstances."""
    DENIED_FOR_NON_SIGNING_TAXPAYER = "denied with respect to the non-signing taxpayer"
    """Not filed within 15 calendar days: the CDP request is denied with respect to the non-signing taxpayer."""


class Affirmation(BaseModel):
    """What became of a request for an affirmation, and when the affirmation arrived."""

    model_config = ConfigDict(frozen=True)

    status: AffirmationOutcome
    """Affirmed, additional time allowed, or denied as to the non-signing taxpayer."""
    day: int | None
    """The day of the period the affirmation arrived on; ``None`` if it never did."""


def _affirmation_outcome(
    requested_on: date, affirmed_on: date | None, *, extenuating_circumstances: bool = False
) -> Decision[Affirmation]:
    period = AFFIRMATION_PERIOD
    counted = None if affirmed_on is None else period.judge(requested_on, affirmed_on)
    timeliness = None if counted is None else counted.outcome
    found = () if counted is None else counted.reasons
    day = None if timeliness is None else timeliness.day
    if timeliness is not None and timeliness.timely:
        status, why = AffirmationOutcome.AFFIRMED, Why.affirmed_in_time
    elif extenuating_circumstances:
        status, why = AffirmationOutcome.ADDITIONAL_TIME, Why.extenuating_circumstances
    else:
        status, why = AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER, Why.affirmation_not_filed
    return Decision(outcome=Affirmation(status=status, day=day), reasons=(*found, why(days=period.days)))


affirmation_outcome = Rule(_affirmation_outcome, implements=(_SIGNATURES,), day="requested_on")
"""What becomes of a request signed by a spouse or someone without a POA (IRM 5.19.8.4.7.4(1)).

Args:
    requested_on: The day the affirmation was requested (day 0).
    affirmed_on: The day the affirmation was filed; ``None`` if it never was.
    extenuating_circumstances: Whether the taxpayer demonstrates that the lack of response was
        due to extenuating circumstances.

Returns:
    Affirmed, additional time allowed, or denied as to the non-signing taxpayer, with the day
    of the period the affirmation arrived on.

Raises:
    DayCountError: ``affirmed_on`` is before ``requested_on``.
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
    Whether to obtain the missing spouse's signature: only if the request is for both.
"""
