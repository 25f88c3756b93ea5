"""Hearing requests: channels, received dates, perfection, signatures, and the days they are counted in."""

from __future__ import annotations

from datetime import date

import pytest

from irm_model.days import CalendarDayPeriod, DayCountError
from irm_model.hearings import (
    AFFIRMATION_PERIOD,
    HEARING_REQUEST_FORM,
    OTHER_INFORMATION_REQUEST,
    PERFECTION_REQUEST,
    TOLL_FREE_NUMBER,
    UNSIGNED_REQUEST_PERIOD,
    AffirmationOutcome,
    Channel,
    ChannelStanding,
    HearingKind,
    HearingRequest,
    Signature,
    SignatureAction,
    SignaturePerfectionOutcome,
    Signer,
    advise_hearing_request,
    affirmation_outcome,
    check_signatures,
    clarify_joint_request,
    equivalent_hearing_received_date,
    hearing_request_channel,
    mailing_instruction,
    request_other_information,
    request_perfection,
    return_for_signature,
    unsigned_request_outcome,
)
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Reason

MONDAY = date(2026, 3, 2)
DAY_15 = date(2026, 3, 17)
DAY_16 = date(2026, 3, 18)


def reason_codes(reasons: tuple[Reason, ...]) -> list[str]:
    return [r.code for r in reasons]


def a_request(*signatures: Signature, timely: bool = True, joint: bool = False) -> HearingRequest:
    return HearingRequest(kind=HearingKind.CDP, filed_timely=timely, joint_liability=joint, signatures=signatures)


# --- Calendar days --------------------------------------------------------------------------


def test_day_one_is_the_day_after_the_request_and_day_15_is_the_last_on_time() -> None:
    period = CalendarDayPeriod(days=15, paragraph=ParagraphId.parse("IRM 5.19.8.4.7.3(1)"))
    assert period.due_date(MONDAY) == DAY_15
    assert period.day_of(MONDAY, MONDAY) == 0
    assert period.day_of(MONDAY, date(2026, 3, 3)) == 1
    on_time, late = period.judge(MONDAY, DAY_15), period.judge(MONDAY, DAY_16)
    assert (on_time.day, on_time.timely, reason_codes(on_time.reasons)) == (15, True, ["received_within_period"])
    assert (late.day, late.timely, reason_codes(late.reasons)) == (16, False, ["received_after_period"])


def test_calendar_days_run_through_weekends_and_year_ends_without_extension() -> None:
    period = PERFECTION_REQUEST.period
    saturday = period.due_date(date(2026, 3, 6))
    assert (saturday, saturday.weekday()) == (date(2026, 3, 21), 5)
    assert not period.judge(date(2026, 3, 6), date(2026, 3, 23)).timely  # the Monday after is late
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
        (HearingKind.CDP, Channel.MAIL, ChannelStanding.ACCEPTABLE, "cdp_mail_to_notice_address", "IRM 5.19.8.4.2(7)"),
        (HearingKind.CDP, Channel.DUT, ChannelStanding.ACCEPTABLE, "cdp_dut_eefax_acceptable", "IRM 5.19.8.4.2(5)"),
        (HearingKind.CDP, Channel.EEFAX, ChannelStanding.ACCEPTABLE, "cdp_dut_eefax_acceptable", "IRM 5.19.8.4.2(5)"),
        (HearingKind.CDP, Channel.FAX, ChannelStanding.STRUCK, "cdp_fax_number_struck", "IRM 5.19.8.4.2(7)"),
        (HearingKind.EQUIVALENT, Channel.DUT, ChannelStanding.ACCEPTABLE, "eh_dut_acceptable", "IRM 5.19.8.4.3(9)"),
        (HearingKind.EQUIVALENT, Channel.EEFAX, ChannelStanding.STRUCK, "eh_eefax_struck", "IRM 5.19.8.4.3(9)"),
        (
            HearingKind.EQUIVALENT,
            Channel.MAIL,
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
    decision = hearing_request_channel(kind, channel)
    assert decision.standing is standing
    assert decision.acceptable is (standing is ChannelStanding.ACCEPTABLE)
    assert [(r.code, r.paragraph) for r in decision.reasons] == [(code, ParagraphId.parse(paragraph))]


def test_eefax_is_acceptable_for_a_cdp_request_but_no_longer_for_an_equivalent_hearing_request() -> None:
    assert hearing_request_channel(HearingKind.CDP, Channel.EEFAX).acceptable
    assert not hearing_request_channel(HearingKind.EQUIVALENT, Channel.EEFAX).acceptable


def test_the_taxpayer_is_advised_to_use_form_12153_with_dut_and_eefax() -> None:
    advice = advise_hearing_request()
    assert advice.form == HEARING_REQUEST_FORM == "Form 12153, Request for Collection Due Process or Equivalent Hearing"
    assert advice.digital_channels == (Channel.DUT, Channel.EEFAX)
    assert {r.paragraph for r in advice.reasons} == {ParagraphId.parse("IRM 5.19.8.4.2(5)")}


def test_the_address_comes_from_the_notice_or_the_toll_free_lines_which_give_no_fax_number() -> None:
    shown = mailing_instruction(notice_shows_address=True)
    assert shown.use_notice_address
    assert not shown.fax_number_given
    missing = mailing_instruction(notice_shows_address=False)
    assert not missing.use_notice_address
    assert missing.call_numbers == ("the toll-free number on the notice", TOLL_FREE_NUMBER)
    assert TOLL_FREE_NUMBER == "1-800-829-1040"
    assert missing.identifiers == ("TIN", "EIN", "ITIN")
    assert not missing.fax_number_given
    assert reason_codes(missing.reasons) == ["cdp_address_by_toll_free_call", "cdp_fax_number_struck"]


def test_an_equivalent_hearing_request_is_received_on_its_transmission_date_and_the_sheet_retained() -> None:
    received = equivalent_hearing_received_date(MONDAY)
    assert received.received_on == MONDAY
    assert received.retain_transmittal_sheet
    assert reason_codes(received.reasons) == ["transmission_date_is_received_date", "retain_transmittal_sheet"]


# --- Requests by phone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "call_paragraph"),
    [(HearingKind.CDP, "IRM 5.19.8.4.2.2(10)"), (HearingKind.EQUIVALENT, "IRM 5.19.8.4.3.2(4)")],
)
def test_perfection_is_one_call_15_days_and_an_unconditional_offer_of_eefax_and_dut(
    kind: HearingKind, call_paragraph: str
) -> None:
    request = request_perfection(kind, MONDAY, has_information_during_call=True)
    assert request.call_attempts == 1
    assert request.respond_by == DAY_15
    assert request.offered_during_call == (Channel.EEFAX, Channel.DUT)
    assert [(r.code, str(r.paragraph)) for r in request.reasons] == [
        ("one_call_attempt_15_days", "IRM 5.19.8.4.7.3(1)"),
        ("offer_eefax_or_dut", call_paragraph),
        ("offer_not_conditional", call_paragraph),
    ]
    assert request.judge(DAY_15).timely
    assert not request.judge(DAY_16).timely


