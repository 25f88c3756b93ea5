"""The readings register: every place the memorandum is silent or ambiguous, and the reading the model takes.

A rule must decide even where the text does not: is "15 mb" 15,000,000 bytes or 15 MiB? Is a
period's first day the day of the request? Each such question is a [`Reading`][irm_model.readings.Reading]
here, once: the question, the paragraphs it touches, the reading taken and its value, why, and
whether policy staff have confirmed it. The model takes its values from here (``Readings.fifteen_mb.value``),
so changing a reading is one edit here plus the scenarios that show its effect; the site lists the
register for policy staff and links each paragraph to the readings that touch it.

Policy staff confirm a reading with ``irm signoff --reading KEY --by "NAME, ROLE"``, which records it,
with the reading's content as it stood, in the project's sign-off ledger (``signoff.jsonl``; the site
shows a reading changed since as such). A reading may also be confirmed here, in its entry:
``status=ReadingStatus.CONFIRMED``, with who confirmed it (name and role, as they give them) and when.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from typing import Any, Generic, TypeVar

from irm_model.paragraphs import ParagraphId

__all__ = ["READINGS", "Reading", "ReadingStatus", "Readings", "readings_touching"]

V = TypeVar("V")


class ReadingStatus(StrEnum):
    """Whether policy staff have confirmed a reading."""

    AWAITING = "awaiting policy confirmation"
    """The reading is the model's; policy staff have not confirmed it yet."""
    CONFIRMED = "confirmed"
    """Policy staff confirmed the reading."""


class Reading(Generic[V]):
    """One question the memorandum leaves open, and the reading the model takes."""

    __slots__ = ("_key", "confirmed_by", "confirmed_on", "paragraphs", "question", "status", "taken", "value", "why")

    def __init__(
        self,
        *,
        question: str,
        paragraphs: Iterable[str],
        taken: str,
        value: V,
        why: str,
        status: ReadingStatus = ReadingStatus.AWAITING,
        confirmed_by: str | None = None,
        confirmed_on: date | None = None,
    ) -> None:
        self._key = ""
        self.question = question
        """The question, as policy staff would ask it."""
        self.paragraphs = tuple(sorted(ParagraphId.parse(p) for p in paragraphs))
        """The paragraphs whose words leave the question open, in manual order."""
        self.taken = taken
        """The reading the model takes, in words."""
        self.value = value
        """The value the model uses (a number of bytes, a yes or no, a rule's choice)."""
        self.why = why
        """Why this reading."""
        self.status = status
        """Awaiting policy confirmation, or confirmed."""
        self.confirmed_by = confirmed_by
        """Who confirmed it (name and role, as typed), once confirmed."""
        self.confirmed_on = confirmed_on
        """When it was confirmed."""
        named = (confirmed_by is not None, confirmed_on is not None)
        if named != ((True, True) if status is ReadingStatus.CONFIRMED else (False, False)):
            raise ValueError("a confirmed reading names who confirmed it and when; an awaiting one names neither")

    def __set_name__(self, owner: type, name: str) -> None:
        self._key = name

    @property
    def key(self) -> str:
        """The reading's stable name: its attribute in [`Readings`][irm_model.readings.Readings]."""
        return self._key

    def as_data(self) -> dict[str, Any]:
        """The reading as plain data (for traceability.json and the site)."""
        return {
            "key": self.key,
            "question": self.question,
            "paragraphs": [str(p) for p in self.paragraphs],
            "taken": self.taken,
            "why": self.why,
            "status": self.status.value,
            "confirmed_by": self.confirmed_by,
            "confirmed_on": None if self.confirmed_on is None else self.confirmed_on.isoformat(),
        }

    def __repr__(self) -> str:
        return f"Reading({self.key!r})"


