"""The rules of IRS interim guidance SBSE-05-0126-0020, as a pure, typed model.

Nothing here reads files, builds pages or runs tests: decisions take facts and return outcomes
with [reasons][irm_model.reasons.Reason], each citing the paragraph it follows.
"""

from irm_model.contact import (
    Action,
    Answer,
    Contact,
    ContactError,
    Decision,
    NextStep,
    Party,
    Review,
    SecureMessagingCase,
    close_secure_messaging_case,
    may_offer_postal_mail,
    must_use_digital_tools,
    next_step,
    review_and_respond,
    review_contact,
    securing_a_tax_return,
)
from irm_model.memo import MEMO, GuidanceState, GuidanceStatus, guidance_status
from irm_model.paragraphs import MEMO_CONTROL_NUMBER, MEMO_PARAGRAPHS, ParagraphId, ParagraphIdError
from irm_model.programs import PROGRAM_TOOLS, Provision, Strength, programs_naming, tools_named_in
from irm_model.reasons import Reason
from irm_model.tools import POSTAL_MAIL, TOOLS, Channel, ToolKey, UnknownToolError, channel_named, tool_named

__all__ = [
    "MEMO",
    "MEMO_CONTROL_NUMBER",
    "MEMO_PARAGRAPHS",
    "POSTAL_MAIL",
    "PROGRAM_TOOLS",
    "TOOLS",
    "Action",
    "Answer",
    "Channel",
    "Contact",
    "ContactError",
    "Decision",
    "GuidanceState",
    "GuidanceStatus",
    "NextStep",
    "ParagraphId",
    "ParagraphIdError",
    "Party",
    "Provision",
    "Reason",
    "Review",
    "SecureMessagingCase",
    "Strength",
    "ToolKey",
    "UnknownToolError",
    "channel_named",
    "close_secure_messaging_case",
    "guidance_status",
    "may_offer_postal_mail",
    "must_use_digital_tools",
    "next_step",
    "programs_naming",
    "review_and_respond",
    "review_contact",
    "securing_a_tax_return",
    "tool_named",
    "tools_named_in",
]
