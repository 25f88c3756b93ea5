"""The rules of IRS interim guidance SBSE-05-0126-0020, as a pure, typed model.

Nothing here reads files, builds pages or runs tests: decisions take facts and return outcomes
with [reasons][irm_model.reasons.Reason], each citing the paragraph it follows.
"""

from irm_model.paragraphs import MEMO_CONTROL_NUMBER, MEMO_PARAGRAPHS, ParagraphId, ParagraphIdError
from irm_model.reasons import Reason

__all__ = ["MEMO_CONTROL_NUMBER", "MEMO_PARAGRAPHS", "ParagraphId", "ParagraphIdError", "Reason"]
