"""Steps about hearing requests: channels, received dates, perfection, signatures, affirmations.

Every step only calls irm_model.hearings; what the scenario expects is written in the feature.
Every decision asked for is recorded in ``decided``, so the shared "the reason cites" steps work.
A step whose scenario gives no day asks about the memorandum's effective date, a day it governs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

import pytest
from pytest_bdd import given, parsers, then, when

from irm_model.days import Timeliness
from irm_model.hearings import HearingKind
from irm_model.hearings.channels import (
    ChannelStanding,
    MailingInstruction,
    ReceivedDate,
    equivalent_hearing_received_date,
    hearing_request_channel,
    mailing_instruction,
)
from irm_model.hearings.phone import PhoneRequest, request_other_information, request_perfection
from irm_model.hearings.signatures import (
    HearingRequest,
    ReturnForSignature,
    Signature,
    SignatureStep,
    Signer,
    affirmation_outcome,
    check_signatures,
    clarify_joint_request,
    return_for_signature,
    unsigned_request_outcome,
)
from irm_model.memo import MEMO
from irm_model.reasons import Decision
from irm_model.tools import channel_named
from tests.steps.reasons import Decided

KIND = r"(?P<kind>CDP hearing|equivalent hearing)"
SIGNER = r"(?P<signer>the taxpayer|the taxpayer's spouse|another person)"
DATE = r"\d{4}-\d{2}-\d{2}"
DAY = rf"(?P<day>{DATE})"
ARRIVAL = rf"(?:is (?:sent on (?P<sent>{DATE}) and )?received on (?P<received>{DATE})|never arrives)"

T = TypeVar("T")


@dataclass
class HearingCase:
    """The scenario's state: the request, and the latest outcome of each decision about it."""

    kind: HearingKind | None = None
    request: HearingRequest | None = None
    perfection_needed: bool = False
    notice_shows_address: bool = True
    transmitted_on: date | None = None
    asked_on: date | None = None
    extenuating: bool = False
    on: date = MEMO.effective
    channel: ChannelStanding | None = None
    mailing: MailingInstruction | None = None
    received: ReceivedDate | None = None
    phone: PhoneRequest | None = None
    timeliness: Timeliness | None = None
    signatures: SignatureStep | None = None
    returned: ReturnForSignature | None = None
    outcome: str | None = None
    obtain_missing_signature: bool | None = None

    @property
    def hearing(self) -> HearingKind:
        assert self.kind is not None, "the scenario must say which hearing is requested"
        return self.kind

    @property
    def call(self) -> PhoneRequest:
        assert self.phone is not None, "the scenario must say 'When the employee calls on ...'"
        return self.phone


@pytest.fixture
def hearing_case() -> HearingCase:
    return HearingCase()


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _decided(decided: Decided, decision: Decision[T]) -> T:
    """Record ``decision`` and hand back its outcome, which a decision in force always has."""
    decided.record(decision)
    assert decision.applies, f"the guidance does not govern the day asked about: {decision.reasons}"
    assert decision.outcome is not None
    return decision.outcome


# --- Given ----------------------------------------------------------------------------------


@given(parsers.re(rf"an? {KIND} request"))
def hearing_requested(hearing_case: HearingCase, kind: str) -> None:
    hearing_case.kind = HearingKind(kind)


@given(parsers.re(rf"an equivalent hearing request transmitted by the DUT on {DAY}"))
def transmitted(hearing_case: HearingCase, day: str) -> None:
    hearing_case.kind = HearingKind.EQUIVALENT
    hearing_case.transmitted_on = date.fromisoformat(day)


@given(parsers.re(r"the CDP notice (?P<shows>shows|does not show) the address of the office"))
def notice_address(hearing_case: HearingCase, shows: str) -> None:
    hearing_case.notice_shows_address = shows == "shows"


@given(parsers.re(rf"perfecting information is needed for a timely {KIND} request"))
def perfection_needed(hearing_case: HearingCase, kind: str) -> None:
    hearing_case.kind = HearingKind(kind)
    hearing_case.perfection_needed = True


@given("information other than for perfection is needed from the taxpayer")
def other_information_needed(hearing_case: HearingCase) -> None:
    hearing_case.perfection_needed = False


@given(parsers.re(rf"a (?P<timely>timely|late) {KIND} request signed by {SIGNER}"))
def signed_request(hearing_case: HearingCase, timely: str, kind: str, signer: str) -> None:
    hearing_case.kind = HearingKind(kind)
    hearing_case.request = HearingRequest(
        kind=hearing_case.kind, filed_timely=timely == "timely", signatures=(Signature(signer=Signer(signer)),)
    )


@given(parsers.re(r"the signer (?P<holds>has|does not have) a valid Form 2848 on file"))
def signer_poa(hearing_case: HearingCase, holds: str) -> None:
    request = hearing_case.request
    assert request is not None
    assert len(request.signatures) == 1
    signature = request.signatures[0].model_copy(update={"form_2848_on_file": holds == "has"})
    hearing_case.request = request.model_copy(update={"signatures": (signature,)})


