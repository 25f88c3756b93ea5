"""The digital-first contact rule, as a specification.

Tests assert on reason codes, not wording; the wording is pinned once, in the last section.
"""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from irm_model.contact import (
    Action,
    Answer,
    Contact,
    ContactError,
    Event,
    EventKind,
    NextStep,
    Party,
    Review,
    Severity,
    may_offer_postal_mail,
    next_step,
    review_and_respond,
    review_contact,
    securing_a_tax_return,
    severity,
)
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.readings import Readings
from irm_model.reasons import Reason
from irm_model.tools import POSTAL_MAIL, Channel

DUT, EEFAX, CHAT = Channel.DUT, Channel.EEFAX, Channel.LIVE_ASSISTANCE
BALANCE_DUE = "IRM 5.19.1.2(13)"
IN_FORCE = date(2026, 6, 1)


def contact(
    *available: Channel,
    preferred: Channel | None = None,
    on: date = IN_FORCE,
    program: str = BALANCE_DUE,
    party: Party = Party.TAXPAYER,
    tax_return: bool = False,
    digital_means_acceptable: bool = True,
    not_appropriate: tuple[Channel, ...] = (),
) -> Contact:
    return Contact(
        program=ParagraphId.parse(program),
        on=on,
        available=available,
        preferred=preferred,
        party=party,
        tax_return=tax_return,
        digital_means_acceptable=digital_means_acceptable,
        not_appropriate=not_appropriate,
    )


def exempt_return(*available: Channel, program: str = BALANCE_DUE) -> Contact:
    """A tax return for which digital means are not acceptable."""
    return contact(*available, program=program, tax_return=True, digital_means_acceptable=False)


def cited(*texts: str) -> tuple[ParagraphId, ...]:
    return tuple(ParagraphId.parse(text) for text in texts)


def step(of: Contact) -> NextStep:
    """The next step's outcome, on a day the guidance is in force."""
    outcome = next_step(of).outcome
    assert outcome is not None, "the interim guidance governs the day"
    return outcome


def review(of: Contact) -> Review:
    """The work review's outcome, on a day the guidance is in force."""
    outcome = review_contact(of).outcome
    assert outcome is not None, "the interim guidance governs the day"
    return outcome


# What to offer next


def test_the_preferred_tool_is_offered_first_when_it_is_available() -> None:
    decision = next_step(contact(EEFAX, DUT, preferred=DUT))
    assert decision.outcome == NextStep(action=Action.OFFER, channel=DUT)
    assert decision.codes == ("offer_digital_tools", "preferred_first")


def test_without_a_preference_the_tools_are_offered_in_the_order_available() -> None:
    assert step(contact(EEFAX, DUT)).offer is EEFAX


def test_a_preferred_tool_that_is_not_available_is_passed_over_with_a_reason() -> None:
    assert step(contact(DUT, preferred=CHAT)).offer is DUT
    assert "preferred_unavailable" in next_step(contact(DUT, preferred=CHAT)).codes


def test_a_taxpayer_who_cannot_use_a_tool_is_offered_an_alternative_before_paper() -> None:
    after = contact(DUT, EEFAX).offer(DUT).answer(DUT, Answer.CANNOT_USE)
    assert step(after).offer is EEFAX
    assert "alternative_before_paper" in next_step(after).codes
    assert may_offer_postal_mail(after).codes == ("digital_not_yet_offered", "alternative_before_paper")


def test_a_representative_is_offered_the_tools_as_the_taxpayer_would_be() -> None:
    assert step(contact(DUT, party=Party.REPRESENTATIVE)).offer is DUT
    assert next_step(contact(DUT, party=Party.REPRESENTATIVE)).codes == (
        "offer_digital_tools",
        "offer_to_representative",
    )


def test_a_taxpayer_who_needs_help_gets_an_explanation_before_anything_else() -> None:
    asked = contact(DUT, EEFAX).offer(DUT).ask_for_help(DUT)
    assert (step(asked).action, step(asked).channel) == (Action.EXPLAIN, DUT)
    assert next_step(asked).codes == ("explain_how_to_use",)
    assert step(asked.explain(DUT)).action is Action.OFFER


def test_help_with_no_tool_named_is_about_the_tool_last_offered() -> None:
    assert step(contact(DUT, EEFAX).offer(DUT).ask_for_help()).channel is DUT


def test_help_is_explained_for_the_tool_asked_about_even_after_another_offer() -> None:
    asked = contact(DUT, EEFAX).offer(DUT).ask_for_help(DUT).offer(EEFAX)
    assert (step(asked).action, step(asked).channel) == (Action.EXPLAIN, DUT)


