"""The acronyms of IRM 5.18.2.1.6 and the other abbreviations the memorandum spells out.

The memorandum adds an acronym table to IRM 5.18.2.1.6 ([`ACRONYM_TABLE`][irm_model.acronyms.ACRONYM_TABLE]).
Elsewhere it spells abbreviations out in its text, "Enterprise e-Fax system (EEFax)";
[`ABBREVIATIONS`][irm_model.acronyms.ABBREVIATIONS] keeps those, each citing where the memo
spells it out. Abbreviations it never spells out (TIN, EIN, ITIN, CC, RTVUE, IRPTR, PAL's W-2c...)
are left out rather than guessed.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from irm_model.paragraphs import ParagraphId

__all__ = ["ABBREVIATIONS", "ACRONYM_TABLE", "GLOSSARY", "Acronym", "UnknownAcronymError", "resolve_acronym"]


class Acronym(BaseModel):
    """An abbreviation, what it stands for, and the paragraph that says so."""

    model_config = ConfigDict(frozen=True)

    abbreviation: str
    """As the memorandum writes it: ``DUT``."""
    definition: str
    """As the memorandum spells it out: ``Document Upload Tool``."""
    paragraph: ParagraphId
    """Where the memorandum gives the definition."""


class UnknownAcronymError(LookupError):
    """Raised for an abbreviation the memorandum neither tabulates nor spells out."""

    code = "unknown_acronym"

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(f"{text!r} is not an acronym of IRM 5.18.2.1.6 nor one the memorandum spells out")


_TABLE = ParagraphId.parse("IRM 5.18.2.1.6")


def _entries(paragraph: str, *pairs: tuple[str, str]) -> tuple[Acronym, ...]:
    cited = ParagraphId.parse(paragraph)
    return tuple(Acronym(abbreviation=a, definition=d, paragraph=cited) for a, d in pairs)


ACRONYM_TABLE: tuple[Acronym, ...] = _entries(
    str(_TABLE),
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
)
"""The ten rows of the acronym table the memorandum gives for IRM 5.18.2.1.6, in its order."""

ABBREVIATIONS: tuple[Acronym, ...] = (
    *_entries(
        "SBSE-05-0126-0020(1)",  # the Purpose spells these out; cited to the first Procedural Change
        ("TDC", "Taxpayer Digital Communications"),
        ("SM", "Secure Messaging"),
    ),
    *_entries("IRM 5.18.2.1.5(5)", ("EEFax", "Enterprise e-Fax system")),
    *_entries("IRM 5.19.2.2.1(1)", ("IMF", "Individual Master File"), ("RD", "Return Delinquency")),
    *_entries("IRM 5.19.2.2.1(1)", ("FA", "Field Assistance"), ("ITA", "Interactive Tax Assistant")),
    *_entries("IRM 5.19.8.4(4)", ("POA", "Powers of Attorney")),
    *_entries("IRM 5.19.16.8(4)", ("DIM", "Digital Inventory Management")),
    *_entries("IRM 5.19.8.4.2(7)", ("CDP", "Collection Due Process")),
    *_entries("IRM 5.19.8.4.3(9)", ("EH", "Equivalent Hearing")),
    *_entries("IRM 5.19.11.10.1(5)", ("PAL", "Payer Agent List")),
)
"""Abbreviations the memorandum spells out in its text, each citing where (or nearest where) it does.

CDP, EH, PAL and DIM are spelt out in the titles of the sections that hold the cited paragraphs.
"""

GLOSSARY: tuple[Acronym, ...] = ACRONYM_TABLE + ABBREVIATIONS
"""Everything the site explains wherever it appears: the table first, then the others."""

_BY_TEXT = {entry.abbreviation.casefold(): entry for entry in GLOSSARY}


def resolve_acronym(text: str) -> Acronym:
    """What an abbreviation stands for, case-insensitively (``Eefax`` is the memo's EEFax too).

    Raises:
        UnknownAcronymError: the memorandum neither tabulates nor spells out ``text``.
    """
    try:
        return _BY_TEXT[text.strip().casefold()]
    except KeyError:
        raise UnknownAcronymError(text) from None
