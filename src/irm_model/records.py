"""Contact records: one contact as it happened, in a documented, versioned format.

A [`ContactRecord`][irm_model.records.ContactRecord] is what a person or a case system writes down
about one request for information: the program paragraph it was worked under, its date, the party,
the tools available (and those not appropriate for the request), the taxpayer's preference, what
was requested, and the events in the order they happened. JSON Lines (one record a line) is the
format for volume; YAML is accepted for records written by hand. These models are the format's
schema: the JSON Schema published on the site is generated from them
([`json_schema`][irm_model.records.json_schema]).

[`ContactRecord.to_contact`][irm_model.records.ContactRecord.to_contact] builds the model's
[`Contact`][irm_model.contact.Contact] through the contact's own methods, so the model refuses
what it refuses anywhere else (an answer to an offer never made: ``not_offered``; a program
paragraph the memorandum does not change: ``unknown_program``).

**No taxpayer identifiers.** A record carries none. Any value that looks like an SSN or ITIN
(``NNN-NN-NNNN``), an EIN (``NN-NNNNNNN``) or a bare run of nine digits, in any field, free text
included, is refused (``taxpayer_identifier``) naming the field and never the value. Every refusal
here is a [`RecordError`][irm_model.records.RecordError] whose messages are written from the
field, the kind of problem and our own words; pydantic's own error text, which repeats the input,
is never passed on.

Nothing here reads a file: the ``irm`` command reads them.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    ValidationError,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

from irm_model.contact import Answer, Contact, ContactError, Event, EventKind, Party
from irm_model.errors import IrmError
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId, ParagraphIdError
from irm_model.tools import TOOLS, Channel, UnknownToolError, channel_name, channel_named

__all__ = [
    "FORMAT_VERSION",
    "Answered",
    "ChoiceDocumented",
    "ContactRecord",
    "Encouraged",
    "HelpAsked",
    "HelpExplained",
    "Offered",
    "Problem",
    "RecordError",
    "RecordEvent",
    "Requested",
    "holds_identifier",
    "identifier_fields",
    "json_schema",
    "parse_record",
]

FORMAT_VERSION: Literal[1] = 1
"""The version of the record format these models read and write (``format_version`` of every record)."""

_IDENTIFIER = re.compile(r"(?<!\d)(?:\d{3}-\d{2}-\d{4}|\d{2}-\d{7}|\d{9})(?!\d)")
_CANDIDATE = re.compile(r"\d\d(?:\d{7}|-\d{7}|\d-\d\d-\d{4})")
"""The same patterns without the digit boundaries: a quicker first search, confirmed by ``_IDENTIFIER``."""
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PROGRAMS = tuple(str(paragraph) for paragraph in MEMO_PARAGRAPHS if not paragraph.is_memo)
_NAMES = (*(tool.name for tool in TOOLS.values()), channel_name(Channel.FAX), channel_name(Channel.POSTAL_MAIL))


def _field(loc: Sequence[int | str]) -> str:
    """``("events", 2, "channel")`` -> ``events[2].channel``; the whole record for an empty location."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "the record"


def holds_identifier(text: str) -> bool:
    """Whether ``text`` holds what looks like a taxpayer identifier: ``NNN-NN-NNNN``, ``NN-NNNNNNN`` or nine digits."""
    return _CANDIDATE.search(text) is not None and _IDENTIFIER.search(text) is not None


def _identifiers(value: object, loc: tuple[int | str, ...]) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if holds_identifier(str(key)):
                yield f"a field name in {_field(loc)}" if loc else "a field name"
            else:
                yield from _identifiers(item, (*loc, str(key)))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _identifiers(item, (*loc, index))
    elif isinstance(value, str | int | float) and not isinstance(value, bool) and holds_identifier(str(value)):
        yield _field(loc)


