"""Withholding compliance: telephone before correspondence, verifications, digital tools before mail."""

from __future__ import annotations

import pytest

from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Reason
from irm_model.withholding import (
    MIN_CALL_ATTEMPTS_BEFORE_CORRESPONDENCE,
    FilingCompliance,
    InsufficientInformationStep,
    VerificationAction,
    WithholdingChannel,
    information_insufficient,
    pal_verification,
    speaking_to_taxpayer,
    statutory_employee_verification,
    verification_plan,
)

CALCULATING = ParagraphId.parse("IRM 5.19.11.7.1.2(2)")
EEFAX, FAX, DUT, MAIL = (
    WithholdingChannel.EEFAX,
    WithholdingChannel.FAX,
    WithholdingChannel.DUT,
    WithholdingChannel.MAIL,
)


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
    decision = information_insufficient(call_attempts=attempts)
    assert decision.step is step
    assert [(r.code, r.paragraph) for r in decision.reasons] == [(code, CALCULATING)]
    assert MIN_CALL_ATTEMPTS_BEFORE_CORRESPONDENCE == 1


def test_attempts_cannot_be_negative() -> None:
    with pytest.raises(ValueError, match=r"^call_attempts cannot be negative$"):
        information_insufficient(call_attempts=-1)


def test_speaking_to_the_taxpayer_the_calculation_is_completed_without_a_written_form() -> None:
    decision = speaking_to_taxpayer()
    assert decision.complete_now
    assert not decision.written_form_required
    assert [r.code for r in decision.reasons] == ["complete_during_call", "no_written_form"]


def test_a_current_filer_is_compared_researched_discussed_and_documented() -> None:
    plan = verification_plan(FilingCompliance.CURRENT)
    assert plan.actions == (
        VerificationAction.COMPARE_TO_LAST_RETURN,
        VerificationAction.RESEARCH_RTVUE_IRPTR,
        VerificationAction.RESOLVE_DISCREPANCIES,
        VerificationAction.DOCUMENT_EXPLANATION,
    )
    assert plan.copy_options is None
    assert [r.code for r in plan.reasons] == ["current_filer_compare_research_document"]


def test_a_nonfiler_files_the_original_by_authorized_means_and_sends_a_copy_digital_first() -> None:
    plan = verification_plan(FilingCompliance.NONFILER)
    assert plan.actions[0] is VerificationAction.EXPLAIN_RETURN_VERIFIES
    assert plan.copy_options is not None
    assert plan.copy_options.in_offer_order == (EEFAX, DUT, MAIL)
    assert [(r.code, str(r.paragraph)) for r in plan.reasons] == [
        ("nonfiler_return_verifies", "IRM 5.19.11.7.1.2(2)"),
        ("original_return_by_authorized_means", "SBSE-05-0126-0020(3)"),
        ("digital_before_postal", "IRM 5.19.11.7.1.2(2)"),
    ]


@pytest.mark.parametrize(
    ("offered", "allowed", "missing"),
    [((), False, (EEFAX, DUT)), ((EEFAX,), False, (DUT,)), ((DUT,), False, (EEFAX,)), ((EEFAX, DUT), True, ())],
)
def test_mail_may_be_offered_only_once_every_digital_tool_has_been(
    offered: tuple[WithholdingChannel, ...], allowed: bool, missing: tuple[WithholdingChannel, ...]
) -> None:
    options = pal_verification(information_on_pal=False).options
    assert options is not None
    offer = options.may_offer_mail(offered)
    assert offer.allowed is allowed
    assert offer.digital_not_yet_offered == missing
    assert [r.code for r in offer.reasons] == ["digital_offered_first" if allowed else "digital_before_postal"]


def test_information_not_on_the_pal_is_verified_by_the_employer_with_the_form_w2c() -> None:
    verification = pal_verification(information_on_pal=False)
    assert verification.required
    assert verification.confirming == "the correct wages and withholding"
    assert verification.enclosures == ("a copy of the corrected Form W-2c, Corrected Wage and Tax Statement",)
    assert not verification.on_employer_letterhead
    assert verification.options is not None
    assert verification.options.in_offer_order == (EEFAX, DUT, MAIL)
    assert {r.paragraph for r in verification.reasons} == {ParagraphId.parse("IRM 5.19.11.10.1(5)")}


def test_a_statutory_employee_without_the_indicator_needs_the_employer_on_letterhead() -> None:
    verification = statutory_employee_verification(indicator_present=False)
    assert verification.required
    assert verification.on_employer_letterhead
    assert verification.confirming == "the taxpayer's status as a statutory employee"
    assert verification.options is not None
    assert verification.options.in_offer_order == (FAX, DUT, MAIL)
    assert {r.paragraph for r in verification.reasons} == {ParagraphId.parse("IRM 5.19.11.10.12(5)")}


