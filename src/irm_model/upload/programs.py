"""The three programs that describe the DUT, each in its own words, and where uploads go.

Each program gives the DUT its own force where its text references fax (EEFax in IRM 5.19.1)
and its own direction for the taxpayer who has the documents during the call; the table of
[`program_rule`][irm_model.upload.programs.program_rule] keeps them apart, with the paragraphs
that say so. Every decision of the package cites the paragraph of the program it is made in:
the paragraph that describes the DUT and its code
([`described_in`][irm_model.upload.programs.DutProgramRule.described_in]) or the one with the
steps and the file rules ([`steps_in`][irm_model.upload.programs.DutProgramRule.steps_in]).

Each reason carries its paragraph's own word of force, quoted from the program's text: "must be
used, when available", "will also be acceptable, when available" and "will also be accepted, when
available" where fax (or EEFax) is referenced; "must submit", "may submit" and "must offer" for the
taxpayer with the documents on the phone.

The DUT "provides taxpayers with an alternative to provide necessary documentation securely to the
requesting employee" (IRM 5.19.1.2(14)); "CSCO and ACSS will process these uploads as incoming
receipts", the uploads through the link on outgoing correspondence (IRM 5.19.1.2(16)):
[`handling_of`][irm_model.upload.programs.handling_of].
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Catalogue, Decision, ReasonSpec
from irm_model.rules import Rule

__all__ = [
    "DUT_URL",
    "DutInstruction",
    "DutProgram",
    "DutProgramRule",
    "DutStanding",
    "DutStep",
    "TaxpayerDirection",
    "UploadHandler",
    "UploadHandling",
    "UploadSource",
    "documents_on_the_phone",
    "dut_where_referenced",
    "handling_of",
    "program_rule",
]

DUT_URL = "www.irs.gov/sendmyreply"
"""The DUT site the taxpayer is given with the Unique Access Code.

IRM 5.18.2.1.5(7), repeated in IRM 5.19.1.2(15) and IRM 5.19.11.3.2.5(2).
"""


class DutProgram(StrEnum):
    """An IRM program that describes the DUT, each in its own words."""

    IRM_5_18_2 = "IRM 5.18.2"
    """IRM 5.18.2: wherever fax is referenced, "the DUT must be used, when available"."""
    IRM_5_19_1 = "IRM 5.19.1"
    """IRM 5.19.1, Balance Due: wherever EEFax is referenced, "the DUT will also be acceptable, when available"."""
    IRM_5_19_11 = "IRM 5.19.11"
    """IRM 5.19.11, Withholding Compliance: wherever fax is referenced, "the DUT will also be accepted, when
    available"."""


class DutStanding(StrEnum):
    """What the DUT is, where a program's text references fax (or EEFax) for securing documents."""

    MUST_BE_USED = "must be used"
    """"the DUT must be used, when available": IRM 5.18.2.1.5(6)."""
    ALSO_ACCEPTABLE = "also acceptable"
    """"the DUT will also be acceptable" (IRM 5.19.1.2(14)), "will also be accepted" (IRM 5.19.11.3.2.5(1)),
    when available, beside the means referenced."""
    NOT_AVAILABLE = "not available"
    """The DUT is not available: the program's sentence on it, which holds "when available", does not apply."""


class TaxpayerDirection(StrEnum):
    """What the employee tells a taxpayer who has the necessary documents during the call."""

    MUST_SUBMIT = "must submit the documents using the DUT"
    """IRM 5.18.2.1.5(7): "inform them they must submit the documents to you using the DUT"."""
    MAY_SUBMIT = "may submit the documents using the DUT"
    """IRM 5.19.1.2(15): "inform them they may submit the documents to you using the DUT"."""
    MUST_BE_OFFERED = "must be offered the option to submit the documents using the DUT"
    """IRM 5.19.11.3.2.5(2): "you must offer them the option to submit the documents to you using the DUT"."""