def identifier_fields(data: object) -> tuple[str, ...]:
    """The fields of raw record data (parsed JSON or YAML) whose value looks like a taxpayer identifier.

    An SSN or ITIN (``NNN-NN-NNNN``), an EIN (``NN-NNNNNNN``) or a run of exactly nine digits,
    anywhere in a text or a number; field names count too. Fields are named as
    ``events[2].channel``; the values are never returned.
    """
    # One search over the whole record first (values are separated by quotes, commas and colons, so no two of them
    # join into one run of digits); the walk that names the fields runs only where something was found, or where
    # the data is not JSON (a YAML mapping with a list for a key).
    try:
        whole = json.dumps(data, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        whole = None
    if whole is not None and not holds_identifier(whole):
        return ()
    return tuple(dict.fromkeys(_identifiers(data, ())))


@lru_cache(maxsize=1024)
def _channel(text: str) -> Channel:
    """[`channel_named`][irm_model.tools.channel_named], remembered: a file of records repeats the same few names."""
    return channel_named(text)


def _known_channel(text: str) -> str:
    try:
        _channel(text)
    except UnknownToolError:
        raise PydanticCustomError(
            "unknown_tool",
            "is not a digital tool the memorandum names, nor fax, nor postal mail; write the name as the memorandum "
            'does, for example "Document Upload Tool (DUT)", "EEFax" or "postal mail"',
        ) from None
    return text


ChannelName = Annotated[
    str,
    AfterValidator(_known_channel),
    WithJsonSchema(
        {
            "type": "string",
            "description": "A digital tool as the memorandum writes it (its name, abbreviation or another spelling "
            'the memorandum uses, in any case: "Document Upload Tool (DUT)", "DUT", "Eefax"), "fax" or "postal mail".',
            "examples": list(_NAMES),
        }
    ),
]
"""A channel as the memorandum writes it: a digital tool's name or another spelling, ``fax`` or ``postal mail``."""


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Offered(_Model):
    """The employee offered a channel: a digital tool, fax, or postal mail."""

    event: Literal["offered"]
    """``offered``."""
    channel: ChannelName
    """The channel offered."""

    def apply(self, contact: Contact) -> Contact:
        """The contact after this event."""
        return contact.offer(_channel(self.channel))


class Answered(_Model):
    """The taxpayer (or representative) answered the offer of a channel."""

    event: Literal["answered"]
    """``answered``."""
    channel: ChannelName
    """The channel whose offer is answered: it must have been offered before."""
    answer: Answer
    """``accepted``, ``cannot use``, ``will not use`` or ``exhausted``."""

    def apply(self, contact: Contact) -> Contact:
        """The contact after this event.

        Raises:
            ContactError: ``not_offered``, the channel was never offered.
        """
        return contact.answer(_channel(self.channel), self.answer)


class Encouraged(_Model):
    """The employee encouraged the taxpayer to use the digital tools."""

    event: Literal["encouraged"]
    """``encouraged``."""

    def apply(self, contact: Contact) -> Contact:
        """The contact after this event."""
        return contact.encourage()


class HelpAsked(_Model):
    """The taxpayer needed help using a digital tool."""

    event: Literal["help asked"]
    """``help asked``."""
    tool: ChannelName | None = None
    """The tool they needed help with; none for the digital tools in general."""

    def apply(self, contact: Contact) -> Contact:
        """The contact after this event."""
        return contact.ask_for_help(None if self.tool is None else _channel(self.tool))


class HelpExplained(_Model):
    """The employee explained how to use a digital tool."""

    event: Literal["help explained"]
    """``help explained``."""
    tool: ChannelName | None = None
    """The tool explained; none for the digital tools in general."""

    def apply(self, contact: Contact) -> Contact:
        """The contact after this event."""
        return contact.explain(None if self.tool is None else _channel(self.tool))


class ChoiceDocumented(_Model):
    """The employee documented the taxpayer's choice."""

    event: Literal["choice documented"]
    """``choice documented``."""

    def apply(self, contact: Contact) -> Contact:
        """The contact after this event."""
        return contact.document_choice()


RecordEvent = Annotated[
    Offered | Answered | Encouraged | HelpAsked | HelpExplained | ChoiceDocumented, Field(discriminator="event")
]
"""One event of a contact, told apart by its ``event``."""

_EVENT_TAGS: tuple[str, ...] = tuple(
    get_args(kind.model_fields["event"].annotation)[0]
    for kind in (Offered, Answered, Encouraged, HelpAsked, HelpExplained, ChoiceDocumented)
)
_EVENTS = ", ".join(f'"{tag}"' for tag in _EVENT_TAGS)


class Requested(_Model):
    """What the employee requested."""

    what: Literal["information", "tax return"]
    """``information``, or ``tax return``."""
    digital_means_acceptable: StrictBool = True
    """For a tax return: whether digital tools are authorized to secure it and digital signatures acceptable. Only
    where they are not does the mandate give way to current guidance (SBSE-05-0126-0020(3))."""


class ContactRecord(_Model):
    """One contact as it happened: the facts and the events in order (format version 1).

    Example (one line of a ``.jsonl`` file, wrapped here):

    ```json
    {"format_version": 1, "id": "2026-03-02-0001", "program": "IRM 5.19.1.2(13)", "date": "2026-03-02",
     "party": "taxpayer", "tools_available": ["Document Upload Tool (DUT)", "EEFax"],
     "preference": "EEFax", "requested": {"what": "information"},
     "events": [{"event": "offered", "channel": "EEFax"}, {"event": "encouraged"},
                {"event": "answered", "channel": "EEFax", "answer": "accepted"},
                {"event": "choice documented"}]}
    ```
    """

    format_version: Literal[1]
    """The version of the format the record is written in: 1."""
    id: str | None = Field(default=None, max_length=200)
    """Your own reference for the record, if any (never a taxpayer identifier)."""
    program: Annotated[
        str,
        WithJsonSchema(
            {
                "type": "string",
                "enum": list(_PROGRAMS),
                "description": "The IRM paragraph the contact was worked under, as the site writes its id.",
            }
        ),
    ]
    """The IRM paragraph the contact was worked under, e.g. ``IRM 5.19.1.2(13)``: one the memorandum changes."""
    date: datetime.date
    """The day of the contact, ``YYYY-MM-DD``."""
    party: Party
    """``taxpayer``, or ``representative`` (an authorized representative or POA)."""
    tools_available: tuple[ChannelName, ...]
    """The digital tools available for the contact, in the order the employee lists them (fax counts as one, as
    the register's reading ``fax_is_digital`` says)."""
    tools_not_appropriate: tuple[ChannelName, ...] = ()
    """Those of the tools available that the employee judged not appropriate for this request."""
    preference: ChannelName | None = None
    """The taxpayer's preferred digital communication method, if they named one."""
    requested: Requested
    """What was requested."""
    events: tuple[RecordEvent, ...]
    """What happened, in order; empty for a contact not started."""
    note: str | None = Field(default=None, max_length=2000)
    """Free text (never a taxpayer identifier)."""

    @model_validator(mode="before")
    @classmethod
    def _no_taxpayer_identifier(cls, data: Any) -> Any:
        if fields := identifier_fields(data):
            raise PydanticCustomError(
                "taxpayer_identifier",
                "{hold} what looks like a taxpayer identifier (an SSN or ITIN NNN-NN-NNNN, an EIN NN-NNNNNNN, or "
                "nine digits in a row); records carry none: remove it",
                {"fields": ", ".join(fields), "hold": "holds" if len(fields) == 1 else "hold"},
            )
        return data

    @field_validator("program")
    @classmethod
    def _paragraph_id(cls, program: str) -> str:
        try:
            ParagraphId.parse(program)
        except ParagraphIdError:
            raise PydanticCustomError(
                "paragraph_id_malformed", "is not a paragraph id; write it as the site does, e.g. IRM 5.19.1.2(13)"
            ) from None
        return program

    @field_validator("date", mode="before")
    @classmethod
    def _iso_day(cls, value: object) -> object:
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            return value
        if not isinstance(value, str) or not _DAY.fullmatch(value):
            raise PydanticCustomError("date_format", "write the day as YYYY-MM-DD, e.g. 2026-03-02")
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError("date_impossible", "there is no such day in the calendar") from None

    def to_contact(self) -> Contact:
        """The model's [`Contact`][irm_model.contact.Contact], built event by event through its own methods.

        Raises:
            RecordError: the model refuses the record: ``unknown_program`` (a paragraph the memorandum does not
                change, or a Procedural Change), ``not_a_digital_tool`` (postal mail among the tools available),
                ``not_offered`` (an answer to an offer never made); each naming its field.
        """
        try:
            contact = Contact(
                program=ParagraphId.parse(self.program),
                on=self.date,
                party=self.party,
                available=tuple(_channel(name) for name in self.tools_available),
                not_appropriate=tuple(_channel(name) for name in self.tools_not_appropriate),
                preferred=None if self.preference is None else _channel(self.preference),
                tax_return=self.requested.what == "tax return",
                digital_means_acceptable=self.requested.digital_means_acceptable,
            )
        except ValidationError as error:
            raise RecordError(_problems(error, rename=_CONTACT_FIELDS)) from None
        for index, event in enumerate(self.events):
            try:
                contact = event.apply(contact)
            except ContactError as error:
                text = f"{error}; record the offer before its answer"
                raise RecordError([Problem(field=f"events[{index}]", code=error.code, text=text)]) from None
        return contact

    @classmethod
    def of(cls, contact: Contact, *, id: str | None = None, note: str | None = None) -> ContactRecord:
        """The record of ``contact``: the inverse of [`to_contact`][irm_model.records.ContactRecord.to_contact].

        Channels are written as the memorandum writes them (``Enterprise e-Fax system (EEFax)``).
        """
        return cls(
            format_version=FORMAT_VERSION,
            id=id,
            program=str(contact.program),
            date=contact.on,
            party=contact.party,
            tools_available=tuple(channel_name(tool) for tool in contact.available),
            tools_not_appropriate=tuple(channel_name(tool) for tool in contact.not_appropriate),
            preference=None if contact.preferred is None else channel_name(contact.preferred),
            requested=Requested(
                what="tax return" if contact.tax_return else "information",
                digital_means_acceptable=contact.digital_means_acceptable,
            ),
            events=tuple(_record_event(event) for event in contact.events),
            note=note,
        )


def _name(channel: Channel | None) -> str | None:
    return None if channel is None else channel_name(channel)


def _record_event(event: Event) -> Offered | Answered | Encouraged | HelpAsked | HelpExplained | ChoiceDocumented:
    channel = channel_name(event.channel) if event.channel is not None else ""
    match event.kind:
        case EventKind.OFFERED:
            return Offered(event="offered", channel=channel)
        case EventKind.ANSWERED:
            assert event.answer is not None, "Contact.answer always records the answer"
            return Answered(event="answered", channel=channel, answer=event.answer)
        case EventKind.ENCOURAGED:
            return Encouraged(event="encouraged")
        case EventKind.HELP_REQUESTED:
            return HelpAsked(event="help asked", tool=_name(event.channel))
        case EventKind.HELP_EXPLAINED:
            return HelpExplained(event="help explained", tool=_name(event.channel))
        case EventKind.CHOICE_DOCUMENTED:
            return ChoiceDocumented(event="choice documented")


class Problem(BaseModel):
    """One thing wrong with a record: where, what kind, and what to do, in our words (never the value)."""

    model_config = ConfigDict(frozen=True)

    field: str
    """The field, as ``events[2].channel`` (``the record`` for the record as a whole)."""
    code: str
    """The kind of problem: ``missing``, ``unknown_tool``, ``not_offered``, ``taxpayer_identifier`` ..."""
    text: str
    """What is wrong and what to do."""

    def __str__(self) -> str:
        return f"{self.field}: {self.text}" if self.field != "the record" else self.text


class RecordError(IrmError):
    """A record that cannot be read, with every problem found; the message never repeats a value of the record."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        """What is wrong, field by field."""
        super().__init__(self.problems[0].code, "; ".join(str(problem) for problem in self.problems))


_CONTACT_FIELDS = {
    "program": "program",
    "on": "date",
    "party": "party",
    "available": "tools_available",
    "not_appropriate": "tools_not_appropriate",
    "preferred": "preference",
}

_WORDS = {
    "missing": "is missing; add it",
    "extra_forbidden": "is not a field of a contact record; remove it or correct its name",
    "union_tag_invalid": "is not an event of the format; write one of {events}",
    "union_tag_not_found": 'has no "event"; say which event it is: {events}',
    "literal_error": "must be {expected}",
    "enum": "must be {expected}",
    "string_type": "must be text",
    "bool_type": "must be true or false",
    "list_type": "must be a list",
    "tuple_type": "must be a list",
    "model_type": "must be an object (a JSON object, a YAML mapping)",
    "model_attributes_type": "must be an object (a JSON object, a YAML mapping)",
    "dict_type": "must be an object (a JSON object, a YAML mapping)",
    "string_too_long": "is longer than {max_length} characters",
}


def _wording(error: ErrorDetails) -> str:
    kind, context = error["type"], error.get("ctx", {})
    if error["loc"] == ("format_version",) and kind == "literal_error":
        return f"must be {FORMAT_VERSION}, the version of the format this model reads"
    if kind in _WORDS:
        return _WORDS[kind].format(events=_EVENTS, **{key: str(value) for key, value in context.items()})
    return error["msg"]  # our own custom errors, and pydantic's wording of a type, which never repeats the input


def _problems(error: ValidationError, rename: dict[str, str] | None = None) -> list[Problem]:
    problems: list[Problem] = []
    for detail in error.errors(include_input=False, include_url=False):
        loc = list(detail["loc"])
        if rename and loc and isinstance(loc[0], str):
            loc[0] = rename.get(loc[0], loc[0])
        kept = [
            part
            for i, part in enumerate(loc)
            if not (part in _EVENT_TAGS and i >= 2 and loc[i - 2] == "events" and isinstance(loc[i - 1], int))
        ]
        field = _field(kept)
        if detail["type"] == "taxpayer_identifier":  # found before the fields are read: the fields are named in it
            field = str(detail.get("ctx", {}).get("fields", field))
        problems.append(Problem(field=field, code=detail["type"], text=_wording(detail)))
    return problems


def parse_record(data: object) -> ContactRecord:
    """Read one record from parsed JSON or YAML.

    Raises:
        RecordError: every problem of the record, in our words; a taxpayer identifier alone is reported first
            and alone (nothing else of the record is looked at).
    """
    try:
        return ContactRecord.model_validate(data)
    except ValidationError as error:
        raise RecordError(_problems(error)) from None


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a contact record, generated from the models.

    [`ContactRecord`][irm_model.records.ContactRecord] and its parts, as pydantic writes their schema, under the title
    "Contact record, format version 1".
    """
    schema = ContactRecord.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Contact record, format version 1",
        **{key: value for key, value in schema.items() if key != "title"},
    }
