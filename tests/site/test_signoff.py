"""The sign-off ledger (irm_site.signoff): what a sign-off approves, when it still holds, and a hand-edited line.

Plain functions on small feature files and made-up readings, without a site or the ``irm`` command.
"""

from __future__ import annotations

import json
import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from irm_model.paragraphs import ParagraphId
from irm_model.readings import READINGS, Reading, ReadingStatus
from irm_site import signoff
from irm_site.errors import SourceErrors
from irm_site.features import FeatureSpec, load_features
from irm_site.inputs import inputs

P4 = ParagraphId.parse("IRM 5.19.8.4(4)")
P5 = ParagraphId.parse("IRM 5.19.8.4.2(5)")
KNOWN = (P4, P5)
AT = datetime(2026, 3, 2, 14, 5, tzinfo=UTC)
BY = "A. Analyst, SB/SE Collection Policy"

HEADER = """\
Feature: hearings
  Background:
    Given a hearing request
"""
OUTLINE = """
  @IRM:5.19.8.4(4) @slow
  Scenario Outline: a request on day <day> is <verdict>
    When it arrives on day <day>
    Then it is <verdict>

    Examples: the boundary
      | day | verdict |
      | 15  | on time |
      | 16  | late    |
"""
OTHER = """
  @IRM:5.19.8.4.2(5)
  Scenario: another paragraph's scenario
    Then something else holds
"""
RULE = """
  Rule: the request is mailed
    @IRM:5.19.8.4(4)
    Scenario: the request is mailed to the address on the notice
      When it is mailed
      Then it is received
        | channel | day |
        | mail    | 3   |
"""
FIRST = HEADER + OUTLINE + OTHER + RULE
SECOND = """\
@IRM:5.19.8.4(4)
Feature: notes
  Scenario: a note is kept
    Then the note says
      \"\"\"
      offered   the DUT
      \"\"\"
"""


def features(tmp_path: Path, **files: str) -> tuple[FeatureSpec, ...]:
    """The feature files ``name=text`` written under ``tmp_path/features``, parsed."""
    folder = tmp_path / "features"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.feature"):
        old.unlink()
    for name, text in files.items():
        (folder / f"{name}.feature").write_text(text, encoding="utf-8")
    return load_features(folder, tmp_path, KNOWN)


def made_up(key: str, value: object = 15, **changes: Any) -> Reading[Any]:
    """A reading of a made-up register, touching IRM 5.19.8.4(4), named ``key``."""
    fields: dict[str, Any] = {
        "question": f"What does {key} mean?",
        "paragraphs": [str(P4)],
        "taken": f"The {key} reading",
        "value": value,
        "why": f"Because of {key}.",
        **changes,
    }
    reading = Reading[Any](**fields)
    reading.__set_name__(object, key)
    return reading


def ledger_of(*entries: signoff.ParagraphSignoff | signoff.ReadingSignoff) -> signoff.Ledger:
    return signoff.Ledger(signoff.LEDGER_FILE, tuple(enumerate(entries, start=1)))


# What a sign-off approves: the normalized Gherkin ----------------------------------------------------


def test_the_text_is_the_scenarios_of_the_paragraph_with_their_background_rule_tables_and_examples(
    tmp_path: Path,
) -> None:
    text = signoff.scenario_text(P4, features(tmp_path, first=FIRST, second=SECOND))

    assert text == (
        "Scenario Outline: a request on day <day> is <verdict>",
        "  Given a hearing request",
        "  When it arrives on day <day>",
        "  Then it is <verdict>",
        "  Examples: the boundary",
        "    | day | verdict |",
        "    | 15 | on time |",
        "    | 16 | late |",
        "Scenario: a note is kept",
        "  Then the note says",
        '    """',
        "    offered the DUT",
        '    """',
        "Scenario: the request is mailed to the address on the notice",
        "  Rule: the request is mailed",
        "  Given a hearing request",
        "  When it is mailed",
        "  Then it is received",
        "    | channel | day |",
        "    | mail | 3 |",
    )
    assert signoff.scenario_text(P5, features(tmp_path, first=FIRST)) == (
        "Scenario: another paragraph's scenario",
        "  Given a hearing request",
        "  Then something else holds",
    )


