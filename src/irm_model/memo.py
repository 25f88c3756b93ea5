"""The memorandum itself: who issued it, its dates, and whether it governs a given day.

The dates come from the memorandum's header and closing lines, which have no paragraph number:

* "January 26, 2026" (the date of the memorandum) and "Expiration Date: January 26, 2028";
* "Effective Date: This guidance ... is effective as of January 26, 2026, the date of this
  memorandum";
* "This guidance will be incorporated into the impacted IRM sections ... within two years from
  the date of this memorandum".

A reason has to cite a [`ParagraphId`][irm_model.paragraphs.ParagraphId], and the header has
none, so the reasons below cite ``SBSE-05-0126-0020(1)``: the Procedural Change (the mandate to
offer digital tools) whose coming into force and expiry those dates govern.

**The expiration day.** The memorandum does not say whether "Expiration Date: January 26, 2028"
is the last day the guidance governs or the first day it no longer does. The model reads it as
the day the interim guidance *expires*: it governs from January 26, 2026 through January 25,
2028, the two years "from the date of this memorandum" within which it is to be incorporated into
the IRM, and on January 26, 2028 it has expired.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.paragraphs import MEMO_CONTROL_NUMBER, ParagraphId
from irm_model.reasons import Reason

__all__ = ["MEMO", "GuidanceState", "GuidanceStatus", "Memorandum", "Person", "guidance_status"]


class Person(BaseModel):
    """Someone the memorandum names, with the title and office it gives them."""

    model_config = ConfigDict(frozen=True)

    name: str
    """``Eric Slayback``."""
    title: str
    """``Program Manager``."""
    office: str
    """``HQ Collection Policy – Case Resolution Alternatives``."""  # noqa: RUF001 (the memo's own dash)

    def __str__(self) -> str:
        return f"{self.name}, {self.title}, {self.office}"


class Memorandum(BaseModel):
    """What the memorandum's header and closing lines say about the memorandum itself."""

    model_config = ConfigDict(frozen=True)

    control_number: str
    """``SBSE-05-0126-0020``: also the prefix of the Procedural Changes' paragraph ids."""
    title: str
    """The memorandum's subject line."""
    issued_by: Person
    """"FROM: Thomas Kramer, Director, Collection Policy"."""
    dated: date
    """The date of the memorandum, January 26, 2026."""
    effective: date
    """"This guidance ... is effective as of January 26, 2026, the date of this memorandum"."""
    expires: date
    """"Expiration Date: January 26, 2028". From that day on the interim guidance has expired."""
    incorporation_deadline: date
    """"incorporated into the impacted IRM sections ... within two years from the date of this memorandum"."""
    impacted_irms: tuple[str, ...]
    """The IRM chapters the memorandum changes ("Impacted IRMs"), in the manual's order."""
    procedural_changes: tuple[ParagraphId, ...]
    """The memorandum's own numbered Procedural Changes, ``SBSE-05-0126-0020(1)`` to ``(6)``."""
    contact: Person
    """Whom to ask about the guidance."""


MEMO = Memorandum(
    control_number=MEMO_CONTROL_NUMBER,
    title="Interim Guidance on the Mandatory Use of Digital Tools for Campus Collection Employees",
    issued_by=Person(name="Thomas Kramer", title="Director", office="Collection Policy"),
    dated=date(2026, 1, 26),
    effective=date(2026, 1, 26),
    expires=date(2028, 1, 26),
    incorporation_deadline=date(2028, 1, 26),
    impacted_irms=(
        "1.4.20",
        "5.18.1",
        "5.18.2",
        "5.19.1",
        "5.19.2",
        "5.19.8",
        "5.19.11",
        "5.19.13",
        "5.19.16",
        "5.19.22",
        "25.12.1",
    ),
    procedural_changes=tuple(ParagraphId.memo(number) for number in range(1, 7)),
    contact=Person(
        name="Eric Slayback",
        title="Program Manager",
        office="HQ Collection Policy – Case Resolution Alternatives",  # noqa: RUF001 (the memo's own dash)
    ),
)
"""SBSE-05-0126-0020 as issued."""


class GuidanceState(StrEnum):
    """Where a day falls in the life of the interim guidance."""

    NOT_YET_EFFECTIVE = "not yet effective"
    """Before January 26, 2026: the interim rules do not apply."""
    IN_FORCE = "in force"
    """January 26, 2026 through January 25, 2028."""
    EXPIRED = "expired"
    """January 26, 2028 (the Expiration Date) and later."""


class GuidanceStatus(BaseModel):
    """Whether the interim guidance governs a given day, and why."""

    model_config = ConfigDict(frozen=True)

    on: date
    """The day asked about."""
    state: GuidanceState
    """Not yet effective, in force, or expired."""
    reasons: tuple[Reason, ...]
    """One reason, citing ``SBSE-05-0126-0020(1)`` (the header's dates have no paragraph id)."""

    @property
    def applies(self) -> bool:
        """Whether the interim rules govern a contact on that day."""
        return self.state is GuidanceState.IN_FORCE

    @property
    def codes(self) -> tuple[str, ...]:
        """The reasons' codes."""
        return tuple(reason.code for reason in self.reasons)


_MANDATE = ParagraphId.memo(1)


def _long(day: date) -> str:
    """``January 26, 2026``, as the memorandum writes dates."""
    return f"{day:%B} {day.day}, {day.year}"


def guidance_status(on: date) -> GuidanceStatus:
    """Whether the interim guidance is in force on ``on``.

    In force from the effective date (2026-01-26) through the day before the expiration date
    (2028-01-25). Before the effective date the rules it adds do not apply yet; from the
    expiration date on, the status says the guidance has expired rather than silently applying it.

    Args:
        on: The day of the contact or decision.

    Returns:
        The state on that day, with one reason: ``guidance_not_yet_effective``,
        ``guidance_in_force`` or ``guidance_expired``.
    """
    if on < MEMO.effective:
        state, code = GuidanceState.NOT_YET_EFFECTIVE, "guidance_not_yet_effective"
        text = f"The interim guidance is effective as of {_long(MEMO.effective)}; it does not apply before then"
    elif on >= MEMO.expires:
        state, code = GuidanceState.EXPIRED, "guidance_expired"
        text = (
            f"The interim guidance has expired (Expiration Date: {_long(MEMO.expires)}); follow the IRM as it now reads"
        )
    else:
        state, code = GuidanceState.IN_FORCE, "guidance_in_force"
        text = (
            f"The interim guidance is in force from {_long(MEMO.effective)} until it expires on {_long(MEMO.expires)}"
        )
    return GuidanceStatus(on=on, state=state, reasons=(Reason(code=code, paragraph=_MANDATE, text=text),))
