"""Hearing requests: how a CDP or equivalent hearing is requested, perfected and signed.

Collection Appeal Rights, IRM 5.19.8.4. The memorandum changes eight paragraphs here, and in
three of them the **struck words change the answer**; the model follows the current text:

* IRM 5.19.8.4.2(7): the sentence letting the taxpayer ask the toll-free lines for a fax number
  to fax a CDP hearing request is struck. The toll-free lines now give the mailing address only,
  and faxing to such a number is no longer a listed channel
  ([`ChannelStanding.STRUCK`][irm_model.hearings.ChannelStanding.STRUCK]). DUT and Eefax are
  acceptable under (5).
* IRM 5.19.8.4.3(9): "~~Eefax or~~ Document Upload Tool (DUT)": an equivalent hearing request can
  be submitted via the DUT; Eefax is no longer listed.
* IRM 5.19.8.4.2.2(10), 5.19.8.4.3.2(4), 5.19.8.4.7.3(1), 5.19.8.4.7.4(1): "~~if available~~": the
  offer of EEFax and the DUT to a taxpayer who has the information during the call is no longer
  conditional. Decisions carry the reason ``offer_not_conditional``.

Periods are counted in calendar days as [irm_model.days][] explains: day 1 is the day after the
request, day 15 is on time, day 16 is late. Each period is a constant next to its paragraph.

Where the text is silent, this module decides:

* A request is "perfected late" only if perfecting information arrives after the period; a
  request for which nothing arrives (``perfected_on=None``) was not perfected.
* The unsigned-request procedure of 5.19.8.4.7.4(1) speaks of a CDP hearing request; since
  5.19.8.4.7.3(1) sends both CDP and equivalent hearing requests through perfection, the model
  applies it to both, but only a late-perfected **CDP** request "may qualify for an equivalent
  hearing"; a late-perfected equivalent hearing request is not processable.
* "Allow additional time ... extenuating circumstances" closes the bullet about affirmations and
  joint requests, so it applies to affirmations (the only period that bullet sets).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, PositiveInt

from irm_model.days import CalendarDayPeriod, Timeliness
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Reason

__all__ = [
    "AFFIRMATION_PERIOD",
    "HEARING_REQUEST_FORM",
    "OTHER_INFORMATION_REQUEST",
    "PERFECTION_REQUEST",
    "TAXPAYER_IDENTIFIERS",
    "TOLL_FREE_NUMBER",
    "UNSIGNED_REQUEST_PERIOD",
    "AffirmationOutcome",
    "AffirmationResult",
    "Channel",
    "ChannelDecision",
    "ChannelStanding",
    "HearingKind",
    "HearingRequest",
    "HearingRequestAdvice",
    "JointClarification",
    "MailingInstruction",
    "PhoneRequest",
    "PhoneRequestRule",
    "ReceivedDate",
    "ReturnForSignature",
    "Signature",
    "SignatureAction",
    "SignatureDecision",
    "SignaturePerfection",
    "SignaturePerfectionOutcome",
    "Signer",
    "advise_hearing_request",
    "affirmation_outcome",
    "check_signatures",
    "clarify_joint_request",
    "equivalent_hearing_received_date",
    "hearing_request_channel",
    "mailing_instruction",
    "request_other_information",
    "request_perfection",
    "return_for_signature",
    "unsigned_request_outcome",
]

_CDP_FORM = ParagraphId.parse("IRM 5.19.8.4.2(5)")
_CDP_MAIL = ParagraphId.parse("IRM 5.19.8.4.2(7)")
_CDP_PERFECTION_CALL = ParagraphId.parse("IRM 5.19.8.4.2.2(10)")
_EH_CHANNELS = ParagraphId.parse("IRM 5.19.8.4.3(9)")
_EH_PERFECTION_CALL = ParagraphId.parse("IRM 5.19.8.4.3.2(4)")
_PERFECTION = ParagraphId.parse("IRM 5.19.8.4.7.3(1)")
_SIGNATURES = ParagraphId.parse("IRM 5.19.8.4.7.4(1)")
_INITIAL_ACTIONS = ParagraphId.parse("IRM 5.19.8.4.7.5(7)")


class HearingKind(StrEnum):
    """The two hearings a taxpayer can request on Form 12153."""

    CDP = "CDP hearing"
    """A Collection Due Process hearing."""
    EQUIVALENT = "equivalent hearing"
    """An equivalent hearing (EH)."""


class Channel(StrEnum):
    """A way a hearing request, perfecting information or a signature can reach the IRS."""

    MAIL = "mail"
    """Postal mail (for a CDP request: to the address shown on the lien or levy notice)."""
    DUT = "DUT"
    """The Document Upload Tool."""
    EEFAX = "EEFax"
    """The Enterprise e-Fax system (the memorandum also writes "Eefax" and "EEFAX")."""
    FAX = "fax"
    """Faxing to an office's fax number obtained from the toll-free lines (struck in IRM 5.19.8.4.2(7))."""


