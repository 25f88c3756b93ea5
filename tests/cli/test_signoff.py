"""``irm signoff`` and ``irm check --approved``: policy staff's approval of the scenarios, recorded and gated on."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.readings import readings_touching
from irm_site import signoff
from irm_site.features import load_features
from tests.cli.running import irm
from tests.cli.test_check import record_run

ROOT = Path(__file__).resolve().parents[2]
PARAGRAPH = "IRM 25.12.1.1.5(5)"
FEATURE = "features/irm-25.12.1.1.5.feature"
BY = "A. Analyst, SB/SE Collection Policy"
STEP = "    Then postal mail may not be offered yet\n"
EDITED = "    Then postal mail may not be offered before each tool was declined\n"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the features, as a project's folder (not a git checkout)."""
    shutil.copytree(ROOT / "features", tmp_path / "features")
    return tmp_path


def ledger(project: Path) -> list[dict[str, Any]]:
    path = project / signoff.LEDGER_FILE
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def sign_off_the_others(project: Path) -> None:
    """Every paragraph but PARAGRAPH signed off as it stands (as ``irm signoff`` would, without 37 runs of it)."""
    specs = load_features(project / "features", project, MEMO_PARAGRAPHS)
    for paragraph in MEMO_PARAGRAPHS:
        if str(paragraph) != PARAGRAPH:
            now = signoff.snapshot(paragraph, specs, readings_touching(paragraph))
            signoff.append(project / signoff.LEDGER_FILE, signoff.paragraph_signoff(now, by=BY, commit="abc"))


def edit_step(project: Path) -> None:
    feature = project / FEATURE
    text = feature.read_text(encoding="utf-8")
    assert text.count(STEP) == 1, f"{FEATURE} no longer holds {STEP!r}: update this test"
    feature.write_text(text.replace(STEP, EDITED), encoding="utf-8")


def status_of(project: Path) -> dict[str, str]:
    """``irm signoff --status``: each paragraph's line after its id, and the counts."""
    ran = irm("signoff", "--status", cwd=project)
    assert (ran.status, ran.err) == (0, "")
    lines = ran.out.splitlines()
    found = {line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in lines if ": " in line}
    assert len([line for line in lines if not line.startswith("reading ")]) == len(MEMO_PARAGRAPHS) + 2
    return found


def test_a_sign_off_is_one_line_of_the_ledger_and_status_says_signed_off(project: Path) -> None:
    ran = irm("signoff", PARAGRAPH, "--by", BY, "--note", "read against the memo", cwd=project)

    assert (ran.status, ran.err) == (0, "")
    assert ran.out.startswith(f"signed off {PARAGRAPH} (8 scenario(s), 1 reading(s)) by {BY} at ")
    assert "signoff.jsonl line 1. Commit signoff.jsonl with the change it approves." in ran.out
    [entry] = ledger(project)
    assert (entry["paragraph"], entry["by"], entry["note"], entry["commit"]) == (
        PARAGRAPH,
        BY,
        "read against the memo",
        "unknown",  # not a git checkout
    )
    assert str(entry["at"]).endswith("Z")
    assert STEP.strip() in [line.strip() for line in entry["scenarios"]["text"]]
    assert [reading["key"] for reading in entry["readings"]] == ["severity"]

    status = status_of(project)
    assert status[PARAGRAPH].startswith(f"signed off by {BY} on ")
    assert status[PARAGRAPH].endswith("(signoff.jsonl:1)")
    assert status["IRM 5.19.16.8(4)"] == "never reviewed"
    assert status[f"{len(MEMO_PARAGRAPHS)} paragraphs"] == "1 signed off, 0 changed since sign-off, 37 never reviewed"


