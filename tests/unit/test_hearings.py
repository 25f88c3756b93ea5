"""Hearing requests: channels, received dates, perfection, signatures, and the days they are counted in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import pytest

from irm_model.days import CalendarDayPeriod, DayCountError
from irm_model.hearings import HearingKind
from irm_model.hearings.channels import (
    HEARING_REQUEST_FORM,
    TOLL_FREE_NUMBER,
    ChannelStanding,
    advise_hearing_request,
    equivalent_hearing_received_date,
    hearing_request_channel,
    mailing_instruction,
)
from irm_model.hearings.phone import (
    OTHER_INFORMATION_REQUEST,
    PERFECTION_REQUEST,
    request_other_information,
    request_perfection,
)
from irm_model.hearings.signatures import (
    AFFIRMATION_PERIOD,
    UNSIGNED_REQUEST_PERIOD,
    AffirmationOutcome,
    HearingRequest,
    Signature,
    SignatureAction,
    SignaturePerfectionOutcome,
    Signer,
    affirmation_outcome,
    check_signatures,
    clarify_joint_request,
    return_for_signature,
    unsigned_request_outcome,
)
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Decision, Reason
from irm_model.rules import registered
from irm_model.tools import Channel

MONDAY = date(2026, 3, 2)
DAY_15 = date(2026, 3, 17)
DAY_16 = date(2026, 3, 18)

T = TypeVar("T")


def a_request(*signatures: Signature, timely: bool = True, joint: bool = False) -> HearingRequest:
    return HearingRequest(kind=HearingKind.CDP, filed_timely=timely, joint_liability=joint, signatures=signatures)


def outcome(decision: Decision[T]) -> T:
    """The outcome of a decision the guidance governs."""
    assert decision.applies
    assert decision.outcome is not None
    return decision.outcome


# --- Calendar days --------------------------------------------------------------------------


def test_day_one_is_the_day_after_the_request_and_day_15_is_the_last_on_time() -> None:
    period = CalendarDayPeriod(days=15, paragraph=ParagraphId.parse("IRM 5.19.8.4.7.3(1)"))
    assert period.due_date(MONDAY) == DAY_15
    assert period.day_of(MONDAY, MONDAY) == 0
    assert period.day_of(MONDAY, date(2026, 3, 3)) == 1
    on_time, late = period.judge(MONDAY, DAY_15), period.judge(MONDAY, DAY_16)
    assert (outcome(on_time).day, outcome(on_time).timely, on_time.codes) == (15, True, ("received_within_period",))
    assert (outcome(late).day, outcome(late).timely, late.codes) == (16, False, ("received_after_period",))


def test_calendar_days_run_through_weekends_and_year_ends_without_extension() -> None:
    period = PERFECTION_REQUEST.period
    saturday = period.due_date(date(2026, 3, 6))
    assert (saturday, saturday.weekday()) == (date(2026, 3, 21), 5)
    assert not outcome(period.judge(date(2026, 3, 6), date(2026, 3, 23))).timely  # the Monday after is late
    assert period.due_date(date(2026, 12, 20)) == date(2027, 1, 4)


def test_a_response_dated_before_its_request_is_an_error() -> None:
    with pytest.raises(DayCountError) as error:
        PERFECTION_REQUEST.period.judge(MONDAY, date(2026, 3, 1))
    assert error.value.code == "received_before_request"
    assert (error.value.start, error.value.received_on) == (MONDAY, date(2026, 3, 1))
    assert str(error.value) == "a response received on 2026-03-01 cannot answer a request made on 2026-03-02"


def test_each_period_is_15_calendar_days_and_cites_its_own_paragraph() -> None:
    periods = {
        "IRM 5.19.8.4.7.3(1)": PERFECTION_REQUEST.period,
        "IRM 5.19.8.4.7.5(7)": OTHER_INFORMATION_REQUEST.period,
        "IRM 5.19.8.4.7.4(1)": UNSIGNED_REQUEST_PERIOD,
    }
    for paragraph, period in periods.items():
        assert period.days == 15
        assert period.paragraph == ParagraphId.parse(paragraph)
    assert AFFIRMATION_PERIOD.paragraph == ParagraphId.parse("IRM 5.19.8.4.7.4(1)")


# --- Channels: the struck words change the answer -------------------------------------------


@pytest.mark.parametrize(
    ("kind", "channel", "standing", "code", "paragraph"),
    [
        (
            HearingKind.CDP,
            Channel.POSTAL_MAIL,
            ChannelStanding.ACCEPTABLE,
            "cdp_mail_to_notice_address",
            "IRM 5.19.8.4.2(7)",
        ),
        (HearingKind.CDP, Channel.DUT, ChannelStanding.ACCEPTABLE, "cdp_dut_eefax_acceptable", "IRM 5.19.8.4.2(5)"),
        (HearingKind.CDP, Channel.EEFAX, ChannelStanding.ACCEPTABLE, "cdp_dut_eefax_acceptable", "IRM 5.19.8.4.2(5)"),
        (HearingKind.CDP, Channel.FAX, ChannelStanding.STRUCK, "cdp_fax_number_struck", "IRM 5.19.8.4.2(7)"),
        (
            HearingKind.CDP,
            Channel.TDC_SECURE_MESSAGING,
            ChannelStanding.NOT_LISTED,
            "cdp_channel_not_listed",
            "IRM 5.19.8.4.2(5)",
        ),
        (HearingKind.EQUIVALENT, Channel.DUT, ChannelStanding.ACCEPTABLE, "eh_dut_acceptable", "IRM 5.19.8.4.3(9)"),
        (HearingKind.EQUIVALENT, Channel.EEFAX, ChannelStanding.STRUCK, "eh_eefax_struck", "IRM 5.19.8.4.3(9)"),
        (
            HearingKind.EQUIVALENT,
            Channel.POSTAL_MAIL,
            ChannelStanding.NOT_LISTED,
            "eh_channel_not_listed",
            "IRM 5.19.8.4.3(9)",
        ),
        (HearingKind.EQUIVALENT, Channel.FAX, ChannelStanding.NOT_LISTED, "eh_channel_not_listed", "IRM 5.19.8.4.3(9)"),
    ],
)
def test_each_channel_stands_as_the_current_text_says(
    kind: HearingKind, channel: Channel, standing: ChannelStanding, code: str, paragraph: str
) -> None:
    decision = hearing_request_channel(kind, channel, on=MONDAY)
    assert decision.outcome is standing
    assert standing.acceptable is (standing is ChannelStanding.ACCEPTABLE)
    assert [(r.code, r.paragraph) for r in decision.reasons] == [(code, ParagraphId.parse(paragraph))]


def test_eefax_is_acceptable_for_a_cdp_request_but_no_longer_for_an_equivalent_hearing_request() -> None:
    assert outcome(hearing_request_channel(HearingKind.CDP, Channel.EEFAX, on=MONDAY)).acceptable
    assert not outcome(hearing_request_channel(HearingKind.EQUIVALENT, Channel.EEFAX, on=MONDAY)).acceptable


def test_the_taxpayer_is_advised_to_use_form_12153_with_dut_and_eefax() -> None:
    decision = advise_hearing_request(on=MONDAY)
    advice = outcome(decision)
    assert advice.form == HEARING_REQUEST_FORM == "Form 12153, Request for Collection Due Process or Equivalent Hearing"
    assert advice.digital_channels == (Channel.DUT, Channel.EEFAX)
    assert decision.cites == (ParagraphId.parse("IRM 5.19.8.4.2(5)"),)


def test_the_address_comes_from_the_notice_or_the_toll_free_lines_which_give_no_fax_number() -> None:
    shown = outcome(mailing_instruction(notice_shows_address=True, on=MONDAY))
    assert shown.use_notice_address
    assert not shown.fax_number_given
    decision = mailing_instruction(notice_shows_address=False, on=MONDAY)
    missing = outcome(decision)
    assert not missing.use_notice_address
    assert missing.call_numbers == ("the toll-free number on the notice", TOLL_FREE_NUMBER)
    assert TOLL_FREE_NUMBER == "1-800-829-1040"
    assert missing.identifiers == ("TIN", "EIN", "ITIN")
    assert not missing.fax_number_given
    assert decision.codes == ("cdp_address_by_toll_free_call", "cdp_fax_number_struck")


def test_an_equivalent_hearing_request_is_received_on_its_transmission_date_and_the_sheet_retained() -> None:
    decision = equivalent_hearing_received_date(MONDAY)
    received = outcome(decision)
    assert received.received_on == MONDAY
    assert received.retain_transmittal_sheet
    assert decision.codes == ("transmission_date_is_received_date", "retain_transmittal_sheet")


# --- Requests by phone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "call_paragraph"),
    [(HearingKind.CDP, "IRM 5.19.8.4.2.2(10)"), (HearingKind.EQUIVALENT, "IRM 5.19.8.4.3.2(4)")],
)
def test_perfection_is_one_call_15_days_and_an_unconditional_offer_of_eefax_and_dut(
    kind: HearingKind, call_paragraph: str
) -> None:
    decision = request_perfection(kind, MONDAY, has_information_during_call=True)
    request = outcome(decision)
    assert request.call_attempts == 1
    assert request.respond_by == DAY_15
    assert request.offered_during_call == (Channel.EEFAX, Channel.DUT)
    assert [(r.code, str(r.paragraph)) for r in decision.reasons] == [
        ("one_call_attempt_15_days", "IRM 5.19.8.4.7.3(1)"),
        ("offer_eefax_or_dut", call_paragraph),
        ("offer_not_conditional", call_paragraph),
    ]
    assert outcome(request.judge(DAY_15)).timely
    assert not outcome(request.judge(DAY_16)).timely


def test_a_taxpayer_without_the_information_during_the_call_is_offered_nothing_during_it() -> None:
    decision = request_perfection(HearingKind.CDP, MONDAY, has_information_during_call=False)
    assert outcome(decision).offered_during_call == ()
    assert decision.codes == ("one_call_attempt_15_days",)


def test_other_information_is_one_call_15_days_and_eefax_or_dut() -> None:
    decision = request_other_information(MONDAY, has_information_during_call=True)
    request = outcome(decision)
    assert (request.call_attempts, request.respond_by) == (1, DAY_15)
    assert request.offered_during_call == (Channel.EEFAX, Channel.DUT)
    assert decision.cites == (ParagraphId.parse("IRM 5.19.8.4.7.5(7)"),)
    assert "offer_not_conditional" not in decision.codes  # "if available" was never there


# --- Signatures -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signature", "action"),
    [
        (Signature(signer=Signer.TAXPAYER), SignatureAction.PROCESS),
        (Signature(signer=Signer.SPOUSE, form_2848_on_file=True), SignatureAction.PROCESS),
        (Signature(signer=Signer.OTHER, form_2848_on_file=True), SignatureAction.PROCESS),
        (Signature(signer=Signer.SPOUSE), SignatureAction.REQUEST_AFFIRMATION),
        (Signature(signer=Signer.OTHER), SignatureAction.REQUEST_AFFIRMATION),
    ],
)
def test_the_taxpayer_or_an_authorized_representative_must_sign(signature: Signature, action: SignatureAction) -> None:
    decision = check_signatures(a_request(signature), on=MONDAY)
    assert outcome(decision).action is action
    assert decision.cites == (ParagraphId.parse("IRM 5.19.8.4.7.4(1)"),)


def test_an_affirmation_is_requested_within_15_calendar_days() -> None:
    decision = check_signatures(a_request(Signature(signer=Signer.SPOUSE)), on=MONDAY)
    assert outcome(decision).period == AFFIRMATION_PERIOD
    assert decision.codes == ("signed_without_poa",)


def test_an_unsigned_timely_request_is_secured_by_phone_via_eefax_or_dut_without_condition() -> None:
    decision = check_signatures(a_request(), on=MONDAY)
    assert outcome(decision).action is SignatureAction.SECURE_SIGNATURE_BY_PHONE
    assert outcome(decision).offered_channels == (Channel.EEFAX, Channel.DUT)
    assert decision.codes == ("unsigned_secure_by_phone", "offer_not_conditional")


def test_an_unsigned_request_that_is_not_timely_is_not_processable() -> None:
    decision = check_signatures(a_request(timely=False), on=MONDAY)
    assert outcome(decision).action is SignatureAction.NOT_PROCESSABLE
    assert decision.codes == ("unsigned_not_processable",)


def test_a_joint_request_with_one_spouses_signature_is_clarified_and_with_both_processed() -> None:
    one = check_signatures(a_request(Signature(signer=Signer.TAXPAYER), joint=True), on=MONDAY)
    assert outcome(one).action is SignatureAction.CLARIFY_JOINT_REQUEST
    assert one.codes == ("joint_one_signature",)
    both = check_signatures(
        a_request(Signature(signer=Signer.TAXPAYER), Signature(signer=Signer.TAXPAYER), joint=True), on=MONDAY
    )
    assert outcome(both).action is SignatureAction.PROCESS


def test_the_missing_spouses_signature_is_obtained_only_if_the_request_is_for_both() -> None:
    assert outcome(clarify_joint_request(for_both_spouses=True, on=MONDAY))
    assert not outcome(clarify_joint_request(for_both_spouses=False, on=MONDAY))
    assert clarify_joint_request(for_both_spouses=True, on=MONDAY).codes == ("obtain_missing_signature",)


def test_a_returned_form_has_its_received_date_circled_and_15_days_to_be_perfected() -> None:
    decision = return_for_signature(MONDAY)
    returned = outcome(decision)
    assert returned.perfect_by == DAY_15
    assert returned.circle_received_date
    assert decision.codes == ("unsigned_15_days_to_perfect", "circle_received_date")


@pytest.mark.parametrize(
    ("kind", "perfected_on", "status", "day", "last_code"),
    [
        (HearingKind.CDP, DAY_15, SignaturePerfectionOutcome.TREATED_AS_TIMELY, 15, "perfected_in_time"),
        (HearingKind.CDP, DAY_16, SignaturePerfectionOutcome.MAY_QUALIFY_FOR_EQUIVALENT_HEARING, 16, "perfected_late"),
        (HearingKind.CDP, None, SignaturePerfectionOutcome.NOT_PROCESSABLE, None, "not_perfected"),
        (HearingKind.EQUIVALENT, DAY_15, SignaturePerfectionOutcome.TREATED_AS_TIMELY, 15, "perfected_in_time"),
        (HearingKind.EQUIVALENT, DAY_16, SignaturePerfectionOutcome.NOT_PROCESSABLE, 16, "eh_not_perfected_in_time"),
        (HearingKind.EQUIVALENT, None, SignaturePerfectionOutcome.NOT_PROCESSABLE, None, "not_perfected"),
    ],
)
def test_an_unsigned_request_perfected_on_day_15_is_timely_and_on_day_16_is_not(
    kind: HearingKind, perfected_on: date | None, status: SignaturePerfectionOutcome, day: int | None, last_code: str
) -> None:
    decision = unsigned_request_outcome(kind, MONDAY, perfected_on)
    assert outcome(decision).status is status
    assert outcome(decision).day == day, "the day of the period the signed request arrived on"
    assert decision.codes[-1] == last_code


@pytest.mark.parametrize(
    ("affirmed_on", "extenuating", "status", "day", "codes"),
    [
        (DAY_15, False, AffirmationOutcome.AFFIRMED, 15, ("received_within_period", "affirmed_in_time")),
        (DAY_15, True, AffirmationOutcome.AFFIRMED, 15, ("received_within_period", "affirmed_in_time")),
        (
            DAY_16,
            False,
            AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER,
            16,
            ("received_after_period", "affirmation_not_filed"),
        ),
        (None, False, AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER, None, ("affirmation_not_filed",)),
        (DAY_16, True, AffirmationOutcome.ADDITIONAL_TIME, 16, ("received_after_period", "extenuating_circumstances")),
        (None, True, AffirmationOutcome.ADDITIONAL_TIME, None, ("extenuating_circumstances",)),
    ],
)
def test_an_affirmation_on_day_15_stands_and_later_is_denied_unless_circumstances_were_extenuating(
    affirmed_on: date | None, extenuating: bool, status: AffirmationOutcome, day: int | None, codes: tuple[str, ...]
) -> None:
    decision = affirmation_outcome(MONDAY, affirmed_on, extenuating_circumstances=extenuating)
    assert outcome(decision).status is status
    assert outcome(decision).day == day, "the day of the period the affirmation arrived on"
    assert decision.codes == codes


def test_without_extenuating_circumstances_shown_a_late_affirmation_is_denied() -> None:
    assert outcome(affirmation_outcome(MONDAY, DAY_16)).status is AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER


def test_every_reason_cites_a_paragraph_the_memorandum_changes() -> None:
    from irm_model.paragraphs import MEMO_PARAGRAPHS

    reasons: list[Reason] = []
    for kind in HearingKind:
        for channel in Channel:
            reasons += hearing_request_channel(kind, channel, on=MONDAY).reasons
        for has in (True, False):
            reasons += request_perfection(kind, MONDAY, has_information_during_call=has).reasons
        for perfected_on in (DAY_15, DAY_16, None):
            reasons += unsigned_request_outcome(kind, MONDAY, perfected_on).reasons
    for signature in (Signature(signer=Signer.TAXPAYER), Signature(signer=Signer.SPOUSE)):
        reasons += check_signatures(a_request(signature), on=MONDAY).reasons
    reasons += check_signatures(a_request(), on=MONDAY).reasons
    reasons += check_signatures(a_request(timely=False), on=MONDAY).reasons
    reasons += advise_hearing_request(on=MONDAY).reasons + equivalent_hearing_received_date(MONDAY).reasons
    reasons += mailing_instruction(notice_shows_address=False, on=MONDAY).reasons
    reasons += return_for_signature(MONDAY).reasons
    reasons += request_other_information(MONDAY, has_information_during_call=True).reasons
    reasons += affirmation_outcome(MONDAY, None, extenuating_circumstances=True).reasons
    reasons += clarify_joint_request(for_both_spouses=False, on=MONDAY).reasons
    assert {r.paragraph for r in reasons} <= set(MEMO_PARAGRAPHS)


# --- Not in force ---------------------------------------------------------------------------
# Every rule of the package answers "not in force" on a day before the effective date, itself.

BEFORE_EFFECTIVE = date(2026, 1, 25)

RULES: dict[str, Callable[[date], Decision[Any]]] = {
    "hearing_request_channel": lambda on: hearing_request_channel(HearingKind.CDP, Channel.DUT, on=on),
    "advise_hearing_request": lambda on: advise_hearing_request(on=on),
    "mailing_instruction": lambda on: mailing_instruction(notice_shows_address=True, on=on),
    "equivalent_hearing_received_date": equivalent_hearing_received_date,
    "request_perfection": lambda on: request_perfection(HearingKind.CDP, on, has_information_during_call=True),
    "request_other_information": lambda on: request_other_information(on, has_information_during_call=True),
    "check_signatures": lambda on: check_signatures(a_request(), on=on),
    "return_for_signature": return_for_signature,
    "unsigned_request_outcome": lambda on: unsigned_request_outcome(HearingKind.CDP, on, DAY_15),
    "affirmation_outcome": lambda on: affirmation_outcome(on, DAY_15),
    "clarify_joint_request": lambda on: clarify_joint_request(for_both_spouses=True, on=on),
}


@pytest.mark.parametrize("name", RULES)
def test_each_rule_answers_not_in_force_before_the_effective_date(name: str) -> None:
    decision = RULES[name](BEFORE_EFFECTIVE)
    assert (decision.applies, decision.outcome) == (False, None)
    assert decision.codes == ("guidance_not_yet_effective",)
    assert decision.rule is not None
    assert decision.rule.endswith(f".{name}")


def test_the_package_registers_exactly_these_rules() -> None:
    names = {rule.name.rsplit(".", 1)[1] for rule in registered() if rule.name.startswith("irm_model.hearings.")}
    assert names == set(RULES)


# --- Word for word --------------------------------------------------------------------------
# The tests above assert on reason codes, so that a reworded sentence never breaks a rule. The
# sentences are published all the same, so each is pinned here, once, with its code and the
# paragraph it cites.


def said(reasons: tuple[Reason, ...]) -> list[tuple[str, str]]:
    return [(reason.code, str(reason)) for reason in reasons]


def test_what_the_channels_and_the_advice_say_word_for_word() -> None:
    dut_and_eefax = (
        "cdp_dut_eefax_acceptable",
        "DUT and Eefax are acceptable for requesting the appeal; see IRM 5.19.8.4(4) (IRM 5.19.8.4.2(5))",
    )
    assert said(advise_hearing_request(on=MONDAY).reasons) == [
        (
            "use_form_12153",
            "Advise the taxpayer to use Form 12153, Request for Collection Due Process or Equivalent Hearing, to "
            "request the appeal (IRM 5.19.8.4.2(5))",
        ),
        dut_and_eefax,
    ]
    assert said(hearing_request_channel(HearingKind.CDP, Channel.DUT, on=MONDAY).reasons) == [dut_and_eefax]
    struck = (
        "cdp_fax_number_struck",
        "The sentence letting the taxpayer request a fax number to fax the CDP hearing request is struck: the "
        "toll-free numbers no longer give a fax number (IRM 5.19.8.4.2(7))",
    )
    assert said(hearing_request_channel(HearingKind.CDP, Channel.FAX, on=MONDAY).reasons) == [struck]
    to_notice = (
        "cdp_mail_to_notice_address",
        "The taxpayer must mail the request for the CDP hearing to the address shown on the lien or levy notice "
        "(IRM 5.19.8.4.2(7))",
    )
    assert said(hearing_request_channel(HearingKind.CDP, Channel.POSTAL_MAIL, on=MONDAY).reasons) == [to_notice]
    assert said(mailing_instruction(notice_shows_address=True, on=MONDAY).reasons) == [to_notice, struck]
    assert said(mailing_instruction(notice_shows_address=False, on=MONDAY).reasons) == [
        (
            "cdp_address_by_toll_free_call",
            "The address is not on the notice: call the toll-free number on the notice or 1-800-829-1040, providing "
            "the TIN, EIN, or ITIN (IRM 5.19.8.4.2(7))",
        ),
        struck,
    ]
    assert said(hearing_request_channel(HearingKind.CDP, Channel.LIVE_CHATBOT, on=MONDAY).reasons) == [
        (
            "cdp_channel_not_listed",
            "The changed paragraphs list mail, the DUT and Eefax for a CDP hearing request, not live chatbot "
            "(IRM 5.19.8.4.2(5))",
        )
    ]
    assert said(hearing_request_channel(HearingKind.EQUIVALENT, Channel.POSTAL_MAIL, on=MONDAY).reasons) == [
        (
            "eh_channel_not_listed",
            "The changed paragraph lists only the DUT for an equivalent hearing request, not postal mail "
            "(IRM 5.19.8.4.3(9))",
        )
    ]
    assert said(equivalent_hearing_received_date(MONDAY).reasons) == [
        ("transmission_date_is_received_date", "The transmission date will be the received date (IRM 5.19.8.4.3(9))"),
        ("retain_transmittal_sheet", "Retain the transmittal sheet along with the hearing request (IRM 5.19.8.4.3(9))"),
    ]


def test_what_a_request_by_phone_says_word_for_word() -> None:
    one_call = "Make 1 phone call attempt and ask that the information be sent within 15 calendar days"
    offer = (
        "The taxpayer is able to provide the information during the call: offer them the option to submit it by "
        "EEFax or Document Upload Tool (DUT)"
    )
    not_conditional = "'if available' is struck: the offer of EEFax and the DUT no longer depends on availability"
    assert said(request_perfection(HearingKind.CDP, MONDAY, has_information_during_call=True).reasons) == [
        ("one_call_attempt_15_days", f"{one_call} (IRM 5.19.8.4.7.3(1))"),
        ("offer_eefax_or_dut", f"{offer} (IRM 5.19.8.4.2.2(10))"),
        ("offer_not_conditional", f"{not_conditional} (IRM 5.19.8.4.2.2(10))"),
    ]
    assert said(request_perfection(HearingKind.EQUIVALENT, MONDAY, has_information_during_call=True).reasons) == [
        ("one_call_attempt_15_days", f"{one_call} (IRM 5.19.8.4.7.3(1))"),
        ("offer_eefax_or_dut", f"{offer} (IRM 5.19.8.4.3.2(4))"),
        ("offer_not_conditional", f"{not_conditional} (IRM 5.19.8.4.3.2(4))"),
    ]
    assert said(request_other_information(MONDAY, has_information_during_call=True).reasons) == [
        ("one_call_attempt_15_days", f"{one_call} (IRM 5.19.8.4.7.5(7))"),
        ("offer_eefax_or_dut", f"{offer} (IRM 5.19.8.4.7.5(7))"),
    ]


def test_what_the_signature_check_says_word_for_word() -> None:
    said_of = [
        said(check_signatures(request, on=MONDAY).reasons)
        for request in (
            a_request(),
            a_request(timely=False),
            a_request(Signature(signer=Signer.SPOUSE)),
            a_request(Signature(signer=Signer.TAXPAYER), joint=True),
            a_request(Signature(signer=Signer.TAXPAYER)),
        )
    ]
    assert said_of == [
        [
            (
                "unsigned_secure_by_phone",
                "Filed timely but unsigned: contact the taxpayer by phone in an attempt to secure the missing "
                "signature via EEFAX or DUT (IRM 5.19.8.4.7.4(1))",
            ),
            (
                "offer_not_conditional",
                "'if available' is struck: the offer of EEFax and the DUT no longer depends on availability "
                "(IRM 5.19.8.4.7.4(1))",
            ),
        ],
        [
            (
                "unsigned_not_processable",
                "A CDP or equivalent hearing request cannot be processed unless it is signed (IRM 5.19.8.4.7.4(1))",
            )
        ],
        [
            (
                "signed_without_poa",
                "Signed by the spouse or someone without a Power of Attorney: request, within 15 calendar days, a "
                "written, signed statement affirming that the request was originally submitted on the taxpayer's "
                "behalf (IRM 5.19.8.4.7.4(1))",
            )
        ],
        [
            (
                "joint_one_signature",
                "On a joint liability only one spouse's signature is present: contact the taxpayer to clarify whether "
                "the request is for both spouses and if so, to obtain the missing signature (IRM 5.19.8.4.7.4(1))",
            )
        ],
        [
            (
                "signed",
                "Signed by the taxpayer or an authorized representative with a valid Form 2848 on file "
                "(IRM 5.19.8.4.7.4(1))",
            )
        ],
    ]
    assert said(clarify_joint_request(for_both_spouses=True, on=MONDAY).reasons) == [
        (
            "obtain_missing_signature",
            "The request is for both spouses: obtain the missing signature (IRM 5.19.8.4.7.4(1))",
        )
    ]
    assert said(clarify_joint_request(for_both_spouses=False, on=MONDAY).reasons) == [
        (
            "signing_spouse_only",
            "The request is not for both spouses: no other signature is needed (IRM 5.19.8.4.7.4(1))",
        )
    ]


def test_what_a_returned_request_says_word_for_word() -> None:
    assert said(return_for_signature(MONDAY).reasons) == [
        (
            "unsigned_15_days_to_perfect",
            "Unable to secure the signature via EEFAX or DUT: the taxpayer is given 15 calendar days to perfect the "
            "CDP hearing request (IRM 5.19.8.4.7.4(1))",
        ),
        (
            "circle_received_date",
            "When returning the Form 12153 for signature, circle the IRS received date (IRM 5.19.8.4.7.4(1))",
        ),
    ]


WITHIN = "Received on day 15 of the 15 calendar days allowed (due 2026-03-17) (IRM 5.19.8.4.7.4(1))"
AFTER = "Received on day 16, after the 15 calendar days allowed ended on 2026-03-17 (IRM 5.19.8.4.7.4(1))"


@pytest.mark.parametrize(
    ("kind", "perfected_on", "sentences"),
    [
        (
            HearingKind.CDP,
            None,
            [
                "The taxpayer did not perfect the hearing request with a signature: it does not meet the requirements "
                "for a processable CDP or equivalent hearing request (IRM 5.19.8.4.7.4(1))"
            ],
        ),
        (
            HearingKind.CDP,
            DAY_15,
            [
                WITHIN,
                "Perfected within the time period: treat the hearing request as filed timely (IRM 5.19.8.4.7.4(1))",
            ],
        ),
        (
            HearingKind.CDP,
            DAY_16,
            [
                AFTER,
                "The CDP hearing request was perfected after the time period: it may qualify for an equivalent hearing "
                "(IRM 5.19.8.4.7.4(1))",
            ],
        ),
        (
            HearingKind.EQUIVALENT,
            DAY_16,
            [
                AFTER,
                "The equivalent hearing request was not perfected within the time period: it does not meet the "
                "requirements for a processable hearing request (IRM 5.19.8.4.7.4(1))",
            ],
        ),
    ],
)
def test_what_the_outcome_of_a_returned_request_says_word_for_word(
    kind: HearingKind, perfected_on: date | None, sentences: list[str]
) -> None:
    assert [str(r) for r in unsigned_request_outcome(kind, MONDAY, perfected_on).reasons] == sentences


@pytest.mark.parametrize(
    ("affirmed_on", "extenuating", "sentences"),
    [
        (
            DAY_15,
            False,
            [
                WITHIN,
                "The affirmation that the request was submitted on the taxpayer's behalf was filed within 15 calendar "
                "days (IRM 5.19.8.4.7.4(1))",
            ],
        ),
        (
            DAY_16,
            True,
            [
                AFTER,
                "Allow additional time: the taxpayer demonstrates that the lack of response was due to extenuating "
                "circumstances (IRM 5.19.8.4.7.4(1))",
            ],
        ),
        (
            None,
            False,
            [
                "The affirmation was not filed within 15 calendar days of the request: the CDP request is denied with "
                "respect to the non-signing taxpayer (IRM 5.19.8.4.7.4(1))"
            ],
        ),
    ],
)
def test_what_the_outcome_of_an_affirmation_says_word_for_word(
    affirmed_on: date | None, extenuating: bool, sentences: list[str]
) -> None:
    result = affirmation_outcome(MONDAY, affirmed_on, extenuating_circumstances=extenuating)
    assert [str(r) for r in result.reasons] == sentences