# --- Constants, each next to its paragraph --------------------------------------------------

HEARING_REQUEST_FORM = "Form 12153, Request for Collection Due Process or Equivalent Hearing"
"""The form the taxpayer is advised to use to request the appeal: IRM 5.19.8.4.2(5)."""

TOLL_FREE_NUMBER = "1-800-829-1040"
"""The toll-free number that gives the address to send a CDP hearing request to, when the
notice does not show it: IRM 5.19.8.4.2(7)."""

TAXPAYER_IDENTIFIERS: tuple[str, ...] = ("TIN", "EIN", "ITIN")
"""The identification numbers the taxpayer provides when calling for the address: IRM 5.19.8.4.2(7)."""


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

UNSIGNED_REQUEST_PERIOD = CalendarDayPeriod(days=15, paragraph=_SIGNATURES)
"""A timely but unsigned CDP hearing request: if the signature cannot be secured via EEFAX or DUT,
"the taxpayer will be given 15 calendar days to perfect the CDP hearing request". IRM 5.19.8.4.7.4(1)."""

AFFIRMATION_PERIOD = CalendarDayPeriod(days=15, paragraph=_SIGNATURES)
"""A request signed by a spouse or someone without a POA: the written, signed affirmation is
requested "within 15 calendar days". IRM 5.19.8.4.7.4(1)."""


# --- Channels -------------------------------------------------------------------------------


class ChannelStanding(StrEnum):
    """What the current text says about a channel for a hearing request."""

    ACCEPTABLE = "acceptable"
    """The current text lists the channel."""
    STRUCK = "no longer listed"
    """The memorandum struck the words that listed the channel."""
    NOT_LISTED = "not listed"
    """The changed paragraphs do not speak of the channel."""


class ChannelDecision(BaseModel):
    """Whether a hearing request can come by a channel, and why."""

    model_config = ConfigDict(frozen=True)

    kind: HearingKind
    """The hearing requested."""
    channel: Channel
    """The channel."""
    standing: ChannelStanding
    """Acceptable, struck, or not listed."""
    reasons: tuple[Reason, ...]
    """Why, citing the paragraph."""

    @property
    def acceptable(self) -> bool:
        """Whether the current text lists the channel."""
        return self.standing is ChannelStanding.ACCEPTABLE


def _rule(standing: ChannelStanding, code: str, paragraph: ParagraphId, text: str) -> tuple[ChannelStanding, Reason]:
    return standing, Reason(code=code, paragraph=paragraph, text=text)


