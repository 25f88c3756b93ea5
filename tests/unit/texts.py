"""The changed paragraphs' words as the pages hold them, for tests that check the model against the text."""

from __future__ import annotations

import re
from pathlib import Path

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_site.pages import parse_page

DOCS = Path(__file__).resolve().parents[2] / "docs"


def paragraph_texts() -> dict[ParagraphId, str]:
    """Every changed paragraph's text, from the verbatim pages: struck text and bold markup removed."""
    texts: dict[ParagraphId, str] = {}
    for page in [DOCS / "memo.md", *sorted((DOCS / "sections").glob("*.md"))]:
        source = page.read_text(encoding="utf-8")
        lines = source.splitlines()
        for block in parse_page(page.relative_to(DOCS).as_posix(), source, MEMO_PARAGRAPHS).blocks:
            body = "\n".join(lines[block.start : block.end - 1])  # between the '/// paragraph |' and '///' lines
            text = re.sub(r"~~.*?~~", " ", body, flags=re.DOTALL).replace("**", "")
            texts[block.paragraph] = re.sub(r"\s+", " ", text).strip()
    return texts
