"""The memorandum itself: its identity, its dates, and whether it is in force on a given day."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.paragraphs import MEMO_CONTROL_NUMBER, ParagraphId
from irm_model.reasons import Reason

__all__ = ["MEMO", "GuidanceStatus", "Memorandum", "StatusOnDate", "guidance_status"]


class Memorandum(BaseModel):
    """What the memorandum's header says about itself."""

    model_config = ConfigDict(frozen=True)

    control_number: str
    title: str
    dated: date
    effective: date
    """"This guidance ... is effective as of January 26, 2026, the date of this memorandum."""
    expires: date
    """"Expiration Date: January 26, 2028". On that day the interim guidance no longer applies."""
    incorporation_deadline: date
    """"incorporated into the impacted IRM sections ... within two years from the date of this memorandum"."""
    impacted_irms: tuple[str, ...]
    contact: str


_IMPACTED: tuple[str, ...] = ("1.4.20", "5.18.1", "5.18.2", "5.19.1", "5.19.2", "5.19.8")
_IMPACTED += ("5.19.11", "5.19.13", "5.19.16", "5.19.22", "25.12.1")

MEMO = Memorandum(
    control_number=MEMO_CONTROL_NUMBER,
    title="Interim Guidance on the Mandatory Use of Digital Tools for Campus Collection Employees",
    dated=date(2026, 1, 26),
    effective=date(2026, 1, 26),
    expires=date(2028, 1, 26),
    incorporation_deadline=date(2028, 1, 26),
    impacted_irms=_IMPACTED,
    contact="Eric Slayback, Program Manager, HQ Collection Policy – Case Resolution Alternatives",  # noqa: RUF001 (the memo's own dash)
)
"""SBSE-05-0126-0020 as issued."""


class GuidanceStatus(StrEnum):
    """Whether the interim guidance governs a contact on a given day."""

    NOT_YET_EFFECTIVE = "not yet effective"
    IN_FORCE = "in force"
    EXPIRED = "expired"


class StatusOnDate(BaseModel):
    """The guidance's status on one day, and why."""

    model_config = ConfigDict(frozen=True)

    on: date
    status: GuidanceStatus
    reasons: tuple[Reason, ...]

    @property
    def applies(self) -> bool:
        """Whether the interim rules govern a contact on that day."""
        return self.status is GuidanceStatus.IN_FORCE


_MANDATE = ParagraphId.memo(1)


def guidance_status(on: date) -> StatusOnDate:
    """Whether the interim guidance is in force on ``on``.

    In force from the effective date (2026-01-26) up to, not including, the expiration date
    (2028-01-26): on its expiration date the interim guidance has expired. Before its effective
    date the rules it adds do not apply; after it expires the model says so rather than silently
    applying it.
    """
    if on < MEMO.effective:
        reason = Reason(
            code="guidance_not_yet_effective",
            paragraph=_MANDATE,
            text=f"The interim guidance is effective as of {MEMO.effective:%B %d, %Y}; it does not apply before",
        )
        return StatusOnDate(on=on, status=GuidanceStatus.NOT_YET_EFFECTIVE, reasons=(reason,))
    if on >= MEMO.expires:
        reason = Reason(
            code="guidance_expired",
            paragraph=_MANDATE,
            text=f"The interim guidance expired on {MEMO.expires:%B %d, %Y}; follow the IRM as it now reads",
        )
        return StatusOnDate(on=on, status=GuidanceStatus.EXPIRED, reasons=(reason,))
    reason = Reason(
        code="guidance_in_force",
        paragraph=_MANDATE,
        text=f"The interim guidance is in force from {MEMO.effective:%B %d, %Y} until {MEMO.expires:%B %d, %Y}",
    )
    return StatusOnDate(on=on, status=GuidanceStatus.IN_FORCE, reasons=(reason,))
