"""The Document Upload Tool: access codes, files, receipts, and how each program words it."""

from __future__ import annotations

import random
import secrets
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from irm_model.paragraphs import ParagraphId
from irm_model.upload import (
    ACCESS_CODE_ALPHABET,
    ACCESS_CODE_LENGTH,
    ALLOWED_EXTENSIONS,
    DUT_URL,
    MAX_FILE_BYTES,
    AccessCode,
    AccessCodeError,
    AccessCodeRegistry,
    DutProgram,
    DutStanding,
    DutStep,
    TaxpayerDirection,
    UploadedFile,
    UploadHandler,
    UploadSource,
    check_file,
    documents_on_the_phone,
    dut_where_referenced,
    generate_access_code,
    handling_of,
    program_rule,
    submit_upload,
)

NOON = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def a_registry(program: DutProgram = DutProgram.IRM_5_19_11) -> tuple[AccessCodeRegistry, AccessCode]:
    """A registry holding one code the employee has given the taxpayer."""
    return AccessCodeRegistry(program=program).issue_new(random.Random(7))


def a_file(name: str = "statement.pdf", size: int = 48_000) -> UploadedFile:
    return UploadedFile(name=name, size_bytes=size)


def codes(error: pytest.ExceptionInfo[AccessCodeError]) -> str:
    return error.value.code


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

    substitution = dut_where_referenced(program, dut_available=True)
    assert substitution.standing is standing
    assert [r.paragraph for r in substitution.reasons] == [ParagraphId.parse(described_in)]

    instruction = documents_on_the_phone(program)
    assert instruction.direction is direction
    assert [r.paragraph for r in instruction.reasons] == [ParagraphId.parse(steps_in)]


@pytest.mark.parametrize("program", list(DutProgram))
def test_a_dut_that_is_not_available_leaves_the_referenced_means_alone(program: DutProgram) -> None:
    substitution = dut_where_referenced(program, dut_available=False)
    assert substitution.standing is DutStanding.NOT_AVAILABLE
    assert [r.code for r in substitution.reasons] == ["dut_not_available"]


def test_the_phone_procedure_has_four_steps_in_order_and_gives_the_url() -> None:
    instruction = documents_on_the_phone(DutProgram.IRM_5_18_2)
    assert instruction.steps == (
        DutStep.GENERATE_CODE,
        DutStep.PROVIDE_CODE_AND_URL,
        DutStep.ADVISE_SCREEN_PROMPTS,
        DutStep.RETRIEVE_FILES,
    )
    assert DUT_URL in DutStep.PROVIDE_CODE_AND_URL.value
    assert instruction.url == DUT_URL


# --- Access codes ---------------------------------------------------------------------------


def test_a_generated_code_is_ten_characters_from_the_alphabet() -> None:
    for seed in range(50):
        text = generate_access_code(random.Random(seed)).reveal()
        assert len(text) == ACCESS_CODE_LENGTH
        assert set(text) <= set(ACCESS_CODE_ALPHABET)


def test_the_generator_is_cryptographically_secure_unless_a_source_is_given() -> None:
    import irm_model.upload as upload

    assert isinstance(upload._SYSTEM_RANDOM, secrets.SystemRandom)
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
    with pytest.raises(ValidationError):
        AccessCode(secret=text)  # type: ignore[arg-type]


def test_codes_compare_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return a == b

    monkeypatch.setattr("hmac.compare_digest", spy)
    assert AccessCode.parse("K7Q2M9X4B1") == AccessCode.parse("k7q2m9x4b1")
    assert calls


def test_a_code_is_accepted_once_and_refused_on_reuse() -> None:
    registry, code = a_registry()
    redemption = registry.redeem(code.reveal())
    assert [r.code for r in redemption.reasons] == ["access_code_accepted"]
    assert redemption.registry.is_used(code)
    assert not registry.is_used(code), "the registry is a value: redeeming returns a new one"

    with pytest.raises(AccessCodeError) as error:
        redemption.registry.redeem(code.reveal().lower())
    assert codes(error) == "access_code_reused"
    assert error.value.paragraph == ParagraphId.parse("IRM 5.19.11.3.2.5(1)")
    assert error.value.reason.code == "access_code_reused"


