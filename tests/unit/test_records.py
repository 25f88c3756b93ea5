"""The contact record format: what it reads, what it refuses (in its own words), and never a taxpayer identifier."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest

from irm_model.contact import Answer, Contact, Event, EventKind, Party
from irm_model.paragraphs import MEMO_PARAGRAPHS, ParagraphId
from irm_model.records import (
    FORMAT_VERSION,
    ContactRecord,
    RecordError,
    holds_identifier,
    identifier_fields,
    json_schema,
    parse_record,
)
from irm_model.tools import FAX, POSTAL_MAIL, Channel

GOOD: dict[str, Any] = {
    "format_version": 1,
    "id": "2026-03-02-0001",
    "program": "IRM 5.19.1.2(13)",
    "date": "2026-03-02",
    "party": "taxpayer",
    "tools_available": ["Document Upload Tool (DUT)", "Eefax"],
    "preference": "EEFAX",
    "requested": {"what": "information"},
    "events": [
        {"event": "offered", "channel": "EEFax"},
        {"event": "encouraged"},
        {"event": "help asked", "tool": "EEFax"},
        {"event": "help explained", "tool": "EEFax"},
        {"event": "answered", "channel": "EEFax", "answer": "accepted"},
        {"event": "choice documented"},
    ],
    "note": "Called back at the taxpayer's request.",
}


def record(**changes: Any) -> dict[str, Any]:
    """The good record with ``changes`` (a value of ``None`` removes the field)."""
    data = copy.deepcopy(GOOD)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def refusal(data: object) -> RecordError:
    with pytest.raises(RecordError) as refused:
        parse_record(data).to_contact()
    return refused.value


# Reading a record


def test_a_record_builds_the_contact_event_by_event() -> None:
    contact = parse_record(GOOD).to_contact()
    assert contact.program == ParagraphId.parse("IRM 5.19.1.2(13)")
    assert contact.on == date(2026, 3, 2)
    assert contact.party is Party.TAXPAYER
    assert contact.available == (Channel.DUT, Channel.EEFAX)
    assert contact.preferred is Channel.EEFAX
    assert (contact.tax_return, contact.digital_means_acceptable) == (False, True)
    assert [event.kind for event in contact.events] == [
        EventKind.OFFERED,
        EventKind.ENCOURAGED,
        EventKind.HELP_REQUESTED,
        EventKind.HELP_EXPLAINED,
        EventKind.ANSWERED,
        EventKind.CHOICE_DOCUMENTED,
    ]
    assert contact.events[4] == Event(kind=EventKind.ANSWERED, channel=Channel.EEFAX, answer=Answer.ACCEPTED)


def test_the_optional_fields_have_the_contacts_defaults() -> None:
    data = record(id=None, note=None, preference=None, events=[])
    contact = parse_record(data).to_contact()
    assert (contact.preferred, contact.not_appropriate, contact.events) == (None, (), ())


def test_a_tax_return_and_whether_digital_means_are_acceptable_for_it() -> None:
    data = record(requested={"what": "tax return", "digital_means_acceptable": False}, events=[])
    contact = parse_record(data).to_contact()
    assert (contact.tax_return, contact.digital_means_acceptable, contact.exempt) == (True, False, True)


def test_a_representative_and_tools_not_appropriate() -> None:
    data = record(party="representative", tools_not_appropriate=["DUT"], events=[])
    contact = parse_record(data).to_contact()
    assert (contact.party, contact.not_appropriate, contact.owed) == (
        Party.REPRESENTATIVE,
        (Channel.DUT,),
        (Channel.EEFAX,),
    )


def test_fax_may_be_listed_among_the_tools_as_the_register_reads_it() -> None:
    contact = parse_record(record(tools_available=["fax"], preference=None, events=[])).to_contact()
    assert contact.available == (FAX,)


def test_postal_mail_may_be_offered_and_answered() -> None:
    events = [
        {"event": "offered", "channel": "postal mail"},
        {"event": "answered", "channel": "mail", "answer": "accepted"},
    ]
    contact = parse_record(record(events=events)).to_contact()
    assert contact.offered == (POSTAL_MAIL,)


def test_a_contact_written_as_a_record_reads_back_as_the_same_contact() -> None:
    contact = (
        Contact(
            program=ParagraphId.parse("IRM 5.19.11.1.5(1)"),
            on=date(2026, 5, 4),
            party=Party.REPRESENTATIVE,
            available=(Channel.WHC_PORTAL, Channel.LIVE_CHATBOT, Channel.DUT),
            not_appropriate=(Channel.DUT,),
            preferred=Channel.LIVE_CHATBOT,
            tax_return=True,
            digital_means_acceptable=True,
        )
        .offer(Channel.LIVE_CHATBOT)
        .encourage()
        .answer(Channel.LIVE_CHATBOT, Answer.CANNOT_USE)
        .ask_for_help()
        .explain()
        .offer(Channel.WHC_PORTAL)
        .answer(Channel.WHC_PORTAL, Answer.WILL_NOT_USE)
        .offer(POSTAL_MAIL)
        .answer(POSTAL_MAIL, Answer.ACCEPTED)
        .document_choice()
    )
    written = ContactRecord.of(contact, id="r-1", note="n")
    assert written.format_version == FORMAT_VERSION
    assert written.tools_available == ("WHC Self Help Portal", "live chatbot", "Document Upload Tool (DUT)")
    assert parse_record(written.model_dump(mode="json")).to_contact() == contact


# What a record may not hold, each refused naming its field (and never repeating its value)


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"program": "IRM 5.19.1.2(99)"}, "unknown_program", "program"),
        ({"program": "SBSE-05-0126-0020(1)"}, "unknown_program", "program"),
        ({"program": "Collection, page 3"}, "paragraph_id_malformed", "program"),
        ({"tools_available": ["DUT", "Carrier pigeon"]}, "unknown_tool", "tools_available[1]"),
        ({"preference": "Carrier pigeon"}, "unknown_tool", "preference"),
        ({"tools_available": ["postal mail"], "preference": None}, "not_a_digital_tool", "tools_available"),
        ({"date": "2026-02-30"}, "date_impossible", "date"),
        ({"date": "03/02/2026"}, "date_format", "date"),
        ({"date": 20260302}, "date_format", "date"),
        ({"party": None}, "missing", "party"),
        ({"party": "neighbour"}, "enum", "party"),
        ({"format_version": 2}, "literal_error", "format_version"),
        ({"tool_available": ["DUT"]}, "extra_forbidden", "tool_available"),
        ({"requested": {"what": "a refund"}}, "literal_error", "requested.what"),
        (
            {"requested": {"what": "tax return", "digital_means_acceptable": "no"}},
            "bool_type",
            "requested.digital_means_acceptable",
        ),
        ({"events": [{"event": "waved"}]}, "union_tag_invalid", "events[0]"),
        ({"events": [{"channel": "DUT"}]}, "union_tag_not_found", "events[0]"),
        ({"events": [{"event": "offered"}]}, "missing", "events[0].channel"),
        ({"events": [{"event": "answered", "channel": "DUT", "answer": "maybe"}]}, "enum", "events[0].answer"),
        ({"events": [{"event": "answered", "channel": "DUT", "answer": "accepted"}]}, "not_offered", "events[0]"),
    ],
)
def test_a_record_that_cannot_be_read_names_the_field(changes: dict[str, Any], code: str, field: str) -> None:
    error = refusal(record(**changes))
    assert (error.code, error.problems[0].field) == (code, field)
    assert str(error).startswith(f"{field}: ")


def test_every_problem_of_a_record_is_named_together() -> None:
    error = refusal(record(party=None, date="2026-13-01", tools_available=["Carrier pigeon"]))
    assert [(p.field, p.code) for p in error.problems] == [
        ("date", "date_impossible"),
        ("party", "missing"),
        ("tools_available[0]", "unknown_tool"),
    ]


def test_a_record_that_is_not_an_object_is_refused() -> None:
    assert refusal(["not", "a", "record"]).code == "model_type"


@pytest.mark.parametrize("value", ["Carrier pigeon", "IRM 5.19.1.2(99)", "neighbour", "2026-02-30", "maybe"])
def test_no_message_repeats_a_value_of_the_record(value: str) -> None:
    data = record(
        tools_available=["DUT", value],
        party=value,
        date=value,
        events=[{"event": "offered", "channel": "DUT"}, {"event": "answered", "channel": "DUT", "answer": value}],
    )
    assert value not in str(refusal(data))


# No taxpayer identifiers


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"note": "SSN 123-45-6789 on file"}, "note"),
        ({"note": "ITIN 912-70-1234"}, "note"),
        ({"id": "EIN 12-3456789"}, "id"),
        ({"note": "account 123456789"}, "note"),
        ({"id": 123456789}, "id"),
        ({"events": [{"event": "offered", "channel": "DUT 123-45-6789"}]}, "events[0].channel"),
        ({"requested": {"what": "information", "123-45-6789": True}}, "a field name in requested"),
        ({"program": "IRM 123456789"}, "program"),
    ],
)
def test_a_taxpayer_identifier_is_refused_naming_the_field_never_the_value(changes: dict[str, Any], field: str) -> None:
    error = refusal(record(**changes))
    assert (error.code, len(error.problems)) == ("taxpayer_identifier", 1)
    assert str(error).startswith(f"{field}: holds what looks like a taxpayer identifier")
    for secret in ("123-45-6789", "912-70-1234", "12-3456789", "123456789"):
        assert secret not in str(error)


def test_an_identifier_is_found_in_data_that_is_not_json() -> None:
    """A YAML mapping may have a list for a key, and a record a date object: the search still covers them."""
    assert identifier_fields({("a", "b"): "SSN 123-45-6789", "date": date(2026, 3, 2)}) == ("('a', 'b')",)
    assert identifier_fields({("a", "b"): "nothing", "date": date(2026, 3, 2)}) == ()


def test_every_field_holding_an_identifier_is_named() -> None:
    assert identifier_fields(record(id="123-45-6789", note="12-3456789")) == ("id", "note")
    assert "id, note: hold what looks like" in str(refusal(record(id="123-45-6789", note="12-3456789")))


@pytest.mark.parametrize(
    "text",
    ["2026-03-02", "call 555-123-4567", "ten digits 1234567890", "eight 12345678", "IRM 5.19.1.2(13)", "12-345678"],
)
def test_dates_phone_numbers_and_other_runs_of_digits_are_not_identifiers(text: str) -> None:
    assert not holds_identifier(text)
    assert parse_record(record(note=text)).note == text


@pytest.mark.parametrize("text", ["123-45-6789", "x12-3456789x", "123456789", "a123456789b"])
def test_the_three_identifier_patterns(text: str) -> None:
    assert holds_identifier(text)


# The schema


def test_the_json_schema_is_generated_from_the_models() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert set(schema["required"]) == {
        "format_version",
        "program",
        "date",
        "party",
        "tools_available",
        "requested",
        "events",
    }
    assert schema["additionalProperties"] is False
    assert schema["properties"]["format_version"]["const"] == 1
    assert schema["properties"]["program"]["enum"] == [str(p) for p in MEMO_PARAGRAPHS if not p.is_memo]
    assert schema["properties"]["date"]["format"] == "date"
    events = schema["properties"]["events"]["items"]
    assert events["discriminator"]["propertyName"] == "event"
    assert set(events["discriminator"]["mapping"]) == {
        "offered",
        "answered",
        "encouraged",
        "help asked",
        "help explained",
        "choice documented",
    }
    assert schema["$defs"]["Answer"]["enum"] == [answer.value for answer in Answer]


# Word for word: the messages a person reads


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (record(party=None), "party: is missing; add it"),
        (record(extra=1), "extra: is not a field of a contact record; remove it or correct its name"),
        (
            record(events=[{"event": "waved"}]),
            'events[0]: is not an event of the format; write one of "offered", "answered", "encouraged", '
            '"help asked", "help explained", "choice documented"',
        ),
        (
            record(events=[{"channel": "DUT"}]),
            'events[0]: has no "event"; say which event it is: "offered", "answered", "encouraged", "help asked", '
            '"help explained", "choice documented"',
        ),
        (record(requested={"what": "x"}), "requested.what: must be 'information' or 'tax return'"),
        (record(party="x"), "party: must be 'taxpayer' or 'representative'"),
        (record(id=5), "id: must be text"),
        (
            record(requested={"what": "information", "digital_means_acceptable": 1}),
            "requested.digital_means_acceptable: must be true or false",
        ),
        (record(tools_available="DUT"), "tools_available: must be a list"),
        (record(requested="x"), "requested: must be an object (a JSON object, a YAML mapping)"),
        ([1], "must be an object (a JSON object, a YAML mapping)"),
        (record(id="x" * 201), "id: is longer than 200 characters"),
        (record(format_version=2), "format_version: must be 1, the version of the format this model reads"),
        (
            record(tools_available=["Carrier"]),
            "tools_available[0]: is not a digital tool the memorandum names, nor fax, nor postal mail; write the "
            'name as the memorandum does, for example "Document Upload Tool (DUT)", "EEFax" or "postal mail"',
        ),
        (record(date="x"), "date: write the day as YYYY-MM-DD, e.g. 2026-03-02"),
        (record(date="2026-02-30"), "date: there is no such day in the calendar"),
        (record(program="x"), "program: is not a paragraph id; write it as the site does, e.g. IRM 5.19.1.2(13)"),
        (
            record(tools_available=["mail"], preference=None),
            "tools_available: postal mail is not one of the digital tools the memorandum names; list only digital "
            "tools here",
        ),
        (
            record(events=[{"event": "answered", "channel": "EEFax", "answer": "accepted"}]),
            "events[0]: Enterprise e-Fax system (EEFax) was never offered, so it cannot be answered; record the offer "
            "before its answer",
        ),
        (
            record(note="123456789"),
            "note: holds what looks like a taxpayer identifier (an SSN or ITIN NNN-NN-NNNN, an EIN NN-NNNNNNN, or nine "
            "digits in a row); records carry none: remove it",
        ),
        (
            record(note="123456789", id="12-3456789"),
            "id, note: hold what looks like a taxpayer identifier (an SSN or ITIN NNN-NN-NNNN, an EIN NN-NNNNNNN, or "
            "nine digits in a row); records carry none: remove it",
        ),
    ],
)
def test_word_for_word(data: object, message: str) -> None:
    assert str(refusal(data)) == message


def test_a_record_keeps_its_id_note_and_the_tool_help_was_about() -> None:
    contact = (
        Contact(program=ParagraphId.parse("IRM 5.19.1.2(13)"), on=date(2026, 5, 4), available=(Channel.DUT,))
        .offer(Channel.DUT)
        .ask_for_help(Channel.DUT)
        .explain(Channel.DUT)
    )
    record = ContactRecord.of(contact, id="case-7", note="called back")
    assert (record.id, record.note, record.preference) == ("case-7", "called back", None)
    assert record.requested.what == "information"
    dumped = record.model_dump(mode="json", exclude_none=True)
    assert dumped["events"][1:] == [
        {"event": "help asked", "tool": "Document Upload Tool (DUT)"},
        {"event": "help explained", "tool": "Document Upload Tool (DUT)"},
    ]
    assert record.to_contact() == contact
    general = ContactRecord.of(contact.ask_for_help().explain())
    assert general.model_dump(mode="json", exclude_none=True)["events"][-2:] == [
        {"event": "help asked"},
        {"event": "help explained"},
    ]
    assert general.to_contact().events[-1] == Event(kind=EventKind.HELP_EXPLAINED)
