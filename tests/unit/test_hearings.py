"""Hearing requests: channels, received dates, perfection, signatures, and the days they are counted in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import pytest

from irm_model import days
from irm_model.days import (
    CalendarDayPeriod,
    DayCountError,
    PeriodAct,
    ResponseDate,
    legal_public_holidays,
    period_rule_day,
)
from irm_model.hearings import HearingKind, channels, phone, signatures
from irm_model.hearings.channels import (
    HEARING_REQUEST_FORM,
    TOLL_FREE_NUMBER,
    ChannelStanding,
    MailingInstruction,
    advise_hearing_request,
    equivalent_hearing_received_date,
    hearing_request_channel,
    mailing_instruction,
)
from irm_model.hearings.phone import (
    OTHER_INFORMATION_REQUEST,
    PERFECTION_REQUEST,
    offered_during_call,
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
from irm_model.readings import Readings
from irm_model.reasons import Catalogue, Decision, Reason
from irm_model.rules import registered
from irm_model.tools import Channel
from tests.unit.texts import paragraph_texts

MONDAY = date(2026, 3, 2)
DAY_15 = date(2026, 3, 17)
DAY_16 = date(2026, 3, 18)
DAY_19 = date(2026, 3, 21)

T = TypeVar("T")


def a_request(
    *signatures: Signature, timely: bool = True, joint: bool = False, kind: HearingKind = HearingKind.CDP
) -> HearingRequest:
    return HearingRequest(kind=kind, filed_timely=timely, joint_liability=joint, signatures=signatures)


def outcome(decision: Decision[T]) -> T:
    """The outcome of a decision the guidance governs."""
    assert decision.applies
    assert decision.outcome is not None
    return decision.outcome


def sent_period(paragraph: str = "IRM 5.19.8.4.7.3(1)") -> CalendarDayPeriod:
    return CalendarDayPeriod(days=15, paragraph=ParagraphId.parse(paragraph), act=PeriodAct.SENT)


def filed_period() -> CalendarDayPeriod:
    return CalendarDayPeriod(days=15, paragraph=ParagraphId.parse("IRM 5.19.8.4.7.4(1)"), act=PeriodAct.FILED)


# --- Calendar days --------------------------------------------------------------------------


def test_day_one_is_the_day_after_the_request_and_day_15_is_the_last_on_time() -> None:
    period = sent_period()
    assert period.due_date(MONDAY) == DAY_15
    assert period.day_of(MONDAY, MONDAY) == 0
    assert period.day_of(MONDAY, date(2026, 3, 3)) == 1
    on_time, late = period.judge(MONDAY, sent_on=DAY_15), period.judge(MONDAY, sent_on=DAY_16)
    assert (outcome(on_time).day, outcome(on_time).timely, on_time.codes) == (15, True, ("sent_within_period",))
    assert (outcome(late).day, outcome(late).timely, late.codes) == (16, False, ("sent_after_period",))


def test_information_to_be_sent_counts_the_day_sent_so_sent_on_day_15_and_received_on_day_19_is_on_time() -> None:
    period = sent_period()
    on_time = period.judge(MONDAY, sent_on=DAY_15, received_on=DAY_19)
    assert outcome(on_time).counted is ResponseDate.SENT
    assert (outcome(on_time).day, outcome(on_time).timely) == (15, True)
    late = period.judge(MONDAY, sent_on=DAY_16, received_on=DAY_16)
    assert (outcome(late).counted, outcome(late).day, outcome(late).timely) == (ResponseDate.SENT, 16, False)


def test_a_document_to_be_filed_counts_the_day_received_so_sent_on_day_15_and_received_on_day_16_is_late() -> None:
    period = filed_period()
    late = period.judge(MONDAY, sent_on=DAY_15, received_on=DAY_16)
    assert (outcome(late).counted, outcome(late).day, outcome(late).timely) == (ResponseDate.RECEIVED, 16, False)
    assert late.codes == ("filed_after_period",)
    on_time = period.judge(MONDAY, received_on=DAY_15)
    assert (outcome(on_time).counted, outcome(on_time).timely, on_time.codes) == (
        ResponseDate.RECEIVED,
        True,
        ("filed_within_period",),
    )


def test_the_date_counted_is_none_until_the_act_it_counts_has_happened() -> None:
    assert sent_period().counted_date(MONDAY, sent_on=None, received_on=None) is None
    assert sent_period().counted_date(MONDAY, sent_on=DAY_15, received_on=None) == DAY_15
    assert filed_period().counted_date(MONDAY, sent_on=DAY_15, received_on=None) is None
    assert filed_period().counted_date(MONDAY, sent_on=DAY_15, received_on=DAY_16) == DAY_16


def test_calendar_days_run_through_weekends_and_year_ends_without_extension() -> None:
    period = PERFECTION_REQUEST.period
    saturday = period.due_date(date(2026, 3, 6))
    assert (saturday, saturday.weekday()) == (date(2026, 3, 21), 5)
    assert not outcome(period.judge(date(2026, 3, 6), sent_on=date(2026, 3, 23))).timely  # the Monday after is late
    assert period.due_date(date(2026, 12, 20)) == date(2027, 1, 4)
    assert period.due_date(date(2026, 5, 10)) == date(2026, 5, 25)  # Memorial Day, not extended


@pytest.mark.parametrize(
    ("sent_on", "received_on", "code", "message"),
    [
        (
            date(2026, 3, 1),
            None,
            "dated_before_request",
            "a response sent on 2026-03-01 cannot answer a request made on 2026-03-02",
        ),
        (
            None,
            date(2026, 3, 1),
            "dated_before_request",
            "a response received on 2026-03-01 cannot answer a request made on 2026-03-02",
        ),
        (DAY_16, DAY_15, "sent_after_received", "a response sent on 2026-03-18 cannot be received on 2026-03-17"),
        (
            None,
            DAY_15,
            "date_of_act_missing",
            "IRM 5.19.8.4.7.3(1) counts the day the response was sent (Readings.sent_evidence): give the day it was "
            "sent, not only the day it was received (2026-03-17)",
        ),
        (None, None, "date_of_act_missing", "IRM 5.19.8.4.7.3(1) counts the day the response was sent: give that day"),
    ],
)
def test_dates_that_cannot_be_counted_are_errors(
    sent_on: date | None, received_on: date | None, code: str, message: str
) -> None:
    with pytest.raises(DayCountError) as error:
        PERFECTION_REQUEST.period.judge(MONDAY, sent_on=sent_on, received_on=received_on)
    assert (error.value.code, str(error.value)) == (code, message)


def test_a_day_before_the_request_has_no_number_in_the_period() -> None:
    with pytest.raises(DayCountError) as error:
        PERFECTION_REQUEST.period.day_of(MONDAY, date(2026, 3, 1))
    assert error.value.code == "dated_before_request"
    assert str(error.value) == "a response dated 2026-03-01 cannot answer a request made on 2026-03-02"


def test_each_period_is_15_calendar_days_cites_its_own_paragraph_and_counts_the_act_it_names() -> None:
    periods = {
        "IRM 5.19.8.4.7.3(1)": (PERFECTION_REQUEST.period, PeriodAct.SENT),
        "IRM 5.19.8.4.7.5(7)": (OTHER_INFORMATION_REQUEST.period, PeriodAct.SENT),
        "IRM 5.19.8.4.7.4(1)": (UNSIGNED_REQUEST_PERIOD, PeriodAct.FILED),
    }
    for paragraph, (period, act) in periods.items():
        assert (period.days, period.paragraph, period.act) == (15, ParagraphId.parse(paragraph), act)
    assert (AFFIRMATION_PERIOD.paragraph, AFFIRMATION_PERIOD.act) == (
        ParagraphId.parse("IRM 5.19.8.4.7.4(1)"),
        PeriodAct.FILED,
    )
    assert (PERFECTION_REQUEST.period.counts, AFFIRMATION_PERIOD.counts) == (ResponseDate.SENT, ResponseDate.RECEIVED)


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


def test_the_address_comes_from_the_notice_or_from_the_toll_free_lines() -> None:
    shown_decision = mailing_instruction(notice_shows_address=True, on=MONDAY)
    shown = outcome(shown_decision)
    assert (shown.use_notice_address, shown.call_numbers, shown.identifiers) == (True, (), ())
    assert shown_decision.codes == ("cdp_mail_to_notice_address", "cdp_fax_number_struck")
    decision = mailing_instruction(notice_shows_address=False, on=MONDAY)
    missing = outcome(decision)
    assert not missing.use_notice_address
    assert missing.call_numbers == ("the toll-free number on the notice", TOLL_FREE_NUMBER)
    assert TOLL_FREE_NUMBER == "1-800-829-1040"
    assert missing.identifiers == ("TIN", "EIN", "ITIN")
    assert decision.codes == ("cdp_address_by_toll_free_call", "cdp_fax_number_struck")


def test_the_model_says_only_what_the_strike_of_the_fax_sentence_removed() -> None:
    """The memorandum struck the sentence letting the taxpayer ask for a fax number; it does not say they refuse one."""
    assert "fax_number_given" not in MailingInstruction.model_fields
    texts = [
        channels.Why.cdp_fax_number_struck.text,
        channels.__doc__ or "",
        channels.mailing_instruction.__doc__ or "",
    ]
    for text in texts:
        assert "no fax number" not in text
        assert "no longer give" not in text


def test_an_equivalent_hearing_request_is_received_on_its_transmission_date_and_the_sheet_retained() -> None:
    decision = equivalent_hearing_received_date(MONDAY, dated_on=date(2026, 3, 5))
    received = outcome(decision)
    assert received.received_on == MONDAY
    assert received.retain_transmittal_sheet
    assert decision.codes == ("transmission_date_is_received_date", "retain_transmittal_sheet")


# --- Requests by phone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "call_paragraph"),
    [(HearingKind.CDP, "IRM 5.19.8.4.2.2(10)"), (HearingKind.EQUIVALENT, "IRM 5.19.8.4.3.2(4)")],
)
def test_perfection_is_one_call_15_days_to_send_and_an_offer_of_eefax_and_dut(
    kind: HearingKind, call_paragraph: str
) -> None:
    decision = request_perfection(kind, MONDAY, has_information_during_call=True)
    request = outcome(decision)
    assert request.call_attempts == 1
    assert request.send_by == DAY_15
    assert request.offered_during_call == (Channel.EEFAX, Channel.DUT)
    assert [(r.code, str(r.paragraph)) for r in decision.reasons] == [
        ("one_call_attempt_15_days", "IRM 5.19.8.4.7.3(1)"),
        ("offer_eefax_or_dut", call_paragraph),
        ("offer_if_available_struck", call_paragraph),
    ]
    assert outcome(request.judge(sent_on=DAY_15, received_on=DAY_19)).timely
    assert not outcome(request.judge(sent_on=DAY_16)).timely


def test_a_taxpayer_without_the_information_during_the_call_is_offered_nothing_during_it() -> None:
    decision = request_perfection(HearingKind.CDP, MONDAY, has_information_during_call=False)
    assert outcome(decision).offered_during_call == ()
    assert decision.codes == ("one_call_attempt_15_days",)


def test_other_information_is_one_call_15_days_to_send_and_eefax_or_dut() -> None:
    decision = request_other_information(MONDAY, has_information_during_call=True)
    request = outcome(decision)
    assert (request.call_attempts, request.send_by) == (1, DAY_15)
    assert request.offered_during_call == (Channel.EEFAX, Channel.DUT)
    assert decision.cites == (ParagraphId.parse("IRM 5.19.8.4.7.5(7)"),)
    assert decision.codes == ("one_call_attempt_15_days", "offer_eefax_or_dut")  # "if available" was never there
    assert outcome(request.judge(sent_on=DAY_15, received_on=DAY_19)).timely
    assert outcome(request_other_information(MONDAY, has_information_during_call=False)).offered_during_call == ()


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


def test_an_unsigned_timely_request_is_secured_by_phone_via_eefax_or_dut() -> None:
    decision = check_signatures(a_request(), on=MONDAY)
    assert outcome(decision).action is SignatureAction.SECURE_SIGNATURE_BY_PHONE
    assert outcome(decision).offered_channels == (Channel.EEFAX, Channel.DUT)
    assert decision.codes == ("unsigned_secure_by_phone", "offer_if_available_struck")


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
    assert (returned.returned_on, returned.perfect_by) == (MONDAY, DAY_15)
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
    decision = unsigned_request_outcome(kind, MONDAY, received_on=perfected_on)
    assert outcome(decision).status is status
    assert outcome(decision).day == day, "the day of the period the signed request arrived on"
    assert decision.codes[-1] == last_code


@pytest.mark.parametrize(
    ("affirmed_on", "extenuating", "status", "day", "codes"),
    [
        (DAY_15, False, AffirmationOutcome.AFFIRMED, 15, ("filed_within_period", "affirmed_in_time")),
        (DAY_15, True, AffirmationOutcome.AFFIRMED, 15, ("filed_within_period", "affirmed_in_time")),
        (
            DAY_16,
            False,
            AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER,
            16,
            ("filed_after_period", "affirmation_not_filed"),
        ),
        (None, False, AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER, None, ("affirmation_not_filed",)),
        (DAY_16, True, AffirmationOutcome.ADDITIONAL_TIME, 16, ("filed_after_period", "extenuating_circumstances")),
        (None, True, AffirmationOutcome.ADDITIONAL_TIME, None, ("extenuating_circumstances",)),
    ],
)
def test_an_affirmation_on_day_15_stands_and_later_is_denied_unless_circumstances_were_extenuating(
    affirmed_on: date | None, extenuating: bool, status: AffirmationOutcome, day: int | None, codes: tuple[str, ...]
) -> None:
    decision = affirmation_outcome(MONDAY, received_on=affirmed_on, extenuating_circumstances=extenuating)
    assert outcome(decision).status is status
    assert outcome(decision).day == day, "the day of the period the affirmation arrived on"
    assert decision.codes == codes


def test_without_extenuating_circumstances_shown_a_late_affirmation_is_denied() -> None:
    decision = affirmation_outcome(MONDAY, received_on=DAY_16)
    assert outcome(decision).status is AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER


def test_an_affirmation_sent_in_time_but_received_late_is_not_filed_in_time() -> None:
    late = affirmation_outcome(MONDAY, sent_on=DAY_15, received_on=DAY_16)
    assert (outcome(late).status, outcome(late).day) == (AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER, 16)
    not_yet = affirmation_outcome(MONDAY, sent_on=DAY_15)
    assert (outcome(not_yet).status, outcome(not_yet).day) == (AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER, None)
    assert not_yet.codes == ("affirmation_not_filed",)


def test_an_unsigned_request_sent_in_time_but_received_late_is_perfected_late() -> None:
    cdp = unsigned_request_outcome(HearingKind.CDP, MONDAY, sent_on=DAY_15, received_on=DAY_16)
    assert outcome(cdp).status is SignaturePerfectionOutcome.MAY_QUALIFY_FOR_EQUIVALENT_HEARING
    assert cdp.codes == ("filed_after_period", "perfected_late")


def test_every_reason_cites_a_paragraph_the_memorandum_changes() -> None:
    from irm_model.paragraphs import MEMO_PARAGRAPHS

    reasons: list[Reason] = []
    for kind in HearingKind:
        for channel in Channel:
            reasons += hearing_request_channel(kind, channel, on=MONDAY).reasons
        for has in (True, False):
            reasons += request_perfection(kind, MONDAY, has_information_during_call=has).reasons
        for perfected_on in (DAY_15, DAY_16, None):
            reasons += unsigned_request_outcome(kind, MONDAY, received_on=perfected_on).reasons
    for signature in (Signature(signer=Signer.TAXPAYER), Signature(signer=Signer.SPOUSE)):
        reasons += check_signatures(a_request(signature), on=MONDAY).reasons
    reasons += check_signatures(a_request(), on=MONDAY).reasons
    reasons += check_signatures(a_request(timely=False), on=MONDAY).reasons
    reasons += advise_hearing_request(on=MONDAY).reasons
    reasons += equivalent_hearing_received_date(MONDAY, dated_on=MONDAY).reasons
    reasons += mailing_instruction(notice_shows_address=False, on=MONDAY).reasons
    reasons += return_for_signature(MONDAY).reasons
    reasons += request_other_information(MONDAY, has_information_during_call=True).reasons
    reasons += affirmation_outcome(MONDAY, extenuating_circumstances=True).reasons
    reasons += clarify_joint_request(for_both_spouses=False, on=MONDAY).reasons
    assert {r.paragraph for r in reasons} <= set(MEMO_PARAGRAPHS)


# --- Not in force ---------------------------------------------------------------------------
# Every rule of the package answers "not in force" on a day before the effective date, itself.

BEFORE_EFFECTIVE = date(2026, 1, 25)

RULES: dict[str, Callable[[date], Decision[Any]]] = {
    "hearing_request_channel": lambda on: hearing_request_channel(HearingKind.CDP, Channel.DUT, on=on),
    "advise_hearing_request": lambda on: advise_hearing_request(on=on),
    "mailing_instruction": lambda on: mailing_instruction(notice_shows_address=True, on=on),
    "equivalent_hearing_received_date": lambda on: equivalent_hearing_received_date(on, dated_on=on),
    "request_perfection": lambda on: request_perfection(HearingKind.CDP, on, has_information_during_call=True),
    "request_other_information": lambda on: request_other_information(on, has_information_during_call=True),
    "check_signatures": lambda on: check_signatures(a_request(), on=on),
    "return_for_signature": return_for_signature,
    "unsigned_request_outcome": lambda on: unsigned_request_outcome(HearingKind.CDP, on, received_on=DAY_15),
    "affirmation_outcome": lambda on: affirmation_outcome(on, received_on=DAY_15),
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


# --- Readings: where the text is silent, the register decides --------------------------------
# Each reading is read when a decision is made, so changing its value in the register changes the
# decision: each test below changes one and shows the effect.


def test_the_day_of_the_request_is_day_0_as_the_register_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    period = sent_period()
    assert Readings.day_zero.value == 0
    assert (period.due_date(MONDAY), period.day_of(MONDAY, MONDAY)) == (DAY_15, 0)
    monkeypatch.setattr(Readings.day_zero, "value", 1)
    assert (period.due_date(MONDAY), period.day_of(MONDAY, MONDAY)) == (date(2026, 3, 16), 1)
    assert (
        outcome(period.judge(MONDAY, sent_on=date(2026, 3, 16))).day,
        period.judge(MONDAY, sent_on=DAY_15).codes,
    ) == (
        15,
        ("sent_after_period",),
    )


def test_a_period_ending_on_a_weekend_or_holiday_is_extended_only_if_the_register_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    period = sent_period()
    friday, memorial_sunday = date(2026, 3, 6), date(2026, 5, 10)
    assert Readings.weekend_extends.value is False
    assert (period.due_date(friday), period.due_date(memorial_sunday)) == (date(2026, 3, 21), date(2026, 5, 25))
    monkeypatch.setattr(Readings.weekend_extends, "value", True)
    assert period.due_date(friday) == date(2026, 3, 23)  # Saturday 21 -> Monday 23
    assert period.due_date(memorial_sunday) == date(2026, 5, 26)  # Memorial Day -> Tuesday
    assert period.due_date(date(2027, 6, 3)) == date(2027, 6, 21)  # Friday 18 observes Juneteenth (a Saturday)
    assert period.due_date(date(2027, 12, 16)) == date(2028, 1, 3)  # Friday 31 observes New Year's Day 2028
    assert period.due_date(MONDAY) == DAY_15  # a Tuesday is not moved
    assert outcome(period.judge(friday, sent_on=date(2026, 3, 23))).timely


@pytest.mark.parametrize(
    ("year", "holidays"),
    [
        (
            2026,
            {
                date(2026, 1, 1),
                date(2026, 1, 19),
                date(2026, 2, 16),
                date(2026, 5, 25),
                date(2026, 6, 19),
                date(2026, 7, 3),  # Independence Day is a Saturday: observed Friday
                date(2026, 9, 7),
                date(2026, 10, 12),
                date(2026, 11, 11),
                date(2026, 11, 26),
                date(2026, 12, 25),
            },
        ),
        (
            2027,
            {
                date(2027, 1, 1),
                date(2027, 1, 18),
                date(2027, 2, 15),
                date(2027, 5, 31),
                date(2027, 6, 18),  # Saturday: observed Friday
                date(2027, 7, 5),  # Sunday: observed Monday
                date(2027, 9, 6),
                date(2027, 10, 11),
                date(2027, 11, 11),
                date(2027, 11, 25),
                date(2027, 12, 24),  # Saturday: observed Friday
            },
        ),
    ],
)
def test_the_legal_public_holidays_of_a_year_on_the_days_they_are_observed(year: int, holidays: set[date]) -> None:
    assert legal_public_holidays(year) == holidays


def test_a_period_runs_under_the_guidance_of_the_day_it_starts_as_the_register_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    days_of = {rule.name.rsplit(".", 1)[1]: rule.day for rule in registered() if rule.name.startswith("irm_model.")}
    assert {name: days_of[name] for name in PERIOD_RULES} == PERIOD_RULES
    last_day = date(2028, 1, 25)  # the last day in force; the period ends after the Expiration Date
    decision = affirmation_outcome(last_day, received_on=date(2028, 2, 9))
    assert decision.applies
    assert (outcome(decision).status, outcome(decision).day) == (AffirmationOutcome.AFFIRMED, 15)
    assert period_rule_day("returned_on") == "returned_on"
    monkeypatch.setattr(Readings.period_past_expiration, "value", "end")
    with pytest.raises(ValueError, match="period_past_expiration is 'end'"):
        period_rule_day("returned_on")


PERIOD_RULES = {
    "request_perfection": "requested_on",
    "request_other_information": "requested_on",
    "return_for_signature": "returned_on",
    "unsigned_request_outcome": "returned_on",
    "affirmation_outcome": "requested_on",
}
"""The rules that judge or set a period, and the parameter holding the period's start."""