@given(parsers.re(rf"a (?P<timely>timely|late) {KIND} request that nobody signed"))
def unsigned_request(hearing_case: HearingCase, timely: str, kind: str) -> None:
    hearing_case.kind = HearingKind(kind)
    hearing_case.request = HearingRequest(kind=hearing_case.kind, filed_timely=timely == "timely")


@given(
    parsers.re(
        rf"a timely {KIND} request on a joint liability signed by (?P<who>one spouse only|both spouses)",
    )
)
def joint_request(hearing_case: HearingCase, kind: str, who: str) -> None:
    hearing_case.kind = HearingKind(kind)
    count = 1 if who == "one spouse only" else 2
    hearing_case.request = HearingRequest(
        kind=hearing_case.kind,
        filed_timely=True,
        joint_liability=True,
        signatures=tuple(Signature(signer=Signer.TAXPAYER) for _ in range(count)),
    )


@given(parsers.re(rf"a timely {KIND} request returned for signature on {DAY}"))
def returned_for_signature(hearing_case: HearingCase, decided: Decided, kind: str, day: str) -> None:
    hearing_case.kind = HearingKind(kind)
    hearing_case.returned = _decided(decided, return_for_signature(date.fromisoformat(day)))


@given(parsers.re(rf"the employee requested a signed affirmation on {DAY}"))
def affirmation_requested(hearing_case: HearingCase, day: str) -> None:
    hearing_case.asked_on = date.fromisoformat(day)


@given(parsers.re(r"the taxpayer (?P<demonstrates>demonstrates|does not demonstrate) extenuating circumstances"))
def extenuating(hearing_case: HearingCase, demonstrates: str) -> None:
    hearing_case.extenuating = demonstrates == "demonstrates"


# --- When -----------------------------------------------------------------------------------


@when(parsers.parse('the taxpayer sends the request by "{channel}"'))
def send_by(hearing_case: HearingCase, decided: Decided, channel: str) -> None:
    decision = hearing_request_channel(hearing_case.hearing, channel_named(channel), on=hearing_case.on)
    hearing_case.channel = _decided(decided, decision)


@when("the taxpayer asks where to send the CDP hearing request")
def where_to_send(hearing_case: HearingCase, decided: Decided) -> None:
    decision = mailing_instruction(notice_shows_address=hearing_case.notice_shows_address, on=hearing_case.on)
    hearing_case.mailing = _decided(decided, decision)


@when(parsers.re(rf"the employee dates the equivalent hearing request on {DAY}"))
def date_request(hearing_case: HearingCase, decided: Decided, day: str) -> None:
    assert hearing_case.transmitted_on is not None
    decision = equivalent_hearing_received_date(hearing_case.transmitted_on, dated_on=date.fromisoformat(day))
    hearing_case.received = _decided(decided, decision)


@when(
    parsers.re(
        rf"the employee calls on {DAY} and the taxpayer (?P<has>has|does not have) the information at hand",
    )
)
def call_taxpayer(hearing_case: HearingCase, decided: Decided, day: str, has: str) -> None:
    on, at_hand = date.fromisoformat(day), has == "has"
    if hearing_case.perfection_needed:
        decision = request_perfection(hearing_case.hearing, on, has_information_during_call=at_hand)
    else:
        decision = request_other_information(on, has_information_during_call=at_hand)
    hearing_case.phone = _decided(decided, decision)


@when(parsers.re(rf"the taxpayer sends the information on (?P<sent>{DATE}) and it is received on (?P<received>{DATE})"))
def information_sent(hearing_case: HearingCase, decided: Decided, sent: str, received: str) -> None:
    decision = hearing_case.call.judge(sent_on=date.fromisoformat(sent), received_on=date.fromisoformat(received))
    hearing_case.timeliness = _decided(decided, decision)


@when("the employee checks the signatures")
def check(hearing_case: HearingCase, decided: Decided) -> None:
    assert hearing_case.request is not None
    hearing_case.signatures = _decided(decided, check_signatures(hearing_case.request, on=hearing_case.on))


@when(
    parsers.re(
        rf"the employee, unable to secure the signature via EEFAX or DUT, returns Form 12153 on {DAY}",
    )
)
def return_form(hearing_case: HearingCase, decided: Decided, day: str) -> None:
    hearing_case.returned = _decided(decided, return_for_signature(date.fromisoformat(day)))


@when(parsers.re(rf"the signed request {ARRIVAL}"))
def signed_request_arrives(hearing_case: HearingCase, decided: Decided, sent: str | None, received: str | None) -> None:
    assert hearing_case.returned is not None
    decision = unsigned_request_outcome(
        hearing_case.hearing, hearing_case.returned.returned_on, sent_on=_day(sent), received_on=_day(received)
    )
    hearing_case.outcome = _decided(decided, decision).status.value


