"""The acronyms of IRM 5.18.2.1.6 and the other abbreviations the memorandum spells out.

The memorandum's text of IRM 5.18.2.1.6 shows the section's table of acronyms from ACS to DWLP
([`ACRONYM_TABLE`][irm_model.acronyms.ACRONYM_TABLE]): an excerpt, which does not mark which rows
are new. Elsewhere it spells abbreviations out in its text, as in "Enterprise e-Fax system (EEFax)":
[`ABBREVIATIONS`][irm_model.acronyms.ABBREVIATIONS] keeps those, each citing the paragraph where
the memorandum spells it out. Abbreviations it uses but never spells out (IRS, IRM, IT, TIN, EIN,
ITIN, URL, CC, RTVUE, IRPTR, WHC, DMAF, HQ, GL, L&A) are left out rather than guessed.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from irm_model.errors import IrmError
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Catalogue, Decision, ReasonSpec
from irm_model.rules import Rule

__all__ = ["ABBREVIATIONS", "ACRONYM_TABLE", "GLOSSARY", "Acronym", "UnknownAcronymError", "resolve_acronym"]


class Acronym(BaseModel):
    """An abbreviation, what it stands for, and the paragraph of the memorandum that says so."""

    model_config = ConfigDict(frozen=True)

    abbreviation: str
    """As the memorandum writes it: ``DUT``."""
    definition: str
    """As the memorandum spells it out: ``Document Upload Tool``."""
    paragraph: ParagraphId
    """Where the memorandum gives the definition."""
    spellings: tuple[str, ...] = ()
    """Other ways the memorandum writes the same abbreviation (``Eefax``, ``EEFAX`` for ``EEFax``)."""


class UnknownAcronymError(IrmError, LookupError):
    """Raised for an abbreviation the memorandum neither tabulates nor spells out: ``unknown_acronym``.

    It is an [`IrmError`][irm_model.errors.IrmError] and, as a failed lookup, a ``LookupError`` too.
    """

    def __init__(self, text: str) -> None:
        """Name the abbreviation that could not be resolved.

        Args:
            text: The abbreviation that was asked for, as given.
        """
        self.text = text
        """The abbreviation that was asked for, as given."""
        super().__init__(
            "unknown_acronym", f"{text!r} is not an acronym of IRM 5.18.2.1.6 nor one the memorandum spells out"
        )


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
"""The ten rows of the acronym table of IRM 5.18.2.1.6 the memorandum shows, ACS to DWLP, in its order.

An excerpt of the section's table; the memorandum does not mark which of these rows are new.
"""

ABBREVIATIONS: tuple[Acronym, ...] = (
    # Spelt out in the memo's Purpose, which has no paragraph id; cited to the Procedural Change
    # that uses them ("When using TDC Secure Messaging, ...").
    *_entries(
        "SBSE-05-0126-0020(6)",
        ("TDC", "Taxpayer Digital Communications"),
        ("SM", "Secure Messaging"),
    ),
    Acronym(
        abbreviation="EEFax",
        definition="Enterprise e-Fax system",
        paragraph=ParagraphId.parse("IRM 5.18.2.1.5(5)"),
        spellings=("Eefax", "EEFAX"),
    ),
    *_entries(
        "IRM 5.19.2.2.1(1)",
        ("IMF", "Individual Master File"),
        ("RD", "Return Delinquency"),
        ("FA", "Field Assistance"),
        ("ITA", "Interactive Tax Assistant"),
    ),
    # Spelt out in the titles of the sections that hold these paragraphs.
    *_entries("IRM 5.19.8.4.2(7)", ("CDP", "Collection Due Process")),
    *_entries("IRM 5.19.8.4.3(9)", ("EH", "Equivalent Hearing")),
    *_entries("IRM 5.19.11.10.1(5)", ("PAL", "Payer Agent List")),
    *_entries("IRM 5.19.16.8(4)", ("DIM", "Digital Inventory Management")),
    # "Power of Attorney (POA)"; IRM 5.19.8.4(4), 5.19.16.8(4) and 5.19.22.2.4(8) write the plural.
    *_entries("IRM 5.19.8.4.7.4(1)", ("POA", "Power of Attorney")),
)
"""Abbreviations the memorandum spells out in its text, each citing where it does.

TDC and SM are spelt out in the memorandum's Purpose and cite the Procedural Change that uses
them; CDP, EH, PAL and DIM are spelt out in the titles of the sections holding the cited paragraphs.
"""

GLOSSARY: tuple[Acronym, ...] = ACRONYM_TABLE + ABBREVIATIONS
"""Everything the site explains wherever it appears: the table first, then the others."""

_BY_TEXT = {spelling.casefold(): entry for entry in GLOSSARY for spelling in (entry.abbreviation, *entry.spellings)}


class Why(Catalogue):
    """The one reason of a lookup: where the memorandum gives the definition.

    A definition states a fact, not a duty: the reason carries no word of force.
    """

    acronym_defined = ReasonSpec(
        _TABLE,
        "{abbreviation} stands for {definition}",
        also_in=tuple(dict.fromkeys(entry.paragraph for entry in ABBREVIATIONS if entry.paragraph != _TABLE)),
    )


def _resolve_acronym(text: str, *, on: date) -> Decision[Acronym]:
    try:
        entry = _BY_TEXT[text.strip().casefold()]
    except KeyError:
        raise UnknownAcronymError(text) from None
    reason = Why.acronym_defined(entry.paragraph, abbreviation=entry.abbreviation, definition=entry.definition)
    return Decision(outcome=entry, reasons=(reason,))


resolve_acronym = Rule(_resolve_acronym, implements=(_TABLE,), day="on")
"""Find what an abbreviation stands for, whatever its case (``Eefax`` is the memo's EEFax too).

Looking an abbreviation up is not a rule that changes with the day; it is registered so that
IRM 5.18.2.1.6 has the decision that implements it, and so, like every rule, it answers "not in
force" for a day the interim guidance does not govern.

Args:
    text: The abbreviation as written, e.g. ``"DUT"``; surrounding whitespace is ignored.
    on: The day the question is asked.

Returns:
    The glossary entry for the abbreviation, with its definition and the paragraph citing it;
    the reason ``acronym_defined`` cites that paragraph.

Raises:
    UnknownAcronymError: The memorandum neither tabulates nor spells out ``text``.

Examples:
    >>> from datetime import date
    >>> resolve_acronym("Eefax", on=date(2026, 3, 2)).outcome.definition
    'Enterprise e-Fax system'
"""
