"""Rules registered by paragraph: every changed paragraph has a deciding function, and each rule checks the date."""

from __future__ import annotations

import importlib
from datetime import date

import pytest

import irm_model
from irm_model.contact import Contact, next_step
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.reasons import Decision
from irm_model.rules import Rule, RuleError, implementing, registered

DUT = irm_model.Channel.DUT


def _decide(contact: Contact) -> Decision[bool]:
    return Decision(outcome=True)


@pytest.mark.parametrize("paragraph", MEMO_PARAGRAPHS, ids=str)
def test_every_paragraph_the_memo_changes_has_a_rule_that_implements_it(paragraph: ParagraphId) -> None:
    assert implementing(paragraph), f"no registered rule implements {paragraph}"


def test_every_rule_implements_only_paragraphs_the_memo_changes() -> None:
    assert registered()
    for rule in registered():
        assert rule.implements, rule
        assert set(rule.implements) <= set(MEMO_PARAGRAPHS), rule


def test_every_rule_is_its_modules_public_name_and_exported_at_the_root() -> None:
    for rule in registered():
        module, _, name = rule.name.rpartition(".")
        assert getattr(importlib.import_module(module), name) is rule, rule
        assert getattr(irm_model, name) is rule, f"irm_model does not export {name}"


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in registered()]
    assert len(names) == len(set(names))


def test_a_rule_for_a_paragraph_the_memo_does_not_change_is_refused() -> None:
    with pytest.raises(RuleError) as refused:
        Rule(_decide, implements=("IRM 5.19.1.2(12)",), day="contact.on")
    assert refused.value.code == "rule_paragraph_unknown"
    assert str(refused.value) == (
        "tests.unit.test_rules.decide implements IRM 5.19.1.2(12): register it against paragraphs the memorandum "
        "changes (irm_model.paragraphs.MEMO_PARAGRAPHS)"
    )
    with pytest.raises(RuleError) as refused:
        Rule(_decide, implements=("IRM 5.19.1.2(12)", "IRM 5.19.1.2(13)", "IRM 5.19.1.2(11)"), day="contact.on")
    assert "implements IRM 5.19.1.2(11), IRM 5.19.1.2(12): register" in str(refused.value)
    with pytest.raises(RuleError) as refused:
        Rule(_decide, implements=(), day="contact.on")
    assert refused.value.code == "rule_paragraph_unknown"
    assert "implements no paragraph: register" in str(refused.value)


def test_a_rule_whose_day_names_no_parameter_is_refused() -> None:
    with pytest.raises(RuleError) as refused:
        Rule(_decide, implements=("IRM 5.19.1.2(13)",), day="on")
    assert refused.value.code == "rule_day_unknown"
    assert str(refused.value) == (
        "tests.unit.test_rules.decide has no parameter 'on' to take the day from; name the parameter (or "
        "parameter.attribute) that holds the day the decision is asked about"
    )


def test_a_rule_registered_twice_is_refused() -> None:
    def _next_step(contact: Contact) -> Decision[bool]:
        return Decision(outcome=True)

    _next_step.__module__ = "irm_model.contact"
    with pytest.raises(RuleError) as refused:
        Rule(_next_step, implements=("IRM 5.19.1.2(13)",), day="contact.on")
    assert refused.value.code == "rule_registered_twice"
    assert str(refused.value) == "irm_model.contact.next_step is registered twice; register each rule once"


@pytest.mark.parametrize(
    ("day", "applies", "code"),
    [
        (date(2026, 1, 25), False, "guidance_not_yet_effective"),
        (date(2026, 1, 26), True, "offer_digital_tools"),
        (date(2028, 1, 25), True, "offer_digital_tools"),
        (date(2028, 1, 26), False, "guidance_expired"),
    ],
)
def test_a_rule_decides_only_while_the_guidance_is_in_force(day: date, applies: bool, code: str) -> None:
    contact = Contact(program=ParagraphId.parse("IRM 5.19.1.2(13)"), on=day, available=(DUT,))
    decision = next_step(contact)
    assert (decision.applies, decision.codes[0], decision.rule) == (applies, code, "irm_model.contact.next_step")
    assert (decision.outcome is None) is not applies


def test_a_rule_reads_the_day_from_the_argument_it_names() -> None:
    contact = Contact(program=ParagraphId.parse("IRM 5.19.1.2(13)"), on=date(2027, 3, 4), available=())
    assert next_step.day_of(contact) == date(2027, 3, 4)


def test_from_a_paragraph_id_to_its_code_in_one_step() -> None:
    names = [rule.name for rule in implementing(ParagraphId.parse("IRM 5.19.8.4.7.4(1)"))]
    assert "irm_model.hearings.signatures.check_signatures" in names