def test_the_contact_records_which_tool_was_explained() -> None:
    explained = contact(DUT).offer(DUT).ask_for_help(DUT).explain(DUT)
    assert explained.events[-1] == Event(kind=EventKind.HELP_EXPLAINED, channel=DUT)


def test_a_chosen_tool_is_documented_then_the_information_is_secured_through_it() -> None:
    accepted = contact(DUT, EEFAX).offer(DUT).answer(DUT, Answer.ACCEPTED)
    assert (step(accepted).action, step(accepted).channel) == (Action.DOCUMENT_CHOICE, DUT)
    assert next_step(accepted).codes == ("document_choice",)
    documented = accepted.document_choice()
    assert (step(documented).action, step(documented).channel) == (Action.PROCEED, DUT)
    assert next_step(documented).codes == ("choice_documented",)


def test_a_choice_documented_before_a_later_offer_or_answer_is_documented_again() -> None:
    then_offered = contact(DUT).offer(DUT).answer(DUT, Answer.CANNOT_USE).document_choice().offer_postal_mail()
    assert (step(then_offered).action, step(then_offered).channel) == (Action.DOCUMENT_CHOICE, POSTAL_MAIL)
    then_answered = contact(DUT).offer(DUT).document_choice().answer(DUT, Answer.ACCEPTED)
    assert (step(then_answered).action, step(then_answered).channel) == (Action.DOCUMENT_CHOICE, DUT)


def test_only_an_answer_to_an_offered_channel_counts_as_an_answer() -> None:
    odd = contact(DUT, EEFAX).model_copy(
        update={
            "events": (
                Event(kind=EventKind.OFFERED, channel=DUT, answer=Answer.ACCEPTED),
                Event(kind=EventKind.ANSWERED, answer=Answer.CANNOT_USE),
            )
        }
    )
    assert odd.answers() == {}
    answered = contact(DUT).offer(DUT).answer(DUT, Answer.ACCEPTED)
    assert answered.answers() == {DUT: Answer.ACCEPTED}
    assert answered.answers(answered.events[:1]) == {}, "the answers given so far, at an earlier point"


# Postal mail


def test_postal_mail_waits_until_every_available_tool_was_offered_and_declined_or_exhausted() -> None:
    start = contact(EEFAX, DUT)
    one = start.offer(EEFAX).answer(EEFAX, Answer.WILL_NOT_USE)
    both = one.offer(DUT).answer(DUT, Answer.EXHAUSTED)

    assert may_offer_postal_mail(start).outcome is False
    assert may_offer_postal_mail(start).codes == ("digital_not_yet_offered",)
    assert may_offer_postal_mail(one).outcome is False
    assert may_offer_postal_mail(both).outcome is True
    assert may_offer_postal_mail(both).codes == (
        "all_digital_declined",
        "cannot_or_will_not_use_digital",
        "digital_not_mandatory",
    )
    unanswered = one.offer(DUT)
    assert may_offer_postal_mail(unanswered).codes == ("digital_not_yet_declined",)


def test_once_every_tool_is_declined_the_next_step_is_postal_mail() -> None:
    declined = contact(DUT).offer(DUT).answer(DUT, Answer.WILL_NOT_USE)
    then = step(declined)
    assert (then.action, then.channel, then.postal_mail, then.offer) == (Action.OFFER, POSTAL_MAIL, True, None)


def test_postal_mail_offered_once_allowed_is_the_taxpayers_choice_to_document() -> None:
    mailed = contact(DUT).offer(DUT).answer(DUT, Answer.CANNOT_USE).offer_postal_mail()
    assert (step(mailed).action, step(mailed).channel) == (Action.DOCUMENT_CHOICE, POSTAL_MAIL)


def test_postal_mail_offered_too_early_does_not_stop_the_digital_offers() -> None:
    early = contact(DUT, EEFAX).offer_postal_mail()
    assert step(early).offer is DUT


def test_postal_mail_offered_too_early_is_not_a_choice_even_once_the_tools_are_declined() -> None:
    early = contact(DUT).offer_postal_mail().offer(DUT).answer(DUT, Answer.CANNOT_USE)
    assert (step(early).action, step(early).channel) == (Action.OFFER, POSTAL_MAIL), "offer it again"
    agreed = early.answer(POSTAL_MAIL, Answer.ACCEPTED)
    assert (step(agreed).action, step(agreed).channel) == (Action.OFFER, POSTAL_MAIL)
    assert review(early.offer_postal_mail().document_choice()).codes == ("not_encouraged", "postal_mail_too_early")


def test_a_taxpayer_who_accepted_a_tool_is_not_offered_postal_mail() -> None:
    accepted = contact(DUT).offer(DUT).answer(DUT, Answer.ACCEPTED)
    assert may_offer_postal_mail(accepted).outcome is False
    assert may_offer_postal_mail(accepted).codes == ("digital_tool_accepted",)


