"""The Document Upload Tool (DUT): access codes, allowed files, receipts, and how each program uses it.

Three IRM programs describe the DUT in nearly the same words, but they do not give it the same
force, and the model keeps them apart ([`DutProgram`][irm_model.upload.DutProgram]):

| program | where the text references | the DUT | the taxpayer with documents on the phone |
|---|---|---|---|
| IRM 5.18.2 | fax | **must be used** (5.18.2.1.5(6)) | **must** submit them with the DUT (5.18.2.1.5(7)) |
| IRM 5.19.1 | EEFax | **will also be acceptable** (5.19.1.2(14)) | **may** submit them with the DUT (5.19.1.2(15)) |
| IRM 5.19.11 | fax | **will also be accepted** (5.19.11.3.2.5(1)) | **must be offered** the DUT (5.19.11.3.2.5(2)) |

Each only "when available".

The facts they share are constants here, each next to the paragraph it comes from (the first of
the three paragraphs that repeat it): the access code ([`ACCESS_CODE_LENGTH`][irm_model.upload.ACCESS_CODE_LENGTH],
[`ACCESS_CODE_ALPHABET`][irm_model.upload.ACCESS_CODE_ALPHABET]), the address
([`DUT_URL`][irm_model.upload.DUT_URL]), the file types
([`ALLOWED_EXTENSIONS`][irm_model.upload.ALLOWED_EXTENSIONS]) and the size limit
([`MAX_FILE_BYTES`][irm_model.upload.MAX_FILE_BYTES]). Decisions cite the paragraph of the program
they are made in.

Decisions this module takes where the memorandum is silent:

* **Alphabet.** "10-digit alphanumeric": codes are generated from the 36 characters ``A``-``Z``
  and ``0``-``9``. A code is accepted **whatever its case** (``ab12cd34ef`` is ``AB12CD34EF``):
  codes are only ever generated in upper case, so this costs no secrecy, and a taxpayer who types
  what was read to them on the phone in lower case is not turned away. Surrounding spaces are
  ignored; any other character makes the code malformed.
* **Generation.** With a cryptographically secure source (``secrets.SystemRandom``); the source
  can be passed in so that tests are repeatable. Each character is drawn uniformly from the 36,
  so a code carries 10 · log2(36) ≈ 51.7 bits drawn from ``secrets``: 36^10 = 3,656,158,440,062,976
  possible codes.
* **One use.** A code is used up by the first submission that delivers at least one file. A
  submission whose every file is refused delivers nothing and leaves the code unused, so the
  taxpayer can try again with allowed files. Codes are compared in constant time
  (``hmac.compare_digest``) and never shown: ``str()`` and ``repr()`` print ``**********``.
* **No expiry.** The memorandum makes the code "one-time use only" but gives it no lifetime, so
  none is modelled: a code stays usable until it is used.
* **Extensions** are compared without regard to case (``SCAN.PDF`` is a ``.pdf``): the case of a
  file name does not change the file's type, and scanners and phones often write upper case.
  Only the three listed extensions are allowed: ``.jpeg`` is refused although it is the same
  format as ``.jpg``, because the memorandum says "ONLY".
* **15 mb** is read as 15 MiB, 15 * 1024 * 1024 = 15,728,640 bytes, the generous reading:
  Windows shows file sizes in these units and labels them "MB", so no file a taxpayer's computer
  shows as "15 MB" or less is refused. 15,728,640 bytes are accepted, 15,728,641 refused.
"""

from __future__ import annotations

import hmac
import random
import secrets
import string
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, NonNegativeInt, SecretStr, field_validator

from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Reason

