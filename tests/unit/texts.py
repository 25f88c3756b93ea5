"""The changed paragraphs' words as the pages hold them, for tests that check the model against the text."""

from __future__ import annotations

from pathlib import Path

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_site.pages import parse_page, plain_text

DOCS = Path(__file__).resolve().parents[2] / "docs"


def paragraph_bodies() -> dict[ParagraphId, str]:
    """Every changed paragraph's text as its page writes it (struck text and bold markup kept)."""
    bodies: dict[ParagraphId, str] = {}
    for page in [DOCS / "memo.md", *sorted((DOCS / "sections").glob("*.md"))]:
        source = page.read_text(encoding="utf-8")
        for block in parse_page(page.relative_to(DOCS).as_posix(), source, MEMO_PARAGRAPHS).blocks:
            bodies[block.paragraph] = block.body
    return bodies


def paragraph_texts() -> dict[ParagraphId, str]:
    """Every changed paragraph's text, from the verbatim pages: struck text and bold markup removed."""
    return {paragraph: plain_text(body) for paragraph, body in paragraph_bodies().items()}
