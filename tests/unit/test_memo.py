"""The memorandum's own facts and the days it governs, as a specification."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError

from irm_model.memo import MEMO, GuidanceState, guidance_status
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.readings import Readings

MEMO_TEXT = (Path(__file__).resolve().parents[2] / "guidance" / "SBSE-05-0126-0020.txt").read_text(encoding="utf-8")


def test_the_memorandum_is_dated_and_effective_on_january_26_2026() -> None:
    assert MEMO.control_number == "SBSE-05-0126-0020"
    assert MEMO.dated == date(2026, 1, 26)
    assert MEMO.effective == date(2026, 1, 26)


def test_it_expires_on_january_26_2028_the_deadline_for_incorporating_it_into_the_irm() -> None:
    assert MEMO.expires == date(2028, 1, 26)
    assert MEMO.incorporation_deadline == MEMO.dated.replace(year=MEMO.dated.year + 2)


def test_it_impacts_eleven_irms_in_manual_order() -> None:
    assert MEMO.impacted_irms == (
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
    )


def test_every_changed_irm_paragraph_belongs_to_one_of_the_impacted_irms_and_each_irm_has_one() -> None:
    programs = [paragraph.program for paragraph in MEMO_PARAGRAPHS if not paragraph.is_memo]
    assert list(dict.fromkeys(programs)) == [f"IRM {irm}" for irm in MEMO.impacted_irms]
    assert ParagraphId.memo(1).program == "SBSE-05-0126-0020"


def test_every_changed_irm_paragraph_belongs_to_an_impacted_irm_and_each_impacted_irm_has_one() -> None:
    def irm_of(paragraph: ParagraphId) -> str:
        return ".".join(paragraph.section.split(".")[:3])

    changed = {irm_of(p) for p in MEMO_PARAGRAPHS if not p.is_memo}
    assert changed == set(MEMO.impacted_irms)


def test_its_six_procedural_changes_are_paragraphs_of_the_memo() -> None:
    assert MEMO.procedural_changes == tuple(p for p in MEMO_PARAGRAPHS if p.is_memo)
    assert len(MEMO.procedural_changes) == 6


def test_questions_go_to_eric_slayback_program_manager() -> None:
    assert MEMO.contact.name == "Eric Slayback"
    assert MEMO.contact.title == "Program Manager"
    assert str(MEMO.contact).startswith("Eric Slayback, Program Manager, HQ Collection Policy")
    assert MEMO.issued_by.name == "Thomas Kramer"


def test_the_memorandum_cannot_be_changed() -> None:
    with pytest.raises(ValidationError):
        MEMO.expires = date(2030, 1, 1)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("day", "state", "code"),
    [
        (date(2026, 1, 25), GuidanceState.NOT_YET_EFFECTIVE, "guidance_not_yet_effective"),
        (date(2026, 1, 26), GuidanceState.IN_FORCE, "guidance_in_force"),
        (date(2027, 6, 30), GuidanceState.IN_FORCE, "guidance_in_force"),
        (date(2028, 1, 25), GuidanceState.IN_FORCE, "guidance_in_force"),
        (date(2028, 1, 26), GuidanceState.EXPIRED, "guidance_expired"),
        (date(2029, 1, 1), GuidanceState.EXPIRED, "guidance_expired"),
    ],
)
def test_the_guidance_is_in_force_from_its_effective_date_until_the_day_before_it_expires(
    day: date, state: GuidanceState, code: str
) -> None:
    status = guidance_status(day)
    assert status.outcome is state
    assert status.codes == (code,)
    assert status.applies is (state is GuidanceState.IN_FORCE)


def test_the_status_cites_the_mandate_whose_dates_the_header_sets() -> None:
    assert [str(reason.paragraph) for reason in guidance_status(date(2026, 1, 25)).reasons] == ["SBSE-05-0126-0020(1)"]


def test_its_header_addresses_campus_collection_employees_and_the_audience_is_the_registers_reading() -> None:
    assert f"MEMORANDUM FOR {MEMO.addressed_to}\n" in MEMO_TEXT
    assert "for all Collection employees" in MEMO_TEXT, "the Purpose speaks more broadly"
    assert MEMO.audience == Readings.audience.value == "campus collection employees"


def test_whether_the_expiration_date_itself_is_in_force_is_the_registers_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Readings.expiration_day.value is False
    assert guidance_status(date(2028, 1, 26)).outcome is GuidanceState.EXPIRED
    monkeypatch.setattr(Readings.expiration_day, "value", True)
    assert guidance_status(date(2028, 1, 26)).outcome is GuidanceState.IN_FORCE
    assert guidance_status(date(2028, 1, 27)).outcome is GuidanceState.EXPIRED
    assert guidance_status(date(2026, 1, 25)).outcome is GuidanceState.NOT_YET_EFFECTIVE


def test_the_reasons_on_either_side_of_the_expiration_date_name_the_reading() -> None:
    readings = {
        reason.code: reason.readings
        for day in (date(2026, 1, 25), date(2027, 1, 1), date(2028, 1, 26))
        for reason in guidance_status(day).reasons
    }
    assert readings == {
        "guidance_not_yet_effective": (),
        "guidance_in_force": ("expiration_day",),
        "guidance_expired": ("expiration_day",),
    }


# --- Word for word --------------------------------------------------------------------------
# The dates are facts the header states, not duties: the reasons carry no word of force.


def test_what_the_status_says_word_for_word() -> None:
    said = [
        (str(r), r.force)
        for day in (date(2026, 1, 25), date(2027, 1, 1), date(2028, 1, 26))
        for r in guidance_status(day).reasons
    ]
    assert said == [
        (
            "The interim guidance is effective as of January 26, 2026; it does not apply before then "
            "(SBSE-05-0126-0020(1))",
            None,
        ),
        (
            "The interim guidance is in force from January 26, 2026 until it expires on January 26, 2028 "
            "(SBSE-05-0126-0020(1))",
            None,
        ),
        (
            "The interim guidance has expired (Expiration Date: January 26, 2028); follow the IRM as it now reads "
            "(SBSE-05-0126-0020(1))",
            None,
        ),
    ]