def test_a_taxpayer_without_the_information_during_the_call_is_offered_nothing_during_it() -> None:
    request = request_perfection(HearingKind.CDP, MONDAY, has_information_during_call=False)
    assert request.offered_during_call == ()
    assert reason_codes(request.reasons) == ["one_call_attempt_15_days"]


def test_other_information_is_one_call_15_days_and_eefax_or_dut() -> None:
    request = request_other_information(MONDAY, has_information_during_call=True)
    assert (request.call_attempts, request.respond_by) == (1, DAY_15)
    assert request.offered_during_call == (Channel.EEFAX, Channel.DUT)
    assert {r.paragraph for r in request.reasons} == {ParagraphId.parse("IRM 5.19.8.4.7.5(7)")}
    assert "offer_not_conditional" not in reason_codes(request.reasons)  # "if available" was never there


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
    decision = check_signatures(a_request(signature))
    assert decision.action is action
    assert {r.paragraph for r in decision.reasons} == {ParagraphId.parse("IRM 5.19.8.4.7.4(1)")}


def test_an_affirmation_is_requested_within_15_calendar_days() -> None:
    decision = check_signatures(a_request(Signature(signer=Signer.SPOUSE)))
    assert decision.period == AFFIRMATION_PERIOD
    assert reason_codes(decision.reasons) == ["signed_without_poa"]


def test_an_unsigned_timely_request_is_secured_by_phone_via_eefax_or_dut_without_condition() -> None:
    decision = check_signatures(a_request())
    assert decision.action is SignatureAction.SECURE_SIGNATURE_BY_PHONE
    assert decision.offered_channels == (Channel.EEFAX, Channel.DUT)
    assert reason_codes(decision.reasons) == ["unsigned_secure_by_phone", "offer_not_conditional"]


def test_an_unsigned_request_that_is_not_timely_is_not_processable() -> None:
    decision = check_signatures(a_request(timely=False))
    assert decision.action is SignatureAction.NOT_PROCESSABLE
    assert reason_codes(decision.reasons) == ["unsigned_not_processable"]


def test_a_joint_request_with_one_spouses_signature_is_clarified_and_with_both_processed() -> None:
    one = check_signatures(a_request(Signature(signer=Signer.TAXPAYER), joint=True))
    assert one.action is SignatureAction.CLARIFY_JOINT_REQUEST
    assert reason_codes(one.reasons) == ["joint_one_signature"]
    both = check_signatures(a_request(Signature(signer=Signer.TAXPAYER), Signature(signer=Signer.TAXPAYER), joint=True))
    assert both.action is SignatureAction.PROCESS