class DutStep(StrEnum):
    """The steps, in order, for receiving documents through the DUT during a call."""

    GENERATE_CODE = "generate a Unique Access Code"
    """The employee generates a one-time Unique Access Code."""
    PROVIDE_CODE_AND_URL = f"provide the taxpayer the Unique Access Code and the URL {DUT_URL}"
    """The employee gives the taxpayer the code and the DUT site."""
    ADVISE_SCREEN_PROMPTS = "advise the taxpayer they should read and follow the screen prompts"
    """In the text's words: "Advise the taxpayer they should read and follow the screen prompts that will be
    displayed"."""
    RETRIEVE_FILES = "files may be retrieved as soon as they are uploaded"
    """In the text's words: "Files may be retrieved as soon as they are uploaded by the taxpayer"."""


class DutProgramRule(BaseModel):
    """How one program words the DUT: the means it stands beside, its force, and the paragraphs."""

    model_config = ConfigDict(frozen=True)

    program: DutProgram
    """The program."""
    described_in: ParagraphId
    """The paragraph that describes the DUT and its one-time code: 5.18.2.1.5(6), 5.19.1.2(14), 5.19.11.3.2.5(1)."""
    steps_in: ParagraphId
    """The paragraph with the steps and the file rules: 5.18.2.1.5(7), 5.19.1.2(15), 5.19.11.3.2.5(2)."""
    referenced_means: str
    """The means the DUT stands beside "wherever ... is referenced": ``fax`` or ``EEFax``."""
    standing: DutStanding
    """What the DUT is where that means is referenced, when the DUT is available."""
    direction: TaxpayerDirection
    """What the taxpayer with documents on the phone is told."""
    wording: str
    """The program's own words for the DUT's standing."""
    force: str
    """The word of force of that sentence, quoted: "must be used, when available", ..."""
    direction_force: str
    """The word of force of the direction to the taxpayer with the documents on the phone, quoted: "must submit",
    "may submit", "must offer"."""


_RULES: dict[DutProgram, DutProgramRule] = {
    DutProgram.IRM_5_18_2: DutProgramRule(
        program=DutProgram.IRM_5_18_2,
        described_in=ParagraphId.parse("IRM 5.18.2.1.5(6)"),
        steps_in=ParagraphId.parse("IRM 5.18.2.1.5(7)"),
        referenced_means="fax",
        standing=DutStanding.MUST_BE_USED,
        direction=TaxpayerDirection.MUST_SUBMIT,
        wording="the DUT must be used, when available",
        force="must be used, when available",
        direction_force="must submit",
    ),
    DutProgram.IRM_5_19_1: DutProgramRule(
        program=DutProgram.IRM_5_19_1,
        described_in=ParagraphId.parse("IRM 5.19.1.2(14)"),
        steps_in=ParagraphId.parse("IRM 5.19.1.2(15)"),
        referenced_means="EEFax",
        standing=DutStanding.ALSO_ACCEPTABLE,
        direction=TaxpayerDirection.MAY_SUBMIT,
        wording="the DUT will also be acceptable, when available",
        force="will also be acceptable, when available",
        direction_force="may submit",
    ),
    DutProgram.IRM_5_19_11: DutProgramRule(
        program=DutProgram.IRM_5_19_11,
        described_in=ParagraphId.parse("IRM 5.19.11.3.2.5(1)"),
        steps_in=ParagraphId.parse("IRM 5.19.11.3.2.5(2)"),
        referenced_means="fax",
        standing=DutStanding.ALSO_ACCEPTABLE,
        direction=TaxpayerDirection.MUST_BE_OFFERED,
        wording="the DUT will also be accepted, when available",
        force="will also be accepted, when available",
        direction_force="must offer",
    ),
}


def program_rule(program: DutProgram) -> DutProgramRule:
    """How ``program`` words the DUT, and the paragraphs that say so."""
    return _RULES[program]


_DESCRIBED_IN = tuple(rule.described_in for rule in _RULES.values())
_STEPS_IN = tuple(rule.steps_in for rule in _RULES.values())
_STANDING_FORCE = {rule.described_in: rule.force for rule in _RULES.values()}
_DIRECTION_FORCE = {rule.steps_in: rule.direction_force for rule in _RULES.values()}
_CORRESPONDENCE_LINK = ParagraphId.parse("IRM 5.19.1.2(16)")