def test_sent_is_proved_by_the_day_sent_as_the_register_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    request = outcome(request_perfection(HearingKind.CDP, MONDAY, has_information_during_call=False))
    on_time = request.judge(sent_on=DAY_15, received_on=DAY_19)
    assert (outcome(on_time).counted, outcome(on_time).timely) == (ResponseDate.SENT, True)
    assert str(on_time.reasons[0]).startswith("Sent on day 15 ")
    monkeypatch.setattr(Readings.sent_evidence, "value", "received")
    late = request.judge(sent_on=DAY_15, received_on=DAY_19)
    assert (outcome(late).counted, outcome(late).day, outcome(late).timely) == (ResponseDate.RECEIVED, 19, False)
    assert str(late.reasons[0]).startswith("Received on day 19, ")


def test_filed_means_received_as_the_register_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def affirmed() -> AffirmationOutcome:
        return outcome(affirmation_outcome(MONDAY, sent_on=DAY_15, received_on=DAY_16)).status

    def perfected() -> SignaturePerfectionOutcome:
        return outcome(unsigned_request_outcome(HearingKind.CDP, MONDAY, sent_on=DAY_15, received_on=DAY_16)).status

    assert Readings.filed_means.value == "received"
    assert (affirmed(), perfected()) == (
        AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER,
        SignaturePerfectionOutcome.MAY_QUALIFY_FOR_EQUIVALENT_HEARING,
    )
    monkeypatch.setattr(Readings.filed_means, "value", "sent")
    assert (affirmed(), perfected()) == (AffirmationOutcome.AFFIRMED, SignaturePerfectionOutcome.TREATED_AS_TIMELY)
    with pytest.raises(DayCountError) as error:
        affirmation_outcome(MONDAY, received_on=DAY_15)
    assert error.value.code == "date_of_act_missing"


