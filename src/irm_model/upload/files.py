"""The files the DUT accepts, and a submission with a Unique Access Code.

"ONLY documents with the following file extensions can be uploaded; .pdf, .jpg and .png. Multiple
files can be uploaded, up to a maximum size of 15 mb per file/document." "Files may be retrieved as
soon as they are uploaded by the taxpayer. Files received via the DUT will be labeled with the date
and time much like correspondence received via fax." IRM 5.18.2.1.5(7), repeated word for word in
IRM 5.19.1.2(15) and IRM 5.19.11.3.2.5(2). Decisions cite the paragraph of the program the upload
is made in, with those words of force. What "15 mb" is, whether case counts in an extension,
whether .jpeg is .jpg, and when a code is used up are readings of the register,
[irm_model.readings][], read at each decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, NonNegativeInt

from irm_model.errors import IrmError
from irm_model.readings import Readings
from irm_model.reasons import Catalogue, Decision, ReasonSpec
from irm_model.rules import Rule
from irm_model.upload.access_codes import AccessCode, AccessCodeRegistry
from irm_model.upload.programs import DutProgram, program_rule

__all__ = [
    "ALLOWED_EXTENSIONS",
    "MAX_FILE_BYTES",
    "FileCheck",
    "ReceivedFile",
    "UploadError",
    "UploadOutcome",
    "UploadedFile",
    "check_file",
    "submit_upload",
]

ALLOWED_EXTENSIONS: tuple[str, ...] = (".pdf", ".jpg", ".png")
"""The only file extensions the DUT accepts.

"ONLY documents with the following file extensions can be uploaded; .pdf, .jpg and .png."
IRM 5.18.2.1.5(7), repeated in IRM 5.19.1.2(15) and IRM 5.19.11.3.2.5(2). Whether case counts
is the reading ``Readings.extension_case``; whether .jpeg is refused, ``Readings.jpeg_refused``.
"""

MAX_FILE_BYTES: int = Readings.fifteen_mb.value
"""The largest file the DUT accepts, in bytes: the register's reading of "15 mb" (``Readings.fifteen_mb``).

"up to a maximum size of 15 mb per file/document": IRM 5.18.2.1.5(7), repeated in
IRM 5.19.1.2(15) and IRM 5.19.11.3.2.5(2). This is the value when the module was loaded, for the
pages that show it; [`check_file`][irm_model.upload.files.check_file] reads the register at each call.
"""

_STEPS_IN = tuple(program_rule(program).steps_in for program in DutProgram)
_DESCRIBED_IN = tuple(program_rule(program).described_in for program in DutProgram)
_ALLOWED = ", ".join(ALLOWED_EXTENSIONS)
_LIMIT = "the maximum of 15 mb ({limit} bytes) per file"

_ONLY = "ONLY ... can be uploaded"
"""The file types' word of force, quoted with the words between left out (IRM 5.19.1.2(15) writes *ONLY*)."""
_MAXIMUM = "up to a maximum size of 15 mb per file/document"
_FILE_TYPES = (Readings.extension_case, Readings.jpeg_refused)


class Why(Catalogue):
    """The reasons a file is accepted or refused, and what a submission delivers; each cites the program's paragraph.

    The three paragraphs word the file rules alike, so each reason has one word of force for the three.
    """

    extension_allowed = ReasonSpec(
        _STEPS_IN[0],
        f"{{extension}} is one of the file extensions that can be uploaded ({_ALLOWED})",
        also_in=_STEPS_IN[1:],
        force=_ONLY,
        readings=_FILE_TYPES,
    )
    extension_not_allowed = ReasonSpec(
        _STEPS_IN[0],
        f"ONLY documents with the file extensions {_ALLOWED} can be uploaded, {{shown}}",
        also_in=_STEPS_IN[1:],
        force=_ONLY,
        readings=_FILE_TYPES,
    )
    size_within_limit = ReasonSpec(
        _STEPS_IN[0],
        f"{{size}} is within {_LIMIT}",
        also_in=_STEPS_IN[1:],
        force=_MAXIMUM,
        readings=(Readings.fifteen_mb,),
    )
    file_too_large = ReasonSpec(
        _STEPS_IN[0],
        f"{{size}} is over {_LIMIT}",
        also_in=_STEPS_IN[1:],
        force=_MAXIMUM,
        readings=(Readings.fifteen_mb,),
    )
    nothing_received = ReasonSpec(
        _STEPS_IN[0],
        "No file could be uploaded, so the Unique Access Code is still unused",
        also_in=_STEPS_IN[1:],
        force="can be uploaded",
        readings=(Readings.access_code_used_when,),
    )
    files_received = ReasonSpec(
        _STEPS_IN[0],
        "{count} file(s) received, each checked on its own",
        also_in=_STEPS_IN[1:],
        force="Multiple files can be uploaded",
    )
    files_retrievable = ReasonSpec(
        _STEPS_IN[0],
        "The files received may be retrieved as soon as they are uploaded",
        also_in=_STEPS_IN[1:],
        force="Files may be retrieved as soon as they are uploaded",
    )
    files_labelled = ReasonSpec(
        _STEPS_IN[0],
        "The files received are labelled with the date and time, much like correspondence received via fax",
        also_in=_STEPS_IN[1:],
        force="will be labeled with the date and time",
    )


