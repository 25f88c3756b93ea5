"""Steps about withholding compliance: securing information, verifications, digital tools before mail.

Every step only calls irm_model.withholding; what the scenario expects is written in the feature.
The features give no day: every decision is asked about on the memorandum's effective date, a day
the interim guidance governs.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from pytest_bdd import given, parsers, then, when

from irm_model.memo import MEMO
from irm_model.reasons import Decision
from irm_model.tools import Channel, channel_named
from irm_model.withholding import (
    CalculationDuringCall,
    FilingCompliance,
    InsufficientInformationStep,
    ResponseOptions,
    VerificationPlan,
    Why,
    WrittenVerification,
    information_insufficient,
    pal_verification,
    speaking_to_taxpayer,
    statutory_employee_verification,
    verification_plan,
)
from tests.steps.contact import Call
from tests.steps.reasons import Decided

ON = MEMO.effective
"""The day every decision is asked about."""


@dataclass
class WithholdingCase:
    """The scenario's state: the facts given and the latest decisions."""

    call_attempts: int = 0
    filing: FilingCompliance | None = None
    information_on_pal: bool = False
    indicator_present: bool = False
    insufficient: Decision[InsufficientInformationStep] | None = None
    calculation: Decision[CalculationDuringCall] | None = None
    plan: Decision[VerificationPlan] | None = None
    verification: Decision[WrittenVerification] | None = None

    @property
    def plan_made(self) -> VerificationPlan:
        assert self.plan is not None, "the scenario must verify the taxpayer's information first"
        assert self.plan.outcome is not None, f"no verification plan: {self.plan.reasons}"
        return self.plan.outcome

    @property
    def verification_asked(self) -> WrittenVerification:
        assert self.verification is not None, "the scenario must ask for verification first"
        assert self.verification.outcome is not None, f"no verification decided: {self.verification.reasons}"
        return self.verification.outcome

    @property
    def options(self) -> ResponseOptions:
        options = self.plan_made.copy_options if self.plan else self.verification_asked.options
        assert options is not None, "the scenario's decision gives no response options"
        return options


@pytest.fixture
def withholding_case() -> WithholdingCase:
    return WithholdingCase()


def _channels(text: str) -> tuple[Channel, ...]:
    """ "Eefax, DUT" -> the channels; "none" -> none."""
    if text == "none":
        return ()
    return tuple(channel_named(name) for name in text.split(","))


# --- Given ----------------------------------------------------------------------------------


@given("the information the taxpayer sent is insufficient to figure the correct withholding rate")
def insufficient_information() -> None:
    """The situation the decision is about; nothing else to record."""


@given(parsers.parse("{attempts:d} attempts have been made to reach the taxpayer by telephone"))
def attempts_made(withholding_case: WithholdingCase, attempts: int) -> None:
    withholding_case.call_attempts = attempts


@given("the employee is speaking to the taxpayer about the withholding rate")
def speaking() -> None:
    """The situation the decision is about; nothing else to record."""


@given(parsers.re(r"the taxpayer is (?P<filing>current in filing|a nonfiler)"))
def filing_compliance(withholding_case: WithholdingCase, filing: str) -> None:
    withholding_case.filing = FilingCompliance(filing)


@given(parsers.re(r"the information (?P<is_>is|is not) on the PAL"))
def on_pal(withholding_case: WithholdingCase, is_: str) -> None:
    withholding_case.information_on_pal = is_ == "is"


@given(parsers.re(r"the statutory employee indicator (?P<is_>is|is not) present"))
def indicator(withholding_case: WithholdingCase, is_: str) -> None:
    withholding_case.indicator_present = is_ == "is"


# --- When -----------------------------------------------------------------------------------


@when("the employee decides how to secure the missing information")
def decide(withholding_case: WithholdingCase, decided: Decided) -> None:
    withholding_case.insufficient = decided.record(
        information_insufficient(call_attempts=withholding_case.call_attempts, on=ON)
    )


@when("the employee calculates the withholding rate")
def calculate(withholding_case: WithholdingCase, decided: Decided) -> None:
    withholding_case.calculation = decided.record(speaking_to_taxpayer(on=ON))


@when("the employee verifies the taxpayer's information")
def verify(withholding_case: WithholdingCase, decided: Decided) -> None:
    assert withholding_case.filing is not None, "the scenario must say whether the taxpayer files"
    withholding_case.plan = decided.record(verification_plan(withholding_case.filing, on=ON))


@when("the employee asks for verification of the wages and withholding")
def ask_pal(withholding_case: WithholdingCase, decided: Decided) -> None:
    withholding_case.verification = decided.record(
        pal_verification(information_on_pal=withholding_case.information_on_pal, on=ON)
    )


@when("the employee asks for verification of the statutory employee status")
def ask_statutory(withholding_case: WithholdingCase, decided: Decided) -> None:
    withholding_case.verification = decided.record(
        statutory_employee_verification(indicator_present=withholding_case.indicator_present, on=ON)
    )


@when("the employee offers the taxpayer these response options")
def offers_the_options(withholding_case: WithholdingCase, call: Call) -> None:
    """The contact rule takes over: the options' digital channels are the tools available (tests/steps/contact.py)."""
    call.contact = withholding_case.options.contact(ON)


# --- Then -----------------------------------------------------------------------------------


@then(parsers.parse('the employee\'s next step is "{step}"'))
def next_step_is(withholding_case: WithholdingCase, step: str) -> None:
    assert withholding_case.insufficient is not None
    assert withholding_case.insufficient.outcome == step


@then("the calculation is completed at that time")
def completed_now(withholding_case: WithholdingCase) -> None:
    assert withholding_case.calculation is not None
    assert withholding_case.calculation.outcome is not None
    assert withholding_case.calculation.outcome.complete_now


@then("the taxpayer need not submit the form in writing")
def no_written_form(withholding_case: WithholdingCase) -> None:
    assert withholding_case.calculation is not None
    assert withholding_case.calculation.outcome is not None
    assert not withholding_case.calculation.outcome.written_form_required


@then("the employee's verification steps are, in order:")
def verification_steps(withholding_case: WithholdingCase, datatable: list[list[str]]) -> None:
    assert [action.value for action in withholding_case.plan_made.actions] == [row[0] for row in datatable]


@then(parsers.parse('the response options are "{options}", digital tools first'))
def response_options(withholding_case: WithholdingCase, options: str) -> None:
    assert withholding_case.options.in_offer_order == _channels(options)


@then("the original return itself goes through the authorized means of filing")
def original_return(withholding_case: WithholdingCase) -> None:
    assert withholding_case.plan is not None
    assert Why.original_return_by_authorized_means.code in withholding_case.plan.codes


@then(parsers.parse('written verification from the employer is requested, confirming "{what}"'))
def verification_requested(withholding_case: WithholdingCase, what: str) -> None:
    assert withholding_case.verification_asked.required
    assert withholding_case.verification_asked.confirming == what


@then(parsers.parse('it comes with "{enclosure}"'))
def enclosure(withholding_case: WithholdingCase, enclosure: str) -> None:
    assert withholding_case.verification_asked.enclosures == (enclosure,)


@then("the verification must be on employer letterhead")
def letterhead(withholding_case: WithholdingCase) -> None:
    assert withholding_case.verification_asked.on_employer_letterhead


@then("no written verification is requested under this paragraph")
def not_requested(withholding_case: WithholdingCase) -> None:
    assert not withholding_case.verification_asked.required
