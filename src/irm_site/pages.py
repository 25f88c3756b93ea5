"""The pages of the guidance: their metadata and the paragraph blocks in them.

A section page holds each changed paragraph verbatim in a block::

    /// paragraph | IRM 5.19.8.4.2(7)
    The taxpayer **must send mail the request ...** ~~If the taxpayer wishes to fax ...~~
    ///

Its front matter names the section, its title and its revision date, checked here, naming file
and line. The memorandum's own particulars (control number, dates) come from the model
(``irm_model.memo.MEMO``), never from a page.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from irm_model.paragraphs import ParagraphId, ParagraphIdError
from irm_site.errors import SourceError, SourceErrors

__all__ = [
    "PageSource",
    "ParagraphBlock",
    "SectionMeta",
    "parse_page",
    "plain_text",
    "strip_front_matter",
]

OPEN_RE = re.compile(r"^///\s*paragraph\s*\|\s*(?P<id>.*?)\s*$")
CLOSE_RE = re.compile(r"^///\s*$")


class SectionMeta(BaseModel):
    """Front matter of one IRM section page."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    section: str
    """The section id, ``IRM 5.19.8.4.2``."""
    title: str = Field(min_length=1)
    """The section's title as the memorandum gives it."""
    revised: date
    """The revision date the memorandum prints under the section heading (``(01-26-2026)``)."""

    @field_validator("section")
    @classmethod
    def _whole_irm_section(cls, value: str) -> str:
        paragraph = ParagraphId.parse(value)
        if paragraph.is_memo or paragraph.number is not None:
            raise ValueError(f"{value!r} is not an IRM section id; write it as 'IRM 5.19.8.4.2'")
        return value


SECTION_LEVEL_BOOST = 1.5
"""How much more the site search weighs a section page than one of its subsections."""
DEEPEST_SECTION = 7
"""Sections this deep (``5.19.11.3.2.5.1``) or deeper get the search's default weight, 1."""
SCENARIOS_BOOST = 0.5
"""The search's weight of a generated scenarios page: a section's own page comes first."""


def search_boost(meta: SectionMeta) -> float:
    """The search weight of a section page: a section outranks its subsections.

    Material's search matches what is typed as the start of a word, so "5.19.8.4.2" also finds
    5.19.8.4.2.2, whose shorter title would otherwise rank it first. A section's number is always
    a prefix of its subsections' numbers, so each level up weighs
    [`SECTION_LEVEL_BOOST`][irm_site.pages.SECTION_LEVEL_BOOST] times more.
    """
    levels = len(ParagraphId.parse(meta.section).section.split("."))
    return float(max(1.0, SECTION_LEVEL_BOOST ** (DEEPEST_SECTION - levels)))


@dataclass(frozen=True)
class ParagraphBlock:
    """One ``/// paragraph | id`` block of a page."""

    paragraph: ParagraphId
    start: int
    """The line of the opening ``/// paragraph |`` (1-based)."""
    end: int
    """The line of the closing ``///``."""
    body: str
    """The Markdown between the opening and the closing line, as the page writes it."""

    @property
    def text(self) -> str:
        """The paragraph's words as it reads now: ``plain_text(body)``."""
        return plain_text(self.body)


def plain_text(body: str) -> str:
    """A paragraph's words as it reads now: struck text (``~~...~~``) removed, bold markers removed, spaces collapsed.

    What the memorandum struck is no longer the manual's text; what it added (in bold) is.
    """
    text = re.sub(r"~~.*?~~", " ", body, flags=re.DOTALL).replace("**", "")
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class PageSource:
    """What a page declares: its metadata and its paragraph blocks."""

    path: str
    meta: SectionMeta | None
    blocks: tuple[ParagraphBlock, ...]
    front_matter: dict[str, Any] = field(default_factory=dict)
    """Any other page's front matter (``title``, ``search``), for the renderer."""


def _front_matter_end(lines: list[str]) -> int | None:
    """The index of the line closing the leading ``---`` front matter, if there is one."""
    if not lines or lines[0].strip() != "---":
        return None
    return next((index for index, line in enumerate(lines[1:], start=1) if line.strip() in {"---", "..."}), None)


def _front_matter(text: str) -> tuple[str, int] | None:
    """The YAML between the leading ``---`` lines, and the line the YAML starts on."""
    lines = text.splitlines()
    end = _front_matter_end(lines)
    return None if end is None else ("\n".join(lines[1:end]), 2)


def strip_front_matter(text: str) -> str:
    """The page's Markdown without its front matter."""
    lines = text.splitlines()
    end = _front_matter_end(lines)
    return text if end is None else "\n".join(lines[end + 1 :])


def _key_line(yaml_text: str, first_line: int, key: object) -> int:
    for offset, line in enumerate(yaml_text.splitlines()):
        if line.startswith(f"{key}:"):
            return first_line + offset
    return first_line - 1


