"""The Document Upload Tool: access codes, files, receipts, and how each program words it."""

from __future__ import annotations

import logging
import math
import random
import secrets
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from pydantic import ValidationError

import irm_model.upload as upload
import irm_model.upload.access_codes as access_codes
import irm_model.upload.files as files
import irm_model.upload.programs as programs
from irm_model.errors import IrmError
from irm_model.paragraphs import ParagraphId
from irm_model.readings import Readings
from irm_model.reasons import Decision, ReasonSpec
from irm_model.rules import Rule, registered
from irm_model.upload.access_codes import (
    ACCESS_CODE_ALPHABET,
    ACCESS_CODE_LENGTH,
    AccessCode,
    AccessCodeError,
    AccessCodeRegistry,
    generate_access_code,
)
from irm_model.upload.files import (
    ALLOWED_EXTENSIONS,
    MAX_FILE_BYTES,
    UploadedFile,
    UploadError,
    UploadOutcome,
    check_file,
    submit_upload,
)
from irm_model.upload.programs import (
    DUT_URL,
    DutProgram,
    DutStanding,
    DutStep,
    TaxpayerDirection,
    UploadHandler,
    UploadSource,
    documents_on_the_phone,
    dut_where_referenced,
    handling_of,
    program_rule,
)
from tests.unit.texts import paragraph_texts

NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
DAY = NOON.date()
"""A day the interim guidance is in force."""


def a_registry(program: DutProgram = DutProgram.IRM_5_19_11) -> tuple[AccessCodeRegistry, AccessCode]:
    """A registry holding one code the employee has given the taxpayer."""
    return AccessCodeRegistry(program=program).issue_new(random.Random(7))


def a_file(name: str = "statement.pdf", size: int = 48_000) -> UploadedFile:
    return UploadedFile(name=name, size_bytes=size)


def codes(error: pytest.ExceptionInfo[AccessCodeError]) -> str:
    return error.value.code


def submitted(
    registry: AccessCodeRegistry, code: AccessCode | str, files: list[UploadedFile], at: datetime = NOON
) -> UploadOutcome:
    """The submission, on a day the interim guidance is in force."""
    outcome = submit_upload(registry, code, files, at=at).outcome
    assert outcome is not None
    return outcome


def redeemed(registry: AccessCodeRegistry, code: AccessCode | str) -> AccessCodeRegistry:
    """The registry after the code's one use."""
    afterwards = registry.redeem(code).outcome
    assert afterwards is not None
    return afterwards


# --- The facts, from the text ---------------------------------------------------------------


def test_the_facts_are_the_memos() -> None:
    assert ACCESS_CODE_LENGTH == 10
    assert ACCESS_CODE_ALPHABET == "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    assert DUT_URL == "www.irs.gov/sendmyreply"
    assert ALLOWED_EXTENSIONS == (".pdf", ".jpg", ".png")
    assert MAX_FILE_BYTES == 15_728_640


# --- The three programs stay apart ----------------------------------------------------------


@pytest.mark.parametrize(
    ("program", "means", "standing", "direction", "described_in", "steps_in"),
    [
        (
            DutProgram.IRM_5_18_2,
            "fax",
            DutStanding.MUST_BE_USED,
            TaxpayerDirection.MUST_SUBMIT,
            "IRM 5.18.2.1.5(6)",
            "IRM 5.18.2.1.5(7)",
        ),
        (
            DutProgram.IRM_5_19_1,
            "EEFax",
            DutStanding.ALSO_ACCEPTABLE,
            TaxpayerDirection.MAY_SUBMIT,
            "IRM 5.19.1.2(14)",
            "IRM 5.19.1.2(15)",
        ),
        (
            DutProgram.IRM_5_19_11,
            "fax",
            DutStanding.ALSO_ACCEPTABLE,
            TaxpayerDirection.MUST_BE_OFFERED,
            "IRM 5.19.11.3.2.5(1)",
            "IRM 5.19.11.3.2.5(2)",
        ),
    ],
)
def test_each_program_gives_the_dut_its_own_force(
    program: DutProgram,
    means: str,
    standing: DutStanding,
    direction: TaxpayerDirection,
    described_in: str,
    steps_in: str,
) -> None:
    rule = program_rule(program)
    assert (rule.referenced_means, rule.standing, rule.direction) == (means, standing, direction)
    assert (rule.described_in, rule.steps_in) == (ParagraphId.parse(described_in), ParagraphId.parse(steps_in))

    substitution = dut_where_referenced(program, dut_available=True, on=DAY)
    assert substitution.outcome is standing
    assert substitution.cites == (ParagraphId.parse(described_in),)

    instruction = documents_on_the_phone(program, on=DAY)
    assert instruction.outcome is not None
    assert instruction.outcome.direction is direction
    assert instruction.cites == (ParagraphId.parse(steps_in),)


@pytest.mark.parametrize(
    ("program", "code"),
    [
        (DutProgram.IRM_5_18_2, "dut_must_be_used"),
        (DutProgram.IRM_5_19_1, "dut_also_acceptable"),
        (DutProgram.IRM_5_19_11, "dut_also_acceptable"),
    ],
)
def test_the_reason_says_whether_the_dut_must_be_used_or_is_also_acceptable(program: DutProgram, code: str) -> None:
    assert dut_where_referenced(program, dut_available=True, on=DAY).codes == (code,)