def test_a_code_no_employee_issued_is_refused() -> None:
    registry, code = a_registry()
    other = "K7Q2M9X4B1" if code.reveal() != "K7Q2M9X4B1" else "K7Q2M9X4B2"
    with pytest.raises(AccessCodeError) as error:
        registry.redeem(other)
    assert codes(error) == "access_code_unknown"


def test_the_same_code_cannot_be_issued_twice() -> None:
    registry, code = a_registry()
    with pytest.raises(AccessCodeError) as error:
        registry.issue(code)
    assert codes(error) == "access_code_already_issued"


def test_issuing_a_new_code_skips_one_already_issued() -> None:
    registry, first = AccessCodeRegistry(program=DutProgram.IRM_5_19_1).issue_new(random.Random(3))
    registry, second = registry.issue_new(random.Random(3))  # same source: the first draw collides
    assert first != second
    assert len(registry.issued) == 2


def test_a_refusal_cites_the_programs_own_paragraph() -> None:
    registry, code = a_registry(DutProgram.IRM_5_18_2)
    used = registry.redeem(code).registry
    with pytest.raises(AccessCodeError) as error:
        used.redeem(code)
    assert error.value.paragraph == ParagraphId.parse("IRM 5.18.2.1.5(6)")


# --- Files ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a.pdf", "a.jpg", "a.png", "SCAN.PDF", "Photo.Jpg", "x.y.PNG"])
def test_pdf_jpg_and_png_are_allowed_in_any_case(name: str) -> None:
    check = check_file(a_file(name), DutProgram.IRM_5_19_1)
    assert check.accepted
    assert [r.code for r in check.reasons] == ["extension_allowed", "size_within_limit"]
    assert {r.paragraph for r in check.reasons} == {ParagraphId.parse("IRM 5.19.1.2(15)")}


@pytest.mark.parametrize("name", ["a.jpeg", "a.gif", "a.docx", "a.pdf.exe", "statement", "pdf", ".pdf", "a."])
def test_every_other_extension_is_refused(name: str) -> None:
    check = check_file(a_file(name), DutProgram.IRM_5_19_1)
    assert not check.accepted
    assert "extension_not_allowed" in [r.code for r in check.reasons]


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
    check = check_file(a_file(size=size), DutProgram.IRM_5_18_2)
    assert check.accepted is accepted
    assert code in [r.code for r in check.reasons]


def test_a_file_too_large_and_of_a_wrong_type_gets_both_reasons() -> None:
    check = check_file(a_file("movie.mov", MAX_FILE_BYTES + 1), DutProgram.IRM_5_18_2)
    assert [r.code for r in check.reasons] == ["extension_not_allowed", "file_too_large"]


def test_a_file_has_a_name_and_no_negative_size() -> None:
    with pytest.raises(ValidationError):
        UploadedFile(name="", size_bytes=1)
    with pytest.raises(ValidationError):
        UploadedFile(name="a.pdf", size_bytes=-1)


# --- Submissions ----------------------------------------------------------------------------


def test_several_files_are_each_checked_and_the_allowed_ones_received() -> None:
    registry, code = a_registry()
    outcome = submit_upload(
        registry, code, [a_file("w2.pdf"), a_file("notes.docx"), a_file("stub.png", MAX_FILE_BYTES)], at=NOON
    )
    assert [f.name for f in outcome.received] == ["w2.pdf", "stub.png"]
    assert [c.file.name for c in outcome.refused] == ["notes.docx"]
    assert outcome.check_of("notes.docx").reasons[0].code == "extension_not_allowed"
    assert [r.code for r in outcome.reasons] == ["access_code_accepted", "files_received"]
    assert outcome.registry.is_used(code)


