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
[`ResponseOptions`][irm_model.withholding.ResponseOptions] keeps the digital channels first, and
whether postal mail may be offered is the same rule as for every other contact
([`may_offer_postal_mail`][irm_model.contact.may_offer_postal_mail] on
[`ResponseOptions.contact`][irm_model.withholding.ResponseOptions.contact]): these paragraphs'
"must offer digital tools before postal mail" beside Procedural Change 2's "should be the last
resort, only after all available digital communication options have been offered, declined, and
exhausted". Fax to "the appropriate fax number" (IRM 5.19.11.10.12(5)) counts among the digital
options: the register's reading ``fax_is_digital``.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.contact import Contact, Party
from irm_model.errors import IrmError
from irm_model.paragraphs import ParagraphId
from irm_model.readings import Readings
from irm_model.reasons import Catalogue, Decision, ReasonSpec
from irm_model.rules import Rule
from irm_model.tools import TOOLS, Channel, channel_name

__all__ = [
    "MIN_CALL_ATTEMPTS_BEFORE_CORRESPONDENCE",
    "CalculationDuringCall",
    "FilingCompliance",
    "InsufficientInformationStep",
    "ResponseOptions",
    "VerificationAction",
    "VerificationPlan",
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


class Why(Catalogue):
    """The reasons of withholding compliance; each cites the paragraph of IRM 5.19.11 that says it."""

    phone_before_correspondence = ReasonSpec(
        _CALCULATING,
        "Make at least one attempt to reach the taxpayer by telephone before initiating correspondence",
    )
    phone_attempted = ReasonSpec(_CALCULATING, "{attempts} telephone attempt(s) made: correspondence may be initiated")
    complete_during_call = ReasonSpec(_CALCULATING, "Complete the calculation at that time")
    no_written_form = ReasonSpec(_CALCULATING, "It is not necessary for the taxpayer to submit the form in writing")
    current_filer_compare_research_document = ReasonSpec(
        _CALCULATING,
        "The taxpayer is current in filing: compare to the last return filed, research using CC RTVUE and CC "
        "IRPTR, resolve significant discrepancies and document the explanation",
    )
    nonfiler_return_verifies = ReasonSpec(
        _CALCULATING,
        "The taxpayer is a nonfiler: submission of the tax return will provide sufficient verification",
    )
    original_return_by_authorized_means = ReasonSpec(
        _AUTHORIZED_MEANS,
        "The original return is filed through authorized means; digital tools carry only the copy",
    )
    employer_verification_with_w2c = ReasonSpec(
        _PAL,
        "The information is not on the PAL: request written verification from the employer as to the correct "
        "wages and withholding, including a copy of the corrected Form W-2c",
    )
    employer_letterhead_verification = ReasonSpec(
        _STATUTORY,
        "The indicator is not present: we need written verification from that employer (on employer letterhead) "
        "confirming the taxpayer's status as a statutory employee",
    )
    on_pal_nothing_to_verify = ReasonSpec(
        _PAL, "The information is on the PAL, so paragraph (5) asks for no verification"
    )
    indicator_present_nothing_to_verify = ReasonSpec(
        _STATUTORY, "The statutory employee indicator is present, so paragraph (5) asks for no verification"
    )
    offer_digital_options_first = ReasonSpec(
        _CALCULATING,
        "It may be sent by {options}: you must offer digital tools before postal mail response options",
        also_in=(_PAL, _STATUTORY),
        force="must offer digital tools before",
        readings=(Readings.fax_is_digital,),
    )


def _short_name(channel: Channel) -> str:
    """How a reason names a channel: the tool's abbreviation (``EEFax``, ``DUT``), ``fax``, ``postal mail``."""
    tool = TOOLS.get(channel)
    return (tool.abbreviation or tool.name) if tool is not None else channel_name(channel)


def _either(channels: tuple[Channel, ...]) -> str:
    """``EEFax, DUT or postal mail``: every paragraph here gives at least two options."""
    *first, last = (_short_name(channel) for channel in channels)
    return f"{', '.join(first)} or {last}"


class ResponseOptions(BaseModel):
    """The ways a paragraph lets the taxpayer respond, digital ones first."""

    model_config = ConfigDict(frozen=True)

    digital: tuple[Channel, ...]
    """The digital channels, in the paragraph's order (fax included: the IRS receives faxes by EEFax)."""
    postal: tuple[Channel, ...]
    """The postal channels, offered only after the digital ones."""
    paragraph: ParagraphId
    """The paragraph that lists them and says digital tools come first."""

    @property
    def in_offer_order(self) -> tuple[Channel, ...]:
        """Every channel, digital ones first."""
        return self.digital + self.postal

    def contact(self, on: date, party: Party = Party.TAXPAYER) -> Contact:
        """The contact in which these options are offered: the digital ones available, under the paragraph.

        Whether postal mail may be offered, and what a work review finds, is then the contact rule's
        answer, as for every other contact.
        """
        return Contact(program=self.paragraph, on=on, party=party, available=self.digital)


# --- IRM 5.19.11.7.1.2(2) -------------------------------------------------------------------


class InsufficientInformationStep(StrEnum):
    """What to do when the information sent by correspondence is insufficient to figure the rate."""

    TELEPHONE = "telephone the taxpayer"
    """No phone attempt yet: contact the taxpayer or authorized representative by telephone."""
    CORRESPONDENCE_MAY_BE_INITIATED = "correspondence may be initiated"
    """At least one phone attempt has been made: correspondence may now be initiated."""


def _information_insufficient(*, call_attempts: int, on: date) -> Decision[InsufficientInformationStep]:
    if call_attempts < 0:
        raise IrmError("call_attempts_negative", "call_attempts cannot be negative")
    if call_attempts < MIN_CALL_ATTEMPTS_BEFORE_CORRESPONDENCE:
        return Decision(outcome=InsufficientInformationStep.TELEPHONE, reasons=(Why.phone_before_correspondence(),))
    return Decision(
        outcome=InsufficientInformationStep.CORRESPONDENCE_MAY_BE_INITIATED,
        reasons=(Why.phone_attempted(attempts=call_attempts),),
    )


information_insufficient = Rule(_information_insufficient, implements=(_CALCULATING,), day="on")
"""Working correspondence, the information is insufficient to figure the correct withholding rate.

Args:
    call_attempts: The attempts already made to reach the taxpayer by telephone.
    on: The day the decision is made.

Returns:
    ``TELEPHONE`` until at least one attempt has been made (reason ``phone_before_correspondence``),
    then ``CORRESPONDENCE_MAY_BE_INITIATED`` (reason ``phone_attempted``).

Raises:
    IrmError: ``call_attempts_negative``, when ``call_attempts`` is below zero.
"""


class CalculationDuringCall(BaseModel):
    """How the withholding rate is calculated while speaking to the taxpayer."""

    model_config = ConfigDict(frozen=True)

    complete_now: bool
    """Whether to complete the calculation at that time."""
    written_form_required: bool
    """Whether the taxpayer must submit the form in writing."""


def _speaking_to_taxpayer(*, on: date) -> Decision[CalculationDuringCall]:
    return Decision(
        outcome=CalculationDuringCall(complete_now=True, written_form_required=False),
        reasons=(Why.complete_during_call(), Why.no_written_form()),
    )


speaking_to_taxpayer = Rule(_speaking_to_taxpayer, implements=(_CALCULATING,), day="on")
"""Speaking to the taxpayer: complete the calculation at that time; no written form is necessary.

Args:
    on: The day of the call.

Returns:
    The calculation completed now, with no written form (reasons ``complete_during_call`` and
    ``no_written_form``).
"""


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


def _verification_plan(filing: FilingCompliance, *, on: date) -> Decision[VerificationPlan]:
    if filing is FilingCompliance.CURRENT:
        plan = VerificationPlan(
            filing=filing,
            actions=(
                VerificationAction.COMPARE_TO_LAST_RETURN,
                VerificationAction.RESEARCH_RTVUE_IRPTR,
                VerificationAction.RESOLVE_DISCREPANCIES,
                VerificationAction.DOCUMENT_EXPLANATION,
            ),
            copy_options=None,
        )
        return Decision(outcome=plan, reasons=(Why.current_filer_compare_research_document(),))
    options = ResponseOptions(
        digital=(Channel.EEFAX, Channel.DUT), postal=(Channel.POSTAL_MAIL,), paragraph=_CALCULATING
    )
    plan = VerificationPlan(
        filing=filing,
        actions=(
            VerificationAction.EXPLAIN_RETURN_VERIFIES,
            VerificationAction.ASK_TO_FILE_ORIGINAL,
            VerificationAction.SEND_COPY,
        ),
        copy_options=options,
    )
    return Decision(
        outcome=plan,
        reasons=(
            Why.nonfiler_return_verifies(),
            Why.original_return_by_authorized_means(),
            Why.offer_digital_options_first(options=_either(options.in_offer_order)),  # said in 7.1.2(2) itself
        ),
    )


verification_plan = Rule(_verification_plan, implements=(_CALCULATING, _AUTHORIZED_MEANS), day="on")
"""How to verify the information of a taxpayer current in filing, or of a nonfiler (IRM 5.19.11.7.1.2(2)).

Args:
    filing: Whether the taxpayer is current in filing or a nonfiler.
    on: The day of the verification.

Returns:
    The actions in order. For a taxpayer current in filing, reason
    ``current_filer_compare_research_document``. For a nonfiler, also the options for the copy of
    the return (Eefax, DUT, then mail), with the reasons ``nonfiler_return_verifies``,
    ``original_return_by_authorized_means`` (citing SBSE-05-0126-0020(3): the original return goes
    through the authorized means of filing) and ``offer_digital_options_first``.
"""


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


_NOT_REQUIRED = WrittenVerification(
    required=False, confirming="", on_employer_letterhead=False, enclosures=(), options=None
)


def _pal_verification(*, information_on_pal: bool, on: date) -> Decision[WrittenVerification]:
    if information_on_pal:
        return Decision(outcome=_NOT_REQUIRED, reasons=(Why.on_pal_nothing_to_verify(),))
    options = ResponseOptions(digital=(Channel.EEFAX, Channel.DUT), postal=(Channel.POSTAL_MAIL,), paragraph=_PAL)
    return Decision(
        outcome=WrittenVerification(
            required=True,
            confirming="the correct wages and withholding",
            on_employer_letterhead=False,
            enclosures=("a copy of the corrected Form W-2c, Corrected Wage and Tax Statement",),
            options=options,
        ),
        reasons=(
            Why.employer_verification_with_w2c(),
            Why.offer_digital_options_first(_PAL, options=_either(options.in_offer_order)),
        ),
    )


pal_verification = Rule(_pal_verification, implements=(_PAL,), day="on")
"""Information not on the Payer Agent List: ask for the employer's written verification (IRM 5.19.11.10.1(5)).

Args:
    information_on_pal: Whether the information is on the PAL; if it is, paragraph (5) asks for
        nothing (reason ``on_pal_nothing_to_verify``).
    on: The day of the request.

Returns:
    The verification asked for: the correct wages and withholding, with a copy of the corrected
    Form W-2c, by Eefax, DUT or mail (reasons ``employer_verification_with_w2c`` and
    ``offer_digital_options_first``).
"""


def _statutory_employee_verification(*, indicator_present: bool, on: date) -> Decision[WrittenVerification]:
    if indicator_present:
        return Decision(outcome=_NOT_REQUIRED, reasons=(Why.indicator_present_nothing_to_verify(),))
    options = ResponseOptions(digital=(Channel.FAX, Channel.DUT), postal=(Channel.POSTAL_MAIL,), paragraph=_STATUTORY)
    return Decision(
        outcome=WrittenVerification(
            required=True,
            confirming="the taxpayer's status as a statutory employee",
            on_employer_letterhead=True,
            enclosures=(),
            options=options,
        ),
        reasons=(
            Why.employer_letterhead_verification(),
            Why.offer_digital_options_first(_STATUTORY, options=_either(options.in_offer_order)),
        ),
    )


statutory_employee_verification = Rule(_statutory_employee_verification, implements=(_STATUTORY,), day="on")
"""No statutory employee indicator: ask for the employer's confirmation on letterhead (IRM 5.19.11.10.12(5)).

Args:
    indicator_present: Whether the statutory employee indicator is present; if it is,
        paragraph (5) asks for nothing (reason ``indicator_present_nothing_to_verify``).
    on: The day of the request.

Returns:
    The verification asked for: the employer confirms the status on letterhead, sent by fax, DUT or
    mail (reasons ``employer_letterhead_verification`` and ``offer_digital_options_first``).
"""
