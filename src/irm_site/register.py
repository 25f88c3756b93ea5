"""The readings page: every reading the model takes where the memorandum is silent, for policy staff.

The register itself is [irm_model.readings][]; this module only writes its page, from plain data
([`Reading.as_data`][irm_model.readings.Reading.as_data]), so tests call it without building a site.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from irm_model.paragraphs import ParagraphId
from irm_model.readings import ReadingStatus
from irm_site.render import READINGS_PAGE, cross_references, markdown_text, reading_status, relative

__all__ = ["STATUS_HEADINGS", "readings_page"]

STATUS_HEADINGS: dict[str, str] = {
    ReadingStatus.AWAITING.value: "Awaiting policy confirmation",
    ReadingStatus.CONFIRMED.value: "Confirmed",
}
"""The page's groups, in order: each status and its heading."""

_INTRO = """\
The memorandum does not answer every question a rule must answer: is "15 mb" 15,000,000 bytes or
15 MiB? Is the day of a request day 1 of its 15 calendar days? Where the text is silent or
ambiguous, the model takes a **reading**, and every reading is written once, in one register
(`src/irm_model/readings.py`): the question, the paragraphs that leave it open, the reading taken
and why. The rules take their values from there, so changing a reading is one edit there, and the
scenarios show its effect.

Each reading below is awaiting policy confirmation until policy staff confirm it (`irm signoff
--reading KEY`, recorded in the sign-off ledger `signoff.jsonl`); a confirmed reading names who
confirmed it and when, and a reading whose words or value changed since says so. Each paragraph's
page links to the readings that touch it.
"""


def _group(reading: Mapping[str, Any]) -> str:
    """The status a reading is listed under: confirmed when the register or the sign-off ledger says so."""
    review = reading.get("review") or {}
    return ReadingStatus.CONFIRMED.value if review.get("state") == "signed off" else str(reading["status"])


def _paragraphs(paragraphs: Sequence[str], page: str) -> str:
    return ", ".join(f"[{p}]({relative(ParagraphId.parse(p).link, page)})" for p in paragraphs)


def _entry(reading: Mapping[str, Any], page: str, known: Sequence[ParagraphId], rests: Sequence[str]) -> list[str]:
    key = reading["key"]

    def words(text: str) -> str:
        return cross_references(markdown_text(text), known, page)

    return [
        f"### {markdown_text(reading['question'])} {{ #{key} }}",
        "",
        f"- **Reading taken:** {words(reading['taken'])}",
        f"- **Why:** {words(reading['why'])}",
        f"- **Paragraphs whose text leaves it open:** {_paragraphs(reading['paragraphs'], page)}",
        f"- **Status:** {markdown_text(reading_status(reading))}",
        f"- **In the register:** `Readings.{key}`"
        + (f"; reasons that rest on it: {', '.join(f'`{code}`' for code in rests)}" if rests else ""),
        "",
    ]


def readings_page(
    readings: Sequence[Mapping[str, Any]],
    page: str = READINGS_PAGE,
    known: Sequence[ParagraphId] = (),
    resting: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """The readings page: every reading, grouped by status, each under a heading whose anchor is its key.

    Args:
        readings: Every reading of the register as plain data, in the register's order, each with its
            ``review`` in the sign-off ledger when there is one.
        page: The page's path under ``docs/``; links are relative to it.
        known: The paragraphs shown on the site: their mentions in a reading's words become links.
        resting: The codes of the reasons that rest on each reading, by the reading's key.
    """
    resting = resting or {}
    groups: dict[str, list[Mapping[str, Any]]] = {status: [] for status in STATUS_HEADINGS}
    for reading in readings:
        groups.setdefault(_group(reading), []).append(reading)
    counts = ", ".join(f"{len(group)} {status}" for status, group in groups.items())
    lines = [
        "# Readings where the memorandum is silent",
        "",
        _INTRO,
        f"{len(readings)} reading{'s' if len(readings) != 1 else ''}: {counts}.",
        "",
    ]
    for status, group in groups.items():
        lines += [f"## {STATUS_HEADINGS.get(status, status.capitalize())} ({len(group)})", ""]
        if not group:
            lines += ["None yet.", ""]
        for reading in group:
            lines += _entry(reading, page, known, resting.get(reading["key"], ()))
    return "\n".join(lines)