@pytest.mark.parametrize("program", list(DutProgram))
def test_a_dut_that_is_not_available_leaves_the_referenced_means_alone(program: DutProgram) -> None:
    substitution = dut_where_referenced(program, dut_available=False, on=DAY)
    assert substitution.outcome is DutStanding.NOT_AVAILABLE
    assert substitution.codes == ("dut_not_available",)


def test_the_phone_procedure_has_four_steps_in_order_and_gives_the_url() -> None:
    decision = documents_on_the_phone(DutProgram.IRM_5_18_2, on=DAY)
    instruction = decision.outcome
    assert instruction is not None
    assert instruction.steps == (
        DutStep.GENERATE_CODE,
        DutStep.PROVIDE_CODE_AND_URL,
        DutStep.ADVISE_SCREEN_PROMPTS,
        DutStep.RETRIEVE_FILES,
    )
    assert DUT_URL in DutStep.PROVIDE_CODE_AND_URL.value
    assert instruction.url == DUT_URL
    assert decision.codes == ("documents_during_the_call",)


# --- Access codes ---------------------------------------------------------------------------


def test_a_generated_code_is_ten_characters_from_the_alphabet() -> None:
    for seed in range(50):
        text = generate_access_code(random.Random(seed)).reveal()
        assert len(text) == ACCESS_CODE_LENGTH
        assert set(text) <= set(ACCESS_CODE_ALPHABET)


def test_the_generator_is_cryptographically_secure_unless_a_source_is_given() -> None:
    assert isinstance(access_codes._SYSTEM_RANDOM, secrets.SystemRandom)
    assert generate_access_code() != generate_access_code()  # 36**10 codes: a repeat means no randomness


def test_an_injected_source_makes_generation_repeatable() -> None:
    assert generate_access_code(random.Random(1)) == generate_access_code(random.Random(1))


def test_a_code_never_shows_itself() -> None:
    code = AccessCode.parse("K7Q2M9X4B1")
    for printed in (str(code), repr(code), f"{code}", code.model_dump_json(), repr(a_registry()[0])):
        assert "K7Q2M9X4B1" not in printed
    assert str(code) == "**********"
    assert code.reveal() == "K7Q2M9X4B1"


def test_a_code_is_read_whatever_its_case_and_surrounding_spaces() -> None:
    assert AccessCode.parse("  k7q2m9x4b1 ") == AccessCode.parse("K7Q2M9X4B1")


@pytest.mark.parametrize("text", ["K7Q2M9X4B", "K7Q2M9X4B12", "K7Q2-M9X4B", "K7Q2 M9X4B", "K7Q2M9X4BÉ", ""])
def test_a_code_that_is_not_ten_letters_and_digits_is_malformed(text: str) -> None:
    with pytest.raises(AccessCodeError) as error:
        AccessCode.parse(text)
    assert codes(error) == "access_code_malformed"
    assert error.value.paragraph == ParagraphId.parse("IRM 5.18.2.1.5(6)"), "where the 10 characters are stated"
    with pytest.raises(ValidationError):
        AccessCode(secret=text)  # type: ignore[arg-type]


def test_codes_compare_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return a == b

    monkeypatch.setattr("irm_model.upload.access_codes.hmac.compare_digest", spy)
    assert AccessCode.parse("K7Q2M9X4B1").matches(AccessCode.parse("k7q2m9x4b1"))
    assert calls == [(b"K7Q2M9X4B1", b"K7Q2M9X4B1")], "matches() is hmac.compare_digest on the two codes"
    assert AccessCode.parse("K7Q2M9X4B1") == AccessCode.parse("k7q2m9x4b1")
    assert len(calls) == 2, "== is matches()"


def test_a_registry_compares_a_code_with_every_code_issued_so_timing_reveals_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    registry = AccessCodeRegistry(program=DutProgram.IRM_5_19_11)
    first, second, third = (generate_access_code(random.Random(seed)) for seed in (1, 2, 3))
    registry = registry.issue(first).issue(second).issue(third)
    calls: list[tuple[bytes, bytes]] = []

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return a == b

    monkeypatch.setattr("irm_model.upload.access_codes.hmac.compare_digest", spy)
    assert registry.verify(first.reveal()) == first
    assert len(calls) == 4, "one comparison with each of the three codes issued (no early exit), then =="


def test_a_code_is_accepted_once_and_refused_on_reuse() -> None:
    registry, code = a_registry()
    redemption = registry.redeem(code.reveal())
    assert redemption.codes == ("access_code_accepted",)
    assert redemption.cites == (ParagraphId.parse("IRM 5.19.11.3.2.5(1)"),)
    assert redemption.outcome is not None
    assert redemption.outcome.is_used(code)
    assert not registry.is_used(code), "the registry is a value: redeeming returns a new one"

    with pytest.raises(AccessCodeError) as error:
        redemption.outcome.redeem(code.reveal().lower())
    assert codes(error) == "access_code_reused"
    assert error.value.paragraph == ParagraphId.parse("IRM 5.19.11.3.2.5(1)")
    assert error.value.reason is not None
    assert error.value.reason.code == "access_code_reused"
    assert isinstance(error.value, IrmError)


def test_a_code_no_employee_issued_is_refused() -> None:
    registry, code = a_registry()
    other = "K7Q2M9X4B1" if code.reveal() != "K7Q2M9X4B1" else "K7Q2M9X4B2"
    with pytest.raises(AccessCodeError) as error:
        registry.redeem(other)
    assert codes(error) == "access_code_unknown"
    assert error.value.paragraph == ParagraphId.parse("IRM 5.19.11.3.2.5(1)")


