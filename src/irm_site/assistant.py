"""The assistant's answers: the model run over every contact the page can express, within a bound, as data.

The page "What do I offer next?" answers from data the build writes, because a page opened from a
plain folder cannot ask anything of a server. The data is the model's own answers
([`advice`][irm_model.advice.advice] over [`next_step`][irm_model.contact.next_step], and
[`review_contact`][irm_model.contact.review_contact]) for every contact within the bound, with
the tools, the program and the day factored out where the model treats them alike:

* **Tools.** Up to three tools available and appropriate, in the order the employee lists them
  ("slots" 1 to 3), and a preferred tool that is not among them ("P"). The model treats every
  digital tool alike but for its name, so the answers are computed once with stand-in tools and
  written as templates (``{1}``, ``{2}``, ``{3}``, ``{P}``) the page fills with the tools chosen.
* **Program.** The model cites, for each reason, the program paragraph when it states the
  provision and the Procedural Change: which paragraphs, with which words of force, depends on the
  program alone. The answers are computed under one program and carry the reasons' codes; for
  every program the page offers, the data holds each code's citations and each finding's severity.
* **Day.** The guidance governs a day or it does not; the first and last days it governs come from
  the model, and so do the sentences for a day before and after.
* **Encouraged** counts wherever it stands among the events, and a tax return for which digital
  means are acceptable is asked for like any information.

Events are a path through a tree: each channel offered once and answered once, help asked once (about
the digital tools in general or one tool) and explained once, the choice documented once, at most
``MAX_EVENTS`` of them besides "encouraged". Subtrees that answer alike are shared, so the data stays
small. ``tests/site/test_assistant.py`` proves the data equals the model on every state within the
bound, and that the model treats what is factored out alike.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

import irm_model
from irm_model.advice import advice, cited
from irm_model.contact import Answer, Contact, Party, review_contact
from irm_model.contact import next_step as next_step_rule
from irm_model.memo import MEMO
from irm_model.paragraphs import ParagraphId
from irm_model.readings import Readings
from irm_model.reasons import Reason
from irm_model.tools import FAX, POSTAL_MAIL, TOOLS, Channel, channel_name

__all__ = [
    "ANSWER_SYMBOLS",
    "MAX_EVENTS",
    "MAX_TOOLS",
    "OTHER",
    "SLOTS",
    "Config",
    "Tree",
    "assistant_data",
    "build",
    "cache_file",
    "compose_next",
    "compose_review",
    "configs",
    "contact_of",
    "load_tree",
    "moves",
    "paths",
]

MAX_TOOLS = 3
"""At most this many digital tools available and appropriate."""
MAX_EVENTS = 4
"""At most this many events besides "encouraged"."""
SLOTS: tuple[Channel, ...] = (Channel.DUT, Channel.EEFAX, Channel.TDC_SECURE_MESSAGING)
"""The stand-in tools of slots 1, 2 and 3."""
OTHER = Channel.LIVE_ASSISTANCE
"""The stand-in for a preferred tool that is not among those available and appropriate."""
ANSWER_SYMBOLS: dict[str, Answer] = {
    "A": Answer.ACCEPTED,
    "C": Answer.CANNOT_USE,
    "W": Answer.WILL_NOT_USE,
    "X": Answer.EXHAUSTED,
}
"""One letter per answer, as the event symbols write them (``a1C``: slot 1 answered "cannot use")."""
POSTAL = "M"
"""The symbol of postal mail among the channels (``oM``: postal mail offered)."""
CANONICAL_PROGRAM = ParagraphId.irm("1.4.20.20", 1)
"""The program the answers are computed under: it states "encourage", so every finding appears."""
_DAY = datetime.date(2026, 3, 2)


@dataclass(frozen=True)
class Config:
    """What the page asks before the events: how many tools, the preference, the party, the request."""

    tools: int
    """How many tools are available and appropriate (slots 1 to ``tools``)."""
    preference: str
    """``""`` none, ``"1"`` to ``"3"`` a slot, ``"P"`` a tool not among them."""
    party: Party
    """Taxpayer or representative."""
    exempt: bool
    """A tax return for which digital means are not acceptable."""
    encouraged: bool
    """Whether the employee encouraged the taxpayer to use the digital tools."""

    @property
    def key(self) -> str:
        """The page's key: ``3|1|taxpayer|0|1``."""
        return f"{self.tools}|{self.preference}|{self.party.value}|{int(self.exempt)}|{int(self.encouraged)}"


