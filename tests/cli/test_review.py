"""``irm review`` on real files: the report, the summary, ``--json``, malformed records and identifier traps."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.cli.running import GOOD, IRM, POSTAL_FIRST, irm, jsonl, record

DEVIATION_ONLY = record(
    id="postal-early",
    program="IRM 5.19.8.4(4)",
    preference=None,
    events=[
        {"event": "offered", "channel": "DUT"},
        {"event": "encouraged"},
        {"event": "answered", "channel": "DUT", "answer": "will not use"},
        {"event": "offered", "channel": "postal mail"},
        {"event": "answered", "channel": "postal mail", "answer": "accepted"},
        {"event": "choice documented"},
    ],
)
"""Postal mail offered before EEFax under a paragraph that says only "should" of it: a deviation."""


def test_records_that_meet_the_guidance_exit_0(tmp_path: Path) -> None:
    jsonl(tmp_path / "day.jsonl", GOOD, record(id="good-2", party="representative"))
    ran = irm("review", "day.jsonl", cwd=tmp_path)
    assert ran.status == 0
    assert ran.out.splitlines()[:2] == [
        "day.jsonl:1 [good-1]: meets the guidance",
        "day.jsonl:2 [good-2]: meets the guidance",
    ]
    assert "Summary: 2 records in 1 file" in ran.out
    assert ran.err == ""


def test_a_violation_is_reported_with_its_force_and_paragraphs_and_exits_1(tmp_path: Path) -> None:
    jsonl(tmp_path / "day.jsonl", GOOD, POSTAL_FIRST)
    ran = irm("review", "day.jsonl", cwd=tmp_path)
    assert ran.status == 1
    lines = ran.out.splitlines()
    assert lines[1] == "day.jsonl:2 [postal-first]: does not meet the guidance: 3 violations"
    assert lines[2] == (
        "  violation: No digital tool was offered though Document Upload Tool (DUT), Enterprise e-Fax system (EEFax) "
        "were available (no_digital_offered)"
    )
    assert lines[3] == '    cites IRM 5.19.1.2(13) "must offer"; SBSE-05-0126-0020(1) "are required to offer"'
    assert "  violation: Postal mail was offered before every available digital tool was offered" in ran.out
    assert 'SBSE-05-0126-0020(2) "should be the last resort"' in ran.out


def test_a_deviation_alone_is_reported_and_exits_0(tmp_path: Path) -> None:
    jsonl(tmp_path / "day.jsonl", DEVIATION_ONLY)
    ran = irm("review", "day.jsonl", cwd=tmp_path)
    assert ran.status == 0
    assert "day.jsonl:1 [postal-early]: does not meet the guidance: 1 deviation" in ran.out
    assert "  deviation: Postal mail was offered before every available digital tool was offered" in ran.out
    assert (
        '    cites IRM 5.19.8.4(4) "should be the last resort option"; SBSE-05-0126-0020(2) "should be the last resort"'
        in ran.out
    )


def test_the_summary_table_counts_records_and_findings(tmp_path: Path) -> None:
    jsonl(tmp_path / "a.jsonl", GOOD, POSTAL_FIRST, DEVIATION_ONLY)
    jsonl(tmp_path / "b.jsonl", record(date="2025-12-01", id="before"), "{not json")
    ran = irm("review", "a.jsonl", "b.jsonl", cwd=tmp_path)
    summary = ran.out.split("Summary: ", 1)[1].splitlines()
    assert summary[0] == "5 records in 2 files"
    rows = dict(re.findall(r"^  (\S.*?) {2,}(\d[\d,]*)$", ran.out.split("Summary: ", 1)[1].split("finding")[0], re.M))
    assert rows == {
        "meet the guidance": "1",
        "deviations only": "1",
        "violations": "1",
        "not in force on their day": "1",
        "cannot be read": "1",
    }
    findings = [line.split() for line in summary[summary.index("") + 2 :]]
    assert findings == [
        ["choice_not_documented", "violation", "1"],
        ["no_digital_offered", "violation", "1"],
        ["postal_mail_too_early", "violation", "1"],
        ["postal_mail_too_early", "deviation", "1"],
    ]
    assert "b.jsonl:1 [before]: not reviewed: The interim guidance is effective as of January 26, 2026" in ran.out


def test_a_record_that_cannot_be_read_gets_one_line_and_the_others_are_reviewed(tmp_path: Path) -> None:
    jsonl(
        tmp_path / "day.jsonl",
        GOOD,
        record(program="IRM 5.19.1.2(99)"),
        record(tools_available=["DUT", "Carrier pigeon"]),
        record(events=[{"event": "answered", "channel": "DUT", "answer": "accepted"}]),
        record(date="2026-02-30"),
        record(party=None),
        '{"format_version": 1, "program": ',
        record(id="good-last"),
    )
    ran = irm("review", "day.jsonl", cwd=tmp_path)
    assert ran.status == 2  # nothing worse than records that cannot be read
    lines = ran.out.splitlines()
    assert lines[0] == "day.jsonl:1 [good-1]: meets the guidance"
    assert lines[1] == (
        "day.jsonl:2: cannot be read: program: IRM 5.19.1.2(99) is not an IRM paragraph the memorandum changes; "
        "work the contact under one of them"
    )
    assert lines[2].startswith(
        "day.jsonl:3: cannot be read: tools_available[1]: is not a digital tool the memorandum names"
    )
    assert lines[3] == (
        "day.jsonl:4: cannot be read: events[0]: Document Upload Tool (DUT) was never offered, so it cannot be "
        "answered; record the offer before its answer"
    )
    assert lines[4] == "day.jsonl:5: cannot be read: date: there is no such day in the calendar"
    assert lines[5] == "day.jsonl:6: cannot be read: party: is missing; add it"
    assert lines[6].startswith("day.jsonl:7: cannot be read: the line is not valid JSON (")
    assert lines[7] == "day.jsonl:8 [good-last]: meets the guidance"
    assert "Carrier pigeon" not in ran.both
    assert re.search(r"^  cannot be read +6$", ran.out, re.M)


def test_a_violation_outranks_records_that_cannot_be_read(tmp_path: Path) -> None:
    jsonl(tmp_path / "day.jsonl", POSTAL_FIRST, record(party=None))
    assert irm("review", "day.jsonl", cwd=tmp_path).status == 1


@pytest.mark.parametrize(
    ("field", "secret"),
    [("note", "SSN 123-45-6789"), ("id", "12-3456789"), ("note", "acct 123456789"), ("id", 987654321)],
)
@pytest.mark.parametrize("as_json", [False, True])
def test_a_taxpayer_identifier_is_refused_and_never_echoed(
    tmp_path: Path, field: str, secret: str | int, as_json: bool
) -> None:
    changes: dict[str, Any] = {field: secret}
    jsonl(tmp_path / "day.jsonl", GOOD, record(**changes), record(id="after"))
    ran = irm("review", "day.jsonl", *(["--json"] if as_json else []), cwd=tmp_path)
    assert ran.status == 2
    digits = "".join(ch for ch in str(secret) if ch.isdigit())
    for shown in (str(secret), str(secret).split()[-1], digits):
        assert shown not in ran.both
    if as_json:
        second = json.loads(ran.out)["records"][1]
        assert second["problems"][0]["code"] == "taxpayer_identifier"
        assert second["problems"][0]["field"] == field
        assert second["problems"][0]["problem"].startswith("holds what looks like a taxpayer identifier")
    else:
        assert ran.out.splitlines()[1] == (
            f"day.jsonl:2: cannot be read: {field}: holds what looks like a taxpayer identifier (an SSN or ITIN "
            "NNN-NN-NNNN, an EIN NN-NNNNNNN, or nine digits in a row); records carry none: remove it"
        )
        assert ran.out.splitlines()[2] == "day.jsonl:3 [after]: meets the guidance"


def test_an_identifier_in_a_line_that_is_not_json_is_not_echoed(tmp_path: Path) -> None:
    jsonl(tmp_path / "day.jsonl", '{"note": "123-45-6789", oops}')
    ran = irm("review", "day.jsonl", cwd=tmp_path)
    assert ran.status == 2
    assert "123-45-6789" not in ran.both
    assert ran.out.startswith("day.jsonl:1: cannot be read: the line is not valid JSON")


def test_json_output_is_one_document(tmp_path: Path) -> None:
    jsonl(tmp_path / "day.jsonl", GOOD, POSTAL_FIRST, DEVIATION_ONLY, record(party=None), record(date="2025-06-01"))
    ran = irm("review", "day.jsonl", "--json", cwd=tmp_path)
    assert ran.status == 1
    report = json.loads(ran.out)
    assert report["format_version"] == 1
    statuses = [(r["line"], r["status"]) for r in report["records"]]
    assert statuses == [
        (1, "meets_guidance"),
        (2, "violations"),
        (3, "deviations"),
        (4, "unreadable"),
        (5, "not_in_force"),
    ]
    good, postal, deviation, unreadable, early = report["records"]
    assert (good["id"], good["program"], good["date"], good["findings"]) == (
        "good-1",
        "IRM 5.19.1.2(13)",
        "2026-03-02",
        [],
    )
    first = postal["findings"][0]
    assert first == {
        "code": "no_digital_offered",
        "severity": "violation",
        "text": "No digital tool was offered though Document Upload Tool (DUT), Enterprise e-Fax system (EEFax) were "
        "available",
        "cites": [
            {"paragraph": "IRM 5.19.1.2(13)", "force": "must offer"},
            {"paragraph": "SBSE-05-0126-0020(1)", "force": "are required to offer"},
        ],
    }
    assert [f["severity"] for f in deviation["findings"]] == ["deviation"]
    assert unreadable["problems"] == [{"field": "party", "code": "missing", "problem": "is missing; add it"}]
    assert early["reasons"][0]["code"] == "guidance_not_yet_effective"
    summary = report["summary"]
    assert {key: summary[key] for key in ("records", "meets_guidance", "violations", "deviations", "unreadable")} == {
        "records": 5,
        "meets_guidance": 1,
        "violations": 1,
        "deviations": 1,
        "unreadable": 1,
    }
    assert (summary["not_in_force"], summary["exit_status"]) == (1, 1)
    assert {"code": "postal_mail_too_early", "severity": "deviation", "records": 1} in summary["findings"]


YAML = """\
- format_version: 1
  id: yaml-1
  program: IRM 5.19.1.2(13)
  date: 2026-03-02
  party: taxpayer
  tools_available: [Document Upload Tool (DUT)]
  requested: {what: information}
  events:
    - {event: offered, channel: DUT}
    - {event: encouraged}
    - {event: answered, channel: DUT, answer: accepted}
    - {event: choice documented}
