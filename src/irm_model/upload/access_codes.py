"""The one-time Unique Access Code: generated, issued to the taxpayer, accepted once.

"A 10-digit alphanumeric code provided by an IRS employee ... for one-time use only":
IRM 5.18.2.1.5(6), repeated in IRM 5.19.1.2(14) and IRM 5.19.11.3.2.5(1). A code never shows
itself and is compared in constant time; the registry of one program's codes is a value, and its
refusals ([`AccessCodeError`][irm_model.upload.access_codes.AccessCodeError]) cite that program's
paragraph. Where the memorandum is silent (a code typed in lower case, its lifetime, whether it is
shown), the values come from the register, [irm_model.readings][]; how codes are generated is in
[irm_model.upload][].
"""

from __future__ import annotations

import hmac
import random
import secrets
import string
from collections.abc import Sequence
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, SecretStr, field_validator

from irm_model.errors import IrmError
from irm_model.readings import Readings
from irm_model.reasons import Catalogue, Decision, ReasonSpec
from irm_model.upload.programs import DutProgram, program_rule

__all__ = [
    "ACCESS_CODE_ALPHABET",
    "ACCESS_CODE_LENGTH",
    "AccessCode",
    "AccessCodeError",
    "AccessCodeRegistry",
    "ChoiceSource",
    "IssuedCode",
    "generate_access_code",
]

ACCESS_CODE_LENGTH = 10
"""A Unique Access Code has 10 characters: "10-digit alphanumeric code provided by an IRS employee".

IRM 5.18.2.1.5(6), repeated in IRM 5.19.1.2(14) and IRM 5.19.11.3.2.5(1).
"""

ACCESS_CODE_ALPHABET = string.ascii_uppercase + string.digits
"""The 36 characters a Unique Access Code is generated from: ``A``-``Z`` and ``0``-``9``.

"Alphanumeric" in IRM 5.18.2.1.5(6) (and 5.19.1.2(14), 5.19.11.3.2.5(1)). Codes are generated in
upper case; whether one typed in lower case is accepted is the reading ``Readings.access_code_case``.
"""

_MASK = "*" * ACCESS_CODE_LENGTH

_DESCRIBED_IN = tuple(program_rule(program).described_in for program in DutProgram)


_ONE_TIME = "one-time use only"
"""The paragraphs' words for the code's single use, the same in the three programs."""
_BY_USING = "can upload ... by using a one-time use only Unique Access Code"
"""The permission the code conditions, quoted with the words between left out, the same in the three programs."""


class Why(Catalogue):
    """The reasons a Unique Access Code is accepted or refused; each cites the paragraph of the program.

    The words of force are the paragraphs' own, the same in the three: taxpayers "can upload ... by
    using a one-time use only Unique Access Code" (10-digit alphanumeric code provided by an IRS
    employee), and a code is "one-time use only".
    """

    access_code_accepted = ReasonSpec(
        _DESCRIBED_IN[0],
        "A one-time use only Unique Access Code provided by an IRS employee, used for the first time",
        also_in=_DESCRIBED_IN[1:],
        force=_ONE_TIME,
        readings=(Readings.access_code_case, Readings.access_code_lifetime, Readings.access_code_used_when),
    )
    access_code_malformed = ReasonSpec(
        _DESCRIBED_IN[0],
        f"a Unique Access Code is {ACCESS_CODE_LENGTH} letters and digits",
        also_in=_DESCRIBED_IN[1:],
        force=_BY_USING,
        readings=(Readings.access_code_case,),
    )
    access_code_unknown = ReasonSpec(
        _DESCRIBED_IN[0],
        "this Unique Access Code was not provided by an IRS employee",
        also_in=_DESCRIBED_IN[1:],
        force=_BY_USING,
    )
    access_code_reused = ReasonSpec(
        _DESCRIBED_IN[0],
        "a Unique Access Code is for one-time use only and has been used",
        also_in=_DESCRIBED_IN[1:],
        force=_ONE_TIME,
        readings=(Readings.access_code_used_when,),
    )
    access_code_already_issued = ReasonSpec(
        _DESCRIBED_IN[0],
        "this Unique Access Code has already been issued; generate another",
        also_in=_DESCRIBED_IN[1:],
        force=_ONE_TIME,
    )


class AccessCodeError(IrmError):
    """A Unique Access Code was refused; ``code`` says why in machine-readable form.

    Codes: ``access_code_malformed`` (not 10 letters and digits), ``access_code_unknown`` (never
    issued), ``access_code_reused`` (already used once), ``access_code_already_issued`` (the
    registry already holds it). The [`reason`][irm_model.errors.IrmError.reason] cites the
    paragraph of the program that makes the code one-time and 10 characters long.
    """


class ChoiceSource(Protocol):
    """A source of random choices: ``secrets.SystemRandom()`` in service, ``random.Random(seed)`` in tests."""

    def choice(self, seq: Sequence[str], /) -> str:
        """One element of ``seq``, chosen at random."""
        ...


_SYSTEM_RANDOM: random.Random = secrets.SystemRandom()


