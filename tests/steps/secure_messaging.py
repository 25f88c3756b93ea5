"""Steps about TDC Secure Messaging cases: closing them once handled, and what that marks for purge.

Every step only calls irm_model.secure_messaging; what the scenario expects is written in the feature.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from pytest_bdd import given, parsers, then, when

from irm_model.contact import Severity
from irm_model.reasons import reason_about
from irm_model.secure_messaging import (
    SecureMessagingCase,
    SecureMessagingError,
    close_secure_messaging_case,
    review_secure_messaging_case,
)
from tests.steps.reasons import Decided

A_DAY = date(2026, 3, 2)
"""The day the case is worked unless a scenario says otherwise (a day the memorandum is in force)."""


@dataclass
class TdcCase:
    """The scenario's state: the case, and the refusal to close it if there was one."""

    case: SecureMessagingCase | None = None
    refusal: SecureMessagingError | None = None

    @property
    def now(self) -> SecureMessagingCase:
        assert self.case is not None, "start the scenario with 'Given a TDC Secure Messaging case'"
        return self.case


@pytest.fixture
def tdc() -> TdcCase:
    return TdcCase()


@given("a TDC Secure Messaging case")
def secure_messaging_case(tdc: TdcCase) -> None:
    tdc.case = SecureMessagingCase(responses_processed=False, responses_documented=False, attachments_handled=False)


@given(parsers.re(r"the taxpayer responses (?P<have>have|have not) been (?P<what>processed|documented)"))
def responses_handled(tdc: TdcCase, have: str, what: str) -> None:
    tdc.case = tdc.now.model_copy(update={f"responses_{what}": have == "have"})


@given(parsers.re(r"all attachments (?P<have>have|have not) been properly handled"))
def attachments_handled(tdc: TdcCase, have: str) -> None:
    tdc.case = tdc.now.model_copy(update={"attachments_handled": have == "have"})


@when("the employee marks Case Status and IRS Case Status Closed/Complete")
def mark_closed(tdc: TdcCase) -> None:
    try:
        tdc.case = tdc.now.close()
    except SecureMessagingError as refusal:
        tdc.refusal = refusal


@then(parsers.re(r"Case Status and IRS Case Status (?P<are>are|are not yet) to be marked Closed/Complete"))
def closing_decision(tdc: TdcCase, decided: Decided, are: str) -> None:
    decision = decided.record(close_secure_messaging_case(tdc.now, on=A_DAY))
    assert decision.outcome is (are == "are"), decision


@then("the messages and attachments are marked to be purged")
def purged(tdc: TdcCase) -> None:
    assert tdc.refusal is None, tdc.refusal
    assert tdc.now.marked_for_purge, tdc.now


@then("the case stays open and nothing is marked to be purged")
def stays_open(tdc: TdcCase) -> None:
    assert tdc.refusal is not None, "the case was closed"
    assert tdc.refusal.code == "secure_messaging_not_ready", tdc.refusal
    assert not tdc.now.closed, tdc.now
    assert not tdc.now.marked_for_purge, tdc.now


@given("the case is still open")
def still_open(tdc: TdcCase) -> None:
    assert not tdc.now.closed, "the scenario's case is closed already"


@then("the work review of the case finds nothing to correct")
def case_review_clean(tdc: TdcCase, decided: Decided) -> None:
    review = decided.record(review_secure_messaging_case(tdc.now, on=A_DAY))
    assert review.outcome is not None, review
    assert review.outcome.meets_guidance, review.outcome.codes


@then(parsers.re(r"the work review of the case finds that (?P<finding>.+), a (?P<severity>violation|deviation)"))
def case_review_finds(tdc: TdcCase, decided: Decided, finding: str, severity: str) -> None:
    review = decided.record(review_secure_messaging_case(tdc.now, on=A_DAY))
    assert review.outcome is not None, review
    found = {f.code: f for f in review.outcome.findings}
    code = reason_about(finding).code
    assert code in found, review.outcome.codes
    assert found[code].severity is Severity(severity), found[code]