def test_whitespace_blank_lines_and_tags_do_not_change_the_text_or_its_hash(tmp_path: Path) -> None:
    before = signoff.snapshot(P4, features(tmp_path, first=FIRST, second=SECOND), ())
    spaced = FIRST.replace("    When it is mailed", "\n      When   it  is mailed\t").replace("@slow", "@wip @slow")
    spaced = spaced.replace("| mail    | 3   |", "|mail|3|")
    after = signoff.snapshot(P4, features(tmp_path, first=spaced, second=SECOND), ())

    assert after.scenarios == before.scenarios
    worded = signoff.snapshot(P4, features(tmp_path, first=FIRST.replace("| 3 ", "| 4 "), second=SECOND), ())
    assert worded.scenarios.sha256 != before.scenarios.sha256  # a value in a table is not whitespace


def test_reordering_scenarios_or_files_and_editing_another_paragraph_change_nothing(tmp_path: Path) -> None:
    before = signoff.snapshot(P4, features(tmp_path, first=FIRST, second=SECOND), ())
    other = OTHER.replace("Then something else holds", "Then something new holds")
    moved = signoff.snapshot(P4, features(tmp_path, a=SECOND, b=HEADER + other + OUTLINE + RULE), ())

    assert moved.scenarios == before.scenarios
    assert signoff.scenario_text(P5, features(tmp_path, b=HEADER + other + OUTLINE + RULE)) == (
        "Scenario: another paragraph's scenario",
        "  Given a hearing request",
        "  Then something new holds",
    )  # the other paragraph's scenario did change, and moved


def test_a_changed_step_changes_the_hash_and_the_diff_names_the_lines_under_their_scenario(tmp_path: Path) -> None:
    before = signoff.snapshot(P4, features(tmp_path, first=FIRST, second=SECOND), ())
    edited = FIRST.replace("      Then it is received\n", "      Then it is refused\n      And it is returned\n")
    after = signoff.snapshot(P4, features(tmp_path, first=edited, second=SECOND), ())

    assert after.scenarios.sha256 != before.scenarios.sha256
    assert signoff.changes(before.scenarios.text, after.scenarios.text) == (
        signoff.DiffLine(" ", "Scenario: the request is mailed to the address on the notice"),
        signoff.DiffLine("-", "  Then it is received"),
        signoff.DiffLine("+", "  Then it is refused"),
        signoff.DiffLine("+", "  And it is returned"),
    )


def test_a_new_scenario_is_added_whole_without_a_heading_above_it() -> None:
    before = ("Scenario: a", "  Then x")
    after = ("Scenario: a", "  Then x", "Scenario: b", "  Then y")

    assert signoff.changes(before, after) == (
        signoff.DiffLine("+", "Scenario: b"),
        signoff.DiffLine("+", "  Then y"),
    )
    assert signoff.changes(after, before) == (
        signoff.DiffLine("-", "Scenario: b"),
        signoff.DiffLine("-", "  Then y"),
    )
    assert signoff.changes(before, before) == ()


def test_two_changes_in_one_scenario_carry_its_heading_once() -> None:
    before = ("Scenario: a", "  Given p", "  When q", "  Then r", "Scenario: b", "  Then s")
    after = ("Scenario: a", "  Given P", "  When q", "  Then R", "Scenario: b", "  Then S")

    assert [(line.sign, line.text) for line in signoff.changes(before, after)] == [
        (" ", "Scenario: a"),
        ("-", "  Given p"),
        ("+", "  Given P"),
        ("-", "  Then r"),
        ("+", "  Then R"),
        (" ", "Scenario: b"),
        ("-", "  Then s"),
        ("+", "  Then S"),
    ]