def configs() -> Iterator[Config]:
    """Every configuration within the bound."""
    for tools in range(MAX_TOOLS + 1):
        for preference in ("", *(str(i) for i in range(1, tools + 1)), "P"):
            for party in Party:
                for exempt in (False, True):
                    for encouraged in (False, True):
                        yield Config(tools, preference, party, exempt, encouraged)


def _channel(symbol: str, tools: Sequence[Channel] = SLOTS) -> Channel:
    return POSTAL_MAIL if symbol == POSTAL else tools[int(symbol) - 1]


def contact_of(
    config: Config,
    events: Sequence[str],
    *,
    program: ParagraphId = CANONICAL_PROGRAM,
    tools: Sequence[Channel] = SLOTS,
    other: Channel = OTHER,
    on: datetime.date = _DAY,
    encouraged_at: int = 0,
) -> Contact:
    """The model's contact for a configuration and a path of event symbols, with the tools given for the slots.

    ``encouraged_at`` places "encouraged" among the events (when the configuration says it happened).
    """
    slots = tuple(tools[: config.tools])
    preferred = (
        None if not config.preference else (other if config.preference == "P" else slots[int(config.preference) - 1])
    )
    contact = Contact(
        program=program,
        on=on,
        party=config.party,
        available=slots,
        preferred=preferred,
        tax_return=config.exempt,
        digital_means_acceptable=not config.exempt,
    )
    for index, event in enumerate((*events, "")):
        if config.encouraged and index == encouraged_at:
            contact = contact.encourage()
        if event:
            contact = _then(contact, event, tools)
    return contact


def moves(config: Config, path: Sequence[str]) -> Iterator[str]:
    """The events the page can add after ``path``, in the order the page lists them."""
    channels = [str(i) for i in range(1, config.tools + 1)] + [POSTAL]
    offered = [e[1:] for e in path if e[0] == "o"]
    answered = {e[1] for e in path if e[0] == "a"}
    for symbol in channels:
        if symbol not in offered:
            yield f"o{symbol}"
    for symbol in offered:
        if symbol not in answered:
            yield from (f"a{symbol}{letter}" for letter in ANSWER_SYMBOLS)
    asked = any(e[0] == "h" for e in path)
    if not asked:
        yield "h0"
        yield from (f"h{s}" for s in offered if s != POSTAL)
    elif not any(e == "x" for e in path):
        yield "x"
    if "d" not in path:
        yield "d"


def paths(config: Config) -> Iterator[tuple[str, ...]]:
    """Every path of events within the bound for ``config``, depth first (the empty path first)."""
    stack: list[tuple[str, ...]] = [()]
    while stack:
        path = stack.pop()
        yield path
        if len(path) < MAX_EVENTS:
            stack.extend((*path, move) for move in reversed(list(moves(config, path))))


_NAMES = {channel_name(tool): f"{{{i}}}" for i, tool in enumerate(SLOTS, 1)} | {channel_name(OTHER): "{P}"}


def _template(text: str) -> str:
    for name, slot in _NAMES.items():
        text = text.replace(name, slot)
    return text


def _groups(reasons: Sequence[Reason]) -> list[list[str]]:
    """Reasons as ``[code, text]``, one per run of reasons alike but for the paragraph each cites.

    Which paragraphs cite a reason, with which words of force, is the program's: the data holds it per program.
    """
    groups: list[list[str]] = []
    for reason in reasons:
        group = [reason.code, _template(reason.text)]
        if not groups or groups[-1] != group:
            groups.append(group)
    return groups


def _next_answer(contact: Contact) -> dict[str, Any]:
    decision = next_step_rule(contact)
    data = advice(contact, decision)
    return {
        "action": data["action"],
        "instruction": _template(data["instruction"]),
        "cites": data["step_reason"],
        "document": _template(data["document"]),
        "reasons": _groups(decision.reasons),
    }


