"""Properties of the contact rule that hold for any sequence of offers, answers and choices."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from irm_model.contact import (
    Answer,
    Contact,
    Party,
    may_offer_postal_mail,
    next_step,
    review_contact,
    securing_a_tax_return,
)
from irm_model.paragraphs import MEMO_PARAGRAPHS
from irm_model.programs import PROGRAM_TOOLS
from irm_model.tools import TOOLS

PROGRAMS = sorted({link.paragraph for link in PROGRAM_TOOLS if not link.paragraph.is_memo})
tools = st.sampled_from(list(TOOLS))


@st.composite
def contacts(draw: st.DrawFn) -> Contact:
    """A contact on any day, under any program, after any sequence of offers and answers."""
    available = tuple(draw(st.lists(tools, unique=True, max_size=5)))
    contact = Contact(
        program=draw(st.sampled_from(PROGRAMS)),
        on=draw(st.dates(min_value=date(2025, 1, 1), max_value=date(2029, 1, 1))),
        party=draw(st.sampled_from(list(Party))),
        available=available,
        preferred=draw(st.none() | tools),
    )
    for _ in range(draw(st.integers(0, 8))):
        action = draw(st.sampled_from(["answer", "postal", "help", "explain", "document"]))
        if action == "answer":
            tool = draw(tools)
            contact = contact.offer(tool).answer(tool, draw(st.sampled_from(list(Answer))))
        elif action == "postal":
            contact = contact.offer_postal_mail()
        elif action == "help":
            contact = contact.ask_for_help()
        elif action == "explain":
            contact = contact.explain()
        else:
            contact = contact.document_choice()
    return contact


@given(contacts())
def test_postal_mail_is_never_approved_before_every_available_digital_option_was_declined(contact: Contact) -> None:
    if may_offer_postal_mail(contact).outcome:
        answers = contact.answers()
        assert all(tool in answers and answers[tool].declines for tool in contact.available)


@given(contacts())
def test_the_next_step_never_offers_paper_while_a_digital_option_remains(contact: Contact) -> None:
    step = next_step(contact).outcome
    if step is not None and step.postal_mail:
        assert step.offer is None
        assert may_offer_postal_mail(contact).outcome is True


@given(contacts())
def test_a_taxpayer_who_will_not_use_the_tools_is_never_made_to(contact: Contact) -> None:
    refused = contact
    for tool in contact.digital_options:
        refused = refused.offer(tool).answer(tool, Answer.WILL_NOT_USE)
    if may_offer_postal_mail(refused).applies and not refused.exempt and not _accepted(contact):
        assert may_offer_postal_mail(refused).outcome is True
        assert "digital_not_mandatory" in may_offer_postal_mail(refused).codes


def _accepted(contact: Contact) -> bool:
    return Answer.ACCEPTED in contact.answers().values()


@given(contacts())
def test_findings_are_weighed_by_the_words_of_force_they_cite(contact: Contact) -> None:
    review = review_contact(contact).outcome
    for finding in () if review is None else review.findings:
        assert finding.reasons
        assert all(reason.force for reason in finding.reasons), finding


@given(contacts())
def test_every_reason_cites_a_paragraph_that_exists(contact: Contact) -> None:
    reasons = (
        *next_step(contact).reasons,
        *may_offer_postal_mail(contact).reasons,
        *review_contact(contact).reasons,
        *securing_a_tax_return(contact).reasons,
    )
    assert reasons
    assert all(reason.paragraph in MEMO_PARAGRAPHS for reason in reasons)