# The state of a paragraph and of a reading ---------------------------------------------------------


def test_a_paragraph_is_never_reviewed_then_signed_off_then_changed_since(tmp_path: Path) -> None:
    specs = features(tmp_path, first=FIRST, second=SECOND)
    reading = made_up("fifteen")
    now = signoff.snapshot(P4, specs, [reading])
    entry = signoff.paragraph_signoff(now, by=BY, note="read against the memo", commit="abc", at=AT)

    assert signoff.review_paragraph(now, ledger_of()).state == "never reviewed"
    signed = signoff.review_paragraph(now, ledger_of(entry))
    assert (signed.state, signed.signoff, signed.line, signed.diff) == ("signed off", entry, 1, ())
    edited = features(tmp_path, first=FIRST.replace("Then it is <verdict>", "Then it is <verdict> today"))
    changed = signoff.review_paragraph(signoff.snapshot(P4, edited, [reading]), ledger_of(entry))
    assert changed.state == "changed since sign-off"
    assert changed.added == ("  Then it is <verdict> today",)
    assert "  Then it is <verdict>" in changed.removed
    assert changed.readings_changed == ()


def test_a_reading_that_changed_appeared_or_went_changes_the_paragraph_it_touches(tmp_path: Path) -> None:
    specs = features(tmp_path, first=FIRST)
    kept, other = made_up("fifteen"), made_up("weekend", True)
    entry = signoff.paragraph_signoff(signoff.snapshot(P4, specs, [kept, other]), by=BY, commit="abc", at=AT)

    def state(*readings: Reading[Any]) -> tuple[str, tuple[str, ...]]:
        review = signoff.review_paragraph(signoff.snapshot(P4, specs, readings), ledger_of(entry))
        return review.state, review.readings_changed

    assert state(kept, other) == ("signed off", ())
    assert state(kept, made_up("weekend", False)) == ("changed since sign-off", ("weekend",))
    assert state(kept, made_up("weekend", True, why="Another reason.")) == ("changed since sign-off", ("weekend",))
    assert state(kept) == ("changed since sign-off", ("weekend",))
    assert state(kept, other, made_up("new")) == ("changed since sign-off", ("new",))


def test_the_newest_sign_off_of_a_paragraph_is_the_one_that_counts(tmp_path: Path) -> None:
    old = signoff.snapshot(P4, features(tmp_path, first=FIRST), ())
    new = signoff.snapshot(P4, features(tmp_path, first=FIRST.replace("it is mailed", "it is faxed")), ())
    first = signoff.paragraph_signoff(old, by="First, Policy", commit="a", at=AT)
    second = signoff.paragraph_signoff(new, by="Second, Policy", commit="b", at=AT)

    review = signoff.review_paragraph(new, ledger_of(first, second))
    assert (review.state, review.line, review.signoff) == ("signed off", 2, second)
    assert signoff.review_paragraph(new, ledger_of(second, first)).state == "changed since sign-off"


def test_a_reading_is_confirmed_until_its_words_or_value_change() -> None:
    reading = made_up("fifteen", 15)
    entry = signoff.reading_signoff(reading, by=BY, commit="abc", at=AT)

    assert signoff.review_reading(reading, ledger_of()).state == "never reviewed"
    assert signoff.review_reading(reading, ledger_of(entry)).state == "signed off"
    changed = signoff.review_reading(made_up("fifteen", 16), ledger_of(entry))
    assert changed.state == "changed since sign-off"
    assert (changed.removed, changed.added) == (("value: 15",), ("value: 16",))
    assert signoff.review_reading(made_up("other", 15), ledger_of(entry)).state == "never reviewed"


