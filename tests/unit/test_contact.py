"""The digital-first contact rule, as a specification. Tests assert on reason codes, not wording."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from irm_model.contact import (
    Action,
    Answer,
    Contact,
    ContactError,
    Party,
    SecureMessagingCase,
    close_secure_messaging_case,
    may_offer_postal_mail,
    must_use_digital_tools,
    next_step,
    review_and_respond,
    review_contact,
    securing_a_tax_return,
)
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.tools import POSTAL_MAIL, ToolKey

DUT, EEFAX, CHAT = ToolKey.DUT, ToolKey.EEFAX, ToolKey.LIVE_ASSISTANCE
BALANCE_DUE = "IRM 5.19.1.2(13)"
IN_FORCE = date(2026, 6, 1)


def contact(
    *available: ToolKey,
    preferred: ToolKey | None = None,
    on: date = IN_FORCE,
    program: str = BALANCE_DUE,
    party: Party = Party.TAXPAYER,
    tax_return: bool = False,
) -> Contact:
    return Contact(
        program=ParagraphId.parse(program),
        on=on,
        available=available,
        preferred=preferred,
        party=party,
        tax_return=tax_return,
    )


def cited(*texts: str) -> tuple[ParagraphId, ...]:
    return tuple(ParagraphId.parse(text) for text in texts)


# What to offer next


def test_the_preferred_tool_is_offered_first_when_it_is_available() -> None:
    step = next_step(contact(EEFAX, DUT, preferred=DUT))
    assert (step.action, step.offer) == (Action.OFFER, DUT)
    assert step.codes == ("offer_digital_tools", "preferred_first")


def test_without_a_preference_the_tools_are_offered_in_the_order_available() -> None:
    assert next_step(contact(EEFAX, DUT)).offer is EEFAX


def test_a_preferred_tool_that_is_not_available_is_passed_over_with_a_reason() -> None:
    step = next_step(contact(DUT, preferred=CHAT))
    assert step.offer is DUT
    assert "preferred_unavailable" in step.codes


def test_a_taxpayer_who_cannot_use_a_tool_is_offered_an_alternative_before_paper() -> None:
    after = contact(DUT, EEFAX).offer(DUT).answer(DUT, Answer.CANNOT_USE)
    assert next_step(after).offer is EEFAX
    assert "alternative_before_paper" in next_step(after).codes
    assert may_offer_postal_mail(after).codes == ("digital_not_yet_offered", "alternative_before_paper")


def test_a_representative_is_offered_the_tools_as_the_taxpayer_would_be() -> None:
    step = next_step(contact(DUT, party=Party.REPRESENTATIVE))
    assert step.offer is DUT
    assert step.codes == ("offer_digital_tools", "offer_to_representative")


def test_a_taxpayer_who_needs_help_gets_an_explanation_before_anything_else() -> None:
    asked = contact(DUT, EEFAX).offer(DUT).ask_for_help(DUT)
    assert (next_step(asked).action, next_step(asked).channel) == (Action.EXPLAIN, DUT)
    assert next_step(asked).codes == ("explain_how_to_use",)
    assert next_step(asked.explain(DUT)).action is Action.OFFER


def test_help_with_no_tool_named_is_about_the_tool_last_offered() -> None:
    assert next_step(contact(DUT, EEFAX).offer(DUT).ask_for_help()).channel is DUT


def test_a_chosen_tool_is_documented_then_the_information_is_secured_through_it() -> None:
    accepted = contact(DUT, EEFAX).offer(DUT).answer(DUT, Answer.ACCEPTED)
    assert (next_step(accepted).action, next_step(accepted).channel) == (Action.DOCUMENT_CHOICE, DUT)
    assert next_step(accepted).codes == ("document_choice",)
    documented = accepted.document_choice()
    assert (next_step(documented).action, next_step(documented).channel) == (Action.PROCEED, DUT)


# Postal mail


def test_postal_mail_waits_until_every_available_tool_was_offered_and_declined_or_exhausted() -> None:
    start = contact(EEFAX, DUT)
    one = start.offer(EEFAX).answer(EEFAX, Answer.WILL_NOT_USE)
    both = one.offer(DUT).answer(DUT, Answer.EXHAUSTED)

    assert may_offer_postal_mail(start).answer is False
    assert may_offer_postal_mail(start).codes == ("digital_not_yet_offered",)
    assert may_offer_postal_mail(one).answer is False
    assert may_offer_postal_mail(both).answer is True
    assert may_offer_postal_mail(both).codes == ("all_digital_declined", "cannot_or_will_not_use_digital")


def test_once_every_tool_is_declined_the_next_step_is_postal_mail() -> None:
    declined = contact(DUT).offer(DUT).answer(DUT, Answer.WILL_NOT_USE)
    step = next_step(declined)
    assert (step.action, step.channel, step.postal_mail, step.offer) == (Action.OFFER, POSTAL_MAIL, True, None)


def test_postal_mail_offered_once_allowed_is_the_taxpayers_choice_to_document() -> None:
    mailed = contact(DUT).offer(DUT).answer(DUT, Answer.CANNOT_USE).offer_postal_mail()
    assert (next_step(mailed).action, next_step(mailed).channel) == (Action.DOCUMENT_CHOICE, POSTAL_MAIL)


def test_postal_mail_offered_too_early_does_not_stop_the_digital_offers() -> None:
    early = contact(DUT, EEFAX).offer_postal_mail()
    assert next_step(early).offer is DUT


def test_a_taxpayer_who_accepted_a_tool_is_not_offered_postal_mail() -> None:
    accepted = contact(DUT).offer(DUT).answer(DUT, Answer.ACCEPTED)
    assert may_offer_postal_mail(accepted).answer is False
    assert may_offer_postal_mail(accepted).codes == ("digital_tool_accepted",)


def test_postal_mail_may_be_offered_when_no_digital_tool_is_available() -> None:
    assert may_offer_postal_mail(contact()).answer is True
    assert may_offer_postal_mail(contact()).codes == ("no_digital_tool_available",)


def test_the_postal_mail_decision_cites_the_program_paragraph_and_the_procedural_change() -> None:
    declined = contact(DUT).offer(DUT).answer(DUT, Answer.CANNOT_USE)
    assert may_offer_postal_mail(declined).cites == cited(BALANCE_DUE, "SBSE-05-0126-0020(2)")


# Citations follow what each paragraph states


def test_a_program_paragraph_is_cited_for_the_preferred_method_only_if_it_states_it() -> None:
    stated = next_step(contact(DUT, EEFAX, preferred=EEFAX))
    assert stated.cites == cited(BALANCE_DUE, "SBSE-05-0126-0020(1)", "SBSE-05-0126-0020(4)")
    unstated = next_step(contact(DUT, EEFAX, preferred=EEFAX, program="IRM 5.19.2.2.1(1)"))
    assert unstated.cites == cited("IRM 5.19.2.2.1(1)", "SBSE-05-0126-0020(1)", "SBSE-05-0126-0020(4)")
    assert [str(r.paragraph) for r in unstated.reasons if r.code == "preferred_first"] == ["SBSE-05-0126-0020(4)"]


def test_a_hearing_paragraph_borrows_the_postal_mail_rule_of_irm_5_19_8_4_4() -> None:
    start = contact(EEFAX, DUT, program="IRM 5.19.8.4.7.5(7)")
    assert may_offer_postal_mail(start).cites == cited("IRM 5.19.8.4(4)", "SBSE-05-0126-0020(2)")


def test_every_reason_cites_a_paragraph_the_memorandum_changes() -> None:
    busy = contact(DUT, EEFAX, preferred=CHAT, party=Party.REPRESENTATIVE).offer(DUT).answer(DUT, Answer.CANNOT_USE)
    reasons = (*next_step(busy).reasons, *may_offer_postal_mail(busy).reasons, *review_contact(busy).reasons)
    assert {reason.paragraph for reason in reasons} <= set(MEMO_PARAGRAPHS)


# Never mandatory; tax returns


def test_taxpayers_are_never_required_to_use_digital_tools() -> None:
    decision = must_use_digital_tools(contact(DUT))
    assert decision.answer is False
    assert decision.codes == ("digital_not_mandatory",)
    assert decision.cites == cited(BALANCE_DUE, "SBSE-05-0126-0020(2)")


def test_a_digital_tool_does_not_replace_the_authorized_means_of_filing_a_return() -> None:
    decision = securing_a_tax_return(contact(DUT, program="IRM 5.19.16.1.5(2)"))
    assert decision.answer is False
    assert decision.codes == ("tax_return_authorized_means",)
    assert decision.cites == cited("IRM 5.19.16.1.5(2)", "SBSE-05-0126-0020(3)")


def test_a_paragraph_without_the_tax_return_note_leaves_the_procedural_change_to_say_it() -> None:
    assert securing_a_tax_return(contact(DUT)).cites == cited("SBSE-05-0126-0020(3)")


def test_for_a_tax_return_the_rule_neither_offers_tools_nor_holds_back_mail() -> None:
    tax_return = contact(DUT, tax_return=True)
    assert next_step(tax_return).action is Action.FILE_THROUGH_AUTHORIZED_MEANS
    assert may_offer_postal_mail(tax_return).answer is None
    assert may_offer_postal_mail(tax_return).codes == ("tax_return_authorized_means",)
    assert review_contact(tax_return.offer_postal_mail().document_choice()).meets_guidance


# Dates


def test_before_the_effective_date_no_decision_applies_the_interim_rule() -> None:
    early = contact(DUT, on=date(2026, 1, 25))
    assert next_step(early).action is Action.NOT_GOVERNED
    assert next_step(early).codes == ("guidance_not_yet_effective",)
    assert may_offer_postal_mail(early).answer is None
    assert review_contact(early.offer_postal_mail()).applies is False
    assert review_and_respond(early).tools == ()


def test_on_the_effective_date_the_interim_rule_applies() -> None:
    assert next_step(contact(DUT, on=date(2026, 1, 26))).offer is DUT


def test_on_the_day_before_expiry_the_interim_rule_still_applies() -> None:
    assert next_step(contact(DUT, on=date(2028, 1, 25))).offer is DUT


def test_from_the_expiration_date_decisions_say_the_guidance_has_expired() -> None:
    late = contact(DUT, on=date(2028, 1, 26))
    assert next_step(late).codes == ("guidance_expired",)
    assert may_offer_postal_mail(late).codes == ("guidance_expired",)
    assert must_use_digital_tools(late).answer is False
    assert must_use_digital_tools(late).codes == ("guidance_expired",)


# Contacts that cannot be


def test_an_answer_to_a_channel_never_offered_is_refused() -> None:
    with pytest.raises(ContactError) as refused:
        contact(DUT).answer(DUT, Answer.ACCEPTED)
    assert refused.value.code == "not_offered"


def test_a_contact_is_worked_under_an_irm_paragraph_the_memo_changes() -> None:
    for program in ("IRM 5.19.1.2(12)", "SBSE-05-0126-0020(2)"):
        with pytest.raises(ValidationError) as refused:
            contact(DUT, program=program)
        assert refused.value.errors()[0]["type"] == "unknown_program"


# Reviewing and responding


def test_employees_review_and_respond_with_every_tool_available_to_them() -> None:
    responding = review_and_respond(contact(DUT, EEFAX, program="IRM 5.19.22.1.5(2)"))
    assert responding.tools == (DUT, EEFAX)
    assert responding.cites == cited("IRM 5.19.22.1.5(2)", "SBSE-05-0126-0020(5)")


# Work reviews (IRM 1.4.20.20(1))


def test_a_contact_that_followed_the_rule_has_no_findings() -> None:
    done = contact(DUT, EEFAX).offer(DUT).answer(DUT, Answer.CANNOT_USE).offer(EEFAX).answer(EEFAX, Answer.ACCEPTED)
    review = review_contact(done.document_choice())
    assert review.meets_guidance
    assert [str(r.paragraph) for r in review.basis] == ["IRM 1.4.20.20(1)"]


def test_a_review_finds_paper_offered_before_the_alternative_tool() -> None:
    early = contact(DUT, EEFAX).offer(DUT).answer(DUT, Answer.CANNOT_USE).offer_postal_mail().document_choice()
    assert review_contact(early).codes == ("postal_mail_too_early", "alternative_not_offered")


def test_a_review_finds_a_contact_that_offered_no_digital_tool() -> None:
    assert review_contact(contact(DUT).offer_postal_mail().document_choice()).codes == (
        "no_digital_offered",
        "postal_mail_too_early",
    )


def test_a_review_finds_the_preferred_method_not_offered_first() -> None:
    done = contact(DUT, EEFAX, preferred=EEFAX).offer(DUT).answer(DUT, Answer.ACCEPTED).document_choice()
    assert review_contact(done).codes == ("preferred_not_first",)


def test_a_review_finds_help_not_explained_and_a_choice_not_documented() -> None:
    done = contact(DUT).offer(DUT).ask_for_help().answer(DUT, Answer.ACCEPTED)
    assert review_contact(done).codes == ("help_not_explained", "choice_not_documented")


# TDC Secure Messaging (SBSE-05-0126-0020(6))


def test_a_secure_messaging_case_is_closed_and_purged_once_everything_is_handled() -> None:
    ready = SecureMessagingCase(responses_processed=True, responses_documented=True, attachments_handled=True)
    assert close_secure_messaging_case(ready).answer is True
    assert close_secure_messaging_case(ready).codes == (
        "secure_messaging_close_and_purge",
        "secure_messaging_not_storage",
    )
    closed = ready.close()
    assert closed.closed
    assert closed.marked_for_purge


@pytest.mark.parametrize("missing", ["responses_processed", "responses_documented", "attachments_handled"])
def test_a_secure_messaging_case_with_anything_outstanding_stays_open(missing: str) -> None:
    case = SecureMessagingCase(responses_processed=True, responses_documented=True, attachments_handled=True)
    not_ready = case.model_copy(update={missing: False})
    assert close_secure_messaging_case(not_ready).answer is False
    assert close_secure_messaging_case(not_ready).codes == ("secure_messaging_not_ready",)
    with pytest.raises(ContactError) as refused:
        not_ready.close()
    assert refused.value.code == "secure_messaging_not_ready"
    assert not not_ready.marked_for_purge