__all__ = [
    "ACCESS_CODE_ALPHABET",
    "ACCESS_CODE_LENGTH",
    "ALLOWED_EXTENSIONS",
    "DUT_URL",
    "MAX_FILE_BYTES",
    "AccessCode",
    "AccessCodeError",
    "AccessCodeRegistry",
    "ChoiceSource",
    "DutInstruction",
    "DutProgram",
    "DutProgramRule",
    "DutStanding",
    "DutStep",
    "DutSubstitution",
    "FileCheck",
    "IssuedCode",
    "ReceivedFile",
    "Redemption",
    "TaxpayerDirection",
    "UploadHandler",
    "UploadHandling",
    "UploadOutcome",
    "UploadSource",
    "UploadedFile",
    "check_file",
    "documents_on_the_phone",
    "dut_where_referenced",
    "generate_access_code",
    "handling_of",
    "program_rule",
    "submit_upload",
]

_ACCESS_CODE = ParagraphId.parse("IRM 5.18.2.1.5(6)")
_STEPS = ParagraphId.parse("IRM 5.18.2.1.5(7)")
_CORRESPONDENCE_LINK = ParagraphId.parse("IRM 5.19.1.2(16)")

ACCESS_CODE_LENGTH = 10
"""A Unique Access Code has 10 characters: "10-digit alphanumeric code provided by an IRS employee".

IRM 5.18.2.1.5(6), repeated in IRM 5.19.1.2(14) and IRM 5.19.11.3.2.5(1).
"""

ACCESS_CODE_ALPHABET = string.ascii_uppercase + string.digits
"""The 36 characters a Unique Access Code is generated from: ``A``-``Z`` and ``0``-``9``.

"Alphanumeric" in IRM 5.18.2.1.5(6) (and 5.19.1.2(14), 5.19.11.3.2.5(1)); upper case by our
decision. Codes are accepted whatever the case they are typed in.
"""

DUT_URL = "www.irs.gov/sendmyreply"
"""The DUT site the taxpayer is given with the Unique Access Code.

IRM 5.18.2.1.5(7), repeated in IRM 5.19.1.2(15) and IRM 5.19.11.3.2.5(2).
"""

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

_MASK = "*" * ACCESS_CODE_LENGTH


# --- Programs -------------------------------------------------------------------------------


class DutProgram(StrEnum):
    """An IRM program that describes the DUT, each in its own words."""

    IRM_5_18_2 = "IRM 5.18.2"
    """IRM 5.18.2: the DUT must be used wherever fax is referenced."""
    IRM_5_19_1 = "IRM 5.19.1"
    """IRM 5.19.1, Balance Due: the DUT is also acceptable wherever EEFax is referenced."""
    IRM_5_19_11 = "IRM 5.19.11"
    """IRM 5.19.11, Withholding Compliance: the DUT will also be accepted wherever fax is referenced."""


class DutStanding(StrEnum):
    """What the DUT is, where a program's text references fax (or EEFax) for securing documents."""

    MUST_BE_USED = "must be used"
    """The DUT replaces the fax: IRM 5.18.2.1.5(6)."""
    ALSO_ACCEPTABLE = "also acceptable"
    """The DUT joins the fax (or EEFax): IRM 5.19.1.2(14), IRM 5.19.11.3.2.5(1)."""
    NOT_AVAILABLE = "not available"
    """The DUT is not available, so the referenced means stands alone ("when available")."""


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
    ADVISE_SCREEN_PROMPTS = "advise the taxpayer to read and follow the screen prompts"
    """The employee tells the taxpayer to read and follow the prompts the site displays."""
    RETRIEVE_FILES = "retrieve the files as soon as they are uploaded"
    """The employee may retrieve each file as soon as the taxpayer uploads it."""


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


_RULES: dict[DutProgram, DutProgramRule] = {
    DutProgram.IRM_5_18_2: DutProgramRule(
        program=DutProgram.IRM_5_18_2,
        described_in=_ACCESS_CODE,
        steps_in=_STEPS,
        referenced_means="fax",
        standing=DutStanding.MUST_BE_USED,
        direction=TaxpayerDirection.MUST_SUBMIT,
        wording="the DUT must be used, when available",
    ),
    DutProgram.IRM_5_19_1: DutProgramRule(
        program=DutProgram.IRM_5_19_1,
        described_in=ParagraphId.parse("IRM 5.19.1.2(14)"),
        steps_in=ParagraphId.parse("IRM 5.19.1.2(15)"),
        referenced_means="EEFax",
        standing=DutStanding.ALSO_ACCEPTABLE,
        direction=TaxpayerDirection.MAY_SUBMIT,
        wording="the DUT will also be acceptable, when available",
    ),
    DutProgram.IRM_5_19_11: DutProgramRule(
        program=DutProgram.IRM_5_19_11,
        described_in=ParagraphId.parse("IRM 5.19.11.3.2.5(1)"),
        steps_in=ParagraphId.parse("IRM 5.19.11.3.2.5(2)"),
        referenced_means="fax",
        standing=DutStanding.ALSO_ACCEPTABLE,
        direction=TaxpayerDirection.MUST_BE_OFFERED,
        wording="the DUT will also be accepted, when available",
    ),
}