def test_a_received_file_is_labelled_with_the_date_and_time_and_available_at_once() -> None:
    registry, code = a_registry()
    eastern = timezone(timedelta(hours=-5), "EST")
    at = datetime(2026, 3, 2, 9, 5, 9, tzinfo=eastern)
    received = submit_upload(registry, code, [a_file()], at=at).received[0]
    assert received.label == "Received 2026-03-02 09:05:09 EST"
    assert received.received_at == at
    assert received.available_at == at


def test_a_submission_whose_every_file_is_refused_leaves_the_code_unused() -> None:
    registry, code = a_registry()
    outcome = submit_upload(registry, code, [a_file("photo.jpeg")], at=NOON)
    assert outcome.received == ()
    assert [r.code for r in outcome.reasons] == ["nothing_received"]
    assert not outcome.registry.is_used(code)
    assert submit_upload(outcome.registry, code, [a_file("photo.jpg")], at=NOON).received


def test_a_submission_with_a_used_or_unknown_code_is_refused_before_its_files_are_looked_at() -> None:
    registry, code = a_registry()
    used = submit_upload(registry, code, [a_file()], at=NOON).registry
    with pytest.raises(AccessCodeError) as reused:
        submit_upload(used, code, [a_file("photo.jpeg")], at=NOON)
    assert codes(reused) == "access_code_reused"
    with pytest.raises(AccessCodeError) as unknown:
        submit_upload(AccessCodeRegistry(program=DutProgram.IRM_5_19_11), code, [a_file("photo.jpeg")], at=NOON)
    assert codes(unknown) == "access_code_unknown"


def test_a_submission_has_files_and_a_time_with_a_timezone() -> None:
    registry, code = a_registry()
    with pytest.raises(ValueError, match="at least one file"):
        submit_upload(registry, code, [], at=NOON)
    with pytest.raises(ValueError, match="timezone"):
        submit_upload(registry, code, [a_file()], at=datetime(2026, 3, 2, 12, 0))


# --- Where uploads go -----------------------------------------------------------------------


def test_uploads_from_the_link_on_outgoing_correspondence_are_incoming_receipts_for_csco_and_acss() -> None:
    handling = handling_of(UploadSource.CORRESPONDENCE_LINK)
    assert handling.handler is UploadHandler.INCOMING_RECEIPT
    assert handling.processed_by == ("CSCO", "ACSS")
    assert [(r.code, str(r.paragraph)) for r in handling.reasons] == [
        ("correspondence_link_incoming_receipt", "IRM 5.19.1.2(16)")
    ]


def test_uploads_with_an_employees_code_reach_the_requesting_employee() -> None:
    handling = handling_of(UploadSource.ACCESS_CODE)
    assert handling.handler is UploadHandler.REQUESTING_EMPLOYEE
    assert handling.processed_by == ()


def test_every_reason_cites_a_paragraph_the_memorandum_changes() -> None:
    from irm_model.paragraphs import MEMO_PARAGRAPHS

    reasons = [r for s in UploadSource for r in handling_of(s).reasons]
    for program in DutProgram:
        registry, code = a_registry(program)
        reasons += dut_where_referenced(program, dut_available=True).reasons
        reasons += dut_where_referenced(program, dut_available=False).reasons
        reasons += documents_on_the_phone(program).reasons
        outcome = submit_upload(registry, code, [a_file(), a_file("x.gif", MAX_FILE_BYTES + 1)], at=NOON)
        reasons += outcome.reasons + tuple(r for c in outcome.checks for r in c.reasons)
        reasons += submit_upload(registry, code, [a_file("x.gif")], at=NOON).reasons
    assert reasons
    assert {r.paragraph for r in reasons} <= set(MEMO_PARAGRAPHS)
