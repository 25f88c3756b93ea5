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
from irm_model.advice import ANSWERS, advice
from irm_model.contact import next_step

__all__ = ["run"]


def _events_text(events: list[dict[str, Any]]) -> str:
    shown = []
    for event in events:
        text = json.dumps(event, ensure_ascii=False)
        if event.get("answer") == ANSWERS:
            text = text.replace(json.dumps(ANSWERS), '"' + '" | "'.join(ANSWERS) + '"')
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
