"""The files the DUT accepts, and a submission with a Unique Access Code.

"ONLY documents with the following file extensions can be uploaded; .pdf, .jpg and .png", "up to
a maximum size of 15 mb per file/document", "Multiple files can be uploaded", each file "available
immediately" and labelled with the date and time received "much like correspondence received via
fax": IRM 5.18.2.1.5(7), repeated in IRM 5.19.1.2(15) and IRM 5.19.11.3.2.5(2). Decisions cite the
paragraph of the program the upload is made in. How extensions and "15 mb" are read is in
[irm_model.upload][].
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, NonNegativeInt

from irm_model.errors import IrmError
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
"""The only file extensions the DUT accepts, compared without regard to case.

"ONLY documents with the following file extensions can be uploaded; .pdf, .jpg and .png."
IRM 5.18.2.1.5(7), repeated in IRM 5.19.1.2(15) and IRM 5.19.11.3.2.5(2).
"""

MAX_FILE_BYTES = 15 * 1024 * 1024
"""The largest file the DUT accepts: 15 MiB, 15,728,640 bytes.

"up to a maximum size of 15 mb per file/document": IRM 5.18.2.1.5(7), repeated in
IRM 5.19.1.2(15) and IRM 5.19.11.3.2.5(2). Read as 15 * 1024 * 1024 bytes, the generous reading:
no file a taxpayer's computer shows as "15 MB" or less is refused.
"""

_STEPS_IN = tuple(program_rule(program).steps_in for program in DutProgram)
_DESCRIBED_IN = tuple(program_rule(program).described_in for program in DutProgram)
_ALLOWED = ", ".join(ALLOWED_EXTENSIONS)
_LIMIT = f"the maximum of 15 mb ({MAX_FILE_BYTES:,} bytes) per file"


class Why(Catalogue):
    """The reasons a file is accepted or refused, and what a submission delivers; each cites the program's paragraph."""

    extension_allowed = ReasonSpec(
        _STEPS_IN[0],
        f"{{extension}} is one of the file extensions that can be uploaded ({_ALLOWED})",
        also_in=_STEPS_IN[1:],
    )
    extension_not_allowed = ReasonSpec(
        _STEPS_IN[0],
        f"ONLY documents with the file extensions {_ALLOWED} can be uploaded, {{shown}}",
        also_in=_STEPS_IN[1:],
    )
    size_within_limit = ReasonSpec(_STEPS_IN[0], f"{{size}} is within {_LIMIT}", also_in=_STEPS_IN[1:])
    file_too_large = ReasonSpec(_STEPS_IN[0], f"{{size}} is over {_LIMIT}", also_in=_STEPS_IN[1:])
    nothing_received = ReasonSpec(
        _STEPS_IN[0], "No file could be uploaded, so the Unique Access Code is still unused", also_in=_STEPS_IN[1:]
    )
    files_received = ReasonSpec(
        _STEPS_IN[0],
        "{count} file(s) received, available at once and labelled with the date and time",
        also_in=_STEPS_IN[1:],
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
        """The extension, lower case with its dot (``.pdf`` for ``SCAN.PDF``); empty if none."""
        stem, dot, suffix = self.name.rpartition(".")
        return f".{suffix.lower()}" if dot and stem and suffix else ""


def _bytes(size: int) -> str:
    return "1 byte" if size == 1 else f"{size:,} bytes"


def _check_file(file: UploadedFile, program: DutProgram, *, on: date) -> Decision[bool]:
    paragraph = program_rule(program).steps_in
    type_ok = file.extension in ALLOWED_EXTENSIONS
    if type_ok:
        kind = Why.extension_allowed(paragraph, extension=file.extension)
    else:
        shown = f"not {file.extension}" if file.extension else "and this file has none"
        kind = Why.extension_not_allowed(paragraph, shown=shown)
    size_ok = file.size_bytes <= MAX_FILE_BYTES
    size = (Why.size_within_limit if size_ok else Why.file_too_large)(paragraph, size=_bytes(file.size_bytes))
    return Decision(outcome=type_ok and size_ok, reasons=(kind, size))


check_file = Rule(_check_file, implements=_STEPS_IN, day="on")
"""Whether the DUT accepts ``file``: an allowed extension and at most 15 MiB.

Args:
    file: The file.
    program: The program the upload is made in; the reasons cite its paragraph.
    on: The day of the upload.

Returns:
    Accepted (``True``) only if both the extension and the size are allowed; a reason for each:
    ``extension_allowed`` or ``extension_not_allowed``, then ``size_within_limit`` or ``file_too_large``.
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
    """A file the DUT has received: available at once, labelled with the date and time received."""

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

    @property
    def label(self) -> str:
        """The label "much like correspondence received via fax": ``Received 2026-03-02 14:05:09 UTC``."""
        return f"Received {self.received_at:%Y-%m-%d %H:%M:%S} {self.received_at.tzname()}"


class UploadOutcome(BaseModel):
    """One submission through the DUT: each file's check, the files received, and the code's registry."""

    model_config = ConfigDict(frozen=True)

    registry: AccessCodeRegistry
    """The registry afterwards: the code is used if at least one file was received."""
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
    if not accepted:
        return Decision(
            outcome=UploadOutcome(registry=registry, checks=checks, received=()),
            reasons=(Why.nothing_received(paragraph),),
        )
    redemption = registry.redeem(code)
    assert redemption.outcome is not None  # a redemption always has its registry
    received = tuple(ReceivedFile(name=file.name, size_bytes=file.size_bytes, received_at=at) for file in accepted)
    return Decision(
        outcome=UploadOutcome(registry=redemption.outcome, checks=checks, received=received),
        reasons=(*redemption.reasons, Why.files_received(paragraph, count=len(received))),
    )


submit_upload = Rule(_submit_upload, implements=(*_DESCRIBED_IN, *_STEPS_IN), day="at")
"""The taxpayer submits ``files`` at the DUT site with a Unique Access Code.

Each file is checked on its own ("Multiple files can be uploaded ... per file/document"); the
allowed ones are received and labelled with ``at``. The code is used up only if at least one
file is received.

Args:
    registry: The codes issued in the program.
    presented: The code the taxpayer enters.
    files: The files, one or more.
    at: When the submission is received (timezone-aware); its date is the day asked about.

Returns:
    The received and refused files, and the registry afterwards; the reasons are
    ``access_code_accepted`` and ``files_received``, or ``nothing_received`` when every file is refused.

Raises:
    AccessCodeError: The code is malformed, unknown or already used (checked first).
    UploadError: ``files`` is empty (``upload_without_files``), or ``at`` has no timezone
        (``upload_time_without_timezone``).
"""
