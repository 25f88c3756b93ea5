"""Steps about acronyms: looking one up in the table of IRM 5.18.2.1.6.

Every step only calls irm_model.acronyms; what the scenario expects is written in the feature.
The feature gives no day: the lookup is asked about on the memorandum's effective date.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from pytest_bdd import parsers, then, when

from irm_model.acronyms import Acronym, UnknownAcronymError, resolve_acronym
from irm_model.memo import MEMO
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Decision
from tests.steps.reasons import Decided


@dataclass
class Lookup:
    """The scenario's state: the decision of the lookup, or the error raised."""

    found: Decision[Acronym] | None = None
    error: UnknownAcronymError | None = None

    @property
    def acronym(self) -> Acronym:
        assert self.error is None, f"the acronym was reported as unknown: {self.error}"
        assert self.found is not None, "the scenario must look an acronym up first"
        assert self.found.outcome is not None, f"no acronym resolved: {self.found.reasons}"
        return self.found.outcome


@pytest.fixture
def glossary_lookup() -> Lookup:
    return Lookup()


@when(parsers.parse('the reader looks up the acronym "{text}"'))
def look_up(glossary_lookup: Lookup, decided: Decided, text: str) -> None:
    try:
        glossary_lookup.found = decided.record(resolve_acronym(text, on=MEMO.effective))
    except UnknownAcronymError as error:
        glossary_lookup.error = error


@then(parsers.parse('the acronym stands for "{definition}"'))
def stands_for(glossary_lookup: Lookup, definition: str) -> None:
    assert glossary_lookup.acronym.definition == definition


@then(parsers.parse("the acronym's definition is cited to {paragraph}"))
def cited_to(glossary_lookup: Lookup, paragraph: str) -> None:
    assert glossary_lookup.acronym.paragraph == ParagraphId.parse(paragraph)


@then(parsers.parse('the acronym is reported as unknown with "{code}"'))
def reported_unknown(glossary_lookup: Lookup, code: str) -> None:
    assert glossary_lookup.error is not None, "the acronym was found"
    assert glossary_lookup.error.code == code
