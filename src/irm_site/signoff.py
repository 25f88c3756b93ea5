"""The sign-off ledger: what policy staff approved, as it stood when they approved it.

Policy staff decide whether the scenarios say what the guidance says; ``irm signoff`` records that
they did, in ``signoff.jsonl`` at the project's root, committed with the work it approves. The
ledger is append-only, newest last, one JSON object a line. A line records who signed off (name and
role, as typed), when (UTC), their note, the commit checked out (``unknown`` outside git), and
exactly what they approved, each part with its SHA-256:

* a paragraph's sign-off (``irm signoff 'IRM 5.19.8.4.7.4(1)'``): the Gherkin text of the scenarios
  that prove it (those tagged with it, as the site finds them), normalized so that whitespace, tags
  and the order of scenarios and files do not count, and each reading of the register that touches
  it ([`readings_touching`][irm_model.readings.readings_touching]): its question, reading taken,
  value, why and status;
* a reading's confirmation (``irm signoff --reading KEY``): the same content of one reading.

The text is kept beside its hash, so that the site and ``irm check --approved`` show the lines
added and removed since an approval from the ledger alone (no git history needed), and so that a
hash edited by hand is caught: it matches nothing it could match.

Against the latest line for it, each paragraph (or reading) is ``signed off`` (nothing it approved
changed), ``changed since sign-off`` or ``never reviewed``. Plain functions of plain data: the
site ([irm_site.generate][]) and the ``irm`` command both call them.
"""

from __future__ import annotations

import difflib
import hashlib
import json
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import to_jsonable_python

from irm_model.paragraphs import ParagraphId, ParagraphIdError
from irm_model.readings import Reading
from irm_site.errors import SourceError, SourceErrors
from irm_site.features import FeatureSpec
from irm_site.results import checked_out

__all__ = [
    "LEDGER_FILE",
    "REVIEW_STATES",
    "ApprovedReading",
    "ApprovedScenarios",
    "DiffLine",
    "Ledger",
    "ParagraphSignoff",
    "ReadingContent",
    "ReadingSignoff",
    "Review",
    "ReviewState",
    "Signoff",
    "Snapshot",
    "append",
    "changes",
    "head_commit",
    "paragraph_signoff",
    "read_ledger",
    "reading_content",
    "reading_signoff",
    "review_paragraph",
    "review_reading",
    "reviews",
    "scenario_text",
    "sha256_of",
    "snapshot",
    "unknown_paragraphs",
]

LEDGER_FILE = "signoff.jsonl"
"""The ledger's file, at the project's root."""

ReviewState = Literal["signed off", "changed since sign-off", "never reviewed"]
REVIEW_STATES: tuple[ReviewState, ...] = ("signed off", "changed since sign-off", "never reviewed")
"""Every state, in the order the site and ``irm signoff --status`` count them."""

UNKNOWN_COMMIT = "unknown"
"""The commit of a sign-off made outside a git checkout."""

_SHA256 = r"^[0-9a-f]{64}$"
_FROZEN = ConfigDict(frozen=True, extra="forbid")


def sha256_of(lines: Iterable[str]) -> str:
    """The SHA-256 of text given as lines (joined by newlines, UTF-8)."""
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _words(text: str) -> str:
    """``text`` with every run of whitespace one space, none at either end."""
    return " ".join(text.split())


class ReadingContent(BaseModel):
    """What a reading says: what its approval covers."""

    model_config = _FROZEN

    question: str
    taken: str
    value: Any
    """The value, as JSON data."""
    why: str
    status: str
    """The register's own status (awaiting policy confirmation, or confirmed)."""

    @property
    def sha256(self) -> str:
        """The hash of the content: its fields as canonical JSON (sorted keys, no spaces)."""
        data = to_jsonable_python(self.model_dump(), fallback=repr)
        canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    def lines(self) -> tuple[str, ...]:
        """The content as lines, for a diff: ``taken: ...``, ``value: 15728640``, ..."""
        value = json.dumps(to_jsonable_python(self.value, fallback=repr), sort_keys=True, ensure_ascii=False)
        return (
            f"question: {_words(self.question)}",
            f"taken: {_words(self.taken)}",
            f"value: {value}",
            f"why: {_words(self.why)}",
            f"status: {self.status}",
        )


def reading_content(reading: Reading[Any]) -> ReadingContent:
    """A reading of the register as it reads now."""
    return ReadingContent(
        question=reading.question,
        taken=reading.taken,
        value=to_jsonable_python(reading.value, fallback=repr),
        why=reading.why,
        status=reading.status.value,
    )


