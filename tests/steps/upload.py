"""Steps about the Document Upload Tool: programs, Unique Access Codes, files and receipts.

Every step only calls irm_model.upload and records the decision it asks for in ``decided``; what
the scenario expects is written in the feature.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime

import pytest
from pytest_bdd import given, parsers, then, when

from irm_model.upload.access_codes import AccessCode, AccessCodeError, AccessCodeRegistry
from irm_model.upload.files import UploadedFile, UploadOutcome, submit_upload
from irm_model.upload.programs import (
    DutInstruction,
    DutProgram,
    DutStanding,
    UploadHandling,
    UploadSource,
    documents_on_the_phone,
    dut_where_referenced,
    handling_of,
    program_rule,
)
from tests.steps.reasons import Decided

A_MOMENT = datetime.fromisoformat("2026-03-02T10:00:00+00:00")
"""When uploads happen unless a scenario says otherwise (a day the memorandum is in force)."""

A_DAY = A_MOMENT.date()
"""The day asked about in the DUT's other decisions (the features give none)."""


@dataclass
class DutCase:
    """The scenario's state: the program, the codes issued, and the latest outcome or refusal."""

    program: DutProgram | None = None
    dut_available: bool = True
    source: random.Random = field(default_factory=lambda: random.Random(20260126))
    registry: AccessCodeRegistry | None = None
    code: AccessCode | None = None
    standing: DutStanding | None = None
    instruction: DutInstruction | None = None
    outcome: UploadOutcome | None = None
    refusal: AccessCodeError | None = None
    handling: UploadHandling | None = None

    @property
    def ledger(self) -> AccessCodeRegistry:
        assert self.registry is not None, "the scenario must say 'the employee has given the taxpayer ... code'"
        return self.registry

    @property
    def given_code(self) -> AccessCode:
        assert self.code is not None, "the scenario must say 'the employee has given the taxpayer ... code'"
        return self.code

    @property
    def result(self) -> UploadOutcome:
        assert self.refusal is None, f"the upload was refused: {self.refusal.code if self.refusal else ''}"
        assert self.outcome is not None, "the scenario must upload something first"
        return self.outcome

    def upload(
        self, decided: Decided, presented: AccessCode | str, files: list[UploadedFile], at: datetime = A_MOMENT
    ) -> None:
        try:
            decision = decided.record(submit_upload(self.ledger, presented, files, at=at))
        except AccessCodeError as error:
            self.refusal = error
            return
        assert decision.outcome is not None, f"no upload on {at}: {decision.codes}"
        self.outcome = decision.outcome
        self.registry = self.outcome.registry


@pytest.fixture
def dut_case() -> DutCase:
    return DutCase()


def _program(case: DutCase) -> DutProgram:
    assert case.program is not None, "the scenario must start with 'Given a Document Upload Tool case worked under'"
    return case.program


def _moment(text: str) -> datetime:
    """ "2026-03-02 14:05:09 UTC" -> an aware datetime."""
    return datetime.fromisoformat(text.replace(" UTC", "+00:00"))


# --- Given ----------------------------------------------------------------------------------


@given(parsers.parse("a Document Upload Tool case worked under {program}"))
def case_under(dut_case: DutCase, program: str) -> None:
    dut_case.program = DutProgram(program)
    dut_case.registry = AccessCodeRegistry(program=dut_case.program)


@given(parsers.re(r"the Document Upload Tool (?P<availability>is|is not) available"))
def dut_availability(dut_case: DutCase, availability: str) -> None:
    dut_case.dut_available = availability == "is"


@given("the employee has given the taxpayer a Unique Access Code")
def code_given(dut_case: DutCase) -> None:
    dut_case.registry, dut_case.code = dut_case.ledger.issue_new(dut_case.source)


@given(parsers.parse('the employee has given the taxpayer the Unique Access Code "{text}"'))
def known_code_given(dut_case: DutCase, text: str) -> None:
    dut_case.code = AccessCode.parse(text)
    dut_case.registry = dut_case.ledger.issue(dut_case.code)


@given(parsers.parse('the taxpayer has already uploaded "{name}" with that code'))
def already_uploaded(dut_case: DutCase, decided: Decided, name: str) -> None:
    dut_case.upload(decided, dut_case.given_code, [UploadedFile(name=name, size_bytes=48_000)])
    assert dut_case.refusal is None, f"the first upload was refused: {dut_case.refusal}"


# --- When -----------------------------------------------------------------------------------


@when(parsers.parse("a passage of the program references {means} as an acceptable means of securing documents"))
def passage_references(dut_case: DutCase, decided: Decided, means: str) -> None:
    program = _program(dut_case)
    referenced = program_rule(program).referenced_means
    assert referenced == means, f"{program} speaks of {referenced}, not {means}"
    decision = decided.record(dut_where_referenced(program, dut_available=dut_case.dut_available, on=A_DAY))
    dut_case.standing = decision.outcome


@when(parsers.parse('the taxpayer uploads "{name}" of {size:d} bytes with that code'))
def upload_one(dut_case: DutCase, decided: Decided, name: str, size: int) -> None:
    dut_case.upload(decided, dut_case.given_code, [UploadedFile(name=name, size_bytes=size)])