_CDP_FAX_STRUCK = _rule(
    ChannelStanding.STRUCK,
    "cdp_fax_number_struck",
    _CDP_MAIL,
    "The sentence letting the taxpayer request a fax number to fax the CDP hearing request is struck",
)
_CHANNEL_RULES: dict[tuple[HearingKind, Channel], tuple[ChannelStanding, Reason]] = {
    (HearingKind.CDP, Channel.MAIL): _rule(
        ChannelStanding.ACCEPTABLE,
        "cdp_mail_to_notice_address",
        _CDP_MAIL,
        "The taxpayer must mail the request for the CDP hearing to the address shown on the lien or levy notice",
    ),
    (HearingKind.CDP, Channel.DUT): _rule(
        ChannelStanding.ACCEPTABLE,
        "cdp_dut_eefax_acceptable",
        _CDP_FORM,
        "DUT and Eefax are acceptable for requesting the appeal",
    ),
    (HearingKind.CDP, Channel.EEFAX): _rule(
        ChannelStanding.ACCEPTABLE,
        "cdp_dut_eefax_acceptable",
        _CDP_FORM,
        "DUT and Eefax are acceptable for requesting the appeal",
    ),
    (HearingKind.CDP, Channel.FAX): _CDP_FAX_STRUCK,
    (HearingKind.EQUIVALENT, Channel.DUT): _rule(
        ChannelStanding.ACCEPTABLE,
        "eh_dut_acceptable",
        _EH_CHANNELS,
        "A request for an equivalent hearing can be submitted via Document Upload Tool (DUT)",
    ),
    (HearingKind.EQUIVALENT, Channel.EEFAX): _rule(
        ChannelStanding.STRUCK,
        "eh_eefax_struck",
        _EH_CHANNELS,
        "'Eefax or' is struck: Eefax is no longer listed for submitting an equivalent hearing request",
    ),
    **{
        (HearingKind.EQUIVALENT, channel): _rule(
            ChannelStanding.NOT_LISTED,
            "eh_channel_not_listed",
            _EH_CHANNELS,
            f"The changed paragraph lists only the DUT for an equivalent hearing request, not {channel.value}",
        )
        for channel in (Channel.MAIL, Channel.FAX)
    },
}
"""What the current text says of each channel for each hearing: IRM 5.19.8.4.2(5), (7), 5.19.8.4.3(9)."""


def hearing_request_channel(kind: HearingKind, channel: Channel) -> ChannelDecision:
    """Whether a CDP or equivalent hearing request may be sent by ``channel``, per the current text.

    * CDP (IRM 5.19.8.4.2): mail to the address on the lien or levy notice (7); DUT and Eefax (5).
      Faxing to a number from the toll-free lines: struck from (7).
    * Equivalent hearing (IRM 5.19.8.4.3(9)): the DUT. Eefax: struck. Mail and fax: the changed
      paragraph does not speak of them.
    """
    standing, reason = _CHANNEL_RULES[kind, channel]
    return ChannelDecision(kind=kind, channel=channel, standing=standing, reasons=(reason,))


class HearingRequestAdvice(BaseModel):
    """What to advise a taxpayer who wants to appeal."""

    model_config = ConfigDict(frozen=True)

    form: str
    """[`HEARING_REQUEST_FORM`][irm_model.hearings.HEARING_REQUEST_FORM]."""
    digital_channels: tuple[Channel, ...]
    """The digital channels the paragraph names as acceptable, offered before mail (IRM 5.19.8.4(4))."""
    reasons: tuple[Reason, ...]
    """Why, citing the paragraph."""


def advise_hearing_request() -> HearingRequestAdvice:
    """Advise the taxpayer to use Form 12153; DUT and Eefax are acceptable (IRM 5.19.8.4.2(5))."""
    return HearingRequestAdvice(
        form=HEARING_REQUEST_FORM,
        digital_channels=(Channel.DUT, Channel.EEFAX),
        reasons=(
            Reason(
                code="use_form_12153",
                paragraph=_CDP_FORM,
                text=f"Advise the taxpayer to use {HEARING_REQUEST_FORM}, to request the appeal",
            ),
            Reason(
                code="cdp_dut_eefax_acceptable",
                paragraph=_CDP_FORM,
                text="DUT and Eefax are acceptable; see IRM 5.19.8.4(4)",
            ),
        ),
    )


