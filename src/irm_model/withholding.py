"""Withholding compliance: securing what is needed to calculate a withholding rate, and verifications.

Three paragraphs of IRM 5.19.11 (Withholding Compliance) change:

* IRM 5.19.11.7.1.2(2), Calculating Withholding Rate: at least one phone attempt before
  correspondence; a calculation completed during the call needs no written form; what to check for
  a taxpayer current in filing; what to ask of a nonfiler, whose copy of the return may come by
  Eefax, DUT or mail.
* IRM 5.19.11.10.1(5), Payer Agent List (PAL): information not on the PAL is verified in writing by
  the employer, with a copy of the corrected Form W-2c, by Eefax, DUT or mail.
* IRM 5.19.11.10.12(5), Statutory Employees: without the indicator, the employer confirms the
  status on letterhead; the taxpayer is given the fax number, mailing address and DUT options.

Each ends "You must offer digital tools before postal mail response options":
[`ResponseOptions`][irm_model.withholding.ResponseOptions] keeps the digital channels first and
says when mail may be offered (only once every digital channel has been offered).
"""

from __future__ import annotations

from collections.abc import Collection
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Reason

__all__ = [
    "MIN_CALL_ATTEMPTS_BEFORE_CORRESPONDENCE",
    "CalculationDecision",
    "FilingCompliance",
    "InsufficientInformationDecision",
    "InsufficientInformationStep",
    "MailOffer",
    "ResponseOptions",
    "VerificationAction",
    "VerificationPlan",
    "WithholdingChannel",
    "WrittenVerification",
    "information_insufficient",
    "pal_verification",
    "speaking_to_taxpayer",
    "statutory_employee_verification",
    "verification_plan",
]

_CALCULATING = ParagraphId.parse("IRM 5.19.11.7.1.2(2)")
_PAL = ParagraphId.parse("IRM 5.19.11.10.1(5)")
_STATUTORY = ParagraphId.parse("IRM 5.19.11.10.12(5)")
_AUTHORIZED_MEANS = ParagraphId.memo(3)

MIN_CALL_ATTEMPTS_BEFORE_CORRESPONDENCE = 1
"""'Make at least one attempt to reach the taxpayer by telephone before initiating correspondence':
IRM 5.19.11.7.1.2(2)."""


class WithholdingChannel(StrEnum):
    """A way the taxpayer can send documents to the Withholding Compliance Unit."""

    EEFAX = "Eefax"
    """The Enterprise e-Fax system, a digital tool."""
    FAX = "fax"
    """The appropriate fax number (IRM 5.19.11.10.12(5)); the IRS receives faxes by EEFax, a digital tool."""
    DUT = "DUT"
    """The Document Upload Tool, a digital tool."""
    MAIL = "mail"
    """Postal mail: the last option."""


class MailOffer(BaseModel):
    """Whether postal mail may be offered yet, given the channels offered so far."""

    model_config = ConfigDict(frozen=True)

    allowed: bool
    """Whether mail may be offered now."""
    digital_not_yet_offered: tuple[WithholdingChannel, ...]
    """The digital channels still to offer first."""
    reasons: tuple[Reason, ...]
    """Why, citing the paragraph."""


class ResponseOptions(BaseModel):
    """The ways a paragraph lets the taxpayer respond, digital ones first."""

    model_config = ConfigDict(frozen=True)

    digital: tuple[WithholdingChannel, ...]
    """The digital channels, in the paragraph's order."""
    postal: tuple[WithholdingChannel, ...]
    """The postal channels, offered only after the digital ones."""
    paragraph: ParagraphId
    """The paragraph that lists them and says digital tools come first."""

    @property
    def in_offer_order(self) -> tuple[WithholdingChannel, ...]:
        """Every channel, digital ones first."""
        return self.digital + self.postal

    def may_offer_mail(self, offered: Collection[WithholdingChannel]) -> MailOffer:
        """Whether mail may be offered, once ``offered`` have been: only after every digital channel.

        Args:
            offered: The channels offered to the taxpayer so far.
        """
        missing = tuple(channel for channel in self.digital if channel not in offered)
        if missing:
            reason = Reason(
                code="digital_before_postal",
                paragraph=self.paragraph,
                text="You must offer digital tools before postal mail response options; not yet offered: "
                + ", ".join(channel.value for channel in missing),
            )
        else:
            reason = Reason(
                code="digital_offered_first",
                paragraph=self.paragraph,
                text="Every digital tool has been offered, so postal mail may be offered",
            )
        return MailOffer(allowed=not missing, digital_not_yet_offered=missing, reasons=(reason,))


# --- IRM 5.19.11.7.1.2(2) -------------------------------------------------------------------


class InsufficientInformationStep(StrEnum):
    """What to do when the information sent by correspondence is insufficient to figure the rate."""

    TELEPHONE = "telephone the taxpayer"
    """No phone attempt yet: contact the taxpayer or authorized representative by telephone."""
    CORRESPONDENCE_MAY_BE_INITIATED = "correspondence may be initiated"
    """At least one phone attempt has been made: correspondence may now be initiated."""