def test_an_unsigned_equivalent_hearing_request_follows_the_cdp_procedure_as_the_register_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unsigned = a_request(kind=HearingKind.EQUIVALENT)
    secured = check_signatures(unsigned, on=MONDAY)
    assert outcome(secured).action is SignatureAction.SECURE_SIGNATURE_BY_PHONE
    assert secured.codes == (
        "unsigned_secure_by_phone",
        "eh_unsigned_follows_cdp_procedure",
        "offer_if_available_struck",
    )
    perfected = unsigned_request_outcome(HearingKind.EQUIVALENT, MONDAY, received_on=DAY_15)
    assert outcome(perfected).status is SignaturePerfectionOutcome.TREATED_AS_TIMELY
    assert perfected.codes == ("eh_unsigned_follows_cdp_procedure", "filed_within_period", "perfected_in_time")
    never = unsigned_request_outcome(HearingKind.EQUIVALENT, MONDAY)
    assert never.codes == ("eh_unsigned_follows_cdp_procedure", "not_perfected")
    monkeypatch.setattr(Readings.unsigned_applies_to_equivalent, "value", False)
    refused = check_signatures(unsigned, on=MONDAY)
    assert (outcome(refused).action, refused.codes) == (SignatureAction.NOT_PROCESSABLE, ("unsigned_not_processable",))
    late = unsigned_request_outcome(HearingKind.EQUIVALENT, MONDAY, received_on=DAY_15)
    assert (outcome(late).status, outcome(late).day, late.codes) == (
        SignaturePerfectionOutcome.NOT_PROCESSABLE,
        None,
        ("unsigned_not_processable",),
    )
    cdp = check_signatures(a_request(), on=MONDAY)  # the CDP procedure is the text's, whatever the reading
    assert outcome(cdp).action is SignatureAction.SECURE_SIGNATURE_BY_PHONE


