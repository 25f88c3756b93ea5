"""The pages hold the memorandum's own words: every paragraph block is the memo's text, verbatim.

Each entry's text is cut out of guidance/SBSE-05-0126-0020.txt between explicit markers
(``SPANS``), after the extraction artefacts that guidance/README.md lists are cleaned
(``ARTEFACTS``). Markup is compared away on both sides (bold, strike-through, emphasis, links,
list markers, tables, HTML tags) and whitespace collapsed; nothing else. A changed, added or
dropped word in a block fails the test naming its paragraph; so does lost or added markup, a moved
ellipsis, or a page whose front matter or heading is not the memo's.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
import yaml

from irm_model.memo import MEMO as MEMORANDUM
from irm_model.paragraphs import MEMO_CONTROL_NUMBER, MEMO_PARAGRAPHS, ParagraphId
from irm_site.pages import CLOSE_RE, OPEN_RE

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SOURCE = (ROOT / "guidance" / "SBSE-05-0126-0020.txt").read_text(encoding="utf-8")


# The extraction artefacts of guidance/README.md, as (wrong, right) replacements in the source text.
ARTEFACTS: list[tuple[str, str]] = [
    # README: a page break inside a name, "Enterprise e-Fax system" / "(EEFax)" in IRM 5.18.2.1.5(5).
    ("Enterprise e-Fax system\n\n(EEFax) system", "Enterprise e-Fax system (EEFax) system"),
    # README: a page break inside a sentence, "EEFAX or" / "DUT" in IRM 5.19.8.4.7.4(1).
    ("via EEFAX or\n\nDUT, the taxpayer", "via EEFAX or DUT, the taxpayer"),
    # README: a page break inside a sentence, "declined, and" / "exhausted" in IRM 5.19.22.2.4(8).
    ("declined, and\n\nexhausted. See IRM 5.19.16.8", "declined, and exhausted. See IRM 5.19.16.8"),
    # README: a page break inside a sentence (same kind), "statutory" / "employee" in IRM 5.19.11.10.12(5).
    ("status as a statutory\n\nemployee.", "status as a statutory employee."),
    # README: the acronym table's header row repeated after a page break (IRM 5.18.2.1.6).
    ("Business Closed Date\n\nAcronym\tDefinition\n", "Business Closed Date\n"),
    # README: list markers "- (1)", "- (2)" put in front of the numbered paragraphs of IRM 5.19.11.3.2.5
    # (the same marker stands in front of IRM 5.19.11.7.1.2(2)).
    ("\n- (1) The Document Upload Tool", "\n(1) The Document Upload Tool"),
    ("\n- (2) If taxpayers have", "\n(2) If taxpayers have"),
    ("\n- (2) Secure the information", "\n(2) Secure the information"),
    # README: uneven indentation of the bullets of IRM 5.19.11.3.2.5(2).
    ("\n - ", "\n- "),
    # README: an HTML list inside the If/Then table of IRM 5.19.11.7.1.2(2): bullets "•" in a styled <ul>.
    ('<ul style="list-style-type: none"> • ', "<ul>\n- "),
    (" • ", "\n- "),
]


def cleaned(text: str) -> str:
    """The source text without the extraction artefacts."""
    for wrong, right in ARTEFACTS:
        assert wrong in text, f"artefact no longer in the source: {wrong!r}"
        text = text.replace(wrong, right)
    return text


MEMO = cleaned(SOURCE)

# Where each entry's text is in the (cleaned) source: it starts right after `start` (its number,
# which the page shows as the block's heading) and runs up to `end`. Both are searched from the
# heading of the entry's section, and must lie before the next section's heading.
SPANS: dict[str, tuple[str, str]] = {
    "SBSE-05-0126-0020(1)": ("\n- 1 ", "\n- 2 "),
    "SBSE-05-0126-0020(2)": ("\n- 2 ", "\n- 3 "),
    "SBSE-05-0126-0020(3)": ("\n- 3 ", "\n- 4 "),
    "SBSE-05-0126-0020(4)": ("\n- 4 ", "\n- 5 "),
    "SBSE-05-0126-0020(5)": ("\n- 5 ", "\n- 6 "),
    "SBSE-05-0126-0020(6)": ("\n- 6 ", "\n\nEmployees can also find"),
    "IRM 1.4.20.20(1)": ("\n(1) ", "\n\n..."),
    "IRM 5.18.1.1.5(2)": ("\n(2) ", "\n\n..."),
    "IRM 5.18.2.1.5(5)": ("\n(5) ", "\n\n(6) "),
    "IRM 5.18.2.1.5(6)": ("\n(6) ", "\n\n(7) "),
    "IRM 5.18.2.1.5(7)": ("\n(7) ", "\n\nIRM 5.18.2.1.6\n"),
    "IRM 5.18.2.1.6": ("\nTerms/Definitions/Acronyms\n\n", "\n\nIRM 5.19.1.2\n"),
    "IRM 5.19.1.2(13)": ("\n(13) ", "\n\n(14) "),
    "IRM 5.19.1.2(14)": ("\n(14) ", "\n\n(15) "),
    "IRM 5.19.1.2(15)": ("\n(15) ", "\n\n(16) "),
    "IRM 5.19.1.2(16)": ("\n(16) ", "\n\nIRM 5.19.2.2.1\n"),
    "IRM 5.19.2.2.1(1)": ("\n(1) ", "\n\n..."),
    "IRM 5.19.8.4(4)": ("\n(4) ", "\n\nIRM 5.19.8.4.2\n"),
    "IRM 5.19.8.4.2(5)": ("\n(5) ", "\n\n..."),
    "IRM 5.19.8.4.2(7)": ("\n(7) ", "\n\nIRM 5.19.8.4.2.2\n"),
    "IRM 5.19.8.4.2.2(10)": ("\n(10) ", "\n\nIRM 5.19.8.4.3\n"),
    "IRM 5.19.8.4.3(9)": ("\n(9) ", "\n\nIRM 5.19.8.4.3.2\n"),
    "IRM 5.19.8.4.3.2(4)": ("\n(4) ", "\n\nIRM 5.19.8.4.7.3\n"),
    "IRM 5.19.8.4.7.3(1)": ("\n(1) ", "\n\nIRM 5.19.8.4.7.4\n"),
    "IRM 5.19.8.4.7.4(1)": ("\n(1) ", "\n\nIRM 5.19.8.4.7.5\n"),
    "IRM 5.19.8.4.7.5(7)": ("\n(7) ", "\n\nIRM 5.19.11.1.5\n"),
    "IRM 5.19.11.1.5(1)": ("\n(1) ", "\n\n..."),
    "IRM 5.19.11.3.2.5(1)": ("\n(1) ", "\n(2) "),
    "IRM 5.19.11.3.2.5(2)": ("\n(2) ", "\n\nIRM 5.19.11.7.1.2\n"),
    "IRM 5.19.11.7.1.2(2)": ("\n(2) ", "\n\n..."),
    "IRM 5.19.11.10.1(5)": ("\n(5) ", "\n\nIRM 5.19.11.10.12\n"),
    "IRM 5.19.11.10.12(5)": ("\n(5) ", "\n\n..."),
    "IRM 5.19.13.3(6)": ("\n(6) ", "\n\n..."),
    "IRM 5.19.16.1.5(2)": ("\n(2) ", "\n\n..."),
    "IRM 5.19.16.8(4)": ("\n(4) ", "\n\n..."),
    "IRM 5.19.22.1.5(2)": ("\n(2) ", "\n\n..."),
    "IRM 5.19.22.2.4(8)": ("\n(8) ", "\n\n25.12.1.1.5\n"),
    "IRM 25.12.1.1.5(5)": ("\n(5) ", "\n\n..."),
}

SECTIONS = sorted({p.section_id for p in MEMO_PARAGRAPHS if not p.is_memo}, key=lambda s: ParagraphId.parse(s))


def heading_at(section: str) -> int:
    """Where the memo's heading of an IRM section starts (``IRM 5.19.8.4.2``, ``**1.4.20.20`` or ``5.19.13.3``)."""
    number = re.escape(section.removeprefix("IRM "))
    found = list(re.finditer(rf"(?m)^(?:\*\*)?(?:IRM )?{number}$", MEMO))
    assert len(found) == 1, f"{section}: {len(found)} headings in the memo"
    return found[0].start()