class InsufficientInformationDecision(BaseModel):
    """The next step when the information submitted is insufficient."""

    model_config = ConfigDict(frozen=True)

    step: InsufficientInformationStep
    """Telephone first, or correspondence may be initiated."""
    call_attempts: int
    """The phone attempts made so far."""
    reasons: tuple[Reason, ...]
    """Why, citing IRM 5.19.11.7.1.2(2)."""


def information_insufficient(*, call_attempts: int) -> InsufficientInformationDecision:
    """Working correspondence, the information is insufficient to figure the correct withholding rate.

    Args:
        call_attempts: The attempts already made to reach the taxpayer by telephone.

    Returns:
        ``TELEPHONE`` until at least one attempt has been made, then
        ``CORRESPONDENCE_MAY_BE_INITIATED``.
    """
    if call_attempts < 0:
        raise ValueError("call_attempts cannot be negative")
    if call_attempts < MIN_CALL_ATTEMPTS_BEFORE_CORRESPONDENCE:
        step = InsufficientInformationStep.TELEPHONE
        reason = Reason(
            code="phone_before_correspondence",
            paragraph=_CALCULATING,
            text="Make at least one attempt to reach the taxpayer by telephone before initiating correspondence",
        )
    else:
        step = InsufficientInformationStep.CORRESPONDENCE_MAY_BE_INITIATED
        reason = Reason(
            code="phone_attempted",
            paragraph=_CALCULATING,
            text=f"{call_attempts} telephone attempt(s) made: correspondence may be initiated",
        )
    return InsufficientInformationDecision(step=step, call_attempts=call_attempts, reasons=(reason,))


class CalculationDecision(BaseModel):
    """What to do while speaking to the taxpayer."""

    model_config = ConfigDict(frozen=True)

    complete_now: bool
    """Whether to complete the calculation at that time."""
    written_form_required: bool
    """Whether the taxpayer must submit the form in writing."""
    reasons: tuple[Reason, ...]
    """Why, citing IRM 5.19.11.7.1.2(2)."""


def speaking_to_taxpayer() -> CalculationDecision:
    """Speaking to the taxpayer: complete the calculation at that time; no written form is necessary."""
    return CalculationDecision(
        complete_now=True,
        written_form_required=False,
        reasons=(
            Reason(code="complete_during_call", paragraph=_CALCULATING, text="Complete the calculation at that time"),
            Reason(
                code="no_written_form",
                paragraph=_CALCULATING,
                text="It is not necessary for the taxpayer to submit the form in writing",
            ),
        ),
    )


class FilingCompliance(StrEnum):
    """Whether the taxpayer files their returns."""

    CURRENT = "current in filing"
    """The taxpayer is current in filing."""
    NONFILER = "a nonfiler"
    """The taxpayer is a nonfiler."""


class VerificationAction(StrEnum):
    """One thing to do to verify the taxpayer's information, in the paragraph's words."""

    COMPARE_TO_LAST_RETURN = (
        "compare filing status, dependents, income, deductions and credits to the last return filed"
    )
    """Current filer: compare the taxpayer's information to the last return filed."""
    RESEARCH_RTVUE_IRPTR = "research using CC RTVUE and CC IRPTR"
    """Current filer: research with the two command codes."""
    RESOLVE_DISCREPANCIES = "discuss and resolve any significant discrepancies with the taxpayer"
    """Current filer: discuss and resolve significant discrepancies."""
    DOCUMENT_EXPLANATION = "document the explanation in the history"
    """Current filer: document the explanation."""
    EXPLAIN_RETURN_VERIFIES = "explain that submission of the tax return will provide sufficient verification"
    """Nonfiler: the return is the verification."""
    ASK_TO_FILE_ORIGINAL = (
        "ask the taxpayer to file the original return(s) as the Form 1040 instructions or notices say"
    )
    """Nonfiler: the original return is filed through the authorized means."""
    SEND_COPY = "ask for a copy for the Withholding Compliance Unit by Eefax, DUT or mail"
    """Nonfiler: a copy comes to the Withholding Compliance Unit, digital tools offered first."""


class VerificationPlan(BaseModel):
    """How to verify a taxpayer's information before calculating the withholding rate."""

    model_config = ConfigDict(frozen=True)

    filing: FilingCompliance
    """Whether the taxpayer is current in filing or a nonfiler."""
    actions: tuple[VerificationAction, ...]
    """What to do, in order."""
    copy_options: ResponseOptions | None
    """For a nonfiler, how the copy of the return may reach the Withholding Compliance Unit."""
    reasons: tuple[Reason, ...]
    """Why, citing IRM 5.19.11.7.1.2(2) (and, for a nonfiler's original return, Procedural Change 3)."""