def test_extenuating_circumstances_extend_the_affirmation_as_the_register_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def late_with_circumstances() -> AffirmationOutcome:
        return outcome(affirmation_outcome(MONDAY, received_on=DAY_16, extenuating_circumstances=True)).status

    assert Readings.extenuating_applies_to.value == signatures.EXTENUATING_EXTENDS_AFFIRMATION == "affirmation"
    assert late_with_circumstances() is AffirmationOutcome.ADDITIONAL_TIME
    monkeypatch.setattr(Readings.extenuating_applies_to, "value", "unsigned request")
    assert late_with_circumstances() is AffirmationOutcome.DENIED_FOR_NON_SIGNING_TAXPAYER


def test_the_struck_if_available_leaves_the_offer_unconditional_as_the_register_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def perfection() -> Decision[Any]:
        return request_perfection(HearingKind.CDP, MONDAY, has_information_during_call=True, tools_available=False)

    def signature_call() -> tuple[Channel, ...]:
        return outcome(check_signatures(a_request(), on=MONDAY, tools_available=False)).offered_channels

    both = (Channel.EEFAX, Channel.DUT)
    assert Readings.if_available_struck.value == phone.OFFER_UNCONDITIONALLY
    assert (outcome(perfection()).offered_during_call, signature_call()) == (both, both)
    assert offered_during_call(both, tools_available=False) == both
    monkeypatch.setattr(Readings.if_available_struck, "value", "offer if available")
    assert (outcome(perfection()).offered_during_call, signature_call()) == ((), ())
    assert perfection().codes == ("one_call_attempt_15_days", "offer_if_available_struck")
    assert offered_during_call(both, tools_available=True) == both