_PERIODS = ("IRM 5.19.8.4.7.3(1)", "IRM 5.19.8.4.7.4(1)", "IRM 5.19.8.4.7.5(7)")
_DUT_FILES = ("IRM 5.18.2.1.5(7)", "IRM 5.19.1.2(15)", "IRM 5.19.11.3.2.5(2)")
_DUT_CODES = ("IRM 5.18.2.1.5(6)", "IRM 5.19.1.2(14)", "IRM 5.19.11.3.2.5(1)")
_IF_AVAILABLE = ("IRM 5.19.8.4.2.2(10)", "IRM 5.19.8.4.3.2(4)", "IRM 5.19.8.4.7.3(1)", "IRM 5.19.8.4.7.4(1)")
_MANDATE = "SBSE-05-0126-0020(1)"
_LAST_RESORT = (
    "SBSE-05-0126-0020(2)",
    "IRM 5.18.1.1.5(2)",
    "IRM 5.18.2.1.5(5)",
    "IRM 5.19.1.2(13)",
    "IRM 5.19.2.2.1(1)",
    "IRM 5.19.8.4(4)",
    "IRM 5.19.11.1.5(1)",
    "IRM 5.19.11.7.1.2(2)",
    "IRM 5.19.11.10.1(5)",
    "IRM 5.19.11.10.12(5)",
    "IRM 5.19.13.3(6)",
    "IRM 5.19.16.1.5(2)",
    "IRM 5.19.16.8(4)",
    "IRM 5.19.22.1.5(2)",
    "IRM 5.19.22.2.4(8)",
    "IRM 25.12.1.1.5(5)",
)


