"""Steps about a request for information: offers, answers, postal mail, tax returns, reviews.

Every step only calls irm_model; what the scenario expects is written in the feature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import pytest
from pytest_bdd import given, parsers, then, when

from irm_model.contact import (
    Answer,
    Contact,
    Decision,
    NextStep,
    Party,
    Responding,
    Review,
    SecureMessagingCase,
    close_secure_messaging_case,
    may_offer_postal_mail,
    must_use_digital_tools,
    next_step,
    review_and_respond,
    review_contact,
    securing_a_tax_return,
)
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Reason
from irm_model.tools import ToolKey, tool_named

A_DAY_IN_FORCE = date(2026, 3, 2)


@dataclass
class Call:
    """The scenario's state: the contact so far and the latest decision's reasons."""

    contact: Contact | None = None
    reasons: tuple[Reason, ...] = field(default_factory=tuple)

    @property
    def now(self) -> Contact:
        assert self.contact is not None, "the scenario must start with 'Given a request for information ...'"
        return self.contact


@pytest.fixture
def call() -> Call:
    return Call()


def tools(text: str) -> tuple[ToolKey, ...]:
    """ "the Document Upload Tool (DUT), EEFax and live chatbot" -> the tools, in that order."""
    names = [name for name in re.split(r",\s*|\s+and\s+|\s+or\s+", text) if name.strip()]
    return tuple(tool_named(name) for name in names)


@given(parsers.parse("a request for information worked under {paragraph}"))
def request_under(call: Call, paragraph: str) -> None:
    call.contact = Contact(program=ParagraphId.parse(paragraph), on=A_DAY_IN_FORCE, available=())


@given(parsers.parse("the digital tools available are {names}"))
def available(call: Call, names: str) -> None:
    call.contact = call.now.model_copy(update={"available": tools(names)})


@given("no digital tool is available")
def none_available(call: Call) -> None:
    call.contact = call.now.model_copy(update={"available": ()})


@given(parsers.parse("the taxpayer prefers {name}"))
def prefers(call: Call, name: str) -> None:
    call.contact = call.now.model_copy(update={"preferred": tool_named(name)})


@given("the employee is speaking with the taxpayer's representative")
def representative(call: Call) -> None:
    call.contact = call.now.model_copy(update={"party": Party.REPRESENTATIVE})


@given(parsers.parse("the contact takes place on {day}"))
def on_day(call: Call, day: str) -> None:
    call.contact = call.now.model_copy(update={"on": date.fromisoformat(day)})


_ANSWERS = {
    "the taxpayer cannot use it": Answer.CANNOT_USE,
    "the taxpayer will not use it": Answer.WILL_NOT_USE,
    "the taxpayer accepts it": Answer.ACCEPTED,
    "it is exhausted": Answer.EXHAUSTED,
}


@given(parsers.re(r"the employee offers (?P<name>.+) and (?P<outcome>the taxpayer .+ it|it is exhausted)"))
@when(parsers.re(r"the employee offers (?P<name>.+) and (?P<outcome>the taxpayer .+ it|it is exhausted)"))
def offer_and_answer(call: Call, name: str, outcome: str) -> None:
    tool = tool_named(name)
    call.contact = call.now.offer(tool).answer(tool, _ANSWERS[outcome])


@when("the employee offers postal mail")
def offer_postal_mail(call: Call) -> None:
    call.contact = call.now.offer_postal_mail()


@when("the taxpayer needs help using the digital tools")
def needs_help(call: Call) -> None:
    call.contact = call.now.ask_for_help()


@when("the employee explains how to use them")
def explains(call: Call) -> None:
    call.contact = call.now.explain()


@when("the employee documents the taxpayer's choice")
def documents(call: Call) -> None:
    call.contact = call.now.document_choice()


def _next(call: Call) -> NextStep:
    step = next_step(call.now)
    call.reasons = step.reasons
    return step


def _decided(call: Call, decision: Decision) -> Decision:
    call.reasons = decision.reasons
    return decision


@then(parsers.parse("the employee offers {name} next"))
def offers_next(call: Call, name: str) -> None:
    step = _next(call)
    assert step.offer == tool_named(name), f"next step: {step}"


@then("postal mail may not be offered yet")
def postal_mail_not_yet(call: Call) -> None:
    decision = _decided(call, may_offer_postal_mail(call.now))
    assert decision.answer is False, decision


@then("postal mail may be offered")
def postal_mail_allowed(call: Call) -> None:
    decision = _decided(call, may_offer_postal_mail(call.now))
    assert decision.answer is True, decision


@then("no further offer is needed: the taxpayer's choice is to be documented")
def done(call: Call) -> None:
    step = _next(call)
    assert step.done, step
    assert step.offer is None, step
    assert not step.postal_mail, step


@then(parsers.parse("the decision cites {paragraph}"))
def cites(call: Call, paragraph: str) -> None:
    cited = [str(reason.paragraph) for reason in call.reasons]
    assert paragraph in cited, f"the reasons cite {cited}"


@then(parsers.parse('the reason is "{code}"'))
def reason_is(call: Call, code: str) -> None:
    codes = [reason.code for reason in call.reasons]
    assert code in codes, f"the reasons are {codes}"


@then("the taxpayer is not required to use a digital tool")
def not_required(call: Call) -> None:
    decision = _decided(call, must_use_digital_tools(call.now))
    assert decision.answer is False, decision


@then("a digital tool does not replace the authorized means of filing the tax return")
def tax_return(call: Call) -> None:
    decision = _decided(call, securing_a_tax_return(call.now))
    assert decision.answer is False, decision


@then("the interim rule does not apply")
def does_not_apply(call: Call) -> None:
    step = _next(call)
    assert not step.applies, step


@then("the interim rule applies")
def applies(call: Call) -> None:
    step = _next(call)
    assert step.applies, step


@then("the employee is told the interim guidance has expired")
def expired(call: Call) -> None:
    step = _next(call)
    assert not step.applies, step
    assert "guidance_expired" in step.codes, step


@then(parsers.parse("the employee reviews and responds using {names}"))
def responds_with(call: Call, names: str) -> None:
    responding: Responding = review_and_respond(call.now)
    call.reasons = responding.reasons
    assert responding.tools == tools(names), responding


@then(parsers.parse('the work review finds "{finding}"'))
def review_finds(call: Call, finding: str) -> None:
    review: Review = review_contact(call.now)
    call.reasons = review.findings
    assert finding in review.codes, f"the review found {review.codes}"


@then("the work review finds nothing to correct")
def review_clean(call: Call) -> None:
    review = review_contact(call.now)
    assert review.meets_guidance, f"the review found {review.codes}"


@given(
    parsers.parse(
        "a TDC Secure Messaging case whose responses are processed: {processed}, "
        "documented: {documented}, attachments handled: {handled}"
    ),
    target_fixture="case",
)
def secure_messaging_case(processed: str, documented: str, handled: str) -> SecureMessagingCase:
    return SecureMessagingCase(
        responses_processed=processed == "yes",
        responses_documented=documented == "yes",
        attachments_handled=handled == "yes",
    )


@then(parsers.parse("the case {may} be marked Closed/Complete"))
def case_closing(call: Call, case: SecureMessagingCase, may: str) -> None:
    decision = _decided(call, close_secure_messaging_case(case))
    assert decision.answer is (may == "may"), decision
