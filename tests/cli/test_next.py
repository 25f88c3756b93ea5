"""``irm next`` on a contact in progress: the next step, its words of force and paragraphs, what to document."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.cli.running import GOOD, irm, jsonl, record

STARTED = record(
    id="in-progress",
    events=[
        {"event": "offered", "channel": "EEFax"},
        {"event": "encouraged"},
        {"event": "answered", "channel": "EEFax", "answer": "cannot use"},
    ],
)


def test_the_next_step_in_one_sentence_with_force_and_paragraphs(tmp_path: Path) -> None:
    jsonl(tmp_path / "call.jsonl", STARTED)
    ran = irm("next", "call.jsonl", cwd=tmp_path)
    assert (ran.status, ran.err) == (0, "")
    lines = ran.out.splitlines()
    assert lines[0] == "call.jsonl:1 [in-progress]:"
    assert lines[1] == (
        'Next: offer Document Upload Tool (DUT) (IRM 5.19.1.2(13) "must offer"; SBSE-05-0126-0020(1) "are required '
        'to offer").'
    )
    assert lines[2] == "Because:"
    assert (
        '  SBSE-05-0126-0020(4) "must first offer": The taxpayer cannot use Enterprise e-Fax system (EEFax): first '
        "offer any available alternative digital tool before resorting to paper correspondence" in lines
    )
    assert "Document the offer of Document Upload Tool (DUT) and the taxpayer's answer." in lines
    assert lines[-1] == (
        'In the record: {"event": "offered", "channel": "Document Upload Tool (DUT)"}, then {"event": "answered", '
        '"channel": "Document Upload Tool (DUT)", "answer": "accepted" | "cannot use" | "will not use" | "exhausted"}'
    )


def test_a_contact_not_started_is_told_to_offer_the_preferred_tool_and_encourage(tmp_path: Path) -> None:
    jsonl(tmp_path / "call.jsonl", record(events=[]))
    ran = irm("next", "call.jsonl", cwd=tmp_path)
    assert ran.out.splitlines()[1].startswith("Next: offer Enterprise e-Fax system (EEFax) (")
    assert (
        "Document the offer of Enterprise e-Fax system (EEFax), that you encouraged the taxpayer to use the digital "
        "tools, and their answer." in ran.out
    )


def test_help_asked_is_explained_first(tmp_path: Path) -> None:
    events = [*STARTED["events"], {"event": "help asked", "tool": "EEFax"}]
    (tmp_path / "call.yaml").write_text(yaml.safe_dump(record(STARTED, events=events)), encoding="utf-8")
    ran = irm("next", "call.yaml", cwd=tmp_path)
    assert ran.out.splitlines()[1].startswith(
        "Next: explain to the taxpayer how to use Enterprise e-Fax system (EEFax) ("
    )
    assert 'In the record: {"event": "help explained", "tool": "Enterprise e-Fax system (EEFax)"}' in ran.out


def test_a_chosen_channel_is_documented_then_used(tmp_path: Path) -> None:
    chosen = GOOD["events"][:-1]
    jsonl(tmp_path / "a.jsonl", record(events=chosen))
    assert (
        "Next: document the taxpayer's choice of Enterprise e-Fax system (EEFax) ("
        in irm("next", "a.jsonl", cwd=tmp_path).out
    )
    jsonl(tmp_path / "b.jsonl", GOOD)
    assert (
        "Next: secure the information through Enterprise e-Fax system (EEFax), the documented choice ("
        in irm("next", "b.jsonl", cwd=tmp_path).out
    )


def test_postal_mail_once_every_tool_is_declined(tmp_path: Path) -> None:
    events = [
        {"event": "offered", "channel": "EEFax"},
        {"event": "encouraged"},
        {"event": "answered", "channel": "EEFax", "answer": "will not use"},
        {"event": "offered", "channel": "DUT"},
        {"event": "answered", "channel": "DUT", "answer": "exhausted"},
    ]
    jsonl(tmp_path / "call.jsonl", record(events=events))
    ran = irm("next", "call.jsonl", cwd=tmp_path)
    assert ran.out.splitlines()[1].startswith("Next: offer postal mail as a response option (IRM 5.19.1.2(13) ")


def test_a_tax_return_without_acceptable_digital_means(tmp_path: Path) -> None:
    jsonl(
        tmp_path / "call.jsonl", record(requested={"what": "tax return", "digital_means_acceptable": False}, events=[])
    )
    ran = irm("next", "call.jsonl", cwd=tmp_path)
    assert ran.out.splitlines()[1] == (
        "Next: follow current guidance for securing the tax return, and encourage the taxpayer to file through "
        'authorized means (SBSE-05-0126-0020(3) "should be encouraged").'
    )


def test_a_day_the_guidance_does_not_govern(tmp_path: Path) -> None:
    jsonl(tmp_path / "call.jsonl", record(date="2028-01-26", events=[]))
    ran = irm("next", "call.jsonl", cwd=tmp_path)
    assert ran.status == 0
    assert ran.out.splitlines()[1].startswith("The interim guidance does not govern 2028-01-26: ")


def test_json_answer(tmp_path: Path) -> None:
    jsonl(tmp_path / "call.jsonl", STARTED)
    ran = irm("next", "call.jsonl", "--json", cwd=tmp_path)
    answer = json.loads(ran.out)
    assert (answer["file"], answer["line"], answer["id"], answer["applies"]) == ("call.jsonl", 1, "in-progress", True)
    assert (answer["action"], answer["channel"]) == ("offer", "Document Upload Tool (DUT)")
    assert answer["reasons"][0] == {
        "code": "offer_digital_tools",
        "paragraph": "IRM 5.19.1.2(13)",
        "force": "must offer",
        "text": "When requesting information, offer and encourage the available digital tools: Document Upload Tool "
        "(DUT)",
    }
    assert answer["events_to_record"][0] == {"event": "offered", "channel": "Document Upload Tool (DUT)"}


def test_a_file_of_several_records_or_none_is_refused(tmp_path: Path) -> None:
    jsonl(tmp_path / "two.jsonl", GOOD, GOOD)
    ran = irm("next", "two.jsonl", cwd=tmp_path)
    assert (ran.status, ran.out) == (2, "")
    assert ran.err == "irm next: two.jsonl: holds 2 records; give it a file with the one contact in progress\n"
    (tmp_path / "none.jsonl").write_text("\n", encoding="utf-8")
    assert irm("next", "none.jsonl", cwd=tmp_path).status == 2


def test_a_record_that_cannot_be_read_is_one_line(tmp_path: Path) -> None:
    jsonl(tmp_path / "call.jsonl", record(note="SSN 123-45-6789"))
    ran = irm("next", "call.jsonl", cwd=tmp_path)
    assert (ran.status, ran.out) == (2, "")
    assert ran.err.startswith(
        "irm next: call.jsonl:1: cannot be read: note: holds what looks like a taxpayer identifier"
    )
    assert "123-45-6789" not in ran.both
    assert (
        irm("next", "nowhere.yaml", cwd=tmp_path).err
        == "irm next: nowhere.yaml: there is no such file; check the path\n"
    )
