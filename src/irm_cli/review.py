"""``irm review FILE...``: review completed contacts as an IRM 1.4.20.20(1) work reviewer would.

Per record: whether it meets the guidance, and each finding with its severity (a violation of a
"must", a deviation from a "should") and the paragraphs it cites with their words of force. A
record that cannot be read gets one line saying where and what is wrong; every other record is
still reviewed. A summary table ends the report; ``--json`` writes one JSON document instead.

Exit status: 1 when any record has a violation; otherwise 2 when a record or a file could not be
read; otherwise 0.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

from irm_cli.files import Entry, FileProblem, read_entries
from irm_cli.progress import Progress
from irm_model.advice import cites, reason_data
from irm_model.contact import Finding, Review, Severity, review_contact
from irm_model.reasons import Decision
from irm_model.records import FORMAT_VERSION

__all__ = ["Reviewed", "Tally", "review", "run"]

Status = Literal["meets_guidance", "violations", "deviations", "findings", "not_in_force", "unreadable"]

_SUMMARY: tuple[tuple[Status, str], ...] = (
    ("meets_guidance", "meet the guidance"),
    ("deviations", "deviations only"),
    ("findings", "other findings only"),
    ("violations", "violations"),
    ("not_in_force", "not in force on their day"),
    ("unreadable", "cannot be read"),
)


@dataclass(frozen=True)
class Reviewed:
    """One record and what its review found."""

    entry: Entry
    status: Status
    decision: Decision[Review] | None = None

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The review's findings (none for a record not reviewed)."""
        review = None if self.decision is None else self.decision.outcome
        return () if review is None else review.findings


def review(entry: Entry) -> Reviewed:
    """Review one record (a record that could not be read is reported as such)."""
    if entry.contact is None:
        return Reviewed(entry, "unreadable")
    decision = review_contact(entry.contact)
    if decision.outcome is None:
        return Reviewed(entry, "not_in_force", decision)
    severities = {finding.severity for finding in decision.outcome.findings}
    if not severities:
        status: Status = "meets_guidance"
    elif Severity.VIOLATION in severities:
        status = "violations"
    elif severities == {Severity.DEVIATION}:
        status = "deviations"
    else:
        status = "findings"
    return Reviewed(entry, status, decision)


@dataclass
class Tally:
    """The counts for the summary."""

    records: Counter[Status] = field(default_factory=Counter)
    findings: Counter[tuple[str, str]] = field(default_factory=Counter)
    """Records per finding: ``(code, severity)``."""
    files: int = 0
    unreadable_files: int = 0

    def add(self, reviewed: Reviewed) -> None:
        self.records[reviewed.status] += 1
        for code, severity in dict.fromkeys((f.code, _severity(f)) for f in reviewed.findings):
            self.findings[code, severity] += 1

    @property
    def total(self) -> int:
        return sum(self.records.values())

    @property
    def exit_status(self) -> int:
        if self.records["violations"]:
            return 1
        return 2 if self.records["unreadable"] or self.unreadable_files else 0


def _severity(finding: Finding) -> str:
    return "finding" if finding.severity is None else finding.severity.value


def _label(reviewed: Reviewed) -> str:
    record = reviewed.entry.record
    return str(reviewed.entry.where) + ("" if record is None or record.id is None else f" [{record.id}]")


