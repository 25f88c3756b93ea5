"""What an employee is told: the next step as one sentence, its citations, and what to document (irm_model.advice).

``irm next`` prints these words and the site's assistant shows them; they are pinned here, word for
word, once per kind of step.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from irm_model.advice import ANSWERS, advice, cites, reason_data
from irm_model.contact import Answer, Contact, Party, next_step
from irm_model.paragraphs import ParagraphId
from irm_model.reasons import Reason
from irm_model.tools import Channel

DUT, EEFAX = Channel.DUT, Channel.EEFAX
DUT_NAME = "Document Upload Tool (DUT)"
ALL_ANSWERS = ["accepted", "cannot use", "will not use", "exhausted"]
MUST_ALSO = '(SBSE-05-0126-0020(4) "must also")'


def contact(*available: Channel, **facts: Any) -> Contact:
    return Contact(
        program=ParagraphId.parse(facts.pop("program", "IRM 5.19.1.2(13)")),
        on=facts.pop("on", date(2026, 3, 2)),
        available=available,
        **facts,
    )


def told(of: Contact) -> dict[str, Any]:
    return advice(of, next_step(of))


def test_the_answers_a_record_may_give_are_the_models() -> None:
    assert [answer.value for answer in Answer] == ANSWERS == ALL_ANSWERS


def test_offering_a_tool_not_yet_encouraged_says_to_encourage_and_what_to_record() -> None:
    said = told(contact(DUT, EEFAX))
    assert (said["applies"], said["action"], said["channel"]) == (True, "offer", DUT_NAME)
    assert said["instruction"] == f"offer {DUT_NAME}"
    assert said["step_reason"] == "offer_digital_tools"
    assert said["step"] == (
        f'Next: offer {DUT_NAME} (IRM 5.19.1.2(13) "must offer"; SBSE-05-0126-0020(1) "are required to offer").'
    )
    assert said["document"] == (
        f"Document the offer of {DUT_NAME}, that you encouraged the taxpayer to use the digital tools, and their "
        "answer."
    )
    assert said["events_to_record"] == [
        {"event": "offered", "channel": DUT_NAME},
        {"event": "encouraged"},
        {"event": "answered", "channel": DUT_NAME, "answer": ALL_ANSWERS},
    ]
    assert [r["code"] for r in said["reasons"]] == ["offer_digital_tools", "offer_digital_tools"]


def test_once_encouraged_the_offer_is_recorded_without_encouraging_again() -> None:
    said = told(contact(DUT).encourage())
    assert said["document"] == f"Document the offer of {DUT_NAME} and the taxpayer's answer."
    assert said["events_to_record"] == [
        {"event": "offered", "channel": DUT_NAME},
        {"event": "answered", "channel": DUT_NAME, "answer": ALL_ANSWERS},
    ]


def test_postal_mail_once_every_tool_is_declined() -> None:
    said = told(contact(DUT).encourage().offer(DUT).answer(DUT, Answer.WILL_NOT_USE))
    assert (said["action"], said["channel"], said["step_reason"]) == ("offer", "postal mail", "all_digital_declined")
    assert said["step"] == (
        'Next: offer postal mail as a response option (IRM 5.19.1.2(13) "must be offered and declined before paper '
        'correspondence is used"; SBSE-05-0126-0020(2) "should be the last resort").'
    )
    assert said["document"] == "Document the offer of postal mail, the taxpayer's answer, and then their choice."
    assert said["events_to_record"] == [
        {"event": "offered", "channel": "postal mail"},
        {"event": "answered", "channel": "postal mail", "answer": ALL_ANSWERS},
    ]


def test_a_tool_not_appropriate_is_context_and_the_sentence_cites_the_steps_own_reason() -> None:
    said = told(contact(DUT, not_appropriate=(DUT,)))
    assert said["reasons"][0]["code"] == "tool_not_appropriate"
    assert said["step_reason"] == "no_digital_tool_available"
    assert said["step"] == (
        'Next: offer postal mail as a response option (IRM 5.19.1.2(13) "must be offered and declined before paper '
        'correspondence is used"; SBSE-05-0126-0020(2) "should be the last resort").'
    )


@pytest.mark.parametrize(
    ("asked", "party", "instruction", "recorded"),
    [
        (
            DUT,
            Party.TAXPAYER,
            f"explain to the taxpayer how to use {DUT_NAME}",
            {"event": "help explained", "tool": DUT_NAME},
        ),
        (
            None,
            Party.REPRESENTATIVE,
            "explain to the representative how to use the digital tools",
            {"event": "help explained"},
        ),
    ],
)
def test_help_asked_is_explained(
    asked: Channel | None, party: Party, instruction: str, recorded: dict[str, str]
) -> None:
    said = told(contact(party=party).ask_for_help(asked))
    assert (said["action"], said["instruction"]) == ("explain", instruction)
    assert said["step"] == f"Next: {instruction} {MUST_ALSO}."
    assert said["document"] == "Document that you explained it."
    assert said["events_to_record"] == [recorded]


@pytest.mark.parametrize(("party", "who"), [(Party.TAXPAYER, "taxpayer"), (Party.REPRESENTATIVE, "representative")])
def test_a_choice_is_documented_then_the_information_secured_through_it(party: Party, who: str) -> None:
    chosen = contact(DUT, party=party).offer(DUT).answer(DUT, Answer.ACCEPTED)
    said = told(chosen)
    assert said["step"] == f"Next: document the {who}'s choice of {DUT_NAME} {MUST_ALSO}."
    assert (said["document"], said["events_to_record"]) == ("Document the choice.", [{"event": "choice documented"}])
    then = told(chosen.document_choice())
    assert then["step"] == f"Next: secure the information through {DUT_NAME}, the documented choice {MUST_ALSO}."
    assert then["document"] == "Document nothing more for the offer: the contact is ready for review."
    assert then["events_to_record"] == []


def test_a_tax_return_for_which_digital_means_are_not_acceptable_follows_current_guidance() -> None:
    said = told(contact(DUT, tax_return=True, digital_means_acceptable=False))
    assert (said["action"], said["channel"]) == ("file through authorized means", None)
    assert said["step"] == (
        "Next: follow current guidance for securing the tax return, and encourage the taxpayer to file through "
        'authorized means (SBSE-05-0126-0020(3) "should be encouraged").'
    )
    assert said["document"] == (
        "Document that digital means are not acceptable for this return (requested.digital_means_acceptable: false)."
    )
    assert said["events_to_record"] == []


def test_a_day_the_guidance_does_not_govern_is_said_so_with_its_reason() -> None:
    said = told(contact(DUT, on=date(2026, 1, 25)))
    assert said == {
        "applies": False,
        "step": "The interim guidance does not govern 2026-01-25: The interim guidance is effective as of January "
        "26, 2026; it does not apply before then (SBSE-05-0126-0020(1)).",
        "reasons": [reason_data(reason) for reason in next_step(contact(DUT, on=date(2026, 1, 25))).reasons],
    }


def test_citations_name_each_paragraph_once_with_its_word_of_force_in_order() -> None:
    def reason(paragraph: str, force: str | None) -> Reason:
        return Reason(code="x", paragraph=ParagraphId.parse(paragraph), text="t", force=force)

    reasons = [
        reason("IRM 5.19.1.2(13)", "must"),
        reason("SBSE-05-0126-0020(1)", None),
        reason("IRM 5.19.1.2(13)", "must"),
    ]
    assert cites(reasons) == 'IRM 5.19.1.2(13) "must"; SBSE-05-0126-0020(1)'
    assert reason_data(reasons[0]) == {"code": "x", "paragraph": "IRM 5.19.1.2(13)", "force": "must", "text": "t"}