def test_postal_mail_may_be_offered_when_no_digital_tool_is_available() -> None:
    assert may_offer_postal_mail(contact()).outcome is True
    assert may_offer_postal_mail(contact()).codes == ("no_digital_tool_available", "digital_not_mandatory")


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


def test_a_taxpayer_who_will_not_use_the_tools_is_not_required_to_postal_mail_may_be_offered() -> None:
    declined = contact(DUT).offer(DUT).answer(DUT, Answer.WILL_NOT_USE)
    decision = may_offer_postal_mail(declined)
    assert decision.outcome is True
    assert decision.codes[-1] == "digital_not_mandatory"
    assert [r.paragraph for r in decision.reasons if r.code == "digital_not_mandatory"] == list(
        cited(BALANCE_DUE, "SBSE-05-0126-0020(2)")
    )
    assert "digital_not_mandatory" not in may_offer_postal_mail(contact(DUT)).codes


def test_a_return_for_which_digital_means_are_not_acceptable_follows_current_guidance() -> None:
    decision = securing_a_tax_return(exempt_return(DUT, program="IRM 5.19.16.1.5(2)"))
    assert decision.outcome is True
    assert decision.codes == ("tax_return_authorized_means",)
    assert decision.cites == cited("IRM 5.19.16.1.5(2)", "SBSE-05-0126-0020(3)")


def test_asking_for_a_return_is_not_in_itself_an_exemption() -> None:
    acceptable = contact(DUT, tax_return=True)
    assert securing_a_tax_return(acceptable).outcome is False
    assert step(acceptable) == NextStep(action=Action.OFFER, channel=DUT)
    assert may_offer_postal_mail(acceptable).outcome is False
    assert securing_a_tax_return(contact(DUT)).outcome is None, "no tax return is requested"


def test_a_paragraph_without_the_tax_return_note_leaves_the_procedural_change_to_say_it() -> None:
    assert securing_a_tax_return(exempt_return(DUT)).cites == cited("SBSE-05-0126-0020(3)")


def test_for_an_exempt_return_the_rule_neither_offers_tools_nor_holds_back_mail() -> None:
    tax_return = exempt_return(DUT)
    assert step(tax_return).action is Action.FILE_THROUGH_AUTHORIZED_MEANS
    assert may_offer_postal_mail(tax_return).outcome is None
    assert may_offer_postal_mail(tax_return).codes == ("tax_return_authorized_means",)
    assert review(tax_return.offer_postal_mail().document_choice()).meets_guidance


# Available but not appropriate; encouraged


def test_a_tool_available_but_not_appropriate_is_not_owed() -> None:
    skipping = contact(DUT, EEFAX, not_appropriate=(DUT,))
    assert step(skipping).offer is EEFAX
    assert next_step(skipping).codes[-1] == "tool_not_appropriate"
    declined = skipping.offer(EEFAX).answer(EEFAX, Answer.WILL_NOT_USE)
    assert may_offer_postal_mail(declined).outcome is True
    assert review(declined.encourage().offer_postal_mail().document_choice()).meets_guidance
    reason = next(r for r in next_step(skipping).reasons if r.code == "tool_not_appropriate")
    assert (str(reason.paragraph), reason.readings) == ("SBSE-05-0126-0020(1)", ("appropriate_judged_by",))


def test_offering_without_encouraging_is_found_only_where_the_paragraph_says_encourage() -> None:
    unencouraged = contact(DUT).offer(DUT).answer(DUT, Answer.ACCEPTED).document_choice()
    assert review(unencouraged).codes == ("not_encouraged",)
    encouraged = contact(DUT).encourage().offer(DUT).answer(DUT, Answer.ACCEPTED).document_choice()
    assert review(encouraged).meets_guidance
    withholding = contact(DUT, program="IRM 5.19.11.3.2.5(2)").offer(DUT).answer(DUT, Answer.ACCEPTED)
    assert review(withholding.document_choice()).meets_guidance, "IRM 5.19.11.3.2.5(2) says 'must offer' only"
    borrowed = contact(DUT, program="IRM 5.19.8.4.7.5(7)").offer(DUT).answer(DUT, Answer.ACCEPTED)
    assert review(borrowed.document_choice()).codes == ("not_encouraged",), "it sends the reader to IRM 5.19.8.4(4)"


# Dates


def test_before_the_effective_date_no_decision_applies_the_interim_rule() -> None:
    early = contact(DUT, on=date(2026, 1, 25))
    assert (next_step(early).applies, next_step(early).outcome) == (False, None)
    assert next_step(early).codes == ("guidance_not_yet_effective",)
    assert may_offer_postal_mail(early).outcome is None
    assert review_contact(early.offer_postal_mail()).applies is False
    assert review_and_respond(early).outcome is None


