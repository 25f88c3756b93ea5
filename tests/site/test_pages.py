"""Section pages: their front matter and paragraph blocks, with each mistake named by file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_site.errors import SourceErrors
from irm_site.pages import SectionMeta, parse_page

PATH = "sections/irm-5.19.8.4.2.md"
FRONT = "---\nsection: IRM 5.19.8.4.2\ntitle: Collection Due Process (CDP) Hearing Requests\nrevised: 2026-01-26\n---\n"
BODY = "\n# IRM 5.19.8.4.2\n\n/// paragraph | IRM 5.19.8.4.2(5)\nAdvise the taxpayer\n///\n"


def errors_of(text: str, path: str = PATH) -> list[str]:
    with pytest.raises(SourceErrors) as error:
        parse_page(path, text, MEMO_PARAGRAPHS)
    return [str(e) for e in error.value.errors]


def test_a_section_page_gives_its_metadata_and_blocks() -> None:
    page = parse_page(PATH, FRONT + BODY, MEMO_PARAGRAPHS)

    assert isinstance(page.meta, SectionMeta)
    assert page.meta.title == "Collection Due Process (CDP) Hearing Requests"
    assert [(b.paragraph, b.start, b.end) for b in page.blocks] == [(ParagraphId.parse("IRM 5.19.8.4.2(5)"), 9, 11)]


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("", "docs/sections/irm-5.19.8.4.2.md:1: the page has no front matter"),
        (
            "---\nsection: IRM 5.19.8.4.2\ntitle: T\n---\n",
            "docs/sections/irm-5.19.8.4.2.md:1: the front matter has no 'revised'",
        ),
        (
            "---\nsection: IRM 5.19.8.4.2\ntitle: T\nrevised: 01-26-2026\n---\n",
            "docs/sections/irm-5.19.8.4.2.md:4: front matter 'revised': Input should be a valid date",
        ),
        (
            "---\nsection: 5.19.8.4.2\ntitle: T\nrevised: 2026-01-26\n---\n",
            "docs/sections/irm-5.19.8.4.2.md:2: front matter 'section'",
        ),
        (
            "---\nsection: IRM 5.19.8.4.3\ntitle: T\nrevised: 2026-01-26\n---\n",
            "docs/sections/irm-5.19.8.4.2.md:2: the page declares IRM 5.19.8.4.3, "
            "whose page is docs/sections/irm-5.19.8.4.3.md",
        ),
        ("---\nsection: [\n---\n", "docs/sections/irm-5.19.8.4.2.md:2: the front matter is not valid YAML"),
    ],
)
def test_missing_or_malformed_metadata_is_named_with_its_line(front: str, expected: str) -> None:
    assert errors_of(front + BODY)[0].startswith(expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("/// paragraph | IRM 5.19.8.4.2 (5)\nx\n///\n", ":6: 'IRM 5.19.8.4.2 (5)' is not a paragraph id"),
        (
            "/// paragraph | IRM 5.19.8.4.2(6)\nx\n///\n",
            ":6: IRM 5.19.8.4.2(6) is not a paragraph the memorandum changes",
        ),
        ("/// paragraph | IRM 5.19.8.4(4)\nx\n///\n", ":6: IRM 5.19.8.4(4) belongs on docs/sections/irm-5.19.8.4.md"),
        ("/// paragraph | IRM 5.19.8.4.2(5)\nx\n", ":6: the block of IRM 5.19.8.4.2(5) is never closed"),
        (
            "/// paragraph | IRM 5.19.8.4.2(5)\nx\n///\n/// paragraph | IRM 5.19.8.4.2(5)\ny\n///\n",
            ":9: IRM 5.19.8.4.2(5) already has a block on line 6",
        ),
    ],
)
def test_a_bad_paragraph_block_is_named_with_its_line(body: str, expected: str) -> None:
    assert errors_of(FRONT + body)[0].startswith("docs/sections/irm-5.19.8.4.2.md" + expected)


def test_the_memo_page_needs_no_front_matter_its_particulars_come_from_the_model() -> None:
    text = (Path(__file__).resolve().parents[2] / "docs" / "memo.md").read_text(encoding="utf-8")
    page = parse_page("memo.md", text, MEMO_PARAGRAPHS)

    assert (page.meta, page.front_matter) == (None, {})
    assert len(page.blocks) == 6  # the six Procedural Changes


def test_another_pages_front_matter_is_kept_for_the_renderer() -> None:
    page = parse_page("api/x.md", "---\ntitle: irm_model.x\nsearch:\n  exclude: true\n---\n\n::: irm_model.x\n", ())

    assert page.front_matter == {"title": "irm_model.x", "search": {"exclude": True}}


def test_another_pages_front_matter_that_is_not_yaml_is_named_with_its_line() -> None:
    assert errors_of("---\ntitle: [x\n---\n", "glossary.md") == [
        "docs/glossary.md:2: the front matter is not valid YAML (expected ',' or ']', but got '<stream end>'). "
        "Fix the YAML."
    ]