class UploadError(IrmError):
    """A submission the DUT cannot take: ``upload_without_files`` or ``upload_time_without_timezone``."""


class UploadedFile(BaseModel):
    """A file the taxpayer offers to upload."""

    model_config = ConfigDict(frozen=True)

    name: str = Field(min_length=1)
    """The file's name, with its extension: ``statement.pdf``."""
    size_bytes: NonNegativeInt
    """The file's size in bytes."""

    @property
    def extension(self) -> str:
        """The extension with its dot, or empty if none.

        In lower case (``.pdf`` for ``SCAN.PDF``) while ``Readings.extension_case`` says case does not
        count (read at each call); as written otherwise.
        """
        stem, dot, suffix = self.name.rpartition(".")
        if not (dot and stem and suffix):
            return ""
        return f".{suffix.lower()}" if Readings.extension_case.value else f".{suffix}"


_SAME_FORMAT_AS_JPG = ".jpeg"
"""The other extension of the .jpg format: accepted as .jpg only if ``Readings.jpeg_refused`` is false."""


def _bytes(size: int) -> str:
    return "1 byte" if size == 1 else f"{size:,} bytes"


def _check_file(file: UploadedFile, program: DutProgram, *, on: date) -> Decision[bool]:
    paragraph = program_rule(program).steps_in
    extension = file.extension
    read_as_jpg = extension == _SAME_FORMAT_AS_JPG and not Readings.jpeg_refused.value
    type_ok = extension in ALLOWED_EXTENSIONS or read_as_jpg
    if type_ok:
        shown_as = f"{extension}, read as .jpg," if read_as_jpg else extension
        kind = Why.extension_allowed(paragraph, extension=shown_as)
    else:
        shown = f"not {extension}" if extension else "and this file has none"
        kind = Why.extension_not_allowed(paragraph, shown=shown)
    limit = Readings.fifteen_mb.value
    size_ok = file.size_bytes <= limit
    why_size = Why.size_within_limit if size_ok else Why.file_too_large
    size = why_size(paragraph, size=_bytes(file.size_bytes), limit=f"{limit:,}")
    return Decision(outcome=type_ok and size_ok, reasons=(kind, size))


check_file = Rule(_check_file, implements=_STEPS_IN, day="on")
"""Whether the DUT accepts ``file``: one of the extensions listed, and no more than "15 mb".

What "15 mb" is (``Readings.fifteen_mb``), whether case counts in an extension
(``Readings.extension_case``) and whether a .jpeg is refused (``Readings.jpeg_refused``) are read
from the register at each call.

Args:
    file: The file.
    program: The program the upload is made in; the reasons cite its paragraph.
    on: The day of the upload.

Returns:
    Accepted (``True``) only if both the extension and the size are allowed; a reason for each:
    ``extension_allowed`` or ``extension_not_allowed`` ("ONLY ... can be uploaded"), then
    ``size_within_limit`` or ``file_too_large`` ("up to a maximum size of 15 mb per file/document").
"""


class FileCheck(BaseModel):
    """One file of a submission, and whether the DUT accepts it."""

    model_config = ConfigDict(frozen=True)

    file: UploadedFile
    """The file checked."""
    decision: Decision[bool]
    """The [`check_file`][irm_model.upload.files.check_file] decision: accepted or not, and why."""

    @property
    def accepted(self) -> bool:
        """Whether the file can be uploaded."""
        return self.decision.outcome is True


class ReceivedFile(BaseModel):
    """A file the DUT has received: it "may be retrieved as soon as" it is uploaded, labelled with the date and time."""

    model_config = ConfigDict(frozen=True)

    name: str
    """The file's name."""
    size_bytes: int
    """The file's size in bytes."""
    received_at: AwareDatetime
    """When the DUT received the file."""

    @property
    def available_at(self) -> datetime:
        """When the employee may retrieve the file: as soon as it is uploaded, ``received_at``."""
        return self.received_at

    def retrievable_at(self, moment: datetime) -> bool:
        """Whether the employee may retrieve the file at ``moment`` (timezone-aware): from its upload on."""
        return moment >= self.available_at

    @property
    def label(self) -> str:
        """The label "much like correspondence received via fax": ``Received 2026-03-02 14:05:09 UTC``."""
        return f"Received {self.received_at:%Y-%m-%d %H:%M:%S} {self.received_at.tzname()}"