def test_on_the_effective_date_the_interim_rule_applies() -> None:
    assert step(contact(DUT, on=date(2026, 1, 26))).offer is DUT


def test_on_the_day_before_expiry_the_interim_rule_still_applies() -> None:
    assert step(contact(DUT, on=date(2028, 1, 25))).offer is DUT


def test_from_the_expiration_date_decisions_say_the_guidance_has_expired() -> None:
    late = contact(DUT, on=date(2028, 1, 26))
    assert next_step(late).codes == ("guidance_expired",)
    assert may_offer_postal_mail(late).codes == ("guidance_expired",)
    assert review_contact(late).outcome is None, "the interim rule does not decide after it expires"
    assert review_contact(late).codes == ("guidance_expired",)


# Contacts that cannot be


def test_an_answer_to_a_channel_never_offered_is_refused() -> None:
    with pytest.raises(ContactError) as refused:
        contact(DUT).answer(DUT, Answer.ACCEPTED)
    assert refused.value.code == "not_offered"


@pytest.mark.parametrize("field", ["available", "preferred", "not_appropriate"])
def test_only_digital_tools_are_listed_as_available_or_preferred(field: str) -> None:
    listed = (POSTAL_MAIL,) if field != "preferred" else POSTAL_MAIL
    with pytest.raises(ValidationError) as refused:
        Contact.model_validate({"program": BALANCE_DUE, "on": IN_FORCE, "available": (DUT,), field: listed})
    error = refused.value.errors()[0]
    assert error["type"] == "not_a_digital_tool"
    assert error["msg"] == (
        "postal mail is not one of the digital tools the memorandum names; list only digital tools here"
    )


def test_fax_counts_as_a_digital_option_as_the_register_reads_it(monkeypatch: pytest.MonkeyPatch) -> None:
    faxed = contact(Channel.FAX, DUT)
    assert step(faxed).offer is Channel.FAX
    monkeypatch.setattr(Readings.fax_is_digital, "value", False)
    with pytest.raises(ValidationError) as refused:
        contact(Channel.FAX, DUT)
    assert refused.value.errors()[0]["type"] == "not_a_digital_tool"


def test_a_contact_is_worked_under_an_irm_paragraph_the_memo_changes() -> None:
    for program in ("IRM 5.19.1.2(12)", "SBSE-05-0126-0020(2)"):
        with pytest.raises(ValidationError) as refused:
            contact(DUT, program=program)
        assert refused.value.errors()[0]["type"] == "unknown_program"


# Reviewing and responding


def test_employees_review_and_respond_with_every_tool_available_to_them() -> None:
    responding = review_and_respond(contact(DUT, EEFAX, program="IRM 5.19.22.1.5(2)"))
    assert responding.outcome == (DUT, EEFAX)
    assert responding.cites == cited("IRM 5.19.22.1.5(2)", "SBSE-05-0126-0020(5)")
    assert {r.code for r in responding.reasons} == {"use_available_tools_to_respond"}


# Work reviews (IRM 1.4.20.20(1))


def test_a_contact_that_followed_the_rule_has_no_findings() -> None:
    cannot = contact(DUT, EEFAX).encourage().offer(DUT).answer(DUT, Answer.CANNOT_USE)
    done = cannot.offer(EEFAX).answer(EEFAX, Answer.ACCEPTED)
    decision = review_contact(done.document_choice())
    assert review(done.document_choice()).meets_guidance
    assert [(r.code, str(r.paragraph)) for r in decision.reasons] == [("work_review", "IRM 1.4.20.20(1)")]


def test_a_contact_worked_under_irm_1_4_20_20_itself_is_reviewed_for_encouragement_it_requires() -> None:
    # "Employees must use, offer, and encourage": IRM 1.4.20.20(1) is the only paragraph to say so before the
    # others, so it is the reason's home; it is cited as any program's own words are.
    offered = contact(DUT, program="IRM 1.4.20.20(1)").offer(DUT).answer(DUT, Answer.ACCEPTED).document_choice()
    findings = review(offered).findings
    assert [(f.code, f.severity) for f in findings] == [("not_encouraged", Severity.VIOLATION)]
    assert [(str(r.paragraph), r.force) for r in findings[0].reasons] == [
        ("IRM 1.4.20.20(1)", "must use, offer, and encourage")
    ]
    assert review(offered.encourage()).meets_guidance


def test_a_review_finds_paper_offered_before_the_alternative_tool() -> None:
    cannot = contact(DUT, EEFAX).encourage().offer(DUT).answer(DUT, Answer.CANNOT_USE)
    early = cannot.offer_postal_mail().document_choice()
    assert review(early).codes == ("postal_mail_too_early", "alternative_not_offered")