class Why(Catalogue):
    """The reasons of the programs' own words for the DUT; each cites the paragraph of the program."""

    dut_must_be_used = ReasonSpec(
        _RULES[DutProgram.IRM_5_18_2].described_in,
        "Wherever {means} is referenced as an acceptable means of securing documents throughout {program}, {wording}",
        force=_RULES[DutProgram.IRM_5_18_2].force,
    )
    dut_also_acceptable = ReasonSpec(
        _RULES[DutProgram.IRM_5_19_1].described_in,
        "Wherever {means} is referenced as an acceptable means of securing documents throughout {program}, {wording}",
        also_in=(_RULES[DutProgram.IRM_5_19_11].described_in,),
        force={
            rule.described_in: rule.force for rule in _RULES.values() if rule.standing is DutStanding.ALSO_ACCEPTABLE
        },
    )
    dut_not_available = ReasonSpec(
        _DESCRIBED_IN[0],
        'The DUT is not available, and the sentence on it holds "when available": it does not change what '
        "{program} says where {means} is referenced",
        also_in=_DESCRIBED_IN[1:],
        force=_STANDING_FORCE,
    )
    documents_during_the_call = ReasonSpec(
        _STEPS_IN[0],
        "The taxpayer has the documents during the call: the taxpayer {direction}",
        also_in=_STEPS_IN[1:],
        force=_DIRECTION_FORCE,
    )
    access_code_requesting_employee = ReasonSpec(
        _RULES[DutProgram.IRM_5_19_1].described_in,
        "The DUT provides taxpayers with an alternative to provide necessary documentation securely to the "
        "requesting employee",
        force="provides taxpayers with an alternative",
    )
    correspondence_link_incoming_receipt = ReasonSpec(
        _CORRESPONDENCE_LINK,
        "Uploads through the link on outgoing correspondence are processed by CSCO and ACSS as incoming receipts",
        force="will process these uploads as incoming receipts",
    )


# --- What the DUT is where a program references fax -----------------------------------------


def _dut_where_referenced(program: DutProgram, *, dut_available: bool, on: date) -> Decision[DutStanding]:
    rule = _RULES[program]
    if not dut_available:
        return Decision(
            outcome=DutStanding.NOT_AVAILABLE,
            reasons=(Why.dut_not_available(rule.described_in, means=rule.referenced_means, program=program.value),),
        )
    why = Why.dut_must_be_used if rule.standing is DutStanding.MUST_BE_USED else Why.dut_also_acceptable
    return Decision(
        outcome=rule.standing,
        reasons=(why(rule.described_in, means=rule.referenced_means, program=program.value, wording=rule.wording),),
    )


dut_where_referenced = Rule(_dut_where_referenced, implements=_DESCRIBED_IN, day="on")
"""What the DUT is wherever ``program`` references fax (EEFax in IRM 5.19.1) for securing documents.

The means the text references is the program's
[`referenced_means`][irm_model.upload.programs.DutProgramRule.referenced_means].

Args:
    program: The program whose text references the means.
    dut_available: Whether the DUT is available; every program's sentence holds "when available".
    on: The day asked about.

Returns:
    ``MUST_BE_USED`` in IRM 5.18.2, ``ALSO_ACCEPTABLE`` in IRM 5.19.1 and IRM 5.19.11, or
    ``NOT_AVAILABLE`` when the DUT is not available; the reason cites the program's paragraph
    (``dut_must_be_used``, ``dut_also_acceptable`` or ``dut_not_available``).
"""


# --- The taxpayer with the documents on the phone -------------------------------------------