HEADINGS = {section: heading_at(section) for section in SECTIONS}


def segment(paragraph: ParagraphId) -> tuple[int, int]:
    """The part of the memo that holds the paragraph's section: from its heading to the next one."""
    if paragraph.is_memo:
        return MEMO.index("\nProcedural Changes\n"), MEMO.index("\nInterim Guidance: ")
    start = HEADINGS[paragraph.section_id]
    return start, min((at for at in HEADINGS.values() if at > start), default=len(MEMO))


def span(paragraph: ParagraphId) -> tuple[int, int, int]:
    """Where the paragraph is in the memo: its number's position, and its text's start and end."""
    start, end = SPANS[str(paragraph)]
    first, last = segment(paragraph)
    marker = MEMO.find(start, first, last)
    assert marker >= 0, f"{paragraph}: {start!r} is not in its section of the memo"
    text_start = marker + len(start)
    text_end = MEMO.find(end, text_start, last + len(end))
    assert text_end >= 0, f"{paragraph}: {end!r} does not follow {start!r} in its section of the memo"
    return marker, text_start, text_end


def source_text(paragraph: ParagraphId) -> str:
    """The memo's text of a paragraph, artefacts cleaned, without its number."""
    _, start, end = span(paragraph)
    return MEMO[start:end]