class UploadOutcome(BaseModel):
    """One submission through the DUT: each file's check, the files received, and the code's registry."""

    model_config = ConfigDict(frozen=True)

    registry: AccessCodeRegistry
    """The registry afterwards: the code is used if the submission used it up (``Readings.access_code_used_when``)."""
    checks: tuple[FileCheck, ...]
    """Every file's check, in the order submitted."""
    received: tuple[ReceivedFile, ...]
    """The files received, in the order submitted."""

    @property
    def refused(self) -> tuple[FileCheck, ...]:
        """The checks of the files refused, each with its reasons."""
        return tuple(check for check in self.checks if not check.accepted)

    def check_of(self, name: str) -> FileCheck:
        """The check of the file named ``name``.

        Raises:
            KeyError: no file of that name was submitted.
        """
        for check in self.checks:
            if check.file.name == name:
                return check
        raise KeyError(name)


_USED_BY_FIRST_FILE = "first file delivered"
_USED_BY_FIRST_SUBMISSION = "first submission"


def _uses_the_code(*, delivered: bool) -> bool:
    """Whether a submission uses its one-time code up, by ``Readings.access_code_used_when`` (read at each call).

    ``"first file delivered"``: only a submission that delivers at least one file does;
    ``"first submission"``: any submission the code is verified for does.

    Raises:
        ValueError: The register holds another value.
    """
    used_when = Readings.access_code_used_when.value
    if used_when == _USED_BY_FIRST_FILE:
        return delivered
    if used_when == _USED_BY_FIRST_SUBMISSION:
        return True
    raise ValueError(
        f"Readings.access_code_used_when is {used_when!r}, neither {_USED_BY_FIRST_FILE!r} nor "
        f"{_USED_BY_FIRST_SUBMISSION!r}"
    )


def _submit_upload(
    registry: AccessCodeRegistry, presented: AccessCode | str, files: Sequence[UploadedFile], *, at: datetime
) -> Decision[UploadOutcome]:
    if not files:
        raise UploadError("upload_without_files", "a submission has at least one file")
    if at.tzinfo is None:
        raise UploadError("upload_time_without_timezone", "the time received must carry a timezone")
    code = registry.verify(presented)
    checks = tuple(FileCheck(file=file, decision=check_file(file, registry.program, on=at.date())) for file in files)
    accepted = [check.file for check in checks if check.accepted]
    paragraph = program_rule(registry.program).steps_in
    if not _uses_the_code(delivered=bool(accepted)):
        return Decision(
            outcome=UploadOutcome(registry=registry, checks=checks, received=()),
            reasons=(Why.nothing_received(paragraph),),
        )
    redemption = registry.redeem(code)
    assert redemption.outcome is not None  # a redemption always has its registry
    received = tuple(ReceivedFile(name=file.name, size_bytes=file.size_bytes, received_at=at) for file in accepted)
    delivered = (Why.files_retrievable(paragraph), Why.files_labelled(paragraph)) if received else ()
    return Decision(
        outcome=UploadOutcome(registry=redemption.outcome, checks=checks, received=received),
        reasons=(*redemption.reasons, Why.files_received(paragraph, count=len(received)), *delivered),
    )


submit_upload = Rule(_submit_upload, implements=(*_DESCRIBED_IN, *_STEPS_IN), day="at")
"""The taxpayer submits ``files`` at the DUT site with a Unique Access Code.

Each file is checked on its own ("Multiple files can be uploaded, up to a maximum size of 15 mb
per file/document"); the allowed ones are received, labelled with ``at``, and may be retrieved
from then on. When the one-time code is used up is the reading ``Readings.access_code_used_when``:
by the first submission that delivers at least one file.

Args:
    registry: The codes issued in the program.
    presented: The code the taxpayer enters.
    files: The files, one or more.
    at: When the submission is received (timezone-aware); its date is the day asked about.

Returns:
    The received and refused files, and the registry afterwards; the reasons are
    ``access_code_accepted``, ``files_received``, ``files_retrievable`` and ``files_labelled``, or
    ``nothing_received`` when every file is refused and the code stays unused.

Raises:
    AccessCodeError: The code is malformed, unknown or already used (checked first).
    UploadError: ``files`` is empty (``upload_without_files``), or ``at`` has no timezone
        (``upload_time_without_timezone``).
"""