def program_rule(program: DutProgram) -> DutProgramRule:
    """How ``program`` words the DUT, and the paragraphs that say so."""
    return _RULES[program]


class DutSubstitution(BaseModel):
    """What the DUT is where a program's text references fax (or EEFax) for securing documents."""

    model_config = ConfigDict(frozen=True)

    program: DutProgram
    """The program whose text references the means."""
    referenced_means: str
    """The means the text references: ``fax`` or ``EEFax``."""
    standing: DutStanding
    """Whether the DUT must be used, is also acceptable, or is not available."""
    reasons: tuple[Reason, ...]
    """Why, citing the program's paragraph."""


def dut_where_referenced(program: DutProgram, *, dut_available: bool) -> DutSubstitution:
    """What the DUT is wherever ``program`` references fax (EEFax in IRM 5.19.1) for securing documents.

    Args:
        program: The program whose text references the means.
        dut_available: Whether the DUT is available; every program says "when available".

    Returns:
        ``MUST_BE_USED`` in IRM 5.18.2, ``ALSO_ACCEPTABLE`` in IRM 5.19.1 and IRM 5.19.11, or
        ``NOT_AVAILABLE`` when the DUT is not available.
    """
    rule = _RULES[program]
    if not dut_available:
        standing = DutStanding.NOT_AVAILABLE
        reason = Reason(
            code="dut_not_available",
            paragraph=rule.described_in,
            text=f"The DUT applies only when available; where {rule.referenced_means} is referenced it stands alone",
        )
    else:
        standing = rule.standing
        code = "dut_must_be_used" if standing is DutStanding.MUST_BE_USED else "dut_also_acceptable"
        reason = Reason(
            code=code,
            paragraph=rule.described_in,
            text=f"Wherever {rule.referenced_means} is referenced throughout {program.value}, {rule.wording}",
        )
    return DutSubstitution(
        program=program, referenced_means=rule.referenced_means, standing=standing, reasons=(reason,)
    )


class DutInstruction(BaseModel):
    """What to do when a taxpayer has the necessary documents available during the call."""

    model_config = ConfigDict(frozen=True)

    program: DutProgram
    """The program the call is made in."""
    direction: TaxpayerDirection
    """What the taxpayer is told: must submit, may submit, or is offered the option."""
    steps: tuple[DutStep, ...]
    """The steps in order."""
    url: str
    """The DUT site given to the taxpayer, [`DUT_URL`][irm_model.upload.DUT_URL]."""
    allowed_extensions: tuple[str, ...]
    """The only extensions the taxpayer can upload, [`ALLOWED_EXTENSIONS`][irm_model.upload.ALLOWED_EXTENSIONS]."""
    max_file_bytes: int
    """The largest file the taxpayer can upload, [`MAX_FILE_BYTES`][irm_model.upload.MAX_FILE_BYTES]."""
    reasons: tuple[Reason, ...]
    """Why, citing the program's paragraph."""


