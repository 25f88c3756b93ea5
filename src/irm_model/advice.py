"""What to tell an employee: the next step of a contact as one sentence, and reasons as data.

[`advice`][irm_model.advice.advice] turns [`next_step`][irm_model.contact.next_step]'s decision into
what ``irm next`` prints and what the site's assistant shows: the instruction, the paragraphs it
follows with their words of force, and what to document (as the events to add to the record).
[`cites`][irm_model.advice.cites] and [`reason_data`][irm_model.advice.reason_data] write reasons
the one way every command and page does. Nothing here reads or writes a file.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from irm_model.contact import Action, Answer, Contact, EventKind, NextStep, Party, Why
from irm_model.reasons import Decision, Reason
from irm_model.tools import POSTAL_MAIL, channel_name

__all__ = ["ANSWERS", "advice", "cited", "cites", "reason_data"]


def cites(reasons: Iterable[Reason]) -> str:
    """``IRM 5.19.1.2(13) "must offer"; SBSE-05-0126-0020(1) "are required to offer"``: once each, in order."""
    return cited((reason.paragraph, reason.force) for reason in reasons)


def cited(citations: Iterable[Sequence[object]]) -> str:
    """[`cites`][irm_model.advice.cites] for citations given as data: ``(paragraph, words of force or None)``."""
    seen = dict.fromkeys(f'{paragraph} "{force}"' if force else str(paragraph) for paragraph, force in citations)
    return "; ".join(seen)


def reason_data(reason: Reason) -> dict[str, Any]:
    """A reason for ``--json``: its code, the paragraph it cites, that paragraph's word of force, its sentence."""
    return {"code": reason.code, "paragraph": str(reason.paragraph), "force": reason.force, "text": reason.text}


ANSWERS = [answer.value for answer in Answer]
"""The answers a record may give to an offer, as ``events_to_record`` lists them."""


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
    answered = {"event": "answered", "channel": name, "answer": ANSWERS}
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
    """The next step as data: the sentence, its reasons, and what to document (also what ``--json`` writes).

    ``step`` is ``Next: {instruction} ({cites})``, where the citations are those of the reasons coded
    ``step_reason``: the step's own reason (a tool not owed is context, given with the other reasons).
    """
    if decision.outcome is None:
        why = "; ".join(f"{reason.text} ({reason.paragraph})" for reason in decision.reasons)
        return {
            "applies": False,
            "step": f"The interim guidance does not govern {contact.on.isoformat()}: {why}.",
            "reasons": [reason_data(reason) for reason in decision.reasons],
        }
    step = decision.outcome
    instruction, document, events = _step(contact, step)
    # The sentence cites the step's own reason; a tool not owed (not appropriate) is context, given under "Because"
    # (next_step gives it only beside the reason of the step itself).
    main = next(code for code in decision.codes if code != Why.tool_not_appropriate.code)
    return {
        "applies": True,
        "action": step.action.value,
        "channel": None if step.channel is None else channel_name(step.channel),
        "instruction": instruction,
        "step_reason": main,
        "step": f"Next: {instruction} ({cites(r for r in decision.reasons if r.code == main)}).",
        "reasons": [reason_data(reason) for reason in decision.reasons],
        "document": f"Document {document}.",
        "events_to_record": events,
    }