def test_a_review_finds_a_contact_that_offered_no_digital_tool() -> None:
    assert review(contact(DUT).offer_postal_mail().document_choice()).codes == (
        "no_digital_offered",
        "postal_mail_too_early",
    )


def test_a_review_finds_the_preferred_method_not_offered_first() -> None:
    done = contact(DUT, EEFAX, preferred=EEFAX).encourage().offer(DUT).answer(DUT, Answer.ACCEPTED).document_choice()
    assert review(done).codes == ("preferred_not_first",)


def test_a_review_weighs_each_finding_by_the_words_of_the_paragraphs_it_cites() -> None:
    unanswered = contact(DUT, EEFAX).encourage().offer(DUT).answer(DUT, Answer.WILL_NOT_USE).offer(EEFAX)
    must = review(unanswered.offer_postal_mail().document_choice()).findings
    assert [(f.code, f.severity) for f in must] == [("postal_mail_before_declined", Severity.VIOLATION)]
    assert [r.force for r in must[0].reasons] == [
        "must be offered and declined before paper correspondence is used",
        "should be the last resort",
    ]
    should = contact(DUT, EEFAX, program="IRM 5.19.8.4(4)").encourage().offer(DUT).offer(EEFAX).offer_postal_mail()
    assert [(f.code, f.severity) for f in review(should.document_choice()).findings] == [
        ("postal_mail_before_declined", Severity.DEVIATION)
    ]
    accepted = contact(DUT).encourage().offer(DUT).answer(DUT, Answer.ACCEPTED).offer_postal_mail().document_choice()
    assert [(f.code, f.severity) for f in review(accepted).findings] == [
        ("postal_mail_after_accepted", Severity.DEVIATION)
    ]


def test_which_word_decides_a_finding_is_the_registers_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    must, should = (
        Reason(code="x", paragraph=ParagraphId.parse(BALANCE_DUE), text="", force=word) for word in ("must", "should")
    )
    assert severity((must, should)) is Severity.VIOLATION
    assert severity((should,)) is Severity.DEVIATION
    assert severity((Reason(code="x", paragraph=ParagraphId.parse(BALANCE_DUE), text="", force="may"),)) is None
    monkeypatch.setattr(Readings.severity, "value", "weaker")
    assert severity((must, should)) is Severity.DEVIATION
    assert severity((must,)) is Severity.VIOLATION


def test_a_review_finds_help_not_explained_and_a_choice_not_documented() -> None:
    done = contact(DUT).encourage().offer(DUT).ask_for_help().answer(DUT, Answer.ACCEPTED)
    assert review(done).codes == ("help_not_explained", "choice_not_documented")


# Word for word
#
# The tests above assert on reason codes, so that a reworded sentence never breaks a rule. The
# sentences are published all the same (the decision table quotes them, row by row), so
# each is pinned here, once, with the paragraphs it cites. IRM 5.19.16.1.5(2) states every
# provision a program paragraph can state, so each sentence shows both of its citations.

TEXT_CHAT = "IRM 5.19.16.1.5(2)"
OFFER_DUT = "When requesting information, offer and encourage the available digital tools: Document Upload Tool (DUT)"
NOT_YET = "Offer the digital tools before postal mail response options; not yet offered: "
TAX_RETURN = (
    "Digital means are not acceptable for this tax return: follow current guidance for securing it, and encourage "
    "the taxpayer to file through authorized means"
)
WORK_REVIEW = (
    "Employees are required to offer the use of available digital communication tools to taxpayers or their "
    "representatives: the review checks that they did (IRM 1.4.20.20(1))"
)
EARLY = "Postal mail was offered before every available digital tool was offered"


def said(reasons: tuple[Reason, ...]) -> list[str]:
    return [str(reason) for reason in reasons]