def words(text: str) -> str:
    """The words of a text without its markup, whitespace collapsed."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # [text](url) -> text
    text = re.sub(r"<[^>]+>", " ", text)  # HTML tags
    text = re.sub(r"(?m)^\s*\|?(?:\s*:?-{3,}:?\s*\|?)+\s*$", " ", text)  # a Markdown table's rule
    text = text.replace("|", " ")  # a Markdown table's cells
    text = re.sub(r"(?m)^\s*- ", " ", text)  # list markers
    text = text.replace("**", "").replace("~~", "").replace("*", "")  # bold, struck, emphasis
    return " ".join(text.split())


MARKUP_RE = re.compile(
    r"\*\*(?P<bold>.+?)\*\*|~~(?P<struck>.+?)~~|(?<![*\w])\*(?P<em>[^*\s][^*]*)\*(?![*\w])"
    r"|\[(?P<link>[^\]]+)\]\((?P<url>[^)]+)\)",
    re.DOTALL,
)


def markup(text: str) -> list[tuple[str, str]]:
    """The bold, struck, emphasised and linked spans of a text, in order."""
    return [
        (kind, " ".join(value.split()) + (f" -> {match['url']}" if kind == "link" else ""))
        for match in MARKUP_RE.finditer(text)
        for kind, value in match.groupdict().items()
        if value is not None and kind != "url"
    ]


def pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


def section_pages() -> list[Path]:
    return sorted((DOCS / "sections").glob("*.md"))


def rel(path: Path) -> str:
    return path.relative_to(DOCS).as_posix()


def read_blocks(page: Path) -> list[tuple[str, str, int]]:
    """The paragraph blocks of a page: the id as written, the text, and the opening line."""
    found: list[tuple[str, str, int]] = []
    current: tuple[str, int] | None = None
    lines: list[str] = []
    for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
        if current is None and (match := OPEN_RE.match(line)):
            current, lines = (match["id"], number), []
        elif current is not None and CLOSE_RE.match(line):
            found.append((current[0], "\n".join(lines), current[1]))
            current = None
        elif current is not None:
            lines.append(line)
    assert current is None, f"docs/{rel(page)}:{current[1]}: block of {current[0]} is never closed"
    return found


def block(paragraph: ParagraphId) -> tuple[str, str]:
    """The text of the paragraph's block on its page, and where it opens."""
    page = DOCS / paragraph.doc_path
    assert page.is_file(), f"{paragraph}: no page docs/{paragraph.doc_path}"
    found = [(text, n) for written, text, n in read_blocks(page) if written == str(paragraph)]
    assert len(found) == 1, f"{paragraph}: {len(found)} blocks on docs/{paragraph.doc_path}"
    text, line = found[0]
    return text, f"docs/{paragraph.doc_path}:{line}"