def _review_answer(contact: Contact) -> list[list[str]]:
    review = review_contact(contact).outcome
    assert review is not None, "the bound's day is one the guidance governs"
    return [[finding.code, _template(finding.reasons[0].text)] for finding in review.findings]


@dataclass
class Tree:
    """The answers, shared: answer tables and nodes whose children are reached by event symbols."""

    answers: list[str] = field(default_factory=list)
    """Every distinct answer (next step, then review), as JSON text."""
    nodes: list[tuple[int, int, dict[str, int]]] = field(default_factory=list)
    """``(next answer, review answer, {event: child node})``."""
    roots: dict[str, int] = field(default_factory=dict)
    """The node of each configuration's empty path."""
    _answer_ids: dict[str, int] = field(default_factory=dict)
    _node_ids: dict[tuple[int, int, tuple[tuple[str, int], ...]], int] = field(default_factory=dict)
    states: int = 0
    """How many states (configuration and path) were computed."""
    witnesses: dict[str, tuple[Config, tuple[str, ...]]] = field(default_factory=dict)
    """For each reason or finding code, the first state that gives it: where its citations are read per program."""

    def answer(self, value: object) -> int:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        if text not in self._answer_ids:
            self._answer_ids[text] = len(self.answers)
            self.answers.append(text)
        return self._answer_ids[text]

    def node(self, next_answer: int, review: int, children: dict[str, int]) -> int:
        key = (next_answer, review, tuple(children.items()))
        if key not in self._node_ids:
            self._node_ids[key] = len(self.nodes)
            self.nodes.append((next_answer, review, children))
        return self._node_ids[key]


def _grow(tree: Tree, config: Config, path: tuple[str, ...], contact: Contact) -> int:
    tree.states += 1
    children: dict[str, int] = {}
    if len(path) < MAX_EVENTS:
        for move in moves(config, path):
            children[move] = _grow(tree, config, (*path, move), _then(contact, move))
    next_answer, review = _next_answer(contact), _review_answer(contact)
    for code, _ in (*next_answer["reasons"], *review):
        tree.witnesses.setdefault(code, (config, path))
    return tree.node(tree.answer(next_answer), tree.answer(review), children)


def _then(contact: Contact, move: str, tools: Sequence[Channel] = SLOTS) -> Contact:
    """The contact after the event ``move`` (``o1``, ``a1C``, ``h0``, ``x``, ``d``), with ``tools`` in the slots."""
    kind, rest = move[0], move[1:]
    if kind == "o":
        return contact.offer(_channel(rest, tools))
    if kind == "a":
        return contact.answer(_channel(rest[0], tools), ANSWER_SYMBOLS[rest[1]])
    if kind == "h":
        return contact.ask_for_help(None if rest == "0" else _channel(rest, tools))
    if kind == "x":
        return contact.explain()
    return contact.document_choice()


def build(only: Sequence[Config] | None = None) -> Tree:
    """Run the model over every state within the bound (or those of ``only``), sharing subtrees that answer alike."""
    tree = Tree()
    for config in configs() if only is None else only:
        tree.roots[config.key] = _grow(tree, config, (), contact_of(config, ()))
    return tree


def _citations(reasons: Sequence[Reason], code: str) -> list[list[str | None]]:
    return [[str(reason.paragraph), reason.force] for reason in reasons if reason.code == code]


def _program(tree: Tree, program: ParagraphId) -> dict[str, Any]:
    """Each code's citations under ``program``, and each finding's severity, read from the model on its witness."""
    cites: dict[str, list[list[str | None]]] = {}
    findings: dict[str, str | None] = {}
    for code, (config, path) in tree.witnesses.items():
        contact = contact_of(config, path, program=program)
        cites[code] = _citations(next_step_rule(contact).reasons, code)
        review = review_contact(contact).outcome
        assert review is not None, "the bound's day is one the guidance governs"
        for finding in review.findings:
            if finding.code == code:
                cites[code] = _citations(finding.reasons, code)
                findings[code] = None if finding.severity is None else finding.severity.value
        if code in findings or cites[code]:
            continue
        findings[code] = None  # the program does not state what the finding cites: no finding under it
    return {"id": str(program), "cites": cites, "severity": findings}


