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
from irm_model.reasons import Catalogue, Decision, ReasonSpec

__all__ = ["MEMO", "GuidanceState", "Memorandum", "Person", "guidance_status"]


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


def _long(day: date) -> str:
    """``January 26, 2026``, as the memorandum writes dates."""
    return f"{day:%B} {day.day}, {day.year}"


class Why(Catalogue):
    """The reasons of the memorandum's dates; each cites the mandate they govern."""

    guidance_not_yet_effective = ReasonSpec(
        MEMO.procedural_changes[0],
        f"The interim guidance is effective as of {_long(MEMO.effective)}; it does not apply before then",
    )
    guidance_expired = ReasonSpec(
        MEMO.procedural_changes[0],
        f"The interim guidance has expired (Expiration Date: {_long(MEMO.expires)}); follow the IRM as it now reads",
    )
    guidance_in_force = ReasonSpec(
        MEMO.procedural_changes[0],
        f"The interim guidance is in force from {_long(MEMO.effective)} until it expires on {_long(MEMO.expires)}",
    )


def guidance_status(on: date) -> Decision[GuidanceState]:
    """Whether the interim guidance is in force on ``on``.

    In force from the effective date (2026-01-26) through the day before the expiration date
    (2028-01-25). Before the effective date the rules it adds do not apply yet; from the
    expiration date on, the status says the guidance has expired rather than silently applying it.
    Every registered rule ([irm_model.rules][]) asks this first.

    Args:
        on: The day of the contact or decision.

    Returns:
        The state on that day (``applies`` only while in force), with one reason:
        ``guidance_not_yet_effective``, ``guidance_in_force`` or ``guidance_expired``.
    """
    if on < MEMO.effective:
        return Decision(
            outcome=GuidanceState.NOT_YET_EFFECTIVE, reasons=(Why.guidance_not_yet_effective(),), applies=False
        )
    if on >= MEMO.expires:
        return Decision(outcome=GuidanceState.EXPIRED, reasons=(Why.guidance_expired(),), applies=False)
    return Decision(outcome=GuidanceState.IN_FORCE, reasons=(Why.guidance_in_force(),))