class MailingInstruction(BaseModel):
    """Where the taxpayer finds the address to mail a CDP hearing request to."""

    model_config = ConfigDict(frozen=True)

    use_notice_address: bool
    """Whether the address shown on the lien or levy notice is used."""
    call_numbers: tuple[str, ...]
    """If not, the toll-free numbers to call for the address: the one on the notice, then 1-800-829-1040."""
    identifiers: tuple[str, ...]
    """The identification numbers to provide on the call (TIN, EIN, or ITIN)."""
    fax_number_given: bool
    """Whether the toll-free lines give a fax number: no longer (struck from IRM 5.19.8.4.2(7))."""
    reasons: tuple[Reason, ...]
    """Why, citing the paragraph."""


def mailing_instruction(*, notice_shows_address: bool) -> MailingInstruction:
    """Where to send a CDP hearing request by mail (IRM 5.19.8.4.2(7)).

    Args:
        notice_shows_address: Whether the CDP notice shows the address of the office.

    Returns:
        The notice's address, or the toll-free numbers that give it; never a fax number.
    """
    struck = Reason(
        code="cdp_fax_number_struck",
        paragraph=_CDP_MAIL,
        text="The toll-free numbers no longer give a fax number for the CDP hearing request (sentence struck)",
    )
    if notice_shows_address:
        return MailingInstruction(
            use_notice_address=True,
            call_numbers=(),
            identifiers=(),
            fax_number_given=False,
            reasons=(
                Reason(
                    code="cdp_mail_to_notice_address",
                    paragraph=_CDP_MAIL,
                    text="Mail the request for the CDP hearing to the address shown on the lien or levy notice",
                ),
                struck,
            ),
        )
    return MailingInstruction(
        use_notice_address=False,
        call_numbers=("the toll-free number on the notice", TOLL_FREE_NUMBER),
        identifiers=TAXPAYER_IDENTIFIERS,
        fax_number_given=False,
        reasons=(
            Reason(
                code="cdp_address_by_toll_free_call",
                paragraph=_CDP_MAIL,
                text=f"The address is not on the notice: call the toll-free number on the notice or {TOLL_FREE_NUMBER}"
                ", providing the TIN, EIN, or ITIN",
            ),
            struck,
        ),
    )


class ReceivedDate(BaseModel):
    """The received date of an equivalent hearing request submitted electronically."""

    model_config = ConfigDict(frozen=True)

    received_on: date
    """The received date: the transmission date."""
    retain_transmittal_sheet: bool
    """Whether to retain the transmittal sheet along with the hearing request: always."""
    reasons: tuple[Reason, ...]
    """Why, citing the paragraph."""


def equivalent_hearing_received_date(transmitted_on: date) -> ReceivedDate:
    """The received date of an equivalent hearing request: its transmission date (IRM 5.19.8.4.3(9))."""
    return ReceivedDate(
        received_on=transmitted_on,
        retain_transmittal_sheet=True,
        reasons=(
            Reason(
                code="transmission_date_is_received_date",
                paragraph=_EH_CHANNELS,
                text="The transmission date will be the received date",
            ),
            Reason(
                code="retain_transmittal_sheet",
                paragraph=_EH_CHANNELS,
                text="Retain the transmittal sheet along with the hearing request",
            ),
        ),
    )


# --- Requests made by phone -----------------------------------------------------------------


def _not_conditional(paragraph: ParagraphId) -> Reason:
    return Reason(
        code="offer_not_conditional",
        paragraph=paragraph,
        text="'if available' is struck: the offer of EEFax and the DUT no longer depends on availability",
    )


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
    reasons: tuple[Reason, ...]
    """Why, citing the paragraphs."""

    def judge(self, received_on: date) -> Timeliness:
        """Whether a response received on ``received_on`` is on time (day 15 is, day 16 is not).

        Raises:
            DayCountError: ``received_on`` is before the request.
        """
        return self.period.judge(self.requested_on, received_on)