def test_a_changed_step_is_changed_since_sign_off_and_fails_check_approved_with_its_lines(project: Path) -> None:
    assert irm("signoff", PARAGRAPH, "--by", BY, cwd=project).status == 0
    sign_off_the_others(project)
    record_run(project)
    before = irm("check", "--approved", cwd=project)
    assert (before.status, before.out.splitlines()[-1]) == (
        0,
        "All 38 paragraphs are signed off as they stand (signoff.jsonl)",
    )

    edit_step(project)
    record_run(project)  # the scenarios pass: only the approval is missing

    status = status_of(project)
    assert status[PARAGRAPH].startswith(f"changed since sign-off by {BY} on ")
    assert status[PARAGRAPH].endswith("(signoff.jsonl:1): 1 Gherkin line(s) added, 1 removed")
    assert status["38 paragraphs"] == "37 signed off, 1 changed since sign-off, 0 never reviewed"
    ran = irm("check", "--approved", cwd=project)
    assert (ran.status, ran.err) == (1, "")
    lines = ran.out.splitlines()
    assert lines[0].startswith("All 38 paragraphs the memorandum changes are proved")
    assert lines[1].startswith(f"{PARAGRAPH} changed since its sign-off by {BY} on ")
    assert lines[2:5] == [
        "    Scenario: postal mail before the digital tools were offered and declined is too early",
        "  -   Then postal mail may not be offered yet",
        "  +   Then postal mail may not be offered before each tool was declined",
    ]
    assert lines[5:] == [
        "1 of 38 paragraphs is not signed off as they stand (signoff.jsonl): "
        "after review, irm signoff 'PARAGRAPH' --by \"NAME, ROLE\""
    ]
    plain = irm("check", cwd=project)  # without --approved, the check is the coverage gate alone
    assert (plain.status, plain.out.count("\n")) == (0, 1)

    assert irm("signoff", PARAGRAPH, "--by", BY, "--note", "re-read", cwd=project).status == 0  # re-approved
    assert status_of(project)[PARAGRAPH].endswith(f"(signoff.jsonl:{len(MEMO_PARAGRAPHS) + 1})")
    assert irm("check", "--approved", cwd=project).status == 0


def test_never_reviewed_paragraphs_are_listed_and_fail_check_approved(project: Path) -> None:
    record_run(project)

    status = status_of(project)
    assert all(status[str(paragraph)] == "never reviewed" for paragraph in MEMO_PARAGRAPHS)
    assert status["38 paragraphs"] == "0 signed off, 0 changed since sign-off, 38 never reviewed"
    assert status["reading fifteen_mb"] == "never reviewed"
    ran = irm("check", "--approved", cwd=project)
    assert ran.status == 1
    named = [line for line in ran.out.splitlines() if line.endswith(" was never signed off by policy staff")]
    assert [ParagraphId.parse(line.split(" was ")[0]) for line in named] == list(MEMO_PARAGRAPHS)
    assert irm("check", cwd=project).status == 0


def test_a_reading_is_confirmed_in_the_same_ledger(project: Path) -> None:
    ran = irm("signoff", "--reading", "fifteen_mb", "--by", BY, cwd=project)

    assert (ran.status, ran.err) == (0, "")
    [entry] = ledger(project)
    assert (entry["reading"], entry["by"]) == ("fifteen_mb", BY)
    assert len(str(entry["sha256"])) == 64
    status = status_of(project)
    assert status["reading fifteen_mb"].startswith(f"signed off by {BY} on ")
    assert status["reading day_zero"] == "never reviewed"
    assert status["38 paragraphs"] == "0 signed off, 0 changed since sign-off, 38 never reviewed"


REFUSED: dict[str, tuple[tuple[str, ...], str]] = {
    "a malformed paragraph id": (
        ("IRM 25.12.1.1.5 (5)", "--by", BY),
        "irm signoff: 'IRM 25.12.1.1.5 (5)' is not a paragraph id; write it as ",
    ),
    "a paragraph the memo does not change": (
        ("IRM 25.12.1.1.5(6)", "--by", BY),
        "irm signoff: IRM 25.12.1.1.5(6) is not a paragraph the memorandum changes; give one of the paragraphs "
        "irm signoff --status lists\n",
    ),
    "an unknown reading": (
        ("--reading", "fifteen_mib", "--by", BY),
        "irm signoff: there is no reading 'fifteen_mib' in the register; give the key shown under its entry on the "
        "readings page (irm signoff --status lists them)\n",
    ),
    "no --by": ((PARAGRAPH,), 'irm signoff: give who signs off as --by "NAME, ROLE"'),
    "a name without a role": (
        (PARAGRAPH, "--by", "A. Analyst"),
        'irm signoff: give who signs off as --by "NAME, ROLE"',
    ),
    "a role without a name": ((PARAGRAPH, "--by", " , Policy"), 'irm signoff: give who signs off as --by "NAME, ROLE"'),
    "a paragraph and --status": ((PARAGRAPH, "--status"), "irm signoff: give one of a paragraph"),
    "nothing to sign off": ((), "irm signoff: give one of a paragraph"),
}