class ApprovedReading(BaseModel):
    """A reading as approved: its key, its content and the content's hash."""

    model_config = _FROZEN

    key: str
    sha256: str = Field(pattern=_SHA256)
    content: ReadingContent


class ApprovedScenarios(BaseModel):
    """A paragraph's scenarios as approved: their normalized Gherkin text and its hash."""

    model_config = _FROZEN

    sha256: str = Field(pattern=_SHA256)
    text: tuple[str, ...]
    """The normalized Gherkin, a line each ([`scenario_text`][irm_site.signoff.scenario_text])."""


class ParagraphSignoff(BaseModel):
    """One line of the ledger: a paragraph's scenarios and readings, approved."""

    model_config = _FROZEN

    paragraph: ParagraphId
    by: str = Field(min_length=1, description="Name and role, as typed.")
    at: AwareDatetime = Field(description="When, in UTC.")
    note: str = ""
    commit: str = Field(min_length=1, description="The commit checked out, or 'unknown' outside git.")
    scenarios: ApprovedScenarios
    readings: tuple[ApprovedReading, ...] = ()


class ReadingSignoff(BaseModel):
    """One line of the ledger: a reading of the register, confirmed."""

    model_config = _FROZEN

    reading: str
    by: str = Field(min_length=1)
    at: AwareDatetime
    note: str = ""
    commit: str = Field(min_length=1)
    sha256: str = Field(pattern=_SHA256)
    content: ReadingContent


Signoff = ParagraphSignoff | ReadingSignoff
"""A line of the ledger."""
_Entry = TypeVar("_Entry", ParagraphSignoff, ReadingSignoff)


@dataclass(frozen=True)
class Ledger:
    """The ledger as read: each sign-off with its line, oldest first."""

    path: str = LEDGER_FILE
    """The file, as it is named in messages (relative to the project's root)."""
    entries: tuple[tuple[int, Signoff], ...] = ()
    """Each sign-off and its 1-based line."""

    def latest(self, paragraph: ParagraphId) -> tuple[int, ParagraphSignoff] | None:
        """The paragraph's newest sign-off (the last line for it) and its line, if any."""
        return self._last(ParagraphSignoff, lambda entry: entry.paragraph == paragraph)

    def latest_reading(self, key: str) -> tuple[int, ReadingSignoff] | None:
        """The reading's newest confirmation and its line, if any."""
        return self._last(ReadingSignoff, lambda entry: entry.reading == key)

    def _last(self, kind: type[_Entry], about: Callable[[_Entry], bool]) -> tuple[int, _Entry] | None:
        found: tuple[int, _Entry] | None = None
        for line, entry in self.entries:
            if isinstance(entry, kind) and about(entry):
                found = (line, entry)
        return found


_FIX = (
    "the ledger is written by `irm signoff`: undo the hand edit (`git diff signoff.jsonl` shows it), "
    "or delete the line and sign off again"
)


def _line_error(
    shown_as: str,
    number: int,
    data: Any,
    paragraphs: Collection[ParagraphId] | None,
    readings: Collection[str],
) -> tuple[Signoff | None, SourceError | None]:
    """One line's sign-off, or the one mistake that stops it being read."""
    if not isinstance(data, dict):
        return None, SourceError(shown_as, number, "this line is not a sign-off (not a JSON object)", _FIX)
    if "paragraph" in data and isinstance(data["paragraph"], str):
        try:
            paragraph = ParagraphId.parse(data["paragraph"])
        except ParagraphIdError as error:
            return None, SourceError(shown_as, number, f"the sign-off names {error}", _FIX)
        if paragraphs is not None and paragraph not in paragraphs:
            return None, SourceError(
                shown_as,
                number,
                f"the sign-off names {paragraph}, which is not a paragraph the memorandum changes",
                "correct the id (the traceability page lists the paragraphs), or delete the line if the "
                "paragraph is no longer one the site shows",
            )
    model: type[Signoff] = ReadingSignoff if "reading" in data else ParagraphSignoff
    try:
        entry = model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the top level"
        kind = "reading's confirmation" if model is ReadingSignoff else "paragraph's sign-off"
        return None, SourceError(shown_as, number, f"this line is not a {kind} ({first['msg']} at {where})", _FIX)
    if isinstance(entry, ReadingSignoff):
        if entry.reading not in readings:
            return None, SourceError(
                shown_as,
                number,
                f"the sign-off names the reading {entry.reading!r}, which is not in the readings register",
                "correct the key (the readings page shows each key under its entry), or delete the line if the "
                "reading was removed from the register",
            )
        if entry.sha256 != entry.content.sha256:
            return None, SourceError(
                shown_as,
                number,
                f"the hash of the reading {entry.reading!r} matches nothing: not the content recorded beside it",
                _FIX,
            )
        return entry, None
    if entry.scenarios.sha256 != sha256_of(entry.scenarios.text):
        return None, SourceError(
            shown_as,
            number,
            f"the hash of the scenarios of {entry.paragraph} matches nothing: not the Gherkin text recorded beside it",
            _FIX,
        )
    for reading in entry.readings:
        if reading.sha256 != reading.content.sha256:
            return None, SourceError(
                shown_as,
                number,
                f"the hash of the reading {reading.key!r} in the sign-off of {entry.paragraph} matches nothing: "
                "not the content recorded beside it",
                _FIX,
            )
    return entry, None