def test_the_hash_of_a_reading_covers_its_question_reading_value_why_and_status() -> None:
    base = signoff.reading_content(made_up("x")).sha256
    assert signoff.reading_content(made_up("x")).sha256 == base
    for change in (
        {"question": "Another question?"},
        {"taken": "Another reading"},
        {"why": "Another reason."},
        {"status": ReadingStatus.CONFIRMED, "confirmed_by": BY, "confirmed_on": AT.date()},
    ):
        assert signoff.reading_content(made_up("x", **change)).sha256 != base, change
    assert signoff.reading_content(made_up("x", 16)).sha256 != base
    assert signoff.reading_content(made_up("x", {"b": 1, "a": 2})).sha256 == (
        signoff.reading_content(made_up("x", {"a": 2, "b": 1})).sha256
    )  # the value's JSON with sorted keys


# The file --------------------------------------------------------------------------------------------


def test_each_sign_off_is_one_json_line_appended_and_read_back_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / signoff.LEDGER_FILE
    now = signoff.snapshot(P4, features(tmp_path, first=FIRST), [made_up("fifteen")])
    entry = signoff.paragraph_signoff(now, by=BY, note="ok", commit="abc", at=AT)
    confirmed = signoff.reading_signoff(READINGS[0], by=BY, commit="abc", at=AT)

    assert signoff.append(path, entry) == 1
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n"), encoding="utf-8")  # an editor's last line
    assert signoff.append(path, confirmed) == 2
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert list(json.loads(lines[0]))[:5] == ["paragraph", "by", "at", "note", "commit"]  # who and when come first
    assert json.loads(lines[0])["at"] == "2026-03-02T14:05:00Z"
    read = signoff.read_ledger(path, paragraphs=KNOWN, readings={READINGS[0].key, "fifteen"})
    assert read.entries == ((1, entry), (2, confirmed))
    assert signoff.read_ledger(tmp_path / "none.jsonl", paragraphs=KNOWN, readings=()).entries == ()


def _tampered(text: str, change: str) -> str:
    data = json.loads(text)
    if change == "scenario hash":
        data["scenarios"]["sha256"] = "0" * 64
    elif change == "scenario text":
        data["scenarios"]["text"][1] = "  Then it is whatever I like"
    elif change == "reading hash in a paragraph's sign-off":
        data["readings"][0]["content"]["value"] = 16
    elif change == "a reading's hash":
        data["content"]["taken"] = "Another reading"
    elif change == "unknown paragraph":
        data["paragraph"] = "IRM 5.19.8.4(5)"
    elif change == "malformed paragraph":
        data["paragraph"] = "IRM 5.19.8.4 (4)"
    elif change == "unknown reading":
        data["reading"] = "fifteen_mib"
    elif change == "missing field":
        del data["by"]
    return json.dumps(data)


MISTAKES: dict[str, tuple[str, str]] = {
    "not JSON": ("paragraph", r"this line is not JSON \("),
    "not an object": ("paragraph", r"this line is not a sign-off \(not a JSON object\)"),
    "missing field": ("paragraph", r"this line is not a paragraph's sign-off \(Field required at by\)"),
    "malformed paragraph": ("paragraph", r"the sign-off names 'IRM 5\.19\.8\.4 \(4\)' is not a paragraph id"),
    "unknown paragraph": (
        "paragraph",
        r"the sign-off names IRM 5\.19\.8\.4\(5\), which is not a paragraph the memorandum changes",
    ),
    "unknown reading": (
        "reading",
        r"the sign-off names the reading 'fifteen_mib', which is not in the readings register",
    ),
    "scenario hash": (
        "paragraph",
        r"the hash of the scenarios of IRM 5\.19\.8\.4\(4\) matches nothing: not the Gherkin text recorded beside it",
    ),
    "scenario text": ("paragraph", r"the hash of the scenarios of IRM 5\.19\.8\.4\(4\) matches nothing"),
    "reading hash in a paragraph's sign-off": (
        "paragraph",
        r"the hash of the reading 'fifteen' in the sign-off of IRM 5\.19\.8\.4\(4\) matches nothing",
    ),
    "a reading's hash": ("reading", r"the hash of the reading 'fifteen' matches nothing"),
}