def test_each_reason_names_the_readings_it_rests_on() -> None:
    counting = ("day_zero", "weekend_extends", "period_past_expiration")
    assert days.Why.sent_within_period.readings == ("sent_evidence", *counting)
    assert days.Why.filed_after_period.readings == ("filed_means", *counting)
    assert phone.Why.offer_if_available_struck.readings == ("if_available_struck",)
    assert phone.Why.one_call_attempt_15_days.readings == counting
    assert signatures.Why.eh_not_perfected_in_time.readings == (
        "unsigned_applies_to_equivalent",
        "extenuating_applies_to",
    )
    assert signatures.Why.extenuating_circumstances.readings == ("extenuating_applies_to",)
    [reason] = check_signatures(a_request(), on=MONDAY).reasons[1:]
    assert reason.readings == ("if_available_struck",)


# --- Force: each reason quotes its paragraph's own word ---------------------------------------

CATALOGUES: tuple[type[Catalogue], ...] = (days.Why, channels.Why, phone.Why, signatures.Why)

FACTS = {
    # A count's result: the period's reasons state which day the act fell on.
    "sent_within_period",
    "sent_after_period",
    "filed_within_period",
    "filed_after_period",
    # What the current text lists, or what the memorandum struck.
    "cdp_fax_number_struck",
    "cdp_channel_not_listed",
    "eh_eefax_struck",
    "eh_channel_not_listed",
    "offer_if_available_struck",
    # The reading applied, the affirmation filed in time, and the condition not met ("if so").
    "eh_unsigned_follows_cdp_procedure",
    "affirmed_in_time",
    "signing_spouse_only",
}
"""The reasons that state a fact rather than a duty or a permission, and so carry no word of force."""