def front_matter(page: Path) -> tuple[dict[str, object], str]:
    """A page's front matter and its body."""
    text = page.read_text(encoding="utf-8")
    match = re.match(r"---\n(?P<yaml>.*?)\n---\n(?P<body>.*)", text, re.DOTALL)
    assert match, f"docs/{rel(page)}: no front matter"
    meta = yaml.safe_load(match["yaml"])
    assert isinstance(meta, dict), f"docs/{rel(page)}: front matter is not a mapping"
    return meta, match["body"]


# The entries


def test_the_spans_table_names_every_entry_of_the_memo_once() -> None:
    assert list(SPANS) == [str(p) for p in MEMO_PARAGRAPHS]


@pytest.mark.parametrize("paragraph", MEMO_PARAGRAPHS, ids=str)
def test_every_paragraph_on_its_page_is_the_memos_text(paragraph: ParagraphId) -> None:
    text, where = block(paragraph)
    on_page, in_memo = words(text), words(source_text(paragraph))
    assert on_page, f"{where}: the block of {paragraph} is empty"
    if on_page != in_memo:
        at = next((i for i, (a, b) in enumerate(zip(on_page, in_memo, strict=False)) if a != b), None)
        at = min(len(on_page), len(in_memo)) if at is None else at
        pytest.fail(
            f"{where}: the block of {paragraph} is not the memo's text, word for word; from character {at}:\n"
            f"  page: {on_page[max(0, at - 30) : at + 50]!r}\n  memo: {in_memo[max(0, at - 30) : at + 50]!r}"
        )


@pytest.mark.parametrize("paragraph", MEMO_PARAGRAPHS, ids=str)
def test_every_paragraph_keeps_the_memos_bold_struck_emphasised_and_linked_text(paragraph: ParagraphId) -> None:
    text, where = block(paragraph)
    assert markup(text) == markup(source_text(paragraph)), f"{where}: the markup of {paragraph} is not the memo's"


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
    text, where = block(ParagraphId.parse(paragraph))
    assert re.search(rf"~~{re.escape(struck)}[^~]*~~", text), f"{where}: {struck!r} is not struck through"


def test_every_entry_of_the_memo_has_exactly_one_block_across_the_docs() -> None:
    written = Counter(written for page in pages() for written, _, _ in read_blocks(page))
    assert {str(p): written[str(p)] for p in MEMO_PARAGRAPHS} == {str(p): 1 for p in MEMO_PARAGRAPHS}
    assert set(written) <= {str(p) for p in MEMO_PARAGRAPHS}, "blocks of paragraphs the memo does not change"


def test_the_memos_own_wording_and_typos_are_kept() -> None:
    blocks = " ".join(words(block(p)[0]) for p in MEMO_PARAGRAPHS)
    for typo in (
        "to request the appeal DUT and Eefax are acceptable",
        "must send mail the request",
        "prioritizing the taxpayers preferred",
        "Enterprise e-Fax system (EEFax) system or",
        "15 mb per file",
        "Form W-2c , Corrected",
    ):
        assert typo in blocks


# The section pages


@pytest.mark.parametrize("section", SECTIONS)
def test_every_section_has_its_page_with_the_memos_heading_and_front_matter(section: str) -> None:
    page = DOCS / f"sections/irm-{section.removeprefix('IRM ')}.md"
    assert page.is_file(), f"no page for {section}"
    heading = MEMO[HEADINGS[section] :].split("\n(01-26-2026)\n", 1)
    title = heading[1].strip().splitlines()[0].strip("*")
    meta, body = front_matter(page)
    assert meta == {"section": section, "title": title, "revised": date(2026, 1, 26)}, f"docs/{rel(page)}"
    assert body.lstrip("\n").startswith(f"# {section} {title}\n\n(01-26-2026)\n\n"), f"docs/{rel(page)}: heading"


def test_there_is_one_page_per_section_and_no_other() -> None:
    assert [rel(p) for p in section_pages()] == sorted({p.doc_path for p in MEMO_PARAGRAPHS if not p.is_memo})


