"""The paragraph → code link: under each paragraph, the model's decisions that implement it."""

from __future__ import annotations

from irm_model.paragraphs import ParagraphId
from irm_site import render
from irm_site.trace import ParagraphView

P13 = ParagraphId.parse("IRM 5.19.1.2(13)")
PAGE = "sections/irm-5.19.1.2.md"
PACKAGES = {"irm_model.hearings"}
"""The modules these tests treat as packages (the real answer would import them)."""


def package(module: str) -> bool:
    return module in PACKAGES


def test_a_decision_in_a_module_is_documented_on_the_modules_page_at_its_dotted_name() -> None:
    assert render.api_target("irm_model.contact.next_step", package) == "api/contact.md#irm_model.contact.next_step"


def test_a_decision_in_a_subpackage_module_is_on_that_modules_page() -> None:
    name = "irm_model.hearings.channels.hearing_request_channel"
    assert render.api_target(name, package) == f"api/hearings/channels.md#{name}"


def test_a_decision_in_a_package_is_on_the_packages_index_page() -> None:
    assert render.api_target("irm_model.hearings.advise", package) == "api/hearings/index.md#irm_model.hearings.advise"


def test_whether_a_module_is_a_package_is_asked_of_the_module_itself() -> None:
    assert render.is_package("irm_model")
    assert not render.is_package("irm_model.rules")
    assert render.api_target("irm_model.rules.implementing") == "api/rules.md#irm_model.rules.implementing"


def test_the_decisions_are_named_under_the_paragraph_each_linked_from_the_current_page() -> None:
    line = render.decided_by(("irm_model.contact.next_step", "irm_model.contact.may_offer_postal_mail"), PAGE, package)
    assert line == (
        '<p class="irm-rules" markdown="1">Decided by: '
        '[`next_step`](../api/contact.md#irm_model.contact.next_step "irm_model.contact.next_step"), '
        "[`may_offer_postal_mail`](../api/contact.md#irm_model.contact.may_offer_postal_mail "
        '"irm_model.contact.may_offer_postal_mail") (API reference)</p>\n\n'
    )


def test_links_are_relative_to_the_page_that_shows_them() -> None:
    line = render.decided_by(("irm_model.hearings.channels.hearing_request_channel",), "print.md", package)
    assert "(api/hearings/channels.md#irm_model.hearings.channels.hearing_request_channel " in line
    line = render.decided_by(("irm_model.memo.guidance_status",), "memo.md", package)
    assert "(api/memo.md#irm_model.memo.guidance_status " in line


def test_two_decisions_of_the_same_name_are_told_apart_by_their_module() -> None:
    line = render.decided_by(("irm_model.upload.check", "irm_model.hearings.check"), PAGE, package)
    assert "[`upload.check`](../api/upload.md#irm_model.upload.check " in line
    assert "[`hearings.check`](../api/hearings/index.md#irm_model.hearings.check " in line


def test_a_paragraph_no_decision_implements_shows_nothing() -> None:
    assert render.decided_by((), PAGE, package) == ""


def test_the_paragraph_block_carries_the_line_between_its_text_and_its_proof() -> None:
    view = ParagraphView(P13, "Contacts", ())
    decided = render.decided_by(("irm_model.contact.next_step",), PAGE, package)

    block = render.paragraph_block(view, "Offer the DUT.", lambda target: target, decided=decided)

    text, rest = block.split("</div>", 1)
    assert "Offer the DUT." in text
    assert rest.index("Decided by: [`next_step`](../api/contact.md#irm_model.contact.next_step") < rest.index(
        '<div class="irm-proof"'
    )
    assert "Decided by" not in render.paragraph_block(view, "Offer the DUT.", lambda target: target)