@pytest.mark.parametrize("case", REFUSED, ids=REFUSED.keys())
def test_a_mistake_on_the_command_line_is_one_line_exit_2_and_nothing_recorded(project: Path, case: str) -> None:
    args, message = REFUSED[case]
    ran = irm("signoff", *args, cwd=project)

    assert (ran.status, ran.out) == (2, "")
    assert ran.err.startswith(message)
    assert ran.err.count("\n") == 1
    assert not (project / signoff.LEDGER_FILE).exists()


def test_a_paragraph_with_no_scenario_is_refused(project: Path) -> None:
    (project / FEATURE).unlink()

    ran = irm("signoff", PARAGRAPH, "--by", BY, cwd=project)

    assert (ran.status, ran.out) == (2, "")
    assert ran.err == (
        f"irm signoff: {PARAGRAPH} has no scenario (none is tagged @IRM:25.12.1.1.5(5)); write its scenarios first, "
        "then review and sign them off\n"
    )
    assert irm("signoff", "IRM 5.19.16.8(4)", "--by", BY, cwd=project).status == 0  # one that has scenarios


def test_a_hand_edited_ledger_is_named_by_line_and_stops_signoff_and_check_approved(project: Path) -> None:
    record_run(project)
    assert irm("signoff", PARAGRAPH, "--by", BY, cwd=project).status == 0
    path = project / signoff.LEDGER_FILE
    entry = ledger(project)[0]
    entry["paragraph"] = "IRM 25.12.1.1.5(9)"
    path.write_text(path.read_text(encoding="utf-8") + json.dumps(entry) + "\n", encoding="utf-8")
    expected = (
        "signoff.jsonl:2: the sign-off names IRM 25.12.1.1.5(9), which is not a paragraph the memorandum changes. "
        "Correct the id (the traceability page lists the paragraphs), or delete the line if the paragraph is no "
        "longer one the site shows.\n"
    )

    for args, command in [(("signoff", "--status"), "signoff"), (("check", "--approved"), "check")]:
        ran = irm(*args, cwd=project)
        assert (ran.status, ran.out) == (2, "")
        assert ran.err == f"irm {command}: the sign-off ledger has mistakes:\n{expected}"
    ran = irm("signoff", "IRM 5.19.16.8(4)", "--by", BY, cwd=project)
    assert ran.status == 2
    assert len(ledger(project)) == 2  # nothing appended to a ledger with mistakes
    assert irm("check", cwd=project).status == 0  # the coverage gate alone does not read the ledger


def test_the_root_and_features_options_reach_a_project_elsewhere(project: Path) -> None:
    (project / "features").rename(project / "scenarios")
    elsewhere = ["--root", str(project), "--features", "scenarios"]

    assert irm("signoff", PARAGRAPH, "--by", BY, *elsewhere, cwd=project.parent).status == 0
    assert (project / signoff.LEDGER_FILE).is_file()
    ran = irm("signoff", "--status", *elsewhere, cwd=project.parent)
    assert f"{PARAGRAPH}: signed off by {BY}" in ran.out
    missing = irm("signoff", "--status", cwd=project.parent)
    assert missing.status == 2
    assert missing.err.startswith("irm signoff: features: there is no folder of feature files;")


def test_the_commit_checked_out_is_recorded(project: Path) -> None:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=project, capture_output=True, text=True, check=True)
        return done.stdout.strip()

    git("init", "-q")
    git("add", "features")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "features")

    assert irm("signoff", PARAGRAPH, "--by", BY, cwd=project).status == 0
    assert ledger(project)[0]["commit"] == git("rev-parse", "HEAD")
