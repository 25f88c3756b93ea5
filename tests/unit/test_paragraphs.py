"""The paragraph id: three written forms, a tag, and mentions in running text."""

from __future__ import annotations

import pytest

from irm_model.paragraphs import MEMO_CONTROL_NUMBER, ParagraphId, ParagraphIdError, is_paragraph_tag, mentions


def test_a_procedural_change_is_a_paragraph_of_the_memorandum() -> None:
    assert ParagraphId.memo(3) == ParagraphId.parse("SBSE-05-0126-0020(3)")
    assert ParagraphId.memo(3).is_memo
    assert str(ParagraphId.memo(3)) == f"{MEMO_CONTROL_NUMBER}(3)"


def test_an_id_shows_itself_as_written() -> None:
    assert repr(ParagraphId.parse("IRM 5.19.8.4.2(7)")) == "ParagraphId('IRM 5.19.8.4.2(7)')"
    assert repr(ParagraphId.parse("IRM 5.18.2.1.6")) == "ParagraphId('IRM 5.18.2.1.6')"


def test_text_that_is_not_an_id_is_refused_with_the_three_forms_to_write() -> None:
    with pytest.raises(ParagraphIdError) as refused:
        ParagraphId.parse("5.19.8.4.2(7)")
    assert refused.value.code == "paragraph_id_malformed"
    assert str(refused.value) == (
        "'5.19.8.4.2(7)' is not a paragraph id; write it as \"IRM 5.19.8.4.2(7)\" (a numbered IRM paragraph), "
        '"IRM 5.18.2.1.6" (a whole IRM section) or "SBSE-05-0126-0020(1)" (a Procedural Change of the memorandum)'
    )


@pytest.mark.parametrize("tag", ["@IRM:5.19.8.4.2(7)", "IRM:5.19.8.4.2(7)", "@irm:5.18.2.1.6", "@SBSE-05-0126-0020(2)"])
def test_a_tag_starting_with_irm_or_sbse_claims_a_paragraph(tag: str) -> None:
    assert is_paragraph_tag(tag)


@pytest.mark.parametrize("tag", ["@smoke", "@wip", "smoke@", "@xirm:5.19.8.4.2(7)"])
def test_other_tags_claim_no_paragraph(tag: str) -> None:
    assert not is_paragraph_tag(tag)


@pytest.mark.parametrize(
    ("tag", "paragraph"),
    [
        ("@IRM:5.19.8.4.2(7)", "IRM 5.19.8.4.2(7)"),
        ("IRM:5.19.8.4.2(7)", "IRM 5.19.8.4.2(7)"),
        ("@IRM:5.18.2.1.6", "IRM 5.18.2.1.6"),
        ("@SBSE-05-0126-0020(2)", "SBSE-05-0126-0020(2)"),
    ],
)
def test_a_paragraph_tag_reads_as_the_paragraph_it_names(tag: str, paragraph: str) -> None:
    read = ParagraphId.from_tag(tag)
    assert read == ParagraphId.parse(paragraph)
    assert str(read) == paragraph


@pytest.mark.parametrize("tag", ["@SBSE-05-0126-0020", "@SBSE-05-0126-0020(two)", "@IRM:5.19.8.4.2(7", "@IRM:"])
def test_a_tag_that_starts_like_a_paragraphs_but_names_none_is_refused(tag: str) -> None:
    with pytest.raises(ParagraphIdError) as refused:
        ParagraphId.from_tag(tag)
    assert refused.value.code == "paragraph_tag_malformed"
    assert str(refused.value).startswith(f"{tag!r} is not a paragraph tag; write it as ")


def test_a_malformed_paragraph_tag_is_refused_with_the_forms_to_write() -> None:
    with pytest.raises(ParagraphIdError) as refused:
        ParagraphId.from_tag("@IRM 5.19.8.4.2(7)")
    assert refused.value.code == "paragraph_tag_malformed"
    assert str(refused.value) == (
        '\'@IRM 5.19.8.4.2(7)\' is not a paragraph tag; write it as "@IRM:5.19.8.4.2(7)", "@IRM:5.18.2.1.6" '
        'or "@SBSE-05-0126-0020(1)"'
    )


def test_running_text_mentions_paragraphs_and_sections_where_they_stand() -> None:
    text = "See IRM 5.19.8.4(4) for further guidance, and IRM 5.18.2.1.6 for the acronyms."
    assert list(mentions(text)) == [
        (4, 19, ParagraphId.parse("IRM 5.19.8.4(4)")),
        (46, 60, ParagraphId.parse("IRM 5.18.2.1.6")),
    ]
    assert text[4:19] == "IRM 5.19.8.4(4)"
    assert text[46:60] == "IRM 5.18.2.1.6"


def test_a_mention_already_inside_a_link_is_left_alone() -> None:
    assert list(mentions("See [IRM 5.19.8.4(4)](irm-5.19.8.4.md#irm-5-19-8-4-4).")) == []