def _normalise(text: str) -> str | None:
    """The code without surrounding spaces, or ``None`` if it is not 10 of the alphabet's letters and digits.

    Lower case is read as upper case while ``Readings.access_code_case`` says codes are accepted whatever
    their case (read at each call); otherwise a lower-case letter is not one of the alphabet's.
    """
    stripped = text.strip()
    normalised = stripped.upper() if Readings.access_code_case.value else stripped
    if len(normalised) != ACCESS_CODE_LENGTH or any(c not in ACCESS_CODE_ALPHABET for c in normalised):
        return None
    return normalised


def _shown(code: str) -> str:
    """How a code is printed: masked while ``Readings.access_code_masked`` says so (read at each call)."""
    return _MASK if Readings.access_code_masked.value else code


class AccessCode(BaseModel):
    """A one-time Unique Access Code: 10 characters from ``A``-``Z`` and ``0``-``9``.

    The code never shows itself: ``str()`` and ``repr()`` print ``**********`` (the reading
    ``Readings.access_code_masked``), and dumps keep it a ``SecretStr``, masked; use
    [`reveal`][irm_model.upload.access_codes.AccessCode.reveal] to read it to the taxpayer. Two
    codes compare equal in constant time.
    """

    model_config = ConfigDict(frozen=True)

    secret: SecretStr
    """The code, kept secret (upper case while codes are read whatever their case)."""

    @field_validator("secret", mode="before")
    @classmethod
    def _check_secret(cls, value: Any) -> Any:
        text = value.get_secret_value() if isinstance(value, SecretStr) else value
        if not isinstance(text, str):
            return value
        normalised = _normalise(text)
        if normalised is None:
            raise ValueError(Why.access_code_malformed.text)
        return SecretStr(normalised)

    @classmethod
    def parse(cls, text: str) -> AccessCode:
        """Read a code as the taxpayer types it: surrounding spaces ignored, case per ``Readings.access_code_case``.

        Raises:
            AccessCodeError: ``access_code_malformed``, the text is not 10 letters and digits
                (citing IRM 5.18.2.1.5(6), the first paragraph that says so).
        """
        normalised = _normalise(text)
        if normalised is None:
            raise AccessCodeError.because(Why.access_code_malformed())
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
        return _shown(self.reveal())

    def __repr__(self) -> str:
        return f"AccessCode({_shown(self.reveal())!r})"


def generate_access_code(source: ChoiceSource | None = None) -> AccessCode:
    """Generate a Unique Access Code, as the employee does before giving it to the taxpayer.

    Args:
        source: Where the random choices come from; a cryptographically secure
            ``secrets.SystemRandom`` unless given (pass ``random.Random(seed)`` in tests).

    Returns:
        A new code of [`ACCESS_CODE_LENGTH`][irm_model.upload.access_codes.ACCESS_CODE_LENGTH]
        characters from [`ACCESS_CODE_ALPHABET`][irm_model.upload.access_codes.ACCESS_CODE_ALPHABET].
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


class AccessCodeRegistry(BaseModel):
    """The codes issued in one program, each accepted once: issue, then redeem.

    A code stays usable until its one use: the memorandum gives it no lifetime
    (``Readings.access_code_lifetime`` is ``None``; the registry refuses to work under another value
    until it records when each code was issued).

    A value: [`issue`][irm_model.upload.access_codes.AccessCodeRegistry.issue] and
    [`redeem`][irm_model.upload.access_codes.AccessCodeRegistry.redeem] return a new registry and
    leave this one as it was. Refusals raise
    [`AccessCodeError`][irm_model.upload.access_codes.AccessCodeError] citing the program's paragraph.
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
            raise AccessCodeError.because(Why.access_code_already_issued(program_rule(self.program).described_in))
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
        if Readings.access_code_lifetime.value is not None:
            raise NotImplementedError(
                "Readings.access_code_lifetime gives codes a lifetime; the registry records no time of issue to "
                "measure it from"
            )
        paragraph = program_rule(self.program).described_in
        try:
            code = AccessCode.parse(presented) if isinstance(presented, str) else presented
        except AccessCodeError:  # refused again, citing the program's own paragraph
            raise AccessCodeError.because(Why.access_code_malformed(paragraph)) from None
        index = self._find(code)
        if index is None:
            raise AccessCodeError.because(Why.access_code_unknown(paragraph))
        if self.issued[index].used:
            raise AccessCodeError.because(Why.access_code_reused(paragraph))
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

    def redeem(self, presented: AccessCode | str) -> Decision[AccessCodeRegistry]:
        """Accept a code for its one use.

        Args:
            presented: The code as the taxpayer enters it (any case).

        Returns:
            The registry with the code marked used; the reason ``access_code_accepted`` cites the
            program's paragraph.

        Raises:
            AccessCodeError: ``access_code_malformed``, ``access_code_unknown`` (never issued
                here) or ``access_code_reused`` (already used once).
        """
        _, index = self._locate(presented)
        entries = list(self.issued)
        entries[index] = IssuedCode(code=entries[index].code, used=True)
        return Decision(
            outcome=self.model_copy(update={"issued": tuple(entries)}),
            reasons=(Why.access_code_accepted(program_rule(self.program).described_in),),
        )