@pytest.mark.parametrize("mistake", MISTAKES, ids=MISTAKES.keys())
def test_a_hand_edited_line_gets_one_message_naming_the_file_the_line_and_what_to_do(
    tmp_path: Path, mistake: str
) -> None:
    kind, message = MISTAKES[mistake]
    reading = made_up("fifteen")
    now = signoff.snapshot(P4, features(tmp_path, first=FIRST), [reading])
    good = signoff.paragraph_signoff(now, by=BY, commit="abc", at=AT)
    edited = good if kind == "paragraph" else signoff.reading_signoff(reading, by=BY, commit="abc", at=AT)
    path = tmp_path / signoff.LEDGER_FILE
    signoff.append(path, good)
    signoff.append(path, good)
    signoff.append(path, edited)
    lines = path.read_text(encoding="utf-8").splitlines()
    if mistake == "not JSON":
        lines[2] = lines[2][: len(lines[2]) // 2]
    elif mistake == "not an object":
        lines[2] = "[]"
    else:
        lines[2] = _tampered(lines[2], mistake)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    with pytest.raises(SourceErrors) as raised:
        signoff.read_ledger(path, paragraphs=KNOWN, readings={"fifteen"})

    [error] = raised.value.errors  # the two good lines above it are read
    assert (error.path, error.line) == ("signoff.jsonl", 3)
    assert str(error).startswith("signoff.jsonl:3: ")
    assert re.search(message, error.problem), error.problem
    assert "irm signoff" in error.fix or "delete the line" in error.fix


def test_every_broken_line_is_named_and_a_blank_line_is_not_a_mistake(tmp_path: Path) -> None:
    path = tmp_path / signoff.LEDGER_FILE
    path.write_text("{oops\n\n[]\n", encoding="utf-8")

    with pytest.raises(SourceErrors) as raised:
        signoff.read_ledger(path, paragraphs=KNOWN, readings=())
    assert [error.line for error in raised.value.errors] == [1, 3]


def test_another_manuals_ledger_is_checked_against_the_paragraphs_its_pages_show(tmp_path: Path) -> None:
    path = tmp_path / signoff.LEDGER_FILE
    now = signoff.snapshot(P5, features(tmp_path, first=FIRST), ())
    signoff.append(path, signoff.paragraph_signoff(now, by=BY, commit="abc", at=AT))
    ledger = signoff.read_ledger(path, paragraphs=None, readings=())

    assert signoff.unknown_paragraphs(ledger, [P5]) == []
    [error] = signoff.unknown_paragraphs(ledger, [P4])
    assert str(error).startswith("signoff.jsonl:1: the sign-off names IRM 5.19.8.4.2(5), which no page shows. ")


# Where it is made --------------------------------------------------------------------------------------


def test_the_commit_is_head_in_a_git_checkout_and_unknown_outside_one(tmp_path: Path) -> None:
    assert signoff.head_commit(tmp_path) == "unknown"

    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=tmp_path, capture_output=True, text=True, check=True)
        return done.stdout.strip()

    git("init", "-q")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "--allow-empty", "-m", "x")
    assert signoff.head_commit(tmp_path) == git("rev-parse", "HEAD")
    assert len(signoff.head_commit(tmp_path)) == 40


def test_a_sign_off_does_not_make_the_scenarios_run_again(tmp_path: Path) -> None:
    features(tmp_path, first=FIRST)
    before = inputs(tmp_path)
    (tmp_path / signoff.LEDGER_FILE).write_text('{"paragraph": "x"}\n', encoding="utf-8")
    assert inputs(tmp_path) == before
    (tmp_path / "features" / "first.feature").write_text(FIRST + "\n", encoding="utf-8")
    assert inputs(tmp_path) != before  # what does count still counts