@when(parsers.re(rf"the affirmation {ARRIVAL}"))
def affirmation_arrives(hearing_case: HearingCase, decided: Decided, sent: str | None, received: str | None) -> None:
    assert hearing_case.asked_on is not None
    decision = affirmation_outcome(
        hearing_case.asked_on,
        sent_on=_day(sent),
        received_on=_day(received),
        extenuating_circumstances=hearing_case.extenuating,
    )
    hearing_case.outcome = _decided(decided, decision).status.value


@when(parsers.re(r"the taxpayer says the request (?P<is_>is|is not) for both spouses"))
def joint_answer(hearing_case: HearingCase, decided: Decided, is_: str) -> None:
    decision = clarify_joint_request(for_both_spouses=is_ == "is", on=hearing_case.on)
    hearing_case.obtain_missing_signature = _decided(decided, decision)


# --- Then -----------------------------------------------------------------------------------


@then(parsers.parse('the current text calls that channel "{standing}"'))
def channel_standing(hearing_case: HearingCase, standing: str) -> None:
    assert hearing_case.channel is not None
    assert hearing_case.channel.value == standing


@then("the taxpayer mails it to the address shown on the lien or levy notice")
def mails_to_notice(hearing_case: HearingCase) -> None:
    assert hearing_case.mailing is not None
    assert hearing_case.mailing.use_notice_address


@then(parsers.parse('the taxpayer is told to call "{first}" or "{second}"'))
def told_to_call(hearing_case: HearingCase, first: str, second: str) -> None:
    assert hearing_case.mailing is not None
    assert not hearing_case.mailing.use_notice_address
    assert hearing_case.mailing.call_numbers == (first, second)


@then(parsers.parse('the taxpayer provides their "{a}", "{b}" or "{c}" on the call'))
def provides_identifier(hearing_case: HearingCase, a: str, b: str, c: str) -> None:
    assert hearing_case.mailing is not None
    assert hearing_case.mailing.identifiers == (a, b, c)


@then(parsers.re(rf"its received date is {DAY}"))
def received_date(hearing_case: HearingCase, day: str) -> None:
    assert hearing_case.received is not None
    assert hearing_case.received.received_on == date.fromisoformat(day)


@then(parsers.parse('the taxpayer is offered "{first}" and "{second}" to submit it during the call'))
def offered_during_call(hearing_case: HearingCase, first: str, second: str) -> None:
    assert hearing_case.call.offered_during_call == (channel_named(first), channel_named(second))


@then("the taxpayer is offered nothing to submit it during the call")
def nothing_offered(hearing_case: HearingCase) -> None:
    assert hearing_case.call.offered_during_call == ()


@then(parsers.re(rf"the information is to be sent by {DAY}"))
def to_be_sent_by(hearing_case: HearingCase, day: str) -> None:
    assert hearing_case.call.send_by == date.fromisoformat(day)


@then(parsers.re(r"the day it was (?P<counted>sent|received) is day (?P<day>\d+) of the period"))
def counted_day(hearing_case: HearingCase, counted: str, day: str) -> None:
    assert hearing_case.timeliness is not None
    assert (hearing_case.timeliness.counted.value, hearing_case.timeliness.day) == (counted, int(day))


@then(parsers.re(r'the response is "(?P<verdict>on time|late)"'))
def response_verdict(hearing_case: HearingCase, verdict: str) -> None:
    assert hearing_case.timeliness is not None
    assert hearing_case.timeliness.timely is (verdict == "on time")


@then(parsers.parse('the next action is "{action}"'))
def next_action(hearing_case: HearingCase, action: str) -> None:
    assert hearing_case.signatures is not None
    assert hearing_case.signatures.action.value == action


@then(
    parsers.re(r'the signature may be sent during the call by (?:"(?P<first>[^"]+)" or "(?P<second>[^"]+)"|no channel)')
)
def signature_channels(hearing_case: HearingCase, first: str | None, second: str | None) -> None:
    assert hearing_case.signatures is not None
    expected = () if first is None or second is None else (channel_named(first), channel_named(second))
    assert hearing_case.signatures.offered_channels == expected


@then(parsers.re(rf"the taxpayer has until {DAY} to perfect the request"))
def perfect_by(hearing_case: HearingCase, day: str) -> None:
    assert hearing_case.returned is not None
    assert hearing_case.returned.perfect_by == date.fromisoformat(day)


@then(parsers.parse('the outcome is "{outcome}"'))
def outcome_is(hearing_case: HearingCase, outcome: str) -> None:
    assert hearing_case.outcome == outcome


@then(parsers.re(r"the employee (?P<obtains>obtains|is not called on to obtain) the missing signature"))
def missing_signature(hearing_case: HearingCase, obtains: str) -> None:
    assert hearing_case.obtain_missing_signature is (obtains == "obtains")
