"""The acronym table of IRM 5.18.2.1.6 and the abbreviations the memorandum spells out."""

from __future__ import annotations

import pytest

from irm_model.acronyms import ACRONYM_TABLE, GLOSSARY, UnknownAcronymError, resolve_acronym
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId


def test_the_table_has_the_memos_ten_rows_in_its_order() -> None:
    assert [a.abbreviation for a in ACRONYM_TABLE] == [
        "ACS", "ACSS", "ASED", "BCD", "BMF", "CP", "CSCO", "CSED", "DUT", "DWLP",
    ]  # fmt: skip
    assert {a.paragraph for a in ACRONYM_TABLE} == {ParagraphId.parse("IRM 5.18.2.1.6")}


def test_an_acronym_resolves_to_its_definition_whatever_its_case() -> None:
    assert resolve_acronym("DUT").definition == "Document Upload Tool"
    assert resolve_acronym("Eefax").definition == "Enterprise e-Fax system"


def test_an_unknown_acronym_is_reported() -> None:
    with pytest.raises(UnknownAcronymError) as error:
        resolve_acronym("XYZ")
    assert error.value.code == "unknown_acronym"


def test_the_glossary_explains_each_abbreviation_once_citing_a_paragraph_of_the_memo() -> None:
    abbreviations = [a.abbreviation.casefold() for a in GLOSSARY]
    assert len(abbreviations) == len(set(abbreviations))
    assert all(a.paragraph in MEMO_PARAGRAPHS for a in GLOSSARY)