class DutInstruction(BaseModel):
    """What to do when a taxpayer has the necessary documents available during the call.

    The files the taxpayer can upload are those of
    [`ALLOWED_EXTENSIONS`][irm_model.upload.files.ALLOWED_EXTENSIONS], each at most
    [`MAX_FILE_BYTES`][irm_model.upload.files.MAX_FILE_BYTES].
    """

    model_config = ConfigDict(frozen=True)

    program: DutProgram
    """The program the call is made in."""
    direction: TaxpayerDirection
    """What the taxpayer is told: must submit, may submit, or is offered the option."""
    steps: tuple[DutStep, ...]
    """The steps in order."""
    url: str
    """The DUT site given to the taxpayer, [`DUT_URL`][irm_model.upload.programs.DUT_URL]."""


def _documents_on_the_phone(program: DutProgram, *, on: date) -> Decision[DutInstruction]:
    rule = _RULES[program]
    return Decision(
        outcome=DutInstruction(program=program, direction=rule.direction, steps=tuple(DutStep), url=DUT_URL),
        reasons=(Why.documents_during_the_call(rule.steps_in, direction=rule.direction.value),),
    )


documents_on_the_phone = Rule(_documents_on_the_phone, implements=_STEPS_IN, day="on")
"""The DUT procedure for a taxpayer who has the necessary documents available during the call.

Args:
    program: The program the call is made in; it decides what the taxpayer is told.
    on: The day of the call.

Returns:
    The direction for the taxpayer, the four steps and the URL; the reason
    ``documents_during_the_call`` cites the program's paragraph with its word of force ("must submit", "may
    submit", "must offer").
"""


# --- Where uploads go -----------------------------------------------------------------------


class UploadSource(StrEnum):
    """How the taxpayer came to upload."""

    ACCESS_CODE = "access code"
    """With a Unique Access Code an employee provided (IRM 5.19.1.2(14))."""
    CORRESPONDENCE_LINK = "correspondence link"
    """Through the link to the DUT printed on certain outgoing correspondence (since 2023)."""


class UploadHandler(StrEnum):
    """Who works an upload, and as what."""

    REQUESTING_EMPLOYEE = "the requesting employee"
    """The documentation reaches the requesting employee (IRM 5.19.1.2(14))."""
    INCOMING_RECEIPT = "incoming receipt"
    """CSCO and ACSS process the upload as an incoming receipt (IRM 5.19.1.2(16))."""


class UploadHandling(BaseModel):
    """How an upload is worked, and by whom."""

    model_config = ConfigDict(frozen=True)

    source: UploadSource
    """How the taxpayer came to upload."""
    handler: UploadHandler
    """Who works it, and as what."""
    processed_by: tuple[str, ...]
    """The functions that process it, as the memorandum abbreviates them (``CSCO``, ``ACSS``)."""


def _handling_of(source: UploadSource, *, on: date) -> Decision[UploadHandling]:
    if source is UploadSource.CORRESPONDENCE_LINK:
        return Decision(
            outcome=UploadHandling(
                source=source, handler=UploadHandler.INCOMING_RECEIPT, processed_by=("CSCO", "ACSS")
            ),
            reasons=(Why.correspondence_link_incoming_receipt(),),
        )
    return Decision(
        outcome=UploadHandling(source=source, handler=UploadHandler.REQUESTING_EMPLOYEE, processed_by=()),
        reasons=(Why.access_code_requesting_employee(),),
    )


handling_of = Rule(
    _handling_of, implements=(_RULES[DutProgram.IRM_5_19_1].described_in, _CORRESPONDENCE_LINK), day="on"
)
"""Who works an upload, given how the taxpayer came to upload.

Uploads through the link on outgoing correspondence: "CSCO and ACSS will process these uploads as
incoming receipts" (IRM 5.19.1.2(16)). Uploads with a code an employee provided: the DUT "provides
taxpayers with an alternative to provide necessary documentation securely to the requesting
employee" (IRM 5.19.1.2(14)).

Args:
    source: How the taxpayer came to upload.
    on: The day of the upload.

Returns:
    Who works the upload, and the functions that process it; the reason
    (``correspondence_link_incoming_receipt`` or ``access_code_requesting_employee``) cites the paragraph.
"""