def _days() -> dict[str, str]:
    """The first and last days the guidance governs, and what the model says of a day outside them."""
    config = Config(1, "", Party.TAXPAYER, exempt=False, encouraged=False)

    def governs(day: datetime.date) -> bool:
        return next_step_rule(contact_of(config, (), on=day)).outcome is not None

    first = MEMO.effective
    last = next(day for day in (MEMO.expires, MEMO.expires - datetime.timedelta(days=1)) if governs(day))

    def outside(day: datetime.date) -> str:
        contact = contact_of(config, (), on=day)
        return str(advice(contact, next_step_rule(contact))["step"]).replace(day.isoformat(), "{date}")

    one = datetime.timedelta(days=1)
    return {
        "first": first.isoformat(),
        "last": last.isoformat(),
        "before": outside(first - one),
        "after": outside(last + one),
    }


def digital_channels() -> tuple[Channel, ...]:
    """The channels the page lists as tools: every digital tool the memorandum names, and fax where it counts."""
    return (*TOOLS, *((FAX,) if Readings.fax_is_digital.value else ()))


def assistant_data(tree: Tree, programs: Sequence[tuple[str, ParagraphId]]) -> dict[str, Any]:
    """The page's data: the bound, the tools, the programs (label and paragraph), the days, and the answers."""
    return {
        "bound": {"tools": MAX_TOOLS, "events": MAX_EVENTS},
        "tools": [channel_name(channel) for channel in digital_channels()],
        "postal": channel_name(POSTAL_MAIL),
        "answers_named": {letter: answer.value for letter, answer in ANSWER_SYMBOLS.items()},
        "programs": [{"label": label, **_program(tree, program)} for label, program in programs],
        "days": _days(),
        "answers": [json.loads(text) for text in tree.answers],
        "nodes": [
            [n, r, " ".join(f"{symbol}:{child}" for symbol, child in children.items())] for n, r, children in tree.nodes
        ],
        "roots": tree.roots,
    }


def _fill(text: str, names: dict[str, str]) -> str:
    for slot, name in names.items():
        text = text.replace("{" + slot + "}", name)
    return text


def compose_next(data: dict[str, Any], program: int, names: dict[str, str], answer: int) -> dict[str, Any]:
    """What the page shows as the next step: ``step``, ``document`` and the reasons, as ``irm next --json`` has them.

    The page's script does the same: fill the template's slots with the tools' names, and cite each reason's
    paragraphs as the program cites them.
    """
    table = data["programs"][program]["cites"]
    shown = data["answers"][answer]
    reasons = [
        {"code": code, "paragraph": paragraph, "force": force, "text": _fill(text, names)}
        for code, text in shown["reasons"]
        for paragraph, force in table[code]
    ]
    step = f"Next: {_fill(shown['instruction'], names)} ({cited(table[shown['cites']])})."
    return {"step": step, "document": _fill(shown["document"], names), "reasons": reasons}


def compose_review(data: dict[str, Any], program: int, names: dict[str, str], answer: int) -> list[dict[str, Any]]:
    """What the page shows as the work review's findings: code, severity and reasons, as ``irm review --json``."""
    entry = data["programs"][program]
    findings = []
    for code, text in data["answers"][answer]:
        citations = entry["cites"][code]
        if not citations:
            continue
        reasons = [{"code": code, "paragraph": p, "force": f, "text": _fill(text, names)} for p, f in citations]
        findings.append({"code": code, "severity": entry["severity"][code], "reasons": reasons})
    return findings


PAGE = "assistant.md"
"""The assistant's page, at the site's root."""
DATA_SCRIPT = "assets/assistant-data.js"
"""The answers, as a script the page loads (a page opened from a folder cannot fetch a data file)."""
SCRIPT = "assets/javascripts/assistant.js"
"""The page's script: it walks the data; it holds no rule."""
TITLE = "What do I offer next?"


