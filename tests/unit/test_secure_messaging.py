"""Closing a TDC Secure Messaging case (SBSE-05-0126-0020(6)), as a specification."""

from __future__ import annotations

from datetime import date

import pytest

from irm_model.reasons import Reason
from irm_model.secure_messaging import SecureMessagingCase, SecureMessagingError, close_secure_messaging_case

IN_FORCE = date(2026, 6, 1)


def said(reasons: tuple[Reason, ...]) -> list[str]:
    return [str(reason) for reason in reasons]


def test_a_secure_messaging_case_is_closed_and_purged_once_everything_is_handled() -> None:
    ready = SecureMessagingCase(responses_processed=True, responses_documented=True, attachments_handled=True)
    assert close_secure_messaging_case(ready, on=IN_FORCE).outcome is True
    assert close_secure_messaging_case(ready, on=IN_FORCE).codes == (
        "secure_messaging_close_and_purge",
        "secure_messaging_not_storage",
    )
    closed = ready.close()
    assert closed.closed
    assert closed.marked_for_purge


@pytest.mark.parametrize("missing", ["responses_processed", "responses_documented", "attachments_handled"])
def test_a_secure_messaging_case_with_anything_outstanding_stays_open(missing: str) -> None:
    case = SecureMessagingCase(responses_processed=True, responses_documented=True, attachments_handled=True)
    not_ready = case.model_copy(update={missing: False})
    assert close_secure_messaging_case(not_ready, on=IN_FORCE).outcome is False
    assert close_secure_messaging_case(not_ready, on=IN_FORCE).codes == ("secure_messaging_not_ready",)
    with pytest.raises(SecureMessagingError) as refused:
        not_ready.close()
    assert refused.value.code == "secure_messaging_not_ready"
    assert not not_ready.marked_for_purge


def test_closing_is_not_decided_before_the_guidance_is_in_force() -> None:
    ready = SecureMessagingCase(responses_processed=True, responses_documented=True, attachments_handled=True)
    decision = close_secure_messaging_case(ready, on=date(2026, 1, 25))
    assert (decision.applies, decision.outcome, decision.codes) == (False, None, ("guidance_not_yet_effective",))


def test_a_refusal_to_close_carries_its_reason_and_paragraph() -> None:
    not_ready = SecureMessagingCase(responses_processed=True, responses_documented=True, attachments_handled=False)
    with pytest.raises(SecureMessagingError) as refused:
        not_ready.close()
    assert refused.value.reason is not None
    assert str(refused.value.paragraph) == "SBSE-05-0126-0020(6)"


# Word for word


def test_what_closing_a_secure_messaging_case_says_word_for_word() -> None:
    open_case = SecureMessagingCase(responses_processed=False, responses_documented=True, attachments_handled=False)
    assert said(close_secure_messaging_case(open_case, on=IN_FORCE).reasons) == [
        "Mark the case Closed/Complete only once taxpayer responses are processed, documented, and all attachments "
        "properly handled; outstanding: responses processed, attachments handled (SBSE-05-0126-0020(6))"
    ]
    with pytest.raises(SecureMessagingError) as refused:
        open_case.close()
    assert str(refused.value) == (
        "Mark the case Closed/Complete only once taxpayer responses are processed, documented, and all attachments "
        "properly handled; outstanding: responses processed, attachments handled"
    )
    ready = open_case.model_copy(update={"responses_processed": True, "attachments_handled": True})
    assert said(close_secure_messaging_case(ready, on=IN_FORCE).reasons) == [
        "Mark Case Status and IRS Case Status Closed/Complete: this marks messages and attachments to be purged "
        "(SBSE-05-0126-0020(6))",
        "TDC Secure Messaging should not be used as long-term storage to retain incoming taxpayer communications "
        "(SBSE-05-0126-0020(6))",
    ]
