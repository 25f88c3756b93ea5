"""Reading contact record files: JSON Lines (``.jsonl``) and YAML (``.yaml``, ``.yml``).

Each record comes back as an [`Entry`][irm_cli.files.Entry]: where it is in its file, and either the
record and its contact, or one line saying what is wrong with it. A record that cannot be read
never stops the others. A whole file that cannot be read (missing, of another kind, not text, YAML
that does not parse) raises [`FileProblem`][irm_cli.files.FileProblem] after the records read
before the mistake.

No message repeats a value of the file: records are refused in the model's own words
([irm_model.records][]), and the JSON and YAML parsers' messages are reduced to their kind of
problem and position.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from irm_model.contact import Contact
from irm_model.records import ContactRecord, Problem, RecordError, holds_identifier, parse_record

__all__ = ["SUFFIXES", "Entry", "FileProblem", "Where", "read_entries"]

SUFFIXES = (".jsonl", ".yaml", ".yml")
"""The kinds of file read: JSON Lines, one record a line; YAML, one record or a list of records per document."""


class FileProblem(Exception):  # noqa: N818 (a problem a person can fix, reported as one line)
    """A file that cannot be read (or no further): one line naming the file and what to do."""

    def __init__(self, file: str, line: int | None, problem: str) -> None:
        self.file = file
        """The file as given on the command line."""
        self.line = line
        """The line of the mistake, when there is one."""
        self.problem = problem
        """What is wrong and what to do."""
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.problem}"


@dataclass(frozen=True)
class Where:
    """Where a record is: its file, its line, and its position among the file's records."""

    file: str
    """The file as given on the command line."""
    line: int
    """The line the record starts on."""
    record: int
    """Its position among the file's records, from 1."""
    yaml: bool
    """Whether the file is YAML (where a record spans several lines, so its position is named too)."""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" + (f" (record {self.record})" if self.yaml else "")


@dataclass(frozen=True)
class Entry:
    """One record of a file: read, or refused with one line saying why."""

    where: Where
    record: ContactRecord | None = None
    """The record, when it could be read."""
    contact: Contact | None = None
    """The model's contact built from it."""
    error: RecordError | None = None
    """Why it could not be read: every problem, in our words."""

    @property
    def problem(self) -> str:
        """What is wrong with the record, one line (empty when it was read)."""
        return "" if self.error is None else str(self.error)


def _entry(where: Where, data: object) -> Entry:
    try:
        record = parse_record(data)
        return Entry(where, record=record, contact=record.to_contact())
    except RecordError as error:
        return Entry(where, error=error)
    except RecursionError:
        return _refused(where, "too_deep", "the record nests lists or objects too deeply to be a contact record")


def _refused(where: Where, code: str, text: str) -> Entry:
    return Entry(where, error=RecordError([Problem(field="the record", code=code, text=text)]))


def _jsonl(path: Path, shown: str) -> Iterator[Entry]:
    record = 0
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            record += 1
            where = Where(shown, number, record, yaml=False)
            try:
                text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield _refused(where, "not_utf8", "the line is not UTF-8 text; save the file as UTF-8")
                continue
            try:
                data = json.loads(text)
            except json.JSONDecodeError as error:
                yield _refused(
                    where,
                    "json_invalid",
                    f"the line is not valid JSON ({error.msg} at column {error.colno}); write one JSON object a line",
                )
                continue
            except RecursionError:
                yield _refused(where, "too_deep", "the line nests lists or objects too deeply to be a contact record")
                continue
            yield _entry(where, data)


class _Loader(yaml.SafeLoader):
    """YAML's safe loader, keeping dates as text: the record format reads ``2026-02-30`` and says what is wrong."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _yaml_problem(error: yaml.YAMLError) -> tuple[int | None, str]:
    mark = getattr(error, "problem_mark", None)
    line = None if mark is None else mark.line + 1
    problem = getattr(error, "problem", None) or "the text does not parse"
    if holds_identifier(problem):  # a parser's message may quote the text; never what looks like an identifier
        problem = "the text does not parse"
    return line, problem


def _construct(node: yaml.Node) -> Any:
    return _Loader("").construct_document(node)


def _yaml(path: Path, shown: str) -> Iterator[Entry]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise FileProblem(shown, None, "the file is not UTF-8 text; save it as UTF-8") from None
    record = 0
    documents = yaml.compose_all(text, Loader=_Loader)
    while True:
        try:
            document = next(documents)
        except StopIteration:
            return
        except yaml.YAMLError as error:
            line, problem = _yaml_problem(error)
            read = f"the {record} record(s) before it were read" if record else "no record was read"
            raise FileProblem(shown, line, f"not valid YAML ({problem}); {read}; correct the file") from None
        except RecursionError:
            raise FileProblem(shown, None, "the YAML nests too deeply to hold contact records") from None
        nodes = document.value if isinstance(document, yaml.SequenceNode) else [document]
        for node in nodes:
            record += 1
            where = Where(shown, node.start_mark.line + 1, record, yaml=True)
            try:
                data = _construct(node)
            except yaml.YAMLError as error:
                _, problem = _yaml_problem(error)
                yield _refused(where, "yaml_invalid", f"the record cannot be read as YAML ({problem})")
                continue
            except RecursionError:
                yield _refused(where, "too_deep", "the record nests lists or objects too deeply to be a contact record")
                continue
            yield _entry(where, data)


def read_entries(path: Path, shown: str) -> Iterator[Entry]:
    """Every record of the file at ``path`` (``shown`` as the user wrote it), in order.

    Raises:
        FileProblem: the file is missing, not a kind read here, not UTF-8, or not valid YAML (raised
            where the mistake is, after the records before it).
    """
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise FileProblem(
            shown, None, "is not a .jsonl, .yaml or .yml file; write contact records as JSON Lines or YAML"
        )
    if not path.is_file():
        raise FileProblem(shown, None, "there is no such file; check the path")
    try:
        yield from (_jsonl(path, shown) if suffix == ".jsonl" else _yaml(path, shown))
    except OSError as error:
        raise FileProblem(shown, None, f"the file cannot be read ({error.strerror})") from None