def data_script(data: dict[str, Any]) -> str:
    """The data as the script the page loads: ``window.IRM_ASSISTANT = {...};``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"/* Generated by irm_site.assistant from the model: do not edit. */\nwindow.IRM_ASSISTANT = {text};\n"


def _option(value: str, label: str) -> str:
    return f'<option value="{escape(value)}">{escape(label)}</option>'


def page_markdown(programs: Sequence[str], tools: Sequence[str], *, decisions: str, records: str) -> str:
    """The page: the form, the answer's live region, the record for ``irm next``, and what the page can answer.

    Args:
        programs: The programs' labels, in the data's order.
        tools: The tools' names, in the data's order.
        decisions: The decision table's address from this page.
        records: The contact records page's address from this page.
    """
    program_options = "".join(_option(str(i), label) for i, label in enumerate(programs))
    boxes = "".join(
        f'<label class="irm-choice"><input type="checkbox" name="tool" value="{escape(name)}"> {escape(name)}</label>'
        for name in tools
    )
    preferences = _option("", "No preference given") + "".join(_option(name, name) for name in tools)
    form = (
        '<form id="irm-assistant" class="irm-assistant" hidden aria-describedby="irm-assistant-intro">'
        "<fieldset><legend>The contact</legend>"
        '<p><label for="irm-program">Program the contact is worked under</label><br>'
        f'<select id="irm-program" name="program">{program_options}</select></p>'
        '<p><label for="irm-date">Day of the contact</label><br><input type="date" id="irm-date" name="date"></p>'
        '<fieldset class="irm-inline"><legend>Speaking with</legend>'
        '<label class="irm-choice"><input type="radio" name="party" value="taxpayer" checked> the taxpayer</label>'
        '<label class="irm-choice"><input type="radio" name="party" value="representative"> '
        "their representative (POA)</label></fieldset>"
        '<p><label for="irm-requested">What you are requesting</label><br><select id="irm-requested" name="requested">'
        + _option("information", "Information or documents")
        + _option("return-acceptable", "A tax return: digital means are acceptable for it")
        + _option("return-not-acceptable", "A tax return: digital means are not acceptable for it")
        + "</select></p>"
        "<fieldset><legend>Digital tools available and appropriate for this request, in the order you list them"
        f"</legend>{boxes}"
        '<p id="irm-listed" class="irm-listed"></p></fieldset>'
        f'<p><label for="irm-preference">The taxpayer\'s preferred digital method</label><br>'
        f'<select id="irm-preference" name="preference">{preferences}</select></p>'
        '<p><label class="irm-choice"><input type="checkbox" id="irm-encouraged" name="encouraged"> '
        "I encouraged the taxpayer to use the digital tools</label></p>"
        "</fieldset>"
        "<fieldset><legend>What has happened so far, in order</legend>"
        '<ol id="irm-events" class="irm-events"></ol>'
        '<p><label for="irm-next-event">What happened next</label><br>'
        '<select id="irm-next-event" name="next-event"></select></p>'
        '<p class="irm-buttons"><button type="button" id="irm-add" class="md-button md-button--primary">Add</button> '
        '<button type="button" id="irm-remove" class="md-button">Remove the last event</button> '
        '<button type="reset" class="md-button">Start over</button></p>'
        '<p id="irm-notice" role="status"></p>'
        "</fieldset>"
        "</form>"
    )
    return f"""# {TITLE}

<p id="irm-assistant-intro">Say how the contact stands: the page answers what to do next, with the words of force
and the paragraphs it follows, and what to document; and what a work review (IRM 1.4.20.20) would find if the
contact ended now. Every answer is the model's own, the same as <code>irm next</code> and <code>irm review</code>
give on the contact's record.</p>

<p id="irm-assistant-noscript">This page needs JavaScript to answer. Without it, the
<a href="{escape(decisions)}">decision table</a> gives the rule, and <code>irm next</code> answers a contact's
record (see <a href="{escape(records)}">Contact records</a>).</p>

{form}