class TextReport:
    """The report a reviewer reads: one block per record, then the summary table."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def record(self, reviewed: Reviewed) -> None:
        label, write = _label(reviewed), self.out.write
        if reviewed.status == "unreadable":
            write(f"{label}: cannot be read: {reviewed.entry.problem}\n")
        elif reviewed.status == "not_in_force":
            reasons = () if reviewed.decision is None else reviewed.decision.reasons
            why = "; ".join(f"{reason.text} ({reason.paragraph})" for reason in reasons)
            write(f"{label}: not reviewed: {why}\n")
        elif reviewed.status == "meets_guidance":
            write(f"{label}: meets the guidance\n")
        else:
            counts = Counter(_severity(finding) for finding in reviewed.findings)
            what = ", ".join(f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in sorted(counts.items(), reverse=True))
            write(f"{label}: does not meet the guidance: {what}\n")
            for finding in reviewed.findings:
                write(f"  {_severity(finding)}: {finding.reasons[0].text} ({finding.code})\n")
                write(f"    cites {cites(finding.reasons)}\n")

    def file_problem(self, problem: FileProblem) -> None:
        self.out.write(f"{problem}\n")

    def finish(self, tally: Tally) -> None:
        rows = [(words, tally.records[status]) for status, words in _SUMMARY]
        rows = [(words, n) for words, n in rows if n or words != "other findings only"]
        if tally.unreadable_files:
            rows.append(("files that cannot be read (or not to the end)", tally.unreadable_files))
        width = max(len(words) for words, _ in rows)
        files = f"{tally.files} file{'s' if tally.files != 1 else ''}"
        lines = ["", f"Summary: {tally.total:,} record{'s' if tally.total != 1 else ''} in {files}"]
        lines += [f"  {words:<{width}}  {n:>9,}" for words, n in rows]
        if tally.findings:
            code_width = max(len("finding"), *(len(code) for code, _ in tally.findings))
            lines += ["", f"  {'finding':<{code_width}}  {'severity':<9}  {'records':>9}"]
            ordered = sorted(tally.findings.items(), key=lambda item: (item[0][1] != "violation", -item[1], item[0]))
            lines += [f"  {code:<{code_width}}  {severity:<9}  {n:>9,}" for (code, severity), n in ordered]
        self.out.write("\n".join(lines) + "\n")


def _finding_data(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": _severity(finding),
        "text": finding.reasons[0].text if finding.reasons else "",
        "cites": [{"paragraph": str(r.paragraph), "force": r.force} for r in finding.reasons],
    }


class JsonReport:
    """One JSON document for machines, written as the records are reviewed (so memory stays flat)."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.first = True
        self.problems: list[dict[str, Any]] = []
        out.write(f'{{"format_version": {FORMAT_VERSION}, "records": [')

    def record(self, reviewed: Reviewed) -> None:
        where, record = reviewed.entry.where, reviewed.entry.record
        data: dict[str, Any] = {
            "file": where.file,
            "line": where.line,
            "record": where.record,
            "id": None if record is None else record.id,
            "status": reviewed.status,
        }
        if record is not None:
            data |= {"program": record.program, "date": record.date.isoformat()}
        if reviewed.entry.error is not None:
            data["problems"] = [
                {"field": problem.field, "code": problem.code, "problem": problem.text}
                for problem in reviewed.entry.error.problems
            ]
        elif reviewed.status == "not_in_force" and reviewed.decision is not None:
            data["reasons"] = [reason_data(reason) for reason in reviewed.decision.reasons]
        else:
            data["findings"] = [_finding_data(finding) for finding in reviewed.findings]
        self.out.write(("\n" if self.first else ",\n") + json.dumps(data, ensure_ascii=False))
        self.first = False

    def file_problem(self, problem: FileProblem) -> None:
        self.problems.append({"file": problem.file, "line": problem.line, "problem": problem.problem})

    def finish(self, tally: Tally) -> None:
        summary: dict[str, Any] = {
            "records": tally.total,
            "files": tally.files,
            **{status: tally.records[status] for status, _ in _SUMMARY},
            "unreadable_files": tally.unreadable_files,
            "findings": [
                {"code": code, "severity": severity, "records": n}
                for (code, severity), n in sorted(tally.findings.items())
            ],
            "exit_status": tally.exit_status,
        }
        self.out.write(f'\n], "files": {json.dumps(self.problems)}, "summary": {json.dumps(summary)}}}\n')


def run(files: Sequence[str], *, as_json: bool, out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Review every record of ``files``; the exit status (0, 1 for a violation, 2 for what cannot be read)."""
    report = JsonReport(out) if as_json else TextReport(out)
    progress = Progress(err, "reviewed")
    tally = Tally()
    for name in files:
        tally.files += 1
        try:
            for entry in read_entries(Path(name), name):
                reviewed = review(entry)
                report.record(reviewed)
                tally.add(reviewed)
                progress.tick(name)
        except FileProblem as problem:
            tally.unreadable_files += 1
            report.file_problem(problem)
    progress.done()
    report.finish(tally)
    return tally.exit_status
