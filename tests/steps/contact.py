"""Steps about requesting information: offers, answers, postal mail, tax returns, reviews, dates,
and the tools each paragraph names.

Every step only calls irm_model; what a scenario expects is written in its feature. The two
tables below translate the feature's words (a party, an answer) into the model's names; neither
decides anything. Each decision asked for is recorded in ``decided`` (tests/steps/reasons.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from irm_model.contact import (
    Action,
    Answer,
    Contact,
    NextStep,
    Party,
    Severity,
    may_offer_postal_mail,
    next_step,
    review_and_respond,
    review_contact,
    securing_a_tax_return,
)
from irm_model.memo import GuidanceState, guidance_status
from irm_model.paragraphs import ParagraphId
from irm_model.programs import Strength, tools_named_in
from irm_model.reasons import Decision, reason_about
from irm_model.tools import Channel, channel_named, tool_named
from tests.steps.reasons import Decided

DAY = r"(?P<day>\d{4}-\d{2}-\d{2})"


@dataclass
class Call:
    """The scenario's state: the contact so far."""

    contact: Contact | None = None

    @property
    def now(self) -> Contact:
        assert self.contact is not None, "start the scenario with 'Given an employee requests information ...'"
        return self.contact

    def change(self, **facts: object) -> None:
        self.contact = self.now.model_copy(update=facts)


@pytest.fixture
def call() -> Call:
    return Call()


def tools(text: str) -> tuple[Channel, ...]:
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


@given("the information requested is a tax return")
def requests_a_return(call: Call) -> None:
    call.change(tax_return=True)


@given(
    parsers.re(
        r"digital (?P<what>signatures are|tools are authorized and signatures are) (?P<ok>acceptable|not "
        r"acceptable) for the return"
    )
)
def return_acceptability(call: Call, what: str, ok: str) -> None:
    call.change(digital_means_acceptable=ok == "acceptable")


@given(parsers.parse("{name} is available but not appropriate for this request"))
def not_appropriate(call: Call, name: str) -> None:
    call.change(not_appropriate=(*call.now.not_appropriate, tool_named(name)))


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


@when(parsers.re(r"the employee offers (?P<name>(?:(?! and ).)+)"))
def offer_only(call: Call, name: str) -> None:
    call.contact = call.now.offer(channel_named(name))


@when(parsers.parse("the taxpayer needs help using {name}"))
def needs_help(call: Call, name: str) -> None:
    call.contact = call.now.ask_for_help(None if name == "the digital tools" else tool_named(name))


@when(parsers.parse("the employee explains how to use {name}"))
def explains(call: Call, name: str) -> None:
    call.contact = call.now.explain(None if name == "the digital tools" else tool_named(name))


@given("the employee offers each available digital tool and the taxpayer will not use any of them")
@when("the employee offers each available digital tool and the taxpayer will not use any of them")
def declines_every_tool(call: Call) -> None:
    for tool in call.now.available:
        call.contact = call.now.offer(tool).answer(tool, Answer.WILL_NOT_USE)


@when("the employee encourages the taxpayer to use the digital tools")
def encourages(call: Call) -> None:
    call.contact = call.now.encourage()


@when("the employee documents the taxpayer's choice")
def documents(call: Call) -> None:
    call.contact = call.now.document_choice()


# Then: what the employee does next


def _next(call: Call, decided: Decided) -> NextStep:
    decision = decided.record(next_step(call.now))
    assert decision.outcome is not None, f"no next step: {decision.codes}"
    return decision.outcome


def _expect(step: NextStep, action: Action, channel: Channel | None) -> None:
    assert (step.action, step.channel) == (action, channel), f"the next step is {step.action} {step.channel}"


@then(parsers.parse("the employee offers {name} next"))
def offers_next(call: Call, decided: Decided, name: str) -> None:
    _expect(_next(call, decided), Action.OFFER, channel_named(name))


@then("the next step is to offer one of the available digital tools")
def offers_an_available_tool(call: Call, decided: Decided) -> None:
    step = _next(call, decided)
    assert step.action is Action.OFFER, f"the next step is {step}"
    assert step.channel in call.now.available, f"the next step is {step}"


@then(parsers.parse("the employee explains how to use {name} next"))
def explains_next(call: Call, decided: Decided, name: str) -> None:
    _expect(_next(call, decided), Action.EXPLAIN, tool_named(name))