def documents_on_the_phone(program: DutProgram) -> DutInstruction:
    """The DUT procedure for a taxpayer who has the necessary documents available during the call.

    Args:
        program: The program the call is made in; it decides what the taxpayer is told.

    Returns:
        The direction for the taxpayer, the four steps, the URL and the file rules.
    """
    rule = _RULES[program]
    return DutInstruction(
        program=program,
        direction=rule.direction,
        steps=tuple(DutStep),
        url=DUT_URL,
        allowed_extensions=ALLOWED_EXTENSIONS,
        max_file_bytes=MAX_FILE_BYTES,
        reasons=(
            Reason(
                code="documents_on_the_phone",
                paragraph=rule.steps_in,
                text=f"The taxpayer has the documents during the call: the taxpayer {rule.direction.value}",
            ),
        ),
    )


# --- Access codes ---------------------------------------------------------------------------


class AccessCodeError(ValueError):
    """A Unique Access Code was refused; ``code`` says why in machine-readable form.

    Codes: ``access_code_malformed`` (not 10 letters and digits), ``access_code_unknown`` (never
    issued), ``access_code_reused`` (already used once), ``access_code_already_issued`` (the
    registry already holds it).
    """

    def __init__(self, code: str, message: str, paragraph: ParagraphId) -> None:
        self.code = code
        """Machine-readable name of the refusal, for example ``access_code_reused``."""
        self.paragraph = paragraph
        """The paragraph that makes the code one-time and 10 characters long."""
        super().__init__(message)

    @property
    def reason(self) -> Reason:
        """The refusal as a [`Reason`][irm_model.reasons.Reason]."""
        return Reason(code=self.code, paragraph=self.paragraph, text=str(self))


class ChoiceSource(Protocol):
    """A source of random choices: ``secrets.SystemRandom()`` in service, ``random.Random(seed)`` in tests."""

    def choice(self, seq: Sequence[str], /) -> str:
        """One element of ``seq``, chosen at random."""
        ...


_SYSTEM_RANDOM: random.Random = secrets.SystemRandom()


def _normalise(text: str) -> str | None:
    """The code in upper case without surrounding spaces, or ``None`` if it is not 10 letters and digits."""
    normalised = text.strip().upper()
    if len(normalised) != ACCESS_CODE_LENGTH or any(c not in ACCESS_CODE_ALPHABET for c in normalised):
        return None
    return normalised


class AccessCode(BaseModel):
    """A one-time Unique Access Code: 10 characters from ``A``-``Z`` and ``0``-``9``.

    The code never shows itself: ``str()``, ``repr()`` and JSON print ``**********``; use
    [`reveal`][irm_model.upload.AccessCode.reveal] to read it to the taxpayer. Two codes compare
    equal in constant time, whatever the case they were typed in.
    """

    model_config = ConfigDict(frozen=True)

    secret: SecretStr
    """The code, upper case, kept secret."""

    @field_validator("secret", mode="before")
    @classmethod
    def _check_secret(cls, value: Any) -> Any:
        text = value.get_secret_value() if isinstance(value, SecretStr) else value
        if not isinstance(text, str):
            return value
        normalised = _normalise(text)
        if normalised is None:
            raise ValueError(f"a Unique Access Code is {ACCESS_CODE_LENGTH} letters and digits")
        return SecretStr(normalised)

    @classmethod
    def parse(cls, text: str) -> AccessCode:
        """Read a code as the taxpayer types it: any case, surrounding spaces ignored.

        Raises:
            AccessCodeError: ``access_code_malformed``, the text is not 10 letters and digits.
        """
        normalised = _normalise(text)
        if normalised is None:
            raise AccessCodeError(
                "access_code_malformed",
                f"a Unique Access Code is {ACCESS_CODE_LENGTH} letters and digits",
                _ACCESS_CODE,
            )
        return cls(secret=SecretStr(normalised))

    def reveal(self) -> str:
        """The code itself, to read to the taxpayer."""
        return self.secret.get_secret_value()

    def matches(self, other: AccessCode) -> bool:
        """Whether ``other`` is the same code, compared in constant time."""
        return hmac.compare_digest(self.reveal().encode(), other.reveal().encode())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AccessCode):
            return NotImplemented
        return self.matches(other)

    def __hash__(self) -> int:
        return hash((type(self), self.reveal()))

    def __str__(self) -> str:
        return _MASK

    def __repr__(self) -> str:
        return f"AccessCode({_MASK!r})"


