"""Steps about the latest decision's reasons, shared by every feature.

Each step module records the decision it asks for in the ``decided`` fixture, so that "the reason
cites ..." works after any decision. The procedure's words for a reason ("the reason for holding
back postal mail") come from the model's catalogues (``ReasonSpec.about``), not from a table here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, TypeVar

import pytest
from pytest_bdd import parsers, then

from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Decision, Reason, reason_about

T = TypeVar("T")


@dataclass
class Decided:
    """The scenario's latest decision."""

    latest: Decision[Any] | None = None

    def record(self, decision: Decision[T]) -> Decision[T]:
        """Keep ``decision`` as the scenario's latest and hand it back."""
        self.latest = decision
        return decision

    @property
    def reasons(self) -> tuple[Reason, ...]:
        assert self.latest is not None, "no decision has been asked for yet in this scenario"
        return self.latest.reasons


@pytest.fixture
def decided() -> Decided:
    return Decided()


@then(parsers.parse('the reason cites "{paragraph}"'))
def cites(decided: Decided, paragraph: str) -> None:
    cited = [str(reason.paragraph) for reason in decided.reasons]
    assert str(ParagraphId.parse(paragraph)) in cited, f"the reasons cite {cited}"


@then(parsers.re(r'the reason for (?P<purpose>.+) cites (?P<only>only )?"(?P<paragraph>[^"]+)"'))
def reason_for_cites(decided: Decided, purpose: str, only: str | None, paragraph: str) -> None:
    code = reason_about(purpose).code
    cited = [str(reason.paragraph) for reason in decided.reasons if reason.code == code]
    assert str(ParagraphId.parse(paragraph)) in cited, f"the reason for {purpose} cites {cited}"
    if only:
        assert cited == [paragraph], f"the reason for {purpose} cites {cited}"
