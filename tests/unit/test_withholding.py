"""Withholding compliance: telephone before correspondence, verifications, digital tools before mail."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from irm_model.contact import Answer, Party, Severity, may_offer_postal_mail, review_contact
from irm_model.errors import IrmError
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Decision, Reason
from irm_model.tools import Channel
from irm_model.withholding import (
    MIN_CALL_ATTEMPTS_BEFORE_CORRESPONDENCE,
    CalculationDuringCall,
    FilingCompliance,
    InsufficientInformationStep,
    ResponseOptions,
    VerificationAction,
    VerificationPlan,
    WrittenVerification,
    information_insufficient,
    pal_verification,
    speaking_to_taxpayer,
    statutory_employee_verification,
    verification_plan,
)

ON = date(2026, 3, 2)
BEFORE = date(2026, 1, 25)
CALCULATING = ParagraphId.parse("IRM 5.19.11.7.1.2(2)")
EEFAX, FAX, DUT, MAIL = Channel.EEFAX, Channel.FAX, Channel.DUT, Channel.POSTAL_MAIL


def plan_for(filing: FilingCompliance) -> tuple[VerificationPlan, Decision[VerificationPlan]]:
    decision = verification_plan(filing, on=ON)
    assert decision.outcome is not None
    return decision.outcome, decision


def verification(decision: Decision[WrittenVerification]) -> WrittenVerification:
    assert decision.outcome is not None
    return decision.outcome


def pal_options() -> ResponseOptions:
    options = verification(pal_verification(information_on_pal=False, on=ON)).options
    assert options is not None
    return options


@pytest.mark.parametrize(
    ("attempts", "step", "code"),
    [
        (0, InsufficientInformationStep.TELEPHONE, "phone_before_correspondence"),
        (1, InsufficientInformationStep.CORRESPONDENCE_MAY_BE_INITIATED, "phone_attempted"),
        (3, InsufficientInformationStep.CORRESPONDENCE_MAY_BE_INITIATED, "phone_attempted"),
    ],
)
def test_at_least_one_telephone_attempt_comes_before_correspondence(
    attempts: int, step: InsufficientInformationStep, code: str
) -> None:
    decision = information_insufficient(call_attempts=attempts, on=ON)
    assert decision.outcome is step
    assert [(r.code, r.paragraph) for r in decision.reasons] == [(code, CALCULATING)]
    assert decision.rule == "irm_model.withholding.information_insufficient"
    assert MIN_CALL_ATTEMPTS_BEFORE_CORRESPONDENCE == 1


def test_attempts_cannot_be_negative() -> None:
    with pytest.raises(IrmError, match=r"^call_attempts cannot be negative$") as error:
        information_insufficient(call_attempts=-1, on=ON)
    assert error.value.code == "call_attempts_negative"


def test_speaking_to_the_taxpayer_the_calculation_is_completed_without_a_written_form() -> None:
    decision = speaking_to_taxpayer(on=ON)
    assert decision.outcome == CalculationDuringCall(complete_now=True, written_form_required=False)
    assert decision.codes == ("complete_during_call", "no_written_form")


def test_a_current_filer_is_compared_researched_discussed_and_documented() -> None:
    plan, decision = plan_for(FilingCompliance.CURRENT)
    assert plan.actions == (
        VerificationAction.COMPARE_TO_LAST_RETURN,
        VerificationAction.RESEARCH_RTVUE_IRPTR,
        VerificationAction.RESOLVE_DISCREPANCIES,
        VerificationAction.DOCUMENT_EXPLANATION,
    )
    assert plan.copy_options is None
    assert decision.codes == ("current_filer_compare_research_document",)


def test_a_nonfiler_files_the_original_by_authorized_means_and_sends_a_copy_digital_first() -> None:
    plan, decision = plan_for(FilingCompliance.NONFILER)
    assert plan.actions[0] is VerificationAction.EXPLAIN_RETURN_VERIFIES
    assert plan.copy_options is not None
    assert plan.copy_options.in_offer_order == (EEFAX, DUT, MAIL)
    assert [(r.code, str(r.paragraph)) for r in decision.reasons] == [
        ("nonfiler_return_verifies", "IRM 5.19.11.7.1.2(2)"),
        ("original_return_by_authorized_means", "SBSE-05-0126-0020(3)"),
        ("offer_digital_options_first", "IRM 5.19.11.7.1.2(2)"),
    ]


def test_whether_mail_may_be_offered_is_the_contact_rule_on_the_options() -> None:
    contact = pal_options().contact(ON)
    assert (str(contact.program), contact.available) == ("IRM 5.19.11.10.1(5)", (EEFAX, DUT))
    assert pal_options().contact(ON, Party.REPRESENTATIVE).party is Party.REPRESENTATIVE
    assert may_offer_postal_mail(contact).outcome is False
    assert may_offer_postal_mail(contact).codes == ("digital_not_yet_offered",)
    assert [r.force for r in may_offer_postal_mail(contact).reasons] == [
        "must offer digital tools before",
        "should be the last resort",
    ]
    offered = contact.offer(EEFAX).offer(DUT)
    assert may_offer_postal_mail(offered).codes == ("digital_not_yet_declined",), "offered is not yet declined"
    assert may_offer_postal_mail(offered).cites == (ParagraphId.parse("SBSE-05-0126-0020(2)"),)
    declined = offered.answer(EEFAX, Answer.WILL_NOT_USE).answer(DUT, Answer.CANNOT_USE)
    assert may_offer_postal_mail(declined).outcome is True


def test_mail_after_the_dut_was_accepted_meets_this_paragraph_but_departs_from_procedural_change_2() -> None:
    accepted = pal_options().contact(ON).offer(DUT).answer(DUT, Answer.ACCEPTED).offer(EEFAX)
    mailed = accepted.offer_postal_mail().document_choice()
    review = review_contact(mailed).outcome
    assert review is not None
    assert [(f.code, f.severity) for f in review.findings] == [("postal_mail_after_accepted", Severity.DEVIATION)]
    assert [str(r.paragraph) for r in review.findings[0].reasons] == ["SBSE-05-0126-0020(2)"]


def test_fax_is_a_digital_option_of_the_statutory_employee_paragraph_as_the_register_reads_it() -> None:
    options = statutory_employee_verification(indicator_present=False, on=ON).outcome
    assert options is not None
    assert options.options is not None
    assert options.options.contact(ON).digital_options == (Channel.FAX, DUT)


def test_information_not_on_the_pal_is_verified_by_the_employer_with_the_form_w2c() -> None:
    decision = pal_verification(information_on_pal=False, on=ON)
    asked = verification(decision)
    assert asked.required
    assert asked.confirming == "the correct wages and withholding"
    assert asked.enclosures == ("a copy of the corrected Form W-2c, Corrected Wage and Tax Statement",)
    assert not asked.on_employer_letterhead
    assert asked.options is not None
    assert asked.options.in_offer_order == (EEFAX, DUT, MAIL)
    assert decision.cites == (ParagraphId.parse("IRM 5.19.11.10.1(5)"),)


def test_a_statutory_employee_without_the_indicator_needs_the_employer_on_letterhead() -> None:
    decision = statutory_employee_verification(indicator_present=False, on=ON)
    asked = verification(decision)
    assert asked.required
    assert asked.on_employer_letterhead
    assert asked.confirming == "the taxpayer's status as a statutory employee"
    assert asked.options is not None
    assert asked.options.in_offer_order == (FAX, DUT, MAIL)
    assert decision.cites == (ParagraphId.parse("IRM 5.19.11.10.12(5)"),)


@pytest.mark.parametrize(
    ("decision", "code"),
    [
        (pal_verification(information_on_pal=True, on=ON), "on_pal_nothing_to_verify"),
        (statutory_employee_verification(indicator_present=True, on=ON), "indicator_present_nothing_to_verify"),
    ],
)
def test_the_paragraphs_ask_for_nothing_when_their_condition_does_not_hold(
    decision: Decision[WrittenVerification], code: str
) -> None:
    asked = verification(decision)
    assert not asked.required
    assert (asked.confirming, asked.on_employer_letterhead, asked.enclosures) == ("", False, ())
    assert asked.options is None
    assert decision.codes == (code,)


@pytest.mark.parametrize(
    ("rule", "args", "kwargs"),
    [
        (information_insufficient, (), {"call_attempts": 0}),
        (speaking_to_taxpayer, (), {}),
        (verification_plan, (FilingCompliance.NONFILER,), {}),
        (pal_verification, (), {"information_on_pal": False}),
        (statutory_employee_verification, (), {"indicator_present": False}),
    ],
    ids=[
        "information_insufficient",
        "speaking_to_taxpayer",
        "verification_plan",
        "pal_verification",
        "statutory_employee_verification",
    ],
)
def test_each_rule_answers_not_in_force_the_day_before_the_guidance_takes_effect(
    rule: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    decision = rule(*args, **kwargs, on=BEFORE)
    assert not decision.applies
    assert decision.outcome is None
    assert decision.codes == ("guidance_not_yet_effective",)


# --- Word for word --------------------------------------------------------------------------
# The tests above assert on reason codes, so that a reworded sentence never breaks a rule. The
# sentences are published all the same, so each is pinned here, once, with its code and the
# paragraph it cites.


def said(reasons: tuple[Reason, ...]) -> list[tuple[str, str]]:
    return [(reason.code, str(reason)) for reason in reasons]


def test_what_telephoning_and_calculating_say_word_for_word() -> None:
    assert said(information_insufficient(call_attempts=0, on=ON).reasons) == [
        (
            "phone_before_correspondence",
            "Make at least one attempt to reach the taxpayer by telephone before initiating correspondence "
            "(IRM 5.19.11.7.1.2(2))",
        )
    ]
    assert said(information_insufficient(call_attempts=2, on=ON).reasons) == [
        ("phone_attempted", "2 telephone attempt(s) made: correspondence may be initiated (IRM 5.19.11.7.1.2(2))")
    ]
    assert said(speaking_to_taxpayer(on=ON).reasons) == [
        ("complete_during_call", "Complete the calculation at that time (IRM 5.19.11.7.1.2(2))"),
        (
            "no_written_form",
            "It is not necessary for the taxpayer to submit the form in writing (IRM 5.19.11.7.1.2(2))",
        ),
    ]


def test_what_a_verification_plan_says_word_for_word() -> None:
    assert said(verification_plan(FilingCompliance.CURRENT, on=ON).reasons) == [
        (
            "current_filer_compare_research_document",
            "The taxpayer is current in filing: compare to the last return filed, research using CC RTVUE and CC "
            "IRPTR, resolve significant discrepancies and document the explanation (IRM 5.19.11.7.1.2(2))",
        )
    ]
    assert said(verification_plan(FilingCompliance.NONFILER, on=ON).reasons) == [
        (
            "nonfiler_return_verifies",
            "The taxpayer is a nonfiler: submission of the tax return will provide sufficient verification "
            "(IRM 5.19.11.7.1.2(2))",
        ),
        (
            "original_return_by_authorized_means",
            "The original return is filed through authorized means; digital tools carry only the copy "
            "(SBSE-05-0126-0020(3))",
        ),
        (
            "offer_digital_options_first",
            "It may be sent by EEFax, DUT or postal mail: you must offer digital tools before postal mail response "
            "options (IRM 5.19.11.7.1.2(2))",
        ),
    ]


def test_what_a_request_for_written_verification_says_word_for_word() -> None:
    assert said(pal_verification(information_on_pal=False, on=ON).reasons) == [
        (
            "employer_verification_with_w2c",
            "The information is not on the PAL: request written verification from the employer as to the correct "
            "wages and withholding, including a copy of the corrected Form W-2c (IRM 5.19.11.10.1(5))",
        ),
        (
            "offer_digital_options_first",
            "It may be sent by EEFax, DUT or postal mail: you must offer digital tools before postal mail response "
            "options (IRM 5.19.11.10.1(5))",
        ),
    ]
    assert said(pal_verification(information_on_pal=True, on=ON).reasons) == [
        (
            "on_pal_nothing_to_verify",
            "The information is on the PAL, so paragraph (5) asks for no verification (IRM 5.19.11.10.1(5))",
        )
    ]
    assert said(statutory_employee_verification(indicator_present=False, on=ON).reasons) == [
        (
            "employer_letterhead_verification",
            "The indicator is not present: we need written verification from that employer (on employer letterhead) "
            "confirming the taxpayer's status as a statutory employee (IRM 5.19.11.10.12(5))",
        ),
        (
            "offer_digital_options_first",
            "It may be sent by fax, DUT or postal mail: you must offer digital tools before postal mail response "
            "options (IRM 5.19.11.10.12(5))",
        ),
    ]
    assert said(statutory_employee_verification(indicator_present=True, on=ON).reasons) == [
        (
            "indicator_present_nothing_to_verify",
            "The statutory employee indicator is present, so paragraph (5) asks for no verification "
            "(IRM 5.19.11.10.12(5))",
        )
    ]