def generate_access_code(source: ChoiceSource | None = None) -> AccessCode:
    """Generate a Unique Access Code, as the employee does before giving it to the taxpayer.

    Args:
        source: Where the random choices come from; a cryptographically secure
            ``secrets.SystemRandom`` unless given (pass ``random.Random(seed)`` in tests).

    Returns:
        A new code of [`ACCESS_CODE_LENGTH`][irm_model.upload.ACCESS_CODE_LENGTH] characters from
        [`ACCESS_CODE_ALPHABET`][irm_model.upload.ACCESS_CODE_ALPHABET].
    """
    chooser = _SYSTEM_RANDOM if source is None else source
    return AccessCode(
        secret=SecretStr("".join(chooser.choice(ACCESS_CODE_ALPHABET) for _ in range(ACCESS_CODE_LENGTH)))
    )


class IssuedCode(BaseModel):
    """One code the employee has issued, and whether it has been used."""

    model_config = ConfigDict(frozen=True)

    code: AccessCode
    """The code (masked in any output)."""
    used: bool = False
    """Whether a submission has used it."""


class Redemption(BaseModel):
    """A code accepted for its one use: the registry afterwards, and why."""

    model_config = ConfigDict(frozen=True)

    registry: AccessCodeRegistry
    """The registry with the code marked used."""
    reasons: tuple[Reason, ...]
    """Why the code was accepted."""


class AccessCodeRegistry(BaseModel):
    """The codes issued in one program, each accepted once: issue, then redeem.

    A value: [`issue`][irm_model.upload.AccessCodeRegistry.issue] and
    [`redeem`][irm_model.upload.AccessCodeRegistry.redeem] return a new registry and leave this one
    as it was. Refusals raise [`AccessCodeError`][irm_model.upload.AccessCodeError] citing the
    program's paragraph.
    """

    model_config = ConfigDict(frozen=True)

    program: DutProgram
    """The program the codes are issued in; refusals cite its paragraph."""
    issued: tuple[IssuedCode, ...] = ()
    """Every code issued so far, in order."""

    def _find(self, code: AccessCode) -> int | None:
        # Compare against every entry, without stopping at a match, so timing reveals nothing.
        found: int | None = None
        for index, entry in enumerate(self.issued):
            if entry.code.matches(code):
                found = index
        return found

    def issue(self, code: AccessCode) -> AccessCodeRegistry:
        """Record a code the employee has generated and given to the taxpayer.

        Raises:
            AccessCodeError: ``access_code_already_issued``, the registry already holds the code.
        """
        if self._find(code) is not None:
            raise AccessCodeError(
                "access_code_already_issued",
                "this Unique Access Code has already been issued; generate another",
                _RULES[self.program].described_in,
            )
        return self.model_copy(update={"issued": (*self.issued, IssuedCode(code=code))})

    def issue_new(self, source: ChoiceSource | None = None) -> tuple[AccessCodeRegistry, AccessCode]:
        """Generate a code no other entry holds, record it, and return it with the new registry."""
        while True:
            code = generate_access_code(source)
            if self._find(code) is None:
                return self.issue(code), code

    def is_used(self, code: AccessCode) -> bool:
        """Whether ``code`` was issued here and has already been used."""
        index = self._find(code)
        return index is not None and self.issued[index].used

    def _locate(self, presented: AccessCode | str) -> tuple[AccessCode, int]:
        paragraph = _RULES[self.program].described_in
        try:
            code = AccessCode.parse(presented) if isinstance(presented, str) else presented
        except AccessCodeError as malformed:  # refusals cite the program's own paragraph
            raise AccessCodeError(malformed.code, str(malformed), paragraph) from None
        index = self._find(code)
        if index is None:
            raise AccessCodeError(
                "access_code_unknown", "this Unique Access Code was not provided by an IRS employee", paragraph
            )
        if self.issued[index].used:
            raise AccessCodeError(
                "access_code_reused", "a Unique Access Code is for one-time use only and has been used", paragraph
            )
        return code, index

    def verify(self, presented: AccessCode | str) -> AccessCode:
        """Check a code the taxpayer enters, without using it up.

        Args:
            presented: The code as the taxpayer enters it (any case).

        Returns:
            The code, issued here and not yet used.

        Raises:
            AccessCodeError: ``access_code_malformed``, ``access_code_unknown`` (never issued
                here) or ``access_code_reused`` (already used once).
        """
        return self._locate(presented)[0]

    def redeem(self, presented: AccessCode | str) -> Redemption:
        """Accept a code for its one use.

        Args:
            presented: The code as the taxpayer enters it (any case).

        Returns:
            The registry with the code marked used, and the reason it was accepted.

        Raises:
            AccessCodeError: ``access_code_malformed``, ``access_code_unknown`` (never issued
                here) or ``access_code_reused`` (already used once).
        """
        _, index = self._locate(presented)
        entries = list(self.issued)
        entries[index] = IssuedCode(code=entries[index].code, used=True)
        return Redemption(
            registry=self.model_copy(update={"issued": tuple(entries)}),
            reasons=(
                Reason(
                    code="access_code_accepted",
                    paragraph=_RULES[self.program].described_in,
                    text="A one-time use only Unique Access Code provided by an IRS employee, used for the first time",
                ),
            ),
        )