def test_what_the_next_offer_says_word_for_word() -> None:
    representative = contact(DUT, EEFAX, preferred=DUT, party=Party.REPRESENTATIVE, program=TEXT_CHAT)
    assert said(next_step(representative).reasons) == [
        f"{OFFER_DUT} (IRM 5.19.16.1.5(2))",
        f"{OFFER_DUT} (SBSE-05-0126-0020(1))",
        "The digital tools are offered to the taxpayer's representative as they would be to the taxpayer "
        "(IRM 5.19.16.1.5(2))",
        "The digital tools are offered to the taxpayer's representative as they would be to the taxpayer "
        "(SBSE-05-0126-0020(1))",
        "Prioritize the taxpayer's preferred digital communication method: Document Upload Tool (DUT) "
        "(IRM 5.19.16.1.5(2))",
        "Prioritize the taxpayer's preferred digital communication method: Document Upload Tool (DUT) "
        "(SBSE-05-0126-0020(4))",
    ]
    assert said(next_step(contact(DUT, preferred=CHAT, program=TEXT_CHAT)).reasons) == [
        f"{OFFER_DUT} (IRM 5.19.16.1.5(2))",
        f"{OFFER_DUT} (SBSE-05-0126-0020(1))",
        "The taxpayer prefers Live Assistance (Text Chat), which is not available for this contact: offer an "
        "available digital tool (IRM 5.19.16.1.5(2))",
        "The taxpayer prefers Live Assistance (Text Chat), which is not available for this contact: offer an "
        "available digital tool (SBSE-05-0126-0020(4))",
    ]
    cannot = contact(DUT, EEFAX, program=TEXT_CHAT).offer(DUT).answer(DUT, Answer.CANNOT_USE)
    assert said(next_step(cannot).reasons) == [
        "When requesting information, offer and encourage the available digital tools: Enterprise e-Fax system "
        "(EEFax) (IRM 5.19.16.1.5(2))",
        "When requesting information, offer and encourage the available digital tools: Enterprise e-Fax system "
        "(EEFax) (SBSE-05-0126-0020(1))",
        "The taxpayer cannot use Document Upload Tool (DUT): first offer any available alternative digital tool "
        "before resorting to paper correspondence (SBSE-05-0126-0020(4))",
    ]


def test_what_help_and_a_choice_say_word_for_word() -> None:
    assert said(next_step(contact(DUT, program=TEXT_CHAT).ask_for_help()).reasons) == [
        "The taxpayer needs help: explain how to use the digital tools (SBSE-05-0126-0020(4))"
    ]
    representative = contact(DUT, party=Party.REPRESENTATIVE, program=TEXT_CHAT).offer(DUT)
    assert said(next_step(representative.ask_for_help(DUT)).reasons) == [
        "The representative needs help: explain how to use Document Upload Tool (DUT) (SBSE-05-0126-0020(4))"
    ]
    accepted = contact(DUT, program=TEXT_CHAT).offer(DUT).answer(DUT, Answer.ACCEPTED)
    assert said(next_step(accepted).reasons) == [
        "The taxpayer chose Document Upload Tool (DUT): document the taxpayer's choice (SBSE-05-0126-0020(4))"
    ]
    assert said(next_step(accepted.document_choice()).reasons) == [
        "The choice of Document Upload Tool (DUT) is documented: secure the information through it "
        "(SBSE-05-0126-0020(4))"
    ]
    assert said(next_step(exempt_return(DUT, program=TEXT_CHAT)).reasons) == [
        f"{TAX_RETURN} (IRM 5.19.16.1.5(2))",
        f"{TAX_RETURN} (SBSE-05-0126-0020(3))",
    ]


def test_what_the_postal_mail_decision_says_word_for_word() -> None:
    accepted = contact(DUT, program=TEXT_CHAT).offer(DUT).answer(DUT, Answer.ACCEPTED)
    assert said(may_offer_postal_mail(accepted).reasons) == [
        "The taxpayer accepted Document Upload Tool (DUT): postal mail is only for those who cannot or will not use "
        "digital communication tools (IRM 5.19.16.1.5(2))",
        "The taxpayer accepted Document Upload Tool (DUT): postal mail is only for those who cannot or will not use "
        "digital communication tools (SBSE-05-0126-0020(2))",
    ]
    assert said(may_offer_postal_mail(contact(DUT, EEFAX, program=TEXT_CHAT)).reasons) == [
        f"{NOT_YET}Document Upload Tool (DUT), Enterprise e-Fax system (EEFax) (IRM 5.19.16.1.5(2))",
        f"{NOT_YET}Document Upload Tool (DUT), Enterprise e-Fax system (EEFax) (SBSE-05-0126-0020(2))",
    ]
    two_cannot = (
        contact(DUT, EEFAX, CHAT, program=TEXT_CHAT)
        .offer(DUT)
        .answer(DUT, Answer.CANNOT_USE)
        .offer(EEFAX)
        .answer(EEFAX, Answer.CANNOT_USE)
    )
    assert said(may_offer_postal_mail(two_cannot).reasons) == [
        f"{NOT_YET}Live Assistance (Text Chat) (IRM 5.19.16.1.5(2))",
        f"{NOT_YET}Live Assistance (Text Chat) (SBSE-05-0126-0020(2))",
        "The taxpayer cannot use Document Upload Tool (DUT), Enterprise e-Fax system (EEFax): first offer any "
        "available alternative digital tool before resorting to paper correspondence (SBSE-05-0126-0020(4))",
    ]
    none = "No digital tool is available and appropriate for this request, so none remains to offer before postal mail"
    assert said(may_offer_postal_mail(contact(program=TEXT_CHAT)).reasons) == [
        f"{none} (IRM 5.19.16.1.5(2))",
        f"{none} (SBSE-05-0126-0020(2))",
        "It is not mandatory for taxpayers to communicate using digital tools (IRM 5.19.16.1.5(2))",
        "It is not mandatory for taxpayers to communicate using digital tools (SBSE-05-0126-0020(2))",
    ]
    declined = (
        contact(DUT, EEFAX, program=TEXT_CHAT)
        .offer(DUT)
        .answer(DUT, Answer.WILL_NOT_USE)
        .offer(EEFAX)
        .answer(EEFAX, Answer.EXHAUSTED)
    )
    every = "Every available digital tool was offered, declined, and exhausted: Document Upload Tool (DUT), Enterprise"
    may = "The taxpayer cannot or will not use the digital communication tools: postal mail may be offered as a"
    assert said(next_step(declined).reasons) == [
        f"{every} e-Fax system (EEFax) (IRM 5.19.16.1.5(2))",
        f"{every} e-Fax system (EEFax) (SBSE-05-0126-0020(2))",
        f"{may} response option (IRM 5.19.16.1.5(2))",
        f"{may} response option (SBSE-05-0126-0020(2))",
        "It is not mandatory for taxpayers to communicate using digital tools (IRM 5.19.16.1.5(2))",
        "It is not mandatory for taxpayers to communicate using digital tools (SBSE-05-0126-0020(2))",
    ]