def test_the_same_code_cannot_be_issued_twice() -> None:
    registry, code = a_registry()
    with pytest.raises(AccessCodeError) as error:
        registry.issue(code)
    assert codes(error) == "access_code_already_issued"
    assert error.value.paragraph == ParagraphId.parse("IRM 5.19.11.3.2.5(1)")


def test_issuing_a_new_code_draws_it_from_the_source_given() -> None:
    _, issued = AccessCodeRegistry(program=DutProgram.IRM_5_19_1).issue_new(random.Random(11))
    assert issued == generate_access_code(random.Random(11))


def test_issuing_a_new_code_skips_one_already_issued() -> None:
    registry, first = AccessCodeRegistry(program=DutProgram.IRM_5_19_1).issue_new(random.Random(3))
    registry, second = registry.issue_new(random.Random(3))  # same source: the first draw collides
    assert first != second
    assert len(registry.issued) == 2


@pytest.mark.parametrize(
    ("program", "paragraph"),
    [
        (DutProgram.IRM_5_18_2, "IRM 5.18.2.1.5(6)"),
        (DutProgram.IRM_5_19_1, "IRM 5.19.1.2(14)"),
        (DutProgram.IRM_5_19_11, "IRM 5.19.11.3.2.5(1)"),
    ],
)
def test_a_malformed_code_is_refused_citing_the_programs_own_paragraph(program: DutProgram, paragraph: str) -> None:
    registry, _ = a_registry(program)
    with pytest.raises(AccessCodeError) as error:
        registry.verify("K7Q2-M9X4B1")
    assert error.value.code == "access_code_malformed"
    assert error.value.paragraph == ParagraphId.parse(paragraph)


def test_a_refusal_cites_the_programs_own_paragraph() -> None:
    registry, code = a_registry(DutProgram.IRM_5_18_2)
    used = redeemed(registry, code)
    with pytest.raises(AccessCodeError) as error:
        used.redeem(code)
    assert error.value.paragraph == ParagraphId.parse("IRM 5.18.2.1.5(6)")


def test_a_million_generated_codes_are_all_different() -> None:
    # Birthday bound: among n = 10**6 codes drawn uniformly from N = 36**10 ≈ 3.66e15, the chance
    # that any two are equal is about n**2 / (2 N) ≈ 1.4e-4, so this test fails by pure chance
    # about once in 7,300 runs. A failure on a rerun, or two in a short while, is not chance:
    # the codes are shorter, the alphabet smaller, or the draws not uniform. The codes come from
    # the generator as employees get them (``secrets.SystemRandom``): about 25 s on two cores.
    codes = {generate_access_code().reveal() for _ in range(1_000_000)}
    assert len(codes) == 1_000_000


def test_a_code_carries_more_than_51_bits_of_entropy_as_the_module_says() -> None:
    bits = math.log2(len(set(ACCESS_CODE_ALPHABET))) * ACCESS_CODE_LENGTH
    assert len(set(ACCESS_CODE_ALPHABET)) == len(ACCESS_CODE_ALPHABET) == 36, "no character counted twice"
    assert bits > 51
    assert upload.__doc__ is not None, "how codes are made is in the package's docstring"
    assert f"{ACCESS_CODE_LENGTH} · log2({len(ACCESS_CODE_ALPHABET)}) ≈ {bits:.1f} bits" in upload.__doc__


def test_a_code_typed_in_either_case_is_one_key() -> None:
    assert len({AccessCode.parse("K7Q2M9X4B1"), AccessCode.parse(" k7q2m9x4b1")}) == 1