class Readings:
    """The register: one attribute per reading."""

    fifteen_mb = Reading[int](
        question='Is "15 mb per file/document" 15,000,000 bytes or 15 MiB (15,728,640 bytes)?',
        paragraphs=_DUT_FILES,
        taken="15 MiB: 15,728,640 bytes are accepted, 15,728,641 refused",
        value=15 * 1024 * 1024,
        why="The generous reading: Windows shows file sizes in these units and labels them MB, so no file a "
        'taxpayer\'s computer shows as "15 MB" or less is refused.',
    )
    extension_case = Reading[bool](
        question="Is SCAN.PDF a .pdf file? (The text lists lower-case extensions.)",
        paragraphs=_DUT_FILES,
        taken="Extensions are compared without regard to case",
        value=True,
        why="The case of a file name does not change the file's type, and scanners and phones often write upper case.",
    )
    jpeg_refused = Reading[bool](
        question="Is a .jpeg file refused, though .jpeg is the same format as .jpg?",
        paragraphs=_DUT_FILES,
        taken="Yes: only .pdf, .jpg and .png are accepted, and a .jpeg is refused",
        value=True,
        why='The paragraphs say "ONLY documents with the following file extensions can be uploaded; .pdf, .jpg and '
        '.png" and do not list .jpeg.',
    )
    access_code_case = Reading[bool](
        question="Is a Unique Access Code typed in lower case accepted?",
        paragraphs=_DUT_CODES,
        taken="Yes: codes are generated in upper case and accepted whatever the case they are typed in",
        value=True,
        why="It costs no secrecy, and a taxpayer who types what was read to them on the phone is not turned away.",
    )
    access_code_lifetime = Reading[int | None](
        question="How long is a Unique Access Code valid?",
        paragraphs=_DUT_CODES,
        taken="No lifetime is modelled: a code stays usable until its one use",
        value=None,
        why='The paragraphs make the code "one-time use only" but give it no lifetime. (A lifetime would need the '
        "time each code was issued, which the model does not record yet: under another value the registry refuses "
        "to check codes until it does.)",
    )
    access_code_masked = Reading[bool](
        question="May a Unique Access Code be shown once it is issued?",
        paragraphs=_DUT_CODES,
        taken="It is masked (**********) wherever the model prints it; the employee reveals it to read it out",
        value=True,
        why="The code gives access to the upload; the paragraphs say nothing of showing it, so the model never does.",
    )
    access_code_used_when = Reading[str](
        question="When is a one-time Unique Access Code used up?",
        paragraphs=_DUT_CODES,
        taken="By the first submission that delivers at least one file; a submission whose every file is refused "
        "leaves it unused",
        value="first file delivered",
        why="A taxpayer whose files were all refused has not used the code for anything and can try again. (The "
        'other reading the model can take, "first submission", uses the code up on any submission it is checked for.)',
    )
    day_zero = Reading[int](
        question="Which day is day 1 of a period of 15 calendar days: the day of the request or the day after?",
        paragraphs=_PERIODS,
        taken="The day after: the day of the request is day 0, so day 15 is on time and day 16 late",
        value=0,
        why="The usual rule for computing periods leaves out the day of the triggering event.",
    )
    weekend_extends = Reading[bool](
        question="Does a period ending on a Saturday, Sunday or holiday run to the next business day?",
        paragraphs=_PERIODS,
        taken="No: the period ends on its 15th calendar day whatever day that is (the other reading would run it to "
        "the next day that is not a Saturday, a Sunday or a legal public holiday of 5 U.S.C. 6103(a))",
        value=False,
        why='The paragraphs say "calendar days" and give no extension.',
    )
    period_past_expiration = Reading[str](
        question="Does a period that starts while the guidance is in force but ends after it expires still run?",
        paragraphs=(_MANDATE, *_PERIODS),
        taken="Yes: the day a period starts (the request, or the return for signature) decides whether the interim "
        "guidance governs it",
        value="start",
        why="The taxpayer was told the period under the guidance then in force.",
    )
    expiration_day = Reading[bool](
        question='Is the interim guidance still in force on its "Expiration Date: January 26, 2028"?',
        paragraphs=(_MANDATE,),
        taken="No: it governs through January 25, 2028 and has expired on January 26, 2028",
        value=False,
        why='The header gives "Expiration Date: January 26, 2028", two years from the date of the memorandum, the '
        'period within which "This guidance will be incorporated into the impacted IRM sections"; a guidance that '
        "expires on a date is read as no longer in force on it.",
    )
    sent_evidence = Reading[str](
        question='Which date proves that information was "sent" within 15 calendar days?',
        paragraphs=("IRM 5.19.8.4.7.3(1)", "IRM 5.19.8.4.7.5(7)"),
        taken="The date the taxpayer sent it: the postmark for postal mail, the transmission date for a fax, the time "
        "of the upload for the DUT; information sent on day 15 and received on day 19 is on time",
        value="sent",
        why='The paragraphs ask that the information "be sent" within the period, not that it arrive.',
    )
    filed_means = Reading[str](
        question='When is an affirmation "filed", and a hearing request "perfected", within 15 calendar days: when '
        "the taxpayer sends it or when the IRS receives it?",
        paragraphs=("IRM 5.19.8.4.7.4(1)",),
        taken="When the IRS receives it",
        value="received",
        why="A document is filed with the IRS when the IRS has it; the paragraph does not say that sending is enough.",
    )
    severity = Reading[str](
        question='A finding cites two paragraphs with different words of force ("must" beside "should"): which '
        "decides whether it is a violation or a deviation?",
        paragraphs=_LAST_RESORT,
        taken='The stronger: a departure from any cited "must" or "are required to" is a violation; from "should" '
        "alone, a deviation",
        value="stronger",
        why="The employee is bound by each paragraph that applies to the contact; a softer restatement elsewhere does "
        "not soften the stricter one.",
    )
    if_available_struck = Reading[str](
        question='What does striking "if available" after the offer of EEFax and the DUT change?',
        paragraphs=_IF_AVAILABLE,
        taken="The sentence no longer makes the offer conditional: EEFax and the DUT are offered to a taxpayer who "
        "has the information during the call",
        value="offer unconditionally",
        why="The strike removes the only condition the sentence gave; the memorandum says nothing else of it.",
    )
    fax_is_digital = Reading[bool](
        question="Is faxing to an office's fax number a digital option, to be offered before postal mail?",
        paragraphs=("IRM 5.19.11.10.12(5)", "IRM 5.19.11.7.1.2(2)", "IRM 5.19.11.10.1(5)"),
        taken="Yes: the IRS receives faxes through EEFax, a digital tool the memorandum names",
        value=True,
        why='IRM 5.19.11.10.12(5) lists the fax number with the DUT and ends "You must offer digital tools before '
        'postal mail response options".',
    )
    appropriate_judged_by = Reading[str](
        question='Who judges whether a tool is "available and appropriate, IT-approved" for a request?',
        paragraphs=(_MANDATE,),
        taken="The employee, for the request at hand; the contact records the tools judged available and "
        "appropriate, and a tool available but not appropriate is not owed",
        value="employee",
        why="The memorandum requires the offer of such tools but names no one else to decide.",
    )
    audience = Reading[str](
        question='Whom does the guidance bind: "ALL CAMPUS COLLECTION EMPLOYEES" (the header) or "all Collection '
        'employees" (the Purpose)?',
        paragraphs=(_MANDATE,),
        taken="Campus collection employees, as the header and the title say",
        value="campus collection employees",
        why="The memorandum is addressed to them and titled for them; the Purpose describes the tools' use broadly.",
    )
    encouraged_when = Reading[str](
        question='When must the taxpayer be encouraged to use the digital tools ("must offer, and encourage")?',
        paragraphs=(
            "IRM 1.4.20.20(1)",
            "IRM 5.18.1.1.5(2)",
            "IRM 5.19.1.2(13)",
            "IRM 5.19.2.2.1(1)",
            "IRM 5.19.8.4(4)",
            "IRM 5.19.16.8(4)",
        ),
        taken="At any time during the contact: a work review finds it missing only when the contact records no "
        "encouragement at all",
        value="any time in the contact",
        why="The paragraphs pair the duty with the offer but give it no moment of its own.",
    )
    program_for_irm = Reading[dict[str, str]](
        question="A contact is worked under one of the memorandum's Impacted IRMs; where the memorandum changes "
        "several paragraphs of that IRM, which paragraph governs the offer of the digital tools?",
        paragraphs=(
            "IRM 5.18.2.1.5(5)",
            "IRM 5.19.1.2(13)",
            "IRM 5.19.8.4(4)",
            "IRM 5.19.8.4.2(5)",
            "IRM 5.19.11.1.5(1)",
            "IRM 5.19.11.3.2.5(2)",
            "IRM 5.19.16.1.5(2)",
            "IRM 5.19.16.8(4)",
            "IRM 5.19.22.1.5(2)",
            "IRM 5.19.22.2.4(8)",
        ),
        taken="The paragraph that states the digital-first rule for the whole IRM: its Program Controls or overview "
        "paragraph, and for IRM 5.19.8 the paragraph its other paragraphs refer to for further guidance; a contact "
        "worked under a more specific paragraph names that paragraph in its record",
        value={
            "5.18.1": "IRM 5.18.1.1.5(2)",
            "5.18.2": "IRM 5.18.2.1.5(5)",
            "5.19.1": "IRM 5.19.1.2(13)",
            "5.19.2": "IRM 5.19.2.2.1(1)",
            "5.19.8": "IRM 5.19.8.4(4)",
            "5.19.11": "IRM 5.19.11.1.5(1)",
            "5.19.13": "IRM 5.19.13.3(6)",
            "5.19.16": "IRM 5.19.16.1.5(2)",
            "5.19.22": "IRM 5.19.22.1.5(2)",
            "1.4.20": "IRM 1.4.20.20(1)",
            "25.12.1": "IRM 25.12.1.1.5(5)",
        },
        why="The header lists the Impacted IRMs, not the paragraphs; the other changed paragraphs of each IRM concern "
        "one kind of case (a DUT access code, a hearing request, a withholding verification) or refer back to it.",
    )
    see_borrows = Reading[bool](
        question='Does a paragraph that says "See IRM 5.19.8.4(4) for further guidance" carry that paragraph\'s '
        "duties (encourage, paper as the last resort, postal mail only for those who cannot or will not)?",
        paragraphs=(
            "IRM 5.19.8.4(4)",
            "IRM 5.19.8.4.2(5)",
            "IRM 5.19.8.4.2(7)",
            "IRM 5.19.8.4.2.2(10)",
            "IRM 5.19.8.4.3(9)",
            "IRM 5.19.8.4.3.2(4)",
            "IRM 5.19.8.4.7.3(1)",
            "IRM 5.19.8.4.7.4(1)",
            "IRM 5.19.8.4.7.5(7)",
        ),
        taken="Yes: a contact worked under such a paragraph is held to what IRM 5.19.8.4(4) states, and its reasons "
        "cite IRM 5.19.8.4(4)",
        value=True,
        why="The paragraphs send the employee there for the guidance they do not repeat.",
    )
    unsigned_applies_to_equivalent = Reading[bool](
        question="Does the procedure for a timely but unsigned CDP hearing request apply to equivalent hearing "
        "requests too?",
        paragraphs=("IRM 5.19.8.4.7.4(1)", "IRM 5.19.8.4.7.3(1)"),
        taken="Yes, but only a late-perfected CDP request may qualify for an equivalent hearing; a late-perfected "
        "equivalent hearing request is not processable",
        value=True,
        why="IRM 5.19.8.4.7.3(1) sends both kinds of request through perfection, and the paragraph ends on what makes "
        "either one processable.",
    )
    extenuating_applies_to = Reading[str](
        question='Which period does "Allow additional time if the taxpayer demonstrates ... extenuating '
        'circumstances" extend?',
        paragraphs=("IRM 5.19.8.4.7.4(1)",),
        taken="The affirmation's 15 calendar days, the only period the bullet it closes sets",
        value="affirmation",
        why="The sentence closes the bullet about affirmations and joint requests.",
    )


READINGS: tuple[Reading[Any], ...] = tuple(value for value in vars(Readings).values() if isinstance(value, Reading))
"""Every reading, in the register's order."""


def readings_touching(paragraph: ParagraphId) -> tuple[Reading[Any], ...]:
    """The readings whose question the words of ``paragraph`` leave open."""
    return tuple(reading for reading in READINGS if paragraph in reading.paragraphs)
