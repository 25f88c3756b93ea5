"""``irm next FILE``: for a contact in progress, the next step and what to document.

The file holds one contact record (JSON Lines or YAML) with the events so far. The answer is
[`next_step`][irm_model.contact.next_step]'s: one sentence with the words of force and the
paragraphs it cites, the reasons, and what to document (as the events to add to the record).

Exit status: 0 with an answer (also "not in force" on a day the interim guidance does not
govern); 2 when the file or its record cannot be read.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

from irm_cli.files import Entry, FileProblem, read_entries
from irm_cli.show import cites, reason_data
from irm_model.contact import Action, Contact, EventKind, NextStep, Party, Why, next_step
from irm_model.reasons import Decision
from irm_model.tools import POSTAL_MAIL, channel_name

__all__ = ["advice", "run"]

_ANSWERS = ["accepted", "cannot use", "will not use", "exhausted"]


def _party(contact: Contact) -> str:
    return "taxpayer" if contact.party is Party.TAXPAYER else "representative"


def _step(contact: Contact, step: NextStep) -> tuple[str, str, list[dict[str, Any]]]:
    """The step as an instruction, what to document, and the events that record it."""
    name = None if step.channel is None else channel_name(step.channel)
    party = _party(contact)
    if step.action is Action.FILE_THROUGH_AUTHORIZED_MEANS:
        return (
            "follow current guidance for securing the tax return, and encourage the taxpayer to file through "
            "authorized means",
            "that digital means are not acceptable for this return (requested.digital_means_acceptable: false)",
            [],
        )
    if step.action is Action.EXPLAIN:
        tool = name or "the digital tools"
        return (
            f"explain to the {party} how to use {tool}",
            "that you explained it",
            [{"event": "help explained", **({"tool": name} if name else {})}],
        )
    if step.action is Action.DOCUMENT_CHOICE:
        return (
            f"document the {party}'s choice of {name}",
            "the choice",
            [{"event": "choice documented"}],
        )
    if step.action is Action.PROCEED:
        return (
            f"secure the information through {name}, the documented choice",
            "nothing more for the offer: the contact is ready for review",
            [],
        )
    answered = {"event": "answered", "channel": name, "answer": _ANSWERS}
    if step.channel is POSTAL_MAIL:
        return (
            "offer postal mail as a response option",
            f"the offer of postal mail, the {party}'s answer, and then their choice",
            [{"event": "offered", "channel": name}, answered],
        )
    events: list[dict[str, Any]] = [{"event": "offered", "channel": name}]
    document = f"the offer of {name} and the {party}'s answer"
    if not any(event.kind is EventKind.ENCOURAGED for event in contact.events):
        events.append({"event": "encouraged"})
        document = f"the offer of {name}, that you encouraged the {party} to use the digital tools, and their answer"
    return f"offer {name}", document, [*events, answered]


def advice(contact: Contact, decision: Decision[NextStep]) -> dict[str, Any]:
    """The next step as data: the sentence, its reasons, and what to document (also what ``--json`` writes)."""
    if decision.outcome is None:
        why = "; ".join(f"{reason.text} ({reason.paragraph})" for reason in decision.reasons)
        return {
            "applies": False,
            "step": f"The interim guidance does not govern {contact.on.isoformat()}: {why}.",
            "reasons": [reason_data(reason) for reason in decision.reasons],
        }
    step = decision.outcome
    instruction, document, events = _step(contact, step)
    # The sentence cites the step's own reason; a tool not owed (not appropriate) is context, given under "Because".
    main = next((code for code in decision.codes if code != Why.tool_not_appropriate.code), decision.codes[0])
    return {
        "applies": True,
        "action": step.action.value,
        "channel": None if step.channel is None else channel_name(step.channel),
        "step": f"Next: {instruction} ({cites(r for r in decision.reasons if r.code == main)}).",
        "reasons": [reason_data(reason) for reason in decision.reasons],
        "document": f"Document {document}.",
        "events_to_record": events,
    }


def _events_text(events: list[dict[str, Any]]) -> str:
    shown = []
    for event in events:
        text = json.dumps(event, ensure_ascii=False)
        if event.get("answer") == _ANSWERS:
            text = text.replace(json.dumps(_ANSWERS), '"' + '" | "'.join(_ANSWERS) + '"')
        shown.append(text)
    return ", then ".join(shown)


def _write_text(out: TextIO, entry: Entry, data: dict[str, Any]) -> None:
    record = entry.record
    label = str(entry.where) + ("" if record is None or record.id is None else f" [{record.id}]")
    lines = [f"{label}:", data["step"]]
    if data["applies"]:
        lines.append("Because:")
        lines += [
            f"  {r['paragraph']}" + (f' "{r["force"]}"' if r["force"] else "") + f": {r['text']}"
            for r in data["reasons"]
        ]
        lines.append(data["document"])
        if data["events_to_record"]:
            lines.append(f"In the record: {_events_text(data['events_to_record'])}")
    out.write("\n".join(lines) + "\n")


def run(file: str, *, as_json: bool, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Say what to do next on the one contact in ``file``; the exit status (0, or 2 when it cannot be read)."""
    try:
        entries = list(read_entries(Path(file), file))
    except FileProblem as problem:
        err.write(f"irm next: {problem}\n")
        return 2
    if len(entries) != 1:
        held = "no record" if not entries else f"{len(entries)} records"
        err.write(f"irm next: {file}: holds {held}; give it a file with the one contact in progress\n")
        return 2
    entry = entries[0]
    if entry.contact is None:
        err.write(f"irm next: {entry.where}: cannot be read: {entry.problem}\n")
        return 2
    data = advice(entry.contact, next_step(entry.contact))
    if as_json:
        where = {"file": entry.where.file, "line": entry.where.line}
        record_id = None if entry.record is None else entry.record.id
        out.write(json.dumps({**where, "id": record_id, **data}, ensure_ascii=False, indent=1) + "\n")
    else:
        _write_text(out, entry, data)
    return 0