def layout_of_memo(section: str) -> list[str]:
    """The section in the memo as a sequence: its entries' ids and the ellipses between them."""
    first, last = segment(ParagraphId.parse(section))
    entries = [p for p in MEMO_PARAGRAPHS if p.section_id == section]
    spans = {p: span(p) for p in entries}
    items = [(marker, str(p)) for p, (marker, _, _) in spans.items()]
    for match in re.finditer(r"(?m)^\.\.\.$", MEMO[first:last]):
        at = first + match.start()
        if not any(start <= at < end for _, start, end in spans.values()):
            items.append((at, "..."))
    return [item for _, item in sorted(items)]


def layout_of_page(page: Path) -> list[str]:
    """The page as a sequence: its blocks' ids and the ellipses outside them."""
    items: list[str] = []
    inside = False
    for line in page.read_text(encoding="utf-8").splitlines():
        if not inside and (match := OPEN_RE.match(line)):
            items.append(match["id"])
            inside = True
        elif inside and CLOSE_RE.match(line):
            inside = False
        elif not inside and line.strip() == "...":
            items.append("...")
    return items


@pytest.mark.parametrize("section", SECTIONS)
def test_the_memos_ellipses_stay_where_the_memo_puts_them(section: str) -> None:
    page = DOCS / f"sections/irm-{section.removeprefix('IRM ')}.md"
    assert layout_of_page(page) == layout_of_memo(section), f"docs/{rel(page)}"


# The memorandum's page


def test_the_memo_page_opens_with_the_memos_subject_and_takes_its_particulars_from_the_model() -> None:
    """No front matter copies the memorandum's dates: the build writes them from irm_model.memo.MEMO."""
    text = (DOCS / "memo.md").read_text(encoding="utf-8")
    subject = "Interim Guidance on the Mandatory Use of Digital Tools for Campus Collection Employees"

    assert text.startswith(f"# {subject}\n\n<!-- irm:memo -->\n")
    assert MEMORANDUM.title == subject
    assert (MEMORANDUM.control_number, MEMORANDUM.dated, MEMORANDUM.expires) == (
        MEMO_CONTROL_NUMBER,
        date(2026, 1, 26),
        date(2028, 1, 26),
    )
    assert MEMORANDUM.impacted_irms == (
        "1.4.20", "5.18.1", "5.18.2", "5.19.1", "5.19.2", "5.19.8",
        "5.19.11", "5.19.13", "5.19.16", "5.19.22", "25.12.1",
    )  # fmt: skip


def test_the_memo_page_outside_its_blocks_is_the_memos_text() -> None:
    body = (DOCS / "memo.md").read_text(encoding="utf-8").replace("<!-- irm:memo -->", "")  # the particulars
    body = re.sub(r"(?ms)^/// paragraph \|.*?^///$", "\n", body)  # blocks: checked above
    links = re.compile(r"^- \[IRM [\d.]+ [^\]]+\]\(sections/irm-[\d.]+\.md\)$")
    memo = words(MEMO)
    for chunk in re.split(r"\n\s*\n", body):
        text = "\n".join(line for line in chunk.splitlines() if not links.match(line))
        text = re.sub(r"(?m)^#+ ", "", text)  # headings
        if words(text):
            assert words(text) in memo, f"docs/memo.md: not the memo's text: {words(text)[:80]!r}"


def test_the_memo_page_lists_every_section_page_in_the_memos_order() -> None:
    body = (DOCS / "memo.md").read_text(encoding="utf-8")
    listed = re.findall(r"(?m)^- \[(IRM [\d.]+) ([^\]]+)\]\((sections/irm-[\d.]+\.md)\)$", body)
    assert [(section, f"sections/irm-{section.removeprefix('IRM ')}.md") for section, _, _ in listed] == [
        (section, f"sections/irm-{section.removeprefix('IRM ')}.md") for section in SECTIONS
    ]
    for section, title, path in listed:
        assert front_matter(DOCS / path)[0]["title"] == title, f"docs/memo.md: the link to {section}"
    assert [section for section, _ in sorted(HEADINGS.items(), key=lambda item: item[1])] == SECTIONS