def test_every_reason_of_a_duty_or_permission_quotes_the_word_of_force_of_each_paragraph_it_may_cite() -> None:
    texts = paragraph_texts()
    for catalogue in CATALOGUES:
        for spec in catalogue.specs:
            if spec.code in FACTS:
                assert spec.forces == {}, spec
                continue
            assert set(spec.forces) == set(spec.paragraphs), f"{spec}: a word of force for every paragraph it cites"
            for paragraph, word in spec.forces.items():
                assert word in texts[paragraph], f"{spec}: {word!r} is not in the text of {paragraph}"


def test_the_offer_during_the_call_carries_each_paragraphs_own_word() -> None:
    cdp = request_perfection(HearingKind.CDP, MONDAY, has_information_during_call=True)
    other = request_other_information(MONDAY, has_information_during_call=True)
    assert [(r.code, r.force) for r in cdp.reasons] == [
        ("one_call_attempt_15_days", "Make one phone call attempt"),
        ("offer_eefax_or_dut", "offer them the options"),
        ("offer_if_available_struck", None),
    ]
    assert [(r.code, r.force) for r in other.reasons] == [
        ("one_call_attempt_15_days", "Make one phone call attempt"),
        ("offer_eefax_or_dut", "offer them the option"),
    ]


# --- Word for word --------------------------------------------------------------------------
# The tests above assert on reason codes, so that a reworded sentence never breaks a rule. The
# sentences are published all the same, so each is pinned here, once, with its code, the
# paragraph it cites and its word of force.


def said(reasons: tuple[Reason, ...]) -> list[tuple[str, str, str | None]]:
    return [(reason.code, str(reason), reason.force) for reason in reasons]