def _phone_request(
    rule: PhoneRequestRule, requested_on: date, has_information_during_call: bool, reasons: list[Reason]
) -> PhoneRequest:
    return PhoneRequest(
        call_attempts=rule.call_attempts,
        requested_on=requested_on,
        respond_by=rule.period.due_date(requested_on),
        period=rule.period,
        offered_during_call=rule.offered_during_call if has_information_during_call else (),
        reasons=tuple(reasons),
    )


def request_perfection(kind: HearingKind, requested_on: date, *, has_information_during_call: bool) -> PhoneRequest:
    """Request the information that perfects a timely CDP or equivalent hearing request.

    One phone call attempt; the information is due within 15 calendar days (IRM 5.19.8.4.7.3(1)).
    A taxpayer reached who has the information during the call is offered EEFax and the DUT,
    without condition (IRM 5.19.8.4.2.2(10) for CDP, 5.19.8.4.3.2(4) for equivalent hearings).

    Args:
        kind: The hearing requested.
        requested_on: The day of the call (day 0).
        has_information_during_call: Whether the taxpayer is reached and able to provide the
            information during the call.
    """
    rule = PERFECTION_REQUEST
    call_paragraph = _CDP_PERFECTION_CALL if kind is HearingKind.CDP else _EH_PERFECTION_CALL
    reasons = [
        Reason(
            code="one_call_attempt_15_days",
            paragraph=_PERFECTION,
            text=f"Make {rule.call_attempts} phone call attempt and request the information be sent within "
            f"{rule.period.days} calendar days",
        )
    ]
    if has_information_during_call:
        reasons += [
            Reason(
                code="offer_eefax_or_dut",
                paragraph=call_paragraph,
                text="The taxpayer is able to provide the information during the call: offer them the options to "
                "submit it by Eefax or Document Upload Tool (DUT)",
            ),
            _not_conditional(call_paragraph),
        ]
    return _phone_request(rule, requested_on, has_information_during_call, reasons)


def request_other_information(requested_on: date, *, has_information_during_call: bool) -> PhoneRequest:
    """Request information other than for perfection (IRM 5.19.8.4.7.5(7)).

    One phone call attempt; the information is due within 15 calendar days; a taxpayer who has
    it during the call is offered EEFax and the DUT.
    """
    rule = OTHER_INFORMATION_REQUEST
    reasons = [
        Reason(
            code="one_call_attempt_15_days",
            paragraph=_INITIAL_ACTIONS,
            text=f"Make {rule.call_attempts} phone call attempt and ask the taxpayer to send the requested "
            f"information within {rule.period.days} calendar days",
        )
    ]
    if has_information_during_call:
        reasons.append(
            Reason(
                code="offer_eefax_or_dut",
                paragraph=_INITIAL_ACTIONS,
                text="The taxpayer has the information during the call: offer them the option to submit it by "
                "EEFax or Document Upload Tool (DUT)",
            )
        )
    return _phone_request(rule, requested_on, has_information_during_call, reasons)


# --- Signatures -----------------------------------------------------------------------------


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


class SignatureDecision(BaseModel):
    """The next step for a hearing request, as to its signatures."""

    model_config = ConfigDict(frozen=True)

    action: SignatureAction
    """What to do next."""
    offered_channels: tuple[Channel, ...]
    """How the taxpayer may send the signature during the call (EEFAX, DUT); empty otherwise."""
    period: CalendarDayPeriod | None
    """The period the taxpayer has, if the next step sets one."""
    reasons: tuple[Reason, ...]
    """Why, citing IRM 5.19.8.4.7.4(1)."""