def verification_plan(filing: FilingCompliance) -> VerificationPlan:
    """How to verify the information of a taxpayer current in filing, or of a nonfiler (IRM 5.19.11.7.1.2(2))."""
    if filing is FilingCompliance.CURRENT:
        return VerificationPlan(
            filing=filing,
            actions=(
                VerificationAction.COMPARE_TO_LAST_RETURN,
                VerificationAction.RESEARCH_RTVUE_IRPTR,
                VerificationAction.RESOLVE_DISCREPANCIES,
                VerificationAction.DOCUMENT_EXPLANATION,
            ),
            copy_options=None,
            reasons=(
                Reason(
                    code="current_filer_compare_research_document",
                    paragraph=_CALCULATING,
                    text="The taxpayer is current in filing: compare to the last return filed, research using "
                    "CC RTVUE and CC IRPTR, resolve significant discrepancies and document the explanation",
                ),
            ),
        )
    return VerificationPlan(
        filing=filing,
        actions=(
            VerificationAction.EXPLAIN_RETURN_VERIFIES,
            VerificationAction.ASK_TO_FILE_ORIGINAL,
            VerificationAction.SEND_COPY,
        ),
        copy_options=ResponseOptions(
            digital=(WithholdingChannel.EEFAX, WithholdingChannel.DUT),
            postal=(WithholdingChannel.MAIL,),
            paragraph=_CALCULATING,
        ),
        reasons=(
            Reason(
                code="nonfiler_return_verifies",
                paragraph=_CALCULATING,
                text="The taxpayer is a nonfiler: submission of the tax return will provide sufficient verification",
            ),
            Reason(
                code="original_return_by_authorized_means",
                paragraph=_AUTHORIZED_MEANS,
                text="The original return is filed through authorized means; digital tools carry only the copy",
            ),
            Reason(
                code="digital_before_postal",
                paragraph=_CALCULATING,
                text="The copy may come by Eefax, DUT or mail: you must offer digital tools before postal mail",
            ),
        ),
    )


# --- IRM 5.19.11.10.1(5) and 5.19.11.10.12(5) -----------------------------------------------


class WrittenVerification(BaseModel):
    """A request for written verification from the employer, or why none is needed under the paragraph."""

    model_config = ConfigDict(frozen=True)

    required: bool
    """Whether the paragraph calls for written verification from the employer."""
    confirming: str
    """What the employer confirms; empty when none is required."""
    on_employer_letterhead: bool
    """Whether the verification must be on employer letterhead."""
    enclosures: tuple[str, ...]
    """What must come with it."""
    options: ResponseOptions | None
    """How it may be sent, digital first; ``None`` when none is required."""
    reasons: tuple[Reason, ...]
    """Why, citing the paragraph."""


def pal_verification(*, information_on_pal: bool) -> WrittenVerification:
    """Information not on the Payer Agent List: ask for the employer's written verification (IRM 5.19.11.10.1(5)).

    Args:
        information_on_pal: Whether the information is on the PAL; if it is, paragraph (5) asks for nothing.
    """
    if information_on_pal:
        return _not_required(_PAL, "The information is on the PAL, so paragraph (5) asks for no verification")
    return WrittenVerification(
        required=True,
        confirming="the correct wages and withholding",
        on_employer_letterhead=False,
        enclosures=("a copy of the corrected Form W-2c, Corrected Wage and Tax Statement",),
        options=ResponseOptions(
            digital=(WithholdingChannel.EEFAX, WithholdingChannel.DUT),
            postal=(WithholdingChannel.MAIL,),
            paragraph=_PAL,
        ),
        reasons=(
            Reason(
                code="employer_verification_with_w2c",
                paragraph=_PAL,
                text="The information is not on the PAL: request written verification from the employer as to the "
                "correct wages and withholding, including a copy of the corrected Form W-2c",
            ),
            Reason(
                code="digital_before_postal",
                paragraph=_PAL,
                text="It may come by Eefax, DUT or mail: you must offer digital tools before postal mail",
            ),
        ),
    )


def statutory_employee_verification(*, indicator_present: bool) -> WrittenVerification:
    """No statutory employee indicator: ask for the employer's confirmation on letterhead (IRM 5.19.11.10.12(5)).

    Args:
        indicator_present: Whether the statutory employee indicator is present; if it is,
            paragraph (5) asks for nothing.
    """
    if indicator_present:
        return _not_required(
            _STATUTORY, "The statutory employee indicator is present, so paragraph (5) asks for no verification"
        )
    return WrittenVerification(
        required=True,
        confirming="the taxpayer's status as a statutory employee",
        on_employer_letterhead=True,
        enclosures=(),
        options=ResponseOptions(
            digital=(WithholdingChannel.FAX, WithholdingChannel.DUT),
            postal=(WithholdingChannel.MAIL,),
            paragraph=_STATUTORY,
        ),
        reasons=(
            Reason(
                code="employer_letterhead_verification",
                paragraph=_STATUTORY,
                text="The indicator is not present: we need written verification from that employer (on employer "
                "letterhead) confirming the taxpayer's status as a statutory employee",
            ),
            Reason(
                code="digital_before_postal",
                paragraph=_STATUTORY,
                text="Provide the fax number, mailing address and DUT options: you must offer digital tools before "
                "postal mail",
            ),
        ),
    )


def _not_required(paragraph: ParagraphId, text: str) -> WrittenVerification:
    return WrittenVerification(
        required=False,
        confirming="",
        on_employer_letterhead=False,
        enclosures=(),
        options=None,
        reasons=(Reason(code="verification_not_required_here", paragraph=paragraph, text=text),),
    )