def _load(path: str, yaml_text: str, first_line: int, example: str) -> dict[str, Any]:
    """The front matter's YAML as a mapping (empty when blank), or one message naming the line."""
    try:
        data: Any = yaml.safe_load(yaml_text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = first_line + mark.line if mark is not None else 1
        problem = getattr(error, "problem", None) or "unreadable"
        raise SourceError(path, line, f"the front matter is not valid YAML ({problem})", "fix the YAML") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SourceError(path, 1, "the front matter is not a set of 'key: value' lines", f"write {example}")
    return data


def _meta(path: str, text: str) -> SectionMeta:
    example = "section: IRM 5.19.8.4.2, title: ..., revised: 2026-01-26"
    found = _front_matter(text)
    if found is None:
        raise SourceError(path, 1, "the page has no front matter", f"start it with '---', {example}, '---'")
    yaml_text, first_line = found
    data = _load(path, yaml_text, first_line, example)
    try:
        return SectionMeta.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        key = first["loc"][0] if first["loc"] else "?"
        got = "" if first["type"] == "missing" else f" (it is {data.get(str(key))!r})"
        problem = f"front matter '{key}': {first['msg']}{got}"
        if first["type"] == "missing":
            problem = f"the front matter has no '{key}'"
        raise SourceError(path, _key_line(yaml_text, first_line, key), problem, f"write {example}") from None


def _other_front_matter(path: str, text: str) -> dict[str, Any]:
    """The front matter of a page other than a section's (``title``, ``search``), or none."""
    found = _front_matter(text)
    return {} if found is None else _load(path, found[0], found[1], "'key: value' lines")


def parse_page(path: str, text: str, known: Collection[ParagraphId] | None) -> PageSource:
    """Read a page's metadata (section pages) and its paragraph blocks.

    ``known`` holds the paragraphs a block may show; ``None`` accepts any well-formed id.

    ``path`` is relative to ``docs/``; error messages name it as ``docs/<path>``.

    Raises:
        SourceErrors: a block is malformed, unclosed, names an unknown paragraph or sits on the
            wrong page, or the page's metadata is missing or malformed.
    """
    return _parse_page(path, text, None if known is None else frozenset(known))


@functools.lru_cache(maxsize=100_000)
def _parse_page(path: str, text: str, known: frozenset[ParagraphId] | None) -> PageSource:
    """A page's text, parsed and checked; the same text is parsed once per process (``make serve``)."""
    shown = f"docs/{path}"
    errors: list[SourceError] = []
    meta: SectionMeta | None = None
    front_matter: dict[str, Any] = {}
    try:
        if path.startswith("sections/"):
            section = _meta(shown, text)
            meta = section
            expected = ParagraphId.parse(section.section).doc_path
            if expected != path:
                errors.append(
                    SourceError(
                        shown, 2, f"the page declares {section.section}, whose page is docs/{expected}", "rename one"
                    )
                )
        else:
            front_matter = _other_front_matter(shown, text)
    except SourceError as error:
        errors.append(error)

    blocks: list[ParagraphBlock] = []
    open_block: tuple[ParagraphId, int] | None = None
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if match := OPEN_RE.match(line):
            if open_block is not None:
                errors.append(
                    SourceError(
                        shown,
                        number,
                        f"a paragraph block opens before the block of {open_block[0]} (line {open_block[1]}) closed",
                        "close each block with a line '///'",
                    )
                )
            try:
                paragraph = ParagraphId.parse(match["id"])
            except ParagraphIdError as error:
                errors.append(SourceError(shown, number, str(error), "correct the id after '/// paragraph |'"))
                open_block = None
                continue
            if known is not None and paragraph not in known:
                errors.append(
                    SourceError(
                        shown,
                        number,
                        f"{paragraph} is not a paragraph the memorandum changes",
                        "use one of the 38 ids of the memorandum (see the traceability page)",
                    )
                )
            elif paragraph.doc_path != path:
                errors.append(
                    SourceError(
                        shown, number, f"{paragraph} belongs on docs/{paragraph.doc_path}", "move the block there"
                    )
                )
            open_block = (paragraph, number)
        elif CLOSE_RE.match(line) and open_block is not None:
            body = "\n".join(lines[open_block[1] : number - 1])  # between the opening and the closing line
            blocks.append(ParagraphBlock(open_block[0], open_block[1], number, body))
            open_block = None
    if open_block is not None:
        errors.append(
            SourceError(
                shown,
                open_block[1],
                f"the block of {open_block[0]} is never closed",
                "add a line '///' after the paragraph's text",
            )
        )
    seen: dict[ParagraphId, int] = {}
    for block in blocks:
        if block.paragraph in seen:
            errors.append(
                SourceError(
                    shown,
                    block.start,
                    f"{block.paragraph} already has a block on line {seen[block.paragraph]}",
                    "keep one block per paragraph",
                )
            )
        seen.setdefault(block.paragraph, block.start)
    if errors:
        raise SourceErrors(errors)
    return PageSource(path=path, meta=meta, blocks=tuple(blocks), front_matter=front_matter)