def test_what_the_channels_and_the_advice_say_word_for_word() -> None:
    dut_and_eefax = (
        "cdp_dut_eefax_acceptable",
        "DUT and Eefax are acceptable for requesting the appeal; see IRM 5.19.8.4(4) (IRM 5.19.8.4.2(5))",
        "are acceptable",
    )
    assert said(advise_hearing_request(on=MONDAY).reasons) == [
        (
            "use_form_12153",
            "Advise the taxpayer to use Form 12153, Request for Collection Due Process or Equivalent Hearing, to "
            "request the appeal (IRM 5.19.8.4.2(5))",
            "Advise",
        ),
        dut_and_eefax,
    ]
    assert said(hearing_request_channel(HearingKind.CDP, Channel.DUT, on=MONDAY).reasons) == [dut_and_eefax]
    struck = (
        "cdp_fax_number_struck",
        "The sentence that let the taxpayer request the fax number of the appropriate office from these toll-free "
        "numbers is struck: the paragraph no longer tells the taxpayer they may (IRM 5.19.8.4.2(7))",
        None,
    )
    assert said(hearing_request_channel(HearingKind.CDP, Channel.FAX, on=MONDAY).reasons) == [struck]
    to_notice = (
        "cdp_mail_to_notice_address",
        "The taxpayer must send mail the request for the CDP hearing to the address shown on the lien or levy notice "
        "(IRM 5.19.8.4.2(7))",
        "must send mail",
    )
    assert said(hearing_request_channel(HearingKind.CDP, Channel.POSTAL_MAIL, on=MONDAY).reasons) == [to_notice]
    assert said(mailing_instruction(notice_shows_address=True, on=MONDAY).reasons) == [to_notice, struck]
    assert said(mailing_instruction(notice_shows_address=False, on=MONDAY).reasons) == [
        (
            "cdp_address_by_toll_free_call",
            "The address is not on the notice: the taxpayer should obtain it by calling the toll-free number on the "
            "notice or 1-800-829-1040, providing the TIN, EIN, or ITIN (IRM 5.19.8.4.2(7))",
            "should obtain",
        ),
        struck,
    ]
    assert said(hearing_request_channel(HearingKind.CDP, Channel.LIVE_CHATBOT, on=MONDAY).reasons) == [
        (
            "cdp_channel_not_listed",
            "The changed paragraphs list mail, the DUT and Eefax for a CDP hearing request, not live chatbot "
            "(IRM 5.19.8.4.2(5))",
            None,
        )
    ]
    assert said(hearing_request_channel(HearingKind.EQUIVALENT, Channel.DUT, on=MONDAY).reasons) == [
        (
            "eh_dut_acceptable",
            "A request for an equivalent hearing can be submitted via Document Upload Tool (DUT) (IRM 5.19.8.4.3(9))",
            "can be submitted",
        )
    ]
    assert said(hearing_request_channel(HearingKind.EQUIVALENT, Channel.EEFAX, on=MONDAY).reasons) == [
        (
            "eh_eefax_struck",
            "'Eefax or' is struck: Eefax is no longer listed for submitting an equivalent hearing request "
            "(IRM 5.19.8.4.3(9))",
            None,
        )
    ]
    assert said(hearing_request_channel(HearingKind.EQUIVALENT, Channel.POSTAL_MAIL, on=MONDAY).reasons) == [
        (
            "eh_channel_not_listed",
            "The changed paragraph lists only the DUT for an equivalent hearing request, not postal mail "
            "(IRM 5.19.8.4.3(9))",
            None,
        )
    ]
    assert said(equivalent_hearing_received_date(MONDAY, dated_on=MONDAY).reasons) == [
        (
            "transmission_date_is_received_date",
            "The transmission date will be the received date (IRM 5.19.8.4.3(9))",
            "will be the received date",
        ),
        (
            "retain_transmittal_sheet",
            "Retain the transmittal sheet along with the hearing request (IRM 5.19.8.4.3(9))",
            "Retain",
        ),
    ]


def test_what_a_request_by_phone_says_word_for_word() -> None:
    one_call = "Make 1 phone call attempt and ask that the information be sent within 15 calendar days: by 2026-03-17"
    offer = (
        "The taxpayer is able to provide the information during the call: offer them the option to submit it by "
        "EEFax or Document Upload Tool (DUT)"
    )
    struck = "'if available' is struck from this paragraph"
    make = "Make one phone call attempt"
    assert said(request_perfection(HearingKind.CDP, MONDAY, has_information_during_call=True).reasons) == [
        ("one_call_attempt_15_days", f"{one_call} (IRM 5.19.8.4.7.3(1))", make),
        ("offer_eefax_or_dut", f"{offer} (IRM 5.19.8.4.2.2(10))", "offer them the options"),
        ("offer_if_available_struck", f"{struck} (IRM 5.19.8.4.2.2(10))", None),
    ]
    assert said(request_perfection(HearingKind.EQUIVALENT, MONDAY, has_information_during_call=True).reasons) == [
        ("one_call_attempt_15_days", f"{one_call} (IRM 5.19.8.4.7.3(1))", make),
        ("offer_eefax_or_dut", f"{offer} (IRM 5.19.8.4.3.2(4))", "offer them the options"),
        ("offer_if_available_struck", f"{struck} (IRM 5.19.8.4.3.2(4))", None),
    ]
    assert said(request_other_information(MONDAY, has_information_during_call=True).reasons) == [
        ("one_call_attempt_15_days", f"{one_call} (IRM 5.19.8.4.7.5(7))", make),
        ("offer_eefax_or_dut", f"{offer} (IRM 5.19.8.4.7.5(7))", "offer them the option"),
    ]


def test_what_a_period_says_of_the_date_it_counted_word_for_word() -> None:
    request = outcome(request_other_information(MONDAY, has_information_during_call=False))
    assert said(request.judge(sent_on=DAY_15, received_on=DAY_19).reasons) == [
        (
            "sent_within_period",
            "Sent on day 15 of the 15 calendar days allowed (due 2026-03-17) (IRM 5.19.8.4.7.5(7))",
            None,
        )
    ]
    assert said(request.judge(sent_on=DAY_16).reasons) == [
        (
            "sent_after_period",
            "Sent on day 16, after the 15 calendar days allowed ended on 2026-03-17 (IRM 5.19.8.4.7.5(7))",
            None,
        )
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
                "contact the taxpayer by phone",
            ),
            ("offer_if_available_struck", "'if available' is struck from this paragraph (IRM 5.19.8.4.7.4(1))", None),
        ],
        [
            (
                "unsigned_not_processable",
                "A CDP or equivalent hearing request cannot be processed unless it is signed (IRM 5.19.8.4.7.4(1))",
                "cannot be processed unless it is signed",
            )
        ],
        [
            (
                "signed_without_poa",
                "Signed by the spouse or someone without a Power of Attorney: contact the taxpayer and request the "
                "filing within 15 calendar days, a written, signed statement affirming that the request was originally "
                "submitted on the taxpayer's behalf (IRM 5.19.8.4.7.4(1))",
                "contact the taxpayer and request the filing",
            )
        ],
        [
            (
                "joint_one_signature",
                "On a joint liability only one spouse's signature is present: contact the taxpayer to clarify whether "
                "the request is for both spouses and if so, to obtain the missing signature (IRM 5.19.8.4.7.4(1))",
                "contact the taxpayer to clarify",
            )
        ],
        [
            (
                "signed",
                "Signed by the taxpayer or an authorized representative with a valid Form 2848 on file "
                "(IRM 5.19.8.4.7.4(1))",
                "must be signed",
            )
        ],
    ]
    assert said(check_signatures(a_request(kind=HearingKind.EQUIVALENT), on=MONDAY).reasons)[1] == (
        "eh_unsigned_follows_cdp_procedure",
        "The paragraph gives this procedure for an unsigned CDP hearing request; it is applied to an unsigned "
        "equivalent hearing request too (IRM 5.19.8.4.7.4(1))",
        None,
    )
    assert said(clarify_joint_request(for_both_spouses=True, on=MONDAY).reasons) == [
        (
            "obtain_missing_signature",
            "The request is for both spouses: obtain the missing signature (IRM 5.19.8.4.7.4(1))",
            "to obtain the missing signature",
        )
    ]
    assert said(clarify_joint_request(for_both_spouses=False, on=MONDAY).reasons) == [
        (
            "signing_spouse_only",
            "The request is not for both spouses: the paragraph calls for the missing signature only if it is "
            "(IRM 5.19.8.4.7.4(1))",
            None,
        )
    ]