def test_the_paragraphs_ask_for_nothing_when_their_condition_does_not_hold() -> None:
    for verification in (
        pal_verification(information_on_pal=True),
        statutory_employee_verification(indicator_present=True),
    ):
        assert not verification.required
        assert (verification.confirming, verification.on_employer_letterhead, verification.enclosures) == (
            "",
            False,
            (),
        )
        assert verification.options is None
        assert [r.code for r in verification.reasons] == ["verification_not_required_here"]


# --- Word for word --------------------------------------------------------------------------
# The tests above assert on reason codes, so that a reworded sentence never breaks a rule. The
# sentences are published all the same, so each is pinned here, once, with its code and the
# paragraph it cites.


def said(reasons: tuple[Reason, ...]) -> list[tuple[str, str]]:
    return [(reason.code, str(reason)) for reason in reasons]


def test_what_telephoning_and_calculating_say_word_for_word() -> None:
    assert said(information_insufficient(call_attempts=0).reasons) == [
        (
            "phone_before_correspondence",
            "Make at least one attempt to reach the taxpayer by telephone before initiating correspondence "
            "(IRM 5.19.11.7.1.2(2))",
        )
    ]
    assert said(information_insufficient(call_attempts=2).reasons) == [
        ("phone_attempted", "2 telephone attempt(s) made: correspondence may be initiated (IRM 5.19.11.7.1.2(2))")
    ]
    assert said(speaking_to_taxpayer().reasons) == [
        ("complete_during_call", "Complete the calculation at that time (IRM 5.19.11.7.1.2(2))"),
        (
            "no_written_form",
            "It is not necessary for the taxpayer to submit the form in writing (IRM 5.19.11.7.1.2(2))",
        ),
    ]


def test_what_a_verification_plan_says_word_for_word() -> None:
    assert said(verification_plan(FilingCompliance.CURRENT).reasons) == [
        (
            "current_filer_compare_research_document",
            "The taxpayer is current in filing: compare to the last return filed, research using CC RTVUE and CC "
            "IRPTR, resolve significant discrepancies and document the explanation (IRM 5.19.11.7.1.2(2))",
        )
    ]
    assert said(verification_plan(FilingCompliance.NONFILER).reasons) == [
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
            "digital_before_postal",
            "The copy may come by Eefax, DUT or mail: you must offer digital tools before postal mail "
            "(IRM 5.19.11.7.1.2(2))",
        ),
    ]


def test_what_a_request_for_written_verification_says_word_for_word() -> None:
    assert said(pal_verification(information_on_pal=False).reasons) == [
        (
            "employer_verification_with_w2c",
            "The information is not on the PAL: request written verification from the employer as to the correct "
            "wages and withholding, including a copy of the corrected Form W-2c (IRM 5.19.11.10.1(5))",
        ),
        (
            "digital_before_postal",
            "It may come by Eefax, DUT or mail: you must offer digital tools before postal mail (IRM 5.19.11.10.1(5))",
        ),
    ]
    assert said(pal_verification(information_on_pal=True).reasons) == [
        (
            "verification_not_required_here",
            "The information is on the PAL, so paragraph (5) asks for no verification (IRM 5.19.11.10.1(5))",
        )
    ]
    assert said(statutory_employee_verification(indicator_present=False).reasons) == [
        (
            "employer_letterhead_verification",
            "The indicator is not present: we need written verification from that employer (on employer letterhead) "
            "confirming the taxpayer's status as a statutory employee (IRM 5.19.11.10.12(5))",
        ),
        (
            "digital_before_postal",
            "Provide the fax number, mailing address and DUT options: you must offer digital tools before postal mail "
            "(IRM 5.19.11.10.12(5))",
        ),
    ]
    assert said(statutory_employee_verification(indicator_present=True).reasons) == [
        (
            "verification_not_required_here",
            "The statutory employee indicator is present, so paragraph (5) asks for no verification "
            "(IRM 5.19.11.10.12(5))",
        )
    ]


def test_what_the_offer_of_mail_says_word_for_word() -> None:
    options = pal_verification(information_on_pal=False).options
    assert options is not None
    assert said(options.may_offer_mail(()).reasons) == [
        (
            "digital_before_postal",
            "You must offer digital tools before postal mail response options; not yet offered: Eefax, DUT "
            "(IRM 5.19.11.10.1(5))",
        )
    ]
    assert said(options.may_offer_mail((EEFAX, DUT)).reasons) == [
        (
            "digital_offered_first",
            "Every digital tool has been offered, so postal mail may be offered (IRM 5.19.11.10.1(5))",
        )
    ]