- format_version: 1
  program: IRM 5.19.1.2(13)
  date: 2026-02-30
  party: taxpayer
  tools_available: [DUT]
  requested: {what: information}
  events: []
- format_version: 1
  program: IRM 5.19.1.2(13)
  date: 2026-03-02
  party: taxpayer
  tools_available: [DUT]
  requested: {what: information}
  note: EIN 12-3456789
  events: []
"""


def test_yaml_records_are_named_by_line_and_position(tmp_path: Path) -> None:
    (tmp_path / "hand.yaml").write_text(YAML, encoding="utf-8")
    ran = irm("review", "hand.yaml", cwd=tmp_path)
    assert ran.status == 2
    lines = ran.out.splitlines()
    assert lines[0] == "hand.yaml:1 (record 1) [yaml-1]: meets the guidance"
    assert lines[1] == "hand.yaml:13 (record 2): cannot be read: date: there is no such day in the calendar"
    assert lines[2].startswith(
        "hand.yaml:20 (record 3): cannot be read: note: holds what looks like a taxpayer identifier"
    )
    assert "12-3456789" not in ran.both


def test_a_yaml_file_that_does_not_parse_names_its_line(tmp_path: Path) -> None:
    (tmp_path / "hand.yml").write_text("format_version: 1\nprogram: [unclosed\n", encoding="utf-8")
    jsonl(tmp_path / "day.jsonl", GOOD)
    ran = irm("review", "hand.yml", "day.jsonl", cwd=tmp_path)
    assert ran.status == 2
    assert ran.out.splitlines()[0].startswith("hand.yml:3: not valid YAML (")
    assert "day.jsonl:1 [good-1]: meets the guidance" in ran.out


def test_a_missing_file_or_another_kind_of_file_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    ran = irm("review", "missing.jsonl", "notes.txt", cwd=tmp_path)
    assert ran.status == 2
    assert ran.out.splitlines()[:2] == [
        "missing.jsonl: there is no such file; check the path",
        "notes.txt: is not a .jsonl, .yaml or .yml file; write contact records as JSON Lines or YAML",
    ]


def test_no_file_given_is_a_usage_error(tmp_path: Path) -> None:
    ran = irm("review", cwd=tmp_path)
    assert ran.status == 2
    assert "usage: irm review" in ran.err


def test_no_progress_when_piped(tmp_path: Path) -> None:
    jsonl(tmp_path / "many.jsonl", *(record(id=f"r{n}") for n in range(1_500)))
    ran = irm("review", "many.jsonl", cwd=tmp_path)
    assert (ran.status, ran.err) == (0, "")
    assert "Summary: 1,500 records in 1 file" in ran.out


def test_progress_on_a_terminal_past_a_thousand_records(tmp_path: Path) -> None:
    assert IRM is not None
    jsonl(tmp_path / "many.jsonl", *(record(id=f"r{n}") for n in range(1_500)))
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [IRM, "review", "many.jsonl"], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=follower, env=os.environ
    )
    os.close(follower)
    shown = b""
    while True:
        ready, _, _ = select.select([leader], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the command is done
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert process.wait(timeout=60) == 0
    text = shown.decode()
    assert "1,001 records reviewed (many.jsonl)" in text
    assert "1,500 records reviewed in " in text


def test_odd_input_is_one_line_never_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "deep.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    (tmp_path / "tag.yaml").write_text("- !!python/object:os.system {}\n", encoding="utf-8")
    (tmp_path / "bom.jsonl").write_text("\ufeff" + json.dumps(GOOD) + "\n", encoding="utf-8")
    (tmp_path / "bytes.jsonl").write_bytes(b'{"note": "\xff"}\n')
    ran = irm("review", "deep.jsonl", "tag.yaml", "bom.jsonl", "bytes.jsonl", cwd=tmp_path)
    assert ran.status == 2
    assert ran.out.splitlines()[:4] == [
        "deep.jsonl:1: cannot be read: the line nests lists or objects too deeply to be a contact record",
        "tag.yaml:1 (record 1): cannot be read: the record cannot be read as YAML (could not determine a constructor "
        "for the tag 'tag:yaml.org,2002:python/object:os.system')",
        "bom.jsonl:1 [good-1]: meets the guidance",
        "bytes.jsonl:1: cannot be read: the line is not UTF-8 text; save the file as UTF-8",
    ]
