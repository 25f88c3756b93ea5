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

from irm_model.errors import IrmError
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Catalogue, Decision, ReasonSpec
from irm_model.rules import Rule

__all__ = ["SecureMessagingCase", "SecureMessagingError", "close_secure_messaging_case"]

_SECURE_MESSAGING = ParagraphId.memo(6)


class SecureMessagingError(IrmError):
    """A TDC Secure Messaging case cannot be closed yet: ``secure_messaging_not_ready``."""


class Why(Catalogue):
    """The reasons of Procedural Change 6."""

    secure_messaging_not_ready = ReasonSpec(
        _SECURE_MESSAGING,
        "Mark the case Closed/Complete only once taxpayer responses are processed, documented, and all attachments "
        "properly handled; outstanding: {outstanding}",
    )
    secure_messaging_close_and_purge = ReasonSpec(
        _SECURE_MESSAGING,
        "Mark Case Status and IRS Case Status Closed/Complete: this marks messages and attachments to be purged",
    )
    secure_messaging_not_storage = ReasonSpec(
        _SECURE_MESSAGING,
        "TDC Secure Messaging should not be used as long-term storage to retain incoming taxpayer communications",
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
