"""The paragraph id: the one key that joins pages, scenarios, reasons and traceability.

Every paragraph the memorandum changes has one id, written the way a reviewer reads it:

* ``IRM 5.19.8.4.2(7)``: numbered paragraph (7) of IRM section 5.19.8.4.2;
* ``IRM 5.18.2.1.6``: a whole-section entry (the acronym table, which has no paragraph number);
* ``SBSE-05-0126-0020(3)``: the memorandum's own third Procedural Change.

This module is the only place that parses or formats ids. Everything else goes through
[`ParagraphId`][irm_model.paragraphs.ParagraphId]: its
[`tag`][irm_model.paragraphs.ParagraphId.tag] (the Gherkin tag on scenarios), its
[`anchor`][irm_model.paragraphs.ParagraphId.anchor] (the HTML id on the page), its
[`doc_path`][irm_model.paragraphs.ParagraphId.doc_path] and
[`link`][irm_model.paragraphs.ParagraphId.link] (where the site shows it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

from irm_model.errors import IrmError

__all__ = [
    "MEMO_CONTROL_NUMBER",
    "MEMO_PARAGRAPHS",
    "TAG_PREFIXES",
    "ParagraphId",
    "ParagraphIdError",
    "is_paragraph_tag",
    "mentions",
]

MEMO_CONTROL_NUMBER = "SBSE-05-0126-0020"
"""The memorandum's control number; its Procedural Changes are paragraphs of this document."""

_SECTION = r"\d+(?:\.\d+)+"
_IRM_RE = re.compile(rf"^IRM (?P<section>{_SECTION})(?:\((?P<number>\d+)\))?$")
_MEMO_RE = re.compile(rf"^(?P<section>{re.escape(MEMO_CONTROL_NUMBER)})\((?P<number>\d+)\)$")
_IRM_TAG_RE = re.compile(rf"^IRM:(?P<section>{_SECTION})(?:\((?P<number>\d+)\))?$")

TAG_PREFIXES = ("irm", "sbse")
"""A Gherkin tag starting with one of these (after ``@``, in any case) claims to name a paragraph."""

_FORMS = (
    '"IRM 5.19.8.4.2(7)" (a numbered IRM paragraph), "IRM 5.18.2.1.6" (a whole IRM section) '
    f'or "{MEMO_CONTROL_NUMBER}(1)" (a Procedural Change of the memorandum)'
)
_TAG_FORMS = f'"@IRM:5.19.8.4.2(7)", "@IRM:5.18.2.1.6" or "@{MEMO_CONTROL_NUMBER}(1)"'


class ParagraphIdError(IrmError):
    """Raised for text that is not a well-formed paragraph id (``paragraph_id_malformed``) or paragraph tag
    (``paragraph_tag_malformed``)."""


_MENTION_RE = re.compile(rf"(?<![\[\w/])IRM (?P<section>{_SECTION})(?:\((?P<number>\d+)\))?(?![\w.]*\])")


def mentions(text: str) -> Iterator[tuple[int, int, ParagraphId]]:
    """Where running text mentions an IRM paragraph or section ("See IRM 5.19.8.4(4)").

    Yields ``(start, end, id)`` for each mention, in order; mentions already inside a Markdown
    link's text are skipped.
    """
    for match in _MENTION_RE.finditer(text):
        number = match["number"]
        yield match.start(), match.end(), ParagraphId.irm(match["section"], None if number is None else int(number))


def is_paragraph_tag(tag: str) -> bool:
    """Whether a Gherkin tag (with or without its ``@``) claims to name a paragraph."""
    return tag.removeprefix("@").lower().startswith(TAG_PREFIXES)


