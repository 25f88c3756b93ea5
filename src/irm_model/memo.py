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

Where the header is silent or ambiguous, the values come from the register, [irm_model.readings][]:
whether the guidance is still in force on its Expiration Date (``Readings.expiration_day``, read by
[`guidance_status`][irm_model.memo.guidance_status] at each call), and whom it binds
(``Readings.audience``, [`MEMO.audience`][irm_model.memo.Memorandum.audience]).
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.paragraphs import MEMO_CONTROL_NUMBER, ParagraphId
from irm_model.readings import Readings
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
    """What the memorandum's header and closing lines say about the memorandum itself.

    Its header addresses "ALL CAMPUS COLLECTION EMPLOYEES" and its Purpose speaks of "all
    Collection employees": whom the guidance binds is the reading ``Readings.audience``, held in
    [`audience`][irm_model.memo.Memorandum.audience].
    """

    model_config = ConfigDict(frozen=True)

    control_number: str
    """``SBSE-05-0126-0020``: also the prefix of the Procedural Changes' paragraph ids."""
    title: str
    """The memorandum's subject line."""
    addressed_to: str
    """"MEMORANDUM FOR ALL CAMPUS COLLECTION EMPLOYEES": the addressees, as the header writes them."""
    audience: str
    """Whom the guidance binds, as the model reads it: the value of ``Readings.audience``."""
    issued_by: Person
    """"FROM: Thomas Kramer, Director, Collection Policy"."""
    dated: date
    """The date of the memorandum, January 26, 2026."""
    effective: date
    """"This guidance ... is effective as of January 26, 2026, the date of this memorandum"."""
    expires: date
    """"Expiration Date: January 26, 2028". Whether the guidance is in force on that day itself is the reading
    ``Readings.expiration_day``."""
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
    addressed_to="ALL CAMPUS COLLECTION EMPLOYEES",
    audience=Readings.audience.value,
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
    """From January 26, 2026 through January 25, 2028, or through the Expiration Date itself if
    ``Readings.expiration_day`` says it is in force."""
    EXPIRED = "expired"
    """After the last day in force: from January 26, 2028 (the Expiration Date) on, as the register reads it."""


def _long(day: date) -> str:
    """``January 26, 2026``, as the memorandum writes dates."""
    return f"{day:%B} {day.day}, {day.year}"


class Why(Catalogue):
    """The reasons of the memorandum's dates; each cites the mandate they govern.

    They state facts (the dates the header gives), not a duty, so they carry no word of force.
    """

    guidance_not_yet_effective = ReasonSpec(
        MEMO.procedural_changes[0],
        f"The interim guidance is effective as of {_long(MEMO.effective)}; it does not apply before then",
    )
    guidance_expired = ReasonSpec(
        MEMO.procedural_changes[0],
        f"The interim guidance has expired (Expiration Date: {_long(MEMO.expires)}); follow the IRM as it now reads",
        readings=(Readings.expiration_day,),
    )
    guidance_in_force = ReasonSpec(
        MEMO.procedural_changes[0],
        f"The interim guidance is in force from {_long(MEMO.effective)} until it expires on {_long(MEMO.expires)}",
        readings=(Readings.expiration_day,),
    )


def guidance_status(on: date) -> Decision[GuidanceState]:
    """Whether the interim guidance is in force on ``on``.

    In force from the effective date (2026-01-26) through the last day in force: the day before
    the Expiration Date (2028-01-25), or the Expiration Date itself if ``Readings.expiration_day``
    (read at each call) says so. Before the effective date the rules it adds do not apply yet;
    after the last day in force the status says the guidance has expired rather than silently
    applying it. Every registered rule ([irm_model.rules][]) asks this first.

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
    last_day_in_force = MEMO.expires if Readings.expiration_day.value else MEMO.expires - timedelta(days=1)
    if on > last_day_in_force:
        return Decision(outcome=GuidanceState.EXPIRED, reasons=(Why.guidance_expired(),), applies=False)
    return Decision(outcome=GuidanceState.IN_FORCE, reasons=(Why.guidance_in_force(),))
