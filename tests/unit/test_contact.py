"""The digital-first contact rule, as a specification."""

from __future__ import annotations

from datetime import date

from irm_model.contact import (
    Answer,
    Contact,
    SecureMessagingCase,
    close_secure_messaging_case,
    may_offer_postal_mail,
    must_use_digital_tools,
    next_step,
    review_contact,
    securing_a_tax_return,
)
from irm_model.memo import GuidanceStatus, guidance_status
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.programs import PROGRAM_TOOLS, Strength, tools_named_in
from irm_model.tools import TOOLS, ToolKey, tool_named

DUT, EEFAX = ToolKey.DUT, ToolKey.EEFAX


def contact(*available: ToolKey, preferred: ToolKey | None = None, on: date = date(2026, 6, 1)) -> Contact:
    return Contact(program=ParagraphId.parse("IRM 5.19.1.2(13)"), on=on, available=available, preferred=preferred)


def test_the_preferred_tool_is_offered_first_then_the_others_in_order() -> None:
    assert next_step(contact(EEFAX, DUT, preferred=DUT)).offer is DUT
    assert next_step(contact(EEFAX, DUT)).offer is EEFAX


def test_postal_mail_waits_until_every_tool_was_declined_or_exhausted() -> None:
    start = contact(EEFAX, DUT)
    one = start.offer(EEFAX).answer(EEFAX, Answer.WILL_NOT_USE)
    both = one.offer(DUT).answer(DUT, Answer.EXHAUSTED)

    assert may_offer_postal_mail(start).codes == ("digital_not_yet_offered", "program_requires_digital_first")
    assert may_offer_postal_mail(one).answer is False
    assert may_offer_postal_mail(both).answer is True
    assert next_step(both).postal_mail is True


def test_a_taxpayer_who_accepted_a_tool_is_not_offered_paper() -> None:
    accepted = contact(DUT).offer(DUT).answer(DUT, Answer.ACCEPTED)
    assert may_offer_postal_mail(accepted).codes == ("digital_tool_accepted",)
    assert next_step(accepted).done is True


def test_with_no_digital_tool_available_postal_mail_may_be_offered() -> None:
    assert may_offer_postal_mail(contact()).codes == ("no_digital_tool_available",)


def test_digital_tools_are_never_mandatory_and_never_replace_filing_a_return() -> None:
    assert must_use_digital_tools(contact(DUT)).answer is False
    decision = securing_a_tax_return(contact(DUT))
    assert decision.answer is False
    assert decision.codes == ("tax_return_authorized_means",)


def test_the_rule_applies_only_while_the_guidance_is_in_force() -> None:
    assert guidance_status(date(2026, 1, 25)).status is GuidanceStatus.NOT_YET_EFFECTIVE
    assert guidance_status(date(2026, 1, 26)).status is GuidanceStatus.IN_FORCE
    assert guidance_status(date(2028, 1, 25)).status is GuidanceStatus.IN_FORCE
    assert guidance_status(date(2028, 1, 26)).status is GuidanceStatus.EXPIRED
    assert next_step(contact(DUT, on=date(2028, 2, 1))).codes == ("guidance_expired",)
    assert may_offer_postal_mail(contact(DUT, on=date(2025, 12, 1))).answer is None


def test_a_review_finds_paper_offered_too_early() -> None:
    early = contact(DUT, EEFAX).offer(DUT).answer(DUT, Answer.CANNOT_USE).offer_postal_mail().document_choice()
    assert review_contact(early).codes == ("postal_mail_too_early",)


def test_a_secure_messaging_case_closes_and_purges_only_when_everything_is_handled() -> None:
    ready = SecureMessagingCase(responses_processed=True, responses_documented=True, attachments_handled=True)
    assert close_secure_messaging_case(ready).codes == ("secure_messaging_close_and_purge",)
    not_ready = ready.model_copy(update={"attachments_handled": False})
    assert close_secure_messaging_case(not_ready).answer is False


def test_every_reason_and_program_link_cites_a_paragraph_of_the_memo() -> None:
    assert {link.paragraph for link in PROGRAM_TOOLS} <= set(MEMO_PARAGRAPHS)
    assert all(fact.paragraph in MEMO_PARAGRAPHS for tool in TOOLS.values() for fact in tool.facts)


def test_the_programs_keep_the_dut_apart() -> None:
    assert tools_named_in(ParagraphId.parse("IRM 5.18.2.1.5(6)"))[DUT] is Strength.MUST_USE
    assert tools_named_in(ParagraphId.parse("IRM 5.19.1.2(14)"))[DUT] is Strength.ALSO_ACCEPTABLE
    assert tools_named_in(ParagraphId.parse("IRM 5.19.11.3.2.5(2)"))[DUT] is Strength.MUST_OFFER


def test_tools_are_found_by_the_names_the_memo_uses() -> None:
    assert tool_named("Eefax") is EEFAX
    assert tool_named("the Document Upload Tool (DUT)") is DUT
    assert tool_named("WHC Self Help Portal") is ToolKey.WHC_PORTAL