def test_what_a_returned_request_says_word_for_word() -> None:
    assert said(return_for_signature(MONDAY).reasons) == [
        (
            "unsigned_15_days_to_perfect",
            "Unable to secure the signature via EEFAX or DUT: the taxpayer will be given 15 calendar days to perfect "
            "the CDP hearing request, by 2026-03-17 (IRM 5.19.8.4.7.4(1))",
            "will be given 15 calendar days",
        ),
        (
            "circle_received_date",
            "When returning the Form 12153 for signature, circle the IRS received date (IRM 5.19.8.4.7.4(1))",
            "circle the IRS received date",
        ),
    ]


WITHIN = (
    "filed_within_period",
    "Received on day 15 of the 15 calendar days allowed (due 2026-03-17) (IRM 5.19.8.4.7.4(1))",
    None,
)
AFTER = (
    "filed_after_period",
    "Received on day 16, after the 15 calendar days allowed ended on 2026-03-17 (IRM 5.19.8.4.7.4(1))",
    None,
)


@pytest.mark.parametrize(
    ("kind", "perfected_on", "sentences"),
    [
        (
            HearingKind.CDP,
            None,
            [
                (
                    "not_perfected",
                    "The taxpayer did not perfect the hearing request with a signature: it does not meet the "
                    "requirements for a processable CDP or equivalent hearing request (IRM 5.19.8.4.7.4(1))",
                    "does not meet the requirements",
                )
            ],
        ),
        (
            HearingKind.CDP,
            DAY_15,
            [
                WITHIN,
                (
                    "perfected_in_time",
                    "Perfected within the time period: treat the hearing request as filed timely (IRM 5.19.8.4.7.4(1))",
                    "treat the CDP hearing as filed timely",
                ),
            ],
        ),
        (
            HearingKind.CDP,
            DAY_16,
            [
                AFTER,
                (
                    "perfected_late",
                    "The CDP hearing request was perfected after the time period: it may qualify for an equivalent "
                    "hearing (IRM 5.19.8.4.7.4(1))",
                    "may qualify",
                ),
            ],
        ),
        (
            HearingKind.EQUIVALENT,
            DAY_16,
            [
                (
                    "eh_unsigned_follows_cdp_procedure",
                    "The paragraph gives this procedure for an unsigned CDP hearing request; it is applied to an "
                    "unsigned equivalent hearing request too (IRM 5.19.8.4.7.4(1))",
                    None,
                ),
                AFTER,
                (
                    "eh_not_perfected_in_time",
                    "The equivalent hearing request was not perfected within the time period: it does not meet the "
                    "requirements for a processable hearing request (IRM 5.19.8.4.7.4(1))",
                    "does not meet the requirements",
                ),
            ],
        ),
    ],
)
def test_what_the_outcome_of_a_returned_request_says_word_for_word(
    kind: HearingKind, perfected_on: date | None, sentences: list[tuple[str, str, str | None]]
) -> None:
    assert said(unsigned_request_outcome(kind, MONDAY, received_on=perfected_on).reasons) == sentences


@pytest.mark.parametrize(
    ("affirmed_on", "extenuating", "sentences"),
    [
        (
            DAY_15,
            False,
            [
                WITHIN,
                (
                    "affirmed_in_time",
                    "The affirmation that the request was submitted on the taxpayer's behalf was filed within 15 "
                    "calendar days (IRM 5.19.8.4.7.4(1))",
                    None,
                ),
            ],
        ),
        (
            DAY_16,
            True,
            [
                AFTER,
                (
                    "extenuating_circumstances",
                    "Allow additional time: the taxpayer demonstrates that the lack of response was due to extenuating "
                    "circumstances (IRM 5.19.8.4.7.4(1))",
                    "Allow additional time",
                ),
            ],
        ),
        (
            None,
            False,
            [
                (
                    "affirmation_not_filed",
                    "The affirmation was not filed within 15 calendar days of the request: the CDP request will be "
                    "denied with respect to the non-signing taxpayer (IRM 5.19.8.4.7.4(1))",
                    "will be denied",
                )
            ],
        ),
    ],
)
def test_what_the_outcome_of_an_affirmation_says_word_for_word(
    affirmed_on: date | None, extenuating: bool, sentences: list[tuple[str, str, str | None]]
) -> None:
    result = affirmation_outcome(MONDAY, received_on=affirmed_on, extenuating_circumstances=extenuating)
    assert said(result.reasons) == sentences