@when(parsers.parse('the taxpayer uploads "{name}" of {size:d} bytes with that code at {moment}'))
def upload_one_at(dut_case: DutCase, decided: Decided, name: str, size: int, moment: str) -> None:
    dut_case.upload(decided, dut_case.given_code, [UploadedFile(name=name, size_bytes=size)], at=_moment(moment))


@when(parsers.parse('the taxpayer uploads "{name}" of {size:d} bytes with the code "{typed}"'))
def upload_with_typed_code(dut_case: DutCase, decided: Decided, name: str, size: int, typed: str) -> None:
    dut_case.upload(decided, typed, [UploadedFile(name=name, size_bytes=size)])


@when("the taxpayer uploads these files with that code:")
def upload_many(dut_case: DutCase, decided: Decided, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert header == ["name", "bytes"], "the table's columns are: name, bytes"
    dut_case.upload(
        decided, dut_case.given_code, [UploadedFile(name=name, size_bytes=int(size)) for name, size in rows]
    )


@when("the taxpayer has the necessary documents available during the call")
def documents_available(dut_case: DutCase, decided: Decided) -> None:
    dut_case.instruction = decided.record(documents_on_the_phone(_program(dut_case), on=A_DAY)).outcome


@when("a taxpayer uploads through the DUT link on outgoing correspondence")
def upload_from_correspondence(dut_case: DutCase, decided: Decided) -> None:
    dut_case.handling = decided.record(handling_of(UploadSource.CORRESPONDENCE_LINK, on=A_DAY)).outcome


@when("a taxpayer uploads with a Unique Access Code an employee provided")
def upload_from_access_code(dut_case: DutCase, decided: Decided) -> None:
    dut_case.handling = decided.record(handling_of(UploadSource.ACCESS_CODE, on=A_DAY)).outcome


# --- Then -----------------------------------------------------------------------------------


@then(parsers.parse('the DUT is "{standing}" there'))
def dut_standing(dut_case: DutCase, standing: str) -> None:
    assert dut_case.standing is not None
    assert dut_case.standing.value == standing


@then(parsers.parse("{count:d} file is received"))
@then(parsers.parse("{count:d} files are received"))
def files_received(dut_case: DutCase, count: int) -> None:
    assert len(dut_case.result.received) == count


@then("the Unique Access Code is used up")
def code_used(dut_case: DutCase) -> None:
    assert dut_case.ledger.is_used(dut_case.given_code)


@then("the Unique Access Code is still unused")
def code_unused(dut_case: DutCase) -> None:
    assert not dut_case.ledger.is_used(dut_case.given_code)


@then("the upload is received")
def upload_received(dut_case: DutCase) -> None:
    assert dut_case.result.received


@then(parsers.parse('the upload is refused with "{code}"'))
def upload_refused(dut_case: DutCase, code: str) -> None:
    assert dut_case.refusal is not None, "the upload was not refused"
    assert dut_case.refusal.code == code


@then(parsers.parse('the file "{name}" is received citing "{reason}"'))
def file_received(dut_case: DutCase, name: str, reason: str) -> None:
    assert name in {file.name for file in dut_case.result.received}, f"{name} was not received"
    assert reason in dut_case.result.check_of(name).decision.codes


@then(parsers.parse('the file "{name}" is refused citing "{reason}"'))
def file_refused(dut_case: DutCase, name: str, reason: str) -> None:
    check = dut_case.result.check_of(name)
    assert not check.accepted, f"{name} was not refused"
    assert name not in {file.name for file in dut_case.result.received}
    assert reason in check.decision.codes


@then(parsers.parse('the file "{name}" is labelled "{label}"'))
def file_label(dut_case: DutCase, name: str, label: str) -> None:
    received = {file.name: file for file in dut_case.result.received}
    assert received[name].label == label


@then(parsers.re(r'the employee (?P<can>can|cannot) retrieve "(?P<name>[^"]+)" at (?P<moment>.+)'))
def file_retrievable(dut_case: DutCase, can: str, name: str, moment: str) -> None:
    received = {file.name: file for file in dut_case.result.received}
    assert received[name].retrievable_at(_moment(moment)) is (can == "can")


@then(parsers.parse('the instruction is that the taxpayer "{direction}"'))
def taxpayer_direction(dut_case: DutCase, direction: str) -> None:
    assert dut_case.instruction is not None
    assert dut_case.instruction.direction.value == direction


@then(parsers.parse('the upload is processed as an "{handler}"'))
@then(parsers.parse('the upload goes to "{handler}"'))
def upload_handler(dut_case: DutCase, handler: str) -> None:
    assert dut_case.handling is not None
    assert dut_case.handling.handler.value == handler


@then(parsers.parse('it is processed by "{first}" and "{second}"'))
def upload_processed_by(dut_case: DutCase, first: str, second: str) -> None:
    assert dut_case.handling is not None
    assert dut_case.handling.processed_by == (first, second)