def check_signatures(request: HearingRequest) -> SignatureDecision:
    """Whether a hearing request is properly signed, and what to do if it is not (IRM 5.19.8.4.7.4(1)).

    In this order: an unsigned request is secured by phone if timely and cannot be processed
    otherwise; a signature by a spouse or another person without a Form 2848 calls for an
    affirmation; a joint liability with one spouse's signature is clarified; anything else is
    signed by the taxpayer or an authorized representative and can be processed.
    """
    if not request.signatures:
        if request.filed_timely:
            return SignatureDecision(
                action=SignatureAction.SECURE_SIGNATURE_BY_PHONE,
                offered_channels=(Channel.EEFAX, Channel.DUT),
                period=None,
                reasons=(
                    Reason(
                        code="unsigned_secure_by_phone",
                        paragraph=_SIGNATURES,
                        text="Filed timely but unsigned: contact the taxpayer by phone in an attempt to secure the "
                        "missing signature via EEFAX or DUT",
                    ),
                    _not_conditional(_SIGNATURES),
                ),
            )
        return SignatureDecision(
            action=SignatureAction.NOT_PROCESSABLE,
            offered_channels=(),
            period=None,
            reasons=(
                Reason(
                    code="unsigned_not_processable",
                    paragraph=_SIGNATURES,
                    text="A CDP or equivalent hearing request cannot be processed unless it is signed",
                ),
            ),
        )
    if any(s.signer is not Signer.TAXPAYER and not s.form_2848_on_file for s in request.signatures):
        return SignatureDecision(
            action=SignatureAction.REQUEST_AFFIRMATION,
            offered_channels=(),
            period=AFFIRMATION_PERIOD,
            reasons=(
                Reason(
                    code="signed_without_poa",
                    paragraph=_SIGNATURES,
                    text="Signed by the spouse or someone without a Power of Attorney: request, within "
                    f"{AFFIRMATION_PERIOD.days} calendar days, a written, signed statement affirming that the "
                    "request was originally submitted on the taxpayer's behalf",
                ),
            ),
        )
    taxpayers = sum(1 for s in request.signatures if s.signer is Signer.TAXPAYER)
    representatives = sum(1 for s in request.signatures if s.signer is not Signer.TAXPAYER)
    if request.joint_liability and taxpayers == 1 and representatives == 0:
        return SignatureDecision(
            action=SignatureAction.CLARIFY_JOINT_REQUEST,
            offered_channels=(),
            period=None,
            reasons=(
                Reason(
                    code="joint_one_signature",
                    paragraph=_SIGNATURES,
                    text="On a joint liability only one spouse's signature is present: contact the taxpayer to "
                    "clarify whether the request is for both spouses and if so, to obtain the missing signature",
                ),
            ),
        )
    return SignatureDecision(
        action=SignatureAction.PROCESS,
        offered_channels=(),
        period=None,
        reasons=(
            Reason(
                code="signed",
                paragraph=_SIGNATURES,
                text="Signed by the taxpayer or an authorized representative with a valid Form 2848 on file",
            ),
        ),
    )


class ReturnForSignature(BaseModel):
    """A timely, unsigned request whose signature could not be secured by phone, returned to the taxpayer."""

    model_config = ConfigDict(frozen=True)

    returned_on: date
    """The day Form 12153 is returned for signature (day 0)."""
    perfect_by: date
    """The last day to perfect the request (day 15)."""
    circle_received_date: bool
    """Whether to circle the IRS received date on the returned Form 12153: always."""
    reasons: tuple[Reason, ...]
    """Why, citing IRM 5.19.8.4.7.4(1)."""


def return_for_signature(returned_on: date) -> ReturnForSignature:
    """The signature could not be secured via EEFAX or DUT: 15 calendar days to perfect the request."""
    period = UNSIGNED_REQUEST_PERIOD
    return ReturnForSignature(
        returned_on=returned_on,
        perfect_by=period.due_date(returned_on),
        circle_received_date=True,
        reasons=(
            Reason(
                code="unsigned_15_days_to_perfect",
                paragraph=period.paragraph,
                text=f"Unable to secure the signature via EEFAX or DUT: the taxpayer is given {period.days} calendar "
                "days to perfect the CDP hearing request",
            ),
            Reason(
                code="circle_received_date",
                paragraph=period.paragraph,
                text="When returning the Form 12153 for signature, circle the IRS received date",
            ),
        ),
    )