# --- Files ----------------------------------------------------------------------------------


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


class FileCheck(BaseModel):
    """Whether the DUT accepts one file, and why."""

    model_config = ConfigDict(frozen=True)

    file: UploadedFile
    """The file checked."""
    accepted: bool
    """Whether the file can be uploaded."""
    reasons: tuple[Reason, ...]
    """``extension_allowed`` or ``extension_not_allowed``; ``size_within_limit`` or ``file_too_large``."""


def _bytes(size: int) -> str:
    return "1 byte" if size == 1 else f"{size:,} bytes"


def check_file(file: UploadedFile, program: DutProgram) -> FileCheck:
    """Whether the DUT accepts ``file``: an allowed extension and at most 15 MiB.

    Args:
        file: The file.
        program: The program the upload is made in; the reasons cite its paragraph.

    Returns:
        Accepted only if both the extension and the size are allowed; a reason for each.
    """
    paragraph = _RULES[program].steps_in
    allowed = ", ".join(ALLOWED_EXTENSIONS)
    reasons: list[Reason] = []
    type_ok = file.extension in ALLOWED_EXTENSIONS
    if type_ok:
        reasons.append(
            Reason(
                code="extension_allowed",
                paragraph=paragraph,
                text=f"{file.extension} is one of the file extensions that can be uploaded ({allowed})",
            )
        )
    else:
        shown = f"not {file.extension}" if file.extension else "and this file has none"
        reasons.append(
            Reason(
                code="extension_not_allowed",
                paragraph=paragraph,
                text=f"ONLY documents with the file extensions {allowed} can be uploaded, {shown}",
            )
        )
    size_ok = file.size_bytes <= MAX_FILE_BYTES
    if size_ok:
        reasons.append(
            Reason(
                code="size_within_limit",
                paragraph=paragraph,
                text=f"{_bytes(file.size_bytes)} is within the maximum of 15 mb ({MAX_FILE_BYTES:,} bytes) per file",
            )
        )
    else:
        reasons.append(
            Reason(
                code="file_too_large",
                paragraph=paragraph,
                text=f"{_bytes(file.size_bytes)} is over the maximum of 15 mb ({MAX_FILE_BYTES:,} bytes) per file",
            )
        )
    return FileCheck(file=file, accepted=type_ok and size_ok, reasons=tuple(reasons))


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
    reasons: tuple[Reason, ...]
    """Why the submission came out this way."""

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