def test_what_the_other_decisions_say_word_for_word() -> None:
    respond = "Use the digital tools and systems available to review and respond to taxpayers, following IRM guidelines"
    assert said(review_and_respond(contact(DUT, program=TEXT_CHAT)).reasons) == [
        f"{respond} for processing taxpayer responses (IRM 5.19.16.1.5(2))",
        f"{respond} for processing taxpayer responses (SBSE-05-0126-0020(5))",
    ]
    with pytest.raises(ContactError, match=r"^Enterprise e-Fax system \(EEFax\) was never offered, so it cannot be"):
        contact(DUT).answer(EEFAX, Answer.ACCEPTED)


def test_what_a_review_finds_word_for_word() -> None:
    assert said(review_contact(contact(DUT, EEFAX, program=TEXT_CHAT).offer_postal_mail()).reasons) == [
        WORK_REVIEW,
        "No digital tool was offered though Document Upload Tool (DUT), Enterprise e-Fax system (EEFax) were "
        "available (IRM 5.19.16.1.5(2))",
        "No digital tool was offered though Document Upload Tool (DUT), Enterprise e-Fax system (EEFax) were "
        "available (SBSE-05-0126-0020(1))",
        f"{EARLY} (IRM 5.19.16.1.5(2))",
        f"{EARLY} (SBSE-05-0126-0020(2))",
        "The taxpayer's choice was not documented (SBSE-05-0126-0020(4))",
    ]
    one_tool = said(review_contact(contact(DUT, program=TEXT_CHAT).offer_postal_mail()).reasons)
    one = "No digital tool was offered though Document Upload Tool (DUT) was available (IRM 5.19.16.1.5(2))"
    assert one in one_tool
    preferring = contact(DUT, EEFAX, preferred=EEFAX, program=TEXT_CHAT).encourage()
    not_first = preferring.offer(DUT).answer(DUT, Answer.ACCEPTED)
    assert said(review_contact(not_first.document_choice()).reasons) == [
        WORK_REVIEW,
        "The taxpayer's preferred digital communication method was not offered first (IRM 5.19.16.1.5(2))",
        "The taxpayer's preferred digital communication method was not offered first (SBSE-05-0126-0020(4))",
    ]
    early = (
        contact(DUT, EEFAX, party=Party.REPRESENTATIVE, program=TEXT_CHAT)
        .encourage()
        .offer(DUT)
        .answer(DUT, Answer.CANNOT_USE)
        .offer_postal_mail()
        .ask_for_help()
    )
    assert said(review_contact(early).reasons) == [
        WORK_REVIEW,
        f"{EARLY} (IRM 5.19.16.1.5(2))",
        f"{EARLY} (SBSE-05-0126-0020(2))",
        "The representative could not use Document Upload Tool (DUT), and paper was offered before every available "
        "alternative digital tool (SBSE-05-0126-0020(4))",
        "The representative needed help with the digital tools and it was not explained (SBSE-05-0126-0020(4))",
        "The taxpayer's choice was not documented (SBSE-05-0126-0020(4))",
    ]
    tax_return = exempt_return(DUT, program=TEXT_CHAT).offer_postal_mail().document_choice()
    assert said(review_contact(tax_return).reasons) == [
        WORK_REVIEW,
        f"{TAX_RETURN} (IRM 5.19.16.1.5(2))",
        f"{TAX_RETURN} (SBSE-05-0126-0020(3))",
    ]