class SignaturePerfectionOutcome(StrEnum):
    """What becomes of an unsigned request once its period to perfect has passed."""

    TREATED_AS_TIMELY = "treated as filed timely"
    """Perfected within the period: treat the CDP hearing as filed timely."""
    MAY_QUALIFY_FOR_EQUIVALENT_HEARING = "may qualify for an equivalent hearing"
    """A CDP request perfected after the period."""
    NOT_PROCESSABLE = "not a processable hearing request"
    """Not perfected with a signature (or, for an equivalent hearing request, perfected too late)."""


class SignaturePerfection(BaseModel):
    """The outcome of an unsigned request returned for signature."""

    model_config = ConfigDict(frozen=True)

    outcome: SignaturePerfectionOutcome
    """Treated as timely, may qualify for an equivalent hearing, or not processable."""
    day: int | None
    """The day of the period the signature arrived on; ``None`` if it never did."""
    reasons: tuple[Reason, ...]
    """Why, citing IRM 5.19.8.4.7.4(1)."""


def unsigned_request_outcome(kind: HearingKind, returned_on: date, perfected_on: date | None) -> SignaturePerfection:
    """What becomes of a timely, unsigned request returned for signature on ``returned_on``.

    Args:
        kind: The hearing requested.
        returned_on: The day the request was returned for signature (day 0).
        perfected_on: The day the signed request was received; ``None`` if it never was.

    Raises:
        DayCountError: ``perfected_on`` is before ``returned_on``.
    """
    period = UNSIGNED_REQUEST_PERIOD
    if perfected_on is None:
        return SignaturePerfection(
            outcome=SignaturePerfectionOutcome.NOT_PROCESSABLE,
            day=None,
            reasons=(
                Reason(
                    code="not_perfected",
                    paragraph=period.paragraph,
                    text="The taxpayer did not perfect the hearing request with a signature: it does not meet the "
                    "requirements for a processable CDP or equivalent hearing request",
                ),
            ),
        )
    timeliness = period.judge(returned_on, perfected_on)
    if timeliness.timely:
        return SignaturePerfection(
            outcome=SignaturePerfectionOutcome.TREATED_AS_TIMELY,
            day=timeliness.day,
            reasons=(
                *timeliness.reasons,
                Reason(
                    code="perfected_in_time",
                    paragraph=period.paragraph,
                    text="Perfected within the time period: treat the hearing request as filed timely",
                ),
            ),
        )
    if kind is HearingKind.CDP:
        return SignaturePerfection(
            outcome=SignaturePerfectionOutcome.MAY_QUALIFY_FOR_EQUIVALENT_HEARING,
            day=timeliness.day,
            reasons=(
                *timeliness.reasons,
                Reason(
                    code="perfected_late",
                    paragraph=period.paragraph,
                    text="The CDP hearing request was perfected after the time period: it may qualify for an "
                    "equivalent hearing",
                ),
            ),
        )
    return SignaturePerfection(
        outcome=SignaturePerfectionOutcome.NOT_PROCESSABLE,
        day=timeliness.day,
        reasons=(
            *timeliness.reasons,
            Reason(
                code="not_perfected",
                paragraph=period.paragraph,
                text="The equivalent hearing request was not perfected within the time period: it does not meet the "
                "requirements for a processable hearing request",
            ),
        ),
    )


