"""Steps about requesting information: offers, answers, postal mail, tax returns, reviews, dates,
the tools each paragraph names, and closing TDC Secure Messaging cases.

Every step only calls irm_model; what a scenario expects is written in its feature. The few
tables below translate the feature's words (an answer, a finding) into the model's names; none of
them decides anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import pytest
from pytest_bdd import given, parsers, then, when

from irm_model.contact import (
    Action,
    Answer,
    Contact,
    ContactError,
    Decision,
    NextStep,
    Party,
    SecureMessagingCase,
    close_secure_messaging_case,
    may_offer_postal_mail,
    must_use_digital_tools,
    next_step,
    review_and_respond,
    review_contact,
    securing_a_tax_return,
)
from irm_model.memo import GuidanceState, guidance_status
from irm_model.paragraphs import ParagraphId
from irm_model.programs import Strength, tools_named_in
from irm_model.reasons import Reason
from irm_model.tools import Channel, ToolKey, channel_named, tool_named

DAY = r"(?P<day>\d{4}-\d{2}-\d{2})"


@dataclass
class Call:
    """The scenario's state: the contact so far, a TDC case, and the latest decision's reasons."""

    contact: Contact | None = None
    case: SecureMessagingCase | None = None
    refusal: ContactError | None = None
    reasons: tuple[Reason, ...] = field(default_factory=tuple)

    @property
    def now(self) -> Contact:
        assert self.contact is not None, "start the scenario with 'Given an employee requests information ...'"
        return self.contact

    @property
    def tdc_case(self) -> SecureMessagingCase:
        assert self.case is not None, "start the scenario with 'Given a TDC Secure Messaging case'"
        return self.case

    def change(self, **facts: object) -> None:
        self.contact = self.now.model_copy(update=facts)


@pytest.fixture
def call() -> Call:
    return Call()


def tools(text: str) -> tuple[ToolKey, ...]:
    """ "the Document Upload Tool (DUT), EEFax and live chatbot" -> the tools, in that order."""
    return tuple(tool_named(name) for name in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", text) if name)


_PARTIES = {
    "the taxpayer": Party.TAXPAYER,
    "the taxpayer's representative": Party.REPRESENTATIVE,
    "the taxpayer's Power of Attorney (POA)": Party.REPRESENTATIVE,
}
_ANSWERS = {
    "accepts it": Answer.ACCEPTED,
    "cannot use it": Answer.CANNOT_USE,
    "will not use it": Answer.WILL_NOT_USE,
    "it is exhausted": Answer.EXHAUSTED,
    "it turns out to be unavailable": Answer.EXHAUSTED,
}
_FINDINGS = {
    "no digital tool was offered": "no_digital_offered",
    "the preferred method was not offered first": "preferred_not_first",
    "postal mail was offered too early": "postal_mail_too_early",
    "no alternative digital tool was offered before paper": "alternative_not_offered",
    "help was not explained": "help_not_explained",
    "the choice was not documented": "choice_not_documented",
}
_REASONS_FOR = {
    "offering the digital tools": "offer_digital_tools",
    "prioritizing the preferred method": "preferred_first",
    "holding back postal mail": "digital_not_yet_offered",
    "allowing postal mail": "all_digital_declined",
    "not requiring digital tools": "digital_not_mandatory",
    "the tax return": "tax_return_authorized_means",
}
_STATES = {state.value: state for state in GuidanceState}


# Given: the contact


@given(
    parsers.re(
        r"an employee (?P<what>requests information|is securing a tax return) from (?P<party>.+) "
        rf"under (?P<paragraph>IRM \S+) on {DAY}"
    )
)
def contact_under(call: Call, what: str, party: str, paragraph: str, day: str) -> None:
    call.contact = Contact(
        program=ParagraphId.parse(paragraph),
        on=date.fromisoformat(day),
        party=_PARTIES[party],
        available=(),
        tax_return=what == "is securing a tax return",
    )


@given(parsers.re(rf"the contact takes place on {DAY}"))
def on_day(call: Call, day: str) -> None:
    call.change(on=date.fromisoformat(day))


@given(parsers.parse("the employee is speaking with {party}"))
def speaking_with(call: Call, party: str) -> None:
    call.change(party=_PARTIES[party])


@given(parsers.parse("the digital tools available are {names}"))
def available(call: Call, names: str) -> None:
    call.change(available=tools(names))


@given("no digital tool is available")
def none_available(call: Call) -> None:
    call.change(available=())


@given(parsers.parse("the taxpayer prefers {name}"))
def prefers(call: Call, name: str) -> None:
    call.change(preferred=tool_named(name))


# When: what happens on the contact


_OFFER_AND_ANSWER = (
    r"the employee offers (?P<name>.+?) and "
    r"(?:the (?:taxpayer|representative) )?(?P<outcome>accepts it|cannot use it|will not use it|it is exhausted"
    r"|it turns out to be unavailable)"
)


@given(parsers.re(_OFFER_AND_ANSWER))
@when(parsers.re(_OFFER_AND_ANSWER))
def offer_and_answer(call: Call, name: str, outcome: str) -> None:
    channel = channel_named(name)
    call.contact = call.now.offer(channel).answer(channel, _ANSWERS[outcome])


@when("the employee offers postal mail")
def offer_postal_mail(call: Call) -> None:
    call.contact = call.now.offer_postal_mail()


@when(parsers.parse("the taxpayer needs help using {name}"))
def needs_help(call: Call, name: str) -> None:
    call.contact = call.now.ask_for_help(None if name == "the digital tools" else tool_named(name))


@when(parsers.parse("the employee explains how to use {name}"))
def explains(call: Call, name: str) -> None:
    call.contact = call.now.explain(None if name == "the digital tools" else tool_named(name))


@when("the employee documents the taxpayer's choice")
def documents(call: Call) -> None:
    call.contact = call.now.document_choice()


# Then: what the employee does next


def _next(call: Call) -> NextStep:
    step = next_step(call.now)
    call.reasons = step.reasons
    return step


def _decided(call: Call, decision: Decision) -> Decision:
    call.reasons = decision.reasons
    return decision


def _expect(step: NextStep, action: Action, channel: Channel | None) -> None:
    assert (step.action, step.channel) == (action, channel), f"the next step is {step.action} {step.channel}"


@then(parsers.parse("the employee offers {name} next"))
def offers_next(call: Call, name: str) -> None:
    _expect(_next(call), Action.OFFER, channel_named(name))


@then(parsers.parse("the employee explains how to use {name} next"))
def explains_next(call: Call, name: str) -> None:
    _expect(_next(call), Action.EXPLAIN, tool_named(name))


@then(parsers.parse("the employee documents the taxpayer's choice of {name} next"))
def documents_next(call: Call, name: str) -> None:
    _expect(_next(call), Action.DOCUMENT_CHOICE, channel_named(name))


@then(parsers.parse("the information is secured through {name}"))
def proceeds(call: Call, name: str) -> None:
    _expect(_next(call), Action.PROCEED, channel_named(name))


@then("the employee encourages the taxpayer to file the return through authorized means")
def file_through_authorized_means(call: Call) -> None:
    _expect(_next(call), Action.FILE_THROUGH_AUTHORIZED_MEANS, None)


# Then: postal mail, mandate, tax returns


@then("postal mail may not be offered yet")
def postal_mail_not_yet(call: Call) -> None:
    decision = _decided(call, may_offer_postal_mail(call.now))
    assert decision.answer is False, decision


@then("postal mail may be offered")
def postal_mail_allowed(call: Call) -> None:
    decision = _decided(call, may_offer_postal_mail(call.now))
    assert decision.answer is True, decision


@then("the digital-first rule does not decide whether postal mail may be offered")
def postal_mail_not_decided(call: Call) -> None:
    decision = _decided(call, may_offer_postal_mail(call.now))
    assert decision.answer is None, decision


@then("the taxpayer is not required to use a digital tool")
def not_required(call: Call) -> None:
    decision = _decided(call, must_use_digital_tools(call.now))
    assert decision.answer is False, decision


@then("a digital tool does not replace the authorized means of filing the tax return")
def tax_return(call: Call) -> None:
    decision = _decided(call, securing_a_tax_return(call.now))
    assert decision.answer is False, decision


# Then: the dates


@then(parsers.parse('the interim guidance is "{state}" on the day of the contact'))
def guidance_state(call: Call, state: str) -> None:
    status = guidance_status(call.now.on)
    call.reasons = status.reasons
    assert status.state is _STATES[state], status


@then("the interim rule applies to the contact")
def applies(call: Call) -> None:
    step = _next(call)
    assert step.applies, step


@then("the interim rule does not apply to the contact yet")
def not_yet(call: Call) -> None:
    step = _next(call)
    assert step.action is Action.NOT_GOVERNED, step
    assert "guidance_not_yet_effective" in step.codes, step


@then("the employee is told the interim guidance has expired")
def expired(call: Call) -> None:
    step = _next(call)
    assert step.action is Action.NOT_GOVERNED, step
    assert "guidance_expired" in step.codes, step


# Then: responding and reviewing


@then(parsers.parse("the employee reviews and responds using {names}"))
def responds_with(call: Call, names: str) -> None:
    responding = review_and_respond(call.now)
    call.reasons = responding.reasons
    assert responding.tools == tools(names), responding


@then("the work review finds nothing to correct")
def review_clean(call: Call) -> None:
    review = review_contact(call.now)
    call.reasons = review.reasons
    assert review.applies, review
    assert review.meets_guidance, f"the review found {review.codes}"


@then("the work review does not apply the interim guidance")
def review_not_governed(call: Call) -> None:
    review = review_contact(call.now)
    call.reasons = review.reasons
    assert not review.applies, review


@then(parsers.parse("the work review finds that {finding}"))
def review_finds(call: Call, finding: str) -> None:
    review = review_contact(call.now)
    call.reasons = review.reasons
    assert _FINDINGS[finding] in review.codes, f"the review found {review.codes}"


# Then: citations


@then(parsers.parse('the reason cites "{paragraph}"'))
def cites(call: Call, paragraph: str) -> None:
    cited = [str(reason.paragraph) for reason in call.reasons]
    assert str(ParagraphId.parse(paragraph)) in cited, f"the reasons cite {cited}"


@then(parsers.re(r'the reason for (?P<purpose>.+) cites (?P<only>only )?"(?P<paragraph>[^"]+)"'))
def reason_for_cites(call: Call, purpose: str, only: str | None, paragraph: str) -> None:
    cited = [str(reason.paragraph) for reason in call.reasons if reason.code == _REASONS_FOR[purpose]]
    assert str(ParagraphId.parse(paragraph)) in cited, f"the reason for {purpose} cites {cited}"
    if only:
        assert cited == [paragraph], f"the reason for {purpose} cites {cited}"


# Then: the tools a paragraph names


@then(parsers.re(r'the tools (?P<paragraph>IRM \S+) names as "(?P<strength>[^"]+)" are (?P<names>.+)'))
def tools_named(paragraph: str, strength: str, names: str) -> None:
    named = tools_named_in(ParagraphId.parse(paragraph))
    assert tuple(tool for tool, how in named.items() if how is Strength(strength)) == tools(names), named


# TDC Secure Messaging


@given("a TDC Secure Messaging case")
def secure_messaging_case(call: Call) -> None:
    call.case = SecureMessagingCase(responses_processed=False, responses_documented=False, attachments_handled=False)


@given(parsers.re(r"the taxpayer responses (?P<have>have|have not) been (?P<what>processed|documented)"))
def responses_handled(call: Call, have: str, what: str) -> None:
    call.case = call.tdc_case.model_copy(update={f"responses_{what}": have == "have"})


@given(parsers.re(r"all attachments (?P<have>have|have not) been properly handled"))
def attachments_handled(call: Call, have: str) -> None:
    call.case = call.tdc_case.model_copy(update={"attachments_handled": have == "have"})


@when("the employee marks Case Status and IRS Case Status Closed/Complete")
def mark_closed(call: Call) -> None:
    try:
        call.case = call.tdc_case.close()
    except ContactError as refusal:
        call.refusal = refusal


@then(parsers.re(r"Case Status and IRS Case Status (?P<are>are|are not yet) to be marked Closed/Complete"))
def closing_decision(call: Call, are: str) -> None:
    decision = _decided(call, close_secure_messaging_case(call.tdc_case))
    assert decision.answer is (are == "are"), decision


@then("the messages and attachments are marked to be purged")
def purged(call: Call) -> None:
    assert call.refusal is None, call.refusal
    assert call.tdc_case.marked_for_purge, call.tdc_case


@then("the case stays open and nothing is marked to be purged")
def stays_open(call: Call) -> None:
    assert call.refusal is not None, "the case was closed"
    assert call.refusal.code == "secure_messaging_not_ready", call.refusal
    assert not call.tdc_case.closed, call.tdc_case
    assert not call.tdc_case.marked_for_purge, call.tdc_case


@then("TDC Secure Messaging is not kept as long-term storage")
def not_storage(call: Call) -> None:
    decision = _decided(call, close_secure_messaging_case(call.tdc_case))
    assert "secure_messaging_not_storage" in decision.codes, decision