<section class="irm-assistant-answer" aria-labelledby="irm-answer-heading">
<h2 id="irm-answer-heading">What to do next</h2>
<div id="irm-answer" role="status" aria-live="polite" aria-atomic="true"></div>
<h2 id="irm-review-heading">If the contact ends here: the work review</h2>
<div id="irm-review" aria-live="polite"></div>
<details class="irm-record"><summary>The contact's record, for <code>irm next</code></summary>
<pre><code id="irm-record"></code></pre>
</details>
</section>

## What this page can answer

The answers were computed by the build, from the model, for every contact with at most {MAX_TOOLS} tools
available and appropriate and at most {MAX_EVENTS} events besides encouraging: each channel offered once and
answered once, help asked once (about the digital tools or one tool) and explained once, the choice documented
once. The tests check every one of those contacts against the model, and that the model treats every tool,
every program, every day the guidance governs and every place of "encouraged" alike where the page relies on it.
A contact beyond that (a fourth tool, a tool offered twice, a longer call) is answered by `irm next` on its
record, which the page shows below the answer: see [Contact records](contact-records.md).

The programs are the memorandum's Impacted IRMs; which paragraph each stands for, where the memorandum changes
several, is a reading the policy staff can review (`program_for_irm` on the readings page).

<script src="{DATA_SCRIPT}"></script>
<script src="{SCRIPT}"></script>
"""


def _source_key() -> str:
    """The hash of what the answers depend on: the model's source and this module's."""
    sha = hashlib.sha256()
    model = Path(irm_model.__file__).parent
    for path in sorted(model.rglob("*.py")):
        sha.update(path.relative_to(model).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    sha.update(Path(__file__).read_bytes())
    return sha.hexdigest()


_TREES: dict[str, Tree] = {}


def _tree_data(tree: Tree) -> dict[str, Any]:
    witnesses = {
        code: [vars(config) | {"party": config.party.value}, list(path)]
        for code, (config, path) in tree.witnesses.items()
    }
    return {
        "answers": tree.answers,
        "nodes": tree.nodes,
        "roots": tree.roots,
        "states": tree.states,
        "witnesses": witnesses,
    }


def _tree_of(data: dict[str, Any]) -> Tree:
    tree = Tree(answers=list(data["answers"]), roots=dict(data["roots"]), states=int(data["states"]))
    tree.nodes = [(int(n), int(r), {str(k): int(v) for k, v in children.items()}) for n, r, children in data["nodes"]]
    for code, (config, path) in data["witnesses"].items():
        tree.witnesses[code] = (Config(**{**config, "party": Party(config["party"])}), tuple(path))
    return tree


def cache_file(key: str) -> Path:
    """Where the answers computed from the model with source hash ``key`` are kept between processes.

    ``$IRM_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/irm-guidance`` (``~/.cache/irm-guidance``): outside the
    project, so that every checkout and copy of the same model shares them; the name carries the hash, so a
    changed model never reads another's answers.
    """
    base = os.environ.get("IRM_CACHE_DIR") or str(
        Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "irm-guidance"
    )
    return Path(base) / f"assistant-{key[:20]}.json"


def load_tree(cache: Path | None = None) -> Tree:
    """The answers for the model as it is now: remembered in this process and in a cache file.

    Computing them takes tens of seconds; the cache file (``cache``, by default
    [`cache_file`][irm_site.assistant.cache_file]) holds them with the hash of the model's source (and
    this module's), so they are recomputed only when it changed. A cache that cannot be read is
    recomputed; one that cannot be written is left alone.
    """
    key = _source_key()
    if key in _TREES:
        return _TREES[key]
    cache = cache_file(key) if cache is None else cache
    tree: Tree | None = None
    try:
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if stored.get("key") == key:
            tree = _tree_of(stored["tree"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        tree = None
    if tree is None:
        tree = build()
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            partial = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
            partial.write_text(json.dumps({"key": key, "tree": _tree_data(tree)}, separators=(",", ":")), "utf-8")
            partial.replace(cache)  # whole or not at all: another process may read it meanwhile
        except OSError:
            pass
    _TREES[key] = tree
    return tree