@then(parsers.parse("the employee documents the taxpayer's choice of {name} next"))
def documents_next(call: Call, decided: Decided, name: str) -> None:
    _expect(_next(call, decided), Action.DOCUMENT_CHOICE, channel_named(name))


@then(parsers.parse("the information is secured through {name}"))
def proceeds(call: Call, decided: Decided, name: str) -> None:
    _expect(_next(call, decided), Action.PROCEED, channel_named(name))


@then("the employee encourages the taxpayer to file the return through authorized means")
def file_through_authorized_means(call: Call, decided: Decided) -> None:
    _expect(_next(call, decided), Action.FILE_THROUGH_AUTHORIZED_MEANS, None)


# Then: postal mail, mandate, tax returns


def _answer(decided: Decided, decision: Decision[Any], expected: bool | None) -> None:
    decided.record(decision)
    assert decision.outcome is expected, decision


@then("postal mail may not be offered yet")
def postal_mail_not_yet(call: Call, decided: Decided) -> None:
    _answer(decided, may_offer_postal_mail(call.now), False)


@then("postal mail may be offered")
def postal_mail_allowed(call: Call, decided: Decided) -> None:
    _answer(decided, may_offer_postal_mail(call.now), True)


@then("the digital-first rule does not decide whether postal mail may be offered")
def postal_mail_not_decided(call: Call, decided: Decided) -> None:
    _answer(decided, may_offer_postal_mail(call.now), None)


@then("the mandate gives way to current guidance for securing the return")
def return_exempt(call: Call, decided: Decided) -> None:
    _answer(decided, securing_a_tax_return(call.now), True)


@then("the mandate to offer digital tools applies to the return")
def return_governed(call: Call, decided: Decided) -> None:
    _answer(decided, securing_a_tax_return(call.now), False)


# Then: the dates


@then(parsers.parse('the interim guidance is "{state}" on the day of the contact'))
def guidance_state(call: Call, decided: Decided, state: str) -> None:
    status = decided.record(guidance_status(call.now.on))
    assert status.outcome is GuidanceState(state), status


@then("the interim rule applies to the contact")
def applies(call: Call, decided: Decided) -> None:
    decision = decided.record(next_step(call.now))
    assert decision.applies, decision


@then("the interim rule does not apply to the contact yet")
def not_yet(call: Call, decided: Decided) -> None:
    decision = decided.record(next_step(call.now))
    assert not decision.applies, decision
    assert "guidance_not_yet_effective" in decision.codes, decision


@then("the employee is told the interim guidance has expired")
def expired(call: Call, decided: Decided) -> None:
    decision = decided.record(next_step(call.now))
    assert not decision.applies, decision
    assert "guidance_expired" in decision.codes, decision


# Then: responding and reviewing


@then(parsers.parse("the employee reviews and responds using {names}"))
def responds_with(call: Call, decided: Decided, names: str) -> None:
    responding = decided.record(review_and_respond(call.now))
    assert responding.outcome == tools(names), responding


@then("the work review finds nothing to correct")
def review_clean(call: Call, decided: Decided) -> None:
    review = decided.record(review_contact(call.now))
    assert review.applies, review
    assert review.outcome is not None, review
    assert review.outcome.meets_guidance, f"the review found {review.outcome.codes}"


@then("the work review does not apply the interim guidance")
def review_not_governed(call: Call, decided: Decided) -> None:
    review = decided.record(review_contact(call.now))
    assert not review.applies, review


@then(parsers.re(r"the work review finds that (?P<finding>.+?)(?:, (?P<severity>a violation|a deviation))?"))
def review_finds(call: Call, decided: Decided, finding: str, severity: str | None) -> None:
    review = decided.record(review_contact(call.now))
    assert review.outcome is not None, review
    code = reason_about(finding).code
    found = {f.code: f for f in review.outcome.findings}
    assert code in found, f"the review found {review.outcome.codes}"
    if severity is not None:
        assert found[code].severity is Severity(severity.removeprefix("a ")), found[code]


# Then: the tools a paragraph names


@then(parsers.re(r'the tools (?P<paragraph>IRM \S+) names as "(?P<strength>[^"]+)" are (?P<names>.+)'))
def tools_named(paragraph: str, strength: str, names: str) -> None:
    named = tools_named_in(ParagraphId.parse(paragraph))
    assert tuple(tool for tool, how in named.items() if how is Strength(strength)) == tools(names), named