def test_the_missing_spouses_signature_is_obtained_only_if_the_request_is_for_both() -> None:
    assert clarify_joint_request(for_both_spouses=True).obtain_missing_signature
    assert not clarify_joint_request(for_both_spouses=False).obtain_missing_signature
    assert reason_codes(clarify_joint_request(for_both_spouses=True).reasons) == ["obtain_missing_signature"]


def test_a_returned_form_has_its_received_date_circled_and_15_days_to_be_perfected() -> None:
    returned = return_for_signature(MONDAY)
    assert returned.perfect_by == DAY_15
    assert returned.circle_received_date
    assert reason_codes(returned.reasons) == ["unsigned_15_days_to_perfect", "circle_received_date"]


@pytest.mark.parametrize(
    ("kind", "perfected_on", "outcome", "day", "last_code"),
    [
        (HearingKind.CDP, DAY_15, SignaturePerfectionOutcome.TREATED_AS_TIMELY, 15, "perfected_in_time"),
        (HearingKind.CDP, DAY_16, SignaturePerfectionOutcome.MAY_QUALIFY_FOR_EQUIVALENT_HEARING, 16, "perfected_late"),
        (HearingKind.CDP, None, SignaturePerfectionOutcome.NOT_PROCESSABLE, None, "not_perfected"),
        (HearingKind.EQUIVALENT, DAY_15, SignaturePerfectionOutcome.TREATED_AS_TIMELY, 15, "perfected_in_time"),
        (HearingKind.EQUIVALENT, DAY_16, SignaturePerfectionOutcome.NOT_PROCESSABLE, 16, "not_perfected"),
    ],
)
def test_an_unsigned_request_perfected_on_day_15_is_timely_and_on_day_16_is_not(
    kind: HearingKind, perfected_on: date | None, outcome: SignaturePerfectionOutcome, day: int | None, last_code: str
) -> None:
    result = unsigned_request_outcome(kind, MONDAY, perfected_on)
    assert result.outcome is outcome
    assert result.day == day, "the day of the period the signed request arrived on"
    assert reason_codes(result.reasons)[-1] == last_code


@pytest.mark.parametrize(
    ("affirmed_on", "extenuating", "outcome", "day", "codes"),
    [
        (DAY_15, False, AffirmationOutcome.AFFIRMED, 15, ["received_within_period", "affirmed_in_time"]),
        (DAY_15, True, AffirmationOutcome.AFFIRMED, 15, ["received_within_period", "affirmed_in_time"]),
        (
            DAY_16,
            False,
            AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER,
            16,
            ["received_after_period", "affirmation_not_filed"],
        ),
        (None, False, AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER, None, ["affirmation_not_filed"]),
        (DAY_16, True, AffirmationOutcome.ADDITIONAL_TIME, 16, ["received_after_period", "extenuating_circumstances"]),
        (None, True, AffirmationOutcome.ADDITIONAL_TIME, None, ["extenuating_circumstances"]),
    ],
)
def test_an_affirmation_on_day_15_stands_and_later_is_denied_unless_circumstances_were_extenuating(
    affirmed_on: date | None, extenuating: bool, outcome: AffirmationOutcome, day: int | None, codes: list[str]
) -> None:
    result = affirmation_outcome(MONDAY, affirmed_on, extenuating_circumstances=extenuating)
    assert result.outcome is outcome
    assert result.day == day, "the day of the period the affirmation arrived on"
    assert reason_codes(result.reasons) == codes


def test_without_extenuating_circumstances_shown_a_late_affirmation_is_denied() -> None:
    assert affirmation_outcome(MONDAY, DAY_16).outcome is AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER


def test_every_reason_cites_a_paragraph_the_memorandum_changes() -> None:
    from irm_model.paragraphs import MEMO_PARAGRAPHS

    reasons: list[Reason] = []
    for kind in HearingKind:
        for channel in Channel:
            reasons += hearing_request_channel(kind, channel).reasons
        for has in (True, False):
            reasons += request_perfection(kind, MONDAY, has_information_during_call=has).reasons
        for perfected_on in (DAY_15, DAY_16, None):
            reasons += unsigned_request_outcome(kind, MONDAY, perfected_on).reasons
    for signature in (Signature(signer=Signer.TAXPAYER), Signature(signer=Signer.SPOUSE)):
        reasons += check_signatures(a_request(signature)).reasons
    reasons += check_signatures(a_request()).reasons + check_signatures(a_request(timely=False)).reasons
    reasons += advise_hearing_request().reasons + equivalent_hearing_received_date(MONDAY).reasons
    reasons += mailing_instruction(notice_shows_address=False).reasons + return_for_signature(MONDAY).reasons
    reasons += request_other_information(MONDAY, has_information_during_call=True).reasons
    reasons += affirmation_outcome(MONDAY, None, extenuating_circumstances=True).reasons
    reasons += clarify_joint_request(for_both_spouses=False).reasons
    assert {r.paragraph for r in reasons} <= set(MEMO_PARAGRAPHS)