def test_no_code_is_written_to_logs_or_shown_by_any_object_that_holds_it(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in list(logging.root.manager.loggerDict):
        caplog.set_level(logging.DEBUG, logger=name)

    registry = AccessCodeRegistry(program=DutProgram.IRM_5_18_2)
    registry, code = registry.issue_new()
    secret = code.reveal()
    verified = registry.verify(secret.lower())
    redemption = registry.redeem(secret)
    used = redeemed(registry, secret)
    submission = submit_upload(registry, secret, [a_file()], at=NOON)
    outcome = submitted(registry, secret, [a_file()])
    with pytest.raises(AccessCodeError) as reused:
        used.redeem(secret)

    shown = [
        text
        for held in (code, verified, registry, redemption, used, submission, outcome, *registry.issued)
        for text in (str(held), repr(held), f"{held}", held.model_dump_json(), str(held.model_dump()))
    ]
    shown += [str(reused.value), repr(reused.value), str(reused.value.reason)]
    assert "*" * ACCESS_CODE_LENGTH in str(code)
    for text in shown:
        assert secret not in text
        assert secret.lower() not in text
    for record in caplog.records:
        assert secret not in record.getMessage()
        assert secret not in repr(record.__dict__)


# --- Files ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a.pdf", "a.jpg", "a.png", "SCAN.PDF", "Photo.Jpg", "x.y.PNG"])
def test_pdf_jpg_and_png_are_allowed_in_any_case(name: str) -> None:
    check = check_file(a_file(name), DutProgram.IRM_5_19_1, on=DAY)
    assert check.outcome is True
    assert check.codes == ("extension_allowed", "size_within_limit")
    assert check.cites == (ParagraphId.parse("IRM 5.19.1.2(15)"),)


@pytest.mark.parametrize("name", ["a.jpeg", "a.gif", "a.docx", "a.pdf.exe", "statement", "pdf", ".pdf", "a."])
def test_every_other_extension_is_refused(name: str) -> None:
    check = check_file(a_file(name), DutProgram.IRM_5_19_1, on=DAY)
    assert check.outcome is False
    assert "extension_not_allowed" in check.codes


@pytest.mark.parametrize(
    ("size", "accepted", "code"),
    [
        (0, True, "size_within_limit"),
        (15_000_000, True, "size_within_limit"),
        (15 * 1024 * 1024, True, "size_within_limit"),
        (15 * 1024 * 1024 + 1, False, "file_too_large"),
    ],
)
def test_a_file_may_be_15_mib_and_not_one_byte_more(size: int, accepted: bool, code: str) -> None:
    check = check_file(a_file(size=size), DutProgram.IRM_5_18_2, on=DAY)
    assert check.outcome is accepted
    assert code in check.codes


def test_a_file_too_large_and_of_a_wrong_type_gets_both_reasons() -> None:
    check = check_file(a_file("movie.mov", MAX_FILE_BYTES + 1), DutProgram.IRM_5_18_2, on=DAY)
    assert check.codes == ("extension_not_allowed", "file_too_large")


def test_a_file_has_a_name_and_no_negative_size() -> None:
    with pytest.raises(ValidationError):
        UploadedFile(name="", size_bytes=1)
    with pytest.raises(ValidationError):
        UploadedFile(name="a.pdf", size_bytes=-1)


# --- Submissions ----------------------------------------------------------------------------


def test_several_files_are_each_checked_and_the_allowed_ones_received() -> None:
    registry, code = a_registry()
    decision = submit_upload(
        registry, code, [a_file("w2.pdf"), a_file("notes.docx"), a_file("stub.png", MAX_FILE_BYTES)], at=NOON
    )
    outcome = decision.outcome
    assert outcome is not None
    assert [f.name for f in outcome.received] == ["w2.pdf", "stub.png"]
    assert [c.file.name for c in outcome.refused] == ["notes.docx"]
    assert outcome.check_of("notes.docx").decision.codes[0] == "extension_not_allowed"
    assert outcome.check_of("w2.pdf").decision.rule == "irm_model.upload.files.check_file"
    with pytest.raises(KeyError) as missing:
        outcome.check_of("w4.pdf")
    assert missing.value.args == ("w4.pdf",), "the error names the file that was not submitted"
    assert decision.codes == ("access_code_accepted", "files_received", "files_retrievable", "files_labelled")
    assert outcome.registry.is_used(code)


def test_a_received_file_is_labelled_with_the_date_and_time_and_available_at_once() -> None:
    registry, code = a_registry()
    eastern = timezone(timedelta(hours=-5), "EST")
    at = datetime(2026, 3, 2, 9, 5, 9, tzinfo=eastern)
    received = submitted(registry, code, [a_file()], at=at).received[0]
    assert received.label == "Received 2026-03-02 09:05:09 EST"
    assert received.received_at == at
    assert received.available_at == at
    assert received.retrievable_at(at)
    assert received.retrievable_at(at + timedelta(days=30))
    assert not received.retrievable_at(at - timedelta(seconds=1))
    assert received.retrievable_at(datetime(2026, 3, 2, 14, 5, 9, tzinfo=UTC)), "the same moment in another zone"


def test_a_submission_whose_every_file_is_refused_leaves_the_code_unused() -> None:
    registry, code = a_registry()
    decision = submit_upload(registry, code, [a_file("photo.jpeg")], at=NOON)
    outcome = decision.outcome
    assert outcome is not None
    assert outcome.received == ()
    assert decision.codes == ("nothing_received",)
    assert not outcome.registry.is_used(code)
    assert submitted(outcome.registry, code, [a_file("photo.jpg")]).received


def test_a_submission_with_a_used_or_unknown_code_is_refused_before_its_files_are_looked_at() -> None:
    registry, code = a_registry()
    used = submitted(registry, code, [a_file()]).registry
    with pytest.raises(AccessCodeError) as reused:
        submit_upload(used, code, [a_file("photo.jpeg")], at=NOON)
    assert codes(reused) == "access_code_reused"
    with pytest.raises(AccessCodeError) as unknown:
        submit_upload(AccessCodeRegistry(program=DutProgram.IRM_5_19_11), code, [a_file("photo.jpeg")], at=NOON)
    assert codes(unknown) == "access_code_unknown"


def test_a_submission_has_files_and_a_time_with_a_timezone() -> None:
    registry, code = a_registry()
    with pytest.raises(UploadError, match="at least one file") as empty:
        submit_upload(registry, code, [], at=NOON)
    assert empty.value.code == "upload_without_files"
    with pytest.raises(UploadError, match="timezone") as naive:
        submit_upload(registry, code, [a_file()], at=datetime(2026, 3, 2, 12, 0))
    assert naive.value.code == "upload_time_without_timezone"


# --- Where uploads go -----------------------------------------------------------------------


def test_uploads_from_the_link_on_outgoing_correspondence_are_incoming_receipts_for_csco_and_acss() -> None:
    decision = handling_of(UploadSource.CORRESPONDENCE_LINK, on=DAY)
    handling = decision.outcome
    assert handling is not None
    assert handling.handler is UploadHandler.INCOMING_RECEIPT
    assert handling.processed_by == ("CSCO", "ACSS")
    assert [(r.code, str(r.paragraph)) for r in decision.reasons] == [
        ("correspondence_link_incoming_receipt", "IRM 5.19.1.2(16)")
    ]


def test_uploads_with_an_employees_code_reach_the_requesting_employee() -> None:
    decision = handling_of(UploadSource.ACCESS_CODE, on=DAY)
    handling = decision.outcome
    assert handling is not None
    assert handling.handler is UploadHandler.REQUESTING_EMPLOYEE
    assert handling.processed_by == ()
    assert [(r.code, str(r.paragraph)) for r in decision.reasons] == [
        ("access_code_requesting_employee", "IRM 5.19.1.2(14)")
    ]


def test_every_reason_cites_a_paragraph_the_memorandum_changes() -> None:
    from irm_model.paragraphs import MEMO_PARAGRAPHS

    reasons = [r for s in UploadSource for r in handling_of(s, on=DAY).reasons]
    for program in DutProgram:
        registry, code = a_registry(program)
        reasons += dut_where_referenced(program, dut_available=True, on=DAY).reasons
        reasons += dut_where_referenced(program, dut_available=False, on=DAY).reasons
        reasons += documents_on_the_phone(program, on=DAY).reasons
        decision = submit_upload(registry, code, [a_file(), a_file("x.gif", MAX_FILE_BYTES + 1)], at=NOON)
        assert decision.outcome is not None
        reasons += decision.reasons + tuple(r for c in decision.outcome.checks for r in c.decision.reasons)
        reasons += submit_upload(registry, code, [a_file("x.gif")], at=NOON).reasons
    assert reasons
    assert {r.paragraph for r in reasons} <= set(MEMO_PARAGRAPHS)


# --- The days the interim guidance governs -------------------------------------------------

THE_DAY_BEFORE = date(2026, 1, 25)
"""The day before the interim guidance took effect."""


@pytest.mark.parametrize(
    "ask",
    [
        pytest.param(
            lambda: dut_where_referenced(DutProgram.IRM_5_18_2, dut_available=True, on=THE_DAY_BEFORE),
            id="dut_where_referenced",
        ),
        pytest.param(
            lambda: documents_on_the_phone(DutProgram.IRM_5_19_1, on=THE_DAY_BEFORE), id="documents_on_the_phone"
        ),
        pytest.param(lambda: handling_of(UploadSource.CORRESPONDENCE_LINK, on=THE_DAY_BEFORE), id="handling_of"),
        pytest.param(lambda: check_file(a_file(), DutProgram.IRM_5_19_11, on=THE_DAY_BEFORE), id="check_file"),
        pytest.param(
            lambda: submit_upload(*a_registry(), [a_file()], at=datetime(2026, 1, 25, 23, 59, tzinfo=UTC)),
            id="submit_upload",
        ),
    ],
)
def test_every_rule_answers_not_in_force_before_the_guidance_took_effect(ask: Callable[[], Decision[Any]]) -> None:
    decision = ask()
    assert decision.applies is False
    assert decision.outcome is None
    assert decision.codes == ("guidance_not_yet_effective",)


def test_a_submission_before_the_guidance_took_effect_leaves_the_code_unused() -> None:
    registry, code = a_registry()
    assert submit_upload(registry, code, [a_file()], at=datetime(2026, 1, 25, 12, tzinfo=UTC)).outcome is None
    assert not registry.is_used(code)
    assert submitted(registry, code, [a_file()]).registry.is_used(code)


@pytest.mark.parametrize(
    ("rule", "implements", "day"),
    [
        (dut_where_referenced, ("IRM 5.18.2.1.5(6)", "IRM 5.19.1.2(14)", "IRM 5.19.11.3.2.5(1)"), "on"),
        (documents_on_the_phone, ("IRM 5.18.2.1.5(7)", "IRM 5.19.1.2(15)", "IRM 5.19.11.3.2.5(2)"), "on"),
        (handling_of, ("IRM 5.19.1.2(14)", "IRM 5.19.1.2(16)"), "on"),
        (check_file, ("IRM 5.18.2.1.5(7)", "IRM 5.19.1.2(15)", "IRM 5.19.11.3.2.5(2)"), "on"),
        (
            submit_upload,
            (
                "IRM 5.18.2.1.5(6)",
                "IRM 5.18.2.1.5(7)",
                "IRM 5.19.1.2(14)",
                "IRM 5.19.1.2(15)",
                "IRM 5.19.11.3.2.5(1)",
                "IRM 5.19.11.3.2.5(2)",
            ),
            "at",
        ),
    ],
)
def test_each_rule_is_registered_against_the_paragraphs_of_the_three_programs(
    rule: Rule[Any, Any], implements: tuple[str, ...], day: str
) -> None:
    assert rule in registered()
    assert rule.implements == tuple(ParagraphId.parse(p) for p in implements)
    assert rule.day == day


# --- Word for word --------------------------------------------------------------------------
# The tests above assert on reason codes, so that a reworded sentence never breaks a rule. The
# sentences are published all the same (the pages quote them, an AccessCodeError's message is
# its reason), so each is pinned here, once, with the paragraph it cites.


def test_what_the_dut_is_where_a_program_references_fax_word_for_word() -> None:
    said = [
        str(reason)
        for program in DutProgram
        for available in (True, False)
        for reason in dut_where_referenced(program, dut_available=available, on=DAY).reasons
    ]
    assert said == [
        "Wherever fax is referenced as an acceptable means of securing documents throughout IRM 5.18.2, the DUT "
        "must be used, when available (IRM 5.18.2.1.5(6))",
        'The DUT is not available, and the sentence on it holds "when available": it does not change what '
        "IRM 5.18.2 says where fax is referenced (IRM 5.18.2.1.5(6))",
        "Wherever EEFax is referenced as an acceptable means of securing documents throughout IRM 5.19.1, the DUT "
        "will also be acceptable, when available (IRM 5.19.1.2(14))",
        'The DUT is not available, and the sentence on it holds "when available": it does not change what '
        "IRM 5.19.1 says where EEFax is referenced (IRM 5.19.1.2(14))",
        "Wherever fax is referenced as an acceptable means of securing documents throughout IRM 5.19.11, the DUT "
        "will also be accepted, when available (IRM 5.19.11.3.2.5(1))",
        'The DUT is not available, and the sentence on it holds "when available": it does not change what '
        "IRM 5.19.11 says where fax is referenced (IRM 5.19.11.3.2.5(1))",
    ]


def test_what_the_taxpayer_with_documents_on_the_phone_is_told_word_for_word() -> None:
    assert [str(r) for program in DutProgram for r in documents_on_the_phone(program, on=DAY).reasons] == [
        "The taxpayer has the documents during the call: the taxpayer must submit the documents using the DUT "
        "(IRM 5.18.2.1.5(7))",
        "The taxpayer has the documents during the call: the taxpayer may submit the documents using the DUT "
        "(IRM 5.19.1.2(15))",
        "The taxpayer has the documents during the call: the taxpayer must be offered the option to submit the "
        "documents using the DUT (IRM 5.19.11.3.2.5(2))",
    ]


def test_what_a_refused_or_accepted_code_says_word_for_word() -> None:
    registry, code = a_registry(DutProgram.IRM_5_19_1)
    said: list[str] = []
    for attempt in (
        lambda: registry.issue(code),
        lambda: registry.redeem("K7Q2M9X4B1" if code.reveal() != "K7Q2M9X4B1" else "K7Q2M9X4B2"),
        lambda: registry.redeem("K7Q2"),
        lambda: redeemed(registry, code).redeem(code),
    ):
        with pytest.raises(AccessCodeError) as refused:
            attempt()
        said.append(str(refused.value.reason))
    said += [str(r) for r in registry.redeem(code).reasons]
    assert said == [
        "this Unique Access Code has already been issued; generate another (IRM 5.19.1.2(14))",
        "this Unique Access Code was not provided by an IRS employee (IRM 5.19.1.2(14))",
        "a Unique Access Code is 10 letters and digits (IRM 5.19.1.2(14))",
        "a Unique Access Code is for one-time use only and has been used (IRM 5.19.1.2(14))",
        "A one-time use only Unique Access Code provided by an IRS employee, used for the first time "
        "(IRM 5.19.1.2(14))",
    ]


def test_what_each_file_check_says_word_for_word() -> None:
    allowed = check_file(a_file("w2.pdf", 48_000), DutProgram.IRM_5_19_1, on=DAY)
    refused = check_file(a_file("scan", MAX_FILE_BYTES + 1), DutProgram.IRM_5_19_1, on=DAY)
    wrong_type = check_file(a_file("photo.JPEG", 1), DutProgram.IRM_5_19_1, on=DAY)
    assert [str(r) for check in (allowed, refused, wrong_type) for r in check.reasons] == [
        ".pdf is one of the file extensions that can be uploaded (.pdf, .jpg, .png) (IRM 5.19.1.2(15))",
        "48,000 bytes is within the maximum of 15 mb (15,728,640 bytes) per file (IRM 5.19.1.2(15))",
        "ONLY documents with the file extensions .pdf, .jpg, .png can be uploaded, and this file has none "
        "(IRM 5.19.1.2(15))",
        "15,728,641 bytes is over the maximum of 15 mb (15,728,640 bytes) per file (IRM 5.19.1.2(15))",
        "ONLY documents with the file extensions .pdf, .jpg, .png can be uploaded, not .jpeg (IRM 5.19.1.2(15))",
        "1 byte is within the maximum of 15 mb (15,728,640 bytes) per file (IRM 5.19.1.2(15))",
    ]


def test_what_a_submission_says_word_for_word() -> None:
    registry, code = a_registry(DutProgram.IRM_5_19_1)
    nothing = submit_upload(registry, code, [a_file("a.gif")], at=NOON)
    received = submit_upload(registry, code, [a_file("a.pdf"), a_file("b.png")], at=NOON)
    assert [str(r) for outcome in (nothing, received) for r in outcome.reasons] == [
        "No file could be uploaded, so the Unique Access Code is still unused (IRM 5.19.1.2(15))",
        "A one-time use only Unique Access Code provided by an IRS employee, used for the first time "
        "(IRM 5.19.1.2(14))",
        "2 file(s) received, each checked on its own (IRM 5.19.1.2(15))",
        "The files received may be retrieved as soon as they are uploaded (IRM 5.19.1.2(15))",
        "The files received are labelled with the date and time, much like correspondence received via fax "
        "(IRM 5.19.1.2(15))",
    ]
    with pytest.raises(ValueError, match=r"^a submission has at least one file$"):
        submit_upload(registry, code, [], at=NOON)
    with pytest.raises(ValueError, match=r"^the time received must carry a timezone$"):
        submit_upload(registry, code, [a_file()], at=datetime(2026, 3, 2, 12, 0))


def test_who_works_an_upload_word_for_word() -> None:
    assert [str(r) for source in UploadSource for r in handling_of(source, on=DAY).reasons] == [
        "The DUT provides taxpayers with an alternative to provide necessary documentation securely to the "
        "requesting employee (IRM 5.19.1.2(14))",
        "Uploads through the link on outgoing correspondence are processed by CSCO and ACSS as incoming receipts "
        "(IRM 5.19.1.2(16))",
    ]


# --- Words of force ---------------------------------------------------------------------------
# Each reason carries the word of force of the paragraph it cites, quoted from that paragraph: the
# three programs word the DUT differently ("must be used" / "will also be acceptable" / "will also
# be accepted"; "must submit" / "may submit" / "must offer"), the file rules alike.


def _forces(spec: ReasonSpec) -> str | dict[str, str]:
    """One word for every paragraph the entry may cite, or the word of each."""
    words = set(spec.forces.values())
    if len(words) == 1 and set(spec.forces) == set(spec.paragraphs):
        return words.pop()
    return {str(paragraph): word for paragraph, word in spec.forces.items()}


def _specs() -> list[ReasonSpec]:
    return [spec for catalogue in (programs.Why, access_codes.Why, files.Why) for spec in catalogue.specs]


def quoted_in(quote: str, text: str) -> bool:
    """Whether ``quote`` is in ``text``, its parts in order where " ... " leaves words out."""
    at = 0
    for part in quote.split(" ... "):
        found = text.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def test_each_reasons_word_of_force_word_for_word() -> None:
    assert {spec.code: _forces(spec) for spec in _specs()} == {
        "dut_must_be_used": "must be used, when available",
        "dut_also_acceptable": {
            "IRM 5.19.1.2(14)": "will also be acceptable, when available",
            "IRM 5.19.11.3.2.5(1)": "will also be accepted, when available",
        },
        "dut_not_available": {
            "IRM 5.18.2.1.5(6)": "must be used, when available",
            "IRM 5.19.1.2(14)": "will also be acceptable, when available",
            "IRM 5.19.11.3.2.5(1)": "will also be accepted, when available",
        },
        "documents_during_the_call": {
            "IRM 5.18.2.1.5(7)": "must submit",
            "IRM 5.19.1.2(15)": "may submit",
            "IRM 5.19.11.3.2.5(2)": "must offer",
        },
        "access_code_requesting_employee": "provides taxpayers with an alternative",
        "correspondence_link_incoming_receipt": "will process these uploads as incoming receipts",
        "access_code_accepted": "one-time use only",
        "access_code_malformed": "can upload ... by using a one-time use only Unique Access Code",
        "access_code_unknown": "can upload ... by using a one-time use only Unique Access Code",
        "access_code_reused": "one-time use only",
        "access_code_already_issued": "one-time use only",
        "extension_allowed": "ONLY ... can be uploaded",
        "extension_not_allowed": "ONLY ... can be uploaded",
        "size_within_limit": "up to a maximum size of 15 mb per file/document",
        "file_too_large": "up to a maximum size of 15 mb per file/document",
        "nothing_received": "can be uploaded",
        "files_received": "Multiple files can be uploaded",
        "files_retrievable": "Files may be retrieved as soon as they are uploaded",
        "files_labelled": "will be labeled with the date and time",
    }


@pytest.mark.parametrize("spec", _specs(), ids=lambda spec: spec.code)
def test_each_word_of_force_is_quoted_from_every_paragraph_the_reason_may_cite(spec: ReasonSpec) -> None:
    texts = paragraph_texts()
    assert set(spec.forces) == set(spec.paragraphs), "a word of force for every paragraph the reason may cite"
    for paragraph, word in spec.forces.items():
        assert quoted_in(word, texts[paragraph]), f"{spec.code}: {word!r} is not in the words of {paragraph}"


def test_a_reason_made_carries_the_word_of_its_own_paragraph() -> None:
    words = [
        (str(reason.paragraph), reason.force)
        for program in DutProgram
        for reason in documents_on_the_phone(program, on=DAY).reasons
    ]
    assert words == [
        ("IRM 5.18.2.1.5(7)", "must submit"),
        ("IRM 5.19.1.2(15)", "may submit"),
        ("IRM 5.19.11.3.2.5(2)", "must offer"),
    ]


def test_the_quote_check_reads_an_elision_as_words_left_out_in_order() -> None:
    assert quoted_in("ONLY ... can be uploaded", "NOTE: *ONLY* documents with these extensions can be uploaded")
    assert not quoted_in("can be uploaded ... ONLY", "ONLY documents can be uploaded")
    assert not quoted_in("must be used", "may be used")


# --- Readings: where the memorandum is silent, the register decides ------------------------


def test_the_readings_each_reason_rests_on() -> None:
    assert {spec.code: spec.readings for spec in _specs() if spec.readings} == {
        "access_code_accepted": ("access_code_case", "access_code_lifetime", "access_code_used_when"),
        "access_code_malformed": ("access_code_case",),
        "access_code_reused": ("access_code_used_when",),
        "extension_allowed": ("extension_case", "jpeg_refused"),
        "extension_not_allowed": ("extension_case", "jpeg_refused"),
        "size_within_limit": ("fifteen_mb",),
        "file_too_large": ("fifteen_mb",),
        "nothing_received": ("access_code_used_when",),
    }
    refused = check_file(a_file("photo.jpeg", MAX_FILE_BYTES + 1), DutProgram.IRM_5_19_11, on=DAY)
    assert [reason.readings for reason in refused.reasons] == [("extension_case", "jpeg_refused"), ("fifteen_mb",)]


def test_the_size_limit_is_the_registers_reading_of_15_mb(monkeypatch: pytest.MonkeyPatch) -> None:
    assert MAX_FILE_BYTES == Readings.fifteen_mb.value == 15_728_640
    monkeypatch.setattr(Readings.fifteen_mb, "value", 15_000_000)
    assert check_file(a_file(size=15_000_000), DutProgram.IRM_5_18_2, on=DAY).outcome is True
    refused = check_file(a_file(size=15_000_001), DutProgram.IRM_5_18_2, on=DAY)
    assert refused.outcome is False
    assert refused.codes == ("extension_allowed", "file_too_large")
    assert str(refused.reasons[1]) == (
        "15,000,001 bytes is over the maximum of 15 mb (15,000,000 bytes) per file (IRM 5.18.2.1.5(7))"
    )


def test_whether_case_counts_in_an_extension_is_the_registers(monkeypatch: pytest.MonkeyPatch) -> None:
    assert check_file(a_file("SCAN.PDF"), DutProgram.IRM_5_19_1, on=DAY).outcome is True
    monkeypatch.setattr(Readings.extension_case, "value", False)
    assert a_file("SCAN.PDF").extension == ".PDF"
    refused = check_file(a_file("SCAN.PDF"), DutProgram.IRM_5_19_1, on=DAY)
    assert refused.outcome is False
    assert str(refused.reasons[0]) == (
        "ONLY documents with the file extensions .pdf, .jpg, .png can be uploaded, not .PDF (IRM 5.19.1.2(15))"
    )
    assert check_file(a_file("scan.pdf"), DutProgram.IRM_5_19_1, on=DAY).outcome is True


def test_whether_a_jpeg_is_refused_is_the_registers(monkeypatch: pytest.MonkeyPatch) -> None:
    assert check_file(a_file("photo.jpeg"), DutProgram.IRM_5_19_11, on=DAY).outcome is False
    monkeypatch.setattr(Readings.jpeg_refused, "value", False)
    accepted = check_file(a_file("PHOTO.JPEG"), DutProgram.IRM_5_19_11, on=DAY)
    assert accepted.outcome is True
    assert str(accepted.reasons[0]) == (
        ".jpeg, read as .jpg, is one of the file extensions that can be uploaded (.pdf, .jpg, .png) "
        "(IRM 5.19.11.3.2.5(2))"
    )
    assert check_file(a_file("photo.gif"), DutProgram.IRM_5_19_11, on=DAY).outcome is False


def test_whether_a_code_typed_in_lower_case_is_accepted_is_the_registers(monkeypatch: pytest.MonkeyPatch) -> None:
    registry = AccessCodeRegistry(program=DutProgram.IRM_5_19_11).issue(AccessCode.parse("K7Q2M9X4B1"))
    assert registry.verify("k7q2m9x4b1") == AccessCode.parse("K7Q2M9X4B1")
    monkeypatch.setattr(Readings.access_code_case, "value", False)
    with pytest.raises(AccessCodeError) as lower:
        registry.verify("k7q2m9x4b1")
    assert codes(lower) == "access_code_malformed"
    assert registry.verify(" K7Q2M9X4B1 ") == AccessCode.parse("K7Q2M9X4B1")


def test_whether_a_code_is_masked_is_the_registers(monkeypatch: pytest.MonkeyPatch) -> None:
    code = AccessCode.parse("K7Q2M9X4B1")
    assert (str(code), repr(code)) == ("**********", "AccessCode('**********')")
    monkeypatch.setattr(Readings.access_code_masked, "value", False)
    assert (str(code), repr(code)) == ("K7Q2M9X4B1", "AccessCode('K7Q2M9X4B1')")
    assert "K7Q2M9X4B1" not in code.model_dump_json(), "a dump keeps the code a SecretStr whatever the reading"


def test_a_code_has_no_lifetime_and_another_reading_is_refused_until_modelled(monkeypatch: pytest.MonkeyPatch) -> None:
    registry, code = a_registry()
    assert Readings.access_code_lifetime.value is None
    assert registry.verify(code) == code
    monkeypatch.setattr(Readings.access_code_lifetime, "value", 30)
    with pytest.raises(NotImplementedError, match="access_code_lifetime"):
        registry.verify(code)


def test_when_a_code_is_used_up_is_the_registers(monkeypatch: pytest.MonkeyPatch) -> None:
    registry, code = a_registry()
    assert not submitted(registry, code, [a_file("photo.gif")]).registry.is_used(code)
    monkeypatch.setattr(Readings.access_code_used_when, "value", "first submission")
    decision = submit_upload(registry, code, [a_file("photo.gif")], at=NOON)
    assert decision.outcome is not None
    assert decision.outcome.received == ()
    assert decision.outcome.registry.is_used(code)
    assert decision.codes == ("access_code_accepted", "files_received")
    monkeypatch.setattr(Readings.access_code_used_when, "value", "never")
    with pytest.raises(ValueError, match="'never'"):
        submit_upload(registry, code, [a_file()], at=NOON)