def read_ledger(
    path: Path,
    shown_as: str = LEDGER_FILE,
    *,
    paragraphs: Collection[ParagraphId] | None,
    readings: Collection[str],
) -> Ledger:
    """Read the ledger; a missing file is an empty ledger.

    Args:
        path: The file.
        shown_as: The file as messages name it.
        paragraphs: The paragraphs a sign-off may name; ``None`` accepts any well-formed id (the
            site then checks them against the paragraphs its pages show, see
            [`unknown_paragraphs`][irm_site.signoff.unknown_paragraphs]).
        readings: The keys of the readings a confirmation may name.

    Raises:
        SourceErrors: one message per line that is not JSON, is not a sign-off, names an unknown
            paragraph or reading, or carries a hash that does not match the text recorded beside it.
    """
    if not path.is_file():
        return Ledger(shown_as)
    entries: list[tuple[int, Signoff]] = []
    errors: list[SourceError] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(SourceError(shown_as, number, f"this line is not JSON ({error.msg})", _FIX))
            continue
        entry, problem = _line_error(shown_as, number, data, paragraphs, readings)
        if problem is not None:
            errors.append(problem)
        elif entry is not None:
            entries.append((number, entry))
    if errors:
        raise SourceErrors(errors)
    return Ledger(shown_as, tuple(entries))


def unknown_paragraphs(ledger: Ledger, paragraphs: Collection[ParagraphId]) -> list[SourceError]:
    """A message for each sign-off naming a paragraph not among ``paragraphs`` (those the site shows)."""
    return [
        SourceError(
            ledger.path,
            line,
            f"the sign-off names {entry.paragraph}, which no page shows",
            "correct the id, or delete the line if the paragraph was removed from its page",
        )
        for line, entry in ledger.entries
        if isinstance(entry, ParagraphSignoff) and entry.paragraph not in paragraphs
    ]


# The normalized Gherkin of a paragraph's scenarios.


def _steps(steps: Iterable[Mapping[str, Any]]) -> list[str]:
    lines: list[str] = []
    for step in steps:
        lines.append(f"  {step['keyword'].strip()} {_words(step['text'])}")
        table = step.get("dataTable")
        if table:
            lines += ["    | " + " | ".join(_words(c["value"]) for c in row["cells"]) + " |" for row in table["rows"]]
        doc = step.get("docString")
        if doc:
            lines.append('    """' + (doc.get("mediaType") or ""))
            lines += [f"    {_words(text)}" for text in doc["content"].splitlines() if text.strip()]
            lines.append('    """')
    return lines


def _block(scenario: Mapping[str, Any], rule: str | None, backgrounds: Sequence[Mapping[str, Any]]) -> list[str]:
    """One scenario as normalized lines: its heading, its Rule, description, steps (background first), examples."""
    lines = [f"{scenario['keyword'].strip()}: {_words(scenario['name'])}"]
    if rule is not None:
        lines.append(f"  Rule: {_words(rule)}")
    if description := _words(scenario.get("description", "")):
        lines.append(f"  {description}")
    for background in backgrounds:
        lines += _steps(background["steps"])
    lines += _steps(scenario["steps"])
    for examples in scenario["examples"]:
        name = _words(examples["name"])
        lines.append(f"  {examples['keyword'].strip()}:" + (f" {name}" if name else ""))
        header = examples.get("tableHeader")
        rows = ([header] if header else []) + list(examples["tableBody"])
        lines += ["    | " + " | ".join(_words(c["value"]) for c in row["cells"]) + " |" for row in rows]
    return lines


