"""The pages hold the memorandum's own words: every paragraph block is the memo's text, verbatim.

Markup is compared away (bold, strike-through, links, list markers, tables, HTML tags), and so are
the extraction artefacts that guidance/README.md lists; nothing else. A changed, added or dropped
word in any block fails the test that names its paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_site.pages import CLOSE_RE, OPEN_RE

ROOT = Path(__file__).resolve().parents[2]
MEMO = (ROOT / "guidance" / "SBSE-05-0126-0020.txt").read_text(encoding="utf-8")

# Extraction artefacts (guidance/README.md). Page breaks inside a sentence and uneven indentation
# disappear when whitespace is collapsed; the "- (1)" markers of IRM 5.19.11.3.2.5 are list
# markers, removed like every other; the HTML list in IRM 5.19.11.7.1.2 loses its tags like all
# HTML. What remains is the acronym table's header row, repeated after a page break:
ARTEFACTS = [("Business Closed Date\n\nAcronym\tDefinition\n", "Business Closed Date\n")]


def normalise(text: str) -> str:
    """The words of a text without its markup, whitespace collapsed."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)  # [text](url) -> text
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags
    text = re.sub(r"^\s*\|?\s*-{3,}\s*\|\s*-{3,}\s*\|?\s*$", " ", text, flags=re.MULTILINE)  # table rule
    text = text.replace("|", " ").replace("\t", " ").replace("•", " ")
    text = re.sub(r"^\s*- ", " ", text, flags=re.MULTILINE)  # list markers
    text = text.replace("**", "").replace("~~", "")
    text = re.sub(r"(?<!\w)\*(\w+)\*(?!\w)", r"\1", text)  # *ONLY*
    return " ".join(text.split())


def memo_text() -> str:
    text = MEMO
    for wrong, right in ARTEFACTS:
        assert wrong in text, f"artefact no longer in the source: {wrong!r}"
        text = text.replace(wrong, right)
    return normalise(text)


def blocks() -> dict[ParagraphId, tuple[str, str]]:
    """Every paragraph block on every page: its text and where it is."""
    found: dict[ParagraphId, tuple[str, str]] = {}
    for page in sorted((ROOT / "docs").rglob("*.md")):
        current: ParagraphId | None = None
        lines: list[str] = []
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
            if match := OPEN_RE.match(line):
                current, lines = ParagraphId.parse(match["id"]), []
                where = f"{page.relative_to(ROOT)}:{number}"
            elif current is not None and CLOSE_RE.match(line):
                assert current not in found, f"{current} has two blocks"
                found[current] = ("\n".join(lines), where)
                current = None
            elif current is not None:
                lines.append(line)
    return found


BLOCKS = blocks()
TEXT = memo_text()
# What may follow a paragraph in the memo: an ellipsis, the next numbered paragraph or Procedural
# Change, the next section's heading, or the memo's closing sentence after the Procedural Changes.
FOLLOWS = re.compile(r"^(\.\.\.|\(\d+\)|\d |\d+\.\d+|IRM \d|Employees can also find|$)")


def test_every_entry_of_the_memo_has_exactly_one_block() -> None:
    assert sorted(BLOCKS) == sorted(MEMO_PARAGRAPHS)


def marker(paragraph: ParagraphId) -> str:
    """What precedes the paragraph's words in the memo: "(7)", a Procedural Change's "3", the table's caption."""
    if paragraph.number is None:
        return "Terms/Definitions/Acronyms"
    return str(paragraph.number) if paragraph.is_memo else f"({paragraph.number})"


@pytest.mark.parametrize("paragraph", MEMO_PARAGRAPHS, ids=str)
def test_every_paragraph_on_its_page_is_the_memos_text(paragraph: ParagraphId) -> None:
    body, where = BLOCKS[paragraph]
    words = normalise(body)
    assert words, f"{where}: the block of {paragraph} is empty"
    start = TEXT.find(f"{marker(paragraph)} {words}")
    assert start >= 0, f"{where}: the block of {paragraph} is not the memo's text, word for word"
    rest = TEXT[start + len(marker(paragraph)) + 1 + len(words) :].lstrip()
    assert FOLLOWS.match(rest), (
        f"{where}: the block of {paragraph} stops before the memo's paragraph ends: {rest[:80]!r}"
    )


@pytest.mark.parametrize(
    ("paragraph", "struck"),
    [
        ("IRM 5.19.8.4.2(7)", "If the taxpayer wishes to fax the CDP hearing request"),
        ("IRM 5.19.8.4.2.2(10)", "if available"),
        ("IRM 5.19.8.4.3(9)", "Eefax or"),
        ("IRM 5.19.8.4.3.2(4)", "if available"),
        ("IRM 5.19.8.4.7.3(1)", "if available"),
        ("IRM 5.19.8.4.7.4(1)", "if available"),
    ],
)
def test_struck_text_stays_struck(paragraph: str, struck: str) -> None:
    body, where = BLOCKS[ParagraphId.parse(paragraph)]
    assert re.search(rf"~~{re.escape(struck)}[^~]*~~", body), f"{where}: {struck!r} is not struck through"


def test_the_memos_own_typos_are_kept() -> None:
    pages = " ".join(normalise(body) for body, _ in BLOCKS.values())
    for typo in ("to request the appeal DUT and Eefax are acceptable", "must send mail the request", "15 mb"):
        assert typo in pages
