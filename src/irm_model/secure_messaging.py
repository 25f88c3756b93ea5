"""TDC Secure Messaging: closing a case once it is handled, so that its messages are purged.

SBSE-05-0126-0020(6): "When using TDC Secure Messaging, once taxpayer responses are processed,
documented and all attachments properly handled, the employee will mark Case Status and IRS Case
Status Closed/Complete. This will mark messages and attachments to be purged. TDC Secure Messaging
should not be used as long-term storage to retain incoming taxpayer communications."
"""

from __future__ import annotations

from datetime import date
from typing import Self

from pydantic import BaseModel, ConfigDict

from irm_model.contact import Finding, Review, severity
from irm_model.errors import IrmError
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Catalogue, Decision, ReasonSpec
from irm_model.rules import Rule

__all__ = [
    "SecureMessagingCase",
    "SecureMessagingError",
    "close_secure_messaging_case",
    "review_secure_messaging_case",
]

_SECURE_MESSAGING = ParagraphId.memo(6)


class SecureMessagingError(IrmError):
    """A TDC Secure Messaging case cannot be closed yet: ``secure_messaging_not_ready``."""


class Why(Catalogue):
    """The reasons of Procedural Change 6."""

    secure_messaging_not_ready = ReasonSpec(
        _SECURE_MESSAGING,
        "Mark the case Closed/Complete only once taxpayer responses are processed, documented, and all attachments "
        "properly handled; outstanding: {outstanding}",
        force="must mark",
    )
    secure_messaging_close_and_purge = ReasonSpec(
        _SECURE_MESSAGING,
        "Mark Case Status and IRS Case Status Closed/Complete: this marks messages and attachments to be purged",
        force="must mark",
    )
    secure_messaging_not_storage = ReasonSpec(
        _SECURE_MESSAGING,
        "TDC Secure Messaging should not be used as long-term storage to retain incoming taxpayer communications",
        force="should not be used",
    )
    secure_messaging_left_open = ReasonSpec(
        _SECURE_MESSAGING,
        "The taxpayer responses were processed, documented and all attachments properly handled, but the case was "
        "not marked Closed/Complete, so its messages and attachments are not marked to be purged",
        force="must mark",
        about="the handled case was left open",
    )


class SecureMessagingCase(BaseModel):
    """A TDC Secure Messaging case: what has been handled, and whether it is closed."""

    model_config = ConfigDict(frozen=True)

    responses_processed: bool
    """The taxpayer's responses have been processed."""
    responses_documented: bool
    """The taxpayer's responses have been documented."""
    attachments_handled: bool
    """All attachments have been properly handled."""
    closed: bool = False
    """Case Status and IRS Case Status are marked Closed/Complete."""

    @property
    def outstanding(self) -> tuple[str, ...]:
        """What remains before the case may be closed, in the memorandum's order."""
        steps = (
            ("responses processed", self.responses_processed),
            ("responses documented", self.responses_documented),
            ("attachments handled", self.attachments_handled),
        )
        return tuple(what for what, done in steps if not done)

    @property
    def marked_for_purge(self) -> bool:
        """Closing the case "will mark messages and attachments to be purged"."""
        return self.closed

    def close(self) -> Self:
        """Mark Case Status and IRS Case Status Closed/Complete, which marks the case for purge.

        Raises:
            SecureMessagingError: ``secure_messaging_not_ready``, something is still outstanding.
        """
        if self.outstanding:
            raise SecureMessagingError.because(Why.secure_messaging_not_ready(outstanding=", ".join(self.outstanding)))
        return self.model_copy(update={"closed": True})


def _close_secure_messaging_case(case: SecureMessagingCase, *, on: date) -> Decision[bool]:
    if case.outstanding:
        return Decision(
            outcome=False, reasons=(Why.secure_messaging_not_ready(outstanding=", ".join(case.outstanding)),)
        )
    return Decision(outcome=True, reasons=(Why.secure_messaging_close_and_purge(), Why.secure_messaging_not_storage()))


close_secure_messaging_case = Rule(_close_secure_messaging_case, implements=(_SECURE_MESSAGING,), day="on")
"""Whether Case Status and IRS Case Status are to be marked Closed/Complete now.

Yes once the taxpayer responses have been processed, documented and all attachments properly
handled: closing marks messages and attachments to be purged, and TDC Secure Messaging is not
long-term storage for incoming taxpayer communications (SBSE-05-0126-0020(6)).

Args:
    case: The case as it stands.
    on: The day asked about.
"""


def _review_secure_messaging_case(case: SecureMessagingCase, *, on: date) -> Decision[Review]:
    findings: tuple[Finding, ...] = ()
    if not case.outstanding and not case.closed:
        reasons = (Why.secure_messaging_left_open(), Why.secure_messaging_not_storage())
        findings = (Finding(code=Why.secure_messaging_left_open.code, severity=severity(reasons), reasons=reasons),)
    return Decision(outcome=Review(findings=findings), reasons=tuple(r for f in findings for r in f.reasons))


review_secure_messaging_case = Rule(_review_secure_messaging_case, implements=(_SECURE_MESSAGING,), day="on")
"""Review a TDC Secure Messaging case as a work reviewer: was a handled case marked Closed/Complete?

A case whose responses are processed, documented and attachments handled but which is still open
is a finding (``secure_messaging_left_open``): employees "must mark" it Closed/Complete, and TDC
Secure Messaging "should not be used as long-term storage". A violation, by the stronger word.

Args:
    case: The case as the reviewer finds it.
    on: The day of the review.
"""