def _blocks(children: Sequence[Mapping[str, Any]], lines: Collection[int]) -> Iterable[list[str]]:
    """The normalized scenarios at ``lines`` (their keyword's line) among a feature's children."""
    backgrounds = [child["background"] for child in children if "background" in child]
    for child in children:
        if "scenario" in child and child["scenario"]["location"]["line"] in lines:
            yield _block(child["scenario"], None, backgrounds)
        elif "rule" in child:
            rule = child["rule"]
            inner = [c["background"] for c in rule["children"] if "background" in c]
            for grandchild in rule["children"]:
                if "scenario" in grandchild and grandchild["scenario"]["location"]["line"] in lines:
                    yield _block(grandchild["scenario"], rule["name"], [*backgrounds, *inner])


def _proving(features: Iterable[FeatureSpec]) -> dict[ParagraphId, list[tuple[FeatureSpec, set[int]]]]:
    """Each paragraph's scenarios: per feature, the lines of the scenarios tagged with it (read once)."""
    found: dict[ParagraphId, dict[str, tuple[FeatureSpec, set[int]]]] = {}
    for feature in features:
        for spec in feature.scenarios:
            for paragraph in spec.paragraphs:
                found.setdefault(paragraph, {}).setdefault(feature.path, (feature, set()))[1].add(spec.scenario_line)
    return {paragraph: list(by_file.values()) for paragraph, by_file in found.items()}


def _text(proving: Iterable[tuple[FeatureSpec, set[int]]]) -> tuple[str, ...]:
    blocks: list[list[str]] = []
    for feature, lines in proving:
        blocks += _blocks(feature.document["feature"]["children"], lines)
    return tuple(line for block in sorted(blocks) for line in block)


def scenario_text(paragraph: ParagraphId, features: Iterable[FeatureSpec]) -> tuple[str, ...]:
    """The Gherkin of the scenarios that prove ``paragraph``, normalized: what a sign-off approves.

    Each scenario (a Scenario Outline with its Examples) is a block: ``Scenario: name``, its Rule,
    its description, the Background's steps and its own (keyword and text), data tables, doc
    strings, and its Examples tables. Whitespace within a line is one space; blank lines, tags and
    comments are left out; the blocks are sorted, so that reordering scenarios or files, or
    editing the scenarios of another paragraph, changes nothing.
    """
    return _text(_proving(features).get(paragraph, ()))


@dataclass(frozen=True)
class Snapshot:
    """What a sign-off of a paragraph would approve now: its scenarios and the readings touching it."""

    paragraph: ParagraphId
    scenarios: ApprovedScenarios
    readings: tuple[ApprovedReading, ...]


def _approved(reading: Reading[Any]) -> ApprovedReading:
    content = reading_content(reading)
    return ApprovedReading(key=reading.key, sha256=content.sha256, content=content)


def snapshot(paragraph: ParagraphId, features: Iterable[FeatureSpec], readings: Iterable[Reading[Any]]) -> Snapshot:
    """The paragraph's scenarios and ``readings`` (those touching it) as they are now."""
    return _snapshot(paragraph, scenario_text(paragraph, features), readings)


def _snapshot(paragraph: ParagraphId, text: tuple[str, ...], readings: Iterable[Reading[Any]]) -> Snapshot:
    return Snapshot(
        paragraph,
        ApprovedScenarios(sha256=sha256_of(text), text=text),
        tuple(_approved(reading) for reading in readings),
    )


# What changed since a sign-off.


@dataclass(frozen=True)
class DiffLine:
    """A line of a diff: removed (``-``), added (``+``), or the heading of the scenario it is in (`` ``)."""

    sign: Literal[" ", "+", "-"]
    text: str


def _heading(lines: Sequence[str], before: int) -> str | None:
    """The ``Scenario...:`` line at or above index ``before``, if any."""
    for index in range(min(before, len(lines) - 1), -1, -1):
        if not lines[index].startswith(" "):
            return lines[index]
    return None


