"""The reason catalogues: one code, one paragraph, one sentence; reasons only ever made from a catalogue."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import irm_model
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.reasons import Catalogue, Decision, Reason, ReasonSpec, catalogues, reason_about, reason_spec

MODEL = Path(irm_model.__file__).parent


def _sources() -> list[Path]:
    return sorted(MODEL.rglob("*.py"))


def _codes() -> list[str]:
    return [spec.code for catalogue in catalogues() for spec in catalogue.specs]


def test_every_module_with_reasons_has_its_catalogue_loaded() -> None:
    modules = {catalogue.__module__ for catalogue in catalogues()}
    assert {"irm_model.contact", "irm_model.memo", "irm_model.days", "irm_model.secure_messaging"} <= modules
    assert any(module.startswith("irm_model.hearings") for module in modules)
    assert any(module.startswith("irm_model.upload") for module in modules)


def test_a_code_belongs_to_one_catalogue_entry_only() -> None:
    codes = _codes()
    twice = sorted({code for code in codes if codes.count(code) > 1})
    assert not twice, f"these codes are defined twice, with a sentence each: {twice}"


def test_reasons_are_made_only_from_a_catalogue() -> None:
    """No module builds a Reason by hand: a second place could give a code a second sentence."""
    found = []
    for path in _sources():
        if path.name == "reasons.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Reason":
                found.append(f"{path.relative_to(MODEL)}:{node.lineno}")
    assert not found, f"Reason(...) built outside a catalogue at {found}"


def test_no_code_is_also_written_as_a_string() -> None:
    """A code is the name of its catalogue attribute; the same code as a string literal would be a second source."""
    codes = set(_codes())
    found = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in codes:
                found.append(f"{path.relative_to(MODEL)}:{node.lineno} {node.value!r}")
    assert not found, found


def test_every_entry_cites_paragraphs_the_memo_changes() -> None:
    for catalogue in catalogues():
        for spec in catalogue.specs:
            assert set(spec.paragraphs) <= set(MEMO_PARAGRAPHS), spec


def test_the_words_scenarios_use_for_a_reason_name_one_entry() -> None:
    abouts = [spec.about for catalogue in catalogues() for spec in catalogue.specs if spec.about]
    assert len(abouts) == len(set(abouts))
    assert reason_about("holding back postal mail").code == "digital_not_yet_offered"
    with pytest.raises(KeyError) as missing:
        reason_about("nothing the catalogues say")
    assert missing.value.args == ("nothing the catalogues say",)


def test_an_entry_is_found_by_its_code() -> None:
    assert reason_spec("guidance_expired").paragraph == ParagraphId.memo(1)
    with pytest.raises(KeyError) as missing:
        reason_spec("no_such_code")
    assert missing.value.args == ("no_such_code",)


class _Example(Catalogue):
    stated = ReasonSpec("IRM 5.19.1.2(13)", "Offer {tool} first", also_in=("IRM 5.19.16.8(4)",), force="must")


def test_an_entry_makes_its_reason_citing_its_paragraph_or_a_restatement() -> None:
    assert _Example.stated(tool="the DUT") == Reason(
        code="stated", paragraph=ParagraphId.parse("IRM 5.19.1.2(13)"), text="Offer the DUT first", force="must"
    )
    assert _Example.stated(ParagraphId.parse("IRM 5.19.16.8(4)"), tool="EEFax").paragraph == ParagraphId.parse(
        "IRM 5.19.16.8(4)"
    )
    with pytest.raises(ValueError, match=r"is not stated in IRM 5\.19\.2\.2\.1"):
        _Example.stated(ParagraphId.parse("IRM 5.19.2.2.1(1)"), tool="EEFax")
    assert _Example.specs == (_Example.stated,)
    assert repr(_Example.stated) == "ReasonSpec('stated', 'IRM 5.19.1.2(13)')"


def test_a_decision_lists_its_codes_and_cites_once_each_in_order() -> None:
    first, second = _Example.stated(tool="A"), _Example.stated(ParagraphId.parse("IRM 5.19.16.8(4)"), tool="B")
    decision = Decision(outcome=True, reasons=(first, second, first))
    assert decision.codes == ("stated",)
    assert decision.cites == (ParagraphId.parse("IRM 5.19.1.2(13)"), ParagraphId.parse("IRM 5.19.16.8(4)"))
    assert (decision.applies, decision.rule) == (True, None)
    assert str(first) == "Offer A first (IRM 5.19.1.2(13))"