class AffirmationOutcome(StrEnum):
    """What becomes of a request signed by a spouse or someone without a POA."""

    AFFIRMED = "affirmed"
    """The written, signed affirmation was filed within 15 calendar days."""
    ADDITIONAL_TIME = "additional time allowed"
    """Not filed within 15 calendar days, but the taxpayer demonstrates extenuating circumstances."""
    DENIED_FOR_NON_SIGNING_TAXPAYER = "denied with respect to the non-signing taxpayer"
    """Not filed within 15 calendar days: the CDP request is denied with respect to the non-signing taxpayer."""


class AffirmationResult(BaseModel):
    """The outcome of a request for an affirmation."""

    model_config = ConfigDict(frozen=True)

    outcome: AffirmationOutcome
    """Affirmed, additional time allowed, or denied as to the non-signing taxpayer."""
    day: int | None
    """The day of the period the affirmation arrived on; ``None`` if it never did."""
    reasons: tuple[Reason, ...]
    """Why, citing IRM 5.19.8.4.7.4(1)."""


def affirmation_outcome(
    requested_on: date, affirmed_on: date | None, *, extenuating_circumstances: bool = False
) -> AffirmationResult:
    """What becomes of a request signed by a spouse or someone without a POA (IRM 5.19.8.4.7.4(1)).

    Args:
        requested_on: The day the affirmation was requested (day 0).
        affirmed_on: The day the affirmation was filed; ``None`` if it never was.
        extenuating_circumstances: Whether the taxpayer demonstrates that the lack of response was
            due to extenuating circumstances.

    Raises:
        DayCountError: ``affirmed_on`` is before ``requested_on``.
    """
    period = AFFIRMATION_PERIOD
    timeliness = None if affirmed_on is None else period.judge(requested_on, affirmed_on)
    found = () if timeliness is None else timeliness.reasons
    day = None if timeliness is None else timeliness.day
    if timeliness is not None and timeliness.timely:
        return AffirmationResult(
            outcome=AffirmationOutcome.AFFIRMED,
            day=day,
            reasons=(
                *found,
                Reason(
                    code="affirmed_in_time",
                    paragraph=period.paragraph,
                    text="The affirmation that the request was submitted on the taxpayer's behalf was filed within "
                    f"{period.days} calendar days",
                ),
            ),
        )
    if extenuating_circumstances:
        return AffirmationResult(
            outcome=AffirmationOutcome.ADDITIONAL_TIME,
            day=day,
            reasons=(
                *found,
                Reason(
                    code="extenuating_circumstances",
                    paragraph=period.paragraph,
                    text="Allow additional time: the taxpayer demonstrates that the lack of response was due to "
                    "extenuating circumstances",
                ),
            ),
        )
    return AffirmationResult(
        outcome=AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER,
        day=day,
        reasons=(
            *found,
            Reason(
                code="affirmation_not_filed",
                paragraph=period.paragraph,
                text=f"The affirmation was not filed within {period.days} calendar days of the request: the CDP "
                "request is denied with respect to the non-signing taxpayer",
            ),
        ),
    )


class JointClarification(BaseModel):
    """The answer to "is the request for both spouses?" on a joint liability with one signature."""

    model_config = ConfigDict(frozen=True)

    for_both_spouses: bool
    """Whether the request is for both spouses."""
    obtain_missing_signature: bool
    """Whether to obtain the missing spouse's signature: only if the request is for both."""
    reasons: tuple[Reason, ...]
    """Why, citing IRM 5.19.8.4.7.4(1)."""


def clarify_joint_request(*, for_both_spouses: bool) -> JointClarification:
    """After clarifying a joint request with one spouse's signature: obtain the other signature if for both."""
    if for_both_spouses:
        reason = Reason(
            code="obtain_missing_signature",
            paragraph=_SIGNATURES,
            text="The request is for both spouses: obtain the missing signature",
        )
    else:
        reason = Reason(
            code="signing_spouse_only",
            paragraph=_SIGNATURES,
            text="The request is not for both spouses: no other signature is needed",
        )
    return JointClarification(
        for_both_spouses=for_both_spouses, obtain_missing_signature=for_both_spouses, reasons=(reason,)
    )