def submit_upload(
    registry: AccessCodeRegistry, presented: AccessCode | str, files: Sequence[UploadedFile], *, at: datetime
) -> UploadOutcome:
    """The taxpayer submits ``files`` at the DUT site with a Unique Access Code.

    Each file is checked on its own ("Multiple files can be uploaded ... per file/document"); the
    allowed ones are received and labelled with ``at``. The code is used up only if at least one
    file is received.

    Args:
        registry: The codes issued in the program.
        presented: The code the taxpayer enters.
        files: The files, one or more.
        at: When the submission is received (timezone-aware).

    Returns:
        The received and refused files, and the registry afterwards.

    Raises:
        AccessCodeError: The code is malformed, unknown or already used (checked first).
        ValueError: ``files`` is empty, or ``at`` has no timezone.
    """
    if not files:
        raise ValueError("a submission has at least one file")
    if at.tzinfo is None:
        raise ValueError("the time received must carry a timezone")
    code = registry.verify(presented)
    checks = tuple(check_file(file, registry.program) for file in files)
    accepted = [check.file for check in checks if check.accepted]
    if not accepted:
        return UploadOutcome(
            registry=registry,
            checks=checks,
            received=(),
            reasons=(
                Reason(
                    code="nothing_received",
                    paragraph=_RULES[registry.program].steps_in,
                    text="No file could be uploaded, so the Unique Access Code is still unused",
                ),
            ),
        )
    redemption = registry.redeem(code)
    received = tuple(ReceivedFile(name=file.name, size_bytes=file.size_bytes, received_at=at) for file in accepted)
    return UploadOutcome(
        registry=redemption.registry,
        checks=checks,
        received=received,
        reasons=(
            *redemption.reasons,
            Reason(
                code="files_received",
                paragraph=_RULES[registry.program].steps_in,
                text=f"{len(received)} file(s) received, available at once and labelled with the date and time",
            ),
        ),
    )


# --- Where uploads go -----------------------------------------------------------------------


class UploadSource(StrEnum):
    """How the taxpayer came to upload."""

    ACCESS_CODE = "access code"
    """With a Unique Access Code an employee provided, usually during a call."""
    CORRESPONDENCE_LINK = "correspondence link"
    """Through the link to the DUT printed on certain outgoing correspondence (since 2023)."""


class UploadHandler(StrEnum):
    """Who works an upload, and as what."""

    REQUESTING_EMPLOYEE = "the requesting employee"
    """The employee who provided the code retrieves the documents."""
    INCOMING_RECEIPT = "incoming receipt"
    """CSCO and ACSS process the upload as an incoming receipt."""


class UploadHandling(BaseModel):
    """How an upload is worked, and by whom."""

    model_config = ConfigDict(frozen=True)

    source: UploadSource
    """How the taxpayer came to upload."""
    handler: UploadHandler
    """Who works it, and as what."""
    processed_by: tuple[str, ...]
    """The functions that process it, as the memorandum abbreviates them (``CSCO``, ``ACSS``)."""
    reasons: tuple[Reason, ...]
    """Why, citing the paragraph."""


def handling_of(source: UploadSource) -> UploadHandling:
    """Who works an upload, given how the taxpayer came to upload.

    Uploads through the link on outgoing correspondence are processed by CSCO and ACSS as incoming
    receipts (IRM 5.19.1.2(16)); uploads with an employee's code reach that requesting employee
    (IRM 5.19.1.2(14)).
    """
    if source is UploadSource.CORRESPONDENCE_LINK:
        return UploadHandling(
            source=source,
            handler=UploadHandler.INCOMING_RECEIPT,
            processed_by=("CSCO", "ACSS"),
            reasons=(
                Reason(
                    code="correspondence_link_incoming_receipt",
                    paragraph=_CORRESPONDENCE_LINK,
                    text="Uploads through the link on outgoing correspondence are processed by CSCO and ACSS "
                    "as incoming receipts",
                ),
            ),
        )
    return UploadHandling(
        source=source,
        handler=UploadHandler.REQUESTING_EMPLOYEE,
        processed_by=(),
        reasons=(
            Reason(
                code="access_code_requesting_employee",
                paragraph=_RULES[DutProgram.IRM_5_19_1].described_in,
                text="The DUT provides necessary documentation securely to the requesting employee",
            ),
        ),
    )


Redemption.model_rebuild()
UploadOutcome.model_rebuild()
