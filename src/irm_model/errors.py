"""The one error base class of the model: every refusal has a machine-readable code.

Tests and callers match on [`code`][irm_model.errors.IrmError.code], never on the wording. A
refusal that follows a paragraph carries the [`Reason`][irm_model.reasons.Reason] (and so the
paragraph) it gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:
    from irm_model.paragraphs import ParagraphId
    from irm_model.reasons import Reason

__all__ = ["IrmError"]


class IrmError(ValueError):
    """Something was asked of the model that the rules, or the ids, do not allow."""

    def __init__(self, code: str, message: str, *, reason: Reason | None = None) -> None:
        self.code = code
        """Machine-readable name of the error, for example ``access_code_reused``."""
        self.reason = reason
        """The refusal as a reason citing its paragraph, when it follows one."""
        super().__init__(message)

    @classmethod
    def because(cls, reason: Reason) -> Self:
        """The error that refuses with ``reason``: its code, its sentence and its paragraph."""
        return cls(reason.code, reason.text, reason=reason)

    @property
    def paragraph(self) -> ParagraphId | None:
        """The paragraph the refusal follows, if any."""
        return None if self.reason is None else self.reason.paragraph