@dataclass(frozen=True, order=True, slots=True)
class ParagraphId:
    """One paragraph (or whole-section entry) of the guidance.

    Ordering follows the manual: the memorandum first, then IRM sections in numeric order,
    then paragraph numbers.
    """

    _sort_key: tuple[int, tuple[int, ...], int]
    section: str
    """``"5.19.8.4.2"`` for an IRM section, ``"SBSE-05-0126-0020"`` for the memorandum."""
    number: int | None
    """The numbered paragraph, ``7`` in ``IRM 5.19.8.4.2(7)``; ``None`` for a whole section."""

    @classmethod
    def irm(cls, section: str, number: int | None = None) -> ParagraphId:
        """The id of paragraph ``number`` of IRM ``section`` (a whole section when ``None``)."""
        suffix = "" if number is None else f"({number})"
        return cls.parse(f"IRM {section}{suffix}")

    @classmethod
    def memo(cls, number: int) -> ParagraphId:
        """The id of the memorandum's Procedural Change ``number``."""
        return cls.parse(f"{MEMO_CONTROL_NUMBER}({number})")

    @classmethod
    def parse(cls, text: str) -> ParagraphId:
        """Read an id as a reviewer writes it: ``IRM 5.19.8.4.2(7)``.

        Raises:
            ParagraphIdError: the text is not one of the three forms.
        """
        cleaned = text.strip()
        if match := _IRM_RE.match(cleaned):
            section = match["section"]
            number = None if match["number"] is None else int(match["number"])
            key = (1, tuple(int(part) for part in section.split(".")), -1 if number is None else number)
            return cls(key, section, number)
        if match := _MEMO_RE.match(cleaned):
            number = int(match["number"])
            return cls((0, (), number), MEMO_CONTROL_NUMBER, number)
        raise ParagraphIdError("paragraph_id_malformed", f"{text!r} is not a paragraph id; write it as {_FORMS}")

    @classmethod
    def from_tag(cls, tag: str) -> ParagraphId:
        """Read a paragraph tag such as ``@IRM:5.19.8.4.2(7)``.

        Raises:
            ParagraphIdError: the tag is not a well-formed paragraph tag.
        """
        bare = tag.removeprefix("@")
        if match := _IRM_TAG_RE.match(bare):
            number = match["number"]
            return cls.irm(match["section"], None if number is None else int(number))
        if bare.startswith(MEMO_CONTROL_NUMBER):
            try:
                return cls.parse(bare)
            except ParagraphIdError:
                pass
        raise ParagraphIdError("paragraph_tag_malformed", f"{tag!r} is not a paragraph tag; write it as {_TAG_FORMS}")

    @property
    def is_memo(self) -> bool:
        """Whether this is one of the memorandum's own Procedural Changes."""
        return self.section == MEMO_CONTROL_NUMBER

    @property
    def section_id(self) -> str:
        """The section the paragraph belongs to: ``IRM 5.19.8.4.2`` or ``SBSE-05-0126-0020``."""
        return self.section if self.is_memo else f"IRM {self.section}"

    @property
    def program(self) -> str:
        """The IRM the paragraph belongs to (part, chapter and section: ``IRM 5.19.8``) or the memorandum.

        These are the memorandum's "Impacted IRMs" (1.4.20, 5.18.1, ..., 25.12.1).
        """
        if self.is_memo:
            return MEMO_CONTROL_NUMBER
        return "IRM " + ".".join(self.section.split(".")[:3])

    @property
    def tag(self) -> str:
        """The Gherkin tag that marks a scenario as proving this paragraph, without ``@``."""
        if self.is_memo:
            return str(self)
        suffix = "" if self.number is None else f"({self.number})"
        return f"IRM:{self.section}{suffix}"

    @property
    def anchor(self) -> str:
        """The HTML id of the paragraph on its page: ``irm-5-19-8-4-2-7``."""
        words = [self.section.replace(".", "-")]
        if self.number is not None:
            words.append(str(self.number))
        prefix = "" if self.is_memo else "irm-"
        return prefix + "-".join(words).lower()

    @property
    def doc_path(self) -> str:
        """The page (relative to ``docs/``) that holds the paragraph's text."""
        if self.is_memo:
            return "memo.md"
        return f"sections/irm-{self.section}.md"

    @property
    def link(self) -> str:
        """A Markdown link target for the paragraph, relative to ``docs/``.

        ``sections/irm-5.19.8.4.2.md#irm-5-19-8-4-2-7``: MkDocs turns it into the page's final
        address, whatever the site's URL style.
        """
        return f"{self.doc_path}#{self.anchor}"

    def __str__(self) -> str:
        if self.is_memo:
            return f"{MEMO_CONTROL_NUMBER}({self.number})"
        suffix = "" if self.number is None else f"({self.number})"
        return f"IRM {self.section}{suffix}"

    def __repr__(self) -> str:
        return f"ParagraphId({str(self)!r})"

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        """Validate from ``"IRM 5.19.8.4.2(7)"`` and serialise back to that text."""
        from_str = core_schema.no_info_after_validator_function(cls.parse, core_schema.str_schema())
        return core_schema.json_or_python_schema(
            json_schema=from_str,
            python_schema=core_schema.union_schema([core_schema.is_instance_schema(cls), from_str]),
            serialization=core_schema.plain_serializer_function_ser_schema(str),
        )


def _ids(*texts: str) -> tuple[ParagraphId, ...]:
    return tuple(ParagraphId.parse(text) for text in texts)


MEMO_PARAGRAPHS: tuple[ParagraphId, ...] = _ids(
    *(f"{MEMO_CONTROL_NUMBER}({n})" for n in range(1, 7)),
    "IRM 1.4.20.20(1)",
    "IRM 5.18.1.1.5(2)",
    "IRM 5.18.2.1.5(5)",
    "IRM 5.18.2.1.5(6)",
    "IRM 5.18.2.1.5(7)",
    "IRM 5.18.2.1.6",
    "IRM 5.19.1.2(13)",
    "IRM 5.19.1.2(14)",
    "IRM 5.19.1.2(15)",
    "IRM 5.19.1.2(16)",
    "IRM 5.19.2.2.1(1)",
    "IRM 5.19.8.4(4)",
    "IRM 5.19.8.4.2(5)",
    "IRM 5.19.8.4.2(7)",
    "IRM 5.19.8.4.2.2(10)",
    "IRM 5.19.8.4.3(9)",
    "IRM 5.19.8.4.3.2(4)",
    "IRM 5.19.8.4.7.3(1)",
    "IRM 5.19.8.4.7.4(1)",
    "IRM 5.19.8.4.7.5(7)",
    "IRM 5.19.11.1.5(1)",
    "IRM 5.19.11.3.2.5(1)",
    "IRM 5.19.11.3.2.5(2)",
    "IRM 5.19.11.7.1.2(2)",
    "IRM 5.19.11.10.1(5)",
    "IRM 5.19.11.10.12(5)",
    "IRM 5.19.13.3(6)",
    "IRM 5.19.16.1.5(2)",
    "IRM 5.19.16.8(4)",
    "IRM 5.19.22.1.5(2)",
    "IRM 5.19.22.2.4(8)",
    "IRM 25.12.1.1.5(5)",
)
"""Every entry the memorandum changes, in manual order: six Procedural Changes, 31 numbered IRM
paragraphs and the acronym table of IRM 5.18.2.1.6 (38 entries)."""