def changes(before: Sequence[str], after: Sequence[str]) -> tuple[DiffLine, ...]:
    """The lines removed from ``before`` and added in ``after`` (difflib), in order.

    Each run of changes is preceded by the heading of the scenario it is in (a context line), unless
    the run starts with that heading or the previous run was in the same scenario.
    """
    out: list[DiffLine] = []
    shown: str | None = None
    matcher = difflib.SequenceMatcher(None, list(before), list(after), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        first = after[j1] if j1 < j2 else before[i1]
        heading = _heading(after, j1 - 1) if j1 > 0 else None
        if heading is None and i1 > 0:
            heading = _heading(before, i1 - 1)
        if first.startswith(" ") and heading is not None and heading != shown:
            out.append(DiffLine(" ", heading))
        out += [DiffLine("-", line) for line in before[i1:i2]]
        out += [DiffLine("+", line) for line in after[j1:j2]]
        shown = _heading(after, j2 - 1) if j2 > 0 else heading
    return tuple(out)


@dataclass(frozen=True)
class Review:
    """A paragraph's or a reading's state against its newest sign-off."""

    state: ReviewState
    signoff: Signoff | None = None
    """The newest sign-off, if any."""
    line: int | None = None
    """Its line in the ledger."""
    diff: tuple[DiffLine, ...] = ()
    """For ``changed since sign-off``: the lines removed and added since (Gherkin, or a reading's content)."""
    readings_changed: tuple[str, ...] = ()
    """For a paragraph: the readings touching it that changed, appeared or went since the sign-off."""

    @property
    def added(self) -> tuple[str, ...]:
        """The lines added since the sign-off."""
        return tuple(line.text for line in self.diff if line.sign == "+")

    @property
    def removed(self) -> tuple[str, ...]:
        """The lines removed since the sign-off."""
        return tuple(line.text for line in self.diff if line.sign == "-")


def review_paragraph(now: Snapshot, ledger: Ledger) -> Review:
    """The paragraph's state: ``never reviewed``, ``signed off`` or ``changed since sign-off`` (with what changed)."""
    latest = ledger.latest(now.paragraph)
    if latest is None:
        return Review("never reviewed")
    line, entry = latest
    then = {reading.key: reading.sha256 for reading in entry.readings}
    current = {reading.key: reading.sha256 for reading in now.readings}
    readings_changed = tuple(sorted(key for key in then.keys() | current.keys() if then.get(key) != current.get(key)))
    if entry.scenarios.sha256 == now.scenarios.sha256 and not readings_changed:
        return Review("signed off", entry, line)
    diff = changes(entry.scenarios.text, now.scenarios.text)
    return Review("changed since sign-off", entry, line, diff, readings_changed)


def review_reading(reading: Reading[Any], ledger: Ledger) -> Review:
    """The reading's state against its newest confirmation in the ledger."""
    latest = ledger.latest_reading(reading.key)
    if latest is None:
        return Review("never reviewed")
    line, entry = latest
    content = reading_content(reading)
    if content.sha256 == entry.sha256:
        return Review("signed off", entry, line)
    return Review("changed since sign-off", entry, line, changes(entry.content.lines(), content.lines()))


def reviews(
    paragraphs: Iterable[ParagraphId],
    features: Sequence[FeatureSpec],
    ledger: Ledger,
    readings: Callable[[ParagraphId], Iterable[Reading[Any]]],
) -> dict[ParagraphId, Review]:
    """Each paragraph's state; ``readings`` gives the readings touching a paragraph.

    The features are indexed once, and only a paragraph with a sign-off is compared (a manual of
    20,000 paragraphs and no ledger costs nothing).
    """
    signed = {entry.paragraph for _, entry in ledger.entries if isinstance(entry, ParagraphSignoff)}
    proving = _proving(features) if signed else {}
    return {
        p: review_paragraph(_snapshot(p, _text(proving.get(p, ())), readings(p)), ledger)
        if p in signed
        else Review("never reviewed")
        for p in paragraphs
    }


# Recording a sign-off.


def head_commit(root: Path) -> str:
    """``git rev-parse HEAD`` in ``root``, or ``unknown`` when it is not a git checkout."""
    return checked_out(root) or UNKNOWN_COMMIT


def _now(at: datetime | None) -> datetime:
    return (at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)


def paragraph_signoff(
    now: Snapshot, *, by: str, note: str = "", commit: str, at: datetime | None = None
) -> ParagraphSignoff:
    """The ledger's line approving ``now`` (at ``at``, default: this second, UTC)."""
    return ParagraphSignoff(
        paragraph=now.paragraph,
        by=by,
        at=_now(at),
        note=note,
        commit=commit,
        scenarios=now.scenarios,
        readings=now.readings,
    )


def reading_signoff(
    reading: Reading[Any], *, by: str, note: str = "", commit: str, at: datetime | None = None
) -> ReadingSignoff:
    """The ledger's line confirming ``reading`` as it reads now."""
    content = reading_content(reading)
    return ReadingSignoff(
        reading=reading.key, by=by, at=_now(at), note=note, commit=commit, sha256=content.sha256, content=content
    )


def append(path: Path, entry: Signoff) -> int:
    """Append ``entry`` to the ledger as one line (creating the file); returns the line's number."""
    existing = path.read_text(encoding="utf-8") if path.is_file() else ""
    line = json.dumps(entry.model_dump(mode="json"), ensure_ascii=False)
    with path.open("a", encoding="utf-8") as ledger:
        if existing and not existing.endswith("\n"):
            ledger.write("\n")
        ledger.write(line + "\n")
    return len(existing.splitlines()) + 1