def test_the_words_of_force_each_reason_quotes() -> None:
    forces = {
        (reason.code, str(reason.paragraph)): reason.force
        for contact_ in (
            contact(DUT, EEFAX, preferred=DUT, party=Party.REPRESENTATIVE, program=TEXT_CHAT),
            contact(DUT, EEFAX, program=TEXT_CHAT).offer(DUT).answer(DUT, Answer.CANNOT_USE),
        )
        for decision in (next_step(contact_), may_offer_postal_mail(contact_))
        for reason in decision.reasons
    }
    assert forces == {
        ("offer_digital_tools", TEXT_CHAT): "must offer",
        ("offer_digital_tools", "SBSE-05-0126-0020(1)"): "are required to offer",
        ("offer_to_representative", TEXT_CHAT): "must offer, and encourage taxpayers and their representatives",
        ("offer_to_representative", "SBSE-05-0126-0020(1)"): "are required to offer",
        ("preferred_first", TEXT_CHAT): "prioritizing",
        ("preferred_first", "SBSE-05-0126-0020(4)"): "must also prioritize",
        ("digital_not_yet_offered", TEXT_CHAT): "must be offered and declined before paper correspondence is used",
        ("digital_not_yet_offered", "SBSE-05-0126-0020(2)"): "should be the last resort",
        ("alternative_before_paper", "SBSE-05-0126-0020(4)"): "must first offer",
    }


def test_what_passing_over_a_tool_not_appropriate_says_word_for_word() -> None:
    def said_for(*passed: Channel) -> list[str]:
        decision = next_step(contact(DUT, EEFAX, CHAT, not_appropriate=passed))
        return [str(r) for r in decision.reasons if r.code == "tool_not_appropriate"]

    tail = "available but not appropriate for this request: only available and appropriate, IT-approved tools are owed"
    assert said_for(EEFAX) == [f"Enterprise e-Fax system (EEFax) is {tail} (SBSE-05-0126-0020(1))"]
    assert said_for(EEFAX, CHAT) == [
        f"Enterprise e-Fax system (EEFax), Live Assistance (Text Chat) are {tail} (SBSE-05-0126-0020(1))"
    ]


def test_tools_never_offered_and_tools_unanswered_are_both_named_before_postal_mail() -> None:
    mixed = contact(DUT, EEFAX, CHAT).offer(DUT).answer(DUT, Answer.CANNOT_USE).offer(EEFAX)
    decision = may_offer_postal_mail(mixed)
    assert decision.codes == ("digital_not_yet_offered", "digital_not_yet_declined", "alternative_before_paper")
    declined = [str(r) for r in decision.reasons if r.code == "digital_not_yet_declined"]
    assert declined == [
        "Paper correspondence is the last resort, only after all available digital communication options have "
        "been offered, declined, and exhausted; offered but not yet declined: Enterprise e-Fax system (EEFax) "
        f"({where})"
        for where in (BALANCE_DUE, "SBSE-05-0126-0020(2)")
    ]


def test_what_a_review_says_of_postal_mail_after_an_accepted_tool_word_for_word() -> None:
    accepted = contact(DUT, party=Party.REPRESENTATIVE).encourage().offer(DUT).answer(DUT, Answer.ACCEPTED)
    decision = review_contact(accepted.offer_postal_mail().document_choice())
    assert [str(r) for r in decision.reasons[1:]] == [
        f"Postal mail was offered to a representative who had accepted Document Upload Tool (DUT) ({where})"
        for where in (BALANCE_DUE, "SBSE-05-0126-0020(2)")
    ]


def test_a_finding_is_weighed_by_required_too() -> None:
    required = Reason(code="x", paragraph=ParagraphId.parse(BALANCE_DUE), text="", force="are required to offer")
    assert severity((required,)) is Severity.VIOLATION


def test_a_review_judges_each_offer_of_postal_mail_on_what_had_happened_before_it() -> None:
    unanswered = contact(DUT).encourage().offer(DUT).offer_postal_mail()
    assert review(unanswered.answer(DUT, Answer.WILL_NOT_USE).document_choice()).codes == (
        "postal_mail_before_declined",
    ), "declined only after postal mail was offered"
    assert review(unanswered.answer(DUT, Answer.ACCEPTED).document_choice()).codes == (
        "postal_mail_before_declined",
    ), "accepted only after postal mail was offered"


def test_a_review_lists_every_finding_in_order() -> None:
    preferring = contact(DUT, EEFAX, preferred=EEFAX).offer(DUT).answer(DUT, Answer.ACCEPTED).document_choice()
    assert review(preferring).codes == ("not_encouraged", "preferred_not_first")
