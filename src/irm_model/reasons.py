"""Why a decision came out the way it did: every reason cites the paragraph it follows."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from irm_model.paragraphs import ParagraphId

__all__ = ["Reason"]


class Reason(BaseModel):
    """One step of a decision's justification, citing the guidance it comes from."""

    model_config = ConfigDict(frozen=True)

    code: str
    """A stable, machine-readable name for the reason (``paper_before_digital_offered``)."""
    paragraph: ParagraphId
    """The paragraph the reason follows, for example ``IRM 5.19.8.4(4)``."""
    text: str
    """The reason in the procedure's words, for a person to read."""

    def __str__(self) -> str:
        return f"{self.text} ({self.paragraph})"
