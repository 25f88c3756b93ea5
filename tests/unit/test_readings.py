"""The readings register: every reading the model takes where the memo is silent is here, and is used."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

import irm_model
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.readings import READINGS, Reading, Readings, ReadingStatus, readings_touching

MODEL = Path(irm_model.__file__).parent


def _uses() -> set[str]:
    """The readings the model's code reads: ``Readings.<key>`` anywhere but the register itself."""
    used: set[str] = set()
    for path in MODEL.rglob("*.py"):
        if path.name == "readings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "Readings":
                used.add(node.attr)
    return used


def test_every_reading_in_the_register_is_used_by_the_model() -> None:
    unused = sorted({reading.key for reading in READINGS} - _uses())
    assert not unused, f"readings the model never reads: {unused}; wire them into the rule they decide, or drop them"


def test_the_model_reads_no_reading_the_register_lacks() -> None:
    assert _uses() <= {reading.key for reading in READINGS}


def test_every_reading_touches_paragraphs_the_memo_changes_and_says_why() -> None:
    assert READINGS
    for reading in READINGS:
        assert reading.paragraphs, reading
        assert set(reading.paragraphs) <= set(MEMO_PARAGRAPHS), reading
        assert "?" in reading.question, reading
        assert reading.taken, reading
        assert reading.why, reading


def test_the_readings_the_issue_names_are_in_the_register() -> None:
    keys = {reading.key for reading in READINGS}
    assert {
        "fifteen_mb",
        "day_zero",
        "weekend_extends",
        "period_past_expiration",
        "expiration_day",
        "sent_evidence",
        "filed_means",
        "severity",
        "jpeg_refused",
        "extension_case",
        "access_code_case",
        "access_code_lifetime",
        "access_code_masked",
        "unsigned_applies_to_equivalent",
        "if_available_struck",
        "fax_is_digital",
        "appropriate_judged_by",
        "audience",
    } <= keys


def test_a_paragraph_finds_the_readings_that_touch_it() -> None:
    touching = readings_touching(ParagraphId.parse("IRM 5.19.1.2(15)"))
    assert Readings.fifteen_mb in touching
    assert Readings.day_zero not in touching
    assert readings_touching(ParagraphId.parse("IRM 5.18.2.1.6")) == ()


def test_a_reading_is_awaiting_policy_confirmation_until_someone_confirms_it() -> None:
    assert Readings.fifteen_mb.status is ReadingStatus.AWAITING
    confirmed = Reading[int](
        question="Q?",
        paragraphs=("IRM 5.19.1.2(15)",),
        taken="T",
        value=1,
        why="W",
        status=ReadingStatus.CONFIRMED,
        confirmed_by="A. Analyst, Policy",
        confirmed_on=date(2026, 11, 28),
    )
    assert confirmed.as_data()["confirmed_by"] == "A. Analyst, Policy"
    assert confirmed.as_data()["confirmed_on"] == "2026-11-28"
    with pytest.raises(ValueError, match="names who confirmed it and when"):
        Reading[int](
            question="Q?",
            paragraphs=("IRM 5.19.1.2(15)",),
            taken="T",
            value=1,
            why="W",
            status=ReadingStatus.CONFIRMED,
        )
    with pytest.raises(ValueError, match="names who confirmed it and when"):
        Reading[int](question="Q?", paragraphs=(), taken="T", value=1, why="W", confirmed_by="Someone")


def test_a_reading_as_data_for_the_site_and_traceability() -> None:
    assert Readings.fifteen_mb.as_data() == {
        "key": "fifteen_mb",
        "question": Readings.fifteen_mb.question,
        "paragraphs": ["IRM 5.18.2.1.5(7)", "IRM 5.19.1.2(15)", "IRM 5.19.11.3.2.5(2)"],
        "taken": Readings.fifteen_mb.taken,
        "why": Readings.fifteen_mb.why,
        "status": "awaiting policy confirmation",
        "confirmed_by": None,
        "confirmed_on": None,
    }
    assert repr(Readings.fifteen_mb) == "Reading('fifteen_mb')"
