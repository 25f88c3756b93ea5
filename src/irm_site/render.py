"""HTML and Markdown fragments the plugin puts on pages: plain functions of plain data.

Statuses are always shown as an icon *and* a word, never by colour alone.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import date
from html import escape
from typing import Any

from irm_model.acronyms import Acronym
from irm_model.memo import Memorandum
from irm_model.paragraphs import ParagraphId, mentions
from irm_model.tools import TOOLS, Channel
from irm_site.features import FeatureSpec
from irm_site.results import Results
from irm_site.signoff import REVIEW_STATES, Review, ReviewState
from irm_site.trace import ParagraphStatus, ParagraphView, ScenarioStatus, ScenarioView

__all__ = [
    "abbreviations",
    "api_target",
    "cross_references",
    "decided_by",
    "duration",
    "feature_heading",
    "feature_page",
    "feature_title",
    "force_line",
    "force_words",
    "glossary",
    "markdown_text",
    "matrix",
    "memo_particulars",
    "paragraph_block",
    "paragraph_status",
    "reading_status",
    "reading_target",
    "readings_line",
    "relative",
    "rerun_line",
    "review_block",
    "review_state",
    "run_summary",
    "scenario_status",
    "sections_of",
    "struck_out_of_search",
]

READINGS_PAGE = "readings.md"
"""The generated page of the readings register, relative to ``docs/``."""

Link = Callable[[str], str]
"""Turns a link target relative to ``docs/`` (``scenarios/x.md#anchor``) into an href from the current page."""

_SCENARIO_ICONS: dict[ScenarioStatus, str] = {
    "passed": "✔",
    "failed": "✘",
    "skipped": "⤼",
    "stale": "↻",
    "not run": "○",
}
_SCENARIO_HELP: dict[ScenarioStatus, str] = {
    "passed": "passed in the latest run",
    "failed": "failed in the latest run",
    "skipped": "skipped in the latest run",
    "stale": "the feature file changed after the latest run; run the scenarios again",
    "not run": "not in the latest run",
}
_PARAGRAPH_ICONS: dict[ParagraphStatus, str] = {
    "proved": "✔",
    "failing": "✘",
    "not proved": "⚠",
}


_REVIEW_ICONS: dict[ReviewState, str] = {
    "signed off": "✔",
    "changed since sign-off": "△",
    "never reviewed": "○",
}
SIGNOFF_GUIDE = "contributing.md#signing-off-a-paragraph"
"""Where the contributor's guide walks a policy analyst through a review and its sign-off."""


def _slug(status: ScenarioStatus | ParagraphStatus | ReviewState) -> str:
    """A status as a CSS class and data value: ``not proved`` → ``not-proved``."""
    return status.replace(" ", "-")


def scenario_status(status: ScenarioStatus) -> str:
    """A scenario's status as icon and word; hovering it says what the word means."""
    return _scenario_status(status, explained=True)


def _scenario_status(status: ScenarioStatus, *, explained: bool) -> str:
    title = f' title="{_SCENARIO_HELP[status]}"' if explained else ""
    return (
        f'<span class="irm-status irm-status--{_slug(status)}"{title}>'
        f'<span aria-hidden="true">{_SCENARIO_ICONS[status]}</span> {status}</span>'
    )


def paragraph_status(status: ParagraphStatus) -> str:
    """A paragraph's status as icon and word."""
    return (
        f'<span class="irm-status irm-status--{_slug(status)}">'
        f'<span aria-hidden="true">{_PARAGRAPH_ICONS[status]}</span> {status}</span>'
    )


def _failure(view: ScenarioView) -> str:
    if view.failure is None:
        return ""
    step = "" if view.failure.step is None else f"<code>{escape(view.failure.step)}</code> "
    line = "" if view.failure.line is None else f"(line {view.failure.line}) "
    return f'<div class="irm-failure">Failing step: {step}{line}<br><samp>{escape(view.failure.error)}</samp></div>'


def _scenario_item(view: ScenarioView, link: Link) -> str:
    spec = view.spec
    href = link(spec.link)
    return (
        f'<li class="irm-scenario">{scenario_status(view.status)} '
        f'<a href="{escape(href)}">{escape(spec.name)}</a> '
        f'<span class="irm-source">{escape(spec.feature)}:{spec.line}</span>{_failure(view)}</li>'
    )


def relative(target: str, page: str) -> str:
    """A Markdown link target from ``page`` to ``target``, both relative to ``docs/`` (``a/b.md``, no ``..``).

    The same answer as ``posixpath.relpath`` from the page's folder, computed on the paths alone:
    ``relpath`` asks the operating system for the current folder at every call, which a build of
    20,000 paragraphs makes hundreds of thousands of times.
    """
    path, _, anchor = target.partition("#")
    *into, name = path.split("/")
    here = page.split("/")[:-1]
    common = 0
    while common < min(len(here), len(into)) and here[common] == into[common]:
        common += 1
    steps = [".."] * (len(here) - common) + into[common:] + [name]
    return "/".join(steps) + (f"#{anchor}" if anchor else "")


def is_package(module: str) -> bool:
    """Whether ``module`` (``irm_model.hearings``) is a package rather than a single file."""
    return hasattr(importlib.import_module(module), "__path__")


def api_target(name: str, package: Callable[[str], bool] = is_package) -> str:
    """Where the API reference documents the model object ``name``, as a link target relative to ``docs/``.

    Each module of ``irm_model`` has its page, ``api/<path>.md`` (``irm_model.hearings.channels``:
    ``api/hearings/channels.md``); a package has ``api/<path>/index.md``. mkdocstrings anchors an
    object by its dotted path, so ``irm_model.contact.next_step`` is at
    ``api/contact.md#irm_model.contact.next_step``.

    Args:
        name: The object's full dotted name, as a registered rule's ``name``.
        package: Tells whether a module is a package; by default the module is imported and asked.
    """
    module = name.rpartition(".")[0]
    path = "/".join(module.split(".")[1:])  # the part after "irm_model."
    if package(module):
        path = f"{path}/index" if path else "index"
    return f"api/{path}.md#{name}"


def decided_by(names: Sequence[str], page: str, package: Callable[[str], bool] = is_package) -> str:
    """The line under a paragraph naming the model's decisions that implement it, each linked to its API reference.

    Empty when no decision implements the paragraph (as in another manual than the memorandum's).

    Args:
        names: The full names of the rules implementing the paragraph (``irm_model.contact.next_step``).
        page: The current page's path under ``docs/``; links are relative to it.
        package: Tells whether a module is a package (see [`api_target`][irm_site.render.api_target]).
    """
    if not names:
        return ""
    short = [name.rpartition(".")[2] for name in names]
    if len(set(short)) < len(short):  # two modules' rules share a name: say which module each is in
        short = [name.removeprefix("irm_model.") for name in names]
    links = ", ".join(
        f'[`{label}`]({relative(api_target(name, package), page)} "{name}")'
        for label, name in zip(short, names, strict=True)
    )
    return f'<p class="irm-rules" markdown="1">Decided by: {links} (API reference)</p>\n\n'


_MARKDOWN_ESCAPES = str.maketrans({char: f"\\{char}" for char in "\\`*_{}[]#|"} | {"~": "&#126;"})


def markdown_text(text: str) -> str:
    """``text`` as Markdown that shows exactly these characters (``**********`` stays asterisks, not bold).

    ``&``, ``<`` and ``>`` become entities; the characters Markdown, its tables and attribute lists
    would read as markup are escaped; ``~`` (struck text) becomes an entity.
    """
    return escape(text, quote=False).translate(_MARKDOWN_ESCAPES)


def reading_target(key: str) -> str:
    """Where the readings page shows the reading ``key``, as a link target relative to ``docs/``."""
    return f"{READINGS_PAGE}#{key}"


def reading_status(reading: Mapping[str, Any]) -> str:
    """A reading's status in words: "awaiting policy confirmation", or who confirmed it and when.

    A confirmation in the sign-off ledger (``review``, a
    [`ReviewEntry`][irm_site.contract.ReviewEntry] as data) says so; a reading changed since it was
    confirmed there says when it was.

    Args:
        reading: The reading as plain data ([`Reading.as_data`][irm_model.readings.Reading.as_data]),
            with its ``review`` when the site has a ledger.
    """
    review = reading.get("review") or {}
    on = str(review.get("on") or "")[:10]
    if review.get("state") == "signed off":
        return f"confirmed by {review['by']} on {on} (sign-off ledger)"
    if reading.get("confirmed_by") and reading.get("confirmed_on"):
        return f"confirmed by {reading['confirmed_by']} on {reading['confirmed_on']}"
    if review.get("state") == "changed since sign-off":
        return f"{reading['status']}: changed since approval on {on} (confirmed then by {review['by']})"
    return str(reading["status"])


def readings_line(readings: Sequence[Mapping[str, Any]], page: str) -> str:
    """Under a paragraph: the readings where its text is silent, each linked to its entry, with its status.

    Empty when no reading touches the paragraph.

    Args:
        readings: The readings touching the paragraph, as plain data
            ([`Reading.as_data`][irm_model.readings.Reading.as_data]), in the register's order.
        page: The current page's path under ``docs/``; links are relative to it.
    """
    if not readings:
        return ""
    items = "\n".join(
        f"- [{markdown_text(reading['question'])}]({relative(reading_target(reading['key']), page)}) "
        f"({markdown_text(reading_status(reading))})"
        for reading in readings
    )
    return (
        f'<div class="irm-readings" markdown="1">\n\n'
        f"Readings where the text is silent ([all readings]({relative(READINGS_PAGE, page)})):\n\n"
        f"{items}\n\n</div>\n\n"
    )


def _within(word: str, quote: str) -> bool:
    """Whether ``quote`` says ``word``, as whole words, without regard to case."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", quote, flags=re.IGNORECASE) is not None


def force_words(
    forces: Iterable[Mapping[ParagraphId, str]], texts: Mapping[ParagraphId, str] | None = None
) -> dict[ParagraphId, tuple[str, ...]]:
    """Each paragraph's words of force, each once, gathered from every catalogue entry.

    A word appears once per paragraph however many entries give it, and a quote that a longer quote
    of the same paragraph contains ("must offer" in "must offer and encourage") is shown within it.
    Where ``texts`` holds the paragraph's words, its force words come in the order the text says
    them; words the text does not contain come after, in the order the entries give them (both
    compared without regard to case).

    Args:
        forces: Each catalogue entry's words of force by paragraph
            ([`ReasonSpec.forces`][irm_model.reasons.ReasonSpec.forces]).
        texts: The paragraphs' words as they read now ([irm_site.pages.plain_text][]).
    """
    gathered: dict[ParagraphId, dict[str, None]] = {}
    for entry in forces:
        for paragraph, word in entry.items():
            gathered.setdefault(paragraph, {})[word] = None
    texts = texts or {}

    def order(paragraph: ParagraphId) -> tuple[str, ...]:
        text = texts.get(paragraph, "").lower()
        given = list(gathered[paragraph])
        words = [w for w in given if not any(len(o) > len(w) and _within(w, o) for o in given)]
        found = sorted((w for w in words if w.lower() in text), key=lambda w: text.index(w.lower()))
        return (*found, *(w for w in words if w.lower() not in text))

    return {paragraph: order(paragraph) for paragraph in sorted(gathered)}


def force_line(words: Sequence[str]) -> str:
    """Under a paragraph: its words of force, quoted. Empty when it has none."""
    if not words:
        return ""
    quoted = ", ".join(f"“{escape(word)}”" for word in words)
    return f'<p class="irm-force">Words of force: {quoted}</p>\n\n'


_STRUCK = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~", re.DOTALL)


def struck_out_of_search(text: str) -> str:
    """Markdown ``text`` with its struck passages (``~~...~~``) as ``<del data-search-exclude>``.

    The words the memorandum strikes are no longer guidance: both renderers leave an element
    marked ``data-search-exclude`` out of their search index, so a search never shows them as
    current text. The words between the tags are still Markdown.
    """
    return _STRUCK.sub(r"<del data-search-exclude>\1</del>", text)


def rerun_line(paragraph: ParagraphId) -> str:
    """How to run again only the scenarios that prove ``paragraph`` (``make paragraph P='…'``)."""
    return (
        f'<p class="irm-rerun">Run its scenarios again: '
        f"<code>make paragraph P='{escape(str(paragraph))}'</code></p>\n"
    )


def review_state(state: ReviewState) -> str:
    """A policy review's state as icon and words (``signed off``, ``changed since sign-off``, ``never reviewed``)."""
    return (
        f'<span class="irm-review-state irm-review-state--{_slug(state)}">'
        f'<span aria-hidden="true">{_REVIEW_ICONS[state]}</span> {state}</span>'
    )


_DIFF_SIGNS = {"-": ("del", "removed", "&minus;"), "+": ("ins", "added", "+")}
"""How a removed and an added line are marked: the element, the words read out, the sign shown."""


def _diff(review: Review) -> str:
    """The Gherkin lines removed (struck) and added (underlined) since the sign-off, each also said in words."""
    lines = []
    for line in review.diff:
        text = escape(line.text)
        if line.sign == " ":
            lines.append(f'<span class="irm-diff__context">  {text}</span>')
            continue
        tag, said, sign = _DIFF_SIGNS[line.sign]
        lines.append(
            f'<{tag}><span class="irm-visually-hidden">{said}: </span>'
            f'<span class="irm-diff__sign" aria-hidden="true">{sign}</span> {text}</{tag}>'
        )
    added, removed = len(review.added), len(review.removed)
    listing = "\n".join(lines)
    return (
        f"<p>Gherkin lines added since: {added}; removed: {removed}.</p>\n"
        f'<pre class="irm-diff" data-search-exclude><code>{listing}</code></pre>'
    )


def review_block(review: Review, paragraph: ParagraphId, link: Link, *, details: bool = True, how: bool = True) -> str:
    """Under a paragraph: whether policy staff approved what its scenarios and readings say, from the ledger.

    "Approved by NAME, ROLE on DATE" (with the note), "Changed since approval on DATE" with the
    Gherkin lines added and removed since and the readings that changed, or "Not yet reviewed by
    policy staff"; then, with ``how`` (the memorandum's site: ``irm signoff`` signs off its
    paragraphs), the command that signs it off and a link to the contributor's guide. Without
    ``details`` (the print view) only the first sentence is shown.
    """
    entry = review.signoff
    icon = f'<span aria-hidden="true">{_REVIEW_ICONS[review.state]}</span>'
    if entry is None:
        lines = [f"<p>{icon} Not yet reviewed by policy staff.</p>"]
    else:
        when = f"{entry.at:%Y-%m-%d}"
        note = f" Note: “{escape(entry.note)}”" if entry.note else ""
        if review.state == "signed off":
            commit = f"commit <code>{escape(entry.commit[:12])}</code>"
            lines = [f"<p>{icon} Approved by {escape(entry.by)} on {when} ({commit}).{note}</p>"]
        else:
            lines = [f"<p>{icon} Changed since approval on {when} (approved then by {escape(entry.by)}).{note}</p>"]
    if details and review.diff:
        lines.append(_diff(review))
    if details and review.readings_changed:
        keys = ", ".join(
            f'<a href="{escape(link(reading_target(key)))}"><code>{escape(key)}</code></a>'
            for key in review.readings_changed
        )
        lines.append(f"<p>Readings touching it that changed since: {keys}.</p>")
    if details and how and review.state != "signed off":
        command = f"<code>irm signoff '{escape(str(paragraph))}' --by \"NAME, ROLE\"</code>"
        guide = f'<a href="{escape(link(SIGNOFF_GUIDE))}">how to review and sign off</a>'
        lines.append(f'<p class="irm-review__how">After review: {command} ({guide}).</p>')
    body = "\n".join(lines)
    return f'<div class="irm-review irm-review--{_slug(review.state)}">\n{body}\n</div>\n\n'


def paragraph_block(
    view: ParagraphView,
    body: str,
    link: Link,
    tools: Sequence[tuple[str, str, str]] = (),
    *,
    decided: str = "",
    force: str = "",
    readings: str = "",
    history: str = "",
    review: str = "",
    proof: bool = True,
) -> str:
    """The Markdown that replaces a ``/// paragraph`` block: heading, verbatim text, its proof.

    ``tools`` are the digital tools the paragraph names: (name, link to its page, how strongly).
    ``force`` is the line quoting its words of force ([`force_line`][irm_site.render.force_line]),
    ``decided`` the line naming the decisions that implement it ([`decided_by`][irm_site.render.decided_by]),
    ``readings`` the readings where its text is silent ([`readings_line`][irm_site.render.readings_line]),
    ``history`` since when it has been proved ([irm_site.history.since][]), ``review`` whether policy
    staff approved its scenarios ([`review_block`][irm_site.render.review_block]).
    Without ``proof`` (the print view) only the paragraph's status is shown, not each scenario
    (nor how to run them again). Struck passages are left out of search
    ([`struck_out_of_search`][irm_site.render.struck_out_of_search]).
    """
    paragraph = view.paragraph
    total = len(view.scenarios)
    passed = view.count("passed")
    summary = f"{passed} of {total} scenario{'s' if total != 1 else ''} passed"
    items = "\n".join(_scenario_item(scenario, link) for scenario in view.scenarios) if proof else ""
    listing = f'<ul class="irm-scenarios">\n{items}\n</ul>' if items else ""
    names = ", ".join(f"[{name}]({target}) ({strength})" for name, target, strength in tools)
    named = f'<p class="irm-tools" markdown="1">Digital tools named: {names}</p>\n\n' if names else ""
    return (
        f"## {paragraph} {{ #{paragraph.anchor} .irm-paragraph-id }}\n\n"
        f'<div class="irm-text" markdown="1">\n\n{struck_out_of_search(body.strip())}\n\n</div>\n\n'
        f"{named}{force}{decided}{readings}{history}{review}"
        f'<div class="irm-proof" data-paragraph="{escape(str(paragraph))}">\n'
        f'<p class="irm-proof-summary">{paragraph_status(view.status)} {summary}</p>\n'
        f"{listing}\n{rerun_line(paragraph) if proof else ''}</div>\n"
    )


def _steps(scenario: dict[str, Any]) -> str:
    lines = [f"{escape(step['keyword'].strip())} {escape(step['text'])}" for step in scenario["steps"]]
    return '<pre class="irm-steps"><code>' + "\n".join(lines) + "</code></pre>"


def _proves(view: ScenarioView, link: Link) -> str:
    links = ", ".join(
        f'<a href="{escape(link(paragraph.link))}">{escape(str(paragraph))}</a>' for paragraph in view.spec.paragraphs
    )
    return f"proves {links}"


def _scenario_section(
    scenario: dict[str, Any], views: dict[int, ScenarioView], link: Link, level: int = 2
) -> list[str]:
    """One scenario: heading (``<h2>``, or ``<h3>`` under a Rule's heading), status, proof, steps, examples."""
    line = scenario["location"]["line"]
    keyword = escape(scenario["keyword"].strip())
    name = escape(scenario["name"])
    if not scenario["examples"]:
        view = views[line]
        return [
            f'<section class="irm-scenario-block" id="{view.spec.anchor}">',
            f"<h{level}>{keyword}: {name}</h{level}>",
            f"<p>{scenario_status(view.status)} · {_proves(view, link)} · line {line}</p>",
            _failure(view),
            _steps(scenario),
            "</section>",
        ]
    rows: list[dict[str, Any]] = [row for examples in scenario["examples"] for row in examples["tableBody"]]
    first = views[rows[0]["location"]["line"]] if rows else None
    parts = [
        '<section class="irm-scenario-block">',
        f"<h{level}>{keyword}: {name}</h{level}>",
        f"<p>{_proves(first, link) if first else ''} · line {line}</p>",
        _steps(scenario),
    ]
    for examples in scenario["examples"]:
        header = examples.get("tableHeader")
        if header is None:
            continue
        title = escape(f"{examples['keyword'].strip()}: {examples['name']}".rstrip(": "))
        head = "".join(f'<th scope="col">{escape(cell["value"])}</th>' for cell in header["cells"])
        body = []
        for row in examples["tableBody"]:
            view = views[row["location"]["line"]]
            cells = "".join(f"<td>{escape(cell['value'])}</td>" for cell in row["cells"])
            body.append(
                f'<tr id="{view.spec.anchor}"><td>{scenario_status(view.status)}{_failure(view)}</td>'
                f"<td>{row['location']['line']}</td>{cells}</tr>"
            )
        parts.append(
            f'<table class="irm-examples"><caption>{title}</caption>'
            f'<thead><tr><th scope="col">Status</th><th scope="col">Line</th>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>"
        )
    parts.append("</section>")
    return parts


def feature_title(feature: FeatureSpec) -> str:
    """A feature page's title, unlike its section's: ``Scenarios proving IRM 5.19.1.2``.

    The section is that of the paragraphs its scenarios prove (``ParagraphId.section_id``), each
    once, in the manual's order: a feature file holds one section's scenarios, or the memorandum's.
    """
    sections = dict.fromkeys(p.section_id for spec in feature.scenarios for p in sorted(spec.paragraphs))
    return f"Scenarios proving {', '.join(sections)}" if sections else f"Scenarios: {feature.name}"


def feature_heading(feature: FeatureSpec) -> str:
    """A feature page's heading: what it is, then the feature's name (``Scenarios proving IRM 5.19.1.2 Balance …``)."""
    title = feature_title(feature)
    proving = title.removeprefix("Scenarios proving ")
    if proving != title and feature.name.startswith(proving):
        return f"Scenarios proving {feature.name}"
    return f"{title}: {feature.name}"


def feature_page(feature: FeatureSpec, views: Iterable[ScenarioView], link: Link) -> str:
    """The generated page of one feature: each scenario and example row with its status."""
    by_line = {view.spec.line: view for view in views}
    parts = [f"# {escape(feature_heading(feature))}", ""]
    if feature.description:
        parts += [f'<p class="irm-feature-description">{escape(feature.description)}</p>', ""]
    parts += [f"<p>Source: <code>{escape(feature.path)}</code></p>", ""]
    for child in feature.document["feature"]["children"]:
        if "rule" in child:
            rule = child["rule"]
            parts += [f"## Rule: {escape(rule['name'])}", ""]
            for inner in rule["children"]:
                if "scenario" in inner:
                    parts += [*_scenario_section(inner["scenario"], by_line, link, level=3), ""]
        elif "scenario" in child:
            parts += [*_scenario_section(child["scenario"], by_line, link), ""]
        elif "background" in child:
            parts += ["## Background", "", _steps(child["background"]), ""]
    parts += [
        "## The feature file",
        "",
        f'``` gherkin linenums="1" title="{feature.path}"',
        feature.source.rstrip("\n"),
        "```",
        "",
    ]
    return "\n".join(parts)


MATRIX_SCENARIOS_SHOWN = 3
"""A row of the matrix lists this many scenarios; a longer list is folded (``<details>``)."""


def matrix(
    views: Sequence[ParagraphView],
    link: Link,
    naming: Mapping[ParagraphId, Sequence[Channel]],
    reviews: Mapping[ParagraphId, Review] | None = None,
) -> str:
    """The traceability matrix: every paragraph, its status, the tools it names and its scenarios.

    ``naming`` gives the tools each paragraph's text names (read from the pages, see
    [irm_site.naming][]); a paragraph missing from it names none. ``reviews`` gives each
    paragraph's policy review ([irm_site.signoff][]): with it, a "Policy review" column shows the
    state in words (so it reads without scripts) and a filter narrows the rows by it.

    Paragraphs that are failing or not proved are listed above the table and their rows stand
    out. Each row carries its IRM, tools, status (and policy review) as ``data-`` attributes, which the filters
    above the table (``assets/javascripts/matrix.js``) match; without scripts the form stays
    hidden and the whole table shows. The headers marked ``data-sort`` (paragraph, status, number
    of scenarios) become sort buttons; each row carries its keys as ``data-sort-…``. A row's
    scenarios beyond [`MATRIX_SCENARIOS_SHOWN`][irm_site.render.MATRIX_SCENARIOS_SHOWN] are folded.
    """
    tools = {view.paragraph: list(naming.get(view.paragraph, ())) for view in views}
    rows = []
    for order, view in enumerate(views):
        scenarios = "<br>".join(  # the legend above the table says what each status means
            f'{_scenario_status(s.status, explained=False)} <a href="{escape(link(s.spec.link))}">'
            f"{escape(s.spec.name)}</a>"
            for s in view.scenarios
        )
        if len(view.scenarios) > MATRIX_SCENARIOS_SHOWN:
            scenarios = f"<details><summary>{len(view.scenarios)} scenarios</summary>{scenarios}</details>"
        named = ", ".join(escape(TOOLS[key].abbreviation or TOOLS[key].name) for key in tools[view.paragraph]) or "—"
        status = _slug(view.status)
        rank = list(_PARAGRAPH_ICONS).index(view.status)
        review = None if reviews is None else reviews.get(view.paragraph)
        state = "" if review is None else f' data-review="{_slug(review.state)}"'
        reviewed = "" if review is None else f'<td data-label="Policy review">{review_state(review.state)}</td>'
        rows.append(
            f'<tr class="irm-row irm-row--{status}" data-program="{escape(view.paragraph.program)}" '
            f'data-tools="{" ".join(tools[view.paragraph])}" data-status="{status}" '
            f'data-sort-paragraph="{order}" data-sort-status="{rank}" data-sort-scenarios="{len(view.scenarios)}"'
            f"{state}>"
            f'<th scope="row"><a href="{escape(link(view.paragraph.link))}">{escape(str(view.paragraph))}</a></th>'
            f'<td data-label="Section">{escape(view.title)}</td><td data-label="Tools named">{named}</td>'
            f'<td data-label="Status">{paragraph_status(view.status)}</td>'
            f'<td data-label="Passed">{view.count("passed")}/{len(view.scenarios)}</td>{reviewed}'
            f'<td data-label="Scenarios">{scenarios or "—"}</td></tr>'
        )
    legend = "; ".join(f"{_scenario_status(s, explained=False)}: {text}" for s, text in _SCENARIO_HELP.items())
    reviewed = "" if reviews is None else '<th scope="col">Policy review</th>'
    return (
        _attention(views, link)
        + f'<p class="irm-legend">Scenario statuses: {legend}.</p>'
        + _matrix_filter(views, tools, reviews is not None)
        + '<table class="irm-matrix"><caption>Every paragraph the memorandum changes, against its scenarios'
        '</caption><thead><tr><th scope="col" data-sort="paragraph">Paragraph</th><th scope="col">Section</th>'
        '<th scope="col">Tools named</th><th scope="col" data-sort="status">Status</th><th scope="col">Passed</th>'
        f'{reviewed}<th scope="col" data-sort="scenarios">Scenarios</th></tr></thead><tbody>{"".join(rows)}</tbody>'
        "</table>"
    )


def _attention(views: Sequence[ParagraphView], link: Link) -> str:
    """The paragraphs that are failing or not proved, named above the matrix, or a line saying there are none."""
    needing = [view for view in views if view.status != "proved"]
    if not needing:
        return f'<p class="irm-attention">Needs attention: none. Every paragraph is {paragraph_status("proved")}.</p>'
    items = "".join(
        f'<li>{paragraph_status(view.status)} <a href="{escape(link(view.paragraph.link))}">'
        f"{escape(str(view.paragraph))}</a> {escape(view.title)}</li>"
        for view in needing
    )
    return (
        f'<div class="irm-attention irm-attention--open"><p>Needs attention: {len(needing)} of {len(views)} '
        f"paragraphs are failing or not proved.</p><ul>{items}</ul></div>"
    )


def _options(name: str, everything: str, values: Iterable[tuple[str, str]], label: str | None = None) -> str:
    options = "".join(f'<option value="{escape(value)}">{escape(text)}</option>' for value, text in values)
    return (
        f'<span><label for="irm-filter-{name}">{label or name.capitalize()}</label> '
        f'<select id="irm-filter-{name}" name="{name}"><option value="">{everything}</option>{options}</select></span>'
    )


def _matrix_filter(views: Sequence[ParagraphView], tools: dict[ParagraphId, list[Channel]], reviewed: bool) -> str:
    """The filters of the matrix: by IRM, by tool named, by status, by policy review (hidden until the script runs)."""
    programs = dict.fromkeys(view.paragraph.program for view in views)
    named = {key for keys in tools.values() for key in keys}
    states = ((_slug(state), state) for state in REVIEW_STATES)
    review = _options("review", "Any review state", states, "Policy review") if reviewed else ""
    return (
        '<form class="irm-filter" data-irm-filter hidden aria-label="Filter the matrix">'
        + _options("program", "All of the memorandum", ((p, p) for p in programs))
        + _options("tool", "Any tool", ((key, TOOLS[key].name) for key in TOOLS if key in named))
        + _options("status", "Any status", ((_slug(s), s) for s in _PARAGRAPH_ICONS))
        + review
        + '<button type="reset" class="md-button">Show all</button>'
        '<p class="irm-filter__count" role="status" aria-live="polite" data-irm-count></p></form>'
    )


def run_summary(results: Results | None, views: Sequence[ParagraphView]) -> str:
    """What the latest run proved: commit, time and duration, scenarios by status, paragraphs by status."""
    by_status: dict[ParagraphStatus, int] = {}
    for view in views:
        by_status[view.status] = by_status.get(view.status, 0) + 1
    paragraphs = ", ".join(f"{paragraph_status(status)} {n}" for status, n in sorted(by_status.items()))
    if results is None:
        return (
            f'<p class="irm-run">No scenario results yet: every scenario is {scenario_status("not run")}. '
            f"Paragraphs: {paragraphs}.</p>"
        )
    counts = results.counts()
    statuses: tuple[ScenarioStatus, ...] = ("passed", "failed", "skipped")
    scenarios = ", ".join(f"{scenario_status(status)} {counts[status]}" for status in statuses)
    commit = escape(results.run.commit or "unknown")
    finished = results.run.finished.strftime("%Y-%m-%d %H:%M UTC")
    took = duration((results.run.finished - results.run.started).total_seconds())
    return (
        f'<p class="irm-run">Latest run: commit <code>{commit}</code>, finished {finished}, took {took}. '
        f"Scenarios and example rows: {scenarios}. Paragraphs ({len(views)}): {paragraphs}.</p>"
    )


def duration(seconds: float) -> str:
    """A run's length as a person says it: ``0.4 s``, ``12 s``, ``3 min 05 s``."""
    if seconds < 0:
        seconds = 0.0
    if seconds < 10:
        return f"{seconds:.1f} s"
    if seconds < 60:
        return f"{seconds:.0f} s"
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s"


def cross_references(
    text: str, targets: Collection[ParagraphId], page: str, sections: Mapping[str, ParagraphId] | None = None
) -> str:
    """Link each mention of a changed paragraph or section ("See IRM 5.19.8.4(4)") to where it is shown.

    A mention of a paragraph the memorandum changes links to that paragraph; a mention of a
    section it changes (``IRM 5.19.1.2``) links to the section's page. Anything else stays text.
    Links are Markdown, relative to ``page`` (the current page's path under ``docs/``), so the
    renderer checks and resolves them. ``sections`` ([`sections_of`][irm_site.render.sections_of]
    of ``targets``) may be given by a caller that links many texts to the same targets: built once,
    not once per text (a build of 20,000 paragraphs calls this 40,000 times).
    """
    if sections is None:
        sections = sections_of(targets)
    out: list[str] = []
    done = 0
    for start, end, paragraph in mentions(text):
        words = text[start:end]
        if paragraph in targets:
            words = f"[{words}]({relative(paragraph.link, page)})"
        elif paragraph.number is None and paragraph.section in sections:
            words = f"[{words}]({relative(sections[paragraph.section].doc_path, page)})"
        out += [text[done:start], words]
        done = end
    return "".join([*out, text[done:]])


def sections_of(targets: Iterable[ParagraphId]) -> dict[str, ParagraphId]:
    """Each IRM section of ``targets``, with one of its paragraphs (a mention of the section links to its page)."""
    return {paragraph.section: paragraph for paragraph in targets if not paragraph.is_memo}


def glossary(entries: Iterable[Acronym]) -> str:
    """The glossary page's table: each abbreviation, what it stands for, and where the memo says so."""
    rows = [
        f"| {entry.abbreviation} | {entry.definition} | [{entry.paragraph}]({entry.paragraph.link}) |"
        for entry in sorted(entries, key=lambda e: e.abbreviation.lower())
    ]
    return "| Abbreviation | Stands for | Source |\n|---|---|---|\n" + "\n".join(rows)


def abbreviations(glossary: Iterable[Acronym]) -> str:
    """Markdown ``abbr`` definitions, so every abbreviation is explained wherever it appears."""
    return "\n".join(
        f"*[{spelling}]: {entry.definition}"
        for entry in glossary
        for spelling in dict.fromkeys((entry.abbreviation, *entry.spellings))
    )


def memo_particulars(memo: Memorandum) -> str:
    """The memorandum's particulars as a definition list, from the model (never copied by hand)."""

    def day(value: date) -> str:
        return f"{value:%d %B %Y}".lstrip("0")

    rows = [
        ("Control number", memo.control_number),
        ("Dated", day(memo.dated)),
        ("Effective", day(memo.effective)),
        ("Expires", day(memo.expires)),
        ("To be incorporated into the IRM by", day(memo.incorporation_deadline)),
        ("Impacted IRMs", ", ".join(memo.impacted_irms)),
        ("Issued by", str(memo.issued_by)),
    ]
    items = "".join(f"<dt>{escape(term)}</dt><dd>{escape(value)}</dd>" for term, value in rows)
    return f'<dl class="irm-particulars" aria-label="The memorandum at a glance">{items}</dl>'
