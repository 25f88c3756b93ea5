"""The acronym table of IRM 5.18.2.1.6 and the abbreviations the memorandum spells out."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import irm_model.acronyms as acronyms
from irm_model.acronyms import (
    ABBREVIATIONS,
    ACRONYM_TABLE,
    GLOSSARY,
    Acronym,
    UnknownAcronymError,
    resolve_acronym,
)
from irm_model.errors import IrmError
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId

ON = date(2026, 3, 2)
ROOT = Path(__file__).resolve().parents[2]
MEMO = (ROOT / "guidance" / "SBSE-05-0126-0020.txt").read_text(encoding="utf-8")


def abbreviation(entry: Acronym) -> str:
    return entry.abbreviation


def resolved(text: str) -> Acronym:
    entry = resolve_acronym(text, on=ON).outcome
    assert entry is not None
    return entry


def test_the_table_has_the_memos_ten_rows_in_its_order() -> None:
    rows = [(a.abbreviation, a.definition) for a in ACRONYM_TABLE]
    assert rows == [
        ("ACS", "Automated Collection System"),
        ("ACSS", "Automated Collection System Support"),
        ("ASED", "Assessment Statute Expiration Date"),
        ("BCD", "Business Closed Date"),
        ("BMF", "Business Master File"),
        ("CP", "Computer Paragraph"),
        ("CSCO", "Compliance Services Collection Operations"),
        ("CSED", "Collection Statute Expiration Date"),
        ("DUT", "Document Upload Tool"),
        ("DWLP", "Date Wages Last Paid"),
    ]
    assert {a.paragraph for a in ACRONYM_TABLE} == {ParagraphId.parse("IRM 5.18.2.1.6")}


@pytest.mark.parametrize("entry", ACRONYM_TABLE, ids=abbreviation)
def test_each_table_row_is_a_row_of_the_memos_table(entry: Acronym) -> None:
    assert f"\n{entry.abbreviation}\t{entry.definition}\n" in MEMO


@pytest.mark.parametrize("entry", ABBREVIATIONS, ids=abbreviation)
def test_each_other_abbreviation_is_spelt_out_on_the_page_of_the_paragraph_it_cites(entry: Acronym) -> None:
    spelt_out = f"{entry.definition} ({entry.abbreviation})"  # "Taxpayer Digital Communications (TDC)"
    page = (ROOT / "docs" / entry.paragraph.doc_path).read_text(encoding="utf-8")
    assert spelt_out in " ".join(MEMO.split()), f"the memo never writes {spelt_out!r}"
    assert spelt_out in " ".join(page.split()), f"{entry.paragraph.doc_path} does not write {spelt_out!r}"


def test_an_acronym_resolves_to_its_definition_whatever_its_case() -> None:
    assert resolved("DUT").definition == "Document Upload Tool"
    assert resolved(" dut ").abbreviation == "DUT"
    assert resolved("POA").definition == "Power of Attorney"


@pytest.mark.parametrize("entry", GLOSSARY, ids=abbreviation)
def test_the_reason_of_a_lookup_cites_where_the_memo_defines_the_abbreviation(entry: Acronym) -> None:
    decision = resolve_acronym(entry.abbreviation, on=ON)
    assert decision.outcome == entry
    assert decision.codes == ("acronym_defined",)
    assert decision.cites == (entry.paragraph,)
    assert decision.rule == "irm_model.acronyms.resolve_acronym"


def test_what_a_lookup_says_word_for_word() -> None:
    assert [str(reason) for reason in resolve_acronym("dut", on=ON).reasons] == [
        "DUT stands for Document Upload Tool (IRM 5.18.2.1.6)"
    ]


@pytest.mark.parametrize("text", ["DUT", "EEFax", "TDC"])
def test_a_definition_states_a_fact_so_its_reason_has_no_word_of_force_and_rests_on_no_reading(text: str) -> None:
    (reason,) = resolve_acronym(text, on=ON).reasons
    assert (reason.force, reason.readings) == (None, ())


def test_the_table_is_the_excerpt_the_memo_shows_and_nothing_says_which_rows_are_new() -> None:
    table = MEMO[MEMO.index("\nAcronym\tDefinition\n") : MEMO.index("\nIRM 5.19.1.2\n")]
    shown = [line.split("\t")[0] for line in table.splitlines() if "\t" in line and not line.startswith("Acronym\t")]
    assert (
        [a.abbreviation for a in ACRONYM_TABLE]
        == shown
        == ["ACS", "ACSS", "ASED", "BCD", "BMF", "CP", "CSCO", "CSED", "DUT", "DWLP"]
    )
    assert acronyms.__doc__ is not None
    assert "adds" not in acronyms.__doc__, "the memorandum shows an excerpt of the table; it does not say it adds it"
    assert "excerpt" in acronyms.__doc__


def test_a_lookup_answers_not_in_force_the_day_before_the_guidance_takes_effect() -> None:
    decision = resolve_acronym("DUT", on=date(2026, 1, 25))
    assert not decision.applies
    assert decision.outcome is None
    assert decision.codes == ("guidance_not_yet_effective",)


@pytest.mark.parametrize("spelling", ["EEFax", "Eefax", "EEFAX"])
def test_the_memos_spellings_of_eefax_resolve_to_one_entry(spelling: str) -> None:
    entry = resolved(spelling)
    assert (entry.abbreviation, entry.definition) == ("EEFax", "Enterprise e-Fax system")
    assert entry.paragraph == ParagraphId.parse("IRM 5.18.2.1.5(5)")


@pytest.mark.parametrize("text", ["XYZ", "TIN", "IRS", ""])
def test_an_abbreviation_the_memo_never_spells_out_is_reported_by_name(text: str) -> None:
    with pytest.raises(UnknownAcronymError, match=re.escape(repr(text))) as error:
        resolve_acronym(text, on=ON)
    assert error.value.code == "unknown_acronym"
    assert error.value.text == text
    assert isinstance(error.value, IrmError)
    assert isinstance(error.value, LookupError)


def test_the_glossary_is_the_table_then_the_others_each_once_citing_a_paragraph_of_the_memo() -> None:
    assert GLOSSARY == ACRONYM_TABLE + ABBREVIATIONS
    abbreviations = [a.abbreviation.casefold() for a in GLOSSARY]
    assert len(abbreviations) == len(set(abbreviations))
    spellings = [s for a in GLOSSARY for s in (a.abbreviation, *a.spellings)]
    assert len(spellings) == len(set(spellings))
    assert all(a.paragraph in MEMO_PARAGRAPHS for a in GLOSSARY)


def test_an_entry_cannot_be_changed() -> None:
    with pytest.raises(ValueError, match="frozen"):
        ACRONYM_TABLE[0].definition = "something else"  # type: ignore[misc]