# --- Word for word --------------------------------------------------------------------------
# The tests above assert on reason codes, so that a reworded sentence never breaks a rule. The
# sentences are published all the same, so each is pinned here, once, with its code and the
# paragraph it cites.


def said(reasons: tuple[Reason, ...]) -> list[tuple[str, str]]:
    return [(reason.code, str(reason)) for reason in reasons]


def test_what_the_channels_and_the_advice_say_word_for_word() -> None:
    assert said(advise_hearing_request().reasons) == [
        (
            "use_form_12153",
            "Advise the taxpayer to use Form 12153, Request for Collection Due Process or Equivalent Hearing, to "
            "request the appeal (IRM 5.19.8.4.2(5))",
        ),
        ("cdp_dut_eefax_acceptable", "DUT and Eefax are acceptable; see IRM 5.19.8.4(4) (IRM 5.19.8.4.2(5))"),
    ]
    struck = (
        "cdp_fax_number_struck",
        "The toll-free numbers no longer give a fax number for the CDP hearing request (sentence struck) "
        "(IRM 5.19.8.4.2(7))",
    )
    assert said(mailing_instruction(notice_shows_address=True).reasons) == [
        (
            "cdp_mail_to_notice_address",
            "Mail the request for the CDP hearing to the address shown on the lien or levy notice (IRM 5.19.8.4.2(7))",
        ),
        struck,
    ]
    assert said(mailing_instruction(notice_shows_address=False).reasons) == [
        (
            "cdp_address_by_toll_free_call",
            "The address is not on the notice: call the toll-free number on the notice or 1-800-829-1040, providing "
            "the TIN, EIN, or ITIN (IRM 5.19.8.4.2(7))",
        ),
        struck,
    ]
    assert said(equivalent_hearing_received_date(MONDAY).reasons) == [
        ("transmission_date_is_received_date", "The transmission date will be the received date (IRM 5.19.8.4.3(9))"),
        ("retain_transmittal_sheet", "Retain the transmittal sheet along with the hearing request (IRM 5.19.8.4.3(9))"),
    ]


def test_what_a_request_by_phone_says_word_for_word() -> None:
    one_call = (
        "one_call_attempt_15_days",
        "Make 1 phone call attempt and request the information be sent within 15 calendar days (IRM 5.19.8.4.7.3(1))",
    )
    offer = "The taxpayer is able to provide the information during the call: offer them the options to submit it by"
    not_conditional = "'if available' is struck: the offer of EEFax and the DUT no longer depends on availability"
    assert said(request_perfection(HearingKind.CDP, MONDAY, has_information_during_call=True).reasons) == [
        one_call,
        ("offer_eefax_or_dut", f"{offer} Eefax or Document Upload Tool (DUT) (IRM 5.19.8.4.2.2(10))"),
        ("offer_not_conditional", f"{not_conditional} (IRM 5.19.8.4.2.2(10))"),
    ]
    assert said(request_perfection(HearingKind.EQUIVALENT, MONDAY, has_information_during_call=True).reasons) == [
        one_call,
        ("offer_eefax_or_dut", f"{offer} Eefax or Document Upload Tool (DUT) (IRM 5.19.8.4.3.2(4))"),
        ("offer_not_conditional", f"{not_conditional} (IRM 5.19.8.4.3.2(4))"),
    ]
    assert said(request_other_information(MONDAY, has_information_during_call=True).reasons) == [
        (
            "one_call_attempt_15_days",
            "Make 1 phone call attempt and ask the taxpayer to send the requested information within 15 calendar days "
            "(IRM 5.19.8.4.7.5(7))",
        ),
        (
            "offer_eefax_or_dut",
            "The taxpayer has the information during the call: offer them the option to submit it by EEFax or "
            "Document Upload Tool (DUT) (IRM 5.19.8.4.7.5(7))",
        ),
    ]


def test_what_the_signature_check_says_word_for_word() -> None:
    said_of = [
        said(check_signatures(request).reasons)
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
    assert said(clarify_joint_request(for_both_spouses=True).reasons) == [
        (
            "obtain_missing_signature",
            "The request is for both spouses: obtain the missing signature (IRM 5.19.8.4.7.4(1))",
        )
    ]
    assert said(clarify_joint_request(for_both_spouses=False).reasons) == [
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
